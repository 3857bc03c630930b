import { describe, expect, it } from 'vitest';
import { field, mapped, read, page, units } from '../read';

/**
 * Angular Material v17+ (MDC-based) as it renders, outline appearance:
 * `mat-form-field.mat-mdc-form-field > .mat-mdc-text-field-wrapper > .mat-mdc-form-field-flex >`
 * the notched outline holding `label.mdc-floating-label[for=<control id>][id=mat-mdc-form-field-label-N]
 * > mat-label`, then `.mat-mdc-form-field-infix` with the control, then `.mat-mdc-form-field-text-suffix`
 * (`span[matTextSuffix]` "kg") or `.mat-mdc-form-field-icon-suffix` (mat-datepicker-toggle's
 * `button[aria-haspopup=dialog][aria-label="Open calendar"]`); `mat-hint` in the subscript wrapper.
 * - matInput + mat-datepicker: `input.mat-datepicker-input[aria-haspopup=dialog]`, value "3/14/1988".
 * - mat-date-range-input: `mat-date-range-input[role=group][aria-labelledby=<label id>]` whose start
 *   input takes the range input's id (the label's `for`), `input.mat-start-date[placeholder="Start date"]`,
 *   separator "–", `input.mat-end-date[placeholder="End date"]`, each with an aria-hidden mirror span.
 * - mat-chip-grid: `mat-chip-grid[role=grid] > .mdc-evolution-chip-set__chips > mat-chip-row[role=row]`
 *   (a primary gridcell with the chip text and a trailing gridcell with `button[matChipRemove]`
 *   holding `mat-icon` "cancel"), then the `input.mat-mdc-chip-input` projected inside the grid.
 * - mat-select: `mat-select[role=combobox][aria-haspopup=listbox][aria-labelledby="<label> <value>"]`
 *   showing `.mat-mdc-select-value-text > .mat-mdc-select-min-line`, or a `.mat-mdc-select-placeholder`.
 * - mat-autocomplete: the trigger `input[role=combobox][aria-autocomplete=list][aria-haspopup=listbox]`;
 *   the panel is a template, absent while closed.
 */

let labelN = 0;
const formField = (
  type: string,
  controlId: string,
  label: string,
  control: string,
  opts: { textSuffix?: string; iconSuffix?: string; hint?: string; hintId?: string; floated?: boolean } = {},
) => {
  const labelId = `mat-mdc-form-field-label-${(labelN += 2)}`;
  return {
    labelId,
    html: `
  <mat-form-field appearance="outline" class="mat-mdc-form-field mat-mdc-form-field-type-${type} mat-form-field-appearance-outline mat-primary${opts.floated === false ? '' : ' mat-form-field-should-float'}${opts.textSuffix || opts.iconSuffix ? ' mat-mdc-form-field-has-icon-suffix' : ''}">
    <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined">
      <div class="mat-mdc-form-field-flex">
        <div matformfieldnotchedoutline="" class="mdc-notched-outline mdc-notched-outline--upgraded${opts.floated === false ? '' : ' mdc-notched-outline--notched'}">
          <div class="mat-mdc-notch-piece mdc-notched-outline__leading"></div>
          <div class="mat-mdc-notch-piece mdc-notched-outline__notch">
            <label matformfieldfloatinglabel="" class="mdc-floating-label mat-mdc-floating-label${opts.floated === false ? '' : ' mdc-floating-label--float-above'}" id="${labelId}" for="${controlId}"><mat-label>${label}</mat-label></label>
          </div>
          <div class="mat-mdc-notch-piece mdc-notched-outline__trailing"></div>
        </div>
        <div class="mat-mdc-form-field-infix">${control.replaceAll('%LABEL%', labelId)}</div>
        ${opts.textSuffix ? `<div class="mat-mdc-form-field-text-suffix"><span mattextsuffix="">${opts.textSuffix}</span></div>` : ''}
        ${opts.iconSuffix ? `<div class="mat-mdc-form-field-icon-suffix">${opts.iconSuffix}</div>` : ''}
      </div>
    </div>
    <div class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align">
      <div class="mat-mdc-form-field-hint-wrapper">${opts.hint ? `<mat-hint class="mat-mdc-form-field-hint mat-mdc-form-field-bottom-align" id="${opts.hintId}">${opts.hint}</mat-hint>` : ''}<div class="mat-mdc-form-field-hint-spacer"></div></div>
    </div>
  </mat-form-field>`,
  };
};

