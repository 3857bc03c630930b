import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from './request';

/**
 * Semantic UI React 2.1 / 3.0 beta (Semantic-Org/Semantic-UI-React src/modules/Dropdown/
 * Dropdown.js, DropdownItem.js, DropdownText, src/collections/Form/FormField.js,
 * src/elements/Input, Label). Unlike the jQuery Semantic/Fomantic dropdown it carries ARIA roles
 * and renders every option, open or not (lazyLoad is off by default):
 * - Form.Field: `div.field > label[for=<id> when the control has an id]` then the control.
 * - Form.Input with a right label: `div.ui.right.labeled.input > input#<id>` + `div.ui.basic.label`.
 * - Dropdown `selection` (Form.Select): `div.ui.selection.dropdown[role=listbox]
 *   [aria-expanded=false][tabindex=0]` holding `div.divider.text[role=alert][aria-live=polite]`
 *   (the chosen text; `div.divider.default.text` the placeholder), `i.dropdown.icon`, and
 *   `div.menu.transition` of `div.item[role=option][aria-checked][aria-selected]` each with
 *   `span.text` (the chosen one `active selected item`).
 * - `search` (single or multiple): the dropdown is `role=combobox`, holds `input.search
 *   [aria-autocomplete=list]`, and its menu becomes `role=listbox`; `multiple` puts one
 *   `a.ui.label[value]` (text + `i.delete.icon`) per value before the input, a `span.sizer`
 *   after it, and drops the chosen values from the menu. With values, `div.text` still holds the
 *   placeholder (hidden by the stylesheet rule `.label ~ .text`).
 * - No hidden input or native select is rendered.
 */

let n = 0;
const uid = (p: string) => `${p}-${(n += 1)}`;

const fieldWrap = (label: string, id: string | null, control: string) =>
  `<div class="field"><label${id ? ` for="${id}"` : ''}>${label}</label>${control}</div>`;

const inputField = (label: string, value: string, unit?: string) => {
  const id = uid('f');
  const input = `<input id="${id}" type="text" value="${value}">`;
  return fieldWrap(
    label,
    id,
    unit
      ? `<div class="ui right labeled input">${input}<div class="ui basic label label">${unit}</div></div>`
      : `<div class="ui input">${input}</div>`,
  );
};

const item = (text: string, active: boolean, selected = active) =>
  `<div style="pointer-events: all;" role="option" aria-checked="${active}" aria-selected="${selected}" class="${active ? 'active ' : ''}${selected ? 'selected ' : ''}item"><span class="text">${text}</span></div>`;

const selection = (
  label: string,
  options: string[],
  chosen: string | null,
  o: { placeholder?: string; id?: boolean; search?: boolean } = {},
) => {
  const id = o.id ? uid('dd') : null;
  const text = chosen
    ? `<div aria-atomic="true" aria-live="polite" role="alert" class="divider text">${chosen}</div>`
    : o.placeholder
      ? `<div aria-atomic="true" aria-live="polite" role="alert" class="divider default text">${o.placeholder}</div>`
      : '';
  return fieldWrap(
    label,
    id,
    `<div${id ? ` id="${id}"` : ''} role="${o.search ? 'combobox' : 'listbox'}" aria-expanded="false" class="ui fluid ${o.search ? 'search ' : ''}selection dropdown"${o.search ? '' : ' tabindex="0"'}>
      ${o.search ? '<input aria-autocomplete="list" autocomplete="off" class="search" tabindex="0" type="text" value="">' : ''}
      ${text}<i aria-hidden="true" class="dropdown icon"></i>
      <div${o.search ? ' role="listbox" aria-multiselectable="false"' : ''} class="menu transition">${options.map((opt) => item(opt, opt === chosen)).join('')}</div>
    </div>`,
  );
};

