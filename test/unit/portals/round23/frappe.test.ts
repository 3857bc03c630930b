import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Frappe v15 desk form (frappe/frappe, read through the code index): form/controls/base_input.js at 0ad615e
 * (make_wrapper: `div.frappe-control` > `div.form-group` > `div.clearfix` > `label.control-label` (no `for`, `reqd` when
 * mandatory) + `span.help`, then `div.control-input-wrapper` > `div.control-input` + `div.control-value
 * .like-disabled-input` (the read-only display, shown instead of the input) + `p.help-box`; `has-error` on the
 * wrapper when a mandatory field is empty), controls/data.js (`input.input-with-feedback.form-control[type=text]
 * [autocomplete=off][maxlength=140][data-fieldtype][data-fieldname][placeholder][data-doctype]`), controls/link.js at
 * 003effc (`div.link-field.ui-front` > the input + `span.link-btn` > `a.btn-clear` and `a.btn-open`, Awesomplete's
 * items drawn as `div[role=option] > p[title] > strong`), Awesomplete 1.1 as captured in the index (`div.awesomplete`
 * wrapping the input `[role=combobox][aria-owns][aria-expanded]`, `ul[role=listbox][hidden]` and the visually-hidden
 * status "Begin typing for results."), controls/date.js at 0346a96 (a Data input with air-datepicker, its pickers
 * kept in `div.datepickers-container` at the end of body; date format mm/dd/yyyy from System Settings),
 * controls/select.js (`select.input-with-feedback.form-control.ellipsis` + `div.select-icon` in `control-input`),
 * controls/check.js and a rendered v15 form captured in the index (Check: `div.checkbox > label > span.input-area >
 * input` + `span.disp-area` + `span.label-area`; `span.tooltip-content` after each form-group; Table:
 * `div.grid-field` > `label.control-label` + `div.form-grid-container > div.form-grid > div.grid-heading-row` (a
 * `div.grid-row > div.data-row.row` of `div.row-check`, `div.row-index` "No.", `div.grid-static-col[data-fieldname]
 * [title] > div.field-area[display:none] + div.static-area`) + `div.grid-body > div.rows`, then the footer with "Add
 * Row"), form/grid_row.js at 0043b53 (rows: `div.grid-row[data-name][data-idx] > div.data-row.row`, static text in
 * `div.static-area`, the edited row `editable-row` showing `div.field-area` with an only-input control, the
 * `btn-open-row` Edit link), form/grid_row_form.js (v15: the open row form `div.form-in-grid` after the hidden data
 * row: "Editing Row #2" toolbar and the row's own form layout), form/section.js (`div.row.form-section` >
 * `div.section-head` text + `div.section-body`) and form/column.js (`div.form-column` > `form`).
 */

const DOCTYPE = 'Prior Authorization Request';
type C = { reqd?: boolean; help?: string; readOnly?: boolean; error?: boolean };
/** a control in the standard wrapper; `input` is what make_input put in `control-input` */
const control = (type: string, name: string, label: string, input: string, shown: string, o: C = {}) =>
  `<div class="frappe-control input-max-width${o.error ? ' has-error' : ''}" data-fieldtype="${type}" data-fieldname="${name}"><div class="form-group"><div class="clearfix"><label class="control-label${o.reqd ? ' reqd' : ''}" style="padding-right: 0px;">${label}</label><span class="help"></span></div><div class="control-input-wrapper"><div class="control-input"${o.readOnly ? ' style="display: none;"' : ''}>${o.readOnly ? '' : input}</div><div class="control-value like-disabled-input${o.reqd ? ' bold' : ''}"${o.readOnly ? '' : ' style="display: none;"'}>${o.readOnly ? shown : ''}</div><p class="help-box small text-muted">${o.help ?? ''}</p></div></div><span class="tooltip-content">${name}</span></div>`;
const input = (type: string, name: string, value: string, o: C & { doctype?: string; cls?: string } = {}) =>
  `<input type="text" autocomplete="off" class="input-with-feedback form-control${o.reqd ? ' bold' : ''}${o.cls ?? ''}"${['Data', 'Link'].includes(type) ? ' maxlength="140"' : ''} data-fieldtype="${type}" data-fieldname="${name}" placeholder="" data-doctype="${o.doctype ?? DOCTYPE}" value="${value}">`;
const data = (name: string, label: string, value: string, o: C = {}) =>
  control('Data', name, label, input('Data', name, value, o), value, o);
