import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE, freshDb, routerFor } from '../fakes';
import type { EcDatabase, CustomerRow, StepRow, EventRow } from '../../../utils/db/db';
import type { Reply } from '../../../utils/messages';

const { route, ok } = routerFor();
let db: EcDatabase;
async function snapshot() {
  return { customers: await db.customers.toArray(), steps: await db.steps.toArray(), bundles: await db.bundles.toArray(), events: await db.events.toArray() };
}
const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';
const C = 'ww5e0a9d2c4b7f8e13';
const strip = (f: any) => ({ ...f, exportedAt: undefined });

beforeEach(() => {
  db = freshDb();
});

describe('export', () => {
  it('one versioned JSON object with customers, steps, bundles and events — no secrets', async () => {
    await ok({ type: 'wizard.completed', corpId: A, name: '桃花岛', appId: 'app-1', bundle: BUNDLE(A) });
    await ok({ type: 'fill.done', page: 'https://open.work.weixin.qq.com/x', corpId: A, status: 'filled', fields: { token: 'kept', aesKey: 'kept', homepage: 'filled' } });
    const f = await ok({ type: 'data.export' });
    expect(f).toMatchObject({ format: 'ec-helper-export', version: 1 });
    expect(new Date(f.exportedAt).getTime()).toBeGreaterThan(0);
    expect(f.customers).toEqual([expect.objectContaining({ corpId: A, name: '桃花岛', appIds: ['app-1'] })]);
    expect(f.steps.map((s: any) => s.step).sort()).toEqual(['1', '1a', '1b']);
    expect(f.bundles).toEqual([expect.objectContaining({ corpId: A, bundle: BUNDLE(A) })]);
    expect(f.events.length).toBeGreaterThanOrEqual(3);
    const text = JSON.stringify(f);
    expect(text).not.toMatch(/token|aeskey|secret/i);
    expect(JSON.parse(text)).toEqual(f);
  });
});

