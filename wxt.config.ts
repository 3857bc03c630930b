import { defineConfig } from 'wxt';
import { matchesForMode } from './rules/portals/hosts';

// Production matches Cigna's provider portal only; the e2e build (`--mode e2e`) adds
// localhost so the bundled demo portal and browser tests can run against it. The content
// script's `matches` come from the same list.

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
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
