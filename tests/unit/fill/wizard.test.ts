// @vitest-environment happy-dom
// The 开始代开发应用 fill on DOM snapshots whose markup differs from our replica's: same labels,
// other wrappers (label with * / ： / help icon, nested divs, table cells, dl/dt/dd, a hidden decoy
// form first), framework-controlled inputs, and a page that reverts a value.
import { describe, it, expect, beforeEach } from 'vitest';
import { findWizardForm, currentWizardForm, fillWizard, planWizard, tickState, resultsOnly, wizardMissing } from '@/utils/fill/wizard';
import { setLearned } from '@/utils/site/learned';
import { canonicalUrl, canonicalDomain } from '@/utils/dom/url';
import { readValue } from '@/utils/fill/dom';

const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const AES = 'a'.repeat(43);
const BUNDLE = {
  corpId: 'ww739fc538a1b2c3d4',
  homepage: 'https://HTML.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4',
  trustedDomain: 'html.workec.com',
  menus: [],
};
const HOME = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4';
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

const protoValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;

/** Make `el` behave like a React-controlled input bound to store[key] (re-render on microtask). */
function controlled(el: HTMLInputElement, store: Record<string, string>, key: string, opts: { reject?: boolean } = {}) {
  let tracked = store[key] ?? '';
  protoValue.set!.call(el, tracked);
  const render = () => {
    queueMicrotask(() => {
      if (protoValue.get!.call(el) !== store[key]) protoValue.set!.call(el, store[key]);
      tracked = store[key];
    });
  };
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() { return protoValue.get!.call(this); },
    set(v) { tracked = String(v); protoValue.set!.call(this, v); },
  });
  el.addEventListener('input', () => {
    const v = protoValue.get!.call(el);
    if (v === tracked) return;
    tracked = v;
    if (!opts.reject) store[key] = v;
    render();
  });
  el.addEventListener('blur', render);
}

/** A custom checkbox: clicking the wrapper toggles a class on a wrapper (state on the wrapper only). */
function customBox(wrap: Element, store: Record<string, boolean>, key: string, stateOn: Element) {
  const paint = () => stateOn.classList.toggle('is-checked', !!store[key]);
  paint();
  wrap.addEventListener('click', (e) => { e.preventDefault(); store[key] = !store[key]; queueMicrotask(paint); });
}

function $(sel: string) { return document.querySelector(sel) as HTMLInputElement; }

// --- snapshot 1: sibling divs with * / ： / ⓘ, checkbox class only on the outer wrapper, hidden decoy first
const DIVS = `
<div class="edit-dialog" style="display:none">
  <div class="row"><div class="lbl">应用主页</div><div><input id="decoy-home" value="https://decoy.example/"></div></div>
  <div class="row"><div class="lbl">可信域名</div><div><input id="decoy-domain" value="decoy.example"></div></div>
</div>
<section class="wizard">
  <div class="steps"><b>1. 确认基础信息</b><b class="on">2. 配置开发信息</b></div>
  <div class="item"><div class="item-label"><i class="req">*</i> 应用主页 <span class="help" title="说明">?</span>：</div>
    <div class="item-body"><div class="wrap"><input id="home" placeholder="请填写带协议头的合法URL"></div>
      <div class="sub"><label class="cb" id="cb-wrap"><span class="cb-inner" id="cb-box"></span><span class="cb-text">在微工作台中始终进入主页</span></label></div></div></div>
  <div class="item"><div class="item-label"><i class="req">*</i>可信域名<span class="help">ⓘ</span></div><div class="item-body"><input id="domain"><p>该可信域名可调用OAuth2授权, JS-SDK</p></div></div>
  <div class="item"><div class="item-label">IP白名单（选填）</div><div class="item-body"><input id="ip" placeholder="请填写调用的IP地址"></div></div>
  <div class="item"><div class="item-label">代开发应用回调URL</div><div class="item-body"><input id="cb-url"></div></div>
  <div class="item"><div class="item-label">Token</div><div class="item-body"><input id="token"><a>随机获取</a></div></div>
  <div class="item"><div class="item-label">EncodingAESKey</div><div class="item-body"><input id="aes"><a>随机获取</a></div></div>
  <button>上一步</button><button>完成</button>
</section>`;

function setupDivs(state: Partial<Record<string, string>> = {}, opts: { rejectDomain?: boolean; ticked?: boolean } = {}) {
  document.body.innerHTML = DIVS;
  const store: Record<string, string> = { home: '', domain: '', ip: '', cb: CALLBACK, token: TOKEN, aes: AES, ...state } as Record<string, string>;
  controlled($('#home'), store, 'home');
  controlled($('#domain'), store, 'domain', { reject: opts.rejectDomain });
  controlled($('#ip'), store, 'ip');
  controlled($('#cb-url'), store, 'cb');
  controlled($('#token'), store, 'token');
  controlled($('#aes'), store, 'aes');
  const checks = { enter: !!opts.ticked };
  customBox($('#cb-wrap'), checks, 'enter', $('#cb-wrap'));
  return { store, checks };
}

