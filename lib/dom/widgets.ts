import { ACCESSIBLE_ONLY, clean, hiddenByMarkup, isHint, isIconFont, isInline, isOwnElement, isSelfHidden, textOf } from './text';

/**
 * The widgets component libraries build fields from, recognised by their ARIA roles and
 * structure (Angular Material, MUI, PrimeNG and the like render these the same way):
 * - a **custom select**: a `role="combobox"` element that is not a native control, whose value
 *   is its text (its options live in an overlay only while it is open);
 * - a **chip list**: removable tokens (grid rows, listbox options, list items or buttons with a
 *   remove control) before the text input that adds them; its value is every chip's text;
 * - a **select-like widget's input** (react-select, antd, ng-select, PrimeNG, Kendo): a
 *   combobox input that holds only a search, while the widget shows the chosen value or chips
 *   in elements beside it; its value is what the widget shows;
 * - a **split date**: month, day and year boxes side by side, read and written as one date.
 */

/** Never part of a widget's value: controls, icons, hidden parts, a validation message, a
 *  label that names a field (one linked by `for`; PrimeFaces shows a choice in a label of its own). */
const NOT_VALUE = 'button, svg, [aria-hidden="true"], [role="alert"], input, select, textarea, label[for], style, script, template';

/** Roles and classes of the chips and tokens that show one value each, even as inline tags. */
const ITEM_ROLES = new Set(['option', 'listitem', 'row', 'button']);
/** a tag, not tags: `el-tag`, BEM's `multiselect__tag` (vue-multiselect), not `multiselect__tags` around them */
const ITEM_CLASS = /chip|token|(?<![a-z])tag(?![a-z])|match-item|pill|badge|__selected(?![\w-])/i;

/** A leaf that marks rather than shows: a remove cross ("×"), a count of chips not shown ("+2",
 *  antd's "+ 1 ...", vue-multiselect's "and 1 more"), or an arrow drawn as a character (Downshift's
 *  examples: "↓"). */
const MARKER = /^(?:[×✕✖xX]|\+\s?\d+(?:\s*(?:\.{3}|…))?|(?:and\s+)?\+?\d+\s+more|[↓↑▼▲▾▴▿▵⌄⌃⏷⏶])$/i;
const isMarker = (el: Element): boolean => !el.firstElementChild && MARKER.test((el.textContent ?? '').trim());
/** A tag counting the chosen items, with a control clearing them all (Carbon's multiselect: "2";
 *  DHTMLX's Combo: "2 selected items"). */
const isCountTag = (el: Element): boolean =>
  ITEM_CLASS.test(el.getAttribute('class') ?? '') &&
  /^\d+(\s|$)/.test((el.textContent ?? '').trim()) &&
  /\ball\b/i.test(accessibleName(removeControl(el)));
const accessibleName = (el: Element | null): string => `${el?.getAttribute('aria-label') ?? ''} ${el?.getAttribute('title') ?? ''}`;

/** Libraries mark the element showing a placeholder in its class (`mat-mdc-select-placeholder`,
 *  `p-placeholder`, `ng-placeholder`, a CSS module's hashed `awsui_placeholder_dwuol_1wn5w_157`
 *  as Cloudscape ships it), or the widget while it is empty (`mat-mdc-select-empty`,
 *  PrimeNG's `p-dropdown-label-empty`, which shows the word "empty"). A class saying a
 *  placeholder is hidden or merely configured (`mat-form-field-hide-placeholder`), or that the
 *  widget is not empty (`ng-not-empty`), marks none. */
const PLACEHOLDER_CLASS = /(^|[-_])(placeholder([-_]?text)?|empty)($|_{1,2}[a-z\d]{4,})/i;
const NOT_PLACEHOLDER_CLASS = /(hide|hidden|has|no|show|not)-?(placeholder|empty)$/i;
/** Element Plus shows the chosen value in its placeholder element, classed as a selected item,
 *  and dims it (`is-transparent`) while it shows the placeholder. */
const SHOWS_CHOICE = /(^|[-_])selected-item$/i;
const DIMMED = /(^|[-_])transparent$/i;
function isPlaceholder(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls || !/placeholder|empty/i.test(cls)) return false;
  const tokens = cls.split(/\s+/);
  if (tokens.some((c) => SHOWS_CHOICE.test(c)) && !tokens.some((c) => DIMMED.test(c))) return false;
  return tokens.some((c) => PLACEHOLDER_CLASS.test(c) && !NOT_PLACEHOLDER_CLASS.test(c)) && !beforeClearControl(el);
}

/** Whether a control clearing the choice follows the element in its widget: it shows a choice
 *  then (Mendix's combo box shows its captions in its "placeholder-text" element, and its
 *  "Clear selection" button only while something is chosen). */
function beforeClearControl(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement)
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling)
      if (
        s.matches('button, [role="button"]') &&
        /clear/i.test(`${s.getAttribute('aria-label') ?? ''} ${s.getAttribute('title') ?? ''} ${s.getAttribute('class') ?? ''}`)
      )
        return true;
  return false;
}

/** A list of chips (Kendo's taglist, a horizontal listbox) rather than a popup of options. */
const holdsChips = (list: Element): boolean =>
  list.getAttribute('aria-orientation') === 'horizontal' ||
  (list.firstElementChild !== null && removeControl(list.firstElementChild) !== null);

/** A popup inside a widget: a list or menu of options that are not its chips, an option not chosen. */
function isPopup(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'listbox' || role === 'menu') return !holdsChips(el);
  // an option not chosen, unless it is a chip's content in a list of chips (AngularJS Material's md-chip)
  if (role !== 'option' || el.getAttribute('aria-selected') !== 'false') return false;
  const list = el.parentElement?.closest('[role="listbox"]');
  return !list || !holdsChips(list);
}

/** A text a widget keeps for assistive technology, by its id (Pega Cosmos' visually hidden
 *  "Arrow down to open…" as `<id>-inputDescription`, hashed classes only). */
const DESCRIPTION_ID = /[-_]?(?:description|instructions)$/i;
/** A web component drawing a button (Porsche's p-button-pure "Reset selection", an icon button). */
const BUTTON_COMPONENT = /-button(?:-[a-z]+)?$/;
/**
 * Whether a part of a widget shows no value: a control, icon, popup, placeholder, marker, help
 * or error text, or our own element. `aside`: the ids an input names as its popup or
 * description (aria-controls, aria-owns, aria-describedby), read only when they hold chips
 * (Kendo's multiselect describes its input by its taglist).
 */
const showsNoValue = (el: Element, aside: readonly string[]): boolean =>
  // a chip may be a button of its own (Fluent's TagPicker tags: `<button role="option">`)
  (el.matches(NOT_VALUE) && !(el.localName === 'button' && isChip(el))) ||
  (el.localName === 'label' && el.querySelector(CONTROL) !== null) ||
  isOwnElement(el) ||
  // an icon's ligature ("close" in Materialize's chips)
  isIconFont(el) ||
  // vue-select's "Loading..." spinner, `display: none` until it loads
  hiddenByMarkup(el) ||
  isPlaceholder(el) ||
  isPopup(el) ||
  (el.id !== '' && ((aside.includes(el.id) && !holdsChips(el)) || DESCRIPTION_ID.test(el.id))) ||
  ((el.getAttribute('role') === 'button' || BUTTON_COMPONENT.test(el.localName)) && !isChip(el)) ||
  ACCESSIBLE_ONLY.test(el.getAttribute('class') ?? '') ||
  isHint(el) ||
  isMarker(el) ||
  isCountTag(el) ||
  // a badge counting the chosen values beside them (React Suite's CheckPicker `rs-picker-value-count`)
  (/count/i.test(el.getAttribute('class') ?? '') && /^\+?\d+$/.test((el.textContent ?? '').trim()));

