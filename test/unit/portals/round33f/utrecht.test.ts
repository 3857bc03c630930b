import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * NL Design System, Utrecht components (nl-design-system/utrecht at fa60c14; @utrecht/component-library-react
 * 14.0.2, @utrecht/web-component-library-stencil 4.2.1):
 * - CSS components as the React ones render them (packages/components-react/{form-field,form-label,textbox,
 *   fieldset,form-field-description,form-field-error-message,checkbox,form-field-checkbox,radio-group,
 *   checkbox-group}-react/src/index.tsx, RadioOption.tsx, component-library-react/src/{FormFieldTextbox,Select,
 *   DataList}.tsx): `div.utrecht-form-field.utrecht-form-field--text` (`--invalid`) > `div.utrecht-form-field__label
 *   > label.utrecht-form-label[for]`, then the description `div.utrecht-form-field-description` and, when
 *   invalid, `div.utrecht-form-field-error-message`, both BEFORE `div.utrecht-form-field__input >
 *   input.utrecht-textbox.utrecht-textbox--html-input[dir=auto][aria-describedby]` (React useId ids ":r1:").
 *   `select.utrecht-select.utrecht-select--html-select` of `option.utrecht-select__option`. Checkbox and radio
 *   groups: `div.utrecht-form-fieldset.utrecht-checkbox-group` (`utrecht-radio-group`) > `fieldset
 *   .utrecht-form-fieldset__fieldset[role=radiogroup for radios]` > `legend.utrecht-form-fieldset__legend` + one
 *   `div.utrecht-form-field--checkbox` per option whose `label.utrecht-form-label--checkbox[for]` WRAPS the input
 *   (`input.utrecht-form-field__input.utrecht-checkbox.utrecht-checkbox--custom`, one shared name) and its text.
 *   DataList: `dl.utrecht-data-list.utrecht-data-list--html-dl > div.utrecht-data-list__item >
 *   dt.utrecht-data-list__item-key + dd.utrecht-data-list__item-value.utrecht-data-list__item-value--html-dd`.
 * - Web components (packages/web-component-library-stencil/src/components/{form-field-textbox,form-field-checkbox,
 *   form-field-description,textbox,table*,drawer}.tsx, all `shadow: true`): `utrecht-form-field-textbox[label]
 *   [name][value]` draws in its root `div.utrecht-form-field` > `p.utrecht-form-field__label > label[for=input]`
 *   (the label prop + `slot[name=label]`), `utrecht-form-field-description#description` around
 *   `slot[name=description]`, `p.utrecht-form-field__input > input#input.utrecht-textbox`, the status div; and
 *   appends to its host a light `input[type=hidden][aria-hidden=true][name]` holding the value for the form.
 *   `utrecht-form-field-checkbox[label][name][value][checked]` draws `label[for=input]` wrapping `input#input
 *   [type=checkbox]` + " " + the label, and keeps a light hidden input holding the value when checked, "" when
 *   not. `utrecht-table` / `-header` / `-body` / `-row` / `-header-cell[scope=col]` / `-cell` are hosts given the
 *   roles table, rowgroup, row, columnheader, cell around a `<slot>`; `utrecht-textbox` draws a bare
 *   `input.utrecht-textbox` in its root. `utrecht-drawer` draws `dialog.utrecht-drawer` (open only with its
 *   `open` prop) around a `<slot>` for its light children.
 */

let rid = 0;
type Tb = { description?: string; error?: string; type?: string; readOnly?: boolean; name?: string };
const formField = (id: string, label: string, control: string, o: Tb = {}, descId = '', errId = '') =>
  `<div class="utrecht-form-field utrecht-form-field--text${o.error ? ' utrecht-form-field--invalid' : ''}"><div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${label}</label></div>${
    o.description ? `<div class="utrecht-form-field-description utrecht-form-field__description" id="${descId}">${o.description}</div>` : ''
  }${o.error ? `<div class="utrecht-form-field-error-message utrecht-form-field__error-message" id="${errId}">${o.error}</div>` : ''}<div class="utrecht-form-field__input">${control}</div></div>`;
const textbox = (id: string, label: string, value: string, o: Tb = {}) => {
  const [d, e] = [`:r${++rid}:`, `:r${++rid}:`];
  const describedby = [o.description ? d : '', o.error ? e : ''].filter(Boolean).join(' ');
  return formField(
    id,
    label,
    `<input id="${id}" name="${o.name ?? id}" type="${o.type ?? 'text'}" class="utrecht-textbox utrecht-textbox--html-input${o.error ? ' utrecht-textbox--invalid' : ''}${o.readOnly ? ' utrecht-textbox--readonly' : ''}"${
      describedby ? ` aria-describedby="${describedby}"` : ''
    }${o.error ? ' aria-invalid="true"' : ''} dir="auto"${o.readOnly ? ' readonly' : ''}${o.type === 'number' ? ' inputmode="numeric"' : ''} value="${value}">`,
    o,
    d,
    e,
  );
};
const select = (id: string, label: string, chosen: string, options: string[], prompt: string) =>
  formField(
    id,
    label,
    `<select id="${id}" name="${id}" class="utrecht-select utrecht-select--html-select"><option value="" class="utrecht-select__option"${chosen ? '' : ' selected'}>${prompt}</option>${options
      .map((v) => `<option value="${v}" class="utrecht-select__option"${v === chosen ? ' selected' : ''}>${v}</option>`)
      .join('')}</select>`,
  );
