// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest';
import { parseRoute, detectPage, customerNameFromPage, appIdFromRoute } from '@/utils/page/detect';

function html(s: string) {
  document.body.innerHTML = s;
  return document;
}
const R = (hash: string) => parseRoute(hash);
const none = R('');

const WIZARD_DEV_ROWS = `
  <div class="row"><div class="lbl"><span>*</span>应用主页<i>ⓘ</i></div><div><input placeholder="请填写带协议头的合法URL"></div></div>
  <div class="row"><div class="lbl">可信域名 ⓘ</div><div><input></div></div>
  <div class="row"><div class="lbl">IP白名单 (选填)</div><div><input></div></div>
  <div class="row"><div class="lbl">代开发应用回调URL</div><div><input value="https://callback-develop.workec.com/x"></div></div>
  <div class="row"><div class="lbl">Token</div><div><input value="abc"></div><a>随机获取</a></div>
  <div class="row"><div class="lbl">EncodingAESKey</div><div><input value="def"></div><a>随机获取</a></div>`;

describe('parseRoute', () => {
  it('splits path and decodes the query', () => {
    const r = parseRoute('#/sass/customApp/app/create?suiteid=ww1&appid=dk1&corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B');
    expect(r.path).toBe('/sass/customApp/app/create');
    expect(r.query).toEqual({ suiteid: 'ww1', appid: 'dk1', corpName: '桃花岛' });
  });
  it('tolerates no hash, no slash, trailing slash, double encoding and bad escapes', () => {
    expect(parseRoute('')).toEqual({ path: '/', query: {} });
    expect(parseRoute('sass/customApp/tpl/list/').path).toBe('/sass/customApp/tpl/list');
    expect(parseRoute('#/x?corpName=%25E6%25A1%2583').query.corpName).toBe('桃');
    expect(parseRoute('#/x?corpName=%E6%A1').query.corpName).toBe('%E6%A1');
    expect(parseRoute('#/x?a=1&a=2&flag').query).toEqual({ a: '1', flag: '' });
  });
});

describe('detectPage', () => {
  it('wizard page 2 by the step bar, whatever the route', () => {
    html(`<div class="steps"><div class="step"><span>1. 确认基础信息</span></div><div class="step is-active"><span>2. 配置开发信息</span></div></div>${WIZARD_DEV_ROWS}`);
    expect(detectPage(document, none)).toBe('wizard-dev');
  });
  it('wizard page 2 by its form and 完成 button when the bar marks nothing', () => {
    const rows = ['应用主页：', '可信域名', 'IP白名单(选填)', '代开发应用回调URL', 'Token', 'EncodingAESKey'].map((l) => `<tr><th>${l}</th><td><div><input></div></td></tr>`).join('');
    html(`<table><tbody>${rows}</tbody></table><button><span>上一步</span></button><button><span>完成</span></button>`);
    expect(detectPage(document, none)).toBe('wizard-dev');
  });
  it('page 1 visible, page 2 a hidden decoy in the DOM → wizard-basic', () => {
    html(`<div class="bar"><span class="cur">1. 确认基础信息</span><span>2. 配置开发信息</span></div>
      <div class="p1"><div><div>企业客户</div><div>桃花岛</div></div><div><div>应用名称</div><div>EC营客通</div></div><a class="btn">下一步</a></div>
      <div class="p2" style="display:none">${WIZARD_DEV_ROWS}<a>完成</a></div>`);
    expect(detectPage(document, R('#/sass/customApp/app/create?suiteid=1'))).toBe('wizard-basic');
  });
  it('page 1 without a step bar, recognised by its content', () => {
    html(`<div><p>企业客户：</p><p>桃花岛</p></div><div><p>应用Logo</p></div><div><p>应用名称</p><p>EC营客通</p></div><div><p>应用简介</p></div><button>下一步</button>`);
    expect(detectPage(document, R('#/somewhere/else'))).toBe('wizard-basic');
  });
  it('a hidden page-2 decoy alone is not the wizard', () => {
    html(`<div hidden>${WIZARD_DEV_ROWS}<a>完成</a></div><div>首页</div>`);
    expect(detectPage(document, R('#/index'))).toBe('other');
  });
  it('login iframe, QR image and company list', () => {
    // (happy-dom logs that it refuses to load iframes: harmless)
    html(`<div class="login_box"><iframe src="https://open.work.weixin.qq.com/wwopen/login?x=1"></iframe></div>`);
    expect(detectPage(document, R('#/sass/customApp/tpl/list'))).toBe('login');
    html(`<iframe id="wwLoginFrame"></iframe>`);
    expect(detectPage(document, none)).toBe('login');
    html(`<iframe src="https://open.work.weixin.qq.com/wwopen/login" style="display:none"></iframe><div>首页</div>`);
    expect(detectPage(document, none)).toBe('other');
    html(`<div class="wrap"><img class="qrcode_login_img" src="x.png"></div>`);
    expect(detectPage(document, none)).toBe('login');
    html(`<ul><li class="login_selectBiz_item">六度人和</li></ul>`);
    expect(detectPage(document, none)).toBe('login');
    html(`<img class="qrcode_login_img" style="display:none"><h2>代开发应用详情</h2>`);
    expect(detectPage(document, none)).toBe('app-detail');
  });
  it('menu editor: heading + visible 添加主菜单, on any route', () => {
    html(`<div class="x"><h3>EC营客通 - 自定义菜单</h3><div class="phone"><div class="bar"><a><i>+</i><span>添加主菜单</span></a></div></div></div>`);
    expect(detectPage(document, R('#/sass/customApp/app/detail?appid=1'))).toBe('menu-editor');
  });
  it('menu editor with its add control hidden (3 menus) still counts by its "… - 自定义菜单" title', () => {
    html(`<div><div class="title">EC营客通 — 自定义菜单</div><div><div>A</div><div>B</div><div>C</div><a style="display:none">添加主菜单</a></div><div><div>菜单名称</div><input></div></div>`);
    expect(detectPage(document, none)).toBe('menu-editor');
  });
  it('a hidden menu editor decoy does not count; the app detail page is app-detail', () => {
    html(`<div style="display:none"><h3>EC营客通 - 自定义菜单</h3><a>添加主菜单</a></div>
      <h2>代开发应用详情</h2>
      <div><div>使用配置</div><div><div>应用主页</div><div>https://x.test/</div></div><div><div>可信域名</div><div>x.test</div></div></div>
      <div><div>回调配置</div><div><div>代开发应用回调URL</div><div>https://cb.test/</div></div></div>
      <div><div>自定义菜单</div><div>用户安装时的默认应用菜单</div><a>设置</a></div>`);
    expect(detectPage(document, R('#/sass/customApp/app/detail?appid=1'))).toBe('app-detail');
  });
  it('app detail without its heading, by its sections', () => {
    html(`<table><tr><td>权限</td><td>编辑</td></tr><tr><td>使用配置</td></tr><tr><td>回调配置</td></tr><tr><td>审批接口</td></tr><tr><td>自定义菜单</td><td>设置</td></tr></table>`);
    expect(detectPage(document, none)).toBe('app-detail');
  });
  it('template detail, deploy list, template list, other', () => {
    html(`<h2>代开发应用模板详情</h2><button>重置二维码</button>`);
    expect(detectPage(document, none)).toBe('template-detail');
    html(`<div><a class="btn">编辑模板信息</a></div>`);
    expect(detectPage(document, none)).toBe('template-detail');
    html(`<div><a class="btn"><span>+ 提交上线</span></a><table><tr><td>待上线</td></tr></table></div>`);
    expect(detectPage(document, none)).toBe('deploy-list');
    html(`<nav><a>代开发应用模板</a><a>代开发应用上线</a></nav><div>欢迎</div>`);
    expect(detectPage(document, R('#/index'))).toBe('other');
    html(`<div class="page_title">代开发应用模板</div>`);
    expect(detectPage(document, none)).toBe('template-list');
    html(`<div>loading</div>`);
    expect(detectPage(document, R('#/sass/customApp/tpl/list'))).toBe('template-list');
  });
});

