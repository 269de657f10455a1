// Guard wiring in the service worker: badge at start-up, and re-injection of the guard into open
// backend tabs after an install / update (the old, orphaned copy stands down when the new one
// announces itself — see utils/guard/runtime.ts).
import { browser } from 'wxt/browser';
import { refreshBadge } from './handlers';

/** The built guard content script, as listed in the manifest's content_scripts. */
export const GUARD_SCRIPT = '/content-scripts/guard.js' as const;
export const BACKEND_TABS = 'https://open.work.weixin.qq.com/*';

/** Injects the guard into every frame of every open provider-backend tab; returns the tab count. */
export async function reinjectGuard(): Promise<number> {
  const tabs = await browser.tabs.query({ url: BACKEND_TABS });
  const done = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id == null) return false;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [GUARD_SCRIPT], injectImmediately: true });
        return true;
      } catch {
        return false; // a tab that is closing, an error page …
      }
    }),
  );
  return done.filter(Boolean).length;
}

export function initGuardBackground(): void {
  void refreshBadge().catch(() => 0);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectGuard().catch(() => 0);
  });
}
