// Validates every incoming message with zod and dispatches it to a handler. Pure: no browser
// globals, so it is unit-tested directly. A malformed or unknown message gets { ok: false }
// and reaches no handler.
import { messageSchema, type Message, type MessageOf, type MessageType, type Reply } from '../messages';

export interface SenderInfo {
  tabId?: number;
  /** the sender's frame in its tab (0 = top) */
  frameId?: number;
  url?: string;
  /** true when the message comes from an extension page (popup/options), not a content script */
  fromExtensionPage?: boolean;
}

export type Handler<T extends MessageType> = (msg: MessageOf<T>, sender: SenderInfo) => unknown | Promise<unknown>;
export type Handlers = { [T in MessageType]?: Handler<T> };

export function createRouter(handlers: Handlers) {
  return async function route(raw: unknown, sender: SenderInfo = {}): Promise<Reply> {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, code: 'invalid-message', error: `消息格式无效：${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}` };
    }
    const msg = parsed.data as Message;
    const handler = handlers[msg.type] as Handler<typeof msg.type> | undefined;
    if (!handler) return { ok: false, code: 'unknown-message', error: `未知的消息类型：${msg.type}` };
    try {
      return { ok: true, data: (await handler(msg as never, sender)) ?? null };
    } catch (e) {
      const err = e as Error & { code?: string };
      return { ok: false, code: err.code ?? 'handler-error', error: err.message || String(e) };
    }
  };
}
