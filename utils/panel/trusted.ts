// The panel acts only on the user's own presses (issue 15.7): a page script can dispatch clicks on
// our shadow root's buttons, but those events are not trusted. Unit tests (happy-dom has no trusted
// events) switch the check off through this module, which lives in the content script's isolated
// world — out of the page's reach.
export const trustSettings = { acceptUntrusted: false };

export function byUser(e: { isTrusted: boolean; nativeEvent?: { isTrusted: boolean } }): boolean {
  return e.isTrusted || !!e.nativeEvent?.isTrusted || trustSettings.acceptUntrusted;
}
