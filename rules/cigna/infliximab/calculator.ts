import type { DoseCalculator, DoseInput, DoseResult } from '@/lib/engine/pack-docs';
import { parseQuantity, toKg } from '@/lib/parse/quantity';
import { quote } from '@/lib/parse/quote';
import { fail, ok, type Parsed } from '@/lib/parse/result';
import { billingUnitsFor, num, productById, vialsFor } from './derive';
import { DOSING, DRUG, INDICATIONS, PRODUCTS, WASTE_MODIFIERS_CONFIRMED } from './facts';
import { INDICATION_IDS, isIndication } from './indications';

/**
 * The popup's dose calculator: the label dose for an indication and weight, then what goes on
 * the claim for Remicade (J1745 units, vials, discarded drug with JW/JZ, the NDC line); the
 * biosimilars bill the same units under their own codes. Numbers come from facts.ts.
 */

/** Weights outside this range are typing mistakes, not patients. */
const PLAUSIBLE_KG = { min: 1, max: 350 };

function readWeight(input: DoseInput): Parsed<{ kg: number; text: string }> {
  const parsed = parseQuantity(input.weight, { units: ['kg', 'lb'], what: 'the weight' });
  if (!parsed.ok) return parsed;
  const quantity = { ...parsed.value, unit: parsed.value.unit ?? input.weightUnit };
  const exact = toKg(quantity);
  if (exact === null) return fail('dose.weight-unit', 'Give the weight in kg or lb.');
  const kg = Math.round(exact * 10) / 10;
  if (kg < PLAUSIBLE_KG.min || kg > PLAUSIBLE_KG.max) {
    return fail('dose.weight-implausible', `${quote(input.weight)} ${quantity.unit} is not a plausible body weight; check it.`);
  }
  return ok({ kg, text: quantity.unit === 'kg' ? `${num(kg)} kg` : `${num(quantity.amount)} lb = ${num(kg)} kg` });
}

export function calculateDose(input: DoseInput): Parsed<DoseResult> {
  const id = input.indication;
  if (!isIndication(id)) return fail('dose.indication', `${quote(id)} is not an infliximab indication.`);
  const read = readWeight(input);
  if (!read.ok) return read;
  const weight = read.value;
  const dosing = DOSING.value[id];
  const doseMg = Math.round(dosing.mgPerKg * weight.kg);
  const remicade = productById('remicade');
  const ndc = remicade.ndcs[0];
  const vials = vialsFor(doseMg);
  const vialSizeMg = DRUG.vialSizeMg.value;
  const discardedMg = vials * vialSizeMg - doseMg;
  const units = billingUnitsFor(doseMg);
  const { discarded, noneDiscarded } = DRUG.wasteModifiers.value;
  const modifier = discardedMg > 0 ? discarded : noneDiscarded;
  const payerNote = WASTE_MODIFIERS_CONFIRMED.value
    ? ''
    : ' Medicare requires this; Cigna commercial plans have not confirmed it, so check the plan.';
  const biosimilars = PRODUCTS.value
    .filter((p) => p.biosimilar)
    .map((p) => `${p.name.split(' (')[0]} ${p.hcpcs}`)
    .join(', ');
  const modifierAdvice =
    (discardedMg > 0
      ? `${num(discardedMg)} mg discarded: bill ${modifier} with ${billingUnitsFor(vials * vialSizeMg) - units} units on its own line.`
      : `Nothing discarded: add ${modifier} to the line.`) +
    payerNote +
    ` A biosimilar bills the same units under its own code (${biosimilars}) and its own NDC.`;
  return ok({
    indicationLabel: INDICATIONS[id].label,
    weightKg: weight.kg,
    weightText: weight.text,
    doseMg,
    basis: `${num(dosing.mgPerKg)} mg/kg × ${num(weight.kg)} kg = ${num(doseMg)} mg, ${dosing.scheduleText}`,
    increase: dosing.increaseText ? `may be increased: ${dosing.increaseText}` : null,
    interval: `every ${num(dosing.intervalDays / 7)} weeks after induction`,
    hcpcs: remicade.hcpcs,
    units,
    vials,
    vialSizeMg,
    discardedMg,
    modifier,
    modifierAdvice,
    ndcLine: ndc ? `N4${ndc.ndc11} ${DRUG.ndcQuantityUnitPreferred.value}${vials}` : '',
    source: DOSING.source,
  });
}

/** The popup's dose calculator for infliximab, every indication of the labels. */
export const INFLIXIMAB_CALCULATOR: DoseCalculator = {
  indications: INDICATION_IDS.map((id) => ({ id, label: INDICATIONS[id].label })),
  defaultIndication: 'RA',
  calculate: calculateDose,
};
