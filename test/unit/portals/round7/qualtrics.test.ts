import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import {
  ILARIS,
  THERAPIES,
  THERAPY_ROWS,
  noDuplicatePaths,
  nothingFrom,
  DRUG_OPTIONS,
  FREQUENCY_OPTIONS,
  CODE_OPTIONS,
} from '../round5/request';

/**
 * Qualtrics survey engine, "classic" layout (Qualtrics is closed source; no version number is shown
 * to respondents). Modelled on a saved Qualtrics survey page stored in a public repository (found
 * by the code search, `class="QuestionOuter BorderColor TE QID2"`: the Skin/SkinContent/Questions
 * shell, text entry questions, a matrix table with its aria-hidden header row, row headers, the
 * radios with `aria-labelledby="header~QID7~1 QID7-1-1-col-label"`, the empty `label.q-radio
 * [aria-hidden]` and the mobile `label.single-answer.mobile` column texts), and on an
 * e-mission-phone doc quoting a text entry's DOM. Form field, multiple choice (`ul.ChoiceStructure
 * > li.Selection` with `label.q-radio` + `span.LabelWrapper > label.SingleAnswer`), the dropdown list
 * and the text-entry matrix are written from knowledge of the same engine:
 * - a question is `div.QuestionOuter.BorderColor.<type>#QIDn` holding `div.ValidationError
 *   [role=alert]` (hidden until the answer fails validation), then `div.Inner.BorderColor.<selector>`
 *   > `div.InnerInner` > `fieldset` > `legend` (the `label.QuestionText[for]` or a
 *   `div.QuestionText`) + `div.QuestionBody`.
 * - text entry: `input.InputText[type=TEXT][name="QR~QIDn~TEXT"]`.
 * - form field: `table.ChoiceStructure` of rows `td.LabelWrapper > label[for]` + `td.AnswerCell >
 *   input.InputText`.
 * - matrix: `table.ChoiceStructure` with a `caption.QuestionText`, a `thead > tr.Answers
 *   [aria-hidden=true]` of `th.Selection` column titles, and `tr.ChoiceRow` rows headed by a
 *   `th[scope=row][role=rowheader]`.
 */

const q = (qid: number, type: string, selector: string, legend: string, body: string, o: { error?: string; bodyClass?: string } = {}) =>
  `<div id="QID${qid}Separator" class="Separator"></div><div class="QuestionOuter BorderColor ${type}  QID${qid}" id="QID${qid}" questionid="QID${qid}" posttag="QID${qid}" data-runtime-remove-class-hidden="runtime.Displayed"><div id="QR~QID${qid}~VALIDATION" class="ValidationError" role="alert" data-runtime-show="runtime.ErrorMsg" data-runtime-html="runtime.ErrorMsg" style="display: ${o.error ? 'block' : 'none'};">${o.error ?? ''}</div><div id="QR~QID${qid}~SDPVALIDATION" class="ValidationError" role="alert" data-runtime-show="runtime.PDPErrorMsg" data-runtime-html="runtime.PDPErrorMsg" style="display: none;"></div><div class="Inner BorderColor ${selector}"><div class="InnerInner BorderColor"><fieldset><legend>${legend}</legend><div class="QuestionBody${o.bodyClass ?? ''}">${body}</div></fieldset></div></div></div>`;

const te = (qid: number, text: string, value: string, error?: string) =>
  q(
    qid,
    'TE',
    'SL',
    `<label for="QR~QID${qid}" class="QuestionText BorderColor">${text}</label>`,
    `<div class="ChoiceStructure">  <input type="TEXT" autocomplete="off" id="QR~QID${qid}" value="${value}" class="InputText QR-QID${qid} QWatchTimer" name="QR~QID${qid}~TEXT" data-runtime-textvalue="runtime.Value" aria-describedby="QR~QID${qid}~VALIDATION"> </div>`,
    { error },
  );

