// Measuring the page for the panel's placement (utils/panel/layout.ts): the open dialog and the
// visible controls that could meet the panel. DOM only; the caller decides when to measure.
import { isVisible } from '../fill/dom';
import { openDialog } from '../journey/prepare';
import type { Rect } from './layout';

const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [role="checkbox"], [role="radio"], [role="tab"], [role="link"], [tabindex]:not([tabindex="-1"]), [onclick]';

const toRect = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** The page's open dialog (its rectangle), if any. */
export function dialogRect(doc: Document): { el: Element; rect: Rect } | null {
  const el = openDialog(doc);
  if (!el) return null;
  let box: Element = el;
  let r = el.getBoundingClientRect();
  // UI kits put role=dialog on a full-window wrapper (Ant Design's .ant-modal-wrap, Element Plus's
  // .el-overlay-dialog) around the box the user sees: measure that box, so there is room beside it.
  const vw = doc.defaultView?.innerWidth ?? 0;
  const vh = doc.defaultView?.innerHeight ?? 0;
  for (let i = 0; i < 4 && vw && r.width >= vw * 0.95 && r.height >= vh * 0.95; i++) {
    const kids = Array.from(box.children).filter((c) => { const k = c.getBoundingClientRect(); return k.width > 0 && k.height > 0; });
    if (kids.length !== 1) break;
    box = kids[0];
    r = box.getBoundingClientRect();
  }
  if (r.width <= 0 || r.height <= 0) return null;
  return { el, rect: toRect(r) };
}

/** How many controls the page has: part of the layout key, so a form that renders late (after the
 *  panel was placed, without changing the page's scroll size) gets the panel placed again. */
export function controlCount(scope: ParentNode): number {
  return scope.querySelectorAll(CONTROLS).length;
}

/**
 * Visible controls in `scope` that meet one of `zones` (the panel's candidate places). Elements of
 * our own UI never count (they live in a shadow root the query does not enter).
 */
export function controlRects(scope: ParentNode, zones: Rect[], limit = 3000): Rect[] {
  const out: Rect[] = [];
  const all = scope.querySelectorAll(CONTROLS);
  for (let i = 0; i < all.length && i < limit; i++) {
    const el = all[i];
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    const rect = toRect(r);
    if (!zones.some((z) => rect.left < z.right && z.left < rect.right && rect.top < z.bottom && z.top < rect.bottom)) continue;
    if (!isVisible(el)) continue;
    out.push(rect);
  }
  return out;
}
