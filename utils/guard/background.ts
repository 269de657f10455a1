// Guard wiring in the service worker: badge at start-up, and re-injection of the guard into open
// backend tabs after an install / update (the old, orphaned copy stands down when the new one
// announces itself — see utils/guard/runtime.ts).
import { browser } from 'wxt/browser';
import { refreshBadge } from './handlers';
import { LIVE_GUARD_KEY } from './policy';
import { GUARD_UI_SCRIPT } from './ui-api';

/** The built guard content script, as listed in the manifest's content_scripts. */
export const GUARD_SCRIPT = '/content-scripts/guard.js' as const;
export { GUARD_UI_SCRIPT };
export const BACKEND_TABS = 'https://open.work.weixin.qq.com/*';

type ScriptingApi = Pick<typeof browser.scripting, 'executeScript'>;

/** True in a frame whose guard is running and connected to this extension (an orphan answers false). */
function hasLiveGuard(key: string): boolean {
  try {
    const f = (globalThis as Record<string, unknown>)[key];
    return typeof f === 'function' && f() === true;
  } catch {
    return false;
  }
}

/**
 * Injects the guard into the frames of one tab that have no live guard yet (none after an install,
 * only an orphan after an update). Frames with a live guard are left alone, so a guard is never
 * replaced in the middle of a user's gesture; where the top frame gets a guard, it gets the guard's UI too.
 * Returns the number of frames injected.
 */
export async function reinjectTab(scripting: ScriptingApi, tabId: number): Promise<number> {
  const probes = await scripting.executeScript({ target: { tabId, allFrames: true }, func: hasLiveGuard, args: [LIVE_GUARD_KEY] });
  const frameIds = probes.filter((p) => p.result !== true).map((p) => p.frameId);
  if (!frameIds.length) return 0;
  // The top frame's guard UI first (a newer version replaces the orphan's), so the new guards find it.
  if (frameIds.includes(0)) await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [GUARD_UI_SCRIPT], injectImmediately: true });
  await scripting.executeScript({ target: { tabId, frameIds }, files: [GUARD_SCRIPT], injectImmediately: true });
  return frameIds.length;
}

/** Injects the guard where it is missing in every open provider-backend tab; returns the tab count. */
export async function reinjectGuard(): Promise<number> {
  const tabs = await browser.tabs.query({ url: BACKEND_TABS });
  const done = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id == null) return false;
      try {
        await reinjectTab(browser.scripting, tab.id);
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
