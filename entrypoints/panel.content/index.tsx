// The in-page panel (issues 4/5): top frame only, React in an open shadow root on panel pages.
// Thin entrypoint: everything lives in ./core.tsx, components/panel and utils/.
import { registerMessages } from '@/utils/i18n';
import zhPanel from '@/assets/locales/zh_CN/panel.json';
import zhMenus from '@/assets/locales/zh_CN/menus.json';
import zhTeach from '@/assets/locales/zh_CN/teach.json';
import { startPanel } from './core';

// 简体中文 first, whatever Chromium's own UI language resources are (only the panel's fragments:
// the parser runs in the background, which registers the rest).
registerMessages(zhPanel, zhMenus, zhTeach);

export default defineContentScript({
  matches: ['https://open.work.weixin.qq.com/*'],
  allFrames: false,
  main(ctx) {
    startPanel(ctx);
  },
});
