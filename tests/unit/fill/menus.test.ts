// @vitest-environment happy-dom
import { describe, it, expect, beforeEach } from 'vitest';
import { fillMenus, findMenuEditor, menuNameProblems, readExistingMenus, MAX_MAIN_MENUS, MAX_MENU_NAME_BYTES } from '@/utils/fill/menus';

const U1 = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4';
const U2 = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4&redirect=wxwork';
const U3 = 'https://html.workec.com/v2/three';
const BUNDLE = [{ name: '批量加减', url: U1 }, { name: '企信客户', url: U2 }];

// ---------------------------------------------------------------------------------------------
// A minimal hostile editor: the whole editor DOM is rebuilt on every render (element identity never
// survives), inputs are controlled (a bare `.value =` is reverted and ignored), the address field
// exists only once the web type is chosen, and "saving" is recorded so tests can prove it never happens.
interface M { name: string; type: string; url: string }
interface Mini { menus: M[]; sel: number | null; saves: number; deletes: number; renders: number }

function controlled(value: string, onValue: (v: string) => void, attrs: Record<string, string> = {}): HTMLInputElement {
  const el = document.createElement('input');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  proto.set!.call(el, value);
  let tracked = value;
  Object.defineProperty(el, 'value', { configurable: true, get() { return proto.get!.call(this); }, set(v) { tracked = String(v); proto.set!.call(this, v); } });
  el.addEventListener('input', () => {
    const v = proto.get!.call(el) as string;
    if (v === tracked) return;
    tracked = v;
    onValue(v);
  });
  return el;
}

