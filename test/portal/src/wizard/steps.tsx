import type { Draft, DraftText, TherapyColumn } from './draft';
import { AmountWithUnit, RadioGroup, Section, SelectField, TextField, YES_NO, type Option } from './fields';

export interface StepProps {
  draft: Draft;
  set(key: DraftText, value: string): void;
}

/** Binds a draft key to a field's value/onChange. */
const bind = (p: StepProps, key: DraftText) => ({ value: p.draft[key], onChange: (v: string) => p.set(key, v) });

const opts = (...texts: string[]): Option[] => texts.map((t) => ({ value: t, text: t }));

export function PatientStep(p: StepProps) {
  return (
    <Section title="Patient information">
      <TextField testId="patient-name" label="Patient Name" required {...bind(p, 'patientName')} />
      <TextField testId="patient-cigna-id" label="Cigna ID" required {...bind(p, 'cignaId')} />
      <TextField testId="patient-dob" label="Date of Birth" placeholder="MM/DD/YYYY" hint="MM/DD/YYYY" required {...bind(p, 'dob')} />
      <AmountWithUnit
        testId="patient-weight"
        label="Patient's current weight"
        type="number"
        unitTestId="patient-weight-unit"
        unitLabel="Weight unit"
        units={['kg', 'lb']}
        unit={p.draft.weightUnit}
        onUnitChange={(u) => p.set('weightUnit', u)}
        {...bind(p, 'weight')}
      />
    </Section>
  );
}

const SPECIALTIES = opts(
  'Rheumatology',
  'Allergy/Immunology',
  'Dermatology',
  'Gastroenterology',
  'Genetics',
  'Hematology',
  'Nephrology',
  'Oncology',
  'Internal Medicine',
  'Family Medicine',
  'Pediatrics',
  'Other',
);

export function ProviderStep(p: StepProps) {
  return (
    <Section title="Requesting provider">
      <TextField testId="provider-name" label="Physician Name" required {...bind(p, 'physicianName')} />
      <TextField testId="provider-npi" label="Physician NPI" inputMode="numeric" required {...bind(p, 'npi')} />
      <SelectField testId="provider-specialty" label="Physician Specialty" options={SPECIALTIES} {...bind(p, 'specialty')} />
      <TextField testId="provider-phone" label="Office Phone" inputMode="tel" {...bind(p, 'officePhone')} />
      <TextField testId="provider-fax" label="Office Fax" inputMode="tel" {...bind(p, 'officeFax')} />
    </Section>
  );
}

const INDICATIONS: Option[] = [
  { value: 'CAPS', text: 'Cryopyrin-Associated Periodic Syndromes (CAPS)' },
  { value: 'FMF', text: 'Familial Mediterranean Fever (FMF)' },
  { value: 'TRAPS', text: 'TNF Receptor Associated Periodic Syndrome (TRAPS)' },
  { value: 'HIDS', text: 'Hyperimmunoglobulin D Syndrome / Mevalonate Kinase Deficiency (HIDS/MKD)' },
  { value: 'AOSD', text: "Adult-Onset Still's Disease (AOSD)" },
  { value: 'SJIA', text: 'Systemic Juvenile Idiopathic Arthritis (SJIA)' },
  { value: 'GOUT', text: 'Gout flares' },
  { value: 'OTHER', text: 'Other' },
];

export function DiagnosisStep(p: StepProps) {
  return (
    <Section title="Diagnosis Code(s)">
      <TextField testId="dx-code-0" label="Primary ICD10 code" placeholder="e.g. M06.1" required {...bind(p, 'dxCode0')} />
      <TextField testId="dx-code-1" label="Secondary ICD10 code" {...bind(p, 'dxCode1')} />
      <SelectField testId="dx-indication" label="Indication" options={INDICATIONS} {...bind(p, 'indication')} />
    </Section>
  );
}

const OBTAINED = opts(
  'Accredo Specialty Pharmacy',
  "Prescriber's office stock",
  'Hospital - Out patient',
  'Home health / home infusion',
  'Retail pharmacy',
);

const PLACES: Option[] = [
  { value: '11', text: '11 - Office' },
  { value: '19', text: '19 - Off campus outpatient hospital' },
  { value: '22', text: '22 - On campus outpatient hospital' },
];

