// Placeholder: guard policies and the audit log (issue 6) replace this.
export function GuardSettings() { return null; }
