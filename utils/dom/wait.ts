// Waiting for the page, the one way: after a re-render (nextRender), or until a predicate holds
// (waitFor: checked after each DOM change, never on a polling timer alone), with a time-out and an
// AbortSignal.

/** Resolve after the page had the chance to re-render (microtasks, a macrotask and a frame). */
export function nextRender(win: Window | null | undefined = typeof window !== 'undefined' ? window : undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (win?.requestAnimationFrame && win.document?.visibilityState === 'visible') win.requestAnimationFrame(() => done());
    else setTimeout(done, 0);
  });
}

export interface WaitOptions {
  /** The document whose changes re-check the predicate (default: the global document). */
  doc?: Document;
  /** Give up after this many ms (default 1500). */
  timeout?: number;
  /** Give up when this aborts. */
  signal?: AbortSignal;
}

/**
 * Resolve with predicate()'s first truthy answer — checked after a re-render and then after each DOM
 * change (at the latest every 100 ms, for changes no mutation shows, like a field's value) — or with
 * null after `timeout` ms or when `signal` aborts.
 */
export async function waitFor<T>(predicate: () => T | null | undefined | false, opts: WaitOptions = {}): Promise<T | null> {
  const doc = opts.doc ?? document;
  const { signal } = opts;
  const win = doc.defaultView;
  const end = Date.now() + (opts.timeout ?? 1500);
  await nextRender(win);
  for (;;) {
    if (signal?.aborted) return null;
    const r = predicate();
    if (r) return r;
    if (Date.now() >= end) return null;
    await new Promise<void>((resolve) => {
      const MO = (win as unknown as { MutationObserver?: typeof MutationObserver })?.MutationObserver ?? globalThis.MutationObserver;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        mo?.disconnect();
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        resolve();
      };
      const mo = MO ? new MO(finish) : null;
      mo?.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(finish, Math.max(0, Math.min(100, end - Date.now())));
      signal?.addEventListener('abort', finish, { once: true });
    });
    await nextRender(win);
  }
}
