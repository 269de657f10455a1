// The go-online list in other markup (tests/replica/pages-alt/deploy.js: Element-UI-like table with
// header and body in separate tables, a fixed column table, tags, padded names, pagination, a search
// form with the same labels above it) still feeds step 1f; a hand-set 1f is never overwritten.
import { ok, stepOf } from './messages';
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';

test.use({ replicaPages: 'pages-alt' });

const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';
const C = 'ww5e0a9d2c4b7f8e13';
const D = 'ww0d0d0d0d0d0d0d0d';
const E = 'ww0e0e0e0e0e0e0e0e';


test('an Element-UI-like go-online list marks 1f done / doing, page by page, never over a hand-set 1f', async ({ page, extPage }) => {
  const p = await extPage('popup.html');
  await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛' });
  await ok(p, { type: 'customer.create', corpId: B, name: '光明顶' });
  await ok(p, { type: 'customer.create', corpId: C, name: '侠客岛' });
  await ok(p, { type: 'customer.create', corpId: D, name: '天龙寺' });
  await ok(p, { type: 'customer.create', corpId: E, name: '峨眉派' });
  await ok(p, { type: 'step.set', corpId: C, step: '1f', status: 'todo', source: 'user', note: '客户要求暂缓' });

  await openRoute(page, '/sass/customApp/deploy/list?rows=桃花岛:已上线,光明顶:待上线,侠客岛:已上线,天龙寺:已上线', ['deploylater']);
  await expect(page.locator('.el-table__body-wrapper .el-tag').first()).toBeVisible();
  await expect.poll(async () => (await stepOf(p, A, '1f')).status).toBe('done');
  await expect.poll(async () => (await stepOf(p, B, '1f')).status).toBe('doing');
  expect(await stepOf(p, A, '1f')).toMatchObject({ source: 'deploy' });
  // the page re-renders: 光明顶 is online now
  await expect.poll(async () => (await stepOf(p, B, '1f')).status, { timeout: 8000 }).toBe('done');
  // rows of page 2 are only seen once the user pages there
  expect((await stepOf(p, D, '1f')).status).toBe('todo');
  await page.locator('.el-pager li[data-page="2"]').click();
  await expect(page.locator('.el-table__body-wrapper')).toContainText('天龙寺');
  await expect.poll(async () => (await stepOf(p, D, '1f')).status).toBe('done');
  // hand-set stays; a customer the list does not show stays untouched
  expect(await stepOf(p, C, '1f')).toMatchObject({ status: 'todo', source: 'user', note: '客户要求暂缓' });
  expect((await stepOf(p, E, '1f')).status).toBe('todo');
  // the search form's labels and its dropdown words were not taken for rows
  const events = await ok(p, { type: 'events.list', kind: 'step', limit: 100 });
  const deploy = events.filter((e: any) => e.detail?.step === '1f' && e.detail?.source === 'deploy');
  expect(deploy.map((e: any) => `${e.corpId}:${e.outcome}`).sort()).toEqual([`${A}:done`, `${B}:doing`, `${B}:done`, `${D}:done`].sort());
});
