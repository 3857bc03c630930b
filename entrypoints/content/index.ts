import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenFormMayAppear } from '@/lib/dom/presence';
import { SETTINGS_KEY } from '@/lib/messages';
import { PORTAL_MATCHES, TEST_MATCHES } from '@/rules/portals/hosts';
import type { ContentHost } from './host';

/**
 * What runs on every portal page: this stub waits until the page holds controls a request could
 * be typed into (lib/dom/presence.ts), or this tab already has a request typed on earlier steps,
 * then loads the reader (reader.ts, lazy/reader.js), which looks for a PA form and loads the
 * checks only once it finds one. The modules come from the extension's own files (lazy/, built
 * by scripts/lazy-chunks.ts); nothing is fetched from elsewhere.
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
  main(ctx) {
    if (!ownsThisFrame()) return;
    const host: ContentHost = {
      ctx,
      // the content script's one read of storage.local: the settings, once a form is found
      readSettings: () => browser.storage.local.get(SETTINGS_KEY),
      loadSavedValues: () => browser.runtime.sendMessage({ type: 'load-values' }),
    };
    let loading = false;
    const load = async (): Promise<void> => {
      if (loading || ctx.isInvalid) return;
      loading = true;
      try {
        const reader = (await import(/* @vite-ignore */ browser.runtime.getURL('/lazy/reader.js'))) as Reader;
        if (ctx.isValid) reader.start(host);
      } catch {
        // the extension was reloaded or removed under the page: nothing to do here any more
      }
    };
    const stopWatching = whenFormMayAppear(window, () => void load());
    ctx.onInvalidated(stopWatching);
    if (loading) return;
    // a request typed on earlier wizard steps is still this tab's on a step without fields (a
    // review step reloaded): the reader starts its checks at once
    host.loadSavedValues().then(
      (saved) => {
        if (!saved || typeof saved !== 'object' || Object.keys(saved).length === 0) return;
        stopWatching();
        void load();
      },
      () => undefined,
    );
  },
});
