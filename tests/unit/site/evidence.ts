// Where each replica page is, on each replica set: the evidence the site vocabulary and the page
// predicates are checked against (tests/unit/site/vocabulary.test.ts, site-predicates.test.ts).
import { clickLikeUser, findLabelElements, isVisible } from '@/utils/fill/dom';
import { labelKey } from '@/utils/dom/text';
import { visibleTextElements } from '@/utils/page/detect';
import { controlKey } from '@/utils/dom/text';
import type { Match, PageRef } from '@/utils/site/vocabulary';
import { mountReplicaSet, type ReplicaSet } from '../fakes';

const CREATE = '/sass/customApp/app/create?suiteid=wwsuite01&appid=dk01&corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B';
const DETAIL = '/sass/customApp/app/detail?suiteid=wwsuite01&appid=dk100001';
const MENU = '/sass/customApp/app/detail/menu?suiteid=wwsuite01&appid=dk100001';

interface Opening { hash: string; flags: (set: ReplicaSet) => string[]; sets?: ReplicaSet[]; then?: () => Promise<void> }

/** 权限 → 编辑: the first 编辑 control after the 权限 section title, as a user finds it. */
async function openPermissions(): Promise<void> {
  const title = visibleTextElements(document, (k) => k === '权限')[0];
  const edit = visibleTextElements(document, (_k, text) => controlKey(text) === '编辑').find((e) => title && !!(title.compareDocumentPosition(e) & 4));
  if (!edit) throw new Error('no 编辑 after 权限');
  clickLikeUser(edit.closest('button, a') ?? edit);
  await new Promise((r) => setTimeout(r, 600));
}

export const OPENINGS: Record<PageRef, Opening> = {
  'wizard-basic': { hash: CREATE, flags: () => [] },
  'wizard-dev': { hash: CREATE, flags: () => ['page2'] },
  'app-detail': { hash: DETAIL, flags: () => [] },
  'permission-dialog': { hash: DETAIL, flags: () => [], then: openPermissions },
  'menu-editor': { hash: MENU, flags: () => [] },
  'menu-form': { hash: MENU, flags: (set) => (set === 'pages' ? ['existing', 'allatonce'] : ['existing']) },
  'template-detail': { hash: '/sass/customApp/tpl/info?id=wwsuite01', flags: () => [] },
  'deploy-list': { hash: '/sass/customApp/deploy/list', flags: () => [] },
};

export const hasPage = (set: ReplicaSet, page: PageRef) => !OPENINGS[page].sets || OPENINGS[page].sets!.includes(set);

export async function openPage(set: ReplicaSet, page: PageRef): Promise<void> {
  const o = OPENINGS[page];
  await mountReplicaSet(set, o.hash, o.flags(set));
  if (o.then) await o.then();
}

/** How many visible elements on the current page match `words` the way the code looks for them. */
export function countMatches(match: Match, words: readonly string[]): number {
  const keys = new Set(words.map(labelKey));
  switch (match) {
    case 'label':
      return findLabelElements(document, [...words]).length;
    case 'control': {
      const ck = new Set(words.map(controlKey));
      return visibleTextElements(document, (_k, text) => ck.has(controlKey(text))).length;
    }
    case 'text':
      return visibleTextElements(document, (k) => [...keys].some((w) => k.includes(w))).length;
    case 'placeholder':
      return Array.from(document.querySelectorAll('input, textarea')).filter((e) => keys.has(labelKey(e.getAttribute('placeholder'))) && isVisible(e)).length;
    case 'selector':
      return words.reduce((n, s) => n + document.querySelectorAll(s).length, 0);
  }
}
