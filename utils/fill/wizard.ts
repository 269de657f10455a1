// The 开始代开发应用 fill (wizard page 2 "配置开发信息"). Pure DOM logic — no extension APIs — so it
// runs on happy-dom snapshots in unit tests.
//
// Finds the VISIBLE form holding the page-2 labels (never a hidden decoy with the same labels),
// types 应用主页 and 可信域名 the way a user does, ticks 在微工作台中始终进入主页 if needed, leaves the
// template's callback URL / Token / EncodingAESKey alone (they must be non-empty), then waits for
// the page to re-render and reads every field back. A value the page dropped counts as failed.
import { findField, findLabelElements, findCheckbox, checkedState, typeInto, readValue, clickLikeUser, isVisible, isTextField, activeScope, type TextField } from './dom';
import { nextRender } from '../dom/wait';
import { canonicalDomain, canonicalUrl, sameDomain, sameUrl } from '../dom/url';
import { markNotFound, overallStatus, type FieldRow, type FillReport } from './report';
import { t } from '../i18n';
import { SITE, words } from '../site/vocabulary';
import { learnedFor, learnedVersion, resolveLearned } from '../site/learned';
import { debugLog } from '../site/debug';

export type WizardField = 'homepage' | 'enterHomepage' | 'trustedDomain' | 'callbackUrl' | 'token' | 'aesKey';
export const WIZARD_FIELDS: readonly WizardField[] = ['homepage', 'enterHomepage', 'trustedDomain', 'callbackUrl', 'token', 'aesKey'];
/** Fields whose values are secrets: never copied into rows, logs or the preview. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(['token', 'aesKey']);

/** The wizard's labels and placeholders, from the one vocabulary (utils/site/vocabulary.ts). */
export const WIZARD_LABELS = {
  homepage: SITE.homepage.words,
  enterHomepage: SITE.enterHomepage.words,
  trustedDomain: SITE.trustedDomain.words,
  ipWhitelist: SITE.ipWhitelist.words,
  callbackUrl: SITE.callbackUrl.words,
  token: SITE.token.words,
  aesKey: SITE.aesKey.words,
} as const;
const PLACEHOLDERS: Partial<Record<keyof typeof WIZARD_LABELS, string[]>> = {
  homepage: words('homepagePlaceholder'),
  ipWhitelist: words('ipWhitelistPlaceholder'),
};
const ALL_TEXT_LABELS = Object.entries(WIZARD_LABELS)
  .filter(([k]) => k !== 'enterHomepage')
  .flatMap(([, v]) => [...v]);
/** Labels only wizard page 2 has (the 使用配置 dialog shares 应用主页 / 可信域名, not these). */
const TEMPLATE_LABELS = [...WIZARD_LABELS.callbackUrl, ...WIZARD_LABELS.token, ...WIZARD_LABELS.aesKey];

export interface WizardBundle {
  corpId: string;
  homepage?: string;
  trustedDomain?: string;
}

export interface WizardForm {
  scope: Element;
  /** Taught fields (utils/site/learned.ts) that no longer resolve: the vocabulary was used instead. */
  lost?: WizardField[];
  homepage: TextField | null;
  enterHomepage: Element | null;
  trustedDomain: TextField | null;
  callbackUrl: TextField | null;
  token: TextField | null;
  aesKey: TextField | null;
}

// ---------------------------------------------------------------------------------------------
// finding the form

function hasLayout(doc: Document): boolean {
  const body = doc.body;
  return !!body && body.getClientRects().length > 0 && body.getBoundingClientRect().width > 0;
}

/** Visible AND on the page: not zero-sized, not pushed off-screen (only checked where layout exists). */
function isShown(el: Element): boolean {
  if (!isVisible(el)) return false;
  const doc = el.ownerDocument;
  if (!doc || !hasLayout(doc)) return true;
  const r = el.getBoundingClientRect();
  if (r.width <= 0 || r.height <= 0) return false;
  const win = doc.defaultView;
  const sx = win?.scrollX ?? 0;
  const sy = win?.scrollY ?? 0;
  return r.right + sx > 0 && r.bottom + sy > 0;
}

function labels(scope: ParentNode, keys: readonly string[]): Element[] {
  return findLabelElements(scope, [...keys]).filter(isShown);
}

