// @vitest-environment happy-dom
// The guard's interception on happy-dom: the page's own handlers never run for a guarded gesture,
// exactly one record per gesture, confirm replays one real click, orphan and stand-down behaviour.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { startGuard, type AttemptMessage, type GuardInstance } from '@/utils/guard/runtime';
import { loadTexts } from '@/utils/guard/texts';
import { createGuardUi } from '@/utils/guard/ui';
import { UI_KEY } from '@/utils/guard/ui-api';
import { DEFAULT_POLICIES, type PolicyMap } from '@/utils/guard/policy';
// The guard's UI (entrypoints/guard-ui.content.ts in the extension) hands itself over on UI_KEY.
(window as unknown as Record<string, unknown>)[UI_KEY] = createGuardUi(loadTexts());

const PAGE_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keyup'];
let guards: GuardInstance[] = [];
let sent: AttemptMessage[] = [];
let pageCalls: string[] = [];

function page(markup: string) {
  history.replaceState(null, '', '/wwopen/developer#/sass/customApp/tpl/info?id=1');
  document.body.innerHTML = markup;
  for (const el of Array.from(document.querySelectorAll('[data-h]'))) {
    for (const t of PAGE_EVENTS) el.addEventListener(t, () => pageCalls.push(`${el.getAttribute('data-h')}:${t}`));
  }
}
// happy-dom has no chrome.dom.openOrClosedShadowRoot: remember every shadow root attached instead.
const roots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) { const r = attach.call(this, init); roots.set(this, r); return r; };
const openRoot = (h: Element) => roots.get(h) ?? null;
function guard(opts: { alive?: () => boolean; send?: (m: AttemptMessage) => Promise<unknown>; policies?: Partial<PolicyMap>; trust?: (e: Event) => boolean; loadUi?: () => Promise<unknown> } = {}) {
  const g = startGuard({
    loadUi: opts.loadUi,
    openRoot,
    // happy-dom's dispatched events are never trusted: these tests stand in for the user.
    trust: opts.trust ?? (() => true),
    win: window,
    alive: opts.alive ?? (() => true),
    send: opts.send ?? (async (m) => { sent.push(m); return { ok: true }; }),
    policies: { ...DEFAULT_POLICIES, ...opts.policies },
  });
  guards.push(g);
  return g;
}
function click(el: Element) {
  const o = { bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new PointerEvent('pointerdown', { ...o, pointerType: 'mouse' }));
  el.dispatchEvent(new MouseEvent('mousedown', o));
  el.dispatchEvent(new PointerEvent('pointerup', { ...o, pointerType: 'mouse' }));
  el.dispatchEvent(new MouseEvent('mouseup', o));
  el.dispatchEvent(new MouseEvent('click', o));
}
function key(el: Element, type: string, k: string, extra: KeyboardEventInit = {}) {
  el.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, composed: true, ...extra }));
}
const ui = () => document.querySelector('ec-guard-ui')?.shadowRoot ?? null;
const hook = (id: string) => (ui()?.querySelector(`[data-testid="${id}"]`) ?? null) as HTMLElement | null;
const flush = () => new Promise((r) => setTimeout(r, 0));

const RESET = `<div><a href="javascript:;" id="reset" data-h="reset"><i id="icon">↻</i><span id="text">重置二维码</span></a>
  <button id="plain" data-h="plain">刷新列表</button></div>`;
const CALLBACK = `<div><div><div>回调配置</div><a href="javascript:;" id="edit" data-h="edit"><span>编辑</span></a></div></div>`;

beforeEach(() => { sent = []; pageCalls = []; });
afterEach(() => { guards.forEach((g) => g.stop()); guards = []; document.querySelector('ec-guard-ui')?.remove(); });

