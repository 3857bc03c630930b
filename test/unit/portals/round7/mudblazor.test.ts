import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, normalized, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, THERAPY_ROWS } from '../round5/request';

/**
 * MudBlazor 7 (MudBlazor/MudBlazor at v7.14, src/MudBlazor/Components: InputControl/MudInputControl.razor,
 * Input/MudInput.razor + MudInput.razor.cs, Input/MudInputAdornment.razor, Input/MudInputLabel.razor,
 * TextField, NumericField/MudNumericField.razor, Select/MudSelect.razor + .razor.cs (Delimiter ", "),
 * Autocomplete/MudAutocomplete.razor, Picker/MudPicker.razor, ChipSet/MudChipSet.razor, Chip/MudChip.razor,
 * Popover/MudPopover.razor + MudPopoverProvider.razor, Form/MudForm.razor, List, Base/MudBaseInput.cs
 * (auto input id `mudinput-…`), Resources/LanguageResource.resx ("Close Chip", "Clear")):
 * - `div.mud-input-control > div.mud-input-control-input-container` holds `div.mud-input` (start
 *   adornment, `input.mud-input-slot`, a hidden `div.mud-input-slot` kept for ChildContent, the
 *   clear button, end adornment `div.mud-input-adornment > p.mud-input-adornment-text` "kg"), then
 *   the `label.mud-input-label[for=<input id>]` AFTER the input; then `div.mud-input-helper-text`
 *   with the helper or error text (`div.me-auto#…`).
 * - MudNumericField adds `div.mud-input-numeric-spin` ("Increment"/"Decrement" buttons) at the end of
 *   `div.mud-input`.
 * - MudSelect: the same input, `readonly`, its value the chosen item's text (multi: joined by ", "),
 *   the chevron as an end adornment icon button; the list renders in `div.mud-popover-provider` at
 *   the end of the layout (`div#popovercontent-… .mud-popover.mud-popover-open > div.mud-list`),
 *   leaving `div.mud-popover-cascading-value#popover-…` in place.
 * - MudDatePicker: a MudTextField (readonly unless Editable) with DateFormat "MM/dd/yyyy" and an
 *   "Open Date Picker" calendar adornment button.
 * - MudChipSet: `div.mud-chipset[role=group]` of `div.mud-chip-container > div.mud-chip` with
 *   `span.mud-chip-content` holding the text and `button.mud-chip-close-button[aria-label="Close Chip"]`.
 */

let n = 0;
const uid = () => `mudinput-${(n += 1).toString(16)}c8e1f2a`;
const svg =
  '<svg class="mud-icon-root mud-svg-icon mud-icon-size-medium" focusable="false" viewBox="0 0 24 24" aria-hidden="true"><path d="M0 0h24v24H0z" fill="none"></path></svg>';

type Opt = {
  value: string;
  id?: string;
  readonly?: boolean;
  placeholder?: string;
  helper?: string;
  error?: string;
  adornText?: string;
  adornIcon?: string;
  inputmode?: string;
  label?: string;
  /** MudNumericField's spin buttons (HideSpinButtons false) */
  spin?: boolean;
};

const spinButton = (aria: string) =>
  `<button type="button" class="mud-button-root mud-button mud-button-text mud-button-text-default mud-button-text-size-medium mud-ripple" tabindex="-1" aria-label="${aria}"><span class="mud-button-label">${svg}</span></button>`;
const spin = `<div class="mud-input-numeric-spin">${spinButton('Increment')}${spinButton('Decrement')}</div>`;

