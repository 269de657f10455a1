// Options page: export all data, import (merge) a file after showing what it would change.
import { useRef, useState, type CSSProperties } from 'react';
import { t } from '@/utils/i18n';
import { call } from '@/utils/rpc';
import type { ImportSummary } from '@/utils/dto';
import { splitImport, sumSummaries, type ImportBatch } from '@/utils/export-file/batches';
import { downloadCsv, downloadExport } from '@/components/popup/exportData';
import { parseJson, readFileText } from './importFile';

const box: CSSProperties = { border: '1px solid #e5e7eb', borderRadius: 8, padding: '12px 16px', margin: '16px 0' };
const row: CSSProperties = { display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', margin: '8px 0' };
const alert: CSSProperties = { color: '#dc2626', background: '#fef2f2', border: '1px solid #fecaca', borderRadius: 6, padding: '6px 10px' };
const okStyle: CSSProperties = { color: '#16a34a' };
const cell: CSSProperties = { border: '1px solid #e5e7eb', padding: '2px 8px', textAlign: 'left' };

type Preview = { file: string; batches: ImportBatch[]; summary: ImportSummary };

export function DataSettings() {
  const [exportMsg, setExportMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ text: string; value: number } | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const exportAll = async () => {
    setExportMsg(null);
    try {
      setExportMsg({ ok: true, text: t('data_exported', [await downloadExport()]) });
    } catch (e) {
      setExportMsg({ ok: false, text: t('data_export_failed', [(e as Error).message]) });
    }
  };

  const exportCsv = async (which: 'audit' | 'progress') => {
    setExportMsg(null);
    try {
      setExportMsg({ ok: true, text: t('data_exported', [await downloadCsv(which)]) });
    } catch (e) {
      setExportMsg({ ok: false, text: t('data_export_failed', [(e as Error).message]) });
    }
  };

  const onFile = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    setDone(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    setBusy(true);
    try {
      const text = await readFileText(file, (f) => setProgress({ text: t('data_progress_read', [Math.round(f * 100)]), value: f }));
      const split = splitImport(parseJson(text, file.name));
      if (!split.ok) throw new Error(split.error);
      const { batches } = split;
      const summaries: ImportSummary[] = [];
      for (let i = 0; i < batches.length; i++) {
        setProgress({ text: t('data_progress_check', [i + 1, batches.length]), value: i / batches.length });
        summaries.push(await call({ type: 'data.importPreview', data: batches[i] }));
      }
      setPreview({ file: file.name, batches, summary: sumSummaries(summaries) });
    } catch (e) {
      setError((e as Error).message || String(e));
      if (input.current) input.current.value = '';
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    const { batches } = preview;
    const results: (ImportSummary & { changed?: boolean })[] = [];
    try {
      for (let i = 0; i < batches.length; i++) {
        setProgress({ text: t('data_progress_write', [i + 1, batches.length]), value: i / batches.length });
        try {
          results.push(await call({ type: 'data.importApply', data: batches[i], log: batches.length === 1 }));
        } catch (e) {
          throw new Error(batches.length > 1 ? t('data_import_interrupted', [i + 1, batches.length, (e as Error).message || String(e)]) : (e as Error).message);
        }
      }
      const s = sumSummaries(results);
      if (batches.length > 1 && results.some((r) => r.changed)) {
        await call({ type: 'data.importLog', totals: { new: s.new, updated: s.updated, unchanged: s.unchanged, conflicts: s.conflicts, events: s.events.new, refused: s.refused.length, batches: batches.length } });
      }
      setDone(t('data_import_done', [s.new, s.updated, s.unchanged, s.events.new]));
      setPreview(null);
      setFileName(null);
      if (input.current) input.current.value = '';
    } catch (e) {
      setError((e as Error).message || String(e));
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  const cancel = () => {
    setPreview(null);
    setFileName(null);
    if (input.current) input.current.value = '';
  };

  const s = preview?.summary;
  return (
    <section style={{ margin: '24px 0' }} aria-labelledby="data-settings-title" data-testid="data-settings">
      <h2 id="data-settings-title">{t('data_title')}</h2>
      <p style={{ color: '#6b7280', margin: '4px 0' }}>{t('data_intro')}</p>

      <div style={row}>
        <button type="button" className="primary" data-testid="export-data" onClick={exportAll}>{t('data_export')}</button>
        <button type="button" data-testid="export-audit-csv" onClick={() => void exportCsv('audit')}>{t('data_csv_audit')}</button>
        <button type="button" data-testid="export-progress-csv" onClick={() => void exportCsv('progress')}>{t('data_csv_progress')}</button>
        <span className="muted">{t('data_csv_hint')}</span>
        {exportMsg && <span role={exportMsg.ok ? 'status' : 'alert'} style={exportMsg.ok ? okStyle : alert}>{exportMsg.text}</span>}
      </div>

      <div style={row}>
        <span id="ec-import-label">{t('data_import_label')}</span>
        {/* a localised button: the native input itself, transparent, lies over it (clicks open the
            chooser directly; Playwright's setInputFiles and visibility checks see the real input) */}
        <span className="file-button" aria-disabled={busy}>
          <span aria-hidden="true">{t('data_import_choose')}</span>
          <input id="ec-import-file" ref={input} type="file" accept=".json,application/json" data-testid="import-data" disabled={busy}
            aria-labelledby="ec-import-label" title={t('data_import_choose')} onChange={(e) => void onFile(e.target.files?.[0])} />
        </span>
        <span className="muted" data-testid="import-file-name">{fileName ?? t('data_import_no_file')}</span>
      </div>
      {progress && (
        <div style={row} role="status" data-testid="import-progress">
          <progress max={1} value={progress.value} style={{ width: 240 }} />
          <span>{progress.text}</span>
        </div>
      )}
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
            <span style={{ color: '#6b7280' }}>{t('data_import_rule')}{preview.batches.length > 1 ? ` ${t('data_import_rule_batches')}` : ''}</span>
          </div>
        </div>
      )}
    </section>
  );
}
