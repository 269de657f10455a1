// The panel content script as a list of capabilities (issue 16): each one is a small module with
// `init(signal, shared)`; the registry (./registry.ts) gives them ONE page watcher (one
// MutationObserver + route events, one scan per frame) and ONE capture listener for the page's
// presses, and tears everything down when the signal aborts (WXT ctx invalidation).
import type { PageKind, RouteInfo } from '../../page/detect';
import type { PanelPage } from '../flow';
import type { HomepageDialog } from '../../journey/homepage';
import type { Journey, ScanView } from '../../journey/controller';
import type { Notice, PanelStore } from '@/components/panel/store';
import type { Bundle, ParseResult } from '../../bundle';
import type { send } from '../../rpc';
import type { LedgerMemo } from '../ledger';

export type Send = typeof send;

/** What one scan saw; the DOM look-ups several capabilities need are made once per scan. */
export interface ScanFrame {
  route: RouteInfo;
  /** The route's path, lower-case, and the previous scan's. */
  path: string;
  prevPath: string;
  kind: PageKind;
  appId: string | null;
  /** The visible 权限 dialog (looked up on the app detail only, once per scan). */
  permissionDialog(): Element | null;
  /** Is a 权限 dialog open: recognised, taught, or any dialog of boxes (so 全部勾选 can offer teaching). */
  permissionDialogOpen(): boolean;
  /** The open 应用主页 dialog (on the app detail only, once per scan). */
  homepageDialog(): HomepageDialog | null;
}

/** The user's own (trusted) press of one of the page's controls, while the panel shows. */
export interface Press {
  target: Element;
  /** The pressed control's text, normalised, without spaces ("确 定" → "确定"). */
  text: string;
  /** The panel page showing when it was pressed. */
  page: PanelPage;
}

export interface PendingWizard {
  corpId: string;
  name: string;
  appId: string | null;
  bundle: Bundle;
}

/** What this tab did (shared by the fill, the completion detectors and the journey). */
export interface Session {
  /** A wizard fill waiting for the user's 完成. */
  pending: PendingWizard | null;
  /** The corp id of the last fill in this tab, and the app it was for. */
  lastFill: { appId: string | null; corpId: string } | null;
  /** What the last scan showed (the journey's next step starts from it). */
  view: ScanView;
  /** The template (suiteid) last seen in a route. */
  suiteId: string;
}

export interface PanelUi {
  /** Our shadow host (null until created). */
  host(): Element | null;
  /** Is the panel showing? */
  mounted(): boolean;
}

export interface Shared {
  readonly win: Window;
  readonly doc: Document;
  readonly store: PanelStore;
  readonly send: Send;
  now(): number;
  /** Parse a paste in the background (parses of the same text are shared). */
  parse(text: string): Promise<ParseResult>;
  /** The corp id ↔ customer ledger, asked ahead of the press (utils/panel/ledger.ts). */
  readonly ledger: LedgerMemo;
  /** The customer's journey (set by the journey capability; a no-op until then). */
  journey: Pick<Journey, 'scan' | 'pressed' | 'invalidate' | 'next'>;
  readonly session: Session;
  /** The customer a step event on this app's pages belongs to — only when known for THIS app. */
  corpFor(appId: string | null): string | undefined;
  /** Remember the customer of a fill (for step events on this app's pages). */
  rememberCustomer(corpId: string): void;
  /** A line in the panel's notices. */
  notify(n: Omit<Notice, 'id'>): void;
  /** Set by the mount capability; until then no panel shows. */
  ui: PanelUi;
  /** Ask the one watcher for a scan (coalesced to one per frame). */
  schedule(): void;
  /** Hold the watcher's scans back until the returned release is called (during a fill). */
  holdScans(): () => void;
  /** One more scan after `ms` (timers are cleared on teardown). */
  later(ms: number): void;
  /** Run on every scan, in the order the capabilities were registered. */
  onScan(fn: (f: ScanFrame) => void): void;
  /** Run on each of the user's own presses on the page (never our panel's, never a script's). */
  onPress(fn: (p: Press) => void): void;
}

export interface Capability {
  readonly name: string;
  init(signal: AbortSignal, shared: Shared): void;
}

/** After a step event was stored: look the customer's steps up again and re-scan. */
export function stepRecorded(s: Shared): void {
  s.journey.invalidate();
  s.schedule();
}