const formField = (qid: number, text: string, items: [string, string][]) =>
  q(
    qid,
    'TE',
    'FORM',
    `<div class="QuestionText BorderColor">${text}</div>`,
    `<table class="ChoiceStructure" role="presentation"><tbody>${items
      .map(
        ([label, value], i) =>
          `<tr><td class="LabelWrapper"><label for="QR~QID${qid}~${i + 1}"><span>${label}</span></label></td><td class="AnswerCell"><input type="TEXT" autocomplete="off" id="QR~QID${qid}~${i + 1}" value="${value}" class="InputText QR-QID${qid}-${i + 1} QWatchTimer" name="QR~QID${qid}~${i + 1}" data-runtime-textvalue="runtime.Choices.${i + 1}.Text"></td></tr>`,
      )
      .join('')}</tbody></table>`,
  );

const choices = (qid: number, text: string, options: string[], chosen: string[], multi = false) =>
  q(
    qid,
    'MC',
    multi ? 'MAVR' : 'SAVR',
    `<div class="QuestionText BorderColor">${text}</div>`,
    `<ul class="ChoiceStructure">${options
      .map((o, i) => {
        const on = chosen.includes(o);
        const id = `QR~QID${qid}~${i + 1}`;
        return `<li class="Selection reg"><input choiceid="${i + 1}" aria-labelledby="QID${qid}-${i + 1}-label" class="${multi ? 'checkbox' : 'radio'} QR-QID${qid}-${i + 1} QWatchTimer" type="${multi ? 'checkbox' : 'radio'}" name="${multi ? id : `QR~QID${qid}`}" id="${id}" value="${multi ? 'Selected' : id}" data-runtime-checked="runtime.${multi ? `Choices.${i + 1}.` : ''}Selected"${on ? ' checked' : ''}><label for="${id}" class="${multi ? 'q-checkbox' : 'q-radio'}${on ? ' q-checked' : ''}" data-runtime-class-q-checked="runtime.Choices.${i + 1}.Selected"></label><span class="LabelWrapper"><label for="${id}" id="QID${qid}-${i + 1}-label" class="${multi ? 'MultipleAnswer' : 'SingleAnswer'}${on ? ' q-checked' : ''}" data-runtime-class-q-checked="runtime.Choices.${i + 1}.Selected"><span>${o}</span></label></span></li>`;
      })
      .join('')}</ul>`,
  );

const dropdown = (qid: number, text: string, options: string[], chosen: string) =>
  q(
    qid,
    'MC',
    'DL',
    `<label for="QR~QID${qid}" class="QuestionText BorderColor">${text}</label>`,
    `<select name="QR~QID${qid}" id="QR~QID${qid}" class="ChoiceStructure QR-QID${qid} QWatchTimer" data-runtime-value="runtime.Selected"><option value=""></option>${options
      .map(
        (o, i) => `<option class="Selection" value="${i + 1}" id="QR~QID${qid}~${i + 1}"${o === chosen ? ' selected' : ''}>${o}</option>`,
      )
      .join('')}</select>`,
  );

/** a matrix of text entries ("Matrix table" with answer type "Text entry") */
const textMatrix = (qid: number, text: string, cols: string[], rows: [string, string[]][]) =>
  q(
    qid,
    'Matrix',
    'TE',
    `<label class="QuestionText BorderColor">${text}</label>`,
    `<table cellpadding="0" cellspacing="0" class="ChoiceStructure"><caption class="QuestionText BorderColor">${text}</caption><thead><tr class="Answers" aria-hidden="true"><td class="c1 BorderColor" width="25%">  &nbsp;  </td>${cols
      .map(
        (c, j) =>
          `<th scope="col" class="Selection BorderColor c${j + 4}" id="header~QID${qid}~${j + 1}~${j + 4}" tabindex="-1" role="columnheader">  <span class="LabelWrapper">  <span>${c}</span>  </span> </th>`,
      )
      .join('')}</tr></thead><tbody>${rows
      .map(
        ([head, values], i) =>
          `<tr class="ChoiceRow ${i % 2 ? 'ReadableAlt ' : ''}"><th scope="row" class="c1" id="header~QID${qid}~${i + 1}" tabindex="-1" role="rowheader"><span class="LabelWrapper table"><div class="table-cell">  <label>  <span>${head}</span> </label>   </div></span></th>${values
            .map(
              (v, j) =>
                `<td class="c${j + 4}"><input type="text" autocomplete="off" class="InputText QR-QID${qid}-${i + 1}-${j + 1} QWatchTimer" id="QR~QID${qid}~${i + 1}~${j + 1}" name="QR~QID${qid}~${i + 1}~${j + 1}~TEXT" aria-labelledby="header~QID${qid}~${i + 1} header~QID${qid}~${j + 1}~${j + 4}" value="${v}" data-runtime-textvalue="runtime.Choices.${i + 1}.Answers.${j + 1}.Text"></td>`,
            )
            .join('')}</tr>`,
      )
      .join('')}</tbody></table>`,
    { bodyClass: '  q-matrix desktop' },
  );

