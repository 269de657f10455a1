// Background upkeep (issue 16.5): the event log is trimmed to the retention setting on startup and
// once a day by an alarm. Wired by entrypoints/background.ts.
import { browser } from 'wxt/browser';
import { eventRetentionDaysItem } from '../settings';
import { trimEvents } from './lifecycle';

export const TRIM_ALARM = 'ec-trim-events';

export async function trimNow(): Promise<number> {
  try {
    const days = await eventRetentionDaysItem.getValue();
    return (await trimEvents(days)).deleted;
  } catch {
    return 0; // never let upkeep break the worker; the next run tries again
  }
}

export function initDataMaintenance(): void {
  void trimNow();
  const alarms = (browser as unknown as { alarms?: typeof browser.alarms }).alarms;
  if (!alarms) return;
  void alarms.get(TRIM_ALARM).then(async (a) => {
    if (!a) await alarms.create(TRIM_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
  });
  alarms.onAlarm.addListener((a) => {
    if (a.name === TRIM_ALARM) void trimNow();
  });
}
