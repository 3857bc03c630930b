import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import {
  crpMgL,
  crpThresholdText,
  crpUln,
  indicationFacts,
  isContinuation,
  needsCrp,
  num,
  PROXY_NOTE,
  typed,
} from '@/rules/cigna/ilaris/derive';
import { CRP } from '@/rules/cigna/ilaris/facts';
import { limitOf } from '@/lib/parse/quantity';

export const meta: RuleMeta = {
  id: 'crp-below-threshold',
  severity: 'warning',
  category: 'labs',
  fields: [F.crpValue, F.crpUnit, F.crpUln, F.crpReferenceRange],
  source: CRP.thresholdMgL.source,
};

/** CRP ≥10 mg/L (or ≥2× ULN) is an initial criterion: on a continuation a normalized CRP is evidence of benefit. */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  const field = form.labs.crp.value;
  if (!facts || !field?.value || !needsCrp(ctx) || isContinuation(form)) return [];
  const multiple = CRP.ulnMultiple.value;
  const need = `Cigna's criteria for ${facts.label} need ${crpThresholdText()} ${PROXY_NOTE}.`;
  // "<10 mg/L" (below the assay's limit): the value is under the amount typed, so it meets a
  // bound only if the amount is above it, and then the value itself is not known
  const underLimit = limitOf(field.raw) === 'below';
  const meets = (amount: number, bound: number): boolean => (underLimit ? amount > bound : amount >= bound);
  const unknown = [
    { field: F.crpValue, message: `CRP ${typed(field)} gives only a limit the value is below; enter the measured value. ${need}` },
  ];
  if (field.value.unit === 'xULN') {
    if (meets(field.value.amount, multiple)) return underLimit ? unknown : [];
    return [{ field: F.crpValue, message: `CRP ${typed(field)} is below ${num(multiple)}× ULN. ${need}` }];
  }
  const crp = crpMgL(form);
  const threshold = CRP.thresholdMgL.value;
  if (!crp) return [];
  if (meets(crp.mgL, threshold)) return underLimit ? unknown : [];
  const uln = crpUln(form, ctx);
  if (uln && meets(crp.mgL, multiple * uln.mgL)) return underLimit ? unknown : [];
  const ulnPart = uln
    ? ` and below ${num(multiple)}× the lab's upper limit of normal (${num(multiple)} × ${num(uln.mgL)} mg/L = ${num(multiple * uln.mgL)} mg/L${uln.from === 'settings' ? ', ULN from your settings' : ''})`
    : `; no upper limit of normal is given to test the ${num(multiple)}× ULN alternative`;
  return [
    {
      field: F.crpValue,
      message: `CRP ${underLimit ? typed(field) : crp.text} is below ${num(threshold)} mg/L${ulnPart}. ${need}`,
    },
  ];
}
