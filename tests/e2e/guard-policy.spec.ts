// Policies chosen on the options page apply to backend tabs that are already open, within a second,
// without reloading them. (storage.managed cannot be written from a test — Chrome has no API for it —
// so the administrator lock is covered by tests/unit/guard/policy.test.ts.)
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, RESET, auditSummary, replica, allowForbidden } from './guard-helpers';

test('a policy change on the options page applies to an open backend tab within a second, without reload', async ({ page, extPage }) => {
  await openRoute(page, TPL);
  await page.evaluate(() => { (window as unknown as { __noReload: number }).__noReload = 1; });
  const options = await extPage('options.html');
  const select = options.locator('[data-testid="guard-policy"][data-action="reset-qr"]');
  await expect(select).toHaveValue('block');
  await expect(options.locator('[data-testid="guard-policy"][data-action="regenerate-secret"]')).toHaveValue('confirm');
  await expect(options.getByTestId('guard-policy')).toHaveCount(5);

  // allow (a forbidden action: only after the typed confirmation, audited): the page's own handler
  // runs, the attempt is logged as allowed.
  await allowForbidden(options, 'reset-qr');
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
  await expect.poll(() => auditSummary(options)).toEqual(['reset-qr:blocked', 'reset-qr:cancelled', 'reset-qr:allowed', 'reset-qr:confirmed']);
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

test('forbidden stays forbidden: allow for 重置二维码 / 编辑模板信息 needs the typed confirmation; cancel reverts the select (issue 12.9)', async ({ page, extPage }) => {
  const options = await extPage('options.html');
  for (const action of ['reset-qr', 'edit-template']) {
    const select = options.locator(`[data-testid="guard-policy"][data-action="${action}"]`);
    await expect(select).toHaveValue('block');
    await select.selectOption('allow');
    await expect(options.getByTestId('guard-allow-dialog')).toBeVisible();
    await expect(options.getByTestId('guard-allow-confirm')).toBeDisabled();
    await options.getByTestId('guard-allow-input').fill('随便');
    await expect(options.getByTestId('guard-allow-confirm')).toBeDisabled();
    await options.getByTestId('guard-allow-cancel').click();
    await expect(select).toHaveValue('block');
  }
  await options.reload();
  await expect(options.locator('[data-testid="guard-policy"][data-action="reset-qr"]')).toHaveValue('block');
  // A message without the phrase (what a one-select change used to send) is refused by the background.
  const refused = await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; code?: string }> } } }).chrome.runtime.sendMessage({ type: 'guard.setPolicy', action: 'reset-qr', policy: 'allow' }));
  expect(refused).toMatchObject({ ok: false, code: 'needs-confirmation' });
  // Other actions change with one select, as before; the typed confirmation saves and is audited.
  await options.locator('[data-testid="guard-policy"][data-action="regenerate-secret"]').selectOption('allow');
  await expect(options.getByTestId('guard-allow-dialog')).toHaveCount(0);
  await allowForbidden(options, 'edit-template');
  await options.reload();
  await expect(options.locator('[data-testid="guard-policy"][data-action="edit-template"]')).toHaveValue('allow');
  await expect.poll(() => auditSummary(options)).toEqual(['edit-template:confirmed']);
  await openRoute(page, TPL);
  await page.getByRole('link', { name: '编辑模板信息' }).click();
  expect((await replica(page)).calls['tpl.edit']).toBe(1);
});
