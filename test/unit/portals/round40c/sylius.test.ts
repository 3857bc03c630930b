import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Sylius 2 admin (Sylius/Sylius, src/Sylius/Bundle/AdminBundle/templates at 1313cbd shared/form_theme.html.twig
 * (extends Symfony's bootstrap_5_layout: form_row `div.mb-3.field` > `label.form-label[.required][for]`, the widget
 * (`input.form-control`, `select.form-select`, DateType single_text `input[type=date]`, `is-invalid` when in error), help
 * `div.form-text.mb-0.help-text#<id>_help` (the widget `aria-describedby` it), errors `div.invalid-feedback.d-block`
 * after them; a compound row is a `fieldset.mb-3`), bec475c shared/crud/common/content/form.html.twig (`div.container-xl
 * > form[method=post][novalidate] > div.card-body`, hidden `_method`, `_token`), 5fb274c navbar search (a GET form), 9f5638d
 * shared/helper/table.html.twig + 2a35ebc grid/data_table.html.twig (`table.table.card-table.table-vcenter.datatable`, the
 * bulk column's `input.form-check-input[data-check-all]` in its `th` and one per `tr.item`, the actions cell), 777d6d3
 * confirmation_modal (`div.modal.fade[tabindex=-1][aria-hidden=true]`, closed). Collections as
 * symfony/ux-live-component's form_theme.html.twig draws a LiveCollectionType (as compiled in a stored Sylius
 * project): each entry's row, then its delete button's row, the add button's row last; entries with `label: false`.
 * Autocompletes as symfony/ux-autocomplete sets up Tom Select 2 on the choice widget: the select kept, classed
 * `form-select tomselected ts-hidden-accessible`, `div.ts-wrapper.form-select.single|multi` (the select's classes
 * copied), items `div.item[data-value][data-ts-item]`, remove_button's `a.remove[title="Remove this item"]` "×" on
 * multiple ones, clear_button's `div.clear-button[title="Clear Selected"]` "⨯" on single ones, the control
 * `input#<id>-ts-control[role=combobox]` the label is retargeted to (`id=<id>-ts-label`), the dropdown `div.ts-dropdown`
 * `display: none` while closed, keeping the options it loaded.
 */

const req = (r?: boolean) => (r ? ' required' : '');
type O = { required?: boolean; help?: string; error?: string; suffix?: string };
const row = (id: string, label: string, widget: string, o: O = {}) =>
  `<div class="mb-3 field"><label for="${id}" class="form-label${req(o.required)}">${label}</label>${o.suffix ? `<div class="input-group">${widget}<span class="input-group-text">${o.suffix}</span></div>` : widget}${
    o.help ? `<div id="${id}_help" class="form-text mb-0 help-text">${o.help}</div>` : ''
  }${o.error ? `<div class="invalid-feedback d-block">${o.error}</div>` : ''}</div>`;
const name = (id: string) =>
  id
    .replace(/^app_pa_request_/, 'app_pa_request[')
    .replace(/_(\d+)_/g, '][$1][')
    .replace(/$/, ']');
const text = (id: string, label: string, value: string, o: O & { type?: string } = {}) =>
  row(
    id,
    label,
    `<input type="${o.type ?? 'text'}" id="${id}" name="${name(id)}"${o.required ? ' required="required"' : ''} class="form-control${o.error ? ' is-invalid' : ''}"${o.help ? ` aria-describedby="${id}_help"` : ''} value="${value}">`,
    o,
  );
const date = (id: string, label: string, iso: string, o: O = {}) => text(id, label, iso, { ...o, type: 'date' });
const select = (id: string, label: string, chosen: string, options: string[], o: O = {}) =>
  row(
    id,
    label,
    `<select id="${id}" name="${name(id)}" class="form-select"><option value="">Choose…</option>${options.map((v) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`).join('')}</select>`,
    o,
  );

/** a UX Autocomplete (Tom Select) field; `loaded`: options the dropdown loaded once and kept while closed */
function autocomplete(id: string, label: string, chosen: string[], o: { multiple?: boolean; loaded?: string[]; required?: boolean } = {}) {
  const multi = !!o.multiple;
  const plugin = multi ? 'plugin-remove_button' : 'plugin-clear_button';
  const loaded = (o.loaded ?? []).filter((v) => !(multi && chosen.includes(v)));
  const select = `<select id="${id}" name="${name(id)}${multi ? '[]' : ''}"${multi ? ' multiple="multiple"' : ''} data-controller="symfony--ux-autocomplete--autocomplete" data-symfony--ux-autocomplete--autocomplete-url-value="/admin/pa/autocomplete/${id}" class="form-select tomselected ts-hidden-accessible" tabindex="-1">${
    multi ? '' : '<option value="">Choose…</option>'
  }${chosen.map((v) => `<option value="${v}" selected="selected">${v}</option>`).join('')}</select>`;
  const items = chosen
    .map(
      (v) =>
        `<div data-value="${v}" class="item" data-ts-item="">${v}${multi ? '<a href="javascript:void(0)" class="remove" tabindex="-1" title="Remove this item">×</a>' : ''}</div>`,
    )
    .join('');
  const wrapper = `<div class="ts-wrapper form-select ${multi ? 'multi' : 'single'} ${plugin}${chosen.length ? ' has-items' : ''}${!multi && chosen.length ? ' full' : ''}"><div class="ts-control">${items}<input type="${multi ? 'select-multiple' : 'select-one'}" autocomplete="off" size="1" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="${id}-ts-dropdown" id="${id}-ts-control" aria-labelledby="${id}-ts-label"${chosen.length ? '' : ' placeholder="Choose…"'}>${
    !multi && chosen.length ? '<div class="clear-button" title="Clear Selected">⨯</div>' : ''
  }</div><div class="ts-dropdown ${multi ? 'multi' : 'single'} ${plugin}" style="display: none; visibility: visible;"><div role="listbox" tabindex="-1" class="ts-dropdown-content" id="${id}-ts-dropdown" aria-labelledby="${id}-ts-label">${loaded
    .map(
      (v, i) =>
        `<div data-selectable="" data-value="${v}" class="option${chosen.includes(v) ? ' selected' : ''}" role="option" id="${id}-opt-${i + 1}"${chosen.includes(v) ? ' aria-selected="true"' : ''}>${v}</div>`,
    )
    .join('')}</div></div></div>`;
  return `<div class="mb-3 field"><label for="${id}-ts-control" class="form-label${req(o.required)}" id="${id}-ts-label">${label}</label>${select}${wrapper}</div>`;
}

const card = (title: string, body: string) =>
  `<div class="card mb-3"><div class="card-header"><div class="card-title">${title}</div></div><div class="card-body">${body}</div></div>`;

const P = 'app_pa_request_priorTherapies';
const liveButton = (id: string, label: string, action: string, index?: number) =>
  `<div class="mb-3 field"><button type="button" id="${id}" name="${name(id)}" class="btn${action === 'removeCollectionItem' ? ' btn-outline-danger' : ''}" data-action="live#action" data-live-action-param="${action}" data-live-name-param="app_pa_request[priorTherapies]"${
    index === undefined ? '' : ` data-live-index-param="${index}"`
  }>${label}</button></div>`;
/** a LiveCollectionType of therapies: entry rows (compound: a fieldset), each followed by its delete button, then Add */
const therapies = (rows: string[][]) =>
  `<fieldset class="mb-3"><legend class="col-form-label">Prior therapies</legend><div id="${P}">${rows
    .map(
      (r, i) =>
        `<fieldset class="mb-3"><div id="${P}_${i}">${text(`${P}_${i}_drug`, 'Drug', r[0]!)}${text(`${P}_${i}_dose`, 'Dose', r[1]!)}${date(`${P}_${i}_startDate`, 'Start date', r[2]!)}${date(`${P}_${i}_stopDate`, 'Stop date', r[3]!)}${text(`${P}_${i}_outcome`, 'Outcome', r[4]!)}</div></fieldset>${liveButton(`${P}_${i}_delete`, 'Delete', 'removeCollectionItem', i)}`,
    )
    .join('')}${liveButton(`${P}_add`, 'Add', 'addCollectionItem')}</div></fieldset>`;
const THERAPY_ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((c) => ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${c}`]),
);

