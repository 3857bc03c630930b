import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Wufoo's published form markup (the "Form Code" export / hosted page; no source repository). Modelled on
 * copies of exported Wufoo forms stored in the code index (pages with `form.wufoo.topLabel.page`,
 * `li#foliN` > `label.desc#titleN[for]` + `span.req`, `li.name` with `fn`/`ln` boxes and their `First`/`Last`
 * labels, `li.time` with `HH`/`MM`/`SS` boxes and `span.symbol` separators, radio lists preceded by the hidden
 * `radioDefault_N` input, `label.choice` after each box) and the date field as Wufoo writes it:
 * - `form#form1.wufoo.topLabel.page` > `header#header.info` (`h2` + `div`) > `ul` of
 *   `li#foliN.notranslate` > `label.desc#titleN[for=FieldN]` ("Label" + `span#req_N.req` "*") + `div` > the
 *   control `#FieldN.field.text.medium` + `p.instruct#instructN > small` (shown beside the field on focus).
 * - Date: `li.date` whose three boxes are `FieldN-1` (MM), `FieldN-2` (DD), `FieldN` (YYYY), each in a `span`
 *   with its `label[for]` after it and `span.symbol` "/" between; the field label's `for` names the year box;
 *   then `span#calN > img#pickN.datepicker[alt="Pick a date."]`.
 * - Checkboxes: `li` > `fieldset` > `legend#titleN.desc` + `div` of `span` > `input#FieldK.field.checkbox`
 *   (each choice its own field, `name=FieldK`) + `label.choice[for]`. Radios: `input#radioDefault_N[type=hidden]`
 *   then `span` > `input#FieldN_K.field.radio[name=FieldN]` + `label.choice`.
 * - Section break: `li.section` > `section` > `h3#titleN` + `div#instructN`.
 * - Errors: the `li` classed `error` and `p.error` after the control.
 * - Spam catcher: `li.hide` > `label[for=comment]` "Do Not Fill This Out" + `textarea#comment` + hidden
 *   `idstamp`.
 */

const li = (id: number, inner: string, cls = '') => `<li id="foli${id}" class="notranslate ${cls}     ">${inner}</li>`;
const desc = (id: number, text: string, forId = `Field${id}`, required = true) =>
  `<label class="desc" id="title${id}" for="${forId}">\n${text}\n${required ? `<span id="req_${id}" class="req">*</span>` : ''}\n</label>`;
const instruct = (id: number, text?: string) => (text ? `<p class="instruct" id="instruct${id}"><small>${text}</small></p>` : '');

const text = (id: number, label: string, value: string, o: { instruct?: string; error?: string } = {}) =>
  li(
    id,
    `${desc(id, label)}\n<div>\n<input id="Field${id}" name="Field${id}" type="text" class="field text medium" value="${value}" maxlength="255" tabindex="${id}" onkeyup="" required />\n</div>${o.error ? `\n<p class="error">${o.error}</p>` : ''}${instruct(id, o.instruct)}`,
    o.error ? 'error' : '',
  );

/** a Date field: MM, DD and YYYY boxes, the field label naming the year box */
const date = (id: number, label: string, mm = '', dd = '', yyyy = '') =>
  li(
    id,
    `${desc(id, label)}\n<span>\n<input id="Field${id}-1" name="Field${id}-1" type="text" class="field text" value="${mm}" size="2" maxlength="2" tabindex="${id}" required />\n<label for="Field${id}-1">MM</label>\n</span>\n<span class="symbol">/</span>\n<span>\n<input id="Field${id}-2" name="Field${id}-2" type="text" class="field text" value="${dd}" size="2" maxlength="2" tabindex="${id}" required />\n<label for="Field${id}-2">DD</label>\n</span>\n<span class="symbol">/</span>\n<span>\n<input id="Field${id}" name="Field${id}" type="text" class="field text" value="${yyyy}" size="4" maxlength="4" tabindex="${id}" required />\n<label for="Field${id}">YYYY</label>\n</span>\n<span id="cal${id}">\n<img id="pick${id}" class="datepicker" src="https://wufoo.com/images/icons/calendar.png" alt="Pick a date." />\n</span>`,
    'date',
  );
const slashed = (d: string) => d.split('/') as [string, string, string];

