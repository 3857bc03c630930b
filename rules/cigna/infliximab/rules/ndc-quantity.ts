import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { doseMg, num, typed, vialsFor } from '@/rules/cigna/infliximab/derive';
import { DRUG, SOURCES } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'ndc-quantity',
  severity: 'error',
  category: 'coding',
  fields: [F.ndcQuantity, F.dose],
  source: SOURCES.ndcBilling,
};

/**
 * The NDC quantity counts the vials dispensed: UN and ceil(dose / 100 mg). A unit outside the
 * claim standard (MG) is an error; ML, GR, F2 and ME are on the standard's list but do not count
 * powder vials, which payers' guides bill in UN (a convention): a warning.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.ndcQuantity;
  const q = field?.value;
  if (!field || !q) return [];
  const dose = doseMg(form);
  const vials = dose ? vialsFor(dose.mg) : null;
  const preferred = DRUG.ndcQuantityUnitPreferred.value;
  const suggestion = vials !== null ? `${preferred}${vials}` : null;
  const fix = suggestion ? { fix: { field: F.ndcQuantity, value: suggestion, label: `Set to ${suggestion}` } } : {};
  const need =
    dose && vials !== null ? `${dose.text} needs ${vials} vial${vials === 1 ? '' : 's'} of ${num(DRUG.vialSizeMg.value)} mg` : null;

  const units = DRUG.ndcQuantityUnits.value;
  if (!units.includes(q.unit)) {
    return [
      {
        field: F.ndcQuantity,
        message: `${typed(field)}: ${q.unit} is not an NDC unit of measure (the claim's are ${units.join(', ')}); the quantity counts the vials dispensed${need && suggestion ? `. ${need}: ${suggestion}.` : `, e.g. ${preferred}1 per vial.`}`,
        ...fix,
      },
    ];
  }
  if (q.unit !== preferred) {
    return [
      {
        field: F.ndcQuantity,
        severity: 'warning',
        message: `${typed(field)}: infliximab is a powder in ${num(DRUG.vialSizeMg.value)} mg vials, counted in ${preferred} (each vial; payers' billing guides, a convention)${suggestion ? `: ${suggestion}` : ''}.`,
        ...fix,
      },
    ];
  }
  if (vials === null || q.quantity === vials) return [];
  return [{ field: F.ndcQuantity, message: `${typed(field)}: ${need}, so the NDC quantity is ${suggestion}.`, ...fix }];
}
