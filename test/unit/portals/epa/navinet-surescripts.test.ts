import { describe, expect, it } from 'vitest';
import { mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom, THERAPIES } from '../round5/request';

/**
 * A NaviNet-like payer portal PA page and a Surescripts-style ePA question set, as legacy
 * ASP.NET WebForms render them. Neither service's markup is public (NaviNet Open and the ePA
 * screens EHRs embed for Surescripts show only in screenshots behind logins; no help page found
 * describes their markup), so the pages are built the way WebForms renders such a form:
 * - `<form method="post" action="./PriorAuth.aspx" id="form1">` with the hidden `__VIEWSTATE`,
 *   `__VIEWSTATEGENERATOR` and `__EVENTVALIDATION` inputs first;
 * - layout tables (`table.formTable`): a section title as a one-cell row (`td[colspan=4].secHdr`),
 *   then rows of label cells (`asp:Label` without AssociatedControlID, i.e. `span#…_lblX`, a
 *   `span.req` "*") and input cells (`asp:TextBox`: `input[name="ctl00$MainContent$txtX"]
 *   #ctl00_MainContent_txtX`), two label/input pairs per row, each box followed by its
 *   `RequiredFieldValidator` (`span.validator[style="color:Red;display:none;"]`);
 * - `asp:RadioButtonList` and `asp:CheckBoxList`: a nested `table#…_rblQ1` whose cells hold
 *   `input#…_rblQ1_0[type=radio][name="ctl00$MainContent$rblQ1"]` + `label[for]` "Yes";
 * - an `asp:GridView` of prior therapies (no `thead`: the header is the first `tr` of `th[scope=col]`,
 *   row boxes named `ctl00$MainContent$gvTherapies$ctl02$txtDrug`), an "Add" `input[type=submit]`;
 * - the question set of numbered questions ("1. Has the patient tried…"), one per row: the text in a
 *   label cell, the answer (text box, RadioButtonList, CheckBoxList, multi-line TextBox) beside it;
 *   the Surescripts-style set stacks each question as a one-cell row over its answer row;
 * - an attachments block: `asp:FileUpload`, a document-type `select`, a description box, an
 *   "Upload" button and a GridView of uploaded files (text cells and a "Remove" link button).
 */

const P = 'ctl00$MainContent$';
const I = 'ctl00_MainContent_';

const viewstate = `<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJSWxhcmlzIFBBZGQCAw8PFgIfAAUKMTIzNDU2Nzg5M2RkZA==" /></div>
  <div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C2EE9ABB" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAW4zY8m3Q2kJ1zYt0pP3nJ0" /></div>`;

/** asp:TextBox with its RequiredFieldValidator */
const tb = (id: string, value: string, o: { multi?: boolean; required?: string } = {}) =>
  (o.multi
    ? `<textarea name="${P}${id}" rows="4" cols="60" id="${I}${id}" class="txtArea">${value}</textarea>`
    : `<input name="${P}${id}" type="text" value="${value}" maxlength="50" id="${I}${id}" class="txt" />`) +
  (o.required ? `<span id="${I}rfv${id}" class="validator" style="color:Red;display:none;">${o.required}</span>` : '');

/** an asp:Label cell (a span, no `for`), "*" when required */
const lbl = (id: string, text: string, required = false) =>
  `<td class="lblCell">${required ? '<span class="req">*</span>' : ''}<span id="${I}lbl${id}">${text}</span></td>`;

/** a row of label/input pairs */
const pairs = (...cells: [id: string, label: string, value: string, required?: boolean][]) =>
  `<tr>${cells.map(([id, label, value, req]) => `${lbl(id, label, req)}<td class="inCell">${tb(id, value, { required: req ? `${label.replace(/:$/, '')} is required.` : undefined })}</td>`).join('')}</tr>`;

const secHdr = (title: string) => `<tr><td colspan="4" class="secHdr">${title}</td></tr>`;

