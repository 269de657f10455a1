// @vitest-environment happy-dom
// Regressions found by driving the guard with another replica's markup (tests/replica/pages-alt,
// tests/e2e/alt-guard*.spec.ts): each case failed (missed or over-blocked) before its fix.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { auditOf, recognise, nearbyLabel, templatePage, findControl } from '@/utils/guard/rules';
import { gestureTracker, type GestureEvent } from '@/utils/guard/gesture';
import { startGuard, type AttemptMessage, type GuardInstance } from '@/utils/guard/runtime';
import { loadTexts } from '@/utils/guard/texts';
import { createGuardUi } from '@/utils/guard/ui';
import { UI_KEY } from '@/utils/guard/ui-api';
import { DEFAULT_POLICIES } from '@/utils/guard/policy';
import { uiRoot } from '@/utils/guard/ui';
// The guard's UI (entrypoints/guard-ui.content.ts in the extension) hands itself over on UI_KEY.
(window as unknown as Record<string, unknown>)[UI_KEY] = createGuardUi(loadTexts());

function html(s: string, hash = '') {
  history.replaceState(null, '', `/wwopen/developer${hash ? '#' + hash : ''}`);
  document.body.innerHTML = s;
}
const $ = (sel: string) => document.querySelector(sel)!;
const action = (sel: string) => recognise($(sel))?.action ?? null;

beforeEach(() => { document.body.innerHTML = ''; });

describe('rules on other markup', () => {
  it('an icon-only link whose name sits on its inner icon (aria-label / title / img alt): the link, also when focused', () => {
    html(`<a id="a" href="javascript:;"><i id="i" class="iconfont" aria-label="重置二维码">\uE601</i></a>
          <a id="b" href="javascript:;"><img id="m" alt="重置二维码" src="data:,"></a>`);
    expect(recognise($('#a'))?.control.id).toBe('a'); // keyboard: the event's target is the link itself
    expect(recognise($('#i'))?.control.id).toBe('a');
    expect(recognise($('#b'))?.action).toBe('reset-qr');
    expect(recognise($('#m'))?.control.id).toBe('b');
  });

  it('随机获取 in an input group\'s append slot: the slot is the control, never the group holding the input', () => {
    html(`<div class="item"><label>Token</label><div class="content"><div id="grp" class="el-input-group"><input id="f" value="abc">
            <div id="app" class="append" style="cursor:pointer">随机获取</div></div></div></div>`);
    expect(findControl($('#app'))?.control.id).toBe('app');
    expect(recognise($('#grp'))).toBeNull(); // a click on the group's padding is not 随机获取
    expect(recognise($('#f'))).toBeNull();
  });

  it('names the field of an Element-UI form item (label → content → group → append → button)', () => {
    html(`<div class="el-form-item"><label>EncodingAESKey：</label><div><div class="el-input-group"><input value="secret">
            <div class="el-input-group__append"><button id="k"><span>随机获取</span></button></div></div></div></div>`);
    expect(nearbyLabel($('#k'))).toBe('EncodingAESKey');
    expect(auditOf(recognise($('#k span'))!, [document]).label).toBe('随机获取 (EncodingAESKey)');
  });

  it('a card with an unusual title right after 回调配置 does not borrow its title', () => {
    html(`<div class="card"><div class="hd"><span>回调配置</span><i></i><a id="cb">编辑</a></div>
            <div class="bd"><div><span>代开发应用回调URL</span><span>https://cb.example.com/x</span></div><div><span>Token</span><span>已配置</span></div><div><span>EncodingAESKey</span><span>已配置</span></div></div></div>
          <div class="card"><div class="hd"><span>可见范围</span><i></i><a id="scope">编辑</a></div><div class="bd">全部成员</div></div>`, '/sass/customApp/app/detail');
    expect(action('#cb')).toBe('edit-callback');
    expect(action('#scope')).toBeNull();
  });

  it('a breadcrumb naming 代开发应用模板 does not make the app detail page a template page', () => {
    html(`<div><span>代开发应用模板</span> / <span>代开发应用详情</span></div><div><div><span>自定义菜单</span><a id="m">设置</a></div></div>
          <div><button id="del">删除</button></div>`, '/sass/customApp/app/detail?appid=1');
    expect(templatePage(document)).toBeNull();
    expect(action('#m')).toBeNull();
    expect(action('#del')).toBeNull();
  });

  it('the QR sizes dialog (titled 授权二维码) is not a reset; a dialog about resetting it is', () => {
    html(`<div role="dialog"><div><span>授权二维码</span></div><p>258 x 258</p><div><button id="ok">确定</button></div></div>`, '/sass/customApp/tpl/info?id=1');
    expect(action('#ok')).toBeNull();
    html(`<div role="dialog"><div><span>重置二维码</span></div><p>确定重置吗？</p><div><button id="ok">确定</button></div></div>`, '/sass/customApp/tpl/info?id=1');
    expect(action('#ok')).toBe('reset-qr');
  });

  it('编辑 on the template list / detail edits the template; 编辑 on the wizard or app detail does not', () => {
    html(`<h2>代开发应用模板</h2><div><div>代开发-开发</div><div><button id="e"><i></i><span>编辑</span></button></div></div>`, '/sass/customApp/tpl/list');
    expect(action('#e span')).toBe('edit-template');
    html(`<div><div><span>基本信息</span><a id="e">编辑</a></div></div>`, '/sass/customApp/app/detail?appid=1');
    expect(action('#e')).toBeNull();
  });
});

