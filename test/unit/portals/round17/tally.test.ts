import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Tally (tally.so) published form, as its embed renders it (styled-components, so `sc-*` hashes beside the
 * stable `tally-*` classes). Tally's renderer is closed source; the markup is from a port of a live embed
 * (tally.so/embed/KY1kDD, "Contact sales v2") found in the code index (file id 69371730753, "Markup and class
 * names mirror the iframe's rendered DOM"), with the block class list confirmed by two sites' style
 * overrides (ids 39840929064, 39938806434: `tally-block-input-text`, `-input-email`, `-input-date`,
 * `-input-number`, `-dropdown`, `-textarea`, `-title`):
 * - `div.tally-embed[role=group][aria-label=<form name>] > section.tally-page.tally-page-1 > form[novalidate]`
 *   > `progress[aria-label="Form progress"]` "Page 1 of 1", `div` of blocks, then `div.tally-submit-button`.
 * - The form title: `div.tally-block.tally-block-form-title[data-block-type=FORM_TITLE] > h1`.
 * - A question is two sibling blocks: `div.tally-block.tally-block-title[data-block-type=TITLE] > div > div
 *   .title-content > h3#label_<field uuid>` + `div.tally-required-indicator[aria-hidden=true]` ("*" and a
 *   tooltip "Required"), then the answer block `div.tally-block.tally-block-input-text[data-block-type=
 *   INPUT_TEXT] > div > div > input#<uuid>[aria-labelledby=label_<uuid>][aria-required][aria-invalid]`
 *   (textarea alike, `tally-block-textarea`) and, when invalid, `div#error_<uuid>.tally-validation-error
 *   [role=alert] > span` after the input.
 * - Help text: `div.tally-block.tally-block-text[data-block-type=TEXT] > div.tally-text`.
 * - Multiple choice: `fieldset[aria-labelledby=label_<uuid>]` of `div.tally-block-multiple-choice-option >
 *   div.tally-multiple-choice-option > div > div > div.tally-enumeration-badge.tally-alphabet-badge` ("A")
 *   + `input#choice_<option uuid>[type=radio][name=multiple_choice_<uuid>]` + `label[for]`.
 * Only these blocks' inner markup was found, so dates, codes and numbers are short-answer text blocks (as
 * many forms ask them). Tally has no repeater, so no prior-therapy rows.
 */

let n = 0;
const uuid = () => `${(++n).toString(16).padStart(8, '0')}-4b1d-4c1e-9a5e-0d3c2b1a0f${(n % 100).toString().padStart(2, '0')}`;

const title = (id: string, label: string, required: boolean) =>
  `<div class="sc-afe7e3c-6 gIdNap tally-block tally-block-title tally-block-${uuid()}" data-block-type="TITLE"><div class="sc-48b4edad-0"><div class="sc-48b4edad-1 ecyRHW title-content"><h3 id="label_${id}" class="sc-48b4edad-2 jAIlGF">${label}</h3>${required ? '<div aria-hidden="true" class="sc-b6a4647c-0 iGkloU tally-required-indicator"><span>*</span><div class="sc-ece1a7e2-0 kCkkwG tooltip"><span>Required</span></div></div>' : ''}</div></div></div>`;
const validation = (id: string, message?: string) =>
  message ? `<div id="error_${id}" class="sc-99781b1e-0 fnaTaM tally-validation-error" role="alert"><span>${message}</span></div>` : '';
const aria = (id: string, required: boolean, error?: string) =>
  `aria-labelledby="label_${id}" aria-required="${required}" aria-invalid="${!!error}"${error ? ` aria-describedby="error_${id}"` : ''}`;

type Q = { required?: boolean; error?: string; placeholder?: string; help?: string; type?: 'text' | 'email' };
const help = (text?: string) =>
  text
    ? `<div class="sc-afe7e3c-6 gIdNap tally-block tally-block-text tally-block-${uuid()}" data-block-type="TEXT"><div class="sc-498a9a3e-0 djWurD tally-text">${text}</div></div>`
    : '';
