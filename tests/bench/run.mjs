// npm run bench: build once, run every tests/bench/*.bench.ts, print each figure beside its budget.
//
//   node tests/bench/run.mjs [--no-build] [--ci] [--retries=N] [name…]   (name: fill → fill.bench.ts; none: all)
//
// Kinds of figure (by unit): timing (ms) vs everything else (sizes in KB, heap growth in MB,
// action counts, …). A bench file with a timing figure over budget is run again (default twice
// more; --retries=N) and each figure keeps its best value over the attempts; a bench that could
// not measure (a failed test) is run again too. Then:
//  - a miss of a size / heap / count budget, or a bench that still failed: exit 1, always;
//  - a timing miss after the retries: exit 1 locally; with --ci it is printed loudly (`TIMING MISS`)
//    but does not fail the build: wall-clock figures on a shared, loaded 2-core CI machine are not
//    stable enough to gate on (see README, "Benchmarks").
// --no-build reuses .output (CI: the build `npm test` just made, from the same sources).
import { execSync } from 'node:child_process';
import { rmSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const ci = args.includes('--ci');
const noBuild = args.includes('--no-build');
const retries = Number(args.find((a) => a.startsWith('--retries='))?.split('=')[1] ?? 2);
const only = args.filter((a) => !a.startsWith('--')).map((n) => `${n.replace(/\.bench\.ts$/, '')}.bench.ts`);
const started = Date.now();

rmSync('bench-output', { recursive: true, force: true });
execSync('node tests/ensure-browser.mjs', { stdio: 'inherit' });
if (noBuild && existsSync('.output/chrome-mv3/manifest.json')) console.log('== bench: reusing the build in .output');
else execSync('npx wxt build', { stdio: 'inherit' });

/** Run the given bench files (all when empty); the names of the files whose tests failed. */
function run(files, attempt) {
  const failed = new Set();
  const list = files.map((f) => `tests/bench/${f}`).join(' ');
  try {
    execSync(`npx playwright test -c tests/bench/playwright.bench.config.ts --reporter=list,json ${list}`, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, BENCH_ATTEMPT: String(attempt), PLAYWRIGHT_JSON_OUTPUT_NAME: resolve('bench-output/results.json') /* a relative name is taken from the config's folder */ },
    });
  } catch {
    // a bench that could not measure: which file (from the JSON report)
    try {
      const walk = (suite) => {
        for (const s of suite.suites ?? []) walk(s);
        for (const spec of suite.specs ?? []) if (!spec.ok) failed.add(spec.file.split('/').pop());
      };
      walk(JSON.parse(readFileSync('bench-output/results.json', 'utf8')));
    } catch {
      failed.add('(unknown)');
    }
  }
  return failed;
}

const rows = () =>
  existsSync('bench-output/figures.jsonl')
    ? readFileSync('bench-output/figures.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    : [];
const isTiming = (r) => r.unit === 'ms';

let failed = run(only, 1);
for (let attempt = 2; attempt <= retries + 1; attempt++) {
  // best value per figure so far
  const best = new Map();
  for (const r of rows()) if (!best.has(r.name) || r.value < best.get(r.name).value) best.set(r.name, r);
  const again = new Set([...best.values()].filter((r) => r.miss && isTiming(r)).map((r) => r.file));
  // a file that failed without an over-budget size (the guard's size check fails its test) runs again
  for (const f of failed) if (![...best.values()].some((r) => r.file === f && r.miss && !isTiming(r))) again.add(f);
  again.delete('');
  again.delete('(unknown)');
  if (!again.size) break;
  console.log(`\n== bench attempt ${attempt}: again ${[...again].join(', ')} (timing over budget or could not measure)`);
  const stillFailed = run([...again], attempt);
  for (const f of again) if (!stillFailed.has(f)) failed.delete(f);
  for (const f of stillFailed) failed.add(f);
}

// The figures: each figure's best attempt, in the order first printed.
const order = [];
const best = new Map();
for (const r of rows()) {
  if (!best.has(r.name)) order.push(r.name);
  if (!best.has(r.name) || r.value < best.get(r.name).value) best.set(r.name, r);
}
const attempts = (name) => rows().filter((r) => r.name === name).length;
console.log('\n== Figures (best of the attempts) ==');
for (const name of order) {
  const r = best.get(name);
  const n = attempts(name);
  console.log(`BENCH ${r.name}: ${Number(r.value.toFixed(3))} ${r.unit} (target ${r.target})${n > 1 ? ` [best of ${n}]` : ''}${r.miss ? ' MISS' : ''}`);
}
const misses = order.map((n) => best.get(n)).filter((r) => r.miss);
const hard = misses.filter((r) => !isTiming(r));
const timing = misses.filter(isTiming);
if (hard.length) console.log(`\n${hard.length} size / memory / count figure(s) over budget:\n${hard.map((r) => `  MISS ${r.name}: ${Number(r.value.toFixed(3))} ${r.unit} (target ${r.target})`).join('\n')}`);
if (timing.length) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}\nTIMING MISS after ${retries + 1} attempts — ${timing.length} timing figure(s) over budget${ci ? ' (CI: reported, not failing; the machine is shared and loaded)' : ''}:\n${timing.map((r) => `  TIMING MISS ${r.name}: ${Number(r.value.toFixed(3))} ms (target ${r.target})`).join('\n')}\n${bar}`);
}
if (failed.size) console.log(`\nbench test(s) that failed (an assertion, or could not measure): ${[...failed].join(', ')}`);
console.log(`\n== bench finished in ${Math.round((Date.now() - started) / 1000)} s`);
if (hard.length || failed.size || (!ci && timing.length)) process.exit(1);
