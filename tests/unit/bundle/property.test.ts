// Property tests: generated pastes (noisy renderings of valid bundles, destructive mutations of
// them, token soups and random unicode): 14,500 pastes in total, about 1-2 s.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseBundle, type Bundle, type ParseResult } from '@/utils/bundle';

const ALLOWED = ['html.workec.com', 'h5.workec.cn'];
const T = 30_000; // per-test timeout: generous for a loaded 2-core CI box (runs take ~1 s)
const CODES = new Set([
  'empty', 'no-lines', 'not-https', 'host-not-allowed', 'bad-url', 'bad-domain', 'corp-placeholder', 'corp-missing',
  'corp-malformed', 'corp-mixed', 'domain-mismatch', 'conflict', 'too-many-menus', 'name-too-long', 'too-long', 'invalid', 'more',
]);

/** What must hold for every result, whatever the input. Returns the failure or null. */
function violation(r: ParseResult, allowed: string[]): string | null {
  if (!r.ok) {
    if (r.errors.length === 0) return 'error result without errors';
    for (const e of r.errors) {
      if (!CODES.has(e.code)) return `unknown code ${e.code}`;
      if (!/[\u4e00-\u9fff]/.test(e.message) || /^bundle_/.test(e.message)) return `bad message ${e.message}`;
    }
    return null;
  }
  const b = r.bundle;
  if (!/^w[a-z0-9]{5,40}$/i.test(b.corpId)) return `bad corp id ${b.corpId}`;
  const urls = [...(b.homepage ? [b.homepage] : []), ...b.menus.map((m) => m.url)];
  if (urls.length === 0) return 'ok without any URL';
  for (const s of urls) {
    let u: URL;
    try {
      u = new URL(s);
    } catch {
      return `unparsable ${s}`;
    }
    if (u.href !== s) return `not canonical ${s}`;
    if (u.protocol !== 'https:') return `not https ${s}`;
    if (!allowed.includes(u.hostname)) return `host not allowed ${s}`;
    if (u.username || u.password || u.port) return `userinfo/port ${s}`;
    const ids = u.searchParams.getAll('qxCorpid');
    if (ids.length === 0 || ids.some((id) => id !== b.corpId)) return `corp id of ${s} is not ${b.corpId}`;
  }
  if (b.trustedDomain !== undefined) {
    if (!allowed.includes(b.trustedDomain)) return `domain not allowed ${b.trustedDomain}`;
    if (b.homepage && new URL(b.homepage).hostname !== b.trustedDomain) return 'domain is not the homepage host';
  }
  for (const m of b.menus) if (!m.name.trim() || m.name.length > 200) return `bad menu name ${m.name}`;
  if (b.menus.length > 100) return 'too many menus';
  if (r.complete !== (b.homepage !== undefined && b.trustedDomain !== undefined)) return 'complete is wrong';
  return null;
}

function parseChecked(text: string, allowed = ALLOWED): ParseResult {
  let r: ParseResult;
  try {
    r = parseBundle(text, { allowedHosts: allowed });
  } catch (e) {
    throw new Error(`parseBundle threw on ${JSON.stringify(text)}: ${String(e)}`);
  }
  const v = violation(r, allowed);
  if (v) throw new Error(`${v}\ninput: ${JSON.stringify(text)}\nresult: ${JSON.stringify(r)}`);
  return r;
}

// ---------- valid bundles and their text ----------

