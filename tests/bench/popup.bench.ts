// Popup speed with 10,000 customers (issue 14) (npm run bench popup):
//  - first paint with data: popup.html opened → first `customer-row` painted (performance mark
//    `ec:first-rows`, set in the frame that paints the first rows; ms since navigation start —
//    in-page, so Playwright's own round trips do not count), median of 7 after a warm-up. The rows
//    come first from the popup's snapshot of its last first page (localStorage, rendered inside the
//    popup's script), then from the worker (figure `fresh`, info); DOMContentLoaded end (info) is
//    when the popup's scripts have loaded and run;
//  - search keystroke: key pressed → the list shows the rows for the new text (DOM updated), 48
//    keystrokes; the median is the budget, p90 and max are info.
import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';
import { median, percentile, report } from './report';

const N = 10_000;

async function ok(p: Page, msg: unknown): Promise<any> {
  const r = await p.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg);
  if (!r?.ok) throw new Error(`message failed: ${JSON.stringify(r).slice(0, 300)}`);
  return r.data;
}

test('popup with 10,000 customers', async ({ context, extensionId }) => {
  test.setTimeout(300_000);
  const seed = await context.newPage();
  await seed.goto(`chrome-extension://${extensionId}/options.html`);
  const t0 = Date.now() - 100_000_000;
  const customers = Array.from({ length: N }, (_, i) => ({
    corpId: `ww${(0x1000000 + i).toString(16)}ab`, name: `客户${String(i).padStart(5, '0')}科技有限公司`, appIds: [`app${i}`],
    createdAt: t0, updatedAt: t0 + i * 1000, touchedAt: t0 + i * 1000, nameAt: t0,
  }));
  const steps = customers.flatMap((c, i) => [
    { corpId: c.corpId, step: '1a', status: 'done', source: 'autofill', at: t0 + i * 1000 },
    { corpId: c.corpId, step: '1b', status: i % 3 ? 'done' : 'doing', source: 'autofill', at: t0 + i * 1000 },
    ...(i % 7 === 0 ? [{ corpId: c.corpId, step: '3', status: 'blocked', source: 'user', at: t0 + i * 1000, note: '标签未对齐' }] : []),
  ]);
  await ok(seed, { type: 'data.importApply', data: { format: 'ec-helper-export', version: 1, customers, steps } });
  expect((await ok(seed, { type: 'customer.list', limit: 1 }))[0].name).toBe(`客户${String(N - 1).padStart(5, '0')}科技有限公司`);

  // the background's answer to the full list (what the popup loads after its first page)
  const listTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    listTimes.push(await seed.evaluate(async () => {
      const t = performance.now();
      const r = await (globalThis as any).chrome.runtime.sendMessage({ type: 'customer.list' });
      if (!r.ok || r.data.length !== 10000) throw new Error('bad list');
      return performance.now() - t;
    }));
  }
  report(`customer.list of ${N} customers, round trip (median)`, median(listTimes), 'ms', 'info');

  // first paint with data
  const paints: number[] = [];
  const walls: number[] = [];
  const freshTimes: number[] = [];
  const dcls: number[] = [];
  for (let run = 0; run < 8; run++) {
    const p = await context.newPage();
    const start = Date.now();
    await p.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(p.getByTestId('customer-row').first()).toBeVisible();
    walls.push(Date.now() - start);
    const mark = await p.evaluate(() => new Promise<number>((resolve) => {
      const get = () => performance.getEntriesByName('ec:first-rows')[0]?.startTime;
      const tick = () => (get() != null ? resolve(get()!) : requestAnimationFrame(tick));
      tick();
    }));
    const fresh = await p.evaluate(() => new Promise<number>((resolve) => {
      const get = () => performance.getEntriesByName('ec:fresh-data')[0]?.startTime;
      const tick = () => (get() != null ? resolve(get()!) : requestAnimationFrame(tick));
      tick();
    }));
    const nav = await p.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { dcl: n.domContentLoadedEventEnd, response: n.responseEnd };
    });
    if (run > 0) {
      dcls.push(nav.dcl);
      paints.push(mark); // the first run warms the worker and the disk cache (and writes the snapshot)
      freshTimes.push(fresh);
    }
    await p.close();
  }
  console.log('first-rows marks (ms):', paints.map((x) => x.toFixed(1)).join(' '), '| wall incl. Playwright (ms):', walls.join(' '));
  report(`popup first paint with ${N} customers (median)`, median(paints), 'ms', '<= 150 ms');
  report('popup: its scripts loaded and run (DOMContentLoaded end, median)', median(dcls), 'ms', 'info');
  report(`popup: the worker's first page arrived (median; painted before from the last snapshot)`, median(freshTimes), 'ms', 'info');

  // search keystrokes
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(p.getByTestId('customer-list')).toHaveAttribute('data-loaded', 'all', { timeout: 60_000 }); // 10,000 rows from the worker: seconds on a loaded machine
  await p.evaluate(() => {
    const b = ((window as any).__bench = { t0: 0, dom: [] as number[], frame: [] as number[] });
    const start = () => { if (!b.t0) b.t0 = performance.now(); };
    document.addEventListener('keydown', start, true);
    document.addEventListener('beforeinput', start, true);
    new MutationObserver(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=customer-search]');
      const list = document.querySelector('[data-testid=customer-list],[data-testid=customer-list-empty]');
      if (!b.t0 || !input || !list || list.getAttribute('data-query') !== input.value) return;
      const t0 = b.t0;
      b.t0 = 0;
      b.dom.push(performance.now() - t0);
      requestAnimationFrame(() => b.frame.push(performance.now() - t0));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
  });
  const search = p.getByTestId('customer-search');
  await search.focus();
  const keys = ['4', '2', '9', 'Backspace', 'Backspace', 'Backspace', 'w', 'w', '1', '0', '0', '0', '1', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', '7', '7', 'Backspace', 'Backspace'];
  for (let rep = 0; rep < 2; rep++) {
    for (const k of keys) {
      const before = await p.evaluate(() => (window as any).__bench.frame.length);
      await p.keyboard.press(k);
      await p.waitForFunction((n) => (window as any).__bench.frame.length > n, before);
    }
  }
  await expect(search).toHaveValue('');
  const { dom, frame } = await p.evaluate(() => (window as any).__bench as { dom: number[]; frame: number[] });
  expect(dom.length).toBe(keys.length * 2);
  console.log('keystroke → rows updated (ms):', dom.map((x) => x.toFixed(1)).join(' '));
  report(`popup search keystroke, ${N} customers (median)`, median(dom), 'ms', '<= 16 ms');
  // the budget is the typical keystroke; the slowest of 48 on a shared machine is preemption (info)
  report(`popup search keystroke, ${N} customers (p90)`, percentile(dom, 90), 'ms', 'info');
  report(`popup search keystroke, ${N} customers (max)`, Math.max(...dom), 'ms', 'info');
  report('popup search keystroke to next frame (p95)', percentile(frame, 95), 'ms', 'info');
});
