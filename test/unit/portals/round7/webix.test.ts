import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, THERAPY_ROWS } from '../round5/request';

/**
 * Webix 11.4 (webix-hub/webix, GPL sources: sources/views/text.js — `$renderInput`, `$renderLabel`,
 * `_render_div_block`, the bottom label; button.js — `_get_div_placeholder`; datepicker.js and
 * richselect.js — not editable, so drawn by `_render_div_block`; multicombo.js — a PRO stub in the
 * GPL build, so the multicombo's list markup (`ul.webix_multicombo_listbox`, `li.webix_multicombo_value`,
 * `span.webix_multicombo_delete`, `li.webix_multicombo_input`) is written from knowledge; template.js
 * — the "section" type; css/editors.less — `div.webix_dt_editor`):
 * - every control is `div.webix_view.webix_control.webix_el_<type>[view_id]` > `div.webix_el_box`
 *   holding the `label.webix_inp_label[for=<input id "x…">]` (left label; a top label sits before
 *   the box as `label.webix_inp_top_label`), then the input, then icon spans
 *   (`span.webix_input_icon.wxi-calendar`); a bottomLabel / invalidMessage is
 *   `div.webix_inp_bottom_label` after the box.
 * - datepicker and richselect draw no input: `div.webix_inp_static[role=combobox][aria-label=<label>]`
 *   holds the shown text (or `span.webix_placeholder`); their label's `for` names an id nothing has.
 * - popups (suggest list, calendar) are `div.webix_view.webix_window.webix_popup` appended to body.
 * - counter.js: `div.webix_el_group[role=spinbutton][aria-label]` > "-" button, `input.webix_inp_counter_value`
 *   (the label's `for` id), "+" button. radio.js with the skins' default `customRadio`: the native radios
 *   are `display:none`, each option drawn as `button.webix_custom_radio[role=radio][aria-checked]`
 *   whose aria-label is "<control label> <option>" for the FIRST option and "<option>" after; the
 *   first radio takes the control's id, so the control label and the option label both name it.
 * - a datatable draws columns of `div.webix_cell`s, the open editor a `div.webix_dt_editor > input`
 *   floating over the cell inside the data area.
 */

let n = 1712;
const xid = () => `x${(n += 1)}`;
const view = (type: string, inner: string, extra = '') =>
  `<div class="webix_view webix_control webix_el_${type}${extra}" view_id="$${type}${(n += 1)}" style="display: inline-block; vertical-align: top; border-width: 0px; margin-top: 0px; margin-left: 0px; width: 480px; height: 38px;">${inner}</div>`;
const label = (text: string, id: string) =>
  `<label style="text-align:left; line-height:32px; width:140px;" onclick="" for="${id}" class="webix_inp_label ">${text}</label>`;
const box = (inner: string) => `<div class="webix_el_box" style="width:480px; height:38px">${inner}</div>`;
const bottom = (message: string, invalid = false) =>
  `<div class="webix_inp_bottom_label"${invalid ? ' role="alert" aria-relevant="all"' : ''} style="width:330px;margin-left:150px;">${message}</div>`;

const text = (lbl: string, value: string, o: { type?: string; bottomLabel?: string; invalid?: string } = {}) => {
  const id = xid();
  return view(
    'text',
    `${box(`${label(lbl, id)}<input ${o.invalid ? 'aria-invalid="true"' : ''}id="${id}" type="${o.type ?? 'text'}" value="${value}" style="width:330px;text-align:left;">`)}${o.invalid ? bottom(o.invalid, true) : o.bottomLabel ? bottom(o.bottomLabel) : ''}`,
    o.invalid ? ' webix_invalid' : '',
  );
};
/** datepicker / richselect: a static div, no input */
const staticBlock = (type: string, lbl: string, shown: string, placeholder: string, icon: string) => {
  const id = xid();
  return view(
    type,
    box(
      `${label(lbl, id)}<div class="webix_inp_static" role="combobox" aria-label="${lbl}" tabindex="0" onclick="" style="line-height:32px;width:330px;text-align:left;">${shown || `<span class="webix_placeholder">${placeholder}</span>`}</div><span style="right:8px;height:22px;padding-top:4px;" class="webix_input_icon ${icon}"></span>`,
    ),
  );
};
const datepicker = (lbl: string, value: string) => staticBlock('datepicker', lbl, value, 'mm/dd/yyyy', 'wxi-calendar');
const richselect = (lbl: string, value: string, placeholder = 'Select...') =>
  staticBlock('richselect', lbl, value, placeholder, 'wxi-menu-down');
