// Hand-written pastes beyond the shared samples: chat noise the parser must see through, and
// tricks and mistakes it must refuse with a clear Chinese message.
import { describe, it, expect } from 'vitest';
import { parseBundle, summariseBundle, missingText, makeBundleSchema, type ParseResult } from '@/utils/bundle';

const CORP = 'ww739fc538a1b2c3d4';
const OTHER = 'ww01707cf2a8b83ec5';
const BASE = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app';
const HOME = `${BASE}?qxCorpid=${CORP}`;
const QX = `${BASE}?qxCorpid=${CORP}&redirect=wxwork`;
const MENUS = [
  { name: '批量加减', url: HOME },
  { name: '企信客户', url: QX },
];
const PLAIN = [`应用主页: ${HOME}`, '可信域名: html.workec.com', `批量加减: ${HOME}`, `企信客户: ${QX}`].join('\n');

function ok(r: ParseResult) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r;
}
function expectPlain(text: string) {
  const r = ok(parseBundle(text));
  expect(r.bundle).toEqual({ corpId: CORP, homepage: HOME, trustedDomain: 'html.workec.com', menus: MENUS });
  expect(r.complete).toBe(true);
  expect(r.missing).toEqual([]);
  return r;
}
function codes(r: ParseResult): string[] {
  if (r.ok) throw new Error(`expected errors, got ${JSON.stringify(r.bundle)}`);
  for (const e of r.errors) {
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message).not.toMatch(/^bundle_|\$\d/);
  }
  return r.errors.map((e) => e.code);
}
function errorsOf(r: ParseResult) {
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('chat noise is removed', () => {
  it('plain bundle', () => {
    const r = expectPlain(PLAIN);
    expect(r.warnings).toEqual([]);
  });
  it('numbering 1、 1. (1) （1） ① 一、 and bullets', () => {
    expectPlain(PLAIN.split('\n').map((l, i) => `${i + 1}、${l}`).join('\n'));
    expectPlain(PLAIN.split('\n').map((l, i) => `${i + 1}. ${l}`).join('\n'));
    expectPlain(PLAIN.split('\n').map((l, i) => `(${i + 1}) ${l}`).join('\n'));
    expectPlain(PLAIN.split('\n').map((l, i) => `（${i + 1}）${l}`).join('\n'));
    expectPlain(PLAIN.split('\n').map((l, i) => `${'①②③④'[i]} ${l}`).join('\n'));
    expectPlain(PLAIN.split('\n').map((l, i) => `${'一二三四'[i]}、${l}`).join('\n'));
    expectPlain(PLAIN.split('\n').map((l) => `- ${l}`).join('\n'));
    expectPlain(PLAIN.split('\n').map((l) => `• ${l}`).join('\n'));
    expectPlain(PLAIN.split('\n').map((l, i) => `１．${l}`.replace('１', String.fromCharCode(0xff11 + i))).join('\n'));
  });
  it('tabs instead of colons, and tab after colon', () => {
    expectPlain(PLAIN.replace(/: /g, '\t'));
    expectPlain(PLAIN.replace(/: /g, '\t\t'));
    expectPlain(PLAIN.replace(/: /g, ':\t'));
  });
  it('full-width colons, letters, digits and punctuation (NFKC)', () => {
    expectPlain(PLAIN.replace(/: /g, '：'));
    const fw = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expectPlain(PLAIN.split('\n').map((l) => { const i = l.indexOf(': '); return l.slice(0, i) + '：' + fw(l.slice(i + 2)); }).join('\n'));
  });
  it('NBSP, ideographic space, zero-width space/joiner/non-joiner, word joiner and BOM', () => {
    expectPlain('\uFEFF' + PLAIN.replace(/: /g, ':\u00A0').replace(/\n/g, '\u3000\n'));
    expectPlain(PLAIN.replace(/workec/g, 'work\u200Bec').replace(/qxCorpid/g, 'qx\u200DCorp\u200Cid').replace(/ww/g, 'w\u2060w'));
    expectPlain(PLAIN.replace(/\n/g, '\u200B\n\u200B'));
    expectPlain(PLAIN.replace(/可信/, '可\u200B信'));
  });
  it('trailing 。 . ， , and ; after values', () => {
    expectPlain(PLAIN.replace(/\n/g, '。\n') + '。');
    expectPlain(PLAIN.replace(/\n/g, '.\n') + '.');
    expectPlain(PLAIN.replace(/\n/g, '，\n') + '，');
    expectPlain(PLAIN.replace(/\n/g, ';\n'));
  });
  it('values wrapped in <> or quotes', () => {
    expectPlain(PLAIN.split('\n').map((l) => l.replace(': ', ': <') + '>').join('\n'));
    expectPlain(PLAIN.split('\n').map((l) => l.replace(': ', ': “') + '”').join('\n'));
  });
  it('Windows CRLF, old Mac CR, unicode line/paragraph separators', () => {
    expectPlain(PLAIN.replace(/\n/g, '\r\n') + '\r\n');
    expectPlain(PLAIN.replace(/\n/g, '\r'));
    expectPlain(PLAIN.replace(/\n/g, '\u2028'));
    expectPlain(PLAIN.replace(/\n/g, '\r\n\r\n'));
  });
  it('chat header, intro sentence and random chat lines around the bundle', () => {
    const r = expectPlain(
      [
        '张三-EC客户管理员 2021/10/21 17:16',
        '将以下链接发送给EC的实施人员:',
        PLAIN,
        '',
        '李四 17:20',
        '好的，收到！我这边马上配置一下 👍',
        '时间: 明天 10:00',
        '备注：周五前上线',
      ].join('\n'),
    );
    expect(r.warnings).toEqual([]);
  });
  it('intro sentence on the same line as the first label', () => {
    expectPlain('将以下链接发送给EC的实施人员:' + PLAIN);
    expectPlain('将以下链接发送给EC的实施人员: ' + PLAIN);
  });
  it('all lines run together on one line, separated by spaces', () => {
    expectPlain(`应用主页: ${HOME} 可信域名: html.workec.com\n批量加减: ${HOME}\n企信客户: ${QX}`);
    expectPlain(PLAIN.replace(/\n/g, ' '));
    expectPlain(PLAIN.replace(/\n/g, '  '));
    expectPlain('张三 10:23 ' + PLAIN.replace(/\n/g, ' '));
    // a menu name with a space is kept whole
    const r = ok(parseBundle(`可信域名: html.workec.com 客户 列表: ${HOME} 企信客户: ${QX}`));
    expect(r.bundle.menus.map((m) => m.name)).toEqual(['客户 列表', '企信客户']);
  });
  it('the whole bundle pasted twice with chat headers between', () => {
    const r = expectPlain(['王五 2021/10/21 17:16', PLAIN, '', '王五 2021/10/21 17:18', '将以下链接发送给EC的实施人员：', PLAIN].join('\n'));
    expect(r.warnings.map((w) => w.code)).toEqual(['duplicates']);
  });
  it('pasted twice where one copy has noise (canonically equal values count once)', () => {
    const noisy = PLAIN.replace('html.workec.com/v2', 'HTML.WorkEC.com/v2').replace(/: /g, '：') + '。';
    expectPlain(PLAIN + '\n' + noisy);
  });
  it('label and value on separate lines', () => {
    expectPlain(PLAIN.replace('应用主页: ', '应用主页:\n').replace('批量加减: ', '批量加减：\n'));
  });
  it('label followed by spaces only (no colon)', () => {
    expectPlain(PLAIN.replace('应用主页: ', '应用主页  ').replace('可信域名: ', '可信域名 '));
  });
  it('a quoted reply marker or bracketed label', () => {
    expectPlain(PLAIN.split('\n').map((l) => `> ${l}`).join('\n'));
    expectPlain(PLAIN.replace('应用主页', '【应用主页】').replace('可信域名', '[可信域名]'));
  });
});

describe('URLs broken across lines are joined', () => {
  const points = [
    'https://'.length - 3, // htt|ps://
    'https:'.length, // https:|//
    'https://'.length, // https://|html
    'https://html.wor'.length, // inside the host
    'https://html.workec.com'.length, // before the path
    'https://html.workec.com/v2/wx_crm_'.length, // inside the path
    `${BASE}`.length, // before ?
    `${BASE}?`.length, // after ?
    `${BASE}?qxCor`.length, // inside the parameter name
    `${BASE}?qxCorpid=`.length, // after = (the shared sample)
    `${BASE}?qxCorpid=ww739f`.length, // inside the corp id
    `${BASE}?qxCorpid=${CORP}`.length, // before &redirect (menu 2)
    `${BASE}?qxCorpid=${CORP}&redirect=wx`.length, // inside the last value
  ];
  for (const at of points) {
    it(`split at ${at} (homepage and 企信客户)`, () => {
      const splitHome = HOME.length > at ? `${HOME.slice(0, at)}\n${HOME.slice(at)}` : HOME;
      const splitQx = `${QX.slice(0, at)}\n${QX.slice(at)}`;
      const text = PLAIN.replace(`应用主页: ${HOME}`, `应用主页: ${splitHome}`).replace(`企信客户: ${QX}`, `企信客户: ${splitQx}`);
      const r = expectPlain(text);
      expect(r.warnings.some((w) => w.code === 'url-joined')).toBe(true);
    });
  }
  it('split with trailing spaces, CRLF and a zero-width space at the break', () => {
    const at = `${BASE}?qxCorpid=`.length;
    expectPlain(PLAIN.replace(`应用主页: ${HOME}`, `应用主页: ${HOME.slice(0, at)} \u200B\r\n  ${HOME.slice(at)}`));
  });
  it('spaces inside a link are removed with a warning', () => {
    const r = expectPlain(PLAIN.replace(`应用主页: ${HOME}`, `应用主页: ${HOME.slice(0, 30)} ${HOME.slice(30)}`));
    expect(r.warnings.map((w) => w.code)).toContain('url-spaces');
  });
  it('a blank line ends a link: the next line is not glued on', () => {
    const r = expectPlain(PLAIN + '\n\nok');
    expect(r.warnings).toEqual([]);
  });
  it('a timestamp line right after a link is not glued on', () => {
    expectPlain(PLAIN + '\n17:16\n2021-10-21');
  });
  it('a bare URL line without a name is ignored, not glued on', () => {
    expectPlain(PLAIN + `\n${HOME}`);
  });
  it('an ASCII-named line after a link is a new menu, not a continuation', () => {
    const r = ok(parseBundle(PLAIN + `\nCRM:${HOME}`));
    expect(r.bundle.menus.map((m) => m.name)).toEqual(['批量加减', '企信客户', 'CRM']);
  });
});

describe('canonical values', () => {
  it('upper-case host and scheme are canonicalised; path/query case is kept', () => {
    const r = ok(parseBundle(PLAIN.replace(`应用主页: ${HOME}`, `应用主页: HTTPS://HTML.WORKEC.COM/v2/wx_crm_lite_v2/auth/app?qxCorpid=${CORP}`)));
    expect(r.bundle.homepage).toBe(HOME);
  });
  it('explicit default port 443 is dropped', () => {
    const r = ok(parseBundle(PLAIN.replace(`应用主页: ${HOME}`, `应用主页: ${HOME.replace('.com/', '.com:443/')}`)));
    expect(r.bundle.homepage).toBe(HOME);
  });
  it('可信域名 with trailing slash, spaces or upper case is a bare lower-case host', () => {
    for (const v of ['html.workec.com/', ' html.workec.com / ', 'HTML.WORKEC.COM', 'html.workec.com。', 'ｈｔｍｌ．ｗｏｒｋｅｃ．ｃｏｍ']) {
      const r = ok(parseBundle(PLAIN.replace('可信域名: html.workec.com', `可信域名: ${v}`)));
      expect(r.bundle.trustedDomain).toBe('html.workec.com');
    }
  });
  it('可信域名 pasted as a link keeps only the host, with a warning', () => {
    const r = ok(parseBundle(PLAIN.replace('可信域名: html.workec.com', '可信域名: https://html.workec.com/')));
    expect(r.bundle.trustedDomain).toBe('html.workec.com');
    expect(r.warnings.map((w) => w.code)).toContain('domain-from-url');
  });
  it('menu names keep inner spaces (collapsed) and order of appearance', () => {
    const r = ok(parseBundle(`企信  客户: ${QX}\n批量 加减：${HOME}\n应用主页: ${HOME}`));
    expect(r.bundle.menus).toEqual([
      { name: '企信 客户', url: QX },
      { name: '批量 加减', url: HOME },
    ]);
  });
  it('upper-case corp id is accepted as written and must match everywhere', () => {
    const up = CORP.toUpperCase();
    const r = ok(parseBundle(PLAIN.replaceAll(CORP, up)));
    expect(r.bundle.corpId).toBe(up);
    expect(codes(parseBundle(PLAIN.replace(CORP, up)))).toContain('corp-mixed');
  });
  it('other allowed hosts from the settings', () => {
    const text = PLAIN.replaceAll('html.workec.com', 'h5.workec.cn');
    expect(codes(parseBundle(text))).toContain('host-not-allowed');
    const r = ok(parseBundle(text, { allowedHosts: ['HTML.workec.com', ' h5.workec.cn '] }));
    expect(r.bundle.trustedDomain).toBe('h5.workec.cn');
    expect(r.bundle.homepage).toBe(HOME.replace('html.workec.com', 'h5.workec.cn'));
  });
  it('an empty or invalid allowed-host list falls back to the default', () => {
    expectPlain(PLAIN);
    ok(parseBundle(PLAIN, { allowedHosts: [] }));
    ok(parseBundle(PLAIN, { allowedHosts: ['https://evil.example/'] }));
  });
});

describe('incomplete but valid', () => {
  it('menus only: missing both', () => {
    const r = ok(parseBundle(`批量加减: ${HOME}\n企信客户: ${QX}`));
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['应用主页', '可信域名']);
    expect(missingText(r.missing)).toContain('应用主页、可信域名');
  });
  it('homepage without 可信域名', () => {
    const r = ok(parseBundle(`应用主页: ${HOME}`));
    expect(r.bundle).toEqual({ corpId: CORP, homepage: HOME, menus: [] });
    expect(r.missing).toEqual(['可信域名']);
  });
  it('可信域名 and menus without homepage', () => {
    const r = ok(parseBundle(`可信域名: html.workec.com\n批量加减: ${HOME}`));
    expect(r.missing).toEqual(['应用主页']);
    expect(r.bundle.trustedDomain).toBe('html.workec.com');
  });
  it('summary names everything', () => {
    const s = summariseBundle(expectPlain(PLAIN).bundle);
    expect(s).toContain(CORP);
    expect(s).toContain('批量加减、企信客户');
    expect(s).toContain('html.workec.com');
  });
});

