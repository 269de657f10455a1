// The customer's journey (issue 11) on our replica: one paste on the template page, then
// ec-next-step for each step; the user presses only the page's own 完成 / 确定 / 保存 / 提交上线.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { panel, reportStatus, stepsOf, saved } from './panel-helpers';
import { ok } from './messages';
import type { Page } from '@playwright/test';
import { walkWithExtension, JOURNEY_CORP, pasteFor } from './journey-walk';

const CORP = JOURNEY_CORP;
const PASTE = pasteFor('桃花岛');

const next = (page: Page) => page.getByTestId('ec-next-step');

test('one paste on the template page, then ec-next-step through step 1 to the go-online picker (≤ 10 actions)', async ({ page, extPage }) => {
  test.setTimeout(60_000);
  const ext = await extPage('popup.html');
  await page.bringToFront();
  const actions = await walkWithExtension(page, ext);
  expect(actions).toBeLessThanOrEqual(10);
  // the order is recorded on the customer; 1f reads 待上线
  await expect.poll(async () => (await ok(ext, { type: 'journey.get', corpId: JOURNEY_CORP }))?.order?.id ?? null).toMatch(/^au\d+/);
  await expect.poll(async () => (await stepsOf(ext, JOURNEY_CORP))['1f']).toBe('doing');
});

test('go-online detail: 当前状态暂不允许上线 → ec-wait with the time, an alarm; later 已上线 → 1f done and the 1g reminder', async ({ page, extPage, sw }) => {
  const ext = await extPage('popup.html');
  await ok(ext, { type: 'customer.create', corpId: CORP, name: '桃花岛' });
  await page.bringToFront();
  // the user presses + 提交上线 and picks by hand; the picker's 确定 starts the order's clock
  await openRoute(page, '/sass/customApp/deploy/list', ['waitshort']);
  await page.getByText('提交上线').first().dispatchEvent('mousedown');
  await page.locator('.deploy_picker .picker_item').filter({ hasText: '桃花岛' }).click();
  const pressed = Date.now();
  await page.locator('.deploy_picker').getByRole('button', { name: '确 定' }).click();
  const au = await expect.poll(async () => (await ok(ext, { type: 'journey.get', corpId: CORP }))?.order?.id ?? '').toMatch(/^au/).then(async () => (await ok(ext, { type: 'journey.get', corpId: CORP })).order as { id: string; createdAt: number });
  expect(Math.abs(au.createdAt - pressed)).toBeLessThan(5000);

  await page.locator(`tr[data-au="${au.id}"]`).getByText('详情').click();
  await expect(page).toHaveURL(/deploy\/detail/);
  await expect(page.getByTestId('ec-panel')).toBeVisible();
  const submit = page.locator('.deploy_detail').getByText('提交上线', { exact: true });
  await submit.click();
  const wait = page.getByTestId('ec-wait');
  await expect(wait).toBeVisible();
  const readyAt = Number(await wait.getAttribute('data-ready-at'));
  expect(readyAt - au.createdAt).toBeGreaterThanOrEqual(5 * 60 * 1000 - 1000);
  const alarms = await sw.evaluate(() => (globalThis as any).chrome.alarms.getAll());
  expect(alarms.some((a: { name: string; scheduledTime: number }) => a.name.includes(au.id) && Math.abs(a.scheduledTime - readyAt) < 2000)).toBe(true);

  // the replica accepts the second press after 1.5 s (waitshort): 已上线 → 1f done, 1g reminded
  await page.waitForTimeout(1600);
  await submit.click();
  await expect.poll(async () => (await stepsOf(ext, CORP))['1f']).toBe('done');
  await expect(page.getByTestId('ec-status')).toContainText('全部可见');
});

