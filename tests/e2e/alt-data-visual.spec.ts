// The popup at its real width (~380 px) and the options page: nothing cut off or overflowing
// sideways, keyboard focus visible, Enter / Space / Escape work. Screenshots go to the test output
// folder (and to $EC_SHOTS when set) for a human look.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ok } from './messages';
import { test, expect } from './fixtures';

const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';
const LONG = '新疆生产建设兵团第十三师红星二场农业科技发展有限责任公司乌鲁木齐分公司';

async function shot(p: Page, name: string, dir: string) {
  await p.screenshot({ path: join(process.env.EC_SHOTS || dir, `${name}.png`), fullPage: true });
}
/** Elements wider than the page or sticking out of its right edge. */
async function overflow(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > w + 1) out.push(`page scrollWidth ${document.documentElement.scrollWidth} > ${w}`);
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' && a.getBoundingClientRect().right <= w + 1) clipped = true;
      }
      if (!clipped && r.right > w + 1) out.push(`${el.tagName}.${(el as HTMLElement).className} right=${Math.round(r.right)}`);
    }
    return out.slice(0, 10);
  });
}
async function focusRing(p: Page): Promise<string> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? 'outline' : s.boxShadow !== 'none' ? 'shadow' : `none on ${el.tagName}`;
  });
}

test('popup at 380 px: list, customer, add form fit and are keyboard usable; options page too', async ({ extPage, context }, testInfo) => {
  const dir = testInfo.outputDir;
  const p = await context.newPage();
  await p.setViewportSize({ width: 380, height: 600 });
  const first = await extPage('popup.html');
  await ok(first, { type: 'customer.create', corpId: A, name: LONG });
  await ok(first, { type: 'customer.create', corpId: B, name: '光明顶' });
  await ok(first, { type: 'step.set', corpId: B, step: '3', status: 'blocked', source: 'user', note: '标签未对齐,等客户确认后再同步,这是一条很长的备注文字用来检查换行' });
  await first.close();
  await p.goto(first.url());
  await expect(p.getByTestId('customer-row')).toHaveCount(2);
  await shot(p, 'popup-list', dir);
  expect(await overflow(p)).toEqual([]);

  // keyboard: focus starts in the search box (ring visible), Tab reaches the tool buttons
  await expect(p.getByTestId('customer-search')).toBeFocused();
  await p.keyboard.press('ArrowDown');
  await expect(p.getByTestId('customer-row').first()).toBeFocused();
  expect(await focusRing(p)).not.toMatch(/^none/);
  await p.keyboard.press(' ');
  await expect(p.getByTestId('step')).toHaveCount(13);
  await shot(p, 'popup-customer-B', dir);
  expect(await overflow(p)).toEqual([]);
  await expect(p.getByTestId('back')).toBeFocused();
  expect(await focusRing(p)).not.toMatch(/^none/);
  // a note typed and left with Escape (back to the list) is kept
  await p.locator('[data-testid=step][data-step="2"] input.snote').fill('模式1,双向同步');
  await p.keyboard.press('Escape');
  await expect(p.getByTestId('customer-row').first()).toBeFocused();
  await expect.poll(async () => (await ok(p, { type: 'customer.get', corpId: B })).steps.find((s: any) => s.step === '2').note).toBe('模式1,双向同步');

  await p.locator(`[data-testid=customer-row][data-corp-id="${A}"]`).click();
  await expect(p.getByTestId('step')).toHaveCount(13);
  await shot(p, 'popup-customer-long', dir);
  expect(await overflow(p)).toEqual([]);
  // the long name is readable in full on the customer page (wrapped, not cut)
  const title = p.locator('#customer-title');
  expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  await p.keyboard.press('Escape');

  // add form: Enter on the focused add button opens it, Escape leaves it
  await p.getByTestId('add-customer').focus();
  expect(await focusRing(p)).not.toMatch(/^none/);
  await p.keyboard.press('Enter');
  await expect(p.getByTestId('add-name')).toBeFocused();
  await shot(p, 'popup-add', dir);
  expect(await overflow(p)).toEqual([]);
  await p.getByTestId('add-submit').focus();
  await p.keyboard.press('Space');
  await expect(p.getByTestId('add-error')).toBeVisible();
  await shot(p, 'popup-add-error', dir);
  await p.getByTestId('add-name').focus();
  await p.keyboard.press('Escape');
  await expect(p.getByTestId('customer-search')).toBeVisible();

  const o = await extPage('options.html');
  await o.setViewportSize({ width: 1000, height: 900 });
  await ok(o, { type: 'guard.attempt', action: 'reset-qr', outcome: 'blocked', page: 'https://open.work.weixin.qq.com/wwopen/developer#/sass/customApp/tpl/detail?id=1', label: '重置二维码' });
  await expect(o.getByTestId('audit-row')).toHaveCount(1);
  await shot(o, 'options', dir);
  expect(await overflow(o)).toEqual([]);
  // the import summary with a conflict and the error list
  const file = await ok(o, { type: 'data.export' });
  file.customers[0] = { ...file.customers[0], name: '另一个很长很长的客户名称用来检查表格换行是否正常显示', nameAt: Date.now() + 60_000 };
  file.customers.push({ corpId: 'bad', name: '' });
  const path = testInfo.outputPath('import.json');
  writeFileSync(path, JSON.stringify(file));
  await o.getByTestId('import-data').setInputFiles(path);
  await expect(o.getByTestId('import-summary')).toBeVisible();
  await expect(o.getByTestId('import-errors')).toContainText('企业 ID 格式不对');
  await o.getByTestId('import-summary').scrollIntoViewIfNeeded();
  await shot(o, 'options-import', dir);
  expect(await overflow(o)).toEqual([]);
  await o.setViewportSize({ width: 480, height: 900 });
  await shot(o, 'options-narrow', dir);
  expect(await overflow(o)).toEqual([]);
});
