import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ISO_REQUEST, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Backpack for Laravel CRUD v7 core, Tabler theme (Laravel-Backpack/CRUD at 148b819): src/resources/views/crud/
 * fields/{text,number,date,select_from_array,select_multiple,checklist}.blade.php, fields/inc/wrapper_start.blade.php
 * (`div.form-group.col-sm-12.mb-3[bp-field-wrapper][bp-field-name][bp-field-type][bp-section=crud-field]`, ` required`
 * added to its class), fields/inc/attributes.blade.php (`form-control`; selects `form-control form-select`),
 * create.blade.php, form_content.blade.php (card > card-body row; the error script: `is-invalid` on the inputs, the
 * wrapper classed `text-danger`, `div.invalid-feedback.d-block` appended to it), inc/show_tabbed_fields.blade.php
 * (nav-tabs with `role=tab` links, `div.tab-pane[role=tabpanel]`, only the first `active`), inc/form_save_buttons.blade.php,
 * widgets/datatable.blade.php + components/datatable/datatable.blade.php (search box `input[type=search]
 * .datatable-search-input`, `table#crudTable.crud-table`; rows drawn by DataTables 2 with text columns as
 * `td > span`, its length menu `div.dt-length > select + label`), components/datagrid.blade.php (a record's
 * read-only `div.bp-datagrid-item > div.bp-datagrid-title + div.bp-datagrid-content > span`).
 * - Core field labels are a bare `<label>` with no `for` before the control; `prefix`/`suffix` wrap it in
 *   `div.input-group` with `span.input-group-text`; `hint` is `p.help-block` after it. select_multiple and a multiple
 *   select_from_array put a hidden empty input of the same name before the select; allows_null adds `option[value=""]`
 *   "-". checklist: `label` (no for), a hidden input holding the chosen keys as JSON, `div.row.checklist-options-
 *   container > div.col-sm-4 > div.checkbox > label.font-weight-normal > input[type=checkbox][value=key]` + " text"
 *   (the boxes have no name; bpFieldInitChecklist ticks them from the JSON).
 * select2, select2_multiple, date_picker, relationship, repeatable and the list filters are Backpack PRO fields, whose
 * source is not public: not modelled.
 */

type W = { cls?: string; required?: boolean; hint?: string; prefix?: string; suffix?: string; error?: string };
const wrap = (name: string, type: string, label: string, control: string, w: W = {}) => {
  const inner =
    w.prefix || w.suffix
      ? `<div class="input-group">${w.prefix ? `<span class="input-group-text">${w.prefix}</span>` : ''}${control}${w.suffix ? `<span class="input-group-text">${w.suffix}</span>` : ''}</div>`
      : control;
  return `<div class="${w.cls ?? 'form-group col-sm-12 mb-3'}${w.required ? ' required' : ''}${w.error ? ' text-danger' : ''}" element="div" bp-field-wrapper="true" bp-field-name="${name}" bp-field-type="${type}" bp-section="crud-field">
    <label>${label}</label>
    ${inner}
    ${w.hint ? `<p class="help-block">${w.hint}</p>` : ''}${w.error ? `<div class="invalid-feedback d-block">${w.error}</div>` : ''}</div>`;
};
const input = (type: string, name: string, value: string, w: W = {}) =>
  `<input type="${type}" name="${name}" value="${value}" class="form-control${w.error ? ' is-invalid' : ''}">`;
const text = (name: string, label: string, value: string, w: W = {}) => wrap(name, 'text', label, input('text', name, value, w), w);
const number = (name: string, label: string, value: string, w: W = {}) => wrap(name, 'number', label, input('number', name, value, w), w);
const date = (name: string, label: string, value: string, w: W = {}) => wrap(name, 'date', label, input('date', name, value, w), w);
const selectArray = (name: string, label: string, options: string[], chosen: string | null, w: W = {}) =>
  wrap(
    name,
    'select_from_array',
    label,
    `<select name="${name}" class="form-control form-select"><option value="">-</option>${options.map((o, i) => (o === chosen ? `<option value="${i + 1}" selected>${o}</option>` : `<option value="${i + 1}">${o}</option>`)).join('')}</select>`,
    w,
  );
const selectMultiple = (name: string, label: string, options: string[], chosen: string[], w: W = {}) =>
  wrap(
    name,
    'select_multiple',
    label,
    `<input type="hidden" name="${name}" value="" /><select name="${name}[]" class="form-control form-select" bp-field-main-input multiple>${options.map((o, i) => (chosen.includes(o) ? `<option value="${i + 3}" selected>${o}</option>` : `<option value="${i + 3}">${o}</option>`)).join('')}</select>`,
    w,
  );
