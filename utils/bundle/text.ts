// Chat-noise removal for pasted bundles. Pure string functions, no browser globals.

/** Splits on every kind of line break a paste may carry (CRLF, CR, LF, NEL, LS, PS). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u0085\u2028\u2029\v\f]/);
}

const FORMAT_CHARS = /[\p{Cf}\uFFF9-\uFFFC]/gu; // zero-width space/joiners, BOM, bidi marks, soft hyphen, object replacement
const CONTROL_CHARS = /[\x00-\x08\x0E-\x1F\x7F-\x9F]/g; // C0/C1 controls except tab/LF/CR (already split off)
const CIRCLED_NUMBER = /^\s*[\u2460-\u2473\u24EA-\u24FF\u2776-\u2793]\s*/u; // ① … (NFKC would turn it into a bare digit)
const COLON_LIKE = /[\u2236\uA789\u02D0\uFF1A\uFE55\uFE13]/g; // ∶ ꞉ ː and forms NFKC may leave

/** One pasted line, cleaned: format/control characters dropped, NFKC (full-width → ASCII,
 *  NBSP/ideographic space → space), colon look-alikes → ':', spaces (not tabs) unified, trimmed. */
export function cleanLine(raw: string): string {
  let s = raw.replace(FORMAT_CHARS, '').replace(CONTROL_CHARS, '');
  s = s.replace(CIRCLED_NUMBER, '');
  s = s.normalize('NFKC').replace(FORMAT_CHARS, '');
  s = s.replace(COLON_LIKE, ':');
  s = s.replace(/[^\S\t]/gu, ' ');
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
export const TRAILING_NOISE = /[\s。.,;、!]+$/u;

/** A value without chat decoration: trailing 。 . , ; ! and wrapping quotes/brackets removed. */
export function tidyValue(v: string): string {
  let s = v.trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(TRAILING_NOISE, '').trim();
    const close = PAIRS[s[0]];
    if (close && s.length >= 2 && s.endsWith(close)) s = s.slice(1, -1).trim();
    if (s === before) break;
  }
  return s;
}
