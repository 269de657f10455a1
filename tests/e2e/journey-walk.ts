// The whole step-1 journey on our replica (template page → 开始代开发应用 → … → the go-online
// picker's 确定), walked with the extension (one paste, then ec-next-step) and by hand (copying
// each value from the chat). Counts actions: clicks on page controls, pastes, copies from the chat
// and presses of extension controls. Shared by the journey e2e spec and `npm run bench`.
import { expect } from './fixtures';
import { openRoute } from './replica-server';
import { reportStatus, stepsOf, saved } from './panel-helpers';
import type { Page } from '@playwright/test';

export const JOURNEY_CORP = 'ww7a11ce0ffee0042';
export const JOURNEY_HOME = `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${JOURNEY_CORP}`;

/** A paste as WeCom chat delivers it: sender header, intro sentence, full-width colons. */
export const pasteFor = (company: string) =>
  [
    `${company}-陆乘风 2024/05/08 17:16`,
    '将以下链接发送给EC的实施人员:',
    `应用主页：${JOURNEY_HOME}`,
    '可信域名：html.workec.com',
    `批量加减：${JOURNEY_HOME}`,
    `企信客户：${JOURNEY_HOME}&redirect=wxwork`,
  ].join('\n');

const next = (page: Page) => page.getByTestId('ec-next-step');

/** With the extension: returns the number of actions. Asserts each step on the way. */
export async function walkWithExtension(page: Page, ext: Page, shot: (name: string) => Promise<void> = async () => undefined): Promise<number> {
  let actions = 0;
  const act = async (f: () => Promise<unknown>) => {
    actions++;
    await f();
  };
  const p = { input: page.getByTestId('ec-bundle-input') };
  await openRoute(page, '/sass/customApp/tpl/info?id=wwsuite01');
  await act(() => p.input.fill(pasteFor('归云庄')));
  await expect(page.getByTestId('ec-paste-customer')).toContainText('归云庄');
  await expect(next(page)).toHaveAttribute('data-step', '1b');
  // the template's customer list (in the full panel; the compact bar beside chat shows the next step only)
  if ((await page.getByTestId('ec-panel').getAttribute('data-mode')) === 'column') {
    await expect(page.getByTestId('ec-listed-row').filter({ hasText: '光明顶' })).toHaveAttribute('data-state', 'new');
  }
  await shot('template-paste');

  // 1b: the wizard opens at page 2 and is filled; the user presses 完成
  await act(() => next(page).click());
  await expect(page).toHaveURL(/app\/create/);
  expect(await reportStatus(page)).toBe('filled');
  await expect(page.getByTestId('ec-status')).toContainText('完成');
  expect(await saved(page, 'create')).toBeNull(); // nothing pressed for the user
  await shot('wizard-prepared');
  await act(() => page.locator('.wizard_page_dev').getByText('完成', { exact: true }).click());
  await page.waitForURL(/app\/detail/);
  await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1b']).toBe('done');

  // 1c: app detail with the 权限 dialog open and every box ticked; the user presses 确定
  await expect(next(page)).toHaveAttribute('data-step', '1c');
  if ((await page.getByTestId('ec-panel').getAttribute('data-mode')) === 'column') {
    await expect(page.getByTestId('ec-checklist').locator('[data-step="1c"]')).toHaveAttribute('data-current', 'true');
  }
  await act(() => next(page).click());
  await expect(page.locator('[data-testid="ec-fill-report"] [data-field="permissions"]')).toHaveAttribute('data-result', 'filled');
  expect(await saved(page, 'permissions')).toBeNull();
  await shot('permissions-prepared');
  await act(() => page.locator('[role="dialog"]').filter({ visible: true }).getByText('确定', { exact: true }).click());
  await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1c']).toBe('done');
  await expect(page.getByTestId('ec-reminder').filter({ hasText: '同意授权' })).toBeVisible();
  await shot('app-detail-after-permissions');

  // 1e: the menu editor with both menus filled; the user presses 保存
  await expect(next(page)).toHaveAttribute('data-step', '1e');
  await act(() => next(page).click());
  await expect(page).toHaveURL(/detail\/menu/);
  expect(await reportStatus(page)).toBe('filled');
  expect(await saved(page, 'menus')).toBeNull();
  await shot('menus-prepared');
  await act(() => page.getByText('保存', { exact: true }).click());
  await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1e']).toBe('done');

  // 1f: the go-online list with the picker open and this customer's app chosen; the user presses 确定
  await expect(next(page)).toHaveAttribute('data-step', '1f');
  await act(() => next(page).click());
  await expect(page).toHaveURL(/deploy\/list/);
  await expect(page.locator('.deploy_picker .picker_item.is-checked')).toContainText('归云庄');
  expect(await saved(page, 'orders')).toEqual([]);
  await shot('deploy-picker-prepared');
  await act(() => page.locator('.deploy_picker').getByRole('button', { name: '确 定' }).click());
  await expect.poll(async () => (await saved(page, 'orders')).length).toBe(1);
  return actions;
}

