import type { ChecklistItemDef } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { Indication } from './indications';
import { DRUG } from './facts';

const CRP_INDICATIONS: Indication[] = ['FMF', 'TRAPS', 'HIDS', 'AOSD', 'SJIA'];
const WEIGHT_DOSED: Indication[] = ['CAPS', 'FMF', 'TRAPS', 'HIDS', 'AOSD', 'SJIA'];
const STEP_THERAPY: Indication[] = ['FMF', 'AOSD', 'SJIA', 'GOUT'];

/**
 * The pre-submission audit for a Cigna Ilaris request, section by section, over the base
 * checklist (patient name, coverage, prescriber, NPI): items with a base item's id replace it.
 */
export const ILARIS_CHECKLIST: ChecklistItemDef[] = [
  // patient information
  { id: 'member-id', label: 'Cigna ID', section: 'patient', fields: [F.memberId], rules: ['member-id-missing'] },
  {
    id: 'dob',
    label: 'Date of birth, old enough for the indication',
    section: 'patient',
    fields: [F.dob],
    rules: ['dob-invalid', 'age-below-minimum'],
  },
  {
    id: 'weight',
    label: 'Current weight (kg or lb)',
    section: 'patient',
    fields: [F.weight],
    rules: ['weight-missing'],
    indications: WEIGHT_DOSED,
  },
  // diagnosis
  {
    id: 'diagnosis-code',
    label: 'Covered, billable ICD-10-CM code matching the indication',
    section: 'diagnosis',
    fields: [F.diagnosisCodes],
    rules: ['icd10-invalid', 'icd10-not-covered', 'icd10-fmf-e850', 'indication-ambiguous'],
  },
  {
    id: 'flares-fmf',
    label: 'Flares despite colchicine, or a hospitalization',
    section: 'diagnosis',
    fields: [F.flaresPast6Months, F.hospitalization],
    fill: 'any',
    rules: ['flare-criteria'],
    indications: ['FMF'],
  },
  {
    id: 'flares-year',
    label: 'Flares in the past 12 months',
    section: 'diagnosis',
    fields: [F.flaresPast12Months, F.hospitalization],
    fill: 'any',
    rules: ['flare-criteria'],
    indications: ['TRAPS', 'HIDS', 'GOUT'],
  },
  // laboratory evidence
  {
    id: 'crp-value',
    label: 'CRP result with its unit, meeting the threshold',
    section: 'labs',
    fields: [F.crpValue],
    rules: ['crp-missing', 'crp-below-threshold', 'crp-unit-suspect'],
    indications: CRP_INDICATIONS,
  },
  {
    id: 'crp-date',
    label: 'CRP collection date, recent',
    section: 'labs',
    fields: [F.crpDate],
    rules: ['crp-date-missing', 'crp-date-stale', 'crp-date-future'],
    indications: CRP_INDICATIONS,
  },
  {
    id: 'crp-reference',
    label: "Lab's reference range or upper limit of normal",
    section: 'labs',
    fields: [F.crpReferenceRange, F.crpUln],
    fill: 'any',
    rules: ['crp-reference-missing'],
    indications: CRP_INDICATIONS,
  },
  // prior therapy
  {
    id: 'prior-therapies',
    label: 'Prior therapies: drug, dose, dates, outcome',
    section: 'priorTherapy',
    fields: [F.priorTherapies, F.colchicineContraindicated, F.nsaidContraindicated],
    fill: 'any',
    rules: ['prior-therapy-incomplete', 'step-therapy-missing'],
    indications: STEP_THERAPY,
  },
  {
    id: 'urate-lowering',
    label: 'On or starting urate-lowering therapy',
    section: 'priorTherapy',
    fields: [F.urateLoweringTherapy],
    rules: ['gout-urate-lowering', 'gout-retreatment-interval'],
    indications: ['GOUT'],
  },
  // coding accuracy
  { id: 'hcpcs', label: `HCPCS ${DRUG.hcpcs.value.code}`, section: 'coding', fields: [F.hcpcs], rules: ['hcpcs-code'] },
  {
    id: 'dose',
    label: 'Dose per the label for weight and indication',
    section: 'coding',
    fields: [F.dose],
    rules: ['dose-over-max', 'dose-weight-mismatch'],
  },
  { id: 'units', label: 'Billing units = mg', section: 'coding', fields: [F.units], rules: ['units-equal-mg'] },
  { id: 'ndc', label: 'NDC, 11-digit 5-4-2', section: 'coding', fields: [F.ndc], rules: ['ndc-format', 'ndc-product'] },
  {
    id: 'ndc-quantity',
    label: 'NDC quantity in vials (ML or UN)',
    section: 'coding',
    fields: [F.ndcQuantity],
    rules: ['ndc-quantity'],
  },
  {
    id: 'frequency',
    label: 'Frequency per the label',
    section: 'coding',
    fields: [F.frequency],
    rules: ['frequency-indication'],
  },
  {
    id: 'admin-cpt',
    label: `Administration CPT ${DRUG.adminCpt.value.code}`,
    section: 'coding',
    fields: [F.adminCpt],
    rules: ['admin-cpt'],
  },
  {
    id: 'place-of-service',
    label: 'Place of service',
    section: 'coding',
    fields: [F.placeOfService],
    rules: ['place-of-service'],
  },
  // prescriber requirements
  {
    id: 'specialty',
    label: 'Specialist prescriber (or consulted)',
    section: 'prescriber',
    fields: [F.specialty],
    rules: ['prescriber-specialty'],
  },
  { id: 'letter-of-medical-necessity', label: 'Letter of medical necessity attached', section: 'prescriber', manual: true },
  { id: 'chart-notes', label: 'Chart notes supporting the diagnosis attached', section: 'prescriber', manual: true },
];
