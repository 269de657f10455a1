// Heap growth over hash-route changes (issue 14): the extension's content scripts must not leak
// as the user moves between backend pages without a reload (the site is one hash-routed page).
// Method: the replica opened once (wizard on page 2), then 500 hash-route changes cycling through
// five panel pages — template detail, 开始代开发应用 page 2, app detail, menu editor, go-online
// list — each change waiting until the panel shows that page (`ec-panel[data-page]`), so the
// guard, the page script and the panel (mount, scan, journey, placement) all do their work on
// every page. After a warm-up cycle, GC is forced (CDP HeapProfiler.collectGarbage) before and
// after the 500 changes and read with Performance.getMetrics:
//  - JSHeapUsedSize: the page's whole V8 heap — the page's main world AND the extension's
//    isolated world (the content scripts run in the same isolate), so the budget covers both;
//  - the isolated world on its own: the number of live objects created there (CDP
//    Runtime.queryObjects on that world's Object.prototype) — info, a leak shows as steady growth;
//  - DOM nodes and JS event listeners of the page (info).
import { test, expect } from '../e2e/fixtures';
import type { CDPSession } from '@playwright/test';
import { openRoute } from '../e2e/replica-server';
import { report } from './report';

const CHANGES = 500;
const ROUTES: Array<{ hash: string; page: string }> = [
  { hash: '/sass/customApp/tpl/info?id=wwsuite01', page: 'template-detail' },
  { hash: '/sass/customApp/app/create?suiteid=wwsuite01&appid=dk01&corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B', page: 'wizard-dev' },
  { hash: '/sass/customApp/app/detail?suiteid=wwsuite01&appid=dk01', page: 'app-detail' },
  { hash: '/sass/customApp/app/detail/menu?suiteid=wwsuite01&appid=dk01', page: 'menu-editor' },
  { hash: '/sass/customApp/deploy/list', page: 'deploy-list' },
];

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: m } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(m.map((x: { name: string; value: number }) => [x.name, x.value]));
}

/** Live objects whose prototype chain reaches the given world's Object.prototype. */
async function objectsIn(cdp: CDPSession, contextId: number): Promise<number> {
  const proto = await cdp.send('Runtime.evaluate', { expression: 'Object.prototype', contextId });
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
  const n = await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: '' }).catch(() => undefined);
  return n.result.value as number;
}

test('heap: 500 hash-route changes between five panel pages', async ({ page, extensionId }) => {
  test.setTimeout(400_000);
  const cdp = await page.context().newCDPSession(page);
  const worlds: Array<{ id: number; origin: string; type: string; frameId: string }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string; frameId?: string } } }) => {
    worlds.push({ id: e.context.id, origin: e.context.origin, type: e.context.auxData?.type ?? '', frameId: e.context.auxData?.frameId ?? '' });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');

  await openRoute(page, ROUTES[1].hash, ['page2']);
  await expect(page.getByTestId('ec-panel')).toHaveAttribute('data-page', 'wizard-dev', { timeout: 15_000 });

  // Route changes inside the page: set the hash, wait until the panel shows that page.
  const cycle = (n: number) =>
    page.evaluate(
      async ({ n, routes }) => {
        const panelPage = () => {
          for (const e of Array.from(document.body.children)) {
            const el = e.shadowRoot?.querySelector('[data-testid="ec-panel"]');
            if (el) return el.getAttribute('data-page');
          }
          return null;
        };
        const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
        for (let i = 0; i < n; i++) {
          const r = routes[i % routes.length];
          location.hash = r.hash;
          const t0 = performance.now();
          while (panelPage() !== r.page) {
            if (performance.now() - t0 > 10_000) throw new Error(`panel did not show ${r.page} (change ${i}, shows ${panelPage()})`);
            await frame();
          }
          await frame();
        }
      },
      { n, routes: ROUTES },
    );

  await cycle(ROUTES.length * 4); // warm-up: JIT, lazy settings reads, the panel's first mounts
  const ours = () => {
    const iso = worlds.filter((w) => w.type === 'isolated' && w.origin.includes(extensionId));
    return iso[iso.length - 1];
  };
  const world = ours();
  expect(world, 'the extension\'s isolated world in the top frame').toBeTruthy();
  const objects0 = await objectsIn(cdp, world.id);
  const before = await metrics(cdp);
  const t0 = Date.now();
  await cycle(CHANGES / 2);
  const middle = await metrics(cdp);
  await cycle(CHANGES / 2);
  const secs = (Date.now() - t0) / 1000;
  const after = await metrics(cdp);
  const objects1 = await objectsIn(cdp, world.id);
  expect(ours().id, 'the same isolated world throughout (no reload)').toBe(world.id);

  const mb = (x: number) => x / 1024 / 1024;
  console.log(`heap bench: ${CHANGES} changes in ${secs.toFixed(1)} s; JSHeapUsedSize ${mb(before.JSHeapUsedSize).toFixed(2)} → ${mb(after.JSHeapUsedSize).toFixed(2)} MB; isolated-world objects ${objects0} → ${objects1}; nodes ${before.Nodes} → ${after.Nodes}; listeners ${before.JSEventListeners} → ${after.JSEventListeners}`);
  report(`page heap growth over ${CHANGES} hash-route changes, 5 panel pages (main + isolated world, GC forced)`, mb(after.JSHeapUsedSize - before.JSHeapUsedSize), 'MB', '<= 2 MB');
  report(`page heap growth over the second ${CHANGES / 2} changes (steady state; a leak keeps growing)`, mb(after.JSHeapUsedSize - middle.JSHeapUsedSize), 'MB', 'info');
  report(`isolated world (our content scripts): live objects added over ${CHANGES} changes`, objects1 - objects0, 'objects', 'info');
  report(`page DOM nodes added over ${CHANGES} changes`, after.Nodes - before.Nodes, 'nodes', 'info');
  report(`page JS event listeners added over ${CHANGES} changes`, after.JSEventListeners - before.JSEventListeners, 'listeners', 'info');
});
