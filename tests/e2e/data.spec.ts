// The data layer in the real extension: messages through the background into IndexedDB, the
// go-online list feeding step 1f, export / import, and survival of browser and worker restarts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { send, ok, stepOf } from './messages';
import { test, expect, launchWithExtension, serviceWorker } from './fixtures';
import { openRoute } from './replica-server';

const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';
const C = 'ww5e0a9d2c4b7f8e13';

async function extPageOf(context: BrowserContext, path: string): Promise<Page> {
  const sw = await serviceWorker(context);
  const p = await context.newPage();
  await p.goto(`chrome-extension://${new URL(sw.url()).host}/${path}`);
  return p;
}

test('a message round-trips through the background into IndexedDB and back', async ({ extPage, sw }) => {
  const p = await extPage('popup.html');
  const bad = await send(p, { type: 'customer.create', corpId: 'nope', name: '' });
  expect(bad.ok).toBe(false);
  const created = await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛' });
  expect(created.customer).toMatchObject({ corpId: A, name: '桃花岛' });
  await p.reload();
  expect((await ok(p, { type: 'customer.get', corpId: A })).customer.name).toBe('桃花岛');
  // it really is in the extension origin's IndexedDB, database `ec-helper`
  const stored = await sw.evaluate(() => new Promise<unknown>((resolve, reject) => {
    const req = indexedDB.open('ec-helper');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('customers').objectStore('customers').get('ww739fc538a1b2c3d4');
      get.onsuccess = () => { resolve({ version: db.version, name: get.result?.name }); db.close(); };
      get.onerror = () => reject(get.error);
    };
  }));
  expect(stored).toMatchObject({ name: '桃花岛' });
  expect((stored as any).version).toBeGreaterThanOrEqual(2);
});

test('the go-online list marks 1f for known customers and never overwrites a hand-set status', async ({ page, extPage }) => {
  const p = await extPage('popup.html');
  await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛' });
  await ok(p, { type: 'customer.create', corpId: B, name: '光明顶' });
  await ok(p, { type: 'customer.create', corpId: C, name: '侠客岛' });
  await ok(p, { type: 'step.set', corpId: C, step: '1f', status: 'todo', source: 'user', note: '客户要求暂缓' });

  // arrive by a hash change, without a page load, and the list renders late
  await openRoute(page, '/nowhere', ['deploylater']);
  await page.evaluate(() => { location.hash = '#/sass/customApp/deploy/list'; });
  await expect(page.getByRole('columnheader', { name: '企业客户' })).toBeVisible();

  await expect.poll(async () => (await stepOf(p, A, '1f')).status).toBe('done');
  expect(await stepOf(p, A, '1f')).toMatchObject({ status: 'done', source: 'deploy' });
  expect(await stepOf(p, B, '1f')).toMatchObject({ status: 'doing', source: 'deploy' });
  // later the page re-renders with 光明顶 已上线
  await expect.poll(async () => (await stepOf(p, B, '1f')).status, { timeout: 8000 }).toBe('done');
  expect(await stepOf(p, C, '1f')).toMatchObject({ status: 'todo', source: 'user', note: '客户要求暂缓' });
  // read-only: nothing was clicked
  expect(await page.evaluate(() => (window as any).__replica.calls['deploy.submit'] ?? 0)).toBe(0);
  const events = await ok(p, { type: 'events.list', kind: 'step', limit: 50 });
  expect(events.filter((e: any) => e.detail?.step === '1f' && e.detail?.source === 'deploy').length).toBe(3);
});

test('the go-online list in other markup (div grid, other column order) is read too', async ({ page, extPage }) => {
  const p = await extPage('popup.html');
  await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛' });
  await openRoute(page, '/sass/customApp/deploy/list', ['deploygrid']);
  await expect.poll(async () => (await stepOf(p, A, '1f')).status).toBe('done');
});

