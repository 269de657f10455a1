// Recognition of dangerous controls on the provider backend: pure rule matching on what the user
// sees (visible text, nearby label or section title, page route / heading), never class names.
// DOM only, no extension APIs: unit-tested on happy-dom snapshots; runs on every click, so the path
// for an ordinary control is cheap (bounded text reads, no layout, no computed style).
import type { GuardAction } from './policy';

export interface Hit {
  action: GuardAction;
  /** The element that acts (button / link / role=button / pointer-cursor element); replays go here. */
  control: Element;
  /** Normalised key of the control's text, e.g. 重置二维码. */
  key: string;
  /** Human label for the audit log, e.g. "随机获取 (Token)" — never a field's value. */
  label: string;
}

/** How far above the event target the acting control may be (inner span / icon wrappers). */
const MAX_UP = 5;

/** Traditional → simplified for the characters of the guarded phrases (重置二維碼, 編輯模板 …). */
const TRAD = '維碼編輯隨機獲設確認刪';
const SIMP = '维码编辑随机获设确认删';
/** NFKC, simplified, lower case, only letters and digits: whitespace, zero-width chars, punctuation, icons go. */
export function textKey(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').replace(/[維碼編輯隨機獲設確認刪]/g, (c) => SIMP[TRAD.indexOf(c)]).toLowerCase();
}

/** Visible-ish text for display: NFKC, no zero-width chars, collapsed spaces. */
export function displayText(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim();
}

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i;

/**
 * Raw text of a small element, or null when it is too big to be a single control (more than
 * `maxNodes` nodes or `maxChars` characters). Bounded, so ancestors like <body> cost nothing.
 */
export function smallText(el: Element, maxChars = 60, maxNodes = 100): string | null {
  let out = '';
  let nodes = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (++nodes > maxNodes) return null;
    if (n.nodeType === 3) {
      out += (n as Text).data;
      if (out.length > maxChars) return null;
    } else if (n.nodeType === 1) {
      if (SKIP.test((n as Element).tagName)) continue;
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}

/** Key of a small element: its text, else (icon-only controls) aria-label / title / button value. */
export function smallKey(el: Element, maxChars = 60, maxNodes = 100): string | null {
  const raw = smallText(el, maxChars, maxNodes);
  if (raw === null) return null;
  const k = textKey(raw);
  if (k) return k;
  // Icon-only: its own name, else the name an inner icon carries (<a><i aria-label=…></i></a>).
  // Never a text field's value: only a button-like <input>'s caption.
  const named = (e: Element | null) => e?.getAttribute('aria-label') || e?.getAttribute('title') || e?.getAttribute('alt');
  return textKey(named(el) || named(el.querySelector('[aria-label],[title],img[alt]')) || (isSemanticControl(el) && el.tagName === 'INPUT' ? (el as HTMLInputElement).value : ''));
}

type Kind = 'reset' | 'template' | 'random' | 'edit' | 'save' | 'delete';
const PHRASES = new Map<string, Kind>();
const add = (kind: Kind, ...ps: string[]) => ps.forEach((p) => PHRASES.set(textKey(p), kind));
add('edit', '编辑', '修改', '设置', 'Edit');
add('save', '保存', '保存修改', '确定', '确认', '确认修改', '提交', 'Save', 'OK');
add('delete', '删除', 'Delete');

/** Longest text key one control may carry (a label with a badge or a count beside it, not a paragraph). */
const MAX_KEY = 24;
/**
 * What a control's text key means. The specific actions by meaning, in any order and with extra
 * words beside them (立即重置二维码, 重置授权二维码, 重置二维码 (3), a "new" badge, traditional script):
 * 重置 / 重新生成 + 二维码; 编辑 / 修改 / 删除 / 保存 + 模板; 随机获取 / 随机生成. The generic words
 * (编辑, 保存 …) only as the whole text: their meaning comes from the section they sit in.
 */
export function kindOf(k: string): Kind | undefined {
  if (!k || k.length > MAX_KEY) return undefined;
  if ((/重置|重新生成|reset/.test(k) && /二维码|qrcode/.test(k))) return 'reset';
  if (/编辑|修改|删除|保存|edit/.test(k) && /模板|template/.test(k) && !/创建|新建|查看/.test(k)) return 'template';
  if (/随机(获取|生成)/.test(k)) return 'random';
  return PHRASES.get(k) ?? PHRASES.get(k.replace(/\d+$|new$/, ''));
}

const SEMANTIC_ROLES = /^(button|link|menuitem|tab|option|switch)$/;
/** Elements a page makes clickable in a way the DOM shows (tag, role, tabindex, inline handler). */
export function isSemanticControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return true;
  if (tag === 'INPUT') return /^(button|submit|reset|image)$/i.test((el as HTMLInputElement).type);
  const role = el.getAttribute('role');
  if (role && SEMANTIC_ROLES.test(role)) return true;
  return el.hasAttribute('tabindex') || el.hasAttribute('onclick');
}

