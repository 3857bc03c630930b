import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom, THERAPIES } from '../round5/request';

/**
 * A CignaforHCP-style drug precertification flow: a multi-step wizard ("Step 3 of 5" over a step
 * header: Patient, Provider, Medication, Clinical, Review), a "Search drug" button opening a modal
 * drug search, and a Review step that repeats the entered values read-only before Submit.
 * CignaforHCP's own markup is not public (the site is behind a login; Cigna's help material shows
 * the steps, not markup), and which framework it uses could not be confirmed, so the page is built
 * the way an Angular 16 app with Angular Material (MDC) renders such a wizard:
 * - `mat-stepper` (horizontal, linear): `div.mat-horizontal-stepper-header-container` of
 *   `mat-step-header[role=tab][aria-selected][aria-controls]` (icon number, `div.mat-step-text-label`);
 *   every step's content stays in the page as `div.mat-horizontal-stepper-content[role=tabpanel]
 *   [aria-expanded]`, the inactive ones with the transition's `transform: translate3d(±100%, 0, 0);
 *   visibility: hidden`, or only the current step rendered (`*ngIf` steps, earlier ones unmounted);
 * - `mat-form-field` (outline): `label.mdc-floating-label[for=mat-input-N] > mat-label` in the
 *   notch, `input.mat-mdc-input-element#mat-input-N`, a `span[matsuffix]` unit, a `mat-hint`;
 *   `mat-radio-group[role=radiogroup][aria-labelledby]` of `mat-radio-button` (`input[type=radio]` +
 *   `label[for]`); a `mat-table` of prior therapies (`th.mat-mdc-header-cell`, boxes with placeholders
 *   only);
 * - `MatDialog`: `div.cdk-overlay-container` at the end of the body holding a backdrop and
 *   `mat-dialog-container[role=dialog][aria-modal=true]`, and the CDK marks the overlay container's
 *   siblings (the app root) `aria-hidden="true"` while the dialog is open.
 */

let n = 0;

const matInput = (label: string, value: string, o: { suffix?: string; hint?: string; readonly?: boolean; placeholder?: string } = {}) => {
  const id = `mat-input-${n++}`;
  return `<mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-mat-input mat-form-field-appearance-outline mat-primary${o.suffix ? ' mat-form-field-has-icon-suffix' : ''}">
    <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined"><div class="mat-mdc-form-field-flex">
      <div class="mdc-notched-outline mdc-notched-outline--upgraded mdc-notched-outline--notched"><div class="mdc-notched-outline__leading"></div><div class="mdc-notched-outline__notch"><label class="mdc-floating-label mat-mdc-floating-label mdc-floating-label--float-above" id="mat-mdc-form-field-label-${n}" for="${id}"><mat-label>${label}</mat-label></label></div><div class="mdc-notched-outline__trailing"></div></div>
      <div class="mat-mdc-form-field-infix"><input matinput class="mat-mdc-input-element mdc-text-field__input mat-mdc-form-field-input-control ng-untouched ng-pristine ng-valid" id="${id}"${o.readonly ? ' readonly=""' : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} aria-invalid="false" aria-required="false"${o.hint ? ` aria-describedby="mat-mdc-hint-${n}"` : ''} value="${value}"></div>
      ${o.suffix ? `<div class="mat-mdc-form-field-icon-suffix"><span matsuffix>${o.suffix}</span></div>` : ''}
    </div><div class="mdc-line-ripple"></div></div>
    <div class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align"><div class="mat-mdc-form-field-hint-wrapper">${o.hint ? `<mat-hint class="mat-mdc-form-field-hint mat-mdc-form-field-bottom-align" id="mat-mdc-hint-${n}">${o.hint}</mat-hint>` : ''}<div class="mat-mdc-form-field-hint-spacer"></div></div></div>
  </mat-form-field>`;
};

const matRadios = (id: string, question: string, chosen: 'Yes' | 'No' | '') =>
  `<div class="question"><p class="question-text" id="${id}-label">${question}</p><mat-radio-group role="radiogroup" aria-labelledby="${id}-label" class="mat-mdc-radio-group ng-untouched ng-pristine ng-valid">${[
    'Yes',
    'No',
  ]
    .map(
      (c) =>
        `<mat-radio-button class="mat-mdc-radio-button mat-accent${c === chosen ? ' mat-mdc-radio-checked' : ''}" id="${id}-${c}"><div class="mdc-form-field"><div class="mdc-radio"><div class="mat-mdc-radio-touch-target"></div><input type="radio" class="mdc-radio__native-control" id="${id}-${c}-input" name="${id}" value="${c}"${c === chosen ? ' checked=""' : ''}><div class="mdc-radio__background"><div class="mdc-radio__outer-circle"></div><div class="mdc-radio__inner-circle"></div></div></div><label class="mdc-label" for="${id}-${c}-input">${c}</label></div></mat-radio-button>`,
    )
    .join('')}</mat-radio-group></div>`;

