import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Enketo Core 7.2.5 (enketo/enketo-core at 9551bf1) rendering the HTML form Enketo Transformer 3.0.1
 * (enketo/enketo-transformer at 359b606) writes from an XForm:
 * - transformer src/xsl/openrosa2html5form.xsl: `form.or.clearfix[autocomplete=off][novalidate]` with
 *   `h3#form-title`; a group `section.or-group[name]` > `h4` > `span.question-label.active[lang=""]`; an input
 *   `label.question.non-select` > `span.question-label.active`, `span.required` "*", `span.or-hint.active`,
 *   the control (`name` = its nodeset, `data-type-xml`, `data-required`), then `span.or-required-msg.active`
 *   "This field is required"; a select1/select without appearance is a double fieldset
 *   `fieldset.question.simple-select` > `fieldset` > `legend` (label, required, hint) + `div.option-wrapper` of
 *   `label` > `input[type=radio|checkbox][value]` + `span.option-label.active`; a `minimal` select is a
 *   `label.question` holding a `select` with `option[value=""]` "...", then `span.or-option-translations`;
 *   a repeat is `section.or-repeat[name]` followed by `div.or-repeat-info[data-name]`; src/transformer.ts
 *   (transformAppearances) turns `or-appearances-placeholder` into `or-appearance-*` classes.
 * - core src/js/repeat.js: prepends `span.repeat-number` to each `.or-repeat`, appends
 *   `div.repeat-buttons > button.btn.btn-default.remove` ("-" icon) to it and `button.add-repeat-btn` ("+")
 *   to the repeat-info; src/js/relevant.js: an irrelevant branch is classed `or-branch disabled` (hidden by
 *   the stylesheet's `.or-branch.disabled { display: none }`) and its controls get `disabled`.
 * - core widgets: date/datepicker-extended.js hides the `input[type=date]` (inline display: none) and puts
 *   `div.widget.date > input.ignore.input-small[type=text][placeholder=yyyy-mm-dd]` + widget.js' reset
 *   button before it; select-desktop/selectpicker.js hides the select and draws
 *   `div.btn-group.bootstrap-select.widget` > `button.dropdown-toggle > span.selected` ("none selected",
 *   the option text, "2 selected") + `ul.dropdown-menu[role=menu]` of `li[.active] > a.option-wrapper >
 *   label > input.ignore[type=radio|checkbox] + span.option-label` (closed: hidden by CSS only);
 *   number-input gives the question `lang`.
 */

type Q = { required?: boolean; hint?: string; cls?: string; disabled?: boolean };

const label = (text: string, o: Q) =>
  `<span lang="" class="question-label active">${text}</span>${o.required ? '<span class="required">*</span>' : ''}${o.hint ? `<span lang="" class="or-hint active">${o.hint}</span>` : ''}`;
const requiredMsg = (o: Q) =>
  o.required ? '<span class="or-required-msg active" lang="" data-i18n="constraint.required">This field is required</span>' : '';
const attrs = (name: string, type: string, o: Q) =>
  `name="${name}"${o.required ? ' data-required="true()"' : ''} data-type-xml="${type}"${o.disabled ? ' disabled' : ''}`;

const text = (name: string, text_: string, value: string, o: Q = {}) =>
  `<label class="question non-select ${o.cls ?? ''}">${label(text_, o)}<input type="text" ${attrs(name, 'string', o)} value="${value}">${requiredMsg(o)}</label>`;
const num = (name: string, text_: string, value: string, o: Q = {}) =>
  `<label class="question non-select ${o.cls ?? ''}" lang="en">${label(text_, o)}<input type="number" ${attrs(name, 'decimal', o)} step="any" value="${value}">${requiredMsg(o)}</label>`;
/** a date question after the datepicker widget: the fake text input shows yyyy-mm-dd, the date input hidden */
const date = (name: string, text_: string, value: string, o: Q = {}) =>
  `<label class="question non-select ${o.cls ?? ''}">${label(text_, o)}<div class="widget date"><input class="ignore input-small" type="text" placeholder="yyyy-mm-dd" value="${value}"><button type="button" class="btn-icon-only btn-reset" aria-label="reset"><i class="icon icon-refresh"> </i></button></div><input type="date" ${attrs(name, 'date', o)} value="${value}" style="display: none;">${requiredMsg(o)}</label>`;

/** select1 (radio) or select (checkbox) without the minimal appearance */
const choices = (
  name: string,
  text_: string,
  chosen: string[],
  options: string[],
  o: Q & { multiple?: boolean; appearance?: string } = {},
) => {
  const type = o.multiple ? 'checkbox' : 'radio';
  const items = options
    .map(
      (v) =>
        `<label class=""><input type="${type}" name="${name}"${o.multiple ? '' : ` data-name="${name}"`} value="${v.replace(/ /g, '_')}"${o.required ? ' data-required="true()"' : ''} data-type-xml="${o.multiple ? 'select' : 'select1'}"${chosen.includes(v) ? ' checked' : ''}><span lang="" class="option-label active">${v}</span></label>`,
    )
    .join('');
  return `<fieldset class="question simple-select ${o.appearance ? `or-appearance-${o.appearance} ` : ''}"><fieldset><legend>${label(text_, o)}
                    </legend><div class="option-wrapper">${items}</div></fieldset>${requiredMsg(o)}</fieldset>`;
};

/** a `minimal` select made a desktop selectpicker */
const minimal = (name: string, text_: string, chosen: string[], options: string[], o: Q & { multiple?: boolean } = {}) => {
  const shown = chosen.length === 0 ? 'none selected' : chosen.length === 1 ? chosen[0] : `${chosen.length} selected`;
  const value = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const radioName = '41327.06521';
  return `<label class="question or-appearance-minimal ">${label(text_, o)}<select${o.multiple ? ' multiple="multiple"' : ''} ${attrs(name, o.multiple ? 'select' : 'select1', o)} style="display: none;"><option value="">...</option>${options
    .map((v) => `<option value="${value(v)}"${chosen.includes(v) ? ' selected' : ''}>${v}</option>`)
    .join(
      '',
    )}</select><div class="btn-group bootstrap-select widget clearfix"><button type="button" class="btn btn-default dropdown-toggle clearfix" data-toggle="dropdown"><span class="selected"${chosen.length ? '' : ' data-i18n="selectpicker.noneselected"'}>${shown}</span><span class="caret"></span></button><ul class="dropdown-menu" role="menu">${options
    .map(
      (v) =>
        `<li${chosen.includes(v) ? ' class="active"' : ''}><a class="option-wrapper" tabindex="-1" href="#"><label><input class="ignore" ${o.multiple ? 'type="checkbox"' : `type="radio" name="${radioName}"`}${chosen.includes(v) ? ' checked="checked"' : ''} value="${value(v)}"><span class="option-label">${v}</span></label></a></li>`,
    )
    .join('')}</ul></div><span class="or-option-translations" style="display:none;">
                </span>${requiredMsg(o)}</label>`;
};

const group = (name: string, title: string, body: string, cls = '') =>
  `<section class="or-group ${cls}" name="${name}"><h4><span lang="" class="question-label active">${title}</span></h4>${body}
            </section><!--end of group -->`;

/** the prior-therapy repeat inside its group, each instance numbered, with its remove and add buttons */
const therapies = (rows: 0[] | (0 | 1)[] = [0, 1]) => {
  const path = '/data/therapies/therapy';
  const instance = (i: 0 | 1) =>
    `<section class="or-repeat " name="${path}"><span class="repeat-number">${i + 1}</span>${text(`${path}/drug`, 'Drug', ISO_THERAPIES[`priorTherapies.${i}.drug`])}${text(`${path}/dose`, 'Dose', ISO_THERAPIES[`priorTherapies.${i}.dose`])}${date(`${path}/start`, 'Start date', ISO_THERAPIES[`priorTherapies.${i}.start`])}${date(`${path}/stop`, 'Stop date', ISO_THERAPIES[`priorTherapies.${i}.stop`])}${text(`${path}/outcome`, 'Outcome', ISO_THERAPIES[`priorTherapies.${i}.outcome`])}
            <div class="repeat-buttons"><button type="button" class="btn btn-default remove"><i class="icon icon-minus"> </i></button></div></section>`;
  return group(
    '/data/therapies',
    'Prior therapies',
    `${rows.map(instance).join('')}<div class="or-repeat-info" data-name="${path}"><button type="button" class="btn btn-default add-repeat-btn"><i class="icon icon-plus"> </i></button></div>`,
  );
};

const form = (body: string) =>
  `<div class="main"><article class="paper"><form autocomplete="off" novalidate="novalidate" class="or clearfix" dir="ltr" data-form-id="pa_ilaris"><!--This form was created by transforming an ODK/OpenRosa-flavored (X)Form using an XSL stylesheet created by Enketo LLC.--><section class="form-logo"></section><h3 dir="auto" id="form-title">Ilaris prior authorization</h3>${body}</form><section class="form-footer end"><div class="form-footer__content"><button id="submit-form" class="btn btn-primary btn-large">Submit</button></div></section></article></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

const fullRequest = () =>
  form(
    `${group(
      '/data/member',
      'Member',
      `${text('/data/member/member_id', 'Member ID', ILARIS['patient.memberId'], { required: true, hint: 'As printed on the card' })}${date('/data/member/dob', 'Date of birth', '1988-03-14', { required: true })}${num('/data/member/weight', 'Weight (kg)', '72')}`,
    )}${group('/data/dx', 'Diagnosis', choices('/data/dx/icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true, required: true }))}${group(
      '/data/med',
      'Medication',
      `${minimal('/data/med/drug', 'Drug name', [ILARIS['drug.name']], DRUGS, { required: true })}${text('/data/med/hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('/data/med/ndc', 'NDC', ILARIS['drug.ndc'], { hint: '11 digits, 5-4-2' })}${num('/data/med/dose', 'Dose (mg)', '150')}${num('/data/med/units', 'Billing units', '150')}${choices('/data/med/frequency', 'Frequency', ['Every 4 weeks'], FREQUENCIES, { appearance: 'columns' })}`,
    )}${group('/data/labs', 'Labs', `${num('/data/labs/crp', 'CRP (mg/L)', '24')}${date('/data/labs/crp_date', 'CRP collection date', '2026-11-02')}`)}${therapies()}${group(
      '/data/prescriber',
      'Prescriber',
      text('/data/prescriber/npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }),
    )}`,
  );

describe('Enketo Core 7: questions, option-wrapper lists, selectpicker, datepicker, repeats', () => {
  it('reads the full Ilaris request, prior therapies from the numbered repeat instances', () => {
    page(fullRequest());
    expect(read()).toEqual({
      ...ILARIS,
      ...ISO_THERAPIES,
      'patient.dob': '1988-03-14',
      'labs.crpDate': '2026-11-02',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a question by its label, without the required mark, the hint or the required message', () => {
    page(
      form(
        `${text('/data/member/member_id', 'Member ID', '', { required: true, hint: 'As printed on the card' })}${text('/data/prescriber/npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, hint: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a date question by the datepicker text input, once, and an empty one as empty', () => {
    page(form(`${date('/data/member/dob', 'Date of birth', '1988-03-14')}${date('/data/labs/crp_date', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
    noDuplicatePaths();
  });

  it('reads the checkbox option-wrapper list as the ticked ICD-10 codes, and the radio list as its chosen text', () => {
    page(
      form(
        `${choices('/data/dx/icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true, required: true })}${choices('/data/med/frequency', 'Frequency', ['Every 8 weeks'], FREQUENCIES, { appearance: 'columns' })}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a minimal select by its choice, and nothing from the selectpicker menu left closed in the DOM', () => {
    page(
      form(
        `${minimal('/data/med/drug', 'Drug name', [ILARIS['drug.name']], DRUGS)}${text('/data/med/hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('ul.dropdown-menu');
  });

  it('reads a minimal select showing "none selected" as empty', () => {
    page(form(minimal('/data/med/drug', 'Drug name', [], DRUGS, { required: true })));
    expect(read()).toEqual({ 'drug.name': '' });
    nothingFrom('ul.dropdown-menu');
  });

  it('reads a minimal multiple select showing "2 selected" as its two codes', () => {
    page(form(minimal('/data/dx/icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('ul.dropdown-menu');
  });

  it('reads one repeat instance as the first prior therapy, not counting its "+" and "-" buttons', () => {
    page(form(therapies([0])));
    expect(read()).toEqual(Object.fromEntries(Object.entries(ISO_THERAPIES).filter(([k]) => k.startsWith('priorTherapies.0.'))));
  });

  it('reads a read-only calculated question (classed readonly, its input readonly) by its value', () => {
    page(
      form(
        `${num('/data/med/dose', 'Dose (mg)', '150')}<label class="question non-select readonly" lang="en"><span lang="" class="question-label active">Billing units</span><input type="number" name="/data/med/units" data-calculate="/data/med/dose" data-type-xml="decimal" step="any" readonly="readonly" value="150"></label>`,
      ),
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150' });
  });

  it('takes nothing from an irrelevant (disabled) branch the stylesheet hides', () => {
    page(
      form(
        group(
          '/data/med',
          'Medication',
          `${minimal('/data/med/drug', 'Drug name', [ILARIS['drug.name']], DRUGS)}${text('/data/med/other_drug', 'Other drug name', '', { cls: 'or-branch disabled', disabled: true })}${num('/data/med/dose', 'Dose (mg)', '150')}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
  });
});
