import { clean, isOwnElement, textOf } from './text';

/**
 * Collecting candidate fields from a page: every text/number/date input, select, textarea,
 * checkbox and radio group in a document, its open shadow roots and same-origin iframes, each
 * with the label signals a person would read. Deciding what a field IS happens in `qualify.ts`.
 */

export type FieldKind = 'text' | 'number' | 'date' | 'select' | 'radio' | 'checkbox' | 'textarea';
export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

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
  signals: LabelSignals;
  /** the field's row among the data rows of its table (repeating rows), else null */
  rowIndex: number | null;
}

export interface Collection {
  fields: CollectedField[];
  /** every root searched (document, open shadow roots, same-origin iframe documents), to observe */
  roots: (Document | ShadowRoot)[];
  /** iframes whose document could not be read yet (loading) or ever (cross-origin) */
  frames: HTMLIFrameElement[];
}

const TEXT_TYPES = new Set(['', 'text', 'search', 'tel', 'email', 'number', 'date', 'url']);
const MAX_NEARBY = 120;

function inputKind(el: HTMLInputElement): FieldKind | null {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'radio') return 'radio';
  if (type === 'checkbox') return 'checkbox';
  if (type === 'number') return 'number';
  if (type === 'date') return 'date';
  return TEXT_TYPES.has(type) ? 'text' : null;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

function kindOf(el: Element): FieldKind | null {
  // an SVG or other foreign <input>/<select> has none of the form-control API
  if (el.namespaceURI !== HTML_NS) return null;
  switch (el.localName) {
    case 'input':
      return inputKind(el as HTMLInputElement);
    case 'select':
      return 'select';
    case 'textarea':
      return 'textarea';
    default:
      return null;
  }
}

/** The root (document or shadow root) an element lives in. */
const rootOf = (el: Element): Document | ShadowRoot => el.getRootNode() as Document | ShadowRoot;

function byId(el: Element, id: string): Element | null {
  const root = rootOf(el);
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/** `<label for>` elements by the id they name, per root, built once per collection: looking
 *  through every label of the root for each field made collecting n fields cost n². */
type LabelIndex = Map<Document | ShadowRoot, Map<string, Element[]>>;

function labelsNaming(root: Document | ShadowRoot, id: string, index?: LabelIndex): Element[] {
  const all = (): Element[] => Array.from(root.querySelectorAll('label'));
  if (!index) return all().filter((label) => label.getAttribute('for') === id);
  let byFor = index.get(root);
  if (!byFor) {
    byFor = new Map();
    for (const label of all()) {
      const target = label.getAttribute('for');
      if (!target) continue;
      const named = byFor.get(target);
      if (named) named.push(label);
      else byFor.set(target, [label]);
    }
    index.set(root, byFor);
  }
  return byFor.get(id) ?? [];
}

function labelsFor(el: Element, index?: LabelIndex): string[] {
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id) {
    for (const label of labelsNaming(rootOf(el), id, index)) {
      const t = clean(textOf(label));
      if (t) out.push(t);
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) {
    const t = clean(textOf(wrapping));
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function ariaText(el: Element): string | null {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const parts = ids
      .split(/\s+/)
      .map((id) => byId(el, id))
      .filter((n): n is Element => n !== null)
      .map((n) => textOf(n));
    const t = clean(parts.join(' '));
    if (t) return t;
  }
  return clean(el.getAttribute('aria-label'));
}

const STOP_ASCENT = new Set(['form', 'fieldset', 'tr', 'table', 'body', 'html', 'li', 'section']);
const CONTROL_SELECTOR = 'input, select, textarea, button';

/** Text of siblings before `start`, closest first, up to the previous control. */
function precedingText(start: Node): { text: string | null; blocked: boolean } {
  let collected = '';
  for (let n = start.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (isOwnElement(el)) continue;
      if (el.matches(CONTROL_SELECTOR)) return { text: clean(collected), blocked: true };
      if (el.querySelector(CONTROL_SELECTOR)) {
        // take only the text after the sibling's last control
        const controls = el.querySelectorAll(CONTROL_SELECTOR);
        const last = controls[controls.length - 1];
        if (last) {
          const after = precedingTextWithin(el, last);
          return { text: clean(after + ' ' + collected), blocked: true };
        }
      }
      collected = textOf(el) + ' ' + collected;
    } else if (n.nodeType === 3) {
      collected = (n.nodeValue ?? '') + ' ' + collected;
    }
    if (collected.length > MAX_NEARBY * 2) break;
  }
  return { text: clean(collected), blocked: false };
}

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
    if (n.nodeType === 1 && !SKIP_WALK.has((n as Element).localName)) {
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(container);
  return out;
}
const SKIP_WALK = new Set(['select', 'textarea', 'script', 'style']);

/** "Preceding text in the same row/cell/container": walks up a few levels until text is found
 *  or another control stands between. */
function nearbyText(el: Element): string | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++) {
    const { text, blocked } = precedingText(node);
    if (text) return text.length > MAX_NEARBY ? text.slice(-MAX_NEARBY) : text;
    if (blocked) return null;
    const parent: Element | null = node.parentElement;
    if (!parent || STOP_ASCENT.has(parent.localName)) {
      // a table cell's row: the text of earlier cells belongs to this field
      return null;
    }
    node = parent;
  }
  return null;
}

