// Customer, step and bundle operations. Every write runs in one Dexie read-write transaction over
// all tables it touches, so concurrent messages serialise and a failure midway leaves nothing
// half-written. No state is kept in memory between calls (the service worker may stop any time).
import { STEPS, STEP_IDS, type StepId, type StepStatus, type StepSource } from '../steps';
import type { StoredBundle } from '../messages';
import { getDb, type CustomerRow, type EcDatabase, type StepRow } from './db';
import { eventRow } from './events';
import { cleanName, nameKey, redactNote } from './keys';
import { decide, derivedParentStatus, SUB_STEPS, summarize, type Summary } from '../progress/rules';
import type { CustomerFilter, DeployStatus } from '../enums';
import { deployEvent, transition, type TransitionEvent } from '../progress/transitions';

export function raise(code: string, message: string): never {
  throw Object.assign(new Error(message), { code });
}

/** Runs `fn` in one read-write transaction over every table. */
export function writeTx<T>(fn: (db: EcDatabase) => Promise<T>): Promise<T> {
  const db = getDb();
  return db.transaction('rw', [db.customers, db.steps, db.bundles, db.events], () => fn(db));
}

/**
 * Runs a helper inside the caller's transaction as a Dexie sub-transaction. Awaiting a plain
 * async helper from a transaction callback can lose Dexie's transaction zone (the helper's later
 * operations would then run in their own transactions); a sub-transaction returns a Dexie promise
 * bound to the same IndexedDB transaction.
 */
export function sub<T>(db: EcDatabase, fn: () => Promise<T>, mode: 'rw' | 'r' = 'rw'): Promise<T> {
  return db.transaction(mode, [db.customers, db.steps, db.bundles, db.events], fn) as Promise<T>;
}

export function readTx<T>(fn: (db: EcDatabase) => Promise<T>): Promise<T> {
  const db = getDb();
  return db.transaction('r', [db.customers, db.steps, db.bundles, db.events], () => fn(db));
}

/** Strictly increasing clock, so two changes in one millisecond still order. */
let lastAt = 0;
export function now(): number {
  const t = Date.now();
  lastAt = t > lastAt ? t : lastAt + 1;
  return lastAt;
}

// ---------- reads ----------

export interface StepView {
  step: StepId;
  parent?: StepId;
  actor: string;
  status: StepStatus;
  source?: StepSource;
  derived?: boolean;
  at?: number;
  note?: string;
}

export interface CustomerDetail {
  customer: { corpId: string; name: string; appIds: string[]; createdAt: number; updatedAt: number; touchedAt: number; archivedAt?: number };
  steps: StepView[];
  bundle: StoredBundle | null;
  bundleSavedAt?: number;
  summary: Summary;
}

export async function getCustomer(corpId: string): Promise<CustomerDetail | null> {
  return readTx(async (db) => {
    const c = await db.customers.get(corpId);
    if (!c) return null;
    const rows = await db.steps.where('corpId').equals(corpId).toArray();
    const by = new Map(rows.map((r) => [r.step, r]));
    const steps: StepView[] = STEPS.map((d) => {
      const r = by.get(d.id);
      const v: StepView = { step: d.id, actor: d.actor, status: r?.status ?? 'todo' };
      if (d.parent) v.parent = d.parent;
      if (r) {
        v.source = r.source;
        v.at = r.at;
        if (r.derived) v.derived = true;
        if (r.note) v.note = r.note;
      }
      return v;
    });
    const b = await db.bundles.get(corpId);
    const detail: CustomerDetail = {
      customer: { corpId: c.corpId, name: c.name, appIds: c.appIds, createdAt: c.createdAt, updatedAt: c.updatedAt, touchedAt: c.touchedAt, ...(c.archivedAt ? { archivedAt: c.archivedAt } : {}) },
      steps,
      bundle: b?.bundle ?? null,
      summary: summarize(c),
    };
    if (b) detail.bundleSavedAt = b.savedAt;
    return detail;
  });
}