const int = (name: string, label: string, value: string) => control('Int', name, label, input('Int', name, value), value);
const float = (name: string, label: string, value: string) => control('Float', name, label, input('Float', name, value), value);
const date = (name: string, label: string, value: string, o: C = {}) =>
  control('Date', name, label, input('Date', name, value, o), value, o);

let list = 0;
/** a Link control: the Awesomplete-wrapped input; `open` lists the suggestions shown */
const link = (name: string, label: string, value: string, target: string, o: C & { open?: string[] } = {}) => {
  const id = `awesomplete_list_${++list}`;
  const items = (o.open ?? [])
    .map((v, i) => `<div role="option" aria-selected="${i === 0}" id="${id}_item_${i}"><p title="${v}"><strong>${v}</strong></p></div>`)
    .join('');
  const w = `<div class="link-field ui-front" style="position: relative;"><div class="awesomplete">${input('Link', name, value, o).replace(
    '>',
    ` data-target="${target}" aria-expanded="${o.open ? 'true' : 'false'}" aria-owns="${id}" role="combobox">`,
  )}<ul${o.open ? '' : ' hidden=""'} role="listbox" id="${id}">${items}</ul><span class="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">${o.open ? `${o.open.length} results are available` : 'Begin typing for results.'}</span></div><span class="link-btn" style="display: none;"><a class="btn-clear" style="display: inline-block;" title="Clear Link"><svg class="es-icon es-line icon-xs" aria-hidden="true"><use href="#es-line-close"></use></svg></a><a class="btn-open" tabindex="-1" style="display: inline-block;" title="Open Link"><svg class="icon icon-xs" aria-hidden="true"><use href="#icon-arrow-right"></use></svg></a></span></div>`;
  return control('Link', name, label, w, value, o);
};
const select = (name: string, label: string, value: string, options: string[], o: C = {}) =>
  control(
    'Select',
    name,
    label,
    `<select type="text" autocomplete="off" class="input-with-feedback form-control ellipsis" maxlength="140" data-fieldtype="Select" data-fieldname="${name}" placeholder="" data-doctype="${DOCTYPE}">${[
      '',
      ...options,
    ]
      .map((v) => `<option value="${v}"${v === value ? ' selected' : ''}>${v}</option>`)
      .join(
        '',
      )}</select><div class="select-icon "><svg class="icon icon-sm" aria-hidden="true"><use href="#icon-select"></use></svg></div>`.replace(
      'class="control-input"',
      'class="control-input flex align-center"',
    ),
    value,
    o,
  );
const check = (name: string, label: string, checked: boolean) =>
  `<div class="form-group frappe-control input-max-width" data-fieldtype="Check" data-fieldname="${name}"><div class="checkbox"><label><span class="input-area"><input type="checkbox" autocomplete="off" class="input-with-feedback" data-fieldtype="Check" data-fieldname="${name}" placeholder="" data-doctype="${DOCTYPE}"${checked ? ' checked' : ''}></span><span class="disp-area" style="display: none;"><input type="checkbox" disabled="" class="disabled-deselected"></span><span class="label-area">${label}</span><span class="ml-1 help"></span></label><p class="help-box small text-muted"></p></div><span class="tooltip-content">${name}</span></div>`;

const section = (name: string, label: string, ...columns: string[]) =>
  `<div class="row form-section card-section visible-section" data-fieldname="${name}"><div class="section-head">${label}<span class="ml-2 collapse-indicator mb-1" style="display: none;"></span></div><div class="section-body">${columns
    .map((c, i) => `<div class="form-column col-sm-${12 / columns.length}" data-fieldname="${name}_col${i}"><form>${c}</form></div>`)
    .join('')}</div></div>`;

const COLS = [
  ['drug_name', 'Drug', 'Data'],
  ['dose', 'Dose', 'Data'],
  ['start_date', 'Start Date', 'Date'],
  ['stop_date', 'Stop Date', 'Date'],
  ['outcome', 'Outcome', 'Data'],
] as const;
const CHILD = 'PA Prior Therapy';
const gridCol = (name: string, type: string, inner: string, o: { title?: string; editing?: boolean; field?: string } = {}) =>
  `<div class="col grid-static-col col-xs-2 " data-fieldname="${name}" data-fieldtype="${type}"${o.title ? ` title="${o.title}"` : ''}><div class="field-area" style="display: ${o.editing ? 'block' : 'none'};">${o.field ?? ''}</div><div class="static-area ellipsis"${o.editing ? ' style="display: none;"' : ''}>${inner}</div></div>`;
const editIcon =
  '<div class="col"><div class="btn-open-row" data-toggle="tooltip" data-placement="right" title="Edit"><a><svg class="icon icon-xs" aria-hidden="true"><use href="#icon-edit"></use></svg></a></div></div>';
