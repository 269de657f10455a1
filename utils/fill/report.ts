// The shape every fill reports, matching the `ec-fill-report` hook of docs/test-hooks.md.
export type FieldResult = 'filled' | 'unchanged' | 'kept' | 'failed';
import type { FillStatus } from '../enums';
export type { FillStatus };

/** `field` ids: homepage, enterHomepage, trustedDomain, callbackUrl, token, aesKey, menu-1…, permissions */
export interface FieldRow {
  field: string;
  result: FieldResult;
  /** What the page showed before the fill (never for token / aesKey: those are secrets). */
  before?: string;
  /** What the page shows after the fill, read back after re-render (never for secrets). */
  after?: string;
  /** Chinese explanation, mainly for failed rows. */
  message?: string;
  /** Why a failed row failed, when the panel can help: `not-found` → the user may teach the element (ec-teach). */
  reason?: 'not-found';
  /** What ec-teach learns for this row when it is not the row's own field (e.g. menuAdd for menu-1). */
  teach?: string;
}

/** Mark failed rows whose message says the element was not found (they carry ec-teach). */
export function markNotFound(rows: FieldRow[], notFoundMessages: string[]): void {
  for (const r of rows) if (r.result === 'failed' && r.message && notFoundMessages.includes(r.message)) r.reason = 'not-found';
}

export interface FillReport {
  status: FillStatus;
  rows: FieldRow[];
  /** Why the fill was refused (Chinese, user-facing). */
  error?: string;
  /** A refusal the user may override with 仍然填写 (ec-fill-anyway). */
  overridable?: boolean;
}

/** Overall status from per-field rows: all good → filled, nothing good → refused/partial. */
export function overallStatus(rows: FieldRow[]): FillStatus {
  const failed = rows.filter((r) => r.result === 'failed').length;
  if (failed === 0) return 'filled';
  return 'partial';
}

/** What the page must keep after undo: one entry per field the fill changed. */
export interface UndoStep {
  field: string;
  undo: () => Promise<boolean> | boolean;
}
