// Pure helpers shared by the data layer: how names are compared and what counts as a secret.

/** Key used to compare customer names: NFKC, no whitespace (incl. zero-width / nbsp), lower case. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff\u00a0\u3000]+/g, '')
    .toLowerCase();
}

/** A display name cleaned of chat noise: trimmed, inner whitespace runs collapsed. */
export function cleanName(name: string): string {
  return name.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Detail keys that may hold Token / EncodingAESKey / Secret values are never stored. */
export const SECRET_KEY = /token|aes|secret/i;

export type DetailValue = string | number | boolean;
export type Detail = Record<string, DetailValue>;

/** What replaces a secret found inside a logged text. */
export const REDACTED = '[已隐藏]';

/**
 * A text cleaned of anything that looks like a secret value: `Token: x`, `EncodingAESKey=x`,
 * `secret：x` (name and value both go) and bare 43-character EncodingAESKey-shaped strings.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/(?:encoding[\s_-]*)?(?:token|aes[\s_-]*key|aes|secret)\w*\s*[:=：]\s*[^\s,;，；、&#]*/gi, REDACTED)
    .replace(/(^|[^A-Za-z0-9])[A-Za-z0-9]{43}(?![A-Za-z0-9])/g, `$1${REDACTED}`);
}

const SECRET_PARAM = /token|aes|secret/i;

/** `a=1&token=x&b=2` → `a=1&b=2`: every parameter whose (decoded) name looks like a secret goes, however
 *  many sit side by side (issue 15.4: a regex that ate the following '&' let every second one through). */
function cleanParams(query: string): string {
  return query
    .split('&')
    .filter((p) => {
      if (p === '') return false;
      const raw = p.split('=')[0];
      let name = raw;
      try {
        name = decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {
        // keep the raw name
      }
      return !SECRET_PARAM.test(name) && !SECRET_PARAM.test(raw);
    })
    .join('&');
}

function cleanPart(part: string, bareQuery: boolean): string {
  const q = part.indexOf('?');
  if (q < 0) {
    // a fragment may be a parameter list itself (#access_token=…)
    return bareQuery && part.includes('=') ? cleanParams(part) : part;
  }
  const rest = cleanParams(part.slice(q + 1));
  return rest ? `${part.slice(0, q)}?${rest}` : part.slice(0, q);
}

/** A logged page address without query / hash parameters whose name looks like a secret. */
export function stripSecretsFromUrl(page: string): string {
  const hashAt = page.indexOf('#');
  if (hashAt < 0) return cleanPart(page, false);
  const hash = cleanPart(page.slice(hashAt + 1), true);
  return cleanPart(page.slice(0, hashAt), false) + (hash ? `#${hash}` : '');
}

/** A step note (free text the user typed) without secret values: as redactSecrets, and any URL in it
 *  without its secret parameters. */
export function redactNote(note: string): string {
  return redactSecrets(note.replace(/https?:\/\/[^\s，。；、]+/gi, (u) => stripSecretsFromUrl(u)));
}

/** Keeps only scalar values under non-secret keys; caps string lengths. Returns undefined when empty. */
export function sanitizeDetail(detail: unknown): Detail | undefined {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return undefined;
  const out: Detail = {};
  for (const [k, v] of Object.entries(detail as Record<string, unknown>)) {
    if (SECRET_KEY.test(k)) continue;
    if (typeof v === 'string') out[k.slice(0, 100)] = redactSecrets(v.slice(0, 500));
    else if (typeof v === 'number' && Number.isFinite(v)) out[k.slice(0, 100)] = v;
    else if (typeof v === 'boolean') out[k.slice(0, 100)] = v;
  }
  return Object.keys(out).length ? out : undefined;
}
