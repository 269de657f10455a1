// @vitest-environment happy-dom
// fillMenus with taught menu fields (utils/site/learned.ts) on the replica's menu editor whose words
// nobody knows (tests/replica/pages/app-detail.js, flag `renamefields`: 按钮文字 / 打开H5页面 /
// 目标网址): lost without teaching (not-found rows naming what to teach), filled with it, and on the
// usual editor the taught fields are gone: the vocabulary fills and the rows say so.
import { describe, it, expect, beforeEach } from 'vitest';
import { mountReplica } from '../fakes';
import { fillMenus, findMenuEditor } from '@/utils/fill/menus';
import { setLearned, type Learned } from '@/utils/site/learned';
import { t } from '@/utils/i18n';
import { PLAIN } from '../../fixtures/bundles';

const [U1, U2] = PLAIN.menus.map((m) => m.url);
const BUNDLE = [{ name: '批量加减', url: U1 }, { name: '企信客户', url: U2 }];
const MENU = '/sass/customApp/app/detail/menu?suiteid=ww1&appid=dk100001';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Menu = { name: string; type: string; url: string };

async function open(flags: string[]): Promise<{ menus: Menu[] }> {
  mountReplica('tests/replica/pages/app-detail.js', MENU, flags);
  for (let i = 0; i < 50 && !findMenuEditor(document); i++) await sleep(20);
  return (window as unknown as { __replica: { menuEditor: { menus: Menu[] } } }).__replica.menuEditor;
}

const TAUGHT: Learned[] = [
  { page: 'menu-editor', field: 'menuName', kind: 'text', label: '按钮文字', tag: 'input', index: 0, at: 1 },
  { page: 'menu-editor', field: 'menuType', kind: 'option', label: '打开h5页面', tag: 'span', index: 1, at: 1 },
  { page: 'menu-editor', field: 'menuUrl', kind: 'text', label: '目标网址', tag: 'input', index: 1, at: 1 },
];

describe('taught menu fields', () => {
  beforeEach(() => setLearned([]));
  it('without teaching: each row fails not-found and names the name field to teach', async () => {
    await open(['renamefields']);
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.status).toBe('partial');
    expect(r.report.rows.map((x) => `${x.field}|${x.result}|${x.reason}|${x.teach}`)).toEqual(['menu-1|failed|not-found|menuName', 'menu-2|failed|not-found|menuName']);
  }, 20_000);
  it('the name taught, the type not: the rows ask for the type; the menus keep their names (not "different menus" next time)', async () => {
    const ed = await open(['renamefields']);
    setLearned(TAUGHT.slice(0, 1));
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.rows.map((x) => `${x.result}|${x.teach}`)).toEqual(['failed|menuType', 'failed|menuType']);
    expect(ed.menus.map((m) => m.name)).toEqual(['批量加减', '企信客户']);
    setLearned(TAUGHT.slice(0, 2));
    const again = await fillMenus(document, BUNDLE);
    expect(again.report.status).toBe('partial'); // not refused: the same names without an address are ours to finish
    expect(again.report.rows.map((x) => `${x.result}|${x.teach}`)).toEqual(['failed|menuUrl', 'failed|menuUrl']);
    expect(ed.menus.map((m) => m.type)).toEqual(['view', 'view']);
  }, 30_000);
  it('everything taught: filled as 跳转网页 menus', async () => {
    const ed = await open(['renamefields']);
    setLearned(TAUGHT);
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.status).toBe('filled');
    expect(ed.menus.map((m) => `${m.name}|${m.type}|${m.url}`)).toEqual([`批量加减|view|${U1}`, `企信客户|view|${U2}`]);
    expect(r.report.rows.every((x) => !x.message)).toBe(true);
  }, 20_000);
  it('taught fields gone (the usual editor): the vocabulary fills, and each row says the taught element is gone', async () => {
    const ed = await open([]);
    setLearned(TAUGHT);
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.status).toBe('filled');
    expect(ed.menus.map((m) => `${m.name}|${m.type}`)).toEqual(['批量加减|view', '企信客户|view']);
    for (const row of r.report.rows) expect(row.message).toContain(t('teach_msg_lost'));
  }, 20_000);
});
