import { describe, expect, it } from 'vitest';
import { companyKey, headerVerdict, sameCompany, senderCompany } from '@/utils/journey/customer';

describe('senderCompany: the company a chat header names', () => {
  it.each([
    ['桃花岛-黄药师 2021/10/21 17:16\n将以下链接发送给EC的实施人员:', '桃花岛'],
    ['光明顶科技有限公司-张无忌 2024-05-08 09:01', '光明顶科技有限公司'],
    ['黄药师@桃花岛 17:16\n应用主页: https://x', '桃花岛'],
    ['\u200b归云庄－陆乘风  昨天 08:30', '归云庄'],
    ['侠客岛-石破天 10月21日 下午 5:16', '侠客岛'],
    ['A-B 科技-李四 2021/1/2 3:04:05', 'A-B 科技'],
  ])('%j → %s', (text, want) => {
    expect(senderCompany(text)).toBe(want);
  });

  it.each([
    ['将以下链接发送给EC的实施人员:\n应用主页: https://html.workec.com/a?qxCorpid=ww1'],
    ['应用主页: https://html.workec.com/a 17:16'],
    ['黄药师 17:16'],
    [''],
  ])('no header in %j', (text) => {
    expect(senderCompany(text)).toBeNull();
  });
});

describe('sameCompany: loose name matching', () => {
  it('ignores width, spaces and legal suffixes', () => {
    expect(sameCompany('光明顶 科技', '光明顶科技有限公司')).toBe(true);
    expect(sameCompany('ＡＢＣ科技', 'abc 科技 股份有限公司')).toBe(true);
    expect(sameCompany('桃花岛（深圳）有限公司', '桃花岛')).toBe(true);
  });
  it('tells different companies apart', () => {
    expect(sameCompany('桃花岛', '光明顶科技')).toBe(false);
    expect(sameCompany('桃花岛', '桃花岛二号')).toBe(false);
    expect(sameCompany('', '')).toBe(false);
    expect(companyKey('有限公司')).toBe('');
  });
});

describe('headerVerdict', () => {
  const paste = '桃花岛-黄药师 2021/10/21 17:16\n应用主页: https://html.workec.com/x?qxCorpid=ww5e0a9d2c4b7f8e13';
  it('refuses a paste whose header names another company than the page', () => {
    expect(headerVerdict(paste, '光明顶科技')).toEqual({ ok: false, reason: 'header-other-company', company: '桃花岛' });
  });
  it('accepts the same company, no header, or an unknown page customer', () => {
    expect(headerVerdict(paste, '桃花岛有限公司').ok).toBe(true);
    expect(headerVerdict('应用主页: https://html.workec.com/x', '光明顶').ok).toBe(true);
    expect(headerVerdict(paste, null).ok).toBe(true);
  });
});
