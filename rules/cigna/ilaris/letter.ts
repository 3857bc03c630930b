import {
  activitySection,
  countOr,
  criteriaSection,
  dateOr,
  diagnosisSection,
  entered,
  labsSection,
  monitoringSection,
  patientSection,
  prescriberSection,
  priorTherapySection,
  quantityOr,
  textOr,
  toAdd,
  typedText,
  yesNoOr,
  type ActivityFact,
  type LetterCriterion,
  type LetterInput,
  type LetterLine,
  type LetterSection,
  type LetterTemplate,
  type Piece,
} from '@/lib/letter/letter';
import type { Frequency } from '@/lib/form/schema';
import { ageInYears, formatUsDate } from '@/lib/parse/date';
import { describeFrequency } from '@/lib/parse/frequency';
import { calculateDose } from './calculator';
import { coveredFor } from './codes';
import { crpMgL, crpThresholdText, doseDependsOnWeight, doseMg, isContinuation, num, vialsFor, weightKg } from './derive';
import { CLINICAL, DRUG, INDICATIONS, STEP_THERAPY, type Specialty } from './facts';
import { isIndication, type Indication } from './indications';
import { CIGNA_ILARIS } from './manifest';
import { isGoutRetreatment } from './prior-therapy';

/**
 * The Cigna × Ilaris letter of medical necessity: the engine's sections (lib/letter) with this
 * pack's diagnosis descriptions, the regimen and its calculation (from the dose calculator and
 * derive, never restated), and Cigna's criteria for each indication, numbers from facts.ts.
 */

const DRUG_NAME = `${CIGNA_ILARIS.drug.brand} (${CIGNA_ILARIS.drug.generic})`;

// ---------- diagnosis ----------
/** ICD-10-CM descriptions of the codes Ilaris is covered for (tabular list). */
const CODE_DESCRIPTIONS: Record<string, string> = {
  'M04.1': 'Periodic fever syndromes',
  'M04.2': 'Cryopyrin-associated periodic syndromes',
  'M06.1': "Adult-onset Still's disease",
  'M08.20': 'Juvenile rheumatoid arthritis with systemic onset, unspecified site',
  'M10.9': 'Gout, unspecified',
};
/** Families whose leaves add a site (and laterality): the family's description with "site as coded". */
const FAMILY_DESCRIPTIONS: readonly (readonly [string, string])[] = [
  ['M08.2', 'Juvenile rheumatoid arthritis with systemic onset (site as coded)'],
  ['M1A', 'Chronic gout (type and site as coded)'],
  ['M10', 'Gout (type and site as coded)'],
];

export function describeCode(code: string): string | null {
  if (coveredFor(code).length === 0) return null;
  return CODE_DESCRIPTIONS[code] ?? FAMILY_DESCRIPTIONS.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;
}

// ---------- which facts each indication needs ----------
const ilaris = (indication: string | null): Indication | null => (isIndication(indication) ? indication : null);
const CRP_NEEDED = (indication: string | null): boolean => {
  const id = ilaris(indication);
  return id !== null && INDICATIONS[id].crpRequired?.value === true;
};
const ACTIVITY: Partial<Record<Indication, readonly ActivityFact[]>> = {
  FMF: ['flaresPast6Months', 'hospitalization'],
  TRAPS: ['flaresPast12Months', 'hospitalization'],
  HIDS: ['flaresPast12Months', 'hospitalization'],
  GOUT: ['flaresPast12Months'],
};
const STEP_THERAPY_NEEDED: readonly Indication[] = ['FMF', 'AOSD', 'SJIA', 'GOUT'];

// ---------- the regimen ----------
/** The label's words: "every 4 weeks" for whole weeks, else as `describeFrequency` says it. */
function frequencyText(f: Frequency | undefined): string | null {
  // a schedule with induction doses is quoted as typed: "every 8 weeks" would drop them
  if (!f || f.induction) return null;
  if (f.everyDays === null || f.everyDays % 7 !== 0) return describeFrequency(f);
  return `every ${num(f.everyDays / 7)} weeks`;
}