const control = (o: Opt) => {
  const id = o.id ?? uid();
  const adorned = o.adornText || o.adornIcon;
  const adornment = o.adornText
    ? `<div class="mud-input-adornment mud-input-adornment-end mud-text-inherit"><p class="mud-typography mud-typography-body1 mud-input-adornment-text" tabindex="-1">${o.adornText}</p></div>`
    : o.adornIcon
      ? `<div class="mud-input-adornment mud-input-adornment-end mud-text-inherit"><button type="button" class="mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-medium mud-icon-button-edge-end mud-input-adornment-icon-button" aria-label="${o.adornIcon}" tabindex="-1"><span class="mud-icon-button-label">${svg}</span></button></div>`
      : '';
  const helper = o.error
    ? `<div class="mud-input-helper-text mud-input-error"><div class="d-flex"><div class="me-auto" id="${id}-error">${o.error}</div></div></div>`
    : o.helper
      ? `<div class="mud-input-helper-text"><div class="d-flex"><div class="me-auto" id="${id}-helper">${o.helper}</div></div></div>`
      : '';
  const label = o.label
    ? `<label class="mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-inputcontrol" for="${id}">${o.label}</label>`
    : '';
  return `<div class="mud-input-control mud-input-input-control${o.error ? ' mud-input-error' : ''}"><div class="mud-input-control-input-container"><div class="mud-input mud-input-outlined${adorned ? ' mud-input-adorned-end' : ''}${o.value ? ' mud-shrink' : ''}"><input class="mud-input-slot mud-input-root mud-input-root-outlined${adorned ? ' mud-input-root-adorned-end' : ''}${o.readonly ? ' mud-select-input' : ''}" id="${id}" type="text"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.readonly ? ' readonly=""' : ''} inputmode="${o.inputmode ?? 'text'}"${o.helper || o.error ? ` aria-describedby="${id}-${o.error ? 'error' : 'helper'}"` : ''} aria-invalid="${o.error ? 'true' : 'false'}" aria-required="false" value="${o.value}"><div class="mud-input-slot mud-input-root mud-input-root-outlined" style="display:none" tabindex="-1"></div>${adornment}<div class="mud-input-outlined-border"></div>${o.spin ? spin : ''}</div>${label}</div>${helper}</div>`;
};

const text = (label: string, value: string, o: Partial<Opt> = {}) => control({ ...o, value, label });
const numeric = (label: string, value: string, unit: string) =>
  control({ value, label, adornText: unit, inputmode: 'numeric', spin: true });
const date = (label: string, value: string) =>
  `<div class="mud-picker mud-picker-inline mud-picker-input-button"><div class="mud-picker-input-text">${control({ value, label, readonly: true, adornIcon: 'Open Date Picker', placeholder: '' })}</div><div class="mud-popover-cascading-value" id="popover-${uid()}"></div></div>`;
const select = (label: string, value: string, o: Partial<Opt> = {}) =>
  `<div class="mud-select" id="${uid()}">${control({ ...o, value, label, readonly: true, adornIcon: 'Open' })}<div class="mud-popover-cascading-value" id="popover-${uid()}"></div></div>`;

const chip = (v: string) =>
  `<div class="mud-chip-container" id="${uid()}"><div tabindex="-1" class="mud-chip mud-chip-filled mud-chip-size-medium mud-chip-color-default"><span class="mud-chip-content">${v}<button type="button" class="mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small mud-chip-close-button" aria-label="Close Chip" tabindex="-1"><span class="mud-icon-button-label">${svg}</span></button></span></div></div>`;
/** an autocomplete to add codes, then the chip set holding them (the usual MudBlazor pattern) */
const codes = (label: string, chosen: string[]) =>
  `<div class="mud-autocomplete" id="${uid()}">${control({ value: '', label, placeholder: 'Search ICD-10', adornIcon: 'Open' })}<div class="mud-popover-cascading-value" id="popover-${uid()}"></div></div><div class="mud-chipset" role="group">${chosen.map(chip).join('')}</div>`;

const popover = (items: [string, boolean][], multi: boolean) =>
  `<div class="mud-popover-provider"><div id="popovercontent-${uid()}" data-ticks="638662000000000000" class="mud-popover mud-popover-fixed mud-popover-open mud-popover-top-left mud-popover-anchor-bottom-left mud-popover-relative-width mud-paper mud-elevation-8 overflow-y-auto" style="max-height:300px;"><div class="mud-list mud-list-padding">${items
    .map(
      ([t, on]) =>
        `<div tabindex="0" class="mud-list-item mud-list-item-gutters mud-list-item-clickable mud-ripple${on ? ' mud-selected-item mud-primary-text mud-primary-hover' : ''}">${multi ? `<div class="mud-list-item-icon">${svg}</div>` : ''}<div class="mud-list-item-text"><p class="mud-typography mud-typography-body1">${t}</p></div></div>`,
    )
    .join('')}</div></div></div>`;

