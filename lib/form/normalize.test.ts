import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toKg, toMgPerL } from '@/lib/parse/quantity';
import { isFilled } from '@/lib/engine/paths';
import { emptyPaForm, filledPaths, normalizeForm } from './normalize';
import { rawFromFlat } from './paths';
import { RawFormSchema, PaFormSchema, type RawForm } from './schema';

/** The worked example: a 70 kg adult with Still's disease, 280 mg = 280 units, one NDC. */
const workedExample: RawForm = {
  patient: { name: 'Jane Doe', memberId: 'U1234567801', dob: '04/12/1985', weight: '70', weightUnit: 'kg' },
  request: { date: '10/15/2025', serviceDate: '10/20/2025', type: 'New authorization request' },
  diagnosis: { codes: ['M06.1'], indication: "Still's disease" },
  drug: {
    name: 'Ilaris (canakinumab)',
    hcpcs: 'J0638',
    ndc: '00078-0734-61',
    dose: '280',
    doseUnit: 'mg',
    units: '280',
    ndcQuantity: 'ML2',
    frequency: 'every 4 weeks',
    duration: '6 months',
    obtainedFrom: "Prescriber's office stock",
    placeOfService: '11 - Office',
    adminCpt: '96372',
    modifiers: 'JW',
  },
  labs: { crpValue: '4.5', crpUnit: 'mg/dL', crpDate: '09/30/2025', crpUln: '0.5', crpReferenceRange: '<0.5 mg/dL' },
  priorTherapies: [
    { drug: 'prednisone', dose: '20 mg daily', start: '01/02/2025', stop: '03/01/2025', outcome: 'flares on taper' },
    { drug: 'methotrexate', dose: '15 mg weekly', start: '03/01/2025', duration: '4 months', outcome: 'inadequate response' },
  ],
  prescriber: { name: 'Dr. A. Rheum', npi: '1234567893', specialty: 'Rheumatology', phone: '555-0100', fax: '555-0101' },
  clinical: { hospitalization: 'No' },
};

const norm = (raw: RawForm) => normalizeForm(raw, { twoDigitYearPivot: 26 });

describe('normalizeForm: the worked example', () => {
  const form = norm(workedExample);

  it('satisfies the PaForm schema', () => expect(PaFormSchema.parse(form)).toEqual(form));
  it('reads the dose as 280 mg from the value and its unit select', () =>
    expect(form.drug.dose).toEqual({ raw: '280', value: { amount: 280, unit: 'mg' } }));
  it('reads 280 billing units', () => expect(form.drug.units).toEqual({ raw: '280', value: 280 }));
  it('reads a 70 kg weight', () => {
    expect(form.patient.weight?.value).toEqual({ amount: 70, unit: 'kg' });
    expect(toKg(form.patient.weight!.value!)).toBe(70);
  });
  it('reads the NDC as 00078-0734-61', () =>
    expect(form.drug.ndc?.value).toMatchObject({ ndc11: '00078073461', hyphenated: '00078-0734-61' }));
  it('reads CRP 4.5 mg/dL, which is 45 mg/L', () => {
    expect(form.labs.crp.value?.value).toEqual({ amount: 4.5, unit: 'mg/dL' });
    expect(toMgPerL(form.labs.crp.value!.value!)).toBe(45);
  });
  it("reads the ULN in the result's unit when it has none of its own", () =>
    expect(form.labs.crp.uln?.value).toEqual({ amount: 0.5, unit: 'mg/dL' }));
  it('reads the CRP date as ISO', () => expect(form.labs.crp.date?.value).toBe('2025-09-30'));
  it('reads the diagnosis M06.1 with the path of its input', () =>
    expect(form.diagnosis.codes).toEqual([
      { raw: 'M06.1', value: { code: 'M06.1', category: 'M06', placeholder: false }, path: 'diagnosis.codes.0' },
    ]));
  it('keeps the chosen indication as typed: the pack that applies reads it', () =>
    expect(form.diagnosis.indication?.value).toBe("Still's disease"));
  it('reads the frequency as every 28 days', () => expect(form.drug.frequency?.value).toEqual({ everyDays: 28, once: false }));
  it('reads ML2 as 2 mL', () => expect(form.drug.ndcQuantity?.value).toEqual({ unit: 'ML', quantity: 2 }));
  it('reads place of service 11', () => expect(form.drug.placeOfService?.value).toBe('11'));
  it('reads modifier JW', () => expect(form.drug.modifiers?.value).toEqual(['JW']));
  it('reads the NPI', () => expect(form.prescriber.npi?.value).toBe('1234567893'));
  it('reads a new request', () => expect(form.request.type?.value).toBe('new'));
  it('reads both prior therapies with their row index', () => {
    expect(form.priorTherapies.map((t) => [t.index, t.drug?.value])).toEqual([
      [0, 'prednisone'],
      [1, 'methotrexate'],
    ]);
    expect(form.priorTherapies[0]?.start?.value).toEqual({ precision: 'day', first: '2025-01-02', last: '2025-01-02' });
  });
  it('reads hospitalization "No" as false', () => expect(form.clinical.hospitalization?.value).toBe(false));
  it('has no problems anywhere', () => expect(JSON.stringify(form)).not.toContain('"problem"'));
});

