import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { doseMg, num } from '@/rules/cigna/ilaris/derive';
import { DRUG } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'dose-over-max',
  severity: 'error',
  category: 'coding',
  fields: [F.dose, F.doseUnit],
  source: DRUG.maxDoseMg.source,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const dose = doseMg(form);
  const max = DRUG.maxDoseMg.value;
  if (!dose || dose.mg <= max) return [];
  const assumed = dose.assumedMg ? ' (read as mg)' : '';
  return [
    {
      field: F.dose,
      message: `${dose.text}${assumed} is over ${num(max)} mg, the largest single dose of Ilaris in the FDA label; check the dose and its unit.`,
    },
  ];
}
