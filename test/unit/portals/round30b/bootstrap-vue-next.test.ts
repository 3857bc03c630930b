import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * bootstrap-vue-next 0.2x (bootstrap-vue-next/bootstrap-vue-next, packages/bootstrap-vue-next/src/components:
 * BFormGroup/BFormGroup.vue @ 0011a00, BFormTags/BFormTags.vue @ 02a9118 + BFormTag.vue @ 094432d,
 * BFormCheckbox/BFormCheckboxGroup.vue @ febd812 + BFormCheckbox.vue @ 0425ccf, BModal/BModal.vue @ 3927db6;
 * BFormRadioGroup, BFormSelect, BTable/BTableLite as the docs render them). Bootstrap 5 classes:
 * - BFormGroup with `label-for`: `div[role=group]` > `label.form-label.d-block#_BV_label_N[for]` + `div` holding
 *   the control, `div.invalid-feedback[role=alert]` (state false: group `is-invalid`, input `is-invalid
 *   aria-invalid`) and `small.form-text.text-muted` (description). Without `label-for`: `fieldset` >
 *   `legend.form-label.bv-no-focus-ring.col-form-label.pt-0[tabindex=-1]` + `div`.
 * - BFormInput: `input.form-control[type=text]`; BFormSelect: `select.form-select` (a `{value: null, disabled}`
 *   placeholder option renders `option[value=""][disabled]`).
 * - BFormTags: `div.b-form-tags.form-control.h-auto[role=group][tabindex=-1]` > `output.visually-hidden` (the tags
 *   joined ", "), `div.visually-hidden[role=status]` ("(Tag removed) M04.8" after a removal), `ul.b-form-tags-list`
 *   of `li.badge.b-form-tag[title][aria-labelledby]` (`span.b-form-tag-content` + `button.btn-close.b-form-tag-remove
 *   [aria-label="Remove tag"]`), then `li[role=none].b-from-tags-field > div[role=group] > input.b-form-tags-input`
 *   (placeholder "Add tag...") + the Add button (`disabled invisible` while empty); `input[type=hidden][name]` per tag.
 * - BFormCheckboxGroup / BFormRadioGroup: `div[role=group|radiogroup].bv-no-focus-ring[tabindex=-1]` of
 *   `div.form-check.form-check-inline` > `input.form-check-input[name=<group id>]` + `label.form-check-label[for]`.
 * - BFormRadioGroup `buttons`: RenderComponentOrSkip drops the `div.form-check`, leaving `input.btn-check` +
 *   `label.btn.btn-outline-primary[for]` pairs in `div.btn-group[role=radiogroup]`. BFormGroup `floating`: the
 *   content `div.form-floating` holds the input, description and then the label.
 * - BTable: `table.table.b-table` with `th[scope=col]` > `div` label, `td` text (stacked: `b-table-stacked-md`, each
 *   `td[data-label]` wrapping its value in a `div`).
 * - BOffcanvas: teleported `div.offcanvas.offcanvas-end.show[tabindex=-1][role=dialog][aria-modal=true]` (header
 *   `h5.offcanvas-title` + `button.btn-close`, `div.offcanvas-body`) and `div.offcanvas-backdrop`.
 * - BModal: teleported to the end of body, `div.modal.fade[role=dialog][aria-labelledby][aria-describedby]
 *   [tabindex=-1]` kept with `display: none` (v-show) while closed, its content rendered (lazy false); open it is
 *   `modal fade show`, its BOverlay backdrop inside.
 */

let n = 0;
const id = (s: string) => `__BVID__${++n}__BV_${s}__`;
type G = { description?: string; invalid?: string; required?: boolean };
/** BFormGroup with label-for around `control(id)` */
const group = (label: string, control: (cid: string) => string, o: G = {}) => {
  const cid = id('input');
  return `<div class="mb-3${o.invalid ? ' is-invalid' : ''}" id="${id('form_group')}" role="group"><label id="_BV_label_${n}" for="${cid}" class="form-label d-block">${label}${o.required ? ' <span class="text-danger">*</span>' : ''}</label><div>${control(cid)}${
    o.invalid
      ? `<div id="_BV_feedback_invalid_${n}" class="invalid-feedback" role="alert" aria-live="assertive" aria-atomic="true">${o.invalid}</div>`
      : ''
  }${o.description ? `<small id="_BV_description_${n}" class="form-text text-muted">${o.description}</small>` : ''}</div></div>`;
};
const input = (label: string, value: string, o: G & { disabled?: boolean } = {}) =>
  group(
    label,
    (cid) =>
      `<input id="${cid}" class="form-control${o.invalid ? ' is-invalid' : ''}" type="text"${o.invalid ? ' aria-invalid="true"' : ''}${o.disabled ? ' disabled=""' : ''} value="${value}">`,
    o,
  );