/** The smallest ancestor of `from` (inclusive) that also contains one of `others`. */
function commonContainer(from: Element, others: Element[], limit: Node): Element | null {
  for (let a: Element | null = from; a; a = a.parentElement) {
    if (others.some((o) => a!.contains(o))) return a;
    if (a === limit) break;
  }
  return null;
}

function locateContainer(scope: ParentNode): Element | null {
  const limit = (scope as Node).nodeType === 9 ? (scope as Document).documentElement : (scope as Element);
  const homes = labels(scope, WIZARD_LABELS.homepage);
  if (!homes.length) {
    // No 应用主页 label: a taught 应用主页, else its placeholder.
    const taught = taughtElement(scope, 'homepage');
    if (taught && isShown(taught)) homes.push(taught);
    const byPlaceholder = homes.length ? null : findField(scope, [...WIZARD_LABELS.homepage], { placeholders: PLACEHOLDERS.homepage });
    if (byPlaceholder && isShown(byPlaceholder)) homes.push(byPlaceholder);
  }
  const domains = labels(scope, WIZARD_LABELS.trustedDomain);
  const templ = labels(scope, TEMPLATE_LABELS);
  if (!homes.length) {
    // A page that labels 应用主页 otherwise (a page we never saw): the form is still the one holding
    // 可信域名 and the template's fields; 应用主页 is then reported as not found (and may be taught).
    for (const d of domains) {
      const full = templ.length ? commonContainer(d, templ, limit) : null;
      if (full && isShown(full)) return full;
    }
    return null;
  }
  let fallback: Element | null = null;
  for (const home of homes) {
    const withDomain = domains.length ? commonContainer(home, domains, limit) : null;
    const base = withDomain ?? home;
    const full = templ.length ? commonContainer(base, templ, limit) : null;
    if (full && isShown(full)) return full;
    if (!fallback && withDomain && isShown(withDomain)) fallback = withDomain;
  }
  return fallback;
}

/** Scopes to try: the open dialog the user looks at first, then the whole document. */
function scopes(doc: Document): ParentNode[] {
  const top = activeScope(doc);
  return top === doc ? [doc] : [top, doc];
}

/** The last form found per document (the preview finds it on every scan), and under which teaching. */
const lastFound = new WeakMap<Document, { form: WizardForm; taught: number }>();

/** Every control of a found form is still in the document, every text field still shows, and so
 *  does the form (a page that hid the field typed into and showed another one in its place is searched
 *  again). The tick box only needs to be there: kits draw it over a hidden native input. */
function intact(form: WizardForm): boolean {
  if (form.lost?.length || !form.enterHomepage?.isConnected) return false;
  const fields = [form.homepage, form.trustedDomain, form.callbackUrl, form.token, form.aesKey];
  return fields.every((c) => !!c && c.isConnected && isVisible(c)) && isShown(form.scope);
}

/**
 * The wizard form as last found, while it is intact; else looked up again. A fill's looks at the
 * form (before typing, the read-back, the marks) then cost a few property reads instead of a label
 * search each (issue 14); a page that re-rendered its form (replaced a field, hid the form, rendered
 * a field late) is searched again, and so is a form with a field not found, or found before the
 * taught elements changed.
 */
export function currentWizardForm(doc: Document): WizardForm | null {
  const f = lastFound.get(doc);
  return f && f.taught === learnedVersion() && intact(f.form) ? f.form : findWizardForm(doc);
}

/** The visible wizard page-2 form and its controls, or null when the page shows none. */
export function findWizardForm(doc: Document): WizardForm | null {
  const form = searchWizardForm(doc);
  if (form) lastFound.set(doc, { form, taught: learnedVersion() });
  else lastFound.delete(doc);
  return form;
}

