import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Contact Form 7 6.2-dev (rocklobster-in/contact-form-7@00ab82061be86c6bb9b41a879209116ff1735bcf:
 * includes/contact-form.php (form(), form_hidden_fields(), screen_reader_response(), validation_error()),
 * includes/contact-form-functions.php (wpcf7_form_controls_class), includes/contact-form-template.php (the
 * default form: `<label> Your name [text* your-name] </label>`), modules/text.php, number.php, date.php,
 * select.php, checkbox.php, acceptance.php, submit.php, includes/js/index.js (client-side validation tips)):
 * - `div.wpcf7.js#wpcf7-f12-p34-o1[data-wpcf7-id]` > `div.screen-reader-response` (`p[role=status]` and a `ul`
 *   of `li#…-ve-<name>` > `a[href=#id]` error links) + `form.wpcf7-form[aria-label][novalidate][data-status]`
 *   > `fieldset.hidden-fields-container` of hidden inputs, then the author's HTML run through wpautop: each
 *   form-tag becomes `span.wpcf7-form-control-wrap[data-name]` > the control classed
 *   `wpcf7-form-control wpcf7-<type>` (`wpcf7-validates-as-required` for `*` tags) + on error
 *   `span.wpcf7-not-valid-tip[aria-hidden=true]`.
 * - Labels are the author's: the template's `<label> Text<br> [tag] </label>`; a choice list has no label of
 *   its own (`<p>Text<br> [checkbox …]</p>`), and a table the author writes for repeated rows.
 * - checkbox/radio: `span.wpcf7-form-control.wpcf7-checkbox` > `span.wpcf7-list-item(.first/.last)` > (with
 *   use_label_element, the tag generator's default) `label` > `input` + `span.wpcf7-list-item-label` (without it,
 *   the input and span alone); free_text adds
 *   `input.wpcf7-free-text[name=_wpcf7_free_text_<name>]` to the last item (`has-free-text`), disabled until
 *   its box is ticked. select with include_blank: first option "—Please choose an option—" valued "".
 * - date: `input[type=date].wpcf7-date.wpcf7-validates-as-date` (ISO values). acceptance:
 *   `span.wpcf7-acceptance` > `span.wpcf7-list-item > label > input[type=checkbox][value=1]` + label span.
 */

let n = 0;
const wrap = (name: string, control: string, tip?: string) =>
  `<span class="wpcf7-form-control-wrap" data-name="${name}">${control}${tip ? `<span class="wpcf7-not-valid-tip" aria-hidden="true">${tip}</span>` : ''}</span>`;
const ctl = (type: string, required = true) => `wpcf7-form-control wpcf7-${type}${required ? ' wpcf7-validates-as-required' : ''}`;

type Opts = { tip?: string; placeholder?: string };
const textTag = (name: string, value: string, type: 'text' | 'number' | 'date' = 'text', o: Opts = {}) =>
  wrap(
    name,
    `<input size="40" maxlength="400" class="${ctl(type)}${type === 'number' ? ' wpcf7-validates-as-number' : type === 'date' ? ' wpcf7-validates-as-date' : ''}${o.tip ? ' wpcf7-not-valid' : ''}" id="${name}" aria-required="true" aria-invalid="${o.tip ? 'true' : 'false'}"${o.tip ? ` aria-describedby="wpcf7-f12-p34-o1-ve-${name}"` : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${value}" type="${type}" name="${name}" />`,
    o.tip,
  );
/** the default template's `<label> Text<br> [tag] </label>` after wpautop */
const labelled = (text: string, tag: string) => `<p><label> ${text}<br />\n${tag} </label>\n</p>`;

