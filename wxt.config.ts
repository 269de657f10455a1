import { defineConfig, type UserManifest } from 'wxt';
import react from '@vitejs/plugin-react';
import { transformWithEsbuild, type Plugin } from 'vite';
import { LANGS, mergeLocale } from './utils/i18n/locales';

/**
 * The guard runs in every frame and must stay ≤ 15 KB: it uses chrome.* directly and never WXT's
 * ContentScriptContext (whose invalidation a page script can trigger, and which pulls in
 * webextension-polyfill). WXT's isolated-world wrapper
 * (node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs) would build a ctx, run
 * the plugin hook and carry a logger that is silent in production: for the guard it is replaced by a
 * bare call of main(). Only for entrypoints/guard.content.ts and its UI, guard-ui.content.ts; other
 * content scripts keep the wrapper and ctx.
 */
function guardWithoutCtx(): Plugin {
  const WRAPPER = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
  return {
    name: 'ec-guard-without-ctx',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(WRAPPER) || !/guard(-ui)?\.content/.test(id)) return undefined;
      // Its named `main` (the same function as the definition's): the manifest options stay out of the bundle.
      return `import { main } from ${JSON.stringify(id.slice(WRAPPER.length))};\nexport default main();`;
    },
    // Shortens the guard's own property names (GUARD_PROPS) across the whole chunk, before Vite minifies it.
    async renderChunk(code, chunk) {
      if (!chunk.fileName.endsWith('content-scripts/guard.js')) return null;
      const out = await transformWithEsbuild(code, chunk.fileName, { mangleProps: GUARD_PROPS, charset: 'utf8' });
      return { code: out.code, map: null };
    },
  };
}

/**
 * Property names that live only inside the guard bundle (its options, texts, gesture and hit records),
 * renamed to short ones in content-scripts/guard.js. Never list a name the DOM, chrome.*, the audit
 * message (type, action, outcome, page, label, gestureId, customer), the guard UI's API (utils/guard/ui-api.ts:
 * notice, dialog, drop, orphan, close, variant, anchor, trust, returnTo) or an attribute uses: esbuild
 * renames every `.name` and `name:` that matches (quoted keys are left alone).
 */
const GUARD_PROPS = new RegExp(`^(${[
  'control', 'orphaned', 'decisions', 'clicks', 'kind', 'dbl', 'pending', 'lastHit', 'lastEl', 'hit',
  'setPolicies', 'policies', 'locked', 'onStop', 'stopped', 'stop', 'token', 'openRoot', 'alive', 'win', 'timer', 'cancel', 'send', 'loadUi',
].join('|')})$`);

/** Firefox: a fixed add-on id (managed policy and updates are keyed by it) and the data-collection
 *  declaration addons.mozilla.org requires of new add-ons (we collect nothing). The declaration is
 *  understood from Firefox 140 (older versions refuse the manifest key), hence the minimum. */
export const GECKO_ID = 'ec-provider-helper@workec.com';
function firefoxSettings() {
  return {
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    } as UserManifest['browser_specific_settings'],
  };
}

/** Chrome / Edge: the oldest version with every API the code uses — chrome.storage.session (102)
 *  and scripting.executeScript's injectImmediately (102) (docs/deploy.md). For self-hosted
 *  force-install, `EC_UPDATE_URL` (see scripts/pack-crx.mjs) adds the update manifest's address. */
export const MINIMUM_CHROME_VERSION = '102';
function chromiumSettings() {
  const updateUrl = process.env.EC_UPDATE_URL;
  return { minimum_chrome_version: MINIMUM_CHROME_VERSION, ...(updateUrl ? { update_url: updateUrl } : {}) };
}

// See docs/architecture.md for what each permission is used for.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (tests, sandbox, helpers) may each pick their own output folder.
  outDir: process.env.EC_OUT_DIR || '.output',
  vite: () => ({ plugins: [guardWithoutCtx(), react()] }),
  manifest: ({ browser }) => ({
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
    ...(browser === 'firefox' ? firefoxSettings() : chromiumSettings()),
  }),
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
