// Where the panel sits while the page shows a dialog: the panel is fixed at the window's right edge
// (the page's normal flow is narrowed by a margin so it is not covered, but fixed dialogs are
// centred in the whole window and ignore it). When the page's open dialog reaches into the panel's
// column, the panel narrows to the free space beside the dialog (right, else left), so the
// dialog's own buttons (确定 / 取消) stay clickable. Pure: rectangles in, a placement out.

export const PANEL_WIDTH = 360;
export const PANEL_MARGIN = 12;
/** Narrower than this the panel is not usable: then it keeps its place. */
export const PANEL_MIN_WIDTH = 240;

export interface Dock {
  side: 'left' | 'right';
  width: number;
}

export function dockBeside(dialog: { left: number; right: number; width: number; height: number } | null, viewportWidth: number): Dock | null {
  if (!dialog || dialog.width <= 0 || dialog.height <= 0) return null;
  if (dialog.right <= viewportWidth - PANEL_WIDTH - 2 * PANEL_MARGIN) return null; // no overlap
  const right = Math.floor(viewportWidth - dialog.right - 2 * PANEL_MARGIN);
  if (right >= PANEL_MIN_WIDTH) return { side: 'right', width: Math.min(PANEL_WIDTH, right) };
  const left = Math.floor(dialog.left - 2 * PANEL_MARGIN);
  if (left >= PANEL_MIN_WIDTH) return { side: 'left', width: Math.min(PANEL_WIDTH, left) };
  return null;
}

export function sameDock(a: Dock | null, b: Dock | null): boolean {
  return a === b || (!!a && !!b && a.side === b.side && a.width === b.width);
}
