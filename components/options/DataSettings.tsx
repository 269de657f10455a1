// Options page: export all data, import (merge) a file after showing what it would change.
import { useRef, useState, type CSSProperties } from 'react';
import { t } from '@/utils/i18n';
import { call } from '@/utils/rpc';
import type { ImportSummary } from '@/utils/db/transfer';
import { downloadExport } from '@/components/popup/exportData';

const box: CSSProperties = { border: '1px solid #e5e7eb', borderRadius: 8, padding: '12px 16px', margin: '16px 0' };
const row: CSSProperties = { display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', margin: '8px 0' };
const alert: CSSProperties = { color: '#dc2626', background: '#fef2f2', border: '1px solid #fecaca', borderRadius: 6, padding: '6px 10px' };
const okStyle: CSSProperties = { color: '#16a34a' };
const cell: CSSProperties = { border: '1px solid #e5e7eb', padding: '2px 8px', textAlign: 'left' };

type Preview = { file: string; data: unknown; summary: ImportSummary };

export function DataSettings() {
  const [exportMsg, setExportMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const exportAll = async () => {
    setExportMsg(null);
    try {
      setExportMsg({ ok: true, text: t('data_exported', [await downloadExport()]) });
    } catch (e) {
      setExportMsg({ ok: false, text: t('data_export_failed', [(e as Error).message]) });
    }
  };

  const onFile = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    setDone(null);
    if (!file) return;
    setBusy(true);
    try {
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        throw new Error(t('data_import_not_json', [file.name]));
      }
      const summary = await call<ImportSummary>({ type: 'data.importPreview', data });
      setPreview({ file: file.name, data, summary });
    } catch (e) {
      setError((e as Error).message || String(e));
      if (input.current) input.current.value = '';
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const s = await call<ImportSummary>({ type: 'data.importApply', data: preview.data });
      setDone(t('data_import_done', [s.new, s.updated, s.unchanged, s.events.new]));
      setPreview(null);
      if (input.current) input.current.value = '';
    } catch (e) {
      setError((e as Error).message || String(e));
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPreview(null);
    if (input.current) input.current.value = '';
  };

  const s = preview?.summary;
  return (
    <section style={{ margin: '24px 0' }} aria-labelledby="data-settings-title" data-testid="data-settings">
      <h2 id="data-settings-title">{t('data_title')}</h2>
      <p style={{ color: '#6b7280', margin: '4px 0' }}>{t('data_intro')}</p>

      <div style={row}>
        <button type="button" data-testid="export-data" onClick={exportAll}>{t('data_export')}</button>
        {exportMsg && <span role={exportMsg.ok ? 'status' : 'alert'} style={exportMsg.ok ? okStyle : alert}>{exportMsg.text}</span>}
      </div>

      <div style={row}>
        <label htmlFor="ec-import-file">{t('data_import_label')}</label>
        <input id="ec-import-file" ref={input} type="file" accept=".json,application/json" data-testid="import-data" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      {error && <p role="alert" style={alert} data-testid="import-error">{error}</p>}
      {done && <p role="status" style={okStyle} data-testid="import-done">{done}</p>}

      {preview && s && (
        <div data-testid="import-summary" style={{ ...box, background: '#f9fafb' }}>
          <h3 style={{ fontSize: 15, margin: '0 0 6px' }}>{t('data_summary_title', [preview.file])}</h3>
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            <li data-testid="import-new" data-count={s.new}>{t('data_summary_new', [s.new])}</li>
            <li data-testid="import-updated" data-count={s.updated}>{t('data_summary_updated', [s.updated])}</li>
            <li data-testid="import-conflicts" data-count={s.conflicts}>{t('data_summary_conflicts', [s.conflicts])}</li>
            <li data-testid="import-unchanged" data-count={s.unchanged}>{t('data_summary_unchanged', [s.unchanged])}</li>
            <li>{t('data_summary_records', [s.steps.new + s.steps.updated, s.bundles.new + s.bundles.updated, s.events.new, s.events.duplicate])}</li>
          </ul>
          {s.conflictItems.length > 0 && (
            <table style={{ borderCollapse: 'collapse', fontSize: 13, margin: '6px 0' }}>
              <caption style={{ textAlign: 'left', color: '#6b7280' }}>{t('data_conflicts_caption')}</caption>
              <thead>
                <tr>
                  <th style={cell}>{t('data_col_customer')}</th>
                  <th style={cell}>{t('data_col_field')}</th>
                  <th style={cell}>{t('data_col_local')}</th>
                  <th style={cell}>{t('data_col_incoming')}</th>
                  <th style={cell}>{t('data_col_kept')}</th>
                </tr>
              </thead>
              <tbody>
                {s.conflictItems.slice(0, 50).map((c, i) => (
                  <tr key={i} data-testid="import-conflict">
                    <td style={cell}>{c.name} <code>{c.corpId}</code></td>
                    <td style={cell}>{c.field.startsWith('step ') ? t('data_field_step', [c.field.slice(5)]) : t(`data_field_${c.field === 'corpId' ? 'corpid' : c.field}`)}</td>
                    <td style={cell}>{c.local}</td>
                    <td style={cell}>{c.incoming}</td>
                    <td style={cell}>{t(`data_kept_${c.kept}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {(s.refused?.length ?? 0) > 0 && (
            <div role="alert" style={alert} data-testid="import-refused">
              <div>{t('data_refused_title', [s.refused.length])}</div>
              <ul style={{ margin: '4px 0', paddingLeft: 20 }}>{s.refused.slice(0, 20).map((e, i) => <li key={i}>{e}</li>)}</ul>
            </div>
          )}
          {s.errors.length > 0 && (
            <div role="alert" style={alert} data-testid="import-errors">
              <div>{t('data_errors_title', [s.errors.length])}</div>
              <ul style={{ margin: '4px 0', paddingLeft: 20 }}>{s.errors.slice(0, 20).map((e, i) => <li key={i}>{e}</li>)}</ul>
            </div>
          )}
          <div style={row}>
            <button type="button" data-testid="import-confirm" onClick={apply} disabled={busy || s.errors.length > 0}>{t('data_import_confirm')}</button>
            <button type="button" onClick={cancel} disabled={busy}>{t('data_import_cancel')}</button>
            <span style={{ color: '#6b7280' }}>{t('data_import_rule')}</span>
          </div>
        </div>
      )}
    </section>
  );
}
