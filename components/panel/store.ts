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
  /** Narrowed / moved beside the page's open dialog (null: the usual place). */
  dock: import('@/utils/panel/dock').Dock | null;
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
  /** Parse a paste (in the background; shared per text). */
  parse: (text: string) => Promise<import('@/utils/bundle').ParseResult>;
  fillMenus?: (doc: Document, menus: { name: string; url: string }[], opts: { overwrite?: boolean }) => Promise<{ report: FillReport; undo: () => Promise<FieldRow[]> }>;
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
    dock: null,
    ...init,
  }));
}

export function pushNotice(store: PanelStore, n: Omit<Notice, 'id'>): void {
  const id = `${n.key}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  store.setState((s) => ({ notices: [...s.notices.filter((x) => x.key !== n.key), { ...n, id }].slice(-3) }));
}
