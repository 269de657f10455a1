// The customer's journey in the panel (issue 11): the page's customer's checklist (ec-checklist),
// the next step (ec-next-step), reminders for what the customer admin must do, the go-online wait
// (ec-wait), the template page's customer list, and one current status line.
import { useEffect, useState, memo } from 'react';
import { byUser } from '@/utils/panel/trusted';
import { useStore } from 'zustand';
import { t } from '@/utils/i18n';
import { CHECKLIST, plan } from '@/utils/journey/model';
import type { PanelCore, PanelStore } from './store';

/** The page's customer for the journey: progress's record, else the name the page (or, on the
 *  template page, the paste) gives — a customer progress does not know yet starts at 1a. */
function useJourneyCustomer(store: PanelStore) {
  const journey = useStore(store, (s) => s.journey);
  const page = useStore(store, (s) => s.page);
  const customerName = useStore(store, (s) => s.customerName);
  const pasteFor = useStore(store, (s) => s.pasteFor);
  return { journey, name: journey?.name ?? (page === 'template-detail' ? pasteFor?.name : customerName) ?? null };
}

/** What the customer admin must do now (ec-reminder, one per step waited for). */
function Reminders({ steps, name }: { steps: readonly string[]; name: string }) {
  return (
    <>
      {steps.map((id) => (
        <p key={id} className="warn" data-testid="ec-reminder" data-step={id}>
          {t(`journey_remind_${id}`, [name])}
        </p>
      ))}
    </>
  );
}

export const Checklist = memo(function Checklist({ store, core }: { store: PanelStore; core: PanelCore }) {
  const { journey, name } = useJourneyCustomer(store);
  if (!name) return null;
  const st = journey?.st ?? {};
  const p = journey?.plan ?? plan(st);
  return (
    <div className="journey">
      <ol className="checklist" data-testid="ec-checklist" aria-label={t('journey_checklist_title', [name])}>
        {CHECKLIST.map((id) => {
          const status = st[id] ?? 'todo';
          const current = p.current === id;
          return (
            <li key={id} data-step={id} data-status={status} data-current={current ? 'true' : undefined} className={`st-${status}${current ? ' current' : ''}`} aria-current={current ? 'step' : undefined}>
              <span className="mark" aria-hidden="true">{status === 'done' ? '✓' : status === 'skipped' ? '–' : current ? '▶' : '○'}</span>
              <span className="id">{id}</span>
              <span className="what">{t(`journey_step_${id}`)}</span>
              <span className="visually-hidden">{t(`journey_status_word_${status}`)}</span>
            </li>
          );
        })}
      </ol>
      <Reminders steps={p.waitingFor} name={name} />
      <NextStep store={store} core={core} />
    </div>
  );
});

/** `ec-next-step` for the page's customer (also in the compact bar): what comes next, one press. */
export const NextStep = memo(function NextStep({ store, core, slim = false }: { store: PanelStore; core: PanelCore; slim?: boolean }) {
  const { journey, name } = useJourneyCustomer(store);
  if (!name) return null;
  const p = journey?.plan ?? plan(journey?.st ?? {});
  const reminders = slim ? <Reminders steps={p.waitingFor} name={name} /> : null;
  if (!p.next) return slim ? <>{reminders}</> : <p className="ok" data-testid="ec-journey-done">{t('journey_all_done', [name])}</p>;
  return (
    <>
    {reminders}
    <button type="button" className="primary next" data-testid="ec-next-step" data-step={p.next} title={slim ? t('journey_checklist_title', [name]) : undefined} onClick={(e) => byUser(e) && core.nextStep?.(p.next!)}>
      {t(`journey_next_${p.next}`)}
    </button>
    </>
  );
});

/** On the go-online detail after 当前状态暂不允许上线: when 提交上线 will be accepted. */
export const Wait = memo(function Wait({ store }: { store: PanelStore }) {
  const wait = useStore(store, (s) => s.wait);
  const journey = useStore(store, (s) => s.journey);
  const page = useStore(store, (s) => s.page);
  const [now, setNow] = useState(() => Date.now());
  const w = wait ?? (page === 'deploy-detail' && journey?.readyAt && journey.order ? { readyAt: journey.readyAt, auditOrderId: journey.order.id } : null);
  const readyAtMs = w?.readyAt;
  useEffect(() => {
    if (!readyAtMs) return;
    // one timer to the moment it becomes ready (no polling): the text then changes once
    const left = readyAtMs - Date.now();
    if (left <= 0) return;
    const id = setTimeout(() => setNow(Date.now()), Math.min(left + 50, 2 ** 31 - 1));
    return () => clearTimeout(id);
  }, [readyAtMs]);
  if (!w || page !== 'deploy-detail') return null;
  const ready = now >= w.readyAt;
  const time = new Date(w.readyAt).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  return (
    <p className={ready ? 'ok' : 'warn'} data-testid="ec-wait" data-ready-at={String(w.readyAt)} role="status">
      {t(ready ? 'journey_wait_ready' : 'journey_wait', [time])}
    </p>
  );
});

