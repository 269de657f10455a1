// @vitest-environment happy-dom
// The teach matcher's newer kinds (utils/site/learned.ts): a choice of a set (the menu type's
// 跳转网页 radio) and the dialog of permission boxes (utils/fill/permissions.ts). Which clicks make
// sense, what is remembered (the choice's text, the dialog's title — never classes), finding it
// again after a re-render, and the 权限 dialog lookup: taught first, else the vocabulary, saying
// when the taught one is gone.
import { describe, it, expect, beforeEach } from 'vitest';
import { checkChoice, describeElement, resolveLearned, setLearned } from '@/utils/site/learned';
import { findPermissionDialog, lookupPermissionDialog, permissionDialogOpen } from '@/utils/fill/permissions';

function menuForm() {
  document.body.innerHTML = `
    <div id="ui"><button>填写</button></div>
    <div class="f-8a">
      <div class="it"><div class="lb-1">按钮文字</div><div class="ct"><input class="x9"></div></div>
      <div class="it"><div class="lb-1">菜单内容</div><div class="ct">
        <label class="r-wrap"><span class="k-radio"></span><span class="t">发送消息</span></label>
        <label class="r-wrap"><span class="k-radio"></span><span class="t">打开H5页面</span></label>
        <label class="r-wrap" aria-disabled="true"><span class="k-radio"></span><span class="t">跳转小程序</span></label>
      </div></div>
      <div class="it"><div class="lb-1">目标网址</div><div class="ct"><input class="x9"></div></div>
    </div>
    <div class="bar"><div class="cell">批量加减</div><div class="cell">菜单名称</div></div>`;
  const q = (text: string) => Array.from(document.querySelectorAll('span, div')).find((e) => e.textContent === text && !e.children.length)!;
  const inputs = document.querySelectorAll('input');
  return { ui: document.getElementById('ui')!, name: inputs[0], url: inputs[1], web: q('打开H5页面'), dot: q('打开H5页面').previousElementSibling!, send: q('发送消息'), typeLabel: q('菜单内容'), nameLabel: q('按钮文字'), cell: q('批量加减'), disabled: q('跳转小程序') };
}

describe('a choice (menuType)', () => {
  beforeEach(() => setLearned([]));
  it('takes the choice by its text or its radio dot; refuses a text field, a field label, a preview menu, a disabled choice, our UI', () => {
    const f = menuForm();
    expect(checkChoice(f.web, 'menuType', 'menu-editor', f.ui, [])).toEqual({ ok: true, element: f.web });
    expect(checkChoice(f.dot, 'menuType', 'menu-editor', f.ui, [])).toEqual({ ok: true, element: f.web });
    expect(checkChoice(f.name, 'menuType', 'menu-editor', f.ui, [])).toMatchObject({ ok: false, reason: 'wrong-kind' });
    expect(checkChoice(f.typeLabel, 'menuType', 'menu-editor', f.ui, [])).toMatchObject({ ok: false, reason: 'label' });
    expect(checkChoice(f.cell, 'menuType', 'menu-editor', f.ui, [])).toMatchObject({ ok: false, reason: 'label' });
    expect(checkChoice(f.disabled, 'menuType', 'menu-editor', f.ui, [])).toMatchObject({ ok: false, reason: 'disabled' });
    expect(checkChoice(f.ui.firstElementChild!, 'menuType', 'menu-editor', f.ui, [])).toMatchObject({ ok: false, reason: 'own-ui' });
  });
  it('a text value refuses a choice (wrong kind) and a label; takes the input', () => {
    const f = menuForm();
    expect(checkChoice(f.send, 'menuName', 'menu-editor', f.ui, [])).toMatchObject({ ok: false, reason: 'wrong-kind' });
    expect(checkChoice(f.nameLabel, 'menuName', 'menu-editor', f.ui, [])).toMatchObject({ ok: false, reason: 'label' });
    expect(checkChoice(f.name, 'menuName', 'menu-editor', f.ui, [])).toEqual({ ok: true, element: f.name });
  });
  it('the address field refuses the input already taught as the name', () => {
    const f = menuForm();
    const taught = [describeElement(f.name, 'menu-editor', 'menuName', 'text')];
    expect(taught[0].label).toBe('按钮文字');
    expect(checkChoice(f.name, 'menuUrl', 'menu-editor', f.ui, taught)).toMatchObject({ ok: false, reason: 'taken', other: 'menuName' });
    expect(checkChoice(f.url, 'menuUrl', 'menu-editor', f.ui, taught)).toEqual({ ok: true, element: f.url });
  });
  it('remembers the choice by its text, finds it again after a re-render, and not once the text is gone', () => {
    const f = menuForm();
    const l = describeElement(f.web, 'menu-editor', 'menuType', 'option', 1);
    expect(l).toMatchObject({ kind: 'option', label: '打开h5页面', tag: 'span' });
    expect(JSON.stringify(l)).not.toMatch(/k-radio|r-wrap|class/);
    const again = menuForm(); // a fresh render: other elements, same words
    expect(resolveLearned(document, l)).toBe(again.web);
    document.body.innerHTML = document.body.innerHTML.replace('打开H5页面', '跳转网页');
    expect(resolveLearned(document, l)).toBeNull();
  });
});

