// npm run bench: build once, then run every tests/bench/*.bench.ts and print the figures.
import { execSync } from 'node:child_process';
import { rmSync, readFileSync, existsSync } from 'node:fs';

rmSync('bench-output', { recursive: true, force: true });
execSync('node tests/ensure-browser.mjs', { stdio: 'inherit' });
execSync('npx wxt build', { stdio: 'inherit' });
let failed = false;
try {
  execSync('npx playwright test -c tests/bench/playwright.bench.config.ts', { stdio: 'inherit' });
} catch {
  failed = true; // a bench that could not measure; the figures it did print are still shown
}
const figures = existsSync('bench-output/figures.txt') ? readFileSync('bench-output/figures.txt', 'utf8') : '';
if (figures) console.log('\n== Figures ==\n' + figures);
const misses = figures.split('\n').filter((l) => l.endsWith(' MISS'));
if (misses.length) console.log(`\n${misses.length} figure(s) over budget:\n${misses.join('\n')}`);
if (failed || misses.length) process.exit(1);
