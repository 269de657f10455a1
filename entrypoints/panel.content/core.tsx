// The panel content script's wiring: ONE watcher (MutationObserver + hashchange/popstate, one scan
// per frame) decides which provider-backend page is showing; the React panel is mounted in an open
// shadow root hung off <body> only on panel pages and removed when the page goes away. Also:
// wizard.completed when 完成 leaves the wizard after a fill in this tab, permissions.confirmed when
// the 权限 dialog's 确定 closes it, menus.saved when the editor's 保存 succeeds, and the
// focus-bundle-input command. Everything is registered through WXT's ctx (torn down on invalidation).
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { detectPage, parseRoute, customerNameFromPage, appIdFromRoute, type PageKind, type RouteInfo } from '@/utils/page/detect';
import { watchPage } from '@/utils/page/route-watch';
import { createCustomerMemo } from '@/utils/page/customer-memo';
import { send } from '@/utils/rpc';
import { PANEL_PAGES, type PanelPage } from '@/utils/panel/flow';
import { PANEL_FOCUS_MESSAGE } from '@/utils/panel/constants';
import { parseInBackground } from '@/utils/panel/parse-port';
import { fillMenus } from '@/utils/fill/menus';
import { findPermissionDialog, isConfirmControl } from '@/utils/fill/permissions';
import { isVisible, normText } from '@/utils/fill/dom';
import { placePanel, samePlacement, columnWidth, MARGIN, TOP, COMPACT_HEIGHT, COMPACT_TALL, type Rect } from '@/utils/panel/layout';
import { controlRects, dialogRect } from '@/utils/panel/measure';
import type { Bundle } from '@/utils/bundle';
import { PanelApp } from '@/components/panel/PanelApp';
import { PANEL_CSS } from '@/components/panel/styles';
import { createPanelStore, pushNotice, type PanelCore } from '@/components/panel/store';
import { createJourney, type ScanView } from '@/utils/journey/controller';
import { lastSuiteIdItem, panelCollapsedItem as collapsedItem, panelSideItem as sideItem } from '@/utils/settings';
import { canonicalUrl, readHomepageDialog } from '@/utils/journey/homepage';
import { startTeachHook } from './teach-hook';

const CREATE_PATH = '/sass/customapp/app/create';
const DETAIL_PATH = '/sass/customapp/app/detail';
const SAVE_WORDS = new Set(['保存', '保存并发布', '发布', '保存菜单']);
const SAVED_TEXT = /保存成功|已保存|设置成功|发布成功|操作成功/;
const CANCEL_TEXT = /^(取消|暂不授权|关闭|×|✕|x)$/i;
/** How long after a press of 保存 a success toast still counts as its answer. */
const SAVE_WINDOW_MS = 15000;
/** How long after a press of 完成 the route leaving the wizard counts as the page accepting it. */
const FINISH_WINDOW_MS = 60000;