const calendarPopover = () =>
  `<div class="mud-popover-provider"><div id="popovercontent-${uid()}" class="mud-popover mud-popover-fixed mud-popover-open mud-popover-top-left mud-paper"><div class="mud-picker-inline-paper"><div class="mud-paper mud-elevation-8 mud-picker-paper"><div class="mud-picker-container"><div class="mud-picker-toolbar"><button type="button" class="mud-button-year">1988</button><h5 class="mud-typography mud-typography-h5 mud-picker-date">Mon, Mar 14</h5></div><div class="mud-picker-content"><div class="mud-picker-calendar-header"><button type="button" class="mud-picker-nav-button-prev" aria-label="Go to previous month"></button><button type="button" class="mud-button-month">March 1988</button><button type="button" class="mud-picker-nav-button-next" aria-label="Go to next month"></button></div><div class="mud-picker-calendar">${Array.from(
    { length: 31 },
    (_, i) =>
      `<button type="button" class="mud-button-root mud-icon-button mud-day${i === 13 ? ' mud-selected' : ''}" tabindex="0" aria-label="Monday, March ${i + 1}, 1988"><p class="mud-typography mud-typography-body2">${i + 1}</p></button>`,
  ).join('')}</div></div></div></div></div></div></div>`;

const layout = (body: string, overlays = '') =>
  `<div class="mud-layout"><main class="mud-main-content"><div class="mud-container mud-container-maxwidth-md">${body}</div></main></div>${overlays}`;
const form = (body: string) => `<form class="mud-form">${body}</form>`;
const heading = (t: string) => `<h6 class="mud-typography mud-typography-h6">${t}</h6>`;
const item = (c: string) => `<div class="mud-grid-item mud-grid-item-xs-12 mud-grid-item-sm-6">${c}</div>`;
const grid = (c: string) => `<div class="mud-grid mud-grid-spacing-xs-3 justify-start">${c}</div>`;

