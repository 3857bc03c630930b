import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * React Widgets 5.8 (jquense/react-widgets at 2ee7dc0, packages/react-widgets/src: Widget.tsx, WidgetPicker.tsx,
 * DropdownList.tsx + DropdownListInput.tsx, Combobox.tsx + Input.tsx + InputAddon.tsx + Button.tsx, Multiselect.tsx +
 * MultiselectTagList.tsx + MultiselectTag.tsx + MultiselectInput.tsx, DatePicker.tsx + DatePickerInput.tsx +
 * Calendar.tsx + CalendarHeader.tsx + CalendarView.tsx + TimeInput.tsx, NumberPicker.tsx + NumberInput.tsx,
 * Popup.tsx + SlideDownTransition.tsx, List.tsx + ListOption.tsx, PickerCaret.tsx, Icon.tsx, messages.tsx,
 * WidgetHelpers.ts useInstanceId/useFirstFocusedRender):
 * - Every widget: `div.rw-<widget>.rw-widget[data-intent]` > `div.rw-widget-picker.rw-widget-container`.
 * - No portal: the popup renders inline after the picker once the widget was focused or opened, and STAYS in the DOM
 *   when closed: `div.rw-popup-container.rw-slide-transition-exited` (hidden only by the stylesheet) >
 *   `div.rw-popup.rw-slide-transition` > `div#<id>_listbox.rw-list[role=listbox][aria-hidden=true]
 *   [aria-labelledby=<id>_input]` of `div.rw-list-option[role=option][aria-selected]` (`rw-state-selected`).
 * - DropdownList (`filter` on by default): the Widget div itself is the combobox (`#<id>_input[role=combobox]
 *   [tabindex=-1][aria-owns][aria-haspopup=listbox]…`), named here by `aria-labelledby`; in the picker (tabindex -1)
 *   `div.rw-dropdown-list-input` > the autofill `input.rw-detect-autofill.rw-sr[name][tabindex=-1][aria-hidden=true]`
 *   holding the value's dataKey, the search `input.rw-dropdownlist-search[autocomplete=off]`, then, while no search
 *   is typed, `span.rw-dropdown-list-value` (the text, or, empty, `span.rw-placeholder`); then the caret
 *   `span.rw-btn.rw-picker-caret[aria-hidden]` (svg).
 * - Combobox: `input#<id>_input.rw-combobox-input.rw-widget-input.rw-input[role=combobox][name]` + the addon
 *   `button.rw-input-addon.rw-picker-btn.rw-btn[tabindex=-1][title][aria-label="open combobox"]`.
 * - Multiselect: `div#<id>_taglist.rw-multiselect-taglist[role=listbox][aria-label="Selected items"]` of
 *   `div.rw-multiselect-tag[role=option]` (`span.rw-multiselect-tag-label` + `button.rw-multiselect-tag-btn
 *   [tabindex=-1][aria-label="Remove selected item"]` with the times svg), the `input.rw-multiselect-input
 *   [role=combobox]` last inside it; the popup list leaves out the chosen items.
 * - DatePicker: `input#<id>_input.rw-widget-input.rw-input[role=combobox][aria-haspopup][aria-owns=<id>_cal]` +
 *   `button.rw-input-addon.rw-picker-btn[aria-label="Select date"]`; its popup `div.rw-popup-container.
 *   rw-calendar-popup` > `div#<id>_cal.rw-popup[role=dialog]` > the Calendar (`div.rw-calendar[role=group]`, header
 *   buttons, `div[role=grid]` of `div[role=gridcell][aria-label]`) and, with `includeTime`, the TimeInput
 *   `div.rw-time-input.rw-widget-input[role=group]` of `input.rw-time-part-input[aria-label=hours|minutes]`.
 * - NumberPicker: `input.rw-widget-input.rw-input[role=spinbutton][inputmode=numeric][aria-valuenow]` + `span.rw-
 *   input-addon.rw-number-picker-spinners` of two `button.rw-picker-btn` ("Increment value", "Decrement value").
 * - Listbox (Listbox.tsx): the List itself, `div.rw-listbox.rw-widget-input.rw-widget.rw-list[role=listbox][tabindex=0]
 *   [aria-multiselectable]` of the same options.
 * The page around them (labels, Bootstrap form groups, the therapy table of plain inputs) is the app's.
 */

