import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Gravity UI: @gravity-ui/uikit 7.48.1 (gravity-ui/uikit at ddf4574, 2026-08-21) and @gravity-ui/date-components
 * 3.4.2 (gravity-ui/date-components at b4dabad, 2026-07-21); React 18, so useUniqId gives `g-:rN:` ids.
 * - TextInput (src/components/controls/TextInput/TextInput.tsx, TextInputControl.tsx, common/OuterAdditionalContent):
 *   `span.g-text-input.g-text-input_view_normal_size_m…` > `span.g-text-input__content` > (label prop)
 *   `label.g-text-input__label[title][for=<id>]` INSIDE the box before the control,
 *   `input.g-text-input__control.g-text-input__control_type_input#<id>[autocomplete=off]` (padded past the label),
 *   the end content; then `div.g-outer-additional-content > div.g-outer-additional-content__error#<id>` (invalid,
 *   errorPlacement outside) and `__note`, linked by aria-describedby.
 * - Select (Select.tsx, SelectControl, SelectPopup, SelectList, OptionWrap, SelectFilter, HiddenSelect):
 *   `div.g-select[tabindex=-1]` > `div.g-select-control[role=group]` > `button.g-select-control__button
 *   [type=button][role=combobox][aria-haspopup=listbox][aria-expanded]#<id>` holding, in this order,
 *   `span.g-select-control__label` (its label prop), `span.g-select-control__placeholder` (only while empty) and
 *   `span.g-select-control__option-text` (the chosen options' texts joined ", "), then the chevron svg
 *   `[aria-hidden]`; the outer error; HiddenSelect: one `input[type=hidden][name]` per chosen value (no native
 *   select in this version). The popup is unmounted while closed; open, it is portalled to the end of body:
 *   `div[data-floating-ui-portal]` > focus guards + the floating div > `div.g-popup.g-popup_open.g-select-popup`
 *   > (filterable) `div.g-select-filter > TextInput` (`aria-label="Filter"`, `aria-controls` the list), and
 *   `div.g-list.g-select-list > div.g-list__items > div[role=listbox]#select-popup-<id>` of
 *   `div.g-list__item[role=option][aria-selected]#…-item-N > div.g-list__item-content > div.g-select-list__option
 *   > span.g-select-list__option-default-label`.
 * - Checkbox / Radio (Checkbox.tsx, Radio.tsx, ControlLabel.tsx, RadioGroup.tsx, useRadioGroup): `label.g-control-label
 *   .g-checkbox` > `span.g-checkbox__indicator` (`span.g-checkbox__icon[aria-hidden]` svg, `input.g-checkbox__control`,
 *   `span.g-checkbox__outline`) + `span.g-control-label__text`; RadioGroup `div.g-radio-group[role=radiogroup]
 *   [aria-labelledby]` of `label.g-radio-group__option.g-radio` with `input.g-radio__control[type=radio][name]`.
 * - Table (Table.tsx): `div.g-table > table.g-table__table > thead.g-table__head > tr.g-table__row >
 *   th.g-table__cell` and `tbody.g-table__body > tr.g-table__row > td.g-table__cell`.
 * - DatePicker (date-components src/components/DatePicker/DatePicker.tsx, hooks/useDatePickerProps.ts,
 *   DateField/hooks/useDateFieldProps.ts, HiddenInput): `div.g-date-date-picker[role=group][tabindex=-1]` >
 *   `div.g-date-date-picker__popup-anchor` (its Popup unmounted while closed), a TextInput whose control has
 *   `role=combobox` and `aria-expanded`, showing the date in format "L" ("03/14/1988"), or its section placeholders
 *   "MM/DD/YYYY" when empty and no placeholder prop is given (open: its Popup portalled to the end of body >
 *   `div.g-date-date-picker__popup-content > div.g-date-calendar[role=group]` (CalendarView.tsx, hooks/useCalendar*Props):
 *   a header (mode button "March 1988", Previous/Next), `div.g-date-calendar__grid[role=grid]` > a `row` of
 *   `columnheader` weekdays and a `rowgroup` of six rows of `gridcell > div.g-date-calendar__button[role=button]`
 *   holding the day number, the chosen one `aria-selected`; each day's aria-label here is my own wording); end content: `button.g-button[aria-label=Calendar]
 *   [aria-haspopup=dialog]`; then HiddenInput `input[type=hidden][name]` holding the ISO string.
 */

let uid = 0;
const id = () => `g-:r${(++uid).toString(36)}:`;
const chevron =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16" aria-hidden="true" class="g-icon g-select-control__chevron-icon"><path fill="currentColor" fill-rule="evenodd" d="M2.97 5.47a.75.75 0 0 1 1.06 0L8 9.44l3.97-3.97a.75.75 0 1 1 1.06 1.06l-4.5 4.5a.75.75 0 0 1-1.06 0l-4.5-4.5a.75.75 0 0 1 0-1.06Z" clip-rule="evenodd"></path></svg>';
const calendarSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16" class="g-icon"><path fill="currentColor" fill-rule="evenodd" d="M5.75.5a.75.75 0 0 0-1.5 0V1h-.5A2.75 2.75 0 0 0 1 3.75v8.5A2.75 2.75 0 0 0 3.75 15h8.5A2.75 2.75 0 0 0 15 12.25v-8.5A2.75 2.75 0 0 0 12.25 1h-.5V.5a.75.75 0 0 0-1.5 0V1h-4.5z" clip-rule="evenodd"></path></svg>';

type TI = { label?: string; note?: string; error?: string; placeholder?: string; end?: string; control?: string; cls?: string };
function textInput(name: string, value: string, o: TI = {}): string {
  const cid = id();
  const errId = o.error ? id() : '';
  const noteId = o.note ? id() : '';
  const described = [errId, noteId].filter(Boolean).join(' ');
  const outer =
    o.error || o.note
      ? `<div class="g-outer-additional-content">${o.error ? `<div class="g-outer-additional-content__error" id="${errId}" data-qa="control-error-message-qa">${o.error}</div>` : ''}${o.note ? `<div class="g-outer-additional-content__note" id="${noteId}">${o.note}</div>` : ''}</div>`
      : '';
  return `<span class="g-text-input g-text-input_view_normal g-text-input_size_m g-text-input_pin_round-round${o.error ? ' g-text-input_state_error' : ''}${o.end ? ' g-text-input_has-end-content' : ''}${o.cls ? ` ${o.cls}` : ''}"><span class="g-text-input__content">${o.label ? `<label class="g-text-input__label" title="${o.label}" for="${cid}" style="max-width: calc(50% - 0px);">${o.label}</label>` : ''}<input${o.control ?? ''}${o.error ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''}${o.label ? ' style="padding-inline-start: 92px;"' : ''} class="g-text-input__control g-text-input__control_type_input" type="text"${name ? ` name="${name}"` : ''} id="${cid}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${value}" autocomplete="off">${o.end ? `<span class="g-text-input__additional-content g-text-input__additional-content_placement_end">${o.end}</span>` : ''}</span>${outer}</span>`;
}

type Sel = { label?: string; placeholder?: string; error?: string; open?: { filter?: string }; multiple?: boolean; id?: string };
/** a Select; `popup` is its open popup for the end of body (empty while closed: unmounted) */
function select(name: string, chosen: string[], options: string[], o: Sel = {}): { html: string; popup: string } {
  const sid = o.id ?? id();
  const popupId = `select-popup-${sid}`;
  const text = chosen.join(', ');
  const html = `<div class="g-select" tabindex="-1"><div class="g-select-control g-select-control_size_m g-select-control_pin_round-round${o.open ? ' g-select-control_open' : ''}${text ? ' g-select-control_has-value' : ''}${o.error ? ' g-select-control_error' : ''}" role="group"><button class="g-select-control__button g-select-control__button_size_m g-select-control__button_view_normal g-select-control__button_pin_round-round${o.open ? ' g-select-control__button_open' : ''}" type="button" tabindex="0" id="${sid}" role="combobox"${o.open ? ` aria-controls="${popupId}"` : ''} aria-haspopup="listbox" aria-expanded="${!!o.open}"${o.error ? ' aria-invalid="true"' : ''}>${o.label ? `<span class="g-select-control__label">${o.label}</span>` : ''}${o.placeholder && !text ? `<span class="g-select-control__placeholder">${o.placeholder}</span>` : ''}${text ? `<span class="g-select-control__option-text">${text}</span>` : ''}</button>${chevron}</div>${o.error ? `<div class="g-outer-additional-content"><div class="g-outer-additional-content__error" id="${id()}" data-qa="control-error-message-qa">${o.error}</div></div>` : ''}${(chosen.length ? chosen : ['']).map((v) => `<input type="hidden" name="${name}" value="${v}">`).join('')}</div>`;
  const filter =
    o.open?.filter !== undefined
      ? `<div class="g-select-filter">${textInput('', o.open.filter, { placeholder: 'Search', control: ` size="1" aria-label="Filter" aria-controls="${popupId}"`, cls: 'g-select-filter__input' })}</div>`
      : '';
  const shown = o.open?.filter ? options.filter((v) => v.toLowerCase().includes(o.open!.filter!.toLowerCase())) : options;
  const popup = o.open
    ? `<div id="${id()}" data-floating-ui-portal=""><span data-floating-ui-focus-guard="" tabindex="0" aria-hidden="true" data-type="outside" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: fixed; white-space: nowrap; width: 1px; top: 0px; left: 0px;"></span><div tabindex="-1" style="position: absolute; top: 0px; left: 0px; z-index: 1000; width: max-content; pointer-events: auto; outline: none; transform: translate(24px, 212px);" data-floating-ui-placement="bottom-start" data-floating-ui-status="open"><div class="g-popup g-popup_open g-select-popup" data-qa="select-popup">${filter}<div class="g-list g-select-list g-select-list_size_m${o.multiple ? ' g-select-list_multiple' : ''}" data-qa="select-list" tabindex="-1"><div class="g-list__items"><div role="listbox" id="${popupId}">${shown
        .map(
          (v, i) =>
            `<div role="option" aria-selected="${chosen.includes(v)}" class="g-list__item${i === 0 ? ' g-list__item_active' : ''}${chosen.includes(v) ? ' g-list__item_selected' : ''}" style="height: 28px;" id="${popupId}-item-${i}"><div class="g-list__item-content"><div class="g-select-list__option">${o.multiple ? `<svg class="g-icon g-select-list__tick-icon${chosen.includes(v) ? ' g-select-list__tick-icon_shown' : ''}" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M13.488 3.43a.75.75 0 0 1 .081 1.058l-6 7a.75.75 0 0 1-1.1.042l-3.5-3.5"></path></svg>` : ''}<span class="g-select-list__option-default-label">${v}</span></div></div></div>`,
        )
        .join(
          '',
        )}</div></div></div></div></div><span data-floating-ui-focus-guard="" tabindex="0" aria-hidden="true" data-type="outside" style="position: fixed;"></span></div>`
    : '';
  return { html, popup };
}
const sel = (name: string, chosen: string[], options: string[], o: Sel = {}) => select(name, chosen, options, o).html;
/** the app's own label for a Select given an `id` (its button) */
const outerLabel = (forId: string, text: string) => `<label class="request-form__label" for="${forId}">${text}</label>`;

const checkbox = (name: string, value: string, checked: boolean) =>
  `<label class="g-control-label g-control-label_size_m g-checkbox g-checkbox_size_m${checked ? ' g-checkbox_checked' : ''}"><span class="g-checkbox__indicator"><span class="g-checkbox__icon" aria-hidden="true"><svg class="g-checkbox__icon-svg g-checkbox__icon-svg_type_tick" width="10" height="8" viewBox="0 0 10 8" fill="none"><path d="M.49 5.385l1.644-1.644 1.644 1.644L8.345.818l1.644 1.644-6.21 6.211z"></path></svg></span><input type="checkbox" name="${name}" value="${value}"${checked ? ' checked' : ''} class="g-checkbox__control"><span class="g-checkbox__outline"></span></span><span class="g-control-label__text">${value}</span></label>`;
const radioGroup = (labelId: string, chosen: string, options: string[]) => {
  const name = id();
  return `<div role="radiogroup" aria-labelledby="${labelId}" class="g-radio-group g-radio-group_size_m g-radio-group_direction_horizontal">${options
    .map(
      (v) =>
        `<label class="g-control-label g-control-label_size_m g-radio-group__option g-radio g-radio_size_m${v === chosen ? ' g-radio_checked' : ''}"><span class="g-radio__indicator"><span class="g-radio__disc"></span><input type="radio" name="${name}" value="${v}"${v === chosen ? ' checked' : ''} class="g-radio__control"><span class="g-radio__outline"></span></span><span class="g-control-label__text">${v}</span></label>`,
    )
    .join('')}</div>`;
};

const datePicker = (name: string, label: string, shown: string, iso: string, open = false) =>
  `<div class="g-date-date-picker" role="group" tabindex="-1"><div class="g-date-date-picker__popup-anchor"></div>${textInput('', shown, {
    label,
    control: ` role="combobox" aria-expanded="${open}" inputmode="numeric"`,
    cls: 'g-date-date-picker__field g-text-input_has-clear',
    end: `<button type="button" tabindex="0" aria-label="Calendar" aria-haspopup="dialog" aria-expanded="${open}" class="g-button g-button_view_flat-secondary g-button_size_s g-button_pin_round-round"><span class="g-button__icon"><span class="g-button__icon-inner">${calendarSvg}</span></span></button>`,
  })}<input type="hidden" name="${name}" value="${iso}"></div>`;

/** the DatePicker's open popup at the end of body: CalendarView in days mode on March 1988, the 14th selected */
const calendarPopup = () => {
  const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const start = Date.UTC(1988, 1, 28);
  const days = Array.from({ length: 42 }, (_, i) => new Date(start + i * 86400000));
  const cell = (d: Date) => {
    const out = d.getUTCMonth() !== 2;
    const chosen = !out && d.getUTCDate() === 14;
    const label = `${weekdays[d.getUTCDay()]}, ${d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    return `<div role="gridcell"${chosen ? ' aria-selected="true"' : ''}><div role="button" tabindex="${chosen ? 0 : -1}" aria-label="${label}" class="g-date-calendar__button${chosen ? ' g-date-calendar__button_selected' : ''}${out ? ' g-date-calendar__button_out-of-boundary' : ''}${d.getUTCDay() % 6 === 0 ? ' g-date-calendar__button_weekend' : ''}">${d.getUTCDate()}</div></div>`;
  };
  return `<div id="${id()}" data-floating-ui-portal=""><div tabindex="-1" style="position: absolute; top: 0px; left: 0px; z-index: 1000; width: max-content; pointer-events: auto; outline: none; transform: translate(24px, 160px);" data-floating-ui-placement="bottom-start" data-floating-ui-status="open"><div class="g-popup g-popup_open"><div class="g-date-date-picker__popup-content"><div role="group" aria-label="March 1988" class="g-date-calendar g-date-calendar_size_m"><div class="g-date-calendar__header"><button type="button" tabindex="0" aria-live="polite" aria-description="Switch to months view" class="g-button g-button_view_flat g-button_size_m"><span class="g-button__text"><span class="g-date-calendar__mode-label">March 1988</span></span></button><div class="g-date-calendar__controls"><button type="button" aria-label="Previous" class="g-button g-button_view_flat g-button_size_m"><span class="g-button__icon"></span></button><button type="button" aria-label="Next" class="g-button g-button_view_flat g-button_size_m"><span class="g-button__icon"></span></button></div></div><div class="g-date-calendar__grid" role="grid" aria-label="March 1988"><div class="g-date-calendar__content g-date-calendar__current-state" role="presentation"><div class="g-date-calendar__grid-row" role="row">${weekdays
    .map(
      (w, i) =>
        `<div class="g-date-calendar__weekday${i % 6 === 0 ? ' g-date-calendar__weekday_weekend' : ''}" role="columnheader" aria-label="${w}">${w.slice(0, 2)}</div>`,
    )
    .join('')}</div><div class="g-date-calendar__grid-rowgroup g-date-calendar__grid-rowgroup_mode_days" role="rowgroup">${[
    0, 1, 2, 3, 4, 5,
  ]
    .map(
      (r) =>
        `<div class="g-date-calendar__grid-row" role="row">${days
          .slice(r * 7, r * 7 + 7)
          .map(cell)
          .join('')}</div>`,
    )
    .join('')}</div></div></div></div></div></div></div></div>`;
};

