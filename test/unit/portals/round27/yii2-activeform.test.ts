import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Yii 2 ActiveForm with yii2-bootstrap5 (yiisoft/yii2@45e679d: framework/widgets/ActiveField.php (template
 * "{label}\n{input}\n{hint}\n{error}", begin(): `field-<inputId>` + `required`, aria-required/aria-invalid,
 * checkboxList/radioList skip the label's `for`, radioList role="radiogroup"), framework/helpers/BaseHtml.php
 * (getInputIdByName: `Therapy[0][drug]` → `therapy-0-drug`, activeListInput's hidden "unselect" input),
 * docs/guide/input-tabular-input.md; yiisoft/yii2-bootstrap5@472b040: src/ActiveField.php (`mb-3`, `form-control`,
 * `form-select`, `form-label`, hint `div.form-text.text-muted`, error `div.invalid-feedback`, check items
 * `div.form-check` > `input.form-check-input#iN` + `label.form-check-label`, the list's error inside its last item;
 * layouts horizontal (`mb-3 row`, `col-sm-2 col-form-label`, `div.col-sm-10`) and floating (input before label,
 * placeholder = label)), src/BaseHtml.php (auto ids `i0`…), src/ActiveForm.php (errorCssClass `is-invalid` on the
 * input); yiisoft/yii2-jui@36954157 src/DatePicker.php (an activeTextInput, dateFormat "MM/dd/yyyy") with jQuery UI
 * (jquery/jquery-ui@08b7044 ui/widgets/datepicker.js: `hasDatepicker` on the input, `div#ui-datepicker-div` at the
 * end of body, hidden by style after it was once shown, holding the header and `table.ui-datepicker-calendar`).
 */

type O = { hint?: string; error?: string; required?: boolean; label?: string | false; cls?: string; type?: string };
const id = (name: string) => name.toLowerCase().replace(/\]\[/g, '-').replace(/\[/g, '-').replace(/\]/g, '');
const input = (name: string, value: string, o: O = {}) =>
  `<input type="${o.type ?? 'text'}" id="${id(name)}" class="form-control${o.cls ? ` ${o.cls}` : ''}${o.error ? ' is-invalid' : ''}" name="${name}"${value ? ` value="${value}"` : ''}${o.required === false ? '' : ' aria-required="true"'}${o.error ? ' aria-invalid="true"' : ''}>`;
/** `$form->field($model, $attr)` around `widget`: label, input, hint, error */
const fieldOf = (name: string, label: string | false, widget: string, o: O & { skipFor?: boolean } = {}) =>
  `<div class="mb-3 field-${id(name)}${o.required === false ? '' : ' required'}">\n${label === false ? '' : `<label class="form-label"${o.skipFor ? '' : ` for="${id(name)}"`}>${label}</label>`}\n${widget}\n${o.hint ? `<div class="form-text text-muted">${o.hint}</div>` : ''}\n${o.skipFor ? '' : `<div class="invalid-feedback">${o.error ?? ''}</div>`}\n</div>`;
const text = (attr: string, label: string, value: string, o: O = {}) =>
  fieldOf(`Request[${attr}]`, label, input(`Request[${attr}]`, value, o), o);
const datePicker = (attr: string, label: string, value: string) =>
  fieldOf(`Request[${attr}]`, label, input(`Request[${attr}]`, value, { cls: 'hasDatepicker' }));

let auto = 0;
const checks = (type: 'checkbox' | 'radio', attr: string, label: string, items: [string, string][], chosen: string[]) => {
  const name = `Request[${attr}]`;
  const boxes = items
    .map(([v, t], i) => {
      const n = `i${auto++}`;
      return `<div class="form-check">\n<input type="${type}" id="${n}" class="form-check-input" name="${name}${type === 'checkbox' ? '[]' : ''}" value="${v}"${chosen.includes(v) ? ' checked' : ''}>\n<label class="form-check-label" for="${n}">${t}</label>\n${i === items.length - 1 ? '<div class="invalid-feedback"></div>\n' : ''}</div>\n`;
    })
    .join('\n');
  return fieldOf(
    name,
    label,
    `<input type="hidden" name="${name}" value=""><div id="${id(name)}"${type === 'radio' ? ' role="radiogroup"' : ''} aria-required="true">${boxes}</div>`,
    { skipFor: true },
  );
};
const CODES: [string, string][] = ['M04.1', 'M06.1', 'M04.8'].map((c) => [c, c]);
const FREQ: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const drugList = (chosen: string, o: O = {}) =>
  fieldOf(
    'Request[drug_name]',
    'Drug Name',
    `<select id="request-drug_name" class="form-select${o.error ? ' is-invalid' : ''}" name="Request[drug_name]" aria-required="true"${o.error ? ' aria-invalid="true"' : ''}>\n<option value="">Select a drug…</option>\n${[
      'Ilaris (canakinumab)',
      'Kineret (anakinra)',
    ]
      .map((t) => `<option value="${t}"${t === chosen ? ' selected' : ''}>${t}</option>`)
      .join('\n')}\n</select>`,
    o,
  );

const KEYS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
/** the tabular input of the guide: one row per Therapy model, `$form->field($t, "[$i]drug")->label(false)` per cell */
const therapyTable = (rows: (0 | 1 | null)[] = [0, 1]) =>
  `<h5>Prior therapies</h5><table class="table table-sm"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th><th></th></tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr>${KEYS.map((k) => {
          const name = `Therapy[${i}][${k}]`;
          const v = r === null ? '' : THERAPIES[`priorTherapies.${r}.${k}`];
          const o = { required: k !== 'stop', cls: k === 'start' || k === 'stop' ? 'hasDatepicker' : undefined };
          return `<td>${fieldOf(name, false, input(name, v, o), o)}</td>`;
        }).join('')}<td><button type="button" class="btn btn-link text-danger remove-therapy" title="Remove">✕</button></td></tr>`,
    )
    .join('')}</tbody></table><button type="button" class="btn btn-outline-secondary btn-sm add-therapy">Add therapy</button>`;

/** jQuery UI's one datepicker div, drawn for March 1988 once and hidden again (or shown) */
const uiDatepicker = (shown = false) => {
  const lead = new Date(1988, 2, 1).getDay();
  const cells = Array.from({ length: 35 }, (_, c) => {
    const d = c - lead + 1;
    const weekend = c % 7 === 0 || c % 7 === 6 ? ' ui-datepicker-week-end' : '';
    if (d < 1 || d > 31) return `<td class='${weekend} ui-datepicker-other-month ui-datepicker-unselectable ui-state-disabled'>&#xa0;</td>`;
    const cur = d === 14;
    return `<td class='${weekend}${cur ? ' ui-datepicker-days-cell-over ui-datepicker-current-day' : ''}' data-handler='selectDay' data-event='click' data-month='2' data-year='1988'><a class='ui-state-default${cur ? ' ui-state-active' : ''}' href='#' aria-current='${cur}' data-date='${d}'>${d}</a></td>`;
  });
  const days = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return `<div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="position: absolute; top: 262px; left: 212px; z-index: 1; display: ${shown ? 'block' : 'none'};"><div class='ui-datepicker-header ui-widget-header ui-helper-clearfix ui-corner-all'><a class="ui-datepicker-prev ui-corner-all" data-handler="prev" data-event="click" title="Prev"><span class="ui-icon ui-icon-circle-triangle-w">Prev</span></a><a class="ui-datepicker-next ui-corner-all" data-handler="next" data-event="click" title="Next"><span class="ui-icon ui-icon-circle-triangle-e">Next</span></a><div class='ui-datepicker-title'><span class='ui-datepicker-month'>March</span>&#xa0;<span class='ui-datepicker-year'>1988</span></div></div><table class='ui-datepicker-calendar'><thead><tr>${days
    .map(
      (d, i) => `<th scope='col'${i === 0 || i === 6 ? " class='ui-datepicker-week-end'" : ''}><span title='${names[i]}'>${d}</span></th>`,
    )
    .join(
      '',
    )}</tr></thead><tbody>${[0, 1, 2, 3, 4].map((r) => `<tr>${cells.slice(r * 7, r * 7 + 7).join('')}</tr>`).join('')}</tbody></table></div>`;
};

