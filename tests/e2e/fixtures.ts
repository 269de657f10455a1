// Playwright fixtures: a fresh Chromium profile with the built extension loaded, the replica routed
// at the real origin, and helpers to reach the extension's own pages.
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { serveReplica } from './replica-server';

export const EXT_DIR = resolve(process.env.EC_OUT_DIR || '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchWithExtension(opts: { headless?: boolean; userDataDir?: string; replicaPages?: string; lang?: string; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  if (!existsSync(EXT_DIR)) throw new Error(`built extension not found at ${EXT_DIR}: run npm run build first`);
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: opts.lang ?? 'zh-CN',
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', `--lang=${opts.lang ?? 'zh-CN'}`,
    ],
  });
  await serveReplica(context, opts.replicaPages);
  return context;
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

type Fixtures = { replicaPages: string; browserLang: string; context: BrowserContext; extensionId: string; page: Page; sw: Worker; extPage: (path: string) => Promise<Page> };

export const test = base.extend<Fixtures>({
  /** Which replica page set to serve: test.use({ replicaPages: 'pages-alt' }) for the other markup. */
  replicaPages: ['pages', { option: true }],
  /** The browser's language: test.use({ browserLang: 'en-US' }) for an English browser. */
  browserLang: ['zh-CN', { option: true }],
  context: async ({ replicaPages, browserLang }, use) => {
    const context = await launchWithExtension({ replicaPages, lang: browserLang });
    await use(context);
    await context.close();
  },
  sw: async ({ context }, use) => { await use(await serviceWorker(context)); },
  extensionId: async ({ sw }, use) => { await use(new URL(sw.url()).host); },
  page: async ({ context }, use) => { await use(context.pages()[0] ?? (await context.newPage())); },
  extPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${path}`);
      return p;
    });
  },
});

export const expect = test.expect;

/**
 * The replica page sets (tests/replica/README.md): our own (`pages`), the other markup (`pages-alt`)
 * and the framework-rendered ones (`pages-react`: React 19, Ant-Design-style; `pages-vue`: Vue 3,
 * Element-Plus-style). Every spec that drives a page runs its page-driving core on each of them.
 */
export const REPLICA_SETS = ['pages', 'pages-alt', 'pages-react', 'pages-vue'] as const;
export type ReplicaSet = (typeof REPLICA_SETS)[number];
export const FRAMEWORK_SETS = ['pages-react', 'pages-vue'] as const satisfies readonly ReplicaSet[];
/**
 * A framework-rendered set. Specs whose whole body is too slow to repeat on every set (the e2e budget)
 * run only their page-driving core there, and say so where they leave a case out.
 */
export const isFramework = (set: string): boolean => (FRAMEWORK_SETS as readonly string[]).includes(set);

/**
 * Declare `body` once per replica set, in a describe named after the set that serves it
 * (test.use({ replicaPages })); the set is passed on so titles and per-set locators can use it.
 */
export function eachReplica<S extends ReplicaSet>(sets: readonly S[], body: (set: S) => void): void {
  for (const set of sets) {
    test.describe(set, () => {
      test.use({ replicaPages: set });
      body(set);
    });
  }
}