function mountMini(opts: { allAtOnce?: boolean; existing?: M[]; nameMax?: number; autoSelect?: boolean; maxlength?: number; dropdown?: boolean } = {}): Mini {
  const st: Mini = { menus: (opts.existing ?? []).map((m) => ({ ...m })), sel: null, saves: 0, deletes: 0, renders: 0 };
  let open = false;
  document.body.innerHTML = '<div id="app"></div>';
  const app = document.getElementById('app')!;
  let queued = false;
  const update = () => { if (!queued) { queued = true; queueMicrotask(render); } };
  const h = (tag: string, text?: string, attrs: Record<string, string> = {}) => {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  function form(m: M, i: number): HTMLElement {
    const sec = h('section', undefined, { class: 'f' });
    if (opts.allAtOnce) {
      const hd = h('header', `第${i + 1}个菜单`);
      const del = h('button', '删除');
      del.addEventListener('click', () => { st.menus.splice(i, 1); st.deletes++; update(); });
      hd.append(del);
      sec.append(hd);
    }
    const dl = h('dl');
    dl.append(h('dt', '主菜单名称：'));
    const dd = h('dd');
    dd.append(controlled(m.name, (v) => { m.name = opts.nameMax ? v.slice(0, opts.nameMax) : v; update(); }, opts.maxlength ? { maxlength: String(opts.maxlength) } : {}));
    dl.append(dd, h('dt', '类型'));
    const tdd = h('dd');
    if (opts.allAtOnce) {
      for (const [val, label] of [['click', '发送消息'], ['view', '跳转到网页'], ['mini', '跳转小程序']]) {
        const lab = h('label');
        const r = h('input', undefined, { type: 'radio', name: `t${i}` }) as HTMLInputElement;
        r.checked = m.type === val;
        r.addEventListener('click', () => { m.type = val; update(); });
        lab.append(r, document.createTextNode(` ${label}`));
        tdd.append(lab);
      }
    } else if (opts.dropdown) {
      // A custom drop-down: the trigger shows the current type; options render in a popover on <body>.
      const trig = h('div', undefined, { class: 'dd-trigger' });
      trig.append(h('span', m.type === 'view' ? '跳转网页' : '发送消息'), h('i', '▾'));
      trig.addEventListener('click', () => { open = !open; update(); });
      tdd.append(trig);
    } else {
      const sel = h('select') as HTMLSelectElement;
      for (const [val, label] of [['click', '发送消息'], ['view', '跳转网页'], ['mini', '跳转小程序']]) sel.append(h('option', label, { value: val }));
      sel.value = m.type;
      sel.addEventListener('change', () => { m.type = sel.value; update(); });
      tdd.append(sel);
    }
    dl.append(tdd);
    if (m.type === 'view') {
      dl.append(h('dt', '页面地址'));
      const udd = h('dd');
      udd.append(controlled(m.url, (v) => { m.url = v; update(); }));
      dl.append(udd);
    }
    sec.append(dl);
    if (!opts.allAtOnce) {
      const del = h('a', '删除菜单', { href: '#' });
      del.addEventListener('click', (e) => { e.preventDefault(); st.menus.splice(i, 1); st.sel = null; st.deletes++; update(); });
      sec.append(del);
    }
    return sec;
  }
  function render() {
    queued = false;
    st.renders++;
    app.textContent = '';
    const root = h('div', undefined, { class: 'wrap' });
    root.append(h('div', '测试应用 — 自定义菜单', { class: 'ttl' }));
    const ul = h('ul', undefined, { class: 'pv' });
    st.menus.forEach((m, i) => {
      const li = h('li', m.name ? (m.name.length > 4 ? `${m.name.slice(0, 3)}…` : m.name) : '菜单名称');
      li.addEventListener('click', () => { st.sel = i; update(); });
      ul.append(li);
    });
    if (st.menus.length < 3) {
      const li = h('li');
      const b = h('button', '＋添加主菜单');
      b.addEventListener('click', () => { st.menus.push({ name: '', type: 'click', url: '' }); st.sel = opts.autoSelect === false ? null : st.menus.length - 1; update(); });
      li.append(b);
      ul.append(li);
    }
    root.append(ul);
    const right = h('div', undefined, { class: 'right' });
    if (opts.allAtOnce) st.menus.forEach((m, i) => right.append(form(m, i)));
    else if (st.sel != null && st.menus[st.sel]) right.append(form(st.menus[st.sel], st.sel));
    else right.append(h('p', '请选择菜单'));
    root.append(right);
    const save = h('button', '保存');
    save.addEventListener('click', () => st.saves++);
    root.append(save);
    app.append(root);
    document.querySelectorAll('.popper').forEach((p) => p.remove());
    if (opts.dropdown && open && st.sel != null) {
      const m = st.menus[st.sel];
      const pop = h('ul', undefined, { class: 'popper' });
      for (const [val, label] of [['click', '发送消息'], ['view', '跳转网页'], ['mini', '跳转小程序']]) {
        const li = h('li');
        li.append(h('span', label));
        li.addEventListener('click', () => { m.type = val; open = false; update(); });
        pop.append(li);
      }
      document.body.append(pop);
    }
  }
  document.addEventListener('focusout', update);
  render();
  return st;
}

beforeEach(() => { document.body.innerHTML = ''; });

describe('menuNameProblems', () => {
  it('flags names over 16 UTF-8 bytes only', () => {
    expect(MAX_MAIN_MENUS).toBe(3);
    expect(MAX_MENU_NAME_BYTES).toBe(16);
    const p = menuNameProblems([{ name: '批量加减', url: U1 }, { name: '批量加减客户', url: U1 }, { name: 'abcdefghijklmnop', url: U1 }, { name: 'abcdefghijklmnopq', url: U1 }, { name: ' 企信客户 ', url: U2 }]);
    expect(p).toEqual([{ index: 1, name: '批量加减客户', bytes: 18 }, { index: 3, name: 'abcdefghijklmnopq', bytes: 17 }]);
  });
});

describe('findMenuEditor / readExistingMenus', () => {
  it('reads a one-at-a-time editor: preview names (cut ones keep "…"), the selected menu in full', () => {
    document.body.innerHTML = `<div id="ed"><h3>EC营客通 - 自定义菜单</h3>
      <div class="phone"><div class="t">EC营客通</div><ul><li>批量加减</li><li class="on">营销工具箱…</li><li><a><i>+</i>添加主菜单</a></li></ul></div>
      <div class="form"><div><span>菜单名称</span><input value="营销工具箱合集"></div><div><span>网页地址</span><input value="${U3}"></div><a>删除菜单</a></div></div>`;
    const ed = findMenuEditor(document)!;
    expect(ed.id).toBe('ed');
    expect(readExistingMenus(ed)).toEqual([{ name: '批量加减', url: '' }, { name: '营销工具箱合集', url: U3 }]);
  });
  it('reads an every-form-at-once editor and ignores a hidden decoy form', () => {
    document.body.innerHTML = `<main><div class="hd">app - 自定义菜单</div><button>添加主菜单</button>
      <div class="m"><label>菜单名称<input value="批量加减"></label><label>网址<input value="${U1}"></label></div>
      <div class="m"><label>菜单名称<input value="企信客户"></label><label>网址<input value="${U2}"></label></div>
      <div class="m" style="display:none"><label>菜单名称<input value="decoy"></label><label>网址<input value="https://decoy.test/"></label></div></main>`;
    expect(readExistingMenus(findMenuEditor(document)!)).toEqual([{ name: '批量加减', url: U1 }, { name: '企信客户', url: U2 }]);
  });
  it('preview items by their class (add button outside the bar): a different menu refuses the fill', async () => {
    document.body.innerHTML = `<div class="page"><div class="crumb">应用管理 &gt; EC营客通 - 自定义菜单</div>
      <div class="pv"><p class="app">EC营客通</p><div class="bottom"><span class="menu-item">官网</span><span class="menu-item is-active">批量加减</span></div></div>
      <div class="ops"><button>添加主菜单</button><button>保存</button></div></div>`;
    const ed = findMenuEditor(document)!;
    expect(readExistingMenus(ed)).toEqual([{ name: '官网', url: '' }, { name: '批量加减', url: '' }]);
    const r = await fillMenus(document, BUNDLE);
    expect(r.report).toMatchObject({ status: 'refused', overridable: true });
    expect(r.report.error).toMatch(/第 1 个主菜单已是“官网”.*第 2 个主菜单已是“批量加减”/);
  });
  it('preview items beside a wrapped add control; an empty bar yields no menus (not the phone title)', () => {
    document.body.innerHTML = `<section><h4>EC营客通 - 自定义菜单</h4><div class="phone"><div class="ph-title">EC营客通</div><div class="ph-screen">欢迎使用</div>
      <div class="ph-bar"><div class="cell">官网</div><div class="cell">客户</div><div class="cell cell-add"><a><b>+</b> 添加主菜单</a></div></div></div></section>`;
    expect(readExistingMenus(findMenuEditor(document)!).map((m) => m.name)).toEqual(['官网', '客户']);
    document.body.innerHTML = `<section><h4>EC营客通 - 自定义菜单</h4><div class="phone"><div class="ph-title">EC营客通</div><div class="ph-screen">欢迎使用</div>
      <div class="ph-bar"><div class="cell cell-add"><a><b>+</b> 添加主菜单</a></div></div></div></section>`;
    expect(readExistingMenus(findMenuEditor(document)!)).toEqual([]);
  });
  it('no editor when the heading or the add control is missing or hidden', () => {
    document.body.innerHTML = `<div><div>自定义菜单</div><div>用户安装时的默认应用菜单</div><a>设置</a></div>`;
    expect(findMenuEditor(document)).toBeNull();
    document.body.innerHTML = `<div style="display:none"><h3>x - 自定义菜单</h3><button>添加主菜单</button></div>`;
    expect(findMenuEditor(document)).toBeNull();
  });
});

describe('fillMenus on a hostile mini editor', () => {
  it('refuses without an editor or without menus, touching nothing', async () => {
    document.body.innerHTML = '<div>nothing</div>';
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.status).toBe('refused');
    expect(r.report.error).toMatch(/自定义菜单/);
    const st = mountMini();
    const r2 = await fillMenus(document, []);
    expect(r2.report.status).toBe('refused');
    expect(st.menus).toEqual([]);
  });

  it('one form at a time, type by <select>: adds, types, chooses 跳转网页, reads back; never saves', async () => {
    const st = mountMini();
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.status).toBe('filled');
    expect(r.report.rows.map((x) => [x.field, x.result])).toEqual([['menu-1', 'filled'], ['menu-2', 'filled']]);
    expect(st.menus).toEqual([{ name: '批量加减', type: 'view', url: U1 }, { name: '企信客户', type: 'view', url: U2 }]);
    expect(r.report.rows[1].after).toBe(`企信客户: ${U2}`);
    expect(st.saves).toBe(0);
  });

  it('type chosen in a custom drop-down whose options render outside the editor', async () => {
    const st = mountMini({ dropdown: true });
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.status).toBe('filled');
    expect(st.menus).toEqual([{ name: '批量加减', type: 'view', url: U1 }, { name: '企信客户', type: 'view', url: U2 }]);
    expect(document.querySelector('.popper')).toBeNull();
  });

  it('selects the new menu itself when the page does not', async () => {
    const st = mountMini({ autoSelect: false });
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.status).toBe('filled');
    expect(st.menus.map((m) => m.name)).toEqual(['批量加减', '企信客户']);
  });

  it('every form at once, type by native radios', async () => {
    const st = mountMini({ allAtOnce: true });
    const r = await fillMenus(document, [...BUNDLE, { name: '官网', url: U3 }]);
    expect(r.report.status).toBe('filled');
    expect(st.menus).toEqual([{ name: '批量加减', type: 'view', url: U1 }, { name: '企信客户', type: 'view', url: U2 }, { name: '官网', type: 'view', url: U3 }]);
  });

  it('a 4th menu is reported failed and the status is partial', async () => {
    const st = mountMini();
    const r = await fillMenus(document, [...BUNDLE, { name: '官网', url: U3 }, { name: '第四个', url: U3 }]);
    expect(r.report.status).toBe('partial');
    expect(r.report.rows.map((x) => x.result)).toEqual(['filled', 'filled', 'filled', 'failed']);
    expect(r.report.rows[3]).toMatchObject({ field: 'menu-4' });
    expect(r.report.rows[3].message).toMatch(/最多 3 个主菜单.*第四个/);
    expect(st.menus).toHaveLength(3);
  });

  it('never adds a menu twice: an identical existing menu is unchanged, the rest is added', async () => {
    const st = mountMini({ existing: [{ name: '批量加减', type: 'view', url: U1 }] });
    const r = await fillMenus(document, BUNDLE);
    expect(r.report.rows.map((x) => x.result)).toEqual(['unchanged', 'filled']);
    expect(st.menus.map((m) => m.name)).toEqual(['批量加减', '企信客户']);
    // Filling again changes nothing.
    const again = await fillMenus(document, BUNDLE);
    expect(again.report.rows.map((x) => x.result)).toEqual(['unchanged', 'unchanged']);
    expect(st.menus).toHaveLength(2);
  });

  it('a different existing menu refuses the fill (overridable) unless overwrite; undo restores it', async () => {
    const st = mountMini({ existing: [{ name: '官网', type: 'click', url: '' }] });
    const r = await fillMenus(document, BUNDLE);
    expect(r.report).toMatchObject({ status: 'refused', overridable: true });
    expect(r.report.error).toMatch(/第 1 个主菜单已是“官网”/);
    expect(st.menus).toEqual([{ name: '官网', type: 'click', url: '' }]);

    const w = await fillMenus(document, BUNDLE, { overwrite: true });
    expect(w.report.status).toBe('filled');
    expect(w.report.rows[0]).toMatchObject({ field: 'menu-1', result: 'filled', before: '官网' });
    expect(st.menus).toEqual([{ name: '批量加减', type: 'view', url: U1 }, { name: '企信客户', type: 'view', url: U2 }]);

    const undone = await w.undo();
    expect(undone.map((x) => [x.field, x.result])).toEqual([['menu-2', 'filled'], ['menu-1', 'filled']]);
    expect(st.menus).toHaveLength(1);
    expect(st.menus[0]).toMatchObject({ name: '官网', type: 'click' });
    expect(st.saves).toBe(0);
  });

  it('undo removes the menus it added (every form at once)', async () => {
    const st = mountMini({ allAtOnce: true, existing: [{ name: '批量加减', type: 'view', url: U1 }] });
    const r = await fillMenus(document, [...BUNDLE, { name: '官网', url: U3 }]);
    expect(r.report.rows.map((x) => x.result)).toEqual(['unchanged', 'filled', 'filled']);
    const rows = await r.undo();
    expect(rows.every((x) => x.result === 'filled')).toBe(true);
    expect(st.menus).toEqual([{ name: '批量加减', type: 'view', url: U1 }]);
    expect(await r.undo()).toEqual([]); // only once
  });

  it('a long name the page cuts is failed (not silently truncated); one it accepts is filled with a warning', async () => {
    let st = mountMini({ nameMax: 4 });
    let r = await fillMenus(document, [{ name: '批量加减客户信息', url: U1 }]);
    expect(r.report.status).toBe('partial');
    expect(r.report.rows[0].result).toBe('failed');
    expect(r.report.rows[0].message).toMatch(/24 字节.*批量加减/);
    expect(st.menus[0].name).toBe('批量加减');

    st = mountMini();
    r = await fillMenus(document, [{ name: '批量加减客户信息', url: U1 }]);
    expect(r.report.rows[0].result).toBe('filled');
    expect(r.report.rows[0].message).toMatch(/超过 16 字节/);
    expect(st.menus[0].name).toBe('批量加减客户信息');
  });

  it('a name longer than the field\'s maxlength is not typed; the URL still is; the row fails', async () => {
    const st = mountMini({ maxlength: 4 });
    const r = await fillMenus(document, [{ name: '批量加减客户', url: U1 }, BUNDLE[1]]);
    expect(r.report.status).toBe('partial');
    expect(r.report.rows.map((x) => x.result)).toEqual(['failed', 'filled']);
    expect(r.report.rows[0].message).toMatch(/4 个字符/);
    expect(st.menus[0]).toEqual({ name: '', type: 'view', url: U1 });
  });

  it('a URL over 256 bytes is failed without touching the page', async () => {
    const st = mountMini();
    const r = await fillMenus(document, [{ name: '长链接', url: `https://html.workec.com/${'a'.repeat(240)}` }]);
    expect(r.report.rows[0].message).toMatch(/256/);
    expect(st.menus).toEqual([]);
  });

  it('a menu with an invalid URL is failed without touching the page', async () => {
    const st = mountMini();
    const r = await fillMenus(document, [{ name: '坏的', url: 'javascript:alert(1)' }]);
    expect(r.report.rows[0]).toMatchObject({ field: 'menu-1', result: 'failed' });
    expect(st.menus).toEqual([]);
  });
});
