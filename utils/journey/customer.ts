// Whose paste is this? Pure helpers for customer scope (issue 11): the company a WeCom chat header
// names ("桃花岛-黄药师 2021/10/21 17:16", "黄药师@桃花岛 17:16"), and a loose comparison of company
// names (full/half width, spaces, 有限公司-style suffixes). No DOM, no extension APIs.

import { normText } from '../dom/text';

/** Legal-form suffixes and wrappers that do not tell two companies apart. */
const SUFFIXES = /(股份有限公司|有限责任公司|有限公司|集团公司|分公司|公司|集团|co\.?,?ltd\.?|ltd\.?|inc\.?|limited)$/i;
const REGION = /[(（](中国|深圳|北京|上海|广州|杭州)[)）]/g;

/** A comparable key for a company name: NFKC, no spaces or punctuation, lower case, no legal suffix. */
export function companyKey(name: string | null | undefined): string {
  let k = normText(name)
    .replace(REGION, '')
    .replace(/[\s\u00a0\u3000·•.,，。、'"“”‘’()（）[\]【】-]+/g, '')
    .toLowerCase();
  for (let i = 0; i < 3 && SUFFIXES.test(k); i++) k = k.replace(SUFFIXES, '');
  return k;
}

/** Do two names denote the same company (loosely)? Blank names never match. */
export function sameCompany(a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = companyKey(a);
  const kb = companyKey(b);
  return !!ka && ka === kb;
}

// A time at the end of a chat header: "2021/10/21 17:16", "10月21日 17:16", "昨天 17:16", "17:16:05".
const DAY = String.raw`(?:\d{4}[/.\-年]\d{1,2}[/.\-月]\d{1,2}日?|\d{1,2}[/\-月]\d{1,2}日?|昨天|前天|今天|星期[一二三四五六日天]|周[一二三四五六日天])`;
const HEADER = new RegExp(String.raw`^(.{1,80}?)\s+(?:${DAY}\s*)?(?:上午|下午|晚上)?\s*\d{1,2}:\d{2}(?::\d{2})?$`);

/** The sender part of a chat header line, or null when the line is not one. */
function senderOf(line: string): string | null {
  const m = HEADER.exec(line.trim());
  if (!m) return null;
  const who = m[1].trim();
  // A bundle line ("应用主页: https://…") is never a header.
  if (/https?:|[:：]\s*\S/.test(who)) return null;
  return who;
}

/**
 * The company named by the first chat header line of a paste, or null when there is none.
 * "公司-姓名" names the part before the last dash; "姓名@公司" the part after the @.
 */
export function senderCompany(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').slice(0, 40);
  for (const raw of lines) {
    const line = raw.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim();
    if (!line) continue;
    const who = senderOf(line);
    if (!who) continue;
    const at = who.lastIndexOf('@') >= 0 ? who.lastIndexOf('@') : who.lastIndexOf('＠');
    if (at > 0 && at < who.length - 1) return who.slice(at + 1).trim() || null;
    const m = /^(.+?)\s*[-－—–]\s*[^-－—–]+$/.exec(who);
    if (m) return m[1].trim() || null;
  }
  return null;
}

export type ScopeVerdict =
  | { ok: true }
  | { ok: false; reason: 'header-other-company'; company: string };

/** Does the paste's chat header name another company than the page's customer? */
export function headerVerdict(text: string, pageCustomer: string | null): ScopeVerdict {
  const company = senderCompany(text);
  if (!company || !pageCustomer) return { ok: true };
  return sameCompany(company, pageCustomer) ? { ok: true } : { ok: false, reason: 'header-other-company', company };
}
