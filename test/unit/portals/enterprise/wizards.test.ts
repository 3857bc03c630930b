import { describe, expect, it } from 'vitest';
import { mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * Wizards that keep earlier (and later) steps in the DOM, hidden:
 * - Angular Material 17 `mat-stepper` (horizontal): a `mat-step-header[role=tab]` per step, and every
 *   step's content rendered as `div.mat-horizontal-stepper-content[role=tabpanel][aria-labelledby]`;
 *   the steps not selected carry `mat-horizontal-stepper-content-inactive` and the animation's inline
 *   `transform: translate3d(±100%, 0, 0); visibility: hidden`; fields are MDC `mat-form-field`s
 *   (`label.mdc-floating-label[for] > mat-label`, `input.mat-mdc-input-element#mat-input-N`,
 *   `matTextSuffix` unit in `div.mat-mdc-form-field-text-suffix`, `mat-hint`/`mat-error` in the
 *   subscript wrapper);
 * - a React + react-hook-form wizard whose steps stay mounted and are hidden by a `display:none`
 *   container, the `hidden` attribute, or `aria-hidden="true"` + `inert`, with RHF's error
 *   messages as `p[role=alert]` after an `aria-invalid` input, and a review step repeating the
 *   answers in read-only inputs.
 * Written from memory of the rendered markup.
 */

let m = 0;
type F = { suffix?: string; hint?: string; error?: string };
const matField = (label: string, value: string, o: F = {}) => {
  const id = `mat-input-${m++}`;
  return `<mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-mat-input mat-form-field-appearance-fill mat-primary${value ? ' mat-form-field-should-float' : ''}${o.error ? ' mat-form-field-invalid' : ''}">
    <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--filled"><div class="mat-mdc-form-field-focus-overlay"></div>
      <div class="mat-mdc-form-field-flex"><div class="mat-mdc-form-field-infix">
        <label class="mdc-floating-label${value ? ' mdc-floating-label--float-above' : ''}" id="mat-mdc-form-field-label-${m}" for="${id}" aria-owns="${id}"><mat-label>${label}</mat-label></label>
        <input matinput class="mat-mdc-input-element mat-mdc-form-field-input-control mdc-text-field__input ng-untouched ng-dirty ng-valid" id="${id}" aria-invalid="${o.error ? 'true' : 'false'}" aria-required="false" value="${value}"${o.hint || o.error ? ` aria-describedby="mat-mdc-hint-${m}"` : ''}>
      </div>${o.suffix ? `<div class="mat-mdc-form-field-text-suffix"><span matTextSuffix>${o.suffix}</span></div>` : ''}</div>
      <div class="mdc-line-ripple"></div></div>
    <div class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align">${
      o.error
        ? `<div class="mat-mdc-form-field-error-wrapper"><mat-error class="mat-mdc-form-field-error" id="mat-mdc-error-${m}">${o.error}</mat-error></div>`
        : `<div class="mat-mdc-form-field-hint-wrapper">${o.hint ? `<mat-hint class="mat-mdc-form-field-hint" id="mat-mdc-hint-${m}">${o.hint}</mat-hint>` : ''}<div class="mat-mdc-form-field-hint-spacer"></div></div>`
    }</div>
  </mat-form-field>`;
};

const therapyTable = (rows: string[][], readonly = false) =>
  `<h3>Prior therapies</h3><table class="therapies"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr>${r.map((v, c) => `<td><input type="text" name="priorTherapies.${i}.${['drug', 'dose', 'start', 'stop', 'outcome'][c]}" value="${v}"${readonly ? ' readonly' : ''} aria-label="${['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'][c]} ${i + 1}"></td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;

const THERAPY = ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'];

const STEPS: [string, () => string][] = [
  ['Patient', () => matField('Date of birth', '03/02/1980', { hint: 'MM/DD/YYYY' }) + matField('Weight', '70', { suffix: 'kg' })],
  ['Diagnosis', () => matField('Primary ICD-10 code', 'M04.1') + matField('Secondary ICD-10 code', 'M04.2')],
  [
    'Medication',
    () =>
      matField('Drug name', 'Ilaris (canakinumab)') +
      matField('HCPCS code', 'J0638') +
      matField('NDC', '00078-0734-61', { hint: '5-4-2, e.g. 12345-6789-01' }) +
      matField('Dose', '150', { suffix: 'mg' }) +
      matField('Billing units', '150') +
      matField('Frequency', 'every 4 weeks') +
      matField('Place of service', '11 - Office'),
  ],
  ['Clinical', () => matField('CRP', '4.5', { suffix: 'mg/L' }) + matField('CRP collection date', '11/12/2026') + therapyTable([THERAPY])],
  ['Prescriber', () => matField('Prescriber NPI', '1234567893')],
];

const matStepper = (
  selected: number,
) => `<form class="ng-untouched ng-dirty ng-valid"><mat-stepper class="mat-stepper-horizontal mat-stepper-label-position-end" aria-orientation="horizontal" role="tablist">
  <div class="mat-horizontal-stepper-wrapper">
    <div class="mat-horizontal-stepper-header-container">${STEPS.map(
      ([t], i) =>
        `<mat-step-header role="tab" class="mat-step-header mat-horizontal-stepper-header mat-focus-indicator" id="cdk-step-label-0-${i}" tabindex="${i === selected ? 0 : -1}" aria-posinset="${i + 1}" aria-setsize="${STEPS.length}" aria-controls="cdk-step-content-0-${i}" aria-selected="${i === selected}"><div class="mat-step-icon-state-${i < selected ? 'edit' : 'number'} mat-step-icon"><div class="mat-step-icon-content"><span aria-hidden="true">${i + 1}</span></div></div><div class="mat-step-label${i === selected ? ' mat-step-label-active mat-step-label-selected' : ''}"><div class="mat-step-text-label">${t}</div></div></mat-step-header>${i < STEPS.length - 1 ? '<div class="mat-stepper-horizontal-line"></div>' : ''}`,
    ).join('')}</div>
    <div class="mat-horizontal-content-container">${STEPS.map(
      ([, body], i) =>
        `<div class="mat-horizontal-stepper-content${i === selected ? '' : ' mat-horizontal-stepper-content-inactive'}" role="tabpanel" id="cdk-step-content-0-${i}" aria-labelledby="cdk-step-label-0-${i}" style="${i === selected ? 'transform: none; visibility: inherit;' : `transform: translate3d(${i < selected ? '-' : ''}100%, 0px, 0px); visibility: hidden;`}"><div class="step-body">${body()}</div><div class="step-actions">${i > 0 ? '<button mat-button matsteppersprevious type="button">Back</button>' : ''}<button mat-flat-button color="primary" matsteppernext type="button">Next</button></div></div>`,
    ).join('')}</div>
  </div></mat-stepper></form>`;

const WHOLE = { ...ILARIS, 'diagnosis.codes.0': 'M04.1', 'diagnosis.codes.1': 'M04.2', 'drug.placeOfService': '11 - Office' };

// ---------- React + react-hook-form ----------
const rhf = (name: string, label: string, value: string, error = '', unit = '') => {
  const id = `:r${(m++).toString(36)}:`;
  return `<div class="field"><label for="${id}">${label}</label><div class="control"><input id="${id}" name="${name}" value="${value}"${error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}>${unit ? `<span class="unit">${unit}</span>` : ''}</div>${error ? `<p role="alert" id="${id}-error" class="error">${error}</p>` : ''}</div>`;
};
type Hide = 'display' | 'hidden' | 'aria' | 'shown';
const step = (hide: Hide, title: string, body: string) =>
  `<section class="wizard-step"${hide === 'display' ? ' style="display: none;"' : hide === 'hidden' ? ' hidden' : hide === 'aria' ? ' aria-hidden="true" inert' : ''}><h2>${title}</h2>${body}</section>`;

const reactWizard = (
  review = false,
) => `<div id="root"><main><ol class="wizard-progress"><li class="done">Patient</li><li class="done">Diagnosis</li><li class="done">Medication</li><li class="current" aria-current="step">Clinical</li></ol>
  <form novalidate>
  ${step('display', 'Patient', rhf('patient.dob', 'Date of birth', '03/02/1980') + rhf('patient.weight', 'Weight', '70', '', 'kg'))}
  ${step('hidden', 'Diagnosis', rhf('dx.0', 'Primary ICD-10 code', 'M04.1') + rhf('dx.1', 'Secondary ICD-10 code', 'M04.2'))}
  ${step(
    'aria',
    'Medication',
    rhf('drug.name', 'Drug name', 'Ilaris (canakinumab)') +
      rhf('drug.hcpcs', 'HCPCS code', 'J0638') +
      rhf('drug.ndc', 'NDC', '00078-0734-61') +
      rhf('drug.dose', 'Dose', '150', '', 'mg') +
      rhf('drug.units', 'Billing units', '150') +
      rhf('drug.frequency', 'Frequency', 'every 4 weeks') +
      `<div class="field"><label for="pos">Place of service</label><select id="pos" name="drug.pos"><option value="">Select…</option><option value="11" selected>11 - Office</option><option value="22">22 - Outpatient hospital</option></select></div>`,
  )}
  ${step(
    review ? 'display' : 'shown',
    'Clinical',
    rhf('labs.crp', 'CRP', '4.5', '', 'mg/L') +
      rhf('labs.crpDate', 'CRP collection date', '11/12/2026') +
      therapyTable([THERAPY]) +
      rhf('prescriber.npi', 'Prescriber NPI', '1234567893'),
  )}
  ${
    review
      ? step(
          'shown',
          'Review',
          `<p>Check the request before you submit it.</p>${[
            ['Date of birth', '03/02/1980'],
            ['Weight', '70'],
            ['Primary ICD-10 code', 'M04.1'],
            ['Drug name', 'Ilaris (canakinumab)'],
            ['Dose', '150'],
            ['Prescriber NPI', '1234567893'],
          ]
            .map(([l, v]) => `<div class="review-row"><label>${l}<input value="${v}" readonly></label></div>`)
            .join('')}${therapyTable([THERAPY], true)}`,
        )
      : ''
  }
  <div class="wizard-actions"><button type="button">Back</button><button type="submit">${review ? 'Submit' : 'Next'}</button></div>
  </form></main></div>`;

describe('Angular Material mat-stepper, inactive steps kept in the DOM', () => {
  it('reads the whole request once from the last step', () => {
    page(matStepper(4));
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('reads the whole request once from a middle step', () => {
    page(matStepper(2));
    expect(read()).toEqual(WHOLE);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });
});

describe('React + react-hook-form wizard, steps hidden but mounted', () => {
  it('reads steps hidden by display:none, the hidden attribute and aria-hidden, each path once', () => {
    page(reactWizard());
    expect(read()).toEqual(WHOLE);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads the request once when a review step repeats it in read-only inputs', () => {
    page(reactWizard(true));
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
    const weight = mapped().find((f) => f.path === 'patient.weight');
    expect(weight?.field.element.hasAttribute('readonly')).toBe(false);
  });

  it('reads an RHF error message neither as a value nor as the next label', () => {
    page(
      `<form>${rhf('drug.dose', 'Dose', '', 'Billing units are required when dose is set', 'mg')}${rhf('drug.frequency', 'Frequency', 'every 4 weeks')}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '', 'drug.frequency': 'every 4 weeks' });
  });
});
