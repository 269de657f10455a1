// The append-only event log (autofill, guard, step, import events). Module-level API used by the
// background handlers of every feature (the guard codes against appendEvent / listEvents).
// Never stores Token / EncodingAESKey: detail keys matching /token|aes|secret/i are dropped.
import { getDb, type EventKind, type EventRow } from './db';
import { redactSecrets, sanitizeDetail, stripSecretsFromUrl } from './keys';

/** What a feature appends: an event row without its id and time (the log sets both). */
export type EventInput = Omit<EventRow, 'id' | 'at'>;

/** What listEvents returns: a stored row (id set; kind widened for callers that only display it). */
export type EventRecord = Omit<EventRow, 'id' | 'kind'> & { id: number; kind: string };

const KINDS = new Set<EventKind>(['guard', 'autofill', 'step', 'import']);

/** Builds the stored row: trims strings, drops secret detail keys and empty fields. */
export function eventRow(e: EventInput, at = Date.now()): EventRow {
  if (!KINDS.has(e.kind)) throw new Error(`未知的事件类型 / unknown event kind: ${String(e.kind)}`);
  const row: EventRow = { at, kind: e.kind, action: String(e.action).slice(0, 100) };
  if (e.outcome != null) row.outcome = String(e.outcome).slice(0, 100);
  if (e.page != null) row.page = stripSecretsFromUrl(String(e.page)).slice(0, 2000);
  if (e.corpId != null) row.corpId = String(e.corpId).slice(0, 100);
  if (e.customer != null) row.customer = redactSecrets(String(e.customer).slice(0, 200));
  const detail = sanitizeDetail(e.detail);
  if (detail) row.detail = detail;
  return row;
}


/** Appends one event; returns its id. Joins the caller's Dexie transaction when there is one. */
export async function appendEvent(e: EventInput): Promise<number> {
  return (await getDb().events.add(eventRow(e))) as number;
}

/** Events newest first, optionally of one kind ('all' = any) and since a time (ms). */
export async function listEvents(opts: { kind?: string; limit?: number; since?: number } = {}): Promise<EventRecord[]> {
  const db = getDb();
  const limit = Math.max(1, Math.min(opts.limit ?? 500, 100000));
  const since = opts.since ?? -Infinity;
  // Ordered by the time of the event (imported events keep theirs), ties by insertion order.
  const coll = opts.kind && opts.kind !== 'all'
    ? db.events.where('[kind+at]').between([opts.kind, since], [opts.kind, Infinity], true, true)
    : db.events.where('at').aboveOrEqual(since);
  const rows = await coll.reverse().limit(limit).toArray();
  return rows as EventRecord[];
}
