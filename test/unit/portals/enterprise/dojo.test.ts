import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * Dojo 1.10 dijit/form widgets as their templates leave the DOM (the declared node's id moves to
 * the inner `input.dijitInputInner`, the outer `div.dijitTextBox` becomes `widget_<id>` with
 * `widgetid`):
 * - TextBox / NumberTextBox: `div.dijit.dijitTextBox > div.dijitInputField.dijitInputContainer > input`;
 *   a Validation box adds `div.dijitValidationContainer > input.dijitValidationIcon[readonly][value="Χ "]
 *   [role=presentation][tabindex=-1]` before the input container;
 * - FilteringSelect / ComboBox / DateTextBox (dijit/form/_DropDownBox templates): the outer div has
 *   `role=combobox aria-haspopup`, an arrow `input.dijitArrowButtonInner[readonly][value="▼ "]
 *   [role="button presentation"][aria-hidden]`, the validation icon, the visible input (shown text,
 *   no name) and a hidden `input[type=hidden][name]` holding the value ("11", "1980-03-02");
 * - the validation Tooltip is `div.dijitTooltip[role=alert]` appended to the body.
 * Written from dijit's templates as remembered.
 */

const arrow = `<div class="dijitReset dijitRight dijitButtonNode dijitArrowButton dijitDownArrowButton dijitArrowButtonContainer" data-dojo-attach-point="_buttonNode" role="presentation"><input class="dijitReset dijitInputField dijitArrowButtonInner" value="▼ " type="text" tabindex="-1" readonly="readonly" role="button presentation" aria-hidden="true"></div>`;
const validation = `<div class="dijitReset dijitValidationContainer"><input class="dijitReset dijitInputField dijitValidationIcon dijitValidationInner" value="Χ " type="text" tabindex="-1" readonly="readonly" role="presentation"></div>`;

const textBox = (id: string, value: string, kind: 'TextBox' | 'ValidationTextBox' | 'NumberTextBox' = 'ValidationTextBox') =>
  `<div class="dijit dijitReset dijitInline dijitLeft dijitTextBox${kind === 'NumberTextBox' ? ' dijitNumberTextBox' : ''} dijitValidationTextBox" id="widget_${id}" role="presentation" widgetid="${id}">${kind === 'TextBox' ? '' : validation}<div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" data-dojo-attach-point="textbox,focusNode" autocomplete="off" name="${id}" type="text" tabindex="0" id="${id}" aria-required="true" aria-invalid="false" value="${value}"></div></div>`;

const dropDown = (cls: string, id: string, shown: string, value: string) =>
  `<div class="dijit dijitReset dijitInline dijitLeft dijitTextBox dijitComboBox ${cls}" id="widget_${id}" role="combobox" aria-haspopup="true" data-dojo-attach-point="_popupStateNode" widgetid="${id}" aria-expanded="false" aria-owns="${id}_popup">${arrow}${validation}<div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" type="text" autocomplete="off" data-dojo-attach-point="textbox,focusNode" role="textbox" aria-haspopup="true" id="${id}" tabindex="0" value="${shown}" aria-autocomplete="list" aria-required="true" aria-invalid="false"></div><input type="hidden" name="${id}" value="${value}"></div>`;

const filteringSelect = (id: string, shown: string, value: string) => dropDown('dijitFilteringSelect', id, shown, value);
const dateTextBox = (id: string, shown: string, iso: string) => dropDown('dijitDateTextBox', id, shown, iso);

const tr = (id: string, label: string, control: string) =>
  `<tr><td class="label"><label for="${id}">${label}</label></td><td>${control}</td></tr>`;

const therapyRow = (i: number, t: string[]) =>
  `<tr><td>${textBox(`pt_drug_${i}`, t[0]!, 'TextBox')}</td><td>${textBox(`pt_dose_${i}`, t[1]!, 'TextBox')}</td><td>${dateTextBox(`pt_start_${i}`, t[2]!, '')}</td><td>${dateTextBox(`pt_stop_${i}`, t[3]!, '')}</td><td>${textBox(`pt_outcome_${i}`, t[4]!, 'TextBox')}</td></tr>`;

const therapies = (rows: string[][]) => `<h2>Prior therapies</h2>
  <table class="grid"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${rows.map((r, i) => therapyRow(i, r)).join('')}</tbody></table>`;

const TOOLTIP = `<div class="dijitTooltip dijitTooltipRight" id="dijit__MasterTooltip_0" widgetid="dijit__MasterTooltip_0" style="left: 420px; top: 90px; opacity: 1;"><div class="dijitTooltipContainer dijitTooltipContents" data-dojo-attach-point="containerNode" role="alert">This value is required.</div><div class="dijitTooltipConnector" data-dojo-attach-point="connectorNode" style="top: 8px;"></div></div>`;

