import { describe, expect, it } from 'vitest';
import { field, normalized, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Kendo UI for Angular 16-18 (@progress/kendo-angular-*; telerik/kendo-angular holds the demos and
 * issues, the component source is closed: this markup is from the rendered demo pages and the Kendo
 * themes' documented "rendering" of each component, so the structure is surer than each attribute):
 * - `form.k-form.k-form-md > fieldset.k-form-fieldset > legend.k-form-legend`; `kendo-formfield
 *   .k-form-field` > `kendo-label` (its `label.k-label[id][for]`, "(Optional)" as
 *   `span.k-label-optional` inside the label) + `div.k-form-field-wrap` > the component +
 *   `kendo-formhint.k-form-hint` / `kendo-formerror.k-form-error`; Angular's `_ngcontent-*` attributes.
 * - kendo-textbox: the host element classed `k-textbox k-input k-input-md k-rounded-md k-input-solid`
 *   > `input.k-input-inner[aria-labelledby=<label id>]` (+ `kendo-textbox-suffix` with text).
 * - kendo-dropdownlist: the host `kendo-dropdownlist.k-dropdownlist.k-picker[role=combobox]
 *   [aria-haspopup=listbox][aria-expanded][tabindex=0][aria-labelledby]` > `span.k-input-inner >
 *   span.k-input-value-text` + `button.k-input-button[aria-label=Select]`; the open list in
 *   `kendo-popup.k-animation-container` appended at the end of the app root, `ul.k-list-ul[role=listbox]
 *   > li.k-list-item[role=option][aria-selected] > span.k-list-item-text`.
 * - kendo-multiselect: host `.k-multiselect.k-input` > `kendo-taglist.k-chip-list[role=listbox]` of
 *   `div.k-chip[role=option]` (`span.k-chip-content > span.k-chip-label` + `span.k-chip-actions >
 *   span.k-chip-remove-action[aria-hidden=true]` with an x-circle svg icon) then `kendo-searchbar >
 *   input.k-input-inner[role=combobox][aria-describedby=<taglist id>]` (empty).
 * - kendo-datepicker (format "MM/dd/yyyy"): host `.k-datepicker.k-input` > `kendo-dateinput` >
 *   `input.k-input-inner[role=combobox][aria-haspopup=grid]` holding the whole date as ONE text
 *   "11/02/2026", or, when empty, the wide format placeholder "month/day/year" AS ITS VALUE; then
 *   `button.k-input-button[aria-label="Toggle calendar"]`.
 * - kendo-numerictextbox: host `.k-numerictextbox.k-input` > `input.k-input-inner[role=spinbutton]
 *   [aria-valuenow]` showing the value in `format` (default "n2": "72.00") + `span.k-input-spinner`
 *   with `button.k-spinner-increase[aria-label="Increase value"]` / `k-spinner-decrease`.
 * - kendo-grid (inline editing): `div.k-grid-aria-root[role=grid]` > header `table[role=presentation]`
 *   of `th.k-header[role=columnheader] span.k-column-title`, body `table.k-grid-table` whose committed
 *   rows hold text cells and whose edit row `tr.k-grid-edit-row` holds editors (`input.k-textbox` via
 *   kendoTextBox, kendo-datepicker for dates).
 */

const ng = '_ngcontent-ng-c1462833512=""';
const icon = (name: string) =>
  `<kendo-icon-wrapper ${ng} name="${name}" class="k-button-icon"><span class="k-icon k-svg-icon k-svg-i-${name}" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" focusable="false"><path d="M256 352 128 160h256z"></path></svg></span></kendo-icon-wrapper>`;
const inputButton = (label: string, name: string) =>
  `<button type="button" tabindex="-1" aria-label="${label}" title="${label}" class="k-input-button k-button k-icon-button k-button-md k-button-solid k-button-solid-base">${icon(name)}</button>`;

let n = 0;
const kid = () => `k-${(0x3f9a0 + n++).toString(16)}-b2c4`;

type Extra = { optional?: boolean; hint?: string; error?: string };

/** kendo-formfield with kendo-label; `control(labelId, inputId)` renders the component */
function formfield(label: string, control: (labelId: string, inputId: string) => string, o: Extra = {}): string {
  const [l, i] = [kid(), kid()];
  return `<kendo-formfield ${ng} class="k-form-field${o.error ? ' k-form-field-error' : ''}"><kendo-label ${ng} dir="ltr"><label class="k-label" id="${l}" for="${i}">${label}${o.optional ? '<span class="k-label-optional">(Optional)</span>' : ''}</label></kendo-label><div class="k-form-field-wrap">${control(l, i)}${
    o.hint ? `<kendo-formhint ${ng} class="k-form-hint k-text-start">${o.hint}</kendo-formhint>` : ''
  }${o.error ? `<kendo-formerror ${ng} class="k-form-error k-text-start">${o.error}</kendo-formerror>` : ''}</div></kendo-formfield>`;
}

const textbox = (value: string, suffix?: string) => (l: string, i: string) =>
  `<kendo-textbox ${ng} class="k-textbox k-input k-input-md k-rounded-md k-input-solid"><input class="k-input-inner" autocomplete="off" type="text" id="${i}" aria-labelledby="${l}" aria-invalid="false" value="${value}">${
    suffix
      ? `<kendo-textbox-suffix class="k-input-suffix k-input-suffix-horizontal"><span ${ng} class="k-input-suffix-text">${suffix}</span></kendo-textbox-suffix>`
      : ''
  }</kendo-textbox>`;
const text = (label: string, value: string, o: Extra & { suffix?: string } = {}) => formfield(label, textbox(value, o.suffix), o);

/** kendo-dropdownlist; `popup` is the opened list for the end of the app root */
function dropdownlist(
  label: string,
  value: string,
  items: string[],
  o: { open?: boolean; defaultItem?: string } = {},
): { html: string; popup: string } {
  const listId = kid();
  const html = formfield(
    label,
    (l, i) =>
      `<kendo-dropdownlist ${ng} class="k-dropdownlist k-picker k-picker-md k-rounded-md k-picker-solid${o.open ? ' k-focus' : ''}" role="combobox" aria-haspopup="listbox" aria-expanded="${o.open ? 'true' : 'false'}" tabindex="0" id="${i}" aria-labelledby="${l}"${o.open ? ` aria-controls="${listId}"` : ''} dir="ltr"><span unselectable="on" class="k-input-inner"><span class="k-input-value-text">${value || o.defaultItem || ''}</span></span>${inputButton('Select', 'caret-alt-down')}<!--container--></kendo-dropdownlist>`,
  );
  const popup = o.open
    ? `<kendo-popup class="k-animation-container k-animation-container-shown" style="position: absolute; top: 232px; left: 24px; width: 280px; z-index: 10002;"><div class="k-child-animation-container" style="transition-delay: 0ms;"><div class="k-popup k-list-container"><div class="k-list k-list-md"><div class="k-list-content k-list-scroller" unselectable="on" style="max-height: 200px;"><ul role="listbox" class="k-list-ul" id="${listId}" aria-live="polite">${items
        .map(
          (v, i) =>
            `<li role="option" class="k-list-item${v === value ? ' k-selected' : ''}" aria-selected="${v === value}" id="${listId}-${i}" index="${i}"><span class="k-list-item-text">${v}</span></li>`,
        )
        .join('')}</ul></div></div></div></div></kendo-popup>`
    : '';
  return { html, popup };
}
const ddl = (label: string, value: string, items: string[], o: { defaultItem?: string } = {}) => dropdownlist(label, value, items, o).html;

const multiselect = (label: string, chips: string[], placeholder = 'Add codes') =>
  formfield(label, (l, i) => {
    const tl = kid();
    return `<kendo-multiselect ${ng} class="k-multiselect k-input k-input-md k-rounded-md k-input-solid" dir="ltr"><div class="k-input-values"><kendo-taglist class="k-chip-list k-chip-list-md k-selection-multiple" role="listbox" aria-orientation="horizontal" id="${tl}">${chips
      .map(
        (c) =>
          `<div class="k-chip k-chip-md k-rounded-md k-chip-solid k-chip-solid-base" role="option" aria-selected="true" id="${kid()}"><span class="k-chip-content"><span class="k-chip-label k-text-ellipsis">${c}</span></span><span class="k-chip-actions"><span class="k-chip-action k-chip-remove-action" aria-hidden="true">${icon('x-circle').replace('k-button-icon', 'k-chip-icon')}</span></span></div>`,
      )
      .join(
        '',
      )}</kendo-taglist><kendo-searchbar class="k-searchbar"><input role="combobox" class="k-input-inner" id="${i}" aria-labelledby="${l}" aria-haspopup="listbox" aria-expanded="false" aria-describedby="${tl}" autocomplete="off" tabindex="0" placeholder="${chips.length ? '' : placeholder}" value=""></kendo-searchbar></div><!--container--></kendo-multiselect>`;
  });

const datepickerEl = (value: string, ids?: { l: string; i: string }) =>
  `<kendo-datepicker ${ng} class="k-datepicker k-input k-input-md k-rounded-md k-input-solid" dir="ltr"><kendo-dateinput class="k-dateinput"><input role="combobox" class="k-input-inner" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" type="text"${ids ? ` id="${ids.i}" aria-labelledby="${ids.l}"` : ''} aria-haspopup="grid" aria-expanded="false" aria-invalid="false" value="${value || 'month/day/year'}"></kendo-dateinput>${inputButton('Toggle calendar', 'calendar')}<!--container--></kendo-datepicker>`;
const datepicker = (label: string, value: string, o: Extra = {}) => formfield(label, (l, i) => datepickerEl(value, { l, i }), o);

const numeric = (label: string, shown: string, now: number, o: Extra = {}) =>
  formfield(
    label,
    (l, i) =>
      `<kendo-numerictextbox ${ng} class="k-numerictextbox k-input k-input-md k-rounded-md k-input-solid" dir="ltr"><input role="spinbutton" class="k-input-inner" autocomplete="off" autocorrect="off" type="text" id="${i}" aria-labelledby="${l}" aria-valuenow="${now}" aria-invalid="false" value="${shown}"><span class="k-input-spinner k-spin-button"><button type="button" tabindex="-1" aria-label="Increase value" title="Increase value" class="k-spinner-increase k-button k-button-md k-icon-button k-button-solid k-button-solid-base">${icon('caret-alt-up')}</button><button type="button" tabindex="-1" aria-label="Decrease value" title="Decrease value" class="k-spinner-decrease k-button k-button-md k-icon-button k-button-solid k-button-solid-base">${icon('caret-alt-down')}</button></span></kendo-numerictextbox>`,
    o,
  );

/** kendo-grid of prior therapies; rows in `editing` are edit rows, the others committed text */
function grid(editing: number[]): string {
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const header = `<div class="k-grid-header" role="presentation"><div class="k-grid-header-wrap" data-scrollable=""><table role="presentation" class="k-grid-header-table k-table k-table-md"><colgroup>${cols.map(() => '<col>').join('')}</colgroup><thead role="rowgroup" class="k-table-thead"><tr role="row" aria-rowindex="1" class="k-table-row">${cols
    .map(
      (c, i) =>
        `<th role="columnheader" aria-colindex="${i + 1}" aria-selected="false" class="k-header k-table-th" rowspan="1" colspan="1"><span class="k-cell-inner"><span class="k-link"><span class="k-column-title">${c}</span></span></span></th>`,
    )
    .join(
      '',
    )}<th role="columnheader" aria-colindex="6" class="k-header k-table-th k-command-cell"><span class="k-cell-inner"><span class="k-link"><span class="k-column-title"></span></span></span></th></tr></thead></table></div></div>`;
  const rows = THERAPY_ROWS.map((r, ri) => {
    const edit = editing.includes(ri);
    const cells = r
      .map((v, ci) => {
        const cell = !edit
          ? v
          : ci === 2 || ci === 3
            ? datepickerEl(v)
            : `<input kendotextbox="" class="k-textbox k-input k-input-md k-rounded-md k-input-solid" value="${v}">`;
        return `<td role="gridcell" aria-colindex="${ci + 1}" aria-selected="false" class="k-table-td" data-kendo-grid-column-index="${ci}">${cell}</td>`;
      })
      .join('');
    const commands = edit
      ? '<button kendogridsavecommand="" type="button" class="k-grid-save-command k-button k-button-md k-button-solid k-button-solid-primary"><span class="k-button-text">Update</span></button><button kendogridcancelcommand="" type="button" class="k-grid-cancel-command k-button k-button-md k-button-solid k-button-solid-base"><span class="k-button-text">Cancel</span></button>'
      : '<button kendogrideditcommand="" type="button" class="k-grid-edit-command k-button k-button-md k-button-solid k-button-solid-primary"><span class="k-button-text">Edit</span></button>';
    return `<tr role="row" aria-rowindex="${ri + 2}" class="k-master-row k-table-row${ri % 2 ? ' k-alt k-table-alt-row' : ''}${edit ? ' k-grid-edit-row' : ''}" data-kendo-grid-item-index="${ri}">${cells}<td role="gridcell" aria-colindex="6" class="k-table-td k-command-cell">${commands}</td></tr>`;
  }).join('');
  return `<kendo-grid ${ng} class="k-grid k-grid-md"><div class="k-grid-aria-root" role="grid" id="${kid()}" aria-colcount="6" aria-rowcount="3">${header}<kendo-grid-list class="k-grid-container" role="presentation"><div class="k-grid-content k-virtual-content" role="presentation"><div role="presentation" class="k-grid-table-wrap"><table role="presentation" class="k-grid-table k-table k-table-md"><colgroup>${cols.map(() => '<col>').join('')}<col></colgroup><tbody role="rowgroup" class="k-table-tbody">${rows}</tbody></table></div></div></kendo-grid-list></div></kendo-grid>`;
}

const fieldset = (legend: string, body: string) =>
  `<fieldset ${ng} class="k-form-fieldset"><legend ${ng} class="k-form-legend">${legend}</legend>${body}</fieldset>`;
const app = (body: string, popups = '') =>
  `<app-root ng-version="18.2.8"><app-pa-request _nghost-ng-c1462833512=""><form ${ng} novalidate="" class="k-form k-form-md ng-untouched ng-pristine ng-valid">${body}<div ${ng} class="k-form-buttons"><button ${ng} kendoButton="" themecolor="primary" type="submit" class="k-button k-button-md k-button-solid k-button-solid-primary"><span class="k-button-text">Submit request</span></button></div></form></app-pa-request>${popups}</app-root>`;

describe('Kendo UI for Angular: kendo-formfield, textbox, dropdownlist, multiselect, datepicker, numerictextbox, grid', () => {
  it('reads the full Ilaris request (therapies in a grid, both rows committed but one)', () => {
    page(
      app(
        `${fieldset('Member', `${text('Member ID', ILARIS['patient.memberId'])}${datepicker('Date of birth', ILARIS['patient.dob'])}${numeric('Weight (kg)', '72', 72, { optional: true })}`)}
        ${fieldset('Diagnosis', multiselect('ICD-10 codes', ['M04.1', 'M06.1']))}
        ${fieldset(
          'Medication',
          `${ddl('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { defaultItem: 'Select drug...' })}${text('HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', ILARIS['drug.ndc'], { hint: '11 digits, 5-4-2' })}${text('Dose', '150', { suffix: 'mg' })}${numeric('Billing units', '150', 150)}${ddl('Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${fieldset('Labs', `${text('CRP (mg/L)', '24')}${datepicker('CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${fieldset('Prior therapies', grid([1]))}
        ${fieldset('Prescriber', text('Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a kendo-textbox by its kendo-label, not the "(Optional)" marker, the hint or the error before it', () => {
    page(
      app(
        `${text('Member ID', '', { error: 'Member ID is required' })}${text('Prescriber NPI', ILARIS['prescriber.npi'], { optional: true, hint: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a kendo-dropdownlist by its value text, its defaultItem as empty, nothing from its open popup', () => {
    const open = dropdownlist('Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { open: true });
    page(
      app(
        `${ddl('Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { defaultItem: 'Select drug...' })}${open.html}`,
        open.popup,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('kendo-popup');
  });

  it('reads a kendo-multiselect by its chips, not the empty search input', () => {
    page(app(multiselect('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a kendo-datepicker as its one input text, and an empty one (value "month/day/year") as empty', () => {
    page(app(`${datepicker('Date of birth', ILARIS['patient.dob'])}${datepicker('CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a kendo-numerictextbox in its default n2 format, without the spinner buttons', () => {
    page(app(`${numeric('Weight (kg)', '72.00', 72)}${numeric('Billing units', '150.00', 150)}`));
    expect(read()).toEqual({ 'patient.weight': '72.00', 'drug.units': '150.00' });
    expect(normalized().patient.weight?.value).toEqual({ amount: 72, unit: 'kg' });
  });

  it('reads a kendo-grid row in edit by its column headers (textbox and datepicker editors)', () => {
    page(app(fieldset('Prior therapies', grid([0, 1]))));
    expect(read()).toEqual({ ...THERAPIES });
  });

  it('reads a kendo-grid with committed rows (cells as text) and one row in edit', () => {
    page(app(fieldset('Prior therapies', grid([1]))));
    expect(read()).toEqual({ ...THERAPIES });
  });
});
