import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `@/` is the project root, as in WXT's build (the paths of .wxt/tsconfig.json). */
const resolve = { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } };

// Unit and DOM tests run in happy-dom; browser end-to-end tests (test/e2e, real Chromium with
// the built extension; test/e2e-firefox, real Firefox ESR) run in node, one file at a time per
// browser, after their global setup finds the browser and builds what is stale.
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'rules/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.{ts,tsx}',
            'test/unit/**/*.test.{ts,tsx}',
            'test/packs/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/portal/src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'test/security/**/*.test.{ts,tsx}',
          ],
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
      {
        // the same scenarios' core in Firefox ESR (WebDriver BiDi, puppeteer-core) with the
        // Firefox e2e build (.output/firefox-mv2-e2e) installed as a temporary add-on
        resolve,
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['test/e2e-firefox/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/e2e-firefox/global-setup.ts'],
        },
      },
    ],
  },
});
