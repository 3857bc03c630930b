import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Knack (knack.com live apps, `#knack-dist_1` scenes of views). Knack's renderer is closed source:
 * the markup is pieced from the selectors public Knack app code and the Knack Toolkit Library
 * (cortexrd/Knack-Toolkit-Library, ktl.fields / ktl.persistentForm) read off live apps, and from
 * markup app code copies to add its own inputs:
 * - form view `div.kn-form.kn-view.view_N#view_N` > `div.view-header > h2.kn-title`, `form` >
 *   `ul.kn-form-group.columns.kn-form-group-1 > li.kn-form-col.column.is-constrained` >
 *   `div.kn-input.kn-input-<type>.control#kn-input-field_N[data-input-id=field_N]` >
 *   `label.label.kn-label[for] > span` (+ `span.kn-required` "*"), `div.control > input.input`
 *   (`kn-input-short_text`, `kn-input-number`), `p.kn-instructions`; submit `div.kn-submit >
 *   button.kn-button.is-primary`.
 * - multiple choice: `div.kn-select > select[data-placeholder=Select].select` whose first option is
 *   "Select..." (value "").
 * - date/time: `input.kn-datetime-input.knack-date.input.control.hasDatepicker[name=date]`, jQuery UI's
 *   `#ui-datepicker-div.ui-datepicker` at the end of body (`display: none` once closed).
 * - connection: a Chosen 0.9 widget over `select#view_N-field_M.select.chzn-select.chzn-done
 *   [style=display:none]`: `div#view_N_field_M_chzn.chzn-container` (single: `a.chzn-single > span`
 *   + `div > b`, `chzn-default` with its prompt while empty; multiple: `ul.chzn-choices >
 *   li.search-choice > span + a.search-choice-close[rel]` and `li.search-field > input[type=text]
 *   [autocomplete=off]` whose VALUE is the prompt, classed `default`, while nothing is chosen), then
 *   `div.chzn-drop[style=left:-9000px]` (`div.chzn-search > input` for single) > `ul.chzn-results >
 *   li.active-result / li.result-selected`. Chosen's markup is as its 0.9 templates render it.
 * - table view `div.kn-table.kn-view` > `form.table-keyword-search > input.input.kn-keyword-search
 *   [name=keyword]` + `a.kn-button.search`, `div.kn-table-wrapper > table.kn-table.kn-table-table
 *   .is-bordered.is-striped > thead > tr > th > span.table-fixed-label > span`, `tbody > tr[id] >
 *   td.cell-edit.field_N`; a grouped table puts `tr.kn-table-group.kn-group-level-1 > td[colspan]` before
 *   each group's records.
 * - details view: `div.kn-detail.field_N > div.kn-detail-label > span` + `div.kn-detail-body > span`.
 * The ids of date inputs and the labels' `for` on connections are my reading, not a source's.
 */

type Extra = { required?: boolean; help?: string };

const input = (key: string, type: string, label: string, forId: string, control: string, o: Extra = {}) =>
  `<div class="kn-input kn-input-${type} control" id="kn-input-${key}" data-input-id="${key}"><label for="${forId}" class="label kn-label"><span>${label}</span>${
    o.required ? '<span class="kn-required">*</span>' : ''
  }</label><div class="control">${control}</div>${o.help ? `<p class="kn-instructions">${o.help}</p>` : ''}</div>`;

const text = (key: string, label: string, value: string, o: Extra = {}, type = 'short_text') =>
  input(key, type, label, key, `<input class="input" id="${key}" name="${key}" type="text" value="${value}">`, o);

const date = (view: string, key: string, label: string, value: string) =>
  input(
    key,
    'date_time',
    label,
    `${view}-${key}`,
    `<input class="kn-datetime-input knack-date input control hasDatepicker" type="text" name="date" id="${view}-${key}" value="${value}" autocomplete="off">`,
  );

