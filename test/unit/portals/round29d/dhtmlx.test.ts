import { describe, expect, it } from 'vitest';
import { page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * DHTMLX Suite 9.1 GPL (DHTMLX/dhtmlx-suite-gpl at ea5e9a9e91fa3310b1a9a10467e4a9d82f7b6f8f, the built
 * codebase/suite.js; no sources ship, so the render functions were read there):
 * - Form Input `_draw`: `div.dhx_form-group` (`--required`, `--state_error`, `--hidden` modifiers from
 *   getFormItemCss) > Label `_drawLabel` `label.dhx_label[for=id]` + `.dhx_input__wrapper > div.dhx_input__container
 *   > input.dhx_input[data-dhx-id][id][name][autocomplete=off][aria-label=<label>]`, the validation message
 *   `span.dhx_input__caption` after the container. Each form item sits in a `dhx_layout-cell dhx_form-element`.
 * - DatePicker `_draw`: the same group, `.dhx_input__icon.dxi.dxi-calendar-today` + a read-only
 *   `input.dhx_input.dhx_input--icon-padding`; its Calendar in a Popup: `div.dhx_widget.dhx_popup[role=dialog]
 *   [aria-modal=true][aria-live=polite]` appended to body (removed on hide) > `div.dhx_popup-content` >
 *   `div.dhx_calendar.dhx_widget` whose days are `div.dhx_calendar-day[role=button][aria-pressed]`.
 * - Form Combo `_draw`: `div.dhx_form-group.dhx_form-group--combobox > div.dhx_form-combobox__container >
 *   div.dhx_widget.dhx_combobox` > `label.dhx_label.dhx_combobox__label` (no `for`) + `div.dhx_combobox-input-box`
 *   > icon + `ul.dhx_combobox-input-list` of tags (`li.dhx_combobox-tag > span.dhx_combobox-tag__value +
 *   button.dhx_combobox__action-remove[aria-label=remove]`, or one "N selected items" tag with a "clear all"
 *   button when itemsCount is set) and `input.dhx_combobox-input[role=combobox][aria-label="Type or select
 *   value"][aria-expanded][aria-controls]`; its list in a Popup: a Layout `dhx_combobox-options` holding
 *   `ul.dhx_widget.dhx_list[role=listbox][aria-label="Listbox , count of options = N."]` of
 *   `li.dhx_list-item[role=option][aria-selected=<focused>]` > `span.dhx_combobox-options__value`.
 * - Select `_draw`: `select.dhx_select.dhx_input`; Checkbox: `label.dhx_checkbox.dhx_form-group--checkbox` >
 *   `input.dhx_checkbox__input[aria-label="checkbox <text>"]` + `span.dhx_checkbox__visual-input` + `span.dhx_text`.
 * - Grid render: `div.dhx_grid.dhx_widget[role=grid]` > `.dhx_grid-content` > header rows `div.dhx_header-row
 *   [role=row] > div.dhx_grid-header-cell[role=columnheader]` (an InputFilter in a `[role=gridcell]` header cell:
 *   a `display:none` label "Type to search" + `input.dhx_input.dhx_grid-filter`), then `.dhx_grid-body` >
 *   `.dhx_data-wrap` > `div.dhx_grid-row[role=row] > div.dhx_grid-cell[role=gridcell]`; an open InputEditor is
 *   `input.dhx_cell-editor.dhx_cell-editor__input` in its cell.
 */

let n = 0;
const uid = () => `u${(n += 1)}`;
const cell = (inner: string) => `<div class="dhx_layout-cell dhx_form-element" style="padding: 8px;">${inner}</div>`;
type Opt = { error?: string; required?: boolean; hidden?: boolean };
const groupCss = (o: Opt) =>
  `${o.error ? ' dhx_form-group--state_error' : ''}${o.required ? ' dhx_form-group--required' : ''}${o.hidden ? ' dhx_form-group--hidden' : ''}`;
const caption = (o: Opt) => (o.error ? `<span class="dhx_input__caption">${o.error}</span>` : '');

const input = (label: string, value: string, o: Opt & { type?: string } = {}) => {
  const id = uid();
  return cell(
    `<div class="dhx_form-group${groupCss(o)}"><label class="dhx_label" for="${id}">${label}</label><div class="dhx_input__wrapper"><div class="dhx_input__container"><input type="${o.type ?? 'text'}" data-dhx-id="${id}" id="${id}" placeholder="" name="" class="dhx_input" autocomplete="off" aria-label="${label}" value="${value}"${o.required ? ' required' : ''}></div>${caption(o)}</div></div>`,
  );
};
const datepicker = (label: string, value: string) => {
  const id = uid();
  return cell(
    `<div class="dhx_form-group"><label class="dhx_label" for="${id}">${label}</label><div class="dhx_input__wrapper"><div class="dhx_input__container"><div class="dhx_input__icon dxi dxi-calendar-today"></div><input tabindex="0" data-dhx-id="${id}" value="${value}" type="text" placeholder="mm/dd/yyyy" name="" id="${id}" autocomplete="off" readonly class="dhx_input dhx_input--icon-padding" aria-label="${label}"></div></div></div>`,
  );
};
const select = (label: string, options: string[], chosen: string) => {
  const id = uid();
  return cell(
    `<div class="dhx_form-group"><label class="dhx_label" for="${id}">${label}</label><div class="dhx_input__wrapper"><div class="dhx_input__container"><div class="dhx_input__icon dxi dxi-menu-down"></div><select id="${id}" data-dhx-id="${id}" tabindex="0" class="dhx_select dhx_input">${options.map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v}</option>`).join('')}</select></div></div></div>`,
  );
};
type ComboOpt = Opt & { tags?: string[]; count?: number; placeholder?: string; open?: boolean; readOnly?: boolean };
const combo = (label: string, value: string, o: ComboOpt = {}) => {
  const list = uid();
  const tags = o.count
    ? `<li class="dhx_combobox-input-list__item dhx_combobox-tag"><span class="dhx_combobox-tag__value">${o.count} selected items</span><button class="dhx_button dhx_combobox-tag__action dhx_combobox__action-clear-all" aria-label="clear all"><span class="dhx_button__icon dxi dxi-close-circle"></span></button></li>`
    : (o.tags ?? [])
        .map(
          (t) =>
            `<li class="dhx_combobox-input-list__item dhx_combobox-tag" data-dhx-id="${t}"><span class="dhx_combobox-tag__value">${t}</span><button type="button" aria-label="remove" class="dhx_button dhx_button--icon dhx_combobox-tag__action dhx_combobox__action-remove"><span class="dhx_button__icon dxi dxi-close-circle"></span></button></li>`,
        )
        .join('');
  const empty = !value && !o.tags?.length && !o.count;
  return cell(
    `<div class="dhx_form-group dhx_form-group--combobox" data-dhx-id="${list}"><div class="dhx_form-combobox__container"><div data-dhx-widget-id="${list}w" class="dhx_widget dhx_combobox${o.required ? ' dhx_combobox--required' : ''}"><label class="dhx_label dhx_combobox__label">${label}</label><div class="dhx_combobox-input-box${o.readOnly ? ' dhx_combobox-input-box--readonly' : ''}${o.error ? ' dhx_combobox-input-box--state_error' : ''}"><div class="dhx_combobox-input__icon"><span class="dxi ${o.open ? 'dxi-menu-up' : 'dxi-menu-down'}"></span></div><div class="dhx_combobox-input-list-wrapper"><ul class="dhx_combobox-input-list">${tags}<li class="dhx_combobox-input-list__item dhx_combobox-input-list__item--input"><input type="text"${empty && o.placeholder ? ` placeholder="${o.placeholder}"` : ''} class="dhx_combobox-input"${o.readOnly ? ' readonly' : ''} role="combobox" aria-label="${o.readOnly ? 'Select value' : 'Type or select value'}" aria-expanded="${o.open ? 'true' : 'false'}" aria-controls="${list}" value="${value}"></li></ul></div></div></div></div><div class="dhx_form-combobox__wrapper">${o.error ? `<span class="dhx_input__caption">${o.error}</span>` : '<span class="dhx_input__caption"></span>'}</div></div>`,
  );
};
/** the combo's open list, a Popup appended to body */
const comboPopup = (list: string, options: string[], focused: string, selected: string[]) =>
  `<div class="dhx_widget dhx_popup" style="position: absolute; left: 24px; top: 310px; z-index: 10000002;" role="dialog" aria-modal="true" aria-live="polite"><div class="dhx_popup-content" tabindex="0"><div class="dhx_widget dhx_layout dhx_combobox-options dhx_combobox__options"><div class="dhx_layout-rows"><div class="dhx_layout-cell" style="height: content;"><ul style="max-height: 200px; position: relative;" tabindex="0" id="${list}" data-dhx-widget-id="${list}" data-dhx-drop-area="row" role="listbox" aria-label="Listbox , count of options = ${options.length}." aria-multiselectable="${selected.length > 1}" aria-readonly="true" class="dhx_widget dhx_list">${options
    .map(
      (v) =>
        `<li class="dhx_list-item${selected.includes(v) ? ' dhx_list-item--selected' : ''}${v === focused ? ' dhx_list-item--focus' : ''}" data-dhx-id="${v}" style="height: 36px;" role="option" aria-selected="${v === focused}" tabindex="${v === focused ? 0 : -1}"><span class="dhx_combobox-options__value">${v}</span></li>`,
    )
    .join('')}</ul></div></div></div></div></div>`;
const calendarPopup = (month: string, days: number, chosen: number) =>
  `<div class="dhx_widget dhx_popup" style="position: absolute; left: 24px; top: 160px; z-index: 10000002;" role="dialog" aria-modal="true" aria-live="polite"><div class="dhx_popup-content" tabindex="0"><div class="dhx_calendar dhx_widget" style="width: 250px;"><div class="dhx_calendar__wrapper"><div class="dhx_calendar__navigation"><button class="dhx_calendar-navigation__button dhx_calendar-action__prev dhx_button dhx_button--view_link dhx_button--icon dhx_button--circle" aria-label="prev" type="button"><div class="dhx_button__icon dxi dxi-chevron-left"></div></button><button class="dhx_calendar-action__show-month dhx_button dhx_button--view_link dhx_button--size_small dhx_button--color_secondary dhx_button--circle" aria-live="polite" type="button">${month}</button><button class="dhx_calendar-navigation__button dhx_calendar-action__next dhx_button dhx_button--view_link dhx_button--icon dhx_button--circle" aria-label="next" type="button"><div class="dhx_button__icon dxi dxi-chevron-right"></div></button></div><div class="dhx_calendar__weekdays">${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<div class="dhx_calendar-weekday">${d}</div>`).join('')}</div><div class="dhx_calendar__days">${Array.from(
    { length: days },
    (_, i) =>
      `<div class="dhx_calendar-day${i + 1 === chosen ? ' dhx_calendar-day--selected' : ''}" role="button" tabindex="${i + 1 === chosen ? 0 : -1}" aria-pressed="${i + 1 === chosen}">${i + 1}</div>`,
  ).join('')}</div></div></div></div></div>`;
const fieldset = (legend: string, body: string) =>
  `<fieldset class="dhx_form-fieldset"><legend class="dhx_form-fieldset-legend dhx_form-fieldset-legend--left">${legend}</legend><div class="dhx_layout-rows">${body}</div></fieldset>`;
const form = (body: string) =>
  `<div class="dhx_widget dhx_form" data-dhx-widget-id="paForm"><div class="dhx_layout-rows">${body}${cell('<button type="button" class="dhx_button dhx_button--view_flat dhx_button--color_primary dhx_button--size_medium">Submit</button>')}</div></div>`;

/** a dhx_grid: `filters` puts an InputFilter row under the titles; `editing` opens an InputEditor in row 1, col 1 */
const grid = (cols: string[], rows: readonly (readonly string[])[], o: { filters?: string[]; editing?: string } = {}) => {
  const header = `<div class="dhx_header-row" role="row" aria-rowindex="1">${cols.map((c, i) => `<div class="dhx_grid-header-cell dhx_grid-header-cell--align_left" data-dhx-id="c${i}" style="width: 140px; height: 40px;" aria-colindex="${i + 1}" role="columnheader" aria-sort="none"><div class="dhx_grid-header-cell-text" role="presentation"><span class="dhx_grid-header-cell-text_content">${c}</span></div></div>`).join('')}</div>`;
  const filters = o.filters
    ? `<div class="dhx_header-row" role="row" aria-rowindex="2">${cols.map((_, i) => `<div class="dhx_grid-header-cell" data-dhx-id="c${i}" style="width: 140px; height: 40px;" aria-colindex="${i + 1}" role="gridcell"><div class="dhx_grid-header-cell-text" role="presentation"><span class="dhx_grid-header-cell-text_content"><div class="dhx_grid-filter__label dxi dxi-magnify" aria-label="Type to search"><label style="display: none;" aria-label="Type to search" for="f${i}">Type to search</label><input type="text" class="dhx_input dhx_grid-filter" id="f${i}" value="${o.filters![i] ?? ''}"></div></span></div></div>`).join('')}</div>`
    : '';
  const body = rows
    .map(
      (r, y) =>
        `<div class="dhx_grid-row" style="height: 40px;" data-dhx-id="r${y}" role="row" aria-rowindex="${y + 1}">${r.map((v, x) => `<div class="dhx_grid-cell${o.editing && y === 0 && x === 0 ? ' dhx_grid-cell--edited' : ''}" style="width: 140px; height: 40px;" data-dhx-col-id="c${x}" role="gridcell" aria-colindex="${x + 1}" aria-readonly="${o.editing ? 'false' : 'true'}">${o.editing && y === 0 && x === 0 ? `<input class="dhx_cell-editor dhx_cell-editor__input" data-dhx-id="cell_editor" value="${o.editing}">` : v}</div>`).join('')}</div>`,
    )
    .join('');
  return `<div class="dhx_grid dhx_widget dhx_grid_border" data-dhx-widget-id="${uid()}" role="grid" aria-rowcount="${rows.length}" aria-colcount="${cols.length}" aria-readonly="${o.editing ? 'false' : 'true'}" aria-multiselectable="false"><div class="dhx_grid-content" role="presentation"><div class="dhx_header-wrapper" role="presentation"><div class="dhx_grid-header" role="presentation">${header}${filters}</div></div><div class="dhx_grid-body" role="presentation"><div><div class="dhx_data-wrap" role="presentation">${body}</div></div></div></div></div>`;
};

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const request = (drug = combo('Drug name', ILARIS['drug.name'])) =>
  `${fieldset('Member', `${input('Member ID', ILARIS['patient.memberId'], { required: true })}${datepicker('Date of birth', ILARIS['patient.dob'])}${input('Weight (kg)', '72', { type: 'number' })}`)}${fieldset('Diagnosis', combo('ICD-10 codes', '', { tags: ['M04.1', 'M06.1'] }))}${fieldset('Medication', `${drug}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${input('Dose (mg)', '150', { type: 'number' })}${input('Billing units', '150', { type: 'number' })}${select('Frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 4 weeks')}`)}${fieldset('Labs', `${input('CRP (mg/L)', '24', { type: 'number' })}${datepicker('CRP collection date', ILARIS['labs.crpDate'])}`)}${fieldset('Prescriber', input('Prescriber NPI', ILARIS['prescriber.npi']))}`;
const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };
const THERAPY_COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];

