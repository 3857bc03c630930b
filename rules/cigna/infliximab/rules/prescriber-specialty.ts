import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { indicationFacts, typed } from '@/rules/cigna/infliximab/derive';
import { PROXY_NOTE, SOURCES, SPECIALTY_PATTERNS } from '@/rules/cigna/infliximab/facts';

export const meta: RuleMeta = {
  id: 'prescriber-specialty',
  severity: 'warning',
  category: 'prescriber',
  fields: [F.specialty],
  source: SOURCES.criteriaProxy,
};

/** Prescribed by or in consultation with the specialist for the indication (other plans' criteria). */
export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  const field = form.prescriber.specialty;
  if (!facts || !field?.value) return [];
  const wanted = facts.specialties.value;
  if (wanted.some((s) => SPECIALTY_PATTERNS[s].test(field.value ?? ''))) return [];
  return [
    {
      field: F.specialty,
      message: `${typed(field)}: infliximab for ${facts.label} is prescribed by or in consultation with ${wanted.join(' or ')} ${PROXY_NOTE}; if a specialist was consulted, say so in the letter.`,
    },
  ];
}