describe('refused with a clear error', () => {
  it('empty, whitespace-only and zero-width-only pastes', () => {
    for (const s of ['', '   ', '\n\r\n\t', '\u200B\uFEFF\u00A0\u3000']) expect(codes(parseBundle(s))).toEqual(['empty']);
  });
  it('chat text without bundle lines', () => {
    expect(codes(parseBundle('张三 10:23\n好的，马上发你\n时间: 17:16'))).toEqual(['no-lines']);
    expect(codes(parseBundle('将以下链接发送给EC的实施人员:'))).toEqual(['no-lines']);
  });
  it('可信域名 alone is not a bundle', () => {
    expect(codes(parseBundle('可信域名: html.workec.com'))).toEqual(['no-lines']);
  });
  it('http links', () => {
    const r = parseBundle(PLAIN.replace(`应用主页: ${HOME}`, `应用主页: ${HOME.replace('https:', 'http:')}`));
    expect(codes(r)).toEqual(['not-https']);
    const e = errorsOf(r)[0];
    expect(e.line).toBe(1);
    expect(e.message).toContain('应用主页');
    expect(e.message).toContain('第 1 行');
    expect(e.message).toContain('生成配置');
  });
  it('links without a scheme', () => {
    expect(codes(parseBundle(PLAIN.replace(`批量加减: ${HOME}`, `批量加减: ${HOME.replace('https://', '')}`)))).toEqual(['not-https']);
  });
  it('javascript: and data: links', () => {
    const r = parseBundle(PLAIN.replace(`企信客户: ${QX}`, `企信客户: javascript:alert(1)//?qxCorpid=${CORP}`));
    expect(codes(r)).toEqual(['not-https']);
    expect(errorsOf(r)[0].message).toContain('脚本');
    expect(codes(parseBundle(`应用主页: data:text/html,<b>qxCorpid=${CORP}</b>`))).toEqual(['not-https']);
  });
  it('look-alike hosts', () => {
    for (const host of ['html.workec.com.example.net', 'html.workec.cn.example.net', 'html-workec.com', 'html.workec.co', 'xhtml.workec.com', 'html.workec.com.']) {
      const r = parseBundle(PLAIN.replace(`批量加减: ${HOME}`, `批量加减: ${HOME.replace('html.workec.com', host)}`));
      expect(codes(r)).toEqual(['host-not-allowed']);
      expect(errorsOf(r)[0].line).toBe(3);
    }
  });
  it('IDN look-alike host (Cyrillic о) is named as typed', () => {
    const r = parseBundle(PLAIN.replace(`批量加减: ${HOME}`, `批量加减: ${HOME.replace('workec', 'wоrkec')}`));
    expect(codes(r)).toEqual(['host-not-allowed']);
    expect(errorsOf(r)[0].message).toContain('html.wоrkec.com');
  });
  it('userinfo tricks', () => {
    const trick = parseBundle(PLAIN.replace(`应用主页: ${HOME}`, `应用主页: https://html.workec.com@other.host/v2/wx_crm_lite_v2/auth/app?qxCorpid=${CORP}`));
    expect(codes(trick)).toContain('host-not-allowed');
    expect(errorsOf(trick)[0].message).toContain('other.host');
    expect(codes(parseBundle(PLAIN.replace(`批量加减: ${HOME}`, `批量加减: ${HOME.replace('https://', 'https://user:pw@')}`)))).toEqual(['bad-url']);
  });
  it('non-default port', () => {
    const r = parseBundle(PLAIN.replace(`批量加减: ${HOME}`, `批量加减: ${HOME.replace('.com/', '.com:8443/')}`));
    expect(codes(r)).toEqual(['host-not-allowed']);
    expect(errorsOf(r)[0].message).toContain('8443');
  });
  it('chat text glued to a link', () => {
    expect(codes(parseBundle(PLAIN.replace(QX, `${QX}谢谢`)))).toEqual(['bad-url']);
    expect(codes(parseBundle(PLAIN.replace(QX, `${QX} 谢谢`)))).toEqual(['bad-url']);
  });
  it('placeholder corp id (half- and full-width parentheses, percent-encoded)', () => {
    expect(codes(parseBundle(PLAIN.replaceAll(CORP, '(自动获取授权企业的企信ID)')))).toEqual(['corp-placeholder', 'corp-placeholder', 'corp-placeholder']);
    expect(codes(parseBundle(PLAIN.replaceAll(CORP, '（自动获取授权企业的企信ID）')))).toContain('corp-placeholder');
    expect(codes(parseBundle(`应用主页: ${BASE}?qxCorpid=${encodeURIComponent('(自动获取授权企业的企信ID)')}`))).toEqual(['corp-placeholder']);
    expect(codes(parseBundle(`应用主页: ${BASE}?qxCorpid=<corp id>`))).toEqual(['corp-placeholder']);
  });
  it('empty qxCorpid', () => {
    expect(codes(parseBundle(PLAIN.replaceAll(`qxCorpid=${CORP}`, 'qxCorpid=')))).toEqual(['corp-missing', 'corp-missing', 'corp-missing']);
    expect(errorsOf(parseBundle(`应用主页: ${BASE}?qxCorpid=`))[0].message).toContain('空');
  });
  it('missing qxCorpid (absent or wrong parameter case)', () => {
    expect(codes(parseBundle(`应用主页: ${BASE}?redirect=wxwork`))).toEqual(['corp-missing']);
    expect(codes(parseBundle(`应用主页: ${BASE}`))).toEqual(['corp-missing']);
    expect(codes(parseBundle(`应用主页: ${BASE}?QXCORPID=${CORP}`))).toEqual(['corp-missing']);
  });
  it('malformed corp id', () => {
    for (const bad of ['ww739fc538a1!b2c3d4', 'xx739fc538a1b2c3d4', 'ww12', `w${'a'.repeat(41)}`, 'ww739fc5_38a1']) {
      expect(codes(parseBundle(`应用主页: ${BASE}?qxCorpid=${bad}`))).toEqual(['corp-malformed']);
    }
  });
  it('two corp ids across lines, and two in one URL', () => {
    const r = parseBundle(PLAIN.replace(`批量加减: ${HOME}`, `批量加减: ${HOME.replace(CORP, OTHER)}`));
    expect(codes(r)).toEqual(['corp-mixed']);
    expect(errorsOf(r)[0].message).toContain(CORP);
    expect(errorsOf(r)[0].message).toContain(OTHER);
    expect(codes(parseBundle(`应用主页: ${HOME}&qxCorpid=${OTHER}`))).toEqual(['corp-mixed']);
  });
  it('可信域名 differs from the homepage host', () => {
    expect(codes(parseBundle(PLAIN.replace('可信域名: html.workec.com', '可信域名: workec.com')))).toEqual(['domain-mismatch']);
    const r = parseBundle(PLAIN.replace('可信域名: html.workec.com', '可信域名: h5.workec.cn'), { allowedHosts: ['html.workec.com', 'h5.workec.cn'] });
    expect(codes(r)).toEqual(['domain-mismatch']);
    expect(errorsOf(r)[0].line).toBe(2);
  });
  it('可信域名 not allowed (no homepage to compare with)', () => {
    expect(codes(parseBundle(`可信域名: evil.example.net\n批量加减: ${HOME}`))).toEqual(['host-not-allowed']);
  });
  it('known label with a garbage value', () => {
    expect(codes(parseBundle(PLAIN.replace(`应用主页: ${HOME}`, '应用主页: 稍后发你')))).toEqual(['not-https']);
    expect(codes(parseBundle(PLAIN.replace('可信域名: html.workec.com', '可信域名: 还不知道')))).toEqual(['bad-domain']);
    expect(codes(parseBundle(PLAIN.replace('可信域名: html.workec.com', '可信域名: html.workec.com:443')))).toEqual(['bad-domain']);
    expect(codes(parseBundle(PLAIN.replace('可信域名: html.workec.com', '可信域名: html.workec.com/v2')))).toEqual(['bad-domain']);
  });
  it('known label with nothing after it', () => {
    expect(codes(parseBundle(PLAIN.replace(`应用主页: ${HOME}`, '应用主页:')))).toEqual(['bad-url']);
    expect(codes(parseBundle(PLAIN.replace('可信域名: html.workec.com', '可信域名：')))).toEqual(['bad-domain']);
  });
  it('conflicting duplicates: same name, two values', () => {
    const r = parseBundle(PLAIN + `\n批量加减: ${QX}`);
    expect(codes(r)).toEqual(['conflict']);
    expect(errorsOf(r)[0].message).toMatch(/第 3 行和第 5 行/);
    expect(codes(parseBundle(PLAIN + '\n可信域名: h5.workec.cn'))).toEqual(['conflict']);
    expect(codes(parseBundle(PLAIN + `\n应用主页: ${QX}`))).toEqual(['conflict']);
  });
  it('menus beyond the stored-bundle limit (100) are dropped with a warning, not refused', () => {
    const many = Array.from({ length: 101 }, (_, i) => `菜单${i}: ${HOME}`).join('\n');
    const r = parseBundle(many);
    expect(r.ok && r.warnings.map((w) => w.code)).toContain('too-many-menus');
    ok(parseBundle(Array.from({ length: 21 }, (_, i) => `菜单${i}: ${HOME}`).join('\n')));
  });
  it('a menu name longer than 200 characters', () => {
    expect(codes(parseBundle(`${'很'.repeat(201)}: ${HOME}`))).toEqual(['name-too-long']);
  });
  it('an over-long link', () => {
    expect(codes(parseBundle(`应用主页: ${HOME}&x=${'a'.repeat(3000)}`))).toEqual(['bad-url']);
  });
  it('several problems are all reported, in line order, capped', () => {
    const r = parseBundle(PLAIN.replaceAll('https:', 'http:'));
    expect(errorsOf(r).map((e) => e.line)).toEqual([1, 3, 4]);
    const lots = Array.from({ length: 40 }, (_, i) => `菜单${i}: http://html.workec.com/?qxCorpid=${CORP}`).join('\n');
    const errs = errorsOf(parseBundle(lots));
    expect(errs).toHaveLength(21);
    expect(errs[20].code).toBe('more');
  });
  it('any error refuses the whole bundle (never half a bundle)', () => {
    const r = parseBundle(PLAIN + `\n额外菜单: https://evil.example/?qxCorpid=${CORP}`);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['host-not-allowed']);
  });
});

