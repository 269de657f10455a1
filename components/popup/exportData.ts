// Export: all data as one JSON file, downloaded from a Blob link (no `downloads` permission).
import { call } from '@/utils/rpc';
import { EXPORT_FORMAT, EXPORT_VERSION } from '@/utils/export-file/format';

const pad = (n: number) => String(n).padStart(2, '0');

export function exportFileName(d = new Date()): string {
  return `ec-helper-export-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}.json`;
}

/** Starts an ordinary download of `blob` as `name` (a Blob link; no `downloads` permission). */
export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The audit log or progress table as a CSV download (UTF-8 with BOM, for Excel). Returns the file name. */
export async function downloadCsv(which: 'audit' | 'progress', doc: Document = document): Promise<string> {
  const { csv } = await call({ type: 'data.exportCsv', which });
  const name = exportFileName().replace('ec-helper-export-', `ec-helper-${which}-`).replace(/\.json$/, '.csv');
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name, doc);
  return name;
}

/** The export, fetched table by table in parts (one message may not exceed 64 MiB), assembled here. */
export async function exportInParts(partSize = 5000): Promise<Record<string, unknown>> {
  const file: Record<string, unknown> = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString() };
  for (const table of ['customers', 'steps', 'bundles', 'events'] as const) {
    const rows: unknown[] = [];
    let after: unknown = null;
    do {
      const part: { rows: unknown[]; next: unknown } = await call({ type: 'data.exportPart', table, limit: partSize, after: after as never });
      rows.push(...part.rows);
      after = part.next;
    } while (after !== null && after !== undefined);
    file[table] = rows;
  }
  return file;
}

/** Fetches the export from the background and starts an ordinary download. Returns the file name. */
export async function downloadExport(doc: Document = document): Promise<string> {
  const data = await exportInParts();
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const name = exportFileName();
  downloadBlob(blob, name, doc);
  return name;
}
