import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * BootstrapVue 2.23.1 (Bootstrap 4.6) and bootstrap-vue-next 0.x (Bootstrap 5.3). Opened in
 * bootstrap-vue/bootstrap-vue (HEAD 503c74f, v2.23.1): src/components/form-group/form-group.js,
 * form-tags/form-tags.js + form-tag.js, form-btn-label-control/bv-form-btn-label-control.js,
 * form-datepicker/form-datepicker.js (+ its spec). b-table, b-modal, b-input-group,
 * b-form-radio-group and bootstrap-vue-next's BFormGroup are written from knowledge of their
 * rendered output (not opened).
 * - b-form-group with `label-for`: `div.form-group[role=group]#__BVID__n` > `label.d-block[for]`
 *   (id `<group>__BV_label_`) then a plain `div` holding the control, then
 *   `div.invalid-feedback[role=alert]` (`d-block` when state is false) and
 *   `small.form-text.text-muted` (the description); without `label-for` it is a `fieldset` with a
 *   `legend.bv-no-focus-ring.col-form-label.pt-0`; horizontal (`label-cols-sm`) a `div.form-row`
 *   with `label.col-sm-4.col-form-label` and `div.col`.
 * - b-form-datepicker: `div.b-form-btn-label-control.dropdown.b-form-datepicker.form-control[role=group]`
 *   holding the toggle `button#<id>[aria-haspopup=dialog]` (only an svg calendar icon), the hidden
 *   `input[type=hidden][name]` (the ISO value, when `name` is set), the closed
 *   `div.dropdown-menu[role=dialog]` with the b-calendar (its `output[role=status]` repeats the
 *   date), and, last, `label#<id>__value_.form-control[for=<id>]` showing the formatted date
 *   (`text-muted` "No date selected" when empty). The form group's `label-for` names the button.
 * - b-form-tags: `div.b-form-tags.form-control[role=group]` > `output.sr-only[role=status]` (tags
 *   joined), `div.sr-only[role=status]` (removed tags), `ul.b-form-tags-list` of
 *   `li.badge.b-form-tag[title]` (`span.b-form-tag-content` + `button.close.b-form-tag-remove`
 *   "×", aria-label "Remove tag") and `li.b-form-tags-field[role=none]` (the text input
 *   `#<input-id>.b-form-tags-input` and the "Add" button); with `name`, one `input[type=hidden]`
 *   per tag (none chosen: one `input.sr-only[type=text][name]` with an empty value).
 */

let n = 0;
const bvid = () => `__BVID__${(n += 1) + 100}`;

/** b-form-group with label-for */
const group = (label: string, forId: string, control: string, o: { description?: string; invalid?: string } = {}) => {
  const id = bvid();
  const desc = o.description
    ? `<small tabindex="-1" id="${id}__BV_description_" class="form-text text-muted">${o.description}</small>`
    : '';
  const inv = o.invalid
    ? `<div id="${id}__BV_feedback_invalid_" tabindex="-1" role="alert" aria-live="assertive" aria-atomic="true" class="invalid-feedback d-block">${o.invalid}</div>`
    : '';
  return `<div id="${id}" role="group" class="form-group${o.invalid ? ' is-invalid' : ''}"><label id="${id}__BV_label_" for="${forId}" class="d-block">${label}</label><div>${control}${inv}${desc}</div></div>`;
};

const input = (id: string, value: string, o: { type?: string; placeholder?: string; invalid?: boolean; describedby?: string } = {}) =>
  `<input id="${id}" type="${o.type ?? 'text'}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} class="form-control${o.invalid ? ' is-invalid' : ''}"${o.invalid ? ' aria-invalid="true"' : ''}${o.describedby ? ` aria-describedby="${o.describedby}"` : ''} value="${value}">`;

const text = (label: string, id: string, value: string, o: { description?: string } = {}) => group(label, id, input(id, value), o);

/** b-input-group with append="kg" around a number b-form-input */
const withAppend = (label: string, id: string, value: string, append: string) =>
  group(
    label,
    id,
    `<div role="group" class="input-group">${input(id, value, { type: 'number' })}<div class="input-group-append"><div class="input-group-text">${append}</div></div></div>`,
  );

