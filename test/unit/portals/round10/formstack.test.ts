import { describe, expect, it } from 'vitest';
import { normalizeForm } from '@/lib/form/normalize';
import { rawFromFlat } from '@/lib/form/paths';
import { field, normalized, page, read } from '../read';
import { ILARIS, noDuplicatePaths } from '../round5/request';

/**
 * Formstack Forms, classic (v3 "legacy") HTML renderer, as embedded or hosted at *.formstack.com/forms/.
 * Formstack is closed source: this markup is modelled from memory of published Formstack forms, not from
 * source, so the outline (`form.fsForm#fsForm<id>` > `div.fsPage` > `div.fsSection` with a
 * `div.fsSectionHeader > h2.fsSectionHeading`, each field a `div.fsRowBody.fsCell.fsFieldCell[fs-field-type]`
 * with `label.fsLabel[for=field<id>]` (+ `span.fsRequiredMarker` "*") and an `input.fsField#field<id>`,
 * hidden `input[name=form]` etc.) is fairly sure, the finer details less so (medium-low confidence):
 * - Date/Time with a dropdown format ("m/d/Y" or the default "M d Y"): a `fieldset#label<id>` >
 *   `legend.fsLabel > span` label, then `div.fieldset-content` with `label.hidden[for=field<id>M|D|Y]`
 *   "Month"/"Day"/"Year" and three `select.fsField.fsFieldDate` (each with a blank first option).
 * - Name: `fieldset` > legend, `div.fsSubFieldGroup` > `div.fsSubField.fsNameFirst|fsNameLast` >
 *   `input#field<id>-first|-last` + `label.fsSupporting` "First Name"/"Last Name" under it.
 * - Matrix: `fieldset` > legend, `table.fsMatrix` with a `thead` of column headings and a `tbody` row per
 *   question (`th.fsRowLabel[scope=row]`), each cell a radio `input.fsField.fsMatrixField
 *   [name=field<id>-<row>][value=<column>]` (one per row).
 * - Dropdown: `select.fsField` with a blank first option; Checkbox: `fieldset` > `label.fsOptionLabel` >
 *   `input[type=checkbox][name=field<id>[]]` + text.
 */

let n = 145200100;
const cell = (type: string, label: string, body: string, width = 'fsSpan100') =>
  `<div class="fsRow fsFieldRow fsLastRow"><div class="fsRowBody fsCell fsFieldCell fsFirst fsLast fsLabelVertical ${width}" id="fsCell${n}" lang="en" fs-field-type="${type}" fs-field-validation-name="${label}">${body}</div></div>`;

const text = (label: string, value: string, o: { required?: boolean } = {}) => {
  const id = ++n;
  return cell(
    'text',
    label,
    `<label id="fsLabel${id}" class="fsLabel${o.required ? ' fsRequiredLabel' : ''}" for="field${id}">${label}${o.required ? '<span class="fsRequiredMarker">*</span>' : ''}</label><input type="text" id="field${id}" name="field${id}" size="50" required="" value="${value}" class="fsField${o.required ? ' fsRequired' : ''}"${o.required ? ' aria-required="true"' : ''}>`,
  );
};

const number = (label: string, value: string) => {
  const id = ++n;
  return cell(
    'number',
    label,
    `<label id="fsLabel${id}" class="fsLabel" for="field${id}">${label}</label><input type="number" id="field${id}" name="field${id}" size="10" value="${value}" class="fsField fsFormatNumber" data-min="0">`,
  );
};

const dropdown = (label: string, chosen: string, options: string[]) => {
  const id = ++n;
  return cell(
    'select',
    label,
    `<label id="fsLabel${id}" class="fsLabel" for="field${id}">${label}</label><select id="field${id}" name="field${id}" size="1" class="fsField"><option value=""></option>${options
      .map((o) => `<option value="${o}"${o === chosen ? ' selected="selected"' : ''}>${o}</option>`)
      .join('')}</select>`,
  );
};

