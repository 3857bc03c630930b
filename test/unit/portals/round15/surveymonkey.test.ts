import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths } from '../round5/request';

/**
 * SurveyMonkey published survey (classic respondent page, www.surveymonkey.com/r/…). Closed source; the
 * markup follows saved copies of published surveys in the code index (file ids 47165370136 and
 * 46293459710: `div.question-body.clearfix.notranslate`, `div.answer-option-cell >
 * div.radio-button-container[data-sm-radio-button] > input#<qid>_<choiceid>.radio-button-input
 * [name=<qid>][value=<choiceid>] + label.answer-label.radio-button-label.no-touch.touch-sensitive.clearfix
 * [for] > span.radio-button-display + span.radio-button-label-text.question-body-font-theme.user-generated`;
 * file 767787492: `h4.question-title-container` reading "1. <title>") and, where no copy was found,
 * SurveyMonkey's classic question shell as I know it (less certain): `fieldset.question-fieldset
 * .question-legend > legend#question-title-<qid>.question-legend > h4.question-title-container >
 * span.required-asterisk "*" + span.question-number "1" + span.question-dot "." + span.user-generated
 * title`; single textbox `input.text[name=<qid>][aria-labelledby=question-title-<qid>]`; multiple
 * textboxes as rows of `label[for=<qid>_<rowid>] > span.user-generated` + `input.text`; checkboxes as the
 * radios with `checkbox-button-*` classes; dropdown a native `select[name=<qid>]` with an empty first
 * option; the date/time question a row per answer label, its date split into MM, DD and YYYY boxes each
 * labelled by a visually hidden label; the required error `div.question-validation-error-container >
 * span[role=alert]` drawn above the title inside the fieldset.
 */

let q = 301686190;
const title = (qid: number, n: number, text: string, required: boolean) =>
  `<legend id="question-title-${qid}" class="question-legend"><h4 class="question-title-container">${required ? '<span class="required-asterisk notranslate">*</span>' : ''}<span class="question-number notranslate">${n}<span class="question-dot">.</span></span><span class="user-generated notranslate">${text}</span></h4></legend>`;

type O = { required?: boolean; error?: string };
const question = (type: string, text: string, body: (qid: number) => string, o: O = {}) => {
  const qid = ++q;
  return `<div class="question-row clearfix"><div data-question-type="${type}" class="question-container${o.error ? ' has-error' : ''}"><fieldset class="question-fieldset question-legend" id="question-field-${qid}" data-qnumber="${qid - 301686190}" data-question-type="${type}">${
    o.error
      ? `<div class="question-validation-error-container"><span class="question-validation-error-message" role="alert">${o.error}</span></div>`
      : ''
  }${title(qid, qid - 301686190, text, !!o.required)}<div class="question-body clearfix notranslate">${body(qid)}</div></fieldset></div></div>`;
};

const textbox = (text: string, value: string, o: O = {}) =>
  question(
    'open_ended_single',
    text,
    (qid) =>
      `<input type="text" id="${qid}" name="${qid}" class="text" size="50" maxlength="1000" value="${value}" aria-labelledby="question-title-${qid}">`,
    o,
  );

const textboxes = (text: string, rows: [string, string][]) =>
  question('open_ended_multi', text, (qid) =>
    rows
      .map(
        ([label, value], i) =>
          `<div class="question-multi-textbox-row"><label for="${qid}_${3844539140 + i}" class="question-label-text"><span class="user-generated">${label}</span></label><input type="text" id="${qid}_${3844539140 + i}" name="${qid}_${3844539140 + i}" class="text" size="40" value="${value}"></div>`,
      )
      .join(''),
  );

const choice = (kind: 'radio' | 'checkbox', text: string, chosen: string[], options: string[]) =>
  question(kind === 'radio' ? 'single_choice' : 'multiple_choice', text, (qid) =>
    options
      .map((v, i) => {
        const id = `${qid}_${3844539143 + i}`;
        return `<div class="answer-option-cell"><div data-sm-${kind}-button class="${kind}-button-container"><input id="${id}" name="${qid}" type="${kind}" class="${kind}-button-input"${chosen.includes(v) ? ' checked' : ''} value="${3844539143 + i}"><label data-sm-${kind}-button-label class="answer-label ${kind}-button-label no-touch touch-sensitive clearfix${chosen.includes(v) ? ' checked' : ''}" for="${id}"><span data-position="${i}" class="${kind}-button-display"></span><span class="${kind}-button-label-text question-body-font-theme user-generated">${v}</span></label></div></div>`;
      })
      .join(''),
  );

const dropdown = (text: string, value: string, options: string[]) =>
  question(
    'dropdown',
    text,
    (qid) =>
      `<select name="${qid}" id="${qid}" class="select no-touch" aria-labelledby="question-title-${qid}"><option value=""></option>${options.map((v, i) => `<option value="${3844539143 + i}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
  );

