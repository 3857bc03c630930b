import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, nothingFrom } from '../round5/request';

/**
 * GOV.UK Forms runner, one question per page (alphagov/forms-runner at 40b70b4: app/views/forms/page/show.html.erb,
 * app/components/question/{text,number,date,selection}_component, app/components/question/base.rb (a page's only
 * question is its heading: label or legend tag h1, size l), app/views/forms/add_another_answer/show.html.erb,
 * app/views/forms/check_your_answers/show.html.erb, config/locales/en.yml for the texts) drawn by the GOV.UK form
 * builder (x-govuk/govuk-form-builder at e6c306d: lib/govuk_design_system_formbuilder/traits/date_input.rb and the
 * label, hint, error and fieldset elements): `div.govuk-form-group` > `h1.govuk-label-wrapper > label.govuk-label
 * .govuk-label--l[for=question-text-field]`, `div.govuk-hint#question-text-hint`, with an error
 * `p.govuk-error-message#question-text-error > span.govuk-visually-hidden "Error: "` and the field id turned into
 * `question-text-field-error` for the error summary's link; dates `fieldset.govuk-fieldset > legend > h1
 * .govuk-fieldset__heading` and `input#question_date_3i[name="question[date(3i)]"][inputmode=numeric]` per segment;
 * single selections keep a hidden `question[selection]` store before the radios; a list of more than 30 options is a
 * `select.govuk-select` (prompt "Select an answer") that DfE::Autocomplete hands to accessible-autocomplete, which
 * hides the select (`display: none`, id + "-select") and draws `input.autocomplete__input[role=combobox]` with its
 * hidden `ul.autocomplete__menu[role=listbox]` (alphagov/accessible-autocomplete at fb3e243: src/wrapper.js enhanceSelectElement,
 * src/autocomplete.js, src/status.js). Rails adds the hidden authenticity_token.
 */

const shell = (form: string) =>
  `<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><a href="/" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a></div></header><div class="govuk-width-container"><a class="govuk-back-link" href="/form/412/prior-authorisation/2">Back</a><main class="govuk-main-wrapper" id="main-content" role="main"><span class="govuk-caption-l">Prior authorisation request</span><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${form}</div></div></main></div>`;
const form = (body: string, errors: { href: string; text: string }[] = []) =>
  shell(
    `<form action="/form/412/prior-authorisation/3" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="q8Zx1-pBv0aY" autocomplete="off">${
      errors.length
        ? `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${errors.map((e) => `<li><a data-turbo="false" href="#${e.href}">${e.text}</a></li>`).join('')}</ul></div></div></div>`
        : ''
    }${body}<button type="submit" formnovalidate="formnovalidate" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Continue</button></form>`,
  );

/** a text or number question (the page's heading); `error` as the form builder draws it */
const text = (question: string, value: string, o: { hint?: string; error?: string; attr?: string } = {}) => {
  const a = o.attr ?? 'text';
  const id = `question-${a}-field${o.error ? '-error' : ''}`;
  const described = [o.hint && `question-${a}-hint`, o.error && `question-${a}-error`].filter(Boolean).join(' ');
  return `<div class="govuk-form-group${o.error ? ' govuk-form-group--error' : ''}"><h1 class="govuk-label-wrapper"><label for="${id}" class="govuk-label govuk-label--l">${question}</label></h1>${o.hint ? `<div class="govuk-hint" id="question-${a}-hint">${o.hint}</div>` : ''}${o.error ? `<p class="govuk-error-message" id="question-${a}-error"><span class="govuk-visually-hidden">Error: </span>${o.error}</p>` : ''}<input id="${id}" class="govuk-input${o.error ? ' govuk-input--error' : ''}"${described ? ` aria-describedby="${described}"` : ''}${a === 'number' ? ' spellcheck="false"' : ''} type="text" value="${value}" name="question[${a}]"></div>`;
};

