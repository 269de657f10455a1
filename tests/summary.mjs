// Prints one closing line over unit (vitest) and e2e (Playwright) results: "Tests: N passed, M failed".
import { readFileSync, existsSync } from 'node:fs';

let passed = 0, failed = 0, skipped = 0;
const unit = 'reports/unit.json';
if (existsSync(unit)) {
  const u = JSON.parse(readFileSync(unit, 'utf8'));
  passed += u.numPassedTests; failed += u.numFailedTests; skipped += u.numPendingTests + (u.numTodoTests ?? 0);
}
const e2e = 'reports/e2e.json';
if (existsSync(e2e)) {
  const s = JSON.parse(readFileSync(e2e, 'utf8')).stats;
  passed += s.expected + (s.flaky ?? 0); failed += s.unexpected; skipped += s.skipped;
}
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || passed === 0 ? 1 : 0);