/** Summaries, most recently touched first. `query` matches name or corp id (case-insensitive substring). */
export async function listCustomers(opts: { query?: string; filter?: CustomerFilter; limit?: number } = {}): Promise<Summary[]> {
  const db = getDb();
  const q = (opts.query ?? '').trim().toLowerCase();
  const qKey = nameKey(opts.query ?? '');
  const filter = opts.filter ?? 'all';
  if (!q && filter === 'all' && opts.limit && opts.limit <= 500) {
    // a first page: walk the touchedAt index backwards, stop after `limit`
    return (await db.customers.orderBy('touchedAt').reverse().limit(opts.limit).toArray()).map(summarize);
  }
  // everything: one getAll (far faster than a reverse cursor), sorted here
  const rows = await db.customers.toArray();
  rows.sort((a, b) => b.touchedAt - a.touchedAt || (a.corpId < b.corpId ? 1 : a.corpId > b.corpId ? -1 : 0));
  const out: Summary[] = [];
  for (const c of rows) {
    if (q && !(c.name.toLowerCase().includes(q) || c.corpId.toLowerCase().includes(q) || (qKey !== '' && c.nameKey.includes(qKey)))) continue;
    const s = summarize(c);
    if (filter === 'blocked' && !s.blocked) continue;
    if (filter === 'unfinished' && s.progress.done >= s.progress.total) continue;
    out.push(s);
    if (opts.limit && out.length >= opts.limit) break;
  }
  return out;
}

// ---------- writes (call inside writeTx) ----------

function newCustomer(corpId: string, name: string, at: number): CustomerRow {
  const n = cleanName(name);
  return { corpId, name: n, nameKey: nameKey(n), appIds: [], createdAt: at, updatedAt: at, touchedAt: at, nameAt: at, st: {} };
}

function saveBundle(db: EcDatabase, corpId: string, bundle: StoredBundle, at: number): Promise<void> {
  return sub(db, () => saveBundleRaw(db, corpId, bundle, at));
}

async function saveBundleRaw(db: EcDatabase, corpId: string, bundle: StoredBundle, at: number): Promise<void> {
  if (bundle.corpId !== corpId) raise('bundle-corp-mismatch', `配置中的企业 ID（${bundle.corpId}）与客户的企业 ID（${corpId}）不一致`);
  // Only the known fields: never anything else a caller might have attached (e.g. a token).
  const clean: StoredBundle = { corpId: bundle.corpId, menus: bundle.menus.map((m) => ({ name: m.name, url: m.url })) };
  if (bundle.homepage) clean.homepage = bundle.homepage;
  if (bundle.trustedDomain) clean.trustedDomain = bundle.trustedDomain;
  await db.bundles.put({ corpId, bundle: clean, savedAt: at });
}

export interface StepChange {
  applied: boolean;
  step: StepId;
  status: StepStatus;
  /** why an automatic change was not applied */
  reason?: 'same' | 'user-set' | 'backward' | 'held' | 'unknown-customer';
  parent?: { applied: boolean; status: StepStatus };
}

/** Applies one step change to a customer row (mutated in place; the caller saves it). */
function applyStep(db: EcDatabase, c: CustomerRow, step: StepId, status: StepStatus, source: StepSource, opts: { note?: string; derived?: boolean; at: number; page?: string }): Promise<StepChange> {
  return sub(db, () => applyStepRaw(db, c, step, status, source, opts));
}

