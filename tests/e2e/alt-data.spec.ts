// Acceptance-style checks of the data side, driven only through the hooks of test-hooks.md (and
// chrome.runtime.sendMessage for seeding, as an outside check would): search, steps, export,
// import merge, audit rows and policies, which customer, concurrency and service-worker stops.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { ok, stepOf } from './messages';
import { test, expect, EXT_DIR } from './fixtures';

const A = 'ww739fc538a1b2c3d4';
const B = 'ww01707cf2a8b83ec5';
const C = 'ww5e0a9d2c4b7f8e13';
const D = 'wwABCDEF0123456789';
const PAGE = 'https://open.work.weixin.qq.com/wwopen/developer#/sass/customApp/app/create';
const bundle = (corpId: string) => ({ corpId, homepage: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}`, trustedDomain: 'html.workec.com', menus: [{ name: '批量加减', url: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}` }] });

async function exportVia(p: Page, outDir: string, name: string): Promise<{ file: any; text: string; download: Download }> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-data').click()]);
  const path = join(outDir, name);
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  return { file: JSON.parse(text), text, download };
}
const comparable = (f: any) => ({ ...f, exportedAt: undefined });

test('search narrows by name or corp id (partial, any case); a row opens its 13 steps; statuses set by hand persist', async ({ extPage }) => {
  const p = await extPage('popup.html');
  await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛' });
  await ok(p, { type: 'customer.create', corpId: B, name: '光明顶' });
  await ok(p, { type: 'customer.create', corpId: D, name: 'Acme 峨眉派' });
  await p.reload();
  const rows = p.getByTestId('customer-row');
  await expect(rows).toHaveCount(3);
  for (const [id, name] of [[A, '桃花岛'], [B, '光明顶'], [D, 'Acme 峨眉派']]) {
    await expect(p.locator(`[data-testid=customer-row][data-corp-id="${id}"]`)).toContainText(name);
  }
  const search = p.getByTestId('customer-search');
  const shown = async () => (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-corp-id')))).sort();
  await search.fill('花');
  await expect.poll(shown).toEqual([A]);
  await search.fill('光明');
  await expect.poll(shown).toEqual([B]);
  await search.fill('c538A1');           // middle of a corp id, other case
  await expect.poll(shown).toEqual([A]);
  await search.fill('abcdef01');         // corp id stored upper-case, typed lower-case
  await expect.poll(shown).toEqual([D]);
  await search.fill('acme');             // name, other case
  await expect.poll(shown).toEqual([D]);
  await search.fill('ww');
  await expect.poll(shown).toEqual([A, B, D].sort());
  // typed key by key, as a user does
  await search.fill('');
  await search.pressSequentially('ww017');
  await expect.poll(shown).toEqual([B]);
  await search.fill('  桃花岛 ');         // surrounding spaces are ignored
  await expect.poll(shown).toEqual([A]);
  await search.fill('zzz');
  await expect(rows).toHaveCount(0);
  await search.fill('');
  await expect(rows).toHaveCount(3);

  await p.locator(`[data-testid=customer-row][data-corp-id="${B}"]`).click();
  const steps = p.getByTestId('step');
  await expect(steps).toHaveCount(13);
  const ids = await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
  expect(ids.sort()).toEqual(['1', '1a', '1b', '1c', '1d', '1e', '1f', '1g', '2', '3', '4', '5', '6'].sort());
  for (const s of await steps.all()) {
    await expect(s).toBeVisible();
    await expect(s).toHaveAttribute('data-status', 'todo');
    const box = await s.boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(10);
  }
  // each step's status is a native <select> inside the hook
  expect(await p.locator('[data-testid=step] select').count()).toBe(13);
  await p.locator('[data-testid=step][data-step="2"] select').selectOption('done');
  await p.locator('[data-testid=step][data-step="1e"] select').selectOption('doing');
  await p.locator('[data-testid=step][data-step="5"] select').selectOption('skipped');
  await p.locator('[data-testid=step][data-step="3"] select').selectOption('blocked');
  await expect(p.locator('[data-testid=step][data-step="5"]')).toHaveAttribute('data-status', 'skipped');
  await expect.poll(async () => (await stepOf(p, B, '5'))?.status).toBe('skipped');
  await expect.poll(async () => (await stepOf(p, B, '3'))?.status).toBe('blocked');

  // a fresh popup shows the stored statuses
  await p.close();
  const q = await extPage('popup.html');
  await q.locator(`[data-testid=customer-row][data-corp-id="${B}"]`).click();
  const status = (id: string) => q.locator(`[data-testid=step][data-step="${id}"]`);
  await expect(status('2')).toHaveAttribute('data-status', 'done');
  await expect(status('1e')).toHaveAttribute('data-status', 'doing');
  await expect(status('1')).toHaveAttribute('data-status', 'doing');
  await expect(status('5')).toHaveAttribute('data-status', 'skipped');
  await expect(status('3')).toHaveAttribute('data-status', 'blocked');
  // a skipped step can be taken back to todo by hand
  await status('5').locator('select').selectOption('todo');
  await expect.poll(async () => (await stepOf(q, B, '5'))?.status).toBe('todo');
});

test('export (popup and options) is one Blob download with everything but secrets', async ({ extPage, sw }, testInfo) => {
  const manifest = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.permissions ?? []).not.toContain('downloads');

  const p = await extPage('popup.html');
  await ok(p, { type: 'wizard.completed', corpId: A, name: '桃花岛', appId: '1000042', bundle: bundle(A) });
  await ok(p, { type: 'step.set', corpId: A, step: '2', status: 'done', source: 'user', note: '模式2' });
  await ok(p, { type: 'guard.attempt', action: 'reset-qr', outcome: 'blocked', page: 'https://open.work.weixin.qq.com/wwopen/developer?token=TOKLEAKPAGE1#/sass/x', label: '重置二维码' });
  // attempts to get secrets into the log: a secret key, a value that names a token, a page address
  await ok(p, { type: 'fill.done', page: `${PAGE}?Token=TOKLEAKPAGE2`, corpId: A, status: 'filled', fields: { token: 'TOKLEAKFIELD1', aesKey: 'kept', homepage: 'filled' } });
  await ok(p, { type: 'guard.attempt', action: 'edit-callback', outcome: 'blocked', page: PAGE, label: 'Token: TOKLEAKLABEL1' });
  const AES = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456';
  await ok(p, { type: 'guard.attempt', action: 'edit-callback', outcome: 'blocked', page: PAGE, label: `EncodingAESKey：${AES}` });
  // …and an event written straight into the database (e.g. by an older version)
  await sw.evaluate(() => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('ec-helper');
    req.onsuccess = () => {
      const tx = req.result.transaction('events', 'readwrite');
      tx.objectStore('events').add({ at: Date.now(), kind: 'autofill', action: 'fill', outcome: 'filled', corpId: 'ww739fc538a1b2c3d4', page: 'https://open.work.weixin.qq.com/x?encodingAESKey=TOKLEAKRAW1', detail: { token: 'TOKLEAKRAW2', note: 'token=TOKLEAKRAW3', EncodingAESKey: 'TOKLEAKRAW4' } });
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }));
  await p.reload();

  for (const where of ['popup.html', 'options.html']) {
    const page = where === 'popup.html' ? p : await extPage(where);
    await expect(page.getByTestId('export-data')).toBeVisible();
    const { file, text, download } = await exportVia(page, testInfo.outputDir, `${where}.json`);
    expect(download.url()).toMatch(/^blob:chrome-extension:\/\//);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(file).toMatchObject({ format: 'ec-helper-export', version: 1 });
    expect(file.customers).toEqual([expect.objectContaining({ corpId: A, name: '桃花岛', appIds: ['1000042'] })]);
    expect(file.steps).toEqual(expect.arrayContaining([expect.objectContaining({ corpId: A, step: '2', status: 'done', note: '模式2' }), expect.objectContaining({ step: '1a', status: 'done' })]));
    expect(file.bundles).toEqual([expect.objectContaining({ corpId: A, bundle: bundle(A) })]);
    const actions = file.events.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['wizard.completed', 'step.set', 'fill', 'reset-qr', 'edit-callback']));
    expect(text).not.toMatch(/TOKLEAK/);
    expect(text).not.toContain(AES);
  }
});

