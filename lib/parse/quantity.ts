import type { Quantity, Unit } from '@/lib/form/schema';
import { readLeadingNumber } from './number';
import { fail, ok, type Parsed } from './result';
import { quote } from './quote';

/** Spellings staff type for each unit, compared lower-case with spaces removed. */
const UNIT_SPELLINGS: Record<Unit, readonly string[]> = {
  mg: ['mg', 'mgs', 'milligram', 'milligrams', 'mgm'],
  g: ['g', 'gm', 'gms', 'gram', 'grams'],
  mcg: ['mcg', 'µg', 'μg', 'ug', 'microgram', 'micrograms'],
  mL: ['ml', 'mls', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'cc'],
  units: ['unit', 'units', 'u', 'un'],
  kg: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'],
  lb: ['lb', 'lbs', 'pound', 'pounds', '#'],
  'mg/L': ['mg/l', 'mg/liter', 'mg/litre', 'mgperl'],
  'mg/dL': ['mg/dl', 'mg/deciliter', 'mg/decilitre', 'mgperdl', 'mg%'],
  xULN: ['xuln', '*uln', 'timesuln', 'timestheuln', 'xtheuln', 'xupperlimitofnormal'],
  'mm/h': ['mm/h', 'mm/hr', 'mm/hour', 'mm/1hr', 'mmhr'],
  'ng/mL': ['ng/ml', 'mcg/l', 'µg/l', 'μg/l', 'ug/l'],
};

const UNIT_BY_SPELLING = new Map<string, Unit>(
  (Object.entries(UNIT_SPELLINGS) as [Unit, readonly string[]][]).flatMap(([unit, spellings]) => spellings.map((s) => [s, unit] as const)),
);

/** What kind of measure a unit is, for "mL is a volume; the dose needs mg". */
const UNIT_KIND: Record<Unit, string> = {
  mg: 'a drug amount',
  g: 'a drug amount',
  mcg: 'a drug amount',
  mL: 'a volume',
  units: 'a billing-unit count',
  kg: 'a body weight',
  lb: 'a body weight',
  'mg/L': 'a concentration',
  'mg/dL': 'a concentration',
  xULN: 'a multiple of the upper limit of normal',
  'mm/h': 'a sedimentation rate',
  'ng/mL': 'a concentration',
};

/** A unit followed by its description, as unit selects list them ("kg (kilograms)", "UN - Unit"). */
const DESCRIBED_UNIT = /^(.+?)\s*(?:\(.*\)|[-–—].*)$/;

const unitSpelled = (text: string): Unit | null =>
  UNIT_BY_SPELLING.get(text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').replace(/×/g, 'x').replace(/\.$/, '')) ?? null;

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

/**
 * A non-negative number with an optional unit: "280mg", "280 MG", "154 lbs", "4.5 mg/dL",
 * "2x ULN". The unit is null when none was typed; a unit select is combined by the normalizer.
 */
export function parseQuantity(text: string, opts: QuantityOptions = {}): Parsed<Quantity> {
  const n = readLeadingNumber(text, 'quantity');
  if (!n.ok) return n;
  const { value, rest } = n.value;
  if (rest === '') return ok({ amount: value, unit: null });
  const unit = parseUnit(rest);
  if (!unit && /^mg\s*\/\s*kg$/i.test(rest)) {
    return fail('quantity.per-kg', `${quote(text)} is a dose per kg; enter the total dose in mg (${value} mg/kg × the weight in kg).`);
  }
  if (!unit) {
    const allowed = opts.units ?? ['mg', 'kg', 'lb', 'mg/L', 'mg/dL'];
    return fail('quantity.unit-unknown', `${quote(text)}: "${rest}" is not a unit we know; use ${allowed.join(', ')}.`);
  }
  const wrong = checkUnitAllowed(unit, opts);
  if (wrong) return fail('quantity.unit-wrong-kind', `${quote(text)}: ${wrong}`);
  return ok({ amount: value, unit });
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
