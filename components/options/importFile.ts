// Reading an import file on the options page (issue 15.11): in chunks with progress, then parsed
// here, so no single message carries the whole file (Chrome's limit is 64 MiB).
import { MAX_IMPORT_BYTES } from '@/utils/export-file/batches';
import { t } from '@/utils/i18n';

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/** The file's text, read chunk by chunk; `progress(fraction)` after each chunk. Throws a Chinese message. */
export async function readFileText(file: Blob & { name?: string }, progress: (f: number) => void): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(t('data_import_too_big', [file.name ?? '', mb(file.size), mb(MAX_IMPORT_BYTES)]));
  if (file.size === 0) throw new Error(t('data_import_empty', [file.name ?? '']));
  const stream = (file as Blob).stream?.();
  if (!stream) return file.text();
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let read = 0;
  let last = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (read - last > file.size / 100 || read === file.size) {
      last = read;
      progress(Math.min(1, read / file.size));
    }
  }
  parts.push(decoder.decode());
  progress(1);
  return parts.join('');
}

/** JSON.parse with a Chinese message (the file name) instead of a SyntaxError. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new Error(t('data_import_not_json', [name]));
  }
}