describe('MudBlazor 7: MudTextField / MudNumericField / MudDatePicker / MudSelect / MudAutocomplete + MudChipSet', () => {
  it('reads the full Ilaris request', () => {
    page(
      layout(
        form(`${heading('Member')}${grid(`${item(text('Member ID', ILARIS['patient.memberId']))}${item(date('Date of birth', ILARIS['patient.dob']))}${item(numeric('Weight', '72', 'kg'))}`)}
        ${heading('Diagnosis')}${grid(item(select('ICD-10 codes', 'M04.1, M06.1')))}
        ${heading('Medication')}${grid(
          `${item(select('Drug name', ILARIS['drug.name']))}${item(text('HCPCS code', ILARIS['drug.hcpcs']))}${item(text('NDC', ILARIS['drug.ndc']))}${item(numeric('Dose', '150', 'mg'))}${item(text('Billing units', '150'))}${item(select('Frequency', 'Every 4 weeks'))}`,
        )}
        ${heading('Labs')}${grid(`${item(numeric('CRP', '24', 'mg/L'))}${item(date('CRP collection date', ILARIS['labs.crpDate']))}`)}
        ${heading('Prescriber')}${grid(item(text('Prescriber NPI', ILARIS['prescriber.npi'], { helper: '10 digits, no spaces' })))}
        <div class="mud-card-actions"><button type="submit" class="mud-button-root mud-button mud-button-filled mud-button-filled-primary"><span class="mud-button-label">Submit</span></button></div>`),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a MudNumericField with a text adornment ("kg", "mg/L") as the number and implies the unit', () => {
    page(layout(form(`${numeric('Weight', '72', 'kg')}${heading('Labs')}${numeric('CRP', '24', 'mg/L')}`)));
    expect(read()).toEqual({ 'patient.weight': '72', 'labs.crpValue': '24' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L' });
    expect(normalized().patient.weight?.value).toEqual({ amount: 72, unit: 'kg' });
  });

  it('names a field by its label written after the input, not by its helper or error text', () => {
    page(
      layout(
        form(
          `${text('Member ID', 'U4829163702', { helper: 'As printed on the card (date of birth not needed)' })}${text('Prescriber NPI', '123456789', { error: 'NPI must be 10 digits' })}${text('HCPCS code', 'J0638')}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U4829163702', 'prescriber.npi': '123456789', 'drug.hcpcs': 'J0638' });
    expect(field('patient.memberId')?.field.signals.labels).toEqual(['Member ID']);
    expect(field('prescriber.npi')?.field.signals.labels).toEqual(['Prescriber NPI']);
  });

  it('reads a multi MudSelect (readonly input joined by ", ") and takes nothing from its open popover', () => {
    page(
      layout(
        form(`${select('ICD-10 codes', 'M04.1, M06.1')}${select('Drug name', ILARIS['drug.name'])}`),
        popover(
          [
            ['M04.1', true],
            ['M06.1', true],
            ['M04.8', false],
          ],
          true,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.mud-popover-provider');
    noDuplicatePaths();
  });

  it('reads the chips of a MudChipSet beside an empty MudAutocomplete as the codes, without "Close Chip"', () => {
    page(layout(form(codes('ICD-10 codes', ['M04.1', 'M06.1']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.mud-chipset');
  });

  it('reads empty select, autocomplete and date picker as empty, not their placeholders', () => {
    page(
      layout(form(`${select('Drug name', '', { placeholder: 'Choose a drug' })}${codes('ICD-10 codes', [])}${date('Date of birth', '')}`)),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '', 'patient.dob': '' });
  });

  it('takes nothing from the open date picker calendar popover', () => {
    page(
      layout(form(`${date('Date of birth', ILARIS['patient.dob'])}${text('Member ID', ILARIS['patient.memberId'])}`), calendarPopover()),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('.mud-popover-provider');
  });

  it('reads a MudRadioGroup (radios with no value attribute, each wrapped by its label) titled by a MudText', () => {
    const radio = (t: string, on: boolean) =>
      `<div class="mud-input-control mud-input-control-boolean-input"><div class="mud-input-control-input-container"><label class="mud-radio mud-disabled-false" id="${uid()}"><span tabindex="0" class="mud-button-root mud-icon-button mud-ripple mud-ripple-radio mud-radio-dense${on ? ' mud-checked mud-primary-text' : ''}"><input tabindex="-1" type="radio" class="mud-radio-input" aria-checked="${on}" aria-disabled="false"${on ? ' checked=""' : ''} role="radio" name="${'requestType'}">${svg}</span><p class="mud-typography mud-typography-body1 mud-inherit-text">${t}</p></label></div></div>`;
    page(
      layout(
        form(
          `<p class="mud-typography mud-typography-subtitle1">Is this a new request or a continuation?</p><div class="mud-input-control mud-input-input-control"><div class="mud-input-control-input-container"><div role="radiogroup" class="mud-radio-group" aria-required="false">${radio('New request', true)}${radio('Continuation of therapy', false)}</div></div></div>${text('Member ID', ILARIS['patient.memberId'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'request.type': 'New request', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads prior therapies from a MudTable of unlabelled MudTextFields', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    page(
      layout(
        form(
          `${heading('Prior therapies')}<div class="mud-table mud-simple-table mud-table-dense mud-elevation-1"><div class="mud-table-container"><table class="mud-table-root"><thead class="mud-table-head"><tr class="mud-table-row">${cols
            .map((c) => `<th scope="col" class="mud-table-cell">${c}</th>`)
            .join('')}</tr></thead><tbody class="mud-table-body">${THERAPY_ROWS.map(
            (r) =>
              `<tr class="mud-table-row">${r.map((v, i) => `<td data-label="${cols[i]}" class="mud-table-cell">${control({ value: v })}</td>`).join('')}</tr>`,
          ).join('')}</tbody></table></div></div>`,
        ),
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a form in a MudDialog, leaving the page behind it out', () => {
    page(
      `${layout(form(text('Member ID', 'OLD-SEARCH-1')))}<div class="mud-dialog-container mud-dialog-center"><div class="mud-overlay mud-overlay-dialog"><div class="mud-overlay-scrim mud-overlay-dark"></div></div><div role="dialog" aria-modal="true" aria-labelledby="_dlg" tabindex="-1" class="mud-dialog mud-dialog-width-sm mud-dialog-width-full"><div class="mud-dialog-title"><h6 class="mud-typography mud-typography-h6" id="_dlg">Edit member</h6></div><div class="mud-dialog-content">${form(`${text('Member ID', ILARIS['patient.memberId'])}${date('Date of birth', ILARIS['patient.dob'])}`)}</div><div class="mud-dialog-actions"><button type="button" class="mud-button-root mud-button mud-button-text"><span class="mud-button-label">Cancel</span></button><button type="button" class="mud-button-root mud-button mud-button-filled"><span class="mud-button-label">Save</span></button></div></div></div>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
    expect(mapped()).toHaveLength(2);
  });
});
