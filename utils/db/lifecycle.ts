// Cleaning up (issue 16.5): archive / delete one customer, trim the event log by age, CSV exports.
// Every write is one transaction; a customer's delete touches only rows keyed by its corp id.
import { getDb, type CustomerRow } from './db';
import { eventRow } from './events';
import { raise, now, readTx, writeTx } from './repo';
import { auditCsv, progressCsv } from './csv';

const DAY = 86_400_000;

export interface CustomerImpact { corpId: string; name: string; steps: number; bundle: boolean; events: number; archived: boolean }

/** What deleting a customer would remove (the in-page confirmation says it). */
export async function customerImpact(corpId: string): Promise<CustomerImpact> {
  return readTx(async (db) => {
    const c = await db.customers.get(corpId);
    if (!c) raise('not-found', `未找到企业 ID 为 ${corpId} 的客户`);
    const [steps, bundle, events] = await Promise.all([
      db.steps.where('corpId').equals(corpId).count(),
      db.bundles.get(corpId),
      db.events.where('corpId').equals(corpId).count(),
    ]);
    return { corpId, name: c.name, steps, bundle: !!bundle, events, archived: !!c.archivedAt };
  });
}

/** Archives (hidden from the popup list by default) or restores a customer. Nothing is deleted. */
export async function archiveCustomer(corpId: string, archived: boolean): Promise<{ corpId: string; archivedAt: number | null }> {
  return writeTx(async (db) => {
    const c = await db.customers.get(corpId);
    if (!c) raise('not-found', `未找到企业 ID 为 ${corpId} 的客户`);
    if (!!c.archivedAt === archived) return { corpId, archivedAt: c.archivedAt ?? null };
    const at = now();
    const next: CustomerRow = { ...c, updatedAt: at };
    if (archived) next.archivedAt = at;
    else delete next.archivedAt;
    await db.customers.put(next);
    await db.events.add(eventRow({ kind: 'step', action: archived ? 'customer.archive' : 'customer.unarchive', corpId, customer: c.name }, at));
    return { corpId, archivedAt: next.archivedAt ?? null };
  });
}

/** Deletes a customer with its steps, bundle and events — only rows keyed by this corp id — and
 *  logs the deletion (one event without any of the customer's data but its corp id and name). */
export async function deleteCustomer(corpId: string): Promise<{ steps: number; bundles: number; events: number }> {
  return writeTx(async (db) => {
    const c = await db.customers.get(corpId);
    if (!c) raise('not-found', `未找到企业 ID 为 ${corpId} 的客户`);
    const steps = await db.steps.where('corpId').equals(corpId).delete();
    const bundles = (await db.bundles.get(corpId)) ? 1 : 0;
    await db.bundles.delete(corpId);
    const events = await db.events.where('corpId').equals(corpId).delete();
    await db.customers.delete(corpId);
    await db.events.add(eventRow({ kind: 'step', action: 'customer.delete', corpId, customer: c.name, detail: { steps, bundles, events } }, now()));
    return { steps, bundles, events };
  });
}

/** Deletes events older than `days` days (0 or less: keeps everything). Returns how many went. */
export async function trimEvents(days: number, at = Date.now()): Promise<{ deleted: number; before: number | null }> {
  if (!(days > 0)) return { deleted: 0, before: null };
  const before = at - Math.round(days) * DAY;
  const db = getDb();
  const deleted = await db.transaction('rw', db.events, () => db.events.where('at').below(before).delete());
  return { deleted, before };
}

/** The audit log or the progress table as CSV text (UTF-8 with BOM). */
export async function exportCsv(which: 'audit' | 'progress', stepLabel?: (id: string) => string): Promise<{ csv: string; rows: number }> {
  return readTx(async (db) => {
    if (which === 'audit') {
      const events = await db.events.toArray();
      return { csv: auditCsv(events), rows: events.length };
    }
    const [customers, steps] = await Promise.all([db.customers.toArray(), db.steps.toArray()]);
    return { csv: progressCsv(customers, steps, stepLabel), rows: customers.length };
  });
}
