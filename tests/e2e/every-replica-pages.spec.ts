// The pages beyond the three fills, on the framework-rendered replicas (pages-react: React 19 with
// Ant-Design-style components; pages-vue: Vue 3 with Element-Plus-style ones): template detail (the forbidden 重置二维码 / 编辑模板信息, the customer list with 查看),
// the whole step-1 walk (one paste, then ec-next-step up to the go-online picker), the go-online
// detail's two presses (当前状态暂不允许上线 → ec-wait), the 应用主页 dialog (step 6) and the login
// screen. Our own replica does the same in journey.spec.ts and guard-*.spec.ts (its own markup's locators);
// these use only what a user sees (button words, with the spaces UI kits insert) and the hooks.
import { test, expect, eachReplica, FRAMEWORK_SETS } from './fixtures';
import { openRoute } from './replica-server';
import { panel, reportStatus, stepsOf, saved, control } from './panel-helpers';
import { ok } from './messages';
import { JOURNEY_CORP, pasteFor } from './journey-walk';
import type { Page } from '@playwright/test';

const TPL = '/sass/customApp/tpl/info?id=wwsuite01';
const calls = (page: Page, name: string) => page.evaluate((n) => (window as any).__replica.calls[n] ?? 0, name);
const requests = (page: Page, part: string) => page.evaluate((p) => (window as any).__replica.requests.filter((r: { url: string }) => r.url.includes(p)).length, part);
const next = (page: Page) => page.getByTestId('ec-next-step');
const visibleDialog = (page: Page) => page.locator('[role="dialog"]:visible');

// (our own replica's template detail is guarded in guard-block / guard-policy / hooks-compliance)
eachReplica(FRAMEWORK_SETS, (set) => {
  test(`${set}: template detail — 重置二维码 and 编辑模板信息 are stopped before the page sees them; 刷新列表 and 查看 pass`, async ({ page }) => {
    await openRoute(page, TPL);
    await expect(panel(page).root).toBeVisible();
    await control(page, '重置二维码').first().click();
    await expect(page.getByTestId('ec-guard-notice')).toHaveAttribute('data-action', 'reset-qr');
    await control(page, '编辑模板信息').first().click();
    await expect(page.getByTestId('ec-guard-notice').last()).toHaveAttribute('data-action', 'edit-template');
    await control(page, '刷新列表').first().click();
    expect(await calls(page, 'tpl.ordinary')).toBe(1);
    expect(await calls(page, 'reset-qr')).toBe(0);
    expect(await calls(page, 'tpl.edit')).toBe(0);
    expect(await requests(page, 'resetQrcode')).toBe(0);
    await expect(page.getByText('模板名称', { exact: true }).filter({ visible: true })).toHaveCount(1); // the edit dialog never opened
    // the customer list: 侠客岛 is developed (查看 → its app detail), the header is no customer
    const row = page.locator('tr:visible', { hasText: '侠客岛' });
    await control(row, '查看').click();
    await expect(page).toHaveURL(/app\/detail\?.*appid=dk100004/);
    expect(await calls(page, 'tpl.view')).toBe(1);
  });

  test(`${set}: 编辑模板信息's dialog (open at load): 保存 and 删除模板 are stopped, 取消 passes`, async ({ page }) => {
    await openRoute(page, TPL, ['editopen']);
    const dialog = visibleDialog(page).filter({ hasText: '编辑模板信息' });
    await expect(dialog).toBeVisible();
    await control(dialog, '保存').click();
    await expect(page.getByTestId('ec-guard-notice')).toHaveAttribute('data-action', 'edit-template');
    await control(dialog, '删除模板').click();
    await expect(page.getByTestId('ec-guard-notice').last()).toHaveAttribute('data-action', 'edit-template');
    expect(await calls(page, 'tpl.save')).toBe(0);
    expect(await calls(page, 'tpl.delete')).toBe(0);
    await control(dialog, '取消').click();
    expect(await calls(page, 'tpl.editCancel')).toBe(1);
    await expect(dialog).toHaveCount(0);
  });


  test(`${set}: 随机获取 beside Token and 回调配置's 编辑 ask first; cancelled, the page never sees them`, async ({ page }) => {
    await openRoute(page, '/sass/customApp/app/create?suiteid=wwsuite01&appid=dkQ1&corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B', ['page2']);
    await expect(control(page, '随机获取').first()).toBeVisible(); // the form rendered with the template's defaults
    const token = await page.evaluate(() => (window as any).__replica.create.form.token as string);
    expect(token).toMatch(/^\w{32}$/);
    await control(page, '随机获取').first().click();
    const dlg = page.getByTestId('ec-guard-dialog');
    await expect(dlg).toHaveAttribute('data-action', 'regenerate-secret');
    await page.getByTestId('ec-guard-cancel').click();
    await expect(dlg).toHaveCount(0);
    expect(await calls(page, 'create.randomToken')).toBe(0);
    expect(await page.evaluate(() => (window as any).__replica.create.form.token)).toBe(token);

    await openRoute(page, '/sass/customApp/app/detail?suiteid=wwsuite01&appid=dk100001');
    // the cards' 编 辑 in page order: 权限, 使用配置, 回调配置
    await expect(control(page, '编辑')).toHaveCount(3);
    await control(page, '编辑').nth(2).click();
    await expect(dlg).toHaveAttribute('data-action', 'edit-callback');
    await page.getByTestId('ec-guard-cancel').click();
    expect(await calls(page, 'detail.editCallback')).toBe(0);
    // 权限's 编 辑 is no callback edit: it opens its dialog at once
    await control(page, '编辑').first().click();
    await expect(dlg).toHaveCount(0);
    expect(await calls(page, 'perm.edit')).toBe(1);
  });
});

