import type { ChecklistItemDef } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import { DRUG } from './facts';

const { code, addOn } = DRUG.adminCpt.value;

/**
 * The pre-submission audit for a Cigna infliximab request, section by section, over the base
 * checklist (patient name, coverage, prescriber, NPI): items with a base item's id replace it.
 */
export const INFLIXIMAB_CHECKLIST: ChecklistItemDef[] = [
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
    label: 'Current weight (kg or lb): every dose is per kg',
    section: 'patient',
    fields: [F.weight],
    rules: ['weight-missing'],
  },
  // diagnosis
  {
    id: 'diagnosis-code',
    label: 'ICD-10-CM code for a labeled indication (RA, Crohn’s, UC, AS, PsA, psoriasis)',
    section: 'diagnosis',
    fields: [F.diagnosisCodes],
    rules: ['icd10-invalid', 'icd10-not-covered'],
  },
  // laboratory evidence
  {
    id: 'tb-screening',
    label: 'Latent TB test before the first dose, result and date attached (boxed warning)',
    section: 'labs',
    manual: true,
  },
  { id: 'hepatitis-b', label: 'Hepatitis B screening result attached', section: 'labs', manual: true },
  // prior therapy
  {
    id: 'prior-therapies',
    label: 'Prior and current therapies: drug, dose, dates, outcome',
    section: 'priorTherapy',
    fields: [F.priorTherapies],
    rules: ['ra-methotrexate', 'preferred-product'],
  },
  // coding accuracy
  {
    id: 'hcpcs',
    label: 'HCPCS code of the product given (J1745, Q5103, Q5104, Q5121)',
    section: 'coding',
    fields: [F.hcpcs],
    rules: ['hcpcs-code', 'hcpcs-product-mismatch'],
  },
  { id: 'dose', label: 'Dose per the label, mg/kg for the indication', section: 'coding', fields: [F.dose], rules: ['dose-weight'] },
  { id: 'units', label: 'Billing units = dose ÷ 10 mg', section: 'coding', fields: [F.units], rules: ['billing-units'] },
  {
    id: 'ndc',
    label: 'NDC of the product given, 11-digit 5-4-2',
    section: 'coding',
    fields: [F.ndc],
    rules: ['ndc-format', 'ndc-product'],
  },
  { id: 'ndc-quantity', label: 'NDC quantity in vials (UN)', section: 'coding', fields: [F.ndcQuantity], rules: ['ndc-quantity'] },
  { id: 'frequency', label: 'Frequency per the label', section: 'coding', fields: [F.frequency], rules: ['frequency-indication'] },
  { id: 'admin-cpt', label: `Infusion CPT ${code} (+${addOn})`, section: 'coding', fields: [F.adminCpt], rules: ['admin-cpt'] },
  { id: 'place-of-service', label: 'Place of service', section: 'coding', fields: [F.placeOfService], rules: ['place-of-service'] },
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