let inputN = 0;
const matInput = (label: string, value: string, opts: { textSuffix?: string; hint?: string } = {}) => {
  const id = `mat-input-${inputN++}`;
  const hintId = `mat-mdc-hint-${inputN}`;
  return formField(
    'mat-input',
    id,
    label,
    `<input matinput="" class="mat-mdc-input-element mat-mdc-form-field-input-control mdc-text-field__input" id="${id}" aria-invalid="false" aria-required="false"${opts.hint ? ` aria-describedby="${hintId}"` : ''} value="${value}">`,
    { ...opts, hintId },
  ).html;
};

const toggle = (n: number) =>
  `<mat-datepicker-toggle maticonsuffix="" class="mat-datepicker-toggle" data-mat-calendar="mat-datepicker-${n}"><button mat-icon-button="" type="button" class="mdc-icon-button mat-mdc-icon-button mat-unthemed mat-mdc-button-base" aria-haspopup="dialog" aria-label="Open calendar" tabindex="0"><span class="mat-mdc-button-persistent-ripple mdc-icon-button__ripple"></span><svg viewBox="0 0 24 24" width="24px" height="24px" fill="currentColor" focusable="false" aria-hidden="true" class="mat-datepicker-toggle-default-icon"><path d="M19 3h-1V1h-2v2H8V1H6v2H5c-1.11 0-2 .9-2 2v14a2 2 0 002 2h14c1.1 0 2-.9 2-2V5a2 2 0 00-2-2zm0 16H5V8h14v11zM7 10h5v5H7z"></path></svg><span class="mat-focus-indicator"></span><span class="mat-mdc-button-touch-target"></span></button></mat-datepicker-toggle><!--container-->`;

let dateN = 0;
const matDate = (label: string, value: string) => {
  const id = `mat-input-${inputN++}`;
  const n = dateN++;
  return formField(
    'mat-input',
    id,
    label,
    `<input matinput="" class="mat-mdc-input-element mat-datepicker-input mat-mdc-form-field-input-control mdc-text-field__input" id="${id}" aria-haspopup="dialog" aria-invalid="false" aria-required="false" aria-describedby="mat-mdc-hint-d${n}" value="${value}">`,
    { iconSuffix: toggle(n), hint: 'MM/DD/YYYY', hintId: `mat-mdc-hint-d${n}` },
  ).html;
};

const matDateRange = (label: string, start: string, end: string) => {
  const id = `mat-date-range-input-${dateN}`;
  const n = dateN++;
  return formField(
    'mat-date-range-input',
    id,
    label,
    `<mat-date-range-input role="group" class="mat-date-range-input" aria-labelledby="%LABEL%" aria-describedby="mat-mdc-hint-d${n}">
      <div cdkmonitorsubtreefocus="" class="mat-date-range-input-container">
        <div class="mat-date-range-input-wrapper">
          <input matstartdate="" placeholder="Start date" class="mat-start-date mat-date-range-input-inner" aria-haspopup="dialog" type="text" id="${id}" value="${start}">
          <span aria-hidden="true" class="mat-date-range-input-mirror">${start || 'Start date'}</span>
        </div>
        <span class="mat-date-range-input-separator">–</span>
        <div class="mat-date-range-input-wrapper mat-date-range-input-end-wrapper">
          <input matenddate="" placeholder="End date" class="mat-end-date mat-date-range-input-inner" aria-haspopup="dialog" type="text" value="${end}">
          <span aria-hidden="true" class="mat-date-range-input-mirror">${end || 'End date'}</span>
        </div>
      </div>
    </mat-date-range-input>`,
    { iconSuffix: toggle(n), hint: 'MM/DD/YYYY – MM/DD/YYYY', hintId: `mat-mdc-hint-d${n}` },
  ).html;
};

