import { describe, expect, it } from 'vitest';
import { field, page, read, normalized, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, THERAPY_ROWS } from '../round5/request';

/**
 * Telerik UI for Blazor 6.x/7.x (closed source). The class structure follows the Kendo themes'
 * HTML specs it renders to (telerik/kendo-themes packages/html/src: dateinput/README.md,
 * dropdownlist/README.md, multiselect/README.md); the Blazor-specific parts (the `telerik-blazor`
 * class, TelerikForm's `k-form-field` / `k-form-label` / `k-form-field-wrap` / `k-form-hint` /
 * `k-form-error`, roles and aria attributes, the DateInput showing its format's segment names
 * "month/day/year" as its text while empty, the DropDownList's DefaultText shown as its value
 * text, popups rendered in `div.k-animation-container` at the end of TelerikRootComponent, the
 * Grid's header table drawn apart from its data table) are written from knowledge of the rendered
 * DOM, not from opened source:
 * - TextBox: `span.k-textbox.k-input > input.k-input-inner`.
 * - NumericTextBox: `span.k-numerictextbox.k-input > input.k-input-inner[role=spinbutton]`, a
 *   suffix template as `span.k-input-separator` + `span.k-input-suffix` ("kg"), then
 *   `span.k-input-spinner` with "Increase value"/"Decrease value" buttons.
 * - DatePicker: `span.k-datepicker.k-input > input.k-input-inner[role=combobox][aria-haspopup=grid]`
 *   holding the date in its Format (here "MM/dd/yyyy"), then the calendar `button.k-input-button`.
 * - DropDownList: `span.k-dropdownlist.k-picker[role=combobox][tabindex=0]` (the form label's `for`
 *   points at this span) > `span.k-input-inner > span.k-input-value-text`, the arrow button.
 * - MultiSelect: `div.k-multiselect.k-input > div.k-input-values > div.k-chip-list[role=listbox]`
 *   of `div.k-chip[role=option]` (`span.k-chip-label`, `span.k-chip-remove-action`), then the
 *   search `input.k-input-inner[role=combobox]`; `span.k-clear-value` after it.
 */

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 0"></path></svg>';
const icon = (name: string) => `<span class="k-icon k-svg-icon k-svg-i-${name} k-button-icon">${svg}</span>`;
const inputButton = (title: string, name: string) =>
  `<button type="button" class="k-input-button k-button k-icon-button k-button-md k-button-solid k-button-solid-base telerik-blazor" tabindex="-1" aria-label="${title}" title="${title}">${icon(name)}</button>`;

const textbox = (id: string, value: string) =>
  `<span class="k-textbox k-input k-input-md k-rounded-md k-input-solid telerik-blazor"><input class="k-input-inner" id="${id}" name="${id}" tabindex="0" aria-invalid="false" value="${value}"></span>`;

const numeric = (id: string, value: string, suffix?: string, shown = value) =>
  `<span class="k-numerictextbox k-input k-input-md k-rounded-md k-input-solid telerik-blazor"><input type="text" id="${id}" role="spinbutton" class="k-input-inner" inputmode="decimal" autocomplete="off" tabindex="0"${value ? ` aria-valuenow="${value}"` : ''} aria-invalid="false" value="${shown}">${suffix ? `<span class="k-input-separator k-input-separator-y"></span><span class="k-input-suffix k-input-suffix-horizontal">${suffix}</span>` : ''}<span class="k-input-spinner k-spin-button"><button type="button" class="k-spinner-increase k-button k-icon-button k-button-md k-button-solid k-button-solid-base" tabindex="-1" aria-label="Increase value" title="Increase value">${icon('caret-alt-up')}</button><button type="button" class="k-spinner-decrease k-button k-icon-button k-button-md k-button-solid k-button-solid-base" tabindex="-1" aria-label="Decrease value" title="Decrease value">${icon('caret-alt-down')}</button></span></span>`;

