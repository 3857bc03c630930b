import { F } from '@/lib/form/fields';

/**
 * The tab's request across wizard steps: the last value seen for each raw path. A field that
 * leaves the DOM (its step was left) keeps its value, so the weight typed on step 1 still
 * drives the dose check on step 4.
 *
 * A new request starts when the member ID input is mounted EMPTY while a member ID is
 * remembered: the portal has opened a fresh form (or lost the old one). Revisiting step 1 of
 * the same request remounts the input with its value; clearing the ID by hand is typing in
 * the same node, not a mount; neither starts a new request.
 */

/** Repeating groups: when any member is on the page, the page holds the whole list (a removed
 *  therapy row or code must not live on in memory). */
const COLLECTIONS = ['priorTherapies.', 'diagnosis.codes.'];

export interface SeenField {
  path: string;
  value: string;
  element: Element;
}

export class RequestMemory {
  #values = new Map<string, string>();
  #elements = new Map<string, Element>();

  /** Values restored from storage.session after a reload; the page's own values win. */
  restore(saved: Record<string, string>): void {
    for (const [path, value] of Object.entries(saved)) {
      if (!this.#values.has(path)) this.#values.set(path, value);
    }
  }

  /**
   * Takes the values on the page now. Returns true when they start a new request (the
   * remembered values were dropped first).
   */
  update(seen: readonly SeenField[]): boolean {
    const newRequest = seen.some(
      (s) =>
        s.path === F.memberId &&
        s.value.trim() === '' &&
        this.#elements.get(s.path) !== s.element &&
        (this.#values.get(s.path) ?? '').trim() !== '',
    );
    if (newRequest) {
      this.#values.clear();
      this.#elements.clear();
    }
    const present = new Set(seen.map((s) => s.path));
    for (const prefix of COLLECTIONS) {
      if (!seen.some((s) => s.path.startsWith(prefix))) continue;
      for (const path of Array.from(this.#values.keys())) {
        if (path.startsWith(prefix) && !present.has(path)) this.#values.delete(path);
      }
    }
    for (const s of seen) {
      this.#values.set(s.path, s.value);
      this.#elements.set(s.path, s.element);
    }
    return newRequest;
  }

  /** path → raw text, for `rawFromFlat` and storage.session */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.#values);
  }
}