/** Whether an element's text is an item of its own (a block, a chip) rather than part of the text around it. */
const isItem = (el: Element): boolean =>
  !isInline(el.localName) ||
  ITEM_ROLES.has(el.getAttribute('role') ?? '') ||
  ITEM_CLASS.test(el.getAttribute('class') ?? '') ||
  // an inline token ending in its own remove cross or button is a chip (Downshift's multiple
  // selection, vue-select's `span.vs__selected` ending in its "Deselect M04.1" button)
  (el.lastElementChild !== null && (isMarker(el.lastElementChild) || isRemoveButton(el.lastElementChild)));
const isRemoveButton = (el: Element): boolean =>
  el.localName === 'button' && REMOVE.test(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);

/**
 * The values an element shows, one per chip or block (MUI's chips in a Select's renderValue,
 * react-select's values), each without icons, remove buttons, popups and placeholders; text
 * inside one element stays one value ("Every <b>4</b> weeks"). `aside`: see showsNoValue.
 */
function shownItems(el: Element, aside: readonly string[] = []): string[] {
  const items: string[] = [];
  let text = '';
  const endItem = (): void => {
    // an item drawn with its separator ("M04.1, ": Vuetify 2's comma selections) ends before it
    const t = clean(text.replace(/,\s*$/, ''));
    // MUI shows a zero-width space in an empty select to keep its height; an object a script
    // wrote out as text is no value (LHC-Forms' watched value of a coded answer)
    if (t && t !== '\u200b' && t !== '[object Object]') items.push(t);
    text = '';
  };
  const walk = (n: Node): void => {
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    if (n.nodeType !== 1) return;
    const child = n as Element;
    if (child !== el && showsNoValue(child, aside)) return;
    const own = child !== el && isItem(child);
    if (own) endItem();
    for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
    // an item whose text is hidden from assistive technology, named for its removal (Pega's pills)
    if (own && !clean(text)) text = removedBy(child);
    if (own) endItem();
  };
  walk(el);
  endItem();
  return items;
}

/** A prompt a select shows while nothing is chosen, matched whole: "Select…", "-- Select --",
 *  "Please select", "Choose...", "Select a frequency", "Select frequency...", "Select diagnosis
 *  codes", "Nothing selected", "(No selection)", Bootstrap's "Open this select menu", Dynamics'
 *  "---". A capitalised word counts only after an article or before dots: "Select Health" may be a value. */
const PROMPT =
  /^[-–—\s]*(?:please\s+)?(?:select|choose|pick)(?:\s+(?:a|an|one|the|your)\b[^.…]{0,40}?|\s+[^.…]{1,40}?(?=\s*(?:\.{2,}|…)))?\s*(?:\.{2,}|…)?[-–—\s]*$|^(?:nothing|none) selected$|^[-–—]+(?:\s*none\s*[-–—]+)?$|^\((?:none|no selection|nothing selected|not selected)\)$|^open this select menu$/i;
/** a prompt worded as a sentence, its words in lower case ("Select codes", "Select diagnosis
 *  codes"); a name after the verb is capitalised ("Choose Home Infusion") */
const PROMPT_SENTENCE = /^(?:[Pp]lease\s+)?(?:[Ss]elect|[Cc]hoose)(?:\s+[a-z][a-z0-9-]*){1,4}\s*(?:\.{2,}|…)?$/;
const DATE_WORD = String.raw`(?:mm?|dd?|yy|yyyy|month|day|year)`;
/** The format mask an empty date box holds as its value (Kendo's "month/day/year", "mm/dd/yyyy", "dd.mm.yyyy"). */
const DATE_MASK = new RegExp(String.raw`^${DATE_WORD}(?:(?:\s*[-/.]\s*|\s+)${DATE_WORD}){1,2}$`, 'i');

/** Text a widget shows in place of a value: a select's prompt or a date box's format mask. */
export const isPlaceholderText = (text: string): boolean => {
  const t = text.trim();
  return t !== '' && (PROMPT.test(t) || PROMPT_SENTENCE.test(t) || DATE_MASK.test(t) || MASK_ONLY.test(t));
};
/** An input mask's empty slots and separators alone ("__/__/____", "(___) ___-____": Inputmask) */
const MASK_ONLY = /^[\s\-/.():]*[_#][_#\s\-/.():]*$/;

/**
 * What an element shows as its value: its text without icons, remove buttons, popups and
 * hidden parts, separate chips or blocks joined with ", ", and nothing for a placeholder
 * (marked in the class of the element showing it, or of the widget itself) or a prompt.
 */
export function shownText(el: Element): string {
  // Radix marks its select trigger `data-placeholder` while it shows the placeholder, Ark UI
  // (Chakra 3, Park UI) `data-placeholder-shown`
  if (isPlaceholder(el) || el.hasAttribute('data-placeholder') || el.hasAttribute('data-placeholder-shown')) return '';
  const dropdown = dropdownValues(el);
  if (dropdown) return dropdown.join(', ');
  // a custom select's popup of options inside it (Virtual Select's dropbox) shows no value, nor
  // its own name inside it (HeroUI's label in the trigger, React Suite's toggle label, Semi's inset label)
  const aside = [...(el.getAttribute('role') === 'combobox' ? popupsOf(el).map((p) => p.id) : []), ...namesInside(el)];
  // a value shown twice is one (Google Forms' open dropdown copies the chosen option into its popup)
  const text = withoutCount([...new Set(shownItems(el, aside))].join(', '));
  // a combobox that is only the box around a button showing the choice (Blueprint's Select)
  const only = el.childElementCount === 1 ? el.firstElementChild : null;
  if (!text && only?.localName === 'button') return shownText(only);
  // or a button showing the choice in a read-only box inside it (Grommet's Select)
  if (!text && el.localName === 'button') {
    const boxes = el.querySelectorAll('input');
    const box = boxes.length === 1 ? (boxes[0] as HTMLInputElement) : null;
    if (box?.readOnly) return isPlaceholderText(box.value) ? '' : box.value.trim();
  }
  return isPlaceholderText(text) ? '' : text;
}

/** The count a multiple select shows before its choices ("(2) M04.1, M06.1": Budibase's
 *  Picker), when it counts them, is no choice. */
function withoutCount(text: string): string {
  const m = /^\((\d+)\)\s+(.+)$/.exec(text);
  return m && Number(m[1]) === m[2]!.split(', ').length ? m[2]! : text;
}

/** The ids of the labels inside a widget that its `aria-labelledby` names it by: a `<label>`, or
 *  an element classed as one, beside more text (a widget naming itself by the one element
 *  showing its value, React Spectrum's `spectrum-Dropdown-label`, names itself by its value). */
export function namesInside(el: Element): string[] {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return [];
  return ids.split(/\s+/).filter((id) => {
    const named = id ? el.querySelector(`[id="${CSS.escape(id)}"]`) : null;
    return (
      named !== null &&
      (named.localName === 'label' || /[\s_-]label(?:$|\s)/i.test(named.getAttribute('class') ?? '')) &&
      (el.textContent ?? '').trim().length > (named.textContent ?? '').trim().length
    );
  });
}

/**
 * Fomantic / Semantic UI's dropdown: `div.ui.dropdown` with no ARIA roles, holding the submitted
 * hidden input (or select), `div.text` showing the choice (`div.default.text` the placeholder),
 * `a.ui.label` per value of a multiple one, and its `div.menu` of every option. Matched by class
 * since Semantic is the only library drawing a dropdown this way and no role marks it.
 */
export const isSemanticDropdown = (el: Element | null): boolean => {
  const cls = el?.getAttribute('class');
  return !!cls && / dropdown( |$)/.test(` ${cls}`) && /(^| )ui( |$)/.test(cls);
};

/** What a Semantic dropdown shows as chosen (its labels, else its text unless the placeholder); null for any other element. */
function dropdownValues(el: Element): string[] | null {
  if (!isSemanticDropdown(el)) return null;
  const labels = Array.from(el.children).filter((c) => /(^| )label( |$)/.test(c.getAttribute('class') ?? ''));
  if (labels.length) return labels.map((l) => shownText(l)).filter(Boolean);
  const text = Array.from(el.children).find((c) => /(^| )text( |$)/.test(c.getAttribute('class') ?? ''));
  if (!text || /(^| )default( |$)/.test(text.getAttribute('class') ?? '')) return [];
  const t = shownText(text);
  return t ? [t] : [];
}

/** The control a widget drawn before it stands for (Select2 3.x, as ServiceNow ships it,
 *  inserts its container before the original select or hidden input): the element after the
 *  widget's box, at most three levels above `el` (its search input sits in the drop inside). */
export function originalAfter(el: Element): { box: Element; original: Element } | null {
  let box: Element | null = el.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    const next = box.nextElementSibling;
    if (next?.localName === 'select' || (next?.localName === 'input' && next.getAttribute('type') === 'hidden'))
      return { box, original: next };
  }
  return null;
}

