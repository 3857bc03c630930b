import type { Quantity, Unit } from '@/lib/form/schema';
import { APPROXIMATE, NO_DATE, parseDate, parsePartialDate } from './date';
import { readLeadingNumber } from './number';
import { fail, NOT_GIVEN, ok, requote, type Parsed } from './result';
import { fold, quote } from './quote';

/** Spellings staff type for each unit, compared folded (the micro sign µ is μ), lower-case with spaces removed,
 *  "milligram(s)" as "mg" and "per" after a mass as "/" ("milligrams per liter" is mg/liter). */
const UNIT_SPELLINGS: Record<Unit, readonly string[]> = {
  mg: ['mg', 'mgs', 'mgm', 'mg/dose'],
  g: ['g', 'gm', 'gms', 'gram', 'grams'],
  mcg: ['mcg', 'μg', 'ug', 'microgram', 'micrograms'],
  mL: ['ml', 'mls', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'cc'],
  units: ['unit', 'units', 'u', 'un'],
  kg: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'],
  lb: ['lb', 'lbs', 'pound', 'pounds', '#'],
  'mg/L': ['mg/l', 'mg/liter', 'mg/litre'],
  'mg/dL': ['mg/dl', 'mg/deciliter', 'mg/decilitre', 'mg%'],
  xULN: ['xuln', '*uln', 'timesuln', 'timestheuln', 'xtheuln', 'xupperlimitofnormal'],
  'mm/h': ['mm/h', 'mm/hr', 'mm/hour', 'mm/1hr', 'mmhr'],
  'ng/mL': ['ng/ml', 'mcg/l', 'μg/l', 'ug/l'],
};

const UNIT_BY_SPELLING = new Map<string, Unit>(
  (Object.entries(UNIT_SPELLINGS) as [Unit, readonly string[]][]).flatMap(([unit, spellings]) => spellings.map((s) => [s, unit] as const)),
);

const AMOUNT = 'a drug amount';
const BODY_WEIGHT = 'a body weight';
const CONCENTRATION = 'a concentration';

/** What kind of measure a unit is, for "mL is a volume; the dose needs mg". */
const UNIT_KIND: Record<Unit, string> = {
  mg: AMOUNT,
  g: AMOUNT,
  mcg: AMOUNT,
  mL: 'a volume',
  units: 'a billing-unit count',
  kg: BODY_WEIGHT,
  lb: BODY_WEIGHT,
  'mg/L': CONCENTRATION,
  'mg/dL': CONCENTRATION,
  xULN: 'a multiple of the upper limit of normal',
  'mm/h': 'a sedimentation rate',
  'ng/mL': CONCENTRATION,
};

/** A unit followed by its description, as unit selects list them ("kg (kilograms)", "UN - Unit"), or a
 *  dose's by the dose per kg ("350 mg = 5 mg/kg", as "350 mg (5 mg/kg)"). */
const DESCRIBED_UNIT = /^(.+?)\s*(?:\(.*\)|[-–—;].*|[=≈]\s*[\d.]+\s*mg\s*\/\s*kg)$/;

const unitSpelled = (text: string): Unit | null =>
  UNIT_BY_SPELLING.get(
    fold(text)
      .toLowerCase()
      .replace(/\s+/g, '')
      .replace(/×/g, 'x')
      .replace(/\.$/, '')
      .replace(/milligrams?/, 'mg')
      .replace(/(?<=g)per/, '/'),
  ) ?? null;

/** A unit as typed ("MG", "lbs", "× ULN", "mg/dl"), or as an option names it with a description
 *  ("mg/L (milligrams per liter)", "UN - Unit") → its canonical form, or null. The description
 *  is taken off only when what leads is itself a unit. */
export function parseUnit(text: string): Unit | null {
  const leading = DESCRIBED_UNIT.exec(text.trim())?.[1];
  return unitSpelled(text) ?? (leading ? unitSpelled(leading) : null);
}

export interface QuantityOptions {
  /** units this field accepts; another known unit gets a "wrong kind" problem */
  units?: readonly Unit[];
  /** how messages name the field, e.g. "the dose" */
  what?: string;
}

/** Units of a lab result, which may carry a flag ("12.5 (H)") or lie beyond the assay ("<3 mg/L"). */
const LAB_UNITS: readonly Unit[] = ['mg/L', 'mg/dL', 'xULN', 'mm/h', 'ng/mL'];

