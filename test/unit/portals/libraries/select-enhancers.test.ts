import { describe, expect, it } from 'vitest';
import { field, mapped, read, page } from '../read';

/**
 * jQuery-era select enhancers as they leave the DOM after init, the original `<select>` hidden
 * beside the widget:
 * - Tom Select 2: `select.tomselected.ts-hidden-accessible` then `div.ts-wrapper(.single|.multi)
 *   > div.ts-control > div.item[data-value][data-ts-item]` (+ `a.remove` "×" with remove_button)
 *   and `input[role=combobox][aria-haspopup=listbox]#<id>-ts-control`; the `<label for>` is moved to
 *   the control input and given id `<id>-ts-label`.
 * - Selectize 0.15: `select.selectized` (display:none) then `div.selectize-control > div.selectize-input
 *   > div.item[data-value]` and an `input#<id>-selectized` (type "select-one" for a single select);
 *   the `<label for>` is moved to that input.
 * - bootstrap-select 1.14 (BS5): `div.dropdown.bootstrap-select > select.selectpicker[tabindex=-98]`
 *   + `button.dropdown-toggle[role=combobox][aria-haspopup=listbox][data-id][title]` whose
 *   `.filter-option-inner-inner` shows the choice(s) ("Nothing selected" + `bs-placeholder` when none).
 * - Choices.js 10/11: `div.choices[role=combobox][data-type] > div.choices__inner > select.choices__input[hidden]`
 *   (holding only the chosen options) + `div.choices__list--single|--multiple > div.choices__item`
 *   (multiple: a `button.choices__button` "Remove item" in each, and an `input.choices__input--cloned`
 *   search); a placeholder item `choices__placeholder` when nothing is chosen.
 */

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

const text = (id: string, label: string, value: string) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;

// ---------- Tom Select ----------
const tomSelect = (id: string, label: string, options: [string, string][], chosen: string[], multiple = false) => `
  <div class="mb-3">
    <label for="${id}-ts-control" id="${id}-ts-label" class="form-label">${label}</label>
    <select id="${id}" name="${id}"${multiple ? ' multiple' : ''} class="tomselected ts-hidden-accessible" tabindex="-1">
      ${options.map(([v, t]) => `<option value="${v}"${chosen.includes(v) ? ' selected' : ''}>${t}</option>`).join('')}
    </select>
    <div class="ts-wrapper ${multiple ? 'multi plugin-remove_button' : 'single'} ${chosen.length ? 'has-items full' : ''}">
      <div class="ts-control">
        ${chosen
          .map((v) => {
            const t = options.find(([o]) => o === v)![1];
            return `<div data-value="${v}" class="item" data-ts-item="">${t}${multiple ? '<a href="javascript:void(0)" class="remove" tabindex="-1" title="Remove">×</a>' : ''}</div>`;
          })
          .join('')}
        <input type="text" autocomplete="off" size="1" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="${id}-ts-dropdown" id="${id}-ts-control" aria-labelledby="${id}-ts-label"${chosen.length ? '' : ' placeholder="Select…"'}>
      </div>
      <div class="ts-dropdown ${multiple ? 'multi plugin-remove_button' : 'single'}" style="display: none; visibility: visible;">
        <div role="listbox" tabindex="-1" class="ts-dropdown-content" id="${id}-ts-dropdown" aria-labelledby="${id}-ts-label"></div>
      </div>
    </div>
  </div>`;

