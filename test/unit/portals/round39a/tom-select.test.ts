import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Tom Select 2.3 (orchestral/tom-select could not be fetched here: the markup follows the v2.3.1 build shipped in
 * tabler/tabler demo/dist/libs/tom-select/dist/js/tom-select.base.min.js (setupTemplates: `option_create` "Add
 * <strong>…</strong>&hellip;", `no_results` "No results found"; the control, dropdown and option attributes) and
 * its docs' usage/plugins pages; the closed states as test/unit/portals/libraries/select-enhancers.test.ts draws them):
 * - the original `select|input` classed `tomselected ts-hidden-accessible` (`tabindex=-1`; an input keeps its value
 *   joined by ","), then `div.ts-wrapper.single|multi[.plugin-remove_button][.has-items][.full]` (open: `focus
 *   input-active dropdown-active`) > `div.ts-control` > `div.item[data-value][data-ts-item]` (remove_button: `a.remove
 *   [title=Remove]` "×") + `input#<id>-ts-control[role=combobox][aria-haspopup=listbox][aria-expanded]
 *   [aria-controls=<id>-ts-dropdown][aria-labelledby=<id>-ts-label]` (the search typed into it), the `<label for>`
 *   retargeted to that input with id `<id>-ts-label`.
 * - `div.ts-dropdown.single|multi` (inside the wrapper, or at the end of body with `dropdownParent: 'body'`;
 *   `display: none` while closed) > `div.ts-dropdown-content[role=listbox]#<id>-ts-dropdown` of `div.option
 *   [data-selectable][role=option][data-value]#<id>-opt-N` (`selected` + `aria-selected`, the cursor `active`;
 *   multi hides the chosen ones), `div.create[data-selectable]` "Add <strong>M04.8</strong>…",
 *   `div.no-results` "No results found".
 */

type Open = { open?: boolean; typed?: string; create?: boolean; toBody?: boolean };

function tom(id: string, label: string, options: string[], chosen: string[], o: Open & { multiple?: boolean; input?: boolean } = {}) {
  const multi = o.multiple ?? false;
  const listed = options
    .filter((v) => !(multi && chosen.includes(v)))
    .filter((v) => !o.typed || v.toLowerCase().includes(o.typed.toLowerCase()));
  const active = o.open
    ? o.create
      ? -1
      : listed.findIndex((v) => chosen.includes(v)) >= 0
        ? listed.findIndex((v) => chosen.includes(v))
        : 0
    : -1;
  const opts = `${o.create && o.typed ? `<div class="create active" data-selectable="" role="option" id="${id}-opt-c">Add <strong>${o.typed}</strong>&hellip;</div>` : ''}${listed
    .map(
      (v, i) =>
        `<div data-selectable="" data-value="${v}" class="option${chosen.includes(v) ? ' selected' : ''}${i === active ? ' active' : ''}" role="option" id="${id}-opt-${options.indexOf(v) + 1}"${chosen.includes(v) ? ' aria-selected="true"' : ''}>${v}</div>`,
    )
    .join('')}${o.open && !listed.length && !o.create ? '<div class="no-results">No results found</div>' : ''}`;
  const dropdown = `<div class="ts-dropdown ${multi ? 'multi plugin-remove_button' : 'single'}" style="display: ${o.open ? 'block' : 'none'}; visibility: visible;${o.open ? ' position: absolute; top: 38px; left: 0px; width: 100%;' : ''}"><div role="listbox" tabindex="-1" class="ts-dropdown-content" id="${id}-ts-dropdown" aria-labelledby="${id}-ts-label">${o.open ? opts : ''}</div></div>`;
  const original = o.input
    ? `<input type="text" id="${id}" name="${id}" value="${chosen.join(',')}" class="tomselected ts-hidden-accessible" tabindex="-1">`
    : `<select id="${id}" name="${id}"${multi ? ' multiple' : ''} class="tomselected ts-hidden-accessible" tabindex="-1">${multi ? '' : '<option value="">Select…</option>'}${options
        .map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected' : ''}>${v}</option>`)
        .join('')}</select>`;
  const html = `<div class="mb-3"><label for="${id}-ts-control" id="${id}-ts-label" class="form-label">${label}</label>${original}<div class="ts-wrapper ${multi ? 'multi plugin-remove_button' : 'single'}${chosen.length ? ' has-items' : ''}${!multi && chosen.length ? ' full' : ''}${o.open ? ' focus input-active dropdown-active' : ''}"><div class="ts-control">${chosen
    .map(
      (v) =>
        `<div data-value="${v}" class="item" data-ts-item="">${v}${multi ? '<a href="javascript:void(0)" class="remove" tabindex="-1" title="Remove">×</a>' : ''}</div>`,
    )
    .join(
      '',
    )}<input type="text" autocomplete="off" size="1" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="${o.open ? 'true' : 'false'}" aria-controls="${id}-ts-dropdown" id="${id}-ts-control" aria-labelledby="${id}-ts-label"${chosen.length ? '' : ' placeholder="Select…"'}${o.typed ? ` value="${o.typed}"` : ''}${
    active >= 0 ? ` aria-activedescendant="${id}-opt-${options.indexOf(listed[active]!) + 1}"` : ''
  }></div>${o.toBody ? '' : dropdown}</div></div>`;
  return { html, tail: o.toBody ? dropdown : '' };
}

const text = (id: string, label: string, value: string) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;
const form = (body: string, tail = '') =>
  `<main class="container"><h1>Prior authorization</h1><form method="post">${body}<button type="submit" class="btn btn-primary">Submit</button></form></main>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Tom Select 2.3: open dropdowns, typed searches, create prompt', () => {
  it('reads a page of Tom Selects (single drug and frequency, multiple codes) by their items', () => {
    const parts = [
      tom('drug', 'Drug name', DRUGS, [ILARIS['drug.name']]),
      tom('freq', 'Frequency', FREQ, ['Every 4 weeks']),
      tom('icd', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { multiple: true }),
    ];
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${parts.map((p) => p.html).join('')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'drug.frequency': 'Every 4 weeks',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    noDuplicatePaths();
  });

  it('reads an open single select by its item, not the active option of its dropdown', () => {
    const t = tom('freq', 'Frequency', FREQ, ['Every 8 weeks'], { open: true });
    page(form(`${t.html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.ts-dropdown');
  });

  it('reads an open single select by its item while a search is typed into its control', () => {
    const t = tom('drug', 'Drug name', DRUGS, [ILARIS['drug.name']], { open: true, typed: 'Kin' });
    page(form(`${t.html}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  it('reads an open empty single select as empty, not its first active option', () => {
    const t = tom('drug', 'Drug name', DRUGS, [], { open: true });
    page(form(`${t.html}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  it('reads multiple codes by their items, not a code typed with the "Add …" prompt open', () => {
    const t = tom('icd', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { multiple: true, open: true, typed: 'M04.9', create: true });
    page(form(`${t.html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.ts-dropdown');
  });

  it('reads tags on a text input by their items, the dropdown at the end of body', () => {
    const t = tom('icd', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { multiple: true, input: true, open: true, toBody: true });
    page(form(`${t.html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, t.tail));
    const { 'diagnosis.codes.0': codes, ...rest } = read();
    expect(rest).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(codes?.split(/,\s*/)).toEqual(['M04.1', 'M06.1']);
    noDuplicatePaths();
    nothingFrom('.ts-dropdown');
  });

  it('reads a search that finds nothing ("No results found") as no value', () => {
    const t = tom('freq', 'Frequency', FREQ, ['Once'], { open: true, typed: 'weekly' });
    page(form(`${t.html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