const choices = (kind: 'checkbox' | 'radio', name: string, legend: string, options: string[], chosen: string[]) => {
  const input =
    kind === 'checkbox'
      ? 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom'
      : 'utrecht-radio-button utrecht-radio-button--html-input';
  return `<div class="utrecht-form-fieldset utrecht-${kind === 'checkbox' ? 'checkbox' : 'radio'}-group"><fieldset${kind === 'radio' ? ' role="radiogroup"' : ''} class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-${kind === 'checkbox' ? 'checkbox' : 'radio'}-group__label">${legend}</legend>${options
    .map((v) => {
      const id = `:r${++rid}:`;
      return `<div class="utrecht-form-field utrecht-form-field--${kind}"><div class="utrecht-form-field__label utrecht-form-field__label--${kind}"><label class="utrecht-form-label utrecht-form-label--${kind}" for="${id}"><input type="${kind}" class="utrecht-form-field__input ${input}" id="${id}" name="${name}" value="${v}"${chosen.includes(v) ? ' checked' : ''}>${v}</label></div></div>`;
    })
    .join('')}</fieldset></div>`;
};
const dataList = (items: [string, string][]) =>
  `<dl class="utrecht-data-list utrecht-data-list--html-dl">${items
    .map(
      ([k, v]) =>
        `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${k}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${v}</dd></div>`,
    )
    .join('')}</dl>`;
