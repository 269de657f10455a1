// Client side of the message API, for content scripts, popup and options. What a message answers is
// derived from the router's handler table (utils/dto.ts), so callers restate no reply types.
// Imports only types from ./messages and ./dto so it adds no zod or Dexie to small bundles.
import { browser } from 'wxt/browser';
import type { Message, Reply } from './messages';
import type { ReplyOf } from './dto';

export async function send<M extends Message>(msg: M): Promise<Reply<ReplyOf<M['type']>>> {
  try {
    const reply = (await browser.runtime.sendMessage(msg)) as Reply<ReplyOf<M['type']>> | undefined;
    return reply ?? { ok: false, code: 'no-reply', error: '后台没有响应，请稍后再试' };
  } catch (e) {
    return { ok: false, code: 'unreachable', error: (e as Error).message || String(e) };
  }
}

/** Like send() but throws on { ok: false } — for UI code that shows the error itself. */
export async function call<M extends Message>(msg: M): Promise<ReplyOf<M['type']>> {
  const r = await send(msg);
  if (!r.ok) throw Object.assign(new Error(r.error), { code: r.code });
  return r.data;
}
