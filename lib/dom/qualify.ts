import { F, UNIT_PATHS } from '@/lib/form/fields';
import { LABEL_UNITS, UNIT_OPTION, type PortalMap, type VocabularyEntry } from './portal';
import type { CollectedField, LabelSignals } from './collect';
import { hostOf, scopeOf } from './boundary';
import { radioLabel } from './collect';
import { isSelfHidden, normalizeLabel, splitIdentifier } from './text';
import { unitAfter } from './suffix';
import { readValue } from './values';
import { isPlaceholderText, shownText, toggleOptions, toggleText, valuesShownBeside } from './widgets';

/**
 * Qualifying collected fields: which raw path (`drug.units`, `priorTherapies.1.outcome`) each
 * one holds. A portal's field map wins; otherwise the label vocabulary, tried against the
 * label signals from most to least trusted. Pure: the same fields give the same paths.
 */

export interface MappedField {
  field: CollectedField;
  path: string;
  /** a unit named by the label ("weight KG") for when no unit select sits beside the number */
  impliedUnit: { path: string; unit: string } | null;
  /** the portal map id, or "heuristic" */
  via: string;
  /** what a person would call the field, for messages */
  label: string;
}

export interface QualifyOptions {
  maps: readonly PortalMap[];
  hostname: string;
  /** the words forms use for each field, tried where no portal map names it */
  vocabulary: readonly VocabularyEntry[];
}

const UNIT_PATH_SET = new Set(Object.values(UNIT_PATHS));

function fromMap(field: CollectedField, maps: readonly PortalMap[]): { path: string; via: string } | null {
  const testId = field.signals.testId;
  if (!testId) return null;
  for (const map of maps) {
    for (const rule of map.fields) {
      if (typeof rule.testId === 'string') {
        if (rule.testId === testId) return { path: rule.path, via: map.id };
      } else {
        const m = rule.testId.exec(testId);
        if (m) return { path: rule.path.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? ''), via: map.id };
      }
    }
  }
  return null;
}

/** Label texts in order of trust, normalized once per signals object: a re-scan that reuses a
 *  field's signals (see collect.ts, SignalCache) does not normalize them again. */
const normalizedTexts = new WeakMap<LabelSignals, string[]>();

function labelTexts(field: CollectedField): string[] {
  const s = field.signals;
  const known = normalizedTexts.get(s);
  if (known) return known;
  // a field's texts often repeat (its label is also the text before it, its name its id): each
  // is normalized and tested once
  const raw: string[] = [];
  const out: string[] = [];
  const add = (text: string | null): void => {
    if (!text || raw.includes(text)) return;
    raw.push(text);
    const normal = normalizeLabel(text);
    if (!out.includes(normal)) out.push(normal);
  };
  for (const text of s.labels) add(text);
  add(s.aria);
  // a checkbox's own statement ("I attest that the information above is accurate") is what it
  // is: the text before it (a review list) names something else; a short label ("Yes") answers
  // the question before it
  if (field.kind === 'checkbox' && !field.options && s.labels.some((l) => l.split(/\s+/).length >= 4)) {
    normalizedTexts.set(s, out);
    return out;
  }
  // in a table the text before a field is its row's own label ("Date collected"), more
  // specific than a column's header ("Value")
  if (s.column) add(s.nearest ?? null);
  if (s.column) add(s.nearby);
  add(s.column);
  add(s.placeholder);
  add(s.nearest ?? null);
  add(s.nearby);
  add(splitIdentifier(s.testId));
  if (s.name !== s.testId) add(splitIdentifier(s.name));
  if (s.id !== s.testId && s.id !== s.name) add(splitIdentifier(s.id));
  normalizedTexts.set(s, out);
  return out;
}

const unions = new WeakMap<readonly VocabularyEntry[], RegExp>();
/** Fields from which the union below pays for itself: compiling it costs about as much as
 *  trying every entry on some hundreds of fields (measured: ~6 ms on its first test). */
const UNION_FROM_FIELDS = 300;
const EVERY_TEXT = /(?:)/;
/** One pattern matching whatever any entry's label matches: most texts on a large form name
 *  nothing we know, and one test rejects them instead of one per entry. */
