// One language (issue 12.3): the guard speaks Chinese when the browser does (navigator.language, even
// on a Chromium whose UI language is English), English otherwise; never both in one text; the
// confirmation phrase and the badge title follow.
import { chromium } from '@playwright/test';
import { test, expect, EXT_DIR, CHROMIUM } from './fixtures';
import { openRoute, serveReplica } from './replica-server';
import { TPL, RESET, CALLBACK } from './guard-helpers';

const HAN = /[\u4e00-\u9fff]/;

test('a Chinese browser: notice, dialog and phrase in Chinese only; badge title in Chinese', async ({ page, sw }) => {
  await openRoute(page, TPL);
  await page.locator(RESET).click();
  const notice = page.getByTestId('ec-guard-notice');
  await expect(notice).toBeVisible();
  expect(await notice.textContent()).not.toMatch(/[A-Za-z]{3,}/);
  await expect.poll(() => sw.evaluate(() => (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({}))).toContain('今日已拦截');
  await openRoute(page, CALLBACK);
  await page.locator('.sec_cb').getByText('编辑').click();
  await expect(page.getByTestId('ec-guard-phrase')).toHaveText('我确认修改');
  const text = (await page.getByTestId('ec-guard-dialog').textContent())!.replace(/Token|EncodingAESKey|URL|EC|Esc/g, '');
  expect(text).not.toMatch(/[A-Za-z]{3,}/);
});

test('an English browser: English only, phrase "I confirm"', async () => {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, locale: 'en-US',
    args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=en-US'],
  });
  try {
    await serveReplica(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await openRoute(page, TPL);
    await page.locator(RESET).click();
    const notice = page.getByTestId('ec-guard-notice');
    await expect(notice).toBeVisible();
    expect((await notice.textContent())!.replace('重置二维码', '')).not.toMatch(HAN);
    await openRoute(page, CALLBACK);
    await page.locator('.sec_cb').getByText('编辑').click();
    await expect(page.getByTestId('ec-guard-phrase')).toHaveText('I confirm');
    expect(await page.getByTestId('ec-guard-dialog').textContent()).not.toMatch(HAN);
  } finally {
    await context.close();
  }
});
