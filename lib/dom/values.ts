import { radioLabel, type CollectedField, type LabelSignals } from './collect';
import {
  chipValues,
  choiceShownBefore,
  chipsAfterAutocomplete,
  chipsAfterInput,
  chosenBehindCount,
  chosenBehindSearch,
  isCountShown,
  chosenInListbox,
  dateLabelValue,
  dateValueLabel,
  isPlaceholderText,
  partDigits,
  pressedText,
  shownChoice,
  shownText,
  tickedText,
  tokensAfter,
  valuesShownBeside,
  type DatePart,
  chosenLists,
} from './widgets';
import type { NamePart } from './split-names';

/**
 * Reading a field's value as staff see it, and writing a fix back as a user would type it.
 * Realm-safe (same-origin iframes): prototypes and event constructors come from the element's
 * own window.
 */

/** Options and options read as the text staff see ("11 - Office", "New authorization
 *  request"): values are often opaque ("a", "u1", "2"), and the parsers read the texts. */
const shown = (text: string, value: string): string => text.replace(/\s+/g, ' ').trim() || value;

/** A ticked choice as staff answered it: an "Other" choice's own item may hold a box for what
 *  the answer is instead (Contact Form 7's free text, Gravity Forms' and Ninja Forms' other
 *  choice), read when filled in. */
function choiceText(choice: HTMLInputElement): string {
  const text = shown(radioLabel(choice), choice.getAttribute('value') ?? '');
  let box = /(^|[^a-z])other/i.test(`${text} ${choice.value}`) ? choice.parentElement : null;
  for (let depth = 0; box && depth < 2; depth++, box = box.parentElement) {
    if (box.querySelectorAll('input[type="radio"], input[type="checkbox"]').length > 1) break;
    const typed = box.querySelector<HTMLInputElement>('input[type="text"], input:not([type])')?.value.trim();
    if (typed) return typed;
  }
  return text;
}

export function readValue(
  field: Pick<CollectedField, 'element' | 'kind' | 'options' | 'parts' | 'names'> & Partial<Pick<CollectedField, 'signals'>>,
): string {
  const el = field.element;
  switch (field.kind) {
    case 'select':
      return (
        chosenOptions(el as HTMLSelectElement)
          // an option with no text shows its label attribute (JSON Forms' oneOf enum), else nothing
          // (Odoo's and Tryton's empty choice, valued "false" or "null")
          .map((o) => (o.text || (o.getAttribute('label') ?? '')).replace(/\s+/g, ' ').trim())
          .filter((t) => !isPlaceholderText(t))
          .join(', ')
      );
    case 'radio': {
      const checked = (field.options ?? []).find((r) => r.checked);
      return checked ? choiceText(checked) : '';
    }
    case 'checkbox': {
      // a group of boxes answers one question with the ticked boxes' labels
      if (field.options)
        return field.options
          .filter((b) => b.checked)
          .map(choiceText)
          .filter(Boolean)
          .join(', ');
      // an unticked box is not an answer of "no": the form may simply not be filled yet
      return isTicked(el) ? 'Yes' : '';
    }
    case 'combobox': {
      const dateLabel = dateValueLabel(el);
      if (dateLabel) return dateLabelValue(dateLabel);
      const shown = choiceShownBefore(el);
      if (shown) return shownChoice(shown);
      let text = pressedText(el) ?? tickedText(el) ?? chosenInListbox(el)?.join(', ') ?? shownText(el);
      text = chosenBehindCount(el, text)?.join(', ') ?? (isCountShown(text) ? '' : text);
      // a multiple select showing its prompt lists its choices as tokens after it
      if (!text && (el.localName === 'button' || el.getAttribute('role') === 'combobox')) text = tokensAfter(el).join(', ');
      // (nor is its name drawn inside it after the choice: Wave UI's label inside its w-select)
      const items = text.split(', ');
      if (items.length > 1 && namesField(items[items.length - 1]!, field.signals)) items.pop();
      const value = items.join(', ');
      return namesField(value, field.signals) ? '' : value;
    }
    case 'chips': {
      // what is typed beside the chips is no value yet: a search for an option, or a tag not added
      // (a tag input adds it on Enter or on leaving the box, and the chip then shows); an input
      // holding the chips' titles again (Vuetify 4's v-select) adds nothing either
      return chipValues(el).join(', ');
    }
    case 'date-parts':
      return splitDateValue(field.parts ?? []);
    case 'name-parts':
      return splitNameValue(field.names ?? []);
    case 'cell': {
      // a responsive table repeats its column's title in each cell, shown on narrow screens only
      // (Caspio's `span.cbResultSetLabel` before the value)
      const text = shownText(el);
      const title = field.signals?.column;
      const first = el.firstChild;
      return title && first?.nodeType === 1 && first.textContent?.trim() === title && text.startsWith(title)
        ? text.slice(title.length).trim()
        : text;
    }
    case 'text':
      return textValue(el as HTMLInputElement, field.signals);
    default:
      return storedTags((el as HTMLInputElement).value);
  }
}