function anyLabel(vocabulary: readonly VocabularyEntry[]): RegExp {
  let union = unions.get(vocabulary);
  if (!union) {
    // a flag (a caller's /i) cannot join one pattern: no prefilter then
    const joinable = vocabulary.every((e) => e.label.flags === '');
    union = joinable ? new RegExp(vocabulary.map((e) => `(?:${e.label.source})`).join('|')) : EVERY_TEXT;
    unions.set(vocabulary, union);
  }
  return union;
}

/** A field's section, with the list its name puts it in (`priorTherapies.0.drug`: React Admin's
 *  ArrayInput rows, titled by no heading the reader takes, say "prior therapies" by their names). */
function sectionOf(s: LabelSignals): string {
  const section = s.section ? normalizeLabel(s.section) : '';
  const list = /^(.+?)(?:\.|\]?\[)\d+[.\]]/.exec(s.name ?? '')?.[1];
  return list ? `${section} ${normalizeLabel(splitIdentifier(list) ?? '')}`.trim() : section;
}

/** The fields a yes or no answers: the only ones a lone checkbox can answer (its "Yes" names no
 *  code, date, number or drug). */
const YES_NO_FIELDS: ReadonlySet<string> = new Set([
  F.hospitalization,
  F.colchicineContinuing,
  F.colchicineContraindicated,
  F.nsaidContraindicated,
  F.corticosteroidsNotCandidate,
  F.urateLoweringTherapy,
  F.benefitDocumented,
]);

function fromVocabulary(field: CollectedField, vocabulary: readonly VocabularyEntry[], any: RegExp): { path: string; text: string } | null {
  let section: string | null = null;
  // a lone checkbox reads "Yes" or nothing: a yes-or-no question is all it can answer
  const lone = field.kind === 'checkbox' && !field.options;
  for (const text of labelTexts(field)) {
    if (!any.test(text)) continue;
    // the section is read only for texts that name something: most fields of a large form name nothing
    section ??= sectionOf(field.signals);
    for (const entry of vocabulary) {
      if (entry.kinds && !entry.kinds.includes(field.kind)) continue;
      if (lone && !YES_NO_FIELDS.has(entry.path)) continue;
      // a grid's text speaks only for the prior therapies it lists: any other table of text (a
      // history of requests, a list of claims) is no part of this request; nor is a form titled as
      // one row of a grid (Frappe's "Editing Row #2" opened in the grid row), which edits that row
      if ((field.kind === 'cell' || / row #?\d+$/.test(section)) && !entry.path.startsWith('priorTherapies.')) continue;
      if (entry.section && !entry.section.test(section)) continue;
      if (entry.notSection?.test(section)) continue;
      if (entry.label.test(text)) return { path: entry.path, text };
    }
  }
  return null;
}

/** A control that holds a unit: a select (or radio group) whose options are all units, or a
 *  custom select showing a unit or labelled as one (its options exist only while it is open). */
function isUnitControl(field: CollectedField): boolean {
  if (field.kind === 'select' || field.kind === 'radio') {
    const options =
      field.kind === 'select'
        ? Array.from((field.element as HTMLSelectElement).options)
            .filter((o) => o.value !== '' && !isPlaceholderText(o.text))
            .map((o) => [o.text.trim(), o.value])
        : (field.options ?? []).map((r) => [radioLabel(r), r.value]);
    return options.length > 0 && options.every(([text, value]) => UNIT_OPTION.test(text ?? '') || UNIT_OPTION.test(value ?? ''));
  }
  const toggles = field.kind === 'combobox' ? toggleOptions(field.element) : [];
  if (toggles.length) return toggles.every((b) => UNIT_OPTION.test(toggleText(b)));
  // a select-like widget's input (react-select, antd) shows its choice beside it; asked only of
  // one labelled as a unit ("Unit", "UOM") or by nothing (antd's unit Select as an addon after
  // its number box): asking every text box costs a large form's scan
  const s = field.signals;
  const named = field.kind === 'text' && labelTexts(field).some((t) => GENERIC_UNIT.test(t));
  // a prompt ("Select one") names nothing
  const unlabelled = field.kind === 'text' && !named && !s.labels.length && !s.aria && (!s.placeholder || isPlaceholderText(s.placeholder));
  const beside = named || unlabelled ? valuesShownBeside(field.element) : null;
  // an unlabelled unit box holding the unit itself: a combobox showing no value beside it
  // (LHC-Forms' unit list) or a read-only box (LHC-Forms' single unit)
  // or a plain box named as one holding a unit (Medplum's QuantityInput: "Unit" after the value;
  // a box named "Units" holding a number is billing units)
  const input = field.element as HTMLInputElement;
  const plain = named && !beside;
  const own = (unlabelled && (beside ? !beside.length : input.readOnly)) || plain ? input.value.trim() : '';
  if (field.kind !== 'combobox' && !(named ? beside || own : beside?.length || own)) return false;
  const shown = beside?.length ? beside.join(', ') : own || (beside ? '' : shownText(field.element));
  return (shown !== '' && UNIT_OPTION.test(shown)) || (!plain && labelTexts(field).some((t) => GENERIC_UNIT.test(t)));
}

/** A label that names a unit and not whose ("Unit", "UOM", "Unit of measure"). */
const GENERIC_UNIT = /^(units?|uom|u\/m|unit of measure|units? of measure)$/;

/** The nearest earlier quantity field sharing a container with `select` (a few levels up). */
function quantityBeside(select: CollectedField, earlier: MappedField[]): MappedField | null {
  let container: Element | null = composedParent(select.element);
  // DevExtreme's form puts a row's items eight levels apart
  for (let depth = 0; container && depth < 9; depth++, container = composedParent(container)) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const m = earlier[i];
      if (m && UNIT_PATHS[m.path] && holds(container, m.field.element)) return m;
    }
  }
  return null;
}

