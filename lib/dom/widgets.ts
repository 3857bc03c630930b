import { clean } from './text';

/**
 * The widgets component libraries build fields from, recognised by their ARIA roles and
 * structure (Angular Material, MUI, PrimeNG and the like render these the same way):
 * - a **custom select**: a `role="combobox"` element that is not a native control, whose value
 *   is its text (its options live in an overlay only while it is open);
 * - a **chip list**: removable tokens (grid rows, listbox options, list items or buttons with a
 *   remove control) before the text input that adds them; its value is every chip's text;
 * - a **split date**: month, day and year boxes side by side, read and written as one date.
 */

/** Tags whose text is never part of a widget's value: controls, icons, our own elements. */
const NOT_VALUE = 'button, svg, [aria-hidden="true"], input, select, textarea';

/**
 * What an element shows as its value: its text without icons, remove buttons and hidden
 * parts, and without a placeholder (libraries mark it in the class of the element showing it:
 * `mat-mdc-select-placeholder`, `p-placeholder`, `ng-placeholder`).
 */
export function shownText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    if (n.nodeType !== 1) return;
    const child = n as Element;
    if (child !== el && (child.matches(NOT_VALUE) || /placeholder/i.test(child.getAttribute('class') ?? ''))) return;
    if (child.localName === 'style' || child.localName === 'script') return;
    for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return (clean(out) ?? '').replace(/^\u200b$/, '');
}

/** A `role="combobox"` element that is not itself an input or select: a custom select. */
export const isCustomSelect = (el: Element, role: string | undefined): boolean =>
  role === 'combobox' && !/^(input|select|textarea)$/.test(el.localName);

/** An input no one types in: a library's mirror of a custom select's value, hidden from
 *  assistive technology (MUI's `MuiSelect-nativeInput`). */
export const isMirrorInput = (el: Element): boolean => el.getAttribute('aria-hidden') === 'true';

/** the roles a chip has */
export const CHIP_ROLES = new Set(['row', 'option', 'listitem', 'button']);
const CHIP_LISTS = new Set(['grid', 'listbox', 'list']);
const REMOVE = /remove|delete|clear|cancel|close|times/i;
const CONTROL = 'input, select, textarea';

/** The control that removes a chip: one named for removal (`aria-label="remove M04.2"`,
 *  MUI's `MuiChip-deleteIcon`), else a chip button's own button or icon. */
export function removeControl(chip: Element): Element | null {
  const inside = Array.from(chip.querySelectorAll('button, [role="button"], svg, [aria-label], [title], [class]')).filter(
    (el) => el !== chip,
  );
  const named = inside.find((el) =>
    REMOVE.test(
      `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('data-testid') ?? ''}`,
    ),
  );
  if (named) return named;
  return chip.getAttribute('role') === 'button' ? (inside.find((el) => el.matches('button, svg')) ?? null) : null;
}

function isChip(el: Element): boolean {
  if (el.matches(CONTROL) || el.querySelector(CONTROL) || el.localName === 'label') return false;
  const text = chipText(el);
  if (!text || text.length > 40) return false;
  const role = el.getAttribute('role') ?? '';
  // a row of a chip grid, an option of a chip listbox; else a token with a remove control
  if ((role === 'row' || role === 'option') && CHIP_LISTS.has(el.parentElement?.getAttribute('role') ?? '')) return true;
  return removeControl(el) !== null;
}

/** A chip's text: what it shows, without its remove control's icon text ("cancel"). */
export const chipText = (chip: Element): string => shownText(chip);

/**
 * The chips a text input adds to, when it has any: the tokens with a chip's role (a grid's
 * rows, a listbox's options, list items, buttons) right before the input in its container (or
 * in its parent's, for lists that wrap the input in an item of its own). `roleOf` answers
 * without asking the page when the caller knows the roles already.
 */
export function chipsOf(
  input: Element,
  roleOf: (el: Element) => string | null | undefined = (el) => el.getAttribute('role'),
): Element[] | null {
  let node: Element = input;
  for (let depth = 0; depth < 2 && node.parentElement; depth++, node = node.parentElement) {
    const chips: Element[] = [];
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      const role = roleOf(s);
      if (role && CHIP_ROLES.has(role) && isChip(s)) chips.unshift(s);
      else break;
    }
    if (chips.length) return chips;
  }
  return null;
}

/** The chips now before `input` (they come and go as staff add and remove them). */
export const chipValues = (input: Element): string[] => (chipsOf(input) ?? []).map(chipText).filter(Boolean);

export type DatePart = 'month' | 'day' | 'year';

const PART_WORDS: [DatePart, RegExp][] = [
  ['month', /^(mm|mo|mon|month)$/],
  ['day', /^(dd|day)$/],
  ['year', /^(yy|yyyy|yr|year)$/],
];

/** Every part word ends in one of these: most texts are ruled out by their last letter alone. */
const PART_LAST_LETTER = /^[mnohdyr]$/i;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
function lastLetter(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (isLetter(text.charCodeAt(i))) return text[i]!;
  return '';
}

/** Which part of a date a box is for, from the last word of what names it ("Month", "MM",
 *  `dob_year`, `dobDay`); a long text ("Doses per day") names no part. */
export function datePartOf(texts: readonly (string | null)[]): DatePart | null {
  for (const text of texts) {
    if (!text || text.length > 30 || !PART_LAST_LETTER.test(lastLetter(text))) continue;
    const tail = /([A-Za-z]+)[^A-Za-z]*$/.exec(text)?.[1];
    const word = tail && /[a-z][A-Z]/.test(tail) ? tail.replace(/^.*[a-z](?=[A-Z])/, '') : tail;
    if (!word || text.trim().split(/\s+/).length > 3) continue;
    const lower = word.toLowerCase();
    for (const [part, re] of PART_WORDS) if (re.test(lower)) return part;
  }
  return null;
}

/** A label with its part's word taken off ("Date of birth month" → "Date of birth"). */
export const withoutPartWord = (text: string | null): string | null =>
  clean((text ?? '').replace(/[\s\-–:(]*\b(mm|month|dd|day|yyyy|yy|year)\b[\s):]*$/i, ''));

/** A split date's part as a number's digits ("04", a month select's "01 - January" or value "1"). */
export function partDigits(el: Element): string {
  if (el.localName === 'select') {
    const select = el as HTMLSelectElement;
    const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    if (!option || select.value === '') return '';
    return optionDigits(option) ?? clean(option.text) ?? '';
  }
  return (el as HTMLInputElement).value.trim();
}

/** The number a date part's option stands for: its text's leading digits ("04 - April"), else a numeric value ("4"). */
export const optionDigits = (option: HTMLOptionElement): string | null =>
  /^\s*(\d{1,4})\b/.exec(option.text)?.[1] ?? /^\s*(\d{1,4})\s*$/.exec(option.value)?.[1] ?? null;
