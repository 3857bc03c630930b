import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import { ILARIS, ISO_REQUEST, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * vue-multiselect 3.3.1 (Vue 3; shentao/vue-multiselect HEAD, src/Multiselect.vue template,
 * src/multiselectMixin.js for `id`/`name` defaults, `inputStyle`, `isSingleLabelVisible`,
 * `isPlaceholderVisible`, `visibleValues`):
 * - the root is `div.multiselect[role=combobox][tabindex=-1][aria-expanded][aria-owns=listbox-<id>]`
 *   holding `div.multiselect__select` (the caret) and `div.multiselect__tags`: the
 *   `div.multiselect__tags-wrap` (v-show: `display: none` when empty) of
 *   `span.multiselect__tag > span` text + `i.multiselect__tag-icon[tabindex=1]` (the remove cross,
 *   drawn by CSS), an optional `strong.multiselect__strong` ("and 1 more" past `limit`), the
 *   hidden spinner, then the search `input.multiselect__input#<id>[name][placeholder]` whose
 *   `aria-label` is `name + '-searchbox'` (`-searchbox` when no name is given) and which is styled
 *   `width: 0; position: absolute; padding: 0` while closed; then `span.multiselect__single` (the
 *   single choice, closed) or `span.multiselect__placeholder` (nothing chosen).
 * - open: `multiselect--active`, the input `width: 100%`, the single label gone (searchable), and
 *   `div.multiselect__content-wrapper > ul.multiselect__content[role=listbox]#listbox-<id>` of
 *   `li.multiselect__element[role=option][aria-selected]` > `span.multiselect__option` (data-select /
 *   data-selected / data-deselect hints) inside the root (or teleported to body with `useTeleport`).
 * The docs label it with `<label class="typo__label">` written before it (no `for`), or a `<label for=id>`.
 */

type Opts = { id: string; name?: string; placeholder?: string; open?: boolean; options?: string[]; multiple?: boolean; limit?: number };

const listbox = (o: Opts, chosen: string[]) =>
  `<div class="multiselect__content-wrapper" tabindex="-1" style="max-height: 300px;"><ul class="multiselect__content" role="listbox" id="listbox-${o.id}" aria-multiselectable="${!!o.multiple}" style="display: inline-block;">${(
    o.options ?? []
  )
    .map(
      (opt, i) =>
        `<li class="multiselect__element" aria-selected="${chosen.includes(opt)}" id="${o.id}-${i}" role="option"><span data-select="Press enter to select" data-selected="Selected" data-deselect="Press enter to remove" class="multiselect__option${i === 0 ? ' multiselect__option--highlight' : ''}${chosen.includes(opt) ? ' multiselect__option--selected' : ''}"><span>${opt}</span></span></li>`,
    )
    .join(
      '',
    )}<li style="display: none;"><span class="multiselect__option">No elements found. Consider changing the search query.</span></li><li style="display: none;"><span class="multiselect__option">List is empty.</span></li></ul></div>`;

const multiselect = (chosen: string[], o: Opts) => {
  const open = !!o.open;
  const shown = o.multiple ? chosen.slice(0, o.limit ?? chosen.length) : [];
  const tags = shown
    .map((v) => `<span class="multiselect__tag"><span>${v}</span><i tabindex="1" class="multiselect__tag-icon"></i></span>`)
    .join('');
  const more =
    o.multiple && o.limit !== undefined && chosen.length > o.limit
      ? `<strong class="multiselect__strong">and ${chosen.length - o.limit} more</strong>`
      : '';
  const single = !o.multiple && chosen.length && !open ? `<span class="multiselect__single">${chosen[0]}</span>` : '';
  const placeholder = !chosen.length && !open ? `<span class="multiselect__placeholder">${o.placeholder ?? 'Select option'}</span>` : '';
  return `<div tabindex="-1" class="multiselect${open ? ' multiselect--active' : ''}" role="combobox" aria-expanded="${open}" aria-owns="listbox-${o.id}"${open ? ` aria-activedescendant="${o.id}-0"` : ''}><div class="multiselect__select"></div><div class="multiselect__tags"><div class="multiselect__tags-wrap"${shown.length ? '' : ' style="display: none;"'}>${tags}</div>${more}<div class="multiselect__spinner" style="display: none;"></div><input name="${o.name ?? ''}" id="${o.id}" type="text" autocomplete="off" spellcheck="false" placeholder="${o.placeholder ?? 'Select option'}" tabindex="0" aria-label="${o.name ?? ''}-searchbox" class="multiselect__input" aria-controls="listbox-${o.id}" style="${open ? 'width: 100%;' : 'width: 0px; position: absolute; padding: 0px;'}" value="">${single}${placeholder}</div>${open ? listbox(o, chosen) : ''}</div>`;
};

/** the docs' pattern: a label written before the widget, linked to nothing */
const docsField = (label: string, widget: string) => `<div class="field"><label class="typo__label">${label}</label>${widget}</div>`;
/** a label linked to the widget's search input by id */
const forField = (label: string, id: string, widget: string) =>
  `<div class="field"><label class="typo__label" for="${id}">${label}</label>${widget}</div>`;

const text = (label: string, id: string, value: string, type = 'text') =>
  `<div class="field"><label for="${id}">${label}</label><input id="${id}" type="${type}" class="input" value="${value}"></div>`;

const CODES = ['M04.1', 'M06.1', 'M04.8', 'M08.20'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)', 'Arcalyst (rilonacept)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks'];

describe('vue-multiselect 3: single and multiple (tags) selects', () => {
  it('reads the full Ilaris request (native inputs around vue-multiselect selects)', () => {
    page(`<div id="app"><form class="pa-form">
      <h2>Member</h2>
      ${text('Member ID', 'member-id', ILARIS['patient.memberId'])}
      ${text('Date of birth', 'dob', '1988-03-14', 'date')}
      ${text('Weight (kg)', 'weight', '72', 'number')}
      <h2>Diagnosis</h2>
      ${forField('ICD-10 codes', 'icd', multiselect(['M04.1', 'M06.1'], { id: 'icd', name: 'icd', multiple: true, placeholder: 'Search or add a code', options: CODES }))}
      <h2>Medication</h2>
      ${forField('Drug name', 'drug', multiselect([ILARIS['drug.name']], { id: 'drug', name: 'drug', placeholder: 'Select a drug', options: DRUGS }))}
      ${text('HCPCS code', 'hcpcs', ILARIS['drug.hcpcs'])}
      ${text('NDC', 'ndc', ILARIS['drug.ndc'])}
      ${text('Dose (mg)', 'dose', '150', 'number')}
      ${text('Billing units', 'units', '150', 'number')}
      ${forField('Frequency', 'freq', multiselect(['Every 4 weeks'], { id: 'freq', name: 'freq', placeholder: 'Select one', options: FREQ }))}
      <h2>Labs</h2>
      ${text('CRP (mg/L)', 'crp', '24', 'number')}
      ${text('CRP collection date', 'crp-date', '2026-11-02', 'date')}
      <h2>Prescriber</h2>
      ${text('Prescriber NPI', 'npi', ILARIS['prescriber.npi'])}
      <button type="submit">Submit</button></form></div>`);
    expect(read()).toEqual(ISO_REQUEST);
    noDuplicatePaths();
  });

  it('reads a single select by span.multiselect__single, labelled by a label written before it (docs pattern, no name: aria-label "-searchbox")', () => {
    page(
      `<form>${docsField('Drug name', multiselect([ILARIS['drug.name']], { id: 'ms-1', placeholder: 'Select one', options: DRUGS }))}${docsField('Frequency', multiselect(['Every 4 weeks'], { id: 'ms-2', placeholder: 'Select one', options: FREQ }))}</form>`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 4 weeks' });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a multiple select as its tags once, taking nothing from the tags themselves', () => {
    page(
      `<form>${docsField('ICD-10 codes', multiselect(['M04.1', 'M06.1'], { id: 'codes', multiple: true, placeholder: 'Pick codes', options: CODES }))}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.multiselect__tags-wrap');
    expect(mapped()).toHaveLength(1);
  });

  it('reads an open multiple select by its tags, taking nothing from its option list', () => {
    page(
      `<form>${forField('ICD-10 codes', 'codes', multiselect(['M04.1', 'M06.1'], { id: 'codes', name: 'codes', multiple: true, open: true, options: CODES }))}${text('NDC', 'ndc', ILARIS['drug.ndc'])}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.ndc': ILARIS['drug.ndc'] });
    nothingFrom('.multiselect__content-wrapper');
  });

  it('reads empty selects showing span.multiselect__placeholder as empty', () => {
    page(
      `<form>${forField('Drug name', 'drug', multiselect([], { id: 'drug', name: 'drug', placeholder: 'Select a drug', options: DRUGS }))}${forField('ICD-10 codes', 'icd', multiselect([], { id: 'icd', name: 'icd', multiple: true, placeholder: 'Search or add a code', options: CODES }))}</form>`,
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('reads a multiple select past its limit as the codes it shows, without the "and 1 more" count', () => {
    page(
      `<form>${forField('ICD-10 codes', 'icd', multiselect(['M04.1', 'M06.1', 'M04.8'], { id: 'icd', name: 'icd', multiple: true, limit: 2, options: CODES }))}</form>`,
    );
    expect(read()['diagnosis.codes.0']).toBe('M04.1, M06.1');
  });

  it('reads a single select by its chosen value while its teleported list is open at the end of body', () => {
    const o: Opts = { id: 'freq', name: 'freq', options: FREQ };
    page(
      `<div id="app"><form>${forField('Frequency', 'freq', multiselect(['Every 4 weeks'], o))}${text('Billing units', 'units', '150')}</form></div>${listbox(o, ['Every 4 weeks'])}`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.units': '150' });
    nothingFrom('.multiselect__content-wrapper');
  });
});

/**
 * vue-multiselect 2.1.9 (Vue 2; the same repository at tag v2.1.9, src/Multiselect.vue): the same
 * structure, but the search input has no aria-label, options carry no aria-selected, and the
 * `div.multiselect__content-wrapper` list is always rendered, hidden by v-show (`display: none`)
 * while closed. Whitespace between elements is written condensed, as Vue CLI builds compile it.
 */
const v2 = (chosen: string[], o: Opts) => {
  const shown = o.multiple ? chosen : [];
  const tags = shown
    .map((v) => `<span class="multiselect__tag"><span>${v}</span><i tabindex="1" class="multiselect__tag-icon"></i></span>`)
    .join('');
  const single = !o.multiple && chosen.length ? `<span class="multiselect__single">${chosen[0]}</span>` : '';
  const placeholder = !chosen.length ? `<span class="multiselect__placeholder">${o.placeholder ?? 'Select option'}</span>` : '';
  const options = (o.options ?? [])
    .map(
      (opt, i) =>
        `<li id="${o.id}-${i}" role="option" class="multiselect__element"><span data-select="Press enter to select" data-selected="Selected" data-deselect="Press enter to remove" class="multiselect__option${chosen.includes(opt) ? ' multiselect__option--selected' : ''}"><span>${opt}</span></span></li>`,
    )
    .join('');
  return `<div tabindex="-1" role="combobox" aria-owns="listbox-${o.id}" class="multiselect"><div class="multiselect__select"></div><div class="multiselect__tags"><div class="multiselect__tags-wrap"${shown.length ? '' : ' style="display: none;"'}>${tags}</div><div class="multiselect__spinner" style="display: none;"></div><input name="${o.name ?? ''}" id="${o.id}" type="text" autocomplete="off" spellcheck="false" placeholder="${o.placeholder ?? 'Select option'}" tabindex="0" aria-controls="listbox-${o.id}" class="multiselect__input" style="width: 0px; position: absolute; padding: 0px;" value="">${single}${placeholder}</div><div tabindex="-1" class="multiselect__content-wrapper" style="max-height: 300px; display: none;"><ul role="listbox" id="listbox-${o.id}" class="multiselect__content" style="display: inline-block;">${options}<li style="display: none;"><span class="multiselect__option">No elements found. Consider changing the search query.</span></li><li style="display: none;"><span class="multiselect__option">List is empty.</span></li></ul></div></div>`;
};

describe('vue-multiselect 2 (Vue 2): the closed option list kept in the DOM', () => {
  it('reads single selects labelled with label[for], taking nothing from the hidden option lists', () => {
    page(
      `<form>${forField('Drug name', 'drug', v2([ILARIS['drug.name']], { id: 'drug', name: 'drug', placeholder: 'Select a drug', options: DRUGS }))}${forField('Frequency', 'freq', v2([], { id: 'freq', name: 'freq', placeholder: 'Select one', options: FREQ }))}${text('NDC', 'ndc', ILARIS['drug.ndc'])}</form>`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '', 'drug.ndc': ILARIS['drug.ndc'] });
    nothingFrom('.multiselect__content-wrapper');
    noDuplicatePaths();
  });

  it('reads a single select labelled by a label written before it (no aria-label on the search input)', () => {
    page(`<form>${docsField('Drug name', v2([ILARIS['drug.name']], { id: 'ms-1', placeholder: 'Select one', options: DRUGS }))}</form>`);
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a multiple select as its tags, the hidden option list giving nothing', () => {
    page(
      `<form>${forField('ICD-10 codes', 'icd', v2(['M04.1', 'M06.1'], { id: 'icd', name: 'icd', multiple: true, options: CODES }))}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.multiselect__content-wrapper');
  });
});
