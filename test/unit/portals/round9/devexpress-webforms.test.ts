import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * DevExpress ASP.NET WebForms 22.2 (DevExpress.Web, Office365 theme). Its server renderers are closed
 * source; the markup is modelled from rendered pages as the client scripts address it (the client
 * scripts shipped through DXR.axd, as public apps keep copies of them: ASPxClientTextEdit
 * `ASPx.TEInputSuffix = "_I"`, null text written into the input's value by
 * ToggleTextDecorationCore; ASPxClientComboBox `listBoxNameSuffix = "_L"`, `comboBoxValueInputSuffix
 * = "VI"`; ASPxClientTokenBox tokens `<name>_Token<i>` holding `<name>_TokenT<i>` (text) and
 * `<name>_TokenRB<i>` (remove button, `ASPx.TRBClick`) inserted before the `<name>_TK` hidden field
 * (tokens as JSON) beside `<name>_TKV` (values), a hidden sample token `<name>_Token-1`; culture
 * shortDate "M/d/yyyy"):
 * - editors are tables: `table.dxeButtonEditSys.dxeButtonEdit_Office365#<id>` > `td.dxic` >
 *   `input.dxeEditArea_Office365.dxeEditAreaSys#<id>_I[name=ctl00$…]`, then the drop-down button cell
 *   `td#<id>_B-1.dxeButton.dxeButtonEditButton_Office365` (an `img` alt "v"); the combo's value in
 *   `input[type=hidden]#<id>_VI`; its drop-down window `div#<id>_DDD_PW-1.dxpcDropDown_Office365`
 *   (display:none while closed) holding the list box table `#<id>_DDD_L` of `td.dxeListBoxItem` rows;
 *   ASPxDateEdit's calendar `#<id>_DDD_C` in its own drop-down window;
 * - ASPxFormLayout (table render): `table.dxflGroup` rows of `td.dxflCaptionCell > label.dxflCaption
 *   [for=<id>_I]` "Member ID:" and `td.dxflNestedControlCell`; group boxes `div.dxflGroupBox >
 *   span.dxflGroupBoxCaption`; help text `td.dxflHelpTextCell`; validation error cells
 *   `td.dxeErrorCell` with an error image and text after the editor (ErrorDisplayMode ImageWithText);
 * - ASPxGridView in EditForm mode: `table#grid_DXMainTable.dxgvTable` header row `tr#grid_DXHeadersRow0`
 *   of `td.dxgvHeader` captions, data rows `tr#grid_DXDataRow<i>.dxgvDataRow` of `td.dxgv` text, and
 *   the row being edited replaced by `tr#grid_DXEditingRow.dxgvEditingRow > td[colspan] >
 *   table.dxgvEditFormTable` of `td.dxgvEditFormCaption` "Drug:" + `td.dxgvEditFormEditor` editors,
 *   with Update/Cancel links; Inline mode puts editors in the row's own cells (`tr.dxgvInlineEditRow`).
 */

const T = 'Office365';
const svgLess = (id: string) =>
  `<td id="${id}_B-1" class="dxeButton dxeButtonEditButton_${T}" style="-moz-user-select:none;"><img id="${id}_B-1Img" class="dxEditors_edtDropDown_${T}" src="/DXR.axd?r=1_36-UA2wr" alt="v"></td>`;
const nameOf = (id: string) => id.replace(/_/g, '$');

type Ed = { nullText?: string; readonly?: boolean; disabled?: boolean; error?: string };

