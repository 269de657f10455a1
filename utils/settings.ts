// Small user settings kept in extension storage (WXT storage items, versioned).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ALLOWED_HOSTS } from '@/utils/bundle/hosts';

/** Hosts a bundle URL may point at (parseBundle's `allowedHosts`). Edited on the options page. */
export const allowedHostsItem = storage.defineItem<string[]>('local:allowedHosts', {
  fallback: DEFAULT_ALLOWED_HOSTS,
  version: 1,
});

/** Event-log retention (issue 16.5): events older than this many days are trimmed (daily alarm and on
 *  startup). 0 keeps everything. Edited on the options page. */
export const DEFAULT_RETENTION_DAYS = 180;
export const eventRetentionDaysItem = storage.defineItem<number>('local:eventRetentionDays', {
  fallback: DEFAULT_RETENTION_DAYS,
  version: 1,
});