/** asp:RadioButtonList (RepeatDirection=Horizontal) */
const rbl = (id: string, chosen: 'Yes' | 'No' | '') =>
  `<table id="${I}${id}" class="radioList"><tr>${['Yes', 'No']
    .map(
      (c, i) =>
        `<td><input id="${I}${id}_${i}" type="radio" name="${P}${id}" value="${c[0]}"${c === chosen ? ' checked="checked"' : ''} /><label for="${I}${id}_${i}">${c}</label></td>`,
    )
    .join('')}</tr></table>`;

/** asp:CheckBoxList (RepeatDirection=Vertical) */
const cbl = (id: string, options: string[], chosen: string[]) =>
  `<table id="${I}${id}" class="checkList">${options
    .map(
      (c, i) =>
        `<tr><td><input id="${I}${id}_${i}" type="checkbox" name="${P}${id}$${i}"${chosen.includes(c) ? ' checked="checked"' : ''} value="${c}" /><label for="${I}${id}_${i}">${c}</label></td></tr>`,
    )
    .join('')}</table>`;

/** patient, prescriber, medication and labs, as one layout table */
const requestTable = (labs = true) => `<table class="formTable" id="${I}tblRequest" cellpadding="3" cellspacing="0">
  ${secHdr('Member Information')}
  ${pairs(['txtMemberId', 'Member ID:', ILARIS['patient.memberId'], true], ['txtDob', 'Date of Birth:', ILARIS['patient.dob'], true])}
  ${pairs(['txtLastName', 'Last Name:', 'REYES'], ['txtFirstName', 'First Name:', 'DANA'])}
  ${pairs(['txtWeight', 'Weight (kg):', ILARIS['patient.weight']], ['txtHeight', 'Height (cm):', '168'])}
  ${secHdr('Prescribing Provider')}
  ${pairs(['txtNpi', 'Provider NPI:', ILARIS['prescriber.npi'], true], ['txtProvName', 'Provider Name:', 'OKAFOR, ALAN'])}
  ${secHdr('Medication Requested')}
  ${pairs(['txtDrug', 'Drug Name:', ILARIS['drug.name'], true], ['txtNdc', 'NDC:', ILARIS['drug.ndc']])}
  ${pairs(['txtHcpcs', 'HCPCS/J-Code:', ILARIS['drug.hcpcs']], ['txtDose', 'Dose (mg):', ILARIS['drug.dose']])}
  ${pairs(['txtUnits', 'Units Requested:', ILARIS['drug.units']], ['txtFreq', 'Frequency:', 'Every 4 weeks'])}
  ${labs ? `${secHdr('Laboratory Results')}${pairs(['txtCrp', 'CRP (mg/L):', ILARIS['labs.crpValue']], ['txtCrpDate', 'CRP Date Collected:', ILARIS['labs.crpDate']])}` : ''}
</table>`;

/** asp:GridView of prior therapies (header row of th, no thead) */
const therapyGrid = (rows: string[][]) => `<h3 class="secTitle">Medications Tried and Failed</h3>
  <table class="grid" cellspacing="0" rules="all" border="1" id="${I}gvTherapies" style="border-collapse:collapse;">
    <tr class="gridHdr"><th scope="col">Medication</th><th scope="col">Dose</th><th scope="col">Start Date</th><th scope="col">End Date</th><th scope="col">Outcome</th><th scope="col">&nbsp;</th></tr>
    ${rows
      .map(
        (r, i) =>
          `<tr class="${i % 2 ? 'gridAlt' : 'gridRow'}">${['txtDrug', 'txtDose', 'txtStart', 'txtEnd', 'txtOutcome']
            .map(
              (c, j) =>
                `<td><input name="${P}gvTherapies$ctl${String(i + 2).padStart(2, '0')}$${c}" type="text" value="${r[j]}" id="${I}gvTherapies_${c}_${i}" class="txt" /></td>`,
            )
            .join(
              '',
            )}<td><a id="${I}gvTherapies_lnkRemove_${i}" href="javascript:__doPostBack('ctl00$MainContent$gvTherapies','Delete$${i}')">Remove</a></td></tr>`,
      )
      .join('')}
  </table><input type="submit" name="${P}btnAddTherapy" value="Add Medication" id="${I}btnAddTherapy" class="btn" />`;

