// Panel appearance on 开始代开发应用 page 2 (build first: EC_OUT_DIR=… npx wxt build): time from the
// page-2 form being inserted into the DOM (its EncodingAESKey label appears) to `ec-panel` being
// visible (its host connected and the panel laid out with a non-zero box), measured inside the
// page with a MutationObserver + animation frames, median over 15 runs (page 1 → 下一步 each run).
// Budget: one frame (<= 17 ms). The panel is injected on demand (the page script asks the background
// on a panel route), so a third figure times a page opened (reloaded) directly on page 2: the panel
// script is injected after the page loads, racing the page's own request for the form.
// Run: npx playwright test -c tests/bench/playwright.bench.config.ts panel-appear
import { test, expect } from '../e2e/fixtures';
import { openCreate, panel } from '../e2e/panel-helpers';
import { median, percentile, report } from './report';

const RUNS = 15;

test('panel appear: page-2 form inserted → ec-panel visible', async ({ page }) => {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await openCreate(page, [], { page1: true, appid: `dkBench${i}` });
    await expect(page.getByText('下一步', { exact: true })).toBeVisible();
    await page.evaluate(() => {
      const w = window as any;
      w.__timing = {};
      const panelVisible = () => {
        const host = Array.from(document.body.children).find((e) => e.shadowRoot?.querySelector('[data-testid="ec-panel"]'));
        const el = host?.shadowRoot?.querySelector('[data-testid="ec-panel"]') as HTMLElement | undefined;
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const mo = new MutationObserver(() => {
        if (w.__timing.form) return;
        if (!document.getElementById('app')?.textContent?.includes('EncodingAESKey')) return; // page 1 has no such label
        w.__timing.form = performance.now();
        mo.disconnect();
        const look = () => {
          if (panelVisible()) w.__timing.panel = performance.now();
          else requestAnimationFrame(look);
        };
        look();
      });
      mo.observe(document.body, { childList: true, subtree: true });
    });
    await page.getByText('下一步', { exact: true }).click();
    await expect(panel(page).root).toBeVisible({ timeout: 5000 });
    await expect.poll(() => page.evaluate(() => (window as any).__timing.panel ?? 0), { timeout: 5000 }).toBeGreaterThan(0);
    const t = await page.evaluate(() => (window as any).__timing);
    if (i > 0) times.push(t.panel - t.form); // the first run warms up
  }
  console.log('panel appear runs (ms):', times.map((x) => x.toFixed(1)).join(' '));
  report('panel appear: page-2 form inserted → ec-panel visible (median)', median(times), 'ms', '<= 17 ms');
  report('panel appear: page-2 form inserted → ec-panel visible (p90)', percentile(times, 90), 'ms', 'info');
});

// The same figure when nothing announced page 2 beforehand (no step bar flipping first): a
// complete page-2 form (labels, inputs, 完成) is inserted in one go on a page that showed none.
test('panel appear (cold): page-2 form inserted on a bare page → ec-panel visible', async ({ page }) => {
  const { openRoute } = await import('../e2e/replica-server');
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await openRoute(page, `/sass/customApp/app/create-bench-${i}`);
    await expect(page.getByText('页面不存在')).toBeVisible();
    await expect(panel(page).root).toHaveCount(0);
    await page.evaluate(() => {
      const w = window as any;
      w.__timing = {};
      const rows = ['应用主页', '可信域名', 'IP白名单(选填)', '代开发应用回调URL', 'Token', 'EncodingAESKey']
        .map((l, j) => `<div class="row"><span class="lbl">${l}</span><input value="${j > 2 ? 'x' : ''}"></div>`).join('');
      const form = document.createElement('div');
      form.innerHTML = `<h3>配置开发信息</h3>${rows}<label><span class="cb"></span>在微工作台中始终进入主页</label><button>上一步</button><button>完成</button>`;
      const look = () => {
        const host = Array.from(document.body.children).find((e) => e.shadowRoot?.querySelector('[data-testid="ec-panel"]'));
        const el = host?.shadowRoot?.querySelector('[data-testid="ec-panel"]') as HTMLElement | undefined;
        const r = el?.getBoundingClientRect();
        if (r && r.width > 0 && r.height > 0) w.__timing.panel = performance.now();
        else requestAnimationFrame(look);
      };
      w.__timing.form = performance.now();
      document.querySelector('.frame_main')!.append(form);
      look();
    });
    await expect(panel(page).root).toBeVisible({ timeout: 5000 });
    await expect.poll(() => page.evaluate(() => (window as any).__timing.panel ?? 0), { timeout: 5000 }).toBeGreaterThan(0);
    const t = await page.evaluate(() => (window as any).__timing);
    if (i > 0) times.push(t.panel - t.form);
  }
  console.log('panel appear (cold) runs (ms):', times.map((x) => x.toFixed(1)).join(' '));
  report('panel appear (cold): page-2 form inserted → ec-panel visible (median)', median(times), 'ms', '<= 17 ms');
});

// Opened (or reloaded) directly on page 2: nothing of ours but the guard and the page script is
// loaded; the page script asks for the panel at document_idle, the background injects it, and the
// page's form arrives after its own request (~300 ms). Timed from the form's insertion, as above.
test('panel appear (reload on page 2): panel injected on demand → ec-panel visible', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as any;
    w.__timing = {};
    const panelVisible = () => {
      const host = Array.from(document.body?.children ?? []).find((e) => e.shadowRoot?.querySelector('[data-testid="ec-panel"]'));
      const el = host?.shadowRoot?.querySelector('[data-testid="ec-panel"]') as HTMLElement | undefined;
      const r = el?.getBoundingClientRect();
      return !!r && r.width > 0 && r.height > 0;
    };
    const mo = new MutationObserver(() => {
      if (w.__timing.form || !document.getElementById('app')?.textContent?.includes('EncodingAESKey')) return;
      w.__timing.form = performance.now();
      mo.disconnect();
      const look = () => {
        if (panelVisible()) w.__timing.panel = performance.now();
        else requestAnimationFrame(look);
      };
      look();
    });
    mo.observe(document, { childList: true, subtree: true });
  });
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await openCreate(page, [`bench${i}`], { appid: `dkReload${i}` }); // a new URL each run: a real load
    await expect(panel(page).root).toBeVisible({ timeout: 5000 });
    await expect.poll(() => page.evaluate(() => (window as any).__timing.panel ?? 0), { timeout: 5000 }).toBeGreaterThan(0);
    const t = await page.evaluate(() => (window as any).__timing);
    if (i > 0) times.push(t.panel - t.form);
  }
  console.log('panel appear (reload) runs (ms):', times.map((x) => x.toFixed(1)).join(' '));
  report('panel appear (reload on page 2, panel injected on demand): form inserted → ec-panel visible (median)', median(times), 'ms', '<= 17 ms');
  report('panel appear (reload on page 2): (p90)', percentile(times, 90), 'ms', 'info');
});