/** the open row form (v15 GridRowForm) holding the row's own controls */
const rowForm = (i: number, r: readonly string[]) =>
  `<div class="form-in-grid"><div class="grid-form-heading"><div class="toolbar grid-header-toolbar"><span class="panel-title">Editing Row #<span class="grid-form-row-index">${i + 1}</span></span><span class="row-actions"><button class="btn btn-secondary btn-sm pull-right grid-collapse-row"><svg class="icon icon-md" aria-hidden="true"><use href="#icon-down"></use></svg></button><button class="btn btn-secondary btn-sm pull-right grid-move-row hidden-xs">Move</button><button class="btn btn-secondary btn-sm pull-right grid-duplicate-row hidden-xs"><svg class="icon icon-md" aria-hidden="true"><use href="#icon-duplicate"></use></svg> Duplicate</button><button class="btn btn-secondary btn-sm pull-right grid-insert-row hidden-xs">Insert Above</button><button class="btn btn-secondary btn-sm pull-right grid-insert-row-below hidden-xs">Insert Below</button><button class="btn btn-danger btn-sm pull-right grid-delete-row"><svg class="icon icon-md" aria-hidden="true"><use href="#icon-delete"></use></svg></button></span></div></div><div class="grid-form-body"><div class="form-area"><div class="form-layout"><div class="form-page">${section(
    '__section_1',
    '',
    COLS.slice(0, 3)
      .map(([k, t, type]) => control(type, k, t, input(type, k, r[COLS.findIndex((c) => c[0] === k)]!, { doctype: CHILD }), ''))
      .join(''),
    COLS.slice(3)
      .map(([k, t, type]) => control(type, k, t, input(type, k, r[COLS.findIndex((c) => c[0] === k)]!, { doctype: CHILD }), ''))
      .join(''),
  ).replace(
    '<div class="section-head"><span class="ml-2 collapse-indicator mb-1" style="display: none;"></span></div>',
    '',
  )}</div></div></div><div class="grid-footer-toolbar hidden-xs flex justify-between"><div class="grid-shortcuts"><span><svg class="icon icon-md" aria-hidden="true"><use href="#icon-keyboard"></use></svg></span><span class="text-medium"> Shortcuts: </span><kbd>Ctrl + Up</kbd> . <kbd>Ctrl + Down</kbd> . <kbd>ESC</kbd></div><button class="btn btn-secondary btn-sm pull-right grid-append-row">Insert Below</button></div></div></div>`;
/** the Table field; `editing` the row edited in place, `open` the row whose form is open */
const table = (rows: readonly (readonly string[])[], o: { editing?: number; open?: number } = {}) =>
  `<div class="frappe-control form-group" data-fieldtype="Table" data-fieldname="prior_therapies"><span class="tooltip-content">prior_therapies</span><div class="grid-field"><label class="control-label">Prior Therapies</label><span class="help"></span><p class="text-muted small grid-description"></p><div class="grid-custom-buttons"></div><div class="form-grid-container"><div class="form-grid"><div class="grid-heading-row"><div class="grid-row"><div class="data-row row"><div class="row-check sortable-handle col"><input type="checkbox" class="grid-row-check"></div><div class="row-index sortable-handle col"><span>No.</span></div>${COLS.map(
    ([k, t, type]) => gridCol(k, type, t, { title: t }),
  ).join(
    '',
  )}<div class="col grid-static-col d-flex justify-content-center" style="cursor: pointer;"><a><svg class="icon  icon-sm" style="filter: opacity(0.5)" aria-hidden="true"><use class="" href="#icon-setting-gear"></use></svg></a></div></div></div></div><div class="grid-body"><div class="rows">${rows
    .map(
      (r, i) =>
        `<div class="grid-row${i === o.open ? ' grid-row-open' : ''}" data-name="b7c1e0${i}a42" data-idx="${i + 1}"><div class="data-row row${i === o.editing ? ' editable-row' : ''}"${i === o.open ? ' style="display: none;"' : ''}><div class="row-check sortable-handle col"><input type="checkbox" class="grid-row-check"></div><div class="row-index sortable-handle col"><span>${i + 1}</span></div>${COLS.map(
          ([k, , type], c) =>
            gridCol(k, type, r[c]!, {
              editing: i === o.editing,
              field:
                i === o.editing
                  ? `<div class="form-group frappe-control input-max-width" data-fieldtype="${type}" data-fieldname="${k}">${input(type, k, r[c]!, { doctype: CHILD, cls: ' input-sm' })}</div>`
                  : '',
            }),
        ).join('')}${editIcon}</div>${i === o.open ? rowForm(i, r) : ''}</div>`,
    )
    .join(
      '',
    )}</div><div class="grid-empty text-center hidden"><img src="/assets/frappe/images/ui-states/grid-empty-state.svg" alt="Grid Empty State" class="grid-empty-illustration">No Data</div></div></div></div><div class="small form-clickable-section grid-footer"><div class="flex justify-between"><div class="grid-buttons"><button type="button" class="btn btn-xs btn-danger grid-remove-rows hidden" data-action="delete_rows">Delete</button><button type="button" class="btn btn-xs btn-danger grid-remove-all-rows hidden" data-action="delete_all_rows">Delete All</button><button type="button" class="btn btn-xs btn-secondary grid-add-row">Add Row</button><button type="button" class="grid-add-multiple-rows btn btn-xs btn-secondary hidden">Add Multiple</button></div><div class="grid-pagination"></div><div class="grid-bulk-actions text-right"><button type="button" class="grid-download btn btn-xs btn-secondary hidden">Download</button><button type="button" class="grid-upload btn btn-xs btn-secondary hidden">Upload</button></div></div></div></div></div>`;

