import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Chosen 1.8.7 (harvesthq/chosen HEAD c914ecd; coffee/lib/abstract-chosen.coffee: `get_single_html`,
 * `get_multi_html`, `result_add_option`, `set_default_text` ("Select Some Options", `data-placeholder`);
 * coffee/chosen.jquery.coffee: `set_up_html` (the select hidden by jQuery's `.hide()`, i.e. inline
 * `display: none`, and `div.chosen-container.chosen-container-single|multi#<id>_chosen[title]` put after
 * it), `choice_build` (`li.search-choice > span` + `a.search-choice-close[data-option-array-index]`),
 * `single_set_selected_text` (`a.chosen-single[.chosen-default] > span`), `single_deselect_control_build`
 * (`abbr.search-choice-close`)). The results list `ul.chosen-results` is built at setup and kept in
 * `div.chosen-drop` (moved off screen by CSS while closed); no ARIA roles anywhere.
 *
 * bootstrap-select 1.14.0-beta3 (snapappointments/bootstrap-select HEAD 939e94b; js/bootstrap-select.js:
 * `setPlaceholder` (a single select with a title gets a first empty `option.bs-title-option`, chosen while
 * nothing else is), `createDropdown` (`div.dropdown.bootstrap-select[.show-tick]` holding the original select, moved inside
 * it and hidden by CSS, then `button.btn.dropdown-toggle[role=combobox][aria-haspopup=listbox]
 * [aria-owns][data-id=<select id>][title]` > `div.filter-option > div.filter-option-inner >
 * div.filter-option-inner-inner` (the chosen texts joined by `multipleSeparator` ", ", else the title or
 * "Nothing selected", the button classed `bs-placeholder`), then `div.dropdown-menu` with the live
 * search `input[type=search][role=combobox][aria-label=Search]` and `div.inner[role=listbox]` >
 * `ul[role=presentation]` > `li > a[role=option][aria-selected]` > `span.text`).
 */

const chosenSelect = (
  id: string,
  options: string[],
  chosen: string[],
  o: { multiple?: boolean; placeholder?: string; deselect?: boolean } = {},
) => {
  const placeholder = o.placeholder ?? (o.multiple ? 'Select Some Options' : 'Select an Option');
  const select = `<select id="${id}" name="${id}${o.multiple ? '[]' : ''}"${o.multiple ? ' multiple=""' : ''} class="chosen-select" data-placeholder="${placeholder}" style="display: none;">${o.multiple ? '' : '<option value=""></option>'}${options.map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected=""' : ''}>${v}</option>`).join('')}</select>`;
  const results = `<ul class="chosen-results">${options
    .map((v, i) => {
      const on = chosen.includes(v);
      const cls = [!(on && o.multiple) ? 'active-result' : '', on ? 'result-selected' : ''].filter(Boolean).join(' ');
      return `<li class="${cls}" data-option-array-index="${o.multiple ? i : i + 1}">${v}</li>`;
    })
    .join('')}</ul>`;
  const box = o.multiple
    ? `<ul class="chosen-choices">${chosen
        .map(
          (v) =>
            `<li class="search-choice"><span>${v}</span><a class="search-choice-close" data-option-array-index="${options.indexOf(v)}"></a></li>`,
        )
        .join(
          '',
        )}<li class="search-field"><input class="chosen-search-input${chosen.length ? '' : ' default'}" type="text" autocomplete="off" value="${chosen.length ? '' : placeholder}" style="width: ${chosen.length ? 25 : 160}px;"></li></ul><div class="chosen-drop">${results}</div>`
    : `<a class="chosen-single${chosen.length ? '' : ' chosen-default'}"><span>${chosen[0] ?? placeholder}</span>${chosen.length && o.deselect ? '<abbr class="search-choice-close"></abbr>' : ''}<div><b></b></div></a><div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text" autocomplete="off"></div>${results}</div>`;
  return `${select}<div class="chosen-container chosen-container-${o.multiple ? 'multi' : 'single'}" title="" id="${id}_chosen" style="width: 350px;">${box}</div>`;
};

