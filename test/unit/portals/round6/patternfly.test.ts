import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, FREQUENCY_OPTIONS } from '../round5/request';

/**
 * PatternFly 6 (@patternfly/react-core 6.x, patternfly/patternfly-react packages/react-core/src/
 * components: Form/FormGroup.tsx (+ __snapshots__/FormGroup.test.tsx.snap), Form/FormHelperText,
 * HelperText, TextInput, FormSelect, NumberInput/NumberInput.tsx, InputGroup, MenuToggle/
 * MenuToggle.tsx, Select, Menu, TextInputGroup/TextInputGroupMain.tsx, Label/Label.tsx,
 * Label/LabelGroup.tsx (+ LabelGroup.test.tsx.snap), DatePicker (+ DatePicker.test.tsx.snap),
 * CalendarMonth, Popover, Modal, Table):
 * - FormGroup: `div.pf-v6-c-form__group` > `div.pf-v6-c-form__group-label > label.pf-v6-c-form__label
 *   [for=fieldId] > span.pf-v6-c-form__label-text` (+ `span.pf-v6-c-form__label-required` " *"),
 *   then `div.pf-v6-c-form__group-control` holding the control and FormHelperText
 *   (`div.pf-v6-c-form__helper-text[aria-live=polite] > div.pf-v6-c-helper-text >
 *   div.pf-v6-c-helper-text__item > span.pf-v6-c-helper-text__item-text`, `pf-m-error` with a
 *   screen-reader ": error status;").
 * - TextInput: `span.pf-v6-c-form-control > input[aria-invalid][data-ouia-component-type=PF6/TextInput]`.
 * - FormSelect: `span.pf-v6-c-form-control.pf-m-select > select` + a `__utilities` toggle icon.
 * - NumberInput: `div.pf-v6-c-number-input > div.pf-v6-c-input-group` (Minus button, TextInput
 *   type=number, Plus button, each in `div.pf-v6-c-input-group__item`) then
 *   `div.pf-v6-c-number-input__unit` ("kg").
 * - Select (single): a `button.pf-v6-c-menu-toggle` showing `span.pf-v6-c-menu-toggle__text`
 *   (the app's placeholder text while nothing is chosen).
 * - Select (multi typeahead): `div.pf-v6-c-menu-toggle.pf-m-typeahead` > `div.pf-v6-c-text-input-group
 *   .pf-m-plain > div.__main` holding a LabelGroup (`ul[role=list] > li > span.pf-v6-c-label` with
 *   `span.pf-v6-c-label__text` and a `button[aria-label="Close M04.1"]`) and the search
 *   `input[role=combobox]`, then the `button.pf-v6-c-menu-toggle__button` caret.
 * - With `popperProps={{ appendTo: () => document.body }}` the open Menu is a `div.pf-v6-c-menu`
 *   at the end of the body; a checkbox Select's items are `label.pf-v6-c-menu__item` holding an
 *   `input.pf-v6-c-check__input[type=checkbox]`.
 * - DatePicker: `div.pf-v6-c-date-picker > div > div.__input > div.pf-v6-c-input-group` with a
 *   TextInput (default `aria-label` "Date picker", placeholder "YYYY-MM-DD") and a "Toggle date
 *   picker" button; when open, a Popover (`div.pf-v6-c-popover[role=dialog]`, inline after the input:
 *   `appendTo` defaults to "inline") holding a CalendarMonth: month MenuToggle, a "Select year"
 *   number input, and `table[role=grid]` of date buttons.
 */

const caret = `<svg class="pf-v6-svg" viewBox="0 0 320 512" fill="currentColor" aria-hidden="true" role="img" width="1em" height="1em"><path d="M31.3 192h257.3c17.8 0 26.7 21.5 14.1 34.1L174.1 354.8z"></path></svg>`;
const times = `<svg class="pf-v6-svg" viewBox="0 0 352 512" fill="currentColor" aria-hidden="true" role="img" width="1em" height="1em"><path d="M242.72 256l100.07-100.07z"></path></svg>`;

let n = 0;
const ouia = (type: string) =>
  `data-ouia-component-id="OUIA-Generated-${type}-${(n += 1)}" data-ouia-component-type="PF6/${type}" data-ouia-safe="true"`;