const datepicker = (id: string, value: string, open = false) =>
  `<span class="k-datepicker k-input k-input-md k-rounded-md k-input-solid telerik-blazor"><input type="text" id="${id}" role="combobox" class="k-input-inner" aria-haspopup="grid" aria-expanded="${open}"${open ? ' aria-controls="cal-popup"' : ''} autocomplete="off" tabindex="0" aria-invalid="false" value="${value || 'month/day/year'}">${inputButton('Open', 'calendar')}</span>`;

const dropdown = (id: string, text: string, open = false) =>
  `<span class="k-dropdownlist k-picker k-picker-md k-rounded-md k-picker-solid telerik-blazor" id="${id}" role="combobox" aria-haspopup="listbox" aria-expanded="${open}"${open ? ` aria-controls="${id}-popup"` : ''} tabindex="0" aria-invalid="false"><span class="k-input-inner"><span class="k-input-value-text">${text}</span></span>${inputButton('Select', 'caret-alt-down')}</span>`;

const multiselect = (id: string, chosen: string[], placeholder: string, open = false) =>
  `<div class="k-multiselect k-input k-input-md k-rounded-md k-input-solid telerik-blazor"><div class="k-input-values">${
    chosen.length
      ? `<div class="k-chip-list k-chip-list-md" role="listbox" aria-orientation="horizontal" aria-label="Selected items">${chosen
          .map(
            (c) =>
              `<div class="k-chip k-chip-md k-rounded-md k-chip-solid k-chip-solid-base" role="option" aria-selected="true" tabindex="-1"><span class="k-chip-content"><span class="k-chip-label">${c}</span></span><span class="k-chip-actions"><span class="k-chip-action k-chip-remove-action" aria-hidden="true">${icon('x-circle')}</span></span></div>`,
          )
          .join('')}</div>`
      : ''
  }<input class="k-input-inner" id="${id}" role="combobox" aria-haspopup="listbox" aria-expanded="${open}"${open ? ` aria-controls="${id}-popup"` : ''} aria-autocomplete="list" autocomplete="off" tabindex="0"${chosen.length ? '' : ` placeholder="${placeholder}"`} value=""></div>${chosen.length ? `<span class="k-clear-value" role="button" tabindex="-1" title="clear" aria-label="clear">${icon('x')}</span>` : ''}</div>`;

type Item = { label: string; id: string; editor: string; hint?: string; error?: string };
const formItem = (i: Item) =>
  `<div class="k-form-field${i.error ? ' k-form-field-error' : ''}"><label for="${i.id}" class="k-label k-form-label">${i.label}</label><div class="k-form-field-wrap">${i.editor}${i.hint ? `<div class="k-form-hint">${i.hint}</div>` : ''}${i.error ? `<div class="k-form-error k-invalid-msg">${icon('exclamation-circle')}${i.error}</div>` : ''}</div></div>`;
const group = (legend: string, items: Item[]) =>
  `<fieldset class="k-form-fieldset"><legend class="k-form-legend">${legend}</legend>${items.map(formItem).join('')}</fieldset>`;
const form = (body: string) =>
  `<form class="k-form k-form-md telerik-blazor" id="paForm" novalidate="novalidate"><div class="k-form-layout k-d-grid k-grid-cols-1">${body}</div><div class="k-form-buttons k-justify-content-start"><button type="submit" class="k-button k-button-md k-rounded-md k-button-solid k-button-solid-primary telerik-blazor"><span class="k-button-text">Submit</span></button></div></form>`;
const root = (body: string, popups = '') => `<div class="telerik-blazor k-theme-default">${body}${popups}</div>`;

const listPopup = (id: string, options: [string, boolean][]) =>
  `<div class="k-animation-container k-animation-container-shown telerik-blazor" style="top: 312px; left: 20px; z-index: 10002;"><div class="k-child-animation-container"><div class="k-popup k-list-container telerik-blazor" id="${id}-popup"><div class="k-list k-list-md"><div class="k-list-content"><ul role="listbox" class="k-list-ul" aria-live="off">${options
    .map(
      ([o, on]) =>
        `<li role="option" class="k-list-item${on ? ' k-selected' : ''}" aria-selected="${on}" tabindex="-1"><span class="k-list-item-text">${o}</span></li>`,
    )
    .join('')}</ul></div></div></div></div></div>`;

