// The corp id ↔ customer ledger as the panel asks it (issue 14: 填写 → verified report ≤ 25 ms).
// Asking the background costs a round trip and a Dexie read (~20 ms), so the panel asks before the
// press — when a paste is previewed, when the pointer or focus enters the panel — and the press
// uses that answer. An answer is kept until the customers change: the background bumps
// LEDGER_GEN_KEY in storage.local after every committed write to its customers table (the ledger's
// only source, utils/db/ledger-signal.ts), and every panel then forgets what it was told and asks
// again. A failed ask (background unreachable) is never kept. Pure: the sender and the clock are
// injected.
import type { LedgerVerdict, Send } from '../dto';
import type { Reply } from '../messages';

/** storage.local key the background bumps when the customers (and so the ledger) changed. */
export const LEDGER_GEN_KEY = 'ec.ledgerGen';

export interface LedgerQuery {
  corpId: string;
  name?: string | null;
  appId?: string | null;
}

export type LedgerReply = Reply<LedgerVerdict>;

export interface LedgerMemo {
  /** The verdict for `q`: the kept answer when there is a fresh one, else the background's. */
  check(q: LedgerQuery): Promise<LedgerReply>;
  /** Ask now so a later check() finds the answer kept (no-op when one is kept or asked for). */
  prefetch(q: LedgerQuery): void;
  /** The customers changed: forget every answer, and ask again for the last question. */
  invalidate(): void;
  /** Is an answer (or a pending ask) kept for `q`? (tests, bench) */
  has(q: LedgerQuery): boolean;
}

/** Longest an answer is kept even without a change signal (a signal lost with a stopped worker). */
export const LEDGER_TTL_MS = 5 * 60_000;
const KEEP = 16;

const keyOf = (q: LedgerQuery) => `${q.corpId}\u0000${q.name?.trim() ?? ''}\u0000${q.appId ?? ''}`;

export function ledgerMemo(send: Send, now: () => number = Date.now, ttlMs = LEDGER_TTL_MS): LedgerMemo {
  const kept = new Map<string, { at: number; reply: Promise<LedgerReply> }>();
  let last: LedgerQuery | null = null;

  const ask = (q: LedgerQuery) => {
    const name = q.name?.trim();
    const reply = send({ type: 'ledger.check', corpId: q.corpId, ...(name ? { name } : {}), ...(q.appId ? { appId: q.appId } : {}) });
    const key = keyOf(q);
    const entry = { at: now(), reply };
    kept.set(key, entry);
    if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
    // an answer that is not a verdict (unreachable, refused message) is not kept
    void reply.then(
      (r) => {
        if (!r.ok && kept.get(key) === entry) kept.delete(key);
      },
      () => {
        if (kept.get(key) === entry) kept.delete(key);
      },
    );
    return entry;
  };

  const fresh = (q: LedgerQuery) => {
    const e = kept.get(keyOf(q));
    return e && now() - e.at < ttlMs ? e : null;
  };

  return {
    check(q) {
      last = q;
      return (fresh(q) ?? ask(q)).reply;
    },
    prefetch(q) {
      last = q;
      if (!fresh(q)) ask(q);
    },
    invalidate() {
      kept.clear();
      if (last) ask(last);
    },
    has: (q) => !!fresh(q),
  };
}
