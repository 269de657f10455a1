// Issue 16.5: CSV exports (escaping, formula safety, BOM, no secrets), event-log retention, archive
// and delete of one customer (never touching another customer's rows), archived through import.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE, freshDb, routerFor } from '../fakes';
import { csvCell, toCsv, auditCsv, progressCsv, CSV_BOM } from '../../../utils/db/csv';
import { trimEvents } from '../../../utils/db/lifecycle';
import { eventRetentionDaysItem } from '../../../utils/settings';
import type { EcDatabase } from '../../../utils/db/db';

const { route, ok } = routerFor();
let db: EcDatabase;
const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';
const AES = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456';
const DAY = 86_400_000;
beforeEach(() => {
  db = freshDb();
});

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('escapes commas, quotes and line breaks; round-trips through a CSV reader', () => {
    const cells = ['a,b', 'say "hi"', 'line1\nline2', 'cr\rhere', '桃花岛', '', 'plain'];
    expect(readCsv(toCsv([cells]))).toEqual([cells.map((c) => (c === 'cr\rhere' ? c : c))]);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(undefined)).toBe('');
  });
  it('makes formula-looking cells safe: = + - @ tab CR get a leading apostrophe', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("http://x","y")']) {
      const v = readCsv(toCsv([[bad]]))[0][0];
      expect(v.startsWith("'"), bad).toBe(true);
      expect(v.slice(1)).toBe(bad);
    }
    expect(csvCell('1-2')).toBe('1-2');
  });
  it('UTF-8 BOM first, CRLF line ends', () => {
    const t = toCsv([['a'], ['b']]);
    expect(t).toBe('\ufeffa\r\nb\r\n');
  });
  it('the audit CSV and the progress CSV carry no Token / EncodingAESKey values', () => {
    const audit = auditCsv([{ at: 1, kind: 'guard', action: 'edit-callback', outcome: 'blocked', page: 'https://x/p?token=LEAK1&aeskey=LEAK2', customer: 'Token: LEAK3', detail: { label: `EncodingAESKey=${AES}`, token: 'LEAK4' } }]);
    expect(audit).not.toMatch(/LEAK|abcdefghijklmnop/);
    const progress = progressCsv([{ corpId: A, name: '桃花岛', createdAt: 1, touchedAt: 1 }], [{ corpId: A, step: '3', status: 'doing', source: 'user', at: 1, note: `Token: LEAK5 ${AES}` }]);
    expect(progress).not.toMatch(/LEAK|abcdefghijklmnop/);
  });
  it('data.exportCsv: audit rows and progress rows, header in Chinese', async () => {
    await ok({ type: 'customer.create', corpId: A, name: '=桃花岛,集团' });
    await ok({ type: 'step.set', corpId: A, step: '3', status: 'doing', source: 'user', note: '标签 "未" 对齐\n第二行' });
    const p = readCsv((await ok({ type: 'data.exportCsv', which: 'progress' })).csv);
    expect(p[0]).toEqual(['企业 ID', '客户', '已归档', '步骤', '步骤名称', '状态', '来源', '时间', '备注']);
    expect(p[1].slice(0, 2)).toEqual([A, "'=桃花岛,集团"]);
    expect(p[1][8]).toBe('标签 "未" 对齐\n第二行');
    const a = readCsv((await ok({ type: 'data.exportCsv', which: 'audit' })).csv);
    expect(a[0][0]).toBe('时间');
    expect(a.length).toBeGreaterThanOrEqual(3);
  });
});

