// Proves the pipeline: built extension in Debian Chromium, replica at the real origin.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';

test('the replica is served at the real origin and the extension loads', async ({ page, extensionId, sw }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const reply = await sw.evaluate(() => (globalThis as any).chrome.runtime.getManifest().host_permissions);
  expect(reply).toEqual(['https://open.work.weixin.qq.com/*']);
  await openRoute(page, '/nowhere');
  await expect(page.locator('.frame_top')).toHaveText(/服务商后台/);
  expect(page.url()).toBe('https://open.work.weixin.qq.com/wwopen/developer#/nowhere');
});
