import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { billingUnitsFor, doseMg, expectedHcpcs, infliximabHcpcs, num, typed, vialsFor } from '@/rules/cigna/infliximab/derive';
import { DRUG, WASTE_MODIFIERS_CONFIRMED } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'billing-units',
  severity: 'error',
  category: 'coding',
  fields: [F.units, F.dose, F.doseUnit],
  source: DRUG.mgPerUnit.source,
};

const ROUND_UP = 'a part of a unit is billed as the next whole unit up';

/**
 * Billing units are the dose ÷ 10 mg (every infliximab code counts 10 mg), a part unit rounded
 * up. Units equal to the mg ("210 units" for 210 mg) are the tenfold error this pack exists for;
 * units for the whole vials opened (30 for 210 mg) are a warning that explains JW.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const dose = doseMg(form);
  const field = form.drug.units;
  if (!dose || !field) return [];
  const mgPerUnit = DRUG.mgPerUnit.value;
  const code = infliximabHcpcs(form) ?? expectedHcpcs(form) ?? 'the infliximab code';
  const expected = billingUnitsFor(dose.mg);
  const exact = Number((dose.mg / mgPerUnit).toFixed(3));
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

  if (units === Math.round(dose.mg) && units !== expected) {
    return [
      {
        field: F.units,
        message: `${num(units)} units is the dose in mg, ten times too many: ${billed}). ${num(units)} units would bill ${num(units * mgPerUnit)} mg.`,
        fix,
      },
    ];
  }

  const vials = vialsFor(dose.mg);
  const vialMg = vials * DRUG.vialSizeMg.value;
  const vialUnits = billingUnitsFor(vialMg);
  if (units === vialUnits && vialUnits > expected) {
    const jw = DRUG.wasteModifiers.value.discarded;
    const discardedMg = Number((vialMg - dose.mg).toFixed(3));
    const caveat = WASTE_MODIFIERS_CONFIRMED.value ? '' : "; Medicare's rule, Cigna commercial use not confirmed";
    return [
      {
        field: F.units,
        severity: 'warning',
        message:
          `${num(units)} units is the ${vials} vial${vials === 1 ? '' : 's'} opened (${num(vialMg)} mg), not the ${dose.text}${assumed} dose: ` +
          `units normally equal the dose given (${expected} units), and the ${num(discardedMg)} mg discarded is billed on a line of its own ` +
          `with modifier ${jw} (${vialUnits - expected} units${caveat}). Keep ${num(units)} only if the payer bills whole vials on one line.`,
        fix,
      },
    ];
  }

  const why = exact !== expected ? `; ${ROUND_UP}, so round ${num(exact)} up to ${expected})` : ')';
  return [{ field: F.units, message: `${billed}${why}; ${num(units)} unit${units === 1 ? '' : 's'} entered`, fix }];
}
