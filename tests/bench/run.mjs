// npm run bench: build once, then run every tests/bench/*.bench.ts and print the figures.
import { execSync } from 'node:child_process';
import { rmSync, readFileSync, existsSync } from 'node:fs';

rmSync('bench-output', { recursive: true, force: true });
execSync('node tests/ensure-browser.mjs', { stdio: 'inherit' });
execSync('npx wxt build', { stdio: 'inherit' });
execSync('npx playwright test -c tests/bench/playwright.bench.config.ts', { stdio: 'inherit' });
if (existsSync('bench-output/figures.txt')) {
  console.log('\n== Figures ==\n' + readFileSync('bench-output/figures.txt', 'utf8'));
}
