import { defineConfig } from 'wxt';

// Production matches Cigna's provider portal only; the e2e build (`--mode e2e`) adds
// localhost so the bundled demo portal and browser tests can run against it.
const CIGNA_HOSTS = ['https://cignaforhcp.cigna.com/*'];
const TEST_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode }) => ({
    name: 'PA Preflight',
    description:
      'Flags prior-authorization mistakes inline on the payer portal before you submit. Nothing you type leaves the tab.',
    permissions: ['storage'],
    host_permissions: mode === 'e2e' ? [...CIGNA_HOSTS, ...TEST_HOSTS] : CIGNA_HOSTS,
    browser_specific_settings: {
      gecko: { id: 'pa-preflight@example.org', strict_min_version: '115.0' },
    },
  }),
});