const multicombo = (lbl: string, chosen: string[], placeholder: string) => {
  const id = xid();
  return view(
    'multicombo',
    box(
      `${label(lbl, id)}<div class="webix_inp_static" tabindex="-1" onclick="" style="line-height:32px;width:330px;"><ul class="webix_multicombo_listbox" style="line-height:26px">${chosen
        .map(
          (c, i) =>
            `<li class="webix_multicombo_value" optvalue="${i + 1}"><span>${c}</span><span class="webix_multicombo_delete" role="button" aria-label="Remove item">x</span></li>`,
        )
        .join(
          '',
        )}<li class="webix_multicombo_input"><input type="text" id="${id}" role="combobox" aria-multiselectable="true" aria-label="${lbl}" class="webix_multicombo_input"${chosen.length ? '' : ` placeholder="${placeholder}"`} style="width:${chosen.length ? 20 : 300}px;" value=""></li></ul></div><span style="right:8px;height:22px;padding-top:4px;" class="webix_input_icon wxi-menu-down"></span>`,
    ),
  );
};
const section = (t: string) =>
  `<div class="webix_view webix_section" view_id="$section${(n += 1)}" style="width: 480px; height: 38px;"><div class="webix_template">${t}</div></div>`;
const form = (rows: string) =>
  `<div class="webix_view webix_form webix_layout_form" view_id="paform" role="form" style="border-width: 1px; width: 520px;"><div class="webix_scroll_cont"><div class="webix_view webix_layout_line" view_id="$layout1" style="width: 480px;">${rows}<div class="webix_view webix_control webix_el_button webix_primary" view_id="$button1"><div class="webix_el_box"><button type="button" class="webix_button">Submit</button></div></div></div></div></div>`;

const popupList = (options: [string, boolean][]) =>
  `<div class="webix_view webix_window webix_popup" role="dialog" view_id="$suggest1" style="position: absolute; left: 160px; top: 230px; width: 330px; z-index: 105;"><div class="webix_win_content"><div class="webix_win_body"><div class="webix_view webix_list" role="listbox" view_id="$list1" aria-multiselectable="true"><div class="webix_scroll_cont">${options
    .map(
      ([o, on], i) =>
        `<div webix_l_id="${i + 1}" class="webix_list_item${on ? ' webix_selected' : ''}" style="width:auto; height:34px; overflow:hidden;" role="option" aria-selected="${on}" tabindex="${i === 0 ? 0 : -1}">${on ? '<span class="webix_icon wxi-checkbox-marked"></span>' : '<span class="webix_icon wxi-checkbox-blank"></span>'}${o}</div>`,
    )
    .join('')}</div></div></div></div></div>`;

