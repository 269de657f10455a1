// @vitest-environment happy-dom
// The teach matcher (utils/site/learned.ts): which clicks make sense for a field, what is remembered
// about the element (label text, placeholder, kind, position — never class names or ids), and
// finding it again after the page re-rendered it (React replica, renamed label).
import { describe, it, expect, beforeEach } from 'vitest';
import { checkChoice, describeElement, resolveLearned, setLearned, learnedFor, type Learned } from '@/utils/site/learned';
import { findWizardForm } from '@/utils/fill/wizard';
import { mountReplicaSet } from '../fakes';

const CREATE = '/sass/customApp/app/create?suiteid=s&appid=a&corpName=x';

function form() {
  document.body.innerHTML = `
    <div id="ui"><button>填写</button></div>
    <div class="row"><label for="gen_8f3a" class="css-1x2y">主页地址</label><input id="gen_8f3a" class="css-9q"></div>
    <div class="row"><span>可信域名</span><input class="css-9q"></div>
    <div class="row"><span>只读</span><input class="css-9q" readonly></div>
    <div class="row"><span>禁用</span><input class="css-9q" disabled></div>
    <label class="ck-wrap"><span class="my-checkbox"><input type="checkbox"></span><span>在微工作台中始终进入主页</span></label>`;
  return {
    ui: document.getElementById('ui')!,
    home: document.getElementById('gen_8f3a')!,
    label: document.querySelector('label[for]')!,
    domain: document.querySelectorAll('input')[1]!,
    ro: document.querySelectorAll('input')[2]!,
    disabled: document.querySelectorAll('input')[3]!,
    boxText: document.querySelector('.ck-wrap > span:last-child')!,
    box: document.querySelector('.my-checkbox')!,
  };
}

describe('checkChoice', () => {
  beforeEach(() => setLearned([]));
  it('takes a text field for a text value and refuses our UI, a label, read-only / disabled fields, a wrong kind', () => {
    const f = form();
    expect(checkChoice(f.home, 'homepage', 'wizard-dev', f.ui, [])).toEqual({ ok: true, element: f.home });
    expect(checkChoice(f.ui.querySelector('button')!, 'homepage', 'wizard-dev', f.ui, [])).toMatchObject({ ok: false, reason: 'own-ui' });
    expect(checkChoice(f.label, 'homepage', 'wizard-dev', f.ui, [])).toMatchObject({ ok: false, reason: 'label' });
    expect(checkChoice(f.ro, 'homepage', 'wizard-dev', f.ui, [])).toMatchObject({ ok: false, reason: 'disabled' });
    expect(checkChoice(f.disabled, 'homepage', 'wizard-dev', f.ui, [])).toMatchObject({ ok: false, reason: 'disabled' });
    expect(checkChoice(f.box, 'homepage', 'wizard-dev', f.ui, [])).toMatchObject({ ok: false });
  });
  it('takes the box for the tick, also when its text is clicked; refuses a text field', () => {
    const f = form();
    expect(checkChoice(f.box, 'enterHomepage', 'wizard-dev', f.ui, [])).toMatchObject({ ok: true, element: f.box });
    expect(checkChoice(f.boxText, 'enterHomepage', 'wizard-dev', f.ui, [])).toMatchObject({ ok: true, element: f.box });
    expect(checkChoice(f.home, 'enterHomepage', 'wizard-dev', f.ui, [])).toMatchObject({ ok: false, reason: 'wrong-kind' });
  });
  it('refuses an element already taught for another field on this page', () => {
    const f = form();
    const taught = [describeElement(f.home, 'wizard-dev', 'homepage', 'text')];
    expect(checkChoice(f.home, 'trustedDomain', 'wizard-dev', f.ui, taught)).toMatchObject({ ok: false, reason: 'taken', other: 'homepage' });
    expect(checkChoice(f.home, 'homepage', 'wizard-dev', f.ui, taught)).toMatchObject({ ok: true }); // re-teaching the same field is fine
  });
});

