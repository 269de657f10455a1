// Small values in storage.local that content scripts read and write, without WXT's storage module
// (7.7 KB of the panel's 400 KB budget; the options page and the background keep the WXT items of
// utils/settings.ts). The same keys and the same stored form (the value as is, under its key), so
// either side reads what the other wrote; a missing or mistyped value reads as the fallback.
import { browser } from 'wxt/browser';

/**
 * The keys (without WXT's `local:` prefix), one definition for both sides. A WXT item over one of
 * these keys must have no `migrations` and no `init` (WXT would then keep metadata under `<key>$`
 * and migrate values these readers would not see migrated; tests/unit/local-values.test.ts checks).
 */
export const LOCAL_KEYS = {
  debugLog: 'debugLog',
  lastSuiteId: 'journey.suiteId',
  panelCollapsed: 'panel.collapsed',
  panelSide: 'panel.side',
} as const;

export interface LocalValue<T> {
  getValue(): Promise<T>;
  setValue(v: T): Promise<void>;
  /** Call `cb` with each new value; returns the unwatch. */
  watch(cb: (v: T) => void): () => void;
}

export function localValue<T extends string | number | boolean>(key: string, fallback: T): LocalValue<T> {
  const read = (raw: unknown): T => (typeof raw === typeof fallback ? (raw as T) : fallback);
  return {
    async getValue() {
      const got = await browser.storage.local.get(key);
      return read(got?.[key]);
    },
    async setValue(v) {
      await browser.storage.local.set({ [key]: v });
    },
    watch(cb) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) cb(read(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export const debugLogValue = localValue<boolean>(LOCAL_KEYS.debugLog, false);
export const lastSuiteIdValue = localValue<string>(LOCAL_KEYS.lastSuiteId, '');
export const panelCollapsedValue = localValue<boolean>(LOCAL_KEYS.panelCollapsed, false);
export const panelSideValue = localValue<string>(LOCAL_KEYS.panelSide, 'right');