describe('canonical values', () => {
  it('prints URLs as the URL parser does and strips chat noise', () => {
    expect(canonicalUrl('  https://HTML.WorkEC.com/a?b=1。 ')).toBe('https://html.workec.com/a?b=1');
    expect(canonicalUrl('\u200Bhttps://x.test')).toBe('https://x.test/');
    expect(canonicalDomain(' HTML.workec.com。')).toBe('html.workec.com');
    expect(canonicalDomain('https://html.workec.com/path')).toBe('html.workec.com');
  });
  it('names what the wizard needs', () => {
    expect(wizardMissing({ corpId: 'ww1' })).toEqual(['应用主页', '可信域名']);
    expect(wizardMissing({ corpId: 'ww1', homepage: HOME, trustedDomain: 'html.workec.com' })).toEqual([]);
  });
});

describe('findWizardForm on other markup', () => {
  beforeEach(() => { document.body.innerHTML = ''; });

  it('sibling divs: finds the visible form, not the hidden decoy', () => {
    setupDivs();
    const f = findWizardForm(document)!;
    expect(f).not.toBeNull();
    expect(f.homepage?.id).toBe('home');
    expect(f.trustedDomain?.id).toBe('domain');
    expect(f.callbackUrl?.id).toBe('cb-url');
    expect(f.token?.id).toBe('token');
    expect(f.aesKey?.id).toBe('aes');
    expect(f.enterHomepage?.id).toBe("cb-wrap");
  });

  it('table cells with a native checkbox and full-width colons', () => {
    document.body.innerHTML = `
      <table><tbody>
        <tr><td class="k">应用主页：</td><td><div><div><input id="h"></div></div></td></tr>
        <tr><td></td><td><label><input type="checkbox" id="c" checked> 在微工作台中始终进入主页</label></td></tr>
        <tr><td class="k">可信域名：</td><td><input id="d"></td></tr>
        <tr><td class="k">IP白名单 (选填)：</td><td><input id="ip"></td></tr>
        <tr><td class="k">代开发应用回调URL：</td><td><input id="u" value="${CALLBACK}"></td></tr>
        <tr><td class="k">Token：</td><td><input id="t" value="${TOKEN}"></td></tr>
        <tr><td class="k">EncodingAESKey：</td><td><input id="a" value="${AES}"></td></tr>
      </tbody></table>`;
    const f = findWizardForm(document)!;
    expect([f.homepage?.id, f.trustedDomain?.id, f.callbackUrl?.id, f.token?.id, f.aesKey?.id]).toEqual(['h', 'd', 'u', 't', 'a']);
    expect(f.enterHomepage?.id).toBe('c');
    expect(tickState(f.enterHomepage)).toBe(true);
  });

  it('dl/dt/dd with Element-style checkbox and a decoy dialog marked hidden', () => {
    document.body.innerHTML = `
      <div class="el-dialog" hidden><form><dl><dt>应用主页</dt><dd><input id="x1"></dd><dt>可信域名</dt><dd><input id="x2"></dd></dl></form></div>
      <form class="dev">
        <dl><dt><em>*</em>应用主页 <svg class="q"></svg></dt><dd><span class="el-input"><input class="el-input__inner" id="h"></span>
          <label class="el-checkbox"><span class="el-checkbox__input"><span class="el-checkbox__inner"></span></span><span class="el-checkbox__label">在微工作台中始终进入主页</span></label></dd>
        <dt>可信域名</dt><dd><span class="el-input"><input class="el-input__inner" id="d"></span></dd>
        <dt>代开发应用回调URL</dt><dd><input id="u"></dd>
        <dt>Token</dt><dd><input id="t"></dd>
        <dt>EncodingAESKey</dt><dd><input id="a"></dd></dl>
      </form>`;
    const f = findWizardForm(document)!;
    expect(f.homepage?.id).toBe('h');
    expect(f.trustedDomain?.id).toBe('d');
    expect(f.enterHomepage?.className).toContain('el-checkbox__input');
    expect(tickState(f.enterHomepage)).toBe(false);
  });

  it('returns null when only the hidden decoy exists (wizard page 1 showing)', () => {
    document.body.innerHTML = `<div style="display:none"><div>应用主页</div><input><div>可信域名</div><input></div>
      <div><div>企业客户</div><div>桃花岛</div><div>应用名称</div><div>EC营客通</div><a>下一步</a></div>`;
    expect(findWizardForm(document)).toBeNull();
  });
});

