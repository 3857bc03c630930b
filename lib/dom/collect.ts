import { ACCESSIBLE_ONLY, clean, isSelfHidden, isAsideText, isInline, isOwnElement, OWN_TAG_PREFIX, splitIdentifier, textOf } from './text';
import { hostOf, panelsOf } from './boundary';
import {
  CHIP_ROLES,
  chipsOf,
  chipValues,
  datePartOf,
  partOfWord,
  dateSegments,
  isCustomSelect,
  BOX_LIST,
  choiceShownBefore,
  dateValueLabel,
  isBoxList,
  isClassedSelect,
  isDateButton,
  isChipBox,
  isListboxButton,
  namesInside,
  isSemanticDropdown,
  originalAfter,
  popupsOf,
  isMirrorInput,
  isPlaceholderText,
  isSelectMirror,
  faceBoxOf,
  HEADINGS,
  isTagList,
  toggleOptions,
  shownBeside,
  withoutPartWord,
  type DatePart,
  dualList,
  chosenLists,
} from './widgets';
import { MAYBE_CLASSED_SELECT } from './classed-select';
import { joinSplitNames, type NamePart } from './split-names';
import { withoutLeadingUnit } from './suffix';

/**
 * Collecting candidate fields from a page: every text/number/date input, select, textarea,
 * checkbox and radio group in a document, its open shadow roots and same-origin iframes, each
 * with the label signals a person would read. Deciding what a field IS happens in `qualify.ts`.
 */

/** `combobox`: a custom select (widgets.ts); `chips`: the input of a chip list, whose value
 *  is its chips; `date-parts`: month, day and year boxes read as one date; `name-parts`: first,
 *  middle and last name boxes read as one name (split-names.ts); `cell`: a grid's cell of text
 *  (a row shown, not edited), read only and only as a prior therapy's (qualify.ts). */
export type FieldKind =
  'text' | 'number' | 'date' | 'select' | 'radio' | 'checkbox' | 'textarea' | 'combobox' | 'chips' | 'date-parts' | 'name-parts' | 'cell';
/** A native control, or a custom select's element */
export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLElement;

export interface LabelSignals {
  testId: string | null;
  name: string | null;
  id: string | null;
  /** `<label for>`, the wrapping `<label>`, a radio group's legend / radiogroup label */
  labels: string[];
  /** `aria-labelledby` text, then `aria-label` */
  aria: string | null;
  placeholder: string | null;
  /** the text just before the field in its cell, row or container */
  nearby: string | null;
  /** of `nearby`, the closest block's text when more blocks came before it ("Date of birth:
   *  03/02/1980 | Weight (kg):" → "Weight (kg):"): a row of read-only values names nothing */
  nearest?: string | null;
  /** the column header when the field sits in a table (or ARIA grid) row */
  column: string | null;
  /** legend, caption, region label or nearest heading of the section the field is in */
  section: string | null;
}

export interface CollectedField {
  /** the control; for a radio group, its first radio */
  element: FieldElement;
  kind: FieldKind;
  /** the radios of a group, or the boxes of a checkbox group answering one question */
  options?: HTMLInputElement[];
  /** inside a lookup panel (boundary.ts): not the request's unless nothing else claims its path */
  lookup?: boolean;
  /** inside a box hidden by its own markup (a conditional reveal not revealed, a wizard's earlier
   *  step): empty, it claims its path after the fields staff see; filled, it keeps its place and
   *  gives its path up to a box shown that staff type in (qualifyFields) */
  hidden?: boolean;
  /** a split date's boxes, in page order (the element is the first) */
  parts?: { el: FieldElement; part: DatePart }[];
  /** a name's boxes (first, middle, last), in page order (the element is the first) */
  names?: { el: FieldElement; part: NamePart }[];
  signals: LabelSignals;
  /** the field's row among the data rows of its table (repeating rows), else null */
  rowIndex: number | null;
  /** the open dialog, else the form, else the document or shadow root it is in (qualify.ts lets
   *  the scope holding the most fields claim paths first) */
  scope?: Node;
}

export interface Collection {
  fields: CollectedField[];
  /** every root searched (document, open shadow roots, same-origin iframe documents), to observe */
  roots: (Document | ShadowRoot)[];
  /** iframes whose document could not be read yet (loading) or ever (cross-origin) */
  frames: HTMLIFrameElement[];
  /** custom elements holding no open shadow root yet: a definition loaded later gives them one
   *  (watchUpgrades) */
  bareHosts: Element[];
}

const TEXT_TYPES = new Set(['', 'text', 'search', 'tel', 'email', 'number', 'date', 'url']);
/** The other types the HTML standard knows; a browser draws an input of any type it does not
 *  know as a text box (jQWidgets creates `type="textarea"` inputs), and so do we. */
const OTHER_TYPES = new Set([
  'password',
  'checkbox',
  'radio',
  'hidden',
  'submit',
  'button',
  'reset',
  'image',
  'file',
  'color',
  'range',
  'time',
  'month',
  'week',
  'datetime-local',
]);
const typeOf = (el: Element): string => {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return TEXT_TYPES.has(type) || OTHER_TYPES.has(type) ? type : 'text';
};
const MAX_NEARBY = 120;

/** `roles`: the elements with a role, when any has a chip's role (else no input is a chip list's) */
function inputKind(el: HTMLInputElement, roles: ReadonlyMap<Element, string> | null): FieldKind | null {
  // drawn, not typed in: dijit's validation icon is a read-only input with the presentation role
  const role = el.getAttribute('role');
  if ((role === 'presentation' || role === 'none') && el.readOnly) return null;
  // a text box acting as a button only takes focus for the widget whose own input is beside it
  // (ui-select's focusser)
  if (role === 'button' && el.parentElement?.querySelector('input:not([role="button"]):not([type="hidden"])')) return null;
  const type = typeOf(el);
  if (isChipBox(el)) return null;
  // a store hidden itself before the box staff type in (Power Pages' datetimepicker, OmniScript's
  // `input.hiddenNumber` before its masked number box)
  if (isSelfHidden(el) && standIn(el)) return null;
  if (type === 'radio') return 'radio';
  // a box that ticks or clears a whole list ("ICD-10 codes - Select all": Telekom Scale's group,
  // "Unselect all", "Check all") answers nothing itself
  if (type === 'checkbox') return /(?:select|check) all\b/i.test(el.getAttribute('aria-label') ?? '') ? null : 'checkbox';
  if (type === 'number') return 'number';
  // a date and time (CakePHP's dateTime control) and a month (a therapy's start) are dates the parsers read
  if (type === 'date' || type === 'datetime-local' || type === 'month') return 'date';
  if (!TEXT_TYPES.has(type) || isGridEditor(el)) return null;
  // the original input a chip list keeps hidden right after the one staff type in (Syncfusion's MultiSelect)
  const prev = el.previousElementSibling;
  if (prev?.localName === 'input' && /display:\s*none/.test(el.getAttribute('style') ?? '') && chipsOf(prev)) return null;
  // a quantity's comparator (FHIR's Quantity.comparator, named so by questionnaire renderers:
  // SMART Forms' `quantity-<linkId>-comparator`) qualifies the value beside it
  if (isCodeStore(el) || isFormMirror(el) || /comparator$/i.test(el.id)) return null;
  // without a chip's role on the page, only chips classed as such (chipsOf) can be there
  return chipsOf(el, roles ? (e) => roles.get(e) : () => undefined) ? 'chips' : 'text';
}

/**
 * A text box for assistive technology only, named by nothing, after the box staff type in
 * within the same widget: the widget's copy of its value for the form (BootstrapVue's
 * b-form-tags keeps an `input.sr-only` with the form's name while no tag is chosen).
 */
function isFormMirror(el: HTMLInputElement): boolean {
  if (el.id || el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || !ACCESSIBLE_ONLY.test(el.getAttribute('class') ?? ''))
    return false;
  const first = el.parentElement?.querySelector('input:not([type="hidden"])');
  return !!first && first !== el && !ACCESSIBLE_ONLY.test(first.getAttribute('class') ?? '');
}

/**
 * The box holding a radio without a name and its fellows (antd's Radio.Group leaves names to
 * the app): the nearest ancestor, a few levels up, with other radios in it, all nameless.
 */
function namelessGroupOf(radio: HTMLInputElement): Element | null {
  let box = radio.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    const radios = box.querySelectorAll('input[type="radio"]');
    if (radios.length < 2) continue;
    return Array.from(radios).every((r) => !r.getAttribute('name')) ? box : null;
  }
  return null;
}

/**
 * The box staff type in to choose for an original control the widget hides and keeps as the
 * submitted one (Tom Select's and Selectize's boxes after their select, Choices' cloned search
 * beside its original input): the original holds the value and is the field. Asked of an input
 * that is no original itself, on a page where an original came before it (the walk counts them).
 */
function typesForOriginal(input: Element): boolean {
  if (input.localName !== 'input') return false;
  // a date picker's store input, hidden itself, has the visible box after it as its field
  // (standIn); one hidden only from sight (Tom Select's tags input) is the field
  const drawsFor = (c: Element | null): boolean =>
    !!c && isOriginal(c) && !(c.localName === 'input' && isSelfHidden(c) && standIn(c) === input);
  let child: Element = input;
  let box = input.parentElement;
  for (let depth = 0; box && depth < 2; depth++, child = box, box = box.parentElement) {
    if (drawsFor(box.previousElementSibling)) return true;
    // the box's children before the one holding the input
    for (let c = box.firstElementChild; c && c !== child; c = c.nextElementSibling) if (drawsFor(c)) return true;
  }
  return false;
}

/** A select or text input a widget hides and draws itself over (not a plain hidden input). */
const isOriginal = (el: Element): boolean =>
  (el.localName === 'select' || (el.localName === 'input' && el.getAttribute('type') !== 'hidden')) &&
  el.getAttribute('aria-hidden') !== 'true' &&
  (isSelfHidden(el) || ACCESSIBLE_ONLY.test(el.getAttribute('class') ?? '')) &&
  // asked last: it searches the select's surroundings, and most boxes beside an input are not hidden
  !(el.localName === 'select' && isSelectMirror(el as HTMLSelectElement));

/** What a closed `<details>` shows not: all but its summary, in its own children or slotted
 *  through a web component's shadow root (KoliBri's kol-details). */
function inClosedDetails(el: Element, parent: Element | null): boolean {
  if (!parent || el.localName === 'summary') return false;
  if (parent.localName === 'details') return !parent.hasAttribute('open');
  const shadow = parent.localName.includes('-') ? (parent as HTMLElement).shadowRoot : null;
  if (!shadow) return false;
  // the slot the element goes to, by name (happy-dom has no assignedSlot)
  const name = el.getAttribute('slot') ?? '';
  for (const slot of shadow.querySelectorAll('details:not([open]) slot')) if ((slot.getAttribute('name') ?? '') === name) return true;
  return false;
}

/** Elements with a role; dialogs and modals (the native element, the ARIA roles, the class
 *  CSS frameworks draw one with: Bootstrap, Bulma, Materialize's `modal`; Bootstrap adds the role
 *  only while it is open; Metro UI's and jQuery Mobile's `data-role="dialog"`); titles classed as headings, or as a group's (Vant's `van-cell-group__title`).
 *  The classes are one `:is()` after `div`: as a list of twelve selectors each element is matched
 *  against every one (~5 ms on 15,000 elements). */
const MARKED = `[role], dialog, .modal, [data-role="dialog"], div:is(${[1, 2, 3, 4, 5, 6].map((n) => `.text-h${n}, .h${n}`).join(', ')}, .ui.header, [class*="group__title"], .block-title)`;
/** a modal classed by its library's prefix (json-editor's `je-modal`): not a part of one (`modal-body`),
 *  nor a state (Buefy's dropdown `is-mobile-modal`, `is-modal`) */
const PREFIXED_MODAL = /(?:^|\s)(?!(?:is|has)-)\w+-modal(?:\s|$)/;
/** closed: a `<dialog>` not open, hidden itself, its only box hidden (Vuetify 2 keeps the dialog
 *  role on `v-dialog__content` and hides the `v-dialog` inside), or a modal not shown */
const isClosedDialog = (el: Element): boolean =>
  (el.localName === 'dialog' && !el.hasAttribute('open')) ||
  isSelfHidden(el) ||
  el.getAttribute('aria-hidden') === 'true' ||
  (el.childElementCount === 1 && isSelfHidden(el.firstElementChild!)) ||
  // Bootstrap's and Bulma's `.modal` is hidden by their style sheets until shown: by a state class
  // or an inline display (a static modal never shown yet has neither)
  (el.classList.contains('modal') &&
    !/(^|\s)(show|in|d-block|d-flex|is-active|active|open)(\s|$)/.test(el.getAttribute('class')!) &&
    !/display:\s*(?!none)/.test(el.getAttribute('style') ?? ''));

const POPUP_CLASS = /(?:^|\s)(?:[\w-]+-)?popup(?:\s|$)/;

/** Where the elements hidden by their own markup may be, found in one query per root. */
const MAYBE_HIDDEN = '[hidden], [style*="none"], [style*="hidden"], [class*="hid"], .d-none, .collapse';

/**
 * The visible box a widget puts beside the input it keeps its value in: right after it, the
 * next element or the first text box in it (flatpickr's altInput, Power Pages'
 * datetimepicker), or right before it, the only text box in the widget's box (Enketo's
 * datepicker).
 */
function standIn(store: Element): HTMLInputElement | null {
  const next = store.nextElementSibling;
  const prev = store.previousElementSibling;
  // (a typeahead's read-only hint box beside it is none: typeahead.js in bootstrap-tagsinput)
  const inPrev = prev && prev.localName !== 'input' ? prev.querySelectorAll('input:not([readonly])') : [];
  const box = next?.localName === 'input' ? next : (next?.querySelector('input') ?? (inPrev.length === 1 ? inPrev[0] : null));
  return box && !isSelfHidden(box) && TEXT_TYPES.has(typeOf(box)) ? (box as HTMLInputElement) : null;
}

/** An option's own tick box (PatternFly's checkbox Select menu): the option is the choice, its box no field. */
const isOptionTick = (el: Element, chooser: Element, roles: ReadonlyMap<Element, string>): boolean =>
  /^(option|menuitemcheckbox|menuitemradio)$/.test(roles.get(chooser) ?? '') && /^(checkbox|radio)$/.test(el.getAttribute('type') ?? '');

/** A box that filters a select's choices (ngx-mat-select-search in an option, Choices.js's
 *  search in its combobox): the select holds the value, the box only what staff searched. */