describe('import', () => {
  it('an export of 10,000 customers imports losslessly into an empty database', async () => {
    const t0 = 1_700_000_000_000;
    const customers: CustomerRow[] = [];
    const steps: StepRow[] = [];
    for (let i = 0; i < 10_000; i++) {
      const corpId = `ww${i.toString(16).padStart(10, '0')}`;
      const st: CustomerRow['st'] = {};
      if (i % 3 === 0) {
        steps.push({ corpId, step: '1a', status: 'done', source: 'autofill', at: t0 + i });
        st['1a'] = 'done';
      }
      if (i % 7 === 0) {
        steps.push({ corpId, step: '5', status: 'skipped', source: 'user', at: t0 + i + 1, note: `备注 ${i}` });
        st['5'] = 'skipped';
      }
      customers.push({ corpId, name: `客户 ${i}`, nameKey: `客户${i}`, appIds: i % 2 ? [`app-${i}`] : [], createdAt: t0, updatedAt: t0 + i, touchedAt: t0 + 2 * i, nameAt: t0, st, ...(i % 5 === 0 ? { workedAt: t0 + i } : {}) });
    }
    await db.customers.bulkAdd(customers);
    await db.steps.bulkAdd(steps);
    await db.bundles.bulkAdd(customers.slice(0, 2000).map((c, i) => ({ corpId: c.corpId, savedAt: t0 + i, bundle: BUNDLE(c.corpId) })));
    const events: EventRow[] = Array.from({ length: 3000 }, (_, i) => ({ at: t0 + i, kind: i % 2 ? 'guard' : 'autofill', action: i % 2 ? 'reset-qr' : 'fill', outcome: 'blocked', page: 'https://open.work.weixin.qq.com/p', detail: { n: i, ok: true } }));
    await db.events.bulkAdd(events);

    const file = JSON.parse(JSON.stringify(await ok({ type: 'data.export' })));
    expect(file.customers).toHaveLength(10_000);

    const before = { customers: await db.customers.toArray(), steps: await db.steps.toArray(), bundles: await db.bundles.toArray() };
    db = freshDb();
    const preview = await ok({ type: 'data.importPreview', data: file });
    expect(preview).toMatchObject({ new: 10_000, updated: 0, unchanged: 0, conflicts: 0, errors: [], events: { new: 3000, duplicate: 0 } });
    expect(await db.customers.count()).toBe(0);
    await ok({ type: 'data.importApply', data: file });

    const again = await ok({ type: 'data.export' });
    expect(strip({ ...again, events: again.events.filter((e: any) => e.kind !== 'import') })).toEqual(strip(file));
    // stored rows, including the step mirror used by lists, are identical
    expect(await db.customers.toArray()).toEqual(before.customers);
    expect(await db.steps.toArray()).toEqual(before.steps);
    expect(await db.bundles.toArray()).toEqual(before.bundles);
    const list = await ok<any[]>({ type: 'customer.list', query: 'WW0000000007', limit: 1 });
    expect(list[0]).toMatchObject({ name: '客户 7', steps: { '5': 'skipped' } });
  }, 60_000);

  it('merges: never deletes, newer value of each field wins, steps per step, events de-duplicated', async () => {
    // the file, as another machine exported it
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await ok({ type: 'customer.create', corpId: B, name: '光明顶' });
    await ok({ type: 'step.set', corpId: A, step: '2', status: 'done', source: 'user' });
    await ok({ type: 'step.set', corpId: A, step: '3', status: 'doing', source: 'user' });
    await ok({ type: 'wizard.completed', corpId: B, name: '光明顶', appId: 'app-b', bundle: BUNDLE(B) });
    const file = JSON.parse(JSON.stringify(await ok({ type: 'data.export' })));
    const fileA = file.customers.find((c: any) => c.corpId === A);
    // here: A renamed later, step 3 changed later; B older; C only here
    await new Promise((r) => setTimeout(r, 5));
    await ok({ type: 'customer.rename', corpId: A, name: '桃花岛集团' });
    await ok({ type: 'step.set', corpId: A, step: '3', status: 'blocked', source: 'user' });
    await ok({ type: 'customer.create', corpId: C, name: '侠客岛' });
    // and in the file, B was renamed *after* everything here (a newer name)
    const fileB = file.customers.find((c: any) => c.corpId === B);
    fileB.name = '光明顶总部';
    fileB.nameAt = Date.now() + 60_000;
    fileB.appIds = ['app-b2'];
    // a step only the file has, newer
    file.steps.push({ corpId: A, step: '4', status: 'done', source: 'user', at: Date.now() + 60_000, note: '侧边栏已配置' });
    // an older step 2 in the file must lose against the newer local one
    file.steps.find((s: any) => s.corpId === A && s.step === '2').at = fileA.createdAt - 1;
    file.steps.find((s: any) => s.corpId === A && s.step === '2').status = 'blocked';

    const localBefore = await snapshot();
    const preview = await ok({ type: 'data.importPreview', data: file });
    expect(await snapshot()).toEqual(localBefore); // preview writes nothing
    expect(preview).toMatchObject({ new: 0, updated: 2, unchanged: 0, errors: [] });
    expect(preview.conflicts).toBeGreaterThanOrEqual(2);
    expect(preview.conflictItems).toEqual(expect.arrayContaining([
      expect.objectContaining({ corpId: A, field: 'name', local: '桃花岛集团', incoming: '桃花岛', kept: 'local' }),
      expect.objectContaining({ corpId: B, field: 'name', local: '光明顶', incoming: '光明顶总部', kept: 'incoming' }),
    ]));
    expect(preview.events.duplicate).toBe(file.events.length);

    const r = await ok({ type: 'data.importApply', data: file });
    expect(r).toMatchObject({ applied: true, updated: 2 });
    const get = (id: string) => ok({ type: 'customer.get', corpId: id });
    const a = await get(A);
    expect(a.customer.name).toBe('桃花岛集团'); // local newer
    const st = (d: any, s: string) => d.steps.find((x: any) => x.step === s);
    expect(st(a, '3').status).toBe('blocked'); // local newer
    expect(st(a, '2').status).toBe('done'); // local newer
    expect(st(a, '4')).toMatchObject({ status: 'done', note: '侧边栏已配置' }); // only in file
    const b = await get(B);
    expect(b.customer.name).toBe('光明顶总部'); // file newer
    expect(b.customer.appIds).toEqual(['app-b', 'app-b2']); // union
    expect(b.bundle).toEqual(BUNDLE(B));
    expect(await get(C)).not.toBeNull(); // never deleted
    expect((await ok<any[]>({ type: 'customer.list' })).find((c) => c.corpId === A).steps['4']).toBe('done');
    // ledger follows the merged name
    expect(await ok({ type: 'ledger.check', corpId: B, name: '光明顶总部' })).toEqual({ ok: true });

    // the first import is logged; importing the same file again changes nothing, not even the log
    const imports = await ok<any[]>({ type: 'events.list', kind: 'all', limit: 1 });
    expect(imports[0]).toMatchObject({ kind: 'import', action: 'data.import' });
    const eventsBefore = await db.events.count();
    const second = await ok({ type: 'data.importPreview', data: file });
    expect(second).toMatchObject({ new: 0, updated: 0, unchanged: 2, events: { new: 0 } });
    await ok({ type: 'data.importApply', data: file });
    expect(await db.events.count()).toBe(eventsBefore);
  });

  it('an imported customer newer in the file updates, a new one is added', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    const file = {
      format: 'ec-helper-export', version: 1, exportedAt: new Date().toISOString(),
      customers: [{ corpId: B, name: '光明顶', appIds: [], createdAt: 1, updatedAt: 2, touchedAt: 3, nameAt: 2 }],
      steps: [{ corpId: B, step: '1f', status: 'done', source: 'deploy', at: 3 }],
      bundles: [], events: [{ at: 5, kind: 'guard', action: 'reset-qr', outcome: 'blocked', detail: { Token: 'x', label: '重置二维码' } }],
    };
    expect(await ok({ type: 'data.importPreview', data: file })).toMatchObject({ new: 1, updated: 0, unchanged: 0, conflicts: 0, steps: { new: 1 }, events: { new: 1 } });
    await ok({ type: 'data.importApply', data: file });
    const g = await ok<any[]>({ type: 'events.list', kind: 'guard' });
    expect(g[0].detail).toEqual({ label: '重置二维码' });
    expect((await ok({ type: 'customer.get', corpId: B })).summary.steps['1']).toBe('todo');
    expect((await ok<any[]>({ type: 'customer.list' })).map((c) => c.corpId)).toEqual([A, B]);
  });

  it('refuses files that are not ours, too new, or with invalid records — and writes nothing', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    const before = await snapshot();
    const notOurs = await route({ type: 'data.importPreview', data: { hello: 'world' } });
    expect(notOurs).toMatchObject({ ok: false, code: 'import-invalid' });
    expect(!notOurs.ok && notOurs.error).toMatch(/不是本扩展导出的数据文件/);
    expect(await route({ type: 'data.importApply', data: [1, 2] })).toMatchObject({ ok: false });
    expect(await route({ type: 'data.importApply', data: '{not json' })).toMatchObject({ ok: false });
    const tooNew = await route({ type: 'data.importApply', data: { format: 'ec-helper-export', version: 2, customers: [] } });
    expect(tooNew).toMatchObject({ ok: false, code: 'import-version' });
    const bad = { format: 'ec-helper-export', version: 1, customers: [{ corpId: B, name: '光明顶' }, { corpId: 'bad id', name: 'x' }], steps: [{ corpId: C, step: '2', status: 'done', source: 'user', at: 1 }], bundles: [], events: [] };
    const p = await ok({ type: 'data.importPreview', data: bad });
    expect(p.errors.length).toBe(2);
    expect(p.errors[0]).toMatch(/客户第 2 条的企业 ID/);
    expect(p.errors[1]).toMatch(/不在文件的客户列表中/);
    const r = await route({ type: 'data.importApply', data: bad });
    expect(r).toMatchObject({ ok: false, code: 'import-invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('bundle fields beyond the known ones (e.g. a token) are not imported', async () => {
    const file = {
      format: 'ec-helper-export', version: 1,
      customers: [{ corpId: A, name: '桃花岛' }],
      bundles: [{ corpId: A, savedAt: 10, bundle: { ...BUNDLE(A), token: 'T0KEN', encodingAESKey: 'K3Y' } }],
    };
    await ok({ type: 'data.importApply', data: file });
    expect(JSON.stringify(await db.bundles.toArray())).not.toMatch(/T0KEN|K3Y/);
    expect((await ok({ type: 'customer.get', corpId: A })).bundle).toEqual(BUNDLE(A));
  });
});

