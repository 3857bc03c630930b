import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ISO_REQUEST, ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Blazor Bootstrap 3 (vikramlearning/blazorbootstrap at 5bd30c2df5cf, blazorbootstrap/Components:
 * Form/AutoComplete/AutoComplete.razor(.cs), Form/DateInput/DateInput.razor, Form/NumberInput/NumberInput.razor(.cs),
 * Grid/Grid.razor(.cs), Grid/GridColumn.razor.cs (header th), Grid/GridColumnFilter.razor(.cs); layout as the
 * demos write it: BlazorBootstrap.Demo.RCL/.../Form/AutoComplete/AutoComplete_Demo_04_Validations.razor):
 * - an EditForm `form` of `div.form-group.row.mb-3` > `label.col-md-2.col-form-label` (no `for`) +
 *   `div.col-md-10` > the input (EditContext adds `valid`/`invalid`/`modified`) + ValidationMessage
 *   `div.validation-message`.
 * - NumberInput: `input[type=number].form-control[autocomplete=false]`; DateInput (DateOnly):
 *   `input[type=date].form-control[value=yyyy-MM-dd][data-current-value][data-current-formatted-value]`.
 * - AutoComplete: `div.autocomplete > div.input-group > input[type=text].form-control[autocomplete=off]
 *   [placeholder]` + the clear Button (`button.btn.border-0.position-absolute.end-0 > i.bi.bi-x-lg`) while it
 *   holds a value + `ul.dropdown-menu.autocomplete-list[data-popper-placement]` of `li.dropdown-item`
 *   (Bootstrap's Dropdown adds `show` to it and to the input when open, aria-expanded on the input).
 * - Grid: `div > table.table.bb-table` > thead: a header row of `th > span.me-2` (its HeaderText) and, with
 *   AllowFiltering, a row of `th > div.d-flex` > the operator `button.dropdown-toggle.bb-grid-filter`, its
 *   `ul.dropdown-menu` of operators and the filter `input.form-control[type=text]`; tbody rows of plain `td`
 *   text; the pager's page-size `select.form-select[role=button]` + "Items per page" after the table.
 */

type O = { cls?: string; required?: boolean; error?: string };
const row = (label: string, control: string, o: O = {}) =>
  `<div class="form-group row mb-3"><label class="col-md-2 col-form-label">${label}${o.required ? ' <span class="text-danger">*</span>' : ''}</label><div class="col-md-10">${control}${
    o.error ? `<div class="validation-message">${o.error}</div>` : ''
  }</div></div>`;
const state = (o: O) => (o.error ? 'invalid' : 'valid');
const text = (label: string, v: string, o: O = {}) => row(label, `<input class="form-control ${state(o)}" value="${v}">`, o);
const num = (id: string, label: string, v: string, o: O = {}) =>
  row(label, `<input type="number" id="${id}" class="form-control ${state(o)}" value="${v}" autocomplete="false">`, o);
const usDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(m)}/${Number(d)}/${y}`;
};
const date = (id: string, label: string, iso: string, o: O = {}) =>
  row(
    label,
    `<input type="date" id="${id}" class="form-control ${state(o)}" value="${iso}" data-current-value="${iso ? usDate(iso) : ''}" data-current-formatted-value="${iso}" placeholder="" autocomplete="false">`,
    o,
  );
const autoComplete = (id: string, label: string, v: string, items: string[], open = false) =>
  row(
    label,
    `<div class="autocomplete"><div class="input-group"><input type="text" id="${id}" class="form-control valid${open ? ' show' : ''}" value="${v}" placeholder="Search a drug..." autocomplete="off"${open ? ' aria-expanded="true"' : ''}>${
      v ? '<button type="button" class="btn border-0 position-absolute end-0" style="z-index: 10;"><i class="bi bi-x-lg"></i></button>' : ''
    }<ul class="dropdown-menu autocomplete-list${open ? ' show' : ''}" data-popper-placement="bottom-start"${open ? ' data-bs-popper="static"' : ''}>${items.map((i) => `<li class="dropdown-item">${i}</li>`).join('')}</ul></div></div>`,
  );

const funnel = (filled: boolean) => `<span class="me-2"><i class="bi bi-funnel${filled ? '-fill' : ''}"></i></span>`;
const operators = [
  ['=', 'Equals'],
  ['*a*', 'Contains'],
  ['a*', 'Starts With'],
  ['*a', 'Ends With'],
  ['!=', 'Not Equals'],
];
const filterCell = (value: string) =>
  `<th class="" style=""><div class="d-flex"><button type="button" class="btn btn-light me-1 d-flex dropdown-toggle bb-grid-filter" data-bs-toggle="dropdown" aria-expanded="false">${funnel(!!value)}<span>*a*</span></button><ul class="dropdown-menu">${operators
    .map(
      ([s, t]) =>
        `<li class="mx-1 rounded-3"><div class="dropdown-item p-1" role="button"><span class="filter-symbol">${s}</span> <span>${t}</span></div></li>`,
    )
    .join('')}</ul><input class="form-control" type="text" value="${value}" style="width:100px"></div></th>`;
const grid = (titles: string[], rows: string[][], o: { filters?: string[]; pager?: boolean } = {}) =>
  `<div class=""><table class="table table-hover bb-table"><thead class=""><tr class=" ">${titles
    .map((t) => `<th style="" class=""><span class="me-2">${t}</span></th>`)
    .join('')}</tr>${o.filters ? `<tr class="">${o.filters.map(filterCell).join('')}</tr>` : ''}</thead><tbody>${rows
    .map((r) => `<tr class="" role="">${r.map((c) => `<td class="" style="">${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>${
    o.pager
      ? `<div class="d-flex justify-content-between align-middle flex-wrap mt-2"><nav aria-label="pagination"><ul class="pagination justify-content-start"><li class="page-item disabled"><a class="page-link" href="#" aria-label="First"><i class="bi bi-chevron-double-left"></i></a></li><li class="page-item active"><a class="page-link" href="#" aria-current="page">1</a></li></ul></nav><div><div class="d-flex justify-content-center align-middle"><div><select class="form-select valid" role="button"><option value="5">5</option><option value="10" selected>10</option><option value="20">20</option></select></div><div class="bb-grid-pagination-text">Items per page</div></div></div><div class="bb-grid-pagination-text">1 - 2 of 2 items</div></div>`
      : ''
  }`;
const therapyGrid = (o: { filters?: string[]; pager?: boolean } = {}) =>
  `<h4>Prior therapies</h4>${grid(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS, o)}`;
const editForm = (body: string, after = '') =>
  `<div class="container"><form>${body}<div class="row"><div class="col-md-12 text-right"><button type="submit" class="btn btn-success float-right">Submit</button></div></div></form>${after}</div>`;

describe('Blazor Bootstrap 3: EditForm rows, NumberInput, DateInput, AutoComplete, Grid', () => {
  it('reads the full Ilaris request, dates as the native date inputs hold them', () => {
    page(
      editForm(
        `<h4>Member</h4>${text('Member ID:', ILARIS['patient.memberId'], { required: true })}${date('dob', 'Date of birth:', ISO_REQUEST['patient.dob'])}${num('weight', 'Weight (kg):', '72')}
        <h4>Diagnosis</h4>${text('ICD-10 codes:', 'M04.1, M06.1')}
        <h4>Medication</h4>${autoComplete('drug', 'Drug:', ILARIS['drug.name'], [])}${text('HCPCS code:', ILARIS['drug.hcpcs'])}${text('NDC:', ILARIS['drug.ndc'])}${num('dose', 'Dose (mg):', '150')}${num('units', 'Billing units:', '150')}${text('Frequency:', 'Every 4 weeks')}
        <h4>Labs</h4>${num('crp', 'CRP (mg/L):', '24')}${date('crpDate', 'CRP collection date:', ISO_REQUEST['labs.crpDate'])}
        <h4>Prescriber</h4>${text('Prescriber NPI:', ILARIS['prescriber.npi'], { required: true })}
        ${therapyGrid({ pager: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('names a field by its label, without its required marker or the validation message before it', () => {
    page(
      editForm(
        `${text('Member ID:', '', { required: true, error: 'The Member ID field is required.' })}${text('Prescriber NPI:', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI:');
  });

  it('reads an AutoComplete by its input, nothing from its open suggestion list', () => {
    page(
      editForm(
        `${autoComplete('drug', 'Drug:', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)', 'Arcalyst (rilonacept)'], true)}${text('HCPCS code:', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.autocomplete-list');
  });

  it('reads an empty DateInput and an empty NumberInput as empty', () => {
    page(editForm(`${date('crpDate', 'CRP collection date:', '')}${num('crp', 'CRP (mg/L):', '')}`));
    expect(read()).toEqual({ 'labs.crpDate': '', 'labs.crpValue': '' });
  });

  it('reads the therapy Grid, not the filter boxes of its filter row or its page-size select', () => {
    page(
      editForm(
        `${text('Prescriber NPI:', ILARIS['prescriber.npi'])}${therapyGrid({ filters: ['colchicine', '', '', '', ''], pager: true })}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], ...THERAPIES });
    nothingFrom('thead');
    nothingFrom('.form-select');
  });

  it('reads the therapy Grid under its titles when its filter row is shown with nothing typed', () => {
    page(editForm(`${text('Prescriber NPI:', ILARIS['prescriber.npi'])}${therapyGrid({ filters: ['', '', '', '', ''] })}`));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], ...THERAPIES });
  });

  it('reads the therapy Grid with its detail view, nothing from the collapsed detail rows', () => {
    const chevron =
      '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" viewBox="0 0 16 16"><path fill-rule="evenodd" d="M1.646 4.646a.5.5 0 0 1 .708 0L8 10.293"></path></svg>';
    const notes = ['Stopped for persistent fevers; prescribed by Dr. Alvarez', 'Stopped after 10 weeks; prescribed by Dr. Okafor'];
    const body = THERAPY_ROWS.map(
      (r, i) =>
        `<tr class="" role=""><td class="text-center"><span class="bb-detail-view-icon collapsed" data-bs-toggle="collapse" data-bs-target="#collape-bb${i}" aria-expanded="false" aria-controls="collape-bb${i}" role="button">${chevron}</span></td>${r
          .map((c) => `<td class="" style="">${c}</td>`)
          .join(
            '',
          )}</tr><tr class="collapse" id="collape-bb${i}"><td></td><td colspan="5"><div class="p-2"><strong>Notes</strong><p class="mb-0">${notes[i]}</p></div></td></tr>`,
    ).join('');
    page(
      editForm(
        `${text('Prescriber NPI:', ILARIS['prescriber.npi'])}<h4>Prior therapies</h4><div class=""><table class="table table-hover bb-table"><thead class=""><tr class=" "><th></th>${[
          'Drug',
          'Dose',
          'Start date',
          'Stop date',
          'Outcome',
        ]
          .map((t) => `<th style="" class=""><span class="me-2">${t}</span></th>`)
          .join('')}</tr></thead><tbody>${body}</tbody></table></div>`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], ...THERAPIES });
    nothingFrom('tr.collapse');
  });

  it('reads the therapy Grid whose rows hold selection checkboxes, nothing from the checkboxes', () => {
    const box = (id: string, on: boolean, cls = 'form-check-input bb-grid-form-check-input') =>
      `<input class="${cls}" type="checkbox" role="button"${on ? ' checked="checked"' : ''} id="${id}">`;
    page(
      editForm(
        `${text('Prescriber NPI:', ILARIS['prescriber.npi'])}<h4>Prior therapies</h4><div class=""><table class="table table-hover bb-table"><thead class=""><tr class=" "><th style="width: 2rem;"><div class="form-check">${box('bb7c21e4', false, 'form-check-input')}</div></th>${[
          'Drug',
          'Dose',
          'Start date',
          'Stop date',
          'Outcome',
        ]
          .map((t) => `<th style="" class=""><span class="me-2">${t}</span></th>`)
          .join('')}</tr></thead><tbody>${THERAPY_ROWS.map(
          (r, i) =>
            `<tr class="" role=""><td><div class="form-check bb-grid-form-check-bb7c21e4">${box(`bb7c21e4-${i}`, i === 0)}</div></td>${r
              .map((c) => `<td class="" style="">${c}</td>`)
              .join('')}</tr>`,
        ).join('')}</tbody></table></div>`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], ...THERAPIES });
    nothingFrom('.form-check');
  });

  it('claims nothing from a Grid of the patient\u2019s past requests after the form', () => {
    const past = `<h4>Previous authorization requests</h4>${grid(
      ['Submitted', 'Drug', 'HCPCS', 'Dose', 'Status'],
      [
        ['2/3/2025', 'Kineret (anakinra)', 'J3490', '100', 'Denied'],
        ['8/19/2024', 'colchicine', '', '0.6', 'Approved'],
      ],
      { filters: ['', '', '', '', ''], pager: true },
    )}`;
    page(editForm(`${text('Prescriber NPI:', ILARIS['prescriber.npi'])}${num('dose', 'Dose (mg):', '150')}`, past));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], 'drug.dose': '150' });
  });

  it('claims nothing from a Grid of the patient\u2019s past requests before the form', () => {
    const past = `<h4>Previous authorization requests</h4>${grid(
      ['Submitted', 'Drug', 'HCPCS', 'Dose', 'Status'],
      [['2/3/2025', 'Kineret (anakinra)', 'J3490', '100', 'Denied']],
    )}`;
    page(
      `<div class="container">${past}</div>${editForm(`<h4>New request</h4>${text('Prescriber NPI:', ILARIS['prescriber.npi'])}${num('dose', 'Dose (mg):', '150')}`)}`,
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], 'drug.dose': '150' });
  });
});
