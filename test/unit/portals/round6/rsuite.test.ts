import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom, ISO_REQUEST } from '../round5/request';

/**
 * React Suite 5.6x / 6 (rsuite/rsuite src: Form/, FormGroup, FormControl (id, `aria-labelledby=
 * <id>-control-label`, `aria-describedby=<id>-help-text` handed to the accepter), FormControlLabel,
 * FormHelpText, FormErrorMessage; InputGroup/(InputGroup, InputGroupAddon).tsx; InputNumber
 * (InputGroup + Input type=text + postfix addon + `span.rs-input-number-btn-group-vertical` of two
 * subtle touchspin buttons); internals/Picker/(PickerToggle, PickerIndicator, Listbox, ListItem,
 * ListCheckItem, PickerPopup).tsx; SelectPicker, CheckPicker (countable value list), InputPicker/
 * (InputPicker, TextBox, TagList, InputSearch).tsx for TagPicker; Tag/Tag.tsx; DatePicker/
 * DatePicker.tsx (an InputGroup inside with the date input, clean button and calendar icon);
 * Calendar; locales/en_GB.ts):
 * - `form.rs-form.rs-form-vertical > div.rs-form-group[role=group][aria-labelledby]` >
 *   `label#<id>-control-label.rs-form-control-label[for=<id>]`, `div.rs-form-control.rs-form-
 *   control-wrapper` holding the control, `span#<id>-help-text.rs-form-help-text`, and, when
 *   invalid, `div.rs-form-error-message-wrapper > span.rs-form-error-message > span.rs-form-error-
 *   message-inner`.
 * - Picker toggle: `div.rs-picker.rs-picker-<type>.rs-picker-toggle-wrapper` > `div#<id>
 *   [role=combobox].rs-picker-toggle.rs-btn` > `div.rs-stack` > a hidden readonly
 *   `input.rs-picker-toggle-textbox[aria-hidden][tabindex=-1]` holding the raw value ("Q4W",
 *   "M04.1,M06.1"), `span#<id>-describe.rs-picker-toggle-value` (or `-placeholder` "Select"), then
 *   the indicator (`button.rs-picker-clean.rs-btn-close[aria-label=Clear]`, caret svg).
 *   CheckPicker's value: `span.rs-picker-value-list > span.rs-picker-value-item` joined by
 *   `span.rs-picker-value-separator` ",", then the count badge `span.rs-picker-value-count >
 *   span.rs-badge` "2". TagPicker: the toggle shows nothing, then `div.rs-picker-textbox >
 *   div.rs-picker-tag-list[role=listbox]` > `div.rs-tag.rs-tag-closable > span.rs-tag-text` +
 *   `button.rs-btn-close.rs-tag-icon-close[aria-label=Remove]`, and the search
 *   `div.rs-picker-search > input.rs-picker-search-input`.
 * - Open popups are portalled to the end of the body: `div.rs-picker-popup[role=…]` with
 *   `div[role=listbox] > div[role=option].rs-picker-select-menu-item` (CheckPicker: `.rs-check-item`
 *   with a native checkbox), the DatePicker's `div.rs-picker-popup-date > div.rs-calendar` grid of
 *   `div[role=gridcell]` and an "OK" toolbar button.
 */

const svg = (label: string) =>
  `<svg width="1em" height="1em" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" focusable="false" class="rs-icon" aria-label="${label}" data-category="legacy"><path d="M8 0z"></path></svg>`;

const group = (id: string, label: string, control: string, o: { help?: string; error?: string } = {}) =>
  `<div class="rs-form-group" role="group" aria-labelledby="${id}-control-label"${o.help ? ` aria-describedby="${id}-help-text"` : ''}><label id="${id}-control-label" for="${id}" class="rs-form-control-label">${label}</label><div class="rs-form-control rs-form-control-wrapper">${control}${
    o.error
      ? `<div class="rs-form-error-message-wrapper rs-form-control-message-wrapper rs-form-error-message-placement-bottom-start"><span id="${id}-error-message" role="alert" aria-relevant="all" class="rs-form-error-message rs-form-error-message-show"><span class="rs-form-error-message-arrow"></span><span class="rs-form-error-message-inner">${o.error}</span></span></div>`
      : ''
  }</div>${o.help ? `<span id="${id}-help-text" class="rs-form-help-text">${o.help}</span>` : ''}</div>`;
