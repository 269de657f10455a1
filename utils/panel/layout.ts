// Where the panel goes so that it never covers a control of the page's form or open dialog
// (issue 12.1), from 683 to 1920 px wide. Pure: rectangles in, a placement out.
// - No dialog: a column at the window's edge (right unless the user moved it left); the page's
//   normal flow is narrowed by `reserve` px so nothing in it sits under the panel. Narrow windows
//   get a narrower column.
// - A dialog open: page dialogs are fixed and centred in the whole window, ignoring the reserve:
//   beside the dialog when there is room; else a compact bar above or below it (or in a corner
//   that holds none of its controls).
// - Page controls that still meet the panel (fixed bars, layouts that ignore the margin): compact.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  mode: 'column' | 'compact';
  side: 'left' | 'right';
  width: number;
  top: number;
  /** max height of the panel (px) */
  maxHeight: number;
  /** px of the page's width reserved for the column (0: none) */
  reserve: number;
}

export const MARGIN = 12;
export const TOP = 56;
export const MIN_WIDTH = 240;
export const COMPACT_HEIGHT = 44;
/** The compact bar without a dialog still holds the paste box, 填写 and the verdict. */
export const COMPACT_TALL = 200;
const COMPACT_WIDTH = 320;

/** The column's width for a window: 360 on wide windows, narrower (≥ 240) beside chat. */
export function columnWidth(vw: number): number {
  if (vw >= 1100) return 360;
  return Math.max(MIN_WIDTH, Math.min(300, Math.floor(vw * 0.36)));
}

export const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function rectOf(p: Placement, vw: number, height: number): Rect {
  const left = p.side === 'right' ? vw - MARGIN - p.width : MARGIN;
  return { left, top: p.top, right: left + p.width, bottom: p.top + Math.min(height, p.maxHeight) };
}

export interface LayoutInput {
  vw: number;
  vh: number;
  /** the page's open dialog, if any */
  dialog: Rect | null;
  /** visible page controls that could meet the panel (the dialog's, fixed ones) */
  controls: Rect[];
  /** the panel's content height when expanded (px) */
  height: number;
  side: 'left' | 'right';
  /** collapsed by the user: only the small bar */
  compactOnly?: boolean;
}

export function placePanel(i: LayoutInput): Placement {
  const w = columnWidth(i.vw);
  const reserve = w + 2 * MARGIN;
  const column: Placement = { mode: 'column', side: i.side, width: w, top: TOP, maxHeight: Math.max(160, i.vh - TOP - MARGIN), reserve };
  const clear = (p: Placement, h = i.height) => !i.controls.some((c) => intersects(c, rectOf(p, i.vw, h)));

  if (i.compactOnly) {
    // skip the column
  } else if (i.dialog) {
    const d = i.dialog;
    const bands: ['left' | 'right', number][] = [
      ['right', Math.floor(i.vw - d.right - 2 * MARGIN)],
      ['left', Math.floor(d.left - 2 * MARGIN)],
    ];
    if (i.side === 'left') bands.reverse();
    for (const [side, free] of bands) {
      if (free >= MIN_WIDTH) {
        const p: Placement = { ...column, side, width: Math.min(w, free) };
        if (clear(p)) return p;
      }
    }
  } else {
    if (clear(column)) return column;
    const other: Placement = { ...column, side: i.side === 'left' ? 'right' : 'left' };
    if (clear(other)) return other;
  }

  // Compact: a bar that holds no control of the page (the reserve stays, so the page does not
  // reflow back under the column and flip the placement).
  const ch = i.dialog || i.compactOnly ? COMPACT_HEIGHT : COMPACT_TALL;
  const keep = i.compactOnly ? 0 : reserve;
  const cw = Math.min(COMPACT_WIDTH, i.vw - 2 * MARGIN);
  const tops: number[] = [];
  if (i.dialog) {
    if (i.dialog.top - ch - 8 >= 4) tops.push(Math.max(4, i.dialog.top - ch - 8));
    if (i.vh - i.dialog.bottom - 8 >= ch + 4) tops.push(i.dialog.bottom + 8);
  }
  tops.push(4, TOP, Math.max(4, i.vh - ch - 4));
  const sides: ('left' | 'right')[] = i.side === 'left' ? ['left', 'right'] : ['right', 'left'];
  for (const top of tops) {
    for (const side of sides) {
      const p: Placement = { mode: 'compact', side, width: cw, top, maxHeight: ch, reserve: keep };
      const r = rectOf(p, i.vw, ch);
      if (!clear(p, ch)) continue;
      if (i.dialog && intersects(r, i.dialog)) continue;
      return p;
    }
  }
  // No spot is free for the full bar: the tallest free band (≥ the one-line bar) at a candidate
  // place — the bar then scrolls inside itself instead of covering the page.
  let best: Placement | null = null;
  for (const top of tops) {
    for (const side of sides) {
      const p: Placement = { mode: 'compact', side, width: cw, top, maxHeight: ch, reserve: keep };
      const r = rectOf(p, i.vw, ch);
      let h = Math.min(ch, i.vh - top - 4);
      for (const c of i.controls) {
        if (c.right <= r.left || c.left >= r.right || c.bottom <= top) continue;
        h = Math.min(h, Math.floor(c.top - top - 4));
      }
      if (i.dialog && i.dialog.right > r.left && i.dialog.left < r.right && i.dialog.bottom > top) h = Math.min(h, Math.floor(i.dialog.top - top - 4));
      if (h >= COMPACT_HEIGHT && (!best || h > best.maxHeight)) best = { ...p, maxHeight: h };
    }
  }
  if (best) return best;
  // Everything is taken: the corner spot that meets the fewest controls.
  let fewest = Infinity;
  let pick: Placement = { mode: 'compact', side: i.side, width: cw, top: 4, maxHeight: COMPACT_HEIGHT, reserve: keep };
  for (const top of tops) {
    for (const side of sides) {
      const p: Placement = { mode: 'compact', side, width: cw, top, maxHeight: COMPACT_HEIGHT, reserve: keep };
      const n = i.controls.filter((c) => intersects(c, rectOf(p, i.vw, COMPACT_HEIGHT))).length;
      if (n < fewest) [pick, fewest] = [p, n];
    }
  }
  return pick;
}

export function samePlacement(a: Placement | null, b: Placement | null): boolean {
  return a === b || (!!a && !!b && a.mode === b.mode && a.side === b.side && a.width === b.width && a.top === b.top && a.maxHeight === b.maxHeight && a.reserve === b.reserve);
}
