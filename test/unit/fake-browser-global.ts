import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * WXT's in-memory browser (wxt/testing) as the global `chrome`, so WXT's storage works in a
 * unit test as it does in the extension. Imported through `vi.hoisted` before anything that
 * imports `wxt/utils/storage`, which takes the global when it loads.
 */
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

export { fakeBrowser };

/** Everything stored in an area, as the browser would hand it back. */
export const stored = (area: 'local' | 'session'): Promise<Record<string, unknown>> => fakeBrowser.storage[area].get(null);
