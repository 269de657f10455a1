// 使用配置 → 应用主页 → 修改 (issue 11.4): 确定 while the 小程序 tab is active is guarded (default
// `confirm`); 确定 while 网页 is active is not. Every replica set.
import { test, expect, eachReplica, REPLICA_SETS } from './fixtures';
import { openRoute } from './replica-server';
import { auditSummary } from './guard-helpers';
import type { Page } from '@playwright/test';

const DETAIL = '/sass/customApp/app/detail?suiteid=ww-suite-dev&appid=dk-app-1001';
const saved = (page: Page) => page.evaluate(() => (window as unknown as { __replica: { saved: { homepage?: { tab: string; url: string; miniprogram: string | null } } } }).__replica.saved.homepage ?? null);
const homeDialog = (page: Page) => page.locator('[role=dialog]', { hasText: '应用主页' });
const ok = (page: Page) => homeDialog(page).locator(':is(a,button)', { hasText: /^确\s*定$/ });

eachReplica(REPLICA_SETS, () => {
  test('确定 on 网页 passes; on 小程序 asks first (cancel keeps it, the phrase lets it through once); audited', async ({ page, extPage }) => {
    await openRoute(page, DETAIL);
    const edit = page.getByText(/^\s*修\s*改\s*$/).first(); // "修 改" in the UI kits
    await edit.click();
    await ok(page).click();
    await expect.poll(() => saved(page)).toMatchObject({ tab: '网页' });
    await expect(page.getByTestId('ec-guard-dialog')).toHaveCount(0);

    await page.evaluate(() => { (window as unknown as { __replica: { saved: Record<string, unknown> } }).__replica.saved = {}; });
    await edit.click();
    await homeDialog(page).getByText('小程序', { exact: true }).click();
    await homeDialog(page).locator(':is(a,button)', { hasText: '关联小程序' }).click();
    await ok(page).click();
    const dlg = page.getByTestId('ec-guard-dialog');
    await expect(dlg).toHaveAttribute('data-action', 'miniprogram-homepage');
    await page.getByTestId('ec-guard-cancel').click();
    expect(await saved(page)).toBeNull();
    await ok(page).click();
    const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
    await page.getByTestId('ec-guard-input').fill(phrase);
    await page.getByTestId('ec-guard-confirm').click();
    await expect.poll(() => saved(page)).toMatchObject({ tab: '小程序', miniprogram: '桃花岛商城' });

    const options = await extPage('options.html');
    await expect(options.locator('[data-testid="guard-policy"][data-action="miniprogram-homepage"]')).toHaveValue('confirm');
    await expect.poll(() => auditSummary(options)).toEqual(['miniprogram-homepage:confirmed', 'miniprogram-homepage:cancelled']);
  });
});