export function MedicationStep(p: StepProps) {
  return (
    <>
      <Section title="Medication">
        <TextField testId="med-name" label="Medication requested" required {...bind(p, 'medication')} />
        <TextField testId="med-jcode" label="J-Code / HCPCS" {...bind(p, 'jcode')} />
        <TextField testId="med-ndc" label="NDC" placeholder="5-4-2, e.g. 12345-6789-01" {...bind(p, 'ndc')} />
        <AmountWithUnit
          testId="med-dose"
          label="Dose"
          unitTestId="med-dose-unit"
          unitLabel="Dose unit"
          units={['mg', 'mL']}
          unit={p.draft.doseUnit}
          onUnitChange={(u) => p.set('doseUnit', u)}
          required
          {...bind(p, 'dose')}
        />
        <TextField testId="med-units" label="Billing units / Quantity" inputMode="decimal" required {...bind(p, 'units')} />
        <TextField
          testId="med-ndc-quantity"
          label="NDC quantity"
          placeholder="e.g. ML2"
          hint="Unit of measure (UN, ML, GR, F2) followed by the quantity"
          {...bind(p, 'ndcQuantity')}
        />
        <TextField testId="med-frequency" label="Frequency of administration" {...bind(p, 'frequency')} />
        <TextField testId="med-duration" label="Duration of therapy" {...bind(p, 'duration')} />
      </Section>
      <Section title="Administration">
        <SelectField
          testId="med-obtained"
          label="Where will this medication be obtained?"
          options={OBTAINED}
          {...bind(p, 'obtainedFrom')}
        />
        <SelectField testId="med-pos" label="Please select place of service" options={PLACES} {...bind(p, 'placeOfService')} />
        <TextField testId="med-admin-cpt" label="Administration CPT" {...bind(p, 'adminCpt')} />
        <TextField testId="med-modifiers" label="Modifiers" placeholder="e.g. JW" {...bind(p, 'modifiers')} />
        <TextField testId="request-service-date" label="Date of service" placeholder="MM/DD/YYYY" {...bind(p, 'serviceDate')} />
        <RadioGroup
          testId="request-type"
          label="Request type"
          options={[
            { value: 'new', text: 'New authorization request' },
            { value: 'extension', text: 'Extension of existing authorization' },
          ]}
          {...bind(p, 'requestType')}
        />
      </Section>
    </>
  );
}

const THERAPY_COLUMNS: { key: TherapyColumn; header: string; placeholder?: string }[] = [
  { key: 'drug', header: 'Drug name' },
  { key: 'dose', header: 'Dose' },
  { key: 'start', header: 'Start date', placeholder: 'MM/DD/YYYY' },
  { key: 'stop', header: 'Stop date', placeholder: 'MM/DD/YYYY' },
  { key: 'outcome', header: 'Outcome' },
];

export interface ClinicalProps extends StepProps {
  setTherapy(index: number, column: TherapyColumn, value: string): void;
  addTherapy(): void;
  removeTherapy(index: number): void;
}

export function ClinicalStep(p: ClinicalProps) {
  return (
    <>
      <Section title="Laboratory results">
        <AmountWithUnit
          testId="crp-value"
          label="CRP result"
          unitTestId="crp-unit"
          unitLabel="CRP unit"
          units={['mg/L', 'mg/dL']}
          unit={p.draft.crpUnit}
          onUnitChange={(u) => p.set('crpUnit', u)}
          {...bind(p, 'crpValue')}
        />
        <TextField testId="crp-date" label="CRP collection date" placeholder="MM/DD/YYYY" {...bind(p, 'crpDate')} />
        <TextField
          testId="crp-reference-range"
          label="CRP reference range"
          placeholder="e.g. 0.0-0.5 mg/dL"
          {...bind(p, 'crpReferenceRange')}
        />
        <TextField testId="crp-uln" label="Upper limit of normal (ULN)" placeholder="e.g. 5 mg/L" {...bind(p, 'crpUln')} />
      </Section>
      <section className="card">
        <h3 id="therapies-heading">Prior therapies</h3>
        <table className="therapies" data-test-id="therapy-table" aria-labelledby="therapies-heading">
          <thead>
            <tr>
              <th colSpan={2} scope="colgroup">
                Drug name/dose
              </th>
              <th colSpan={2} scope="colgroup">
                Dates of therapy
              </th>
              <th scope="col">Outcome of therapy</th>
              <th rowSpan={2}>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
            <tr>
              {THERAPY_COLUMNS.map((c) => (
                <th key={c.key} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.draft.therapies.map((row, i) => (
              <tr key={row.key} data-test-id={`therapy-row-${i}`}>
                {THERAPY_COLUMNS.map((c) => (
                  <td key={c.key}>
                    <input
                      type="text"
                      autoComplete="off"
                      data-test-id={`therapy-${i}-${c.key}`}
                      aria-label={`${c.header}, therapy ${i + 1}`}
                      placeholder={c.placeholder}
                      value={row[c.key]}
                      onChange={(e) => p.setTherapy(i, c.key, e.target.value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="link"
                    data-test-id={`therapy-${i}-remove`}
                    aria-label={`Remove therapy ${i + 1}`}
                    onClick={() => p.removeTherapy(i)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="secondary" data-test-id="add-therapy" onClick={p.addTherapy}>
          + Add therapy
        </button>
      </section>
      <Section title="Clinical questions">
        <RadioGroup
          testId="hospitalization"
          label="Has the patient been hospitalized for a disease flare?"
          options={YES_NO}
          {...bind(p, 'hospitalization')}
        />
        <RadioGroup
          testId="colchicine-continuing"
          label="Will the patient continue colchicine?"
          options={YES_NO}
          {...bind(p, 'colchicineContinuing')}
        />
        <RadioGroup
          testId="urate-lowering"
          label="Is the patient on, or starting, urate-lowering therapy?"
          options={YES_NO}
          {...bind(p, 'urateLowering')}
        />
        <TextField testId="flares-12-months" label="Number of flares in the past 12 months" inputMode="numeric" {...bind(p, 'flares12')} />
      </Section>
    </>
  );
}