const isSearchBox = (el: Element): boolean =>
  // a combobox input is a widget's own (PrimeNG's multiple autocomplete puts it in an option)
  el.getAttribute('role') !== 'combobox' &&
  (el.getAttribute('type') === 'search' ||
    /search/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`));

/** Whether a search box inside `chooser` (an option, menu or combobox) searches for another
 *  control's value: the options' own search (ngx-mat-select-search), or Choices.js's search
 *  over the select it draws; an ARIA 1.1 combobox's only text box (SLDS) is the field. */
const searchesFor = (chooser: Element, box: Element): boolean =>
  chooser.getAttribute('role') !== 'combobox' ||
  chooser.querySelector('select') !== null ||
  // a search in the combobox's own popup (Virtual Select's) filters its options
  popupsOf(chooser).some((p) => p.contains(box));

/**
 * An input a widget drawn over the submitted control stands in for: undefined for any other
 * input; else the element to read as the field (a custom select of its own), or null when
 * the input is no field. A Semantic dropdown's hidden input makes the dropdown the field
 * unless a visible control inside it is (a search input, the original select). Select2 3.x
 * puts its box before the original: a select there is the field and the box's inputs are not;
 * before a hidden input (a reference field's record id) the box is, through its focusser
 * (a text input with the button role).
 */
function drawnField(el: Element, role: string | undefined): Element | null | undefined {
  if (role === 'button' || role === 'combobox') {
    const drawn = originalAfter(el);
    if (!drawn) return undefined;
    // a select whose options have no text is the widget's mirror (DevExtreme's TagBox), not its
    // original; nor is a select after the box of a plain combobox input, which staff type in and
    // which shows the choice (accessible-autocomplete, GOV.UK's): Select2's box holds a focusser
    if (drawn.original.localName === 'select')
      return Array.from((drawn.original as HTMLSelectElement).options).some((o) => (o.getAttribute('label') || o.text).trim()) &&
        (role === 'button' || el.localName !== 'input' || drawn.box.querySelector('input[role="button"]'))
        ? null
        : undefined;
    // a widget's own hidden input follows its control too (react-select's): only a box holding a
    // focusser (Select2's) stands for the input after it
    if (role === 'button') return drawn.box;
    return drawn.box.querySelector('input[role="button"]') ? null : undefined;
  }
  if (el.getAttribute('type') !== 'hidden') return undefined;
  const parent = el.parentElement;
  if (!parent || !isSemanticDropdown(parent)) return undefined;
  return parent.querySelector('select, input:not([type="hidden"])') ? null : parent;
}

/** A data grid's cell editor kept beside its table, out of the tab order, over the cell it edits
 *  (Handsontable's `textarea.handsontableInput`): the grid's own, no request field. */
function isGridEditor(el: Element): boolean {
  if (el.getAttribute('tabindex') !== '-1') return false;
  // in the grid's element but in none of its rows (Handsontable's root is the treegrid)
  if (el.closest('[role="grid"], [role="treegrid"]')) return !el.closest('[role="row"], tr');
  let box = el.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    const grid = box.querySelector('[role="grid"], [role="treegrid"]');
    if (grid) return !grid.contains(el);
  }
  return false;
}

/** A select of a quantity's comparator ("<", ">="; FHIR questionnaires' quantity items, Medplum's) or
 *  of a search filter's operator ("Contains", "Equals", "Starts with": ActiveAdmin's and RailsAdmin's
 *  filters): it qualifies the value beside it and answers nothing a check reads. */
const isComparator = (select: HTMLSelectElement): boolean => {
  // a separator ("---------") or prompt ("...") among them says nothing
  const texts = Array.from(select.options, (o) => o.text.trim()).filter((t) => /[\w<>=≤≥]/.test(t));
  return texts.length > 1 && texts.every((t) => OPERATOR.test(t));
};
const OPERATOR =
  /^(?:[<>]=?|[≤≥]|(?:(?:does )?not |doesn't )?(?:contains?|equals?|is(?: exactly)?|(?:starts?|begins?|ends?) with|(?:greater|less|more) than(?: or equal to)?|between|before|after|on|in|(?:is )?(?:blank|empty|present|null|not null)|matches|like|=))$/i;

/** The select of how many rows a table shows ("Show [10] entries": DataTables' length menu; "Rows
 *  per page"): numbers, and "All" maybe, under such a name. */
function isPageSize(select: HTMLSelectElement): boolean {
  const texts = Array.from(select.options, (o) => o.text.trim());
  if (texts.length < 2 || !texts.every((t) => /^(?:\d+|all)$/i.test(t))) return false;
  const named = `${select.name} ${select.getAttribute('aria-label') ?? ''} ${select.closest('label')?.textContent ?? ''} ${select.labels?.[0]?.textContent ?? ''}`;
  return /_length\b|\bentries\b|per page|page size/i.test(named);
}

/** The kind of a control (`name` is its tag: input, select, textarea or button). */
function kindOf(el: Element, name: string, roles: ReadonlyMap<Element, string> | null, mirrors: ReadonlySet<Element>): FieldKind | null {
  // an SVG or other foreign <input>/<select> has none of the form-control API (`in` asks the
  // element's prototype, not the page: see collectFields)
  if (name === 'button' || !('form' in el) || mirrors.has(el)) return null;
  if (
    name === 'select' &&
    (isSelectMirror(el as HTMLSelectElement) || isComparator(el as HTMLSelectElement) || isPageSize(el as HTMLSelectElement))
  )
    return null;
  // a textarea hidden from assistive technology measures another's height (MUI's TextareaAutosize)
  if (name === 'textarea' && (isGridEditor(el) || el.getAttribute('aria-hidden') === 'true')) return null;
  if (name === 'input' && isShownInButton(el)) return null;
  // a widget's store of the records chosen, by their ids (SENAITE's reference widget): the widget shows them
  // (a select's ids name options whose text is read)
  if (name !== 'select' && STORED_IDS.test((el as HTMLInputElement).value) && isSelfHidden(el)) return null;
  return name === 'input' ? inputKind(el as HTMLInputElement, roles) : (name as FieldKind);
}

/** record ids alone: long hexadecimal keys or UUIDs, one or more (a separator between each, so a long
 *  value that is none fails at once) */
const STORED_IDS = /^\s*[\da-f-]{16,}(?:[\s,;]+[\da-f-]{16,})*\s*$/i;

/** A read-only box inside a button opening a listbox, showing the choice (Grommet's Select): the
 *  button is the field. (A button opening a date panel around its box, Filament's DatePicker, is
 *  no field: the box is.) */
function isShownInButton(el: Element): boolean {
  if (!el.hasAttribute('readonly') && !el.hasAttribute('inert')) return false;
  const button = el.parentElement?.closest('button');
  return !!button && isListboxButton(button);
}

function byId(root: Document | ShadowRoot, id: string): Element | null {
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/** `<label for>` elements by the id they name, per root, built once per collection (by the walk,
 *  see collectFields): looking through every label of the root for each field cost n². */
type LabelIndex = Map<Document | ShadowRoot, LabelsById>;
/** most ids are named by one label: an array only for the second (fewer objects alive during
 *  a large scan, which the garbage collector copies) */
type LabelsById = Map<string, Element | Element[]>;

/** A button opening a choice (`aria-expanded`) that a `<label for>` before it names: a select
 *  drawn as a button showing the choice (PatternFly's MenuToggle); an action button has no label. */
const isLabelledToggle = (button: Element, byFor: LabelsById): boolean =>
  button.hasAttribute('aria-expanded') && byFor.has(button.getAttribute('id') ?? '');

function indexLabel(byFor: LabelsById, label: Element): void {
  const target = label.getAttribute('for');
  if (!target) return;
  const named = byFor.get(target);
  if (!named) byFor.set(target, label);
  else if (Array.isArray(named)) named.push(label);
  else byFor.set(target, [named, label]);
}

function labelsNaming(root: Document | ShadowRoot, id: string, index: LabelIndex): Element | Element[] | undefined {
  let byFor = index.get(root);
  if (!byFor) {
    byFor = new Map();
    for (const label of root.querySelectorAll('label')) indexLabel(byFor, label);
    index.set(root, byFor);
  }
  return byFor.get(id);
}

/** The texts of the `<label for>`s naming `id` and of the label wrapping the field. */
function labelsFor(id: string | null, wrapping: Element | null, root: Document | ShadowRoot, memo: ScanMemo): string[] {
  const out: string[] = [];
  if (id) {
    const add = (label: Element): void => {
      const t = clean(textIn(label, memo));
      if (t) out.push(t);
    };
    const named = labelsNaming(root, id, memo.labels);
    if (Array.isArray(named)) named.forEach(add);
    else if (named) add(named);
  }
  if (wrapping) {
    // a label wrapping a whole field (Quasar) holds its hint and messages too: textOf leaves them out
    const t = clean(textIn(wrapping, memo));
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function ariaText(el: Element, root: Document | ShadowRoot, memo: ScanMemo): string | null {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const list = ids.split(/\s+/);
    for (const id of list) memo.labelledBy.add(id);
    // an id inside a select-like field names its value (mat-select lists its value text after
    // its label), not what the field is, unless it is a label there (HeroUI's); inside a group it
    // is the group's question
    // (Material-UI v4's Select names itself, a `div[role=button]` opening a listbox, after its label)
    const role = el.getAttribute('role') ?? '';
    const selectLike =
      /^(combobox|listbox)$/.test(role) || isListboxButton(el) || (role === 'button' && el.getAttribute('aria-haspopup') === 'listbox');
    const labelsInside = selectLike ? namesInside(el) : [];
    const named = list
      .map((id) => byId(root, id))
      .filter((n): n is Element => n !== null && !(selectLike && el.contains(n) && !labelsInside.includes(n.id)));
    // an element inside another one named is read with it (Microsoft Forms names an answer by its
    // question's title and the title's text inside it)
    // a named element's own aria-label is its name, as browsers compute it (vue-select's input is
    // labelled by its combobox, "Search for option", which shows the chosen values)
    const parts = named
      .filter((n) => !named.some((o) => o !== n && o.contains(n)))
      .map((n) => clean(n.getAttribute('aria-label')) ?? textIn(n, memo));
    const t = clean(parts.join(' '));
    if (t) return t;
  }
  // BaseWeb's select (Streamlit's) announces its choice before its name: "Selected Every 4 weeks. Frequency"
  const label = el.getAttribute('aria-label');
  return clean(el.getAttribute('role') === 'combobox' ? label?.replace(/^Selected .+?\.\s+(?=\S)/, '') : label);
}

/** A portal's stable hook: `data-test-id`, `data-testid` or `data-test` (CignaforHCP uses both). */
const testIdOf = (el: Element, memo: ScanMemo): string | null =>
  el.getAttribute('data-test-id') ?? el.getAttribute('data-testid') ?? (memo.dataTest.has(el) ? el.getAttribute('data-test') : null);

/** What the walk does at an element, by its tag (one lookup per element): a container fields
 *  take signals from, a heading or a control. */
const PLACE = 1;
const HEADING_TAG = 2;
const CONTROL = 4;
const TAGS = new Map<string, number>();
for (const [flags, tags] of [
  [PLACE, 'form fieldset table thead td th section'],
  [HEADING_TAG, 'h1 h2 h3 h4 h5 h6 legend caption'],
  [CONTROL, 'input select textarea button'],
] as const) {
  for (const tag of tags.split(' ')) TAGS.set(tag, flags);
}

/** The elements a shadow root can be attached to, besides custom elements (DOM standard, attachShadow). */
const SHADOW_HOSTS = new Set('article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '));

/** A box drawn with the checkbox role among others in one list or group (Google Forms' choices):
 *  one question's answers, which the reader does not join yet; read alone, each would answer "Yes". */
/** An element holding two radios drawn with the role or more, side by side. */
const looseRadios = (el: Element): boolean =>
  Array.from(el.children).filter((c) => c.getAttribute('role') === 'radio' && c.hasAttribute('aria-checked')).length > 1;

const inRoleBoxList = (box: Element): boolean => {
  const list = box.parentElement?.closest(BOX_LIST);
  return list ? list.querySelectorAll('[role="checkbox"]').length > 1 : !!box.parentElement && isBoxList(box.parentElement);
};

/** A control that ends no field's "text before": a button out of the tab order or an icon with no
 *  name, a widget's own (Wijmo's and TDesign's spin buttons, a clear or toggle button beside its
 *  input; a calendar's named "previous month" button does end it), a hidden input (a widget's public
 *  value: View UI's i-select keeps one before its search input), or a radio group's code store. */
const endsNoText = (el: Element): boolean =>
  (el.localName === 'button' &&
    (el.getAttribute('tabindex') === '-1' || !(el.textContent?.trim() || el.getAttribute('aria-label') || el.getAttribute('title')))) ||
  (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden') ||
  isCodeStore(el);

/** A text box right before radios named after it (`dx` before `dx___radio`): it holds the chosen
 *  radio's code for the server (REDCap's value store, drawn 0x0), no field. */
function isCodeStore(el: Element): boolean {
  const next = el.nextElementSibling;
  const name = next && el.localName === 'input' ? el.getAttribute('name') : null;
  if (!name) return false;
  const radio = next!.matches('input[type="radio"]') ? next : next!.querySelector('input[type="radio"]');
  return !!radio && (radio.getAttribute('name') ?? '').startsWith(`${name}_`);
}

const STOP_ASCENT = new Set(['form', 'fieldset', 'tr', 'table', 'body', 'html', 'li', 'section']);
const CONTROL_SELECTOR = 'input, select, textarea, button';

/** Whether a text holds a word (two letters): "*", "(2)" or a date alone does not. */
const hasWord = (text: string): boolean => /[a-z]{2}/i.test(text);

interface Preceding {
  text: string | null;
  blocked: boolean;
  /** the closest block's text, when blocks before it added more */
  nearest: string | null;
}

/** Text of siblings before `start`, closest first, up to the previous control. */
function precedingText(start: Node, memo: ScanMemo, own?: OwnText, depth = 0): Preceding {
  let collected = '';
  let nearest: string | null = null;
  const done = (text: string, blocked: boolean): Preceding => {
    const all = clean(text);
    return { text: all, blocked, nearest: nearest !== null && all !== nearest ? nearest : null };
  };
  for (let n = start.previousSibling; n; n = n.previousSibling) {
    if ('localName' in n) {
      const el = n as Element;
      const name = el.localName;
      if (name.startsWith(OWN_TAG_PREFIX) || isAsideText(el)) continue;
      // a unit right after the control before is that control's ("[ 70 ] kg  Dose [ ]"); a rich text
      // editor is a box staff write in too, its notes no one's label (Quill's link tooltip after it)
      if (((TAGS.get(name) ?? 0) & CONTROL && !endsNoText(el)) || isEditable(el)) return done(withoutLeadingUnit(collected), true);
      if (nearest === null && !isInline(name) && hasWord(collected)) nearest = clean(collected);
      // the widget's own shown value names nothing, a chip holding its remove button too (vue-select's)
      if (own && name !== 'label' && own(textIn(el, memo), el, depth)) continue;
      const last = memo.lastControl.get(el);
      // a field's name drawn as the button opening its menu, alone in a box classed as its label
      // (Directus' `div.field-label > button.field-name`), names it
      const named = last && isLabelButton(last) ? Array.from(last.childNodes, textOf).join('') : '';
      // take only the text after the sibling's last control
      if (last) return done(withoutLeadingUnit(`${named} ${precedingTextWithin(el, last)} ${collected}`), true);
      collected = textIn(el, memo) + ' ' + collected;
    } else if (n.nodeType === 3) {
      collected = (n.nodeValue ?? '') + ' ' + collected;
    }
    if (collected.length > MAX_NEARBY * 2) break;
  }
  return done(collected, false);
}

const isLabelButton = (b: Element): boolean =>
  b.localName === 'button' && b.parentElement?.childElementCount === 1 && /label/i.test(b.parentElement.getAttribute('class') ?? '');

/** Text inside `container` after `control` (document order). */
function precedingTextWithin(container: Element, control: Element): string {
  let out = '';
  let seen = false;
  const walk = (n: Node): void => {
    if (n === control) {
      seen = true;
      return;
    }
    if (n.nodeType === 3 && seen) out += n.nodeValue ?? '';
    // a label after the control is that control's (a floating label, a box's label), not the next field's
    if (seen && (n as Element).localName === 'label') return;
    if (n.nodeType === 1 && !SKIP_WALK.has((n as Element).localName) && !isAsideText(n as Element)) {
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(container);
  return out;
}
const SKIP_WALK = new Set(['select', 'textarea', 'script', 'style']);

/** "Preceding text in the same row/cell/container": walks up a few levels until text is found
 *  or another control stands between (a caption above a Vuetify field is five levels up, the
 *  label of a DevExtreme drop-down editor six). */
function nearbyTexts(el: Element, memo: ScanMemo, levels = 7, own?: OwnText): Pick<LabelSignals, 'nearby' | 'nearest'> {
  let node: Element | null = el;
  // a wrapper alone in its parent moves the field no further from the text before it, so it takes
  // none of the levels, two such at most (an antd InputNumber's addon group: the label of a Form.Item
  // without `for` is eight levels up); further out a caption is no longer the field's own
  for (let depth = 0, met = 0; node && met < levels && depth < levels + 2; depth++) {
    if (node.nextElementSibling || hasBefore(node)) met++;
    // the widget's own texts sit beside its input or inside its box, not further out (where they are its label)
    const { text, blocked, nearest } = precedingText(node, memo, own, depth);
    // a select's prompt before its input ("Select...", react-select 1's placeholder) names nothing;
    // past the levels counted only one block of text does (a run of column titles does not)
    if (text && !isPlaceholderText(text)) {
      if (depth >= levels && nearest !== null) break;
      return { nearby: text.length > MAX_NEARBY ? text.slice(-MAX_NEARBY) : text, nearest };
    }
    if (blocked) break;
    const parent: Element | null = node.parentElement;
    // a table cell's row: the text of earlier cells belongs to this field; a widget's own table
    // nested in a layout cell (RadComboBox, RadDatePicker, a RadioButtonList) is named before it
    if (parent && /^(tr|tbody|table)$/.test(parent.localName)) {
      const table = ownTable(parent);
      if (table) {
        node = table;
        continue;
      }
    }
    // a row's cells are named within it (an ARIA table's header row is the row before)
    if (!parent || STOP_ASCENT.has(parent.localName) || parent.getAttribute('role') === 'row') break;
    node = parent;
  }
  return { nearby: null, nearest: null };
}

/** Whether an element or a text with words comes before `node` in its parent. */
function hasBefore(node: Node): boolean {
  for (let n = node.previousSibling; n; n = n.previousSibling)
    if (n.nodeType === 1 || (n.nodeType === 3 && n.nodeValue?.trim())) return true;
  return false;
}

/** The table around a row that is a widget's own, nested in a layout table's cell or laying out
 *  choices alone (OpenEMR's checkbox and radio lists): a control in every row and no header cell (a
 *  grid has a header row without controls). */
function ownTable(rowOrSection: Element): Element | null {
  const table = rowOrSection.closest('table');
  if (!table || !(table.parentElement?.closest('td') || Array.from(table.querySelectorAll(CONTROL_SELECTOR)).every(isBox))) return null;
  // only for a table of a few rows: a widget's (a long table is a layout or a grid)
  const rows = table.rows;
  if (rows.length === 0 || rows.length > 12 || table.querySelector('th')) return null;
  return Array.from(rows).every((r) => r.querySelector(CONTROL_SELECTOR)) ? table : null;
}

const nearbyText = (el: Element, memo: ScanMemo, levels = 7): string | null => nearbyTexts(el, memo, levels).nearby;

interface TableContext {
  column: string | null;
  rowIndex: number | null;
}

const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"]';
const ROW = 'tr, [role="row"]';
const TABLE = 'table, [role="table"], [role="grid"]';

const span = (cell: Element): number => Math.max(1, Number(cell.getAttribute('colspan')) || 1);

/** The header cell covering column position `pos` of a header row (colspans counted). */
/**
 * The header cell over each column of a run of header rows: the lowest one, spans and
 * `rowspan`s laid out as the table draws them ("Dates" over Start | Stop, beside a Drug header
 * two rows tall).
 */
function headerColumns(rows: readonly Element[]): Element[] {
  const grid: Element[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]![col]) col++;
      const down = Math.min(rows.length - r, Math.max(1, Number(cell.getAttribute('rowspan')) || 1));
      for (let i = 0; i < down; i++) for (let j = 0; j < span(cell); j++) grid[r + i]![col + j] = cell;
      col += span(cell);
    }
  });
  return grid[grid.length - 1] ?? [];
}

/** Each row of a table that holds controls, read once per scan (re-reading every row of a
 *  table for each of its fields made a table of n fields cost n²): the column header row above
 *  it, and its index among the grid rows under that header. */
interface RowPlace {
  /** the header cell over each column */
  header: Element[] | undefined;
  /** null for a row with controls in one cell only (a label and its field, not a grid row) */
  index: number | null;
  /** a row of text under column headers, its cells the values of an entry shown, not edited */
  text?: boolean;
  /** its boxes only select it: checkboxes under a column header holding one (a grid's "select all") */
  selects?: boolean;
}

/** A cell's column position in its row (colspans counted). */
const columnOf = (row: Element, cell: Element): number => {
  let pos = 0;
  for (const c of cellsOf(row)) {
    if (c === cell) break;
    pos += span(c);
  }
  return pos;
};

/** The row of a cell whose parent is `parent`: the parent, or the row around the group it is (cellsOf). */
const rowOf = (parent: Element | null): Element | null =>
  parent && !parent.matches(ROW) && parent.parentElement?.matches(ROW) ? parent.parentElement : parent;

/** A row's cells: its children, or those of the groups it splits them into (ngx-datatable's
 *  frozen left, center and right `div`s). */
function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (const c of row.children) {
    if (c.matches(CELL)) cells.push(c);
    else if (c.localName === 'div' && !c.hasAttribute('role')) for (const g of c.children) if (g.matches(CELL)) cells.push(g);
  }
  return cells;
}

/** A row of text a grid shows under its column headers: two cells or more, one with a word (a
 *  calendar's week is numbers under weekdays), and declared a grid's or table's cells, or in a
 *  table holding one box at most, a cell's editor (a table of boxes may show a row of text that is
 *  no entry: an example, a total). */
function isTextRow(row: Element, displayOnly: () => boolean): boolean {
  // a row's own header cell (its number: Handsontable's) is no value
  const cells = cellsOf(row).filter((c) => c.localName !== 'th' && c.getAttribute('role') !== 'rowheader');
  if (cells.length < 2 || !cells.some((c) => /[a-z]{2}/i.test(c.textContent ?? ''))) return false;
  return cells.every((c) => /^(gridcell|cell)$/.test(c.getAttribute('role') ?? '')) || displayOnly() || hasRowCommand(row);
}

/** Whether a row carries commands of its own (Edit, Delete, View): a grid's entry (Blazorise's
 *  DataGrid, Odoo's "Delete row", HospitalRun's "View"), not an example. */
const hasRowCommand = (row: Element): boolean =>
  Array.from(row.querySelectorAll('button, a, [role="button"]')).some((b) =>
    ROW_COMMAND.test(b.textContent?.trim() || b.getAttribute('aria-label') || b.getAttribute('title') || ''),
  );
const ROW_COMMAND = /^(edit|delete|remove|view)( row| line| item| entry)?$/i;

/** A row of short `<td>` labels right above a row with a box under each label (WebForms
 *  layouts label columns of boxes this way, without `<th>`). */
function isLabelRow(row: Element): boolean {
  const next = row.nextElementSibling;
  const cells = row.children.length;
  if (cells < 2 || !next || next.children.length !== cells || cellsWithControls(next) < 2) return false;
  // an empty cell heads a column of buttons (GWT's FlexTable "Remove"), not of boxes
  return Array.from(row.children).every((c, i) => {
    const n = c.textContent?.trim().length ?? 0;
    return c.localName === 'td' && span(c) === 1 && n <= 40 && (n > 0 || !next.children[i]?.querySelector('input, select, textarea'));
  });
}

/** A row whose controls are all in its header cells (filters under each column's title). */
const filtersInHeaders = (row: Element): boolean =>
  cellsOf(row).every((c) => !c.querySelector(CONTROL_SELECTOR) || c.matches('th, [role="columnheader"]'));

// a row's own header cell (its number in Handsontable) heads the row, not columns
const isColumnHeaderRow = (row: Element): boolean =>
  !!row.querySelector('th:not([role="rowheader"]):not([scope="row"]), [role="columnheader"]') || row.parentElement?.localName === 'thead';

/** The label cells of a row whose every box has a cell of text right before it ("Drug | [ ] |
 *  Dose | [ ]"), joined; null for any other row. */
function ownLabels(row: Element): string | null {
  const labels: string[] = [];
  for (let c = row.firstElementChild, before: Element | null = null; c; before = c, c = c.nextElementSibling) {
    if (!c.matches(CELL) || !c.querySelector(CONTROL_SELECTOR)) continue;
    const text = before && !before.querySelector(CONTROL_SELECTOR) ? (before.textContent?.trim() ?? '') : '';
    if (!text) return null;
    labels.push(text);
  }
  return labels.join('|');
}

/** How many rows have each row's own labels (`ownLabels`). */
function labelCounts(rows: readonly Element[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const own = ownLabels(row);
    if (own) counts.set(own, (counts.get(own) ?? 0) + 1);
  }
  return counts;
}

/** How many of a row's cells hold a control. */
function cellsWithControls(row: Element): number {
  return cellsOf(row).filter((c) => c.querySelector(CONTROL_SELECTOR)).length;
}

/**
 * The header rows of a grid that draws its column headers in a table of their own before the
 * data table, so the headers stay put while the rows scroll (Oracle ADF's af:table): the header
 * rows of the table just before the data table's box, when it holds no control.
 */
function detachedHeader(table: Element): Element[] {
  let box: Element | null = table;
  // (Kendo's grid wraps its data table four levels into the box after its header's)
  for (let depth = 0; box && depth < 5; depth++, box = box.parentElement) {
    let before = box.previousElementSibling;
    // an empty element between is no header (jqGrid's scroll spacer before its data table)
    while (before && !before.textContent?.trim()) before = before.previousElementSibling;
    if (!before) continue;
    const head = before.localName === 'table' ? before : before.querySelector('table');
    // a filter row's boxes may sit under the headers (Telerik's FilterRow), no others
    if (!head || Array.from(head.querySelectorAll(CONTROL_SELECTOR)).some((c) => !c.closest('thead'))) return [];
    // (a box in them selects all rows: jqGrid's)
    const rows = Array.from(head.querySelectorAll('tr')).filter(
      (r) => isColumnHeaderRow(r) && !r.querySelector(`:not([type="checkbox"]):is(${CONTROL_SELECTOR})`),
    );
    return rows.length ? rows : [];
  }
  return [];
}

/** A grid's row kept in sight, classed as edited, above the form editing it in one cell across the
 *  table (RadGrid's `rgEditRow` over its EditForm, DevExpress' `dxgvEditFormDisplayRow`): the form is
 *  the entry, the row's text what it replaces. */
const isEditedAbove = (row: Element): boolean => {
  const form = row.nextElementSibling;
  return (
    /Edit(FormDisplay)?Row\b/.test(row.getAttribute('class') ?? '') &&
    form?.childElementCount === 1 &&
    span(form.firstElementChild!) > 1 &&
    form.querySelector(CONTROL_SELECTOR) !== null
  );
};

function tableRows(table: Element, memo: ScanMemo): Map<Element, RowPlace> {
  let known = memo.tables.get(table);
  if (known) return known;
  known = new Map();
  let headerRows: Element[] = detachedHeader(table);
  let header: Element[] | undefined = headerRows.length ? headerColumns(headerRows) : undefined;
  /** the row before was a header row: a header row now stacks under it */
  let stacking = false;
  let next = 0;
  const rows = Array.from(table.querySelectorAll('tr, [role="row"]')).filter(
    // a hidden row (the template "Add row" clones) is no entry
    (row) => row.closest(TABLE) === table && !isSelfHidden(row),
  );
  let repeats: Map<string, number> | undefined;
  let shown: boolean | undefined;
  // a table of text with one cell's editor open at most (Dash's DataTable) is a grid shown; a row
  // expanded into a form in one cell across the table (Mantine DataTable's) is not one of its rows
  const displayOnly = (): boolean =>
    (shown ??=
      rows
        .filter((r) => r.parentElement?.localName !== 'thead' && !(r.childElementCount === 1 && span(r.firstElementChild!) > 1))
        .reduce((n, r) => n + r.querySelectorAll(CONTROL_SELECTOR).length, 0) <= 1);
  for (const row of rows) {
    // (a header row's box selects all rows: OFBiz's multi form)
    const controls =
      row.querySelector(CONTROL_SELECTOR) !== null &&
      (row.parentElement?.localName !== 'thead' || row.querySelector(`:not([type="checkbox"]):is(${CONTROL_SELECTOR})`) !== null);
    // a row of text with a box selecting it (Ring UI's and jqGrid's selectable grids) is shown, not edited
    const selects =
      controls &&
      !!header &&
      Array.from(row.querySelectorAll(CONTROL_SELECTOR)).every((c) => {
        const cell = c.closest(CELL);
        return (
          c.matches('[type="checkbox"]') &&
          !!cell &&
          rowOf(cell.parentElement) === row &&
          !!header![columnOf(row, cell)]?.querySelector('[type="checkbox"]')
        );
      });
    // a row of filters alone under the headers (Telerik's FilterRow) is none of the rows; a header
    // row with a filter in its header cells (Mendix's) heads the columns
    if (controls && row.parentElement?.localName === 'thead' && !row.querySelector('th, [role="columnheader"]')) continue;
    // an empty one-cell row is a spacer or a rule drawn as a row (KoliBri's under its headers),
    // and a row of text in the table's foot sums its rows up (antd's Table.Summary)
    if (!controls && ((row.childElementCount <= 1 && !row.textContent?.trim()) || row.parentElement?.localName === 'tfoot')) continue;
    if (!controls || selects || filtersInHeaders(row)) {
      // a one-cell title row ("Patient", "C-reactive protein") starts a part of the table that
      // has no column headers until a header row of its own: the nearest header row above a
      // field names its column, never one further down
      if (isHeaderRow(row)) {
        if (isGroupRow(row)) continue;
        headerRows = [];
      } else if (isColumnHeaderRow(row)) {
        // a row of filters under the column titles titles nothing (Blazor Bootstrap's operator menus)
        if (controls && stacking) continue;
        headerRows = stacking ? [...headerRows, row] : [row];
      } else if (header && (!controls || selects) && isTextRow(row, selects ? () => true : displayOnly) && !isEditedAbove(row)) {
        stacking = false;
        known.set(row, { header, index: next++, text: true, selects });
        continue;
        // under column headers, a row of short texts above the boxes is an example, not their labels
      } else if (!header && isLabelRow(row)) headerRows = stacking ? [...headerRows, row] : [row];
      else continue;
      header = headerRows.length ? headerColumns(headerRows) : undefined;
      stacking = true;
      next = 0;
      continue;
    }
    if (isEditedAbove(row)) continue;
    stacking = false;
    // a row whose boxes have label cells of their own beside them is a form's layout, not an
    // entry, unless other rows repeat its labels (one therapy per row, each labelled)
    const own = header ? null : ownLabels(row);
    const entry = own === null || (repeats ??= labelCounts(rows)).get(own)! > 1;
    // a grid's row of text with one cell's editor open (Wijmo's FlexGrid) is an entry: the editor
    // and the text around it are its values
    const boxes = cellsWithControls(row);
    const editing = !!header && boxes === 1 && isTextRow(row, displayOnly);
    // so is a row whose one cell, across the columns, holds the row's editor drawn as a table
    // (Syncfusion's inline edit row): its boxes sit under the grid's columns (tableContext)
    const editor =
      !!header && boxes === 1 && row.childElementCount === 1 && span(row.firstElementChild!) > 1 && !!row.querySelector('table');
    known.set(row, { header, index: (boxes > 1 || editing || editor) && entry ? next++ : null, text: editing });
  }
  memo.tables.set(table, known);
  return known;
}

const NO_TABLE: TableContext = { column: null, rowIndex: null };

function tableContext({ cell, row, cellTable }: Place, memo: ScanMemo): TableContext {
  if (!cell || !row || !cellTable) return NO_TABLE;
  const pos = columnOf(row, cell);
  let place = tableRows(cellTable, memo).get(row);
  // a row's editor drawn as a table in the one cell of a grid's row (tableRows' editor) is that row
  const outerRow = place?.header ? null : cellTable.parentElement?.closest('td')?.parentElement;
  if (outerRow?.childElementCount === 1) {
    const around = tableRows(outerRow.closest(TABLE)!, memo).get(outerRow);
    if (around?.index != null) place = around;
  }
  const head = place?.header?.[pos];
  const column = head ? clean(textIn(head, memo)) : null;
  return { column, rowIndex: place?.index ?? null };
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';

/** What a container says of itself (a fieldset's legend, a table's caption), once per scan. */
function titleOf(container: Element, memo: ScanMemo, read: () => string | null): string | null {
  if (!memo.titles.has(container)) memo.titles.set(container, read());
  return memo.titles.get(container) ?? null;
}

const legendOf = (fieldset: Element, memo: ScanMemo): string | null =>
  titleOf(fieldset, memo, () => {
    const legend = fieldset.querySelector(':scope > legend');
    return legend ? clean(textIn(legend, memo)) : null;
  });

/**
 * What the field's section is about: its fieldset legend, its table's caption or the text
 * just before the table ("Please list all previous medications tried:"), a labelled region,
 * and the nearest heading before it; joined, since any of them may carry the meaning.
 */
function sectionText({ at, heading: met, box: titled, el }: Slot, memo: ScanMemo): string | null {
  // a field's own title is no section: the heading above it is (SurveyJS' "Drug" in a "Therapy 1" panel)
  const heading = met && levelOf(met) > 1 && titlesOnly(met, el, memo) ? headingAbove(met, at.root, memo) : met;
  // a card's title counts for a card after the nearest heading (a heading inside it titles it)
  const box = titled && !(heading && titled.contains(heading)) ? titled : null;
  // the fields of one container under one heading (and in one titled box) share it
  if (at.section?.heading === heading && at.section.box === box) return at.section.text;
  const parts: (string | null)[] = [];
  if (at.fieldset) parts.push(legendOf(at.fieldset, memo));
  const table = at.table;
  if (table) {
    parts.push(
      titleOf(table, memo, () => {
        const caption = table.querySelector(':scope > caption');
        // a table's own name, else its caption; the text before a grid's data table is its
        // detached column headers, not its title
        return (
          ariaText(table, at.root, memo) ??
          (caption ? clean(textIn(caption, memo)) : detachedHeader(table).length ? null : precedingText(table, memo).text)
        );
      }),
    );
  }
  // an ARIA grid's own name (react-data-grid's aria-label)
  else if (at.grid) parts.push(ariaText(at.grid, at.root, memo));
  if (at.region) parts.push(ariaText(at.region, at.root, memo));
  const boxTitle = box ? memo.titles.get(box) : null;
  if (boxTitle) {
    // a card's own title is more specific than a heading before the card; an item's
    // ("Medication 2") belongs to that heading's section
    if (heading && isItemTitle(boxTitle)) parts.push(headingText(heading, memo));
    parts.push(boxTitle);
  } else if (heading) {
    const title = headingText(heading, memo);
    if (title) parts.push(isItemTitle(title) ? outlineAbove(heading, at.root, memo) : listOfItem(title, heading, at.root, memo));
    parts.push(title);
  }
  const text = parts.filter((p): p is string => !!p).join(' | ') || null;
  at.section = { heading, box, text };
  return text;
}

/** The name of the list whose item `heading` repeats: a list field's item edited apart from it, in
 *  a drawer titled by the item's text (Directus' list interface; admin tools' nested-item editors),
 *  holds that item's fields, not the request's own. */
function listOfItem(title: string, heading: Element, root: Document | ShadowRoot, memo: ScanMemo): string | null {
  let items = memo.items.get(root);
  if (!items) memo.items.set(root, (items = root.querySelectorAll('li')));
  for (const item of items)
    if (!item.contains(heading) && clean(textIn(item, memo)) === title) return nearbyText(item.parentElement!, memo);
  return null;
}

/** A heading's text; an accordion's heading holds it in the button that opens the section
 *  (Bootstrap's `.accordion-button`), which text read for labels leaves out. */
const headingText = (heading: Element, memo: ScanMemo): string | null => clean(textIn(heading, memo)) ?? clean(heading.textContent);

/** "Medication 2", "Therapy #3", "1. Therapy" (Pega's FieldGroupList): one of a repeated group's items. */
const isItemTitle = (title: string): boolean => /(\d+|#\s*\d+)\s*:?$|^\d+\.\s+\S+$/.test(title);

/** A group's title row in a grid's body under its thead's column headers (Knack's grouped tables,
 *  DataTables' RowGroup): it ends no columns and heads no section, and the rows after it go on counting. */
const isGroupRow = (row: Element): boolean =>
  row.parentElement?.localName === 'tbody' && !!row.parentElement.parentElement?.querySelector(':scope > thead th');

/** A table row that only titles what follows: one cell, text and no field (WebForms layouts:
 *  `<tr><td class="hdr" colspan="4">Prior therapies</td></tr>`). */
function isHeaderRow(row: Element): boolean {
  const cell = row.firstElementChild;
  if (!cell || cell !== row.lastElementChild || !/^t[dh]$/.test(cell.localName)) return false;
  const text = cell.textContent?.trim() ?? '';
  return text.length > 0 && text.length <= 80 && !cell.querySelector(CONTROL_SELECTOR);
}

/** Boxes whose first child titles them are looked for inside these only (a form or fieldset is titled by its legend or heading). */
const BOX_STOP = new Set([
  'form',
  'fieldset',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'body',
  'html',
  'label',
  'select',
  'dl',
]);

const levelOf = (h: Element): number => {
  const tag = /^h([1-6])$/.exec(h.localName);
  if (tag) return Number(tag[1]);
  return h.getAttribute('role') === 'heading' ? Number(h.getAttribute('aria-level')) || 2 : 0;
};

/**
 * The heading a heading sits under ("Prior therapies" above "Medication 2"): the nearest
 * earlier heading of a higher level in its root. Once per heading and scan.
 */
function outlineAbove(heading: Element, root: Document | ShadowRoot, memo: ScanMemo): string | null {
  if (memo.outline.has(heading)) return memo.outline.get(heading) ?? null;
  // or the title of a container holding the heading, when nearer (SurveyJS' "Prior therapies"
  // question titles its dynamic panel's "Therapy 1", a heading of a higher level)
  const above = nearer(headingAbove(heading, root, memo), containerTitle(heading)) ?? componentTitle(heading);
  const text = above ? headingText(above, memo) : null;
  memo.outline.set(heading, text);
  return text;
}

/** The heading a component around `heading` draws in its shadow root over the slot showing its
 *  children (Salesforce's lightning-card title over "Therapy 1" blocks): searched out from the
 *  host of the heading's own root, across shadow roots. */
function componentTitle(heading: Element): Element | null {
  let el: Element | null = hostOf(heading);
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement ?? hostOf(el)) {
    const shadow = (el as HTMLElement).shadowRoot;
    const title = shadow?.querySelector(HEADING);
    if (title && title !== heading && shadow!.querySelector('slot') && !isItemTitle(clean(title.textContent) ?? '')) return title;
  }
  return null;
}

/** Of two elements before the same point, the later one. */
const nearer = (a: Element | null, b: Element | null): Element | null =>
  !a || !b ? (a ?? b) : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? b : a;

/** The first heading of the nearest container around `heading` whose first heading is another's, before it. */
function containerTitle(heading: Element): Element | null {
  let box = heading.parentElement;
  for (let depth = 0; box && depth < 8; depth++, box = box.parentElement) {
    const first = box.querySelector(HEADING);
    // another item's title ("Therapy 1" before "Therapy 2") titles no container of this one
    if (!first || first === heading || isItemTitle(clean(first.textContent) ?? '')) continue;
    return first.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING ? first : null;
  }
  return null;
}

/** The nearest earlier heading of a higher level in `heading`'s root, or one of the same level
 *  heading no field of its own before the next heading: it titles what follows ("Prior therapies"
 *  above "Therapy 1" when MUI draws both as h6). */
function headingAbove(heading: Element, root: Document | ShadowRoot, memo: ScanMemo): Element | null {
  const level = levelOf(heading);
  if (level <= 1) return null;
  const all = headingsOf(root, memo);
  for (let i = all.indexOf(heading) - 1; i >= 0; i--) {
    const above = all[i]!;
    const at = levelOf(above);
    if (at < level) return above;
    if (at === level && !isItemTitle(headingText(above, memo) ?? '') && !fieldBetween(above, all[i + 1]!)) return above;
  }
  return null;
}

/** A root's headings in page order, read once per scan. */
function headingsOf(root: Document | ShadowRoot, memo: ScanMemo): Element[] {
  let all = memo.headings.get(root);
  if (!all) memo.headings.set(root, (all = Array.from(root.querySelectorAll(HEADINGS))));
  return all;
}

/** The last heading before `el` and outside it, in its root or before the host of its shadow root. */
function headingBefore(el: Element, root: Document | ShadowRoot, memo: ScanMemo): Element | null {
  const all = headingsOf(root, memo);
  for (let i = all.length - 1; i >= 0; i--)
    if (!el.contains(all[i]!) && all[i]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) return all[i]!;
  const host = (root as ShadowRoot).host;
  return host ? headingBefore(host, host.getRootNode() as Document | ShadowRoot, memo) : null;
}

/** Whether a field comes after `from` and before `to` in their root. */
function fieldBetween(from: Element, to: Element): boolean {
  const walk = from.ownerDocument.createTreeWalker(from.getRootNode(), NodeFilter.SHOW_ELEMENT);
  walk.currentNode = from;
  for (let n = walk.nextNode(); n && n !== to; n = walk.nextNode()) if ((n as Element).matches(BOX_CONTROLS)) return true;
  return false;
}

/** A heading titling one field alone (SurveyJS draws each question's title as a heading): the
 *  field's name, not its section. */
function titlesOnly(heading: Element, field: Element, memo: ScanMemo): boolean {
  let only = memo.titled.get(heading);
  if (only === undefined) {
    // the question's own box: the heading's parent or grandparent holding a control, not a page or form
    let box = heading.parentElement;
    for (let depth = 0; box && depth < 2 && !box.querySelector(BOX_CONTROLS); depth++) box = box.parentElement;
    const controls = box && !/^(body|html|form|main|section)$/.test(box.localName) ? box.querySelectorAll(BOX_CONTROLS) : [];
    memo.titled.set(heading, (only = controls.length === 1 ? controls[0]! : null));
  }
  return only === field;
}

/** What one scan reads once and shares between fields: DOM reads repeated per field made a
 *  large form cost n². Valid for one scan only (the page changes between scans). */
interface ScanMemo {
  labels: LabelIndex;
  /** ids aria-labelledby named (kept by a SignalCache across scans) */
  labelledBy: Set<string>;
  titles: Map<Element, string | null>;
  tables: Map<Element, Map<Element, RowPlace>>;
  /** a label's text is read for its field and again as the text before the field */
  texts: Map<Element, string>;
  /** each root's headings in page order, and the heading above each heading */
  headings: Map<Document | ShadowRoot, Element[]>;
  outline: Map<Element, string | null>;
  /** each heading's only control in its question's box (titlesOnly), null for none or several */
  titled: Map<Element, Element | null>;
  /** the elements with a `data-test` hook (most pages have none: one query instead of a read per field) */
  dataTest: Set<Element>;
  /** each element the walk met controls in (in its own tree, as `querySelectorAll` sees it): the
   *  last of them, known from the walk rather than asked of the page per field */
  lastControl: Map<Element, Element>;
  /** selects drawn over by a widget, and the box it draws (faceBoxOf) */
  faces: Map<Element, Element>;
  /** each root's list items (listOfItem), found once */
  items: Map<Document | ShadowRoot, NodeListOf<HTMLLIElement>>;
}

const newMemo = (): ScanMemo => ({
  labels: new Map(),
  labelledBy: new Set(),
  titles: new Map(),
  tables: new Map(),
  texts: new Map(),
  headings: new Map(),
  outline: new Map(),
  titled: new Map(),
  dataTest: new Set(),
  lastControl: new Map(),
  faces: new Map(),
  items: new Map(),
});

function textIn(el: Element, memo: ScanMemo): string {
  let text = memo.texts.get(el);
  if (text === undefined) memo.texts.set(el, (text = textOf(el)));
  return text;
}

const lastOf = <T extends Element>(list: NodeListOf<T>): T | null => (list.length ? (list[list.length - 1] ?? null) : null);

/** Boxes that answer one question together ("Where will this medication be obtained?"): an
 *  explicit ARIA group, or a fieldset whose boxes share one name. `group` is the box's closest
 *  fieldset or ARIA group. */
function checkboxGroupOf(box: Element, group: Element | null | undefined): Element | null {
  if (!group) return indexedGroupOf(box);
  const boxes = Array.from(group.querySelectorAll('input[type="checkbox"]'));
  if (boxes.length < 2) return null;
  if (group.getAttribute('role') === 'group') return group;
  const name = box.getAttribute('name');
  if (name && boxes.every((b) => b.getAttribute('name') === name)) return group;
  const prefix = indexedPrefix(name);
  if (prefix && boxes.every((b) => indexedPrefix(b.getAttribute('name')) === prefix)) return group;
  // boxes named each after its choice, each in a label of a few words (MUI's FormGroup under its
  // legend, Foundation's list of boxes each with its `label[for]`)
  return boxes.every((b) => /^\S+(\s+\S+){0,2}$/.test((b as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '')) ? group : null;
}

/** A name's part before an index (`ctl00$Q5$0`, `dx[0]`, Qualtrics' `QR~QID2~1`) or a key holding a
 *  digit, a choice's code (OpenEMR's `form_icd10[M04.1]`); not before `_1` or `q2`: separate questions
 *  are often numbered so, nor before a word (`request[expedited]` and `request[attested]` are two). */
const indexedPrefix = (name: string | null): string | undefined =>
  name ? /^(.+?)(?:\$\d+|\[[^\]]*\d[^\]]*\]|~\d+)$/.exec(name)?.[1] : undefined;

/**
 * The box around a list of checkboxes named by one name and an index (indexedPrefix: ASP.NET's
 * CheckBoxList `ctl00$Q5$0`, `ctl00$Q5$1`; `dx[0]`, `dx[1]`), or by one name alone, or with no name by a labelled id and an index,
 * with no fieldset or group around them: the
 * nearest container, a few levels up, holding two or more of them and no other checkbox.
 */
function indexedGroupOf(box: Element): Element | null {
  const name = box.getAttribute('name');
  let prefix = indexedPrefix(name);
  let attr = 'name';
  // boxes sharing one name are one field's choices (REDCap's `__chkn__dx`, `codes[]`)
  let exact = false;
  // a box named after its own choice (OpenCRVS' `name="M04.1" value="M04.1"`) is named for no question
  const own = !!name && name === (box as HTMLInputElement).value;
  if (name && !prefix && !own) [prefix, exact] = [name, true];
  if (!name || own) {
    // boxes with no name, ids numbered after a field's id that a label names and no element has
    // (ngx-formly's multicheckbox: `<id>_0`, `<id>_1` under `label[for=<id>]`)
    const base = /^(.+)_\d+$/.exec(box.id)?.[1];
    const root = box.getRootNode() as Document | ShadowRoot;
    if (base && !byId(root, base) && root.querySelector(`label[for="${CSS.escape(base)}"]`)) [prefix, attr] = [`${base}_`, 'id'];
    // boxes with no name, each alone in an item of a few words, side by side (Dash's Checklist labels,
    // Vuetify's v-checkbox boxes sharing one v-model)
    for (let item = box.parentElement, depth = 0; !prefix && item?.parentElement && depth < 6; item = item.parentElement, depth++)
      if (isNamelessChoiceList(item.parentElement)) return item.parentElement;
  }
  if (!prefix) return null;
  let n = box.parentElement;
  for (let depth = 0; n && depth < 5; depth++, n = n.parentElement) {
    const boxes = Array.from(n.querySelectorAll('input[type="checkbox"]'));
    const ours = boxes.filter((b) => (exact ? b.getAttribute(attr) === prefix : (b.getAttribute(attr) ?? '').startsWith(prefix)));
    if (ours.length !== boxes.length) return null;
    if (ours.length >= 2) return n;
  }
  return null;
}

/** A list whose items holding a control each hold a checkbox with no name and a choice of a few
 *  words ("M04.1"): one question's choices (a title may stand among them). A sentence beside a box is
 *  a question of its own. */
function isNamelessChoiceList(list: Element): boolean {
  const items = Array.from(list.children).filter((c) => c.querySelector(CONTROL_SELECTOR));
  return (
    items.length >= 2 &&
    items.every((item) => {
      const boxes = item.querySelectorAll(CONTROL_SELECTOR);
      const box = boxes.length === 1 ? (boxes[0] as HTMLInputElement) : null;
      return (
        !!box &&
        box.type === 'checkbox' &&
        (!box.name || box.name === box.value) &&
        (item.textContent ?? '').trim().split(/\s+/).length <= 4
      );
    })
  );
}

/** Whether a fieldset holds a control other than boxes like `box` (a text box, a select): then it
 *  is a section of several fields. */
const holdsOtherFields = (fieldset: Element, box: Element): boolean =>
  fieldset.querySelector(
    `select, textarea, input:not([type="hidden"]):not([type="${box.getAttribute('type') === 'checkbox' ? 'checkbox' : 'radio'}"])`,
  ) !== null;

function radioGroupSignals({ el, at, label }: Slot, memo: ScanMemo): Pick<LabelSignals, 'labels' | 'aria' | 'nearby' | 'testId'> {
  // a fieldset holding other fields besides boxes is a section, not their question (UIkit's
  // uk-fieldset around a form's rows): the question is the text before them
  const group = at.radioGroup && !(at.radioGroup.localName === 'fieldset' && holdsOtherFields(at.radioGroup, el)) ? at.radioGroup : null;
  const labels: string[] = [];
  let aria: string | null = null;
  const fieldset = group?.localName === 'fieldset';
  if (group) {
    const t = fieldset ? legendOf(group, memo) : null;
    if (t) labels.push(t);
    aria = ariaText(group, at.root, memo);
  }
  // the question text before the group's first option (its own "Yes" label excluded)
  // component libraries wrap each option deeper than a text field (PrimeNG: the input sits
  // five levels below the question), and another control before it still stops the search
  const before = nearbyTexts(group && !fieldset ? group : (label ?? el), memo, 6);
  let nearby = before.nearby;
  if (!nearby && group) nearby = nearbyText(group, memo);
  // a question written between the fieldset's legend and the options is nearer than the legend,
  // which may title a section of one question (Filament's and UIkit's "Medication" over "Frequency")
  // a `<label for>` naming the list that holds the options (WPForms' `ul`), or their name where no
  // element has it as an id (Ninja Forms'), is the question
  if (!labels.length) {
    const name = el.getAttribute('name');
    const named = name && !byId(at.root, name) ? [name] : [];
    for (let up = el.parentElement, depth = 0; up && depth < 3; depth++, up = up.parentElement) if (up.id) named.push(up.id);
    for (const id of named) labels.push(...labelsFor(id, null, at.root, memo));
  }
  const legend = labels[0];
  const question = legend && nearby?.startsWith(legend) ? clean(nearby.slice(legend.length)) : (before.nearest ?? nearby);
  if (fieldset && legend && question && !legend.includes(question) && !outerLegend(group, question, memo)) labels.unshift(question);
  // a group's hook sits on its container; each radio's own id names its option
  const testId = (group && testIdOf(group, memo)) ?? testIdOf(el, memo);
  return { labels, aria, nearby, testId };
}

/** Whether `text` is the legend of a fieldset around `group`: a section's title before it (Canada.ca's
 *  "Diagnosis" fieldset around its "ICD-10 codes" one), not a question between its legend and its options. */
function outerLegend(group: Element, text: string, memo: ScanMemo): boolean {
  for (let f = group.parentElement?.closest('fieldset'); f; f = f.parentElement?.closest('fieldset'))
    if (legendOf(f, memo) === text) return true;
  return false;
}

/**
 * The containers around an element, tracked down the walk: reading a field then asks the page
 * nothing `closest()` would (each call from the content script's isolated world into the page
 * costs, and a 5,000-field page made tens of thousands). Each is the element's closest
 * ancestor-or-self of its kind in its root, null for none.
 */
interface Place {
  root: Document | ShadowRoot;
  form?: Element | null;
  fieldset?: Element | null;
  /** `<table>` (its caption names the section) */
  table?: Element | null;
  /** a table or ARIA table or grid */
  grid?: Element | null;
  /** a cell, its row (parent) and its table or grid */
  cell?: Element | null;
  row?: Element | null;
  cellTable?: Element | null;
  /** a labelled section, ARIA region or group */
  region?: Element | null;
  /** a fieldset or ARIA group: where a checkbox's fellow boxes are */
  boxGroup?: Element | null;
  /** a fieldset, ARIA group or radiogroup: where a radio's question is */
  radioGroup?: Element | null;
  /** an open dialog or modal the field is in: the request's own scope over the page behind */
  dialog?: Element | null;
  /** the section text last read here, under which heading and in which titled box */
  section?: { heading: Element | null; box: Element | null; text: string | null };
  /** an option or a select widget around: a search box in it filters the choices */
  chooser?: Element | null;
  /** inside a box hidden by its own markup */
  hidden?: boolean;
  /** in a table's header: its controls filter or select the rows (a grid's filter row, Mendix's
   *  column filters), no field of the request */
  head?: boolean;
  /** in the box a widget draws over this select (faceBoxOf): its other controls are the drawing's */
  face?: Element;
}

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader']);

/** The fieldset a component draws in its shadow root around the slot its children show in
 *  (Porsche's p-fieldset): its legend titles them. */
const slotFieldset = (el: Element): Element | null | undefined =>
  (el as HTMLElement).shadowRoot?.querySelector('fieldset slot')?.closest('fieldset');

/** `drawn`: the fieldset the element draws around its children (slotFieldset) */
function enter(place: Place, el: Element, name: string, role: string | undefined, parent: Element | null, drawn?: Element | null): Place {
  const p: Place = { ...place, section: undefined };
  if (name === 'form') p.form = el;
  if (name === 'fieldset') p.fieldset = p.boxGroup = p.radioGroup = el;
  else if (drawn) p.fieldset = drawn;
  if (role === 'group') p.region = p.boxGroup = p.radioGroup = el;
  if (role === 'radiogroup') p.radioGroup = el;
  if (
    role === 'option' ||
    role === 'combobox' ||
    role === 'listbox' ||
    role === 'menu' ||
    role === 'menuitemcheckbox' ||
    role === 'menuitemradio'
  )
    p.chooser = el;
  if (role === 'region' || (name === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')))) p.region = el;
  if (name === 'thead' || role === 'columnheader') p.head = true;
  if (name === 'table') p.table = el;
  if (name === 'table' || role === 'table' || role === 'grid') p.grid = el;
  if (name === 'td' || name === 'th' || (role !== undefined && CELL_ROLES.has(role))) {
    p.cell = el;
    p.row = rowOf(parent);
    p.cellTable = p.grid;
  }
  return p;
}

/** A field found by the walk, read once the walk is done (the label index is complete then). */
interface Slot {
  el: FieldElement;
  kind: FieldKind;
  options?: HTMLInputElement[];
  /** read as a radio or checkbox group (the group's legend, label and hook) */
  group: boolean;
  /** inside a container changed since the last scan */
  changed: boolean;
  at: Place;
  /** the last heading before the field in its root */
  heading: Element | null;
  /** the label around it (kept apart from `at`: labels are many, and most wrap no field) */
  label: Element | null;
  /** the titled box (card) it is in, set once the walk has left the box */
  box?: Element;
  /** a date drawn as segments: one per part */
  parts?: { el: FieldElement; part: DatePart }[];
}

const isBox = (el: Element): boolean => el.localName === 'input' && /^(checkbox|radio)$/.test((el as HTMLInputElement).type);

interface Read {
  signals: LabelSignals;
  rowIndex: number | null;
  group: boolean;
}

function readField(slot: Slot, memo: ScanMemo): Read {
  const { el, at } = slot;
  const id = el.getAttribute('id');
  const table = tableContext(at, memo);
  // a cell of text is named by its column alone: the cells before it are the entry's other values
  if (slot.kind === 'cell') {
    const signals = { testId: null, name: null, id, labels: [], aria: null, placeholder: null, nearby: null, column: table.column };
    return { signals: { ...signals, section: sectionText(slot, memo) }, rowIndex: table.rowIndex, group: false };
  }
  const signals: LabelSignals = {
    testId: testIdOf(el, memo),
    name: el.getAttribute('name'),
    id,
    labels: labelsFor(id, slot.label, at.root, memo),
    aria: ariaText(el, at.root, memo),
    placeholder: clean(el.getAttribute('placeholder')),
    // a chip list's label is before its chips, which are its value (a level further in than its
    // input: TDesign's tags); a select's before the box drawn over it
    ...(slot.kind === 'chips'
      ? nearbyTexts(chipsOf(el)?.[0] ?? el, memo, 8, widgetOwnText(el))
      : nearbyTexts(memo.faces.get(el) ?? el, memo, 7, widgetOwnText(el))),
    column: table.column,
    section: sectionText(slot, memo),
  };
  // a date button's value label (BootstrapVue's) shows its date: no name
  const valueLabel = slot.kind === 'combobox' ? dateValueLabel(el) : null;
  if (valueLabel) {
    const shown = clean(textIn(valueLabel, memo));
    signals.labels = signals.labels.filter((l) => l !== shown);
  }
  // a label wrapping the whole widget (Quasar's) holds its chips too: they are its value, not its name
  if (slot.kind === 'chips' && slot.label) {
    const chips = chipValues(el);
    signals.labels = signals.labels.map((t) => clean(withoutTexts(t, chips)) ?? t);
  }
  if (!signals.labels.length) {
    const after = isBox(el) ? labelAfter(el) : slot.group ? null : floatingLabel(memo.faces.get(el) ?? el, at.root);
    if (after) signals.labels.push(after);
  }
  // a label naming the widget's box rather than its input (Radzen's `label[for]` names the
  // dropdown's div, whose hidden input holds the choice): the nearest box up with that id, or
  // further up the combobox around it (Arco's multiple Select, its tag input five levels in)
  // The host of the shadow root the input is in counts as such a box (Ignite UI's
  // igc-date-time-input, named by its picker's label)
  if (!signals.labels.length && el.localName === 'input') {
    let up = el.parentElement ?? hostOf(el);
    for (let depth = 0; up && depth < 6 && !signals.labels.length; depth++, up = up.parentElement ?? hostOf(up)) {
      if (up.id && (depth < 3 || up.getAttribute('role') === 'combobox'))
        signals.labels.push(...labelsFor(up.id, null, up.getRootNode() as Document | ShadowRoot, memo));
      // or the label linked to nothing that opens the only box the input is in (DHTMLX's Combo: its
      // label, then the box of its tags holding the input)
      const first = up.firstElementChild;
      const text =
        first?.localName === 'label' && !first.hasAttribute('for') && !isBox(el) && up.querySelectorAll(BOX_CONTROLS).length === 1
          ? clean(textIn(first, memo))
          : null;
      if (text) signals.labels.push(text);
    }
  }
  // a label naming the field an id's part belongs to, which no element has (rjsf's alt-date:
  // `label[for=root_start]` over `select#root_start_year`, `_month`, `_day`)
  const base = !signals.labels.length && id ? /^(.+)[_-](?:year|month|day)$/i.exec(id)?.[1] : undefined;
  if (base && !byId(at.root, base)) signals.labels.push(...labelsFor(base, null, at.root, memo));
  // a custom select holding its own label, linked to nothing (Vuestic's va-select: the va-input-label
  // inside its combobox, hidden from assistive technology, which reads the select's value)
  if (!signals.labels.length && !signals.aria && slot.kind === 'combobox') {
    const own = el.querySelector('label:not([for],[role])');
    const text = own && !own.querySelector(CONTROL_SELECTOR) ? clean(textIn(own, memo)) : null;
    if (text) signals.labels.push(text);
  }
  // a button showing its choice in a box inside it is named by that box's label (Grommet's Select)
  if (!signals.labels.length && slot.kind === 'combobox' && el.localName === 'button') {
    const shown = el.querySelector('input[id]');
    if (shown) signals.labels.push(...labelsFor(shown.id, null, at.root, memo));
  }
  // a group's question as its own child: a web component's `slot="label"` (FAST's radio group), a
  // label or legend before its options
  if (!signals.labels.length && !signals.aria && slot.kind === 'combobox' && /group$/.test(el.getAttribute('role') ?? '')) {
    const title = ownTitle(el, memo);
    if (title) signals.labels.push(title);
  }
  // a date picker's visible box named by the label of the hidden input it stands in for (flatpickr's altInput)
  const store = !signals.labels.length && !signals.aria ? el.previousElementSibling : null;
  if (store?.localName === 'input' && isSelfHidden(store) && standIn(store) === el) {
    signals.labels.push(...labelsFor(store.getAttribute('id'), null, at.root, memo));
  }
  if (slot.group) Object.assign(signals, radioGroupSignals(slot, memo));
  // an answer with nothing naming it in a one-cell row under a one-cell question row (a
  // Surescripts-style question set): the question names it
  if (!signals.labels.length && !signals.aria && !signals.nearby) {
    const question = questionAbove(el, memo) ?? hostCaption(el, memo) ?? titleBeforeList(slot, memo);
    if (question) signals.labels.push(question);
  }
  return { signals, rowIndex: table.rowIndex, group: slot.group };
}