function hasPointerCursor(el: Element): boolean {
  try {
    return el.ownerDocument.defaultView?.getComputedStyle(el).cursor === 'pointer';
  } catch {
    return false;
  }
}

/**
 * The login screen's own QR code (img.qrcode_login_img) and its reload link (a.qrcode_login_reload)
 * are documented facts of the site, not a template's QR: never guarded. (Used only to exclude.)
 */
function isLoginQr(control: Element): boolean {
  if (control.closest('.qrcode_login_reload')) return true;
  let n: Element | null = control;
  for (let i = 0; n && i < 3; i++, n = n.parentElement) if (n.querySelector('img.qrcode_login_img')) return true;
  return false;
}

const CONTROL_SEL = 'a,button,input,select,textarea,[role=button],[role=link],[tabindex],[onclick]';

/** Fields the user types into: clicking or typing there is never a guarded action. */
const FIELD = 'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]),textarea,select,[contenteditable=""],[contenteditable="true"]';

/** The clicked element's acting control and its text key, if its text is one of the phrases. */
export function findControl(target: Element | null): { control: Element; key: string; kind: Kind } | null {
  const doc = target?.ownerDocument;
  if (!target || !doc) return null;
  // A click in a text field (e.g. the EncodingAESKey input beside 随机获取) is not the button.
  if (target.closest(FIELD)) return null;
  const chain: Element[] = [];
  for (let el: Element | null = target, i = 0; el && i <= MAX_UP; el = el.parentElement, i++) {
    if (el === doc.body || el === doc.documentElement) break;
    chain.push(el);
  }
  let idx = -1;
  let key = '';
  // A wrapper holding a field is a form row / input group, not a control (its text may be just the
  // button's, e.g. an input with 随机获取 in its append slot): never the control, nor around it.
  const field = (i: number) => chain[i].querySelector(FIELD);
  for (let i = 0; i < chain.length && !field(i); i++) {
    const k = smallKey(chain[i]);
    if (k === null) break; // ancestors are bigger still: no control text up there
    if (kindOf(k)) {
      // One control's text, not a row of several (二维码 [重置] [下载]: 下载 is not a reset).
      const others = i && Array.from(chain[i].querySelectorAll(CONTROL_SEL)).some((c) => !c.contains(target) && !target.contains(c));
      if (others) break;
      idx = i; key = k; break;
    }
  }
  if (idx < 0) return null;
  // Widen to wrappers carrying the same text (e.g. <div><a><span>重置二维码</span></a></div>).
  let top = idx;
  while (top + 1 < chain.length && !field(top + 1) && smallKey(chain[top + 1]) === key) top++;
  // The acting element: a semantic control (button, link, role, tabindex), else the outermost one
  // showing a pointer cursor, else the outermost element carrying the text — a page may bind a
  // handler to any element, and these phrases are unambiguous enough to guard plain text too.
  let control: Element | null = null;
  for (let i = 0; i <= top && !control; i++) if (isSemanticControl(chain[i])) control = chain[i];
  for (let i = top; i >= 0 && !control; i--) if (hasPointerCursor(chain[i])) control = chain[i];
  control ??= chain[top];
  if (isLoginQr(control)) return null;
  return { control, key, kind: kindOf(key)! };
}

const HEADING_TAGS = /^(H[1-6]|LEGEND|CAPTION|DT)$/;
/** Words a section / dialog title of this backend ends with. */
const TITLE_WORDS = /(配置|信息|权限|菜单|二维码|模板|接口|登录|客户|详情)$/;

/**
 * Title text (key) of a sibling element when it looks like a section or dialog title, else ''.
 * Its first piece of text outside any control, when the element is a heading or that text ends like
 * the backend's titles (…配置, …信息, 权限 …) and is not a status (已配置 / 未设置); a help icon or a
 * description after it is ignored. A label + value row ("Token 已配置") is not a title.
 */
