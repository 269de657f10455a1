// The guard's user-visible strings, read once at start-up through t() (chrome.i18n): an orphaned
// script (extension reloaded under it) may no longer reach the i18n API, but must still speak.
import { t } from '@/utils/i18n';
import { GUARD_ACTIONS, type GuardAction } from './policy';
import { PLAIN_TEXTS, type GuardTexts } from './ui';

/** Message key suffix of an action (guard_action_<suffix>, guard_why_<suffix>): reset-qr → reset_qr. */
export const actionKey = (a: GuardAction): string => a.replace('-', '_');

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