const group = (
  id: string,
  label: string,
  control: string,
  o: { required?: boolean; helper?: string; error?: string; role?: 'group'; labelId?: string } = {},
) => `<div class="pf-v6-c-form__group" ${ouia('FormGroup')}${o.role ? ` role="group" aria-labelledby="${o.labelId}"` : ''}>
    <div class="pf-v6-c-form__group-label">${
      o.role
        ? `<span class="pf-v6-c-form__label" id="${o.labelId}"><span class="pf-v6-c-form__label-text">${label}</span></span>`
        : `<label class="pf-v6-c-form__label" for="${id}"><span class="pf-v6-c-form__label-text">${label}</span>${o.required ? '<span class="pf-v6-c-form__label-required" aria-hidden="true">&#42;</span>' : ''}</label>`
    }&nbsp;</div>
    <div class="pf-v6-c-form__group-control">${control}${
      o.helper || o.error
        ? `<div class="pf-v6-c-form__helper-text" aria-live="polite"><div class="pf-v6-c-helper-text"><div class="pf-v6-c-helper-text__item${o.error ? ' pf-m-error' : ''}" id="${id}-helper">${o.error ? `<span class="pf-v6-c-helper-text__item-icon"><svg class="pf-v6-svg" aria-hidden="true" role="img" width="1em" height="1em"><path d="M504 256c0 137z"></path></svg></span>` : ''}<span class="pf-v6-c-helper-text__item-text">${o.error ?? o.helper}${o.error ? '<span class="pf-v6-screen-reader">: error status;</span>' : ''}</span></div></div></div>`
        : ''
    }</div>
  </div>`;

const textInput = (id: string, value: string, o: { error?: boolean; type?: string; ariaLabel?: string; placeholder?: string } = {}) =>
  `<span class="pf-v6-c-form-control${o.error ? ' pf-m-error' : ''}"><input aria-invalid="${o.error ? 'true' : 'false'}" ${ouia('TextInput')}${id ? ` id="${id}" name="${id}"` : ''} type="${o.type ?? 'text'}"${o.ariaLabel ? ` aria-label="${o.ariaLabel}"` : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.error ? ` aria-describedby="${id}-helper"` : ''} value="${value}">${o.error ? `<span class="pf-v6-c-form-control__utilities"><span class="pf-v6-c-form-control__icon pf-m-status"><svg class="pf-v6-svg" aria-hidden="true" role="img"><path d="M504 256z"></path></svg></span></span>` : ''}</span>`;

const text = (id: string, label: string, value: string, o: { helper?: string; error?: string } = {}) =>
  group(id, label, textInput(id, value, { error: !!o.error }), o);

const formSelect = (id: string, options: string[], chosen: string) =>
  `<span class="pf-v6-c-form-control pf-m-select"><select id="${id}" name="${id}" aria-invalid="false" ${ouia('FormSelect')}><option value="">Select a frequency</option>${options
    .map((o) => `<option value="${o}"${o === chosen ? ' selected' : ''}>${o}</option>`)
    .join(
      '',
    )}</select><span class="pf-v6-c-form-control__utilities"><span class="pf-v6-c-form-control__toggle-icon">${caret}</span></span></span>`;

const numberInput = (id: string, value: string, unit: string, ariaLabel: string) =>
  `<div class="pf-v6-c-number-input"><div class="pf-v6-c-input-group">
    <div class="pf-v6-c-input-group__item"><button class="pf-v6-c-button pf-m-control" type="button" aria-label="Minus" ${ouia('Button')}><span class="pf-v6-c-button__icon"><span class="pf-v6-c-number-input__icon"><svg class="pf-v6-svg" aria-hidden="true" role="img"><path d="M416 208H32z"></path></svg></span></span></button></div>
    <div class="pf-v6-c-input-group__item">${textInput(id, value, { type: 'number', ariaLabel })}</div>
    <div class="pf-v6-c-input-group__item"><button class="pf-v6-c-button pf-m-control" type="button" aria-label="Plus" ${ouia('Button')}><span class="pf-v6-c-button__icon"><span class="pf-v6-c-number-input__icon"><svg class="pf-v6-svg" aria-hidden="true" role="img"><path d="M416 208H272z"></path></svg></span></span></button></div>
  </div><div class="pf-v6-c-number-input__unit">${unit}</div></div>`;

