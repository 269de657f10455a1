// Shared by the panel content script, the page script and the background (imports only site knowledge).
import { onRoute, type RouteKey } from '../site/routes';
import { SITE } from '../site/vocabulary';

/** Tab-directed message from the background's focus-bundle-input command handler. */
export const PANEL_FOCUS_MESSAGE = 'panel.focusBundleInput';

/** The built panel content script (registration: runtime): injected by the background on demand. */
export const PANEL_SCRIPT = '/content-scripts/panel.js';
/** Set on the isolated world's globalThis by a running panel script (one per document). */
export const PANEL_LOADED_KEY = '__ecPanelLoaded';

/**
 * Could this page show the panel? Routes of the panel's pages, and — for pages whose route is
 * assumed (the menu editor) — a cheap look at the text. Login screens never.
 */
export function mayShowPanel(hash: string, bodyText: string): boolean {
  const path = hash.replace(/^#!?/, '').split('?')[0];
  if (PANEL_ROUTES.some((k) => onRoute(path, k))) return true;
  return SITE.panelPageMarkers.words.some((w) => bodyText.includes(w));
}

const PANEL_ROUTES: readonly RouteKey[] = ['create', 'appDetail', 'templateDetail', 'deployList', 'deployDetail'];