const therapyTable = (rows: string[][]) => `<h3 class="mat-subtitle-1">Previous medications tried for this condition</h3>
  <table mat-table role="table" class="mat-mdc-table mdc-data-table__table cdk-table" id="prior-medications"><thead role="rowgroup"><tr role="row" class="mat-mdc-header-row mdc-data-table__header-row cdk-header-row">${[
    'Medication',
    'Dose',
    'Start date',
    'End date',
    'Outcome',
  ]
    .map((h) => `<th role="columnheader" class="mat-mdc-header-cell mdc-data-table__header-cell cdk-header-cell">${h}</th>`)
    .join('')}</tr></thead><tbody role="rowgroup" class="mdc-data-table__content">${rows
    .map(
      (r) =>
        `<tr role="row" class="mat-mdc-row mdc-data-table__row cdk-row">${r
          .map(
            (v, c) =>
              `<td role="cell" class="mat-mdc-cell mdc-data-table__cell cdk-cell"><input class="mat-mdc-input-element mdc-text-field__input" placeholder="${['Medication name', 'e.g. 10 mg daily', 'MM/DD/YYYY', 'MM/DD/YYYY', 'Outcome'][c]}" value="${v}"></td>`,
          )
          .join('')}</tr>`,
    )
    .join('')}</tbody></table><button mat-stroked-button type="button" class="mdc-button mdc-button--outlined">Add medication</button>`;

const THERAPY_ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((c) => THERAPIES[`priorTherapies.${i as 0 | 1}.${c}`]),
);

const searchDrugButton = `<button mat-stroked-button type="button" class="mdc-button mdc-button--outlined mat-mdc-outlined-button" aria-haspopup="dialog"><span class="mdc-button__label">Search drug</span></button>`;

const STEPS: [title: string, body: string][] = [
  [
    'Patient',
    `${matInput('Cigna ID', ILARIS['patient.memberId'])}${matInput('Patient date of birth', ILARIS['patient.dob'], { hint: 'MM/DD/YYYY' })}${matInput('Patient weight', ILARIS['patient.weight'], { suffix: 'kg' })}`,
  ],
  ['Provider', `${matInput('Ordering provider NPI', ILARIS['prescriber.npi'])}${matInput('Ordering provider name', 'Alan Okafor, MD')}`],
  [
    'Medication',
    `${matInput('Drug name', ILARIS['drug.name'], { readonly: true })}${searchDrugButton}${matInput('HCPCS code', ILARIS['drug.hcpcs'])}${matInput('NDC', ILARIS['drug.ndc'])}${matInput('Dose', ILARIS['drug.dose'], { suffix: 'mg' })}${matInput('Number of units', ILARIS['drug.units'])}`,
  ],
  [
    'Clinical',
    `${matInput('CRP result', ILARIS['labs.crpValue'], { suffix: 'mg/L' })}${matInput('CRP collection date', ILARIS['labs.crpDate'], { hint: 'MM/DD/YYYY' })}
     ${therapyTable(THERAPY_ROWS)}
     <h3 class="mat-subtitle-1">Clinical questions</h3>
     ${matRadios('q-colchicine-tried', 'Has the patient tried colchicine?', 'Yes')}
     ${matRadios('q-nsaid', 'Does the patient have a contraindication or intolerance to NSAIDs?', 'Yes')}`,
  ],
];

const REVIEW = `<div class="review"><h3 class="mat-headline-6">Review your request</h3>
  <dl class="review-list"><dt>Cigna ID</dt><dd>${ILARIS['patient.memberId']}</dd><dt>Patient date of birth</dt><dd>${ILARIS['patient.dob']}</dd><dt>Patient weight</dt><dd>${ILARIS['patient.weight']} kg</dd>
    <dt>Ordering provider NPI</dt><dd>${ILARIS['prescriber.npi']}</dd><dt>Drug name</dt><dd>${ILARIS['drug.name']}</dd><dt>HCPCS code</dt><dd>${ILARIS['drug.hcpcs']}</dd><dt>NDC</dt><dd>${ILARIS['drug.ndc']}</dd>
    <dt>Dose</dt><dd>${ILARIS['drug.dose']} mg</dd><dt>Number of units</dt><dd>${ILARIS['drug.units']}</dd><dt>CRP result</dt><dd>${ILARIS['labs.crpValue']} mg/L (${ILARIS['labs.crpDate']})</dd>
    <dt>Has the patient tried colchicine?</dt><dd>Yes</dd></dl>
  <button mat-button type="button" class="mdc-button">Edit</button></div>`;

