import { clean } from './text';

/**
 * Where the request is not: panels beside it with a purpose of their own.
 * - Lookup panels: a portal's shell often has a small patient or member search of its own
 *   ("Member ID", "Date of birth", [Search]) beside the PA form; its boxes hold another
 *   patient's data, or a half-typed search. A search landmark (`role="search"`, `<search>`), or
 *   the largest container around a search button that holds at most a few fields. Which of
 *   their fields are dropped is decided with their paths (qualify.ts).
 * - Panels for something else: a help widget's pre-chat form (name, email, phone, message,
 *   [Start chat]), a feedback or newsletter box. Their boxes are never the request's.
 */

const SEARCH = /\b(search|find|look ?up|lookup)\b/i;
const ELSEWHERE = /\b(chat|feedback|subscribe|newsletter)\b/i;
const BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';
const FIELDS =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([aria-hidden="true"]), select, textarea, [role="combobox"]';
/** The largest container around `button` holding at most `most` fields (a request has more). */
function panelAround(button: Element, most: number): Element | null {
  let panel: Element | null = null;
  for (let n = button.parentElement; n && n.localName !== 'body'; n = n.parentElement) {
    const count = n.querySelectorAll(FIELDS).length;
    if (count > most) break;
    if (count > 0) panel = n;
  }
  return panel;
}

/** A root's panels, found in one pass over its buttons: lookups (search landmarks and the panels
 *  around search buttons) and panels for something else (a pre-chat form may ask a topic besides
 *  name, email, phone and message: five fields; a form sent by GET is a search or a list's filters,
 *  as a request carrying a patient's data is never put in an address: ActiveAdmin's, RailsAdmin's and
 *  Django admin's filters). */
export function panelsOf(root: Document | ShadowRoot): { lookups: Element[]; elsewhere: Element[] } {
  const lookups = Array.from(root.querySelectorAll('[role="search"], search'));
  const elsewhere = Array.from(root.querySelectorAll('form[method="get"], form[method="GET"]'));
  for (const button of root.querySelectorAll(BUTTONS)) {
    const text =
      clean(button.localName === 'input' ? (button as HTMLInputElement).value : button.textContent) ?? button.getAttribute('aria-label');
    if (!text || text.length > 30) continue;
    const [panels, most] = SEARCH.test(text) ? [lookups, 4] : ELSEWHERE.test(text) ? [elsewhere, 5] : [null, 0];
    const panel = panels && panelAround(button, most);
    if (panel && !panels.includes(panel)) panels.push(panel);
  }
  return { lookups, elsewhere };
}

/** The form or dialog a field belongs to (across shadow roots), else its document: what "the
 *  same request" means (a portal opens a request in a dialog over its shell, often with no form). */
export function scopeOf(el: Element): Node {
  for (let n: Element | null = el; n; n = hostOf(n)) {
    const form = n.closest('form, dialog, [role="dialog"]');
    if (form) return form;
  }
  return el.ownerDocument;
}

/** The host of the shadow root `node` is in; null in a document. */
export function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}
