// One observer for a content script: a single MutationObserver plus hashchange / popstate, coalesced
// into at most one scan per frame. No polling, no long timers; everything is registered through the
// content-script context so it is torn down when the script is invalidated.
import { debugLog } from '../site/debug';

/** The part of WXT's ContentScriptContext this needs (so unit tests can pass a stand-in). */
export interface WatchContext {
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(cb: () => void): () => void;
  readonly isValid: boolean;
}

/** A WatchContext torn down by an AbortSignal (listeners carry the signal; aborting invalidates). */
export function signalContext(signal: AbortSignal): WatchContext {
  return {
    addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal }),
    onInvalidated(cb) {
      if (signal.aborted) {
        cb();
        return () => undefined;
      }
      signal.addEventListener('abort', cb, { once: true });
      return () => signal.removeEventListener('abort', cb);
    },
    get isValid() {
      return !signal.aborted;
    },
  };
}

export interface PageWatch {
  /** Ask for a scan on the next frame (coalesced). */
  schedule(): void;
  /** Run the scan now (cancels a scheduled one). */
  flush(): void;
  /**
   * Hold scans back until the returned release is called (a wizard fill: its typing must not buy a
   * scan in the very frame its read-back waits for); what changed meanwhile is scanned once then.
   */
  hold(): () => void;
  stop(): void;
}

const ATTRS = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-modal'];

/**
 * Call `scan` once now and then after DOM changes / route changes, at most once per animation
 * frame (or one zero-delay task when the tab is hidden and frames do not run).
 */
export function watchPage(ctx: WatchContext, win: Window, scan: () => void, opts: { ignore?: (n: Node) => boolean } = {}): PageWatch {
  const doc = win.document;
  let pending = false;
  let frame = 0;
  let timer = 0;
  let stopped = false;
  let holds = 0;
  let held = false;

  const run = () => {
    pending = false;
    frame = 0;
    timer = 0;
    if (stopped || !ctx.isValid) return;
    try {
      scan();
    } catch (e) {
      console.error('[EC panel] scan failed', e);
      debugLog('scan', 'page recognition threw', e);
    }
  };
  const schedule = () => {
    if (pending || stopped) return;
    if (holds) {
      held = true;
      return;
    }
    pending = true;
    if (doc.visibilityState === 'visible' && typeof win.requestAnimationFrame === 'function') {
      frame = win.requestAnimationFrame(run);
      // A frame may never come (tab hidden right after); the visibilitychange handler re-schedules.
    } else {
      timer = win.setTimeout(run, 0) as unknown as number;
    }
  };
  const cancel = () => {
    if (frame) win.cancelAnimationFrame(frame);
    if (timer) win.clearTimeout(timer);
    pending = false;
    frame = 0;
    timer = 0;
  };

  const MO = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new MO((records: MutationRecord[]) => {
    if (opts.ignore && records.every((r) => opts.ignore!(r.target))) return;
    schedule();
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRS });

  const onRoute = () => schedule();
  // A frame's content (a login iframe, say) arrives without touching this document: load events
  // do not bubble, but a capture listener on the document sees them.
  ctx.addEventListener(doc, 'load', (e) => {
    if ((e.target as Element | null)?.tagName === 'IFRAME') schedule();
  }, { capture: true });
  ctx.addEventListener(win, 'hashchange', onRoute);
  ctx.addEventListener(win, 'popstate', onRoute);
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (pending && frame && doc.visibilityState !== 'visible') {
      cancel();
      schedule();
    }
  });

  const stop = () => {
    stopped = true;
    observer.disconnect();
    cancel();
  };
  ctx.onInvalidated(stop);
  run();
  return {
    schedule,
    flush: () => {
      cancel();
      run();
    },
    hold: () => {
      holds++;
      if (pending) {
        cancel();
        held = true;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        if (!holds && held) {
          held = false;
          schedule();
        }
      };
    },
    stop,
  };
}