const select = (label: string, chosen: string, options: string[], placeholder = '-- Please select --') =>
  group(
    label,
    (cid) =>
      `<select id="${cid}" class="form-select"><option value="" disabled=""${chosen ? '' : ' selected=""'}>${placeholder}</option>${options
        .map((v) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${v}</option>`)
        .join('')}</select>`,
  );
/** BFormTags in a BFormGroup (label-for its input); `search` typed, `removed` the last removed tag */
const tags = (label: string, values: string[], o: { search?: string; removed?: string; name?: string } = {}) =>
  group(label, (cid) => {
    const tid = cid.replace('input', 'tags');
    return `<div id="${tid}" class="b-form-tags form-control h-auto" role="group" tabindex="-1"><output id="${tid}selected_tags__" class="visually-hidden" for="${cid}" aria-live="off" aria-atomic="true" aria-relevant="additions text">${values.join(', ')}</output><div id="${tid}removed_tags__" role="status" aria-live="off" aria-atomic="true" class="visually-hidden"> (Tag removed) ${o.removed ?? ''} </div><ul id="${tid}tag_list__" class="b-form-tags-list list-unstyled mb-0 d-flex flex-wrap align-items-center">${values
      .map((v, i) => {
        const t = `${tid}${i}`;
        return `<li id="${t}" title="${v}" class="badge b-form-tag d-inline-flex align-items-center mw-100 text-bg-secondary" aria-labelledby="${t}taglabel__"><span id="${t}taglabel__" class="b-form-tag-content flex-grow-1 text-truncate">${v}</span><button type="button" class="btn-close b-form-tag-remove" aria-label="Remove tag" aria-keyshortcuts="Delete" aria-describedby="${t}taglabel__"></button></li>`;
      })
      .join(
        '',
      )}<li role="none" aria-live="off" class="b-from-tags-field flex-grow-1" aria-controls="${tid}tag_list__"><div role="group" class="d-flex"><input id="${cid}" type="text" placeholder="Add tag..." class="b-form-tags-input w-100 flex-grow-1 p-0 m-0 bg-transparent border-0" style="outline: currentcolor none 0px; min-width: 5rem;" value="${o.search ?? ''}"><button type="button" class="btn b-form-tags-button py-0 btn-outline-secondary${o.search ? '' : ' disabled invisible'}" style="font-size: 90%;"${o.search ? '' : ' disabled=""'}>Add</button></div></li></ul><div aria-live="polite" aria-atomic="true"></div>${
      o.name ? values.map((v) => `<input type="hidden" name="${o.name}" value="${v}">`).join('') : ''
    }</div>`;
  });
/** a BFormCheckboxGroup or BFormRadioGroup in a BFormGroup without label-for (fieldset + legend) */
const choices = (label: string, kind: 'checkbox' | 'radio', options: string[], chosen: string[]) => {
  const name = id(kind);
  return `<fieldset class="mb-3" id="${id('form_group')}"><legend tabindex="-1" class="form-label bv-no-focus-ring col-form-label pt-0" id="_BV_label_${n}">${label}</legend><div><div id="${name}" role="${kind === 'radio' ? 'radiogroup' : 'group'}" class="bv-no-focus-ring" tabindex="-1">${options
    .map((v) => {
      const cid = id('form-check');
      return `<div class="form-check form-check-inline"><input id="${cid}" class="form-check-input" type="${kind}" name="${name}" value="${v}"${chosen.includes(v) ? ' checked=""' : ''}><label for="${cid}" class="form-check-label"><span>${v}</span></label></div>`;
    })
    .join('')}</div></div></fieldset>`;
};
const table = (headers: string[], rows: readonly (readonly string[])[]) =>
  `<table class="table b-table table-striped table-hover"><thead><tr>${headers
    .map((h) => `<th scope="col"><div class="d-inline-flex flex-nowrap align-items-center gap-1"><div>${h}</div></div></th>`)
    .join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((v) => `<td>${v}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
/** a BModal teleported to the end of body */
const modal = (title: string, body: string, open: boolean) => {
  const mid = id('modal');
  return `<div id="${mid}" class="modal fade${open ? ' show' : ''}" role="dialog" aria-labelledby="${mid}-label" aria-describedby="${mid}-body" tabindex="-1" style="z-index: ${open ? 1055 : 1056};${open ? '' : ' display: none;'}"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 id="${mid}-label" class="modal-title">${title}</h5><button type="button" class="btn-close" aria-label="Close"></button></div><div id="${mid}-body" class="modal-body">${body}</div><div class="modal-footer"><button type="button" class="btn btn-secondary btn-md">Cancel</button><button type="button" class="btn btn-primary btn-md">Ok</button></div></div></div>${
    open
      ? '<div class="b-overlay-wrap position-fixed" style="inset: 0px; z-index: 10;"><div class="position-absolute bg-dark rounded-0" style="inset: 0px; opacity: 0.5;"></div></div>'
      : ''
  }</div>`;
};
const app = (body: string, tail = '') =>
  `<div id="app"><nav class="navbar navbar-dark bg-primary"><a class="navbar-brand" href="#">Provider portal</a></nav><div class="container py-4"><form novalidate="">${body}<button type="submit" class="btn btn-primary btn-md">Submit</button></form></div></div>${tail}`;
const h = (t: string) => `<h5 class="mt-4">${t}</h5>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const THERAPY_HEADERS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];

describe('bootstrap-vue-next: BFormGroup, BFormInput, BFormSelect, BFormTags, choice groups, BTable, BModal', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(
        `${h('Member')}${input('Member ID', ILARIS['patient.memberId'], { required: true })}${input('Date of birth', ILARIS['patient.dob'], { description: 'MM/DD/YYYY' })}${input('Weight (kg)', '72')}
        ${h('Diagnosis')}${tags('ICD-10 codes', ['M04.1', 'M06.1'], { name: 'codes' })}
        ${h('Medication')}${select('Drug name', ILARIS['drug.name'], DRUGS)}${input('HCPCS code', 'J0638')}${input('NDC', ILARIS['drug.ndc'])}${input('Dose (mg)', '150')}${input('Billing units', '150')}${choices('Frequency', 'radio', FREQ, ['Every 4 weeks'])}
        ${h('Labs')}${input('CRP (mg/L)', '24')}${input('CRP collection date', ILARIS['labs.crpDate'])}
        ${h('Prior therapies')}${table(THERAPY_HEADERS, THERAPY_ROWS)}
        ${h('Prescriber')}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads BFormTags as its tags, nothing from its screen-reader output or removed-tag status', () => {
    page(app(tags('ICD-10 codes', ['M04.1', 'M06.1'], { removed: 'M04.8', name: 'codes' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads empty BFormTags (its "Add tag..." placeholder no value) as empty', () => {
    page(app(tags('ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  // what is typed in a chip list is no value until it is added as a tag (lib/dom/README.md, values.ts)
  it('reads BFormTags as its tags, not a code still typed beside its Add button', () => {
    page(app(tags('ICD-10 codes', ['M04.1', 'M06.1'], { search: 'M04.8' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a BFormSelect showing its disabled placeholder as empty, and a chosen one by its text', () => {
    page(app(`${select('Drug name', '', DRUGS)}${select('Frequency', 'Every 8 weeks', FREQ)}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a BFormCheckboxGroup under its legend as the ticked codes', () => {
    page(
      app(
        `${choices('ICD-10 codes', 'checkbox', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}${choices('Frequency', 'radio', FREQ, ['Once'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Once' });
  });

  it('reads an input with its invalid feedback and description by its label alone', () => {
    page(
      app(
        `${input('Prescriber NPI', '123456789', { invalid: 'NPI must be 10 digits', description: 'Type 1 (individual) NPI' })}${input('Member ID', ILARIS['patient.memberId'], { disabled: true })}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads nothing from a BTable of past requests beside the form', () => {
    page(
      app(
        `${select('Drug name', ILARIS['drug.name'], DRUGS)}${input('Dose (mg)', '150')}${h('Recent requests')}${table(['Submitted', 'Member ID', 'Drug', 'Dose (mg)', 'Status'], [['08/12/2026', 'U4829163702', 'Kineret (anakinra)', '100', 'Approved']])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
  });

  it('reads nothing from a closed BModal teleported to the end of body holding another request', () => {
    page(
      app(
        `${select('Drug name', ILARIS['drug.name'], DRUGS)}${input('Dose (mg)', '150')}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
        modal(
          'Copy from a previous request',
          `${select('Drug name', 'Kineret (anakinra)', DRUGS)}${input('Dose (mg)', '100')}${input('Prescriber NPI', '1987654320')}`,
          false,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.modal');
  });

  it('reads the request in an open BModal, not the search box of the list behind it', () => {
    page(
      app(
        input('Search by member ID', 'U1111111111'),
        modal(
          'New prior authorization',
          `${input('Member ID', ILARIS['patient.memberId'])}${select('Drug name', ILARIS['drug.name'], DRUGS)}${tags('ICD-10 codes', ['M04.1', 'M06.1'])}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
          true,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'diagnosis.codes.0': 'M04.1, M06.1',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads a BFormRadioGroup drawn as buttons (input.btn-check + label.btn) by its legend', () => {
    const name = id('radio');
    const buttons = FREQ.map((v) => {
      const cid = id('form-check');
      return `<input id="${cid}" class="btn-check" type="radio" name="${name}" value="${v}"${v === 'Every 8 weeks' ? ' checked=""' : ''}><label for="${cid}" class="btn btn-outline-primary"><span>${v}</span></label>`;
    }).join('');
    page(
      app(
        `<fieldset class="mb-3"><legend tabindex="-1" class="form-label bv-no-focus-ring col-form-label pt-0">Frequency</legend><div><div id="${name}" role="radiogroup" class="bv-no-focus-ring btn-group" tabindex="-1">${buttons}</div></div></fieldset>${input('Dose (mg)', '150')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
  });

  it('reads floating BFormGroups (label after the input in div.form-floating) by their labels, not their placeholders', () => {
    const floating = (label: string, value: string, description?: string) => {
      const cid = id('input');
      return `<div class="mb-3" role="group"><div class="form-floating"><input id="${cid}" class="form-control" type="text" placeholder="${label}" value="${value}">${
        description ? `<small class="form-text text-muted">${description}</small>` : ''
      }<label for="${cid}" class="form-label d-block">${label}</label></div></div>`;
    };
    page(
      app(
        `${floating('Member ID', ILARIS['patient.memberId'])}${floating('HCPCS code', 'J0638', 'J-code billed')}${floating('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.hcpcs': 'J0638',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads a stacked BTable of prior therapies (data-label cells) as the therapies', () => {
    page(
      app(
        `${h('Prior therapies')}<table class="table b-table table-striped b-table-stacked-md"><thead><tr>${THERAPY_HEADERS.map((t) => `<th scope="col"><div class="d-inline-flex flex-nowrap align-items-center gap-1"><div>${t}</div></div></th>`).join('')}</tr></thead><tbody>${THERAPY_ROWS.map(
          (r) => `<tr>${r.map((v, i) => `<td data-label="${THERAPY_HEADERS[i]}"><div>${v}</div></td>`).join('')}</tr>`,
        ).join('')}</tbody></table>${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ ...THERAPIES, 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads the request on the page, not the member lookup in an open BOffcanvas teleported beside it', () => {
    const oid = id('offcanvas');
    const lookup = `<div id="${oid}" class="offcanvas offcanvas-end show" tabindex="-1" aria-modal="true" role="dialog" aria-labelledby="${oid}-label" style="z-index: 1045;"><div class="offcanvas-header"><h5 id="${oid}-label" class="offcanvas-title">Member lookup</h5><button type="button" class="btn-close" aria-label="Close"></button></div><div class="offcanvas-body">${input('Member ID', 'U9999999999')}${input('Date of birth', '01/01/1970')}<button type="button" class="btn btn-primary btn-md">Search</button></div></div><div class="offcanvas-backdrop fade show"></div>`;
    page(
      app(
        `${h('Member')}${input('Member ID', ILARIS['patient.memberId'])}${input('Date of birth', ILARIS['patient.dob'])}${h('Medication')}${select('Drug name', ILARIS['drug.name'], DRUGS)}${input('Dose (mg)', '150')}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
        lookup,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'drug.name': ILARIS['drug.name'],
      'drug.dose': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });
});