function searchWizardForm(doc: Document): WizardForm | null {
  for (const s of scopes(doc)) {
    const scope = locateContainer(s);
    if (!scope) continue;
    const other = { otherLabels: ALL_TEXT_LABELS };
    const lost: WizardField[] = [];
    // A taught element wins over the vocabulary; one that disappeared falls back to it (and says so).
    const taught = (k: WizardField): Element | null | undefined => {
      if (!learnedFor('wizard-dev', k)) return undefined;
      const el = taughtElement(doc, k);
      if (!el) lost.push(k);
      return el;
    };
    const field = (k: WizardField & keyof typeof WIZARD_LABELS) => {
      const l = taught(k);
      if (l && isTextField(l)) return l;
      const f = findField(scope, [...WIZARD_LABELS[k]], { ...other, placeholders: PLACEHOLDERS[k] });
      return f && isVisible(f) ? f : null;
    };
    const tick = taught('enterHomepage');
    return {
      scope,
      lost,
      homepage: field('homepage'),
      enterHomepage: tick ?? findTickBox(scope),
      trustedDomain: field('trustedDomain'),
      callbackUrl: field('callbackUrl'),
      token: field('token'),
      aesKey: field('aesKey'),
    };
  }
  return null;
}

/** The element taught for a wizard field, when one was taught and is on the page now. */
function taughtElement(scope: ParentNode, field: WizardField): Element | null {
  const l = learnedFor('wizard-dev', field);
  if (!l) return null;
  const doc = (scope as Node).nodeType === 9 ? (scope as Document) : (scope as Element).ownerDocument;
  return doc ? resolveLearned(doc, l) : null;
}

/**
 * The 在微工作台中始终进入主页 box: a (custom) checkbox near its label, else the clickable `<label>` /
 * role=checkbox wrapper around the label text (a kit whose box carries no "check" class at all).
 */
function findTickBox(scope: Element): Element | null {
  const box = findCheckbox(scope, [...WIZARD_LABELS.enterHomepage]);
  if (box) return box;
  for (const l of findLabelElements(scope, [...WIZARD_LABELS.enterHomepage])) {
    const wrap = l.closest('label, [role="checkbox"]');
    if (wrap && scope.contains(wrap)) return wrap;
  }
  return null;
}

const CHECKED_WORD = /(^|[-_])(is-?)?checked($|[-_])|checked$/i;
const UNCHECKED_WORD = /(un|not|no)[-_]?checked/i;

/**
 * Tick state of a (custom) checkbox: its own state, or a wrapper between it and its label row that
 * carries a "checked" class (some kits put the class on the wrapper only).
 */
export function tickState(box: Element | null): boolean | null {
  if (!box) return null;
  const own = checkedState(box);
  if (own === true) return true;
  for (let a = box.parentElement, i = 0; a && i < 3; a = a.parentElement, i++) {
    if (a.querySelector('input, textarea') && !(a.tagName === 'LABEL')) break; // left the checkbox's own wrapper
    const cls = (a.getAttribute('class') ?? '').split(/\s+/);
    if (cls.some((c) => UNCHECKED_WORD.test(c))) return false;
    if (cls.some((c) => CHECKED_WORD.test(c))) return true;
    const aria = a.getAttribute('aria-checked');
    if (aria === 'true') return true;
    if (aria === 'false') return false;
  }
  return own;
}

// ---------------------------------------------------------------------------------------------
// reading (for the preview)

export interface WizardSnapshot {
  homepage: string | null;
  enterHomepage: boolean | null;
  trustedDomain: string | null;
  callbackUrl: string | null;
  /** Secrets: only whether they hold something. */
  tokenSet: boolean | null;
  aesKeySet: boolean | null;
}

export function readWizard(form: WizardForm): WizardSnapshot {
  const v = (f: TextField | null) => (f ? readValue(f) : null);
  return {
    homepage: v(form.homepage),
    enterHomepage: form.enterHomepage ? tickState(form.enterHomepage) : null,
    trustedDomain: v(form.trustedDomain),
    callbackUrl: v(form.callbackUrl),
    tokenSet: form.token ? readValue(form.token).trim() !== '' : null,
    aesKeySet: form.aesKey ? readValue(form.aesKey).trim() !== '' : null,
  };
}

export type PlanAction = 'fill' | 'unchanged' | 'keep' | 'missing' | 'empty';
export interface PlanRow {
  field: WizardField;
  /** What the page shows now (masked for secrets). */
  now: string;
  /** What it will show after the fill. */
  will: string;
  action: PlanAction;
}