/** A radio or checkbox list with nothing naming it, right after a heading (Framework7's block
 *  title over its list): the heading asks its question. */
function titleBeforeList({ group, options, heading }: Slot, memo: ScanMemo): string | null {
  const last = options?.[options.length - 1];
  if (!group || !heading || !last) return null;
  let box = options[0]!.parentElement;
  while (box && !box.contains(last)) box = box.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement)
    if (box.previousElementSibling === heading) return headingText(heading, memo);
  return null;
}

/** A date button alone in a web component's shadow root, named by the caption right before the
 *  component (Ionic's ion-datetime-button after its ion-label in an ion-item). */
function hostCaption(el: Element, memo: ScanMemo): string | null {
  const host = el.localName === 'button' && !el.parentElement?.closest('label') ? hostOf(el) : null;
  if (!host || !isDateButton(el) || (el.getRootNode() as ShadowRoot).querySelectorAll(CONTROL_SELECTOR).length !== 1) return null;
  const before = host.previousElementSibling;
  if (!before || before.querySelector(CONTROL_SELECTOR) || (TAGS.get(before.localName) ?? 0) & (CONTROL | HEADING_TAG)) return null;
  const text = clean(textIn(before, memo));
  return text && text.length <= 60 ? text : null;
}

/** The text of the header row right above the one-cell row holding `el` (its own table's rows
 *  first: a radio list's table sits inside the answer cell). */
