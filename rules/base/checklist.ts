import type { ChecklistItemDef } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';

/**
 * What every PA request needs, whatever the drug. A drug pack's item with one of these ids
 * takes its place (mergeChecklists), so the pack can add its own rules to it.
 */
export const BASE_CHECKLIST: ChecklistItemDef[] = [
  { id: 'patient-name', label: 'Patient name', section: 'patient', fields: [F.patientName] },
  { id: 'member-id', label: 'Member ID', section: 'patient', fields: [F.memberId], rules: ['member-id-missing'] },
  { id: 'dob', label: 'Date of birth', section: 'patient', fields: [F.dob], rules: ['dob-invalid'] },
  { id: 'coverage-active', label: 'Active coverage confirmed', section: 'patient', manual: true },
  {
    id: 'diagnosis-code',
    label: 'Billable ICD-10-CM code',
    section: 'diagnosis',
    fields: [F.diagnosisCodes],
    rules: ['icd10-invalid'],
  },
  {
    id: 'drug',
    label: 'Drug named (name, HCPCS or NDC)',
    section: 'coding',
    fields: [F.drugName, F.hcpcs, F.ndc],
    fill: 'any',
    rules: ['drug-identity-conflict'],
  },
  { id: 'ndc', label: 'NDC, 11-digit 5-4-2', section: 'coding', fields: [F.ndc], rules: ['ndc-format'] },
  { id: 'prescriber-name', label: 'Prescriber name', section: 'prescriber', fields: [F.prescriberName] },
  { id: 'npi', label: 'Valid prescriber NPI', section: 'prescriber', fields: [F.npi], rules: ['npi-invalid'] },
];
