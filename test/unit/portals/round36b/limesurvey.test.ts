import { describe, expect, it } from 'vitest';
import { page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * LimeSurvey 6 (LimeSurvey/LimeSurvey, files as stored in the code index: themes/survey/vanilla/views/subviews/survey/
 * {group,question_container,question}.twig @24602b0/0d56d7a, the class names from TemplateConfig::getClassAndAttributes
 * (question-container, question-title-container, asterisk, question-text, ls-label-question, question-valid-container,
 * answer-container, question-help-container, group-title), application/views/survey/questions/answer/
 * shortfreetext/text/item.twig @e165ee0, numerical/answer.twig @e165ee0, date/dropdown/{answer,rows/month,rows/day,
 * rows/year,rows/datepart}.twig, listradio/{answer,rows/answer_row}.twig, multiplechoice/{answer.twig @4183174,
 * rows/answer_row.twig @8bab07c}, arrays/texts/{answer,rows/answer_row,rows/cells/answer_td}.twig, arrays/array/
 * no_dropdown/{answer,rows/answer_row,rows/cells/answer_td}.twig, multipleshorttext/{answer.twig @6dd25d4,
 * rows/answer_row_inputtext.twig @cf24ce9}); the list dropdown, the navbar's question index and the messages are
 * written from LimeSurvey 6 pages as served (fruity_twentythree):
 * - one `<form id="limesurvey" method="post">`; each group `div#group-N.group-outer-container > div.group-container`
 *   titled by `div.group-title.text-center.h3`; each question `div#question<qid>.row.question-container.<type>`
 *   (`mandatory`; `ls-irrelevant ls-hidden` while hidden by relevance: hidden by LimeSurvey's stylesheet only)
 *   > the title container (an `asterisk` div with an sr-only "(This question is mandatory)") and
 *   `div#ls-question-text-<SGQ>.ls-label-question` holding the question text, the valid container (EM tips,
 *   the mandatory message), `div.answer-container` and the help container.
 * - inputs have no `<label>`: `aria-labelledby="ls-question-text-<SGQ>"`, name `<SGQ>`, id `answer<SGQ>`;
 *   a numerical question's suffix is `div.ls-input-group-extra.suffix-text`.
 * - the date question with dropdowns: month, day and year selects each with an sr-only label and a first
 *   option "Month"/"Day"/"Year" (value ""), "/" parts between, in `div.ls-no-js-hidden`; then the real value
 *   in a text box `answer<SGQ>` in `div.ls-js-hidden` (hidden by the stylesheet while JS runs) with a
 *   visually-hidden label "Date in the format: mm/dd/yyyy".
 * - list radio: `ul[role=radiogroup]` of `li.answer-item.radio-item > input[type=radio][value=<code>] + label`;
 *   multiple choice: `li.checkbox-item > div.row > div.col-auto > input[type=checkbox][value=Y] + label +
 *   hidden java input`, each box named `<SGQ><subquestion code>`.
 * - a subquestion row filtered out (array filter, subquestion relevance) is kept with its values and given
 *   `ls-irrelevant ls-hidden` by the survey runtime script (triggerEmRelevanceSubQuestion, style "hidden").
 * - Array (Texts): a table whose thead is `aria-hidden`, each row `tr[role=group]` headed by `th.answertext`
 *   (+ a disabled hidden java input), each cell `td.answer-item` > `label.ls-label-xs-visibility` (the column
 *   title, shown on small screens) + the text box + a disabled hidden java input. Array (radios): the same
 *   table of `td.radio-item > input[type=radio] + label.ls-label-xs-visibility`.
 */

const SID = '482913';
let qid = 100;
type Q = { mandatory?: boolean; hidden?: boolean; help?: string; tip?: string; error?: string };
function question(type: string, text: string, answer: (sgq: string) => string, o: Q = {}, gid = 12): string {
  const id = ++qid;
  const sgq = `${SID}X${gid}X${id}`;
  return `<!-- Question ${id} --><div id="question${id}" class=" row ${type}${o.mandatory ? ' mandatory' : ''}${o.hidden ? ' ls-irrelevant ls-hidden' : ''}${o.error ? ' input-error' : ''}  question-container  "><div class=" question-title-container   col-12 ">${
    o.mandatory
      ? '<div class=" asterisk    pull-left"><small class="   text-danger fa fa-asterisk small" aria-hidden="true"></small><span class="   sr-only text-danger"> (This question is mandatory) </span></div>'
      : ''
  }<div class=" question-text "><div id="ls-question-text-${sgq}" class=" ls-label-question ">${text}</div></div></div><div class=" question-valid-container   text-info col-12">${
    o.tip ? `<div class="ls-question-message ls-em-tip em_default emtip" id="vmsg_${id}_default">${o.tip}</div>` : ''
  }${o.error ? `<div class="ls-question-mandatory ls-em-tip text-danger" role="alert">${o.error}</div>` : ''}</div><div class=" answer-container    col-12">${answer(sgq)}</div><div class=" question-help-container   text-info col-12 ">${
    o.help ? `<div class=" ls-questionhelp ">${o.help}</div>` : ''
  }</div></div>`;
}
const shortText = (text: string, value: string, o: Q = {}) =>
  question(
    'text-short',
    text,
    (sgq) =>
      `<div class="ls-answers answer-item text-item "><input class="form-control " type="text" name="${sgq}" id="answer${sgq}" value="${value}" aria-labelledby="ls-question-text-${sgq}"></div>`,
    o,
  );
const numerical = (text: string, value: string, suffix = '', o: Q = {}) =>
  question(
    'numeric',
    text,
    (sgq) =>
      `<div class="ls-answers answer-item text-item numeric-item ">${suffix ? '<div class="ls-input-group">' : ''}<input id="answer${sgq}" class="form-control numeric" title="Only numbers may be entered in this field." data-number="1" data-integer="" aria-labelledby="ls-question-text-${sgq}" type="text" value="${value}" name="${sgq}">${
        suffix ? `<div class="ls-input-group-extra suffix-text suffix">${suffix}</div></div>` : ''
      }</div>`,
    { tip: 'Only numbers may be entered in this field.', ...o },
  );
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Date question, dropdown layout in mm/dd/yyyy */
const dateDropdown = (text: string, value: string, o: Q = {}) =>
  question(
    'date',
    text,
    (sgq) => {
      const [mm, dd, yyyy] = value ? value.split('/') : ['', '', ''];
      const opts = (prompt: string, values: string[], shown: (v: string) => string, chosen: string) =>
        `<option value=""${chosen ? '' : ' selected'}>${prompt}</option>${values.map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${shown(v)}</option>`).join('')}`;
      const two = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1).padStart(2, '0'));
      const years = Array.from({ length: 2027 - 1900 }, (_, i) => String(2026 - i));
      return `<div class="form-inline"><div class="ls-answers answer-item date-item ls-no-js-hidden form-group" role="group" aria-labelledby="ls-question-text-${sgq}"><label for="month${sgq}" class="visually-hidden control-label">Month</label><select id="month${sgq}" name="month${sgq}" class="month form-select">${opts('Month', two(12), (v) => MONTHS[Number(v) - 1]!, mm!)}</select><span class="hidden-xs">/</span><label for="day${sgq}" class="sr-only">Day</label><select id="day${sgq}" name="day${sgq}" class="form-control day">${opts('Day', two(31), (v) => v, dd!)}</select><span class="hidden-xs">/</span><label for="year${sgq}" class="sr-only">Year</label><select id="year${sgq}" name="year${sgq}" class="year form-control">${opts('Year', years, (v) => v, yyyy!)}</select></div><div class="ls-answers answer-item date-item ls-js-hidden form-group"><label for="answer${sgq}" class="visually-hidden control-label">Date in the format: mm/dd/yyyy</label><div id="answer${sgq}_datetimepicker" class="input-group answer-item date-timepicker-group" data-basename="${sgq}"><input id="answer${sgq}" class="form-control date-control date" aria-describedby="ls-question-text-${sgq}" type="text" value="${value}" name="${sgq}"></div><p class="tip help-block" aria-hidden="true">Format: mm/dd/yyyy</p></div><input type="hidden" id="dateformat${sgq}" value="mm/dd/yyyy"></div>`;
    },
    o,
  );
const listRadio = (text: string, options: string[], chosen: string, o: Q = {}) =>
  question(
    'list-radio',
    text,
    (sgq) =>
      `<ul class="list-unstyled ls-answers answers-list radio-list" role="radiogroup" aria-labelledby="ls-question-text-${sgq}">${options
        .map(
          (v, i) =>
            `<li id="javatbd${sgq}A${i + 1}" class="answer-item radio-item"><input type="radio" value="A${i + 1}" name="${sgq}" id="answer${sgq}A${i + 1}"${v === chosen ? ' checked="checked"' : ''}><label for="answer${sgq}A${i + 1}" class="control-label radio-label">${v}</label></li>`,
        )
        .join(
          '',
        )}</ul><input type="hidden" name="java${sgq}" id="java${sgq}" value="${chosen ? `A${options.indexOf(chosen) + 1}` : ''}" disabled="disabled">`,
    o,
  );
const listDropdown = (text: string, options: string[], chosen: string, o: Q = {}) =>
  question(
    'list-dropdown',
    text,
    (sgq) =>
      `<div class="ls-answers answer-item dropdown-item"><select class="form-select list-question-select" name="${sgq}" id="answer${sgq}" aria-labelledby="ls-question-text-${sgq}"><option value=""${chosen ? '' : ' selected="selected"'}>Please choose...</option>${options
        .map((v, i) => `<option value="A${i + 1}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`)
        .join(
          '',
        )}</select><input type="hidden" name="java${sgq}" id="java${sgq}" value="${chosen ? `A${options.indexOf(chosen) + 1}` : ''}" disabled="disabled"></div>`,
    o,
  );
const multipleChoice = (text: string, options: string[], chosen: string[], o: Q = {}) =>
  question(
    'multiple-opt',
    text,
    (sgq) =>
      `<input type="hidden" name="MULTI${sgq}" value="${options.length}"><div class="ls-answers checkbox-list answers-list row" role="group" aria-labelledby="ls-question-text-${sgq}"><ul class="list-unstyled col-xs-12 col-sm-12">${options
        .map((v, i) => {
          const f = `${sgq}SQ00${i + 1}`;
          return `<li id="javatbd${f}" class="question-item answer-item checkbox-item"><div class="row"><div class="col-auto"><input type="checkbox" name="${f}" id="answer${f}"${chosen.includes(v) ? ' checked="checked"' : ''} value="Y"><label for="answer${f}" class="checkbox-label control-label">${v}</label><input type="hidden" name="java${f}" id="java${f}" value="${chosen.includes(v) ? 'Y' : ''}"></div></div></li>`;
        })
        .join('')}</ul></div>`,
    o,
  );
const COLUMNS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
/** Array (Texts): rows Therapy 1, Therapy 2 under the columns */
const arrayTexts = (text: string, rows: string[][], filtered = 0) =>
  question('array-multi-flexi-text', text, (sgq) => {
    const body = rows
      .map((row, r) => {
        const f = `${sgq}SQ00${r + 1}`;
        const off = r >= rows.length - filtered;
        return `<tr id="javatbd${f}" class="subquestion-list questions-list ${r % 2 ? 'ls-even' : 'ls-odd'}${off ? ' ls-irrelevant ls-hidden' : ''}" role="group" aria-labelledby="answertext${f}"><th id="answertext${f}" class="answertext control-label" role="rowheader">Therapy ${r + 1}<input id="java${f}" disabled="disabled" type="hidden" value="" name="java${f}"></th>${row
          .map(
            (v, c) =>
              `<td class="answer_cell_SQ00${c + 1} answer-item text-item"><label class="ls-label-xs-visibility" for="answer${f}_SQ00${c + 1}">${COLUMNS[c]}</label><input id="answer${f}_SQ00${c + 1}" class="form-control " type="text" value="${v}" name="${f}_SQ00${c + 1}"><input id="java${f}_SQ00${c + 1}" disabled="disabled" type="hidden" value="${v}" name="java${f}_SQ00${c + 1}"></td>`,
          )
          .join('')}</tr>`;
      })
      .join('');
    return `<table class="ls-answers subquestion-list questions-list text-list table table-bordered table-hover" role="group" aria-labelledby="ls-question-text-${sgq}"><colgroup class="col-responses"><col class="answertext" style="width: 20%;">${COLUMNS.map(() => '<col class="" style="width: 16%;">').join('')}</colgroup><thead aria-hidden="true"><tr class="ls-heading"><td>&nbsp;</td>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
  });
