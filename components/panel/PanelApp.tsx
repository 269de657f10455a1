// The in-page panel (hook `ec-panel`): customer, paste box, one-press fill with a verified report,
// undo, fill-anyway for overridable refusals, the permission helper on app detail, a preview.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { t } from '@/utils/i18n';
import { SnapshotButton } from './SnapshotButton';
import { choiceFromParse, runFill, storedChoice, type BundleChoice, type Override } from '@/utils/panel/flow';
import { overallStatus, type FieldRow } from '@/utils/fill/report';
import { Report, type View } from './Report';
import { WizardPreview } from './WizardPreview';
import { MenuPreview } from './MenuPreview';
import { usePermissions } from './permissions';
import type { PanelCore, PanelStore } from './store';

export function PanelApp({ store, core }: { store: PanelStore; core: PanelCore }) {
  const page = useStore(store, (s) => s.page);
  const collapsed = useStore(store, (s) => s.collapsed);
  const dock = useStore(store, (s) => s.dock);
  const style = dock ? { width: `${dock.width}px`, ...(dock.side === 'left' ? { left: '12px', right: 'auto' } : {}) } : undefined;
  return (
    <section className={`ec-panel${collapsed ? ' collapsed' : ''}`} style={style} data-testid="ec-panel" data-page={page} aria-label={t('panel_title')}>
      <header className="ec-head">
        <h2>
          {t('panel_title')}
          <span className="kind">{t(`panel_page_${page.replace('-', '_')}`)}</span>
        </h2>
        <button type="button" className="icon" aria-expanded={!collapsed} aria-controls="ec-panel-body" title={t(collapsed ? 'panel_expand_sub' : 'panel_collapse_sub')} onClick={() => core.setCollapsed(!collapsed)}>
          {t(collapsed ? 'panel_expand' : 'panel_collapse')}
        </button>
      </header>
      {collapsed ? null : <PanelBody key={page} store={store} core={core} />}
    </section>
  );
}

function PanelBody({ store, core }: { store: PanelStore; core: PanelCore }) {
  const page = useStore(store, (s) => s.page);
  const text = useStore(store, (s) => s.text);
  const stored = useStore(store, (s) => s.stored);
  const customerName = useStore(store, (s) => s.customerName);
  const tick = useStore(store, (s) => s.tick);
  const focusRequest = useStore(store, (s) => s.focusRequest);
  const notices = useStore(store, (s) => s.notices);
  const permDialog = useStore(store, (s) => s.permDialog);

  const [view, setView] = useState<View | null>(null);
  const [reason, setReason] = useState<Override | undefined>();
  const [undo, setUndo] = useState<(() => Promise<FieldRow[]>) | null>(null);
  const overrides = useRef(new Set<Override>());
  const busy = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusRequest) box.current?.focus();
  }, [focusRequest]);

  const choice = useChoice(text, stored, core);
  const bundle = choice?.ok ? choice.bundle : null;
  const fillsForm = page === 'wizard-dev' || page === 'menu-editor';

  const fill = useCallback(
    async (anyway?: Override) => {
      if (busy.current) return;
      busy.current = true;
      try {
        if (anyway) overrides.current.add(anyway);
        else overrides.current = new Set();
        setView({ running: true, kind: 'fill' });
        const st = store.getState();
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
          fillMenus: core.fillMenus,
        });
        setView({ running: false, kind: 'fill', report: out.report });
        setReason(out.reason);
        setUndo(() => out.undo ?? null);
        if (out.report.status !== 'refused' && out.bundle) {
          if (st.page === 'wizard-dev') core.setPendingWizard({ corpId: out.bundle.corpId, name: st.customerName ?? out.bundle.corpId, appId: st.appId, bundle: out.bundle });
          core.rememberCustomer(out.bundle.corpId, st.customerName);
        }
      } finally {
        busy.current = false;
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
      setUndo(null);
      if (store.getState().page === 'wizard-dev') core.setPendingWizard(null);
      setView({ running: false, kind: 'undo', report: { status: overallStatus(rows), rows } });
    } finally {
      busy.current = false;
    }
  }, [undo, store, core]);

  const perms = usePermissions(store, core, setView, busy);

  const refused = view && !view.running && view.report.status === 'refused' ? view.report : null;
  const liveError = choice && !choice.ok && choice.code === 'parse' ? choice.error : null;
  const error = refused?.error ?? (view?.running ? null : liveError);

  return (
    <div className="ec-body" id="ec-panel-body">
      <Customer page={page} name={customerName} stored={stored} corpId={bundle?.corpId ?? null} />
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
          onChange={(e) => store.setState({ text: e.target.value })}
        />
      </label>
      {!text.trim() && stored ? (
        <p className="info" data-testid="ec-stored-bundle">
          {t(stored.from === 'last' ? 'panel_stored_last' : 'panel_stored_app', [stored.name, stored.corpId])}
        </p>
      ) : null}
      <div className="buttons">
        <button type="button" className="primary" data-testid="ec-fill" onClick={() => void fill()} title={t(page === 'menu-editor' ? 'panel_fill_menus_sub' : 'panel_fill_sub')}>
          {t(page === 'menu-editor' ? 'panel_fill_menus' : 'panel_fill')}
        </button>
        {undo ? (
          <button type="button" data-testid="ec-undo" onClick={() => void doUndo()} title={t('panel_undo_sub')}>
            {t('panel_undo')}
          </button>
        ) : null}
        {refused?.overridable && reason ? (
          <button type="button" className="danger" data-testid="ec-fill-anyway" onClick={() => void fill(reason)} title={t('panel_fill_anyway_sub')}>
            {t(reason === 'overwrite' ? 'panel_fill_anyway_overwrite' : 'panel_fill_anyway')}
          </button>
        ) : null}
        {perms.button}
        <SnapshotButton doc={core.doc} page={page} />
      </div>
      {error ? (
        <div className="error" role="alert" data-testid="ec-error">
          {error}
        </div>
      ) : null}
      {view ? <Report view={view} /> : null}
      {notices.map((n) => (
        <p key={n.id} className={`notice ${n.tone ?? 'info'}`} data-testid="ec-notice" data-notice={n.key}>
          {t(n.key, n.subs)}
          <span className="sub">{t(`${n.key}_sub`, n.subs)}</span>
        </p>
      ))}
      {choice?.ok && choice.warnings.length ? (
        <ul className="warn" data-testid="ec-bundle-warnings">
          {choice.warnings.slice(0, 3).map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      ) : null}
      {page === 'wizard-dev' && choice?.ok && choice.missing.length ? <p className="warn">{t('panel_err_incomplete', [choice.missing.join('、')])}</p> : null}
      {page === 'wizard-dev' ? <WizardPreview doc={core.doc} bundle={bundle} tick={tick} /> : null}
      {page === 'menu-editor' ? <MenuPreview doc={core.doc} bundle={bundle} tick={tick} /> : null}
      {!fillsForm && !permDialog ? <p className="sub">{t('panel_no_form_hint')}</p> : null}
    </div>
  );
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