describe('block', () => {
  it('a full mouse click on the inner span never reaches the page; one record; a notice', async () => {
    page(RESET);
    guard();
    click(document.querySelector('#text')!);
    await flush();
    expect(pageCalls).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ action: 'reset-qr', outcome: 'blocked', label: '重置二维码' });
    expect(sent[0].page).toContain('#/sass/customApp/tpl/info');
    const n = hook('ec-guard-notice');
    expect(n?.getAttribute('data-action')).toBe('reset-qr');
    expect(n?.textContent).toContain('模板和二维码由所有同事共用');
    expect(n?.textContent).toContain('联系实施主管');
    expect(document.querySelector('ec-guard-ui')?.parentElement).toBe(document.documentElement); // outside a page's <body>
  });
  it('two clicks in a row are two records (not merged by time); the notice is replaced, not queued', async () => {
    page(RESET);
    guard();
    click(document.querySelector('#icon')!);
    click(document.querySelector('#reset')!);
    await flush();
    expect(sent.map((m) => m.outcome)).toEqual(['blocked', 'blocked']);
    expect(ui()!.querySelectorAll('[data-testid="ec-guard-notice"]')).toHaveLength(1);
  });
  it('Enter and Space on the focused control: blocked, one record per key press; IME Enter ignored', async () => {
    page(RESET);
    guard();
    const a = document.querySelector('#reset')!;
    key(a, 'keydown', 'Enter');
    key(a, 'keydown', 'Enter', { repeat: true });
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    key(a, 'keyup', 'Enter');
    key(a, 'keydown', ' ');
    key(a, 'keyup', ' ');
    await flush();
    expect(pageCalls).toEqual([]);
    expect(sent).toHaveLength(2);
    key(a, 'keydown', 'Enter', { isComposing: true });
    key(a, 'keydown', 'Tab');
    expect(pageCalls).toEqual(['reset:keydown', 'reset:keydown']);
    expect(sent).toHaveLength(2);
  });
  it('ordinary controls are untouched and unrecorded', async () => {
    page(RESET);
    guard();
    click(document.querySelector('#plain')!);
    await flush();
    expect(pageCalls).toEqual(['plain:pointerdown', 'plain:mousedown', 'plain:pointerup', 'plain:mouseup', 'plain:click']);
    expect(sent).toHaveLength(0);
    expect(hook('ec-guard-notice')).toBeNull();
  });
  it('a form submitted by a guarded submit button is stopped', async () => {
    page(`<h2>代开发应用模板详情</h2><form id="f"><button type="submit" id="s">保存</button></form>`);
    let submitted = 0;
    document.querySelector('#f')!.addEventListener('submit', (e) => { e.preventDefault(); submitted++; });
    guard();
    const ev = new Event('submit', { bubbles: true, cancelable: true }) as SubmitEvent;
    Object.defineProperty(ev, 'submitter', { value: document.querySelector('#s') });
    document.querySelector('#f')!.dispatchEvent(ev);
    await flush();
    expect(submitted).toBe(0);
    expect(sent[0]).toMatchObject({ action: 'edit-template', outcome: 'blocked' });
  });
  it('policies change at once (setPolicies), without a new guard', async () => {
    page(RESET);
    const g = guard();
    g.setPolicies({ ...DEFAULT_POLICIES, 'reset-qr': 'allow' });
    click(document.querySelector('#reset')!);
    await flush();
    expect(pageCalls.filter((c) => c.endsWith(':click'))).toEqual(['reset:click']);
    expect(sent.map((m) => m.outcome)).toEqual(['allowed']);
  });
});

