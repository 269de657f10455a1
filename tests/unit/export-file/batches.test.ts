// Issue 15.11: a big import is split on the options page and written by the worker in batches;
// every batch fits a message, progress is reported per batch, and importing in batches gives exactly
// what one whole-file import gives (and re-importing adds nothing: resumable, idempotent).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE, freshDb, routerFor } from '../fakes';
import { splitImport, sumSummaries } from '../../../utils/export-file/batches';
import type { EcDatabase } from '../../../utils/db/db';

const { ok } = routerFor();
let db: EcDatabase;
beforeEach(() => {
  db = freshDb();
});
function bigFile(n: number) {
  const t0 = 1_700_000_000_000;
  const customers = [];
  const steps = [];
  const bundles = [];
  const events = [];
  for (let i = 0; i < n; i++) {
    const corpId = `ww${i.toString(16).padStart(10, '0')}`;
    customers.push({ corpId, name: `客户${i}`, appIds: [`a${i}`], createdAt: t0, updatedAt: t0 + i, touchedAt: t0 + i, nameAt: t0 });
    steps.push({ corpId, step: '1a', status: 'done', source: 'autofill', at: t0 + i });
    if (i % 5 === 0) bundles.push({ corpId, savedAt: t0 + i, bundle: BUNDLE(corpId) });
    events.push({ at: t0 + Math.floor(i / 3), kind: 'guard', action: 'reset-qr', outcome: 'blocked', customer: `客户${i}` });
    if (i % 10 === 0) events.push({ at: t0 + Math.floor(i / 3), kind: 'guard', action: 'reset-qr', outcome: 'blocked', customer: `客户${i}` }); // an identical twin
  }
  return { format: 'ec-helper-export', version: 1, exportedAt: new Date(t0).toISOString(), customers, steps, bundles, events };
}
async function dump() {
  const strip = (x: any) => { const { id, ...r } = x; return r; };
  return {
    customers: await db.customers.toArray(),
    steps: await db.steps.toArray(),
    bundles: await db.bundles.toArray(),
    events: (await db.events.toArray()).filter((e) => e.kind !== 'import').map(strip).sort((a, b) => a.at - b.at || JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

describe('splitImport', () => {
  it('refuses what cannot be imported, in Chinese', () => {
    for (const bad of [null, [], 'x', { format: 'other' }, { format: 'ec-helper-export', version: 2, customers: [] }, { format: 'ec-helper-export', version: 1 }, { format: 'ec-helper-export', version: 1, customers: [], events: {} }]) {
      const r = splitImport(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  it('keeps every customer with its steps and bundles, every millisecond of events in one batch, each batch small', () => {
    const f = bigFile(3000);
    const r = splitImport(f, { bytes: 64 * 1024, records: 500 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batches.length).toBeGreaterThan(5);
    const all = (k: 'customers' | 'steps' | 'bundles' | 'events') => r.batches.flatMap((b) => b[k]);
    expect(all('customers')).toHaveLength(f.customers.length);
    expect(all('steps')).toHaveLength(f.steps.length);
    expect(all('bundles')).toHaveLength(f.bundles.length);
    expect(all('events')).toHaveLength(f.events.length);
    for (const b of r.batches) {
      const ids = new Set(b.customers.map((c: any) => c.corpId));
      for (const s of [...b.steps, ...b.bundles] as any[]) expect(ids.has(s.corpId)).toBe(true);
      expect(JSON.stringify(b).length).toBeLessThan(3 * 64 * 1024);
    }
    const batchOfAt = new Map<number, number>();
    r.batches.forEach((b, i) => (b.events as any[]).forEach((e) => {
      expect(batchOfAt.get(e.at) ?? i).toBe(i);
      batchOfAt.set(e.at, i);
    }));
  });
});

describe('batched import = whole import, and idempotent', () => {
  it('3,000 customers in small batches give the same database as one import; a second pass adds nothing', async () => {
    const f = bigFile(3000);
    await ok({ type: 'data.importApply', data: f });
    const whole = await dump();

    db = freshDb();
    const r = splitImport(f, { bytes: 64 * 1024, records: 500 });
    if (!r.ok) throw new Error(r.error);
    const previews = [];
    for (const b of r.batches) previews.push(await ok({ type: 'data.importPreview', data: b }));
    const sum = sumSummaries(previews);
    expect(sum.new).toBe(3000);
    expect(sum.errors).toEqual([]);
    expect(sum.events.new).toBe(f.events.length);
    expect(await db.customers.count()).toBe(0); // preview writes nothing
    // an import cut short after two batches, then the whole file again
    for (const b of r.batches.slice(0, 2)) await ok({ type: 'data.importApply', data: b, log: false });
    for (const b of r.batches) await ok({ type: 'data.importApply', data: b, log: false });
    await ok({ type: 'data.importLog', totals: { new: 3000, updated: 0, unchanged: 0, conflicts: 0, events: f.events.length, refused: 0, batches: r.batches.length } });
    expect(await dump()).toEqual(whole);
    expect(await db.events.where('kind').equals('import').count()).toBe(1);
    // and once more: nothing changes
    const again = [];
    for (const b of r.batches) again.push(await ok({ type: 'data.importApply', data: b, log: false }));
    expect(again.some((x) => x.changed)).toBe(false);
    expect(await dump()).toEqual(whole);
  }, 120_000);
});

describe('export in parts (no message over 64 MiB)', () => {
  it('the parts, assembled, are exactly the one-message export', async () => {
    await ok({ type: 'data.importApply', data: bigFile(1200) });
    const whole = await ok({ type: 'data.export' });
    const parts: Record<string, unknown[]> = {};
    let messages = 0;
    for (const table of ['customers', 'steps', 'bundles', 'events']) {
      parts[table] = [];
      let after: unknown = null;
      do {
        const p = await ok({ type: 'data.exportPart', table, limit: 250, after });
        messages++;
        parts[table].push(...p.rows);
        after = p.next;
      } while (after !== null);
    }
    expect(messages).toBeGreaterThan(10);
    for (const table of ['customers', 'steps', 'bundles', 'events']) expect(parts[table]).toEqual(whole[table]);
  });
});
