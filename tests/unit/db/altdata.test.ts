// Found by the alternative data acceptance checks (tests/e2e/alt-data*.spec.ts): secrets hidden in
// logged texts, re-importing a file, identical events, renames.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE, freshDb, routerFor } from '../fakes';
import { appendEvent } from '../../../utils/db/events';
import { redactSecrets, sanitizeDetail, stripSecretsFromUrl } from '../../../utils/db/keys';
import type { EcDatabase } from '../../../utils/db/db';
import type { Reply } from '../../../utils/messages';

const { route, ok } = routerFor();
let db: EcDatabase;
const A = 'ww739fc538a1b2c3d4';
const AES = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456';
const strip = (f: any) => ({ ...f, exportedAt: undefined });

beforeEach(() => {
  db = freshDb();
});

describe('secrets inside logged texts', () => {
  it('redacts name: value pairs and bare EncodingAESKey-shaped strings, keeps ordinary text', () => {
    expect(redactSecrets('Token: abc123')).not.toMatch(/abc123|token/i);
    expect(redactSecrets('EncodingAESKey：xyz 其余')).toMatch(/其余$/);
    expect(redactSecrets('EncodingAESKey：xyz')).not.toMatch(/xyz|aes/i);
    expect(redactSecrets(`key ${AES} end`)).not.toContain(AES);
    expect(redactSecrets('secret=s1, ok')).toMatch(/, ok$/);
    expect(redactSecrets('重置二维码')).toBe('重置二维码');
    expect(redactSecrets('https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4')).toBe('https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4');
    expect(sanitizeDetail({ label: 'Token=T0K', aesKey: 'x', n: 1 })).toEqual({ label: '[已隐藏]', n: 1 });
  });

  it('drops secret parameters (name and value) from page addresses', () => {
    expect(stripSecretsFromUrl('https://x/p?token=T1&a=1#/r')).toBe('https://x/p?a=1#/r');
    expect(stripSecretsFromUrl('https://x/p?a=1&EncodingAESKey=K#/r?secret=S&b=2')).toBe('https://x/p?a=1#/r?b=2');
    expect(stripSecretsFromUrl('https://x/p?token=T1#/r')).toBe('https://x/p#/r');
    expect(stripSecretsFromUrl('https://x/p#/r?aes=1')).toBe('https://x/p#/r');
  });

  it('an event whose texts carry a token is logged and exported without it, even a raw older row', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await appendEvent({ kind: 'guard', action: 'edit-callback', outcome: 'blocked', page: 'https://open.work.weixin.qq.com/p?Token=LEAK1', detail: { label: `EncodingAESKey: ${AES}` } });
    await db.events.add({ at: Date.now(), kind: 'autofill', action: 'fill', page: 'https://open.work.weixin.qq.com/p?encodingAESKey=LEAK2#/x', customer: 'token=LEAK3', detail: { token: 'LEAK4', note: 'Token：LEAK5' } });
    const text = JSON.stringify(await ok({ type: 'data.export' }));
    expect(text).not.toMatch(/LEAK|token|aeskey/i);
    expect(text).not.toContain(AES);
    expect(text).toContain('edit-callback');
  });
});

