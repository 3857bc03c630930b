import { describe, expect, it } from 'vitest';
import { mapped, page, read, units } from '../read';

/**
 * Two payer portals:
 * - An Availity-style app built with @availity/element (MUI v5/v6 under Availity's theme): the
 *   label sits above the box (`label.MuiInputLabel-shrink[for=:rN:]`, the required asterisk in a
 *   `span.MuiFormLabel-asterisk`), the outlined box's `fieldset > legend` has an empty span (no
 *   notch), an end `InputAdornment` holds a unit, helper/error text is a `p.MuiFormHelperText-root`
 *   linked by `aria-describedby`, a field-help icon button sits beside the label; the Select is a
 *   `div[role=combobox]` beside its aria-hidden `input.MuiSelect-nativeInput`; the DatePicker (MUI
 *   X v6) is a text box with a "Choose date, selected date is …" button in its end adornment.
 * - A legacy Bootstrap 3 + jQuery UI + jQuery Validation portal: `form-horizontal` rows of
 *   `label.control-label[for]` and `div.col-sm-*`, unit addons (`span.input-group-addon`), jQuery UI
 *   datepicker boxes (`hasDatepicker`, an `img.ui-datepicker-trigger` after them and the hidden
 *   `#ui-datepicker-div` at the end of the body), and the validator's messages inserted right after
 *   each invalid box as `<label id="<id>-error" class="error" for="<id>">…</label>`.
 */

let r = 0;