const matChipGrid = (label: string, chips: string[], placeholder: string) => {
  const id = `mat-mdc-chip-list-input-${inputN++}`;
  return formField(
    'mat-chip-grid',
    id,
    label,
    `<mat-chip-grid role="grid" tabindex="0" class="mat-mdc-chip-set mat-mdc-chip-grid mdc-evolution-chip-set" aria-required="false" aria-disabled="false" aria-invalid="false" aria-multiselectable="false">
      <div role="presentation" class="mdc-evolution-chip-set__chips">
        ${chips
          .map(
            (
              c,
              i,
            ) => `<mat-chip-row role="row" class="mat-mdc-chip mat-mdc-chip-row mdc-evolution-chip mat-mdc-chip-with-trailing-icon mdc-evolution-chip--with-trailing-action mat-primary mat-mdc-standard-chip" id="mat-mdc-chip-${i}" tabindex="-1">
              <span class="mat-mdc-chip-focus-overlay"></span>
              <span role="gridcell" class="mdc-evolution-chip__cell mdc-evolution-chip__cell--primary"><span matchipaction="" class="mdc-evolution-chip__action mat-mdc-chip-action mdc-evolution-chip__action--primary" tabindex="-1"><span class="mdc-evolution-chip__text-label mat-mdc-chip-action-label">${c}<span class="mat-mdc-chip-primary-focus-indicator mat-mdc-focus-indicator"></span></span></span></span>
              <span role="gridcell" class="mdc-evolution-chip__cell mdc-evolution-chip__cell--trailing"><button matchipremove="" class="mat-mdc-chip-remove mat-mdc-chip-trailing-icon mat-mdc-focus-indicator mdc-evolution-chip__icon mdc-evolution-chip__icon--trailing mat-mdc-chip-action mdc-evolution-chip__action mdc-evolution-chip__action--trailing" type="button" aria-label="remove ${c}" tabindex="-1"><mat-icon role="img" class="mat-icon notranslate material-icons mat-ligature-font mat-icon-no-color" aria-hidden="true" data-mat-icon-type="font">cancel</mat-icon></button></span>
              <span aria-hidden="true" class="cdk-visually-hidden" id="mat-mdc-chip-${i}-aria-description"></span>
            </mat-chip-row>`,
          )
          .join('')}
        <input class="mat-mdc-chip-input mat-mdc-input-element mdc-text-field__input mat-input-element" placeholder="${placeholder}" id="${id}" aria-invalid="false" aria-required="false">
      </div>
    </mat-chip-grid>`,
  ).html;
};

let selectN = 0;
const matSelect = (label: string, shown: string, placeholder = '') => {
  const id = `mat-select-${selectN}`;
  const valueId = `mat-select-value-${selectN++}`;
  return formField(
    'mat-select',
    id,
    label,
    `<mat-select role="combobox" aria-haspopup="listbox" class="mat-mdc-select${shown ? '' : ' mat-mdc-select-empty'}" aria-labelledby="%LABEL% ${valueId}" id="${id}" tabindex="0" aria-expanded="false" aria-required="false" aria-disabled="false" aria-invalid="false">
      <div cdk-overlay-origin="" class="mat-mdc-select-trigger">
        <div class="mat-mdc-select-value" id="${valueId}">${
          shown
            ? `<span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">${shown}</span></span>`
            : `<span class="mat-mdc-select-placeholder mat-mdc-select-min-line">${placeholder}</span>`
        }</div>
        <div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" focusable="false" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></div></div>
      </div>
    </mat-select>`,
  ).html;
};

const matAutocomplete = (label: string, value: string) => {
  const id = `mat-input-${inputN++}`;
  return formField(
    'mat-input',
    id,
    label,
    `<input matinput="" class="mat-mdc-input-element mat-mdc-autocomplete-trigger mat-mdc-form-field-input-control mdc-text-field__input" id="${id}" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" aria-invalid="false" aria-required="false" value="${value}"><mat-autocomplete class="mat-mdc-autocomplete"></mat-autocomplete><!--container-->`,
  ).html;
};

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

