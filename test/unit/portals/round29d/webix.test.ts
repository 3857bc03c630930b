import { describe, expect, it } from 'vitest';
import { page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Webix 11 (webix-hub/webix at 8cc71f682500c5337afe2848d5235d8f5b265843, GPL sources):
 * - sources/views/text.js `$renderInput`/`$renderLabel`/`_baseInputHTML`: `div.webix_view.webix_control.webix_el_<name>`
 *   > `div.webix_el_box` > `label.webix_inp_label[for=x<uid>]` + `input#x<uid>[type=<config.type||name>]`
 *   (`readonly='true' aria-readonly=''` when read-only) + icon span; `_render_div_block` draws the richselect /
 *   datepicker box as `div.webix_inp_static[role=combobox][aria-label]`.
 * - combo.js: the text template with `role='combobox'` added to the input, type = its name, "combo";
 *   suggest.js `linkInput` adds `aria-autocomplete="list" aria-expanded`; the suggest is a `webix_window
 *   webix_popup` (window.js: role=dialog, hidden by `style.display = "none"`, left at the end of body) holding
 *   list.js's `div.webix_list[role=listbox]` of `div.webix_list_item[role=option][aria-selected]`.
 * - checkbox.js with the skin's customCheckbox: the native box `display:none` + `a[role=presentation] >
 *   button.webix_custom_checkbox[role=checkbox][aria-checked][aria-label]` + `label.webix_label_right`.
 * - fieldset.js: `fieldset > legend.webix_fieldset_label + div.webix_fieldset_body`.
 * - datatable.js `_render_subheader`: header cells `div.webix_hcolumn > div.webix_hcell[row][column]`; a
 *   ui/datafilter.js textFilter puts a bare `<input type='text'>` in a `webix_hcell webix_ss_filter`;
 *   data cells `div.webix_column > div.webix_cell[role=gridcell]`, the view `role=grid`.
 * - baseview.js/button.js `disable()`: `webix_disabled_view` + `aria-disabled` on the view, a
 *   `div.webix_disabled` cover, `webix_disabled_box` on the box, `disabled` on its inputs.
 * - core/modality.js: a modal window adds `div.webix_modal` to body.
 */

let n = 3000;
const xid = () => `x${(n += 1)}`;
const view = (type: string, inner: string, extra = '', attrs = '') =>
  `<div class="webix_view webix_control webix_el_${type}${extra}" view_id="$${type}${(n += 1)}"${attrs} style="display: inline-block; vertical-align: top; border-width: 0px; margin-top: 0px; margin-left: 0px; width: 480px; height: 38px;">${inner}</div>`;
const label = (t: string, id: string) =>
  `<label style="text-align:left; line-height:32px; width:140px;" onclick="" for="${id}" class="webix_inp_label ">${t}</label>`;
const box = (inner: string, disabled = false) =>
  `<div class="webix_el_box${disabled ? ' webix_disabled_box' : ''}" style="width:480px; height:38px">${inner}</div>`;

type Opt = { type?: string; readonly?: boolean; disabled?: boolean };
const text = (lbl: string, value: string, o: Opt = {}) => {
  const id = xid();
  return view(
    'text',
    `${box(`${label(lbl, id)}<input ${o.readonly ? "readonly='true' aria-readonly=''" : ''}id="${id}" type="${o.type ?? 'text'}" value="${value}" style="width:330px;text-align:left;"${o.disabled ? ' disabled="true"' : ''}>`, o.disabled)}${o.disabled ? '<div class="webix_disabled" style="left:0px; top:0px;"></div>' : ''}`,
    o.disabled ? ' webix_disabled_view' : '',
    o.disabled ? ' aria-disabled="true"' : '',
  );
};
const combo = (lbl: string, value: string, placeholder = '') => {
  const id = xid();
  return view(
    'combo',
    box(
      `${label(lbl, id)}<input role="combobox" ${placeholder ? `placeholder="${placeholder}" ` : ''}id="${id}" type="combo" value="${value}" style="width:330px;text-align:left;padding-right:27px;" aria-autocomplete="list" aria-expanded="false"><span style="height:22px;padding-top:4px;" class="webix_input_icon wxi-menu-down"></span>`,
    ),
  );
};
const datepicker = (lbl: string, value: string) => {
  const id = xid();
  return view(
    'datepicker',
    box(
      `${label(lbl, id)}<div class="webix_inp_static" role="combobox" aria-label="${lbl}" tabindex="0" onclick="" style="line-height:32px;width:330px;text-align:left;" aria-autocomplete="list" aria-expanded="false" aria-live="assertive" aria-atomic="true">${value || '<span class="webix_placeholder">mm/dd/yyyy</span>'}</div><span style="right:8px;height:22px;padding-top:4px;" class="webix_input_icon wxi-calendar"></span>`,
    ),
  );
};
const checkbox = (lbl: string, right: string, checked: boolean) => {
  const id = xid();
  return view(
    'checkbox',
    box(
      `${label(lbl, id)}<div style="line-height:32px" class="webix_inp_checkbox_border webix_el_group webix_checkbox_${checked ? 1 : 0}"><input style="margin-top:11px;display:none" id="${id}" type="checkbox" ${checked ? 'checked="1"' : ''} aria-label="${right}"><a role="presentation" onclick="javascript:void(0)"><button role="checkbox" aria-checked="${checked}" aria-label="${right}" type="button" aria-invalid="false" class="webix_custom_checkbox"></button></a><label class="webix_label_right">${right}</label></div>`,
    ),
  );
};
/** the combo's suggest: a popup window at the end of body; `shown` false leaves it as hide() does */
const suggest = (options: string[], selected: string, shown: boolean) =>
  `<div class="webix_view webix_window webix_popup" role="dialog" tabindex="0" view_id="$suggest${(n += 1)}" style="${shown ? 'display: block; ' : 'display: none; '}position: absolute; left: 160px; top: 230px; width: 330px; z-index: 105;"><div class="webix_win_content"><div class="webix_win_head" style="display: none;"></div><div class="webix_win_body"><div class="webix_view webix_list" role="listbox" view_id="$list${n}" style="width: 328px; height: 102px;"><div class="webix_scroll_cont">${options
    .map(
      (o, i) =>
        `<div webix_l_id="${i + 1}" class="webix_list_item${o === selected ? ' webix_selected' : ''}" style="width:auto; height:34px; overflow:hidden;" role="option"${o === selected ? ' aria-selected="true" tabindex="0"' : ' tabindex="-1"'}>${o}</div>`,
    )
    .join('')}</div></div></div></div></div>`;
const fieldset = (legend: string, body: string) =>
  `<div class="webix_view webix_fieldset" view_id="$fieldset${(n += 1)}" style="width: 480px;"><fieldset><legend class="webix_fieldset_label">${legend}</legend><div class="webix_fieldset_body"><div class="webix_view webix_layout_line" view_id="$layout${n}">${body}</div></div></fieldset></div>`;
const form = (rows: string) =>
  `<div class="webix_view webix_form webix_layout_form" view_id="paform" role="form" style="border-width: 1px; width: 520px;"><div class="webix_scroll_cont"><div class="webix_view webix_layout_line" view_id="$layout1" style="width: 480px;">${rows}<div class="webix_view webix_control webix_el_button webix_primary" view_id="$button1"><div class="webix_el_box"><button type="button" class="webix_button">Submit</button></div></div></div></div></div>`;
/** a window (window.js): `display:none` once hidden; modal ones add body's `div.webix_modal` */
const win = (title: string, body: string, shown: boolean) =>
  `<div class="webix_view webix_window" role="dialog" tabindex="0" aria-label="${title}" view_id="$window${(n += 1)}" style="display: ${shown ? 'block' : 'none'}; position: absolute; left: 300px; top: 80px; width: 560px; z-index: 102;"><div class="webix_win_content"><div class="webix_win_head"><div class="webix_view webix_template webix_win_title"><div>${title}</div></div></div><div class="webix_win_body">${body}</div></div></div>`;

const request = () =>
  `${text('Member ID', ILARIS['patient.memberId'])}${datepicker('Date of birth', ILARIS['patient.dob'])}${text('Weight (kg)', '72', { type: 'number' })}${text('ICD-10 codes', 'M04.1, M06.1')}${combo('Drug name', ILARIS['drug.name'])}${text('HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', ILARIS['drug.ndc'])}${text('Dose (mg)', '150', { type: 'number' })}${text('Billing units', '150', { type: 'number' })}${combo('Frequency', 'Every 4 weeks', 'Choose')}${text('CRP (mg/L)', '24', { type: 'number' })}${datepicker('CRP collection date', ILARIS['labs.crpDate'])}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`;
const therapy = (i: 0 | 1) =>
  fieldset(
    `Prior therapy ${i + 1}`,
    `${text('Drug', THERAPIES[`priorTherapies.${i}.drug`])}${text('Dose', THERAPIES[`priorTherapies.${i}.dose`])}${datepicker('Start date', THERAPIES[`priorTherapies.${i}.start`])}${datepicker('Stop date', THERAPIES[`priorTherapies.${i}.stop`])}${text('Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}`,
  );
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

/** a datatable of past requests with textFilter / header cells, as `_render_subheader` draws it */
const pastRequests = (filters: string[] | null, editor = '') => {
  const cols = ['Member ID', 'Drug', 'Submitted'];
  const rows = [
    ['U4829163702', 'Kineret (anakinra)', '05/02/2026'],
    ['U7710204455', 'Actemra (tocilizumab)', '04/18/2026'],
  ];
  const header = cols
    .map(
      (c, i) =>
        `<div class="webix_hcolumn" style="${i ? `position:absolute;top:0px;left:${i * 160}px;` : 'position:static;'}width:160px;"><div row="0" column="${i}" class="webix_hcell${i ? '' : ' webix_first'}">${c}</div>${filters ? `<div row="1" column="${i}" active_id="$f${i}" class="webix_hcell webix_ss_filter webix_last_row"><input type="text" value="${filters[i] ?? ''}"></div>` : ''}</div>`,
    )
    .join('');
  const columns = cols
    .map(
      (_, c) =>
        `<div class="webix_column" column="${c}" style="width:160px;left:${c * 160}px;top:0px;">${rows.map((r, i) => `<div role="gridcell" aria-rowindex="${i + 1}" aria-colindex="${c + 1}" class="webix_cell">${r[c]}</div>`).join('')}</div>`,
    )
    .join('');
  return `<div class="webix_view webix_dtable" view_id="pastRequests" role="grid" aria-rowcount="2" aria-colcount="3" aria-readonly="true" style="width: 482px; height: 200px;"><div class="webix_ss_header" section="header"><div class="webix_hs_left"></div><div class="webix_hs_center"><div style="background:inherit;width:480px;">${header}</div></div><div class="webix_hs_right"></div></div><div class="webix_ss_body"><div class="webix_ss_left"><div class="webix_ss_center_scroll"></div></div><div class="webix_ss_center"><div class="webix_ss_center_scroll" role="rowgroup">${columns}${editor ? `<div class="webix_dt_editor" style="top: 0px; left: 160px; width: 159px; height: 33px;"><input type="text" aria-label="Drug" value="${editor}"></div>` : ''}</div></div><div class="webix_ss_right"></div></div></div>`;
};

describe('Webix 11: combo, custom checkbox, fieldsets, windows, a filtered datatable beside the form', () => {
  it('reads the full Ilaris request with prior therapies in fieldsets', () => {
    page(`${form(`${request()}${therapy(0)}${therapy(1)}`)}${suggest(DRUGS, DRUGS[0]!, false)}`);
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads a combo by its input, not the other item highlighted in its open suggest list', () => {
    page(`${form(combo('Drug name', ILARIS['drug.name']))}${suggest(DRUGS, DRUGS[1]!, true)}`);
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.webix_popup');
  });

  it('reads an empty combo (placeholder shown) as empty, with its hidden suggest left in the body', () => {
    page(`${form(combo('Frequency', '', 'Choose'))}${suggest(['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 8 weeks', false)}`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('names the field after a custom checkbox by its own label, not the checkbox text', () => {
    page(form(`${checkbox('', 'Patient consents to release of records', true)}${text('Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    noDuplicatePaths();
  });

  it('reads the form and nothing from a past-requests datatable whose filter boxes are typed in', () => {
    page(`${form(request())}${pastRequests(['', 'Kineret', ''])}`);
    expect(read()).toEqual(REQUEST);
    nothingFrom('.webix_dtable');
  });

  it('reads the form below a past-requests datatable, not its typed filter boxes', () => {
    page(`${pastRequests(['U7710204455', 'Kineret', ''])}${form(request())}`);
    expect(read()).toEqual(REQUEST);
  });

  it('reads the form below a datatable of past requests with a cell editor open on its Drug column', () => {
    page(`${pastRequests(null, 'Kineret (anakinra)')}${form(request())}`);
    expect(read()).toEqual(REQUEST);
    nothingFrom('.webix_dtable');
  });

  it('takes nothing from a hidden window left in the body with a therapy editor still filled', () => {
    page(`${form(request())}${win('Edit prior therapy', form(therapy(0)), false)}`);
    expect(read()).toEqual(REQUEST);
    nothingFrom('.webix_window');
  });

  it('reads the request in an open modal window, not the shell behind it', () => {
    page(
      `${form(`${text('Member ID', 'U7710204455')}${combo('Drug name', 'Actemra (tocilizumab)')}`)}<div class="webix_modal" style="z-index: 101;"></div>${win('New prior authorization', form(request()), true)}`,
    );
    expect(read()).toEqual(REQUEST);
  });

  it('reads disabled and read-only text views by their values', () => {
    page(
      form(
        `${text('Member ID', ILARIS['patient.memberId'], { readonly: true })}${text('Prescriber NPI', ILARIS['prescriber.npi'], { disabled: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
