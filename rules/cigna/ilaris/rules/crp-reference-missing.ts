import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { crpMgL, crpUlnSetting, isContinuation, num, PROXY_NOTE, typed } from '@/rules/cigna/ilaris/derive';
import { CRP, SOURCES } from '@/rules/cigna/ilaris/facts';

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
  const tail = "Enter the range as printed, or set your lab's ULN in the options.";
  if (isContinuation(form)) {
    // the 2× ULN test is an initial criterion; on renewal the range shows a normalized CRP
    return [
      {
        field: F.crpReferenceRange,
        severity: 'info',
        message: `CRP ${typed(crp.value)} has no reference range: on a continuation the lab's range shows a reviewer that the CRP has normalized, which counts as a benefit ${PROXY_NOTE}. ${tail}`,
      },
    ];
  }
  const reading = crpMgL(form);
  const threshold = CRP.thresholdMgL.value;
  const meets = reading !== null && reading.mgL >= threshold;
  return [
    {
      field: F.crpReferenceRange,
      severity: meets ? 'info' : 'warning',
      message:
        `CRP ${typed(crp.value)} has no reference range: Cigna's guides ask for the lab's range ${PROXY_NOTE}, and under ${num(threshold)} mg/L ` +
        `only the ${num(CRP.ulnMultiple.value)}× upper-limit-of-normal test can qualify it. ${tail}`,
    },
  ];
}