const caretDown =
  '<svg height="1em" fill="currentcolor" viewBox="0 0 320 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg"><path d="M31.3 192h257.3c17.8 0 26.7 21.5 14.1 34.1L174.1 354.8c-7.8 7.8-20.5 7.8-28.3 0L17.2 226.1C4.6 213.5 13.5 192 31.3 192z"></path></svg>';
const caretUp = caretDown.replace('M31.3 192', 'M288.662 352H31.338');
const times =
  '<svg height=".8em" fill="currentcolor" viewBox="0 0 352 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg"><path d="M242.72 256l100.07-100.07c12.28-12.28 12.28-32.19 0-44.48l-22.24-22.24c-12.28-12.28-32.19-12.28-44.48 0L176 189.28 75.93 89.21c-12.28-12.28-32.19-12.28-44.48 0L9.21 111.45c-12.28 12.28-12.28 32.19 0 44.48L109.28 256 9.21 356.07c-12.28 12.28-12.28 32.19 0 44.48l22.24 22.24c12.28 12.28 32.2 12.28 44.48 0L176 322.72l100.07 100.07c12.28 12.28 32.2 12.28 44.48 0l22.24-22.24c12.28-12.28 12.28-32.19 0-44.48L242.72 256z"></path></svg>';
const calendarIcon =
  '<svg aria-hidden="true" height="1em" viewBox="0 0 448 512" class="rw-i-calendar" xmlns="http://www.w3.org/2000/svg"><path d="M400 64h-48V12c0-6.6-5.4-12-12-12h-40c-6.6 0-12 5.4-12 12v52H160V12c0-6.6-5.4-12-12-12h-40c-6.6 0-12 5.4-12 12v52H48C21.5 64 0 85.5 0 112v352c0 26.5 21.5 48 48 48h352c26.5 0 48-21.5 48-48V112c0-26.5-21.5-48-48-48z"></path></svg>';

type Popup = 'none' | 'closed' | 'open';

/** the popup list, left in the DOM once rendered; `exclude` = the chosen items a Multiselect leaves out */
const popupList = (id: string, options: string[], chosen: string[], state: Popup, multiple = false) =>
  state === 'none'
    ? ''
    : `<div class="rw-popup-container ${state === 'open' ? 'rw-slide-transition-entered' : 'rw-slide-transition-exited'}"><div class="rw-popup rw-slide-transition"><div id="${id}_listbox" tabindex="-1" aria-multiselectable="${multiple}" class="rw-list" role="listbox"${state === 'open' ? ' aria-live="polite"' : ''} aria-labelledby="${id}_input" aria-hidden="${state !== 'open'}">${options
        .map(
          (v, i) =>
            `<div id="rw_${id}_${i}" role="option" data-rw-option="" data-rw-focusable="" tabindex="-1" aria-selected="${chosen.includes(v)}" class="rw-list-option${chosen.includes(v) ? ' rw-state-selected' : ''}">${v}</div>`,
        )
        .join('')}</div></div></div>`;

const widget = (cls: string, attrs: string, picker: string, popup = '', open = false) =>
  `<div${attrs} tabindex="-1" data-intent="mouse" class="${cls} rw-widget${open ? ' rw-open' : ''}"><div class="rw-widget-input rw-widget-picker rw-widget-container">${picker}</div>${popup}</div>`;

/** DropdownList (default `filter`: its search input always drawn) named by a label's id; `data` maps each text to
 *  its dataKey (the autofill input's value); `search` = typed while open (the value span is then left out) */
