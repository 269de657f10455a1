// Acceptance-style on the ALT replica: the custom-menu editor (all menus at once, type from a
// <select> or an el-select drop-down, 页面地址 / 网页地址, 添加主菜单 as a <button>), the 权限 dialog
// (native checkboxes or el-checkbox, some pre-ticked), where the panel shows, the login screen.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, reportStatus, rowResults, menuHash, detailHash, CORP_A, HOME_A } from './panel-helpers';
import type { Page } from '@playwright/test';

test.use({ replicaPages: 'pages-alt' });

const menus = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).__replica.menuEditor.menus)) as { name: string; type: string; url: string }[]);
const perms = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as any).__replica.appDetail.perms)) as Record<string, boolean>);
const H = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=';
const WX = `${HOME_A}&redirect=wxwork`;

for (const flags of [[], ['dropdown'], ['addr2']] as string[][]) {
  test(`menus (${flags.join(',') || 'select'}): filled as 跳转网页 with their URLs, saved by the page`, async ({ page }) => {
    await openRoute(page, menuHash('dkM1'), flags);
    const p = panel(page);
    await expect(p.root).toBeVisible();
    await expect(p.input).toBeVisible();
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ 'menu-1': 'filled', 'menu-2': 'filled' });
    expect(await menus(page)).toEqual([
      { name: '批量加减', type: 'view', url: HOME_A },
      { name: '企信客户', type: 'view', url: WX },
    ]);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('保存成功')).toBeVisible();
  });
}

test('menus: a 4th menu line → menu-4 failed, status partial; an identical existing menu is left unchanged', async ({ page }) => {
  await openRoute(page, menuHash('dkM2'), ['existing']);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  const text = [
    `批量加减: ${HOME_A}`,
    `企信客户: ${WX}`,
    `客户画像: ${H}${CORP_A}&redirect=profile`,
    `销售看板: ${H}${CORP_A}&redirect=board`,
  ].join('\n');
  await p.input.fill(text);
  await p.fill.click();
  expect(await reportStatus(page)).toBe('partial');
  expect(await rowResults(page)).toEqual({ 'menu-1': 'unchanged', 'menu-2': 'filled', 'menu-3': 'filled', 'menu-4': 'failed' });
  const m = await menus(page);
  expect(m.map((x) => x.name)).toEqual(['批量加减', '企信客户', '客户画像']);
  expect(m.every((x) => x.type === 'view')).toBe(true);
  expect(m[0].url).toBe(HOME_A);
  // undo removes the added ones, keeps the one that was there
  await p.undo.click();
  await expect(page.locator('[data-testid="ec-fill-report"][data-kind="undo"][data-status]')).toBeVisible();
  await expect.poll(async () => (await menus(page)).map((x) => x.name)).toEqual(['批量加减']);
});

for (const flags of [[], ['elcheck']] as string[][]) {
  test(`permissions (${flags.join(',') || 'native'}): the button shows only while the dialog is open and ticks everything`, async ({ page }) => {
    await openRoute(page, detailHash('dkP1'), flags);
    const p = panel(page);
    await expect(p.root).toBeVisible();
    await expect(p.input).toBeVisible();
    const btn = page.getByTestId('ec-check-all-permissions');
    await expect(btn).toHaveCount(0);
    await page.getByRole('button', { name: '编辑' }).first().click();
    await expect(page.getByRole('dialog', { name: '编辑权限' }).getByText('对外职务')).toBeVisible();
    await expect(btn).toBeVisible();
    const before = await perms(page);
    expect(before).toMatchObject({ userid: true, department: true, name: true });
    await btn.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ permissions: 'filled' });
    const after = await perms(page);
    for (const id of ['userid', 'department', 'avatar', 'gender', 'qrcode', 'name', 'mobile', 'dept_name', 'email', 'position', 'telephone', 'address', 'extattr', 'external_profile', 'external_position', 'customer_base', 'customer_contact']) {
      expect(after[id], id).toBe(true);
    }
    if (!flags.length) {
      const boxes = page.getByRole('dialog').locator('input[type=checkbox]');
      const n = await boxes.count();
      for (let i = 0; i < n; i++) await expect(boxes.nth(i)).toBeChecked();
    }
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(btn).toHaveCount(0);
    expect((await page.evaluate(() => (window as any).__replica.saved.permissions)).length).toBe(17);
  });
}

test('panel visible and expanded without a click: app detail, menu editor, template detail; not on the login screen', async ({ page }) => {
  for (const hash of [detailHash('dkV1'), menuHash('dkV1'), '/sass/customApp/tpl/info?id=wwsuite01']) {
    await openRoute(page, hash);
    const p = panel(page);
    await expect(p.root, hash).toBeVisible();
    await expect(p.input, hash).toBeVisible();
    await expect(p.fill, hash).toBeVisible();
    await expect(p.fill, hash).toBeEnabled();
    const box = await p.root.boundingBox();
    expect(box && box.width > 100 && box.height > 100, hash).toBe(true);
  }
  // a session that expired: the login QR (in an iframe with no telling attributes) covers app detail
  await openRoute(page, detailHash('dkV1'), ['signedout']);
  await expect(page.frameLocator('iframe').locator('img.qrcode_login_img')).toBeVisible();
  await expect(panel(page).root).toHaveCount(0);
});

test('menu editor fill with an empty box uses the stored bundle of the customer completed in this profile', async ({ page }) => {
  await openRoute(page, `/sass/customApp/app/create?suiteid=wwsuite01&appid=dkS1&corpName=${encodeURIComponent('桃花岛')}`, ['page2']);
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  await page.locator('button:visible').filter({ hasText: /^\s*完成\s*$/ }).click();
  await expect(page).toHaveURL(/app\/detail/);
  await page.getByRole('button', { name: '设置' }).first().click();
  await expect(p.root).toBeVisible();
  await expect(p.input).toHaveValue(sample('valid-plain.txt')); // the box keeps the paste in this tab
  await p.input.fill('');
  await expect(page.getByTestId('ec-stored-bundle')).toContainText(CORP_A);
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect((await menus(page)).map((m) => m.name)).toEqual(['批量加减', '企信客户']);
});