/** The element above `el`; above a shadow root's top, its host (web components keep their
 *  inputs in shadow roots: Shoelace's weight box and its unit select are two hosts side by side). */
const composedParent = (el: Element): Element | null => el.parentElement ?? hostOf(el);

/** Whether `el` is inside `container`, in its tree or a shadow root under it. */
function holds(container: Element, el: Element): boolean {
  for (let n: Element | null = el; n; n = hostOf(n)) if (container.contains(n)) return true;
  return false;
}

function impliedUnit(path: string, field: CollectedField): MappedField['impliedUnit'] {
  const unitPath = UNIT_PATHS[path];
  if (!unitPath) return null;
  // a unit shown after the field ("[ 66 ] lb") says more than its label
  const suffix = unitAfter(field.element);
  for (const text of suffix ? [normalizeLabel(suffix), ...labelTexts(field)] : labelTexts(field)) {
    for (const [pattern, unit] of LABEL_UNITS) {
      if (pattern.test(text)) return { path: unitPath, unit };
    }
  }
  return null;
}

/** A survey's question number before its title ("1. Member ID", "Q3) Dose"). */
const QUESTION_NUMBER = /^(?:Q\s?)?\d{1,3}[.)]\s+(?=\S)/i;

/** `matched`: the (normalized) text the vocabulary matched, when it named the field */
const displayLabel = (field: CollectedField, fallback: string, matched?: string): string => {
  const s = field.signals;
  // a table row's own label named it, not its column's header
  const near = s.nearest && matched === normalizeLabel(s.nearest) ? s.nearest : s.nearby;
  const byRow = s.column && near && matched !== undefined && matched === normalizeLabel(near) ? near : null;
  // the text that named it, when another (an aria-label a library writes: vue-multiselect's
  // "-searchbox") would be shown first
  const named =
    matched !== undefined && !byRow
      ? [...s.labels, s.aria, s.nearest, s.nearby, s.column, s.placeholder].find((t) => t && normalizeLabel(t) === matched)
      : undefined;
  // a required or optional marker ("* Member ID", "Member ID *", "DOB (required)", VA's "(*Required)", Kendo's "NPI(Optional)",
  // Grommet's "NPI*required" read out to screen readers) and a question number ("1. Member ID") are no
  // part of the name shown in a message
  const name = named ?? s.labels[0] ?? s.aria ?? byRow ?? s.column ?? near ?? s.placeholder;
  return (
    name
      ?.replace(/^\*\s*/, '')
      .replace(STAR_BEFORE_COLON, ':')
      .replace(DATE_FORMAT_AFTER, '')
      .replace(MARKER_AFTER, '')
      .replace(QUESTION_NUMBER, '') || fallback
  );
};
/** the format a date's label adds: Canada.ca's "(YYYY-MM-DD)", AGDS's "(dd/mm/yyyy)" */
const DATE_FORMAT_AFTER = /\s*\(\s*(?:[ymd]{1,4}[-/. ]){2}[ymd]{1,4}\s*\)$/i;
/** Struts' "Member ID * :", the star between the words and their colon */
const STAR_BEFORE_COLON = /\s*\*\s*:$/;
// "required" run into the words before it only: "Is a new dose required" keeps its word
const MARKER_AFTER = /\s*(?:\*|\*\s*required|\(\*?(?:required|optional)\))$|(?<=\S)required$/i;

