// Customers that need a nudge (hook `followup-row`): 1d waiting for 同意授权, 1f 待上线, or nothing
// moved for the configured days. Computed in the background (followups.list); a click opens one.
import { useEffect, useState } from 'react';
import { t } from '@/utils/i18n';
import { send } from '@/utils/rpc';
import { usePopup } from '@/utils/store/popup';
import type { Followup } from '@/utils/journey/followups';

export function Followups() {
  const [list, setList] = useState<Followup[] | null>(null);
  const open = usePopup((s) => s.open);
  useEffect(() => {
    let live = true;
    void send({ type: 'followups.list' }).then((r) => {
      if (live) setList(r.ok ? r.data : []);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!list?.length) return null;
  return (
    <section className="followups" aria-label={t('journey_followups_title')}>
      <h2>{t('journey_followups_title')}</h2>
      <ul>
        {list.slice(0, 20).map((f) => (
          <li key={f.corpId}>
            <button type="button" className="linkish" data-testid="followup-row" data-corp-id={f.corpId} data-reason={f.reason} onClick={() => open(f.corpId)}>
              <b>{f.name}</b>
              <span className="sub">{t(`journey_followup_${f.reason.replace('-', '_')}`, [days(f.since)])}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function days(since: number): string {
  const h = Math.max(0, Math.floor((Date.now() - since) / 3600e3));
  return h < 48 ? t('journey_hours', [String(h)]) : t('journey_days', [String(Math.floor(h / 24))]);
}
