import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { billingUnitsFor, doseMg, num, typed, vialsFor } from '@/rules/cigna/ilaris/derive';
import { DRUG, WASTE_MODIFIERS_CONFIRMED } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'units-equal-mg',
  severity: 'error',
  category: 'coding',
  fields: [F.units, F.dose, F.doseUnit],
  source: DRUG.hcpcs.source,
};

const ROUND_UP = 'a part of a unit is billed as the next whole unit up';

/**
 * Billing units are the dose in mg (J0638 is 1 mg), a part unit rounded up (70.6 mg → 71).
 * Units for the whole vials opened (300 for 280 mg) may be the billed quantity where a payer
 * bills whole vials: a warning that explains JW, not an error. A fraction typed as units ("70.6")
 * is reported here with the whole number to use (value-unreadable says it cannot be read).
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const dose = doseMg(form);
  const field = form.drug.units;
  if (!dose || !field) return [];
  const { code, mgPerUnit } = DRUG.hcpcs.value;
  const expected = billingUnitsFor(dose.mg);
  const exact = Number((dose.mg / mgPerUnit).toFixed(3));
  const partUnit = exact !== expected;
  const assumed = dose.assumedMg ? ' (dose read as mg)' : '';
  const fix = { field: F.units, value: String(expected), label: `Set to ${expected}` };
  const billed = `${dose.text}${assumed} is ${expected} units of ${code} (1 unit = ${num(mgPerUnit)} mg`;

  if (field.value === undefined) {
    if (field.problem?.code !== 'count.fraction') return [];
    return [
      {
        field: F.units,
        message: `${typed(field)} is not a number of billing units: units are whole numbers. ${billed}; ${ROUND_UP}).`,
        fix,
      },
    ];
  }

  const units = field.value;
  if (units === expected) return [];

  const vials = vialsFor(dose.mg);
  const vialUnits = billingUnitsFor(vials * DRUG.vialSizeMg.value);
  if (units === vialUnits && vialUnits > expected) {
    const jw = DRUG.wasteModifiers.value.discarded;
    const discardedMg = Number((vials * DRUG.vialSizeMg.value - dose.mg).toFixed(3));
    const caveat = WASTE_MODIFIERS_CONFIRMED.value ? '' : "; Medicare's rule, Cigna commercial use not confirmed";
    return [
      {
        field: F.units,
        severity: 'warning',
        message:
          `${num(units)} units is the ${vials} vial${vials === 1 ? '' : 's'} opened (${num(vials * DRUG.vialSizeMg.value)} mg), not the ${dose.text}${assumed} dose: ` +
          `${code} units normally equal the dose given (${expected} units), and the ${num(discardedMg)} mg discarded is billed on a line of its own ` +
          `with modifier ${jw} (${vialUnits - expected} units${caveat}). Keep ${num(units)} only if the payer bills whole vials on one line.`,
        fix,
      },
    ];
  }

  const why = partUnit ? `; ${ROUND_UP}, so round ${num(exact)} up to ${expected})` : ')';
  return [
    {
      field: F.units,
      message: `${billed}${why}; ${num(units)} unit${units === 1 ? '' : 's'} entered`,
      fix,
    },
  ];
}
