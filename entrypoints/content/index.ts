import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SETTINGS_KEY } from '@/lib/messages';
import { PORTAL_MATCHES, TEST_MATCHES } from '@/rules/portals/hosts';
import type { ContentHost } from './host';

/**
 * What runs on every portal page: this stub loads the reader (reader.ts, lazy/reader.js), which
 * looks for a PA form and loads the checks only once it finds one. The modules come from the
 * extension's own files (lazy/, built by scripts/lazy-chunks.ts); nothing is fetched from
 * elsewhere.
 */

/** One instance per page: the top frame reads its same-origin iframes itself, so a frame runs
 *  its own only when its parent is out of reach (a portal framed by another site). */
function ownsThisFrame(): boolean {
  if (window === window.top) return true;
  try {
    return !window.parent.document;
  } catch {
    return true;
  }
}

type Reader = typeof import('./reader');

export default defineContentScript({
  // matchesForMode's choice, written so the build keeps only its mode's list (WXT reads it at build time)
  matches: import.meta.env.MODE === 'e2e' ? [...PORTAL_MATCHES, ...TEST_MATCHES] : PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (!ownsThisFrame()) return;
    const host: ContentHost = {
      ctx,
      // the content script's one read of storage.local: the settings, once a form is found
      readSettings: () => browser.storage.local.get(SETTINGS_KEY),
      loadSavedValues: () => browser.runtime.sendMessage({ type: 'load-values' }),
    };
    try {
      const reader = (await import(/* @vite-ignore */ browser.runtime.getURL('/lazy/reader.js'))) as Reader;
      if (ctx.isValid) reader.start(host);
    } catch {
      // the extension was reloaded or removed under the page: nothing to do here any more
    }
  },
});
