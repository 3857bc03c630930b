import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F } from '../../../../lib/form/fields';
import type { PaForm } from '../../../../lib/form/schema';
import { SOURCES } from '../facts';

export const meta: RuleMeta = {
  id: 'npi-invalid',
  severity: 'error',
  category: 'prescriber',
  description: 'The prescriber NPI has 10 digits and a valid check digit (Luhn over 80840 + the first 9).',
  fields: [F.npi],
  source: SOURCES.npi,
};

export function check(form: PaForm, _ctx: RuleContext): FindingDraft[] {
  const field = form.prescriber.npi;
  if (!field?.problem) return [];
  return [{ field: F.npi, message: `Prescriber NPI: ${field.problem.message}` }];
}
