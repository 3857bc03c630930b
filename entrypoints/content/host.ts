import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * What the content script's stub (index.ts) hands the modules it loads on demand (reader.ts,
 * then preflight.ts): its context, whose invalidation (the extension reloaded, updated or
 * removed under the page) stops them, and the one read of storage.local the content script
 * makes, of the settings key only.
 */
export interface ContentHost {
  ctx: ContentScriptContext;
  readSettings(): Promise<Record<string, unknown>>;
  /** the values the background keeps for this tab's request (typed on earlier wizard steps) */
  loadSavedValues(): Promise<unknown>;
}
