import type { AppealTemplate, DenialReason } from '@/lib/letter/appeal';
import { textOr, toAdd, type LetterInput, type LetterLine } from '@/lib/letter/letter';
import { INDICATIONS, PROXY_NOTE } from './facts';
import { isIndication } from './indications';
import { therapiesNamed } from './letter';
import { CIGNA_INFLIXIMAB } from './manifest';

/**
 * The denials a Cigna × infliximab request meets most often, what the reviewer looks for in each,
 * the letter sections that answer it, and the appeal's answer. Cigna's own infliximab text was
 * not found: the specialist and preferred-product answers follow other plans' criteria and say
 * so. An answer states what the request shows and asks for what it lacks; it never claims a
 * criterion is met while a check still questions it.
 */

const DRUG = 'infliximab';

/** Whether a check still questions what `rules` cover, in the request as read. */
const questioned = ({ findings }: LetterInput, rules: readonly string[]): boolean =>
  findings.some((f) => (f.severity === 'error' || f.severity === 'warning') && rules.includes(f.ruleId));

const indicationOf = (input: LetterInput) => (isIndication(input.indication) ? INDICATIONS[input.indication] : null);

const DIAGNOSIS_RULES = ['icd10-not-covered', 'age-below-minimum'];
const REGIMEN_RULES = ['dose-weight', 'frequency-indication', 'billing-units', 'hcpcs-code', 'hcpcs-product-mismatch'];

const stepTherapy: DenialReason = {
  id: 'step-therapy',
  label: 'Insufficient step therapy',
  advice:
    'Give each conventional therapy tried with its dose, start and stop dates and why it stopped (for rheumatoid arthritis, methotrexate, which the label pairs with infliximab), and why the alternatives are inappropriate.',
  sections: ['priorTherapy', 'criteria'],
  rules: ['ra-methotrexate'],
  argument: (input) => [
    ['Therapies tried before ', DRUG, ': ', ...therapiesNamed(input)],
    ['Why the alternatives are inappropriate: ', toAdd('why the remaining alternatives are inappropriate for this patient')],
  ],
};

const preferredProduct: DenialReason = {
  id: 'preferred-product',
  label: 'Preferred product (biosimilar) required',
  advice: `Plans that prefer a biosimilar ask why the requested product is needed instead ${PROXY_NOTE}: a trial of the preferred product and its outcome, or the clinical reason against switching.`,
  sections: ['priorTherapy', 'regimen'],
  rules: ['preferred-product', 'hcpcs-product-mismatch'],
  argument: () => [
    [
      'Why the requested product rather than the preferred one: ',
      toAdd('the trial of the preferred product and its outcome, or the clinical reason not to switch'),
    ],
  ],
};

const specialist: DenialReason = {
  id: 'specialist',
  label: 'Non-specialist prescriber',
  advice: `Plans want infliximab prescribed by, or in consultation with, a specialist for the indication ${PROXY_NOTE}: give the prescriber's specialty, or name the consulting specialist.`,
  sections: ['prescriber', 'criteria'],
  rules: ['prescriber-specialty'],
  argument: (input): LetterLine[] => {
    const facts = indicationOf(input);
    const lines: LetterLine[] = [
      ["Prescriber's specialty: ", textOr(input.form.prescriber.specialty, "prescriber's specialty")],
      [
        'Specialties for the indication: ',
        facts ? facts.specialties.value.join(' or ') : toAdd('the indication, to name the specialties the plan accepts'),
      ],
    ];
    if (questioned(input, ['prescriber-specialty'])) {
      lines.push(['Consulting specialist: ', toAdd('the consulting specialist: name, specialty and date of the consultation')]);
    }
    return lines;
  },
};

const medicalNecessity: DenialReason = {
  id: 'medical-necessity',
  label: 'Lack of medical necessity',
  advice:
    "The reviewer weighs the whole case: the diagnosis, the TB screening the boxed warning asks for, each failed treatment, the dose for the patient's weight and why the alternatives are inappropriate. The letter's facts answer it.",
  sections: ['diagnosis', 'screening', 'priorTherapy', 'regimen', 'criteria', 'monitoring'],
  rules: 'all',
  argument: () => [
    [
      'Why the requested drug is needed now: ',
      toAdd('the clinical course that makes the drug necessary (activity despite prior therapy, complications)'),
    ],
    ['Why the alternatives are inappropriate: ', toAdd('why the remaining alternatives are inappropriate for this patient')],
  ],
};

const experimental: DenialReason = {
  id: 'experimental',
  label: 'Experimental/investigational',
  advice: `Show the diagnosis code and that the request is for an indication ${DRUG} is approved for by the FDA, at the dose and interval its label gives.`,
  sections: ['diagnosis', 'regimen', 'criteria'],
  rules: [...DIAGNOSIS_RULES, ...REGIMEN_RULES],
  argument: (input): LetterLine[] => {
    const facts = indicationOf(input);
    if (facts === null || questioned(input, DIAGNOSIS_RULES)) {
      return [[toAdd(`the diagnosis, with its ICD-10-CM code, that ${DRUG} is FDA-approved for`)]];
    }
    return [
      [
        `Infliximab is FDA-approved for ${facts.label}, the indication of this request (ICD-10-CM `,
        input.indicationCode ?? toAdd('the diagnosis code'),
        ').',
      ],
    ];
  },
};

const missingInformation: DenialReason = {
  id: 'missing-information',
  label: 'Missing information',
  advice: 'Send what the denial letter names. Every fact the request lacks is listed below, with what the form check still questions.',
  sections: 'all',
  rules: 'all',
  argument: () => [
    ['Information the denial asks for: ', toAdd('what the denial letter says is missing, and where it is in the attached records')],
  ],
};

export const INFLIXIMAB_APPEAL: AppealTemplate = {
  to: `${CIGNA_INFLIXIMAB.payer}, appeals`,
  reasons: [stepTherapy, preferredProduct, specialist, medicalNecessity, experimental, missingInformation],
  always: ['patient', 'prescriber'],
};
