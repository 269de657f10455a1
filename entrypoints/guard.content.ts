// The guard (issue 6): stops clicks on 重置二维码, 编辑模板信息, 随机获取 and 回调配置 → 编辑 before the
// page sees them. Every frame, document_start, ≤ 15 KB: no React / zod / Dexie / webextension-polyfill
// (chrome.* through the tiny typed shim below). Logic lives in utils/guard/runtime.ts; this file wires
// it to the extension (policies, messages, lifecycle). The notice / dialog and their texts are not
// here: entrypoints/guard-ui.content.ts (top frame) hands them over (utils/guard/ui-api.ts).
import type { Message } from '@/utils/messages';
import { POLICY_KEY, LIVE_GUARD_KEY, policiesOf } from '@/utils/guard/policy';
import { startGuard } from '@/utils/guard/runtime';

type Area = { get(k: string): Promise<Record<string, unknown>> };
/** The few chrome.* APIs the guard uses (Chrome MV3 promises; Firefox exposes the same as chrome.*). */
interface ChromeShim {
  runtime?: { id?: string; sendMessage(m: unknown): Promise<unknown> };
  storage: { local: Area; managed: Area; onChanged: { addListener(f: (c: Record<string, unknown>, a: string) => void): void; removeListener(f: (c: Record<string, unknown>, a: string) => void): void } };
  dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null };
}

/** The guard, wired (named so the build calls it without WXT's wrapper and options: wxt.config.ts). */
export function main(): void {
  const api = (globalThis as unknown as { chrome: ChromeShim }).chrome;
  const alive = () => !!api.runtime?.id;
  const guard = startGuard({
    win: window,
    alive,
    send: (msg) => api.runtime!.sendMessage(msg satisfies Message),
    // No guard UI reachable (its top is not the backend, or frames do not share the isolated world):
    // the background injects it into this frame (guard.ui).
    loadUi: () => api.runtime!.sendMessage({ type: 'guard.ui' } satisfies Message),
    // The stand-down port of an older copy sits in a closed shadow root only extension worlds open.
    // (Firefox gives content scripts element.openOrClosedShadowRoot() instead of chrome.dom.)
    openRoot: (h) => api.dom?.openOrClosedShadowRoot?.(h) ?? (h as Element & { openOrClosedShadowRoot?(): ShadowRoot | null }).openOrClosedShadowRoot?.() ?? null,
  });
  // Lets the background see that a live guard already runs in this frame (isolated world, not the
  // page), so a re-injection never lands in the middle of a gesture and records it twice. The newest
  // instance owns the key; an orphan's check answers false.
  (globalThis as { [LIVE_GUARD_KEY]?: () => boolean })[LIVE_GUARD_KEY] = alive;

  // Policies: read from storage directly (local = user, managed = administrator), follow changes.
  // The user's choice applies at once; the administrator's (slow first read after start-up) on arrival.
  let seq = 0;
  let managed: unknown;
  const read = async () => {
    const mine = ++seq;
    try {
      const local = (await api.storage.local.get(POLICY_KEY))[POLICY_KEY];
      if (mine === seq) guard.setPolicies(policiesOf(local, managed));
      managed = (await api.storage.managed.get(POLICY_KEY).catch(() => ({}) as Record<string, unknown>))[POLICY_KEY];
      if (mine === seq) guard.setPolicies(policiesOf(local, managed));
    } catch {
      // Orphaned or storage unavailable: keep the policy last known (defaults at worst).
    }
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (POLICY_KEY in changes && (area === 'local' || area === 'managed')) void read();
  };
  void read();
  api.storage.onChanged.addListener(onChanged);
  guard.onStop(() => {
    try { api.storage.onChanged.removeListener(onChanged); } catch { /* orphaned */ }
  });
}

export default defineContentScript({
  matches: ['https://open.work.weixin.qq.com/*'],
  allFrames: true,
  matchAboutBlank: true,
  // blob: frames the page creates itself (blob:https://open.work.weixin.qq.com/…) match by origin.
  matchOriginAsFallback: true,
  runAt: 'document_start',
  // WXT's ctx is deliberately unused (and stubbed out of this bundle, see wxt.config.ts): its
  // invalidation listens to an event any page script can dispatch (wxt:content-script-started),
  // which would switch the guard off. Copies of the guard coordinate through a closed shadow-root
  // port instead (utils/guard/runtime.ts).
  main,
});
