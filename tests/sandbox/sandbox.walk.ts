// The sandbox: the real built extension on the replica backend.
// - SANDBOX_HEADLESS=1: walks the main flow itself, screenshot per step into sandbox-output/, fails on any broken step.
// - SANDBOX_HEADLESS=0: opens a visible Chromium on the template list with a sample bundle ready in the panel's
//   paste box of the 开始代开发应用 page, and waits until the browser is closed.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { launchWithExtension, serviceWorker } from '../e2e/fixtures';
import { openRoute } from '../e2e/replica-server';
import { sample, validSample } from '../fixtures/bundles';

const OUT = 'sandbox-output';
const headless = process.env.SANDBOX_HEADLESS !== '0';

// A sample as a customer admin sends it over WeCom chat (the repo's own, tests/fixtures/bundles).
function sampleBundle(): string {
  return sample('valid-wecom-chat.txt');
}

const SUITE = 'ww-suite-dev';
const APP = 'dk-app-1001';
const CUSTOMER = validSample('valid-wecom-chat.txt').customer!; // the company its chat header names
const createRoute = `/sass/customApp/app/create?suiteid=${SUITE}&appid=${APP}&corpName=${encodeURIComponent(CUSTOMER)}`;

let shot = 0;
async function snap(page: Page, name: string) {
  shot++;
  await page.screenshot({ path: `${OUT}/${String(shot).padStart(2, '0')}-${name}.png` });
}

test('sandbox', async () => {
  const bundle = sampleBundle();
  if (!headless) {
    const context = await launchWithExtension({ headless: false });
    const page = context.pages()[0] ?? (await context.newPage());
    await openRoute(page, `/sass/customApp/tpl/info?id=${SUITE}`);
    const wizard = await context.newPage();
    await openRoute(wizard, createRoute);
    await wizard.getByText('下一步', { exact: true }).click();
    await wizard.getByTestId('ec-bundle-input').fill(bundle);
    console.log('沙盒已打开：第二个标签页是「开始代开发应用」，示例配置已粘贴，点「填写」试试。关闭浏览器即结束。');
    console.log('Sandbox open: the second tab is 开始代开发应用 with a sample bundle pasted; press 填写. Close the browser to end.');
    await new Promise<void>((done) => context.on('close', () => done()));
    return;
  }

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const context = await launchWithExtension();
  const sw = await serviceWorker(context);
  const extId = new URL(sw.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());

  await test.step('模板详情：重置二维码被拦截 / template detail: reset QR is blocked', async () => {
    await openRoute(page, `/sass/customApp/tpl/info?id=${SUITE}`);
    await page.getByText('重置二维码', { exact: true }).first().click();
    await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
    expect(await page.evaluate(() => (window as any).__replica.calls['reset-qr'] ?? 0)).toBe(0);
    await snap(page, 'guard-blocks-reset-qr');
  });

  await test.step('开始代开发应用：粘贴并填写 / wizard: paste and fill', async () => {
    await openRoute(page, createRoute);
    await page.getByText('下一步', { exact: true }).click();
    await expect(page.getByTestId('ec-panel')).toBeVisible();
    await page.getByTestId('ec-bundle-input').fill(bundle);
    await page.getByTestId('ec-fill').click();
    await expect(page.getByTestId('ec-fill-report')).toHaveAttribute('data-status', 'filled');
    await snap(page, 'wizard-filled');
    await page.getByText('完成', { exact: true }).click();
    await page.waitForURL(/app\/detail/);
  });

  await test.step('权限：全部勾选 / permissions: tick all', async () => {
    await page.locator('.detail_section').filter({ hasText: '权限' }).first().getByText('编辑', { exact: true }).click();
    await expect(page.getByTestId('ec-check-all-permissions')).toBeVisible();
    await page.getByTestId('ec-check-all-permissions').click();
    await snap(page, 'permissions-ticked');
    await page.locator('.perm_dialog').getByText('确定', { exact: true }).click();
    await expect(page.locator('.perm_dialog')).toBeHidden();
  });

  await test.step('自定义菜单：复用已存配置填写 / custom menus from the stored bundle', async () => {
    await openRoute(page, `/sass/customApp/app/detail/menu?suiteid=${SUITE}&appid=${APP}`);
    await expect(page.getByTestId('ec-panel')).toBeVisible();
    await page.getByTestId('ec-fill').click();
    await expect(page.getByTestId('ec-fill-report')).toHaveAttribute('data-status', 'filled', { timeout: 10_000 });
    await snap(page, 'menus-filled');
    await page.getByText('保存', { exact: true }).click();
    await expect(page.getByText('保存成功')).toBeVisible();
  });

  await test.step('上线列表 / go-online list', async () => {
    await openRoute(page, `/sass/customApp/deploy/list?rows=${encodeURIComponent(CUSTOMER)}:待上线`);
    await expect(page.getByText('待上线').first()).toBeVisible();
    await snap(page, 'deploy-list');
  });

  await test.step('弹窗：客户进度 / popup: customer progress', async () => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extId}/popup.html`);
    const row = popup.getByTestId('customer-row').filter({ hasText: CUSTOMER });
    const step1f = popup.locator('[data-testid="step"][data-step="1f"]');
    // The go-online list is read asynchronously: reopen until the background has it (≤ 10 s).
    await expect(async () => {
      await popup.reload();
      await row.click();
      await expect(step1f).toHaveAttribute('data-status', 'doing', { timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await expect(popup.locator('[data-testid="step"][data-step="1b"]')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('[data-testid="step"][data-step="1e"]')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('[data-testid="step"][data-step="1c"]')).toHaveAttribute('data-status', 'done');
    await expect(popup.locator('[data-testid="step"][data-step="1f"]')).toHaveAttribute('data-status', 'doing');
    await snap(popup, 'popup-progress');
    await popup.close();
  });

  await test.step('设置页：审计日志 / options: audit log', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extId}/options.html`);
    await expect(options.locator('[data-testid="audit-row"][data-action="reset-qr"]').first()).toBeVisible();
    await snap(options, 'options-audit');
    await options.close();
  });

  await context.close();
});
