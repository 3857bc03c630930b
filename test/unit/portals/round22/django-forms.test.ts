import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Django 5.2 forms (django/django, read through the code index: django/forms/templates/django/forms/div.html (5.x
 * as_div: per field a `<div>` > label_tag or, for a widget with use_fieldset, `<fieldset>` + legend_tag, then
 * `div.helptext#<id>_helptext`, the errors, the widget), django/forms/boundfield.py#label_tag (label_suffix ":"; a
 * legend gets `for` only when the widget's id_for_label gives one), django/forms/widgets.py (SelectDateWidget: three
 * selects `<name>_month/_day/_year` in DATE_FORMAT order, ids `id_<name>_month`…, use_fieldset, no "---" option
 * when required; MultiWidget/SplitDateTimeWidget: `<name>_0`/`<name>_1` text boxes, id_for_label "" so the legend
 * has no `for`; RadioSelect/CheckboxSelectMultiple: id_for_label "" without an index, use_fieldset), 5.x
 * widgets/multiple_input.html (`div#id_<name>` > `div` > `label[for] > input` + " text") and table.html/p.html;
 * 5.2 errors: `ul.errorlist#id_<name>_error`, the widget `aria-invalid="true"` and aria-describedby naming them.
 * Formsets: the management form's hidden `form-TOTAL_FORMS`…, forms prefixed `form-0-`, `form-__prefix__-` in
 * `empty_form` (kept in a `<template>` or, as tutorials do, a `div#empty_form[style="display:none"]`).
 * django-crispy-forms with crispy-bootstrap5 (django-crispy-forms/crispy-bootstrap5 at a109daa:
 * templates/bootstrap5/field.html, layout/help_text_and_errors.html, layout/field_errors_block.html,
 * layout/help_text.html, layout/radio_checkbox_select.html): `div#div_id_<name>.mb-3` > `label.form-label
 * .requiredField` + `span.asteriskField` "*", the control classed `form-control`/`form-select`, `div.invalid-feedback
 * #id_<name>_error > p#error_1_id_<name> > strong`, then `div#id_<name>_helptext.form-text`.
 */

const attrs = (name: string, o: { help?: boolean; error?: boolean; required?: boolean } = {}) => {
  const described = [o.error ? `id_${name}_error` : '', o.help ? `id_${name}_helptext` : ''].filter(Boolean).join(' ');
  return `${o.required === false ? '' : ' required'}${o.error ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''} id="id_${name}"`;
};
type D = { type?: string; help?: string; error?: string; required?: boolean; extra?: string };
const errorlist = (name: string, error?: string) => (error ? `<ul class="errorlist" id="id_${name}_error"><li>${error}</li></ul>` : '');
const helptext = (name: string, help?: string) => (help ? `<div class="helptext" id="id_${name}_helptext">${help}</div>` : '');

/** one field of `{{ form.as_div }}` (or `{{ form }}`, div being the default since 4.1's template) */
const div = (name: string, label: string, value: string, o: D = {}) =>
  `<div>\n    <label for="id_${name}">${label}:</label>\n    ${helptext(name, o.help)}\n    ${errorlist(name, o.error)}\n    <input type="${o.type ?? 'text'}" name="${name}"${value ? ` value="${value}"` : ''}${o.extra ?? ''}${attrs(name, { help: !!o.help, error: !!o.error, required: o.required })}>\n</div>`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const sel = (name: string, options: [string | number, string | number][], chosen: string | number) =>
  `<select name="${name}" required id="id_${name}">${options.map(([v, t]) => `\n  <option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`).join('')}\n\n</select>`;
/** SelectDateWidget(years=range(1926, 2027)) in en: month, day, year */
const selectDate = (name: string, label: string, y: number, m: number, d: number) =>
  `<div>\n      <fieldset>\n      <legend for="id_${name}_month">${label}:</legend>\n    ${sel(
    `${name}_month`,
    MONTHS.map((t, i) => [i + 1, t]),
    m,
  )}${sel(
    `${name}_day`,
    Array.from({ length: 31 }, (_, i) => [i + 1, i + 1]),
    d,
  )}${sel(
    `${name}_year`,
    Array.from({ length: 101 }, (_, i) => [1926 + i, 1926 + i]),
    y,
  )}\n    </fieldset>\n</div>`;