describe('size limits', () => {
  it('a paste longer than 200,000 characters is refused at once', () => {
    expect(codes(parseBundle(PLAIN + '\n' + '聊天'.repeat(100_001)))).toEqual(['too-long']);
    expectPlain(PLAIN + '\n\n' + '聊天记录 '.repeat(20_000));
  });
});

describe('never throws', () => {
  it('odd inputs', () => {
    const odd = [undefined, null, 42, {}, '\uD800', '\uDFFF:https://', ':'.repeat(10000), 'a:\t'.repeat(5000), `应用主页: ${'h'.repeat(100000)}`, '\u0000\u0085\u2029', '应用主页:'.repeat(1000)];
    for (const x of odd) {
      const r = parseBundle(x as unknown as string);
      expect(typeof r.ok).toBe('boolean');
    }
  });
});

describe('more edge cases', () => {
  it('no separator between the name and https://', () => {
    expectPlain(PLAIN.replace('应用主页: ', '应用主页').replace('批量加减: ', '批量加减'));
  });
  it('a remark after a link is text in the link, not a placeholder', () => {
    const r = parseBundle(PLAIN.replace(`批量加减: ${HOME}`, `批量加减: ${HOME} （这个是批量）`));
    expect(codes(r)).toEqual(['bad-url']);
  });
  it('percent-encoded corp id is refused', () => {
    expect(codes(parseBundle(`应用主页: ${BASE}?qxCorpid=%77w739fc538a1b2c3d4`))).toEqual(['corp-malformed']);
  });
  it('placeholder without brackets, or as a template variable', () => {
    expect(codes(parseBundle(`应用主页: ${BASE}?qxCorpid=自动获取授权企业的企信ID`))).toEqual(['corp-placeholder']);
    expect(codes(parseBundle(`应用主页: ${BASE}?qxCorpid={corpId}`))).toEqual(['corp-placeholder']);
  });
});

