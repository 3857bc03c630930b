import { useLayoutEffect, useState, type ReactNode } from 'react';
import { SelectField, TagsField, TextField } from './widgets';

/**
 * A PA request form as a React app built with MUI renders it (widgets.tsx: the library sources
 * each widget follows). React state is the application model: it changes only through the
 * widgets' handlers (controlled inputs: `el.value = …` plus an `input` event does not reach it;
 * the native value setter plus `input` does). Exposed read-only as `window.__model`.
 */

export interface PaModel {
  patientName: string;
  memberId: string;
  dob: string;
  weight: string;
  weightUnit: string;
  drugName: string;
  hcpcs: string;
  ndc: string;
  ndcQuantity: string;
  ndcUnit: string;
  dose: string;
  units: string;
  crpValue: string;
  crpUnit: string;
  crpDate: string;
  diagnosisCodes: string[];
}

export const EMPTY: PaModel = {
  patientName: '',
  memberId: '',
  dob: '',
  weight: '',
  weightUnit: 'kg',
  drugName: '',
  hcpcs: '',
  ndc: '',
  ndcQuantity: '',
  ndcUnit: '',
  dose: '',
  units: '',
  crpValue: '',
  crpUnit: '',
  crpDate: '',
  diagnosisCodes: [],
};

let committed: PaModel = EMPTY;

declare global {
  interface Window {
    /** test aid: a copy of the app's model (its last committed React state) */
    readonly __model: PaModel;
  }
}

Object.defineProperty(window, '__model', {
  configurable: false,
  get: (): PaModel => ({ ...committed, diagnosisCodes: [...committed.diagnosisCodes] }),
});

const NDC_UNITS = [
  { value: 'UN', text: 'UN (unit)' },
  { value: 'ML', text: 'ML (milliliter)' },
  { value: 'GR', text: 'GR (gram)' },
  { value: 'F2', text: 'F2 (international unit)' },
  { value: 'ME', text: 'ME (milligram)' },
];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="MuiPaper-root MuiPaper-outlined MuiPaper-rounded pa-section css-1hm9wx9">
      <h2 className="MuiTypography-root MuiTypography-h6 css-1anx036">{title}</h2>
      <div className="MuiStack-root pa-row css-1dyh7xs">{children}</div>
    </div>
  );
}

export function App() {
  const [model, setModel] = useState<PaModel>(EMPTY);
  const [formKey, setFormKey] = useState(0);
  useLayoutEffect(() => {
    committed = model;
  }, [model]);
  const text = (key: Exclude<keyof PaModel, 'diagnosisCodes'>) => ({
    value: model[key],
    onChange: (value: string) => setModel((m) => ({ ...m, [key]: value })),
  });

  return (
    <>
      <button type="button" className="MuiButtonBase-root MuiButton-root MuiButton-text rerender" onClick={() => setFormKey((k) => k + 1)}>
        Re-render form
      </button>
      <form key={formKey} className="pa-form" noValidate autoComplete="off" onSubmit={(e) => e.preventDefault()}>
        <Section title="Patient">
          <TextField label="Patient name" className="wide" {...text('patientName')} />
          <TextField label="Member ID" {...text('memberId')} />
          <TextField label="Date of birth" helperText="MM/DD/YYYY" {...text('dob')} />
          <TextField label="Weight" inputMode="decimal" className="narrow" {...text('weight')} />
          <SelectField
            label="Unit"
            name="weightUnit"
            className="unit"
            options={[
              { value: 'kg', text: 'kg' },
              { value: 'lb', text: 'lb' },
            ]}
            {...text('weightUnit')}
          />
        </Section>
        <Section title="Diagnosis">
          <TagsField
            label="Diagnosis codes (ICD-10)"
            placeholder="Type a code, then Enter"
            value={model.diagnosisCodes}
            onChange={(codes) => setModel((m) => ({ ...m, diagnosisCodes: codes.map((c) => c.trim().toUpperCase()).filter(Boolean) }))}
          />
        </Section>
        <Section title="Medication">
          <TextField label="Medication" className="wide" {...text('drugName')} />
          <TextField label="HCPCS code" {...text('hcpcs')} />
          <TextField label="NDC" helperText="11 digits, 5-4-2" {...text('ndc')} />
          <TextField label="NDC quantity" inputMode="decimal" className="narrow" {...text('ndcQuantity')} />
          <SelectField label="Unit of measure" name="ndcUnit" className="unit-wide" options={NDC_UNITS} {...text('ndcUnit')} />
          <TextField label="Dose" unit="mg" inputMode="decimal" className="narrow" {...text('dose')} />
          <TextField label="Billing units" inputMode="decimal" className="narrow" {...text('units')} />
        </Section>
        <Section title="Laboratory results">
          <TextField label="CRP result" inputMode="decimal" className="narrow" {...text('crpValue')} />
          <SelectField
            label="Unit"
            name="crpUnit"
            className="unit"
            options={[
              { value: 'mg/L', text: 'mg/L' },
              { value: 'mg/dL', text: 'mg/dL' },
            ]}
            {...text('crpUnit')}
          />
          <TextField label="CRP collection date" helperText="MM/DD/YYYY" {...text('crpDate')} />
        </Section>
      </form>
    </>
  );
}
