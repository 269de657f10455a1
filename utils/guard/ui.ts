// The guard's in-page UI: a notice for blocked attempts and a typed-phrase dialog for confirmations.
// Plain DOM in an open shadow root hung off <html> (outside the page's <body>), no framework.
// Not in the every-frame guard bundle: entrypoints/guard-ui.content.ts (top frame) hands
// createGuardUi(texts) to the guard through the isolated world's UI_KEY (utils/guard/ui-api.ts).
import type { GuardAction } from './policy';
import { auditOf, textKey } from './rules';
import { HOST_TAG, type DialogHandle, type GuardUi, type NoticeHandle, type NoticeOptions } from './ui-api';

export { HOST_TAG };

/** Plain strings of the guard UI (utils/guard/texts.ts). */
type PlainText = 'help' | 'orphan' | 'close' | 'prompt' | 'phrase' | 'placeholder' | 'confirm' | 'cancel' | 'hint' | 'gone' | 'again';
export type GuardTexts = Record<PlainText, string> & {
  noticeTitle: Record<GuardAction, string>;
  dialogTitle: Record<GuardAction, string>;
  why: Record<GuardAction, string>;
};

const CSS = `*{box-sizing:border-box;font:14px/1.5 system-ui,sans-serif}
.n,.d{position:fixed;border-radius:6px;box-shadow:0 4px 20px #0005;padding:12px 16px;background:#fff}
.n{top:8px;right:8px;width:min(320px,92vw);padding:8px 30px 8px 12px;pointer-events:none;background:#fff5f5;border-left:5px solid #d93025}.n *{font-size:13px}
b,h2{display:block;margin:0 0 4px;color:#b3261e}p{margin:4px 0}.o{background:#fff4d6}.m,.h{color:#666}
.x{pointer-events:auto;position:absolute;top:2px;right:2px;border:0;background:none;font-size:18px}
.k{position:fixed;inset:0;background:#0007}.d{top:14vh;left:50%;transform:translateX(-50%);width:min(440px,96vw)}
.p{font-weight:700;background:#eee;padding:0 6px}input{display:block;width:100%;height:32px;margin:8px 0}
.b{display:flex;justify-content:flex-end;gap:8px}button{min-width:72px;height:30px}.c{background:#d93025;color:#fff;border:0}.c:disabled{opacity:.4}`;

/** Events from inside our UI must not reach the page's bubbling listeners. */
const CONTAINED = 'click dblclick mousedown mouseup pointerdown pointerup keydown keyup keypress input focusin focusout'.split(' ');

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
}

export function uiRoot(doc: Document): ShadowRoot {
  let host = doc.querySelector(HOST_TAG) as HTMLElement | null;
  if (!host || !host.shadowRoot) {
    host = doc.createElement(HOST_TAG);
    host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647');
    const sr = host.attachShadow({ mode: 'open' });
    sr.append(el(doc, 'style', {}, CSS));
    for (const t of CONTAINED) host.addEventListener(t, (e) => e.stopPropagation());
  }
  // On <html>, not <body>: a page's transformed / filtered <body> would make position:fixed relative to
  // it (a notice scrolled out of view), and a page re-rendering <body> would drop it.
  const parent = doc.documentElement;
  if (host.parentNode !== parent) parent.append(host);
  return host.shadowRoot!;
}


/** How long a notice stays (≥ 3 s is the rule); the orphan notice ("reload the page") stays until closed. */
export const NOTICE_MS = 6_000;

type Box = { x: number; y: number; w: number; h: number };
const CONTROLS = 'input,textarea,select,button,a[href],[role=button],[role=link],[tabindex],[contenteditable]';

/** Boxes (viewport coordinates) the notice must not cover: the page's visible controls and the extension's other UI. */
function obstacles(doc: Document, scope: ParentNode): Box[] {
  const out: Box[] = [];
  const add = (e: Element) => {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push({ x: r.left, y: r.top, w: r.width, h: r.height });
  };
  const list = scope.querySelectorAll(CONTROLS);
  for (let i = 0; i < list.length && i < 600; i++) add(list[i]);
  doc.querySelectorAll('*').forEach((e) => { if (e.localName.startsWith('ec-') && e.localName !== HOST_TAG && e.shadowRoot) Array.from(e.shadowRoot.children).forEach(add); });
  return out;
}

/** The page's open dialog around the control (a role=dialog, <dialog>, or fixed-position layer), if any. */
function modalOf(el: Element): Element | null {
  const d = el.closest('[role=dialog],dialog,[aria-modal=true]');
  if (d) return d;
  for (let n = el.parentElement; n && n !== el.ownerDocument.body; n = n.parentElement) {
    if (el.ownerDocument.defaultView?.getComputedStyle(n).position === 'fixed') return n;
  }
  return null;
}

