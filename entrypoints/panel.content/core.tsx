// The panel content script's wiring: ONE watcher (MutationObserver + hashchange/popstate, one scan
// per frame) decides which provider-backend page is showing; the React panel is mounted in an open
// shadow root hung off <body> only on panel pages and removed when the page goes away. Also:
// wizard.completed when 完成 leaves the wizard after a fill in this tab, permissions.confirmed when
// the 权限 dialog's 确定 closes it, menus.saved when the editor's 保存 succeeds, and the
// focus-bundle-input command. Everything is registered through WXT's ctx (torn down on invalidation).
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { detectPage, parseRoute, customerNameFromPage, appIdFromRoute, type PageKind, type RouteInfo } from '@/utils/page/detect';
import { watchPage } from '@/utils/page/route-watch';
import { createCustomerMemo } from '@/utils/page/customer-memo';
import { nameKey } from '@/utils/db/keys';
import { send } from '@/utils/rpc';
import { PANEL_PAGES, type PanelPage, type StoredRef } from '@/utils/panel/flow';
import { PANEL_FOCUS_MESSAGE } from '@/utils/panel/constants';
import { parseInBackground } from '@/utils/panel/parse-port';
import { fillMenus } from '@/utils/fill/menus';
import { findPermissionDialog, isConfirmControl } from '@/utils/fill/permissions';
import { activeScope, isVisible, normText } from '@/utils/fill/dom';
import { dockBeside, sameDock } from '@/utils/panel/dock';
import type { Bundle } from '@/utils/bundle';
import { PanelApp } from '@/components/panel/PanelApp';
import { PANEL_CSS } from '@/components/panel/styles';
import { createPanelStore, pushNotice, type PanelCore } from '@/components/panel/store';
import { startTeachHook } from './teach-hook';

const CREATE_PATH = '/sass/customapp/app/create';
const DETAIL_PATH = '/sass/customapp/app/detail';
const SAVE_WORDS = new Set(['保存', '保存并发布', '发布', '保存菜单']);
const SAVED_TEXT = /保存成功|已保存|设置成功|发布成功|操作成功/;
const CANCEL_TEXT = /^(取消|暂不授权|关闭|×|✕|x)$/i;
/** The panel's column: 360 px wide + 12 px margin + a little air. */
const PANEL_COLUMN = 384;
/** Narrower windows keep their full width (the panel overlays; the user may collapse it). */
const MIN_RESERVE_VIEWPORT = 1100;
/** How long after a press of 保存 a success toast still counts as its answer. */
const SAVE_WINDOW_MS = 15000;
/** How long after a press of 完成 the route leaving the wizard counts as the page accepting it. */
const FINISH_WINDOW_MS = 60000;

const collapsedItem = storage.defineItem<boolean>('local:panel.collapsed', { fallback: false });
const lastCustomerItem = storage.defineItem<{ corpId: string; name: string | null } | null>('local:panel.lastCustomer', { fallback: null });

interface PendingWizard {
  corpId: string;
  name: string;
  appId: string | null;
  bundle: Bundle;
}

