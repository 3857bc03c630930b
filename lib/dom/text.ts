import { stripBidi } from '../parse/quote';

/**
 * Text helpers for reading labels off a page. Realm-safe: elements may come from a same-origin
 * iframe, where `instanceof HTMLInputElement` of our own window is false, so tags are compared
 * by `localName`.
 */

/** Our own elements (warning hosts, panel, live region) are never read as portal content. */
export const OWN_TAG_PREFIX = 'pa-preflight-';
export const isOwnElement = (el: Element): boolean =>
  el.localName.startsWith(OWN_TAG_PREFIX) || el.hasAttribute('data-preflight-live');

const SKIP_TEXT = new Set(['select', 'option', 'optgroup', 'textarea', 'script', 'style', 'template', 'noscript', 'button']);

/** Longer label text names nothing more, and would make every pattern test slow. */
export const MAX_LABEL = 300;

/** Collapses whitespace, drops bidi controls, trims and caps; null for empty. */
export function clean(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = stripBidi(text.slice(0, MAX_LABEL * 4)).replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
  return t === '' ? null : t;
}

/** The visible-ish text of an element, without the texts of controls inside it (a label that
 *  wraps a select would otherwise read as every option). */
export function textOf(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (SKIP_TEXT.has(el.localName) || isOwnElement(el)) return;
    if (el.localName === 'input') return;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    out += ' ';
  };
  walk(node);
  return out;
}

/** "crpCollectionDate", "patient_weight-kg" → "crp collection date", "patient weight kg". */
export function splitIdentifier(id: string | null): string | null {
  if (!id) return null;
  return clean(
    id
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/[_\-.:[\]]+/g, ' ')
      .toLowerCase(),
  );
}

/** Lower case, no required-field stars or trailing colons, single spaces. */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
