// Re-injection after install/update only lands in frames without a live guard, so a running guard is
// never replaced in the middle of a gesture (which would record that gesture twice).
import { describe, it, expect } from 'vitest';
import { reinjectTab, GUARD_SCRIPT, GUARD_UI_SCRIPT } from '@/utils/guard/background';
import { LIVE_GUARD_KEY } from '@/utils/guard/policy';

type Call = { target: { tabId: number; allFrames?: boolean; frameIds?: number[] }; func?: (k: string) => boolean; args?: unknown[]; files?: string[] };

function fakeScripting(frames: Record<number, (() => boolean) | undefined | 'throws'>) {
  const calls: Call[] = [];
  const executeScript = async (c: Call) => {
    calls.push(c);
    if (c.func) {
      return Object.entries(frames).map(([id, live]) => {
        const g = globalThis as Record<string, unknown>;
        if (live === 'throws') g[LIVE_GUARD_KEY] = () => { throw new Error('Extension context invalidated'); };
        else if (live) g[LIVE_GUARD_KEY] = live;
        else delete g[LIVE_GUARD_KEY];
        const result = c.func!(...(c.args as [string]));
        delete g[LIVE_GUARD_KEY];
        return { frameId: Number(id), result };
      });
    }
    return [];
  };
  return { scripting: { executeScript } as never, calls };
}

describe('reinjectTab', () => {
  it('injects only where no live guard answers: missing, orphaned or throwing', async () => {
    const { scripting, calls } = fakeScripting({ 0: () => true, 3: undefined, 7: () => false, 9: 'throws' });
    expect(await reinjectTab(scripting, 42)).toBe(3);
    expect(calls).toHaveLength(2);
    expect(calls[0].target).toEqual({ tabId: 42, allFrames: true });
    expect(calls[1]).toMatchObject({ target: { tabId: 42, frameIds: [3, 7, 9] }, files: [GUARD_SCRIPT] });
  });
  it('a top frame without a live guard gets the guard UI first, then the guard', async () => {
    const { scripting, calls } = fakeScripting({ 0: () => false, 4: undefined });
    expect(await reinjectTab(scripting, 8)).toBe(2);
    expect(calls).toHaveLength(3);
    expect(calls[1]).toMatchObject({ target: { tabId: 8, frameIds: [0] }, files: [GUARD_UI_SCRIPT] });
    expect(calls[2]).toMatchObject({ target: { tabId: 8, frameIds: [0, 4] }, files: [GUARD_SCRIPT] });
  });
  it('leaves a tab whose frames all run a live guard untouched', async () => {
    const { scripting, calls } = fakeScripting({ 0: () => true, 5: () => true });
    expect(await reinjectTab(scripting, 1)).toBe(0);
    expect(calls).toHaveLength(1);
  });
});