/** The test's name or a label before a result ("CRP 12", "hs-CRP 45 mg/L", "Ferritin: 900", "Result: 12.3"), or a sig's
 *  verb before a dose ("Inject 150 mg subcutaneously"). */
const LAB_NAME =
  /^(?:hs-?\s?crp|crp|esr|ferritin|uln|upper limit(?: of normal)?|result|value|inject|give|administer|infuse)\s*[:=-]?\s*(?=[\d.<>≤≥])/i;

/** A comparison before a lab result beyond the assay's range: "<3", "< 0.5", ">2000", "less than 3". */
const LIMIT = /^(?:([<≤]|less than|below)|([>≥]|greater than|more than|above))=?\s*/i;

/** A lab's flag after the result: "(H)", "H", "(High)", "L", "*", "*H*", "↑", "↓". */
const FLAG =
  /(?:^|\s+)(?:h|l|hh|ll|high|low|abnormal|\*+(?:[hl]{1,2}\*+)?)$|\s*(?:[([](?:h|l|hh|ll|high|low|a|abn|abnormal|crit|critical)[)\]]|[↑↓]+)$/i;

/** A flag between the result and its unit, as some lab systems print it ("24.0 H mg/L", "24 (H) mg/L", "24 ↑ mg/L"). */
const LEADING_FLAG =
  /^(?:[([](?:h|l|hh|ll|high|low|a|abn|abnormal|crit|critical)[)\]]|(?:h|l|hh|ll|high|low|a|abn)\b|\*+(?:[hl]{1,2}\*+)?|[↑↓]+)\s*/i;

/**
 * A reference range pasted after a lab result, as EHRs print it: in brackets ("[0.0-5.0]", "[0-20 mm/hr]", "[<5]"),
 * or labelled, in brackets, parentheses or none ("(Ref: <5.0)", "[Reference range: 0-5 mg/L]", "ref <10"). Group 1: the range.
 */
const BRACKET_RANGE =
  /\s*(?:\[|[(\s](?=ref|normal))(?:(?:ref\w*|normal)\.?(?:\s*(?:range|interval))?\s*[:=-]?\s*)?([<>≤≥]?\s*\d[\d.]*(?:\s*(?:-|–|to)\s*[\d.]+)?\s*[a-z/%]*)\s*[\])]?$/i;

/** The reference range printed after a lab result ("12.3 mg/L (Ref: <5.0)" → "<5.0"), or null. */
export const rangeAfterResult = (text: string): string | null => BRACKET_RANGE.exec(fold(text).replace(FLAG, ''))?.[1]?.trim() ?? null;

/** A date written before a lab result ("11/02/2026: 24 mg/L") or after it ("24 mg/L on 11/02", "24 mg/L (11/02/2026)"). */
const RESULT_DATE =
  /^(\d+[/-][\d/-]*\d)\s*[:-]\s*|(?:,|\s+(?:on|drawn|collected|dated?|@))\s*\(?(\d+[/-][\d/-]*\d)\)?$|\s*\(?(\d+(?:\/[\d/-]*|-\d+-\d*)\d)\)?$/i;

/** Where the next result starts in a box holding several: after a semicolon or a line break ("24 mg/L (11/02/2026); 31 mg/L
 *  (10/05/2026)"), or a comma and another test's name ("CRP 88 mg/L, ESR 64 mm/hr"). */
const NEXT_RESULT = /\s*(?:[;\n]|,(?=\s*[a-z]))\s*(?=[a-z-]*\s*[:=]?\s*[<>]?\d)/i;

interface LabResult {
  result: string;
  date?: string | undefined;
  /** the date as ISO, when it is a whole one */
  day?: string | undefined;
}

/** The result a lab box gives, with the date written beside it: of several results dated, the latest, else the first. */
export const labResult = (text: string): LabResult =>
  fold(text)
    .split(NEXT_RESULT)
    .map((result): LabResult => {
      const m = RESULT_DATE.exec(result);
      const date = m?.[1] ?? m?.[2] ?? m?.[3];
      const day = date ? parseDate(date) : null;
      return { result: result.replace(RESULT_DATE, ''), date, day: day?.ok ? day.value : undefined };
    })
    .reduce((a, b) => (a.day && b.day && b.day > a.day ? b : a));

/** A weight's label pasted before it: "Wt: 68 kg", "Weight - 150 lb". */
const WEIGHT_LABEL = /^(?:wt|weight)\.?\s*[:=-]?\s*(?=[\d.])/i;

const isWeight = (unit: Unit): boolean => unit === 'kg' || unit === 'lb';

