// Taught fields: when a fill cannot find an element it needs, the user may point at it once
// ("teach"). A taught element is remembered by what is stable — the label text beside it, its
// placeholder, its kind (text field / checkbox), tag and role, and its position among the visible
// controls of that kind — never by generated class names or ids. Taught fields take precedence over
// the built-in vocabulary (utils/site/vocabulary.ts); when one no longer resolves, the fill falls
// back to the vocabulary and says so. Pure DOM: no extension APIs (storage: learned-store.ts).
import { checkedState, isTextField, isVisible } from '../fill/dom';
import { labelKey, normText } from '../dom/text';
import { isDisabledControl, ownText } from '../page/visible';
import type { TEACH_KINDS } from './learned-keys';
// (a cycle: permissions.ts asks this module for the taught dialog; both only call each other at run time)
import { chooseBoxDialog, boxDialogs, boxDialogTitle } from '../fill/permissions';

/**
 * What a taught element must be: a field to type in, a box to tick, a button to press, one choice
 * of a set (the menu type's 跳转网页 radio / tab), or the dialog of permission boxes.
 */
export type TeachKind = (typeof TEACH_KINDS)[number];

export interface Learned {
  /** The kind of page (PageKind): wizard-dev, menu-editor … */
  page: string;
  /** The report row's field: homepage, trustedDomain, enterHomepage, … */
  field: string;
  kind: TeachKind;
  /** Label text beside the element (labelKey form), when there is one. */
  label?: string;
  placeholder?: string;
  tag: string;
  role?: string;
  /** Position among the visible controls of its kind on the page (0-based). */
  index: number;
  at: number;
  /** Shipped by an administrator (storage.managed): listed, not deletable. */
  managed?: boolean;
}

/** Which kind of element each teachable field needs. */
export const TEACHABLE: Record<string, TeachKind> = {
  homepage: 'text',
  trustedDomain: 'text',
  callbackUrl: 'text',
  token: 'text',
  aesKey: 'text',
  enterHomepage: 'checkbox',
  /** The menu editor's 添加主菜单 control (a menu row whose add button was not found teaches this). */
  menuAdd: 'button',
  /** The menu form's name field (菜单名称), its type choice 跳转网页 and its address field (网页地址). */
  menuName: 'text',
  menuType: 'option',
  menuUrl: 'text',
  /** The app detail's 权限 edit dialog (the box dialog ec-check-all-permissions ticks). */
  permissions: 'dialog',
};

export const isTeachable = (field: string): boolean => field in TEACHABLE;

// ---------------------------------------------------------------------------------------------
// the registry the fills consult (set by the content script from storage)

let current: Learned[] = [];
let version = 0;
export function setLearned(list: Learned[]): void {
  current = Array.isArray(list) ? list.slice() : [];
  version++;
}
/** Changes whenever the taught elements are set again (what was found through them may be stale). */
export function learnedVersion(): number {
  return version;
}
export function learnedFor(page: string, field: string): Learned | undefined {
  // A user's own teaching wins over an administrator's for the same field.
  return current.find((l) => l.page === page && l.field === field && !l.managed) ?? current.find((l) => l.page === page && l.field === field);
}
export function allLearned(): Learned[] {
  return current.slice();
}

// ---------------------------------------------------------------------------------------------
// describing and finding again

function isBoxLike(el: Element): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).type === 'checkbox';
  if (el.getAttribute('role') === 'checkbox') return true;
  return /check/i.test(el.getAttribute('class') ?? '') && checkedState(el) !== null && !/\p{L}/u.test(normText(el.textContent));
}