function questionAbove(el: Element, memo: ScanMemo): string | null {
  let row = el.closest('tr');
  for (let depth = 0; row && depth < 3; depth++, row = row.parentElement?.closest('tr') ?? null) {
    const above = row.previousElementSibling;
    if (row.childElementCount === 1 && above?.localName === 'tr' && isHeaderRow(above)) return clean(textIn(above, memo));
  }
  return null;
}

/** For a select-like widget's input, whether a text before it is the widget's own: the value it
 *  shows, its prompt or remove crosses (ui-select shows "Select or search… 11 - Office" before
 *  its search box), which name nothing; undefined for any other field. */
function widgetOwnText(el: Element): OwnText | undefined {
  if (el.localName !== 'input') return undefined;
  // asked only when an element stands before the input: most fields have none, or a label
  let shown: ReturnType<typeof shownBeside> | undefined;
  return (text, beside, depth) => {
    shown ??= shownBeside(el);
    // further out than the input's own box, only a value's own element inside the box showing
    // the values (ng-select's chosen values sit beside the box holding its search input, its
    // label outside them all; a caption beside a typeahead's box is no value)
    if (!shown || (depth > 0 && (!shown.values.length || depth > shown.depth || !isShownValue(beside)))) return false;
    const rest = clean(withoutTexts(text, shown.values).replace(/[×✕✖]/g, ' ')) ?? '';
    return rest === '' || isPlaceholderText(rest);
  };
}