/** ASPxTextBox */
function textBox(id: string, value: string, o: Ed = {}): string {
  const nul = !value && o.nullText;
  return `<table class="dxeTextBoxSys dxeTextBox_${T}${nul ? ` dxeNullText_${T}` : ''}${o.disabled ? ` dxeDisabled_${T}` : ''}" id="${id}" style="width:100%;"><tr><td class="dxic" style="width:100%;"><input class="dxeEditArea_${T} dxeEditAreaSys" id="${id}_I" name="${nameOf(id)}" onfocus="ASPx.EGotFocus('${id}')" onblur="ASPx.ELostFocus('${id}')" onchange="ASPx.EValueChanged('${id}')" value="${nul ? o.nullText : value}" type="text"${o.disabled ? ' disabled="disabled"' : ''}></td>${
    o.error
      ? `<td id="${id}_EC" class="dxeErrorCell_${T} dxeErrorCellSys dxeNoBorderLeft"><img class="dxEditors_edtError_${T}" src="/DXR.axd?r=1_36-UA2wr" alt="" style="vertical-align:middle;"><span>${o.error}</span></td>`
      : ''
  }</tr></table>`;
}

/** ASPxComboBox (DropDownStyle=DropDownList: a read-only input showing the chosen item's text) */
function comboBox(id: string, text: string, value: string, items: string[], o: Ed & { open?: boolean } = {}): string {
  const nul = !text && o.nullText;
  const list = items
    .map(
      (v, i) =>
        `<tr class="dxeListBoxItemRow_${T}"><td id="${id}_DDD_L_LBI${i}T0" class="dxeListBoxItem_${T}${v === text ? ` dxeListBoxItemSelected_${T}` : ''}">${v}</td></tr>`,
    )
    .join('');
  return `<table class="dxeButtonEditSys dxeButtonEdit_${T}${nul ? ` dxeNullText_${T}` : ''}${o.disabled ? ` dxeDisabled_${T}` : ''}" id="${id}" style="width:100%;border-collapse:collapse;border-collapse:separate;"><tr><td class="dxic" onmousedown="ASPx.DDMC_MD('${id}', event)" style="width:100%;padding-left:8px;padding-right:2px;"><input class="dxeEditArea_${T} dxeEditAreaSys" id="${id}_I" name="${nameOf(id)}" onfocus="ASPx.EGotFocus('${id}')" onblur="ASPx.ELostFocusCore('${id}')" onchange="ASPx.ETextChanged('${id}')" value="${nul ? o.nullText : text}" type="text" readonly="readonly" autocomplete="off"${o.disabled ? ' disabled="disabled"' : ''}></td>${svgLess(id)}</tr></table><input type="hidden" name="${nameOf(id)}$VI" id="${id}_VI" value="${value}"><div id="${id}_DDD_PW-1" class="dxpcDropDown_${T} dxpclW dxpc-ddSys dxpc-shadow" style="z-index:10000;display:${o.open ? 'block' : 'none'};visibility:${o.open ? 'visible' : 'hidden'};position:absolute;"><div class="dxpc-mainDiv dxpc-shadow"><div class="dxpc-contentWrapper"><div class="dxpc-content"><table class="dxeListBox_${T}" cellspacing="0" cellpadding="0" id="${id}_DDD_L" style="border-collapse:collapse;border-collapse:separate;"><tr><td style="vertical-align:top;"><div id="${id}_DDD_L_D" class="dxlbd" style="width:100%;overflow-x:hidden;overflow-y:auto;"><input id="${id}_DDD_L_VI" type="hidden" name="${nameOf(id)}$DDD$L" value="${value}"><table cellspacing="0" cellpadding="0" style="width:100%;border-collapse:separate;" id="${id}_DDD_L_LBT">${list}</table></div></td></tr></table></div></div></div></div>`;
}

