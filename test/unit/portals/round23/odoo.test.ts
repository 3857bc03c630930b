import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Odoo 17/18 web client (odoo/odoo, read through the code index): views/form/form_group/form_group.xml at 0430fcf
 * (InnerGroup: `div.o_inner_group.grid` > per row `div.o_wrap_field` > `div.o_cell.o_wrap_label` holding the
 * FormLabel and `div.o_cell` holding the field; a group's title in `div.g-col-sm-2`, drawn by the form compiler as
 * `div.o_horizontal_separator`), views/form/form_label.xml (`label.o_form_label[for=<name>_<n>]`), views/fields/field.xml
 * (`div[name].o_field_widget.o_field_<type>`, `o_required_modifier`/`o_readonly_modifier`/`o_field_invalid`),
 * char/char_field.xml at 05cc012 (`input.o_input[type=text][autocomplete=off]` + `div.o_field_input_buttons`; read-only:
 * a `span`), float/float_field.xml (`input.o_input[inputmode]`, "72.00" with 2 digits), datetime/datetime_field.xml at
 * 002abc7 (date: `div.d-flex.gap-2` > `input.o_input.cursor-pointer[data-field]`, no native date input),
 * selection/selection_field.xml (`select.o_input`, the `false` option holding the placeholder when not required),
 * radio/radio_field.xml at 0949d61 (`div[role=radiogroup][aria-label]` of `div.o_radio_item` > `input.o_radio_input
 * [name=radio_field_N][id=radio_field_N_<value>]` + `label.o_form_label[for]`; the group's own label `for` names no
 * element), many2one/many2one_field.xml at 09f0f63 + relational_utils.xml (Many2XAutocomplete: `div.o_input_dropdown`
 * > AutoComplete + `a.o_dropdown_button`) + core/autocomplete/autocomplete.xml at 00f3348 (`input.o-autocomplete--input
 * [role=combobox][aria-haspopup=listbox]`, its open `ul[role=listbox].o-autocomplete--dropdown-menu` in place),
 * many2many_tags/many2many_tags_field.xml at 001e66c + core/tags_list/tags_list.xml at 38a2e78 (`div.o_field_tags
 * .o_tags_input.o_input` > `span.o_tag.o_badge[aria-label]` > `div.o_tag_badge_text` + `button.o_delete
 * [aria-label=Delete] > i.oi-close`, then the autocomplete), core/notebook/notebook.xml at 01e9403 (only the current
 * page is rendered), x2many/x2many_field.xml + list/list_renderer.xml at 005c6de (editable one2many: `table.o_list_table`,
 * `tr.o_data_row` of `td.o_data_cell` text, the edited row `o_selected_row` holding the field widgets, the remove
 * button, the "Add a line" row and the empty filler rows), core/dialog/dialog.xml at 008ddab (an action wizard's
 * `div.o_dialog > div[role=dialog].modal.o_technical_modal`, no aria-modal). The Odoo 17 DOM captured in the index
 * (rendered forms and lists) confirms the selection's `select.o_input.pe-3` with its `option[value=false][style]`, the
 * help tooltip `sup.btn-link` "?" inside a label, and the list header cells (`th.o_column_sortable > div.d-flex > span`,
 * `th.o_list_controller.o_list_actions_header`). Ids `<field>_<n>` as the form compiler numbers them.
 */

let n = 0;
type F = { required?: boolean; readonly?: boolean; invalid?: boolean; help?: string };
const cls = (type: string, o: F) =>
  `o_field_widget${o.required ? ' o_required_modifier' : ''}${o.readonly ? ' o_readonly_modifier' : ''}${o.invalid ? ' o_field_invalid' : ''} o_field_${type}`;
/** one InnerGroup row: label cell and field cell */
const row = (name: string, id: string, label: string, type: string, widget: string, o: F = {}) =>
  `<div class="o_wrap_field d-flex d-sm-contents flex-column mb-3 mb-sm-0"><div class="o_cell o_wrap_label flex-grow-1 flex-sm-grow-0 w-100 text-break text-900"><label class="o_form_label${o.invalid ? ' o_field_invalid' : ''}" for="${id}">${label}${o.help ? `<sup class="btn-link p-1" data-tooltip-template="web.FieldTooltip" data-tooltip-info="{&quot;field&quot;:{&quot;help&quot;:&quot;${o.help}&quot;}}" data-tooltip-touch-tap-to-show="true">?</sup>` : ''}</label></div><div class="o_cell o_wrap_input flex-grow-1 flex-sm-grow-0 text-break" style="width: 100%;"><div name="${name}" class="${cls(type, o)}">${widget}</div></div></div>`;

