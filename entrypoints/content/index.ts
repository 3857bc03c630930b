import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { idleScheduler, postLayoutScheduler } from '../../lib/dom/schedule';
import { startPreflight } from '../../lib/dom/controller';
import { evaluate } from '../../lib/engine/evaluate';
import type { Settings } from '../../lib/engine/types';
import { normalizeForm } from '../../lib/form/normalize';
import { rawFromFlat } from '../../lib/form/paths';
import type { ContentToBackground } from '../../lib/messages';
import { localToday } from '../../lib/parse/date';
import { DEFAULT_SETTINGS, resolveSettings, SETTINGS_KEY, settingsFromChange } from '../../lib/settings';
import { packLoader, selectFor } from '../../lib/engine/registry';
import { PORTAL_MAPS } from '../../rules/portals';
import { matchesForMode, PORTAL_PAYER } from '../../rules/portals/hosts';
import { VOCABULARY } from '../../rules/portals/vocabulary';
import { REGISTRY } from '../../rules/registry';
import { handleTabMessage } from './messages';

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

export default defineContentScript({
  matches: matchesForMode(import.meta.env.MODE),
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    if (!ownsThisFrame()) return;
    let settings: Settings = DEFAULT_SETTINGS;
    let manualTicks: Record<string, boolean> = {};
    const isAlive = (): boolean => {
      try {
        return !ctx.isInvalid && !!browser.runtime?.id;
      } catch {
        return false;
      }
    };

    // a pack's rules load the first time a request is for its drug; then the page is checked again
    const packFor = packLoader(REGISTRY, () => preflight.refresh());
    const preflight = startPreflight({
      window,
      maps: PORTAL_MAPS,
      vocabulary: VOCABULARY,
      payer: PORTAL_PAYER,
      isAlive,
      timing: { ...postLayoutScheduler(window), whenIdle: idleScheduler(window) },
      send: (message: ContentToBackground) => browser.runtime.sendMessage(message),
      evaluate: (values) => {
        const form = normalizeForm(rawFromFlat(values));
        const selection = selectFor(REGISTRY, form);
        const pack = packFor(selection);
        return evaluate(form, { today: localToday(), settings, base: REGISTRY.base, selection, pack, manualTicks });
      },
    });

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      try {
        const next = settingsFromChange(changes, area);
        if (next) {
          settings = next;
          preflight.refresh();
        }
      } catch {
        // a malformed change leaves the current settings in place
      }
    };
    // answers through sendResponse (returning true keeps the channel open), which Chrome and
    // Firefox both honour without the polyfill
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
      const answer = handleTabMessage(message, {
        preflight,
        setManualTicks: (ticks) => {
          manualTicks = ticks;
          preflight.refresh();
        },
      });
      if (!answer) return false;
      const reply = (value: unknown) => {
        try {
          sendResponse(value);
        } catch {
          // the asker went away (popup closed) or the extension context is gone
        }
      };
      answer.then(reply, () => reply(undefined));
      return true;
    };

    browser.storage.onChanged.addListener(onStorage);
    browser.runtime.onMessage.addListener(onMessage);
    browser.storage.local.get(SETTINGS_KEY).then(
      (stored) => {
        const saved = resolveSettings(stored[SETTINGS_KEY]);
        // the defaults already checked the page: evaluate again only for settings of one's own
        if (JSON.stringify(saved) === JSON.stringify(settings)) return;
        settings = saved;
        preflight.refresh();
      },
      () => undefined,
    );

    ctx.onInvalidated(() => {
      preflight.stop();
      try {
        browser.storage.onChanged.removeListener(onStorage);
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // the extension context is already gone: its listeners went with it
      }
    });
  },
});
