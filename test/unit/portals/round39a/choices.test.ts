import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Choices.js 11 (Choices-js/Choices at 288d969: src/scripts/templates.ts containerOuter/containerInner/itemList/
 * item/choiceList/choice/input/dropdown/notice; the README's default texts "Press to select", "Remove item",
 * "No results found", `Press Enter to add <b>"…"</b>`). Open states as Choices.showDropdown leaves them
 * (`is-open is-focused` on the outer box, `aria-expanded="true"`, the dropdown `is-active`), and the
 * highlighted choice `is-highlighted` with `aria-selected="true"`:
 * - outer `div.choices[data-type][role=combobox|listbox][aria-haspopup=true][aria-expanded]` (select-one: tabindex 0;
 *   search enabled: role combobox + aria-autocomplete=list), `div.choices__inner` > the original element made
 *   `choices__input[hidden][tabindex=-1][data-choice=active]` (a select keeps only its chosen options; a text input
 *   keeps its value joined by ",") + `div.choices__list.choices__list--single|--multiple` (`role=listbox` when
 *   searchable) of items `div.choices__item.choices__item--selectable[data-item][data-id][data-value]
 *   [aria-selected=true][role=option]` (deletable: `button.choices__button[aria-label="Remove item: '…'"]`
 *   "Remove item"; a placeholder item also `choices__placeholder[data-placeholder]`); for multiple/text the search
 *   `input[type=search].choices__input.choices__input--cloned` follows the list in the inner box, for select-one it
 *   opens the dropdown.
 * - dropdown `div.choices__list.choices__list--dropdown[aria-expanded]` > `div.choices__list[role=listbox]` of
 *   `div#choices--<id>-item-choice-N.choices__item.choices__item--choice[role=option][data-choice][data-id]
 *   [data-value][data-select-text][data-choice-selectable]` (`is-selected` for the chosen one), notices
 *   `div.choices__item.choices__item--choice.choices__notice` (`has-no-results`, or `choices__item--selectable
 *   add-choice` for the add prompt).
 */

type Box = { open?: boolean; search?: string; disabled?: boolean; noSearch?: boolean };

/** a select-one (search enabled) with its options; `chosen` '' shows the placeholder item */
function single(id: string, label: string, chosen: string, options: string[], o: Box & { placeholder?: string } = {}) {
  const placeholder = o.placeholder ?? 'Select an option';
  const shown = o.search ? options.filter((v) => v.toLowerCase().includes(o.search!.toLowerCase())) : options;
  const item = chosen
    ? `<div class="choices__item choices__item--selectable" data-item="" data-id="${options.indexOf(chosen) + 2}" data-value="${chosen}" aria-selected="true" role="option">${chosen}</div>`
    : `<div class="choices__item choices__placeholder choices__item--selectable" data-item="" data-id="1" data-value="" aria-selected="true" role="option" data-placeholder="">${placeholder}</div>`;
  const choices = shown.length
    ? shown
        .map((v, i) => {
          const n = options.indexOf(v) + 2;
          const hl = o.open && (chosen ? v === chosen : i === 0);
          return `<div id="choices--${id}-item-choice-${n}" class="choices__item choices__item--choice${v === chosen ? ' is-selected' : ''} choices__item--selectable${hl ? ' is-highlighted' : ''}" role="option" data-choice="" data-id="${n}" data-value="${v}" data-select-text="Press to select" data-choice-selectable=""${hl ? ' aria-selected="true"' : ''}>${v}</div>`;
        })
        .join('')
    : `<div class="choices__item choices__item--choice choices__notice has-no-results">No results found</div>`;
  return `<div class="form-group"><label for="${id}">${label}</label><div class="choices${o.open ? ' is-open is-focused' : ''}${o.disabled ? ' is-disabled' : ''}" data-type="select-one" tabindex="0" ${o.noSearch ? `role="listbox" aria-label="${label}"` : 'role="combobox" aria-autocomplete="list"'} aria-haspopup="true" aria-expanded="${o.open ? 'true' : 'false'}"${o.open ? ` aria-activedescendant="choices--${id}-item-choice-${chosen ? options.indexOf(chosen) + 2 : 2}"` : ''}><div class="choices__inner"><select class="form-select choices__input" id="${id}" name="${id}" hidden="" tabindex="-1" data-choice="active"${o.disabled ? ' disabled' : ''}>${
    chosen ? `<option value="${chosen}" selected>${chosen}</option>` : `<option value="" selected>${placeholder}</option>`
  }</select><div class="choices__list choices__list--single"${o.noSearch ? '' : ' role="listbox"'}>${item}</div></div><div class="choices__list choices__list--dropdown${o.open ? ' is-active' : ''}" aria-expanded="${o.open ? 'true' : 'false'}">${
    o.noSearch
      ? ''
      : `<input type="search" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" aria-autocomplete="list" aria-label="${label}" placeholder="Search"${o.search ? ` value="${o.search}"` : ''}>`
  }<div class="choices__list" role="listbox">${choices}</div></div></div></div>`;
}

/** a text input made a Choices tag list (removeItemButton); `typed` is in the search with the add prompt shown */
function tags(id: string, label: string, values: string[], typed = '') {
  return `<div class="form-group"><label for="${id}">${label}</label><div class="choices${typed ? ' is-open is-focused' : ''}" data-type="text" aria-haspopup="true" aria-expanded="${typed ? 'true' : 'false'}"><div class="choices__inner"><input type="text" class="form-control choices__input" id="${id}" name="${id}" value="${values.join(',')}" hidden="" tabindex="-1" data-choice="active"><div class="choices__list choices__list--multiple">${values
    .map(
      (v, i) =>
        `<div class="choices__item choices__item--selectable" data-item="" data-id="${i + 1}" data-value="${v}" data-deletable="">${v}<button type="button" class="choices__button" aria-label="Remove item: '${v}'" data-button="">Remove item</button></div>`,
    )
    .join(
      '',
    )}</div><input type="search" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" aria-autocomplete="list" aria-label="${label}" value="${typed}" style="min-width: ${typed.length + 1}ch; width: ${typed.length + 1}ch;"></div><div class="choices__list choices__list--dropdown${typed ? ' is-active' : ''}" aria-expanded="${typed ? 'true' : 'false'}">${
    typed
      ? `<div class="choices__item choices__item--choice choices__notice choices__item--selectable add-choice" data-choice-selectable="" data-choice="">Press Enter to add <b>"${typed}"</b></div>`
      : ''
  }</div></div></div>`;
}

const text = (id: string, label: string, value: string) =>
  `<div class="form-group"><label for="${id}">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;
