import { describe, expect, it } from 'vitest';
import { currentStep, plan, progressLabel, readyAt, ONLINE_WAIT_MS } from '@/utils/journey/model';
import { followups, cleanFollowupSettings, DEFAULT_FOLLOWUP_SETTINGS } from '@/utils/journey/followups';

const SUB = ['1a', '1b', '1c', '1d', '1e', '1f', '1g'] as const;
const TOP = ['1', '2', '3', '4', '5', '6'] as const;

describe('journey plan', () => {
  it('a new customer starts at 1a and leads to the wizard', () => {
    expect(plan({})).toEqual({ current: '1a', next: '1b', waitingFor: [] });
  });
  it('after 完成 the permissions come next', () => {
    expect(plan({ '1a': 'done', '1b': 'done' })).toMatchObject({ current: '1c', next: '1c' });
  });
  it('after the permissions, 1d waits for the customer admin and the menus come next', () => {
    const p = plan({ '1a': 'done', '1b': 'done', '1c': 'done', '1d': 'doing' });
    expect(p).toEqual({ current: '1e', next: '1e', waitingFor: ['1d'] });
  });
  it('after 保存 the go-online list comes next; 待上线 still leads there', () => {
    expect(plan({ '1a': 'done', '1b': 'done', '1c': 'done', '1d': 'doing', '1e': 'done' })).toMatchObject({ current: '1f', next: '1f' });
    expect(plan({ '1a': 'done', '1b': 'done', '1c': 'done', '1d': 'done', '1e': 'done', '1f': 'doing' })).toMatchObject({ current: '1f', next: '1f' });
  });
  it('已上线: 1g is the customer admin’s reminder and step 6 is next', () => {
    const p = plan({ '1a': 'done', '1b': 'done', '1c': 'done', '1d': 'done', '1e': 'done', '1f': 'done' });
    expect(p).toEqual({ current: '1g', next: '6', waitingFor: ['1g'] });
  });
  it('all done: nothing next', () => {
    const all = Object.fromEntries(['1a', '1b', '1c', '1d', '1e', '1f', '1g', '6'].map((k) => [k, 'done']));
    expect(plan(all)).toEqual({ current: null, next: null, waitingFor: [] });
  });
  it('only the waiting step left: it is current', () => {
    const st = Object.fromEntries(['1a', '1b', '1c', '1e', '1f', '1g', '6'].map((k) => [k, 'done']));
    expect(currentStep({ ...st, '1d': 'doing' })).toBe('1d');
  });
  it('a skipped step counts as finished', () => {
    expect(currentStep({ '1a': 'skipped', '1b': 'done' })).toBe('1c');
  });
});

describe('progressLabel', () => {
  it('mid step 1 reads its sub-steps (4/7), not 0/6', () => {
    const r = progressLabel({ '1': 'doing', '1a': 'done', '1b': 'done', '1c': 'done', '1e': 'done' }, SUB, TOP);
    expect(r.step1).toEqual({ done: 4, total: 7 });
    expect(r.top).toEqual({ done: 0, total: 6 });
  });
  it('step 1 done or not started: no sub-step figure', () => {
    expect(progressLabel({ '1': 'done', '2': 'done' }, SUB, TOP)).toEqual({ step1: null, top: { done: 2, total: 6 } });
    expect(progressLabel({}, SUB, TOP).step1).toBeNull();
  });
});

describe('readyAt', () => {
  it('five minutes after the order was created', () => {
    expect(readyAt(1000, 2000)).toBe(1000 + ONLINE_WAIT_MS);
  });
  it('never in the past', () => {
    expect(readyAt(1000, 1000 + ONLINE_WAIT_MS + 5)).toBe(1000 + ONLINE_WAIT_MS + 5);
  });
  it('refused after the expected time: a minute after the refusal', () => {
    const late = 1000 + ONLINE_WAIT_MS + 10_000;
    expect(readyAt(1000, late, late)).toBe(late + 60_000);
  });
});

describe('followups', () => {
  const H = 3600e3;
  const now = 100 * 24 * H;
  const base = { st: {}, at: {}, touchedAt: now };
  it('finds waiting consent, waiting online and stale customers, oldest first', () => {
    const rows = [
      { ...base, corpId: 'wwa', name: 'A', st: { '1c': 'done', '1d': 'doing' } as const, at: { '1d': now - 30 * H } },
      { ...base, corpId: 'wwb', name: 'B', st: { '1f': 'doing' } as const, at: { '1f': now - 2 * H } },
      { ...base, corpId: 'wwc', name: 'C', touchedAt: now - 5 * 24 * H },
      { ...base, corpId: 'wwd', name: 'D', st: { '1d': 'doing' } as const, at: { '1d': now - H } },
      { ...base, corpId: 'wwe', name: 'E', touchedAt: now - 50 * 24 * H, archived: true },
    ];
    const f = followups(rows, DEFAULT_FOLLOWUP_SETTINGS, now);
    expect(f.map((x) => [x.corpId, x.reason])).toEqual([['wwc', 'stale'], ['wwa', 'waiting-consent'], ['wwb', 'waiting-online']]);
  });
  it('a finished customer needs no nudge', () => {
    const st = Object.fromEntries(['1', '2', '3', '4', '5', '6'].map((k) => [k, 'done']));
    expect(followups([{ ...base, corpId: 'wwa', name: 'A', st, touchedAt: 0 }], DEFAULT_FOLLOWUP_SETTINGS, now)).toEqual([]);
  });
  it('settings are clamped', () => {
    expect(cleanFollowupSettings({ staleDays: -4, consentHours: Number.NaN, dailyNotification: 'x' as unknown as boolean })).toEqual({ ...DEFAULT_FOLLOWUP_SETTINGS, staleDays: 1 });
  });
});
