// parseBundle: a paste from WeCom chat → a typed, validated bundle, or clear Chinese errors.
// Pure (t() is the only outside call and never throws); never throws for any input.
import { t } from '@/utils/i18n';
import { DEFAULT_ALLOWED_HOSTS, isBareHostname, normaliseAllowedHosts } from './hosts';
import { MAX_MENUS, MAX_MENU_NAME, MAX_URL_LENGTH, makeBundleSchema } from './schema';
import { trimTrailingNoise, cleanLine, splitLines, stripNumbering, tidyValue } from './text';

export { DEFAULT_ALLOWED_HOSTS };

export interface BundleMenu { name: string; url: string }
export interface Bundle { corpId: string; homepage?: string; trustedDomain?: string; menus: BundleMenu[] }
/** `message` is user-facing Chinese (via t()); `line` is the 1-based line of the paste it is about. */
export interface BundleIssue { code: string; message: string; line?: number }
export type BundleLabel = '应用主页' | '可信域名';
export type ParseResult =
  | { ok: true; bundle: Bundle; complete: boolean; missing: BundleLabel[]; warnings: BundleIssue[] }
  | { ok: false; errors: BundleIssue[] };
export interface ParseOptions { allowedHosts?: string[] }

export const HOMEPAGE_LABEL: BundleLabel = '应用主页';
export const DOMAIN_LABEL: BundleLabel = '可信域名';
/** Corp ids look like `ww` + hex; accept `w` + 5…40 letters/digits (same rule as corpIdSchema). */
export const CORP_ID_RE = /^w[a-z0-9]{5,40}$/i;
const MAX_ERRORS = 20;
/** A bundle is ~1 KB; a chat log around it may be long, but not this long. Bounds the work done. */
export const MAX_PASTE_LENGTH = 200_000;

type Kind = 'homepage' | 'domain' | 'menu';
interface Entry {
  kind: Kind;
  name: string; // label or menu name, as shown to the user
  value: string; // raw value, continuation lines appended
  line: number;
  joined: number[]; // continuation lines appended to this entry
}

// ---------- line classification ----------

