import { fileURLToPath } from 'node:url';
import type { Alias, AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import { matchesForMode } from './rules/portals/hosts';
import { OPTIONAL_MATCHES } from './rules/portals/optional-hosts';
import { lazyChunks } from './scripts/lazy-chunks';

const NATIVE_BROWSER = fileURLToPath(new URL('./entrypoints/content/native-browser.ts', import.meta.url));
const LEAN_CONTEXT = fileURLToPath(new URL('./entrypoints/content/context.ts', import.meta.url));
const aliasList = (alias: AliasOptions | undefined): Alias[] =>
  Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));

// Production matches Cigna's provider portal only; the e2e build (`--mode e2e`) adds
// localhost so the bundled demo portal and browser tests can run against it. The content
// script's `matches` come from the same list. The sites staff can switch on in the options page
// (rules/portals/optional-hosts.ts) are optional host permissions, granted only when staff allow
// them; the background registers the content script there at runtime (`scripting`).

/** Names of the chunks loaded on demand, by their first module: the checks (lazy/preflight.js) and
 *  each pack's checks (rules/cigna/ilaris/checks.ts → lazy/packs/cigna-ilaris.js). */
const chunkName = (id: string | null): string | undefined => {
  const path = id?.replaceAll('\\', '/') ?? '';
  const pack = /\/rules\/(.+)\/checks\.ts$/.exec(path)?.[1];
  if (pack && pack !== 'base') return `packs/${pack.replaceAll('/', '-')}`;
  return /\/entrypoints\/content\/(\w+)\.ts$/.exec(path)?.[1];
};

/**
 * What the content script loads on demand (scripts/lazy-chunks.ts): the stub
 * (entrypoints/content/index.ts) imports `reader`, which looks for a PA form; once one is found
 * it imports `preflight` (the checks and the warnings); a pack's rules load when a request is
 * for its drug. The manifest lists them in `web_accessible_resources` for the content script's
 * pages only (Chrome imports them into the content script as the page would).
 */
const lazy = lazyChunks({
  contentScript: 'content',
  entries: { reader: 'entrypoints/content/reader.ts' },
  chunkName,
  // optional sites too: a page of one staff switched on imports the chunks like Cigna's (listing
  // a host here exposes these files to it, and grants no access to it)
  matches: (mode) => [...matchesForMode(mode), ...OPTIONAL_MATCHES],
});

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  hooks: {
    // the content script uses the browsers' own promise APIs, not the polyfill, and a context
    // with only what it uses of WXT's (entrypoints/content/context.ts): its size budget; it
    // never imports a pack's docs, so it carries no rule descriptions or source addresses
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER },
          { find: /^wxt\/utils\/content-script-context$/, replacement: LEAN_CONTEXT },
          ...aliasList(config.resolve?.alias),
        ],
      };
      // PA_PROFILE=1: unminified, so a CPU profile names functions (scripts/bench/profile.ts)
      if (process.env.PA_PROFILE) config.build = { ...config.build, minify: false };
      lazy.extendConfig(entrypoints, config);
    },
    'build:done': lazy.buildDone,
    'build:manifestGenerated': lazy.manifestGenerated,
    'prepare:publicPaths': lazy.publicPaths,
  },
  manifest: ({ mode, manifestVersion }) => ({
    name: 'PA Preflight',
    description: 'Flags prior-authorization mistakes inline on the payer portal before you submit. Nothing you type leaves the tab.',
    permissions: ['storage', 'scripting'],
    host_permissions: matchesForMode(mode),
    // MV3 keeps optional hosts apart; MV2 (Firefox) lists them among optional_permissions (WXT
    // drops optional_host_permissions from an MV2 manifest)
    ...(manifestVersion === 3 ? { optional_host_permissions: OPTIONAL_MATCHES } : { optional_permissions: OPTIONAL_MATCHES }),
    browser_specific_settings: {
      // The add-on's id for good: Firefox keys its storage and addons.mozilla.org its listing on
      // it, so it never changes. A UUID (generated once) rather than an email-style id, because the
      // project owns no domain to put after the @ (example.org is reserved for documentation).
      gecko: {
        id: '{a2ccda17-b58c-4566-b020-0ef488b3805d}',
        strict_min_version: '115.0',
        // addons.mozilla.org asks every new add-on what it collects: nothing
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
