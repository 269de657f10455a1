// Page recognition entry point: parse the hash route, name the page (the named predicates of
// utils/site/predicates.ts), and say which customer / app it is about. Pure DOM + URL, no extension
// APIs. The visible-text helpers live in ./visible.ts and are re-exported here.
import { findLabelElements, isVisible, readValue, isTextField } from '../fill/dom';
import { labelKey, normText } from '../dom/text';
import { ownText } from './visible';
import { SITE } from '../site/vocabulary';
import type { RouteInfo } from '../site/predicates';

export * from './visible';
export { detectPage, type PageKind, type RouteInfo } from '../site/predicates';


/** '#/sass/customApp/app/create?suiteid=1&corpName=%E6%A1%83' → { path: '/sass/customApp/app/create', query: {…} } */
export function parseRoute(hash: string): RouteInfo {
  let raw = (hash ?? '').trim().replace(/^#!?/, '');
  const qi = raw.indexOf('?');
  const p = qi >= 0 ? raw.slice(0, qi) : raw;
  const q = qi >= 0 ? raw.slice(qi + 1) : '';
  raw = p.replace(/\/{2,}/g, '/');
  let path = raw.startsWith('/') ? raw : `/${raw}`;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const query: Record<string, string> = {};
  for (const part of q.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const k = safeDecode(eq >= 0 ? part.slice(0, eq) : part);
    const v = safeDecode(eq >= 0 ? part.slice(eq + 1) : '');
    if (k && !(k in query)) query[k] = v;
  }
  return { path, query };
}

function safeDecode(s: string): string {
  let out = s.replace(/\+/g, ' ');
  // Tolerate double encoding (a corpName that went through encodeURIComponent twice).
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(out); i++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}
// ---------------------------------------------------------------------------------------------
// Customer and app identity

/** The customer's name: the route's `corpName` (decoded), else the 企业客户 value shown on the page. */
export function customerNameFromPage(doc: Document, route: RouteInfo): string | null {
  for (const k of ['corpName', 'corpname', 'corp_name']) {
    const v = normText(route.query[k]);
    if (v) return v;
  }
  for (const l of findLabelElements(doc, [...SITE.basicLabelsCustomer.words])) {
    // a table's column header (企业名称 / 状态 / 操作) names no one; a row header (<th> beside its
    // <td>, as Ant Design / Element Plus descriptions draw 企业客户 | 桃花岛) is a label
    if (l.closest('thead, [role="columnheader"]') || inHeaderRow(l)) continue;
    const v = valueNextTo(l);
    if (v && !HEADER_WORDS.has(labelKey(v))) return v;
  }
  return null;
}

/** The label beside the customer's name on one customer's pages. */
const CUSTOMER_LABEL = SITE.basicLabelsCustomer.words[0];
/** Inside a <th> whose row holds only <th>s (a header row without <thead>). */
function inHeaderRow(el: Element): boolean {
  const th = el.closest('th');
  const row = th?.parentElement;
  return !!row && Array.from(row.children).every((c) => c.tagName === 'TH');
}

/** Texts that are column headers or actions, never a customer's name. */
const HEADER_WORDS = new Set(SITE.listHeaders.words.map((w) => labelKey(w)));

/** The value displayed beside a label: a (read-only) field in its row, else the next text. */
function valueNextTo(label: Element): string | null {
  const key = labelKey(ownText(label));
  let node: Element = label;
  for (let i = 0; i < 3; i++) {
    // Next siblings of the label (or of the wrapper that only holds the label).
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
      if (!isVisible(s)) continue;
      const field = isTextField(s) ? s : (Array.from(s.querySelectorAll('input, textarea')).find((f) => isTextField(f) && isVisible(f)) as HTMLInputElement | undefined);
      if (field && isTextField(field)) {
        const v = normText(readValue(field));
        if (v) return v;
      }
      const text = normText(ownText(s));
      if (text && labelKey(text) !== key) return text.length <= 100 ? text : null;
    }
    const parent = node.parentElement;
    if (!parent || labelKey(ownText(parent)) !== key) break;
    node = parent;
  }
  // Label and value in one element: "企业客户:桃花岛".
  const whole = normText(ownText(label.parentElement ?? label));
  const at = whole.indexOf(CUSTOMER_LABEL);
  const m = at < 0 ? null : /^\s*[:：]?\s*(.+)$/.exec(whole.slice(at + CUSTOMER_LABEL.length));
  return m && m[1].length <= 100 ? m[1].trim() : null;
}

export function appIdFromRoute(route: RouteInfo): string | null {
  for (const k of ['appid', 'appId', 'app_id', 'AppId']) {
    const v = (route.query[k] ?? '').trim();
    if (v) return v;
  }
  return null;
}