/** Where the blocked control is, in the coordinates of `doc`'s viewport (it may sit in a same-origin frame). */
function boxIn(doc: Document, el: Element | undefined): Box | null {
  if (!el?.isConnected) return null;
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  try {
    for (let w = el.ownerDocument.defaultView as Window | null; w && w.document !== doc && w.frameElement; w = w.parent) {
      const f = w.frameElement.getBoundingClientRect();
      x += f.left;
      y += f.top;
    }
  } catch { /* cross-origin */ }
  return { x, y, w: r.width, h: r.height };
}

/**
 * Places the notice near the blocked control (below, above, beside), else at a corner: the first
 * spot that covers none of the page's visible controls nor the extension's other UI; failing that,
 * the spot covering fewest.
 */
function place(n: HTMLElement, doc: Document, anchor: Element | undefined): void {
  const vw = doc.documentElement.clientWidth || 1024;
  const vh = doc.documentElement.clientHeight || 768;
  const w = n.offsetWidth || 320;
  const h = n.offsetHeight || 120;
  const a = boxIn(doc, anchor);
  const m = 8;
  const spots: Array<[number, number]> = [];
  if (a) spots.push([a.x, a.y + a.h + m], [a.x, a.y - h - m], [a.x + a.w + m, a.y], [a.x - w - m, a.y]);
  spots.push([vw - w - m, vh - h - m], [m, vh - h - m], [vw - w - m, m], [m, m]);
  const obs = obstacles(doc, (anchor?.ownerDocument === doc && modalOf(anchor)) || doc);
  let best: [number, number] = spots[0];
  let fewest = Infinity;
  for (const [x0, y0] of spots) {
    const x = Math.max(m, Math.min(x0, vw - w - m));
    const y = Math.max(m, Math.min(y0, vh - h - m));
    const hits = obs.filter((b) => b.x < x + w + 4 && b.x + b.w > x - 4 && b.y < y + h + 4 && b.y + b.h > y - 4).length;
    if (hits < fewest) { fewest = hits; best = [x, y]; }
    if (!hits) break;
  }
  n.style.left = best[0] + 'px';
  n.style.top = best[1] + 'px';
}

/** Removes a notice and its listeners. */
export const dropNotice = (n: Element | null | undefined): void => { (n as unknown as { drop?(): void })?.drop?.(); };

/** The notice's title and text for a variant: blocked (default), control gone, click once more. */
function noticeText(T: GuardTexts, action: GuardAction, v: NoticeOptions['variant']): [string, string] {
  if (v === 'again') return [T.dialogTitle[action], T.again];
  return ['⛔ ' + T.noticeTitle[action], v === 'gone' ? T.gone : T.why[action]];
}

/**
 * Shows (replacing any previous one) the notice for a blocked attempt: compact, beside the blocked
 * control without covering the page's controls; gone after NOTICE_MS, on Esc, on a route change
 * (hashchange / popstate) or when closed.
 */
export function showNotice(doc: Document, T: GuardTexts, action: GuardAction, o: NoticeOptions = {}): HTMLElement {
  const sr = uiRoot(doc);
  sr.querySelectorAll('[data-testid="ec-guard-notice"]').forEach(dropNotice);
  const close = el(doc, 'button', { class: 'x', type: 'button', 'aria-label': T.close, 'data-testid': 'ec-guard-notice-close' }, '×');
  const [title, text] = noticeText(T, action, o.variant);
  const n = el(doc, 'div', { class: 'n', role: 'alert', 'data-testid': 'ec-guard-notice', 'data-action': action },
    el(doc, 'b', {}, title),
    el(doc, 'p', {}, text),
    el(doc, 'p', { class: 'm' }, T.help),
    close,
  );
  const win = doc.defaultView as Window & typeof globalThis;
  const at = win.location.href;
  const onRoute = () => { if (win.location.href !== at) drop(); };
  const trusted = (e: Event) => e.isTrusted || !!o.trust?.(e);
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape' && trusted(e)) drop(); };
  const drop = () => {
    n.remove();
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('hashchange', onRoute);
    win.removeEventListener('popstate', onRoute);
  };
  Object.assign(n, { drop });
  close.addEventListener('click', (e) => { if (trusted(e)) drop(); });
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('hashchange', onRoute);
  win.addEventListener('popstate', onRoute);
  sr.append(n);
  try { place(n, doc, o.anchor); } catch { /* keeps the CSS default spot */ }
  if (o.orphan) markOrphan(n, T);
  win.setTimeout(() => { if (!n.querySelector('.o')) drop(); }, NOTICE_MS);
  return n;
}

/** Adds the "extension was updated, reload the page" line to a notice (once). */
export function markOrphan(n: Element, T: GuardTexts): void {
  if (!n.isConnected || n.querySelector('.o')) return;
  n.insertBefore(el(n.ownerDocument, 'p', { class: 'o' }, T.orphan), n.querySelector('.x'));
}


