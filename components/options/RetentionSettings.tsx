// Options: how long the event log is kept (issue 16.5), with a reminder to export first and an
// in-page confirmation before cleaning up now (never alert/confirm/prompt).
import { useEffect, useState } from 'react';
import { t } from '@/utils/i18n';
import { call } from '@/utils/rpc';
import { DEFAULT_RETENTION_DAYS, eventRetentionDaysItem } from '@/utils/settings';

export function RetentionSettings() {
  const [days, setDays] = useState<string>(String(DEFAULT_RETENTION_DAYS));
  const [saved, setSaved] = useState<number>(DEFAULT_RETENTION_DAYS);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    void eventRetentionDaysItem.getValue().then((d) => {
      setDays(String(d));
      setSaved(d);
    });
  }, []);

  const parse = () => {
    const n = Number(days.trim());
    return Number.isInteger(n) && n >= 0 && n <= 36500 ? n : null;
  };
  const save = async () => {
    const n = parse();
    if (n == null) return setMsg({ ok: false, text: t('data_retention_invalid') });
    await eventRetentionDaysItem.setValue(n);
    setSaved(n);
    setMsg({ ok: true, text: n === 0 ? t('data_retention_forever') : t('data_retention_saved', [n]) });
  };
  const trim = async () => {
    setAsking(false);
    try {
      const r = await call({ type: 'events.trim', days: saved });
      setMsg({ ok: true, text: t('data_retention_trimmed', [r.deleted, saved]) });
    } catch (e) {
      setMsg({ ok: false, text: (e as Error).message });
    }
  };

  return (
    <section aria-labelledby="retention-title" data-testid="retention-settings">
      <h2 id="retention-title">{t('data_retention_title')}</h2>
      <p className="muted" role="note">{t('data_retention_remind')}</p>
      <div className="row">
        <label htmlFor="ec-retention-days">{t('data_retention_label')}</label>
        <input id="ec-retention-days" type="number" min={0} max={36500} step={1} style={{ width: 90 }} value={days}
          data-testid="retention-days" onChange={(e) => setDays(e.target.value)} />
        <button type="button" className="primary" data-testid="retention-save" onClick={() => void save()}>{t('data_retention_save')}</button>
        <button type="button" data-testid="retention-trim" disabled={saved === 0} onClick={() => setAsking(true)}>{t('data_retention_trim')}</button>
      </div>
      {asking && (
        <div className="confirm" role="alertdialog" aria-labelledby="retention-confirm-text" data-testid="retention-confirm">
          <span id="retention-confirm-text">{t('data_retention_confirm', [saved])}</span>
          <button type="button" className="danger" data-testid="retention-confirm-yes" onClick={() => void trim()}>{t('data_retention_confirm_yes')}</button>
          <button type="button" onClick={() => setAsking(false)}>{t('data_retention_cancel')}</button>
        </div>
      )}
      {msg && <p role={msg.ok ? 'status' : 'alert'} className={msg.ok ? 'ok' : 'alert'}>{msg.text}</p>}
    </section>
  );
}
