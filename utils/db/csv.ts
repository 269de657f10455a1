// CSV exports (issue 16.5): the audit log and the progress table, for Excel. Pure.
// - UTF-8 with a BOM, CRLF line ends (Excel opens Chinese correctly);
// - every cell quoted when it holds a comma, quote, CR or LF (quotes doubled);
// - a cell starting with = + - @ (or tab / CR) is prefixed with ' so a spreadsheet never runs it as a
//   formula (CSV injection);
// - no Token / EncodingAESKey values: texts pass redactSecrets, page addresses stripSecretsFromUrl.
import { redactNote, redactSecrets, sanitizeDetail, stripSecretsFromUrl } from './keys';

export const CSV_BOM = '\ufeff';

/** One cell: formula-safe, then quoted if needed. */
export function csvCell(v: unknown): string {
  let s = v == null ? '' : typeof v === 'string' ? v : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows (the first is the header) → CSV text with a BOM. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return CSV_BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local time as YYYY-MM-DD HH:mm:ss (what a spreadsheet reads as a date). */
export function csvTime(ms: number | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export interface CsvEvent { at: number; kind: string; action: string; outcome?: string; page?: string; corpId?: string; customer?: string; detail?: Record<string, unknown> }

export const AUDIT_HEADER = ['时间', '类型', '动作', '结果', '企业 ID', '客户', '页面', '详情'];

/** The event log, oldest first. */
export function auditCsv(events: readonly CsvEvent[]): string {
  const rows: unknown[][] = [AUDIT_HEADER];
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    const d = sanitizeDetail(e.detail);
    rows.push([
      csvTime(e.at), e.kind, e.action, e.outcome ?? '', e.corpId ?? '', e.customer != null ? redactSecrets(e.customer) : '',
      e.page != null ? stripSecretsFromUrl(e.page) : '', d ? Object.entries(d).map(([k, v]) => `${k}=${v}`).join('; ') : '',
    ]);
  }
  return toCsv(rows);
}

export interface CsvCustomer { corpId: string; name: string; createdAt: number; touchedAt: number; archivedAt?: number }
export interface CsvStep { corpId: string; step: string; status: string; source: string; at: number; note?: string }

/** One row per customer and step that was ever set (customers without steps get one empty row). */
export function progressCsv(customers: readonly CsvCustomer[], steps: readonly CsvStep[], stepLabel: (id: string) => string = (id) => id): string {
  const by = new Map<string, CsvStep[]>();
  for (const s of steps) by.set(s.corpId, [...(by.get(s.corpId) ?? []), s]);
  const rows: unknown[][] = [['企业 ID', '客户', '已归档', '步骤', '步骤名称', '状态', '来源', '时间', '备注']];
  for (const c of [...customers].sort((a, b) => b.touchedAt - a.touchedAt)) {
    const list = (by.get(c.corpId) ?? []).sort((a, b) => a.step.localeCompare(b.step));
    const archived = c.archivedAt ? '是' : '';
    if (!list.length) rows.push([c.corpId, c.name, archived, '', '', '', '', '', '']);
    for (const s of list) rows.push([c.corpId, c.name, archived, s.step, stepLabel(s.step), s.status, s.source, csvTime(s.at), s.note ? redactNote(s.note) : '']);
  }
  return toCsv(rows);
}
