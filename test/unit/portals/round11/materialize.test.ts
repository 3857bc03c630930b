import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Materialize CSS 1.0.0 (Dogfalo/materialize at 824e782, js/select.js, js/dropdown.js, js/datepicker.js,
 * js/modal.js, js/chips.js, js/forms.js; markup as its docs write it):
 * - `div.input-field` > (`i.material-icons.prefix`) `input` + `label[for]` AFTER the input (given
 *   `active` by M.updateTextFields when the input holds a value) + `span.helper-text[data-error]`.
 * - FormSelect (`M.FormSelect.init` on a native select inside `div.input-field`, its label after it,
 *   with no `for`): the select is wrapped in `div.select-wrapper` >
 *   `svg.caret`, `input.select-dropdown.dropdown-trigger[type=text][readonly=true][data-target]`
 *   holding the chosen options' texts joined by ", " (or the text of the first disabled option with
 *   value "" when none is chosen), the `ul#select-options-….dropdown-content.select-dropdown[tabindex=0]`
 *   (moved after its trigger by Dropdown._moveDropdown; hidden by CSS only, no inline style while
 *   closed) of `li[tabindex=0][.selected][.disabled] > span` (multiple: `span > label > input
 *   [type=checkbox] + span`), then `div.hide-select` > the native select.
 * - Datepicker on `input.datepicker[type=text]`: `div.modal.datepicker-modal#modal-…[tabindex=0]`
 *   inserted BEFORE the input (inside the input-field), its calendar drawn only once opened: then
 *   `div.datepicker-controls` with month and year selects made FormSelects whose dropdowns go to
 *   the end of body (container: document.body), and the day table of `td[data-day][aria-selected]
 *   > button.datepicker-day-button`; closed again it keeps `style="display: none; …"`, the
 *   `div.modal-overlay` left at the end of body. The input shows the date in `format` (here
 *   "mm/dd/yyyy"; the default is "mmm dd, yyyy").
 * - Chips on `div.chips`: classed `chips input-field`, one `div.chip[tabindex=0]` per tag whose text is
 *   the tag followed by `i.material-icons.close` with the ligature text "close", then the `input.input
 *   [id=guid]` (placeholder / secondaryPlaceholder), a label inside the chips div given `for` that id.
 */

type Opts = { value?: string; id: string; label: string; helper?: string; prefix?: string; cls?: string };

const inputField = (o: Opts) =>
  `<div class="input-field col s12 m6">${o.prefix ? `<i class="material-icons prefix">${o.prefix}</i>` : ''}<input id="${o.id}" type="text" class="validate${o.cls ? ` ${o.cls}` : ''}" value="${o.value ?? ''}"><label for="${o.id}"${o.value ? ' class="active"' : ''}>${o.label}</label>${
    o.helper ? `<span class="helper-text" data-error="wrong" data-success="right">${o.helper}</span>` : ''
  }</div>`;

