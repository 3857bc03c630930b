import { browser } from './native-browser';

/**
 * `wxt/utils/content-script-context` for the content script only (aliased in wxt.config.ts, like
 * `wxt/browser`): WXT's entry makes one and hands it to `main`. It keeps what the content script
 * uses (`isValid`, `isInvalid`, `onInvalidated`, `signal`) and WXT's protocol that stops an
 * older instance when the extension is updated or reloaded under an open page: the start event
 * below, with WXT's name and detail. WXT's wrappers for timers, listeners and location changes,
 * which the content script does not use, stay out of its budget.
 */

/** The event an instance sends when it starts, and hears from a newer one. */
export const SCRIPT_STARTED = `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;

export class ContentScriptContext {
  readonly #abort = new AbortController();
  /** aborted once the context is invalidated */
  readonly signal = this.#abort.signal;

  constructor(name: string, options?: { noScriptStartedPostMessage?: boolean }) {
    const detail = { contentScriptName: name, messageId: Math.random().toString(36).slice(2) };
    // stops an older instance (WXT's stopOldScripts)
    document.dispatchEvent(new CustomEvent(SCRIPT_STARTED, { detail }));
    if (!options?.noScriptStartedPostMessage) window.postMessage({ type: SCRIPT_STARTED, ...detail }, '*');
    // and is stopped by a newer one (WXT's listenForNewerScripts)
    const onStarted = (event: Event): void => {
      const other = event instanceof CustomEvent ? (event.detail as Partial<typeof detail> | null) : null;
      if (other?.contentScriptName === name && other.messageId !== detail.messageId) this.notifyInvalidated();
    };
    document.addEventListener(SCRIPT_STARTED, onStarted);
    this.onInvalidated(() => document.removeEventListener(SCRIPT_STARTED, onStarted));
  }

  /** true once the extension was reloaded, updated or removed under the page, or a newer instance started */
  get isInvalid(): boolean {
    if (browser?.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` when the context is invalidated; returns a function removing it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.#abort.abort();
  }
}
