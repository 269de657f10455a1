// Several copies of the guard in one page (re-injection after an update, or an orphaned old copy):
// only the newest acts, so every gesture still gives one dialog / one notice / one audit row.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, RESET, CALLBACK, auditRows, auditSummary, expectUntouched, replica } from './guard-helpers';

type Chrome = { tabs: { query(q: object): Promise<Array<{ id: number }>> }; scripting: { executeScript(o: object): Promise<unknown> }; runtime: { reload(): void } };

test('the guard injected twice more by executeScript: one dialog and one audit row per gesture', async ({ page, sw, extPage }) => {
  await openRoute(page, CALLBACK);
  const tabs = await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const list = await c.tabs.query({ url: 'https://open.work.weixin.qq.com/*' });
    for (let i = 0; i < 2; i++) {
      for (const t of list) await c.scripting.executeScript({ target: { tabId: t.id, allFrames: true }, files: ['/content-scripts/guard.js'] });
    }
    return list.length;
  });
  expect(tabs).toBe(1);

  await page.locator('.sec_cb').getByText('编辑').click();
  await expect(page.getByTestId('ec-guard-dialog')).toHaveCount(1);
  await page.getByTestId('ec-guard-cancel').click();
  await expect(page.getByTestId('ec-guard-dialog')).toHaveCount(0);
  expect((await replica(page)).calls['cb.edit'] ?? 0).toBe(0);

  await page.locator('.sec_cb').getByText('编辑').click();
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await page.getByTestId('ec-guard-input').fill(phrase);
  await page.getByTestId('ec-guard-confirm').click();
  await expect.poll(async () => (await replica(page)).calls['cb.edit']).toBe(1);
  await page.waitForTimeout(200);
  expect((await replica(page)).calls['cb.edit']).toBe(1); // replayed once, not once per copy

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['edit-callback:confirmed', 'edit-callback:cancelled']);
});

test('after the extension reloads, the guard re-injected on update takes over from the orphaned copy', async ({ context, page, sw, extPage }) => {
  await openRoute(page, TPL);
  await page.locator(RESET).click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await page.getByTestId('ec-guard-notice-close').click();

  const next = context.waitForEvent('serviceworker', { timeout: 15_000 });
  await sw.evaluate(() => { (globalThis as unknown as { chrome: Chrome }).chrome.runtime.reload(); }).catch(() => undefined);
  await next;
  await page.waitForTimeout(1500); // runtime.onInstalled (update) → executeScript into this tab

  await page.bringToFront();
  await page.locator(RESET).click();
  const notice = page.getByTestId('ec-guard-notice');
  await expect(notice).toHaveCount(1);
  // Handled by the new copy: the orphan (which would ask for a page reload and record nothing) stood down.
  await expect(notice).not.toContainText('请刷新本页');
  await expectUntouched(page, 'reset-qr', 'resetQrcode');

  const options = await extPage('options.html');
  await expect(auditRows(options)).toHaveCount(2);
  expect(await auditSummary(options)).toEqual(['reset-qr:blocked', 'reset-qr:blocked']);
});

test('a click blocked by the orphan before the re-injection still gets its audit row, once (issue 15.6)', async ({ context, page, sw, extPage }) => {
  await openRoute(page, TPL);
  await page.locator(RESET).waitFor();
  const next = context.waitForEvent('serviceworker', { timeout: 15_000 });
  await sw.evaluate(() => { (globalThis as unknown as { chrome: Chrome }).chrome.runtime.reload(); }).catch(() => undefined);
  // Straight away: the old copy is orphaned, the new one may not be injected yet.
  await page.bringToFront();
  await page.locator(RESET).click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await expectUntouched(page, 'reset-qr', 'resetQrcode');
  await next;
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options), { timeout: 10_000 }).toEqual(['reset-qr:blocked']);
  await page.waitForTimeout(1000);
  await options.reload();
  await expect(auditRows(options)).toHaveCount(1);
});
