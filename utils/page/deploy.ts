// Reads the go-online list (代开发应用上线, #/sass/customApp/deploy/list): one entry per row with the
// customer's name (企业客户), the app (代开发应用/模版) and the status (待上线 / 已上线).
// Pure DOM reading, no browser APIs beyond the DOM: columns are found by their header text, never
// by position or class names, so a `<table>`, split header/body tables or a div grid all work.
import type { DeployStatus } from '../enums';

import { ROUTES } from '../site/routes';
import { labelKey } from '../dom/text';
import { DEPLOY_APP_HEADER, SITE } from '../site/vocabulary';

/** Is this location hash the go-online list (query and trailing slash ignored)? */
export function onDeployList(hash: string): boolean {
  return hash.replace(/^#/, '').split('?')[0].replace(/\/+$/, '').toLowerCase() === ROUTES.deployList;
}

export interface DeployRow {
  corpName: string;
  appName?: string;
  status: DeployStatus;
  /** 审核编号 (au…) shown in the row, when there is one */
  auditOrderId?: string;
}

/** The first 审核编号 (au + digits/letters) in a text. */
export function auditOrderIdIn(text: string | null | undefined): string | null {
  const m = /\b(au[0-9a-z]{4,60})\b/i.exec(text ?? '');
  return m ? m[1] : null;
}

const H_CUSTOMER = SITE.deployHeaderCustomer.words[0];
const H_STATUS = SITE.deployHeaderStatus.words[0];
const H_APP = DEPLOY_APP_HEADER;

/** A header's identity (labelKey: no spaces, zero-width chars or header marks) without sort arrows. */
function key(s: string | null | undefined): string {
  return labelKey(s).replace(/[↑↓▲▼⇅]/g, '');
}

/** Text for display: zero-width removed, whitespace runs collapsed. */
function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/**
 * Elements whose whole text is a header label: found from text nodes (one pass over the text), then
 * widened to the outermost ancestor with the same text — the cell itself, or its only content.
 */
function findLabelled(root: ParentNode, test: (k: string) => boolean): Element[] {
  const out: Element[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const k = key(n.textContent);
    if (!k || k.length > 12) continue;
    let el = n.parentElement;
    if (!el || el.closest('script,style,template,select,option')) continue;
    // the label may be split over several nodes (text + icon): judge the element's whole text
    while (el && !test(key(el.textContent)) && el.parentElement && key(el.parentElement.textContent).length <= 12) el = el.parentElement;
    if (!el || !test(key(el.textContent))) continue;
    if (!out.includes(el)) out.push(el);
  }
  return out;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) out.push(e);
  return out;
}

/** The child of `row` that contains `el`. */
function cellOf(row: Element, el: Element): Element | null {
  let e: Element | null = el;
  while (e && e.parentElement !== row) e = e.parentElement;
  return e;
}

/** Column position of a cell within its row, counting colspans. */
function columnOf(row: Element, cell: Element): number {
  let col = 0;
  for (const c of Array.from(row.children)) {
    if (c === cell) return col;
    col += span(c);
  }
  return -1;
}
function span(c: Element): number {
  const n = Number((c as HTMLTableCellElement).colSpan ?? c.getAttribute('colspan') ?? 1);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
function cellAt(row: Element, col: number): Element | null {
  let at = 0;
  for (const c of Array.from(row.children)) {
    const w = span(c);
    if (col >= at && col < at + w) return c;
    at += w;
  }
  return null;
}

interface Header {
  row: Element;
  customer: number;
  status: number;
  app: number;
}

/**
 * Header row candidates, deepest first: the common ancestor of a 企业客户 cell and a 状态 cell,
 * each in its own child. (A search form above the table may carry the same labels.)
 */
function findHeaders(root: ParentNode): Header[] {
  const customers = findLabelled(root, (k) => k === H_CUSTOMER);
  const statuses = findLabelled(root, (k) => k === H_STATUS);
  const found: { h: Header; depth: number }[] = [];
  for (const c of customers) {
    const chain = ancestors(c);
    for (const s of statuses) {
      const sChain = new Set(ancestors(s));
      const row = chain.find((a) => sChain.has(a));
      if (!row || row === c || row === s || found.some((f) => f.h.row === row)) continue;
      const cc = cellOf(row, c);
      const sc = cellOf(row, s);
      if (!cc || !sc || cc === sc) continue;
      let app = -1;
      for (const cell of Array.from(row.children)) if (H_APP.test(key(cell.textContent))) app = columnOf(row, cell);
      found.push({ h: { row, customer: columnOf(row, cc), status: columnOf(row, sc), app }, depth: ancestors(row).length });
    }
  }
  return found.sort((a, b) => b.depth - a.depth).map((f) => f.h);
}

function statusOf(cell: Element | null): DeployRow['status'] | null {
  const st = key(cell?.textContent);
  return st.includes('已上线') ? '已上线' : st.includes('待上线') ? '待上线' : null;
}

/**
 * Data rows: elements with the header row's tag and column count (a `tr` may differ) whose 状态
 * column holds a status and whose 企业客户 column holds text, in the nearest ancestor of the header
 * that has any. A wrapper around several rows also "has" those columns: only the innermost count.
 */
function dataRows(h: Header): Element[] {
  const need = Math.max(h.customer, h.status) + 1;
  const tag = h.row.tagName.toLowerCase();
  const width = (r: Element) => Array.from(r.children).reduce((n, c) => n + span(c), 0);
  const headerWidth = width(h.row);
  const isRow = (r: Element) =>
    r !== h.row && !r.contains(h.row) && !h.row.contains(r) &&
    (tag === 'tr' ? width(r) >= need : width(r) === headerWidth) &&
    statusOf(cellAt(r, h.status)) !== null && clean(cellAt(r, h.customer)?.textContent) !== '';
  for (let scope = h.row.parentElement; scope; scope = scope.parentElement) {
    const rows = Array.from(scope.querySelectorAll(tag)).filter(isRow);
    const inner = rows.filter((r) => !rows.some((o) => o !== r && r.contains(o)));
    if (inner.length) return inner;
    if (scope.tagName === 'BODY') break;
  }
  return [];
}

/** The app's name: the first line of text in its cell (上线时间 and 审核编号 follow it). */
function firstText(cell: Element): string {
  const doc = cell.ownerDocument;
  const walker = doc.createTreeWalker(cell, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = clean(n.textContent);
    if (t) return t;
  }
  return '';
}

export function readDeployRows(root: ParentNode): DeployRow[] {
  let h: Header | undefined;
  let rows: Element[] = [];
  for (const cand of findHeaders(root)) {
    rows = dataRows(cand);
    if (rows.length) {
      h = cand;
      break;
    }
  }
  if (!h) return [];
  const out: DeployRow[] = [];
  for (const r of rows) {
    const status = statusOf(cellAt(r, h.status));
    const corpName = clean(cellAt(r, h.customer)?.textContent);
    if (!status || !corpName) continue;
    const row: DeployRow = { corpName, status };
    const au = auditOrderIdIn(r.textContent);
    if (au) row.auditOrderId = au;
    if (h.app >= 0) {
      const appCell = cellAt(r, h.app);
      const app = appCell ? firstText(appCell) : '';
      if (app) row.appName = app.slice(0, 200);
    }
    out.push(row);
  }
  return out;
}
