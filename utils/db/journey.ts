// The customer's journey in the data layer (issue 11): who the page's customer is (by app id, then
// name, then corp id), its checklist, the go-online order (审核编号 and when it was created), the
// wait before the second press, and the customers a template page lists. Stateless like repo.ts.
import { STEPS, type StepId, type StepStatus } from '../steps';
import { getDb, type CustomerRow, type EcDatabase, type JourneyState } from './db';
import { eventRow } from './events';
import { nameKey } from './keys';
import { now, readTx, writeTx } from './repo';
import { plan, readyAt, type Plan } from '../journey/model';
import { companyKey } from '../journey/customer';
import { followups, type Followup, type FollowupSettings } from '../journey/followups';

export type { JourneyState };

export interface JourneyView {
  corpId: string;
  name: string;
  appIds: string[];
  st: Partial<Record<StepId, StepStatus>>;
  plan: Plan;
  hasBundle: boolean;
  homepage?: string;
  order?: JourneyState['order'];
  readyAt?: number;
  /** how the customer was found */
  matchedBy: 'appId' | 'name' | 'corpId';
}

/** Runs a helper as a Dexie sub-transaction of the caller's (plain async helpers lose its zone). */
function inTx<T>(db: EcDatabase, fn: () => Promise<T>): Promise<T> {
  return db.transaction('r', [db.customers], fn) as Promise<T>;
}

function byName(db: EcDatabase, name: string): Promise<CustomerRow | undefined> {
  return inTx(db, () => byNameRaw(db, name));
}

async function byNameRaw(db: EcDatabase, name: string): Promise<CustomerRow | undefined> {
  const exact = await db.customers.where('nameKey').equals(nameKey(name)).toArray();
  if (exact.length) return exact.sort((a, b) => b.touchedAt - a.touchedAt)[0];
  // loosely (有限公司 suffixes, spaces): a scan, only when the exact key found nobody
  const key = companyKey(name);
  if (!key) return undefined;
  let best: CustomerRow | undefined;
  await db.customers.each((c) => {
    if (companyKey(c.name) === key && (!best || c.touchedAt > best.touchedAt)) best = c;
  });
  return best;
}

/** The customer a page belongs to: the name it shows first, then its app id, then a corp id. */
export function findJourneyCustomer(db: EcDatabase, ref: { appId?: string; name?: string; corpId?: string }): Promise<{ row: CustomerRow; matchedBy: JourneyView['matchedBy'] } | null> {
  return inTx(db, () => findRaw(db, ref));
}

async function findRaw(db: EcDatabase, ref: { appId?: string; name?: string; corpId?: string }): Promise<{ row: CustomerRow; matchedBy: JourneyView['matchedBy'] } | null> {
  // The name the page shows first, then its app id, then a corp id (issue 15.9).
  if (ref.name) {
    const c = await byNameRaw(db, ref.name);
    if (c) return { row: c, matchedBy: 'name' };
  }
  if (ref.appId) {
    const hits = await db.customers.where('appIds').equals(ref.appId).toArray();
    if (hits.length) return { row: hits.sort((a, b) => b.touchedAt - a.touchedAt)[0], matchedBy: 'appId' };
  }
  if (ref.corpId) {
    const c = await db.customers.get(ref.corpId);
    if (c) return { row: c, matchedBy: 'corpId' };
  }
  return null;
}

export async function journeyGet(ref: { appId?: string; name?: string; corpId?: string }): Promise<JourneyView | null> {
  return readTx(async (db) => {
    const hit = await findJourneyCustomer(db, ref);
    if (!hit) return null;
    const c = hit.row;
    const b = await db.bundles.get(c.corpId);
    const v: JourneyView = { corpId: c.corpId, name: c.name, appIds: c.appIds, st: { ...c.st }, plan: plan(c.st), hasBundle: !!b, matchedBy: hit.matchedBy };
    if (b?.bundle.homepage) v.homepage = b.bundle.homepage;
    if (c.journey?.order) v.order = c.journey.order;
    if (c.journey?.readyAt) v.readyAt = c.journey.readyAt;
    return v;
  });
}

export interface ListedCustomer {
  name: string;
  corpId?: string;
  st?: Partial<Record<StepId, StepStatus>>;
  plan?: Plan;
}

