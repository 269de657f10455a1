// App detail → 权限 → 编辑: the dialog of permission checkboxes (成员基本信息 — 账号, 部门ID, …).
// Ticks every option the way a user does: read each box's state first (some start ticked: never
// click those), click the unticked ones, re-read after every re-render (a group box may tick its
// children). Never presses the dialog's 确定.
import { checkedState, clickLikeUser, findLabelElements, isVisible } from './dom';
import { labelKey, normText } from '../dom/text';
import { nextRender } from '../dom/wait';
import { ownText } from '../page/detect';
import { words } from '../site/vocabulary';
import { learnedFor, resolveLearned } from '../site/learned';

/** Option labels the WeCom permission dialog shows (provider-backend.md), from utils/site/vocabulary.ts. */
export const PERMISSION_LABELS = words('permissionLabels');
const STRONG_LABELS = words('permissionStrongLabels');

const DIALOG_SELECTOR =
  '[role="dialog"], [aria-modal="true"], dialog[open], [class*="dialog" i], [class*="modal" i], [class*="popup" i], [class*="layer" i], [class*="drawer" i]';

const STATE_TOKEN = /^(is-?)?(checked|selected|active|on)$|[-_](checked|selected|on)$/i;

/** A class signature without its state tokens: `ck ck-checked` and `ck` both give `I.ck`. */
function baseSignature(e: Element): string | null {
  const tokens = (e.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const base = tokens.filter((c) => !STATE_TOKEN.test(c) && !/half|indeterminate|part/i.test(c)).sort();
  return base.length ? `${e.tagName}.${base.join('.')}` : null;
}

function boxCandidates(scope: ParentNode): Element[] {
  const found = Array.from(scope.querySelectorAll('input[type="checkbox"], [role="checkbox"], [class*="check" i]')).filter(
    (e) => !/^(TEXTAREA|SELECT)$/.test(e.tagName) && !(e.tagName === 'INPUT' && (e as HTMLInputElement).type !== 'checkbox'),
  );
  // A box that only says "checked" once ticked (`<i class="ck ck-checked">`): its unticked siblings
  // share the same class signature without the state token.
  const sigs = new Set<string>();
  for (const e of found) {
    const tokens = (e.getAttribute('class') ?? '').split(/\s+/);
    if (e.tagName !== 'INPUT' && tokens.some((c) => /checked$/i.test(c)) && !/\p{L}/u.test(normText(e.textContent))) {
      const sig = baseSignature(e);
      if (sig) sigs.add(sig);
    }
  }
  if (sigs.size) {
    for (const e of Array.from(scope.querySelectorAll('[class]'))) {
      if (!found.includes(e) && !e.children.length && sigs.has(baseSignature(e) ?? '')) found.push(e);
    }
  }
  return found;
}

/** A box itself: a native checkbox, an ARIA checkbox, or a text-free element whose class shows a state. */
function isLeafBox(e: Element, all: Element[]): boolean {
  if (all.some((o) => o !== e && e.contains(o))) return false;
  if (e.tagName === 'INPUT' || e.getAttribute('role') === 'checkbox') return true;
  // "ww_checkbox_label" holds the option's text: it is a label, not a box. A tick mark is fine.
  return !/\p{L}/u.test(normText(e.textContent)) && boxState(e) !== null;
}

interface Box {
  /** The option: the outermost element holding exactly one box (a label wrapper, or the box itself). */
  unit: Element;
  /** The box inside it (what a user clicks). */
  leaf: Element;
}

function boxesOf(dialog: Element): Box[] {
  const cands = boxCandidates(dialog);
  const natives = cands.filter((c) => c.tagName === 'INPUT');
  // A styled span beside a native input (same wrapper) only decorates it: the input is the truth.
  const decorates = (c: Element) => {
    if (c.tagName === 'INPUT') return false;
    for (let a = c.parentElement, i = 0; a && a !== dialog && i < 2; a = a.parentElement, i++) {
      const n = natives.filter((x) => a!.contains(x));
      if (n.length === 1) return true;
      if (n.length > 1) return false;
    }
    return false;
  };
  const leaves = cands.filter((c) => isLeafBox(c, cands) && !decorates(c));
  const leafIn = (c: Element) => leaves.filter((l) => c === l || c.contains(l));
  // Wrappers up to 3 levels above a leaf that hold only that leaf (a group container holds many).
  const out: Box[] = [];
  for (const leaf of leaves) {
    let unit = leaf;
    for (let a = leaf.parentElement, i = 0; a && a !== dialog && i < 3; a = a.parentElement, i++) {
      if (leafIn(a).length !== 1) break;
      if (a.tagName === 'LABEL' || a.getAttribute('role') === 'checkbox' || cands.includes(a)) unit = a;
    }
    const visible = isVisible(unit) || isVisible(leaf);
    if (!visible) continue;
    out.push({ unit, leaf });
  }
  return out;
}

/** The permission options of a dialog (one element per box, in page order). */
export function permissionBoxes(dialog: Element): Element[] {
  return boxesOf(dialog).map((b) => b.unit);
}

function stateOf(el: Element): boolean {
  return checkedState(el) === true;
}

/** checkedState, also for a learned box that shows nothing while unticked (null → false). */
function boxState(e: Element): boolean | null {
  const s = checkedState(e);
  if (s !== null) return s;
  return baseSignature(e) ? false : null;
}

/** The page kind the 权限 dialog is taught on (utils/site/learned.ts). */
export const PERMISSIONS_PAGE = 'app-detail';

export interface PermissionDialogLookup {
  dialog: Element | null;
  /** A dialog was taught but is not on the page now (the vocabulary was used instead). */
  lost: boolean;
}

/**
 * The VISIBLE 权限 edit dialog: the one the user taught (ec-teach) when it is on the page, else the
 * one the vocabulary recognises (checkbox groups 成员基本信息 / 账号 / 部门ID …).
 */
export function lookupPermissionDialog(doc: Document): PermissionDialogLookup {
  const l = learnedFor(PERMISSIONS_PAGE, 'permissions');
  const taught = l ? resolveLearned(doc, l) : null;
  if (taught) return { dialog: taught, lost: false };
  return { dialog: findPermissionDialogByWords(doc), lost: !!l };
}

export function findPermissionDialog(doc: Document): Element | null {
  return lookupPermissionDialog(doc).dialog;
}

/**
 * Is a 权限 dialog open? The recognised (or taught) one, or — so that the user can press
 * ec-check-all-permissions, be told it is not recognised and teach it — a visible dialog of boxes.
 */
export function permissionDialogOpen(doc: Document, found: Element | null = findPermissionDialog(doc)): boolean {
  // (dialog-like containers only: this runs on every scan of the page; `found`: a lookup already made)
  return !!found || boxDialogs(doc, { dialogLikeOnly: true }).length > 0;
}

/** The 权限 dialog by its words (utils/site/vocabulary.ts), innermost match. */
export function findPermissionDialogByWords(doc: Document): Element | null {
  const strongKeys = new Set(STRONG_LABELS.map(labelKey));
  const scoreOf = (scope: Element) => {
    const seen = new Set(findLabelElements(scope, PERMISSION_LABELS).map((l) => labelKey(ownText(l))));
    return { all: seen.size, strong: [...seen].filter((k) => strongKeys.has(k)).length };
  };
  const dialogs = Array.from(doc.querySelectorAll(DIALOG_SELECTOR)).filter((d) => isVisible(d));
  const qualifying = dialogs.filter((d) => {
    const s = scoreOf(d);
    return s.all >= 3 && s.strong >= 1 && permissionBoxes(d).length >= 3;
  });
  // The innermost one that still holds its 确定 / 取消 buttons: a mask wrapping the dialog matches too,
  // and so may the dialog's body ("perm_dialog_bd") which holds no buttons.
  const hasButtons = (d: Element) => Array.from(d.querySelectorAll('*')).some((e) => (isConfirmText(e) || /^取消$/.test(labelKey(e.textContent))) && isVisible(e));
  const innermost = (list: Element[]) => list.filter((d) => !list.some((o) => o !== d && d.contains(o))).pop() ?? null;
  const best = innermost(qualifying.filter(hasButtons)) ?? innermost(qualifying);
  if (best) return best;
  // No dialog-like container: the smallest visible ancestor of the permission labels that also
  // holds a 确定 control and several boxes (the page's own 权限 summary has no boxes).
  const labels = findLabelElements(doc, STRONG_LABELS);
  if (labels.length < 2) return null;
  for (let a: Element | null = labels[0].parentElement; a && a !== doc.body; a = a.parentElement) {
    if (!labels.every((l) => a!.contains(l))) continue;
    if (permissionBoxes(a).length >= 3 && Array.from(a.querySelectorAll('*')).some((e) => isConfirmText(e) && isVisible(e))) return a;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dialogs of boxes, whatever their words (what a taught 权限 dialog is, utils/site/learned.ts)

const hasDialogButtons = (d: Element) =>
  Array.from(d.querySelectorAll('*')).some((e) => (isConfirmText(e) || /^取消$/.test(labelKey(e.textContent))) && isVisible(e));

/** The innermost of nested matches that still holds the dialog's buttons (else the innermost). */
function innermostDialogs(list: Element[]): Element[] {
  const withButtons = list.filter(hasDialogButtons);
  return list.filter((d) => {
    const inner = list.filter((o) => o !== d && d.contains(o));
    if (hasDialogButtons(d)) return !inner.some((o) => withButtons.includes(o));
    return !inner.length && !list.some((o) => o !== d && o.contains(d) && withButtons.includes(o));
  });
}

/**
 * Visible dialogs holding at least 3 boxes, in page order: dialog-like containers (role, <dialog>,
 * a modal / dialog / popup layer); where the page shows none, the smallest block around ≥ 3 boxes
 * that also holds a 确定 control.
 */
export function boxDialogs(doc: Document, opts: { dialogLikeOnly?: boolean } = {}): Element[] {
  const dialogs = Array.from(doc.querySelectorAll(DIALOG_SELECTOR)).filter((d) => isVisible(d) && permissionBoxes(d).length >= 3);
  if (dialogs.length || opts.dialogLikeOnly) return innermostDialogs(dialogs);
  const out: Element[] = [];
  for (const { leaf } of boxesOf(doc.body)) {
    if (out.some((o) => o.contains(leaf))) continue;
    for (let a = leaf.parentElement; a && a !== doc.body && a !== doc.documentElement; a = a.parentElement) {
      if (permissionBoxes(a).length < 3) continue;
      if (Array.from(a.querySelectorAll('*')).some((e) => isConfirmText(e) && isVisible(e))) out.push(a);
      break;
    }
  }
  return out;
}

/** The dialog of boxes a click on `target` is inside (null outside every such dialog). */
export function chooseBoxDialog(target: Element): Element | null {
  const doc = target.ownerDocument;
  if (!doc) return null;
  return boxDialogs(doc).find((d) => d === target || d.contains(target)) ?? null;
}

/** A dialog's title: its first short visible text that is no option's label and no button's. */
export function boxDialogTitle(dialog: Element): string {
  const units = permissionBoxes(dialog);
  const optionText = (e: Element) => units.some((u) => u.contains(e) || (u.closest('label') ?? u.parentElement ?? u).contains(e));
  for (const e of Array.from(dialog.querySelectorAll('*'))) {
    let direct = '';
    for (const n of Array.from(e.childNodes)) if (n.nodeType === 3) direct += n.nodeValue;
    const k = labelKey(direct);
    if (!k || k.length > 24) continue;
    if (e.closest('button, a, [role="button"]') || isConfirmText(e) || /^取消$/.test(k) || optionText(e) || !isVisible(e)) continue;
    return k;
  }
  return '';
}

function isConfirmText(e: Element): boolean {
  const text = e.tagName === 'INPUT' ? (e as HTMLInputElement).value : e.textContent;
  return /^(确定|确认)$/.test(labelKey(text));
}

/** Group names of the dialog: a box with one of these that heads other boxes selects its group. */
const GROUP_LABELS = new Set(['成员基本信息', '成员敏感信息', '企业客户权限'].map(labelKey));

/** The text a box stands for: its label's own text. */
function boxText(unit: Element): string {
  const own = labelKey(ownText(unit));
  if (own) return own;
  const holder = unit.closest('label') ?? unit.parentElement ?? unit;
  return labelKey(ownText(holder));
}

/**
 * Which boxes are group headers (select-all of a group), not options: a group name whose box shares
 * a small block (≤ 3 levels up) with other boxes. A group without options (成员企业微信二维码) is one.
 */
export function groupHeaders(units: Element[]): boolean[] {
  return units.map((u, i) => {
    if (!GROUP_LABELS.has(boxText(u))) return false;
    let a: Element | null = (labelKey(ownText(u)) ? u : u.closest('label') ?? u).parentElement;
    for (let d = 0; a && d < 3; a = a.parentElement, d++) {
      if (units.some((o, j) => j !== i && a!.contains(o))) return true;
    }
    return false;
  });
}

/**
 * Tick every option of the dialog. Counts are of options (group header boxes are ticked too but not
 * counted): `total`, `alreadyTicked` ticked before we started, `ticked` those we ticked, `failed`
 * those still unticked after reading back.
 */
export async function checkAllPermissions(dialog: Element): Promise<{ total: number; ticked: number; alreadyTicked: number; failed: number }> {
  const win = dialog.ownerDocument?.defaultView;
  const initial = boxesOf(dialog);
  const startState = initial.map((b) => stateOf(b.unit));
  const total = initial.length;
  // Boxes are re-found each time (the page may re-render them); identity by position.
  const current = () => {
    const now = boxesOf(dialog);
    return now.length === total ? now : initial;
  };
  for (let pass = 0; pass < 3; pass++) {
    let clicked = 0;
    for (let i = 0; i < total; i++) {
      const box = current()[i];
      if (!box || !box.unit.isConnected || stateOf(box.unit)) continue; // ticked already: never click (it would untick)
      clickLikeUser(box.leaf);
      clicked++;
      await nextRender(win);
    }
    await nextRender(win);
    if (!clicked || current().every((b) => stateOf(b.unit))) break;
  }
  await nextRender(win);
  // Read back by identity (the order boxes are found in may follow their state), by position only
  // for a box the page re-rendered.
  const now = current();
  const end = initial.map((b, i) => (b.unit.isConnected ? stateOf(b.unit) : !!now[i] && stateOf(now[i].unit)));
  const header = groupHeaders(initial.map((b) => b.unit));
  let ticked = 0;
  let alreadyTicked = 0;
  let failed = 0;
  let options = 0;
  for (let i = 0; i < total; i++) {
    if (header[i] && end[i]) continue; // a ticked group box is not an option of its own
    options++;
    if (startState[i] && end[i]) alreadyTicked++;
    else if (end[i]) ticked++;
    else failed++;
  }
  return { total: options, ticked, alreadyTicked, failed };
}

/** True for the dialog's 确定 button, or any element inside it (an inner <span>). */
export function isConfirmControl(el: Element, dialog: Element): boolean {
  if (!dialog.contains(el)) return false;
  for (let n: Element | null = el, i = 0; n && n !== dialog && i < 4; n = n.parentElement, i++) {
    if (isConfirmText(n)) return true;
    // stop once we reach a container with more text than a button label
    if (normText(n.textContent).length > 8) return false;
  }
  return false;
}
