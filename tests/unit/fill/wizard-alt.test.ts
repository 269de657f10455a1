// @vitest-environment happy-dom
// The wizard fill on Element-UI-like markup (tests/replica/pages-alt/create.js as static snapshots):
// icon-font help glyphs (private-use characters) inside the label text, CSS ::before required
// markers, el-checkbox wrappers, table and <label for> layouts, an off-screen clone first.
import { describe, it, expect } from 'vitest';
import { findWizardForm } from '@/utils/fill/wizard';
import { labelKey } from '@/utils/dom/text';

const ICON = '\ue601';
function elRow(label: string, control: string, extra = '') {
  return `<div class="el-form-item is-required"><label class="el-form-item__label" for="x">${label}<i class="iconfont">${ICON}</i>：</label><div class="el-form-item__content">${control}${extra}</div></div>`;
}
const input = (ph = '', v = '') => `<div class="el-input"><input class="el-input__inner" type="text" placeholder="${ph}" value="${v}"></div>`;
const checkbox = `<label class="el-checkbox"><span class="el-checkbox__input"><span class="el-checkbox__inner"></span></span><span class="el-checkbox__label">在微工作台中始终进入主页</span></label>`;
const ELFORM = `<form class="el-form">
${elRow('应用主页', input('请填写带协议头的合法URL'), `<div>${checkbox}</div>`)}
${elRow('可信域名', input())}
${elRow('IP白名单(选填)', input('请填写调用的IP地址'))}
${elRow('代开发应用回调URL', input('', 'https://cb.example.com/x'))}
${elRow('Token', input('', 'tok'))}
${elRow('EncodingAESKey', input('', 'aes'))}
</form>`;

describe('alt markup: icon-font glyphs in labels', () => {
  it('labelKey drops private-use icon glyphs', () => {
    expect(labelKey(`应用主页${ICON}：`)).toBe(labelKey('应用主页'));
    expect(labelKey(`\u{F0001}Token`)).toBe('token');
  });
  it('finds every page-2 control on el-form markup', () => {
    document.body.innerHTML = `<div id="app">${ELFORM}</div>`;
    const f = findWizardForm(document)!;
    expect(f).not.toBeNull();
    expect(f.homepage?.getAttribute('placeholder')).toBe('请填写带协议头的合法URL');
    expect(f.trustedDomain).not.toBeNull();
    expect(f.callbackUrl).not.toBeNull();
    expect(f.token).not.toBeNull();
    expect(f.aesKey).not.toBeNull();
    expect(f.enterHomepage).not.toBeNull();
  });
});

import { offScreen } from '@/utils/fill/dom';
import { createCustomerMemo } from '@/utils/page/customer-memo';
import { parseRoute } from '@/utils/page/detect';

describe('alt markup: off-screen clones are not what the user sees', () => {
  it('offScreen: wholly left of / above the document origin', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const rect = (r: Partial<DOMRect>) => (el.getBoundingClientRect = () => ({ left: 0, top: 0, right: 10, bottom: 10, width: 10, height: 10, x: 0, y: 0, toJSON: () => ({}), ...r }) as DOMRect);
    rect({ left: -10000, right: -9200 });
    expect(offScreen(el)).toBe(true);
    rect({ top: -5000, bottom: -4000 });
    expect(offScreen(el)).toBe(true);
    rect({ left: 0, right: 0, width: 0 }); // a zero-sized control at the origin is not "off-screen"
    expect(offScreen(el)).toBe(false);
    rect({ top: 3000, bottom: 3030 }); // below the fold: the user scrolls to it
    expect(offScreen(el)).toBe(false);
  });
});

describe('which customer: 企业客户 seen on wizard page 1 names page 2', () => {
  const r1 = parseRoute('#/sass/customApp/app/create?suiteid=s1&appid=a1');
  const r2 = parseRoute('#/sass/customApp/app/create?suiteid=s1&appid=a2');
  it('remembers the page-1 name for the same wizard only', () => {
    const m = createCustomerMemo();
    expect(m.resolve('wizard-dev', r1, null)).toBeNull();
    expect(m.resolve('wizard-basic', r1, '归云庄')).toBe('归云庄');
    expect(m.resolve('wizard-dev', r1, null)).toBe('归云庄');
    expect(m.resolve('wizard-dev', r2, null)).toBeNull(); // another app's wizard
    expect(m.resolve('wizard-dev', r1, '桃花岛')).toBe('桃花岛'); // the page's own word wins
    expect(m.resolve('app-detail', r1, null)).toBeNull(); // not carried off the wizard
  });
});