/**
 * Maps collected fields (in document order) to raw paths. Fields that name nothing known are
 * left out; when two fields claim one path, the first keeps it.
 */
export function qualifyFields(fields: readonly CollectedField[], options: QualifyOptions): MappedField[] {
  const maps = options.maps.filter((m) => m.hosts.includes(options.hostname));
  const { vocabulary } = options;
  const any = fields.length >= UNION_FROM_FIELDS ? anyLabel(vocabulary) : EVERY_TEXT;
  const out: MappedField[] = [];
  const taken = new Set<string>();
  const counters = new Map<string, number>();

  // a portal map is trusted over labels: its fields claim their paths before any heuristic one
  const fromMaps = new Map<CollectedField, { path: string; via: string }>();
  for (const f of fields) {
    const m = fromMap(f, maps);
    if (!m) continue;
    fromMaps.set(f, m);
    taken.add(m.path);
  }

  // names numbering each prior therapy's field apart number a builder's fields (WPForms'
  // `wpforms[fields][21]`), not entries: an entry's fields share its number (`medName_1`, `medEnd_1`)
  const matched = new Map<CollectedField, ReturnType<typeof fromVocabulary>>();
  const numbers: number[] = [];
  for (const f of fields) {
    const n = fromMaps.has(f) ? null : entryNumber(f.signals);
    if (n === null) continue;
    const m = fromVocabulary(f, vocabulary, any);
    matched.set(f, m);
    if (m?.path.startsWith('priorTherapies')) numbers.push(n);
  }
  const entries = new Set(numbers).size < numbers.length;

  // the request's own fields claim their paths first: those of the scope holding the most fields
  // (a dialog over a list page's filter form), then the rest, a lookup panel's boxes last
  const ordered = claimOrder(fields);
  for (const field of ordered) {
    const mapped = fromMaps.get(field) ?? null;
    let path: string | null = mapped?.path ?? null;
    const via = mapped?.via ?? 'heuristic';
    let found: { path: string; text: string } | null = null;
    if (!mapped) {
      found = (matched.has(field) ? matched.get(field) : fromVocabulary(field, vocabulary, any)) ?? null;
      path = found?.path ?? null;
      if (isUnitControl(field)) {
        // a label that says whose unit it is ("CRP unit") decides; a generic one ("Unit of
        // measure") or none: the quantity beside it
        const own = path && (UNIT_PATH_SET.has(path) ? path : (UNIT_PATHS[path] ?? null));
        const generic = !found || GENERIC_UNIT.test(found.text);
        const beside = !own || generic ? quantityBeside(field, out) : null;
        path = (beside ? UNIT_PATHS[beside.path] : own) ?? null;
      }
      if (path?.includes('#')) {
        if (isReadonlyCopy(field, path, out)) continue;
        path = indexPath(path, field, counters, entries);
      }
      if (path === null) continue;
      if (taken.has(path)) {
        // a box staff see and type in takes its path from one in a section hidden since (a stale
        // copy in DHTMLX's hidden form group), from a disabled one (jsonform's pane not chosen) or
        // from a read-only text box before it (a summary of the previous request: Bootstrap Italia's
        // `form-control-plaintext`); a wizard's hidden earlier step keeps its path from a review
        // step's read-only copy
        const i = out.findIndex((m) => m.path === path);
        const held = out[i]?.field;
        // (a read-only box gives way to no search panel's box, nor to a select hidden under a widget)
        // (nor is a select-like widget's read-only input a copy: react-select's DummyInput)
        const copy =
          !!held &&
          isTextBox(held) &&
          isReadonly(held.element) &&
          !field.lookup &&
          !isSelfHidden(field.element) &&
          valuesShownBeside(held.element) === null;
        // (a widget saying it is read-only or disabled is such a copy too: Salt's read-only Dropdown)
        const said =
          !!held && (held.element.getAttribute('aria-readonly') === 'true' || held.element.getAttribute('aria-disabled') === 'true');
        const yields = held && (held.hidden || (held.element as HTMLInputElement).disabled || copy || said);
        if (!yields || field.hidden || !isTyped(field.element)) continue;
        out.splice(i, 1);
      }
      taken.add(path);
    } else if (out.some((m) => m.path === path)) {
      continue; // a duplicated hook: the first keeps the path
    }
    if (path === null) continue;
    out.push({ field, path, impliedUnit: impliedUnit(path, field), via, label: displayLabel(field, path, found?.text) });
  }
  return withoutRepeats(ordered === fields ? out : withinRequest(out, fields));
}

