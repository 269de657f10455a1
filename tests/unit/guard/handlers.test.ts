// Background side of the guard: audit rows through the data layer's event log, the badge, re-injection.
import type { Handlers } from '../../../utils/background/router';
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { freshDb } from '../fakes';
import { listEvents, appendEvent } from '@/utils/db/events';
import { guardHandlers, refreshBadge, startOfDay } from '@/utils/guard/handlers';
import { reinjectGuard, GUARD_SCRIPT, GUARD_UI_SCRIPT } from '@/utils/guard/background';
import { AUDIT_STAMP_KEY } from '@/utils/guard/policy';

const attempt = (over: Record<string, unknown> = {}) => ({
  type: 'guard.attempt' as const, action: 'reset-qr' as const, outcome: 'blocked' as const,
  page: 'https://open.work.weixin.qq.com/wwopen/developer#/sass/customApp/tpl/info?id=1', label: '重置二维码', customer: '代开发-开发', ...over,
});
const send = (m: ReturnType<typeof attempt>) => (guardHandlers as Handlers)['guard.attempt']!(m as never, { tabId: 1 });

beforeEach(() => { freshDb(); });

describe('guard.attempt', () => {
  it('appends one guard event with action, outcome, page, label and customer', async () => {
    await send(attempt());
    const rows = await listEvents({ kind: 'guard' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'guard', action: 'reset-qr', outcome: 'blocked', customer: '代开发-开发', detail: { label: '重置二维码' } });
    expect(rows[0].page).toContain('#/sass/customApp/tpl/info');
  });
  it('the same gesture reported twice (two copies of the guard) is one row; different gestures are not merged', async () => {
    await send(attempt({ gestureId: 'g-1' }));
    await send(attempt({ gestureId: 'g-1' }));
    await send(attempt({ gestureId: 'g-2' }));
    expect(await listEvents({ kind: 'guard' })).toHaveLength(2);
  });
  it('bumps the session stamp the options page listens to', async () => {
    await send(attempt({ outcome: 'confirmed', action: 'edit-callback' }));
    expect((await fakeBrowser.storage.session.get(AUDIT_STAMP_KEY))[AUDIT_STAMP_KEY]).toBeTypeOf('number');
  });
  it('sets the badge to the number of attempts blocked today, in red', async () => {
    await send(attempt());
    await send(attempt({ outcome: 'cancelled', action: 'edit-callback' }));
    await send(attempt({ action: 'edit-template' }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([217, 48, 37, 255]);
  });
});

describe('refreshBadge', () => {
  it("counts only today's blocked attempts and clears at zero", async () => {
    const now = Date.now();
    await appendEvent({ kind: 'guard', action: 'reset-qr', outcome: 'blocked' });
    expect(await refreshBadge(now)).toBe(1);
    const tomorrow = startOfDay(now) + 36 * 3600_000;
    expect(await refreshBadge(tomorrow)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('reinjectGuard', () => {
  it('injects the built guard into the frames of every open backend tab that have no live guard', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 9 }] as never);
    // The probe finds a live guard in frame 2 only.
    const exec = vi.fn(async (c: { func?: unknown }) => (c.func ? [{ frameId: 0, result: false }, { frameId: 2, result: true }] : []));
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: exec };
    expect(await reinjectGuard()).toBe(2);
    expect(query).toHaveBeenCalledWith({ url: 'https://open.work.weixin.qq.com/*' });
    expect(exec).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, files: [GUARD_SCRIPT] }));
    expect(exec).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 9, frameIds: [0] }, files: [GUARD_SCRIPT] }));
    expect(GUARD_SCRIPT).toBe('/content-scripts/guard.js');
  });
});

describe('guard.ui (a guard that finds no UI)', () => {
  it("injects the guard UI into the sender's frame only, and answers once it is there", async () => {
    const exec = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: exec };
    expect(await guardHandlers['guard.ui']!({ type: 'guard.ui' }, { tabId: 4, frameId: 12 })).toBe(true);
    expect(exec).toHaveBeenCalledTimes(1);
    expect(exec).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [12] }, files: [GUARD_UI_SCRIPT], injectImmediately: true });
    expect(GUARD_UI_SCRIPT).toBe('/content-scripts/guard-ui.js');
  });
  it('refuses a sender without a tab frame (an extension page)', async () => {
    const exec = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: exec };
    await expect(guardHandlers['guard.ui']!({ type: 'guard.ui' }, { fromExtensionPage: true })).rejects.toMatchObject({ code: 'no-frame' });
    expect(exec).not.toHaveBeenCalled();
  });
});

describe('guard.setPolicy: forbidden stays forbidden (issue 12.9)', () => {
  const set = (m: Record<string, unknown>) => guardHandlers['guard.setPolicy']!({ type: 'guard.setPolicy', ...m } as never, { fromExtensionPage: true, url: 'chrome-extension://x/options.html' });
  it('allow for reset-qr / edit-template without the typed phrase is refused and changes nothing', async () => {
    for (const action of ['reset-qr', 'edit-template']) {
      await expect(set({ action, policy: 'allow' })).rejects.toMatchObject({ code: 'needs-confirmation' });
      await expect(set({ action, policy: 'allow', confirm: 'yes' })).rejects.toMatchObject({ code: 'needs-confirmation' });
    }
    expect((await fakeBrowser.storage.local.get('guardPolicies')).guardPolicies).toBeUndefined();
    expect(await listEvents({ kind: 'guard' })).toHaveLength(0);
  });
  it('with the phrase (either language) it is saved and audited; other actions need no phrase', async () => {
    const r = (await set({ action: 'reset-qr', policy: 'allow', confirm: ' 我确认允许 ' })) as { policies: Record<string, string> };
    expect(r.policies['reset-qr']).toBe('allow');
    await set({ action: 'edit-template', policy: 'allow', confirm: 'i allow it' });
    await set({ action: 'regenerate-secret', policy: 'allow' });
    const rows = await listEvents({ kind: 'guard' });
    expect(rows.map((x) => `${x.action}:${x.outcome}`).sort()).toEqual(['edit-template:confirmed', 'reset-qr:confirmed']);
  });
});
