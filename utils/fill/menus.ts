// Custom menu editor ("EC营客通 - 自定义菜单"): add the bundle's menus as 跳转网页 main menus.
//
// The editor's markup is assumed (../shared/docs/provider-backend.md), so everything is found by
// what the user sees: the 添加主菜单 control, fields labelled 菜单名称 / 网页地址 (several synonyms),
// the type option 跳转网页 (radio, select or a custom option list), and the menus shown in the
// phone preview, selected by clicking them by name. Two editor layouts are handled:
//  - one menu's form at a time (select a menu in the preview to edit it), and
//  - every menu's form at once.
// Values are typed the way a user types (typeInto) and read back after the page re-renders.
// Never presses the page's 保存 / 确定 / 发布.
import { t } from '../i18n';
import {
  clickLikeUser,
  fieldForLabel,
  findField,
  findLabelElements,
  isTextField,
  isVisible,
  labelKey,
  nextRender,
  normText,
  readValue,
  checkedState,
  typeInto,
  type TextField,
} from './dom';
import { overallStatus, type FieldRow, type FillReport } from './report';
import {
  ADD_MENU_WORDS,
  controlKey,
  findControl,
  findMenuEditorRoot,
  isDisabledControl,
  menuEditorHeadings,
  ownText,
} from '../page/detect';

export interface MenuSpec {
  name: string;
  url: string;
}

export const MAX_MAIN_MENUS = 3;
export const MAX_MENU_NAME_BYTES = 16;
/** WeCom's published limit for a menu URL. */
export const MAX_MENU_URL_BYTES = 256;

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
// Vocabulary (labels are assumed: match several)

export const NAME_LABELS = ['菜单名称', '主菜单名称', '名称', '菜单名', '菜单标题', '标题', '名字'];
export const URL_LABELS = ['网页地址', '页面地址', '网址', '网页链接', '链接地址', '链接', 'URL', '网页URL', 'URL地址', '跳转链接', '跳转地址', '页面链接', '网站地址', '地址'];
export const TYPE_LABELS = ['菜单内容', '菜单类型', '类型', '内容', '菜单动作', '动作', '响应动作', '跳转类型'];
export const WEB_TYPE_WORDS = ['跳转网页', '跳转到网页', '打开网页', '跳转至网页', '网页', '跳转链接', '打开链接', 'view'];
const DELETE_WORDS = ['删除菜单', '删除主菜单', '删除该菜单', '删除', '移除', '移除菜单'];
/** What a freshly added, still unnamed menu shows. */
const PLACEHOLDER_NAMES = new Set(['菜单名称', '新菜单', '主菜单', '未命名', '未命名菜单', '新建菜单', '主菜单名称'].map(labelKey));
/** Control words that are never a menu in the preview. */
const UI_WORDS = new Set(
  ['保存', '发布', '保存并发布', '取消', '预览', '返回', '确定', '确认', '删除', '删除菜单', '添加主菜单', '添加子菜单', '添加菜单', '编辑', '设置', '帮助', '撤销']
    .map(controlKey),
);
const ALL_FIELD_KEYS = new Set([...NAME_LABELS, ...URL_LABELS, ...TYPE_LABELS].map(labelKey));
const ADD_KEYS = new Set(ADD_MENU_WORDS.map(controlKey));
/** "0/3", "1 / 3", "3": a counter beside the add button, never a menu. */
const COUNTER = /^[(（]?\d+\s*([/／]\s*\d+)?[)）]?$/;
/** Words of a hint or a limit ("最多添加3个主菜单，每个主菜单最多5个子菜单"), never a menu's name. */
const HINT_WORDS = /最多|最少|至多|不超过|不能超过|上限|可添加|还可|个主菜单|个子菜单|个菜单|以内|点击|拖动|拖拽/;
const ITEM_CLASS = /(^|[\s_-])(menu|tab|nav|bar)[_-]?(item|tab|btn|button|name|cell|li|unit)($|[\s_-])/i;