/** What a fill would do, field by field: for the preview shown as soon as a bundle is pasted. */
export function planWizard(form: WizardForm, bundle: WizardBundle | null): PlanRow[] {
  const s = readWizard(form);
  const rows: PlanRow[] = [];
  const text = (field: WizardField, now: string | null, target: string | undefined) => {
    if (now === null) rows.push({ field, now: t('panel_preview_not_found'), will: target ?? '', action: 'missing' });
    else if (!target) rows.push({ field, now, will: now, action: 'unchanged' });
    else rows.push({ field, now, will: target, action: now === target ? 'unchanged' : 'fill' });
  };
  text('homepage', s.homepage, bundle?.homepage ? canonicalUrl(bundle.homepage) : undefined);
  if (s.enterHomepage === null && !form.enterHomepage) rows.push({ field: 'enterHomepage', now: t('panel_preview_not_found'), will: t('panel_ticked'), action: 'missing' });
  else rows.push({ field: 'enterHomepage', now: s.enterHomepage ? t('panel_ticked') : t('panel_unticked'), will: t('panel_ticked'), action: s.enterHomepage ? 'unchanged' : 'fill' });
  text('trustedDomain', s.trustedDomain, bundle?.trustedDomain ? canonicalDomain(bundle.trustedDomain) : undefined);
  const keep = (field: WizardField, present: boolean | null, shown: string) => {
    if (present === null) rows.push({ field, now: t('panel_preview_not_found'), will: t('panel_preview_keep'), action: 'missing' });
    else if (!present) rows.push({ field, now: t('panel_preview_empty'), will: t('panel_preview_keep'), action: 'empty' });
    else rows.push({ field, now: shown, will: t('panel_preview_keep'), action: 'keep' });
  };
  keep('callbackUrl', s.callbackUrl === null ? null : s.callbackUrl.trim() !== '', s.callbackUrl ?? '');
  keep('token', s.tokenSet, t('panel_preview_secret_set'));
  keep('aesKey', s.aesKeySet, t('panel_preview_secret_set'));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// filling

export interface WizardFillOptions {
  /** Wait for the page to re-render (default: nextRender of the document's window). */
  settle?: () => Promise<void>;
  /**
   * How long to wait, at most, for the form to render and for the template defaults (callback URL,
   * Token, EncodingAESKey) to arrive before filling (default 3000 ms). They come in their own
   * request, after the form; filling before them could be wiped by their arrival.
   */
  waitMs?: number;
}

/** The template's fields hold something (fields that are not on the page are not waited for). */
function templateReady(form: WizardForm): boolean {
  return [form.callbackUrl, form.token, form.aesKey].every((f) => !f || readValue(f).trim() !== '');
}

/** The form once it is rendered and its template defaults arrived, or what there is at the deadline. */
async function awaitReady(doc: Document, opts: WizardFillOptions): Promise<WizardForm | null> {
  const deadline = Date.now() + (opts.waitMs ?? 3000);
  const tick = opts.settle ?? (() => nextRender(doc.defaultView));
  for (;;) {
    const form = currentWizardForm(doc);
    if ((form && templateReady(form)) || Date.now() >= deadline) return form;
    await tick();
  }
}

export interface WizardFillResult {
  report: FillReport;
  /** Restores exactly what this fill changed, then verifies; rows per restored field. */
  undo: () => Promise<FieldRow[]>;
}

interface TextChange {
  field: 'homepage' | 'trustedDomain';
  before: string;
  target: string;
}

function refused(error: string): WizardFillResult {
  return { report: { status: 'refused', rows: [], error }, undo: async () => [] };
}

/** Missing bundle parts the wizard needs, in the parser's words (应用主页 / 可信域名). */
export function wizardMissing(bundle: WizardBundle): string[] {
  const out: string[] = [];
  if (!bundle.homepage) out.push('应用主页');
  if (!bundle.trustedDomain) out.push('可信域名');
  return out;
}

async function settleTwice(doc: Document, settle?: () => Promise<void>) {
  const s = settle ?? (() => nextRender(doc.defaultView));
  await s();
  await s();
}

/** Fill wizard page 2 from `bundle` and verify it after the page re-rendered. */
export async function fillWizard(doc: Document, bundle: WizardBundle, opts: WizardFillOptions = {}): Promise<WizardFillResult> {
  const missing = wizardMissing(bundle);
  if (missing.length) return refused(t('panel_err_incomplete', [missing.join('、')]));
  const form = await awaitReady(doc, opts);
  if (!form) {
    debugLog('wizard', `no visible page-2 form: labels 应用主页 ${findLabelElements(doc, [...WIZARD_LABELS.homepage]).length}, 可信域名 ${findLabelElements(doc, [...WIZARD_LABELS.trustedDomain]).length}, template ${findLabelElements(doc, TEMPLATE_LABELS).length}`);
    return refused(t('panel_err_no_wizard_form'));
  }

  const homeTarget = canonicalUrl(bundle.homepage!);
  const domainTarget = canonicalDomain(bundle.trustedDomain!);
  const changes: TextChange[] = [];
  const early: Partial<Record<WizardField, FieldRow>> = {};
  let ticked = false;

  // 1. act — in page order: 应用主页, the checkbox under it, 可信域名.
  const typeField = (field: 'homepage' | 'trustedDomain', el: TextField | null, target: string) => {
    if (!el) {
      early[field] = { field, result: 'failed', message: t('panel_msg_field_not_found') };
      return;
    }
    const before = readValue(el);
    if (before === target) {
      early[field] = { field, result: 'unchanged', before, after: before };
      return;
    }
    typeInto(el, target);
    changes.push({ field, before, target });
  };
  typeField('homepage', form.homepage, homeTarget);
  if (!form.enterHomepage) {
    early.enterHomepage = { field: 'enterHomepage', result: 'failed', message: t('panel_msg_checkbox_not_found') };
  } else if (tickState(form.enterHomepage) === true) {
    early.enterHomepage = { field: 'enterHomepage', result: 'unchanged', before: 'true', after: 'true' };
  } else {
    clickLikeUser(form.enterHomepage);
    ticked = true;
  }
  typeField('trustedDomain', form.trustedDomain, domainTarget);

  // 2. let the page re-render (one frame: a fill is a few inputs and one re-render), then read
  //    everything back (from the form found before while it is intact — every field still there and
  //    shown — else from a fresh lookup); a field that does not read right yet gets one more frame
  //    before it is reported failed (a page that re-renders late is not misreported).
  const settle = opts.settle ?? (() => nextRender(doc.defaultView));
  await settle();
  let after = currentWizardForm(doc) ?? form;
  let rows = verify(after, changes, ticked, early, homeTarget, domainTarget);
  if (rows.some((r) => r.result === 'failed')) {
    await settle();
    after = findWizardForm(doc) ?? form;
    rows = verify(after, changes, ticked, early, homeTarget, domainTarget);
  }
  markNotFound(rows, [t('panel_msg_field_not_found'), t('panel_msg_checkbox_not_found')]);
  for (const r of rows) {
    if (r.reason !== 'not-found') continue;
    const l = learnedFor('wizard-dev', r.field);
    debugLog('wizard', `${r.field}: no visible element labelled ${(WIZARD_LABELS as Record<string, readonly string[]>)[r.field]?.join(' / ') ?? '?'} in the form${l ? ' (the taught element is gone)' : ''}`);
  }
  for (const k of new Set([...(form.lost ?? []), ...(after.lost ?? [])])) {
    const r = rows.find((x) => x.field === k);
    if (r) r.message = [t('teach_msg_lost'), r.message].filter(Boolean).join(' ');
  }
  const report: FillReport = { status: overallStatus(rows), rows };

  let undone = false;
  const undo = async (): Promise<FieldRow[]> => {
    if (undone) return [];
    undone = true;
    return undoWizard(doc, changes.filter((c) => rows.find((r) => r.field === c.field)?.result === 'filled'), ticked && rows.find((r) => r.field === 'enterHomepage')?.result === 'filled', opts.settle);
  };
  return { report, undo };
}

function verify(
  form: WizardForm,
  changes: TextChange[],
  ticked: boolean,
  early: Partial<Record<WizardField, FieldRow>>,
  homeTarget: string,
  domainTarget: string,
): FieldRow[] {
  const rows: FieldRow[] = [];
  const textRow = (field: 'homepage' | 'trustedDomain', el: TextField | null, target: string, same: (a: string, b: string) => boolean) => {
    const pre = early[field];
    if (pre?.result === 'failed') return rows.push(pre);
    const now = el ? readValue(el) : null;
    const change = changes.find((c) => c.field === field);
    if (now !== null && (now === target || same(now, target))) {
      rows.push({ field, result: change ? 'filled' : 'unchanged', before: change?.before ?? now, after: now });
    } else {
      rows.push({ field, result: 'failed', before: change?.before ?? pre?.before, after: now ?? undefined, message: el ? t('panel_msg_reverted') : t('panel_msg_field_not_found') });
    }
  };
  textRow('homepage', form.homepage, homeTarget, sameUrl);
  if (early.enterHomepage?.result === 'failed') rows.push(early.enterHomepage);
  else {
    const state = tickState(form.enterHomepage);
    if (state === true) rows.push({ field: 'enterHomepage', result: ticked ? 'filled' : 'unchanged', before: ticked ? 'false' : 'true', after: 'true' });
    else rows.push({ field: 'enterHomepage', result: 'failed', before: ticked ? 'false' : 'true', after: String(state), message: t('panel_msg_checkbox_reverted') });
  }
  textRow('trustedDomain', form.trustedDomain, domainTarget, sameDomain);
  const keep = (field: 'callbackUrl' | 'token' | 'aesKey', el: TextField | null) => {
    if (!el) return rows.push({ field, result: 'failed', message: t('panel_msg_field_not_found') });
    const v = readValue(el).trim();
    const shown = SECRET_FIELDS.has(field) ? {} : { before: v, after: v };
    if (v) rows.push({ field, result: 'kept', ...shown });
    else rows.push({ field, result: 'failed', ...shown, message: t('panel_msg_template_empty') });
  };
  keep('callbackUrl', form.callbackUrl);
  keep('token', form.token);
  keep('aesKey', form.aesKey);
  return rows;
}

async function undoWizard(doc: Document, changes: TextChange[], untick: boolean, settle?: () => Promise<void>): Promise<FieldRow[]> {
  const form = findWizardForm(doc);
  if (!form) {
    return [...changes.map((c) => c.field), ...(untick ? ['enterHomepage'] : [])].map((field) => ({ field, result: 'failed' as const, message: t('panel_msg_form_gone') }));
  }
  const early: FieldRow[] = [];
  const restoring: TextChange[] = [];
  for (const c of changes) {
    const el = form[c.field];
    if (!el) {
      early.push({ field: c.field, result: 'failed', message: t('panel_msg_field_not_found') });
      continue;
    }
    const now = readValue(el);
    // Only take back our own value: something the user typed since then stays.
    if (now !== c.target) {
      early.push({ field: c.field, result: 'kept', before: now, after: now, message: t('panel_msg_changed_since') });
      continue;
    }
    typeInto(el, c.before);
    restoring.push(c);
  }
  let unticking = false;
  if (untick) {
    if (tickState(form.enterHomepage) === true && form.enterHomepage) {
      clickLikeUser(form.enterHomepage);
      unticking = true;
    } else {
      early.push({ field: 'enterHomepage', result: 'kept', message: t('panel_msg_changed_since') });
    }
  }
  await settleTwice(doc, settle);
  const after = findWizardForm(doc) ?? form;
  const rows: FieldRow[] = [...early];
  for (const c of restoring) {
    const el = after[c.field];
    const now = el ? readValue(el) : null;
    rows.push(now === c.before ? { field: c.field, result: 'filled', before: c.target, after: now } : { field: c.field, result: 'failed', before: c.target, after: now ?? undefined, message: t('panel_msg_reverted') });
  }
  if (unticking) {
    const state = tickState(after.enterHomepage);
    rows.push(state === false || state === null ? { field: 'enterHomepage', result: 'filled', before: 'true', after: 'false' } : { field: 'enterHomepage', result: 'failed', before: 'true', after: 'true', message: t('panel_msg_checkbox_reverted') });
  }
  const order: string[] = [...WIZARD_FIELDS];
  return rows.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/** Field → result only (what fill.done may carry: never values, certainly not Token / AESKey). */
export function resultsOnly(rows: FieldRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.field, r.result]));
}
