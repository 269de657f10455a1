// DOM primitives shared by every autofill: find what the user sees, type like a user, read back.
// No extension APIs here — only the DOM — so unit tests run it on happy-dom snapshots. Text and
// waiting come from utils/dom/.
import { boundedText, labelCap, labelKey } from '../dom/text';

type VisibilityElement = Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean };

/** True when the element is rendered and not hidden by CSS, `hidden` or a closed ancestor. */
export function isVisible(el: Element | null | undefined): boolean {
  if (!el || !el.isConnected) return false;
  const v = el as VisibilityElement;
  const win = el.ownerDocument?.defaultView;
  // Real browsers: layout knows best.
  if (typeof v.checkVisibility === 'function' && hasLayout(el)) {
    if (el.getClientRects().length === 0) return false;
    if (!v.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, contentVisibilityAuto: true })) return false;
    return !offScreen(el);
  }
  // No layout engine (unit tests): walk up the tree.
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden')) return false;
    if (n.getAttribute('aria-hidden') === 'true' && n !== el.ownerDocument?.documentElement) return false;
    const cs = win?.getComputedStyle(n);
    if (cs && (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0')) return false;
  }
  return true;
}

/**
 * Pushed out of the document where no scrolling reaches it (`left:-10000px` measuring clones,
 * off-screen copies): wholly left of or above the document's origin.
 */
export function offScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const win = el.ownerDocument?.defaultView;
  return r.right + (win?.scrollX ?? 0) < 0 || r.bottom + (win?.scrollY ?? 0) < 0;
}

export function hasLayout(el: Element): boolean {
  // happy-dom reports zero-sized rects for everything; Chromium gives the body a box.
  const body = el.ownerDocument?.body;
  return !!body && body.getClientRects().length > 0 && body.getBoundingClientRect().width > 0;
}

export type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_TYPES = new Set(['', 'text', 'url', 'search', 'email', 'tel', 'number', 'password']);

export function isTextField(el: Element | null): el is TextField {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

/** Own text of an element, ignoring text of descendant form controls and of our own UI; null when
 *  it holds more than `cap` characters (it cannot be a label then). */
const NOT_LABEL_TEXT = /^(INPUT|TEXTAREA|SELECT|BUTTON|SCRIPT|STYLE)$/;
function ownLabelText(el: Element, cap?: number): string | null {
  return boundedText(el, NOT_LABEL_TEXT, cap);
}

/** Elements inside `scope` whose visible text is exactly one of `labels` (by labelKey). */
export function findLabelElements(scope: ParentNode, labels: string[]): Element[] {
  const keys = new Set(labels.map(labelKey));
  const cap = labelCap(keys);
  const found: Element[] = [];
  const all = scope.querySelectorAll('label, span, div, td, th, dt, p, b, strong, em, h1, h2, h3, h4, h5, legend, a, li');
  for (const el of Array.from(all)) {
    const text = ownLabelText(el, cap);
    if (text === null) continue;
    const key = labelKey(text);
    if (!key || !keys.has(key)) continue;
    // Keep the innermost element carrying the text.
    if (Array.from(el.children).some((c) => { const ct = ownLabelText(c, cap); return ct !== null && keys.has(labelKey(ct)); })) continue;
    if (!isVisible(el)) continue;
    found.push(el);
  }
  return found;
}

function follows(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & 4 /* FOLLOWING */);
}

/**
 * The text field a visible label belongs to: <label for>, a field inside the label, else the first
 * visible field after the label inside the nearest ancestor that holds one — without crossing into
 * another label's row.
 */
