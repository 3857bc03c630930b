/**
 * When the warning layer reads the page's geometry, so that reading costs no layout of its own.
 */

/**
 * Runs a callback right after the browser's next layout, in the same frame, before paint.
 *
 * Warnings are anchored to their fields by reading field rectangles. Read while the page's
 * layout is dirty (just after a keystroke or our own DOM writes), each read forces a
 * synchronous layout of the whole page, a cost that grows with the page. Resize observers are
 * notified after layout in the browser's rendering steps: a zero-height element of ours,
 * observed once, is made 1 px wider or narrower to ask for one notification after the next
 * layout, when rectangles cost nothing. What the callback writes is laid out before the frame
 * is painted, so no frame shows a warning out of place. (Observing an element again instead
 * would ask Chromium for one more frame each time, which delayed the frame after the next
 * keystroke by half a frame on average.)
 *
 * Nothing runs while the page is not rendered (a background tab); the latest callback runs
 * when it is again. A callback requested before the last one ran replaces it.
 */
export function postLayoutScheduler(win: Window): LayoutScheduler {
  const Observer = (win as Window & typeof globalThis).ResizeObserver;
  let pending: (() => void) | null = null;
  let sentinel: HTMLElement | null = null;
  let wide = false;
  const observer = new Observer(() => {
    const run = pending;
    pending = null;
    run?.();
  });
  return {
    afterLayout(run) {
      const asked = pending !== null;
      pending = run;
      if (asked && sentinel?.isConnected) return; // a notification is on its way
      if (!sentinel?.isConnected) {
        const doc = win.document;
        const parent = doc.body ?? doc.documentElement;
        if (!parent) return void run();
        if (sentinel) observer.unobserve(sentinel);
        sentinel = doc.createElement('pa-preflight-sentinel');
        sentinel.setAttribute('aria-hidden', 'true');
        // out of the flow, invisible, 0 px high: its width changes move and show nothing
        sentinel.style.cssText =
          'display:block!important;position:fixed!important;top:0;left:0;width:0!important;height:0!important;visibility:hidden!important;contain:strict';
        parent.append(sentinel);
        observer.observe(sentinel); // reported once when first laid out
        return;
      }
      wide = !wide;
      // important: a page rule on every element must not pin the width (no notification then)
      sentinel.style.setProperty('width', wide ? '1px' : '0', 'important');
    },
    dispose() {
      observer.disconnect();
      sentinel?.remove();
      sentinel = null;
      pending = null;
    },
  };
}

export interface LayoutScheduler {
  afterLayout(run: () => void): void;
  /** removes the sentinel */
  dispose(): void;
}

/**
 * Runs a callback when the browser is idle (within a second at most): for work nobody waits
 * for, such as choosing the panel's corner, which hit-tests the page (about 0.35 ms a point on
 * a 5,000-field form). A callback requested before the last one ran replaces it.
 */
export function idleScheduler(win: Window): (run: () => void) => void {
  let pending: (() => void) | null = null;
  return (run) => {
    const asked = pending !== null;
    pending = run;
    if (asked) return;
    const go = (): void => {
      const next = pending;
      pending = null;
      next?.();
    };
    win.requestIdleCallback(go, { timeout: 1000 });
  };
}

/** Where nothing is laid out (unit tests in happy-dom): at once. */
export const immediately = (run: () => void): void => run();
