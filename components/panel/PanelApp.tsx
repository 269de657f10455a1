// The in-page panel (hook `ec-panel`): customer, paste box, one-press fill with a verified report,
// undo, fill-anyway for overridable refusals, the permission helper on app detail, a preview.
import { useCallback, useEffect, useRef, useState } from 'react';
import { byUser } from '@/utils/panel/trusted';
import { useStore } from 'zustand';
import { COMPACT_HEIGHT } from '@/utils/panel/layout';
import { t } from '@/utils/i18n';
import { SnapshotButton } from './SnapshotButton';
import { choiceFromParse, runFill, storedChoice, type BundleChoice, type Override } from '@/utils/panel/flow';
import { overallStatus, type FieldRow } from '@/utils/fill/report';
import { Report, type ReportView } from './Report';
import { WizardPreview } from './WizardPreview';
import { MenuPreview } from './MenuPreview';
import { usePendingPermissionTick, usePermissions } from './permissions';
import { Checklist, HomepageCheck, Listed, NextStep, StatusLine, Wait } from './Journey';
import { ErrorBox } from './ErrorBox';
import { clearMarks, markWizardFields } from '@/utils/panel/highlight';
import type { LedgerQuery } from '@/utils/panel/ledger';
import type { PanelCore, PanelStore } from './store';

export function PanelApp({ store, core }: { store: PanelStore; core: PanelCore }) {
  const page = useStore(store, (s) => s.page);
  const collapsed = useStore(store, (s) => s.collapsed);
  const place = useStore(store, (s) => s.place);
  const side = useStore(store, (s) => s.side);
  const permDialog = useStore(store, (s) => s.permDialog);
  // No room beside the page's dialog or a control in the way: a compact bar; the user may still
  // open the whole panel over the page for a moment (peek).
  const [peek, setPeek] = useState(false);
  const compact = !!place && place.mode === 'compact' && !collapsed;
  useEffect(() => {
    if (!compact) setPeek(false);
  }, [compact]);
  const style = place
    ? {
        width: `${place.width}px`,
        top: `${place.top}px`,
        // the compact bar never grows past the free band it was given: it scrolls inside itself
        maxHeight: `${place.maxHeight}px`,
        ...(place.side === 'left' ? { left: '12px', right: 'auto' } : { right: '12px', left: 'auto' }),
      }
    : undefined;
  const slim = compact && !peek;
  // Compact beside a dialog: the bar only (with 全部勾选 for the permission dialog). Compact for
  // other reasons still offers the paste box, 填写 and the verdict (visible means usable).
  const barOnly = slim && (place?.maxHeight ?? 0) <= COMPACT_HEIGHT && permDialog;
  const perms = barOnly && permDialog ? <CompactPerms store={store} core={core} /> : null;
  return (
    <section className={`ec-panel${collapsed ? ' collapsed' : ''}${compact && !peek ? ' compact' : ''}`} style={style} data-testid="ec-panel" data-page={page} data-mode={collapsed ? 'collapsed' : compact ? (peek ? 'peek' : 'compact') : 'column'} aria-label={t('panel_title')}>
      <header className="ec-head">
        <h2>
          {t('panel_title')}
          {compact && !peek ? null : <span className="kind">{t(`panel_page_${page.replace('-', '_')}`)}</span>}
        </h2>
        {perms}
        {compact ? (
          <button type="button" className="icon" aria-expanded={peek} onClick={(e) => byUser(e) && setPeek(!peek)} title={t(peek ? 'panel_collapse_sub' : 'panel_expand_sub')}>
            {t(peek ? 'panel_collapse' : 'panel_expand')}
          </button>
        ) : (
          <>
            <button type="button" className="icon" data-testid="ec-move" onClick={(e) => byUser(e) && core.setSide?.(side === 'left' ? 'right' : 'left')} title={t(side === 'left' ? 'panel_move_right' : 'panel_move_left')} aria-label={t(side === 'left' ? 'panel_move_right' : 'panel_move_left')}>
              {side === 'left' ? '→' : '←'}
            </button>
            <button type="button" className="icon" aria-expanded={!collapsed} aria-controls="ec-panel-body" title={t(collapsed ? 'panel_expand_sub' : 'panel_collapse_sub')} onClick={(e) => byUser(e) && core.setCollapsed(!collapsed)}>
              {t(collapsed ? 'panel_expand' : 'panel_collapse')}
            </button>
          </>
        )}
      </header>
      {collapsed || barOnly ? null : <PanelBody key={page} store={store} core={core} slim={slim} />}
    </section>
  );
}