function dropdownList(
  id: string,
  labelId: string,
  text: string,
  data: Record<string, string>,
  o: { placeholder?: string; popup?: Popup; name?: string; search?: string; filter?: boolean } = {},
) {
  const state = o.popup ?? 'none';
  const search = o.search ?? '';
  const attrs = ` aria-labelledby="${labelId}" role="combobox" id="${id}_input" aria-owns="${id}_listbox" aria-controls="${id}_listbox" aria-expanded="${state === 'open'}" aria-haspopup="listbox" aria-busy="false"${state === 'open' ? ' aria-live="polite"' : ''} aria-autocomplete="list" aria-disabled="false" aria-readonly="false"`;
  const value = search
    ? ''
    : `<span class="rw-dropdown-list-value">${text || `<span class="rw-placeholder">${o.placeholder ?? ''}</span>`}</span>`;
  const picker = `<div class="rw-dropdown-list-input"><input name="${o.name ?? id}" tabindex="-1" value="${text ? data[text] : ''}" aria-hidden="true" class="rw-detect-autofill rw-sr">${o.filter === false ? '' : `<input class="rw-dropdownlist-search" autocomplete="off" value="${search}" size="${search.length + 2}">`}${value}</div><span aria-hidden="true" class="rw-btn rw-picker-caret">${caretDown}</span>`;
  const options = Object.keys(data).filter((k) => k.toLowerCase().includes(search.toLowerCase()));
  // `filter={false}`: the widget and its picker take the tab stop the search input takes otherwise
  const tab = o.filter === false ? '0' : '-1';
  return widget('rw-dropdown-list', attrs, picker, popupList(id, options, [text], state), state === 'open')
    .replace(' tabindex="-1" data-intent', ` tabindex="${tab}" data-intent`)
    .replace(
      'rw-widget-input rw-widget-picker rw-widget-container">',
      `rw-widget-input rw-widget-picker rw-widget-container" tabindex="${tab}">`,
    );
}

const combobox = (id: string, value: string, options: string[], o: { popup?: Popup; placeholder?: string } = {}) =>
  widget(
    'rw-combobox',
    '',
    `<input role="combobox" name="${id}" id="${id}_input" class="rw-combobox-input rw-widget-input rw-input" aria-busy="false" aria-owns="${id}_listbox" aria-autocomplete="list" aria-expanded="${o.popup === 'open'}" aria-haspopup="true"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} tabindex="0" autocomplete="off" aria-disabled="false" aria-readonly="false" type="text" value="${value}"><button tabindex="-1" title="open combobox" type="button" aria-label="open combobox" aria-disabled="false" class="rw-input-addon rw-picker-btn rw-btn">${caretDown}</button>`,
    popupList(id, options, [value], o.popup ?? 'none'),
    o.popup === 'open',
  );

const multiselect = (id: string, chosen: string[], options: string[], o: { popup?: Popup; placeholder?: string; search?: string } = {}) =>
  widget(
    'rw-multiselect',
    '',
    `<div id="${id}_taglist" role="listbox" aria-label="Selected items" aria-multiselectable="true" aria-orientation="horizontal" class="rw-multiselect-taglist">${chosen
      .map(
        (c, i) =>
          `<div role="option" id="${id}_taglist_${i}" data-rw-option="" data-rw-focusable="" class="rw-multiselect-tag"><span class="rw-multiselect-tag-label">${c}</span><button type="button" tabindex="-1" class="rw-multiselect-tag-btn" aria-label="Remove selected item">${times}</button></div>`,
      )
      .join(
        '',
      )}<input spellcheck="false" autocapitalize="off" role="combobox" tabindex="0" aria-expanded="${o.popup === 'open'}" aria-busy="false" aria-owns="${id}_listbox ${id}_taglist" aria-controls="${id}_listbox" aria-haspopup="listbox" aria-autocomplete="list" id="${id}_input" value="${o.search ?? ''}" placeholder="${chosen.length ? '' : (o.placeholder ?? '')}" size="${Math.max((o.search ?? '').length, 1) + 1}" autocomplete="off" class="rw-multiselect-input" aria-disabled="false" aria-readonly="false"></div><span aria-hidden="true" class="rw-btn rw-picker-caret"></span>`,
    popupList(
      id,
      options.filter((v) => !chosen.includes(v)),
      [],
      o.popup ?? 'none',
      true,
    ),
    o.popup === 'open',
  );

