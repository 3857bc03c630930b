/**
 * What the side panel needs from the browser, as an interface so components are tested without
 * one. `entrypoints/sidepanel/client.ts` implements it with tabs/runtime messaging, the clipboard
 * and a Blob download. The request's values come from the tab's content script in memory and
 * are never stored; the clipboard and downloads are used only on a click.
 */
export interface PanelClient {
  /** the request's values (raw path → typed text) held by the tab's content script; null when
   *  the tab has no checked form (not the portal, no form found yet, reloading) */
  getValues(tabId: number): Promise<Record<string, string> | null>;
  /** calls `listener` whenever the background reports a change of that tab; returns an unsubscribe */
  onTabChange(tabId: number, listener: () => void): () => void;
  /** rejects when the browser refuses */
  copyText(text: string): Promise<void>;
  /** saves a file the user asked for; no patient data in its name */
  download(file: DownloadFile): void;
}

export interface DownloadFile {
  name: string;
  /** MIME type, e.g. "text/plain;charset=utf-8" */
  type: string;
  text: string;
}