describe('the journey travels (go-online order and wait)', () => {
  const order = { id: 'au1234567890', createdAt: 1715150000000, seenAt: 1715150001000 };
  it('exported with its customer and imported on another machine, so the order and the wait are known there', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await db.customers.update(A, { journey: { order, refusedAt: 1715150060000, readyAt: 1715150300000 } });
    const f = await ok({ type: 'data.export' });
    expect(f.customers[0].journey).toEqual({ order, refusedAt: 1715150060000, readyAt: 1715150300000 });
    db = freshDb();
    await ok({ type: 'data.importApply', data: f });
    expect((await db.customers.get(A))?.journey).toEqual({ order, refusedAt: 1715150060000, readyAt: 1715150300000 });
  });

  it('merges: the order seen last and the latest wait win; a file without a journey leaves it alone', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    const newer = { id: 'au99999999', createdAt: 1715160000000, seenAt: 1715160000000 };
    await db.customers.update(A, { journey: { order: newer, readyAt: 1715160300000 } });
    const f = await ok({ type: 'data.export' });
    f.customers[0].journey = { order, readyAt: 1715150300000, refusedAt: 1715150060000 };
    f.customers[0].updatedAt += 1;
    await ok({ type: 'data.importApply', data: f });
    expect((await db.customers.get(A))?.journey).toEqual({ order: newer, readyAt: 1715160300000, refusedAt: 1715150060000 });
    delete f.customers[0].journey;
    await ok({ type: 'data.importApply', data: f });
    expect((await db.customers.get(A))?.journey?.order).toEqual(newer);
  });

  it('refuses a journey whose order id is not an audit order id, and writes nothing', async () => {
    const f = await ok({ type: 'data.export' });
    f.customers = [{ corpId: B, name: '侠客岛', journey: { order: { id: 'javascript:alert(1)', createdAt: 1, seenAt: 1 } } }];
    const before = await snapshot();
    const r = (await route({ type: 'data.importApply', data: f })) as Reply;
    expect(r.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});
