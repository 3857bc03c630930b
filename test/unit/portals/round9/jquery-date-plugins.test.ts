import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths } from '../round5/request';

/**
 * jQuery plugins attached to plain Bootstrap 3/4 text boxes, as legacy portals use them. Modelled
 * from the plugins' rendered markup as pages show it (the sources were not re-read for this file):
 * - bootstrap-datepicker 1.10 (uxsolutions): the input in `div.input-group.date` with a
 *   `span.input-group-addon` (BS3) / `div.input-group-append > span.input-group-text` (BS4) calendar
 *   icon; the picker `div.datepicker.datepicker-dropdown.dropdown-menu` is appended to body while open
 *   (`datepicker-days` table: `th.datepicker-switch` "March 1988", `td.day` cells) and detached on hide.
 * - daterangepicker 3.1 (dangrossman), singleDatePicker with showDropdowns: its
 *   `div.daterangepicker.ltr.single.opensright.show-calendar` is appended to body at init and kept
 *   with `display: none` while closed; its `div.drp-calendar.left > div.calendar-table >
 *   table.table-condensed` header holds `select.monthselect` and `select.yearselect`, and
 *   `div.drp-buttons` a `span.drp-selected` and Cancel/Apply buttons.
 * - Inputmask 5 (RobinHerbots): `inputmode`, the mask shown in the value on focus or hover
 *   ("__/__/____"), partly typed values keeping the placeholder characters ("03/1_/____").
 */

const group = (id: string, label: string, control: string) => `<div class="form-group"><label for="${id}">${label}</label>${control}</div>`;
const text = (id: string, label: string, value: string) =>
  group(id, label, `<input type="text" class="form-control" id="${id}" name="${id}" value="${value}">`);

/** bootstrap-datepicker on an input-group (BS4 markup) */
const bsDate = (id: string, label: string, value: string) =>
  group(
    id,
    label,
    `<div class="input-group date" data-provide="datepicker"><input type="text" class="form-control" id="${id}" name="${id}" placeholder="mm/dd/yyyy" autocomplete="off" value="${value}"><div class="input-group-append"><span class="input-group-text"><i class="fa fa-calendar"></i></span></div></div>`,
  );

/** the open bootstrap-datepicker dropdown, appended to body */
const bsPicker = `<div class="datepicker datepicker-dropdown dropdown-menu datepicker-orient-left datepicker-orient-bottom" style="top: 210px; left: 15px; z-index: 10; display: block;"><div class="datepicker-days" style=""><table class="table-condensed"><thead><tr><th colspan="7" class="datepicker-title" style="display: none;"></th></tr><tr><th class="prev">«</th><th colspan="5" class="datepicker-switch">March 1988</th><th class="next">»</th></tr><tr><th class="dow">Su</th><th class="dow">Mo</th><th class="dow">Tu</th><th class="dow">We</th><th class="dow">Th</th><th class="dow">Fr</th><th class="dow">Sa</th></tr></thead><tbody><tr><td class="day">13</td><td class="active day">14</td><td class="day">15</td><td class="day">16</td><td class="day">17</td><td class="day">18</td><td class="day">19</td></tr></tbody><tfoot><tr><th colspan="7" class="today" style="display: none;">Today</th></tr><tr><th colspan="7" class="clear" style="display: none;">Clear</th></tr></tfoot></table></div></div>`;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** daterangepicker's body-level container (closed: display none) */
const drp = (month: number, year: number, shown = false) =>
  `<div class="daterangepicker ltr single auto-apply opensright show-calendar" style="${shown ? 'top: 240px; left: 15px; right: auto; display: block;' : 'display: none; top: 0px; left: 0px; right: auto;'}"><div class="ranges"></div><div class="drp-calendar left single" style="display: block;"><div class="calendar-table"><table class="table-condensed"><thead><tr><th class="prev available"><span></span></th><th colspan="5" class="month"><select class="monthselect">${months
    .map((m, i) => `<option value="${i}"${i === month ? ' selected="selected"' : ''}>${m}</option>`)
    .join('')}</select><select class="yearselect">${[year - 1, year, year + 1]
    .map((y) => `<option value="${y}"${y === year ? ' selected="selected"' : ''}>${y}</option>`)
    .join(
      '',
    )}</select></th><th class="next available"><span></span></th></tr><tr><th>Su</th><th>Mo</th><th>Tu</th></tr></thead><tbody><tr><td class="available" data-title="r0c0">1</td><td class="active start-date available" data-title="r0c1">2</td></tr></tbody></table></div><div class="calendar-time" style="display: none;"></div></div><div class="drp-calendar right" style="display: none;"><div class="calendar-table"></div></div><div class="drp-buttons"><span class="drp-selected"></span><button class="cancelBtn btn btn-sm btn-default" type="button">Cancel</button><button class="applyBtn btn btn-sm btn-primary" type="button">Apply</button></div></div>`;