const layout = (form: string, tail = '') =>
  `<header><nav id="w0" class="navbar-expand-md navbar-dark bg-dark fixed-top navbar"><div class="container"><a class="navbar-brand" href="/">Provider Portal</a><button type="button" class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#w0-collapse" aria-controls="w0-collapse" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav nav"><li class="nav-item"><a class="nav-link active" href="/request/create">New request</a></li></ul></div></div></nav></header><main id="main" class="flex-shrink-0" role="main"><div class="container"><nav aria-label="breadcrumb"><ol id="w2" class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item active" aria-current="page">New request</li></ol></nav><div class="request-create"><h1>New prior authorization request</h1>${form}</div></div></main>${tail}`;
const activeForm = (body: string) =>
  `<form id="request-form" action="/request/create" method="post"><input type="hidden" name="_csrf" value="Qk1wT3Z1a0UhRg==">${body}<div class="form-group"><button type="submit" class="btn btn-success">Submit</button></div></form>`;

const whole = (o: { npiError?: boolean; therapies?: string } = {}) =>
  activeForm(
    `<h5>Patient</h5>${text('member_id', 'Member ID', ILARIS['patient.memberId'], { hint: 'As printed on the member card.' })}${datePicker('dob', 'Date of Birth', ILARIS['patient.dob'])}${text('weight_kg', 'Weight (kg)', '72')}<h5>Diagnosis</h5>${checks('checkbox', 'icd_codes', 'ICD-10 Codes', CODES, ['M04.1', 'M06.1'])}<h5>Medication</h5>${drugList(ILARIS['drug.name'])}${text('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose_mg', 'Dose (mg)', '150')}${text('billing_units', 'Billing Units', '150')}${checks('radio', 'frequency', 'Frequency', FREQ, ['q4w'])}<h5>Labs</h5>${text('crp_value', 'CRP (mg/L)', '24')}${datePicker('crp_date', 'CRP Collection Date', ILARIS['labs.crpDate'])}${o.therapies ?? therapyTable()}<h5>Prescriber</h5>${
      o.npiError
        ? text('prescriber_npi', 'Prescriber NPI', '', { error: 'Prescriber NPI cannot be blank.' })
        : text('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])
    }`,
  );