describe('normalizeForm: absent fields', () => {
  it('gives the empty form for an empty raw form', () => expect(norm({})).toEqual(emptyPaForm()));
  it('treats whitespace-only input as not filled in', () => {
    const form = norm({ drug: { units: '   ', dose: '\t' }, patient: { name: '' } });
    expect(form.drug).toEqual({});
    expect(form.patient).toEqual({});
  });
  it('ignores a unit select with no value', () => expect(norm({ drug: { doseUnit: 'mg' } }).drug.dose).toBeUndefined());
  it("drops blank prior-therapy rows but keeps later rows' indices", () => {
    const form = norm({ priorTherapies: [{}, { drug: ' ', outcome: '' }, { drug: 'colchicine' }] });
    expect(form.priorTherapies).toEqual([{ index: 2, drug: { raw: 'colchicine', value: 'colchicine' } }]);
  });
  it('skips blank diagnosis inputs but keeps the index of the others in their path', () => {
    const form = norm({ diagnosis: { codes: ['', 'M04.1'] } });
    expect(form.diagnosis.codes.map((c) => c.path)).toEqual(['diagnosis.codes.1']);
  });
  it('keeps a prior therapy dated to the month or year at that precision; a lab date stays a day', () => {
    const form = norm({ priorTherapies: [{ drug: 'MTX', start: '01/2025', stop: '2026' }], labs: { crpDate: '01/2025' } });
    expect(form.priorTherapies[0]?.start?.value).toEqual({ precision: 'month', first: '2025-01-01', last: '2025-01-31' });
    expect(form.priorTherapies[0]?.stop?.value).toEqual({ precision: 'year', first: '2026-01-01', last: '2026-12-31' });
    expect(form.labs.crp.date?.problem?.code).toBe('date.format');
  });
  it('splits a range typed as a prior therapy\'s dates ("Dates of therapy") into its start and stop, and keeps a duration that is none', () => {
    const form = norm({
      priorTherapies: [
        { drug: 'MTX', duration: '01/2025 - 06/2025' },
        { drug: 'HCQ', duration: '6 months' },
        { drug: 'SSZ', start: '03/2024', duration: '01/2025 - 06/2025' },
      ],
    });
    const [mtx, hcq, ssz] = form.priorTherapies;
    expect([mtx?.start?.value, mtx?.stop?.value]).toEqual([
      { precision: 'month', first: '2025-01-01', last: '2025-01-31' },
      { precision: 'month', first: '2025-06-01', last: '2025-06-30' },
    ]);
    expect(mtx?.duration?.raw).toBe('01/2025 - 06/2025');
    expect([hcq?.start, hcq?.stop, hcq?.duration?.raw]).toEqual([undefined, undefined, '6 months']);
    // a start box of its own is the start
    expect([ssz?.start?.raw, ssz?.stop]).toEqual(['03/2024', undefined]);
    expect(PaFormSchema.parse(form)).toEqual(form);
  });
  it('reads a prior-therapy stop of "present" or "to date" as ongoing, with no problem, and the schema holds it', () => {
    const form = norm({
      priorTherapies: [
        { drug: 'MTX', start: '01/2025', stop: 'Present' },
        { drug: 'HCQ', stop: 'to date' },
      ],
    });
    expect(form.priorTherapies.map((t) => t.stop)).toEqual([
      { raw: 'Present', value: 'ongoing' },
      { raw: 'to date', value: 'ongoing' },
    ]);
    expect(PaFormSchema.parse(form)).toEqual(form);
  });
  it('gives an empty-form object that satisfies the schema', () => expect(PaFormSchema.safeParse(emptyPaForm()).success).toBe(true));
});

