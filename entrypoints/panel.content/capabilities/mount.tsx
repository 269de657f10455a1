// The panel itself: React in an open shadow root hung off <body>, mounted on panel pages and
// removed when the page goes away; the column's reserve (the page's flow narrowed beside it) and
// where the panel goes (utils/panel/layout.ts), measured when the window, the page, the open dialog
// or the user's choice changes — not on every mutation. Also the PanelCore the React UI calls.
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { PANEL_PAGES } from '@/utils/panel/flow';
import { fillMenus } from '@/utils/fill/menus';
import { placePanel, samePlacement, columnWidth, MARGIN, TOP, COMPACT_HEIGHT, COMPACT_TALL, type Rect } from '@/utils/panel/layout';
import { controlCount, controlRects, dialogRect } from '@/utils/panel/measure';
import { panelCollapsedValue, panelSideValue } from '@/utils/local-values';
import type { Capability } from '@/utils/panel/capabilities/types';
import { PanelApp } from '@/components/panel/PanelApp';
import { PANEL_CSS } from '@/components/panel/styles';
import type { PanelCore } from '@/components/panel/store';

export function mountPanel(ctx: ContentScriptContext): Capability {
  return {
    name: 'mount',
    init(signal, s) {
      const { store, doc, win } = s;
      let wantMounted = false;
      let ui: ShadowRootContentScriptUi<Root> | null = null;
      let creating: Promise<ShadowRootContentScriptUi<Root>> | null = null;
      s.ui = { host: () => ui?.shadowHost ?? null, mounted: () => !!ui?.mounted };

      // Settings first read once, then kept current (no re-read per scan).
      const settingsReady = Promise.all([
        panelCollapsedValue.getValue().then((v) => store.setState({ collapsed: !!v }), () => undefined),
        panelSideValue.getValue().then((v) => store.setState({ side: v === 'left' ? 'left' : 'right' }), () => undefined),
      ]);

      const core: PanelCore = {
        send: s.send,
        doc,
        setPendingWizard: (p) => (s.session.pending = p),
        rememberCustomer: (corpId) => s.rememberCustomer(corpId),
        setCollapsed: (collapsed) => {
          store.setState({ collapsed });
          void panelCollapsedValue.setValue(collapsed).catch(() => undefined);
        },
        setSide: (side) => {
          store.setState({ side });
          void panelSideValue.setValue(side).catch(() => undefined);
          layoutKey = '';
          s.schedule();
        },
        parse: s.parse,
        ledger: s.ledger,
        holdScans: () => s.holdScans(),
        fillMenus,
        nextStep: (target) => s.journey.next(target, s.session.view),
      };

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
              const el = doc.createElement('div');
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
          await settingsReady;
        }
        if (!wantMounted || signal.aborted) return;
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
        const st = store.getState();
        const p = st.place;
        const px = ui?.mounted && !st.collapsed && p && p.reserve > 0 ? p.reserve : 0;
        const css = px ? `html{margin-${p!.side}:${px}px !important;}` : '';
        if (!css) {
          reserveStyle?.remove();
          reserveStyle = null;
          reserved = '';
          return;
        }
        if (!reserveStyle) {
          reserveStyle = doc.createElement('style');
          reserveStyle.setAttribute('data-ec-panel-reserve', '');
        }
        if (reserved !== css) reserveStyle.textContent = reserved = css;
        if (!reserveStyle.isConnected) (doc.head ?? doc.documentElement).append(reserveStyle);
      }
      signal.addEventListener('abort', () => reserveStyle?.remove(), { once: true });

      let layoutKey = '';
      function layout(kind: string, path: string): void {
        const st = store.getState();
        const d = dialogRect(doc);
        const de = doc.documentElement;
        const key = [win.innerWidth, win.innerHeight, de.scrollWidth, de.scrollHeight, controlCount(doc), kind, path, st.collapsed, st.side, reserved, d ? [d.rect.left, d.rect.top, d.rect.right, d.rect.bottom].map(Math.round).join(',') : ''].join('|');
        if (key === layoutKey) return;
        layoutKey = key;
        const vw = win.innerWidth;
        const vh = win.innerHeight;
        const w = columnWidth(vw);
        const zones: Rect[] = [
          { left: vw - w - 2 * MARGIN, top: 0, right: vw, bottom: vh },
          { left: 0, top: 0, right: w + 2 * MARGIN, bottom: vh },
          { left: 0, top: 0, right: vw, bottom: TOP + COMPACT_TALL },
          { left: 0, top: vh - COMPACT_TALL - 8, right: vw, bottom: vh },
        ];
        if (d) zones.push({ left: 0, top: Math.max(0, d.rect.top - COMPACT_TALL - 12), right: vw, bottom: Math.min(vh, d.rect.bottom + COMPACT_TALL + 12) });
        // Until the reserve applies, the page's own flow still reaches under the column: measure after.
        const wantReserve = !st.collapsed && !d;
        if (wantReserve && !reserved) {
          store.setState({ place: placePanel({ vw, vh, dialog: null, controls: [], height: 600, side: st.side }) });
          reserve();
          layoutKey = '';
          s.schedule();
          return;
        }
        const controls = controlRects(d ? d.el : doc, zones);
        const height = ui?.mounted ? (ui.uiContainer.firstElementChild?.firstElementChild?.getBoundingClientRect().height ?? 600) : 600;
        const place = st.collapsed
          ? placePanel({ vw, vh, dialog: d?.rect ?? null, controls: [...controls, ...(d ? [d.rect] : [])], height: COMPACT_HEIGHT, side: st.side, compactOnly: true })
          : placePanel({ vw, vh, dialog: d?.rect ?? null, controls, height: Math.max(200, height), side: st.side });
        if (!samePlacement(place, st.place)) store.setState({ place });
        reserve();
      }

      const unsubscribe = store.subscribe((st, prev) => {
        if (st.collapsed !== prev.collapsed) {
          layoutKey = '';
          s.schedule();
        }
      });
      signal.addEventListener('abort', unsubscribe, { once: true });
      win.addEventListener('resize', () => s.schedule(), { signal });

      // Page field edits do not always mutate the DOM: refresh the preview on input/change too.
      const onPageInput = (e: Event) => {
        const h = ui?.shadowHost;
        if (h && e.composedPath().includes(h)) return;
        if (ui?.mounted) s.schedule();
      };
      doc.addEventListener('input', onPageInput, { capture: true, signal });
      doc.addEventListener('change', onPageInput, { capture: true, signal });

      s.onScan((f) => {
        if (!PANEL_PAGES.has(f.kind)) {
          wantMounted = false;
          unmount();
          return;
        }
        wantMounted = true;
        if (!ui?.mounted || !ui.shadowHost.isConnected) void mount();
        // Keep the page's form and open dialog (its 确定 / 取消) clear of the panel.
        layout(f.kind, f.path);
      });
    },
  };
}