function titleOf(el: Element): string {
  if (isSemanticControl(el)) return '';
  const parts: string[] = [];
  let nodes = 0;
  const walk = (n: Node): boolean => {
    if (++nodes > 24) return false;
    if (n.nodeType === 3) {
      const k = textKey((n as Text).data);
      if (k.length > 1) parts.push(k);
      return true;
    }
    if (n.nodeType !== 1 || SKIP.test((n as Element).tagName) || (n !== el && isSemanticControl(n as Element))) return true;
    for (let c = n.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
    return true;
  };
  if (!walk(el) || !parts.length || parts[0].length > 16) return '';
  const k = parts[0];
  if (HEADING_TAGS.test(el.tagName) || el.getAttribute('role') === 'heading') return k;
  // More pieces of text than a title + description / status: a whole earlier section, not a title.
  if (parts.length > 3) return '';
  if (el.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]')) return k;
  return TITLE_WORDS.test(k.replace(/[a-z0-9]$/, '')) && !/^[已未]/.test(k) ? k : '';
}

/**
 * The title of the section, card or dialog a control sits in: the nearest title-looking element
 * before it (walking up through its ancestors' earlier siblings), or in its own header row after it.
 * Keys (textKey) are returned, e.g. "回调配置".
 */
export function sectionTitle(control: Element, maxDepth = 8): string {
  const body = control.ownerDocument.body;
  let node: Element | null = control;
  for (let d = 0; node && node !== body && d < maxDepth; d++, node = node.parentElement) {
    let n = 0;
    for (let s = node.previousElementSibling; s && n < 16; s = s.previousElementSibling, n++) {
      const t = titleOf(s);
      if (t) return t;
    }
    if (d < 2) {
      n = 0;
      for (let s = node.nextElementSibling; s && n < 4; s = s.nextElementSibling, n++) {
        const t = titleOf(s);
        if (t) return t;
      }
    }
    const label = node.getAttribute('aria-label');
    if (d > 0 && label && node.getAttribute('role') === 'dialog') return textKey(label);
  }
  return '';
}

const FIELD_NAMES: Array<[RegExp, string]> = [
  [/encodingaeskey|aeskey/, 'EncodingAESKey'],
  [/token/, 'Token'],
  [/回调url|回调地址|callbackurl/, '回调URL'],
];

/** The field label a control (e.g. 随机获取) sits beside: Token / EncodingAESKey / its text. */
export function nearbyLabel(control: Element, maxDepth = 5): string {
  let node: Element | null = control;
  for (let d = 0; node && d < maxDepth; d++, node = node.parentElement) {
    let n = 0;
    for (let s = node.previousElementSibling; s && n < 6; s = s.previousElementSibling, n++) {
      const raw = smallText(s, 40, 20);
      const k = textKey(raw);
      if (!raw || !k || kindOf(k)) continue;
      for (const [re, name] of FIELD_NAMES) if (re.test(k)) return name;
      return displayText(raw).replace(/^[*＊\s]+|[\s:：ⓘ*]+$/g, '').slice(0, 40);
    }
  }
  return '';
}

function hashPath(doc: Document): string {
  let hash = '';
  try { hash = doc.location?.hash ?? ''; } catch { /* detached */ }
  return hash;
}

/** Calls `fn` with each short text node of the page (bounded) until it returns something. */
function eachShortText<T>(doc: Document, max: number, fn: (n: Text, key: string) => T | undefined): T | undefined {
  if (!doc.body) return undefined;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0, n: Text | null; i < 5000 && (n = walker.nextNode() as Text | null); i++) {
    if (n.data.length > max) continue;
    const k = textKey(n.data);
    const r = k ? fn(n, k) : undefined;
    if (r) return r;
  }
  return undefined;
}

export type TemplatePage = 'detail' | 'list' | 'edit' | null;

/** Which template page this is (hash route first, then the page's title text). */
export function templatePage(doc: Document): TemplatePage {
  const path = hashPath(doc).split('?')[0].toLowerCase();
  if (path.includes('/customapp/tpl/')) return /\/list\b/.test(path) ? 'list' : /\/info\b|detail/.test(path) ? 'detail' : 'edit';
  // Another known page (app detail, wizard …): a breadcrumb naming 代开发应用模板 does not make it one.
  if (path.includes('/customapp/')) return null;
  const titles = ['代开发应用模板详情', '编辑模板信息', '编辑代开发应用模板', '代开发应用模板'];
  const k = eachShortText(doc, 30, (_n, key) => (titles.includes(key) ? key : undefined));
  return k ? (k.endsWith('详情') ? 'detail' : k === titles[3] ? 'list' : 'edit') : null;
}

/**
 * Decide which guarded action (if any) a click on `target` is. `target` is the event's element
 * (may be an inner span / icon). Returns null for everything that is not guarded.
 */
