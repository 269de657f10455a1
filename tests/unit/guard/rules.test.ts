// @vitest-environment happy-dom
// Recognition of dangerous controls on DOM snapshots with varied markup (no class names relied on).
import { describe, it, expect, beforeEach } from 'vitest';
import { auditOf, recognise, textKey, sectionTitle, nearbyLabel, pageCustomer, templatePage, findControl, activeHomepageTab } from '@/utils/guard/rules';

function html(s: string, hash = '') {
  history.replaceState(null, '', `/wwopen/developer${hash ? '#' + hash : ''}`);
  document.body.innerHTML = s;
  return document.body;
}
const $ = (sel: string) => document.querySelector(sel)!;
const action = (sel: string) => recognise($(sel))?.action ?? null;

beforeEach(() => { document.body.innerHTML = ''; });

describe('textKey', () => {
  it('normalises full-width, zero-width, whitespace, icons and case', () => {
    expect(textKey(' 重置\u200B二维码 ')).toBe('重置二维码');
    expect(textKey('\uE601 重 置 二 维 码')).toBe('重置二维码'); // icon-font glyph (private use)
    expect(textKey('Ｅｄｉｔ')).toBe('edit');
    expect(textKey('随机获取\u00A0')).toBe('随机获取');
    expect(textKey('↻重置二维码')).toBe('重置二维码');
  });
});

describe('重置二维码 → reset-qr', () => {
  it('a link clicked on its text, its inner span and its inner icon', () => {
    html(`<div class="x1"><a href="javascript:;" id="a"><i id="i" class="q9">↻</i><span id="s">重置二维码</span></a></div>`, '/sass/customApp/tpl/info?id=1');
    for (const sel of ['#a', '#s', '#i']) {
      const hit = recognise($(sel));
      expect(hit?.action, sel).toBe('reset-qr');
      expect(hit?.control.id).toBe('a');
    }
  });
  it('a <button> with whitespace, zero-width and full-width spaces in its text', () => {
    html(`<button id="b">\n  重置\u200B二维码\u3000 </button>`);
    expect(action('#b')).toBe('reset-qr');
  });
  it('a div made clickable by role=button, tabindex or only a pointer cursor', () => {
    html(`<div role="button" id="r"><em>重置二维码</em></div>
          <div tabindex="0" id="t">重置二维码</div>
          <div style="cursor:pointer" id="c"><span id="cs">重置二维码</span></div>`);
    expect(action('#r em')).toBe('reset-qr');
    expect(action('#t')).toBe('reset-qr');
    expect(recognise($('#cs'))?.control.id).toBe('c');
  });
  it('an icon-only control named by aria-label', () => {
    html(`<a href="#" id="a" aria-label="重置二维码"><i id="i"></i></a>`);
    expect(action('#i')).toBe('reset-qr');
  });
  it('a bare element carrying the text is guarded too (a page may bind a handler to anything)', () => {
    html(`<div><div id="d"><span id="p">重置二维码</span></div><p>说明文字很长很长很长很长很长很长很长很长很长很长很长很长很长很长</p></div>`);
    expect(recognise($('#p'))?.control.id).toBe('d');
  });
  it('a big container clicked around the control is not the control', () => {
    html(`<div id="box" tabindex="0"><h3>授权二维码</h3><img src=""><p>企业管理员扫码授权后,可为该企业代开发自建应用</p><a id="a">重置二维码</a></div>`);
    expect(action('#box')).toBeNull();
    expect(action('#box img')).toBeNull();
    expect(action('#a')).toBe('reset-qr');
  });
  it('never the login QR code or its reload link', () => {
    html(`<div><img class="qrcode_login_img" src=""><a class="qrcode_login_reload" id="r" href="#">刷新</a></div>
          <div><img class="qrcode_login_img" src=""><a id="r2" href="#">重置二维码</a></div>`);
    expect(action('#r')).toBeNull();
    expect(action('#r2')).toBeNull();
  });
  it('ordinary controls are left alone', () => {
    html(`<a id="a">开始代开发应用</a><button id="b">刷新列表</button><a id="c">更多尺寸</a><button id="d">下一步</button>`);
    for (const sel of ['#a', '#b', '#c', '#d']) expect(action(sel)).toBeNull();
  });
});

