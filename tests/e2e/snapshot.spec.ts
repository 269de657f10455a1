// ec-snapshot (issue 13): the downloaded outline is redacted on every replica — no input values,
// Token / EncodingAESKey, bundle, corp ids, URL query strings or image data — and says which
// element each field matched.
import { test, expect, eachReplica, REPLICA_SETS } from './fixtures';
import { openRoute } from './replica-server';
import { panel, sample, reportStatus, createHash, CORP_A } from './panel-helpers';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

async function download(page: Page): Promise<{ name: string; json: any; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ec-snapshot').click()]);
  const text = readFileSync((await dl.path())!, 'utf8');
  return { name: dl.suggestedFilename(), json: JSON.parse(text), text };
}

eachReplica(REPLICA_SETS, (set) => {
  test(`${set}: the wizard snapshot is redacted and names what each field matched`, async ({ page }) => {
    await openRoute(page, createHash({ appid: 'dkS1' }), ['page2']);
    const p = panel(page);
    await p.input.fill(sample('valid-plain.txt'));
    await p.fill.click();
    expect(await reportStatus(page)).toBe('filled');
    const form = await page.evaluate(() => JSON.parse(JSON.stringify((window as any).__replica.create.form)));
    const { name, json, text } = await download(page);
    expect(name).toMatch(/^ec-helper-snapshot-wizard-dev-.*\.json$/);
    expect(json.format).toBe('ec-helper-snapshot');
    expect(json.page).toBe('wizard-dev');
    for (const secret of [form.token, form.aes, form.homepage, CORP_A, 'qxCorpid', '批量加减']) expect(text, secret).not.toContain(secret);
    expect(text).not.toMatch(/data:image|base64/);
    expect(text).toMatch(/"field":\s*"homepage"/);
    expect(text).toMatch(/"field":\s*"trustedDomain"/);
  });

  test(`${set}: a page with a QR code (template detail) gives a snapshot without image data`, async ({ page }) => {
    await openRoute(page, '/sass/customApp/tpl/info?id=wwsuite01');
    await expect(panel(page).root).toBeVisible();
    await expect(page.locator('img').first()).toBeAttached();
    const { json, text } = await download(page);
    expect(json.page).toBe('template-detail');
    expect(text).not.toMatch(/data:image|base64|"src"/);
    expect(text).toMatch(/"tag":\s*"img"/);
  });
});