/** ASPxDateEdit (EditFormatString as the portal set it; the default is the culture's M/d/yyyy) */
function dateEdit(id: string, value: string, o: Ed = {}): string {
  const nul = !value && o.nullText;
  return `<table class="dxeButtonEditSys dxeButtonEdit_${T}${nul ? ` dxeNullText_${T}` : ''}" id="${id}" style="width:100%;border-collapse:collapse;border-collapse:separate;"><tr><td class="dxic" onmousedown="ASPx.DDMC_MD('${id}', event)" style="width:100%;"><input class="dxeEditArea_${T} dxeEditAreaSys" id="${id}_I" name="${nameOf(id)}" onfocus="ASPx.EGotFocus('${id}')" onblur="ASPx.ELostFocusCore('${id}')" onchange="ASPx.ETextChanged('${id}')" value="${nul ? o.nullText : value}" type="text" autocomplete="off"></td><td id="${id}_B-1" class="dxeButton dxeButtonEditButton_${T}"><img id="${id}_B-1Img" class="dxEditors_edtCalendar_${T}" src="/DXR.axd?r=1_36-UA2wr" alt="v"></td></tr></table><input type="hidden" id="${id}_Raw" name="${nameOf(id)}$Raw" value=""><div id="${id}_DDD_PW-1" class="dxpcDropDown_${T} dxpclW dxpc-ddSys dxpc-shadow" style="z-index:10000;display:none;visibility:hidden;position:absolute;"><div class="dxpc-mainDiv dxpc-shadow"><div class="dxpc-contentWrapper"><div class="dxpc-content"><table id="${id}_DDD_C" class="dxeCalendar_${T}" cellspacing="0" cellpadding="0"><tr><td class="dxeCalendarHeader_${T}"><table><tr><td class="dxeCalendarHeaderSys">November 2026</td></tr></table></td></tr></table></div></div></div></div>`;
}

