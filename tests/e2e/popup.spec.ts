// The popup (popup.html) driven through its hooks: search, open a customer, change a step by hand,
// keyboard use, adding a customer from a pasted bundle, and a large list.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ok } from './messages';
import { test, expect } from './fixtures';

const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';
const C = 'ww5e0a9d2c4b7f8e13';
const SAMPLES = process.env.EC_SHARED ? `${process.env.EC_SHARED}/samples/bundles` : '../shared/samples/bundles';


async function seedThree(p: Page) {
  await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛' });
  await ok(p, { type: 'customer.create', corpId: B, name: '光明顶' });
  await ok(p, { type: 'customer.create', corpId: C, name: '侠客岛' });
  await ok(p, { type: 'step.set', corpId: B, step: '2', status: 'blocked', source: 'user' });
}

test('search narrows rows; a customer shows 13 steps; a status set by hand persists', async ({ extPage }) => {
  const p = await extPage('popup.html');
  await seedThree(p);
  await p.reload();
  const rows = p.getByTestId('customer-row');
  await expect(rows).toHaveCount(3);
  // most recently touched first
  await expect(rows.first()).toHaveAttribute('data-corp-id', B);
  await expect(rows.first()).toContainText('光明顶');

  const search = p.getByTestId('customer-search');
  await search.fill('岛');
  await expect(rows).toHaveCount(2);
  await search.fill('ww01707');
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveAttribute('data-corp-id', B);
  await search.fill('WW739F');
  await expect(rows).toHaveAttribute('data-corp-id', A);
  await search.fill('不存在');
  await expect(rows).toHaveCount(0);
  await search.fill('');
  await p.getByTestId('customer-filter').selectOption('blocked');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('光明顶');
  await p.getByTestId('customer-filter').selectOption('all');

  await rows.filter({ hasText: '桃花岛' }).click();
  const steps = p.getByTestId('step');
  await expect(steps).toHaveCount(13);
  for (const s of await steps.all()) await expect(s).toBeVisible();
  const ids = await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
  expect(ids).toEqual(['1', '1a', '1b', '1c', '1d', '1e', '1f', '1g', '2', '3', '4', '5', '6']);
  await expect(p.locator('[data-testid=step][data-status=todo]')).toHaveCount(13);
  // helpers
  await expect(p.getByTestId('sidebar-link')).toHaveValue(`https://html.workec.com/v2/wx_crm_lite_v2/auth/sidebar?qxCorpid=${A}`);
  await expect(p.locator('[data-step="1g"]')).toContainText('全部可见');
  // (texts in the browser's UI language: zh_CN first, English in an English browser)
  await expect(p.locator('[data-step="3"]')).toContainText(/无法撤销|cannot be undone/);
  await expect(p.locator('[data-step="6"]')).toContainText('网页');
  await expect(p.locator('[data-step="1c"]')).toContainText(/实施人员|Implementer/);
  await expect(p.locator('[data-step="1d"]')).toContainText(/客户管理员|Customer admin/);
  await expect(p.locator('[data-step="6"]')).toContainText(/总公司管理员|HQ admin/);
  await expect(p.locator('[data-step="5"] select option[value=skipped]')).toHaveCount(1);

  // by hand: 1c done, 5 skipped with a note
  await p.locator('[data-testid=step][data-step="1c"] select').selectOption('done');
  await expect(p.locator('[data-testid=step][data-step="1c"]')).toHaveAttribute('data-status', 'done');
  await p.locator('[data-testid=step][data-step="5"] select').selectOption('skipped');
  const note = p.locator('[data-testid=step][data-step="5"] input.snote');
  await note.fill('未购买会话存档');
  await note.press('Enter');
  await expect(p.locator('[data-testid=step][data-step="5"]')).toContainText(/手动|by hand/);
  // step 1 follows its sub-steps
  await expect(p.locator('[data-testid=step][data-step="1"]')).toHaveAttribute('data-status', 'doing');

  await p.reload();
  await p.getByTestId('customer-row').filter({ hasText: '桃花岛' }).click();
  await expect(p.locator('[data-testid=step][data-step="1c"]')).toHaveAttribute('data-status', 'done');
  await expect(p.locator('[data-testid=step][data-step="5"]')).toHaveAttribute('data-status', 'skipped');
  await expect(p.locator('[data-testid=step][data-step="5"] input.snote')).toHaveValue('未购买会话存档');
  const stored = await ok(p, { type: 'customer.get', corpId: A });
  expect(stored.steps.find((s: any) => s.step === '1c')).toMatchObject({ status: 'done', source: 'user' });

  // back to the list: the customer moved to the top, its bar shows the progress
  await p.getByTestId('back').click();
  await expect(p.getByTestId('customer-row').first()).toHaveAttribute('data-corp-id', A);
  await expect(p.getByTestId('customer-row').first()).toContainText('1/6');
});

