// Policies chosen on the options page apply to backend tabs that are already open, within a second,
// without reloading them. (storage.managed cannot be written from a test — Chrome has no API for it —
// so the administrator lock is covered by tests/unit/guard-policy.test.ts.)
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, RESET, auditSummary, replica } from './guard-helpers';

test('a policy change on the options page applies to an open backend tab within a second, without reload', async ({ page, extPage }) => {
  await openRoute(page, TPL);
  await page.evaluate(() => { (window as unknown as { __noReload: number }).__noReload = 1; });
  const options = await extPage('options.html');
  const select = options.locator('[data-testid="guard-policy"][data-action="reset-qr"]');
  await expect(select).toHaveValue('block');
  await expect(options.locator('[data-testid="guard-policy"][data-action="regenerate-secret"]')).toHaveValue('confirm');
  await expect(options.getByTestId('guard-policy')).toHaveCount(4);

  // allow: the page's own handler runs, the attempt is logged as allowed.
  await select.selectOption('allow');
  await page.bringToFront();
  await page.waitForTimeout(1000);
  await page.locator(RESET).click();
  expect((await replica(page)).calls['reset-qr']).toBe(1);
  await expect(page.getByTestId('ec-guard-notice')).toHaveCount(0);

  // confirm: now a dialog.
  await select.selectOption('confirm');
  await page.bringToFront();
  await page.waitForTimeout(1000);
  await page.locator(RESET).click();
  await expect(page.getByTestId('ec-guard-dialog')).toHaveAttribute('data-action', 'reset-qr');
  await page.getByTestId('ec-guard-cancel').click();

  // back to block.
  await select.selectOption('block');
  await page.waitForTimeout(1000);
  await page.locator(RESET).click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  expect((await replica(page)).calls['reset-qr']).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload)).toBe(1);

  // The choice is remembered and the log refreshed live, newest first.
  await expect.poll(() => auditSummary(options)).toEqual(['reset-qr:blocked', 'reset-qr:cancelled', 'reset-qr:allowed']);
  const again = await extPage('options.html');
  await expect(again.locator('[data-testid="guard-policy"][data-action="reset-qr"]')).toHaveValue('block');
  await expect(again.getByTestId('guard-policy-locked')).toHaveCount(0);
});

test('in a fresh profile the policy selects are usable at once, not after the slow first storage.managed read', async ({ extPage }) => {
  const options = await extPage('options.html');
  const select = options.locator('[data-testid="guard-policy"][data-action="edit-callback"]');
  await expect(select).toBeEnabled({ timeout: 1000 });
  await expect(select).toHaveValue('confirm');
  await select.selectOption('block');
  await options.reload();
  await expect(options.locator('[data-testid="guard-policy"][data-action="edit-callback"]')).toHaveValue('block', { timeout: 1000 });
});
