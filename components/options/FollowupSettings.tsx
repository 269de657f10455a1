// Options: when a customer needs a nudge (follow-ups in the popup, the badge, one daily summary).
import { useEffect, useId, useState } from 'react';
import { t } from '@/utils/i18n';
import { followupSettingsItem } from '@/utils/settings';
import { cleanFollowupSettings, DEFAULT_FOLLOWUP_SETTINGS, type FollowupSettings as Settings } from '@/utils/journey/followups';

const FIELDS: { key: 'consentHours' | 'onlineHours' | 'staleDays'; unit: string; max: number }[] = [
  { key: 'consentHours', unit: 'journey_opt_hours', max: 720 },
  { key: 'onlineHours', unit: 'journey_opt_hours', max: 720 },
  { key: 'staleDays', unit: 'journey_opt_days', max: 365 },
];

export function FollowupSettings() {
  const id = useId();
  const [v, setV] = useState<Settings>(DEFAULT_FOLLOWUP_SETTINGS);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void followupSettingsItem.getValue().then((s) => alive && setV(cleanFollowupSettings(s)), () => undefined);
    return () => {
      alive = false;
    };
  }, []);
  const save = async (next: Settings) => {
    const clean = cleanFollowupSettings(next);
    setV(clean);
    await followupSettingsItem.setValue(clean);
    setSaved(t('journey_opt_saved'));
  };
  return (
    <section aria-labelledby={`${id}-h`} data-testid="followup-settings">
      <h2 id={`${id}-h`}>{t('journey_opt_title')}</h2>
      <p>{t('journey_opt_intro')}</p>
      {FIELDS.map((f) => (
        <p key={f.key}>
          <label>
            {t(`journey_opt_${f.key}`)}{' '}
            <input
              type="number"
              min={1}
              max={f.max}
              value={v[f.key]}
              data-testid={`followup-${f.key}`}
              onChange={(e) => setV({ ...v, [f.key]: Number(e.target.value) })}
              onBlur={() => void save(v)}
              style={{ width: 72 }}
            />{' '}
            {t(f.unit)}
          </label>
        </p>
      ))}
      <p>
        <label>
          <input type="checkbox" checked={v.dailyNotification} data-testid="followup-daily" onChange={(e) => void save({ ...v, dailyNotification: e.target.checked })} /> {t('journey_opt_daily')}
        </label>
      </p>
      {saved ? <p role="status">{saved}</p> : null}
    </section>
  );
}