const aria = (id: string, help = false) => `aria-labelledby="${id}-control-label"${help ? ` aria-describedby="${id}-help-text"` : ''}`;
const input = (id: string, value: string, help = false) =>
  `<input id="${id}" name="${id}" ${aria(id, help)} class="rs-input rs-input-md" type="text" value="${value}">`;
const addon = (id: string, value: string, unit: string) =>
  `<div class="rs-input-group rs-input-group-md">${input(id, value)}<span class="rs-input-group-addon">${unit}</span></div>`;
const inputNumber = (id: string, value: string, postfix?: string) =>
  `<div class="rs-input-group rs-input-group-md rs-input-number"><input id="${id}" name="${id}" ${aria(id)} autocomplete="off" inputmode="decimal" step="1" class="rs-input rs-input-md" type="text" value="${value}">${
    postfix ? `<span class="rs-input-group-addon">${postfix}</span>` : ''
  }<span class="rs-input-number-btn-group-vertical"><button tabindex="-1" type="button" class="rs-btn rs-btn-subtle rs-btn-md rs-input-number-touchspin-up" aria-label="Increment">${svg('angle up')}</button><button tabindex="-1" type="button" class="rs-btn rs-btn-subtle rs-btn-md rs-input-number-touchspin-down" aria-label="Decrement">${svg('angle down')}</button></span></div>`;

const indicator = (clean: boolean) =>
  `<div class="rs-stack-item rs-picker-toggle-indicator">${clean ? `<button type="button" class="rs-btn-close rs-picker-clean" aria-label="Clear" tabindex="-1">${svg('close')}</button>` : ''}${svg('angle down').replace('class="rs-icon"', 'class="rs-icon rs-picker-caret-icon"')}</div>`;
const toggle = (
  id: string,
  type: string,
  raw: string,
  shown: string | null,
  o: { open?: boolean; popup?: string; noChildren?: boolean } = {},
) =>
  `<div role="combobox" id="${id}" aria-haspopup="${o.popup ?? 'listbox'}" aria-expanded="${!!o.open}" aria-disabled="false" aria-controls="${id}-${o.popup ?? 'listbox'}" ${aria(id)} aria-describedby="${id}-describe" data-has-value="${!!raw}" data-cleanable="true" data-size="md" tabindex="${type === 'tag' ? -1 : 0}" class="rs-picker-toggle rs-btn rs-btn-default rs-btn-md"><div class="rs-stack" style="align-items: center; flex-wrap: nowrap;"><div class="rs-stack-item" style="flex-grow: 1; overflow: hidden;"><input readonly="" aria-hidden="true" tabindex="-1" data-testid="picker-toggle-input" name="${id}" class="rs-picker-toggle-textbox" style="pointer-events: none;" value="${raw}">${
    o.noChildren
      ? ''
      : `<span class="rs-picker-toggle-${shown === null ? 'placeholder' : 'value'}" id="${id}-describe" data-testid="picker-describe">${shown ?? 'Select'}</span>`
  }</div>${indicator(!!raw)}</div></div>`;
const wrapper = (type: string, hasValue: boolean, inner: string) =>
  `<div class="rs-picker rs-picker-${type} rs-picker-default rs-picker-toggle-wrapper${hasValue ? ' rs-picker-has-value' : ''} rs-picker-cleanable" data-picker="${type}">${inner}</div>`;
const selectPicker = (id: string, raw: string, shown: string | null, open = false) =>
  wrapper('select', !!raw, toggle(id, 'select', raw, shown, { open }));
