// Custom menu editor, READING side (collect): what the editor shows — its root, the per-menu forms
// ("blocks"), the menus in the phone preview, each menu's name / URL / type — without touching it.
// The driving side (menu-insert.ts) plays the user's actions on what this module found.
//
// The editor's markup is assumed (docs/provider-backend.md), so everything is found by
// what the user sees: the 添加主菜单 control, fields labelled 菜单名称 / 网页地址 (several synonyms),
// the type option 跳转网页, and the menus shown in the phone preview. Text near the menu bar that is
// not a menu (limit hints, counters, labels, the add button's own text) never counts as one; a main
// menu's name is at most 16 bytes. Two layouts: one menu's form at a time, or every form at once.
import { fieldForLabel, findField, findLabelElements, isTextField, isVisible, readValue, checkedState, type TextField } from './dom';
import { labelKey, normText } from '../dom/text';
import { ADD_MENU_WORDS, findControlByWords, findMenuEditorRoot, menuEditorHeadings, ownText } from '../page/detect';
import { controlKey } from '../dom/text';
import { COUNTER, MENU_HINT, MENU_LIMITS, words } from '../site/vocabulary';
import { learnedFor, resolveLearnedAll } from '../site/learned';

export interface MenuSpec {
  name: string;
  url: string;
}

export const MAX_MAIN_MENUS: number = MENU_LIMITS.mainMenus;
export const MAX_MENU_NAME_BYTES: number = MENU_LIMITS.nameBytes;
/** WeCom's published limit for a menu URL. */
export const MAX_MENU_URL_BYTES: number = MENU_LIMITS.urlBytes;

