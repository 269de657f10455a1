// @vitest-environment happy-dom
// One press of 填写: bundle choice, refusals (page untouched), the ledger check and its override,
// fill.done without secret values; the route watcher; the background side of the panel.
import { describe, it, expect, vi } from 'vitest';
import { parseBundle } from '@/utils/bundle';
import { runFill, chooseBundle, storedChoice, type FillContext, type Send } from '@/utils/panel/flow';
import { watchPage, type WatchContext } from '@/utils/page/route-watch';
import { forwardFocusCommand, answerParse, initPanelCommands } from '@/utils/panel/commands-background';
import { permissionsReport } from '@/components/panel/permissions';
import type { Message } from '@/utils/messages';

import { PLAIN, sample, validSample } from '../../fixtures/bundles';
const parse = async (text: string) => parseBundle(text);
const TOKEN = 'Tk0123456789abcdefghijklmnopqrstu';

function wizardDom() {
  document.body.innerHTML = `
    <div class="form">
      <div class="r"><label>应用主页</label><div><input id="home"></div><label><input type="checkbox" id="enter"> 在微工作台中始终进入主页</label></div>
      <div class="r"><label>可信域名</label><div><input id="domain"></div></div>
      <div class="r"><label>代开发应用回调URL</label><div><input id="cb" value="https://callback-develop.workec.com/x"></div></div>
      <div class="r"><label>Token</label><div><input id="token" value="${TOKEN}"></div></div>
      <div class="r"><label>EncodingAESKey</label><div><input id="aes" value="${'k'.repeat(43)}"></div></div>
    </div>`;
}
const val = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

function ctx(over: Partial<FillContext> & { replies?: Record<string, unknown> } = {}) {
  const sent: Message[] = [];
  const send: Send = async (msg) => {
    sent.push(msg);
    const data = over.replies?.[msg.type] ?? (msg.type === 'ledger.check' ? { ok: true } : null);
    return { ok: true, data } as never;
  };
  const c: FillContext = {
    page: 'wizard-dev',
    doc: document,
    text: sample('valid-plain.txt'),
    stored: null,
    parse,
    customerName: '桃花岛',
    appId: 'dk1',
    overrides: new Set(),
    send,
    ...over,
  };
  return { c, sent };
}

describe('chooseBundle', () => {
  it('the paste box wins over the stored bundle; blank box → stored; nothing → refusal', async () => {
    const stored = { corpId: 'ww01707cf2a8b83ec5', name: '归云庄', bundle: { corpId: 'ww01707cf2a8b83ec5', menus: [] } };
    const fromText = await chooseBundle(sample('valid-plain.txt'), stored, parse);
    expect(fromText.ok && fromText.from === 'text' && fromText.bundle.corpId).toBe(PLAIN.corpId);
    const fromStored = await chooseBundle('  \n ', stored, parse);
    expect(fromStored.ok && fromStored.from === 'stored' && fromStored.missing).toEqual(['应用主页', '可信域名']);
    const none = storedChoice(null);
    expect(none.ok).toBe(false);
  });
});

