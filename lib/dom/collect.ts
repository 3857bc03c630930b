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

function ariaText(el: Element, memo?: ScanMemo): string | null {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const list = ids.split(/\s+/);
    for (const id of list) memo?.labelledBy.add(id);
    const parts = list
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

/** A table's header row and the index of each row holding controls, read once per scan:
 *  re-reading every row of a table for each of its fields made a table of n fields cost n². */
interface TableRows {
  headerRow: Element | undefined;
  dataRows: Map<Element, number>;
}

function tableRows(table: Element, memo: ScanMemo): TableRows {
  let known = memo.tables.get(table);
  if (known) return known;
  const rows = Array.from(table.querySelectorAll('tr, [role="row"]')).filter((r) => r.closest(TABLE) === table);
  // the header row nearest the data (tables may stack a grouped header over the real one)
  const headerRows = rows.filter((r) => !r.querySelector(CONTROL_SELECTOR) && r.querySelector('th, [role="columnheader"]'));
  const dataRows = new Map(rows.filter((r) => r.querySelector(CONTROL_SELECTOR)).map((r, i) => [r, i] as const));
  known = { headerRow: headerRows[headerRows.length - 1], dataRows };
  memo.tables.set(table, known);
  return known;
}

function tableContext(el: Element, memo: ScanMemo): TableContext {
  const cell = el.closest(CELL);
  const row = cell?.parentElement;
  const table = cell?.closest(TABLE);
  if (!cell || !row || !table) return { column: null, rowIndex: null };
  let pos = 0;
  for (const c of Array.from(row.children)) {
    if (c === cell) break;
    if (c.matches(CELL)) pos += span(c);
  }
  const { headerRow, dataRows } = tableRows(table, memo);
  const head = headerRow ? headerAt(headerRow, pos) : null;
  const column = head ? clean(textOf(head)) : null;
  return { column, rowIndex: dataRows.get(row) ?? null };
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';

/**
 * What the field's section is about: its fieldset legend, its table's caption or the text
 * just before the table ("Please list all previous medications tried:"), a labelled region,
 * and the nearest heading before it; joined, since any of them may carry the meaning.
 */
function sectionText(el: Element, memo: ScanMemo): string | null {
  const parts: (string | null)[] = [];
  const fieldset = el.closest('fieldset');
  if (fieldset) {
    if (!memo.legends.has(fieldset)) {
      const legend = fieldset.querySelector(':scope > legend');
      memo.legends.set(fieldset, legend ? clean(textOf(legend)) : null);
    }
    parts.push(memo.legends.get(fieldset) ?? null);
  }
  const table = el.closest('table');
  if (table) {
    const caption = table.querySelector(':scope > caption');
    parts.push(caption ? clean(textOf(caption)) : precedingText(table).text);
  }
  const region = el.closest('section[aria-label], section[aria-labelledby], [role="group"], [role="region"]');
  if (region) parts.push(ariaText(region, memo));
  parts.push(nearestHeading(el, memo));
  const text = parts.filter((p): p is string => !!p).join(' | ');
  return text === '' ? null : text;
}

/** What one scan reads once and shares between fields: DOM reads repeated per field made a
 *  large form cost n². Valid for one scan only (the page changes between scans). */
interface ScanMemo {
  labels: LabelIndex;
  /** ids aria-labelledby named (kept by a SignalCache across scans) */
  labelledBy: Set<string>;
  legends: Map<Element, string | null>;
  /** the nearest heading before a node, for nodes already walked in this scan */
  headings: Map<Element, string | null>;
  tables: Map<Element, TableRows>;
}

const newMemo = (): ScanMemo => ({ labels: new Map(), labelledBy: new Set(), legends: new Map(), headings: new Map(), tables: new Map() });

/** The last heading before `el` (in an earlier sibling of it or of an ancestor). Each node's
 *  answer is remembered for the scan, so fields sharing a container walk it once. */
function nearestHeading(el: Element, memo: ScanMemo): string | null {
  const walked: Element[] = [];
  let result: string | null = null;
  let node: Element | null = el;
  while (node) {
    if (memo.headings.has(node)) {
      result = memo.headings.get(node) ?? null;
      break;
    }
    walked.push(node);
    let sib: Element | null = node.previousElementSibling;
    while (sib && isOwnElement(sib)) sib = sib.previousElementSibling;
    if (!sib) {
      node = node.parentElement;
      continue;
    }
    const heading = sib.matches(HEADING) ? sib : lastOf(sib.querySelectorAll(HEADING));
    if (heading) {
      result = clean(textOf(heading));
      break;
    }
    node = sib; // no heading in this sibling: the answer is the sibling's own
  }
  for (const n of walked) memo.headings.set(n, result);
  return result;
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

function radioGroupSignals(first: HTMLInputElement, memo: ScanMemo): Pick<LabelSignals, 'labels' | 'aria' | 'nearby' | 'testId'> {
  const group = first.closest('[role="radiogroup"], [role="group"], fieldset');
  const labels: string[] = [];
  let aria: string | null = null;
  if (group) {
    if (group.localName === 'fieldset') {
      const legend = group.querySelector(':scope > legend');
      const t = legend ? clean(textOf(legend)) : null;
      if (t) labels.push(t);
    }
    aria = ariaText(group, memo);
  }
  // the question text before the group's first option (its own "Yes" label excluded)
  const anchor = first.closest('label') ?? first;
  let nearby = nearbyText(group && group.localName !== 'fieldset' ? group : anchor);
  if (!nearby && group) nearby = nearbyText(group);
  // a group's hook sits on its container; each radio's own id names its option
  const testId = group?.getAttribute('data-test-id') ?? group?.getAttribute('data-testid') ?? first.getAttribute('data-test-id');
  return { labels, aria, nearby, testId };
}

interface Read {
  signals: LabelSignals;
  rowIndex: number | null;
  /** read as a radio or checkbox group (the group's legend, label and hook) */
  group: boolean;
}

function readField(el: FieldElement, memo: ScanMemo, group: boolean): Read {
  const table = tableContext(el, memo);
  const signals: LabelSignals = {
    testId: el.getAttribute('data-test-id') ?? el.getAttribute('data-testid'),
    name: el.getAttribute('name'),
    id: el.getAttribute('id'),
    labels: labelsFor(el, memo.labels),
    aria: ariaText(el, memo),
    placeholder: clean(el.getAttribute('placeholder')),
    nearby: nearbyText(el),
    column: table.column,
    section: sectionText(el, memo),
  };
  if (group) Object.assign(signals, radioGroupSignals(el as HTMLInputElement, memo));
  return { signals, rowIndex: table.rowIndex, group };
}

/** The latest scan's memo and the radio labels read since: every frame reads the checked
 *  radio's label, and a label changes only with the DOM, which starts a new scan. */
let latest = { memo: newMemo(), radios: new WeakMap<Element, string>() };

/** A radio's own label ("Yes" / "No"), for reading and writing its group's value. */
export function radioLabel(radio: HTMLInputElement): string {
  let text = latest.radios.get(radio);
  if (text === undefined) {
    text = clean(labelsFor(radio, latest.memo.labels)[0]) ?? radio.value;
    latest.radios.set(radio, text);
  }
  return text;
}

const SCOPE = 'form, fieldset, tr, table, body, html, li, section';
// matches() first: happy-dom's closest() can miss the element itself
const closestOrSelf = (el: Element, selector: string): Element | null =>
  el.matches(selector) ? el : (el.parentElement?.closest(selector) ?? null);

/**
 * Fields' signals from earlier scans, reused by the next scan until a mutation could have
 * changed them, so a large page that changes often does not pay a full read per change.
 * A change inside a container (form, fieldset, table, list item, section) reads that
 * container's fields again, and a changed `<label for>` the field it names; a heading, legend
 * or caption (the section of every field after it), an aria-labelledby target or an id reads
 * every field again.
 */
export class SignalCache {
  private reads = new WeakMap<Element, Read>();
  /** containers whose fields the next scan reads again */
  readonly dirty = new Set<Node>();
  /** ids that aria-labelledby names: their text labels fields elsewhere */
  readonly labelledBy = new Set<string>();

  get(el: Element, group: boolean): Read | undefined {
    const read = this.reads.get(el);
    return read && read.group === group ? read : undefined;
  }

  set(el: Element, read: Read): void {
    this.reads.set(el, read);
  }

  clear(): void {
    this.reads = new WeakMap();
    this.dirty.clear();
    this.labelledBy.clear();
  }

  /** Marks what `records` may have changed; attribute changes other than ids and names (a
   *  step shown or hidden) change no label. */
  invalidate(records: readonly MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (target.nodeType !== 1) return this.clear(); // a document or shadow root replaced wholesale
      const el = target as Element;
      if (isOwnElement(el)) continue;
      if (record.type === 'attributes') {
        if (record.attributeName === 'id') return this.clear();
        if (record.attributeName === 'name' || record.attributeName === 'type' || record.attributeName === 'data-test-id') this.mark(el);
        continue;
      }
      // our own hosts coming and going change nothing the page says
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)].filter(
        (n) => n.nodeType !== 1 || !isOwnElement(n as Element),
      );
      if (nodes.length === 0) continue;
      if (closestOrSelf(el, HEADING) || this.labelsElsewhere(el, true)) return this.clear();
      const root = el.getRootNode() as Document | ShadowRoot;
      const label = closestOrSelf(el, 'label');
      if (label) this.markNamed(label, root);
      for (const n of nodes) {
        if (n.nodeType !== 1) continue;
        const node = n as Element;
        if (node.matches(HEADING) || node.querySelector(HEADING) || this.labelsElsewhere(node, false)) return this.clear();
        if (node.localName === 'label') this.markNamed(node, root);
        for (const inner of Array.from(node.querySelectorAll('label[for]'))) this.markNamed(inner, root);
      }
      this.mark(el);
      // the text before a field runs back through siblings without controls, whatever is in
      // them: the first sibling with a control after the change, and after each ancestor, reads it
      this.markFollowing(record.nextSibling);
      for (let n: Element | null = el; n; n = n.parentElement) this.markFollowing(n.nextSibling);
    }
  }

  /** The container whose fields a change at `el` can touch: the nearby text of a field reaches
   *  up to it, a table's rows and headers belong to the whole table. */
  private mark(el: Element): void {
    this.dirty.add(closestOrSelf(el, TABLE) ?? closestOrSelf(el, SCOPE) ?? el.getRootNode());
  }

  private markFollowing(from: Node | null): void {
    for (let n = from; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || isOwnElement(n as Element)) continue;
      const el = n as Element;
      if (el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR)) return void this.dirty.add(el);
    }
  }

  /** The fields a `<label for>` names, wherever they are in its root. */
  private markNamed(label: Element, root: Document | ShadowRoot): void {
    const id = label.getAttribute('for');
    if (!id) return;
    let named: Element[];
    try {
      named = Array.from(root.querySelectorAll(`[id="${id.replace(/["\\]/g, '\\$&')}"]`));
    } catch {
      return this.clear(); // an id no selector can name
    }
    for (const field of named) this.dirty.add(field);
  }

  /** Whether `el` (or an ancestor, or a descendant) carries an id that aria-labelledby names. */
  private labelsElsewhere(el: Element, ancestors: boolean): boolean {
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
 * same-origin iframes.
 */
export function collectFields(root: Document | ShadowRoot, cache?: SignalCache): Collection {
  const fields: CollectedField[] = [];
  const roots: (Document | ShadowRoot)[] = [];
  const frames: HTMLIFrameElement[] = [];
  // radios group by name within their form (or root when outside a form), as browsers do
  const radioGroups = new Map<Node, Map<string, CollectedField>>();
  const memo = newMemo();
  if (cache) memo.labelledBy = cache.labelledBy;
  latest = { memo, radios: new WeakMap() };
  const dirty = cache?.dirty ?? new Set<Node>();
  /** whether the element being visited is inside a container changed since the last scan */
  let changed = !cache;

  const visitRoot = (r: Document | ShadowRoot): void => {
    roots.push(r);
    const start = 'body' in r && r.body ? r.body : r;
    const outer = changed;
    changed ||= dirty.has(r) || dirty.has(start);
    visitChildren(start);
    changed = outer;
  };

  const visitChildren = (parent: Node): void => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) visit(c as Element);
    }
  };

  /** The field's signals: from the cache when nothing around it changed, else read now. */
  const read = (el: FieldElement, group: boolean): Read => {
    const known = changed ? undefined : cache?.get(el, group);
    if (known) return known;
    const fresh = readField(el, memo, group);
    cache?.set(el, fresh);
    return fresh;
  };

  const visit = (el: Element): void => {
    if (isOwnElement(el)) return;
    const outer = changed;
    changed ||= dirty.has(el);
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
    changed = outer;
  };

  const checkboxGroups = new Map<Element, CollectedField>();

  /** A radio or checkbox group, read from its first option; later options join `options`. */
  const addGroup = (first: HTMLInputElement, kind: FieldKind): CollectedField => {
    const { signals, rowIndex } = read(first, true);
    const field: CollectedField = { element: first, kind, options: [first], signals, rowIndex };
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
    const { signals, rowIndex } = read(el, false);
    fields.push({ element: el, kind, signals, rowIndex });
  };

  visitRoot(root);
  dirty.clear();
  return { fields, roots, frames };
}