const typedDrug = () => input('Drug name', ILARIS['drug.name']);

describe('DHTMLX Suite 9: Form (Input, DatePicker, Combo, Select), Popups on body, Grid', () => {
  it('reads the full Ilaris request with prior therapies in a grid', () => {
    page(`${form(request())}<h3>Prior therapies</h3>${grid(THERAPY_COLS, THERAPY_ROWS)}`);
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads the request with a typed drug name and prior therapies in a grid', () => {
    page(`${form(request(typedDrug()))}<h3>Prior therapies</h3>${grid(THERAPY_COLS, THERAPY_ROWS)}`);
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a single combo by the label drawn before its input', () => {
    page(form(`${combo('Drug name', ILARIS['drug.name'])}${combo('Frequency', '', { placeholder: 'Choose' })}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads the whole form while the codes combo list is open (a popup drawn as a modal dialog)', () => {
    const codes = combo('ICD-10 codes', '', { tags: ['M04.1', 'M06.1'], open: true });
    const list = /aria-controls="(u\d+)"/.exec(codes)![1]!;
    page(
      `${form(`${input('Member ID', ILARIS['patient.memberId'])}${codes}${typedDrug()}`)}${comboPopup(list, CODES, 'M04.8', ['M04.1', 'M06.1'])}`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.name': ILARIS['drug.name'],
    });
    nothingFrom('.dhx_popup');
  });

  it('reads a date by its input, not the pressed day of its open calendar', () => {
    page(
      `${form(`${input('Member ID', ILARIS['patient.memberId'])}${datepicker('Date of birth', ILARIS['patient.dob'])}`)}${calendarPopup('March 1988', 31, 14)}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
    nothingFrom('.dhx_popup');
  });

  it('reads no code from a combo showing only its "2 selected items" count tag', () => {
    page(form(`${combo('ICD-10 codes', '', { count: 2 })}${input('Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('skips a hidden form group (dhx_form-group--hidden) holding a stale member ID', () => {
    page(form(`${input('Member ID', 'U7710204455', { hidden: true })}${input('Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads a read-only combo by its text, not a hidden form group holding a stale drug', () => {
    page(
      form(
        `${input('Drug name', 'Kineret (anakinra)', { hidden: true })}${combo('Drug name', ILARIS['drug.name'], { readOnly: true })}${input('HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  it('names fields by their labels, not the validation caption of the field before', () => {
    page(
      form(
        `${input('Member ID', '', { required: true, error: 'Member ID is required' })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads the form below a past-requests grid whose filter boxes are typed in', () => {
    page(
      `<h3>Past requests</h3>${grid(['Member ID', 'Drug', 'Status'], [['U4829163702', 'Kineret (anakinra)', 'Approved']], { filters: ['U4829', 'Kineret', ''] })}${form(request(typedDrug()))}`,
    );
    expect(read()).toEqual(REQUEST);
    nothingFrom('.dhx_grid');
  });

  it('reads prior therapies from a grid with a cell editor open on the first drug', () => {
    page(`${form(request(typedDrug()))}<h3>Prior therapies</h3>${grid(THERAPY_COLS, THERAPY_ROWS, { editing: 'colchicine 0.6' })}`);
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'priorTherapies.0.drug': 'colchicine 0.6' });
  });
});
