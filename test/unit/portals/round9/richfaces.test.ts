import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths } from '../round5/request';

/**
 * RichFaces 4.5 (JSF; richfaces/richfaces, components/rich/src/main/templates/select.template.xml and
 * calendar.template.xml):
 * - rich:select: `div.rf-sel#<clientId>` > `span.rf-sel-cntr` > `input[type=hidden]#<clientId>selValue
 *   [name=<clientId>]` (the value) + `input.rf-sel-inp#<clientId>Input[type=text][autocomplete=off]
 *   [readonly]` showing the chosen item's label, or the defaultLabel (then classed `rf-sel-dflt-lbl`),
 *   + `span.rf-sel-btn > span.rf-sel-btn-arrow`; then the list `div#<clientId>List.rf-sel-lst-cntr` >
 *   `div.rf-sel-shdw` > … `div.rf-sel-lst-scrl` holding the items (`div.rf-sel-opt`), hidden by the
 *   skin's style sheet until shown; then the init script.
 * - rich:calendar (popup): `div.rf-cal#<clientId>` > `span#<clientId>Popup[style=white-space: nowrap]`
 *   > `input.rf-cal-inp#<clientId>InputDate[name][readonly]` holding the date in datePattern, the
 *   `img.rf-cal-btn#<clientId>PopupButton` icon, `input[type=hidden]#<clientId>InputCurrentDate`
 *   ("03/1988"), then `span#<clientId>Content` and `span#<clientId>Script` (display: none).
 * - the page: h:form (`form#paForm` with its `input[type=hidden][name=paForm]` marker and
 *   `javax.faces.ViewState`), h:panelGrid tables of `h:outputLabel` (`label[for=<clientId>]`: for a
 *   rich:select, the div's id, not its input's), inputs and `rich:message` spans (`span.rf-msg`).
 */

const F = 'paForm';
const row = (label: string, forId: string, control: string, msg = '') =>
  `<tr><td class="label-col"><label for="${forId}">${label}</label></td><td class="field-col">${control}</td><td class="msg-col"><span id="${forId}Msg" class="rf-msg">${
    msg ? `<span class="rf-msg-err"><span class="rf-msg-det">${msg}</span></span>` : ''
  }</span></td></tr>`;

const text = (label: string, name: string, value: string, msg = '') =>
  row(label, `${F}:${name}`, `<input id="${F}:${name}" type="text" name="${F}:${name}" value="${value}" class="form-input">`, msg);

/** rich:select (enableManualInput false) */
const select = (label: string, name: string, chosen: string, items: string[], defaultLabel = 'Select…') => {
  const id = `${F}:${name}`;
  return row(
    label,
    id,
    `<div id="${id}" class="rf-sel"><span class="rf-sel-cntr"><input id="${id}selValue" name="${id}" type="hidden" value="${chosen ? chosen.toUpperCase().replace(/\W+/g, '_') : ''}"><input id="${id}Input" value="${chosen || defaultLabel}" name="${id}Input" type="text" class="rf-sel-inp${chosen ? '' : ' rf-sel-dflt-lbl'}" autocomplete="off" readonly="readonly"><span id="${id}Button" class="rf-sel-btn"><span class="rf-sel-btn-arrow"></span></span></span><div id="${id}List" class="rf-sel-lst-cntr"><div class="rf-sel-shdw"><div class="rf-sel-shdw-t"></div><div class="rf-sel-shdw-l"></div><div class="rf-sel-shdw-r"></div><div class="rf-sel-shdw-b"></div><div class="rf-sel-lst-dcrtn"><div class="rf-sel-lst-scrl" style="max-height:100px;"><div id="${id}Items">${items
      .map((v, i) => `<div id="${id}Item${i}" class="rf-sel-opt${v === chosen ? ' rf-sel-sel' : ''}">${v}</div>`)
      .join('')}</div></div></div></div></div><script type="text/javascript">new RichFaces.ui.Select("${id}", {});</script></div>`,
  );
};

