import { defineConfig } from 'vitest/config';

// Unit and DOM tests run in happy-dom; browser end-to-end tests (test/e2e, real Chromium with
// the built extension) run in node, one file at a time, after `npm run build:e2e`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['lib/**/*.test.{ts,tsx}', 'rules/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/packs/**/*.test.ts', 'test/lint/**/*.test.ts', 'test/portal/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/security/**/*.test.{ts,tsx}'],
        },
      },
      {
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
    ],
  },
});
