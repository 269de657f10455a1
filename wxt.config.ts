import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';
import { LANGS, mergeLocale } from './utils/i18n/locales';

// See README.md ("架构 / Architecture") for why each permission is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (tests, sandbox, helpers) may each pick their own output folder.
  outDir: process.env.EC_OUT_DIR || '.output',
  vite: () => ({ plugins: [react()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'alarms'],
    host_permissions: ['https://open.work.weixin.qq.com/*'],
    action: { default_title: '__MSG_extName__' },
    storage: { managed_schema: 'managed_schema.json' },
    commands: {
      'focus-bundle-input': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_cmdFocusBundle__',
      },
    },
  },
  hooks: {
    'build:publicAssets': (wxt, files) => {
      for (const lang of LANGS) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(mergeLocale(wxt.config.root, lang), null, 2),
        });
      }
    },
  },
});