/** Controls of a kind, in page order (visible ones; a checkbox's hidden native input counts through its box). */
export function controlsOfKind(doc: Document, kind: TeachKind): Element[] {
  if (kind === 'dialog') return boxDialogs(doc);
  if (kind === 'option') return optionCandidates(doc);
  if (kind === 'button') {
    const all = Array.from(doc.querySelectorAll('button, a, [role="button"], input[type="button"]')).filter((e) => isVisible(e));
    return all.filter((e) => !all.some((o) => o !== e && o.contains(e)));
  }
  if (kind === 'text') return Array.from(doc.querySelectorAll('input, textarea')).filter((e) => isTextField(e) && isVisible(e) && !(e as HTMLInputElement).readOnly);
  const all = Array.from(doc.querySelectorAll('input[type="checkbox"], [role="checkbox"], [class*="check" i]')).filter(isBoxLike);
  // the outermost box of each option (a styled span around its hidden input counts once)
  const outer = all.filter((e) => !all.some((o) => o !== e && o.contains(e)));
  return outer.filter((e) => isVisible(e) || Array.from(e.querySelectorAll('*')).some(isVisible) || (!!e.parentElement && isVisible(e.parentElement)));
}

const LABEL_TEXT_MAX = 24;
const OPTION_TEXT_MAX = 12;
const CHOICE_ROLE = /^(radio|tab|option|menuitemradio|menuitemcheckbox)$/;
/** A kit's class naming the kind of control (ww_radio, el-radio__input, ant-tabs-tab …; not "table"). */
const CHOICE_CLASS = /(^|[\s_-])(radio|tabs?|option|segment(ed)?|choice)(?=$|[\s_-])/i;

/** The element of one choice (a radio's text, a tab …) whose own short text names it, innermost. */
function choiceText(el: Element): string {
  const k = labelKey(ownText(el));
  return k && k.length <= OPTION_TEXT_MAX ? k : '';
}

/** The wrapper of a choice: climbs while the ancestor's text is still the choice's text (≤ 3 levels). */
function choiceWrapper(el: Element): Element {
  const k = labelKey(ownText(el));
  let node = el;
  for (let p = el.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) {
    if (labelKey(ownText(p)) !== k) break;
    node = p;
  }
  return node;
}

/**
 * One choice of a set: a short text whose wrapper is (or holds, or follows) a radio, carries a
 * choice role (radio, tab, option) or state (aria-checked / aria-selected), or a kit's radio / tab
 * class (the kind, not the identity: a choice is remembered by its text). A field label, a hint, a
 * menu shown in a preview are not choices.
 */
function isChoice(el: Element): boolean {
  if (el.tagName === 'OPTION') return true;
  if (!choiceText(el) || el.querySelector('input:not([type="radio"]):not([type="checkbox"]), textarea, select')) return false;
  const wrap = choiceWrapper(el);
  for (const n of [wrap, ...Array.from(wrap.querySelectorAll('*'))]) {
    if (n.tagName === 'INPUT' && (n as HTMLInputElement).type === 'radio') return true;
    if (CHOICE_ROLE.test(n.getAttribute('role') ?? '') || n.hasAttribute('aria-checked') || n.hasAttribute('aria-selected')) return true;
    if (CHOICE_CLASS.test(n.getAttribute('class') ?? '')) return true;
  }
  const prev = wrap.previousElementSibling;
  return !!prev && prev.tagName === 'INPUT' && (prev as HTMLInputElement).type === 'radio';
}

/** Visible choices of the page, innermost element carrying each choice's text, in page order. */
function optionCandidates(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('label, span, a, li, div, button, option, b, em, i, p, [role]')).filter((e) => {
    const k = choiceText(e);
    if (!k || Array.from(e.children).some((c) => labelKey(ownText(c)) === k)) return false;
    return isChoice(e) && (e.tagName === 'OPTION' || isVisible(e));
  });
}

/** The choice a click on `target` means: the choice itself, its radio dot, or its wrapper. */
function choiceAt(target: Element): Element | null {
  const cands = optionCandidates(target.ownerDocument!);
  for (let n: Element | null = target, i = 0; n && i < 4; n = n.parentElement, i++) {
    const hit = cands.find((c) => c === n || n!.contains(c));
    if (hit) return cands.filter((c) => n === c || n!.contains(c)).length === 1 ? hit : null;
    if (normText(ownText(n)).length > OPTION_TEXT_MAX * 2) break;
  }
  return null;
}

