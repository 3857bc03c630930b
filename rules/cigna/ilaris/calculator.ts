import type { DoseCalculator, DoseInput, DoseResult } from '@/lib/engine/pack-docs';
import { fail, ok, type Parsed } from '@/lib/parse/result';
import { parseQuantity, toKg } from '@/lib/parse/quantity';
import { quote } from '@/lib/parse/quote';
import { doseBand, doseDependsOnWeight, num, verifiedNdc, vialsFor } from './derive';
import { DOSING, DRUG, INDICATIONS, WASTE_MODIFIERS_CONFIRMED } from './facts';
import { INDICATION_IDS, isIndication } from './indications';

/**
 * The popup's dose calculator: label dose for an indication and weight, then what goes on the
 * claim (J0638 units, vials, discarded drug with JW/JZ, the NDC line). Every number comes from
 * the policy pack's facts; this module only does the arithmetic.
 */

/** Weights outside this range are typing mistakes, not patients. */
const PLAUSIBLE_KG = { min: 1, max: 350 };

/** Scales and charts record weight to 0.1 kg; the dose is then rounded to whole mg (= units). */
const roundKg = (kg: number) => Math.round(kg * 10) / 10;

function readWeight(input: DoseInput): Parsed<{ kg: number; text: string }> {
  const parsed = parseQuantity(input.weight, { units: ['kg', 'lb'], what: 'the weight' });
  if (!parsed.ok) return parsed;
  const quantity = { ...parsed.value, unit: parsed.value.unit ?? input.weightUnit };
  const exact = toKg(quantity);
  if (exact === null) return fail('dose.weight-unit', 'Give the weight in kg or lb.');
  const kg = roundKg(exact);
  if (kg < PLAUSIBLE_KG.min || kg > PLAUSIBLE_KG.max) {
    return fail('dose.weight-implausible', `${quote(input.weight)} ${quantity.unit} is not a plausible body weight; check it.`);
  }
  const text = quantity.unit === 'kg' ? `${num(kg)} kg` : `${num(quantity.amount)} lb = ${num(kg)} kg`;
  return ok({ kg, text });
}

export function calculateDose(input: DoseInput): Parsed<DoseResult> {
  const id = input.indication;
  if (!isIndication(id)) return fail('dose.indication', `${quote(id)} is not an Ilaris indication.`);
  const indication = INDICATIONS[id];
  const dosing = DOSING.value[id];

  let weight: { kg: number; text: string } | null = null;
  if (doseDependsOnWeight(id) || input.weight.trim() !== '') {
    const read = readWeight(input);
    if (!read.ok) return read;
    weight = read.value;
  }

  const band = doseBand({ indication: id }, weight?.kg ?? null);
  if (!band) {
    const ranges = dosing.bands.map((b) => b.bandText).join(' or ');
    return fail(
      'dose.outside-label',
      `The label gives no dose for ${indication.label} at ${weight?.text ?? 'this weight'} (it covers ${ranges}); ask the prescriber.`,
    );
  }

  let doseMg: number;
  let basis: string;
  let increase: string | null = null;
  if (band.mgPerKg !== undefined && weight) {
    const byWeight = Math.round(band.mgPerKg * weight.kg);
    const cap = Math.min(band.capMg ?? Infinity, DRUG.maxDoseMg.value);
    doseMg = Math.min(byWeight, cap);
    basis = `${num(band.mgPerKg)} mg/kg × ${num(weight.kg)} kg = ${num(byWeight)} mg`;
    if (byWeight > cap) basis += `, capped at ${num(cap)} mg`;
    if (band.upToMgPerKg !== undefined) increase = `may be increased to ${num(band.upToMgPerKg)} mg/kg`;
  } else if (band.mg !== undefined) {
    doseMg = band.mg;
    basis = `${num(doseMg)} mg for ${band.bandText}`;
    if (band.upToMg !== undefined) increase = `may be increased to ${num(band.upToMg)} mg`;
  } else {
    return fail('dose.no-label-dose', `The policy pack has no dose for ${indication.label} at this weight.`);
  }

  const { hcpcs, vialSizeMg, wasteModifiers, ndcQuantityUnitPreferred } = DRUG;
  const vials = vialsFor(doseMg);
  const discardedMg = vials * vialSizeMg.value - doseMg;
  const units = doseMg / hcpcs.value.mgPerUnit;
  const modifiers = wasteModifiers.value;
  const modifier = discardedMg > 0 ? modifiers.discarded : modifiers.noneDiscarded;
  const payerNote = WASTE_MODIFIERS_CONFIRMED.value
    ? ''
    : ' Medicare requires this; Cigna commercial plans have not confirmed it, so check the plan.';
  const modifierAdvice =
    discardedMg > 0
      ? `${num(discardedMg)} mg discarded: bill ${modifier} with ${num(discardedMg / hcpcs.value.mgPerUnit)} units on its own line.${payerNote}`
      : `Nothing discarded: add ${modifier} to the ${hcpcs.value.code} line.${payerNote}`;

  const ndc = verifiedNdc();
  const ndcLine =
    ndc.mlPerVial !== null ? `N4${ndc.ndc11} ${ndcQuantityUnitPreferred.value}${num(vials * ndc.mlPerVial)}` : `N4${ndc.ndc11} UN${vials}`;

  return ok({
    indicationLabel: indication.label,
    weightKg: weight?.kg ?? null,
    weightText: weight?.text ?? null,
    doseMg,
    basis,
    increase,
    interval: dosing.intervalText,
    hcpcs: hcpcs.value.code,
    units,
    vials,
    vialSizeMg: vialSizeMg.value,
    discardedMg,
    modifier,
    modifierAdvice,
    ndcLine,
    source: DOSING.source,
  });
}

/** The popup's dose calculator for Ilaris, every indication of the label. */
export const ILARIS_CALCULATOR: DoseCalculator = {
  indications: INDICATION_IDS.map((id) => ({ id, label: INDICATIONS[id].label })),
  defaultIndication: 'AOSD',
  calculate: calculateDose,
};