/** the closed air-datepickers Frappe leaves at the end of body, one per date control */
const pickers = (n: number) =>
  `<div class="datepickers-container" id="datepickers-container">${'<div class="datepicker -bottom-left- -from-bottom-"><i class="datepicker--pointer"></i><nav class="datepicker--nav"><div class="datepicker--nav-action" data-action="prev"><svg><path d="M 17,12 l -5,5 l 5,5"></path></svg></div><div class="datepicker--nav-title">November, <i>2026</i></div><div class="datepicker--nav-action" data-action="next"><svg><path d="M 14,12 l 5,5 l -5,5"></path></svg></div></nav><div class="datepicker--content"><div class="datepicker--days datepicker--body active"><div class="datepicker--days-names"><div class="datepicker--day-name">Su</div><div class="datepicker--day-name">Mo</div></div><div class="datepicker--cells datepicker--cells-days"><div class="datepicker--cell datepicker--cell-day" data-date="1" data-month="10" data-year="2026">1</div><div class="datepicker--cell datepicker--cell-day -selected-" data-date="2" data-month="10" data-year="2026">2</div></div></div></div><div class="datepicker--buttons"><span class="datepicker--button" data-action="today">Today</span></div></div>'.repeat(n)}</div>`;

const desk = (sections: string, tail = '') =>
  `<div class="main-section"><header class="navbar navbar-expand sticky-top" role="navigation"><div class="container"><a class="navbar-brand navbar-home" href="/app"><img class="app-logo" src="/assets/frappe/images/frappe-framework-logo.svg" alt="App Logo"></a><div class="input-group search-bar text-muted hidden"><div class="awesomplete"><input id="navbar-search" type="text" class="form-control" placeholder="Search or type a command (Ctrl + G)" aria-haspopup="true" autocomplete="off" aria-expanded="false" aria-owns="awesomplete_list_0" role="combobox"><ul hidden="" role="listbox" id="awesomplete_list_0"></ul><span class="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">Begin typing for results.</span></div></div></div></header><div id="body"><div class="content page-container" id="page-${DOCTYPE}" data-page-route="${DOCTYPE}"><div class="page-head flex"><div class="container"><div class="row flex align-center page-head-content justify-between"><div class="col-md-4 col-sm-6 col-xs-7 page-title"><div class="flex fill-width title-area"><h3 class="ellipsis title-text" title="PAR-2026-00042">PAR-2026-00042</h3><span class="indicator-pill whitespace-nowrap orange"><span>Not Saved</span></span></div></div><div class="flex col page-actions justify-content-end"><div class="standard-actions flex"><button class="btn btn-primary btn-sm primary-action" data-label="Save"><span class="hidden-xs"><span class="alt-underline">S</span>ave</span></button></div></div></div></div></div><div class="container page-body"><div class="page-wrapper"><div class="page-content"><div class="row layout-main"><div class="col layout-main-section-wrapper"><div class="layout-main-section"><div><div class="std-form-layout"><div class="form-layout"><div class="form-message hidden"></div><div class="form-page">${sections}</div></div></div></div></div></div></div></div></div></div></div></div></div>${tail}`;

const patient = (o: C = {}) =>
  section(
    'patient_section',
    'Patient',
    `${data('member_id', 'Member ID', ILARIS['patient.memberId'], { reqd: true, ...o })}${date('date_of_birth', 'Date of Birth', ILARIS['patient.dob'], o)}`,
    int('weight_kg', 'Weight (kg)', '72'),
  );
