// The guard under the default `block` policy, for every way a click can reach a forbidden control.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, RESET, auditRows, auditSummary, expectUntouched, replica } from './guard-helpers';

test('mouse click on the control, its inner span and its inner icon: stopped, one audit row per click, notice stays ≥ 3 s', async ({ page, extPage, sw }) => {
  await openRoute(page, TPL);
  const reset = page.locator(RESET);
  await reset.click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await reset.locator('span').click();
  await reset.locator('i').click();
  // Two clicks a few milliseconds apart are two gestures, never merged.
  await reset.dblclick();
  const notice = page.getByTestId('ec-guard-notice');
  await expect(notice).toHaveCount(1); // replaced, not queued
  await expect(notice).toHaveAttribute('data-action', 'reset-qr');
  await expect(notice).toContainText('模板和二维码由所有同事共用');
  await expect(notice).toContainText('联系实施主管');
  await expectUntouched(page, 'reset-qr', 'resetQrcode');

  const options = await extPage('options.html');
  await expect(auditRows(options)).toHaveCount(5);
  expect(await auditSummary(options)).toEqual(Array(5).fill('reset-qr:blocked'));
  await expect(auditRows(options).first()).toContainText('代开发-开发'); // the template's name
  await expect(auditRows(options).first()).toContainText('/sass/customApp/tpl/info');
  // The toolbar badge counts today's blocked attempts.
  await expect.poll(() => sw.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}))).toBe('5');

  // Readable: still there 3 s after the last attempt, until closed.
  await page.bringToFront();
  await page.waitForTimeout(3100);
  await expect(notice).toBeVisible();
  await page.getByTestId('ec-guard-notice-close').click();
  await expect(notice).toHaveCount(0);
  await expectUntouched(page, 'reset-qr', 'resetQrcode');
});

test('Enter and Space on the focused control are stopped (link and <button> variants)', async ({ page, extPage }) => {
  await openRoute(page, TPL, ['button']);
  const btn = page.locator(RESET);
  await expect(btn).toHaveJSProperty('tagName', 'BUTTON');
  await btn.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await page.keyboard.press('Space');
  await expectUntouched(page, 'reset-qr', 'resetQrcode');

  await openRoute(page, '/nowhere');
  await openRoute(page, TPL);
  await page.locator(RESET).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await expectUntouched(page, 'reset-qr', 'resetQrcode');
  // The ordinary button next door still works from the keyboard.
  await page.getByRole('button', { name: '刷新列表' }).focus();
  await page.keyboard.press('Enter');
  expect((await replica(page)).calls['tpl.ordinary']).toBe(1);

  const options = await extPage('options.html');
  await expect(auditRows(options)).toHaveCount(3);
});

test('handlers bound on mousedown and on pointerdown never run', async ({ page, extPage }) => {
  for (const flag of ['mousedown', 'pointerdown']) {
    await openRoute(page, TPL, [flag]);
    await page.locator(RESET).click();
    await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
    await page.locator(RESET).locator('span').click();
    await expectUntouched(page, 'reset-qr', 'resetQrcode');
  }
  const options = await extPage('options.html');
  await expect(auditRows(options)).toHaveCount(4);
});

test('a control rendered 1 s after the page loaded is guarded', async ({ page, extPage }) => {
  await openRoute(page, TPL, ['late']);
  await expect(page.locator(RESET)).toHaveCount(0);
  await page.locator(RESET).click(); // waits for it to appear
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await expectUntouched(page, 'reset-qr', 'resetQrcode');
  const options = await extPage('options.html');
  await expect(auditRows(options)).toHaveCount(1);
});

test('controls inside same-origin iframes (a page and an about:blank frame) are guarded', async ({ page, extPage }) => {
  await openRoute(page, TPL, ['iframe', 'blankframe']);
  const frameEl = page.locator('iframe[title="preview"]');
  const frame = (await (await frameEl.elementHandle())!.contentFrame())!;
  await frame.waitForLoadState();
  await frame.locator(RESET).click();
  // The notice shows in the top page, where the user looks (the frame may be small).
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await expectUntouched(frame, 'frame.reset-qr', 'resetQrcode');
  // An ordinary control in the same frame still works.
  await frame.getByText('下载').click();
  expect((await replica(frame)).calls['frame.download']).toBe(1);

  await page.frameLocator('iframe[title="blank"]').locator('a').click();
  await expectUntouched(page, 'blank.reset-qr', 'resetQrcode');

  const options = await extPage('options.html');
  await expect(auditRows(options)).toHaveCount(2);
});

test('编辑模板信息, 保存/删除模板 and 删除 on the list are blocked; ordinary controls and other 编辑 pass', async ({ page, extPage }) => {
  await openRoute(page, TPL);
  await page.getByRole('link', { name: '编辑模板信息' }).click();
  await expect(page.getByTestId('ec-guard-notice')).toHaveAttribute('data-action', 'edit-template');
  expect((await replica(page)).calls['tpl.edit'] ?? 0).toBe(0);

  await openRoute(page, TPL, ['editopen']);
  await page.getByText('保存', { exact: true }).click(); // a div with a pointer cursor
  await page.getByRole('link', { name: '删除模板' }).click();
  await expectUntouched(page, 'tpl.save', '/tpl/save');
  await expectUntouched(page, 'tpl.delete', '/tpl/delete');
  await page.getByText('取消', { exact: true }).click();
  expect((await replica(page)).calls['tpl.editCancel']).toBe(1);

  await openRoute(page, '/sass/customApp/tpl/list');
  await page.getByText('删除', { exact: true }).first().click();
  await expectUntouched(page, 'tpl.delete', '/tpl/delete');
  await page.getByText('创建代开发应用模板').click();
  expect((await replica(page)).calls['tpl.create']).toBe(1);

  // Not guarded: 开始代开发应用 (navigates), 基本信息 → 编辑, 权限 → 编辑.
  await openRoute(page, TPL);
  await page.getByText('开始代开发应用').first().click();
  await expect(page).toHaveURL(/#\/sass\/customApp\/app\/create\?.*corpName=/);
  await openRoute(page, '/sass/customApp/app/detail/callback-test');
  await page.locator('.sec_basic').getByText('编辑').click();
  await page.locator('.sec_priv').getByText('编辑').click();
  const r = await replica(page);
  expect([r.calls['cb.basicEdit'], r.calls['cb.permEdit']]).toEqual([1, 1]);

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(Array(4).fill('edit-template:blocked'));
});

test('right and middle clicks and the context menu are not activations: they reach the page and are not logged (issue 15.12)', async ({ page, extPage }) => {
  await openRoute(page, TPL);
  await page.evaluate(() => {
    const w = window as unknown as { __menus: number };
    w.__menus = 0;
    document.addEventListener('contextmenu', (e) => { w.__menus++; e.preventDefault(); });
  });
  await page.locator(RESET).click({ button: 'right' });
  await page.locator(RESET).click({ button: 'middle' });
  expect(await page.evaluate(() => (window as unknown as { __menus: number }).__menus)).toBe(1);
  await expect(page.getByTestId('ec-guard-notice')).toHaveCount(0);
  await page.locator(RESET).click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await expectUntouched(page, 'reset-qr', 'resetQrcode');
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['reset-qr:blocked']);
});
