import { defineConfig } from '@playwright/test';

const interactive = process.env.SANDBOX_HEADLESS === '0';
export default defineConfig({
  testDir: '.',
  testMatch: 'sandbox.walk.ts',
  timeout: interactive ? 0 : 480_000,
  workers: 1,
  reporter: 'list',
});
