import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { billingUnitsFor, doseMg, expectedHcpcs, infliximabHcpcs, num, vialsFor } from '@/rules/cigna/infliximab/derive';
import { DRUG, WASTE_MODIFIERS_CONFIRMED } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'waste-modifier',
  severity: 'info',
  category: 'coding',
  fields: [F.modifiers, F.dose],
  source: DRUG.wasteModifiers.source,
};

/** Advice: drug discarded from 100 mg single-dose vials is billed with JW; JZ when none is. */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const dose = doseMg(form);
  if (!dose) return [];
  const vialMg = DRUG.vialSizeMg.value;
  const code = infliximabHcpcs(form) ?? expectedHcpcs(form) ?? 'infliximab';
  const { discarded: jw, noneDiscarded: jz } = DRUG.wasteModifiers.value;
  const modifiers = form.drug.modifiers?.value ?? [];
  const vials = vialsFor(dose.mg);
  const discardedMg = Number((vials * vialMg - dose.mg).toFixed(3));
  const discardedUnits = billingUnitsFor(vials * vialMg) - billingUnitsFor(dose.mg);
  const caveat = WASTE_MODIFIERS_CONFIRMED.value
    ? ''
    : ` Medicare requires this; whether Cigna commercial plans want ${jw}/${jz} is not confirmed, so check the plan's billing rules.`;
  const held = `${vials} vial${vials === 1 ? '' : 's'} of ${num(vialMg)} mg hold${vials === 1 ? 's' : ''} ${num(vials * vialMg)} mg`;
  if (discardedMg > 0) {
    if (modifiers.includes(jw)) return [];
    return [
      {
        field: F.modifiers,
        message:
          `${held} and ${dose.text} is given, so ${num(discardedMg)} mg is discarded: bill it on its own ${code} line with modifier ${jw}, ${discardedUnits} units` +
          (modifiers.includes(jz) ? ` (${jz} says nothing was discarded).` : '.') +
          caveat,
      },
    ];
  }
  if (modifiers.includes(jz)) return [];
  return [
    {
      field: F.modifiers,
      message:
        `${held}, exactly ${dose.text}: nothing is discarded, so the line takes modifier ${jz}` +
        (modifiers.includes(jw) ? ` (not ${jw}, which reports discarded drug).` : '.') +
        caveat,
    },
  ];
}