const row = (body: string) => `<div class="request-form__row">${body}</div>`;
const section = (title: string, body: string) =>
  `<section class="request-form__section"><h3 class="g-text g-text_variant_subheader-2">${title}</h3>${body}</section>`;
const app = (body: string, tail = '') =>
  `<div class="g-root g-root_theme_light"><main class="request-page"><form class="request-form">${body}<button type="submit" class="g-button g-button_view_action g-button_size_l"><span class="g-button__text">Submit request</span></button></form></main></div>${tail}`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const freqLabel = `<span id="freq-label" class="g-text g-text_variant_body-1">Frequency</span>`;

const therapyTable = () =>
  `<div class="g-table"><table class="g-table__table g-table__table_width_auto"><thead class="g-table__head"><tr class="g-table__row">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((c) => `<th class="g-table__cell g-table__cell_align_start">${c}</th>`)
    .join('')}</tr></thead><tbody class="g-table__body">${THERAPY_ROWS.map(
    (r) =>
      `<tr class="g-table__row">${r.map((v) => `<td class="g-table__cell g-table__cell_align_start">${textInput('', v)}</td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div>`;

describe('Gravity UI 7: TextInput, Select and its popup, Checkbox, RadioGroup, Table; date-components DatePicker', () => {
  // misread, WRONG VALUE: drug.name is read as "Drug nameIlaris (canakinumab)": the Select's label prop is drawn as
  // `span.g-select-control__label` inside its combobox button, and the button's whole text is taken as its value
  // (the button itself is named only by the section heading "Medication" before it); every other path is right
  it.fails('reads the full Ilaris request', () => {
    page(
      app(
        `${section('Member', row(`${textInput('memberId', ILARIS['patient.memberId'], { label: 'Member ID' })}${datePicker('dob', 'Date of birth', ILARIS['patient.dob'], '1988-03-14T00:00:00.000Z')}${textInput('weight', '72', { label: 'Weight (kg)' })}`))}
        ${section('Diagnosis', `<div class="g-text" id="codes-label">ICD-10 codes</div><div role="group" aria-labelledby="codes-label" class="codes">${CODES.map((c) => checkbox('icd10', c, c !== 'M04.8')).join('')}</div>`)}
        ${section(
          'Medication',
          `${row(`${sel('drug', [ILARIS['drug.name']], DRUGS, { label: 'Drug name' })}${textInput('hcpcs', ILARIS['drug.hcpcs'], { label: 'HCPCS code' })}${textInput('ndc', ILARIS['drug.ndc'], { label: 'NDC', note: '11 digits, 5-4-2' })}`)}${row(`${textInput('dose', '150', { label: 'Dose (mg)' })}${textInput('units', '150', { label: 'Billing units' })}`)}${row(`${freqLabel}${radioGroup('freq-label', 'Every 4 weeks', FREQ)}`)}`,
        )}
        ${section('Labs', row(`${textInput('crp', '24', { label: 'CRP (mg/L)' })}${datePicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], '2026-11-02T00:00:00.000Z')}`))}
        ${section('Prior therapies', therapyTable())}
        ${section('Prescriber', textInput('npi', ILARIS['prescriber.npi'], { label: 'Prescriber NPI' }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a TextInput by its inner label, not by its note or the error of the field before it', () => {
    page(
      app(
        `${textInput('memberId', '', { label: 'Member ID', error: 'Required field' })}${textInput('npi', ILARIS['prescriber.npi'], { label: 'Prescriber NPI', note: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread: reads {}: the label span inside each button names nothing (no label signal: the buttons have no
  // aria-label, `<label for>` or text before them), so neither Select is mapped; their values would be the whole
  // button text, "Drug nameIlaris (canakinumab)" and "FrequencyEvery 8 weeks" (a WRONG VALUE, as in the full request)
  it.fails('reads a Select by its chosen option text, not the label span drawn inside its button', () => {
    page(
      app(
        `${sel('drug', [ILARIS['drug.name']], DRUGS, { label: 'Drug name' })}${sel('frequency', ['Every 8 weeks'], FREQ, { label: 'Frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  // misread: reads {}: the Select drawing its label prop inside its button is not named (as above); its value
  // would be "Frequency", its own label span (the placeholder span is dropped, the label is not)
  it.fails('reads an empty Select with a label prop (its label and placeholder spans only) as empty', () => {
    page(app(sel('frequency', [], FREQ, { label: 'Frequency', placeholder: 'Choose a frequency' })));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads an empty Select labelled by the app through its id (its placeholder span only) as empty', () => {
    page(
      app(
        `${outerLabel('freq-select', 'Frequency')}${sel('frequency', [], FREQ, { id: 'freq-select', placeholder: 'Choose a frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('takes nothing from a Table of previous requests (text cells) shown beside the form', () => {
    const past = [
      ['PA-20931', 'Kineret (anakinra)', '100 mg daily', '03/02/2026', 'Denied'],
      ['PA-20544', 'Humira (adalimumab)', '40 mg every 2 weeks', '11/18/2025', 'Approved'],
    ];
    page(
      app(
        `${section('Member', textInput('memberId', ILARIS['patient.memberId'], { label: 'Member ID' }))}${section('Medication', `${outerLabel('drug-select', 'Drug name')}${sel('drug', [ILARIS['drug.name']], DRUGS, { id: 'drug-select' })}`)}`,
        `<aside class="history">${section(
          'Previous requests for this member',
          `<div class="g-table"><table class="g-table__table g-table__table_width_auto"><thead class="g-table__head"><tr class="g-table__row">${['Request', 'Drug', 'Dose', 'Submitted', 'Status'].map((c) => `<th class="g-table__cell g-table__cell_align_start">${c}</th>`).join('')}</tr></thead><tbody class="g-table__body">${past.map((r) => `<tr class="g-table__row">${r.map((v) => `<td class="g-table__cell g-table__cell_align_start">${v}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`,
        )}</aside>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'] });
    nothingFrom('aside');
  });

  it('reads a multiple Select labelled by the app through its id as its chosen codes joined ", "', () => {
    page(
      app(
        `${outerLabel('icd10-select', 'ICD-10 codes')}${sel('icd10', ['M04.1', 'M06.1'], CODES, { id: 'icd10-select', multiple: true, placeholder: 'Choose codes' })}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('takes nothing from an open filterable Select popup at the end of body, its filter text included', () => {
    const s = select('drug', [ILARIS['drug.name']], DRUGS, { id: 'drug-select', placeholder: 'Choose a drug', open: { filter: 'Kin' } });
    page(
      app(
        `${outerLabel('drug-select', 'Drug name')}${s.html}${textInput('npi', ILARIS['prescriber.npi'], { label: 'Prescriber NPI' })}`,
        s.popup,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-floating-ui-portal]');
  });

  it('reads a DatePicker by its combobox input showing the date, and an empty one (section placeholders) as empty', () => {
    page(
      app(
        `${datePicker('dob', 'Date of birth', ILARIS['patient.dob'], '1988-03-14T00:00:00.000Z')}${datePicker('crpDate', 'CRP collection date', 'MM/DD/YYYY', '')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('takes nothing from an open DatePicker calendar (a grid of day buttons under weekday headers) beside the therapy Table', () => {
    page(
      app(
        `${section('Member', row(`${textInput('memberId', ILARIS['patient.memberId'], { label: 'Member ID' })}${datePicker('dob', 'Date of birth', ILARIS['patient.dob'], '1988-03-14T00:00:00.000Z', true)}`))}${section('Prior therapies', therapyTable())}`,
        calendarPopup(),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'], ...THERAPIES });
    nothingFrom('[data-floating-ui-portal]');
  });

  it('reads a RadioGroup named through aria-labelledby, and Checkboxes in a labelled group', () => {
    page(
      app(
        `${freqLabel}${radioGroup('freq-label', 'Once', FREQ)}<div class="g-text" id="codes-label">ICD-10 codes</div><div role="group" aria-labelledby="codes-label">${CODES.map((c) => checkbox('icd10', c, c === 'M04.1')).join('')}</div>`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'diagnosis.codes.0': 'M04.1' });
  });
});