export const regimenSection: LetterSection = {
  id: 'regimen',
  title: 'Requested regimen',
  lines: ({ form, indication }) => {
    const id = ilaris(indication);
    const { drug } = form;
    const frequency: Piece = frequencyText(drug.frequency?.value) ?? typedText(drug.frequency) ?? toAdd('how often the dose is given');
    const weight = weightKg(form);
    const needsWeight = id === null || doseDependsOnWeight(id);
    const requested = doseMg(form);
    const lines: LetterLine[] = [
      [
        'Drug: ',
        DRUG_NAME,
        ', HCPCS ',
        textOr(drug.hcpcs, 'HCPCS code'),
        ', NDC ',
        drug.ndc?.value?.hyphenated ?? typedText(drug.ndc) ?? toAdd('NDC'),
      ],
      [
        'Weight: ',
        weight
          ? weight.text
          : entered(form.patient.weight)
            ? quantityOr(form.patient.weight, '')
            : needsWeight
              ? toAdd("patient's current weight (kg)")
              : 'not needed for this dose',
      ],
      [
        'Requested: ',
        requested ? requested.text : quantityOr(drug.dose, 'dose in mg'),
        ' ',
        frequency,
        '; ',
        textOr(drug.hcpcs, 'HCPCS code'),
        ' × ',
        countOr(drug.units, 'billing units'),
        ' units',
        ...(requested
          ? [`; ${vialsFor(requested.mg)} ${requested.mg > DRUG.vialSizeMg.value ? 'vials' : 'vial'} of ${num(DRUG.vialSizeMg.value)} mg`]
          : []),
      ],
    ];
    if (id === null) {
      lines.push(['Label dose: ', toAdd('the indication, to give the label dose')]);
    } else if (needsWeight && !weight) {
      lines.push(['Label dose: ', toAdd("patient's weight, to calculate the label dose")]);
    } else {
      const dose = calculateDose({ indication: id, weight: weight ? String(weight.kg) : '', weightUnit: 'kg' });
      if (dose.ok) {
        const r = dose.value;
        lines.push([
          'Calculation: ',
          `${r.basis}, ${r.hcpcs} × ${num(r.units)} units, ${r.vials} ${r.vials === 1 ? 'vial' : 'vials'}, ${r.interval}`,
          r.increase ? ` (label: ${r.increase})` : '',
        ]);
      } else {
        lines.push(['Label dose: ', toAdd(`the dose basis (${dose.problem.message})`)]);
      }
    }
    return lines;
  },
};

// ---------- Cigna's criteria ----------
export const SPECIALTY_WORDS: Record<Specialty, string> = {
  rheumatology: 'rheumatology',
  genetics: 'genetics',
  'allergy/immunology': 'allergy/immunology',
  dermatology: 'dermatology',
  nephrology: 'nephrology',
  gastroenterology: 'gastroenterology',
  oncology: 'oncology',
  hematology: 'hematology',
};

export const DIAGNOSIS_RULES = ['icd10-invalid', 'icd10-not-covered', 'icd10-fmf-e850', 'indication-ambiguous'];
export const CRP_RULES = [
  'crp-missing',
  'crp-below-threshold',
  'crp-unit-suspect',
  'crp-date-missing',
  'crp-date-stale',
  'crp-date-future',
  'crp-reference-missing',
];
export const STEP_RULES = ['step-therapy-missing', 'prior-therapy-incomplete'];

export const therapiesNamed = ({ form }: LetterInput): LetterLine => {
  const names = form.priorTherapies.map((t) => typedText(t.drug)).filter((n): n is string => n !== null);
  return names.length > 0 ? [names.join(', '), ' (see prior therapy)'] : [toAdd('the prior therapies tried')];
};

const activityEvidence =
  (facts: readonly ActivityFact[]) =>
  ({ form }: LetterInput): LetterLine => {
    const parts: string[] = [];
    for (const f of facts) {
      const field = form.clinical[f];
      if (!entered(field)) continue;
      if (f === 'hospitalization') {
        const v = yesNoOr(form.clinical.hospitalization, '');
        parts.push(`hospitalized: ${typeof v === 'string' ? v : ''}`);
      } else {
        const v = countOr(form.clinical[f], '');
        parts.push(`${typeof v === 'string' ? v : ''} flares in the past ${f === 'flaresPast6Months' ? 6 : 12} months`);
      }
    }
    return parts.length > 0 ? [parts.join('; ')] : [toAdd('flares or hospitalization as the criteria count them')];
  };

