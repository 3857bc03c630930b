import {
  countOr,
  criteriaSection,
  dateOr,
  diagnosisSection,
  entered,
  monitoringSection,
  patientSection,
  prescriberSection,
  priorTherapySection,
  quantityOr,
  textOr,
  toAdd,
  typedText,
  type LetterCriterion,
  type LetterInput,
  type LetterLine,
  type LetterSection,
  type LetterTemplate,
} from '@/lib/letter/letter';
import { ageInYears, formatUsDate } from '@/lib/parse/date';
import { calculateDose } from './calculator';
import { familyOf } from './codes';
import { doseMg, isContinuation, num, requestedProduct, vialsFor, weightKg } from './derive';
import { DOSING, DRUG, INDICATIONS, METHOTREXATE } from './facts';
import { isIndication } from './indications';
import { CIGNA_INFLIXIMAB } from './manifest';

/**
 * The Cigna × infliximab letter of medical necessity: the engine's sections (lib/letter) with
 * this pack's diagnosis descriptions, the regimen and its calculation (from the calculator), the
 * TB screening the boxed warning asks for, and the criteria per indication.
 */

const DRUG_NAME = 'infliximab (Remicade or a biosimilar)';

// ---------- diagnosis ----------
const CODE_DESCRIPTIONS: Record<string, string> = {
  'M06.9': 'Rheumatoid arthritis, unspecified',
  'K50.90': "Crohn's disease, unspecified, without complications",
  'K51.90': 'Ulcerative colitis, unspecified, without complications',
  'M45.9': 'Ankylosing spondylitis of unspecified sites in spine',
  'L40.50': 'Arthropathic psoriasis, unspecified',
  'L40.0': 'Psoriasis vulgaris',
};

const FAMILY_DESCRIPTIONS: Record<string, string> = {
  RA: 'Rheumatoid arthritis (type and site as coded)',
  CD: "Crohn's disease (site and complication as coded)",
  UC: 'Ulcerative colitis (extent and complication as coded)',
  AS: 'Ankylosing spondylitis (site as coded)',
  PSA: 'Psoriatic arthritis (type as coded)',
  PSO: 'Psoriasis vulgaris',
};

export function describeCode(code: string): string | null {
  const family = familyOf(code);
  if (!family) return null;
  return CODE_DESCRIPTIONS[code] ?? FAMILY_DESCRIPTIONS[family] ?? null;
}

// ---------- the regimen ----------
export const regimenSection: LetterSection = {
  id: 'regimen',
  title: 'Requested regimen',
  lines: ({ form, indication }) => {
    const { drug } = form;
    const product = requestedProduct(form);
    const weight = weightKg(form);
    const requested = doseMg(form);
    const lines: LetterLine[] = [
      [
        'Drug: ',
        product?.name ?? textOr(drug.name, 'the infliximab product'),
        ', HCPCS ',
        textOr(drug.hcpcs, 'HCPCS code'),
        ', NDC ',
        drug.ndc?.value?.hyphenated ?? typedText(drug.ndc) ?? toAdd('NDC'),
        ', intravenous infusion',
      ],
      [
        'Weight: ',
        weight ? weight.text : entered(form.patient.weight) ? quantityOr(form.patient.weight, '') : toAdd("patient's current weight (kg)"),
      ],
      [
        'Requested: ',
        requested ? requested.text : quantityOr(drug.dose, 'dose in mg'),
        ' ',
        typedText(drug.frequency) ?? toAdd('how often the dose is given'),
        '; ',
        textOr(drug.hcpcs, 'HCPCS code'),
        ' × ',
        countOr(drug.units, 'billing units'),
        ' units',
        ...(requested ? [`; ${vialsFor(requested.mg)} vial(s) of ${num(DRUG.vialSizeMg.value)} mg`] : []),
      ],
    ];
    if (!isIndication(indication)) {
      lines.push(['Label dose: ', toAdd('the indication, to give the label dose')]);
    } else if (!weight) {
      lines.push(['Label dose: ', toAdd("patient's weight, to calculate the label dose")]);
    } else {
      const dose = calculateDose({ indication, weight: String(weight.kg), weightUnit: 'kg' });
      if (dose.ok) {
        const r = dose.value;
        lines.push([
          'Calculation: ',
          `${r.basis}; ${num(r.units)} units (10 mg each), ${r.vials} ${r.vials === 1 ? 'vial' : 'vials'}`,
          r.increase ? ` (label: ${r.increase})` : '',
        ]);
      }
    }
    return lines;
  },
};

