// The guard's notice and dialog stay out of the way (issue 12.2): compact, beside the blocked control,
// covering no control of the page's open dialog or form at 683–1920 px, gone on Esc / route change,
// readable ≥ 3 s; Esc on a dialog opened by mouse gives focus back to the control.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, RESET, CALLBACK } from './guard-helpers';
import type { Page } from '@playwright/test';

/** Boxes of the page's visible controls (inputs, buttons, links) inside `scope`, that the notice overlaps. */
async function covered(page: Page, scope: string): Promise<string[]> {
  const n = (await page.getByTestId('ec-guard-notice').boundingBox())!;
  return page.locator(`${scope} :is(input,textarea,select,button,a,[role=button],.ww_btn)`).evaluateAll((els, nb) => els.filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.left < nb.x + nb.width && r.right > nb.x && r.top < nb.y + nb.height && r.bottom > nb.y;
  }).map((e) => e.textContent || e.tagName), n);
}

for (const width of [683, 1024, 1920]) {
  test(`at ${width} px the notice covers no control of the open dialog or form; Esc and a route change close it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 760 });
    await openRoute(page, TPL, ['editopen']);
    await page.getByText('保存', { exact: true }).click();
    const notice = page.getByTestId('ec-guard-notice');
    await expect(notice).toBeVisible();
    expect(await covered(page, '[role=dialog]')).toEqual([]);
    const box = (await notice.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(340);
    await page.keyboard.press('Escape');
    await expect(notice).toHaveCount(0);

    // Blocked on the page itself: not over the page's own form items either; readable ≥ 3 s; gone on a route change.
    await openRoute(page, TPL);
    await page.locator(RESET).click();
    await expect(notice).toBeVisible();
    expect(await covered(page, ':is(.tpl_info, .qr_block)')).toEqual([]);
    await page.waitForTimeout(3000);
    await expect(notice).toBeVisible();
    await page.evaluate(() => { location.hash = '#/sass/customApp/tpl/list'; });
    await expect(notice).toHaveCount(0);
  });
}

test('Esc on a guard dialog opened by mouse gives focus back to the clicked control, not <body>', async ({ page }) => {
  await openRoute(page, CALLBACK);
  await page.locator('.sec_cb').getByText('编辑').click();
  await expect(page.getByTestId('ec-guard-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ec-guard-dialog')).toHaveCount(0);
  expect(await page.evaluate(() => { const a = document.activeElement!; return [a.tagName, a.textContent?.trim()]; })).toEqual(['A', '编辑']);
});