const checklist = (name: string, label: string, options: string[], chosen: string[], selectAll = false) =>
  wrap(
    name,
    'checklist',
    `${label}
    ${selectAll ? `<span class="fs-6 small checklist-select-all-inputs"><a href="javascript:void(0)" class="select-all-inputs">Select all</a> <a href="javascript:void(0)" class="unselect-all-inputs d-none">Unselect all</a></span>` : ''}`,
    `<input type="hidden" data-show-select-all="${selectAll}" value='${JSON.stringify(chosen.map((c) => String(options.indexOf(c) + 3)))}' name="${name}"><div class="row checklist-options-container">${options
      .map(
        (o, i) =>
          `<div class="col-sm-4"><div class="checkbox"><label class="font-weight-normal"><input type="checkbox" value="${i + 3}"${chosen.includes(o) ? ' checked="checked"' : ''}> ${o}</label></div></div>`,
      )
      .join('')}</div>`,
  );

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const half = 'form-group col-md-6 mb-3';

const saveButtons = `<div class="saveActions form-group my-3"><input type="hidden" name="_save_action" value="save_and_back"><div class="btn-group" role="group"><button type="submit" class="btn btn-success text-white"><span class="la la-save" role="presentation" aria-hidden="true"></span> &nbsp;<span data-value="save_and_back">Save and back</span></button><button type="button" class="bpSaveButtonsGroup btn btn-success text-white dropdown-toggle dropdown-toggle-split" data-toggle="dropdown" data-bs-toggle="dropdown" aria-expanded="false"><span class="d-none visually-hidden">Toggle Dropdown</span></button><ul class="dropdown-menu" aria-labelledby="bpSaveButtonsGroup"><li><button class="dropdown-item" type="button" data-value="save_and_edit">Save and edit this item</button></li><li><button class="dropdown-item" type="button" data-value="save_and_new">Save and new item</button></li></ul></div><a href="/admin/pa-request" class="btn btn-secondary text-decoration-none"><span class="la la-ban"></span> &nbsp;Cancel</a></div>`;
/** the create page: header, the form (its content given), save buttons; `after` = widgets after the form */
const createPage = (content: string, after = '') =>
  `<div class="page-wrapper"><div class="page-body"><main class="container-xl"><section class="header-operation container-fluid animated fadeIn d-flex mb-2 align-items-baseline d-print-none" bp-section="page-header"><h1 class="text-capitalize mb-0" bp-section="page-heading">PA requests</h1><p class="ms-2 ml-2 mb-0" bp-section="page-subheading">Add PA request.</p><p class="mb-0 ms-2 ml-2" bp-section="page-subheading-back-button"><small><a href="/admin/pa-request" class="d-print-none font-sm"><span><i class="la la-angle-double-left"></i> Back to all <span>PA requests</span></span></a></small></p></section><div class="row" bp-section="crud-operation-create"><div class="col-md-12 bold-labels"><form method="post" action="/admin/pa-request" id="crudForm"><input type="hidden" name="_token" value="pq8v3TkH2mN"><input type="hidden" name="_http_referrer" value="/admin/pa-request"><input type="hidden" name="_form_id" value="crudForm">${content}<div class="d-none" id="parentLoadedAssets">["bpFieldInitChecklist"]</div>${saveButtons}</form></div></div>${after}</main></div></div>`;
const card = (fields: string) => `<div class="card"><div class="card-body row">${fields}</div></div>`;

const patient = () =>
  `${text('member_id', 'Member ID', ISO_REQUEST['patient.memberId'], { cls: half, required: true, hint: 'As printed on the member card' })}${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'], { cls: half, required: true })}${number('weight', 'Weight', '72', { cls: half, suffix: 'kg' })}${selectMultiple('diagnoses', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { required: true })}`;
const medication = () =>
  `${selectArray('drug', 'Drug', DRUGS, ISO_REQUEST['drug.name'], { cls: half, required: true })}${text('hcpcs', 'HCPCS', 'J0638', { cls: half })}${text('ndc', 'NDC', '00078-0734-61', { cls: half })}${number('dose', 'Dose', '150', { cls: half, suffix: 'mg' })}${number('billing_units', 'Billing units', '150', { cls: half })}${selectArray('frequency', 'Frequency', FREQS, 'Every 4 weeks', { cls: half })}`;
