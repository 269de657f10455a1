// Customers that need a nudge (issue 11.5), from their step statuses and when they last moved.
// Pure: rows and settings in, follow-ups out. The background runs this from an alarm.
import type { StepId, StepStatus } from '../steps';

export type FollowupReason = 'waiting-consent' | 'waiting-online' | 'stale';

export interface FollowupSettings {
  /** 1d 'doing' for at least this many hours → waiting-consent */
  consentHours: number;
  /** 1f 'doing' (待上线) for at least this many hours → waiting-online */
  onlineHours: number;
  /** no step moved for this many days (and not finished) → stale */
  staleDays: number;
  /** one summary notification a day */
  dailyNotification: boolean;
}

export const DEFAULT_FOLLOWUP_SETTINGS: FollowupSettings = { consentHours: 24, onlineHours: 1, staleDays: 3, dailyNotification: true };

export interface FollowupInput {
  corpId: string;
  name: string;
  st: Partial<Record<StepId, StepStatus>>;
  /** when each step last changed (ms) */
  at: Partial<Record<StepId, number>>;
  touchedAt: number;
  archived?: boolean;
}

export interface Followup {
  corpId: string;
  name: string;
  reason: FollowupReason;
  /** since when (ms) */
  since: number;
}

const H = 3600 * 1000;
const finished = (s: StepStatus | undefined) => s === 'done' || s === 'skipped';

/** At most one follow-up per customer, the most specific reason first. Oldest first. */
export function followups(rows: FollowupInput[], s: FollowupSettings, now: number): Followup[] {
  const out: Followup[] = [];
  for (const c of rows) {
    if (c.archived) continue;
    const allDone = (['1', '2', '3', '4', '5', '6'] as StepId[]).every((id) => finished(c.st[id]));
    if (allDone) continue;
    const consentAt = c.at['1d'] ?? c.touchedAt;
    const onlineAt = c.at['1f'] ?? c.touchedAt;
    if (c.st['1d'] === 'doing' && now - consentAt >= s.consentHours * H) out.push({ corpId: c.corpId, name: c.name, reason: 'waiting-consent', since: consentAt });
    else if (c.st['1f'] === 'doing' && now - onlineAt >= s.onlineHours * H) out.push({ corpId: c.corpId, name: c.name, reason: 'waiting-online', since: onlineAt });
    else if (now - c.touchedAt >= s.staleDays * 24 * H) out.push({ corpId: c.corpId, name: c.name, reason: 'stale', since: c.touchedAt });
  }
  return out.sort((a, b) => a.since - b.since);
}

/** Clamp user-entered settings to sane ranges (bad input never breaks the alarm). */
export function cleanFollowupSettings(v: Partial<FollowupSettings> | null | undefined): FollowupSettings {
  const num = (x: unknown, d: number, min: number, max: number) => (typeof x === 'number' && Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : d);
  const d = DEFAULT_FOLLOWUP_SETTINGS;
  return {
    consentHours: num(v?.consentHours, d.consentHours, 1, 24 * 30),
    onlineHours: num(v?.onlineHours, d.onlineHours, 1, 24 * 30),
    staleDays: num(v?.staleDays, d.staleDays, 1, 365),
    dailyNotification: typeof v?.dailyNotification === 'boolean' ? v.dailyNotification : d.dailyNotification,
  };
}