const form = (body: string, after = '') =>
  `<div class="container"><form id="paForm" method="post">${body}<button type="submit" class="btn btn-primary">Submit request</button></form></div>${after}`;

describe('bootstrap-datepicker, daterangepicker and Inputmask on plain text boxes', () => {
  it('reads the full Ilaris request with its dates in bootstrap-datepicker and daterangepicker boxes', () => {
    page(
      form(
        `<h4>Member</h4>${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${bsDate('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}
        <h4>Diagnosis</h4>${text('icd', 'ICD-10 code', 'M04.1')}
        <h4>Medication</h4>${text('drugName', 'Drug name', ILARIS['drug.name'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}
        <h4>Labs</h4>${text('crp', 'CRP (mg/L)', '24')}${group('crpDate', 'CRP collection date', `<input type="text" class="form-control" id="crpDate" name="crpDate" value="${ILARIS['labs.crpDate']}">`)}
        <h4>Prescriber</h4>${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        drp(10, 2026),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1' });
    noDuplicatePaths();
  });

  it('takes nothing from an open bootstrap-datepicker dropdown appended to body', () => {
    page(
      form(`${bsDate('dob', 'Date of birth', ILARIS['patient.dob'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, bsPicker),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it("takes nothing from daterangepicker's month and year selects, closed or open", () => {
    page(
      form(
        `${group('crpDate', 'CRP collection date', `<input type="text" class="form-control" id="crpDate" value="${ILARIS['labs.crpDate']}">`)}`,
        `${drp(10, 2026)}${drp(2, 1988, true)}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'] });
    expect(field('labs.crpDate')?.label).toBe('CRP collection date');
  });

  it('reads an empty Inputmask date showing its mask ("__/__/____") as empty', () => {
    page(
      form(
        `${group('dob', 'Date of birth', `<input type="text" class="form-control" id="dob" inputmode="numeric" data-inputmask-alias="datetime" data-inputmask-inputformat="mm/dd/yyyy" value="__/__/____">`)}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '' });
  });

  it('reads a partly typed Inputmask date with its placeholder characters as typed', () => {
    page(
      form(
        `${group('dob', 'Date of birth', `<input type="text" class="form-control" id="dob" inputmode="numeric" data-inputmask-alias="datetime" data-inputmask-inputformat="mm/dd/yyyy" value="03/1_/____">`)}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '03/1_/____' });
  });

  it('reads an Inputmask NPI and member ID whose masks fill only part of the box', () => {
    page(
      form(
        `${group('memberId', 'Member ID', `<input type="text" class="form-control" id="memberId" data-inputmask="'mask': 'A9999999999'" value="${ILARIS['patient.memberId']}">`)}${group('npi', 'Prescriber NPI', '<input type="text" class="form-control" id="npi" inputmode="numeric" data-inputmask="\'mask\': \'9999999999\'" value="12345_____">')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '12345_____' });
  });
});