let bs = 0;
const bootstrapSelect = (
  id: string,
  options: string[],
  chosen: string[],
  o: { multiple?: boolean; title?: string; liveSearch?: boolean; open?: boolean } = {},
) => {
  const listId = `bs-select-${(bs += 1)}`;
  const shown = chosen.length ? chosen.join(', ') : (o.title ?? 'Nothing selected');
  // setPlaceholder: a single select with a title gets a first `option.bs-title-option`, chosen while nothing else is
  const titleOption =
    !o.multiple && o.title ? `<option class="bs-title-option" value=""${chosen.length ? '' : ' selected=""'}></option>` : '';
  const select = `<select id="${id}" name="${id}" class="selectpicker form-control"${o.multiple ? ' multiple=""' : ''}${o.title ? ` title="${o.title}"` : ''}${o.liveSearch ? ' data-live-search="true"' : ''}>${titleOption}${options.map((v) => `<option${chosen.includes(v) ? ' selected=""' : ''}>${v}</option>`).join('')}</select>`;
  const items = options
    .map((v, i) => {
      const on = chosen.includes(v);
      return `<li class="${on ? 'selected active' : ''}"><a role="option" class="dropdown-item${on ? ' active selected' : ''}" id="${listId}-${i}" tabindex="0" aria-setsize="${options.length}" aria-posinset="${i + 1}" aria-selected="${on}"><span class="fas fa-check check-mark"></span><span class="text">${v}</span></a></li>`;
    })
    .join('');
  const search = o.liveSearch
    ? `<div class="bs-searchbox"><input type="search" class="form-control" autocomplete="off" role="combobox" aria-label="Search" aria-controls="${listId}" aria-autocomplete="list"></div>`
    : '';
  return `<div class="dropdown bootstrap-select show-tick form-control${o.open ? ' show' : ''}">${select}<button type="button" tabindex="-1" class="btn dropdown-toggle btn-light${chosen.length ? '' : ' bs-placeholder'}" data-toggle="dropdown" role="combobox" aria-owns="${listId}" aria-haspopup="listbox" aria-expanded="${o.open ? 'true' : 'false'}" data-id="${id}" title="${shown}"><div class="filter-option"><div class="filter-option-inner"><div class="filter-option-inner-inner">${shown}</div></div> </div></button><div class="dropdown-menu${o.open ? ' show' : ''}" style="max-height: 300px; overflow: hidden; min-height: 0px;">${search}<div class="inner show" role="listbox" id="${listId}" tabindex="-1"${o.multiple ? ' aria-multiselectable="true"' : ''} style="max-height: 250px; overflow-y: auto; min-height: 0px;"><ul class="dropdown-menu inner show" role="presentation" style="margin-top: 0px; margin-bottom: 0px;">${items}</ul></div></div></div>`;
};

const group = (id: string, label: string, control: string, help = '') =>
  `<div class="form-group"><label for="${id}">${label}</label>${control}${help}</div>`;
const input = (id: string, label: string, value: string) =>
  group(id, label, `<input type="text" class="form-control" id="${id}" name="${id}" value="${value}">`);
