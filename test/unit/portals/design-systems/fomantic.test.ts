import { describe, expect, it } from 'vitest';
import { field, read, page } from '../read';

/**
 * Fomantic-UI 2.9 / Semantic UI 2.x as their JavaScript leaves the DOM (fomantic/Fomantic-UI
 * src/definitions/modules/dropdown.js, checkbox.js): a dropdown is `div.ui.dropdown` holding a
 * hidden input (or the original select), `i.dropdown.icon`, `div.text` with the chosen text
 * (`div.default.text` for the placeholder) and `div.menu`, with no ARIA roles; a search dropdown
 * adds `input.search` before the text, aria-labelledby the field's label; a multiple selection
 * adds `a.ui.label` per value (text + `i.delete.icon`) before the search; radios are
 * `div.ui.radio.checkbox` with the input (class hidden) and a `<label>` after it, without `for`.
 * Labels in a `.field` usually have no `for` either.
 */

const dropdownIcon = '<i class="dropdown icon"></i>';

const selection = (label: string, name: string, items: [string, string][], chosen: string | null, placeholder = 'Select') => `
  <div class="field">
    <label>${label}</label>
    <div class="ui selection dropdown" tabindex="0">
      <input type="hidden" name="${name}" value="${chosen ?? ''}">
      ${dropdownIcon}
      ${chosen ? `<div class="text">${items.find(([v]) => v === chosen)![1]}</div>` : `<div class="default text">${placeholder}</div>`}
      <div class="menu" tabindex="-1">${items.map(([v, t]) => `<div class="item${v === chosen ? ' active selected' : ''}" data-value="${v}">${t}</div>`).join('')}</div>
    </div>
  </div>`;

const searchSelection = (id: string, label: string, name: string, items: [string, string][], chosen: string) => `
  <div class="field">
    <label id="_${id}_formLabel">${label}</label>
    <div class="ui search selection dropdown">
      <input type="hidden" name="${name}" value="${chosen}">
      ${dropdownIcon}
      <input class="search" autocomplete="off" tabindex="0" aria-labelledby="_${id}_formLabel">
      <div class="text">${items.find(([v]) => v === chosen)![1]}</div>
      <div class="menu" tabindex="-1">${items.map(([v, t]) => `<div class="item${v === chosen ? ' active selected' : ''}" data-value="${v}">${t}</div>`).join('')}</div>
    </div>
  </div>`;

const multipleSearch = (id: string, label: string, name: string, values: string[]) => `
  <div class="field">
    <label id="_${id}_formLabel">${label}</label>
    <div class="ui fluid multiple search selection dropdown">
      <input type="hidden" name="${name}" value="${values.join(',')}">
      ${dropdownIcon}
      ${values.map((v) => `<a class="ui label transition visible" data-value="${v.toLowerCase()}" style="display: inline-block !important;">${v}<i class="delete icon"></i></a>`).join('')}
      <input class="search" autocomplete="off" tabindex="0" aria-labelledby="_${id}_formLabel" style="width: 2.2em;">
      <span class="sizer"></span>
      <div class="default text${values.length ? ' filtered' : ''}">Select codes</div>
      <div class="menu transition hidden" tabindex="-1"><div class="item" data-value="m10.9">M10.9</div></div>
    </div>
  </div>`;

