// npm run sandbox [-- --headless]: build the extension, then either open Chromium on the replica with
// a sample bundle (when a display is available) or walk the main flow headless and write screenshots
// to sandbox-output/ (exit code non-zero if a step fails).
import { execSync, spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const wantsHeadless =
  args.includes('--headless') ||
  !!process.env.npm_config_headless || // `npm run sandbox --headless` (npm swallows the flag)
  !!process.env.CI ||
  !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

execSync('node tests/ensure-browser.mjs', { stdio: 'inherit' });
execSync('npx wxt build', { stdio: 'inherit' });
const r = spawnSync('npx', ['playwright', 'test', '-c', 'tests/sandbox/playwright.sandbox.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SANDBOX_HEADLESS: wantsHeadless ? '1' : '0' },
});
if (wantsHeadless && r.status === 0) console.log('\n沙盒流程完成，截图在 sandbox-output/ 。 Sandbox walk-through done: screenshots in sandbox-output/.');
process.exit(r.status ?? 1);
