// Which of our scripts a tab parsed (CDP Debugger.scriptParsed, extension URLs only), with sizes.
import type { Page } from '@playwright/test';

export async function parsedScripts(page: Page, open: () => Promise<void>, settleMs = 1500): Promise<{ url: string; bytes: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  const seen: { url: string; bytes: number }[] = [];
  cdp.on('Debugger.scriptParsed', (e: { url: string; length?: number }) => {
    if (e.url.startsWith('chrome-extension://')) seen.push({ url: e.url.replace(/^chrome-extension:\/\/[^/]+/, ''), bytes: e.length ?? 0 });
  });
  await cdp.send('Debugger.enable');
  await open();
  await page.waitForTimeout(settleMs);
  await cdp.detach().catch(() => undefined);
  return seen;
}