const F = 'app_pa_request';
const request = () =>
  `${card('Patient', `${text(`${F}_memberId`, 'Member ID', ILARIS['patient.memberId'], { required: true })}${date(`${F}_dob`, 'Date of birth', ISO_REQUEST['patient.dob'])}${text(`${F}_weight`, 'Weight', '72', { suffix: 'kg' })}`)}${card(
    'Diagnosis',
    autocomplete(`${F}_icdCodes`, 'ICD-10 codes', ['M04.1', 'M06.1'], { multiple: true }),
  )}${card(
    'Medication',
    `${autocomplete(`${F}_drug`, 'Drug', [ILARIS['drug.name']], { required: true })}${text(`${F}_hcpcs`, 'HCPCS code', ILARIS['drug.hcpcs'])}${text(`${F}_ndc`, 'NDC', ILARIS['drug.ndc'], { help: 'Format 5-4-2' })}${text(`${F}_dose`, 'Dose', '150', { suffix: 'mg' })}${text(`${F}_units`, 'Billing units', '150')}${select(`${F}_frequency`, 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
  )}${card('Labs', `${text(`${F}_crp`, 'CRP', '24', { suffix: 'mg/L' })}${date(`${F}_crpDate`, 'CRP collection date', ISO_REQUEST['labs.crpDate'])}`)}${card('Prior therapies', therapies(THERAPY_ROWS))}${card(
    'Prescriber',
    text(`${F}_npi`, 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }),
  )}`;

const searchIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" class="icon icon-tabler mx-1" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 10m-7 0a7 7 0 1 0 14 0"></path></svg>';
const admin = (content: string, tail = '') =>
  `<div class="page"><aside class="navbar navbar-vertical navbar-expand-lg" data-bs-theme="dark"><div class="container-fluid"><h1 class="navbar-brand">Sylius</h1></div></aside><header class="navbar navbar-expand-md d-print-none"><div class="container-xl"><form action="/admin/products/" method="get"><div class="input-group"><input type="text" name="criteria[search][value]" placeholder="Search products..." class="form-control"><button type="submit" class="btn">${searchIcon}</button></div></form></div></header><div class="page-wrapper"><div class="page-header d-print-none"><div class="container-xl"><div class="row g-2 align-items-center"><div class="col"><h2 class="page-title">New prior authorization</h2></div></div></div></div><div class="page-body">${content}</div></div></div>${tail}`;
const form = (body: string) =>
  `<div class="container-xl"><form name="app_pa_request" method="post" novalidate="novalidate" id="app_pa_request"><div class="card-body">${body}<input type="hidden" id="${F}__token" name="app_pa_request[_token]" value="a3f9c2e1d4b8.QXz1"></div><button type="submit" class="btn btn-primary">Create</button></form></div>`;

/** the patient's earlier requests as the grid's data_table draws them, in a card beside the form */
const pastRequests = () => {
  const th = (t: string) => `<th class="text-body sylius-table-column-${t.toLowerCase().replace(/ /g, '_')}">${t}</th>`;
  const rows = [
    ['PA-10104', 'Kineret (anakinra)', '100 mg daily', '2026-07-01', 'Denied'],
    ['PA-10097', 'colchicine', '0.6 mg twice daily', '2026-01-05', 'Approved'],
  ];
  return `<div class="card"><div class="card-header"><div class="card-title">Previous requests</div></div><div class="table-responsive"><table class="table card-table table-vcenter text-nowrap datatable"><thead><tr><th class="w-1 "><input data-check-all="index" type="checkbox" class="form-check-input"></th>${['Number', 'Drug', 'Dose', 'Start date', 'State'].map(th).join('')}<th class="w-1 text-body text-center sylius-table-column-actions ">Actions</th></tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr class="item"><td class="center aligned"><input data-check-all-group="index" class="form-check-input" type="checkbox" value="${104 - i * 7}"></td>${r.map((v) => `<td>${v}</td>`).join('')}<td><div class="d-flex gap-1 justify-content-end"><a class="btn btn-icon" href="/admin/pa-requests/${104 - i * 7}">Show</a></div></td></tr>`,
    )
    .join(
      '',
    )}</tbody></table></div><div class="card-footer d-flex align-items-center"><div class="text-muted">Showing 1 to 2 of 2 entries</div></div></div>`;
};

