// Shared by the panel content script and the background (no imports: stays tiny).
/** Tab-directed message from the background's focus-bundle-input command handler. */
export const PANEL_FOCUS_MESSAGE = 'panel.focusBundleInput';