/** ASPxTokenBox */
function tokenBox(id: string, tokens: string[], o: Ed = {}): string {
  const token = (t: string, i: number | string, hidden = false) =>
    `<div id="${id}_Token${i}" class="dxeToken_${T}"${hidden ? ' style="display:none;"' : ''}><span id="${id}_TokenT${i}" class="dxeTokenText_${T}">${t}</span><span id="${id}_TokenRB${i}" class="dxeTokenRemoveButton_${T}" onclick="return ASPx.TRBClick('${id}', event)"></span></div>`;
  const json = (a: string[]) => JSON.stringify(a).replace(/"/g, '&quot;');
  const nul = tokens.length === 0 && o.nullText;
  return `<table class="dxeButtonEditSys dxeTokenBox_${T} dxeTokenBoxSys${nul ? ` dxeNullText_${T}` : ''}" id="${id}" style="width:100%;border-collapse:collapse;border-collapse:separate;"><tr><td class="dxic" onmousedown="ASPx.ME_MD('${id}', event)" style="width:100%;">${token('', -1, true)}${tokens
    .map((t, i) => token(t, i))
    .join(
      '',
    )}<input type="hidden" id="${id}_TK" name="${nameOf(id)}$TK" value="${json(tokens)}"><input type="hidden" id="${id}_TKV" name="${nameOf(id)}$TKV" value="${json(tokens)}"><input class="dxeEditArea_${T} dxeEditAreaSys" id="${id}_I" name="${nameOf(id)}" onfocus="ASPx.EGotFocus('${id}')" onblur="ASPx.ELostFocusCore('${id}')" value="${nul ? o.nullText : ''}" type="text" autocomplete="off" style="width:10px;"></td></tr></table><div id="${id}_DDD_PW-1" class="dxpcDropDown_${T} dxpclW dxpc-ddSys dxpc-shadow" style="z-index:10000;display:none;visibility:hidden;position:absolute;"><div class="dxpc-mainDiv"><div class="dxpc-content"><table class="dxeListBox_${T}" id="${id}_DDD_L"><tr><td><div id="${id}_DDD_L_D" class="dxlbd"><table id="${id}_DDD_L_LBT"><tr class="dxeListBoxItemRow_${T}"><td class="dxeListBoxItem_${T}">M04.8</td></tr></table></div></td></tr></table></div></div></div>`;
}

const P = 'ctl00_MainContent_fl';
const item = (id: string, caption: string, editor: string, help = '') =>
  `<tr><td class="dxflCaptionCell_${T} dxflCaptionCellSys" style="width:180px;"><label class="dxflCaption_${T}" for="${id}_I">${caption}:</label></td><td class="dxflNestedControlCell_${T} dxflNestedControlCellSys">${editor}</td>${
    help ? `<td class="dxflHelpTextCell_${T}"><span class="dxflItemHelpText_${T}">${help}</span></td>` : ''
  }</tr>`;
const group = (caption: string, rows: string) =>
  `<div class="dxflGroupBox_${T} dxflGroupBoxSys"><span class="dxflGroupBoxCaption_${T}">${caption}</span><table class="dxflGroup_${T} dxflGroupSys" style="width:100%;">${rows}</table></div>`;
const layout = (body: string) =>
  `<form method="post" action="./PARequest.aspx" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBDxQrAAI="><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAaBqA=="></div><div class="dxflFormLayout_${T}" id="${P}">${body}</div><div class="dxbButton_${T} dxbButtonSys dxbTSys" id="${P}_btnSubmit" tabindex="0"><div class="dxb"><span class="dx-vam">Submit request</span></div></div></form>`;

/** ASPxGridView of prior therapies, row `editing` open in an EditForm, the others text */
function therapyGrid(editing: 0 | 1 | null, inline = false): string {
  const g = `${P}_grid`;
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const keys = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
  const header = `<tr id="${g}_DXHeadersRow0"><td class="dxgvCommandColumn_${T} dxgvHeader_${T}" style="width:90px;"></td>${cols
    .map((c, i) => `<td id="${g}_col${i}" class="dxgvHeader_${T}"><table style="width:100%;"><tr><td>${c}</td></tr></table></td>`)
    .join('')}</tr>`;
  const rows = THERAPY_ROWS.map((r, i) => {
    if (i === editing && !inline)
      return `<tr id="${g}_DXEditingRow" class="dxgvEditingRow_${T}"><td colspan="6" class="dxgvEditFormDisplayRow_${T}"><div class="dxgvEditFormTable_${T}"><table id="${g}_DXEFT" class="dxgvEditFormTable_${T}" style="width:100%;"><tr>${keys
        .map((k, c) => {
          const id = `${g}_DXEditor${c}`;
          return `<td class="dxgvEditFormCaption_${T}"><label for="${id}_I">${cols[c]}:</label></td><td class="dxgvEditFormEditor_${T}">${textBox(id, THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`])}</td>${c % 2 === 1 ? '</tr><tr>' : ''}`;
        })
        .join(
          '',
        )}</tr><tr><td colspan="4" class="dxgvEditFormButtons"><a class="dxbButton_${T} dxgvCommandColumnItem_${T}" href="javascript:;">Update</a> <a class="dxbButton_${T} dxgvCommandColumnItem_${T}" href="javascript:;">Cancel</a></td></tr></table></div></td></tr>`;
    if (i === editing)
      return `<tr id="${g}_DXEditingRow" class="dxgvInlineEditRow_${T} dxgvDataRow_${T}"><td class="dxgvCommandColumn_${T} dxgv"><a href="javascript:;">Update</a> <a href="javascript:;">Cancel</a></td>${keys
        .map((k, c) => `<td class="dxgv">${textBox(`${g}_DXEditor${c}`, THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`])}</td>`)
        .join('')}</tr>`;
    return `<tr id="${g}_DXDataRow${i}" class="dxgvDataRow_${T}"><td class="dxgvCommandColumn_${T} dxgv"><a href="javascript:;">Edit</a></td>${r
      .map((v) => `<td class="dxgv">${v}</td>`)
      .join('')}</tr>`;
  }).join('');
  return `<div class="dxgvControl_${T} dxgv" id="${g}"><table id="${g}_DXMainTable" class="dxgvTable_${T}" style="width:100%;border-collapse:collapse;">${header}${rows}</table></div>`;
}

const f = (s: string) => `${P}_${s}`;

