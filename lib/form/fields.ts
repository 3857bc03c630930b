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
export const F = {
  patientName: 'patient.name',
  memberId: 'patient.memberId',
  dob: 'patient.dob',
  weight: 'patient.weight',
  weightUnit: 'patient.weightUnit',

  requestDate: 'request.date',
  serviceDate: 'request.serviceDate',
  requestType: 'request.type',

  /** the list itself; single inputs are `diagnosisCodePath(n)` */
  diagnosisCodes: 'diagnosis.codes',
  indication: 'diagnosis.indication',

  drugName: 'drug.name',
  hcpcs: 'drug.hcpcs',
  ndc: 'drug.ndc',
  dose: 'drug.dose',
  doseUnit: 'drug.doseUnit',
  units: 'drug.units',
  ndcQuantity: 'drug.ndcQuantity',
  /** the NDC quantity's unit of measure when a control of its own holds it (UN, ML) */
  ndcUnit: 'drug.ndcUnit',
  frequency: 'drug.frequency',
  duration: 'drug.duration',
  obtainedFrom: 'drug.obtainedFrom',
  placeOfService: 'drug.placeOfService',
  adminCpt: 'drug.adminCpt',
  modifiers: 'drug.modifiers',

  crpValue: 'labs.crpValue',
  crpUnit: 'labs.crpUnit',
  crpDate: 'labs.crpDate',
  crpUln: 'labs.crpUln',
  crpReferenceRange: 'labs.crpReferenceRange',
  esr: 'labs.esr',
  ferritin: 'labs.ferritin',

  /** the table itself; cells are `priorTherapyPath(n, column)` */
  priorTherapies: 'priorTherapies',

  prescriberName: 'prescriber.name',
  npi: 'prescriber.npi',
  specialty: 'prescriber.specialty',
  prescriberPhone: 'prescriber.phone',
  prescriberFax: 'prescriber.fax',

  flaresPast6Months: 'clinical.flaresPast6Months',
  flaresPast12Months: 'clinical.flaresPast12Months',
  hospitalization: 'clinical.hospitalization',
  colchicineContinuing: 'clinical.colchicineContinuing',
  colchicineContraindicated: 'clinical.colchicineContraindicated',
  nsaidContraindicated: 'clinical.nsaidContraindicated',
  corticosteroidsNotCandidate: 'clinical.corticosteroidsNotCandidate',
  urateLoweringTherapy: 'clinical.urateLoweringTherapy',
  lastDoseDate: 'clinical.lastDoseDate',
  benefitDocumented: 'clinical.benefitDocumented',
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