test('export downloads one JSON file; import on the options page shows a summary, then merges', async ({ extPage }, testInfo) => {
  const popup = await extPage('popup.html');
  await ok(popup, { type: 'customer.create', corpId: A, name: '桃花岛' });
  await ok(popup, { type: 'wizard.completed', corpId: B, name: '光明顶', appId: 'app-b', bundle: { corpId: B, homepage: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${B}`, trustedDomain: 'html.workec.com', menus: [] } });
  await ok(popup, { type: 'fill.done', page: 'https://open.work.weixin.qq.com/wwopen/developer#/sass/customApp/app/create', corpId: B, status: 'filled', fields: { homepage: 'filled', token: 'kept', aesKey: 'kept' } });
  await popup.reload();

  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-data').click()]);
  expect(download.suggestedFilename()).toMatch(/^ec-helper-export-\d{8}-\d{6}\.json$/);
  const path = testInfo.outputPath('export.json');
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'ec-helper-export', version: 1 });
  expect(file.customers.map((c: any) => c.corpId).sort()).toEqual([A, B].sort());
  expect(file.bundles).toHaveLength(1);
  expect(file.events.some((e: any) => e.kind === 'autofill')).toBe(true);
  expect(text).not.toMatch(/token|aeskey/i);

  // meanwhile, here: 桃花岛 renamed (newer than the file); the file gains a customer and a newer step
  await ok(popup, { type: 'customer.rename', corpId: A, name: '桃花岛集团' });
  file.customers.push({ corpId: C, name: '侠客岛', appIds: [], createdAt: 1, updatedAt: 1, touchedAt: 1, nameAt: 1 });
  file.steps.push({ corpId: B, step: '2', status: 'done', source: 'user', at: Date.now() + 1000, note: '模式2' });
  const edited = testInfo.outputPath('edited.json');
  writeFileSync(edited, JSON.stringify(file));

  const options = await extPage('options.html');
  await expect(options.getByTestId('export-data')).toBeVisible();
  await options.getByTestId('import-data').setInputFiles(edited);
  const summary = options.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(options.getByTestId('import-new')).toHaveAttribute('data-count', '1');
  await expect(options.getByTestId('import-updated')).toHaveAttribute('data-count', '1');
  await expect(options.getByTestId('import-conflicts')).toHaveAttribute('data-count', '1');
  await expect(options.getByTestId('import-conflict')).toContainText('桃花岛集团');
  // nothing written before the confirmation
  expect(await send(options, { type: 'customer.get', corpId: C })).toEqual({ ok: true, data: null });
  await options.getByTestId('import-confirm').click();
  await expect(options.getByTestId('import-done')).toBeVisible();
  await expect(summary).toBeHidden();

  expect((await ok(options, { type: 'customer.get', corpId: C })).customer.name).toBe('侠客岛');
  expect((await ok(options, { type: 'customer.get', corpId: A })).customer.name).toBe('桃花岛集团');
  expect(await stepOf(options, B, '2')).toMatchObject({ status: 'done', note: '模式2' });
  expect((await ok(options, { type: 'customer.get', corpId: B })).bundle.corpId).toBe(B);

  // a file that is not ours: a clear error, nothing changes
  const junk = testInfo.outputPath('junk.json');
  writeFileSync(junk, '{"hello": 1}');
  await options.getByTestId('import-data').setInputFiles(junk);
  await expect(options.getByRole('alert')).toContainText('不是本扩展导出的数据文件');
  await expect(options.getByTestId('import-confirm')).toHaveCount(0);

  // the popup shows the merged customers
  await popup.reload();
  await expect(popup.getByTestId('customer-row')).toHaveCount(3);
});

test('data survives a service-worker restart and a browser restart', async () => {
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'ec-data-'));
  try {
    let context = await launchWithExtension({ userDataDir: dir });
    let p = await extPageOf(context, 'popup.html');
    await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛' });
    await ok(p, { type: 'step.set', corpId: A, step: '3', status: 'blocked', source: 'user', note: '标签未对齐' });

    // stop the service worker: its memory is gone, the data is not
    const sw = await serviceWorker(context);
    await sw.evaluate(() => { (globalThis as any).__ecMarker = 'old worker'; });
    const cdp = await context.newCDPSession(p);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(async () => (await send(p, { type: 'customer.get', corpId: A }))?.data?.customer?.name, { timeout: 10_000 }).toBe('桃花岛');
    expect(await stepOf(p, A, '3')).toMatchObject({ status: 'blocked', note: '标签未对齐' });
    const fresh = await serviceWorker(context);
    expect(await fresh.evaluate(() => (globalThis as any).__ecMarker ?? 'new worker')).toBe('new worker');
    await context.close();

    context = await launchWithExtension({ userDataDir: dir });
    p = await extPageOf(context, 'popup.html');
    await expect(p.getByTestId('customer-row')).toHaveCount(1);
    await expect(p.getByTestId('customer-row')).toContainText('桃花岛');
    expect(await stepOf(p, A, '3')).toMatchObject({ status: 'blocked', source: 'user', note: '标签未对齐' });
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a big import (about 8 MB, many batches) shows progress, writes every record, and a second import adds nothing', async ({ extPage }, testInfo) => {
  test.setTimeout(240_000);
  const t0 = 1_700_000_000_000;
  const N = 8_000;
  const customers = Array.from({ length: N }, (_, i) => ({ corpId: `ww${(0x10000000 + i).toString(16)}`, name: `大客户${i}科技有限公司`, appIds: [`app${i}`], createdAt: t0, updatedAt: t0 + i, touchedAt: t0 + i, nameAt: t0 }));
  const steps = customers.flatMap((c, i) => [
    { corpId: c.corpId, step: '1a', status: 'done', source: 'autofill', at: t0 + i },
    { corpId: c.corpId, step: '3', status: 'doing', source: 'user', at: t0 + i, note: `备注 ${'很长的备注'.repeat(20)}` },
  ]);
  const events = customers.map((c, i) => ({ at: t0 + i, kind: 'guard', action: 'reset-qr', outcome: 'blocked', customer: c.name, page: 'https://open.work.weixin.qq.com/wwopen/developer#/sass/customApp/tpl/info?id=x', detail: { label: '重置二维码'.repeat(10) } }));
  const path = testInfo.outputPath('big.json');
  writeFileSync(path, JSON.stringify({ format: 'ec-helper-export', version: 1, customers, steps, events }));

  const o = await extPage('options.html');
  await o.getByTestId('import-data').setInputFiles(path);
  await expect(o.getByTestId('import-summary')).toBeVisible({ timeout: 120_000 });
  await expect(o.getByTestId('import-new')).toHaveAttribute('data-count', String(N));
  const sawProgress = o.getByTestId('import-progress').waitFor({ timeout: 60_000 }).then(() => true, () => false);
  await o.getByTestId('import-confirm').click();
  expect(await sawProgress).toBe(true);
  await expect(o.getByTestId('import-progress')).toContainText(/正在导入：第 \d+ \/ \d+ 批/);
  await expect(o.getByTestId('import-done')).toBeVisible({ timeout: 120_000 });
  expect(await ok(o, { type: 'customer.list' })).toHaveLength(N);
  const imports = (await ok(o, { type: 'events.list', kind: 'all', limit: 100000 })).filter((e: { kind: string }) => e.kind === 'import');
  expect(imports).toHaveLength(1);
  expect(imports[0].detail.batches).toBeGreaterThan(1);

  // the same file again: every batch checked, nothing new
  await o.getByTestId('import-data').setInputFiles(path);
  await expect(o.getByTestId('import-unchanged')).toHaveAttribute('data-count', String(N), { timeout: 120_000 });
});

test('options: CSV exports download UTF-8 with BOM and no secrets; retention is set on the page and clean-up asks first', async ({ extPage }) => {
  const o = await extPage('options.html');
  await ok(o, { type: 'customer.create', corpId: A, name: '=桃花岛' });
  await ok(o, { type: 'step.set', corpId: A, step: '3', status: 'doing', source: 'user', note: 'Token: LEAKTOKEN 标签' });
  await o.reload();
  for (const [hook, head] of [['export-audit-csv', '时间,类型'], ['export-progress-csv', '企业 ID,客户']] as const) {
    const [dl] = await Promise.all([o.waitForEvent('download'), o.getByTestId(hook).click()]);
    expect(dl.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await dl.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toMatch(new RegExp(`^${head}`));
    expect(text).not.toContain('LEAKTOKEN');
    if (hook === 'export-progress-csv') expect(text).toContain("'=桃花岛");
  }
  let dialogs = 0;
  o.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  await o.getByTestId('retention-days').fill('30');
  await o.getByTestId('retention-save').click();
  await expect(o.getByTestId('retention-settings').getByRole('status')).toContainText('30');
  await o.getByTestId('retention-trim').click();
  await expect(o.getByTestId('retention-confirm')).toContainText('30');
  await o.getByTestId('retention-confirm-yes').click();
  await expect(o.getByTestId('retention-settings').getByRole('status')).toContainText('已清理 0 条');
  await o.reload();
  await expect(o.getByTestId('retention-days')).toHaveValue('30');
  expect(dialogs).toBe(0);
});
