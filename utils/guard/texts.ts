// The guard's user-visible strings, read once at start-up from chrome.i18n: an orphaned script
// (extension reloaded under it) may no longer reach the i18n API, but must still speak. Straight
// chrome.i18n, not t(): the guard registers no zh dictionaries (size), so t() would add only weight.
import { GUARD_ACTIONS, type GuardAction } from './policy';
import { PLAIN_TEXTS, type GuardTexts } from './ui';

/** Message key suffix of an action (guard_action_<suffix>, guard_why_<suffix>): reset-qr → reset_qr. */
export const actionKey = (a: GuardAction): string => a.replace('-', '_');

function t(key: string, subs?: string[]): string {
  try {
    return (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s?: string[]): string } } }).chrome.i18n.getMessage(key, subs) || key;
  } catch {
    return key;
  }
}

export function loadTexts(): GuardTexts {
  const per = (f: (a: GuardAction) => string) => Object.fromEntries(GUARD_ACTIONS.map((a) => [a, f(a)])) as Record<GuardAction, string>;
  const name = per((a) => t(`guard_action_${actionKey(a)}`));
  return {
    ...(Object.fromEntries(PLAIN_TEXTS.map((k) => [k, t(`guard_${k}`)])) as Record<(typeof PLAIN_TEXTS)[number], string>),
    noticeTitle: per((a) => t('guard_noticeTitle', [name[a]])),
    dialogTitle: per((a) => t('guard_dialogTitle', [name[a]])),
    why: per((a) => t(`guard_why_${actionKey(a)}`)),
  };
}
