// The page script of every provider-backend page (top frame): asks the background to inject the
// React panel where it may show (issue 14), and feeds progress from the go-online list (代开发应用上线, #/sass/customApp/deploy/list): reads the
// table's 企业客户 / 状态 columns and tells the background (deploy.observed), which marks step 1f.
// Read-only: never clicks anything. Top frame only, no React, no zod (types only from messages).
// Hash routes change without reloads: listens to hashchange; one debounced MutationObserver for
// content that renders late; everything registered through ctx so it is torn down with the script.
import type { Message } from '@/utils/messages';
import { onDeployList, readDeployRows, type DeployRow } from '@/utils/page/deploy';
import { send } from '@/utils/rpc';
import { mayShowPanel } from '@/utils/panel/constants';

const DEBOUNCE_MS = 250;

export default defineContentScript({
  matches: ['https://open.work.weixin.qq.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    let timer: number | undefined;
    let observing = false;

    const read = () => {
      timer = undefined;
      if (!ctx.isValid || !onDeployList(location.hash)) return;
      const rows: DeployRow[] = readDeployRows(document.body);
      if (!rows.length) return;
      const key = JSON.stringify(rows);
      if (key === lastSent) return;
      lastSent = key;
      const msg: Message = { type: 'deploy.observed', rows: rows.slice(0, 5000) };
      void send(msg);
    };
    // Plain timers, cleared in onInvalidated below: WXT's ctx.setTimeout adds an 'abort' listener
    // per call that is never removed, so a debounce through it leaks one per mutation batch.
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = window.setTimeout(read, DEBOUNCE_MS);
    };

    // The React panel is not in the manifest (issue 14): ask the background for it where it may
    // show — a panel route, or text of a panel page that rendered late. Once asked, never again.
    let panelAsked = false;
    let panelTimer: number | undefined;
    const wantPanel = () => {
      panelTimer = undefined;
      if (panelAsked || !ctx.isValid) return;
      if (!mayShowPanel(location.hash, document.body?.textContent ?? '')) return;
      panelAsked = true;
      void send({ type: 'panel.inject' }).then((r) => {
        if (!r.ok) panelAsked = false; // the worker was not reachable: try again on the next change
      });
      sync();
    };

    // One observer: late content for the panel check (until asked) and the go-online list.
    const observer = new MutationObserver(() => {
      if (!panelAsked && panelTimer === undefined) panelTimer = window.setTimeout(wantPanel, 50);
      if (onDeployList(location.hash)) schedule();
    });
    const sync = () => {
      const on = onDeployList(location.hash);
      const want = on || !panelAsked;
      if (want && !observing && document.body) {
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        observing = true;
      } else if (!want && observing) {
        observer.disconnect();
        observing = false;
      }
      if (on) schedule();
    };

    ctx.addEventListener(window, 'hashchange', () => {
      wantPanel();
      sync();
    });
    ctx.onInvalidated(() => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      if (panelTimer !== undefined) clearTimeout(panelTimer);
    });
    wantPanel();
    sync();
  },
});