const wholeRequest = () => `<form id="paForm" data-dojo-type="dijit/form/Form" class="dijitForm" widgetid="paForm" action="" method="">
  <h2>Patient</h2>
  <table class="formTable"><tbody>
    ${tr('dob', 'Date of birth', dateTextBox('dob', '03/02/1980', '1980-03-02'))}
    ${tr('weight', 'Weight', `${textBox('weight', '70', 'NumberTextBox')} kg`)}
  </tbody></table>
  <h2>Diagnosis</h2>
  <table class="formTable"><tbody>
    ${tr('icd1', 'Primary ICD-10 code', filteringSelect('icd1', 'M04.1', 'M04.1'))}
    ${tr('icd2', 'Secondary ICD-10 code', filteringSelect('icd2', 'M04.2', 'M04.2'))}
  </tbody></table>
  <h2>Medication</h2>
  <table class="formTable"><tbody>
    ${tr('drug', 'Drug name', textBox('drug', 'Ilaris (canakinumab)'))}
    ${tr('hcpcs', 'HCPCS code', textBox('hcpcs', 'J0638'))}
    ${tr('ndc', 'NDC', textBox('ndc', '00078-0734-61'))}
    ${tr('dose', 'Dose', `${textBox('dose', '150', 'NumberTextBox')} mg`)}
    ${tr('units', 'Billing units', textBox('units', '150', 'NumberTextBox'))}
    ${tr('frequency', 'Frequency', filteringSelect('frequency', 'every 4 weeks', 'Q4W'))}
    ${tr('pos', 'Place of service', filteringSelect('pos', '11 - Office', '11'))}
  </tbody></table>
  <h2>Laboratory</h2>
  <table class="formTable"><tbody>
    ${tr('crp', 'CRP', `${textBox('crp', '4.5', 'NumberTextBox')} mg/L`)}
    ${tr('crpDate', 'CRP collection date', dateTextBox('crpDate', '11/12/2026', '2026-11-12'))}
  </tbody></table>
  ${therapies([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}
  <h2>Prescriber</h2>
  <table class="formTable"><tbody>${tr('npi', 'Prescriber NPI', textBox('npi', '1234567893'))}</tbody></table>
  <span class="dijit dijitReset dijitInline dijitButton" role="presentation" widgetid="submit"><span class="dijitReset dijitInline dijitButtonNode" data-dojo-attach-event="ondijitclick:__onClick" role="presentation"><span class="dijitReset dijitStretch dijitButtonContents" data-dojo-attach-point="titleNode,focusNode" role="button" aria-labelledby="submit_label" tabindex="0" id="submit"><span class="dijitReset dijitInline dijitButtonText" id="submit_label" data-dojo-attach-point="containerNode">Submit</span></span></span><input type="submit" value="" class="dijitOffScreen" tabindex="-1" role="presentation" aria-hidden="true" data-dojo-attach-point="valueNode"></span>
</form>${TOOLTIP}`;

describe('Dojo / dijit', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(wholeRequest());
    expect(read()).toEqual({
      ...ILARIS,
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.placeOfService': '11 - Office',
    });
    noDuplicatePaths();
  });

  it('takes the units written after the NumberTextBoxes', () => {
    page(wholeRequest());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a FilteringSelect by its shown text, not its hidden value, once', () => {
    page(`<form><table><tbody>${tr('pos', 'Place of service', filteringSelect('pos', '11 - Office', '11'))}</tbody></table></form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office' });
    expect(field('drug.placeOfService')?.field.element.id).toBe('pos');
  });

  it('takes no field from the arrow ("▼ ") and validation ("Χ ") inputs of the templates', () => {
    page(wholeRequest());
    expect(mapped().filter((m) => m.field.element.matches('.dijitArrowButtonInner, .dijitValidationInner, input[type=hidden]'))).toEqual(
      [],
    );
    expect(Object.values(read())).not.toContain('▼ ');
    expect(Object.values(read())).not.toContain('Χ ');
  });

  it('reads a dijit/form/Select (a role=listbox table showing the option) by its shown text, once', () => {
    page(
      `<form><table><tbody>${tr(
        'pos',
        'Place of service',
        `<table class="dijit dijitReset dijitInline dijitLeft dijitSelect dijitValidationTextBox dijitSelectFixedWidth" data-dojo-attach-point="_buttonNode,tableNode,focusNode,_popupStateNode" cellspacing="0" cellpadding="0" role="listbox" aria-haspopup="true" tabindex="0" id="pos" widgetid="pos" aria-labelledby="pos_label" aria-invalid="false"><tbody role="presentation"><tr role="presentation"><td class="dijitReset dijitStretch dijitButtonContents" role="presentation"><div class="dijitReset dijitInputField dijitButtonText" data-dojo-attach-point="containerNode,textDirNode" role="presentation"><span role="option" aria-selected="true" class="dijitReset dijitInline dijitSelectLabel">11 - Office</span></div>${validation}<input type="hidden" data-dojo-attach-point="valueNode" value="11" aria-hidden="true" name="pos"></td><td class="dijitReset dijitRight dijitButtonNode dijitArrowButton dijitDownArrowButton dijitArrowButtonContainer" data-dojo-attach-point="titleNode" role="presentation"><input class="dijitReset dijitInputField dijitArrowButtonInner" value="▼ " type="text" tabindex="-1" readonly="readonly" role="presentation"></td></tr></tbody></table>`,
      ).replace('<label for="pos">', '<label for="pos" id="pos_label">')}</tbody></table></form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office' });
    expect(mapped()).toHaveLength(1);
  });

  it('numbers therapy rows of TextBoxes and DateTextBoxes from 0', () => {
    page(
      `<form>${therapies([
        ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
        ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
      ])}</form>`,
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });
});
