// The React panel is parsed only where it may show (issue 14): not on the template list; injected
// on demand on a panel page (hash-route change here; direct opens in every panel spec).
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { parsedScripts } from './script-weight';

test('template list: only the guard and the page script are parsed; a hash change to a panel page brings the panel', async ({ page }) => {
  const scripts = await parsedScripts(page, () => openRoute(page, '/sass/customApp/tpl/list'));
  const names = scripts.map((s) => s.url);
  expect(names.some((u) => u.includes('guard.js'))).toBe(true);
  expect(names.some((u) => u.includes('panel.js'))).toBe(false);
  expect(scripts.reduce((n, s) => n + s.bytes, 0)).toBeLessThanOrEqual(60 * 1024);
  await expect(page.getByTestId('ec-panel')).toHaveCount(0);
  // the user opens a template: the panel is injected and shows
  await page.getByText('代开发-开发').first().click();
  await expect(page.getByTestId('ec-panel')).toBeVisible();
  await expect(page.getByTestId('ec-bundle-input')).toBeVisible();
});

