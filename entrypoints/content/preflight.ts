import { browser } from 'wxt/browser';
import { startPreflight, type HandOff } from '@/lib/dom/controller';
import { idleScheduler, postLayoutScheduler } from '@/lib/dom/schedule';
import { check } from '@/lib/engine/evaluate';
import { chooseFor, packLoader } from '@/lib/engine/registry';
import type { Settings } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import { rawFromFlat } from '@/lib/form/paths';
import type { ContentToBackground } from '@/lib/messages';
import { localToday } from '@/lib/parse/date';
import { DEFAULT_SETTINGS, resolveSettings, SETTINGS_KEY, settingsFromChange } from '@/lib/settings';
import { PORTAL_MAPS } from '@/rules/portals';
import { PORTAL_PAYER } from '@/rules/portals/hosts';
import { VOCABULARY } from '@/rules/portals/vocabulary';
import { RUNTIME_REGISTRY as REGISTRY } from '@/rules/registry';
import type { ContentHost } from './host';
import { handleTabMessage } from './messages';

/**
 * The checks, loaded by the reader (reader.ts) once a page holds a PA form (lazy/preflight.js):
 * the page loop with its inline warnings (lib/dom/controller.ts), normalizing, the base checks
 * and the pack registry, the settings and the popup's messages. A pack's checks load the first
 * time a request is for its drug (lazy/packs/). `handOff`: what the reader read (its scan, the
 * label cache) and the release of its watch. The report it sends the background carries no
 * checklist: the background builds it (entrypoints/background/report.ts).
 */
export function start(host: ContentHost, win: Window = window, handOff?: HandOff): void {
  const { ctx } = host;
  let settings: Settings = DEFAULT_SETTINGS;
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
    window: win,
    // what the reader read, kept while nothing around it changed
    handOff,
    maps: PORTAL_MAPS,
    vocabulary: VOCABULARY,
    payer: PORTAL_PAYER,
    isAlive,
    timing: { ...postLayoutScheduler(win), whenIdle: idleScheduler(win) },
    send: (message: ContentToBackground) => browser.runtime.sendMessage(message),
    evaluate: (values) => {
      const form = normalizeForm(rawFromFlat(values));
      const selection = chooseFor(REGISTRY, form);
      const pack = packFor(selection);
      return check(form, { today: localToday(), settings, base: REGISTRY.base, selection, pack });
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
  // answers at once through sendResponse, which Chrome and Firefox both honour without the polyfill
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): false => {
    const reply = handleTabMessage(message, preflight);
    try {
      if (reply) sendResponse(reply.answer);
    } catch {
      // the asker went away (popup closed) or the extension context is gone
    }
    return false;
  };

  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onMessage.addListener(onMessage);
  host.readSettings().then(
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
}