/** a `mat-stepper` whose every step's content stays in the page; `current` is shown */
const stepper = (steps: [string, string][], current: number) =>
  `<mat-stepper class="mat-stepper-horizontal mat-stepper-label-position-end" role="tablist" aria-orientation="horizontal">
    <div class="mat-horizontal-stepper-wrapper"><div class="mat-horizontal-stepper-header-container">${steps
      .map(
        ([t], i) =>
          `${i ? '<div class="mat-stepper-horizontal-line"></div>' : ''}<mat-step-header role="tab" class="mat-step-header mat-horizontal-stepper-header mat-focus-indicator" id="cdk-step-label-0-${i}" tabindex="${i === current ? 0 : -1}" aria-posinset="${i + 1}" aria-setsize="${steps.length}" aria-controls="cdk-step-content-0-${i}" aria-selected="${i === current}" aria-disabled="${i > current}"><div class="mat-step-icon${i === current ? ' mat-step-icon-selected' : ''}${i < current ? ' mat-step-icon-state-edit' : ' mat-step-icon-state-number'}"><span class="mat-step-icon-content"><span aria-hidden="true">${i + 1}</span></span></div><div class="mat-step-label${i === current ? ' mat-step-label-active mat-step-label-selected' : ''}"><div class="mat-step-text-label">${t}</div></div></mat-step-header>`,
      )
      .join('')}</div>
    <div class="mat-horizontal-content-container">${steps
      .map(
        ([t, body], i) =>
          `<div class="mat-horizontal-stepper-content${i === current ? '' : ' mat-horizontal-stepper-content-inactive'}" role="tabpanel" id="cdk-step-content-0-${i}" aria-labelledby="cdk-step-label-0-${i}" aria-expanded="${i === current}"${
            i === current ? '' : ` style="transform: translate3d(${i < current ? '-' : ''}100%, 0px, 0px); visibility: hidden;"`
          }><form class="ng-untouched ng-pristine ng-valid" novalidate><h2 class="mat-headline-5 step-title">${t}</h2>${body}<div class="step-actions">${i ? '<button mat-button matStepperPrevious type="button" class="mdc-button">Back</button>' : ''}<button mat-flat-button color="primary" matStepperNext type="button" class="mdc-button mdc-button--unelevated">${i === steps.length - 1 ? 'Submit' : 'Continue'}</button></div></form></div>`,
      )
      .join('')}</div></div></mat-stepper>`;

const app = (wizard: string, current: number, total: number, title: string, overlay = '') =>
  `<app-root ng-version="16.2.12"${overlay ? ' aria-hidden="true"' : ''}><chcp-shell><header class="chcp-header"><a href="/app/dashboard">Cigna for HCP</a><nav><a href="/app/patient-search">Patients</a><a href="/app/precertification">Precertifications</a></nav></header>
    <main class="chcp-main"><chcp-precert-wizard><h1 class="mat-headline-4">Drug precertification request</h1><p class="step-counter" aria-live="polite">Step ${current + 1} of ${total}: ${title}</p>${wizard}</chcp-precert-wizard></main></chcp-shell></app-root>${overlay}`;

const drugSearchDialog = `<div class="cdk-overlay-container"><div class="cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing"></div>
  <div class="cdk-global-overlay-wrapper" dir="ltr" style="justify-content: center; align-items: center;"><div id="cdk-overlay-0" class="cdk-overlay-pane mat-mdc-dialog-panel" style="max-width: 80vw; position: static;">
    <mat-dialog-container tabindex="-1" class="mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--open" id="mat-mdc-dialog-0" role="dialog" aria-modal="true" aria-labelledby="mat-mdc-dialog-title-0">
      <div class="mdc-dialog__container"><div class="mat-mdc-dialog-surface mdc-dialog__surface"><chcp-drug-search>
        <h2 mat-dialog-title class="mat-mdc-dialog-title mdc-dialog__title" id="mat-mdc-dialog-title-0">Search drug</h2>
        <mat-dialog-content class="mat-mdc-dialog-content mdc-dialog__content">
          ${matInput('Drug name or NDC', 'ilaris', { placeholder: 'Enter at least 3 characters' })}
          <mat-selection-list role="listbox" aria-label="Search results" class="mat-mdc-selection-list mdc-list">
            <mat-list-option role="option" aria-selected="true" class="mat-mdc-list-item mdc-list-item mat-mdc-list-option mdc-list-item--selected"><span class="mdc-list-item__content"><span class="mat-mdc-list-item-unscoped-content">Ilaris (canakinumab) 150 mg/mL injection solution, NDC 00078-0734-61</span></span></mat-list-option>
            <mat-list-option role="option" aria-selected="false" class="mat-mdc-list-item mdc-list-item mat-mdc-list-option"><span class="mdc-list-item__content"><span class="mat-mdc-list-item-unscoped-content">Ilaris (canakinumab) 180 mg powder for injection, NDC 00078-0582-61</span></span></mat-list-option>
          </mat-selection-list>
        </mat-dialog-content>
        <mat-dialog-actions class="mat-mdc-dialog-actions mdc-dialog__actions"><button mat-button mat-dialog-close type="button" class="mdc-button">Cancel</button><button mat-flat-button color="primary" type="button" class="mdc-button mdc-button--unelevated">Select</button></mat-dialog-actions>
      </chcp-drug-search></div></div></mat-dialog-container></div></div></div>`;