const select = (label: string, id: string, options: string[], chosen: string | null) =>
  group(
    label,
    id,
    `<select id="${id}" class="custom-select"><option value="null"${chosen ? '' : ' selected'} disabled="disabled">-- Please select --</option>${options
      .map((o) => `<option value="${o}"${o === chosen ? ' selected' : ''}>${o}</option>`)
      .join('')}</select>`,
  );

const calendarIcon = `<svg viewBox="0 0 16 16" width="1em" height="1em" focusable="false" role="img" aria-label="calendar" xmlns="http://www.w3.org/2000/svg" fill="currentColor" class="bi-calendar b-icon bi"><g><path d="M1 4v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V4H1zm1-3a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V3a2 2 0 0 0-2-2H2z"></path></g></svg>`;

/** the b-calendar inside the datepicker's dropdown menu (rendered while closed, hidden by `.dropdown-menu`) */
const calendar = (id: string, shown: string) => {
  const days = Array.from({ length: 31 }, (_, i) => i + 1)
    .map(
      (d) =>
        `<div id="${id}__calendar-grid-cell-1988-03-${String(d).padStart(2, '0')}_" role="button" data-date="1988-03-${String(d).padStart(2, '0')}" aria-label="${d}" class="col p-0"><span class="btn border-0 rounded-circle text-nowrap">${d}</span></div>`,
    )
    .join('');
  return `<div dir="ltr" lang="en-US" role="group" class="b-calendar"><div class="b-calendar-inner"><header class="b-calendar-header"><output id="${id}__calendar-wrapper___value_" for="${id}__calendar-grid_" role="status" aria-live="polite" aria-atomic="true" class="form-control form-control-sm text-center">${shown || 'No date selected'}</output></header><div role="group" aria-label="Calendar navigation" class="b-calendar-nav d-flex"><button aria-label="Previous month" type="button" class="btn btn-sm border-0 flex-fill btn-outline-secondary">‹</button><button aria-label="Current month" type="button" class="btn btn-sm border-0 flex-fill btn-outline-secondary">○</button><button aria-label="Next month" type="button" class="btn btn-sm border-0 flex-fill btn-outline-secondary">›</button></div><div id="${id}__calendar-grid_" role="application" tabindex="0" aria-roledescription="Calendar" class="b-calendar-grid form-control h-auto text-center"><div id="${id}__calendar-grid-caption_" aria-live="polite" aria-atomic="true" class="b-calendar-grid-caption text-center font-weight-bold">March 1988</div><div aria-hidden="true" class="b-calendar-grid-weekdays row no-gutters border-bottom"><small title="Sunday" class="col text-truncate">Sun</small></div><div class="b-calendar-grid-body">${`<div class="row no-gutters">${days}</div>`}</div><footer class="b-calendar-grid-help border-top small text-muted text-center bg-light"><div class="small">Use cursor keys to navigate calendar dates</div></footer></div></div></div><div class="b-form-date-controls d-flex flex-wrap"><button type="button" class="btn btn-outline-secondary btn-sm">Reset</button><button type="button" class="btn btn-outline-primary btn-sm">Close</button></div>`;
};

/** b-form-datepicker with date-format-options month/day/year 2-digit and a `name` */
const datepicker = (id: string, shown: string, iso: string, name: string, open = false) =>
  `<div id="${id}__outer_" role="group" lang="en-US" aria-labelledby="${id}__value_" class="b-form-btn-label-control dropdown b-form-datepicker form-control${open ? ' show focus' : ''}"><button id="${id}" type="button" aria-haspopup="dialog" aria-expanded="${open}" class="btn h-auto">${calendarIcon}</button><input type="hidden" name="${name}" value="${iso}"><div id="${id}__dialog_" role="dialog" tabindex="-1" aria-modal="false" aria-labelledby="${id}__value_" class="dropdown-menu${open ? ' show' : ''}">${calendar(id, shown)}</div><label id="${id}__value_" for="${id}" class="form-control${shown ? '' : ' text-muted'}">${shown || 'No date selected'}</label></div>`;

const date = (label: string, id: string, shown: string, iso: string, open = false) =>
  group(label, id, datepicker(id, shown, iso, id, open));

