import type { NdcQuantity } from '@/lib/form/schema';
import type { NdcQtyUnit } from '@/lib/form/constants';
import { readLeadingNumber } from './number';
import { empty, fail, ok, requote, type Parsed } from './result';
import { fold, quote, squash } from './quote';

/**
 * Unit-of-measure spellings → the claim's qualifier. ME (milligram) is the standard's own
 * qualifier; "mg" typed in words is kept as MG, no qualifier at all, so a rule can reject it.
 */
const QTY_UNITS = new Map(
  Object.entries({
    UN: 'un unit units each ea vial vials',
    ML: 'ml mls milliliter milliliters millilitre millilitres',
    GR: 'gr g gm gram grams',
    F2: 'f2 iu',
    ME: 'me',
    MG: 'mg mgs milligram milligrams',
  }).flatMap(([unit, words]) => words.split(' ').map((w) => [w, unit as NdcQtyUnit] as const)),
);

/** "2 x 1 mL vials", "3 x 100 mg vials": a count of vials and what each holds. */
const VIALS = /^(\d+) ?[x×] ?(\d+(?:\.\d+)?) ?(ml|mg) ?(vials?)?$/i;

/**
 * The quantities a description of the vials dispensed may mean: "2 x 1 mL vials" is ML2 (2 mL)
 * or UN2 (2 vials); "3 x 100 mg vials" is UN3 (milligrams are no quantity of a vial). Null for
 * any other text, and for "3 x 100 mg" without the word vials (300 mg, or 3 of something?).
 */
function described(s: string): NdcQuantity[] | null {
  const m = VIALS.exec(s);
  const count = Number(m?.[1]);
  const size = Number(m?.[2]);
  if (!m || count === 0 || size === 0) return null;
  const vials: NdcQuantity = { unit: 'UN', quantity: count };
  if (m[3]?.toLowerCase() === 'ml') return [{ unit: 'ML', quantity: Math.round(count * size * 1000) / 1000 }, vials];
  return m[4] ? [vials] : null;
}

/**
 * The NDC quantity of a claim line: qualifier first ("ML2", "ML 2", "UN2", "F2 1", "ME280", "MG280") or
 * amount first ("2 mL", "2 units", "280 mg"), or the vials described ("2 x 1 mL vials" is ML2, "3 x 100
 * mg vials" UN3). A note in brackets or after "=" ("ML2 (2 x 1 mL vials)", "ML1 = 1 vial") is read only to check that it
 * says the same quantity in the same unit.
 */
export function parseNdcQuantity(text: string): Parsed<NdcQuantity> {
  const s = squash(fold(text));
  if (s === '') return empty('ndc-quantity');
  // a note in brackets or after "=": "ML2 (2 x 1 mL vials)", "ML1 = 1 vial"
  const noted = /^([^()=]+?) ?(?:\(([^()]*)\)|= ?([^()]*))$/.exec(s);
  if (noted) {
    const main = parseNdcQuantity(noted[1] ?? '');
    if (!main.ok) return main;
    const note = noted[2] ?? noted[3] ?? '';
    const inner = parseNdcQuantity(note);
    const { unit, quantity } = main.value;
    // only a note in the same unit can disagree: "ML2 (2 vials)" needs the vial's volume to compare
    const said = (described(note) ?? (inner.ok ? [inner.value] : [])).filter((q) => q.unit === unit);
    if (said.length > 0 && !said.some((q) => q.quantity === quantity)) {
      return fail(
        'ndc-quantity.disagree',
        `${quote(text)}: ${unit}${quantity} and the note in brackets say different quantities; keep one.`,
      );
    }
    return main;
  }
  const vials = described(s)?.[0];
  if (vials) return ok(vials);
  let unitText: string;
  let amountText: string;
  const prefixed = /^(F2|[A-Za-z]+)\s*(.*)$/i.exec(s);
  if (prefixed) {
    unitText = prefixed[1] ?? '';
    amountText = prefixed[2] ?? '';
  } else {
    const n = readLeadingNumber(s, 'ndc-quantity');
    if (!n.ok) return requote(n.problem, s, text);
    unitText = n.value.rest;
    amountText = String(n.value.value);
    if (unitText === '') {
      return fail(
        'ndc-quantity.unit-missing',
        `${quote(text)}: add the unit of measure, e.g. ML2 for two 1 mL vials or UN2 for two units.`,
      );
    }
  }
  const key = unitText.toLowerCase().replace(/\.$/, '');
  // own keys only: "constructor" is not a unit
  const unit = QTY_UNITS.get(key);
  if (!unit) {
    return fail('ndc-quantity.unit', `${quote(text)}: the NDC unit of measure is UN, ML, GR, F2 or ME (e.g. ML2).`);
  }
  if (amountText === '') {
    return fail('ndc-quantity.amount-missing', `${quote(text)}: add the quantity after the unit, e.g. ${unit}2.`);
  }
  const n = readLeadingNumber(amountText, 'ndc-quantity');
  if (!n.ok) return requote(n.problem, amountText, text);
  if (n.value.rest !== '') {
    return fail('ndc-quantity.trailing', `${quote(text)}: write the quantity as a unit and a number, e.g. ML2.`);
  }
  if (n.value.value === 0) return fail('ndc-quantity.zero', `${quote(text)}: the quantity must be more than 0.`);
  return ok({ unit, quantity: n.value.value });
}