describe('normalizeForm: bad inputs keep the raw text and a problem', () => {
  const problemOf = (f: { problem?: { code: string } } | undefined) => f?.problem?.code;

  it('reads "280mg" typed in the dose', () =>
    expect(norm({ drug: { dose: '280mg' } }).drug.dose?.value).toEqual({ amount: 280, unit: 'mg' }));
  it('reads "280 MG" typed in the dose', () =>
    expect(norm({ drug: { dose: '280 MG' } }).drug.dose?.value).toEqual({ amount: 280, unit: 'mg' }));
  it('refuses "2 80" in billing units', () => {
    const units = norm({ drug: { units: '2 80' } }).drug.units;
    expect(units).toMatchObject({ raw: '2 80', problem: { code: 'count.split-digits' } });
    expect(units?.value).toBeUndefined();
  });
  it('refuses "1,5" in the CRP value', () =>
    expect(problemOf(norm({ labs: { crpValue: '1,5' } }).labs.crp.value)).toBe('quantity.decimal-comma'));
  it('refuses "two hundred" in the dose', () =>
    expect(problemOf(norm({ drug: { dose: 'two hundred' } }).drug.dose)).toBe('quantity.words'));
  it('refuses 2/30/2025 as a request date', () =>
    expect(problemOf(norm({ request: { date: '2/30/2025' } }).request.date)).toBe('date.impossible'));
  it('refuses 13/01/2025 as a CRP date', () =>
    expect(problemOf(norm({ labs: { crpDate: '13/01/2025' } }).labs.crp.date)).toBe('date.month'));
  it('reads the NDC with or without hyphens', () => {
    expect(norm({ drug: { ndc: '00078073461' } }).drug.ndc?.value?.ndc11).toBe('00078073461');
    expect(norm({ drug: { ndc: '0078-0734-61' } }).drug.ndc?.value?.ndc11).toBe('00078073461');
  });
  it('reads ICD-10 with or without the dot', () =>
    expect(norm({ diagnosis: { codes: ['m061', 'M06.1'] } }).diagnosis.codes.map((c) => c.value?.code)).toEqual(['M06.1', 'M06.1']));
  it('splits a list of codes typed in one input, all pointing at that input', () => {
    const codes = norm({ diagnosis: { codes: ['M04.1, E85.0'] } }).diagnosis.codes;
    expect(codes.map((c) => [c.value?.code, c.path])).toEqual([
      ['M04.1', 'diagnosis.codes.0'],
      ['E85.0', 'diagnosis.codes.0'],
    ]);
  });
  it('keeps a placeholder code as parsed, flagged', () =>
    expect(norm({ diagnosis: { codes: ['M08.2X'] } }).diagnosis.codes[0]?.value?.placeholder).toBe(true));
  it('reads a weight in pounds from the unit select', () => {
    const w = norm({ patient: { weight: '154', weightUnit: 'lb' } }).patient.weight;
    expect(w?.value).toEqual({ amount: 154, unit: 'lb' });
    expect(toKg(w!.value!)).toBeCloseTo(69.85, 2);
  });
  it('lets a unit typed in the weight win when the select is empty', () =>
    expect(norm({ patient: { weight: '154 lbs' } }).patient.weight?.value).toEqual({ amount: 154, unit: 'lb' }));
  it('keeps a weight with no unit at all as unit null', () =>
    expect(norm({ patient: { weight: '70' } }).patient.weight?.value).toEqual({ amount: 70, unit: null }));
  it('flags "154 lb" typed with the select on kg, keeping the typed unit', () => {
    const w = norm({ patient: { weight: '154 lb', weightUnit: 'kg' } }).patient.weight;
    expect(w?.value).toEqual({ amount: 154, unit: 'lb' });
    expect(w?.problem?.code).toBe('quantity.unit-conflict');
    expect(w?.problem?.message).toContain('lb');
    expect(w?.problem?.message).toContain('kg');
  });
  it('accepts the same unit typed and selected', () =>
    expect(norm({ drug: { dose: '280 mg', doseUnit: 'mg' } }).drug.dose).toEqual({ raw: '280 mg', value: { amount: 280, unit: 'mg' } }));
  it('reads CRP in mg/L from the select', () =>
    expect(norm({ labs: { crpValue: '12', crpUnit: 'mg/L' } }).labs.crp.value?.value).toEqual({ amount: 12, unit: 'mg/L' }));
  it('keeps a CRP with no unit as unit null, for a rule to question', () =>
    expect(norm({ labs: { crpValue: '4.5' } }).labs.crp.value?.value).toEqual({ amount: 4.5, unit: null }));
  it('reads a CRP written as a multiple of ULN', () =>
    expect(norm({ labs: { crpValue: '3x ULN' } }).labs.crp.value?.value).toEqual({ amount: 3, unit: 'xULN' }));
  it('refuses a dose in mL, saying it is a volume', () => {
    const dose = norm({ drug: { dose: '2 mL' } }).drug.dose;
    expect(dose?.problem?.code).toBe('quantity.unit-wrong-kind');
    expect(dose?.problem?.message).toContain('mL is a volume; the dose needs mg');
  });
  it('refuses a dose whose unit select says mL', () =>
    expect(norm({ drug: { dose: '2', doseUnit: 'mL' } }).drug.dose?.problem?.message).toContain('mL is a volume'));
  it('refuses an unknown unit in a select', () =>
    expect(norm({ patient: { weight: '70', weightUnit: 'stone' } }).patient.weight?.problem?.code).toBe('quantity.unit-select-unknown'));
  it('refuses a bad NPI check digit', () =>
    expect(problemOf(norm({ prescriber: { npi: '1234567894' } }).prescriber.npi)).toBe('npi.check-digit'));
  it('reads "3 flares" as a count', () =>
    expect(norm({ clinical: { flaresPast12Months: '3 flares' } }).clinical.flaresPast12Months?.value).toBe(3));
  it('upper-cases the HCPCS and CPT codes', () => {
    const drug = norm({ drug: { hcpcs: ' j0638 ', adminCpt: '96372' } }).drug;
    expect(drug.hcpcs?.value).toBe('J0638');
    expect(drug.adminCpt?.value).toBe('96372');
  });
  it('takes the code from a described HCPCS or CPT choice', () => {
    const drug = norm({ drug: { hcpcs: 'J0638 - Injection, canakinumab, 1 mg', adminCpt: '96372 Ther/proph/diag inj sc/im' } }).drug;
    expect(drug.hcpcs?.value).toBe('J0638');
    expect(drug.adminCpt?.value).toBe('96372');
  });
  it('keeps a real value that starts with "Select"', () =>
    expect(norm({ drug: { obtainedFrom: 'Select Specialty Pharmacy' } }).drug.obtainedFrom?.value).toBe('Select Specialty Pharmacy'));
  it('reads a HCPCS code split after its letter by fax OCR, with its description after it', () => {
    expect(norm({ drug: { hcpcs: 'Q 5103' } }).drug.hcpcs?.value).toBe('Q5103');
    expect(norm({ drug: { hcpcs: 'Q 5103 - Injection, infliximab-dyyb, biosimilar, 10 mg' } }).drug.hcpcs?.value).toBe('Q5103');
  });
  it('reads an NPI with a zero-width space pasted after it', () =>
    expect(norm({ prescriber: { npi: '1234567893\u200b' } }).prescriber.npi?.value).toBe('1234567893'));
  it('treats a field holding only a zero-width space or a BOM as not filled in', () =>
    expect(norm({ prescriber: { npi: '\u200b' }, drug: { hcpcs: '\ufeff ' } })).toMatchObject({ prescriber: {}, drug: {} }));
  it('keeps an odd HCPCS as typed (upper case, no spaces) for the rule to judge', () =>
    expect(norm({ drug: { hcpcs: 'j 0638x' } }).drug.hcpcs?.value).toBe('J0638X'));
  it('treats a select prompt as nothing chosen', () => {
    const form = norm({
      patient: { weight: '70', weightUnit: 'Select unit' },
      clinical: { hospitalization: '-- Select --', colchicineContinuing: 'Choose...', urateLoweringTherapy: 'Select an option' },
    });
    expect(form.patient.weight?.value).toEqual({ amount: 70, unit: null });
    expect(form.clinical).toEqual({});
  });
  it('reads the NDC quantity "280 mg" with unit MG', () =>
    expect(norm({ drug: { ndcQuantity: '280 mg' } }).drug.ndcQuantity?.value).toEqual({ unit: 'MG', quantity: 280 }));
  it('reads "1 unit" in billing units as 1', () => expect(norm({ drug: { units: '1 unit' } }).drug.units?.value).toBe(1));
  it('keeps the raw text exactly as typed', () => expect(norm({ drug: { units: ' 280 ' } }).drug.units?.raw).toBe(' 280 '));
  it('ignores values that are not strings in a loosely built raw form', () => {
    const loose = { drug: { units: 280 }, diagnosis: { codes: [null, 'M06.1'] } } as unknown as RawForm;
    const form = norm(loose);
    expect(form.drug.units).toBeUndefined();
    expect(form.diagnosis.codes).toHaveLength(1);
  });
});