describe('final zod schema (makeBundleSchema)', () => {
  const schema = makeBundleSchema(['html.workec.com']);
  const good = { corpId: CORP, homepage: HOME, trustedDomain: 'html.workec.com', menus: MENUS };
  it('accepts what the parser returns', () => {
    expect(schema.safeParse(good).success).toBe(true);
    expect(schema.safeParse(expectPlain(PLAIN).bundle).success).toBe(true);
  });
  it('rejects unsafe or inconsistent bundles', () => {
    const bad = [
      { ...good, homepage: HOME.replace('https:', 'http:') },
      { ...good, homepage: HOME.replace('html.workec.com', 'HTML.workec.com') }, // not canonical
      { ...good, homepage: HOME.replace('html.workec.com', 'evil.net') },
      { ...good, homepage: HOME.replace('https://', 'https://u@') },
      { ...good, homepage: HOME.replace(CORP, OTHER) },
      { ...good, menus: [{ name: '批量加减', url: BASE }] },
      { ...good, trustedDomain: 'workec.com' },
      { ...good, corpId: '(自动获取授权企业的企信ID)' },
      { corpId: CORP, menus: [] },
      { ...good, extra: 1 },
      { ...good, menus: Array.from({ length: 101 }, (_, i) => ({ name: `m${i}`, url: HOME })) },
    ];
    for (const b of bad) expect(schema.safeParse(b).success, JSON.stringify(b)).toBe(false);
  });
});