function criteriaFor(input: LetterInput): readonly LetterCriterion[] | null {
  const id = ilaris(input.indication);
  if (id === null) return null;
  const facts = INDICATIONS[id];
  const { form } = input;
  const criteria: LetterCriterion[] = [
    {
      text: `Diagnosis of ${facts.label}`,
      rules: DIAGNOSIS_RULES,
      evidence: () => ['ICD-10-CM ', input.indicationCode ?? toAdd('the diagnosis code')],
    },
    {
      text: `Age ${num(facts.minAgeYears.value)} years or older`,
      rules: ['dob-invalid', 'age-below-minimum'],
      evidence: () => {
        const dob = form.patient.dob?.value;
        const on = form.request.date?.value ?? input.today;
        const age = dob ? ageInYears(dob, on) : null;
        return dob && age !== null ? [`born ${formatUsDate(dob)}, age ${age}`] : [dateOr(form.patient.dob, "patient's date of birth")];
      },
    },
    {
      text: `Prescribed by or in consultation with a specialist (${facts.specialties.value.map((s) => SPECIALTY_WORDS[s]).join(', ')})`,
      rules: ['prescriber-specialty'],
      evidence: () => [textOr(form.prescriber.specialty, "prescriber's specialty")],
    },
  ];
  if (isContinuation(form)) {
    criteria.push({
      text: `Continuation: at least ${num(CLINICAL.continuationMonths.value)} months on Ilaris with a documented benefit`,
      rules: ['continuation-benefit'],
      evidence: () => ['benefit documented: ', yesNoOr(form.clinical.benefitDocumented, 'whether a benefit is documented')],
    });
    return criteria;
  }
  if (facts.crpRequired?.value === true) {
    criteria.push({
      text: `CRP of at least ${crpThresholdText()}`,
      rules: CRP_RULES,
      evidence: () => [
        crpMgL(form)?.text ?? toAdd('CRP result with its unit'),
        ' on ',
        dateOr(form.labs.crp.date, 'the date the CRP was drawn'),
      ],
    });
  }
  switch (id) {
    case 'FMF':
      criteria.push(
        {
          text: `At least ${num(CLINICAL.fmfFlaresPer6Months.value)} flares in 6 months despite colchicine, or a hospitalization`,
          rules: ['flare-criteria'],
          evidence: activityEvidence(['flaresPast6Months', 'hospitalization']),
        },
        { text: 'Colchicine tried and continued, unless contraindicated', rules: STEP_RULES, evidence: therapiesNamed },
      );
      break;
    case 'TRAPS':
    case 'HIDS':
      criteria.push({
        text: `At least ${num(CLINICAL.trapsFlaresPer12Months.value)} flares in 12 months, or a hospitalization`,
        rules: ['flare-criteria'],
        evidence: activityEvidence(['flaresPast12Months', 'hospitalization']),
      });
      break;
    case 'AOSD':
    case 'SJIA':
      criteria.push({
        text: `A corticosteroid and a conventional DMARD for at least ${num(STEP_THERAPY.stillsDmardMonths.value)} months with an inadequate response, or a biologic tried (e.g. anakinra, tocilizumab)`,
        rules: STEP_RULES,
        evidence: therapiesNamed,
      });
      break;
    case 'GOUT':
      if (isGoutRetreatment(form)) {
        criteria.push({
          text: 'Retreatment: an earlier Ilaris dose with a benefit, a new flare, and at least 12 weeks since that dose',
          rules: ['gout-retreatment-interval', ...STEP_RULES],
          evidence: therapiesNamed,
        });
      } else {
        criteria.push(
          {
            text: `At least ${num(CLINICAL.goutFlaresPer12Months.value)} gout flares in 12 months`,
            rules: ['flare-criteria'],
            evidence: activityEvidence(['flaresPast12Months']),
          },
          {
            text: 'NSAIDs and colchicine contraindicated, not tolerated or not enough; corticosteroids not appropriate',
            rules: STEP_RULES,
            evidence: therapiesNamed,
          },
        );
      }
      criteria.push({
        text: 'On or starting urate-lowering therapy',
        rules: ['gout-urate-lowering'],
        evidence: () => [yesNoOr(form.clinical.urateLoweringTherapy, 'whether the patient is on or starting urate-lowering therapy')],
      });
      break;
    case 'CAPS':
      break;
  }
  return criteria;
}

/** The letter template of the Cigna × Ilaris pack. */
export const ILARIS_LETTER: LetterTemplate = {
  drug: DRUG_NAME,
  payer: CIGNA_ILARIS.payer,
  sections: [
    patientSection('Cigna member ID'),
    diagnosisSection({ describe: describeCode }),
    activitySection({
      required: (indication) => {
        const id = ilaris(indication);
        return id ? (ACTIVITY[id] ?? []) : [];
      },
      anyOf: (indication) => indication !== 'GOUT',
    }),
    labsSection({ crpRequired: CRP_NEEDED }),
    priorTherapySection({ required: (indication) => STEP_THERAPY_NEEDED.some((i) => i === indication) }),
    regimenSection,
    criteriaSection(criteriaFor),
    monitoringSection('monitoring plan: how response (flares, CRP) and safety (infections) will be followed, and how often'),
    prescriberSection(),
  ],
};
