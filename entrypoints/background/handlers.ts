import { ContentToBackgroundSchema, PopupToBackgroundSchema } from '@/lib/message-schemas';
import type { ContentReport, TabReport, TabState } from '@/lib/messages';
import type { TabStore } from './tab-store';

/** The parts of `runtime.MessageSender` the handler trusts. */
export interface Sender {
  tab?: { id?: number };
  url?: string;
}

export interface HandlerDeps {
  store: TabStore;
  /** `runtime.getURL('/')`: messages from the popup/options pages start with it */
  extensionOrigin: string;
  /** the content script's report with its checklist, built with the tab's manual ticks (report.ts) */
  completeReport(report: ContentReport, manualTicks: Record<string, boolean>): Promise<TabReport>;
  onStateChange(tabId: number, state: TabState): void;
}

/**
 * The background's `runtime.onMessage` listener. Content-script messages act on the sender's
 * own tab (the tab id comes from the browser, never from the message); popup messages name a
 * tab and must come from one of the extension's pages. Anything malformed or misplaced gets no
 * answer, and a failure inside resolves to `undefined` instead of escaping the listener.
 */
export function createMessageHandler(deps: HandlerDeps) {
  const changed = (tabId: number) => (state: TabState) => {
    deps.onStateChange(tabId, state);
    return state;
  };

  function fromContent(message: unknown, tabId: number): Promise<unknown> | undefined {
    const parsed = ContentToBackgroundSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    switch (msg.type) {
      case 'report':
        // completed in the store's turn: reports are stored in the order they came
        return deps.store
          .setReport(tabId, (ticks) => deps.completeReport(msg.report, ticks))
          .then(changed(tabId))
          .then(() => true);
      case 'new-request':
        return deps.store
          .newRequest(tabId)
          .then(changed(tabId))
          .then(() => true);
      case 'save-values':
        return deps.store.saveValues(tabId, msg.values).then(() => true);
      case 'load-values':
        return deps.store.loadValues(tabId);
    }
  }

  function fromPopup(message: unknown): Promise<unknown> | undefined {
    const parsed = PopupToBackgroundSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    switch (msg.type) {
      case 'get-state':
        return deps.store.get(msg.tabId);
      case 'set-manual':
        // the tab's report takes the tick at once (the checklist is built here, not in the tab)
        return deps.store.setManual(msg.tabId, msg.itemId, msg.done).then(changed(msg.tabId));
    }
  }

  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const fromExtensionPage = sender.url?.startsWith(deps.extensionOrigin) ?? false;
    const tabId = sender.tab?.id;
    const reply = fromExtensionPage
      ? fromPopup(message)
      : typeof tabId === 'number' && tabId >= 0
        ? fromContent(message, tabId)
        : undefined;
    return reply?.catch(() => undefined);
  };
}