/** single Select: the MenuToggle button (the app puts the FormGroup's fieldId on it) */
const selectToggle = (id: string, shown: string | null, placeholder: string, expanded = false) =>
  `<button class="pf-v6-c-menu-toggle pf-m-full-width${expanded ? ' pf-m-expanded' : ''}" type="button" id="${id}" aria-expanded="${expanded}" ${ouia('MenuToggle')}><span class="pf-v6-c-menu-toggle__text">${shown ?? placeholder}</span><span class="pf-v6-c-menu-toggle__controls"><span class="pf-v6-c-menu-toggle__toggle-icon">${caret}</span></span></button>`;

const chip = (v: string, i: number) =>
  `<li class="pf-v6-c-label-group__list-item"><span class="pf-v6-c-label pf-m-outline"><span class="pf-v6-c-label__content"><span class="pf-v6-c-label__text" id="label-text-${i}">${v}</span></span><span class="pf-v6-c-label__actions"><button class="pf-v6-c-button pf-m-plain pf-m-no-padding" type="button" aria-label="Close ${v}" id="remove_label-${i}" aria-labelledby="remove_label-${i} label-text-${i}" ${ouia('Button')}><span class="pf-v6-c-button__icon">${times}</span></button></span></span></li>`;

/** multi typeahead Select: the search input gets the fieldId (TextInputGroupMain inputId) */
const multiTypeahead = (id: string, chosen: string[], placeholder: string, expanded = false) =>
  `<div class="pf-v6-c-menu-toggle pf-m-typeahead pf-m-full-width${expanded ? ' pf-m-expanded' : ''}" ${ouia('MenuToggle')}>
    <div class="pf-v6-c-text-input-group pf-m-plain"><div class="pf-v6-c-text-input-group__main">
      ${
        chosen.length
          ? `<div class="pf-v6-c-label-group"><div class="pf-v6-c-label-group__main"><ul class="pf-v6-c-label-group__list" role="list" aria-label="Current selections">${chosen.map(chip).join('')}</ul></div></div>`
          : ''
      }
      <span class="pf-v6-c-text-input-group__text"><input type="text" class="pf-v6-c-text-input-group__text-input" id="${id}" autocomplete="off" role="combobox" aria-expanded="${expanded}" aria-controls="${id}-listbox" placeholder="${placeholder}" value=""></span>
    </div>
    <div class="pf-v6-c-text-input-group__utilities"${chosen.length ? '' : ' style="display: none;"'}><button class="pf-v6-c-button pf-m-plain" type="button" aria-label="Clear input value" ${ouia('Button')}><span class="pf-v6-c-button__icon">${times}</span></button></div></div>
    <button type="button" class="pf-v6-c-menu-toggle__button" aria-expanded="${expanded}" aria-label="Menu toggle" tabindex="-1"><span class="pf-v6-c-menu-toggle__controls"><span class="pf-v6-c-menu-toggle__toggle-icon">${caret}</span></span></button>
  </div>`;

/** an open checkbox Select menu, appended to the body by popperProps.appendTo */
const checkboxMenu = (id: string, options: [string, boolean][]) =>
  `<div class="pf-v6-c-menu" ${ouia('Select')} style="position: absolute; left: 0px; top: 0px; z-index: 9999; opacity: 1; transform: translate(24px, 412px); min-width: 480px;"><div class="pf-v6-c-menu__content"><ul class="pf-v6-c-menu__list" role="listbox" id="${id}-listbox" aria-multiselectable="true">${options
    .map(
      ([o, on], i) =>
        `<li class="pf-v6-c-menu__list-item${on ? ' pf-m-selected' : ''}" role="none"><label class="pf-v6-c-menu__item" for="checkbox-${id}-${i}" role="option" aria-selected="${on}" tabindex="-1"><span class="pf-v6-c-menu__item-main"><span class="pf-v6-c-menu__item-check"><span class="pf-v6-c-check pf-m-standalone"><input class="pf-v6-c-check__input" type="checkbox" id="checkbox-${id}-${i}"${on ? ' checked' : ''}></span></span><span class="pf-v6-c-menu__item-text">${o}</span></span></label></li>`,
    )
    .join('')}</ul></div></div>`;

