import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { crpMgL, crpUlnSetting, num, PROXY_NOTE, typed } from '../derive';
import { CRP, SOURCES } from '../facts';

export const meta: RuleMeta = {
  id: 'crp-reference-missing',
  severity: 'warning',
  category: 'labs',
  fields: [F.crpReferenceRange, F.crpUln, F.crpValue],
  source: SOURCES.patientGuides,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const { crp } = form.labs;
  if (!crp.value || crp.uln || crp.referenceRange || crpUlnSetting(ctx) !== null) return [];
  const reading = crpMgL(form);
  const threshold = CRP.thresholdMgL.value;
  const meets = reading !== null && reading.mgL >= threshold;
  return [
    {
      field: F.crpReferenceRange,
      severity: meets ? 'info' : 'warning',
      message:
        `CRP ${typed(crp.value)} has no reference range: Cigna's guides ask for the lab's range ${PROXY_NOTE}, and under ${num(threshold)} mg/L ` +
        `only the ${num(CRP.ulnMultiple.value)}× upper-limit-of-normal test can qualify it. Enter the range as printed, or set your lab's ULN in the options.`,
    },
  ];
}