export function fieldForLabel(label: Element, allLabelKeys: Set<string> = new Set(), match: (el: Element) => boolean = isTextField): Element | null {
  const doc = label.ownerDocument;
  const forId = label.getAttribute('for');
  if (forId) {
    const t = doc?.getElementById(forId);
    if (t && match(t) && isVisible(t)) return t;
  }
  const inner = Array.from(label.querySelectorAll('*')).find((e) => match(e) && isVisible(e));
  if (inner) return inner;
  let scope: Element | null = label.parentElement;
  for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
    const candidates = Array.from(scope.querySelectorAll('input, textarea, select, [contenteditable="true"], span, i, div, label')).filter(
      (e) => follows(label, e) && match(e) && isVisible(e),
    );
    if (candidates.length) {
      const first = candidates[0];
      // If another known label sits between ours and the candidate, the field belongs to that label.
      if (allLabelKeys.size) {
        const between = findLabelElements(scope, [...allLabelKeys].map((k) => k)).filter(
          (l) => l !== label && follows(label, l) && follows(l, first),
        );
        if (between.length) return null;
      }
      return first;
    }
  }
  return null;
}

/** Find the text field labelled by one of `labels` (or by placeholder / aria-label) within `scope`. */
export function findField(scope: ParentNode, labels: string[], opts: { placeholders?: string[]; otherLabels?: string[] } = {}): TextField | null {
  const keys = new Set([...labels, ...(opts.otherLabels ?? [])].map(labelKey));
  for (const l of findLabelElements(scope, labels)) {
    const f = fieldForLabel(l, keys);
    if (f && isTextField(f)) return f;
  }
  const wanted = new Set([...labels, ...(opts.placeholders ?? [])].map(labelKey));
  for (const el of Array.from(scope.querySelectorAll('input, textarea'))) {
    if (!isTextField(el) || !isVisible(el)) continue;
    if (wanted.has(labelKey(el.getAttribute('placeholder'))) || wanted.has(labelKey(el.getAttribute('aria-label')))) return el;
  }
  return null;
}

const inputValueSetter = (el: TextField) => {
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
};

export function readValue(el: TextField): string {
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')!.get!.call(el) as string;
}

type DomEventClass = 'Event' | 'FocusEvent' | 'KeyboardEvent' | 'InputEvent' | 'MouseEvent' | 'PointerEvent';

/** Dispatch an event built with the element's own window constructors (works across frames). */
function fire(el: Element, type: string, init: Record<string, unknown>, kind: DomEventClass = 'Event') {
  const win = el.ownerDocument?.defaultView as unknown as Record<string, typeof Event> | null;
  const C = win?.[kind] ?? win?.Event ?? Event;
  el.dispatchEvent(new C(type, { bubbles: true, cancelable: true, composed: true, ...init } as EventInit));
}

/**
 * Set a framework-controlled text field the way typing does: focus, keydown, the native value
 * setter (bypassing React-style value trackers), input, keyup, change, blur.
 */
export function typeInto(el: TextField, value: string): void {
  el.focus?.();
  fire(el, 'focus', { bubbles: false }, 'FocusEvent');
  fire(el, 'focusin', {}, 'FocusEvent');
  fire(el, 'keydown', { key: 'Process' }, 'KeyboardEvent');
  fire(el, 'beforeinput', { inputType: 'insertReplacementText', data: value }, 'InputEvent');
  inputValueSetter(el).call(el, value);
  fire(el, 'input', { inputType: 'insertReplacementText', data: value }, 'InputEvent');
  fire(el, 'keyup', { key: 'Process' }, 'KeyboardEvent');
  fire(el, 'change', {});
  el.blur?.();
  fire(el, 'blur', { bubbles: false }, 'FocusEvent');
  fire(el, 'focusout', {}, 'FocusEvent');
}

