import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { ageInYears } from '@/lib/parse/date';
import { doseMg, dosingFor, indicationFacts, num, requestDate, weightKg } from '@/rules/cigna/infliximab/derive';
import { DOSE_ROUNDING, DOSING, DRUG } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'dose-weight',
  severity: 'warning',
  category: 'coding',
  fields: [F.dose, F.doseUnit, F.weight, F.dob],
  source: DOSING.source,
};

/**
 * The dose fits the label's mg/kg for the indication and weight: from the label dose less the
 * rounding allowance up to the largest dose the label allows (for a child, where the label keeps
 * the increase to adults, the child's), rounded up to whole vials.
 */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  const dose = doseMg(form);
  const weight = weightKg(form);
  if (!facts || !dose || !weight) return [];
  const dosing = dosingFor(facts.id);
  const vialMg = DRUG.vialSizeMg.value;
  const tol = DOSE_ROUNDING.value;
  const dob = form.patient.dob?.value;
  const age = dob ? ageInYears(dob, requestDate(form, ctx)) : null;
  const child = dosing.childUpToMgPerKg !== undefined && age !== null && age < 18;
  const low = dosing.mgPerKg * weight.kg * (1 - tol);
  const top = (child ? (dosing.childUpToMgPerKg ?? dosing.upToMgPerKg) : dosing.upToMgPerKg) * weight.kg;
  const high = Math.max(top * (1 + tol), Math.ceil(top / vialMg - 1e-9) * vialMg);
  if (dose.mg >= low - 1e-9 && dose.mg <= high + 1e-9) return [];
  const perKg = dose.mg / weight.kg;
  const labelDose = `${num(dosing.mgPerKg)} mg/kg × ${weight.text} = ${num(dosing.mgPerKg * weight.kg)} mg`;
  const increase = dosing.increaseText ? ` (the label allows ${dosing.increaseText})` : '';
  const assumed = dose.assumedMg ? ' (read as mg)' : '';
  const tenfold = dose.mg < low && dose.mg * 10 >= low && dose.mg * 10 <= high ? ' Was the dose typed in units of 10 mg?' : '';
  const direction = dose.mg < low ? 'below' : 'above';
  return [
    {
      field: F.dose,
      message: `${dose.text}${assumed} is ${num(perKg)} mg/kg, ${direction} the FDA label dose for ${facts.label}${child ? ` in a patient under 18` : ''}: ${labelDose} ${dosing.scheduleText}${increase}.${tenfold}`,
    },
  ];
}