/** Array (radios): a response per row */
const arrayRadios = (text: string, rows: string[], columns: string[], chosen: number[]) =>
  question('array-flexible-row', text, (sgq) => {
    const body = rows
      .map((row, r) => {
        const f = `${sgq}SQ00${r + 1}`;
        return `<tr id="javatbd${f}" class="answers-list radio-list ${r % 2 ? 'ls-even' : 'ls-odd'}" role="radiogroup" aria-labelledby="answertext${f}"><th id="answertext${f}" class="answertext control-label">${row}<input id="java${f}" disabled="disabled" type="hidden" value="A${chosen[r]! + 1}" name="java${f}"></th>${columns
          .map(
            (c, i) =>
              `<td class="answer_cell_A${i + 1} answer-item radio-item"><input type="radio" name="${f}" value="A${i + 1}" id="answer${f}-A${i + 1}"${chosen[r] === i ? ' checked="checked"' : ''}><label for="answer${f}-A${i + 1}" class="ls-label-xs-visibility">${c}</label></td>`,
          )
          .join('')}</tr>`;
      })
      .join('');
    return `<div class="ls-table-wrapper" role="group" aria-labelledby="ls-question-text-${sgq}"><table class="ls-answers subquestion-list questions-list radio-array table table-bordered table-hover table-array-radio"><colgroup class="col-responses"><col class="col-answers" style="width: 33%;">${columns.map(() => '<col class="odd" style="width: 22%">').join('')}</colgroup><thead><tr class="ls-heading ls-header"><td>&nbsp;</td>${columns.map((c) => `<th class="answer-text">${c}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div>`;
  });

const group = (n: number, title: string, questions: string) =>
  `<div id="group-${n}" class=" group-outer-container space-col"><div class=" group-container  space-col"><div class=" group-title   text-center h3 space-col">${title}</div>${questions}</div></div>`;
const indexMenu = (titles: string[]) =>
  `<nav class="navbar navbar-expand-md"><div class="container"><a class="navbar-brand" href="#">Ilaris prior authorization</a><ul class="nav navbar-nav ms-auto"><li class="nav-item dropdown ls-index-menu ls-no-js-hidden"><a class="nav-link dropdown-toggle" data-bs-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false" href="#">Question index</a><ul class="dropdown-menu dropdown-menu-end">${titles
    .map(
      (t, i) =>
        `<li class="index-item"><a class="dropdown-item linkToButton" href="#" data-limesurvey-submit='{"move":"${i + 1}"}'>${t}</a></li>`,
    )
    .join(
      '',
    )}</ul></li><li class="nav-item"><a class="nav-link ls-link-action ls-link-clearall" href="#">Exit and clear survey</a></li></ul></div></nav>`;
const survey = (groups: string, titles: string[] = []) =>
  `<div class="outerframe container"><article>${indexMenu(titles)}<div id="main-col" class="col-12"><form id="limesurvey" name="limesurvey" autocomplete="off" action="/index.php/${SID}" method="post" class="survey-form-container form"><input type="hidden" value="aXlwZ3J0bnV6" name="YII_CSRF_TOKEN"><div class="survey-name text-center"><h1>Ilaris prior authorization</h1></div>${groups}<div class="navigator row" id="navigator-container"><div class="col-6 text-end"><button id="ls-button-submit" type="submit" value="movesubmit" name="move" class="ls-move-btn ls-move-submit-btn action--ls-button-submit btn btn-lg btn-primary">Submit</button></div></div><input type="hidden" name="thisstep" value="1" id="thisstep"><input type="hidden" name="sid" value="${SID}" id="sid"><input type="hidden" name="start_time" value="1796441017" id="start_time"><input type="hidden" name="LEMpostKey" value="928374651" id="LEMpostKey"></form></div></article></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const member = () =>
  group(
    1,
    'Member',
    `${shortText('Member ID', ILARIS['patient.memberId'], { mandatory: true })}${dateDropdown('Date of birth', ILARIS['patient.dob'])}${numerical('Weight', '72', 'kg')}`,
  );
const medication = (dose = numerical('Dose', '150', 'mg')) =>
  group(
    2,
    'Medication',
    `${listDropdown('Drug name', DRUGS, ILARIS['drug.name'])}${shortText('HCPCS code', ILARIS['drug.hcpcs'])}${shortText('NDC', ILARIS['drug.ndc'])}${dose}${numerical('Billing units', '150')}${listRadio('Frequency', FREQ, 'Every 4 weeks')}`,
  );
const diagnosisAndLabs = () =>
  `${group(3, 'Diagnosis', multipleChoice('ICD-10 codes', CODES, ['M04.1', 'M06.1']))}${group(4, 'Labs', `${numerical('CRP', '24', 'mg/L')}${dateDropdown('CRP collection date', ILARIS['labs.crpDate'])}`)}`;
const therapies = (extra = '') => group(5, 'Prior therapies', `${arrayTexts('Prior therapies', THERAPY_ROWS)}${extra}`);
const prescriber = () => group(6, 'Prescriber', shortText('Prescriber NPI', ILARIS['prescriber.npi'], { mandatory: true }));
const TITLES = ['Member', 'Medication', 'Diagnosis', 'Labs', 'Prior therapies', 'Prescriber'];
const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('LimeSurvey 6: question containers, dropdown dates, list radios, multiple choice, arrays', () => {
  it('reads the full Ilaris request', () => {
    page(survey(`${member()}${medication()}${diagnosisAndLabs()}${therapies()}${prescriber()}`, TITLES));
    expect(read()).toEqual(FULL);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
    nothingFrom('.ls-index-menu');
  });

  it('reads a dropdown date once, from its selects or the text box kept for browsers without JavaScript', () => {
    page(survey(member()));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
    });
    noDuplicatePaths();
  });

  it('reads an unanswered dropdown date as empty, not as its "Month", "Day" and "Year" prompts', () => {
    page(survey(group(1, 'Member', `${shortText('Member ID', ILARIS['patient.memberId'])}${dateDropdown('Date of birth', '')}`)));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '' });
  });

  it('reads the therapy array by its rows, and nothing from an array of radios rating them after it', () => {
    const rating = arrayRadios(
      'How did the patient respond to each prior therapy?',
      ['colchicine', 'anakinra'],
      ['No response', 'Partial', 'Full'],
      [1, 0],
    );
    page(survey(`${member()}${therapies(rating)}${prescriber()}`, TITLES));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      ...THERAPIES,
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('.table-array-radio');
  });

  it('reads two therapies and not the row the array filter hides with its stale values', () => {
    const rows = [...THERAPY_ROWS, ['methotrexate', '15 mg weekly', '01/10/2025', '12/20/2025', 'Hepatotoxicity']];
    page(survey(`${member()}${group(5, 'Prior therapies', arrayTexts('Prior therapies', rows, 1))}${prescriber()}`, TITLES));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      ...THERAPIES,
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads the dose shown and not the stale one of a question hidden by relevance', () => {
    const kineretDose = numerical('Dose', '100', 'mg', { hidden: true });
    page(survey(medication(`${kineretDose}${numerical('Dose', '150', 'mg')}`)));
    expect(read()).toMatchObject({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
    noDuplicatePaths();
  });

  it('reads the chosen radio and the ticked boxes by their labels, not their answer codes', () => {
    page(
      survey(
        `${medication()}${group(3, 'Diagnosis', multipleChoice('ICD-10 codes', CODES, ['M04.1', 'M06.1'], { help: 'Tick every code that applies.' }))}`,
      ),
    );
    expect(read()).toMatchObject({ 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('names a mandatory question without its asterisk text and with its error shown', () => {
    page(
      survey(
        group(
          1,
          'Member',
          `${shortText('Member ID', '', { mandatory: true, error: 'This question is mandatory.' })}${numerical('Weight', '72', 'kg', { mandatory: true })}${shortText('Prescriber NPI', ILARIS['prescriber.npi'], { mandatory: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'patient.weight': '72', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a multiple short text question by its subquestion labels', () => {
    const prescriberMulti = question(
      'multiple-short-txt',
      'Prescriber',
      (sgq) =>
        `<ul class="ls-answers subquestion-list questions-list text-list list-unstyled form-horizontal" role="group" aria-labelledby="ls-question-text-${sgq}">${[
          ['NPI', ILARIS['prescriber.npi']],
          ['HCPCS code', ILARIS['drug.hcpcs']],
        ]
          .map(
            ([l, v], i) =>
              `<li id="javatbd${sgq}SQ00${i + 1}" class="row question-item answer-item text-item mb-3"><label class="control-label col-12 col-md-4" for="answer${sgq}SQ00${i + 1}">${l}</label><div class="col-12 col-md-8"><input class="form-control " type="text" name="${sgq}SQ00${i + 1}" id="answer${sgq}SQ00${i + 1}" value="${v}" placeholder=""></div></li>`,
          )
          .join('')}</ul>`,
    );
    page(survey(group(6, 'Prescriber', prescriberMulti)));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });
});