interface TableContext {
  column: string | null;
  rowIndex: number | null;
}

const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="columnheader"]';
const TABLE = 'table, [role="table"], [role="grid"]';

const span = (cell: Element): number => Math.max(1, Number(cell.getAttribute('colspan')) || 1);

/** The header cell covering column position `pos` of a header row (colspans counted). */
function headerAt(row: Element, pos: number): Element | null {
  let at = 0;
  for (const cell of Array.from(row.children)) {
    if (!cell.matches(CELL)) continue;
    if (pos < at + span(cell)) return cell;
    at += span(cell);
  }
  return null;
}

function tableContext(el: Element): TableContext {
  const cell = el.closest(CELL);
  const row = cell?.parentElement;
  const table = cell?.closest(TABLE);
  if (!cell || !row || !table) return { column: null, rowIndex: null };
  let pos = 0;
  for (const c of Array.from(row.children)) {
    if (c === cell) break;
    if (c.matches(CELL)) pos += span(c);
  }
  const rows = Array.from(table.querySelectorAll('tr, [role="row"]')).filter((r) => r.closest(TABLE) === table);
  // the header row nearest the data (tables may stack a grouped header over the real one)
  const headerRows = rows.filter((r) => !r.querySelector(CONTROL_SELECTOR) && r.querySelector('th, [role="columnheader"]'));
  const headerRow = headerRows[headerRows.length - 1];
  const head = headerRow ? headerAt(headerRow, pos) : null;
  const column = head ? clean(textOf(head)) : null;
  const rowIndex = rows.filter((r) => r.querySelector(CONTROL_SELECTOR)).indexOf(row);
  return { column, rowIndex: rowIndex < 0 ? null : rowIndex };
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';

/**
 * What the field's section is about: its fieldset legend, its table's caption or the text
 * just before the table ("Please list all previous medications tried:"), a labelled region,
 * and the nearest heading before it; joined, since any of them may carry the meaning.
 */
function sectionText(el: Element): string | null {
  const parts: (string | null)[] = [];
  const legend = el.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) parts.push(clean(textOf(legend)));
  const table = el.closest('table');
  if (table) {
    const caption = table.querySelector(':scope > caption');
    parts.push(caption ? clean(textOf(caption)) : precedingText(table).text);
  }
  const region = el.closest('section[aria-label], section[aria-labelledby], [role="group"], [role="region"]');
  if (region) parts.push(ariaText(region));
  parts.push(nearestHeading(el));
  const text = parts.filter((p): p is string => !!p).join(' | ');
  return text === '' ? null : text;
}

function nearestHeading(el: Element): string | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (isOwnElement(sib)) continue;
      const heading = sib.matches(HEADING) ? sib : lastOf(sib.querySelectorAll(HEADING));
      if (heading) return clean(textOf(heading));
    }
  }
  return null;
}

const lastOf = <T extends Element>(list: NodeListOf<T>): T | null => (list.length ? (list[list.length - 1] ?? null) : null);

/** Boxes that answer one question together ("Where will this medication be obtained?"): an
 *  explicit ARIA group, or a fieldset whose boxes share one name. */
function checkboxGroupOf(box: Element): Element | null {
  const group = box.closest('[role="group"], fieldset');
  if (!group) return null;
  const boxes = Array.from(group.querySelectorAll('input[type="checkbox"]'));
  if (boxes.length < 2) return null;
  if (group.getAttribute('role') === 'group') return group;
  const name = box.getAttribute('name');
  return name && boxes.every((b) => b.getAttribute('name') === name) ? group : null;
}

