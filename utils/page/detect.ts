// Page recognition: which provider-backend page is the user looking at? Pure DOM + URL, no extension
// APIs. Content decides first (only what is visible counts: hidden decoys never do); the hash route
// is a hint, because several routes are assumed (see docs/provider-backend.md).
import { findField, findLabelElements, isVisible, labelKey, normText, readValue, isTextField } from '../fill/dom';

export type PageKind =
  | 'wizard-basic'
  | 'wizard-dev'
  | 'menu-editor'
  | 'app-detail'
  | 'template-detail'
  | 'template-list'
  | 'deploy-list'
  | 'deploy-detail'
  | 'login'
  | 'other';

export interface RouteInfo {
  path: string;
  query: Record<string, string>;
}

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
// Small visible-text helpers

/** Text of an element without the text of nested form controls. */
export function ownText(el: Element): string {
  let out = '';
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3) out += n.nodeValue;
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (/^(INPUT|TEXTAREA|SELECT|SCRIPT|STYLE|svg)$/i.test(e.tagName)) continue;
      out += ownText(e);
    }
  }
  return out;
}

const TEXT_TAGS = 'h1, h2, h3, h4, h5, h6, div, span, p, a, b, strong, em, label, li, td, th, dt, dd, button, i, legend, header, section';

/** Innermost visible elements whose text satisfies `test` (by labelKey-style normalised text). */
export function visibleTextElements(scope: ParentNode, test: (key: string, text: string) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(scope.querySelectorAll(TEXT_TAGS))) {
    const text = normText(ownText(el));
    if (!text || text.length > 80) continue;
    const key = labelKey(text);
    if (!test(key, text)) continue;
    if (Array.from(el.children).some((c) => {
      const ct = normText(ownText(c));
      return !!ct && test(labelKey(ct), ct);
    })) continue;
    if (!isVisible(el)) continue;
    out.push(el);
  }
  return out;
}

const hasText = (scope: ParentNode, words: string[]) => {
  const keys = new Set(words.map(labelKey));
  return visibleTextElements(scope, (k) => keys.has(k)).length > 0;
};

/**
 * A control (button, link, …) whose text is one of `words` (a leading "+" is ignored); visible ones
 * only, unless `includeHidden` (then a visible one is still preferred).
 */
