// Serves the replica (tests/replica) at the real provider-backend origin through Playwright routing,
// so the extension's content scripts match exactly as they do in production.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';

export const ORIGIN = 'https://open.work.weixin.qq.com';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'replica');

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * `pagesDir` picks the set of page scripts: `pages` (the default replica) or another folder under
 * tests/replica/ holding the same pages with other markup (e.g. `pages-alt`), as acceptance checks do.
 */
function shell(pagesDir: string): string {
  const pages = readdirSync(join(root, pagesDir)).filter((f) => f.endsWith('.js')).sort();
  const tags = pages.map((f) => `<script src="/__replica__/${pagesDir}/${f}"></script>`).join('\n');
  return readFileSync(join(root, 'index.html'), 'utf8').replace('<!--PAGES-->', tags);
}

export async function serveReplica(context: BrowserContext, pagesDir = 'pages'): Promise<void> {
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
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
