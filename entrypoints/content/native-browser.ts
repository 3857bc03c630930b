import type { browser as Polyfilled } from 'wxt/browser';

/**
 * `wxt/browser` for the content script only (aliased in wxt.config.ts): Chrome MV3 and Firefox
 * both give content scripts promise-based APIs, so the webextension polyfill (about 3 KB
 * gzipped of a 40 KB budget) stays out of this bundle. The one difference the polyfill hides,
 * a promise returned from `runtime.onMessage`, is not relied on: the listener answers through
 * `sendResponse`.
 */
const scope = globalThis as unknown as { browser?: typeof Polyfilled; chrome?: typeof Polyfilled };
export const browser = (scope.browser ?? scope.chrome) as typeof Polyfilled;
