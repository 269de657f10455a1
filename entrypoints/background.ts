import '@/utils/i18n/zh-all';
import { browser } from 'wxt/browser';
import { createRouter } from '@/utils/background/router';
import { handlers } from '@/utils/background/handlers';
import { initPanelCommands } from '@/utils/panel/commands-background';
import { initGuardBackground } from '@/utils/guard/background';
import { initJourneyBackground } from '@/utils/journey/background';
import { initDataMaintenance } from '@/utils/db/maintenance';
import { initLedgerSignal } from '@/utils/db/ledger-signal';

export default defineBackground(() => {
  const route = createRouter(handlers);
  initPanelCommands();
  initGuardBackground();
  initJourneyBackground();
  initDataMaintenance();
  initLedgerSignal(browser.storage.local);
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const fromExtensionPage = !sender.tab && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
    return route(raw, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.tab?.url ?? sender.url, fromExtensionPage });
  });
});