/** date/time question, dates only: a row per answer, its date in MM / DD / YYYY boxes */
const dates = (text: string, rows: [string, string][]) =>
  question('datetime', text, (qid) =>
    rows
      .map(([label, value], i) => {
        const [mm = '', dd = '', yyyy = ''] = value ? value.split('/') : [];
        const base = `${qid}_${3844539150 + i}`;
        const box = (part: string, shown: string, v: string, size: number) =>
          `<div class="date-input-container"><label class="date-label" for="${base}_DMY_${part}">${shown}</label><input type="text" id="${base}_DMY_${part}" name="${base}_DMY[${part}]" class="text date-input ${part}" maxlength="${size}" size="${size}" value="${v}" aria-label="${shown}"></div>`;
        return `<div class="date-time-row"><div class="date-time-row-label"><span class="user-generated">${label}</span></div><div class="date-inputs">${box('month', 'MM', mm, 2)}<span class="date-separator">/</span>${box('day', 'DD', dd, 2)}<span class="date-separator">/</span>${box('year', 'YYYY', yyyy, 4)}</div></div>`;
      })
      .join(''),
  );

const survey = (pageTitle: string, body: string) =>
  `<main id="survey-main"><div class="survey-page-header"><h2 class="survey-title user-generated notranslate">Prior Authorization Request</h2><h3 class="page-title user-generated notranslate">${pageTitle}</h3></div><form name="surveyForm" method="post" action="/r/PA7XKQ2" class="survey-form" novalidate>${body}<div class="survey-submit-actions center-text clearfix"><button type="submit" class="btn small next-button survey-page-button user-generated notranslate">Done</button></div><input type="hidden" name="survey_data" value="eyJzdXJ2ZXkiOiIyNTU4In0"><input type="hidden" name="is_previous" value="false"></form></main>`;

const therapyRows = (i: 0 | 1): [string, string][] => [
  ['Drug', THERAPIES[`priorTherapies.${i}.drug`]],
  ['Dose', THERAPIES[`priorTherapies.${i}.dose`]],
  ['Start date', THERAPIES[`priorTherapies.${i}.start`]],
  ['Stop date', THERAPIES[`priorTherapies.${i}.stop`]],
  ['Outcome', THERAPIES[`priorTherapies.${i}.outcome`]],
];

describe('SurveyMonkey published survey: question fieldsets, textboxes, choices, dropdown, date/time', () => {
  it('reads the full Ilaris request, each prior therapy a multiple-textbox question', () => {
    page(
      survey(
        'Request',
        `${textbox('Member ID', ILARIS['patient.memberId'], { required: true })}${dates('Dates', [
          ['Date of birth', ILARIS['patient.dob']],
          ['CRP collection date', ILARIS['labs.crpDate']],
        ])}${textbox('Weight (kg)', '72')}${choice('checkbox', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}${dropdown('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${textboxes(
          'Medication details',
          [
            ['HCPCS code', ILARIS['drug.hcpcs']],
            ['NDC', ILARIS['drug.ndc']],
            ['Dose (mg)', '150'],
            ['Billing units', '150'],
          ],
        )}${choice('radio', 'Frequency', ['Every 4 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'])}${textbox('CRP (mg/L)', '24')}${textboxes('Prior therapy 1', therapyRows(0))}${textboxes('Prior therapy 2', therapyRows(1))}${textbox('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a single textbox by its legend title, without the asterisk and the question number', () => {
    page(
      survey(
        'Member',
        `${textbox('Member ID', ILARIS['patient.memberId'], { required: true })}${textbox('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('names a textbox by its title, not the required error drawn above it', () => {
    page(
      survey(
        'Member',
        `${textbox('Member ID', '', { required: true, error: 'This question requires an answer.' })}${textbox('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, error: 'This question requires an answer.' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads multiple textboxes by their row labels', () => {
    page(
      survey(
        'Medication',
        textboxes('Medication details', [
          ['HCPCS code', ILARIS['drug.hcpcs']],
          ['NDC', ILARIS['drug.ndc']],
          ['Dose (mg)', '150'],
        ]),
      ),
    );
    expect(read()).toEqual({ 'drug.hcpcs': ILARIS['drug.hcpcs'], 'drug.ndc': ILARIS['drug.ndc'], 'drug.dose': '150' });
  });

  it('reads a single-choice question by its chosen answer and a multiple-choice one as its ticked codes', () => {
    page(
      survey(
        'Medication',
        `${choice('radio', 'Frequency', ['Every 8 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'])}${choice('checkbox', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a dropdown by its chosen text, and its empty first option as empty', () => {
    page(
      survey(
        'Medication',
        `${dropdown('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${dropdown('Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads a date/time question row split into MM, DD and YYYY boxes as one date per row', () => {
    page(
      survey(
        'Dates',
        dates('Dates', [
          ['Date of birth', ILARIS['patient.dob']],
          ['CRP collection date', ''],
        ]),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });
});
