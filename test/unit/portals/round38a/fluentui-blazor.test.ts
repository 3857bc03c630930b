import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { renderComponents } from '../components/shadow';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Microsoft Fluent UI Blazor 4.14.1 (microsoft/fluentui-blazor at c5c656c2c0f1, src/Core/Components:
 * Label/FluentInputLabel.razor, TextField/FluentTextField.razor, List/FluentSelect.razor,
 * List/FluentCombobox.razor, List/ListComponentBase.razor, List/FluentOption.razor,
 * DateTime/FluentDatePicker.razor(.cs), DateTime/FluentCalendar.razor, DataGrid/FluentDataGrid.razor(.cs),
 * FluentDataGridRow.razor, FluentDataGridCell.razor, Columns/ColumnBase.razor, Dialog/FluentDialog.razor,
 * Infrastructure/LibraryConfiguration.cs). The components render FAST v2 web components (fluent-*)
 * whose shadow roots are modelled on the FAST templates as tests/components/fast.test.ts draws them:
 * - every input: `label.fluent-input-label[for=<id>]` BEFORE the host (Required adds
 *   `span[aria-label=required][aria-hidden=true]` "*"), the host `fluent-text-field#<id>[current-value]`,
 *   whose shadow root holds `label.label[for=control] > slot` (empty) and `input#control.control`.
 * - FluentSelect: `fluent-select#<id>` (FAST sets role=combobox, aria-haspopup=listbox, tabindex=0) of
 *   `fluent-option[value][aria-selected]`; a Placeholder is a first option `value=""` hidden by inline
 *   style and aria-hidden, which FAST selects (aria-selected=true, class `selected`) and shows while
 *   nothing else is chosen. FAST gives each fluent-option role=option once upgraded.
 * - FluentCombobox: `fluent-combobox#<id>[current-value]`, the shadow `input.selected-value[role=combobox]`.
 * - FluentDatePicker: an embedded FluentTextField showing the date in the current culture's short
 *   format (en-US "M/d/yyyy", also its placeholder: ShortDatePattern) with the calendar `svg[slot=end]`; while open a `fluent-overlay` and a
 *   `fluent-anchored-region.fluent-datepicker-popup` holding `div.fluent-calendar` follow it.
 * - FluentDataGrid: `table.fluent-data-grid[aria-rowcount]` > thead > `tr[role=row][row-type=header]` >
 *   `th.column-header[col-index][scope=col]` (title in `div.col-title-text`, a ColumnOptions filter
 *   button `fluent-button.col-options-button[aria-label="Filter this column"]`, the options open in a
 *   `div.col-options` in that th), tbody rows `tr[role=row][aria-rowindex]` of
 *   `td[role=gridcell][col-index][tabindex=0]`.
 * - FluentDialog: `fluent-dialog[hidden]` while closed, its content still rendered.
 */

const textFieldShadow = (el: Element) =>
  `<label part="label" for="control" class="label label__hidden"><slot></slot></label><div class="root" part="root"><slot name="start"></slot><input class="control" part="control" id="control" type="${el.getAttribute('type') ?? 'text'}" value="${el.getAttribute('current-value') ?? ''}" placeholder="${el.getAttribute('placeholder') ?? ''}"${el.hasAttribute('readonly') ? ' readonly' : ''}${el.hasAttribute('disabled') ? ' disabled' : ''}><slot name="end"></slot></div>`;
const selectShadow = (el: Element) => {
  const opts = Array.from(el.querySelectorAll('fluent-option'));
  const shown = (opts.find((o) => o.getAttribute('aria-selected') === 'true') ?? opts[0])?.textContent?.trim() ?? '';
  return `<div class="control" part="control"><slot name="start"></slot><slot name="button-container"><div class="selected-value" part="selected-value"><slot name="selected-value">${shown}</slot></div><div aria-hidden="true" class="indicator" part="indicator"><slot name="indicator"><svg class="select-indicator" part="select-indicator" viewBox="0 0 12 7"><path d="M11.85.65"></path></svg></slot></div></slot><slot name="end"></slot></div><div class="listbox" id="listbox" part="listbox" role="listbox" hidden><slot></slot></div>`;
};
const comboboxShadow = (el: Element) =>
  `<div class="control" part="control"><slot name="start"></slot><slot name="control"><input aria-autocomplete="both" aria-controls="listbox" aria-disabled="false" aria-expanded="false" aria-haspopup="listbox" class="selected-value" part="selected-value" placeholder="${el.getAttribute('placeholder') ?? ''}" role="combobox" type="text" value="${el.getAttribute('current-value') ?? ''}"></slot><div aria-hidden="true" class="indicator" part="indicator"><slot name="indicator"><svg class="select-indicator" part="select-indicator" viewBox="0 0 12 7"><path d="M11.85.65"></path></svg></slot></div></div><div class="listbox" id="listbox" part="listbox" role="listbox" hidden><slot></slot></div>`;