/** A prior therapy read twice, the same drug from the same start, is one: a row and the dialog or
 *  panel editing it (EspoCRM's quick edit, Fusion's Dialog, MUI X's detail panel) or a closed
 *  dialog keeping a copy. The first in page order stays. */
function withoutRepeats(out: MappedField[]): MappedField[] {
  const value = (n: string, column: string): string | undefined => {
    const m = out.find((f) => f.path === `priorTherapies.${n}.${column}`);
    return m && readValue(m.field).toLowerCase();
  };
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const m of out) {
    const n = /^priorTherapies\.(\d+)\.drug$/.exec(m.path)?.[1];
    const key = n && `${value(n, 'drug')}|${value(n, 'start')}`;
    if (!key || key.startsWith('|')) continue;
    if (seen.has(key)) repeated.add(n);
    seen.add(key);
  }
  return repeated.size ? out.filter((m) => !repeated.has(/^priorTherapies\.(\d+)\./.exec(m.path)?.[1] ?? '')) : out;
}

/** The fields in the order they claim paths: the main scope's (the open dialog, form or document
 *  holding the most fields outside lookup panels, cells of text not counted), the others', then lookup panels'; `fields`
 *  itself when that is page order. */
function claimOrder(fields: readonly CollectedField[]): readonly CollectedField[] {
  const counts = new Map<Node | undefined, number>();
  // a grid's cells of text count for no scope: a calendar's days are many and typed into by no one
  for (const f of fields) if (!f.lookup && f.kind !== 'cell') counts.set(f.scope, (counts.get(f.scope) ?? 0) + 1);
  let main: Node | undefined;
  let most = 0;
  for (const [scope, n] of counts) {
    if (n > most) [main, most] = [scope, n];
  }
  const first = counts.size > 1 ? fields.filter((f) => !f.lookup && f.scope === main) : [];
  const lookups = fields.filter((f) => f.lookup);
  if (!first.length && !lookups.length) return shownFirst(fields);
  // a dialog holding the request stands over the page: the boxes there (a profile, a list's
  // filters) are not the request's. Another open dialog's may be, unless the request's is modal
  // (`aria-modal`, a `<dialog>` shown modally) or the other is hidden from assistive technology
  // (MUI, Radix, Headless UI hide what is behind).
  // (a dialog saying it is not modal, a date picker's popup, stands over nothing)
  const dialog = first.length > 0 && isDialog(main) && (main as Element).getAttribute('aria-modal') !== 'false' ? (main as Element) : null;
  const modal = dialog !== null && isModal(dialog);
  const behind = (f: CollectedField): boolean =>
    dialog !== null && (modal || !isDialog(f.scope) || f.element.closest('[aria-hidden="true"], [inert]') !== null);
  const rest = fields.filter((f) => !f.lookup && (!first.length || f.scope !== main) && !behind(f));
  return [...shownFirst(first), ...shownFirst(rest), ...lookups];
}

/** Empty fields in a box hidden by its own markup (a conditional reveal not revealed) claim a path
 *  after the others: the pounds box staff typed in, not the empty kilograms one hidden before it. */
function shownFirst(fields: readonly CollectedField[]): readonly CollectedField[] {
  const last = (f: CollectedField): boolean => !!f.hidden && 'value' in f.element && !f.element.value;
  return fields.some(last) ? [...fields.filter((f) => !last(f)), ...fields.filter(last)] : fields;
}

