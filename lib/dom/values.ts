import { radioLabel, type CollectedField, type FieldElement } from './collect';
import { chipsOf, chipText, chipValues, partDigits, removeControl, shownText, type DatePart } from './widgets';

/**
 * Reading a field's value as staff see it, and writing a fix back as a user would type it.
 * Realm-safe (same-origin iframes): prototypes and event constructors come from the element's
 * own window.
 */

/** Options and options read as the text staff see ("11 - Office", "New authorization
 *  request"): values are often opaque ("a", "u1", "2"), and the parsers read the texts. */
const shown = (text: string, value: string): string => text.replace(/\s+/g, ' ').trim() || value;

export function readValue(field: Pick<CollectedField, 'element' | 'kind' | 'options' | 'parts'> & Partial<Pick<CollectedField, 'signals'>>): string {
  const el = field.element;
  switch (field.kind) {
    case 'select': {
      const select = el as HTMLSelectElement;
      const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
      if (!option || select.value === '') return '';
      return shown(option.text, option.value);
    }
    case 'radio': {
      const checked = (field.options ?? []).find((r) => r.checked);
      return checked ? shown(radioLabel(checked), checked.value) : '';
    }
    case 'checkbox': {
      // a group of boxes answers one question with the ticked boxes' labels
      if (field.options) return field.options.filter((b) => b.checked).map((b) => shown(radioLabel(b), b.value)).join(', ');
      // an unticked box is not an answer of "no": the form may simply not be filled yet
      return (el as HTMLInputElement).checked ? 'Yes' : '';
    }
    case 'combobox': {
      const text = shownText(el);
      // an empty custom select may show its label as placeholder text
      return text && field.signals && same(text, field.signals.labels[0] ?? '') ? '' : text;
    }
    case 'chips':
      return [...chipValues(el), (el as HTMLInputElement).value.trim()].filter(Boolean).join(', ');
    case 'date-parts':
      return splitDateValue(field.parts ?? []);
    default:
      return (el as HTMLInputElement).value;
  }
}

/** A split date as MM/DD/YYYY whatever order its boxes are in; empty while every box is. */
function splitDateValue(parts: NonNullable<CollectedField['parts']>): string {
  const of = (part: DatePart): string => {
    const p = parts.find((x) => x.part === part);
    return p ? partDigits(p.el) : '';
  };
  const [m, d, y] = [of('month'), of('day'), of('year')];
  return m || d || y ? `${m}/${d}/${y}` : '';
}

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

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
/** An option's text names `value` whole or by its leading code ("UN - Unit", "ML (milliliter)" for UN, ML). */
const names = (text: string, value: string): boolean => same(text, value) || same(text.split(/\s*[-–(:]/)[0] ?? '', value);

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
    if ((el as HTMLInputElement).checked !== want) (el as HTMLInputElement).click();
    return true;
  }
  if (field.kind === 'select') {
    const select = el as HTMLSelectElement;
    const option = Array.from(select.options).find((o) => same(o.value, value) || same(o.text, value)) ??
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

type Writable = Pick<CollectedField, 'element' | 'kind' | 'options' | 'parts'>;

/**
 * Sets any field as a user would, widgets included: a custom select is opened and its option
 * chosen, a chip list gets chips removed and typed in with Enter, a split date each box.
 * Resolves false when the value cannot be set (no such option, the widget did not respond).
 */
export async function applyValue(field: Writable, value: string): Promise<boolean> {
  if (field.kind === 'combobox') return chooseOption(field.element, value);
  if (field.kind === 'chips') return setChips(field.element as HTMLInputElement, value);
  if (field.kind === 'date-parts') return writeSplitDate(field.parts ?? [], value);
  return writeValue(field, value);
}

function writeSplitDate(parts: NonNullable<CollectedField['parts']>, value: string): boolean {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const [m, d, y] = us ? [us[1], us[2], us[3]] : iso ? [iso[2], iso[3], iso[1]] : [];
  if (!m || !d || !y) return false;
  const digits: Record<DatePart, string> = { month: m.padStart(2, '0'), day: d.padStart(2, '0'), year: y };
  return parts.every(({ el, part }) => {
    if (el.localName !== 'select') return writeValue({ element: el, kind: 'text' }, digits[part]);
    const select = el as HTMLSelectElement;
    const option = Array.from(select.options).find((o) => o.value !== '' && Number(/\d+/.exec(o.text)?.[0] ?? o.value) === Number(digits[part]));
    return option ? writeValue({ element: el, kind: 'select' }, option.value) : false;
  });
}

const view = (el: Element): Window & typeof globalThis => el.ownerDocument.defaultView as Window & typeof globalThis;

/** A press as the pointer makes it: libraries open on mousedown (MUI) or click (Angular). */
function press(el: Element): void {
  const { MouseEvent: Mouse } = view(el);
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    el.dispatchEvent(new Mouse(type, { bubbles: true, cancelable: true, composed: true, button: 0, buttons: type.endsWith('down') ? 1 : 0 }));
  }
}