const popupCalendar = () =>
  `<div class="webix_view webix_window webix_popup" role="dialog" view_id="$suggest2" style="position: absolute; left: 160px; top: 130px; z-index: 105;"><div class="webix_win_content"><div class="webix_win_body"><div class="webix_view webix_calendar" view_id="$calendar1"><div class="webix_cal_month"><span aria-live="assertive" aria-atomic="true" class="webix_cal_month_name" role="button" tabindex="0">March 1988</span><div class="webix_cal_prev_button" role="button" aria-label="Previous month" tabindex="0"></div><div class="webix_cal_next_button" role="button" aria-label="Next month" tabindex="0"></div></div><div class="webix_cal_header" aria-hidden="true">${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => `<div class="webix_cal_day_name">${d}</div>`).join('')}</div><div class="webix_cal_body"><div class="webix_cal_row">${[
    13, 14, 15, 16, 17, 18, 19,
  ]
    .map(
      (d) =>
        `<div class="webix_cal_day${d === 14 ? ' webix_cal_select' : ''}" role="gridcell" aria-label="${d} March 1988" tabindex="${d === 14 ? 0 : -1}" day="${d}" week="2">${d}</div>`,
    )
    .join(
      '',
    )}</div></div><div class="webix_cal_footer"><div class="webix_cal_icons"><span class="webix_cal_icon_today webix_cal_icon" role="button" tabindex="0">Today</span><span class="webix_cal_icon_clear webix_cal_icon" role="button" tabindex="0">Clear</span></div></div></div></div></div></div>`;