// Issue 15.12 (parser parts): more menus than the editor takes are one bundle, not a refusal; and
// every full-width dot in a host reads as '.'.
describe('issue 15.12: many menus, full-width dots in hosts', () => {
  const HOME15 = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4';
  it('21 menu lines: accepted, every menu kept in order', () => {
    const many = Array.from({ length: 21 }, (_, i) => `菜单${i + 1}: ${HOME15}&m=${i + 1}`).join('\n');
    const r = parseBundle(`应用主页: ${HOME15}\n可信域名: html.workec.com\n${many}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bundle.menus).toHaveLength(21);
    expect(r.bundle.menus.map((m) => m.name)).toEqual(Array.from({ length: 21 }, (_, i) => `菜单${i + 1}`));
    expect(r.warnings.map((w) => w.code)).not.toContain('too-many-menus');
  });
  it('beyond the cap of 100: the first 100 kept, the rest reported in a warning', () => {
    const many = Array.from({ length: 105 }, (_, i) => `菜单${i + 1}: ${HOME15}&m=${i + 1}`).join('\n');
    const r = parseBundle(many);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bundle.menus).toHaveLength(100);
    const w = r.warnings.find((x) => x.code === 'too-many-menus');
    expect(w?.message).toMatch(/105.*100/);
    expect(w?.line).toBe(101);
  });
  for (const dot of ['。', '｡', '．', '.']) {
    it(`host written with ${dot}: read as '.' in 应用主页, menus and 可信域名`, () => {
      const h = `html${dot}workec${dot}com`;
      const r = parseBundle(`应用主页: https://${h}/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4\n可信域名: ${h}\n批量加减: https://${h}/v2/x?qxCorpid=ww739fc538a1b2c3d4。`);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      expect(r.bundle.homepage).toBe(HOME15);
      expect(r.bundle.trustedDomain).toBe('html.workec.com');
      expect(r.bundle.menus[0].url).toBe('https://html.workec.com/v2/x?qxCorpid=ww739fc538a1b2c3d4');
    });
  }
  it('a 。 outside the host is still text in the link (refused), not a dot', () => {
    const r = parseBundle('应用主页: https://html.workec.com/v2/a。b?qxCorpid=ww739fc538a1b2c3d4');
    expect(r.ok).toBe(false);
  });
});