export function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Menus whose name is longer than WeCom allows for a main menu (16 UTF-8 bytes). */
export function menuNameProblems(menus: MenuSpec[]): { index: number; name: string; bytes: number }[] {
  const out: { index: number; name: string; bytes: number }[] = [];
  menus.forEach((m, index) => {
    const name = normText(m.name);
    const bytes = utf8Bytes(name);
    if (bytes > MAX_MENU_NAME_BYTES) out.push({ index, name, bytes });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (from utils/site/vocabulary.ts; the editor's labels are assumed: several synonyms)
export const NAME_LABELS = words('menuName');
export const URL_LABELS = words('menuUrl');
export const TYPE_LABELS = words('menuType');
export const WEB_TYPE_WORDS = words('webType');
export const DELETE_WORDS = words('deleteMenu');
/** What a freshly added, still unnamed menu shows. */
export const PLACEHOLDER_NAMES = new Set(words('unnamedMenu').map(labelKey));
/** Control words that are never a menu in the preview. */
export const UI_WORDS = new Set(words('menuUiWords').map(controlKey));
export const ALL_FIELD_KEYS = new Set([...NAME_LABELS, ...URL_LABELS, ...TYPE_LABELS].map(labelKey));
export const ADD_KEYS = new Set(ADD_MENU_WORDS.map(controlKey));
export const ITEM_CLASS = /(^|[\s_-])(menu|tab|nav|bar)[_-]?(item|tab|btn|button|name|cell|li|unit)($|[\s_-])/i;

export const ELLIPSIS = /(…|\.\.\.|⋯)+$/;

/**
 * Could this text near the menu bar be a main menu's name as the preview shows it? A menu name is
 * at most 16 bytes (a cut name keeps its "…"); hints, counters, field labels, control words and the
 * add button's own text never are. `known` names (the bundle's, the forms') always count.
 */
export function couldBeMenuName(text: string, known: string[] = []): boolean {
  const t = normText(text);
  if (!t) return false;
  if (known.some((n) => previewShows(t, n))) return true;
  if (isPlaceholderName(t)) return true;
  const bare = t.replace(ELLIPSIS, '').trim();
  if (!bare || utf8Bytes(bare) > MAX_MENU_NAME_BYTES) return false;
  if (COUNTER.test(bare) || MENU_HINT.test(bare)) return false;
  const ck = controlKey(bare);
  if (UI_WORDS.has(ck) || ADD_KEYS.has(ck)) return false;
  if (ALL_FIELD_KEYS.has(labelKey(bare))) return false;
  return true;
}

export function isPlaceholderName(name: string): boolean {
  const k = labelKey(name);
  return !k || PLACEHOLDER_NAMES.has(k);
}

/** Does a (possibly cut, "批量加…") preview text show `name`? */
export function previewShows(text: string, name: string): boolean {
  const a = normText(text);
  const b = normText(name);
  if (!a || !b) return false;
  if (a === b) return true;
  if (ELLIPSIS.test(a)) {
    const head = a.replace(ELLIPSIS, '').trim();
    return head.length > 0 && b.startsWith(head);
  }
  return false;
}

export function canonUrl(u: string): string {
  const s = normText(u);
  try {
    return new URL(s).href;
  } catch {
    return s;
  }
}

export function sameUrl(a: string, b: string): boolean {
  return canonUrl(a) === canonUrl(b);
}

// ---------------------------------------------------------------------------------------------
// Reading the editor

export function findMenuEditor(doc: Document): Element | null {
  return findMenuEditorRoot(doc);
}

export function docOrder(a: Node, b: Node): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Visible fields a user can type in (a readonly input only shows a drop-down's choice). */
export function visibleTextFields(scope: ParentNode): TextField[] {
  return Array.from(scope.querySelectorAll('input, textarea')).filter((e): e is TextField => isTextField(e) && !(e as HTMLInputElement).readOnly && isVisible(e));
}

/** The page kind menu fields are taught on (utils/site/learned.ts). */
export const MENU_PAGE = 'menu-editor';
export type TaughtMenuField = 'menuName' | 'menuUrl';

/**
 * Text fields in `scope` the user taught for a menu form field (ec-teach): a taught field wins over
 * the vocabulary. Every form of an editor that shows all menus at once has its own, same label.
 */
export function taughtFieldsIn(scope: ParentNode, field: TaughtMenuField): TextField[] {
  const l = learnedFor(MENU_PAGE, field);
  if (!l) return [];
  return resolveLearnedAll(scope, l).filter((e): e is TextField => isTextField(e) && !(e as HTMLInputElement).readOnly);
}

/** A menu field was taught, but no element in `scope` fits the teaching any more. */
export function taughtLost(scope: ParentNode, field: TaughtMenuField): boolean {
  return !!learnedFor(MENU_PAGE, field) && taughtFieldsIn(scope, field).length === 0;
}

export const NAME_PLACEHOLDER = /名称|菜单名|标题|name/i;
export const URL_PLACEHOLDER = /https?:|网址|链接|地址|url/i;

export function urlFieldsIn(scope: ParentNode): TextField[] {
  const names = new Set(taughtFieldsIn(scope, 'menuName'));
  const out: TextField[] = taughtFieldsIn(scope, 'menuUrl').filter((f) => !names.has(f));
  for (const l of findLabelElements(scope, URL_LABELS)) {
    const f = fieldForLabel(l, ALL_FIELD_KEYS);
    if (f && isTextField(f) && !out.includes(f) && !names.has(f)) out.push(f);
  }
  for (const f of visibleTextFields(scope)) {
    if (!out.includes(f) && !names.has(f) && URL_PLACEHOLDER.test(f.getAttribute('placeholder') ?? '') && !NAME_PLACEHOLDER.test(f.getAttribute('placeholder') ?? '')) out.push(f);
  }
  return out;
}

export function nameFieldsIn(scope: ParentNode): TextField[] {
  const urls = new Set(urlFieldsIn(scope));
  const out: TextField[] = taughtFieldsIn(scope, 'menuName').filter((f) => !urls.has(f));
  for (const l of findLabelElements(scope, NAME_LABELS)) {
    const f = fieldForLabel(l, ALL_FIELD_KEYS);
    if (f && isTextField(f) && !urls.has(f) && !out.includes(f)) out.push(f);
  }
  for (const f of visibleTextFields(scope)) {
    if (out.includes(f) || urls.has(f)) continue;
    const ph = `${f.getAttribute('placeholder') ?? ''} ${f.getAttribute('aria-label') ?? ''}`;
    if (NAME_PLACEHOLDER.test(ph) && !URL_PLACEHOLDER.test(ph)) out.push(f);
  }
  return out.sort(docOrder);
}

export function findNameField(block: Element): TextField | null {
  return nameFieldsIn(block)[0] ?? null;
}

export function findUrlField(block: Element): TextField | null {
  const name = findNameField(block);
  const taught = taughtFieldsIn(block, 'menuUrl').find((x) => x !== name);
  if (taught) return taught;
  const f = findField(block, URL_LABELS, { otherLabels: [...NAME_LABELS, ...TYPE_LABELS] });
  if (f && f !== name) return f;
  return urlFieldsIn(block).find((x) => x !== name) ?? null;
}

/** Elements in `root` (outside `exclude`) whose own text shows `name`: the menu's echo in the preview. */
export function echoesOf(root: Element, name: string, exclude: Element | null): Element[] {
  if (isPlaceholderName(name)) return [];
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('div, span, li, a, p, b, strong, em, label, button, i, td'))) {
    if (exclude && (exclude.contains(el) || el.contains(exclude))) continue;
    if (el.querySelector('input, textarea, select')) continue;
    const text = normText(ownText(el));
    if (!previewShows(text, name)) continue;
    if (Array.from(el.children).some((c) => previewShows(normText(ownText(c)), name))) continue;
    if (!isVisible(el)) continue;
    out.push(el);
  }
  return out;
}

export interface View {
  root: Element;
  /** Visible per-menu forms, in page order (one-at-a-time editors show at most one). */
  blocks: Element[];
  /** Menus in the phone preview, in page order (may be empty when the preview is not recognised). */
  items: Element[];
}

export function blockOf(field: TextField, root: Element, fields: TextField[], stops: Element[]): Element {
  let node: Element = field;
  for (let p = node.parentElement; p && p !== root; p = p.parentElement) {
    if (fields.some((o) => o !== field && p.contains(o))) break;
    if (stops.some((s) => s !== p && p.contains(s))) break;
    node = p;
  }
  return node;
}

export function itemText(el: Element): string {
  return normText(ownText(el));
}

export function previewItems(root: Element, blocks: Element[], names: string[]): Element[] {
  const add = findControlByWords(root, ADD_MENU_WORDS, { includeHidden: true });
  const heads = menuEditorHeadings(root);
  const headText = heads.map((h) => normText(ownText(h))).join(' ');
  const ok = (e: Element) => {
    if (blocks.some((b) => b.contains(e) || e.contains(b))) return false;
    if (add && (e.contains(add) || add.contains(e))) return false;
    if (heads.some((h) => h.contains(e) || e.contains(h))) return false;
    if (e.querySelector('input, textarea, select')) return false;
    const text = itemText(e);
    if (!text || !couldBeMenuName(text, names)) return false;
    if (headText.includes(text) && !isPlaceholderName(text)) return false; // the app's name in the phone title
    return isVisible(e);
  };
  const outermost = (els: Element[]) => els.filter((e) => !els.some((o) => o !== e && o.contains(e)));
  const sameTag = (els: Element[]) => els.length > 0 && els.every((e) => e.tagName === els[0].tagName);

  // 1. Elements that say what they are (role, or a class like menu_item / tab-item).
  const hinted = outermost(
    Array.from(root.querySelectorAll('[role="tab"], [role="menuitem"], [role="option"], [class]')).filter(
      (e) => (/^(tab|menuitem|option)$/.test(e.getAttribute('role') ?? '') || ITEM_CLASS.test(e.getAttribute('class') ?? '')) && ok(e),
    ),
  );
  if (hinted.length) return hinted.sort(docOrder);

  // 2. Siblings of the 添加主菜单 control in the preview's menu bar, or of the wrapper it sits in
  //    (`<li>`, `<div class="item add">`) when the wrapper looks like its siblings.
  if (add) {
    const parent = add.parentElement;
    if (parent && parent !== root) {
      const sibs = Array.from(parent.children).filter((c) => c !== add && ok(c));
      if (sameTag(sibs)) return sibs;
    }
    let node: Element = add;
    for (let i = 0; i < 2; i++) {
      const wrap = node.parentElement;
      if (!wrap || wrap === root || !wrap.parentElement || wrap.parentElement === root) break;
      if (Array.from(wrap.children).some((c) => c !== node && itemText(c))) break; // the wrapper holds more than the add control
      node = wrap;
      const sibs = Array.from(node.parentElement!.children).filter((c) => c !== node && ok(c));
      if (sibs.length && sibs.every((c) => looksAlike(c, node))) return sibs;
    }
  }

  // 3. Elements showing a known menu name, and their siblings.
  for (const name of names) {
    for (const echo of echoesOf(root, name, null)) {
      let item = echo;
      while (item.parentElement && item.parentElement !== root && previewShows(itemText(item.parentElement), name) && ok(item.parentElement)) item = item.parentElement;
      if (!ok(item)) continue;
      const parent = item.parentElement;
      if (!parent) continue;
      const sibs = Array.from(parent.children).filter((c) => c === item || (c.tagName === item.tagName && ok(c)));
      return sibs;
    }
  }
  return [];
}

export const STATE_CLASS = /^(is-)?(on|active|selected|cur|current|checked|add|plus|new|disabled)$|[-_](on|active|selected|cur|current|add|plus|new|disabled)$/i;

/** Same tag and (both classless, or sharing a class that is not a state like "on" / "add"). */
export function looksAlike(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const cls = (e: Element) => (e.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !STATE_CLASS.test(c));
  const ca = cls(a);
  const cb = cls(b);
  if (!ca.length && !cb.length) return true;
  return ca.some((c) => cb.includes(c));
}

export function view(root: Element, hints: string[] = []): View {
  const fields = nameFieldsIn(root);
  const add = findControlByWords(root, ADD_MENU_WORDS, { includeHidden: true });
  const heads = menuEditorHeadings(root);
  const blocks = fields.map((f) => {
    const stops = [...heads, ...(add ? [add] : []), ...echoesOf(root, readValue(f), f)];
    return blockOf(f, root, fields, stops);
  });
  const names = [...fields.map((f) => readValue(f)), ...hints].filter((n) => !isPlaceholderName(n));
  const items = previewItems(root, blocks, names);
  return { root, blocks, items };
}

/** Every menu has its own visible form (or the preview is not recognised and forms are all we have). */
export function formsAreMenus(v: View): boolean {
  return v.blocks.length >= 2 || (v.blocks.length >= 1 && v.items.length <= v.blocks.length);
}

export interface BlockState {
  name: string;
  url: string;
  /** Text of the selected type option, when one is visibly selected. */
  type: string | null;
}

export function readBlock(block: Element): BlockState {
  const nf = findNameField(block);
  const uf = findUrlField(block);
  return { name: nf ? normText(readValue(nf)) : '', url: uf ? normText(readValue(uf)) : '', type: selectedType(block) };
}

export function formShowsItem(block: Element, item: Element): boolean {
  const name = findNameField(block);
  const value = name ? normText(readValue(name)) : '';
  const text = itemText(item);
  if (isPlaceholderName(text)) return isPlaceholderName(value);
  return previewShows(text, value);
}

/**
 * The menus the editor shows now: name and URL as far as they can be read without clicking (a
 * one-at-a-time editor only shows the selected menu's URL; names cut in the preview keep their "…").
 * A freshly added, still unnamed menu is returned with an empty name.
 */
export function readExistingMenus(editor: Element): MenuSpec[] {
  const v = view(editor);
  if (formsAreMenus(v)) return v.blocks.map((b) => {
    const r = readBlock(b);
    return { name: isPlaceholderName(r.name) ? '' : r.name, url: r.url };
  });
  return v.items.map((it) => {
    const b = v.blocks[0];
    if (b && formShowsItem(b, it)) {
      const r = readBlock(b);
      return { name: isPlaceholderName(r.name) ? '' : r.name, url: r.url };
    }
    const text = itemText(it);
    return { name: isPlaceholderName(text) ? '' : text, url: '' };
  });
}

// ---------------------------------------------------------------------------------------------
// Menu type (跳转网页)

export function isWebWord(text: string): boolean {
  const k = labelKey(text);
  if (!k) return false;
  if (WEB_TYPE_WORDS.some((w) => labelKey(w) === k)) return true;
  return k.length <= 12 && /^(跳转|打开)?(到|至)?网页/.test(k);
}

export const SELECTED_CLASS = /(^|[\s_-])(is-)?(checked|selected|active|cur|current|on|chosen)($|[\s_-])|_checked\b|-checked\b/i;

/** The wrapper of one option: climbs while the ancestor's text is still just the option's text. */
export function optionWrapper(opt: Element): Element {
  const key = labelKey(ownText(opt));
  let node = opt;
  for (let p = opt.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) {
    if (labelKey(ownText(p)) !== key) break;
    node = p;
  }
  return node;
}

export function optionSelected(opt: Element): boolean {
  const wrap = optionWrapper(opt);
  const native = wrap.querySelector('input[type="radio"], input[type="checkbox"]') as HTMLInputElement | null;
  if (native) return native.checked;
  const prev = wrap.previousElementSibling;
  if (prev && prev.tagName === 'INPUT' && /radio|checkbox/i.test((prev as HTMLInputElement).type)) return (prev as HTMLInputElement).checked;
  const aria = wrap.getAttribute('aria-checked') ?? wrap.getAttribute('aria-selected');
  if (aria === 'true' || aria === 'false') return aria === 'true';
  if (checkedState(wrap) === true) return true;
  for (const n of [wrap, ...Array.from(wrap.querySelectorAll('*'))]) if (SELECTED_CLASS.test(n.getAttribute('class') ?? '')) return true;
  return false;
}

/** Every visible type option in a block (texts of radios / tabs / buttons next to 菜单内容). */
export function typeOptions(block: Element): Element[] {
  const tl = findLabelElements(block, TYPE_LABELS)[0];
  if (!tl) return findLabelElements(block, WEB_TYPE_WORDS);
  for (let row = tl.parentElement, i = 0; row && i < 3; row = row.parentElement, i++) {
    // Options are the short visible texts following the type label in its row.
    const opts = Array.from(row.querySelectorAll('label, span, a, li, div, button, option')).filter((e) => {
      if (e === tl || e.contains(tl) || tl.contains(e) || !(tl.compareDocumentPosition(e) & 4)) return false;
      if (e.querySelector('input[type="text"], input:not([type]), textarea')) return false;
      const k = labelKey(ownText(e));
      if (!k || k.length > 12 || ALL_FIELD_KEYS.has(k)) return false;
      if (Array.from(e.children).some((c) => labelKey(ownText(c)) === k)) return false;
      return isVisible(e);
    });
    if (opts.length) return opts;
    if (row === block || nameFieldsIn(row).length) break;
  }
  return [];
}

export function selectedType(block: Element): string | null {
  for (const sel of Array.from(block.querySelectorAll('select'))) {
    if (!isVisible(sel)) continue;
    const s = sel as HTMLSelectElement;
    const opt = s.options[s.selectedIndex];
    if (opt) return normText(opt.text);
  }
  for (const o of typeOptions(block)) if (optionSelected(o)) return normText(ownText(o));
  return null;
}


/**
 * What opens a custom drop-down: a short text showing the current choice, or — in kits like
 * Element's el-select — a READONLY text input showing it, or an ARIA combobox / popup button.
 */
export function isDropdownTrigger(e: Element): boolean {
  if (e.getAttribute('role') === 'combobox' || (e.hasAttribute('aria-haspopup') && e.getAttribute('aria-haspopup') !== 'false')) return true;
  if (e.tagName === 'INPUT') return isTextField(e) && (e as HTMLInputElement).readOnly;
  return !!labelKey(ownText(e)) && !e.querySelector('input, textarea') && e.children.length <= 3;
}

export function rank(text: string): number {
  const k = labelKey(text);
  const i = WEB_TYPE_WORDS.findIndex((w) => labelKey(w) === k);
  return i < 0 ? WEB_TYPE_WORDS.length : i;
}

export function blockShows(block: Element, name: string): boolean {
  const r = readBlock(block);
  return normText(r.name) === normText(name) || (isPlaceholderName(r.name) && isPlaceholderName(name));
}

export function isBlank(m: BlockState): boolean {
  return isPlaceholderName(m.name) && !normText(m.url);
}

export function sameMenu(m: BlockState, want: MenuSpec): boolean {
  return normText(m.name) === normText(want.name) && sameUrl(m.url, want.url);
}

export function describe(m: BlockState): string {
  return m.url ? `${m.name}: ${m.url}` : m.name;
}
