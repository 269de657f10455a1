// Line-by-line checks of docs/test-hooks.md ("Rules that hold for every hook"), driven
// only through the hooks and what a user sees, on EVERY replica page set (other markup, React, Vue), in a fresh
// profile, at the usual desktop sizes acceptance checks use.
import { test, expect, eachReplica, REPLICA_SETS, isFramework } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, reportStatus, rowResults, createHash, menuHash, detailHash, CORP_A } from './panel-helpers';
import { auditSummary } from './guard-helpers';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const TEMPLATE = '/sass/customApp/tpl/info?id=ww-suite-dev';
const PAGES = [
  { name: 'wizard page 2', hash: createHash({ appid: 'dkH1' }), flags: ['page2'] },
  { name: 'menu editor', hash: menuHash('dkH1'), flags: [] },
  { name: 'app detail', hash: detailHash('dkH1'), flags: [] },
  { name: 'template detail', hash: TEMPLATE, flags: [] },
];

/** Visible, non-zero, wholly inside the viewport, and the topmost thing at its centre (not covered). */
async function expectUsable(page: Page, hook: Locator, what: string): Promise<void> {
  await expect(hook, what).toBeVisible();
  const box = (await hook.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.width, `${what} width`).toBeGreaterThan(10);
  expect(box.height, `${what} height`).toBeGreaterThan(10);
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(vp.width + 0.5);
  expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(vp.height + 0.5);
  const onTop = await hook.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const root = el.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });
  expect(onTop, `${what} is not covered`).toBe(true);
}

const VIEWPORTS = [{ width: 1280, height: 720 }, { width: 1024, height: 768 }, { width: 1920, height: 1080 }];