describe('runFill on the wizard', () => {
  it('fills, logs fill.done with field → result only (no Token value)', async () => {
    wizardDom();
    const { c, sent } = ctx();
    const out = await runFill(c);
    expect(out.report.status).toBe('filled');
    expect(val('home')).toBe(PLAIN.homepage);
    expect((document.getElementById('enter') as HTMLInputElement).checked).toBe(true);
    expect(sent.map((m) => m.type)).toEqual(['ledger.check', 'fill.done']);
    const done = sent[1] as Extract<Message, { type: 'fill.done' }>;
    expect(done).toMatchObject({ page: 'wizard', corpId: PLAIN.corpId, name: '桃花岛', appId: 'dk1', status: 'filled' });
    expect(done.override).toBeUndefined();
    expect(done.fields).toEqual({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'filled', callbackUrl: 'kept', token: 'kept', aesKey: 'kept' });
    expect(JSON.stringify(sent)).not.toContain(TOKEN);
    expect(out.undo).toBeTypeOf('function');
  });

  it.each(['invalid-http.txt', 'invalid-placeholder.txt', 'invalid-chat-text.txt', 'invalid-domain-mismatch.txt', 'invalid-foreign-host.txt', 'invalid-mixed-corp.txt'])('refuses %s with the parser message, page untouched', async (name) => {
    wizardDom();
    const { c, sent } = ctx({ text: sample(name) });
    const out = await runFill(c);
    expect(out.report.status).toBe('refused');
    expect(out.report.error!.length).toBeGreaterThan(5);
    expect(val('home')).toBe('');
    expect(sent.filter((m) => m.type !== 'fill.done')).toEqual([]);
  });

  it('refuses an empty box with nothing stored, and an incomplete bundle naming what is missing', async () => {
    wizardDom();
    let out = await runFill(ctx({ text: '' }).c);
    expect(out.report).toMatchObject({ status: 'refused' });
    expect(out.report.error).toMatch(/粘贴框是空的/);
    out = await runFill(ctx({ text: sample('incomplete-no-homepage.txt') }).c);
    expect(out.report.status).toBe('refused');
    expect(out.report.error).toContain('缺少 应用主页、可信域名');
    expect(val('home')).toBe('');
  });

  it('uses the stored bundle when the box is empty', async () => {
    wizardDom();
    const r = parseBundle(sample('valid-fullwidth-crlf.txt'));
    if (!r.ok) throw new Error('sample');
    const out = await runFill(ctx({ text: '', stored: { corpId: r.bundle.corpId, name: '归云庄', bundle: r.bundle } }).c);
    expect(out.report.status).toBe('filled');
    expect(val('home')).toContain(validSample('valid-fullwidth-crlf.txt').corpId);
  });

  it('a ledger conflict refuses (overridable, naming both), an override fills and is logged', async () => {
    wizardDom();
    const replies = { 'ledger.check': { ok: false, reason: 'corp-other-customer', otherName: '桃花岛' } };
    let { c, sent } = ctx({ customerName: '光明顶', replies });
    let out = await runFill(c);
    expect(out.report).toMatchObject({ status: 'refused', overridable: true });
    expect(out.reason).toBe('ledger');
    expect(out.report.error).toContain('桃花岛');
    expect(out.report.error).toContain('光明顶');
    expect(out.report.error).toContain(PLAIN.corpId);
    expect(val('home')).toBe('');
    ({ c, sent } = ctx({ customerName: '光明顶', replies, overrides: new Set(['ledger']) }));
    out = await runFill(c);
    expect(out.report.status).toBe('filled');
    expect(sent.map((m) => m.type)).toEqual(['fill.done']); // no ledger check when overridden
    expect(sent[0]).toMatchObject({ override: true, status: 'filled' });
  });

  it('customer-other-corp names the recorded corp id', async () => {
    wizardDom();
    const out = await runFill(ctx({ replies: { 'ledger.check': { ok: false, reason: 'customer-other-corp', otherCorpId: 'ww01707cf2a8b83ec5' } } }).c);
    expect(out.report.error).toContain('ww01707cf2a8b83ec5');
    expect(out.report.error).toContain(PLAIN.corpId);
  });

  it('refuses on pages without a form', async () => {
    for (const page of ['app-detail', 'template-detail'] as const) {
      const out = await runFill(ctx({ page }).c);
      expect(out.report.status).toBe('refused');
      expect(out.report.error).toMatch(/此页面没有可填写的表单/);
    }
  });
});

describe('runFill on the menu editor', () => {
  it('passes the menus and the overwrite override to fillMenus; an overridable refusal is offered', async () => {
    const fillMenus = vi.fn(async (_d: Document, _m: { name: string; url: string }[], opts: { overwrite?: boolean }) =>
      opts.overwrite
        ? { report: { status: 'filled' as const, rows: [{ field: 'menu-1', result: 'filled' as const }] }, undo: async () => [] }
        : { report: { status: 'refused' as const, rows: [], error: '已有不同的菜单', overridable: true }, undo: async () => [] },
    );
    const first = await runFill(ctx({ page: 'menu-editor', fillMenus }).c);
    expect(first.reason).toBe('overwrite');
    expect(fillMenus.mock.calls[0][1].map((m) => m.name)).toEqual(['批量加减', '企信客户']);
    const second = await runFill(ctx({ page: 'menu-editor', fillMenus, overrides: new Set(['overwrite']) }).c);
    expect(second.report.status).toBe('filled');
    expect(fillMenus.mock.calls[1][2]).toEqual({ overwrite: true });
    expect(second.logged).toMatchObject({ type: 'fill.done', page: 'menus', override: true, fields: { 'menu-1': 'filled' } });
  });

  it('refuses a bundle without menu lines', async () => {
    const fillMenus = vi.fn();
    const out = await runFill(ctx({ page: 'menu-editor', fillMenus, text: '应用主页: https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww739fc538a1b2c3d4\n可信域名: html.workec.com' }).c);
    expect(out.report.status).toBe('refused');
    expect(fillMenus).not.toHaveBeenCalled();
  });
});

describe('permissionsReport', () => {
  it('counts ticked / already / total', () => {
    expect(permissionsReport({ total: 18, ticked: 14, alreadyTicked: 4, failed: 0 })).toMatchObject({ status: 'filled', rows: [{ field: 'permissions', result: 'filled' }] });
    expect(permissionsReport({ total: 18, ticked: 0, alreadyTicked: 18, failed: 0 }).rows[0].result).toBe('unchanged');
    expect(permissionsReport({ total: 18, ticked: 10, alreadyTicked: 4, failed: 4 })).toMatchObject({ status: 'partial', rows: [{ result: 'failed' }] });
    expect(permissionsReport({ total: 18, ticked: 14, alreadyTicked: 4, failed: 0 }).rows[0].message).toContain('14');
  });
});

