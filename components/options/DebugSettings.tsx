// Options: the debug log switch (off by default). When on, the panel writes to the page's console
// why recognition or a fill failed (utils/site/debug.ts) — field names and reasons, never values.
import { useEffect, useState } from 'react';
import { t } from '@/utils/i18n';
import { debugLogItem } from '@/utils/settings';

export function DebugSettings() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let alive = true;
    debugLogItem.getValue().then((v) => alive && setOn(!!v), () => undefined);
    const unwatch = debugLogItem.watch((v) => alive && setOn(!!v));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return (
    <section>
      <h2>{t('options_debug_title')}</h2>
      <label>
        <input type="checkbox" data-testid="debug-log" checked={on} onChange={(e) => { setOn(e.target.checked); void debugLogItem.setValue(e.target.checked); }} /> {t('options_debug_label')}
      </label>
    </section>
  );
}
