// The guard UI injected on demand (issue 14): where a guard finds no UI (a frame whose top is not the
// backend, a browser whose frames share no isolated world) it asks guard.ui and the background injects
// guard-ui.js into that frame. Stood in for by removing the UI from the isolated world (an executeScript
// func runs there): the click is still stopped at once, the notice / dialog show, the row is audited.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, RESET, CALLBACK, auditSummary, expectUntouched, replica } from './guard-helpers';

type Chrome = { tabs: { query(q: object): Promise<Array<{ id: number }>> }; scripting: { executeScript(o: object): Promise<Array<{ frameId: number; result: unknown }>> } };
const dropUi = (sw: import('@playwright/test').Worker) => sw.evaluate(async () => {
  const c = (globalThis as unknown as { chrome: Chrome }).chrome;
  const [t] = await c.tabs.query({ url: 'https://open.work.weixin.qq.com/*' });
  const r = await c.scripting.executeScript({ target: { tabId: t.id, allFrames: true }, func: () => { const had = '__ecGuardUi' in globalThis; delete (globalThis as Record<string, unknown>).__ecGuardUi; return had; } });
  return r.map((x) => `${x.frameId}:${x.result}`);
});

test('no UI reachable: stopped, UI injected on demand into the frame, notice shown, audited', async ({ page, sw, extPage }) => {
  await openRoute(page, TPL, ['iframe']);
  const frame = (await (await page.locator('iframe[title="preview"]').elementHandle())!.contentFrame())!;
  await frame.waitForLoadState();
  await frame.locator(RESET).waitFor();
  expect(await dropUi(sw)).toContain('0:true');
  await frame.locator(RESET).click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await expectUntouched(frame, 'frame.reset-qr', 'resetQrcode');
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['reset-qr:blocked']);
});

test('no UI reachable in the top frame: confirm dialog after on-demand injection, phrase lets one click through', async ({ page, sw, extPage }) => {
  await openRoute(page, CALLBACK);
  await page.locator('.sec_cb').getByText('编辑').waitFor();
  expect(await dropUi(sw)).toContain('0:true');
  await page.locator('.sec_cb').getByText('编辑').click();
  await expect(page.getByTestId('ec-guard-dialog')).toBeVisible();
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await page.getByTestId('ec-guard-input').fill(phrase);
  await page.getByTestId('ec-guard-confirm').click();
  await expect.poll(async () => (await replica(page)).calls['cb.edit']).toBe(1);
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['edit-callback:confirmed']);
});
