import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The browser wiring (utils/browser/), as any relative import would name it. */
const BROWSER_WIRING = ['**/utils/browser', '**/utils/browser/**', '**/browser/**', '../browser', '../../browser'];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.scratch/', 'node_modules/', 'tests/e2e/sites/**', 'bench/results.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The layers: utils/core/ is plain TypeScript that runs in Node (no extension API, no database,
  // nothing of utils/browser/); components/ draw from a model and callbacks and reach no browser wiring.
  {
    files: ['utils/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'utils/core/ uses no extension API: put browser wiring in utils/browser/.' },
            { name: 'dexie', message: 'utils/core/ opens no database: the library lives in utils/browser/library/.' },
          ],
          patterns: [{ group: [...BROWSER_WIRING, '**/components/**'], message: 'utils/core/ imports only utils/core/.' }],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'wxt/browser', message: 'A component takes a model and callbacks; the wiring calls extension APIs.' }],
          patterns: [{ group: BROWSER_WIRING, message: 'A component imports nothing from utils/browser/.' }],
        },
      ],
    },
  },
);
