import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Telerik UI for ASP.NET AJAX (2021–2024 builds), Lightweight render mode, Bootstrap skin. The library is closed source;
 * the markup follows telerik/ajax-docs at be8bf91 (controls/datepicker/mobile-support/render-mode.md: RadDatePicker's
 * Lightweight rendering; controls/combobox/accessibility-and-internationalization/rendering.md; controls/grid/
 * appearance-and-styling/html-output.md: RadGrid's div.RadGrid > table.rgMasterTable, th.rgHeader, tr.rgRow/rgAltRow,
 * its ClientState input) and a saved portal page in the code index (a RAIS search page, Telerik 2021: RadLabel
 * `label.RadLabel[for=<id>_Input]`, Lightweight RadComboBox `div.RadComboBox` > `span.rcbInner.rcbReadOnly` >
 * `input.rcbInput.radPreventDecorate[readonly]` + `button.rcbActionButton[tabindex=-1]` (icon span + `span.rcbButtonText`
 * "select"), its `div.rcbSlide[style=display:none]` > `div#<id>_DropDown.RadComboBoxDropDown` > `ul.rcbList` of
 * `li.rcbItem`, and `input#<id>_ClientState[type=hidden]`; RadTextBox `span#<id>_wrapper.RadInput` > `input.riTextBox`
 * + its ClientState, an EmptyMessage written into the value and classed `riEmpty`).
 * - The combobox script moves its rcbSlide out to the end of the form when it initialises; open, it is shown with
 *   `display:block; visibility:visible` and the hovered item classed `rcbHovered`, the chosen one `rcbSelected`.
 *   With CheckBoxes="true", each item is `li.rcbItem > label > input.rcbCheckBox[type=checkbox]` + the text, the
 *   "Check All" box `div.rcbCheckAllItems` above the list, and the input shows the checked texts joined ", ".
 * - RadDatePicker: `div#<id>_wrapper.RadPicker` > the functional `input.rdfd_` (visibility hidden, ISO value), the
 *   RadDateInput wrapper `div.RadInput` > `input#<id>_dateInput.riTextBox` (the date in DateFormat MM/dd/yyyy) +
 *   `div.rcSelect` > `a.rcCalPopup` "Open the calendar popup." + the calendar `div.RadCalendar[style=display:none]`
 *   (rcTitlebar, table.rcMainTable of day links, hidden `_SD`/`_AD` inputs), then the ClientState inputs.
 * - RadNumericTextBox renders as a RadTextBox (`span.RadInput > input.riTextBox` + ClientState).
 * - RadGrid with EditMode="EditForms": the edited item keeps its row (classed `rgEditRow`), followed by
 *   `tr.rgEditForm > td[colspan] > div#…_EditFormControl.rgEditForm` holding the auto-generated form: a table of
 *   "Column:" label cells and editor cells, then Update/Cancel buttons (this nesting is my reading of the
 *   GridEditFormItem docs, not a saved page). A GridEditCommandColumn draws `button.rgEdit` per row.
 */

