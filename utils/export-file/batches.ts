// Big imports (issue 15.11): the options page parses the file itself and sends it to the worker in
// batches small enough for one message (Chrome refuses messages over 64 MiB). Pure: no Dexie, no
// browser globals, so it runs on the options page and in unit tests.
//
// Guarantee: resumable and idempotent, not one transaction. Every batch is written in one
// transaction; the merge is idempotent (newer value wins, events are de-duplicated), so an import cut
// short (worker stopped, disk full) is completed by importing the same file again, without duplicates.
// Nothing is written before every batch has been checked: one invalid record refuses the whole file.
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';

/** Files larger than this are refused before reading (the page holds the parsed file in memory). */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
/** A batch's JSON size: far below the 64 MiB message limit, small enough for steady progress. */
export const BATCH_BYTES = 2 * 1024 * 1024;
export const BATCH_RECORDS = 4000;

export interface ImportBatch {
  format: typeof EXPORT_FORMAT;
  version: number;
  customers: unknown[];
  steps: unknown[];
  bundles: unknown[];
  events: unknown[];
}

export type SplitResult =
  | { ok: true; batches: ImportBatch[]; records: number }
  | { ok: false; error: string };

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const corpOf = (x: unknown): string | undefined => (isObj(x) && typeof x.corpId === 'string' ? x.corpId : undefined);
const size = (x: unknown): number => {
  try {
    return JSON.stringify(x)?.length ?? 4;
  } catch {
    return 4;
  }
};

/** Refuses what cannot be imported (Chinese message) or splits the file into batches: each customer
 *  travels with all its steps and bundles; events follow, in time order, never splitting one
 *  millisecond's events (identical events are counted within one batch). */
export function splitImport(data: unknown, limits = { bytes: BATCH_BYTES, records: BATCH_RECORDS }): SplitResult {
  if (!isObj(data)) return { ok: false, error: '这不是本扩展导出的数据文件（内容不是一个 JSON 对象）' };
  if (data.format !== EXPORT_FORMAT) return { ok: false, error: '这不是本扩展导出的数据文件（缺少 format: "ec-helper-export"）' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version)) return { ok: false, error: '导出文件格式有误：version 应为整数' };
  if (data.version > EXPORT_VERSION) return { ok: false, error: `导出文件版本 ${data.version} 比本扩展支持的版本 ${EXPORT_VERSION} 新，请先升级扩展` };
  if (data.version < 1) return { ok: false, error: `不支持的导出文件版本 ${data.version}` };
  for (const k of ['customers', 'steps', 'bundles', 'events'] as const) {
    if (data[k] !== undefined && !Array.isArray(data[k])) return { ok: false, error: `导出文件格式有误：${({ customers: '客户', steps: '步骤记录', bundles: '配置', events: '事件' } as const)[k]}（${k}）应为列表` };
  }
  if (!Array.isArray(data.customers)) return { ok: false, error: '导出文件格式有误：缺少客户列表（customers）' };
  const customers = data.customers as unknown[];
  const steps = (data.steps as unknown[] | undefined) ?? [];
  const bundles = (data.bundles as unknown[] | undefined) ?? [];
  const events = (data.events as unknown[] | undefined) ?? [];

  const byCorp = new Map<string, { steps: unknown[]; bundles: unknown[] }>();
  const group = (id: string | undefined) => {
    const k = id ?? '';
    let g = byCorp.get(k);
    if (!g) byCorp.set(k, (g = { steps: [], bundles: [] }));
    return g;
  };
  for (const s of steps) group(corpOf(s)).steps.push(s);
  for (const b of bundles) group(corpOf(b)).bundles.push(b);

  const batches: ImportBatch[] = [];
  let cur: ImportBatch | null = null;
  let bytes = 0;
  let count = 0;
  const fresh = (): ImportBatch => ({ format: EXPORT_FORMAT, version: data.version as number, customers: [], steps: [], bundles: [], events: [] });
  const room = (b: number, n: number) => {
    if (!cur || (count > 0 && (bytes + b > limits.bytes || count + n > limits.records))) {
      cur = fresh();
      batches.push(cur);
      bytes = 0;
      count = 0;
    }
    bytes += b;
    count += n;
    return cur;
  };

  const placed = new Set<string>();
  for (const c of customers) {
    const id = corpOf(c);
    const g = id !== undefined && !placed.has(id) ? byCorp.get(id) : undefined;
    if (id !== undefined) placed.add(id);
    const own = g ? [...g.steps, ...g.bundles] : [];
    const b = room(size(c) + own.reduce((n: number, x) => n + size(x), 0), 1 + own.length);
    b.customers.push(c);
    if (g) {
      b.steps.push(...g.steps);
      b.bundles.push(...g.bundles);
    }
  }
  // steps / bundles of customers the file does not list: sent along so the worker reports them
  const first = batches[0] ?? (batches.push(fresh()), batches[0]);
  for (const [id, g] of byCorp) {
    if (placed.has(id)) continue;
    first.steps.push(...g.steps);
    first.bundles.push(...g.bundles);
  }

  const at = (e: unknown) => (isObj(e) && typeof e.at === 'number' ? e.at : Number.NEGATIVE_INFINITY);
  const sorted = events.map((e, i) => ({ e, i, t: at(e) })).sort((a, b) => a.t - b.t || a.i - b.i);
  cur = null; // events start their own batches
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let b = 0;
    while (j < sorted.length && sorted[j].t === sorted[i].t) b += size(sorted[j++].e);
    const batch = room(b, j - i);
    for (let k = i; k < j; k++) batch.events.push(sorted[k].e);
    i = j;
  }
  return { ok: true, batches, records: customers.length + steps.length + bundles.length + events.length };
}

/** Sums the per-batch import summaries into one (conflict and error lists capped). */
export function sumSummaries<S extends {
  new: number; updated: number; unchanged: number; conflicts: number; conflictItems: unknown[]; errors: string[]; refused: string[];
  steps: { new: number; updated: number }; bundles: { new: number; updated: number }; events: { new: number; duplicate: number };
}>(list: S[]): S {
  const out = structuredClone(list[0]);
  for (const s of list.slice(1)) {
    out.new += s.new;
    out.updated += s.updated;
    out.unchanged += s.unchanged;
    out.conflicts += s.conflicts;
    out.conflictItems.push(...s.conflictItems.slice(0, Math.max(0, 200 - out.conflictItems.length)));
    out.errors.push(...s.errors.slice(0, Math.max(0, 50 - out.errors.length)));
    out.refused.push(...s.refused.slice(0, Math.max(0, 50 - out.refused.length)));
    out.steps.new += s.steps.new;
    out.steps.updated += s.steps.updated;
    out.bundles.new += s.bundles.new;
    out.bundles.updated += s.bundles.updated;
    out.events.new += s.events.new;
    out.events.duplicate += s.events.duplicate;
  }
  return out;
}
