/** After a scan, when (ms from the last look) custom elements without a shadow root are looked at again. */
const DELAYS = [50, 100, 200, 400, 800, 1600, 3200, 6400];

/**
 * Watches the custom elements a scan found without a shadow root. A component whose definition
 * loads later (a lazily loaded chunk of a web-component portal) is upgraded in place: its
 * constructor attaches the root and renders the fields into it, and neither is a mutation an
 * observer of the page sees. `onUpgrade` runs once, when one of them holds an open shadow root;
 * the looks stop after about thirteen seconds (a tag no one defines, as Angular's components are,
 * never gets a root). Returns what cancels the watch.
 */
export function watchUpgrades(win: Window, hosts: readonly Element[], onUpgrade: () => void): () => void {
  let timer = 0;
  let next = 0;
  const look = (): void => {
    if (hosts.some((h) => h.shadowRoot !== null && h.isConnected)) return onUpgrade();
    const delay = DELAYS[next++];
    if (delay !== undefined) timer = win.setTimeout(look, delay);
  };
  if (hosts.length > 0) timer = win.setTimeout(look, DELAYS[next++]);
  return () => win.clearTimeout(timer);
}
