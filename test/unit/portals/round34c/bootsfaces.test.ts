import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * BootsFaces 1.6 (TheCoder4eu/BootsFaces-OSP at 067d722: src/main/java/net/bootsfaces/component/
 * inputText/InputTextRenderer.java, selectOneMenu/SelectOneMenuRenderer.java, selectMultiMenu/
 * SelectMultiMenuRenderer.java + gradleResources/staticResources/js/bootstrap-multiselect.js,
 * dateTimePicker/DateTimePickerRenderer.java + the bundled eonasdan bootstrap-datetimepicker 4,
 * dataTable/DataTableRenderer.java + the bundled DataTables 1.10.23 (Bootstrap 3 styling), panel/PanelRenderer.java,
 * modal/ModalRenderer.java, message/MessageRenderer.java, render/CoreRenderer.java, icon/IconRenderer.java):
 * - b:inputText col-md="6": `div.col-md-6#<clientId>` > `div.form-group` > `label[for=input_<clientId>].control-label`
 *   (` bf-required` when required) + `input#input_<clientId>[name=input_<clientId>].form-control`; a validation
 *   error adds `bf-error has-error` to the form-group; b:message after it is `div.alert.alert-danger.bf-message[role=alert]`
 *   > `span.bficon…[aria-hidden]` + `span.bf-message-summary` + `span.bf-message-detail`.
 * - b:selectOneMenu: `div.form-group#<clientId>` > `label[for=<clientId>Inner]` + `select#<clientId>Inner.form-control`
 *   of `option[data-label][value]`; readonly renders `disabled readonly`.
 * - b:selectMultiMenu: ids with ":" turned into "-": `div.form-group#<clientId>` > `label[for=<id>Inner]` +
 *   `select#<id>Inner[name=<id>][multiple].form-control.select-multi-menu`, which bootstrap-multiselect hides
 *   (`style="display: none;"`) and follows with `div.btn-group[style=display:block]` > `button.multiselect.
 *   dropdown-toggle.btn.btn-default[type=button][data-toggle=dropdown][title]` > `span.multiselect-selected-text`
 *   ("None selected"; the labels joined ", " up to numberDisplayed 3; else "N selected") + `b.caret`, then
 *   `ul.multiselect-container.dropdown-menu` (hidden by CSS until the btn-group is `open`) of `li[.active] > a[tabindex=0]
 *   > label.checkbox > input[type=checkbox][name=<id>:<index>][value]` + " label" (the boxes the server decodes).
 * - b:dateTimePicker with a label: `div.form-group#<clientId>` > `label[for=<clientId>_Input]` + `div.input-group.date
 *   #<clientId>Outer` > `input[type=text]#<clientId>_Input[name=<clientId>].form-control` + `span.input-group-addon >
 *   span > i#<clientId>_icon.glyphicon.glyphicon-calendar`; the open widget is inserted after the input:
 *   `div.bootstrap-datetimepicker-widget.dropdown-menu` > day table (`th.picker-switch`, `th.dow`, `td.day[data-day]`).
 *   mode="inline": the label, an empty `div.input-group.date#<clientId>Outer` the widget is drawn in (no
 *   `dropdown-menu`), and the value in `input[type=hidden]#<clientId>_Input[name=<clientId>]`.
 * - b:inputText tags="true": bootstrap-tagsinput 0.7.2 (bundled) clones the input (id and name kept, `form-control`
 *   moved to the container), puts `div.bootstrap-tagsinput.form-control` holding `span.tag.label.label-info` "code" +
 *   `span[data-role=remove]` per tag and the clone (value "", `size`) BEFORE the original, which it hides
 *   (`display: none`), strips of its id and fills with the tags joined ","; BootsFaces' script then empties the
 *   clone's name. With enableFiltering, b:selectMultiMenu's dropdown starts with `li.multiselect-item.filter` >
 *   `div.input-group` > `span.input-group-addon > i.glyphicon.glyphicon-search` + `input.form-control.multiselect-search`.
 * - b:dataTable: `table#<clientId>.table.table-striped.<id>Table` which DataTables wraps in `div#<id>_wrapper.
 *   dataTables_wrapper.form-inline.dt-bootstrap` with the length select (`label` "Show <select> entries") and the
 *   filter (`label` "Search:<input type=search>"), rows `tr[role=row].odd/.even`, the info and pagination after.
 *   multiColumnSearch="true" (position "bottom" by default) adds a `tfoot` row of `td.bf-multisearch` whose column
 *   title BootsFaces' script replaces with `div.form-group.has-feedback > input.form-control.input-sm.datatable-filter-field
 *   [placeholder=<title>]` + `i.fa.fa-search`.
 * - b:panel: `div.panel.panel-default#<clientId>` > `div.panel-heading > h4.panel-title` + `div#<id>_content` >
 *   `div.panel-body` (collapsible: `panel-collapse collapse in`, the heading's title an `a[data-toggle=collapse]`).
 * - b:modal: `div.modal#<clientId>[role=dialog][tabindex=-1][aria-labelledby=<clientId>_Label]` > `div.modal-dialog
 *   [role=document] > div.modal-content` > `div.modal-header` (`button.close[aria-label=Close]` "×", `h4.modal-title`)
 *   + `div.modal-body` + `div.modal-footer`; Bootstrap 3 opens it with `in` and `display: block`.
 */

const msg = (detail: string) =>
  `<div id="form:msg${detail.length}" class="alert alert-danger bf-message" style="" role="alert"><span class="bficon bficon-error-circle-o bf-message-icon" aria-hidden="true"></span><span class="bf-message-summary">Validation Error</span> <span class="bf-message-detail">${detail}</span></div>`;

type Extra = { required?: boolean; error?: string; col?: string; readonly?: boolean };

/** b:inputText (clientId `form:<id>`) */
const inputText = (id: string, label: string, value: string, o: Extra = {}) =>
  `<div class="${o.col ?? 'col-md-6'}" id="form:${id}"><div class="form-group ${o.error ? 'bf-error has-error' : ''}"><label for="input_form:${id}" class="${o.required ? ' bf-required ' : ''}control-label">${label}</label><input id="input_form:${id}" name="input_form:${id}" type="text" class="form-control${o.required ? ' bf-required' : ''}"${o.readonly ? ' readonly="readonly"' : ''}${value ? ` value="${value}"` : ''}></div></div>${o.error ? msg(o.error) : ''}`;

/** b:selectOneMenu */
const selectOne = (id: string, label: string, value: string, options: string[], o: Extra & { prompt?: string } = {}) =>
  `<div class="form-group " id="form:${id}"><label for="form:${id}Inner" class=" control-label">${label}</label><select id="form:${id}Inner" name="form:${id}Inner" class="form-control"${o.readonly ? ' disabled="disabled" readonly="readonly"' : ''}>${o.prompt ? `<option data-label="${o.prompt}" value=""${value ? '' : ' selected="true"'}>${o.prompt}</option>` : ''}${options
    .map((v) => `<option data-label="${v}" value="${v}"${v === value ? ' selected="true"' : ''}>${v}</option>`)
    .join('')}</select></div>`;

/** b:selectMultiMenu after bootstrap-multiselect ran */
function selectMulti(
  id: string,
  label: string,
  chosen: string[],
  options: string[],
  o: { open?: boolean; nonSelected?: string; filter?: string } = {},
) {
  const dashed = `form-${id}`;
  const text = !chosen.length ? (o.nonSelected ?? 'None selected') : chosen.length > 3 ? `${chosen.length} selected` : chosen.join(', ');
  return `<div id="form:${id}" class="form-group "><label for="${dashed}Inner" class=" control-label">${label}</label><select id="${dashed}Inner" name="${dashed}" class="form-control select-multi-menu" multiple="multiple" style="display: none;">${options
    .map((v) => `<option data-label="${v}" value="${v}"${chosen.includes(v) ? ' selected="true"' : ''}>${v}</option>`)
    .join(
      '',
    )}</select><div class="btn-group${o.open ? ' open' : ''}" style="display:block"><button type="button" class="multiselect dropdown-toggle btn btn-default" data-toggle="dropdown" title="${chosen.length ? chosen.join(', ') : text}"${o.open ? ' aria-expanded="true"' : ''}><span class="multiselect-selected-text">${text}</span> <b class="caret"></b></button><ul class="multiselect-container dropdown-menu">${
    o.filter !== undefined
      ? `<li class="multiselect-item filter" value="0"><div class="input-group"><span class="input-group-addon"><i class="glyphicon glyphicon-search"></i></span><input class="form-control multiselect-search" type="text" placeholder="Search" value="${o.filter}"></div></li>`
      : ''
  }${options
    .map(
      (v, i) =>
        `<li${chosen.includes(v) ? ' class="active"' : ''}><a tabindex="0"><label class="checkbox"><input type="checkbox" name="${dashed}:${i}" value="${v}"${chosen.includes(v) ? ' checked' : ''}> ${v}</label></a></li>`,
    )
    .join('')}</ul></div></div>`;
}

/** b:inputText tags="true" after bootstrap-tagsinput ran */
const tagsInput = (id: string, label: string, tags: string[]) =>
  `<div class="col-md-12" id="form:${id}"><div class="form-group "><label for="input_form:${id}" class="control-label">${label}</label><div class="bootstrap-tagsinput form-control">${tags
    .map((t) => `<span class="tag label label-info">${t}<span data-role="remove"></span></span> `)
    .join(
      '',
    )}<input id="input_form:${id}" name="" type="text" class="" size="1"></div><input name="input_form:${id}" type="text" class="form-control" value="${tags.join(',')}" style="display: none;"></div></div>`;

/** the eonasdan widget an open b:dateTimePicker inserts after its input */
const widget = `<div class="bootstrap-datetimepicker-widget dropdown-menu usetwentyfour bottom" style="display: block; top: 34px; bottom: auto; left: 0px; right: auto;"><ul class="list-unstyled"><li class="collapse in"><div class="datepicker"><div class="datepicker-days" style="display: block;"><table class="table-condensed"><thead><tr><th class="prev" data-action="previous"><span class="glyphicon glyphicon-chevron-left" title="Previous Month"></span></th><th class="picker-switch" data-action="pickerSwitch" colspan="5" title="Select Month">November 2026</th><th class="next" data-action="next"><span class="glyphicon glyphicon-chevron-right" title="Next Month"></span></th></tr><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th class="dow">${d}</th>`).join('')}</tr></thead><tbody><tr>${[
  1, 2, 3, 4, 5, 6, 7,
]
  .map(
    (d) =>
      `<td data-action="selectDay" data-day="11/0${d}/2026" class="day${d === 2 ? ' active' : ''}${d === 1 || d === 7 ? ' weekend' : ''}">${d}</td>`,
  )
  .join('')}</tr></tbody></table></div></div></li></ul></div>`;

/** b:dateTimePicker mode="inline": the widget drawn inside the empty `div.input-group.date`, the value in a hidden input */
const inlineDateTime = (id: string, label: string, value: string) =>
  `<div id="form:${id}" class="form-group "><label for="form:${id}_Input" class=" control-label">${label}</label><div class="input-group date" id="form:${id}Outer">${widget
    .replace(' dropdown-menu', '')
    .replace(
      / style="display: block; top[^"]*"/,
      '',
    )}</div><input id="form:${id}_Input" name="form:${id}" type="hidden" value="${value}"></div>`;

const dateTime = (id: string, label: string, value: string, o: { open?: boolean } = {}) =>
  `<div id="form:${id}" class="form-group "><label for="form:${id}_Input" class=" control-label">${label}</label><div class="input-group date" id="form:${id}Outer"><input type="text" id="form:${id}_Input" name="form:${id}" class="form-control"${value ? ` value="${value}"` : ''}>${o.open ? widget : ''}<span class="input-group-addon"><span><i id="form:${id}_icon" class="glyphicon glyphicon-calendar"></i></span></span></div></div>`;

const panel = (id: string, title: string, body: string) =>
  `<div id="form:${id}" class="panel panel-default"><div class="panel-heading"><h4 class="panel-title">${title}</h4></div><div id="form_${id}_content"><div id="form:${id}_body" class="panel-body ui-hidden-container"><div class="row">${body}</div></div></div></div>`;

/** a b:dataTable after DataTables drew it; `cells` are the rows' cell HTML */
const dataTable = (id: string, headers: string[], cells: string[][], plain = false, search?: string[]) =>
  `<div id="form:${id}_wrapper" class="dataTables_wrapper form-inline dt-bootstrap no-footer"><div class="row"><div class="col-sm-6">${plain ? '' : `<div class="dataTables_length" id="form:${id}_length"><label>Show <select name="form:${id}_length" aria-controls="form:${id}" class="form-control input-sm"><option value="10">10</option><option value="25">25</option><option value="50">50</option><option value="100">100</option></select> entries</label></div>`}</div><div class="col-sm-6">${plain ? '' : `<div id="form:${id}_filter" class="dataTables_filter"><label>Search:<input type="search" class="form-control input-sm" placeholder="" aria-controls="form:${id}"></label></div>`}</div></div><div class="row"><div class="col-sm-12"><table id="form:${id}" class="table table-striped table-hover form${id}Table dataTable no-footer" cellspacing="0" role="grid" aria-describedby="form:${id}_info" style="width: 100%;"><thead><tr role="row">${headers
    .map(
      (h, i) =>
        `<th class="${i ? 'sorting' : 'sorting_asc'}" tabindex="0" aria-controls="form:${id}" rowspan="1" colspan="1"${i ? '' : ' aria-sort="ascending"'} aria-label="${h}: activate to sort column ${i ? 'ascending' : 'descending'}">${h}</th>`,
    )
    .join('')}</tr></thead><tbody>${cells
    .map(
      (r, i) =>
        `<tr role="row" class="${i % 2 ? 'even' : 'odd'}">${r.map((c, j) => `<td${j ? '' : ' class="sorting_1"'}>${c}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody>${
    search
      ? `<tfoot><tr>${search
          .map(
            (v, i) =>
              `<td class="bf-multisearch"><div class="form-group has-feedback"><input class="form-control input-sm datatable-filter-field" type="text" placeholder="${headers[i]}"${v ? ` value="${v}"` : ''}><i class="fa fa-search form-control-feedback"></i></div></td>`,
          )
          .join('')}</tr></tfoot>`
      : ''
  }</table></div></div><div class="row"><div class="col-sm-5"><div class="dataTables_info" id="form:${id}_info" role="status" aria-live="polite">Showing 1 to ${cells.length} of ${cells.length} entries</div></div><div class="col-sm-7">${plain ? '' : `<div class="dataTables_paginate paging_simple_numbers" id="form:${id}_paginate"><ul class="pagination"><li class="paginate_button previous disabled" id="form:${id}_previous"><a href="#" aria-controls="form:${id}" data-dt-idx="0" tabindex="0">Previous</a></li><li class="paginate_button active"><a href="#" aria-controls="form:${id}" data-dt-idx="1" tabindex="0">1</a></li><li class="paginate_button next disabled" id="form:${id}_next"><a href="#" aria-controls="form:${id}" data-dt-idx="2" tabindex="0">Next</a></li></ul></div>`}</div></div></div>`;

/** a b:inputText inside a b:dataTable column (no label) */
const cellInput = (id: string, value: string) =>
  `<div id="form:therapies:${id}" class="form-group "><input id="input_form:therapies:${id}" name="input_form:therapies:${id}" type="text" class="form-control" value="${value}"></div>`;
/** the therapies' b:dataTable: paginated and searching by default (DataTables draws its length select and
 *  filter), or with paginated="false" searching="false" (`plain`) */
const therapyTable = (plain = false) =>
  dataTable(
    'therapies',
    ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
    THERAPY_ROWS.map((r, i) => r.map((v, j) => cellInput(`${i}:${['drug', 'dose', 'start', 'stop', 'outcome'][j]}`, v))),
    plain,
  );

const modal = (id: string, title: string, body: string, open = false) =>
  `<div id="${id}" class="modal${open ? ' in' : ''}" role="dialog" tabindex="-1" aria-labelledby="${id}_Label"${open ? ' style="display: block; padding-right: 15px;"' : ''}><div class="modal-dialog" role="document"><div class="modal-content"><div id="${id}_header" class="modal-header"><button type="button" class="close" aria-label="Close" data-dismiss="modal">&times;</button><h4 id="${id}_Label" class="modal-title">${title}</h4></div><div id="${id}_body" class="modal-body">${body}</div><div id="${id}_footer" class="modal-footer"><button type="button" class="btn btn-default" data-dismiss="modal">Cancel</button><button type="button" class="btn btn-primary">Save</button></div></div></div></div>`;

const form = (body: string, tail = '') =>
  `<div class="container"><form id="form" name="form" method="post" action="/pa/request.xhtml" enctype="application/x-www-form-urlencoded"><input type="hidden" name="form" value="form">${body}<button id="form:submit" name="form:submit" type="submit" class="btn btn-primary">Submit request</button><input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" value="-4811127736092473302:2470372516937451316" autocomplete="off"></form></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8', 'M08.1'];

describe('BootsFaces 1.6: b:inputText, b:selectOneMenu, b:selectMultiMenu, b:dateTimePicker, b:dataTable, b:panel, b:modal', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${panel('member', 'Member', `${inputText('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}<div class="col-md-6">${dateTime('dob', 'Date of birth', ILARIS['patient.dob'])}</div>${inputText('weight', 'Weight (kg)', '72')}`)}
        ${panel('diagnosis', 'Diagnosis', `<div class="col-md-12">${selectMulti('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}</div>`)}
        ${panel(
          'medication',
          'Medication',
          `<div class="col-md-6">${selectOne('drugName', 'Drug name', ILARIS['drug.name'], DRUGS, { prompt: 'Choose a drug' })}</div>${inputText('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${inputText('ndc', 'NDC', ILARIS['drug.ndc'])}${inputText('dose', 'Dose (mg)', '150')}${inputText('units', 'Billing units', '150')}<div class="col-md-6">${selectOne('frequency', 'Frequency', 'Every 4 weeks', FREQS)}</div>`,
        )}
        ${panel('labs', 'Labs', `${inputText('crp', 'CRP (mg/L)', '24')}<div class="col-md-6">${dateTime('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}</div>`)}
        ${panel('priorTherapies', 'Prior therapies', `<div class="col-md-12">${therapyTable()}</div>`)}
        ${panel('prescriber', 'Prescriber', inputText('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an input by its label, not the b:message of the field before it', () => {
    page(
      form(
        `${inputText('memberId', 'Member ID', '', { required: true, error: 'Member ID: Validation Error: Value is required.' })}${inputText('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a b:selectMultiMenu as its chosen codes, and nothing from its hidden select or the boxes of its dropdown', () => {
    page(form(selectMulti('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { open: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('ul.multiselect-container');
  });

  it('reads an empty b:selectMultiMenu ("None selected") as empty', () => {
    page(form(`${selectMulti('codes', 'ICD-10 codes', [], CODES)}${inputText('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a b:selectMultiMenu showing only "4 selected" as its four chosen codes', () => {
    page(form(selectMulti('codes', 'ICD-10 codes', CODES, CODES)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1, M04.8, M08.1' });
  });

  it('reads b:selectOneMenus, a read-only one too, and their "Choose" prompt as empty', () => {
    page(
      form(
        `${selectOne('drugName', 'Drug name', ILARIS['drug.name'], DRUGS, { prompt: 'Choose a drug', readonly: true })}${selectOne('frequency', 'Frequency', '', FREQS, { prompt: 'Choose a frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads an open b:dateTimePicker as its input, and nothing from the calendar widget inserted after it', () => {
    page(
      form(`${dateTime('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { open: true })}${dateTime('dob', 'Date of birth', '')}`),
    );
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'], 'patient.dob': '' });
    nothingFrom('.bootstrap-datetimepicker-widget');
  });

  it('reads nothing from a b:dataTable of past requests beside the form, nor from its search box and length select', () => {
    const past = dataTable(
      'history',
      ['Submitted', 'Drug', 'HCPCS', 'ICD-10', 'Status'],
      [
        ['03/02/2025', 'Kineret (anakinra)', 'J3590', 'M08.1', 'Denied'],
        ['09/18/2024', 'Actemra (tocilizumab)', 'J3262', 'M06.9', 'Approved'],
      ],
    );
    page(
      form(
        `${panel('past', 'Previous requests for this member', `<div class="col-md-12">${past}</div>`)}${panel('medication', 'Medication', `<div class="col-md-6">${selectOne('drugName', 'Drug name', ILARIS['drug.name'], DRUGS)}</div>${inputText('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${inputText('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`)}`,
      ),
    );
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('#form\\:history_wrapper');
  });

  it('reads nothing from a closed b:modal holding the last prior therapy edited', () => {
    const edit = `${inputText('editDrug', 'Drug', 'methotrexate')}${inputText('editDose', 'Dose', '15 mg weekly')}`;
    page(
      form(
        `${inputText('memberId', 'Member ID', ILARIS['patient.memberId'])}${panel('priorTherapies', 'Prior therapies', `<div class="col-md-12">${therapyTable(true)}</div>`)}`,
        modal('form:editTherapy', 'Edit prior therapy', edit),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
    nothingFrom('.modal');
  });

  it('reads a tags b:inputText as its tags, and nothing from the hidden original holding them joined', () => {
    page(form(`${tagsInput('codes', 'ICD-10 codes', ['M04.1', 'M06.1'])}${inputText('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads nothing from the search typed in an open b:selectMultiMenu filter box', () => {
    page(
      form(
        `${selectMulti('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { open: true, filter: 'M08' })}${inputText('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('ul.multiselect-container');
  });

  it('reads nothing from the column filters typed under a b:dataTable of past requests (multiColumnSearch)', () => {
    const past = dataTable(
      'history',
      ['Submitted', 'Drug', 'HCPCS', 'Status'],
      [['03/02/2025', 'Kineret (anakinra)', 'J3590', 'Denied']],
      false,
      ['', 'Kineret', 'J3590', ''],
    );
    page(
      form(
        `${panel('past', 'Previous requests for this member', `<div class="col-md-12">${past}</div>`)}${panel('medication', 'Medication', `<div class="col-md-6">${selectOne('drugName', 'Drug name', ILARIS['drug.name'], DRUGS)}</div>${inputText('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('#form\\:history_wrapper');
  });

  // misread: labs.crpDate is missing (not wrong): the date lives only in the `type=hidden` input the label names and
  // in the inline calendar's active day, and the reader collects neither
  it.fails('reads an inline b:dateTimePicker as the date its hidden input holds under the calendar', () => {
    page(form(`${inlineDateTime('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}${inputText('crp', 'CRP (mg/L)', '24')}`));
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'], 'labs.crpValue': '24' });
    nothingFrom('.bootstrap-datetimepicker-widget');
  });
});
