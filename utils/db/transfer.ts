// Export and import (merge) of all data. Format documented in docs/export-format.md.
// Import never deletes: a customer present in both keeps the newer value of each field, steps
// merge per step by the newer change, bundles by the newer save, events are appended de-duplicated.
import { z } from 'zod';
import { corpIdSchema, stepIdSchema, stepSourceSchema, stepStatusSchema, storedBundleSchema } from '../messages';
import type { StepId, StepStatus } from '../steps';
import type { BundleRow, CustomerRow, EcDatabase, EventRow, JourneyState, StepRow } from './db';
import { eventRow } from './events';
import { cleanName, nameKey, redactNote, redactSecrets, sanitizeDetail, stripSecretsFromUrl } from './keys';
import { raise, now, readTx, sub, writeTx } from './repo';
import { getDb } from './db';
import { decide, derivedParentStatus, SUB_STEPS } from '../progress/rules';
import { storedBundleProblem, validateStoredBundle } from '../bundle/stored';

export interface ImportOptions {
  /** the allowed-hosts setting: every imported bundle passes the paste rules against it (issue 15.2) */
  allowedHosts?: readonly string[];
  /** false for the batches of a big import: the page logs one import event at the end (importLog) */
  log?: boolean;
}

import { EXPORT_FORMAT, EXPORT_VERSION } from '../export-file/format';
import { EVENT_KINDS, type ExportTable } from '../enums';

export { EXPORT_FORMAT, EXPORT_VERSION };

export interface ExportCustomer {
  corpId: string;
  name: string;
  appIds: string[];
  createdAt: number;
  updatedAt: number;
  touchedAt: number;
  nameAt: number;
  workedAt?: number;
  /** archived customers stay archived through export and import (issue 16.5) */
  archivedAt?: number;
  /** the go-online order and its wait (issue 11): the new machine knows which order to open and when */
  journey?: JourneyState;
}
export interface ExportStep { corpId: string; step: StepId; status: StepStatus; source: StepRow['source']; at: number; note?: string; derived?: boolean }
export interface ExportBundle { corpId: string; savedAt: number; bundle: BundleRow['bundle'] }
export interface ExportEvent { at: number; kind: EventRow['kind']; action: string; outcome?: string; page?: string; corpId?: string; customer?: string; detail?: Record<string, string | number | boolean> }

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  customers: ExportCustomer[];
  steps: ExportStep[];
  bundles: ExportBundle[];
  events: ExportEvent[];
}

