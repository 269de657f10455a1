// What happens in the backend → which steps move (docs/process.md). ONE table: every automatic step
// change the background makes from a page event is read from here, so "what does 保存 on the menu
// editor record?" has one answer. Pure data; the rules for applying a change live in ./rules.ts.
import type { StepId, StepSource, StepStatus } from '../steps';
import type { DeployStatus } from '../enums';

export interface Transition {
  /** who records it (a hand-set status outranks every automatic source) */
  source: StepSource;
  /** the step changes, applied in order in one transaction */
  steps: readonly (readonly [StepId, StepStatus])[];
}

export const TRANSITIONS = {
  /** 开始代开发应用: the user pressed 完成 and the page left the wizard → 1a and 1b done */
  'wizard.completed': { source: 'autofill', steps: [['1a', 'done'], ['1b', 'done']] },
  /** the 权限 dialog's 确定 closed it → 1c done; the customer admin's 同意授权 (1d) is now awaited */
  'permissions.confirmed': { source: 'permissions', steps: [['1c', 'done'], ['1d', 'doing']] },
  /** the menu editor's 保存 succeeded → 1e done */
  'menus.saved': { source: 'menus', steps: [['1e', 'done']] },
  /** the go-online list shows the app 待上线 → 1f under way */
  'deploy.pending': { source: 'deploy', steps: [['1f', 'doing']] },
  /** the go-online list shows the app 已上线 → 1f done */
  'deploy.online': { source: 'deploy', steps: [['1f', 'done']] },
  /** step 6: 确定 on the 应用主页 dialog's 网页 tab after the association → 6 done */
  'homepage.set': { source: 'homepage', steps: [['6', 'done']] },
} as const satisfies Record<string, Transition>;

export type TransitionEvent = keyof typeof TRANSITIONS;

export function transition(event: TransitionEvent): Transition {
  return TRANSITIONS[event];
}

/** The go-online list's status word → its event. */
export function deployEvent(status: DeployStatus): TransitionEvent {
  return status === '已上线' ? 'deploy.online' : 'deploy.pending';
}
