import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import {
  activitySection,
  criteriaSection,
  diagnosisSection,
  draftLetter,
  labsSection,
  monitoringSection,
  patientSection,
  prescriberSection,
  priorTherapySection,
  type LetterInput,
  type LetterTemplate,
} from './letter';

/** A drug-agnostic template, as a second pack would give it (lib tests import no pack). */
const TEMPLATE: LetterTemplate = {
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
};

const FULL: RawForm = {
  patient: { name: 'Jane Doe', memberId: 'U1', dob: '03/14/1985', weight: '70', weightUnit: 'kg' },
  diagnosis: { codes: ['M06.1'] },
  labs: { crpValue: '4.5', crpUnit: 'mg/dL', crpDate: '10/01/2026', crpReferenceRange: '<0.5 mg/dL', esr: '40', ferritin: '900' },
  priorTherapies: [{ drug: 'Prednisone', dose: '20 mg daily', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate response' }],
  clinical: { flaresPast12Months: '7', hospitalization: 'No' },
  prescriber: { name: 'Dr. Ann Lee', npi: '1234567893', specialty: 'Rheumatology', phone: '555-0100' },
};

const input = (raw: RawForm, over: Partial<LetterInput> = {}): LetterInput => ({
  form: normalizeForm(raw),
  findings: [],
  indication: 'X',
  indicationLabel: 'Disease X',
  indicationCode: 'M06.1',
  today: '2026-11-22',
  ...over,
});

const section = (raw: RawForm, id: string, over: Partial<LetterInput> = {}) =>
  draftLetter(TEMPLATE, input(raw, over)).sections.find((s) => s.id === id)?.lines ?? null;

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({
  ruleId,
  severity,
  field: 'drug.units',
  message: `message of ${ruleId}`,
  category: 'coding',
  source: { title: 't', confidence: 'H' },
});

describe('letter of medical necessity: sections', () => {
  it('patient identification', () => {
    expect(section(FULL, 'patient')).toEqual(['Name: Jane Doe', 'Date of birth: 03/14/1985', 'Member ID: U1']);
    expect(section({}, 'patient')).toEqual([
      "Name: [[to add: patient's name]]",
      "Date of birth: [[to add: patient's date of birth]]",
      "Member ID: [[to add: patient's member ID]]",
    ]);
  });

  it('diagnosis with code and description', () => {
    expect(section(FULL, 'diagnosis')).toEqual(['Indication: Disease X', "ICD-10-CM: M06.1 – Adult-onset Still's disease"]);
    expect(section({ diagnosis: { codes: ['Z99.9'] } }, 'diagnosis', { indicationLabel: null })).toEqual([
      'Indication: [[to add: the indication (the disease the drug is for)]]',
      'ICD-10-CM: Z99.9 – [[to add: the description of Z99.9]]',
    ]);
  });

  it('disease activity as entered, or what to add when the criteria need it', () => {
    expect(section(FULL, 'activity')).toEqual(['Flares in the past 12 months: 7', 'Hospitalized for the disease: No']);
    expect(section({}, 'activity')).toEqual([
      '[[to add: number of flares in the past 12 months, or whether the patient was hospitalized for it]]',
    ]);
    expect(section({}, 'activity', { indication: 'Y' })).toBeNull();
  });

  it('objective measures: CRP with unit, date and range; ESR and ferritin when present', () => {
    expect(section(FULL, 'labs')).toEqual([
      'C-reactive protein (CRP): 4.5 mg/dL on 10/01/2026 (reference range <0.5 mg/dL)',
      'Erythrocyte sedimentation rate (ESR): 40',
      'Ferritin: 900',
    ]);
    expect(section({}, 'labs')).toEqual([
      "C-reactive protein (CRP): [[to add: CRP result with its unit]] on [[to add: the date the CRP was drawn]] (reference range [[to add: the lab's CRP reference range]])",
    ]);
    expect(section({}, 'labs', { indication: 'Y' })).toBeNull();
  });

  it('each prior therapy with dose, dates and outcome', () => {
    expect(section(FULL, 'priorTherapy')).toEqual([
      '1. Prednisone, 20 mg daily, from 01/05/2026 to 04/01/2026; outcome: Inadequate response',
    ]);
    expect(section({ priorTherapies: [{ drug: 'Methotrexate', duration: 'Ongoing' }] }, 'priorTherapy')).toEqual([
      '1. Methotrexate, [[to add: dose of Methotrexate]], from [[to add: start date of Methotrexate]] to Ongoing; outcome: [[to add: outcome of Methotrexate (why it was stopped or is not enough)]]',
    ]);
    expect(section({}, 'priorTherapy')).toEqual(['[[to add: each prior therapy: drug, dose, start and stop dates, and why it stopped]]']);
  });

  it('writes prior-therapy dates known to the month or year as typed, not as a day', () => {
    const monthYear = { drug: 'Methotrexate', dose: '15 mg weekly', start: '1/2025', stop: '2026', outcome: 'Inadequate response' };
    expect(section({ priorTherapies: [monthYear] }, 'priorTherapy')).toEqual([
      '1. Methotrexate, 15 mg weekly, from 01/2025 to 2026; outcome: Inadequate response',
    ]);
  });

  it('writes a stop date of "present" or "to date" as "ongoing"', () => {
    const still = { drug: 'Methotrexate', dose: '15 mg weekly', start: '02/01/2026', stop: 'to date', outcome: 'Inadequate response' };
    expect(section({ priorTherapies: [still] }, 'priorTherapy')).toEqual([
      '1. Methotrexate, 15 mg weekly, from 02/01/2026 to ongoing; outcome: Inadequate response',
    ]);
  });

  it('criteria: met with evidence, or to add while a finding questions them', () => {
    expect(section(FULL, 'criteria')).toEqual(['- Criterion A: shown']);
    expect(section(FULL, 'criteria', { findings: [finding('rule-a', 'info')] })).toEqual(['- Criterion A: shown']);
    expect(section(FULL, 'criteria', { findings: [finding('rule-a', 'warning')] })).toEqual([
      '- [[to add: evidence that the request meets "Criterion A" (open: rule-a)]]',
    ]);
    expect(section(FULL, 'criteria', { indication: null })).toEqual(['[[to add: the indication, to state the policy criteria it meets]]']);
  });

  it('monitoring plan is a fill-in', () => {
    expect(section(FULL, 'monitoring')).toEqual(['[[to add: monitoring plan: how response and safety will be followed, and how often]]']);
  });

  it('prescriber: name, specialty, NPI and contact', () => {
    expect(section(FULL, 'prescriber')).toEqual([
      'Name: Dr. Ann Lee',
      'Specialty: Rheumatology',
      'NPI: 1234567893',
      'Contact: phone 555-0100',
    ]);
    expect(section({}, 'prescriber')).toContain("Contact: [[to add: prescriber's phone or fax]]");
  });
});

describe('letter of medical necessity: the draft', () => {
  it('lists open errors and warnings above the letter, not info', () => {
    const draft = draftLetter(TEMPLATE, input(FULL, { findings: [finding('e', 'error'), finding('w', 'warning'), finding('i', 'info')] }));
    expect(draft.unresolved.map((f) => f.ruleId)).toEqual(['e', 'w']);
    const [head] = draft.text.split('----- Letter');
    expect(head).toContain('Fix the form first: 1 error, 1 warning still open.');
    expect(head).toContain('- Error (e, drug.units): message of e');
    expect(draft.text).not.toContain('message of i');
  });

  it('is deterministic and lists each fact to add once', () => {
    const a = draftLetter(TEMPLATE, input({}));
    expect(draftLetter(TEMPLATE, input({})).text).toBe(a.text);
    expect(new Set(a.missing).size).toBe(a.missing.length);
    expect(a.missing).toContain("patient's name");
    expect(a.text).toContain('Date: 11/22/2026');
  });

  it('never writes undefined, NaN, null or an empty value, whatever is typed', () => {
    const text = fc.option(
      fc.oneof(fc.constantFrom('', ' ', '0', '-1', '1e999', '12/31/2025', '2026-02-30', 'abc', '4.5', 'mg/L'), fc.string({ maxLength: 8 })),
      { nil: undefined },
    );
    const clean = (s: string | undefined) => (s === undefined || /undefined|nan|null|[:;,]/i.test(s) ? undefined : s);
    const raw = fc.record({
      name: text,
      dob: text,
      memberId: text,
      crp: text,
      crpUnit: text,
      crpDate: text,
      esr: text,
      flares: text,
      hosp: text,
      drug: text,
      dose: text,
      start: text,
      outcome: text,
      npi: text,
    });
    fc.assert(
      fc.property(raw, fc.constantFrom<string | null>('X', 'Y', null), (r, indication) => {
        const v = Object.fromEntries(Object.entries(r).map(([k, s]) => [k, clean(s)])) as Record<string, string | undefined>;
        const form: RawForm = {
          patient: { name: v.name, dob: v.dob, memberId: v.memberId },
          labs: { crpValue: v.crp, crpUnit: v.crpUnit, crpDate: v.crpDate, esr: v.esr },
          clinical: { flaresPast12Months: v.flares, hospitalization: v.hosp },
          priorTherapies:
            v.drug || v.dose || v.start || v.outcome ? [{ drug: v.drug, dose: v.dose, start: v.start, outcome: v.outcome }] : [],
          prescriber: { npi: v.npi },
        };
        const draft = draftLetter(TEMPLATE, input(form, { indication, indicationLabel: indication }));
        expect(draft.text).not.toMatch(/undefined|NaN|\bnull\b/);
        for (const line of draft.sections.flatMap((s) => s.lines)) {
          expect(line).not.toMatch(/:\s*$|:\s+[,;]|\[\[to add: \]\]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