const charW = (id: string, value: string, o: F = {}) =>
  o.readonly
    ? `<span>${value}</span>`
    : `<input class="o_input" id="${id}" type="text" autocomplete="off" value="${value}"><div class="o_field_input_buttons"></div>`;
const char = (name: string, label: string, value: string, o: F = {}) => {
  const id = `${name}_${n++}`;
  return row(name, id, label, 'char', charW(id, value, o), o);
};
const num = (name: string, label: string, value: string, type: 'float' | 'integer') => {
  const id = `${name}_${n++}`;
  return row(
    name,
    id,
    label,
    type,
    `<input inputmode="${type === 'float' ? 'decimal' : 'numeric'}" class="o_input" id="${id}" type="text" autocomplete="off" value="${value}">`,
  );
};
const dateW = (name: string, id: string, value: string) =>
  `<div class="d-flex gap-2 align-items-center"><input type="text" class="o_input cursor-pointer" autocomplete="off" id="${id}" data-field="${name}" value="${value}"></div>`;
const date = (name: string, label: string, value: string, o: F = {}) => {
  const id = `${name}_${n++}`;
  return row(name, id, label, 'date', dateW(name, id, value), o);
};
const selection = (name: string, label: string, value: string, options: string[], placeholder = '') => {
  const id = `${name}_${n++}`;
  return row(
    name,
    id,
    label,
    'selection',
    `<select class="o_input pe-3" id="${id}"><option value="false" style=""${value ? '' : ' selected'}>${placeholder}</option>${options.map((v, i) => `<option value="&quot;o${i}&quot;"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
  );
};
const radio = (name: string, label: string, value: string, options: string[]) => {
  const id = `${name}_${n++}`;
  const group = `radio_field_${n++}`;
  return row(
    name,
    id,
    label,
    'radio',
    `<div role="radiogroup" class="o_vertical" aria-label="${label}">${options
      .map(
        (v, i) =>
          `<div class="form-check o_radio_item" aria-atomic="true"><input type="radio" class="form-check-input o_radio_input" name="${group}" data-value="o${i}" data-index="${i}" id="${group}_o${i}"${v === value ? ' checked' : ''}><label class="form-check-label o_form_label" for="${group}_o${i}">${v}</label></div>`,
      )
      .join('')}</div>`,
  );
};
const autocomplete = (id: string, value: string, open?: string[]) =>
  `<div class="o_input_dropdown"><div class="o-autocomplete dropdown"><input type="text" id="${id}" class="o-autocomplete--input o_input" autocomplete="off" placeholder="" role="combobox" aria-expanded="${open ? 'true' : 'false'}" aria-autocomplete="list" aria-haspopup="listbox" value="${value}">${
    open
      ? `<ul role="listbox" class="o-autocomplete--dropdown-menu dropdown-menu ui-widget ui-autocomplete show">${[...open, 'Search More...']
          .map(
            (v, i) =>
              `<li class="o-autocomplete--dropdown-item ui-menu-item${i === open.length ? ' o_m2o_dropdown_option o_m2o_dropdown_option_search_more' : ''}"><a id="${id}_0_${i}" role="option" href="#" class="dropdown-item ui-menu-item-wrapper text-truncate${i === 0 ? ' ui-state-active' : ''}" aria-selected="${i === 0}">${v}</a></li>`,
          )
          .join('')}</ul>`
      : ''
  }</div><a role="button" class="o_dropdown_button" draggable="false"></a></div>`;
