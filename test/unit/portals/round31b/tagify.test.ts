import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Tagify 4.36 (yairEO/tagify at 3da5096: src/parts/templates.js (wrapper, input, tag, dropdown,
 * dropdownItem), src/parts/defaults.js (classNames, a11y.inputAriaLabel), src/tagify.js build() and
 * update(), src/parts/dropdown.js, src/tagify.scss), on a Bootstrap 5 page as apps set it up:
 * - `new Tagify(input)` inserts `tags.tagify.<input's classes>[tabindex=-1]` (plus `readonly`/`disabled`
 *   attributes; `tagify--noTags tagify--empty` while it holds nothing) BEFORE the original input, which
 *   keeps its id, name and `<label for>`, is given tabindex -1 and the value JSON.stringify(tags)
 *   (`[{"value":"M04.1"},…]`), and is hidden only by the style sheet (`.tagify + input` moved off screen).
 * - Each tag: `tag[title][contenteditable=false][tabindex=-1].tagify__tag[value]` > `x.tagify__tag__removeBtn
 *   [role=button][aria-label="remove tag"][title=""]` + `div > span.tagify__tag-text`; then the
 *   `span.tagify__input[contenteditable][role=textbox][aria-label="Tags input field"][data-placeholder]
 *   [aria-placeholder]` holding what is typed, then a zero-width space. Read-only: no `contenteditable`.
 * - The suggestions dropdown exists only while open: `div.tagify__dropdown[role=listbox]
 *   [aria-labelledby=dropdown][placement][position]` appended to the end of body >
 *   `div.tagify__dropdown__wrapper` > `header.tagify__dropdown__header` + `div.tagify__dropdown__item
 *   [value][tabindex=0][role=option]` (first `--active`); the tags element gets `aria-expanded=true`.
 */

const ZWS = '&#8203;';

const tag = (v: string, invalid?: string) =>
  `<tag title="${invalid ?? v}" contenteditable="false" tabindex="-1" class="tagify__tag${invalid ? ' tagify--notAllowed' : ''}" value="${v}"${invalid ? ' aria-invalid="true"' : ''}><x title="" tabindex="-1" class="tagify__tag__removeBtn" role="button" aria-label="remove tag"></x><div><span autocapitalize="false" autocorrect="off" spellcheck="false" class="tagify__tag-text">${v}</span></div></tag>`;

type TagOpts = {
  placeholder?: string;
  typed?: string;
  open?: boolean;
  readonly?: boolean;
  disabled?: boolean;
  textarea?: boolean;
  error?: string;
};

/** a Bootstrap form group with its original input tagified */
function tagify(id: string, label: string, tags: string[], o: TagOpts = {}): string {
  const ph = o.placeholder ?? '';
  const state = [tags.length ? '' : 'tagify--noTags', tags.length || o.typed ? '' : 'tagify--empty', o.open ? 'tagify--focus' : '']
    .filter(Boolean)
    .join(' ');
  const json = tags.length ? JSON.stringify(tags.map((value) => ({ value }))).replace(/"/g, '&quot;') : '';
  const original = o.textarea
    ? `<textarea id="${id}" name="${id}" class="form-control" tabindex="-1">${json}</textarea>`
    : `<input id="${id}" name="${id}" class="form-control${o.error ? ' is-invalid' : ''}" tabindex="-1" value="${json}">`;
  return `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><tags class="tagify  form-control${o.error ? ' is-invalid' : ''}${state ? ` ${state}` : ''}"${o.readonly ? ' readonly=""' : ''}${o.disabled ? ' disabled=""' : ''}${o.open ? ' aria-expanded="true"' : ''} tabindex="-1">${tags.map((t) => tag(t)).join('')}<span${o.readonly || o.disabled ? '' : ' contenteditable=""'} data-can-editable="" tabindex="0" data-placeholder="${ph || ZWS}" aria-placeholder="${ph}" class="tagify__input" role="textbox" autocapitalize="false" autocorrect="off" aria-label="Tags input field" aria-autocomplete="both" aria-multiline="false">${o.typed ?? ''}</span>${ZWS}</tags>${original}${o.error ? `<div class="invalid-feedback">${o.error}</div>` : ''}</div>`;
}

/** the open suggestions dropdown Tagify appends to the end of body */
const dropdown = (items: string[]) =>
  `<div class="tagify__dropdown " role="listbox" aria-labelledby="dropdown" dir="" placement="bottom" position="all" style="left: 212px; top: 318.5px; width: 480px;"><div data-selector="tagify-suggestions-wrapper" class="tagify__dropdown__wrapper"><header data-selector="tagify-suggestions-header" class="tagify__dropdown__header"></header>${items
    .map(
      (v, i) =>
        `<div value="${v}" class="tagify__dropdown__item ${i ? '' : 'tagify__dropdown__item--active'} " tabindex="0" role="option">${v}</div>`,
    )
    .join('')}</div></div>`;

/** Tagify in select mode (`mode: "select"`: one tag, its text span editable; the dropdown opens on focus
 *  and lists the chosen item too, classed `--selected`) over a text input */
const tagifySelect = (id: string, label: string, value: string) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><tags class="tagify tagify--select form-control" spellcheck="false" aria-expanded="true" tabindex="-1">${tag(
    value,
  ).replace(
    '<span autocapitalize',
    '<span contenteditable="true" autocapitalize',
  )}<span contenteditable="" data-can-editable="" tabindex="0" data-placeholder="Choose a drug" aria-placeholder="Choose a drug" class="tagify__input" role="textbox" autocapitalize="false" autocorrect="off" aria-label="Tags input field" aria-autocomplete="both" aria-multiline="false"></span>${ZWS}</tags><input id="${id}" name="${id}" class="form-control" tabindex="-1" value="${JSON.stringify([{ value }]).replace(/"/g, '&quot;')}"></div>`;
