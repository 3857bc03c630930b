import { browser } from 'wxt/browser';
import type { PanelClient } from '@/components/panel-client';
import { BackgroundToPopupSchema, ValuesSchema } from '@/lib/message-schemas';
import type { PopupToContent } from '@/lib/messages';
import { downloadFile } from './download';

/**
 * The side panel's browser side: the tab's content script for the request's values (an answer
 * in memory, checked here, never stored), the background's change messages to read them again,
 * the clipboard and a Blob download on a click.
 */
export const panelClient: PanelClient = {
  async getValues(tabId) {
    const message: PopupToContent = { type: 'get-letter-input' };
    // rejects when the tab has no content script (not the portal, or reloading)
    const answer: unknown = await browser.tabs.sendMessage(tabId, message).catch(() => null);
    const parsed = ValuesSchema.safeParse(answer);
    return parsed.success ? parsed.data : null;
  },
  onTabChange(tabId, listener) {
    const onMessage = (message: unknown) => {
      const parsed = BackgroundToPopupSchema.safeParse(message);
      if (parsed.success && parsed.data.tabId === tabId) listener();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  download: (file) => downloadFile(file),
};

export async function activeTabId(): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

/** Follows the active tab of the panel's window; returns an unsubscribe. */
export function onActiveTab(listener: (tabId: number) => void): () => void {
  let windowId: number | undefined;
  browser.windows
    ?.getCurrent()
    .then((w) => (windowId = w.id))
    .catch(() => undefined);
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) listener(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  return () => browser.tabs.onActivated.removeListener(onActivated);
}