const many2one = (name: string, label: string, value: string, o: { open?: string[] } & F = {}) => {
  const id = `${name}_${n++}`;
  return row(
    name,
    id,
    label,
    'many2one',
    `<div class="o_field_many2one_selection">${autocomplete(id, value, o.open)}${value ? '<button type="button" class="btn btn-link text-action oi o_external_button oi-arrow-right" tabindex="-1" draggable="false" aria-label="Internal link" data-tooltip="Internal link"></button>' : ''}</div><div class="o_field_many2one_extra"></div>`,
    o,
  );
};
const tags = (name: string, label: string, values: string[], placeholder = '') => {
  const id = `${name}_${n++}`;
  return row(
    name,
    id,
    label,
    'many2many_tags',
    `<div class="o_field_tags d-inline-flex flex-wrap gap-1 mw-100 o_tags_input o_input">${values
      .map(
        (v) =>
          `<span class="o_tag position-relative d-inline-flex align-items-center user-select-none mw-100 o_badge badge rounded-pill lh-1 o_tag_color_0" tabindex="-1" aria-label="${v}" data-tooltip="${v}"><div class="o_tag_badge_text text-truncate">${v}</div><button class="o_delete d-flex align-items-center opacity-100-hover border-0 bg-transparent pe-0 ps-1 opacity-75" data-tooltip="Delete" aria-label="Delete" tabindex="-1"><i class="oi oi-close align-text-top"></i></button></span>`,
      )
      .join(
        '',
      )}<div class="o_field_many2many_selection d-inline-flex w-100">${autocomplete(id, '').replace('placeholder=""', `placeholder="${values.length ? '' : placeholder}"`)}</div></div>`,
  );
};
const group = (title: string, rows: string) =>
  `<div class="o_inner_group grid col-lg-6"><div class="g-col-sm-2"><div class="o_horizontal_separator mt-4 mb-3 text-uppercase fw-bolder small">${title}</div></div>${rows}</div>`;
const outer = (...groups: string[]) => `<div class="o_group row align-items-start">${groups.join('')}</div>`;

const COLS = [
  ['drug', 'Drug', 'char'],
  ['dose', 'Dose', 'char'],
  ['date_start', 'Start Date', 'date'],
  ['date_stop', 'Stop Date', 'date'],
  ['outcome', 'Outcome', 'char'],
] as const;
/** the editable one2many list, `edited` the row open in edition */
const one2many = (rows: readonly (readonly string[])[], edited?: number) =>
  `<div name="therapy_ids" class="o_field_widget o_field_one2many"><div class="o_field_x2many o_field_x2many_list"><div class="o_x2m_control_panel d-empty-none mb-4"><div class="o_cp_pager" role="search"></div></div><div class="o_list_renderer o_renderer table-responsive" tabindex="-1"><table class="o_list_table table table-sm table-hover position-relative mb-0 o_list_table_ungrouped table-striped" style="table-layout: fixed;"><thead><tr>${COLS.map(
    ([k, t]) =>
      `<th data-name="${k}" class="align-middle o_column_sortable position-relative cursor-pointer opacity-trigger-hover" tabindex="-1"><div class="d-flex"><span class="d-block min-w-0 text-truncate flex-grow-1">${t}</span><i class="fa fa-lg fa-angle-down opacity-0 opacity-75-hover"></i></div><span class="o_resize position-absolute top-0 end-0 bottom-0 ps-1 bg-black-25 opacity-0 opacity-50-hover z-index-1"></span></th>`,
  ).join('')}<th class="o_list_controller o_list_actions_header position-sticky end-0"></th></tr></thead><tbody class="ui-sortable">${rows
    .map(
      (r, i) =>
        `<tr class="o_data_row${i === edited ? ' o_selected_row' : ''}" data-id="datapoint_${40 + i}">${COLS.map(([k, , type], c) => {
          const td = `o_data_cell cursor-pointer o_field_cell o_list_${type === 'date' ? 'date' : 'char'}${k === 'drug' ? ' o_required_modifier' : ''}`;
          if (i !== edited)
            return `<td class="${td}" data-tooltip-delay="1000" tabindex="-1" name="${k}" data-tooltip="${r[c]}">${r[c]}</td>`;
          const id = `${k}_${n++}`;
          const w = type === 'date' ? dateW(k, id, r[c]!) : charW(id, r[c]!);
          return `<td class="${td}" data-tooltip-delay="1000" tabindex="-1" name="${k}"><div name="${k}" class="${cls(type, { required: k === 'drug' })}">${w}</div></td>`;
        }).join(
          '',
        )}<td class="o_list_record_remove w-print-0 p-print-0 text-center" tabindex="-1"><button class="fa fa-trash-o" name="delete" aria-label="Delete row" tabindex="-1"></button></td></tr>`,
    )
    .join(
      '',
    )}<tr><td colspan="6" class="o_field_x2many_list_row_add"><a href="#" role="button" tabindex="0">Add a line</a></td></tr><tr><td colspan="6"></td></tr></tbody><tfoot class="o_list_footer cursor-default"><tr><td></td><td></td><td></td><td></td><td></td><td></td></tr></tfoot></table></div></div></div>`;
