import type { TabState } from '@/lib/messages';

/**
 * What the popup needs from the browser, as an interface so components are tested without one.
 * `entrypoints/popup/client.ts` implements it with runtime/tabs messaging and the clipboard.
 * Only `copyText` rejects (the popup says the copy failed); the others resolve even when the
 * background or the tab does not answer.
 */
export interface PopupClient {
  /** the tab's state from the background; null when the background did not answer */
  getState(tabId: number): Promise<TabState | null>;
  setManual(tabId: number, itemId: string, done: boolean): Promise<TabState | null>;
  /** asks the tab's content script to scroll to and focus a field; false when it could not
   *  (the field is on another step of the form, or the page has no content script) */
  focusField(tabId: number, field: string): Promise<boolean>;
  /** calls `listener` whenever the background reports a change for any tab; returns an unsubscribe */
  onStateChange(listener: (tabId: number, state: TabState) => void): () => void;
  copyText(text: string): Promise<void>;
  /** opens the side panel (Chrome) or sidebar (Firefox) with the letters and follow-up for the
   *  tab, else the same page in a new tab; called straight from a click, which the browsers
   *  require. Resolves to where it opened, or null when nothing could be opened. */
  openPanel(tabId: number): Promise<'panel' | 'tab' | null>;
}