test('customer scope: a paste for 桃花岛 is refused on 光明顶科技’s wizard (ec-customer-mismatch) and is not offered to the next customer', async ({ page }) => {
  await openRoute(page, '/sass/customApp/app/create?suiteid=wwsuite01&appid=dk100003&corpName=%E5%85%89%E6%98%8E%E9%A1%B6%E7%A7%91%E6%8A%80', ['page2']);
  const p = panel(page);
  await p.input.fill(PASTE);
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(page.getByTestId('ec-customer-mismatch')).toContainText('桃花岛');
  await expect(p.anyway).toBeVisible();
  await expect(p.error).toBeVisible();
  const before = await page.evaluate(() => (window as any).__replica.create.form.homepage);
  expect(before).toBe('');

  // the next customer's wizard: the box is empty (the paste stays with 光明顶科技's page)
  await openRoute(page, '/sass/customApp/app/create?suiteid=wwsuite01&appid=dk100002&corpName=%E5%BD%92%E4%BA%91%E5%BA%84', ['page2']);
  await expect(p.input).toHaveValue('');
  // back to the first: its paste is there again
  await page.evaluate(() => { location.hash = '#/sass/customApp/app/create?suiteid=wwsuite01&appid=dk100003&corpName=%E5%85%89%E6%98%8E%E9%A1%B6%E7%A7%91%E6%8A%80'; });
  await expect(p.input).toHaveValue(PASTE);
});

test('no app id known: ec-next-step says what to click instead and presses nothing', async ({ page, extPage }) => {
  const ext = await extPage('popup.html');
  await ok(ext, { type: 'customer.create', corpId: CORP, name: '归云庄' });
  await ok(ext, { type: 'step.set', corpId: CORP, step: '1a', status: 'done', source: 'user' });
  await ok(ext, { type: 'step.set', corpId: CORP, step: '1b', status: 'done', source: 'user' });
  await page.bringToFront();
  await openRoute(page, '/sass/customApp/deploy/detail?auditorderid=au0000000001');
  // the go-online detail of an unknown order: the panel shows, nothing is recorded
  await expect(page.getByTestId('ec-panel')).toBeVisible();
  await openRoute(page, '/sass/customApp/app/create?suiteid=wwsuite01&corpName=%E5%BD%92%E4%BA%91%E5%BA%84', ['page2']);
  await expect(next(page)).toHaveAttribute('data-step', '1c');
  await next(page).click();
  await expect(page.getByTestId('ec-status')).toContainText('查看');
  await expect(page).toHaveURL(/app\/create/);
});

test('step 6: the 应用主页 dialog shows whether 网页 holds the bundle’s homepage; 确定 on 网页 after linking → step 6 done', async ({ page, extPage }) => {
  const ext = await extPage('popup.html');
  const corp = 'ww3a7c91e0b5d24f68'; // the replica's 桃花岛 (dk100001) homepage (tests/fixtures/bundles/valid-plain.txt)
  const home = `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corp}`;
  await ok(ext, { type: 'customer.create', corpId: corp, name: '桃花岛', bundle: { corpId: corp, homepage: home, trustedDomain: 'html.workec.com', menus: [] } });
  await page.bringToFront();
  await openRoute(page, '/sass/customApp/app/detail?suiteid=wwsuite01&appid=dk100001');
  await expect(page.getByTestId('ec-checklist')).toBeVisible();
  await page.locator('.detail_row').filter({ hasText: '应用主页' }).getByText('修改', { exact: true }).click();
  const check = page.getByTestId('ec-homepage-check');
  await expect(check).toHaveAttribute('data-tab', '网页');
  await expect(check).toHaveAttribute('data-matches', 'true');
  const dialog = page.locator('.home_dialog');
  await dialog.getByText('小程序', { exact: true }).click();
  await expect(check).toHaveAttribute('data-tab', '小程序');
  await dialog.getByText('关联小程序', { exact: true }).click();
  await dialog.getByText('网页', { exact: true }).click();
  await expect(check).toHaveAttribute('data-tab', '网页');
  expect((await stepsOf(ext, corp))['6']).not.toBe('done');
  await dialog.getByText('确定', { exact: true }).click();
  await expect.poll(async () => (await stepsOf(ext, corp))['6']).toBe('done');
  expect(await saved(page, 'homepage')).toMatchObject({ tab: '网页', url: home, miniprogram: '桃花岛商城' });
});

