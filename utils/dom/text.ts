// The one text normaliser for what the user sees (the every-frame guard keeps its own tiny copy,
// utils/guard/rules.ts `textKey`, for its 15 KB budget). Everything else compares page text through
// these: normText (visible text), labelKey (a label's identity), controlKey / controlText (a control's).

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Private-use code points: icon-font glyphs (`<i class="iconfont">&#xe601;</i>`), never words. */
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;

/** Normalise visible text: NFKC (full-width → ASCII), no zero-width chars or icon glyphs, collapsed spaces. */
export function normText(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(ZERO_WIDTH, '').replace(PRIVATE_USE, '').replace(/[\s\u00A0\u3000]+/g, ' ').trim();
}

/** normText without any spaces ("确 定" → "确定"). */
export function squash(s: string | null | undefined): string {
  return normText(s).replace(/\s+/g, '');
}

/** A label's identity: normalised text without required markers, colons, help icons or "(选填)". */
export function labelKey(s: string | null | undefined): string {
  return squash((s ?? '').replace(/[ⓘℹ\u24D8]/g, ''))
    .replace(/[（(]\s*(选填|必填|可选|optional)\s*[)）]/gi, '')
    .replace(/[*＊:：ⓘ?？!！]/g, '')
    .toLowerCase();
}

/** A control's identity: its labelKey without the "+" of "+ 添加". */
export function controlKey(s: string | null | undefined): string {
  return labelKey(s).replace(/^[+＋]+/, '').replace(/[+＋]+$/, '');
}

/** Text of the clickable control around `el` (a button, link or role=button), normalised, no spaces. */
export function controlText(el: Element): string {
  const ctl = el.closest('button, a, [role="button"], input[type="button"], input[type="submit"], .ww_btn, [class*="btn" i]') ?? el;
  return squash(ctl.tagName === 'INPUT' ? (ctl as HTMLInputElement).value : ctl.textContent);
}

/** Counts as a character of visible text (not whitespace: ASCII blanks, NBSP, ideographic space). */
function isInk(code: number): boolean {
  return code > 32 && code !== 0xa0 && code !== 0x3000;
}

/**
 * The longest text (in visible characters) that can still be one of `keys` once labelKey / controlKey
 * dropped its markers (*, ：, (选填), icons, spaces): generous room, for boundedText's cap.
 */
export function labelCap(keys: Iterable<string>): number {
  let longest = 0;
  for (const k of keys) longest = Math.max(longest, k.length);
  return longest * 4 + 32;
}

/**
 * The text of `el` and its descendants, skipping elements whose tag matches `skip` (form controls,
 * scripts), or null as soon as it holds more than `cap` non-blank characters. Label and heading
 * lookups only compare short texts: the cap makes asking every `div` of a page cost what its first
 * few words cost, not its whole subtree (a full walk per element is quadratic in the page's depth).
 */
export function boundedText(el: Element, skip: RegExp, cap = Infinity): string | null {
  let out = '';
  let ink = 0;
  const walk = (e: Element): boolean => {
    for (let n = e.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const v = n.nodeValue ?? '';
        out += v;
        if (cap !== Infinity) {
          for (let i = 0; i < v.length; i++) if (isInk(v.charCodeAt(i)) && ++ink > cap) return false;
        }
      } else if (n.nodeType === 1) {
        if (skip.test((n as Element).tagName)) continue;
        if (!walk(n as Element)) return false;
      }
    }
    return true;
  };
  return walk(el) ? out : null;
}
