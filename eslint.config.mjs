// ESLint's configuration for the project's own JavaScript: the build and serve scripts, the
// service worker template, the browser tests and the benchmarks. Run it with scripts/lint-js;
// ESLint and its rule sets are installed in tools/lint/, so they are loaded from there.
import { createRequire } from 'node:module';

const require = createRequire(new URL('./tools/lint/package.json', import.meta.url));
const js = require('@eslint/js');
const globals = require('globals');

export default [
  { ignores: ['**/node_modules/', 'dist/', 'dist-*/', 'target/'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // The browser tests and benchmarks hand functions to Playwright's page.evaluate, which run
    // in the page: they use both Node's and the browser's globals.
    files: ['tests/e2e/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Copied into the built site as sw.js and registered as a classic service worker script.
    files: ['scripts/service-worker.template.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker } },
  },
];
