// Client side of the message API, for content scripts, popup and options.
// Imports only types from ./messages so it adds no zod to small bundles.
import { browser } from 'wxt/browser';
import type { Message, Reply } from './messages';

export async function send<T = unknown>(msg: Message): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
    return reply ?? { ok: false, code: 'no-reply', error: '后台没有响应，请稍后再试' };
  } catch (e) {
    return { ok: false, code: 'unreachable', error: (e as Error).message || String(e) };
  }
}

/** Like send() but throws on { ok: false } — for UI code that shows the error itself. */
export async function call<T = unknown>(msg: Message): Promise<T> {
  const r = await send<T>(msg);
  if (!r.ok) throw Object.assign(new Error(r.error), { code: r.code });
  return r.data;
}