describe('Tom Select', () => {
  it('reads a single Tom Select once, by its item', () => {
    page(`<form>
      ${tomSelect(
        'pos',
        'Place of service',
        [
          ['', 'Select…'],
          ['11', '11 - Office'],
          ['22', '22 - Outpatient hospital'],
        ],
        ['11'],
      )}
      ${text('drug', 'Drug name', 'Ilaris (canakinumab)')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office', 'drug.name': 'Ilaris (canakinumab)' });
    noDuplicatePaths();
  });

  it('reads a multiple Tom Select once, as one diagnosis codes field', () => {
    page(
      `<form>${tomSelect(
        'dx',
        'ICD-10 codes',
        [
          ['M04.1', 'M04.1'],
          ['M04.2', 'M04.2'],
          ['M04.8', 'M04.8'],
        ],
        ['M04.1', 'M04.2'],
        true,
      )}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('reads a Tom Select with nothing chosen as empty, not its placeholder', () => {
    page(
      `<form>${tomSelect(
        'freq',
        'Frequency',
        [
          ['', ''],
          ['q4w', 'Every 4 weeks'],
          ['q8w', 'Every 8 weeks'],
        ],
        [],
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': '' });
  });
});

// ---------- Selectize ----------
const selectize = (id: string, label: string, options: [string, string][], chosen: string[], multiple = false) => `
  <div class="form-group">
    <label for="${id}-selectized">${label}</label>
    <select id="${id}" name="${id}"${multiple ? ' multiple="multiple"' : ''} class="selectized" tabindex="-1" style="display: none;">
      ${chosen.map((v) => `<option value="${v}" selected="selected">${options.find(([o]) => o === v)![1]}</option>`).join('')}
    </select>
    <div class="selectize-control ${multiple ? 'multi plugin-remove_button' : 'single'}">
      <div class="selectize-input items ${chosen.length ? 'has-options full has-items' : 'not-full has-options'}">
        ${chosen
          .map(
            (v) =>
              `<div class="item" data-value="${v}">${options.find(([o]) => o === v)![1]}${multiple ? '<a href="javascript:void(0)" class="remove" tabindex="-1" title="Remove">×</a>' : ''}</div>`,
          )
          .join('')}
        <input type="${multiple ? 'text' : 'select-one'}" autocomplete="new-password" autofill="no" tabindex="" id="${id}-selectized"${chosen.length ? '' : ' placeholder="Select…"'} style="width: 4px; opacity: 0; position: absolute; left: -10000px;">
      </div>
      <div class="selectize-dropdown ${multiple ? 'multi' : 'single'}" style="display: none;"><div class="selectize-dropdown-content"></div></div>
    </div>
  </div>`;

describe('Selectize', () => {
  it('reads a single Selectize by its item, once', () => {
    page(
      `<form>${selectize(
        'freq',
        'Frequency',
        [
          ['q4w', 'Every 4 weeks'],
          ['q8w', 'Every 8 weeks'],
        ],
        ['q4w'],
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a multiple Selectize once, as one diagnosis codes field', () => {
    page(
      `<form>${selectize(
        'dx',
        'ICD-10 codes',
        [
          ['M04.1', 'M04.1'],
          ['M04.2', 'M04.2'],
        ],
        ['M04.1', 'M04.2'],
        true,
      )}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('reads a Selectize with nothing chosen as empty', () => {
    page(`<form>${selectize('pos', 'Place of service', [['11', '11 - Office']], [])}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});

// ---------- bootstrap-select ----------
let bs = 0;
const selectpicker = (id: string, label: string, options: [string, string][], chosen: string[], multiple = false) => {
  bs += 1;
  const shown = chosen.map((v) => options.find(([o]) => o === v)![1]).join(', ');
  return `
  <div class="mb-3">
    <label for="${id}" class="form-label">${label}</label>
    <div class="dropdown bootstrap-select${multiple ? ' show-tick' : ''} form-control">
      <select class="selectpicker form-control" id="${id}" name="${id}"${multiple ? ' multiple' : ''} tabindex="-98" title="Nothing selected">
        ${multiple ? '' : '<option class="bs-title-option" value=""></option>'}
        ${options.map(([v, t]) => `<option value="${v}"${chosen.includes(v) ? ' selected' : ''}>${t}</option>`).join('')}
      </select>
      <button type="button" tabindex="-1" class="btn dropdown-toggle btn-light${shown ? '' : ' bs-placeholder'}" data-bs-toggle="dropdown" role="combobox" aria-owns="bs-select-${bs}" aria-haspopup="listbox" aria-expanded="false" title="${shown || 'Nothing selected'}" data-id="${id}">
        <div class="filter-option"><div class="filter-option-inner"><div class="filter-option-inner-inner">${shown || 'Nothing selected'}</div></div></div>
      </button>
      <div class="dropdown-menu" style="max-height: 300px; overflow: hidden;">
        <div class="inner show" role="listbox" id="bs-select-${bs}" tabindex="-1"${multiple ? ' aria-multiselectable="true"' : ''} style="max-height: 284px; overflow-y: auto;"><ul class="dropdown-menu inner show" role="presentation" style="margin-top: 0px; margin-bottom: 0px;"></ul></div>
      </div>
    </div>
  </div>`;
};

describe('bootstrap-select (selectpicker)', () => {
  it('reads selectpickers once each by their chosen options', () => {
    page(`<form>
      ${selectpicker(
        'pos',
        'Place of service',
        [
          ['11', '11 - Office'],
          ['22', '22 - Outpatient hospital'],
        ],
        ['11'],
      )}
      ${selectpicker(
        'freq',
        'Frequency',
        [
          ['q4w', 'Every 4 weeks'],
          ['q8w', 'Every 8 weeks'],
        ],
        ['q4w'],
      )}
      ${selectpicker(
        'dx',
        'ICD-10 codes',
        [
          ['M04.1', 'M04.1'],
          ['M04.2', 'M04.2'],
          ['M04.8', 'M04.8'],
        ],
        ['M04.1', 'M04.2'],
        true,
      )}
      </form>`);
    expect(read()).toEqual({
      'drug.placeOfService': '11 - Office',
      'drug.frequency': 'Every 4 weeks',
      'diagnosis.codes.0': 'M04.1, M04.2',
    });
    noDuplicatePaths();
  });

  it('takes no field from the live-search box in a closed selectpicker menu', () => {
    page(
      `<form>${selectpicker(
        'freq',
        'Frequency',
        [
          ['q4w', 'Every 4 weeks'],
          ['q8w', 'Every 8 weeks'],
        ],
        ['q4w'],
      )}</form>`.replace(
        '<div class="dropdown-menu"',
        `<div class="dropdown-menu"><div class="bs-searchbox"><input type="search" class="form-control" autocomplete="off" role="combobox" aria-label="Search" aria-controls="bs-select-${bs}" aria-autocomplete="list"></div></div><div class="dropdown-menu"`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    expect(mapped().some((m) => m.field.element.closest('.bs-searchbox'))).toBe(false);
  });

  it('reads a selectpicker showing "Nothing selected" as empty', () => {
    page(`<form>${selectpicker('pos', 'Place of service', [['11', '11 - Office']], [])}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('pairs a "Unit" selectpicker with the weight input beside it', () => {
    page(`<form><div class="row"><div class="col">${text('w', 'Weight', '70')}</div>
      <div class="col">${selectpicker(
        'wu',
        'Unit',
        [
          ['kg', 'kg'],
          ['lb', 'lb'],
        ],
        ['kg'],
      )}</div></div></form>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'patient.weightUnit': 'kg' });
  });
});

// ---------- Choices.js ----------
const choicesSingle = (id: string, label: string, chosen: [string, string] | null, placeholder: string) => `
  <div class="form-group">
    <label for="${id}">${label}</label>
    <div class="choices" data-type="select-one" tabindex="0" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="false">
      <div class="choices__inner">
        <select class="form-control choices__input" id="${id}" name="${id}" hidden="" tabindex="-1" data-choice="active">
          ${chosen ? `<option value="${chosen[0]}" selected>${chosen[1]}</option>` : `<option value="" selected>${placeholder}</option>`}
        </select>
        <div class="choices__list choices__list--single">
          ${
            chosen
              ? `<div class="choices__item choices__item--selectable" data-item="" data-id="2" data-value="${chosen[0]}" data-custom-properties="[object Object]" aria-selected="true">${chosen[1]}</div>`
              : `<div class="choices__item choices__placeholder choices__item--selectable" data-item="" data-id="1" data-value="" data-custom-properties="[object Object]" aria-selected="true">${placeholder}</div>`
          }
        </div>
      </div>
      <div class="choices__list choices__list--dropdown" aria-expanded="false">
        <input type="search" name="search_terms" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" role="textbox" aria-autocomplete="list" aria-label="${label}" placeholder="Search">
        <div class="choices__list" role="listbox"></div>
      </div>
    </div>
  </div>`;

const choicesMultiple = (id: string, label: string, chosen: string[]) => `
  <div class="form-group">
    <label for="${id}">${label}</label>
    <div class="choices" data-type="select-multiple" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="false">
      <div class="choices__inner">
        <select class="form-control choices__input" id="${id}" name="${id}" multiple hidden="" tabindex="-1" data-choice="active">
          ${chosen.map((v) => `<option value="${v}" selected>${v}</option>`).join('')}
        </select>
        <div class="choices__list choices__list--multiple">
          ${chosen
            .map(
              (v, i) =>
                `<div class="choices__item choices__item--selectable" data-item="" data-id="${i + 1}" data-value="${v}" data-custom-properties="[object Object]" aria-selected="true" data-deletable="">${v}<button type="button" class="choices__button" aria-label="Remove item: '${v}'" data-button="">Remove item</button></div>`,
            )
            .join('')}
        </div>
        <input type="search" name="search_terms" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" role="textbox" aria-autocomplete="list" aria-label="${label}" placeholder="" style="min-width: 1ch; width: 1ch;">
      </div>
      <div class="choices__list choices__list--dropdown" aria-expanded="false"><div class="choices__list" aria-multiselectable="true" role="listbox"></div></div>
    </div>
  </div>`;

describe('Choices.js', () => {
  it('reads a single Choices select by its chosen item, once', () => {
    page(`<form>
      ${choicesSingle('pos', 'Place of service', ['11', '11 - Office'], 'Choose a place of service')}
      ${choicesSingle('freq', 'Frequency', ['q4w', 'Every 4 weeks'], 'Choose a frequency')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a single Choices select showing its placeholder as empty', () => {
    page(`<form>${choicesSingle('pos', 'Place of service', null, 'Choose a place of service')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads a Choices text input (tags) by its items, once', () => {
    page(`<form><div class="form-group">
      <label for="dx">ICD-10 codes</label>
      <div class="choices" data-type="text" aria-haspopup="true" aria-expanded="false">
        <div class="choices__inner">
          <input type="text" class="form-control choices__input" id="dx" name="dx" hidden="" tabindex="-1" data-choice="active" value="M04.1,M04.2">
          <div class="choices__list choices__list--multiple">
            <div class="choices__item choices__item--selectable" data-item="" data-id="1" data-value="M04.1" data-custom-properties="[object Object]" aria-selected="true" data-deletable="">M04.1<button type="button" class="choices__button" aria-label="Remove item: 'M04.1'" data-button="">Remove item</button></div>
            <div class="choices__item choices__item--selectable" data-item="" data-id="2" data-value="M04.2" data-custom-properties="[object Object]" aria-selected="true" data-deletable="">M04.2<button type="button" class="choices__button" aria-label="Remove item: 'M04.2'" data-button="">Remove item</button></div>
          </div>
          <input type="search" name="search_terms" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" role="textbox" aria-autocomplete="list" aria-label="ICD-10 codes" placeholder="" style="min-width: 1ch; width: 1ch;">
        </div>
        <div class="choices__list choices__list--dropdown" aria-expanded="false"></div>
      </div></div></form>`);
    const values = read();
    expect(Object.keys(values)).toEqual(['diagnosis.codes.0']);
    expect(values['diagnosis.codes.0']!.split(/,\s*/)).toEqual(['M04.1', 'M04.2']);
  });

  it('reads a multiple Choices select by its items, without "Remove item"', () => {
    page(`<form>${choicesMultiple('dx', 'ICD-10 codes', ['M04.1', 'M04.2'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    noDuplicatePaths();
  });
});
