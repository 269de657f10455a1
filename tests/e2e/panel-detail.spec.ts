// The panel on app detail (the 权限 dialog helper, 确定 → 1c done / 1d doing) and on template
// detail (shown, refuses to fill, reminds that templates and QR codes are never modified).
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { panel, reportStatus, rowResults, completeWizard, stepsOf, detailHash, CORP_A } from './panel-helpers';

const perms = (page: import('@playwright/test').Page) => page.evaluate(() => ({ ...(window as any).__replica.appDetail.perms }));
const decoyPerms = (page: import('@playwright/test').Page) => page.evaluate(() => ({ ...(window as any).__replica.appDetail.decoy }));

for (const flags of [[], ['mousedown']]) {
  test(`permissions: 全部勾选 only while the dialog is open; 确定 marks 1c done / 1d doing ${flags.join(',')}`, async ({ page, extPage }) => {
    await completeWizard(page, { corpName: '桃花岛', appid: 'dk100001' });
    await openRoute(page, detailHash('dk100001'), flags);
    const p = panel(page);
    const tick = page.getByTestId('ec-check-all-permissions');
    await expect(p.root).toBeVisible();
    await expect(p.input).toBeVisible();
    await expect(p.fill).toBeVisible();
    await expect(tick).toHaveCount(0);

    // the panel does not sit on the page's own controls (it narrows the page by its column)
    const edit = page.locator('.detail_section').filter({ hasText: '权限' }).first().getByText('编辑', { exact: true });
    const [pb, eb] = [await p.root.boundingBox(), await edit.boundingBox()];
    expect(eb!.x + eb!.width).toBeLessThanOrEqual(pb!.x);

    // 权限 → 编辑
    await edit.click();
    await expect(tick).toBeVisible();
    await expect(page.getByText('账号', { exact: true }).last()).toBeVisible();
    const before = await perms(page);
    expect(Object.values(before).filter(Boolean).length).toBeGreaterThan(0); // some start ticked
    await tick.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ permissions: 'filled' });
    await expect(p.row('permissions')).toContainText(/\d+/);
    const after = await perms(page);
    for (const id of ['userid', 'department', 'avatar', 'gender', 'qrcode', 'name', 'mobile', 'dept_name', 'email', 'position', 'telephone', 'address', 'extattr', 'external_profile', 'external_position', 'customer_base', 'customer_contact', 'customer_group']) expect(after[id], id).toBe(true);
    expect(await decoyPerms(page)).toEqual({});
    expect(await page.evaluate(() => (window as any).__replica.calls['perm.confirm'] ?? 0)).toBe(0); // never pressed 确定 itself

    // the user presses 确定: the dialog closes, the button goes, 1c done / 1d doing, reminder shown
    await page.locator('.perm_dialog').getByText('确定', { exact: true }).click();
    await expect(tick).toHaveCount(0);
    await expect(page.getByTestId('ec-notice').filter({ hasText: /同意授权/ })).toBeVisible();
    const ext = await extPage('popup.html');
    await page.bringToFront(); // keep the replica tab the visible one (hidden tabs get throttled timers)
    await expect.poll(() => stepsOf(ext, CORP_A)).toMatchObject({ '1c': 'done', '1d': 'doing' });
  });
}

test('permissions: closing the dialog with 取消 hides the button and records nothing', async ({ page, extPage }) => {
  await completeWizard(page, { corpName: '桃花岛', appid: 'dk100001' });
  await openRoute(page, detailHash('dk100001'));
  const tick = page.getByTestId('ec-check-all-permissions');
  await page.locator('.detail_section').filter({ hasText: '权限' }).first().getByText('编辑', { exact: true }).click();
  await expect(tick).toBeVisible();
  await page.locator('.perm_dialog').getByText('取消', { exact: true }).click();
  await expect(tick).toHaveCount(0);
  const ext = await extPage('popup.html');
  await page.bringToFront(); // keep the replica tab the visible one (hidden tabs get throttled timers)
  await page.waitForTimeout(300);
  expect((await stepsOf(ext, CORP_A))['1c']).not.toBe('done');
  await expect(page.getByTestId('ec-notice').filter({ hasText: /同意授权/ })).toHaveCount(0);
});

test('template detail: panel shown with the reminder; fill refuses; its 开始代开发应用 leads to the wizard panel', async ({ page }) => {
  await openRoute(page, '/sass/customApp/tpl/info?id=ww-suite-dev');
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await expect(p.input).toBeVisible();
  await expect(p.fill).toBeVisible();
  await expect(page.getByTestId('ec-template-reminder')).toBeVisible();
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
  await expect(p.error).toContainText(/此页面没有可填写的表单|No form to fill/);

  await page.getByText('开始代开发应用', { exact: true }).first().click();
  await expect(page).toHaveURL(/app\/create/);
  await expect(p.root).toHaveCount(0); // wizard page 1: no panel
  await page.getByText('下一步', { exact: true }).click();
  await expect(p.root).toBeVisible();
  await expect(p.root).toContainText('桃花岛');
});