const searchShadow = (el: Element) =>
  `<label part="label" for="control" class="label label__hidden"><slot></slot></label><div class="root" part="root"><slot name="start"></slot><div class="input-wrapper" part="input-wrapper"><input class="control" part="control" id="control" type="search" value="${el.getAttribute('current-value') ?? ''}" placeholder="${el.getAttribute('placeholder') ?? ''}"><slot name="close-button"><button class="clear-button" part="clear-button" tabindex="-1"><svg viewBox="0 0 16 16"><path d="M3.15 3.15"></path></svg></button></slot></div><slot name="end"></slot></div>`;
const dialogShadow = () =>
  `<div class="positioning-region" part="positioning-region"><div class="overlay" part="overlay" role="presentation"></div><div role="dialog" tabindex="-1" class="control" part="control" aria-modal="true"><slot></slot></div></div>`;

const render = (html: string) =>
  renderComponents(html, {
    'fluent-text-field': textFieldShadow,
    'fluent-select': selectShadow,
    'fluent-combobox': comboboxShadow,
    'fluent-search': searchShadow,
    'fluent-dialog': dialogShadow,
  });

const star =
  '<span aria-label="required" aria-hidden="true" style="padding-inline-start: calc(var(--design-unit) * 1px); color: var(--error); pointer-events: none;">*</span>';
const label = (id: string, text: string, required = false) =>
  `<label for="${id}" class="fluent-input-label">${text}${required ? star : ''}</label>`;
const text = (id: string, l: string, v: string, o: { required?: boolean; attrs?: string } = {}) =>
  `${label(id, l, o.required)}<fluent-text-field id="${id}" type="text" value="${v}" current-value="${v}" appearance="outline"${o.required ? ' required' : ''}${o.attrs ?? ''}></fluent-text-field>`;
const calendarSvg =
  '<svg slot="end" width="20" height="20" viewBox="0 0 24 24" fill="var(--neutral-fill-strong-focus)" xmlns="http://www.w3.org/2000/svg"><path d="M17.75 3C19.55 3 21 4.46 21 6.25v11.5"/></svg>';
const date = (id: string, l: string, v: string) =>
  `${label(id, l)}<fluent-text-field id="${id}" type="text" value="${v}" current-value="${v}" appearance="outline" autocomplete="off" placeholder="M/d/yyyy">${calendarSvg}</fluent-text-field>`;
const opt = (value: string, t: string, on = false) =>
  `<fluent-option value="${value}" role="option" aria-selected="${on}"${on ? ' selected class="selected"' : ''}>${t}</fluent-option>`;
const select = (id: string, l: string, chosen: string, options: string[], placeholder?: string) =>
  `${label(id, l)}<fluent-select id="${id}" position="below" appearance="outline" current-value="${chosen}" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="listbox" tabindex="0">${
    placeholder
      ? `<fluent-option value="" style="display:none;" aria-hidden="true" role="option" aria-selected="${!chosen}"${chosen ? '' : ' class="selected"'}>${placeholder}</fluent-option>`
      : ''
  }${options.map((o) => opt(o, o, o === chosen)).join('')}</fluent-select>`;
const combobox = (id: string, l: string, chosen: string, options: string[]) =>
  `${label(id, l)}<fluent-combobox id="${id}" autocomplete="both" current-value="${chosen}" position="below" appearance="outline">${options.map((o) => opt(o, o, o === chosen)).join('')}</fluent-combobox>`;