/** Pages that show one customer (the others list many, with 企业名称 / 企业客户 as a column). */
const ONE_CUSTOMER_PAGES: ReadonlySet<string> = new Set(['wizard-basic', 'wizard-dev', 'menu-editor', 'app-detail', 'deploy-detail']);


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
  /** Step 6: 确定 pressed in the 应用主页 dialog (tab and association at that moment). */
  let homepageArmed: { tab: '网页' | '小程序'; associated: boolean } | null = null;
  /** When the wizard's own 完成 was last pressed (its acceptance = the route leaving the wizard). */
  let finishPressedAt = 0;
  const names = createCustomerMemo();
  let wantMounted = false;
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<Root>> | null = null;

  // Settings first read once, then kept current (no re-read per scan).
  const collapsedReady = Promise.all([
    collapsedItem.getValue().then((v) => store.setState({ collapsed: !!v }), () => undefined),
    sideItem.getValue().then((v) => store.setState({ side: v === 'left' ? 'left' : 'right' }), () => undefined),
  ]);
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
    rememberCustomer: (corpId) => {
      lastFill = { appId: store.getState().appId, corpId };
    },
    setCollapsed: (collapsed) => {
      store.setState({ collapsed });
      void collapsedItem.setValue(collapsed).catch(() => undefined);
    },
    setSide: (side) => {
      store.setState({ side });
      void sideItem.setValue(side).catch(() => undefined);
      layoutKey = '';
      watch.schedule();
    },
    parse,
    fillMenus,
    nextStep: (target) => journey.next(target, view),
  };

  // The customer's journey: checklist, next step, go-online order and wait (utils/journey).
  let suiteId = '';
  void lastSuiteIdItem.getValue().then((v) => (suiteId ||= v), () => undefined);
  let view: ScanView = { page: 'other', route: { path: '/', query: {} }, customerName: null, appId: null };
  const journey = createJourney({
    doc: document,
    store,
    send,
    navigate: (hash) => {
      location.hash = hash;
    },
    now: () => Date.now(),
    suiteId: () => suiteId,
    parse,
    later: (ms) => {
      // not ctx.setTimeout: it leaves an 'abort' listener behind per call (a leak over many pages);
      // after invalidation the watch is stopped and schedule() does nothing
      window.setTimeout(() => {
        if (ctx.isValid) watch.schedule();
      }, ms);
    },
  });

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

  // While the panel shows as a column, the page's normal flow is narrowed by the column (a margin
  // on <html>, on the panel's side), so the panel does not sit on top of the page's own controls.
  let reserveStyle: HTMLStyleElement | null = null;
  let reserved = '';
  function reserve(): void {
    const s = store.getState();
    const p = s.place;
    const px = ui?.mounted && !s.collapsed && p && p.reserve > 0 ? p.reserve : 0;
    const css = px ? `html{margin-${p!.side}:${px}px !important;}` : '';
    if (!css) {
      reserveStyle?.remove();
      reserveStyle = null;
      reserved = '';
      return;
    }
    if (!reserveStyle) {
      reserveStyle = document.createElement('style');
      reserveStyle.setAttribute('data-ec-panel-reserve', '');
    }
    if (reserved !== css) reserveStyle.textContent = reserved = css;
    if (!reserveStyle.isConnected) (document.head ?? document.documentElement).append(reserveStyle);
  }

  // Where the panel goes (utils/panel/layout.ts): measured when the window, the page, the open
  // dialog or the user's choice changes — not on every mutation.
  let layoutKey = '';
  function layout(kind: string, path: string): void {
    const s = store.getState();
    const d = dialogRect(document);
    const de = document.documentElement;
    const key = [window.innerWidth, window.innerHeight, de.scrollWidth, de.scrollHeight, kind, path, s.collapsed, s.side, reserved, d ? [d.rect.left, d.rect.top, d.rect.right, d.rect.bottom].map(Math.round).join(',') : ''].join('|');
    if (key === layoutKey) return;
    layoutKey = key;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const w = columnWidth(vw);
    const zones: Rect[] = [
      { left: vw - w - 2 * MARGIN, top: 0, right: vw, bottom: vh },
      { left: 0, top: 0, right: w + 2 * MARGIN, bottom: vh },
      { left: 0, top: 0, right: vw, bottom: TOP + COMPACT_TALL },
      { left: 0, top: vh - COMPACT_TALL - 8, right: vw, bottom: vh },
    ];
    if (d) zones.push({ left: 0, top: Math.max(0, d.rect.top - COMPACT_TALL - 12), right: vw, bottom: Math.min(vh, d.rect.bottom + COMPACT_TALL + 12) });
    // Until the reserve applies, the page's own flow still reaches under the column: measure after.
    const wantReserve = !s.collapsed && !d;
    if (wantReserve && !reserved) {
      store.setState({ place: placePanel({ vw, vh, dialog: null, controls: [], height: 600, side: s.side }) });
      reserve();
      layoutKey = '';
      watch.schedule();
      return;
    }
    const controls = controlRects(d ? d.el : document, zones);
    const height = ui?.mounted ? (ui.uiContainer.firstElementChild?.firstElementChild?.getBoundingClientRect().height ?? 600) : 600;
    const place = s.collapsed
      ? placePanel({ vw, vh, dialog: d?.rect ?? null, controls: [...controls, ...(d ? [d.rect] : [])], height: COMPACT_HEIGHT, side: s.side, compactOnly: true })
      : placePanel({ vw, vh, dialog: d?.rect ?? null, controls, height: Math.max(200, height), side: s.side });
    if (!samePlacement(place, s.place)) store.setState({ place });
    reserve();
  }
  ctx.onInvalidated(() => reserveStyle?.remove());
  ctx.onInvalidated(store.subscribe((s, prev) => {
    if (s.collapsed !== prev.collapsed) {
      layoutKey = '';
      watch.schedule();
    }
    if (s.text !== prev.text && s.page === 'template-detail') watch.schedule(); // whose paste is it?
    if (s.journey !== prev.journey) watch.schedule(); // the customer's bundle arrived: re-check the 应用主页 dialog
  }));
  ctx.addEventListener(window, 'resize', () => watch.schedule());

  // --------------------------------------------------------------------------- the scan
  function scan(): void {
    const route: RouteInfo = parseRoute(location.hash);
    const path = route.path.toLowerCase();
    const kind: PageKind = detectPage(document, route);
    const appId = appIdFromRoute(route);

    // 完成 accepted: after a fill in this tab, the user's own (trusted) press of the page's 完成 and
    // then the route leaving the wizard. Navigating away alone, or a scripted click, records nothing.
    const finished = !!finishPressedAt && Date.now() - finishPressedAt < FINISH_WINDOW_MS;
    if (pending && prevPath.startsWith(CREATE_PATH) && !path.startsWith(CREATE_PATH) && finished) {
      finishPressedAt = 0;
      const p = pending;
      pending = null;
      void send({ type: 'wizard.completed', corpId: p.corpId, name: p.name, ...(p.appId || appId ? { appId: (p.appId || appId)! } : {}), bundle: p.bundle }).then(() => {
        journey.invalidate(); // the customer's bundle and steps are now stored: look them up again
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
      void send({ type: 'permissions.confirmed', ...(appId ? { appId } : {}), ...(corpId ? { corpId } : {}) }).then(() => {
        journey.invalidate();
        watch.schedule();
      });
      pushNotice(store, { key: 'panel_notice_perm_confirmed', tone: 'warn' });
    }

    // Step 6: the 应用主页 修改 dialog. 确定 on 网页 after a mini program was associated, and the
    // dialog gone → step 6 done.
    const hp = kind === 'app-detail' ? readHomepageDialog(document) : null;
    if (homepageArmed && !hp) {
      const armed = homepageArmed;
      homepageArmed = null;
      if (armed.tab === '网页' && armed.associated) {
        const name = store.getState().journey?.name ?? customerNameFromPage(document, route);
        void send({ type: 'journey.homepage', ...(appId ? { appId } : {}), ...(name ? { name } : {}) }).then(() => {
          journey.invalidate();
          watch.schedule();
        });
        pushNotice(store, { key: 'journey_notice_step6', tone: 'ok' });
      }
    }
    {
      const want = store.getState().journey?.homepage;
      const next = hp ? { tab: hp.tab, associated: hp.associated, matches: want ? canonicalUrl(hp.url) === canonicalUrl(want) : null } : null;
      const cur = store.getState().homepage;
      if (JSON.stringify(next) !== JSON.stringify(cur)) store.setState({ homepage: next });
    }

    // The menu editor's 保存 answered with a success message.
    if (saveArmedAt) {
      if (Date.now() - saveArmedAt > SAVE_WINDOW_MS) saveArmedAt = 0;
      else if (savedToastVisible(document)) {
        saveArmedAt = 0;
        const corpId = corpFor(appId);
        void send({ type: 'menus.saved', ...(appId ? { appId } : {}), ...(corpId ? { corpId } : {}) }).then(() => {
          journey.invalidate();
          watch.schedule();
        });
        pushNotice(store, { key: 'panel_notice_menus_saved', tone: 'ok' });
      }
    }

    // The customer's name: route corpName, else 企业客户 on the page (page 1 of the wizard shows it).
    // Pages that list many customers (template, go-online list) name none.
    const customerName = names.resolve(kind, route, ONE_CUSTOMER_PAGES.has(kind) ? customerNameFromPage(document, route) : null);
    const suite = route.query.suiteid || route.query.suiteId;
    if (suite && suite !== suiteId) {
      suiteId = suite;
      void lastSuiteIdItem.setValue(suite).catch(() => undefined);
    }
    view = { page: kind, route, customerName, appId };
    if (kind === 'wizard-basic') journey.scan(view); // a next step may turn the wizard's page
    if (!PANEL_PAGES.has(kind)) {
      wantMounted = false;
      unmount();
      return;
    }
    const page = kind as PanelPage;
    const s = store.getState();
    store.setState({
      page,
      route,
      appId,
      customerName,
      permDialog,
      tick: s.tick + 1,
      // a new page: earlier pages' lines leave (what a next step says on arrival is set after this)
      ...(s.page !== page ? { notices: s.notices.filter((n) => n.key === 'panel_notice_perm_confirmed' || n.key === 'panel_notice_completed'), status: null } : {}),
    });
    journey.scan(view);
    wantMounted = true;
    if (!ui?.mounted || !ui.shadowHost.isConnected) void mount();
    // Keep the page's form and open dialog (its 确定 / 取消) clear of the panel.
    layout(kind, path);
  }

  const watch = watchPage(ctx, window, scan);

  // Teach when lost (issue 13): the report's ec-teach → the next click on the page is learned.
  startTeachHook(ctx, {
    host,
    store,
    // the panel runs 填写 once more (a scripted click on our own button would not count as the user's)
    refill: () => store.setState({ fillPending: true }),
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
    // Only the user's own presses commit a step (a page script's synthetic click never does).
    if (!e.isTrusted) return;
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
    if (ui?.mounted) journey.pressed(controlText(target), page);
    if (ui?.mounted && page === 'app-detail' && /^确定$/.test(controlText(target))) {
      const hp = readHomepageDialog(document);
      if (hp && hp.el.contains(target)) homepageArmed = { tab: hp.tab, associated: hp.associated };
    }
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