test('import: native file input, summary first, per-field merge, nothing deleted, twice = once, bad files change nothing', async ({ extPage }, testInfo) => {
  const p = await extPage('popup.html');
  await ok(p, { type: 'customer.create', corpId: A, name: '桃花岛', bundle: bundle(A) });
  await ok(p, { type: 'customer.create', corpId: B, name: '光明顶' });
  await ok(p, { type: 'step.set', corpId: A, step: '2', status: 'blocked', source: 'user' });
  await ok(p, { type: 'guard.attempt', action: 'reset-qr', outcome: 'blocked', page: PAGE, label: '重置二维码' });
  await p.reload();
  const { file } = await exportVia(p, testInfo.outputDir, 'base.json');

  // later, here: step 2 of 桃花岛 changes; a customer only this machine has
  await ok(p, { type: 'step.set', corpId: A, step: '2', status: 'done', source: 'user', note: '本机较新' });
  await ok(p, { type: 'customer.create', corpId: D, name: '本机客户' });
  // later, in the file: 桃花岛 renamed, step 3 set, a new customer with steps and a bundle
  const later = Date.now() + 60_000;
  const fa = file.customers.find((c: any) => c.corpId === A);
  Object.assign(fa, { name: '桃花岛集团', nameAt: later, updatedAt: later });
  file.steps.push({ corpId: A, step: '3', status: 'doing', source: 'user', at: later });
  file.customers.push({ corpId: C, name: '侠客岛', appIds: ['1000099'], createdAt: 5, updatedAt: 6, touchedAt: 6, nameAt: 5 });
  file.steps.push({ corpId: C, step: '1c', status: 'done', source: 'permissions', at: 6 });
  file.bundles.push({ corpId: C, savedAt: 6, bundle: bundle(C) });
  file.events.push({ at: 7, kind: 'guard', action: 'edit-template', outcome: 'cancelled', page: PAGE, detail: { label: '编辑模板信息', token: 'TOKLEAKIMPORT' } });
  const path = join(testInfo.outputDir, 'merge.json');
  writeFileSync(path, JSON.stringify(file));

  const o = await extPage('options.html');
  const input = o.getByTestId('import-data');
  await expect(input).toBeVisible();
  expect(await input.evaluate((el) => el instanceof HTMLInputElement && el.type === 'file')).toBe(true);
  const before = await ok(o, { type: 'data.export' });
  await input.setInputFiles(path);
  await expect(o.getByTestId('import-summary')).toBeVisible();
  await expect(o.getByTestId('import-new')).toHaveAttribute('data-count', '1');
  await expect(o.getByTestId('import-updated')).toHaveAttribute('data-count', '1');
  // shown, not written
  expect(comparable(await ok(o, { type: 'data.export' }))).toEqual(comparable(before));
  await o.getByTestId('import-confirm').click();
  await expect(o.getByTestId('import-done')).toBeVisible();

  const a = await ok(o, { type: 'customer.get', corpId: A });
  expect(a.customer.name).toBe('桃花岛集团');                              // newer in the file
  expect(a.steps.find((s: any) => s.step === '2')).toMatchObject({ status: 'done', note: '本机较新' }); // newer here
  expect(a.steps.find((s: any) => s.step === '3')).toMatchObject({ status: 'doing' });  // only in the file
  expect(a.bundle).toEqual(bundle(A));
  expect((await ok(o, { type: 'customer.get', corpId: D })).customer.name).toBe('本机客户'); // not deleted
  expect((await ok(o, { type: 'customer.get', corpId: B })).customer.name).toBe('光明顶');
  const c = await ok(o, { type: 'customer.get', corpId: C });
  expect(c.customer).toMatchObject({ name: '侠客岛', appIds: ['1000099'] });
  expect(c.steps.find((s: any) => s.step === '1c')).toMatchObject({ status: 'done' });
  expect(c.bundle).toEqual(bundle(C));
  const after1 = await ok(o, { type: 'data.export' });
  expect(JSON.stringify(after1)).not.toContain('TOKLEAK');
  expect(after1.events.filter((e: any) => e.action === 'edit-template')).toHaveLength(1);
  expect(after1.events.filter((e: any) => e.action === 'reset-qr')).toHaveLength(1);

  // the same file again: nothing changes, no event is duplicated
  await input.setInputFiles(path);
  await expect(o.getByTestId('import-summary')).toBeVisible();
  await expect(o.getByTestId('import-new')).toHaveAttribute('data-count', '0');
  await expect(o.getByTestId('import-updated')).toHaveAttribute('data-count', '0');
  await o.getByTestId('import-confirm').click();
  await expect(o.getByTestId('import-done')).toBeVisible();
  expect(comparable(await ok(o, { type: 'data.export' }))).toEqual(comparable(after1));

  // the popup lists all four, named as merged
  await p.reload();
  await expect(p.getByTestId('customer-row')).toHaveCount(4);
  await expect(p.locator(`[data-testid=customer-row][data-corp-id="${A}"]`)).toContainText('桃花岛集团');

  // malformed files: a clear Chinese error, nothing written
  const bad: [string, string, RegExp][] = [
    ['truncated.json', JSON.stringify(file).slice(0, 200), /不是有效的 JSON/],
    ['other.json', '{"customers": []}', /不是本扩展导出的数据文件/],
    ['array.json', '[1,2,3]', /不是本扩展导出的数据文件/],
    ['newer.json', JSON.stringify({ ...file, version: 99 }), /版本/],
    ['badcorp.json', JSON.stringify({ ...file, customers: [...file.customers, { corpId: 'x', name: '' }] }), /错误/],
    ['empty.json', '', /不是有效的 JSON/],
  ];
  for (const [name, content, msg] of bad) {
    const f = join(testInfo.outputDir, name);
    writeFileSync(f, content);
    await input.setInputFiles(f);
    const alert = o.getByRole('alert').filter({ hasText: msg });
    await expect(alert, name).toBeVisible();
    expect(await alert.innerText()).toMatch(/[\u4e00-\u9fff]/);
    const confirm = o.getByTestId('import-confirm');
    if (await confirm.count()) await expect(confirm).toBeDisabled();
  }
  expect(comparable(await ok(o, { type: 'data.export' }))).toEqual(comparable(after1));
});