/** The label text a user sees beside `el`: <label for>, aria-label, a wrapping label, or the nearest text before it in its row. */
export function labelTextOf(el: Element, kind?: TeachKind): string {
  const doc = el.ownerDocument;
  if (kind === 'dialog') return boxDialogTitle(el);
  if (kind === 'option') return labelKey(el.tagName === 'OPTION' ? el.textContent : ownText(el));
  if (/^(BUTTON|A)$/.test(el.tagName) || el.getAttribute('role') === 'button') return labelKey(ownText(el));
  const id = el.getAttribute('id');
  if (id && doc) {
    for (const l of Array.from(doc.querySelectorAll('label[for]'))) if (l.getAttribute('for') === id) return labelKey(ownText(l));
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return labelKey(aria);
  const wrap = el.closest('label');
  if (wrap) {
    const t = labelKey(ownText(wrap));
    if (t && t.length <= LABEL_TEXT_MAX) return t;
  }
  // nearest preceding short text, walking up at most 5 levels
  let node: Element | null = el;
  for (let i = 0; node && i < 5; i++, node = node.parentElement) {
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      const t = labelKey(ownText(s));
      if (t && t.length <= LABEL_TEXT_MAX && !s.querySelector('input, textarea, select')) return t;
      if (s.querySelector('input, textarea, select')) break;
    }
    // a checkbox's text after it ("□ 在微工作台中始终进入主页")
    const next = node.nextElementSibling;
    if (next && !next.querySelector('input, textarea, select')) {
      const t = labelKey(ownText(next));
      if (t && t.length <= LABEL_TEXT_MAX && isBoxLike(el)) return t;
    }
  }
  return '';
}

export function describeElement(el: Element, page: string, field: string, kind: TeachKind, at = Date.now()): Learned {
  const doc = el.ownerDocument!;
  const label = labelTextOf(el, kind);
  const ph = kind === 'text' ? el.getAttribute('placeholder') : null;
  const role = el.getAttribute('role');
  return {
    page,
    field,
    kind,
    ...(label ? { label } : {}),
    ...(ph ? { placeholder: normText(ph) } : {}),
    tag: el.tagName.toLowerCase(),
    ...(role ? { role } : {}),
    index: Math.max(0, controlsOfKind(doc, kind).indexOf(el)),
    at,
  };
}

/** The element a taught field points at now, or null when it disappeared. */
export function resolveLearned(doc: Document, l: Learned): Element | null {
  const cands = controlsOfKind(doc, l.kind);
  if (!cands.length) return null;
  if (l.label) {
    const byLabel = cands.filter((c) => labelTextOf(c, l.kind) === l.label);
    if (byLabel.length === 1) return byLabel[0];
    if (byLabel.length > 1) return byLabel.find((c) => cands.indexOf(c) === l.index) ?? byLabel[0];
    return null; // the label it was taught by is gone: do not guess by position
  }
  if (l.placeholder) {
    const byPh = cands.filter((c) => normText(c.getAttribute('placeholder')) === l.placeholder);
    if (byPh.length) return byPh[0];
    return null;
  }
  const at = cands[l.index];
  return at && at.tagName.toLowerCase() === l.tag ? at : null;
}

/**
 * Every element inside `scope` that a taught field describes: a form repeated per item (the menu
 * editor showing every menu's form at once) has one per item, all with the same label. By label or
 * placeholder only; a field taught by position alone gives the one element resolveLearned gives.
 */
export function resolveLearnedAll(scope: ParentNode, l: Learned): Element[] {
  const doc = (scope as Node).nodeType === 9 ? (scope as Document) : (scope as Element).ownerDocument;
  if (!doc) return [];
  const inScope = (e: Element) => scope === doc || (scope as Element).contains(e);
  if (l.label || l.placeholder) {
    return controlsOfKind(doc, l.kind).filter(
      (c) => inScope(c) && (l.label ? labelTextOf(c, l.kind) === l.label : normText(c.getAttribute('placeholder')) === l.placeholder),
    );
  }
  const one = resolveLearned(doc, l);
  return one && inScope(one) ? [one] : [];
}