/** A button showing a date it opens a calendar dialog for (Mantine's DatePickerInput, shadcn's
 *  Popover date picker): `aria-haspopup="dialog"`, showing a date, or a placeholder about a date
 *  while empty. Cheap for other buttons: one attribute read. */
export function isDateButton(el: Element): boolean {
  // a button showing a date that opens its picker in place (Ionic's ion-datetime-button)
  if (el.getAttribute('aria-haspopup') !== 'dialog') return el.hasAttribute('aria-expanded') && DATE_TEXT.test(clean(el.textContent) ?? '');
  const raw = clean(el.textContent) ?? '';
  if (DATE_TEXT.test(raw)) return true;
  if (raw === '' && dateValueLabel(el)) return true;
  // empty: a placeholder that speaks of a date ("Pick a date", "mm/dd/yyyy"), not an icon-only button
  return raw !== '' && (/\bdates?\b|\bday\b/i.test(raw) || DATE_MASK.test(raw)) && shownText(el) === '';
}
/**
 * The label after an icon-only date button that shows its date (BootstrapVue's b-form-datepicker:
 * the button, then `label.form-control[for=button]` showing "03/14/1988", or "No date selected"
 * while empty): the widget's value, not a name.
 */
export function dateValueLabel(button: Element): Element | null {
  const id = button.getAttribute('id');
  if (!id || button.getAttribute('aria-haspopup') !== 'dialog' || (button.textContent ?? '').trim()) return null;
  for (let s = button.nextElementSibling; s; s = s.nextElementSibling)
    if (s.localName === 'label' && s.getAttribute('for') === id) return s;
  return null;
}

/**
 * The element showing the choice of a select drawn as an empty button that opens its options,
 * hidden from assistive technology right before the button (Ionic's ion-select: `div.select-text`,
 * its button named "<label>, <choice>"); null for any other button.
 */
export function choiceShownBefore(button: Element): Element | null {
  if (button.localName !== 'button' || !button.hasAttribute('aria-haspopup') || (button.textContent ?? '').trim()) return null;
  const shown = button.previousElementSibling;
  return shown?.getAttribute('aria-hidden') === 'true' && /\w/.test(shown.textContent ?? '') && !shown.querySelector(CONTROL)
    ? shown
    : null;
}

/** What such a select shows as chosen: nothing while it shows its placeholder. */
export const shownChoice = (shown: Element): string => (isPlaceholder(shown) ? '' : (clean(shown.textContent) ?? ''));

/** What a date button's value label shows: its date, or nothing while it shows a prompt. */
export const dateLabelValue = (label: Element): string => {
  const text = clean(label.textContent) ?? '';
  return DATE_TEXT.test(text) ? text : '';
};

const DATE_TEXT =
  /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/i;

/** The elements a combobox names as its popup (`aria-controls`, `aria-owns`). */
export function popupsOf(combobox: Element): Element[] {
  return controlled(combobox).filter((p) => combobox.contains(p));
}

/** The elements a widget names as its popup (`aria-controls`, `aria-owns`), wherever they are in its root. */
function controlled(widget: Element): Element[] {
  const ids = `${widget.getAttribute('aria-controls') ?? ''} ${widget.getAttribute('aria-owns') ?? ''}`.trim();
  const root = widget.getRootNode() as Document | ShadowRoot;
  if (!ids || typeof root.getElementById !== 'function') return [];
  return ids
    .split(/\s+/)
    .map((id) => root.getElementById(id))
    .filter((p): p is HTMLElement => p !== null);
}

/** What a multiple select shows in place of its choices once there are several: "2 options selected". */
const COUNT_SHOWN = /^(\d+)\s+(?:(?:options?|items?|values?|codes?)\s+)?(?:selected|chosen)$/i;
/** A count a multiple select shows in place of its choices ("2 selected"): no choice itself. */
export const isCountShown = (text: string): boolean => COUNT_SHOWN.test(text.trim());

/**
 * The choices behind a count a select shows (@vueform/multiselect's "2 options selected"): the
 * options its popup marks chosen, wherever the popup is, when they are as many as it counts.
 */
export function chosenBehindCount(combobox: Element, text: string): string[] | null {
  const count = Number(COUNT_SHOWN.exec(text)?.[1] ?? 0);
  if (!count) return null;
  const chosen = controlled(combobox)
    .flatMap((p) => Array.from(p.querySelectorAll('[role="option"][aria-selected="true"]')))
    .map(shownText)
    .filter(Boolean);
  return chosen.length === count ? chosen : null;
}

/** A native control a library draws over (Choices.js inside its combobox, Select2 right
 *  before its container, an input inside an ARIA 1.1 combobox wrapper): the control holds the
 *  value, the drawing repeats it. */
function drawsOverControl(el: Element): boolean {
  // a wrapper around a native select or a visible input (ARIA 1.1 comboboxes: Choices.js, SLDS,
  // Vuetify) leaves the field to the control inside
  // (a search box in its own popup, Virtual Select's, is not such an input)
  const popups = popupsOf(el);
  // (a read-only input with the presentation role is drawn too: dijit's icons; a select hidden from
  // assistive technology is the widget's own store: Kendo React's validation select)
  for (const c of el.querySelectorAll(
    'select:not([aria-hidden="true"]), input:not([type="hidden"]):not([aria-hidden="true"]):not([role="presentation"])',
  ))
    if (!popups.some((p) => p.contains(c))) return true;
  let box: Element | null = el;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (box.previousElementSibling?.localName === 'select') return true;
  }
  return false;
}

/** The options of a group of toggle buttons (MUI's ToggleButtonGroup, mat-button-toggle-group):
 *  two or more buttons that say whether they are pressed or checked. Empty for anything else. */
export function toggleOptions(group: Element): Element[] {
  let options = Array.from(group.querySelectorAll(TOGGLE));
  // a web component's group in its shadow root shows the host's options through a slot (Shoelace's sl-radio-group)
  if (!options.length) options = Array.from(group.querySelectorAll('slot')).flatMap(slotted);
  options = options.filter((b) => b.localName !== 'input');
  return options.length >= 2 ? options : [];
}

const TOGGLE = 'button[aria-pressed], [role="radio"][aria-checked]';
const slotted = (slot: Element): Element[] =>
  ((slot as HTMLSlotElement).assignedElements?.({ flatten: true }) ?? []).flatMap((e) => [
    ...(e.matches(TOGGLE) ? [e] : []),
    ...Array.from(e.querySelectorAll(TOGGLE)),
  ]);

