import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Knockout.js 3.5 templates as rendered (data-bind attributes left on the elements, `value`,
 * `options`/`optionsCaption`, `selectedOptions`, `foreach`, `visible` applied: select options rendered
 * with the caption as `option[value=""]`, foreach rows stamped out, hidden blocks given display: none,
 * `<!-- ko -->` containerless comments kept), with jQuery plugins on top, on Bootstrap 3:
 * - Chosen 1.8 (harvesthq/chosen at c914ecd, coffee/chosen.jquery.coffee set_up_html,
 *   coffee/lib/abstract-chosen.coffee get_multi_html/result_add_option/show_search_field_default): the
 *   select hidden and followed by `div.chosen-container.chosen-container-multi#<id>_chosen[title]` >
 *   `ul.chosen-choices` of `li.search-choice > span + a.search-choice-close[data-option-array-index]`
 *   then `li.search-field > input.chosen-search-input[autocomplete=off]` (value = the placeholder text
 *   and class `default` when nothing is chosen, else ""), then `div.chosen-drop > ul.chosen-results` of
 *   `li.active-result|result-selected[data-option-array-index]`.
 * - bootstrap-datepicker 1.9 (uxsolutions/bootstrap-datepicker at 722dc29, js/bootstrap-datepicker.js DPGlobal
 *   template/headTemplate, container 'body'): `div.input-group.date` > input + `span.input-group-addon > i.glyphicon`;
 *   once opened, `div.datepicker.datepicker-dropdown.dropdown-menu` appended to body, left there with
 *   display: none when closed (days/months/years tables, `th.datepicker-switch`, `td.day`).
 * - jquery.inputmask 5 (RobinHerbots/Inputmask at 730ba93, lib/mask.js sets `inputmode`: "numeric" for the
 *   datetime alias, "text" by default) on dates (`data-inputmask-alias="datetime"`, inputFormat mm/dd/yyyy) and the NPI
 *   (`data-inputmask="'mask': '9999999999'" inputmode="text"`): the input shows the masked value; empty and unfocused it
 *   is cleared (clearMaskOnLostFocus), the mask given as placeholder by the page.
 */

const bind = (b: string) => ` data-bind="${b}"`;
const text = (id: string, label: string, value: string, extra = '') =>
  `<div class="form-group"><label for="${id}" class="control-label">${label}</label><input type="text" class="form-control" id="${id}"${bind(`value: ${id}`)} value="${value}"${extra}></div>`;
const masked = (id: string, label: string, value: string, mask: string) => text(id, label, value, ` ${mask}`);
const dateMask = ` data-inputmask-alias="datetime" data-inputmask-inputformat="mm/dd/yyyy" placeholder="mm/dd/yyyy" inputmode="numeric"`;

const datepicker = (id: string, label: string, value: string) =>
  `<div class="form-group"><label for="${id}" class="control-label">${label}</label><div class="input-group date"${bind('datepicker: true')}><input type="text" class="form-control" id="${id}"${bind(`value: ${id}`)} value="${value}"${dateMask}><span class="input-group-addon"><i class="glyphicon glyphicon-th"></i></span></div></div>`;

/** the picker bootstrap-datepicker left at the end of body after being opened and closed */
const pickerLeft = () =>
  `<div class="datepicker datepicker-dropdown dropdown-menu datepicker-orient-left datepicker-orient-bottom" style="top: 412px; left: 15px; z-index: 10; display: none;"><div class="datepicker-days" style=""><table class="table-condensed"><thead><tr><th colspan="7" class="datepicker-title" style="display: none;"></th></tr><tr><th class="prev">«</th><th colspan="5" class="datepicker-switch">November 2026</th><th class="next">»</th></tr><tr><th class="dow">Su</th><th class="dow">Mo</th></tr></thead><tbody><tr><td class="day">1</td><td class="active day">2</td><td class="day">3</td></tr></tbody><tfoot><tr><th colspan="7" class="today" style="display: none;">Today</th></tr><tr><th colspan="7" class="clear" style="display: none;">Clear</th></tr></tfoot></table></div><div class="datepicker-months" style="display: none;"><table class="table-condensed"><tbody><tr><td colspan="7"><span class="month">Jan</span><span class="month focused active">Nov</span></td></tr></tbody></table></div><div class="datepicker-years" style="display: none;"><table class="table-condensed"><tbody><tr><td colspan="7"><span class="year active focused">2026</span></td></tr></tbody></table></div><div class="datepicker-decades" style="display: none;"></div><div class="datepicker-centuries" style="display: none;"></div></div>`;