const choice = (view: string, key: string, label: string, chosen: string, options: string[]) =>
  input(
    key,
    'multiple_choice',
    label,
    `${view}-${key}`,
    `<div class="kn-select"><select data-placeholder="Select" id="${view}-${key}" name="${view}-${key}" class="select"><option value=""${chosen ? '' : ' selected=""'}>Select...</option>${options
      .map((v) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${v}</option>`)
      .join('')}</select></div>`,
  );

/** a connection drawn by Chosen 0.9 over its hidden select */
function connection(
  view: string,
  key: string,
  label: string,
  chosen: string[],
  options: string[],
  o: { multiple?: boolean; search?: string } = {},
) {
  const id = `${view}-${key}`;
  const cid = `${view}_${key}_chzn`;
  const select = `<select data-placeholder="Select" id="${id}" name="${id}" class="select chzn-select chzn-done"${o.multiple ? ' multiple="multiple"' : ''} style="display: none;">${o.multiple ? '' : '<option value=""></option>'}${options
    .map((v, i) => `<option value="5f0c${i}a1b2c3d4e5f60718${i}"${chosen.includes(v) ? ' selected="selected"' : ''}>${v}</option>`)
    .join('')}</select>`;
  // open with a search typed: the matches stay, their typed part in `em`, the first highlighted
  const shown = o.search
    ? options.filter((v) => v.toLowerCase().startsWith(o.search!.toLowerCase()) && !(o.multiple && chosen.includes(v)))
    : options;
  const results = `<ul class="chzn-results">${shown
    .map((v, i) => {
      const cls = o.search ? `active-result${i === 0 ? ' highlighted' : ''}` : chosen.includes(v) ? 'result-selected' : 'active-result';
      const textOf = o.search ? `<em>${v.slice(0, o.search.length)}</em>${v.slice(o.search.length)}` : v;
      return `<li id="${cid}_o_${options.indexOf(v) + (o.multiple ? 0 : 1)}" class="${cls}" style="">${textOf}</li>`;
    })
    .join('')}</ul>`;
  const open = o.search !== undefined;
  const drop = `style="left: ${open ? '0' : '-9000'}px; width: 100%; top: 29px;"`;
  const widget = o.multiple
    ? `<div id="${cid}" class="chzn-container chzn-container-multi${open ? ' chzn-container-active chzn-with-drop' : ''}" style="width: 100%;" title=""><ul class="chzn-choices">${chosen
        .map(
          (v) =>
            `<li id="${cid}_c_${options.indexOf(v)}" class="search-choice"><span>${v}</span><a href="javascript:void(0)" class="search-choice-close" rel="${options.indexOf(v)}"></a></li>`,
        )
        .join(
          '',
        )}<li class="search-field"><input type="text" value="${o.search ?? (chosen.length ? '' : 'Select')}" class="${chosen.length || open ? '' : 'default'}" autocomplete="off" style="width: ${chosen.length || open ? 35 : 180}px;"></li></ul><div class="chzn-drop" ${drop}>${results}</div></div>`
    : `<div id="${cid}" class="chzn-container chzn-container-single${open ? ' chzn-container-active chzn-with-drop' : ''}" style="width: 100%;" title=""><a href="javascript:void(0)" class="chzn-single${chosen.length ? '' : ' chzn-default'}" tabindex="-1"><span>${chosen[0] ?? 'Select'}</span><div><b></b></div></a><div class="chzn-drop" ${drop}><div class="chzn-search"><input type="text" autocomplete="off" value="${o.search ?? ''}"></div>${results}</div></div>`;
  return input(key, 'connection', label, id, `${select}${widget}`);
}

const formView = (view: string, title: string, inputs: string) =>
  `<div class="kn-form kn-view ${view}" id="${view}"><div class="view-header"><h2 class="kn-title">${title}</h2></div><form action="#" method="post" novalidate=""><ul class="kn-form-group columns kn-form-group-1"><li class="kn-form-col column is-constrained">${inputs}</li></ul><div class="kn-submit"><input type="hidden" name="id" value=""><button class="kn-button is-primary" type="submit">Submit</button></div></form></div>`;

const tableView = (view: string, title: string, headers: string[], rows: readonly (readonly string[])[], keyword = '') =>
  `<div class="kn-table kn-view ${view}" id="${view}"><div class="view-header"><h2 class="kn-title">${title}</h2></div><div class="kn-records-nav"><div class="level"><div class="level-left"><form class="table-keyword-search"><p class="control has-addons"><input class="input kn-keyword-search" name="keyword" type="text" value="${keyword}"><a class="kn-button search"><span class="icon is-small"><i class="fa fa-search"></i></span></a></p></form></div></div></div><div class="kn-table-wrapper"><table class="kn-table kn-table-table is-bordered is-striped"><thead><tr>${headers
    .map((h, i) => `<th class="field_${60 + i}"><span class="table-fixed-label"><span>${h}</span></span></th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r, n) =>
        `<tr id="64a1f0c2b7e8d9a0c1b2c3d${n}">${r.map((v, i) => `<td class="field_${60 + i} cell-edit" data-field-key="field_${60 + i}"><span>${v}</span></td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div></div>`;

const scene = (views: string, tail = '') =>
  `<div id="knack-dist_1" class="kn-content"><div class="kn-scene kn-container" id="kn-scene_12">${views}</div></div>${tail}`;

const datepicker = (open: boolean) =>
  `<div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="position: absolute; top: 412px; left: 210px; z-index: 1; display: ${open ? 'block' : 'none'};"><div class="ui-datepicker-header ui-widget-header ui-helper-clearfix ui-corner-all"><a class="ui-datepicker-prev ui-corner-all" title="Prev"><span class="ui-icon ui-icon-circle-triangle-w">Prev</span></a><a class="ui-datepicker-next ui-corner-all" title="Next"><span class="ui-icon ui-icon-circle-triangle-e">Next</span></a><div class="ui-datepicker-title"><select class="ui-datepicker-month"><option value="2" selected="selected">Mar</option><option value="3">Apr</option></select><select class="ui-datepicker-year"><option value="1988" selected="selected">1988</option><option value="1989">1989</option></select></div></div><table class="ui-datepicker-calendar"><thead><tr><th><span title="Sunday">Su</span></th><th><span title="Monday">Mo</span></th></tr></thead><tbody><tr><td class=" " data-handler="selectDay" data-event="click" data-month="2" data-year="1988"><a class="ui-state-default" href="#">13</a></td><td class=" ui-datepicker-current-day" data-handler="selectDay" data-event="click" data-month="2" data-year="1988"><a class="ui-state-default ui-state-active" href="#">14</a></td></tr></tbody></table></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const V = 'view_45';

const requestInputs = () =>
  `${text('field_12', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date(V, 'field_13', 'Date of birth', ILARIS['patient.dob'])}${text('field_14', 'Weight (kg)', '72', {}, 'number')}${connection(V, 'field_15', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true })}${connection(V, 'field_16', 'Drug name', [ILARIS['drug.name']], DRUGS)}${text('field_17', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('field_18', 'NDC', ILARIS['drug.ndc'])}${text('field_19', 'Dose (mg)', '150', {}, 'number')}${text('field_20', 'Billing units', '150', {}, 'number')}${choice(V, 'field_21', 'Frequency', 'Every 4 weeks', FREQ)}${text('field_22', 'CRP (mg/L)', '24', {}, 'number')}${date(V, 'field_23', 'CRP collection date', ILARIS['labs.crpDate'])}${text('field_24', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`;

describe('Knack: kn-form inputs, Chosen connections, jQuery UI dates, kn-table records', () => {
  it('reads the full Ilaris request', () => {
    page(
      scene(
        `${formView(V, 'Prior authorization request', requestInputs())}${tableView('view_46', 'Prior therapies', ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS)}`,
        datepicker(false),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a required input by its label without the kn-required "*" or its instructions', () => {
    page(
      scene(
        formView(
          V,
          'Request',
          `${text('field_12', 'Member ID', ILARIS['patient.memberId'], { required: true, help: 'As printed on the member card' })}${text('field_24', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a single Chosen connection by its shown choice, once, and nothing from its closed results', () => {
    page(scene(formView(V, 'Request', connection(V, 'field_16', 'Drug name', [ILARIS['drug.name']], DRUGS))));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.chzn-drop');
    noDuplicatePaths();
  });

  it('reads an open single Chosen connection by its choice, not the search typed into its drop', () => {
    page(
      scene(
        formView(
          V,
          'Request',
          `${connection(V, 'field_16', 'Drug name', [ILARIS['drug.name']], DRUGS, { search: 'Kin' })}${text('field_17', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.chzn-drop');
  });

  it('reads an open multiple Chosen connection as its chosen codes, not the search typed after them', () => {
    page(scene(formView(V, 'Request', connection(V, 'field_15', 'ICD-10 codes', ['M04.1'], CODES, { multiple: true, search: 'M06' }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
  });

  it('reads an empty single Chosen connection (its "Select" prompt) as empty', () => {
    page(scene(formView(V, 'Request', connection(V, 'field_16', 'Drug name', [], DRUGS))));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads a multiple Chosen connection as its chosen codes', () => {
    page(scene(formView(V, 'Request', connection(V, 'field_15', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.chzn-drop');
  });

  it('reads an empty multiple Chosen connection as empty, not as the prompt written into its search box', () => {
    page(scene(formView(V, 'Request', connection(V, 'field_15', 'ICD-10 codes', [], CODES, { multiple: true }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a multiple choice select on its "Select..." option as empty', () => {
    page(
      scene(formView(V, 'Request', `${choice(V, 'field_21', 'Frequency', '', FREQ)}${text('field_19', 'Dose (mg)', '150', {}, 'number')}`)),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.dose': '150' });
  });

  it('reads date inputs, and nothing from the open jQuery UI datepicker at the end of body', () => {
    page(
      scene(
        formView(
          V,
          'Request',
          `${date(V, 'field_13', 'Date of birth', ILARIS['patient.dob'])}${date(V, 'field_23', 'CRP collection date', '')}`,
        ),
        datepicker(true),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('#ui-datepicker-div');
  });

  // misread: no therapy is read: with the group row (`tr.kn-table-group > td[colspan=5]`) between the
  // header and the records, none of the records' cells is collected (the dump holds only the member ID
  // and the keyword box), as if the one-cell group row were a title ending the columns above it
  it('reads therapies from a table view grouped by a field, its group rows no entries', () => {
    const headers = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
    page(
      scene(
        `${formView(V, 'Request', text('field_12', 'Member ID', ILARIS['patient.memberId']))}${tableView(
          'view_46',
          'Prior therapies',
          headers,
          THERAPY_ROWS,
        ).replace('<tbody>', '<tbody><tr class="kn-table-group kn-group-level-1"><td colspan="5">Discontinued</td></tr>')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
  });

  it('reads no therapy from a table of past requests, nor the member ID from its keyword search box', () => {
    page(
      scene(
        `${formView(V, 'Prior authorization request', `${text('field_12', 'Member ID', '', { required: true })}${connection(V, 'field_16', 'Drug name', [ILARIS['drug.name']], DRUGS)}`)}${tableView(
          'view_47',
          'Previous requests',
          ['Request #', 'Drug name', 'Submitted', 'Status'],
          [
            ['PA-20931', 'Kineret (anakinra)', '07/01/2026', 'Approved'],
            ['PA-18422', 'colchicine', '01/05/2026', 'Closed'],
          ],
          ILARIS['patient.memberId'],
        )}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.kn-table');
  });

  it('reads nothing from a details view of the member record shown beside the form', () => {
    const detail = (key: string, label: string, value: string) =>
      `<div class="kn-detail ${key}"><div class="kn-detail-label"><span>${label}</span></div><div class="kn-detail-body"><span>${value}</span></div></div>`;
    page(
      scene(
        `<div class="kn-details kn-view view_44" id="view_44"><div class="view-header"><h2 class="kn-title">Member</h2></div><section class="kn-details-column"><div class="kn-details-group">${detail('field_2', 'Member ID', 'U1000000001')}${detail('field_3', 'Weight (kg)', '80')}</div></section></div>${formView(
          V,
          'Request',
          `${text('field_12', 'Member ID', ILARIS['patient.memberId'])}${text('field_14', 'Weight (kg)', '72', {}, 'number')}`,
        )}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
  });
});