function radioGroupSignals(first: HTMLInputElement): Pick<LabelSignals, 'labels' | 'aria' | 'nearby' | 'testId'> {
  const group = first.closest('[role="radiogroup"], [role="group"], fieldset');
  const labels: string[] = [];
  let aria: string | null = null;
  if (group) {
    if (group.localName === 'fieldset') {
      const legend = group.querySelector(':scope > legend');
      const t = legend ? clean(textOf(legend)) : null;
      if (t) labels.push(t);
    }
    aria = ariaText(group);
  }
  // the question text before the group's first option (its own "Yes" label excluded)
  const anchor = first.closest('label') ?? first;
  let nearby = nearbyText(group && group.localName !== 'fieldset' ? group : anchor);
  if (!nearby && group) nearby = nearbyText(group);
  // a group's hook sits on its container; each radio's own id names its option
  const testId = group?.getAttribute('data-test-id') ?? group?.getAttribute('data-testid') ?? first.getAttribute('data-test-id');
  return { labels, aria, nearby, testId };
}

function signalsOf(el: FieldElement, index: LabelIndex): LabelSignals {
  const table = tableContext(el);
  return {
    testId: el.getAttribute('data-test-id') ?? el.getAttribute('data-testid'),
    name: el.getAttribute('name'),
    id: el.getAttribute('id'),
    labels: labelsFor(el, index),
    aria: ariaText(el),
    placeholder: clean(el.getAttribute('placeholder')),
    nearby: nearbyText(el),
    column: table.column,
    section: sectionText(el),
  };
}

/** A radio's own label ("Yes" / "No"), for reading and writing its group's value. */
export function radioLabel(radio: HTMLInputElement): string {
  return clean(labelsFor(radio)[0]) ?? radio.value;
}

/**
 * Collects the fields of `root` in document order, descending into open shadow roots and
 * same-origin iframes.
 */
export function collectFields(root: Document | ShadowRoot): Collection {
  const fields: CollectedField[] = [];
  const roots: (Document | ShadowRoot)[] = [];
  const frames: HTMLIFrameElement[] = [];
  // radios group by name within their form (or root when outside a form), as browsers do
  const radioGroups = new Map<Node, Map<string, CollectedField>>();
  const labelIndex: LabelIndex = new Map();

  const visitRoot = (r: Document | ShadowRoot): void => {
    roots.push(r);
    const start = 'body' in r && r.body ? r.body : r;
    visitChildren(start);
  };

  const visitChildren = (parent: Node): void => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) visit(c as Element);
    }
  };

  const visit = (el: Element): void => {
    if (isOwnElement(el)) return;
    const kind = kindOf(el);
    if (kind) addField(el as FieldElement, kind);
    if (el.localName === 'iframe') {
      const frame = el as HTMLIFrameElement;
      frames.push(frame);
      let doc: Document | null = null;
      try {
        doc = frame.contentDocument;
      } catch {
        doc = null; // cross-origin
      }
      if (doc && doc.body) visitRoot(doc);
    }
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow) visitRoot(shadow);
    if (el.localName !== 'select' && el.localName !== 'textarea') visitChildren(el);
  };

  const checkboxGroups = new Map<Element, CollectedField>();

  /** A radio or checkbox group, read from its first option; later options join `options`. */
  const addGroup = (first: HTMLInputElement, kind: FieldKind): CollectedField => {
    const signals = signalsOf(first, labelIndex);
    Object.assign(signals, radioGroupSignals(first));
    const field: CollectedField = { element: first, kind, options: [first], signals, rowIndex: tableContext(first).rowIndex };
    fields.push(field);
    return field;
  };

  const addField = (el: FieldElement, kind: FieldKind): void => {
    const boxGroup = kind === 'checkbox' ? checkboxGroupOf(el) : null;
    if (boxGroup) {
      const box = el as HTMLInputElement;
      const existing = checkboxGroups.get(boxGroup);
      if (existing) {
        existing.options?.push(box);
        return;
      }
      checkboxGroups.set(boxGroup, addGroup(box, kind));
      return;
    }
    if (kind === 'radio') {
      const radio = el as HTMLInputElement;
      const owner: Node = radio.closest('form') ?? radio.getRootNode();
      let groups = radioGroups.get(owner);
      if (!groups) radioGroups.set(owner, (groups = new Map()));
      const existing = radio.name ? groups.get(radio.name) : undefined;
      if (existing) {
        existing.options?.push(radio);
        return;
      }
      const field = addGroup(radio, kind);
      if (radio.name) groups.set(radio.name, field);
      return;
    }
    fields.push({ element: el, kind, signals: signalsOf(el, labelIndex), rowIndex: tableContext(el).rowIndex });
  };

  visitRoot(root);
  return { fields, roots, frames };
}