/** The template page: the listed customers that are not started or half-way, with their next step. */
export const Listed = memo(function Listed({ store, slim = false }: { store: PanelStore; slim?: boolean }) {
  const listed = useStore(store, (s) => s.listed);
  const pasteFor = useStore(store, (s) => s.pasteFor);
  const page = useStore(store, (s) => s.page);
  if (page !== 'template-detail') return null;
  const open = (listed ?? []).filter((c) => !c.plan || c.plan.current !== null);
  if (slim) {
    return pasteFor ? (
      <p className={pasteFor.name ? 'info' : 'warn'} data-testid="ec-paste-customer">
        {pasteFor.name ? t(pasteFor.by === 'header' ? 'journey_paste_for_header' : 'journey_paste_for_corp', [pasteFor.name]) : t('journey_paste_for_unknown')}
      </p>
    ) : null;
  }
  return (
    <div className="listed">
      {pasteFor ? (
        <p className={pasteFor.name ? 'info' : 'warn'} data-testid="ec-paste-customer">
          {pasteFor.name ? t(pasteFor.by === 'header' ? 'journey_paste_for_header' : 'journey_paste_for_corp', [pasteFor.name]) : t('journey_paste_for_unknown')}
        </p>
      ) : null}
      {open.length ? (
        <>
          <h3>{t('journey_listed_title')}</h3>
          <ul>
            {open.map((c) => (
              <li key={c.name} data-testid="ec-listed-row" data-name={c.name} data-state={!c.corpId ? 'new' : 'half'}>
                <b>{c.name}</b>
                <span className="sub">{!c.corpId ? t('journey_listed_new') : t('journey_listed_next', [t(`journey_step_${c.plan?.current ?? '1a'}`)])}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
});

/**
 * One current status line (the newest of what a step did, a refusal, a recorded event) and the
 * older ones folded into a short history, newest first.
 */
export const StatusLine = memo(function StatusLine({ store }: { store: PanelStore }) {
  const status = useStore(store, (s) => s.status);
  const notices = useStore(store, (s) => s.notices);
  type Line = { key: string; subs: string[]; tone: string; at: number; notice: boolean; id: string };
  const lines: Line[] = [
    ...notices.map((n) => ({ key: n.key, subs: n.subs ?? [], tone: n.tone ?? 'info', at: n.at ?? 0, notice: true, id: n.id })),
    ...(status ? [{ key: status.key, subs: status.subs, tone: status.tone, at: status.at, notice: false, id: `status-${status.at}` }] : []),
  ].sort((a, b) => b.at - a.at);
  if (!lines.length) return null;
  const [cur, ...older] = lines;
  const text = (l: Line) => (l.notice ? `${t(l.key, l.subs)}${sub(l)}` : t(l.key, l.subs));
  return (
    <div className="messages">
      <p className={`status-line ${cur.tone === 'error' ? 'error' : cur.tone}`} data-testid="ec-status" role={cur.tone === 'error' ? 'alert' : 'status'} data-key={cur.key}>
        {cur.notice ? (
          <span data-testid="ec-notice" data-notice={cur.key}>
            {text(cur)}
          </span>
        ) : (
          text(cur)
        )}
      </p>
      {older.length ? (
        <details className="history" data-testid="ec-history">
          <summary>{t('journey_history', [String(older.length)])}</summary>
          <ul>
            {older.map((l) => (
              <li key={l.id} data-key={l.key}>
                {text(l)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
});

/** A notice's second sentence (same language), when it has one. */
function sub(l: { key: string; subs: string[] }): string {
  const k = `${l.key}_sub`;
  const s = t(k, l.subs);
  return s && s !== k ? ` ${s}` : '';
}

/** Step 6: in the 应用主页 修改 dialog — does 网页 still hold the bundle's 应用主页? Which tab is on? */
export const HomepageCheck = memo(function HomepageCheck({ store }: { store: PanelStore }) {
  const hp = useStore(store, (s) => s.homepage);
  if (!hp) return null;
  const key = hp.tab === '小程序' ? 'journey_hp_on_mini' : hp.matches === false ? 'journey_hp_mismatch' : hp.matches ? (hp.associated ? 'journey_hp_ready' : 'journey_hp_ok') : 'journey_hp_unknown';
  return (
    <p className={hp.tab === '小程序' || hp.matches === false ? 'warn' : 'ok'} data-testid="ec-homepage-check" data-tab={hp.tab} data-matches={hp.matches === null ? 'unknown' : String(hp.matches)} role="status">
      {t(key)}
    </p>
  );
});