const medication = (o: { open?: string[] } = {}) =>
  section(
    'medication_section',
    'Medication',
    `${link('drug', 'Drug', ILARIS['drug.name'], 'Item', { reqd: true, ...o })}${data('hcpcs_code', 'HCPCS Code', ILARIS['drug.hcpcs'])}${data('ndc', 'NDC', ILARIS['drug.ndc'])}`,
    `${int('dose_mg', 'Dose (mg)', '150')}${int('billing_units', 'Billing Units', '150')}${select('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
  );
const rest = () =>
  `${section('diagnosis_section', 'Diagnosis', data('icd10_codes', 'ICD-10 Codes', 'M04.1, M06.1', { help: 'Separate codes with commas' }))}${section(
    'labs_section',
    'Labs',
    float('crp_mg_l', 'CRP (mg/L)', '24.00'),
    date('crp_date', 'CRP Date', ILARIS['labs.crpDate']),
  )}${section('prescriber_section', 'Prescriber', data('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { reqd: true }))}`;

describe('Frappe v15 desk form: frappe-control, Link with Awesomplete, Date, Select, Check, Table grid, section-head', () => {
  // misread: no priorTherapies: the grid is drawn in divs (no table or grid roles), its rows' static-area texts are
  // no fields; only the rows' grid-row-check boxes are collected, named by the row's run-together text
  it.fails('reads the full Ilaris request, prior therapies from the child table grid', () => {
    page(desk(`${patient()}${medication()}${rest()}${section('therapy_section', 'Prior Therapies', table(THERAPY_ROWS))}`, pickers(3)));
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'labs.crpValue': '24.00',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names each control by its control-label (no `for`), not its help-box or the section head', () => {
    page(desk(`${patient()}${rest()}`));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'labs.crpValue': '24.00',
      'labs.crpDate': ILARIS['labs.crpDate'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 Codes');
    noDuplicatePaths();
  });

  it('reads a Link by its Awesomplete input, and nothing from its open suggestions or the navbar search', () => {
    page(desk(medication({ open: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] })));
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.ndc': ILARIS['drug.ndc'],
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
    });
    nothingFrom('.awesomplete ul');
    nothingFrom('header.navbar');
  });

  it('reads a Select left on its empty first option as empty', () => {
    page(desk(section('s', 'Medication', select('frequency', 'Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once']))));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads Date inputs, and nothing from the closed air-datepickers at the end of body', () => {
    page(
      desk(
        section('s', 'Patient', `${date('date_of_birth', 'Date of Birth', ILARIS['patient.dob'])}${date('crp_date', 'CRP Date', '')}`),
        pickers(2),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.datepickers-container');
  });

  it('reads an empty mandatory field marked has-error as empty, and a Check beside it takes no request path', () => {
    page(
      desk(
        section(
          's',
          'Patient',
          `${data('member_id', 'Member ID', '', { reqd: true, error: true })}${check('is_renewal', 'Is Renewal', true)}${data('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread: patient.memberId and patient.dob are missing: a read-only control has no
  // input, only its value in div.control-value.like-disabled-input, which is no field
  it.fails('reads read-only values shown in like-disabled-input boxes (a submitted request)', () => {
    page(desk(patient({ readOnly: true })));
    expect(read()).toMatchObject({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
  });

  // misread: nothing: the edited row's only-input controls are unnamed (no column header the reader knows, the
  // header being a div row; "nearby" is the row index "2", section "prior_therapies" from the tooltip-content span)
  // and the text row is no field
  it.fails('reads the grid with one row edited in place: the text row and the edited row as prior therapies', () => {
    page(desk(section('therapy_section', 'Prior Therapies', table(THERAPY_ROWS, { editing: 1 })), pickers(2)));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads no field of the request from an open row form: it edits a row of the grid', () => {
    page(desk(section('therapy_section', 'Prior Therapies', table(THERAPY_ROWS, { open: 1 }))));
    nothingFrom('.form-in-grid');
  });

  // misread: nothing: the open row form, titled "Editing Row #2", speaks only for a prior therapy (not the request's
  // drug), but its section "PAR-2026-00042 | Editing Row #2" names none (the grid's label and section head are no
  // heading) and the text row is no field
  it.fails('reads the grid with a row form open, the open row once', () => {
    page(desk(section('therapy_section', 'Prior Therapies', table(THERAPY_ROWS, { open: 1 })), pickers(2)));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });
});