/** A box staff read and type in, not a read-only copy (a review step's; a read-only combobox is
 *  chosen in: DHTMLX's read-only Combo) */
const isTyped = (el: Element): boolean => !(el as HTMLInputElement).disabled && (!isReadonly(el) || el.getAttribute('role') === 'combobox');

const isDialog = (scope: Node | undefined): boolean =>
  scope?.nodeType === 1 && /^(dialog|alertdialog)$/.test((scope as Element).getAttribute('role') ?? (scope as Element).localName);

function isModal(dialog: Element): boolean {
  if (dialog.getAttribute('aria-modal') === 'true') return true;
  try {
    return dialog.matches(':modal');
  } catch {
    return false; // a browser without the pseudo-class
  }
}

/**
 * Drops a lookup panel's fields that sit outside the request (another form, or the shell
 * around the frame that holds it: the form or document with the most other fields), and
 * puts the rest back in page order. A search box inside the request's own form ("Drug name
 * [Search]") stays.
 */
function withinRequest(out: MappedField[], fields: readonly CollectedField[]): MappedField[] {
  // a field outside every panel counts for its scope over any number inside one (a short
  // wizard step may sit in a "panel" of its own, around a drug search)
  const counts = new Map<Node, number>();
  for (const m of out) {
    const scope = scopeOf(m.field.element);
    counts.set(scope, (counts.get(scope) ?? 0) + (m.field.lookup ? 1 : 1000));
  }
  let main: Node | null = null;
  for (const [scope, n] of counts) if (!main || n > (counts.get(main) ?? 0)) main = scope;
  const order = new Map(fields.map((f, i) => [f, i]));
  return out
    .filter((m) => !m.field.lookup || scopeOf(m.field.element) === main)
    .sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
}

const isReadonly = (el: Element): boolean => (el as HTMLInputElement).readOnly === true;
/** a box of typed text, not a select-like widget's input (read-only while it shows a choice) */
const isTextBox = (f: CollectedField): boolean =>
  (f.kind === 'text' || f.kind === 'number' || f.kind === 'date' || f.kind === 'textarea') && !f.element.hasAttribute('aria-haspopup');
const template = (path: string): string => path.replace(/\.\d+(?=\.|$)/, '.#');

/** A read-only box repeating a value an editable one of the same list holds: a review step's
 *  copy of a diagnosis code or a prior therapy (earlier steps kept in the page, hidden). */
function isReadonlyCopy(field: CollectedField, path: string, earlier: readonly MappedField[]): boolean {
  if (!isReadonly(field.element)) return false;
  const value = readValue(field);
  return value !== '' && earlier.some((m) => template(m.path) === path && !isReadonly(m.field.element) && readValue(m.field) === value);
}

/** Fills `#`: a table row, or the entry number in a prior therapy's name
 *  (`medications[1].end`, `medEnd_1`, `therapy-2-outcome`) where the page's entries share
 *  numbers (`entries`), gives a prior therapy's index, so an entry that leaves a field out
 *  ("Currently taking" hides its end date) does not shift the later ones; otherwise fields count
 *  up in document order. */
function indexPath(template: string, field: CollectedField, counters: Map<string, number>, entries: boolean): string {
  const row = template.startsWith('priorTherapies') ? (field.rowIndex ?? (entries ? entryNumber(field.signals) : null)) : null;
  const n = row ?? counters.get(template) ?? 0;
  counters.set(template, n + 1);
  return template.replace('#', String(n));
}

/** an entry's number in a field's name: `[1]`, `.1.`, `_1`, `-1` (names are written by the
 *  form's author; ids are often generated, "mui-12", and number the field, not the entry; a name
 *  of numbers alone, a questionnaire item's outline number "5.1", numbers the item, and two digits
 *  outside brackets number a builder's field: FormAssembly's `tfa_41`) */
const ENTRY_NUMBER = /\[(\d{1,2})\]|[._-](\d)(?=$|[_.-])/;
function entryNumber(s: LabelSignals): number | null {
  const m = s.name && !/^[\d.]+$/.test(s.name) ? ENTRY_NUMBER.exec(s.name) : null;
  return m ? Number(m[1] ?? m[2]) : null;
}
