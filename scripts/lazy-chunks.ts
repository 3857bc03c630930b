import { resolve } from 'node:path';
import { build, type InlineConfig, type PluginOption } from 'vite';
import type { BuildOutput, Entrypoint, PublicPathEntry, Wxt } from 'wxt';

/**
 * WXT 0.20 bundles every content script as one IIFE: an `import('./x')` inside it is inlined,
 * never split. These hooks (spread into wxt.config.ts's `hooks`) add a second Vite build, run
 * after WXT's own, that bundles what the content script loads on demand as ES modules with
 * code splitting into `<outDir>/lazy/`, loaded by the content script with
 * `import(browser.runtime.getURL('/lazy/<entry>.js'))`; the chunks import each other by
 * relative URLs. (`wxt dev` is not covered: this runs once, after a full build.)
 *
 * - The content script's own Vite config is reused (captured when WXT makes it), so its
 *   aliases (`wxt/browser` → the browsers' own API), `define`s and mode apply to the chunks;
 *   only its IIFE-only plugins and `wxt:define` go (the latter turns `import.meta.url` into
 *   `self.location.href`, for service workers: in a content script's module that is the PAGE).
 * - `build.lib` stays on: Vite then adds no `__vitePreload` helper, which would put
 *   `<link rel=modulepreload href=chrome-extension://…>` into the page's DOM.
 * - Chrome MV3 loads an extension module into a content script only when it is listed in
 *   `web_accessible_resources` for the page (see `manifestGenerated`). Firefox MV2 needs no entry.
 */

export interface LazyChunksOptions {
  /** output name under lazy/ (no extension) → source file, relative to the project root */
  entries: Record<string, string>;
  /** the path under lazy/ (no extension) of a chunk that is not an entry, by its first module
   *  (names given must be unique); undefined for `chunks/[name]-[hash]` */
  chunkName?(facadeModuleId: string | null): string | undefined;
  /** the pages allowed to load the chunks, by build mode: the content script's `matches`, and
   *  those it is registered on at runtime (optional hosts) */
  matches(mode: string): string[];
  /** the content script whose Vite config is reused */
  contentScript: string;
}

// iife-*: IIFE-only wrappers; wxt:define: see above
const DROPPED_PLUGINS = new Set(['wxt:iife-footer', 'wxt:iife-anonymous', 'wxt:define']);
const pluginName = (p: PluginOption): string =>
  p && typeof p === 'object' && !Array.isArray(p) && 'name' in p && typeof p.name === 'string' ? p.name : '';

export function lazyChunks(options: LazyChunksOptions) {
  let contentConfig: InlineConfig | undefined;
  return {
    /** keeps the content script's config (by reference: hooks run after this one still count) */
    extendConfig(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
      const [only] = entrypoints;
      if (entrypoints.length === 1 && only?.type === 'content-script' && only.name === options.contentScript) contentConfig = config;
    },

    async buildDone(wxt: Wxt, output: Readonly<BuildOutput>): Promise<void> {
      if (!contentConfig) throw Error(`[lazy-chunks] no Vite config seen for the content script "${options.contentScript}"`);
      const plugins = ((contentConfig.plugins ?? []) as PluginOption[]).filter((p) => !DROPPED_PLUGINS.has(pluginName(p)));
      // minified like the content script itself (Vite leaves an ES library's whitespace and
      // annotations in place, for a bundler downstream: here there is none)
      const minify = contentConfig.build?.minify !== false;
      const bundlerOptions = {
        output: {
          ...(minify ? { minify: true, comments: false } : {}),
          // V8's explicit compile hint: every function of the chunk is compiled while the file
          // streams in, off the page's main thread, instead of lazily on its first call there
          // (measured: the first scan of a 50-field page 25 → 20 ms CPU)
          postBanner: '//# allFunctionsCalledOnLoad\n',
          entryFileNames: '[name].js',
          chunkFileNames: (chunk: { facadeModuleId: string | null }) => {
            const name = options.chunkName?.(chunk.facadeModuleId);
            return name ? `${name}.js` : 'chunks/[name]-[hash].js';
          },
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      };
      const config: InlineConfig = {
        ...contentConfig,
        plugins,
        logLevel: 'warn',
        build: {
          ...contentConfig.build,
          outDir: resolve(wxt.config.outDir, 'lazy'),
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: Object.fromEntries(Object.entries(options.entries).map(([name, path]) => [name, resolve(wxt.config.root, path)])),
            formats: ['es'],
          },
          // Vite 8 (rolldown) reads rolldownOptions and fills it in on the config object WXT
          // passed it: both are replaced (rollupOptions alone would be ignored)
          rollupOptions: bundlerOptions,
          // allow-extension: the modules the reader shares with the checks and packs stay in
          // lazy/reader.js (they export from it) rather than in one more file for every page
          rolldownOptions: { ...bundlerOptions, preserveEntrySignatures: 'allow-extension' },
        },
      };
      const result = await build(config);
      const files = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      // listed in WXT's build summary (`wxt zip` packs the whole output folder anyway)
      for (const f of files) output.publicAssets.push({ type: 'asset', fileName: `lazy/${f.fileName}` });
      wxt.logger.success(`[lazy-chunks] built ${files.length} file(s) into lazy/`);
      // LAZY_CHUNKS_MODULES=1: which modules fill each chunk (minified bytes, before gzip)
      if (process.env.LAZY_CHUNKS_MODULES) {
        for (const f of files) {
          if (f.type !== 'chunk') continue;
          const modules = Object.entries(f.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
          wxt.logger.info(
            `lazy/${f.fileName}\n${modules.map(([id, m]) => `  ${String(m.renderedLength).padStart(7)}  ${id.replace(`${wxt.config.root}/`, '')}`).join('\n')}`,
          );
        }
      }
    },

    manifestGenerated(wxt: Wxt, manifest: { web_accessible_resources?: unknown[] }): void {
      // Firefox MV2 content scripts import moz-extension:// modules without it
      if (wxt.config.manifestVersion === 2) return;
      // Chrome MV3 fetches a module imported by a content script as the PAGE would, so it must
      // be web-accessible to the pages the content script runs on, and to those only. No
      // use_dynamic_url: the chunks' relative imports of each other break with it.
      (manifest.web_accessible_resources ??= []).push({ resources: ['lazy/*.js'], matches: options.matches(wxt.config.mode) });
    },

    /** lets `browser.runtime.getURL('/lazy/reader.js')` type-check */
    publicPaths(_wxt: Wxt, paths: PublicPathEntry[]): void {
      for (const name of Object.keys(options.entries)) paths.push(`lazy/${name}.js`);
    },
  };
}