const notebook = (pages: string[], body: string) =>
  `<div class="o_notebook d-flex w-100 horizontal flex-column"><div class="o_notebook_headers"><ul class="nav nav-tabs flex-row flex-nowrap">${pages
    .map(
      (p, i) =>
        `<li class="nav-item flex-nowrap cursor-pointer"><a class="nav-link${i === 0 ? ' active' : ''}" href="#" role="tab" tabindex="0" name="page_${i}">${p}</a></li>`,
    )
    .join('')}</ul></div><div class="o_notebook_content tab-content"><div class="tab-pane active fade show">${body}</div></div></div>`;

/** the action's form view: breadcrumbs, status bar, sheet */
const form = (sheet: string, tail = '') =>
  `<div class="o_action_manager"><div class="o_action o_view_controller o_form_view o_xxl_form_view h-100"><div class="o_control_panel d-flex flex-column gap-3 px-3 pt-2 pb-3" data-command-category="actions"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="#">Prior Authorizations</a></li><li class="breadcrumb-item active"><span>PA/2026/0042</span></li></ol><div class="o_form_buttons_edit d-flex gap-1"><button type="button" class="o_form_button_save btn btn-light px-1 py-0 lh-sm" data-hotkey="s" aria-label="Save manually"><i class="fa fa-cloud-upload fa-fw"></i></button></div></div><div class="o_content"><div class="o_form_renderer o_form_editable d-flex flex-nowrap h-100 o_form_dirty"><div class="o_form_sheet_bg"><div class="o_form_statusbar position-relative d-flex justify-content-between mb-0 mb-md-2 pb-2 pb-md-0"><div class="o_statusbar_buttons d-flex align-items-center align-content-around flex-wrap gap-1"><button class="btn btn-primary" name="action_submit" type="object"><span>Submit to payer</span></button></div></div><div class="o_form_sheet position-relative"><div class="oe_title"><h1><div name="name" class="o_field_widget o_readonly_modifier o_field_char"><span>PA/2026/0042</span></div></h1></div>${sheet}</div></div></div></div></div></div><div class="o-main-components-container"><div class="o-overlay-container">${tail}</div></div>`;

const patient = (o: F = {}) =>
  group(
    'Patient',
    `${char('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true, ...o })}${date('birthdate', 'Date of Birth', ILARIS['patient.dob'])}${num('weight', 'Weight (kg)', '72.00', 'float')}`,
  );
