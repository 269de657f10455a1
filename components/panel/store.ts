// The panel's page-facing state, written by the content script's watcher (one scan per frame) and
// read by the React UI. The paste box lives here too (it survives the panel unmounting between
// wizard pages); the last report and undo are React state of the mounted panel.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RouteInfo } from '@/utils/page/detect';
import type { PanelPage, Send, StoredRef } from '@/utils/panel/flow';
import type { FieldRow, FillReport } from '@/utils/fill/report';
import type { Bundle } from '@/utils/bundle';

export interface Notice {
  id: string;
  /** i18n key with optional substitutions; shown in Chinese with an English line below. */
  key: string;
  subs?: string[];
  tone?: 'info' | 'warn' | 'ok';
  /** when it was pushed (ms): the newest message is the status line, older ones the history */
  at?: number;
}

export interface PanelState {
  page: PanelPage;
  route: RouteInfo;
  /** Bumped on every scan so previews re-read the page. */
  tick: number;
  customerName: string | null;
  appId: string | null;
  /** The permission edit dialog is open (app detail). */
  permDialog: boolean;
  collapsed: boolean;
  /** Bumped by the focus-bundle-input command. */
  focusRequest: number;
  notices: Notice[];
  /** The customer's stored bundle found for this page (bundle.find by the route's app id, else the last customer). */
  stored: (StoredRef & { from: 'app' | 'last' }) | null;
  /** The paste box (kept here so it survives the panel unmounting between wizard pages). */
  text: string;
  /** Where the panel is drawn (utils/panel/layout.ts); null until first measured. */
  place: import('@/utils/panel/layout').Placement | null;
  /** The side the user chose (remembered). */
  side: 'left' | 'right';
  /** Whose paste the box holds (a customer key), null when pasted where no customer was known. */
  textOwner: string | null;
  /** The page's customer key (null on pages that list many customers): a new paste belongs to it. */
  scope: string | null;
  /** Pastes of other customers in this tab, kept aside while the page shows another customer. */
  drafts: Record<string, string>;
  /** The page's customer and its checklist (journey.get), null when unknown. */
  journey: import('@/utils/dto').JourneyView | null;
  /** Template page: the listed customers with what progress knows of them. */
  listed: (import('@/utils/dto').ListedCustomer & { developed: boolean })[] | null;
  /** Template page: whose the paste in the box is. */
  pasteFor: { name: string | null; by: 'header' | 'corp-id' | 'unknown' } | null;
  /** Go-online detail: when 提交上线 will be accepted. */
  wait: { readyAt: number; auditOrderId: string } | null;
  /** One current status line (next-step progress, refusals). */
  status: { key: string; subs: string[]; tone: 'info' | 'ok' | 'warn' | 'error'; at: number } | null;
  /** Step 6: the 应用主页 修改 dialog is open — its active tab and whether 网页 still holds the bundle's 应用主页. */
  homepage: { tab: '网页' | '小程序'; matches: boolean | null; associated: boolean } | null;
  /** A next step prepared the page: run 填写 once (the panel clears it). */
  fillPending: boolean;
  /** A next step opened the permission dialog: tick every option once (the panel clears it). */
  permPending: boolean;
}

/** What the UI may ask of the content script around it. */
export interface PanelCore {
  send: Send;
  doc: Document;
  /** Remember a wizard fill so 完成 (route leaves to app detail) can record wizard.completed. */
  setPendingWizard(p: { corpId: string; name: string; appId: string | null; bundle: Bundle } | null): void;
  /** Remember the last customer a fill was for (used when the box is empty and the route has no app id). */
  rememberCustomer(corpId: string, name: string | null): void;
  setCollapsed(collapsed: boolean): void;
  /** Move the panel to the other edge of the window (remembered). */
  setSide?(side: 'left' | 'right'): void;
  /** Parse a paste (in the background; shared per text). */
  parse: (text: string) => Promise<import('@/utils/bundle').ParseResult>;
  /** The corp id ↔ customer ledger, asked ahead of the press (utils/panel/ledger.ts). */
  ledger?: import('@/utils/panel/ledger').LedgerMemo;
  /** Hold the page watcher's scans back until the returned release is called (during a fill). */
  holdScans?(): () => void;
  fillMenus?: (doc: Document, menus: { name: string; url: string }[], opts: { overwrite?: boolean }) => Promise<{ report: FillReport; undo: () => Promise<FieldRow[]> }>;
  /** ec-next-step: open and prepare the page of that step for this customer. */
  nextStep?(target: import('@/utils/journey/model').NextTarget): void;
}

export type PanelStore = StoreApi<PanelState>;

export function createPanelStore(init: Partial<PanelState> = {}): PanelStore {
  return createStore<PanelState>(() => ({
    page: 'wizard-dev',
    route: { path: '/', query: {} },
    tick: 0,
    customerName: null,
    appId: null,
    permDialog: false,
    collapsed: false,
    focusRequest: 0,
    notices: [],
    stored: null,
    text: '',
    place: null,
    side: 'right',
    textOwner: null,
    scope: null,
    drafts: {},
    journey: null,
    listed: null,
    pasteFor: null,
    wait: null,
    status: null,
    homepage: null,
    fillPending: false,
    permPending: false,
    ...init,
  }));
}

export function pushNotice(store: PanelStore, n: Omit<Notice, 'id'>): void {
  const id = `${n.key}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  store.setState((s) => ({ notices: [...s.notices.filter((x) => x.key !== n.key), { ...n, id, at: Date.now() }].slice(-5) }));
}
