import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { BASE_SOURCES as SOURCES } from '@/rules/base/facts';

export const meta: RuleMeta = {
  id: 'npi-invalid',
  severity: 'error',
  category: 'prescriber',
  fields: [F.npi],
  source: SOURCES.npi,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.prescriber.npi;
  if (!field?.problem) return [];
  return [{ field: F.npi, message: `Prescriber NPI: ${field.problem.message}` }];
}
