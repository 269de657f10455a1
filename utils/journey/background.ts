// The journey in the service worker (issue 11): message handlers, the go-online wait alarm and
// its notification, the follow-up alarm, the badge and the daily summary. State lives in
// IndexedDB and storage (alarms survive worker and browser restarts); nothing is kept in memory.
import { browser } from 'wxt/browser';
import type { Handlers } from '../background/router';
import { t } from '../i18n';
import { getDb } from '../db/db';
import { setStep } from '../db/repo';
import { transition } from '../progress/transitions';
import { findJourneyCustomer, journeyCustomers, journeyGet, journeyOrder, journeyRefused, listFollowups } from '../db/journey';
import { cleanFollowupSettings, type Followup } from './followups';
import { followupSettingsItem, followupSummaryDayItem } from '../settings';
import { listEvents } from '../db/events';
import { injectPanel } from '../panel/commands-background';
import { BACKEND, HREF } from '../site/routes';

export const FOLLOWUP_ALARM = 'ec-followups';
const ONLINE_ALARM = 'ec-online|';
export { BACKEND };
export const deployDetailUrl = (au: string) => `${BACKEND}${HREF.deployDetail(au)}`;

/** Local midnight of the day `at` falls in. */
function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Guard attempts blocked today. */
export async function countBlockedToday(at = Date.now()): Promise<number> {
  const since = startOfDay(at);
  const rows = await listEvents({ kind: 'guard', since, limit: 100000 });
  return rows.filter((r) => r.outcome === 'blocked' && r.at >= since).length;
}

export async function currentFollowups(at = Date.now()): Promise<Followup[]> {
  const settings = cleanFollowupSettings(await followupSettingsItem.getValue().catch(() => null));
  return listFollowups(settings, at);
}

export const journeyHandlers = {
  'journey.get': (m) => journeyGet({ appId: m.appId, name: m.name, corpId: m.corpId }),
  'journey.customers': (m) => journeyCustomers(m.names),
  'journey.order': async (m, sender) => {
    const r = await journeyOrder({ corpName: m.corpName, auditOrderId: m.auditOrderId, createdAt: m.createdAt }, sender.url);
    void refreshJourneyBadge().catch(() => 0);
    return r;
  },
  'journey.refused': async (m, sender) => {
    const r = await journeyRefused({ auditOrderId: m.auditOrderId, corpName: m.corpName }, sender.url);
    if (r) await browser.alarms.create(`${ONLINE_ALARM}${r.corpId}|${r.auditOrderId}`, { when: r.readyAt });
    return r;
  },
  'journey.homepage': async (m, sender) => {
    const db = getDb();
    const hit = await db.transaction('r', [db.customers], () => findJourneyCustomer(db, { appId: m.appId, name: m.name }));
    if (!hit) return { applied: false, reason: 'unknown-customer' };
    const { steps, source } = transition('homepage.set');
    const [[step, status]] = steps;
    const r = await setStep(hit.row.corpId, step, status, source, undefined, sender.url);
    void refreshJourneyBadge().catch(() => 0);
    return r;
  },
  'followups.list': async () => {
    const list = await currentFollowups();
    void refreshJourneyBadge().catch(() => undefined); // the popup opened: the badge reads the same list
    return list;
  },
  'panel.inject': async (_m, sender) => {
    if (sender.tabId == null || sender.fromExtensionPage) return { injected: false };
    return { injected: await injectPanel(browser.scripting, sender.tabId) };
  },
} satisfies Handlers;

/**
 * The toolbar badge: how many customers need a nudge; with none, today's blocked guard attempts
 * (as before). The title always says what the number means.
 */
export async function refreshJourneyBadge(at = Date.now()): Promise<{ followups: number; blocked: number }> {
  const [f, blocked] = await Promise.all([currentFollowups(at), countBlockedToday(at)]);
  const n = f.length;
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const show = n > 0 ? n : blocked;
  await action.setBadgeBackgroundColor({ color: n > 0 ? '#d97706' : '#d93025' });
  await action.setBadgeText({ text: show === 0 ? '' : show > 999 ? '999+' : String(show) });
  const parts = [t('extName')];
  if (n > 0) parts.push(t('journey_badge_followups', [String(n)]));
  if (blocked > 0) parts.push(t('journey_badge_blocked', [String(blocked)]));
  await action.setTitle({ title: parts.join(t('journey_badge_sep')) });
  return { followups: n, blocked };
}

const dayOf = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The follow-up alarm: badge, then the day's one summary notification (if wanted and due). */
export async function followupTick(at = Date.now()): Promise<void> {
  const settings = cleanFollowupSettings(await followupSettingsItem.getValue().catch(() => null));
  const list = await listFollowups(settings, at);
  await refreshJourneyBadge(at).catch(() => undefined);
  if (!settings.dailyNotification || !list.length) return;
  const day = dayOf(at);
  if ((await followupSummaryDayItem.getValue()) === day) return;
  await followupSummaryDayItem.setValue(day);
  const names = list.slice(0, 3).map((f) => f.name).join('、');
  await browser.notifications.create('ec-followups-summary', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('journey_notify_summary_title', [String(list.length)]),
    message: t(list.length > 3 ? 'journey_notify_summary_more' : 'journey_notify_summary', [names, String(list.length)]),
  });
}

async function onAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name === FOLLOWUP_ALARM) return followupTick();
  if (!alarm.name.startsWith(ONLINE_ALARM)) return;
  const [corpId, au] = alarm.name.slice(ONLINE_ALARM.length).split('|');
  const c = await getDb().customers.get(corpId);
  if (!c) return;
  await browser.notifications.create(`${ONLINE_ALARM}${corpId}|${au}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('journey_notify_ready_title', [c.name]),
    message: t('journey_notify_ready', [c.name, au]),
    requireInteraction: true,
  });
}

/** A click on a notification: the go-online detail of that order, or the popup's follow-ups. */
async function onNotificationClick(id: string): Promise<void> {
  await browser.notifications.clear(id).catch(() => false);
  if (id.startsWith(ONLINE_ALARM)) {
    const au = id.slice(ONLINE_ALARM.length).split('|')[1];
    if (au) await browser.tabs.create({ url: deployDetailUrl(au) });
  } else if (id === 'ec-followups-summary') {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

export function initJourneyBackground(): void {
  browser.alarms.onAlarm.addListener((a) => void onAlarm(a).catch(() => undefined));
  browser.notifications.onClicked.addListener((id) => void onNotificationClick(id).catch(() => undefined));
  void browser.alarms.get(FOLLOWUP_ALARM).then((a) => {
    if (!a) void browser.alarms.create(FOLLOWUP_ALARM, { delayInMinutes: 1, periodInMinutes: 30 });
  });
  void refreshJourneyBadge().catch(() => undefined);
}
