import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Angular Material 22 (angular/components at v22.1.3 = 4e75d4d; the newest release, past 19/20): templates
 * src/material/form-field/form-field.html, select/select.html + select.ts host bindings, chips/chip-row.html,
 * chip-grid.ts, chip-input.ts, chip-icons.ts (matChipRemove), datepicker/datepicker-input.ts +
 * datepicker-toggle.html, autocomplete/autocomplete-trigger.ts, cdk/overlay/overlay.ts + overlay-ref.ts +
 * position/flexible-connected-position-strategy.ts. What changed since the overlay container era:
 * - Overlays use the popover API by default (`usePopover` true, mat-select and mat-autocomplete asking for the
 *   'inline' location): the overlay host `div.cdk-overlay-popover[popover=manual]` is inserted right AFTER the
 *   form field's `div.mat-mdc-text-field-wrapper` (the connected origin), inside mat-form-field and before its
 *   subscript, with the backdrop prepended inside it: the open panel (`role=listbox` of `mat-option[role=option]`)
 *   now sits in the field, not in `.cdk-overlay-container` at the end of body.
 * - mat-form-field (outline): `mat-form-field.mat-mdc-form-field` > `div.mat-mdc-text-field-wrapper` >
 *   `div.mat-mdc-form-field-flex` > `div.mdc-notched-outline` > `__notch` > `label.mdc-floating-label
 *   [id=mat-mdc-form-field-label-N][for=<control id>]` > `mat-label` + `span.mat-mdc-form-field-required-marker
 *   [aria-hidden]`; then `div.mat-mdc-form-field-infix` > the control; `div.mat-mdc-form-field-text-suffix`;
 *   `div.mat-mdc-form-field-subscript-wrapper` > hint wrapper or `mat-error`.
 * - mat-select host: `role=combobox aria-haspopup=listbox aria-labelledby="<label id> <value id>"` (its label
 *   gets no `for`: disableAutomaticLabeling), `div.mat-mdc-select-trigger` > `div.mat-mdc-select-value#mat-select-value-N`
 *   > `span.mat-mdc-select-value-text > span.mat-mdc-select-min-line` or `span.mat-mdc-select-placeholder`.
 * - mat-chip-grid `[role=grid]` > `mat-chip-row[role=row]` > `span[role=gridcell]` primary action (label text) +
 *   trailing `span[role=gridcell]` > `button[matChipRemove][role=button]` (mat-icon "cancel"), then the
 *   `input.mat-mdc-chip-input` (matChipInputFor) inside the grid's wrapper.
 * - datepicker: `input.mat-datepicker-input[aria-haspopup=dialog][data-mat-calendar]` (a Moment adapter with
 *   MM/DD/YYYY) + `mat-datepicker-toggle[matIconSuffix]` > `button[aria-label="Open calendar"]`.
 * - MatDialog (global position strategy, no popover insertion point): its host goes into `div.cdk-overlay-container`
 *   at the end of body, `mat-dialog-container[role=dialog][aria-modal=true]`; the app root beside it made aria-hidden.
 * - mat-radio-button / mat-checkbox: `div.mdc-form-field` > `div.mdc-radio|mdc-checkbox` > `input.mdc-*__native-control
 *   [id=…-input]` + drawn background, then `label.mdc-label[for]`.
 */

