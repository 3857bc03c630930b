import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom, ISO_REQUEST, ISO_THERAPIES } from '../round5/request';

/**
 * ngx-formly 6 (ngx-formly/ngx-formly src/core/src/lib: components/formly.field.ts,
 * templates/formly.group.ts, utils.ts `getFieldId` = `formly_<n>_<type>_<key>_<index>`;
 * src/ui/bootstrap: form-field/src/form-field.wrapper.ts, input/src/input.type.ts,
 * select/src/select.type.ts, addons/src/addons.component.html; src/ui/material: form-field/src/
 * form-field.wrapper.ts, input/src/input.type.ts, select/src/select.type.ts, datepicker/src/
 * datepicker.type.ts; demo/src/app/examples/advanced/repeating-section/repeat-section.type.ts and
 * the demo's panel wrapper), Angular 17 rendering (`ng-star-inserted`, `ng-untouched ng-pristine
 * ng-valid` classes, `<!--container-->` comments):
 * - `formly-form > formly-field > formly-group > formly-field*`; a field's wrappers are elements
 *   (`formly-wrapper-form-field`, a demo `formly-wrapper-panel` = `div.card > h3.card-header` +
 *   `div.card-body`), its type template rendered in place.
 * - Bootstrap form-field: `div.mb-3 > label.form-label[for=<id>]` (" Member ID " and `span[aria-
 *   hidden=true]` "*"), the control, `div.invalid-feedback[style="display: block"] >
 *   formly-validation-message#<id>-formly-validation-error[role=alert]` when invalid, and
 *   `small.form-text.text-muted` for the description. Input: `input.form-control#<id>
 *   [aria-describedby=<id>-formly-validation-error]`. Select: `select.form-select#<id>` whose
 *   options come from `[ngValue]`, so Angular writes their values as "0: undefined" (the
 *   placeholder), "1: Q4W" …, texts padded with spaces. Addons: `div.input-group` holding the
 *   input and `div.input-group-text > span` "mg".
 * - Repeat section (demo): `formly-repeat-section > div.mb-3 > legend` + per item
 *   `div.row.align-items-baseline > formly-field.col` (the item's group) + `div.col-1 >
 *   button.btn.btn-danger` "-", then `button.btn.btn-primary` "Add therapy".
 * - Material form-field (fill appearance): `mat-form-field.mat-mdc-form-field` >
 *   `div.mat-mdc-text-field-wrapper > div.mat-mdc-form-field-flex > div.mat-mdc-form-field-infix`
 *   with `label.mdc-floating-label[for=<id>] > mat-label` (text and `span.mat-mdc-form-field-
 *   required-marker` "*") and the control; `div.mat-mdc-form-field-text-suffix > span` for
 *   `textSuffix`; `mat-error`/`mat-hint` in the subscript wrapper. mat-select:
 *   `mat-select#<id>[role=combobox]` showing `span.mat-mdc-select-min-line` (or the placeholder);
 *   datepicker: `input#<id>.mat-datepicker-input` + `mat-datepicker-toggle > button[aria-label=
 *   "Open calendar"]`.
 */

let n = 0;
const fid = (type: string, key: string, index: number) => `formly_${(n += 1)}_${type}_${key}_${index}`;
const ng = 'ng-untouched ng-pristine ng-valid';

// ---------- Bootstrap ----------
type B = { required?: boolean; description?: string; error?: string; addon?: string };
const bField = (id: string, label: string, control: string, o: B = {}) =>
  `<formly-field class="ng-star-inserted"><formly-wrapper-form-field class="ng-star-inserted"><div class="mb-3${o.error ? ' has-error' : ''}"><label class="form-label ng-star-inserted" for="${id}"> ${label} ${o.required ? '<span aria-hidden="true" class="ng-star-inserted">*</span>' : ''}</label>${
    o.addon
      ? `<div class="input-group">${control}<div class="input-group-text ng-star-inserted"><span class="ng-star-inserted">${o.addon}</span></div></div>`
      : control
  }<!--container-->${
    o.error
      ? `<div class="invalid-feedback ng-star-inserted" style="display: block;"><formly-validation-message role="alert" id="${id}-formly-validation-error">${o.error}</formly-validation-message></div>`
      : ''
  }${o.description ? `<small class="form-text text-muted ng-star-inserted">${o.description}</small>` : ''}</div></formly-wrapper-form-field></formly-field>`;
