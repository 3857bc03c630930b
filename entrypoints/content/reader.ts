import { collectFields, realChanges, SignalCache } from '@/lib/dom/collect';
import type { HandOff } from '@/lib/dom/controller';
import { qualifyFields, type MappedField } from '@/lib/dom/qualify';
import { watchUpgrades } from '@/lib/dom/upgrades';
import { PORTAL_MAPS } from '@/rules/portals';
import { VOCABULARY } from '@/rules/portals/vocabulary';
import type { ContentHost } from './host';

/**
 * The first module the content script loads on a portal page (lazy/reader.js): it only looks
 * for a PA request form, in the document, its open shadow roots and same-origin iframes, and
 * again after the page changes (at most once per animation frame). Until it finds one nothing
 * else runs: no warnings, no checks, no storage, no messages. Then it loads the checks
 * (preflight.ts), which share its page-reading modules (lazy/chunks/), and stops.
 */

/** A request form: two request fields recognised, or one a portal's field map names. */
export const isRequestForm = (mapped: readonly MappedField[]): boolean => mapped.length >= 2 || mapped.some((m) => m.via !== 'heuristic');

/** What can add a field or the words naming one: ids, names and labelling attributes. */
const ATTRIBUTES = [
  'id',
  'name',
  'type',
  'for',
  'data-test',
  'data-test-id',
  'data-testid',
  'aria-label',
  'aria-labelledby',
  'placeholder',
];
const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ATTRIBUTES,
  attributeOldValue: true,
};
/** text added here can name a field (a clock or a counter elsewhere does not start a scan) */
const LABELLING = 'label, legend, th, caption, [role="columnheader"], form, fieldset';

const mayAddFields = (r: MutationRecord): boolean =>
  r.type === 'attributes' ||
  Array.from(r.addedNodes).some((n) => n.nodeType === 1 || (n.nodeType === 3 && !!(r.target as Element).closest?.(LABELLING)));

export function start(host: ContentHost, win: Window = window): void {
  const cache = new SignalCache();
  const observed = new Set<Node>();
  const frames: HTMLIFrameElement[] = [];
  let frame = 0;
  let done = false;
  let scan: HandOff['scan'];
  let unwatchUpgrades = (): void => undefined;
  /** a frame's document loaded while the checks load: the scan no longer reads the page */
  const stale = (): void => cache.touch();

  const stop = (): void => {
    done = true;
    observer.disconnect();
    win.cancelAnimationFrame(frame);
    unwatchUpgrades();
    for (const f of frames) {
      f.removeEventListener('load', schedule);
      f.removeEventListener('load', stale);
    }
  };
  const schedule = (): void => {
    if (!done && !frame) frame = win.requestAnimationFrame(check);
  };
  const observer = new (win as Window & typeof globalThis).MutationObserver((all) => {
    const records = realChanges(all);
    cache.invalidate(records);
    if (records.some(mayAddFields)) schedule();
  });

  function check(): void {
    frame = 0;
    if (done) return;
    if (host.ctx.isInvalid) return stop();
    try {
      const collection = collectFields(win.document, cache);
      for (const root of collection.roots) {
        if (observed.has(root)) continue;
        observed.add(root);
        observer.observe(root, OPTIONS);
      }
      unwatchUpgrades();
      unwatchUpgrades = watchUpgrades(win, collection.bareHosts, schedule);
      for (const f of collection.frames) {
        if (frames.includes(f)) continue;
        frames.push(f);
        f.addEventListener('load', schedule); // its document becomes readable, or is replaced
      }
      const qualify = { maps: PORTAL_MAPS, vocabulary: VOCABULARY, hostname: win.location.hostname };
      const mapped = qualifyFields(collection.fields, qualify);
      scan = { collection, mapped, qualify, version: cache.version };
      if (!isRequestForm(mapped)) return;
    } catch {
      return; // a page we cannot read stays unchecked; the next change tries again
    }
    begin();
  }

  /** Loads the checks, once, and hands them what it read: the labels, and the scan itself,
   *  which their first scan takes unless something changed meanwhile (at 5,000 fields, reading
   *  the page twice doubled the time to the first warning). Its observer keeps marking changes
   *  until the checks watch the page themselves. */
  function begin(): void {
    if (done) return;
    done = true;
    win.cancelAnimationFrame(frame);
    unwatchUpgrades();
    for (const f of frames) {
      f.removeEventListener('load', schedule);
      f.addEventListener('load', stale);
    }
    const release = (): void => {
      cache.invalidate(realChanges(observer.takeRecords()));
      stop();
    };
    import('./preflight').then(
      (preflight) => {
        if (host.ctx.isValid) preflight.start(host, win, { signals: cache, scan, release });
        else release();
      },
      release, // the extension went away under the page
    );
  }

  host.ctx.onInvalidated(stop);
  check();
  // a request typed on earlier wizard steps is still this tab's request on a step without
  // inputs (a review step reloaded): its checks start without a form on the page. Once a form
  // is found the checks ask for those values themselves.
  if (done) return;
  host.loadSavedValues().then(
    (saved) => {
      if (saved && typeof saved === 'object' && Object.keys(saved).length > 0) begin();
    },
    () => undefined,
  );
}