const app = (body: string) =>
  `<div class="container"><form action="/pa/submit" method="post">${body}<button type="submit" class="btn btn-primary">Submit</button></form></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

const request = (sel: (id: string, options: string[], chosen: string[], multiple?: boolean) => string) =>
  app(`<h4>Member</h4>${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight (kg)', '72')}
  <h4>Diagnosis</h4>${group('icd', 'ICD-10 codes', sel('icd', CODES, ['M04.1', 'M06.1'], true))}
  <h4>Medication</h4>${group('drugName', 'Drug name', sel('drugName', DRUGS, [ILARIS['drug.name']]))}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${group('frequency', 'Frequency', sel('frequency', FREQS, ['Every 4 weeks']))}
  <h4>Labs</h4>${input('crp', 'CRP (mg/L)', '24')}${input('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
  <h4>Prescriber</h4>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`);

describe('Chosen 1.8: a hidden select with its chosen-container after it', () => {
  it('reads the full Ilaris request', () => {
    page(request((id, options, chosen, multiple) => chosenSelect(id, options, chosen, { multiple })));
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a multiple Chosen by its search-choice chips, without their close links or the results list', () => {
    page(
      app(
        `${group('icd', 'ICD-10 codes', chosenSelect('icd', CODES, ['M04.1', 'M06.1'], { multiple: true }))}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.chosen-drop');
    noDuplicatePaths();
  });

  it('reads empty Chosen selects as empty, not "Select an Option" nor the multiple search box\'s "Select Some Options" value', () => {
    page(
      app(
        `${group('drugName', 'Drug name', chosenSelect('drugName', DRUGS, []))}${group('icd', 'ICD-10 codes', chosenSelect('icd', CODES, [], { multiple: true }))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('reads a single Chosen with a deselect control by its chosen text', () => {
    page(
      app(
        group(
          'frequency',
          'Frequency',
          chosenSelect('frequency', FREQS, ['Every 4 weeks'], { deselect: true, placeholder: 'Choose a frequency' }),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads an open multiple Chosen (chosen-with-drop) by its choices while a search is typed, not the typed text', () => {
    const html = chosenSelect('icd', CODES, ['M04.1', 'M06.1'], { multiple: true })
      .replace(
        'chosen-container chosen-container-multi"',
        'chosen-container chosen-container-multi chosen-container-active chosen-with-drop"',
      )
      .replace(
        /class="chosen-search-input" type="text" autocomplete="off" value=""/,
        'class="chosen-search-input" type="text" autocomplete="off" value="M04"',
      )
      .replace(
        '<li class="active-result" data-option-array-index="2">',
        '<li class="active-result highlighted" data-option-array-index="2">',
      );
    expect(html).toContain('value="M04"');
    expect(html).toContain('chosen-with-drop');
    page(app(`${group('icd', 'ICD-10 codes', html)}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});

describe('bootstrap-select 1.14: the select inside div.bootstrap-select, a combobox button showing the choice', () => {
  it('reads the full Ilaris request', () => {
    page(request((id, options, chosen, multiple) => bootstrapSelect(id, options, chosen, { multiple, liveSearch: multiple })));
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a multiple bootstrap-select once, by its choices, and takes nothing from its menu or live search', () => {
    page(
      app(
        `${group('icd', 'ICD-10 codes', bootstrapSelect('icd', CODES, ['M04.1', 'M06.1'], { multiple: true, liveSearch: true, open: true }))}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.dropdown-menu');
    noDuplicatePaths();
  });

  it('reads empty bootstrap-selects (bs-placeholder: the title or "Nothing selected") as empty', () => {
    page(
      app(
        `${group('drugName', 'Drug name', bootstrapSelect('drugName', DRUGS, [], { title: 'Choose a drug' }))}${group('icd', 'ICD-10 codes', bootstrapSelect('icd', CODES, [], { multiple: true }))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('names a bootstrap-select by the <label for> its hidden select, not the button title', () => {
    page(
      app(
        `${group('drugName', 'Drug name', bootstrapSelect('drugName', DRUGS, [ILARIS['drug.name']]))}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a multiple bootstrap-select showing a count ("2 items selected") by its chosen codes', () => {
    const html = bootstrapSelect('icd', CODES, ['M04.1', 'M06.1'], { multiple: true }).replace(
      />M04\.1, M06\.1<\/div>/,
      '>2 items selected</div>',
    );
    expect(html).toContain('>2 items selected<');
    page(app(group('icd', 'ICD-10 codes', html)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('takes the weight unit from a bootstrap-select in the input group after the number', () => {
    page(
      app(
        `<div class="form-group"><label for="weight">Weight</label><div class="input-group"><input type="text" class="form-control" id="weight" name="weight" value="72">${bootstrapSelect('weightUnit', ['kg', 'lb'], ['kg'])}</div></div>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'patient.weightUnit': 'kg', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