let n = 0;
type Opts = { suffix?: string; required?: boolean; error?: string; hint?: string; disabled?: boolean; overlay?: string; noLabel?: boolean };
/** a mat-form-field (outline) around `control`, which has id `controlId` */
const formField = (type: string, label: string, controlId: string | null, control: string, o: Opts = {}) => {
  const labelId = `mat-mdc-form-field-label-${n++}`;
  const lbl = o.noLabel
    ? ''
    : `<div class="mdc-notched-outline mdc-notched-outline--upgraded mdc-notched-outline--notched"><div class="mat-mdc-notch-piece mdc-notched-outline__leading"></div><div class="mat-mdc-notch-piece mdc-notched-outline__notch"><label matformfieldfloatinglabel="" class="mdc-floating-label mat-mdc-floating-label mdc-floating-label--float-above" id="${labelId}"${controlId ? ` for="${controlId}"` : ''}><mat-label>${label}</mat-label>${o.required ? '<span aria-hidden="true" class="mat-mdc-form-field-required-marker mdc-floating-label--required"></span>' : ''}</label></div><div class="mat-mdc-notch-piece mdc-notched-outline__trailing"></div></div>`;
  const subscript = o.error
    ? `<div class="mat-mdc-form-field-error-wrapper"><mat-error class="mat-mdc-form-field-error mat-mdc-form-field-bottom-align" id="mat-mdc-error-${n}">${o.error}</mat-error></div>`
    : `<div class="mat-mdc-form-field-hint-wrapper">${o.hint ? `<mat-hint class="mat-mdc-form-field-hint" id="mat-mdc-hint-${n}">${o.hint}</mat-hint>` : ''}<div class="mat-mdc-form-field-hint-spacer"></div></div>`;
  return {
    labelId,
    html: `<mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-${type} mat-form-field-appearance-outline mat-primary${o.error ? ' mat-form-field-invalid ng-invalid' : ' ng-valid'}${o.disabled ? ' mat-form-field-disabled' : ''}"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined${o.noLabel ? ' mdc-text-field--no-label' : ''}${o.error ? ' mdc-text-field--invalid' : ''}${o.disabled ? ' mdc-text-field--disabled' : ''}"><div class="mat-mdc-form-field-flex">${lbl}<div class="mat-mdc-form-field-infix">${control.replaceAll('LABEL_ID', labelId)}</div>${
      o.suffix ? `<div class="mat-mdc-form-field-text-suffix"><span matTextSuffix="">${o.suffix}</span></div>` : ''
    }</div></div>${o.overlay ?? ''}<div aria-atomic="true" aria-live="polite" class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align">${subscript}</div></mat-form-field>`,
  };
};
const matInput = (label: string, value: string, o: Opts = {}) => {
  const id = `mat-input-${n++}`;
  return formField(
    'mat-input',
    label,
    id,
    `<input matinput="" class="mat-mdc-input-element mat-mdc-form-field-input-control mdc-text-field__input${o.error ? ' ng-invalid ng-touched' : ' ng-valid'}" id="${id}" aria-invalid="${!!o.error}" aria-required="${!!o.required}"${o.required ? ' required=""' : ''}${o.disabled ? ' disabled=""' : ''}${o.error ? ` aria-describedby="mat-mdc-error-${n}"` : ''} value="${value}">`,
    o,
  ).html;
};

/** popover overlay host, inserted after the text field wrapper, holding its backdrop and the panel */
const popover = (pane: string) =>
  `<div popover="manual" class="cdk-overlay-popover cdk-overlay-connected-position-bounding-box" dir="ltr" style="top: 0px; left: 0px; height: 100%; width: 100%;"><div class="cdk-overlay-backdrop cdk-overlay-transparent-backdrop cdk-overlay-backdrop-showing"></div><div id="cdk-overlay-${n++}" class="cdk-overlay-pane mat-mdc-select-panel-above" style="width: 320px; position: static;">${pane}</div></div>`;
const option = (v: string, i: number, selected: boolean, prefix: string) =>
  `<mat-option role="option" class="mat-mdc-option mdc-list-item${selected ? ' mdc-list-item--selected mat-mdc-option-active' : ''}" id="${prefix}-${i}" tabindex="${selected ? 0 : -1}" aria-disabled="false" aria-selected="${selected}"><span class="mdc-list-item__primary-text">${v}</span><div mat-ripple="" class="mat-ripple mat-mdc-option-ripple mat-focus-indicator"></div></mat-option>`;

