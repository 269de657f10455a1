// Bundle parsing for the panel, done in the background. The parser's final zod schema check would
// put zod (~100 KB) into the panel content script and break the 400 KB content-script budget, so
// the content script sends the pasted text over a dedicated runtime port (not the zod-validated
// message router: parsing is a pure computation, it reads and writes no data) and gets the
// parser's result back. The background reads the allowed-host setting itself.
import { browser } from 'wxt/browser';
import type { ParseResult } from '../bundle';
import { t } from '../i18n';
import { debugLog } from '../site/debug';

export const PARSE_PORT = 'ec-panel-parse';
/** Longest paste the background will parse (a real bundle is well under 2 KB). */
export const MAX_PARSE_TEXT = 20000;
const TIMEOUT_MS = 5000;

export interface ParseRequest {
  id: number;
  text: string;
}
export interface ParseReply {
  id: number;
  result: ParseResult;
}

let nextId = 1;

function unreachable(detail: string): ParseResult {
  return { ok: false, errors: [{ code: 'unreachable', message: t('panel_err_background', [detail]) }] };
}

/** Parse `text` in the background. Never rejects: failures come back as { ok: false } with a message. */
export function parseInBackground(text: string): Promise<ParseResult> {
  if (text.length > MAX_PARSE_TEXT) return Promise.resolve({ ok: false, errors: [{ code: 'too-long', message: t('panel_err_too_long') }] });
  return new Promise<ParseResult>((resolve) => {
    let port: ReturnType<typeof browser.runtime.connect>;
    const id = nextId++;
    let done = false;
    const finish = (r: ParseResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        port?.disconnect();
      } catch {
        /* already gone */
      }
      resolve(r);
    };
    const timer = setTimeout(() => finish(unreachable('timeout')), TIMEOUT_MS);
    try {
      port = browser.runtime.connect({ name: PARSE_PORT });
      port.onMessage.addListener((m: unknown) => {
        const reply = m as ParseReply | undefined;
        if (reply && reply.id === id && reply.result && typeof reply.result.ok === 'boolean') finish(reply.result);
      });
      port.onDisconnect.addListener(() => finish(unreachable('disconnected')));
      port.postMessage({ id, text } satisfies ParseRequest);
    } catch (e) {
      debugLog('parse', 'the background parser could not be reached', e);
      finish(unreachable((e as Error)?.message ?? String(e)));
    }
  });
}

/**
 * `parse` with the last few answers shared per text (the preview and the press ask for the same
 * paste). A failure to reach the background is not kept.
 */
export function sharedParses(parse: (text: string) => Promise<ParseResult> = parseInBackground, keep = 8): (text: string) => Promise<ParseResult> {
  const parses = new Map<string, Promise<ParseResult>>();
  return (text) => {
    let p = parses.get(text);
    if (!p) {
      p = parse(text);
      parses.set(text, p);
      if (parses.size > keep) parses.delete(parses.keys().next().value!);
      void p.then((r) => {
        if (!r.ok && r.errors.some((e) => e.code === 'unreachable')) parses.delete(text);
      });
    }
    return p;
  };
}