/** `rest` without a flag before a lab unit; a flag before anything else is left to be reported. */
function withoutLeadingFlag(rest: string): string {
  const flag = LEADING_FLAG.exec(rest);
  if (!flag) return rest;
  const unit = parseUnit(rest.slice(flag[0].length));
  return unit && LAB_UNITS.includes(unit) ? rest.slice(flag[0].length) : rest;
}

/** Words after a dose that say how or when it is given ("150 mg SQ", "400 mg IV", "150 mg every 8 weeks", "150 mg x 1 dose"). */
const DOSE_TAIL =
  /^(?:sq|sc|s\.c\.|subq|sub-?q|sub-?cut\w*|subcutaneous\w*|iv|ivpb|im|intravenous\w*|intramuscular\w*|inj\w*|infusion|by|via|in|every|q\s*\d+\s*\w*|q(?:week|month|day)?|once|weekly|monthly|daily|at|then|for|initial\w*|loading|induction|maintenance|single|one-time|dose|per (?:dose|injection|infusion)|x ?(?:1|\d+ ?doses?))\b/i;

/** A note in a dose on its volume, vials or mg per kg: "(1 mL)", "(5 mg/kg)", "= 1 vial". */
const DOSE_NOTE = /\s*(?:\(\s*=?\s*[\d.]+\s*(?:ml|vials?|mg\s*\/\s*kg)\s*\)|[=;]\s*[\d.]+\s*(?:ml|vials?)$)/gi;

/** Words after a weight that date it ("70 kg as of 11/15/26", "70 kg on 11/15/2026", "70 kg (on 11/2026)", "70 kg (11/18/2026), Ht …"), or
 *  give the BMI or the height ("68 kg, 172 cm", "Ht 180 cm"); a date alone in parentheses ("68 kg (11/15/2026)") is read
 *  by `twoWeights`. */
