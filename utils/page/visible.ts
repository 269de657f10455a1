// Visible-text helpers for page recognition and the fills: what the user sees (own text of an
// element, innermost visible texts, controls by their words) and the custom-menu editor's root.
// Pure DOM, no extension APIs. Words come from utils/site/vocabulary.ts.
import { findLabelElements, isVisible } from '../fill/dom';
import { boundedText, controlKey, labelCap, labelKey, normText } from '../dom/text';
import { SITE, words, MENU_EDITOR_TITLE, type SiteKey } from '../site/vocabulary';
// ---------------------------------------------------------------------------------------------
// Small visible-text helpers

const NOT_TEXT = /^(INPUT|TEXTAREA|SELECT|SCRIPT|STYLE|svg)$/i;
/** Text of an element without the text of nested form controls. */
export function ownText(el: Element): string {
  return boundedText(el, NOT_TEXT) ?? '';
}
/** ownText, or null when it holds more than `cap` characters (a lookup of short texts skips it). */
function shortText(el: Element, cap: number): string | null {
  return boundedText(el, NOT_TEXT, cap);
}

/** Room for 80 visible characters plus what normText drops (zero-width marks, icon glyphs). */
const SHORT_CAP = 4 * 80 + 32;
const TEXT_TAGS = 'h1, h2, h3, h4, h5, h6, div, span, p, a, b, strong, em, label, li, td, th, dt, dd, button, i, legend, header, section';

/** Innermost visible elements whose text satisfies `test` (by labelKey-style normalised text). */
export function visibleTextElements(scope: ParentNode, test: (key: string, text: string) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(scope.querySelectorAll(TEXT_TAGS))) {
    const raw = shortText(el, SHORT_CAP);
    const text = raw === null ? '' : normText(raw);
    if (!text || text.length > 80) continue;
    const key = labelKey(text);
    if (!test(key, text)) continue;
    if (Array.from(el.children).some((c) => {
      const cr = shortText(c, SHORT_CAP);
      const ct = cr === null ? '' : normText(cr);
      return !!ct && test(labelKey(ct), ct);
    })) continue;
    if (!isVisible(el)) continue;
    out.push(el);
  }
  return out;
}

/** Does `scope` show (visibly) one of `list` as an element's whole text? */
export const hasText = (scope: ParentNode, list: readonly string[]) => {
  const keys = new Set(list.map(labelKey));
  return visibleTextElements(scope, (k) => keys.has(k)).length > 0;
};

/**
 * A control (button, link, …) whose text is one of `words` (a leading "+" is ignored); visible ones
 * only, unless `includeHidden` (then a visible one is still preferred).
 */
export function findControlByWords(scope: ParentNode, words: string[], opts: { includeHidden?: boolean } = {}): Element | null {
  const keys = new Set(words.map(controlKey));
  const cap = labelCap(keys);
  let hidden: Element | null = null;
  for (const el of Array.from(scope.querySelectorAll('button, a, [role="button"], input[type="button"], input[type="submit"], span, div, li, i, label'))) {
    const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : shortText(el, cap);
    if (text === null) continue;
    const key = controlKey(text);
    if (!key || !keys.has(key)) continue;
    if (el.tagName !== 'INPUT' && Array.from(el.children).some((c) => keys.has(controlKey(shortText(c, cap))))) continue;
    // Prefer the clickable ancestor that carries exactly this text (the button around a <span>).
    let target: Element = el;
    for (let a = el.parentElement, i = 0; a && i < 3; a = a.parentElement, i++) {
      if (controlKey(ownText(a)) !== key) break;
      if (/^(BUTTON|A)$/.test(a.tagName) || a.getAttribute('role') === 'button' || /btn|button/i.test(a.getAttribute('class') ?? '')) target = a;
    }
    if (isVisible(el)) return target;
    if (opts.includeHidden && !hidden) hidden = target;
  }
  return hidden;
}

/** Does the (normalised) text contain one of the vocabulary entry's words (case-insensitive)? */
export function hasAnyWord(text: string | null | undefined, key: SiteKey): boolean {
  const t = normText(text).toLowerCase();
  return !!t && SITE[key].words.some((w) => t.includes(w.toLowerCase()));
}

/** Is a control's text one of the vocabulary entry's words (compared as controlKey)? */
export function isControlWord(text: string | null | undefined, key: SiteKey): boolean {
  const k = controlKey(text);
  return !!k && SITE[key].words.some((w) => controlKey(w) === k);
}


export function isDisabledControl(el: Element): boolean {
  for (let n: Element | null = el, i = 0; n && i < 3; n = n.parentElement, i++) {
    if (n.hasAttribute('disabled') || n.getAttribute('aria-disabled') === 'true') return true;
    if (/(^|[\s_-])(is-)?disabled($|[\s_-])|_disabled\b|-disabled\b/i.test(n.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function lowestCommonAncestor(a: Element, b: Element): Element | null {
  for (let n: Element | null = a; n; n = n.parentElement) if (n.contains(b)) return n;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Custom menu editor

export const ADD_MENU_WORDS = words('addMenu');

/** Visible headings that name the custom menu editor ("EC营客通 - 自定义菜单"). */
export function menuEditorHeadings(doc: ParentNode): Element[] {
  return visibleTextElements(doc, (_k, text) => SITE.menuEditorHeading.words.some((w) => text.includes(w)) && text.length <= 40);
}


/**
 * The visible root of the custom menu editor: the smallest element holding a visible heading that
 * mentions 自定义菜单 and a visible 添加主菜单 control. When the editor already holds its maximum
 * of menus the page may hide that control; then a heading of the form "<app> - 自定义菜单" is
 * enough, and the root is the heading's nearest ancestor that holds menu fields or the (hidden)
 * add control.
 */
export function findMenuEditorRoot(doc: Document): Element | null {
  const headings = menuEditorHeadings(doc);
  if (!headings.length) return null;
  const add = findControlByWords(doc, ADD_MENU_WORDS);
  if (add) {
    let best: Element | null = null;
    let bestDepth = -1;
    for (const h of headings) {
      const lca = lowestCommonAncestor(h, add);
      if (!lca || !isVisible(lca)) continue;
      const depth = depthOf(lca);
      if (depth > bestDepth) { best = lca; bestDepth = depth; }
    }
    if (best) return best === doc.documentElement ? doc.body : best;
  }
  const titled = headings.find((h) => MENU_EDITOR_TITLE.test(normText(ownText(h))));
  if (!titled) return null;
  const hiddenAdd = findControlByWords(doc, ADD_MENU_WORDS, { includeHidden: true });
  let a: Element | null = titled.parentElement;
  for (let i = 0; a && i < 6; a = a.parentElement, i++) {
    if ((hiddenAdd && a.contains(hiddenAdd)) || findLabelElements(a, words('menuName').slice(0, 1)).length) return a;
  }
  // An add control the vocabulary does not know (it may be taught): the nearest ancestor that also
  // holds a control besides the title.
  a = titled.parentElement;
  for (let i = 0; a && i < 6; a = a.parentElement, i++) {
    if (Array.from(a.querySelectorAll('button, [role="button"]')).some((b) => !titled.contains(b) && isVisible(b))) return a;
  }
  return titled.parentElement;
}

function depthOf(el: Element): number {
  let d = 0;
  for (let n: Element | null = el; n; n = n.parentElement) d++;
  return d;
}