/**
 * The confirm dialog: names the action and its consequence, asks for the phrase to be typed.
 * `done(true)` only from the enabled confirm button or a non-composing Enter once the phrase
 * matches; `done(false)` from 取消 / Esc. Focus is trapped inside while it is open.
 */
export function openDialog(doc: Document, T: GuardTexts, action: GuardAction, o: { orphan?: boolean; trust?: (e: Event) => boolean; returnTo?: Element }, done: (ok: boolean) => void): DialogHandle {
  // Only the user's own events count (issue 15.7): a page script can reach this open shadow root,
  // type the phrase and press 继续, but its events are not trusted.
  const trust = o.trust ?? ((e: Event) => e.isTrusted);
  const sr = uiRoot(doc);
  const host = sr.host as HTMLElement;
  const before = doc.activeElement as HTMLElement | null;
  const input = el(doc, 'input', { type: 'text', 'data-testid': 'ec-guard-input', autocomplete: 'off', placeholder: T.placeholder, 'aria-labelledby': 'ec-g-pr' });
  const cancel = el(doc, 'button', { type: 'button', 'data-testid': 'ec-guard-cancel' }, T.cancel);
  const confirm = el(doc, 'button', { type: 'button', class: 'c', 'data-testid': 'ec-guard-confirm', disabled: '' }, T.confirm);
  const dialog = el(doc, 'div', { class: 'd', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'ec-g-t', 'data-testid': 'ec-guard-dialog', 'data-action': action },
    el(doc, 'h2', { id: 'ec-g-t' }, T.dialogTitle[action]),
    el(doc, 'p', {}, T.why[action]),
    ...(o.orphan ? [el(doc, 'p', { class: 'h' }, T.orphan)] : []),
    el(doc, 'p', { id: 'ec-g-pr' }, T.prompt, el(doc, 'span', { class: 'p', 'data-testid': 'ec-guard-phrase' }, T.phrase)),
    input,
    el(doc, 'p', { class: 'h' }, T.hint),
    el(doc, 'div', { class: 'b' }, cancel, confirm),
  );
  const mask = el(doc, 'div', { class: 'k' }, dialog);
  const want = textKey(T.phrase);
  // The phrase must have been typed by the user: a value a script set (untrusted input) does not count.
  let typed = false;
  const matches = () => typed && textKey(input.value) === want;
  let open = true;

  const finish = (ok: boolean) => {
    if (!open) return;
    close();
    done(ok);
  };
  const close = () => {
    if (!open) return;
    open = false;
    doc.removeEventListener('focusin', trap, true);
    mask.remove();
    // Back where the user was: the element focused before, else (a mouse click, whose mousedown the
    // guard stopped, moved no focus) the control they clicked — never <body>.
    const back = (before && before.isConnected && before !== doc.body ? before : o.returnTo) as HTMLElement | undefined;
    try { back?.focus({ preventScroll: true }); } catch { /* ignore */ }
  };
  const trap = (e: Event) => { if (open && e.target !== host) input.focus(); };
  const sync = (e: Event) => { typed = trust(e); confirm.disabled = !matches(); };

  input.addEventListener('input', sync);
  input.addEventListener('compositionend', sync);
  cancel.addEventListener('click', (e) => { if (trust(e)) finish(false); });
  confirm.addEventListener('click', (e) => { if (trust(e) && matches()) finish(true); });
  dialog.addEventListener('keydown', (e) => {
    if (e.isComposing || e.keyCode === 229 || !trust(e)) return;
    if (e.key === 'Escape') { e.preventDefault(); finish(false); return; }
    if (e.key === 'Enter' && e.target === input) {
      e.preventDefault();
      if (!e.repeat && matches()) finish(true);
      return;
    }
    if (e.key === 'Tab') {
      const items = [input, cancel, confirm].filter((b) => !(b as HTMLButtonElement).disabled);
      const i = items.indexOf(sr.activeElement as HTMLInputElement);
      const next = items[(i + (e.shiftKey ? -1 : 1) + items.length) % items.length];
      e.preventDefault();
      next.focus();
    }
  });
  sr.append(mask);
  doc.addEventListener('focusin', trap, true);
  input.focus();
  return { close };
}

/** The UI the guard calls (through UI_KEY), bound to one language's texts. */
export function createGuardUi(T: GuardTexts): GuardUi {
  return {
    notice(doc, action, o): NoticeHandle {
      const n = showNotice(doc, T, action, o);
      return { drop: () => dropNotice(n), orphan: () => markOrphan(n, T) };
    },
    dialog: (doc, action, o, done) => openDialog(doc, T, action, o, done),
    audit: auditOf,
  };
}
