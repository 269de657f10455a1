// The extension's IndexedDB database (`ec-helper`), owned by the background service worker.
// Popup, options and content scripts never open it: they send messages (utils/messages.ts).
//
// Schema history (every version stays listed so any older database upgrades in order):
//   v1  customers(corpId, name, appIds, createdAt, updatedAt), steps([corpId+step]),
//       bundles(corpId), events(++id, at, kind, corpId)
//   v2  customers gain `nameKey` (normalised name, indexed: ledger look-ups), `touchedAt`
//       (indexed: most recently touched first), `nameAt` (when the name last changed: import merge)
//       and `st` (a copy of the step statuses, so lists need not read the steps table).
//       The upgrade fills all four from v1 data. events gain a [kind+at] index (newest first by kind).
import Dexie, { type Table } from 'dexie';
import type { StepId, StepStatus, StepSource } from '../steps';
import type { StoredBundle } from '../messages';
import { nameKey } from './keys';
import type { EventKindName as EventKind } from '../enums';

export const DB_NAME = 'ec-helper';
export const DB_VERSION = 2;

/** What the journey keeps on a customer row (optional: older rows have none). */
export interface JourneyState {
  order?: { id: string; createdAt: number; seenAt: number };
  /** when the page last answered 当前状态暂不允许上线 */
  refusedAt?: number;
  /** when 提交上线 should be accepted (set with the alarm) */
  readyAt?: number;
}

export interface CustomerRow {
  corpId: string;
  name: string;
  /** v2: nameKey(name) */
  nameKey: string;
  appIds: string[];
  createdAt: number;
  updatedAt: number;
  /** v2: last time anything happened to this customer */
  touchedAt: number;
  /** v2: when `name` was last set (import keeps the newer name) */
  nameAt: number;
  /** v2: status of every step that is not `todo` (mirror of the steps table) */
  st: Partial<Record<StepId, StepStatus>>;
  /** last time a fill or the wizard's 完成 concerned this customer (bundle.find fallback) */
  workedAt?: number;
  /** when the customer was archived (hidden from the popup list by default); no index, no schema change */
  archivedAt?: number;
  /** the go-online order and wait (issue 11; no index, no schema change) */
  journey?: JourneyState;
  /** other features may keep further optional fields on a customer: every write spreads the row */
  [extra: string]: unknown;
}

export interface StepRow {
  corpId: string;
  step: StepId;
  status: StepStatus;
  /** who / what set it */
  source: StepSource;
  /** set automatically from a sub-step change, not by the source itself */
  derived?: boolean;
  at: number;
  note?: string;
}

export interface BundleRow {
  corpId: string;
  bundle: StoredBundle;
  savedAt: number;
}

export type { EventKind };

export interface EventRow {
  id?: number;
  at: number;
  kind: EventKind;
  action: string;
  outcome?: string;
  page?: string;
  corpId?: string;
  customer?: string;
  detail?: Record<string, string | number | boolean>;
}

export class EcDatabase extends Dexie {
  customers!: Table<CustomerRow, string>;
  steps!: Table<StepRow, [string, string]>;
  bundles!: Table<BundleRow, string>;
  events!: Table<EventRow, number>;

  constructor(name = DB_NAME, opts: { indexedDB?: { open: Function }; IDBKeyRange?: EcDatabaseKeyRange } = {}) {
    const g = globalThis as unknown as { indexedDB?: { open: Function }; IDBKeyRange?: EcDatabaseKeyRange };
    super(name, {
      indexedDB: opts.indexedDB ?? g.indexedDB,
      IDBKeyRange: opts.IDBKeyRange ?? g.IDBKeyRange,
      chromeTransactionDurability: 'strict',
    });
    defineSchema(this);
  }
}

type EcDatabaseKeyRange = { bound: Function; lowerBound: Function; upperBound: Function };

export const SCHEMA_V1 = {
  customers: 'corpId, name, *appIds, updatedAt',
  steps: '[corpId+step], corpId',
  bundles: 'corpId',
  events: '++id, at, kind, corpId',
};

export const SCHEMA_V2 = {
  customers: 'corpId, name, nameKey, *appIds, updatedAt, touchedAt',
  events: '++id, at, kind, corpId, [kind+at]',
};

export function defineSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      const latest = new Map<string, number>();
      const st = new Map<string, Partial<Record<StepId, StepStatus>>>();
      await tx.table('steps').each((s: StepRow) => {
        latest.set(s.corpId, Math.max(latest.get(s.corpId) ?? 0, s.at ?? 0));
        if (s.status !== 'todo') {
          const m = st.get(s.corpId) ?? {};
          m[s.step] = s.status;
          st.set(s.corpId, m);
        }
      });
      await tx.table('bundles').each((b: BundleRow) => {
        latest.set(b.corpId, Math.max(latest.get(b.corpId) ?? 0, b.savedAt ?? 0));
      });
      await tx.table('customers').toCollection().modify((c: Partial<CustomerRow> & { corpId: string; name: string }) => {
        const updated = c.updatedAt ?? c.createdAt ?? 0;
        c.nameKey = nameKey(c.name);
        c.nameAt = c.nameAt ?? updated;
        c.touchedAt = Math.max(updated, latest.get(c.corpId) ?? 0);
        c.st = st.get(c.corpId) ?? {};
        c.appIds = Array.isArray(c.appIds) ? c.appIds : [];
      });
    });
}

let current: EcDatabase | null = null;

/** The database, opened lazily on first use (Dexie re-opens after a service-worker restart). */
export function getDb(): EcDatabase {
  if (!current) current = new EcDatabase();
  return current;
}

/** Tests: swap in a database (e.g. a fresh fake-indexeddb one). Closes the previous one. */
export function setDb(db: EcDatabase | null): void {
  if (current && current !== db) current.close();
  current = db;
}