const tag = (v: string) => {
  const id = bvid();
  return `<li id="${id}" title="${v}" aria-labelledby="${id}_taglabel_" class="badge b-form-tag d-inline-flex align-items-baseline mw-100 badge-secondary"><span id="${id}_taglabel_" class="b-form-tag-content flex-grow-1 text-truncate">${v}</span><button aria-label="Remove tag" aria-controls="${id}" aria-describedby="${id}_taglabel_" aria-keyshortcuts="Delete" type="button" class="close b-form-tag-remove">×</button></li>`;
};

/** b-form-tags with input-id and name */
const tags = (inputId: string, chosen: string[], name: string, placeholder = 'Add tag...') => {
  const id = bvid();
  const hidden = chosen.length
    ? chosen.map((v) => `<input type="hidden" name="${name}" value="${v}">`).join('')
    : `<input type="text" name="${name}" class="sr-only" value="">`;
  return `<div id="${id}" role="group" tabindex="-1" aria-describedby="${id}__selected_tags__" class="b-form-tags form-control h-auto"><output id="${id}__selected_tags__" role="status" for="${inputId}" aria-live="off" aria-atomic="true" aria-relevant="additions text" class="sr-only">${chosen.join(', ')}</output><div id="${id}__removed_tags__" role="status" aria-live="off" aria-atomic="true" class="sr-only"></div><ul id="${id}__tag_list__" class="b-form-tags-list list-unstyled mb-0 d-flex flex-wrap align-items-center">${chosen.map(tag).join('')}<li role="none" aria-live="off" aria-controls="${id}__tag_list__" class="b-form-tags-field flex-grow-1"><div role="group" class="d-flex"><input id="${inputId}" placeholder="${placeholder}" type="text" class="b-form-tags-input w-100 flex-grow-1 p-0 m-0 bg-transparent border-0" style="outline: 0px; min-width: 5rem;" value=""><button type="button" class="btn b-form-tags-button py-0 btn-outline-secondary invisible" style="font-size: 90%;">Add</button></div></li></ul>${hidden}</div>`;
};

/** b-form-group without label-for (a fieldset) around a b-form-radio-group */
const radios = (legend: string, name: string, options: string[], chosen: string) => {
  const id = bvid();
  return `<fieldset id="${id}" class="form-group"><legend tabindex="-1" id="${id}__BV_label_" class="bv-no-focus-ring col-form-label pt-0">${legend}</legend><div><div id="${id}-radios" role="radiogroup" tabindex="-1" class="bv-no-focus-ring">${options
    .map((o, i) => {
      const rid = `${id}_BV_option_${i}`;
      return `<div class="custom-control custom-control-inline custom-radio"><input id="${rid}" type="radio" name="${name}" class="custom-control-input" value="${o}"${o === chosen ? ' checked' : ''}><label for="${rid}" class="custom-control-label">${o}</label></div>`;
    })
    .join('')}</div></div></fieldset>`;
};

const card = (title: string, body: string) =>
  `<div class="card mb-3"><div class="card-header">${title}</div><div class="card-body">${body}</div></div>`;

const app = (body: string) => `<div id="app"><div class="container"><form class="">${body}</form></div></div>`;

