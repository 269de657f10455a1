// The whole step-1 journey on our replica (template page → … → the go-online picker's 确定):
// actions with the extension (one paste, then ec-next-step; the user presses the page's own
// 完成 / 确定 / 保存 / 确定) against the same walk by hand (every value copied from the chat).
import { test } from '../e2e/fixtures';
import { walkByHand, walkWithExtension } from '../e2e/journey-walk';
import { report } from './report';

test('journey: step 1, actions with and without the extension', async ({ page, extPage, context }) => {
  test.setTimeout(120_000);
  const ext = await extPage('popup.html');
  await page.bringToFront();
  const withExt = await walkWithExtension(page, ext);
  const other = await context.newPage();
  const byHand = await walkByHand(other);
  report('journey step 1 actions with the extension (one paste, no return to the chat)', withExt, 'actions', '<= 10');
  report('journey step 1 actions by hand (same walk, values copied from the chat)', byHand, 'actions', 'info');
});
