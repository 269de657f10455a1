// The customer's journey through step 1 (1a…1g) and step 6, as the panel shows it (issue 11):
// which step is the one to do now, and where `ec-next-step` leads. Pure: statuses in, plan out.
import type { StepId, StepStatus } from '../steps';

/** The rows of `ec-checklist`, in the order the work is done. */
export const CHECKLIST: readonly StepId[] = ['1a', '1b', '1c', '1d', '1e', '1f', '1g', '6'];

/** Steps `ec-next-step` can lead to. */
export type NextTarget = '1b' | '1c' | '1e' | '1f' | '6';

export type Statuses = Partial<Record<StepId, StepStatus>>;

const finished = (s: StepStatus | undefined) => s === 'done' || s === 'skipped';

/** A step that waits for someone else (the customer admin) once it is under way. */
const WAITING: ReadonlySet<StepId> = new Set<StepId>(['1d']);

/**
 * The step to do now: the first unfinished checklist step, passing over a step that is waiting
 * for the customer admin (1d 'doing' after the permissions' 确定). Null when all are finished.
 */
export function currentStep(st: Statuses): StepId | null {
  for (const id of CHECKLIST) {
    const s = st[id];
    if (finished(s)) continue;
    if (WAITING.has(id) && s === 'doing') continue;
    return id;
  }
  // Only waiting steps are left: the first of them.
  return CHECKLIST.find((id) => !finished(st[id])) ?? null;
}

export interface Plan {
  current: StepId | null;
  /** Where ec-next-step leads, or null when there is nothing the extension can open. */
  next: NextTarget | null;
  /** The customer admin still has to act (shown as a reminder). */
  waitingFor: StepId[];
}

/** Where the current step leads. 1g is the customer admin's: the implementer's next page is step 6. */
export function plan(st: Statuses): Plan {
  const current = currentStep(st);
  const waitingFor = CHECKLIST.filter((id) => (id === '1d' && st[id] === 'doing') || (id === '1g' && finished(st['1f']) && !finished(st['1g'])));
  let next: NextTarget | null = null;
  switch (current) {
    case '1a':
    case '1b':
      next = '1b';
      break;
    case '1c':
      next = '1c';
      break;
    case '1d':
    case '1e':
      next = '1e';
      break;
    case '1f':
      next = '1f';
      break;
    case '1g':
    case '6':
      next = '6';
      break;
    default:
      next = null;
  }
  return { current, next, waitingFor };
}

/**
 * What the popup's progress reads: mid step 1, its sub-steps ("步骤1 4/7"); otherwise the six
 * top-level steps. `sub` is null when step 1 is not under way.
 */
export function progressLabel(st: Statuses, subSteps: readonly StepId[], topSteps: readonly StepId[]): { step1: { done: number; total: number } | null; top: { done: number; total: number } } {
  const top = { done: topSteps.filter((id) => finished(st[id])).length, total: topSteps.length };
  if (finished(st['1'])) return { step1: null, top };
  const done = subSteps.filter((id) => finished(st[id])).length;
  return { step1: done > 0 || st['1'] === 'doing' ? { done, total: subSteps.length } : null, top };
}

/** How long after the order was created 提交上线 is accepted (public automations wait ~5 minutes). */
export const ONLINE_WAIT_MS = 5 * 60 * 1000;

/** When the go-online detail's 提交上线 will be accepted, from when the order was created. */
export function readyAt(orderCreatedAt: number, now: number, refusedAt?: number): number {
  const base = orderCreatedAt + ONLINE_WAIT_MS;
  // A refusal seen after the expected time: try again a minute after that refusal.
  if (refusedAt !== undefined && refusedAt >= base) return refusedAt + 60 * 1000;
  return Math.max(base, now);
}
