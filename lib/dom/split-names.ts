import type { CollectedField, LabelSignals } from './collect';
import { clean, normalizeLabel, splitIdentifier } from './text';

/**
 * A person's name typed in parts: First and Last boxes (a Middle or initial between) side by
 * side, as JotForm's and Cognito's Name fields, Gravity Forms' and most ePA forms draw it
 * ("First name", "Last name" under "Patient"; "Last Name:", "First Name:" in a row). Joined into
 * one field of kind `name-parts`, read "First Middle Last" whatever the order of the boxes,
 * and named by what the boxes' names say without their part's word ("Patient First Name" →
 * "Patient Name", "First name" → "Name", which the section it is in names further).
 */

export type NamePart = 'first' | 'middle' | 'last';

/** the part a box's normalized text ends in: "patient first name", "fname", "first", "surname" */
const PART_ENDINGS: [NamePart, RegExp][] = [
  ['first', /(?:^|\s)(?:(?:first|given|fore)\s?name|first|given|f ?name)$/],
  ['last', /(?:^|\s)(?:(?:last|family|sur)\s?name|last|family|l ?name)$/],
  ['middle', /(?:^|\s)(?:middle\s?(?:name|initial)?|mi|m\.i\.?)$/],
];
/** the autocomplete tokens browsers fill a name's parts by */
const AUTOCOMPLETE: Record<string, NamePart> = { 'given-name': 'first', 'family-name': 'last', 'additional-name': 'middle' };
/** most boxes name no part: one test rules them out */
const MAY_NAME_PART = /name|first|last|given|family|middle|\bmi\b|\bm\.i\b/i;

const mayName = (text: string | null): boolean => !!text && MAY_NAME_PART.test(text);

const partsBySignals = new WeakMap<LabelSignals, NamePart | null>();

function namePartOf(field: CollectedField): NamePart | null {
  if (field.kind !== 'text') return null;
  const s = field.signals;
  let part = partsBySignals.get(s);
  if (part === undefined) {
    const filled = AUTOCOMPLETE[(field.element.getAttribute('autocomplete') ?? '').split(/\s+/).pop() ?? ''];
    part =
      filled ?? partOfTexts([...s.labels, s.aria, mayName(s.name) ? lastPart(s.name) : null, mayName(s.id) ? splitIdentifier(s.id) : null]);
    partsBySignals.set(s, part);
  }
  return part;
}

/** a name's last bracketed or separated part: `q3_patientName[first]` → "first", `patientFirstName` → "patient first name" */
const lastPart = (name: string | null): string | null => splitIdentifier(/\[([^\]]+)\]$/.exec(name ?? '')?.[1] ?? name);

function partOfTexts(texts: readonly (string | null)[]): NamePart | null {
  for (const text of texts) {
    if (!text || text.length > 40 || !MAY_NAME_PART.test(text)) continue;
    const normal = normalizeLabel(text).replace(/[.,]+$/, '');
    for (const [part, ending] of PART_ENDINGS) if (ending.test(normal)) return part;
  }
  return null;
}

/** A text without its name part's word: "Patient First Name" → "Patient Name", "Surname" → "name"; "First" → null. */
const withoutNamePart = (text: string | null): string | null =>
  clean(
    (text ?? '')
      .replace(/\b(?:middle\s?initial|m\.?i\.?)(?=\s|$)/gi, ' ')
      .replace(/\b(?:sur|fore|[fl])name\b/gi, 'name')
      .replace(/\b(?:first|given|last|family|middle)\b/gi, ' '),
  );

/** Whose name a box is for, compared between boxes: the same person's parts say the same without
 *  their part's word and "name" ("Patient First Name", "Patient MI": "patient"). */
const whose = (field: CollectedField): string =>
  normalizeLabel(withoutNamePart(field.signals.labels[0] ?? field.signals.aria) ?? '').replace(/\s*\bname$/, '');

/** "Patient" and "Prescriber" parts are two people's; a bare "First name" (or JotForm's "First Name" sublabel) is anyone's. */
const samePerson = (a: string, b: string): boolean => a === b || a === '' || b === '';

/** Joins each run of two or three consecutive name boxes (a first and a last, a middle maybe) of one person. */
export function joinSplitNames(fields: readonly CollectedField[]): CollectedField[] {
  const out: CollectedField[] = [];
  for (let i = 0; i < fields.length; i++) {
    const run = nameRun(fields, i);
    if (!run) {
      out.push(fields[i]!);
      continue;
    }
    const [first] = run as [CollectedField, ...CollectedField[]];
    out.push({
      element: first.element,
      kind: 'name-parts',
      names: run.map((f) => ({ el: f.element, part: namePartOf(f)! })),
      signals: joinedSignals(run),
      rowIndex: first.rowIndex,
      scope: first.scope,
    });
    i += run.length - 1;
  }
  return out;
}

function nameRun(fields: readonly CollectedField[], i: number): CollectedField[] | null {
  const first = fields[i]!;
  if (!namePartOf(first)) return null;
  for (const length of [3, 2]) {
    const run = fields.slice(i, i + length);
    if (run.length < length) continue;
    const parts = run.map(namePartOf);
    const distinct = new Set(parts).size === length && !parts.includes(null);
    if (!distinct || !parts.includes('first') || !parts.includes('last')) continue;
    if (run.some((f) => f.scope !== first.scope || f.rowIndex !== first.rowIndex || !samePerson(whose(f), whose(first)))) continue;
    return run;
  }
  return null;
}

function joinedSignals(run: readonly CollectedField[]): LabelSignals {
  const s = run[0]!.signals;
  const labels: string[] = [];
  for (const f of run)
    for (const l of f.signals.labels) {
      const bare = withoutNamePart(l);
      if (bare && /[a-z]/i.test(bare) && !labels.includes(bare)) labels.push(bare);
    }
  return {
    ...s,
    labels,
    aria: withoutNamePart(s.aria),
    placeholder: null,
    nearby: withoutNamePart(s.nearby),
    nearest: withoutNamePart(s.nearest ?? null),
    // `q3_patientName[first]` → "q3 patient name"
    name: withoutNamePart(splitIdentifier(s.name?.replace(/\[[^\]]+\]$/, '') ?? null)),
    id: withoutNamePart(splitIdentifier(s.id)),
  };
}
