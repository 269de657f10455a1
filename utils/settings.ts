// Small user settings kept in extension storage (WXT storage items, versioned).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ALLOWED_HOSTS } from '@/utils/bundle/hosts';

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

/** The template (suiteid) last seen in a route: the same for every customer of that template. */
export const lastSuiteIdItem = storage.defineItem<string>('local:journey.suiteId', { fallback: '' });