const matSelect = (
  label: string,
  value: string,
  options: string[],
  o: { open?: boolean; placeholder?: string; required?: boolean } = {},
) => {
  const id = `mat-select-${n++}`;
  const shown = value
    ? `<span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">${value}</span></span>`
    : `<span class="mat-mdc-select-placeholder mat-mdc-select-min-line">${o.placeholder ?? ''}</span>`;
  const control = `<mat-select role="combobox" aria-haspopup="listbox" class="mat-mdc-select${value ? '' : ' mat-mdc-select-empty'}${o.open ? ' mat-select-open' : ''}" id="${id}" tabindex="0" aria-labelledby="LABEL_ID ${id}-value"${o.open ? ` aria-controls="${id}-panel"` : ''} aria-expanded="${!!o.open}" aria-required="${!!o.required}" aria-disabled="false" aria-invalid="false"><div cdk-overlay-origin="" class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="${id}-value">${shown}</div><div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" focusable="false" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></div></div></div></mat-select>`;
  const overlay = o.open
    ? popover(
        `<div role="listbox" tabindex="-1" class="mat-mdc-select-panel mdc-menu-surface mdc-menu-surface--open mat-primary" id="${id}-panel" aria-multiselectable="false" aria-labelledby="LABEL_ID">${options.map((v, i) => option(v, i, v === value, 'mat-option')).join('')}</div>`,
      )
    : '';
  const f = formField('mat-select', label, null, control, { required: o.required });
  return f.html.replace('<div aria-atomic', `${overlay.replaceAll('LABEL_ID', f.labelId)}<div aria-atomic`);
};

const chipGrid = (label: string, chips: string[], typed = '') => {
  const id = `mat-mdc-chip-list-input-${n++}`;
  const rows = chips
    .map(
      (c, i) =>
        `<mat-chip-row class="mat-mdc-chip mat-mdc-chip-row mdc-evolution-chip mat-mdc-chip-with-trailing-icon mdc-evolution-chip--with-trailing-action mat-mdc-standard-chip" id="mat-mdc-chip-${i}" tabindex="-1" role="row"><span class="mat-mdc-chip-focus-overlay"></span><span class="mdc-evolution-chip__cell mdc-evolution-chip__cell--primary" role="gridcell"><span matchipaction="" class="mat-mdc-chip-action mdc-evolution-chip__action mdc-evolution-chip__action--primary" tabindex="-1" aria-disabled="false"><span class="mdc-evolution-chip__text-label mat-mdc-chip-action-label">${c}<span aria-hidden="true" class="mat-mdc-chip-primary-focus-indicator mat-focus-indicator"></span></span></span></span><span class="mdc-evolution-chip__cell mdc-evolution-chip__cell--trailing" role="gridcell"><button matchipremove="" class="mat-mdc-chip-remove mat-mdc-chip-trailing-icon mat-focus-indicator mdc-evolution-chip__icon mdc-evolution-chip__icon--trailing mat-mdc-chip-action mdc-evolution-chip__action mdc-evolution-chip__action--trailing" role="button" tabindex="-1" aria-disabled="false" aria-label="remove ${c}"><mat-icon role="img" class="mat-icon notranslate material-icons mat-ligature-font mat-icon-no-color" aria-hidden="true" data-mat-icon-type="font">cancel</mat-icon></button></span></mat-chip-row>`,
    )
    .join('');
  return formField(
    'mat-chip-grid',
    label,
    id,
    `<mat-chip-grid class="mat-mdc-chip-set mat-mdc-chip-grid mdc-evolution-chip-set" role="grid" tabindex="0" aria-disabled="false" aria-invalid="false"><div role="presentation" class="mdc-evolution-chip-set__chips">${rows}<input placeholder="New code..." class="mat-mdc-chip-input mat-mdc-input-element mdc-text-field__input mat-input-element" id="${id}" value="${typed}"></div></mat-chip-grid>`,
  ).html;
};

