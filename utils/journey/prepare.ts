// What `ec-next-step` does on the page (issue 11): find the control that opens the next step's
// page or dialog, the customer's row in a list, the go-online picker and its rows. Found by what
// the user sees (texts, rows, the open dialog), never by class names. It only opens, ticks and
// picks: the page's 完成 / 确定 / 保存 / 提交上线 (the detail's) are never among what it returns.
import { findControlByWords, visibleTextElements, ownText } from '../page/detect';
import { activeScope, isVisible, hasLayout } from '../fill/dom';
import { normText, labelKey } from '../dom/text';
import { companyKey, sameCompany } from './customer';
import { hasAnyWord } from '../page/visible';
import { words } from '../site/vocabulary';

/** Words that are never a customer's name in a list (headers, statuses, actions). */
const NOT_A_NAME = new Set(words('notAName').map((w) => labelKey(w)));

const START_WORDS = words('startDevelopment');
const VIEW_WORDS = words('viewRow');

function controlsOf(scope: ParentNode, words: string[]): Element[] {
  const keys = new Set(words.map((w) => labelKey(w)));
  const out: Element[] = [];
  for (const el of Array.from(scope.querySelectorAll('a, button, [role="button"], span, div'))) {
    const k = labelKey(ownText(el)).replace(/^[+＋]/, '');
    if (!keys.has(k) || !isVisible(el)) continue;
    if (Array.from(el.children).some((c) => keys.has(labelKey(ownText(c))))) continue;
    const btn = el.closest('a, button, [role="button"]') ?? el;
    if (!out.includes(btn)) out.push(btn);
  }
  return out;
}

/** The smallest ancestor of `ctl` that holds just this one row's control (a table row or list item). */
function rowOf(ctl: Element, all: Element[]): Element | null {
  let row: Element | null = null;
  for (let a = ctl.parentElement, i = 0; a && i < 8; a = a.parentElement, i++) {
    if (all.filter((c) => a!.contains(c)).length > 1) break;
    row = a;
    if (/^(TR|LI)$/.test(a.tagName) || a.getAttribute('role') === 'row') break;
  }
  return row;
}

/** The name a row shows: its first visible text that is not a header, a status or an action. */
function nameInRow(row: Element): string | null {
  for (const el of visibleTextElements(row, (k) => !!k && !NOT_A_NAME.has(k) && k.length <= 60)) {
    const text = normText(ownText(el));
    if (text && !/^\d/.test(text)) return text;
  }
  return null;
}

export interface ListedRow {
  name: string;
  /** started already (查看) or not yet (开始代开发应用) */
  developed: boolean;
  control: Element;
}

/** The template detail's 授权企业客户 rows (a header row is never a customer). */
export function listedCustomers(doc: Document): ListedRow[] {
  const starts = controlsOf(doc, START_WORDS);
  const views = controlsOf(doc, VIEW_WORDS);
  const all = [...starts, ...views];
  const out: ListedRow[] = [];
  for (const ctl of all) {
    const row = rowOf(ctl, all);
    if (!row) continue;
    const name = nameInRow(row);
    if (!name || out.some((r) => companyKey(r.name) === companyKey(name))) continue;
    out.push({ name, developed: views.includes(ctl), control: ctl });
  }
  return out;
}

/** The 开始代开发应用 (or 查看) control of one customer's row on the template page. */
export function rowControlFor(doc: Document, name: string): ListedRow | null {
  return listedCustomers(doc).find((r) => sameCompany(r.name, name)) ?? null;
}

/**
 * The control of a section on app detail: 权限 → 编辑, 自定义菜单 → 设置, 应用主页 → 修改. The label
 * and the control share the smallest block that holds no other section's control.
 */
export function sectionControl(doc: ParentNode, label: string, words: string[]): Element | null {
  const labels = visibleTextElements(doc, (k) => k === labelKey(label));
  for (const l of labels) {
    for (let a = l.parentElement, i = 0; a && i < 5; a = a.parentElement, i++) {
      const ctls = controlsOf(a, words);
      if (ctls.length === 1) return ctls[0];
      if (ctls.length > 1) break;
    }
  }
  return null;
}