test('audit rows newest first with action and outcome; guard policies are native selects', async ({ extPage }) => {
  const p = await extPage('popup.html');
  const seq: [string, string][] = [['reset-qr', 'blocked'], ['edit-template', 'cancelled'], ['regenerate-secret', 'confirmed'], ['edit-callback', 'blocked']];
  for (const [action, outcome] of seq) {
    await ok(p, { type: 'guard.attempt', action, outcome, page: PAGE, label: action });
    await p.waitForTimeout(5);
  }
  const o = await extPage('options.html');
  const rows = o.getByTestId('audit-row');
  await expect(rows).toHaveCount(4);
  const got = await rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-action'), e.getAttribute('data-outcome')]));
  expect(got).toEqual([...seq].reverse());
  // a new attempt shows up at the top without a reload
  await ok(p, { type: 'guard.attempt', action: 'edit-template', outcome: 'blocked', page: PAGE });
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toHaveAttribute('data-action', 'edit-template');
  await expect(rows.first()).toHaveAttribute('data-outcome', 'blocked');

  const selects = o.getByTestId('guard-policy');
  await expect(selects).toHaveCount(5);
  for (const s of await selects.all()) await expect(s).toBeEnabled(); // policies loaded
  const actions = await selects.evaluateAll((els) => els.map((e) => [e.tagName, e.getAttribute('data-action'), [...(e as HTMLSelectElement).options].map((x) => x.value).sort().join(',')]));
  expect(actions.map((a) => a[1]).sort()).toEqual(['edit-callback', 'edit-template', 'miniprogram-homepage', 'regenerate-secret', 'reset-qr']);
  for (const [tag, , values] of actions) {
    expect(tag).toBe('SELECT');
    expect(values).toBe('allow,block,confirm');
  }
  const sel = o.locator('[data-testid=guard-policy][data-action="edit-callback"]');
  await expect(sel).toBeEnabled();
  await sel.selectOption('allow');
  await o.reload();
  await expect(o.locator('[data-testid=guard-policy][data-action="edit-callback"]')).toHaveValue('allow');
});

