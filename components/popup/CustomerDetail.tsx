// One customer: every step and sub-step at once (sub-steps grouped under step 1), who acts, when it
// changed and by what, a note, and a native select to change the status by hand.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { t } from '@/utils/i18n';
import { usePopup } from '@/utils/store/popup';
import { call } from '@/utils/rpc';
import type { StepId, StepStatus } from '@/utils/steps';
import type { StepView } from '@/utils/dto';
import { ProgressBar } from './CustomerList';
import { actorLabel, formatTime, SIDEBAR_LINK, sourceLabel, stepLabel, statusLabel } from './text';

const TOP: StepId[] = ['1', '2', '3', '4', '5', '6'];
const SUBS: StepId[] = ['1a', '1b', '1c', '1d', '1e', '1f', '1g'];
const BASE_STATUSES: StepStatus[] = ['todo', 'doing', 'done', 'blocked'];
/** Reminders that must be seen: shown under the step (keys popup_hint_<id>). */
const SHOWN_HINTS = new Set<StepId>(['1g', '3']);
/** Other how-to notes: the label's tooltip and accessible description, to keep all steps in view. */
const TIP_HINTS = new Set<StepId>(['1b', '1c', '1d', '1e', '1f', '2', '5']);

function statusesFor(s: StepView): StepStatus[] {
  return s.step === '5' || s.status === 'skipped' ? [...BASE_STATUSES, 'skipped'] : BASE_STATUSES;
}

function SidebarLink({ corpId }: { corpId: string }) {
  const link = SIDEBAR_LINK(corpId);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="helper">
      <div>{t('popup_hint_4')}</div>
      <div className="linkrow">
        <input className="link" data-testid="sidebar-link" readOnly value={link} aria-label={t('popup_sidebar_link_label')} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" data-testid="copy-sidebar-link" onClick={copy}>{t('popup_copy')}</button>
      </div>
      {state === 'copied' && <div className="ok" role="status">{t('popup_copied')}</div>}
      {state === 'failed' && <div className="warn" role="alert">{t('popup_copy_failed')}</div>}
    </div>
  );
}

function Step6Help() {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  return (
    <div className="helper">
      <ol className="howto">
        {items.map((k) => (
          <li key={k} className={k === 'f' ? 'em' : undefined}>{t(`popup_hint_6${k}`)}</li>
        ))}
      </ol>
    </div>
  );
}

function StepItem({ s, corpId, saving, onSet }: { s: StepView; corpId: string; saving: boolean; onSet: (step: StepId, status: StepStatus, note?: string) => void }) {
  const label = stepLabel(s.step);
  const [note, setNote] = useState(s.note ?? '');
  useEffect(() => setNote(s.note ?? ''), [s.note]);
  const saveNote = () => {
    if (note.trim() !== (s.note ?? '')) onSet(s.step, s.status, note.trim());
  };
  const meta = [actorLabel(s.actor)];
  if (s.at) meta.push(t('popup_changed', [formatTime(s.at), s.source ? sourceLabel(s.source) : '']));
  return (
    <div className={`step st-${s.status}${s.parent ? ' sub' : ''}`} data-testid="step" data-step={s.step} data-status={s.status}>
      <div className="step-line">
        <span className="sid">{s.step}</span>
        <span className="slabel" id={`step-label-${s.step}`} title={TIP_HINTS.has(s.step) ? t(`popup_hint_${s.step}`) : undefined}>{label}</span>
        <select
          className="sstatus"
          aria-label={t('popup_status_of', [label])}
          aria-description={TIP_HINTS.has(s.step) ? t(`popup_hint_${s.step}`) : undefined}
          value={s.status}
          disabled={saving}
          onChange={(e) => onSet(s.step, e.target.value as StepStatus)}
        >
          {statusesFor(s).map((st) => (
            <option key={st} value={st}>{statusLabel(st)}</option>
          ))}
        </select>
      </div>
      <div className="step-meta">
        <span className="smeta">{meta.join(' · ')}</span>
        <input
          className="snote"
          value={note}
          maxLength={2000}
          placeholder={t('popup_note_placeholder')}
          aria-label={t('popup_note_of', [label])}
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              saveNote();
            }
            // Escape leaves the customer (handled by the view); a removed field never blurs, so save first
            if (e.key === 'Escape' && !e.nativeEvent.isComposing) saveNote();
          }}
        />
      </div>
      {s.step === '4' && <SidebarLink corpId={corpId} />}
      {s.step === '6' && <Step6Help />}
      {SHOWN_HINTS.has(s.step) && <div className="helper warn" role="note">{t(`popup_hint_${s.step}`)}</div>}
    </div>
  );
}

type Impact = { name: string; steps: number; bundle: boolean; events: number };