export function findControl(scope: ParentNode, words: string[], opts: { includeHidden?: boolean } = {}): Element | null {
  const keys = new Set(words.map(controlKey));
  let hidden: Element | null = null;
  for (const el of Array.from(scope.querySelectorAll('button, a, [role="button"], input[type="button"], input[type="submit"], span, div, li, i, label'))) {
    const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : ownText(el);
    const key = controlKey(text);
    if (!key || !keys.has(key)) continue;
    if (el.tagName !== 'INPUT' && Array.from(el.children).some((c) => keys.has(controlKey(ownText(c))))) continue;
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

export function controlKey(s: string | null | undefined): string {
  return labelKey(s).replace(/^[+＋]+/, '').replace(/[+＋]+$/, '');
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

export const ADD_MENU_WORDS = ['添加主菜单', '新增主菜单', '添加菜单'];

/** Visible headings that name the custom menu editor ("EC营客通 - 自定义菜单"). */
export function menuEditorHeadings(doc: ParentNode): Element[] {
  return visibleTextElements(doc, (_k, text) => text.includes('自定义菜单') && text.length <= 40);
}

const EDITOR_TITLE = /[-–—－|｜:：>›»]\s*自定义菜单\s*$/;

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
  const add = findControl(doc, ADD_MENU_WORDS);
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
  const titled = headings.find((h) => EDITOR_TITLE.test(normText(ownText(h))));
  if (!titled) return null;
  const hiddenAdd = findControl(doc, ADD_MENU_WORDS, { includeHidden: true });
  let a: Element | null = titled.parentElement;
  for (let i = 0; a && i < 6; a = a.parentElement, i++) {
    if ((hiddenAdd && a.contains(hiddenAdd)) || findLabelElements(a, ['菜单名称']).length) return a;
  }
  return titled.parentElement;
}

function depthOf(el: Element): number {
  let d = 0;
  for (let n: Element | null = el; n; n = n.parentElement) d++;
  return d;
}

// ---------------------------------------------------------------------------------------------
// detectPage

const LOGIN_SELECTORS = 'img.qrcode_login_img, a.qrcode_login_reload, li.login_selectBiz_item, .login_selectBiz, #wwLogin, .wwLogin_qrcode';

function loginShowing(doc: Document): boolean {
  for (const el of Array.from(doc.querySelectorAll(LOGIN_SELECTORS))) if (isVisible(el)) return true;
  for (const f of Array.from(doc.querySelectorAll('iframe'))) {
    const id = [f.getAttribute('src'), f.id, f.getAttribute('name'), f.getAttribute('class')].join(' ');
    if (!isVisible(f) || !hasSize(f)) continue;
    if (/login|qrconnect|sso\/qr/i.test(id)) return true;
    // A login frame that says nothing in its attributes (srcdoc, same origin): look inside.
    if (frameShowsLogin(f)) return true;
  }
  return false;
}

function frameShowsLogin(f: HTMLIFrameElement): boolean {
  let inner: Document | null = null;
  try {
    inner = f.contentDocument;
  } catch {
    return false; // cross-origin: nothing to read
  }
  if (!inner) return false;
  return Array.from(inner.querySelectorAll(LOGIN_SELECTORS)).some((el) => isVisible(el));
}

function hasSize(el: Element): boolean {
  const r = el.getBoundingClientRect();
  // No layout engine (unit tests) reports zeros everywhere: trust visibility alone there.
  const body = el.ownerDocument?.body;
  const layout = !!body && body.getBoundingClientRect().width > 0;
  return !layout || (r.width > 0 && r.height > 0);
}

const WIZARD_DEV_LABELS = ['应用主页', '可信域名', '代开发应用回调URL'];
const WIZARD_ALL_LABELS = ['应用主页', '在微工作台中始终进入主页', '可信域名', 'IP白名单', '代开发应用回调URL', 'Token', 'EncodingAESKey'];
const CURRENT_CLASS = /(^|[\s_-])(cur|current|active|on|selected|process|doing|now)($|[\s_-])/i;

/** Which wizard step the visible step bar marks as current: 1, 2, or null (no bar / unknown). */
function stepBar(doc: Document): { visible: boolean; current: 1 | 2 | null } {
  const s1 = visibleTextElements(doc, (k) => /^(第?[1１一][.、．]?)?(步)?确认基础信息$/.test(k));
  const s2 = visibleTextElements(doc, (k) => /^(第?[2２二][.、．]?)?(步)?配置开发信息$/.test(k));
  if (!s1.length || !s2.length) return { visible: false, current: null };
  const isCur = (el: Element) => {
    for (let n: Element | null = el, i = 0; n && i < 3; n = n.parentElement, i++) {
      if (n.getAttribute('aria-current') && n.getAttribute('aria-current') !== 'false') return true;
      if (CURRENT_CLASS.test(n.getAttribute('class') ?? '')) return true;
      // stop at the bar itself (it holds both steps)
      if (n.parentElement && s1.some((x) => n!.parentElement!.contains(x)) && s2.some((x) => n!.parentElement!.contains(x))) break;
    }
    return false;
  };
  const c1 = s1.some(isCur);
  const c2 = s2.some(isCur);
  return { visible: true, current: c2 && !c1 ? 2 : c1 && !c2 ? 1 : null };
}

function devFormVisible(doc: Document): boolean {
  return WIZARD_DEV_LABELS.every((l) => findField(doc, [l], { otherLabels: WIZARD_ALL_LABELS.filter((x) => x !== l) }) !== null);
}

const DETAIL_SECTIONS = ['基本信息', '权限', '使用配置', '回调配置', '审批接口', '自定义菜单', '企业微信授权登录'];

export function detectPage(doc: Document, route: RouteInfo): PageKind {
  if (loginShowing(doc)) return 'login';
  const path = route.path.toLowerCase();

  if (findMenuEditorRoot(doc)) return 'menu-editor';

  const bar = stepBar(doc);
  const onCreate = path.startsWith('/sass/customapp/app/create');
  const finish = () => !!findControl(doc, ['完成']);
  const next = () => !!findControl(doc, ['下一步']);
  if (bar.current === 2) return 'wizard-dev';
  if (devFormVisible(doc) && (bar.visible || onCreate || finish())) return 'wizard-dev';
  if (bar.current === 1) return 'wizard-basic';
  if ((bar.visible || onCreate) && next()) return 'wizard-basic';
  if (next() && hasText(doc, ['应用名称']) && hasText(doc, ['企业客户']) && hasText(doc, ['应用简介', '应用Logo'])) return 'wizard-basic';

  const sections = DETAIL_SECTIONS.filter((s) => hasText(doc, [s])).length;
  const detailHeading = visibleTextElements(doc, (k) => k.includes('代开发应用详情')).length > 0;
  if (detailHeading || sections >= 4 || (path.startsWith('/sass/customapp/app/detail') && sections >= 2)) return 'app-detail';

  const tplHeading = visibleTextElements(doc, (k) => k.includes('代开发应用模板详情')).length > 0;
  if (tplHeading || findControl(doc, ['重置二维码']) || findControl(doc, ['编辑模板信息'])) return 'template-detail';
  if (path.startsWith('/sass/customapp/tpl/info') && findControl(doc, ['开始代开发应用'])) return 'template-detail';

  // The go-online detail (its own 提交上线 is the second press): route, or its heading / 审核编号.
  if (path.startsWith('/sass/customapp/deploy/detail') || visibleTextElements(doc, (k) => k.includes('上线详情')).length > 0) return 'deploy-detail';
  if (path.startsWith('/sass/customapp/deploy/list') || findControl(doc, ['提交上线'])) return 'deploy-list';
  if (path.startsWith('/sass/customapp/tpl/list')) return 'template-list';
  const tplTitle = visibleTextElements(doc, (k) => k === '代开发应用模板').some(
    (el) => /^H[1-6]$/.test(el.tagName) || /title|head/i.test(el.getAttribute('class') ?? '') || /title|head/i.test(el.parentElement?.getAttribute('class') ?? ''),
  );
  if (tplTitle) return 'template-list';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Customer and app identity

/** The customer's name: the route's `corpName` (decoded), else the 企业客户 value shown on the page. */
export function customerNameFromPage(doc: Document, route: RouteInfo): string | null {
  for (const k of ['corpName', 'corpname', 'corp_name']) {
    const v = normText(route.query[k]);
    if (v) return v;
  }
  for (const l of findLabelElements(doc, ['企业客户', '企业名称', '客户企业'])) {
    // a table's column header (企业名称 / 状态 / 操作) names no one
    if (l.closest('th, thead, [role="columnheader"]')) continue;
    const v = valueNextTo(l);
    if (v && !HEADER_WORDS.has(labelKey(v))) return v;
  }
  return null;
}

/** Texts that are column headers or actions, never a customer's name. */
const HEADER_WORDS = new Set(['企业名称', '企业客户', '状态', '操作', '类型', '所属模板', '代开发应用/模版']);

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
  const m = whole.match(/企业客户\s*[:：]?\s*(.+)$/);
  return m && m[1].length <= 100 ? m[1].trim() : null;
}

export function appIdFromRoute(route: RouteInfo): string | null {
  for (const k of ['appid', 'appId', 'app_id', 'AppId']) {
    const v = (route.query[k] ?? '').trim();
    if (v) return v;
  }
  return null;
}
