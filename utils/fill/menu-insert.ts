// Custom menu editor, DRIVING side (insert): add the bundle's menus as 跳转网页 main menus on what
// menu-collect.ts read — click 添加主菜单, select a menu in the preview, type the name, choose the
// type (a native <select>, radios / tabs, or a custom drop-down whose list may be portalled to
// <body>), type the address once it appears, read everything back after the page re-rendered, undo.
// Values are typed the way a user types (typeInto). Never presses the page's 保存 / 确定 / 发布.
import { t } from '../i18n';
import { words } from '../site/vocabulary';
import { learnedFor, resolveLearned } from '../site/learned';
import { clickLikeUser, fieldForLabel, findLabelElements, isVisible, readValue, typeInto } from './dom';
import { labelKey, normText } from '../dom/text';
import { nextRender, waitFor as waitForPage } from '../dom/wait';
import { markNotFound, overallStatus, type FieldRow, type FillReport } from './report';
import { ADD_MENU_WORDS, findControlByWords, isDisabledControl, ownText } from '../page/detect';
import {
  ALL_FIELD_KEYS, DELETE_WORDS, ELLIPSIS, MAX_MAIN_MENUS, MAX_MENU_NAME_BYTES, MAX_MENU_URL_BYTES, TYPE_LABELS, WEB_TYPE_WORDS,
  blockShows, describe, findMenuEditor, findNameField, findUrlField, formShowsItem, formsAreMenus, isBlank, isDropdownTrigger,
  isPlaceholderName, isWebWord, itemText, MENU_PAGE, nameFieldsIn, optionSelected, optionWrapper, previewShows, rank, readBlock, sameMenu,
  sameUrl, taughtLost, typeOptions, urlFieldsIn, utf8Bytes, view,
  type BlockState, type MenuSpec, type View,
} from './menu-collect';
import { debugLog } from '../site/debug';

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

const uniq = <T,>(xs: T[]): T[] => xs.filter((x, i) => xs.indexOf(x) === i);

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
  const opts = typeName ? uniq([...typeOptions(block).filter((o) => want(ownText(o))), ...findLabelElements(block, [typeName])]) : findLabelElements(block, WEB_TYPE_WORDS).concat(typeOptions(block).filter((o) => isWebWord(ownText(o))));
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


// ---------------------------------------------------------------------------------------------
// Waiting for the page

