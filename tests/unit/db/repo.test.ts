import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE, freshDb, routerFor } from '../fakes';
import { appendEvent, listEvents } from '../../../utils/db/events';
import type { EcDatabase } from '../../../utils/db/db';

const { route, ok } = routerFor();
let db: EcDatabase;

async function counts() {
  return { customers: await db.customers.count(), steps: await db.steps.count(), bundles: await db.bundles.count(), events: await db.events.count() };
}
const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';
const C = 'ww5e0a9d2c4b7f8e13';

beforeEach(() => {
  db = freshDb();
});

describe('router + handlers', () => {
  it('a malformed message and an unknown type get { ok: false } and change nothing', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    const before = await counts();
    const bad = await route({ type: 'customer.create', corpId: 'not a corp id', name: '' });
    expect(bad.ok).toBe(false);
    const bad2 = await route({ type: 'step.set', corpId: A, step: '9', status: 'done', source: 'user' });
    expect(bad2.ok).toBe(false);
    const unknown = await route({ type: 'customer.purge', corpId: A });
    expect(unknown.ok).toBe(false);
    const notMine = await route({ type: 'guard.policies' });
    expect(notMine).toMatchObject({ ok: false, code: 'unknown-message' });
    expect(await route('garbage')).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
  });

  it('creates a customer; get returns all 13 steps (missing as todo) and the bundle', async () => {
    await ok({ type: 'customer.create', corpId: A, name: ' 桃花岛 ', bundle: BUNDLE(A) });
    const d = await ok({ type: 'customer.get', corpId: A });
    expect(d.customer).toMatchObject({ corpId: A, name: '桃花岛', appIds: [] });
    expect(d.steps.map((s: any) => s.step)).toEqual(['1', '1a', '1b', '1c', '1d', '1e', '1f', '1g', '2', '3', '4', '5', '6']);
    expect(d.steps.every((s: any) => s.status === 'todo')).toBe(true);
    expect(d.steps.find((s: any) => s.step === '6').actor).toBe('hqAdmin');
    expect(d.bundle).toEqual(BUNDLE(A));
    expect(await ok({ type: 'customer.get', corpId: B })).toBeNull();
  });

  it('refuses a corp id already recorded for another customer, in Chinese; same name is fine', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    const r = await route({ type: 'customer.create', corpId: A, name: '光明顶' });
    expect(r).toMatchObject({ ok: false, code: 'corp-other-customer' });
    expect(!r.ok && r.error).toMatch(/已记录为客户「桃花岛」/);
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛', bundle: BUNDLE(A) });
    expect((await ok({ type: 'customer.get', corpId: A })).bundle.corpId).toBe(A);
    expect(await db.customers.count()).toBe(1);
  });

  it('refuses a bundle of another corp id', async () => {
    const r = await route({ type: 'customer.create', corpId: A, name: '桃花岛', bundle: BUNDLE(B) });
    expect(r).toMatchObject({ ok: false, code: 'bundle-corp-mismatch' });
    expect(await counts()).toEqual({ customers: 0, steps: 0, bundles: 0, events: 0 });
  });

  it('renames a customer', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await ok({ type: 'customer.rename', corpId: A, name: '桃花岛二期' });
    expect((await ok({ type: 'customer.get', corpId: A })).customer.name).toBe('桃花岛二期');
    expect((await ok({ type: 'ledger.check', corpId: A, name: '桃花岛二期' }))).toEqual({ ok: true });
  });
});