function listTag(
  name: string,
  type: 'checkbox' | 'radio',
  chosen: string[],
  options: string[],
  o: { freeText?: string; bare?: boolean } = {},
): string {
  const items = options
    .map((v, i) => {
      const last = i === options.length - 1;
      const on = chosen.includes(v);
      const free =
        last && o.freeText !== undefined
          ? ` <input type="text" name="_wpcf7_free_text_${name}" class="wpcf7-free-text"${on ? '' : ' disabled=""'} value="${o.freeText}" />`
          : '';
      const item = `<input type="${type}" name="${name}${type === 'checkbox' ? '[]' : ''}" value="${v}"${on ? ' checked="checked"' : ''} /><span class="wpcf7-list-item-label">${v}</span>`;
      return `<span class="wpcf7-list-item${i === 0 ? ' first' : ''}${last ? ' last' : ''}${free ? ' has-free-text' : ''}">${o.bare ? item : `<label>${item}</label>`}${free}</span>`;
    })
    .join('');
  return wrap(name, `<span class="${ctl(type)}" id="${name}">${items}</span>`);
}
const listed = (text: string, tag: string) => `<p>${text}<br />\n${tag}\n</p>`;

const selectTag = (name: string, chosen: string, options: string[]) =>
  wrap(
    name,
    `<select class="${ctl('select')}" id="${name}" aria-required="true" aria-invalid="false" name="${name}"><option value=""${chosen ? '' : ' selected="selected"'}>&#8212;Please choose an option&#8212;</option>${options
      .map((v) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`)
      .join('')}</select>`,
  );

const acceptance = `<p>${wrap('attest', `<span class="${ctl('acceptance', false)}"><span class="wpcf7-list-item"><label><input type="checkbox" name="attest" value="1" aria-invalid="false" /><span class="wpcf7-list-item-label">I attest the information above is accurate.</span></label></span></span>`)}\n</p>`;

const therapyTable = () =>
  `<h3>Prior therapies</h3>\n<table class="prior-therapies"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr>${r
        .map((v, c) => {
          const col = ['drug', 'dose', 'start', 'stop', 'outcome'][c]!;
          const iso = col === 'start' || col === 'stop' ? ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${col}`] : v;
          return `<td>${textTag(`therapy${i + 1}-${col}`, iso, col === 'start' || col === 'stop' ? 'date' : 'text')}</td>`;
        })
        .join('')}</tr>`,
  ).join('')}</tbody></table>`;

const cf7 = (body: string, errors: string[] = []) => {
  n += 1;
  return `<div class="wpcf7 js" id="wpcf7-f12-p34-o${n}" lang="en-US" dir="ltr" data-wpcf7-id="12"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true">${errors.length ? 'One or more fields have an error. Please check and try again.' : ''}</p> <ul>${errors.join('')}</ul></div><form action="/prior-auth/#wpcf7-f12-p34-o${n}" method="post" class="wpcf7-form ${errors.length ? 'invalid' : 'init'}" aria-label="Contact form" novalidate="novalidate" data-status="${errors.length ? 'invalid' : 'init'}"><fieldset class="hidden-fields-container"><input type="hidden" name="_wpcf7" value="12" /><input type="hidden" name="_wpcf7_version" value="6.2" /><input type="hidden" name="_wpcf7_locale" value="en_US" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f12-p34-o${n}" /><input type="hidden" name="_wpcf7_container_post" value="34" /><input type="hidden" name="_wpcf7_posted_data_hash" value="" /></fieldset>\n${body}\n<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Submit request" /><span class="wpcf7-spinner"></span>\n</p><div class="wpcf7-response-output" aria-hidden="true">${errors.length ? 'One or more fields have an error. Please check and try again.' : ''}</div></form></div>`;
};

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