const WEIGHT_TAIL = /^(?:\(?(?:(?:as of|on|measured(?: on)?|@|dated?)\s+\d|bmi\b|bsa\b|ht\b|height|\d[\d.]*\s*(?:cm|in)\b)|\(\d+\/\d)/i;

/** A strength, not a dose: "150 mg/mL", "150 mg/1 mL", "100 mg/vial". */
const STRENGTH = /^(mg|mcg|g)\s*\/\s*1?\s*(ml|vial|syringe|pen|cartridge|tab(?:let)?|cap(?:sule)?)\b/i;

/**
 * Whether a lab result was typed as beyond the assay's range: "<3 mg/L" is `below` 3 (its true
 * value is less than the amount read), ">2000 ng/mL" is `above`. `parseQuantity` reads the
 * amount as the limit; a rule comparing it with a threshold should ask this first.
 */
export function limitOf(text: string): 'below' | 'above' | null {
  const m = LIMIT.exec(labResult(text).result.replace(LAB_NAME, ''));
  return m ? (m[1] ? 'below' : 'above') : null;
}

/**
 * A non-negative number with an optional unit: "280mg", "280 MG", "154 lbs", "4.5 mg/dL",
 * "2x ULN". The unit is null when none was typed; a unit select is combined by the normalizer.
 * Also read: a dose with its route or schedule after it ("150 mg SQ", "150 mg every 8 weeks"),
 * a weight dated ("70 kg as of 11/15/26") or in both units when they agree within 2% ("70 kg /
 * 154 lb" → 70 kg), a lab result with the test's name, a flag or beyond the assay ("CRP 12",
 * "12.5 (H)", "<3 mg/L" → 3 mg/L, see `limitOf`), a lab result with its date or beside others (`labResult`), an
 * estimate ("approx. 66 kg"), an amount in brackets after one in a unit the field does not take ("1 mL (150 mg)").
 * A strength ("150 mg/mL") is a problem.
 */
export function parseQuantity(typed: string, opts: QuantityOptions = {}): Parsed<Quantity> {
  // a lab box may hold its result's date, or several results
  const text = opts.units?.some((u) => LAB_UNITS.includes(u)) ? labResult(typed).result : typed;
  if (NO_DATE.test(fold(text))) return fail(`quantity.${NOT_GIVEN}`, `${quote(text)} gives no value.`);
  // a weight's label ("Wt: 68 kg") is read only where a weight goes
  const label = WEIGHT_LABEL.exec(fold(text));
  // the drug's name before a dose ("Canakinumab 150 mg"), as an order line prints it
  const named = opts.units?.includes('mg') ? /^[a-z][a-z-]{3,}\s+(?=\d)/i : /$^/;
  let s = fold(text).slice(label?.[0].length).replace(LAB_NAME, '').replace(named, '').replace(APPROXIMATE, '');
  const limit = LIMIT.exec(s);
  if (limit) s = s.slice(limit[0].length);
  const n = readLeadingNumber(s, 'quantity');
  if (!n.ok) return requote(n.problem, s, text);
  const { value } = n.value;
  // flags and a bracketed range after the result, in either order ("48 mm/hr (H) [0-20]")
  // "milligrams per kilogram" is mg/kg
  const after = n.value.rest.replace(/^milligrams?\s+per\s+kilo(?:gram)?s?\b/i, 'mg/kg');
  const rest = withoutLeadingFlag(
    after
      .replace(FLAG, '')
      .replace(opts.units?.every(isWeight) ? /$^/ : BRACKET_RANGE, '')
      .replace(FLAG, ''),
  );
  const flagged = limit !== null || rest !== after;
  const r = readUnit(text, value, rest, opts);
  if (label && r.ok && !(r.value.unit ? isWeight(r.value.unit) : opts.units?.every(isWeight))) {
    return fail('quantity.label', `${quote(text)} is labelled a weight.`);
  }
  if (!r.ok || !flagged) return r;
  const lab = r.value.unit ? LAB_UNITS.includes(r.value.unit) : !opts.units || opts.units.some((u) => LAB_UNITS.includes(u));
  return lab ? r : fail('quantity.limit', `${quote(text)}: enter ${opts.what ?? 'the amount'} as a plain number with its unit.`);
}

/** The unit after a number, and what may follow the unit for its kind. */
function readUnit(text: string, value: number, rest: string, opts: QuantityOptions): Parsed<Quantity> {
  if (rest === '') return ok({ amount: value, unit: null });
  // pounds and ounces, as Epic prints a weight: "149 lbs 14 oz" is 149.875 lb, "145 lb 8 oz (66 kg)", "154 lb 12.8 oz"
  const oz = /^([a-z#]+\.?)\s*(\d+(?:\.\d+)?)\s*(?:oz|ounces?)\b\s*(.*)$/i.exec(rest);
  if (oz && parseUnit(oz[1] ?? '') === 'lb') {
    const ounces = Number(oz[2]);
    return ounces < 16 && Number.isInteger(value)
      ? readUnit(text, tidy(value + ounces / 16), `lb ${oz[3]}`.trim(), opts)
      : fail('quantity.ounces', `${quote(text)}: a pound has 16 ounces.`);
  }
  // a date after both ("154 lb (70 kg) 11/18/26", "80 kg (176 lb) - 11/10/26") dates them
  const both = /^([a-z#.]+)\s*(?:\/|=|\bor\b|[([\n])\s*(\d[^()]*?)[)\]]?(?:[\s–-]+\d\d?([/.-])\d\d?\3\d+|,?\s+(?:bmi|bsa|ht)\b.*)?$/i.exec(
    rest,
  );
  const first = both ? parseUnit(both[1] ?? '') : null;
  if (both && (first === 'kg' || first === 'lb')) return twoWeights(text, { amount: value, unit: first }, both[2] ?? '');
  // a unit in brackets after the number ("70 (kg)")
  const unit = parseUnit(rest.replace(/^\(([^()]+)\)$/, '$1'));
  if (!unit && /^mg\s*\/\s*kg\b/i.test(rest)) {
    const total = /^mg\s*\/\s*kg\s*\(\s*=?\s*(\d[\d.,]*\s*mg)\s*\)$/i.exec(rest);
    if (total) return parseQuantity(total[1] ?? '', opts);
    return fail('quantity.per-kg', `${quote(text)} is a dose per kg; enter the total dose in mg (${value} mg/kg × the weight in kg).`);
  }
  const strength = STRENGTH.exec(rest);
  if (!unit && strength) {
    return fail(
      'quantity.strength',
      `${quote(text)} is a strength (${strength[1]} per ${strength[2]}), not a dose; enter the dose itself, e.g. ${value} ${strength[1]}.`,
    );
  }
  if (unit) {
    const wrong = checkUnitAllowed(unit, opts);
    // the amount in a unit the field takes, in brackets after it: "1 mL (150 mg)"
    const inner = wrong ? /\((\d[^()]*)\)/.exec(rest) : null;
    const alt = inner && parseQuantity(inner[1] ?? '', opts);
    if (alt && alt.ok && alt.value.unit) return alt;
    return wrong ? fail('quantity.unit-wrong-kind', `${quote(text)}: ${wrong}`) : ok({ amount: value, unit });
  }
  // a note on the dose's volume, vials or mg per kg ("150 mg (1 mL) SC", "150 mg = 1 vial", "350 mg IV (5 mg/kg)")
  const noted = rest.replace(DOSE_NOTE, ' ').trim();
  if (noted !== rest && /^m?c?g\b/i.test(rest)) return readUnit(text, value, noted, opts);
  const [head = '', tail = ''] = rest.split(/[\s,;]+(.*)/);
  const headUnit = parseUnit(head);
  const kind = headUnit && UNIT_KIND[headUnit];
  if (kind === AMOUNT && DOSE_TAIL.test(tail)) {
    if (/\d\s*(?:mg|g|mcg|units?)\b|\bkg\b/i.test(tail)) {
      return fail('quantity.two-amounts', `${quote(text)} has more than one amount; enter the dose alone, e.g. ${value} ${headUnit}.`);
    }
    return readUnit(text, value, head, opts);
  }
  if (kind === BODY_WEIGHT && (WEIGHT_TAIL.test(tail) || parseDate(tail).ok)) return readUnit(text, value, head, opts);
  const allowed = opts.units ?? ['mg', 'kg', 'lb', 'mg/L', 'mg/dL'];
  return fail('quantity.unit-unknown', `${quote(text)}: "${rest}" is not a unit we know; use ${allowed.join(', ')}.`);
}

/** "70 kg / 154 lb", "154 lb (70 kg)": the weight in kg when the two agree within 2%. */
function twoWeights(text: string, a: Quantity, otherText: string): Parsed<Quantity> {
  const b = parseQuantity(otherText, { units: ['kg', 'lb'], what: 'the weight' });
  // the date it was taken: "68 kg (11/15/2026)", or the height: "68 kg / 172 cm"
  if ((/\d[/.-]\d/.test(otherText) && parsePartialDate(otherText).ok) || WEIGHT_TAIL.test(otherText)) return ok(a);
  const ka = toKg(a);
  const kb = b.ok ? toKg(b.value) : null;
  if (!b.ok || ka === null || kb === null) {
    return fail('quantity.unit-unknown', `${quote(text)}: write the weight once, e.g. ${formatQuantity(a)}.`);
  }
  if (Math.abs(ka - kb) > 0.02 * Math.max(ka, kb)) {
    return fail(
      'quantity.disagree',
      `${quote(text)}: ${formatQuantity(a)} and ${formatQuantity(b.value)} are not the same weight; enter the one measured.`,
    );
  }
  return ok(a.unit === 'kg' ? a : b.value);
}

/** null when `unit` is allowed by `opts`, else the reason ("mL is a volume; the dose needs mg"). */
export function checkUnitAllowed(unit: Unit, opts: QuantityOptions): string | null {
  if (!opts.units || opts.units.includes(unit)) return null;
  return `${unit} is ${UNIT_KIND[unit]}; ${opts.what ?? 'this field'} needs ${opts.units.join(' or ')}.`;
}

/** Drops float noise from unit conversions (0.7 mg/dL → 7 mg/L, not 7.000000000000001). */
const tidy = (x: number): number => Number(x.toPrecision(12));

const KG_PER_LB = 0.45359237;

/** A body weight in kg, or null when the unit is not a weight (or missing). */
export function toKg(q: Quantity): number | null {
  if (q.unit === 'kg') return q.amount;
  if (q.unit === 'lb') return tidy(q.amount * KG_PER_LB);
  return null;
}

/** A concentration in mg/L (1 mg/dL = 10 mg/L), or null when it can't convert. */
export function toMgPerL(q: Quantity): number | null {
  if (q.unit === 'mg/L') return q.amount;
  if (q.unit === 'mg/dL') return tidy(q.amount * 10);
  return null;
}

/** A drug amount in mg, or null when the unit is not a mass (or missing). */
export function toMg(q: Quantity): number | null {
  if (q.unit === 'mg') return q.amount;
  if (q.unit === 'g') return tidy(q.amount * 1000);
  if (q.unit === 'mcg') return tidy(q.amount / 1000);
  return null;
}

/** "280 mg", "2 × ULN", "45" (no unit): for messages. */
export function formatQuantity(q: Quantity): string {
  if (q.unit === null) return String(q.amount);
  if (q.unit === 'xULN') return `${q.amount} × ULN`;
  return `${q.amount} ${q.unit}`;
}
