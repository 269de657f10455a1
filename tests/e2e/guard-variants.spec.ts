// Controls an exact-phrase guard misses (issue 15.3): other labels, badges, many-node icons, closed
// shadow roots, frames the page writes itself or loads from a blob: URL.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, auditRows, auditSummary, replica } from './guard-helpers';

const VARIANTS = ['trad', 'now', 'auth', 'count', 'badge', 'icon', 'closed'];

test('label variants, a badge, a many-node icon and a closed shadow root: real clicks and Enter are blocked and audited', async ({ page, extPage }) => {
  await openRoute(page, TPL, ['variants']);
  for (const v of VARIANTS) {
    await page.locator(`[data-v="${v}"]`).click();
    await expect(page.getByTestId('ec-guard-notice'), v).toHaveAttribute('data-action', 'reset-qr');
  }
  // Keyboard: focus the <button> inside the closed root (Tab from the control before it), press Enter.
  await page.locator('[data-v="icon"]').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const r = await replica(page);
  for (const v of VARIANTS) expect(r.calls[`var.${v}`] ?? 0, v).toBe(0);
  expect(r.requests.filter((q) => q.url.includes('resetQrcode'))).toHaveLength(0);
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(Array(VARIANTS.length + 1).fill('reset-qr:blocked'));
});

test('an iframe the page wrote with document.open/write and a blob: iframe are guarded', async ({ page, extPage }) => {
  await openRoute(page, TPL, ['writeframe', 'blobframe']);
  await page.frameLocator('iframe[title="written"]').locator('#x').click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await page.frameLocator('iframe[title="blob"]').locator('#x').click();
  await page.waitForTimeout(200);
  const r = await replica(page);
  expect([r.calls['write.reset-qr'] ?? 0, r.calls['blob.reset-qr'] ?? 0]).toEqual([0, 0]);
  const options = await extPage('options.html');
  await expect(auditRows(options)).toHaveCount(2);
});