const full = () =>
  cf7(
    `<h3>Member</h3>\n${labelled('Member ID', textTag('member-id', ILARIS['patient.memberId']))}${labelled('Date of birth', textTag('dob', '1988-03-14', 'date'))}${labelled('Weight (kg)', textTag('weight', '72', 'number'))}<h3>Medication</h3>\n${labelled('Drug name', selectTag('drug', ILARIS['drug.name'], DRUGS))}${labelled('HCPCS code', textTag('hcpcs', ILARIS['drug.hcpcs']))}${labelled('NDC', textTag('ndc', ILARIS['drug.ndc']))}${labelled('Dose (mg)', textTag('dose', '150', 'number'))}${labelled('Billing units', textTag('units', '150', 'number'))}${listed('Frequency', listTag('frequency', 'radio', ['Every 4 weeks'], FREQ))}${listed('ICD-10 codes', listTag('icd10', 'checkbox', ['M04.1', 'M06.1'], CODES))}<h3>Labs</h3>\n${labelled('CRP (mg/L)', textTag('crp', '24', 'number'))}${labelled('CRP collection date', textTag('crp-date', '2026-11-02', 'date'))}${therapyTable()}<h3>Prescriber</h3>\n${labelled('Prescriber NPI', textTag('npi', ILARIS['prescriber.npi']))}${acceptance}`,
  );

describe('Contact Form 7: form-control wraps, list items, free text, acceptance', () => {
  it('reads the full Ilaris request', () => {
    page(full());
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
    nothingFrom('.hidden-fields-container');
  });

  it('names a control by the label wrapped around it (the default template), without its validation tip', () => {
    const links = ['member-id', 'npi'].map(
      (k) =>
        `<li id="wpcf7-f12-p34-o${n + 1}-ve-${k}"><a href="#${k}">${k === 'npi' ? 'Please enter a number.' : 'Please fill out this field.'}</a></li>`,
    );
    page(
      cf7(
        `${labelled('Member ID', textTag('member-id', '', 'text', { tip: 'Please fill out this field.' }))}${labelled('Prescriber NPI', textTag('npi', '123456789x', 'text', { tip: 'Please enter a number.' }))}`,
        links,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': '123456789x' });
    expect(field('patient.memberId')?.label).not.toContain('fill out');
    nothingFrom('.screen-reader-response');
  });

  it('reads a radio list and a checkbox list titled by the paragraph text before them', () => {
    page(
      cf7(
        `${listed('Frequency', listTag('frequency', 'radio', ['Every 8 weeks'], FREQ))}${listed('ICD-10 codes', listTag('icd10', 'checkbox', ['M04.1', 'M06.1'], CODES))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads lists drawn without use_label_element (each box followed by its label span only)', () => {
    page(
      cf7(
        `${listed('Frequency', listTag('frequency', 'radio', ['Every 4 weeks'], FREQ, { bare: true }))}${listed('ICD-10 codes', listTag('icd10', 'checkbox', ['M06.1', 'M04.8'], CODES, { bare: true }))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M06.1, M04.8' });
  });

  it('reads a select left on "—Please choose an option—" and unticked lists as empty', () => {
    page(
      cf7(
        `${labelled('Drug name', selectTag('drug', '', DRUGS))}${listed('Frequency', listTag('frequency', 'radio', [], FREQ))}${listed('ICD-10 codes', listTag('icd10', 'checkbox', [], CODES))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it("reads a radio list answered by its free-text last item as the text typed, not the item's word", () => {
    page(cf7(listed('Frequency', listTag('frequency', 'radio', ['Other'], [...FREQ, 'Other'], { freeText: 'Every 6 weeks' }))));
    expect(read()).toEqual({ 'drug.frequency': 'Every 6 weeks' });
  });

  it('reads date controls as their ISO values', () => {
    page(
      cf7(
        `${labelled('Date of birth', textTag('dob', '1988-03-14', 'date'))}${labelled('CRP collection date', textTag('crp-date', '', 'date'))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
  });

  it('reads the prior therapies from the table the author wrote around the form-tags', () => {
    page(cf7(therapyTable()));
    expect(read()).toEqual(ISO_THERAPIES);
  });

  it('claims nothing for the acceptance checkbox or the hidden fields', () => {
    page(cf7(`${labelled('Prescriber NPI', textTag('npi', ILARIS['prescriber.npi']))}${acceptance}`));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.wpcf7-acceptance');
  });
});