describe('template → edit-template', () => {
  it('编辑模板信息 / 删除模板 anywhere', () => {
    html(`<a id="e" href="javascript:;">编辑模板信息</a><span role="button" id="d">删除模板</span>`);
    expect(action('#e')).toBe('edit-template');
    expect(action('#d')).toBe('edit-template');
  });
  it('保存 in a dialog titled 编辑模板信息, on any route', () => {
    html(`<div role="dialog"><div><span>编辑模板信息</span></div><div><input></div><div><a id="s"><span>保 存</span></a><a id="c">取消</a></div></div>`, '/somewhere');
    expect(action('#s span')).toBe('edit-template');
    expect(action('#c')).toBeNull();
  });
  it('保存 / 删除 on the template detail page (by route or by heading)', () => {
    html(`<h2>代开发应用模板详情</h2><div><div><div style="cursor:pointer" id="s">保存</div></div></div>`, '/sass/customApp/tpl/info?id=1');
    expect(action('#s')).toBe('edit-template');
    html(`<div><div>代开发应用模板详情</div></div><div><button id="s">确定</button></div>`, '/unknown');
    expect(templatePage(document)).toBe('detail');
    expect(action('#s')).toBe('edit-template');
  });
  it('on the template list, 删除 is guarded but 创建 and its 确定 are not', () => {
    html(`<h2>代开发应用模板</h2><table><tr><td>代开发-开发</td><td><a id="v">查看</a> <span id="d" style="cursor:pointer">删除</span></td></tr></table>
          <div role="dialog"><h3>创建代开发应用模板</h3><button id="ok">确定</button></div>`, '/sass/customApp/tpl/list');
    expect(action('#d')).toBe('edit-template');
    expect(action('#v')).toBeNull();
    expect(action('#ok')).toBeNull();
  });
  it('确定 of a page dialog about resetting the QR code is reset-qr', () => {
    html(`<div role="dialog"><div><b>重置二维码</b></div><p>重置后原二维码将失效，确定重置吗？</p><div><button id="ok">确定</button></div></div>`, '/sass/customApp/tpl/info?id=1');
    expect(action('#ok')).toBe('reset-qr');
  });
  it('保存 elsewhere (not a template page) is not guarded', () => {
    html(`<h2>开始代开发应用</h2><div><button id="s">保存</button><button id="d">删除</button></div>`, '/sass/customApp/app/create?suiteid=1');
    expect(action('#s')).toBeNull();
    expect(action('#d')).toBeNull();
  });
});

describe('随机获取 → regenerate-secret', () => {
  it('a click in the text field beside the button is not the button', () => {
    html(`<div class="row"><div>EncodingAESKey</div><div class="c"><input id="f" value="abc"><a id="b" href="javascript:;">随机获取</a></div></div>
          <div class="row"><div>Token</div><div><div class="w"><input id="g"></div><span id="s" style="cursor:pointer">随机获取</span></div></div>`);
    expect(action('#f')).toBeNull();
    expect(action('#g')).toBeNull();
    expect(action('.w')).toBeNull();
    expect(action('#b')).toBe('regenerate-secret');
    expect(action('#s')).toBe('regenerate-secret');
  });
  it('names the field it sits beside', () => {
    html(`<div><div><span>*</span>Token<i>ⓘ</i>：</div><div><input value="abc"><a id="t"><span>随机获取</span></a></div></div>
          <table><tr><td>EncodingAESKey</td><td><input></td><td><button id="k">随机获取</button></td></tr></table>`);
    const t = recognise($('#t span'));
    expect(t?.action).toBe('regenerate-secret');
    // The audit wording (guard UI script) adds the field; the decision needs none of it.
    expect(t?.label).toBe('随机获取');
    expect(auditOf(t!, [document]).label).toBe('随机获取 (Token)');
    expect(auditOf(t!, [document]).label).not.toContain('abc');
    expect(auditOf(recognise($('#k'))!, [document]).label).toBe('随机获取 (EncodingAESKey)');
    expect(nearbyLabel($('#k'))).toBe('EncodingAESKey');
  });
});