const opts = (values: string[], chosen: string) =>
  `<option value=""></option>${values.map((v) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`).join('')}`;
const pad = (k: number) => String(k).padStart(2, '0');
/** Date/Time field shown as month / day / year dropdowns; `names` uses the default "M d Y" format */
const date = (label: string, m: number, d: number, y: number, names = false) => {
  const id = ++n;
  const months = names
    ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    : Array.from({ length: 12 }, (_, i) => pad(i + 1));
  const years = Array.from({ length: 100 }, (_, i) => String(2027 - i));
  return cell(
    'datetime',
    label,
    `<fieldset id="label${id}"><legend class="fsLabel fsLabelVertical"><span>${label}</span></legend><div class="fieldset-content"><label class="hidden" for="field${id}M">Month</label><select id="field${id}M" name="field${id}M" class="fsField fsFieldDate">${opts(months, m ? months[m - 1]! : '')}</select> <label class="hidden" for="field${id}D">Day</label><select id="field${id}D" name="field${id}D" class="fsField fsFieldDate">${opts(
      Array.from({ length: 31 }, (_, i) => pad(i + 1)),
      d ? pad(d) : '',
    )}</select> <label class="hidden" for="field${id}Y">Year</label><select id="field${id}Y" name="field${id}Y" class="fsField fsFieldDate">${opts(years, y ? String(y) : '')}</select> <span class="fsCalendarPickerLink" id="fsCalendar${id}Link"><img src="https://static.formstack.com/forms/images/2/calendar.png" alt="Pick a date"></span></div></fieldset>`,
  );
};

const name = (label: string, first: string, last: string) => {
  const id = ++n;
  return cell(
    'name',
    label,
    `<fieldset id="label${id}"><legend class="fsLabel fsLabelVertical"><span>${label}</span></legend><div class="fieldset-content"><div class="fsSubFieldGroup"><div class="fsSubField fsNameFirst"><input type="text" id="field${id}-first" name="field${id}-first" size="20" value="${first}" class="fsField fsFieldName"><label class="fsSupporting" for="field${id}-first">First Name</label></div><div class="fsSubField fsNameLast"><input type="text" id="field${id}-last" name="field${id}-last" size="20" value="${last}" class="fsField fsFieldName"><label class="fsSupporting" for="field${id}-last">Last Name</label></div></div></div></fieldset>`,
  );
};

const checkboxes = (label: string, options: string[], chosen: string[]) => {
  const id = ++n;
  return cell(
    'checkbox',
    label,
    `<fieldset id="label${id}"><legend class="fsLabel fsLabelVertical"><span>${label}</span></legend><div class="fieldset-content">${options
      .map(
        (o, i) =>
          `<label class="fsOptionLabel vertical" for="field${id}_${i + 1}"><input type="checkbox" id="field${id}_${i + 1}" name="field${id}[]" value="${o}" class="fsField vertical"${chosen.includes(o) ? ' checked="checked"' : ''}>${o}</label>`,
      )
      .join('')}</div></fieldset>`,
  );
};

/** Matrix: one row per prior drug, one radio column per outcome */
const matrix = (label: string, rows: [drug: string, outcome: string][], columns: string[]) => {
  const id = ++n;
  return cell(
    'matrix',
    label,
    `<fieldset id="label${id}"><legend class="fsLabel fsLabelVertical"><span>${label}</span></legend><div class="fieldset-content"><table cellspacing="0" class="fsMatrix fsMatrixOnePerColumn"><thead><tr><th>&nbsp;</th>${columns
      .map((c) => `<th scope="col">${c}</th>`)
      .join('')}</tr></thead><tbody>${rows
      .map(
        ([drug, outcome], r) =>
          `<tr${r % 2 ? ' class="fsMatrixRowAlt"' : ''}><th scope="row" class="fsRowLabel">${drug}</th>${columns
            .map(
              (c, j) =>
                `<td><input type="radio" id="field${id}-${r + 1}-${j + 1}" name="field${id}-${r + 1}" value="${c}" class="fsField fsMatrixField"${c === outcome ? ' checked="checked"' : ''}></td>`,
            )
            .join('')}</tr>`,
      )
      .join('')}</tbody></table></div></fieldset>`,
  );
};

const section = (heading: string, body: string) =>
  `<div id="fsSection${++n}" class="fsSection fs1Col"><div class="fsSectionHeader"><h2 class="fsSectionHeading">${heading}</h2></div>${body}</div>`;
const form = (body: string) =>
  `<div class="fsBody fsEmbed"><form method="post" novalidate="" enctype="multipart/form-data" action="https://ilaris-pa.formstack.com/forms/index.php" class="fsForm fsSingleColumn fsMaxCol1" id="fsForm5512345"><input type="hidden" name="form" value="5512345"><input type="hidden" name="viewkey" value="Kq8FiA4xYd"><input type="hidden" name="hidden_fields" id="hidden_fields5512345" value=""><input type="hidden" name="_submit" value="1"><input type="hidden" name="incomplete" id="incomplete5512345" value=""><input type="hidden" name="style_version" value="3"><div id="requiredFieldsError" style="display:none;">Please fill in a valid value for all required fields</div><div class="fsPage" id="fsPage5512345-1"><h2 class="fsFormTitle">Prior Authorization Request</h2>${body}</div><div id="fsSubmit5512345" class="fsSubmit fsPagination"><input id="fsSubmitButton5512345" class="fsSubmitButton" type="submit" value="Submit Form"></div></form></div>`;

const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const OUTCOMES = ['Inadequate response', 'Injection-site reactions', 'Other'];

describe('Formstack (classic renderer): fsCell fields, date as 3 dropdowns, name, matrix, section headings', () => {
  it('reads the Ilaris request', () => {
    page(
      form(
        `${section('Member', `${name('Patient name', 'Dana', 'Whitfield')}${text('Member ID', ILARIS['patient.memberId'], { required: true })}${date('Date of birth', 3, 14, 1988)}${number('Weight (kg)', '72')}`)}
        ${section('Diagnosis', checkboxes('ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']))}
        ${section('Medication', `${dropdown('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', ILARIS['drug.ndc'])}${number('Dose (mg)', '150')}${number('Billing units', '150')}${dropdown('Frequency', 'Every 4 weeks', FREQS)}`)}
        ${section('Labs', `${number('CRP (mg/L)', '24')}${date('CRP collection date', 11, 2, 2026)}`)}
        ${section('Prescriber', text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toMatchObject({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads fsCell text fields by their fsLabel, without the required marker', () => {
    page(
      form(
        `${text('Member ID', ILARIS['patient.memberId'], { required: true })}${text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a Date field of month / day / year dropdowns ("m/d/Y") as one date, once', () => {
    page(form(date('Date of birth', 3, 14, 1988)));
    expect(read()).toEqual({ 'patient.dob': '03/14/1988' });
  });

  it('reads a Date field in the default "M d Y" format (month names) as the same date', () => {
    page(form(date('Date of birth', 3, 14, 1988, true)));
    expect(normalized().patient.dob?.value).toEqual(normalizeForm(rawFromFlat({ 'patient.dob': '03/14/1988' })).patient.dob?.value);
  });

  it('reads an unset Date field (blank dropdowns) as empty', () => {
    page(form(date('CRP collection date', 0, 0, 0)));
    expect(read()).toEqual({ 'labs.crpDate': '' });
  });

  it('reads a Name field without taking its First Name / Last Name sublabels for request fields', () => {
    page(form(`${name('Patient name', 'Dana', 'Whitfield')}${text('Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toMatchObject({ 'patient.memberId': ILARIS['patient.memberId'] });
    noDuplicatePaths();
  });

  it('reads a Dropdown by its chosen option and its blank option as empty', () => {
    page(
      form(`${dropdown('Frequency', 'Every 8 weeks', FREQS)}${dropdown('Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}`),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
  });

  // misread: reads only the checked radios, priorTherapies.0.outcome and priorTherapies.1.outcome, and not
  // the row headings "colchicine" / "anakinra" as priorTherapies.0.drug / priorTherapies.1.drug
  it.fails('reads a prior-therapy outcome Matrix (a row per drug, a radio per outcome) as the therapies and their outcomes', () => {
    page(
      form(
        section(
          'Prior therapies',
          matrix(
            'Outcome of prior therapies',
            [
              ['colchicine', 'Inadequate response'],
              ['anakinra', 'Injection-site reactions'],
            ],
            OUTCOMES,
          ),
        ),
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'Inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.outcome': 'Injection-site reactions',
    });
  });
});