/** A tag widget's original box holds its tags as JSON (Tagify's `[{"value":"M04.1"},…]`, kept
 *  off screen by its style sheet): the tags' values, as staff see them. */
export function storedTags(value: string): string {
  if (!value.startsWith('[{')) return value;
  try {
    const tags: unknown = JSON.parse(value);
    if (Array.isArray(tags) && tags.every((t) => typeof (t as { value?: unknown })?.value === 'string'))
      return tags.map((t: { value: string }) => t.value).join(', ');
  } catch {
    // not JSON: as typed
  }
  return value;
}

/** A checkbox's state: a native box's, or what a box drawn with the checkbox role says (Radix's
 *  `button[role=checkbox][aria-checked]`). */
export const isTicked = (el: Element): boolean =>
  el.localName === 'input' ? (el as HTMLInputElement).checked : el.getAttribute('aria-checked') === 'true';

/** The options a select has chosen, but the empty-valued "Select…" one: every selected option
 *  of a multiple select (Select2's and Choices' hidden select), else the current one (else the one
 *  marked selected: a parser may leave no index). */
function chosenOptions(select: HTMLSelectElement): HTMLOptionElement[] {
  const current = select.multiple ? undefined : select.options[select.selectedIndex];
  // a dual list's chosen list holds only its value, selected or not (dualList)
  const all = chosenLists.has(select);
  const chosen = current ? [current] : Array.from(select.options).filter((o) => all || o.selected);
  return chosen.filter((o) => o.value !== '');
}

/** Whether a widget's text is what names its field: an empty custom select may show its label. */
function namesField(text: string, signals: LabelSignals | undefined): boolean {
  if (text === '' || !signals) return false;
  // the text before a field names it only when nothing else does (react-select's value is the
  // text before its input); an aria-label saying what the widget shows is its value announced
  // (PrimeNG's select copies its chosen label there), not its name
  const aria = signals.aria !== null && same(text, signals.aria) ? null : signals.aria;
  const name = signals.labels[0] ?? aria ?? signals.nearest ?? signals.nearby;
  return !!name && same(text, name);
}

/**
 * A text box's value; for a select-like widget's input, what the widget shows as chosen. What
 * is typed there is a search for an option, and the chosen one stays shown until another is
 * chosen (and the search is cleared on leaving), so the shown value wins; a free-text
 * autocomplete shows nothing beside its input, and what is typed is its value.
 */
function textValue(input: HTMLInputElement, signals: LabelSignals | undefined): string {
  // Telerik's RadComboBox and RadInput, jQuery EasyUI's textbox and placeholder polyfills show a
  // prompt as the input's value, classed `rcbEmptyMessage`, `riEmpty`, `textbox-prompt`, `placeholder`
  if (/EmptyMessage\b|\briEmpty\b|\btextbox-prompt\b|(^|\s)placeholder(\s|$)/.test(input.getAttribute('class') ?? '')) return '';
  // DevExpress writes an editor's NullText into its input while empty, its table classed `dxeNullText_*`
  if (input.closest('[class*="NullText"]')) return '';
  const kept = input.value.trim() ? chosenBehindSearch(input) : null;
  if (kept) return kept;
  const chosen = (valuesShownBeside(input) ?? []).filter((t) => !namesField(t, signals));
  if (chosen.length) return chosen.join(', ');
  if (input.value.trim() === '') {
    const after = chipsAfterAutocomplete(input);
    return (after.length ? after : chipsAfterInput(input)).join(', ');
  }
  return isPlaceholderText(input.value) || isCountShown(input.value) ? '' : storedTags(input.value);
}

/** A split date as MM/DD/YYYY whatever order its boxes are in; empty while every box is. */
function splitDateValue(parts: NonNullable<CollectedField['parts']>): string {
  const of = (part: DatePart): string => {
    const p = parts.find((x) => x.part === part);
    return p ? partDigits(p.el) : '';
  };
  const [m, d, y] = [of('month'), of('day'), of('year')];
  // a month chosen by its name (Formstack's "Mar") is written as a date in words, which the parser reads
  if (/^[a-z]{3,}\.?$/i.test(m)) return `${m} ${d}, ${y}`;
  return m || d || y ? `${m}/${d}/${y}` : '';
}

/** A name read as it is said, first, middle, last, whatever the order of its boxes. */
function splitNameValue(names: NonNullable<CollectedField['names']>): string {
  const of = (part: NamePart): string => {
    const box = names.find((x) => x.part === part)?.el;
    return box && 'value' in box ? String(box.value).trim() : '';
  };
  return [of('first'), of('middle'), of('last')].filter(Boolean).join(' ');
}

export const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
