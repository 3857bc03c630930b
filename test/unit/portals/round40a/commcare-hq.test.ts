import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * CommCare HQ (dimagi/commcare-hq at 00402106: package.json pins bootstrap5 5.2.3, select2 4.1.0-rc.0, knockout 3.5.1,
 * datatables.net 1.11.3; corehq/apps/styleguide/templates/styleguide/bootstrap5/examples/basic_form.html,
 * form_invalid.html, date_only.html, select2_manual.html, toggles.html; corehq/apps/hqwebapp/templates/hqwebapp/
 * partials/bootstrap5/ko_select_toggle.html; corehq/apps/hqwebapp/static/hqwebapp/js/components/select_toggle.js):
 * - crispy (HQ's B5 helper): `form.form-horizontal[method=post]` > `fieldset` > `legend`, each field
 *   `div#div_id_<name>.row.mb-3` > `label[for=id_<name>].field-label` (required: `span.asteriskField` "*") +
 *   `div.field-control` > control, then `span.invalid-feedback` (error) and `div.form-text` (help).
 * - select2 4.1 (theme default) on `select.form-select.hqwebapp-select2`: the select gets `select2-hidden-accessible`,
 *   `aria-hidden=true`, `tabindex=-1`, and is followed by `span.select2.select2-container` > `span.selection` >
 *   `span.select2-selection--single[role=combobox][aria-labelledby]` > `span.select2-selection__rendered[role=textbox]
 *   [aria-readonly]` (or `span.select2-selection__placeholder`) + arrow, `span.dropdown-wrapper[aria-hidden]`; multiple:
 *   `ul.select2-selection__rendered` of `li.select2-selection__choice` (remove `button` "×" + `span…__choice__display`)
 *   and the inline search `textarea.select2-search__field`. Open, the dropdown `span.select2-container--open` is
 *   appended to body with its search `input.select2-search__field` and `ul[role=listbox]` of `li[role=option]`.
 * - select-toggle (Knockout component): `div.ko-select-toggle` > `select.d-none` (the value, options `selected`) +
 *   `div.btn-group-separated` of `button.btn.btn-outline-primary` (`.active` on the chosen; no aria-pressed).
 * - Tempus Dominus on `input.form-control` with `format: 'L'` (MM/DD/YYYY).
 * - DataTables 1.11 (B5 styling): `div.dataTables_wrapper.dt-bootstrap5` > length menu ("Show [10] entries"),
 *   `div.dataTables_filter > label` "Search:" + `input[type=search]`, `table.dataTable` with sortable `th`s.
 * - Web Apps (formplayer form entry, corehq/apps/cloudcare/templates/form_entry/templates.html at c8efb5ff, Knockout
 *   templates): `form.form.form-horizontal` > `div.question-container`; a question `div.q.form-group[.required]` >
 *   `label.caption.control-label[for=<entryId>]` holding the markdown caption (`span.webapp-markdown-output > p`), the
 *   help trigger and its closed help `div.modal.fade`, `span.hint-text`, `span.sr-only` "A response is required for
 *   this question."; then `div.widget-container` > `div.widget` > the entry (str: `input.form-control`; date:
 *   `div.input-group > input` + calendar addon; select: `fieldset` > `legend.sr-only` caption > `div.sel` > per choice
 *   `div.radio|checkbox > label > input[name=<entryId>] + span`, then a "Clear" button), the multimedia `img`/`audio`/
 *   `video` (hidden), the error `div`s; after the question `div.form-group-required-label[aria-hidden]` "Sorry, this
 *   response is required!". A repeat: `div.panel.rep` > `div.panel-heading > h3.caption`, `div.panel-body > div.children`
 *   of repetition groups (`div.gr.repetition` > `fieldset.gr-header` > `legend` caption + Delete Repeat button, then
 *   `fieldset` > `legend.sr-only[aria-hidden]` "Question Group" > `div.children.group-body` of questions), "Add new repeat".
 */

type Extra = { required?: boolean; help?: string; error?: string };
const crispy = (name: string, label: string, control: string, o: Extra = {}) =>
  `<div id="div_id_${name}" class="row mb-3"><label for="id_${name}" class="field-label${o.required ? ' requiredField' : ''}">${label}${o.required ? '<span class="asteriskField">*</span>' : ''}</label><div class="field-control">${control}${
    o.error ? `<span id="error_1_id_${name}" class="invalid-feedback"><strong>${o.error}</strong></span>` : ''
  }${o.help ? `<div id="hint_id_${name}" class="form-text">${o.help}</div>` : ''}</div></div>`;

