import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { doseMg, num } from '../derive';
import { DRUG } from '../facts';

export const meta: RuleMeta = {
  id: 'units-equal-mg',
  severity: 'error',
  category: 'coding',
  fields: [F.units, F.dose, F.doseUnit],
  source: DRUG.hcpcs.source,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const dose = doseMg(form);
  const units = form.drug.units?.value;
  if (!dose || units === undefined) return [];
  const { code, mgPerUnit } = DRUG.hcpcs.value;
  const expected = Number((dose.mg / mgPerUnit).toFixed(3));
  if (units === expected) return [];
  const assumed = dose.assumedMg ? ' (dose read as mg)' : '';
  return [
    {
      field: F.units,
      message:
        `${dose.text}${assumed} is ${num(expected)} units of ${code} (1 unit = ${num(mgPerUnit)} mg); ` +
        `${num(units)} unit${units === 1 ? '' : 's'} entered`,
      fix: { field: F.units, value: num(expected), label: `Set to ${num(expected)}` },
    },
  ];
}