const DIALOG_CLASS = /(^|\s)[\w-]*(dialog|modal)(\s|$)/i;
const DIALOG_PART = /(^|[_-])(hd|ft|bd|header|footer|body|title|wrap|wrapper|mask|content|close|btn|button)$/i;

/** The visible dialog on top, if any: a role=dialog (or <dialog open>), else a "…dialog"/"…modal" box. */
export function openDialog(doc: Document): Element | null {
  const byRole = Array.from(doc.querySelectorAll('[role="dialog"], [aria-modal="true"], dialog[open]')).filter((d) => isVisible(d));
  if (byRole.length) return byRole[byRole.length - 1];
  const byClass = Array.from(doc.querySelectorAll('[class]')).filter((el) => {
    const cls = Array.from(el.classList);
    return cls.some((c) => DIALOG_CLASS.test(c) && !DIALOG_PART.test(c)) && isVisible(el);
  });
  const outer = byClass.filter((el) => !byClass.some((o) => o !== el && o.contains(el)));
  if (outer.length) return outer[outer.length - 1];
  const top = activeScope(doc);
  if (top === doc) return null;
  // A kit's kept portal container (Ant Design's .ant-modal-root once the modal closed: its mask and
  // box hidden, itself an empty block of no height) is no open dialog.
  const r = (top as Element).getBoundingClientRect();
  return hasLayout(top as Element) && (r.width <= 0 || r.height <= 0) ? null : (top as Element);
}

/** The + 提交上线 control of the go-online list. */
export function submitOnlineControl(doc: Document): Element | null {
  return findControlByWords(doc, words('submitOnline'));
}

/** The go-online picker: the open dialog on the list that names developed apps (or says it has none). */
export function findPicker(doc: Document): Element | null {
  const d = openDialog(doc);
  if (!d) return null;
  const text = normText(d.textContent);
  if (hasAnyWord(text, 'pickerHints')) return d;
  return null;
}

/** Is the picker still loading (no rows, no empty message)? */
export function pickerLoading(picker: Element): boolean {
  return hasAnyWord(picker.textContent, 'pickerLoading') && !pickerRows(picker).length;
}

/** The picker's rows: innermost visible elements naming a company, widened to their clickable row. */
export function pickerRows(picker: Element): { name: string; el: Element }[] {
  const out: { name: string; el: Element }[] = [];
  for (const el of visibleTextElements(picker, (k) => !!k && !NOT_A_NAME.has(k) && k.length <= 60)) {
    const name = normText(ownText(el));
    if (!name || /^(选择|搜索|请|取消|确定|确 定|取 消)/.test(name) || /[:：]/.test(name)) continue;
    if (el.closest('button, [role="button"]')) continue;
    const row = el.closest('li, tr, label, [role="option"], [role="radio"], [role="row"]') ?? el.parentElement ?? el;
    out.push({ name, el: row });
  }
  return out;
}

/** The picker row of this customer, or null. */
export function pickerRowFor(picker: Element, name: string): Element | null {
  return pickerRows(picker).find((r) => sameCompany(r.name, name))?.el ?? null;
}

/** The go-online detail answered 当前状态暂不允许上线 (visible). */
export function onlineRefused(doc: Document): boolean {
  return visibleTextElements(doc, (_k, text) => hasAnyWord(text, 'onlineRefused')).length > 0;
}

/** The go-online detail shows 已上线 as its status. */
export function onlineDone(doc: Document): boolean {
  const done = new Set(words('onlineDone').map((w) => labelKey(w)));
  return visibleTextElements(doc, (k) => done.has(k)).length > 0;
}

/** The 审核编号 shown on the page (au…), else the route's auditorderid. */
export function auditOrderOnPage(doc: Document, query: Record<string, string>): string | null {
  const q = query.auditorderid ?? query.auditOrderId ?? query.auditorderId;
  if (q && /^au[0-9a-z]{4,60}$/i.test(q)) return q;
  const m = /\b(au[0-9a-z]{4,60})\b/i.exec(doc.body?.textContent ?? '');
  return m ? m[1] : null;
}