/** Whether a text before a field's element (in `beside`, `depth` levels above it) is the field's own widget's. */
type OwnText = (text: string, beside: Element, depth: number) => boolean;

/** The classes a select-like widget draws a chosen value with (react-select's `__single-value`
 *  and `__multi-value`, ng-select's `ng-value`, Select2's `select2-selection__choice`, chips, tokens, tags). */
const SHOWN_VALUE_CLASS = /value|chip|token|(?<![a-z])tag(?![a-z])|selection|choice/i;
const isShownValue = (el: Element): boolean =>
  SHOWN_VALUE_CLASS.test(el.getAttribute('class') ?? '') || SHOWN_VALUE_CLASS.test(el.firstElementChild?.getAttribute('class') ?? '');

/** `text` with each of `parts` taken out (a widget's values out of a text around them). */
const withoutTexts = (text: string, parts: readonly string[]): string => parts.reduce((rest, p) => rest.split(p).join(' '), text);

/** The text of a group's first child when it is a label, a legend or its label slot's content. */
function ownTitle(group: Element, memo: ScanMemo): string | null {
  const first = group.firstElementChild;
  // a label that is itself an option (ngx-bootstrap's `label.btn[role=radio]`) names no group
  if (
    !first ||
    first.hasAttribute('role') ||
    !(first.localName === 'label' || first.localName === 'legend' || first.getAttribute('slot') === 'label')
  )
    return null;
  return clean(textIn(first, memo));
}