describe('fillWizard', () => {
  it('fills, ticks, keeps the template values and verifies after re-render', async () => {
    const { store, checks } = setupDivs();
    const { report } = await fillWizard(document, BUNDLE, { settle });
    expect(report.status).toBe('filled');
    expect(resultsOnly(report.rows)).toEqual({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'filled', callbackUrl: 'kept', token: 'kept', aesKey: 'kept' });
    // the page's own state took the values (not just the DOM)
    expect(store.home).toBe(HOME);
    expect(store.domain).toBe('html.workec.com');
    expect(checks.enter).toBe(true);
    // template values untouched
    expect(store.cb).toBe(CALLBACK);
    expect(store.token).toBe(TOKEN);
    expect(store.aes).toBe(AES);
    // decoy untouched
    expect(readValue($('#decoy-home'))).toBe('https://decoy.example/');
    expect(readValue($('#decoy-domain'))).toBe('decoy.example');
    // no secret values in the rows
    for (const r of report.rows.filter((x) => x.field === 'token' || x.field === 'aesKey')) {
      expect(r.before).toBeUndefined();
      expect(r.after).toBeUndefined();
    }
    expect(JSON.stringify(report)).not.toContain(TOKEN);
  });

  it('reports unchanged when the page already holds the values and the box is ticked', async () => {
    const { checks } = setupDivs({ home: HOME, domain: 'html.workec.com' }, { ticked: true });
    const { report } = await fillWizard(document, BUNDLE, { settle });
    expect(report.status).toBe('filled');
    expect(resultsOnly(report.rows)).toMatchObject({ homepage: 'unchanged', enterHomepage: 'unchanged', trustedDomain: 'unchanged' });
    expect(checks.enter).toBe(true); // not toggled off
  });

  it('a value the page reverts counts as failed, never filled', async () => {
    const { store } = setupDivs({}, { rejectDomain: true });
    const { report } = await fillWizard(document, BUNDLE, { settle });
    expect(report.status).toBe('partial');
    const row = report.rows.find((r) => r.field === 'trustedDomain')!;
    expect(row.result).toBe('failed');
    expect(row.message).toBeTruthy();
    expect(store.domain).toBe('');
    expect(report.rows.find((r) => r.field === 'homepage')!.result).toBe('filled');
  });

  it('waits for template defaults that arrive late, then fills (they cannot wipe the values)', async () => {
    const { store } = setupDivs({ cb: '', token: '', aes: '' });
    setTimeout(() => {
      // the defaults request answers: the page sets its whole form state (homepage included)
      Object.assign(store, { home: '', cb: CALLBACK, token: TOKEN, aes: AES });
      for (const id of ['#home', '#cb-url', '#token', '#aes']) $(id).dispatchEvent(new Event('blur'));
    }, 20);
    const { report } = await fillWizard(document, BUNDLE, { settle, waitMs: 2000 });
    expect(report.status).toBe('filled');
    expect(resultsOnly(report.rows)).toMatchObject({ homepage: 'filled', callbackUrl: 'kept', token: 'kept', aesKey: 'kept' });
    expect(store.home).toBe(HOME);
  });

  it('empty template defaults → failed rows with the reload advice, status partial', async () => {
    setupDivs({ cb: '', token: '', aes: '' });
    const { report } = await fillWizard(document, BUNDLE, { settle, waitMs: 30 });
    expect(report.status).toBe('partial');
    expect(resultsOnly(report.rows)).toMatchObject({ callbackUrl: 'failed', token: 'failed', aesKey: 'failed', homepage: 'filled' });
    expect(report.rows.find((r) => r.field === 'token')!.message).toMatch(/刷新/);
  });

  it('refuses an incomplete bundle and leaves the page untouched', async () => {
    const { store, checks } = setupDivs();
    const { report } = await fillWizard(document, { corpId: 'ww739fc538a1b2c3d4' }, { settle });
    expect(report.status).toBe('refused');
    expect(report.error).toMatch(/应用主页、可信域名/);
    expect(store.home).toBe('');
    expect(checks.enter).toBe(false);
  });

  it('refuses when no visible wizard form exists', async () => {
    document.body.innerHTML = `<div style="display:none"><div>应用主页</div><input id="x"><div>可信域名</div><input></div>`;
    const { report } = await fillWizard(document, BUNDLE, { settle, waitMs: 30 });
    expect(report.status).toBe('refused');
    expect(readValue($('#x'))).toBe('');
  });

  it('undo restores exactly what the fill changed and unticks only a box it ticked', async () => {
    const { store, checks } = setupDivs({ home: 'https://old.example/', domain: 'html.workec.com' });
    const { report, undo } = await fillWizard(document, BUNDLE, { settle });
    expect(resultsOnly(report.rows)).toMatchObject({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'unchanged' });
    const rows = await undo();
    expect(resultsOnly(rows)).toEqual({ homepage: 'filled', enterHomepage: 'filled' });
    expect(store.home).toBe('https://old.example/');
    expect(store.domain).toBe('html.workec.com');
    expect(checks.enter).toBe(false);
    expect(await undo()).toEqual([]); // once only
  });

  it('undo leaves a box alone that was already ticked before the fill', async () => {
    const { store, checks } = setupDivs({}, { ticked: true });
    const { undo } = await fillWizard(document, BUNDLE, { settle });
    const rows = await undo();
    expect(resultsOnly(rows)).toEqual({ homepage: 'filled', trustedDomain: 'filled' });
    expect(checks.enter).toBe(true);
    expect(store.home).toBe('');
  });

  it('undo keeps a value the user typed after the fill', async () => {
    const { store } = setupDivs();
    const { undo } = await fillWizard(document, BUNDLE, { settle });
    const el = $('#home');
    // the user edits the field by hand afterwards
    protoValue.set!.call(el, 'https://mine.example/');
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    const rows = await undo();
    expect(rows.find((r) => r.field === 'homepage')!.result).toBe('kept');
    expect(store.home).toBe('https://mine.example/');
  });
});

