import { stripBidi } from '@/lib/parse/quote';

/**
 * Text helpers for reading labels off a page. Realm-safe: elements may come from a same-origin
 * iframe, where `instanceof HTMLInputElement` of our own window is false, so tags are compared
 * by `localName`.
 */

/** Our own elements (warning hosts, panel, live region) are never read as portal content; all
 *  of them, and only them, have a tag starting with this. */
export const OWN_TAG_PREFIX = 'pa-preflight-';
export const isOwnElement = (el: Element): boolean => el.localName.startsWith(OWN_TAG_PREFIX);

/** Tags text flows through inline: text split across them is one text ("<b>280</b> mg"). */
const INLINE = new Set('a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var'.split(' '));
export const isInline = (tag: string): boolean => INLINE.has(tag);

// an icon's drawing names nothing, its <title> either (MUI's radio icon titled "Checked")
const SKIP_TEXT = new Set([
  'select',
  'option',
  'optgroup',
  'textarea',
  'script',
  'style',
  'template',
  'noscript',
  'button',
  'input',
  'svg',
]);

/** Longer label text names nothing more, and would make every pattern test slow. */
export const MAX_LABEL = 300;

/** Collapses whitespace, drops bidi controls, trims and caps; null for empty. */
export function clean(text: string | null | undefined): string | null {
  if (text == null) return null;
  let t = text.slice(0, MAX_LABEL * 4).trim();
  // most texts need trimming only: one test costs less than the replaces (bidi controls, which
  // stripBidi drops, are all above U+200D)
  if (/\s\s|[^\S ]|[^\0-\u200d]/.test(t)) t = stripBidi(t).replace(/\s+/g, ' ').trim();
  t = t.slice(0, MAX_LABEL);
  return t === '' ? null : t;
}

/** The visible-ish text of an element, without the texts of controls inside it (a label that
 *  wraps a select would otherwise read as every option) nor of hints, errors and tooltips
 *  inside it (isAsideText). */
export function textOf(node: Node): string {
  // `in` asks our own object whether it is an element, not the page (each call into it costs)
  if (!('localName' in node)) return node.nodeType === 3 ? (node.nodeValue ?? '') : '';
  const el = node as Element;
  const name = el.localName;
  if (SKIP_TEXT.has(name) || name.startsWith(OWN_TAG_PREFIX)) return '';
  // a web component's label or suffix in its shadow root is a slot showing the host's children
  // (`<slot name="label">`): their text, or the slot's own fallback when none is assigned
  if (name === 'slot') {
    const shown = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (shown.length) return shown.map(textOf).join('');
  }
  // most labels hold text only: one call for it, not one per child node
  if (!el.firstElementChild) return (el.textContent ?? '') + ' ';
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    // a hint, error or tooltip inside a label names nothing ("Dose [?] For weight-based dosing…")
    if (c.nodeType === 1 && isAsideText(c as Element)) continue;
    // an icon's ligature ("arrow_drop_down", "event") and a floating copy of the label are hidden
    // from assistive technology: no part of a name
    if (c.nodeType === 1 && ((c as Element).getAttribute('aria-hidden') === 'true' || isIconFont(c as Element))) continue;
    // state announced to screen readers after the label's words (Carbon's "Total items selected: 2")
    if (c.nodeType === 1 && out.trim() && ACCESSIBLE_ONLY.test((c as Element).getAttribute('class') ?? '')) continue;
    out += textOf(c);
  }
  return out + ' ';
}

/** An icon drawn by a font from its ligature's name (Material Icons and Symbols: "cancel", "event"; Framework7's "sort"). */
const ICON_FONT = /(^|\s)(material-(icons|symbols)|f7-icons)/;
export const isIconFont = (el: Element): boolean => ICON_FONT.test(el.getAttribute('class') ?? '');

/** The classes CSS frameworks hide an element with (Bootstrap 4/5 `d-none`, Bootstrap 3 `hidden`,
 *  Bulma `is-hidden`, SLDS `slds-hide`, UIkit `uk-hidden`, a BEM modifier: GOV.UK's
 *  `govuk-radios__conditional--hidden`; antd's and Ant Design Mobile's hidden Form.Item,
 *  `ant-form-item-hidden`, and closed popups: jQuery Mobile's `ui-popup-hidden`, antd's
 *  `ant-select-dropdown-hidden`). */