export function startPanel(ctx: ContentScriptContext): void {
  if (window.top !== window) return; // top frame only

  const store = createPanelStore();
  let pending: PendingWizard | null = null;
  let prevPath = '';
  let lookupKey = '';
  let lookupSeq = 0;
  let confirmArmed = false;
  /** The corp id of the last fill in this tab, and the app it was for. */
  let lastFill: { appId: string | null; corpId: string } | null = null;
  /** The customer a step event on this app's pages belongs to — only when known for THIS app. */
  const corpFor = (appId: string | null): string | undefined => {
    if (lastFill && lastFill.appId === appId) return lastFill.corpId;
    const st = store.getState().stored;
    return st?.from === 'app' ? st.corpId : undefined;
  };
  let saveArmedAt = 0;
  /** When the wizard's own 完成 was last pressed (its acceptance = the route leaving the wizard). */
  let finishPressedAt = 0;
  const names = createCustomerMemo();
  let wantMounted = false;
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<Root>> | null = null;

  // Settings first read once, then kept current (no re-read per scan).
  const collapsedReady = collapsedItem.getValue().then((v) => store.setState({ collapsed: !!v }), () => undefined);
  // Parses of the same text are shared (the preview and the press ask for the same paste).
  const parses = new Map<string, ReturnType<typeof parseInBackground>>();
  const parse = (text: string) => {
    let p = parses.get(text);
    if (!p) {
      p = parseInBackground(text);
      parses.set(text, p);
      if (parses.size > 8) parses.delete(parses.keys().next().value!);
      // A failure to reach the background is not cached.
      void p.then((r) => {
        if (!r.ok && r.errors.some((e) => e.code === 'unreachable')) parses.delete(text);
      });
    }
    return p;
  };

  const core: PanelCore = {
    send,
    doc: document,
    setPendingWizard: (p) => (pending = p),
    rememberCustomer: (corpId, name) => {
      lastFill = { appId: store.getState().appId, corpId };
      void lastCustomerItem.setValue({ corpId, name }).catch(() => undefined);
    },
    setCollapsed: (collapsed) => {
      store.setState({ collapsed });
      void collapsedItem.setValue(collapsed).catch(() => undefined);
    },
    parse,
    fillMenus,
  };

  // --------------------------------------------------------------------------- mounting
  const host = () => ui?.shadowHost ?? null;

  async function mount(): Promise<void> {
    if (!ui) {
      creating ??= createShadowRootUi<Root>(ctx, {
        name: 'ec-helper-panel',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: PANEL_CSS,
        isolateEvents: true,
        onMount(container) {
          const el = document.createElement('div');
          container.append(el);
          const root = createRoot(el);
          flushSync(() => root.render(<PanelApp store={store} core={core} />));
          return root;
        },
        onRemove(root) {
          root?.unmount();
        },
      });
      ui = await creating;
      await collapsedReady;
    }
    if (!wantMounted || !ctx.isValid) return;
    if (ui.mounted && !ui.shadowHost.isConnected) ui.remove(); // the page threw our host away
    if (!ui.mounted) ui.mount();
    reserve();
  }

  function unmount(): void {
    if (ui?.mounted) ui.remove();
    reserve();
  }

  // While the panel is expanded on a wide enough window, the page is narrowed by the panel's
  // column (a margin on <html>), so the panel does not sit on top of the page's own controls.
  let reserveStyle: HTMLStyleElement | null = null;
  function reserve(): void {
    const want = !!ui?.mounted && !store.getState().collapsed && window.innerWidth >= MIN_RESERVE_VIEWPORT;
    if (want && !reserveStyle) {
      reserveStyle = document.createElement('style');
      reserveStyle.setAttribute('data-ec-panel-reserve', '');
      reserveStyle.textContent = `html{margin-right:${PANEL_COLUMN}px !important;}`;
      (document.head ?? document.documentElement).append(reserveStyle);
    } else if (!want && reserveStyle) {
      reserveStyle.remove();
      reserveStyle = null;
    } else if (want && reserveStyle && !reserveStyle.isConnected) {
      (document.head ?? document.documentElement).append(reserveStyle);
    }
  }
  ctx.onInvalidated(() => reserveStyle?.remove());
  ctx.onInvalidated(store.subscribe((s, prev) => {
    if (s.collapsed !== prev.collapsed) reserve();
  }));
  ctx.addEventListener(window, 'resize', () => reserve());

  // --------------------------------------------------------------------------- stored bundle
  async function lookupStored(page: PanelPage, appId: string | null, customerName: string | null): Promise<void> {
    const seq = ++lookupSeq;
    // bundle.find answers by app id, else by the corp id of the customer last filled in this
    // profile, else the most recently worked customer (matchedBy tells which).
    const last = await lastCustomerItem.getValue().catch(() => null);
    const r = await send<(StoredRef & { matchedBy?: 'appId' | 'corpId' | 'recent' }) | null>({
      type: 'bundle.find',
      ...(appId ? { appId } : {}),
      ...(last?.corpId ? { corpId: last.corpId } : {}),
    });
    let found: (StoredRef & { from: 'app' | 'last' }) | null = null;
    if (r.ok && r.data && r.data.bundle) {
      const byApp = r.data.matchedBy === 'appId' || (!r.data.matchedBy && !!appId);
      // On the wizard a new customer is being set up: only that app's own bundle, or the bundle of
      // the customer the page names (corpName / 企业客户), may stand in.
      const sameCustomer = !!customerName && nameKey(customerName) === nameKey(r.data.name ?? '');
      if (byApp || sameCustomer || page !== 'wizard-dev') found = { corpId: r.data.corpId, name: r.data.name, bundle: r.data.bundle, from: byApp ? 'app' : 'last' };
    }
    if (seq === lookupSeq) store.setState({ stored: found });
  }

  // --------------------------------------------------------------------------- the scan
  function scan(): void {
    const route: RouteInfo = parseRoute(location.hash);
    const path = route.path.toLowerCase();
    const kind: PageKind = detectPage(document, route);
    const appId = appIdFromRoute(route);

    // 完成 accepted: the route left the wizard (for app detail, or anywhere right after a press of
    // the page's 完成) after a fill in this tab.
    const finished = !!finishPressedAt && Date.now() - finishPressedAt < FINISH_WINDOW_MS;
    if (pending && prevPath.startsWith(CREATE_PATH) && !path.startsWith(CREATE_PATH) && (path.startsWith(DETAIL_PATH) || finished)) {
      finishPressedAt = 0;
      const p = pending;
      pending = null;
      void send({ type: 'wizard.completed', corpId: p.corpId, name: p.name, ...(p.appId || appId ? { appId: (p.appId || appId)! } : {}), bundle: p.bundle }).then(() => {
        lookupKey = ''; // the customer's bundle is now stored: look it up again
        watch.schedule();
      });
      core.rememberCustomer(p.corpId, p.name);
      pushNotice(store, { key: 'panel_notice_completed', subs: [p.name], tone: 'ok' });
    }
    if (path !== prevPath && !path.startsWith(CREATE_PATH)) pending = null;
    prevPath = path;

    // The 权限 dialog: its 确定 was pressed and now it is gone → permissions confirmed.
    const permDialog = kind === 'app-detail' || path.startsWith(DETAIL_PATH) ? !!findPermissionDialog(document) : false;
    if (confirmArmed && !permDialog) {
      confirmArmed = false;
      const corpId = corpFor(appId);
      void send({ type: 'permissions.confirmed', ...(appId ? { appId } : {}), ...(corpId ? { corpId } : {}) });
      pushNotice(store, { key: 'panel_notice_perm_confirmed', tone: 'warn' });
    }

    // The menu editor's 保存 answered with a success message.
    if (saveArmedAt) {
      if (Date.now() - saveArmedAt > SAVE_WINDOW_MS) saveArmedAt = 0;
      else if (savedToastVisible(document)) {
        saveArmedAt = 0;
        const corpId = corpFor(appId);
        void send({ type: 'menus.saved', ...(appId ? { appId } : {}), ...(corpId ? { corpId } : {}) });
        pushNotice(store, { key: 'panel_notice_menus_saved', tone: 'ok' });
      }
    }

    // The customer's name: route corpName, else 企业客户 on the page (page 1 of the wizard shows it).
    const customerName = names.resolve(kind, route, kind === 'wizard-basic' || PANEL_PAGES.has(kind) ? customerNameFromPage(document, route) : null);
    if (!PANEL_PAGES.has(kind)) {
      wantMounted = false;
      unmount();
      return;
    }
    const page = kind as PanelPage;
    const s = store.getState();
    // Keep the page's open dialog (and its 确定) clear of the panel.
    const top = activeScope(document);
    const dock = dockBeside(top === document ? null : (top as Element).getBoundingClientRect(), window.innerWidth);
    store.setState({
      ...(sameDock(dock, s.dock) ? {} : { dock }),
      page,
      route,
      appId,
      customerName,
      permDialog,
      tick: s.tick + 1,
      ...(s.page !== page ? { notices: s.notices.filter((n) => n.key === 'panel_notice_perm_confirmed' || n.key === 'panel_notice_completed') } : {}),
    });
    const key = `${page}|${appId ?? ''}|${page === 'wizard-dev' ? (customerName ?? '') : ''}`;
    if (key !== lookupKey) {
      lookupKey = key;
      void lookupStored(page, appId, customerName);
    }
    wantMounted = true;
    if (!ui?.mounted || !ui.shadowHost.isConnected) void mount();
    else if (reserveStyle && !reserveStyle.isConnected) reserve();
  }

  const watch = watchPage(ctx, window, scan);

  // Teach when lost (issue 13): the report's ec-teach → the next click on the page is learned.
  startTeachHook(ctx, {
    host,
    store,
    refill: () => (host()?.shadowRoot?.querySelector('[data-testid="ec-fill"]') as HTMLElement | null)?.click(),
  });

  // Page field edits do not always mutate the DOM: refresh the preview on input/change too.
  const onPageInput = (e: Event) => {
    if (host() && e.composedPath().includes(host()!)) return;
    if (ui?.mounted) watch.schedule();
  };
  ctx.addEventListener(document, 'input', onPageInput, { capture: true });
  ctx.addEventListener(document, 'change', onPageInput, { capture: true });

  // Presses on the page's own controls (capture phase: the page may act on mousedown).
  const onPress = (e: Event) => {
    const h = host();
    if (h && e.composedPath().includes(h)) return;
    if (e.type === 'keydown') {
      const k = (e as KeyboardEvent).key;
      if (k !== 'Enter' && k !== ' ') return;
    }
    const target = (e.composedPath()[0] ?? e.target) as Element | null;
    if (!target || target.nodeType !== 1) return;
    const page = store.getState().page;
    if (ui?.mounted && page === 'wizard-dev' && controlText(target) === '完成') finishPressedAt = Date.now();
    if (ui?.mounted && page === 'app-detail') {
      const dialog = findPermissionDialog(document);
      if (dialog && dialog.contains(target)) {
        if (isConfirmControl(target, dialog)) confirmArmed = true;
        else if (CANCEL_TEXT.test(controlText(target))) confirmArmed = false;
      }
    }
    if (ui?.mounted && page === 'menu-editor' && SAVE_WORDS.has(controlText(target))) saveArmedAt = Date.now();
  };
  for (const type of ['pointerdown', 'mousedown', 'click', 'keydown']) ctx.addEventListener(document, type, onPress, { capture: true });

  // The focus-bundle-input command, forwarded by the background to this tab.
  const onMessage = (msg: unknown) => {
    if (!msg || (msg as { type?: string }).type !== PANEL_FOCUS_MESSAGE) return undefined;
    if (!ui?.mounted) return Promise.resolve(false);
    store.setState((s) => ({ collapsed: false, focusRequest: s.focusRequest + 1 }));
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** Text of the clickable control around `el` (a button, link or role=button), normalised. */
function controlText(el: Element): string {
  const ctl = el.closest('button, a, [role="button"], input[type="button"], input[type="submit"], .ww_btn, [class*="btn" i]') ?? el;
  const text = ctl.tagName === 'INPUT' ? (ctl as HTMLInputElement).value : ctl.textContent;
  return normText(text).replace(/\s+/g, '');
}

/** A visible success message (toast) after 保存. */
function savedToastVisible(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (SAVED_TEXT.test(n.nodeValue ?? '') && n.parentElement && isVisible(n.parentElement)) return true;
  }
  return false;
}
