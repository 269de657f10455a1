// ec-snapshot: download a redacted outline of the page (utils/site/snapshot.ts) for support, as an
// ordinary Blob-link download. Our own panel (with the paste box) is never part of it.
import { useRef } from 'react';
import { t } from '@/utils/i18n';
import { takeSnapshot } from '@/utils/site/snapshot';
import { parseRoute } from '@/utils/page/detect';
import { debugLog } from '@/utils/site/debug';

export function snapshotFileName(page: string, d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ec-helper-snapshot-${page}-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}.json`;
}

export function SnapshotButton({ doc, page }: { doc: Document; page: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const take = () => {
    try {
      const root = ref.current?.getRootNode() as ShadowRoot | undefined;
      const route = parseRoute(doc.defaultView?.location.hash ?? '');
      const snap = takeSnapshot(doc, { page, routePath: route.path, queryKeys: Object.keys(route.query), exclude: root?.host ?? null });
      const blob = new Blob([JSON.stringify(snap, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = doc.createElement('a');
      a.href = url;
      a.download = snapshotFileName(page);
      a.rel = 'noopener';
      a.style.display = 'none';
      (root ?? doc.body).append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      debugLog('snapshot', 'the snapshot could not be taken', e);
    }
  };
  return (
    <button type="button" ref={ref} data-testid="ec-snapshot" onClick={take} title={t('snapshot_button_sub')}>
      {t('snapshot_button')}
    </button>
  );
}