const date = (question: string, mdY: string, hint = 'For example, 27 3 2007') => {
  const [m = '', d = '', y = ''] = mdY ? mdY.split('/') : [];
  const seg = (s: '3i' | '2i' | '1i', label: string, v: string, w: number, ac: string) =>
    `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="question_date_${s}">${label}</label><input id="question_date_${s}" class="govuk-input govuk-date-input__input govuk-input--width-${w}" name="question[date(${s})]" type="text" inputmode="numeric" value="${v}" autocomplete="${ac}"></div></div>`;
  return `<div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="question-date-hint"><legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">${question}</h1></legend><div class="govuk-hint" id="question-date-hint">${hint}</div><div class="govuk-date-input">${seg('3i', 'Day', d, 2, 'bday-day')}${seg('2i', 'Month', m, 2, 'bday-month')}${seg('1i', 'Year', y, 4, 'bday-year')}</div></fieldset></div>`;
};

const slug = (v: string) => v.toLowerCase().replace(/[^a-z0-9]+/g, '-');
/** a selection question: radios (with the hidden store) or checkboxes, "None of the above" after a divider when optional */
const selection = (question: string, chosen: string[], options: string[], o: { multiple?: boolean; optional?: boolean } = {}) => {
  const kind = o.multiple ? 'checkboxes' : 'radios';
  const item = (v: string) =>
    `<div class="govuk-${kind}__item"><input id="question-selection-${slug(v)}-field" class="govuk-${kind}__input" type="${o.multiple ? 'checkbox' : 'radio'}" value="${v}"${chosen.includes(v) ? ' checked="checked"' : ''} name="question[selection]${o.multiple ? '[]' : ''}"${o.multiple && v === 'None of the above' ? ' data-behaviour="exclusive"' : ''}><label for="question-selection-${slug(v)}-field" class="govuk-label govuk-${kind}__label">${v}</label></div>`;
  return `<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">${question}${o.optional ? ' (optional)' : ''}</h1></legend>${o.multiple ? '<input type="hidden" name="question[selection][]" value="" autocomplete="off">' : '<input autocomplete="off" type="hidden" value="" name="question[selection]" id="question_selection">'}<div class="govuk-${kind}" data-module="govuk-${kind}">${options.map(item).join('')}${o.optional ? `<div class="govuk-${kind}__divider">or</div>${item('None of the above')}` : ''}</div></fieldset></div>`;
};