/** DatePicker; `popup` draws its calendar (and, with `time`, its TimeInput) after the picker */
function datePicker(id: string, value: string, o: { popup?: Popup; time?: [string, string]; month?: string; day?: number } = {}) {
  const state = o.popup ?? 'none';
  const cells = [o.day ?? 14, (o.day ?? 14) + 1]
    .map(
      (d, i) =>
        `<div role="gridcell" title="${o.month ?? 'March'} ${d}" aria-label="${o.month ?? 'March'} ${d}" aria-readonly="false" aria-selected="${i === 0}"${i === 0 ? ' tabindex="0"' : ''} class="rw-cell${i === 0 ? ' rw-state-selected' : ''}"><span aria-hidden="true">${d}</span></div>`,
    )
    .join('');
  const popup =
    state === 'none'
      ? ''
      : `<div class="rw-popup-container rw-calendar-popup ${state === 'open' ? 'rw-slide-transition-entered' : 'rw-slide-transition-exited'}"><div id="${id}_cal" class="rw-popup rw-slide-transition" role="dialog"><div role="group" tabindex="-1" aria-hidden="${state !== 'open'}" aria-live="polite" aria-labelledby="${id}_input" data-intent="mouse" class="rw-calendar rw-widget"><div class="rw-calendar-header"><button id="${id}_cal_label" type="button" class="rw-calendar-btn rw-calendar-btn-view" aria-live="polite" aria-atomic="true">${o.month ?? 'March'} 1988 ${caretDown}</button><button type="button" title="Navigate back" aria-label="Navigate back" class="rw-calendar-btn rw-calendar-btn-left">${caretDown}</button><button type="button" class="rw-calendar-btn rw-calendar-btn-today">Today</button><button type="button" title="Navigate forward" aria-label="Navigate forward" class="rw-calendar-btn rw-calendar-btn-right">${caretDown}</button></div><div class="rw-calendar-transition-group"><div role="grid" tabindex="-1" aria-labelledby="${id}_cal_label" class="rw-calendar-month rw-nav-view rw-calendar-grid"><div class="rw-calendar-head"><div class="rw-calendar-row"><div class="rw-head-cell">Mo</div><div class="rw-head-cell">Tu</div></div></div><div role="rowgroup" class="rw-calendar-body"><div role="row" class="rw-calendar-row">${cells}</div></div></div></div></div>${
          o.time
            ? `<div role="group" tabindex="-1" data-intent="mouse" class="rw-time-input rw-widget-input rw-widget"><input type="text" autocomplete="off" size="2" aria-label="hours" class="rw-time-part-input rw-input-reset" value="${o.time[0]}"><span>:</span><input type="text" autocomplete="off" size="2" aria-label="minutes" class="rw-time-part-input rw-input-reset" value="${o.time[1]}"><span>:</span><button type="button" class="rw-time-part-meridiem rw-btn" aria-label="AM">AM</button></div>`
            : ''
        }</div></div>`;
  return widget(
    'rw-date-picker',
    '',
    `<input id="${id}_input" role="combobox" name="${id}" tabindex="0" aria-haspopup="true" aria-expanded="${state === 'open'}" aria-owns="${id}_cal" autocomplete="off" aria-disabled="false" aria-readonly="false" type="text" class="rw-widget-input rw-input" value="${value}"><button tabindex="-1" title="Select date" type="button" aria-label="Select date" aria-disabled="false" class="rw-input-addon rw-picker-btn rw-btn">${calendarIcon}</button>`,
    popup,
    state === 'open',
  );
}

const numberPicker = (id: string, value: string) =>
  widget(
    'rw-number-picker',
    '',
    `<input id="${id}" role="spinbutton" tabindex="0" name="${id}" autocomplete="off" aria-disabled="false" aria-readonly="false" inputmode="numeric" class="rw-widget-input rw-input" aria-valuenow="${value}" aria-valuemin="0" type="text" value="${value}"><span class="rw-input-addon rw-number-picker-spinners"><button tabindex="-1" title="Increment value" type="button" aria-label="Increment value" aria-disabled="false" class="rw-picker-btn rw-btn">${caretUp}</button><button tabindex="-1" title="Decrement value" type="button" aria-label="Decrement value" aria-disabled="false" class="rw-picker-btn rw-btn">${caretDown}</button></span>`,
  );

