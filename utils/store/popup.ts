// The popup's state (zustand). Data only through messages (utils/rpc.ts): the popup never opens
// IndexedDB itself. The customer list is loaded once (a first page at once, then everything) and
// searched in memory, so each keystroke only filters an array.
import { create } from 'zustand';
import { call } from '../rpc';
import type { StepId, StepStatus } from '../steps';
import type { Summary } from '../progress/rules';
import type { CustomerDetail } from '../dto';
import type { CustomerFilter } from '../enums';

export type Filter = CustomerFilter;
export type PopupView = { name: 'list' } | { name: 'customer'; corpId: string } | { name: 'add' };
export type Row = Summary & { hay: string };

/** Rows shown before the full list arrives (enough to fill the popup). */
export const FIRST_PAGE = 30;

export function toRow(s: Summary): Row {
  return { ...s, hay: `${s.name}\u0000${s.corpId}`.toLowerCase() };
}

/** Case-insensitive substring match on name or corp id, then the filter; archived customers only
 *  when `showArchived` (issue 16.5). Pure. */
export function filterRows(rows: readonly Row[], query: string, filter: Filter, showArchived = false): Row[] {
  const q = query.trim().toLowerCase();
  if (!q && filter === 'all' && (showArchived || !rows.some((r) => r.archived))) return rows as Row[];
  return rows.filter((r) => {
    if (r.archived && !showArchived) return false;
    if (q && !r.hay.includes(q)) return false;
    if (filter === 'blocked') return r.blocked;
    if (filter === 'unfinished') return r.progress.done < r.progress.total;
    return true;
  });
}

export interface PopupState {
  view: PopupView;
  query: string;
  filter: Filter;
  rows: Row[];
  /** snapshot: the last first page from localStorage, shown until the worker answers */
  loaded: 'none' | 'snapshot' | 'first' | 'all';
  listError: string | null;
  detail: CustomerDetail | null;
  detailError: string | null;
  /** the customer last opened (its row gets focus back on return) */
  lastOpened: string | null;
  /** step id → saving */
  saving: Partial<Record<StepId, boolean>>;
  /** archived customers listed too (hidden by default) */
  showArchived: boolean;
  setShowArchived(v: boolean): void;
  /** archive or restore the open customer */
  archive(archived: boolean): Promise<void>;
  /** delete the open customer (after the in-page confirmation), then back to the list */
  remove(): Promise<void>;
  load(): Promise<void>;
  setQuery(q: string): void;
  setFilter(f: Filter): void;
  open(corpId: string): Promise<void>;
  back(): void;
  showAdd(): void;
  setStep(step: StepId, status: StepStatus, note?: string): Promise<void>;
  /** after a customer was created elsewhere in the popup */
  created(d: CustomerDetail): void;
}

const message = (e: unknown) => (e as Error)?.message || String(e);

let loading: Promise<void> | null = null;

type Set = (p: Partial<PopupState>) => void;
type Get = () => PopupState;

/** The first page as the popup last showed it, kept in the popup's own localStorage (the extension
 *  origin, like IndexedDB): painted at once, before the worker answers (issue 14: first paint with
 *  10,000 customers <= 150 ms), then replaced by the stored truth. Holds names and step statuses only. */
export const SNAPSHOT_KEY = 'ec:popup:first-page';

function readSnapshot(): Summary[] | null {
  try {
    const raw = globalThis.localStorage?.getItem(SNAPSHOT_KEY);
    if (!raw) return null;
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list) && list.every((s) => s && typeof s.corpId === 'string' && typeof s.name === 'string' && s.steps && s.progress) ? (list as Summary[]) : null;
  } catch {
    return null;
  }
}

export function writeSnapshot(rows: readonly Summary[]): void {
  try {
    const first = rows.filter((r) => !r.archived).slice(0, FIRST_PAGE).map(({ corpId, name, touchedAt, progress, next, blocked, steps }) => ({ corpId, name, touchedAt, progress, next, blocked, steps }));
    globalThis.localStorage?.setItem(SNAPSHOT_KEY, JSON.stringify(first));
  } catch {
    // storage full or unavailable: the next popup simply waits for the worker
  }
}

/** JIT-warm the search path once the whole list is in (the first keystroke then costs what the others do). */
function warmSearch(rows: readonly Row[]): void {
  const run = () => {
    filterRows(rows, '', 'all');
    filterRows(rows, '', 'unfinished', true);
  };
  const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback;
  if (idle) idle(run);
  else setTimeout(run, 0);
}

