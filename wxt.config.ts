import { fileURLToPath } from 'node:url';
import type { Alias, AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import { matchesForMode } from './rules/portals/hosts';

const NATIVE_BROWSER = fileURLToPath(new URL('./entrypoints/content/native-browser.ts', import.meta.url));
const aliasList = (alias: AliasOptions | undefined): Alias[] =>
  Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));

// Production matches Cigna's provider portal only; the e2e build (`--mode e2e`) adds
// localhost so the bundled demo portal and browser tests can run against it. The content
// script's `matches` come from the same list.

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  hooks: {
    // the content script uses the browsers' own promise APIs, not the polyfill (its size budget);
    // it never imports a pack's docs, so it carries no rule descriptions or source addresses
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...aliasList(config.resolve?.alias)],
      };
    },
  },
  manifest: ({ mode }) => ({
    name: 'PA Preflight',
    description:
      'Flags prior-authorization mistakes inline on the payer portal before you submit. Nothing you type leaves the tab.',
    permissions: ['storage'],
    host_permissions: matchesForMode(mode),
    browser_specific_settings: {
      gecko: { id: 'pa-preflight@example.org', strict_min_version: '115.0' },
    },
  }),
});