const THERAPY_ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((c) => THERAPIES[`priorTherapies.${i as 0 | 1}.${c}`]),
);

type Q = [id: string, n: number, text: string, answer: string];

/** NaviNet-like question set: one row per numbered question, text cell beside answer cell */
const questionTable = (qs: Q[]) => `<h3 class="secTitle">Clinical Questions</h3>
  <table class="formTable questions" id="${I}tblQuestions" cellpadding="3">${qs
    .map(
      ([, n, text, answer]) =>
        `<tr id="${I}trQ${n}"><td class="qText"><span id="${I}lblQ${n}">${n}. ${text}</span></td><td class="qAnswer">${answer}</td></tr>`,
    )
    .join('')}</table>`;

/** Surescripts-style question set: each question a one-cell row over its answer row */
const stackedQuestions = (qs: Q[]) => `<table class="epaQuestionSet" id="${I}tblQuestionSet" width="100%">
  <tr><td class="qsHdr">Question Set: ACME GOUT-IL1 (Acme Health Plan)</td></tr>
  ${qs.map(([, n, text, answer]) => `<tr class="qRow"><td class="question"><b>${n}.</b> ${text}</td></tr><tr class="aRow"><td class="answer">${answer}</td></tr>`).join('')}</table>`;

const attachments = `<h3 class="secTitle">Attachments</h3>
  <table class="formTable" id="${I}tblAttach">
    <tr>${lbl('fuAttachment', 'File:')}<td class="inCell"><input type="file" name="${P}fuAttachment" id="${I}fuAttachment" /></td>
      ${lbl('ddlDocType', 'Document Type:')}<td class="inCell"><select name="${P}ddlDocType" id="${I}ddlDocType"><option value="">-- Select --</option><option selected="selected" value="LAB">Lab Results</option><option value="CN">Chart Notes</option><option value="LMN">Letter of Medical Necessity</option></select></td></tr>
    <tr>${lbl('txtDocDesc', 'Description:')}<td class="inCell" colspan="3">${tb('txtDocDesc', 'CRP 24 mg/L drawn 11/02/2026')} <input type="submit" name="${P}btnUpload" value="Upload" id="${I}btnUpload" class="btn" /></td></tr>
  </table>
  <table class="grid" cellspacing="0" rules="all" border="1" id="${I}gvAttachments" style="border-collapse:collapse;">
    <tr class="gridHdr"><th scope="col">File Name</th><th scope="col">Document Type</th><th scope="col">Uploaded</th><th scope="col">&nbsp;</th></tr>
    <tr class="gridRow"><td>chart_notes_2026-11-10.pdf</td><td>Chart Notes</td><td>11/10/2026</td><td><a href="javascript:__doPostBack('ctl00$MainContent$gvAttachments','Delete$0')">Remove</a></td></tr>
    <tr class="gridAlt"><td>crp_2026-11-02.pdf</td><td>Lab Results</td><td>11/12/2026</td><td><a href="javascript:__doPostBack('ctl00$MainContent$gvAttachments','Delete$1')">Remove</a></td></tr>
  </table>`;

const webform = (body: string) =>
  `<form method="post" action="./PriorAuth.aspx?mid=88213" id="form1">${viewstate}
    <div id="header"><span id="${I}lblPortal">Acme Health Plan Provider Portal</span> | <a href="Logout.aspx">Log out</a></div>
    <div id="content"><h2><span id="${I}lblTitle">Pharmacy Prior Authorization Request</span></h2>${body}
    <div class="buttons"><input type="submit" name="${P}btnSave" value="Save" id="${I}btnSave" class="btn" /> <input type="submit" name="${P}btnSubmit" value="Submit Request" id="${I}btnSubmit" class="btn btnPrimary" /></div></div>
  </form>`;

const REQUEST = { ...ILARIS, 'drug.frequency': 'Every 4 weeks', 'prescriber.name': 'OKAFOR, ALAN' };