/** A box's label written right after it and linked to nothing (Semantic UI's radios, a
 *  checkbox list of `<input> <label>` pairs): a `<label>` without `for`, or the text itself. */
function labelAfter(box: Element): string | null {
  for (let n = box.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = clean(n.nodeValue);
      if (t) return t;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    // a hidden input between a box and its text stores its value (REDCap's `__chk__dx_RC_1`)
    if (el.localName === 'input' && el.getAttribute('type') === 'hidden') continue;
    return el.localName === 'label' && !el.hasAttribute('for') && !el.querySelector(CONTROL_SELECTOR) ? clean(textOf(el)) : null;
  }
  return null;
}

/** A `<label>` after a field or after the widget's box around it, naming no other element and
 *  before no other control (a floating label whose `for` was left out: Bootstrap's `.form-floating`,
 *  PrimeNG's p-floatlabel without inputId). */
function floatingLabel(field: Element, root: Document | ShadowRoot): string | null {
  let box: Element | null = field;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    // climb only out of the widget's own box: one control in it
    if (box !== field && box.querySelectorAll(BOX_CONTROLS).length > 1) return null;
    const next = box.nextElementSibling;
    if (next?.localName !== 'label') continue;
    const target = next.getAttribute('for');
    const after = next.nextElementSibling;
    if (
      next.querySelector(CONTROL_SELECTOR) ||
      (target && byId(root, target)) ||
      (after && (after.matches(BOX_CONTROLS) || after.querySelector(BOX_CONTROLS)))
    )
      return null;
    for (let n = box.nextSibling; n && n !== next; n = n.nextSibling) if (n.nodeType === 3 && clean(n.nodeValue)) return null;
    return clean(textOf(next));
  }
  return null;
}
const BOX_CONTROLS = 'input:not([type="hidden"]), select, textarea';

/** The latest scan's memo and the radio labels read since: every frame reads the checked
 *  radio's label, and a label changes only with the DOM, which starts a new scan. */
let latest = { memo: newMemo(), radios: new WeakMap<Element, string>() };

/** A radio's own label ("Yes" / "No"), for reading and writing its group's value. */
export function radioLabel(radio: HTMLInputElement): string {
  let text = latest.radios.get(radio);
  if (text === undefined) {
    // of several labels the last is the radio's own: a question's label pointing at the first
    // radio (JotForm's) comes before the group
    const labels = labelsFor(radio.getAttribute('id'), radio.closest('label'), radio.getRootNode() as Document | ShadowRoot, latest.memo);
    // with no label at all, what it is called for assistive technology, or the `label` attribute
    // REDCap's matrix radios carry (their column titles sit in a header table apart)
    text =
      clean(labels[labels.length - 1]) ??
      labelAfter(radio) ??
      clean(radio.getAttribute('aria-label')) ??
      // its tooltip, the last name assistive technology gives it (Layui draws its text from it)
      clean(radio.getAttribute('title')) ??
      clean(radio.getAttribute('label')) ??
      // (one with no value attribute has the value "on", which names no choice)
      radio.getAttribute('value') ??
      '';
    latest.radios.set(radio, text);
  }
  return text;
}

const SCOPE = 'form, fieldset, tr, table, body, html, li, section';
/** `closest()` by hand: happy-dom's can miss the element itself, or answer with another object
 *  than the node the walk meets (a container marked dirty would then never be found). Runs
 *  only on mutations. */
function closestOrSelf(el: Element, selector: string): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) if (n.matches(selector)) return n;
  return null;
}

/**
 * The records that changed something. Frameworks set attributes to the values they already have:
 * React 19 empties every input's `name` and sets it back, and sets its `type`, on each render (so
 * on every keystroke). An attribute counts as changed when its value now differs from its value
 * before the batch (the first record's `oldValue`: observers that pass records here observe with
 * `attributeOldValue`).
 */
export function realChanges(records: readonly MutationRecord[]): MutationRecord[] {
  const before = new Map<Node, Map<string, string | null>>();
  for (const r of records) {
    if (r.type !== 'attributes') continue;
    let attributes = before.get(r.target);
    if (!attributes) before.set(r.target, (attributes = new Map()));
    if (!attributes.has(r.attributeName ?? '')) attributes.set(r.attributeName ?? '', r.oldValue);
  }
  return records.filter(
    (r) =>
      r.type !== 'attributes' ||
      (r.target as Element).getAttribute(r.attributeName ?? '') !== before.get(r.target)?.get(r.attributeName ?? ''),
  );
}

/**
 * Fields' signals from earlier scans, reused by the next scan until a mutation could have
 * changed them, so a large page that changes often does not pay a full read per change.
 * A change inside a container (form, fieldset, table, list item, section) reads that
 * container's fields again, and a changed `<label for>` the field it names; a heading, legend
 * or caption (the section of every field after it), an aria-labelledby target or an id reads
 * every field again.
 */
export class SignalCache {
  #reads = new WeakMap<Element, Read>();
  #version = 0;
  /** containers whose fields the next scan reads again */
  readonly dirty = new Set<Node>();
  /** ids that aria-labelledby names: their text labels fields elsewhere */
  readonly labelledBy = new Set<string>();

  get(el: Element, group: boolean): Read | undefined {
    const read = this.#reads.get(el);
    return read && read.group === group ? read : undefined;
  }

  set(el: Element, read: Read): void {
    this.#reads.set(el, read);
  }

  clear(): void {
    this.#reads = new WeakMap();
    this.dirty.clear();
    this.labelledBy.clear();
    this.#version++;
  }

  /** Grows with every change marked: a scan made at one version still reads the page as it is
   *  while the version stays. */
  get version(): number {
    return this.#version;
  }

  /** Something no mutation record shows has changed (a frame's document loaded): no earlier
   *  scan is current. */
  touch(): void {
    this.#version++;
  }

  #dirty(node: Node): void {
    this.dirty.add(node);
    this.#version++;
  }

  /** Marks what `records` may have changed; attribute changes other than ids and names (a
   *  step shown or hidden) change no label. */
  invalidate(records: readonly MutationRecord[]): void {
    for (const record of records) {
      // a text node changed in place: a custom select's value, a clock; no label moved
      if (record.type === 'characterData') continue;
      const target = record.target;
      if (target.nodeType !== 1) return this.clear(); // a document or shadow root replaced wholesale
      const el = target as Element;
      if (isOwnElement(el)) continue;
      if (record.type === 'attributes') {
        if (record.attributeName === 'id') return this.clear();
        if (record.attributeName === 'name' || record.attributeName === 'type' || record.attributeName?.startsWith('data-test'))
          this.#mark(el);
        continue;
      }
      // our own hosts coming and going change nothing the page says
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)].filter(
        (n) => n.nodeType !== 1 || !isOwnElement(n as Element),
      );
      if (nodes.length === 0) continue;
      if (closestOrSelf(el, HEADING) || this.#labelsElsewhere(el, true)) return this.clear();
      const root = el.getRootNode() as Document | ShadowRoot;
      const label = closestOrSelf(el, 'label');
      if (label) this.#markNamed(label, root);
      for (const n of nodes) {
        if (n.nodeType !== 1) continue;
        const node = n as Element;
        if (node.matches(HEADING) || node.querySelector(HEADING) || this.#labelsElsewhere(node, false)) return this.clear();
        if (node.localName === 'label') this.#markNamed(node, root);
        for (const inner of node.querySelectorAll('label[for]')) this.#markNamed(inner, root);
      }
      this.#mark(el);
      // the text before a field runs back through siblings without controls, whatever is in
      // them: the first sibling with a control after the change, and after each ancestor, reads it
      this.#markFollowing(record.nextSibling);
      for (let n: Element | null = el; n; n = n.parentElement) this.#markFollowing(n.nextSibling);
    }
  }

  /** The container whose fields a change at `el` can touch: the nearby text of a field reaches
   *  up to it, a table's rows and headers belong to the whole table. */
  #mark(el: Element): void {
    this.#dirty(closestOrSelf(el, TABLE) ?? closestOrSelf(el, SCOPE) ?? el.getRootNode());
  }

  #markFollowing(from: Node | null): void {
    for (let n = from; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || isOwnElement(n as Element)) continue;
      const el = n as Element;
      if (el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR)) return this.#dirty(el);
    }
  }

  /** The fields a `<label for>` names, wherever they are in its root. */
  #markNamed(label: Element, root: Document | ShadowRoot): void {
    const id = label.getAttribute('for');
    if (!id) return;
    let named: Element[];
    try {
      named = Array.from(root.querySelectorAll(`[id="${id.replace(/["\\]/g, '\\$&')}"]`));
    } catch {
      return this.clear(); // an id no selector can name
    }
    for (const field of named) this.#dirty(field);
  }

  /** Whether `el` (or an ancestor, or a descendant) carries an id that aria-labelledby names. */
  #labelsElsewhere(el: Element, ancestors: boolean): boolean {
    if (this.labelledBy.size === 0) return false;
    if (ancestors) {
      for (let n: Element | null = el; n; n = n.parentElement) if (this.labelledBy.has(n.id)) return true;
      return false;
    }
    return this.labelledBy.has(el.id) || Array.from(el.querySelectorAll('[id]')).some((d) => this.labelledBy.has(d.id));
  }
}

/**
 * Collects the fields of `root` in document order, descending into open shadow roots and
 * same-origin iframes. One walk over the elements finds the fields, where each sits, the last
 * heading before it and the `<label for>`s; reading the fields' signals follows.
 */
