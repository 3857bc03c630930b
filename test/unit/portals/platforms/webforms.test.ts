import { afterEach, describe, expect, it } from 'vitest';
import { mapped, page, read, units } from '../read';

/**
 * ASP.NET WebForms pages as the framework renders them: a master page's content placeholder
 * (`ctl00$MainContent$txtDose` names, `MainContent_txtDose` ids), `asp:Label`s without
 * AssociatedControlID (a `<span>`, not linked), validators as `<span>`s after the field
 * (Display="Static": visibility:hidden, Display="Dynamic": display:none, their text always in
 * the DOM), 4-column table layouts, and Telerik RadComboBox / RadDatePicker (classic render
 * mode: a nested table of their own).
 */

afterEach(() => {
  document.body.innerHTML = '';
});

const hidden = `<div class="aspNetHidden">
  <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
  <input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAVkYWRk"></div>`;

/** an asp:TextBox (Predictable client ids under a master page) */
const tb = (id: string, value = '') =>
  `<input name="ctl00$MainContent$${id}" type="text" value="${value}" id="MainContent_${id}" class="form-input" />`;
/** an asp:Label without AssociatedControlID */
const lbl = (id: string, text: string) => `<span id="MainContent_${id}" class="field-label">${text}</span>`;
/** an asp:RequiredFieldValidator, Display="Static" with Text="*" */
const rfvStar = (id: string) => `<span id="MainContent_${id}" style="color:Red;visibility:hidden;">*</span>`;
/** an asp:RequiredFieldValidator, Display="Dynamic", no Text: its ErrorMessage is rendered */
const rfvMsg = (id: string, msg: string) => `<span id="MainContent_${id}" class="text-danger" style="display:none;">${msg}</span>`;
const ddl = (id: string, options: [string, string][], selected: string) =>
  `<select name="ctl00$MainContent$${id}" id="MainContent_${id}">${options
    .map(([v, t]) => `<option${v === selected ? ' selected="selected"' : ''} value="${v}">${t}</option>`)
    .join('')}</select>`;

