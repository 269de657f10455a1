// Shared by tests/e2e/guard*.spec.ts: read the replica's counters and the options page's audit rows.
import type { Frame, Page } from '@playwright/test';
import { expect } from './fixtures';

export type ReplicaState = { calls: Record<string, number>; requests: Array<{ url: string }> };

/** window.__replica of the page (or of a frame). */
export async function replica(target: Page | Frame): Promise<ReplicaState> {
  return target.evaluate(() => {
    const r = (window as unknown as { __replica: ReplicaState }).__replica;
    return { calls: { ...r.calls }, requests: r.requests.map((q) => ({ url: q.url })) };
  });
}

/** Asserts that a handler never ran and that no request to `urlPart` went out. */
export async function expectUntouched(target: Page | Frame, call: string, urlPart: string): Promise<void> {
  const r = await replica(target);
  expect(r.calls[call] ?? 0, `handler ${call}`).toBe(0);
  expect(r.requests.filter((q) => q.url.includes(urlPart)), `requests to ${urlPart}`).toHaveLength(0);
}

/** The options page's audit rows, newest first. */
export function auditRows(options: Page) {
  return options.getByTestId('audit-row');
}

/** data-action:data-outcome of every audit row, newest first. */
export async function auditSummary(options: Page): Promise<string[]> {
  return auditRows(options).evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-action')}:${r.getAttribute('data-outcome')}`));
}

export const TPL = '/sass/customApp/tpl/info?id=ww-suite-dev';
export const CALLBACK = '/sass/customApp/app/detail/callback-test?corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B';
/** The 重置二维码 control (an <a> holding an icon <i> and a <span>), whatever its tag. */
export const RESET = ':is(a,button):has-text("重置二维码")';

/** Sets a forbidden action (reset-qr / edit-template) to allow: select, type the phrase, confirm (issue 12.9). */
export async function allowForbidden(options: Page, action: string): Promise<void> {
  const select = options.locator(`[data-testid="guard-policy"][data-action="${action}"]`);
  await select.selectOption('allow');
  const phrase = (await options.getByTestId('guard-allow-phrase').textContent())!.trim();
  await options.getByTestId('guard-allow-input').fill(phrase);
  await options.getByTestId('guard-allow-confirm').click();
  await expect(options.getByTestId('guard-allow-dialog')).toHaveCount(0);
  await expect(select).toHaveValue('allow');
}