describe('confirm', () => {
  it('the dialog names the action; cancel leaves the page untouched and records cancelled', async () => {
    page(CALLBACK);
    guard();
    click(document.querySelector('#edit span')!);
    const d = hook('ec-guard-dialog')!;
    expect(d.getAttribute('data-action')).toBe('edit-callback');
    expect(d.textContent).toContain('编辑回调配置');
    expect((hook('ec-guard-confirm') as HTMLButtonElement).disabled).toBe(true);
    hook('ec-guard-cancel')!.click();
    await flush();
    expect(hook('ec-guard-dialog')).toBeNull();
    expect(pageCalls).toEqual([]);
    expect(sent.map((m) => `${m.action}:${m.outcome}`)).toEqual(['edit-callback:cancelled']);
  });
  it('Esc cancels; a stray or composing Enter never accepts', async () => {
    page(CALLBACK);
    guard();
    click(document.querySelector('#edit')!);
    const input = hook('ec-guard-input') as HTMLInputElement;
    key(input, 'keydown', 'Enter');
    expect(hook('ec-guard-dialog')).not.toBeNull();
    input.value = hook('ec-guard-phrase')!.textContent!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    key(input, 'keydown', 'Enter', { isComposing: true });
    expect(hook('ec-guard-dialog')).not.toBeNull();
    key(input, 'keydown', 'Escape');
    await flush();
    expect(hook('ec-guard-dialog')).toBeNull();
    expect(pageCalls).toEqual([]);
    expect(sent.map((m) => m.outcome)).toEqual(['cancelled']);
  });
  it('typing the phrase enables confirm, which replays exactly one real click sequence', async () => {
    page(CALLBACK);
    guard();
    click(document.querySelector('#edit span')!);
    const input = hook('ec-guard-input') as HTMLInputElement;
    input.value = '我确认';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect((hook('ec-guard-confirm') as HTMLButtonElement).disabled).toBe(true);
    input.value = ' 我确认修改 ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect((hook('ec-guard-confirm') as HTMLButtonElement).disabled).toBe(false);
    hook('ec-guard-confirm')!.click();
    await flush();
    expect(pageCalls).toEqual(['edit:pointerdown', 'edit:mousedown', 'edit:pointerup', 'edit:mouseup', 'edit:click']);
    expect(sent.map((m) => m.outcome)).toEqual(['confirmed']);
    // The guard is back at once: the next click is asked about again.
    click(document.querySelector('#edit')!);
    expect(hook('ec-guard-dialog')).not.toBeNull();
  });
});

describe('without the guard UI (a frame whose top is not the backend)', () => {
  it('a forbidden click and a confirm action are still stopped and recorded (blocked), with nothing drawn', async () => {
    const w = window as unknown as Record<string, unknown>;
    const saved = w[UI_KEY];
    delete w[UI_KEY];
    try {
      page(RESET + CALLBACK);
      guard();
      click(document.querySelector('#text')!);
      click(document.querySelector('#edit')!);
      await flush();
      expect(pageCalls).toEqual([]);
      expect(sent.map((m) => `${m.action}:${m.outcome}`)).toEqual(['reset-qr:blocked', 'edit-callback:blocked']);
      expect(document.querySelector('ec-guard-ui')).toBeNull();
    } finally {
      w[UI_KEY] = saved;
    }
  });
});

describe('guard UI injected on demand (none reachable from this frame)', () => {
  it('asks once; the notice and the dialog show when it is there; records carry its wording', async () => {
    const w = window as unknown as Record<string, unknown>;
    const saved = w[UI_KEY];
    delete w[UI_KEY];
    let asked = 0;
    try {
      page(RESET + CALLBACK);
      guard({ loadUi: async () => { asked++; await flush(); w[UI_KEY] = saved; } });
      click(document.querySelector('#text')!);
      expect(hook('ec-guard-notice')).toBeNull(); // not yet: the UI is on its way
      expect(pageCalls).toEqual([]); // stopped at once all the same
      await flush(); await flush();
      expect(hook('ec-guard-notice')?.getAttribute('data-action')).toBe('reset-qr');
      expect(sent.map((m) => `${m.action}:${m.outcome}`)).toEqual(['reset-qr:blocked']);
      click(document.querySelector('#edit')!);
      expect(hook('ec-guard-dialog')?.getAttribute('data-action')).toBe('edit-callback'); // now at once
      expect(asked).toBe(1);
    } finally {
      w[UI_KEY] = saved;
    }
  });
  it('an injection that fails leaves the attempt stopped and recorded', async () => {
    const w = window as unknown as Record<string, unknown>;
    const saved = w[UI_KEY];
    delete w[UI_KEY];
    try {
      page(CALLBACK);
      guard({ loadUi: async () => { throw new Error('Cannot access contents of the page'); } });
      click(document.querySelector('#edit')!);
      await flush(); await flush();
      expect(pageCalls).toEqual([]);
      expect(sent.map((m) => `${m.action}:${m.outcome}`)).toEqual(['edit-callback:blocked']);
      expect(document.querySelector('ec-guard-ui')).toBeNull();
    } finally {
      w[UI_KEY] = saved;
    }
  });
});