describe('Sylius 2 admin: bootstrap_5 form rows, UX Autocomplete (Tom Select), live collections, grids', () => {
  it('reads the full Ilaris request', () => {
    page(admin(form(request())));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads autocompletes by their items, nothing from the closed dropdown keeping loaded options', () => {
    page(
      admin(
        form(
          card(
            'Request',
            `${autocomplete(`${F}_drug`, 'Drug', ['Kineret (anakinra)'], { loaded: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] })}${autocomplete(`${F}_icdCodes`, 'ICD-10 codes', ['M04.1', 'M06.1'], { multiple: true, loaded: ['M04.1', 'M04.8', 'M06.1'] })}`,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.ts-dropdown');
    noDuplicatePaths();
  });

  it('reads empty autocompletes (the "Choose…" placeholder only) as empty', () => {
    page(
      admin(
        form(
          card(
            'Request',
            `${autocomplete(`${F}_drug`, 'Drug', [])}${autocomplete(`${F}_icdCodes`, 'ICD-10 codes', [], { multiple: true })}`,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('reads expanded choices (checkboxes and radios in their fieldsets) by their ticked labels', () => {
    const expanded = (id: string, legend: string, type: 'checkbox' | 'radio', options: string[], chosen: string[]) =>
      `<fieldset class="mb-3 field"><legend class="col-form-label required">${legend}</legend><div id="${id}">${options
        .map(
          (v, i) =>
            `<div class="form-check"><input type="${type}" id="${id}_${i}" name="${name(id)}${type === 'checkbox' ? '[]' : ''}" required="required" class="form-check-input" value="${v}"${chosen.includes(v) ? ' checked="checked"' : ''}><label class="form-check-label required" for="${id}_${i}">${v}</label></div>`,
        )
        .join('')}</div></fieldset>`;
    page(
      admin(
        form(
          card(
            'Request',
            `${expanded(`${F}_icdCodes`, 'ICD-10 codes', 'checkbox', ['M04.1', 'M04.8', 'M06.1'], ['M04.1', 'M06.1'])}${expanded(`${F}_frequency`, 'Frequency', 'radio', ['Every 4 weeks', 'Every 8 weeks', 'Once'], ['Every 4 weeks'])}`,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
  });

  it('names fields by their labels, not the error of the field before them or their help', () => {
    page(
      admin(
        form(
          card(
            'Request',
            `${text(`${F}_memberId`, 'Member ID', '', { required: true, error: 'This value should not be blank.' })}${text(`${F}_npi`, 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, help: '10 digits, no spaces' })}${text(`${F}_dose`, 'Dose', '150', { suffix: 'mg' })}`,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'drug.dose': '150' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the live collection entries as the prior therapies, in order', () => {
    page(admin(form(card('Prior therapies', therapies(THERAPY_ROWS)))));
    expect(read()).toEqual(ISO_THERAPIES);
    noDuplicatePaths();
  });

  it('reads nothing from the navbar search (a GET form)', () => {
    page(
      admin(
        form(card('Request', text(`${F}_memberId`, 'Member ID', ILARIS['patient.memberId']))).replace(
          'placeholder="Search products..."',
          'placeholder="Search products..." value="Ilaris"',
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('header.navbar');
  });

  it('reads nothing from the grid of earlier requests beside the form', () => {
    page(admin(`<div class="row"><div class="col-8">${form(request())}</div><div class="col-4">${pastRequests()}</div></div>`));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('.datatable');
  });

  it('reads nothing from a closed delete modal left in the page', () => {
    const modal = `<div data-test-modal="delete"><div data-bs-toggle="tooltip" data-bs-title="Delete"><button class="btn btn-icon" type="button" data-bs-toggle="modal" data-bs-target="#modal-delete-104">${searchIcon}</button></div><div class="modal fade" id="modal-delete-104" tabindex="-1" aria-hidden="true"><div class="modal-dialog modal-dialog-centered"><div class="modal-content"><div class="modal-header"><h1 class="modal-title py-5">Are you sure you want to perform this action?</h1></div><div class="modal-footer"><form action="/admin/pa-requests/104" method="post"><input type="hidden" name="_method" value="DELETE"><input type="hidden" name="_csrf_token" value="b81f.Zq9"><button class="btn" type="button" data-bs-dismiss="modal">Cancel</button><button class="btn btn-danger" type="submit">Delete</button></form></div></div></div></div></div>`;
    page(
      admin(
        `${modal}${form(card('Request', `${text(`${F}_memberId`, 'Member ID', ILARIS['patient.memberId'])}${text(`${F}_npi`, 'Prescriber NPI', ILARIS['prescriber.npi'])}`))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.modal');
  });
});
