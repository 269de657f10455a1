// @vitest-environment happy-dom
// The panel's completion detectors (utils/panel/capabilities) on a fake page: each step event is
// sent only after the user's own press AND the page's answer (route leaving the wizard, success
// toast within the window, the 权限 dialog closing) — never on the answer alone.
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { createPanelStore, type PanelState } from '@/components/panel/store';
import type { Capability, Press, ScanFrame, Shared } from '@/utils/panel/capabilities/types';
import { startCapabilities } from '@/utils/panel/capabilities/registry';
import { wizardFinish, FINISH_WINDOW_MS } from '@/utils/panel/capabilities/wizard-finish';
import { menusSaved, SAVE_WINDOW_MS } from '@/utils/panel/capabilities/menus-saved';
import { permissionsConfirm } from '@/utils/panel/capabilities/permissions-confirm';
import { findPermissionDialog } from '@/utils/fill/permissions';
import { controlText } from '@/utils/dom/text';
import type { Bundle } from '@/utils/bundle';

const CREATE = '/sass/customapp/app/create';
const DETAIL = '/sass/customapp/app/detail';
const BUNDLE = { corpId: 'ww1234567890abcdef', homepage: 'https://a.example.com/', trustedDomain: 'a.example.com', menus: [] } as unknown as Bundle;