describe('gestures: a released key ends its gesture', () => {
  const ids = (events: GestureEvent[]) => { const track = gestureTracker(); return events.map((e) => track(e).id); };
  it('a script click after Enter was released is a new gesture; Space\'s own click still joins', () => {
    const enter = ids([{ type: 'keydown', key: 'Enter' }, { type: 'keyup', key: 'Enter' }, { type: 'click' }]);
    expect(enter[2]).not.toBe(enter[0]);
    const space = ids([{ type: 'keydown', key: ' ' }, { type: 'keyup', key: ' ' }, { type: 'click' }, { type: 'click' }]);
    expect(space[2]).toBe(space[0]);
    expect(space[3]).not.toBe(space[0]);
    const held = ids([{ type: 'keydown', key: 'Enter' }, { type: 'click' }, { type: 'keyup', key: 'Shift' }, { type: 'click' }]);
    expect(new Set(held).size).toBe(1); // another key's release does not end it
  });
});

describe('runtime on other markup', () => {
  let guards: GuardInstance[] = [];
  let sent: AttemptMessage[] = [];
  afterEach(() => { guards.forEach((g) => g.stop()); guards = []; sent = []; document.querySelector('ec-guard-ui')?.remove(); });
  const guard = () => {
    const g = startGuard({ win: window, alive: () => true, send: async (m) => { sent.push(m); }, policies: DEFAULT_POLICIES });
    guards.push(g);
    return g;
  };

  it('a web component whose text is slotted from its light DOM: a click inside its shadow root is stopped', async () => {
    html(`<div id="wrap"></div>`, '/sass/customApp/tpl/info?id=1');
    const host = document.createElement('ww-op-button');
    host.textContent = '重置二维码';
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = '<button id="in"><i>⟳</i><slot></slot></button>';
    $('#wrap').append(host);
    let ran = 0;
    host.addEventListener('click', () => ran++);
    guard();
    sr.querySelector('#in i')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toBe(0);
    expect(sent.map((m) => `${m.action}:${m.outcome}`)).toEqual(['reset-qr:blocked']);
  });

  it('the notice host hangs off <html>, out of a transformed or re-rendered <body>', () => {
    html(`<p>x</p>`);
    const sr = uiRoot(document);
    expect(sr.host.parentElement).toBe(document.documentElement);
    document.body.innerHTML = ''; // a page re-rendering its body keeps our UI
    expect(sr.host.isConnected).toBe(true);
  });
});
