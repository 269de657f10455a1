// The registry: builds what the capabilities share, runs each one's init, then starts the ONE page
// watcher (utils/page/route-watch.ts) and the ONE capture listener for the page's presses. A
// capability that throws during a scan or a press is logged and the others still run. Everything
// ends when `signal` aborts.
import { detectPage, parseRoute, appIdFromRoute } from '../../page/detect';
import { signalContext, watchPage, type PageWatch } from '../../page/route-watch';
import { findPermissionDialog, permissionDialogOpen } from '../../fill/permissions';
import { readHomepageDialog } from '../../journey/homepage';
import { controlText } from '../../dom/text';
import { debugLog } from '../../site/debug';
import { onRoute } from '../../site/routes';
import type { Capability, Press, ScanFrame, Shared } from './types';
import { ledgerMemo } from '../ledger';

export type SharedBase = Pick<Shared, 'win' | 'doc' | 'store' | 'send' | 'now' | 'parse' | 'notify'>;

const PRESS_EVENTS = ['pointerdown', 'mousedown', 'click', 'keydown'] as const;

const NO_JOURNEY: Shared['journey'] = { scan: () => undefined, pressed: () => undefined, invalidate: () => undefined, next: () => undefined };

export interface Registry {
  readonly shared: Shared;
  readonly watch: PageWatch;
}

export function startCapabilities(list: readonly Capability[], signal: AbortSignal, base: SharedBase): Registry {
  const { win, doc, store } = base;
  const scans: { name: string; fn: (f: ScanFrame) => void }[] = [];
  const presses: { name: string; fn: (p: Press) => void }[] = [];
  const timers = new Set<number>();
  let current = '';
  let watch: PageWatch | null = null;
  let prevPath = '';

  const shared: Shared = {
    ...base,
    ledger: ledgerMemo(base.send, base.now),
    journey: NO_JOURNEY,
    session: { pending: null, lastFill: null, view: { page: 'other', route: { path: '/', query: {} }, customerName: null, appId: null }, suiteId: '' },
    corpFor(appId) {
      const last = shared.session.lastFill;
      if (last && last.appId === appId) return last.corpId;
      const st = store.getState().stored;
      return st?.from === 'app' ? st.corpId : undefined;
    },
    rememberCustomer(corpId) {
      shared.session.lastFill = { appId: store.getState().appId, corpId };
    },
    ui: { host: () => null, mounted: () => false },
    schedule: () => watch?.schedule(),
    holdScans: () => watch?.hold() ?? (() => undefined),
    later(ms) {
      if (signal.aborted) return;
      const t = win.setTimeout(() => {
        timers.delete(t);
        shared.schedule();
      }, ms);
      timers.add(t);
    },
    onScan: (fn) => void scans.push({ name: current, fn }),
    onPress: (fn) => void presses.push({ name: current, fn }),
  };
  signal.addEventListener('abort', () => {
    for (const t of timers) win.clearTimeout(t);
    timers.clear();
  }, { once: true });

  for (const c of list) {
    current = c.name;
    c.init(signal, shared);
  }
  current = '';

  const scan = () => {
    const route = parseRoute(win.location.hash);
    const path = route.path.toLowerCase();
    const kind = detectPage(doc, route);
    let perm: Element | null | undefined;
    let permOpen: boolean | undefined;
    let hp: ReturnType<typeof readHomepageDialog> | undefined;
    const frame: ScanFrame = {
      route,
      path,
      prevPath,
      kind,
      appId: appIdFromRoute(route),
      permissionDialog: () => (perm === undefined ? (perm = kind === 'app-detail' || onRoute(path, 'appDetail') ? findPermissionDialog(doc) : null) : perm),
      permissionDialogOpen: () => (permOpen === undefined ? (permOpen = (kind === 'app-detail' || onRoute(path, 'appDetail')) && permissionDialogOpen(doc, frame.permissionDialog())) : permOpen),
      homepageDialog: () => (hp === undefined ? (hp = kind === 'app-detail' ? readHomepageDialog(doc) : null) : hp),
    };
    prevPath = path;
    for (const s of scans) {
      try {
        s.fn(frame);
      } catch (e) {
        console.error(`[EC panel] ${s.name} failed`, e);
        debugLog('scan', `${s.name} threw`, e);
      }
    }
  };

  const onPress = (e: Event) => {
    // Only the user's own presses count (a page script's synthetic click never does).
    if (!e.isTrusted || !shared.ui.mounted()) return;
    const h = shared.ui.host();
    if (h && e.composedPath().includes(h)) return;
    if (e.type === 'keydown') {
      const k = (e as KeyboardEvent).key;
      if (k !== 'Enter' && k !== ' ') return;
    }
    const target = (e.composedPath()[0] ?? e.target) as Element | null;
    if (!target || target.nodeType !== 1) return;
    const press: Press = { target, text: controlText(target), page: store.getState().page };
    for (const p of presses) {
      try {
        p.fn(press);
      } catch (err) {
        console.error(`[EC panel] ${p.name} failed`, err);
        debugLog('press', `${p.name} threw`, err);
      }
    }
  };
  // Capture phase: the page may act on mousedown.
  for (const type of PRESS_EVENTS) doc.addEventListener(type, onPress, { capture: true, signal });

  watch = watchPage(signalContext(signal), win, scan);
  return { shared, watch };
}