const labs = () =>
  `${number('crp', 'CRP', '24', { cls: half, suffix: 'mg/L' })}${date('crp_date', 'CRP date', ISO_REQUEST['labs.crpDate'], { cls: half })}`;
const prescriber = () => text('prescriber_npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], { cls: half, required: true });

describe('Backpack for Laravel (core fields, Tabler): field wrappers, tabs, checklist, errors, datatable widget', () => {
  it('reads the full Ilaris request', () => {
    page(createPage(card(`${patient()}${medication()}${labs()}${prescriber()}`)));
    expect(read()).toEqual({ ...ISO_REQUEST });
    noDuplicatePaths();
  });

  it('reads every tab of a tabbed form, the hidden panes too', () => {
    const tabs = ['Patient', 'Medication', 'Labs'];
    const slug = (t: string) => t.toLowerCase();
    page(
      createPage(
        `${card(prescriber())}<div class="tab-container container mb-2"><div class="nav-tabs-custom row" id="form_tabs" data-form-id="crudForm"><ul class="nav flex-column nav-pills col-md-3" role="tablist">${tabs
          .map(
            (t, k) =>
              `<li role="presentation" class="nav-item"><a href="#tab_${slug(t)}_crudForm" aria-controls="tab_${slug(t)}_crudForm" role="tab" data-toggle="tab" tab_name="${slug(t)}" data-name="${slug(t)}" data-bs-toggle="tab" class="nav-link text-decoration-none ${k === 0 ? 'active' : ''}">${t}</a></li>`,
          )
          .join('')}</ul><div class="tab-content col-md-9">${[patient(), medication(), labs()]
          .map(
            (f, k) =>
              `<div role="tabpanel" class="tab-pane ${k === 0 ? ' active' : ''}" id="tab_${slug(tabs[k]!)}_crudForm"><div class="row">${f}</div></div>`,
          )
          .join('')}</div></div></div><input type="hidden" name="_current_tab" value="patient" />`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST });
  });

  it('reads a checklist as its ticked codes, not the JSON of their keys', () => {
    page(
      createPage(
        card(
          `${text('member_id', 'Member ID', ISO_REQUEST['patient.memberId'])}${checklist('diagnoses', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a checklist whose label holds the Select all / Unselect all links by its label, and a Backpack checkbox beside it', () => {
    page(
      createPage(
        card(
          `${checklist('diagnoses', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], true)}<div class="form-group col-sm-12 mb-3" element="div" bp-field-wrapper="true" bp-field-name="hospitalized" bp-field-type="checkbox" bp-section="crud-field"><div class="form-check d-flex mb-0 align-items-center"><input type="hidden" name="hospitalized" value="1"><input type="checkbox" data-init-function="bpFieldInitCheckbox" checked="checked" class="form-check-input"><label class="font-weight-normal fw-normal mb-0 ml-2 ms-2">Hospitalized in the last 30 days</label></div></div>`,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'clinical.hospitalization': 'Yes' });
  });

  it('reads a select left at its "-" as empty, and a multiple select with nothing chosen as empty', () => {
    page(
      createPage(
        card(
          `${selectArray('drug', 'Drug', DRUGS, null, { cls: half })}${selectArray('frequency', 'Frequency', FREQS, null, { cls: half })}${selectMultiple('diagnoses', 'ICD-10 codes', CODES, [])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it('reads fields flagged by the error script by their labels, not their messages', () => {
    page(
      createPage(
        `<div class="alert alert-danger text-danger"><ul class="list-unstyled mb-0"><li><i class="la la-info-circle"></i> The prescriber npi must be 10 digits.</li><li><i class="la la-info-circle"></i> The member id field is required.</li></ul></div>${card(
          `${text('member_id', 'Member ID', '', { cls: half, required: true, error: 'The member id field is required.' })}${text('prescriber_npi', 'Prescriber NPI', '123456789', { cls: half, required: true, error: 'The prescriber npi must be 10 digits.' })}${number('dose', 'Dose', '150', { cls: half, suffix: 'mg' })}`,
        )}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': '123456789', 'drug.dose': '150' });
  });

  // a datatable widget of the member's past requests and a datagrid of the last one under the form
  it('reads the form and nothing from a datatable widget of past requests or a datagrid of another record', () => {
    const past = [
      ['U4829163702', 'Kineret (anakinra)', '100', '2026-06-30'],
      ['U4829163702', 'Ilaris (canakinumab)', '300', '2025-11-12'],
    ];
    const columns = ['Member ID', 'Drug', 'Dose', 'Submitted'];
    const datatable = `<div class="card"><div class="card-header"><div class="card-title mb-0">Past requests</div></div><div class="card-body"><div class="card-wrapper datatable-widget-wrapper"><section class="header-operation datatable-header animated fadeIn d-flex mb-2 align-items-baseline d-print-none" bp-section="page-header"><h1 class="text-capitalize mb-0" bp-section="page-heading">PA requests</h1><p class="ms-2 ml-2 mb-0" id="datatable_info_stack_pastRequests" bp-section="page-subheading">Showing 1 to 2 of 2 entries.</p></section><div class="row mb-2 align-items-center"><div class="col-sm-9"></div><div class="col-sm-3"><div id="datatable_search_stack_pastRequests" class="mt-sm-0 mt-2 d-print-none datatable_search_stack"><div class="input-icon"><span class="input-icon-addon"><svg xmlns="http://www.w3.org/2000/svg" class="icon" width="24" height="24" viewBox="0 0 24 24"><path d="M21 21l-6 -6"></path></svg></span><input type="search" class="form-control datatable-search-input" data-table-id="pastRequests" placeholder="Search..."/><span class="input-icon-addon datatable-search-clear" role="button" tabindex="0" aria-label="Cancel" hidden><svg xmlns="http://www.w3.org/2000/svg" class="icon" width="24" height="24" viewBox="0 0 24 24"><path d="M18 6l-12 12"></path></svg></span></div></div></div></div><div class="table-responsive"><table id="pastRequests" class="table table-striped table-hover nowrap rounded card-table table-vcenter card d-table shadow-xs border-xs crud-table dataTable" cellspacing="0" aria-describedby="pastRequests_info"><thead><tr>${columns
      .map(
        (c) =>
          `<th data-orderable="true" data-priority="1" data-column-name="${c}" data-visible-in-table="true" data-can-be-visible-in-table="true" data-visible-in-modal="true" data-visible-in-export="true" data-force-export="false" class="dt-orderable-asc dt-orderable-desc"><span class="dt-column-title" role="button">${c}</span><span class="dt-column-order"></span></th>`,
      )
      .join(
        '',
      )}<th data-orderable="false" data-priority="1" data-visible-in-export="false" data-action-column="true">Actions</th></tr></thead><tbody>${past
      .map(
        (r, i) =>
          `<tr class="${i % 2 ? 'even' : 'odd'}">${r.map((v) => `<td><span>${v}</span></td>`).join('')}<td><a href="/admin/pa-request/${12 - i}/show" bp-button="show" class="btn btn-sm btn-link"><i class="la la-eye"></i> <span>Preview</span></a><a href="/admin/pa-request/${12 - i}/edit" bp-button="update" class="btn btn-sm btn-link"><i class="la la-edit"></i> <span>Edit</span></a></td></tr>`,
      )
      .join(
        '',
      )}</tbody></table></div><div class="dt-layout-row"><div class="dt-layout-cell dt-start"><div class="dt-length"><select name="pastRequests_length" aria-controls="pastRequests" class="form-select form-select-sm" id="dt-length-0"><option value="10">10</option><option value="25">25</option><option value="50">50</option></select><label for="dt-length-0"> entries per page</label></div></div><div class="dt-layout-cell dt-end"><div class="dt-info" aria-live="polite" id="pastRequests_info" role="status">Showing 1 to 2 of 2 entries</div></div></div></div></div></div>`;
    const datagrid = `<div class="card"><div class="card-header"><div class="card-title mb-0">Last request</div></div><div class="bp-datagrid p-3">${[
      ['Member ID', 'U4829163702'],
      ['Drug', 'Kineret (anakinra)'],
      ['Dose', '100'],
      ['CRP date', '2026-05-20'],
    ]
      .map(
        ([t, v]) =>
          `<div class="bp-datagrid-item size-3"><div class="bp-datagrid-title">${t}</div><div class="bp-datagrid-content"><span>${v}</span></div></div>`,
      )
      .join('')}</div></div>`;
    page(createPage(card(`${patient()}${medication()}${labs()}${prescriber()}`), `${datagrid}${datatable}`));
    expect(read()).toEqual({ ...ISO_REQUEST });
    nothingFrom('.datatable-widget-wrapper');
    nothingFrom('.bp-datagrid');
  });
});
