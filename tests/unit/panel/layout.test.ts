import { describe, expect, it } from 'vitest';
import { columnWidth, intersects, placePanel, COMPACT_HEIGHT, MARGIN, type Rect } from '@/utils/panel/layout';

const r = (left: number, top: number, w: number, h: number): Rect => ({ left, top, right: left + w, bottom: top + h });
const panelRect = (p: ReturnType<typeof placePanel>, vw: number, h: number): Rect => {
  const left = p.side === 'right' ? vw - MARGIN - p.width : MARGIN;
  return r(left, p.top, p.width, Math.min(h, p.maxHeight));
};

describe('placePanel', () => {
  it('a column with a reserve at every width, narrower beside chat', () => {
    for (const vw of [683, 960, 1366, 1920]) {
      const p = placePanel({ vw, vh: 740, dialog: null, controls: [], height: 500, side: 'right' });
      expect(p.mode).toBe('column');
      expect(p.reserve).toBe(columnWidth(vw) + 2 * MARGIN);
    }
    expect(columnWidth(683)).toBeGreaterThanOrEqual(240);
    expect(columnWidth(1920)).toBe(360);
  });

  it('beside a dialog when there is room (right, else left)', () => {
    const p = placePanel({ vw: 1366, vh: 768, dialog: r(423, 60, 520, 500), controls: [], height: 500, side: 'right' });
    expect(p).toMatchObject({ mode: 'column', side: 'right' });
    const q = placePanel({ vw: 1366, vh: 768, dialog: r(700, 60, 560, 500), controls: [], height: 500, side: 'right' });
    expect(q).toMatchObject({ mode: 'column', side: 'left' });
  });

  it('no room beside the dialog: a compact bar that covers none of its controls', () => {
    const dialog = r(81, 60, 520, 600);
    const controls = [r(480, 620, 50, 28), r(540, 620, 50, 28), r(100, 100, 400, 30)];
    for (const vw of [683, 960]) {
      const p = placePanel({ vw, vh: 740, dialog: vw === 683 ? dialog : r((vw - 620) / 2, 60, 620, 600), controls, height: 500, side: 'right' });
      expect(p.mode).toBe('compact');
      const pr = panelRect(p, vw, COMPACT_HEIGHT);
      expect(controls.some((c) => intersects(c, pr))).toBe(false);
      expect(pr.top).toBeGreaterThanOrEqual(0);
      expect(pr.bottom).toBeLessThanOrEqual(740);
    }
  });

  it('a fixed page control under the column: the other side; controls on both sides: compact, clear of them', () => {
    const vw = 1366;
    const bar = r(vw - 200, 60, 150, 30);
    const p = placePanel({ vw, vh: 768, dialog: null, controls: [bar], height: 500, side: 'right' });
    expect(p).toMatchObject({ mode: 'column', side: 'left' });
    const left = r(30, 300, 150, 30);
    const q = placePanel({ vw, vh: 768, dialog: null, controls: [bar, left], height: 500, side: 'right' });
    expect(q.mode).toBe('compact');
    expect([bar, left].some((c) => intersects(c, panelRect(q, vw, q.maxHeight)))).toBe(false);
  });

  it('the user’s side is kept when it works', () => {
    expect(placePanel({ vw: 1366, vh: 768, dialog: null, controls: [], height: 500, side: 'left' }).side).toBe('left');
  });
});