/** Printable URL characters only, no spaces: what a piece of a broken URL looks like. */
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%\\]+$/;
/** The start of a new URL (so not the rest of the previous one). */
const NEW_URL = /^(?:https?|ftp|wss?|file|javascript|data|vbscript):/i;
/** `CRM:https://…`, `A1:` or `A1:h` (value cut by a line break): an ASCII-named line, not a continuation. */
const NAMED_URL = /^[^:/?#\s]+:\s*(?:$|[a-z][a-z0-9+.-]*:\/\/|(?:javascript|data|vbscript):|h(?:t(?:t(?:p(?:s(?::\/{0,2})?)?)?)?)?$)/i;
const ANY_SCHEME_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const INTRO = /^将以下(?:链接|内容|配置)?发送给/;
const LABEL_LINE = /^[*【[「]*\s*(应用\s*主页|可信\s*域名)\s*[】\]」*]*\s*(?:[:\t]|\s|$|(?=https?:))[\s:\t]*(.*)$/isu;
const EMBEDDED_LABEL = /(?:应用主页|可信域名)(?=\s*[:\t])/gu;
const SPLIT_BEFORE_LABEL = /[:,;。]/u;

/** Splits a line before every 应用主页: / 可信域名: that follows white space or , ; : 。 (the white space
 *  in between is dropped). A linear scan: the look-behind regex this replaces retried a run of white
 *  space from every one of its characters (quadratic; issue 15.5). */
function splitAtEmbeddedLabels(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  EMBEDDED_LABEL.lastIndex = 0;
  for (let m = EMBEDDED_LABEL.exec(s); m; m = EMBEDDED_LABEL.exec(s)) {
    const at = m.index;
    let r = at; // the white space right before the label is s[r..at)
    while (r > start && /\s/u.test(s[r - 1])) r--;
    let cut: number;
    if (r > 0 && SPLIT_BEFORE_LABEL.test(s[r - 1])) cut = r;
    else if (r < at) cut = r + 1; // after the first white-space character
    else continue;
    out.push(s.slice(start, cut));
    start = at;
  }
  out.push(s.slice(start));
  return out;
}

/** Does a value look like something meant as a URL (so a `name: value` line is a bundle line)? */
export function isUrlish(v: string): boolean {
  return (
    ANY_SCHEME_URL.test(v) ||
    /^(?:https?|javascript|data|vbscript|file|ftp|blob|about|wss?):/i.test(v) ||
    /^\/\//.test(v) ||
    /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?[/?#]/i.test(v) ||
    /qxcorpid/i.test(v) ||
    /^h(?:t(?:t(?:p(?:s(?::\/{0,2})?)?)?)?)?$/i.test(v) // the start of "https://" cut by a line break
  );
}

function canTakeMore(e: Entry): boolean {
  if (e.value === '') return true;
  if (e.value.length > 2 * MAX_URL_LENGTH) return false; // no URL is that long: stop gluing lines on
  return e.kind !== 'domain' && isUrlish(e.value);
}

/** Chat timestamps on their own line ("17:16", "2021-10-21") are not pieces of a URL. */
const CHAT_TIME = /^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;

function isContinuation(line: string, open: Entry): boolean {
  const s = trimTrailingNoise(line); // "…c3d4 。" may end the last piece (tidyValue drops it)
  if (!URL_CHARS.test(s) || CHAT_TIME.test(s)) return false;
  if (open.value === '') return open.kind !== 'menu' || isUrlish(s);
  if (NEW_URL.test(s) || NAMED_URL.test(s)) return false;
  return true;
}

function classify(segment: string, line: number): Entry | null {
  const s = stripNumbering(segment);
  if (!s || INTRO.test(s) || ANY_SCHEME_URL.test(s)) return null;
  const label = LABEL_LINE.exec(s);
  if (label) {
    const isHome = label[1].replace(/\s+/g, '') === HOMEPAGE_LABEL;
    return { kind: isHome ? 'homepage' : 'domain', name: isHome ? HOMEPAGE_LABEL : DOMAIN_LABEL, value: label[2].trim(), line, joined: [] };
  }
  const m = /^([^:\t]+)[:\t]\s*(.*)$/su.exec(s);
  if (!m) return null;
  let name = m[1].replace(/\s+/g, ' ').trim();
  let value = m[2].replace(/^[\s:\t]+/, '').trim();
  // "批量加减https://…": the first ':' was the scheme's; give the scheme back to the value.
  const glued = /^(.*[^A-Za-z\s])\s*(https?)$/i.exec(name);
  if (glued && value.startsWith('//')) {
    name = glued[1].trim();
    value = `${glued[2]}:${value}`;
  }
  if (!name) return null;
  if (value === '') return name.length <= 50 ? { kind: 'menu', name, value: '', line, joined: [] } : null;
  if (!isUrlish(value)) return null;
  return { kind: 'menu', name, value, line, joined: [] };
}

const NEXT_ENTRY = /[^:\t\s][^:\t]{0,29}[:\t]\s*https?:\/\//iy;
const SEP = /[:\t]/g;

/** Splits entries run together on one line ("应用主页: https://… 批量加减: https://…") at the
 *  whitespace that follows a complete `name: value` and precedes another `name: https://…`. */
function splitRunTogether(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let sep = s.search(/[:\t]/);
  const ws = /\s+/g;
  for (let m = ws.exec(s); m; m = ws.exec(s)) {
    if (sep < start || sep >= m.index - 1) continue; // no separator yet, or nothing after it
    NEXT_ENTRY.lastIndex = m.index + m[0].length;
    if (!NEXT_ENTRY.test(s)) continue;
    out.push(s.slice(start, m.index));
    start = m.index + m[0].length;
    SEP.lastIndex = start;
    sep = SEP.exec(s)?.index ?? -1;
  }
  out.push(s.slice(start));
  return out;
}

function collectEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let open: Entry | null = null;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const s = lines[i]; // already cleaned
    if (!s) {
      open = null;
      continue;
    }
    if (open && isContinuation(s, open)) {
      open.value += s;
      open.joined.push(lineNo);
      if (!canTakeMore(open)) open = null;
      continue;
    }
    open = null;
    for (const segment of splitAtEmbeddedLabels(s).flatMap(splitRunTogether)) {
      const e = classify(segment.trim(), lineNo);
      if (e) entries.push(e);
      open = e && canTakeMore(e) ? e : null;
    }
  }
  return entries;
}

// ---------- value checks ----------

type Problem = { code: string; key: string; subs: (string | number)[] };
type UrlCheck = { ok: true; href: string; corpId: string; spaced: boolean } | { ok: false; problem: Problem };

function fail(code: string, key: string, subs: (string | number)[]): { ok: false; problem: Problem } {
  return { ok: false, problem: { code, key, subs } };
}