/** Archive / delete the open customer. Delete asks in the page, saying what goes (never confirm()). */
function CustomerActions({ corpId, archived }: { corpId: string; archived: boolean }) {
  const { archive, remove } = usePopup(useShallow((s) => ({ archive: s.archive, remove: s.remove })));
  const [asking, setAsking] = useState<Impact | 'loading' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ask = async () => {
    setError(null);
    setAsking('loading');
    try {
      setAsking(await call({ type: 'customer.impact', corpId }));
    } catch (e) {
      setAsking(null);
      setError((e as Error).message);
    }
  };
  return (
    <div className="customer-actions" data-testid="customer-actions">
      <div className="row">
        <button type="button" data-testid="customer-archive" title={t('popup_archive_title')} onClick={() => void archive(!archived)}>
          {archived ? t('popup_unarchive') : t('popup_archive')}
        </button>
        <button type="button" className="danger" data-testid="customer-delete" title={t('popup_delete_title')} onClick={() => void ask()}>{t('popup_delete')}</button>
      </div>
      {asking === 'loading' && <p className="muted">{t('popup_delete_loading')}</p>}
      {asking && asking !== 'loading' && (
        <div className="confirm" role="alertdialog" aria-labelledby="delete-confirm-text" data-testid="delete-confirm">
          <p id="delete-confirm-text">
            {t('popup_delete_confirm', [asking.name, corpId, asking.steps, asking.bundle ? t('popup_delete_bundle_yes') : t('popup_delete_bundle_no'), asking.events])}
          </p>
          <div className="row">
            <button type="button" className="danger" data-testid="delete-confirm-yes" onClick={() => void remove()}>{t('popup_delete_yes')}</button>
            <button type="button" data-testid="delete-confirm-cancel" onClick={() => setAsking(null)}>{t('popup_delete_cancel')}</button>
          </div>
        </div>
      )}
      {error && <p className="alert" role="alert">{error}</p>}
    </div>
  );
}

export function CustomerDetailView() {
  const { view, detail, detailError, saving, back, setStep } = usePopup(
    useShallow((s) => ({ view: s.view, detail: s.detail, detailError: s.detailError, saving: s.saving, back: s.back, setStep: s.setStep })),
  );
  const backBtn = useRef<HTMLButtonElement>(null);
  useEffect(() => backBtn.current?.focus(), []);
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && !(e.target instanceof HTMLSelectElement)) {
      e.preventDefault();
      back();
    }
  };
  const corpId = view.name === 'customer' ? view.corpId : '';
  const byId = new Map((detail?.steps ?? []).map((s) => [s.step, s]));
  const item = (id: StepId) => {
    const s = byId.get(id);
    return s ? <StepItem key={id} s={s} corpId={corpId} saving={!!saving[id]} onSet={(step, status, note) => void setStep(step, status, note)} /> : null;
  };
  return (
    <section className="detail-view" onKeyDown={onKey} aria-labelledby="customer-title">
      <div className="detail-head">
        <button ref={backBtn} type="button" className="back" data-testid="back" onClick={back}>{t('popup_back')}</button>
        <div className="titles">
          <h2 id="customer-title" className="cname">{detail?.customer.name ?? corpId}</h2>
          {detail?.customer.archivedAt ? <span className="chip chip-archived">{t('popup_archived_chip')}</span> : null}
          <code className="corp" data-testid="customer-corp-id">{corpId}</code>
        </div>
        {detail && (
          <div className="head-progress">
            <ProgressBar steps={detail.summary.steps} />
            <span>{t('popup_progress', [detail.summary.progress.done, detail.summary.progress.total])}</span>
          </div>
        )}
      </div>
      {detailError && (
        <p className="alert" role="alert">{detailError === 'not-found' ? t('popup_not_found') : t('popup_save_error', [detailError])}</p>
      )}
      {!detail && !detailError && <p className="empty">{t('popup_loading')}</p>}
      {detail && (
        <>
          {(() => {
            const st = Object.fromEntries(detail.steps.map((x) => [x.step, x.status]));
            return st['1f'] === 'done' && st['1g'] !== 'done' && st['1g'] !== 'skipped' ? (
              <p className="note warn" data-testid="customer-reminder" data-step="1g">{t('journey_popup_remind_1g')}</p>
            ) : null;
          })()}
          <ol className="steps">
            {TOP.map((id) => (
              <li key={id} className="group">
                {item(id)}
                {id === '1' && (
                  <ol className="subs" aria-label={t('popup_substeps_of', [stepLabel('1')])}>
                    {SUBS.map((sid) => <li key={sid}>{item(sid)}</li>)}
                  </ol>
                )}
              </li>
            ))}
          </ol>
          <div className="bundle-info" data-testid="bundle-info">
            <h3>{t('popup_bundle_title')}</h3>
            {detail.bundle ? (
              <dl>
                <dt>{t('popup_bundle_homepage')}</dt>
                <dd className={detail.bundle.homepage ? '' : 'missing'}>{detail.bundle.homepage ?? t('popup_bundle_missing')}</dd>
                <dt>{t('popup_bundle_domain')}</dt>
                <dd className={detail.bundle.trustedDomain ? '' : 'missing'}>{detail.bundle.trustedDomain ?? t('popup_bundle_missing')}</dd>
                <dt>{t('popup_bundle_menus')}</dt>
                <dd>{detail.bundle.menus.length ? detail.bundle.menus.map((m) => m.name).join(t('popup_list_sep')) : t('popup_bundle_missing')}</dd>
              </dl>
            ) : (
              <p className="muted">{t('popup_bundle_none')}</p>
            )}
          </div>
          <CustomerActions corpId={corpId} archived={!!detail.customer.archivedAt} />
        </>
      )}
    </section>
  );
}
