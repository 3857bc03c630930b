import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * GOV.UK Frontend 6.3 (alphagov/govuk-frontend packages/govuk-frontend/src/govuk/components:
 * input/template.njk, date-input/template.njk, fieldset, hint, error-message/template.njk,
 * error-summary/template.njk, select, character-count/template.njk + character-count.mjs,
 * radios/template.njk + radios.mjs) and NHS.UK frontend 10/11 (nhsuk/nhsuk-frontend
 * packages/nhsuk-frontend/src/nhsuk/components: input, date-input, error-message, error-summary,
 * select), both server-rendered Nunjucks, as a browser shows them once their JavaScript ran:
 * - a question: `div.govuk-form-group > label.govuk-label[for] + div.govuk-hint#<id>-hint +
 *   input.govuk-input[aria-describedby]`; with a suffix the input sits in
 *   `div.govuk-input__wrapper` followed by `div.govuk-input__suffix[aria-hidden=true]` (NHS:
 *   `div.nhsuk-input-wrapper > … div.nhsuk-input-wrapper__suffix[aria-hidden=true]`);
 * - the date input: `div.govuk-form-group > fieldset.govuk-fieldset[role=group][aria-describedby]
 *   > legend.govuk-fieldset__legend + hint + div.govuk-date-input#<id>` with three
 *   `div.govuk-date-input__item > div.govuk-form-group > label.govuk-date-input__label` ("Day",
 *   "Month", "Year") `+ input.govuk-date-input__input[inputmode=numeric]` named `<prefix>-day` …;
 * - an error: `govuk-form-group--error`, `p.govuk-error-message > span.govuk-visually-hidden
 *   "Error:"` before the control, the control classed `govuk-input--error`; the error summary is
 *   `div.govuk-error-summary[data-module] > div[role=alert] > h2 + div.govuk-error-summary__body >
 *   ul.govuk-error-summary__list > li > a[href="#dob-day"]`;
 * - the character count: the textarea, its `div.govuk-character-count__message#<id>-info` made
 *   visually hidden by the script, which adds `div.govuk-character-count__sr-status[aria-live]`
 *   and `div.govuk-character-count__status[aria-hidden=true]` ("You have 455 characters remaining");
 * - radios with a conditional reveal: `input.govuk-radios__input[aria-controls][aria-expanded]`
 *   (the script turns `data-aria-controls` into `aria-controls`) then the item's
 *   `div.govuk-radios__conditional` holding a whole question, classed
 *   `govuk-radios__conditional--hidden` (display: none in the style sheet) unless its radio is checked.
 */

type P = 'govuk' | 'nhsuk';

const hidden = (p: P) => (p === 'govuk' ? 'govuk-visually-hidden' : 'nhsuk-u-visually-hidden');

const errorMessage = (p: P, id: string, text: string) =>
  `<p id="${id}-error" class="${p}-error-message"><span class="${hidden(p)}">Error:</span> ${text}</p>`;

const input = (
  p: P,
  id: string,
  label: string,
  value: string,
  o: { hint?: string; suffix?: string; error?: string; width?: number; numeric?: boolean } = {},
) => {
  const describedBy = [o.hint && `${id}-hint`, o.error && `${id}-error`].filter(Boolean).join(' ');
  const box = `<input class="${p}-input${o.width ? ` ${p}-input--width-${o.width}` : ''}${o.error ? ` ${p}-input--error` : ''}" id="${id}" name="${id}" type="text"${o.numeric ? ' inputmode="numeric"' : ''} spellcheck="false" value="${value}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}>`;
  const wrapped = o.suffix
    ? p === 'govuk'
      ? `<div class="govuk-input__wrapper">${box}<div class="govuk-input__suffix" aria-hidden="true">${o.suffix}</div></div>`
      : `<div class="nhsuk-input-wrapper">${box}<div class="nhsuk-input-wrapper__suffix" aria-hidden="true">${o.suffix}</div></div>`
    : box;
  return `<div class="${p}-form-group${o.error ? ` ${p}-form-group--error` : ''}">
    <label class="${p}-label" for="${id}">${label}</label>
    ${o.hint ? `<div id="${id}-hint" class="${p}-hint">${o.hint}</div>` : ''}
    ${o.error ? errorMessage(p, id, o.error) : ''}
    ${wrapped}
  </div>`;
};

