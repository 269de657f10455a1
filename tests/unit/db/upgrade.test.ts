import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, EcDatabase, SCHEMA_V1, setDb } from '../../../utils/db/db';
import { createRouter } from '../../../utils/background/router';
import { dbHandlers } from '../../../utils/db/handlers';
import { listEvents } from '../../../utils/db/events';

const route = createRouter(dbHandlers);
const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';

afterEach(() => setDb(null));

describe('schema upgrade v1 → v2', () => {
  it('opens a v1 database with the current code and migrates its data', async () => {
    const name = `ec-helper-upgrade-${Math.random()}`;
    // A database exactly as version 1 wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('customers').bulkAdd([
      { corpId: A, name: ' 桃花岛 ', appIds: ['app-1'], createdAt: 1000, updatedAt: 2000 },
      { corpId: B, name: 'Guang Ming Ding', appIds: [], createdAt: 1500, updatedAt: 1500 },
    ]);
    await v1.table('steps').bulkAdd([
      { corpId: A, step: '1a', status: 'done', source: 'autofill', at: 5000 },
      { corpId: A, step: '2', status: 'blocked', source: 'user', at: 3000, note: '等待' },
      { corpId: A, step: '3', status: 'todo', source: 'user', at: 2500 },
    ]);
    await v1.table('bundles').add({ corpId: B, savedAt: 9000, bundle: { corpId: B, menus: [] } });
    await v1.table('events').bulkAdd([
      { at: 100, kind: 'guard', action: 'reset-qr', outcome: 'blocked' },
      { at: 200, kind: 'autofill', action: 'fill', outcome: 'filled' },
    ]);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new EcDatabase(name);
    setDb(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(2);

    const a = await db.customers.get(A);
    expect(a).toMatchObject({ nameKey: '桃花岛', nameAt: 2000, touchedAt: 5000, st: { '1a': 'done', '2': 'blocked' }, appIds: ['app-1'] });
    expect(a!.st).not.toHaveProperty('3');
    const b = await db.customers.get(B);
    expect(b).toMatchObject({ nameKey: 'guangmingding', nameAt: 1500, touchedAt: 9000, st: {} });
    // the new indexes work
    expect((await db.customers.where('nameKey').equals('桃花岛').toArray()).map((c) => c.corpId)).toEqual([A]);
    expect((await db.customers.orderBy('touchedAt').reverse().toArray()).map((c) => c.corpId)).toEqual([B, A]);
    expect((await listEvents({ kind: 'guard' })).map((e) => e.action)).toEqual(['reset-qr']);

    // and the handlers read the migrated data
    const list = await route({ type: 'customer.list' });
    expect(list).toMatchObject({ ok: true, data: [{ corpId: B }, { corpId: A, blocked: true, next: '1b' }] });
    expect(await route({ type: 'ledger.check', corpId: 'ww5e0a9d2c4b7f8e13', name: '桃花岛' })).toMatchObject({ ok: true, data: { ok: false, reason: 'customer-other-corp', otherCorpId: A } });
    const d = await route({ type: 'customer.get', corpId: A });
    expect(d.ok && (d.data as any).steps.find((s: any) => s.step === '2')).toMatchObject({ status: 'blocked', note: '等待' });
  });

  it('a fresh install starts at the current version', async () => {
    const db = new EcDatabase(`ec-helper-fresh-${Math.random()}`);
    setDb(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['bundles', 'customers', 'events', 'steps']);
  });
});