/** `$('select.dropdown').dropdown()`: the select stays inside the dropdown it becomes. */
const fromSelect = (id: string, label: string, options: string[], chosen: string) => `
  <div class="field">
    <label for="${id}">${label}</label>
    <div class="ui selection dropdown" tabindex="0">
      <select id="${id}" name="${id}"><option value="">${label}</option>${options.map((o) => `<option value="${o}"${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select>
      ${dropdownIcon}<div class="text">${chosen}</div>
      <div class="menu" tabindex="-1">${options.map((o) => `<div class="item${o === chosen ? ' active selected' : ''}" data-value="${o}">${o}</div>`).join('')}</div>
    </div>
  </div>`;

const radios = (question: string, name: string, options: [string, string][], checked: string) => `
  <div class="grouped fields">
    <label for="${name}">${question}</label>
    ${options
      .map(
        ([v, t]) => `<div class="field"><div class="ui radio checkbox${v === checked ? ' checked' : ''}">
          <input type="radio" name="${name}" value="${v}"${v === checked ? ' checked' : ''} tabindex="0" class="hidden"><label>${t}</label></div></div>`,
      )
      .join('')}
  </div>`;

describe('Fomantic text fields and calendar', () => {
  it('reads inputs labelled by a label without `for` in their .field, and a calendar input', () => {
    page(`<form class="ui form">
      <h4 class="ui dividing header">Patient</h4>
      <div class="two fields">
        <div class="field"><label>Patient name</label><input type="text" name="patient_name" value="Jane Q Doe"></div>
        <div class="field"><label>Member ID</label><input type="text" name="member_id" value="U1234567801"></div>
      </div>
      <div class="field"><label>Date of birth</label>
        <div class="ui calendar"><div class="ui input left icon"><i class="calendar icon"></i><input type="text" placeholder="Date" value="April 15, 1980"></div></div></div>
      <div class="field"><label>Weight</label><div class="ui right labeled input"><input type="text" name="weight" value="70"><div class="ui basic label">kg</div></div></div>
    </form>`);
    expect(read()).toEqual({
      'patient.name': 'Jane Q Doe',
      'patient.memberId': 'U1234567801',
      'patient.dob': 'April 15, 1980',
      'patient.weight': '70',
    });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });
});

describe('Fomantic dropdowns', () => {
  it('reads a selection dropdown (hidden input + div.text) by its shown text', () => {
    page(
      `<form class="ui form">${selection(
        'Frequency',
        'frequency',
        [
          ['q4w', 'Every 4 weeks'],
          ['q8w', 'Every 8 weeks'],
        ],
        'q4w',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads an empty selection dropdown (div.default.text) as empty', () => {
    page(
      `<form class="ui form">${selection(
        'Place of service',
        'pos',
        [
          ['11', 'Physician office'],
          ['12', 'Home'],
        ],
        null,
        'Select place of service',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads a search selection dropdown by its div.text, not its emptied search input', () => {
    page(
      `<form class="ui form">${searchSelection(
        'drug',
        'Drug name',
        'drug',
        [
          ['ilaris', 'Ilaris (canakinumab)'],
          ['kineret', 'Kineret (anakinra)'],
        ],
        'ilaris',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)' });
  });

  it('reads a multiple search selection’s labels as the diagnosis codes', () => {
    page(`<form class="ui form">${multipleSearch('dx', 'ICD-10 codes', 'dx', ['M04.1', 'R50.9'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });

  it('reads a dropdown built from a select through the select, and pairs its unit with the weight', () => {
    page(`<form class="ui form"><div class="two fields">
      <div class="field"><label for="w">Weight</label><input type="text" id="w" value="154"></div>
      ${fromSelect('wu', 'Unit', ['kg', 'lb'], 'lb')}</div></form>`);
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });
});

describe('Fomantic radio checkboxes', () => {
  it('reads the checked radio by its label (a sibling without `for`), not its value', () => {
    page(
      `<form class="ui form">${radios(
        'Has the patient been hospitalized for gout in the past 12 months?',
        'hosp',
        [
          ['1', 'Yes'],
          ['0', 'No'],
        ],
        '0',
      )}</form>`,
    );
    expect(read()).toEqual({ 'clinical.hospitalization': 'No' });
  });

  it('reads a "No" from a radio group without values (Semantic’s documented markup) as No', () => {
    page(`<form class="ui form"><div class="grouped fields">
      <label for="nsaid">Are NSAIDs contraindicated or not tolerated?</label>
      <div class="field"><div class="ui radio checkbox"><input type="radio" name="nsaid" tabindex="0" class="hidden"><label>Yes</label></div></div>
      <div class="field"><div class="ui radio checkbox checked"><input type="radio" name="nsaid" checked tabindex="0" class="hidden"><label>No</label></div></div>
    </div></form>`);
    expect(read()).toEqual({ 'clinical.nsaidContraindicated': 'No' });
  });
});