test('progress without 完成 records nothing: leaving the wizard by the route, or a scripted click on 完成', async ({ page, extPage }) => {
  const ext = await extPage('popup.html');
  await page.bringToFront();
  const create = '/sass/customApp/app/create?suiteid=wwsuite01&appid=dk100002&corpName=%E5%BD%92%E4%BA%91%E5%BA%84';
  await openRoute(page, create, ['page2']);
  const p = panel(page);
  await p.input.fill(pasteFor('归云庄'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  // the route changes to app detail, nothing was pressed
  await page.evaluate(() => { location.hash = '#/sass/customApp/app/detail?suiteid=wwsuite01&appid=dk100002'; });
  await expect(page.getByTestId('ec-panel')).toHaveAttribute('data-page', 'app-detail');
  await page.waitForTimeout(500);
  expect((await ok(ext, { type: 'journey.get', corpId: CORP })) ?? null).toBeNull();

  // a page script "presses" 完成: the page saves and leaves, but it was not the user
  await openRoute(page, create, ['page2']);
  await p.input.fill(pasteFor('归云庄'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  await page.evaluate(() => {
    const btn = Array.from(document.querySelectorAll('.wizard_page_dev a, .wizard_page_dev button')).find((b) => b.textContent?.trim() === '完成') as HTMLElement;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) btn.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  });
  await page.waitForURL(/app\/detail/);
  await page.waitForTimeout(500);
  expect((await ok(ext, { type: 'journey.get', corpId: CORP })) ?? null).toBeNull();

  // the user's own press of 完成 records it
  await openRoute(page, create, ['page2']);
  await p.input.fill(pasteFor('归云庄'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  await page.locator('.wizard_page_dev').getByText('完成', { exact: true }).click();
  await page.waitForURL(/app\/detail/);
  await expect.poll(async () => (await stepsOf(ext, CORP))['1b']).toBe('done');
});

test('follow-ups: waiting for 同意授权 and stale customers are listed in the popup (followup-row) and counted on the badge', async ({ extPage, sw }) => {
  const ext = await extPage('popup.html');
  const day = 24 * 3600e3;
  const now = Date.now();
  const A = 'ww5a5a5a5a5a5a5a5a';
  const B = 'ww6b6b6b6b6b6b6b6b';
  const customer = (corpId: string, name: string, at: number) => ({ corpId, name, appIds: [], createdAt: at, updatedAt: at, touchedAt: at, nameAt: at });
  await ok(ext, {
    type: 'data.importApply',
    data: {
      format: 'ec-helper-export', version: 1, exportedAt: new Date(now).toISOString(),
      customers: [customer(A, '桃花岛', now - 2 * day), customer(B, '侠客岛', now - 10 * day)],
      steps: [
        { corpId: A, step: '1c', status: 'done', source: 'permissions', at: now - 2 * day },
        { corpId: A, step: '1d', status: 'doing', source: 'permissions', at: now - 2 * day },
        { corpId: B, step: '1a', status: 'done', source: 'autofill', at: now - 10 * day },
      ],
      bundles: [], events: [],
    },
  });
  await ext.reload();
  await expect(ext.locator(`[data-testid="followup-row"][data-corp-id="${A}"]`)).toHaveAttribute('data-reason', 'waiting-consent');
  await expect(ext.locator(`[data-testid="followup-row"][data-corp-id="${B}"]`)).toHaveAttribute('data-reason', 'stale');
  const action = () => sw.evaluate(async () => {
    const a = (globalThis as any).chrome.action;
    return { text: await a.getBadgeText({}), title: await a.getTitle({}) };
  });
  await expect.poll(async () => (await action()).text).toBe('2');
  expect((await action()).title).toContain('2 位客户待跟进');
  // a click opens that customer
  await ext.locator(`[data-testid="followup-row"][data-corp-id="${A}"]`).click();
  await expect(ext.locator('[data-testid="step"][data-step="1d"]')).toHaveAttribute('data-status', 'doing');
});
