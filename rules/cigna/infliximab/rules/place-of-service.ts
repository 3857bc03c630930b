import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { typed } from '@/rules/cigna/infliximab/derive';
import { DRUG } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'place-of-service',
  severity: 'warning',
  category: 'coding',
  fields: [F.placeOfService],
  source: DRUG.placesOfService.source,
};

/**
 * The place's code is one where an infliximab infusion is usually given and billed. A name that
 * fits several codes ("Infusion center", "Hospital outpatient infusion") asks for the code: the
 * claim carries it, and a hospital outpatient department (19, 22) or not may decide Cigna's
 * site-of-care review, which this pack does not check (no source yet).
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.placeOfService;
  if (field?.problem?.code === 'pos.ambiguous') {
    return [
      {
        field: F.placeOfService,
        // a note, not a warning: the place named is a usual one for an infusion
        severity: 'info',
        message: `${field.problem.message} Whether the infusion is in a hospital outpatient department (19, 22) or not may matter to Cigna's site-of-care review, which is not checked here (no source yet).`,
      },
    ];
  }
  const code = field?.value;
  const places = DRUG.placesOfService.value;
  if (!field || !code || places[code] !== undefined) return [];
  const list = Object.entries(places)
    .map(([c, name]) => `${c} ${name}`)
    .join(', ');
  return [
    {
      field: F.placeOfService,
      message: `Place of service ${typed(field)} (code ${code}) is not one where an infliximab infusion is usually given and billed: ${list}.`,
    },
  ];
}