const ELLIPSIS = /(…|\.\.\.|⋯)+$/;

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
  if (COUNTER.test(bare) || HINT_WORDS.test(bare)) return false;
  const ck = controlKey(bare);
  if (UI_WORDS.has(ck) || ADD_KEYS.has(ck)) return false;
  if (ALL_FIELD_KEYS.has(labelKey(bare))) return false;
  return true;
}

function isPlaceholderName(name: string): boolean {
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

function canonUrl(u: string): string {
  const s = normText(u);
  try {
    return new URL(s).href;
  } catch {
    return s;
  }
}

function sameUrl(a: string, b: string): boolean {
  return canonUrl(a) === canonUrl(b);
}

// ---------------------------------------------------------------------------------------------
// Reading the editor

export function findMenuEditor(doc: Document): Element | null {
  return findMenuEditorRoot(doc);
}

function docOrder(a: Node, b: Node): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Visible fields a user can type in (a readonly input only shows a drop-down's choice). */
function visibleTextFields(scope: ParentNode): TextField[] {
  return Array.from(scope.querySelectorAll('input, textarea')).filter((e): e is TextField => isTextField(e) && !(e as HTMLInputElement).readOnly && isVisible(e));
}

const NAME_PLACEHOLDER = /名称|菜单名|标题|name/i;
const URL_PLACEHOLDER = /https?:|网址|链接|地址|url/i;

function urlFieldsIn(scope: ParentNode): TextField[] {
  const out: TextField[] = [];
  for (const l of findLabelElements(scope, URL_LABELS)) {
    const f = fieldForLabel(l, ALL_FIELD_KEYS);
    if (f && isTextField(f) && !out.includes(f)) out.push(f);
  }
  for (const f of visibleTextFields(scope)) {
    if (!out.includes(f) && URL_PLACEHOLDER.test(f.getAttribute('placeholder') ?? '') && !NAME_PLACEHOLDER.test(f.getAttribute('placeholder') ?? '')) out.push(f);
  }
  return out;
}

function nameFieldsIn(scope: ParentNode): TextField[] {
  const urls = new Set(urlFieldsIn(scope));
  const out: TextField[] = [];
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

function findNameField(block: Element): TextField | null {
  return nameFieldsIn(block)[0] ?? null;
}

function findUrlField(block: Element): TextField | null {
  const name = findNameField(block);
  const f = findField(block, URL_LABELS, { otherLabels: [...NAME_LABELS, ...TYPE_LABELS] });
  if (f && f !== name) return f;
  return urlFieldsIn(block).find((x) => x !== name) ?? null;
}

/** Elements in `root` (outside `exclude`) whose own text shows `name`: the menu's echo in the preview. */
function echoesOf(root: Element, name: string, exclude: Element | null): Element[] {
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

interface View {
  root: Element;
  /** Visible per-menu forms, in page order (one-at-a-time editors show at most one). */
  blocks: Element[];
  /** Menus in the phone preview, in page order (may be empty when the preview is not recognised). */
  items: Element[];
}

function blockOf(field: TextField, root: Element, fields: TextField[], stops: Element[]): Element {
  let node: Element = field;
  for (let p = node.parentElement; p && p !== root; p = p.parentElement) {
    if (fields.some((o) => o !== field && p.contains(o))) break;
    if (stops.some((s) => s !== p && p.contains(s))) break;
    node = p;
  }
  return node;
}

function itemText(el: Element): string {
  return normText(ownText(el));
}

function previewItems(root: Element, blocks: Element[], names: string[]): Element[] {
  const add = findControl(root, ADD_MENU_WORDS, { includeHidden: true });
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

const STATE_CLASS = /^(is-)?(on|active|selected|cur|current|checked|add|plus|new|disabled)$|[-_](on|active|selected|cur|current|add|plus|new|disabled)$/i;

/** Same tag and (both classless, or sharing a class that is not a state like "on" / "add"). */
function looksAlike(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const cls = (e: Element) => (e.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !STATE_CLASS.test(c));
  const ca = cls(a);
  const cb = cls(b);
  if (!ca.length && !cb.length) return true;
  return ca.some((c) => cb.includes(c));
}

function view(root: Element, hints: string[] = []): View {
  const fields = nameFieldsIn(root);
  const add = findControl(root, ADD_MENU_WORDS, { includeHidden: true });
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
function formsAreMenus(v: View): boolean {
  return v.blocks.length >= 2 || (v.blocks.length >= 1 && v.items.length <= v.blocks.length);
}

interface BlockState {
  name: string;
  url: string;
  /** Text of the selected type option, when one is visibly selected. */
  type: string | null;
}

function readBlock(block: Element): BlockState {
  const nf = findNameField(block);
  const uf = findUrlField(block);
  return { name: nf ? normText(readValue(nf)) : '', url: uf ? normText(readValue(uf)) : '', type: selectedType(block) };
}

function formShowsItem(block: Element, item: Element): boolean {
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

function isWebWord(text: string): boolean {
  const k = labelKey(text);
  if (!k) return false;
  if (WEB_TYPE_WORDS.some((w) => labelKey(w) === k)) return true;
  return k.length <= 12 && /^(跳转|打开)?(到|至)?网页/.test(k);
}

const SELECTED_CLASS = /(^|[\s_-])(is-)?(checked|selected|active|cur|current|on|chosen)($|[\s_-])|_checked\b|-checked\b/i;

/** The wrapper of one option: climbs while the ancestor's text is still just the option's text. */
function optionWrapper(opt: Element): Element {
  const key = labelKey(ownText(opt));
  let node = opt;
  for (let p = opt.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) {
    if (labelKey(ownText(p)) !== key) break;
    node = p;
  }
  return node;
}

function optionSelected(opt: Element): boolean {
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
function typeOptions(block: Element): Element[] {
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

function selectedType(block: Element): string | null {
  for (const sel of Array.from(block.querySelectorAll('select'))) {
    if (!isVisible(sel)) continue;
    const s = sel as HTMLSelectElement;
    const opt = s.options[s.selectedIndex];
    if (opt) return normText(opt.text);
  }
  for (const o of typeOptions(block)) if (optionSelected(o)) return normText(ownText(o));
  return null;
}

function setSelect(sel: HTMLSelectElement, value: string): void {
  const win = sel.ownerDocument?.defaultView as (Window & typeof globalThis) | null;
  const setter = Object.getOwnPropertyDescriptor((win?.HTMLSelectElement ?? HTMLSelectElement).prototype, 'value')?.set;
  sel.focus?.();
  if (setter) setter.call(sel, value);
  else sel.value = value;
  sel.dispatchEvent(new (win?.Event ?? Event)('input', { bubbles: true }));
  sel.dispatchEvent(new (win?.Event ?? Event)('change', { bubbles: true }));
  sel.blur?.();
}

function clickTargetFor(opt: Element): Element {
  const wrap = optionWrapper(opt);
  const native = wrap.querySelector('input[type="radio"]') as HTMLInputElement | null;
  return native && isVisible(native) ? native : opt;
}

type TypeChoice = 'already' | 'chosen' | 'none';

/** Choose 跳转网页 in the block's type control, wherever the editor asks for it. */
async function chooseWebType(doc: Document, getBlock: () => Element | null, typeName?: string | null): Promise<TypeChoice> {
  const want = (text: string) => (typeName ? labelKey(text) === labelKey(typeName) : isWebWord(text));
  const block = getBlock();
  if (!block) return 'none';
  // a) a native <select>
  for (const sel of Array.from(block.querySelectorAll('select'))) {
    if (!isVisible(sel)) continue;
    const s = sel as HTMLSelectElement;
    const opt = Array.from(s.options).find((o) => want(o.text) || (!typeName && /^view$/i.test(o.value)));
    if (!opt) continue;
    if (s.value === opt.value) return 'already';
    setSelect(s, opt.value);
    await nextRender(doc.defaultView);
    return 'chosen';
  }
  // b) radios, tabs or buttons showing the type names
  const opts = typeName ? typeOptions(block).filter((o) => want(ownText(o))) : findLabelElements(block, WEB_TYPE_WORDS).concat(typeOptions(block).filter((o) => isWebWord(ownText(o))));
  const ranked = opts.sort((a, b) => rank(ownText(a)) - rank(ownText(b)));
  const opt = ranked[0];
  if (opt) {
    if (optionSelected(opt)) return 'already';
    clickLikeUser(clickTargetFor(opt));
    await nextRender(doc.defaultView);
    return 'chosen';
  }
  // c) a custom drop-down next to the type label: open it, then pick the option wherever it renders
  const tl = findLabelElements(block, TYPE_LABELS)[0];
  if (!tl) return 'none';
  const trigger = fieldForLabel(tl, ALL_FIELD_KEYS, (e) => e !== tl && isVisible(e) && isDropdownTrigger(e));
  if (!trigger) return 'none';
  const words = typeName ? [typeName] : WEB_TYPE_WORDS;
  // What already shows the word (another menu's chosen type, a closed list) is not the option:
  // the option is what the click revealed (a list portalled to <body> included).
  const shownBefore = new Set(findLabelElements(doc, words));
  clickLikeUser(trigger);
  const option = await waitFor(doc, () => {
    const found = findLabelElements(doc, words).filter((e) => e !== trigger && !trigger.contains(e) && !shownBefore.has(e));
    return found.sort((a, b) => rank(ownText(a)) - rank(ownText(b)))[0] ?? null;
  }, 800);
  if (!option) return 'none';
  clickLikeUser(option);
  await nextRender(doc.defaultView);
  return 'chosen';
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

function rank(text: string): number {
  const k = labelKey(text);
  const i = WEB_TYPE_WORDS.findIndex((w) => labelKey(w) === k);
  return i < 0 ? WEB_TYPE_WORDS.length : i;
}

// ---------------------------------------------------------------------------------------------
// Waiting for the page

/** Resolve with fn()'s first truthy answer, checked after each re-render, or null after `timeout` ms. */
async function waitFor<T>(doc: Document, fn: () => T | null | undefined | false, timeout = 1500): Promise<T | null> {
  const win = doc.defaultView;
  const end = Date.now() + timeout;
  await nextRender(win);
  for (;;) {
    const r = fn();
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
        resolve();
      };
      const mo = MO ? new MO(finish) : null;
      mo?.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(finish, 100);
    });
    await nextRender(win);
  }
}

// ---------------------------------------------------------------------------------------------
// Driving the editor

class Editor {
  private el: Element;
  constructor(
    readonly doc: Document,
    root: Element,
    readonly hints: string[],
  ) {
    this.el = root;
  }

  /** The editor root, re-found when the page re-rendered it away. */
  get root(): Element {
    if (!this.el.isConnected) this.el = findMenuEditor(this.doc) ?? this.el;
    return this.el;
  }

  view(extra: string[] = []): View {
    return view(this.root, [...extra, ...this.hints]);
  }

  /** The form of menu `index` (selecting it in the preview first when the editor shows one form at a time). */
  async select(index: number, name?: string): Promise<Element | null> {
    const v = this.view(name ? [name] : []);
    // Every menu has its form on the page: pick by name, else by position.
    if (v.blocks.length > 1 || (v.blocks.length === 1 && v.items.length === 0)) {
      if (name) {
        const byName = v.blocks.find((b) => blockShows(b, name));
        if (byName) return byName;
        if (v.blocks.length === 1) return isBlank(readBlock(v.blocks[0])) ? v.blocks[0] : null;
      }
      return v.blocks[index] ?? null;
    }
    // One form at a time: click the menu in the preview (by its name, else by position).
    const item = (name ? v.items.find((it) => previewShows(itemText(it), name)) : undefined) ?? v.items[index];
    if (!item) return null;
    if (v.blocks.length === 1 && formShowsItem(v.blocks[0], item)) return v.blocks[0];
    const expect = itemText(item);
    clickLikeUser(item);
    const shown = (blk: Element) => {
      const val = readBlock(blk).name;
      return isPlaceholderName(expect) ? isPlaceholderName(val) : previewShows(expect, val);
    };
    return waitFor(this.doc, () => {
      const w = this.view(name ? [name] : []);
      return w.blocks.length === 1 && shown(w.blocks[0]) ? w.blocks[0] : null;
    }, 1500);
  }

  /** The form currently showing menu `index` (no clicking): for re-finding after a re-render. */
  current(index: number, name: string): Element | null {
    const v = this.view([name]);
    if (v.blocks.length > 1) return v.blocks[index] ?? v.blocks.find((b) => blockShows(b, name)) ?? null;
    return v.blocks[0] ?? null;
  }

  count(): number {
    const v = this.view();
    return formsAreMenus(v) ? v.blocks.length : v.items.length;
  }
}

function blockShows(block: Element, name: string): boolean {
  const r = readBlock(block);
  return normText(r.name) === normText(name) || (isPlaceholderName(r.name) && isPlaceholderName(name));
}

interface Existing extends BlockState {
  /** The name as the preview shows it when the form could not be opened. */
  fromPreview?: boolean;
}

async function inspect(ed: Editor): Promise<Existing[]> {
  const v = ed.view();
  if (formsAreMenus(v)) return v.blocks.map((b) => readBlock(b));
  const out: Existing[] = [];
  const n = v.items.length;
  let clickable = true; // once selecting a menu opens no form, the rest is read from the preview
  for (let i = 0; i < n; i++) {
    const items = ed.view().items;
    const it = items[i];
    if (!it) break;
    const text = itemText(it);
    const b = clickable ? await ed.select(i, isPlaceholderName(text) || ELLIPSIS.test(text) ? undefined : text) : null;
    if (b && formShowsItem(b, ed.view().items[i] ?? it)) out.push(readBlock(b));
    else {
      clickable = false;
      out.push({ name: isPlaceholderName(text) ? '' : text, url: '', type: null, fromPreview: true });
    }
  }
  return out;
}

function isBlank(m: BlockState): boolean {
  return isPlaceholderName(m.name) && !normText(m.url);
}

function sameMenu(m: BlockState, want: MenuSpec): boolean {
  return normText(m.name) === normText(want.name) && sameUrl(m.url, want.url);
}

function describe(m: BlockState): string {
  return m.url ? `${m.name}: ${m.url}` : m.name;
}

type UndoAction =
  | { kind: 'added'; index: number; name: string }
  | { kind: 'changed'; index: number; name: string; before: BlockState };

export interface MenuFillResult {
  report: FillReport;
  undo: () => Promise<FieldRow[]>;
}

const fieldId = (i: number) => `menu-${i + 1}`;

/**
 * Fill the visible custom menu editor with `menus` (main menus of type 跳转网页). Menus already
 * present with the same name and URL are left alone (`unchanged`); a different menu at a position
 * refuses the whole fill (overridable) unless `opts.overwrite`. Reads everything back after the
 * page re-renders. Never presses 保存 / 确定 / 发布.
 */
export async function fillMenus(doc: Document, menus: MenuSpec[], opts: { overwrite?: boolean } = {}): Promise<MenuFillResult> {
  const nothingToUndo = async (): Promise<FieldRow[]> => [];
  const refuse = (error: string, overridable = false): MenuFillResult => ({
    report: { status: 'refused', rows: [], error, ...(overridable ? { overridable: true } : {}) },
    undo: nothingToUndo,
  });

  const root = findMenuEditor(doc);
  if (!root) return refuse(t('menus_noEditor'));
  const wanted = (menus ?? []).map((m) => ({ name: normText(m?.name), url: normText(m?.url) }));
  if (!wanted.length) return refuse(t('menus_noMenus'));

  const ed = new Editor(doc, root, wanted.map((m) => m.name).filter(Boolean));
  const existing = await inspect(ed);

  // Refuse before touching anything when a position already holds a different menu.
  const fit = wanted.slice(0, MAX_MAIN_MENUS);
  const differing = fit
    .map((w, i) => ({ w, i, ex: existing[i] }))
    .filter(({ w, ex }) => ex && !isBlank(ex) && !sameMenu(ex, w));
  if (differing.length && !opts.overwrite) {
    const parts = differing.map(({ w, i, ex }) => t('menus_differsOne', [String(i + 1), describe(ex!), w.name]));
    return refuse(t('menus_differs', [parts.join(';')]), true);
  }

  const rows: FieldRow[] = [];
  const actions: UndoAction[] = [];
  const touched: { index: number; want: MenuSpec; row: FieldRow; seen: BlockState | null }[] = [];
  let position = 0; // where the next menu goes on the page

  for (let i = 0; i < fit.length; i++) {
    const want = fit[i];
    const row: FieldRow = { field: fieldId(i), result: 'failed' };
    rows.push(row);
    if (!want.name) {
      row.message = t('menus_emptyName');
      continue;
    }
    if (!safeUrl(want.url)) {
      row.message = t('menus_badUrl', [want.url || '—']);
      continue;
    }
    if (utf8Bytes(want.url) > MAX_MENU_URL_BYTES) {
      row.message = t('menus_urlTooLong', [String(utf8Bytes(want.url)), String(MAX_MENU_URL_BYTES)]);
      continue;
    }
    const ex = existing[position];
    if (ex && sameMenu(ex, want)) {
      row.result = 'unchanged';
      row.before = row.after = describe(ex);
      position++;
      continue;
    }
    let block: Element | null;
    let before: BlockState | null = null;
    if (ex) {
      block = await ed.select(position, ex.fromPreview || isBlank(ex) ? undefined : ex.name);
      before = ex;
      row.before = describe(ex);
    } else {
      const added = await addMenu(ed, position);
      if ('error' in added) {
        row.message = added.error;
        continue;
      }
      block = added.block;
      actions.push({ kind: 'added', index: position, name: want.name });
    }
    if (!block) {
      row.message = t('menus_noForm');
      position++;
      continue;
    }
    if (before) actions.push({ kind: 'changed', index: position, name: want.name, before });
    const set = await setMenu(ed, position, want, before?.name);
    if (set.error) row.message = set.error;
    touched.push({ index: position, want, row, seen: set.seen });
    position++;
  }
  for (let i = MAX_MAIN_MENUS; i < wanted.length; i++) {
    rows.push({ field: fieldId(i), result: 'failed', message: t('menus_tooMany', [String(MAX_MAIN_MENUS), wanted[i].name || '—']) });
  }

  // Read back after the page re-rendered.
  await nextRender(doc.defaultView);
  for (const { index, want, row, seen } of touched) {
    // Reopen the menu's form to read it; an editor whose preview is not recognised only lets us
    // read what the form showed right after typing (also after a re-render).
    const block = await ed.select(index, want.name);
    const got = block ? readBlock(block) : seen;
    if (!got) {
      if (!row.message) row.message = t('menus_noForm');
      row.result = 'failed';
      continue;
    }
    row.after = describe(got);
    const nameOk = normText(got.name) === want.name;
    const urlOk = sameUrl(got.url, want.url);
    const bytes = utf8Bytes(want.name);
    if (nameOk && urlOk) {
      row.result = 'filled';
      row.message = bytes > MAX_MENU_NAME_BYTES ? t('menus_nameLongAccepted', [want.name, String(bytes), String(MAX_MENU_NAME_BYTES)]) : undefined;
    } else {
      row.result = 'failed';
      if (row.message) {
        /* keep the reason found while filling */
      } else if (!nameOk && bytes > MAX_MENU_NAME_BYTES) row.message = t('menus_nameTooLong', [want.name, String(bytes), String(MAX_MENU_NAME_BYTES), got.name || '—']);
      else row.message = t('menus_readback', [got.name || '—', got.url || '—']);
    }
    if (row.message === undefined) delete row.message;
  }

  const report: FillReport = { status: overallStatus(rows), rows };
  let undone = false;
  return {
    report,
    undo: async () => {
      if (undone) return [];
      undone = true;
      return runUndo(ed, actions);
    },
  };
}

function safeUrl(u: string): boolean {
  try {
    const x = new URL(u);
    return x.protocol === 'https:' || x.protocol === 'http:';
  } catch {
    return false;
  }
}

async function addMenu(ed: Editor, index: number): Promise<{ block: Element } | { error: string }> {
  const add = findControl(ed.root, ADD_MENU_WORDS);
  if (!add || isDisabledControl(add)) return { error: t('menus_addUnavailable', [String(ed.count())]) };
  const before = ed.view();
  const countBefore = formsAreMenus(before) ? before.blocks.length : before.items.length;
  const blankBefore = before.blocks.filter((b) => isBlank(readBlock(b))).length;
  clickLikeUser(add);
  const ready = await waitFor(ed.doc, () => {
    const v = ed.view();
    const blanks = v.blocks.filter((b) => isBlank(readBlock(b)));
    if (blanks.length > blankBefore) return { v, block: blanks[blanks.length - 1] };
    if (v.items.length > before.items.length) return { v, block: null };
    if (v.blocks.length > before.blocks.length) return { v, block: v.blocks[v.blocks.length - 1] };
    return null;
  }, 2000);
  if (!ready) return { error: t('menus_addFailed') };
  if (ready.block) return { block: ready.block };
  // The preview grew but no blank form is showing: open the new menu.
  const b = await ed.select(Math.max(index, countBefore));
  return b ? { block: b } : { error: t('menus_noForm') };
}

/** Type the name, choose 跳转网页, type the URL; then read the form back after a re-render. */
async function setMenu(ed: Editor, index: number, want: MenuSpec, oldName?: string): Promise<{ error: string | null; seen: BlockState | null }> {
  const win = ed.doc.defaultView;
  const fail = (error: string) => ({ error, seen: null });
  let block = ed.current(index, oldName ?? want.name);
  if (!block) return fail(t('menus_noForm'));
  const nameField = findNameField(block);
  if (!nameField) return fail(t('menus_noNameField'));
  // A name longer than the field allows is not typed (a user could not type it either).
  const max = nameField.maxLength;
  const nameTooLong = max > 0 && Array.from(want.name).length > max;
  if (!nameTooLong && readValue(nameField) !== want.name) typeInto(nameField, want.name);
  await nextRender(win);

  const locate = () => ed.current(index, want.name) ?? ed.current(index, oldName ?? '');
  block = locate();
  if (!block) return fail(t('menus_noForm'));
  const choice = await chooseWebType(ed.doc, locate);
  const urlField = await waitFor(ed.doc, () => {
    const b = locate();
    return b ? findUrlField(b) : null;
  }, choice === 'chosen' ? 1500 : 300);
  if (!urlField) return fail(choice === 'none' ? t('menus_noType') : t('menus_noUrlField'));
  if (readValue(urlField) !== want.url) typeInto(urlField, want.url);
  await nextRender(win);
  const after = locate();
  return { error: nameTooLong ? t('menus_nameMaxlength', [want.name, String(max)]) : null, seen: after ? readBlock(after) : null };
}

function findDeleteControl(ed: Editor, block: Element): Element | null {
  // In the form, or just above it (a block header), or — for one-form editors — anywhere in the editor.
  let scope: Element | null = block;
  for (let i = 0; scope && i < 3; i++, scope = scope.parentElement) {
    const c = findControl(scope, DELETE_WORDS);
    if (c) return c;
    if (scope === ed.root) break;
    const p: Element | null = scope.parentElement;
    if (!p || nameFieldsIn(p).length > 1) break;
  }
  const v = ed.view();
  return v.blocks.length <= 1 ? findControl(ed.root, DELETE_WORDS) : null;
}

async function runUndo(ed: Editor, actions: UndoAction[]): Promise<FieldRow[]> {
  const rows: FieldRow[] = [];
  for (const a of [...actions].reverse()) {
    const row: FieldRow = { field: fieldId(a.index), result: 'failed' };
    rows.push(row);
    try {
      const block = await ed.select(a.index, a.name);
      if (!block || !blockShows(block, a.name)) {
        row.message = t('menus_undoNotFound', [a.name]);
        continue;
      }
      if (a.kind === 'added') {
        const countBefore = ed.count();
        const del = findDeleteControl(ed, block);
        if (!del) {
          row.message = t('menus_undoNoDelete', [a.name]);
          continue;
        }
        const dialogsBefore = openDialogs(ed.doc);
        clickLikeUser(del);
        await nextRender(ed.doc.defaultView);
        await confirmDeletion(ed.doc, dialogsBefore);
        const gone = await waitFor(ed.doc, () => ed.count() < countBefore, 1500);
        row.result = gone ? 'filled' : 'failed';
        row.message = gone ? t('menus_undoRemoved', [a.name]) : t('menus_undoNoDelete', [a.name]);
      } else {
        const b = a.before;
        const nf = findNameField(block);
        if (nf) typeInto(nf, b.name);
        await nextRender(ed.doc.defaultView);
        const locate = () => ed.current(a.index, b.name) ?? ed.current(a.index, a.name);
        if (b.type) await chooseWebType(ed.doc, locate, isWebWord(b.type) ? null : b.type);
        const uf = await waitFor(ed.doc, () => {
          const blk = locate();
          return blk ? findUrlField(blk) : null;
        }, 300);
        if (uf) typeInto(uf, b.url);
        await nextRender(ed.doc.defaultView);
        const blk = locate();
        const now = blk ? readBlock(blk) : null;
        const ok = !!now && normText(now.name) === normText(b.name) && (!uf || normText(now.url) === normText(b.url));
        row.result = ok ? 'filled' : 'failed';
        row.before = describe(b);
        if (now) row.after = describe(now);
        row.message = ok ? t('menus_undoRestored', [b.name || '—']) : t('menus_undoFailed', [a.name]);
      }
    } catch (e) {
      row.message = t('menus_undoFailed', [a.name]);
    }
  }
  return rows;
}

const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open], [class*="dialog" i], [class*="modal" i], [class*="confirm" i], [class*="popover" i]';

function openDialogs(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(DIALOG_SELECTOR)).filter((d) => isVisible(d));
}

/**
 * Some editors ask "确定删除该菜单?" after 删除. Only a dialog that appeared because of our own 删除
 * click (a deletion question) is confirmed — never the page's save / publish.
 */
async function confirmDeletion(doc: Document, before: Element[]): Promise<void> {
  const fresh = await waitFor(doc, () => openDialogs(doc).filter((d) => !before.includes(d) && /删除/.test(normText(d.textContent))).pop() ?? null, 300);
  if (!fresh) return;
  if (findNameFieldsAnywhere(fresh)) return;
  const ok = findControl(fresh, ['删除', '确定删除', '确定', '确认']);
  if (ok) {
    clickLikeUser(ok);
    await nextRender(doc.defaultView);
  }
}

function findNameFieldsAnywhere(scope: Element): boolean {
  return nameFieldsIn(scope).length > 0 || urlFieldsIn(scope).length > 0;
}
