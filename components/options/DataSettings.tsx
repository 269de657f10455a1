// Placeholder: export / import (issue 7) replaces this.
export function DataSettings() { return null; }