test('which customer: the corp id is the key; a later 完成 under a new name renames it and keeps the old name in the log', async ({ extPage }) => {
  const p = await extPage('popup.html');
  await ok(p, { type: 'wizard.completed', corpId: A, name: '桃花岛', appId: '1000042', bundle: bundle(A) });
  await ok(p, { type: 'step.set', corpId: A, step: '2', status: 'done', source: 'user' });
  const renamed = await ok(p, { type: 'wizard.completed', corpId: A, name: '  桃花岛\u00a0科技 ', appId: '1000043', bundle: bundle(A) });
  expect(renamed.customer).toMatchObject({ corpId: A, name: '桃花岛 科技' });
  expect(renamed.customer.appIds).toEqual(['1000042', '1000043']);
  expect(renamed.steps.find((s: any) => s.step === '2')).toMatchObject({ status: 'done' }); // progress kept
  const list = await ok(p, { type: 'customer.list' });
  expect(list).toHaveLength(1);
  const events = await ok(p, { type: 'events.list', kind: 'all', limit: 50 });
  const rename = events.find((e: any) => e.detail?.previousName === '桃花岛');
  expect(rename).toMatchObject({ corpId: A, customer: '桃花岛 科技' });
  await p.reload();
  await expect(p.getByTestId('customer-row')).toHaveCount(1);
  await expect(p.getByTestId('customer-row')).toContainText('桃花岛 科技');
  await p.getByTestId('customer-search').fill('桃花岛 科技');
  await expect(p.getByTestId('customer-row')).toHaveCount(1);
  // the ledger now points the new name at this corp id (the old name is free again)
  expect(await ok(p, { type: 'ledger.check', corpId: A, name: '桃花岛科技' })).toEqual({ ok: true });
});