describe('编辑 → edit-callback only inside 回调配置', () => {
  it('header-row markup: title then 编辑', () => {
    html(`<div><div><div>权限</div><a id="p">编辑</a></div><div>成员基本信息</div></div>
          <div><div><div>回调配置</div><a id="c"><span>编辑</span></a></div><div><div>代开发应用回调URL</div><div>https://x.example.com/cb</div></div></div>`);
    expect(action('#c span')).toBe('edit-callback');
    expect(action('#p')).toBeNull();
  });
  it('heading + body + footer markup, and a title with a help icon', () => {
    html(`<section><h3>使用配置</h3><div>应用主页 https://a.example.com</div><div><a id="u">编辑</a></div></section>
          <section><h3>回调配置 <i>ⓘ</i></h3><table><tr><td>Token</td><td>已设置</td></tr></table><footer><button id="c">编辑</button></footer></section>`);
    expect(action('#c')).toBe('edit-callback');
    expect(action('#u')).toBeNull();
  });
  it('编辑 placed before its title in the DOM (floated right)', () => {
    html(`<div><div><a id="p">编辑</a><span>权限</span></div></div><div><div><a id="c">编辑</a><strong>回调配置</strong></div></div>`);
    expect(action('#c')).toBe('edit-callback');
    expect(action('#p')).toBeNull();
  });
  it('a plain 编辑 with no section is not guarded', () => {
    html(`<ul><li>自定义菜单 <a id="m">设置</a></li><li><button id="e">编辑</button></li></ul>`);
    expect(action('#e')).toBeNull();
    expect(action('#m')).toBeNull();
  });
  it('a section title followed by a description, and 编辑 beside a status value', () => {
    html(`<div><div>回调配置<span>用于接收企业微信推送的事件</span></div><div><span>Token</span><span>已配置</span><a id="t">编辑</a></div></div>
          <div><div>使用配置<span>应用主页等</span></div><div><span>应用主页</span><span>已配置</span><a id="u">编辑</a></div></div>`);
    expect(action('#t')).toBe('edit-callback');
    expect(action('#u')).toBeNull();
  });
  it('sectionTitle reads keys', () => {
    html(`<div><h4>回调配置</h4><p><a id="c">编辑</a></p></div>`);
    expect(sectionTitle($('#c'))).toBe('回调配置');
  });
});

describe('context for the audit log', () => {
  it('customer from corpName of the route', () => {
    html(`<div>企业客户</div><div>别的</div>`, '/sass/customApp/app/create?suiteid=s&appid=a&corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B');
    expect(pageCustomer(document)).toBe('桃花岛');
  });
  it('customer / template name from a labelled value', () => {
    html(`<div><div>模板名称</div><div><b>代开发-开发</b></div></div>`, '/sass/customApp/tpl/info?id=1');
    expect(pageCustomer(document)).toBe('代开发-开发');
  });
  it('auditOf: the customer of the first document that names one; other labels as recognised', () => {
    html(`<div><div>模板名称</div><div><b>代开发-开发</b></div></div><a id="r">重置二维码</a>`, '/sass/customApp/tpl/info?id=1');
    const empty = document.implementation.createHTMLDocument('');
    const hit = recognise($('#r'))!;
    expect(auditOf(hit, [empty, document])).toEqual({ label: '重置二维码', customer: '代开发-开发' });
    expect(auditOf(hit, [empty]).customer).toBe('');
  });
  it('findControl is bounded to 5 levels above the target', () => {
    html(`<a id="a"><b><b><b><b><b><i id="deep">x</i></b></b></b></b></b>重置二维码</a>`);
    expect(findControl($('#deep'))).toBeNull();
  });
});

describe('privacy', () => {
  it('never reads a text field value as a control caption', () => {
    html(`<div><input id="f" style="cursor:pointer" value="重置二维码"></div><input type="button" id="b" value="重置二维码">`);
    expect(action('#f')).toBeNull();
    expect(action('#b')).toBe('reset-qr');
  });
});