const hex = fc.constantFrom(...'0123456789abcdef');
const corpArb = fc.oneof(
  { weight: 4, arbitrary: fc.array(hex, { minLength: 16, maxLength: 16 }).map((a) => 'ww' + a.join('')) },
  { weight: 1, arbitrary: fc.stringMatching(/^w[a-z0-9]{5,20}$/) },
);
const hostArb = fc.constantFrom(...ALLOWED);
const pathArb = fc.constantFrom('/v2/wx_crm_lite_v2/auth/app', '/v2/wx_crm_lite_v2/auth/sidebar', '/', '/a-b/c_d.html');
const tailArb = fc.constantFrom('', '&redirect=wxwork', '&x=1&y=abc');
const nameArb = fc.oneof(
  fc.constantFrom('批量加减', '企信客户', '客户 列表', 'CRM 入口', '营销Marketing', '商机', 'A1'),
  fc.array(fc.constantFrom(...'客户管理营销工具商机线索报表设置'), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
);

interface Model { bundle: Bundle; lines: { name: string; value: string; isUrl: boolean }[] }
const modelArb: fc.Arbitrary<Model> = fc
  .record({
    corp: corpArb,
    host: hostArb,
    hasHome: fc.boolean(),
    hasDomain: fc.boolean(),
    homePath: pathArb,
    homeTail: tailArb,
    menus: fc.uniqueArray(fc.record({ name: nameArb, path: pathArb, tail: tailArb }), { minLength: 0, maxLength: 4, selector: (m) => m.name }),
    domainFirst: fc.boolean(),
  })
  .filter((m) => m.hasHome || m.menus.length > 0)
  .map((m) => {
    const url = (path: string, tail: string) => `https://${m.host}${path}?qxCorpid=${m.corp}${tail}`;
    const bundle: Bundle = {
      corpId: m.corp,
      ...(m.hasHome ? { homepage: url(m.homePath, m.homeTail) } : {}),
      ...(m.hasDomain ? { trustedDomain: m.host } : {}),
      menus: m.menus.map((x) => ({ name: x.name, url: url(x.path, x.tail) })),
    };
    const head: Model['lines'] = [];
    if (bundle.homepage) head.push({ name: '应用主页', value: bundle.homepage, isUrl: true });
    if (bundle.trustedDomain) head.push({ name: '可信域名', value: bundle.trustedDomain, isUrl: false });
    if (m.domainFirst) head.reverse();
    return { bundle, lines: [...head, ...bundle.menus.map((x) => ({ name: x.name, value: x.url, isUrl: true }))] };
  });

const FORMAT = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u00AD'];
const fullWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);

/** Renders a model as a chat paste with noise that must not change the meaning. */
const noisyTextArb = (model: Model) =>
  fc
    .record({
      seps: fc.array(fc.constantFrom(': ', ':', '：', '：\u00A0', '\t', ' : ', ':\t'), { minLength: model.lines.length, maxLength: model.lines.length }),
      numbering: fc.constantFrom('none', '1、', '1. ', '(1) ', '（1）', '- '),
      ends: fc.array(fc.constantFrom('', ' ', '。', '.', '，', '\u00A0', '\u3000', ' 。'), { minLength: model.lines.length, maxLength: model.lines.length }),
      header: fc.constantFrom('', '张三-EC 2021/10/21 17:16\n', '李四 10:23\n将以下链接发送给EC的实施人员:\n', '将以下链接发送给EC的实施人员：\n\n'),
      splits: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: model.lines.length, maxLength: model.lines.length }),
      blankLines: fc.array(fc.boolean(), { minLength: model.lines.length, maxLength: model.lines.length }),
      twice: fc.boolean(),
      crlf: fc.constantFrom('\n', '\r\n', '\r'),
      formats: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORMAT)), { maxLength: 6 }),
      widen: fc.array(fc.nat(), { maxLength: 12 }),
      trailer: fc.constantFrom('', '\n\n王五 17:20\n好的，收到 👍'),
    })
    .map((o) => {
      const one = model.lines
        .map((l, i) => {
          const num = o.numbering === 'none' ? '' : o.numbering.replace('1', String(i + 1));
          let value = l.value;
          const at = o.splits[i];
          if (l.isUrl && at !== undefined) {
            const k = 1 + (at % (value.length - 1)); // break strictly inside the URL
            value = `${value.slice(0, k)}\n${value.slice(k)}`;
          }
          return `${num}${l.name}${o.seps[i]}${value}${o.ends[i]}${o.blankLines[i] ? '\n' : ''}`;
        })
        .join('\n');
      let text = o.header + one + (o.twice ? `\n\n张三 17:18\n${one}` : '') + o.trailer;
      // Full-width copies of random printable ASCII characters (NFKC maps them back).
      const chars = [...text];
      for (const w of o.widen) {
        const i = w % chars.length;
        if (/[!-~]/.test(chars[i])) chars[i] = fullWidth(chars[i]);
      }
      text = chars.join('');
      for (const [pos, ch] of o.formats) {
        const i = pos % (text.length + 1);
        text = text.slice(0, i) + ch + text.slice(i);
      }
      return text.replace(/\n/g, o.crlf);
    });

