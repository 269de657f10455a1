// The one URL / host canon: what the fills compare a page's value with, and what step 6 compares
// the 应用主页 dialog's address with.

const CHAT_NOISE = /^[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF"'“”‘’「」<>《》]+|[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF"'“”‘’「」<>《》。，,;；!！]+$/g;

/** A URL as the URL parser prints it (lower-case host), chat noise removed; the input if unparsable. */
export function canonicalUrl(u: string | null | undefined): string {
  const s = (u ?? '').replace(CHAT_NOISE, '');
  try {
    return new URL(s).href;
  } catch {
    return s;
  }
}

/** A host name: trimmed, lower-case, no scheme / path / trailing dot or chat noise. */
export function canonicalDomain(d: string | null | undefined): string {
  let s = (d ?? '').replace(CHAT_NOISE, '').toLowerCase();
  if (/^[a-z]+:\/\//.test(s)) {
    try {
      s = new URL(s).host;
    } catch {
      /* keep */
    }
  }
  return s.replace(/\/.*$/, '').replace(/\.$/, '');
}

export const sameUrl = (a: string, b: string): boolean => a === b || canonicalUrl(a) === canonicalUrl(b);
export const sameDomain = (a: string, b: string): boolean => a === b || canonicalDomain(a) === canonicalDomain(b);