/** By hand on the same replica: every value copied from the chat and pasted; returns the count. */
export async function walkByHand(page: Page): Promise<number> {
  let actions = 0;
  const act = async (f: () => Promise<unknown> = async () => undefined) => {
    actions++;
    await f();
  };
  const copyFromChat = () => act(); // the implementer switches to WeCom and copies one value
  const app = page.locator('#app'); // the page itself, never the extension's panel
  await openRoute(page, '/sass/customApp/tpl/info?id=wwsuite01');
  await act(() => app.locator('tr').filter({ hasText: '归云庄' }).getByText('开始代开发应用').click());
  await act(() => app.getByText('下一步', { exact: true }).click());
  const form = page.locator('.wizard_page_dev');
  await copyFromChat();
  await act(() => form.getByPlaceholder('请填写带协议头的合法URL').fill(JOURNEY_HOME));
  await copyFromChat();
  await act(() => form.locator('.ww_form_item').filter({ hasText: '可信域名' }).locator('input').fill('html.workec.com'));
  if (!(await form.locator('.ww_checkbox_checked').count())) await act(() => form.getByText('在微工作台中始终进入主页').click());
  await act(() => form.getByText('完成', { exact: true }).click());
  await page.waitForURL(/app\/detail/);
  await act(() => app.locator('.detail_row').filter({ hasText: '成员基本信息、成员敏感信息' }).getByText('编辑').click());
  const dialog = page.locator('[role="dialog"]').filter({ visible: true }).filter({ hasText: '成员基本信息' });
  await dialog.getByText('账号').waitFor();
  // tick every option: each group's select-all box, then whatever is still unticked
  for (const g of ['成员基本信息', '成员企业微信二维码', '成员敏感信息', '企业客户权限']) {
    const box = dialog.locator('label').filter({ hasText: new RegExp(`^${g}$`) }).first();
    if (!(await box.locator('.ww_checkbox_checked').count())) await act(() => box.click());
  }
  await act(() => dialog.getByText('确定', { exact: true }).click());
  await act(() => app.locator('.detail_row').filter({ hasText: '自定义菜单' }).getByText('设置').click());
  await app.getByText('添加主菜单', { exact: true }).waitFor();
  for (const [name, url] of [['批量加减', JOURNEY_HOME], ['企信客户', `${JOURNEY_HOME}&redirect=wxwork`]]) {
    await act(() => app.getByText('添加主菜单', { exact: true }).click());
    await act(() => app.getByText('跳转网页', { exact: true }).first().click());
    await copyFromChat();
    await act(() => app.locator('.ww_form_item').filter({ hasText: '菜单名称' }).filter({ visible: true }).locator('input').first().fill(name));
    await copyFromChat();
    await act(() => app.locator('.ww_form_item').filter({ hasText: '网页地址' }).filter({ visible: true }).locator('input').first().fill(url));
  }
  await act(() => app.getByText('保存', { exact: true }).click());
  await act(() => page.evaluate(() => { location.hash = '#/sass/customApp/deploy/list'; })); // the left menu's 代开发应用上线
  await act(() => app.getByText('提交上线').first().dispatchEvent('mousedown'));
  await act(() => page.locator('.deploy_picker .picker_item').filter({ hasText: '归云庄' }).click());
  await act(() => page.locator('.deploy_picker').getByRole('button', { name: '确 定' }).click());
  await expect.poll(async () => (await saved(page, 'orders')).length).toBe(1);
  return actions;
}