/** Dispatch the sequence a real mouse click produces, on the element's centre. */
export function clickLikeUser(el: Element): void {
  const win = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null;
  const r = el.getBoundingClientRect();
  const xy = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0, view: win ?? undefined };
  const Pointer: DomEventClass = win && 'PointerEvent' in win ? 'PointerEvent' : 'MouseEvent';
  fire(el, 'pointerdown', { ...xy, pointerType: 'mouse', isPrimary: true }, Pointer);
  fire(el, 'mousedown', { ...xy, buttons: 1 }, 'MouseEvent');
  (el as HTMLElement).focus?.();
  fire(el, 'pointerup', { ...xy, pointerType: 'mouse', isPrimary: true }, Pointer);
  fire(el, 'mouseup', xy, 'MouseEvent');
  fire(el, 'click', { ...xy, detail: 1 }, 'MouseEvent');
}

const CHECKED_CLASS = /(^|[-_])(is-?)?(checked|selected|active|on)($|[-_])/i;
const UNCHECKED_CLASS = /(un|not|no)[-_]?checked|indeterminate/i;

/** Checkbox-like state of a native or custom checkbox; null when the element shows no state. */
export function checkedState(el: Element): boolean | null {
  if (el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type)) return (el as HTMLInputElement).checked;
  const aria = el.getAttribute('aria-checked');
  if (aria === 'true' || aria === 'false') return aria === 'true';
  const nodes = [el, ...Array.from(el.querySelectorAll('*'))];
  for (const n of nodes) {
    if (n.tagName === 'INPUT' && (n as HTMLInputElement).type === 'checkbox') return (n as HTMLInputElement).checked;
    const a = n.getAttribute('aria-checked');
    if (a === 'true' || a === 'false') return a === 'true';
  }
  let sawBox = false;
  for (const n of nodes) {
    const cls = typeof n.className === 'string' ? n.className : n.getAttribute('class') ?? '';
    for (const c of cls.split(/\s+/)) {
      if (!c) continue;
      if (UNCHECKED_CLASS.test(c)) return false;
      if (/check/i.test(c) && CHECKED_CLASS.test(c.replace(/check(box)?[-_]?/i, ''))) return true;
      if (/checked$/i.test(c) || /is-checked|_checked|-checked/i.test(c)) return true;
      if (/check|box/i.test(c)) sawBox = true;
    }
  }
  return sawBox ? false : null;
}

/** The clickable checkbox (native or custom) that belongs to a label, within the same row. */
export function findCheckbox(scope: ParentNode, labels: string[]): Element | null {
  for (const l of findLabelElements(scope, labels)) {
    // 1. native checkbox inside / for the label
    const own = fieldForLabel(l, new Set(), (e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type === 'checkbox');
    if (own && l.parentElement?.contains(own)) return own;
    // 2. a custom box: nearest ancestor (≤3 levels) holding an element whose class/role says checkbox
    let a: Element | null = l;
    for (let i = 0; a && i < 4; i++, a = a.parentElement) {
      const box = Array.from(a.querySelectorAll('[role="checkbox"], input[type="checkbox"], [class*="checkbox" i], [class*="check" i]')).find(
        (e) => e !== l && !e.contains(l) && checkedState(e) !== null,
      );
      if (box) return box;
      if (a.getAttribute('role') === 'checkbox') return a;
      // The label's own text element (e.g. `<span class="ww_checkbox_label">`) is not the box just
      // because its class mentions "check"; only an ancestor wrapper may be.
      if (a !== l && checkedState(a) !== null) return a;
    }
    // Last resort: the label element itself shows the state (text and box in one element).
    if (checkedState(l) !== null) return l;
  }
  return null;
}

/** The form or dialog the user is looking at: topmost visible dialog, else the document. */
export function activeScope(doc: Document, dialogSelector = '[role="dialog"], [aria-modal="true"], dialog[open], [class*="dialog" i], [class*="modal" i]'): ParentNode {
  const dialogs = Array.from(doc.querySelectorAll(dialogSelector)).filter(
    (d) => isVisible(d) && !Array.from(d.querySelectorAll(dialogSelector)).some((inner) => inner !== d && isVisible(inner)),
  );
  return dialogs.length ? dialogs[dialogs.length - 1] : doc;
}