const medication = () =>
  group(
    'Medication',
    `${many2one('product_id', 'Drug', ILARIS['drug.name'], { required: true })}${char('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs'])}${char('ndc', 'NDC', ILARIS['drug.ndc'])}${num('dose', 'Dose (mg)', '150', 'integer')}${num('billing_units', 'Billing Units', '150', 'integer')}${selection('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
  );

/** an action wizard (target "new") in Odoo's Dialog (core/dialog/dialog.xml at 008ddab: no aria-modal, the footer
 *  placed before the body) in the overlay container at the end of body */
const wizard = (title: string, body: string) =>
  `<div class="o_dialog" id="dialog_3"><div role="dialog" class="modal d-block o_technical_modal" tabindex="-1"><div class="modal-dialog modal-dialog-centered modal-xl"><div class="modal-content"><header class="modal-header"><h4 class="modal-title text-break">${title}</h4><button type="button" class="btn-close" aria-label="Close" tabindex="-1"></button></header><footer class="modal-footer justify-content-around justify-content-sm-start flex-wrap gap-1 w-100" style="order:2"><button class="btn btn-primary" name="action_submit" type="object"><span>Submit to payer</span></button><button class="btn btn-secondary" special="cancel" data-hotkey="x" type="button"><span>Discard</span></button></footer><main class="modal-body p-0"><div class="o_action o_view_controller o_form_view o_xxl_form_view"><div class="o_content"><div class="o_form_renderer o_form_nosheet o_form_editable d-block o_form_dirty">${body}</div></div></div></main></div></div></div></div>`;

describe('Odoo 17/18 form view: InnerGroup cells, many2one, many2many_tags, date, selection, radio, one2many list, notebook', () => {
  it('reads the full Ilaris request, prior therapies from the editable one2many with one row in edition', () => {
    page(
      form(
        `${outer(patient(), medication())}${outer(
          group('Diagnosis', tags('diagnosis_ids', 'ICD-10 Codes', ['M04.1', 'M06.1'])),
          group('Labs', `${num('crp', 'CRP (mg/L)', '24.00', 'float')}${date('crp_date', 'CRP Date', ILARIS['labs.crpDate'])}`),
        )}${outer(group('Prescriber', char('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })))}${notebook(
          ['Prior Therapies', 'Notes'],
          one2many(THERAPY_ROWS, 1),
        )}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.weight': '72.00',
      'labs.crpValue': '24.00',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names each field by the label cell beside it, not the group title above', () => {
    page(form(outer(patient(), group('Prescriber', char('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])))));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72.00',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('names a field with a help tooltip by its label, without the "?" marker', () => {
    page(
      form(
        outer(
          group(
            'Prescriber',
            char('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { help: 'The 10-digit National Provider Identifier' }),
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a many2one by its autocomplete input, and nothing from its open dropdown', () => {
    page(
      form(
        outer(
          group(
            'Medication',
            `${many2one('product_id', 'Drug', ILARIS['drug.name'], { open: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] })}${char('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs'])}`,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.o-autocomplete--dropdown-menu');
  });

  it('reads many2many_tags as the ICD-10 codes, and an empty one (its placeholder) as empty', () => {
    page(form(outer(group('Diagnosis', tags('diagnosis_ids', 'ICD-10 Codes', ['M04.1', 'M06.1'])))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 Codes');
    page(form(outer(group('Diagnosis', tags('diagnosis_ids', 'ICD-10 Codes', [], 'Add a code...')))));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a selection left on its empty option, and a radio widget (its label linked to no element) by its checked item', () => {
    page(
      form(
        outer(
          group(
            'Medication',
            `${selection('frequency', 'Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}${radio('drug_form', 'Drug', 'Ilaris (canakinumab)', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}`,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': ILARIS['drug.name'] });
  });

  it('reads the radio widget for the frequency by its checked item', () => {
    page(form(outer(group('Medication', radio('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])))));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a required field left empty and marked invalid as empty, not the notification listing it', () => {
    const toast =
      '<div class="o_notification_manager"><div class="o_notification border border-danger mb-2 position-relative" role="alert"><strong class="o_notification_title d-block text-danger pt-2 ps-3 pe-5">Invalid fields: </strong><div class="o_notification_body d-flex align-items-center py-2 ps-3 pe-2"><div class="me-auto o_notification_content"><ul><li>Member ID</li></ul></div><button type="button" class="btn btn-close o_notification_close p-0" aria-label="Close"></button></div></div></div>';
    page(
      form(
        outer(
          group(
            'Patient',
            `${char('member_id', 'Member ID', '', { required: true, invalid: true })}${date('birthdate', 'Date of Birth', ILARIS['patient.dob'])}`,
          ),
        ),
        toast,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'patient.dob': ILARIS['patient.dob'] });
  });

  // misread: patient.memberId is missing: a read-only char is a bare span (its label's `for` names no element), no field
  it.fails('reads a read-only field drawn as text by its label cell', () => {
    page(form(outer(patient({ readonly: true }))));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72.00',
    });
  });

  it('reads the request from a wizard dialog (no aria-modal), nothing from the patient form behind it', () => {
    page(
      form(
        outer(
          group(
            'Patient',
            `${char('name', 'Name', 'Jordan Rivera')}${char('phone', 'Phone', '+1 555 0100')}${char('member_id', 'Member ID', ILARIS['patient.memberId'])}`,
          ),
        ),
        wizard(
          'Request Prior Authorization',
          `${outer(patient(), medication())}${outer(
            group('Diagnosis', tags('diagnosis_ids', 'ICD-10 Codes', ['M04.1', 'M06.1'])),
            group('Labs', `${num('crp', 'CRP (mg/L)', '24.00', 'float')}${date('crp_date', 'CRP Date', ILARIS['labs.crpDate'])}`),
          )}${outer(group('Prescriber', char('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])))}`,
        ),
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.weight': '72.00',
      'labs.crpValue': '24.00',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    nothingFrom('.o_action_manager');
    noDuplicatePaths();
  });

  it('reads the one2many rows as prior therapies, nothing from the "Add a line" row, with no row in edition', () => {
    page(form(`${outer(medication())}${notebook(['Prior Therapies', 'Notes'], one2many(THERAPY_ROWS))}`));
    expect(read()).toMatchObject(THERAPIES);
    nothingFrom('.o_field_x2many_list_row_add');
    noDuplicatePaths();
  });
});