const KEY_CODES: Record<string, number> = { Enter: 13, Backspace: 8, Delete: 46, Escape: 27, ArrowDown: 40 };

/** A key as typed (with the legacy keyCode some libraries still read, e.g. Angular's chip input). */
function key(el: Element, name: string): void {
  const { KeyboardEvent: Key } = view(el);
  const init = { key: name, code: name, keyCode: KEY_CODES[name], which: KEY_CODES[name], bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new Key('keydown', init));
  el.dispatchEvent(new Key('keyup', init));
}

/** Waits (a frame at a time, for at most about half a second) for `found` to give something. */
async function until<T>(el: Element, found: () => T | null | undefined | false): Promise<T | null> {
  for (let i = 0; i < 30; i++) {
    const v = found();
    if (v) return v;
    await new Promise((r) => view(el).setTimeout(r, 16));
  }
  return null;
}

/** The open list of a custom select: the one it names (aria-controls / aria-owns), else the last shown listbox. */
function listboxOf(combo: Element): Element | null {
  const doc = combo.ownerDocument;
  for (const attr of ['aria-controls', 'aria-owns']) {
    const named = combo.getAttribute(attr)?.split(/\s+/).map((id) => doc.getElementById(id)).find(Boolean);
    const list = named && (named.getAttribute('role') === 'listbox' ? named : named.querySelector('[role="listbox"]'));
    if (list) return list;
  }
  if (combo.getAttribute('aria-expanded') !== 'true') return null;
  const lists = Array.from(doc.querySelectorAll('[role="listbox"]')).filter((l) => l.getClientRects().length > 0 || !l.closest('[hidden]'));
  return lists[lists.length - 1] ?? null;
}

async function chooseOption(combo: FieldElement, value: string): Promise<boolean> {
  if (names(shownText(combo), value)) return true;
  combo.focus({ preventScroll: true });
  press(combo);
  let list = await until(combo, () => listboxOf(combo));
  if (!list) {
    key(combo, 'Enter');
    list = await until(combo, () => listboxOf(combo));
  }
  if (!list) return false;
  const options = Array.from(list.querySelectorAll('[role="option"]'));
  const option =
    options.find((o) => same(shownText(o), value) || same(o.getAttribute('data-value') ?? '', value)) ??
    options.find((o) => names(shownText(o), value));
  if (!option) {
    key(combo, 'Escape');
    return false;
  }
  press(option);
  return (await until(combo, () => names(shownText(combo), value))) === true;
}

async function setChips(input: HTMLInputElement, value: string): Promise<boolean> {
  const want = value.split(/[,;]/).map((v) => v.trim()).filter(Boolean);
  for (const chip of chipsOf(input) ?? []) {
    const text = chipText(chip);
    if (want.some((w) => same(w, text))) continue;
    const remove = removeControl(chip);
    if (remove) press(remove);
    else key(chip, 'Backspace');
    await until(input, () => !chipValues(input).some((c) => same(c, text)));
  }
  for (const w of want) {
    if (chipValues(input).some((c) => same(c, w))) continue;
    input.focus({ preventScroll: true });
    writeValue({ element: input, kind: 'text' }, w);
    key(input, 'Enter');
    await until(input, () => chipValues(input).some((c) => same(c, w)));
  }
  const now = chipValues(input);
  return want.every((w) => now.some((c) => same(c, w))) && now.length === want.length;
}