const filterButton =
  '<fluent-button class="col-options-button" appearance="stealth" aria-label="Filter this column"><svg viewBox="0 0 20 20" width="20px" style="width: 20px; fill: var(--accent-fill-rest);" focusable="false" aria-hidden="true"><path d="M3 4.5"></path></svg></fluent-button>';
const th = (i: number, title: string, extra = '') =>
  `<th col-index="${i}" class="column-header col-justify-start" scope="col" aria-sort="none"><div style="display: flex; justify-content: flex-start;">${extra ? filterButton : ''}<div class="col-title" style="width: calc(100% - 10px);"><div class="col-title-text">${title}</div></div></div>${extra}</th>`;
const grid = (titles: string[], rows: string[][], options = '') =>
  `<table class="fluent-data-grid" aria-rowcount="${rows.length + 1}"><thead><tr role="row" row-type="header">${titles
    .map((t, i) => th(i + 1, t, i === 0 ? options : ''))
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r, ri) =>
        `<tr role="row" aria-rowindex="${ri + 2}">${r.map((c, ci) => `<td col-index="${ci + 1}" class="col-justify-start" role="gridcell" tabindex="0">${c}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
const therapyGrid = (options = '') =>
  `<h3>Prior therapies</h3>${grid(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS, options)}`;
const stack = (body: string) =>
  `<div class="stack-vertical" style="row-gap: 10px; align-items: start; justify-content: start;">${body}</div>`;
const form = (body: string, tail = '') =>
  `<div class="fluent-layout"><main class="fluent-body-content"><form>${body}<fluent-button type="submit" appearance="accent">Submit request</fluent-button></form></main></div>${tail}`;

describe('Fluent UI Blazor 4: FluentTextField, FluentSelect, FluentCombobox, FluentDatePicker, FluentDataGrid', () => {
  it('reads the full Ilaris request, dates as the en-US culture shows them', () => {
    render(
      form(
        `<h3>Member</h3>${stack(`${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('dob', 'Date of birth', '3/14/1988')}${text('weight', 'Weight (kg)', '72')}`)}
        <h3>Diagnosis</h3>${stack(text('icd', 'ICD-10 codes', 'M04.1, M06.1'))}
        <h3>Medication</h3>${stack(
          `${combobox('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${select('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks'], 'Select frequency')}`,
        )}
        <h3>Labs</h3>${stack(`${text('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', '11/2/2026')}`)}
        ${therapyGrid()}
        <h3>Prescriber</h3>${stack(text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': '3/14/1988',
      'labs.crpDate': '11/2/2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names a required field by its label, without the aria-hidden asterisk', () => {
    render(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a closed FluentSelect as its chosen option and nothing from its options', () => {
    render(
      form(
        `${select('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select frequency')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('fluent-option');
  });

  it('reads an open FluentCombobox by its input, nothing from its shown listbox', () => {
    render(
      form(
        `${combobox('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)', 'Arcalyst (rilonacept)'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    const host = document.querySelector('fluent-combobox')!;
    host.setAttribute('open', '');
    const input = host.shadowRoot!.querySelector('input')!;
    input.setAttribute('aria-expanded', 'true');
    host.shadowRoot!.querySelector('.listbox')!.removeAttribute('hidden');
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('fluent-option');
  });

  it('reads a FluentSelect showing its hidden Placeholder option as empty', () => {
    render(form(select('frequency', 'Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select frequency')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads an empty FluentDatePicker (its placeholder the culture\u2019s pattern) as empty', () => {
    render(form(`${date('crpDate', 'CRP collection date', '')}${text('crp', 'CRP (mg/L)', '24')}`));
    expect(read()).toEqual({ 'labs.crpDate': '', 'labs.crpValue': '24' });
  });

  it('takes nothing from an open FluentDatePicker calendar and its overlay', () => {
    const popup = `<fluent-overlay class="fluent-overlay" style="position: fixed; inset: 0px; z-index: 9900;"></fluent-overlay><fluent-anchored-region id="dob-popup" class="fluent-datepicker-popup" anchor="dob" horizontal-default-position="right" horizontal-inset="" style="z-index: 9999; border-radius: calc(var(--control-corner-radius) * 1px); padding: 12px;"><div id="cal" class="fluent-calendar"><div><div class="title" part="title" aria-label="March 1988"><div part="label" class="label" role="button" tabindex="0">March 1988</div><div part="move" class="change-period"><div class="previous" title="February 1988" role="button" tabindex="0"><svg viewBox="0 0 24 24"><path d="M4.2 10.73"></path></svg></div><div class="next" title="April 1988" role="button" tabindex="0"><svg viewBox="0 0 24 24"><path d="M19.8 13.27"></path></svg></div></div></div><div class="days" part="days"><div class="week-days" part="week-days">${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<div class="week-day" part="week-day" title="${d}" abbr="${d}">${d}</div>`).join('')}</div><div class="week" part="week">${[13, 14, 15, 16, 17, 18, 19].map((d) => `<div class="day${d === 14 ? ' selected' : ''}" part="day" role="gridcell" tabindex="${d === 14 ? 0 : -1}" aria-label="March ${d}, 1988" value="1988-03-${d}"${d === 14 ? ' selected' : ''}>${d}</div>`).join('')}</div></div></div></div></fluent-anchored-region>`;
    render(form(`${date('dob', 'Date of birth', '3/14/1988')}${popup}${text('memberId', 'Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('.fluent-datepicker-popup');
  });

  it('reads the therapy grid, not the filter box of its open column options', () => {
    const options = `<div class="col-options"><div class="stack-vertical" style="row-gap: 10px;"><fluent-search id="f1" type="search" autofocus="" placeholder="Drug name..." current-value="col" value="col" appearance="outline"></fluent-search></div></div>`;
    render(form(`${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}${therapyGrid(options)}`));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], ...THERAPIES });
    nothingFrom('.col-options');
  });

  // misread: WRONG VALUE: the card's read-only ICD-10 box ("M04.1", the denied request's code) is read as a
  // second code, diagnosis.codes.1 (its drug name and dose give way to the form's boxes)
  it.fails('claims nothing from a read-only FluentCard summarising the patient\u2019s denied request before the form', () => {
    const card = `<fluent-card class="summary" style="padding: 16px;"><h4>Last request: denied 2/3/2025</h4>${stack(
      `${text('pDrug', 'Drug name', 'Kineret (anakinra)', { attrs: ' readonly' })}${text('pDose', 'Dose (mg)', '100', { attrs: ' readonly' })}${text('pIcd', 'ICD-10 codes', 'M04.1', { attrs: ' readonly' })}`,
    )}</fluent-card>`;
    render(
      `<div class="fluent-layout"><main class="fluent-body-content">${card}<form><h3>New request</h3>${stack(
        `${combobox('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('dose', 'Dose (mg)', '150')}${text('icd', 'ICD-10 codes', 'M04.1, M06.1')}`,
      )}</form></main></div>`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('fluent-card');
  });

  it('claims nothing from a FluentDataGrid of the patient\u2019s past requests beside the form', () => {
    const past = `<h3>Past requests</h3>${grid(
      ['Submitted', 'Drug', 'HCPCS', 'Dose', 'Status'],
      [
        ['2/3/2025', 'Kineret (anakinra)', 'J3490', '100', 'Denied'],
        ['8/19/2024', 'colchicine', '', '0.6', 'Approved'],
      ],
    )}`;
    render(form(`${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}${text('dose', 'Dose (mg)', '150')}`, past));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], 'drug.dose': '150' });
  });

  it('takes nothing from a closed FluentDialog left in the DOM with a therapy being edited', () => {
    const dialog = `<fluent-dialog id="edit-therapy" modal="true" hidden="" trap-focus="true" aria-label="Edit prior therapy"><div class="fluent-dialog-header"><h4>Edit prior therapy</h4></div><div class="fluent-dialog-body">${stack(`${text('dDrug', 'Drug', 'methotrexate')}${text('dDose', 'Dose', '15 mg weekly')}${date('dStart', 'Start date', '2/1/2025')}${text('dOutcome', 'Outcome', 'Hepatotoxicity')}`)}</div><div class="fluent-dialog-footer"><fluent-button appearance="accent">Save</fluent-button><fluent-button appearance="neutral">Cancel</fluent-button></div></fluent-dialog>`;
    render(form(`${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}${therapyGrid()}`, dialog));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], ...THERAPIES });
    nothingFrom('fluent-dialog');
  });
});