/** The EC backend's placeholder text, e.g. (自动获取授权企业的企信ID) or <corp id>, raw or decoded.
 *  A real corp id followed by junk ("ww…c3d4（备注）") is not a placeholder: it is reported as text in the link. */
function looksLikePlaceholder(v: string): boolean {
  if (v === '' || /^[A-Za-z0-9]/.test(v)) return false;
  return /[^\x00-\x7f]|[()<>{}[\]]|%[89a-f][0-9a-f]|%28|%3c|%7b/i.test(v) || /corp\s*id|企信|企业/i.test(v);
}

function checkCorp(values: string[], name: string, line: number): { ok: true; corpId: string } | { ok: false; problem: Problem } {
  if (values.length === 0) return fail('corp-missing', 'bundle_err_corp_missing', [name, line]);
  for (const v of values) {
    if (v.trim() === '') return fail('corp-missing', 'bundle_err_corp_empty', [name, line]);
    if (looksLikePlaceholder(v)) return fail('corp-placeholder', 'bundle_err_corp_placeholder', [name, line]);
    if (!CORP_ID_RE.test(v)) return fail('corp-malformed', 'bundle_err_corp_malformed', [name, line, v.slice(0, 60)]);
  }
  if (new Set(values).size > 1) return fail('corp-mixed', 'bundle_err_corp_mixed_one', [name, line, values.join(t('bundle_list_sep'))]);
  return { ok: true, corpId: values[0] };
}

