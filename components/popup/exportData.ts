// Export: all data as one JSON file, downloaded from a Blob link (no `downloads` permission).
import { call } from '@/utils/rpc';

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
  const { csv } = await call<{ csv: string }>({ type: 'data.exportCsv', which });
  const name = exportFileName().replace('ec-helper-export-', `ec-helper-${which}-`).replace(/\.json$/, '.csv');
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name, doc);
  return name;
}

/** Fetches the export from the background and starts an ordinary download. Returns the file name. */
export async function downloadExport(doc: Document = document): Promise<string> {
  const data = await call({ type: 'data.export' });
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const name = exportFileName();
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
