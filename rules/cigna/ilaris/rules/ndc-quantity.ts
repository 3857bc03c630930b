import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { doseMg, num, readNdc, typed, verifiedNdc, vialsFor } from '@/rules/cigna/ilaris/derive';
import { DRUG, SOURCES } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'ndc-quantity',
  severity: 'error',
  category: 'coding',
  fields: [F.ndcQuantity, F.dose],
  source: SOURCES.ndcBilling,
};

const UNIT_NAMES: Record<string, string> = { GR: 'grams', F2: 'international units', ME: 'milligrams (ME)' };

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.ndcQuantity;
  const q = field?.value;
  if (!field || !q) return [];
  const dose = doseMg(form);
  const vialMg = DRUG.vialSizeMg.value;
  const vials = dose ? vialsFor(dose.mg) : null;
  // The 1 mL solution vial unless the NDC names another product (the lyophilized vial's volume is unknown).
  const mlPerVial = (readNdc(form)?.product ?? verifiedNdc()).mlPerVial;
  const preferred = DRUG.ndcQuantityUnitPreferred.value;
  const expectedMl = vials !== null && mlPerVial !== null ? vials * mlPerVial : null;
  const need = dose && vials !== null ? `${dose.text} needs ${vials} vial${vials === 1 ? '' : 's'} of ${num(vialMg)} mg` : null;
  const suggestion = expectedMl !== null ? `${preferred}${num(expectedMl)}` : null;
  const fix = suggestion ? { field: F.ndcQuantity, value: suggestion, label: `Set to ${suggestion}` } : undefined;

  const units = DRUG.ndcQuantityUnits.value;
  if (!units.includes(q.unit)) {
    return [
      {
        field: F.ndcQuantity,
        message:
          `${typed(field)}: ${q.unit} is not an NDC unit of measure (the claim's are ${units.join(', ')}); ` +
          `the quantity counts what was dispensed` +
          (need && suggestion ? `. ${need}: ${suggestion}.` : `, e.g. ${preferred}1 per 1 mL vial.`),
        ...(fix ? { fix } : {}),
      },
    ];
  }
  // GR, F2 and ME are on the claim's list, but payers' guides ask for ML or UN for a liquid vial
  // (a convention, M): a warning, not an error.
  if (!DRUG.ndcQuantityUnitsForVials.value.includes(q.unit)) {
    const convention =
      q.unit === 'ME' ? ` (payers' billing guides ask for ML or UN for vials, not milligrams: a convention, medium confidence)` : '';
    return [
      {
        field: F.ndcQuantity,
        severity: 'warning',
        message: `${typed(field)}: ${UNIT_NAMES[q.unit] ?? q.unit} do not fit Ilaris, a solution in 1 mL vials${convention}; use ${preferred} (mL)${suggestion ? `: ${suggestion}` : ''}.`,
        ...(fix ? { fix } : {}),
      },
    ];
  }
  if (!need || vials === null) return [];
  if (q.unit === 'ML' && expectedMl !== null && q.quantity !== expectedMl) {
    return [
      {
        field: F.ndcQuantity,
        message: `${typed(field)}: ${need} = ${num(expectedMl)} mL, so the NDC quantity is ${suggestion}.`,
        ...(fix ? { fix } : {}),
      },
    ];
  }
  if (q.unit === 'UN' && q.quantity !== vials) {
    return [
      {
        field: F.ndcQuantity,
        message: `${typed(field)}: ${need}, so the NDC quantity is UN${vials}.`,
        fix: { field: F.ndcQuantity, value: `UN${vials}`, label: `Set to UN${vials}` },
      },
    ];
  }
  return [];
}