async function applyStepRaw(
  db: EcDatabase,
  c: CustomerRow,
  step: StepId,
  status: StepStatus,
  source: StepSource,
  opts: { note?: string; derived?: boolean; at: number; page?: string },
): Promise<StepChange> {
  const cur = await db.steps.get([c.corpId, step]);
  const d = decide(cur, status, source, opts.note, { derived: opts.derived });
  if (!d.apply) return { applied: false, step, status: cur?.status ?? 'todo', reason: d.reason };
  const row: StepRow = { corpId: c.corpId, step, status, source, at: opts.at };
  // a note is free text: never store a Token / EncodingAESKey typed or pasted into it (issue 15.4)
  const note = opts.note !== undefined ? redactNote(opts.note.trim()) : cur?.note;
  if (note) row.note = note;
  if (opts.derived) row.derived = true;
  await db.steps.put(row);
  if (status === 'todo') delete c.st[step];
  else c.st[step] = status;
  c.touchedAt = Math.max(c.touchedAt, opts.at);
  c.updatedAt = Math.max(c.updatedAt, opts.at);
  const detail: Record<string, string | boolean> = { step, source, from: cur?.status ?? 'todo' };
  if (opts.derived) detail.derived = true;
  await db.events.add(eventRow({ kind: 'step', action: 'step.set', outcome: status, corpId: c.corpId, customer: c.name, page: opts.page, detail }, opts.at));
  const change: StepChange = { applied: true, step, status };
  if (SUB_STEPS.includes(step)) {
    const want = derivedParentStatus(c.st);
    if (want) {
      const p = await applyStep(db, c, '1', want, source, { at: opts.at, derived: true, page: opts.page });
      change.parent = { applied: p.applied, status: p.status };
    }
  }
  return change;
}

export async function setStep(corpId: string, step: StepId, status: StepStatus, source: StepSource, note?: string, page?: string): Promise<StepChange> {
  return writeTx(async (db) => {
    const c = await db.customers.get(corpId);
    if (!c) raise('not-found', `未找到企业 ID 为 ${corpId} 的客户`);
    const change = await applyStep(db, c, step, status, source, { note, at: now(), page });
    if (change.applied) await db.customers.put(c);
    return change;
  });
}

/** Several automatic step changes on one customer (found by app id, else corp id) in one transaction. */
async function autoSteps(ref: { appId?: string; corpId?: string }, event: TransitionEvent, page?: string): Promise<{ corpId: string | null; changes: StepChange[] }> {
  const { steps: changes, source } = transition(event);
  return writeTx(async (db) => {
    const c = await resolveCustomer(db, ref);
    if (!c) return { corpId: null, changes: changes.map(([step]) => ({ applied: false, step, status: 'todo' as StepStatus, reason: 'unknown-customer' as const })) };
    const at = now();
    const out: StepChange[] = [];
    for (const [step, status] of changes) out.push(await applyStep(db, c, step, status, source, { at, page }));
    c.touchedAt = Math.max(c.touchedAt, at);
    await db.customers.put(c);
    return { corpId: c.corpId, changes: out };
  });
}

function resolveCustomer(db: EcDatabase, ref: { appId?: string; corpId?: string }): Promise<CustomerRow | undefined> {
  return sub(db, () => resolveCustomerRaw(db, ref), 'r');
}

async function resolveCustomerRaw(db: EcDatabase, ref: { appId?: string; corpId?: string }): Promise<CustomerRow | undefined> {
  if (ref.appId) {
    const hits = await db.customers.where('appIds').equals(ref.appId).toArray();
    if (hits.length) return hits.sort((a, b) => b.touchedAt - a.touchedAt)[0];
  }
  if (ref.corpId) return db.customers.get(ref.corpId);
  return undefined;
}

export const menusSaved = (ref: { appId?: string; corpId?: string }, page?: string) => autoSteps(ref, 'menus.saved', page);
export const permissionsConfirmed = (ref: { appId?: string; corpId?: string }, page?: string) => autoSteps(ref, 'permissions.confirmed', page);

