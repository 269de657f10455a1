// A hostile or buggy page script must not be able to switch the guard off or answer its questions.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, RESET, auditRows, auditSummary, expectUntouched } from './guard-helpers';

test('page script dispatching the guard\'s start event and WXT\'s content-script-started: a real click on 重置二维码 is still blocked and audited', async ({ page, extPage, extensionId }) => {
  await openRoute(page, TPL);
  await page.locator(RESET).waitFor();
  await page.evaluate((id) => {
    for (const name of ['ec-guard:started', `${id}:guard:wxt:content-script-started`, 'undefined:guard:wxt:content-script-started']) {
      document.dispatchEvent(new CustomEvent(name, { detail: name.startsWith('ec-') ? 'ec-guard-7f3a:evil' : { contentScriptName: 'guard', messageId: 'evil' } }));
    }
    window.postMessage({ type: `${id}:guard:wxt:content-script-started`, contentScriptName: 'guard', messageId: 'evil' }, '*');
    // Also try the markers: remove nothing, poke each one.
    document.querySelectorAll('ec-guard-mark').forEach((m) => m.dispatchEvent(new Event('ec-guard-stand-down')));
  }, extensionId);
  await page.waitForTimeout(300);
  await page.locator(RESET).click();
  await expect(page.getByTestId('ec-guard-notice')).toBeVisible();
  await expectUntouched(page, 'reset-qr', 'resetQrcode');
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['reset-qr:blocked']);
  await expect(auditRows(options)).toHaveCount(1);
});