const therapyTable = () =>
  `<table class="utrecht-table utrecht-table--html-table"><caption class="utrecht-table__caption">Prior therapies</caption><thead class="utrecht-table__header"><tr class="utrecht-table__row">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((h) => `<th class="utrecht-table__header-cell" scope="col">${h}</th>`)
    .join('')}</tr></thead><tbody class="utrecht-table__body">${THERAPY_ROWS.map(
    (r, i) =>
      `<tr class="utrecht-table__row">${r.map((v, j) => `<td class="utrecht-table__cell"><input class="utrecht-textbox utrecht-textbox--html-input" dir="auto" name="therapies.${i}.${j}" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;
const heading = (text: string) => `<h2 class="utrecht-heading-2">${text}</h2>`;
const form = (body: string, before = '') =>
  `<div class="utrecht-page-content"><main class="utrecht-page-content__main"><h1 class="utrecht-heading-1">Prior authorization request</h1>${before}<form class="utrecht-form" method="post">${body}<button type="submit" class="utrecht-button utrecht-button--primary-action">Submit</button></form></main></div>`;

/** the web components' shadow roots, as Stencil renders them */
const attr = (el: Element, a: string) => el.getAttribute(a) ?? '';
const TEMPLATES = {
  'utrecht-form-field-textbox': (el: Element) =>
    `<div class="utrecht-form-field utrecht-form-field--textbox${el.hasAttribute('invalid') ? ' utrecht-form-field--invalid' : ''}"><p class="utrecht-form-field__label"><label class="utrecht-form-label" for="input">${attr(el, 'label')}<slot name="label"></slot></label></p><utrecht-form-field-description id="description"><slot name="description"></slot></utrecht-form-field-description>${
      el.hasAttribute('invalid')
        ? '<utrecht-form-field-description status="invalid" class="utrecht-form-field__error-message" id="error-message"><slot name="error-message"></slot></utrecht-form-field-description>'
        : ''
    }<p class="utrecht-form-field__input"><input id="input" class="utrecht-form-field__input utrecht-textbox utrecht-textbox--html-input" type="${attr(el, 'type') || 'text'}" aria-describedby="description status${el.hasAttribute('invalid') ? ' error-message' : ''}" dir="auto" value="${attr(el, 'value')}"></p><div class="utrecht-form-field__status" id="status"><div class="utrecht-form-field-description utrecht-form-field-description--status"><slot name="status"></slot></div></div></div>`,
  'utrecht-form-field-description': (el: Element) =>
    `<div class="utrecht-form-field-description${attr(el, 'status') === 'invalid' ? ' utrecht-form-field-description--invalid' : ''}"><slot></slot></div>`,
  'utrecht-form-field-checkbox': (el: Element) =>
    `<div class="utrecht-form-field utrecht-form-field--checkbox"><p class="utrecht-form-field__label utrecht-form-field__label--checkbox"><label class="utrecht-form-label" for="input"><input id="input" type="checkbox" class="utrecht-form-field__input utrecht-checkbox utrecht-checkbox--custom utrecht-checkbox--html-input"${el.hasAttribute('checked') ? ' checked' : ''} value="${attr(el, 'value')}"> ${attr(el, 'label')}<slot name="label"></slot></label></p><utrecht-form-field-description class="utrecht-form-field__description" id="description"><slot name="description"></slot></utrecht-form-field-description><div class="utrecht-form-field__status" id="status"><div class="utrecht-form-field-description utrecht-form-field-description--status"><slot name="status"></slot></div></div></div>`,
  'utrecht-textbox': (el: Element) =>
    `<input class="utrecht-textbox utrecht-textbox--html-input" type="text" dir="auto" value="${attr(el, 'value')}">`,
  'utrecht-table': () => '<slot></slot>',
  'utrecht-table-header': () => '<slot></slot>',
  'utrecht-table-body': () => '<slot></slot>',
  'utrecht-table-row': () => '<slot></slot>',
  'utrecht-table-header-cell': () => '<slot></slot>',
  'utrecht-table-cell': () => '<slot></slot>',
  'utrecht-drawer': (el: Element) =>
    `<dialog class="utrecht-drawer utrecht-drawer--inline-end"${el.hasAttribute('open') ? ' open' : ''}><slot></slot></dialog>`,
};
const wcTextbox = (name: string, label: string, value: string, o: { description?: string; error?: string; type?: string } = {}) =>
  `<utrecht-form-field-textbox label="${label}" name="${name}" value="${value}"${o.type ? ` type="${o.type}"` : ''}${o.error ? ' invalid' : ''}>${o.description ? `<span slot="description">${o.description}</span>` : ''}${
    o.error ? `<span slot="error-message">${o.error}</span>` : ''
  }<input type="hidden" aria-hidden="true" name="${name}" value="${value}"></utrecht-form-field-textbox>`;
const wcCheckbox = (name: string, label: string, checked: boolean) =>
  `<utrecht-form-field-checkbox label="${label}" name="${name}" value="${label}"${checked ? ' checked' : ''}><input type="hidden" name="${name}" value="${checked ? label : ''}"></utrecht-form-field-checkbox>`;
const wcTherapyTable = () =>
  `<utrecht-table role="table"><utrecht-table-header role="rowgroup"><utrecht-table-row role="row">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((h) => `<utrecht-table-header-cell scope="col" role="columnheader">${h}</utrecht-table-header-cell>`)
    .join('')}</utrecht-table-row></utrecht-table-header><utrecht-table-body role="rowgroup">${THERAPY_ROWS.map(
    (r) =>
      `<utrecht-table-row role="row">${r.map((v) => `<utrecht-table-cell role="cell"><utrecht-textbox value="${v}"></utrecht-textbox></utrecht-table-cell>`).join('')}</utrecht-table-row>`,
  ).join('')}</utrecht-table-body></utrecht-table>`;

describe('NL Design System / Utrecht: form field, textbox, select, checkbox and radio groups, data list, web components', () => {
  it('reads the full Ilaris request (CSS components)', () => {
    page(
      form(
        `${heading('Member')}${textbox('memberId', 'Member ID', ILARIS['patient.memberId'], { description: 'As printed on the insurance card' })}${textbox('dob', 'Date of birth', '1988-03-14', { type: 'date' })}${textbox('weight', 'Weight (kg)', '72', { type: 'number' })}${heading('Diagnosis')}${choices('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}${heading('Medication')}${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Choose a drug')}${textbox('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textbox('ndc', 'NDC', ILARIS['drug.ndc'])}${textbox('dose', 'Dose (mg)', '150', { type: 'number' })}${textbox('units', 'Billing units', '150', { type: 'number' })}${choices('radio', 'frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], ['Every 4 weeks'])}${heading('Labs')}${textbox('crp', 'CRP (mg/L)', '24', { type: 'number' })}${textbox('crpDate', 'CRP collection date', '2026-11-02', { type: 'date' })}${therapyTable()}${heading('Prescriber')}${textbox('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': '1988-03-14',
      'labs.crpDate': '2026-11-02',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a textbox by its label, not the description and error message drawn between them', () => {
    page(
      form(
        `${textbox('memberId', 'Member ID', 'U48291637', { description: 'As printed on the insurance card', error: 'A member ID has 11 characters' })}${textbox('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { description: 'Ten digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U48291637', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a select showing its empty prompt option as empty, and checkbox and radio groups by their ticked labels', () => {
    page(
      form(
        `${select('drug', 'Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Choose a drug')}${choices('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M06.1', 'M04.8'])}${choices('radio', 'frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], ['Once'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': 'M06.1, M04.8', 'drug.frequency': 'Once' });
  });

  it('reads nothing from a data list summarising the previous request above the form', () => {
    const previous = `${heading('Previous request PA-2026-0412 (denied)')}${dataList([
      ['Member ID', ILARIS['patient.memberId']],
      ['Drug name', 'Kineret (anakinra)'],
      ['HCPCS code', 'J3490'],
      ['Dose (mg)', '100'],
      ['Prescriber NPI', '1000000004'],
    ])}`;
    page(
      form(
        `${heading('Medication')}${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Choose a drug')}${textbox('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textbox('dose', 'Dose (mg)', '150', { type: 'number' })}${textbox('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        previous,
      ),
    );
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.dose': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('dl.utrecht-data-list');
  });

  it('reads web component form fields by the labels in their shadow roots, and nothing from the hidden inputs they append', () => {
    renderComponents(
      form(
        `${wcTextbox('memberId', 'Member ID', ILARIS['patient.memberId'], { description: 'As printed on the insurance card' })}${wcTextbox('dob', 'Date of birth', '1988-03-14', { type: 'date' })}${wcTextbox('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${wcTextbox('dose', 'Dose (mg)', '150', { type: 'number' })}${wcTextbox('npi', 'Prescriber NPI', '123456789', { error: 'An NPI has ten digits' })}`,
      ),
      TEMPLATES,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': '1988-03-14',
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.dose': '150',
      'prescriber.npi': '123456789',
    });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    noDuplicatePaths();
  });

  // misread: the codes are not read: the three hosts' boxes are grouped ("M04.1, M06.1") but the group is named
  // by its first box's own label in its shadow root ("M04.1"), not the light fieldset's legend, so it maps to nothing
  it.fails('reads utrecht-form-field-checkbox hosts under a fieldset legend as the ticked codes', () => {
    renderComponents(
      form(
        `${wcTextbox('memberId', 'Member ID', ILARIS['patient.memberId'])}<div class="utrecht-form-fieldset"><fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">ICD-10 codes</legend>${wcCheckbox('icd', 'M04.1', true)}${wcCheckbox('icd', 'M06.1', true)}${wcCheckbox('icd', 'M04.8', false)}</fieldset></div>`,
      ),
      TEMPLATES,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  // misread: no therapy is read: the boxes in the `utrecht-textbox` roots are collected with no column (the
  // `utrecht-table-header-cell[role=columnheader]` hosts around slots name none) and no row, so they map to nothing
  it.fails('reads prior therapies from a utrecht-table of web components holding utrecht-textbox cells', () => {
    renderComponents(
      form(`${wcTextbox('memberId', 'Member ID', ILARIS['patient.memberId'])}${heading('Prior therapies')}${wcTherapyTable()}`),
      TEMPLATES,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
  });

  it('reads nothing from a closed utrecht-drawer holding the fields of another request', () => {
    const drawer = `<utrecht-drawer align="inline-end">${heading('Request PA-2026-0412')}${wcTextbox('prevDrug', 'Drug name', 'Kineret (anakinra)')}${wcTextbox('prevHcpcs', 'HCPCS code', 'J3490')}${wcTextbox('prevDose', 'Dose (mg)', '100')}</utrecht-drawer>`;
    renderComponents(
      `${form(`${wcTextbox('drug', 'Drug name', ILARIS['drug.name'])}${wcTextbox('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${wcTextbox('dose', 'Dose (mg)', '150', { type: 'number' })}`)}${drawer}`,
      TEMPLATES,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'], 'drug.dose': '150' });
    nothingFrom('utrecht-drawer');
  });

  it('names a web component form field by its slotted label', () => {
    renderComponents(
      form(
        `<utrecht-form-field-textbox name="memberId" value="${ILARIS['patient.memberId']}"><span slot="label">Member ID</span><input type="hidden" aria-hidden="true" name="memberId" value="${ILARIS['patient.memberId']}"></utrecht-form-field-textbox><utrecht-form-field-textbox name="npi" value="${ILARIS['prescriber.npi']}"><span slot="label">Prescriber NPI</span><span slot="description">Ten digits</span><input type="hidden" aria-hidden="true" name="npi" value="${ILARIS['prescriber.npi']}"></utrecht-form-field-textbox>`,
      ),
      TEMPLATES,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads the request, not the read-only textboxes of the previous request before it in the form', () => {
    page(
      form(
        `${heading('Previous request PA-2026-0412 (denied)')}${textbox('prevDrug', 'Drug name', 'Kineret (anakinra)', { readOnly: true })}${textbox('prevDose', 'Dose (mg)', '100', { readOnly: true, type: 'number' })}${heading('Medication')}${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Choose a drug')}${textbox('dose', 'Dose (mg)', '150', { type: 'number' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
  });
});
