// Talking to the background from an extension page (popup / options), as those pages do.
import type { Page } from '@playwright/test';

/** Sends a message through chrome.runtime from the extension page `p`; returns the raw reply. */
export async function send<T = any>(p: Page, msg: unknown): Promise<T> {
  return p.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg) as Promise<T>;
}

/** Like send(), but returns `data` and throws on { ok: false }. */
export async function ok(p: Page, msg: unknown): Promise<any> {
  const r = await send(p, msg);
  if (!r?.ok) throw new Error(`message failed: ${JSON.stringify(r)}`);
  return r.data;
}

/** One step of a stored customer, as customer.get returns it. */
export async function stepOf(p: Page, corpId: string, step: string) {
  return (await ok(p, { type: 'customer.get', corpId })).steps.find((s: any) => s.step === step);
}
