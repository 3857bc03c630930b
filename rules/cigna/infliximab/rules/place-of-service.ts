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

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.drug.placeOfService;
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
