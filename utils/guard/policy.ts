// Guard policies: which dangerous actions exist, their defaults, and how the user's choice
// (chrome.storage.local) and an administrator's (chrome.storage.managed) combine.
// Pure (no browser globals) and free of zod: the tiny guard content script imports it.

export const GUARD_ACTIONS = ['reset-qr', 'edit-template', 'regenerate-secret', 'edit-callback', 'miniprogram-homepage'] as const;
export type GuardAction = (typeof GUARD_ACTIONS)[number];
export const GUARD_POLICIES = ['block', 'confirm', 'allow'] as const;
export type GuardPolicy = (typeof GUARD_POLICIES)[number];
export const GUARD_OUTCOMES = ['blocked', 'cancelled', 'confirmed', 'allowed'] as const;
export type GuardOutcome = (typeof GUARD_OUTCOMES)[number];
export type PolicyMap = Record<GuardAction, GuardPolicy>;
export type LockMap = Record<GuardAction, boolean>;

/** Storage key, the same in chrome.storage.local (user) and chrome.storage.managed (administrator). */
export const POLICY_KEY = 'guardPolicies';
/** chrome.storage.session key the background bumps after each audit append (options page refreshes). */
export const AUDIT_STAMP_KEY = 'guardAuditStamp';

export const DEFAULT_POLICIES: PolicyMap = {
  'reset-qr': 'block',
  'edit-template': 'block',
  'regenerate-secret': 'confirm',
  'edit-callback': 'confirm',
  'miniprogram-homepage': 'confirm',
};

export function isAction(v: unknown): v is GuardAction {
  return typeof v === 'string' && (GUARD_ACTIONS as readonly string[]).includes(v);
}
export function isPolicy(v: unknown): v is GuardPolicy {
  return typeof v === 'string' && (GUARD_POLICIES as readonly string[]).includes(v);
}

/** Keeps only known actions mapped to known policies; anything else (a typo in an admin policy) is ignored. */
export function sanitizePolicies(raw: unknown): Partial<PolicyMap> {
  const out: Partial<PolicyMap> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const a of GUARD_ACTIONS) {
    const v = (raw as Record<string, unknown>)[a];
    const p = typeof v === 'string' ? v.trim().toLowerCase() : '';
    if (isPolicy(p)) out[a] = p;
  }
  return out;
}

export interface ResolvedPolicies {
  policies: PolicyMap;
  /** true where chrome.storage.managed sets the action: the user cannot change it. */
  locked: LockMap;
}

/** The policies in force: defaults ← user's (storage.local) ← administrator's (storage.managed). */
export function policiesOf(local: unknown, managed: unknown): PolicyMap {
  return { ...DEFAULT_POLICIES, ...sanitizePolicies(local), ...sanitizePolicies(managed) };
}

/** defaults ← user's (storage.local) ← administrator's (storage.managed, wins and locks). */
export function resolvePolicies(local: unknown, managed: unknown): ResolvedPolicies {
  const admin = sanitizePolicies(managed);
  const locked = {} as LockMap;
  for (const a of GUARD_ACTIONS) locked[a] = admin[a] !== undefined;
  return { policies: policiesOf(local, managed), locked };
}

/** Global (content-script world) where a running guard exposes its liveness check. */
export const LIVE_GUARD_KEY = '__ecGuardLive';

/**
 * Forbidden actions: `allow` for these only through an administrator's managed policy, or after the
 * user typed ALLOW_PHRASES (in either language) on the options page — recorded in the audit log.
 */
export const FORBIDDEN: readonly GuardAction[] = ['reset-qr', 'edit-template'];
export const ALLOW_PHRASES = ['我确认允许', 'I allow it'];
/** Whether `typed` is one of ALLOW_PHRASES (spaces, case and punctuation aside). */
export const allowPhraseOk = (typed: unknown): boolean => {
  const k = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  return typeof typed === 'string' && ALLOW_PHRASES.some((p) => k(p) === k(typed));
};
