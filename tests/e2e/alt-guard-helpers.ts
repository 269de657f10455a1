// Shared by tests/e2e/alt-guard*.spec.ts (the guard against the alternative replica, pages-alt).
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { replica } from './guard-helpers';

export const ALT_TPL = '/sass/customApp/tpl/info?id=ww-suite-dev';
export const ALT_APP = '/sass/customApp/app/detail/callback-alt?corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B';

/** Handler counters of the page (0 when never run). */
export async function calls(page: Page, ...names: string[]): Promise<number[]> {
  const r = await replica(page);
  return names.map((n) => r.calls[n] ?? 0);
}

/** "Visible means usable": visible, non-zero size and inside the viewport. */
export async function expectUsable(page: Page, hook: Locator): Promise<void> {
  await expect(hook).toBeVisible();
  const box = (await hook.boundingBox())!;
  const vp = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  expect(box.width, 'width').toBeGreaterThan(50);
  expect(box.height, 'height').toBeGreaterThan(20);
  expect(box.x, 'left').toBeGreaterThanOrEqual(0);
  expect(box.y, 'top').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'right').toBeLessThanOrEqual(vp.w);
  expect(box.y + box.height, 'bottom').toBeLessThanOrEqual(vp.h);
}

/** Types the dialog's phrase and confirms. */
export async function confirmDialog(page: Page): Promise<void> {
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await page.getByTestId('ec-guard-input').fill(phrase);
  await expect(page.getByTestId('ec-guard-confirm')).toBeEnabled();
  await page.getByTestId('ec-guard-confirm').click();
  await expect(page.getByTestId('ec-guard-dialog')).toHaveCount(0);
}
