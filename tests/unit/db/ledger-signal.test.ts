// The background bumps the ledger's change signal after committed writes to customers only.
import { describe, it, expect } from 'vitest';
import { freshDb } from '../fakes';
import { initLedgerSignal, touchesCustomers } from '@/utils/db/ledger-signal';
import { LEDGER_GEN_KEY } from '@/utils/panel/ledger';
import { createCustomer } from '@/utils/db/repo';

const tick = () => new Promise((r) => setTimeout(r, 10));

describe('ledger signal', () => {
  it('names the customers table in Dexie mutation reports', () => {
    expect(touchesCustomers({ 'idb://ec-helper/customers/': {}, 'idb://ec-helper/customers/nameKey': {} })).toBe(true);
    expect(touchesCustomers({ 'idb://ec-helper/events/': {} })).toBe(false);
    expect(touchesCustomers({})).toBe(false);
  });

  it('bumps LEDGER_GEN_KEY (strictly increasing) after a customer is written, not for other tables', async () => {
    const db = freshDb();
    const sets: Record<string, unknown>[] = [];
    let clock = 5;
    const stop = initLedgerSignal({ set: async (i) => void sets.push(i) }, () => clock);
    const values = () => sets.map((x) => x[LEDGER_GEN_KEY] as number);
    try {
      await createCustomer('ww3a7c91e0b5d24f68', '光明顶');
      await tick();
      const first = values().length;
      expect(first).toBeGreaterThan(0); // one per committed transaction that wrote customers
      await createCustomer('ww01707cf2a8b83ec5', '归云庄');
      await tick();
      expect(values().length).toBeGreaterThan(first);
      // the clock stood still: the value still changes with every bump
      expect(values()).toEqual(values().map((_, i) => 5 + i));
      // an event only: no bump
      const n = values().length;
      clock = 100;
      await db.events.add({ at: 1, kind: 'autofill', action: 'fill' } as never);
      await tick();
      expect(values().length).toBe(n);
    } finally {
      stop();
    }
    const before = sets.length;
    await createCustomer('ww11111111111111aa', '桃花岛');
    await tick();
    expect(sets.length).toBe(before); // stopped: nothing more
  });
});