describe('customer.list', () => {
  it('sorts by most recently touched, searches name or corp id case-insensitively, filters', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await ok({ type: 'customer.create', corpId: B, name: '光明顶 Ltd' });
    await ok({ type: 'customer.create', corpId: C, name: '侠客岛' });
    let list = await ok<any[]>({ type: 'customer.list' });
    expect(list.map((c) => c.corpId)).toEqual([C, B, A]);
    await ok({ type: 'step.set', corpId: A, step: '2', status: 'blocked', source: 'user', note: '等客户管理员' });
    list = await ok<any[]>({ type: 'customer.list' });
    expect(list[0]).toMatchObject({ corpId: A, name: '桃花岛', blocked: true, progress: { done: 0, total: 6 }, next: '1a' });
    expect(list.map((c) => c.corpId)).toEqual([A, C, B]);
    expect((await ok<any[]>({ type: 'customer.list', query: '岛' })).map((c) => c.corpId)).toEqual([A, C]);
    expect((await ok<any[]>({ type: 'customer.list', query: 'LTD' })).map((c) => c.corpId)).toEqual([B]);
    expect((await ok<any[]>({ type: 'customer.list', query: 'WW01707' })).map((c) => c.corpId)).toEqual([B]);
    expect((await ok<any[]>({ type: 'customer.list', filter: 'blocked' })).map((c) => c.corpId)).toEqual([A]);
    expect((await ok<any[]>({ type: 'customer.list', limit: 2 })).length).toBe(2);
    for (const s of ['1', '2', '3', '4', '5', '6']) await ok({ type: 'step.set', corpId: C, step: s, status: s === '5' ? 'skipped' : 'done', source: 'user' });
    const cs = (await ok<any[]>({ type: 'customer.list' })).find((c) => c.corpId === C);
    expect(cs).toMatchObject({ progress: { done: 6, total: 6 }, next: null, blocked: false });
    expect((await ok<any[]>({ type: 'customer.list', filter: 'unfinished' })).map((c) => c.corpId).sort()).toEqual([A, B].sort());
  });

  it('lists 5,000 customers', async () => {
    const t = Date.now();
    await db.customers.bulkAdd(Array.from({ length: 5000 }, (_, i) => ({
      corpId: `ww${String(i).padStart(8, '0')}`, name: `客户${i}`, nameKey: `客户${i}`, appIds: [], createdAt: t, updatedAt: t, touchedAt: t + i, nameAt: t, st: {},
    })));
    const all = await ok<any[]>({ type: 'customer.list' });
    expect(all.length).toBe(5000);
    expect(all[0].corpId).toBe('ww00004999');
    expect((await ok<any[]>({ type: 'customer.list', query: '客户4998' })).map((c) => c.name)).toEqual(['客户4998']);
  });
});

