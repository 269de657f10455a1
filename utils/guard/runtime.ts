// The guard itself: capture-phase listeners on the window that stop every event of a gesture aimed
// at a dangerous control before the page's own handlers run, then notify (block), ask (confirm) or
// let it pass (allow). Extension APIs are injected (send / alive), so unit tests drive it on
// happy-dom and the content script (entrypoints/guard.content.ts) only wires it up.
import { DEFAULT_POLICIES, type GuardAction, type GuardOutcome, type GuardPolicy, type PolicyMap } from './policy';
import { gestureTracker, type Gesture } from './gesture';
import { recognise, type Hit } from './rules';
import { HOST_TAG, UI_KEY, type DialogHandle, type GuardUi, type NoticeHandle, type NoticeOptions } from './ui-api';

/** Every event a click, tap or key press on a control can arrive as. */
export const GUARD_EVENTS = 'pointerdown mousedown touchstart keydown pointerup mouseup touchend keypress keyup click dblclick auxclick submit'.split(' ');

/**
 * Stand-down channel between copies of the guard in one frame (re-injection after an update, or a
 * second executeScript). Each copy hangs a marker element off <html> holding a CLOSED shadow root with
 * one port node; a newer copy opens it with chrome.dom.openOrClosedShadowRoot (extension worlds only)
 * and dispatches STAND_DOWN on the port. The page can neither reach that port nor forge the event:
 * nothing the page can dispatch on document / window makes a guard stop.
 */
export const MARK_TAG = 'ec-guard-mark';
const STAND_DOWN = 'ec-guard-stand-down';

export interface AttemptMessage {
  type: 'guard.attempt';
  action: GuardAction;
  outcome: GuardOutcome;
  page: string;
  label?: string;
  customer?: string;
  gestureId?: string;
}

export interface GuardOptions {
  win: Window;
  /** Sends one audit record to the background; rejects when the extension context is gone. */
  send: (msg: AttemptMessage) => Promise<unknown>;
  /** false once the extension was reloaded / updated under this (now orphaned) script. */
  alive: () => boolean;
  policies?: PolicyMap;
  /** Whether an event in the guard's own dialog / notice is the user's (default: event.isTrusted). */
  trust?: (e: Event) => boolean;
  /** Has the guard UI injected into this frame when none is found (resolves once it is there, or not). */
  loadUi?: () => Promise<unknown>;
  /** Opens a (closed) shadow root: chrome.dom.openOrClosedShadowRoot in the content script. */
  openRoot?: (host: Element) => ShadowRoot | null;
}

export interface GuardInstance {
  readonly token: string;
  setPolicies(p: PolicyMap): void;
  readonly policies: PolicyMap;
  readonly orphaned: boolean;
  readonly stopped: boolean;
  stop(): void;
  onStop(fn: () => void): void;
}

const ACTIVATION_KEYS = /^(Enter| |Spacebar)$/;
const isKeyEvent = (e: Event) => e.type.startsWith('key');
/** How long the guard waits for the one real click after a confirmation it could not replay. */
const PASS_MS = 30_000;
/** A link whose action is its javascript: URL (not the no-op javascript:; / void 0 of handler links). */
const jsLink = (el: Element): boolean => {
  const href = el.closest('a[href]')?.getAttribute('href') ?? '';
  return /^\s*javascript:/i.test(href) && !/^\s*javascript:\s*(void\s*\(?\s*0\s*\)?)?\s*;?\s*$/i.test(href);
};
/** Events that end a gesture: a pending confirm question opens then. */
const END_EVENTS = /^(click|auxclick|dblclick|keyup|touchend|submit)$/;

