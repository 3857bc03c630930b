import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { ageInYears } from '@/lib/parse/date';
import { chosenStillsUnspecified, readStills } from '@/rules/cigna/ilaris/codes';
import { indicationFacts, requestDate, typed } from '@/rules/cigna/ilaris/derive';
import { INDICATIONS, SOURCES } from '@/rules/cigna/ilaris/facts';

export const meta: RuleMeta = {
  id: 'age-below-minimum',
  severity: 'error',
  category: 'patient',
  fields: [F.dob, F.requestDate],
  source: SOURCES.label,
};

const years = (n: number): string => (n === 1 ? '1 year' : `${n} years`);

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const field = form.patient.dob;
  const on = requestDate(form, ctx);
  // "Still's disease" without a code in a child is systemic JIA, also when no request date was
  // entered for the indication to be read on (the age is then taken today)
  const stills = ctx.indication === 'AOSD' && chosenStillsUnspecified(form) ? readStills(form, on) : null;
  const facts = stills ? INDICATIONS[stills.indication] : indicationFacts(ctx);
  if (!facts || !field?.value) return [];
  const age = ageInYears(field.value, on);
  if (age === null) return [];
  const who = `The patient (born ${typed(field)}) is ${age < 1 ? 'under 1 year' : years(age)} old on the request date`;
  const min = facts.minAgeYears.value;
  if (age < min) {
    // the US label gives no lower age for the periodic fevers: that minimum is a proxy, a warning
    const source = facts.minAgeYears.source;
    return [
      source.proxy
        ? { field: F.dob, severity: 'warning', message: `${who}; Ilaris for ${facts.label} starts at ${years(min)} (${source.title}).` }
        : { field: F.dob, message: `${who}; Ilaris for ${facts.label} starts at ${years(min)} (FDA label).` },
    ];
  }
  const policyMin = facts.policyMinAgeYears;
  if (policyMin && age < policyMin.value) {
    const sjia = INDICATIONS.SJIA;
    return [
      {
        field: F.dob,
        severity: 'warning',
        message: `${who}; some Cigna policy versions require ${years(policyMin.value)} for ${facts.label} (low confidence). For a child, ${sjia.label} (${sjia.suggestedCode}) is usually the code.`,
      },
    ];
  }
  return [];
}
