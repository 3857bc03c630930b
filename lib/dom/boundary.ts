import { clean } from './text';

/**
 * Where the request is not: lookup panels. A portal's shell often has a small patient or
 * member search of its own ("Member ID", "Date of birth", [Search]) beside the PA form; its
 * boxes hold another patient's data, or a half-typed search. A panel is a search landmark
 * (`role="search"`, `<search>`), or the largest container around a search button that holds
 * at most a few fields. Which of its fields are dropped is decided with their paths (qualify.ts).
 */

const SEARCH = /\b(search|find|look ?up|lookup)\b/i;
const BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';
const FIELDS =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([aria-hidden="true"]), select, textarea, [role="combobox"]';
const MAX_PANEL_FIELDS = 4;

export function lookupPanels(root: Document | ShadowRoot): Element[] {
  const panels = Array.from(root.querySelectorAll('[role="search"], search'));
  for (const button of Array.from(root.querySelectorAll(BUTTONS))) {
    const text =
      clean(button.localName === 'input' ? (button as HTMLInputElement).value : button.textContent) ?? button.getAttribute('aria-label');
    if (!text || text.length > 30 || !SEARCH.test(text)) continue;
    let panel: Element | null = null;
    for (let n = button.parentElement; n && n.localName !== 'body'; n = n.parentElement) {
      const count = n.querySelectorAll(FIELDS).length;
      if (count > MAX_PANEL_FIELDS) break;
      if (count > 0) panel = n;
    }
    if (panel && !panels.includes(panel)) panels.push(panel);
  }
  return panels;
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