describe('step.set', () => {
  beforeEach(async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
  });
  const status = async (step: string) => (await ok({ type: 'customer.get', corpId: A })).steps.find((s: any) => s.step === step);

  it('records who / when / note and logs a step event with the source', async () => {
    const r = await ok({ type: 'step.set', corpId: A, step: '3', status: 'doing', source: 'user', note: '标签已对齐' });
    expect(r).toMatchObject({ applied: true, status: 'doing' });
    const s = await status('3');
    expect(s).toMatchObject({ status: 'doing', source: 'user', note: '标签已对齐' });
    expect(s.at).toBeGreaterThan(Date.now() - 5000);
    const ev = await listEvents({ kind: 'step' });
    expect(ev[0]).toMatchObject({ kind: 'step', action: 'step.set', outcome: 'doing', corpId: A, detail: { step: '3', source: 'user', from: 'todo' } });
  });

  it('a hand-set status is never overwritten by an automatic one', async () => {
    await ok({ type: 'step.set', corpId: A, step: '1f', status: 'todo', source: 'user' });
    const r = await ok({ type: 'step.set', corpId: A, step: '1f', status: 'done', source: 'deploy' });
    expect(r).toMatchObject({ applied: false, reason: 'user-set' });
    expect(await status('1f')).toMatchObject({ status: 'todo', source: 'user' });
    await ok({ type: 'deploy.observed', rows: [{ corpName: '桃花岛', status: '已上线' }] });
    expect(await status('1f')).toMatchObject({ status: 'todo', source: 'user' });
    // the user may still change it
    await ok({ type: 'step.set', corpId: A, step: '1f', status: 'done', source: 'user' });
    expect((await status('1f')).status).toBe('done');
  });

  it('an automatic source moves forward only; the user may move back', async () => {
    expect(await ok({ type: 'step.set', corpId: A, step: '1f', status: 'doing', source: 'deploy' })).toMatchObject({ applied: true });
    expect(await ok({ type: 'step.set', corpId: A, step: '1f', status: 'done', source: 'deploy' })).toMatchObject({ applied: true });
    expect(await ok({ type: 'step.set', corpId: A, step: '1f', status: 'doing', source: 'deploy' })).toMatchObject({ applied: false, reason: 'backward' });
    expect((await status('1f')).status).toBe('done');
    expect(await ok({ type: 'step.set', corpId: A, step: '1f', status: 'doing', source: 'user' })).toMatchObject({ applied: true });
    expect((await status('1f')).status).toBe('doing');
  });

  it('automatic sources never undo skipped or blocked', async () => {
    await ok({ type: 'step.set', corpId: A, step: '1e', status: 'blocked', source: 'user' });
    await ok({ type: 'menus.saved', corpId: A });
    expect((await status('1e')).status).toBe('blocked');
  });

  it('step 1 follows its sub-steps unless set by hand', async () => {
    await ok({ type: 'step.set', corpId: A, step: '1a', status: 'done', source: 'autofill' });
    expect((await status('1')).status).toBe('doing');
    for (const s of ['1b', '1c', '1d', '1e', '1f', '1g']) await ok({ type: 'step.set', corpId: A, step: s, status: 'done', source: 'user' });
    expect(await status('1')).toMatchObject({ status: 'done', derived: true });
    await ok({ type: 'step.set', corpId: A, step: '1', status: 'blocked', source: 'user' });
    await ok({ type: 'step.set', corpId: A, step: '1g', status: 'doing', source: 'user' });
    expect((await status('1')).status).toBe('blocked');
  });

  it('unknown customer: error, nothing written', async () => {
    const before = await counts();
    expect(await route({ type: 'step.set', corpId: B, step: '2', status: 'done', source: 'user' })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await counts()).toEqual(before);
  });
});

describe('ledger.check', () => {
  it('answers ok, corp-other-customer or customer-other-corp', async () => {
    await ok({ type: 'wizard.completed', corpId: A, name: '桃花岛', appId: 'app-1', bundle: BUNDLE(A) });
    expect(await ok({ type: 'ledger.check', corpId: A, name: '桃花岛', appId: 'app-1' })).toEqual({ ok: true });
    expect(await ok({ type: 'ledger.check', corpId: A, name: ' 桃花岛\u200b' })).toEqual({ ok: true });
    expect(await ok({ type: 'ledger.check', corpId: B })).toEqual({ ok: true });
    expect(await ok({ type: 'ledger.check', corpId: A, name: '光明顶' })).toEqual({ ok: false, reason: 'corp-other-customer', otherName: '桃花岛' });
    expect(await ok({ type: 'ledger.check', corpId: B, name: '桃花岛' })).toMatchObject({ ok: false, reason: 'customer-other-corp', otherCorpId: A });
    expect(await ok({ type: 'ledger.check', corpId: B, name: '光明顶', appId: 'app-1' })).toMatchObject({ ok: false, reason: 'customer-other-corp', otherCorpId: A });
  });
});

