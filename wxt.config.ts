import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { LANGS, mergeLocale } from './utils/i18n/locales';

/**
 * The guard runs in every frame and must stay ≤ 15 KB: it uses chrome.* directly and never WXT's
 * ContentScriptContext (whose invalidation a page script can trigger, and which pulls in
 * webextension-polyfill). Only for entrypoints/guard.content.ts; other content scripts keep ctx.
 */
function guardWithoutCtx(): Plugin {
  const STUB = '\0ec-guard-ctx-stub';
  return {
    name: 'ec-guard-without-ctx',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'wxt/utils/content-script-context' && importer?.includes('guard.content')) return STUB;
      return undefined;
    },
    load(id) {
      return id === STUB ? 'export class ContentScriptContext {}' : undefined;
    },
  };
}

// See README.md ("架构 / Architecture") for why each permission is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (tests, sandbox, helpers) may each pick their own output folder.
  outDir: process.env.EC_OUT_DIR || '.output',
  vite: () => ({ plugins: [guardWithoutCtx(), react()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'alarms', 'notifications'],
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