test('keyboard: search, arrows, Enter opens, Escape goes back', async ({ extPage }) => {
  const p = await extPage('popup.html');
  await seedThree(p);
  await p.reload();
  await expect(p.getByTestId('customer-row')).toHaveCount(3);
  await expect(p.getByTestId('customer-search')).toBeFocused();
  await p.keyboard.type('岛');
  await expect(p.getByTestId('customer-row')).toHaveCount(2);
  await p.keyboard.press('ArrowDown');
  await expect(p.getByTestId('customer-row').first()).toBeFocused();
  await p.keyboard.press('ArrowDown');
  await expect(p.getByTestId('customer-row').nth(1)).toBeFocused();
  const id = await p.getByTestId('customer-row').nth(1).getAttribute('data-corp-id');
  await p.keyboard.press('Enter');
  await expect(p.getByTestId('step')).toHaveCount(13);
  await expect(p.getByTestId('customer-corp-id')).toHaveText(id!);
  // Tab reaches a status select and the keyboard changes it
  await expect(p.getByTestId('back')).toBeFocused();
  const select = p.locator('[data-testid=step][data-step="1"] select');
  await select.focus();
  await select.selectOption('blocked');
  await expect(p.locator('[data-testid=step][data-step="1"]')).toHaveAttribute('data-status', 'blocked');
  await p.getByTestId('back').focus();
  await p.keyboard.press('Escape');
  await expect(p.getByTestId('customer-row').first()).toBeFocused();
  await expect(p.getByTestId('customer-row').first()).toHaveAttribute('data-corp-id', id!);
});

test('add a customer from a pasted bundle; an unusable bundle shows an alert', async ({ extPage }) => {
  const p = await extPage('popup.html');
  await p.getByTestId('add-customer').click();
  await p.getByTestId('add-name').fill('桃花岛');
  await p.getByTestId('add-bundle').fill(readFileSync(`${SAMPLES}/invalid-placeholder.txt`, 'utf8'));
  await p.getByTestId('add-submit').click();
  await expect(p.getByRole('alert')).toBeVisible();
  await expect(p.getByRole('alert')).not.toBeEmpty();
  expect(await ok(p, { type: 'customer.list' })).toEqual([]);

  const text = readFileSync(`${SAMPLES}/valid-wecom-chat.txt`, 'utf8');
  const expected = JSON.parse(readFileSync(`${SAMPLES}/expected.json`, 'utf8'))['valid-wecom-chat.txt'];
  await p.getByTestId('add-bundle').fill(text);
  await p.getByTestId('add-submit').click();
  await expect(p.getByTestId('step')).toHaveCount(13);
  await expect(p.getByTestId('customer-corp-id')).toHaveText(expected.corpId);
  await expect(p.getByTestId('bundle-info')).toContainText(expected.trustedDomain);
  const d = await ok(p, { type: 'customer.get', corpId: expected.corpId });
  expect(d.customer.name).toBe('桃花岛');
  expect(d.bundle).toMatchObject({ corpId: expected.corpId, homepage: expected.homepage, menus: expected.menus });

  // the same corp id under another name is refused, in Chinese
  await p.getByTestId('back').click();
  await p.getByTestId('add-customer').click();
  await p.getByTestId('add-name').fill('光明顶');
  await p.getByTestId('add-bundle').fill(text);
  await p.getByTestId('add-submit').click();
  await expect(p.getByRole('alert')).toContainText('已记录为客户「桃花岛」');
});

test('5,000 customers: only visible rows are rendered, search finds any of them', async ({ extPage }) => {
  const p = await extPage('popup.html');
  const t0 = Date.now() - 10_000_000;
  const customers = Array.from({ length: 5000 }, (_, i) => ({
    corpId: `ww${i.toString(16).padStart(10, '0')}`, name: `客户${String(i).padStart(4, '0')}号`, appIds: [], createdAt: t0, updatedAt: t0 + i, touchedAt: t0 + i, nameAt: t0,
  }));
  const steps = customers.filter((_, i) => i % 10 === 0).map((c) => ({ corpId: c.corpId, step: '3', status: 'blocked', source: 'user', at: t0 }));
  await ok(p, { type: 'data.importApply', data: { format: 'ec-helper-export', version: 1, customers, steps } });
  await p.reload();
  await expect(p.getByTestId('customer-list')).toHaveAttribute('data-loaded', 'all');
  await expect(p.getByTestId('customer-row').first()).toContainText('客户4999号');
  const rendered = await p.getByTestId('customer-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(30);
  await expect(p.locator('.count')).toContainText('5000');
  await p.getByTestId('customer-search').fill('客户0042号');
  await expect(p.getByTestId('customer-row')).toHaveCount(1);
  await expect(p.getByTestId('customer-row')).toHaveAttribute('data-corp-id', customers[42].corpId);
  await p.getByTestId('customer-search').fill('');
  await p.getByTestId('customer-filter').selectOption('blocked');
  await expect(p.locator('.count')).toContainText('500');
  // scrolling renders further rows
  await p.getByTestId('customer-filter').selectOption('all');
  await p.getByTestId('customer-list').evaluate((el) => { el.scrollTop = 56 * 2500; el.dispatchEvent(new Event('scroll')); });
  await expect(p.getByTestId('customer-row').filter({ hasText: '客户2499号' })).toBeVisible();
});
