import type { AppealTemplate, DenialReason } from '@/lib/letter/appeal';
import { dateOr, textOr, toAdd, type LetterInput, type LetterLine } from '@/lib/letter/letter';
import { crpMgL, crpThresholdText } from './derive';
import { INDICATIONS } from './facts';
import { isIndication } from './indications';
import { CRP_RULES, DIAGNOSIS_RULES, SPECIALTY_WORDS, STEP_RULES, therapiesNamed } from './letter';
import { CIGNA_ILARIS } from './manifest';

/**
 * The denials a Cigna × Ilaris request meets most often, what Cigna's reviewer looks for in each
 * (the domain sheet: the letter of medical necessity with the CRP value, date and range, each
 * prior drug with dose, dates and why it stopped, and why alternatives are inappropriate), the
 * letter sections that answer it, and the appeal's answer. An answer states what the request
 * shows and asks for what it lacks; it never claims a criterion is met when a check still
 * questions it (the criteria section says so, as in the letter).
 */

const DRUG = CIGNA_ILARIS.drug.brand;

/** Whether a check still questions what `rules` cover, in the request as read. */
const questioned = ({ findings }: LetterInput, rules: readonly string[]): boolean =>
  findings.some((f) => (f.severity === 'error' || f.severity === 'warning') && rules.includes(f.ruleId));

const stepTherapy: DenialReason = {
  id: 'step-therapy',
  label: 'Insufficient step therapy',
  advice:
    'Give each prior drug with its dose, start and stop dates and why it stopped (not a generic "failed NSAIDs"), and why the alternatives are inappropriate.',
  sections: ['priorTherapy', 'criteria'],
  rules: STEP_RULES,
  argument: (input) => [
    ['Therapies tried before ', DRUG, ': ', ...therapiesNamed(input)],
    ['Why the alternatives are inappropriate: ', toAdd('why the remaining alternatives are inappropriate for this patient')],
  ],
};

const crpNotMet: DenialReason = {
  id: 'crp',
  label: 'CRP criterion not met',
  advice: `Give the CRP value with its unit, the date it was drawn and the lab's reference range; the policy asks for at least ${crpThresholdText()}.`,
  sections: ['labs', 'criteria'],
  rules: CRP_RULES,
  argument: (input): LetterLine[] => {
    const { form } = input;
    const crp = crpMgL(form);
    const facts = isIndication(input.indication) ? INDICATIONS[input.indication] : null;
    const policy =
      facts === null
        ? toAdd('the indication, to say whether the policy asks for a CRP result')
        : facts.crpRequired?.value === true
          ? `; the policy asks for at least ${crpThresholdText()}.`
          : `; the policy for ${facts.label} does not ask for a CRP result.`;
    const lines: LetterLine[] = [
      [
        'CRP on the request: ',
        crp?.text ?? toAdd('CRP result with its unit'),
        ' on ',
        dateOr(form.labs.crp.date, 'the date the CRP was drawn'),
        policy,
      ],
    ];
    if (questioned(input, CRP_RULES)) {
      lines.push([
        toAdd('a CRP result that meets the policy threshold, with its date and reference range (the form check still questions it)'),
      ]);
    }
    return lines;
  },
};

const specialist: DenialReason = {
  id: 'specialist',
  label: 'Non-specialist prescriber',
  advice:
    "Cigna wants the drug prescribed by, or in consultation with, a specialist for the indication: give the prescriber's specialty, or name the consulting specialist.",
  sections: ['prescriber', 'criteria'],
  rules: ['prescriber-specialty'],
  argument: (input): LetterLine[] => {
    const id = isIndication(input.indication) ? input.indication : null;
    const wanted = id ? INDICATIONS[id].specialties.value.map((s) => SPECIALTY_WORDS[s]).join(', ') : null;
    const lines: LetterLine[] = [
      ["Prescriber's specialty: ", textOr(input.form.prescriber.specialty, "prescriber's specialty")],
      ['Specialties the policy names for the indication: ', wanted ?? toAdd('the indication, to name the specialties the policy accepts')],
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
    "The reviewer weighs the whole case: disease activity, the objective measures with dates, each failed treatment and why the alternatives are inappropriate. The letter's facts answer it.",
  sections: ['diagnosis', 'activity', 'labs', 'priorTherapy', 'regimen', 'criteria', 'monitoring'],
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
  advice: `Show the diagnosis code and that the request is for an indication ${DRUG} is approved for by the FDA, at the dose its label gives.`,
  sections: ['diagnosis', 'regimen', 'criteria'],
  rules: [...DIAGNOSIS_RULES, 'dose-over-max', 'dose-weight-mismatch', 'frequency-indication'],
  argument: (input): LetterLine[] => {
    const id = isIndication(input.indication) ? input.indication : null;
    if (id === null || questioned(input, DIAGNOSIS_RULES)) {
      return [[toAdd(`the diagnosis, with its ICD-10-CM code, that ${DRUG} is FDA-approved for`)]];
    }
    return [
      [
        `${DRUG} is FDA-approved for ${INDICATIONS[id].label}, the indication of this request (ICD-10-CM `,
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

export const ILARIS_APPEAL: AppealTemplate = {
  to: `${CIGNA_ILARIS.payer}, appeals`,
  reasons: [stepTherapy, crpNotMet, specialist, medicalNecessity, experimental, missingInformation],
  always: ['patient', 'prescriber'],
};
