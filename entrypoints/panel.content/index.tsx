// The in-page panel (issues 4/5): top frame only, React in an open shadow root on panel pages.
// Thin entrypoint: it mounts the capability registry (./capabilities, utils/panel/capabilities) with
// one AbortController tied to WXT's ctx, so everything is torn down on invalidation.
import { registerMessages } from '@/utils/i18n';
import zhPanel from '@/assets/locales/zh_CN/panel.json';
import zhMenus from '@/assets/locales/zh_CN/menus.json';
import zhJourney from '@/assets/locales/zh_CN/journey.json';
import zhTeach from '@/assets/locales/zh_CN/teach.json';
import { PANEL_LOADED_KEY } from '@/utils/panel/constants';
import { sharedParses } from '@/utils/panel/parse-port';
import { startCapabilities } from '@/utils/panel/capabilities/registry';
import { send } from '@/utils/rpc';
import { createPanelStore, pushNotice } from '@/components/panel/store';
import { panelCapabilities } from './capabilities';

// 简体中文 first, whatever Chromium's own UI language resources are (only the panel's fragments:
// the parser runs in the background, which registers the rest).
registerMessages(zhPanel, zhMenus, zhJourney, zhTeach);

// Loaded only where a panel can show (issue 14): the page script (progress.content.ts) asks the
// background, which injects this file with `scripting` into the tab's top frame, once per document.
export default defineContentScript({
  matches: ['https://open.work.weixin.qq.com/*'],
  allFrames: false,
  registration: 'runtime',
  main(ctx) {
    if (window.top !== window) return; // top frame only
    const g = globalThis as Record<string, unknown>;
    if (g[PANEL_LOADED_KEY]) return;
    g[PANEL_LOADED_KEY] = true;
    const life = new AbortController();
    ctx.onInvalidated(() => {
      g[PANEL_LOADED_KEY] = false;
      life.abort();
    });
    const store = createPanelStore();
    startCapabilities(panelCapabilities(ctx), life.signal, {
      win: window,
      doc: document,
      store,
      send,
      now: () => Date.now(),
      parse: sharedParses(),
      notify: (n) => pushNotice(store, n),
    });
  },
});
