// What the every-frame guard (utils/guard/runtime.ts) needs to know of its UI, and nothing more: the
// notice and confirmation dialog themselves (utils/guard/ui.ts, with their texts) are a separate
// script, entrypoints/guard-ui.content.ts, that hangs them on UI_KEY of the extension's isolated world.
// Kept apart so the guard bundle carries none of the UI's code or texts (issue 14, ≤ 15 KB).
import type { GuardAction } from './policy';
import type { Hit } from './rules';

/** Tag of the UI's host element (in-page, open shadow root): events in it are never guarded. */
export const HOST_TAG = 'ec-guard-ui';
/** The built guard UI script (entrypoints/guard-ui.content.ts): top frames, or on demand into one frame. */
export const GUARD_UI_SCRIPT = '/content-scripts/guard-ui.js' as const;
/** Global of the extension's isolated world where the guard UI hands itself over. */
export const UI_KEY = '__ecGuardUi';

/** A notice on screen. */
export interface NoticeHandle { drop(): void; orphan(): void }
export interface DialogHandle { close(): void }

export interface NoticeOptions {
  orphan?: boolean;
  /** 'gone': the confirmed control disappeared; 'again': a javascript: link the user must click once more. */
  variant?: 'gone' | 'again';
  anchor?: Element;
  trust?: (e: Event) => boolean;
}

export interface GuardUi {
  notice(doc: Document, action: GuardAction, o: NoticeOptions): NoticeHandle;
  dialog(doc: Document, action: GuardAction, o: { orphan?: boolean; trust?: (e: Event) => boolean; returnTo?: Element }, done: (ok: boolean) => void): DialogHandle;
  /** The audit wording of a hit: label with its field, customer of the page (utils/guard/rules.ts auditOf). */
  audit(hit: Hit, docs: Document[]): { label: string; customer: string };
}
