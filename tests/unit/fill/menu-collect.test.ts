// @vitest-environment happy-dom
// Reading the custom-menu editor (utils/fill/menu-collect.ts): what near the menu bar counts as a
// menu, on hand-written snippets and on every replica page set (the framework-rendered ones run
// their real React / Vue in happy-dom).
import { describe, it, expect } from 'vitest';
import { couldBeMenuName, findMenuEditor, readExistingMenus } from '@/utils/fill/menus';
import { mountReplicaSet, REPLICA_SETS } from '../fakes';

describe('couldBeMenuName', () => {
  it.each(['批量加减', '企信客户', '官网', 'CRM', '批量加…', '菜单名称', '请假', '使用说明'])('a menu: %s', (t) => expect(couldBeMenuName(t)).toBe(true));
  it.each([
    ['最多添加3个主菜单，每个主菜单最多5个子菜单', 'limit hint'],
    ['最多添加3个主菜单', 'short limit hint'],
    ['0/3', 'counter'],
    ['2 / 3', 'spaced counter'],
    ['（1/3）', 'counter in brackets'],
    ['添加主菜单', "the add button's own text"],
    ['+ 添加主菜单', 'the add button with its plus'],
    ['保 存', 'a spaced control word'],
    ['网页地址', 'a field label'],
    ['菜单类型', 'a field label'],
    ['客户画像分析中心系统', 'longer than 16 bytes'],
    ['', 'empty'],
  ])('not a menu: %s (%s)', (t) => expect(couldBeMenuName(t)).toBe(false));
  it('a name the bundle or a form knows counts even when long', () => {
    expect(couldBeMenuName('客户画像分析中心系统', ['客户画像分析中心系统'])).toBe(true);
  });
});

describe('an empty editor with a hint and a counter beside 添加主菜单 holds no menu', () => {
  it('hand-written: button, hint and counter are siblings', () => {
    document.body.innerHTML = `<h2>EC营客通 - 自定义菜单</h2><div class="bar"><button><span>添加主菜单</span></button><span class="tip">最多添加3个主菜单，每个主菜单最多5个子菜单</span><span class="count">0/3</span></div>`;
    const ed = findMenuEditor(document);
    expect(ed).not.toBeNull();
    expect(readExistingMenus(ed!)).toEqual([]);
  });
});

describe.each(REPLICA_SETS)('the menu editor of %s', (set) => {
  it('empty: no menus read', async () => {
    await mountReplicaSet(set, '/sass/customApp/app/detail/menu?suiteid=s&appid=dk100002');
    const ed = findMenuEditor(document);
    expect(ed).not.toBeNull();
    expect(readExistingMenus(ed!)).toEqual([]);
  });
  it('one existing menu: read by its name, nothing else', async () => {
    await mountReplicaSet(set, '/sass/customApp/app/detail/menu?suiteid=s&appid=dk100001', ['existing']);
    const ed = findMenuEditor(document);
    expect(readExistingMenus(ed!).map((m) => m.name)).toEqual(['批量加减']);
  });
});