export function recognise(target: Element | null): Hit | null {
  const found = findControl(target);
  if (!found) return null;
  const { control, key, kind } = found;
  const text = displayText(smallText(control) ?? '').replace(/^[^\p{L}\p{N}]+/u, '') || key;
  const hit = (action: GuardAction, label = text): Hit => ({ action, control, key, label: label.slice(0, 100) });
  switch (kind) {
    case 'reset':
      return hit('reset-qr');
    case 'template':
      return hit('edit-template');
    case 'random':
      // The field it sits beside (Token / EncodingAESKey) is added by auditOf (guard UI script).
      return hit('regenerate-secret');
    default: {
      // 确定 in the 应用主页 修改 dialog (tabs 网页 / 小程序): guarded only while 小程序 is the active tab.
      if (kind === 'save') {
        for (let n = control.parentElement, d = 0; n && d < 8 && n !== control.ownerDocument.body; n = n.parentElement, d++) {
          const tab = activeHomepageTab(n);
          if (tab) return tab === '小程序' ? hit('miniprogram-homepage', `${text} (小程序)`) : null;
        }
      }
      // 编辑 / 保存 / 删除: by the section or dialog they sit in, then by the page.
      const title = sectionTitle(control);
      const edit = kind === 'edit';
      // A dialog about the QR code: only its reset is dangerous (更多尺寸 / 下载 dialogs are not).
      if (title.includes('二维码')) return !edit && /重置|重新生成/.test(title) ? hit('reset-qr', `${text} (${title})`) : null;
      if (title.includes('回调')) return edit ? hit('edit-callback', `回调配置 · ${text}`) : null;
      if (!edit && title.includes('模板') && !/创建|新建/.test(title)) return hit('edit-template', `${text} (${title})`);
      const tpl = templatePage(control.ownerDocument);
      // On the template pages every edit / save / delete is one of the template's (list: not the 确定 of 创建).
      return tpl === 'detail' || tpl === 'edit' || (tpl === 'list' && kind !== 'save') ? hit('edit-template', `${text} (模板)`) : null;
    }
  }
}

const ACTIVE = /(^|[-_\s])(is-)?(active|selected|current|cur|on|checked)($|[-_\s])|_active|_selected|_current/i;
/**
 * Which tab of the 应用主页 修改 dialog is active: '网页', '小程序', or null when `root` holds no such
 * pair of tabs or the active one cannot be told. Tabs are the outermost small elements whose whole
 * text is 网页 / 小程序; the active one says so through aria-selected / aria-current or a class
 * (active, selected, current, is-active …) on itself or on a wrapper that is not the other tab's too.
 * Pure DOM, no layout: shared with the panel's help on the same dialog.
 */
export function activeHomepageTab(root: Element): '网页' | '小程序' | null {
  const tabs: Element[] = [];
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length && i < 3000; i++) {
    const e = all[i];
    if (e.childElementCount > 3 || tabs.some((t) => t.contains(e))) continue;
    const k = textKey(e.textContent);
    if (k === '网页' || k === '小程序') tabs.push(e);
  }
  const on = (t: Element) => {
    for (let n: Element | null = t, d = 0; n && n !== root && d < 3; n = n.parentElement, d++) {
      if (tabs.some((o) => o !== t && n!.contains(o))) break;
      if (n.getAttribute('aria-selected') === 'true' || (n.getAttribute('aria-current') ?? 'false') !== 'false' || ACTIVE.test(n.getAttribute('class') ?? '')) return true;
    }
    return false;
  };
  const active = tabs.filter(on).map((t) => textKey(t.textContent));
  const names = new Set(tabs.map((t) => textKey(t.textContent)));
  if (names.size !== 2 || new Set(active).size !== 1) return null;
  return active[0] as '网页' | '小程序';
}

/**
 * The audit wording of a hit, read by the guard UI script (not needed for the decision, so not in the
 * every-frame guard): its label, for 随机获取 with the field it sits beside ("随机获取 (Token)"),
 * and the customer the page shows (the first of `docs` that names one).
 */
export function auditOf(hit: Hit, docs: Document[]): { label: string; customer: string } {
  const near = hit.action === 'regenerate-secret' ? nearbyLabel(hit.control) : '';
  let customer = '';
  for (let i = 0; i < docs.length && !customer; i++) customer = pageCustomer(docs[i]);
  return { label: (near ? `${hit.label} (${near})` : hit.label).slice(0, 100), customer };
}

/** Best-effort name for the audit log: corpName of the route, else the 企业客户 / 模板名称 value shown. */
export function pageCustomer(doc: Document): string {
  const m = /[?&]corpName=([^&]*)/.exec(hashPath(doc));
  if (m) {
    try { return displayText(decodeURIComponent(m[1].replace(/\+/g, ' '))).slice(0, 200); } catch { /* bad escape */ }
  }
  const labels = ['企业客户', '客户名称', '模板名称'];
  return eachShortText(doc, 20, (n, key) => {
    if (!labels.includes(key)) return undefined;
    // The value: the next element after the label (or after one of its two nearest ancestors).
    for (let el = n.parentElement, d = 0; el && d < 3; d++, el = el.parentElement) {
      const t = el.nextElementSibling && displayText(smallText(el.nextElementSibling, 200, 30));
      if (t) return t.slice(0, 200);
    }
    return undefined;
  }) ?? '';
}