/** Resolve with fn()'s first truthy answer, checked after each re-render, or null after `timeout` ms. */
const waitFor = <T>(doc: Document, fn: () => T | null | undefined | false, timeout = 1500): Promise<T | null> => waitForPage(fn, { doc, timeout });

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
    // Several still unnamed menus all look like the one form showing a blank name: click to be sure.
    const ambiguous = isPlaceholderName(itemText(item)) && v.items.filter((it) => isPlaceholderName(itemText(it))).length > 1;
    if (v.blocks.length === 1 && formShowsItem(v.blocks[0], item) && !ambiguous) return v.blocks[0];
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
  const refuse = (error: string, overridable = false): MenuFillResult => (debugLog('menus', `refused: ${error}`), {
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
    .filter(({ w, ex }) => ex && !isBlank(ex) && !sameMenu(ex, w) && !unfinished(ex, w));
  if (differing.length && !opts.overwrite) {
    const parts = differing.map(({ w, i, ex }) => t('menus_differsOne', [String(i + 1), describe(ex!), w.name]));
    return refuse(t('menus_differs', [parts.join(';')]), true);
  }

  const rows: FieldRow[] = [];
  const actions: UndoAction[] = [];
  const touched: { index: number; want: MenuSpec; row: FieldRow; seen: BlockState | null }[] = [];
  let position = 0; // where the next menu goes on the page
  /** Per row: taught elements that are gone (the vocabulary was used instead). */
  const lostOf = new Map<FieldRow, Set<string>>();
  const lost = (row: FieldRow, fields: string[]) => {
    if (!fields.length) return;
    const set = lostOf.get(row) ?? new Set<string>();
    for (const f of fields) set.add(f);
    lostOf.set(row, set);
  };

  for (let i = 0; i < fit.length; i++) {
    const want = fit[i];
    const row: FieldRow = { field: fieldId(i), result: 'failed' };
    rows.push(row);
    if (!want.name) {
      row.message = t('menus_emptyName');
      continue;
    }
    if (!isSafeMenuUrl(want.url)) {
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
      const addLost: string[] = [];
      const added = await addMenu(ed, position, addLost);
      lost(row, addLost);
      if ('error' in added) {
        row.message = added.error;
        if (added.notFound) {
          row.reason = 'not-found';
          row.teach = 'menuAdd';
        }
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
    lost(row, set.lost);
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

  markNotFound(rows, [t('menus_noForm'), t('menus_noNameField'), t('menus_noType'), t('menus_noUrlField')]);
  for (const r of rows) {
    if (r.reason !== 'not-found') continue;
    r.teach ??= teachTarget(r.message ?? '');
    // not found although it was taught: the taught element is gone too
    if (r.teach && learnedFor(MENU_PAGE, r.teach)) lost(r, [r.teach]);
  }
  for (const [r, fields] of lostOf) {
    debugLog('menus', `${r.field}: the taught ${[...fields].join(', ')} is gone; the vocabulary was used`);
    r.message = [t('teach_msg_lost'), r.message].filter(Boolean).join(' ');
  }
  for (const r of rows) if (r.result === 'failed') debugLog('menus', `${r.field} failed${r.reason ? ` (${r.reason})` : ''}: ${r.message ?? ''}`);
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

/**
 * The wanted menu's name without an address: a fill that could not finish (its type or address
 * field was not found, then taught): completed, not refused as "a different menu".
 */
function unfinished(ex: BlockState, want: MenuSpec): boolean {
  return normText(ex.name) === want.name && !normText(ex.url);
}

/** Which taught element a not-found row's message asks for (ec-teach learns it). */
function teachTarget(message: string): string | undefined {
  if (message === t('menus_noForm') || message === t('menus_noNameField')) return 'menuName';
  if (message === t('menus_noType')) return 'menuType';
  if (message === t('menus_noUrlField')) return 'menuUrl';
  return undefined;
}

function isSafeMenuUrl(u: string): boolean {
  try {
    const x = new URL(u);
    return x.protocol === 'https:' || x.protocol === 'http:';
  } catch {
    return false;
  }
}

async function addMenu(ed: Editor, index: number, lost: string[] = []): Promise<{ block: Element } | { error: string; notFound?: boolean }> {
  const taught = learnedFor(MENU_PAGE, 'menuAdd');
  const taughtAdd = taught ? resolveLearned(ed.doc, taught) : null;
  const add = taughtAdd ?? findControlByWords(ed.root, ADD_MENU_WORDS);
  if (taught && !taughtAdd) lost.push('menuAdd');
  if (!add) return { error: t('menus_addUnavailable', [String(ed.count())]), notFound: true };
  if (isDisabledControl(add)) return { error: t('menus_addUnavailable', [String(ed.count())]) };
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

/**
 * Type the name, choose 跳转网页, type the URL; then read the form back after a re-render. Taught
 * elements (menuName / menuType / menuUrl) win over the vocabulary; `lost` names those taught but
 * gone (the vocabulary was used instead).
 */
async function setMenu(ed: Editor, index: number, want: MenuSpec, oldName?: string): Promise<{ error: string | null; seen: BlockState | null; lost: string[] }> {
  const win = ed.doc.defaultView;
  const lost: string[] = [];
  const fail = (error: string) => ({ error, seen: null, lost });
  let block = ed.current(index, oldName ?? want.name);
  if (!block) return fail(t('menus_noForm'));
  const nameField = findNameField(block);
  if (taughtLost(block, 'menuName')) lost.push('menuName');
  if (!nameField) return fail(t('menus_noNameField'));
  // A name longer than the field allows is not typed (a user could not type it either).
  const max = nameField.maxLength;
  const nameTooLong = max > 0 && Array.from(want.name).length > max;
  if (!nameTooLong && readValue(nameField) !== want.name) typeInto(nameField, want.name);
  await nextRender(win);

  const locate = () => ed.current(index, want.name) ?? ed.current(index, oldName ?? '');
  block = locate();
  if (!block) return fail(t('menus_noForm'));
  // The type option the user taught (its text), else the vocabulary's 跳转网页.
  const taughtType = learnedFor(MENU_PAGE, 'menuType');
  let choice: TypeChoice = taughtType?.label ? await chooseWebType(ed.doc, locate, taughtType.label) : 'none';
  if (taughtType && choice === 'none') lost.push('menuType');
  if (choice === 'none') choice = await chooseWebType(ed.doc, locate);
  const urlField = await waitFor(ed.doc, () => {
    const b = locate();
    return b ? findUrlField(b) : null;
  }, choice === 'chosen' ? 1500 : 300);
  const now = locate();
  if (now && taughtLost(now, 'menuUrl') && (urlField || choice !== 'none')) lost.push('menuUrl');
  if (!urlField) return fail(choice === 'none' ? t('menus_noType') : t('menus_noUrlField'));
  if (readValue(urlField) !== want.url) typeInto(urlField, want.url);
  await nextRender(win);
  const after = locate();
  return { error: nameTooLong ? t('menus_nameMaxlength', [want.name, String(max)]) : null, seen: after ? readBlock(after) : null, lost };
}

function findDeleteControl(ed: Editor, block: Element): Element | null {
  // In the form, or just above it (a block header), or — for one-form editors — anywhere in the editor.
  let scope: Element | null = block;
  for (let i = 0; scope && i < 3; i++, scope = scope.parentElement) {
    const c = findControlByWords(scope, DELETE_WORDS);
    if (c) return c;
    if (scope === ed.root) break;
    const p: Element | null = scope.parentElement;
    if (!p || nameFieldsIn(p).length > 1) break;
  }
  const v = ed.view();
  return v.blocks.length <= 1 ? findControlByWords(ed.root, DELETE_WORDS) : null;
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
      debugLog('menus', `undo of menu ${a.index + 1} threw`, e);
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
  const ok = findControlByWords(fresh, words('confirmDelete'));
  if (ok) {
    clickLikeUser(ok);
    await nextRender(doc.defaultView);
  }
}

function findNameFieldsAnywhere(scope: Element): boolean {
  return nameFieldsIn(scope).length > 0 || urlFieldsIn(scope).length > 0;
}

