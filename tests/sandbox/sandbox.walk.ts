// The sandbox: the real built extension on the replica backend.
// - SANDBOX_HEADLESS=1: walks the main flow itself, screenshot per step into sandbox-output/, fails on any broken step.
// - SANDBOX_HEADLESS=0: opens a visible Chromium on the template list with a sample bundle ready in the panel's
//   paste box of the 开始代开发应用 page, and waits until the browser is closed.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { launchWithExtension, serviceWorker } from '../e2e/fixtures';
import { openRoute } from '../e2e/replica-server';
import { sample, validSample } from '../fixtures/bundles';
import { walkWithExtension } from '../e2e/journey-walk';

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
  // The customer's journey at two window sizes (full width, and beside WeCom chat) in a Chinese and
  // an English browser: guard, one paste on the template page, then ec-next-step to the picker.
  for (const lang of ['zh-CN', 'en-US']) {
    for (const [width, height] of [[1366, 768], [683, 740]] as const) {
      const tag = `${lang}-${width}`;
      await test.step(`旅程 / journey ${tag}`, async () => {
        const context = await launchWithExtension({ lang, viewport: { width, height } });
        const sw = await serviceWorker(context);
        const extId = new URL(sw.url()).host;
        const page = context.pages()[0] ?? (await context.newPage());
        const ext = await context.newPage();
        await ext.goto(`chrome-extension://${extId}/popup.html`);
        await page.bringToFront();
        const shoot = (p: Page) => (name: string) => snap(p, `${tag}-${name}`);

        await openRoute(page, `/sass/customApp/tpl/info?id=${SUITE}`);
        await page.locator('#app').getByText('重置二维码', { exact: true }).first().click();
        await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
        expect(await page.evaluate(() => (window as any).__replica.calls['reset-qr'] ?? 0)).toBe(0);
        await shoot(page)('guard-blocks-reset-qr');
        await page.keyboard.press('Escape');

        const actions = await walkWithExtension(page, ext, shoot(page));
        console.log(`[${tag}] step 1 with the extension: ${actions} actions`);

        // the second press: the go-online detail answers 当前状态暂不允许上线 → ec-wait
        const orders = await page.evaluate(() => (window as any).__replica.saved.orders as { au: string }[]);
        await openRoute(page, `/sass/customApp/deploy/detail?auditorderid=${orders[0].au}`);
        await page.locator('.deploy_detail').getByText('提交上线', { exact: true }).click();
        await expect(page.getByTestId('ec-wait')).toBeVisible();
        await shoot(page)('deploy-detail-wait');

        await ext.setViewportSize({ width: 400, height: 600 });
        await ext.reload();
        await ext.getByTestId('customer-row').first().click();
        await expect(ext.locator('[data-testid="step"][data-step="1e"]')).toHaveAttribute('data-status', 'done');
        await shoot(ext)('popup-progress');

        const options = await context.newPage();
        await options.setViewportSize({ width, height });
        await options.goto(`chrome-extension://${extId}/options.html`);
        await expect(options.locator('[data-testid="audit-row"][data-action="reset-qr"]').first()).toBeVisible();
        await shoot(options)('options');
        await context.close();
      });
    }
  }
});
