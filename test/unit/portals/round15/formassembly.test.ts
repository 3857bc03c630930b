import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * FormAssembly published forms (tfaforms.com / tfaforms.net, wForms 3.x runtime). The form builder is
 * closed source; the markup is the published HTML as health systems and others embed it (copies in the
 * code index: file ids 23217423098, 12502076359, 9917926881: `div.wFormContainer > div.wForm#<n>-WRPR >
 * h3.wFormTitle + form.hintsBelow.labelsAbove[role=form]`, `fieldset.section > legend#tfa_N-L`,
 * `div.oneField.field-container-D#tfa_N-D > label#tfa_N-L.label.preField(.reqMark)[for] + <br> +
 * div.inputWrapper > input[title=<label>][aria-required]` (`class="required"`, `validate-date`), selects
 * with `option[value=""]` "Please select..." and options valued by their own tfa ids; choice questions
 * `div.oneField[role=radiogroup|group][aria-labelledby]` > `span.choices.vertical > span.oneChoice >
 * input + label.label.postField[for] > span.input-radio-faux`), and the open wForms repeat behavior
 * (wforms `behaviors/repeat`, file id 10124541030: a `.repeat` section gets `span.duplicateSpan >
 * a.duplicateLink#<id>-wfDL` "Add another response"; once repeated the master's ids, names and `for`s
 * take the suffix "[0]", each copy's "[1]", … with class `repeat` turned `removeable`, attribute
 * `wfr__master_sec`, and a `span.removeSpan > a.removeLink` "Remove"). Validation errors: the field
 * container classed `errFld` and `div.errMsg#tfa_N-E > span` after the input. Field hints:
 * `span.field-hint-inactive#tfa_N-H > span.hint#tfa_N-HH`.
 */

type O = { required?: boolean; hint?: string; error?: string; cls?: string; sfx?: string; readOnly?: boolean };

const one = (id: string, label: string, control: string, o: O = {}) =>
  `<div class="oneField field-container-D    ${o.error ? 'errFld' : ''}" id="${id}-D"><label id="${id}-L" class="label preField ${o.required ? 'reqMark' : ''}" for="${id}">${label}</label><br><div class="inputWrapper">${control}${
    o.hint ? `<span class="field-hint-inactive" id="${id}-H"><span id="${id}-HH" class="hint">${o.hint}</span></span>` : ''
  }${o.error ? `<div class="errMsg" id="${id}-E"><span>${o.error}</span></div>` : ''}</div></div>`;

const text = (id: string, label: string, value: string, o: O = {}) =>
  one(
    id,
    label,
    `<input type="text" id="${id}" name="${id}" value="${value}"${o.required ? ' aria-required="true"' : ''}${o.readOnly ? ' readonly data-wforms-nooverwrite="disabled"' : ''} title="${label}" data-dataset-allow-free-responses="" class="${[o.cls, o.required ? 'required' : ''].filter(Boolean).join(' ')}">`,
    o,
  );
const date = (id: string, label: string, value: string, o: O = {}) => text(id, label, value, { ...o, cls: 'validate-date' });

let tfa = 100;
const select = (id: string, label: string, value: string, options: string[], o: O = {}) =>
  one(
    id,
    label,
    `<select id="${id}" name="${id}" title="${label}"${o.required ? ' aria-required="true"' : ''} class="${o.required ? 'required' : ''}"><option value="">Please select...</option>${options
      .map((v) => {
        const t = `tfa_${++tfa}`;
        return `<option value="${t}" id="${t}" class=""${v === value ? ' selected' : ''}>${v}</option>`;
      })
      .join('')}</select>`,
    o,
  );

/** radio (one name: the question's id) or checkbox (each its own name) question */
const choices = (kind: 'radio' | 'checkbox', id: string, label: string, chosen: string[], options: string[]) =>
  `<div class="oneField field-container-D    " id="${id}-D" role="${kind === 'radio' ? 'radiogroup' : 'group'}" aria-labelledby="${id}-L" data-tfa-labelledby="-L ${id}-L"><label id="${id}-L" class="label preField ">${label}</label><br><div class="inputWrapper"><span id="${id}" class="choices vertical ">${options
    .map((v) => {
      const t = `tfa_${++tfa}`;
      return `<span class="oneChoice"><input type="${kind}" value="${t}" class="" id="${t}" name="${kind === 'radio' ? id : t}"${chosen.includes(v) ? ' checked' : ''} aria-labelledby="${t}-L" data-tfa-labelledby="${id}-L ${t}-L"><label class="label postField" id="${t}-L" for="${t}"><span class="input-${kind}-faux"></span>${v}</label></span>`;
    })
    .join('')}</span></div></div>`;

/** a therapy section: the master (index 0, `repeat` + Add link) or a copy (`removeable` + Remove link) */
const therapy = (i: 0 | 1, repeated = true) => {
  const s = repeated ? `[${i}]` : '';
  const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
  const f = (n: number, label: string, val: string, isDate = false) =>
    (isDate ? date : text)(`tfa_${n}${s}`, label, val)
      .replace(`id="tfa_${n}${s}-D"`, `id="tfa_${n}-D${s}"`)
      .replace(`id="tfa_${n}${s}-L"`, `id="tfa_${n}-L${s}"`);
  const body = `<legend id="tfa_40-L${s}">Prior therapy</legend>${f(41, 'Drug', v('drug'))}${f(42, 'Dose', v('dose'))}${f(43, 'Start date', v('start'), true)}${f(44, 'Stop date', v('stop'), true)}${f(45, 'Outcome', v('outcome'))}`;
  return i === 0
    ? `<fieldset id="tfa_40${s}" class="repeat section">${body}<span class="duplicateSpan"><a id="tfa_40${s}-wfDL" href="#" class="duplicateLink" title="Will duplicate this question or section.">Add another response</a></span></fieldset>`
    : `<fieldset id="tfa_40${s}" class="removeable section" wfr__master_sec="tfa_40[0]" wfr__dup="true">${body}<span class="removeSpan"><a id="tfa_40${s}-wfDL" href="#" class="removeLink" title="Will remove this question or section" wfr_sec_id="tfa_40${s}"><span>Remove</span></a></span></fieldset>`;
};

