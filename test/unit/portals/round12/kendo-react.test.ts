import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * KendoReact 9-11 (@progress/kendo-react-inputs, -dropdowns, -dateinputs, -labels, -form; the component source is
 * closed, so this is the DOM the KendoReact demo pages render, checked against the Kendo themes' rendering specs and
 * ARIA specs in telerik/kendo-themes: packages/html/src/floating-label/floating-label.spec.tsx at 5813685,
 * dropdownlist/behavior/accessibility.json at 18aa5cb, and the dateinput, multiselect, chip and numerictextbox
 * specs; the structure is surer than each attribute):
 * - FloatingLabel (a component's `label` prop): `span.k-floating-label-container` (+ `k-empty` while empty) > the
 *   component, THEN `label.k-floating-label[for=<editor id>]`.
 * - Input: `span.k-textbox.k-input` > `input.k-input-inner#<id>`.
 * - DropDownList: `span.k-picker.k-dropdownlist[role=combobox][tabindex=0][aria-haspopup=listbox][aria-expanded]
 *   [aria-describedby=<value id>]#<id>` > `span.k-input-inner#<value id> > span.k-input-value-text`, `button.k-input-button
 *   [aria-label=select][tabindex=-1]` (caret svg icon), and the form's hidden `select[aria-hidden][tabindex=-1]` holding
 *   one `option[value]` with no text; open, its popup `div.k-animation-container` at the end of body > `div.k-popup
 *   .k-list-container.k-dropdownlist-popup` > `div.k-list > div.k-list-content > ul.k-list-ul[role=listbox]` of
 *   `li.k-list-item[role=option][aria-selected] > span.k-list-item-text`.
 * - DatePicker (format "MM/dd/yyyy"): `span.k-datepicker.k-input[role=group]` > `span.k-dateinput` >
 *   `input.k-input-inner[role=combobox][aria-haspopup=grid][aria-expanded]` holding "11/02/2026" (empty: the format
 *   placeholder "month/day/year" as its value), then `button.k-input-button[aria-label="Toggle calendar"]`; open, its
 *   `div.k-animation-container` at the end of body holds `div.k-popup.k-calendar-container` > `div.k-calendar` (header
 *   title button, nav buttons, `table.k-calendar-table[role=grid]` of `td.k-calendar-td[role=gridcell] > span.k-link`).
 * - MultiSelect: `span.k-multiselect.k-input` > `div.k-input-values` > `div.k-chip-list[role=listbox]` of
 *   `div.k-chip[role=option][aria-selected=true]` (`span.k-chip-content > span.k-chip-label`, `span.k-chip-actions >
 *   span.k-chip-remove-action` x-circle icon) then `input.k-input-inner[role=combobox][aria-describedby=<chip list id>]`;
 *   `span.k-clear-value[role=button][title=clear]` after.
 * - NumericTextBox: `span.k-numerictextbox.k-input` > `input.k-input-inner[role=spinbutton][aria-valuenow]` +
 *   `span.k-input-spinner.k-spin-button` with `button.k-spinner-increase[aria-label="Increase value"]` / decrease.
 * - Form: `form.k-form > fieldset.k-form-fieldset > legend.k-form-legend`; FieldWrapper `div.k-form-field` >
 *   `label.k-label[id][for]` + `div.k-form-field-wrap` > component + `div.k-form-hint` / `div.k-form-error`.
 */

const svg = (name: string) =>
  `<span class="k-icon k-svg-icon k-svg-i-${name} k-button-icon" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" focusable="false"><path d="M12 16 6 8h12z"></path></svg></span>`;
const float = (id: string, label: string, control: string, empty = false) =>
  `<span class="k-floating-label-container${empty ? ' k-empty' : ''}" dir="ltr">${control}<label id="${id}-label" for="${id}" class="k-floating-label">${label}</label></span>`;

const input = (id: string, value: string) =>
  `<span class="k-textbox k-input k-input-md k-rounded-md k-input-solid"><input class="k-input-inner" id="${id}" name="${id}" aria-invalid="false" value="${value}"></span>`;
const text = (id: string, label: string, value: string) => float(id, label, input(id, value), !value);

let g = 0;
/** a DropDownList; `popup` is its open list for the end of body */
function ddl(
  id: string,
  label: string,
  value: string,
  options: string[],
  o: { open?: boolean; disabled?: boolean; defaultItem?: string } = {},
) {
  const guid = `b1e2c3d4-${++g}`;
  const control = `<span class="k-picker k-dropdownlist k-picker-solid k-picker-md k-rounded-md${o.disabled ? ' k-disabled' : ''}${o.open ? ' k-focus' : ''}" tabindex="${o.disabled ? -1 : 0}" role="combobox" aria-disabled="${!!o.disabled}" aria-haspopup="listbox" aria-expanded="${!!o.open}" aria-controls="${guid}" aria-describedby="v-${guid}"${o.open ? ` aria-activedescendant="option-${guid}-${options.indexOf(value)}"` : ''} id="${id}" dir="ltr"><span id="v-${guid}" class="k-input-inner"><span class="k-input-value-text">${value || o.defaultItem || ''}</span></span><button type="button" tabindex="-1" aria-label="select" class="k-button k-button-md k-button-solid k-button-solid-base k-icon-button k-input-button">${svg('caret-alt-down')}</button><select name="${id}" tabindex="-1" aria-hidden="true" title="${label}" style="opacity: 0; width: 1px; border: 0px; z-index: -1; position: absolute; left: 50%;"><option value="${value}"></option></select></span>`;
  const popup = o.open
    ? `<div class="k-animation-container k-animation-container-relative k-animation-container-shown" style="position: absolute; top: 212px; left: 24px; z-index: 100;"><div class="k-child-animation-container" style="transition-delay: 0ms;"><div class="k-popup k-list-container k-dropdownlist-popup" style="width: 280px;"><div class="k-list k-list-md"><div class="k-list-content" style="max-height: 200px;"><ul class="k-list-ul" role="listbox" id="${guid}" aria-hidden="false" aria-label="${label}">${options
        .map(
          (v, i) =>
            `<li id="option-${guid}-${i}" role="option" aria-selected="${v === value}" class="k-list-item${v === value ? ' k-selected k-focus' : ''}"><span class="k-list-item-text">${v}</span></li>`,
        )
        .join('')}</ul></div></div></div></div></div>`
    : '';
  return { html: float(id, label, control, !value && !o.defaultItem), popup };
}

const datePicker = (id: string, label: string, value: string, open = false) =>
  float(
    id,
    label,
    `<span class="k-input k-datepicker k-input-md k-rounded-md k-input-solid${open ? ' k-focus' : ''}" role="group" dir="ltr"><span class="k-dateinput"><input type="text" role="combobox" aria-expanded="${open}" aria-haspopup="grid" aria-controls="p-${id}" autocomplete="off" autocorrect="off" spellcheck="false" id="${id}" name="${id}" title="${value}" class="k-input-inner" value="${value || 'month/day/year'}"></span><button type="button" tabindex="-1" title="Toggle calendar" aria-label="Toggle calendar" class="k-button k-button-md k-button-solid k-button-solid-base k-icon-button k-input-button">${svg('calendar')}</button></span>`,
    !value,
  );

/** the open DatePicker's calendar popup at the end of body (a week of March 1988, the 14th chosen) */
const calendarPopup = (id: string) =>
  `<div class="k-animation-container k-animation-container-relative k-animation-container-shown" style="position: absolute; top: 180px; left: 24px; z-index: 100;"><div class="k-child-animation-container"><div class="k-popup k-calendar-container k-datepicker-popup" id="p-${id}"><div class="k-calendar k-calendar-md k-calendar-infinite" dir="ltr"><div class="k-calendar-header"><button type="button" class="k-calendar-title k-button k-button-md k-button-flat k-button-flat-base"><span class="k-button-text">March 1988</span></button><span class="k-spacer"></span><span class="k-calendar-nav"><button type="button" aria-label="Previous" title="Previous" class="k-calendar-nav-prev k-button k-icon-button">${svg('chevron-left')}</button><button type="button" class="k-calendar-nav-today k-button"><span class="k-button-text">TODAY</span></button><button type="button" aria-label="Next" title="Next" class="k-calendar-nav-next k-button k-icon-button">${svg('chevron-right')}</button></span></div><div class="k-calendar-view k-calendar-monthview k-vstack"><table class="k-calendar-table" role="grid" tabindex="0" aria-activedescendant="cell-14"><thead class="k-calendar-thead" role="rowgroup"><tr class="k-calendar-tr" role="row">${[
    'Su',
    'Mo',
    'Tu',
    'We',
    'Th',
    'Fr',
    'Sa',
  ]
    .map((d) => `<th class="k-calendar-th" role="columnheader">${d}</th>`)
    .join('')}</tr></thead><tbody class="k-calendar-tbody" role="rowgroup"><tr class="k-calendar-tr" role="row">${[
    13, 14, 15, 16, 17, 18, 19,
  ]
    .map(
      (d) =>
        `<td role="gridcell" id="cell-${d}" aria-selected="${d === 14}" title="March ${d}, 1988" class="k-calendar-td${d === 14 ? ' k-selected k-focus' : ''}"><span class="k-link">${d}</span></td>`,
    )
    .join('')}</tr></tbody></table></div></div></div></div></div>`;

const multiSelect = (id: string, label: string, chips: string[]) =>
  float(
    id,
    label,
    `<span class="k-multiselect k-input k-input-md k-rounded-md k-input-solid" dir="ltr"><div class="k-input-values"><div class="k-chip-list k-chip-list-md" role="listbox" id="tags-${id}" aria-orientation="horizontal">${chips
      .map(
        (c) =>
          `<div class="k-chip k-chip-md k-rounded-md k-chip-solid k-chip-solid-base" role="option" aria-selected="true" tabindex="-1" id="tag-${id}-${c}" aria-disabled="false" dir="ltr"><span class="k-chip-content"><span class="k-chip-label">${c}</span></span><span class="k-chip-actions"><span class="k-chip-action k-chip-remove-action">${svg('x-circle')}</span></span></div>`,
      )
      .join(
        '',
      )}</div><input autocomplete="off" id="${id}" tabindex="0" class="k-input-inner" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-describedby="tags-${id}" aria-disabled="false" style="width: 1.5em;" value=""></div>${
      chips.length ? `<span class="k-clear-value" role="button" tabindex="-1" title="clear">${svg('x')}</span>` : ''
    }</span>`,
    !chips.length,
  );

const numeric = (id: string, label: string, value: string) =>
  float(
    id,
    label,
    `<span class="k-numerictextbox k-input k-input-md k-rounded-md k-input-solid" dir="ltr"><input type="text" tabindex="0" autocomplete="off" autocorrect="off" role="spinbutton" aria-valuenow="${value}" aria-disabled="false" id="${id}" name="${id}" class="k-input-inner" value="${value}"><span class="k-input-spinner k-spin-button"><button type="button" tabindex="-1" aria-label="Increase value" title="Increase value" class="k-button k-button-md k-button-solid k-button-solid-base k-icon-button k-spinner-increase">${svg('caret-alt-up')}</button><button type="button" tabindex="-1" aria-label="Decrease value" title="Decrease value" class="k-button k-button-md k-button-solid k-button-solid-base k-icon-button k-spinner-decrease">${svg('caret-alt-down')}</button></span></span>`,
    !value,
  );

/** a FieldWrapper with a Label (not floating), a hint and an error */
const wrapper = (id: string, label: string, value: string, o: { hint?: string; error?: string; optional?: boolean } = {}) =>
  `<div class="k-form-field"><label id="${id}-label" for="${id}" class="k-label${o.error ? ' k-text-error' : ''}">${label}${o.optional ? '<span class="k-label-optional">(Optional)</span>' : ''}</label><div class="k-form-field-wrap">${input(id, value)}${o.hint ? `<div id="${id}-hint" class="k-form-hint">${o.hint}</div>` : ''}${o.error ? `<div id="${id}-error" class="k-form-error" role="alert">${o.error}</div>` : ''}</div></div>`;

const fieldset = (legend: string, body: string) =>
  `<fieldset class="k-form-fieldset"><legend class="k-form-legend">${legend}</legend>${body.replace(/(<span class="k-floating-label-container)/g, '<div class="k-form-field">$1').replace(/(<\/label><\/span>)/g, '$1</div>')}</fieldset>`;
const form = (body: string, tail = '') =>
  `<div id="root"><form class="k-form k-form-md">${body}<div class="k-form-buttons"><button type="submit" class="k-button k-button-md k-rounded-md k-button-solid k-button-solid-primary"><span class="k-button-text">Submit</span></button></div></form></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const therapy = (i: 0 | 1) => {
  const t = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
  return fieldset(
    `Prior therapy ${i + 1}`,
    `${text(`t${i}drug`, 'Drug', t('drug'))}${text(`t${i}dose`, 'Dose', t('dose'))}${datePicker(`t${i}start`, 'Start date', t('start'))}${datePicker(`t${i}stop`, 'Stop date', t('stop'))}${text(`t${i}outcome`, 'Outcome', t('outcome'))}`,
  );
};

describe('KendoReact: floating labels, DropDownList, DatePicker, MultiSelect, NumericTextBox', () => {
  it('reads the full Ilaris request', () => {
    const drug = ddl('drug', 'Drug name', ILARIS['drug.name'], DRUGS);
    const freq = ddl('freq', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once']);
    page(
      form(
        `${fieldset('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${numeric('weight', 'Weight (kg)', '72')}`)}
        ${fieldset('Diagnosis', multiSelect('icd', 'ICD-10 codes', ['M04.1', 'M06.1']))}
        ${fieldset('Medication', `${drug.html}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${numeric('dose', 'Dose (mg)', '150')}${numeric('units', 'Billing units', '150')}${freq.html}`)}
        ${fieldset('Labs', `${numeric('crp', 'CRP (mg/L)', '24')}${datePicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${therapy(0)}${therapy(1)}
        ${fieldset('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an Input by the floating label after it, and reads an empty one (k-empty) as empty', () => {
    page(form(`${text('memberId', 'Member ID', '')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a DropDownList by its value text, and nothing from its hidden form select', () => {
    const d = ddl('drug', 'Drug name', ILARIS['drug.name'], DRUGS);
    page(form(d.html));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.label).toBe('Drug name');
    nothingFrom('select[aria-hidden="true"]');
  });

  it('reads a DropDownList showing its defaultItem "Select…" as empty', () => {
    page(form(ddl('freq', 'Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { defaultItem: 'Select frequency...' }).html));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads an open DropDownList by its value, nothing from its popup at the end of body', () => {
    const d = ddl('freq', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { open: true });
    page(form(`${d.html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, d.popup));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.k-animation-container');
  });

  it('reads a disabled DropDownList', () => {
    page(form(ddl('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { disabled: true }).html));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads DatePickers as their DateInput text, an empty one ("month/day/year") as empty', () => {
    page(form(`${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datePicker('crpDate', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads an open DatePicker by its DateInput, nothing from its calendar popup at the end of body', () => {
    page(
      form(
        `${datePicker('dob', 'Date of birth', ILARIS['patient.dob'], true)}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        calendarPopup('dob'),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.k-animation-container');
  });

  it('reads the MultiSelect chips as the ICD-10 codes, not the remove icons or the clear button', () => {
    page(form(multiSelect('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('names a FieldWrapper input by its Label, not the hint or error of the field before it', () => {
    page(
      form(
        `${wrapper('memberId', 'Member ID', '', { error: 'Member ID is required', hint: 'As printed on the card' })}${wrapper('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { optional: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });
});
