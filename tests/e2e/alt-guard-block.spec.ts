// The guard against ANOTHER replica's markup (tests/replica/pages-alt): Element-UI-like buttons, a
// role=button div, an icon-only link named by its title, a custom element with a shadow root, handlers
// on click / mousedown / pointerdown / mouseup / keydown, a late render, a same-origin iframe.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { auditRows, auditSummary, replica } from './guard-helpers';
import { ALT_TPL, calls, expectUsable } from './alt-guard-helpers';

test.use({ replicaPages: 'pages-alt' });

const ALL_RESETS = ['alt.reset.btn', 'alt.reset.div', 'alt.reset.icon', 'alt.reset.md', 'alt.reset.mu', 'alt.reset.wc'];

test('mouse on every 重置二维码 variant (text, inner icon, glyph-only link, custom element): handlers never run, one row per click', async ({ page, extPage }) => {
  await openRoute(page, ALT_TPL);
  const notice = page.getByTestId('ec-guard-notice');
  const btn = page.locator('#reset-btn');
  await btn.locator('span').click();
  await expectUsable(page, notice);
  await expect(notice).toHaveAttribute('data-action', 'reset-qr');
  await btn.locator('i').click({ force: true, position: { x: 1, y: 1 } });
  await btn.dblclick(); // two gestures milliseconds apart: two rows
  await page.locator('div[role=button]', { hasText: '重置二维码' }).click();
  await page.locator('a[title="重置二维码"]').click(); // lands on its icon-font glyph <i>
  await page.locator('a[title="重置二维码"] i').click();
  await page.locator('#reset-md').click();
  await page.locator('#reset-mu span').click();
  await page.locator('ww-op-button').click(); // its shadow <button>
  await page.locator('ww-op-button').locator('i.icon').click(); // the icon inside its shadow root
  await expect(notice).toHaveCount(1);
  expect(await calls(page, ...ALL_RESETS)).toEqual([0, 0, 0, 0, 0, 0]);
  expect((await replica(page)).requests.filter((q) => q.url.includes('resetQrcode'))).toHaveLength(0);

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(Array(11).fill('reset-qr:blocked'));
});

test('keyboard: Enter and Space on each focused 重置二维码 give one row each and never reach keydown/click handlers', async ({ page, extPage }) => {
  await openRoute(page, ALT_TPL);
  const targets = [page.locator('#reset-btn'), page.locator('div[role=button]', { hasText: '重置二维码' }), page.locator('a[title="重置二维码"]'), page.locator('#reset-md')];
  let presses = 0;
  for (const t of targets) {
    await t.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    presses += 2;
  }
  // The custom element's inner (shadow) button, focused by Tab order.
  await page.locator('ww-op-button').locator('button').focus();
  await page.keyboard.press('Enter');
  presses++;
  await expectUsable(page, page.getByTestId('ec-guard-notice'));
  expect(await calls(page, ...ALL_RESETS)).toEqual([0, 0, 0, 0, 0, 0]);
  // The ordinary button beside them still works from the keyboard.
  await page.locator('#ordinary').focus();
  await page.keyboard.press('Enter');
  expect(await calls(page, 'alt.ordinary')).toEqual([1]);

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(Array(presses).fill('reset-qr:blocked'));
});

test('notices: readable ≥ 3 s, shown at once for each new attempt (not queued), inside the viewport on a transformed, scrolled page', async ({ page }) => {
  await openRoute(page, ALT_TPL, ['xform']);
  const notice = page.getByTestId('ec-guard-notice');
  await page.locator('#reset-btn').click();
  await expectUsable(page, notice);
  await expect(notice).toHaveAttribute('data-action', 'reset-qr');
  // A second, different attempt right away: its notice shows at once.
  await page.getByRole('button', { name: '编辑模板信息' }).click();
  await expect(notice).toHaveAttribute('data-action', 'edit-template', { timeout: 300 });
  await expect(notice).toHaveCount(1);
  await page.waitForTimeout(3100);
  await expectUsable(page, notice);
  expect(await calls(page, 'alt.reset.btn', 'alt.tpl.edit')).toEqual([0, 0]);
});