const HIDDEN_CLASS =
  /(?:^|\s)(?:d-none|(?:is-|uk-|ls-)?hidden|hide|slds-hide|[\w-]+--hidden|[\w-]+-(?:form-item|popup|popover|modal|dialog|dropdown|menu|overlay)-hidden)(?:\s|$)/;

/** Hidden by its own markup: `hidden`, inline `display: none` or `visibility: hidden` (Metro UI's closed
 *  dialog), a framework's hiding class. */
export const hiddenByMarkup = (el: Element): boolean => {
  const c = el.getAttribute('class') ?? '';
  return (
    el.hasAttribute('hidden') ||
    /display:\s*none|visibility:\s*hidden/.test(el.getAttribute('style') ?? '') ||
    HIDDEN_CLASS.test(c) ||
    // Bootstrap's collapse not shown (an accordion's panel, a grid's detail row): `show`, Bootstrap 3's `in`
    (/(^|\s)collapse(\s|$)/.test(c) && !/(^|\s)(show|in)(\s|$)/.test(c))
  );
};

/** A hidden input, or an element hidden by its own markup (hiddenByMarkup), not by a step or panel around it. */
export const isSelfHidden = (el: Element): boolean => el.getAttribute('type') === 'hidden' || hiddenByMarkup(el);

/** Text for assistive technology only (`sr-only`, `visually-hidden`, PrimeNG's
 *  `p-hidden-accessible`, SLDS's `slds-assistive-text`, react-select's `A11yText`, Foundation's and
 *  Ontario's `show-for-sr`). */
export const ACCESSIBLE_ONLY = /hidden-accessible|visually-?hidden|sr-only|assistive-text|a11y-?text|show-for-sr/i;

/** A class token of help, error or tooltip text beside a field (`form-text`, `invalid-feedback`,
 *  `help-block`, `field-error`, Quasar's `q-field__messages` and `q-field__counter`, Drupal's
 *  `description`, `tooltiptext`, REDCap's `requiredlabel` "* must provide value");
 *  a state of a whole field (`has-error`, `is-invalid`) is none. */
const HINT_CLASS =
  /^(?!(has|is|with)[-_])(.*[-_])?(help(-block|-text)?|hint|feedback|errors?|error-(message|text)|helper-?text|form-text|messages|counter|description|text-alt|tooltip-?(text|content)?|requiredlabel|(required|constraint|error|validation)-msg)$/i;
export const isHint = (el: Element): boolean => {
  const cls = el.getAttribute('class');
  return !!cls && cls.split(/\s+/).some((c) => HINT_CLASS.test(c));
};

/** Text beside a label that names nothing: a hint, an error or tooltip (or the "?" opening one),
 *  a hidden validator message (ASP.NET's `display:none` span) or an element hidden outright. */
export function isAsideText(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'alert' || role === 'tooltip') return true;
  if (el.hasAttribute('hidden') || /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')) return true;
  // a help marker opening a tooltip (Odoo's "?" in a label)
  if (!el.firstElementChild && el.textContent?.trim() === '?') return true;
  return isHint(el);
}

/** "crpCollectionDate", "patient_weight-kg" → "crp collection date", "patient weight kg". */
export function splitIdentifier(id: string | null): string | null {
  if (!id) return null;
  if (/^[a-z\d]+$/.test(id) && id.length <= MAX_LABEL) return id; // nothing to split
  return clean(
    id
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/[_\-.:[\]]+/g, ' ')
      .toLowerCase(),
  );
}

/** Lower case, no required-field stars, "(required)" or trailing colons, single spaces. */
export function normalizeLabel(text: string): string {
  const lower = text.toLowerCase();
  // most labels are normal already: one test instead of four passes
  if (!/[’‘`*:]|\s\s|[^\S ]|^ | $|required/.test(lower)) return lower;
  return lower
    .replace(/[’‘`]/g, "'")
    .replace(/[*:]+|\(\s*required\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ required$/, '');
}