describe('recognised by meaning, not by an exact phrase (issue 15.3)', () => {
  it('label variants: traditional script, extra words, a count, a badge, another order', () => {
    html(`<a id="t">重置二維碼</a><a id="n">立即重置二维码</a><a id="q">重置授权二维码</a><a id="c">重置二维码 (3)</a>
          <button id="b"><span>重置二维码</span><sup class="badge">new</sup></button><button id="o">二维码重置</button>
          <a id="e">模板信息编辑</a><a id="et">編輯模板資訊</a>`, '/sass/customApp/tpl/info?id=1');
    for (const id of ['t', 'n', 'q', 'c', 'b', 'o']) expect(action('#' + id), id).toBe('reset-qr');
    expect(action('#b sup')).toBe('reset-qr');
    expect(action('#e')).toBe('edit-template');
    expect(action('#et')).toBe('edit-template');
  });
  it('an icon of many nodes inside the control', () => {
    const icon = '<span class="ic">' + '<i></i>'.repeat(60) + '</span>';
    html(`<a id="a">${icon}<span>重置二维码</span></a>`);
    expect(action('#a .ic i')).toBe('reset-qr');
  });
  it('a row holding several controls is not one control: its other buttons pass', () => {
    html(`<div id="row"><span>二维码</span> <a id="r">重置</a> <a id="d">下载</a></div>`);
    expect(action('#d')).toBeNull();
  });
  it('a closed shadow root is judged by its host (its light-DOM text or its name)', () => {
    html(`<ww-btn id="h1">重置二维码</ww-btn><ww-btn id="h2" aria-label="重置二维码"></ww-btn><ww-btn id="h3">下载</ww-btn>`);
    for (const id of ['h1', 'h2', 'h3']) $('#' + id).attachShadow({ mode: 'closed' }).innerHTML = '<button><slot></slot></button>';
    expect(action('#h1')).toBe('reset-qr');
    expect(action('#h2')).toBe('reset-qr');
    expect(action('#h3')).toBeNull();
  });
  it('still not: 创建/查看 模板, other sections\' 编辑, the login QR, the Token field', () => {
    html(`<a id="c">创建代开发应用模板</a><a id="v">查看模板</a>
          <div><img class="qrcode_login_img" src=""><a id="l" href="#">重置二维码</a></div>
          <div><div>Token</div><div><input id="tok" value="abc"><a id="rnd">随机获取</a></div></div>`, '/sass/customApp/app/detail?appid=1');
    expect(action('#c')).toBeNull();
    expect(action('#v')).toBeNull();
    expect(action('#l')).toBeNull();
    expect(action('#tok')).toBeNull();
    expect(action('#rnd')).toBe('regenerate-secret');
  });
});

describe('应用主页 修改 dialog: 确定 while 小程序 is active → miniprogram-homepage (issue 11.4)', () => {
  const dialog = (active: '网页' | '小程序', markup: 'ww' | 'el') => markup === 'ww'
    ? `<div role="dialog" id="dlg"><div>设置工作台应用主页</div><div><a class="ww_tab${active === '网页' ? ' ww_tab_active' : ''}">网页</a><a class="ww_tab${active === '小程序' ? ' ww_tab_active' : ''}">小程序</a></div>
       <div><input value="https://x.example/"></div><div><a id="mp">关联小程序</a> 已关联：桃花岛商城</div><div><a id="cancel">取消</a><a id="ok"><span>确定</span></a></div></div>`
    : `<div class="el-dialog" id="dlg"><div><span>修改应用主页</span></div><div><div role="tablist"><div role="tab" aria-selected="${active === '网页'}" class="el-tabs__item${active === '网页' ? ' is-active' : ''}">网页</div><div role="tab" aria-selected="${active === '小程序'}" class="el-tabs__item${active === '小程序' ? ' is-active' : ''}">小程序</div></div></div>
       <div class="el-dialog__footer"><button id="cancel"><span>取 消</span></button><button id="ok"><span>确 定</span></button></div></div>`;
  for (const markup of ['ww', 'el'] as const) {
    it(`${markup}: activeHomepageTab and recognise`, () => {
      html(dialog('小程序', markup), '/sass/customApp/app/detail?appid=1');
      expect(activeHomepageTab($('#dlg'))).toBe('小程序');
      expect(action('#ok span')).toBe('miniprogram-homepage');
      expect(action('#cancel')).toBeNull();
      html(dialog('网页', markup), '/sass/customApp/app/detail?appid=1');
      expect(activeHomepageTab($('#dlg'))).toBe('网页');
      expect(action('#ok')).toBeNull();
    });
  }
  it('no tabs, or no tab marked active: null', () => {
    html(`<div id="a"><a>网页</a><a>小程序</a></div><div id="b"><span>确定</span></div>`);
    expect(activeHomepageTab($('#a'))).toBeNull();
    expect(activeHomepageTab($('#b'))).toBeNull();
  });
});
