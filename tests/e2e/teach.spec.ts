// Teach when lost (issue 13) on the framework-built replicas with 应用主页 renamed 主页地址 (flag
// `rename`, a page the vocabulary never saw): the fill reports homepage failed / not-found with
// ec-teach; wrong clicks are refused with a message; the right click is learned and the fill runs
// again; a reload fills without teaching; the options page lists it (learned-row) and deletes it
// (learned-delete); Esc and ec-teach-cancel learn nothing. The same for the menu editor's name, type
// and address (flag `renamefields` of tests/replica/pages) and for a 权限 dialog whose options are
// worded as nobody knows (flag `renameperms`).
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, reportStatus, rowResults, createHash, bg, HOME_A, menuHash, detailHash, menuState } from './panel-helpers';
import type { Page } from '@playwright/test';

const homeInput = (page: Page) => page.locator('input#dev_homeurl, input#homeurl').first();
const learnedList = async (ext: Page) => ((await bg(ext, { type: 'learned.list' })).data ?? []) as { page: string; field: string }[];

for (const set of ['pages-react', 'pages-vue'] as const) {
  test.describe(set, () => {
    test.use({ replicaPages: set });

    test(`${set}: a renamed label is taught once, remembered after reload, listed, deleted`, async ({ page, extPage }) => {
      await openRoute(page, createHash({ appid: 'dkT1' }), ['page2', 'rename']);
      const p = panel(page);
      await expect(p.root).toBeVisible();
      await p.input.fill(sample('valid-plain.txt'));
      await p.fill.click();
      expect(await reportStatus(page)).toBe('partial');
      const row = p.row('homepage');
      await expect(row).toHaveAttribute('data-result', 'failed');
      await expect(row).toHaveAttribute('data-reason', 'not-found');
      expect((await rowResults(page)).trustedDomain).toBe('filled');

      // Esc learns nothing
      await row.getByTestId('ec-teach').click();
      await expect(page.getByTestId('ec-teach-cancel')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('ec-teach-cancel')).toHaveCount(0);
      const ext = await extPage('options.html');
      await page.bringToFront();
      expect(await learnedList(ext)).toEqual([]);

      // wrong clicks are refused, with a message
      await p.row('homepage').getByTestId('ec-teach').click();
      await page.getByText('主页地址', { exact: true }).first().click();
      await expect(page.getByTestId('ec-teach-note')).toBeVisible();
      await expect(page.getByTestId('ec-teach-cancel')).toBeVisible(); // still teaching
      await page.getByTestId('ec-fill-report').locator('.status').click();
      await expect(page.getByTestId('ec-teach-note')).toBeVisible();
      await expect(page.getByTestId('ec-teach-cancel')).toBeVisible();
      expect(await learnedList(ext)).toEqual([]);

      // the right click: learned, filled again
      await homeInput(page).click();
      await expect(page.getByTestId('ec-teach-cancel')).toHaveCount(0);
      await expect.poll(() => page.evaluate(() => (window as any).__replica.create.form.homepage)).toBe(HOME_A);
      await expect(page.locator('[data-testid="ec-fill-report"][data-status="filled"]')).toBeVisible({ timeout: 10_000 });
      expect((await rowResults(page)).homepage).toBe('filled'); // the first fill could not type it
      await expect.poll(async () => (await learnedList(ext)).map((l) => `${l.page}|${l.field}`)).toEqual(['wizard-dev|homepage']);

      // a fresh load fills without teaching
      await openRoute(page, createHash({ appid: 'dkT2' }), ['page2', 'rename']);
      await p.input.fill(sample('valid-plain.txt'));
      await p.fill.click();
      expect(await reportStatus(page)).toBe('filled');
      expect((await rowResults(page)).homepage).toBe('filled');

      // listed on the options page, deleted there
      await ext.reload();
      const lrow = ext.getByTestId('learned-row');
      await expect(lrow).toHaveCount(1);
      await expect(lrow).toHaveAttribute('data-field', 'homepage');
      await expect(lrow).toHaveAttribute('data-page', 'wizard-dev');
      await lrow.getByTestId('learned-delete').click();
      await expect(ext.getByTestId('learned-row')).toHaveCount(0);
      await page.bringToFront();
      await openRoute(page, createHash({ appid: 'dkT3' }), ['page2', 'rename']);
      await p.input.fill(sample('valid-plain.txt'));
      await p.fill.click();
      expect(await reportStatus(page)).toBe('partial');
      await expect(p.row('homepage')).toHaveAttribute('data-reason', 'not-found');
    });
  });
}

