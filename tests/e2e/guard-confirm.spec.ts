// The `confirm` policy (default for 随机获取 and 回调配置 → 编辑): a typed-phrase dialog; cancel leaves the
// page untouched, confirm lets exactly one action through by replaying the real click sequence.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { CALLBACK, TPL, RESET, auditSummary, replica, expectUntouched } from './guard-helpers';

test('回调配置 → 编辑: cancel and Esc leave the page untouched; the typed phrase lets exactly one click through', async ({ page, extPage }) => {
  await openRoute(page, CALLBACK);
  const edit = page.locator('.sec_cb').getByText('编辑');
  const dialog = page.getByTestId('ec-guard-dialog');

  await edit.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('data-action', 'edit-callback');
  await expect(dialog).toContainText('编辑回调配置');
  await expect(page.getByTestId('ec-guard-confirm')).toBeDisabled();
  await page.getByTestId('ec-guard-cancel').click();
  await expect(dialog).toHaveCount(0);
  expect((await replica(page)).calls['cb.edit'] ?? 0).toBe(0);

  await edit.click();
  await expect(page.getByTestId('ec-guard-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await replica(page)).calls['cb.edit'] ?? 0).toBe(0);

  await edit.click();
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await page.getByTestId('ec-guard-input').fill(phrase.slice(0, -1));
  await expect(page.getByTestId('ec-guard-confirm')).toBeDisabled();
  await page.keyboard.press('Enter'); // a stray Enter does not accept
  await expect(dialog).toBeVisible();
  await page.getByTestId('ec-guard-input').fill(phrase);
  await expect(page.getByTestId('ec-guard-confirm')).toBeEnabled();
  await page.getByTestId('ec-guard-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await replica(page)).calls['cb.edit']).toBe(1);
  // The page really acted on it (its editor opened), exactly once.
  await expect(page.getByText('随机获取')).toHaveCount(2);

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['edit-callback:confirmed', 'edit-callback:cancelled', 'edit-callback:cancelled']);
  await expect(options.getByTestId('audit-row').first()).toContainText('桃花岛');
  expect((await replica(page)).calls['cb.edit']).toBe(1);
});

test('随机获取 beside Token, keyboard only: Enter opens the dialog, focus stays inside, the phrase + Enter lets one request out', async ({ page, extPage }) => {
  await openRoute(page, CALLBACK, ['editing']);
  const random = page.locator('.ww_form_item', { hasText: 'Token' }).getByRole('link', { name: '随机获取' });
  await random.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('ec-guard-dialog');
  await expect(dialog).toHaveAttribute('data-action', 'regenerate-secret');
  const input = page.getByTestId('ec-guard-input');
  await expect(input).toBeFocused();
  // Focus is trapped: Tab cycles inside the dialog (input → 取消 → input, confirm being disabled).
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('ec-guard-cancel')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await page.keyboard.insertText(phrase);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await replica(page)).calls['cb.randomToken']).toBe(1);
  const r = await replica(page);
  expect(r.requests.filter((q) => q.url.includes('randomToken'))).toHaveLength(1);
  expect(r.calls['cb.randomAes'] ?? 0).toBe(0);

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['regenerate-secret:confirmed']);
  await expect(options.getByTestId('audit-row').first()).toContainText('Token');
});

test('confirm on a control inside a same-origin iframe: the dialog shows in the top page, the replay reaches the frame once', async ({ page, extPage }) => {
  const options = await extPage('options.html');
  await options.locator('[data-testid="guard-policy"][data-action="reset-qr"]').selectOption('confirm');
  await expect(options.locator('[data-testid="guard-policy"][data-action="reset-qr"]')).toHaveValue('confirm');
  await page.bringToFront();
  await openRoute(page, TPL, ['iframe']);
  const frame = (await (await page.locator('iframe[title="preview"]').elementHandle())!.contentFrame())!;
  await frame.waitForLoadState();
  await frame.locator(RESET).click();
  await expect(page.getByTestId('ec-guard-dialog')).toHaveAttribute('data-action', 'reset-qr');
  await expect(page.getByTestId('ec-guard-input')).toBeFocused();
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await page.getByTestId('ec-guard-input').fill(phrase);
  await page.getByTestId('ec-guard-confirm').click();
  await expect.poll(async () => (await replica(frame)).calls['frame.reset-qr']).toBe(1);
  expect((await replica(frame)).requests.filter((q) => q.url.includes('resetQrcode'))).toHaveLength(1);
  await expectUntouched(page, 'reset-qr', 'resetQrcode'); // the top page's own control was not touched
  await expect.poll(() => auditSummary(options)).toEqual(['reset-qr:confirmed']);
});

test('随机获取 on the 开始代开发应用 wizard (another page markup): cancel keeps the template Token', async ({ page, extPage }) => {
  await openRoute(page, '/sass/customApp/app/create?suiteid=ww-suite-dev&appid=dk-app-1001&corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B', ['page2']);
  const row = page.locator('.ww_form_item', { hasText: 'EncodingAESKey' });
  await row.getByText('随机获取').click();
  await expect(page.getByTestId('ec-guard-dialog')).toHaveAttribute('data-action', 'regenerate-secret');
  await page.getByTestId('ec-guard-cancel').click();
  const r = await replica(page);
  expect([r.calls['create.randomAes'] ?? 0, r.calls['create.randomToken'] ?? 0]).toEqual([0, 0]);
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['regenerate-secret:cancelled']);
  await expect(options.getByTestId('audit-row').first()).toContainText('EncodingAESKey');
  await expect(options.getByTestId('audit-row').first()).toContainText('桃花岛');
});

test('a confirmed javascript: link: the user is asked to click once more, that click passes, recorded once as confirmed (issue 15.10)', async ({ page, extPage }) => {
  await openRoute(page, '/sass/customApp/app/detail/callback-test', ['jslink']);
  const edit = page.locator('.sec_cb').getByText('编辑');
  await edit.click();
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await page.getByTestId('ec-guard-input').fill(phrase);
  await page.getByTestId('ec-guard-confirm').click();
  await expect(page.getByTestId('ec-guard-notice')).toContainText(/再点击一次|once more/);
  const options = await extPage('options.html');
  await expect(options.getByTestId('audit-empty')).toBeVisible();
  await page.bringToFront();
  await edit.click();
  await expect.poll(async () => (await replica(page)).calls['cb.jsEdit'] ?? 0).toBe(1);
  await options.reload();
  await expect.poll(() => auditSummary(options)).toEqual(['edit-callback:confirmed']);
  // The next click is guarded again.
  await page.bringToFront();
  await edit.click();
  await expect(page.getByTestId('ec-guard-dialog')).toBeVisible();
});