const muiText = (
  label: string,
  value: string,
  o: { required?: boolean; unit?: string; helper?: string; error?: string; help?: boolean } = {},
) => {
  const id = `:r${(++r).toString(36)}:`;
  const helper = o.error ?? o.helper;
  return `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root css-1u3bzj6">
    <div class="MuiStack-root css-1xhj18k">
      <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeSmall MuiInputLabel-outlined${o.required ? ' Mui-required' : ''}${o.error ? ' Mui-error' : ''}" data-shrink="true" for="${id}" id="${id}-label">${label}${
        o.required ? '<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk"> *</span>' : ''
      }</label>${
        o.help
          ? '<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall" tabindex="0" type="button" aria-label="help"><svg class="svg-inline--fa fa-circle-question" aria-hidden="true" focusable="false" role="img" viewBox="0 0 512 512"><path d="M256 512"></path></svg></button>'
          : ''
      }
    </div>
    <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl MuiInputBase-sizeSmall${o.unit ? ' MuiInputBase-adornedEnd' : ''}${o.error ? ' Mui-error' : ''}">
      <input aria-invalid="${o.error ? 'true' : 'false'}"${helper ? ` aria-describedby="${id}-helper-text"` : ''} id="${id}"${o.required ? ' required=""' : ''} type="text" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall${o.unit ? ' MuiInputBase-inputAdornedEnd' : ''}" value="${value}">
      ${o.unit ? `<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeSmall"><p class="MuiTypography-root MuiTypography-body1">${o.unit}</p></div>` : ''}
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend class="css-ihdtdm"><span class="notranslate">&#8203;</span></legend></fieldset>
    </div>
    ${helper ? `<p class="MuiFormHelperText-root MuiFormHelperText-sizeSmall MuiFormHelperText-contained${o.error ? ' Mui-error' : ''}" id="${id}-helper-text">${helper}</p>` : ''}
  </div>`;
};

const muiSelect = (label: string, name: string, chosen: [string, string] | null) => {
  const id = `:r${(++r).toString(36)}:`;
  return `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root">
    <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-shrink MuiInputLabel-sizeSmall MuiInputLabel-outlined" data-shrink="true" id="${id}-label" for="${id}">${label}</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl MuiInputBase-sizeSmall MuiSelect-root">
      <div tabindex="0" role="combobox" aria-controls=":r${r}m:" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${id}-label ${id}" id="${id}" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall">${
        chosen ? chosen[1] : '<span class="notranslate">&#8203;</span>'
      }</div>
      <input aria-invalid="false" name="${name}" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="${chosen?.[0] ?? ''}">
      <svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiSelect-icon MuiSelect-iconOutlined" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ArrowDropDownIcon"><path d="M7 10l5 5 5-5z"></path></svg>
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend class="css-ihdtdm"><span class="notranslate">&#8203;</span></legend></fieldset>
    </div>
  </div>`;
};

const muiDate = (label: string, value: string, spoken: string) => {
  const id = `:r${(++r).toString(36)}:`;
  return `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root">
    <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-shrink MuiInputLabel-sizeSmall MuiInputLabel-outlined" data-shrink="true" for="${id}" id="${id}-label">${label}</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl MuiInputBase-sizeSmall MuiInputBase-adornedEnd">
      <input aria-invalid="false" autocomplete="off" id="${id}" inputmode="text" placeholder="MM/DD/YYYY" type="text" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall MuiInputBase-inputAdornedEnd" value="${value}">
      <div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeSmall"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeEnd MuiIconButton-sizeSmall" tabindex="0" type="button" aria-label="Choose date, selected date is ${spoken}"><svg class="MuiSvgIcon-root" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CalendarIcon"><path d="M17 12h-5v5h5v-5z"></path></svg></button></div>
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend class="css-ihdtdm"><span class="notranslate">&#8203;</span></legend></fieldset>
    </div>
  </div>`;
};

const muiCard = (title: string, body: string) =>
  `<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root"><div class="MuiCardHeader-root"><div class="MuiCardHeader-content"><h2 class="MuiTypography-root MuiTypography-h5 MuiCardHeader-title">${title}</h2></div></div>
    <div class="MuiCardContent-root"><div class="MuiGrid2-root MuiGrid2-container MuiGrid2-direction-xs-row">${body}</div></div></div>`;

const availity = (body: string) =>
  `<div id="root"><div class="MuiContainer-root MuiContainer-maxWidthLg"><nav aria-label="breadcrumbs" class="MuiBreadcrumbs-root"><ol class="MuiBreadcrumbs-ol"><li class="MuiBreadcrumbs-li"><a href="/public/apps/dashboard">Home</a></li><li class="MuiBreadcrumbs-li"><p>Authorizations</p></li></ol></nav>
    <h1 class="MuiTypography-root MuiTypography-h3">Outpatient Drug Authorization</h1><form novalidate>${body}
    <button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary" type="submit">Submit</button></form></div></div>`;

describe('Availity portal (@availity/element, MUI)', () => {
  it('reads MUI text fields with labels above, required asterisks, help buttons and unit adornments', () => {
    page(
      availity(
        muiCard(
          'Patient',
          muiDate('Date of Birth', '03/02/1980', 'Mar 2, 1980') +
            muiText('Weight', '70', { required: true, unit: 'kg', help: true, helper: 'Recorded within the last 30 days' }),
        ) +
          muiCard(
            'Service',
            muiText('Dose', '150', { required: true, unit: 'mg' }) +
              muiText('Units', '150', { helper: 'Billing units: J0638 is 1 mg per unit' }) +
              muiText('Frequency', 'every 4 weeks', { help: true }),
          ),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '03/02/1980',
      'patient.weight': '70',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('does not read an error helper text as a label or value', () => {
    page(
      availity(
        muiCard(
          'Provider',
          muiText('Rendering Provider NPI', '123456789', { required: true, error: 'NPI must be 10 digits' }) +
            muiText('Specialty', 'Rheumatology'),
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'prescriber.specialty': 'Rheumatology' });
  });

  it('reads MUI Selects by their shown text, once, and an unchosen one as empty', () => {
    page(
      availity(
        muiCard('Service', muiSelect('Place of Service', 'placeOfService', ['11', '11 - Office'])) +
          muiCard('Laboratory Results', muiText('CRP Result', '4.5') + muiSelect('CRP Unit', 'crpUnit', null)),
      ),
    );
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office', 'labs.crpValue': '4.5', 'labs.crpUnit': '' });
    expect(mapped()).toHaveLength(3);
  });

  it('reads the whole Ilaris request', () => {
    page(
      availity(
        muiCard('Patient', muiDate('Date of Birth', '03/02/1980', 'Mar 2, 1980') + muiText('Weight', '70', { unit: 'kg' })) +
          muiCard(
            'Diagnosis',
            muiText('Primary Diagnosis Code', 'M04.1', { required: true, helper: 'ICD-10, e.g. M04.1' }) +
              muiText('Secondary Diagnosis Code', 'M04.2'),
          ) +
          muiCard(
            'Service',
            muiText('Drug Name', 'Ilaris (canakinumab)') +
              muiText('HCPCS Code', 'J0638') +
              muiText('NDC', '00078-0734-61') +
              muiText('Dose', '150', { unit: 'mg' }) +
              muiText('Units', '150') +
              muiText('Frequency', 'every 4 weeks') +
              muiSelect('Place of Service', 'placeOfService', ['11', '11 - Office']),
          ) +
          muiCard(
            'Laboratory Results',
            muiText('CRP Result', '4.5') +
              muiSelect('CRP Unit', 'crpUnit', ['mgL', 'mg/L']) +
              muiDate('CRP Collection Date', '11/12/2026', 'Nov 12, 2026'),
          ) +
          muiCard('Prescriber', muiText('Prescriber NPI', '1234567893')),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '03/02/1980',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': '11 - Office',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '11/12/2026',
      'prescriber.npi': '1234567893',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });
});

/** a form-horizontal row; `error` is the jQuery Validation message inserted after the box */
const row = (id: string, label: string, value: string, o: { unit?: string; date?: boolean; error?: string } = {}) => {
  const box = `<input type="text" id="${id}" name="${id}" class="form-control${o.date ? ' datepicker hasDatepicker' : ''}${o.error ? ' error' : ''}"${
    o.error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''
  } value="${value}">`;
  const err = o.error ? `<label id="${id}-error" class="error" for="${id}">${o.error}</label>` : '';
  const trigger = o.date
    ? '<img class="ui-datepicker-trigger" src="/Content/images/calendar.gif" alt="Select date" title="Select date">'
    : '';
  const control = o.unit
    ? `<div class="input-group">${box}<span class="input-group-addon">${o.unit}</span></div>${err}`
    : `${box}${trigger}${err}`;
  return `<div class="form-group${o.error ? ' has-error' : ''}"><label for="${id}" class="col-sm-4 control-label">${label}</label><div class="col-sm-6">${control}</div></div>`;
};

const panel = (title: string, body: string) =>
  `<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">${title}</h3></div><div class="panel-body">${body}</div></div>`;

const legacy = (body: string) =>
  `<div class="container"><form id="paForm" class="form-horizontal" action="/PA/Submit" method="post" novalidate="novalidate">${body}
    <button type="submit" class="btn btn-primary">Submit Request</button></form></div>
    <div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="position: absolute; top: 0; left: 0; z-index: 1; display: none;"></div>`;

describe('legacy Bootstrap 3 + jQuery UI datepicker + jQuery Validation portal', () => {
  it('does not read jQuery Validation error labels (label.error[for]) as labels or values', () => {
    page(
      legacy(
        panel(
          'Medication Requested',
          row('HcpcsCode', 'HCPCS Code', 'J0638') +
            row('Dose', 'Dose', '', { unit: 'mg', error: 'This field is required.' }) +
            row('BillingUnits', 'Billing Units', '1', { error: 'Billing units must equal the dose in mg (1 unit = 1 mg).' }) +
            row('Frequency', 'Frequency', 'every 4 weeks'),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.dose': '', 'drug.units': '1', 'drug.frequency': 'every 4 weeks' });
    expect(units()).toEqual({ 'drug.doseUnit': 'mg' });
  });

  it('does not name the box after an error label by the error text', () => {
    page(
      legacy(
        panel(
          'Prescriber',
          row('Npi', 'NPI', '123', { error: 'Please enter a valid 10-digit NPI.' }) +
            row('Specialty', 'Specialty', 'Rheumatology') +
            row('Phone', 'Office Phone', '(555) 010-2345'),
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123', 'prescriber.specialty': 'Rheumatology', 'prescriber.phone': '(555) 010-2345' });
  });

  it('reads jQuery UI datepicker boxes with their trigger image, and an invalid one with its error', () => {
    page(
      legacy(
        panel(
          'Patient',
          row('DateOfBirth', 'Date of Birth', '03/02/1980', { date: true }) + row('Weight', 'Weight', '70', { unit: 'kg' }),
        ) +
          panel(
            'Laboratory Results',
            row('CrpResult', 'CRP Result', '4.5', { unit: 'mg/L' }) +
              row('CrpDate', 'CRP Collection Date', '13/45/2026', { date: true, error: 'Please enter a valid date.' }),
          ),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '03/02/1980', 'patient.weight': '70', 'labs.crpValue': '4.5', 'labs.crpDate': '13/45/2026' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads the whole Ilaris request with validation errors showing', () => {
    page(
      legacy(
        panel(
          'Patient',
          row('DateOfBirth', 'Date of Birth', '03/02/1980', { date: true }) + row('Weight', 'Weight', '70', { unit: 'kg' }),
        ) +
          panel('Diagnosis', row('Icd1', 'Primary ICD-10', 'M04.1') + row('Icd2', 'Secondary ICD-10', 'M04.2')) +
          panel(
            'Medication Requested',
            row('DrugName', 'Drug Name', 'Ilaris (canakinumab)') +
              row('HcpcsCode', 'HCPCS Code', 'J0638') +
              row('Ndc', 'NDC', '0078-0734-61', { error: 'NDC must be 11 digits (5-4-2).' }) +
              row('Dose', 'Dose', '150', { unit: 'mg' }) +
              row('BillingUnits', 'Billing Units', '150') +
              row('Frequency', 'Frequency', 'every 4 weeks') +
              `<div class="form-group"><label for="Pos" class="col-sm-4 control-label">Place of Service</label><div class="col-sm-6"><select id="Pos" name="Pos" class="form-control"><option value="">-- Select --</option><option value="11" selected>11 - Office</option><option value="22">22 - On-campus outpatient hospital</option></select></div></div>`,
          ) +
          panel(
            'Laboratory Results',
            row('CrpResult', 'CRP Result', '4.5', { unit: 'mg/L' }) +
              row('CrpDate', 'CRP Collection Date', '', { date: true, error: 'This field is required.' }),
          ) +
          panel('Prescriber', row('Npi', 'Prescriber NPI', '1234567893')),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '03/02/1980',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '0078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': '11 - Office',
      'labs.crpValue': '4.5',
      'labs.crpDate': '',
      'prescriber.npi': '1234567893',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('keeps the unit addon on the dose when jQuery Validation inserts its error label between the box and the addon', () => {
    // the default errorPlacement is insertAfter(element): inside an input-group, before the addon
    page(
      legacy(
        panel(
          'Medication Requested',
          `<div class="form-group has-error"><label for="Dose" class="col-sm-4 control-label">Dose</label><div class="col-sm-6"><div class="input-group">
            <input type="text" id="Dose" name="Dose" class="form-control error" aria-invalid="true" aria-describedby="Dose-error" value="abc"><label id="Dose-error" class="error" for="Dose">Please enter a valid number.</label><span class="input-group-addon">mg</span>
          </div></div></div>` +
            row('BillingUnits', 'Billing Units', '150') +
            row('Frequency', 'Frequency', 'every 4 weeks'),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.dose': 'abc', 'drug.units': '150', 'drug.frequency': 'every 4 weeks' });
    expect(units()).toEqual({ 'drug.doseUnit': 'mg' });
  });

  it('does not read an error label on a select or radio group as its value', () => {
    page(
      legacy(
        panel(
          'Medication Requested',
          `<div class="form-group has-error"><label for="Pos" class="col-sm-4 control-label">Place of Service</label><div class="col-sm-6"><select id="Pos" name="Pos" class="form-control error" aria-invalid="true"><option value="" selected>-- Select --</option><option value="11">11 - Office</option></select><label id="Pos-error" class="error" for="Pos">Please select a place of service.</label></div></div>
          <div class="form-group has-error"><label class="col-sm-4 control-label">Has the patient been hospitalized for a flare?</label><div class="col-sm-6">
            <label class="radio-inline"><input type="radio" name="Hosp" value="Y" class="error"> Yes</label><label class="radio-inline"><input type="radio" name="Hosp" value="N" class="error"> No</label>
            <label id="Hosp-error" class="error" for="Hosp">This field is required.</label></div></div>` +
            row('Frequency', 'Frequency', 'every 4 weeks'),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.placeOfService': '', 'clinical.hospitalization': '', 'drug.frequency': 'every 4 weeks' });
  });
});
