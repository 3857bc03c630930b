import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * bootstrap-tagsinput 0.8.0 (bootstrap-tagsinput/bootstrap-tagsinput at f9a93ca: src/bootstrap-tagsinput.js
 * (TagsInput constructor, add, pushVal, build), examples/index.html, and the typeahead.js 0.11.1 its
 * examples use, examples/lib/typeahead.js/dist/typeahead.bundle.js (buildCss, buildHintFromInput,
 * prepInput, suggestionTemplate)), on a Bootstrap 3 form:
 * - The original `input[data-role=tagsinput]` or `select[multiple][data-role=tagsinput]` is hidden by
 *   jQuery's `.hide()` (`style="display: none;"`) and keeps its id, name and `<label for>`;
 *   `div.bootstrap-tagsinput` is inserted BEFORE it: one `span.tag.label.label-info` (tagClass) per tag,
 *   its text then `span[data-role=remove]` (empty: the cross is CSS), a space after each, then
 *   `input[type=text][placeholder]` (the original's placeholder). The input holds the tags' values
 *   joined by "," (object items: their itemValue, here database ids); a select keeps its options, and
 *   every option it was rendered with becomes a tag whether selected or not. maxTags reached: the box
 *   is classed `bootstrap-tagsinput-max`.
 * - With `typeaheadjs`, typeahead.js wraps the inner input: `span.twitter-typeahead` > the hint
 *   `input.tt-hint[readonly][tabindex=-1]` (a clone holding the top suggestion completing the query),
 *   `input.tt-input` (holding the query), `pre[aria-hidden]`, `div.tt-menu` (`display: none` until
 *   open, `tt-open` when open) > `div.tt-dataset.tt-dataset-<name>` > `div.tt-suggestion.tt-selectable`.
 */

type Opts = {
  placeholder?: string;
  ids?: number[];
  max?: boolean;
  tagClass?: string;
  typeahead?: { query: string; hint: string; menu: string[] } | 'closed';
};

const tags = (values: string[], cls: string) =>
  values.map((v) => `<span class="tag ${cls}">${v}<span data-role="remove"></span></span> `).join('');

function typeaheadInput(placeholder: string, t: NonNullable<Opts['typeahead']>): string {
  const open = t !== 'closed';
  const q = open ? t.query : '';
  return `<span class="twitter-typeahead" style="position: relative; display: inline-block;"><input type="text" class="tt-hint" readonly="" autocomplete="off" spellcheck="false" tabindex="-1" dir="ltr" style="position: absolute; top: 0px; left: 0px; border-color: transparent; box-shadow: none; opacity: 1; background: none 0% 0% / auto repeat scroll padding-box border-box rgba(0, 0, 0, 0);" value="${open ? t.hint : ''}"><input type="text" placeholder="${placeholder}" class="tt-input" autocomplete="off" spellcheck="false" dir="auto" style="position: relative; vertical-align: top; background-color: transparent;" value="${q}"><pre aria-hidden="true" style="position: absolute; visibility: hidden; white-space: pre; font-family: &quot;Helvetica Neue&quot;; font-size: 14px; word-spacing: 0px; letter-spacing: 0px; text-indent: 0px; text-rendering: auto; text-transform: none;">${q}</pre><div class="tt-menu${open ? ' tt-open' : ''}" style="position: absolute; top: 100%; left: 0px; z-index: 100; display: ${open ? 'block' : 'none'};"><div class="tt-dataset tt-dataset-codes">${
    open
      ? t.menu
          .map(
            (m, i) =>
              `<div class="tt-suggestion tt-selectable${i ? '' : ' tt-cursor'}"><strong class="tt-highlight">${q}</strong>${m.slice(q.length)}</div>`,
          )
          .join('')
      : ''
  }</div></div></span>`;
}

/** a form-group whose input was given data-role="tagsinput" */
function tagsInput(id: string, label: string, values: string[], o: Opts = {}): string {
  const ph = o.placeholder ?? '';
  const inner = o.typeahead ? typeaheadInput(ph, o.typeahead) : `<input type="text" placeholder="${ph}">`;
  const stored = (o.ids ?? values).join(',');
  return `<div class="form-group"><label for="${id}" class="control-label">${label}</label><div class="bootstrap-tagsinput${o.max ? ' bootstrap-tagsinput-max' : ''}">${tags(values, o.tagClass ?? 'label label-info')}${inner}</div><input type="text" id="${id}" name="${id}" value="${stored}" data-role="tagsinput"${ph ? ` placeholder="${ph}"` : ''} style="display: none;"></div>`;
}

/** the same over a select multiple (`selected`: whether the rendered options carry `selected`) */
const tagsSelect = (id: string, label: string, values: string[], selected = true) =>
  `<div class="form-group"><label for="${id}" class="control-label">${label}</label><div class="bootstrap-tagsinput">${tags(values, 'label label-info')}<input type="text" placeholder=""></div><select multiple="" id="${id}" name="${id}[]" data-role="tagsinput" style="display: none;">${values
    .map((v) => `<option value="${v}"${selected ? ' selected' : ''}>${v}</option>`)
    .join('')}</select></div>`;

const text = (id: string, label: string, value: string) =>
  `<div class="form-group"><label for="${id}" class="control-label">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;
const select = (id: string, label: string, value: string, options: string[]) =>
  `<div class="form-group"><label for="${id}" class="control-label">${label}</label><select class="form-control" id="${id}" name="${id}"><option value="">Select…</option>${options
    .map((v) => `<option${v === value ? ' selected' : ''}>${v}</option>`)
    .join('')}</select></div>`;
const panel = (title: string, body: string) =>
  `<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">${title}</h3></div><div class="panel-body">${body}</div></div>`;
const form = (body: string) =>
  `<div class="container"><div class="page-header"><h1>Prior authorization request</h1></div><form role="form">${body}<button type="submit" class="btn btn-primary">Submit request</button></form></div>`;
const npi = () => text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']);
const CODES = ['M04.1', 'M06.1'];
const codesOnly = { 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] };