describe('normalizeForm: correct requests typed the way office staff type them', () => {
  it('reads a gout title after the code as one code, M10.9', () => {
    const form = norm({ diagnosis: { codes: ['M10.9 Gout, unspecified'] } });
    expect(form.diagnosis.codes).toEqual([
      // the words beside the code come back as its description (see parseIcd10List)
      { raw: 'M10.9', value: { code: 'M10.9', category: 'M10', placeholder: false }, path: 'diagnosis.codes.0', description: 'Gout' },
    ]);
  });
  it('reads a date of birth "03/04/27" as 1927, not a birth in the future', () => {
    expect(normalizeForm({ patient: { dob: '03/04/27' } }, { today: '2026-12-03' }).patient.dob?.value).toBe('1927-03-04');
    // without a today, the request date stands in for it
    expect(normalizeForm({ patient: { dob: '03/04/27' }, request: { date: '11/20/2026' } }).patient.dob?.value).toBe('1927-03-04');
  });
  it('reads "N/A" and "Not applicable" in a yes/no question as not answered (no problem)', () => {
    const form = norm({ clinical: { hospitalization: 'Not applicable', colchicineContraindicated: 'N/A' } });
    expect(form.clinical).toEqual({});
  });
  it('reads urate-lowering therapy named by its drug as yes', () => {
    const form = norm({ clinical: { urateLoweringTherapy: 'Allopurinol 300 mg daily' } });
    expect(form.clinical.urateLoweringTherapy?.value).toBe(true);
    expect(norm({ clinical: { urateLoweringTherapy: 'Starting febuxostat' } }).clinical.urateLoweringTherapy?.value).toBe(true);
  });
  it('reads "Hospitalized 06/2026 for flare" as a hospitalization', () =>
    expect(norm({ clinical: { hospitalization: 'Hospitalized 06/2026 for flare' } }).clinical.hospitalization?.value).toBe(true));
  it('reads flares by their period: "8 per year" in 12 months, "8-10" as 8, "6+" as 6', () => {
    const form = norm({ clinical: { flaresPast12Months: '8 per year', flaresPast6Months: '6+' } });
    expect(form.clinical.flaresPast12Months?.value).toBe(8);
    expect(form.clinical.flaresPast6Months?.value).toBe(6);
    expect(norm({ clinical: { flaresPast12Months: '8-10' } }).clinical.flaresPast12Months?.value).toBe(8);
    expect(norm({ clinical: { flaresPast6Months: '8 per year' } }).clinical.flaresPast6Months?.problem?.code).toBe('count.period');
  });
  it('reads an urgency in the request type as not answering it', () =>
    expect(norm({ request: { type: 'Standard (non-urgent)' } }).request).toEqual({}));
  it('reads a date of service "Upon approval" as not given yet', () =>
    expect(norm({ request: { serviceDate: 'Upon approval' } }).request).toEqual({}));
  it('reads a prior therapy stop of "N/A", "—" or "Unknown" as blank, not unreadable', () => {
    const form = norm({
      priorTherapies: [
        { drug: 'Humira', start: '2022', stop: '—' },
        { drug: 'Enbrel', start: 'Unknown', stop: 'N/A' },
      ],
    });
    expect(form.priorTherapies).toEqual([
      {
        index: 0,
        drug: { raw: 'Humira', value: 'Humira' },
        start: { raw: '2022', value: { precision: 'year', first: '2022-01-01', last: '2022-12-31' } },
      },
      { index: 1, drug: { raw: 'Enbrel', value: 'Enbrel' } },
    ]);
  });
  it('reads "01/2024 - 09/2024" typed in the start cell as the start and the stop', () => {
    const row = norm({ priorTherapies: [{ drug: 'MTX', start: '01/2024 - 09/2024' }] }).priorTherapies[0];
    expect(row?.start?.value).toEqual({ precision: 'month', first: '2024-01-01', last: '2024-01-31' });
    expect(row?.stop?.value).toEqual({ precision: 'month', first: '2024-09-01', last: '2024-09-30' });
  });
  it('keeps the stop cell over a range in the start cell', () => {
    const row = norm({ priorTherapies: [{ drug: 'MTX', start: '01/2024 - 09/2024', stop: 'ongoing' }] }).priorTherapies[0];
    expect(row?.stop?.value).toBe('ongoing');
    expect(row?.start?.problem?.code).toBe('date.format');
  });
  it('reads a weight in kg and lb that agree as the kg', () =>
    expect(norm({ patient: { weight: '70 kg / 154 lb' } }).patient.weight?.value).toEqual({ amount: 70, unit: 'kg' }));
  it('reads a lab result below the limit of detection, with the unit select', () =>
    expect(norm({ labs: { crpValue: '<3', crpUnit: 'mg/L' } }).labs.crp.value).toEqual({ raw: '<3', value: { amount: 3, unit: 'mg/L' } }));
  it('reads a dose with its route as the dose', () =>
    expect(norm({ drug: { dose: '150 mg SQ' } }).drug.dose?.value).toEqual({ amount: 150, unit: 'mg' }));
  it('says a dose "2" with the select on mg/kg is a dose per kg', () =>
    expect(norm({ drug: { dose: '2', doseUnit: 'mg/kg' } }).drug.dose?.problem?.code).toBe('quantity.per-kg'));
  it('reads billing units with a note as the number', () =>
    expect(norm({ drug: { units: '280 (J0638 x 280)' } }).drug.units?.value).toBe(280));
});