const CLINICAL = { 'clinical.nsaidContraindicated': 'Yes' };
const WHOLE = { ...ILARIS, ...THERAPIES, 'prescriber.name': 'Alan Okafor, MD', ...CLINICAL };
const withReview: [string, string][] = [...STEPS, ['Review', REVIEW]];

describe('CignaforHCP-style precertification wizard (Angular Material stepper)', () => {
  it('reads the whole Ilaris request once from every step kept in the page, whichever step is shown', () => {
    for (const current of [0, 2, 3]) {
      page(app(stepper(withReview, current), current, 5, withReview[current]![0]));
      expect(read()).toEqual(WHOLE);
      expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
      noDuplicatePaths();
    }
  });

  it('reads the Review step’s read-only values as nothing, the request once from the hidden steps', () => {
    page(app(stepper(withReview, 4), 4, 5, 'Review'));
    expect(read()).toEqual(WHOLE);
    nothingFrom('.review');
    noDuplicatePaths();
  });

  it('reads a Review step drawn with read-only inputs once: the hidden steps keep their paths', () => {
    const review = `<div class="review"><h3 class="mat-headline-6">Review your request</h3>${matInput('Cigna ID', ILARIS['patient.memberId'], { readonly: true })}${matInput('Patient date of birth', ILARIS['patient.dob'], { readonly: true })}${matInput('Drug name', ILARIS['drug.name'], { readonly: true })}${matInput('Dose', ILARIS['drug.dose'], { readonly: true, suffix: 'mg' })}${matInput('Number of units', ILARIS['drug.units'], { readonly: true })}${matInput('CRP result', ILARIS['labs.crpValue'], { readonly: true, suffix: 'mg/L' })}</div>`;
    page(app(stepper([...STEPS, ['Review', review]], 4), 4, 5, 'Review'));
    expect(read()).toEqual(WHOLE);
    nothingFrom('.review');
    noDuplicatePaths();
  });

  it('reads only the shown step when steps are rendered one at a time (*ngIf), its part of the request', () => {
    const parts = STEPS.map(([t, body], i) => {
      page(app(stepper([[t, body]], 0).replace('aria-posinset="1"', `aria-posinset="${i + 1}"`), i, 5, t));
      noDuplicatePaths();
      return read();
    });
    expect(parts[0]).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': ILARIS['patient.weight'],
    });
    expect(Object.assign({}, ...parts)).toEqual(WHOLE);
  });

  it('takes nothing from the step header or the "Step 3 of 5" counter', () => {
    page(app(stepper(withReview, 2), 2, 5, 'Medication'));
    nothingFrom('.mat-horizontal-stepper-header-container');
    expect(mapped().filter((m) => /Step \d of \d|Drug precertification/.test(m.label))).toEqual([]);
    expect(field('drug.name')?.label).toBe('Drug name');
    expect(field('patient.memberId')?.label).toBe('Cigna ID');
  });

  it('maps "Has the patient tried colchicine?" to nothing, never to the drug name or a therapy row', () => {
    page(app(stepper(withReview, 3), 3, 5, 'Clinical'));
    const r = read();
    expect(r['drug.name']).toBe(ILARIS['drug.name']);
    nothingFrom('mat-radio-group[aria-labelledby="q-colchicine-tried-label"]');
    expect(Object.keys(r).filter((k) => k.startsWith('priorTherapies.'))).toHaveLength(10);
  });

  it('reads the request behind an open drug search dialog, nothing from the dialog', () => {
    page(app(stepper(withReview, 2), 2, 5, 'Medication', drugSearchDialog));
    expect(read()).toEqual(WHOLE);
    nothingFrom('.cdk-overlay-container');
  });

  it('reads nothing from the drug search dialog once it is closed (overlay container emptied)', () => {
    page(app(stepper(withReview, 2), 2, 5, 'Medication') + '<div class="cdk-overlay-container"></div>');
    expect(read()).toEqual(WHOLE);
    expect(read()['drug.name']).toBe(ILARIS['drug.name']);
  });

  it('reads a yes/no question placed right after the prior-medication table as its clinical answer', () => {
    const steps = STEPS.map(([t, body]): [string, string] => [t, body.replace('<h3 class="mat-subtitle-1">Clinical questions</h3>', '')]);
    page(app(stepper(steps, 3), 3, 4, 'Clinical'));
    expect(read()).toEqual(WHOLE);
  });
});
