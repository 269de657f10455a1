// Serves the replica (tests/replica) at the real provider-backend origin through Playwright routing,
// so the extension's content scripts match exactly as they do in production.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';

export const ORIGIN = 'https://open.work.weixin.qq.com';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'replica');

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * `pagesDir` picks the set of page scripts: `pages` (the default replica) or another folder under
 * tests/replica/ holding the same pages with other markup (e.g. `pages-alt`), as acceptance checks do.
 */
export function shell(pagesDir: string): string {
  const pages = readdirSync(join(root, pagesDir)).filter((f) => f.endsWith('.js')).sort();
  const tags = pages.map((f) => `<script src="/__replica__/${pagesDir}/${f}"></script>`).join('\n');
  // A page set rendered by a real UI framework brings its own shell (pages-react, pages-vue).
  const own = join(root, pagesDir, 'index.html');
  return readFileSync(existsSync(own) ? own : join(root, 'index.html'), 'utf8').replace('<!--PAGES-->', tags);
}

const nodeModules = join(root, '..', '..', 'node_modules');
let reactBundle: string | null = null;
/**
 * Framework runtimes for the framework-built replicas, served from node_modules (no network):
 * `vendor/react.js` is React 19 + react-dom/client bundled once by esbuild as globals `React` and
 * `ReactDOM` (React 19 ships no UMD build); `vendor/vue.js` is Vue 3's own global build.
 */
export function vendorFile(name: string): string | Buffer | null {
  if (name === 'react.js') {
    if (!reactBundle) {
      const require = createRequire(import.meta.url);
      const esbuild = require('esbuild') as typeof import('esbuild');
      const out = esbuild.buildSync({
        stdin: {
          contents: "import * as React from 'react'; import * as Client from 'react-dom/client'; import { createPortal, flushSync } from 'react-dom'; window.React = React; window.ReactDOM = { ...Client, createPortal, flushSync };",
          resolveDir: join(root, '..', '..'),
        },
        bundle: true, write: false, minify: true, format: 'iife', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
      });
      reactBundle = out.outputFiles[0].text;
    }
    return reactBundle;
  }
  if (name === 'vue.js') return readFileSync(join(nodeModules, 'vue', 'dist', 'vue.global.prod.js'));
  return null;
}

export async function serveReplica(context: BrowserContext, pagesDir = 'pages'): Promise<void> {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/__replica__/vendor/')) {
      const body = vendorFile(url.pathname.slice('/__replica__/vendor/'.length));
      if (body == null) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: 'text/javascript', body });
    }
    if (url.pathname.startsWith('/__replica__/')) {
      const file = join(root, url.pathname.slice('/__replica__/'.length));
      if (!file.startsWith(root) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    }
    if (route.request().resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shell(pagesDir) });
    }
    // The replica's pages never call the network themselves (R.request is in-page); anything else is a bug.
    return route.fulfill({ status: 404, contentType: 'application/json', body: '{"errcode":404}' });
  });
}

/** Open a provider-backend hash route on the replica, e.g. openRoute(page, '/sass/customApp/tpl/list'). */
export async function openRoute(page: Page, hash: string, flags: string[] = []): Promise<void> {
  const q = flags.length ? `?replica=${flags.join(',')}` : '';
  await page.goto(`${ORIGIN}/wwopen/developer${q}#${hash}`);
}
