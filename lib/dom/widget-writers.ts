import type { CollectedField, FieldElement } from './collect';
import { same, storedTags } from './values';
import { names, writeValue, type Writable } from './native-writers';
import {
  chipsOf,
  chipText,
  chipValues,
  optionDigits,
  removeControl,
  shownText,
  toggleOptions,
  toggleText,
  valuesShownBeside,
  type DatePart,
} from './widgets';

/**
 * Sets any field as a user would, widgets included: a native control through values.ts; a
 * custom select is pressed open and its option clicked, a chip list loses chips through their
 * remove controls and gains them by typing and Enter, a split date gets each box. Resolves
 * false when the value cannot be set (no such option, the widget did not respond).
 */
export async function applyValue(field: Writable, value: string): Promise<boolean> {
  if (field.kind === 'combobox') return pressToggle(field.element, value) ?? chooseOption(field.element, value);
  if (field.kind === 'chips') return setChips(field.element as HTMLInputElement, value);
  if (field.kind === 'date-parts') return writeSplitDate(field.parts ?? [], value);
  // no check fixes a name: its parts are not split from one text
  if (field.kind === 'name-parts' || field.kind === 'cell') return false;
  // a tag widget's store of JSON (Tagify's original box) is written by the widget, not typed in
  const raw = (field.element as HTMLInputElement).value;
  if (typeof raw === 'string' && storedTags(raw) !== raw) return false;
  if (field.kind === 'text' && valuesShownBeside(field.element) !== null) return chooseBySearch(field.element as HTMLInputElement, value);
  return writeValue(field, value);
}

function writeSplitDate(parts: NonNullable<CollectedField['parts']>, value: string): boolean {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const [m, d, y] = us ? [us[1], us[2], us[3]] : iso ? [iso[2], iso[3], iso[1]] : [];
  if (!m || !d || !y) return false;
  const digits: Record<DatePart, string> = { month: m.padStart(2, '0'), day: d.padStart(2, '0'), year: y };
  // segments (spinbuttons) take keystrokes their widget interprets: not typed into
  if (parts.some(({ el }) => !('value' in el))) return false;
  return parts.every(({ el, part }) => {
    if (el.localName !== 'select') return writeValue({ element: el, kind: 'text' }, digits[part]);
    const select = el as HTMLSelectElement;
    // the option the reader would read back as this number (widgets.ts)
    const option = Array.from(select.options).find((o) => o.value !== '' && Number(optionDigits(o) ?? NaN) === Number(digits[part]));
    return option ? writeValue({ element: el, kind: 'select' }, option.value) : false;
  });
}

/** Presses the toggle showing `value` in a toggle group; null when `group` is none. */
function pressToggle(group: Element, value: string): boolean | null {
  const options = toggleOptions(group);
  if (!options.length) return null;
  const option = options.find((b) => same(toggleText(b), value));
  if (!option) return false;
  press(option);
  return true;
}

const view = (el: Element): Window & typeof globalThis => el.ownerDocument.defaultView as Window & typeof globalThis;

/** A press as the pointer makes it: libraries open on mousedown (MUI) or click (Angular). */
function press(el: Element): void {
  const { MouseEvent: Mouse } = view(el);
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    el.dispatchEvent(
      new Mouse(type, { bubbles: true, cancelable: true, composed: true, button: 0, buttons: type.endsWith('down') ? 1 : 0 }),
    );
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
    const named = combo
      .getAttribute(attr)
      ?.split(/\s+/)
      .map((id) => doc.getElementById(id))
      .find(Boolean);
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

const nonEmpty = <T>(list: T[]): T[] | null => (list.length ? list : null);

/** An option a library draws in its popup without a role (antd's `ant-select-item-option` in
 *  `ant-select-dropdown`); never a label or anything else of the form itself. */
const DRAWN_OPTION = ['dropdown', 'menu', 'popup', 'popover', 'overlay']
  .map((popup) => `[class*="${popup}"] [class*="option"]:not(label)`)
  .join(', ');

/** The shown options of an open list naming `value`: the options of the list the widget names
 *  or the open listbox, then elements classed as options (antd draws its options without a
 *  role, beside a listbox for assistive technology that shows their values). */
function optionsNaming(combo: Element, value: string): Element[] {
  const list = listboxOf(combo);
  const roled = list ? Array.from(list.querySelectorAll('[role="option"]')) : [];
  const classed = Array.from(combo.ownerDocument.querySelectorAll(DRAWN_OPTION)).filter(
    (o) => !roled.includes(o) && !o.contains(combo) && !o.querySelector('input, select, textarea, label') && o.getClientRects().length > 0,
  );
  const exact = (o: Element): boolean => same(shownText(o), value) || same(o.getAttribute('title') ?? '', value);
  const byCode = (o: Element): boolean => names(shownText(o), value);
  return [...new Set([...roled.filter(exact), ...roled.filter(byCode), ...classed.filter(exact), ...classed.filter(byCode)])];
}

/**
 * A select-like widget's input (react-select, antd, ng-select) holds a search: the value is
 * typed there (a readonly one is pressed open instead) and the option showing it clicked, as a
 * person would. When no option takes, the search is cleared and the list closed, so nothing
 * typed is left behind and the chosen value stands.
 */
async function chooseBySearch(input: HTMLInputElement, value: string): Promise<boolean> {
  const chosen = (): boolean => (valuesShownBeside(input) ?? []).some((v) => names(v, value));
  if (chosen()) return true;
  input.focus({ preventScroll: true });
  if (input.readOnly) press(input);
  else writeValue({ element: input, kind: 'text' }, value);
  // the first two: antd's list for assistive technology may name the value without choosing it
  const options = (await until(input, () => nonEmpty(optionsNaming(input, value).slice(0, 2)))) ?? [];
  for (const option of options) {
    press(option);
    if (await until(input, chosen)) return true;
  }
  if (!input.readOnly && input.value !== '') writeValue({ element: input, kind: 'text' }, '');
  key(input, 'Escape');
  return false;
}

async function setChips(input: HTMLInputElement, value: string): Promise<boolean> {
  const want = value
    .split(/[,;]/)
    .map((v) => v.trim())
    .filter(Boolean);
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