const time = z.number().int().nonnegative();
const customerIn = z.object({
  corpId: corpIdSchema,
  name: z.string().trim().min(1).max(200),
  appIds: z.array(z.string().min(1).max(100)).max(1000).optional(),
  createdAt: time.optional(),
  updatedAt: time.optional(),
  touchedAt: time.optional(),
  nameAt: time.optional(),
  workedAt: time.optional(),
  archivedAt: time.optional(),
  journey: z.object({
    order: z.object({ id: z.string().regex(/^au[0-9a-z]{4,60}$/i, 'audit order id'), createdAt: time, seenAt: time }).optional(),
    refusedAt: time.optional(),
    readyAt: time.optional(),
  }).optional(),
});
const stepIn = z.object({ corpId: corpIdSchema, step: stepIdSchema, status: stepStatusSchema, source: stepSourceSchema, at: time, note: z.string().max(2000).optional(), derived: z.boolean().optional() });
const bundleIn = z.object({ corpId: corpIdSchema, savedAt: time, bundle: storedBundleSchema });
const eventIn = z.object({
  at: time,
  kind: z.enum(EVENT_KINDS),
  action: z.string().min(1).max(100),
  outcome: z.string().max(100).optional(),
  page: z.string().max(2000).optional(),
  corpId: z.string().max(100).optional(),
  customer: z.string().max(200).optional(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
const envelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  exportedAt: z.string().optional(),
  customers: z.array(z.unknown()).max(200000),
  steps: z.array(z.unknown()).max(3000000).optional(),
  bundles: z.array(z.unknown()).max(200000).optional(),
  events: z.array(z.unknown()).max(2000000).optional(),
});

// ---------- export ----------

export function customerOut(c: CustomerRow): ExportCustomer {
  const o: ExportCustomer = { corpId: c.corpId, name: c.name, appIds: [...c.appIds], createdAt: c.createdAt, updatedAt: c.updatedAt, touchedAt: c.touchedAt, nameAt: c.nameAt };
  if (c.workedAt) o.workedAt = c.workedAt;
  if (c.archivedAt) o.archivedAt = c.archivedAt;
  const j = journeyOut(c.journey);
  if (j) o.journey = j;
  return o;
}
function journeyOut(j: JourneyState | undefined): JourneyState | undefined {
  if (!j) return undefined;
  const o: JourneyState = {};
  if (j.order) o.order = { id: j.order.id, createdAt: j.order.createdAt, seenAt: j.order.seenAt };
  if (j.refusedAt) o.refusedAt = j.refusedAt;
  if (j.readyAt) o.readyAt = j.readyAt;
  return Object.keys(o).length ? o : undefined;
}
/** The journey after an import: the order seen last, the latest refusal and wait. */
export function mergeJourney(local: JourneyState | undefined, inc: JourneyState | undefined): JourneyState | undefined {
  const l = journeyOut(local);
  const i = journeyOut(inc);
  if (!i) return l;
  if (!l) return i;
  const o: JourneyState = { ...l };
  if (i.order && (!l.order || i.order.seenAt > l.order.seenAt)) o.order = i.order;
  if (i.refusedAt && i.refusedAt > (l.refusedAt ?? 0)) o.refusedAt = i.refusedAt;
  if (i.readyAt && i.readyAt > (l.readyAt ?? 0)) o.readyAt = i.readyAt;
  return o;
}
function stepOut(s: StepRow): ExportStep {
  const o: ExportStep = { corpId: s.corpId, step: s.step, status: s.status, source: s.source, at: s.at };
  if (s.note) o.note = redactNote(s.note); // rows written before notes were redacted on write
  if (s.derived) o.derived = true;
  return o;
}
function eventOut(e: EventRow): ExportEvent {
  const o: ExportEvent = { at: e.at, kind: e.kind, action: e.action };
  for (const k of ['outcome', 'page', 'corpId', 'customer'] as const) if (e[k] != null) o[k] = e[k];
  // rows written by older versions may hold what today's eventRow() would have removed
  if (o.page != null) o.page = stripSecretsFromUrl(o.page);
  if (o.customer != null) o.customer = redactSecrets(o.customer);
  const d = sanitizeDetail(e.detail);
  if (d) o.detail = d;
  return o;
}

export type { ExportTable };

/** One slice of one table, already in export form: a big database leaves the worker in parts, since
 *  one message may not exceed 64 MiB (issue 15.11). `after` is the last key of the previous part. */
export async function exportPart(table: ExportTable, limit: number, after?: unknown): Promise<{ rows: unknown[]; next: unknown | null }> {
  const db = getDb();
  const n = Math.max(1, Math.min(limit, 50_000));
  const t = db.table(table);
  const coll = after === undefined || after === null ? t.orderBy(':id') : t.where(':id').above(after);
  const rows = (await coll.limit(n).toArray()) as never[];
  const keyOf = (r: Record<string, unknown>) => (table === 'steps' ? [r.corpId, r.step] : table === 'events' ? r.id : r.corpId);
  const out = table === 'customers' ? rows.map(customerOut) : table === 'steps' ? rows.map(stepOut) : table === 'events' ? rows.map(eventOut) : (rows as BundleRow[]).map((b) => ({ corpId: b.corpId, savedAt: b.savedAt, bundle: b.bundle }));
  return { rows: out, next: rows.length === n ? keyOf(rows[rows.length - 1]) : null };
}

export async function exportData(): Promise<ExportFile> {
  return readTx(async (db) => {
    const [customers, steps, bundles, events] = await Promise.all([db.customers.toArray(), db.steps.toArray(), db.bundles.toArray(), db.events.toArray()]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      customers: customers.map(customerOut),
      steps: steps.map(stepOut),
      bundles: bundles.map((b) => ({ corpId: b.corpId, savedAt: b.savedAt, bundle: b.bundle })),
      events: events.map(eventOut),
    };
  });
}

// ---------- import ----------

export interface ImportConflict {
  corpId: string;
  name: string;
  field: 'name' | 'corpId' | 'bundle' | `step ${string}`;
  local: string;
  incoming: string;
  kept: 'local' | 'incoming' | 'both';
}

export interface ImportSummary {
  /** customers not stored yet */
  new: number;
  /** stored customers the import changes (a field, a step or the bundle) */
  updated: number;
  /** stored customers the import leaves as they are */
  unchanged: number;
  /** differing values on both sides (listed in conflictItems; the newer one is kept) */
  conflicts: number;
  conflictItems: ImportConflict[];
  /** validation errors: any error refuses the whole import */
  errors: string[];
  /** records left out on purpose (the rest is imported): bundles that fail the paste rules */
  refused: string[];
  steps: { new: number; updated: number };
  bundles: { new: number; updated: number };
  events: { new: number; duplicate: number };
}

interface Parsed {
  customers: z.infer<typeof customerIn>[];
  steps: z.infer<typeof stepIn>[];
  bundles: z.infer<typeof bundleIn>[];
  events: z.infer<typeof eventIn>[];
  errors: string[];
  refused: string[];
}

const RECORD_ZH: Record<string, string> = { customers: '客户', steps: '步骤记录', bundles: '配置', events: '事件' };
const TYPE_ZH: Record<string, string> = { string: '文字', number: '数字', boolean: '是/否', array: '列表', object: '对象' };

/** One validation problem in Chinese: where it is and what is wrong (zod's own text is English). */
export function zhIssue(i: z.core.$ZodIssue | undefined): string {
  if (!i) return '无效';
  const x = i as z.core.$ZodIssue & { expected?: string; input?: unknown; values?: unknown[]; minimum?: unknown; origin?: string };
  const last = i.path[i.path.length - 1];
  // zod does not keep the input: its message tells a missing value from a wrong one
  const missing = x.input === undefined && /received undefined/.test(i.message);
  if (missing) return '缺少此项';
  if (last === 'corpId' || i.message === 'corp id') return '企业 ID 格式不对（应为以 w 开头的 6–41 位字母或数字，如 ww739fc538…）';
  switch (i.code) {
    case 'invalid_type':
      return `类型不对，应为${TYPE_ZH[x.expected ?? ''] ?? x.expected}`;
    case 'too_small':
      return x.origin === 'string' ? '不能为空' : `太小（至少 ${String(x.minimum)}）`;
    case 'too_big':
      return '太长或太大';
    case 'invalid_value':
      return `不是允许的值（可选：${(x.values ?? []).map(String).join(' / ')}）`;
    case 'invalid_format':
      return '格式不对';
    default:
      return `无效（${i.message}）`;
  }
}

const FIELD_ZH: Record<string, string> = {
  corpId: '企业 ID', name: '名称', appIds: '应用 ID', createdAt: '创建时间', updatedAt: '更新时间', touchedAt: '最近活动时间',
  nameAt: '改名时间', workedAt: '最近填写时间', archivedAt: '归档时间', step: '步骤', status: '状态', source: '来源', at: '时间',
  note: '备注', derived: '自动推算', savedAt: '保存时间', bundle: '配置', homepage: '应用主页', trustedDomain: '可信域名',
  menus: '菜单', url: '链接', kind: '类型', action: '动作', outcome: '结果', page: '页面', customer: '客户', detail: '详情',
  format: '格式', version: '版本', customers: '客户列表', steps: '步骤记录', bundles: '配置', events: '事件',
};

/** Where a problem is, in Chinese: 客户第 2 条的企业 ID, 步骤记录第 1 条的状态, 配置第 1 条的菜单第 3 条的链接. */
function issueText(where: string, e: z.ZodError): string {
  const i = e.issues[0];
  const parts: string[] = [];
  const m = /^(customers|steps|bundles|events)\[(\d+)\]$/.exec(where);
  if (m) parts.push(`${RECORD_ZH[m[1]]}第 ${Number(m[2]) + 1} 条`);
  else if (where) parts.push(FIELD_ZH[where] ?? where);
  for (const p of i?.path ?? []) {
    if (typeof p === 'number') parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}第 ${p + 1} 条`;
    else parts.push(FIELD_ZH[String(p)] ?? String(p));
  }
  return `${parts.join('的') || '文件'}：${zhIssue(i)}`;
}

function parseFile(data: unknown, opts: ImportOptions = {}): Parsed {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      raise('import-invalid', '文件不是有效的 JSON');
    }
  }
  const env = envelope.safeParse(data);
  if (!env.success) {
    const isOurs = !!data && typeof data === 'object' && (data as { format?: unknown }).format === EXPORT_FORMAT;
    raise('import-invalid', isOurs ? `导出文件格式有误：${issueText('', env.error)}` : '这不是本扩展导出的数据文件（缺少 format: "ec-helper-export"）');
  }
  if (env.data.version > EXPORT_VERSION) raise('import-version', `导出文件版本 ${env.data.version} 比本扩展支持的版本 ${EXPORT_VERSION} 新，请先升级扩展`);
  if (env.data.version < 1) raise('import-version', `不支持的导出文件版本 ${env.data.version}`);
  const out: Parsed = { customers: [], steps: [], bundles: [], events: [], errors: [], refused: [] };
  const each = <T>(list: unknown[] | undefined, schema: z.ZodType<T>, name: string, into: T[]) => {
    (list ?? []).forEach((x, i) => {
      const r = schema.safeParse(x);
      if (r.success) into.push(r.data);
      else if (out.errors.length < 50) out.errors.push(issueText(`${name}[${i}]`, r.error));
      else if (out.errors.length === 50) out.errors.push('……更多错误未列出');
    });
  };
  each(env.data.customers, customerIn, 'customers', out.customers);
  each(env.data.steps, stepIn, 'steps', out.steps);
  each(env.data.bundles, bundleIn, 'bundles', out.bundles);
  each(env.data.events, eventIn, 'events', out.events);
  const ids = new Set(out.customers.map((c) => c.corpId));
  const seen = new Set<string>();
  for (const c of out.customers) {
    if (seen.has(c.corpId) && out.errors.length < 50) out.errors.push(`客户：企业 ID ${c.corpId} 出现了两次`);
    seen.add(c.corpId);
  }
  for (const b of out.bundles) {
    if (b.bundle.corpId !== b.corpId && out.errors.length < 50) out.errors.push(`bundles: ${b.corpId} 的配置属于另一个企业 ID(${b.bundle.corpId})`);
  }
  out.steps.forEach((s) => ids.has(s.corpId) || (out.errors.length < 50 && out.errors.push(`步骤：企业 ID ${s.corpId} 不在文件的客户列表中`)));
  out.bundles.forEach((b) => ids.has(b.corpId) || (out.errors.length < 50 && out.errors.push(`配置：企业 ID ${b.corpId} 不在文件的客户列表中`)));
  // records of customers the file does not hold are reported above and never merged
  out.steps = out.steps.filter((s) => ids.has(s.corpId));
  out.bundles = out.bundles.filter((b) => ids.has(b.corpId) && b.bundle.corpId === b.corpId);
  // Every bundle passes the same rules as a paste (issue 15.2): https, allowed hosts, one corp id,
  // canonical form. One that fails is left out (its customer and steps still import) and listed.
  out.bundles = out.bundles.filter((b) => {
    const r = validateStoredBundle(b.bundle, opts.allowedHosts);
    if (r.ok) return true;
    if (out.refused.length < 50) out.refused.push(`配置：企业 ID ${b.corpId} 的配置未导入：${storedBundleProblem(r)}`);
    return false;
  });
  return out;
}

function eventKey(e: { at: number; kind: string; action: string; outcome?: string; page?: string; corpId?: string; customer?: string; detail?: Record<string, unknown> }): string {
  const d = e.detail ? JSON.stringify(Object.keys(e.detail).sort().map((k) => [k, e.detail![k]])) : '';
  return [e.at, e.kind, e.action, e.outcome ?? '', e.page ?? '', e.corpId ?? '', e.customer ?? '', d].join('\u0001');
}

const sameBundle = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Plan {
  summary: ImportSummary;
  customers: CustomerRow[];
  steps: StepRow[];
  bundles: BundleRow[];
  events: EventRow[];
}

/** Computes the merge of `p` into the database (inside a transaction) without writing. */
async function plan(db: EcDatabase, p: Parsed): Promise<Plan> {
  const summary: ImportSummary = { new: 0, updated: 0, unchanged: 0, conflicts: 0, conflictItems: [], errors: p.errors, refused: p.refused, steps: { new: 0, updated: 0 }, bundles: { new: 0, updated: 0 }, events: { new: 0, duplicate: 0 } };
  const ids = p.customers.map((c) => c.corpId);
  // Only the rows this file (batch) concerns: a big import comes in many batches (issue 15.11), and
  // reading every customer and every event for each of them would make it quadratic.
  const localCustomers = new Map((await db.customers.bulkGet(ids)).filter((c): c is CustomerRow => !!c).map((c) => [c.corpId, c]));
  const keys = [...new Set(p.customers.map((c) => nameKey(cleanName(c.name))).filter(Boolean))];
  const byNameKey = new Map<string, CustomerRow>();
  if (keys.length) for (const c of await db.customers.where('nameKey').anyOf(keys).toArray()) if (!byNameKey.has(c.nameKey)) byNameKey.set(c.nameKey, c);
  const localSteps = new Map<string, StepRow>();
  if (localCustomers.size) {
    for (const s of await db.steps.where('corpId').anyOf([...localCustomers.keys()]).toArray()) localSteps.set(`${s.corpId}|${s.step}`, s);
  }
  const localBundles = new Map((await db.bundles.bulkGet(ids)).filter((b): b is BundleRow => !!b).map((b) => [b.corpId, b]));
  const conflict = (c: ImportConflict) => {
    summary.conflictItems.push(c);
    summary.conflicts++;
  };

  // customers: per field, the newer value
  const changed = new Map<string, CustomerRow>();
  const touchedIds = new Set<string>();
  for (const inc of p.customers) {
    const name = cleanName(inc.name);
    const upd = inc.updatedAt ?? inc.createdAt ?? 0;
    const local = localCustomers.get(inc.corpId);
    if (!local) {
      const row: CustomerRow = {
        corpId: inc.corpId, name, nameKey: nameKey(name), appIds: [...new Set(inc.appIds ?? [])],
        createdAt: inc.createdAt ?? upd, updatedAt: upd, touchedAt: inc.touchedAt ?? upd, nameAt: inc.nameAt ?? upd, st: {},
      };
      if (inc.workedAt) row.workedAt = inc.workedAt;
      if (inc.archivedAt) row.archivedAt = inc.archivedAt;
      const j = journeyOut(inc.journey);
      if (j) row.journey = j;
      changed.set(row.corpId, row);
      summary.new++;
      const sameName = byNameKey.get(row.nameKey);
      if (sameName && sameName.corpId !== row.corpId) {
        conflict({ corpId: row.corpId, name, field: 'corpId', local: sameName.corpId, incoming: row.corpId, kept: 'both' });
      }
      continue;
    }
    const m: CustomerRow = { ...local, appIds: [...local.appIds], st: { ...local.st } };
    const incNameAt = inc.nameAt ?? upd;
    if (name !== local.name) {
      const incomingWins = incNameAt > local.nameAt;
      if (incomingWins) Object.assign(m, { name, nameKey: nameKey(name), nameAt: incNameAt });
      if (nameKey(name) !== local.nameKey) conflict({ corpId: local.corpId, name: local.name, field: 'name', local: local.name, incoming: name, kept: incomingWins ? 'incoming' : 'local' });
    }
    for (const a of inc.appIds ?? []) if (!m.appIds.includes(a)) m.appIds.push(a);
    if (inc.createdAt != null && inc.createdAt < m.createdAt) m.createdAt = inc.createdAt;
    if (upd > m.updatedAt) m.updatedAt = upd;
    if (inc.touchedAt != null && inc.touchedAt > m.touchedAt) m.touchedAt = inc.touchedAt;
    if (inc.workedAt != null && inc.workedAt > (m.workedAt ?? 0)) m.workedAt = inc.workedAt;
    // an archived customer stays archived (an import never un-archives one)
    if (inc.archivedAt != null && !m.archivedAt) m.archivedAt = inc.archivedAt;
    const j = mergeJourney(local.journey, inc.journey);
    if (j) m.journey = j;
    if (JSON.stringify(customerOut(m)) !== JSON.stringify(customerOut(local))) {
      changed.set(m.corpId, m);
      touchedIds.add(m.corpId);
    }
  }

  // steps: per step, the newer change
  const steps: StepRow[] = [];
  for (const s of p.steps) {
    const local = localSteps.get(`${s.corpId}|${s.step}`);
    if (local && s.at <= local.at) {
      if (local.status !== s.status && s.at === local.at) {
        conflict({ corpId: s.corpId, name: localCustomers.get(s.corpId)?.name ?? s.corpId, field: `step ${s.step}`, local: local.status, incoming: s.status, kept: 'local' });
      }
      continue;
    }
    if (local && local.status !== s.status) {
      conflict({ corpId: s.corpId, name: localCustomers.get(s.corpId)?.name ?? s.corpId, field: `step ${s.step}`, local: local.status, incoming: s.status, kept: 'incoming' });
    }
    if (local && JSON.stringify(stepOut(local)) === JSON.stringify(stepOut(s as StepRow))) continue;
    const row: StepRow = { corpId: s.corpId, step: s.step, status: s.status, source: s.source, at: s.at };
    if (s.note) row.note = redactNote(s.note);
    if (s.derived) row.derived = true;
    steps.push(row);
    if (local) summary.steps.updated++;
    else summary.steps.new++;
    if (localCustomers.has(s.corpId)) touchedIds.add(s.corpId);
  }

  // bundles: the newer save
  const bundles: BundleRow[] = [];
  for (const b of p.bundles) {
    const local = localBundles.get(b.corpId);
    if (local && (b.savedAt <= local.savedAt || sameBundle(local.bundle, b.bundle))) continue;
    if (local) {
      conflict({ corpId: b.corpId, name: localCustomers.get(b.corpId)?.name ?? b.corpId, field: 'bundle', local: new Date(local.savedAt).toISOString(), incoming: new Date(b.savedAt).toISOString(), kept: 'incoming' });
      summary.bundles.updated++;
      touchedIds.add(b.corpId);
    } else {
      summary.bundles.new++;
      if (localCustomers.has(b.corpId)) touchedIds.add(b.corpId);
    }
    bundles.push({ corpId: b.corpId, savedAt: b.savedAt, bundle: b.bundle });
  }

  // step mirrors (`st`) of every customer whose steps change
  const stepsByCorp = new Map<string, StepRow[]>();
  for (const s of steps) stepsByCorp.set(s.corpId, [...(stepsByCorp.get(s.corpId) ?? []), s]);
  for (const [corpId, list] of stepsByCorp) {
    let row = changed.get(corpId);
    if (!row) {
      const local = localCustomers.get(corpId)!;
      row = { ...local, appIds: [...local.appIds], st: { ...local.st } };
      changed.set(corpId, row);
    }
    for (const s of list) {
      if (s.status === 'todo') delete row.st[s.step];
      else row.st[s.step] = s.status;
    }
    // step 1 follows its sub-steps merged from both sides (as it does live), unless set by hand; a
    // customer only the file holds is taken exactly as exported (round trips stay lossless)
    if (localCustomers.has(corpId) && list.some((s) => SUB_STEPS.includes(s.step))) {
      const want = derivedParentStatus(row.st);
      const planned = list.find((s) => s.step === '1');
      const cur = planned ?? localSteps.get(`${corpId}|1`);
      if (want && decide(cur, want, 'import', undefined, { derived: true }).apply) {
        const at = Math.max(cur?.at ?? 0, ...list.filter((s) => SUB_STEPS.includes(s.step)).map((s) => s.at));
        const parent: StepRow = { corpId, step: '1', status: want, source: 'import', derived: true, at };
        if (cur?.note) parent.note = cur.note;
        if (planned) steps.splice(steps.indexOf(planned), 1, parent);
        else steps.push(parent);
        row.st['1'] = want;
      }
    }
  }
  for (const id of localCustomers.keys()) {
    if (touchedIds.has(id)) summary.updated++;
    else summary.unchanged++;
  }

  // events: appended, de-duplicated by content. Counted, not just seen: two identical events (same
  // millisecond, same everything) in the file are both kept when the database holds neither.
  const known = new Map<string, number>();
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of p.events) {
    if (e.at < lo) lo = e.at;
    if (e.at > hi) hi = e.at;
  }
  if (p.events.length) await db.events.where('at').between(lo, hi, true, true).each((e) => {
    let k: string;
    try {
      k = eventKey(eventRow(e, e.at));
    } catch {
      k = eventKey(e);
    }
    known.set(k, (known.get(k) ?? 0) + 1);
  });
  const events: EventRow[] = [];
  for (const e of p.events) {
    const row = eventRow(e, e.at);
    const k = eventKey(row);
    const n = known.get(k) ?? 0;
    if (n > 0) {
      known.set(k, n - 1);
      summary.events.duplicate++;
      continue;
    }
    events.push(row);
  }
  summary.events.new = events.length;
  events.sort((a, b) => a.at - b.at);
  return { summary, customers: [...changed.values()], steps, bundles, events };
}

export async function importPreview(data: unknown, opts: ImportOptions = {}): Promise<ImportSummary> {
  const parsed = parseFile(data, opts);
  return readTx(async (db) => (await sub(db, () => plan(db, parsed), 'r')).summary);
}

export async function importApply(data: unknown, opts: ImportOptions = {}): Promise<ImportSummary & { applied: true; changed: boolean }> {
  const parsed = parseFile(data, opts);
  if (parsed.errors.length) raise('import-invalid', `导入文件有 ${parsed.errors.length} 处错误，未导入任何数据：${parsed.errors[0]}`);
  return writeTx(async (db) => {
    const p = await sub(db, () => plan(db, parsed), 'r');
    await db.customers.bulkPut(p.customers);
    await db.steps.bulkPut(p.steps);
    await db.bundles.bulkPut(p.bundles);
    await db.events.bulkAdd(p.events);
    const s = p.summary;
    // importing a file already merged changes nothing, not even the log
    const changed = p.customers.length + p.steps.length + p.bundles.length + p.events.length > 0;
    if (changed && opts.log !== false) await db.events.add(importEvent(s));
    return { ...s, applied: true as const, changed };
  });
}

export interface ImportTotals { new: number; updated: number; unchanged: number; conflicts: number; events: number; refused: number; batches?: number }

function importEvent(s: ImportSummary): EventRow {
  return eventRow({ kind: 'import', action: 'data.import', outcome: 'applied', detail: { new: s.new, updated: s.updated, unchanged: s.unchanged, conflicts: s.conflicts, events: s.events.new, refused: s.refused.length } }, now());
}

/** The one import event of a batched import (issue 15.11), written after its last batch. */
export async function importLog(t: ImportTotals): Promise<{ eventId: number }> {
  const detail: Record<string, number> = { new: t.new, updated: t.updated, unchanged: t.unchanged, conflicts: t.conflicts, events: t.events, refused: t.refused };
  if (t.batches != null) detail.batches = t.batches;
  const id = (await getDb().events.add(eventRow({ kind: 'import', action: 'data.import', outcome: 'applied', detail }, now()))) as number;
  return { eventId: id };
}