const section = (id: string, title: string, body: string) =>
  `<fieldset id="${id}" class="section"><legend id="${id}-L">${title}</legend>${body}</fieldset>`;
const wform = (body: string) =>
  `<div class="wFormContainer"><div class="wFormHeader"></div><style type="text/css"></style><div class=""><div class="wForm" id="4512345-WRPR" dir="ltr"><div class="codesection" id="code-4512345"></div><h3 class="wFormTitle" id="4512345-T">Prior Authorization Request</h3><form method="post" action="https://tfaforms.com/api_v2/workflow/processor" class="hintsBelow labelsAbove" id="4512345" role="form">${body}<div class="actions" id="4512345-A" data-contentid="submit_button"><input type="submit" data-label="Submit" class="primaryAction" id="submit_button" value="Submit"></div><div style="clear:both"></div><input type="hidden" value="4512345" name="tfa_dbFormId" id="tfa_dbFormId"><input type="hidden" value="" name="tfa_dbResponseId" id="tfa_dbResponseId"><input type="hidden" value="a8c2e1f7b3d94e05" name="tfa_dbControl" id="tfa_dbControl"><input type="hidden" value="12" name="tfa_dbVersionId" id="tfa_dbVersionId"><input type="hidden" value="" name="tfa_switchedoff" id="tfa_switchedoff"></form></div></div><div class="wFormFooter"><p class="supportInfo"><a target="new" class="contactInfoLink" href="https://tfaforms.com/forms/help/4512345">Contact Information</a><br></p></div></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('FormAssembly published form: oneField, preField labels, choices, repeatable sections', () => {
  it('reads the full Ilaris request, prior therapies from a repeated section', () => {
    page(
      wform(
        `${section('tfa_1', 'Member', `${text('tfa_2', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('tfa_3', 'Date of birth', ILARIS['patient.dob'], { hint: 'mm/dd/yyyy' })}${text('tfa_4', 'Weight (kg)', '72')}`)}
        ${section('tfa_10', 'Diagnosis', choices('checkbox', 'tfa_11', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES))}
        ${section('tfa_20', 'Medication', `${select('tfa_21', 'Drug name', ILARIS['drug.name'], DRUGS, { required: true })}${text('tfa_22', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('tfa_23', 'NDC', ILARIS['drug.ndc'])}${text('tfa_24', 'Dose (mg)', '150')}${text('tfa_25', 'Billing units', '150')}${choices('radio', 'tfa_26', 'Frequency', ['Every 4 weeks'], FREQS)}`)}
        ${section('tfa_30', 'Labs', `${text('tfa_31', 'CRP (mg/L)', '24')}${date('tfa_32', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${therapy(0)}${therapy(1)}
        ${section('tfa_50', 'Prescriber', text('tfa_51', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a field by its preField label, not its hint or the error of the field before it', () => {
    page(
      wform(
        section(
          'tfa_1',
          'Member',
          `${text('tfa_2', 'Member ID', '', { required: true, error: 'This field is required.' })}${date('tfa_3', 'Date of birth', ILARIS['patient.dob'], { hint: 'mm/dd/yyyy' })}${text('tfa_51', 'Prescriber NPI', ILARIS['prescriber.npi'], { hint: '10-digit NPI' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'patient.dob': ILARIS['patient.dob'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a select by its chosen text, and "Please select..." as empty', () => {
    page(
      wform(
        section(
          'tfa_20',
          'Medication',
          `${select('tfa_21', 'Drug name', ILARIS['drug.name'], DRUGS)}${select('tfa_22', 'Frequency', '', FREQS)}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads a checkbox question (each box its own name) as its ticked codes', () => {
    page(wform(section('tfa_10', 'Diagnosis', choices('checkbox', 'tfa_11', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a radio question with none chosen as empty', () => {
    page(wform(`${section('tfa_20', 'Medication', choices('radio', 'tfa_26', 'Frequency', [], FREQS))}`));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a repeatable section before it is repeated (no index suffix yet)', () => {
    page(wform(therapy(0, false)));
    expect(read()).toEqual(Object.fromEntries(Object.entries(THERAPIES).filter(([k]) => k.startsWith('priorTherapies.0.'))));
  });

  it('reads the repeated copies by index, nothing from their Add and Remove links', () => {
    page(wform(`${therapy(0)}${therapy(1)}`));
    expect(read()).toEqual({ ...THERAPIES });
    nothingFrom('.duplicateSpan, .removeSpan');
    noDuplicatePaths();
  });

  it('reads a read-only prefilled field, and nothing from the hidden control inputs at the end of the form', () => {
    page(wform(section('tfa_1', 'Member', text('tfa_2', 'Member ID', ILARIS['patient.memberId'], { readOnly: true }))));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
  });
});
