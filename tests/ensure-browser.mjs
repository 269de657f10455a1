// Makes sure Debian's Chromium (and a CJK font for readable screenshots) is installed before the
// browser tests, the sandbox or the benchmarks run, so `npm ci && npm test` / `npm run sandbox`
// work on a fresh machine. Playwright cannot download its own browsers here.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const browser = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasFont = () => {
  try {
    return /wqy|noto sans cjk/i.test(execSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return true; // no fontconfig tools: nothing to check, nothing to install
  }
};

const need = [];
if (!existsSync(browser)) need.push('chromium');
if (!hasFont()) need.push('fonts-wqy-microhei');
if (need.length) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!root || !apt) {
    console.error(`缺少 ${need.join(', ')}。请先安装：sudo apt-get install -y ${need.join(' ')}\nMissing ${need.join(', ')}: install it first (sudo apt-get install -y ${need.join(' ')}), or set CHROMIUM_PATH.`);
    process.exit(existsSync(browser) ? 0 : 1);
  }
  console.log(`== installing ${need.join(' ')} (Debian packages)`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${need.join(' ')}`, { stdio: 'inherit' });
}
