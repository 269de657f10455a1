// The panel moves aside for the page's open dialog (a 640 px el-dialog centred in 1280 px reaches
// into the panel's column and its 确定 would sit under the panel).
import { describe, it, expect } from 'vitest';
import { dockBeside, sameDock, PANEL_WIDTH } from '@/utils/panel/dock';

const rect = (left: number, width: number) => ({ left, right: left + width, width, height: 400 });

describe('dockBeside', () => {
  it('no dialog, or one clear of the panel column: the usual place', () => {
    expect(dockBeside(null, 1280)).toBeNull();
    expect(dockBeside(rect(300, 500), 1280)).toBeNull();
    expect(dockBeside(rect(0, 0), 1280)).toBeNull();
  });
  it('a wide centred dialog: narrower panel on the right, beside it', () => {
    const d = dockBeside(rect(320, 640), 1280)!;
    expect(d.side).toBe('right');
    expect(d.width).toBeLessThan(PANEL_WIDTH);
    expect(1280 - 12 - d.width).toBeGreaterThanOrEqual(960); // starts right of the dialog
  });
  it('a dialog hugging the right edge: the panel goes left; no room anywhere: stays', () => {
    expect(dockBeside(rect(700, 560), 1280)).toEqual({ side: 'left', width: PANEL_WIDTH });
    expect(dockBeside(rect(100, 1080), 1280)).toBeNull();
  });
  it('sameDock', () => {
    expect(sameDock(null, null)).toBe(true);
    expect(sameDock({ side: 'left', width: 300 }, { side: 'left', width: 300 })).toBe(true);
    expect(sameDock({ side: 'left', width: 300 }, null)).toBe(false);
  });
});
