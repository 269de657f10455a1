// @vitest-environment happy-dom
// The menu type on Element-like markup: an el-select shows its choice in a READONLY text input
// (no text of its own); that input opens the drop-down and is never a name / URL field.
import { describe, it, expect } from 'vitest';
import { isDropdownTrigger, readExistingMenus } from '@/utils/fill/menus';

describe('el-select as the type control', () => {
  it('a readonly input, a combobox or a short text opens a drop-down; an editable input does not', () => {
    document.body.innerHTML = `<div class="el-select"><div class="el-input"><input id="ro" class="el-input__inner" readonly value="发送消息"><span class="el-input__suffix"><i class="el-select__caret"></i></span></div></div>
      <input id="rw" value="x"><div id="cb" role="combobox"></div><span id="txt">发送消息</span><div id="empty"><i></i></div>`;
    const q = (id: string) => document.getElementById(id)!;
    expect(isDropdownTrigger(q('ro'))).toBe(true);
    expect(isDropdownTrigger(q('cb'))).toBe(true);
    expect(isDropdownTrigger(q('txt'))).toBe(true);
    expect(isDropdownTrigger(q('rw'))).toBe(false);
    expect(isDropdownTrigger(q('empty'))).toBe(false);
  });
  it('the readonly type input is not read as a menu name', () => {
    document.body.innerHTML = `<div id="ed"><h2>EC营客通 - 自定义菜单</h2><button>添加主菜单</button>
      <div class="menu-card"><div class="el-form-item"><label>菜单名称</label><div><input value="批量加减"></div></div>
      <div class="el-form-item"><label>菜单类型</label><div class="el-select"><input readonly placeholder="请选择菜单名称类型" value="跳转网页"></div></div>
      <div class="el-form-item"><label>页面地址</label><div><input value="https://html.workec.com/a?qxCorpid=ww739fc538a1b2c3d4"></div></div></div></div>`;
    const menus = readExistingMenus(document.getElementById('ed')!);
    expect(menus).toEqual([{ name: '批量加减', url: 'https://html.workec.com/a?qxCorpid=ww739fc538a1b2c3d4' }]);
  });
});
