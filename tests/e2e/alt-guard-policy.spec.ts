// Policies on the alternative replica: `allow` lets the page's own handler run (logged as allowed),
// a change on options.html reaches an already-open tab (and its iframe) within a second, no reload.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { auditSummary, replica, allowForbidden } from './guard-helpers';
import { ALT_TPL, calls, confirmDialog, expectUsable } from './alt-guard-helpers';

test.use({ replicaPages: 'pages-alt' });

test('allow → confirm → block on an open tab within a second, for mousedown / mouseup / keyboard / iframe controls', async ({ page, extPage }) => {
  await openRoute(page, ALT_TPL, ['iframe']);
  await page.evaluate(() => { (window as unknown as { __noReload: number }).__noReload = 1; });
  const options = await extPage('options.html');
  const select = options.locator('[data-testid="guard-policy"][data-action="reset-qr"]');
  await expect(select).toHaveValue('block');
  const frame = page.frameLocator('iframe[title="alt-preview"]');
  const f = page.frames().find((x) => x.url().includes('frame-alt'))!;

  // allow (after the typed confirmation, one audit row): one row per gesture, outcome allowed; the handlers run once each.
  await allowForbidden(options, 'reset-qr');
  await page.waitForTimeout(1000);
  await page.locator('#reset-md').click();
  await page.locator('div[role=button]', { hasText: '重置二维码' }).focus();
  await page.keyboard.press('Enter');
  await frame.getByRole('button', { name: '重置二维码' }).click();
  expect(await calls(page, 'alt.reset.md', 'alt.reset.div')).toEqual([1, 1]);
  expect((await replica(f)).calls['frame.alt.reset']).toBe(1);
  await expect(page.getByTestId('ec-guard-notice')).toHaveCount(0);
  await expect.poll(() => auditSummary(options)).toEqual([...Array(3).fill('reset-qr:allowed'), 'reset-qr:confirmed']);

  // confirm: a question in the top page, also for the frame's control; confirming replays once.
  await select.selectOption('confirm');
  await page.waitForTimeout(1000);
  await frame.getByRole('button', { name: '重置二维码' }).click();
  await expectUsable(page, page.getByTestId('ec-guard-dialog'));
  await confirmDialog(page);
  await expect.poll(async () => (await replica(f)).calls['frame.alt.reset']).toBe(2);
  await page.locator('#reset-mu').click();
  await expect(page.getByTestId('ec-guard-dialog')).toHaveAttribute('data-action', 'reset-qr');
  await confirmDialog(page);
  await expect.poll(async () => (await calls(page, 'alt.reset.mu'))[0]).toBe(1);

  // block: the notice, handlers untouched.
  await select.selectOption('block');
  await page.waitForTimeout(1000);
  await page.locator('#reset-md').click();
  await frame.getByRole('button', { name: '重置二维码' }).click();
  await expectUsable(page, page.getByTestId('ec-guard-notice'));
  expect(await calls(page, 'alt.reset.md', 'alt.reset.mu')).toEqual([1, 1]);
  expect((await replica(f)).calls['frame.alt.reset']).toBe(2);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload)).toBe(1);

  await expect.poll(() => auditSummary(options)).toEqual(['reset-qr:blocked', 'reset-qr:blocked', 'reset-qr:confirmed', 'reset-qr:confirmed', 'reset-qr:allowed', 'reset-qr:allowed', 'reset-qr:allowed', 'reset-qr:confirmed']);
});
