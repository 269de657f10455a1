// @vitest-environment happy-dom
// fillMenus against our replica's menu editor (tests/replica/pages/app-detail.js) in happy-dom:
// one form at a time, custom radios, 网页地址 only after 跳转网页, controlled inputs, a hidden decoy form.
import { describe, it, expect } from 'vitest';
import { mountReplica } from '../fakes';
import { fillMenus, findMenuEditor, readExistingMenus } from '@/utils/fill/menus';
import { detectPage, parseRoute } from '@/utils/page/detect';
import { clickLikeUser } from '@/utils/fill/dom';

import { PLAIN } from '../../fixtures/bundles';

// The replica's `existing` flag shows valid-plain.txt's first menu, so the bundle is that sample's.
const [U1, U2] = PLAIN.menus.map((m) => m.url);
const BUNDLE = [{ name: '批量加减', url: U1 }, { name: '企信客户', url: U2 }];

type Menu = { name: string; type: string; url: string };
type Replica = { calls: Record<string, number>; saved: { menus?: unknown[] }; requests: { url: string }[]; menuEditor: { menus: Menu[]; decoy: { name: string; url: string } } };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openReplica(hash: string, flags: string[] = [], onMounted?: () => void): Promise<Replica> {
  const w = window as unknown as { __replica: Replica };
  mountReplica('tests/replica/pages/app-detail.js', hash, flags);
  onMounted?.();
  for (let i = 0; i < 50 && !findMenuEditor(document); i++) await sleep(20);
  return w.__replica;
}

const MENU = '/sass/customApp/app/detail/menu?suiteid=ww1&appid=dk100001';
const kinds = (rows: { result: string }[]) => rows.map((r) => r.result);

describe('replica menu editor', () => {
  it('is recognised only once rendered; fills two menus as 跳转网页 and the page state holds them', async () => {
    let early = '';
    const rep = await openReplica(MENU, [], () => { early = detectPage(document, parseRoute(location.hash)); });
    expect(early).toBe('other'); // still 加载中…
    expect(detectPage(document, parseRoute(location.hash))).toBe('menu-editor');
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.status).toBe('filled');
    expect(kinds(r.report.rows)).toEqual(['filled', 'filled']);
    expect(rep.menuEditor.menus.map(({ name, type, url }) => ({ name, type, url }))).toEqual([
      { name: '批量加减', type: 'view', url: U1 },
      { name: '企信客户', type: 'view', url: U2 },
    ]);
    expect(rep.menuEditor.decoy).toEqual({ name: '', url: '' });
    expect(rep.calls['menu.save'] ?? 0).toBe(0);
    expect(rep.saved.menus).toBeUndefined();
    // What the page would save is what we filled: press 保存 as the user would.
    const save = Array.from(document.querySelectorAll('a.ww_btn')).find((a) => a.textContent === '保存')!;
    clickLikeUser(save);
    await sleep(300);
    expect(rep.saved.menus).toEqual([{ name: '批量加减', type: 'view', url: U1 }, { name: '企信客户', type: 'view', url: U2 }]);
  });

  it('existing identical menu: unchanged, never added twice', async () => {
    const rep = await openReplica(MENU, ['existing']);
    expect(readExistingMenus(findMenuEditor(document)!)).toEqual([{ name: '批量加减', url: '' }]); // URL hidden until selected
    const r = await fillMenus(document, BUNDLE);
    expect(kinds(r.report.rows)).toEqual(['unchanged', 'filled']);
    expect(rep.menuEditor.menus.map((m) => m.name)).toEqual(['批量加减', '企信客户']);
    expect(rep.calls['menu.add']).toBe(1);
  });

  it('other existing menu: refused and untouched; overwrite replaces it; undo puts it back', async () => {
    const rep = await openReplica(MENU, ['other-existing']);
    const r = await fillMenus(document, BUNDLE);
    expect(r.report).toMatchObject({ status: 'refused', overridable: true });
    expect(r.report.error).toContain('官网');
    expect(rep.menuEditor.menus.map((m) => [m.name, m.url])).toEqual([['官网', 'https://www.example.com/']]);

    const w = await fillMenus(document, BUNDLE, { overwrite: true });
    expect(kinds(w.report.rows)).toEqual(['filled', 'filled']);
    expect(w.report.rows[0].before).toBe('官网: https://www.example.com/');
    expect(rep.menuEditor.menus.map((m) => [m.name, m.url])).toEqual([['批量加减', U1], ['企信客户', U2]]);
    const rows = await w.undo();
    expect(kinds(rows)).toEqual(['filled', 'filled']);
    expect(rep.menuEditor.menus.map((m) => [m.name, m.type, m.url])).toEqual([['官网', 'view', 'https://www.example.com/']]);
  });

  it('four menus: three filled, the add button disappears, menu-4 failed, partial', async () => {
    const rep = await openReplica(MENU);
    const r = await fillMenus(document, [...BUNDLE, { name: '官网', url: 'https://www.example.com/' }, { name: '多余', url: 'https://www.example.com/4' }]);
    expect(r.report.status).toBe('partial');
    expect(kinds(r.report.rows)).toEqual(['filled', 'filled', 'filled', 'failed']);
    expect(rep.menuEditor.menus).toHaveLength(3);
    // The editor is still recognised with its add control hidden.
    expect(detectPage(document, parseRoute(location.hash))).toBe('menu-editor');
    expect(readExistingMenus(findMenuEditor(document)!).map((m) => m.name)).toEqual(['批量加减', '企信客户', '官网']);
  });

  it('every form at once + a long name the preview cuts with "…"', async () => {
    const rep = await openReplica(MENU, ['allatonce']);
    const r = await fillMenus(document, [{ name: '批量加减客户管理', url: U1 }, BUNDLE[1]]);
    expect(kinds(r.report.rows)).toEqual(['filled', 'filled']);
    expect(r.report.rows[0].message).toMatch(/24 字节/);
    expect(rep.menuEditor.menus.map((m) => m.name)).toEqual(['批量加减客户管理', '企信客户']);
    expect(document.body.textContent).toContain('批量加…');
  });

  it('undo deletes the added menus, confirming only the page\'s own deletion question', async () => {
    const rep = await openReplica(MENU, ['existing', 'confirmdelete']);
    const r = await fillMenus(document, [...BUNDLE, { name: '官网', url: 'https://www.example.com/' }]);
    expect(kinds(r.report.rows)).toEqual(['unchanged', 'filled', 'filled']);
    const rows = await r.undo();
    expect(rows.map((x) => [x.field, x.result])).toEqual([['menu-3', 'filled'], ['menu-2', 'filled']]);
    expect(rep.menuEditor.menus.map((m) => m.name)).toEqual(['批量加减']);
    expect(rep.calls['menu.delete']).toBe(2);
    expect(rep.calls['menu.save'] ?? 0).toBe(0);
  });
});