describe('normalizeForm: random raw forms', () => {
  const text = fc.oneof(fc.string(), fc.constantFrom('', ' ', '280', '2 80', '1,5', 'M06.1', '13/01/2025', '70 lb', 'mg', 'kg', 'mg/dL'));
  const section = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, text])), { requiredKeys: [] });
  const raw = fc.record(
    {
      patient: section(['name', 'memberId', 'dob', 'weight', 'weightUnit']),
      request: section(['date', 'serviceDate', 'type']),
      diagnosis: fc.record({ codes: fc.array(text, { maxLength: 3 }), indication: text }, { requiredKeys: [] }),
      drug: section(['name', 'hcpcs', 'ndc', 'dose', 'doseUnit', 'units', 'ndcQuantity', 'frequency', 'placeOfService', 'modifiers']),
      labs: section(['crpValue', 'crpUnit', 'crpDate', 'crpUln', 'esr', 'ferritin']),
      priorTherapies: fc.array(section(['drug', 'dose', 'start', 'stop', 'outcome']), { maxLength: 3 }),
      prescriber: section(['npi', 'specialty']),
      clinical: section(['flaresPast6Months', 'hospitalization', 'lastDoseDate']),
    },
    { requiredKeys: [] },
  );

  it('always produces a form that satisfies the PaForm schema', () => {
    fc.assert(
      fc.property(raw, (r) => {
        expect(RawFormSchema.safeParse(r).success).toBe(true);
        const result = PaFormSchema.safeParse(norm(r as RawForm));
        if (!result.success) throw new Error(result.error.message);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a dose written per kilogram', () => {
  const dose = (drug: Record<string, string>, patient: Record<string, string> = { weight: '70', weightUnit: 'kg' }) =>
    normalizeForm({ patient, drug }).drug.dose;

  it('reads "4 mg/kg" for a 70 kg patient as the 280 mg it comes to', () => {
    expect(dose({ dose: '4 mg/kg' })?.value).toEqual({ amount: 280, unit: 'mg' });
  });

  it('caps "4mg/kg (max 300 mg)" at 300 mg for a 90 kg patient', () => {
    expect(dose({ dose: '4mg/kg (max 300 mg)' }, { weight: '90', weightUnit: 'kg' })?.value).toEqual({ amount: 300, unit: 'mg' });
  });

  it('reads "2" with mg/kg chosen beside it for a 154 lb patient as about 139.7 mg', () => {
    expect(dose({ dose: '2', doseUnit: 'mg/kg' }, { weight: '154', weightUnit: 'lb' })?.value).toEqual({ amount: 139.7, unit: 'mg' });
  });

  it('still asks for the total when the weight is missing or has no unit', () => {
    expect(dose({ dose: '4 mg/kg' }, {})?.problem?.code).toBe('quantity.per-kg');
    expect(dose({ dose: '4 mg/kg' }, { weight: '70' })?.problem?.code).toBe('quantity.per-kg');
  });
});

describe('normalizeForm: as typed, round 3', () => {
  it('reads a lab result "N/A" as not given, like a blank field', () => {
    const form = norm({ ...workedExample, labs: { ...workedExample.labs, esr: 'N/A', ferritin: 'unknown' } });
    expect(form.labs.esr).toBeUndefined();
    expect(form.labs.ferritin).toBeUndefined();
  });
  it('keeps an unreadable lab result a problem', () =>
    expect(norm({ ...workedExample, labs: { ...workedExample.labs, esr: 'high' } }).labs.esr?.problem).toBeDefined());
  it('reads corticosteroids-not-candidate "Not a candidate - diabetes" as yes: the answer restates the question', () => {
    const form = norm({ ...workedExample, clinical: { corticosteroidsNotCandidate: 'Not a candidate - diabetes' } });
    expect(form.clinical.corticosteroidsNotCandidate?.value).toBe(true);
  });
  it('keeps "Not a candidate" a problem in another yes/no field', () => {
    const form = norm({ ...workedExample, clinical: { colchicineContraindicated: 'Not a candidate - diabetes' } });
    expect(form.clinical.colchicineContraindicated?.problem?.code).toBe('yes-no.unknown');
  });
  it('reads hospitalization "Y (10/2026)" as yes', () =>
    expect(norm({ ...workedExample, clinical: { hospitalization: 'Y (10/2026)' } }).clinical.hospitalization?.value).toBe(true));
  it('reads a prior therapy stopped "cont." as ongoing', () => {
    const form = norm({ ...workedExample, priorTherapies: [{ drug: 'prednisone', start: '02/2025', stop: 'cont.' }] });
    expect(form.priorTherapies[0]?.stop?.value).toBe('ongoing');
  });
  it('gives a code the description on the line after it', () => {
    const form = norm({ ...workedExample, diagnosis: { codes: ['M04.2\nCryopyrin-associated periodic syndromes\n'] } });
    expect(form.diagnosis.codes).toEqual([
      expect.objectContaining({
        value: expect.objectContaining({ code: 'M04.2' }),
        description: 'Cryopyrin-associated periodic syndromes',
      }),
    ]);
  });
});

describe('normalizeForm: as EHRs export them, round 4', () => {
  const crp = (labs: RawForm['labs']) => norm({ ...workedExample, labs }).labs.crp;
  it('takes the reference range printed after the CRP result when its own field is empty', () =>
    expect(crp({ crpValue: 'Result: 12.3 mg/L (Ref: <5.0)' })).toEqual({
      value: { raw: 'Result: 12.3 mg/L (Ref: <5.0)', value: { amount: 12.3, unit: 'mg/L' } },
      referenceRange: { raw: '<5.0', value: '<5.0' },
    }));
  it('takes a bracketed range printed after the result too', () =>
    expect(crp({ crpValue: '28 mg/L [0.0-5.0]' }).referenceRange?.value).toBe('0.0-5.0'));
  it('keeps the reference range typed in its own field over the one after the result', () =>
    expect(crp({ crpValue: '12.3 mg/L (Ref: <5.0)', crpReferenceRange: '0-10 mg/L' }).referenceRange?.value).toBe('0-10 mg/L'));
  it('reports the reference range filled, as the normalized form has it, when the result prints one', () => {
    const flats: Record<string, string>[] = [
      { 'labs.crpValue': 'Result: 12.3 mg/L (Ref: <5.0)' },
      { 'labs.crpValue': '12 mg/L', 'labs.crpReferenceRange': '0-5' },
    ];
    for (const flat of flats) {
      expect(filledPaths(flat)).toContain('labs.crpReferenceRange');
      expect(isFilled(normalizeForm(rawFromFlat(flat)), 'labs.crpReferenceRange')).toBe(true);
    }
    expect(filledPaths({ 'labs.crpValue': '12.3 mg/L' })).toEqual(['labs.crpValue']);
    expect(filledPaths({ 'labs.crpValue': '12 mg/L [0-5]', 'labs.crpReferenceRange': '0-5' })).toHaveLength(2);
  });
  it('takes no reference range from a result without one', () => {
    expect(crp({ crpValue: '12.3 mg/L (H)' })).not.toHaveProperty('referenceRange');
    expect(crp({ crpValue: '12.3 mg/L (0-5)' })).not.toHaveProperty('referenceRange');
  });
  it('reads an Epic problem-list line as its bracketed code with the name as description', () =>
    expect(norm({ ...workedExample, diagnosis: { codes: ['Familial Mediterranean fever (HCC) [M04.1]'] } }).diagnosis.codes).toEqual([
      {
        raw: 'M04.1',
        value: { code: 'M04.1', category: 'M04', placeholder: false },
        path: 'diagnosis.codes.0',
        description: 'Familial Mediterranean fever',
      },
    ]));
  it('reads an Epic weight in kg with pounds and ounces as the kg', () =>
    expect(norm({ ...workedExample, patient: { weight: 'Wt 70.2 kg (154 lb 12.8 oz)' } }).patient.weight).toEqual({
      raw: 'Wt 70.2 kg (154 lb 12.8 oz)',
      value: { amount: 70.2, unit: 'kg' },
    }));
});

describe('normalizeForm: values pasted with the EHR label in front', () => {
  const labelled: RawForm = {
    ...workedExample,
    patient: { name: 'Jane Doe', memberId: 'Member ID: U1234567801', dob: 'DOB: 04/12/1985', weight: 'Wt: 70', weightUnit: 'kg' },
    request: { date: 'Date: 10/15/2025', serviceDate: 'Date of service: 10/20/2025', type: 'New authorization request' },
    drug: {
      ...workedExample.drug,
      hcpcs: 'HCPCS: J0638',
      ndc: 'NDC: 00078-0734-61',
      dose: 'Dose: 280',
      units: 'Units: 280',
      placeOfService: 'POS: 11',
      adminCpt: 'CPT: 96372',
      modifiers: 'Modifier: JW',
    },
    labs: { crpValue: 'CRP: 4.5', crpUnit: 'mg/dL', crpDate: 'Collected: 09/30/2025', crpUln: 'ULN: 0.5', crpReferenceRange: '<0.5 mg/dL' },
    prescriber: { ...workedExample.prescriber, npi: 'NPI: 1234567893' },
  };

  it('reads every structured value as if typed without its label, keeping what was typed', () => {
    const form = norm(labelled);
    const plain = norm(workedExample);
    expect(form.patient.dob).toEqual({ raw: 'DOB: 04/12/1985', value: plain.patient.dob?.value });
    expect(form.patient.memberId).toEqual({ raw: 'Member ID: U1234567801', value: 'U1234567801' });
    for (const [a, b] of [
      [form.patient.weight, plain.patient.weight],
      [form.request.date, plain.request.date],
      [form.request.serviceDate, plain.request.serviceDate],
      [form.drug.hcpcs, plain.drug.hcpcs],
      [form.drug.ndc, plain.drug.ndc],
      [form.drug.dose, plain.drug.dose],
      [form.drug.units, plain.drug.units],
      [form.drug.placeOfService, plain.drug.placeOfService],
      [form.drug.adminCpt, plain.drug.adminCpt],
      [form.drug.modifiers, plain.drug.modifiers],
      [form.labs.crp.value, plain.labs.crp.value],
      [form.labs.crp.date, plain.labs.crp.date],
      [form.labs.crp.uln, plain.labs.crp.uln],
      [form.prescriber.npi, plain.prescriber.npi],
    ]) {
      expect(a?.problem).toBeUndefined();
      expect(a?.value).toEqual(b?.value);
    }
  });

  it('"Weight: 150" where the dose goes, "DOB:" where the CRP date goes: a problem naming the label', () => {
    const form = norm({
      ...labelled,
      drug: { ...labelled.drug, dose: 'Weight: 150' },
      labs: { ...labelled.labs, crpDate: 'DOB: 04/12/1985' },
    });
    expect(form.drug.dose).toEqual({
      raw: 'Weight: 150',
      problem: { code: 'label.other', message: '"Weight: 150" is labelled for another field.' },
    });
    expect(form.labs.crp.date?.problem?.code).toBe('label.other');
    expect(norm({ ...workedExample, patient: { dob: 'Member ID: 04/12/1985' } }).patient.dob?.problem?.code).toBe('label.other');
  });

  it('"Note: see chart" in a number field stays unreadable, quoted whole', () => {
    expect(norm({ drug: { dose: 'Note: see chart', units: 'Note: see chart' } }).drug).toEqual({
      dose: { raw: 'Note: see chart', problem: { code: 'quantity.not-a-number', message: '"Note: see chart" is not a number.' } },
      units: { raw: 'Note: see chart', problem: { code: 'count.not-a-number', message: '"Note: see chart" is not a number.' } },
    });
  });

  it('a unit chosen beside a labelled value that disagrees quotes the value as typed', () => {
    expect(norm({ labs: { crpValue: 'CRP: 24 mg/L', crpUnit: 'mg/dL' } }).labs.crp.value?.problem?.message).toBe(
      '"CRP: 24 mg/L" says mg/L but the unit chosen beside it is mg/dL; make them agree.',
    );
  });

  it('leaves free text as typed: drug name, sig, outcome, dose of a prior therapy, yes/no answers', () => {
    const form = norm({
      drug: { name: 'Drug: Ilaris', frequency: 'Sig: 150 mg q8wk' },
      priorTherapies: [{ drug: 'Drug: prednisone', dose: 'Dose: 20 mg', outcome: 'Note: flared on taper' }],
      clinical: { hospitalization: 'Note: see chart' },
    });
    expect(form.drug.name).toEqual({ raw: 'Drug: Ilaris', value: 'Drug: Ilaris' });
    expect(form.drug.frequency).toEqual(norm({ drug: { frequency: 'Sig: 150 mg q8wk' } }).drug.frequency);
    expect(form.priorTherapies[0]).toMatchObject({
      drug: { value: 'Drug: prednisone' },
      dose: { value: 'Dose: 20 mg' },
      outcome: { value: 'Note: flared on taper' },
    });
    expect(form.clinical.hospitalization?.raw).toBe('Note: see chart');
  });

  it('reads codes and times as before: "Q 5103", "M04.1", a date with "10:30" after it', () => {
    const form = norm({ request: { date: '11/20/2025 10:30' }, drug: { hcpcs: 'Q 5103' }, diagnosis: { codes: ['M04.1'] } });
    expect(form.request.date?.value).toBe('2025-11-20');
    expect(form.drug.hcpcs?.value).toBe('Q5103');
    expect(form.diagnosis.codes[0]?.value).toEqual(norm({ diagnosis: { codes: ['M04.1'] } }).diagnosis.codes[0]?.value);
  });
});

describe('normalizeForm: as typed, round 8', () => {
  it('reads codes, numbers and dates with punctuation or a lone asterisk pasted after them', () => {
    const form = norm({
      drug: { ndc: '00078-0734-61 *', placeOfService: '23.', adminCpt: '96372;', units: '150,' },
      prescriber: { npi: 'NPI# 1234567893.' },
      labs: { crpValue: '28 mg/L *H*' },
    });
    expect(form.drug.ndc?.value?.ndc11).toBe('00078073461');
    expect(form.drug.placeOfService?.value).toBe('23');
    expect(form.drug.adminCpt?.value).toBe('96372');
    expect(form.drug.units?.value).toBe(150);
    expect(form.prescriber.npi?.value).toBe('1234567893');
    expect(form.labs.crp.value?.value).toEqual({ amount: 28, unit: 'mg/L' });
  });

  it.each(['N/A', 'none', 'Unknown', 'pending'])('reads a member ID of "%s" as none given', (memberId) =>
    expect(norm({ patient: { memberId } }).patient.memberId).toBeUndefined(),
  );
  it('keeps a member ID with a prefix or spaces as typed', () =>
    expect(norm({ patient: { memberId: '*U5820017703' } }).patient.memberId?.value).toBe('*U5820017703'));

  it('reads a unit in the label as a unit chosen beside the value: "CRP (mg/L): 24"', () => {
    expect(norm({ labs: { crpValue: 'CRP (mg/L): 24' } }).labs.crp.value?.value).toEqual({ amount: 24, unit: 'mg/L' });
    expect(norm({ patient: { weight: 'Wt (lbs): 154' } }).patient.weight?.value).toEqual({ amount: 154, unit: 'lb' });
    expect(norm({ labs: { crpValue: 'CRP (mg/dL): 24 mg/L' } }).labs.crp.value?.problem?.code).toBe('quantity.unit-conflict');
    // words in brackets that are no unit are no unit
    expect(norm({ labs: { crpValue: 'CRP (hs): 24' } }).labs.crp.value?.value).toEqual({ amount: 24, unit: null });
  });

  it('reads billing units written as a claim line: "J0638 x 150"', () =>
    expect(norm({ drug: { units: 'J0638 x 150' } }).drug.units?.value).toBe(150));

  it('reads "N/A" and "pending" in a date or a lab as not filled in', () => {
    const form = norm({ labs: { crpDate: 'N/A', esr: 'pending' }, clinical: { lastDoseDate: 'N/A', hospitalization: 'unknown' } });
    expect([form.labs.crp.date, form.labs.esr, form.clinical.lastDoseDate, form.clinical.hospitalization]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a birth date with the age after it against the request date', () => {
    const on = (dob: string) => normalizeForm({ patient: { dob }, request: { date: '11/20/2026' } }).patient.dob;
    expect(on('03/10/2024 (32 mo)')?.value).toBe('2024-03-10');
    expect(on('03/10/2024 (12 mo)')?.problem?.code).toBe('date.age');
  });
});

describe('normalizeForm: as typed, round 9', () => {
  it('reads the CRP date written with the result when the date field is empty', () => {
    const form = norm({ labs: { crpValue: '38.2 mg/L on 07/15/2026' } });
    expect(form.labs.crp.value?.value).toEqual({ amount: 38.2, unit: 'mg/L' });
    expect(form.labs.crp.date).toEqual({ raw: '07/15/2026', value: '2026-07-15' });
  });
  it('keeps the date field when both give one', () =>
    expect(norm({ labs: { crpValue: '38.2 mg/L on 07/15/2026', crpDate: '11/05/2026' } }).labs.crp.date?.value).toBe('2026-11-05'));
  it('reads no CRP date from a date without its year', () =>
    expect(norm({ labs: { crpValue: '38.2 mg/L on 11/05' } }).labs.crp.date).toBeUndefined());
  it('reports the CRP date filled when the result gives it', () =>
    expect(filledPaths({ 'labs.crpValue': '24 mg/L (11/02/2026)' })).toEqual(['labs.crpValue', 'labs.crpDate']));
  it.each(['TBD', 'see card', 'See attached', 'on file'])('reads a member ID of "%s" as none given', (memberId) =>
    expect(norm({ patient: { memberId } }).patient.memberId).toBeUndefined(),
  );
});

describe('normalizeForm: round 10', () => {
  it('reads a value in quotes or square brackets, or after a number sign', () => {
    const f = norm({
      drug: { dose: '“150 mg”', ndc: '[00078-0734-61]', units: '#150', frequency: '“every 4 weeks”' },
      prescriber: { npi: '#1234567893' },
      diagnosis: { codes: ['“M04.2”'] },
    });
    expect(f.drug.dose?.value).toEqual({ amount: 150, unit: 'mg' });
    expect(f.drug.ndc?.value?.ndc11).toBe('00078073461');
    expect(f.drug.units?.value).toBe(150);
    expect(f.drug.frequency?.value).toMatchObject({ everyDays: 28 });
    expect(f.prescriber.npi?.value).toBeDefined();
    expect(f.diagnosis.codes[0]?.value?.code).toBe('M04.2');
  });
  it('reads "#2" billing units as 2, for the units rules to judge', () =>
    expect(norm({ drug: { units: '#2' } }).drug.units?.value).toBe(2));
  it('skips a diagnosis row typed "N/A"', () =>
    expect(norm({ diagnosis: { codes: ['M08.20', 'N/A'] } }).diagnosis.codes.map((c) => c.value?.code)).toEqual(['M08.20']));
  it('reads "qty 150" as billing units', () => expect(norm({ drug: { units: 'qty 150' } }).drug.units?.value).toBe(150));
  it('reads a member ID of "N/A" with a note after it as none given, and keeps a real ID with a note', () => {
    expect(norm({ patient: { memberId: 'N/A – self-pay' } }).patient.memberId).toBeUndefined();
    expect(norm({ patient: { memberId: 'U6102938475 – primary' } }).patient.memberId?.value).toBe('U6102938475 – primary');
  });
});

describe('normalizeForm: round 10, bullets and colons before a value', () => {
  it.each(['• 150 mg', ': 150 mg'])('reads the dose %j', (dose) =>
    expect(norm({ drug: { dose } }).drug.dose?.value).toEqual({ amount: 150, unit: 'mg' }),
  );
  it('reads "2 milligrams per kilogram (60 mg)" at 30 kg as 60 mg', () =>
    expect(norm({ patient: { weight: '30 kg' }, drug: { dose: '2 milligrams per kilogram (60 mg)' } }).drug.dose?.value).toEqual({
      amount: 60,
      unit: 'mg',
    }));
});

describe('normalizeForm: round 11, whole requests as portals shape them', () => {
  it('reads a value in single quotes, guillemets, angle or round brackets, after a spreadsheet apostrophe or in ="…"', () => {
    expect(norm({ drug: { dose: '‘150 mg’' } }).drug.dose?.value).toEqual({ amount: 150, unit: 'mg' });
    expect(norm({ diagnosis: { codes: ['«M04.1»'] } }).diagnosis.codes[0]?.value?.code).toBe('M04.1');
    expect(norm({ drug: { ndc: '<00078-0734-61>' } }).drug.ndc?.value?.ndc11).toBe('00078073461');
    expect(norm({ drug: { ndc: '="00078073461"' } }).drug.ndc?.value?.ndc11).toBe('00078073461');
    expect(norm({ prescriber: { npi: '(1234567893)' } }).prescriber.npi?.value).toBe('1234567893');
    expect(norm({ prescriber: { npi: "'1234567893" } }).prescriber.npi?.value).toBe('1234567893');
  });
  it('quotes a value in brackets as it was typed when it cannot be read (page text such as "<img …>" stays text)', () => {
    expect(norm({ drug: { dose: '<img src=x onerror="alert(1)">' } }).drug.dose?.problem?.message).toMatch(/^"<img src=x/);
    expect(norm({ diagnosis: { codes: ['<MM04>'] } }).diagnosis.codes[0]?.problem?.message).toMatch(/"<MM04>"/);
    expect(norm({ drug: { ndc: '[0078-734-61]' } }).drug.ndc?.problem?.message).toMatch(/"\[0078-734-61\]"/);
  });
  it('drops a rule, a pipe or an asterisk a fax or a spreadsheet left after a value, not a flag', () => {
    expect(norm({ drug: { units: '150 ____' } }).drug.units?.value).toBe(150);
    expect(norm({ drug: { units: '150*' } }).drug.units?.value).toBe(150);
    expect(norm({ drug: { dose: '80 mg |' } }).drug.dose?.value).toEqual({ amount: 80, unit: 'mg' });
  });
  it('reads a unit after the label\'s words: "Patient\'s current weight KG: 68" is 68 kg', () =>
    expect(norm({ patient: { weight: "Patient's current weight KG: 68" } }).patient.weight?.value).toEqual({ amount: 68, unit: 'kg' }));
  it("takes the weight from the dose's working when the weight field is empty, and not when it is filled", () => {
    const f = norm({ drug: { dose: '4 mg/kg x 20 kg = 80 mg' } });
    expect(f.patient.weight?.value).toEqual({ amount: 20, unit: 'kg' });
    expect(f.drug.dose?.value).toEqual({ amount: 80, unit: 'mg' });
    expect(norm({ drug: { dose: '72 mg (4 mg/kg, 18 kg)' } }).patient.weight?.value).toEqual({ amount: 18, unit: 'kg' });
    expect(norm({ patient: { weight: '25 kg' }, drug: { dose: '2 mg/kg x 30 kg = 60 mg' } }).patient.weight?.value?.amount).toBe(25);
    expect(norm({ drug: { dose: '150 mg' } }).patient.weight).toBeUndefined();
    // a band the dose names is no weight
    expect(norm({ drug: { dose: '150 mg (for > 40 kg)' } }).patient.weight).toBeUndefined();
    expect(norm({ drug: { dose: '2 mg/kg (15-40 kg band)' } }).patient.weight).toBeUndefined();
    expect(norm({ drug: { dose: '150 mg if over 40 kg' } }).patient.weight).toBeUndefined();
  });
  it("reads a renewal's note on the benefit as yes, and a negated one as no answer", () => {
    expect(
      norm({ clinical: { benefitDocumented: 'Fewer flares (1 in 6 months vs 2/month before)' } }).clinical.benefitDocumented?.value,
    ).toBe(true);
    expect(norm({ clinical: { benefitDocumented: 'Responding well - complete remission' } }).clinical.benefitDocumented?.value).toBe(true);
    for (const note of ['Not responding, flares persist', 'Loss of response, flares returning', 'Non-responder', 'Minimal improvement'])
      expect(norm({ clinical: { benefitDocumented: note } }).clinical.benefitDocumented?.value).toBeUndefined();
  });
});

describe("normalizeForm: round 12, Unicode and the portal's placeholder pasted with a value", () => {
  it('reads a value in German low quotes, and one with an ellipsis character after it', () => {
    expect(norm({ drug: { dose: '„150 mg“' } }).drug.dose?.value).toEqual({ amount: 150, unit: 'mg' });
    expect(norm({ drug: { dose: '150 mg…' } }).drug.dose?.value).toEqual({ amount: 150, unit: 'mg' });
    expect(norm({ patient: { dob: '‚03/17/1980‘' } }).patient.dob?.value).toBe('1980-03-17');
  });
  it("reads the date typed after the portal's placeholder, and quotes both when the date is impossible", () => {
    expect(norm({ patient: { dob: 'MM/DD/YYYY 03/17/1980' } }).patient.dob?.value).toBe('1980-03-17');
    expect(norm({ labs: { crpDate: 'mm/dd/yyyy11/05/2026' } }).labs.crp.date?.value).toBe('2026-11-05');
    expect(norm({ request: { date: 'MM/DD/YYYY 02/30/2026' } }).request.date?.problem?.message).toMatch(/"MM\/DD\/YYYY 02\/30\/2026"/);
  });
});