// ---------------------------------------------------------------------------------------------
// checking the user's choice

export type TeachVerdict = { ok: true; element: Element } | { ok: false; reason: 'own-ui' | 'label' | 'disabled' | 'wrong-kind' | 'taken'; other?: string };

/**
 * Does the clicked element make sense for `field`? A text field for a text value, a checkbox for
 * the tick (the box inside a clicked option row is taken), never the extension's own UI, never a
 * label, a disabled control or an element already taught for another field on this page.
 */
export function checkChoice(target: Element, field: string, page: string, ownUi: Element | null, taught: Learned[]): TeachVerdict {
  if (ownUi && (ownUi === target || ownUi.contains(target))) return { ok: false, reason: 'own-ui' };
  const kind = TEACHABLE[field] ?? 'text';
  let el: Element | null = null;
  if (kind === 'dialog') {
    el = chooseBoxDialog(target);
    if (!el) return { ok: false, reason: 'wrong-kind' };
  } else if (kind === 'option') {
    if (isTextField(target) || target.tagName === 'SELECT' || target.closest('select')) return { ok: false, reason: 'wrong-kind' };
    el = choiceAt(target);
    if (!el) return labelKey(ownText(target)) ? { ok: false, reason: 'label' } : { ok: false, reason: 'wrong-kind' };
    const wrap = choiceWrapper(el);
    const native = wrap.querySelector('input') as HTMLInputElement | null;
    if (isDisabledControl(el) || isDisabledControl(wrap) || native?.disabled) return { ok: false, reason: 'disabled' };
  } else if (kind === 'button') {
    el = controlsOfKind(target.ownerDocument!, 'button').find((b) => b === target || b.contains(target)) ?? null;
    if (!el) return isTextField(target) ? { ok: false, reason: 'wrong-kind' } : { ok: false, reason: 'label' };
    if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') return { ok: false, reason: 'disabled' };
  } else if (kind === 'text') {
    if (isTextField(target)) el = target;
    else if (isBoxLike(target) || (target.closest('button, [role="button"], [role="checkbox"], [role="radio"], [role="tab"], select') && !target.closest('label'))) return { ok: false, reason: 'wrong-kind' };
    else if (choiceAt(target) && !target.querySelector('input, textarea')) return { ok: false, reason: 'wrong-kind' };
    else if (target.tagName === 'LABEL' || (!target.querySelector('input, textarea') && labelKey(ownText(target)))) return { ok: false, reason: 'label' };
    else return { ok: false, reason: 'wrong-kind' };
    const inp = el as HTMLInputElement;
    if (inp.disabled || inp.readOnly || el.getAttribute('aria-disabled') === 'true') return { ok: false, reason: 'disabled' };
  } else {
    const doc = target.ownerDocument!;
    const boxes = controlsOfKind(doc, 'checkbox');
    el = boxes.find((b) => b === target || b.contains(target)) ?? null;
    if (!el) {
      // a click on the option's row or text: the one box in its wrapper
      const row = target.closest('label') ?? target.parentElement;
      const inRow = row ? boxes.filter((b) => row.contains(b)) : [];
      if (inRow.length === 1) el = inRow[0];
    }
    if (!el) return isTextField(target) ? { ok: false, reason: 'wrong-kind' } : { ok: false, reason: 'wrong-kind' };
    if ((el as HTMLInputElement).disabled || el.getAttribute('aria-disabled') === 'true') return { ok: false, reason: 'disabled' };
  }
  for (const l of taught) {
    if (l.page !== page || l.field === field) continue;
    if (resolveLearned(el.ownerDocument!, l) === el) return { ok: false, reason: 'taken', other: l.field };
  }
  return { ok: true, element: el };
}