const SELECT_BOX_CLASS = /^(?:(?:[\w]+-)*select(?:(?:ion)?-(?:label|tags|trigger|value|control|toggle)|-selection)|select-button)$/;
/** A select drawn as a focusable box showing its choice (or its tags), with no input but its
 *  public value's hidden one, no role and no control but its tags' close buttons (Naive UI's
 *  n-select: `div.n-base-selection-label`; View UI's i-select: `div.ivu-select-selection`; a
 *  `button.select-button`: Nebular's nb-select, Blueprint's Select in Appsmith). */
export const isClassedSelect = (el: Element): boolean =>
  (el.getAttribute('class') ?? '').split(/\s+/).some((c) => SELECT_BOX_CLASS.test(c)) &&
  !el.querySelector('input:not([type="hidden"]), select, textarea');

/** Where boxes drawn with the checkbox role answer one question together */
export const BOX_LIST = '[role="list"], [role="group"], fieldset, ul, ol';

/** A box drawn with the checkbox role, not over a native one (SMART Forms' MUI checkbox roots leave
 *  the field to the native box). */
const isRoleBox = (b: Element): boolean =>
  b.getAttribute('role') === 'checkbox' && b.hasAttribute('aria-checked') && b.localName !== 'input' && !b.querySelector('input');

/** The boxes drawn with the checkbox role whose nearest list is `list`; or, in no list, the boxes
 *  side by side in `list` (Vant's van-checkbox-group, Flutter's semantics container). */
const roleBoxesOf = (list: Element): Element[] => {
  if (list.matches(BOX_LIST))
    return Array.from(list.querySelectorAll('[role="checkbox"]')).filter(
      (b) => isRoleBox(b) && b.parentElement?.closest(BOX_LIST) === list,
    );
  const boxes = Array.from(list.children).filter(isRoleBox);
  return boxes.length > 1 && !list.closest(BOX_LIST) ? boxes : [];
};

/** A list of two or more boxes drawn with the checkbox role (Google Forms' checkboxes question). */
export const isBoxList = (el: Element): boolean => roleBoxesOf(el).length > 1;

/** The ticked choices of such a list, by their text or aria-label; null for any other element. */
export function tickedText(list: Element): string | null {
  const boxes = roleBoxesOf(list);
  if (boxes.length < 2) return null;
  return boxes
    .filter((b) => b.getAttribute('aria-checked') === 'true')
    .map(toggleText)
    .filter(Boolean)
    .join(', ');
}

/** The text of a toggle group's pressed option ("" when none is); null for anything else. */
export function pressedText(group: Element): string | null {
  const options = toggleOptions(group);
  if (!options.length) return null;
  const on = options.find((b) => b.getAttribute('aria-pressed') === 'true' || b.getAttribute('aria-checked') === 'true');
  return on ? toggleText(on) : '';
}

/** What a toggle option says: its text, else its aria-label, else the elements its
 *  aria-labelledby names (Flux's ui-checkbox), else the label wrapping it, else the `<label for>` naming it (Radix's radio
 *  buttons hold only their indicator; the label sits beside them). */
export function toggleText(option: Element): string {
  const root = option.getRootNode() as Document | ShadowRoot;
  const byIds = (option.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((i) => (i ? root.getElementById?.(i) : null));
  // without a copy hidden from assistive technology (Radix Themes' SegmentedControl draws each label twice)
  const text =
    clean(Array.from(option.childNodes, textOf).join('')) ??
    ownLabel(option) ??
    clean(option.getAttribute('aria-label')) ??
    clean(byIds.map((e) => e?.textContent ?? '').join(' ')) ??
    // the label wrapping it with its text (Radix Themes' CheckboxGroup item)
    clean(textOf(option.parentElement?.closest('label') ?? option));
  if (text) return text;
  const id = option.id;
  const label = id ? Array.from(root.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id) : undefined;
  return clean(label?.textContent) ?? '';
}

/** The one label shown beside an option with no text, in the box holding it and no other option
 *  (Webix's radio: its first option's aria-label starts with the group's label). */
function ownLabel(option: Element): string | null {
  let box = option.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (box.querySelectorAll(TOGGLE).length > 1) return null;
    const labels = box.querySelectorAll('label');
    if (labels.length) return labels.length === 1 ? clean(labels[0]!.textContent) : null;
  }
  return null;
}

/** A button that opens a list of options and shows the chosen one (Headless UI's Listbox;
 *  a select trigger with the combobox role: Fluent's Dropdown, Radix's Select, shadcn's combobox). */
export const isListboxButton = (el: Element): boolean =>
  el.localName === 'button' &&
  (el.getAttribute('aria-haspopup') === 'listbox' || el.getAttribute('role') === 'combobox') &&
  !isComboboxToggle(el);

/** The button that opens a combobox input's list (React Aria's, Chakra's "Show suggestions"):
 *  out of the tab order, beside the input, which is the field. */
const isComboboxToggle = (button: Element): boolean =>
  button.getAttribute('tabindex') === '-1' &&
  button.getAttribute('role') !== 'combobox' &&
  !!button.parentElement?.querySelector('input[role="combobox"]');

/** A `role="combobox"` element that is not itself an input or select, an element with the
 *  button role opening a listbox (Appian's dropdown) or a listbox that opens: a custom select. */
export const isCustomSelect = (el: Element, role: string | undefined): boolean =>
  // its options' own tick boxes are the options' (isOptionTick), not controls it is drawn over
  isOpenListbox(el, role) ||
  // a combobox holding a button of its own that shows and opens its choice (SMUI's anchor around
  // MDC's selected text) is that button's box: the button is the field
  ((role === 'combobox'
    ? !el.querySelector('[role="button"][aria-haspopup="listbox"]:not(button)')
    : (role === 'button' && el.getAttribute('aria-haspopup') === 'listbox') ||
      // a listbox showing only its chosen option, opening the others (dijit's Select), or saying it
      // opens and closes from the tab order (Semantic UI React's selection dropdown:
      // `div[role=listbox][aria-expanded][tabindex=0]`; a popup listbox, such as Shoelace's, is out of it)
      (role === 'listbox' &&
        ((el.getAttribute('aria-haspopup') ?? 'false') !== 'false' ||
          (el.hasAttribute('aria-expanded') && el.getAttribute('tabindex') === '0')))) &&
    !/^(input|select|textarea|button)$/.test(el.localName) &&
    !drawsOverControl(el));

/** A list of choices always shown, several chosen (PrimeNG's p-listbox): a listbox allowing many
 *  that no control names as its popup, in no box drawn over the page (a popup, popover, overlay
 *  or dropdown, or one placed by its style: React Suite's and HeroUI's open menus). */
const isOpenListbox = (el: Element, role: string | undefined): boolean => {
  if (role !== 'listbox' || el.getAttribute('aria-multiselectable') !== 'true' || el.hasAttribute('aria-expanded')) return false;
  if (el.closest(DRAWN_OVER)) return false;
  const id = el.id;
  return (
    !id ||
    !(el.getRootNode() as Document | ShadowRoot).querySelector(`[aria-controls~="${CSS.escape(id)}"], [aria-owns~="${CSS.escape(id)}"]`)
  );
};

const DRAWN_OVER =
  '[class*="popup" i], [class*="popover" i], [class*="overlay" i], [class*="dropdown" i], [class*="menu" i], [data-overlay-container], [role="dialog"], [role="menu"], [style*="position: absolute"], [style*="position:absolute"], [style*="position: fixed"], [style*="position:fixed"]';

