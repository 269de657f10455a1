// Options: the fields taught on the page (ec-teach), one learned-row each with its learned-delete.
// An administrator's (storage.managed `learned`) are listed as such and cannot be deleted here.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { call } from '@/utils/rpc';
import type { Learned } from '@/utils/site/learned';
import { LEARNED_KEY } from '@/utils/site/learned-keys';
import { fieldLabel } from '@/components/panel/Report';

export function LearnedSettings() {
  const [list, setList] = useState<Learned[]>([]);
  useEffect(() => {
    let alive = true;
    const load = () => call({ type: 'learned.list' }).then((l) => alive && setList(l ?? []), () => undefined);
    void load();
    const onChanged = (c: Record<string, unknown>) => { if (LEARNED_KEY in c) void load(); };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return (
    <section>
      <h2>{t('options_learned_title')}</h2>
      {list.length === 0 ? <p>{t('options_learned_empty')}</p> : null}
      <ul>
        {list.map((l) => (
          <li key={`${l.page}|${l.field}`} data-testid="learned-row" data-field={l.field} data-page={l.page}>
            <b>{fieldLabel(l.field)}</b> · {l.page} · {l.label ? `“${l.label}”` : l.placeholder ? `[${l.placeholder}]` : `#${l.index + 1}`} ({l.kind}){' '}
            {l.managed ? (
              <em>{t('options_learned_managed')}</em>
            ) : (
              <button type="button" data-testid="learned-delete" onClick={() => void call({ type: 'learned.delete', page: l.page, field: l.field }).then((x) => setList(x ?? []))}>
                {t('options_learned_delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