const therapyTable = () =>
  `<table class="table table-condensed"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r) => `<tr>${r.map((v) => `<td><input type="text" class="form-control input-sm" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

describe('bootstrap-tagsinput 0.8: tag labels before the hidden original input or select, typeahead.js', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${panel('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`)}
        ${panel('Diagnosis', tagsInput('icd', 'ICD-10 codes', CODES, { placeholder: 'Add a code' }))}
        ${panel(
          'Medication',
          `${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${select('freq', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${panel('Labs', `${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${panel('Prior therapies', therapyTable())}${panel('Prescriber', npi())}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it("reads the tag labels as the ICD-10 codes, not the hidden original input's item ids", () => {
    page(form(`${tagsInput('icd', 'ICD-10 codes', CODES, { ids: [4471, 4490] })}${npi()}`));
    expect(read()).toEqual(codesOnly);
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    noDuplicatePaths();
  });

  it('reads an empty tags input showing its placeholder as empty', () => {
    page(form(`${tagsInput('icd', 'ICD-10 codes', [], { placeholder: 'Add a code' })}${npi()}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads tags over a select multiple once, as its tags', () => {
    page(form(`${tagsSelect('icd', 'ICD-10 codes', CODES)}${npi()}`));
    expect(read()).toEqual(codesOnly);
    noDuplicatePaths();
  });

  it('reads tags over a select multiple rendered without selected options (as the docs write it) as its tags', () => {
    page(form(`${tagsSelect('icd', 'ICD-10 codes', CODES, false)}${npi()}`));
    expect(read()).toEqual(codesOnly);
  });

  it("reads the tags and neither typeahead.js's hint nor its open menu while a search is typed", () => {
    page(
      form(`${tagsInput('icd', 'ICD-10 codes', CODES, { typeahead: { query: 'M04', hint: 'M04.8', menu: ['M04.8', 'M04.9'] } })}${npi()}`),
    );
    expect(read()).toEqual(codesOnly);
    nothingFrom('.tt-menu');
    noDuplicatePaths();
  });

  it('reads the tags beside a closed typeahead.js menu and an empty hint', () => {
    page(form(`${tagsInput('icd', 'ICD-10 codes', CODES, { typeahead: 'closed' })}${npi()}`));
    expect(read()).toEqual(codesOnly);
    noDuplicatePaths();
  });

  it("reads object tags with typeahead.js (the docs' objects-as-tags example) as their text, not the store's ids", () => {
    page(form(`${tagsInput('icd', 'ICD-10 codes', CODES, { ids: [4471, 4490], typeahead: 'closed' })}${npi()}`));
    expect(read()).toEqual(codesOnly);
    noDuplicatePaths();
  });

  it('reads a single-tag drug input at maxTags, drawn as Bootstrap 4 badges', () => {
    page(
      form(
        `${tagsInput('drug', 'Drug name', [ILARIS['drug.name']], { max: true, tagClass: 'badge badge-info' })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });
});
