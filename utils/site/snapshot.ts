// Support snapshot (issue 13): a REDACTED outline of the page a user is lost on, so a page from
// the field becomes a replica page and a failing test in minutes (scripts/snapshot-to-replica.mjs,
// docs/field-snapshots.md). It keeps what page recognition and the fills look at — element tags,
// roles, input types, visible label / heading / button texts (short), placeholders, frames and
// shadow roots, which element each field matched and why — and NEVER: input values, Token /
// EncodingAESKey, the bundle (our own panel is left out), corp ids, URLs' query strings, image
// data (src, srcset, data: URIs, canvas), ids, class names or style.
import { isTextField, isVisible } from '../fill/dom';
import { labelKey, normText } from '../dom/text';
import { ownText } from '../page/visible';
import { findWizardForm, WIZARD_LABELS } from '../fill/wizard';
import { findMenuEditor } from '../fill/menus';
import { findPermissionDialog } from '../fill/permissions';
import { labelTextOf, learnedFor, resolveLearned } from './learned';
import { debugLog } from './debug';

export const SNAPSHOT_FORMAT = 'ec-helper-snapshot';

export interface SnapNode {
  tag: string;
  role?: string;
  /** input type / button type */
  type?: string;
  /** Short visible own text (labels, headings, buttons), redacted. */
  text?: string;
  placeholder?: string;
  /** For a form control: the label text a user sees beside it. */
  label?: string;
  /** checkbox / radio state (a state, not a value the user typed). */
  checked?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  hidden?: boolean;
  /** The field this element was matched to by the fill, and how. */
  match?: { field: string; by: 'learned' | 'label' | 'placeholder' | 'structure' };
  children?: SnapNode[];
  shadow?: SnapNode[];
  frame?: { origin: 'same' | 'cross'; children?: SnapNode[] };
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: 1;
  takenAt: string;
  /** The kind of page detected (PageKind). */
  page: string;
  /** Hash route path only; query parameter NAMES only (their values may be corp names / ids). */
  route: { path: string; queryKeys: string[] };
  /** origin + path of the document, without query or hash. */
  location: string;
  nodes: SnapNode[];
  truncated?: boolean;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'HEAD', 'svg', 'SVG', 'PATH']);
const TEXT_MAX = 80;
const MAX_NODES = 6000;

/** Redact a visible text: corp ids, URL queries, long tokens, masked secrets, digits runs. */
export function redactText(s: string): string {
  const text = normText(s);
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s]+/gi)) {
    out.push(redactPlain(text.slice(last, m.index)));
    out.push(redactUrl(m[0]));
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(redactPlain(text.slice(last)));
  return out.join('');
}

function redactPlain(s: string): string {
  return s
    .replace(/\b(ww|wx|wp)[0-9a-f]{8,}\b/gi, '[corpid]')
    .replace(/[A-Za-z0-9_\-+=/]{16,}/g, '[redacted]')
    .replace(/\S*\*{3,}\S*/g, '[redacted]')
    .replace(/\d{6,}/g, '[number]');
}