/** rich:calendar popup (datePattern MM/dd/yyyy) */
const calendar = (label: string, name: string, value: string, current: string) => {
  const id = `${F}:${name}`;
  return row(
    label,
    `${id}InputDate`,
    `<div id="${id}" class="rf-cal"><span id="${id}Popup" style="white-space: nowrap;"><input id="${id}InputDate" name="${id}InputDate" value="${value}" type="text" style="vertical-align: middle; " class="rf-cal-inp " readonly="readonly"><img id="${id}PopupButton" alt="" class="rf-cal-btn " style="vertical-align: middle" src="/pa/javax.faces.resource/calendarIcon.png?ln=org.richfaces.images"><input type="hidden" id="${id}InputCurrentDate" style="display:none" autocomplete="off" name="${id}InputCurrentDate" value="${current}"></span><span style="display: none;" id="${id}Content"></span><span style="display: none;" id="${id}Script"><script type="text/javascript">new RichFaces.ui.Calendar("${id}", "en_US", {}).load();</script></span></div>`,
  );
};

const grid = (caption: string, rows: string) =>
  `<fieldset class="rf-p"><legend>${caption}</legend><table class="form-grid"><tbody>${rows}</tbody></table></fieldset>`;
const form = (body: string) =>
  `<form id="${F}" name="${F}" method="post" action="/pa/request.xhtml" enctype="application/x-www-form-urlencoded"><input type="hidden" name="${F}" value="${F}">${body}<input type="submit" name="${F}:submit" value="Submit request" class="rf-btn"><input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="-1855374012337474185:3612254426390129452" autocomplete="off"></form>`;

describe('RichFaces 4.5 (JSF): rich:select and rich:calendar in h:panelGrid', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${grid('Member', `${text('Member ID', 'memberId', ILARIS['patient.memberId'])}${calendar('Date of birth', 'dob', ILARIS['patient.dob'], '03/1988')}${text('Weight (kg)', 'weight', '72')}`)}
        ${grid('Diagnosis', text('ICD-10 code', 'icd', 'M04.1'))}
        ${grid(
          'Medication',
          `${select('Drug name', 'drug', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('HCPCS code', 'hcpcs', ILARIS['drug.hcpcs'])}${text('NDC', 'ndc', ILARIS['drug.ndc'])}${text('Dose (mg)', 'dose', '150')}${text('Billing units', 'units', '150')}${select('Frequency', 'frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${grid('Labs', `${text('CRP (mg/L)', 'crp', '24')}${calendar('CRP collection date', 'crpDate', ILARIS['labs.crpDate'], '11/2026')}`)}
        ${grid('Prescriber', text('Prescriber NPI', 'npi', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it("reads a rich:select by its input's label text, named by the outputLabel for the select's div", () => {
    page(form(grid('Medication', select('Drug name', 'drug', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']))));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a rich:select showing its defaultLabel "Select…" (rf-sel-dflt-lbl) as empty', () => {
    page(form(grid('Medication', select('Frequency', 'frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select…'))));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a rich:select showing a defaultLabel that is no "Select" prompt ("-- none --") as empty', () => {
    page(form(grid('Medication', select('Frequency', 'frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'], '-- none --'))));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a rich:calendar by its input, not its hidden current-month input', () => {
    page(
      form(
        grid(
          'Member',
          `${calendar('Date of birth', 'dob', '03/14/1988', '03/1988')}${calendar('CRP collection date', 'crpDate', '', '12/2026')}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '03/14/1988', 'labs.crpDate': '' });
  });

  it('names a field by its outputLabel, not the rich:message of the row before', () => {
    page(
      form(
        grid(
          'Member',
          `${text('Member ID', 'memberId', '', 'Member ID: Validation Error: Value is required.')}${text('Prescriber NPI', 'npi', ILARIS['prescriber.npi'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });
});