const checkPicker = (id: string, items: string[]) =>
  wrapper(
    'check',
    items.length > 0,
    toggle(id, 'check', items.join(','), null).replace(
      /<span class="rs-picker-toggle-placeholder"[^>]*>Select<\/span>/,
      items.length
        ? `<span class="rs-picker-toggle-value" id="${id}-describe" data-testid="picker-describe"><span class="rs-picker-value-list" title="${items.join(',')}">${items
            .map((t) => `<span class="rs-picker-value-item">${t}</span>`)
            .join(
              '<span class="rs-picker-value-separator">,</span>',
            )}</span><span class="rs-picker-value-count" title="${items.length}"><span class="rs-badge rs-badge-independent">${items.length}</span></span></span>`
        : `<span class="rs-picker-toggle-placeholder" id="${id}-describe" data-testid="picker-describe">Select</span>`,
    ),
  );
const tagPicker = (id: string, tags: string[]) =>
  wrapper(
    'tag',
    tags.length > 0,
    `${toggle(id, 'tag', tags.join(','), null, { noChildren: tags.length > 0 })}<div class="rs-picker-textbox"><div role="listbox" id="${id}-describe" class="rs-picker-tag-list">${tags
      .map(
        (t) =>
          `<div class="rs-tag rs-tag-md rs-tag-default rs-tag-closable" data-size="md"><span class="rs-tag-text">${t}</span><button type="button" class="rs-btn-close rs-tag-icon-close" aria-label="Remove" tabindex="-1">${svg('close')}</button></div>`,
      )
      .join(
        '',
      )}<div class="rs-picker-search"><input class="rs-picker-search-input" role="searchbox" aria-autocomplete="list" aria-haspopup="listbox" aria-expanded="false" autocomplete="off" value="" style="box-sizing: content-box; width: 2px;"></div></div></div>`,
  );
const datePicker = (id: string, value: string) =>
  `<div class="rs-picker rs-picker-date rs-picker-default rs-picker-toggle-wrapper${value ? ' rs-picker-has-value' : ''} rs-picker-cleanable" data-picker="date"><div class="rs-input-group rs-input-group-inside rs-input-group-md rs-picker-toggle-group"><input id="${id}" name="${id}" ${aria(id)} aria-haspopup="dialog" aria-invalid="false" autocomplete="off" inputmode="numeric" data-testid="picker-toggle-input" class="rs-input rs-input-md" type="text" placeholder="yyyy-MM-dd" value="${value}">${
    value ? `<button type="button" class="rs-btn-close rs-picker-clean" aria-label="Clear" tabindex="-1">${svg('close')}</button>` : ''
  }<span class="rs-input-group-addon">${svg('calendar')}</span></div></div>`;

const selectPopup = (id: string, options: [string, string][], chosen: string) =>
  `<div class="rs-anim-fade rs-anim-in rs-picker-popup rs-picker-select-menu rs-picker-popup-select placement-bottom-start" data-testid="picker-popup" style="left: 24px; top: 380px; position: absolute; min-width: 300px;"><div role="listbox" id="${id}-listbox" class="rs-picker-select-menu-items" style="max-height: 320px;"><div>${options
    .map(
      ([v, l]) =>
        `<div role="option" id="${id}-opt-${v}" aria-selected="${v === chosen}" class="rs-picker-select-menu-item${v === chosen ? ' rs-picker-select-menu-item-active' : ''}" data-key="${v}">${l}</div>`,
    )
    .join('')}</div></div></div>`;
const checkPopup = (id: string, options: string[], chosen: string[]) =>
  `<div class="rs-anim-fade rs-anim-in rs-picker-popup rs-picker-check-menu rs-picker-popup-check placement-bottom-start" data-testid="picker-popup" style="left: 24px; top: 300px; position: absolute;"><div class="rs-picker-search-bar"><input class="rs-picker-search-bar-input" placeholder="Search" value=""></div><div role="listbox" id="${id}-listbox" aria-multiselectable="true" class="rs-picker-check-menu-items">${options
    .map(
      (o) =>
        `<div role="option" aria-selected="${chosen.includes(o)}" id="${id}-opt-${o}" class="rs-check-item rs-checkbox${chosen.includes(o) ? ' rs-checkbox-checked' : ''}"><div class="rs-checkbox-checker"><label title="${o}"><span class="rs-checkbox-control"><input type="checkbox" aria-checked="${chosen.includes(o)}" tabindex="-1" value="${o}"${chosen.includes(o) ? ' checked=""' : ''}><span class="rs-checkbox-inner"></span></span><span class="rs-checkbox-label">${o}</span></label></div></div>`,
    )
    .join('')}</div></div>`;
