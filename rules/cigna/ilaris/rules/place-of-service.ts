import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { placeCandidates } from '@/lib/parse/place-of-service';
import { typed } from '@/rules/cigna/ilaris/derive';
import { DRUG } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'place-of-service',
  severity: 'warning',
  category: 'coding',
  fields: [F.placeOfService],
  source: DRUG.placesOfService.source,
};

/**
 * The place's code is one where Ilaris is given and billed by the provider. A name that fits
 * several codes ("Rheumatology clinic": 11, 19 or 22) passes when each of them does, and else
 * asks for the code.
 */
export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.placeOfService;
  const places = DRUG.placesOfService.value;
  const list = Object.entries(places)
    .map(([c, name]) => `${c} ${name}`)
    .join(', ');
  if (field?.problem?.code === 'pos.ambiguous') {
    const codes = placeCandidates(field.raw);
    if (codes.every((c) => places[c] !== undefined)) return [];
    return [{ field: F.placeOfService, message: `${field.problem.message} Ilaris is given and billed by the provider at ${list}.` }];
  }
  const code = field?.value;
  if (!field || !code || places[code] !== undefined) return [];
  return [
    {
      field: F.placeOfService,
      message: `Place of service ${typed(field)} (code ${code}) is not one where Ilaris is given and billed by the provider: ${list}.`,
    },
  ];
}
