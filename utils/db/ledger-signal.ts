// The background's half of the panel's ledger memo (utils/panel/ledger.ts): after every committed
// write to the customers table — the corp id ↔ customer ledger's only source — bump
// LEDGER_GEN_KEY in storage.local, so each panel forgets the verdicts it was told. Dexie reports
// committed writes (its `storagemutated` event, parts named `idb://<db>/<table>/<index>`); several
// reported together are one bump. Wired by entrypoints/background.ts.
import Dexie from 'dexie';
import { LEDGER_GEN_KEY } from '../panel/ledger';

export interface SignalStore {
  set(items: Record<string, unknown>): Promise<void>;
}

/** Does a Dexie mutation report touch the customers table? */
export function touchesCustomers(parts: Record<string, unknown>): boolean {
  return Object.keys(parts).some((p) => p.replace(/^idb:\/\//, '').split('/')[1] === 'customers');
}

/** Start signalling; returns the unsubscribe. */
export function initLedgerSignal(store: SignalStore, now: () => number = Date.now): () => void {
  let queued = false;
  let last = 0;
  const listener = (parts: Record<string, unknown>) => {
    if (queued || !touchesCustomers(parts)) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      last = Math.max(now(), last + 1); // strictly increasing: two bumps in one ms still change the value
      void store.set({ [LEDGER_GEN_KEY]: last }).catch(() => undefined);
    });
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
