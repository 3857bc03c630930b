import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Buefy 3.0.10 (Bulma + Vue 3; buefy/buefy at 75fade8, packages/buefy/src/components:
 * field/Field.vue (`div.field` > `label.label[for=labelFor]`, `p.help[.is-danger]` message),
 * input/Input.vue (`div.control.is-clearfix` > `input.input`), select/Select.vue (`div.control` >
 * `span.select` > native `select`, a placeholder `option[disabled][hidden][value=""]`),
 * taginput/Taginput.vue (`div.taginput.control` > `div.taginput-container.input` holding one b-tag per
 * tag, then a b-autocomplete), tag/Tag.vue (closable, not attached: `span.tag` > `span` text +
 * `a.delete.is-small[role=button]` with `aria-label` only when ariaCloseLabel is given),
 * autocomplete/Autocomplete.vue (`div.autocomplete.control` > b-input `input[autocomplete=off]
 * [aria-autocomplete=list]` + `div.dropdown.dropdown-menu` of `a.dropdown-item`, v-show while closed),
 * datepicker/Datepicker.vue + dropdown/Dropdown.vue (`div.datepicker.control` > `div.dropdown` >
 * `div.dropdown-trigger[aria-haspopup=true][tabindex=-1]` > b-input `input[readonly]` showing the
 * formatted date, default formatter Intl en-US "3/14/1988"; `div.dropdown-menu[aria-hidden=true]`
 * (v-show: display none while closed) > `div.dropdown-content[role=dialog][aria-modal=true]` holding
 * the header's month and year b-selects (native selects) and the day table)).
 */

const fieldBox = (id: string | null, label: string, control: string, help?: { text: string; danger?: boolean }) =>
  `<div class="field${help?.danger ? ' is-danger' : ''}"><label${id ? ` for="${id}"` : ''} class="label">${label}</label>${control}${
    help ? `<p class="help${help.danger ? ' is-danger' : ''}">${help.text}</p>` : ''
  }</div>`;

const bInput = (id: string, value: string, o: { placeholder?: string; danger?: boolean; disabled?: boolean } = {}) =>
  `<div class="control is-clearfix"><input type="text" autocomplete="on" id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} class="input${o.danger ? ' is-danger' : ''}"${o.disabled ? ' disabled=""' : ''} value="${value}"></div>`;

const bSelect = (id: string, chosen: string, options: string[], placeholder?: string) =>
  `<div class="control"><span class="select${chosen ? '' : ' is-empty'}"><select id="${id}">${placeholder ? `<option disabled="" hidden="" value=""${chosen ? '' : ' selected=""'}>${placeholder}</option>` : ''}${options
    .map((v) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${v}</option>`)
    .join('')}</select></span></div>`;

const input = (id: string, label: string, value: string) => fieldBox(id, label, bInput(id, value));

/** b-taginput (closable tags), its inner input given the b-field's label-for id */
const taginput = (id: string, tags: string[], o: { placeholder?: string; closeLabel?: string } = {}) =>
  `<div class="taginput control is-expanded"><div class="taginput-container input is-focusable">${tags
    .map(
      (t) =>
        `<span class="tag is-primary"><span class="">${t}</span><a role="button"${o.closeLabel ? ` aria-label="${o.closeLabel}"` : ''} class="delete is-small"></a></span>`,
    )
    .join(
      '',
    )}<div class="autocomplete control"><div class="control is-clearfix"><input type="text" autocomplete="off" id="${id}" placeholder="${tags.length ? '' : (o.placeholder ?? '')}" aria-autocomplete="list" class="input" value=""></div><div class="dropdown dropdown-menu" style="display: none;"><div class="dropdown-content" style="display: none;"></div></div></div></div></div>`;

/** b-autocomplete showing the chosen item's text */
const autocomplete = (id: string, text: string, items: string[], open = false) =>
  `<div class="autocomplete control"><div class="control is-clearfix${open ? ' is-focused' : ''}"><input type="text" autocomplete="off" id="${id}" placeholder="Type a drug" aria-autocomplete="list" class="input" value="${text}"></div><div class="dropdown dropdown-menu"${open ? '' : ' style="display: none;"'}><div class="dropdown-content"${open ? '' : ' style="display: none;"'}>${items
    .map((v, i) => `<a class="dropdown-item${i === 0 && open ? ' is-hovered' : ''}"><span>${v}</span></a>`)
    .join('')}</div></div></div>`;

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** b-datepicker, closed (its dropdown menu kept with display: none) */
const datepicker = (id: string, value: string, focused: { month: number; year: number }, placeholder = 'Click to select...') =>
  `<div class="datepicker control"><div class="dropdown dropdown-menu-animation is-bottom-left is-mobile-modal"><div tabindex="-1" class="dropdown-trigger" aria-haspopup="true"><div class="control has-icons-left is-clearfix"><input type="text" autocomplete="off" id="${id}" placeholder="${placeholder}" readonly="" class="input" value="${value}"><span class="icon is-left"><i class="mdi mdi-calendar-today mdi-24px"></i></span></div></div><div class="background" aria-hidden="true" style="display: none;"></div><div class="dropdown-menu" aria-hidden="true" style="display: none;"><div class="dropdown-content" role="dialog" aria-modal="true"><div class="dropdown-item"><div><header class="datepicker-header"><div class="pagination field is-centered"><a class="pagination-previous" role="button" href="#"><span class="icon is-primary is-clickable"><i class="mdi mdi-chevron-left mdi-24px"></i></span></a><a class="pagination-next" role="button" href="#"><span class="icon is-primary is-clickable"><i class="mdi mdi-chevron-right mdi-24px"></i></span></a><div class="pagination-list"><div class="field has-addons"><div class="control"><span class="select"><select>${months
    .map((m, i) => `<option value="${i}"${i === focused.month ? ' selected=""' : ''}>${m}</option>`)
    .join('')}</select></span></div><div class="control"><span class="select"><select>${[focused.year - 1, focused.year, focused.year + 1]
    .map((y) => `<option value="${y}"${y === focused.year ? ' selected=""' : ''}>${y}</option>`)
    .join(
      '',
    )}</select></span></div></div></div></div></header><div class="datepicker-content"><section class="datepicker-table"><header class="datepicker-header"><div class="datepicker-cell">Su</div><div class="datepicker-cell">Mo</div><div class="datepicker-cell">Tu</div></header><div class="datepicker-body"><div class="datepicker-row"><a class="datepicker-cell is-selectable" role="button" href="#" tabindex="-1">1</a><a class="datepicker-cell is-selectable" role="button" href="#" tabindex="-1">2</a></div></div></section></div></div></div></div></div></div></div>`;

const section = (title: string, body: string) => `<div class="box"><h2 class="title is-5">${title}</h2>${body}</div>`;
const app = (body: string) =>
  `<div id="app"><section class="section"><div class="container"><form>${body}<div class="field"><div class="control"><button type="submit" class="button is-primary"><span>Submit request</span></button></div></div></form></div></section></div>`;

describe('Buefy 3: b-field, b-input, b-select, b-taginput, b-autocomplete, b-datepicker', () => {
  it('reads the full Ilaris request', () => {
    const therapy = (i: 0 | 1) =>
      `<h3 class="subtitle is-6">Prior therapy ${i + 1}</h3><div class="columns">${(['drug', 'dose', 'start', 'stop', 'outcome'] as const)
        .map(
          (k) =>
            `<div class="column">${input(`t${i}${k}`, { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k], THERAPIES[`priorTherapies.${i}.${k}`])}</div>`,
        )
        .join('')}</div>`;
    page(
      app(
        `${section('Member', `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${fieldBox('dob', 'Date of birth', datepicker('dob', ILARIS['patient.dob'], { month: 2, year: 1988 }))}<div class="field"><label class="label" for="weight">Weight</label><div class="field has-addons"><div class="control is-expanded"><input type="text" id="weight" class="input" value="72"></div>${bSelect('weightUnit', 'kg', ['kg', 'lb'])}</div></div>`)}
        ${section('Diagnosis', fieldBox('icd', 'ICD-10 codes', taginput('icd', ['M04.1', 'M06.1'], { placeholder: 'Add a code' })))}
        ${section(
          'Medication',
          `${fieldBox('drugName', 'Drug name', autocomplete('drugName', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']))}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose', '150')}${fieldBox('doseUnit', 'Dose unit', bSelect('doseUnit', 'mg', ['mg', 'mg/kg']))}${input('units', 'Billing units', '150')}${fieldBox('frequency', 'Frequency', bSelect('frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select a frequency'))}`,
        )}
        ${section('Labs', `${input('crp', 'CRP', '24')}${fieldBox('crpUnit', 'CRP unit', bSelect('crpUnit', 'mg/L', ['mg/L', 'mg/dL']))}${fieldBox('crpDate', 'CRP collection date', datepicker('crpDate', ILARIS['labs.crpDate'], { month: 10, year: 2026 }))}`)}
        ${section('Prior therapies', `${therapy(0)}${therapy(1)}`)}
        ${section('Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.weightUnit': 'kg',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.doseUnit': 'mg',
      'drug.frequency': 'Every 4 weeks',
      'labs.crpUnit': 'mg/L',
    });
    noDuplicatePaths();
  });

  it('reads b-taginput tags (a.delete with no label) before its autocomplete input, not the empty input', () => {
    page(app(fieldBox('icd', 'ICD-10 codes', taginput('icd', ['M04.1', 'M06.1']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads b-taginput tags whose close buttons carry an aria-close-label', () => {
    page(app(fieldBox('icd', 'ICD-10 codes', taginput('icd', ['M04.1', 'M06.1'], { closeLabel: 'Remove code' }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an empty b-taginput (its placeholder is no value) as empty', () => {
    page(app(fieldBox('icd', 'ICD-10 codes', taginput('icd', [], { placeholder: 'Add a code' }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a b-datepicker by its input in the default en-US format, and nothing from the month and year selects of its closed dropdown', () => {
    page(
      app(
        `${fieldBox('dob', 'Date of birth', datepicker('dob', '3/14/1988', { month: 2, year: 1988 }))}${fieldBox('crpDate', 'CRP collection date', datepicker('crpDate', '', { month: 11, year: 2026 }))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '' });
    nothingFrom('.dropdown-menu');
  });

  it('reads a b-autocomplete by its text and nothing from its open dropdown items', () => {
    page(
      app(
        `${fieldBox('drugName', 'Drug name', autocomplete('drugName', 'Ilaris', ['Ilaris (canakinumab)'], true))}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': 'Ilaris', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.dropdown-menu');
  });

  it('reads a b-select showing its hidden placeholder option as empty, and names fields by label, not the help text before them', () => {
    page(
      app(
        `${fieldBox('memberId', 'Member ID', bInput('memberId', '', { danger: true }), { text: 'Member ID is required', danger: true })}${fieldBox('frequency', 'Frequency', bSelect('frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select a frequency'))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'drug.frequency': '' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });
});
