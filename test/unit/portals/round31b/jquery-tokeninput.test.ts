import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * jQuery Tokeninput 2.0.0 (loopj/jquery-tokeninput at 8a8390e: src/jquery.tokeninput.js (DEFAULT_CLASSES,
 * tokenFormatter, resultsFormatter, insert_token, populateDropdown, show_dropdown_hint, toggleDisabled),
 * styles/token-input.css and token-input-facebook.css):
 * - The original input is hidden by jQuery's `.hide()` (`style="display: none;"`), keeps its id, name
 *   and `<label for>`, and holds the tokens' ids joined by "," (tokenValue "id"; here database ids).
 * - `ul.token-input-list` is inserted BEFORE it: one `li.token-input-token > p` per token (tokenFormatter)
 *   + `span.token-input-delete-token` "×" (none on a `readonly` item, classed `token-input-token-readonly`),
 *   then `li.token-input-input-token` > `input#token-input-<id>[type=text][autocomplete=off]
 *   [autocapitalize=off]` (placeholder option; hidden by `.hide()` once tokenLimit is reached) + the
 *   `tester` resizer moved off screen. `theme: "facebook"` suffixes every class with `-facebook`.
 * - One `div.token-input-dropdown` is appended to the end of body at init and hidden (`display: none`);
 *   on focus it shows `<p>Type in a search term</p>`, while searching `ul > li.token-input-dropdown-item2 /
 *   li.token-input-dropdown-item` (alternating, the query in `<b>`); hidden again it is emptied.
 * - Disabled: the list gets `token-input-disabled`, the box and the original input `disabled`.
 */

type Tok = { id: number; name: string; readonly?: boolean };
type TokOpts = { placeholder?: string; typed?: string; limit?: number; disabled?: boolean; theme?: string };

const CODES: Tok[] = [
  { id: 4471, name: 'M04.1' },
  { id: 4490, name: 'M06.1' },
];

/** a labelled field whose input has been made a token input */
function tokenInput(id: string, label: string, tokens: Tok[], o: TokOpts = {}): string {
  const c = (cls: string) => (o.theme ? `${cls}-${o.theme}` : cls);
  const lis = tokens
    .map(
      (t) =>
        `<li class="${t.readonly ? `${c('token-input-token-readonly')} ` : ''}${c('token-input-token')}"><p>${t.name}</p>${t.readonly ? '' : `<span class="${c('token-input-delete-token')}">×</span>`}</li>`,
    )
    .join('');
  const full = o.limit !== undefined && tokens.length >= o.limit;
  const box = `<input type="text" autocomplete="off" autocapitalize="off" id="token-input-${id}"${o.placeholder && !tokens.length ? ` placeholder="${o.placeholder}"` : ''}${o.disabled ? ' disabled="disabled"' : ''} style="outline: none; width: ${full ? '1px; display: none' : '30px'};" value="${o.typed ?? ''}">`;
  const tester = `<tester style="position: absolute; top: -9999px; left: -9999px; width: auto; font-size: 12px; font-family: Verdana; font-weight: 400; letter-spacing: 0px; white-space: nowrap;">${o.typed ?? ''}</tester>`;
  return `<div class="field"><label for="${id}">${label}</label><ul class="${c('token-input-list')}${o.disabled ? ` ${c('token-input-disabled')}` : ''}">${lis}<li class="${c('token-input-input-token')}">${box}${tester}</li></ul><input type="text" id="${id}" name="${id}"${o.disabled ? ' disabled="disabled"' : ''} style="display: none;" value="${tokens.map((t) => t.id).join(',')}"></div>`;
}

/** the dropdown div Tokeninput appends to the end of body: hidden and empty, or showing `inner` */
const dropdown = (inner?: string, theme?: string) =>
  inner
    ? `<div class="token-input-dropdown${theme ? `-${theme}` : ''}" style="position: absolute; top: 212px; left: 180px; width: 398px; z-index: 999; display: block;">${inner}</div>`
    : `<div class="token-input-dropdown${theme ? `-${theme}` : ''}" style="display: none;"></div>`;
