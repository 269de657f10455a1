// Guard benchmarks (npm run bench):
// 1. Added cost per click on an ORDINARY control (the guard listens, in capture phase, to every
//    pointer / mouse / key event of every frame). Method: the same replica page (template detail,
//    button 刷新列表) in two Chromium profiles, one with the built extension and one without. Inside
//    each page, N = 2000 synthetic clicks are dispatched on that button — each a full sequence
//    pointerdown, mousedown, pointerup, mouseup, click (what a real click fires) — and timed with
//    performance.now(); 7 rounds after a warm-up, median taken. Added cost per click =
//    (median with extension − median without) / N. The page's own handler runs in both.
// 2. Size of the minified guard content script (content-scripts/guard.js) in KB.
import { test, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, EXT_DIR, CHROMIUM } from '../e2e/fixtures';
import { serveReplica, openRoute } from '../e2e/replica-server';
import { median, report } from './report';

const N = 2000;
const ROUNDS = 7;

async function timeClicks(page: Page): Promise<{ seq: number; click: number }> {
  await openRoute(page, '/sass/customApp/tpl/info?id=ww-suite-dev');
  await page.getByRole('button', { name: '刷新列表' }).waitFor();
  return page.evaluate(({ n, rounds }) => {
    const btn = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.includes('刷新列表'))!;
    const o = { bubbles: true, cancelable: true, composed: true };
    const seq = () => {
      btn.dispatchEvent(new PointerEvent('pointerdown', { ...o, pointerType: 'mouse' }));
      btn.dispatchEvent(new MouseEvent('mousedown', o));
      btn.dispatchEvent(new PointerEvent('pointerup', { ...o, pointerType: 'mouse' }));
      btn.dispatchEvent(new MouseEvent('mouseup', o));
      btn.dispatchEvent(new MouseEvent('click', o));
    };
    const click = () => btn.dispatchEvent(new MouseEvent('click', o));
    const time = (fn: () => void) => { const t0 = performance.now(); for (let i = 0; i < n; i++) fn(); return performance.now() - t0; };
    time(seq); time(click); // warm-up (JIT, style)
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < rounds; r++) { a.push(time(seq)); b.push(time(click)); }
    const med = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1];
    return { seq: med(a), click: med(b) };
  }, { n: N, rounds: ROUNDS });
}

test('guard: added cost per ordinary click, and guard.js size', async () => {
  let withExt: BrowserContext | null = null;
  let without: BrowserContext | null = null;
  try {
    withExt = await launchWithExtension();
    without = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, locale: 'zh-CN',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    await serveReplica(without);
    const pa = withExt.pages()[0] ?? (await withExt.newPage());
    const pb = without.pages()[0] ?? (await without.newPage());
    // Alternate the two profiles to spread machine noise evenly.
    const ext: Array<{ seq: number; click: number }> = [];
    const base: Array<{ seq: number; click: number }> = [];
    for (let i = 0; i < 3; i++) { ext.push(await timeClicks(pa)); base.push(await timeClicks(pb)); }
    const perSeq = (median(ext.map((x) => x.seq)) - median(base.map((x) => x.seq))) / N;
    const perClick = (median(ext.map((x) => x.click)) - median(base.map((x) => x.click))) / N;
    console.log(`guard bench: with extension ${median(ext.map((x) => x.seq)).toFixed(1)} ms, without ${median(base.map((x) => x.seq)).toFixed(1)} ms for ${N} 5-event clicks`);
    report('guard added cost per ordinary click (pointerdown…click, 5 events)', Math.max(0, perSeq), 'ms', '< 0.1 ms');
    report('guard added cost per lone click event', Math.max(0, perClick), 'ms', '< 0.1 ms');
  } finally {
    await withExt?.close();
    await without?.close();
  }
  const bytes = statSync(join(EXT_DIR, 'content-scripts', 'guard.js')).size;
  report('guard.js minified size', bytes / 1024, 'KB', '≤ 15 KB');
  // A miss fails the bench run (npm run bench exits non-zero).
  expect(bytes / 1024, 'guard.js ≤ 15 KB (issue 14)').toBeLessThanOrEqual(15);
});