describe('import', () => {
  it('importing the same file twice changes nothing the second time, not even the log', async () => {
    await ok({ type: 'wizard.completed', corpId: A, name: '桃花岛', bundle: BUNDLE(A) });
    await appendEvent({ kind: 'guard', action: 'reset-qr', outcome: 'blocked' });
    const file = await ok({ type: 'data.export' });
    db = freshDb();
    const first = await ok({ type: 'data.importApply', data: file });
    expect(first.new).toBe(1);
    const once = await ok({ type: 'data.export' });
    expect(once.events.filter((e: any) => e.kind === 'import')).toHaveLength(1);
    const second = await ok({ type: 'data.importApply', data: file });
    expect(second).toMatchObject({ new: 0, updated: 0, events: { new: 0 } });
    expect(strip(await ok({ type: 'data.export' }))).toEqual(strip(once));
  });

  it('identical events (same millisecond, same content) are all kept, and still not duplicated on re-import', async () => {
    const e = { at: 1_700_000_000_000, kind: 'guard', action: 'reset-qr', outcome: 'blocked', page: 'https://open.work.weixin.qq.com/p' };
    const file = { format: 'ec-helper-export', version: 1, customers: [], events: [e, e, e] };
    expect((await ok({ type: 'data.importApply', data: file })).events).toEqual({ new: 3, duplicate: 0 });
    expect((await ok({ type: 'data.importPreview', data: file })).events).toEqual({ new: 0, duplicate: 3 });
    expect((await ok({ type: 'data.importPreview', data: { ...file, events: [e, e, e, e] } })).events).toEqual({ new: 1, duplicate: 3 });
    expect(await db.events.where('kind').equals('guard').count()).toBe(3);
  });
});

describe('import errors read in Chinese', () => {
  it('each invalid record says where and what, in Chinese; nothing is written', async () => {
    const data = { format: 'ec-helper-export', version: 1, customers: [{ corpId: 'x', name: '甲' }, { name: '乙' }], events: [{ at: 'x', kind: 'guard', action: 'a' }] };
    const s = await ok({ type: 'data.importPreview', data });
    expect(s.errors).toEqual([
      expect.stringMatching(/^客户第 1 条的企业 ID：企业 ID 格式不对/),
      '客户第 2 条的企业 ID：缺少此项',
      '事件第 1 条的时间：类型不对，应为数字',
    ]);
    const r = (await route({ type: 'data.importApply', data })) as Reply;
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^导入文件有 3 处错误，未导入任何数据：客户第 1 条的企业 ID：企业 ID/);
    const bad = (await route({ type: 'data.importPreview', data: { format: 'ec-helper-export', version: 1, customers: 'x' } })) as Reply;
    expect(!bad.ok && bad.error).toBe('导出文件格式有误：客户列表：类型不对，应为列表');
    expect(await db.customers.count()).toBe(0);
  });
});

describe('import keeps step 1 in line with its sub-steps', () => {
  it('sub-steps merged from both sides finish step 1; a hand-set step 1 is left alone', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    for (const step of ['1a', '1b', '1c', '1d', '1e']) await ok({ type: 'step.set', corpId: A, step, status: 'done', source: 'user' });
    const later = Date.now() + 60_000;
    const file = await ok({ type: 'data.export' });
    file.steps = file.steps.filter((s: any) => ['1f', '1g'].includes(s.step));
    file.steps.push({ corpId: A, step: '1f', status: 'done', source: 'deploy', at: later }, { corpId: A, step: '1g', status: 'skipped', source: 'user', at: later + 1 });
    const before = await ok({ type: 'customer.get', corpId: A });
    expect(before.steps.find((s: any) => s.step === '1').status).toBe('doing');
    await ok({ type: 'data.importApply', data: file });
    const after = await ok({ type: 'customer.get', corpId: A });
    expect(after.steps.find((s: any) => s.step === '1')).toMatchObject({ status: 'done', derived: true });
    expect(after.summary.steps['1']).toBe('done');
    // idempotent
    const again = await ok({ type: 'data.importPreview', data: file });
    expect(again).toMatchObject({ updated: 0, steps: { new: 0, updated: 0 } });

    db = freshDb();
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await ok({ type: 'step.set', corpId: A, step: '1', status: 'blocked', source: 'user', note: '等客户' });
    await ok({ type: 'data.importApply', data: { ...file, steps: [...file.steps, ...['1a', '1b', '1c', '1d', '1e'].map((step, i) => ({ corpId: A, step, status: 'done', source: 'user', at: later + 2 + i }))] } });
    const held = await ok({ type: 'customer.get', corpId: A });
    expect(held.steps.find((s: any) => s.step === '1')).toMatchObject({ status: 'blocked', source: 'user', note: '等客户' });
    expect(held.steps.find((s: any) => s.step === '1e').status).toBe('done');
  });
});