const autocomplete = (label: string, value: string, options?: string[]) => {
  const id = `mat-input-${n++}`;
  const ac = `mat-autocomplete-${n++}`;
  const control = `<input type="text" matinput="" class="mat-mdc-input-element mat-mdc-autocomplete-trigger mat-mdc-form-field-input-control mdc-text-field__input" id="${id}" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="${!!options}" aria-haspopup="listbox"${options ? ` aria-controls="${ac}"` : ''} value="${value}">`;
  const overlay = options
    ? popover(
        `<div role="listbox" class="mat-mdc-autocomplete-panel mdc-menu-surface mdc-menu-surface--open mat-mdc-autocomplete-visible mat-primary" id="${ac}" aria-labelledby="LABEL_ID">${options.map((v, i) => option(v, i, false, 'mat-option')).join('')}</div>`,
      )
    : '';
  const f = formField('mat-input', label, id, control);
  return f.html.replace('<div aria-atomic', `${overlay.replaceAll('LABEL_ID', f.labelId)}<div aria-atomic`);
};

const datepicker = (label: string, value: string, o: Opts = {}) => {
  const id = `mat-input-${n++}`;
  return formField(
    'mat-input',
    label,
    id,
    `<input matinput="" class="mat-mdc-input-element mat-datepicker-input mat-mdc-form-field-input-control mdc-text-field__input" id="${id}" aria-haspopup="dialog" data-mat-calendar="mat-datepicker-${n}" placeholder="MM/DD/YYYY" aria-invalid="${!!o.error}" aria-required="false"${o.disabled ? ' disabled=""' : ''} value="${value}">`,
    o,
  ).html.replace(
    '</div></div><div aria-atomic',
    `<div class="mat-mdc-form-field-icon-suffix"><mat-datepicker-toggle matsuffix="" class="mat-datepicker-toggle"><button mat-icon-button="" type="button" aria-haspopup="dialog" aria-label="Open calendar" aria-expanded="false" tabindex="0" class="mdc-icon-button mat-mdc-icon-button mat-mdc-button-base"><span class="mat-mdc-button-persistent-ripple mdc-icon-button__ripple"></span><svg class="mat-datepicker-toggle-default-icon" viewBox="0 0 24 24" width="24px" height="24px" fill="currentColor" focusable="false" aria-hidden="true"><path d="M19 3h-1V1h-2v2H8V1H6v2H5"></path></svg><span class="mat-focus-indicator"></span><span class="mat-mdc-button-touch-target"></span></button></mat-datepicker-toggle></div></div></div><div aria-atomic`,
  );
};

const radioGroup = (labelId: string, label: string, options: string[], chosen: string) =>
  `<label id="${labelId}" class="app-group-label">${label}</label><mat-radio-group aria-labelledby="${labelId}" role="radiogroup" class="mat-mdc-radio-group">${options
    .map((v, i) => {
      const id = `mat-radio-${n++}`;
      return `<mat-radio-button class="mat-mdc-radio-button mat-accent${v === chosen ? ' mat-mdc-radio-checked' : ''}" id="${id}"><div class="mdc-form-field mat-internal-form-field"><div class="mdc-radio"><div class="mat-mdc-radio-touch-target"></div><input type="radio" class="mdc-radio__native-control" id="${id}-input" name="mat-radio-group-${labelId}" value="${v}" tabindex="${i === 0 ? 0 : -1}"${v === chosen ? ' checked=""' : ''}><div class="mdc-radio__background"><div class="mdc-radio__outer-circle"></div><div class="mdc-radio__inner-circle"></div></div><div mat-ripple="" class="mat-ripple mat-radio-ripple mat-focus-indicator"><div class="mat-ripple-element mat-radio-persistent-ripple"></div></div></div><label class="mdc-label" for="${id}-input">${v}</label></div></mat-radio-button>`;
    })
    .join('')}</mat-radio-group>`;
const checkbox = (v: string, checked: boolean) => {
  const id = `mat-mdc-checkbox-${n++}`;
  return `<mat-checkbox class="mat-mdc-checkbox mat-accent${checked ? ' mat-mdc-checkbox-checked' : ''}" id="${id}"><div class="mdc-form-field mat-internal-form-field"><div class="mdc-checkbox"><div class="mat-mdc-checkbox-touch-target"></div><input type="checkbox" class="mdc-checkbox__native-control" id="${id}-input" tabindex="0" aria-checked="${checked}"${checked ? ' checked=""' : ''}><div class="mdc-checkbox__ripple"></div><div class="mdc-checkbox__background"><svg focusable="false" viewBox="0 0 24 24" aria-hidden="true" class="mdc-checkbox__checkmark"><path fill="none" d="M1.73,12.91 8.1,19.28 22.79,4.59" class="mdc-checkbox__checkmark-path"></path></svg><div class="mdc-checkbox__mixedmark"></div></div><div mat-ripple="" class="mat-ripple mat-mdc-checkbox-ripple mat-focus-indicator"></div></div><label class="mdc-label" for="${id}-input">${v}</label></div></mat-checkbox>`;
};