describe('autofill lifecycle', () => {
  it('wizard.completed upserts the customer, marks 1a/1b done, stores the bundle and app id', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    const d = await ok({ type: 'wizard.completed', corpId: A, name: '桃花岛', appId: 'app-1', bundle: BUNDLE(A) });
    expect(d.customer.appIds).toEqual(['app-1']);
    expect(d.steps.find((s: any) => s.step === '1a')).toMatchObject({ status: 'done', source: 'autofill' });
    expect(d.steps.find((s: any) => s.step === '1b')).toMatchObject({ status: 'done', source: 'autofill' });
    expect(d.bundle).toEqual(BUNDLE(A));
    await ok({ type: 'wizard.completed', corpId: A, name: '桃花岛', appId: 'app-1', bundle: BUNDLE(A) });
    expect((await ok({ type: 'customer.get', corpId: A })).customer.appIds).toEqual(['app-1']);
    expect((await listEvents({ kind: 'autofill' }))[0]).toMatchObject({ action: 'wizard.completed', corpId: A });
  });

  it('bundle.find: by app id, else corp id, else the most recently completed/filled; null otherwise', async () => {
    expect(await ok({ type: 'bundle.find' })).toBeNull();
    await ok({ type: 'customer.create', corpId: C, name: '侠客岛' });
    expect(await ok({ type: 'bundle.find' })).toBeNull();
    await ok({ type: 'wizard.completed', corpId: A, name: '桃花岛', appId: 'app-1', bundle: BUNDLE(A) });
    await ok({ type: 'wizard.completed', corpId: B, name: '光明顶', appId: 'app-2', bundle: BUNDLE(B) });
    expect(await ok({ type: 'bundle.find', appId: 'app-1' })).toEqual({ corpId: A, name: '桃花岛', bundle: BUNDLE(A), matchedBy: 'appId' });
    expect(await ok({ type: 'bundle.find', corpId: A })).toMatchObject({ corpId: A, matchedBy: 'corpId' });
    expect(await ok({ type: 'bundle.find', appId: 'nope', corpId: A })).toMatchObject({ corpId: A, matchedBy: 'corpId' });
    expect(await ok({ type: 'bundle.find' })).toMatchObject({ corpId: B, matchedBy: 'recent' });
    await ok({ type: 'fill.done', page: 'https://open.work.weixin.qq.com/wwopen/developer#/x', corpId: A, status: 'filled' });
    expect(await ok({ type: 'bundle.find' })).toMatchObject({ corpId: A, matchedBy: 'recent' });
    // a known customer without a bundle never gets another customer's
    expect(await ok({ type: 'bundle.find', corpId: C })).toBeNull();
  });

  it('fill.done logs field results only, never token / aes values or keys', async () => {
    await ok({ type: 'fill.done', page: 'https://open.work.weixin.qq.com/wwopen/developer?token=abc#/sass/customApp/app/create', corpId: A, name: '桃花岛', status: 'partial', override: true,
      fields: { homepage: 'filled', token: 'kept', aesKey: 'kept', 'menu-1': 'failed', trustedDomain: 'abcSECRETvalue' } });
    const [e] = await listEvents({ kind: 'autofill' });
    expect(e).toMatchObject({ kind: 'autofill', action: 'fill', outcome: 'partial', corpId: A, customer: '桃花岛' });
    expect(e.detail).toEqual({ override: true, 'field.homepage': 'filled', 'field.menu-1': 'failed' });
    expect(JSON.stringify(e)).not.toMatch(/abc(?!SECRET)|SECRET/);
  });

  it('menus.saved → 1e done; permissions.confirmed → 1c done, 1d doing (by app id or corp id)', async () => {
    await ok({ type: 'wizard.completed', corpId: A, name: '桃花岛', appId: 'app-1', bundle: BUNDLE(A) });
    await ok({ type: 'menus.saved', appId: 'app-1' });
    await ok({ type: 'permissions.confirmed', corpId: A });
    const d = await ok({ type: 'customer.get', corpId: A });
    const st = Object.fromEntries(d.steps.map((s: any) => [s.step, s.status]));
    expect(st).toMatchObject({ '1a': 'done', '1b': 'done', '1c': 'done', '1d': 'doing', '1e': 'done', '1f': 'todo' });
    expect(d.steps.find((s: any) => s.step === '1e').source).toBe('menus');
    expect(await ok({ type: 'menus.saved', appId: 'unknown' })).toMatchObject({ corpId: null });
  });

  it('deploy.observed: 已上线 → 1f done, 待上线 → 1f doing, by customer name', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await ok({ type: 'customer.create', corpId: B, name: '光明顶' });
    const r = await ok({ type: 'deploy.observed', rows: [{ corpName: '桃花岛', status: '已上线' }, { corpName: ' 光明顶 ', status: '待上线' }, { corpName: '无名', status: '已上线' }] });
    expect(r).toEqual({ rows: 3, matched: 2, applied: 2 });
    const f = async (id: string) => (await ok({ type: 'customer.get', corpId: id })).steps.find((s: any) => s.step === '1f');
    expect(await f(A)).toMatchObject({ status: 'done', source: 'deploy' });
    expect(await f(B)).toMatchObject({ status: 'doing', source: 'deploy' });
    // the same list again changes nothing
    expect(await ok({ type: 'deploy.observed', rows: [{ corpName: '桃花岛', status: '待上线' }] })).toMatchObject({ applied: 0 });
    expect((await f(A)).status).toBe('done');
  });
});

