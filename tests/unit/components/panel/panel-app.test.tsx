// @vitest-environment happy-dom
// The React panel with a stand-in core: hooks present and expanded, preview from the paste,
// one press → verified report, refusal with a visible alert, fill-anyway, undo, collapse.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { parseBundle } from '@/utils/bundle';
import { PanelApp } from '@/components/panel/PanelApp';
import { createPanelStore, type PanelCore, type PanelStore } from '@/components/panel/store';
import type { Message } from '@/utils/messages';
import { PLAIN, sample } from '../../../fixtures/bundles';
import { trustSettings } from '@/utils/panel/trusted';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FORM = `<div id="page"><div><div>应用主页</div><div><input id="home"></div><label><input type="checkbox" id="enter">在微工作台中始终进入主页</label></div>
  <div><div>可信域名</div><input id="domain"></div><div><div>代开发应用回调URL</div><input id="cb" value="https://cb.example/x"></div>
  <div><div>Token</div><input id="token" value="t0k"></div><div><div>EncodingAESKey</div><input id="aes" value="a3s"></div></div>`;

let host: HTMLElement;
let root: Root;
let store: PanelStore;
let sent: Message[];
let ledger: unknown;
let collapsed: boolean[];

function core(): PanelCore {
  return {
    doc: document,
    send: async (m) => {
      sent.push(m);
      return { ok: true, data: (m.type === 'ledger.check' ? ledger : null) as never };
    },
    parse: async (text) => parseBundle(text),
    setPendingWizard: () => undefined,
    rememberCustomer: () => undefined,
    setCollapsed: (c) => {
      collapsed.push(c);
      store.setState({ collapsed: c });
    },
  };
}

const q = (id: string) => host.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
const settle = async (ms = 30) => act(async () => { await new Promise((r) => setTimeout(r, ms)); });
async function type(text: string) {
  const ta = q('ec-bundle-input') as HTMLTextAreaElement;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(ta, text);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}
async function press(id: string) {
  await act(async () => q(id)!.click());
  for (let i = 0; i < 30 && !q('ec-fill-report')?.hasAttribute('data-status'); i++) await settle(20);
}

beforeEach(async () => {
  trustSettings.acceptUntrusted = true; // happy-dom's clicks are not trusted events
  document.body.innerHTML = FORM;
  host = document.createElement('div');
  document.body.append(host);
  sent = [];
  ledger = { ok: true };
  collapsed = [];
  store = createPanelStore({ page: 'wizard-dev', customerName: '桃花岛', appId: 'dk1' });
  root = createRoot(host);
  await act(async () => root.render(<PanelApp store={store} core={core()} />));
});
afterEach(() => {
  act(() => root.unmount());
  trustSettings.acceptUntrusted = false;
});

describe('PanelApp', () => {
  it('renders expanded with the paste box and an enabled fill button, and shows the customer', () => {
    expect(q('ec-panel')).not.toBeNull();
    expect(q('ec-bundle-input')).not.toBeNull();
    expect((q('ec-fill') as HTMLButtonElement).disabled).toBe(false);
    expect(q('ec-panel')!.textContent).toContain('桃花岛');
    expect(q('ec-fill-report')).toBeNull();
  });

  it('previews the paste, then one press fills and verifies', async () => {
    await type(sample('valid-plain.txt'));
    const preview = q('ec-preview')!;
    expect(preview.querySelector('[data-preview-field="homepage"]')!.textContent).toContain(`qxCorpid=${PLAIN.corpId}`);
    expect(preview.textContent).not.toContain('t0k');
    await press('ec-fill');
    expect(q('ec-fill-report')!.getAttribute('data-status')).toBe('filled');
    const rows = Array.from(host.querySelectorAll('[data-field]')).map((r) => [r.getAttribute('data-field'), r.getAttribute('data-result')]);
    expect(Object.fromEntries(rows)).toEqual({ homepage: 'filled', enterHomepage: 'filled', trustedDomain: 'filled', callbackUrl: 'kept', token: 'kept', aesKey: 'kept' });
    expect((document.getElementById('home') as HTMLInputElement).value).toContain(PLAIN.corpId);
    expect(q('ec-error')).toBeNull();
    // undo
    await press('ec-undo');
    expect((document.getElementById('home') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('enter') as HTMLInputElement).checked).toBe(false);
    expect(q('ec-undo')).toBeNull();
  });

  it('a refused press shows refused + a visible alert; an overridable one offers 仍然填写', async () => {
    await type(sample('invalid-http.txt'));
    expect(q('ec-error')?.getAttribute('role')).toBe('alert'); // unusable paste: said at once
    await press('ec-fill');
    expect(q('ec-fill-report')!.getAttribute('data-status')).toBe('refused');
    expect(q('ec-error')!.textContent!.length).toBeGreaterThan(5);
    expect(q('ec-fill-anyway')).toBeNull();

    ledger = { ok: false, reason: 'corp-other-customer', otherName: '光明顶' };
    await type(sample('valid-plain.txt'));
    await press('ec-fill');
    expect(q('ec-fill-report')!.getAttribute('data-status')).toBe('refused');
    expect(q('ec-error')!.textContent).toContain('光明顶');
    expect((document.getElementById('home') as HTMLInputElement).value).toBe('');
    expect(q('ec-fill-anyway')).not.toBeNull();
    await act(async () => q('ec-fill-anyway')!.click());
    for (let i = 0; i < 30 && q('ec-fill-report')?.getAttribute('data-status') !== 'filled'; i++) await settle(20);
    expect(q('ec-fill-report')!.getAttribute('data-status')).toBe('filled');
    expect(sent.filter((m) => m.type === 'fill.done').pop()).toMatchObject({ override: true });
  });

  it('collapses on request and keeps the choice in the store', async () => {
    const toggle = host.querySelector('button[aria-expanded]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await act(async () => toggle.click());
    expect(collapsed).toEqual([true]);
    expect(q('ec-bundle-input')).toBeNull();
    expect(q('ec-panel')).not.toBeNull();
  });

  it('shows the permission button only while the dialog is open', async () => {
    await act(async () => store.setState({ page: 'app-detail', permDialog: false }));
    expect(q('ec-check-all-permissions')).toBeNull();
    await act(async () => store.setState({ permDialog: true }));
    expect(q('ec-check-all-permissions')).not.toBeNull();
    await act(async () => store.setState({ permDialog: false }));
    expect(q('ec-check-all-permissions')).toBeNull();
  });

  it('a press a script dispatches (not trusted) does nothing: no fill, no report', async () => {
    trustSettings.acceptUntrusted = false;
    await type(sample('valid-plain.txt'));
    await press('ec-fill');
    expect(q('ec-fill-report')).toBeNull();
  });
});
