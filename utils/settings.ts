// Small user settings kept in extension storage (WXT storage items, versioned).
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ALLOWED_HOSTS } from '@/utils/bundle/hosts';

/** Hosts a bundle URL may point at (parseBundle's `allowedHosts`). Edited on the options page. */
/** The debug log switch (options page, off by default): utils/site/debug.ts says why recognition or a fill failed. */
export const debugLogItem = storage.defineItem<boolean>('local:debugLog', { fallback: false, version: 1 });

export const allowedHostsItem = storage.defineItem<string[]>('local:allowedHosts', {
  fallback: DEFAULT_ALLOWED_HOSTS,
  version: 1,
});