export async function createCustomer(corpId: string, name: string, bundle?: StoredBundle): Promise<CustomerDetail> {
  await writeTx(async (db) => {
    const at = now();
    const existing = await db.customers.get(corpId);
    const n = cleanName(name);
    if (existing) {
      if (existing.nameKey !== nameKey(n)) {
        raise('corp-other-customer', `企业 ID ${corpId} 已记录为客户「${existing.name}」，不能再记为「${n}」`);
      }
      if (bundle) {
        await saveBundle(db, corpId, bundle, at);
        existing.touchedAt = at;
        existing.updatedAt = at;
        await db.customers.put(existing);
      }
      return;
    }
    const c = newCustomer(corpId, n, at);
    await db.customers.add(c);
    if (bundle) await saveBundle(db, corpId, bundle, at);
    await db.events.add(eventRow({ kind: 'step', action: 'customer.create', corpId, customer: c.name, detail: { bundle: !!bundle } }, at));
  });
  return (await getCustomer(corpId))!;
}

export async function renameCustomer(corpId: string, name: string): Promise<CustomerDetail> {
  await writeTx(async (db) => {
    const c = await db.customers.get(corpId);
    if (!c) raise('not-found', `未找到企业 ID 为 ${corpId} 的客户`);
    const n = cleanName(name);
    if (n === c.name) return;
    const at = now();
    const previous = c.name;
    Object.assign(c, { name: n, nameKey: nameKey(n), nameAt: at, updatedAt: at, touchedAt: at });
    await db.customers.put(c);
    await db.events.add(eventRow({ kind: 'step', action: 'customer.rename', corpId, customer: n, detail: { previousName: previous } }, at));
  });
  return (await getCustomer(corpId))!;
}

export type LedgerResult =
  | { ok: true }
  | { ok: false; reason: 'corp-other-customer'; otherName: string }
  | { ok: false; reason: 'customer-other-corp'; otherCorpId: string; otherName: string };

/** Is this corp id ↔ customer name / app id pairing consistent with what is recorded? */
export async function ledgerCheck(corpId: string, name?: string, appId?: string): Promise<LedgerResult> {
  return readTx(async (db) => {
    const key = name ? nameKey(name) : '';
    const byCorp = await db.customers.get(corpId);
    if (byCorp && key && byCorp.nameKey !== key) return { ok: false, reason: 'corp-other-customer', otherName: byCorp.name };
    if (key) {
      const same = await db.customers.where('nameKey').equals(key).toArray();
      const other = same.find((c) => c.corpId !== corpId);
      if (other && !same.some((c) => c.corpId === corpId)) return { ok: false, reason: 'customer-other-corp', otherCorpId: other.corpId, otherName: other.name };
    }
    if (appId) {
      const hits = await db.customers.where('appIds').equals(appId).toArray();
      const other = hits.find((c) => c.corpId !== corpId);
      if (other) return { ok: false, reason: 'customer-other-corp', otherCorpId: other.corpId, otherName: other.name };
    }
    return { ok: true };
  });
}

export async function fillDone(msg: { page: string; corpId: string; name?: string; appId?: string; status: string; override?: boolean; fields?: Record<string, string> }): Promise<{ eventId: number }> {
  return writeTx(async (db) => {
    const at = now();
    const detail: Record<string, string | boolean> = { override: !!msg.override };
    if (msg.appId) detail.appId = msg.appId;
    for (const [field, result] of Object.entries(msg.fields ?? {})) {
      // field name → result only; anything that is not a result word could be a value: dropped
      if (/^(filled|unchanged|kept|failed)$/.test(result)) detail[`field.${field}`] = result;
    }
    const c = await db.customers.get(msg.corpId);
    if (c) {
      c.touchedAt = Math.max(c.touchedAt, at);
      c.workedAt = at;
      await db.customers.put(c);
    }
    const id = (await db.events.add(eventRow({ kind: 'autofill', action: 'fill', outcome: msg.status, page: msg.page, corpId: msg.corpId, customer: msg.name ?? c?.name, detail }, at))) as number;
    return { eventId: id };
  });
}