/** The template page's 授权企业客户 rows, with what progress knows of each (by loose name). */
export async function journeyCustomers(names: string[]): Promise<ListedCustomer[]> {
  return readTx(async (db) => {
    const out: ListedCustomer[] = [];
    for (const name of names.slice(0, 500)) {
      const c = await byName(db, name);
      out.push(c ? { name, corpId: c.corpId, st: { ...c.st }, plan: plan(c.st) } : { name });
    }
    return out;
  });
}

/**
 * A go-online order seen on the page (the list's 待上线 row or the detail): recorded on the customer
 * of that 企业客户 name. `createdAt` is when the user pressed the picker's 确定, if seen; else the
 * first sighting. Unknown customers are reported, nothing is recorded.
 */
export async function journeyOrder(m: { corpName: string; auditOrderId: string; createdAt?: number }, page?: string): Promise<{ recorded: boolean; corpId?: string; order?: JourneyState['order'] }> {
  return writeTx(async (db) => {
    const c = (await byName(db, m.corpName));
    if (!c) return { recorded: false };
    const at = now();
    const j: JourneyState = { ...(c.journey ?? {}) };
    if (j.order?.id === m.auditOrderId) {
      // the same order: keep the earliest creation time known
      if (m.createdAt && m.createdAt < j.order.createdAt) j.order = { ...j.order, createdAt: m.createdAt };
      else return { recorded: false, corpId: c.corpId, order: j.order };
    } else {
      j.order = { id: m.auditOrderId, createdAt: Math.min(m.createdAt ?? at, at), seenAt: at };
      delete j.refusedAt;
      delete j.readyAt;
      await db.events.add(eventRow({ kind: 'step', action: 'deploy.order', corpId: c.corpId, customer: c.name, page, detail: { auditOrderId: m.auditOrderId } }, at));
    }
    c.journey = j;
    c.touchedAt = Math.max(c.touchedAt, at);
    await db.customers.put(c);
    return { recorded: true, corpId: c.corpId, order: j.order };
  });
}

/** The go-online detail answered 当前状态暂不允许上线: when will 提交上线 be accepted? */
export async function journeyRefused(m: { auditOrderId: string; corpName?: string }, page?: string): Promise<{ corpId: string; name: string; readyAt: number; auditOrderId: string } | null> {
  return writeTx(async (db) => {
    let c: CustomerRow | undefined;
    await db.customers.each((x) => {
      if (x.journey?.order?.id === m.auditOrderId) c = x;
    });
    if (!c && m.corpName) c = await byName(db, m.corpName);
    if (!c) return null;
    const at = now();
    const j: JourneyState = { ...(c.journey ?? {}) };
    if (!j.order || j.order.id !== m.auditOrderId) j.order = { id: m.auditOrderId, createdAt: at, seenAt: at };
    j.refusedAt = at;
    j.readyAt = readyAt(j.order.createdAt, at, at);
    c.journey = j;
    await db.customers.put(c);
    await db.events.add(eventRow({ kind: 'step', action: 'deploy.refused', corpId: c.corpId, customer: c.name, page, detail: { auditOrderId: m.auditOrderId, readyAt: j.readyAt } }, at));
    return { corpId: c.corpId, name: c.name, readyAt: j.readyAt, auditOrderId: m.auditOrderId };
  });
}

/** Customers that need a nudge now. */
export async function listFollowups(settings: FollowupSettings, at = Date.now()): Promise<Followup[]> {
  const db = getDb();
  return db.transaction('r', [db.customers, db.steps], async () => {
    const rows = (await db.customers.toArray()) as (CustomerRow & { archived?: boolean })[];
    const waiting = rows.filter((c) => c.st['1d'] === 'doing' || c.st['1f'] === 'doing');
    const times = new Map<string, Partial<Record<StepId, number>>>();
    for (const c of waiting) {
      const steps = await db.steps.where('corpId').equals(c.corpId).toArray();
      times.set(c.corpId, Object.fromEntries(steps.map((s) => [s.step, s.at])));
    }
    return followups(rows.map((c) => ({ corpId: c.corpId, name: c.name, st: c.st, at: times.get(c.corpId) ?? {}, touchedAt: c.touchedAt, archived: !!c.archived })), settings, at);
  });
}

export const CHECKLIST_ACTORS: Record<string, string> = Object.fromEntries(STEPS.map((s) => [s.id, s.actor]));