/** First page at once (fills the popup), then the whole list for in-memory search. */
async function loadList(set: Set, get: Get): Promise<void> {
  const snap = get().loaded === 'none' ? readSnapshot() : null;
  if (snap?.length) set({ rows: snap.map(toRow), loaded: 'snapshot', listError: null });
  try {
    const first = await call({ type: 'customer.list', limit: FIRST_PAGE });
    const l = get().loaded;
    if (l === 'none' || l === 'snapshot') set({ rows: first.map(toRow), loaded: first.length < FIRST_PAGE ? 'all' : 'first', listError: null });
    globalThis.performance?.mark?.('ec:fresh-data'); // the worker's first answer (bench: info)
    // the next popup paints this at once, even when this one closes before the whole list is in
    writeSnapshot(first);
    if (first.length < FIRST_PAGE) return;
    // let the first rows paint before the whole list is fetched and decoded
    if (typeof requestAnimationFrame === 'function') await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const all = await call({ type: 'customer.list' });
    const rows = all.map(toRow);
    set({ rows, loaded: 'all', listError: null });
    writeSnapshot(all);
    warmSearch(rows);
  } catch (e) {
    set({ listError: message(e), loaded: get().loaded === 'none' ? 'all' : get().loaded });
  }
}

export const usePopup = create<PopupState>()((set, get) => ({
  view: { name: 'list' },
  query: '',
  filter: 'all',
  rows: [],
  loaded: 'none',
  listError: null,
  detail: null,
  detailError: null,
  lastOpened: null,
  saving: {},
  showArchived: false,
  setShowArchived: (showArchived) => set({ showArchived }),

  async archive(archived) {
    const d = get().detail;
    if (!d) return;
    const corpId = d.customer.corpId;
    try {
      await call({ type: 'customer.archive', corpId, archived });
      const fresh = await call({ type: 'customer.get', corpId });
      if (fresh) set({ detail: fresh, rows: get().rows.map((r) => (r.corpId === corpId ? toRow(fresh.summary) : r)), detailError: null });
      writeSnapshot(get().rows);
    } catch (e) {
      set({ detailError: message(e) });
    }
  },

  async remove() {
    const d = get().detail;
    if (!d) return;
    const corpId = d.customer.corpId;
    try {
      await call({ type: 'customer.delete', corpId });
      set({ rows: get().rows.filter((r) => r.corpId !== corpId), view: { name: 'list' }, detail: null, detailError: null, lastOpened: null });
      writeSnapshot(get().rows);
    } catch (e) {
      set({ detailError: message(e) });
    }
  },

  async load() {
    if (loading) return loading;
    loading = loadList(set, get).finally(() => {
      loading = null;
    });
    return loading;
  },

  setQuery: (query) => set({ query }),
  setFilter: (filter) => set({ filter }),

  async open(corpId) {
    set({ view: { name: 'customer', corpId }, detail: null, detailError: null, saving: {}, lastOpened: corpId });
    try {
      const d = await call({ type: 'customer.get', corpId });
      const v = get().view;
      if (v.name !== 'customer' || v.corpId !== corpId) return;
      set(d ? { detail: d } : { detailError: 'not-found' });
    } catch (e) {
      set({ detailError: message(e) });
    }
  },

  back: () => set({ view: { name: 'list' }, detail: null, detailError: null }),
  showAdd: () => set({ view: { name: 'add' } }),

  async setStep(step, status, note) {
    const d = get().detail;
    if (!d) return;
    const corpId = d.customer.corpId;
    const before = d;
    // show the choice at once; the stored state replaces it when the background answers
    set({
      detail: { ...d, steps: d.steps.map((s) => (s.step === step ? { ...s, status, source: 'user', derived: false, at: Date.now(), ...(note !== undefined ? { note } : {}) } : s)) },
      saving: { ...get().saving, [step]: true },
      detailError: null,
    });
    try {
      await call({ type: 'step.set', corpId, step, status, source: 'user', ...(note !== undefined ? { note } : {}) });
      const fresh = await call({ type: 'customer.get', corpId });
      if (fresh) {
        const v = get().view;
        if (v.name === 'customer' && v.corpId === corpId) set({ detail: fresh });
        const row = toRow(fresh.summary);
        set({ rows: [row, ...get().rows.filter((r) => r.corpId !== corpId)] });
        writeSnapshot(get().rows);
      }
    } catch (e) {
      set({ detail: before, detailError: message(e) });
    } finally {
      const saving = { ...get().saving };
      delete saving[step];
      set({ saving });
    }
  },

  created(d) {
    writeSnapshot([d.summary, ...get().rows.filter((r) => r.corpId !== d.customer.corpId)]);
    set({ rows: [toRow(d.summary), ...get().rows.filter((r) => r.corpId !== d.customer.corpId)], view: { name: 'customer', corpId: d.customer.corpId }, detail: d, detailError: null, lastOpened: d.customer.corpId, query: '', filter: 'all' });
  },
}));