const bInput = (key: string, index: number, label: string, value: string, o: B & { type?: string } = {}) => {
  const id = fid('input', key, index);
  return bField(
    id,
    label,
    `<input class="form-control ${ng}${o.error ? ' is-invalid' : ''} ng-star-inserted" type="${o.type ?? 'text'}" id="${id}"${o.required ? ' required=""' : ''} aria-describedby="${id}-formly-validation-error" aria-invalid="${!!o.error}" value="${value}">`,
    o,
  );
};
const bSelect = (
  key: string,
  index: number,
  label: string,
  options: [string, string][],
  chosen: string | null,
  o: B & { placeholder?: string } = {},
) => {
  const id = fid('select', key, index);
  const offset = o.placeholder ? 1 : 0;
  return bField(
    id,
    label,
    `<select class="form-select ${ng}" id="${id}" aria-describedby="${id}-formly-validation-error" aria-invalid="false">${
      o.placeholder
        ? `<option value="0: undefined" class="ng-star-inserted"${chosen === null ? ' selected=""' : ''}>${o.placeholder}</option>`
        : ''
    }${options
      .map(
        ([v, l], i) => `<option value="${i + offset}: ${v}" class="ng-star-inserted"${v === chosen ? ' selected=""' : ''}> ${l} </option>`,
      )
      .join('')}<!--container--></select>`,
    o,
  );
};
const group = (fields: string[], cls = '') =>
  `<formly-group class="${cls ? `${cls} ` : ''}ng-star-inserted">${fields.join('')}<!--container--></formly-group>`;
const panel = (label: string, fields: string[]) =>
  `<formly-field class="ng-star-inserted"><formly-wrapper-panel class="ng-star-inserted"><div class="card"><h3 class="card-header">${label}</h3><div class="card-body">${group(fields)}</div></div></formly-wrapper-panel></formly-field>`;

type Therapy = [drug: string, dose: string, start: string, stop: string, outcome: string];
const T0: Therapy = ['colchicine', '0.6 mg twice daily', '2026-01-05', '2026-06-30', 'Inadequate response'];
const T1: Therapy = ['anakinra', '100 mg daily', '2026-07-01', '2026-09-15', 'Injection-site reactions'];
const OUTCOMES: [string, string][] = [
  ['inadequate', 'Inadequate response'],
  ['injection-site', 'Injection-site reactions'],
  ['intolerance', 'Intolerance'],
];
const repeat = (items: Therapy[]) =>
  `<formly-field class="ng-star-inserted"><formly-repeat-section class="ng-star-inserted"><div class="mb-3"><legend class="ng-star-inserted">Prior therapies</legend><p class="ng-star-inserted">Most recent first</p>${items
    .map(
      (t) =>
        `<div class="row align-items-baseline ng-star-inserted"><formly-field class="col ng-star-inserted">${group(
          [
            bInput('drug', 0, 'Drug', t[0]),
            bInput('dose', 1, 'Dose and frequency', t[1]),
            bInput('start', 2, 'Start date', t[2], { type: 'date' }),
            bInput('stop', 3, 'Stop date', t[3], { type: 'date' }),
            bSelect('outcome', 4, 'Outcome', OUTCOMES, OUTCOMES.find(([, l]) => l === t[4])![0], { placeholder: 'Choose an outcome' }),
          ],
          'row',
        )}</formly-field><div class="col-1 d-flex align-items-center"><button type="button" class="btn btn-danger">-</button></div></div>`,
    )
    .join(
      '',
    )}<div style="margin: 30px 0px;"><button type="button" class="btn btn-primary">Add therapy</button></div></div></formly-repeat-section></formly-field>`;

