/**
 * The dotted paths of the raw form's fields: one source of truth for the strings the DOM field
 * maps, the normalizer and the rules (`Finding.field`, `Fix.field`) use.
 *
 * Raw paths differ from where the parsed value sits in `PaForm` in a few places:
 * - `drug.dose` + `drug.doseUnit`           → `form.drug.dose` (one quantity)
 * - `patient.weight` + `patient.weightUnit` → `form.patient.weight`
 * - `labs.crpValue` + `labs.crpUnit`        → `form.labs.crp.value`
 * - `drug.ndcQuantity` + `drug.ndcUnit`    → `form.drug.ndcQuantity`
 * - `labs.crpDate`                          → `form.labs.crp.date`
 * - `labs.crpUln`                           → `form.labs.crp.uln`
 * - `labs.crpReferenceRange`                → `form.labs.crp.referenceRange`
 * - `diagnosis.codes.N`                     → entries of `form.diagnosis.codes` whose `path` is it
 *                                              (one input may hold several codes)
 * - `priorTherapies.N.*`                    → the row of `form.priorTherapies` whose `index` is N
 *                                              (blank rows are dropped)
 * Every other raw path names the PaForm field of the same path.
 *
 * Sections and fields are listed in the order a request form shows them; findings sort by it.
 */
/** `{ key: "section.key" }` for each key: what most fields are, written once. */
const fields = <S extends string, K extends string>(section: S, keys: readonly K[]): { readonly [k in K]: `${S}.${k}` } =>
  Object.fromEntries(keys.map((k) => [k, `${section}.${k}`])) as { readonly [k in K]: `${S}.${k}` };

export const F = {
  patientName: 'patient.name',
  ...fields('patient', ['memberId', 'dob', 'weight', 'weightUnit']),

  requestDate: 'request.date',
  ...fields('request', ['serviceDate']),
  requestType: 'request.type',

  /** the list itself; single inputs are `diagnosisCodePath(n)` */
  diagnosisCodes: 'diagnosis.codes',
  indication: 'diagnosis.indication',

  drugName: 'drug.name',
  // ndcUnit: the NDC quantity's unit of measure when a control of its own holds it (UN, ML)
  ...fields('drug', [
    'hcpcs',
    'ndc',
    'dose',
    'doseUnit',
    'units',
    'ndcQuantity',
    'ndcUnit',
    'frequency',
    'duration',
    'obtainedFrom',
    'placeOfService',
    'adminCpt',
    'modifiers',
  ]),

  ...fields('labs', ['crpValue', 'crpUnit', 'crpDate', 'crpUln', 'crpReferenceRange', 'esr', 'ferritin']),

  /** the table itself; cells are `priorTherapyPath(n, column)` */
  priorTherapies: 'priorTherapies',

  prescriberName: 'prescriber.name',
  ...fields('prescriber', ['npi', 'specialty']),
  prescriberPhone: 'prescriber.phone',
  prescriberFax: 'prescriber.fax',

  ...fields('clinical', [
    'flaresPast6Months',
    'flaresPast12Months',
    'hospitalization',
    'colchicineContinuing',
    'colchicineContraindicated',
    'nsaidContraindicated',
    'corticosteroidsNotCandidate',
    'urateLoweringTherapy',
    'lastDoseDate',
    'benefitDocumented',
  ]),
} as const;

export const PRIOR_THERAPY_COLUMNS = ['drug', 'dose', 'start', 'stop', 'duration', 'outcome'] as const;
export type PriorTherapyColumn = (typeof PRIOR_THERAPY_COLUMNS)[number];

/** `diagnosis.codes.0` */
export const diagnosisCodePath = (n: number): string => `diagnosis.codes.${n}`;

/** `priorTherapies.1.outcome` */
export const priorTherapyPath = (n: number, column: PriorTherapyColumn): string => `priorTherapies.${n}.${column}`;

/** A number's unit select maps to the unit path beside it (`drug.dose` → `drug.doseUnit`). */
export const UNIT_PATHS: Readonly<Record<string, string>> = {
  [F.weight]: F.weightUnit,
  [F.dose]: F.doseUnit,
  [F.crpValue]: F.crpUnit,
  [F.ndcQuantity]: F.ndcUnit,
};