let guid = 0;
/** a FormSelect in its input-field; `placeholder` is the usual first `option[value=""][disabled]` */
function formSelect(label: string, chosen: string[], options: string[], o: { placeholder?: string; multiple?: boolean } = {}): string {
  const id = `select-options-${++guid}a7f3c2e1-4b0d`;
  const shown = chosen.length ? chosen.join(', ') : (o.placeholder ?? '');
  const lis = [...(o.placeholder ? [o.placeholder] : []), ...options]
    .map((v, i) => {
      const isPlaceholder = !!o.placeholder && i === 0;
      const selected = chosen.includes(v) || (isPlaceholder && !chosen.length && !o.multiple);
      const text = o.multiple && !isPlaceholder ? `<label><input type="checkbox"><span>${v}</span></label>` : v;
      return `<li class="${isPlaceholder ? 'disabled' : ''} ${selected ? 'selected' : ''}" tabindex="0"><span>${text}</span></li>`;
    })
    .join('');
  const native = `<select${o.multiple ? ' multiple=""' : ''} tabindex="-1">${o.placeholder ? `<option value="" disabled=""${chosen.length ? '' : ' selected=""'}>${o.placeholder}</option>` : ''}${options
    .map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected=""' : ''}>${v}</option>`)
    .join('')}</select>`;
  return `<div class="input-field col s12 m6"><div class="select-wrapper"><svg class="caret" height="24" viewBox="0 0 24 24" width="24" xmlns="http://www.w3.org/2000/svg"><path d="M7 10l5 5 5-5z"></path><path d="M0 0h24v24H0z" fill="none"></path></svg><input class="select-dropdown dropdown-trigger" type="text" readonly="true" data-target="${id}" value="${shown}"><ul id="${id}" class="dropdown-content select-dropdown ${o.multiple ? 'multiple-select-dropdown' : ''}" tabindex="0">${lis}</ul><div class="hide-select">${native}</div></div><label>${label}</label></div>`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** a Datepicker input in its input-field; `drawn` = opened once and closed again (calendar drawn) */
function datepicker(id: string, label: string, value: string, drawn?: { year: number; month: number; day: number; display: string }) {
  const calendar = drawn
    ? `<div id="datepicker-title-kq" class="datepicker-controls" role="heading" aria-live="assertive"><button class="month-prev" type="button"><svg fill="#000000" height="24" viewBox="0 0 24 24" width="24"><path d="M15.41 16.09l-4.58-4.59 4.58-4.59L14 5.5l-6 6 6 6z"></path></svg></button><div class="selects-container"><div class="select-wrapper select-month"><svg class="caret" height="24" viewBox="0 0 24 24" width="24"><path d="M7 10l5 5 5-5z"></path></svg><input class="select-dropdown dropdown-trigger" type="text" readonly="true" data-target="select-options-m${id}" value="${months[drawn.month]}"><div class="hide-select"><select class="datepicker-select orig-select-month" tabindex="-1">${months
        .map((m, i) => `<option value="${i}"${i === drawn.month ? ' selected="selected"' : ''}>${m}</option>`)
        .join(
          '',
        )}</select></div></div><div class="select-wrapper select-year"><svg class="caret" height="24" viewBox="0 0 24 24" width="24"><path d="M7 10l5 5 5-5z"></path></svg><input class="select-dropdown dropdown-trigger" type="text" readonly="true" data-target="select-options-y${id}" value="${drawn.year}"><div class="hide-select"><select class="datepicker-select orig-select-year" tabindex="-1">${[
        drawn.year - 1,
        drawn.year,
        drawn.year + 1,
      ]
        .map((y) => `<option value="${y}" ${y === drawn.year ? 'selected="selected"' : ''}>${y}</option>`)
        .join(
          '',
        )}</select></div></div></div><button class="month-next" type="button"><svg fill="#000000" height="24" viewBox="0 0 24 24" width="24"><path d="M8.59 16.34l4.58-4.59-4.58-4.59L10 5.75l6 6-6 6z"></path></svg></button></div><div class="datepicker-table-wrapper"><table cellpadding="0" cellspacing="0" class="datepicker-table" role="grid" aria-labelledby="datepicker-title-kq"><thead><tr><th scope="col"><abbr title="Sunday">S</abbr></th><th scope="col"><abbr title="Monday">M</abbr></th></tr></thead><tbody><tr class="datepicker-row">${[
        drawn.day - 1,
        drawn.day,
        drawn.day + 1,
      ]
        .map(
          (d) =>
            `<td data-day="${d}" class="${d === drawn.day ? 'is-selected' : ''}" aria-selected="${d === drawn.day}"><button class="datepicker-day-button" type="button" data-year="${drawn.year}" data-month="${drawn.month}" data-day="${d}">${d}</button></td>`,
        )
        .join('')}</tr></tbody></table></div>`
    : '';
  return `<div class="input-field col s12 m6"><div id="modal-${id}-9c1e" class="modal datepicker-modal" tabindex="0"${drawn ? ' style="z-index: 1003; display: none; opacity: 0; top: 4%; transform: scaleX(0.8) scaleY(0.8);"' : ''}><div class="modal-content datepicker-container"><div class="datepicker-date-display"><span class="year-text">${drawn ? drawn.year : ''}</span><span class="date-text">${drawn ? drawn.display : ''}</span></div><div class="datepicker-calendar-container"><div class="datepicker-calendar">${calendar}</div><div class="datepicker-footer"><button class="btn-flat datepicker-clear waves-effect" style="visibility: hidden;" type="button"></button><div class="confirmation-btns"><button class="btn-flat datepicker-cancel waves-effect" type="button">Cancel</button><button class="btn-flat datepicker-done waves-effect" type="button">Ok</button></div></div></div></div></div><input type="text" class="datepicker" id="${id}" value="${value}"><label for="${id}"${value ? ' class="active"' : ''}>${label}</label></div>`;
}

/** the month and year dropdowns a drawn datepicker left at the end of body */
const datepickerDropdowns = (id: string, month: number, year: number) =>
  `<ul id="select-options-m${id}" class="dropdown-content select-dropdown " tabindex="0">${months
    .map((m, i) => `<li class="${i === month ? 'selected' : ''}" tabindex="0"><span>${m}</span></li>`)
    .join('')}</ul><ul id="select-options-y${id}" class="dropdown-content select-dropdown " tabindex="0">${[year - 1, year, year + 1]
    .map((y) => `<li class="${y === year ? 'selected' : ''}" tabindex="0"><span>${y}</span></li>`)
    .join('')}</ul>`;

/** Chips initialised on `div.chips` holding its label (Chips._setupLabel gives it `for`) */
const chips = (label: string, tags: string[], o: { placeholder?: string; secondary?: string } = {}) =>
  `<div class="col s12"><div class="chips chips-initial input-field"><label for="c3b8a0f2-77e1">${label}</label>${tags
    .map((t) => `<div class="chip" tabindex="0">${t}<i class="material-icons close">close</i></div>`)
    .join(
      '',
    )}<input class="input" id="c3b8a0f2-77e1" placeholder="${tags.length ? (o.secondary ?? '') : (o.placeholder ?? '')}"></div></div>`;

const card = (title: string, body: string) =>
  `<div class="card"><div class="card-content"><span class="card-title">${title}</span><div class="row">${body}</div></div></div>`;
const form = (body: string, tail = '') =>
  `<main><div class="container"><form class="col s12">${body}<button class="btn waves-effect waves-light" type="submit" name="action">Submit<i class="material-icons right">send</i></button></form></div></main>${tail}`;

const therapyTable = () =>
  `<table class="striped responsive-table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r) => `<tr>${r.map((v) => `<td><input type="text" class="browser-default" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

