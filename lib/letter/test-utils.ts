import type { Finding } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import type { AppealTemplate } from './appeal';
import {
  activitySection,
  criteriaSection,
  diagnosisSection,
  labsSection,
  monitoringSection,
  patientSection,
  prescriberSection,
  priorTherapySection,
  quantityOr,
  toAdd,
  type LetterInput,
  type LetterTemplate,
} from './letter';

/** A drug-agnostic template with two denial reasons, as a second pack would give them (lib tests import no pack). */
export const TEST_APPEAL: AppealTemplate = {
  to: 'Payer, appeals',
  always: ['patient', 'prescriber'],
  reasons: [
    {
      id: 'lab',
      label: 'Lab criterion not met',
      advice: 'Give the lab with its date.',
      sections: ['labs', 'criteria'],
      rules: ['rule-a'],
      argument: ({ form }) => [['Lab on the request: ', quantityOr(form.labs.crp.value, 'the lab result')]],
    },
    {
      id: 'everything',
      label: 'Missing information',
      advice: 'Send what the letter names.',
      sections: 'all',
      rules: 'all',
      argument: () => [[toAdd('what the denial letter says is missing')]],
    },
  ],
};

export const TEST_TEMPLATE: LetterTemplate = {
  drug: 'Testdrug (testumab)',
  payer: 'Payer',
  sections: [
    patientSection(),
    diagnosisSection({ describe: (code) => (code === 'M06.1' ? "Adult-onset Still's disease" : null) }),
    activitySection({ required: (i) => (i === 'X' ? ['flaresPast12Months', 'hospitalization'] : []), anyOf: () => true }),
    labsSection({ crpRequired: (i) => i === 'X' }),
    priorTherapySection({ required: (i) => i === 'X' }),
    criteriaSection((input) =>
      input.indication === null ? null : [{ text: 'Criterion A', rules: ['rule-a'], evidence: () => ['shown'] }],
    ),
    monitoringSection(),
    prescriberSection(),
  ],
  appeal: TEST_APPEAL,
};

export const TEST_FULL: RawForm = {
  patient: { name: 'Jane Doe', memberId: 'U1', dob: '03/14/1985', weight: '70', weightUnit: 'kg' },
  diagnosis: { codes: ['M06.1'] },
  labs: { crpValue: '4.5', crpUnit: 'mg/dL', crpDate: '10/01/2026', crpReferenceRange: '<0.5 mg/dL', esr: '40', ferritin: '900' },
  priorTherapies: [{ drug: 'Prednisone', dose: '20 mg daily', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate response' }],
  clinical: { flaresPast12Months: '7', hospitalization: 'No' },
  prescriber: { name: 'Dr. Ann Lee', npi: '1234567893', specialty: 'Rheumatology', phone: '555-0100' },
};

export const testInput = (raw: RawForm, over: Partial<LetterInput> = {}): LetterInput => ({
  form: normalizeForm(raw),
  findings: [],
  indication: 'X',
  indicationLabel: 'Disease X',
  indicationCode: 'M06.1',
  today: '2026-11-22',
  ...over,
});

export const testFinding = (ruleId: string, severity: Finding['severity']): Finding => ({
  ruleId,
  severity,
  field: 'labs.crpValue',
  message: `message of ${ruleId}`,
  category: 'labs',
  source: { title: 't', confidence: 'H' },
});