describe('ASP.NET WebForms: 4-column table, span labels, validators', () => {
  it('reads a two-pair-per-row table with "*" validators after each box', () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="ctl01">${hidden}
      <table class="formTable" cellpadding="3">
        <tr><td class="hdr" colspan="4">Patient Information</td></tr>
        <tr><td>${lbl('lblMemberId', 'Member ID:')}</td><td>${tb('txtMemberId', 'W123456789')}${rfvStar('rfvMemberId')}</td>
            <td>${lbl('lblDob', 'Date of Birth:')}</td><td>${tb('txtDob', '03/02/1980')}${rfvStar('rfvDob')}</td></tr>
        <tr><td>${lbl('lblWeight', 'Weight:')}</td><td>${tb('txtWeight', '154')} ${ddl(
          'ddlWeightUnit',
          [
            ['lb', 'lb'],
            ['kg', 'kg'],
          ],
          'lb',
        )}${rfvStar('rfvWeight')}</td>
            <td></td><td></td></tr>
        <tr><td class="hdr" colspan="4">Medication Requested</td></tr>
        <tr><td>${lbl('lblDrug', 'Drug Name:')}</td><td>${tb('txtDrug', 'Ilaris')}${rfvStar('rfvDrug')}</td>
            <td>${lbl('lblHcpcs', 'HCPCS Code:')}</td><td>${tb('txtHcpcs', 'J0638')}</td></tr>
        <tr><td>${lbl('lblDose', 'Dose:')}</td><td>${tb('txtDose', '150')} ${ddl(
          'ddlDoseUnit',
          [
            ['mg', 'mg'],
            ['mL', 'mL'],
          ],
          'mg',
        )}${rfvStar('rfvDose')}</td>
            <td>${lbl('lblUnits', 'Billing Units:')}</td><td>${tb('txtUnits', '150')}</td></tr>
        <tr><td class="hdr" colspan="4">Diagnosis</td></tr>
        <tr><td>${lbl('lblIcd', 'Primary ICD-10:')}</td><td>${tb('txtIcd1', 'M04.1')}${rfvStar('rfvIcd')}</td>
            <td>${lbl('lblIcd2', 'Secondary ICD-10:')}</td><td>${tb('txtIcd2', '')}</td></tr>
      </table>
      <input type="submit" name="ctl00$MainContent$btnSubmit" value="Submit Request" id="MainContent_btnSubmit" /></form>`);
    expect(read()).toEqual({
      'patient.memberId': 'W123456789',
      'patient.dob': '03/02/1980',
      'patient.weight': '154',
      'patient.weightUnit': 'lb',
      'drug.name': 'Ilaris',
      'drug.hcpcs': 'J0638',
      'drug.dose': '150',
      'drug.doseUnit': 'mg',
      'drug.units': '150',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': '',
    });
  });

  it("names the Dose box by its own label, not by the weight validator's message before it (Display=Dynamic)", () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="ctl01">${hidden}
      <table class="formTable">
        <tr><td>${lbl('lblWeight', 'Weight (lb):')}</td><td>${tb('txtWeight', '154')}${rfvMsg('rfvWeight', 'Patient weight is required')}</td>
            <td>${lbl('lblDose', 'Dose (mg):')}</td><td>${tb('txtDose', '150')}${rfvMsg('rfvDose', 'Dose is required')}</td></tr>
        <tr><td>${lbl('lblFreq', 'Frequency:')}</td><td>${tb('txtFreq', 'every 8 weeks')}</td>
            <td>${lbl('lblUnits', 'Billing Units:')}</td><td>${tb('txtUnits', '150')}</td></tr>
      </table></form>`);
    expect(read()).toEqual({
      'patient.weight': '154',
      'drug.dose': '150',
      'drug.frequency': 'every 8 weeks',
      'drug.units': '150',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'lb', 'drug.doseUnit': 'mg' });
  });

  it('names a box by its own label when a RangeValidator after the box before it names another quantity', () => {
    // the validator of the Weight box before it says "dose" and "weight": the Units box must stay Units
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="ctl01"><table class="formTable">
      <tr><td>${lbl('lblDose', 'Dose (mg):')}</td><td>${tb('txtDose', '300')}<span id="MainContent_rvDose" class="text-danger" style="display:none;">Dose must be between 1 and 300 mg</span></td>
          <td>${lbl('lblUnits', 'Billing Units:')}</td><td>${tb('txtUnits', '300')}</td></tr>
      <tr><td>${lbl('lblFreq', 'Frequency:')}</td><td>${tb('txtFreq', 'every 4 weeks')}<span id="MainContent_cvFreq" class="text-danger" style="display:none;">Enter a frequency, e.g. every 4 weeks; weight-based dosing goes in Notes</span></td>
          <td>${lbl('lblWeight', 'Weight (kg):')}</td><td>${tb('txtWeight', '70')}</td></tr>
    </table></form>`);
    expect(read()).toEqual({ 'drug.dose': '300', 'drug.units': '300', 'drug.frequency': 'every 4 weeks', 'patient.weight': '70' });
  });

  it('does not take read-only values shown in the same row (asp:Label values) for the label of the box after them', () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="ctl01"><table class="formTable">
      <tr><td class="hdr" colspan="4">Patient</td></tr>
      <tr><td>Member ID:</td><td>${lbl('lblMemberIdValue', 'W123456789')}</td>
          <td>Date of Birth:</td><td>${lbl('lblDobValue', '03/02/1980')}</td></tr>
      <tr><td>Patient Name:</td><td>${lbl('lblNameValue', 'DOE, JANE')}</td>
          <td>Current Weight (kg):</td><td>${tb('txtWeight', '70')}</td></tr>
    </table></form>`);
    expect(read()).toEqual({ 'patient.weight': '70' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });

  it('does not name the Weight box "date of birth" from the read-only DOB shown before it in its row', () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="ctl01"><table class="formTable">
      <tr><td class="hdr" colspan="4">Patient</td></tr>
      <tr><td>Member ID:</td><td>${lbl('lblMemberIdValue', 'W123456789')}</td>
          <td>Patient Name:</td><td>${lbl('lblNameValue', 'DOE, JANE')}</td></tr>
      <tr><td>Date of Birth:</td><td>${lbl('lblDobValue', '03/02/1980')}</td>
          <td>Current Weight (kg):</td><td>${tb('txtWeight', '70')}</td></tr>
    </table></form>`);
    expect(read()).toEqual({ 'patient.weight': '70' });
  });

  it('reads a row of labels above a row of boxes (labels in <td>, not <th>)', () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="ctl01"><table class="formTable">
      <tr><td class="hdr" colspan="3">Medication Requested</td></tr>
      <tr><td class="lbl">Dose (mg)</td><td class="lbl">Frequency</td><td class="lbl">Billing Units</td></tr>
      <tr><td>${tb('TextBox7', '150')}</td><td>${tb('TextBox8', 'every 8 weeks')}</td><td>${tb('TextBox9', '150')}</td></tr>
    </table></form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.frequency': 'every 8 weeks', 'drug.units': '150' });
  });

  it('reads an asp:RadioButtonList (RepeatLayout=Table) after a span question', () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="ctl01"><table class="formTable">
      <tr><td>${lbl('lblContinue', 'Will the patient continue colchicine?')}</td>
          <td><table id="MainContent_rblContinue">
            <tr><td><input id="MainContent_rblContinue_0" type="radio" name="ctl00$MainContent$rblContinue" value="Y" checked="checked" /><label for="MainContent_rblContinue_0">Yes</label></td></tr>
            <tr><td><input id="MainContent_rblContinue_1" type="radio" name="ctl00$MainContent$rblContinue" value="N" /><label for="MainContent_rblContinue_1">No</label></td></tr>
          </table></td></tr>
      <tr><td>${lbl('lblHosp', 'Hospitalized for a flare?')}</td>
          <td><table id="MainContent_rblHosp"><tr>
            <td><input id="MainContent_rblHosp_0" type="radio" name="ctl00$MainContent$rblHosp" value="Y" /><label for="MainContent_rblHosp_0">Yes</label></td>
            <td><input id="MainContent_rblHosp_1" type="radio" name="ctl00$MainContent$rblHosp" value="N" checked="checked" /><label for="MainContent_rblHosp_1">No</label></td>
          </tr></table></td></tr>
    </table></form>`);
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes', 'clinical.hospitalization': 'No' });
  });
});