const text = (name: string, label: string, value: string, o: Extra = {}) =>
  crispy(
    name,
    label,
    `<input type="text" name="${name}" class="textinput form-control${o.error ? ' is-invalid' : ''}" id="id_${name}" value="${value}"${o.required ? ' required' : ''}>`,
    o,
  );
const date = (name: string, label: string, value: string, o: Extra = {}) =>
  crispy(
    name,
    label,
    `<input type="text" name="${name}" class="form-control" id="id_${name}" value="${value}" data-td-target-input="nearest" autocomplete="off">`,
    o,
  );

let s2 = 0;
/** select2 on a single select; `placeholder` is the select2 placeholder (an empty first option) */
const select2 = (
  name: string,
  label: string,
  chosen: string,
  options: string[],
  o: Extra & { placeholder?: string; open?: boolean } = {},
) => {
  const k = ++s2;
  const shown = chosen
    ? `<span class="select2-selection__rendered" id="select2-id_${name}-container" role="textbox" aria-readonly="true" title="${chosen}">${chosen}</span>`
    : `<span class="select2-selection__rendered" id="select2-id_${name}-container" role="textbox" aria-readonly="true"><span class="select2-selection__placeholder">${o.placeholder ?? ''}</span></span>`;
  return crispy(
    name,
    label,
    `<select name="${name}" class="select form-select hqwebapp-select2 select2-hidden-accessible" id="id_${name}" data-select2-id="id_${name}" tabindex="-1" aria-hidden="true">${o.placeholder ? `<option value=""${chosen ? '' : ' selected'} data-select2-id="${k}0"></option>` : ''}${options
      .map((v, i) => `<option value="${v}"${v === chosen ? ' selected' : ''} data-select2-id="${k}${i + 1}">${v}</option>`)
      .join(
        '',
      )}</select><span class="select2 select2-container select2-container--default${o.open ? ' select2-container--below select2-container--open select2-container--focus' : ''}" dir="ltr" data-select2-id="${k}9" style="width: 100%;"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="${!!o.open}" tabindex="0" aria-disabled="false" aria-labelledby="select2-id_${name}-container"${o.open ? ` aria-owns="select2-id_${name}-results"` : ''}>${shown}<span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span>`,
    o,
  );
};
/** the open dropdown select2 appends to body, a search typed */
const select2Dropdown = (name: string, typed: string, shown: string[]) =>
  `<span class="select2-container select2-container--default select2-container--open" style="position: absolute; top: 412px; left: 260px;"><span class="select2-dropdown select2-dropdown--below" dir="ltr" style="width: 480px;"><span class="select2-search select2-search--dropdown"><input class="select2-search__field" type="search" tabindex="0" autocorrect="off" autocapitalize="none" spellcheck="false" role="searchbox" aria-autocomplete="list" autocomplete="off" aria-label="Search" aria-controls="select2-id_${name}-results" aria-activedescendant="select2-id_${name}-result-k1-0" value="${typed}"></span><span class="select2-results"><ul class="select2-results__options" role="listbox" id="select2-id_${name}-results" aria-expanded="true" aria-hidden="false">${shown
    .map(
      (v, i) =>
        `<li class="select2-results__option select2-results__option--selectable${i === 0 ? ' select2-results__option--highlighted' : ''}" id="select2-id_${name}-result-k1-${i}" role="option" aria-selected="false">${v}</li>`,
    )
    .join('')}</ul></span></span></span>`;

