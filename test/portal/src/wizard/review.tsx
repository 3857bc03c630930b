import type { Draft, DraftText } from './draft';

const ROWS: { key: DraftText; label: string }[] = [
  { key: 'patientName', label: 'Patient Name' },
  { key: 'cignaId', label: 'Cigna ID' },
  { key: 'dob', label: 'Date of Birth' },
  { key: 'weight', label: "Patient's current weight" },
  { key: 'physicianName', label: 'Physician Name' },
  { key: 'npi', label: 'Physician NPI' },
  { key: 'specialty', label: 'Physician Specialty' },
  { key: 'officePhone', label: 'Office Phone' },
  { key: 'officeFax', label: 'Office Fax' },
  { key: 'dxCode0', label: 'Primary ICD10 code' },
  { key: 'dxCode1', label: 'Secondary ICD10 code' },
  { key: 'indication', label: 'Indication' },
  { key: 'medication', label: 'Medication requested' },
  { key: 'jcode', label: 'J-Code / HCPCS' },
  { key: 'ndc', label: 'NDC' },
  { key: 'dose', label: 'Dose' },
  { key: 'units', label: 'Billing units / Quantity' },
  { key: 'ndcQuantity', label: 'NDC quantity' },
  { key: 'frequency', label: 'Frequency of administration' },
  { key: 'duration', label: 'Duration of therapy' },
  { key: 'obtainedFrom', label: 'Where will this medication be obtained?' },
  { key: 'placeOfService', label: 'Place of service' },
  { key: 'adminCpt', label: 'Administration CPT' },
  { key: 'modifiers', label: 'Modifiers' },
  { key: 'serviceDate', label: 'Date of service' },
  { key: 'requestType', label: 'Request type' },
  { key: 'crpValue', label: 'CRP result' },
  { key: 'crpDate', label: 'CRP collection date' },
  { key: 'crpReferenceRange', label: 'CRP reference range' },
  { key: 'crpUln', label: 'Upper limit of normal (ULN)' },
  { key: 'hospitalization', label: 'Hospitalized for a flare' },
  { key: 'colchicineContinuing', label: 'Continuing colchicine' },
  { key: 'urateLowering', label: 'Urate-lowering therapy' },
  { key: 'flares12', label: 'Flares in the past 12 months' },
];

/** Units typed beside an amount are shown with it, as a summary page would. */
function shown(draft: Draft, key: DraftText): string {
  const v = draft[key];
  if (!v) return '—';
  if (key === 'weight') return `${v} ${draft.weightUnit}`;
  if (key === 'dose') return `${v} ${draft.doseUnit}`;
  if (key === 'crpValue') return `${v} ${draft.crpUnit}`;
  return v;
}

export function ReviewStep({ draft, submitted, onSubmit }: { draft: Draft; submitted: string | null; onSubmit(): void }) {
  const therapies = draft.therapies.filter((t) => t.drug || t.dose || t.start || t.stop || t.outcome);
  return (
    <>
      <section className="card">
        <h3>Summary</h3>
        <dl className="summary" data-test-id="review-summary">
          {ROWS.map((r) => (
            <div key={r.key}>
              <dt>{r.label}</dt>
              <dd data-test-id={`review-${r.key}`}>{shown(draft, r.key)}</dd>
            </div>
          ))}
        </dl>
        <h4>Prior therapies</h4>
        {therapies.length === 0 ? (
          <p>None entered.</p>
        ) : (
          <ul data-test-id="review-therapies">
            {therapies.map((t) => (
              <li key={t.key}>{[t.drug, t.dose, `${t.start || '?'} – ${t.stop || '?'}`, t.outcome].filter(Boolean).join(' · ')}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        {submitted ? (
          <p className="success" role="status" data-test-id="submit-status">
            Submitted. Reference number {submitted}. (Demo portal: nothing was sent anywhere.)
          </p>
        ) : (
          <button type="button" className="primary" data-test-id="submit" onClick={onSubmit}>
            Submit request
          </button>
        )}
      </section>
    </>
  );
}
