// Teach when lost (issue 13) on the framework-built replicas with 应用主页 renamed 主页地址 (flag
// `rename`, a page the vocabulary never saw): the fill reports homepage failed / not-found with
// ec-teach; wrong clicks are refused with a message; the right click is learned and the fill runs
// again; a reload fills without teaching; the options page lists it (learned-row) and deletes it
// (learned-delete); Esc and ec-teach-cancel learn nothing.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, reportStatus, rowResults, createHash, bg, HOME_A } from './panel-helpers';
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