const P = 'ctl00_MainContent_';
const N = 'ctl00$MainContent$';
const state = (o: Record<string, string | boolean>) => JSON.stringify(o).replace(/"/g, '&quot;');

const label = (forId: string, text: string) => `<label for="${forId}" class="RadLabel RadLabel_Bootstrap">${text}</label>`;
const col = (body: string, w = 4) => `<div class="col-md-${w}">${body}</div>`;

/** RadTextBox / RadNumericTextBox; `empty` is the EmptyMessage shown when no value */
const textBox = (id: string, text: string, value: string, o: { empty?: string; disabled?: boolean } = {}) => {
  const shown = value || o.empty || '';
  const cls = o.disabled ? 'riTextBox riDisabled' : value || !o.empty ? 'riTextBox riEnabled' : 'riTextBox riEmpty';
  return col(
    `${label(`${P}${id}`, text)}<span id="${P}${id}_wrapper" class="RadInput RadInput_Bootstrap" style="width:100%;"><input id="${P}${id}" name="${N}${id}" size="20" class="${cls}" value="${shown}" type="text"${o.disabled ? ' disabled="disabled"' : ''}><input id="${P}${id}_ClientState" name="${P}${id}_ClientState" type="hidden" autocomplete="off" value="${state({ enabled: !o.disabled, emptyMessage: o.empty ?? '', validationText: value, valueAsString: value, lastSetTextBoxValue: shown })}"></span>`,
  );
};

type Combo = { empty?: string; checkboxes?: string[]; open?: boolean };
/** Lightweight RadComboBox; returns the control and its rcbSlide (moved to the end of the form) */
function combo(id: string, text: string, value: string, items: string[], o: Combo = {}): { html: string; slide: string } {
  const shown = value || o.empty || '';
  const lis = items
    .map((it) =>
      o.checkboxes
        ? `<li class="rcbItem"><label><input type="checkbox" class="rcbCheckBox"${o.checkboxes.includes(it) ? ' checked="checked"' : ''}>${it}</label></li>`
        : `<li class="rcbItem${it === value ? ' rcbSelected' : ''}${o.open && it === value ? ' rcbHovered' : ''}">${it}</li>`,
    )
    .join('');
  const checkAll = o.checkboxes
    ? `<div class="rcbCheckAllItems"><label><input type="checkbox" class="rcbCheckAllItemsCheckBox">Check All</label></div>`
    : '';
  const slide = `<div class="rcbSlide" style="z-index:6000;${o.open ? 'visibility:visible;display:block;overflow:visible;margin-left:0;position:absolute;top:312px;left:24px;width:280px;' : 'display:none;'}"><div id="${P}${id}_DropDown" class="RadComboBoxDropDown RadComboBoxDropDown_Bootstrap " style="${o.open ? 'display:block;visibility:visible;width:278px;' : ''}">${checkAll}<div class="rcbScroll rcbWidth"><ul class="rcbList">${lis}</ul></div></div></div>`;
  const html = col(
    `${label(`${P}${id}_Input`, text)}<div id="${P}${id}" class="RadComboBox RadComboBox_Bootstrap${o.open ? ' rcbFocused' : ''}" style="width:100%;white-space:normal;"><span class="rcbInner${o.checkboxes ? '' : ' rcbReadOnly'}"><input name="${N}${id}" type="text" class="rcbInput radPreventDecorate${value ? '' : o.empty ? ' rcbEmptyMessage' : ''}" id="${P}${id}_Input" value="${shown}" readonly="readonly" autocomplete="off"><button class="rcbActionButton" tabindex="-1" type="button"><span id="${P}${id}_Arrow" class="p-icon p-i-arrow-60-down"></span><span class="rcbButtonText">select</span></button></span><input id="${P}${id}_ClientState" name="${P}${id}_ClientState" type="hidden" autocomplete="off"></div>`,
  );
  return { html, slide };
}

/** Lightweight RadDatePicker; `shown` in MM/dd/yyyy, `iso` in the functional input */
const datePicker = (id: string, text: string, shown: string, iso: string, o: { empty?: string } = {}) =>
  col(
    `${label(`${P}${id}_dateInput`, text)}<div id="${P}${id}_wrapper" class="RadPicker RadPicker_Bootstrap"><input style="visibility:hidden;display:block;float:right;margin:0 0 -1px -1px;width:1px;height:1px;overflow:hidden;border:0;padding:0;" id="${P}${id}" name="${N}${id}" type="text" class="rdfd_ radPreventDecorate" value="${iso}" title="Visually hidden input created for functionality purposes."><div id="${P}${id}_dateInput_wrapper" class="RadInput RadInput_Bootstrap"><input id="${P}${id}_dateInput" name="${N}${id}$dateInput" class="riTextBox ${shown || !o.empty ? 'riEnabled' : 'riEmpty'}" type="text" value="${shown || o.empty || ''}"><div class="rcSelect"><a title="Open the calendar popup." href="#" id="${P}${id}_popupButton" class="rcCalPopup">Open the calendar popup.</a><div id="${P}${id}_calendar" class="RadCalendar RadCalendar_Bootstrap" style="display:none;"><div class="rcTitlebar"><a id="${P}${id}_calendar_NP" class="rcPrev" title="&lt;" href="#">&lt;</a><span id="${P}${id}_calendar_Title" class="rcTitle">November 2026</span><a id="${P}${id}_calendar_NN" class="rcNext" title="&gt;" href="#">&gt;</a></div><div class="rcMain"><table id="${P}${id}_calendar_Top" class="rcMainTable" cellspacing="0" summary="Table containing all dates for the currently selected month."><caption><span style="display:none;">November 2026</span></caption><thead><tr class="rcWeek"><th class="rcViewSel" scope="col">&nbsp;</th><th title="Sunday" scope="col" abbr="Sun">S</th><th title="Monday" scope="col" abbr="Mon">M</th><th title="Tuesday" scope="col" abbr="Tue">T</th></tr></thead><tbody><tr class="rcRow"><th scope="row">45</th><td title="Sunday, November 01, 2026"><a href="#">1</a></td><td class="rcSelected" title="Monday, November 02, 2026"><a href="#">2</a></td><td title="Tuesday, November 03, 2026"><a href="#">3</a></td></tr></tbody></table></div><input type="hidden" name="${P}${id}_calendar_SD" id="${P}${id}_calendar_SD" value="[]"><input type="hidden" name="${P}${id}_calendar_AD" id="${P}${id}_calendar_AD" value="[[1900,1,1],[2099,12,30],[2026,11,2]]"></div></div><input id="${P}${id}_dateInput_ClientState" name="${P}${id}_dateInput_ClientState" type="hidden" autocomplete="off" value="${state({ enabled: true, emptyMessage: o.empty ?? '', validationText: iso ? `${iso}-00-00-00` : '', valueAsString: iso ? `${iso}-00-00-00` : '', lastSetTextBoxValue: shown })}"></div><input id="${P}${id}_ClientState" name="${P}${id}_ClientState" type="hidden" autocomplete="off"></div>`,
  );

const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
/** RadGrid of prior therapies with a GridEditCommandColumn; `editing` opens that row in an EditForm */
const grid = (id: string, rows: string[][], editing?: number) =>
  `<div id="${P}${id}" class="RadGrid RadGrid_Bootstrap"><table class="rgMasterTable" id="${P}${id}_ctl00" style="width:100%;table-layout:auto;empty-cells:show;"><colgroup>${'<col>'.repeat(COLS.length + 1)}</colgroup><thead><tr><th scope="col" class="rgHeader">&nbsp;</th>${COLS.map((c) => `<th scope="col" class="rgHeader">${c}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r, i) => {
      const row = `<tr class="${i % 2 ? 'rgAltRow' : 'rgRow'}${i === editing ? ' rgEditRow' : ''}" id="${P}${id}_ctl00__${i}"><td><button type="button" name="${N}${id}$ctl00$ctl0${4 + i * 2}$EditButton" id="${P}${id}_ctl00_ctl0${4 + i * 2}_EditButton" title="Edit" class="t-button rgActionButton rgEdit"><span class="t-font-icon rgIcon rgEditIcon"></span></button></td>${r.map((v) => `<td>${v}</td>`).join('')}</tr>`;
      if (i !== editing) return row;
      const f = `${P}${id}_ctl00_ctl0${5 + i * 2}`;
      return `${row}<tr class="rgEditForm"><td colspan="${COLS.length + 1}"><div id="${f}_EditFormControl" class="rgEditForm rgEditForm_Bootstrap" style="width:100%;"><table cellspacing="2" cellpadding="1" border="0" style="width:100%;border-collapse:collapse;"><tbody><tr><td></td><td></td></tr>${COLS.map(
        (c, k) =>
          `<tr class="rgEditRow"><td>${c}:</td><td><input name="${f.replace(/_/g, '$')}$TB_${k}" type="text" value="${r[k]}" id="${f}_TB_${k}" class="rgEditInput"></td></tr>`,
      ).join(
        '',
      )}<tr><td align="left" colspan="2"><button type="button" class="t-button rgActionButton rgUpdate">Update</button>&nbsp;<button type="button" class="t-button rgActionButton rgCancel">Cancel</button></td></tr></tbody></table></div></td></tr>`;
    })
    .join('')}</tbody></table><input id="${P}${id}_ClientState" name="${P}${id}_ClientState" type="hidden" autocomplete="off"></div>`;

const panel = (title: string, body: string) =>
  `<div class="panel panel-default"><div class="panel-heading"><span class="RadLabel RadLabel_Bootstrap"><h4>${title}</h4></span></div><div class="panel-body"><div class="row">${body}</div></div></div>`;
/** the WebForms page: one form, the slides moved after its content */
const form = (body: string, slides = '') =>
  `<form method="post" action="./PriorAuth.aspx" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAg=="></div><div class="container">${body}<button type="submit" name="${N}btnSubmit" id="${P}btnSubmit" class="t-button RadButton RadButton_Bootstrap">Submit request</button></div>${slides}</form>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Telerik UI for ASP.NET AJAX (Lightweight): RadTextBox, RadComboBox, RadDatePicker, RadNumericTextBox, RadGrid', () => {
  it('reads the full Ilaris request', () => {
    const drug = combo('rcbDrug', 'Drug name', ILARIS['drug.name'], DRUGS, { empty: '- Select a drug -' });
    const freq = combo('rcbFreq', 'Frequency', 'Every 4 weeks', FREQ, { empty: '- Select -' });
    const codes = combo('rcbIcd', 'ICD-10 codes', 'M04.1, M06.1', CODES, { checkboxes: ['M04.1', 'M06.1'] });
    page(
      form(
        `${panel('Member', `${textBox('txtMemberId', 'Member ID', ILARIS['patient.memberId'])}${datePicker('rdpDob', 'Date of birth', ILARIS['patient.dob'], '1988-03-14')}${textBox('rntWeight', 'Weight (kg)', '72')}`)}
        ${panel('Diagnosis', codes.html)}
        ${panel('Medication', `${drug.html}${textBox('txtHcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textBox('txtNdc', 'NDC', ILARIS['drug.ndc'])}${textBox('rntDose', 'Dose (mg)', '150')}${textBox('rntUnits', 'Billing units', '150')}${freq.html}`)}
        ${panel('Labs', `${textBox('rntCrp', 'CRP (mg/L)', '24')}${datePicker('rdpCrp', 'CRP collection date', ILARIS['labs.crpDate'], '2026-11-02')}`)}
        ${panel('Prior therapies', grid('rgTherapies', THERAPY_ROWS))}
        ${panel('Prescriber', textBox('txtNpi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
        `${drug.slide}${freq.slide}${codes.slide}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads RadTextBoxes showing their EmptyMessage (classed riEmpty) as empty', () => {
    page(
      form(
        `${textBox('txtMemberId', 'Member ID', '', { empty: 'e.g. U123456789' })}${textBox('txtNpi', 'Prescriber NPI', '', { empty: '10-digit NPI' })}${textBox('rntWeight', 'Weight (kg)', '', { empty: 'kg' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': '', 'patient.weight': '' });
  });

  it('reads a RadComboBox by its read-only input, and nothing from its closed rcbSlide at the end of the form', () => {
    const freq = combo('rcbFreq', 'Frequency', 'Every 8 weeks', FREQ);
    page(form(`${freq.html}${textBox('txtNpi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, freq.slide));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('drug.frequency')?.field.element.id).toBe(`${P}rcbFreq_Input`);
    nothingFrom('.rcbSlide');
  });

  it('reads a RadComboBox showing its EmptyMessage as empty, and an open one as its chosen item, not the hovered list', () => {
    const drug = combo('rcbDrug', 'Drug name', '', DRUGS, { empty: '- Select a drug -' });
    const freq = combo('rcbFreq', 'Frequency', 'Once', FREQ, { open: true });
    page(form(`${drug.html}${freq.html}`, `${drug.slide}${freq.slide}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Once' });
    nothingFrom('.rcbSlide');
  });

  it('reads a CheckBoxes RadComboBox as its checked codes, and no box of its dropdown (nor Check All) as a field', () => {
    const codes = combo('rcbIcd', 'ICD-10 codes', 'M04.1, M06.1', CODES, { checkboxes: ['M04.1', 'M06.1'] });
    page(form(`${codes.html}${textBox('txtNpi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, codes.slide));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.rcbSlide');
  });

  it('reads RadDatePickers by the date input staff type in, not the hidden functional input or the calendar', () => {
    page(
      form(
        `${datePicker('rdpDob', 'Date of birth', ILARIS['patient.dob'], '1988-03-14')}${datePicker('rdpCrp', 'CRP collection date', '', '', { empty: 'MM/DD/YYYY' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.field.element.id).toBe(`${P}rdpDob_dateInput`);
    nothingFrom('.RadCalendar');
  });

  it('reads a RadDatePicker showing a worded EmptyMessage as empty', () => {
    page(
      form(
        `${datePicker('rdpCrp', 'CRP collection date', '', '', { empty: 'Select a date' })}${textBox('txtNpi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpDate': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a disabled RadTextBox (riDisabled) by its value', () => {
    page(
      form(
        `${textBox('txtMemberId', 'Member ID', ILARIS['patient.memberId'], { disabled: true })}${textBox('txtNpi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a RadGrid row open in its EditForm once: the other row by its cells, the edited one by the form', () => {
    page(form(panel('Prior therapies', grid('rgTherapies', THERAPY_ROWS, 1))));
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
  });

  it('takes no request value from a RadGrid of past requests beside the form', () => {
    const past = `<div id="${P}rgHistory" class="RadGrid RadGrid_Bootstrap"><table class="rgMasterTable"><thead><tr><th scope="col" class="rgHeader">Request #</th><th scope="col" class="rgHeader">Member ID</th><th scope="col" class="rgHeader">Drug</th><th scope="col" class="rgHeader">Dose</th><th scope="col" class="rgHeader">Submitted</th><th scope="col" class="rgHeader">Status</th></tr></thead><tbody><tr class="rgRow"><td>PA-20931</td><td>U4829163702</td><td>Kineret (anakinra)</td><td>100 mg daily</td><td>07/01/2026</td><td>Approved</td></tr><tr class="rgAltRow"><td>PA-19002</td><td>U4829163702</td><td>colchicine</td><td>0.6 mg</td><td>01/05/2026</td><td>Closed</td></tr></tbody></table><input id="${P}rgHistory_ClientState" name="${P}rgHistory_ClientState" type="hidden" autocomplete="off"></div>`;
    const drug = combo('rcbDrug', 'Drug name', ILARIS['drug.name'], DRUGS);
    page(
      form(
        `${panel('Previous requests', past)}${panel('Medication', `${drug.html}${textBox('rntDose', 'Dose (mg)', '150')}${textBox('txtMemberId', 'Member ID', ILARIS['patient.memberId'])}`)}`,
        drug.slide,
      ),
    );
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.dose': '150',
      'patient.memberId': ILARIS['patient.memberId'],
    });
    nothingFrom(`#${P}rgHistory`);
  });
});