/** The options a listbox shows chosen (`aria-selected`), by their text; null for any other element. */
export function chosenInListbox(el: Element): string[] | null {
  if (el.getAttribute('role') !== 'listbox' || el.getAttribute('aria-multiselectable') !== 'true') return null;
  return Array.from(el.querySelectorAll('[role="option"][aria-selected="true"]'), (o) => shownText(o)).filter(Boolean);
}

/**
 * The option an open combobox's list still marks chosen while staff type a search over it
 * (Instructure UI's editable Select keeps `aria-selected` on it): the value, not the search. One
 * that is also the active descendant is only the option the arrow keys are on (the APG pattern).
 */
export function chosenBehindSearch(input: HTMLInputElement): string | null {
  if (input.getAttribute('role') !== 'combobox' || input.getAttribute('aria-expanded') !== 'true') return null;
  const root = input.getRootNode() as Document | ShadowRoot;
  const active = input.getAttribute('aria-activedescendant');
  for (const id of `${input.getAttribute('aria-controls') ?? ''} ${input.getAttribute('aria-owns') ?? ''}`.split(/\s+/)) {
    const list = id ? root.getElementById(id) : null;
    if (!list || list.getAttribute('aria-multiselectable') === 'true') continue;
    const chosen = list.querySelectorAll('[role="option"][aria-selected="true"]');
    if (chosen.length !== 1 || (active && chosen[0]!.id === active)) continue;
    // (by its name, else its text without a tick drawn before it: Gradio's ✓)
    const text = clean(chosen[0]!.getAttribute('aria-label')) ?? shownText(chosen[0]!).replace(/^[^\p{L}\p{N}]+/u, '');
    return text && text.toLowerCase() !== input.value.trim().toLowerCase() ? text : null;
  }
  return null;
}

/** The chosen lists of the dual lists the scans found (collect.ts), read on every frame without
 *  walking up the page again. */
export const chosenLists = new WeakSet<Element>();

/** A dual list's name or id without the ending telling its two lists apart. */
const stem = (list: Element, attr: string): string =>
  (list.getAttribute(attr) ?? '').replace(/[_-]?(?:from|to|old|helper\d|available|selected|chosen)$/i, '');

/**
 * The dual list a multiple select is part of (Django admin's filter_horizontal, bootstrap-duallistbox,
 * multiselect.js): a multiple select of the choices left, move buttons, then one of those chosen, in
 * one box a few levels up. The chosen list's options are its value, selected or not (Django selects
 * them only on submit); the list left and the boxes filtering the lists are no fields.
 */
export function dualList(select: Element): { box: Element; chosen: Element } | null {
  let box = select.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    const lists = box.querySelectorAll('select[multiple]');
    if (lists.length < 2) continue;
    // two lists named alike (`codes_old` and `codes`, `dx` and `dx_to`), a button between them,
    // and at most their filter boxes besides: two multiple selects of a form's are two fields
    const [left, chosen] = [lists[0]!, lists[1]!];
    const order = Array.from(box.querySelectorAll('select[multiple], button'), (e) => e.localName[0]).join('');
    const controls = box.querySelectorAll('select, textarea, input:not([type="hidden"])').length;
    const alike = ['id', 'name'].some((a) => !!stem(left, a) && stem(left, a) === stem(chosen, a));
    return alike && /^b*sb+sb*$/.test(order) && controls <= 4 ? { box, chosen } : null;
  }
  return null;
}

/** A select a widget beside it stands for: one whose options have no text (Vuetify keeps one
 *  for forms, by item value; DevExtreme's TagBox one hidden by style), or one hidden from
 *  everyone beside a combobox input or button, or a chip list's input
 *  (USWDS's combo box, Radix's Select, Syncfusion's dropdown list), which shows the choice and
 *  takes the fixes. Select2 and Choices.js draw a combobox of their own over theirs: that select
 *  stays the field (drawsOverControl). */
export function isSelectMirror(select: HTMLSelectElement): boolean {
  // options without any text cannot be chosen by staff: a library's submit select, hidden by
  // style (DevExtreme's TagBox) or not
  const options = select.options;
  if (options.length && Array.from(options).every((o) => (o.getAttribute('label') || o.text).trim() === '')) return true;
  // hidden itself (by its markup too: selectize's `display: none`), or inside a container hidden
  // from assistive technology (React Aria's hidden-select container, Chakra/Ark's)
  const hidden =
    select.hidden || select.getAttribute('aria-hidden') === 'true' || hiddenByMarkup(select)
      ? select
      : select.closest('[aria-hidden="true"]');
  if (!hidden) return false;
  // the widget standing for it beside the hidden part: a combobox input or a select trigger
  // button (Select2 and Choices draw a span or div combobox: their select stays the field)
  // a select kept in a box for assistive technology only (PrimeFaces 13+'s selectOneMenu) stands
  // behind the combobox its widget draws beside that box, whatever element draws it
  const wrapper =
    hidden === select && ACCESSIBLE_ONLY.test(select.parentElement?.getAttribute('class') ?? '') ? select.parentElement! : hidden;
  const box = wrapper.parentElement;
  const drawn = wrapper === hidden ? '' : ', [role="combobox"]';
  const widgets = box
    ? Array.from(box.querySelectorAll(`input[role="combobox"], button[role="combobox"], button[aria-haspopup="listbox"]${drawn}`))
    : [];
  if (widgets.some((w) => !wrapper.contains(w))) return true;
  // a multiple select beside the input of a chip list (Syncfusion's MultiSelect)
  const input = select.multiple ? select.parentElement?.querySelector('input:not([type="hidden"])') : null;
  return !!input && chipsOf(input) !== null;
}

/**
 * The box of a widget drawn over a select it keeps out of the tab order, showing the choice in a
 * read-only text box beside it (Materialize's FormSelect: `div.select-wrapper` holding that box, its
 * dropdown list and the select): the select is the field, the rest of the box is its drawing.
 */
export function faceBoxOf(select: HTMLSelectElement): Element | null {
  const parent = select.parentElement;
  if (select.tabIndex !== -1 && !isSelfHidden(select) && !(parent && isSelfHidden(parent))) return null;
  const chosen = Array.from(select.selectedOptions, (o) => (o.getAttribute('label') || o.text).trim());
  // with nothing chosen the box shows the prompt: the disabled option with no value
  const prompt = Array.from(select.options).find((o) => o.disabled && o.value === '');
  const shown = (chosen.length && !prompt?.selected ? chosen.join(', ') : (prompt?.text.trim() ?? '')).replace(/\s+/g, ' ');
  let child: Element = select;
  let box = parent;
  for (let depth = 0; box && depth < 2; depth++, child = box, box = box.parentElement)
    for (let c = box.firstElementChild; c; c = c.nextElementSibling)
      // a box with a role is a widget of its own (Syncfusion's combobox input beside its mirror select)
      if (
        c !== child &&
        !c.hasAttribute('role') &&
        (c.localName === 'input'
          ? (c as HTMLInputElement).readOnly && (c as HTMLInputElement).value.trim() === shown
          : // or a focusable box whose first child shows it (tui.select-box's `p` in its input div)
            c.getAttribute('tabindex') === '0' && !!shown && clean(c.firstElementChild?.textContent)?.replace(/\s+/g, ' ') === shown)
      )
        return box;
  return null;
}

/** An input no one types in: a library's mirror of a custom select's value, hidden from
 *  assistive technology (MUI's `MuiSelect-nativeInput`). A sectioned date field's hidden input
 *  (MUI X pickers: `role="spinbutton"` sections beside it) is the field itself: the label
 *  names it and it holds the whole date. */
export const isMirrorInput = (el: Element): boolean =>
  el.getAttribute('aria-hidden') === 'true' && !el.parentElement?.querySelector('[role="spinbutton"]');

