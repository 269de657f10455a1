// The `ec-fill-report` hook: result of the last fill (or undo / permission tick). `data-status`
// appears only once the action finished and was verified; one row per field.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { isTeachable } from '@/utils/site/learned';
import { words } from '@/utils/site/vocabulary';
import { cancelTeach, startTeach, teachStore } from './teach';
import type { FieldRow, FillReport } from '@/utils/fill/report';
import { t } from '@/utils/i18n';
import { byUser } from '@/utils/panel/trusted';

export type ViewKind = 'fill' | 'undo' | 'permissions';
export type ReportView = { running: true; kind: ViewKind } | { running: false; kind: ViewKind; report: FillReport };

export function fieldLabel(field: string): string {
  const m = /^menu-(\d+)$/.exec(field);
  if (m) return t('panel_field_menu', [m[1]]);
  const key = `panel_field_${field}`;
  const s = t(key);
  return s === key ? field : s;
}

function Row({ row, undo }: { row: FieldRow; undo: boolean }) {
  const target = row.teach ?? row.field;
  const teachable = row.result === 'failed' && row.reason === 'not-found' && isTeachable(target);
  return (
    <li data-field={row.field} data-result={row.result} {...(row.reason ? { 'data-reason': row.reason } : {})}>
      <span className={`res res-${row.result}`}>{t(undo && row.result === 'filled' ? 'panel_result_restored' : `panel_result_${row.result}`)}</span>
      <span>{fieldLabel(row.field)}</span>
      {row.message ? <span className="msg">{row.message}</span> : null}
      {teachable ? (
        <button type="button" className="teach" data-testid="ec-teach" data-field={row.field} title={t('teach_button_title')} onClick={(e) => byUser(e) && startTeach(target)}>
          {t('teach_button')}
        </button>
      ) : null}
    </li>
  );
}

/** While teaching: what to click, why the last click was refused, and the way out. */
export function TeachBanner() {
  const s = useSyncExternalStore(teachStore.subscribe, teachStore.getState);
  if (!s.field && !s.note) return null;
  return (
    <div className="teach-banner" role="status" data-testid="ec-teach-banner">
      {s.field ? <span>{t('teach_prompt', [fieldLabel(s.field)])}</span> : null}
      {s.note ? (
        <span className={`teach-note ${s.note.tone}`} data-testid="ec-teach-note" role={s.note.tone === 'warn' ? 'alert' : undefined}>
          {t(s.note.key, s.note.subs?.map((f) => (f.startsWith('field:') ? fieldLabel(f.slice(6)) : f)))}
        </span>
      ) : null}
      {s.field ? (
        <button type="button" data-testid="ec-teach-cancel" onClick={() => cancelTeach()}>
          {t('teach_cancel')}
        </button>
      ) : null}
    </div>
  );
}


/** The page's own button the user presses next, named in the verdict. */
const NEXT_BUTTON: Record<string, string> = { 'wizard-dev': words('finishButton')[0], 'menu-editor': words('saveButton')[0] };

export function Report({ view, page }: { view: ReportView; page?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const done = !view.running;
  useEffect(() => {
    // keep the verdict on screen when the panel scrolls (a long preview below it)
    // (the panel itself scrolls — never the page, whose fields must not move under the panel)
    const el = ref.current;
    const box = el?.closest('.ec-panel') as HTMLElement | null;
    if (done && el && box) {
      const r = el.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (r.bottom > b.bottom) box.scrollTop += Math.min(r.bottom - b.bottom, r.top - b.top);
      else if (r.top < b.top) box.scrollTop -= b.top - r.top;
    }
  }, [done, view]);
  if (view.running) {
    return (
      <div className="report" data-testid="ec-fill-report" aria-busy="true" aria-live="polite">
        <span className="status">{t(view.kind === 'undo' ? 'panel_status_undoing' : 'panel_status_running')}</span>
      </div>
    );
  }
  const { report } = view;
  const button = view.kind === 'permissions' ? words('confirmButton')[0] : page ? NEXT_BUTTON[page] : undefined;
  const title =
    view.kind === 'undo'
      ? t(`panel_undo_status_${report.status}`)
      : report.status === 'filled' && button
        ? t('panel_status_filled_press', [button])
        : t(`panel_status_${report.status}`);
  return (
    <div ref={ref} className="report" data-testid="ec-fill-report" data-status={report.status} data-kind={view.kind} aria-live="polite">
      <span className="status">{title}</span>
      <TeachBanner />
      {report.rows.length ? (
        <ul>
          {report.rows.map((r) => (
            <Row key={r.field} row={r} undo={view.kind === 'undo'} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