/** SplitDateTimeWidget: date and time text boxes under a legend with no `for` */
const splitDateTime = (name: string, label: string, date: string, time: string) =>
  `<div>\n      <fieldset>\n      <legend>${label}:</legend>\n    <input type="text" name="${name}_0" value="${date}" required id="id_${name}_0"><input type="text" name="${name}_1" value="${time}" required id="id_${name}_1">\n    </fieldset>\n</div>`;
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const checkboxes = (chosen: string[]) =>
  `<div>\n      <fieldset>\n      <legend>ICD-10 codes:</legend>\n    <div id="id_codes">${CODES.map(
    (c, i) =>
      `<div>\n    <label for="id_codes_${i}"><input type="checkbox" name="codes" value="${c}" id="id_codes_${i}"${chosen.includes(c) ? ' checked' : ''}>\n ${c}</label>\n\n</div>`,
  ).join('')}\n</div>\n    </fieldset>\n</div>`;
const FREQ: [string, string][] = [
  ['', '---------'],
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const select = (name: string, label: string, chosen: string) =>
  `<div>\n    <label for="id_${name}">${label}:</label>\n    ${sel(name, FREQ, chosen)}\n</div>`;

const management = (total: number, initial: number) =>
  `<input type="hidden" name="form-TOTAL_FORMS" value="${total}" id="id_form-TOTAL_FORMS"><input type="hidden" name="form-INITIAL_FORMS" value="${initial}" id="id_form-INITIAL_FORMS"><input type="hidden" name="form-MIN_NUM_FORMS" value="0" id="id_form-MIN_NUM_FORMS"><input type="hidden" name="form-MAX_NUM_FORMS" value="1000" id="id_form-MAX_NUM_FORMS">`;
/** one form of a model formset with can_delete, as_div; `pk` adds its hidden id in the last field's div */
const therapyForm = (prefix: string, i: 0 | 1 | null, pk?: number) => {
  const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => (i === null ? '' : ISO_THERAPIES[`priorTherapies.${i}.${k}`]);
  const p = `form-${prefix}-`;
  return `${div(`${p}drug`, 'Drug', v('drug'), { extra: ' maxlength="100"' })}${div(`${p}dose`, 'Dose', v('dose'), { extra: ' maxlength="100"' })}${div(`${p}start`, 'Start date', v('start'), { type: 'date' })}${div(`${p}stop`, 'Stop date', v('stop'), { type: 'date', required: false })}${div(`${p}outcome`, 'Outcome', v('outcome'), { extra: ' maxlength="200"' })}<div>\n    <label for="id_${p}DELETE">Delete:</label>\n    <input type="checkbox" name="${p}DELETE" id="id_${p}DELETE">\n${pk ? `<input type="hidden" name="${p}id" value="${pk}" id="id_${p}id">` : ''}</div>`;
};
const formset = (emptyForm: 'template' | 'div' = 'template') =>
  `<h2>Prior therapies</h2>\n${management(2, 2)}${therapyForm('0', 0, 41)}${therapyForm('1', 1, 42)}\n${
    emptyForm === 'template'
      ? `<template id="empty-form">${therapyForm('__prefix__', null)}</template>`
      : `<div id="empty_form" style="display:none">${therapyForm('__prefix__', null)}</div>`
  }<button type="button" id="add-therapy">Add another therapy</button>`;

const form = (body: string) =>
  `<main><h1>New prior authorization request</h1><form method="post" action="/requests/new/"><input type="hidden" name="csrfmiddlewaretoken" value="q8VnXk2u7HkZ">${body}<button type="submit">Submit</button></form></main>`;

const fullPage = (therapies = formset()) =>
  form(`<h2>Patient</h2>
${div('member_id', 'Member ID', ILARIS['patient.memberId'], { help: 'As printed on the member card.', extra: ' maxlength="20"' })}
${selectDate('date_of_birth', 'Date of birth', 1988, 3, 14)}
${div('weight_kg', 'Weight (kg)', '72', { type: 'number', extra: ' step="any"' })}
<h2>Diagnosis</h2>
${checkboxes(['M04.1', 'M06.1'])}
<h2>Medication</h2>
${div('drug_name', 'Drug name', ILARIS['drug.name'], { extra: ' maxlength="100"' })}
${div('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'], { extra: ' maxlength="5"' })}
${div('ndc', 'NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2.', extra: ' maxlength="13"' })}
${div('dose_mg', 'Dose (mg)', '150', { type: 'number', extra: ' step="any"' })}
${div('billing_units', 'Billing units', '150', { type: 'number', extra: ' min="1"' })}
${select('frequency', 'Frequency', 'q4w')}
<h2>Labs</h2>
${div('crp_mg_l', 'CRP (mg/L)', '24', { type: 'number', extra: ' step="any"' })}
${splitDateTime('crp_collected', 'CRP collected', '2026-11-02', '09:30:00')}
${therapies}
<h2>Prescriber</h2>
${div('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { extra: ' maxlength="10"' })}`);

const WHOLE = {
  ...ILARIS,
  ...ISO_THERAPIES,
  'patient.dob': '3/14/1988',
  'labs.crpDate': '2026-11-02',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
};

// crispy-bootstrap5
const crispy = (name: string, label: string, value: string, o: { required?: boolean; error?: string; help?: string } = {}) =>
  `<div id="div_id_${name}" class="mb-3"> <label for="id_${name}" class="form-label${o.required ? ' requiredField' : ''}">\n                ${label}${o.required ? '<span class="asteriskField">*</span>' : ''} </label> <input type="text" name="${name}"${value ? ` value="${value}"` : ''} maxlength="20" class="textinput form-control${o.error ? ' is-invalid' : ''}"${attrs(name, { help: !!o.help, error: !!o.error, required: !!o.required })}> ${
    o.error ? `<div id="id_${name}_error" class="invalid-feedback"><p id="error_1_id_${name}"><strong>${o.error}</strong></p></div>` : ''
  }${o.help ? `<div id="id_${name}_helptext" class="form-text">${o.help}</div>` : ''} </div>`;

describe('Django 5 forms: as_div, SelectDateWidget, SplitDateTimeWidget, CheckboxSelectMultiple, formsets', () => {
  it('reads the full Ilaris request from {{ form }} and a prior-therapy formset', () => {
    page(fullPage());
    expect(read()).toEqual(WHOLE);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads a SelectDateWidget (month, day, year selects under a legend) as one date', () => {
    page(form(selectDate('date_of_birth', 'Date of birth', 1988, 3, 14)));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988' });
  });

  it('reads a SplitDateTimeWidget as its date, the time box no second date', () => {
    page(form(splitDateTime('crp_collected', 'CRP collected', '2026-11-02', '09:30:00')));
    expect(read()).toEqual({ 'labs.crpDate': '2026-11-02' });
  });

  it('reads CheckboxSelectMultiple as the ticked codes, named by its legend', () => {
    page(form(checkboxes(['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('names a field by its label (with its suffix colon), the helptext and the errorlist being no label', () => {
    page(
      form(
        `${div('member_id', 'Member ID', ILARIS['patient.memberId'], { help: 'As printed on the member card.' })}${div('prescriber_npi', 'Prescriber NPI', '', { error: 'This field is required.' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID:');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI:');
  });

  it('reads as_table (label in th, helptext after a br) and as_p output', () => {
    page(
      form(
        `<table><tr>\n    <th><label for="id_member_id">Member ID:</label></th>\n    <td>\n      <input type="text" name="member_id" value="${ILARIS['patient.memberId']}" required aria-describedby="id_member_id_helptext" id="id_member_id">\n        <br>\n        <span class="helptext" id="id_member_id_helptext">As printed on the member card.</span>\n    </td>\n  </tr><tr>\n    <th><label for="id_drug_name">Drug name:</label></th>\n    <td>\n      <input type="text" name="drug_name" value="${ILARIS['drug.name']}" required id="id_drug_name">\n    </td>\n  </tr></table><p>\n    <label for="id_prescriber_npi">Prescriber NPI:</label>\n    <input type="text" name="prescriber_npi" value="${ILARIS['prescriber.npi']}" required id="id_prescriber_npi">\n    </p>`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('takes nothing from the formset management form nor the empty form kept in a template', () => {
    page(fullPage());
    expect(read()).toEqual(WHOLE);
    nothingFrom('template');
    nothingFrom('input[type=hidden]');
  });

  it('takes nothing from the empty form kept in a hidden div#empty_form', () => {
    page(fullPage(formset('div')));
    expect(read()).toEqual(WHOLE);
    nothingFrom('#empty_form');
  });
});

describe('django-crispy-forms, bootstrap5 pack', () => {
  it('names fields by their form-label without the asterisk, the invalid-feedback and the form-text', () => {
    page(
      form(
        `${crispy('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true, help: 'As printed on the member card.' })}${crispy('prescriber_npi', 'Prescriber NPI', '', { required: true, error: 'This field is required.' })}${crispy('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a CheckboxSelectMultiple drawn as form-check boxes under a legend', () => {
    const boxes = CODES.map(
      (c, i) =>
        `<div class="form-check">\n        <input type="checkbox" class="form-check-input"  name="codes" value="${c}" id="id_codes_${i}"${i < 2 ? ' checked' : ''}>\n        <label for="id_codes_${i}" class="form-check-label">\n            ${c}\n        </label>\n     </div>`,
    ).join('');
    page(
      form(
        `<div id="div_id_codes" class="mb-3"><fieldset>\n            <legend class="form-label requiredField fs-6">\n                ICD-10 codes<span class="asteriskField">*</span> </legend><div >${boxes}</div></fieldset></div>`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