describe('event-log retention', () => {
  it('trims only events older than the setting (default 180 days), keeps the rest', async () => {
    const now = Date.now();
    await db.events.bulkAdd([
      { at: now - 200 * DAY, kind: 'guard', action: 'reset-qr', corpId: A },
      { at: now - 181 * DAY, kind: 'guard', action: 'reset-qr', corpId: B },
      { at: now - 179 * DAY, kind: 'guard', action: 'reset-qr', corpId: A },
      { at: now - DAY, kind: 'guard', action: 'reset-qr', corpId: B },
    ]);
    expect(await eventRetentionDaysItem.getValue()).toBe(180);
    expect(await ok({ type: 'events.trim' })).toMatchObject({ deleted: 2 });
    expect((await db.events.toArray()).map((e) => Math.round((now - e.at) / DAY)).sort((x, y) => x - y)).toEqual([1, 179]);
    await eventRetentionDaysItem.setValue(30);
    expect(await ok({ type: 'events.trim' })).toMatchObject({ deleted: 1 });
    expect(await db.events.count()).toBe(1);
  });
  it('0 days keeps everything', async () => {
    await db.events.add({ at: 1, kind: 'guard', action: 'reset-qr' });
    expect(await trimEvents(0)).toEqual({ deleted: 0, before: null });
    expect(await db.events.count()).toBe(1);
  });
});

describe('archive and delete one customer', () => {
  beforeEach(async () => {
    for (const [id, name] of [[A, '桃花岛'], [B, '侠客岛']] as const) {
      await ok({ type: 'wizard.completed', corpId: id, name, appId: `app-${id}`, bundle: BUNDLE(id) });
      await ok({ type: 'step.set', corpId: id, step: '3', status: 'doing', source: 'user', note: 'x' });
    }
  });
  it('impact says what goes; delete removes exactly that customer\'s rows, the other customer is untouched', async () => {
    const otherBefore = {
      c: await db.customers.get(B),
      s: await db.steps.where('corpId').equals(B).toArray(),
      b: await db.bundles.get(B),
      e: await db.events.where('corpId').equals(B).toArray(),
    };
    const impact = await ok({ type: 'customer.impact', corpId: A });
    expect(impact).toMatchObject({ corpId: A, name: '桃花岛', bundle: true, archived: false });
    expect(impact.steps).toBe(await db.steps.where('corpId').equals(A).count());
    expect(impact.events).toBe(await db.events.where('corpId').equals(A).count());
    const r = await ok({ type: 'customer.delete', corpId: A });
    expect(r).toEqual({ steps: impact.steps, bundles: 1, events: impact.events });
    expect(await db.customers.get(A)).toBeUndefined();
    expect(await db.steps.where('corpId').equals(A).count()).toBe(0);
    expect(await db.bundles.get(A)).toBeUndefined();
    // only the record of the deletion itself remains under that corp id
    expect((await db.events.where('corpId').equals(A).toArray()).map((e) => e.action)).toEqual(['customer.delete']);
    expect({
      c: await db.customers.get(B),
      s: await db.steps.where('corpId').equals(B).toArray(),
      b: await db.bundles.get(B),
      e: await db.events.where('corpId').equals(B).toArray(),
    }).toEqual(otherBefore);
    expect((await route({ type: 'customer.delete', corpId: A })).ok).toBe(false);
  });
  it('archive hides nothing in the data: the list marks it, detail keeps everything; restore clears it', async () => {
    await ok({ type: 'customer.archive', corpId: A, archived: true });
    const list = await ok({ type: 'customer.list' });
    expect(list.find((s: any) => s.corpId === A).archived).toBe(true);
    expect(list.find((s: any) => s.corpId === B).archived).toBeUndefined();
    expect((await ok({ type: 'customer.get', corpId: A })).customer.archivedAt).toBeGreaterThan(0);
    await ok({ type: 'customer.archive', corpId: A, archived: false });
    expect((await ok({ type: 'customer.list' })).find((s: any) => s.corpId === A).archived).toBeUndefined();
  });
  it('an archived customer stays archived through export and import (into an empty and into a live database)', async () => {
    await ok({ type: 'customer.archive', corpId: A, archived: true });
    const f = await ok({ type: 'data.export' });
    expect(f.customers.find((c: any) => c.corpId === A).archivedAt).toBeGreaterThan(0);
    db = freshDb();
    await ok({ type: 'data.importApply', data: f });
    expect((await db.customers.get(A))?.archivedAt).toBeGreaterThan(0);
    expect((await db.customers.get(B))?.archivedAt).toBeUndefined();
    db = freshDb();
    await ok({ type: 'customer.create', corpId: A, name: '桃花岛' });
    await ok({ type: 'data.importApply', data: f });
    expect((await db.customers.get(A))?.archivedAt).toBeGreaterThan(0);
  });
});