describe('property: noise does not change the bundle', () => {
  it('noisy renderings of valid bundles parse to exactly the bundle (4,000 pastes)', () => {
    fc.assert(
      fc.property(modelArb.chain((m) => fc.tuple(fc.constant(m), noisyTextArb(m))), ([model, text]) => {
        const r = parseChecked(text);
        if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.errors)}\ninput: ${JSON.stringify(text)}`);
        expect(r.bundle).toEqual(model.bundle);
        expect(r.missing).toEqual([...(model.bundle.homepage ? [] : ['应用主页']), ...(model.bundle.trustedDomain ? [] : ['可信域名'])]);
      }),
      { numRuns: 4000 },
    );
  }, T);
});

// ---------- destructive mutations ----------

const NASTY = [
  '@', ':', '/', '.', '#', '?', '&', '=', '%', '\\', '\n', '\r\n', ' ', '\t', 'w', 'W', '。', '（', '）', '(', ')', '：',
  'javascript:', 'http://', 'https://', 'evil.com', '@evil.com', '.example.net', 'ww01707cf2a8b83ec5', 'qxCorpid=',
  '&qxCorpid=ww123456', '?qxCorpid=', ':8443', ':443', 'xn--', 'user:pw@', '应用主页:', '可信域名：', '批量加减: ', '\u200B',
  '\u00A0', '\uFEFF', '\uD800', '\u0000', 'ｈｔｔｐｓ', '%40', '%2F', '<', '>', '"', '\u2028', '1、', 'html.workec.com',
];

type Mutation =
  | { k: 'insert'; at: number; s: string }
  | { k: 'delete'; at: number; n: number }
  | { k: 'dup'; at: number; n: number }
  | { k: 'case'; at: number; n: number; up: boolean }
  | { k: 'dupLine'; at: number }
  | { k: 'dropLine'; at: number }
  | { k: 'swapLines'; a: number; b: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('dup' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('case' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }), up: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('dupLine' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('dropLine' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }) },
);

function mutate(text: string, ms: Mutation[]): string {
  let s = text;
  for (const m of ms) {
    const at = 'at' in m ? m.at % (s.length + 1) : 0;
    switch (m.k) {
      case 'insert': s = s.slice(0, at) + m.s + s.slice(at); break;
      case 'delete': s = s.slice(0, at) + s.slice(at + m.n); break;
      case 'dup': s = s.slice(0, at + m.n) + s.slice(at, at + m.n) + s.slice(at + m.n); break;
      case 'case': {
        const part = s.slice(at, at + m.n);
        s = s.slice(0, at) + (m.up ? part.toUpperCase() : part.toLowerCase()) + s.slice(at + m.n);
        break;
      }
      default: {
        const lines = s.split('\n');
        if (m.k === 'dupLine') { const i = m.at % lines.length; lines.splice(i, 0, lines[i]); }
        if (m.k === 'dropLine') lines.splice(m.at % lines.length, 1);
        if (m.k === 'swapLines') { const a = m.a % lines.length, b = m.b % lines.length; [lines[a], lines[b]] = [lines[b], lines[a]]; }
        s = lines.join('\n');
      }
    }
  }
  return s;
}

describe('property: mutated pastes never yield an unsafe bundle', () => {
  it('destructive mutations of noisy valid bundles (6,000 pastes)', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        modelArb.chain((m) => noisyTextArb(m)),
        fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
        (text, ms) => {
          const r = parseChecked(mutate(text, ms));
          if (r.ok) accepted++;
          else refused++;
        },
      ),
      { numRuns: 6000 },
    );
    // The generator must exercise both outcomes, or the property says little.
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  }, T);
});

// ---------- token soup and random unicode ----------

const TOKENS = [
  '应用主页', '可信域名', '批量加减', '企信客户', ':', '：', '\t', ' ', '\n', '\n', '\r\n', 'https://', 'http://', 'HTTPS://',
  'html.workec.com', 'h5.workec.cn', 'evil.net', 'html.workec.com.evil.net', '/v2/app', '/', '?', '?qxCorpid=', '&qxCorpid=',
  'qxCorpid=', 'ww739fc538a1b2c3d4', 'ww01707cf2a8b83ec5', 'WW739FC538A1B2C3D4', '&redirect=wxwork', '&', '@', '。', '.', ',',
  '(自动获取授权企业的企信ID)', '1、', '(1)', '\u200B', '\u00A0', ':8443', ':443', 'javascript:', '//', '%20', '#', 'xn--80ak6aa92e.com',
];

describe('property: arbitrary text never throws and never yields an unsafe bundle', () => {
  it('token soup (1,000 pastes)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (tokens) => {
        parseChecked(tokens.join(''));
      }),
      { numRuns: 1000 },
    );
  }, T);
  it('line-shaped token soup: name, separator, URL pieces (2,000 pastes)', () => {
    const piece = (xs: string[]) => fc.constantFrom(...xs);
    const lineArb = fc
      .tuple(
        piece(['', '', '', '1、', '(2) ', '- ', '张三 10:23 ']),
        piece(['应用主页', '可信域名', '批量加减', '企信客户', '客户 列表', 'CRM', '']),
        piece([': ', '：', '\t', ':', ' ', '']),
        piece(['https://', 'https://', 'https://', 'https://', 'HTTPS://', 'http://', '', 'javascript:', 'https://user@', 'https:/']),
        piece(['html.workec.com', 'html.workec.com', 'html.workec.com', 'html.workec.com', 'h5.workec.cn', 'HTML.WORKEC.COM', 'html.workec.com.evil.net', 'evil.net', 'html.workec.com@evil.net', 'html.workec.com:8443', 'html.workec.com:443']),
        piece(['/v2/app', '/', '', '/a/b']),
        piece(['?qxCorpid=', '?qxCorpid=', '?qxCorpid=', '?QXCORPID=', '?x=1&qxCorpid=', '?']),
        piece(['ww739fc538a1b2c3d4', 'ww739fc538a1b2c3d4', 'ww739fc538a1b2c3d4', 'ww739fc538a1b2c3d4', 'ww01707cf2a8b83ec5', '(自动获取授权企业的企信ID)', '', 'ww12', 'ww739fc538a1b2c3d4&qxCorpid=ww01707cf2a8b83ec5']),
        piece(['', '', '&redirect=wxwork', '。', ' 谢谢', '#top', '\n', '\nww', '\u200B']),
      )
      .map((parts) => parts.join(''));
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, nl) => {
        if (parseChecked(lines.join(nl)).ok) accepted++;
        else refused++;
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  }, T);
  it('random unicode, including lone surrogates and controls (1,000 pastes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(parseChecked(text).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, T);
  it('random unicode around a valid bundle (500 pastes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), modelArb, fc.string({ unit: 'grapheme', maxLength: 80 }), (before, model, after) => {
        const text = `${before}\n\n${model.lines.map((l) => `${l.name}: ${l.value}`).join('\n')}\n\n${after}`;
        parseChecked(text);
      }),
      { numRuns: 500 },
    );
  }, T);
});