describe('Angular Material matInput, text suffix and mat-datepicker', () => {
  it('reads the patient block: a datepicker input, weight with a "kg" matTextSuffix', () => {
    page(`<form class="ng-untouched ng-pristine ng-valid">
      ${matDate('Date of birth', '3/14/1988')}
      ${matInput('Weight', '70', { textSuffix: 'kg' })}
      ${matInput('Prescriber NPI', '1234567893', { hint: '10 digits' })}</form>`);
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'patient.weight': '70', 'prescriber.npi': '1234567893' });
    noDuplicatePaths();
  });

  it('implies kg and mg from matTextSuffix', () => {
    page(`<form>${matInput('Weight', '70', { textSuffix: 'kg' })}${matInput('Dose', '150', { textSuffix: 'mg' })}</form>`);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads the drug block: autocomplete drug name, dose with a "mg" suffix, mat-selects', () => {
    page(`<form>
      ${matAutocomplete('Drug name', 'Ilaris (canakinumab)')}
      ${matInput('HCPCS', 'J0638')}
      ${matInput('NDC', '00078-0734-61')}
      ${matInput('Dose', '150', { textSuffix: 'mg' })}
      ${matInput('Billing units', '150')}
      ${matSelect('Frequency', 'Every 4 weeks')}
      ${matSelect('Place of service', '11 - Office')}</form>`);
    expect(read()).toEqual({
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
      'drug.placeOfService': '11 - Office',
    });
    noDuplicatePaths();
  });

  it('reads an empty mat-select as empty, not its placeholder', () => {
    page(`<form>${matSelect('Place of service', '', 'Choose one')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads the CRP block: value, a unit mat-select and a datepicker', () => {
    page(`<form><h3>C-reactive protein</h3>
      ${matInput('CRP result', '12.4')}
      ${matSelect('CRP unit', 'mg/L')}
      ${matDate('CRP collection date', '4/15/2026')}</form>`);
    expect(read()).toEqual({ 'labs.crpValue': '12.4', 'labs.crpUnit': 'mg/L', 'labs.crpDate': '4/15/2026' });
  });
});

describe('Angular Material mat-chip-grid', () => {
  it('reads diagnosis codes from the chip rows, without the "cancel" icon text', () => {
    page(`<form>${matChipGrid('ICD-10 codes', ['M04.1', 'M04.2'], 'New code…')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads an empty chip grid as empty, not its placeholder', () => {
    page(`<form>${matChipGrid('ICD-10 codes', [], 'New code…')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});

describe('Angular Material multiple mat-select and mat-radio-group', () => {
  it('reads a multiple mat-select’s comma-joined value text as the diagnosis codes', () => {
    page(`<form>${matSelect('ICD-10 codes', 'M04.1, M04.2')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('reads the checked mat-radio-button of a group labelled by aria-labelledby', () => {
    const radio = (group: number, n: number, value: string, text: string, checked: boolean) => `
      <mat-radio-button class="mat-mdc-radio-button mat-accent${checked ? ' mat-mdc-radio-checked' : ''}" id="mat-radio-${n}">
        <div class="mdc-form-field mat-internal-form-field">
          <div class="mdc-radio">
            <div class="mat-mdc-radio-touch-target"></div>
            <input type="radio" class="mdc-radio__native-control" id="mat-radio-${n}-input" name="mat-radio-group-${group}" value="${value}" tabindex="${checked ? 0 : -1}"${checked ? ' checked' : ''}>
            <div class="mdc-radio__background"><div class="mdc-radio__outer-circle"></div><div class="mdc-radio__inner-circle"></div></div>
            <div mat-ripple="" class="mat-radio-ripple mat-mdc-focus-indicator"><div class="mat-ripple-element mat-radio-persistent-ripple"></div></div>
          </div>
          <label class="mdc-label" for="mat-radio-${n}-input">${text}</label>
        </div>
      </mat-radio-button>`;
    page(`<form>
      <label id="nsaid-label" class="radio-label">Are NSAIDs contraindicated or not tolerated?</label>
      <mat-radio-group aria-labelledby="nsaid-label" role="radiogroup" class="mat-mdc-radio-group">${radio(0, 1, 'yes', 'Yes', false)}${radio(0, 2, 'no', 'No', true)}</mat-radio-group>
      <label id="type-label" class="radio-label">Request type</label>
      <mat-radio-group aria-labelledby="type-label" role="radiogroup" class="mat-mdc-radio-group">${radio(1, 3, 'new', 'New authorization request', true)}${radio(1, 4, 'ext', 'Extension of existing authorization', false)}</mat-radio-group></form>`);
    expect(read()).toEqual({ 'clinical.nsaidContraindicated': 'No', 'request.type': 'New authorization request' });
  });
});

describe('Angular Material mat-date-range-input', () => {
  it('reads a prior therapy’s start and end dates from the range input', () => {
    page(`<form><h3>Prior therapies</h3>
      ${matInput('Drug', 'colchicine')}
      ${matDateRange('Therapy dates', '1/2/2024', '6/30/2024')}
      ${matSelect('Outcome', 'Inadequate response')}</form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': '1/2/2024',
      'priorTherapies.0.stop': '6/30/2024',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
    noDuplicatePaths();
  });
});