const results = (query: string, names: string[]) =>
  `<ul style="display: block;">${names
    .map(
      (n, i) =>
        `<li class="${i % 2 ? 'token-input-dropdown-item' : 'token-input-dropdown-item2'}${i ? '' : ' token-input-selected-dropdown-item'}">${n.replace(query, `<b>${query}</b>`)}</li>`,
    )
    .join('')}</ul>`;

const text = (id: string, label: string, value: string) =>
  `<div class="field"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" value="${value}"></div>`;
const select = (id: string, label: string, value: string, options: string[]) =>
  `<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${id}"><option value="">-- select --</option>${options
    .map((v) => `<option${v === value ? ' selected' : ''}>${v}</option>`)
    .join('')}</select></div>`;
const fieldset = (legend: string, body: string) => `<fieldset><legend>${legend}</legend>${body}</fieldset>`;
const form = (body: string, tail = dropdown()) =>
  `<div id="content"><h2>Prior authorization request</h2><form action="/pa/submit" method="post">${body}<input type="submit" value="Submit request"></form></div>${tail}`;
const npi = () => text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']);

const therapyTable = () =>
  `<table class="therapies"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r, i) => `<tr>${r.map((v, j) => `<td><input type="text" name="therapy[${i}][${j}]" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

describe('jQuery Tokeninput 2.0: token list before the hidden original input, dropdown at the end of body', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${fieldset('Member', `${text('member_id', 'Member ID', ILARIS['patient.memberId'])}${text('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`)}
        ${fieldset('Diagnosis', tokenInput('icd10', 'ICD-10 codes', CODES, { placeholder: 'Type a code' }))}
        ${fieldset(
          'Medication',
          `${tokenInput('drug', 'Drug name', [{ id: 17, name: ILARIS['drug.name'] }], { limit: 1 })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${select('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${fieldset('Labs', `${text('crp', 'CRP (mg/L)', '24')}${text('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${fieldset('Prior therapies', therapyTable())}${fieldset('Prescriber', npi())}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it("reads the tokens as the ICD-10 codes, not the hidden original input's ids", () => {
    page(form(`${tokenInput('icd10', 'ICD-10 codes', CODES)}${npi()}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    noDuplicatePaths();
  });

  it('reads an empty token input showing its placeholder as empty', () => {
    page(form(`${tokenInput('icd10', 'ICD-10 codes', [], { placeholder: 'Type a code' })}${npi()}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads the tokens and nothing from the open results dropdown at the end of body while a search is typed', () => {
    page(form(`${tokenInput('icd10', 'ICD-10 codes', CODES, { typed: 'M04' })}${npi()}`, dropdown(results('M04', ['M04.8', 'M04.9']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.token-input-dropdown');
  });

  it('takes nothing from the search hint the dropdown shows on focus', () => {
    page(form(`${tokenInput('icd10', 'ICD-10 codes', CODES)}${npi()}`, dropdown('<p>Type in a search term</p>')));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a single-token drug input (tokenLimit 1, its box hidden) as the chosen drug', () => {
    page(
      form(
        `${tokenInput('drug', 'Drug name', [{ id: 17, name: ILARIS['drug.name'] }], { limit: 1 })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    noDuplicatePaths();
  });

  it('reads a locked read-only token (no delete cross) with the others', () => {
    page(form(`${tokenInput('icd10', 'ICD-10 codes', [{ ...CODES[0]!, readonly: true }, CODES[1]!])}${npi()}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a disabled token input as its tokens', () => {
    page(form(`${tokenInput('icd10', 'ICD-10 codes', CODES, { disabled: true })}${npi()}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads the facebook theme (suffixed classes) as its tokens', () => {
    page(form(`${tokenInput('icd10', 'ICD-10 codes', CODES, { theme: 'facebook' })}${npi()}`, dropdown(undefined, 'facebook')));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