/** the roles a chip has */
export const CHIP_ROLES = new Set(['row', 'option', 'listitem', 'button']);
const CHIP_LISTS = new Set(['grid', 'listbox', 'list']);
const REMOVE = /remove|delete|clear|cancel|close|times|dismiss|deselect/i;
const REMOVE_WORD = /^(?:remove|delete|clear|cancel|close|dismiss|deselect)$/i;
const CONTROL = 'input, select, textarea';
const ENABLED_CONTROL = 'input:not([disabled]):not([hidden]), select, textarea';

/** A chip's own box (disabled, holding its value: Taiga's InputChip; hidden until the tag is edited:
 *  Chakra's TagsInput), which is no field. */
export const isChipBox = (input: HTMLInputElement): boolean =>
  (input.disabled || input.hidden) &&
  !!input.parentElement &&
  // one chip's box, not a disabled list of them (vue-select's chips, each with its Deselect button)
  input.parentElement.querySelectorAll('button, [role="button"]').length <= 1 &&
  isChip(input.parentElement);
const CONTROL_TAGS = new Set(['input', 'select', 'textarea']);

/** The control that removes a chip: one named for removal (`aria-label="remove M04.2"`,
 *  MUI's `MuiChip-deleteIcon`), else a chip button's own button or icon. */
export function removeControl(chip: Element): Element | null {
  // (bootstrap-tagsinput marks its cross `data-role="remove"` only)
  const inside = Array.from(chip.querySelectorAll('button, [role="button"], svg, [aria-label], [title], [class], [data-role]')).filter(
    (el) => el !== chip,
  );
  const named = inside.find((el) =>
    REMOVE.test(
      `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-role') ?? ''}${
        // an icon button named by its text (Taiga's "Remove")
        el.localName === 'button' ? ` ${el.textContent ?? ''}` : ''
      }`,
    ),
  );
  if (named) return named;
  // an icon-only button named by the chip's own text, as the chip is (Reka's TagsInputItemDelete)
  const labelledBy = chip.getAttribute('aria-labelledby');
  const same = labelledBy
    ? inside.find((el) => el.localName === 'button' && el.getAttribute('aria-labelledby') === labelledBy && !(el.textContent ?? '').trim())
    : undefined;
  if (same) return same;
  // an icon-only button ending a token of text (Flowbite's tags, whose close button names nothing)
  const last = chip.lastElementChild;
  if (last?.localName === 'button' && !(last.textContent ?? '').trim() && last.querySelector('svg') && chip.childElementCount === 2)
    return last;
  return chip.getAttribute('role') === 'button' ? (inside.find((el) => el.matches('button, svg')) ?? null) : null;
}

function isChip(el: Element): boolean {
  // a chip may keep a disabled box for editing its value (Taiga's InputChip); a box holding a
  // heading is titled by it (a dialog's header before its body, its close button after the title)
  if (el.matches(CONTROL) || el.querySelector(ENABLED_CONTROL) || el.localName === 'label' || el.querySelector(HEADINGS)) return false;
  const text = chipText(el);
  // a control's own word for removing is no chip's (Magento's `button.action-close` "Close")
  if (!text || text.length > 40 || isCountTag(el) || REMOVE_WORD.test(text)) return false;
  const role = el.getAttribute('role') ?? '';
  // a row of a chip grid, an option of a chip listbox; else a token with a remove control
  if ((role === 'row' || role === 'option') && CHIP_LISTS.has(el.parentElement?.getAttribute('role') ?? '')) return true;
  return removeControl(el) !== null;
}

/** Heading elements and elements with the heading role. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** A chip's text: what it shows, without its remove control's icon text ("cancel"); else, its
 *  text hidden from assistive technology, what its own name says it removes (Pega Cosmos' pill
 *  named "Remove M04.1"). */
export const chipText = (chip: Element): string => shownText(chip) || removedBy(chip);
const REMOVE_NAME = /^(?:remove|delete|dismiss)\s+(.+)$/i;
/** What a token's own name says removing it removes ("Remove M04.1" → "M04.1"), else ""; a
 *  remove button so named is no token. */
const removedBy = (el: Element): string =>
  el.localName === 'button' || el.getAttribute('role') === 'button'
    ? ''
    : (REMOVE_NAME.exec(el.getAttribute('aria-label') ?? '')?.[1]?.trim() ?? '');

/**
 * The chips a text input adds to, when it has any: the tokens with a chip's role (a grid's
 * rows, a listbox's options, list items, buttons) right before the input in its container (or
 * in its parent's or grandparent's, for lists that wrap the input in an item of its own: BootstrapVue's
 * tags list holds the input in an `li` of its own, in a group). `roleOf` answers
 * without asking the page when the caller knows the roles already.
 */
export function chipsOf(
  input: Element,
  roleOf: (el: Element) => string | null | undefined = (el) => el.getAttribute('role'),
): Element[] | null {
  let node: Element = input;
  // the tags of a disabled list in their box have no remove control (TDesign's t-tag--disabled)
  const chip = (el: Element): boolean => isChip(el) || ((input as HTMLInputElement).disabled && !!chipText(el));
  // up to three levels, or further up an autocomplete's own boxes while nothing came before the
  // input in them (Oruga's taginput lists its tags before the autocomplete holding the input four
  // levels down)
  for (let depth = 0; depth < 6 && node.parentElement; depth++, node = node.parentElement) {
    const chips: Element[] = [];
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      // MUI's limitTags puts a "+2" of the chips it hides between the chips and the input, View UI
      // its hidden placeholder span, DevExpress' token box its hidden sample token and value stores
      // (and an add button drawn as an icon: Havit's `hx-tag-add-button`)
      const role = roleOf(s);
      if (isMarker(s) || isSelfHidden(s) || (role === 'button' && !s.textContent?.trim())) continue;
      // chips belong to the first input after them (not Syncfusion's original input beside it)
      if (depth === 0 && CONTROL_TAGS.has(s.localName) && s.getAttribute('type') !== 'hidden') return null;
      if (role && CHIP_ROLES.has(role)) {
        if (isChip(s)) chips.unshift(s);
        else break;
      } else if (role) {
        // the chosen items' listbox right before the input in their combobox, each option wrapped
        // apart from its remove control (Twilio Paste's pill group)
        const options =
          depth === 0 && role === 'listbox' && s.parentElement?.getAttribute('role') === 'combobox'
            ? Array.from(s.querySelectorAll('[role="option"]'))
            : [];
        if (!options.length || !options.every(chipText)) break;
        chips.unshift(...options);
      } else {
        // tokens without a role, classed as chips, tokens or tags (PrimeFaces 12, Syncfusion):
        // each with a remove control, or a collection of them; Vuetify wraps each in a box of its own
        const only = s.childElementCount === 1 ? s.firstElementChild : null;
        // a custom element named as a chip (Taiga's tui-input-chip) is classed by its name
        // or a token named by its own text (Reka's TagsInputItem) or ending in a button (Flowbite's
        // tags): isChip decides by its remove control
        // Zag's tags input item (Chakra v3, Ark UI) is marked by its part
        const token =
          ITEM_CLASS.test(`${s.localName.includes('-') ? s.localName : ''} ${s.getAttribute('class') ?? ''}`) ||
          s.matches('[data-scope="tags-input"][data-part="item"]')
            ? s
            : only && ITEM_CLASS.test(only.getAttribute('class') ?? '')
              ? only
              : s.hasAttribute('aria-labelledby') || s.lastElementChild?.localName === 'button'
                ? s
                : null;
        if (!token) {
          const wrapped = wrappedTokens(s, chip);
          if (!wrapped) break;
          chips.unshift(...wrapped);
          continue;
        }
        const inner = Array.from(token.children);
        if (inner.length > 1 && inner.every(isChip)) chips.unshift(...inner);
        // a locked token has no remove control, classed as the chips after it and more (Tokeninput's
        // `token-input-token-readonly token-input-token`)
        else if (isChip(token) || (chips[0] && classedAs(token, chips[0]) && chipText(token))) chips.unshift(token);
        else break;
      }
    }
    if (chips.length) return chips;
    if (depth >= 2 && (node.previousElementSibling || !WIDGET_PART.test(node.parentElement.getAttribute('class') ?? ''))) break;
  }
  return null;
}
/** Whether `el` carries every class `like` does. */
const classedAs = (el: Element, like: Element): boolean =>
  like.classList.length > 0 && Array.from(like.classList).every((c) => el.classList.contains(c));