test('a 重置二维码 rendered 1 s late and one inside a same-origin iframe (mousedown handler) are stopped', async ({ page, extPage }) => {
  await openRoute(page, ALT_TPL, ['late', 'iframe']);
  await expect(page.locator('#reset-btn')).toHaveCount(0);
  await page.locator('#reset-btn').click();
  await expectUsable(page, page.getByTestId('ec-guard-notice'));
  const frame = page.frameLocator('iframe[title="alt-preview"]');
  await frame.getByRole('button', { name: '重置二维码' }).click();
  await frame.getByRole('button', { name: '重置二维码' }).focus();
  await page.keyboard.press('Enter');
  const f = page.frames().find((x) => x.url().includes('frame-alt'))!;
  const fr = await replica(f);
  expect(fr.calls['frame.alt.reset'] ?? 0).toBe(0);
  expect(fr.requests.filter((q) => q.url.includes('resetQrcode'))).toHaveLength(0);
  await frame.getByRole('button', { name: '下载' }).click();
  expect((await replica(f)).calls['frame.alt.download']).toBe(1);
  expect(await calls(page, 'alt.reset.btn')).toEqual([0]);

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(Array(3).fill('reset-qr:blocked'));
});

test('编辑模板信息 (mouseup), 编辑 / 删除 on the template list are blocked; 查看, 创建, 更多尺寸 and its 确定, the login QR reload pass', async ({ page, extPage }) => {
  await openRoute(page, ALT_TPL);
  await page.getByRole('button', { name: '编辑模板信息' }).locator('i').click({ force: true, position: { x: 1, y: 1 } });
  await expect(page.getByTestId('ec-guard-notice')).toHaveAttribute('data-action', 'edit-template');
  // The QR sizes dialog: titled 授权二维码, its 确定 only closes it.
  await page.getByText('更多尺寸').click();
  await page.getByRole('button', { name: '确定' }).click();
  expect(await calls(page, 'alt.tpl.edit', 'alt.sizes', 'alt.sizesOk')).toEqual([0, 1, 1]);

  await openRoute(page, '/sass/customApp/tpl/list');
  await page.getByRole('button', { name: '编辑' }).first().click();
  await page.getByRole('button', { name: '删除' }).first().click();
  await page.getByRole('button', { name: '创建代开发应用模板' }).click();
  expect(await calls(page, 'alt.tpl.listEdit', 'alt.tpl.delete', 'alt.tpl.create')).toEqual([0, 0, 1]);
  await page.getByRole('button', { name: '查看' }).first().click();
  await expect(page).toHaveURL(/tpl\/info\?id=ww-suite-dev/);
  // The notice left with the route change (issue 12.2).
  await expect(page.getByTestId('ec-guard-notice')).toHaveCount(0);
  await openRoute(page, '/login');
  await page.locator('a.qrcode_login_reload').click();
  await page.locator('a.qrcode_login_reload').focus();
  await page.keyboard.press('Enter');
  expect(await calls(page, 'alt.login.reload')).toEqual([2]);
  await expect(page.getByTestId('ec-guard-notice')).toHaveCount(0);

  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(Array(3).fill('edit-template:blocked'));
  await expect(auditRows(options)).toHaveCount(3);
});

test('variants by meaning (traditional + count, badge, closed shadow root, 模板信息 · 编辑): blocked and audited', async ({ page, extPage }) => {
  await openRoute(page, ALT_TPL, ['variants']);
  const notice = page.getByTestId('ec-guard-notice');
  for (const [sel, action] of [['#var-trad', 'reset-qr'], ['#var-badge .el-badge__content', 'reset-qr'], ['#var-closed', 'reset-qr'], ['#var-tpl', 'edit-template']]) {
    await page.locator(sel).click();
    await expect(notice, sel).toHaveAttribute('data-action', action);
  }
  expect(await calls(page, 'alt.var.trad', 'alt.var.badge', 'alt.var.closed', 'alt.var.tpl')).toEqual([0, 0, 0, 0]);
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['edit-template:blocked', 'reset-qr:blocked', 'reset-qr:blocked', 'reset-qr:blocked']);
});
