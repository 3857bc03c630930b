import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * CakePHP 5 FormHelper (cakephp/cakephp@e15d186: src/View/Helper/FormHelper.php default templates (`inputContainer`
 * `div.input.{{type}}{{required}}`, `inputContainerError` adding `error` and the `error` template
 * `div.error-message#<id>-error`, `nestingLabel` `{{hidden}}<label>{{input}}{{text}}</label>`, `checkboxWrapper`
 * `div.checkbox`, `formGroup` `{{label}}{{input}}`, `hiddenBlock` `div[style="display:none;"]`), grouped types
 * (radio, multicheckbox) get a label with no `for`; src/View/Widget/MultiCheckboxWidget.php + RadioWidget.php (a
 * chosen item's label classed `selected`); tests/TestCase/View/Helper/FormHelperTest.php expectations
 * (testControlMultiCheckbox, testSelectMultipleCheckboxes, testControlRadio: the hidden "" input first, ids
 * `<field>-<value slug>`; testControlDatetime: `input[type=datetime-local][step=1]` "2019-09-27T02:52:43";
 * testRequiredAttribute: `required`, `data-validity-message`, `oninvalid`/`oninput`; testErrorMessageDisplay:
 * `class="form-error" aria-invalid aria-describedby`). Dotted fields `prior_therapies.0.drug` are named
 * `prior_therapies[0][drug]`, id `prior-therapies-0-drug`. The page is the bake "add" template (side-nav, a fieldset
 * with a legend, the CSRF token and FormProtection's `_Token` inputs in hidden blocks).
 */

const VALIDITY =
  ' required="required" data-validity-message="This field cannot be left empty" oninvalid="this.setCustomValidity(&#039;&#039;); if (!this.value) this.setCustomValidity(this.dataset.validityMessage)" oninput="this.setCustomValidity(&#039;&#039;)"';
const dom = (field: string) => field.toLowerCase().replace(/[._]/g, '-');
const nameOf = (field: string) =>
  field
    .split('.')
    .map((p, i) => (i ? `[${p}]` : p))
    .join('');
type O = { type?: string; required?: boolean; error?: string; extra?: string; label?: string | false };
/** `$this->Form->control($field, [...])` for a text-like input */
const control = (field: string, label: string, value: string, o: O = {}) => {
  const id = dom(field);
  const type = o.type ?? 'text';
  const input = `<input type="${type}" name="${nameOf(field)}"${o.error ? ` class="form-error"` : ''}${o.required ? VALIDITY : ''} id="${id}"${o.error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}${o.extra ?? ''}${value ? ` value="${value}"` : ''}>`;
  const box = type === 'datetime-local' ? 'datetime' : type;
  return `<div class="input ${box}${o.required ? ' required' : ''}${o.error ? ' error' : ''}">${o.label === false ? '' : `<label for="${id}">${label}</label>`}${input}${o.error ? `<div class="error-message" id="${id}-error">${o.error}</div>` : ''}</div>`;
};
const select = (field: string, label: string, options: string[], chosen: string, empty = '(choose one)') =>
  `<div class="input select required"><label for="${dom(field)}">${label}</label><select name="${field}"${VALIDITY} id="${dom(field)}"><option value="">${empty}</option>${options
    .map((t) => `<option value="${t}"${t === chosen ? ' selected="selected"' : ''}>${t}</option>`)
    .join('')}</select></div>`;
/** `type => 'select', 'multiple' => 'checkbox'` or `type => 'radio'` */
const grouped = (kind: 'checkbox' | 'radio', field: string, label: string, items: [string, string][], chosen: string[]) => {
  const id = dom(field);
  const boxes = items
    .map(([v, t]) => {
      const bid = `${id}-${v.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const on = chosen.includes(v);
      const lab = `<label for="${bid}"${on ? ' class="selected"' : ''}><input type="${kind}" name="${field}${kind === 'checkbox' ? '[]' : ''}" value="${v}"${on ? ' checked="checked"' : ''} id="${bid}">${t}</label>`;
      return kind === 'checkbox' ? `<div class="checkbox">${lab}</div>` : lab;
    })
    .join('');
  return `<div class="input ${kind === 'checkbox' ? 'select' : 'radio'} required"><label>${label}</label><input type="hidden" name="${field}" id="${id}" value="">${boxes}</div>`;
};
const CODES: [string, string][] = ['M04.1', 'M06.1', 'M04.8'].map((c) => [c, c]);
const FREQ: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const KEYS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
const LABELS = { drug: 'Drug', dose: 'Dose', start: 'Start', stop: 'Stop', outcome: 'Outcome' };
/** hasMany prior therapies as `prior_therapies.N.k` controls, one fieldset per therapy legended `${legend} N` */
const therapies = (rows: (0 | 1 | null)[] = [0, 1], legend = 'Prior therapy') =>
  `<h4>Prior therapies</h4>${rows
    .map(
      (r, i) =>
        `<fieldset><legend>${legend} ${i + 1}</legend><input type="hidden" name="prior_therapies[${i}][id]" id="prior-therapies-${i}-id"${r === null ? '' : ` value="${41 + i}"`}>${KEYS.map(
          (k) =>
            control(`prior_therapies.${i}.${k}`, LABELS[k], r === null ? '' : ISO_THERAPIES[`priorTherapies.${r}.${k}`], {
              type: k === 'start' || k === 'stop' ? 'date' : 'text',
              required: k !== 'stop',
            }),
        ).join('')}</fieldset>`,
    )
    .join('')}`;

const bake = (controls: string) =>
  `<nav class="top-nav"><div class="top-nav-title"><a href="/"><span>Payer</span>Portal</a></div><div class="top-nav-links"><a href="/users/logout">Log out</a></div></nav><main class="main"><div class="container"><div class="row"><aside class="column"><div class="side-nav"><h4 class="heading">Actions</h4><a href="/pa-requests" class="side-nav-item">List Pa Requests</a></div></aside><div class="column column-80"><div class="paRequests form content"><form method="post" accept-charset="utf-8" action="/pa-requests/add"><div style="display:none;"><input type="hidden" name="_csrfToken" autocomplete="off" value="Jc8Jq1RfY2"></div><fieldset><legend>Add Pa Request</legend>${controls}</fieldset><button type="submit">Submit</button><div style="display:none;"><input type="hidden" name="_Token[fields]" autocomplete="off" value="9f0c1d%3A"><input type="hidden" name="_Token[unlocked]" autocomplete="off" value=""></div></form></div></div></div></div></main>`;

const whole = (o: { npiError?: boolean; rows?: (0 | 1 | null)[]; legend?: string } = {}) =>
  bake(
    `${control('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true, extra: ' maxlength="20"' })}${control('dob', 'Date of birth', '1988-03-14', { type: 'date', required: true })}${control('weight_kg', 'Weight (kg)', '72', { type: 'number', extra: ' step="0.1"' })}${grouped('checkbox', 'icd_codes', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'])}${select('drug_name', 'Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'])}${control('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'], { required: true, extra: ' maxlength="5"' })}${control('ndc', 'NDC', ILARIS['drug.ndc'], { extra: ' maxlength="13"' })}${control('dose_mg', 'Dose (mg)', '150', { type: 'number', extra: ' step="0.1"' })}${control('billing_units', 'Billing units', '150', { type: 'number' })}${grouped('radio', 'frequency', 'Frequency', FREQ, ['q4w'])}${control('crp_value', 'CRP (mg/L)', '24', { type: 'number', extra: ' step="0.1"' })}${control('crp_date', 'CRP collection date', '2026-11-02', { type: 'date' })}${therapies(o.rows, o.legend)}${
      o.npiError
        ? control('prescriber_npi', 'Prescriber NPI', '', {
            required: true,
            error: 'This field cannot be left empty',
            extra: ' maxlength="10"',
          })
        : control('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, extra: ' maxlength="10"' })
    }`,
  );
const WHOLE = { ...ISO_REQUEST, ...ISO_THERAPIES };

describe('CakePHP 5 FormHelper: control() containers, multiple checkboxes, radios, dates, hasMany therapies', () => {
  it('reads the full Ilaris request from the bake add form', () => {
    page(whole());
    expect(read()).toEqual(WHOLE);
    expect(field('patient.memberId')?.label).toBe('Member ID');
    noDuplicatePaths();
  });

  it('takes nothing from the hidden blocks (CSRF token, FormProtection) nor the hasMany ids', () => {
    page(whole());
    nothingFrom('input[type=hidden]');
    nothingFrom('div[style="display:none;"]');
  });

  it("reads multiple checkboxes (nesting labels, the chosen ones classed selected) under the group's for-less label", () => {
    page(bake(grouped('checkbox', 'icd_codes', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a radio control by its checked nesting label, an unanswered one as empty', () => {
    page(bake(grouped('radio', 'frequency', 'Frequency', FREQ, ['q8w'])));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    page(bake(grouped('radio', 'frequency', 'Frequency', FREQ, [])));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a select showing its empty option "(choose one)" as empty', () => {
    page(bake(select('drug_name', 'Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], '')));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads a dateTime control (datetime-local, step 1) as its value', () => {
    page(
      bake(
        `${control('crp_value', 'CRP (mg/L)', '24', { type: 'number' })}${control('crp_collected', 'CRP collected', '2026-11-02T09:30:00', { type: 'datetime-local', extra: ' step="1"' })}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '2026-11-02T09:30:00' });
  });

  it('reads a control in its error container (form-error, error-message) as empty, named by its label', () => {
    page(whole({ npiError: true }));
    expect(read()).toEqual({ ...WHOLE, 'prescriber.npi': '' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads hasMany therapies in fieldsets legended "Therapy N" under an h4 "Prior therapies"', () => {
    page(whole({ legend: 'Therapy' }));
    expect(read()).toEqual(WHOLE);
  });

  it('reads a blank third hasMany therapy as empty', () => {
    page(whole({ rows: [0, 1, null] }));
    expect(read()).toEqual({ ...WHOLE, ...Object.fromEntries(KEYS.map((k) => [`priorTherapies.2.${k}`, ''])) });
  });

  it("reads hasMany therapies in a table of label => false controls under the table's column titles", () => {
    const rows = ([0, 1] as const)
      .map(
        (i) =>
          `<tr>${KEYS.map((k) => `<td>${control(`prior_therapies.${i}.${k}`, '', ISO_THERAPIES[`priorTherapies.${i}.${k}`], { type: k === 'start' || k === 'stop' ? 'date' : 'text', label: false })}</td>`).join('')}</tr>`,
      )
      .join('');
    page(
      bake(
        `<h4>Prior therapies</h4><table><thead><tr><th>Drug</th><th>Dose</th><th>Start</th><th>Stop</th><th>Outcome</th></tr></thead><tbody>${rows}</tbody></table>`,
      ),
    );
    expect(read()).toEqual(ISO_THERAPIES);
  });
});
