// The six onboarding steps of docs/process.md and their sub-steps. Pure data.
export const STEP_IDS = ['1', '1a', '1b', '1c', '1d', '1e', '1f', '1g', '2', '3', '4', '5', '6'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_STATUSES = ['todo', 'doing', 'done', 'skipped', 'blocked'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export type Actor = 'customerAdmin' | 'implementer' | 'hqAdmin';

export interface StepDef {
  id: StepId;
  parent?: StepId;
  actor: Actor;
}

export const STEPS: readonly StepDef[] = [
  { id: '1', actor: 'implementer' },
  { id: '1a', parent: '1', actor: 'implementer' },
  { id: '1b', parent: '1', actor: 'implementer' },
  { id: '1c', parent: '1', actor: 'implementer' },
  { id: '1d', parent: '1', actor: 'customerAdmin' },
  { id: '1e', parent: '1', actor: 'implementer' },
  { id: '1f', parent: '1', actor: 'implementer' },
  { id: '1g', parent: '1', actor: 'customerAdmin' },
  { id: '2', actor: 'customerAdmin' },
  { id: '3', actor: 'customerAdmin' },
  { id: '4', actor: 'customerAdmin' },
  { id: '5', actor: 'customerAdmin' },
  { id: '6', actor: 'hqAdmin' },
];

/** Where a status change came from. A hand-set status ('user') outranks automatic ones. */
export const STEP_SOURCES = ['user', 'autofill', 'menus', 'permissions', 'deploy', 'import', 'homepage'] as const;
export type StepSource = (typeof STEP_SOURCES)[number];
