// Small user settings kept in extension storage (WXT storage items, versioned), and the
// administrator's overrides from chrome.storage.managed (public/managed_schema.json, docs/deploy.md).
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ALLOWED_HOSTS, isBareHostname } from '@/utils/bundle/hosts';
import { LOCAL_KEYS } from '@/utils/local-values';

/** The debug log switch (options page, off by default): utils/site/debug.ts says why recognition or a fill failed. */
export const debugLogItem = storage.defineItem<boolean>(`local:${LOCAL_KEYS.debugLog}`, { fallback: false, version: 1 });

/** Hosts a bundle URL may point at (parseBundle's `allowedHosts`). Edited on the options page. */
export const allowedHostsItem = storage.defineItem<string[]>('local:allowedHosts', {
  fallback: DEFAULT_ALLOWED_HOSTS,
  version: 1,
});

/** Follow-up thresholds and the daily summary switch (options page; read by the background alarm). */
export const followupSettingsItem = storage.defineItem<import('@/utils/journey/followups').FollowupSettings | null>('local:followups.settings', {
  fallback: null,
  version: 1,
});

/** The day (YYYY-MM-DD, local) the last daily follow-up summary was shown. */
export const followupSummaryDayItem = storage.defineItem<string>('local:followups.summaryDay', { fallback: '' });

/** chrome.storage.managed key of an administrator's host list; when set it replaces the user's. */
export const MANAGED_HOSTS_KEY = 'allowedHosts';

/** The usable hosts of an administrator's list (lower-cased, de-duplicated), or null when there is
 *  no list or nothing in it is a host name (a broken policy must not lock everyone out). */
export function managedHostList(raw: unknown): string[] | null {
  if (!Array.isArray(raw)) return null;
  const out: string[] = [];
  for (const h of raw) {
    const v = typeof h === 'string' ? h.trim().toLowerCase() : '';
    if (isBareHostname(v) && !out.includes(v)) out.push(v);
  }
  return out.length ? out : null;
}

interface ManagedArea {
  get(key: string): Promise<Record<string, unknown>>;
}
/** Chromium's first storage.managed read after start-up can take seconds: wait this long at most,
 *  then use the last list read (or the user's); the read goes on and is used next time. */
export const MANAGED_HOSTS_WAIT_MS = 300;
let lastManaged: string[] | null = null;

/** The hosts in force: the administrator's list when one is set, else the user's. */
export async function readAllowedHosts(
  managed: ManagedArea | undefined = browser.storage?.managed as ManagedArea | undefined,
): Promise<{ hosts: string[]; managed: boolean }> {
  if (managed) {
    const read = Promise.resolve()
      .then(() => managed.get(MANAGED_HOSTS_KEY))
      .then((r) => (lastManaged = managedHostList(r?.[MANAGED_HOSTS_KEY])))
      .catch(() => lastManaged); // no schema / no policy in some browsers
    const timeout = new Promise<string[] | null>((r) => setTimeout(() => r(lastManaged), MANAGED_HOSTS_WAIT_MS));
    const admin = await Promise.race([read, timeout]);
    if (admin) return { hosts: admin, managed: true };
  }
  return { hosts: await allowedHostsItem.getValue(), managed: false };
}

/** Event-log retention (issue 16.5): events older than this many days are trimmed (daily alarm and on
 *  startup). 0 keeps everything. Edited on the options page. */
export const DEFAULT_RETENTION_DAYS = 180;
export const eventRetentionDaysItem = storage.defineItem<number>('local:eventRetentionDays', {
  fallback: DEFAULT_RETENTION_DAYS,
  version: 1,
});

// The panel's collapsed state and side are content-script values: utils/local-values.ts
// (LOCAL_KEYS.panelCollapsed, LOCAL_KEYS.panelSide).
