import type { FindingDraft, RuleCategory, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F, priorTherapyPath, PRIOR_THERAPY_COLUMNS } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { capitalize } from '@/lib/words';
import { BASE_SOURCES as SOURCES } from '@/rules/base/facts';

export const meta: RuleMeta = {
  id: 'value-unreadable',
  severity: 'error',
  category: 'patient',
  fields: [F.dose, F.weight, F.units, F.crpValue, F.crpDate],
  source: SOURCES.dataCheck,
  // a drug pack's rule that reads the same value ("70.6" units: round up to 71) says more
  yields: true,
};

interface Problematic {
  raw: string;
  problem?: { code?: string; message: string };
}

/** Fields whose unreadable values a dedicated rule reports, with a better message. */
const OWNED = new Set<string>([F.dob, F.ndc, F.npi]);

const CATEGORY: Record<string, RuleCategory> = {
  patient: 'patient',
  request: 'patient',
  diagnosis: 'diagnosis',
  drug: 'coding',
  labs: 'labs',
  priorTherapies: 'priorTherapy',
  prescriber: 'prescriber',
  clinical: 'diagnosis',
};

/** A field's name for a message prefix where its key's words would read badly ("adminCpt" → "Administration CPT"). */
const LABELS: Record<string, string> = {
  [F.dose]: 'Dose',
  [F.units]: 'Billing units',
  [F.ndcQuantity]: 'NDC quantity',
  [F.placeOfService]: 'Place of service',
  [F.adminCpt]: 'Administration CPT',
  [F.crpValue]: 'CRP',
  [F.crpDate]: 'CRP date',
  [F.crpUln]: 'CRP upper limit of normal',
  [F.esr]: 'ESR',
  [F.requestType]: 'Request type',
  [F.requestDate]: 'Request date',
  [F.serviceDate]: 'Date of service',
  [F.lastDoseDate]: 'Last dose date',
};

const labelOf = (path: string): string => {
  const known = LABELS[path];
  if (known) return known;
  const [section, row, column] = path.split('.');
  if (section === 'priorTherapies') return `Prior therapy row ${Number(row) + 1}, ${column ?? ''}`;
  const key = path.split('.').pop() ?? path;
  const words = key
    .replace(/([A-Z]|\d+)/g, ' $1')
    .toLowerCase()
    .trim();
  return capitalize(words);
};

function collect(form: PaForm): [string, Problematic][] {
  const out: [string, Problematic][] = [];
  const add = (path: string, field: Problematic | undefined) => {
    if (field?.problem && !OWNED.has(path)) out.push([path, field]);
  };
  for (const section of ['patient', 'request', 'drug', 'prescriber', 'clinical'] as const) {
    for (const [key, field] of Object.entries(form[section])) add(`${section}.${key}`, field as Problematic);
  }
  add(F.indication, form.diagnosis.indication);
  const { crp } = form.labs;
  add(F.crpValue, crp.value);
  add(F.crpDate, crp.date);
  add(F.crpUln, crp.uln);
  add(F.crpReferenceRange, crp.referenceRange);
  add(F.esr, form.labs.esr);
  add(F.ferritin, form.labs.ferritin);
  form.priorTherapies.forEach((row, i) => {
    for (const column of PRIOR_THERAPY_COLUMNS) add(priorTherapyPath(row.index ?? i, column), row[column]);
  });
  return out;
}

/**
 * How a dose, its units, frequency, place or administration is written depends on the drug
 * ("8 mg/kg", "155 units", "once daily", "Day 1 and Day 15" are right for some): those speak only
 * once a drug pack applies, which knows what its drug's look like.
 */
const dependsOnDrug = (path: string): boolean => path.startsWith('drug.');

/**
 * A place written by a name that fits several codes ("Rheumatology clinic": 11, 19 or 22) is no
 * unreadable value: the drug pack's place-of-service rule judges it (nothing to say when every
 * code it may be fits the drug); without such a rule, a warning asks for the code.
 */
const ambiguousPlace = (path: string, field: Problematic): boolean => path === F.placeOfService && field.problem?.code === 'pos.ambiguous';

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const placeRule = ctx.drugPack?.rules.some((r) => r.meta.id === 'place-of-service') === true;
  const problems = collect(form).filter(
    ([path, field]) => (ctx.drugPack || !dependsOnDrug(path)) && !(placeRule && ambiguousPlace(path, field)),
  );
  return problems.map(([path, field]) => ({
    field: path,
    category: CATEGORY[path.split('.')[0] ?? ''] ?? 'patient',
    message: `${labelOf(path)}: ${field.problem?.message ?? 'cannot be read'}`,
    ...(ambiguousPlace(path, field) ? { severity: 'warning' as const } : {}),
  }));
}