const multiple = (label: string, options: string[], chosen: string[], placeholder = 'Search ICD-10 codes') =>
  fieldWrap(
    label,
    null,
    `<div role="combobox" aria-expanded="false" class="ui fluid multiple search selection dropdown">
      ${chosen.map((c) => `<a class="ui label" value="${c}">${c}<i aria-hidden="true" class="delete icon"></i></a>`).join('')}
      <input aria-autocomplete="list" autocomplete="off" class="search" tabindex="0" type="text" value="" style="width: 2.2em;">
      <span class="sizer"></span>
      <div aria-atomic="true" aria-live="polite" role="alert" class="divider${chosen.length ? '' : ' default'} text">${placeholder}</div>
      <i aria-hidden="true" class="dropdown icon"></i>
      <div role="listbox" aria-multiselectable="true" class="menu transition">${options
        .filter((o) => !chosen.includes(o))
        .map((o, i) => item(o, false, i === 0))
        .join('')}</div>
    </div>`,
  );

const form = (body: string) => `<form class="ui form">${body}</form>`;

describe('Semantic UI React Form: inputs with right labels, selection and search dropdowns', () => {
  it('reads the request; dropdowns by their shown text, not by the options their open-or-not menus hold', () => {
    page(
      form(`
      <h4 class="ui dividing header">Member</h4>
      ${inputField('Member ID', ILARIS['patient.memberId'])}
      ${inputField('Date of birth', ILARIS['patient.dob'])}
      <div class="two fields">${inputField('Weight', '158', 'lb')}${inputField('Height', '70', 'in')}</div>
      <h4 class="ui dividing header">Diagnosis</h4>
      ${multiple('ICD-10 codes', ['M04.1', 'M04.2', 'M04.8', 'M06.1'], ['M04.1', 'M06.1'])}
      <h4 class="ui dividing header">Medication</h4>
      ${selection('Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)', 'Arcalyst (rilonacept)'], ILARIS['drug.name'], { search: true })}
      ${inputField('HCPCS code', ILARIS['drug.hcpcs'])}
      ${inputField('NDC', ILARIS['drug.ndc'])}
      ${inputField('Dose', '150', 'mg')}
      ${inputField('Billing units', '150')}
      ${selection('Place of service', ['11 - Office', '19 - Off-campus outpatient hospital', '22 - On-campus outpatient hospital'], '11 - Office', { id: true })}
      <h4 class="ui dividing header">Labs</h4>
      ${inputField('CRP', '24', 'mg/L')}
      ${inputField('CRP collection date', ILARIS['labs.crpDate'])}
      <h4 class="ui dividing header">Prescriber</h4>
      ${inputField('Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.weight': '158',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.placeOfService': '11 - Office',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'lb', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('.menu');
    noDuplicatePaths();
  });

  it('reads the inputs with right-labelled units and the search dropdowns of a form that has no plain selection', () => {
    page(
      form(`
      ${inputField('Member ID', ILARIS['patient.memberId'])}
      ${inputField('Weight', '72', 'kg')}
      ${multiple('ICD-10 codes', ['M04.1', 'M04.2', 'M06.1'], ['M04.1', 'M06.1'])}
      ${selection('Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'], { search: true })}
      ${inputField('Dose', '150', 'mg')}
      ${inputField('CRP', '24', 'mg/dL')}`),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.weight': '72',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.name': ILARIS['drug.name'],
      'drug.dose': '150',
      'labs.crpValue': '24',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/dL' });
    nothingFrom('.menu');
    noDuplicatePaths();
  });

  it('reads a selection dropdown (role=listbox, every option rendered) once, by its div.text', () => {
    page(form(selection('Frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 8 weeks')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(mapped()).toHaveLength(1);
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a dropdown showing its default text as empty', () => {
    page(
      form(selection('Place of service', ['11 - Office', '22 - On-campus outpatient hospital'], null, { placeholder: 'Place of service' })),
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads multiple search labels without the delete icons or the placeholder hidden behind them', () => {
    page(form(multiple('ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(form(multiple('ICD-10 codes', ['M04.1', 'M06.1'], [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('pairs a compact unit dropdown with the weight input beside it', () => {
    page(
      form(
        `<div class="fields"><div class="twelve wide field">${inputField('Weight', '72')}</div><div class="four wide field">${selection('Unit', ['kg', 'lb'], 'kg')}</div></div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'patient.weightUnit': 'kg' });
  });
});