export function startGuard(o: GuardOptions): GuardInstance {
  const { win } = o;
  const doc = win.document;
  const token = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const track = gestureTracker();
  const openRoot = o.openRoot ?? ((h: Element) => h.shadowRoot);
  let policies: PolicyMap = { ...DEFAULT_POLICIES, ...o.policies };
  let stopped = false;
  let orphaned = false;
  let replaying = 0;
  let notice: NoticeHandle | null | undefined;
  let dialog: (DialogHandle & { cancel(): void }) | null = null;
  const stoppers: Array<() => void> = [];

  /** The top document when it is reachable (same origin), else ours. */
  const topDoc = (): Document => {
    try {
      const top = win.top;
      if (top && top !== win && top.document.documentElement) return top.document;
    } catch { /* cross-origin top */ }
    return doc;
  };
  /**
   * The guard UI, drawing in the top document when reachable: the top frame's (guard-ui.content.ts
   * hangs it on the isolated world's UI_KEY, which same-origin frames of that world share), else one
   * in this frame (injected on demand, see withUi).
   */
  const ui = (): [GuardUi, Document] | undefined => {
    for (const w of [win.top, win]) {
      try {
        const u = (w as unknown as Record<string, GuardUi | undefined>)[UI_KEY];
        if (u) return [u, topDoc()];
      } catch { /* cross-origin top */ }
    }
  };
  let loading: Promise<unknown> | undefined;
  /**
   * Calls `fn` with the UI: at once when it is there, else once the background injected it into this
   * frame (asked once per guard; in order). Without one (orphaned, injection refused) `fn` gets
   * nothing: the attempt was stopped all the same and is still recorded.
   */
  const withUi = (fn: (at?: [GuardUi, Document]) => void) => {
    const at = ui();
    if (at || !o.loadUi || orphaned) return fn(at);
    (loading ??= Promise.resolve().then(o.loadUi).catch(() => 0)).then(() => fn(ui()));
  };
  /** Shows the notice for `hit` (it replaces any earlier one). */
  const showNotice = (hit: Hit, n: NoticeOptions = {}, at = ui()) => {
    notice = at?.[0].notice(at[1], hit.action, { orphan: orphaned, trust: o.trust, anchor: hit.control, ...n });
  };
  const pageUrl = (): string => {
    try { if (win.top && win.top !== win) return win.top.location.href; } catch { /* cross-origin */ }
    return win.location.href;
  };

  const safeAlive = (): boolean => { try { return o.alive(); } catch { return false; } };
  const checkAlive = (): boolean => {
    if (!safeAlive()) setOrphan();
    return !orphaned;
  };
  function setOrphan() {
    if (orphaned) return;
    orphaned = true;
    notice?.orphan();
  }

  /**
   * Records an orphan could not send (extension reloaded, the new worker and guard not up yet): held
   * here, in this isolated world, and handed to the next copy of the guard in this frame through the
   * closed stand-down port, which sends them once (issue 15.6). Never in page-readable storage.
   */
  const queue: AttemptMessage[] = [];
  function deliver(msg: AttemptMessage) {
    if (!checkAlive()) { if (queue.length < 50) queue.push(msg); return; }
    let p: Promise<unknown>;
    try { p = o.send(msg); } catch (e) { p = Promise.reject(e); }
    p.catch((e: unknown) => {
      const m = String((e as Error)?.message ?? e);
      if (/invalidated/i.test(m) || !safeAlive()) { setOrphan(); if (queue.length < 50) queue.push(msg); }
    });
  }

  const record = (hit: Hit, outcome: GuardOutcome, g: Gesture) => withUi((at) => {
    // Label with its field and the page's customer: worded by the guard UI (best effort; without it
    // the row is recorded all the same, with the control's text).
    let a = { label: hit.label, customer: '' };
    try { a = at?.[0].audit(hit, [topDoc(), doc]) ?? a; } catch { /* best effort */ }
    const msg: AttemptMessage = { type: 'guard.attempt', action: hit.action, outcome, page: pageUrl().slice(0, 2000), label: a.label.slice(0, 100), gestureId: `${token}#${g.id}` };
    if (a.customer) msg.customer = a.customer.slice(0, 200);
    deliver(msg);
  });

  function block(hit: Hit, g: Gesture) {
    checkAlive();
    withUi((at) => { if (!stopped) showNotice(hit, {}, at); });
    record(hit, 'blocked', g);
  }

  const ask = (hit: Hit, g: Gesture) => withUi((at) => {
    if (stopped) return;
    if (dialog) dialog.cancel(); // a new attempt replaces an unanswered question
    checkAlive();
    // No UI to ask in: the attempt stays stopped.
    if (!at) return record(hit, 'blocked', g);
    let settled = false;
    const handle = at[0].dialog(at[1], hit.action, { orphan: orphaned, trust: o.trust, returnTo: hit.control }, (ok) => {
      settled = true;
      if (dialog === current) dialog = null;
      if (!ok) return record(hit, 'cancelled', g);
      const target = hit.control.isConnected ? hit.control : refind(hit);
      if (!target) {
        showNotice(hit, { variant: 'gone' }, at);
        return record(hit, 'cancelled', g);
      }
      // A javascript: link cannot be followed from the extension's world (the content-script CSP
      // blocks it): replaying would record `confirmed` for nothing. Ask for one more real click and
      // step aside for exactly that one; record what really happens (issue 15.10).
      if (jsLink(target)) {
        clearPass();
        pass = { control: target, hit, g, timer: setTimeout(() => { if (pass?.control === target) { clearPass(); record(hit, 'cancelled', g); } }, PASS_MS) };
        showNotice(hit, { variant: 'again', anchor: target }, at);
        return;
      }
      record(hit, 'confirmed', g);
      replay(target);
    });
    const current = Object.assign(handle, {
      cancel() { if (!settled) { settled = true; handle.close(); record(hit, 'cancelled', g); } },
    });
    dialog = current;
  });

  /** One real click the guard lets through after a confirmation it could not replay itself. */
  let pass: { control: Element; hit: Hit; g: Gesture; timer: unknown } | null = null;
  const clearPass = () => { if (pass) clearTimeout(pass.timer as number); pass = null; };

  /** The page re-rendered the control while the dialog was open: find its twin by the same rules. */
  function refind(hit: Hit): Element | null {
    const list = doc.querySelectorAll('a,button,input,[role],[tabindex],[onclick]');
    for (let i = 0; i < list.length; i++) {
      const h = recognise(list[i]);
      if (h && h.action === hit.action && h.key === hit.key) return h.control;
    }
    return null;
  }

  /** Replays a real click on `el`, once, with the guard stepping aside for exactly these events. */
  function replay(el: Element) {
    const view = el.ownerDocument.defaultView ?? win;
    const r = el.getBoundingClientRect();
    const base = { bubbles: true, cancelable: true, composed: true, view, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0, detail: 1, pointerId: 1, pointerType: 'mouse', isPrimary: true };
    replaying++;
    try {
      // pointerdown, mousedown (button held), pointerup, mouseup, click (released).
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        const init = { ...base, buttons: type.endsWith('down') ? 1 : 0 };
        el.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
      }
    } finally {
      replaying--;
    }
  }

  /**
   * A confirm question opens when the gesture ends (its click, keyup or submit — or 0.5 s after its
   * first guarded event if none comes), not at pointerdown: a dialog appearing under a pressed
   * mouse would take the release and retarget the click.
   */
  function finalize(g: Gesture) {
    const hit = g.pending as Hit | undefined;
    if (!hit) return;
    g.pending = undefined;
    clearTimeout(g.timer as number);
    if (!stopped) ask(hit, g);
  }

  function onEvent(e: Event) {
    if (stopped || replaying) return;
    const t = e.target as Element | null;
    if (!t || t.nodeType !== 1 || t.localName === HOST_TAG) return; // our own notice / dialog
    const type = e.type;
    const ke = e as KeyboardEvent;
    const isKey = type === 'keydown' || type === 'keyup' || type === 'keypress';
    if (isKey && (ke.isComposing || ke.keyCode === 229)) return;
    // A right / middle press, its auxclick or context menu is not an activation: neither blocked nor
    // logged (the page's own context menu works; issue 15.12).
    if (type === 'auxclick' || ((e as MouseEvent).button > 0 && /^(pointer|mouse)(down|up)$|^click$/.test(type))) return;
    const g = track({ type, pointerType: (e as PointerEvent).pointerType, key: ke.key, repeat: ke.repeat });
    if (!isKey || ACTIVATION_KEYS.test(ke.key)) handle(e, g, t);
    if (g.pending && END_EVENTS.test(type)) finalize(g);
  }

  function handle(e: Event, g: Gesture, t: Element | null) {
    t = e.type === 'submit' ? (e as SubmitEvent).submitter : ((e.composedPath()[0] as Element) ?? t);
    if (!t || t.nodeType !== 1) return;
    let hit: Hit | null = null;
    if (g.lastEl === t) hit = g.lastHit as Hit | null;
    else {
      const raw = t;
      // A closed shadow root hides its inside (composedPath()[0] is its host): open it where the
      // extension can (chrome.dom) and take the element under the pointer / the focused one.
      // Only custom elements are asked (web components; chrome.dom is a costly binding per event).
      for (let d = 0, r: ShadowRoot | null; d < 4 && !t.shadowRoot && t.localName.includes('-') && (r = openRoot(t)); d++) {
        const inner: Element | null = (e as MouseEvent).clientX !== undefined && !isKeyEvent(e) ? r.elementFromPoint?.((e as MouseEvent).clientX, (e as MouseEvent).clientY) ?? null : r.activeElement;
        if (!inner || !r.contains(inner)) break;
        t = inner;
      }
      // From the real target out through the page's own shadow roots (a web component's text may be
      // slotted from its host's light DOM), never into the extension's in-page UI (hosts named ec-…).
      const levels: Element[] = [];
      for (let n: Element | undefined = t; n; n = (n.getRootNode() as ShadowRoot).host) {
        if (n.localName.startsWith('ec-')) return;
        levels.push(n);
      }
      for (let i = 0; i < levels.length && !hit; i++) hit = recognise(levels[i]);
      g.lastEl = raw;
      g.lastHit = hit;
    }
    if (!hit) return;
    if (pass && !g.decisions[hit.action]) {
      const p = pass;
      clearPass();
      if (p.control === hit.control) {
        // The user's click after a confirmation: it goes to the page as it is, recorded once.
        g.decisions[hit.action] = 'allow';
        notice?.drop();
        record(p.hit, 'confirmed', g);
        return;
      }
      record(p.hit, 'cancelled', p.g);
    }
    let policy: GuardPolicy | undefined = g.decisions[hit.action];
    const first = !policy;
    if (!policy) policy = g.decisions[hit.action] = policies[hit.action] ?? 'block';
    if (policy === 'allow') {
      if (first) record(hit, 'allowed', g);
      return;
    }
    // touchstart is listened to passively (scrolling stays smooth): preventDefault there only logs an
    // error; the press is stopped by its mouse / click events anyway.
    if (e.type !== 'touchstart') e.preventDefault();
    e.stopImmediatePropagation();
    if (!first) return;
    if (policy === 'block') block(hit, g);
    else {
      g.pending = hit;
      g.timer = setTimeout(() => finalize(g), 500);
    }
  }

  const opts: AddEventListenerOptions = { capture: true, passive: false };
  const arm = () => { for (const type of GUARD_EVENTS) win.addEventListener(type, onEvent, type === 'touchstart' ? { capture: true, passive: true } : opts); };
  arm();

  // Stand-down: tell older copies in this frame (through their closed ports) to go, then open our own.
  const inherited: AttemptMessage[] = [];
  doc.querySelectorAll(MARK_TAG).forEach((m) => {
    let port: Element | null | undefined;
    try { port = openRoot(m)?.firstElementChild; } catch { /* not ours */ }
    if (!port) return;
    port.dispatchEvent(new Event(STAND_DOWN));
    try { inherited.push(...(JSON.parse(port.getAttribute('data-q') || '[]') as AttemptMessage[])); } catch { /* nothing queued */ }
    port.removeAttribute('data-q');
  });
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute('style', 'display:none');
  const port = doc.createElement('i');
  mark.attachShadow({ mode: 'closed' }).append(port);
  port.addEventListener(STAND_DOWN, () => {
    if (queue.length) port.setAttribute('data-q', JSON.stringify(queue.splice(0)));
    stop();
  });
  for (const m of inherited) deliver(m);
  const plant = () => { const root = doc.documentElement; if (root && mark.parentNode !== root) root.append(mark); };
  plant();
  // document.open() (a page writing an about:blank frame) erases every listener of the window and
  // the document, and replaces <html>: arm again as soon as the document's children change.
  const mo = new (win as unknown as typeof globalThis).MutationObserver(() => { if (!stopped) { arm(); plant(); } });
  mo.observe(doc, { childList: true });

  function stop() {
    if (stopped) return;
    stopped = true;
    for (const type of GUARD_EVENTS) win.removeEventListener(type, onEvent, true);
    mark.remove();
    mo.disconnect();
    if (dialog) { dialog.close(); dialog = null; }
    notice?.drop();
    notice = null;
    clearPass();
    for (const fn of stoppers.splice(0)) { try { fn(); } catch { /* ignore */ } }
  }

  return {
    token,
    get policies() { return policies; },
    get orphaned() { return orphaned; },
    get stopped() { return stopped; },
    setPolicies(p: PolicyMap) { if (!stopped) policies = { ...p }; },
    stop,
    onStop(fn) { if (stopped) fn(); else stoppers.push(fn); },
  };
}

