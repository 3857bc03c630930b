/**
 * When the warning layer reads the page's geometry, so that reading costs no layout of its own.
 */

/**
 * Runs a callback right after the browser's next layout, in the same frame, before paint.
 *
 * Warnings are anchored to their fields by reading field rectangles. Read while the page's
 * layout is dirty (just after a keystroke or our own DOM writes), each read forces a
 * synchronous layout of the whole page, a cost that grows with the page. Resize observers are
 * notified after layout in the browser's rendering steps, and a newly observed element is
 * always reported once: observing the root element again asks for one notification after the
 * next layout, when rectangles cost nothing. What the callback writes is laid out before the
 * frame is painted, so no frame shows a warning out of place.
 *
 * Nothing runs while the page is not rendered (a background tab); the latest callback runs
 * when it is again. A callback requested before the last one ran replaces it.
 */
export function postLayoutScheduler(win: Window): (run: () => void) => void {
  const Observer = (win as Window & typeof globalThis).ResizeObserver;
  let pending: (() => void) | null = null;
  let target: Element | null = null;
  const observer = new Observer(() => {
    if (target) observer.unobserve(target);
    target = null;
    const run = pending;
    pending = null;
    run?.();
  });
  return (run) => {
    pending = run;
    const root = win.document.documentElement;
    if (!root) return void run();
    if (target === root) return; // a notification is already on its way
    if (target) observer.unobserve(target);
    target = root;
    observer.observe(root);
  };
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
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(go, { timeout: 1000 });
    else win.setTimeout(go, 50);
  };
}

/** Where nothing is laid out (unit tests in happy-dom): at once. */
export const immediately = (run: () => void): void => run();