/** A URL keeps its scheme, host and path (segments that look like ids or tokens redacted); never its query or hash. */
function redactUrl(u: string): string {
  const cut = u.search(/[?#]/);
  const base = cut >= 0 ? u.slice(0, cut) : u;
  const path = base.replace(/\/([^/]+)/g, (seg, part: string) => (/^[A-Za-z0-9_-]{20,}$/.test(part) || /\b(ww|wx|wp)[0-9a-f]{8,}\b/i.test(part) ? '/[redacted]' : seg));
  return cut >= 0 ? `${path}?…` : path;
}

interface Ctx {
  count: number;
  truncated: boolean;
  exclude: Element | null;
  matches: Map<Element, SnapNode['match']>;
}

function nodeOf(el: Element, ctx: Ctx): SnapNode | null {
  if (SKIP.has(el.tagName) || (ctx.exclude && el === ctx.exclude)) return null;
  if (ctx.count++ >= MAX_NODES) {
    ctx.truncated = true;
    return null;
  }
  const tag = el.tagName.toLowerCase();
  const n: SnapNode = { tag };
  const role = el.getAttribute('role');
  if (role) n.role = role;
  if (!isVisible(el)) n.hidden = true;
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') {
    const inp = el as HTMLInputElement;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type) n.type = type;
    const ph = el.getAttribute('placeholder');
    if (ph) n.placeholder = redactText(ph).slice(0, TEXT_MAX);
    const label = labelTextOf(el);
    if (label) n.label = redactText(label).slice(0, TEXT_MAX);
    if (type === 'checkbox' || type === 'radio') n.checked = inp.checked;
    if (inp.disabled) n.disabled = true;
    if (inp.readOnly) n.readonly = true;
    // never the value
  } else if (el.tagName === 'BUTTON') {
    const type = el.getAttribute('type');
    if (type) n.type = type;
  }
  if (el.getAttribute('aria-disabled') === 'true') n.disabled = true;
  const m = ctx.matches.get(el);
  if (m) n.match = m;
  // own text (not inside controls), short, redacted; images and canvases carry nothing
  if (!/^(IMG|CANVAS|VIDEO|PICTURE|SOURCE|IFRAME|INPUT|TEXTAREA|SELECT|OPTION)$/.test(el.tagName)) {
    let own = '';
    for (const c of Array.from(el.childNodes)) if (c.nodeType === 3) own += c.nodeValue;
    const text = redactText(own);
    if (text) n.text = text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX)}…` : text;
  } else if (el.tagName === 'OPTION') {
    const text = redactText(ownText(el));
    if (text) n.text = text.slice(0, TEXT_MAX);
  }
  if (el.tagName === 'IFRAME') {
    let inner: Document | null = null;
    try {
      inner = (el as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    n.frame = inner?.body ? { origin: 'same', children: kids(inner.body, ctx) } : { origin: 'cross' };
    return n;
  }
  const children = kids(el, ctx);
  if (children.length) n.children = children;
  const sr = (el as HTMLElement).shadowRoot;
  if (sr) {
    const sh = Array.from(sr.children).map((c) => nodeOf(c, ctx)).filter((x): x is SnapNode => !!x);
    if (sh.length) n.shadow = sh;
  }
  return n;
}

function kids(el: Element, ctx: Ctx): SnapNode[] {
  return Array.from(el.children).map((c) => nodeOf(c, ctx)).filter((x): x is SnapNode => !!x);
}

/** Which element each wizard field matched, and why (the same lookups as the fill). */
function wizardMatches(doc: Document, out: Map<Element, SnapNode['match']>): void {
  const form = findWizardForm(doc);
  if (!form) return;
  const fields = ['homepage', 'enterHomepage', 'trustedDomain', 'callbackUrl', 'token', 'aesKey'] as const;
  for (const f of fields) {
    const el = form[f];
    if (!el) continue;
    const l = learnedFor('wizard-dev', f);
    let by: NonNullable<SnapNode['match']>['by'] = 'structure';
    if (l && resolveLearned(doc, l) === el) by = 'learned';
    else if (isTextField(el) && (WIZARD_LABELS[f] as readonly string[]).map(labelKey).includes(labelTextOf(el))) by = 'label';
    else if (isTextField(el) && el.getAttribute('placeholder')) by = 'placeholder';
    else if (f === 'enterHomepage') by = 'label';
    out.set(el, { field: f, by });
  }
  out.set(form.scope, { field: 'wizard-form', by: 'structure' });
}

export function takeSnapshot(doc: Document, o: { page: string; routePath: string; queryKeys: string[]; exclude?: Element | null }): Snapshot {
  const matches = new Map<Element, SnapNode['match']>();
  try {
    if (o.page === 'wizard-dev') wizardMatches(doc, matches);
    if (o.page === 'menu-editor') {
      const ed = findMenuEditor(doc);
      if (ed) matches.set(ed, { field: 'menu-editor', by: 'structure' });
    }
    if (o.page === 'app-detail') {
      const d = findPermissionDialog(doc);
      if (d) matches.set(d, { field: 'permissions', by: 'label' });
    }
  } catch (e) {
    debugLog('snapshot', 'a field matcher threw; the snapshot has no matches for it', e); // a snapshot never fails because a matcher did
  }
  const ctx: Ctx = { count: 0, truncated: false, exclude: o.exclude ?? null, matches };
  const loc = doc.defaultView?.location;
  return {
    format: SNAPSHOT_FORMAT,
    version: 1,
    takenAt: new Date().toISOString(),
    page: o.page,
    route: { path: o.routePath, queryKeys: [...new Set(o.queryKeys)].slice(0, 50) },
    location: loc ? `${loc.origin}${loc.pathname}` : '',
    nodes: doc.body ? kids(doc.body, ctx) : [],
    ...(ctx.truncated ? { truncated: true } : {}),
  };
}
