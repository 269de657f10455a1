// Shared by the panel content script and the background (no imports: stays tiny).
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
  const path = hash.replace(/^#!?/, '').split('?')[0].toLowerCase();
  if (/\/sass\/customapp\/(app\/create|app\/detail|tpl\/info|deploy\/list|deploy\/detail)/.test(path)) return true;
  return /自定义菜单|添加主菜单|配置开发信息|代开发应用模板详情|代开发应用详情|代开发应用上线/.test(bodyText);
}