eachReplica(REPLICA_SETS, (set) => {
  // The framework sets (e2e budget): the page-driving core — usable hooks at the narrowest of the
  // three sizes, canonical values filled. Refusals, native dialogs and notices are the panel's and
  // the guard's own, page-independent, and menus beyond the limit are drive-every-replica's 4th line:
  // pages and pages-alt check them here.
  for (const vp of isFramework(set) ? VIEWPORTS.slice(1, 2) : VIEWPORTS) {
    test(`visible means usable at ${vp.width}x${vp.height}: panel, box and fill on all four panel pages; one shadow root off <body>`, async ({ page }) => {
      await page.setViewportSize(vp);
      for (const pg of PAGES) {
        await openRoute(page, pg.hash, pg.flags);
        const p = panel(page);
        // The hash-route change keeps the previous page's panel until the new page renders: check
        // until the new page's panel is there and usable (a moment later).
        await expect(async () => {
          await expectUsable(page, p.root, `${pg.name} ec-panel`);
          await expectUsable(page, p.input, `${pg.name} ec-bundle-input`);
          await expectUsable(page, p.fill, `${pg.name} ec-fill`);
        }).toPass({ timeout: 10_000 });
        await expect(p.fill, pg.name).toBeEnabled();
        // one open shadow root, its host a child of <body>, not nested in another shadow root
        const where = await page.evaluate(() => {
          const hosts = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[data-testid="ec-panel"]'));
          const h = hosts[0];
          return { n: hosts.length, parent: h?.parentElement?.tagName ?? null, top: h ? h.getRootNode() === document : false, mode: h?.shadowRoot?.mode };
        });
        expect(where, pg.name).toEqual({ n: 1, parent: 'BODY', top: true, mode: 'open' });
        for (const id of ['ec-fill-report', 'ec-error']) {
          // the report and errors, when shown, live in that same root (checked after a press below)
          expect(await page.evaluate((t) => document.querySelectorAll(`[data-testid="${t}"]`).length, id)).toBe(0);
        }
      }
    });
  }

  if (!isFramework(set)) test('every refused press: ec-fill-report refused + a visible ec-error, ec-fill stays enabled; a second press refuses again', async ({ page }) => {
    const cases: { name: string; hash: string; flags: string[]; text: string }[] = [
      { name: 'wizard, empty box, nothing stored', hash: createHash({ appid: 'dkR1' }), flags: ['page2'], text: '' },
      { name: 'wizard, chat text', hash: createHash({ appid: 'dkR1' }), flags: ['page2'], text: sample('invalid-chat-text.txt') },
      { name: 'wizard, foreign host', hash: createHash({ appid: 'dkR1' }), flags: ['page2'], text: sample('invalid-foreign-host.txt') },
      { name: 'wizard, no homepage', hash: createHash({ appid: 'dkR1' }), flags: ['page2'], text: sample('incomplete-no-homepage.txt') },
      { name: 'menu editor, empty box', hash: menuHash('dkR1'), flags: [], text: '' },
      { name: 'menu editor, no menus', hash: menuHash('dkR1'), flags: [], text: sample('valid-plain.txt').split('\n').slice(0, 2).join('\n') },
      { name: 'app detail', hash: detailHash('dkR1'), flags: [], text: sample('valid-plain.txt') },
      { name: 'template detail', hash: TEMPLATE, flags: [], text: '' },
    ];
    for (const c of cases) {
      await openRoute(page, c.hash, c.flags);
      const p = panel(page);
      await expect(p.root, c.name).toBeVisible();
      if (c.text) await p.input.fill(c.text);
      for (let i = 0; i < 2; i++) {
        await expect(p.fill, c.name).toBeEnabled();
        await p.fill.click();
        expect(await reportStatus(page), `${c.name} #${i + 1}`).toBe('refused');
        await expectUsable(page, p.error, `${c.name} ec-error`);
        await expect(p.error).toHaveAttribute('role', 'alert');
        await expect(p.error).toHaveText(/[\u4e00-\u9fff]/); // Chinese first
      }
    }
  });

  test('canonical values: upper-case hosts, spaces, a trailing 。 → new URL(u).href in the page', async ({ page }) => {
    const corp = CORP_A;
    const text = [
      `应用主页：  https://HTML.WorkEC.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corp}。 `,
      '可信域名:  HTML.workec.COM ',
      `批量加减: https://Html.WorkEc.Com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corp} 。`,
    ].join('\n');
    const home = `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corp}`;
    await openRoute(page, createHash({ appid: 'dkC1' }), ['page2']);
    const p = panel(page);
    await p.input.fill(text);
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    const values = await page.locator('input:visible').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toContain(home);
    expect(values).toContain('html.workec.com');
    expect(values.some((v) => /HTML|WorkEC|。/.test(v))).toBe(false);

    await openRoute(page, menuHash('dkC1'));
    await p.input.fill(text);
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    const menuValues = await page.locator('input:visible').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(menuValues).toContain(home);
    expect(menuValues.some((v) => /Html|WorkEc|。/.test(v))).toBe(false);
  });

  if (!isFramework(set)) test('menus beyond the editor limit: first three filled, menu-4 and menu-5 failed, status partial', async ({ page }) => {
    const H = `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${CORP_A}`;
    const text = ['一', '二', '三', '四', '五'].map((n, i) => `菜单${n}: ${H}&redirect=m${i + 1}`).join('\n');
    await openRoute(page, menuHash('dkM9'));
    const p = panel(page);
    await p.input.fill(text);
    await p.fill.click();
    expect(await reportStatus(page)).toBe('partial');
    expect(await rowResults(page)).toEqual({ 'menu-1': 'filled', 'menu-2': 'filled', 'menu-3': 'filled', 'menu-4': 'failed', 'menu-5': 'failed' });
  });

  if (!isFramework(set)) test('no native dialogs anywhere in fill, undo, refusal, guard block and confirm', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await openRoute(page, createHash({ appid: 'dkN1' }), ['page2']);
    const p = panel(page);
    await p.fill.click();
    expect(await reportStatus(page)).toBe('refused');
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    await p.undo.click();
    await expect(page.locator('[data-testid="ec-fill-report"][data-kind="undo"][data-status]')).toBeVisible();
    await openRoute(page, TEMPLATE);
    await page.locator(':is(a,button,[role=button]):visible', { hasText: '重置二维码' }).first().click();
    await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
    await page.locator(':is(a,button,[role=button]):visible', { hasText: '编辑模板信息' }).first().click();
    await expect(page.getByTestId('ec-guard-notice')).toHaveAttribute('data-action', 'edit-template');
    expect(dialogs).toEqual([]);
  });

  if (!isFramework(set)) test('notices do not queue: each blocked attempt shows its notice at once, readable for 3 s', async ({ page }) => {
    await openRoute(page, TEMPLATE);
    const reset = page.locator(':is(a,button,[role=button]):visible', { hasText: '重置二维码' }).first();
    const edit = page.locator(':is(a,button,[role=button]):visible', { hasText: '编辑模板信息' }).first();
    const notice = page.getByTestId('ec-guard-notice');
    await reset.click();
    await expect(notice.last()).toHaveAttribute('data-action', 'reset-qr', { timeout: 500 });
    await edit.click();
    await expect(notice.last()).toHaveAttribute('data-action', 'edit-template', { timeout: 500 });
    await reset.click();
    await expect(notice.last()).toHaveAttribute('data-action', 'reset-qr', { timeout: 500 });
    // the notices never cover the panel's box or fill button
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(notice.last()).toBeVisible();
    await expectUsable(page, panel(page).input, 'ec-bundle-input beside a notice');
    await expectUsable(page, panel(page).fill, 'ec-fill beside a notice');
    const t0 = Date.now();
    await page.waitForTimeout(3000);
    await expect(notice.last()).toBeVisible();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(3000);
  });
});