describe('DevExpress ASP.NET WebForms 22.2: ASPxFormLayout with ASPxTextBox, ASPxComboBox, ASPxDateEdit, ASPxTokenBox', () => {
  const request = (therapies = '') =>
    layout(
      `${group('Member', `${item(f('txtMemberId'), 'Member ID', textBox(f('txtMemberId'), ILARIS['patient.memberId']))}${item(f('deDob'), 'Date of birth', dateEdit(f('deDob'), ILARIS['patient.dob']))}${item(f('txtWeight'), 'Weight', textBox(f('txtWeight'), '72'))}${item(f('cbWeightUnit'), 'Weight unit', comboBox(f('cbWeightUnit'), 'kg', 'KG', ['kg', 'lb']))}`)}
      ${group('Diagnosis', item(f('tbIcd'), 'ICD-10 codes', tokenBox(f('tbIcd'), ['M04.1', 'M06.1'])))}
      ${group(
        'Medication',
        `${item(f('cbDrug'), 'Drug name', comboBox(f('cbDrug'), ILARIS['drug.name'], 'ILARIS', ['Ilaris (canakinumab)', 'Kineret (anakinra)']))}${item(f('txtHcpcs'), 'HCPCS code', textBox(f('txtHcpcs'), ILARIS['drug.hcpcs']))}${item(f('txtNdc'), 'NDC', textBox(f('txtNdc'), ILARIS['drug.ndc']))}${item(f('txtDose'), 'Dose', textBox(f('txtDose'), '150'))}${item(f('cbDoseUnit'), 'Dose unit', comboBox(f('cbDoseUnit'), 'mg', 'MG', ['mg', 'mg/kg']))}${item(f('txtUnits'), 'Billing units', textBox(f('txtUnits'), '150'))}${item(f('cbFrequency'), 'Frequency', comboBox(f('cbFrequency'), 'Every 4 weeks', 'Q4W', ['Every 4 weeks', 'Every 8 weeks', 'Once']))}`,
      )}
      ${group('Labs', `${item(f('txtCrp'), 'CRP', textBox(f('txtCrp'), '24'))}${item(f('cbCrpUnit'), 'CRP unit', comboBox(f('cbCrpUnit'), 'mg/L', 'MGL', ['mg/L', 'mg/dL']))}${item(f('deCrpDate'), 'CRP collection date', dateEdit(f('deCrpDate'), ILARIS['labs.crpDate']))}`)}
      ${therapies}
      ${group('Prescriber', item(f('txtNpi'), 'Prescriber NPI', textBox(f('txtNpi'), ILARIS['prescriber.npi'])))}`,
    );
  const full = {
    ...ILARIS,
    'patient.weightUnit': 'kg',
    'diagnosis.codes.0': 'M04.1, M06.1',
    'drug.doseUnit': 'mg',
    'drug.frequency': 'Every 4 weeks',
    'labs.crpUnit': 'mg/L',
  };

  it('reads the full Ilaris request', () => {
    page(request());
    expect(read()).toEqual(full);
    noDuplicatePaths();
    expect(field('drug.name')?.label).toBe('Drug name:');
  });

  it('reads an ASPxComboBox by its _I input text, not its _VI hidden value or its closed drop-down list', () => {
    page(
      layout(
        group(
          'Medication',
          item(
            f('cbDrug'),
            'Drug name',
            comboBox(f('cbDrug'), ILARIS['drug.name'], 'ILARIS', ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom(`#${f('cbDrug')}_DDD_PW-1`);
  });

  it("reads an open ASPxComboBox drop-down as nothing but the combo's own text", () => {
    page(
      layout(
        group(
          'Medication',
          `${item(f('cbFrequency'), 'Frequency', comboBox(f('cbFrequency'), 'Every 4 weeks', 'Q4W', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { open: true }))}${item(f('txtNpi'), 'Prescriber NPI', textBox(f('txtNpi'), ILARIS['prescriber.npi']))}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads empty editors showing their NullText (written into the input value) as empty', () => {
    page(
      layout(
        group(
          'Request',
          `${item(f('cbDrug'), 'Drug name', comboBox(f('cbDrug'), '', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { nullText: 'Select a drug…' }))}${item(f('deDob'), 'Date of birth', dateEdit(f('deDob'), '', { nullText: 'MM/DD/YYYY' }))}${item(f('txtMemberId'), 'Member ID', textBox(f('txtMemberId'), '', { nullText: 'e.g. U123456789' }))}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'patient.dob': '', 'patient.memberId': '' });
  });

  it('reads an ASPxTokenBox by its tokens, not its hidden sample token, remove buttons or _TK JSON', () => {
    page(layout(group('Diagnosis', item(f('tbIcd'), 'ICD-10 codes', tokenBox(f('tbIcd'), ['M04.1', 'M06.1'])))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an ASPxDateEdit in the culture default format (M/d/yyyy) as shown', () => {
    page(layout(group('Member', item(f('deDob'), 'Date of birth', dateEdit(f('deDob'), '3/14/1988')))));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988' });
  });

  it('names an editor by its form layout caption, not its error cell text', () => {
    page(
      layout(
        group(
          'Member',
          `${item(f('txtMemberId'), 'Member ID', textBox(f('txtMemberId'), '', { error: 'Member ID is required' }))}${item(f('txtNpi'), 'Prescriber NPI', textBox(f('txtNpi'), ILARIS['prescriber.npi'], { disabled: true }), '10 digits')}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID:');
  });

  // misread: the grid's data rows are text cells (td.dxgv), not boxes, so the row not being edited is never read, and the EditForm's captions ("Drug:", "Dose:") name the open row's boxes as no prior therapy
  it.fails('reads prior therapies from an ASPxGridView with one row open in its EditForm', () => {
    page(
      request(
        `<div class="dxflGroupBox_${T} dxflGroupBoxSys"><span class="dxflGroupBoxCaption_${T}">Prior therapies</span>${therapyGrid(1)}</div>`,
      ),
    );
    expect(read()).toEqual({ ...full, ...THERAPIES });
  });

  // misread: reads nothing: the inline edit row's editors have no label, and the header row of td.dxgvHeader captions (no th) between text data rows is not taken for column headers
  it.fails('reads the row being edited inline in an ASPxGridView under its column headers', () => {
    page(
      layout(
        `<div class="dxflGroupBox_${T} dxflGroupBoxSys"><span class="dxflGroupBoxCaption_${T}">Prior therapies</span>${therapyGrid(0, true)}</div>`,
      ),
    );
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': THERAPIES['priorTherapies.0.drug'],
      'priorTherapies.0.dose': THERAPIES['priorTherapies.0.dose'],
      'priorTherapies.0.outcome': THERAPIES['priorTherapies.0.outcome'],
    });
  });

  it('heads the fields after a closed ASPxDateEdit or ASPxComboBox by their group caption, not the hidden calendar title or list items', () => {
    page(
      layout(
        `${group('Patient', `${item(f('deDob'), 'Date of birth', dateEdit(f('deDob'), ILARIS['patient.dob']))}${item(f('cbGender'), 'Gender', comboBox(f('cbGender'), 'Female', 'F', ['Female', 'Male']))}${item(f('txtId'), 'ID', textBox(f('txtId'), ILARIS['patient.memberId']))}`)}${group('Prescriber', `${item(f('cbSpec'), 'Specialty', comboBox(f('cbSpec'), 'Rheumatology', 'RHEUM', ['Rheumatology', 'Dermatology']))}${item(f('txtPNpi'), 'NPI', textBox(f('txtPNpi'), ILARIS['prescriber.npi']))}`)}`,
      ),
    );
    expect(read()).toMatchObject({
      'patient.dob': ILARIS['patient.dob'],
      'patient.memberId': ILARIS['patient.memberId'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    expect(field('patient.memberId')?.field.signals.section).toBe('Patient');
  });
});
