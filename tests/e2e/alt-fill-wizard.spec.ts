// Acceptance-style checks on the ALT replica (tests/replica/pages-alt: Element-UI-like markup,
// table and <label for> layouts, icon-font help glyphs, el-checkbox, off-screen clone + hidden
// dialog decoys, mousedown 完成). Driven only through the data-testid hooks and visible page text.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, reportStatus, rowResults, bg, createHash, HOME_A, CALLBACK, CORP_A } from './panel-helpers';

test.use({ replicaPages: 'pages-alt' });

const savedCreate = (page: import('@playwright/test').Page) => page.evaluate(() => (window as any).__replica.saved.create ?? null);
const replicaLog = (page: import('@playwright/test').Page) => page.evaluate(() => (window as any).__replica.log as unknown[]);

/** The visible text field with this placeholder (what a user sees). */
const visibleField = (page: import('@playwright/test').Page, ph: string) => page.locator(`input[placeholder="${ph}"]:visible`).last();
const visibleText = (page: import('@playwright/test').Page, text: string) => page.locator(`button:visible, a:visible`).filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) });

for (const layout of ['el', 'table', 'labelfor'] as const) {
  test(`wizard fill on the ${layout} layout: filled, verified, survives blur and is what 完成 saves`, async ({ page }) => {
    const flags = ['page2', ...(layout === 'el' ? [] : [layout])];
    await openRoute(page, createHash(), flags);
    const p = panel(page);
    await expect(p.root).toBeVisible();
    await expect(p.input).toBeVisible();
    await expect(p.fill).toBeEnabled();
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'filled', callbackUrl: 'kept', token: 'kept', aesKey: 'kept' });
    await expect(p.error).toHaveCount(0);
    // the decoys (hidden dialog, off-screen clone) are untouched
    const rep = await page.evaluate(() => JSON.parse(JSON.stringify((window as any).__replica.create)));
    expect(rep.decoy).toEqual({ homepage: '', domain: '', ip: '', enterHomepage: false });
    expect(rep.clone.homepage).toBe('');
    expect(rep.clone.enterHomepage).toBe(false);
    // re-render on blur: values stay
    const home = visibleField(page, '请填写带协议头的合法URL');
    await expect(home).toHaveValue(HOME_A);
    await visibleField(page, '请填写调用的IP地址').click();
    await home.click();
    await page.mouse.click(5, 500);
    await expect(home).toHaveValue(HOME_A);
    await visibleText(page, '完成').click();
    await expect.poll(() => savedCreate(page)).toMatchObject({ homeurl: HOME_A, redirect_domain: 'html.workec.com', home_in_workbench: true, callbackurl: CALLBACK });
    await expect(page).toHaveURL(/app\/detail/);
  });
}

test('native el-checkbox (hidden input carries the state), pre-ticked box left alone', async ({ page }) => {
  await openRoute(page, createHash(), ['page2', 'native']);
  const p = panel(page);
  await p.input.fill(sample('valid-fullwidth-crlf.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect((await rowResults(page)).enterHomepage).toBe('filled');
  expect(await page.evaluate(() => (window as any).__replica.create.form.enterHomepage)).toBe(true);

  await openRoute(page, createHash({ appid: 'dk02' }), ['page2', 'ticked']);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect((await rowResults(page)).enterHomepage).toBe('unchanged');
  expect((await replicaLog(page)).filter((e: any) => e[0] === 'check')).toHaveLength(0);
});

test('canonical values: upper-case host, trailing 。 and spaces are written as new URL(u).href', async ({ page }) => {
  await openRoute(page, createHash(), ['page2']);
  const p = panel(page);
  const messy = [
    `应用主页： HTTPS://HTML.WorkEC.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${CORP_A}。 `,
    '可信域名：HTML.WORKEC.COM。',
    `批量加减：https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${CORP_A}`,
  ].join('\n');
  await p.input.fill(messy);
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  const s = await page.evaluate(() => (window as any).__replica.create.form);
  expect(s.homepage).toBe(HOME_A);
  expect(s.homepage).toBe(new URL(HOME_A).href);
  expect(s.domain).toBe('html.workec.com');
});

test('undo restores what the fill changed on the alt markup', async ({ page }) => {
  await openRoute(page, createHash(), ['page2']);
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  await p.undo.click();
  await expect(page.locator('[data-testid="ec-fill-report"][data-kind="undo"][data-status]')).toBeVisible();
  expect(await rowResults(page)).toEqual({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'filled' });
  const s = await page.evaluate(() => (window as any).__replica.create.form);
  expect({ h: s.homepage, d: s.domain, c: s.enterHomepage }).toEqual({ h: '', d: '', c: false });
  expect(s.callback).toBe(CALLBACK);
});

test('page 1: no panel; 下一步 shows it expanded without a click; the customer name comes from 企业客户 when the route has no corpName; 完成 to another route records the link', async ({ page, extPage }) => {
  await openRoute(page, '/sass/customApp/app/create?suiteid=wwsuite01&appid=dkGYZ', ['done-tpl']);
  await expect(page.getByText('下一步', { exact: true })).toBeVisible();
  await expect(page.locator('#app').getByText('归云庄', { exact: true })).toBeVisible();
  await expect(panel(page).root).toHaveCount(0);
  await page.getByText('下一步', { exact: true }).click();
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await expect(p.input).toBeVisible();
  await expect(p.root).toContainText('归云庄');
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  const ext = await extPage('popup.html');
  await page.bringToFront();
  expect((await bg(ext, { type: 'customer.get', corpId: CORP_A })).data).toBeNull();
  await visibleText(page, '完成').click();
  await expect(page).toHaveURL(/tpl\/info/);
  await expect.poll(async () => (await bg(ext, { type: 'customer.get', corpId: CORP_A })).data?.customer?.name ?? null, { timeout: 8000 }).toBe('归云庄');
});

test('shadow root: one open root hung off <body>, not in the app root, not nested; no native dialogs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.type()); void d.dismiss(); });
  await openRoute(page, createHash(), ['page2']);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  const where = await page.evaluate(() => {
    const hosts = Array.from(document.querySelectorAll('*')).filter((e) => e.shadowRoot?.querySelector('[data-testid="ec-panel"]'));
    const host = hosts[0];
    return { n: hosts.length, parent: host?.parentElement?.tagName, open: host?.shadowRoot?.mode, inApp: !!document.getElementById('app')?.contains(host ?? null), nested: host?.getRootNode() !== document };
  });
  expect(where).toEqual({ n: 1, parent: 'BODY', open: 'open', inApp: false, nested: false });
  await p.input.fill('应用主页: javascript:alert(1)');
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect(dialogs).toEqual([]);
});