test('options: guard-policy is one native select per action with block/confirm/allow; import-data is the file input', async ({ extPage }) => {
  const options = await extPage('options.html');
  const sel = options.getByTestId('guard-policy');
  await expect(sel).toHaveCount(5);
  const info = await sel.evaluateAll((els) => els.map((e) => ({ tag: e.tagName, action: e.getAttribute('data-action'), values: [...(e as HTMLSelectElement).options].map((o) => o.value).sort() })));
  expect(info.map((i) => i.action).sort()).toEqual(['edit-callback', 'edit-template', 'miniprogram-homepage', 'regenerate-secret', 'reset-qr']);
  for (const i of info) expect(i).toMatchObject({ tag: 'SELECT', values: ['allow', 'block', 'confirm'] });
  for (let i = 0; i < 5; i++) await expect(sel.nth(i)).toBeEnabled();
  const imp = options.getByTestId('import-data');
  await expect(imp).toHaveCount(1);
  expect(await imp.evaluate((e) => `${e.tagName}:${(e as HTMLInputElement).type}`)).toBe('INPUT:file');
  await expect(imp).toBeEnabled();
  // the chooser opens directly from it
  const [chooser] = await Promise.all([options.waitForEvent('filechooser'), imp.click()]);
  expect(chooser.isMultiple()).toBe(false);
});

test('export-data (popup and options) downloads exactly one JSON file with customers, steps, bundles and events, no secrets', async ({ page, extPage }) => {
  await openRoute(page, createHash({ appid: 'dkE1', corpName: '导出岛' }), ['page2']);
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  const secrets = await page.locator('input:visible').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).filter((v) => /^[A-Za-z0-9]{32,43}$/.test(v)));
  await page.locator(':is(a,button):visible', { hasText: /^\s*完成\s*$/ }).first().click();
  await expect(page).toHaveURL(/app\/detail/);
  for (const path of ['popup.html', 'options.html']) {
    const ext = await extPage(path);
    const downloads: string[] = [];
    ext.on('download', (d) => downloads.push(d.suggestedFilename()));
    const [dl] = await Promise.all([ext.waitForEvent('download'), ext.getByTestId('export-data').click()]);
    expect(dl.suggestedFilename()).toMatch(/\.json$/);
    const text = readFileSync((await dl.path())!, 'utf8');
    const data = JSON.parse(text);
    expect(JSON.stringify(data)).toContain(CORP_A);
    expect(text).toContain('导出岛');
    for (const s of secrets) expect(text).not.toContain(s);
    await ext.waitForTimeout(500);
    expect(downloads, path).toHaveLength(1);
    await ext.close();
  }
});