const datePicker = (id: string, value: string, ariaLabel = 'Date picker', open = false) =>
  `<div class="pf-v6-c-date-picker" style="--pf-v6-c-date-picker__input--c-form-control--width-chars: 10;"><div><div class="pf-v6-c-date-picker__input"><div class="pf-v6-c-input-group">
    <div class="pf-v6-c-input-group__item pf-m-fill">${textInput(id, value, { ariaLabel, placeholder: 'YYYY-MM-DD' })}</div>
    <div class="pf-v6-c-input-group__item"><button class="pf-v6-c-button pf-m-control" type="button" aria-label="Toggle date picker" ${ouia('Button')}><span class="pf-v6-c-button__icon"><svg class="pf-v6-svg" aria-hidden="true" role="img"><path d="M148 288h-40z"></path></svg></span></button></div>
  </div></div>${open ? calendarPopover() : ''}</div></div>`;

/** the open CalendarMonth Popover (March 1988), rendered inline (DatePicker's `appendTo` defaults to "inline") */
const calendarPopover = () => {
  const day = (d: number) =>
    `<td class="pf-v6-c-calendar-month__dates-cell${d === 14 ? ' pf-m-selected' : ''}"><button class="pf-v6-c-calendar-month__date${d === 14 ? ' pf-m-selected' : ''}" type="button" aria-label="${d} March 1988" tabindex="${d === 14 ? 0 : -1}">${d}</button></td>`;
  const weeks = [0, 7, 14, 21, 28].map(
    (s) =>
      `<tr class="pf-v6-c-calendar-month__dates-row">${Array.from({ length: 7 }, (_, i) => s + i + 1)
        .filter((d) => d <= 31)
        .map(day)
        .join('')}</tr>`,
  );
  return `<div class="pf-v6-c-popover pf-m-bottom" role="dialog" aria-modal="true" aria-label="Date picker" ${ouia('Popover')} style="position: absolute; left: 0px; top: 0px; z-index: 9999; opacity: 1; transform: translate(24px, 220px);">
    <div class="pf-v6-c-popover__arrow"></div><div class="pf-v6-c-popover__content"><div class="pf-v6-c-popover__body"><div class="pf-v6-c-calendar-month">
      <div class="pf-v6-c-calendar-month__header">
        <div class="pf-v6-c-calendar-month__header-nav-control pf-m-prev-month"><button class="pf-v6-c-button pf-m-plain" type="button" aria-label="Previous month"><span class="pf-v6-c-button__icon">${caret}</span></button></div>
        <div class="pf-v6-c-input-group"><div class="pf-v6-c-input-group__item"><div class="pf-v6-c-calendar-month__header-month">${selectToggle('month-toggle', 'March', 'Month')}</div></div>
        <div class="pf-v6-c-input-group__item"><div class="pf-v6-c-calendar-month__header-year">${textInput('', '1988', { type: 'number', ariaLabel: 'Select year' })}</div></div></div>
        <div class="pf-v6-c-calendar-month__header-nav-control pf-m-next-month"><button class="pf-v6-c-button pf-m-plain" type="button" aria-label="Next month"><span class="pf-v6-c-button__icon">${caret}</span></button></div>
      </div>
      <table class="pf-v6-c-calendar-month__calendar" role="grid" aria-labelledby="month-toggle"><thead class="pf-v6-c-calendar-month__days" scope="col"><tr class="pf-v6-c-calendar-month__days-row">${[
        'Sunday',
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
      ]
        .map(
          (d) =>
            `<th class="pf-v6-c-calendar-month__day"><span class="pf-v6-screen-reader">${d}</span><span aria-hidden="true">${d[0]}</span></th>`,
        )
        .join('')}</tr></thead><tbody>${weeks.join('')}</tbody></table>
    </div></div></div></div>`;
};

const section = (title: string, body: string) =>
  `<section class="pf-v6-c-form__section" role="group" aria-labelledby="${title}-title"><div class="pf-v6-c-form__section-title" id="${title}-title">${title}</div>${body}</section>`;