// ---------- safety screening ----------
export const screeningSection: LetterSection = {
  id: 'screening',
  title: 'Safety screening',
  lines: () => [
    ['Latent tuberculosis test before the first dose (FDA boxed warning): ', toAdd('test, result and date; treatment started if positive')],
    ['Hepatitis B screening: ', toAdd('result and date')],
  ],
};

// ---------- criteria ----------
export const therapiesNamed = ({ form }: LetterInput): LetterLine => {
  const names = form.priorTherapies.map((t) => typedText(t.drug)).filter((n): n is string => n !== null);
  return names.length > 0 ? [names.join(', '), ' (see prior therapy)'] : [toAdd('the conventional therapies tried, with their outcome')];
};

function criteriaFor(input: LetterInput): readonly LetterCriterion[] | null {
  const id = isIndication(input.indication) ? input.indication : null;
  if (id === null) return null;
  const facts = INDICATIONS[id];
  const { form } = input;
  const dosing = DOSING.value[id];
  const criteria: LetterCriterion[] = [
    {
      text: `Diagnosis of ${facts.label}`,
      rules: ['icd10-invalid', 'icd10-not-covered'],
      evidence: () => ['ICD-10-CM ', input.indicationCode ?? toAdd('the diagnosis code')],
    },
    {
      text: facts.minAgeYears.value >= 18 ? 'Adult patient (FDA label)' : `Age ${num(facts.minAgeYears.value)} years or older (FDA label)`,
      rules: ['dob-invalid', 'age-below-minimum'],
      evidence: () => {
        const dob = form.patient.dob?.value;
        const age = dob ? ageInYears(dob, form.request.date?.value ?? input.today) : null;
        return dob && age !== null ? [`born ${formatUsDate(dob)}, age ${age}`] : [dateOr(form.patient.dob, "patient's date of birth")];
      },
    },
    {
      text: `Prescribed by or in consultation with ${facts.specialties.value.join(' or ')}`,
      rules: ['prescriber-specialty'],
      evidence: () => [textOr(form.prescriber.specialty, "prescriber's specialty")],
    },
    {
      text: `Dose per the FDA label: ${dosing.mgPerKg} mg/kg ${dosing.scheduleText}`,
      rules: ['dose-weight', 'weight-missing', 'frequency-indication'],
      evidence: () => [doseMg(form)?.text ?? toAdd('the dose'), ' for ', weightKg(form)?.text ?? toAdd('the weight')],
    },
  ];
  if (isContinuation(form)) {
    criteria.push({
      text: 'Continuation: a documented response to infliximab',
      rules: [],
      evidence: () => [toAdd('the response on therapy (chart notes)')],
    });
    return criteria;
  }
  if (id === 'RA') {
    criteria.push({
      text: 'Given with methotrexate, as the label says (or why methotrexate is not possible)',
      rules: ['ra-methotrexate'],
      evidence: () => {
        const mtx = form.priorTherapies.find((t) => METHOTREXATE.test(t.drug?.raw ?? ''));
        return mtx ? [typedText(mtx.drug) ?? 'methotrexate', ' (see prior therapy)'] : [toAdd('methotrexate taken, or why not')];
      },
    });
  }
  criteria.push({ text: 'Inadequate response to conventional therapy', rules: [], evidence: therapiesNamed });
  return criteria;
}

/** The letter template of the Cigna × infliximab pack. */
export const INFLIXIMAB_LETTER: LetterTemplate = {
  drug: DRUG_NAME,
  payer: CIGNA_INFLIXIMAB.payer,
  sections: [
    patientSection('Cigna member ID'),
    diagnosisSection({ describe: describeCode }),
    screeningSection,
    priorTherapySection({ required: (indication) => isIndication(indication) }),
    regimenSection,
    criteriaSection(criteriaFor),
    monitoringSection('monitoring plan: response (disease activity), infections and TB during therapy, infusion reactions, and how often'),
    prescriberSection(),
  ],
};
