/**
 * Code the bench runs inside the page (the page's own world, beside the portal's scripts): it
 * takes every timestamp on the page's clock. Kept as source text because tsx wraps named
 * functions in a helper the page does not have.
 */

/** What the warnings of one raw path must show after a keystroke. */
export interface Expectation {
  path: string;
  rule: string;
  /** text the rule's finding must contain; null: the rule's finding must be gone */
  text: string | null;
}

export interface KeystrokeSample {
  key: string;
  /** keydown event.timeStamp → the rAF callback that found the expected warning in the DOM (ms) */
  inDom: number | null;
  /** keydown event.timeStamp → a task posted from that callback, after the frame was rendered (ms) */
  afterFrame: number | null;
}

/**
 * Installs `window.__paBench`: for each keystroke, the keydown's `event.timeStamp`; on its
 * `input` event (bubbling to window, so after the content script's capture listener has asked
 * for its frame) a requestAnimationFrame poll that checks whether the warnings show what the
 * plan expects for that keystroke. A poll registered after the content script's runs after it
 * in the same frame, so a warning painted in the next frame is seen in that frame.
 */
export const KEYSTROKE_PROBE = String.raw`(() => {
  if (window.__paBench) return;
  const b = { plan: [], results: [], t0: 0, key: '', waiters: [] };
  window.__paBench = b;
  const shows = (exp) => {
    const host = document.querySelector('[data-preflight-for="' + exp.path + '"]');
    const item = host && host.shadowRoot ? host.shadowRoot.querySelector('[data-rule="' + exp.rule + '"]') : null;
    return exp.text === null ? !item : !!item && (item.textContent || '').includes(exp.text);
  };
  const finish = (sample) => {
    b.results.push(sample);
    b.waiters = b.waiters.filter((w) => (b.results.length >= w.n ? (w.resolve(b.results.slice()), false) : true));
  };
  window.addEventListener('keydown', (event) => { b.t0 = event.timeStamp; b.key = event.key; }, true);
  window.addEventListener('input', () => {
    const exp = b.plan[b.results.length];
    if (!exp) return;
    const t0 = b.t0;
    const key = b.key;
    let frames = 0;
    const poll = () => {
      if (shows(exp)) {
        const inDom = performance.now() - t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => finish({ key, inDom, afterFrame: performance.now() - t0 });
        channel.port2.postMessage(0);
      } else if (++frames > 120) {
        finish({ key, inDom: null, afterFrame: null });
      } else {
        requestAnimationFrame(poll);
      }
    };
    requestAnimationFrame(poll);
  });
  b.until = (n) => b.results.length >= n
    ? Promise.resolve(b.results.slice())
    : new Promise((resolve) => b.waiters.push({ n, resolve }));
})()`;

/**
 * The page's own frame after a keystroke, for a page the extension does not run on: keydown
 * `event.timeStamp` → the first requestAnimationFrame callback after its `input` event.
 */
export const FRAME_PROBE = String.raw`(() => {
  if (window.__paBench) return;
  const b = { results: [], t0: 0, waiters: [] };
  window.__paBench = b;
  window.addEventListener('keydown', (event) => { b.t0 = event.timeStamp; }, true);
  window.addEventListener('input', () => {
    const t0 = b.t0;
    requestAnimationFrame(() => {
      b.results.push({ key: '', inDom: performance.now() - t0, afterFrame: null });
      b.waiters = b.waiters.filter((w) => (b.results.length >= w.n ? (w.resolve(b.results.slice()), false) : true));
    });
  });
  b.until = (n) => b.results.length >= n
    ? Promise.resolve(b.results.slice())
    : new Promise((resolve) => b.waiters.push({ n, resolve }));
})()`;

/**
 * Added before the page's own scripts: marks (performance.mark, seen in a trace) the moment
 * the first inline warning enters the DOM (a MutationObserver's callback, right after the
 * content script's frame callback) and a task after that frame was rendered.
 */
export const FIRST_WARNING_PROBE = String.raw`(() => {
  const seen = () => document.querySelector('[data-preflight-for]');
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    performance.mark('pa-bench:warning-in-dom');
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark('pa-bench:warning-after-frame');
    channel.port2.postMessage(0);
    // placed: the frame that shows it, after its layout (where resize observers are told, the
    // content script's before this one), when the warning's position is written
    requestAnimationFrame(() => {
      const placed = new ResizeObserver(() => {
        placed.disconnect();
        performance.mark('pa-bench:warning-placed');
      });
      placed.observe(document.documentElement);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

export interface ChurnResult {
  rerenders: number;
  /** warning hosts ever added during the churn */
  hostsAdded: number;
  /** hosts in the document now */
  hostsInDocument: number;
  /** paths with more than one host in the document */
  duplicatePaths: string[];
  /** aria-describedby ids on portal fields that name no element */
  danglingDescribedBy: number;
  /** hosts out of the document that something still holds after a forced GC (read later) */
  detachedAlive?: number;
}

/**
 * Re-renders the wizard's form `n` times with its "Re-render form" button, two frames apart
 * so the content script re-reads and re-anchors after each; keeps weak references to every
 * warning host added, to count later the detached ones something still holds.
 */
export const churnProbe = (n: number): string => String.raw`(async () => {
  const refs = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) {
      if (node.nodeType === 1 && node.localName === 'pa-preflight-warning') refs.push(new WeakRef(node));
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const button = () => document.querySelector('[data-test-id="rerender"]');
  for (let i = 0; i < ${n}; i++) {
    button().click();
    await frame();
    await frame();
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  window.__paBenchHosts = refs;
  const hosts = Array.from(document.querySelectorAll('pa-preflight-warning'));
  const paths = hosts.map((h) => h.getAttribute('data-preflight-for'));
  const duplicatePaths = paths.filter((p, i) => paths.indexOf(p) !== i);
  let danglingDescribedBy = 0;
  for (const el of Array.from(document.querySelectorAll('[aria-describedby]'))) {
    for (const id of (el.getAttribute('aria-describedby') || '').split(/\s+/)) {
      if (id.startsWith('pa-preflight') && !document.getElementById(id)) danglingDescribedBy++;
    }
  }
  return { rerenders: ${n}, hostsAdded: refs.length, hostsInDocument: hosts.length, duplicatePaths, danglingDescribedBy };
})()`;

/** After a forced GC: warning hosts out of the document that are still alive (held by someone). */
export const DETACHED_ALIVE_PROBE = String.raw`(() => (window.__paBenchHosts || []).filter((r) => {
  const host = r.deref();
  return host !== undefined && !host.isConnected;
}).length)()`;
