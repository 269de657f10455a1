// Progress feed from the go-online list (代开发应用上线, #/sass/customApp/deploy/list): reads the
// table's 企业客户 / 状态 columns and tells the background (deploy.observed), which marks step 1f.
// Read-only: never clicks anything. Top frame only, no React, no zod (types only from messages).
// Hash routes change without reloads: listens to hashchange; one debounced MutationObserver for
// content that renders late; everything registered through ctx so it is torn down with the script.
import type { Message } from '@/utils/messages';
import { onDeployList, readDeployRows, type DeployRow } from '@/utils/page/deploy';
import { send } from '@/utils/rpc';

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
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(read, DEBOUNCE_MS);
    };

    const observer = new MutationObserver(schedule);
    const sync = () => {
      const on = onDeployList(location.hash);
      if (on && !observing) {
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        observing = true;
      } else if (!on && observing) {
        observer.disconnect();
        observing = false;
      }
      if (on) schedule();
    };

    ctx.addEventListener(window, 'hashchange', sync);
    ctx.onInvalidated(() => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    });
    sync();
  },
});