/** Listbox (a List drawn as the widget itself, in the tab order), named by a label's id */
const listbox = (id: string, labelId: string, options: string[], chosen: string[], multiple: boolean) =>
  `<div aria-labelledby="${labelId}" tabindex="0" data-intent="mouse" class="rw-listbox rw-widget-input rw-widget rw-list" id="${id}" aria-multiselectable="${multiple}" role="listbox">${options
    .map(
      (v, i) =>
        `<div id="${id}_${i}" role="option" data-rw-option="" data-rw-focusable="" tabindex="-1" aria-selected="${chosen.includes(v)}" class="rw-list-option${chosen.includes(v) ? ' rw-state-selected' : ''}">${v}</div>`,
    )
    .join('')}</div>`;

const group = (label: string, forId: string, control: string) =>
  `<div class="form-group mb-3"><label class="form-label" for="${forId}">${label}</label>${control}</div>`;
const labelled = (label: string, labelId: string, control: string) =>
  `<div class="form-group mb-3"><label class="form-label" id="${labelId}">${label}</label>${control}</div>`;
const text = (id: string, label: string, value: string) =>
  group(label, id, `<input class="form-control" id="${id}" name="${id}" value="${value}">`);
const fieldset = (legend: string, body: string) => `<fieldset class="border p-3 mb-3"><legend>${legend}</legend>${body}</fieldset>`;
const form = (body: string) =>
  `<div class="container"><form class="request-form">${body}<button type="submit" class="btn btn-primary">Submit request</button></form></div>`;