const select = (p: P, id: string, label: string, options: string[], chosen: string | null, prompt: string) => `
  <div class="${p}-form-group">
    <label class="${p}-label" for="${id}">${label}</label>
    <select class="${p}-select" id="${id}" name="${id}">
      <option value=""${chosen ? '' : ' selected'}>${prompt}</option>
      ${options.map((o) => `<option value="${o}"${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}
    </select>
  </div>`;

/** govukDateInput / nhsukDateInput with a fieldset, the legend naming the date */
const dateInput = (
  p: P,
  id: string,
  legend: string,
  [day, month, year]: [string, string, string],
  o: { error?: string; errorPart?: 'day' | 'month' | 'year' } = {},
) => {
  const describedBy = [`${id}-hint`, o.error && `${id}-error`].filter(Boolean).join(' ');
  const item = (part: string, value: string, width: number) => {
    const err = o.error && (!o.errorPart || o.errorPart === part) ? ` ${p}-input--error` : '';
    return `<div class="${p}-date-input__item"><div class="${p}-form-group">
      <label class="${p}-label ${p}-date-input__label" for="${id}-${part}">${part[0]!.toUpperCase()}${part.slice(1)}</label>
      <input class="${p}-input ${p}-date-input__input ${p}-input--width-${width}${err}" id="${id}-${part}" name="${id}-${part}" type="text" inputmode="numeric" value="${value}">
    </div></div>`;
  };
  return `<div class="${p}-form-group${o.error ? ` ${p}-form-group--error` : ''}">
    <fieldset class="${p}-fieldset" role="group" aria-describedby="${describedBy}">
      <legend class="${p}-fieldset__legend ${p}-fieldset__legend--s">${legend}</legend>
      <div class="${p}-hint" id="${id}-hint">For example, 27 3 2007</div>
      ${o.error ? errorMessage(p, id, o.error) : ''}
      <div class="${p}-date-input" id="${id}">
        ${item('day', day, 2)}${item('month', month, 2)}${item('year', year, 4)}
      </div>
    </fieldset>
  </div>`;
};

const heading = (p: P, text: string) => `<h2 class="${p}-heading-m">${text}</h2>`;

/** the whole Ilaris request on one page, as a service built on either kit renders it */
const request = (p: P) => `
  <main class="${p}-main-wrapper" id="main-content"><div class="${p}-grid-row"><div class="${p}-grid-column-two-thirds">
  <form action="/request" method="post" novalidate>
    <h1 class="${p}-heading-l">Request prior authorisation</h1>
    ${heading(p, 'Patient')}
    ${input(p, 'member-id', 'Member ID', ILARIS['patient.memberId'], { hint: 'As shown on the member’s card', width: 10 })}
    ${dateInput(p, 'dob', 'Date of birth', ['14', '03', '1988'])}
    ${input(p, 'weight', 'Weight', '72', { suffix: 'kg', width: 4, numeric: true })}
    ${heading(p, 'Diagnosis')}
    ${input(p, 'icd10', 'ICD-10 codes', 'M04.1, M06.1', { hint: 'Separate codes with a comma' })}
    ${heading(p, 'Medication')}
    ${select(p, 'drug', 'Drug name', ['Anakinra (Kineret)', 'Ilaris (canakinumab)', 'Rilonacept (Arcalyst)'], ILARIS['drug.name'], 'Choose a drug')}
    ${input(p, 'hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'], { width: 5 })}
    ${input(p, 'ndc', 'NDC', ILARIS['drug.ndc'], { hint: '11 digits in the 5-4-2 format', width: 10 })}
    ${input(p, 'dose', 'Dose', '150', { suffix: 'mg', width: 4, numeric: true })}
    ${input(p, 'billing-units', 'Billing units', '150', { hint: 'J0638: 1 unit is 1 mg', width: 4, numeric: true })}
    ${select(p, 'frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 4 weeks', 'Choose a frequency')}
    ${heading(p, 'Laboratory results')}
    ${input(p, 'crp', 'C-reactive protein (CRP)', '24', { suffix: 'mg/L', width: 4 })}
    ${dateInput(p, 'crp-date', 'CRP collection date', ['2', '11', '2026'])}
    ${heading(p, 'Prescriber')}
    ${input(p, 'npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { width: 10, numeric: true })}
    <div class="${p}-button-group"><button type="submit" class="${p}-button" data-module="${p}-button">Continue</button></div>
  </form></div></div></main>`;

const FULL = {
  ...ILARIS,
  'labs.crpDate': '11/2/2026',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
};

describe.each(['govuk', 'nhsuk'] as const)('%s-frontend request page', (p) => {
  it('reads the whole request, the Day/Month/Year inputs as one date each', () => {
    page(request(p));
    expect(read()).toEqual(FULL);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    expect(field('patient.dob')?.field.kind).toBe('date-parts');
    noDuplicatePaths();
  });

  it('reads the same page re-rendered with errors, and takes nothing from the error summary', () => {
    const summary = `<div class="${p}-error-summary" data-module="${p}-error-summary"><div role="alert">
      <h2 class="${p}-error-summary__title">There is a problem</h2>
      <div class="${p}-error-summary__body"><ul class="${p}-list ${p}-error-summary__list">
        <li><a href="#dob-month">Date of birth must be a real date</a></li>
        <li><a href="#npi">Enter a 10 digit prescriber NPI</a></li>
      </ul></div></div></div>`;
    page(
      `<form novalidate>${summary}
        ${input(p, 'member-id', 'Member ID', ILARIS['patient.memberId'])}
        ${dateInput(p, 'dob', 'Date of birth', ['14', '3', '1988'], { error: 'Date of birth must be a real date', errorPart: 'month' })}
        ${input(p, 'dose', 'Dose', '150', { suffix: 'mg', error: 'Dose must be a number' })}
        ${input(p, 'npi', 'Prescriber NPI', '123456789', { error: 'Enter a 10 digit prescriber NPI' })}</form>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': '3/14/1988',
      'drug.dose': '150',
      'prescriber.npi': '123456789',
    });
    nothingFrom(`.${p}-error-summary`);
    expect(field('prescriber.npi')?.label).not.toMatch(/Error/);
    noDuplicatePaths();
  });

  it('reads an untouched date input as empty', () => {
    page(`<form>${dateInput(p, 'crp-date', 'CRP collection date', ['', '', ''])}${input(p, 'crp', 'CRP result (mg/L)', '')}</form>`);
    expect(read()).toEqual({ 'labs.crpDate': '', 'labs.crpValue': '' });
  });

  it('reads a select left on its "Choose…" option as empty', () => {
    page(`<form>${select(p, 'frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks'], null, 'Choose a frequency')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });
});

describe('GOV.UK with the MOJ "add another" pattern', () => {
  // @ministryofjustice/frontend add-another: each item a `fieldset.govuk-fieldset.moj-add-another__item`
  // with a legend, its inputs named `therapies[0][drug]`, a secondary "Remove" button, and an
  // "Add another prior therapy" button after the items
  const therapy = (i: number, t: { drug: string; dose: string; start: string[]; stop: string[]; outcome: string }) => {
    const id = (f: string) => `therapies[${i}][${f}]`;
    const date = (f: string, legend: string, [d, m, y]: string[]) => `
      <div class="govuk-form-group"><fieldset class="govuk-fieldset" role="group">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend>
        <div class="govuk-date-input" id="${id(f)}">
          ${(
            [
              ['day', d, 2],
              ['month', m, 2],
              ['year', y, 4],
            ] as const
          )
            .map(
              ([part, v, w]) => `<div class="govuk-date-input__item"><div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for="${id(f)}-${part}">${part[0]!.toUpperCase()}${part.slice(1)}</label>
                <input class="govuk-input govuk-date-input__input govuk-input--width-${w}" id="${id(f)}-${part}" name="${id(f)}[${part}]" type="text" inputmode="numeric" data-name="therapies[%index%][${f}][${part}]" data-id="therapies[%index%][${f}]-${part}" value="${v}">
              </div></div>`,
            )
            .join('')}
        </div></fieldset></div>`;
    const text = (f: string, label: string, v: string) => `
      <div class="govuk-form-group"><label class="govuk-label" for="${id(f)}">${label}</label>
        <input class="govuk-input" id="${id(f)}" name="${id(f)}" type="text" data-name="therapies[%index%][${f}]" data-id="therapies[%index%][${f}]" value="${v}"></div>`;
    return `<fieldset class="govuk-fieldset moj-add-another__item">
      <legend class="govuk-fieldset__legend moj-add-another__title govuk-fieldset__legend--m">Prior therapy</legend>
      ${text('drug', 'Medication', t.drug)}${text('dose', 'Dose and frequency', t.dose)}
      ${date('start', 'Start date', t.start)}${date('stop', 'Stop date', t.stop)}
      ${text('outcome', 'Outcome', t.outcome)}
      <button type="button" class="govuk-button govuk-button--secondary moj-add-another__remove-button" data-module="govuk-button">Remove</button>
    </fieldset>`;
  };

  // each date input joins as one date-parts field named by its own nested `fieldset[role=group] >
  // legend` ("Start date"), in the item's "Prior therapy" section around that fieldset
  it('reads each prior therapy, its start and stop as Day/Month/Year inputs', () => {
    page(`<div data-module="moj-add-another"><h2 class="govuk-heading-l moj-add-another__heading" tabindex="-1">Prior therapies</h2>
      <form method="post" novalidate>
        ${therapy(0, { drug: 'colchicine', dose: '0.6 mg twice daily', start: ['05', '01', '2026'], stop: ['30', '06', '2026'], outcome: 'Inadequate response' })}
        ${therapy(1, { drug: 'anakinra', dose: '100 mg daily', start: ['01', '07', '2026'], stop: ['15', '09', '2026'], outcome: 'Injection-site reactions' })}
        <div class="moj-button-action"><button type="submit" class="govuk-button govuk-button--secondary moj-add-another__add-button govuk-!-margin-bottom-4" data-module="govuk-button">Add another prior therapy</button></div>
        <button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
      </form></div>`);
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });
});

describe('GOV.UK character count', () => {
  // character-count.mjs: the -info message is visually hidden and two status messages follow it
  const characterCount = (id: string, label: string, value: string, left: number) => `
    <div class="govuk-form-group govuk-character-count" data-module="govuk-character-count" data-maxlength="500">
      <label class="govuk-label govuk-label--s" for="${id}">${label}</label>
      <div id="${id}-hint" class="govuk-hint">Include prior flares and response to treatment</div>
      <textarea class="govuk-textarea govuk-js-character-count" id="${id}" name="${id}" rows="5" aria-describedby="${id}-info ${id}-hint">${value}</textarea>
      <div id="${id}-info" class="govuk-hint govuk-character-count__message govuk-visually-hidden">You can enter up to 500 characters</div>
      <div class="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">You have ${left} characters remaining</div>
      <div class="govuk-hint govuk-character-count__message govuk-character-count__status" aria-hidden="true">You have ${left} characters remaining</div>
    </div>`;

  it('lets the count messages after a textarea name nothing after it', () => {
    const notes = 'Recurrent fevers despite colchicine.';
    page(`<form>${characterCount('notes', 'Clinical notes', notes, 500 - notes.length)}
      <div class="govuk-form-group"><input class="govuk-input govuk-input--width-4" id="w" name="w" type="text" value="72"></div>
      ${input('govuk', 'npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</form>`);
    const values = read();
    expect(values['prescriber.npi']).toBe(ILARIS['prescriber.npi']);
    // the unlabelled box after the count is named by nothing: "characters remaining" is no label
    expect(mapped().filter((m) => m.field.element.id === 'w')).toEqual([]);
    noDuplicatePaths();
  });
});

describe('GOV.UK radios with conditional reveals', () => {
  const conditional = (checked: 'kg' | 'lb', kg: string, lb: string) => {
    const item = (unit: 'kg' | 'lb', text: string, value: string) => `
      <div class="govuk-radios__item">
        <input class="govuk-radios__input" id="weight-unit-${unit}" name="weightUnit" type="radio" value="${unit}"${checked === unit ? ' checked' : ''} aria-controls="conditional-weight-unit-${unit}" aria-expanded="${checked === unit}">
        <label class="govuk-label govuk-radios__label" for="weight-unit-${unit}">${text}</label>
      </div>
      <div class="govuk-radios__conditional${checked === unit ? '' : ' govuk-radios__conditional--hidden'}" id="conditional-weight-unit-${unit}">
        ${input('govuk', `weight-${unit}`, `Weight in ${text.toLowerCase()}`, value, { suffix: unit, width: 4, numeric: true })}
      </div>`;
    return `<div class="govuk-form-group"><fieldset class="govuk-fieldset">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">How do you want to give the patient’s weight?</legend>
      <div class="govuk-radios" data-module="govuk-radios">${item('kg', 'Kilograms', kg)}${item('lb', 'Pounds', lb)}</div>
    </fieldset></div>`;
  };

  it('reads the weight revealed under the checked radio (the first one)', () => {
    page(`<form>${conditional('kg', '72', '')}</form>`);
    expect(read()).toMatchObject({ 'patient.weight': '72' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg' });
    nothingFrom('.govuk-radios__conditional--hidden');
  });

  it('reads the weight revealed under the checked radio, not the hidden one before it', () => {
    page(`<form>${conditional('lb', '', '159')}</form>`);
    expect(read()).toMatchObject({ 'patient.weight': '159' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'lb' });
    nothingFrom('.govuk-radios__conditional--hidden');
  });
});