/** select2 on a multiple select: its chips and inline search */
const select2Multi = (name: string, label: string, chosen: string[], options: string[]) =>
  crispy(
    name,
    label,
    `<select name="${name}" class="selectmultiple form-select hqwebapp-select2 select2-hidden-accessible" id="id_${name}" multiple data-select2-id="id_${name}" tabindex="-1" aria-hidden="true">${options
      .map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected' : ''}>${v}</option>`)
      .join(
        '',
      )}</select><span class="select2 select2-container select2-container--default" dir="ltr" style="width: 100%;"><span class="selection"><span class="select2-selection select2-selection--multiple" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="-1" aria-disabled="false"><ul class="select2-selection__rendered" id="select2-id_${name}-container">${chosen
      .map(
        (v) =>
          `<li class="select2-selection__choice" title="${v}"><button type="button" class="select2-selection__choice__remove" tabindex="-1" title="Remove item" aria-label="Remove item" aria-describedby="select2-id_${name}-container-choice-q7-${v}"><span aria-hidden="true">×</span></button><span class="select2-selection__choice__display" id="select2-id_${name}-container-choice-q7-${v}">${v}</span></li>`,
      )
      .join(
        '',
      )}</ul><span class="select2-search select2-search--inline"><textarea class="select2-search__field" type="search" tabindex="0" autocorrect="off" autocapitalize="none" spellcheck="false" role="searchbox" aria-autocomplete="list" autocomplete="off" aria-label="Search" aria-describedby="select2-id_${name}-container" placeholder="" style="width: 0.75em;"></textarea></span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span>`,
  );

/** the select-toggle component as Knockout renders its template */
const selectToggle = (name: string, label: string, chosen: string, options: string[]) =>
  crispy(
    name,
    label,
    `<select-toggle params="name: '${name}', id: 'id_${name}', options: frequencyOptions, value: frequency"><div data-bind="template: { name: 'ko-select-toggle' }"><div class="ko-select-toggle"><select class="d-none" data-bind="foreach: options(), attr: htmlAttrs, value: value" name="${name}" id="id_${name}">${options
      .map(
        (v) =>
          `<option data-bind="value: $data.id, text: $data.text, attr: {selected: $data.selected}" value="${v}"${v === chosen ? ' selected="true"' : ''}>${v}</option>`,
      )
      .join('')}</select><div class="btn-group-separated" data-bind="foreach: options()">${options
      .map(
        (v) =>
          `<button class="btn btn-outline-primary${v === chosen ? ' active' : ''}" data-bind="css: {active: $data.selected, disabled: $parent.disabled}, click: click"><i data-bind="if: $data.icon, attr: {'class': $data.icon}" class=""></i><!-- ko text: $data.text -->${v}<!-- /ko --></button>`,
      )
      .join('')}</div></div></div></select-toggle>`,
  );

/** the prior therapies as a Knockout-bound table of inputs with its Add Row button */
const therapyTable = () =>
  `<table class="table table-striped"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th><th></th></tr></thead><tbody data-bind="foreach: therapies">${THERAPY_ROWS.map(
    (r) =>
      `<tr>${r.map((v) => `<td><input type="text" class="form-control" data-bind="value: $data" value="${v}"></td>`).join('')}<td><button type="button" class="btn btn-outline-danger" data-bind="click: $parent.removeTherapy"><i class="fa fa-trash"></i></button></td></tr>`,
  ).join(
    '',
  )}</tbody></table><button type="button" class="btn btn-outline-primary" data-bind="click: addTherapy"><i class="fa fa-plus"></i> Add Row</button>`;

/** a DataTables case list of other patients, with its length menu and search box */
const caseList = (search: string) =>
  `<div class="card" id="cases"><div class="card-body"><div id="case-table_wrapper" class="dataTables_wrapper dt-bootstrap5 no-footer"><div class="row"><div class="col-sm-12 col-md-6"><div class="dataTables_length" id="case-table_length"><label>Show <select name="case-table_length" aria-controls="case-table" class="form-select form-select-sm"><option value="10" selected>10</option><option value="25">25</option><option value="50">50</option></select> entries</label></div></div><div class="col-sm-12 col-md-6"><div id="case-table_filter" class="dataTables_filter"><label>Search:<input type="search" class="form-control form-control-sm" placeholder="" aria-controls="case-table" value="${search}"></label></div></div></div><div class="row"><div class="col-sm-12"><table class="table table-striped dataTable no-footer" id="case-table" aria-describedby="case-table_info"><thead><tr>${[
    'Name',
    'Member ID',
    'Date of birth',
    'Drug',
    'Last modified',
  ]
    .map(
      (h, i) =>
        `<th class="sorting${i === 0 ? ' sorting_asc' : ''}" tabindex="0" aria-controls="case-table" rowspan="1" colspan="1"${i === 0 ? ' aria-sort="ascending"' : ''} aria-label="${h}: activate to sort column ascending">${h}</th>`,
    )
    .join('')}</tr></thead><tbody>${[
    ['Maria Garcia', 'U1002934411', '07/22/1975', 'Kineret (anakinra)', '10/30/2026'],
    ['Jose Garcia', 'U5520193387', '01/03/1969', 'Humira (adalimumab)', '10/12/2026'],
  ]
    .map(
      (r, i) =>
        `<tr class="${i % 2 ? 'even' : 'odd'}">${r.map((v, j) => `<td${j === 0 ? ' class="sorting_1"' : ''}>${v}</td>`).join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody></table></div></div><div class="row"><div class="col-sm-12 col-md-5"><div class="dataTables_info" id="case-table_info" role="status" aria-live="polite">Showing 1 to 2 of 2 entries</div></div></div></div></div></div>`;

const form = (body: string, tail = '') =>
  `<div id="hq-content"><div class="container-fluid"><h1 class="page-title">Prior authorization request</h1><form class="form-horizontal" method="post" action="/a/demo/pa/submit/"><input type="hidden" name="csrfmiddlewaretoken" value="x8Kq2">${body}<div class="form-actions row"><div class="field-control"><button class="btn btn-primary" type="submit">Submit request</button><a href="#" class="btn btn-outline-primary">Cancel</a></div></div></form></div></div>${tail}`;
const fieldset = (legend: string, body: string) => `<fieldset><legend>${legend}</legend>${body}</fieldset>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('CommCare HQ (Bootstrap 5): crispy fields, select2, select-toggle, Tempus Dominus, DataTables', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${fieldset('Member', `${text('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`)}
        ${fieldset('Diagnosis', select2Multi('icd10_codes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8']))}
        ${fieldset(
          'Medication',
          `${select2('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { placeholder: 'Select a drug' })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${selectToggle('frequency', 'Frequency', 'Every 4 weeks', FREQ)}`,
        )}
        ${fieldset('Labs', `${text('crp', 'CRP (mg/L)', '24')}${date('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${fieldset('Prior therapies', therapyTable())}
        ${fieldset('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names crispy fields by their labels, without the asterisk, the invalid-feedback or the help text', () => {
    page(
      form(
        `${text('member_id', 'Member ID', '', { required: true, error: 'This field is required.', help: 'As printed on the insurance card' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, help: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a select2 by its original select once, and one showing its placeholder as empty', () => {
    page(
      form(
        `${select2('drug', 'Drug name', '', DRUGS, { placeholder: 'Select a drug' })}${select2('place', 'Frequency', 'Every 8 weeks', FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.select2-container');
  });

  it('reads the chosen drug while the select2 dropdown is open at the end of body, not its search or options', () => {
    page(
      form(
        `${select2('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { open: true })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
        select2Dropdown('drug', 'kin', ['Kineret (anakinra)']),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.select2-dropdown');
  });

  it('reads a multiple select2 as its chosen codes, not the chips’ remove crosses', () => {
    page(
      form(
        `${select2Multi('icd10_codes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a select-toggle by its hidden select (the active button), once', () => {
    page(form(`${selectToggle('frequency', 'Frequency', 'Every 8 weeks', FREQ)}${text('dose', 'Dose (mg)', '150')}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
    noDuplicatePaths();
  });

  it('reads Tempus Dominus date inputs as shown (MM/DD/YYYY), an empty one as empty', () => {
    page(form(fieldset('Dates', `${date('dob', 'Date of birth', ILARIS['patient.dob'])}${date('crp_date', 'CRP collection date', '')}`)));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('takes nothing from a DataTables case list of other patients beside the request, nor its search box', () => {
    page(
      `${caseList('Garcia')}${form(
        `${fieldset('Member', `${text('member_id', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ILARIS['patient.dob'])}`)}${fieldset('Medication', select2('drug', 'Drug name', ILARIS['drug.name'], DRUGS))}${fieldset('Prior therapies', therapyTable())}`,
      )}`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'drug.name': ILARIS['drug.name'],
      ...THERAPIES,
    });
    nothingFrom('#cases');
  });

  it('takes no member ID from the case list search box when the request has none of its own', () => {
    page(
      `${caseList('U1002934411')}${form(fieldset('Medication', `${select2('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${text('dose', 'Dose (mg)', '150')}`))}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
    nothingFrom('#cases');
  });

  it('takes nothing from a closed Bootstrap 5 modal still holding the last therapy edited', () => {
    const modal = `<div class="modal fade" id="edit-therapy-modal" tabindex="-1" aria-labelledby="edit-therapy-title" aria-hidden="true"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h4 class="modal-title" id="edit-therapy-title">Edit prior therapy</h4><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button></div><div class="modal-body"><form class="form-horizontal">${text('edit_drug', 'Drug', 'etanercept')}${text('edit_dose', 'Dose', '50 mg weekly')}${date('edit_start', 'Start date', '02/01/2025')}</form></div><div class="modal-footer"><button type="button" class="btn btn-outline-primary" data-bs-dismiss="modal">Cancel</button><button type="button" class="btn btn-primary">Save</button></div></div></div></div>`;
    page(
      form(
        `${fieldset('Medication', `${select2('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${text('dose', 'Dose (mg)', '150')}`)}${fieldset('Prior therapies', therapyTable())}`,
        modal,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', ...THERAPIES });
    nothingFrom('.modal');
  });
});

type Q = { required?: boolean; hint?: string; help?: string; error?: string };
/** a Web Apps question around its entry widget */
const question = (id: string, caption: string, widget: string, o: Q = {}) =>
  `<div class="col-sm-12"><div class="q form-group${o.required ? ' required' : ''}${o.error ? ' error' : ''}"><label class="caption control-label col-sm-3" id="${id}-label" for="${id}"><div class="${o.help ? 'row' : ''}"><span class="webapp-markdown-output${o.help ? ' col-md-11' : ''}"><p>${caption}</p></span>${
    o.help
      ? `<a class="help-text-trigger col-md-1" role="button" href="javascript:void(0)" title="Show help dialog"><i class="fa fa-question-circle"></i></a><div class="modal fade" role="dialog"><div class="modal-dialog"><div class="modal-content"><div class="modal-body"><p class="webapp-markdown-output" align="left">${o.help}</p><div class="widget-multimedia"><img class="img-responsive" style="display: none;"></div></div><div class="modal-footer"><button class="btn btn-default help-modal-close" data-dismiss="modal">Close</button></div></div></div></div>`
      : ''
  }</div><span class="hint-text"${o.hint ? '' : ' style="display: none;"'}>${o.hint ?? ''}</span>${o.required ? '<span class="sr-only">A response is required for this question.</span>' : ''}</label><div class="widget-container controls col-sm-9"><div class="widget">${widget}</div><div class="widget-multimedia"><img class="img-responsive" style="display: none;"><audio controls="controls" style="display: none;" tabindex="-1">Your browser does not support audio</audio><video controls="controls" style="display: none;" tabindex="-1">Your browser does not support video</video></div><div class="text-danger error-message"${o.error ? '' : ' style="display: none;"'}>${o.error ?? ''}</div><div class="text-danger error-message" style="display: none;"></div></div><span class="ix"></span><div class="eoq"></div></div><div class="form-group-required-label" aria-hidden="true"${o.required ? '' : ' style="display: none;"'}>Sorry, this response is required!</div></div>`;
const str = (id: string, caption: string, value: string, o: Q = {}) =>
  question(
    id,
    caption,
    `<input autocomplete="off" type="text" class="form-control" maxlength="32767" id="${id}" placeholder="" aria-required="${!!o.required}" value="${value}">`,
    o,
  );
const wDate = (id: string, caption: string, value: string, o: Q = {}) =>
  question(
    id,
    caption,
    `<div class="input-group"><input type="text" class="form-control" id="${id}" aria-required="${!!o.required}" value="${value}"><span class="input-group-addon"><i class="fa-solid fa-calendar-days"></i></span></div>`,
    o,
  );
const choices = (id: string, caption: string, multi: boolean, chosen: string[], options: string[], o: Q = {}) =>
  question(
    id,
    caption,
    `<fieldset><legend class="sr-only">${caption}</legend><div class="sel clear"><div>${options
      .map(
        (v, i) =>
          `<div class="${multi ? 'checkbox' : 'radio'}"><label><input id="group-${id}-choice-${i}" type="${multi ? 'checkbox' : 'radio'}" name="${id}" class="group-${id}" value="${v}"${chosen.includes(v) ? ' checked' : ''}><span class=""><p>${v}</p></span></label></div>`,
      )
      .join(
        '',
      )}</div><button class="btn btn-default btn-xs pull-right"${multi || !chosen.length ? ' style="display: none;"' : ''}>Clear</button></div></fieldset>`,
    o,
  );
const repetition = (caption: string, questions: string) =>
  `<div tabindex="-1" class="gr repetition"><fieldset class="gr-header" aria-labelledby="" style="display: block;"><div><legend><span class="caption webapp-markdown-output"><p>${caption}</p></span><button class="btn btn-danger del pull-right" href="#" aria-label="Delete Repeat"><i class="fa fa-remove"></i></button></legend></div><div></div><span class="ix"></span></fieldset><div><fieldset><legend aria-hidden="true" class="sr-only">Question Group</legend><div class="children group-body">${questions}</div></fieldset></div></div>`;
const repeat = (header: string, reps: string[]) =>
  `<div class="col-sm-12"><div class="panel panel-default rep"><div class="panel-heading"><h3 class="caption">${header}</h3><span class="ix"></span></div><div class="panel-body"><div class="children">${reps.join('')}</div><div class="alert alert-info empty" style="display: none;">This repeatable group is empty</div></div><div class="panel-footer"><button class="btn btn-default add" href="#" id="repeat-add-new"><i class="fa fa-plus"></i>Add new repeat</button></div></div></div>`;
const therapyReps = () =>
  repeat(
    'Prior therapies',
    [0, 1].map((i) =>
      repetition(
        `Prior therapy ${i + 1}`,
        (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
          .map((k) => {
            const v = THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`];
            const cap = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k];
            return k === 'start' || k === 'stop' ? wDate(`t${i}-${k}`, cap, v) : str(`t${i}-${k}`, cap, v);
          })
          .join(''),
      ),
    ),
  );
const webApp = (body: string) =>
  `<div id="webforms"><div class="webforms-nav-container"><div class="webforms-nav"><div class="formnav-container" style="display: none;"></div></div></div><div class="form-container js-form-container print-container"><div class="page-header"><h1 class="title">Prior authorization request</h1></div><form class="form form-horizontal"><div class="question-container"><div>${body}</div></div><div id="submit-button" class="form-actions form-group noprint-sub-container"><div class="col-sm-12"><button class="submit btn btn-primary btn-lg" type="submit"><i class="fa fa-spin fa-refresh" style="display: none;"></i>Submit</button></div></div></form></div></div>`;

describe('CommCare HQ Web Apps: formplayer questions, select lists, repeat groups', () => {
  it('reads the full Ilaris request', () => {
    page(
      webApp(
        `${str('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true })}${wDate('dob', 'Date of birth', ILARIS['patient.dob'], { required: true })}${str('weight', 'Weight (kg)', '72')}${choices('icd10', 'ICD-10 codes', true, ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}${str('drug', 'Drug name', ILARIS['drug.name'])}${str('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${str('ndc', 'NDC', ILARIS['drug.ndc'])}${str('dose', 'Dose (mg)', '150')}${str('units', 'Billing units', '150')}${choices('frequency', 'Frequency', false, ['Every 4 weeks'], FREQ)}${str('crp', 'CRP (mg/L)', '24')}${wDate('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}${therapyReps()}${str('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  // misread: the label reads 'Member ID The 11-character ID, starting with U As printed on the card': the closed help
  // `div.modal.fade` and the `span.hint-text` inside the `<label>` are kept in it (the values are right)
  it.fails('names a question by its caption, not its hint, closed help dialog, screen-reader note or the required note before it', () => {
    page(
      webApp(
        `${str('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true, hint: 'As printed on the card', help: 'The 11-character ID, starting with U' })}${str('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, help: 'Ten digits, from the NPPES registry' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the repetitions of a repeat group as the prior therapies, under their captions, not the hidden "Question Group" legends', () => {
    page(webApp(`${str('drug', 'Drug name', ILARIS['drug.name'])}${str('dose', 'Dose (mg)', '150')}${therapyReps()}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a multiple-choice list as its ticked codes and a single-choice list by its chosen option', () => {
    page(
      webApp(
        `${choices('icd10', 'ICD-10 codes', true, ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}${choices('frequency', 'Frequency', false, ['Every 8 weeks'], FREQ, { required: true })}${str('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 8 weeks',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads an empty required date with its error shown as empty, and the next question by its own caption', () => {
    page(
      webApp(
        `${wDate('crp_date', 'CRP collection date', '', { required: true, error: 'An answer is required.' })}${str('crp', 'CRP (mg/L)', '24')}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpDate': '', 'labs.crpValue': '24' });
    expect(field('labs.crpValue')?.label).toBe('CRP (mg/L)');
  });
});