const select = (id: string, label: string, chosen: string, options: string[], caption: string) =>
  `<div class="form-group"><label for="${id}" class="control-label">${label}</label><select class="form-control" id="${id}"${bind(`options: ${id}Options, value: ${id}, optionsCaption: '${caption}'`)}><option value="">${caption}</option>${options.map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v}</option>`).join('')}</select></div>`;

/** a multiple select with Chosen on it */
function chosen(id: string, label: string, picked: string[], options: string[], placeholder: string): string {
  const native = `<select id="${id}" class="form-control chosen-select" multiple data-placeholder="${placeholder}"${bind(`options: codeOptions, selectedOptions: ${id}, chosen: {}`)} style="display: none;">${options.map((v) => `<option value="${v}"${picked.includes(v) ? ' selected' : ''}>${v}</option>`).join('')}</select>`;
  const choices = picked
    .map(
      (v) =>
        `<li class="search-choice"><span>${v}</span><a class="search-choice-close" data-option-array-index="${options.indexOf(v)}"></a></li>`,
    )
    .join('');
  const results = options
    .map((v, i) => `<li class="${picked.includes(v) ? 'result-selected' : 'active-result'}" data-option-array-index="${i}">${v}</li>`)
    .join('');
  return `<div class="form-group"><label for="${id}" class="control-label">${label}</label>${native}<div class="chosen-container chosen-container-multi" title="" id="${id}_chosen" style="width: 100%;"><ul class="chosen-choices">${choices}<li class="search-field"><input class="chosen-search-input${picked.length ? '' : ' default'}" type="text" autocomplete="off" value="${picked.length ? '' : placeholder}" style="width: 25px;"></li></ul><div class="chosen-drop"><ul class="chosen-results">${results}</ul></div></div></div>`;
}

const therapies = () =>
  `<h4>Prior therapies</h4><table class="table table-condensed"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th><th></th></tr></thead><tbody${bind('foreach: priorTherapies')}>${THERAPY_ROWS.map(
    (r) =>
      `<tr>${r.map((v, i) => `<td><input type="text" class="form-control input-sm"${bind(`value: ${['drug', 'dose', 'start', 'stop', 'outcome'][i]}`)} value="${v}"></td>`).join('')}<td><button type="button" class="btn btn-link btn-xs"${bind('click: $parent.removeTherapy')}>Remove</button></td></tr>`,
  ).join('')}</tbody></table><button type="button" class="btn btn-default btn-sm"${bind('click: addTherapy')}>Add therapy</button>`;

const codes = ['M04.1', 'M06.1', 'M04.8'];
const panel = (title: string, body: string) =>
  `<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">${title}</h3></div><div class="panel-body">${body}</div></div>`;
const form = (body: string, tail = '') =>
  `<div class="container"><form id="paForm"${bind('submit: save')}><div class="alert alert-danger"${bind('visible: errors().length')} style="display: none;"><ul${bind('foreach: errors')}></ul></div>${body}<button type="submit" class="btn btn-primary">Submit request</button></form></div>${tail}`;

describe('Knockout 3.5 templates with Chosen, bootstrap-datepicker and Inputmask', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${panel('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`)}${panel('Diagnosis', chosen('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], codes, 'Select codes'))}${panel(
          'Medication',
          `${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], 'Choose...')}${text('hcpcs', 'HCPCS code', 'J0638')}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${select('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Choose...')}`,
        )}${panel('Labs', `${text('crp', 'CRP (mg/L)', '24')}${datepicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}${panel('Prior therapies', therapies())}${panel('Prescriber', masked('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], `data-inputmask="'mask': '9999999999'" inputmode="text"`))}`,
        pickerLeft(),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads the Chosen multiple select as the chosen codes, not its search input or results list', () => {
    page(form(chosen('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], codes, 'Select codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.chosen-container');
  });

  it('reads an empty Chosen select as empty, not its placeholder shown in the search input', () => {
    page(form(chosen('icd10', 'ICD-10 codes', [], codes, 'Select codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads datepicker dates as shown and takes nothing from the closed picker left in body', () => {
    page(
      form(`${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datepicker('crpDate', 'CRP collection date', '')}`, pickerLeft()),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.datepicker-dropdown');
  });

  it('reads a select left on its optionsCaption as empty', () => {
    page(form(select('frequency', 'Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Choose...')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads the foreach rows under their column headers, not the Remove buttons', () => {
    page(form(therapies()));
    expect(read()).toEqual({ ...THERAPIES });
    expect(field('priorTherapies.1.outcome')?.field.element.getAttribute('data-bind')).toBe('value: outcome');
  });

  it('reads the masked NPI by its digits and an empty masked date as empty', () => {
    page(
      form(
        `${masked('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], `data-inputmask="'mask': '9999999999'" inputmode="text"`)}${masked('dob', 'Date of birth', '', dateMask)}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], 'patient.dob': '' });
  });
});