describe('customer and app identity', () => {
  it('prefers the route corpName, decoded', () => {
    html(`<div><div>企业客户</div><div>别的</div></div>`);
    expect(customerNameFromPage(document, R('#/sass/customApp/app/create?corpName=%E6%A1%83%E8%8A%B1%E5%B2%9B'))).toBe('桃花岛');
  });
  it('reads the 企业客户 value from sibling divs, table cells, a read-only input, or one element', () => {
    html(`<div class="r"><div class="l">企业客户：</div><div class="v"> 桃花岛 </div></div>`);
    expect(customerNameFromPage(document, none)).toBe('桃花岛');
    html(`<table><tr><td>授权企业客户</td><td>不是它</td></tr><tr><td><span>企业客户</span></td><td>归云庄</td></tr></table>`);
    expect(customerNameFromPage(document, none)).toBe('归云庄');
    html(`<div><label>企业客户</label><span><input readonly value="光明顶"></span></div>`);
    expect(customerNameFromPage(document, none)).toBe('光明顶');
    // descriptions (Ant Design / Element Plus): the label is a row header <th> beside its <td>
    html(`<table><tbody><tr><th>企业客户</th><td>侠客岛</td></tr></tbody></table>`);
    expect(customerNameFromPage(document, none)).toBe('侠客岛');
    // a header row (all <th>, with or without <thead>) names no one
    html(`<table><tr><th>企业客户</th><th>状态</th></tr><tr><td>操作</td><td>已上线</td></tr></table>`);
    expect(customerNameFromPage(document, none)).toBeNull();
    html(`<div style="display:none"><div>企业客户</div><div>隐藏的</div></div><p>无</p>`);
    expect(customerNameFromPage(document, none)).toBeNull();
  });
  it('appIdFromRoute', () => {
    expect(appIdFromRoute(R('#/sass/customApp/app/detail?suiteid=1&appid=dk100001'))).toBe('dk100001');
    expect(appIdFromRoute(R('#/sass/customApp/app/detail?suiteid=1'))).toBeNull();
  });
});
