// Panel appearance on 开始代开发应用 page 2 (npm run bench panel-appear): time from the page-2 form
// being inserted into the DOM (its EncodingAESKey label appears) to `ec-panel` being visible (its
// host connected and the panel laid out with a non-zero box), measured inside the page, median
// over 11 runs. Budget: one frame (<= 17 ms). Three ways in:
//  - page 1 → 下一步 (the panel already on the page, for page 1);
//  - cold: a complete page-2 form inserted in one go on a page that showed no panel;
//  - reload on page 2: the panel is injected on demand (the page script asks the background at
//    document_idle), racing the page's own request for the form (~300 ms).
// "Visible" is checked on every DOM change of the page and of the panel's shadow root (a
// MutationObserver: it runs right after the script that changed the DOM, so the panel drawn in the
// frame where it was mounted is seen in that frame) and on every animation frame.
import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';
import { openCreate, panel } from '../e2e/panel-helpers';
import { median, percentile, report } from './report';

const RUNS = 11;

/** In the page (every document): window.__timing.form once the page-2 form is in, .panel once the panel is visible. */
async function installTimer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as any;
    w.__timing = {};
    const panelEl = () => {
      for (const e of Array.from(document.body?.children ?? [])) {
        const el = e.shadowRoot?.querySelector('[data-testid="ec-panel"]') as HTMLElement | null | undefined;
        if (el) return el;
      }
      return null;
    };
    const visible = (el: HTMLElement | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const watchPanel = () => {
      if (w.__timing.watching) return;
      w.__timing.watching = true;
      const seenRoots = new Set<ShadowRoot>();
      const check = () => {
        if (w.__timing.panel) return;
        for (const e of Array.from(document.body.children)) {
          if (e.shadowRoot && !seenRoots.has(e.shadowRoot)) {
            seenRoots.add(e.shadowRoot);
            mo.observe(e.shadowRoot, { childList: true, subtree: true, attributes: true });
          }
        }
        if (visible(panelEl())) {
          w.__timing.panel = performance.now();
          mo.disconnect();
        }
      };
      const mo = new MutationObserver(check);
      mo.observe(document.body, { childList: true, subtree: true, attributes: true });
      const frame = () => {
        check();
        if (!w.__timing.panel) requestAnimationFrame(frame);
      };
      frame();
    };
    w.__formIn = () => {
      if (w.__timing.form) return;
      w.__timing.form = performance.now();
      watchPanel();
    };
    w.__armForm = () => {
      const mo = new MutationObserver(() => {
        if (!document.getElementById('app')?.textContent?.includes('EncodingAESKey')) return; // page 1 has no such label
        mo.disconnect();
        w.__formIn();
      });
      mo.observe(document, { childList: true, subtree: true });
    };
    if (new URLSearchParams(location.search).get('replica')?.includes('page2')) w.__armForm();
  });
}

async function collect(page: Page): Promise<number> {
  await expect(panel(page).root).toBeVisible({ timeout: 5000 });
  await expect.poll(() => page.evaluate(() => (window as any).__timing.panel ?? 0), { timeout: 5000 }).toBeGreaterThan(0);
  const t = await page.evaluate(() => (window as any).__timing);
  return t.panel - t.form;
}

test('panel appear: page-2 form inserted → ec-panel visible', async ({ page }) => {
  await installTimer(page);
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await openCreate(page, [`bench${i}`], { page1: true, appid: `dkBench${i}` });
    await expect(page.getByText('下一步', { exact: true })).toBeVisible();
    await page.evaluate(() => (window as any).__armForm());
    await page.getByText('下一步', { exact: true }).click();
    const ms = await collect(page);
    if (i > 0) times.push(ms); // the first run warms up
  }
  console.log('panel appear runs (ms):', times.map((x) => x.toFixed(1)).join(' '));
  report('panel appear: page-2 form inserted → ec-panel visible (median)', median(times), 'ms', '<= 17 ms');
  report('panel appear: page-2 form inserted → ec-panel visible (p90)', percentile(times, 90), 'ms', 'info');
});

// The same figure when nothing announced page 2 beforehand (no step bar flipping first): a
// complete page-2 form (labels, inputs, 完成) is inserted in one go on a page that showed none.
test('panel appear (cold): page-2 form inserted on a bare page → ec-panel visible', async ({ page }) => {
  const { openRoute } = await import('../e2e/replica-server');
  await installTimer(page);
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await openRoute(page, `/sass/customApp/app/create-bench-${i}`);
    await expect(page.getByText('页面不存在')).toBeVisible();
    await expect(panel(page).root).toHaveCount(0);
    await page.evaluate(() => {
      (window as any).__timing = {}; // the same document each run (hash routes): start afresh
      const rows = ['应用主页', '可信域名', 'IP白名单(选填)', '代开发应用回调URL', 'Token', 'EncodingAESKey']
        .map((l, j) => `<div class="row"><span class="lbl">${l}</span><input value="${j > 2 ? 'x' : ''}"></div>`).join('');
      const form = document.createElement('div');
      form.innerHTML = `<h3>配置开发信息</h3>${rows}<label><span class="cb"></span>在微工作台中始终进入主页</label><button>上一步</button><button>完成</button>`;
      (window as any).__formIn();
      document.querySelector('.frame_main')!.append(form);
    });
    const ms = await collect(page);
    if (i > 0) times.push(ms);
  }
  console.log('panel appear (cold) runs (ms):', times.map((x) => x.toFixed(1)).join(' '));
  report('panel appear (cold): page-2 form inserted → ec-panel visible (median)', median(times), 'ms', '<= 17 ms');
});

// Opened (or reloaded) directly on page 2: nothing of ours but the guard and the page script is
// loaded; the page script asks for the panel at document_idle, the background injects it, and the
// page's form arrives after its own request (~300 ms). Timed from the form's insertion, as above.
test('panel appear (reload on page 2): panel injected on demand → ec-panel visible', async ({ page }) => {
  await installTimer(page);
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await openCreate(page, [`bench${i}`], { appid: `dkReload${i}` }); // a new URL each run: a real load
    const ms = await collect(page);
    if (i > 0) times.push(ms);
  }
  console.log('panel appear (reload) runs (ms):', times.map((x) => x.toFixed(1)).join(' '));
  report('panel appear (reload on page 2, panel injected on demand): form inserted → ec-panel visible (median)', median(times), 'ms', '<= 17 ms');
  report('panel appear (reload on page 2): (p90)', percentile(times, 90), 'ms', 'info');
});
