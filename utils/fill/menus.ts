// Custom menu editor ("EC营客通 - 自定义菜单"): reading it (menu-collect.ts) is separate from driving
// it (menu-insert.ts). This module keeps the public surface in one import.
export * from './menu-collect';
export { fillMenus, type MenuFillResult } from './menu-insert';
