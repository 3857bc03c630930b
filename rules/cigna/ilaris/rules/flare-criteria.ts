import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { indicationFacts, isContinuation, PROXY_NOTE, typed } from '@/rules/cigna/ilaris/derive';
import { CLINICAL } from '@/rules/cigna/ilaris/facts';
import { isGoutRetreatment } from '@/rules/cigna/ilaris/prior-therapy';

export const meta: RuleMeta = {
  id: 'flare-criteria',
  severity: 'warning',
  category: 'diagnosis',
  fields: [F.flaresPast6Months, F.flaresPast12Months, F.hospitalization],
  source: CLINICAL.fmfFlaresPer6Months.source,
};

/** Flare counts are initial criteria: not on a continuation, nor on the gout retreatment path. */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  if (!facts || isContinuation(form)) return [];
  const { clinical } = form;
  const hospitalized = clinical.hospitalization?.value === true;
  const short = (
    field: { raw: string; value?: number } | undefined,
    min: number,
    period: string,
    path: string,
    orHospital: boolean,
  ): FindingDraft[] => {
    if (!field || field.value === undefined || field.value >= min || (orHospital && hospitalized)) return [];
    const alt = orHospital ? ' or a hospitalization for a flare' : '';
    return [
      {
        field: path,
        message: `${typed(field)} flares in the past ${period}: Cigna's criteria for ${facts.label} need at least ${min}${alt} ${PROXY_NOTE}.`,
      },
    ];
  };
  switch (ctx.indication) {
    case 'FMF':
      return short(
        clinical.flaresPast6Months,
        CLINICAL.fmfFlaresPer6Months.value,
        '6 months (one a month despite colchicine)',
        F.flaresPast6Months,
        true,
      );
    case 'TRAPS':
    case 'HIDS':
      return short(clinical.flaresPast12Months, CLINICAL.trapsFlaresPer12Months.value, '12 months', F.flaresPast12Months, true);
    case 'GOUT':
      // the retreatment path (earlier Ilaris with benefit, a new flare) drops the ≥3-flare criterion
      if (isGoutRetreatment(form)) return [];
      return short(clinical.flaresPast12Months, CLINICAL.goutFlaresPer12Months.value, '12 months', F.flaresPast12Months, false);
    default:
      return [];
  }
}