/** a long selection: the select accessible-autocomplete enhanced, hidden, and the combobox input it draws */
const autocomplete = (question: string, chosen: string, options: string[]) =>
  `<div class="govuk-form-group" data-module="app-dfe-autocomplete"><h1 class="govuk-label-wrapper"><label for="question-selection-field" class="govuk-label govuk-label--l">${question}</label></h1><div><div class="autocomplete__wrapper"><div class="autocomplete__status" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin-bottom: -1px; margin-right: -1px; overflow: hidden; padding: 0px; position: absolute; white-space: nowrap; width: 1px;"><div id="question-selection-field__status--A" role="status" aria-atomic="true" aria-live="polite"></div><div id="question-selection-field__status--B" role="status" aria-atomic="true" aria-live="polite"></div></div><input aria-describedby="question-selection-field__assistiveHint" aria-expanded="false" aria-controls="question-selection-field__listbox" aria-autocomplete="both" autocomplete="off" class="autocomplete__input autocomplete__input--default" id="question-selection-field" name="" placeholder="" type="text" role="combobox" value="${chosen}"><ul aria-labelledby="question-selection-field" id="question-selection-field__listbox" role="listbox" class="autocomplete__menu autocomplete__menu--inline autocomplete__menu--hidden"></ul><span id="question-selection-field__assistiveHint" style="display: none;">When autocomplete results are available use up and down arrows to review and enter to select. Touch device users, explore by touch or with swipe gestures.</span></div></div><select class="govuk-select" id="question-selection-field-select" name="question[selection]" style="display: none;"><option value="">Select an answer</option>${options.map((v) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`).join('')}<option value="None of the above">None of the above</option></select></div>`;

const summary = (rows: [string, string, string][]) =>
  `<dl class="govuk-summary-list">${rows.map(([k, v, hidden]) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${v}</dd><dd class="govuk-summary-list__actions"><a class="govuk-link" href="/form/412/prior-authorisation/3/change">Change<span class="govuk-visually-hidden"> ${hidden}</span></a></dd></div>`).join('')}</dl>`;

const DRUGS = ['Actemra (tocilizumab)', 'Cosentyx (secukinumab)', 'Ilaris (canakinumab)', 'Kevzara (sarilumab)', 'Kineret (anakinra)'];

describe('GOV.UK Forms runner: one question per page, the GOV.UK form builder', () => {
  it('reads the request question by question, each page holding one question as its heading', () => {
    const pages = [
      text('What is the patient’s member ID?', ILARIS['patient.memberId']),
      date('What is the patient’s date of birth?', ILARIS['patient.dob']),
      text('What is the patient’s weight in kg?', '72', { attr: 'number' }),
      selection('Which ICD-10 codes apply?', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { multiple: true }),
      autocomplete('Which drug is requested?', ILARIS['drug.name'], DRUGS),
      text('What is the HCPCS code?', ILARIS['drug.hcpcs']),
      text('What is the NDC?', ILARIS['drug.ndc']),
      text('What is the dose in mg?', '150', { attr: 'number' }),
      text('How many billing units?', '150', { attr: 'number' }),
      selection('How often will the drug be given?', ['Every 4 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once']),
      text('What is the CRP value in mg/L?', '24', { attr: 'number' }),
      date('What date was the CRP collected?', ILARIS['labs.crpDate'], 'For example, 27 3 2024'),
      text('What is the prescriber’s NPI?', ILARIS['prescriber.npi'], { hint: 'This is 10 digits' }),
    ];
    const seen: Record<string, string> = {};
    for (const p of pages) {
      page(form(p));
      Object.assign(seen, read());
    }
    expect(seen).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
  });

  it('names a text question by its h1 label, not its hint', () => {
    page(form(text('What is the prescriber’s NPI?', ILARIS['prescriber.npi'], { hint: 'This is 10 digits, for example 1234567893' })));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('What is the prescriber’s NPI?');
  });

  it('reads a date question (day, month and year under its h1 legend) as one date, and an empty one as empty', () => {
    page(form(date('What is the patient’s date of birth?', ILARIS['patient.dob'])));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'] });
    page(form(date('What date was the CRP collected?', '')));
    expect(read()).toEqual({ 'labs.crpDate': '' });
  });

  it('names a question shown with an error by its label, not the error summary or the hidden "Error:"', () => {
    page(
      form(text('What is the patient’s member ID?', '', { error: 'Enter an answer' }), [
        { href: 'question-text-field-error', text: 'Enter an answer' },
      ]),
    );
    expect(read()).toEqual({ 'patient.memberId': '' });
    expect(field('patient.memberId')?.label).toBe('What is the patient’s member ID?');
  });

  it('reads a radios question by its checked option, not the hidden store before it, "None of the above" after the divider', () => {
    page(
      form(
        selection('How often will the drug be given?', ['Every 8 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], { optional: true }),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    page(
      form(
        selection('How often will the drug be given?', ['None of the above'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], {
          optional: true,
        }),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'None of the above' });
  });

  it('reads a checkboxes question as its ticked codes, named by its legend without "(optional)"', () => {
    page(form(selection('Which ICD-10 codes apply?', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { multiple: true, optional: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a long selection by the autocomplete input, not the hidden select it enhanced', () => {
    page(form(autocomplete('Which drug is requested?', ILARIS['drug.name'], DRUGS)));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom('select');
  });

  it('takes nothing from the "add another answer" page: its summary list and its yes/no radios', () => {
    page(
      form(
        `<h1 class="govuk-heading-l">You have added 2 answers</h1>${summary([
          ['colchicine', '', 'answer 1'],
          ['anakinra', '', 'answer 2'],
        ]).replace(
          /govuk-summary-list"/,
          'govuk-summary-list add-another-answer"',
        )}<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Do you need to add another answer?</legend><input type="hidden" name="add_another_answer_input[add_another_answer]" value="" autocomplete="off"><div class="govuk-radios govuk-radios--inline" data-module="govuk-radios"><div class="govuk-radios__item"><input id="add-another-answer-input-add-another-answer-yes-field" class="govuk-radios__input" type="radio" value="yes" name="add_another_answer_input[add_another_answer]"><label for="add-another-answer-input-add-another-answer-yes-field" class="govuk-label govuk-radios__label">Yes</label></div><div class="govuk-radios__item"><input id="add-another-answer-input-add-another-answer-no-field" class="govuk-radios__input" type="radio" value="no" name="add_another_answer_input[add_another_answer]"><label for="add-another-answer-input-add-another-answer-no-field" class="govuk-label govuk-radios__label">No</label></div></div></fieldset></div>`,
      ),
    );
    expect(read()).toEqual({});
  });

  it('takes nothing from check your answers: its summary list and the confirmation email question', () => {
    page(
      form(
        `<h1 class="govuk-heading-l">Check your answers before submitting your form</h1>${summary([
          ['What is the patient’s member ID?', ILARIS['patient.memberId'], 'What is the patient’s member ID?'],
          ['What is the patient’s date of birth?', '14 March 1988', 'What is the patient’s date of birth?'],
          ['What is the prescriber’s NPI?', ILARIS['prescriber.npi'], 'What is the prescriber’s NPI?'],
        ])}<div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="email-confirmation-input-send-confirmation-hint"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Do you want to get an email confirming your form has been submitted?</h2></legend><div class="govuk-hint" id="email-confirmation-input-send-confirmation-hint">We’ll only use the email address you provide here to send a confirmation that your form’s been successfully submitted. It will not contain a copy of your answers.</div><input type="hidden" name="email_confirmation_input[send_confirmation]" value="" autocomplete="off"><div class="govuk-radios" data-module="govuk-radios"><div class="govuk-radios__item"><input id="email-confirmation-input-send-confirmation-field" class="govuk-radios__input" type="radio" value="send_email" name="email_confirmation_input[send_confirmation]" aria-controls="email-confirmation-input-send-confirmation-send-email-conditional"><label for="email-confirmation-input-send-confirmation-field" class="govuk-label govuk-radios__label">Yes</label></div><div class="govuk-radios__conditional govuk-radios__conditional--hidden" id="email-confirmation-input-send-confirmation-send-email-conditional"><div class="govuk-form-group"><label for="email-confirmation-input-confirmation-email-address-field" class="govuk-label">What email address do you want us to send your confirmation to?</label><input id="email-confirmation-input-confirmation-email-address-field" class="govuk-input" autocomplete="email" spellcheck="false" type="email" name="email_confirmation_input[confirmation_email_address]"></div></div><div class="govuk-radios__item"><input id="email-confirmation-input-send-confirmation-skip-confirmation-field" class="govuk-radios__input" type="radio" value="skip_confirmation" name="email_confirmation_input[send_confirmation]"><label for="email-confirmation-input-send-confirmation-skip-confirmation-field" class="govuk-label govuk-radios__label">No</label></div></div></fieldset></div><input id="confirmation-email-reference" autocomplete="off" type="hidden" value="b4c1d2e3" name="email_confirmation_input[confirmation_email_reference]">`,
      ).replace('>Continue</button>', '>Submit</button>'),
    );
    expect(read()).toEqual({});
    nothingFrom('.govuk-summary-list');
  });
});