const text = (label: string, value: string, q: Q = {}) => {
  const id = uuid();
  const type = q.type ?? 'text';
  return `${title(id, label, !!q.required)}${help(q.help)}<div class="sc-afe7e3c-6 gIdNap tally-block tally-block-input-${type} tally-block-${uuid()}" data-block-type="${type === 'email' ? 'INPUT_EMAIL' : 'INPUT_TEXT'}"><div class="sc-a4b24eaf-0 kFYUzQ"><div class="sc-ea4a4f5c-3 sc-a4b24eaf-1 cA-dnKf"><input id="${id}" type="${type}" placeholder="${q.placeholder ?? ''}"${q.required ? ' required' : ''} ${aria(id, !!q.required, q.error)} class="sc-40c6a8ef-0 dqiwcg" value="${value}">${validation(id, q.error)}</div></div></div>`;
};
const textarea = (label: string, value: string, q: Q = {}) => {
  const id = uuid();
  return `${title(id, label, !!q.required)}<div class="sc-afe7e3c-6 gIdNap tally-block tally-block-textarea tally-block-${uuid()}" data-block-type="TEXTAREA"><div class="sc-88c4dca6-0 jjcQTI"><div class="sc-88c4dca6-1 coXIzK"><textarea id="${id}" placeholder=""${q.required ? ' required' : ''} ${aria(id, !!q.required, q.error)} class="sc-110b2974-0 fAofpq">${value}</textarea>${validation(id, q.error)}</div></div></div>`;
};
const choice = (label: string, chosen: string, options: string[], q: Q = {}) => {
  const id = uuid();
  return `${title(id, label, !!q.required)}<fieldset aria-labelledby="label_${id}" class="sc-afe7e3c-1 eWJecT">${options
    .map((o, i) => {
      const oid = uuid();
      const last = i === options.length - 1;
      return `<div class="sc-afe7e3c-6 gIdNap tally-block tally-block-multiple-choice-option tally-block-${oid}" data-block-type="MULTIPLE_CHOICE_OPTION"><div class="sc-fa9d2b45-0 ${last && q.error ? 'fXoelo' : 'eIKWtT'} tally-multiple-choice-option "><div class="sc-fa9d2b45-1 ${o === chosen ? 'lgcVcU' : 'cozYva'}"><div class="sc-fa9d2b45-2 xCwDP"><div class="sc-d862227c-0 gyEwnr tally-enumeration-badge tally-alphabet-badge">${String.fromCharCode(65 + i)}</div><input id="choice_${oid}" type="radio"${q.required ? ' required' : ''} name="multiple_choice_${id}" value="${oid}"${o === chosen ? ' checked' : ''}${q.error ? ` aria-describedby="error_${id}"` : ''}><label for="choice_${oid}">${o}</label></div></div></div>${last ? validation(id, q.error) : ''}</div>`;
    })
    .join('')}</fieldset>`;
};

const embed = (name: string, blocks: string) =>
  `<div class="tally-embed" role="group" aria-label="${name}"><section class="sc-ea4a4f5c-2 sc-de0e1144-3 fzOfeN dzQoVF tally-page tally-page-1"><form novalidate><progress max="1" value="1" aria-label="Form progress" aria-valuetext="Page 1 of 1">Page 1 of 1</progress><div class="sc-afe7e3c-0 fMaEvw"><div class="sc-afe7e3c-6 dqpeHA tally-block tally-block-form-title" data-block-type="FORM_TITLE"><h1 class="sc-b32ad093-0 bXiazr">${name}</h1></div>${blocks}</div><div class="sc-de0e1144-2 QndZJ tally-submit-button"><div><button type="submit" tabindex="0" class="sc-3a847d-6 hCqqxU"><span class="sc-3a847d-2 buzsHn">Submit</span><i aria-hidden="true" class="sc-3a847d-2 sc-3a847d-3 buzsHn fBOfvN"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="lucide lucide-arrow-right" aria-hidden="true"><path d="M5 12h14"></path></svg></i></button></div></div></form></section></div>`;
const FORM = 'Canakinumab prior authorization request';
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Tally published form: title blocks, short answer, long answer, multiple choice', () => {
  it('reads the full Ilaris request', () => {
    page(
      embed(
        FORM,
        `${text('Member ID', ILARIS['patient.memberId'], { required: true })}${text('Date of birth', ILARIS['patient.dob'], { required: true, placeholder: 'MM/DD/YYYY' })}${text('Weight (kg)', '72')}
        ${text('ICD-10 codes', 'M04.1, M06.1', { required: true, help: 'Separate codes with commas.' })}
        ${text('Drug name', ILARIS['drug.name'], { required: true })}${text('HCPCS code', 'J0638')}${text('NDC', ILARIS['drug.ndc'])}${text('Dose (mg)', '150')}${text('Billing units', '150')}${choice('Frequency', 'Every 4 weeks', FREQ, { required: true })}
        ${text('CRP (mg/L)', '24')}${text('CRP collection date', ILARIS['labs.crpDate'], { placeholder: 'MM/DD/YYYY' })}
        ${text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}${textarea('Anything else we should know?', '')}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a question by its h3 title, without the hidden "*" and its "Required" tooltip', () => {
    page(
      embed(
        FORM,
        `${text('Member ID', ILARIS['patient.memberId'], { required: true })}${text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a question after a validation error by its own title, not the error above it', () => {
    page(
      embed(
        FORM,
        `${text('Member ID', '', { required: true, error: 'Please fill in this field.' })}${text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a question by its title, not the help text block between them', () => {
    page(
      embed(
        FORM,
        `${text('ICD-10 codes', 'M04.1, M06.1', { help: 'Separate codes with commas.' })}${text('HCPCS code', 'J0638', { help: 'The J-code billed.' })}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.hcpcs': 'J0638' });
  });

  it('reads multiple choice by the checked option, not its letter badge', () => {
    page(embed(FORM, `${text('HCPCS code', 'J0638')}${choice('Frequency', 'Every 8 weeks', FREQ, { required: true })}`));
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads multiple choice with nothing chosen and its error shown as empty', () => {
    page(
      embed(
        FORM,
        `${choice('Frequency', '', FREQ, { required: true, error: 'Please select an option.' })}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a long-answer question by its title and takes nothing from the progress bar', () => {
    page(embed(FORM, `${textarea('Drug name', ILARIS['drug.name'], { required: true })}${text('Dose (mg)', '150')}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
    nothingFrom('progress');
  });
});