const FREQ: [string, string][] = [
  ['Q4W', 'Every 4 weeks'],
  ['Q8W', 'Every 8 weeks'],
];
const DRUGS: [string, string][] = [
  ['ilaris', 'Ilaris (canakinumab)'],
  ['kineret', 'Kineret (anakinra)'],
];
const bootstrapPage = (o: { error?: string; items?: Therapy[] } = {}) =>
  `<form novalidate="" class="${ng}"><formly-form><formly-field>${group([
    panel('Patient', [
      bInput('memberId', 0, 'Member ID', ILARIS['patient.memberId'], { required: true, error: o.error }),
      bInput('dob', 1, 'Date of birth', '1988-03-14', { type: 'date', required: true }),
      bInput('weight', 2, 'Weight', '72', { type: 'number', addon: 'kg' }),
    ]),
    panel('Diagnosis', [bInput('icd10', 0, 'ICD-10 codes', 'M04.1, M06.1', { description: 'Comma-separated' })]),
    panel('Medication', [
      bSelect('drug', 0, 'Drug name', DRUGS, 'ilaris', { placeholder: 'Choose a drug' }),
      bInput('hcpcs', 1, 'HCPCS code', ILARIS['drug.hcpcs']),
      bInput('ndc', 2, 'NDC', ILARIS['drug.ndc'], { description: '11 digits, 5-4-2' }),
      bInput('dose', 3, 'Dose', '150', { type: 'number', addon: 'mg' }),
      bInput('units', 4, 'Billing units', '150', { type: 'number' }),
      bSelect('frequency', 5, 'Frequency', FREQ, 'Q4W', { placeholder: 'Choose a frequency' }),
    ]),
    panel('Labs', [
      bInput('crp', 0, 'CRP', '24', { type: 'number', addon: 'mg/L' }),
      bInput('crpDate', 1, 'CRP collection date', '2026-11-02', { type: 'date' }),
    ]),
    panel('Prescriber', [bInput('npi', 0, 'Prescriber NPI', ILARIS['prescriber.npi'])]),
    repeat(o.items ?? [T0, T1]),
  ])}</formly-field></formly-form><button type="submit" class="btn btn-primary">Submit</button></form>`;

const EXPECTED = { ...ISO_REQUEST, ...ISO_THERAPIES };