describe('planWizard (preview)', () => {
  it('shows now / will per field without secret values', () => {
    setupDivs({ home: 'https://old.example/' });
    const rows = planWizard(findWizardForm(document)!, BUNDLE);
    const by = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(by.homepage).toMatchObject({ now: 'https://old.example/', will: HOME, action: 'fill' });
    expect(by.enterHomepage.action).toBe('fill');
    expect(by.callbackUrl).toMatchObject({ now: CALLBACK, action: 'keep' });
    expect(by.token.action).toBe('keep');
    expect(JSON.stringify(rows)).not.toContain(TOKEN);
    expect(JSON.stringify(rows)).not.toContain(AES);
  });
});

describe('currentWizardForm (a fill looks once, then reuses what it found while it is intact)', () => {
  beforeEach(() => { document.body.innerHTML = ''; setLearned([]); });

  it('reuses the form found last while every control is still there and shown', () => {
    setupDivs();
    const f = findWizardForm(document)!;
    expect(currentWizardForm(document)).toBe(f);
  });

  it('searches again when a field was replaced, the form hidden, or the teaching changed', () => {
    setupDivs();
    const f = findWizardForm(document)!;
    // a framework re-created the 应用主页 input
    const fresh = document.createElement('input');
    fresh.id = 'home2';
    $('#home').replaceWith(fresh);
    const g = currentWizardForm(document)!;
    expect(g).not.toBe(f);
    expect(g.homepage?.id).toBe('home2');
    // the form is hidden: no form shows (only the decoy, which is hidden too)
    (document.querySelector('section.wizard') as HTMLElement).style.display = 'none';
    expect(currentWizardForm(document)).toBeNull();
    (document.querySelector('section.wizard') as HTMLElement).style.display = '';
    const h = currentWizardForm(document)!;
    expect(h.homepage?.id).toBe('home2');
    expect(currentWizardForm(document)).toBe(h);
    // the taught elements were set again (taught on the options page, say): searched again
    setLearned([]);
    expect(currentWizardForm(document)).not.toBe(h);
  });

  it('a page that hides the field typed into and shows a new one in its place: the fill reports the shown one', async () => {
    setupDivs();
    findWizardForm(document); // the preview found the form
    // typing into 可信域名 makes the page swap it for a fresh, empty input (the old one kept but hidden)
    $('#domain').addEventListener('input', () => queueMicrotask(() => {
      const old = $('#domain');
      if (!old || old.style.display === 'none') return;
      const fresh = document.createElement('input');
      fresh.id = 'domain-new';
      old.style.display = 'none';
      old.id = 'domain-old';
      old.after(fresh);
    }), { once: true });
    const { report } = await fillWizard(document, BUNDLE, { settle });
    const row = report.rows.find((r) => r.field === 'trustedDomain')!;
    expect(row.result).toBe('failed');
    expect(report.status).toBe('partial');
    expect((document.getElementById('domain-new') as HTMLInputElement).value).toBe('');
  });

  it('searches again when the form found last lacked a field (a late render may have added it)', () => {
    setupDivs();
    const tokenRow = $('#token').closest('.item')!;
    const saved = tokenRow.outerHTML;
    tokenRow.remove();
    const f = findWizardForm(document)!;
    expect(f.token).toBeNull();
    document.querySelector('#aes')!.closest('.item')!.insertAdjacentHTML('beforebegin', saved);
    const g = currentWizardForm(document)!;
    expect(g).not.toBe(f);
    expect(g.token?.id).toBe('token');
  });
});