function checkUrl(raw: string, name: string, line: number, allowed: readonly string[]): UrlCheck {
  if (raw === '') return fail('bad-url', 'bundle_err_empty_value', [name, line]);
  const unspaced = raw.replace(/\s+/g, '');
  const spaced = unspaced !== raw;
  const compact = hostDots(unspaced);
  if (!/^https:\/\//i.test(compact)) {
    const script = /^(?:javascript|data|vbscript):/i.test(compact);
    return fail('not-https', script ? 'bundle_err_script' : 'bundle_err_not_https', [name, line]);
  }
  // The EC backend's placeholder, e.g. qxCorpid=(自动获取授权企业的企信ID), before the character check.
  const rawCorps = [...compact.matchAll(/[?&]qxCorpid=([^&#]*)/g)].map((m) => m[1]);
  if (rawCorps.some(looksLikePlaceholder)) return fail('corp-placeholder', 'bundle_err_corp_placeholder', [name, line]);
  if (compact.length > MAX_URL_LENGTH) return fail('bad-url', 'bundle_err_url_too_long', [name, line]);
  let u: URL;
  try {
    u = new URL(compact);
  } catch {
    return fail('bad-url', 'bundle_err_bad_url', [name, line]);
  }
  if (u.protocol !== 'https:') return fail('not-https', 'bundle_err_not_https', [name, line]);
  if (!allowed.includes(u.hostname)) {
    // Show the host as typed when the parser turned it into punycode (look-alike letters).
    const typed = compact.slice(8).split(/[/?#\\]/)[0].split('@').pop()!.replace(/:\d*$/, '');
    const shown = u.hostname.includes('xn--') ? typed : u.hostname;
    return fail('host-not-allowed', 'bundle_err_host', [name, line, shown.slice(0, 100)]);
  }
  if (u.username !== '' || u.password !== '') return fail('bad-url', 'bundle_err_userinfo', [name, line]);
  if (u.port !== '') return fail('host-not-allowed', 'bundle_err_port', [name, line, u.port]);
  // Text glued to the link (a chat word, an ideograph) would be percent-encoded silently: refuse it.
  if (!URL_CHARS.test(compact)) return fail('bad-url', 'bundle_err_url_text', [name, line]);
  // A percent-encoded corp id would not read the same in the link as in the bundle: refuse it.
  const encoded = rawCorps.find((c) => /[%+]/.test(c));
  if (encoded !== undefined) return fail('corp-malformed', 'bundle_err_corp_malformed', [name, line, encoded.slice(0, 60)]);
  const corp = checkCorp(u.searchParams.getAll('qxCorpid'), name, line);
  if (!corp.ok) return corp;
  return { ok: true, href: u.href, corpId: corp.corpId, spaced };
}

/** Full-width dots in a URL's host (html。workec。com) read as '.', as NFKC already does for ．
 *  (issue 15.12); elsewhere in the URL they stay (and are refused as text in the link). */
function hostDots(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (!scheme) return url;
  let end = url.slice(scheme[0].length).search(/[/?#\\]/);
  end = end < 0 ? url.length : scheme[0].length + end;
  const host = url.slice(scheme[0].length, end);
  return /[。｡]/.test(host) ? url.slice(0, scheme[0].length) + host.replace(/[。｡]/g, '.') + url.slice(end) : url;
}

type DomainCheck = { ok: true; host: string; fromUrl: boolean } | { ok: false; problem: Problem };

function checkDomain(raw: string, line: number): DomainCheck {
  if (raw === '') return fail('bad-domain', 'bundle_err_empty_value', [DOMAIN_LABEL, line]);
  let v = raw.replace(/\s+/g, '').toLowerCase().replace(/[。｡]/g, '.');
  let fromUrl = false;
  const scheme = /^https?:\/\//.exec(v);
  if (scheme) {
    v = v.slice(scheme[0].length);
    fromUrl = true;
  }
  let end = v.length; // trailing slashes, by a backwards scan (a regex /\/+$/ is quadratic on a run of them)
  while (end > 0 && v[end - 1] === '/') end--;
  v = v.slice(0, end);
  if (!isBareHostname(v)) return fail('bad-domain', 'bundle_err_domain_bad', [raw.slice(0, 100), line]);
  return { ok: true, host: v, fromUrl };
}

// ---------- the parser ----------

const schemas = new Map<string, ReturnType<typeof makeBundleSchema>>();
function schemaFor(allowed: string[]) {
  const key = allowed.join('\n');
  let s = schemas.get(key);
  if (!s) {
    if (schemas.size > 8) schemas.clear();
    s = makeBundleSchema(allowed);
    schemas.set(key, s);
  }
  return s;
}

function issue(p: Problem, line?: number): BundleIssue {
  return { code: p.code, message: t(p.key, p.subs), ...(line != null ? { line } : {}) };
}

function parseUnsafe(text: string, opts?: ParseOptions): ParseResult {
  const allowed = normaliseAllowedHosts(opts?.allowedHosts);
  if (text.length > MAX_PASTE_LENGTH) {
    return { ok: false, errors: [issue({ code: 'too-long', key: 'bundle_err_too_long', subs: [MAX_PASTE_LENGTH] })] };
  }
  const cleaned = splitLines(text).map(cleanLine);
  if (cleaned.every((l) => l === '')) return { ok: false, errors: [issue({ code: 'empty', key: 'bundle_err_empty', subs: [] })] };

  const errors: BundleIssue[] = [];
  const warnings: BundleIssue[] = [];
  const err = (p: Problem, line?: number) => errors.push(issue(p, line));
  let duplicates = 0;
  const seenRaw = new Set<string>();
  const urlByName = new Map<string, { href: string; line: number }>();
  const corpLines = new Map<string, number>();
  let homepage: { href: string; host: string; line: number } | undefined;
  let domain: { host: string; line: number } | undefined;
  const menus: (BundleMenu & { line: number })[] = [];
  let urlLines = 0;

  for (const e of collectEntries(cleaned)) {
    if (e.kind === 'menu' && e.value === '') continue; // a "名称:" line nothing followed
    const value = tidyValue(e.value);
    const rawKey = `${e.kind}\u0000${e.name}\u0000${value.replace(/\s+/g, '')}`;
    if (seenRaw.has(rawKey)) {
      duplicates++;
      continue;
    }
    seenRaw.add(rawKey);

    if (e.kind === 'domain') {
      const d = checkDomain(value, e.line);
      if (!d.ok) {
        err(d.problem, e.line);
        continue;
      }
      if (domain && domain.host !== d.host) {
        err({ code: 'conflict', key: 'bundle_err_conflict', subs: [DOMAIN_LABEL, domain.line, e.line] }, e.line);
        continue;
      }
      if (domain) {
        duplicates++;
        continue;
      }
      if (d.fromUrl) warnings.push(issue({ code: 'domain-from-url', key: 'bundle_warn_domain_url', subs: [d.host, e.line] }, e.line));
      domain = { host: d.host, line: e.line };
      continue;
    }

    urlLines++;
    if (e.kind === 'menu' && e.name.length > MAX_MENU_NAME) {
      err({ code: 'name-too-long', key: 'bundle_err_name_too_long', subs: [e.line, MAX_MENU_NAME] }, e.line);
      continue;
    }
    const c = checkUrl(value, e.name, e.line, allowed);
    if (!c.ok) {
      err(c.problem, e.line);
      continue;
    }
    if (!corpLines.has(c.corpId)) corpLines.set(c.corpId, e.line); // before the conflict check: two customers mixed
    const key = e.kind === 'homepage' ? `\u0000${HOMEPAGE_LABEL}` : e.name;
    const prev = urlByName.get(key);
    if (prev) {
      if (prev.href !== c.href) err({ code: 'conflict', key: 'bundle_err_conflict', subs: [e.name, prev.line, e.line] }, e.line);
      else duplicates++;
      continue;
    }
    urlByName.set(key, { href: c.href, line: e.line });
    if (e.joined.length) {
      warnings.push(issue({ code: 'url-joined', key: 'bundle_warn_joined', subs: [e.name, [e.line, ...e.joined].join(t('bundle_list_sep'))] }, e.line));
    } else if (c.spaced) {
      warnings.push(issue({ code: 'url-spaces', key: 'bundle_warn_spaces', subs: [e.name, e.line] }, e.line));
    }
    if (e.kind === 'homepage') homepage = { href: c.href, host: new URL(c.href).hostname, line: e.line };
    else menus.push({ name: e.name, url: c.href, line: e.line });
  }

  if (corpLines.size > 1) {
    const list = [...corpLines].map(([id, line]) => t('bundle_corp_item', [id, line])).join(t('bundle_list_sep'));
    err({ code: 'corp-mixed', key: 'bundle_err_corp_mixed', subs: [list] }, [...corpLines.values()][1]);
  }
  if (domain) {
    if (homepage && homepage.host !== domain.host) {
      err({ code: 'domain-mismatch', key: 'bundle_err_domain_mismatch', subs: [domain.host, domain.line, homepage.host] }, domain.line);
    } else if (!allowed.includes(domain.host)) {
      err({ code: 'host-not-allowed', key: 'bundle_err_domain_host', subs: [domain.host, domain.line] }, domain.line);
    }
  }
  if (menus.length > MAX_MENUS) {
    // Not a reason to refuse the bundle (issue 15.12): keep the first MAX_MENUS, say what was dropped.
    warnings.push(issue({ code: 'too-many-menus', key: 'bundle_warn_too_many_menus', subs: [menus.length, MAX_MENUS, menus[MAX_MENUS].line] }, menus[MAX_MENUS].line));
    menus.length = MAX_MENUS;
  }

  if (errors.length === 0 && urlLines === 0) err({ code: 'no-lines', key: 'bundle_err_no_lines', subs: [] });
  if (errors.length) {
    const sorted = errors.map((e, i) => ({ e, i })).sort((a, b) => (a.e.line ?? 0) - (b.e.line ?? 0) || a.i - b.i).map((x) => x.e);
    if (sorted.length > MAX_ERRORS) {
      const rest = sorted.length - MAX_ERRORS;
      return { ok: false, errors: [...sorted.slice(0, MAX_ERRORS), issue({ code: 'more', key: 'bundle_err_more', subs: [rest] })] };
    }
    return { ok: false, errors: sorted };
  }

  const corpId = [...corpLines.keys()][0];
  const bundle: Bundle = {
    corpId,
    ...(homepage ? { homepage: homepage.href } : {}),
    ...(domain ? { trustedDomain: domain.host } : {}),
    menus: menus.map(({ name, url }) => ({ name, url })),
  };
  const checked = schemaFor(allowed).safeParse(bundle);
  if (!checked.success) {
    const detail = checked.error.issues.map((i) => i.message).join('; ').slice(0, 300);
    return { ok: false, errors: [issue({ code: 'invalid', key: 'bundle_err_invalid', subs: [detail] })] };
  }
  if (duplicates) warnings.push(issue({ code: 'duplicates', key: 'bundle_warn_duplicates', subs: [duplicates] }));
  const missing: BundleLabel[] = [];
  if (!bundle.homepage) missing.push(HOMEPAGE_LABEL);
  if (!bundle.trustedDomain) missing.push(DOMAIN_LABEL);
  return { ok: true, bundle, complete: missing.length === 0, missing, warnings };
}

/** Parses a pasted config bundle. Never throws. `allowedHosts` defaults to DEFAULT_ALLOWED_HOSTS
 *  (an empty or all-invalid list also falls back to it). */
export function parseBundle(text: string, opts?: ParseOptions): ParseResult {
  try {
    return parseUnsafe(typeof text === 'string' ? text : '', opts);
  } catch {
    return { ok: false, errors: [{ code: 'internal', message: t('bundle_err_internal') }] };
  }
}