/** the classes of the boxes an autocomplete wraps its input in */
const WIDGET_PART = /autocomplete|dropdown|typeahead|combobox/i;

/** Chips in a wrapper of no class of its own or in its only child (Element UI's and View UI's
 *  tags in a transition group's bare `span`): each classed as a chip and one by isChip. */
function wrappedTokens(s: Element, chip: (el: Element) => boolean): Element[] | null {
  const only = s.childElementCount === 1 ? s.firstElementChild : null;
  const box = only && !ITEM_CLASS.test(only.getAttribute('class') ?? '') ? only : s;
  // asked of every box before a text input: its first child tells most apart at once
  if (!ITEM_CLASS.test(box.firstElementChild?.getAttribute('class') ?? '')) return null;
  const inner = Array.from(box.children);
  return inner.every((c) => ITEM_CLASS.test(c.getAttribute('class') ?? '') && chip(c)) ? inner : null;
}

/**
 * The tokens a select lists after its own box while it shows only its prompt (Cloudscape's
 * Multiselect puts its token group under the trigger, React Suite's TagPicker its tags beside
 * its toggle): within a few levels up, the first next sibling, if it names no field of its own,
 * holding chips. A token's value is what its remove control names ("Remove M04.1"), else its
 * text (a token may show a description after the value).
 */
export function tokensAfter(select: Element): string[] {
  let node: Element | null = select;
  for (let depth = 0; node && depth < WIDGET_DEPTH; depth++, node = node.parentElement) {
    const next = node.nextElementSibling;
    if (!next) continue;
    // the select's own options after it, hidden while closed or named as its popup (@vueform/multiselect's
    // dropdown, Flux's ui-options popover)
    if (next.querySelector('label, select') || hiddenByMarkup(next) || controlled(select).some((p) => next.contains(p))) return [];
    return tokensIn(next);
  }
  return [];
}

/**
 * The chips an app lists right after an autocomplete it adds them with, while its search is
 * empty (MudBlazor's usual MudAutocomplete then MudChipSet): the autocomplete's box is the
 * nearest one up classed as one, and its tokens are the values (tokensAfter).
 */
export function chipsAfterAutocomplete(input: Element): string[] {
  // the page is asked first: reading a form element's property looks for a control of that name
  // first, which Chromium answers by indexing the form's controls again after any change to the
  // page (1.5 ms at 5,000 controls, on each keystroke)
  if (!input.parentElement?.closest('[class*="autocomplete" i], [class*="typeahead" i]')) return [];
  let box: Element | null = input.parentElement;
  for (let depth = 0; box && depth < WIDGET_DEPTH + 1; depth++, box = box.parentElement)
    if (AUTOCOMPLETE_CLASS.test(box.getAttribute('class') ?? '')) return tokensAfter(box);
  return [];
}
const AUTOCOMPLETE_CLASS = /(?:^|\s)[\w-]*(?:autocomplete|typeahead)(?:\s|$)/i;

const TOKENS = 'li, [role="listitem"], [role="option"], [role="row"], [class*="tag"], [class*="chip"], [class*="token"], [class*="badge"]';

/**
 * The chips a tag input lists after its own box while nothing is typed (Filament's TagsInput
 * draws its badges under its input): the first element after the input with any content (a
 * datalist, a template or a hidden element has none), when it holds chips and no control or
 * label of another field.
 */
export function chipsAfterInput(input: Element): string[] {
  for (let next = input.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.localName === 'datalist' || next.localName === 'template' || hiddenByMarkup(next)) continue;
    if (next.querySelector('input, select, textarea, label')) return [];
    return tokensIn(next);
  }
  return [];
}

/** The values of the chips in `box` (tokenValue); a token and the parts of it classed as one
 *  (Cloudscape's item and its token) are one chip. */
function tokensIn(box: Element): string[] {
  const found = Array.from(box.querySelectorAll(TOKENS)).filter(isChip);
  return found
    .filter((c) => !found.some((o) => o !== c && o.contains(c)))
    .map(tokenValue)
    .filter(Boolean);
}

const tokenValue = (chip: Element): string => {
  const text = chipText(chip);
  const named = REMOVE_NAME.exec(removeControl(chip)?.getAttribute('aria-label') ?? '')?.[1]?.trim();
  return named && text.startsWith(named) ? named : text;
};

/**
 * A labelled grid of removable tags with no box of its own to type in, none beside it either
 * (React Aria's TagGroup, its values chosen elsewhere): a field whose value is its tags.
 */
export function isTagList(grid: Element): boolean {
  if (!grid.hasAttribute('aria-labelledby') && !grid.hasAttribute('aria-label')) return false;
  if (grid.parentElement?.querySelector(CONTROL)) return false;
  const rows = Array.from(grid.querySelectorAll('[role="row"]'));
  return rows.length > 0 && rows.every((r) => removeControl(r) !== null);
}

/** The chips now before `input` (they come and go as staff add and remove them). */
export const chipValues = (input: Element): string[] => (chipsOf(input) ?? []).map(chipText).filter(Boolean);

/** How far above its input a widget shows its value (two levels for most, three for antd's
 *  multiple select, four for the pills SLDS lists after its combobox). */
const WIDGET_DEPTH = 4;
/** Elements a widget's box never holds: another field, or what names one (a select hidden
 *  from everyone and a label linked to nothing are the widget's own: PrimeFaces 8-12). */
const NOT_IN_WIDGET =
  'input:not([type="hidden"]):not([role="button"]):not([aria-hidden="true"]), select:not([aria-hidden="true"]), textarea, label[for], h1, h2, h3, h4, h5, h6';
/** The input of a select-like widget that shows its value in an element of its own: a
 *  combobox input, an input in a combobox wrapper (ARIA 1.1), a readonly input kept out of sight. */
function isComboboxInput(input: Element): boolean {
  // Mantine's Select is a readonly input that says it opens a listbox, without the role
  if (input.getAttribute('role') === 'combobox' || input.getAttribute('aria-haspopup') === 'listbox') return true;
  // ARIA 1.0's combobox: the input owns its list of choices (AngularJS ui-select's search)
  const owns = input.getAttribute('aria-owns');
  if (owns && input.ownerDocument.getElementById(owns.split(/\s+/)[0] ?? '')?.closest('[role="listbox"]')) return true;
  const parent = input.parentElement;
  if (!parent) return false;
  if (parent.getAttribute('role') === 'combobox' || parent.parentElement?.getAttribute('role') === 'combobox') return true;
  // a Semantic dropdown's search input shows its choice in the dropdown
  if (isSemanticDropdown(parent)) return true;
  // a select's own search box, named so by its box (NG-ZORRO's `nz-select-search
  // .ant-select-selection-search`, without the role antd's React input has)
  if (SELECT_SEARCH.test(`${parent.localName} ${parent.getAttribute('class') ?? ''}`)) return true;
  // react-select 4's search lists suggestions without the combobox role, its chosen value drawn in
  // its value container, classed by its part (`css-1uccc91-singleValue`, `<prefix>__single-value`)
  if (
    !input.hasAttribute('role') &&
    /^(list|both)$/.test(input.getAttribute('aria-autocomplete') ?? '') &&
    parent.parentElement?.parentElement?.querySelector('[class*="singleValue"], [class*="single-value"]')
  )
    return true;
  // a read-only box that opens no keyboard (Vuetify's v-select), is kept out of sight (NG-ZORRO's
  // single select) or sits in a box that opens a listbox (Vuetify 2's v-select) only takes focus for the
  // widget
  if (!input.hasAttribute('readonly')) return false;
  return (
    input.getAttribute('inputmode') === 'none' ||
    !!parent.closest('[aria-haspopup="listbox"]') ||
    // or one in a box classed as a select (Arco's `arco-select`)
    /(^|\s)[\w-]*select(\s|$)/.test(parent.getAttribute('class') ?? '') ||
    /opacity:\s*0(?![.\d])/.test(input.getAttribute('style') ?? '') ||
    ACCESSIBLE_ONLY.test(parent.getAttribute('class') ?? '') ||
    // react-select's DummyInput (not searchable) beside its single value or placeholder
    /dummyInput/.test(input.getAttribute('class') ?? '')
  );
}

