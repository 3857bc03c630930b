import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { indicationFacts, PROXY_NOTE, typed } from '@/rules/cigna/ilaris/derive';
import { SOURCES, SPECIALTY_PATTERNS } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'prescriber-specialty',
  severity: 'warning',
  category: 'prescriber',
  fields: [F.specialty],
  source: SOURCES.criteriaTemplate,
};

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  const field = form.prescriber.specialty;
  if (!facts || !field?.value) return [];
  const allowed = facts.specialties.value;
  if (allowed.some((s) => SPECIALTY_PATTERNS[s].test(field.value ?? ''))) return [];
  return [
    {
      field: F.specialty,
      message: `${typed(field)} is not among the specialties Cigna's criteria list for ${facts.label} (${allowed.join(', ')}) ${PROXY_NOTE}: the request must be by, or in consultation with, one of them; say so in the request if a specialist was consulted.`,
    },
  ];
}
