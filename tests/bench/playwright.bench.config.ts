// `npm run bench`: benchmarks that drive the built extension in Chromium (and pure ones), printing
// figures as lines `BENCH <name>: <value> <unit> (target …)`. Not part of `npm test`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  timeout: 180_000,
  workers: 1,
  reporter: 'list',
});