// The login screen (pages has none; pages-alt's is checked in alt-guard-block / alt-fill-detail too).
eachReplica(['pages-alt', ...FRAMEWORK_SETS] as const, (set) => {
  test(`${set}: the login screen shows no panel and its QR reload passes; the login iframe laid over app detail takes the panel away`, async ({ page }) => {
    await openRoute(page, '/login');
    await expect(page.locator('img.qrcode_login_img')).toBeVisible();
    await page.locator('a.qrcode_login_reload').click();
    expect(await calls(page, set === 'pages-alt' ? 'alt.login.reload' : 'login.reload')).toBe(1);
    await expect(page.getByTestId('ec-guard-notice')).toHaveCount(0);
    await page.waitForTimeout(800); // the panel would have appeared by now
    await expect(panel(page).root).toHaveCount(0);
    // a session that expired: the login QR (in an iframe with no telling attributes) covers app detail
    await openRoute(page, '/sass/customApp/app/detail?suiteid=wwsuite01&appid=dk100001', ['signedout']);
    await expect(page.frameLocator('iframe').locator('img.qrcode_login_img')).toBeVisible();
    await expect(panel(page).root).toHaveCount(0);
  });
});

eachReplica(FRAMEWORK_SETS, (set) => {
  test(`${set}: one paste on the template page, then ec-next-step through step 1 to the go-online picker; the user presses the page's own buttons`, async ({ page, extPage }) => {
    test.setTimeout(60_000);
    const ext = await extPage('popup.html');
    await page.bringToFront();
    const p = panel(page);
    await openRoute(page, TPL);
    await p.input.fill(pasteFor('归云庄'));
    await expect(page.getByTestId('ec-paste-customer')).toContainText('归云庄');
    await expect(next(page)).toHaveAttribute('data-step', '1b');
    if ((await p.root.getAttribute('data-mode')) === 'column') {
      await expect(page.getByTestId('ec-listed-row').filter({ hasText: '光明顶' })).toHaveAttribute('data-state', 'new');
      await expect(page.getByTestId('ec-listed-row').filter({ hasText: '企业名称' })).toHaveCount(0);
    }

    // 1b: the wizard at page 2, filled; the user presses 完 成
    await next(page).click();
    await expect(page).toHaveURL(/app\/create\?.*appid=dk100002/);
    expect(await reportStatus(page)).toBe('filled');
    expect(await saved(page, 'create')).toBeNull();
    await control(page, '完成').last().click();
    await page.waitForURL(/app\/detail/);
    await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1b']).toBe('done');

    // 1c: the 权限 dialog open with every box ticked; the user presses 确 定
    await expect(next(page)).toHaveAttribute('data-step', '1c');
    await next(page).click();
    await expect(page.locator('[data-testid="ec-fill-report"] [data-field="permissions"]')).toHaveAttribute('data-result', 'filled');
    expect(await saved(page, 'permissions')).toBeNull();
    await control(visibleDialog(page), '确定').click();
    await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1c']).toBe('done');

    // 1e: the menu editor filled; the user presses 保 存
    await expect(next(page)).toHaveAttribute('data-step', '1e');
    await next(page).click();
    await expect(page).toHaveURL(/detail\/menu/);
    expect(await reportStatus(page)).toBe('filled');
    expect(await saved(page, 'menus')).toBeNull();
    await control(page, '保存').click();
    await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1e']).toBe('done');

    // 1f: the go-online list, the picker open with this customer's app chosen; the user presses 确 定
    await expect(next(page)).toHaveAttribute('data-step', '1f');
    await next(page).click();
    await expect(page).toHaveURL(/deploy\/list/);
    const picker = visibleDialog(page).filter({ hasText: '选择要上线的应用' });
    await expect(picker).toBeVisible();
    await expect(picker.locator('input[type="radio"]:checked')).toHaveCount(1);
    expect(await page.evaluate(() => (window as any).__replica.deployPicker.chosen)).toBe('dk100002');
    expect(await saved(page, 'orders')).toEqual([]);
    await control(picker, '确定').click();
    await expect.poll(async () => (await saved(page, 'orders')).length).toBe(1);
    await expect.poll(async () => (await ok(ext, { type: 'journey.get', corpId: JOURNEY_CORP }))?.order?.id ?? null).toMatch(/^au\d+/);
    await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1f']).toBe('doing');
  });

  test(`${set}: go-online detail — 当前状态暂不允许上线 → ec-wait with the time; the second press later → 1f done`, async ({ page, extPage }) => {
    const ext = await extPage('popup.html');
    await ok(ext, { type: 'customer.create', corpId: JOURNEY_CORP, name: '桃花岛' });
    await page.bringToFront();
    await openRoute(page, '/sass/customApp/deploy/list');
    await control(page, '提交上线').first().click();
    const picker = visibleDialog(page).filter({ hasText: '选择要上线的应用' });
    await picker.getByText('桃花岛', { exact: true }).click();
    await control(picker, '确定').click();
    const order = await expect.poll(async () => (await ok(ext, { type: 'journey.get', corpId: JOURNEY_CORP }))?.order?.id ?? '').toMatch(/^au/)
      .then(async () => (await ok(ext, { type: 'journey.get', corpId: JOURNEY_CORP })).order as { id: string; createdAt: number });
    await control(page.locator('tr:visible', { hasText: order.id }), '详情').click();
    await expect(page).toHaveURL(/deploy\/detail/);
    await expect(panel(page).root).toBeVisible();
    const submit = control(page, '提交上线');
    await submit.click();
    const wait = page.getByTestId('ec-wait');
    await expect(wait).toBeVisible();
    expect(Number(await wait.getAttribute('data-ready-at')) - order.createdAt).toBeGreaterThanOrEqual(5 * 60 * 1000 - 1000);
    // five minutes later (the replica's order clock is moved back, as if they had passed), the second press is accepted
    await page.evaluate(() => {
      const orders = JSON.parse(sessionStorage.getItem('replica.deploy.orders') || '[]');
      for (const o of orders) o.createdAt -= 5 * 60 * 1000;
      sessionStorage.setItem('replica.deploy.orders', JSON.stringify(orders));
    });
    await submit.click();
    await expect(page.getByText('已上线', { exact: true })).toBeVisible();
    await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1f']).toBe('done');
  });

  test(`${set}: step 6 — the 应用主页 dialog says whether 网页 holds the bundle's homepage; 确定 on 网页 → step 6 done`, async ({ page, extPage }) => {
    const ext = await extPage('popup.html');
    const corp = 'ww3a7c91e0b5d24f68'; // the replica's 桃花岛 (dk100001) homepage (tests/fixtures/bundles/valid-plain.txt)
    const home = `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corp}`;
    await ok(ext, { type: 'customer.create', corpId: corp, name: '桃花岛', bundle: { corpId: corp, homepage: home, trustedDomain: 'html.workec.com', menus: [] } });
    await page.bringToFront();
    // wide enough for the full panel beside the kits' wide dialogs (narrower, it shrinks to the compact bar, which has no homepage check)
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openRoute(page, '/sass/customApp/app/detail?suiteid=wwsuite01&appid=dk100001');
    await expect(page.getByTestId('ec-checklist')).toBeVisible();
    await control(page, '修改').first().click();
    const check = page.getByTestId('ec-homepage-check');
    await expect(check).toHaveAttribute('data-tab', '网页');
    await expect(check).toHaveAttribute('data-matches', 'true');
    const dialog = visibleDialog(page).filter({ hasText: '应用主页' });
    await dialog.getByText('小程序', { exact: true }).click();
    await expect(check).toHaveAttribute('data-tab', '小程序');
    await control(dialog, '关联小程序').click();
    await dialog.getByText('网页', { exact: true }).click();
    await expect(check).toHaveAttribute('data-tab', '网页');
    expect((await stepsOf(ext, corp))['6']).not.toBe('done');
    await control(dialog, '确定').click();
    await expect.poll(async () => (await stepsOf(ext, corp))['6']).toBe('done');
    expect(await saved(page, 'homepage')).toMatchObject({ tab: '网页', url: home, miniprogram: '桃花岛商城' });
  });
});
