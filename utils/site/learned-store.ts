// Where taught fields live: chrome.storage.local key `learned` (the user's), merged with
// chrome.storage.managed key `learned` (an administrator's, listed as managed and not deletable).
// Background handlers (one writer); content scripts and the options page ask by message.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { learnedSchema, type MessageOf, type MessageType } from '../messages';
import type { Handlers, SenderInfo } from '../background/router';

/** A handler that answers with an object (the data layer's export / import). */
type DataHandler<T extends MessageType> = (m: MessageOf<T>, s: SenderInfo) => object | Promise<object>;
import type { Learned } from './learned';

import { LEARNED_KEY } from './learned-keys';
export { LEARNED_KEY };
const listSchema = z.array(learnedSchema);

function valid(raw: unknown): Learned[] {
  if (!Array.isArray(raw)) return [];
  // one bad entry does not hide the others
  return raw.flatMap((e) => {
    const r = learnedSchema.safeParse(e);
    return r.success ? [r.data as Learned] : [];
  });
}

export async function readLocal(): Promise<Learned[]> {
  const got = await browser.storage.local.get(LEARNED_KEY).catch(() => ({}) as Record<string, unknown>);
  return valid(got[LEARNED_KEY]);
}

async function readManaged(): Promise<Learned[]> {
  const got = await Promise.race([
    browser.storage.managed.get(LEARNED_KEY).catch(() => ({}) as Record<string, unknown>),
    new Promise<Record<string, unknown>>((r) => setTimeout(() => r({}), 1500)),
  ]);
  return valid(got[LEARNED_KEY]).map((l) => ({ ...l, managed: true }));
}

/** The user's taught fields first, then the administrator's (for fields the user did not teach). */
export async function listLearned(): Promise<Learned[]> {
  const [local, managed] = await Promise.all([readLocal(), readManaged()]);
  return [...local, ...managed.filter((m) => !local.some((l) => l.page === m.page && l.field === m.field))];
}

export async function setLearnedEntry(entry: Learned): Promise<Learned[]> {
  const { managed: _m, ...clean } = entry;
  void _m;
  const list = (await readLocal()).filter((l) => !(l.page === clean.page && l.field === clean.field));
  list.push(clean);
  await browser.storage.local.set({ [LEARNED_KEY]: listSchema.parse(list) });
  return listLearned();
}

export async function deleteLearned(page: string, field: string): Promise<Learned[]> {
  const list = (await readLocal()).filter((l) => !(l.page === page && l.field === field));
  await browser.storage.local.set({ [LEARNED_KEY]: list });
  return listLearned();
}

/** Merge imported taught fields: a field taught in both keeps the newer teaching. */
export async function importLearned(raw: unknown): Promise<number> {
  const incoming = valid(raw);
  if (!incoming.length) return 0;
  const list = await readLocal();
  let n = 0;
  for (const e of incoming) {
    const i = list.findIndex((l) => l.page === e.page && l.field === e.field);
    if (i < 0) { list.push(e); n++; } else if (e.at > list[i].at) { list[i] = e; n++; }
  }
  await browser.storage.local.set({ [LEARNED_KEY]: list });
  return n;
}

export const learnedHandlers = {
  'learned.list': () => listLearned(),
  'learned.set': (m) => setLearnedEntry(m.entry as Learned),
  'learned.delete': (m) => deleteLearned(m.page, m.field),
} satisfies Handlers;

/**
 * Taught fields travel in export / import: the export file gains `learned` (the user's own, never
 * an administrator's), and applying an import merges the file's `learned` (newer teaching wins).
 * Wraps the data layer's handlers so utils/db/transfer.ts stays about IndexedDB.
 */
export function withLearned<H extends Handlers & { 'data.export': DataHandler<'data.export'>; 'data.importApply': DataHandler<'data.importApply'> }>(h: H) {
  const exp = h['data.export'];
  const apply = h['data.importApply'];
  return {
    ...h,
    'data.export': async (m: MessageOf<'data.export'>, s: SenderInfo) => ({ ...((await exp(m, s)) as Awaited<ReturnType<H['data.export']>>), learned: await readLocal() }),
    'data.importApply': async (m: MessageOf<'data.importApply'>, s: SenderInfo) => {
      const r = (await apply(m, s)) as Awaited<ReturnType<H['data.importApply']>>;
      const learned = await importLearned((m.data as { learned?: unknown } | null)?.learned);
      return { ...r, learned };
    },
  };
}