const dialog = (title: string, labels: string[]) => `
  <div id="ui"></div>
  <div class="pg"><span>权限</span><a>编辑</a></div>
  <div class="dlg-wrap"><div class="dlg-mask"></div>
    <div class="dlg" role="dialog"><div class="hd">${title}</div>
      ${labels.map((l) => `<label><input type="checkbox"><span>${l}</span></label>`).join('')}
      <div><button>取消</button><button>确定</button></div>
    </div>
  </div>`;
const ODD = ['成员UserID', '所属部门编号', '成员头像', '成员姓名'];
const KNOWN = ['成员基本信息', '账号', '部门ID', '头像', '手机号'];

describe('a dialog of boxes (permissions)', () => {
  beforeEach(() => setLearned([]));
  it('a click anywhere inside the dialog means the dialog; outside it (the page, the mask) is refused', () => {
    document.body.innerHTML = dialog('编辑权限', ODD);
    const dlg = document.querySelector('[role="dialog"]')!;
    const option = dlg.querySelectorAll('label span')[2];
    expect(checkChoice(option, 'permissions', 'app-detail', document.getElementById('ui'), [])).toEqual({ ok: true, element: dlg });
    expect(checkChoice(dlg.querySelector('.hd')!, 'permissions', 'app-detail', null, [])).toEqual({ ok: true, element: dlg });
    expect(checkChoice(document.querySelector('.pg span')!, 'permissions', 'app-detail', null, [])).toMatchObject({ ok: false, reason: 'wrong-kind' });
    expect(checkChoice(document.querySelector('.dlg-mask')!, 'permissions', 'app-detail', null, [])).toMatchObject({ ok: false, reason: 'wrong-kind' });
  });
  it('is remembered by its title; the lookup takes the taught dialog first, else the vocabulary (and says the taught one is gone)', () => {
    document.body.innerHTML = dialog('编辑权限', ODD);
    expect(findPermissionDialog(document)).toBeNull(); // nobody knows these words
    expect(permissionDialogOpen(document)).toBe(true); // but a dialog of boxes is open: the button shows, teach it
    const l = describeElement(document.querySelector('[role="dialog"]')!, 'app-detail', 'permissions', 'dialog', 1);
    expect(l).toMatchObject({ kind: 'dialog', label: '编辑权限', role: 'dialog' });
    setLearned([l]);
    document.body.innerHTML = dialog('编辑权限', ODD); // re-rendered
    expect(lookupPermissionDialog(document)).toEqual({ dialog: document.querySelector('[role="dialog"]'), lost: false });
    document.body.innerHTML = dialog('设置应用权限', KNOWN); // another title, the usual words
    expect(lookupPermissionDialog(document)).toEqual({ dialog: document.querySelector('[role="dialog"]'), lost: true });
    document.body.innerHTML = dialog('设置应用权限', ODD); // neither
    expect(lookupPermissionDialog(document)).toEqual({ dialog: null, lost: true });
    document.body.innerHTML = '<div class="pg"><span>权限</span></div>';
    expect(permissionDialogOpen(document)).toBe(false);
  });
});

describe('what is not a choice', () => {
  it('a label in a table cell (class "table…") is a label, not a choice', () => {
    document.body.innerHTML = `<table class="el-table"><tr><td class="el-table__cell"><span>按钮文字</span></td><td class="el-table__cell"><input></td></tr></table>`;
    expect(checkChoice(document.querySelector('span')!, 'menuType', 'menu-editor', null, [])).toMatchObject({ ok: false, reason: 'label' });
    expect(checkChoice(document.querySelector('span')!, 'menuName', 'menu-editor', null, [])).toMatchObject({ ok: false, reason: 'label' });
  });
});
