// The guard's UI (issue 14): the notice and the confirmation dialog with their texts, in the top frame
// only, so the every-frame guard (entrypoints/guard.content.ts, ≤ 15 KB) carries neither. It hands
// itself over on UI_KEY of the extension's isolated world; the guard of any same-origin frame of the
// tab reaches it through window.top and draws in the top document, as before. Stateless and DOM-only,
// so it keeps working for an orphaned guard after the extension was reloaded; a re-injection after an
// update replaces it (utils/guard/background.ts). No WXT ctx (stubbed out, see wxt.config.ts).
import { UI_KEY } from '@/utils/guard/ui-api';
import { createGuardUi } from '@/utils/guard/ui';
import { loadTexts } from '@/utils/guard/texts';

export function main(): void {
  (globalThis as Record<string, unknown>)[UI_KEY] = createGuardUi(loadTexts());
}

export default defineContentScript({
  matches: ['https://open.work.weixin.qq.com/*'],
  runAt: 'document_start',
  main,
});