/** One capability on a fake page: scans and presses are driven by the test; the clock too. */
function harness(cap: Capability) {
  const scans: ((f: ScanFrame) => void)[] = [];
  const presses: ((p: Press) => void)[] = [];
  const sent: { type: string; [k: string]: unknown }[] = [];
  const notices: string[] = [];
  let clock = 1_000_000;
  let prevPath = '';
  const store = createPanelStore();
  const shared: Shared = {
    win: window,
    doc: document,
    store,
    send: (async (m: { type: string }) => {
      sent.push(m);
      return { ok: true, data: null };
    }) as unknown as Shared['send'],
    now: () => clock,
    parse: async () => ({ ok: false, errors: [] }) as never,
    ledger: { check: vi.fn(), prefetch: vi.fn(), invalidate: vi.fn(), has: () => false },
    journey: { scan: vi.fn(), pressed: vi.fn(), invalidate: vi.fn(), next: vi.fn() },
    session: { pending: null, lastFill: null, view: { page: 'other', route: { path: '/', query: {} }, customerName: null, appId: null }, suiteId: '' },
    corpFor: () => 'wwcorpfromstore',
    rememberCustomer: vi.fn(),
    notify: (n) => void notices.push(n.key),
    ui: { host: () => null, mounted: () => true },
    schedule: vi.fn(),
    holdScans: () => () => undefined,
    later: vi.fn(),
    onScan: (fn) => void scans.push(fn),
    onPress: (fn) => void presses.push(fn),
  };
  cap.init(new AbortController().signal, shared);
  return {
    shared,
    sent,
    notices,
    advance: (ms: number) => (clock += ms),
    scan(path: string, kind: ScanFrame['kind'], appId: string | null = 'dk01') {
      const frame: ScanFrame = {
        route: { path, query: {} },
        path,
        prevPath,
        kind,
        appId,
        permissionDialog: () => findPermissionDialog(document),
        permissionDialogOpen: () => !!findPermissionDialog(document),
        homepageDialog: () => null,
      };
      prevPath = path;
      for (const s of scans) s(frame);
    },
    press(target: Element, page: PanelState['page']) {
      for (const p of presses) p({ target, text: controlText(target), page });
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('wizard.completed', () => {
  const pending = { corpId: 'ww1234567890abcdef', name: '桃花岛', appId: null, bundle: BUNDLE };
  const finishButton = () => {
    document.body.innerHTML = '<div class="ft"><a class="ww_btn ww_btn_Blue"><span>完 成</span></a></div>';
    return document.querySelector('span')!;
  };

  it('is sent when 完成 was pressed and then the route leaves the wizard', async () => {
    const h = harness(wizardFinish);
    h.shared.session.pending = pending;
    h.scan(CREATE, 'wizard-dev');
    h.press(finishButton(), 'wizard-dev');
    h.advance(2000);
    h.scan(DETAIL, 'app-detail', 'dk77');
    expect(h.sent).toEqual([{ type: 'wizard.completed', corpId: pending.corpId, name: '桃花岛', appId: 'dk77', bundle: BUNDLE }]);
    expect(h.notices).toEqual(['panel_notice_completed']);
    expect(h.shared.session.pending).toBeNull();
    await flush();
    expect(h.shared.journey.invalidate).toHaveBeenCalledTimes(1);
  });

  it('is not sent when the route leaves the wizard without a press of 完成', () => {
    const h = harness(wizardFinish);
    h.shared.session.pending = pending;
    h.scan(CREATE, 'wizard-dev');
    h.scan(DETAIL, 'app-detail');
    expect(h.sent).toEqual([]);
    expect(h.shared.session.pending).toBeNull(); // leaving the wizard drops the fill
  });

  it('is not sent when the press was on another control, another page, or too long ago', () => {
    for (const run of [
      (h: ReturnType<typeof harness>) => {
        document.body.innerHTML = '<button>下一步</button>';
        h.press(document.querySelector('button')!, 'wizard-dev');
      },
      (h: ReturnType<typeof harness>) => h.press(finishButton(), 'menu-editor'),
      (h: ReturnType<typeof harness>) => {
        h.press(finishButton(), 'wizard-dev');
        h.advance(FINISH_WINDOW_MS + 1);
      },
    ]) {
      const h = harness(wizardFinish);
      h.shared.session.pending = pending;
      h.scan(CREATE, 'wizard-dev');
      run(h);
      h.scan(DETAIL, 'app-detail');
      expect(h.sent).toEqual([]);
    }
  });

  it('is not sent without a fill in this tab, even after a press', () => {
    const h = harness(wizardFinish);
    h.scan(CREATE, 'wizard-dev');
    h.press(finishButton(), 'wizard-dev');
    h.scan(DETAIL, 'app-detail');
    expect(h.sent).toEqual([]);
  });
});

describe('menus.saved', () => {
  const saveButton = (word = '保存') => {
    document.body.innerHTML = `<div class="menu_editor"><button class="btn">${word}</button></div><div class="toast" hidden></div>`;
    return document.querySelector('button')!;
  };
  const showToast = (text = '保存成功') => {
    const t = document.querySelector('.toast')!;
    t.textContent = text;
    t.removeAttribute('hidden');
  };

  it('is sent when 保存 was pressed and a success toast shows within the window', () => {
    const h = harness(menusSaved);
    h.press(saveButton(), 'menu-editor');
    h.scan(DETAIL + '/menu', 'menu-editor');
    expect(h.sent).toEqual([]); // no answer yet
    h.advance(3000);
    showToast();
    h.scan(DETAIL + '/menu', 'menu-editor');
    expect(h.sent).toEqual([{ type: 'menus.saved', appId: 'dk01', corpId: 'wwcorpfromstore' }]);
    expect(h.notices).toEqual(['panel_notice_menus_saved']);
    h.scan(DETAIL + '/menu', 'menu-editor');
    expect(h.sent).toHaveLength(1); // one press, one event
  });

  it('counts 保存菜单 and 发布 as the save button', () => {
    for (const word of ['保存菜单', '发布']) {
      const h = harness(menusSaved);
      h.press(saveButton(word), 'menu-editor');
      showToast('操作成功');
      h.scan(DETAIL + '/menu', 'menu-editor');
      expect(h.sent.map((m) => m.type), word).toEqual(['menus.saved']);
    }
  });

  it('is not sent for a toast without a press, a hidden toast, or one after the window', () => {
    const a = harness(menusSaved);
    saveButton();
    showToast();
    a.scan(DETAIL + '/menu', 'menu-editor');
    expect(a.sent).toEqual([]);

    const b = harness(menusSaved);
    b.press(saveButton(), 'menu-editor');
    document.querySelector('.toast')!.textContent = '保存成功'; // still hidden
    b.scan(DETAIL + '/menu', 'menu-editor');
    expect(b.sent).toEqual([]);

    const c = harness(menusSaved);
    c.press(saveButton(), 'menu-editor');
    c.advance(SAVE_WINDOW_MS + 1);
    c.scan(DETAIL + '/menu', 'menu-editor'); // the window closes
    showToast();
    c.scan(DETAIL + '/menu', 'menu-editor');
    expect(c.sent).toEqual([]);
  });
});

describe('permissions.confirmed', () => {
  const DIALOG = `
    <div class="ui-modal" id="perm">
      <h4>编辑权限</h4>
      <div><label><input type="checkbox" checked>成员基本信息</label><label><input type="checkbox">部门ID</label>
      <label><input type="checkbox">手机号</label><label><input type="checkbox">姓名</label></div>
      <div class="ft"><a class="btn" id="cancel">取消</a><a class="btn primary" id="ok"><span>确定</span></a></div>
    </div>`;
  const open = () => {
    document.body.innerHTML = `<div>权限</div><a>编辑</a>${DIALOG}`;
    expect(findPermissionDialog(document)).not.toBeNull();
  };
  const close = () => document.getElementById('perm')!.remove();

  it('is sent when 确定 was pressed in the dialog and then the dialog is gone', () => {
    const h = harness(permissionsConfirm);
    open();
    h.scan(DETAIL, 'app-detail');
    h.press(document.querySelector('#ok span')!, 'app-detail');
    h.scan(DETAIL, 'app-detail'); // still open (the page may refuse)
    expect(h.sent).toEqual([]);
    close();
    h.scan(DETAIL, 'app-detail');
    expect(h.sent).toEqual([{ type: 'permissions.confirmed', appId: 'dk01', corpId: 'wwcorpfromstore' }]);
    expect(h.notices).toEqual(['panel_notice_perm_confirmed']);
  });

  it('is not sent when the dialog closes without 确定, or after 取消 took it back', () => {
    const a = harness(permissionsConfirm);
    open();
    a.scan(DETAIL, 'app-detail');
    close();
    a.scan(DETAIL, 'app-detail');
    expect(a.sent).toEqual([]);

    const b = harness(permissionsConfirm);
    open();
    b.press(document.querySelector('#ok span')!, 'app-detail');
    b.press(document.getElementById('cancel')!, 'app-detail');
    close();
    b.scan(DETAIL, 'app-detail');
    expect(b.sent).toEqual([]);
  });

  it('ignores a 确定 outside the dialog', () => {
    const h = harness(permissionsConfirm);
    open();
    document.body.insertAdjacentHTML('beforeend', '<button id="other">确定</button>');
    h.press(document.getElementById('other')!, 'app-detail');
    close();
    h.scan(DETAIL, 'app-detail');
    expect(h.sent).toEqual([]);
  });
});

describe('the registry', () => {
  it('runs every scan through the capabilities in order, passes no scripted press, and stops on abort', async () => {
    const seen: string[] = [];
    const presses: Press[] = [];
    const spy = (name: string): Capability => ({
      name,
      init(_signal, s) {
        s.ui = { host: () => null, mounted: () => true };
        s.onScan((f) => void seen.push(`${name}:${f.kind}`));
        s.onPress((p) => void presses.push(p));
      },
    });
    const boom: Capability = { name: 'boom', init: (_sig, s) => s.onScan(() => { throw new Error('boom'); }) };
    const life = new AbortController();
    const store = createPanelStore();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { watch } = startCapabilities([spy('a'), boom, spy('b')], life.signal, { win: window, doc: document, store, send: vi.fn() as never, now: () => 0, parse: vi.fn() as never, notify: vi.fn() });
    expect(seen).toEqual(['a:other', 'b:other']); // one scan at start; a throwing capability stops no other
    expect(errors).toHaveBeenCalled();
    document.body.innerHTML = '<div class="ft"><button>完成</button></div>';
    document.querySelector('button')!.click(); // a script's click: isTrusted is false
    expect(presses).toEqual([]);
    watch.flush();
    expect(seen).toHaveLength(4);
    life.abort();
    watch.schedule();
    watch.flush();
    expect(seen).toHaveLength(4);
    errors.mockRestore();
  });
});
