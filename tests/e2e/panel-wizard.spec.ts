// The in-page panel on 开始代开发应用 page 2, driven only through its hooks on the replica
// (controlled inputs, custom checkbox, hidden decoy form, late renders, late / missing defaults).
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { openCreate, panel, sample, sampleNames, validSample, reportStatus, rowResults, createState, replicaLog, saved, bg, completeWizard, CORP_A, HOME_A, CALLBACK } from './panel-helpers';

test('direct open of page 2: visible without a click, one press fills and the values stick', async ({ page }) => {
  await openCreate(page);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await expect(p.input).toBeVisible();
  await expect(p.fill).toBeVisible();
  await expect(p.fill).toBeEnabled();
  await expect(p.root).toContainText('桃花岛');
  // the panel's host hangs off <body>, outside the page's app root, in an open shadow root
  const where = await page.evaluate(() => {
    const host = Array.from(document.body.children).find((e) => e.shadowRoot?.querySelector('[data-testid="ec-panel"]'));
    return { parent: host?.parentElement?.tagName, open: host?.shadowRoot?.mode, inApp: !!document.getElementById('app')?.contains(host ?? null) };
  });
  expect(where).toEqual({ parent: 'BODY', open: 'open', inApp: false });

  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect(await rowResults(page)).toEqual({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'filled', callbackUrl: 'kept', token: 'kept', aesKey: 'kept' });
  await expect(p.error).toHaveCount(0);

  const before = await createState(page);
  expect(before.form.homepage).toBe(HOME_A);
  expect(before.form.domain).toBe('html.workec.com');
  expect(before.form.enterHomepage).toBe(true);
  expect(before.form.callback).toBe(CALLBACK);
  // the hidden decoy form with the same labels was not touched
  expect(before.decoy).toEqual({ homepage: '', domain: '', enterHomepage: false, ip: '' });

  // The page re-renders on focus changes: the values must survive that (they are in the page's state).
  const dev = page.locator('.wizard_page_dev');
  const ip = dev.getByPlaceholder('请填写调用的IP地址');
  await ip.click();
  await dev.getByPlaceholder('请填写带协议头的合法URL').click();
  await ip.click();
  await page.mouse.click(5, 300);
  const after = await createState(page);
  expect(after.form.homepage).toBe(HOME_A);
  expect(after.form.domain).toBe('html.workec.com');
  expect(after.form.token).toBe(before.form.token); // left exactly as pre-filled
  expect(after.form.aes).toBe(before.form.aes);
  await expect(dev.getByPlaceholder('请填写带协议头的合法URL')).toHaveValue(HOME_A);

  // The page's own 完成 accepts what was filled.
  await page.getByText('完成', { exact: true }).click();
  await expect.poll(() => saved(page, 'create')).toMatchObject({ homeurl: HOME_A, redirect_domain: 'html.workec.com', home_in_workbench: true, callbackurl: CALLBACK });
  await expect(page).toHaveURL(/#\/sass\/customApp\/app\/detail\?suiteid=wwsuite01&appid=dk01/);
});

test('route change: page 1 → 下一步 → page 2 (panel only on page 2), late render and 上一步', async ({ page }) => {
  // the page's customer is the one the pasted chat sample's header names
  await openCreate(page, ['slow'], { page1: true, corpName: validSample('valid-wecom-chat.txt').customer });
  await expect(page.getByText('下一步', { exact: true })).toBeVisible();
  await expect(panel(page).root).toHaveCount(0);
  // Measure, in the page, how long after the form renders the panel shows.
  await page.evaluate(() => {
    const w = window as any;
    w.__timing = {};
    const mo = new MutationObserver(() => {
      if (!w.__timing.form && Array.from(document.querySelectorAll('.ww_form_label')).some((e) => e.textContent?.includes('EncodingAESKey'))) {
        w.__timing.form = performance.now();
        const look = () => {
          const host = Array.from(document.body.children).find((e) => e.shadowRoot?.querySelector('[data-testid="ec-panel"]'));
          if (host) w.__timing.panel = performance.now();
          else requestAnimationFrame(look);
        };
        look();
      }
    });
    mo.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByText('下一步', { exact: true }).click();
  await expect(panel(page).root).toBeVisible({ timeout: 5000 });
  await expect.poll(() => page.evaluate(() => (window as any).__timing.panel), { timeout: 5000 }).toBeGreaterThan(0);
  const timing = await page.evaluate(() => (window as any).__timing);
  expect(timing.panel - timing.form).toBeLessThanOrEqual(100);

  const p = panel(page);
  await p.input.fill(sample('valid-wecom-chat.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  const chat = validSample('valid-wecom-chat.txt');
  expect((await createState(page)).form.homepage).toBe(chat.homepage);

  // Going back to page 1 removes the panel; coming back shows it again with the paste kept.
  await page.getByText('上一步', { exact: true }).click();
  await expect(p.root).toHaveCount(0);
  await page.getByText('下一步', { exact: true }).click();
  await expect(p.root).toBeVisible({ timeout: 5000 });
  await expect(p.input).toHaveValue(new RegExp(chat.corpId));
});

test('hash change from another page into the wizard; panel gone on a non-panel page and on the login page', async ({ page }) => {
  await openRoute(page, '/nowhere');
  await expect(page.locator('.frame_top')).toBeVisible();
  await expect(panel(page).root).toHaveCount(0);
  await page.evaluate(() => { location.hash = '/sass/customApp/app/create?suiteid=s1&appid=a9&corpName=%E5%85%89%E6%98%8E%E9%A1%B6'; });
  await page.getByText('下一步', { exact: true }).click();
  await expect(panel(page).root).toBeVisible();
  await expect(panel(page).root).toContainText('光明顶');
  // A login QR (the signed-out state) takes over: no panel there.
  await page.evaluate(() => {
    const d = document.createElement('div');
    d.className = 'login_box';
    d.innerHTML = '<img class="qrcode_login_img" style="width:200px;height:200px" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a class="qrcode_login_reload">刷新</a>';
    document.body.prepend(d);
  });
  await expect(panel(page).root).toHaveCount(0);
});

test('the custom checkbox already ticked stays ticked; mousedown-bound 完成 still gets the values', async ({ page }) => {
  await openCreate(page, ['ticked', 'mousedown']);
  const p = panel(page);
  await p.input.fill(sample('valid-fullwidth-crlf.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect((await rowResults(page)).enterHomepage).toBe('unchanged');
  expect((await createState(page)).form.enterHomepage).toBe(true);
  expect((await replicaLog(page)).filter((e: any) => e[0] === 'check')).toHaveLength(0); // never clicked
  await page.getByText('完成', { exact: true }).click();
  await expect.poll(() => saved(page, 'create')).toMatchObject({ homeurl: validSample('valid-fullwidth-crlf.txt').homepage, home_in_workbench: true });
});

test('template defaults: late ones are waited for, missing ones fail', async ({ page }) => {
  await openCreate(page, ['latedefaults']);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await page.locator('.wizard_page_dev input').first().waitFor();
  await p.input.fill(sample('valid-plain.txt'));
  // pressed before the defaults arrived: the fill waits for them, then fills and verifies
  expect((await createState(page)).state.defaults).toBe(false);
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect(await rowResults(page)).toMatchObject({ homepage: 'filled', callbackUrl: 'kept', token: 'kept', aesKey: 'kept' });
  const s = await createState(page);
  expect(s.state.defaults).toBe(true);
  expect(s.form.homepage).toBe(HOME_A);
  // pressing again changes nothing
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  expect(await rowResults(page)).toMatchObject({ homepage: 'unchanged', enterHomepage: 'unchanged', trustedDomain: 'unchanged', callbackUrl: 'kept' });

  await openCreate(page, ['nodefaults']);
  await page.locator('.wizard_page_dev input').first().waitFor();
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('partial');
  expect(await rowResults(page)).toMatchObject({ homepage: 'filled', trustedDomain: 'filled', callbackUrl: 'failed', token: 'failed', aesKey: 'failed' });
  await expect(p.row('token')).toContainText(/刷新|reload/);
});

test('a value the page drops is reported failed, never filled', async ({ page }) => {
  await openCreate(page, ['revert']);
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('partial');
  expect(await rowResults(page)).toMatchObject({ homepage: 'filled', trustedDomain: 'failed' });
  expect((await createState(page)).form.domain).toBe('');
});

test('every invalid sample and the incomplete one are refused with a visible error; the page is untouched', async ({ page }) => {
  await openCreate(page);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  await expect.poll(async () => (await createState(page)).state.defaults).toBe(true);
  const invalid = sampleNames().filter((n) => n.startsWith('invalid-') || n.startsWith('incomplete-'));
  expect(invalid.length).toBeGreaterThanOrEqual(8);
  const pristine = await createState(page);
  for (const name of invalid) {
    await p.input.fill(sample(name));
    await p.fill.click();
    expect(await reportStatus(page), name).toBe('refused');
    await expect(p.error, name).toBeVisible();
    await expect(p.error, name).toHaveAttribute('role', 'alert');
    expect((await p.error.innerText()).trim().length, name).toBeGreaterThan(8);
    if (name.startsWith('incomplete-')) await expect(p.error).toContainText('应用主页、可信域名');
    await expect(p.row('homepage')).toHaveCount(0);
    expect(await createState(page), name).toEqual(pristine);
    expect(await replicaLog(page), name).toEqual([]);
    await expect(p.undo).toHaveCount(0);
  }
});

test('undo restores exactly what the fill changed', async ({ page }) => {
  await openCreate(page);
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  const filled = await createState(page);
  await p.undo.click();
  expect(await reportStatus(page)).toBe('filled');
  expect(await rowResults(page)).toEqual({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'filled' });
  const undone = await createState(page);
  expect(undone.form).toEqual({ ...filled.form, homepage: '', domain: '', enterHomepage: false });
  await expect(p.undo).toHaveCount(0);

  // a box that was ticked before the fill stays ticked after undo
  await openCreate(page, ['ticked']);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  await p.undo.click();
  expect(await rowResults(page)).toEqual({ homepage: 'filled', trustedDomain: 'filled' });
  expect((await createState(page)).form.enterHomepage).toBe(true);
});

test('完成 records wizard.completed (1a/1b done); a corp id recorded for another customer is refused, then filled anyway and logged', async ({ page, extPage }) => {
  await openCreate(page, [], { corpName: '桃花岛', appid: 'dkA' });
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('filled');
  const ext = await extPage('popup.html');
  await page.bringToFront(); // keep the replica tab the visible one (hidden tabs get throttled timers)
  // filled but not completed: no customer yet (the link is recorded on 完成, not at fill time)
  expect((await bg(ext, { type: 'customer.get', corpId: CORP_A })).data).toBeNull();
  await page.getByText('完成', { exact: true }).click();
  await expect(page).toHaveURL(/app\/detail/);
  await expect
    .poll(async () => {
      const r = await bg(ext, { type: 'customer.get', corpId: CORP_A });
      const steps = Object.fromEntries((r.data?.steps ?? []).map((s: any) => [s.step, s.status]));
      return { name: r.data?.customer?.name, a: steps['1a'], b: steps['1b'] };
    })
    .toEqual({ name: '桃花岛', a: 'done', b: 'done' });
  expect((await bg(ext, { type: 'bundle.find', appId: 'dkA' })).data).toMatchObject({ corpId: CORP_A, name: '桃花岛' });

  // Another customer's wizard with 桃花岛's bundle pasted: refused, overridable.
  await openCreate(page, [], { corpName: '光明顶', appid: 'dkB' });
  await p.input.fill(sample('valid-plain.txt'));
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toBeVisible();
  await expect(p.error).toContainText('桃花岛');
  await expect(p.error).toContainText('光明顶');
  await expect(p.error).toContainText(CORP_A);
  expect((await createState(page)).form.homepage).toBe('');
  await expect(p.anyway).toBeVisible();
  await p.anyway.click();
  expect(await reportStatus(page)).toBe('filled');
  await expect(p.anyway).toHaveCount(0);
  expect((await createState(page)).form.homepage).toBe(HOME_A);
  await expect
    .poll(async () => {
      const r = await bg(ext, { type: 'events.list', kind: 'autofill' });
      const rows = (r.data?.events ?? r.data ?? []) as any[];
      return rows.some((e) => e.corpId === CORP_A && e.detail?.override === true && e.outcome === 'filled');
    })
    .toBe(true);
  // no secret values anywhere in the log
  const all = JSON.stringify((await bg(ext, { type: 'events.list', kind: 'all' })).data);
  const s = await createState(page);
  expect(all).not.toContain(s.form.token);
  expect(all).not.toContain(s.form.aes);
});

test('the ledger asked at preview time is asked again when another tab records the corp id for another customer', async ({ page, extPage }) => {
  // 光明顶's wizard with 桃花岛's bundle previewed: nothing recorded yet, so the panel's early answer is "fine"
  await openCreate(page, [], { corpName: '光明顶', appid: 'dkB' });
  const p = panel(page);
  await p.input.fill(sample('valid-plain.txt'));
  await expect(page.getByTestId('ec-preview').locator('[data-preview-field="homepage"]')).toContainText(`qxCorpid=${CORP_A}`);
  // meanwhile, in another tab, 桃花岛's wizard is completed with that corp id
  const other = await page.context().newPage();
  await completeWizard(other, { corpName: '桃花岛', appid: 'dkA' });
  await other.close();
  const ext = await extPage('popup.html');
  await expect.poll(async () => (await bg(ext, { type: 'customer.get', corpId: CORP_A })).data?.customer?.name).toBe('桃花岛');
  await page.bringToFront();
  // the press is refused: the answer given before the other tab's 完成 was forgotten
  await p.fill.click();
  expect(await reportStatus(page)).toBe('refused');
  await expect(p.error).toContainText('桃花岛');
  await expect(p.error).toContainText('光明顶');
  expect((await createState(page)).form.homepage).toBe('');
});

test('keyboard: Tab reaches the paste box and the fill button, Enter fills; the command focuses the box; collapse is remembered', async ({ page, sw }) => {
  await openCreate(page);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  // start from the page's last input and Tab on through 随机获取 / 上一步 / 完成 into the panel
  await expect.poll(async () => (await createState(page)).state.defaults).toBe(true);
  await page.locator('.wizard_page_dev input').last().click();
  const focused = () => page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.getAttribute('data-testid') ?? a?.tagName ?? null;
  });
  let seen = '';
  for (let i = 0; i < 12 && seen !== 'ec-bundle-input'; i++) {
    await page.keyboard.press('Tab');
    seen = (await focused()) ?? '';
  }
  expect(seen).toBe('ec-bundle-input');
  await page.keyboard.insertText(sample('valid-plain.txt'));
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('ec-fill');
  // visible focus ring on the button
  const outline = await p.fill.evaluate((b) => getComputedStyle(b).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  expect(await reportStatus(page)).toBe('filled');

  // the focus-bundle-input command as the background forwards it
  await page.mouse.click(5, 600);
  expect(await focused()).not.toBe('ec-bundle-input');
  await sw.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ active: true, currentWindow: true });
    await c.tabs.sendMessage(tab.id, { type: 'panel.focusBundleInput' });
  });
  await expect.poll(focused).toBe('ec-bundle-input');

  // collapse, remembered across a reload; expand again
  await page.getByRole('button', { name: /收起|Collapse/ }).click();
  await expect(p.input).toHaveCount(0);
  await page.reload();
  await expect(p.root).toBeVisible();
  await expect(p.input).toHaveCount(0);
  await page.getByRole('button', { name: /展开|Expand/ }).click();
  await expect(p.input).toBeVisible();
});

const MOVE_LEFT = '移到左侧';
const MOVE_RIGHT = '移到右侧';

test('← asks for the other edge (taken when it has room), remembered after a reload; → asks back', async ({ page, sw }) => {
  await openCreate(page);
  const p = panel(page);
  await expect(p.root).toBeVisible();
  const move = page.getByTestId('ec-move');
  const side = () => sw.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('panel.side'))['panel.side'] ?? null);
  await expect(move).toHaveAttribute('aria-label', MOVE_LEFT);
  await move.click();
  await expect(move).toHaveAttribute('aria-label', MOVE_RIGHT);
  await expect.poll(side).toBe('left');
  await page.reload();
  await expect(p.root).toBeVisible();
  await expect(page.getByTestId('ec-move')).toHaveAttribute('aria-label', MOVE_RIGHT);
  await page.getByTestId('ec-move').click();
  await expect.poll(side).toBe('right');
  await expect(page.getByTestId('ec-move')).toHaveAttribute('aria-label', MOVE_LEFT);
});