test('audit rows newest first; popup steps all visible inside the opened customer only', async ({ page, extPage, context }) => {
  await openRoute(page, TEMPLATE);
  await page.locator(':is(a,button,[role=button]):visible', { hasText: '重置二维码' }).first().click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await page.locator(':is(a,button,[role=button]):visible', { hasText: '编辑模板信息' }).first().click();
  await expect(page.getByTestId('ec-guard-notice').last()).toHaveAttribute('data-action', 'edit-template');
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['edit-template:blocked', 'reset-qr:blocked']);

  await openRoute(page, createHash({ appid: 'dkS9', corpName: '步骤岛' }), ['page2']);
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  await page.locator(':is(a,button):visible', { hasText: /^\s*完成\s*$/ }).first().click();
  await expect(page).toHaveURL(/app\/detail/);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 800, height: 600 });
  await popup.goto(options.url().replace('options.html', 'popup.html'));
  await expect(popup.getByTestId('step')).toHaveCount(0);
  const row = popup.locator(`[data-testid="customer-row"][data-corp-id="${CORP_A}"]`);
  await expect(row).toContainText('步骤岛');
  await row.click();
  const steps = popup.getByTestId('step');
  const want = ['1', '1a', '1b', '1c', '1d', '1e', '1f', '1g', '2', '3', '4', '5', '6'];
  await expect(steps).toHaveCount(want.length);
  expect((await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).sort()).toEqual([...want].sort());
  for (let i = 0; i < want.length; i++) {
    await expect(steps.nth(i)).toBeVisible();
    expect(['todo', 'doing', 'done', 'skipped', 'blocked']).toContain(await steps.nth(i).getAttribute('data-status'));
  }
  await expect(popup.locator('[data-testid="step"][data-step="1a"]')).toHaveAttribute('data-status', 'done');
  await expect(popup.locator('[data-testid="step"][data-step="1b"]')).toHaveAttribute('data-status', 'done');
});

test('one press fills: on the wizard an empty box uses the stored bundle of the customer the page names, and only that one', async ({ page }) => {
  await openRoute(page, createHash({ appid: 'dkW1', corpName: '桃花岛' }), ['page2']);
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  await page.locator(':is(a,button):visible', { hasText: /^\s*完成\s*$/ }).first().click();
  await expect(page).toHaveURL(/app\/detail/);
  // the page accepted 完成: the panel shows 1b done (recorded) before the test reloads
  await expect(page.getByTestId('ec-checklist').locator('[data-step="1b"]')).toHaveAttribute('data-status', 'done');

  // the same customer (by corpName), another app: the stored bundle fills in one press
  await page.reload();
  await openRoute(page, createHash({ appid: 'dkW2', corpName: '桃花岛' }), ['page2']);
  await expect(p.input).toBeVisible();
  await p.input.fill('');
  await expect(page.getByTestId('ec-stored-bundle')).toContainText(CORP_A);
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');

  // another customer: nothing stored for it, so an empty box is refused with a visible error
  await page.reload();
  await openRoute(page, createHash({ appid: 'dkW3', corpName: '别的岛' }), ['page2']);
  await expect(p.input).toBeVisible();
  await p.input.fill('');
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
  await expect(page.getByTestId('ec-stored-bundle')).toHaveCount(0);
});
