// @vitest-environment happy-dom
// Page recognition on other markup: a login iframe that names nothing in its attributes (srcdoc)
// hides the panel; its late content is noticed (load events of frames trigger a scan).
import { describe, it, expect, vi } from 'vitest';
import { detectPage, parseRoute } from '@/utils/page/detect';
import { watchPage, type WatchContext } from '@/utils/page/route-watch';

const DETAIL = `<div id="app"><h2>代开发应用详情</h2><div>基本信息</div><div>权限</div><div>使用配置</div><div>回调配置</div><div>自定义菜单</div></div>`;

describe('login iframe without telling attributes', () => {
  it('is the login screen when its (same-origin) document shows the login QR', () => {
    document.body.innerHTML = DETAIL;
    const route = parseRoute('#/sass/customApp/app/detail?appid=a1');
    expect(detectPage(document, route)).toBe('app-detail');
    const f = document.createElement('iframe');
    f.setAttribute('srcdoc', '<p>login</p>');
    document.body.append(f);
    const inner = document.implementation.createHTMLDocument('x');
    inner.body.innerHTML = '<img class="qrcode_login_img">';
    Object.defineProperty(f, 'contentDocument', { configurable: true, get: () => inner });
    expect(detectPage(document, route)).toBe('login');
    // a frame with other content is not a login screen
    inner.body.innerHTML = '<p>帮助中心</p>';
    expect(detectPage(document, route)).toBe('app-detail');
    // a cross-origin frame (reading throws) is skipped
    Object.defineProperty(f, 'contentDocument', { configurable: true, get: () => { throw new Error('SecurityError'); } });
    expect(detectPage(document, route)).toBe('app-detail');
  });
});

describe('watchPage and frame loads', () => {
  it('a frame load (which does not bubble) schedules a scan', async () => {
    const c: WatchContext = {
      isValid: true,
      addEventListener: (t, type, h, o) => t.addEventListener(type, h, o),
      onInvalidated: () => () => undefined,
    };
    const scan = vi.fn();
    const f = document.createElement('iframe');
    document.body.append(f);
    watchPage(c, window, scan);
    await new Promise((r) => setTimeout(r, 40));
    const n = scan.mock.calls.length;
    f.dispatchEvent(new Event('load', { bubbles: false }));
    await new Promise((r) => setTimeout(r, 40));
    expect(scan.mock.calls.length).toBe(n + 1);
    // an image load does not
    const img = document.createElement('img');
    f.after(img);
    await new Promise((r) => setTimeout(r, 40));
    const m = scan.mock.calls.length;
    img.dispatchEvent(new Event('load', { bubbles: false }));
    await new Promise((r) => setTimeout(r, 40));
    expect(scan.mock.calls.length).toBe(m);
  });
});