/** The compact bar's 全部勾选 (the permission dialog is open and there is no room beside it). */
function CompactPerms({ store, core }: { store: PanelStore; core: PanelCore }) {
  const [view, setView] = useState<ReportView | null>(null);
  const busy = useRef(false);
  const perms = usePermissions(store, core, setView, busy);
  usePendingPermissionTick(store, perms.press);
  return (
    <>
      {perms.button}
      {view ? (
        <span className="visually-hidden">
          <Report view={view} />
        </span>
      ) : null}
    </>
  );
}

function PanelBody({ store, core, slim = false }: { store: PanelStore; core: PanelCore; slim?: boolean }) {
  const page = useStore(store, (s) => s.page);
  const text = useStore(store, (s) => s.text);
  const stored = useStore(store, (s) => s.stored);
  const customerName = useStore(store, (s) => s.customerName);
  const tick = useStore(store, (s) => s.tick);
  const focusRequest = useStore(store, (s) => s.focusRequest);
  const permDialog = useStore(store, (s) => s.permDialog);
  const appId = useStore(store, (s) => s.appId);

  const [view, setView] = useState<ReportView | null>(null);
  const [reason, setReason] = useState<Override | undefined>();
  const [undo, setUndo] = useState<(() => Promise<FieldRow[]>) | null>(null);
  const [mismatch, setMismatch] = useState<MismatchInfo | null>(null);
  const fillPending = useStore(store, (s) => s.fillPending);
  const journey = useStore(store, (s) => s.journey);
  const overrides = useRef(new Set<Override>());
  const busy = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusRequest) box.current?.focus();
  }, [focusRequest]);

  const choice = useChoice(text, stored, core);
  const bundle = choice?.ok ? choice.bundle : null;
  const fillsForm = page === 'wizard-dev' || page === 'menu-editor';
  const askLedger = useLedgerAhead(core, fillsForm ? bundle?.corpId ?? null : null, customerName, appId);

  const fill = useCallback(
    async (anyway?: Override) => {
      if (busy.current) return;
      busy.current = true;
      // Focus stays where the user was (the fill types into the page's fields, which moves it).
      const root = box.current?.getRootNode() as (ShadowRoot | Document | undefined);
      const was = (root?.activeElement ?? null) as HTMLElement | null;
      try {
        if (anyway) overrides.current.add(anyway);
        else overrides.current = new Set();
        // The last report gives way at once (ec-fill-report carries a status only once THIS fill is
        // verified); the previews are memoised, so this render is cheap.
        setView({ running: true, kind: 'fill' });
        // the wizard's fill is a few inputs and one frame: no scan in that frame (a menu fill waits
        // for the page between its steps and keeps the scans)
        const st = store.getState();
        const release = st.page === 'wizard-dev' ? core.holdScans?.() : undefined;
        const out = await runFill({
          page: st.page,
          doc: core.doc,
          text: st.text,
          stored: st.stored,
          parse: core.parse,
          customerName: st.customerName,
          appId: st.appId,
          overrides: overrides.current,
          send: core.send,
          ledger: core.ledger,
          fillMenus: core.fillMenus,
        }).finally(() => release?.());
        setView({ running: false, kind: 'fill', report: out.report });
        // show on the page what changed: filled fields briefly, failed ones until the next fill
        if (st.page === 'wizard-dev' && out.report.status !== 'refused') markWizardFields(core.doc, out.report.rows);
        else clearMarks();
        setReason(out.reason);
        setMismatch(out.mismatch ?? null);
        setUndo(() => out.undo ?? null);
        if (out.report.status !== 'refused' && out.bundle) {
          if (st.page === 'wizard-dev') core.setPendingWizard({ corpId: out.bundle.corpId, name: st.customerName ?? out.bundle.corpId, appId: st.appId, bundle: out.bundle });
          core.rememberCustomer(out.bundle.corpId, st.customerName);
        }
      } finally {
        busy.current = false;
        if (was?.isConnected) was.focus({ preventScroll: true });
      }
    },
    [store, core],
  );

  const doUndo = useCallback(async () => {
    if (!undo || busy.current) return;
    busy.current = true;
    try {
      setView({ running: true, kind: 'undo' });
      const rows = await undo();
      clearMarks();
      setUndo(null);
      if (store.getState().page === 'wizard-dev') core.setPendingWizard(null);
      setView({ running: false, kind: 'undo', report: { status: overallStatus(rows), rows } });
    } finally {
      busy.current = false;
    }
  }, [undo, store, core]);

  const perms = usePermissions(store, core, setView, busy);

  // The previews read the page again once a report is shown (after its commit, not before it).
  const [seen, setSeen] = useState(0);
  useEffect(() => {
    if (view && !view.running) setSeen((n) => n + 1);
  }, [view]);

  // A refusal belongs to the paste it was about: a new paste clears it (and its override).
  const lastText = useRef(text);
  useEffect(() => {
    if (lastText.current === text) return;
    lastText.current = text;
    setView((v) => (v && !v.running && v.report.status === 'refused' ? null : v));
    setMismatch(null);
    setReason(undefined);
  }, [text]);

  // The next step prepared the page: fill it / tick every permission (once per request).
  useEffect(() => {
    if (!fillPending) return;
    store.setState({ fillPending: false });
    void fill();
  }, [fillPending, fill, store]);
  usePendingPermissionTick(store, perms.press);

  const refused = view && !view.running && view.report.status === 'refused' ? view.report : null;
  const liveError = choice && !choice.ok && choice.code === 'parse' ? choice : null;
  // The error belongs to the paste it is about: a refusal of an earlier paste leaves when the box changes.
  const error: { messages: string[]; forAdmin: boolean } | null = refused?.error
    ? { messages: [refused.error], forAdmin: /生成配置|复制|copy/i.test(refused.error) }
    : !view?.running && liveError
      ? { messages: liveError.messages?.length ? liveError.messages : [liveError.error], forAdmin: true }
      : null;

  if (slim) {
    // The compact bar: the paste box, 填写 (and undo / fill anyway) and the verdict, nothing else.
    return (
      <div className="ec-body slim" id="ec-panel-body" onPointerEnter={askLedger} onFocus={askLedger}>
        <div className="slimrow">
          <textarea ref={box} rows={1} data-testid="ec-bundle-input" value={text} spellCheck={false} aria-label={t('panel_paste_label')} placeholder={t('panel_paste_label')} onChange={(e) => store.setState((s) => ({ text: e.target.value, textOwner: s.scope }))} />
          <button type="button" className={fillsForm ? 'primary' : undefined} data-testid="ec-fill" onClick={(e) => byUser(e) && void fill()}>
            {t(page === 'menu-editor' ? 'panel_fill_menus' : 'panel_fill')}
          </button>
          {undo ? (
            <button type="button" data-testid="ec-undo" onClick={(e) => byUser(e) && void doUndo()}>
              {t('panel_undo')}
            </button>
          ) : null}
          {refused?.overridable && reason ? (
            <button type="button" className="danger" data-testid="ec-fill-anyway" onClick={(e) => byUser(e) && void fill(reason)}>
              {t(reason === 'overwrite' ? 'panel_fill_anyway_overwrite' : 'panel_fill_anyway')}
            </button>
          ) : null}
        </div>
        <Listed store={store} slim />
        <NextStep store={store} core={core} slim />
        <Wait store={store} />
        <StatusLine store={store} />
        {error ? <ErrorBox messages={error.messages} forAdmin={false} /> : null}
        {refused && mismatch ? <Mismatch m={mismatch} /> : null}
        {view ? <Report view={view} page={page} /> : null}
      </div>
    );
  }

  return (
    <div className="ec-body" id="ec-panel-body" onPointerEnter={askLedger} onFocus={askLedger}>
      <Customer page={page} name={customerName ?? journey?.name ?? null} stored={stored} corpId={bundle?.corpId ?? null} />
      <Checklist store={store} core={core} />
      <HomepageCheck store={store} />
      <Wait store={store} />
      <StatusLine store={store} />
      <Listed store={store} />
      {page === 'template-detail' ? (
        <p className="warn" data-testid="ec-template-reminder">
          {t('panel_template_reminder')}
          <span className="sub">{t('panel_template_reminder_sub')}</span>
        </p>
      ) : null}
      <label className="field">
        <span>
          {t('panel_paste_label')}
          <span className="sub">{t('panel_paste_label_sub')}</span>
        </span>
        <textarea
          ref={box}
          data-testid="ec-bundle-input"
          value={text}
          spellCheck={false}
          placeholder={t('panel_paste_placeholder')}
          onChange={(e) => store.setState((s) => ({ text: e.target.value, textOwner: s.scope }))}
          onKeyDown={(e) => {
            // Ctrl+Enter (⌘+Enter) fills from the box; a stray Enter during IME composition never does
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing && byUser(e)) {
              e.preventDefault();
              void fill();
            }
          }}
        />
      </label>
      {!text.trim() && stored ? (
        <p className="info" data-testid="ec-stored-bundle">
          {t(stored.from === 'last' ? 'panel_stored_last' : 'panel_stored_app', [stored.name, stored.corpId])}
        </p>
      ) : null}
      <div className="buttons">
        <button type="button" className={fillsForm && !permDialog ? 'primary' : undefined} data-testid="ec-fill" onClick={(e) => byUser(e) && void fill()} title={t(page === 'menu-editor' ? 'panel_fill_menus_sub' : 'panel_fill_sub')}>
          {t(page === 'menu-editor' ? 'panel_fill_menus' : 'panel_fill')}
        </button>
        {undo ? (
          <button type="button" data-testid="ec-undo" onClick={(e) => byUser(e) && void doUndo()} title={t('panel_undo_sub')}>
            {t('panel_undo')}
          </button>
        ) : null}
        {refused?.overridable && reason ? (
          <button type="button" className="danger" data-testid="ec-fill-anyway" onClick={(e) => byUser(e) && void fill(reason)} title={t('panel_fill_anyway_sub')}>
            {t(reason === 'overwrite' ? 'panel_fill_anyway_overwrite' : 'panel_fill_anyway')}
          </button>
        ) : null}
        {perms.button}
        <SnapshotButton doc={core.doc} page={page} />
      </div>
      {error ? <ErrorBox messages={error.messages} forAdmin={error.forAdmin} /> : null}
      {refused && mismatch ? <Mismatch m={mismatch} /> : null}
      {view ? <Report view={view} page={page} /> : null}
      {choice?.ok && choice.warnings.length ? (
        <ul className="warn" data-testid="ec-bundle-warnings">
          {choice.warnings.slice(0, 3).map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      ) : null}
      {page === 'wizard-dev' && choice?.ok && choice.missing.length ? <p className="warn">{t('panel_err_incomplete', [choice.missing.join('、')])}</p> : null}
      {page === 'wizard-dev' ? <WizardPreview doc={core.doc} bundle={bundle} tick={tick} seen={seen} /> : null}
      {page === 'menu-editor' ? <MenuPreview doc={core.doc} bundle={bundle} tick={tick} seen={seen} /> : null}
      {!fillsForm && !permDialog ? <p className="sub">{t('panel_no_form_hint')}</p> : null}
    </div>
  );
}

