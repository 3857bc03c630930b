import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import type { Indication } from '@/rules/drugs/canakinumab/indications';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { doseBand, doseMg, indicationFacts, indicationOf, num, weightKg } from '@/rules/cigna/ilaris/derive';
import { DOSE_TOLERANCE, DOSING, type DoseBand } from '@/rules/cigna/ilaris/facts';

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

/** How close to a band's bound a weight is taken to sit on it (a weight written as 40 kg, or 88.2 lb). */
const ON_BOUND_KG = 0.05;

/**
 * The other band when the weight sits on the bound between two of the label's bands (exactly
 * 40 kg for CAPS and the periodic fevers), with that bound. The label's text puts exactly 40 kg
 * in the lower band, but a weight written as 40 kg is rounded from either side: a dose that fits
 * either band is not a mistake.
 */
function neighbourOnBound(indication: Indication, band: DoseBand, kg: number): { other: DoseBand; boundKg: number } | null {
  for (const other of DOSING.value[indication].bands) {
    if (other === band) continue;
    for (const bound of [other.minKg, other.maxKg]) {
      const touches = bound !== null && Math.abs(kg - bound) < ON_BOUND_KG && (band.minKg === bound || band.maxKg === bound);
      if (touches) return { other, boundKg: bound };
    }
  }
  return null;
}

const rangeText = (r: { lo: number; hi: number }): string => (r.hi > r.lo ? `${num(r.lo)}–${num(r.hi)} mg` : `${num(r.lo)} mg`);

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
  const fits = (x: { lo: number; hi: number }): boolean => dose.mg >= x.lo * (1 - tol) && dose.mg <= x.hi * (1 + tol);
  if (fits(r)) return [];
  const expected = rangeText(r);
  const perKg = weight && band.mgPerKg !== undefined ? ` (${num(dose.mg / weight.kg)} mg/kg)` : '';
  const who = weight ? ` for ${weight.text}${kgNote}` : '';
  const indication = indicationOf(ctx);
  const onBound = weight && indication ? neighbourOnBound(indication, band, weight.kg) : null;
  const otherRange = onBound ? range(onBound.other, kg) : null;
  if (onBound && otherRange) {
    const [lower, upper] = (onBound.other.maxKg === onBound.boundKg ? [onBound.other, band] : [band, onBound.other]) as [
      DoseBand,
      DoseBand,
    ];
    const bands =
      `${labelDose(band)} for ${band.bandText} (${expected}) or ${labelDose(onBound.other)} for ` +
      `${onBound.other.bandText} (${rangeText(otherRange)})`;
    const line =
      `${weight?.text ?? ''}${kgNote} is on the line between two FDA label bands for ${facts.label}: ${bands}. ` +
      `The label puts exactly ${num(onBound.boundKg)} kg in ${lower.bandText}; a weight rounded to ${num(onBound.boundKg)} kg may be ${upper.bandText}.`;
    if (fits(otherRange)) {
      // Fits the neighbouring band: ambiguous, not wrong. Say so; don't fail.
      return [{ field: F.dose, severity: 'info', message: `${line} ${dose.text} fits ${onBound.other.bandText}: confirm the weight.` }];
    }
    return [{ field: F.dose, message: `${dose.text}${perKg} fits neither: ${line}` }];
  }
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
