// ESLint flat config: typescript-eslint's recommended rules (not the type-checked set: fast, and
// `npm run typecheck` already runs tsc) and React's hooks rules. Style is left to .editorconfig.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'reports/**', 'sandbox-output/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      // WXT auto-imports (defineContentScript, defineBackground, browser …) are typed via .wxt/;
      // tsc checks undefined names better than ESLint can.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Tests and page-facing code talk to untyped page globals (window.__replica, chrome.*).
      '@typescript-eslint/no-explicit-any': 'off',
      // Empty catch blocks are deliberate where a tab closing or a context going away is expected.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Text normalisers match zero-width / control characters on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // Dexie's constructor options are typed loosely (utils/db/db.ts passes `{ open: Function }`).
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // One writer for data: only the background opens IndexedDB. UI and content scripts talk to it
    // through messages (utils/messages.ts) and hold its replies as the types of utils/dto.ts.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'utils/store/**', 'utils/panel/**', 'utils/journey/controller.ts', 'utils/journey/prepare.ts'],
    ignores: ['entrypoints/background.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/utils/db/*', '**/utils/db/*', '../db/*'], message: 'UI and content scripts never import utils/db: send a message (utils/rpc.ts) and use the reply types of utils/dto.ts.' }] }],
    },
  },
  {
    // The replica is plain browser JavaScript served to the page (no modules, its own globals).
    files: ['tests/replica/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, R: 'writable' } },
  },
);