export function collectFields(root: Document | ShadowRoot, cache?: SignalCache): Collection {
  const slots: Slot[] = [];
  const roots: (Document | ShadowRoot)[] = [];
  const frames: HTMLIFrameElement[] = [];
  const bareHosts: Element[] = [];
  // radios group by name within their form (or root when outside a form), as browsers do
  const radioGroups = new Map<Node, Map<string, Slot>>();
  const namelessGroups = new Map<Element, Slot>();
  /** radio groups whose radios so far each have a name of their own */
  const apartNamed = new Set<Slot>();
  const checkboxGroups = new Map<Element, Slot>();
  const memo = newMemo();
  if (cache) memo.labelledBy = cache.labelledBy;
  latest = { memo, radios: new WeakMap() };
  const dirty = cache?.dirty ?? new Set<Node>();
  /** whether the element being visited is inside a container changed since the last scan */
  let changed = !cache;
  const roles = new Map<Element, string>();
  const dialogs = new Set<Element>();
  /** a widget's own controls, no fields: copies of its value, a date picker's navigation */
  const mirrors = new Set<Element>();
  /** boxes hidden by their own markup (not controls: a hidden control is a widget's own) */
  const hiddenBoxes = new Set<Element>();
  /** rich text editors' boxes (EDITABLE), found in one query per root */
  const editables = new Set<Element>();
  /** focusable boxes classed as a select's, with no role (Naive UI's n-select) */
  const classedSelects = new Set<Element>();
  /** the boxes widgets draw over selects (faceBoxOf), each to its select */
  const faceBoxes = new Map<Element, Element>();
  /** whether any element met so far has a chip's role */
  let chipRoles = false;
  /** whether any element met so far has the checkbox role (a list of them is one field) */
  let roleBoxes = false;
  /** whether any element met so far has the radio role (side by side, with no group, they are one) */
  let roleRadios = false;
  let labels: LabelsById = new Map();
  // nearest-heading semantics: the last heading before a field (not around it) in its root; a
  // heading's own text counts after it, else the last heading met inside the element passed
  let heading: Element | null = null;
  let lastMet: Element | null = null;
  /** the label the walk is in */
  let label: Element | null = null;
  /** the last control the walk met in the root it is in */
  let control: Element | null = null;
  /** hidden originals met so far (a widget's box for one comes after it: typesForOriginal) */
  let originals = 0;

  /** `host`: a shadow root's host's place; its fields are in the host's section and form */
  const visitRoot = (r: Document | ShadowRoot, host?: Place): void => {
    roots.push(r);
    const outer = { changed, labels, heading, lastMet, label, control };
    const body = 'body' in r ? r.body : null;
    const start = body ?? r;
    changed ||= dirty.has(r) || dirty.has(start);
    memo.labels.set(r, (labels = new Map()));
    label = control = null;
    if (!host) heading = lastMet = null;
    // the elements with a role, found once per root instead of asking each element for it
    // inputs that mirror a custom select's value for the library, hidden from assistive technology
    for (const el of r.querySelectorAll('input[aria-hidden="true"]')) if (isMirrorInput(el)) mirrors.add(el);
    // a select's copy for autofill in a box hidden from assistive technology holds an input beside it
    // (Kobalte's hidden select): the page behind a modal, hidden so too, holds no select directly
    for (const el of r.querySelectorAll('[aria-hidden="true"] > select'))
      for (const box of el.parentElement!.querySelectorAll(':scope > input')) mirrors.add(box);
    // Telerik's RadDatePicker keeps its value for the server in a text input made invisible
    // (class `rdfd_`, Telerik's only); staff type in the date input inside the picker. A date
    // picker's own calendar (by the class each library documents: flatpickr's, Pikaday's, jQuery
    // UI's, react-datepicker's) moves by its month and year selects and boxes, which answer nothing:
    // the date goes into the input the picker is bound to
    // (the calendars are found first: a selector ending in their controls would ask every control's ancestors)
    for (const el of r.querySelectorAll('input.rdfd_,.flatpickr-calendar,.pika-single,.ui-datepicker,.react-datepicker'))
      if (el.localName === 'input') mirrors.add(el);
      else for (const c of el.querySelectorAll('input, select')) mirrors.add(c);
    // a dual list's list left and the boxes filtering its lists are none: its chosen list is the field
    for (const el of r.querySelectorAll('select[multiple]')) {
      const dual = dualList(el);
      if (!dual) continue;
      chosenLists.add(dual.chosen);
      for (const c of dual.box.querySelectorAll('input, select')) if (c !== dual.chosen) mirrors.add(c);
    }
    for (const el of r.querySelectorAll('[data-test]')) memo.dataTest.add(el);
    // modals classed by their library's prefix are dialogs too: a closed one holds no field
    for (const el of r.querySelectorAll('[class*="-modal"]')) if (PREFIXED_MODAL.test(el.getAttribute('class')!)) dialogs.add(el);
    for (const el of r.querySelectorAll(MAYBE_HIDDEN))
      if (!((TAGS.get(el.localName) ?? 0) & CONTROL) && isSelfHidden(el)) hiddenBoxes.add(el);
    for (const el of r.querySelectorAll(EDITABLE)) editables.add(el);
    for (const el of r.querySelectorAll(MAYBE_CLASSED_SELECT)) if (isClassedSelect(el)) classedSelects.add(el);
    for (const el of r.querySelectorAll('select')) {
      const box = faceBoxOf(el);
      if (!box) continue;
      faceBoxes.set(box, el);
      memo.faces.set(el, box);
    }
    // one pass over the root for what the walk asks of many elements: roles, dialogs, and titles
    // drawn as headings by their class (Quasar's and Vuetify's `text-h6`, Bootstrap's `h5`,
    // Semantic's `ui header`), which head their sections as heading elements would
    for (const el of r.querySelectorAll(MARKED)) {
      const role = el.getAttribute('role');
      if (role !== null) {
        roles.set(el, role);
        if (CHIP_ROLES.has(role)) chipRoles = true;
        if (role === 'checkbox') roleBoxes = true;
        if (role === 'radio') roleRadios = true;
        if (role === 'dialog' || role === 'alertdialog') dialogs.add(el);
      } else if (el.localName === 'dialog' || el.classList.contains('modal') || el.getAttribute('data-role') === 'dialog') dialogs.add(el);
      else if (!el.querySelector(CONTROL_SELECTOR)) roles.set(el, 'heading');
    }
    let at: Place = host ? { ...host, root: r, section: undefined } : { root: r };
    // the html and body elements are around every field, not visited (a role on them)
    for (const e of body ? [body.parentElement, body] : []) if (e) at = enter(at, e, e.localName, roles.get(e), null);
    for (let c = start.firstElementChild; c; c = c.nextElementSibling) visit(c, body, at);
    ({ changed, labels, heading, lastMet, label, control } = outer);
  };

  const visit = (el: Element, parent: Element | null, around: Place): void => {
    const name = el.localName;
    if (name.startsWith(OWN_TAG_PREFIX) || (name === 'tr' && isSelfHidden(el))) return;
    const tag = TAGS.get(name) ?? 0;
    // drawn decoration hidden from assistive technology (MUI's outlined border is a fieldset whose
    // legend repeats the label): its text is no heading, and it holds no field
    if (tag & (PLACE | HEADING_TAG) && el.getAttribute('aria-hidden') === 'true' && !el.querySelector(CONTROL_SELECTOR)) return;
    const outer = changed;
    const wrapping = label;
    changed ||= dirty.has(el);
    const role = roles.get(el);
    // a web component drawing a dialog around its slot is one (fluent-dialog, wa-dialog, rh-dialog)
    const slotDialog = name.includes('-') ? (el as HTMLElement).shadowRoot?.querySelector('dialog slot, [role="dialog"] slot') : null;
    const isDialog = (dialogs.size > 0 && dialogs.has(el)) || !!slotDialog;
    // a closed dialog's boxes (a Bootstrap modal kept in the page, a `<dialog>` not open) are no one's request
    // (one open shows its native dialog by CSS, or by its own `open`: Astro's rux-dialog)
    if (isDialog && (isClosedDialog(el) || slotDialog?.closest(el.hasAttribute('open') ? '[hidden]' : 'dialog:not([open]), [hidden]')))
      return;
    const drawn = name.includes('-') ? slotFieldset(el) : null;
    const entered = tag & PLACE || role !== undefined || drawn ? enter(around, el, name, role, parent, drawn) : around;
    // (and a tab panel faded out: Material Tailwind's inactive panel at opacity 0)
    const hiddenBox =
      !isDialog &&
      ((hiddenBoxes.size > 0 && hiddenBoxes.has(el)) ||
        inClosedDetails(el, parent) ||
        (role === 'tabpanel' && /opacity:\s*0(?![.\d])/.test(el.getAttribute('style') ?? '')));
    // a popup closed, hidden by its own markup (Vuesax's `con-vs-popup`), holds no value of the request
    if (hiddenBox && POPUP_CLASS.test(el.getAttribute('class') ?? '')) return;
    const shown = isDialog ? { ...entered, dialog: el } : hiddenBox ? { ...entered, hidden: true } : entered;
    const face = faceBoxes.size > 0 ? faceBoxes.get(el) : undefined;
    const at = face ? { ...shown, face } : shown;
    const [slotsBefore, headingBefore] = [slots.length, heading];
    // a divider with a title (antd's and NG-ZORRO's `role=separator` with its text) heads what follows
    // a group header among a popup's options (ngx-bootstrap's typeahead `h6.dropdown-header`) heads options, not fields
    // so does a label drawn as a button, a group's show/hide toggle around its box (OpenEMR's); a
    // caption titles its own table (sectionText) beside the heading before it, whatever it says (an
    // instruction, "List the most recent therapy last"; only a button: SMART Forms' "Add Row")
    const isHeading =
      !at.chooser &&
      ((tag & HEADING_TAG && name !== 'caption') ||
        role === 'heading' ||
        (role === 'separator' && !!el.textContent?.trim()) ||
        (name === 'tr' && isHeaderRow(el) && !isGroupRow(el)) ||
        (name === 'label' && role === 'button'));
    if (isHeading) lastMet = el;
    const met = lastMet;
    const controlBefore = control;
    let segments: ReturnType<typeof dateSegments>;
    if (tag & CONTROL) {
      const original = isOriginal(el);
      const drawn = name === 'input' ? drawnField(el, role) : undefined;
      const kind =
        drawn !== undefined || (at.face && at.face !== el) || (label && roles.get(label) === 'button')
          ? null
          : name === 'button' && role === 'checkbox'
            ? at.chooser || inRoleBoxList(el)
              ? null
              : 'checkbox'
            : isListboxButton(el) ||
                (name === 'button' &&
                  (isDateButton(el) ||
                    isLabelledToggle(el, labels) ||
                    choiceShownBefore(el) ||
                    (classedSelects.size > 0 && classedSelects.has(el))))
              ? 'combobox'
              : (at.chooser &&
                    at.chooser !== el &&
                    (isSearchBox(el) ? searchesFor(at.chooser, el) : isOptionTick(el, at.chooser, roles))) ||
                  (originals > 0 && !original && typesForOriginal(el))
                ? null
                : kindOf(el, name, chipRoles ? roles : null, mirrors);
      if (kind || drawn || !endsNoText(el)) control = el;
      if (drawn) addField(drawn as HTMLElement, 'combobox', at);
      if (kind) addField(el as FieldElement, kind, at);
      if (original) originals++;
    } else if (role === 'checkbox' && el.hasAttribute('aria-checked') && !at.chooser && !inRoleBoxList(el) && !el.querySelector('input')) {
      // a box drawn with the checkbox role (Radix's, shadcn's); in an option it is the option's tick;
      // drawn over a native box, the native box is the field
      addField(el as HTMLElement, 'checkbox', at);
    } else if (
      role !== undefined &&
      (isCustomSelect(el, role) ||
        ((role === 'group' || role === 'radiogroup') && toggleOptions(el).length) ||
        (role === 'grid' && isTagList(el)))
    ) {
      addField(el as HTMLElement, 'combobox', at);
    } else if (classedSelects.size > 0 && classedSelects.has(el) && !at.chooser) {
      // a select drawn with no input and no role, known by its class (Naive UI's n-select)
      addField(el as HTMLElement, 'combobox', at);
    } else if ((roleBoxes && !at.chooser && isBoxList(el)) || (roleRadios && !at.radioGroup && !at.chooser && looseRadios(el))) {
      // boxes drawn with the checkbox role answering one question (Google Forms): its ticked choices;
      // radios drawn side by side with no group around them (Flutter's semantics nodes): the checked one
      addField(el as HTMLElement, 'combobox', at);
    } else if (role === 'group' && (segments = dateSegments(el))) {
      slots.push({ el: el as HTMLElement, kind: 'date-parts', parts: segments, group: false, changed, at, heading, label });
    } else if (name === 'label') {
      indexLabel(labels, el);
      label = el;
    } else if (name === 'iframe') {
      const frame = el as HTMLIFrameElement;
      frames.push(frame);
      let doc: Document | null;
      try {
        doc = frame.contentDocument;
      } catch {
        doc = null; // cross-origin
      }
      if (doc && doc.body) visitRoot(doc);
    }
    const custom = name.includes('-');
    const shadow = custom || SHADOW_HOSTS.has(name) ? (el as HTMLElement).shadowRoot : null;
    if (custom && !shadow) bareHosts.push(el);
    if (shadow) {
      const before = slots.length;
      visitRoot(shadow, at);
      // a web component drawing a heading in its shadow root (UI5's ui5-title) heads what follows
      // it in the host's root, as a heading element there would
      if (slots.length === before && shadow.querySelector(HEADING)) lastMet = el;
    }
    if (name === 'select' || name === 'textarea') {
      // their contents hold no fields; rarely (a customizable select) a heading
      lastMet = lastOf(el.querySelectorAll(HEADING)) ?? lastMet;
    } else {
      const before = slots.length;
      let first: Element | null = null;
      let afterFirst = before;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        visit(c, el, at);
        if (!first) [first, afterFirst] = [c, slots.length];
      }
      if (
        slots.length === before &&
        at.cell === el &&
        name !== 'th' &&
        role !== 'rowheader' &&
        at.row &&
        at.cellTable &&
        !at.chooser &&
        !at.head &&
        isTextCell(at.cellTable, at.row) &&
        // a table staff wrote in their notes (a rich text editor's) is text, not the request's rows
        !(editables.size > 0 && at.cellTable.closest(EDITABLE))
      )
        addField(el as HTMLElement, 'cell', at);
      if (first && afterFirst === before && slots.length - before >= 3 && !BOX_STOP.has(name)) titleBox(el, first, before);
    }
    if (control !== controlBefore && !(tag & CONTROL)) memo.lastControl.set(el, control!);
    // a hidden box of no field (a closed drop-down's rows, a closed calendar's title) heads nothing after it,
    // nor does a rich text editor's text (its toolbar's menus, the headings staff write in their notes)
    // so does a legend outside a fieldset after the box it titles (Vuetify 2's radio group draws one)
    if (
      ((hiddenBox || role === 'toolbar' || (editables.size > 0 && editables.has(el))) && slots.length === slotsBefore) ||
      (lastMet?.localName === 'legend' && lastMet.parentElement === el && !el.closest('fieldset'))
    )
      [lastMet, heading] = [met, headingBefore];
    if (name === 'label') label = wrapping;
    if (isHeading) heading = el;
    else if (lastMet !== met) heading = lastMet;
    changed = outer;
  };

  /**
   * A card titled by its first child rather than a heading (Bootstrap's `.card-header`, MUI's
   * CardHeader, `mat-card-header`): a box of three fields or more whose first child, with no
   * field in it, is a short text. Its fields not in a smaller titled box get it.
   */
  const titleBox = (box: Element, first: Element, from: number): void => {
    // a heading first is a heading (the walk has it); a label names one field
    if (first.localName === 'label' || (TAGS.get(first.localName) ?? 0) & (HEADING_TAG | CONTROL) || roles.get(first) === 'heading') return;
    const title = clean(textIn(first, memo));
    // a grid's detached column headers (ADF's af:table) head columns, not the box
    if (!title || title.length > 60 || labelsItsFields(box, first) || first.querySelector('th, [role="columnheader"]')) return;
    memo.titles.set(box, title);
    for (let i = from; i < slots.length; i++) slots[i]!.box ??= box;
  };

  /** A box whose first text is one of several labels beside its fields (a `<dl>`, a CSS grid of
   *  label and field cells), not a title: another child holds text and no control, nor a table
   *  (whose cells of text are fields: Framework7's data table card). */
  const labelsItsFields = (box: Element, first: Element): boolean => {
    for (let c = first.nextElementSibling; c; c = c.nextElementSibling) {
      if (!c.querySelector(`${CONTROL_SELECTOR}, table`) && !((TAGS.get(c.localName) ?? 0) & CONTROL) && clean(textIn(c, memo)))
        return true;
    }
    return false;
  };

  /** A radio or checkbox group, read from its first option; later options join `options`. */
  const addGroup = (first: HTMLInputElement, kind: FieldKind, at: Place): Slot => {
    const slot: Slot = { el: first, kind, options: [first], group: true, changed, at, heading, label };
    slots.push(slot);
    return slot;
  };

  /** a cell of a row of text under a grid's column headers (tableRows) */
  const isTextCell = (table: Element, row: Element): boolean => tableRows(table, memo).get(row)?.text === true;

  const addField = (el: FieldElement, kind: FieldKind, at: Place): void => {
    // a grid saying it is read-only holds no box staff answer in: its boxes filter its rows or
    // edit a cell of its own (Webix's header filters and cell editor, DHTMLX's filter row)
    if (at.head || (kind !== 'cell' && at.grid?.getAttribute('aria-readonly') === 'true')) return;
    if (kind === 'checkbox' && at.row && at.cellTable && tableRows(at.cellTable, memo).get(at.row)?.selects) return;
    const boxGroup = kind === 'checkbox' ? checkboxGroupOf(el, at.boxGroup) : null;
    if (boxGroup) {
      const box = el as HTMLInputElement;
      const existing = checkboxGroups.get(boxGroup);
      if (existing) {
        existing.options?.push(box);
        return;
      }
      checkboxGroups.set(boxGroup, addGroup(box, kind, at));
      return;
    }
    if (kind === 'radio') {
      const radio = el as HTMLInputElement;
      const owner: Node = at.form ?? at.root;
      let groups = radioGroups.get(owner);
      if (!groups) radioGroups.set(owner, (groups = new Map()));
      const box = radio.name ? null : namelessGroupOf(radio);
      const existing = radio.name ? groups.get(radio.name) : box ? namelessGroups.get(box) : undefined;
      if (existing) {
        existing.options?.push(radio);
        apartNamed.delete(existing);
        return;
      }
      // radios one after another in one fieldset or radiogroup, each named apart (Gradio numbers
      // every option's name), are one question: the widget, not the browser, keeps one checked
      const last = slots[slots.length - 1];
      if (radio.name && last && apartNamed.has(last) && at.radioGroup && last.at.radioGroup === at.radioGroup) {
        last.options?.push(radio);
        groups.set(radio.name, last);
        return;
      }
      const slot = addGroup(radio, kind, at);
      if (radio.name) {
        groups.set(radio.name, slot);
        apartNamed.add(slot);
      } else if (box) namelessGroups.set(box, slot);
      return;
    }
    slots.push({ el, kind, group: false, changed, at, heading, label });
  };

  visitRoot(root);
  dirty.clear();

  // the signals: from the cache when nothing around the field changed, else read now
  const fields = slots.map((slot): CollectedField => {
    let read = slot.changed ? undefined : cache?.get(slot.el, slot.group);
    if (!read) {
      read = readField(slot, memo);
      cache?.set(slot.el, read);
    }
    const { el: element, kind, options, parts, at } = slot;
    const { signals, rowIndex } = read;
    const scope = at.dialog ?? at.form ?? at.root;
    const field: CollectedField = options
      ? { element, kind, options, signals, rowIndex, scope }
      : parts
        ? { element, kind, parts, signals, rowIndex, scope }
        : { element, kind, signals, rowIndex, scope };
    if (at.hidden) field.hidden = true;
    return field;
  });
  const found = roots.map(panelsOf);
  const elsewhere = found.flatMap((p) => p.elsewhere);
  const panels = found.flatMap((p) => p.lookups);
  const removed = removedEntries(roots);
  const joined = joinShadowBoxes(joinSplitNames(joinSplitDates(fields, slots, memo))).filter(
    (f) => !elsewhere.some((p) => p.contains(f.element)) && !removed(f.element),
  );
  // a box named for searching or filtering (a list's "Filter" box, "Search by member ID"), or classed
  // as a filter, it or its row (a table's filter row: BootsFaces' `datatable-filter-field`, jsGrid's
  // `jsgrid-filter-row`), looks up records as a lookup panel's boxes do
  for (const f of joined) {
    const [label] = f.signals.labels;
    if (
      panels.some((p) => p.contains(f.element)) ||
      SEARCH_BOX.test(label ?? f.signals.placeholder ?? '') ||
      FILTER_CLASS.test(f.element.getAttribute('class') ?? '') ||
      (f.rowIndex !== null && FILTER_CLASS.test(f.element.closest('tr')?.getAttribute('class') ?? ''))
    )
      f.lookup = true;
    if (!f.lookup || label || f.signals.aria) continue;
    // a lookup is named by what staff see (or a portal's map): not by its name or id (Dolibarr's filter row, `search_member`);
    // one named by a search placeholder alone is a widget's (a picker's, a list's filter), and the text
    // before it (a record's values, the question the list answers) names it no more
    const search = SEARCH_BOX.test(f.signals.placeholder ?? '');
    f.signals = { ...f.signals, name: null, id: null, ...(search && { nearby: null, nearest: null }) };
  }
  return { fields: joined, roots, frames, bareHosts };
}

