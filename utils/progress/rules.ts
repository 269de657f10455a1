// Pure rules for step statuses: who may change what, the parent step's derived status, and the
// per-customer summary the popup lists. No database access here.
import { STEP_IDS, STEPS, type StepId, type StepStatus, type StepSource } from '../steps';

export const TOP_STEPS = ['1', '2', '3', '4', '5', '6'] as const satisfies readonly StepId[];
export type TopStepId = (typeof TOP_STEPS)[number];
export const SUB_STEPS: StepId[] = STEPS.filter((s) => s.parent === '1').map((s) => s.id);

const RANK: Partial<Record<StepStatus, number>> = { todo: 0, doing: 1, done: 2 };

export interface CurrentStep {
  status: StepStatus;
  source: StepSource;
  derived?: boolean;
  note?: string;
}

export type Decision = { apply: true } | { apply: false; reason: 'same' | 'user-set' | 'backward' | 'held' };

/**
 * May `source` set `status` on a step that currently is `cur` (undefined = never set, i.e. todo)?
 * - 'user' (a hand-set status) always wins (derived changes, even user-triggered, count as automatic).
 * - any automatic source never moves a step a user set by hand;
 *   it only moves forward (todo → doing → done), never backward;
 *   it may mark skipped / blocked only a step still at todo, and never moves a skipped/blocked one.
 */
export function decide(cur: CurrentStep | undefined, status: StepStatus, source: StepSource, note?: string, opts: { derived?: boolean } = {}): Decision {
  const curStatus = cur?.status ?? 'todo';
  // a derived change (step 1 following its sub-steps) is automatic whoever triggered it
  if (source === 'user' && !opts.derived) {
    if (cur && cur.source === 'user' && !cur.derived && cur.status === status && (note === undefined || note === (cur.note ?? ''))) return { apply: false, reason: 'same' };
    return { apply: true };
  }
  if (cur && cur.source === 'user' && !cur.derived) return { apply: false, reason: 'user-set' };
  if (curStatus === status) return { apply: false, reason: 'same' };
  if (curStatus === 'skipped' || curStatus === 'blocked') return { apply: false, reason: 'held' };
  if (status === 'skipped' || status === 'blocked') return curStatus === 'todo' ? { apply: true } : { apply: false, reason: 'backward' };
  return (RANK[status] ?? 0) > (RANK[curStatus] ?? 0) ? { apply: true } : { apply: false, reason: 'backward' };
}

const finished = (s: StepStatus | undefined) => s === 'done' || s === 'skipped';

/** What step 1 should read from its sub-steps: all finished → done, any started → doing. */
export function derivedParentStatus(st: Partial<Record<StepId, StepStatus>>): StepStatus | null {
  if (SUB_STEPS.every((id) => finished(st[id]))) return 'done';
  if (SUB_STEPS.some((id) => st[id] === 'doing' || st[id] === 'done')) return 'doing';
  return null;
}

export interface Summary {
  corpId: string;
  name: string;
  touchedAt: number;
  /** finished (done or skipped) top-level steps out of the six */
  progress: { done: number; total: number };
  /** the first step or sub-step still to do, or null when all six are finished */
  next: StepId | null;
  blocked: boolean;
  /** status of each top-level step, for the progress bar */
  steps: Record<TopStepId, StepStatus>;
  /** mid step 1: its finished sub-steps ("步骤1 4/7"); absent otherwise */
  step1?: { done: number; total: number };
  /** set when archived: the popup hides it unless asked to show archived customers */
  archived?: true;
}

export function summarize(c: { corpId: string; name: string; touchedAt: number; st?: Partial<Record<StepId, StepStatus>>; archivedAt?: number }): Summary {
  const st = c.st ?? {};
  const steps = {} as Record<TopStepId, StepStatus>;
  let done = 0;
  let next: StepId | null = null;
  for (const id of TOP_STEPS) {
    const s = st[id] ?? 'todo';
    steps[id] = s;
    if (finished(s)) done++;
    else if (next === null) next = id === '1' ? (SUB_STEPS.find((sub) => !finished(st[sub])) ?? '1') : id;
  }
  const blocked = STEP_IDS.some((id) => st[id] === 'blocked');
  const out: Summary = { corpId: c.corpId, name: c.name, touchedAt: c.touchedAt, progress: { done, total: TOP_STEPS.length }, next, blocked, steps };
  if (!finished(st['1'])) {
    const subDone = SUB_STEPS.filter((id) => finished(st[id])).length;
    if (subDone > 0 || st['1'] === 'doing') out.step1 = { done: subDone, total: SUB_STEPS.length };
  }
  if (c.archivedAt) out.archived = true;
  return out;
}
