// Issue 15.2: a bundle that did not come from a paste (stored, imported, sent in a message) passes the
// same rules as a paste, at entry (router handlers, import) and before a fill (validateStoredBundle).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateStoredBundle } from '@/utils/bundle';
import { allowedHostsItem } from '@/utils/settings';
import { BUNDLE, freshDb } from '../fakes';
import { createRouter } from '../../../utils/background/router';
import { dbHandlers } from '../../../utils/db/handlers';
import type { EcDatabase } from '../../../utils/db/db';

const A = 'ww739fc538a1b2c3d4';
const route = createRouter(dbHandlers);
let db: EcDatabase;
beforeEach(() => {
  db = freshDb();
});

const EVIL = {
  corpId: A,
  homepage: `https://evil.example.com/v2/app?qxCorpid=${A}`,
  trustedDomain: 'evil.example.com',
  menus: [
    { name: '批量加减', url: `http://html.workec.com/v2/app?qxCorpid=${A}` },
    { name: '企信客户', url: `javascript:alert(1)//?qxCorpid=${A}` },
  ],
};

describe('validateStoredBundle(bundle, allowedHosts)', () => {
  it('accepts a bundle a paste produces, unchanged', () => {
    const r = validateStoredBundle(BUNDLE(A), ['html.workec.com']);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.bundle).toEqual(BUNDLE(A));
  });
  it('refuses an evil homepage, trusted domain and http:/javascript: menus, in Chinese, without line numbers', () => {
    const r = validateStoredBundle(EVIL, ['html.workec.com']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = r.errors.map((e) => e.code);
    expect(codes).toContain('host-not-allowed');
    expect(codes).toContain('not-https');
    for (const e of r.errors) {
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message).not.toMatch(/第 ?\d+ ?行/);
    }
  });
  it('each rule on its own', () => {
    const bad = (patch: object) => validateStoredBundle({ ...BUNDLE(A), ...patch }, ['html.workec.com']);
    expect(bad({ homepage: `https://evil.example.com/a?qxCorpid=${A}` }).ok).toBe(false);
    expect(bad({ trustedDomain: 'evil.example.com' }).ok).toBe(false);
    expect(bad({ menus: [{ name: 'x', url: `http://html.workec.com/a?qxCorpid=${A}` }] }).ok).toBe(false);
    expect(bad({ menus: [{ name: 'x', url: `https://html.workec.com/a?qxCorpid=ww0000000000000000` }] }).ok).toBe(false); // another corp id
    expect(bad({ menus: [{ name: 'x', url: `https://HTML.workec.com/a?qxCorpid=${A}` }] }).ok).toBe(false); // not canonical
    expect(bad({ menus: [{ name: 'x', url: `https://html.workec.com/a?qxCorpid=${A} 。` }] }).ok).toBe(false); // not canonical
    expect(bad({ menus: [{ name: 'a\n应用主页', url: `https://html.workec.com/a?qxCorpid=${A}` }] }).ok).toBe(false);
    expect(bad({ corpId: 'ww0000000000000000' }).ok).toBe(false);
    expect(bad({ token: 'x' }).ok).toBe(false);
    expect(validateStoredBundle(null, []).ok).toBe(false);
    expect(validateStoredBundle('x', []).ok).toBe(false);
  });
  it('uses the allowed-hosts setting it is given (empty → the default list)', () => {
    const other = { corpId: A, homepage: `https://h5.workec.cn/a?qxCorpid=${A}`, trustedDomain: 'h5.workec.cn', menus: [] };
    expect(validateStoredBundle(other, []).ok).toBe(false);
    expect(validateStoredBundle(other, ['h5.workec.cn']).ok).toBe(true);
  });
});

describe('bundles at entry', () => {
  it('customer.create with an evil bundle is refused, nothing stored', async () => {
    const r = await route({ type: 'customer.create', corpId: A, name: '桃花岛', bundle: EVIL });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('bundle-invalid');
      expect(r.error).toMatch(/evil\.example\.com/);
    }
    expect(await db.customers.count()).toBe(0);
    expect(await db.bundles.count()).toBe(0);
  });
  it('wizard.completed with an evil bundle is refused, nothing stored', async () => {
    const r = await route({ type: 'wizard.completed', corpId: A, name: '桃花岛', bundle: EVIL });
    expect(r.ok).toBe(false);
    expect(await db.bundles.count()).toBe(0);
    expect(await db.steps.count()).toBe(0);
  });
  it('a good bundle is stored; the allowed-hosts setting decides', async () => {
    expect((await route({ type: 'customer.create', corpId: A, name: '桃花岛', bundle: BUNDLE(A) })).ok).toBe(true);
    const other = { corpId: A, homepage: `https://h5.workec.cn/a?qxCorpid=${A}`, trustedDomain: 'h5.workec.cn', menus: [] };
    expect((await route({ type: 'customer.create', corpId: A, name: '桃花岛', bundle: other })).ok).toBe(false);
    await allowedHostsItem.setValue(['html.workec.com', 'h5.workec.cn']);
    expect((await route({ type: 'customer.create', corpId: A, name: '桃花岛', bundle: other })).ok).toBe(true);
    expect((await db.bundles.get(A))?.bundle).toEqual(other);
  });
  it('an import carrying an evil bundle: the customer imports, the bundle does not, the summary says so', async () => {
    const file = {
      format: 'ec-helper-export', version: 1,
      customers: [{ corpId: A, name: '桃花岛', appIds: [], createdAt: 1, updatedAt: 1, touchedAt: 1, nameAt: 1 }],
      bundles: [{ corpId: A, savedAt: 1, bundle: EVIL }],
    };
    const p = await route({ type: 'data.importPreview', data: file });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const s = p.data as { refused: string[]; errors: string[]; bundles: { new: number } };
    expect(s.errors).toEqual([]);
    expect(s.refused).toHaveLength(1);
    expect(s.refused[0]).toMatch(/ww739fc538a1b2c3d4.*evil\.example\.com/);
    expect(s.bundles.new).toBe(0);
    const a = await route({ type: 'data.importApply', data: file });
    expect(a.ok).toBe(true);
    expect(await db.customers.count()).toBe(1);
    expect(await db.bundles.count()).toBe(0);
  });
});