const therapyTable = () => {
  const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
  return `<div class="table-responsive"><table role="table" aria-busy="false" aria-colcount="5" class="table b-table table-sm" id="${bvid()}"><thead role="rowgroup" class=""><tr role="row" class="">${cols
    .map((c, i) => `<th role="columnheader" scope="col" aria-colindex="${i + 1}" class=""><div>${c}</div></th>`)
    .join('')}</tr></thead><tbody role="rowgroup">${THERAPY_ROWS.map(
    (r, ri) =>
      `<tr role="row" class="">${r.map((v, ci) => `<td aria-colindex="${ci + 1}" role="cell" class="">${input(`therapy-${ri}-${ci}`, v).replace('form-control', 'form-control form-control-sm')}</td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div>`;
};

describe('BootstrapVue 2: b-form-group, b-input-group, b-form-select, b-form-tags, b-form-datepicker, b-table', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(`${card(
        'Member',
        `${text('Member ID', 'member-id', ILARIS['patient.memberId'], { description: 'As printed on the member card' })}
          ${date('Date of birth', 'dob', ILARIS['patient.dob'], '1988-03-14')}
          ${withAppend('Weight', 'weight', '72', 'kg')}`,
      )}
        ${card('Diagnosis', group('ICD-10 codes', 'icd-codes', tags('icd-codes', ['M04.1', 'M06.1'], 'icd')))}
        ${card(
          'Medication',
          `${select('Drug name', 'drug-name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'])}
          ${text('HCPCS code', 'hcpcs', ILARIS['drug.hcpcs'])}
          ${text('NDC', 'ndc', ILARIS['drug.ndc'])}
          ${withAppend('Dose', 'dose', '150', 'mg')}
          ${text('Billing units', 'billing-units', '150')}
          ${select('Frequency', 'frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 4 weeks')}`,
        )}
        ${card('Labs', `${withAppend('CRP', 'crp', '24', 'mg/L')}${date('CRP collection date', 'crp-date', ILARIS['labs.crpDate'], '2026-11-02')}`)}
        ${card('Prescriber', text('Prescriber NPI', 'npi', ILARIS['prescriber.npi']))}
        ${card('Prior therapies', therapyTable())}
        <button type="submit" class="btn btn-primary">Submit</button>`),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads a b-form-datepicker by the date its value label shows, not the calendar or the hidden ISO input', () => {
    page(
      app(`${date('Date of birth', 'dob', '03/14/1988', '1988-03-14', true)}${text('Member ID', 'member-id', ILARIS['patient.memberId'])}`),
    );
    expect(read()).toEqual({ 'patient.dob': '03/14/1988', 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('.dropdown-menu');
    expect(mapped()).toHaveLength(2);
  });

  it('reads an empty b-form-datepicker ("No date selected", text-muted) as empty', () => {
    page(app(`${date('Date of birth', 'dob', '', '')}${date('CRP collection date', 'crp-date', '', '')}`));
    expect(read()).toEqual({ 'patient.dob': '', 'labs.crpDate': '' });
  });

  it('reads b-form-tags once, taking nothing from its hidden inputs, sr-only output or "Remove tag" buttons', () => {
    page(app(group('ICD-10 codes', 'icd-codes', tags('icd-codes', ['M04.1', 'M06.1'], 'icd'))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('li.b-form-tag');
    expect(mapped()).toHaveLength(1);
  });

  it('reads empty b-form-tags (placeholder "Add tag...", sr-only text mirror) as one empty field', () => {
    page(app(`${group('ICD-10 codes', 'icd-codes', tags('icd-codes', [], 'icd'))}${text('NDC', 'ndc', ILARIS['drug.ndc'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'drug.ndc': ILARIS['drug.ndc'] });
    expect(mapped()).toHaveLength(2);
  });

  it('keeps the description and a shown invalid-feedback out of labels and values', () => {
    page(
      app(`${text('Member ID', 'member-id', ILARIS['patient.memberId'], { description: 'Prescriber NPI on file is used when blank' })}
        ${group('Prescriber NPI', 'npi', input('npi', '123456789', { invalid: true, describedby: 'npi-feedback' }), { invalid: 'NDC and NPI must be 10 digits' })}
        ${text('NDC', 'ndc', ILARIS['drug.ndc'])}`),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'prescriber.npi': '123456789',
      'drug.ndc': ILARIS['drug.ndc'],
    });
    expect(field('drug.ndc')?.label).toBe('NDC');
  });

  it('reads a text input with a button-only b-form-datepicker appended (the docs pattern) as one date', () => {
    const buttonOnly = (id: string, shown: string, controls: string) =>
      `<div id="${id}__outer_" lang="en-US" aria-labelledby="${id}__value_" class="b-form-btn-label-control dropdown b-form-datepicker btn-group dropright"><button id="${id}" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="${controls}" class="btn btn-secondary dropdown-toggle dropdown-toggle-no-caret">${calendarIcon}</button><div id="${id}__dialog_" role="dialog" tabindex="-1" aria-modal="false" aria-labelledby="${id}__value_" class="dropdown-menu dropdown-menu-right">${calendar(id, shown)}</div><label id="${id}__value_" for="${id}" class="sr-only">${shown}<bdi class="sr-only">(Selected date)</bdi></label></div>`;
    const id = bvid();
    page(
      app(`<label for="dob-input">Date of birth</label><div role="group" class="input-group mb-3">${input('dob-input', '1988-03-14', { placeholder: 'YYYY-MM-DD' })}<div class="input-group-append">${buttonOnly(id, 'Monday, March 14, 1988', 'dob-input')}</div></div>
        ${text('Member ID', 'member-id', ILARIS['patient.memberId'])}`),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'patient.memberId': ILARIS['patient.memberId'] });
    noDuplicatePaths();
    expect(mapped()).toHaveLength(2);
  });

  it('reads a b-form-select still on its disabled null option ("-- Please select --") as empty', () => {
    page(
      app(
        `${select('Drug name', 'drug-name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], null)}${select('Frequency', 'frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 8 weeks')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('takes the b-input-group append text as the unit', () => {
    page(
      app(
        `${withAppend('Weight', 'weight', '72', 'kg')}${withAppend('Dose', 'dose', '150', 'mg')}${withAppend('CRP', 'crp', '24', 'mg/L')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150', 'labs.crpValue': '24' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a b-form-radio-group in a legend fieldset and a horizontal form group', () => {
    const id = bvid();
    page(
      app(`${radios('Frequency', 'frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 4 weeks')}
        <div id="${id}" role="group" class="form-row form-group"><label id="${id}__BV_label_" for="npi" class="col-sm-4 col-form-label">Prescriber NPI</label><div class="col">${input('npi', ILARIS['prescriber.npi'])}<small tabindex="-1" class="form-text text-muted">10 digits</small></div></div>`),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads prior therapies from a stacked b-table (cells carry data-label, content wrapped in a div)', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    page(
      app(
        card(
          'Prior therapies',
          `<table role="table" aria-busy="false" aria-colcount="5" class="table b-table b-table-stacked-md" id="${bvid()}"><thead role="rowgroup"><tr role="row">${cols
            .map((c, i) => `<th role="columnheader" scope="col" aria-colindex="${i + 1}"><div>${c}</div></th>`)
            .join('')}</tr></thead><tbody role="rowgroup">${THERAPY_ROWS.map(
            (r, ri) =>
              `<tr role="row">${r.map((v, ci) => `<td aria-colindex="${ci + 1}" data-label="${cols[ci] ?? ''}" role="cell"><div>${input(`stk-${ri}-${ci}`, v)}</div></td>`).join('')}</tr>`,
          ).join('')}</tbody></table>`,
        ),
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a form in an open b-modal over a page with other fields', () => {
    page(
      `<div id="app"><div class="container"><form>${text('Search member ID', 'search', 'U0000000000')}</form></div></div>
      <div id="edit___BV_modal_outer_" style="position: absolute; z-index: 1040;"><div id="edit" role="dialog" aria-labelledby="edit___BV_modal_title_" aria-describedby="edit___BV_modal_body_" class="modal fade show" aria-modal="true" style="display: block;"><div class="modal-dialog modal-md"><span tabindex="0"></span><div id="edit___BV_modal_content_" tabindex="-1" class="modal-content"><header id="edit___BV_modal_header_" class="modal-header"><h5 id="edit___BV_modal_title_" class="modal-title">Edit member</h5><button type="button" aria-label="Close" class="close">×</button></header><div id="edit___BV_modal_body_" class="modal-body"><form>${text('Member ID', 'member-id', ILARIS['patient.memberId'])}${select('Drug name', 'drug-name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'])}</form></div><footer id="edit___BV_modal_footer_" class="modal-footer"><button type="button" class="btn btn-secondary">Cancel</button><button type="button" class="btn btn-primary">OK</button></footer></div><span tabindex="0"></span></div></div><div id="edit___BV_modal_backdrop_" class="modal-backdrop"></div></div>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'] });
    expect(mapped()).toHaveLength(2);
  });
});

/**
 * bootstrap-vue-next (Vue 3, Bootstrap 5.3), written from knowledge (source not opened): BFormGroup
 * with `label-for` renders `div.b-form-group.form-group[role=group]` > `label.form-label[for]` and a
 * `div` with the control, `div.invalid-feedback` and `div.form-text` (description); BFormSelect is
 * `select.form-select`; BInputGroup `div.input-group` with `span.input-group-text` appends;
 * BFormTags keeps BootstrapVue 2's structure with BS5 badges (`span.badge.b-form-tag.text-bg-secondary`
 * inside `li`s, the remove `button.btn-close`).
 */
const nextGroup = (label: string, id: string, control: string, o: { description?: string; invalid?: string } = {}) => {
  const g = bvid();
  return `<div id="${g}" class="b-form-group form-group${o.invalid ? ' is-invalid' : ''}" role="group"><label id="${g}__BV_label_" for="${id}" class="form-label">${label}</label><div>${control}${o.invalid ? `<div id="${g}__BV_feedback_invalid_" class="invalid-feedback d-block" role="alert" aria-live="assertive" aria-atomic="true">${o.invalid}</div>` : ''}${o.description ? `<div id="${g}__BV_description_" class="form-text">${o.description}</div>` : ''}</div></div>`;
};

const nextTags = (inputId: string, chosen: string[]) => {
  const id = bvid();
  return `<div id="${id}" role="group" tabindex="-1" class="b-form-tags form-control h-auto"><output id="${id}selected_tags__" role="status" for="${inputId}" aria-live="off" aria-atomic="true" aria-relevant="additions text" class="visually-hidden">${chosen.join(', ')}</output><ul class="b-form-tags-list list-unstyled mb-0 d-flex flex-wrap align-items-center">${chosen
    .map(
      (v, i) =>
        `<li id="${id}_tag_${i}" class="badge b-form-tag d-inline-flex align-items-center mw-100 text-bg-secondary" title="${v}" aria-labelledby="${id}_tag_${i}_taglabel_"><span id="${id}_tag_${i}_taglabel_" class="b-form-tag-content flex-grow-1 text-truncate">${v}</span><button type="button" class="btn-close b-form-tag-remove" aria-label="Remove tag" aria-controls="${id}_tag_${i}" aria-describedby="${id}_tag_${i}_taglabel_" aria-keyshortcuts="Delete"></button></li>`,
    )
    .join(
      '',
    )}<li role="none" class="b-form-tags-field flex-grow-1"><div role="group" class="d-flex"><input id="${inputId}" type="text" placeholder="Add tag..." class="b-form-tags-input w-100 flex-grow-1 p-0 m-0 bg-transparent border-0" style="outline: currentcolor none 0px; min-width: 5rem;" value=""><button type="button" class="btn b-form-tags-button py-0 btn-outline-secondary invisible" style="font-size: 90%;">Add</button></div></li></ul></div>`;
};

describe('bootstrap-vue-next: BFormGroup (BS5) with BFormInput, BFormSelect, BInputGroup and BFormTags', () => {
  it('reads a BS5 form group page with descriptions and a shown invalid feedback', () => {
    page(
      app(`${nextGroup('Member ID', 'member-id', '<input id="member-id" class="form-control" type="text" value="U4829163702">', { description: 'As printed on the card' })}
        ${nextGroup('Weight', 'weight', '<div class="input-group"><input id="weight" class="form-control" type="number" value="72"><span class="input-group-text">kg</span></div>')}
        ${nextGroup('Frequency', 'frequency', '<select id="frequency" class="form-select"><option value="">Choose…</option><option value="q4w" selected>Every 4 weeks</option><option value="q8w">Every 8 weeks</option></select>')}
        ${nextGroup('Prescriber NPI', 'npi', '<input id="npi" class="form-control is-invalid" aria-invalid="true" type="text" value="123456789">', { invalid: 'Dose must be 10 digits' })}
        ${nextGroup('Dose', 'dose', '<div class="input-group"><input id="dose" class="form-control" type="number" value="150"><span class="input-group-text">mg</span></div>')}`),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.weight': '72',
      'drug.frequency': 'Every 4 weeks',
      'prescriber.npi': '123456789',
      'drug.dose': '150',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
    noDuplicatePaths();
  });

  it('reads BFormTags as its tags, once', () => {
    page(app(nextGroup('ICD-10 codes', 'icd-codes', nextTags('icd-codes', ['M04.1', 'M06.1']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('li.b-form-tag');
  });
});
