import { browser } from 'wxt/browser';
import type { PopupClient } from '@/components/popup-client';
import { BackgroundToPopupSchema, TabStateSchema } from '@/lib/message-schemas';
import type { PopupToBackground, PopupToContent, TabState } from '@/lib/messages';
import { grantedSites } from '@/lib/optional-hosts';
import { hostPatterns, urlMatchesAny } from '@/lib/tab-view';
import { OPTIONAL_SITES } from '@/rules/portals/optional-hosts';

async function askBackground(message: PopupToBackground): Promise<TabState | null> {
  try {
    const parsed = TabStateSchema.safeParse(await browser.runtime.sendMessage(message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The popup's browser side: the background for state, the tab for focus, the clipboard on click. */
export const browserClient: PopupClient = {
  getState: (tabId) => askBackground({ type: 'get-state', tabId }),
  setManual: (tabId, itemId, done) => askBackground({ type: 'set-manual', tabId, itemId, done }),
  async focusField(tabId, field) {
    const message: PopupToContent = { type: 'focus-field', field };
    // rejects when the tab has no content script (it is reloading): nothing was focused
    const focused: unknown = await browser.tabs.sendMessage(tabId, message).catch(() => false);
    return focused === true;
  },
  onStateChange(listener) {
    const onMessage = (message: unknown) => {
      const parsed = BackgroundToPopupSchema.safeParse(message);
      if (parsed.success) listener(parsed.data.tabId, parsed.data.state);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  openPanel: (tabId) => openPanelFor(tabId),
};

/** Chrome's side panel API (not in the polyfill's types). */
interface ChromeSidePanel {
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}
/** Firefox's sidebar API, as far as it is used here. */
interface SidebarAction {
  setPanel(details: { tabId: number; panel: string }): Promise<void>;
  open(): Promise<void>;
}

/**
 * The side panel for a tab: Chrome's, with the tab's own page (`sidepanel.html?tab=<id>`);
 * Firefox's sidebar; else the same page in a new tab. Each browser wants `open()` called while
 * the click still counts as the user's gesture, so nothing is awaited before it.
 */
function openPanelFor(tabId: number): Promise<'panel' | 'tab' | null> {
  const path = `sidepanel.html?tab=${tabId}`;
  const url = browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`);
  const inTab = () =>
    browser.tabs.create({ url }).then(
      () => 'tab' as const,
      () => null,
    );
  try {
    const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
    if (sidePanel) {
      sidePanel.setOptions({ tabId, path, enabled: true }).catch(() => undefined);
      return sidePanel.open({ tabId }).then(() => 'panel' as const, inTab);
    }
    const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
    if (sidebar) {
      sidebar.setPanel({ tabId, panel: url }).catch(() => undefined);
      return sidebar.open().then(() => 'panel' as const, inTab);
    }
  } catch {
    // an API present but refusing synchronously: the page in a tab still works
  }
  return inTab();
}

/**
 * The tab the popup describes: the active tab of its window (no `tabs` permission needed for
 * the id). The e2e build also accepts `popup.html?tab=<id>`, because a popup opened by a test
 * is itself the active tab.
 */
export async function targetTabId(): Promise<number | null> {
  if (import.meta.env.MODE === 'e2e') {
    const requested = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(requested) && requested > 0) return requested;
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the tab shows one of the portal's pages (its URL is one of the extension's host
 * permissions, or of the optional sites staff switched on: where the content script runs), with
 * or without a request form on it. A page without a form never loads the checks, so the
 * background has no report of it: this is how the popup tells "no form here yet" from "not the
 * portal". No `tabs` permission: Chrome and Firefox
 * give a tab's `url` to an extension with host permission for it, and leave it out otherwise
 * (then the tab is not the portal anyway).
 */
export async function isPortalTab(tabId: number | null): Promise<boolean> {
  if (tabId === null) return false;
  try {
    const { url } = await browser.tabs.get(tabId);
    if (url === undefined) return false;
    const optional = (await grantedSites(OPTIONAL_SITES, browser.permissions)).flatMap((site) => site.origins);
    return urlMatchesAny(url, [...hostPatterns(browser.runtime.getManifest()), ...optional]);
  } catch {
    return false; // the tab closed
  }
}