/**
 * Checkboxes each drawn alone in a web component's shadow root, their hosts side by side
 * (nord-checkbox, nys-checkbox, p-checkbox in their group components): one question, as boxes
 * in one fieldset are, named by the group component around them (its `label`, else the legend
 * or label in its own shadow root).
 */
function joinShadowBoxes(fields: CollectedField[]): CollectedField[] {
  const byParent = new Map<Element, CollectedField[]>();
  for (const f of fields) {
    if (f.kind !== 'checkbox' || f.options) continue;
    const host = hostOf(f.element);
    const parent = host?.parentElement;
    if (!parent || (f.element.getRootNode() as ShadowRoot).querySelectorAll('input[type="checkbox"]').length !== 1) continue;
    const boxes = byParent.get(parent);
    if (boxes) boxes.push(f);
    else byParent.set(parent, [f]);
  }
  const joined = new Map<CollectedField, CollectedField | null>();
  for (const [parent, boxes] of byParent) {
    const [first] = boxes;
    if (!first || boxes.length < 2) continue;
    const question = groupQuestion(parent);
    const signals = question ? { ...first.signals, labels: [question], aria: null, nearby: question } : first.signals;
    joined.set(first, { ...first, options: boxes.map((b) => b.element as HTMLInputElement), signals });
    for (const b of boxes.slice(1)) joined.set(b, null);
  }
  if (!joined.size) return fields;
  return fields.flatMap((f) => {
    const j = joined.get(f);
    return j === undefined ? [f] : j ? [j] : [];
  });
}

/** A group component's question, a few levels around its options: its `label`, else the legend or label its shadow root draws. */
function groupQuestion(parent: Element): string | null {
  let el: Element | null = parent;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const text = clean(el.getAttribute('label')) ?? clean(el.shadowRoot?.querySelector('legend, label')?.textContent);
    if (text) return text;
  }
  return null;
}

/** A nested form's markers that an entry is removed: Rails' `[_destroy]` (hidden, or a box), Django's formset `-DELETE` box. */
const REMOVAL = 'input[name$="[_destroy]"], input[name$="-DELETE"]';

/** a box's label or placeholder saying it searches or filters (collectFields marks it a lookup) */
const SEARCH_BOX = /^(?:search|filter)\b/i;
/** text staff write in, a rich text editor's (Quill's, Summernote's, CKEditor's `contenteditable`) */
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';
const isEditable = (el: Element): boolean => {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
};

/** a class token naming a filter (`datatable-filter-field`, `jsgrid-filter-row`) */
const FILTER_CLASS = /(?:^|[\s_-])filter(?:[\s_-]|$)/i;

/**
 * Whether a field's name is one of an entry a nested form removed (Rails' `_destroy` set to 1:
 * the row hidden and submitted for deletion; Django's `-DELETE` ticked) or of the blank entry a
 * formset keeps to clone (Django's `__prefix__` empty form): none of the request's.
 */
function removedEntries(roots: readonly (Document | ShadowRoot)[]): (field: Element) => boolean {
  const prefixes: string[] = [];
  const boxes: Element[] = [];
  for (const root of roots)
    for (const m of root.querySelectorAll<HTMLInputElement>(REMOVAL)) {
      if (m.type === 'checkbox' ? !m.checked : !/^(1|true)$/i.test(m.value)) continue;
      // `x[2][_destroy]` → `x[2][`; `form-2-DELETE` → `form-2-`
      const prefix = m.name.slice(0, m.name.endsWith('DELETE') ? -'DELETE'.length : -'_destroy]'.length);
      prefixes.push(prefix);
      // the entry's box: the largest around the marker naming no other entry's input; its boxes with
      // no name go with it (a date picker's visible box beside the named store: RailsAdmin's flatpickr)
      let box: Element | null = null;
      for (let n = m.parentElement, depth = 0; n && depth < 4; n = n.parentElement, depth++) {
        if (Array.from(n.querySelectorAll('[name]')).some((e) => !e.getAttribute('name')!.startsWith(prefix))) break;
        box = n;
      }
      if (box) boxes.push(box);
    }
  return (field) => {
    const name = field.getAttribute('name');
    return (!!name && (name.includes('__prefix__') || prefixes.some((p) => name.startsWith(p)))) || boxes.some((b) => b.contains(field));
  };
}

const PART_KINDS = new Set<FieldKind>(['text', 'number', 'select']);
/** each field's date part, by its signals (kept across scans with them) */
const partsBySignals = new WeakMap<LabelSignals, DatePart | null>();

/** Rails' date_select names its selects `dob(1i)`, `dob(2i)`, `dob(3i)`: year, month, day. */
const RAILS_PART = /[_(]([123])i\)?\]?$/;
const RAILS_PARTS: DatePart[] = ['year', 'month', 'day'];

const MAY_END_PART = /[mnohdyr][^a-z]*$/i;
/** An id's or name's last part: `root_priorTherapies_0_start_year` → `year` (long ids pass
 *  datePartOf's length limit for label texts by it). */
const lastSegment = (token: string | null): string | null =>
  // most names end in no letter a part's word ends in (datePartOf): not split
  token && MAY_END_PART.test(token)
    ? (token
        .split(/[_.:$[\]]+/)
        .filter(Boolean)
        .pop() ?? token)
    : null;

function partOf(field: CollectedField): DatePart | null {
  if (!PART_KINDS.has(field.kind)) return null;
  const s = field.signals;
  let part = partsBySignals.get(s);
  if (part === undefined) {
    const rails = RAILS_PART.exec(s.name ?? s.id ?? '');
    part = rails
      ? RAILS_PARTS[Number(rails[1]) - 1]!
      : datePartOf([...s.labels, s.aria, s.placeholder, lastSegment(s.name), lastSegment(s.id), s.testId]);
    partsBySignals.set(s, part);
  }
  return part;
}

/** The names of a run of boxes, and how long a prefix they share. */
function sharedPrefix(run: readonly CollectedField[]): [string[], number] {
  const names = run.map((f) => f.signals.name ?? f.signals.id ?? '');
  const first = names[0]!;
  let k = 0;
  while (k < first.length && names.every((n) => n[k] === first[k])) k++;
  return [names, k];
}

/** Parts named by one prefix glued to each part's word (Dolibarr's `dobday`, `dobmonth`,
 *  `dobyear`): only three boxes side by side say so together; a name ending "day" alone is none. */
function gluedParts(run: readonly CollectedField[]): DatePart[] | null {
  if (!run.every((f) => PART_KINDS.has(f.kind))) return null;
  const [names, k] = sharedPrefix(run);
  const parts = names.map((n) => partOfWord(n.slice(k)));
  return k < 2 || parts.includes(null) ? null : (parts as DatePart[]);
}

/**
 * Month, day and year boxes side by side (in any order) become one field of kind
 * `date-parts`, named by what names the group: its fieldset's legend or group's label, the
 * text before it, or the boxes' own label without the part's word ("DOB month" → "DOB").
 */
function joinSplitDates(fields: CollectedField[], slots: readonly Slot[], memo: ScanMemo): CollectedField[] {
  const out: CollectedField[] = [];
  for (let i = 0; i < fields.length; i++) {
    const run = fields.slice(i, i + 3);
    const parts = run.length < 3 ? null : partOf(fields[i]!) === null ? gluedParts(run) : run.map(partOf);
    if (!parts) {
      out.push(fields[i]!);
      continue;
    }
    const valid = run.length === 3 && new Set(parts).size === 3 && !parts.includes(null);
    const time = valid ? timeParts(run, fields, i + 3) : 0;
    const box = valid ? commonBox([...run, ...fields.slice(i + 3, i + 3 + time)], fields[i - 1], fields[i + 3 + time]) : null;
    if (!box) {
      out.push(fields[i]!);
      continue;
    }
    const [first] = run as [CollectedField];
    const slot = slots.find((x) => x.el === first.element);
    out.push({
      element: first.element,
      kind: 'date-parts',
      parts: run.map((f, k) => ({ el: f.element, part: parts[k]! })),
      signals: splitDateSignals(run, box, slot, memo),
      rowIndex: first.rowIndex,
      scope: first.scope,
    });
    i += 2 + time;
  }
  return out;
}

const TIME_PART = /^(?:hours?|hh|minutes?|min|mi|seconds?|sec|ss|ampm|meridian)$/i;
/** How many boxes after a split date's three are its time of day, named by the same prefix
 *  (Grails' g:datePicker `at_hour`, `at_minute`): read with the date, they are no fields. */
function timeParts(run: readonly CollectedField[], fields: readonly CollectedField[], from: number): number {
  const [names, k] = sharedPrefix(run);
  let n = 0;
  for (const f of k > 1 ? fields.slice(from, from + 3) : []) {
    const name = f.signals.name ?? '';
    if (!PART_KINDS.has(f.kind) || !name.startsWith(names[0]!.slice(0, k)) || !TIME_PART.test(name.slice(k))) break;
    n++;
  }
  return n;
}

/** The smallest element holding the three boxes and no other field. */
function commonBox(run: readonly CollectedField[], before: CollectedField | undefined, after: CollectedField | undefined): Element | null {
  const last = run[run.length - 1]!.element;
  let box: Element | null = run[0]!.element.parentElement;
  for (let depth = 0; box && depth < 5 && !box.contains(last); depth++) box = box.parentElement;
  if (!box || !box.contains(last)) return null;
  const others = [before, after].some((f) => f && box.contains(f.element));
  return others ? null : box;
}

function splitDateSignals(run: readonly CollectedField[], box: Element, slot: Slot | undefined, memo: ScanMemo): LabelSignals {
  const s = run[0]!.signals;
  const group = slot?.at.fieldset ?? slot?.at.region;
  const controls = group
    ? Array.from(group.querySelectorAll(CONTROL_SELECTOR)).filter((c) => c.localName !== 'button' && !isMirrorInput(c))
    : [];
  const own = group && group.contains(box) && controls.length === 3 ? group : null;
  const labels: string[] = [];
  const add = (t: string | null): void => {
    const c = clean(t);
    if (c && /[a-z]/i.test(c) && !labels.includes(c)) labels.push(c);
  };
  if (own?.localName === 'fieldset') add(legendOf(own, memo));
  const aria = own ? ariaText(own, slot!.at.root, memo) : null;
  // the text before the group ("Date of Birth:" in the cell or row before it)
  add(nearbyText(box, memo));
  // a label naming any part (Wufoo's names the year box), else the box's first label if it names
  // no element (WPForms' names the field's number)
  for (const f of run) for (const l of f.signals.labels) add(withoutPartWord(l));
  const label = labels.length ? null : box.querySelector('label');
  if (label && !byId(box.getRootNode() as Document | ShadowRoot, label.getAttribute('for') ?? '')) add(textIn(label, memo));
  const bare = (t: string | null): string | null => withoutPartWord(splitIdentifier(t));
  // the date's own fieldset names it; its section is the one around the fieldset (USWDS's and
  // GOV.UK's memorable dates, Ontario's date input, in a prior therapy)
  const outer =
    own?.localName === 'fieldset' && slot ? { ...slot.at, fieldset: own.parentElement?.closest('fieldset'), section: undefined } : null;
  return {
    ...s,
    section: outer ? sectionText({ ...slot!, at: outer, heading: headingBefore(own!, outer.root, memo) }, memo) : s.section,
    labels,
    aria,
    placeholder: null,
    nearby: labels[0] ?? null,
    name: bare(s.name),
    id: bare(s.id),
    testId: testIdOf(box, memo) ?? (own && testIdOf(own, memo)),
  };
}
