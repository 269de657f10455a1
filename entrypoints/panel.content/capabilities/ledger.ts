// The ledger memo's change signal (utils/panel/ledger.ts): when the background bumps LEDGER_GEN_KEY
// (a customer was written, in any tab or the options page), the verdicts this panel was told are
// forgotten and the last question is asked again.
import { browser } from 'wxt/browser';
import { LEDGER_GEN_KEY } from '@/utils/panel/ledger';
import type { Capability } from '@/utils/panel/capabilities/types';

export const ledgerSignal: Capability = {
  name: 'ledger-signal',
  init(signal, s) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LEDGER_GEN_KEY in changes) s.ledger.invalidate();
    };
    browser.storage.onChanged.addListener(onChanged);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  },
};
