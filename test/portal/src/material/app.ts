import './material.css';
import { container, h, ng } from './dom';
import { matChipGrid, matInput, matSelect } from './widgets';

/**
 * A PA request form rendered the way an Angular 17–19 app with Angular Material (MDC) renders
 * it (see widgets.ts for the library sources each widget follows). The application model lives
 * here, changes only through the widgets' own handlers (as a reactive form's value would) and is
 * exposed read-only as `window.__model` (a snapshot) so tests can tell the app's state from the DOM.
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

const model: PaModel = {
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

declare global {
  interface Window {
    /** test aid: a copy of the app's model */
    readonly __model: PaModel;
  }
}

Object.defineProperty(window, '__model', {
  configurable: false,
  get: (): PaModel => ({ ...model, diagnosisCodes: [...model.diagnosisCodes] }),
});

type TextKey = Exclude<keyof PaModel, 'diagnosisCodes'>;
const set = (key: TextKey) => (value: string) => {
  model[key] = value;
};

const NDC_UNITS = [
  { value: 'UN', text: 'UN (unit)' },
  { value: 'ML', text: 'ML (milliliter)' },
  { value: 'GR', text: 'GR (gram)' },
  { value: 'F2', text: 'F2 (international unit)' },
  { value: 'ME', text: 'ME (milligram)' },
];

function section(title: string, id: string, ...rows: HTMLElement[]): HTMLElement {
  return ng('section', { class: 'pa-section', 'aria-labelledby': id }, ng('h2', { id, class: 'mat-headline-small' }, title), ...rows);
}

const row = (...fields: HTMLElement[]): HTMLElement => ng('div', { class: 'pa-row' }, ...fields);

let destroyers: (() => void)[] = [];

function buildForm(): HTMLFormElement {
  destroyers = [];
  const select = (...args: Parameters<typeof matSelect>): HTMLElement => {
    const field = matSelect(...args);
    const host = field.querySelector('mat-select') as (HTMLElement & { _destroy?: () => void }) | null;
    if (host?._destroy) destroyers.push(host._destroy);
    return field;
  };

  const dx = matChipGrid({
    label: 'Diagnosis codes (ICD-10)',
    ariaLabel: 'Enter diagnosis codes',
    values: model.diagnosisCodes,
    placeholder: 'Add a code…',
    dataTest: 'dx-codes',
    onAdd(value) {
      const code = value.toUpperCase();
      if (!model.diagnosisCodes.includes(code)) model.diagnosisCodes.push(code);
      dx.update(model.diagnosisCodes);
    },
    onRemove(value) {
      const i = model.diagnosisCodes.indexOf(value);
      if (i >= 0) model.diagnosisCodes.splice(i, 1);
      dx.update(model.diagnosisCodes);
    },
  });

  const form = ng(
    'form',
    { novalidate: '', class: 'pa-form ng-untouched ng-pristine ng-valid', autocomplete: 'off' },
    section(
      'Patient',
      'sec-patient',
      row(
        matInput({ label: 'Patient name', value: model.patientName, onChange: set('patientName'), className: 'wide' }),
        matInput({ label: 'Member ID', value: model.memberId, onChange: set('memberId'), dataTest: 'member-id' }),
        matInput({ label: 'Date of birth', value: model.dob, onChange: set('dob'), hint: 'MM/DD/YYYY' }),
      ),
      row(
        matInput({ label: 'Weight', value: model.weight, onChange: set('weight'), inputmode: 'decimal', className: 'narrow' }),
        select({
          label: 'Unit',
          options: [
            { value: 'kg', text: 'kg' },
            { value: 'lb', text: 'lb' },
          ],
          value: model.weightUnit,
          onChange: set('weightUnit'),
          className: 'unit',
        }),
      ),
    ),
    section('Diagnosis', 'sec-dx', row(dx.host)),
    section(
      'Medication',
      'sec-drug',
      row(
        matInput({ label: 'Medication', value: model.drugName, onChange: set('drugName'), className: 'wide' }),
        matInput({ label: 'HCPCS code', value: model.hcpcs, onChange: set('hcpcs') }),
      ),
      row(
        matInput({ label: 'NDC', value: model.ndc, onChange: set('ndc'), hint: '11 digits, 5-4-2' }),
        matInput({
          label: 'NDC quantity',
          value: model.ndcQuantity,
          onChange: set('ndcQuantity'),
          inputmode: 'decimal',
          className: 'narrow',
        }),
        select({
          label: 'Unit of measure',
          options: NDC_UNITS,
          value: model.ndcUnit,
          onChange: set('ndcUnit'),
          placeholder: 'Select',
          className: 'unit-wide',
        }),
      ),
      row(
        matInput({ label: 'Dose', value: model.dose, onChange: set('dose'), suffix: 'mg', inputmode: 'decimal', className: 'narrow' }),
        matInput({
          label: 'Billing units',
          value: model.units,
          onChange: set('units'),
          inputmode: 'decimal',
          dataTest: 'billing-units',
          className: 'narrow',
        }),
      ),
    ),
    section(
      'Laboratory results',
      'sec-labs',
      row(
        matInput({ label: 'CRP result', value: model.crpValue, onChange: set('crpValue'), inputmode: 'decimal', className: 'narrow' }),
        select({
          label: 'Unit',
          options: [
            { value: 'mg/L', text: 'mg/L' },
            { value: 'mg/dL', text: 'mg/dL' },
          ],
          value: model.crpUnit,
          onChange: set('crpUnit'),
          placeholder: 'Select',
          dataTest: 'crp-unit',
          className: 'unit',
        }),
        matInput({ label: 'CRP collection date', value: model.crpDate, onChange: set('crpDate'), hint: 'MM/DD/YYYY' }),
      ),
    ),
    container(),
  );
  return form as HTMLFormElement;
}

const host = document.querySelector('app-precert-form');
if (host) {
  let form = buildForm();
  host.append(form);
  // test aid: tear the form down and build it again from the model (new nodes, new ids), as an
  // `@if` toggled off and on (or a route re-entered) does
  const rerender = h('button', { type: 'button', class: 'rerender', 'data-test': 'rerender' }, 'Re-render form');
  rerender.addEventListener('click', () => {
    for (const destroy of destroyers) destroy();
    const next = buildForm();
    form.replaceWith(next);
    form = next;
  });
  host.before(rerender);
}
