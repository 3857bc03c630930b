import { isAsideText, textOf } from './text';

/**
 * A unit written after a field rather than in its label: "[ 66 ] lb" in a table cell, an input
 * group's addon, a text field's adornment or suffix element. It belongs to the field before it,
 * so it names that field's unit, and is not part of the next field's label.
 */

/** Unit words a weight, a dose or a lab result is written with (never "units": a billing units
 *  field is labelled so). */
const UNIT_WORD = String.raw`mg\s*\/\s*dl|mg\s*\/\s*l|kgs?|kilograms?|lbs?|pounds?|mg|milligrams?`;
const UNIT_ALONE = new RegExp(String.raw`^\(?\s*(?:${UNIT_WORD})\s*\)?\.?$`, 'i');
const LEADING_UNIT = new RegExp(String.raw`^\s*\(?\s*(?:${UNIT_WORD})\s*\)?(?=\s|$)`, 'i');

/** `text` without a unit at its start: the suffix of the field before it. */
export const withoutLeadingUnit = (text: string): string => text.replace(LEADING_UNIT, '');

const STOP = new Set(['form', 'fieldset', 'tr', 'table', 'tbody', 'body', 'html', 'li', 'section', 'dl']);
const ENDS_RUN = new Set(['input', 'select', 'textarea', 'label', 'dt', 'td', 'th']);
/** longer text after a field is the next field's label or a hint, not a unit */
const MAX_SUFFIX = 24;

/** The text after `start` among its siblings, up to the next control or label; null when one
 *  stands right after it or the text is long. */
function textAfter(start: Node): { text: string; ended: boolean } | null {
  let text = '';
  for (let n = start.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const el = n as Element;
      // a validation message put between the box and its addon (jQuery Validation's label.error)
      if (el.localName === 'label' && isAsideText(el)) continue;
      // a layout table's next cell holding only a unit (GWT's HorizontalPanel) is the field's suffix
      const cell = el.localName === 'td' ? (el.textContent ?? '').trim() : '';
      if (cell && UNIT_ALONE.test(cell) && !el.querySelector('input, select, textarea, label'))
        return { text: `${text} ${cell}`, ended: true };
      if (ENDS_RUN.has(el.localName) || el.querySelector('input, select, textarea, label')) return { text, ended: true };
      // an icon, a calendar button or a hint says nothing of the unit; a unit hidden from
      // assistive technology is still the unit shown (USWDS's suffix)
      // through slots: a web component's suffix is the host's child shown in its shadow root
      const shown = textOf(el);
      if (el.localName !== 'button' && !isAsideText(el) && (el.getAttribute('aria-hidden') !== 'true' || UNIT_ALONE.test(shown.trim())))
        text += ` ${shown}`;
    }
    // the markup's indentation is no text
    if (text.length > MAX_SUFFIX && text.replace(/\s+/g, ' ').trim().length > MAX_SUFFIX) return null;
  }
  return { text, ended: false };
}

/** The unit shown right after `control` (within five levels of wrappers: Ext JS shows it in a
 *  display field beside the number field's box item, five levels up), or null. */
export function unitAfter(control: Element): string | null {
  let node: Element | null = control;
  for (let depth = 0; node && depth < 6; depth++) {
    const after = textAfter(node);
    if (!after) return null;
    const text = after.text.replace(/\s+/g, ' ').trim();
    if (text) return UNIT_ALONE.test(text) ? text : null;
    if (after.ended) return null;
    const parent: Element | null = node.parentElement;
    if (!parent || STOP.has(parent.localName)) return null;
    node = parent;
  }
  return null;
}
