// Acceptance-style: bundles the wizard must refuse (every invalid-* sample, read at test time, plus
// our own variants) and chat-mangled bundles it must accept, on the ALT replica. Hooks + page only.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, sampleNames, reportStatus, rowResults, createHash, CORP_A, HOME_A } from './panel-helpers';
import type { Page } from '@playwright/test';

test.use({ replicaPages: 'pages-alt' });

const formState = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).__replica.create.form)));
const replicaLog = (page: Page) => page.evaluate(() => (window as any).__replica.log as unknown[]);
const H = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=';
const C = CORP_A;

/** Our own refused variants (look-alike hosts, userinfo tricks, placeholder corp ids …). */
const BAD: Record<string, string> = {
  'look-alike suffix': `应用主页: https://html.workec.com.evil.cn/a?qxCorpid=${C}\n可信域名: html.workec.com.evil.cn`,
  'look-alike dash': `应用主页: https://html-workec.com/a?qxCorpid=${C}\n可信域名: html-workec.com`,
  'cyrillic o': `应用主页: https://html.w\u043Erkec.com/a?qxCorpid=${C}\n可信域名: html.workec.com`,
  'userinfo host trick': `应用主页: https://html.workec.com@evil.example/a?qxCorpid=${C}\n可信域名: html.workec.com`,
  'userinfo on the right host': `应用主页: https://admin:pw@html.workec.com/a?qxCorpid=${C}\n可信域名: html.workec.com`,
  'placeholder <corp id>': `应用主页: ${H}<corp id>\n可信域名: html.workec.com\n批量加减: ${H}<corp id>`,
  'empty corp id': `应用主页: ${H}\n可信域名: html.workec.com`,
  'port': `应用主页: https://html.workec.com:8443/a?qxCorpid=${C}\n可信域名: html.workec.com`,
  'two corp ids across lines': `应用主页: ${H}${C}\n可信域名: html.workec.com\n企信客户: ${H}ww01707cf2a8b83ec5`,
};

/** Chat-mangled but usable: must fill with the canonical values. */
const GOOD: Record<string, string> = {
  tabs: `应用主页\t${H}${C}\n可信域名\thtml.workec.com\n批量加减\t${H}${C}`,
  numbering: `1、应用主页：${H}${C}\n2、可信域名：html.workec.com\n3、批量加减：${H}${C}`,
  'nbsp zwsp': `\u200B应用主页:\u00A0${H}${C}\u200B\n可信域名:\u00A0html.workec.com\u00A0\n`,
  'url broken across lines': `应用主页: https://html.workec.com/v2/wx_crm_lite_v2/auth/\napp?qxCorpid=${C}\n可信域名: html.workec.com`,
  'fullwidth colons': `应用主页：${H}${C}\r\n可信域名：html.workec.com\r\n企信客户：${H}${C}&redirect=wxwork`,
  'pasted twice with chat headers': `桃花岛-黄药师 10:21\n将以下链接发送给EC的实施人员:\n应用主页: ${H}${C}\n可信域名: html.workec.com\n\n桃花岛-黄药师 10:22\n将以下链接发送给EC的实施人员:\n应用主页: ${H}${C}\n可信域名: html.workec.com`,
  'trailing 。': `应用主页: ${H}${C}。\n可信域名: html.workec.com。`,
};

let opened = 0;
async function openPage2(page: Page) {
  // a new app id each time: the same URL again would only be a same-document hash navigation
  await openRoute(page, createHash({ appid: `dkR${++opened}` }), ['page2']);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await expect.poll(async () => (await formState(page)).callback).not.toBe('');
  return p;
}

test('every invalid-* sample (tests/fixtures/bundles) and our variants are refused: ec-error role=alert, page untouched', async ({ page }) => {
  const p = await openPage2(page);
  const pristine = await formState(page);
  const cases: [string, string][] = [
    ...sampleNames().filter((n) => n.startsWith('invalid-')).map((n) => [n, sample(n)] as [string, string]),
    ...Object.entries(BAD),
  ];
  expect(cases.length).toBeGreaterThanOrEqual(16);
  for (const [name, text] of cases) {
    await p.input.fill(text);
    await p.fill.click();
    expect(await reportStatus(page), name).toBe('refused');
    await expect(p.error, name).toBeVisible();
    await expect(p.error, name).toHaveAttribute('role', 'alert');
    expect((await p.error.innerText()).trim().length, name).toBeGreaterThan(4);
    await expect(p.report.locator('[data-field]'), name).toHaveCount(0);
    expect(await formState(page), name).toEqual(pristine);
    expect(await replicaLog(page), name).toEqual([]);
    await expect(p.undo, name).toHaveCount(0);
  }
});

test('the incomplete sample is refused on the wizard and names what is missing', async ({ page }) => {
  const p = await openPage2(page);
  const pristine = await formState(page);
  await p.input.fill(sample('incomplete-no-homepage.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
  await expect(p.error).toContainText('应用主页');
  await expect(p.error).toContainText('可信域名');
  expect(await formState(page)).toEqual(pristine);
});

test('nothing usable: an empty box with no stored bundle is refused with a visible error (ec-fill always enabled)', async ({ page }) => {
  const p = await openPage2(page);
  await expect(p.fill).toBeEnabled();
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
  await expect(p.error).toHaveAttribute('role', 'alert');
  await p.input.fill('   \n  ');
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
});

test('chat-mangled bundles are accepted and written canonically', async ({ page }) => {
  for (const [name, text] of Object.entries(GOOD)) {
    const p = await openPage2(page);
    await p.input.fill(text);
    await p.fill.click();
    expect(await reportStatus(page), name).toBe('filled');
    expect(await rowResults(page), name).toMatchObject({ homepage: 'filled', trustedDomain: 'filled', enterHomepage: 'filled' });
    const s = await formState(page);
    const want = name === 'url broken across lines' ? `${H}${C}` : HOME_A;
    expect(s.homepage, name).toBe(want);
    expect(s.domain, name).toBe('html.workec.com');
  }
});
