// The focus-bundle-input command (Alt+Shift+E), forwarded by the background to this tab: open the
// panel and focus its paste box. Answers false when no panel shows here.
import { browser } from 'wxt/browser';
import { PANEL_FOCUS_MESSAGE } from '@/utils/panel/constants';
import type { Capability } from '@/utils/panel/capabilities/types';

export const focusCommand: Capability = {
  name: 'focus-command',
  init(signal, s) {
    const onMessage = (msg: unknown) => {
      if (!msg || (msg as { type?: string }).type !== PANEL_FOCUS_MESSAGE) return undefined;
      if (!s.ui.mounted()) return Promise.resolve(false);
      s.store.setState((st) => ({ collapsed: false, focusRequest: st.focusRequest + 1 }));
      return Promise.resolve(true);
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  },
};