const DRUGS = { 'Ilaris (canakinumab)': '00078-0734-61', 'Kineret (anakinra)': '66658-0234-07' };
const FREQUENCIES = { 'Every 4 weeks': 'Q4W', 'Every 8 weeks': 'Q8W', Once: 'ONCE' };
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('React Widgets 5: DropdownList, Combobox, Multiselect, DatePicker, NumberPicker and their inline popups', () => {
  // misread: drug.name unread: the DropdownList (a `div[role=combobox]` named by
  // `aria-labelledby`) is not read; only its empty, unnamed `input.rw-dropdownlist-search` (drawn by the default
  // `filter`) is collected, and it claims no path
  it.fails('reads the full Ilaris request', () => {
    page(
      form(
        `${fieldset('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${group('Date of birth', 'dob_input', datePicker('dob', ILARIS['patient.dob'], { popup: 'closed' }))}${group('Weight (kg)', 'weight', numberPicker('weight', '72'))}`)}
        ${fieldset('Diagnosis', group('ICD-10 codes', 'codes_input', multiselect('codes', ['M04.1', 'M06.1'], CODES, { popup: 'closed' })))}
        ${fieldset(
          'Medication',
          `${labelled('Drug name', 'drug_label', dropdownList('drug', 'drug_label', ILARIS['drug.name'], DRUGS, { popup: 'closed' }))}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${group('Dose (mg)', 'dose', numberPicker('dose', '150'))}${group('Billing units', 'units', numberPicker('units', '150'))}${group('Frequency', 'frequency_input', combobox('frequency', 'Every 4 weeks', Object.keys(FREQUENCIES), { popup: 'closed' }))}`,
        )}
        ${fieldset('Labs', `${group('CRP (mg/L)', 'crp', numberPicker('crp', '24'))}${group('CRP collection date', 'crpDate_input', datePicker('crpDate', ILARIS['labs.crpDate']))}`)}
        ${fieldset(
          'Prior therapies',
          `<table class="table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
            (r, i) =>
              `<tr>${r.map((v, j) => `<td><input class="form-control" name="therapies[${i}][${j}]" value="${v}"></td>`).join('')}</tr>`,
          ).join('')}</tbody></table>`,
        )}
        ${fieldset('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  // misread: drug.name and drug.frequency unread: the DropdownList (a `div[role=combobox]` named by
  // `aria-labelledby`) is not read; only its empty, unnamed `input.rw-dropdownlist-search` (drawn by the default
  // `filter`) is collected, and it claims no path
  it.fails('reads a DropdownList as its shown text, not its autofill input holding the dataKey, nor its closed list', () => {
    page(
      form(
        `${labelled('Drug name', 'drug_label', dropdownList('drug', 'drug_label', ILARIS['drug.name'], DRUGS, { popup: 'closed' }))}${labelled('Frequency', 'freq_label', dropdownList('frequency', 'freq_label', 'Every 8 weeks', FREQUENCIES, { popup: 'closed' }))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.rw-popup-container');
    nothingFrom('.rw-detect-autofill');
  });

  // misread: drug.name unread (not even as empty): the DropdownList (a `div[role=combobox]` named by
  // `aria-labelledby`) is not read; only its empty, unnamed `input.rw-dropdownlist-search` (drawn by the default
  // `filter`) is collected, and it claims no path
  it.fails('reads a DropdownList showing only its placeholder as empty', () => {
    page(form(labelled('Drug name', 'drug_label', dropdownList('drug', 'drug_label', '', DRUGS, { placeholder: 'Select a drug…' }))));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  // misread: drug.frequency unread: the DropdownList (a `div[role=combobox]` named by
  // `aria-labelledby`) is not read; only its empty, unnamed `input.rw-dropdownlist-search` (drawn by the default
  // `filter`) is collected, and it claims no path
  it.fails('reads an open DropdownList as its chosen text, and nothing from the options list drawn below it', () => {
    page(form(labelled('Frequency', 'freq_label', dropdownList('frequency', 'freq_label', 'Once', FREQUENCIES, { popup: 'open' }))));
    expect(read()).toEqual({ 'drug.frequency': 'Once' });
    nothingFrom('.rw-popup-container');
  });

  // misread: drug.name unread: the search input holding "Ila" (the value span left out while searching) is collected
  // unnamed and claims no path; the chosen option is only `aria-selected` in the open list
  it.fails('reads a DropdownList while a search is typed as the option still chosen, not the search', () => {
    page(
      form(
        labelled(
          'Drug name',
          'drug_label',
          dropdownList('drug', 'drug_label', ILARIS['drug.name'], DRUGS, { popup: 'open', search: 'Ila' }),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.rw-popup-container');
  });

  it('reads a DropdownList with filter={false} (no search input) as its shown text, not its autofill input', () => {
    page(
      form(
        `${labelled('Drug name', 'drug_label', dropdownList('drug', 'drug_label', ILARIS['drug.name'], DRUGS, { popup: 'closed', filter: false }))}${labelled('Frequency', 'freq_label', dropdownList('frequency', 'freq_label', '', FREQUENCIES, { filter: false, placeholder: 'Choose…' }))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    nothingFrom('.rw-popup-container');
    nothingFrom('.rw-detect-autofill');
  });

  it('reads a Combobox by its input, and nothing from its closed list left in the widget', () => {
    page(
      form(group('Frequency', 'frequency_input', combobox('frequency', 'Every 8 weeks', Object.keys(FREQUENCIES), { popup: 'closed' }))),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.rw-popup-container');
  });

  it('reads a Multiselect as its tags, not the search typed or the codes left in its open list', () => {
    page(form(group('ICD-10 codes', 'codes_input', multiselect('codes', ['M04.1', 'M06.1'], CODES, { popup: 'open', search: 'M04' }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.rw-popup-container');
  });

  it('reads DatePickers, and nothing from the calendar and time boxes their closed and open popups keep', () => {
    page(
      form(
        `${group('Date of birth', 'dob_input', datePicker('dob', ILARIS['patient.dob'], { popup: 'closed' }))}${group('CRP collection date', 'crpDate_input', datePicker('crpDate', ILARIS['labs.crpDate'], { popup: 'open', time: ['08', '30'], month: 'November', day: 2 }))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('.rw-popup-container');
  });

  // misread: drug.frequency unread: the single-choice Listbox (`aria-multiselectable="false"`, in the tab order,
  // named by `aria-labelledby`) is no field; the multiple one is read right
  it.fails('reads a multiple Listbox as its selected codes and a single one as its selected frequency', () => {
    page(
      form(
        `${labelled('ICD-10 codes', 'codes_label', listbox('codes', 'codes_label', CODES, ['M04.1', 'M06.1'], true))}${labelled('Frequency', 'freq_label', listbox('frequency', 'freq_label', Object.keys(FREQUENCIES), ['Every 4 weeks'], false))}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads NumberPickers without their increment and decrement buttons', () => {
    page(form(`${group('Weight (kg)', 'weight', numberPicker('weight', '72'))}${group('Dose (mg)', 'dose', numberPicker('dose', '150'))}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150' });
    expect(field('drug.dose')?.label).toBe('Dose (mg)');
  });
});