export async function wizardCompleted(msg: { corpId: string; name: string; appId?: string; bundle: StoredBundle }): Promise<CustomerDetail> {
  await writeTx(async (db) => {
    const at = now();
    const n = cleanName(msg.name);
    let c = await db.customers.get(msg.corpId);
    const detail: Record<string, string> = {};
    if (!c) {
      c = newCustomer(msg.corpId, n, at);
      await db.customers.add(c);
    } else if (c.nameKey !== nameKey(n)) {
      // the page names the customer: its 企业客户 value is the truth once 完成 was accepted
      detail.previousName = c.name;
      Object.assign(c, { name: n, nameKey: nameKey(n), nameAt: at });
    }
    if (msg.appId && !c.appIds.includes(msg.appId)) c.appIds = [...c.appIds, msg.appId];
    const done = transition('wizard.completed');
    for (const [step, status] of done.steps) await applyStep(db, c, step, status, done.source, { at });
    await saveBundle(db, msg.corpId, msg.bundle, at);
    Object.assign(c, { touchedAt: at, updatedAt: at, workedAt: at });
    await db.customers.put(c);
    if (msg.appId) detail.appId = msg.appId;
    await db.events.add(eventRow({ kind: 'autofill', action: 'wizard.completed', outcome: 'done', corpId: msg.corpId, customer: c.name, detail }, at));
  });
  return (await getCustomer(msg.corpId))!;
}

export type BundleMatch = { corpId: string; name: string; bundle: StoredBundle; matchedBy: 'appId' | 'corpId' | 'recent' } | null;

/** The stored bundle for an app id, else a corp id, else the customer most recently filled/completed. */
export async function findBundle(ref: { appId?: string; corpId?: string }): Promise<BundleMatch> {
  return readTx(async (db) => {
    let c: CustomerRow | undefined;
    let matchedBy: 'appId' | 'corpId' | 'recent' = 'appId';
    if (ref.appId) {
      const hits = await db.customers.where('appIds').equals(ref.appId).toArray();
      c = hits.sort((a, b) => b.touchedAt - a.touchedAt)[0];
    }
    if (!c && ref.corpId) {
      c = await db.customers.get(ref.corpId);
      matchedBy = 'corpId';
    }
    if (c) {
      // a known customer without a bundle: never hand out another customer's bundle instead
      const b = await db.bundles.get(c.corpId);
      return b ? { corpId: c.corpId, name: c.name, bundle: b.bundle, matchedBy } : null;
    }
    let best: CustomerRow | undefined;
    await db.customers.each((x) => {
      if (x.workedAt && (!best || x.workedAt > (best.workedAt ?? 0))) best = x;
    });
    if (!best) return null;
    const b = await db.bundles.get(best.corpId);
    return b ? { corpId: best.corpId, name: best.name, bundle: b.bundle, matchedBy: 'recent' } : null;
  });
}

/** The go-online list was read: 已上线 → 1f done, 待上线 → 1f doing, for customers of that name. */
export async function deployObserved(rows: { corpName: string; status: DeployStatus }[], page?: string): Promise<{ rows: number; matched: number; applied: number }> {
  const best = new Map<string, TransitionEvent>();
  for (const r of rows) {
    const k = nameKey(r.corpName);
    if (!k) continue;
    if (best.get(k) !== 'deploy.online') best.set(k, deployEvent(r.status));
  }
  return writeTx(async (db) => {
    let matched = 0;
    let applied = 0;
    const at = now();
    for (const [k, event] of best) {
      const customers = await db.customers.where('nameKey').equals(k).toArray();
      const { steps, source } = transition(event);
      for (const c of customers) {
        matched++;
        let changed = false;
        for (const [step, status] of steps) changed = (await applyStep(db, c, step, status, source, { at, page })).applied || changed;
        if (changed) {
          applied++;
          await db.customers.put(c);
        }
      }
    }
    return { rows: rows.length, matched, applied };
  });
}

export const ALL_STEPS: readonly StepId[] = STEP_IDS;