describe('confirm timing', () => {
  it('the dialog opens when the gesture ends (its click), not under the pressed mouse', async () => {
    page(CALLBACK);
    guard();
    const el = document.querySelector('#edit')!;
    const o = { bubbles: true, cancelable: true, composed: true };
    el.dispatchEvent(new PointerEvent('pointerdown', { ...o, pointerType: 'mouse' }));
    expect(hook('ec-guard-dialog')).toBeNull();
    el.dispatchEvent(new PointerEvent('pointerup', { ...o, pointerType: 'mouse' }));
    expect(hook('ec-guard-dialog')).toBeNull();
    el.dispatchEvent(new MouseEvent('click', o));
    expect(hook('ec-guard-dialog')).not.toBeNull();
    expect(pageCalls).toEqual([]);
  });
  it('a press that never ends in a click (a page acting on mousedown) still gets its question', async () => {
    vi.useFakeTimers();
    try {
      page(CALLBACK);
      guard();
      document.querySelector('#edit')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      expect(hook('ec-guard-dialog')).toBeNull();
      vi.advanceTimersByTime(600);
      expect(hook('ec-guard-dialog')).not.toBeNull();
      expect(pageCalls).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('orphaned guard (extension reloaded under it)', () => {
  it('keeps blocking with the last policy, asks for a reload, sends nothing', async () => {
    page(RESET);
    const send = vi.fn();
    guard({ alive: () => false, send });
    click(document.querySelector('#reset')!);
    await flush();
    expect(pageCalls).toEqual([]);
    expect(send).not.toHaveBeenCalled();
    expect(hook('ec-guard-notice')?.textContent).toContain('请刷新本页');
  });
  it('"Extension context invalidated" from sendMessage turns the notice into a reload request', async () => {
    page(RESET);
    const g = guard({ send: () => Promise.reject(new Error('Extension context invalidated.')) });
    click(document.querySelector('#reset')!);
    await flush();
    expect(g.orphaned).toBe(true);
    expect(hook('ec-guard-notice')?.textContent).toContain('请刷新本页');
    click(document.querySelector('#reset')!);
    expect(pageCalls).toEqual([]);
  });
});

describe('stand-down', () => {
  it('a newer instance makes the older one remove its listeners and UI: one dialog, one record', async () => {
    page(CALLBACK);
    const old = guard({ send: async (m) => { sent.push({ ...m, label: 'old' }); } });
    click(document.querySelector('#edit')!);
    expect(hook('ec-guard-dialog')).not.toBeNull();
    guard();
    expect(old.stopped).toBe(true);
    expect(hook('ec-guard-dialog')).toBeNull();
    click(document.querySelector('#edit')!);
    expect(ui()!.querySelectorAll('[data-testid="ec-guard-dialog"]')).toHaveLength(1);
    hook('ec-guard-cancel')!.click();
    await flush();
    expect(sent).toHaveLength(1);
    expect(sent[0].label).not.toBe('old');
    expect(pageCalls).toEqual([]);
  });
});

describe('the page cannot make the guard stand down (issue 15.1)', () => {
  it('forged start events (the guard\'s old token event, WXT\'s content-script-started) change nothing', async () => {
    page(RESET);
    const g = guard();
    document.dispatchEvent(new CustomEvent('ec-guard:started', { detail: 'ec-guard-7f3a:evil' }));
    document.dispatchEvent(new CustomEvent('undefined:guard:wxt:content-script-started', { detail: { contentScriptName: 'guard', messageId: 'evil' } }));
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'guard', messageId: 'evil' }, '*');
    // A page-made marker, or a stand-down event on the real marker, reaches no port.
    const fake = document.createElement('ec-guard-mark');
    document.documentElement.append(fake);
    document.querySelectorAll('ec-guard-mark').forEach((m) => m.dispatchEvent(new Event('ec-guard-stand-down')));
    await flush();
    expect(g.stopped).toBe(false);
    click(document.querySelector('#reset')!);
    await flush();
    expect(pageCalls).toEqual([]);
    expect(sent).toHaveLength(1);
    fake.remove();
  });
  it('the marker lives in a closed shadow root (the page sees no port)', () => {
    page(RESET);
    guard();
    const m = document.querySelector('ec-guard-mark')!;
    expect(m).not.toBeNull();
    expect(m.shadowRoot).toBeNull();
  });
});

describe('the extension\'s own in-page UI', () => {
  it('clicks inside another ec-… shadow host (the panel) are never guarded', async () => {
    page(`<h2>代开发应用模板详情</h2>`);
    const host = document.createElement('ec-helper-panel');
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = '<button id="s">保存</button>';
    document.body.append(host);
    let clicks = 0;
    sr.querySelector('#s')!.addEventListener('click', () => clicks++);
    guard();
    click(sr.querySelector('#s')!);
    await flush();
    expect(clicks).toBe(1);
    expect(sent).toHaveLength(0);
  });
});

describe('controls the page hides (issue 15.3)', () => {
  it('a control inside a closed shadow root: the host is the target, the guard opens the root and blocks', async () => {
    page('<div><ww-op id="host"></ww-op><button id="plain" data-h="plain">刷新列表</button></div>');
    const host = document.querySelector('#host')!;
    const sr = host.attachShadow({ mode: 'closed' });
    sr.innerHTML = '<button id="in"><i>↻</i><span>重置二维码</span></button>';
    const inner = sr.querySelector('#in')!;
    for (const t of PAGE_EVENTS) inner.addEventListener(t, () => pageCalls.push(`in:${t}`));
    (sr as unknown as { elementFromPoint(x: number, y: number): Element | null }).elementFromPoint = () => inner;
    guard();
    // What a window listener sees for a closed root: the event retargeted to the host.
    const o = { bubbles: true, cancelable: true, composed: true, clientX: 5, clientY: 5 };
    host.dispatchEvent(new PointerEvent('pointerdown', { ...o, pointerType: 'mouse' }));
    host.dispatchEvent(new MouseEvent('mousedown', o));
    host.dispatchEvent(new MouseEvent('click', o));
    await flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ action: 'reset-qr', outcome: 'blocked' });
  });
  it('document.open() in the frame erases listeners: the guard arms itself again', async () => {
    page(RESET);
    guard();
    // happy-dom keeps listeners across document.open; simulate the erase, then the <html> swap.
    const added: Array<[string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined]> = [];
    const orig = window.addEventListener.bind(window);
    window.addEventListener = ((t: string, l: EventListenerOrEventListenerObject, op?: boolean | AddEventListenerOptions) => { added.push([t, l, op]); orig(t, l, op); }) as typeof window.addEventListener;
    const html = document.documentElement;
    document.removeChild(html);
    document.appendChild(html);
    await flush();
    window.addEventListener = orig;
    expect(added.map((a) => a[0])).toContain('click');
    expect(document.querySelector('ec-guard-mark')).not.toBeNull();
  });
});

describe('audit gap after an update (issue 15.6)', () => {
  it('what an orphan blocks is queued and sent once by the next copy in the frame', async () => {
    page(RESET);
    const oldSend = vi.fn();
    guard({ alive: () => false, send: oldSend });
    click(document.querySelector('#reset')!);
    click(document.querySelector('#text')!);
    await flush();
    expect(oldSend).not.toHaveBeenCalled();
    expect(pageCalls).toEqual([]);
    guard(); // the re-injected copy
    await flush();
    expect(sent.map((m) => `${m.action}:${m.outcome}`)).toEqual(['reset-qr:blocked', 'reset-qr:blocked']);
    expect(new Set(sent.map((m) => m.gestureId)).size).toBe(2);
    guard(); // yet another copy: nothing is sent twice
    await flush();
    expect(sent).toHaveLength(2);
    // The queue never touches page-readable storage.
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });
  it('a send that fails with "Extension context invalidated" is queued too', async () => {
    page(RESET);
    guard({ send: () => Promise.reject(new Error('Extension context invalidated.')) });
    click(document.querySelector('#reset')!);
    await flush();
    guard();
    await flush();
    expect(sent).toHaveLength(1);
  });
});

describe('only the user answers the dialog (issue 15.7)', () => {
  it('a page script typing the phrase and pressing 继续 / Enter does not confirm; the user still can', async () => {
    page(CALLBACK);
    guard({ trust: (e) => !(e as Event & { fromPage?: boolean }).fromPage });
    click(document.querySelector('#edit')!);
    const input = hook('ec-guard-input') as HTMLInputElement;
    const phrase = hook('ec-guard-phrase')!.textContent!;
    const page$ = <E extends Event>(e: E) => Object.assign(e, { fromPage: true });
    input.value = phrase;
    input.dispatchEvent(page$(new Event('input', { bubbles: true })));
    expect((hook('ec-guard-confirm') as HTMLButtonElement).disabled).toBe(true);
    hook('ec-guard-confirm')!.removeAttribute('disabled');
    hook('ec-guard-confirm')!.dispatchEvent(page$(new MouseEvent('click', { bubbles: true })));
    input.dispatchEvent(page$(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await flush();
    expect(hook('ec-guard-dialog')).not.toBeNull();
    expect(pageCalls).toEqual([]);
    expect(sent).toHaveLength(0);
    // The user types it: now it goes on.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    hook('ec-guard-confirm')!.click();
    await flush();
    expect(sent.map((m) => m.outcome)).toEqual(['confirmed']);
  });
  it('by default (event.isTrusted) a script click on 继续 does nothing', async () => {
    page(CALLBACK);
    guards.push(startGuard({ win: window, alive: () => true, send: async (m) => { sent.push(m); }, openRoot }));
    click(document.querySelector('#edit')!);
    const input = hook('ec-guard-input') as HTMLInputElement;
    input.value = hook('ec-guard-phrase')!.textContent!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    hook('ec-guard-confirm')!.click();
    await flush();
    expect(sent).toHaveLength(0);
    expect(hook('ec-guard-dialog')).not.toBeNull();
  });
});

describe('a confirmed javascript: link (issue 15.10)', () => {
  it('is not replayed (it could not run) nor recorded as confirmed; the user\'s next click passes once and is recorded', async () => {
    page(`<div><div><div>回调配置</div><a href="javascript:doEdit()" id="edit" data-h="edit"><span>编辑</span></a></div></div>`);
    guard();
    click(document.querySelector('#edit span')!);
    const input = hook('ec-guard-input') as HTMLInputElement;
    input.value = hook('ec-guard-phrase')!.textContent!;
    input.dispatchEvent(new Event('input'));
    hook('ec-guard-confirm')!.click();
    await flush();
    expect(pageCalls).toEqual([]);
    expect(sent).toHaveLength(0);
    expect(hook('ec-guard-notice')?.textContent).toContain('再点击一次');
    expect(hook('ec-guard-dialog')).toBeNull();
    click(document.querySelector('#edit span')!);
    await flush();
    expect(pageCalls).toEqual(['edit:pointerdown', 'edit:mousedown', 'edit:pointerup', 'edit:mouseup', 'edit:click']);
    expect(sent.map((m) => m.outcome)).toEqual(['confirmed']);
    // Only once: the click after that is guarded again.
    click(document.querySelector('#edit span')!);
    expect(hook('ec-guard-dialog')).not.toBeNull();
  });
  it('javascript:; handler links are still replayed', async () => {
    page(CALLBACK);
    guard();
    click(document.querySelector('#edit')!);
    const input = hook('ec-guard-input') as HTMLInputElement;
    input.value = hook('ec-guard-phrase')!.textContent!;
    input.dispatchEvent(new Event('input'));
    hook('ec-guard-confirm')!.click();
    await flush();
    expect(pageCalls).toContain('edit:click');
    expect(sent.map((m) => m.outcome)).toEqual(['confirmed']);
  });
});

describe('not an activation (issue 15.12)', () => {
  it('right and middle clicks and the context menu reach the page, nothing is logged', async () => {
    page(RESET);
    guard();
    const el = document.querySelector('#text')!;
    let menu = 0;
    document.querySelector('#reset')!.addEventListener('contextmenu', () => menu++);
    for (const button of [2, 1]) {
      const o = { bubbles: true, cancelable: true, composed: true, button, buttons: button === 2 ? 2 : 4 };
      el.dispatchEvent(new PointerEvent('pointerdown', { ...o, pointerType: 'mouse' }));
      el.dispatchEvent(new MouseEvent('mousedown', o));
      el.dispatchEvent(new PointerEvent('pointerup', { ...o, pointerType: 'mouse' }));
      el.dispatchEvent(new MouseEvent('mouseup', o));
      el.dispatchEvent(new MouseEvent(button === 2 ? 'contextmenu' : 'auxclick', o));
    }
    await flush();
    expect(sent).toHaveLength(0);
    expect(hook('ec-guard-notice')).toBeNull();
    expect(menu).toBe(1);
    expect(pageCalls).toContain('reset:mousedown');
  });
  it('the passive touchstart listener never calls preventDefault (no console error per touch)', async () => {
    page(RESET);
    guard();
    const ev = new Event('touchstart', { bubbles: true, cancelable: true });
    const spy = vi.spyOn(ev, 'preventDefault');
    document.querySelector('#text')!.dispatchEvent(ev);
    expect(spy).not.toHaveBeenCalled();
    expect(pageCalls).toEqual([]);
  });
});

describe('one language (issue 12.3)', () => {
  const chrome = (globalThis as unknown as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome;
  it('Chinese when navigator.language is Chinese even if the UI language is English; English otherwise; never both', () => {
    const nav = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language');
    const ui = chrome?.i18n?.getUILanguage;
    try {
      if (chrome?.i18n) chrome.i18n.getUILanguage = () => 'en-US';
      Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
      const zh = loadTexts();
      expect(zh.phrase).toBe('我确认修改');
      Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
      const en = loadTexts();
      expect(en.phrase).toBe('I confirm');
      const all = (T: object) => Object.values(T).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v as object))).join('\n');
      expect(all(en)).not.toMatch(/[\u4e00-\u9fff]/);
      // Chinese texts: full-width punctuation only (names like Token / EncodingAESKey / URL / EC / F5 aside).
      expect(all(zh).replace(/Token|EncodingAESKey|URL|EC|F5|Esc/g, '')).not.toMatch(/[A-Za-z]{2,}|[,:;!?()]/);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).language;
      if (nav) Object.defineProperty(Navigator.prototype, 'language', nav);
      if (chrome?.i18n && ui) chrome.i18n.getUILanguage = ui;
    }
  });
});