describe('Telerik RadControls (classic render mode)', () => {
  /** RadComboBox: its input sits in a nested table of its own, with the "select" arrow cell */
  const radCombo = (id: string, value: string, empty = false) => `
    <div id="ctl00_MainContent_${id}" class="RadComboBox RadComboBox_Default" style="width:260px;white-space:normal;">
      <table summary="combobox" style="border-width:0;border-collapse:collapse;width:100%">
        <tr class="rcbReadOnly">
          <td class="rcbInputCell rcbInputCellLeft" style="width:100%;"><input name="ctl00$MainContent$${id}" type="text" class="rcbInput radPreventDecorate${empty ? ' rcbEmptyMessage' : ''}" id="ctl00_MainContent_${id}_Input" value="${value}" readonly="readonly" autocomplete="off" /></td>
          <td class="rcbArrowCell rcbArrowCellRight"><a id="ctl00_MainContent_${id}_Arrow" style="overflow: hidden;display: block;position: relative;outline: none;">select</a></td>
        </tr>
      </table>
      <div class="rcbSlide" style="z-index:6000;"><div id="ctl00_MainContent_${id}_DropDown" class="RadComboBoxDropDown RadComboBoxDropDown_Default " style="display:none;"><div class="rcbScroll rcbWidth" style="width:100%;"><ul class="rcbList" style="list-style:none;margin:0;padding:0;zoom:1;"><li class="rcbItem ">Ilaris (canakinumab) 150 mg/mL</li><li class="rcbItem ">Kineret (anakinra) 100 mg/0.67 mL</li></ul></div></div></div>
      <input id="ctl00_MainContent_${id}_ClientState" name="ctl00_MainContent_${id}_ClientState" type="hidden" autocomplete="off" />
    </div>`;

  it('reads a RadComboBox in a label-and-field table row by the label cell before it', () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="aspnetForm"><table class="formTable">
      <tr><td class="hdr" colspan="2">Medication Requested</td></tr>
      <tr><td><span id="ctl00_MainContent_lblMed">Medication Requested:</span></td><td>${radCombo('rcbMed', 'Ilaris (canakinumab) 150 mg/mL')}</td></tr>
      <tr><td><span id="ctl00_MainContent_lblFreq">Frequency:</span></td><td>${radCombo('rcbFreq', 'Every 8 weeks')}</td></tr>
    </table></form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab) 150 mg/mL', 'drug.frequency': 'Every 8 weeks' });
  });

  it("reads an empty RadComboBox's EmptyMessage as nothing", () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="aspnetForm"><table class="formTable">
      <tr><td><label for="ctl00_MainContent_rcbPos_Input">Place of Service:</label></td><td>${radCombo('rcbPos', '- Choose Place of Service -', true)}</td></tr>
    </table></form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads a RadDatePicker by the box staff type in, not the hidden functional input', () => {
    page(`<form method="post" action="./PriorAuthRequest.aspx" id="aspnetForm"><table class="formTable">
      <tr><td><span id="ctl00_MainContent_lblDob">Date of Birth:</span></td><td>
        <div id="ctl00_MainContent_rdpDob_wrapper" class="RadPicker RadPicker_Default" style="display:inline-block;width:160px;">
          <input style="visibility:hidden;display:block;float:right;margin:0 0 -1px -1px;width:1px;height:1px;overflow:hidden;border:0;padding:0;" id="ctl00_MainContent_rdpDob" name="ctl00$MainContent$rdpDob" type="text" class="rdfd_ radPreventDecorate" value="1980-03-02" title="Visually hidden input created for functionality purposes." />
          <table cellspacing="0" class="rcTable rcSingle" summary="Table holding date picker control for selection of dates." style="width:100%;">
            <tr><td class="rcInputCell" style="width:100%;"><span id="ctl00_MainContent_rdpDob_dateInput_wrapper" class="riSingle RadInput RadInput_Default" style="display:block;width:100%;"><input id="ctl00_MainContent_rdpDob_dateInput" name="ctl00$MainContent$rdpDob$dateInput" class="riTextBox riEnabled" value="3/2/1980" type="text" /><input id="ctl00_MainContent_rdpDob_dateInput_ClientState" name="ctl00_MainContent_rdpDob_dateInput_ClientState" type="hidden" autocomplete="off" /></span></td>
                <td><a title="Open the calendar popup." href="#" id="ctl00_MainContent_rdpDob_popupButton" class="rcCalPopup">Open the calendar popup.</a></td></tr>
          </table>
          <input id="ctl00_MainContent_rdpDob_ClientState" name="ctl00_MainContent_rdpDob_ClientState" type="hidden" autocomplete="off" />
        </div></td></tr>
      <tr><td><span id="ctl00_MainContent_lblWeight">Weight (kg):</span></td><td><input name="ctl00$MainContent$txtWeight" type="text" value="70" id="ctl00_MainContent_txtWeight" /></td></tr>
    </table></form>`);
    expect(read()).toEqual({ 'patient.dob': '3/2/1980', 'patient.weight': '70' });
    expect(mapped().find((m) => m.path === 'patient.dob')?.field.element.id).toBe('ctl00_MainContent_rdpDob_dateInput');
  });
});
