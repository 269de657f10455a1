// The unit tests' shared fakes, in one file: a fresh fake-indexeddb database per test (freshDb, with
// a sample bundle), and a replica page mounted in happy-dom at the real URL (mountReplica).
// Tests mirror utils/: tests/unit/<folder>/<file>.test.ts tests utils/<folder>/<file>.ts.
import 'fake-indexeddb/auto';
import { EcDatabase, setDb } from '../../utils/db/db';
import { createRouter, type Handlers, type SenderInfo } from '../../utils/background/router';
import { dbHandlers } from '../../utils/db/handlers';
import { readFileSync } from 'node:fs';

let n = 0;
export function freshDb(): EcDatabase {
  const db = new EcDatabase(`ec-helper-test-${process.pid}-${++n}`);
  setDb(db);
  return db;
}

/** The background's router over `handlers` (default: the data layer's), and `ok(msg)`: the reply's
 *  data, or a throw naming the refusal. */
export function routerFor(handlers: Handlers = dbHandlers) {
  const route = createRouter(handlers);
  const ok = async <T = any>(msg: unknown, sender: SenderInfo = {}): Promise<T> => {
    const r = await route(msg, sender);
    if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
    return r.data as T;
  };
  return { route, ok };
}

export const BUNDLE = (corpId: string) => ({
  corpId,
  homepage: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}`,
  trustedDomain: 'html.workec.com',
  menus: [
    { name: '批量加减', url: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}` },
    { name: '企信客户', url: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}&redirect=wxwork` },
  ],
});

// Mounts a replica page (tests/replica/lib.js + one page file) in happy-dom at the real URL, for unit
// tests of fill logic against the replica's markup. Earlier mounts are kept from re-mounting on hash changes.

export function mountReplica(pageFile: string, hash: string, flags: string[] = []): void {
  const w = window as unknown as { happyDOM: { setURL(u: string): void }; R: { start(): void } };
  w.happyDOM.setURL(`https://open.work.weixin.qq.com/wwopen/developer${flags.length ? `?replica=${flags.join(',')}` : ''}#${hash}`);
  document.body.innerHTML = '<div id="app"></div>';
  const add = window.addEventListener;
  window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    if (type !== 'hashchange') (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.addEventListener;
  try {
    new Function(readFileSync('tests/replica/lib.js', 'utf8'))();
    new Function('R', readFileSync(pageFile, 'utf8'))(w.R);
    w.R.start();
  } finally {
    window.addEventListener = add;
  }
}

/** Every replica page set (tests/replica/<set>): the lib.js ones and the framework-rendered ones. */
export const REPLICA_SETS = ['pages', 'pages-alt', 'pages-react', 'pages-vue'] as const;
export type ReplicaSet = (typeof REPLICA_SETS)[number];

/**
 * Mount a whole replica page set in happy-dom at `hash` (React / Vue sets run their real framework,
 * served from node_modules as in e2e), then wait `settle` ms for the fake requests to answer.
 */
let teardown: (() => void) | null = null;

export async function mountReplicaSet(set: ReplicaSet, hash: string, flags: string[] = [], settle = 700): Promise<void> {
  const { readdirSync } = await import('node:fs');
  const { vendorFile } = await import('../e2e/replica-server');
  const w = window as unknown as { happyDOM: { setURL(u: string): void }; R: { start(): void }; RX?: { start(): void; stop(): void }; VX?: { start(): void; stop(): void } };
  if (teardown) { try { teardown(); } catch { /* the previous page set is gone with its DOM */ } teardown = null; }
  w.happyDOM.setURL(`https://open.work.weixin.qq.com/wwopen/developer${flags.length ? `?replica=${flags.join(',')}` : ''}#${hash}`);
  document.head.innerHTML = '';
  document.body.innerHTML = set === 'pages-react' ? '<div id="root"></div>' : '<div id="app"></div>';
  const run = (code: string) => new Function(code)();
  const add = window.addEventListener;
  // Pages never see later hash changes here (as mountReplica): each test mounts the route it needs.
  window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    if (type !== 'hashchange') (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.addEventListener;
  try {
  run(readFileSync('tests/replica/lib.js', 'utf8'));
  if (set === 'pages-react') run(String(vendorFile('react.js')));
  if (set === 'pages-vue') run(String(vendorFile('vue.js')).replace('var Vue=', 'window.Vue='));
  for (const f of readdirSync(`tests/replica/${set}`).filter((x) => x.endsWith('.js')).sort()) run(readFileSync(`tests/replica/${set}/${f}`, 'utf8'));
  if (set === 'pages-react') { w.RX!.start(); teardown = w.RX!.stop; }
  else if (set === 'pages-vue') { w.VX!.start(); teardown = w.VX!.stop; }
  else w.R.start();
  } finally {
    window.addEventListener = add;
  }
  await new Promise((r) => setTimeout(r, settle));
}