const survey = (questions: string) =>
  `<form id="Page" name="Page" method="POST" action=""><div class="Skin"><div id="Overlay"></div><div id="Wrapper"><div id="ProgressBar"></div><div class="SkinInner"><div id="LogoContainer"><div id="Logo"></div></div><div id="HeaderContainer"><div id="Header" role="banner"></div></div><div id="SkinContent"><div id="Questions" role="main">${questions}</div><div id="Buttons"><input id="PreviousButton" class="PreviousButton Button" title="←" type="submit" name="PreviousButton" value="←" aria-label="Previous"><input id="NextButton" class="NextButton Button" title="→" type="submit" name="NextButton" value="→" aria-label="Next"></div></div></div><div id="Plug"><a href="https://www.qualtrics.com/powered-by-qualtrics/" target="_blank">Powered by Qualtrics</a></div></div></div><input type="hidden" id="SessionID" name="SessionID" value="FS_4xW5BSZSvuPJ3hw"></form>`;

describe('Qualtrics survey (classic layout): text entry, form field, multiple choice, dropdown, matrix', () => {
  it('reads the full Ilaris request', () => {
    page(
      survey(
        `${formField(1, 'Member information', [
          ['Member ID', ILARIS['patient.memberId']],
          ['Date of birth (mm/dd/yyyy)', ILARIS['patient.dob']],
          ['Weight (kg)', '72'],
        ])}${choices(2, 'ICD-10 diagnosis codes (select all that apply)', CODE_OPTIONS, ['M04.1', 'M06.1'], true)}${dropdown(3, 'Drug name', DRUG_OPTIONS, ILARIS['drug.name'])}${te(4, 'HCPCS code', ILARIS['drug.hcpcs'])}${te(5, 'NDC', ILARIS['drug.ndc'])}${te(6, 'Dose (mg)', '150')}${te(7, 'Billing units', '150')}${choices(8, 'Frequency', FREQUENCY_OPTIONS, ['Every 4 weeks'])}${te(9, 'CRP (mg/L)', '24')}${te(10, 'CRP collection date (mm/dd/yyyy)', ILARIS['labs.crpDate'])}${te(11, 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it("names a form field question's boxes by their own labels, not the question text", () => {
    page(
      survey(
        formField(1, 'Prescriber', [
          ['NPI', ILARIS['prescriber.npi']],
          ['HCPCS code', ILARIS['drug.hcpcs']],
        ]),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('prescriber.npi')?.label).toBe('NPI');
  });

  it('reads a single-answer question by its chosen label, taking nothing from the empty q-radio labels', () => {
    page(survey(choices(8, 'Frequency', FREQUENCY_OPTIONS, ['Every 4 weeks'])));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    expect(mapped()).toHaveLength(1);
  });

  it('reads a multiple-answer question as its ticked choices', () => {
    page(survey(choices(2, 'ICD-10 diagnosis codes', CODE_OPTIONS, ['M04.1', 'M06.1'], true)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a text entry whose validation message is shown, by its value, with the question as its label', () => {
    page(
      survey(
        `${te(10, 'Date of birth', '14/03/1988', 'Please enter a valid date in the format mm/dd/yyyy.')}${te(11, 'Prescriber NPI', '')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '14/03/1988', 'prescriber.npi': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads prior therapies from a text-entry matrix whose column titles sit in an aria-hidden header row', () => {
    page(
      survey(
        textMatrix(
          12,
          'Prior therapies tried for this diagnosis',
          ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
          THERAPY_ROWS.map((r, i) => [`Therapy ${i + 1}`, r]),
        ),
      ),
    );
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads yes/no statements of a radio matrix by the chosen column, taking nothing from the mobile labels', () => {
    const cols = ['Yes', 'No'];
    const mrow = (qid: number, r: number, text: string, chosen: string) =>
      `<tr class="ChoiceRow  "><th scope="row" class="c1" id="header~QID${qid}~${r}" tabindex="-1" role="rowheader"><span class="LabelWrapper table"><div class="table-cell">  <label>  <span>${text}</span> </label>   </div><div class="dropdown-arrow mobile"> <span class="dropdown-down">&nbsp;</span> </div></span><div class="answered-indicator mobile" aria-hidden="true"> <span data-runtime-html="runtime.Choices.${r}.SelectedDisplay">${chosen}</span> </div></th>${cols
        .map((c, j) => {
          const id = `QR~QID${qid}~${r}~${j + 1}`;
          const lab = `QID${qid}-${r}-${j + 1}-col-label`;
          return `<td class="c${j + 4}${c === chosen ? ' q-checked' : ''}">   <input type="radio" class="QR-QID${qid}-${r}-${j + 1} QWatchTimer" aria-labelledby="header~QID${qid}~${r} ${lab}" id="${id}" name="QR~QID${qid}~${r}" data-runtime-checked="runtime.Choices.${r}.Selected" value="${j + 1}"${c === chosen ? ' checked' : ''}> <label for="${id}" class="q-radio${c === chosen ? ' q-checked' : ''}" aria-hidden="true" aria-labelledby="header~QID${qid}~${r} ${lab}"></label>  <label for="${id}" class="single-answer mobile" id="${lab}" aria-labelledby="header~QID${qid}~${r} ${lab}" tabindex="-1">  <span>${c}</span> </label>  </td>`;
        })
        .join('')}</tr>`;
    const text = 'Please answer each statement about this patient';
    page(
      survey(
        q(
          13,
          'Matrix mf',
          'Likert',
          `<label class="QuestionText BorderColor">${text}</label>`,
          `<table cellpadding="0" cellspacing="0" class="ChoiceStructure"><caption class="QuestionText BorderColor">${text}</caption><thead><tr class="Answers" aria-hidden="true"><td class="c1 BorderColor" width="25%">  &nbsp;  </td>${cols.map((c, j) => `<th scope="col" class="Selection BorderColor c${j + 4}" id="header~QID13~${j + 1}~${j + 4}" tabindex="-1" role="columnheader">  <span class="LabelWrapper">  <span>${c}</span>  </span> </th>`).join('')}</tr></thead><tbody>${mrow(13, 1, 'Colchicine is contraindicated or not tolerated', 'Yes')}${mrow(13, 2, 'NSAIDs are contraindicated or not tolerated', 'No')}</tbody></table>`,
          { bodyClass: '  q-matrix desktop' },
        ),
      ),
    );
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes', 'clinical.nsaidContraindicated': 'No' });
    nothingFrom('.answered-indicator');
  });

  it('lets a shown question claim its path before an empty one display logic hides (class "hidden")', () => {
    const hidden = te(20, 'Weight (lb)', '').replace(
      'class="QuestionOuter BorderColor TE  QID20"',
      'class="QuestionOuter BorderColor TE  QID20 hidden"',
    );
    page(survey(`${hidden}${te(21, 'Weight (kg)', '72')}`));
    expect(read()['patient.weight']).toBe('72');
    expect(field('patient.weight')?.field.element.id).toBe('QR~QID21');
  });

  it('reads an empty dropdown list (blank first option) as empty', () => {
    page(survey(dropdown(3, 'Drug name', DRUG_OPTIONS, '')));
    expect(read()).toEqual({ 'drug.name': '' });
  });
});
