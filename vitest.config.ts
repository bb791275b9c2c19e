import { join, resolve as resolvePath } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The ledger's tests import `../../server/…`; this resolves those imports in the installed
 * consentry-ledger package (its tarball, installed by the container recipe in
 * test/ledger/global-setup.ts, which names the folder), so the suite tests what ships.
 */
const ledgerFromItsTarball = (): Plugin => ({
  name: 'ledger-from-its-tarball',
  enforce: 'pre',
  resolveId(id, importer) {
    const path = /^(?:\.\.\/)+server\/(.+)$/.exec(id)?.[1];
    if (!path || !importer?.includes('/test/')) return null;
    const installed = process.env.CONSENTRY_LEDGER_PACKAGE;
    if (!installed) throw new Error(`${importer} imports ${id} before test/ledger/global-setup.ts installed the ledger`);
    return join(installed, path);
  },
});

// One project per environment; the folder decides which (STYLE §3.10).
export default defineConfig({
  // JSX through Vite's oxc transform: Preact's automatic runtime for the tests; the banner's
  // own files choose the classic `h` runtime with a pragma (smaller output, same types).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.{ts,tsx}', 'test/architecture.test.ts'],
          setupFiles: ['test/helpers/setup.ts'],
          // The banner imports its stylesheets as text (`?raw`); vitest blanks CSS unless told.
          css: { include: [/banner\/(styles|preferences\/preferences)\.css/] },
        },
      },
      { extends: true, test: { name: 'node', environment: 'node', include: ['test/node/**/*.test.ts', 'test/size.test.ts'] } },
      {
        // consentry/react with React 18 too (the peer range is >= 18): the same tests, React
        // and React DOM taken from test/react18/ (its own package, installed by .ci/run).
        extends: true,
        resolve: { alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: resolvePath('test/react18/node_modules/$1$2') }] },
        test: { name: 'react18', environment: 'jsdom', include: ['test/unit/adapters/react*.test.ts'], setupFiles: ['test/helpers/setup.ts'], env: { VITEST_PROJECT_REACT: '18' } },
      },
      {
        extends: true,
        plugins: [ledgerFromItsTarball()],
        test: {
          name: 'ledger',
          environment: 'node',
          include: ['test/ledger/**/*.test.ts'],
          // One throwaway PostgreSQL cluster for every ledger test; each file makes its databases.
          globalSetup: ['test/ledger/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each embedded database holds a few hundred MB: one file at a time.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'engines',
          environment: 'node',
          // The privacy and vendor suites in Chromium, Firefox and WebKit (test/helpers/engines).
          include: ['test/engines/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time, engine after engine: two cores. Runs after the other
          // projects (groupOrder), so it never shares the machine with the e2e Chromium.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