/** mat-table of therapies, each cell a label-less mat-form-field (subscriptSizing dynamic) */
const therapyTable = () => {
  const cols = ['drug', 'dose', 'start', 'stop', 'outcome'];
  const titles = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const head = cols
    .map(
      (c, j) =>
        `<th role="columnheader" mat-header-cell="" class="mat-mdc-header-cell mdc-data-table__header-cell cdk-header-cell cdk-column-${c} mat-column-${c}">${titles[j]}</th>`,
    )
    .join('');
  const rows = THERAPY_ROWS.map(
    (r) =>
      `<tr role="row" mat-row="" class="mat-mdc-row mdc-data-table__row cdk-row">${r
        .map(
          (v, j) =>
            `<td role="cell" mat-cell="" class="mat-mdc-cell mdc-data-table__cell cdk-cell cdk-column-${cols[j]} mat-column-${cols[j]}">${matInput('', v, { noLabel: true })}</td>`,
        )
        .join('')}</tr>`,
  ).join('');
  return `<table mat-table="" role="table" class="mat-mdc-table mdc-data-table__table cdk-table mat-elevation-z1"><thead role="rowgroup"><tr role="row" mat-header-row="" class="mat-mdc-header-row mdc-data-table__header-row cdk-header-row">${head}</tr></thead><tbody role="rowgroup" class="mdc-data-table__content">${rows}</tbody></table>`;
};