const SELECT_SEARCH = /\bselect-(?:selection-)?search\b/i;

/** Whether a box around an input holds another field or a label: it is more than the widget.
 *  `popups`: the ids of the input's own popups (aria-controls), whose options' boxes (a tree's
 *  checkboxes: PrimeNG's open treeselect) are the widget's own. */
const holdsMoreThan = (box: Element, popups: readonly string[], input: Element): boolean => {
  // the input's own label inside the box (Syncfusion's float label) names no other field
  const found = Array.from(box.querySelectorAll(NOT_IN_WIDGET)).filter((el) => !input.id || el.getAttribute('for') !== input.id);
  if (found.length <= 1 || !popups.length) return found.length > 1;
  const own = popups.map((id) => box.querySelector(`[id="${CSS.escape(id)}"]`)).filter((p): p is Element => p !== null);
  return found.filter((el) => !own.some((p) => p.contains(el))).length > 1;
};

/**
 * What a select-like widget shows as chosen beside its input, which holds only a search
 * (react-select's single value or value chips, antd's selection item, ng-select's value
 * label, PrimeNG's dropdown label or tokens, Kendo's taglist): the values of the smallest box
 * around the input that shows any, without the input's popup and description. Null when `input` is not such
 * a widget's; empty when the widget shows nothing (or only a placeholder or prompt).
 */
export function valuesShownBeside(input: Element): string[] | null {
  return shownBeside(input)?.values ?? null;
}

/** The values a select-like widget's input shows beside it, and how many levels above the
 *  input's parent the box showing them is (0: its parent); null for no such input. */
export function shownBeside(input: Element): { values: string[]; depth: number } | null {
  if (!isComboboxInput(input)) return null;
  const dropdown = input.parentElement && dropdownValues(input.parentElement);
  if (dropdown) return { values: dropdown, depth: 0 };
  const aside = ['aria-controls', 'aria-owns', 'aria-describedby']
    .flatMap((a) => (input.getAttribute(a) ?? '').split(/\s+/))
    .filter(Boolean);
  let box = input.parentElement;
  let branch: Element = input;
  for (let depth = 0; box && depth < WIDGET_DEPTH && !holdsMoreThan(box, aside, input) && !labelledBefore(branch); depth++) {
    const items = shownItems(box, aside).filter((t) => !isPlaceholderText(t));
    if (items.length) return { values: items, depth };
    branch = box;
    box = box.parentElement;
  }
  return { values: [], depth: 0 };
}

/** Whether a label stands before the box holding the widget (`branch`) in its parent: it names
 *  the widget (Bootstrap's control-label beside ui-select), so the parent is more than the
 *  widget; a label after the input shows its choice (PrimeFaces' selectOneMenu label). */
function labelledBefore(branch: Element): boolean {
  for (let c = branch.previousElementSibling; c; c = c.previousElementSibling) if (c.localName === 'label') return true;
  return false;
}

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
    // "Day of the month" (Google Forms) names the day
    const named = text.replace(/\s+of\s+(?:the\s+)?month\W*$/i, '');
    const tail = /([A-Za-z]+)[^A-Za-z]*$/.exec(named)?.[1];
    const word = tail && /[a-z][A-Z]/.test(tail) ? tail.replace(/^.*[a-z](?=[A-Z])/, '') : tail;
    if (!word || named.trim().split(/\s+/).length > 3) continue;
    const part = partOfWord(word);
    if (part) return part;
  }
  return null;
}

/** The part a date part's word names ("Month", "yyyy", "dd"), or null. */
export function partOfWord(word: string): DatePart | null {
  const lower = word.toLowerCase();
  for (const [part, re] of PART_WORDS) if (re.test(lower)) return part;
  return null;
}

/** A label with its part's word taken off ("Date of birth month" → "Date of birth"). */
export const withoutPartWord = (text: string | null): string | null =>
  clean((text ?? '').replace(/[\s\-–:(]*\b(mm|month|dd|day|yyyy|yy|year)\b[\s):]*$/i, ''));

/**
 * A date field drawn as segments (React Aria's DateField, MUI X's accessible sections): a group
 * of `spinbutton`s, one per part, each named by its `data-type` or label. Null when the group is
 * no such date, or an input beside it holds the value (MUI X keeps one, read as the field).
 */
export function dateSegments(group: Element): { el: HTMLElement; part: DatePart }[] | null {
  const spins = group.querySelectorAll('[role="spinbutton"]:not(input)');
  // an input in the group or beside it holds the date the segments show (MUI X's): it is the
  // field; another field's box, in a wrapper of its own beside the group, is not
  const input = (c: Element): boolean => c.localName === 'input' && c.getAttribute('type') !== 'hidden';
  if (spins.length < 3 || group.querySelector('input:not([type="hidden"])') || Array.from(group.parentElement?.children ?? []).some(input))
    return null;
  const parts: { el: HTMLElement; part: DatePart }[] = [];
  for (const el of spins) {
    const part = datePartOf([el.getAttribute('data-type'), el.getAttribute('aria-label')]);
    if (part && !parts.some((p) => p.part === part)) parts.push({ el: el as HTMLElement, part });
  }
  return parts.length === 3 ? parts : null;
}

/** A split date's part as a number's digits ("04", a month select's "01 - January" or value "1"). */
export function partDigits(el: Element): string {
  if (!('value' in el)) {
    // a segment: its number as shown ("03"), else as announced (a month shown by name); a
    // placeholder segment shows "mm" or "––"
    const set = el.getAttribute('data-placeholder') !== 'true' && el.getAttribute('aria-valuetext') !== 'Empty';
    return set ? (/^\d{1,4}$/.exec((el.textContent ?? '').trim())?.[0] ?? el.getAttribute('aria-valuenow') ?? '') : '';
  }
  if (el.localName === 'select') {
    const select = el as HTMLSelectElement;
    const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    // a disabled choice is the prompt ("MM": WPForms' date dropdowns), and so is a blank one
    // (Dolibarr's `0` shown as a space)
    if (!option || select.value === '' || option.disabled || !option.text.trim()) return '';
    return optionDigits(option) ?? clean(option.text) ?? '';
  }
  return (el as HTMLInputElement).value.trim();
}

/** The number a date part's option stands for: its text's leading digits ("04 - April"), else a numeric value ("4"). */
export const optionDigits = (option: HTMLOptionElement): string | null =>
  /^\s*(\d{1,4})\b/.exec(option.text)?.[1] ?? /^\s*(\d{1,4})\s*$/.exec(option.value)?.[1] ?? null;
