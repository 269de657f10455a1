// Chat-noise removal for pasted bundles. Pure string functions, no browser globals.

/** Splits on every kind of line break a paste may carry (CRLF, CR, LF, NEL, LS, PS). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u0085\u2028\u2029\v\f]/);
}

const FORMAT_CHARS = /[\p{Cf}\uFFF9-\uFFFC]/gu; // zero-width space/joiners, BOM, bidi marks, soft hyphen, object replacement
const CONTROL_CHARS = /[\x00-\x08\x0E-\x1F\x7F-\x9F]/g; // C0/C1 controls except tab/LF/CR (already split off)
const CIRCLED_NUMBER = /^\s*[\u2460-\u2473\u24EA-\u24FF\u2776-\u2793]\s*/u; // ① … (NFKC would turn it into a bare digit)
const PLAIN_ASCII = /^[\x20-\x7e]*$/; // printable ASCII without tabs: NFKC and every replacement below leave it alone
const COLON_LIKE = /[\u2236\uA789\u02D0\uFF1A\uFE55\uFE13]/g; // ∶ ꞉ ː and forms NFKC may leave

/** One pasted line, cleaned: format/control characters dropped, NFKC (full-width → ASCII,
 *  NBSP/ideographic space → space), colon look-alikes → ':', spaces (not tabs) unified, trimmed. */
export function cleanLine(raw: string): string {
  if (raw === '') return '';
  if (PLAIN_ASCII.test(raw)) return raw.trim(); // nothing below would change it (a fast path for long pastes)
  let s = raw.replace(FORMAT_CHARS, '').replace(CONTROL_CHARS, '');
  s = s.replace(CIRCLED_NUMBER, '');
  s = s.normalize('NFKC').replace(FORMAT_CHARS, '');
  s = s.replace(COLON_LIKE, ':');
  if (/[^\S\t ]/u.test(s)) s = s.replace(/[^\S\t]/gu, ' ');
  return s.trim();
}

// 1、 1. 1) (1) [1] 一、 plus bullets (-, *, •, >). "1.5" or "3D展示" are left alone.
const NUMBERING =
  /^(?:[([]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)\]]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.)\]](?!\d)|[-*•·●○◦▪■►▶>]+(?=\s|[^\x00-\x7f]))\s*/u;

export function stripNumbering(s: string): string {
  return s.replace(NUMBERING, '');
}

const PAIRS: Record<string, string> = {
  '<': '>', '"': '"', "'": "'", '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '(': ')', '[': ']', '【': '】', '`': '`',
};
/** The characters chat leaves after a value: white space and 。 . , ; 、 ! */
const NOISE_CHAR = /[\s。.,;、!]/u;

/** `s` without its trailing run of noise characters. A backwards scan, linear in the run's length:
 *  the regex `/[\s。.,;、!]+$/` it replaces restarted at every character of a run that was not at
 *  the end, which cost quadratic time (issue 15.5: 60k spaces froze the worker for seconds). */
export function trimTrailingNoise(s: string): string {
  let end = s.length;
  while (end > 0 && NOISE_CHAR.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** A value without chat decoration: trailing 。 . , ; ! and wrapping quotes/brackets removed. */
export function tidyValue(v: string): string {
  let s = v.trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = trimTrailingNoise(s).trim();
    const close = PAIRS[s[0]];
    if (close && s.length >= 2 && s.endsWith(close)) s = s.slice(1, -1).trim();
    if (s === before) break;
  }
  return s;
}