const h = (t: string) => `<h3 class="mat-h3">${t}</h3>`;
const app = (body: string) =>
  `<app-root ng-version="22.1.3"><mat-card class="mat-mdc-card mdc-card"><mat-card-content class="mat-mdc-card-content"><form novalidate="" class="ng-untouched ng-pristine ng-valid">${body}<button mat-flat-button="" type="submit" class="mdc-button mat-mdc-button-base mdc-button--unelevated mat-mdc-unelevated-button mat-primary"><span class="mdc-button__label">Submit request</span></button></form></mat-card-content></mat-card></app-root><div class="cdk-live-announcer-element cdk-visually-hidden" aria-atomic="true" aria-live="polite"></div>`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Angular Material 22: mat-form-field, mat-select and mat-autocomplete (inline popovers), chip grid, datepicker, radios, checkboxes, mat-table', () => {
  it('reads the full Ilaris request, prior therapies from the mat-table inputs', () => {
    page(
      app(
        `${h('Member')}${matInput('Member ID', ILARIS['patient.memberId'], { required: true })}${datepicker('Date of birth', ILARIS['patient.dob'])}${matInput('Weight', '72', { suffix: 'kg' })}
        ${h('Diagnosis')}${chipGrid('ICD-10 codes', ['M04.1', 'M06.1'])}
        ${h('Medication')}${autocomplete('Drug name', ILARIS['drug.name'])}${matInput('HCPCS code', ILARIS['drug.hcpcs'])}${matInput('NDC', ILARIS['drug.ndc'])}${matInput('Dose', '150', { suffix: 'mg' })}${matInput('Billing units', '150')}${matSelect('Frequency', 'Every 4 weeks', FREQ)}
        ${h('Labs')}${matInput('CRP', '24', { suffix: 'mg/L' })}${datepicker('CRP collection date', ILARIS['labs.crpDate'])}
        ${h('Prior therapies')}${therapyTable()}
        ${h('Prescriber')}${matInput('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a required input by its mat-label, not the marker or the mat-error of the field before it', () => {
    page(
      app(
        `${matInput('Member ID', '', { required: true, error: 'Member ID is required' })}${matInput('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, hint: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a closed mat-select by its value text, an empty one (placeholder) as empty', () => {
    page(app(`${matSelect('Drug name', ILARIS['drug.name'], DRUGS)}${matSelect('Frequency', '', FREQ, { placeholder: 'Choose…' })}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads an open mat-select and nothing from its panel, a popover inside the form field', () => {
    page(app(`${matSelect('Frequency', 'Every 8 weeks', FREQ, { open: true })}${matInput('Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.cdk-overlay-popover');
  });

  it('reads a mat-autocomplete input by what is typed, nothing from its open inline panel', () => {
    page(app(`${autocomplete('Drug name', 'Ilaris (canakinumab)', DRUGS)}${matInput('HCPCS code', ILARIS['drug.hcpcs'])}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.cdk-overlay-popover');
  });

  it('reads the mat-chip-grid rows as the ICD-10 codes, not the remove buttons or a code still being typed', () => {
    page(app(chipGrid('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('button[matchipremove]');
  });

  it('reads datepicker inputs as shown, an empty and a disabled one', () => {
    page(app(`${datepicker('Date of birth', ILARIS['patient.dob'], { disabled: true })}${datepicker('CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a mat-radio-group by its checked button and mat-checkboxes in a labelled group as the ticked codes', () => {
    page(
      app(
        `${radioGroup('freq-label', 'Frequency', FREQ, 'Once')}<div role="group" aria-labelledby="dx-label"><label id="dx-label" class="app-group-label">Diagnosis (ICD-10)</label>${CODES.map((c) => checkbox(c, c !== 'M04.8')).join('')}</div>`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
  it('reads the fields of an open mat-dialog in the overlay container, not the form made aria-hidden behind it', () => {
    const dialog = `<div class="cdk-overlay-container"><div class="cdk-overlay-backdrop cdk-overlay-dark-backdrop cdk-overlay-backdrop-showing"></div><div popover="manual" class="cdk-overlay-popover cdk-global-overlay-wrapper" dir="ltr" style="justify-content: center; align-items: center;"><div id="cdk-overlay-9" class="cdk-overlay-pane mat-mdc-dialog-panel" style="max-width: 80vw; position: static;"><mat-dialog-container tabindex="-1" class="mat-mdc-dialog-container mdc-dialog cdk-dialog-container mdc-dialog--open" id="mat-mdc-dialog-0" role="dialog" aria-modal="true" aria-labelledby="mat-mdc-dialog-title-0"><div class="mat-mdc-dialog-inner-container mdc-dialog__container"><div class="mat-mdc-dialog-surface mdc-dialog__surface"><h2 mat-dialog-title="" class="mat-mdc-dialog-title mdc-dialog__title" id="mat-mdc-dialog-title-0">Add CRP result</h2><mat-dialog-content class="mat-mdc-dialog-content mdc-dialog__content">${matInput('CRP', '24', { suffix: 'mg/L' })}${datepicker('CRP collection date', ILARIS['labs.crpDate'])}</mat-dialog-content><mat-dialog-actions class="mat-mdc-dialog-actions mdc-dialog__actions"><button mat-button="" mat-dialog-close="" type="button" class="mdc-button mat-mdc-button-base mat-mdc-button"><span class="mdc-button__label">Cancel</span></button><button mat-flat-button="" type="button" class="mdc-button mat-mdc-button-base mdc-button--unelevated mat-mdc-unelevated-button"><span class="mdc-button__label">Save</span></button></mat-dialog-actions></div></div></mat-dialog-container></div></div></div>`;
    page(app(matInput('Member ID', ILARIS['patient.memberId'])).replace('<app-root ', '<app-root aria-hidden="true" ') + dialog);
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'] });
  });
  it('reads a multiple mat-select by the labels its trigger joins with ", "', () => {
    page(
      app(
        matSelect('ICD-10 codes', 'M04.1, M06.1', CODES)
          .replace('aria-multiselectable="false"', 'aria-multiselectable="true"')
          .replace('class="mat-mdc-select"', 'class="mat-mdc-select mat-mdc-select-multiple"'),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