describe('watchPage', () => {
  function fakeCtx() {
    const listeners: [EventTarget, string, (e: Event) => void][] = [];
    const invalid: (() => void)[] = [];
    const c: WatchContext & { invalidate(): void } = {
      isValid: true,
      addEventListener(t, type, h) {
        listeners.push([t, type, h]);
        t.addEventListener(type, h);
      },
      onInvalidated(cb) {
        invalid.push(cb);
        return () => undefined;
      },
      invalidate() {
        (this as { isValid: boolean }).isValid = false;
        for (const cb of invalid) cb();
        for (const [t, type, h] of listeners) t.removeEventListener(type, h);
      },
    };
    return c;
  }
  const frame = () => new Promise((r) => setTimeout(r, 40));

  it('scans once now, then once per burst of mutations / route changes, and stops when invalidated', async () => {
    const c = fakeCtx();
    const scan = vi.fn();
    watchPage(c, window, scan);
    expect(scan).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('div'));
    await frame();
    expect(scan).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('hashchange'));
    await frame();
    expect(scan).toHaveBeenCalledTimes(3);
    c.invalidate();
    document.body.append(document.createElement('div'));
    window.dispatchEvent(new Event('hashchange'));
    await frame();
    expect(scan).toHaveBeenCalledTimes(3);
  });
});

describe('watchPage hold (a fill holds scans back)', () => {
  it('a held watcher scans nothing; on release, once for everything that changed meanwhile', async () => {
    const c: WatchContext = { isValid: true, addEventListener: (t, type, h, o) => t.addEventListener(type, h, o), onInvalidated: () => () => undefined };
    const scan = vi.fn();
    const w = watchPage(c, window, scan);
    expect(scan).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('div')); // a scan is pending …
    const release = w.hold(); // … and held back with the rest
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 40));
    expect(scan).toHaveBeenCalledTimes(1);
    release();
    release(); // a second release is a no-op
    await new Promise((r) => setTimeout(r, 40));
    expect(scan).toHaveBeenCalledTimes(2);
    // nothing changed while held: nothing to scan on release
    const again = w.hold();
    again();
    await new Promise((r) => setTimeout(r, 40));
    expect(scan).toHaveBeenCalledTimes(2);
    w.stop();
  });
});

describe('runFill and the ledger asked ahead', () => {
  it('uses the answer given before the press (no message at the press); a refusal asked ahead still refuses', async () => {
    wizardDom();
    const asked: unknown[] = [];
    let verdict: { ok: boolean; reason?: string; otherName?: string } = { ok: true };
    const ledger = { check: async (q: unknown) => (asked.push(q), { ok: true as const, data: verdict as never }) };
    let { c, sent } = ctx({ ledger });
    let out = await runFill(c);
    expect(out.report.status).toBe('filled');
    expect(asked).toEqual([{ corpId: PLAIN.corpId, name: '桃花岛', appId: 'dk1' }]);
    expect(sent.map((m) => m.type)).toEqual(['fill.done']);
    wizardDom();
    verdict = { ok: false, reason: 'corp-other-customer', otherName: '光明顶' };
    ({ c, sent } = ctx({ ledger }));
    out = await runFill(c);
    expect(out.report).toMatchObject({ status: 'refused', overridable: true });
    expect(out.reason).toBe('ledger');
    expect(val('home')).toBe('');
  });
});

describe('panel background', () => {
  it('forwards the focus command to the active tab, and survives a tab without the panel', async () => {
    const sendMessage = vi.fn(async () => true);
    expect(await forwardFocusCommand({ query: async () => [{ id: 7 }], sendMessage })).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'panel.focusBundleInput' });
    expect(await forwardFocusCommand({ query: async () => [{ id: 8 }], sendMessage: async () => { throw new Error('Receiving end does not exist'); } })).toBe(false);
    expect(await forwardFocusCommand({ query: async () => [], sendMessage })).toBe(false);
  });

  it('registers the command and the parse port; answers parse requests with the allowed hosts', async () => {
    const onCommand: ((c: string) => void)[] = [];
    const onConnect: ((p: unknown) => void)[] = [];
    const sendMessage = vi.fn(async () => true);
    initPanelCommands({
      commands: { onCommand: { addListener: (cb) => onCommand.push(cb) } },
      tabs: { query: async () => [{ id: 3 }], sendMessage },
      runtime: { id: 'x', onConnect: { addListener: (cb) => onConnect.push(cb as never) } },
    });
    onCommand[0]('focus-bundle-input');
    await new Promise((r) => setTimeout(r, 0));
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'panel.focusBundleInput' });

    const reply = await answerParse({ id: 4, text: sample('valid-plain.txt') }, async () => ['html.workec.com']);
    expect(reply).toMatchObject({ id: 4, result: { ok: true, bundle: { corpId: PLAIN.corpId } } });
    const foreign = await answerParse({ id: 5, text: sample('valid-plain.txt') }, async () => ['other.example.com']);
    expect(foreign?.result.ok).toBe(false);
    expect(await answerParse({ nope: 1 }, async () => undefined)).toBeNull();
    expect((await answerParse({ id: 6, text: 'x'.repeat(30000) }, async () => undefined))?.result.ok).toBe(false);
  });
});
