// Background side of the guard: the audit log (via the data layer's event log), the toolbar badge
// (blocked attempts today) and the policies. Stateless: everything lives in storage / IndexedDB.
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Handlers } from '../background/router';
import { appendEvent } from '../db/events';
import { refreshJourneyBadge } from '../journey/background';
import { GUARD_UI_SCRIPT } from './ui-api';
import { AUDIT_STAMP_KEY, DEFAULT_POLICIES, FORBIDDEN, POLICY_KEY, allowPhraseOk, resolvePolicies, sanitizePolicies, type ResolvedPolicies } from './policy';

export const BADGE_COLOR = '#d93025';

/**
 * User's and administrator's policies, resolved (managed wins and locks). Chromium's first
 * storage.managed read after start-up can take seconds; with `waitForManaged: false` the answer
 * comes after at most MANAGED_WAIT_MS with `managedPending: true`, and the caller asks again later.
 */
export const MANAGED_WAIT_MS = 300;
export async function readPolicies(opts: { waitForManaged?: boolean } = {}): Promise<ResolvedPolicies & { defaults: typeof DEFAULT_POLICIES; managedPending: boolean }> {
  // Some browsers reject when no administrator policy / schema exists: treat as none.
  const managedRead = browser.storage.managed.get(POLICY_KEY).catch(() => ({}) as Record<string, unknown>);
  const managedOrNull =
    opts.waitForManaged === false
      ? Promise.race([managedRead, new Promise<null>((r) => setTimeout(() => r(null), MANAGED_WAIT_MS))])
      : managedRead;
  const [local, managed] = await Promise.all([browser.storage.local.get(POLICY_KEY), managedOrNull]);
  return { ...resolvePolicies(local[POLICY_KEY], managed?.[POLICY_KEY]), defaults: DEFAULT_POLICIES, managedPending: managed === null };
}

/** Local midnight of the day `now` falls in. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * Refreshes the toolbar badge: customers needing a nudge when there are any, else the attempts
 * blocked today (the journey module owns the badge and its title). Returns today's blocked count.
 */
export async function refreshBadge(now = Date.now()): Promise<number> {
  return (await refreshJourneyBadge(now)).blocked;
}

// Two copies of the guard in one frame (the short moment of a re-injection) report the same
// gesture under the same id at most; remember recent ids so one gesture stays one row. Memory
// only: losing it when the service worker sleeps costs nothing (gesture ids are never reused).
const recent: string[] = [];
function seen(id: string | undefined): boolean {
  if (!id) return false;
  if (recent.includes(id)) return true;
  recent.push(id);
  if (recent.length > 200) recent.shift();
  return false;
}

export const guardHandlers = {
  'guard.attempt': async (m) => {
    if (seen(m.gestureId)) return { duplicate: true };
    const id = await appendEvent({
      kind: 'guard',
      action: m.action,
      outcome: m.outcome,
      page: m.page,
      customer: m.customer,
      detail: m.label ? { label: m.label } : undefined,
    });
    if (m.outcome === 'blocked') await refreshBadge().catch(() => 0);
    // Tell open options pages to refresh their audit list (session storage: extension pages only).
    await browser.storage.session?.set({ [AUDIT_STAMP_KEY]: Date.now() }).catch(() => undefined);
    return { id };
  },

  'guard.policies': () => readPolicies({ waitForManaged: false }),

  // A guard that finds no UI (its top is not the backend, or a browser whose frames do not share the
  // extension's isolated world): the guard UI goes into the sender's frame only; it answers once loaded.
  'guard.ui': async (_m, sender) => {
    if (sender.tabId == null || sender.frameId == null) throw Object.assign(new Error('no frame'), { code: 'no-frame' });
    await browser.scripting.executeScript({ target: { tabId: sender.tabId, frameIds: [sender.frameId] }, files: [GUARD_UI_SCRIPT], injectImmediately: true });
    return true;
  },

  'guard.setPolicy': async (m, sender) => {
    // The options page opens in a tab, so the router may not flag it as an extension page: its
    // address tells (content scripts report the backend's https address).
    const fromExtension = sender.fromExtensionPage || (!!sender.url && sender.url.startsWith(browser.runtime.getURL('')));
    if (!fromExtension) {
      throw Object.assign(new Error('只能在扩展的选项页修改策略 / policies can only be changed on the options page'), { code: 'forbidden' });
    }
    // Don't wait for a slow first storage.managed read: a locked action stays locked anyway, since the
    // administrator's policy wins wherever policies are resolved (guard, options page).
    const current = await readPolicies({ waitForManaged: false });
    if (current.locked[m.action]) {
      throw Object.assign(new Error('该策略由管理员锁定，不能修改 / this policy is locked by your administrator'), { code: 'locked' });
    }
    // Forbidden stays forbidden: `allow` for 重置二维码 / 编辑模板信息 only after the typed confirmation
    // (an administrator may still allow them through storage.managed), and it is audited.
    const forbiddenAllow = m.policy === 'allow' && FORBIDDEN.includes(m.action);
    if (forbiddenAllow && !allowPhraseOk(m.confirm)) {
      throw Object.assign(new Error(t('guard_allowNeeded')), { code: 'needs-confirmation' });
    }
    if (forbiddenAllow) {
      await appendEvent({ kind: 'guard', action: m.action, outcome: 'confirmed', page: sender.url ?? '', detail: { label: t('guard_outcome_policy') } });
      await browser.storage.session?.set({ [AUDIT_STAMP_KEY]: Date.now() }).catch(() => undefined);
    }
    const stored = await browser.storage.local.get(POLICY_KEY);
    const next = { ...sanitizePolicies(stored[POLICY_KEY]), [m.action]: m.policy };
    await browser.storage.local.set({ [POLICY_KEY]: next });
    return readPolicies({ waitForManaged: false });
  },
} satisfies Handlers;