const calendarPopup = () =>
  `<div class="rs-anim-fade rs-anim-in rs-picker-popup rs-picker-popup-date placement-bottom-start" style="left: 24px; top: 200px; position: absolute;" role="dialog"><div class="rs-calendar rs-calendar-md" data-testid="calendar"><div class="rs-calendar-header"><div class="rs-calendar-header-month-toolbar"><button type="button" class="rs-btn rs-btn-icon rs-btn-subtle rs-calendar-btn-backward" aria-label="Previous month">${svg('page previous')}</button><button type="button" class="rs-btn rs-btn-subtle rs-calendar-header-title rs-calendar-header-title-date" aria-label="Select month">Mar 1988</button><button type="button" class="rs-btn rs-btn-icon rs-btn-subtle rs-calendar-btn-forward" aria-label="Next month">${svg('page next')}</button></div></div><div class="rs-calendar-body"><div role="grid" class="rs-calendar-table"><div role="row" class="rs-calendar-table-row rs-calendar-table-header-row"><div role="columnheader" class="rs-calendar-table-cell rs-calendar-table-header-cell"><span class="rs-calendar-table-header-cell-content">Su</span></div></div><div role="row" class="rs-calendar-table-row"><div role="gridcell" aria-label="13 Mar 1988" aria-selected="false" tabindex="-1" class="rs-calendar-table-cell"><div class="rs-calendar-table-cell-content"><span class="rs-calendar-table-cell-day">13</span></div></div><div role="gridcell" aria-label="14 Mar 1988" aria-selected="true" tabindex="0" class="rs-calendar-table-cell rs-calendar-table-cell-selected"><div class="rs-calendar-table-cell-content"><span class="rs-calendar-table-cell-day">14</span></div></div></div></div></div></div><div class="rs-picker-toolbar"><div class="rs-stack"><div class="rs-stack-item"><button type="button" class="rs-btn rs-btn-link rs-btn-sm">Today</button><button type="button" class="rs-btn rs-btn-link rs-btn-sm">Yesterday</button></div><div class="rs-stack-item"><button type="button" class="rs-btn rs-btn-primary rs-btn-sm">OK</button></div></div></div></div>`;

const FREQ: [string, string][] = [
  ['Q4W', 'Every 4 weeks'],
  ['Q8W', 'Every 8 weeks'],
];

const fullPage = (icd: 'tag' | 'input' = 'input') => `<div class="rs-container"><form class="rs-form rs-form-vertical rs-form-fixed-width">
  <h4>Patient</h4>
  ${group('memberId', 'Member ID', input('memberId', ILARIS['patient.memberId'], true), { help: 'Required' })}
  ${group('dob', 'Date of birth', datePicker('dob', '1988-03-14'))}
  ${group('weight', 'Weight', addon('weight', '72', 'kg'))}
  <h4>Diagnosis</h4>
  ${group('icd10', 'ICD-10 codes', icd === 'tag' ? tagPicker('icd10', ['M04.1', 'M06.1']) : input('icd10', 'M04.1, M06.1'))}
  <h4>Medication</h4>
  ${group('drugName', 'Drug name', selectPicker('drugName', 'ilaris', ILARIS['drug.name']))}
  ${group('hcpcs', 'HCPCS code', input('hcpcs', ILARIS['drug.hcpcs']))}
  ${group('ndc', 'NDC', input('ndc', ILARIS['drug.ndc']))}
  ${group('dose', 'Dose', inputNumber('dose', '150', 'mg'))}
  ${group('billingUnits', 'Billing units', inputNumber('billingUnits', '150'))}
  ${group('frequency', 'Frequency', selectPicker('frequency', 'Q4W', 'Every 4 weeks'))}
  <h4>Labs</h4>
  ${group('crp', 'CRP', inputNumber('crp', '24', 'mg/L'))}
  ${group('crpDate', 'CRP collection date', datePicker('crpDate', '2026-11-02'))}
  <h4>Prescriber</h4>
  ${group('npi', 'Prescriber NPI', input('npi', ILARIS['prescriber.npi']))}
  <div class="rs-form-group" role="group"><div class="rs-btn-toolbar"><button type="submit" class="rs-btn rs-btn-primary rs-btn-md">Submit</button></div></div>
</form></div>`;