describe('describeElement / resolveLearned', () => {
  it('remembers the label text, not the generated id or class, and finds the element again after a re-render', () => {
    const f = form();
    const l = describeElement(f.home, 'wizard-dev', 'homepage', 'text', 1);
    expect(l).toMatchObject({ page: 'wizard-dev', field: 'homepage', kind: 'text', label: '主页地址', tag: 'input', index: 0 });
    expect(JSON.stringify(l)).not.toMatch(/gen_8f3a|css-/);
    // re-render with new generated ids / classes
    document.body.innerHTML = document.body.innerHTML.replace(/gen_8f3a/g, 'gen_zz').replace(/css-9q/g, 'css-77');
    expect(resolveLearned(document, l)).toBe(document.getElementById('gen_zz'));
  });
  it('a taught element that disappeared does not resolve (no guessing by position)', () => {
    form();
    const l: Learned = { page: 'wizard-dev', field: 'homepage', kind: 'text', label: '主页地址', tag: 'input', index: 0, at: 1 };
    document.querySelector('label[for]')!.textContent = '别的字段';
    expect(resolveLearned(document, l)).toBeNull();
  });
  it("the user's own teaching wins over an administrator's", () => {
    setLearned([
      { page: 'wizard-dev', field: 'homepage', kind: 'text', label: 'a', tag: 'input', index: 0, at: 1, managed: true },
      { page: 'wizard-dev', field: 'homepage', kind: 'text', label: 'b', tag: 'input', index: 0, at: 2 },
    ]);
    expect(learnedFor('wizard-dev', 'homepage')?.label).toBe('b');
    setLearned([]);
  });
});

describe('the wizard uses a taught field before the vocabulary (React replica, 应用主页 renamed 主页地址)', () => {
  it('not found without teaching; found once taught; falls back and says so when it is gone', async () => {
    setLearned([]);
    await mountReplicaSet('pages-react', CREATE, ['page2', 'rename']);
    const before = findWizardForm(document);
    expect(before).not.toBeNull();
    expect(before!.homepage).toBeNull();
    expect(before!.trustedDomain).not.toBeNull();
    const home = document.getElementById('dev_homeurl')!;
    setLearned([describeElement(home, 'wizard-dev', 'homepage', 'text')]);
    expect(findWizardForm(document)!.homepage).toBe(home);
    setLearned([{ page: 'wizard-dev', field: 'homepage', kind: 'text', label: '不存在的标签', tag: 'input', index: 0, at: 1 }]);
    const lost = findWizardForm(document)!;
    expect(lost.homepage).toBeNull();
    expect(lost.lost).toEqual(['homepage']);
    setLearned([]);
  });
});

describe('teaching the menu editor its add button', () => {
  it('takes a button (also through its inner span), refuses a hint text and a disabled button, and finds it again by its text', () => {
    document.body.innerHTML = '<div><button class="x1"><span>新建一级菜单</span></button><span>最多添加3个主菜单</span><button disabled><span>保存</span></button></div>';
    const [btn, save] = Array.from(document.querySelectorAll('button'));
    const inner = btn.querySelector('span')!;
    expect(checkChoice(inner, 'menuAdd', 'menu-editor', null, [])).toEqual({ ok: true, element: btn });
    expect(checkChoice(document.querySelector('div > span')!, 'menuAdd', 'menu-editor', null, [])).toMatchObject({ ok: false });
    expect(checkChoice(save, 'menuAdd', 'menu-editor', null, [])).toMatchObject({ ok: false, reason: 'disabled' });
    const l = describeElement(btn, 'menu-editor', 'menuAdd', 'button');
    expect(l).toMatchObject({ kind: 'button', label: '新建一级菜单' });
    document.body.innerHTML = document.body.innerHTML.replace('x1', 'x2');
    expect(resolveLearned(document, l)?.textContent).toBe('新建一级菜单');
  });
});