test.describe('export / import', () => {
  test.use({ replicaPages: 'pages-react' });
  test('taught fields travel in export / import (merged, newer wins) and are used after import', async ({ page, extPage }) => {
    const ext = await extPage('options.html');
    const entry = { page: 'wizard-dev', field: 'homepage', kind: 'text', label: '主页地址', tag: 'input', index: 0, at: 1000 };
    expect((await bg(ext, { type: 'learned.set', entry })).ok).toBe(true);
    const file = (await bg(ext, { type: 'data.export' })).data as any;
    expect(file.learned).toEqual([entry]);
    expect(JSON.stringify(file)).not.toMatch(/dev_homeurl/);
    await bg(ext, { type: 'learned.delete', page: 'wizard-dev', field: 'homepage' });
    expect((await bg(ext, { type: 'learned.list' })).data).toEqual([]);
    const r = await bg(ext, { type: 'data.importApply', data: file });
    expect(r.ok).toBe(true);
    expect((r.data as any).learned).toBe(1);
    expect((await bg(ext, { type: 'learned.list' })).data).toEqual([entry]);
    // the imported teaching is used by the next fill
    await page.bringToFront();
    await openRoute(page, createHash({ appid: 'dkT4' }), ['page2', 'rename']);
    const p = panel(page);
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    expect((await rowResults(page)).homepage).toBe('filled');
  });
});

test.describe('menu editor', () => {
  test.use({ replicaPages: 'pages-react' });
  test('an add button the vocabulary does not know (新建一级菜单) is taught, then menus fill', async ({ page }) => {
    await openRoute(page, '/sass/customApp/app/detail/menu?suiteid=wwsuite01&appid=dkT5', ['renameadd']);
    const p = panel(page);
    await expect(p.root).toBeVisible();
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).not.toBe('filled');
    const row = p.row('menu-1');
    await expect(row).toHaveAttribute('data-reason', 'not-found');
    await row.getByTestId('ec-teach').click();
    await page.getByText('最多添加3个主菜单，每个主菜单最多5个子菜单').click(); // a hint, not a button
    await expect(page.getByTestId('ec-teach-note')).toBeVisible();
    await page.getByRole('button', { name: '新建一级菜单' }).click();
    await expect(page.getByTestId('ec-teach-cancel')).toHaveCount(0);
    // the fill runs again by itself
    await expect.poll(() => page.evaluate(() => (window as any).__replica.menuEditor.menus.map((m: any) => `${m.name}|${m.type}`)), { timeout: 15_000 }).toEqual(['批量加减|view', '企信客户|view']);
    await expect(page.locator('[data-testid="ec-fill-report"][data-status="filled"]')).toBeVisible({ timeout: 10_000 });
    expect(await rowResults(page)).toEqual({ 'menu-1': 'filled', 'menu-2': 'filled' });
  });
});

const note = (page: Page) => page.getByTestId('ec-teach-note');
/** A click refused: the note says `text`, and teaching goes on. */
async function refused(page: Page, text: RegExp) {
  await expect(note(page)).toHaveText(text);
  await expect(page.getByTestId('ec-teach-cancel')).toBeVisible();
}
/** The click was taught: teaching is over (the fill runs again by itself). */
async function refilled(page: Page) {
  await expect(page.getByTestId('ec-teach-cancel')).toHaveCount(0);
}