const form = (body: string) =>
  `<div class="container"><h1>Prior authorization</h1><form method="post" action="/pa">${body}<button type="submit" class="btn btn-primary">Submit</button></form></div>`;
const fieldset = (title: string, body: string) => `<fieldset><legend>${title}</legend>${body}</fieldset>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const therapyTable = () =>
  `<table class="table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr>${r.map((v, k) => `<td><input type="text" class="form-control" name="therapies[${i}][${k}]" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

describe('Choices.js 11: select-one, text tags, open dropdowns', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${fieldset('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`)}
        ${fieldset('Diagnosis', tags('icd', 'ICD-10 codes', ['M04.1', 'M06.1']))}
        ${fieldset(
          'Medication',
          `${single('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${single('freq', 'Frequency', 'Every 4 weeks', FREQ)}`,
        )}
        ${fieldset('Labs', `${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${fieldset('Prior therapies', therapyTable())}
        ${fieldset('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    // the tags read as the original input keeps them ("M04.1,M06.1") or as the items show them: the same codes
    const { 'diagnosis.codes.0': codes, ...rest } = read();
    expect(rest).toEqual({ ...ILARIS, ...THERAPIES, 'drug.frequency': 'Every 4 weeks' });
    expect(codes?.split(/,\s*/)).toEqual(['M04.1', 'M06.1']);
    noDuplicatePaths();
  });

  it('reads an open select-one by its chosen item, not the highlighted choice or the listed options', () => {
    page(
      form(
        `${single('freq', 'Frequency', 'Every 8 weeks', FREQ, { open: true })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.choices__list--dropdown');
  });

  it('reads an open select-one by its chosen item while a search is typed into its dropdown', () => {
    page(
      form(
        `${single('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { open: true, search: 'Kin' })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.choices__list--dropdown');
  });

  it('reads an open select-one with nothing chosen as empty, not its placeholder or first highlighted choice', () => {
    page(
      form(
        `${single('drug', 'Drug name', '', DRUGS, { open: true, placeholder: 'Choose a drug' })}${single('freq', 'Frequency', '', FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '' });
  });

  it('reads a search that finds nothing as no value of the select', () => {
    page(
      form(
        `${single('freq', 'Frequency', 'Once', FREQ, { open: true, search: 'weekly' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads tags by their items, not a code typed but not added yet', () => {
    page(form(`${tags('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], 'M04.8')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    const { 'diagnosis.codes.0': codes, ...rest } = read();
    expect(rest).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(codes?.split(/,\s*/)).toEqual(['M04.1', 'M06.1']);
    noDuplicatePaths();
    nothingFrom('.choices__list--dropdown');
  });

  it('reads an open select-one without search (outer box a listbox named by its label) by its chosen item', () => {
    page(
      form(
        `${single('freq', 'Frequency', 'Once', FREQ, { open: true, noSearch: true })}${single('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { noSearch: true })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'drug.name': ILARIS['drug.name'] });
    noDuplicatePaths();
    nothingFrom('.choices__list--dropdown');
  });

  it('reads a disabled select-one by its chosen item', () => {
    page(
      form(
        `${single('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { disabled: true })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });
});
