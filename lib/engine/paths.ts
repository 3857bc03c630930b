import { F, PRIOR_THERAPY_COLUMNS, UNIT_PATHS } from '@/lib/form/fields';
import type { FieldPath, PaForm } from '@/lib/form/schema';

/**
 * Raw field paths (`drug.units`, `priorTherapies.1.outcome`) against the normalized form:
 * where each one's value lives in `PaForm`, and the order fields appear on a request, so
 * findings sort the way staff read the form.
 */

interface RawLike {
  raw: string;
}

/** Each section's fields in the order a request shows them: the order `F` lists them in. */
const FIELD_ORDER: Record<string, string[]> = {};
for (const path of Object.values(F)) {
  const [section = '', key] = path.split('.');
  FIELD_ORDER[section] ??= section === 'priorTherapies' ? [...PRIOR_THERAPY_COLUMNS] : [];
  if (key !== undefined && section !== 'priorTherapies') FIELD_ORDER[section].push(key);
}
const SECTION_ORDER = Object.keys(FIELD_ORDER);

/** Raw inputs that share one normalized value with another input (a unit select beside a number). */
const MERGED_INTO: Record<string, string> = {
  'patient.weightUnit': 'weight',
  'drug.doseUnit': 'dose',
  'labs.crpUnit': 'crpValue',
  'drug.ndcUnit': 'ndcQuantity',
};

const LAB_FIELDS: Record<string, (form: PaForm) => RawLike | undefined> = {
  crpValue: (f) => f.labs.crp.value,
  crpDate: (f) => f.labs.crp.date,
  crpUln: (f) => f.labs.crp.uln,
  crpReferenceRange: (f) => f.labs.crp.referenceRange,
  esr: (f) => f.labs.esr,
  ferritin: (f) => f.labs.ferritin,
};

const filledText = (field: RawLike | undefined): boolean => field !== undefined && field.raw.trim() !== '';

type FilledTest = (form: PaForm) => boolean;

function compileFilled(path: FieldPath): FilledTest {
  const [section, key, third, fourth] = path.split('.');
  const name = MERGED_INTO[path] ?? key;
  switch (section) {
    case 'diagnosis':
      if (name === 'codes') {
        if (third === undefined) return (f) => f.diagnosis.codes.some(filledText);
        return (f) => f.diagnosis.codes.some((c, i) => (c.path ?? `diagnosis.codes.${i}`) === path && filledText(c));
      }
      return name === 'indication' ? (f) => filledText(f.diagnosis.indication) : () => false;
    case 'labs': {
      const lab = name === undefined ? undefined : LAB_FIELDS[name];
      return lab ? (f) => filledText(lab(f)) : () => false;
    }
    case 'priorTherapies':
      return (f) =>
        f.priorTherapies.some(
          (row, i) =>
            (key === undefined || String(row.index ?? i) === key) &&
            Object.entries(row).some(([k, v]) => k !== 'index' && (third === undefined || k === third) && filledText(v as RawLike)),
        );
    case 'patient':
    case 'request':
    case 'drug':
    case 'prescriber':
    case 'clinical':
      if (name === undefined || fourth !== undefined) return () => false;
      return (f) => filledText((f[section] as Record<string, RawLike | undefined>)[name]);
    default:
      return () => false;
  }
}

// Paths are a small fixed set (checklist fields), so each is parsed once.
const FILLED_TESTS = new Map<FieldPath, FilledTest>();

/**
 * Whether the raw input at `path` holds something. Section paths (`priorTherapies`,
 * `diagnosis.codes`) are filled when any row or code is.
 */
export function isFilled(form: PaForm, path: FieldPath): boolean {
  let test = FILLED_TESTS.get(path);
  if (!test) {
    test = compileFilled(path);
    FILLED_TESTS.set(path, test);
  }
  return test(form);
}

/**
 * `isFilled` from the raw paths that hold something (`filledPaths`), where the form is not at
 * hand (the background, from the content script's report): a path is filled when it is among
 * them; a unit select when its number is; a list (`diagnosis.codes`, `priorTherapies`, a row)
 * when one of its entries is.
 */
export function filledFrom(raw: readonly string[]): (path: FieldPath) => boolean {
  const filled = new Set(raw);
  const numberOf = new Map(Object.entries(UNIT_PATHS).map(([number, unit]) => [unit, number]));
  return (path) => {
    const p = numberOf.get(path) ?? path;
    if (filled.has(p)) return true;
    const list = p === F.diagnosisCodes || /^priorTherapies(\.\d+)?$/.test(p);
    return list && raw.some((r) => r.startsWith(`${p}.`));
  };
}

const rank = (list: string[] | undefined, item: string | undefined): number => {
  const i = item === undefined || list === undefined ? -1 : list.indexOf(item);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
};

/** A sortable key for a raw path: section, field, row number, column. */
function orderKey(path: FieldPath): number[] {
  const [section, key, third, fourth] = path.split('.');
  const fields = section === undefined ? undefined : FIELD_ORDER[section];
  if (section === 'priorTherapies') {
    return [rank(SECTION_ORDER, section), 0, Number(key) || 0, rank(fields, third)];
  }
  const row = section === 'diagnosis' && key === 'codes' ? Number(third) || 0 : 0;
  return [rank(SECTION_ORDER, section), rank(fields, key), row, rank(fields, fourth)];
}

/** Orders raw paths as they appear on the request form. */
export function compareFieldPaths(a: FieldPath, b: FieldPath): number {
  const ka = orderKey(a);
  const kb = orderKey(b);
  for (let i = 0; i < ka.length; i++) {
    const d = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