describe('Webix 11: form of text / datepicker / richselect / multicombo views', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(`${section('Member')}${text('Member ID', ILARIS['patient.memberId'])}${datepicker('Date of birth', ILARIS['patient.dob'])}${text('Weight (kg)', '72', { type: 'number' })}
      ${section('Diagnosis')}${multicombo('ICD-10 codes', ['M04.1', 'M06.1'], 'Add codes')}
      ${section('Medication')}${richselect('Drug name', ILARIS['drug.name'])}${text('HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', ILARIS['drug.ndc'])}${text('Dose (mg)', '150', { type: 'number' })}${text('Billing units', '150', { type: 'number' })}${richselect('Frequency', 'Every 4 weeks')}
      ${section('Labs')}${text('CRP (mg/L)', '24', { type: 'number' })}${datepicker('CRP collection date', ILARIS['labs.crpDate'])}
      ${section('Prescriber')}${text('Prescriber NPI', ILARIS['prescriber.npi'], { bottomLabel: 'Ten digits, as registered with NPPES' })}`),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads datepicker and richselect (role=combobox divs, no input) by their text, named by aria-label', () => {
    page(form(`${datepicker('Date of birth', ILARIS['patient.dob'])}${richselect('Drug name', ILARIS['drug.name'])}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.field.kind).toBe('combobox');
  });

  it('reads empty datepicker / richselect / multicombo (webix_placeholder spans, input placeholder) as empty', () => {
    page(
      form(
        `${datepicker('Date of birth', '')}${richselect('Drug name', '', 'Choose a drug')}${multicombo('ICD-10 codes', [], 'Add codes')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '', 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('reads multicombo values once, taking no "x" remove marks, and nothing from its open suggest list', () => {
    page(
      `${form(multicombo('ICD-10 codes', ['M04.1', 'M06.1'], 'Add codes'))}${popupList([
        ['M04.1', true],
        ['M06.1', true],
        ['M04.8', false],
      ])}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.webix_popup');
  });

  it('takes nothing from the open calendar popup; a bottom label or invalid message names no field', () => {
    page(
      `${form(`${datepicker('Date of birth', ILARIS['patient.dob'])}${text('Prescriber NPI', '123456789', { invalid: 'NPI must be 10 digits' })}${text('HCPCS code', 'J0638', { bottomLabel: 'Dose per kg of weight' })}`)}${popupCalendar()}`,
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'prescriber.npi': '123456789', 'drug.hcpcs': 'J0638' });
    nothingFrom('.webix_popup');
  });

  it('reads counters ("-" input "+") by their labels', () => {
    const counter = (lbl: string, value: string) => {
      const id = xid();
      return view(
        'counter',
        box(
          `${label(lbl, id)}<div role="spinbutton" aria-label="${lbl}" aria-valuemin="0" aria-valuemax="Infinity" aria-valuenow="${value}" class="webix_el_group" style="width:330px"><button type="button" class="webix_inp_counter_prev" tabindex="-1" aria-label="Decrease value">-</button><input id="${id}" type="text" class="webix_inp_counter_value" aria-live="assertive" value="${value}"><button type="button" class="webix_inp_counter_next" tabindex="-1" aria-label="Increase value">+</button></div>`,
        ),
      );
    };
    page(form(`${counter('Weight (kg)', '72')}${counter('Billing units', '150')}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.units': '150' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });

  it('reads a custom radio group (hidden native radios, role=radio buttons) by the chosen option', () => {
    const first = xid();
    const option = (value: string, text: string, id: string, on: boolean, aria: string) =>
      `<div style="height:32px;" class="webix_radio_option" role="presentation"><div radio_id="${value}" class="webix_inp_radio_border webix_radio_${on ? 1 : 0}" role="presentation"><input name="requestType" type="radio"${on ? ' checked="1"' : ''} tabindex="${on ? 0 : -1}" value="${value}" id="${id}" style="display:none"><a role="presentation" onclick="javascript:void(0)"><button type="button" class="webix_custom_radio" button_id="${value}" role="radio" aria-checked="${on}" aria-label="${aria}" aria-invalid="false" tabindex="${on ? 0 : -1}"></button></a></div><label for="${id}" class="webix_label_right">${text}</label></div>`;
    page(
      form(
        `${view(
          'radio',
          box(
            `${label('Request type', first)}<div class="webix_el_group" role="radiogroup" style="margin-left:140px;">${option('new', 'New request', first, true, 'Request type New request')}${option('cont', 'Continuation', xid(), false, 'Continuation')}</div>`,
          ),
        )}${text('Member ID', ILARIS['patient.memberId'])}`,
      ),
    );
    expect(read()).toEqual({ 'request.type': 'New request', 'patient.memberId': ILARIS['patient.memberId'] });
    noDuplicatePaths();
  });

  it('reads top-positioned labels (label before the box)', () => {
    const id = xid();
    page(
      form(
        view(
          'text',
          `<label style="text-align:left; line-height:20px; display:block;" onclick="" for="${id}" class="webix_inp_top_label ">Member ID</label>${box(`<input id="${id}" type="text" value="${ILARIS['patient.memberId']}" style="width:480px;text-align:left;">`)}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
  });

  // misread: read() is {} — the datatable's cells are divs of text and the floating editor's input
  // (aria-label "Outcome", outside any cell, header in a separate table) maps to nothing
  it.fails('reads prior therapies from an editable datatable with one cell editor open', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const columns = cols
      .map(
        (_, c) =>
          `<div class="webix_column" role="presentation" column="${c}" style="width:150px;left:${c * 150}px;top:0px;">${THERAPY_ROWS.map(
            (r, i) =>
              `<div class="webix_cell" role="gridcell" aria-rowindex="${i + 1}" aria-colindex="${c + 1}" tabindex="${i + c === 0 ? 0 : -1}">${r[c]}</div>`,
          ).join('')}</div>`,
      )
      .join('');
    page(
      form(
        `${section('Prior therapies')}<div class="webix_view webix_dtable" view_id="therapies" role="grid" aria-rowcount="2" aria-colcount="5" style="width: 760px; height: 140px;"><div class="webix_ss_header" section="header" role="rowgroup"><div class="webix_hs_center"><table class="webix_hs_center_table" role="presentation" cellspacing="0" cellpadding="0"><tbody><tr style="height:0px;">${cols.map((_, c) => `<th style="width:150px;" column="${c}"></th>`).join('')}</tr><tr section="header" role="row" aria-rowindex="1">${cols.map((c, i) => `<td class="webix_hcell" role="columnheader" aria-colindex="${i + 1}" colspan="1" column="${i}" tabindex="-1">${c}</td>`).join('')}</tr></tbody></table></div></div><div class="webix_ss_body"><div class="webix_ss_center" style="width:760px;"><div class="webix_ss_center_scroll" role="rowgroup">${columns}<div class="webix_dt_editor" style="top:0px;left:600px;width:150px;height:33px;"><input type="text" aria-label="Outcome" style="width:150px;height:33px;" value="${THERAPIES['priorTherapies.0.outcome']}"></div></div></div></div></div>`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });
});
