// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { findField, findCheckbox, checkedState, typeInto, readValue, isVisible, activeScope } from '@/utils/fill/dom';
import { labelKey } from '@/utils/dom/text';

function html(s: string) { document.body.innerHTML = s; return document.body; }

describe('labelKey', () => {
  it('drops markers, colons, icons and full-width forms', () => {
    expect(labelKey(' *应用主页： ')).toBe('应用主页');
    expect(labelKey('IP白名单 (选填)')).toBe('ip白名单');
    expect(labelKey('Ｔｏｋｅｎ')).toBe('token');
    expect(labelKey('应用\u200B主页ⓘ')).toBe('应用主页');
  });
});

describe('findField', () => {
  it('sibling divs with asterisk, colon and help icon', () => {
    html(`<div class="row"><div class="l"><span>*</span>应用主页<i class="help">?</i>：</div><div class="c"><div><input id="a"></div></div></div>
          <div class="row"><div class="l">可信域名</div><div class="c"><input id="b"></div></div>`);
    expect(findField(document, ['应用主页'], { otherLabels: ['可信域名'] })?.id).toBe('a');
    expect(findField(document, ['可信域名'], { otherLabels: ['应用主页'] })?.id).toBe('b');
  });
  it('table cells', () => {
    html(`<table><tr><td>应用主页:</td><td><input id="x"></td></tr><tr><td>可信域名:</td><td><input id="y"></td></tr></table>`);
    expect(findField(document, ['可信域名'])?.id).toBe('y');
  });
  it('label for=', () => {
    html(`<label for="q">Token</label><div><input id="other"></div><input id="q">`);
    expect(findField(document, ['Token'])?.id).toBe('q');
  });
  it('does not take the next row\'s field when its own row has none', () => {
    html(`<div><div>在微工作台中始终进入主页</div></div><div><div>可信域名</div><input id="d"></div>`);
    expect(findField(document, ['在微工作台中始终进入主页'], { otherLabels: ['可信域名'] })).toBeNull();
  });
  it('skips hidden decoys', () => {
    html(`<div style="display:none"><div>应用主页</div><input id="decoy"></div><div><div>应用主页</div><input id="real"></div>`);
    expect(findField(document, ['应用主页'])?.id).toBe('real');
  });
  it('falls back to the placeholder', () => {
    html(`<div><input id="p" placeholder="请填写带协议头的合法URL"></div>`);
    expect(findField(document, ['应用主页'], { placeholders: ['请填写带协议头的合法URL'] })?.id).toBe('p');
  });
});

describe('checkboxes', () => {
  it('reads custom and native states', () => {
    html(`<span id="a" class="ww_checkbox ww_checkbox_checked"></span><span id="b" class="ww_checkbox"></span><i id="c" class="el-checkbox is-checked"></i><input id="d" type="checkbox" checked><span id="e">text</span>`);
    expect(checkedState(document.getElementById('a')!)).toBe(true);
    expect(checkedState(document.getElementById('b')!)).toBe(false);
    expect(checkedState(document.getElementById('c')!)).toBe(true);
    expect(checkedState(document.getElementById('d')!)).toBe(true);
    expect(checkedState(document.getElementById('e')!)).toBeNull();
  });
  it('finds the custom box of a label', () => {
    html(`<div><label class="wrap"><span class="ww_checkbox" id="box"></span><span>在微工作台中始终进入主页</span></label></div>`);
    expect(findCheckbox(document, ['在微工作台中始终进入主页'])?.id).toBe('box');
  });
});

describe('typeInto', () => {
  it('beats a React-style value tracker', () => {
    html(`<input id="i">`);
    const el = document.getElementById('i') as HTMLInputElement;
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = '';
    Object.defineProperty(el, 'value', { configurable: true, get() { return proto.get!.call(this); }, set(v) { tracked = v; proto.set!.call(this, v); } });
    let state = '';
    el.addEventListener('input', () => { const v = proto.get!.call(el); if (v !== tracked) { tracked = v; state = v; } });
    el.value = 'bare'; el.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state).toBe('');
    typeInto(el, 'https://x.test/');
    expect(state).toBe('https://x.test/');
    expect(readValue(el)).toBe('https://x.test/');
  });
});

describe('visibility and scope', () => {
  it('prefers the open dialog', () => {
    html(`<div id="page"><input></div><div class="ww_dialog" id="dlg"><input></div><div class="ww_dialog" id="closed" hidden></div>`);
    expect((activeScope(document) as Element).id).toBe('dlg');
    expect(isVisible(document.getElementById('closed'))).toBe(false);
  });
});
