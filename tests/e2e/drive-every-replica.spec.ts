// The three drive flows — wizard fill, permissions tick-all, menus fill — on EVERY replica page set:
// our own (pages), the other markup (pages-alt), and the framework-rendered ones (pages-react: React
// 19 with Ant-Design-style components; pages-vue: Vue 3 with Element-Plus-style components). Driven
// only through the data-testid hooks and what a user sees; what the page really took is read from
// the replica's own state (window.__replica).
import { test, expect, eachReplica, REPLICA_SETS } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, reportStatus, rowResults, createHash, menuHash, detailHash, HOME_A, CALLBACK, control } from './panel-helpers';
import type { Page } from '@playwright/test';

const WX = `${HOME_A}&redirect=wxwork`;
const ALL_PERMS = ['userid', 'department', 'avatar', 'gender', 'qrcode', 'name', 'mobile', 'dept_name', 'email', 'position', 'telephone', 'address', 'extattr', 'external_profile', 'external_position', 'customer_base', 'customer_contact'];

const state = (page: Page, key: string) => page.evaluate((k) => JSON.parse(JSON.stringify((window as any).__replica[k])), key);

/** The visible permission dialog (our replica's has no role). */
const permDialog = (page: Page, set: string) => (set === 'pages' ? page.locator('.perm_dialog:visible') : page.locator('[role="dialog"]:visible'));

async function openPermissions(page: Page, set: string): Promise<void> {
  if (set === 'pages') await page.locator('.detail_section').filter({ hasText: '权限' }).first().getByText('编辑', { exact: true }).click();
  else await control(page, '编辑').first().click();
}

eachReplica(REPLICA_SETS, (set) => {
  test(`${set}: wizard page 2 is filled, verified, and is what 完成 saves`, async ({ page }) => {
    await openRoute(page, createHash({ appid: 'dkW1' }), ['page2']);
    const p = panel(page);
    await expect(p.root).toBeVisible();
    await expect(p.input).toBeVisible();
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'filled', callbackUrl: 'kept', token: 'kept', aesKey: 'kept' });
    const s = await state(page, 'create');
    expect(s.form).toMatchObject({ homepage: HOME_A, domain: 'html.workec.com', enterHomepage: true, callback: CALLBACK });
    expect(s.decoy.homepage).toBe('');
    expect(s.decoy.enterHomepage).toBe(false);
    await control(page, '完成').last().click();
    await expect.poll(() => page.evaluate(() => (window as any).__replica.saved.create ?? null)).toMatchObject({ homeurl: HOME_A, redirect_domain: 'html.workec.com', home_in_workbench: true, callbackurl: CALLBACK });
    await expect(page).toHaveURL(/app\/detail/);
  });

  test(`${set}: the permissions button shows only while the 权限 dialog is open and ticks everything`, async ({ page }) => {
    await openRoute(page, detailHash('dk100001'));
    const p = panel(page);
    await expect(p.root).toBeVisible();
    const tick = page.getByTestId('ec-check-all-permissions');
    await expect(tick).toHaveCount(0);
    await openPermissions(page, set);
    await expect(permDialog(page, set).getByText('对外职务', { exact: true })).toBeVisible();
    await expect(tick).toBeVisible();
    await tick.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ permissions: 'filled' });
    const perms = (await state(page, 'appDetail')).perms;
    for (const id of ALL_PERMS) expect(perms[id], id).toBe(true);
    expect(await page.evaluate(() => (window as any).__replica.calls['perm.confirm'] ?? 0)).toBe(0);
    await control(permDialog(page, set), '确定').click();
    await expect(tick).toHaveCount(0); // the dialog may stay in the DOM, hidden: the button goes
    await expect.poll(() => page.evaluate(() => ((window as any).__replica.saved.permissions ?? []).length)).toBeGreaterThanOrEqual(ALL_PERMS.length);
  });

  test(`${set}: menus are added as 跳转网页 with their URLs (hints and counters beside 添加主菜单 are no menus)`, async ({ page }) => {
    await openRoute(page, menuHash('dk100002'));
    const p = panel(page);
    await expect(p.root).toBeVisible();
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ 'menu-1': 'filled', 'menu-2': 'filled' });
    const menus = (await state(page, 'menuEditor')).menus.map((m: any) => ({ name: m.name, type: m.type, url: m.url }));
    expect(menus).toEqual([{ name: '批量加减', type: 'view', url: HOME_A }, { name: '企信客户', type: 'view', url: WX }]);
    await control(page, '保存').click();
    await expect(page.getByText('保存成功')).toBeVisible();
  });

  test(`${set}: an identical existing menu is left unchanged, a 4th line fails, undo removes what was added`, async ({ page }) => {
    await openRoute(page, menuHash('dk100001'), ['existing']);
    const p = panel(page);
    await expect(p.root).toBeVisible();
    const H = `${HOME_A}&redirect=`;
    await p.input.fill([`批量加减: ${HOME_A}`, `企信客户: ${WX}`, `客户画像: ${H}profile`, `销售看板: ${H}board`].join('\n'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('partial');
    expect(await rowResults(page)).toEqual({ 'menu-1': 'unchanged', 'menu-2': 'filled', 'menu-3': 'filled', 'menu-4': 'failed' });
    const menus = (await state(page, 'menuEditor')).menus;
    expect(menus.map((m: any) => m.name)).toEqual(['批量加减', '企信客户', '客户画像']);
    expect(menus.every((m: any) => m.type === 'view')).toBe(true);
    await p.undo.click();
    await expect(page.locator('[data-testid="ec-fill-report"][data-kind="undo"][data-status]')).toBeVisible();
    await expect.poll(async () => (await state(page, 'menuEditor')).menus.map((m: any) => m.name)).toEqual(['批量加减']);
  });

  // (pages-alt has no other-existing variant)
  if (set !== 'pages-alt') test(`${set}: a different existing menu refuses the fill until 仍然填写 overwrites it`, async ({ page }) => {
    await openRoute(page, menuHash('dk100001'), ['other-existing']);
    const p = panel(page);
    await expect(p.root).toBeVisible();
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('refused');
    await expect(p.error).toContainText('官网');
    await expect(p.error).not.toContainText('最多');
    await p.anyway.click();
    expect(await reportStatus(page)).toBe('filled');
    expect((await state(page, 'menuEditor')).menus.map((m: any) => [m.name, m.type, m.url])).toEqual([['批量加减', 'view', HOME_A], ['企信客户', 'view', WX]]);
  });
});