const EXPECTED = ISO_REQUEST;

describe('React Suite Form with InputGroup, InputNumber, pickers and DatePicker', () => {
  it('reads the whole request: pickers by what they show, InputNumber without its touchspin buttons', () => {
    page(fullPage('input'));
    expect(read()).toEqual(EXPECTED);
    expect(mapped().some((m) => m.field.element.matches('.rs-picker-toggle-textbox'))).toBe(false);
    noDuplicatePaths();
  });

  it('implies the units of the InputGroup addon and the InputNumber postfixes', () => {
    page(fullPage());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads the whole request with the ICD-10 codes in a TagPicker', () => {
    page(fullPage('tag'));
    expect(read()).toEqual(EXPECTED);
    noDuplicatePaths();
  });

  it('reads TagPicker tags without "Remove", and takes no field from the tag close buttons', () => {
    page(`<form class="rs-form rs-form-vertical">${group('icd10', 'ICD-10 codes', tagPicker('icd10', ['M04.1', 'M06.1']))}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.rs-tag');
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it("reads a CheckPicker's value list without its separators doubled or its count badge", () => {
    page(`<form class="rs-form rs-form-vertical">${group('icd10', 'ICD-10 codes', checkPicker('icd10', ['M04.1', 'M06.1']))}</form>`);
    const v = read()['diagnosis.codes.0'] ?? '';
    expect(v.split(/\s*,\s*/)).toEqual(['M04.1', 'M06.1']);
  });

  it('reads an empty SelectPicker (placeholder "Select") and an empty TagPicker as empty', () => {
    page(
      `<form class="rs-form rs-form-vertical">${group('frequency', 'Frequency', selectPicker('frequency', '', null))}${group('icd10', 'ICD-10 codes', tagPicker('icd10', []))}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it('takes nothing from open popups portalled to the body: a select menu, a check menu, a calendar', () => {
    page(
      `${fullPage().replace('data-picker="select">', 'data-picker="select" data-focus="true">')}${selectPopup('frequency', FREQ, 'Q4W')}${checkPopup('icd10x', ['M04.1', 'M06.1', 'M04.8'], ['M04.1'])}${calendarPopup()}`,
    );
    expect(read()).toEqual(EXPECTED);
    nothingFrom('.rs-picker-popup');
  });

  it('reads a SelectPicker with a `label` prop (its name inside the toggle, before the value) by its value', () => {
    const labelled = (id: string, label: string, raw: string, shown: string) =>
      selectPicker(id, raw, shown)
        .replace(`aria-labelledby="${id}-control-label"`, `aria-labelledby="${id}-label"`)
        .replace(
          '<div class="rs-stack-item" style="flex-grow: 1; overflow: hidden;">',
          `<div class="rs-stack-item"><span class="rs-picker-toggle-label" data-testid="picker-label" id="${id}-label">${label}</span></div><div class="rs-stack-item" style="flex-grow: 1; overflow: hidden;">`,
        );
    page(
      `<div class="filters">${labelled('frequency', 'Frequency', 'Q4W', 'Every 4 weeks')}${labelled('drug', 'Drug name', 'ilaris', ILARIS['drug.name'])}</div>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.name': ILARIS['drug.name'] });
  });

  it('reads no field from a form error message', () => {
    page(
      `<form class="rs-form rs-form-vertical">${group('memberId', 'Member ID', input('memberId', ''), { error: 'Member ID is required' })}${group('npi', 'Prescriber NPI', input('npi', ILARIS['prescriber.npi']))}</form>`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
