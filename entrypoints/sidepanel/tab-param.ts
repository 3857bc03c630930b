/**
 * The tab the panel drafts for: `sidepanel.html?tab=<id>` when the popup opened it for a tab (a
 * tab's own side panel, or the page opened in a tab when no side panel could be), else the
 * active tab of the panel's window (the browser's side panel menu, Firefox's sidebar).
 */
export function requestedTabId(search: string = location.search): number | null {
  const requested = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(requested) && requested > 0 ? requested : null;
}