const WHOLE = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('Yii 2 ActiveForm (yii2-bootstrap5): fields, checkbox/radio lists, jui DatePicker, tabular therapies', () => {
  it('reads the full Ilaris request with its tabular Therapy inputs', () => {
    page(layout(whole(), uiDatepicker()));
    expect(read()).toEqual(WHOLE);
    expect(field('patient.memberId')?.label).toBe('Member ID');
    noDuplicatePaths();
  });

  it('names tabular inputs Therapy[i][k] (label(false)) by their column headers and rows', () => {
    page(layout(activeForm(therapyTable())));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('.invalid-feedback');
  });

  it('reads a checkboxList (label with no for, a hidden unselect input before it) as the ticked codes', () => {
    page(layout(activeForm(checks('checkbox', 'icd_codes', 'ICD-10 Codes', CODES, ['M04.1', 'M06.1']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('input[type=hidden]');
  });

  it('reads a radioList (role radiogroup) by its chosen label, an unanswered one as empty', () => {
    page(layout(activeForm(checks('radio', 'frequency', 'Frequency', FREQ, ['q8w']))));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    page(layout(activeForm(checks('radio', 'frequency', 'Frequency', FREQ, []))));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a dropDownList showing its prompt as empty', () => {
    page(layout(activeForm(drugList(''))));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads DatePicker inputs as shown, nothing from the jQuery UI calendar left at the end of body, open or hidden', () => {
    page(
      layout(
        activeForm(`${datePicker('dob', 'Date of Birth', ILARIS['patient.dob'])}${datePicker('crp_date', 'CRP Collection Date', '')}`),
        uiDatepicker(true),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('#ui-datepicker-div');
  });

  it('reads a field with its invalid-feedback error (is-invalid, aria-invalid) as empty, named by its label', () => {
    page(layout(whole({ npiError: true })));
    expect(read()).toEqual({ ...WHOLE, 'prescriber.npi': '' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a blank tabular row added for a third therapy as empty', () => {
    page(layout(whole({ therapies: therapyTable([0, 1, null]) })));
    expect(read()).toEqual({ ...WHOLE, ...Object.fromEntries(KEYS.map((k) => [`priorTherapies.2.${k}`, ''])) });
  });

  it('reads the horizontal layout (label col-sm-2, the input in col-sm-10 with its error and hint)', () => {
    const h = (attr: string, label: string, value: string, hint?: string) =>
      `<div class="mb-3 row field-request-${attr} required">\n<label class="col-sm-2 col-form-label" for="request-${attr}">${label}</label>\n<div class="col-sm-10">\n${input(`Request[${attr}]`, value)}\n<div class="invalid-feedback"></div>\n${hint ? `<div class="form-text text-muted">${hint}</div>` : ''}\n</div>\n</div>`;
    page(
      layout(
        activeForm(
          `${h('member_id', 'Member ID', ILARIS['patient.memberId'], 'As printed on the member card.')}${h('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs'])}${h('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads the floating layout (input before its label, the label as placeholder)', () => {
    const f = (attr: string, label: string, value: string) =>
      `<div class="mb-3 form-floating mt-3 field-request-${attr} required">\n<input type="text" id="request-${attr}" class="form-control" name="Request[${attr}]"${value ? ` value="${value}"` : ''} placeholder="${label}" aria-required="true">\n<label class="form-label" for="request-${attr}">${label}</label>\n<div class="invalid-feedback"></div>\n\n</div>`;
    page(
      layout(
        activeForm(
          `${f('member_id', 'Member ID', ILARIS['patient.memberId'])}${f('ndc', 'NDC', ILARIS['drug.ndc'])}${f('prescriber_npi', 'Prescriber NPI', '')}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.ndc': ILARIS['drug.ndc'], 'prescriber.npi': '' });
  });
});