describe('ngx-formly Bootstrap theme', () => {
  it('reads the whole request: panels, addons, ngValue selects, the repeat section', () => {
    page(bootstrapPage());
    expect(read()).toEqual(EXPECTED);
    noDuplicatePaths();
  });

  it('implies the units in the input-group addons', () => {
    page(bootstrapPage());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a select left on its placeholder option (value "0: undefined") as empty', () => {
    page(
      `<form><formly-form>${group([bSelect('frequency', 0, 'Frequency', FREQ, null, { placeholder: 'Choose a frequency' }), bSelect('drug', 1, 'Drug name', DRUGS, null, { placeholder: 'Select...' })])}</formly-form></form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': '' });
  });

  it('takes no field from the repeat section\'s "-" and "Add therapy" buttons, and renumbers after a removal', () => {
    page(bootstrapPage({ items: [T1] }));
    expect(mapped().filter((m) => m.field.element.localName === 'button')).toEqual([]);
    expect(read()).toMatchObject({ 'priorTherapies.0.drug': 'anakinra', 'priorTherapies.0.outcome': 'Injection-site reactions' });
    expect(Object.keys(read()).filter((p) => p.startsWith('priorTherapies.1'))).toEqual([]);
  });

  it("reads a multicheckbox (form-check boxes, the group label's `for` naming no element) as the ticked labels", () => {
    const id = fid('multicheckbox', 'icd10', 0);
    page(
      `<form><formly-form>${group([
        bField(
          id,
          'ICD-10 codes',
          ['M04.1', 'M04.8', 'M06.1']
            .map(
              (c, i) =>
                `<div class="form-check ng-star-inserted"><input type="checkbox" class="form-check-input ${ng}" id="${id}_${i}" value="${c}"${c === 'M04.8' ? '' : ' checked=""'} aria-describedby="${id}-formly-validation-error" aria-invalid="false"><label class="form-check-label" for="${id}_${i}"> ${c} </label></div>`,
            )
            .join(''),
        ),
      ])}</formly-form></form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads floating-label fields (the label after the input inside div.form-floating)', () => {
    const float = (key: string, i: number, label: string, value: string) => {
      const id = fid('input', key, i);
      return `<formly-field class="ng-star-inserted"><formly-wrapper-form-field class="ng-star-inserted"><div class="mb-3 form-floating"><input class="form-control ${ng} ng-star-inserted" type="text" id="${id}" placeholder="${label}" aria-describedby="${id}-formly-validation-error" aria-invalid="false" value="${value}"><!--container--><label class="form-label ng-star-inserted" for="${id}"> ${label} </label></div></formly-wrapper-form-field></formly-field>`;
    };
    page(
      `<form><formly-form>${group([float('memberId', 0, 'Member ID', ILARIS['patient.memberId']), float('ndc', 1, 'NDC', ILARIS['drug.ndc']), float('hcpcs', 2, 'HCPCS code', '')])}</formly-form></form>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.ndc': ILARIS['drug.ndc'], 'drug.hcpcs': '' });
  });

  it('reads neither the validation message nor the description as a label', () => {
    page(bootstrapPage({ error: 'This field is required' }));
    expect(read()).toEqual(EXPECTED);
    nothingFrom('formly-validation-message');
    expect(field('patient.memberId')?.label).toMatch(/^Member ID\b/);
  });
});

// ---------- Material ----------
let labelN = 0;
const mField = (
  type: string,
  id: string,
  label: string,
  control: string,
  o: { required?: boolean; suffix?: string; iconSuffix?: string; hint?: string } = {},
) =>
  `<formly-field class="ng-star-inserted"><formly-wrapper-mat-form-field class="ng-star-inserted"><mat-form-field class="mat-mdc-form-field mat-mdc-form-field-type-${type} mat-form-field-appearance-fill mat-primary mat-form-field-should-float ng-star-inserted${o.suffix || o.iconSuffix ? ' mat-mdc-form-field-has-icon-suffix' : ''}"><div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--filled"><div class="mat-mdc-form-field-focus-overlay"></div><div class="mat-mdc-form-field-flex"><div class="mat-mdc-form-field-infix"><label matformfieldfloatinglabel="" class="mdc-floating-label mat-mdc-floating-label mdc-floating-label--float-above ng-star-inserted" id="mat-mdc-form-field-label-${(labelN += 2)}" for="${id}"><mat-label class="ng-star-inserted"> ${label} ${
    o.required
      ? '<span aria-hidden="true" class="mat-form-field-required-marker mat-mdc-form-field-required-marker ng-star-inserted">*</span>'
      : ''
  }</mat-label></label>${control}</div>${o.suffix ? `<div class="mat-mdc-form-field-text-suffix ng-star-inserted"><span class="ng-star-inserted">${o.suffix}</span></div>` : ''}${
    o.iconSuffix ? `<div class="mat-mdc-form-field-icon-suffix ng-star-inserted">${o.iconSuffix}</div>` : ''
  }</div><div class="mdc-line-ripple"></div></div><div class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align"><div class="mat-mdc-form-field-hint-wrapper ng-star-inserted">${
    o.hint
      ? `<mat-hint class="mat-mdc-form-field-hint mat-mdc-form-field-bottom-align ng-star-inserted" id="mat-mdc-hint-${labelN}">${o.hint}</mat-hint>`
      : ''
  }<div class="mat-mdc-form-field-hint-spacer"></div></div></div></mat-form-field></formly-wrapper-mat-form-field></formly-field>`;
const mInput = (
  key: string,
  index: number,
  label: string,
  value: string,
  o: { required?: boolean; suffix?: string; type?: string; hint?: string } = {},
) => {
  const id = fid('input', key, index);
  return mField(
    'mat-input',
    id,
    label,
    `<input matinput="" class="mat-mdc-input-element ${ng} mat-mdc-form-field-input-control mdc-text-field__input cdk-text-field-autofill-monitored ng-star-inserted" id="${id}" type="${o.type ?? 'text'}"${o.required ? ' required=""' : ''} aria-invalid="false" aria-required="${!!o.required}" value="${value}">`,
    o,
  );
};
const mSelect = (key: string, index: number, label: string, shown: string | null, placeholder = '') => {
  const id = fid('select', key, index);
  const labelId = `mat-mdc-form-field-label-${labelN + 2}`;
  return mField(
    'mat-select',
    id,
    label,
    `<mat-select role="combobox" aria-autocomplete="none" aria-haspopup="listbox" class="mat-mdc-select ${ng}${shown ? '' : ' mat-mdc-select-empty'} ng-star-inserted" id="${id}" aria-labelledby="${labelId} ${id}-value" tabindex="0" aria-expanded="false" aria-required="false" aria-disabled="false" aria-invalid="false"><div class="mat-mdc-select-trigger"><div class="mat-mdc-select-value" id="${id}-value">${
      shown
        ? `<span class="mat-mdc-select-value-text ng-star-inserted"><span class="mat-mdc-select-min-line ng-star-inserted">${shown}</span></span>`
        : `<span class="mat-mdc-select-placeholder mat-mdc-select-min-line ng-star-inserted">${placeholder}</span>`
    }</div><div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" focusable="false" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></div></div></div></mat-select>`,
  );
};
const mDate = (key: string, index: number, label: string, value: string) => {
  const id = fid('datepicker', key, index);
  return mField(
    'mat-input',
    id,
    label,
    `<input matinput="" class="mat-mdc-input-element mat-datepicker-input ${ng} mat-mdc-form-field-input-control mdc-text-field__input" id="${id}" aria-haspopup="dialog" aria-invalid="false" aria-required="false" value="${value}">`,
    {
      iconSuffix: `<mat-datepicker-toggle class="mat-datepicker-toggle ng-star-inserted" data-mat-calendar="mat-datepicker-${index}"><button mat-icon-button="" type="button" class="mdc-icon-button mat-mdc-icon-button mat-unthemed mat-mdc-button-base" aria-haspopup="dialog" aria-label="Open calendar" tabindex="0"><svg viewBox="0 0 24 24" width="24px" height="24px" fill="currentColor" focusable="false" aria-hidden="true" class="mat-datepicker-toggle-default-icon"><path d="M19 3h-1V1h-2v2H8V1H6v2H5z"></path></svg></button></mat-datepicker-toggle><!--container-->`,
    },
  );
};

const materialPage = () =>
  `<form novalidate="" class="${ng}"><formly-form><formly-field>${group([
    mInput('memberId', 0, 'Member ID', ILARIS['patient.memberId'], { required: true }),
    mDate('dob', 1, 'Date of birth', '3/14/1988'),
    mInput('weight', 2, 'Weight', '72', { type: 'number', suffix: 'kg' }),
    mInput('icd10', 3, 'ICD-10 codes', 'M04.1, M06.1', { hint: 'Comma-separated' }),
    mSelect('drug', 4, 'Drug name', ILARIS['drug.name']),
    mInput('hcpcs', 5, 'HCPCS code', ILARIS['drug.hcpcs']),
    mInput('ndc', 6, 'NDC', ILARIS['drug.ndc']),
    mInput('dose', 7, 'Dose', '150', { type: 'number', suffix: 'mg' }),
    mInput('units', 8, 'Billing units', '150', { type: 'number' }),
    mSelect('frequency', 9, 'Frequency', 'Every 4 weeks'),
    mInput('crp', 10, 'CRP', '24', { type: 'number', suffix: 'mg/L' }),
    mDate('crpDate', 11, 'CRP collection date', '11/2/2026'),
    mInput('npi', 12, 'Prescriber NPI', ILARIS['prescriber.npi']),
  ])}</formly-field></formly-form></form>`;

describe('ngx-formly Material theme', () => {
  it('reads the whole request from mat-form-fields, mat-selects and datepickers, with text-suffix units', () => {
    page(materialPage());
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '3/14/1988',
      'labs.crpDate': '11/2/2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('mat-datepicker-toggle');
    noDuplicatePaths();
  });

  it('reads a mat-select showing its placeholder as empty', () => {
    page(`<form><formly-form>${group([mSelect('frequency', 0, 'Frequency', null, 'Choose a frequency')])}</formly-form></form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });
});