test('two tabs changing one customer at once: every change lands; a worker stop mid-session loses nothing', async ({ extPage, context }) => {
  const p1 = await extPage('popup.html');
  await ok(p1, { type: 'customer.create', corpId: A, name: '桃花岛' });
  const p2 = await extPage('popup.html');
  await p1.reload();
  for (const p of [p1, p2]) await p.locator(`[data-testid=customer-row][data-corp-id="${A}"]`).click();
  await expect(p2.getByTestId('step')).toHaveCount(13);
  await expect(p1.getByTestId('step')).toHaveCount(13);
  // both tabs at once, through the UI
  await Promise.all([
    p1.locator('[data-testid=step][data-step="1c"] select').selectOption('done'),
    p2.locator('[data-testid=step][data-step="1e"] select').selectOption('done'),
  ]);
  // and a burst of messages from both tabs
  const burst = (p: Page, steps: string[]) => p.evaluate((list) => Promise.all(list.map((step) =>
    (globalThis as any).chrome.runtime.sendMessage({ type: 'step.set', corpId: 'ww739fc538a1b2c3d4', step, status: 'done', source: 'user' }))), steps);
  const [r1, r2] = await Promise.all([burst(p1, ['1a', '2', '4']), burst(p2, ['1b', '3', '6'])]);
  expect([...r1, ...r2].every((r: any) => r?.ok)).toBe(true);
  await expect.poll(async () => {
    const d = await ok(p1, { type: 'customer.get', corpId: A });
    return d.steps.filter((s: any) => s.status === 'done').map((s: any) => s.step).sort();
  }).toEqual(['1a', '1b', '1c', '1e', '2', '3', '4', '6'].sort());
  const d = await ok(p1, { type: 'customer.get', corpId: A });
  expect(d.summary.steps).toMatchObject({ '2': 'done', '3': 'done', '4': 'done', '6': 'done', '1': 'doing' });

  // the worker stops while both popups stay open; the next change from the UI still lands
  const cdp = await context.newCDPSession(p1);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await p2.locator('[data-testid=step][data-step="1d"] select').selectOption('done');
  await expect(p2.locator('[data-testid=step][data-step="1d"]')).toHaveAttribute('data-status', 'done');
  await expect.poll(async () => (await stepOf(p1, A, '1d'))?.status, { timeout: 10_000 }).toBe('done');
  expect((await stepOf(p1, A, '1c')).status).toBe('done');
  await p1.getByTestId('back').click();
  await p1.reload();
  await expect(p1.locator(`[data-testid=customer-row][data-corp-id="${A}"]`)).toContainText('4/6');
  await expect(p1.locator(`[data-testid=customer-row][data-corp-id="${A}"]`)).toContainText('步骤1 5/7');
});
