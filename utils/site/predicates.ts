// Site knowledge, part 3: page recognition as named predicates. detectPage is the ordered list
// below — the first predicate that holds names the page — and each predicate lists the replica pages
// it must and must not match (tests/unit/site/predicates.test.ts checks them on every replica set).
// Content decides first (only what is visible counts: hidden decoys never do); the hash route is a
// hint, because several routes are assumed (docs/provider-backend.md).
import { findField, isVisible } from '../fill/dom';
import { findControlByWords, findMenuEditorRoot, hasText, visibleTextElements } from '../page/visible';
import { SITE, STEP_BASIC, STEP_DEV, words } from './vocabulary';
import { onRoute } from './routes';
import type { PageRef } from './vocabulary';
import { debugEnabled, debugLog } from './debug';

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

export interface PagePredicate {
  kind: Exclude<PageKind, 'other'>;
  /** Holds on this page (given that no earlier predicate in PAGE_PREDICATES held). */
  test: (doc: Document, route: RouteInfo) => boolean;
  /** Replica pages it must name (checked on every replica set that has the page). */
  matches: readonly (PageRef | 'login')[];
}

// ---------------------------------------------------------------------------------------------
// answers of the page

/** A visible success message (the toast after 保存). */
export function savedToastVisible(doc: Document): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (SITE.savedToast.words.some((w) => text.includes(w)) && n.parentElement && isVisible(n.parentElement)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// signed out

const LOGIN_SELECTORS = SITE.loginMarkers.words.join(', ');

/** The login QR / company chooser is showing (in the page or in a same-origin login frame). */
export function isLoginShowing(doc: Document): boolean {
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
  } catch (e) {
    debugLog('detect', 'a login frame could not be read (cross-origin)', e);
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

// ---------------------------------------------------------------------------------------------
// the wizard

/** The page-2 form's own labels. */
type WizardDevKey = 'homepage' | 'trustedDomain' | 'callbackUrl';
const WIZARD_ALL_LABELS = [...(['homepage', 'enterHomepage', 'trustedDomain', 'ipWhitelist', 'callbackUrl', 'token', 'aesKey'] as const).flatMap((k) => words(k))];
const CURRENT_CLASS = /(^|[\s_-])(cur|current|active|on|selected|process|doing|now)($|[\s_-])/i;

/** Which wizard step the visible step bar marks as current: 1, 2, or null (no bar / unknown). */
export function stepBar(doc: Document): { visible: boolean; current: 1 | 2 | null } {
  const s1 = visibleTextElements(doc, (k) => STEP_BASIC.test(k));
  const s2 = visibleTextElements(doc, (k) => STEP_DEV.test(k));
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

/** The page-2 form's own labels (应用主页 or Token, 可信域名, 代开发应用回调URL) each have a visible field. */
export function devFormVisible(doc: Document): boolean {
  const has = (k: WizardDevKey) => {
    const own = words(k);
    return findField(doc, own.slice(0, 1), { otherLabels: WIZARD_ALL_LABELS.filter((x) => x !== own[0]) }) !== null;
  };
  // 应用主页 may be labelled otherwise on a page we never saw (then it can be taught): 可信域名 and
  // the template's 代开发应用回调URL with a Token field still say "page 2".
  if (!has('callbackUrl') || !has('trustedDomain')) return false;
  return has('homepage') || findField(doc, words('token').slice(0, 1), { otherLabels: WIZARD_ALL_LABELS.filter((x) => x !== 'Token') }) !== null;
}

export const isWizardDev = (doc: Document, route: RouteInfo): boolean => {
  const bar = stepBar(doc);
  if (bar.current === 2) return true;
  return devFormVisible(doc) && (bar.visible || onRoute(route.path, 'create') || !!findControlByWords(doc, words('finishButton')));
};

export const isWizardBasic = (doc: Document, route: RouteInfo): boolean => {
  const bar = stepBar(doc);
  if (bar.current === 1) return true;
  const next = () => !!findControlByWords(doc, words('nextButton'));
  if ((bar.visible || onRoute(route.path, 'create')) && next()) return true;
  return next() && hasText(doc, words('basicLabelsAppName')) && hasText(doc, ['企业客户']) && hasText(doc, words('basicLabelsIntro'));
};

// ---------------------------------------------------------------------------------------------
// the other pages

export const isMenuEditor = (doc: Document): boolean => !!findMenuEditorRoot(doc);

export const isAppDetail = (doc: Document, route: RouteInfo): boolean => {
  const sections = SITE.detailSections.words.filter((s) => hasText(doc, [s])).length;
  const heading = visibleTextElements(doc, (k) => k.includes(SITE.detailHeading.words[0])).length > 0;
  return heading || sections >= 4 || (onRoute(route.path, 'appDetail') && sections >= 2);
};

export const isTemplateDetail = (doc: Document, route: RouteInfo): boolean => {
  const heading = visibleTextElements(doc, (k) => k.includes(SITE.templateHeading.words[0])).length > 0;
  if (heading || SITE.templateControls.words.some((w) => findControlByWords(doc, [w]))) return true;
  return onRoute(route.path, 'templateDetail') && !!findControlByWords(doc, words('startDevelopment'));
};

/** The go-online detail (its own 提交上线 is the second press): route, or its heading 上线详情. */
export const isDeployDetail = (doc: Document, route: RouteInfo): boolean =>
  onRoute(route.path, 'deployDetail') || visibleTextElements(doc, (k) => k.includes('上线详情')).length > 0;

export const isDeployList = (doc: Document, route: RouteInfo): boolean => onRoute(route.path, 'deployList') || !!findControlByWords(doc, words('submitOnline'));

export const isTemplateList = (doc: Document, route: RouteInfo): boolean => {
  if (onRoute(route.path, 'templateList')) return true;
  const title = SITE.templateListTitle.words[0];
  return visibleTextElements(doc, (k) => k === title).some(
    (el) => /^H[1-6]$/.test(el.tagName) || /title|head/i.test(el.getAttribute('class') ?? '') || /title|head/i.test(el.parentElement?.getAttribute('class') ?? ''),
  );
};

/** In order: the first that holds names the page. */
export const PAGE_PREDICATES: readonly PagePredicate[] = [
  { kind: 'login', test: (doc) => isLoginShowing(doc), matches: ['login'] },
  { kind: 'menu-editor', test: isMenuEditor, matches: ['menu-editor', 'menu-form'] },
  { kind: 'wizard-dev', test: isWizardDev, matches: ['wizard-dev'] },
  { kind: 'wizard-basic', test: isWizardBasic, matches: ['wizard-basic'] },
  { kind: 'app-detail', test: isAppDetail, matches: ['app-detail', 'permission-dialog'] },
  { kind: 'template-detail', test: isTemplateDetail, matches: ['template-detail'] },
  { kind: 'deploy-detail', test: isDeployDetail, matches: [] },
  { kind: 'deploy-list', test: isDeployList, matches: ['deploy-list'] },
  { kind: 'template-list', test: isTemplateList, matches: [] },
];

let lastExplained = '';

export function detectPage(doc: Document, route: RouteInfo): PageKind {
  for (const p of PAGE_PREDICATES) if (p.test(doc, route)) return p.kind;
  if (debugEnabled() && /^\/sass\/customapp\//i.test(route.path)) {
    // On a backend route but no page recognised: say what was seen (once per change).
    const bar = stepBar(doc);
    const why = `route ${route.path}: no page recognised — step bar ${bar.visible ? `current ${bar.current ?? '?'}` : 'absent'}, page-2 form ${devFormVisible(doc) ? 'yes' : 'no'}, menu-editor headings ${visibleTextElements(doc, (k) => k.includes('自定义菜单')).length}, detail sections ${SITE.detailSections.words.filter((s) => hasText(doc, [s])).length}`;
    if (why !== lastExplained) debugLog('detect', (lastExplained = why));
  }
  return 'other';
}