const select = (id: number, label: string, chosen: string, options: string[]) =>
  li(
    id,
    `${desc(id, label)}\n<div>\n<select id="Field${id}" name="Field${id}" class="field select medium" tabindex="${id}">\n<option value=""${chosen ? '' : ' selected="selected"'}></option>${options
      .map((v) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`)
      .join('')}\n</select>\n</div>`,
  );

const radios = (id: number, label: string, chosen: string, options: string[]) =>
  li(
    id,
    `<fieldset>\n<legend id="title${id}" class="desc">\n${label}\n</legend>\n<div>\n<input id="radioDefault_${id}" name="Field${id}" type="hidden" value="" />${options
      .map(
        (v, k) =>
          `\n<span>\n<input id="Field${id}_${k}" name="Field${id}" type="radio" class="field radio" value="${v}" tabindex="${id}"${v === chosen ? ' checked="checked"' : ''} />\n<label class="choice" for="Field${id}_${k}">${v}</label>\n</span>`,
      )
      .join('')}\n</div>\n</fieldset>`,
  );

/** checkboxes: each choice its own field, ids from `first` on */
const checkboxes = (id: number, first: number, label: string, chosen: string[], options: string[]) =>
  li(
    id,
    `<fieldset>\n<legend id="title${id}" class="desc">\n${label}\n</legend>\n<div>${options
      .map(
        (v, k) =>
          `\n<span>\n<input id="Field${first + k}" name="Field${first + k}" type="checkbox" class="field checkbox" value="${v}" tabindex="${id}"${chosen.includes(v) ? ' checked="checked"' : ''} />\n<label class="choice" for="Field${first + k}">${v}</label>\n</span>`,
      )
      .join('')}\n</div>\n</fieldset>`,
    'threeColumns',
  );

const section = (id: number, title: string) =>
  `<li id="foli${id}" class="section      "><section>\n<h3 id="title${id}">${title}</h3>\n<div id="instruct${id}"></div>\n</section></li>`;

const wufoo = (items: string) =>
  `<div id="container" class="ltr"><h1 id="logo"><a href="https://www.wufoo.com">Wufoo</a></h1><form id="form1" name="form1" class="wufoo topLabel page" accept-charset="UTF-8" autocomplete="off" enctype="multipart/form-data" method="post" novalidate action="https://clinic.wufoo.com/forms/z1a2b3c4/#public"><header id="header" class="info"><h2>Prior authorization request</h2><div></div></header><ul>${items}<li class="buttons "><div><input type="hidden" name="currentPage" id="currentPage" value="a1b2c3" /><input id="saveForm" name="saveForm" class="btTxt submit" type="submit" value="Submit" /></div></li><li class="hide"><label for="comment">Do Not Fill This Out</label><textarea name="comment" id="comment" rows="1" cols="1"></textarea><input type="hidden" id="idstamp" name="idstamp" value="k3Zq0x9PbnS2" /></li></ul></form></div>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

const therapy = (i: 0 | 1, id: number) =>
  `${section(id, `Prior therapy ${i + 1}`)}${text(id + 1, 'Drug', THERAPIES[`priorTherapies.${i}.drug`])}${text(id + 2, 'Dose', THERAPIES[`priorTherapies.${i}.dose`])}${date(id + 3, 'Start date', ...slashed(THERAPIES[`priorTherapies.${i}.start`]))}${date(id + 6, 'Stop date', ...slashed(THERAPIES[`priorTherapies.${i}.stop`]))}${text(id + 9, 'Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}`;

const full = () =>
  wufoo(
    `${section(1, 'Member')}${li(2, `${desc(2, 'Patient name', 'Field2')}\n<span>\n<input id="Field2" name="Field2" type="text" class="field text fn" value="Jordan" size="8" tabindex="2" required />\n<label for="Field2">First</label>\n</span>\n<span>\n<input id="Field3" name="Field3" type="text" class="field text ln" value="Sample" size="14" tabindex="3" required />\n<label for="Field3">Last</label>\n</span>`, 'name')}${text(4, 'Member ID', ILARIS['patient.memberId'], { instruct: 'As printed on the member card' })}${date(5, 'Date of birth', '03', '14', '1988')}${text(8, 'Weight (kg)', '72')}${section(9, 'Medication')}${select(10, 'Drug name', ILARIS['drug.name'], DRUGS)}${text(11, 'HCPCS code', ILARIS['drug.hcpcs'])}${text(12, 'NDC', ILARIS['drug.ndc'])}${text(13, 'Dose (mg)', '150')}${text(14, 'Billing units', '150')}${radios(15, 'Frequency', 'Every 4 weeks', FREQ)}${checkboxes(16, 116, 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}${section(17, 'Labs')}${text(18, 'CRP (mg/L)', '24')}${date(19, 'CRP collection date', '11', '02', '2026')}${therapy(0, 30)}${therapy(1, 50)}${section(70, 'Prescriber')}${text(71, 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
  );

describe('Wufoo: li.field items, label.desc, split name and date, instructs', () => {
  it('reads the full Ilaris request', () => {
    page(full());
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.name': 'Jordan Sample',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
    nothingFrom('li.hide');
  });

  it('names a box by its label.desc, without the required star or the instruct beside it', () => {
    page(
      wufoo(
        `${text(4, 'Member ID', ILARIS['patient.memberId'], { instruct: 'As printed on the member card' })}${text(71, 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).not.toContain('printed');
  });

  it('reads a Date field (MM, DD, YYYY boxes, the label naming the year box) as one date', () => {
    page(wufoo(`${date(5, 'Date of birth', '03', '14', '1988')}${date(19, 'CRP collection date', '11', '02', '2026')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    noDuplicatePaths();
  });

  it('reads an empty Date field as empty, not its MM/DD/YYYY sublabels', () => {
    page(wufoo(date(19, 'CRP collection date')));
    expect(read()).toEqual({ 'labs.crpDate': '' });
  });

  it('reads a radio list under its legend, and nothing from its hidden radioDefault input', () => {
    page(wufoo(radios(15, 'Frequency', 'Every 8 weeks', FREQ)));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads checkboxes that are each a field of their own as one list of ticked codes', () => {
    page(wufoo(checkboxes(16, 116, 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a dropdown left on its blank first option as empty', () => {
    page(wufoo(select(10, 'Drug name', '', DRUGS)));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads a field marked with an error by its label, not the error text', () => {
    page(
      wufoo(
        `${text(4, 'Member ID', '', { error: 'This field is required. Please enter a value.' })}${text(71, 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads prior therapies under section breaks "Prior therapy 1" and "Prior therapy 2"', () => {
    page(wufoo(`${therapy(0, 30)}${therapy(1, 50)}`));
    expect(read()).toEqual(THERAPIES);
  });
});
