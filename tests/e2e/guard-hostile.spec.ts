// A hostile or buggy page script must not be able to switch the guard off or answer its questions.
import { test, expect } from './fixtures';
import { openRoute } from './replica-server';
import { TPL, RESET, CALLBACK, auditRows, auditSummary, expectUntouched, replica } from './guard-helpers';

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

test('a page script typing the phrase and pressing 继续 (or Enter) does not confirm; the user still can (issue 15.7)', async ({ page, extPage }) => {
  await openRoute(page, CALLBACK);
  await page.locator('.sec_cb').getByText('编辑').click();
  await expect(page.getByTestId('ec-guard-dialog')).toBeVisible();
  const result = await page.evaluate(() => {
    const sr = document.querySelector('ec-guard-ui')!.shadowRoot!;
    const q = (id: string) => sr.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
    const input = q('ec-guard-input');
    input.value = q('ec-guard-phrase').textContent!.trim();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const disabled = (q('ec-guard-confirm') as unknown as HTMLButtonElement).disabled;
    q('ec-guard-confirm').removeAttribute('disabled');
    q('ec-guard-confirm').click();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    return { disabled };
  });
  expect(result.disabled).toBe(true);
  await page.waitForTimeout(300);
  await expect(page.getByTestId('ec-guard-dialog')).toBeVisible();
  expect((await replica(page)).calls['cb.edit'] ?? 0).toBe(0);
  // The user's own typing and press still work.
  const phrase = (await page.getByTestId('ec-guard-phrase').textContent())!.trim();
  await page.getByTestId('ec-guard-input').fill(phrase);
  await page.getByTestId('ec-guard-confirm').click();
  await expect.poll(async () => (await replica(page)).calls['cb.edit']).toBe(1);
  const options = await extPage('options.html');
  await expect.poll(() => auditSummary(options)).toEqual(['edit-callback:confirmed']);
});