const selectDropdown = (items: string[], chosen: string) =>
  dropdown(items).replace(
    `class="tagify__dropdown__item tagify__dropdown__item--active " tabindex="0" role="option">${chosen}`,
    `class="tagify__dropdown__item tagify__dropdown__item--active tagify__dropdown__item--selected" tabindex="0" role="option">${chosen}`,
  );

const text = (id: string, label: string, value: string) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;
const select = (id: string, label: string, value: string, options: string[]) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><select class="form-select" id="${id}" name="${id}"><option value="">Choose…</option>${options
    .map((v) => `<option${v === value ? ' selected' : ''}>${v}</option>`)
    .join('')}</select></div>`;
const card = (title: string, body: string) =>
  `<div class="card mb-4"><div class="card-header">${title}</div><div class="card-body">${body}</div></div>`;
const form = (body: string, tail = '') =>
  `<main class="container py-4"><h1 class="h3">Prior authorization request</h1><form novalidate>${body}<button type="submit" class="btn btn-primary">Submit request</button></form></main>${tail}`;

const therapyTable = () =>
  `<table class="table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r) => `<tr>${r.map((v) => `<td><input type="text" class="form-control form-control-sm" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

const member = () =>
  card(
    'Member',
    `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`,
  );

describe('Tagify 4: tags over the original input, tag spans, contenteditable input, dropdown at the end of body', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${member()}${card('Diagnosis', tagify('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { placeholder: 'Add codes' }))}
        ${card(
          'Medication',
          `${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${select('freq', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${card('Labs', `${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${card('Prior therapies', therapyTable())}${card('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it("reads the tags as the ICD-10 codes, not the original input's JSON value", () => {
    page(form(`${tagify('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    noDuplicatePaths();
  });

  it('reads an empty Tagify showing its placeholder as empty', () => {
    page(
      form(`${tagify('icd', 'ICD-10 codes', [], { placeholder: 'Add codes' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads the tags and nothing from the open suggestions dropdown at the end of body while a search is typed', () => {
    page(
      form(
        `${tagify('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { typed: 'M04', open: true })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        dropdown(['M04.8', 'M04.9']),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.tagify__dropdown');
  });

  it('reads Tagify over a textarea as its tags', () => {
    page(
      form(
        `${tagify('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { textarea: true })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  // misread: WRONG VALUE: the read-only summary of the denied request (in an aside before the form) is
  // mapped too: diagnosis.codes.1 = 'M04.8'
  it.fails("reads this request's codes, not a read-only Tagify summarising the denied request before it", () => {
    page(
      `<aside class="card mb-4"><div class="card-header">Previous request PA-2026-0411 (denied)</div><div class="card-body">${tagify('prevIcd', 'ICD-10 codes', ['M04.8'], { readonly: true })}</div></aside>${form(
        `${member()}${card('Diagnosis', tagify('icd', 'ICD-10 codes', ['M04.1', 'M06.1']))}`,
      )}`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'diagnosis.codes.0': 'M04.1, M06.1',
    });
    noDuplicatePaths();
  });

  it('reads an empty Tagify with its error shown as empty, named by its label and not the error', () => {
    page(
      form(
        `${tagify('icd', 'ICD-10 codes', [], { placeholder: 'Add codes', error: 'Enter at least one ICD-10 code.' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a select-mode Tagify as its one tag and nothing from its open dropdown listing the choices', () => {
    page(
      form(
        `${tagifySelect('drug', 'Drug name', ILARIS['drug.name'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
        selectDropdown([ILARIS['drug.name'], 'Kineret (anakinra)'], ILARIS['drug.name']),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.tagify__dropdown');
  });

  it('reads a disabled Tagify as its tags', () => {
    page(
      form(
        `${tagify('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { disabled: true })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