/**
 * Ask the ledger about the bundle a press would fill, before the press (utils/panel/ledger.ts):
 * when it is previewed, and again (if the answer was forgotten) when the pointer or focus enters
 * the panel. Returns that second handler.
 */
function useLedgerAhead(core: PanelCore, corpId: string | null, customerName: string | null, appId: string | null): () => void {
  const query = useRef<LedgerQuery | null>(null);
  useEffect(() => {
    query.current = corpId ? { corpId, name: customerName, appId } : null;
    if (query.current) core.ledger?.prefetch(query.current);
  }, [core, corpId, customerName, appId]);
  return useCallback(() => {
    if (query.current) core.ledger?.prefetch(query.current);
  }, [core]);
}

/** The bundle the box (parsed in the background) or the stored one gives; null while parsing. */
function useChoice(text: string, stored: Parameters<typeof storedChoice>[0], core: PanelCore): BundleChoice | null {
  const [parsed, setParsed] = useState<{ text: string; choice: BundleChoice } | null>(null);
  const blank = text.trim() === '';
  useEffect(() => {
    if (blank) return;
    let live = true;
    void core.parse(text).then((r) => {
      if (live) setParsed({ text, choice: choiceFromParse(r) });
    });
    return () => {
      live = false;
    };
  }, [text, blank, core]);
  if (blank) return storedChoice(stored);
  return parsed && parsed.text === text ? parsed.choice : null;
}

function Customer({ page, name, stored, corpId }: { page: string; name: string | null; stored: { name: string; corpId: string } | null; corpId: string | null }) {
  const shown = name ?? (page !== 'wizard-dev' ? stored?.name : null) ?? null;
  return (
    <div className="customer" data-testid="ec-customer">
      {t('panel_customer')}
      <b>{shown ?? t('panel_customer_unknown')}</b>
      {corpId ? <span className="sub">{t('panel_corp_id', [corpId])}</span> : null}
    </div>
  );
}

type MismatchInfo = { other: string; page: string | null; by: 'header' | 'corp-id' };

/** ec-customer-mismatch: whose paste this looks like, beside the refusal (panel and compact bar). */
function Mismatch({ m }: { m: MismatchInfo }) {
  return (
    <p className="warn" data-testid="ec-customer-mismatch" data-other={m.other}>
      {t(m.by === 'header' ? 'journey_mismatch_header' : 'journey_mismatch_corp', [m.other, m.page ?? t('panel_customer_unknown')])}
    </p>
  );
}