test.describe('menu editor with renamed fields (按钮文字 / 打开H5页面 / 目标网址)', () => {
  test('name, type and address are taught one after another, remembered after reload, deleted on the options page', async ({ page, extPage }) => {
    test.setTimeout(120_000);
    await openRoute(page, menuHash('dkT6'), ['renamefields']);
    const p = panel(page);
    await expect(p.root).toBeVisible();
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('partial');
    for (const f of ['menu-1', 'menu-2']) {
      await expect(p.row(f)).toHaveAttribute('data-result', 'failed');
      await expect(p.row(f)).toHaveAttribute('data-reason', 'not-found');
    }
    const form = page.locator('.menu_form_inner');
    const ext = await extPage('options.html');
    await page.bringToFront();

    // 1. the name field: the panel, the label, a type option are refused; the input is learned
    await p.row('menu-1').getByTestId('ec-teach').click();
    await expect(page.getByTestId('ec-teach-banner')).toContainText('菜单名称输入框');
    await page.getByTestId('ec-fill-report').locator('.status').click();
    await refused(page, /本扩展自己的面板/);
    await form.getByText('按钮文字', { exact: true }).click();
    await refused(page, /标签文字/);
    await form.getByText('发送消息', { exact: true }).click();
    await refused(page, /文本输入框/);
    expect(await learnedList(ext)).toEqual([]);
    await form.locator('input').first().click();
    await refilled(page);
    await expect.poll(async () => (await menuState(page)).menus.map((m) => m.name), { timeout: 15_000 }).toEqual(['批量加减', '企信客户']);
    expect(await reportStatus(page)).toBe('partial');
    await expect(p.row('menu-1')).toHaveAttribute('data-reason', 'not-found');

    // 2. the type: a text field and the type's label are refused; 打开H5页面 is learned
    await p.row('menu-1').getByTestId('ec-teach').click();
    await expect(page.getByTestId('ec-teach-banner')).toContainText('跳转网页');
    await form.locator('input').first().click();
    await refused(page, /菜单类型的一个选项/);
    await form.getByText('菜单内容', { exact: true }).click();
    await refused(page, /菜单类型的一个选项/);
    await form.getByText('打开H5页面', { exact: true }).click();
    await refilled(page);
    await expect.poll(async () => (await menuState(page)).menus.map((m) => m.type), { timeout: 15_000 }).toEqual(['view', 'view']);
    expect(await reportStatus(page)).toBe('partial');
    await expect(p.row('menu-1')).toHaveAttribute('data-reason', 'not-found');

    // 3. the address: the name field (taught for 菜单名称) is refused; the other input is learned
    await p.row('menu-1').getByTestId('ec-teach').click();
    await form.locator('input').first().click();
    await refused(page, /已经学习为「菜单名称输入框」/);
    await form.locator('input').nth(1).click();
    await refilled(page);
    await expect(page.locator('[data-testid="ec-fill-report"][data-status="filled"]')).toBeVisible({ timeout: 15_000 });
    expect(await rowResults(page)).toEqual({ 'menu-1': 'filled', 'menu-2': 'filled' });
    const menus = (await menuState(page)).menus;
    expect(menus.map((m) => `${m.name}|${m.type}|${m.url.startsWith('https://')}`)).toEqual(['批量加减|view|true', '企信客户|view|true']);
    expect(menus[0].url).toBe(HOME_A);
    expect(await page.evaluate(() => (window as any).__replica.calls['menu.save'] ?? 0)).toBe(0); // 保存 is the user's
    await expect.poll(async () => (await learnedList(ext)).map((l) => `${l.page}|${l.field}`).sort()).toEqual(['menu-editor|menuName', 'menu-editor|menuType', 'menu-editor|menuUrl']);

    // a fresh load fills without teaching
    await openRoute(page, menuHash('dkT7'), ['renamefields']);
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ 'menu-1': 'filled', 'menu-2': 'filled' });
    expect((await menuState(page)).menus.map((m) => `${m.name}|${m.type}`)).toEqual(['批量加减|view', '企信客户|view']);

    // the editor with its usual words: the taught fields are not there, the vocabulary fills, and says so
    await openRoute(page, menuHash('dkT7b'));
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ 'menu-1': 'filled', 'menu-2': 'filled' });
    await expect(p.row('menu-1')).toContainText('之前学习的元素已不在页面上');

    // listed on the options page, deleted there: the fill is lost again and offers ec-teach
    await ext.reload();
    await expect(ext.getByTestId('learned-row')).toHaveCount(3);
    for (const f of ['menuName', 'menuType', 'menuUrl']) await expect(ext.locator(`[data-testid="learned-row"][data-field="${f}"]`)).toHaveAttribute('data-page', 'menu-editor');
    for (let i = 3; i > 0; i--) {
      await ext.getByTestId('learned-delete').first().click();
      await expect(ext.getByTestId('learned-row')).toHaveCount(i - 1);
    }
    await page.bringToFront();
    await openRoute(page, menuHash('dkT8'), ['renamefields']);
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('partial');
    await expect(p.row('menu-1')).toHaveAttribute('data-reason', 'not-found');
    await expect(p.row('menu-1').getByTestId('ec-teach')).toBeVisible();
  });
});