const calendarPopup = () =>
  `<div class="k-animation-container k-animation-container-shown telerik-blazor"><div class="k-child-animation-container"><div class="k-popup k-calendar-container telerik-blazor" id="cal-popup"><div class="k-calendar k-calendar-md telerik-blazor"><div class="k-calendar-header"><button type="button" class="k-calendar-title k-button k-button-flat"><span class="k-button-text">March 1988</span></button><span class="k-spacer"></span><span class="k-calendar-nav"><button type="button" class="k-calendar-nav-prev k-button" title="Previous">${icon('chevron-left')}</button><button type="button" class="k-calendar-nav-today k-button"><span class="k-button-text">Today</span></button><button type="button" class="k-calendar-nav-next k-button" title="Next">${icon('chevron-right')}</button></span></div><div class="k-calendar-view k-calendar-monthview"><table class="k-calendar-table" role="grid" tabindex="0"><thead class="k-calendar-thead"><tr class="k-calendar-tr">${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th class="k-calendar-th" scope="col">${d}</th>`).join('')}</tr></thead><tbody class="k-calendar-tbody"><tr class="k-calendar-tr">${[
    13, 14, 15, 16, 17, 18, 19,
  ]
    .map(
      (d) =>
        `<td class="k-calendar-td${d === 14 ? ' k-selected' : ''}" role="gridcell" aria-selected="${d === 14}" title="Monday, March ${d}, 1988"><span class="k-link">${d}</span></td>`,
    )
    .join('')}</tr></tbody></table></div></div></div></div></div>`;

describe('Telerik UI for Blazor: TelerikForm with TextBox / NumericTextBox / DatePicker / DropDownList / MultiSelect', () => {
  it('reads the full Ilaris request', () => {
    page(
      root(
        form(
          `${group('Member', [
            { label: 'Member ID', id: 'memberId', editor: textbox('memberId', ILARIS['patient.memberId']) },
            { label: 'Date of birth', id: 'dob', editor: datepicker('dob', ILARIS['patient.dob']) },
            { label: 'Weight', id: 'weight', editor: numeric('weight', '72', 'kg') },
          ])}${group('Diagnosis', [{ label: 'ICD-10 codes', id: 'icd', editor: multiselect('icd', ['M04.1', 'M06.1'], 'Add codes') }])}${group(
            'Medication',
            [
              { label: 'Drug name', id: 'drugName', editor: dropdown('drugName', ILARIS['drug.name']) },
              { label: 'HCPCS code', id: 'hcpcs', editor: textbox('hcpcs', ILARIS['drug.hcpcs']) },
              { label: 'NDC', id: 'ndc', editor: textbox('ndc', ILARIS['drug.ndc']) },
              { label: 'Dose', id: 'dose', editor: numeric('dose', '150', 'mg') },
              { label: 'Billing units', id: 'units', editor: numeric('units', '150') },
              { label: 'Frequency', id: 'frequency', editor: dropdown('frequency', 'Every 4 weeks') },
            ],
          )}${group('Labs', [
            { label: 'CRP', id: 'crp', editor: numeric('crp', '24', 'mg/L') },
            { label: 'CRP collection date', id: 'crpDate', editor: datepicker('crpDate', ILARIS['labs.crpDate']) },
          ])}${group('Prescriber', [{ label: 'Prescriber NPI', id: 'npi', editor: textbox('npi', ILARIS['prescriber.npi']), hint: '10 digits' }])}`,
        ),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads NumericTextBoxes with a suffix template as the number, implying the suffix unit, not the spinner labels', () => {
    page(
      root(
        form(
          group('Request', [
            { label: 'Weight', id: 'weight', editor: numeric('weight', '72', 'kg') },
            { label: 'CRP', id: 'crp', editor: numeric('crp', '24', 'mg/L') },
          ]),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'labs.crpValue': '24' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L' });
    expect(normalized().labs.crp.value?.value).toEqual({ amount: 24, unit: 'mg/L' });
  });

  it('names a DropDownList by the form label whose `for` points at its span', () => {
    page(root(form(group('Medication', [{ label: 'Drug name', id: 'drugName', editor: dropdown('drugName', ILARIS['drug.name']) }]))));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.field.kind).toBe('combobox');
  });

  it('reads an empty DatePicker (its input showing "month/day/year") as empty', () => {
    page(root(form(group('Member', [{ label: 'Date of birth', id: 'dob', editor: datepicker('dob', '') }]))));
    expect(read()).toEqual({ 'patient.dob': '' });
  });

  it('reads a TelerikFloatingLabel (label after the editor) and a ComboBox (input role=combobox with its text)', () => {
    const floating = (id: string, label: string, editor: string, empty: boolean) =>
      `<span class="k-floating-label-container${empty ? ' k-empty' : ''} telerik-blazor">${editor}<label class="k-label k-floating-label" for="${id}">${label}</label></span>`;
    const combo = (id: string, value: string) =>
      `<span class="k-combobox k-input k-input-md k-rounded-md k-input-solid telerik-blazor"><input class="k-input-inner" id="${id}" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-autocomplete="list" autocomplete="off" tabindex="0" value="${value}">${value ? `<span class="k-clear-value" role="button" tabindex="-1" title="clear" aria-label="clear">${icon('x')}</span>` : ''}${inputButton('Select', 'caret-alt-down')}</span>`;
    page(
      root(
        form(
          `${floating('memberId', 'Member ID', textbox('memberId', ILARIS['patient.memberId']), false)}${floating('drugName', 'Drug name', combo('drugName', ILARIS['drug.name']), false)}${floating('frequency', 'Frequency', combo('frequency', ''), true)}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads an empty MultiSelect (placeholder) as empty', () => {
    page(root(form(group('Diagnosis', [{ label: 'ICD-10 codes', id: 'icd', editor: multiselect('icd', [], 'Add codes') }]))));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads an empty DropDownList showing its DefaultText ("Select a drug...") as empty', () => {
    page(root(form(group('Medication', [{ label: 'Drug name', id: 'drugName', editor: dropdown('drugName', 'Select a drug...') }]))));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads MultiSelect chips once and takes nothing from its open popup list', () => {
    page(
      root(
        form(group('Diagnosis', [{ label: 'ICD-10 codes', id: 'icd', editor: multiselect('icd', ['M04.1', 'M06.1'], 'Add codes', true) }])),
        listPopup('icd', [
          ['M04.1', true],
          ['M06.1', true],
          ['M04.8', false],
        ]),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.k-animation-container');
    nothingFrom('.k-chip-list');
  });

  it('takes nothing from the open calendar popup and reads a field with a validation message by its value', () => {
    page(
      root(
        form(
          group('Request', [
            { label: 'Date of birth', id: 'dob', editor: datepicker('dob', ILARIS['patient.dob'], true) },
            { label: 'Prescriber NPI', id: 'npi', editor: textbox('npi', '123456789'), error: 'The Prescriber NPI must be 10 digits.' },
          ]),
        ),
        calendarPopup(),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'prescriber.npi': '123456789' });
    nothingFrom('.k-animation-container');
  });

  const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
  const grid = (rows: string) =>
    `<h4>Prior therapies</h4><div class="k-grid k-grid-md telerik-blazor" role="grid" aria-rowcount="3" aria-colcount="5"><div class="k-grid-aria-root"><div class="k-grid-header" role="presentation"><div class="k-grid-header-wrap" role="presentation"><table role="presentation"><colgroup>${cols.map(() => '<col>').join('')}</colgroup><thead role="rowgroup"><tr role="row" aria-rowindex="1">${cols
      .map(
        (c, i) =>
          `<th class="k-header k-table-th" role="columnheader" aria-colindex="${i + 1}" tabindex="-1"><span class="k-cell-inner"><span class="k-link"><span class="k-column-title">${c}</span></span></span></th>`,
      )
      .join(
        '',
      )}</tr></thead></table></div></div><div class="k-grid-container" role="presentation"><div class="k-grid-content k-virtual-content" role="presentation"><table class="k-grid-table" role="presentation"><colgroup>${cols.map(() => '<col>').join('')}</colgroup><tbody role="rowgroup">${rows}</tbody></table></div></div></div></div>`;
  const editRow = (r: string[], i: number) =>
    `<tr class="k-master-row k-table-row k-grid-edit-row" role="row" aria-rowindex="${i + 2}">${r.map((v, c) => `<td role="gridcell" aria-colindex="${c + 1}" class="k-table-td">${textbox(`therapy-${i}-${c}`, v)}</td>`).join('')}</tr>`;

  it('reads prior therapies from a Grid whose column templates hold TextBoxes (header table apart)', () => {
    page(root(form(grid(THERAPY_ROWS.map(editRow).join('')))));
    expect(read()).toEqual(THERAPIES);
  });

  it("takes no therapy row from the Grid's filter row (FilterMode.FilterRow: a textbox per column in the header)", () => {
    const filterRow = `<tr class="k-filter-row" role="row" aria-rowindex="2">${cols
      .map(
        (c, i) =>
          `<td class="k-table-th" role="gridcell" aria-colindex="${i + 1}"><div class="k-filtercell"><span class="k-filtercell-wrapper">${textbox(`filter-${i}`, '').replace('<input ', `<input aria-label="${c} filter" `)}<span class="k-filtercell-operator"><span class="k-dropdownlist k-picker k-picker-md k-rounded-md k-picker-solid k-dropdown-operator telerik-blazor" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Filter operator" tabindex="0"><span class="k-input-inner"><span class="k-input-value-text"></span></span>${inputButton('Select', 'filter')}</span></span></span></div></td>`,
      )
      .join('')}</tr>`;
    page(root(form(grid(THERAPY_ROWS.map(editRow).join('')).replace('</tr></thead>', `</tr>${filterRow}</thead>`))));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('.k-filter-row');
  });

  it('reads a NumericTextBox with a Format carrying the unit ("72 kg") whole', () => {
    page(root(form(group('Member', [{ label: 'Weight', id: 'weight', editor: numeric('weight', '72', undefined, '72 kg') }]))));
    expect(read()).toEqual({ 'patient.weight': '72 kg' });
    expect(normalized().patient.weight?.value).toEqual({ amount: 72, unit: 'kg' });
  });

  it('reads a Grid in inline edit mode: the first therapy as a display row, the second in its edit row', () => {
    const display = `<tr class="k-master-row k-table-row" role="row" aria-rowindex="2">${THERAPY_ROWS[0]!.map((v, c) => `<td role="gridcell" aria-colindex="${c + 1}" class="k-table-td">${v}</td>`).join('')}</tr>`;
    page(root(form(grid(`${display}${editRow(THERAPY_ROWS[1]!, 1)}`))));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a TelerikForm in a TelerikWindow (modal) and leaves the page behind it out', () => {
    page(
      root(
        form(group('Search', [{ label: 'Member ID', id: 'searchId', editor: textbox('searchId', 'OLD-SEARCH-1') }])),
        `<div class="k-overlay telerik-blazor"></div><div class="k-window k-dialog telerik-blazor k-centered" role="dialog" aria-modal="true" aria-labelledby="win-title" tabindex="0"><div class="k-window-titlebar"><span class="k-window-title" id="win-title">Edit member</span><div class="k-window-titlebar-actions"><button type="button" class="k-window-titlebar-action k-button k-button-flat" aria-label="Close">${icon('x')}</button></div></div><div class="k-window-content">${form(
          group('Member', [
            { label: 'Member ID', id: 'memberId', editor: textbox('memberId', ILARIS['patient.memberId']) },
            { label: 'Date of birth', id: 'dob', editor: datepicker('dob', ILARIS['patient.dob']) },
          ]),
        )}</div></div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
    noDuplicatePaths();
  });
});