describe('Materialize 1.0: input-field, FormSelect, Datepicker, Chips', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${card(
          'Member',
          `${inputField({ id: 'member_id', label: 'Member ID', value: ILARIS['patient.memberId'], prefix: 'account_circle' })}${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}${inputField({ id: 'weight', label: 'Weight (kg)', value: '72' })}`,
        )}
        ${card('Diagnosis', chips('ICD-10 codes', ['M04.1', 'M06.1'], { placeholder: 'Enter a code', secondary: '+Code' }))}
        ${card(
          'Medication',
          `${formSelect('Drug name', [ILARIS['drug.name']], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { placeholder: 'Choose a drug' })}${inputField({ id: 'hcpcs', label: 'HCPCS code', value: ILARIS['drug.hcpcs'] })}${inputField({ id: 'ndc', label: 'NDC', value: ILARIS['drug.ndc'] })}${inputField({ id: 'dose', label: 'Dose (mg)', value: '150' })}${inputField({ id: 'units', label: 'Billing units', value: '150' })}${formSelect('Frequency', ['Every 4 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], { placeholder: 'Choose a frequency' })}`,
        )}
        ${card('Labs', `${inputField({ id: 'crp', label: 'CRP (mg/L)', value: '24' })}${datepicker('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${card('Prior therapies', therapyTable())}
        ${card('Prescriber', inputField({ id: 'npi', label: 'Prescriber NPI', value: ILARIS['prescriber.npi'] }))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an input-field input by the label after it, not the helper text or the prefix icon ligature', () => {
    page(
      form(
        `${inputField({ id: 'member_id', label: 'Member ID', value: ILARIS['patient.memberId'], prefix: 'badge', helper: 'As printed on the card' })}${inputField({ id: 'npi', label: 'Prescriber NPI', value: ILARIS['prescriber.npi'], prefix: 'local_hospital' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a FormSelect once, by its read-only trigger input, and nothing from its closed dropdown list', () => {
    page(
      form(formSelect('Frequency', ['Every 8 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], { placeholder: 'Choose a frequency' })),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('ul.dropdown-content');
  });

  it('reads a FormSelect showing its disabled placeholder option as empty', () => {
    page(
      form(
        `${formSelect('Drug name', [], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { placeholder: 'Choose a drug' })}${formSelect('Frequency', [], ['Every 4 weeks', 'Every 8 weeks', 'Once'], { placeholder: 'Choose a frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '' });
  });

  it('reads a multiple FormSelect (checkbox list items) as its chosen codes', () => {
    page(
      form(formSelect('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { multiple: true, placeholder: 'Choose codes' })),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('ul.dropdown-content');
  });

  it('reads Chips by their tags, without the "close" ligature of their close icons', () => {
    page(form(chips('ICD-10 codes', ['M04.1', 'M06.1'], { placeholder: 'Enter a code', secondary: '+Code' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads empty Chips (their placeholder is no value) as empty', () => {
    page(form(chips('ICD-10 codes', [], { placeholder: 'Enter a code', secondary: '+Code' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads Datepicker inputs, and nothing from the closed modal drawn before them or its month and year dropdowns at the end of body', () => {
    page(
      form(
        `${datepicker('dob', 'Date of birth', ILARIS['patient.dob'], { year: 1988, month: 2, day: 14, display: 'Mon, Mar 14' })}${datepicker('crp_date', 'CRP collection date', '')}`,
        `${datepickerDropdowns('dob', 2, 1988)}<div class="modal-overlay" style="z-index: 1002; display: none; opacity: 0;"></div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('.datepicker-modal');
    nothingFrom('ul.dropdown-content');
  });

  it('reads a Datepicker in its default "mmm dd, yyyy" format', () => {
    page(form(datepicker('dob', 'Date of birth', 'Mar 14, 1988')));
    expect(read()).toEqual({ 'patient.dob': 'Mar 14, 1988' });
  });
});