test.describe('权限 dialog worded as nobody knows', () => {
  const perms = (page: Page) => page.evaluate(() => ({ ...(window as any).__replica.appDetail.perms })) as Promise<Record<string, boolean>>;
  const openDialog = async (page: Page) => {
    await page.locator('.detail_section').filter({ hasText: '权限' }).first().getByText('编辑', { exact: true }).click();
    await expect(page.locator('.perm_dialog').getByText('成员UserID', { exact: true })).toBeVisible();
  };
  const ALL = ['userid', 'department', 'avatar', 'gender', 'qrcode', 'name', 'mobile', 'dept_name', 'email', 'position', 'telephone', 'address', 'extattr', 'external_profile', 'external_position', 'customer_base', 'customer_contact', 'customer_group'];

  test('the dialog is taught by a click inside it, ticked; remembered after reload; deleted on the options page', async ({ page, extPage }) => {
    test.setTimeout(90_000);
    await openRoute(page, detailHash('dkT9'), ['renameperms']);
    const p = panel(page);
    const tick = page.getByTestId('ec-check-all-permissions');
    await expect(p.root).toBeVisible();
    await expect(tick).toHaveCount(0);
    await openDialog(page);
    const before = await perms(page);
    await tick.click();
    expect(await reportStatus(page)).toBe('partial');
    const row = p.row('permissions');
    await expect(row).toHaveAttribute('data-result', 'failed');
    await expect(row).toHaveAttribute('data-reason', 'not-found');
    expect(await perms(page)).toEqual(before); // nothing ticked in a dialog nobody recognised
    const ext = await extPage('options.html');
    await page.bringToFront();

    // ec-teach-cancel learns nothing
    await row.getByTestId('ec-teach').click();
    await page.getByTestId('ec-teach-cancel').click();
    await expect(page.getByTestId('ec-teach-cancel')).toHaveCount(0);
    expect(await learnedList(ext)).toEqual([]);

    // the panel and the page behind the dialog (its mask) are refused; a click on an option is learned
    await p.row('permissions').getByTestId('ec-teach').click();
    await page.getByTestId('ec-fill-report').locator('.status').click();
    await refused(page, /本扩展自己的面板/);
    await page.mouse.click(8, 400);
    await refused(page, /权限对话框/);
    expect(await learnedList(ext)).toEqual([]);
    await page.locator('.perm_dialog').getByText('成员头像', { exact: true }).click();
    await refilled(page);
    await expect(page.locator('[data-testid="ec-fill-report"][data-status="filled"]')).toBeVisible({ timeout: 10_000 });
    expect(await rowResults(page)).toEqual({ permissions: 'filled' });
    const after = await perms(page);
    for (const id of ALL) expect(after[id], id).toBe(true);
    expect(await page.evaluate(() => (window as any).__replica.calls['perm.confirm'] ?? 0)).toBe(0); // 确定 is the user's
    await expect.poll(async () => (await learnedList(ext)).map((l) => `${l.page}|${l.field}`)).toEqual(['app-detail|permissions']);

    // a fresh load: ticked without teaching
    await openRoute(page, detailHash('dkT10'), ['renameperms']);
    await openDialog(page);
    await tick.click();
    expect(await reportStatus(page)).toBe('filled');
    expect(await rowResults(page)).toEqual({ permissions: 'filled' });
    expect(Object.keys(await perms(page)).filter((k) => ALL.includes(k)).length).toBe(ALL.length);

    // deleted on the options page: not recognised again, ec-teach offered
    await ext.reload();
    const lrow = ext.getByTestId('learned-row');
    await expect(lrow).toHaveCount(1);
    await expect(lrow).toHaveAttribute('data-field', 'permissions');
    await expect(lrow).toHaveAttribute('data-page', 'app-detail');
    await lrow.getByTestId('learned-delete').click();
    await expect(ext.getByTestId('learned-row')).toHaveCount(0);
    await page.bringToFront();
    await openRoute(page, detailHash('dkT11'), ['renameperms']);
    await openDialog(page);
    await tick.click();
    expect(await reportStatus(page)).toBe('partial');
    await expect(p.row('permissions')).toHaveAttribute('data-reason', 'not-found');
    await expect(p.row('permissions').getByTestId('ec-teach')).toBeVisible();
  });
});
