import { radioLabel, type CollectedField, type FieldElement } from './collect';
import { isTicked, same } from './values';

/**
 * Writing a native control as a user would: the prototype's value setter, then bubbling `input`
 * and `change`. Loaded with the checks once a form is found (widget-writers.ts), never by the
 * reader that looks for one.
 */

function nativeSetter(el: Element, prop: 'value' | 'checked'): ((v: unknown) => void) | null {
  // React tracks values set through the instance; the prototype's setter is what typing uses
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, prop);
    if (desc?.set) return desc.set;
  }
  return null;
}

function fire(el: Element, type: 'input' | 'change'): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const EventCtor = view?.Event ?? Event;
  el.dispatchEvent(new EventCtor(type, { bubbles: true }));
}

/** An option's text names `value` whole or by its leading code ("UN - Unit", "ML (milliliter)" for UN, ML). */
export const names = (text: string, value: string): boolean => same(text, value) || same(text.split(/\s*[-–(:]/)[0] ?? '', value);

/**
 * Sets a field as a user would: native setter, then `input` and `change` (bubbling), so
 * controlled React/Angular inputs take the value. Returns false when no option/radio matches.
 */
export function writeValue(field: Pick<CollectedField, 'element' | 'kind' | 'options'>, value: string): boolean {
  const el: FieldElement = field.element;
  if (field.kind === 'radio') {
    const radio = (field.options ?? []).find((r) => same(r.value, value) || same(radioLabel(r), value));
    if (!radio) return false;
    radio.click(); // a click checks it and fires input/change like a person's
    return true;
  }
  if (field.kind === 'checkbox' && field.options) {
    const box = field.options.find((b) => same(b.value, value) || same(radioLabel(b), value));
    if (!box) return false;
    if (!box.checked) box.click();
    return true;
  }
  if (field.kind === 'checkbox') {
    const want = /^(y|yes|true|1|on|checked)$/i.test(value.trim());
    if (isTicked(el) !== want) (el as HTMLElement).click();
    return true;
  }
  if (field.kind === 'select') {
    const select = el as HTMLSelectElement;
    const option =
      Array.from(select.options).find((o) => same(o.value, value) || same(o.text, value)) ??
      Array.from(select.options).find((o) => names(o.text, value));
    if (!option) return false;
    nativeSetter(select, 'value')?.call(select, option.value);
  } else {
    nativeSetter(el, 'value')?.call(el, value);
  }
  fire(el, 'input');
  fire(el, 'change');
  return true;
}

export type Writable = Pick<CollectedField, 'element' | 'kind' | 'options' | 'parts'>;
