// The debug log (off by default; switch `local:debugLog` on the options page): says WHY page
// recognition or a fill failed, and where the code swallowed an error. Messages go to the console
// of the page / extension context with an [ec-helper] prefix — never values, Token / EncodingAESKey
// or the bundle (callers pass field names and reasons only). Pure: no storage access here; the
// content scripts and pages set it from storage with setDebug().
let on = false;
const ring: { at: number; area: string; message: string; error?: string }[] = [];
const RING_MAX = 200;

export function setDebug(enabled: boolean): void {
  on = !!enabled;
}
export const debugEnabled = (): boolean => on;

/** Record why something failed; with the switch off only the last few lines are kept in memory. */
export function debugLog(area: string, message: string, error?: unknown): void {
  const err = error === undefined ? undefined : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  ring.push({ at: Date.now(), area, message, ...(err ? { error: err } : {}) });
  if (ring.length > RING_MAX) ring.shift();
  if (!on) return;
  try {
    console.debug(`[ec-helper] ${area}: ${message}${err ? ` — ${err}` : ''}`);
  } catch {
    /* no console */
  }
}

export function debugLines(): { at: number; area: string; message: string; error?: string }[] {
  return ring.slice();
}
