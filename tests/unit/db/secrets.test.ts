// Issue 15.4: secrets never reach IndexedDB or an export — adjacent secret parameters all go, step
// notes are redacted on every write path (step.set, import) and again on export.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, routerFor } from '../fakes';
import { appendEvent } from '../../../utils/db/events';
import { redactNote, stripSecretsFromUrl } from '../../../utils/db/keys';
import type { EcDatabase } from '../../../utils/db/db';

const { ok } = routerFor();
let db: EcDatabase;
const A = 'ww739fc538a1b2c3d4';
const AES = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456';
async function everything(): Promise<string> {
  return JSON.stringify([await db.customers.toArray(), await db.steps.toArray(), await db.bundles.toArray(), await db.events.toArray()]);
}
beforeEach(() => {
  db = freshDb();
});

describe('stripSecretsFromUrl: every secret parameter, however many are adjacent', () => {
  it.each([
    ['https://x/p?token=A&aeskey=B', 'https://x/p'],
    ['https://x/p?token=A&aeskey=B&c=1', 'https://x/p?c=1'],
    ['https://x/p?c=1&token=A&EncodingAESKey=B&secret=S&d=2', 'https://x/p?c=1&d=2'],
    ['https://x/p?token=A&token=B&token=C', 'https://x/p'],
    ['https://x/p#/r?token=A&aeskey=B&id=3', 'https://x/p#/r?id=3'],
    ['https://x/p?Token=A&encodingAesKey=B#/r?secret=1&aes=2', 'https://x/p#/r'],
    ['https://x/p#access_token=A&state=1', 'https://x/p#state=1'],
    ['https://x/p?%74oken=A&b=1', 'https://x/p?b=1'],
    ['https://x/p?a=1', 'https://x/p?a=1'],
    ['https://open.work.weixin.qq.com/wwopen/developer#/sass/customApp/tpl/info?id=ww-suite-dev', 'https://open.work.weixin.qq.com/wwopen/developer#/sass/customApp/tpl/info?id=ww-suite-dev'],
  ])('%s → %s', (input, want) => {
    expect(stripSecretsFromUrl(input)).toBe(want);
  });
});

describe('redactNote', () => {
  it('hides Token: / EncodingAESKey= values, key-shaped strings and secret URL parameters, keeps the rest', () => {
    const n = redactNote(`Token: T0k3n，EncodingAESKey=${AES}；回调 https://x/cb?token=A&aeskey=B&id=1 已配置`);
    expect(n).not.toMatch(/T0k3n|abcdefghij|token=A|aeskey=B/);
    expect(n).toContain('已配置');
    expect(n).toContain('id=1');
    expect(redactNote('标签未对齐')).toBe('标签未对齐');
  });
});

describe('every write path', () => {
  it('step.set: a note with a Token and an EncodingAESKey is stored and exported redacted', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await ok({ type: 'step.set', corpId: A, step: '3', status: 'doing', source: 'user', note: `Token: T0k3nLEAK EncodingAESKey：${AES}` });
    const all = await everything();
    expect(all).not.toMatch(/T0k3nLEAK|abcdefghijklmnop/);
    const f = await ok({ type: 'data.export' });
    expect(JSON.stringify(f)).not.toMatch(/T0k3nLEAK|abcdefghijklmnop/);
    expect(f.steps.find((s: any) => s.step === '3').note).toContain('[已隐藏]');
  });
  it('events: a page with adjacent token / aeskey parameters is stored without either', async () => {
    await appendEvent({ kind: 'guard', action: 'edit-callback', outcome: 'blocked', page: 'https://open.work.weixin.qq.com/p?token=LEAKA&aeskey=LEAKB' });
    expect(await everything()).not.toMatch(/LEAK/);
  });
  it('import: notes and pages in the file are redacted before writing', async () => {
    const file = {
      format: 'ec-helper-export', version: 1,
      customers: [{ corpId: A, name: '桃花岛', appIds: [], createdAt: 1, updatedAt: 1, touchedAt: 1, nameAt: 1 }],
      steps: [{ corpId: A, step: '3', status: 'doing', source: 'user', at: 5, note: `token=LEAK1 aes key: LEAK2 ${AES}` }],
      events: [{ at: 6, kind: 'guard', action: 'edit-callback', page: 'https://x/p?token=LEAK3&aeskey=LEAK4', detail: { note: 'Token：LEAK5' } }],
    };
    await ok({ type: 'data.importApply', data: file });
    expect(await everything()).not.toMatch(/LEAK|abcdefghijklmnop/);
    expect(JSON.stringify(await ok({ type: 'data.export' }))).not.toMatch(/LEAK|abcdefghijklmnop/);
  });
  it('export: an older row holding a raw note is redacted on the way out', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await db.steps.put({ corpId: A, step: '3', status: 'doing', source: 'user', at: 5, note: 'Token: OLDLEAK' });
    expect(JSON.stringify(await ok({ type: 'data.export' }))).not.toMatch(/OLDLEAK/);
  });
});
