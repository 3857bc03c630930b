import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { doseBand, doseMg, indicationFacts, indicationOf, num, weightKg } from '../derive';
import { DOSE_TOLERANCE, DOSING, type DoseBand } from '../facts';

export const meta: RuleMeta = {
  id: 'dose-weight-mismatch',
  severity: 'warning',
  category: 'coding',
  fields: [F.dose, F.doseUnit, F.weight, F.weightUnit],
  source: DOSING.source,
};

/** The label's dose range in mg for a band and weight. */
function range(band: DoseBand, kg: number | null): { lo: number; hi: number } | null {
  if (band.mg !== undefined) return { lo: band.mg, hi: band.upToMg ?? band.mg };
  if (band.mgPerKg === undefined || kg === null) return null;
  const cap = band.capMg ?? Infinity;
  return { lo: Math.min(band.mgPerKg * kg, cap), hi: Math.min((band.upToMgPerKg ?? band.mgPerKg) * kg, cap) };
}

function labelDose(band: DoseBand): string {
  if (band.mg !== undefined) return `${num(band.mg)} mg${band.upToMg !== undefined ? ` (up to ${num(band.upToMg)} mg)` : ''}`;
  const upTo = band.upToMgPerKg !== undefined ? ` (up to ${num(band.upToMgPerKg)} mg/kg)` : '';
  const cap = band.capMg !== undefined ? `, at most ${num(band.capMg)} mg` : '';
  return `${num(band.mgPerKg ?? 0)} mg/kg${upTo}${cap}`;
}

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const dose = doseMg(form);
  const facts = indicationFacts(ctx);
  if (!dose || !facts || !ctx.indication) return [];
  const weight = weightKg(form);
  const kg = weight?.kg ?? null;
  const band = doseBand(ctx, kg);
  const kgNote = weight?.assumedKg ? ' (weight read as kg)' : '';
  if (!band) {
    const indication = indicationOf(ctx);
    if (!weight || !indication) return [];
    const bands = DOSING.value[indication].bands.map((b) => b.bandText).join(', ');
    return [
      {
        field: F.dose,
        message: `The FDA label gives no ${facts.label} dose for a patient of ${weight.text}${kgNote}: its dosing covers ${bands}. Confirm the dose with the prescriber.`,
      },
    ];
  }
  const r = range(band, kg);
  if (!r) return [];
  const tol = DOSE_TOLERANCE.value;
  if (dose.mg >= r.lo * (1 - tol) && dose.mg <= r.hi * (1 + tol)) return [];
  const expected = r.hi > r.lo ? `${num(r.lo)}–${num(r.hi)} mg` : `${num(r.lo)} mg`;
  const perKg = weight && band.mgPerKg !== undefined ? ` (${num(dose.mg / weight.kg)} mg/kg)` : '';
  const who = weight ? ` for ${weight.text}${kgNote}` : '';
  const draft: FindingDraft = {
    field: F.dose,
    message:
      `${dose.text}${perKg}${who} does not match the FDA label for ${facts.label}: ` +
      `${labelDose(band)} for ${band.bandText}, so ${expected}.`,
  };
  if (r.hi === r.lo) {
    const mg = Math.round(r.lo);
    // Keep the unit the user typed the dose with, so the field still reads the same way.
    const value = /[a-z]/i.test(form.drug.dose?.raw ?? '') ? `${mg} mg` : String(mg);
    draft.fix = { field: F.dose, value, label: `Set to ${mg} mg` };
  }
  return [draft];
}
