import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { crpReportUnit, num, typed } from '@/rules/cigna/ilaris/derive';
import { CRP } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'crp-unit-suspect',
  severity: 'warning',
  category: 'labs',
  fields: [F.crpValue, F.crpUnit],
  source: CRP.mgLPerMgDl.source,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.labs.crp.value;
  const q = field?.value;
  if (!field || !q) return [];
  const factor = CRP.mgLPerMgDl.value;
  const a = q.amount;
  const reportUnit = crpReportUnit(form);
  if (q.unit === null) {
    const hint = reportUnit ? ` The lab's range is in ${reportUnit}, so probably ${num(a)} ${reportUnit}.` : '';
    return [
      {
        field: F.crpValue,
        message: `CRP ${typed(field)} has no unit: ${num(a)} mg/L and ${num(a)} mg/dL (${num(a * factor)} mg/L) differ tenfold; choose mg/L or mg/dL.${hint}`,
      },
    ];
  }
  if ((q.unit === 'mg/L' || q.unit === 'mg/dL') && reportUnit && reportUnit !== q.unit) {
    const other = reportUnit === 'mg/dL' ? `${num(a)} mg/dL (${num(a * factor)} mg/L)` : `${num(a)} mg/L`;
    return [
      {
        field: F.crpValue,
        message: `CRP ${typed(field)} is in ${q.unit} but the lab's range is in ${reportUnit}: was ${other} meant? Check the report.`,
      },
    ];
  }
  const limit = CRP.implausibleMgDl.value;
  if (q.unit === 'mg/dL' && a > limit) {
    return [
      {
        field: F.crpValue,
        message: `CRP ${typed(field)} is ${num(a * factor)} mg/L, higher than CRP usually reaches (our plausibility limit: ${num(limit)} mg/dL); was ${num(a)} mg/L meant? Check the unit on the report.`,
      },
    ];
  }
  return [];
}