describe('event log', () => {
  it('appendEvent strips secret keys; listEvents is newest first, by kind, since', async () => {
    const id1 = await appendEvent({ kind: 'guard', action: 'reset-qr', outcome: 'blocked', page: 'p', detail: { label: '重置二维码', Token: 'x', aesKey: 'y', clientSecret: 'z', n: 1 } });
    const id2 = await appendEvent({ kind: 'autofill', action: 'fill', outcome: 'filled' });
    const id3 = await appendEvent({ kind: 'guard', action: 'edit-template', outcome: 'cancelled' });
    expect(id1).toBeTypeOf('number');
    expect((await listEvents()).map((e) => e.id)).toEqual([id3, id2, id1]);
    const guard = await listEvents({ kind: 'guard' });
    expect(guard.map((e) => e.action)).toEqual(['edit-template', 'reset-qr']);
    expect(guard[1].detail).toEqual({ label: '重置二维码', n: 1 });
    expect(await listEvents({ kind: 'guard', limit: 1 })).toHaveLength(1);
    expect(await listEvents({ since: Date.now() + 60_000 })).toEqual([]);
    const viaMsg = await ok<any[]>({ type: 'events.list', kind: 'guard', limit: 10 });
    expect(viaMsg.map((e) => e.id)).toEqual([id3, id1]);
  });
});

describe('durability', () => {
  it('two concurrent updates to the same customer both land', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await Promise.all([
      ok({ type: 'step.set', corpId: A, step: '2', status: 'done', source: 'user' }),
      ok({ type: 'step.set', corpId: A, step: '3', status: 'blocked', source: 'user' }),
      ok({ type: 'menus.saved', corpId: A }),
      ok({ type: 'customer.rename', corpId: A, name: '桃花岛集团' }),
    ]);
    const d = await ok({ type: 'customer.get', corpId: A });
    const st = Object.fromEntries(d.steps.map((s: any) => [s.step, s.status]));
    expect(st).toMatchObject({ '2': 'done', '3': 'blocked', '1e': 'done', '1': 'doing' });
    expect(d.customer.name).toBe('桃花岛集团');
    // the summary mirror saw all of them too
    expect(d.summary).toMatchObject({ blocked: true, steps: { '1': 'doing', '2': 'done', '3': 'blocked' } });
  });

  it('a write interrupted midway leaves nothing half-written', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    const before = await counts();
    const customerBefore = await db.customers.get(A);
    // the bundle write (after the customer and the steps were written in the same transaction) fails
    const fail = () => { throw new Error('磁盘已满 (simulated)'); };
    db.bundles.hook('creating', fail);
    db.bundles.hook('updating', fail);
    const r = await route({ type: 'wizard.completed', corpId: A, name: '桃花岛', appId: 'app-9', bundle: BUNDLE(A) });
    expect(r).toMatchObject({ ok: false });
    const r2 = await route({ type: 'wizard.completed', corpId: B, name: '光明顶', appId: 'app-8', bundle: BUNDLE(B) });
    expect(r2).toMatchObject({ ok: false });
    db.bundles.hook('creating').unsubscribe(fail);
    db.bundles.hook('updating').unsubscribe(fail);
    expect(await counts()).toEqual(before);
    expect(await db.customers.get(A)).toEqual(customerBefore);
    expect(await db.customers.get(B)).toBeUndefined();
    // and the database still works
    await ok({ type: 'wizard.completed', corpId: B, name: '光明顶', appId: 'app-8', bundle: BUNDLE(B) });
    expect(await db.bundles.count()).toBe(1);
  });
});