const QUESTIONS: Q[] = [
  ['rblQ1', 1, 'Has the patient tried colchicine?', rbl('rblQ1', 'Yes')],
  ['txtQ2', 2, 'If yes, what date did the patient start colchicine?', tb('txtQ2', '01/05/2026')],
  ['rblQ3', 3, 'Does the patient have a contraindication or intolerance to NSAIDs?', rbl('rblQ3', 'Yes')],
  ['txtQ4', 4, 'How many gout flares has the patient had in the past 12 months?', tb('txtQ4', '4')],
  [
    'cblQ5',
    5,
    'Which of the following has the patient received for gout flares? (check all that apply)',
    cbl('cblQ5', ['Colchicine', 'NSAIDs', 'Systemic corticosteroids', 'None of the above'], ['Colchicine', 'NSAIDs']),
  ],
  [
    'txtQ6',
    6,
    'Additional clinical information:',
    tb('txtQ6', 'Ilaris 150 mg requested; failed colchicine and anakinra.', { multi: true }),
  ],
];

const ANSWERS = { 'clinical.nsaidContraindicated': 'Yes', 'clinical.flaresPast12Months': '4' };

describe('NaviNet-like WebForms PA page', () => {
  it('reads the whole Ilaris request from label cells and input cells, and the GridView of prior therapies', () => {
    page(webform(requestTable() + therapyGrid(THERAPY_ROWS)));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    expect(mapped().some((m) => m.field.element.matches('input[type=hidden], .validator'))).toBe(false);
    noDuplicatePaths();
  });

  it('maps the numbered questions it knows and keeps the others’ answers out of request fields', () => {
    page(webform(requestTable() + therapyGrid(THERAPY_ROWS) + questionTable(QUESTIONS.filter(([id]) => id !== 'cblQ5'))));
    const r = read();
    expect(r).toEqual({ ...REQUEST, ...THERAPIES, ...ANSWERS });
    // "1. Has the patient tried colchicine? Yes" is no drug name, its start date no birth date
    for (const q of ['trQ1', 'trQ2', 'trQ6']) nothingFrom(`#${I}${q}`);
    noDuplicatePaths();
  });

  it('reads nothing from a CheckBoxList "check all that apply" question', () => {
    page(webform(requestTable() + questionTable(QUESTIONS)));
    expect(read()).toEqual({ ...REQUEST, ...ANSWERS });
    nothingFrom(`#${I}trQ5`);
  });

  it('does not count a RadioButtonList’s two cells as a row of a grid', () => {
    page(webform(questionTable(QUESTIONS.slice(0, 3))));
    expect(read()).toEqual({ 'clinical.nsaidContraindicated': 'Yes' });
    expect(mapped().filter((m) => m.field.element.closest(`#${I}tblQuestions`))).toHaveLength(1);
  });

  it('reads nothing from the attachments block: file box, document type, description, uploaded-file grid', () => {
    page(webform(requestTable() + attachments));
    expect(read()).toEqual(REQUEST);
    nothingFrom(`#${I}tblAttach`);
    nothingFrom(`#${I}gvAttachments`);
  });
});

describe('Surescripts-style ePA question set (stacked question rows)', () => {
  it('maps the answers under stacked one-cell question rows by their question', () => {
    page(webform(requestTable() + stackedQuestions(QUESTIONS.filter(([id]) => id !== 'cblQ5'))));
    expect(read()).toEqual({ ...REQUEST, ...ANSWERS });
  });

  it('never reads a stacked question’s date answer as the birth date or another request date', () => {
    page(
      webform(
        requestTable() +
          stackedQuestions([
            ['txtQ1', 1, 'What date did the patient start colchicine?', tb('txtQ1', '01/05/2026')],
            ['txtQ2', 2, 'What date was the patient’s last gout flare?', tb('txtQ2', '10/28/2026')],
            ['rblQ3', 3, 'Has the patient tried colchicine?', rbl('rblQ3', 'Yes')],
          ]),
      ),
    );
    const r = read();
    expect(r['patient.dob']).toBe(ILARIS['patient.dob']);
    expect(r['drug.name']).toBe(ILARIS['drug.name']);
    expect(Object.values(r).filter((v) => ['01/05/2026', '10/28/2026', 'Yes'].includes(v))).toEqual([]);
    nothingFrom(`#${I}tblQuestionSet`);
    noDuplicatePaths();
  });
});