const therapyTable = (rows: (typeof THERAPIES)[keyof typeof THERAPIES][][]) => {
  const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
  return `<table class="pf-v6-c-table pf-m-grid-md" role="grid" aria-label="Prior therapies" ${ouia('Table')}>
    <thead class="pf-v6-c-table__thead"><tr class="pf-v6-c-table__tr">${cols.map((c) => `<th class="pf-v6-c-table__th" scope="col" tabindex="-1">${c}</th>`).join('')}</tr></thead>
    <tbody class="pf-v6-c-table__tbody" role="rowgroup">${rows
      .map(
        (r, i) =>
          `<tr class="pf-v6-c-table__tr">${r
            .map(
              (v, c) =>
                `<td class="pf-v6-c-table__td" data-label="${cols[c]}">${textInput('', v, { ariaLabel: `${cols[c]} row ${i + 1}` })}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
};

describe('PatternFly 6 Form: FormGroup + TextInput / NumberInput / Select / DatePicker', () => {
  // reads everything but the Drug name Select: `button#drug.pf-v6-c-menu-toggle[aria-expanded=false]`
  // (labelled by `label[for=drug]` "Drug name", showing "Ilaris (canakinumab)" in
  // `span.pf-v6-c-menu-toggle__text`) is not collected, so `drug.name` is missing (expected
  // "Ilaris (canakinumab)"); PatternFly's MenuToggle carries no role/aria-haspopup
  it('reads the full Ilaris request', () => {
    page(`<div id="root"><form novalidate class="pf-v6-c-form" ${ouia('Form')}>
      ${section(
        'Member',
        `${text('member-id', 'Member ID', ILARIS['patient.memberId'], { helper: 'As printed on the member card' })}
        ${group('dob', 'Date of birth', datePicker('dob', '1988-03-14', 'Date of birth'), { required: true })}
        ${group('weight', 'Weight', numberInput('weight', '72', 'kg', 'Weight'))}`,
      )}
      ${section(
        'Diagnosis',
        group('icd10', 'ICD-10 codes', multiTypeahead('icd10', ['M04.1', 'M06.1'], 'Search ICD-10 codes'), { required: true }),
      )}
      ${section(
        'Medication',
        `${group('drug', 'Drug name', selectToggle('drug', ILARIS['drug.name'], 'Select a drug'))}
        ${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}
        ${text('ndc', 'NDC', ILARIS['drug.ndc'], { helper: '11-digit NDC (5-4-2)' })}
        ${group('dose', 'Dose', numberInput('dose', '150', 'mg', 'Dose'))}
        ${text('units', 'Billing units', '150', { helper: 'J0638: 1 unit = 1 mg' })}
        ${group('frequency', 'Frequency', formSelect('frequency', FREQUENCY_OPTIONS, 'Every 4 weeks'))}`,
      )}
      ${section(
        'Labs',
        `${group('crp', 'CRP', numberInput('crp', '24', 'mg/L', 'CRP'))}
        ${group('crp-date', 'CRP collection date', datePicker('crp-date', '2026-11-02', 'CRP collection date'))}`,
      )}
      ${section('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}
      <div class="pf-v6-c-form__group pf-m-action"><div class="pf-v6-c-form__actions"><button class="pf-v6-c-button pf-m-primary" type="submit">Submit</button><button class="pf-v6-c-button pf-m-link" type="button">Cancel</button></div></div>
    </form></div>`);
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '1988-03-14',
      'labs.crpDate': '2026-11-02',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('button[aria-label^="Close"]');
    nothingFrom('.pf-v6-c-number-input button');
    noDuplicatePaths();
  });

  it('reads the multi typeahead from its labels, not the "Close M04.1" buttons or the search input placeholder', () => {
    page(`<form class="pf-v6-c-form">${group('icd10', 'ICD-10 codes', multiTypeahead('icd10', ['M04.1'], 'Search ICD-10 codes'))}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    expect(mapped().filter((m) => m.field.element.matches('button'))).toEqual([]);
  });

  it('takes nothing from an open checkbox Select menu appended to the body', () => {
    page(
      `<form class="pf-v6-c-form">${group('icd10', 'ICD-10 codes', multiTypeahead('icd10', ['M04.1'], 'Search ICD-10 codes', true))}</form>${checkboxMenu(
        'icd10',
        [
          ['M04.1', true],
          ['M06.1', false],
          ['M04.8', false],
        ],
      )}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('.pf-v6-c-menu');
  });

  // the MenuToggle Select (`button#drug` showing its placeholder "Select a drug") is not collected at
  // all, so `drug.name` is missing instead of read as "" (the same cause as the full request)
  it('reads a single Select (a MenuToggle button) showing its placeholder as empty', () => {
    page(`<form class="pf-v6-c-form">${group('drug', 'Drug name', selectToggle('drug', null, 'Select a drug'))}</form>`);
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads an empty DatePicker, FormSelect and multi typeahead as empty', () => {
    page(`<form class="pf-v6-c-form">
      ${group('dob', 'Date of birth', datePicker('dob', '', 'Date of birth'))}
      ${group('frequency', 'Frequency', formSelect('frequency', FREQUENCY_OPTIONS, ''))}
      ${group('icd10', 'ICD-10 codes', multiTypeahead('icd10', [], 'Search ICD-10 codes'))}
    </form>`);
    expect(read()).toEqual({ 'patient.dob': '', 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it('takes nothing from the open CalendarMonth popover (month toggle, "Select year" input, date grid)', () => {
    page(`<form class="pf-v6-c-form">${group('dob', 'Date of birth', datePicker('dob', '1988-03-14', 'Date of birth', true))}</form>`);
    expect(read()).toEqual({ 'patient.dob': '1988-03-14' });
    nothingFrom('.pf-v6-c-popover');
  });

  it('names a DatePicker left with its default aria-label "Date picker" by its FormGroup label', () => {
    page(`<form class="pf-v6-c-form">${group('dob', 'Date of birth', datePicker('dob', '1988-03-14'))}</form>`);
    expect(read()).toEqual({ 'patient.dob': '1988-03-14' });
  });

  it('reads a field with an error helper text by its value, and the label without the required asterisk', () => {
    page(`<form class="pf-v6-c-form">${text('npi', 'Prescriber NPI', '123456789', { error: 'NPI must be 10 digits' })}</form>`);
    expect(read()).toEqual({ 'prescriber.npi': '123456789' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads prior therapies from an inline-edit Table', () => {
    page(
      `<form class="pf-v6-c-form">${section(
        'Prior therapies',
        therapyTable([
          [
            THERAPIES['priorTherapies.0.drug'],
            THERAPIES['priorTherapies.0.dose'],
            THERAPIES['priorTherapies.0.start'],
            THERAPIES['priorTherapies.0.stop'],
            THERAPIES['priorTherapies.0.outcome'],
          ],
          [
            THERAPIES['priorTherapies.1.drug'],
            THERAPIES['priorTherapies.1.dose'],
            THERAPIES['priorTherapies.1.start'],
            THERAPIES['priorTherapies.1.stop'],
            THERAPIES['priorTherapies.1.outcome'],
          ],
        ]),
      )}</form>`,
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a request form inside an open Modal', () => {
    page(`<div id="root"><main class="pf-v6-c-page__main"></main></div>
      <div class="pf-v6-c-backdrop"><div class="pf-v6-l-bullseye"><div class="pf-v6-c-modal-box pf-m-md" role="dialog" aria-modal="true" aria-labelledby="modal-title" ${ouia('ModalContent')}>
        <div class="pf-v6-c-modal-box__close"><button class="pf-v6-c-button pf-m-plain" type="button" aria-label="Close"><span class="pf-v6-c-button__icon">${times}</span></button></div>
        <header class="pf-v6-c-modal-box__header"><h1 class="pf-v6-c-modal-box__title" id="modal-title"><span class="pf-v6-c-modal-box__title-text">Edit member</span></h1></header>
        <div class="pf-v6-c-modal-box__body"><form novalidate class="pf-v6-c-form">
          ${text('m-member-id', 'Member ID', ILARIS['patient.memberId'])}
          ${group('m-weight', 'Weight', numberInput('m-weight', '72', 'kg', 'Weight'))}
        </form></div>
        <footer class="pf-v6-c-modal-box__footer"><button class="pf-v6-c-button pf-m-primary" type="button">Save</button><button class="pf-v6-c-button pf-m-link" type="button">Cancel</button></footer>
      </div></div></div>`);
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });
});
