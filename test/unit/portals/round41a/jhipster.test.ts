import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ISO_REQUEST, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * JHipster 9 generated Angular entity pages (jhipster/generator-jhipster at b622d1a:
 * generators/angular/templates/src/main/webapp/app/entities/_entityFolder_/update/_entityFile_-update.html.ejs,
 * list/_entityFile_.html.ejs, detail/_entityFile_-detail.html.ejs, delete/_entityFile_-delete-dialog.html.ejs,
 * layouts/main/main.html.ejs, shared/pagination/item-count.ts.ejs, i18n/en/global.json; ng-bootstrap at
 * 2a45c97: src/datepicker/datepicker.ts, datepicker-navigation(-select).ts, datepicker-day-view.ts,
 * datepicker-input.ts (_applyPopupStyling), src/modal/modal-window.ts), for a JDL entity PriorAuthRequest:
 * - update: `form[name=editForm]` > `h2` "Create or edit a Prior Auth Request" > per field `div.mb-3` >
 *   `label.form-label[for=field_<name>]` (the humanized field name: "Member Id", "Dose Mg") + the control
 *   (`input.form-control#field_<name>[name][data-cy]`, Angular's ng-untouched/ng-pristine classes); the id
 *   field first, `[readonly]` while editing; a LocalDate is `div.input-group` > `input[ngbDatepicker]
 *   [type=text]` (ISO "1988-03-14" by ngb's default formatter) + `button.btn.btn-secondary` holding fa-icon's
 *   svg; an enum is a `select.form-control` with a blank `[ngValue]=null` option first, options `value` = the
 *   enum key, text from JDL custom values; a many-to-one is a select of `[ngValue]` options ("1: Object"); a
 *   many-to-many a `select[multiple]` under a `label` without class; validation messages
 *   `small.form-text.text-danger` in a `div` after the control (inside the field's `div.mb-3`).
 * - ngbDatepicker popup (container unset): `ngb-datepicker.dropdown-menu.show` inserted right after the
 *   input, header `ngb-datepicker-navigation` with two `select.form-select` (aria-label "Select month" /
 *   "Select year"), `ngb-datepicker-month[role=grid]` of `div.ngb-dp-day[role=gridcell][aria-label]`.
 * - list: `h2#page-heading`, `table.table.table-striped` of text cells, the row's `div.btn-group` with
 *   View / Edit / Delete, `jhi-item-count` and `ngb-pagination` under it; the delete dialog in
 *   `ngb-modal-window.modal.d-block[role=dialog][aria-modal=true]` at the end of body.
 * - detail: `dl.row-md.jh-entity-details` of `dt > span` / `dd > span`.
 */

const fa = (icon: string) =>
  `<fa-icon class="ng-fa-icon"><svg role="img" aria-hidden="true" focusable="false" data-prefix="fas" data-icon="${icon}" class="svg-inline--fa fa-${icon}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M0 0h512v512H0z"></path></svg></fa-icon>`;
const NG = 'ng-untouched ng-pristine ng-valid';
/** a validation message; a numeric field's "should be a number" message is always rendered, `hidden` while it does not apply */
const small = (msg: string) =>
  msg.startsWith('hidden:')
    ? `<small class="form-text text-danger" hidden="">${msg.slice(7)}</small>`
    : `<small class="form-text text-danger">${msg}</small>`;

type F = { errors?: string[]; readonly?: boolean };
const group = (name: string, label: string, control: string, o: F = {}, labelClass = ' class="form-label"') =>
  `<div class="mb-3"><label${labelClass} for="field_${name}">${label}</label>${control}${o.errors?.length ? `<div>${o.errors.map(small).join('')}</div>` : ''}</div>`;
const input = (name: string, label: string, value: string, o: F & { type?: string } = {}) =>
  group(
    name,
    label,
    `<input type="${o.type ?? 'text'}" class="form-control ${o.errors?.length ? 'ng-touched ng-dirty ng-invalid' : NG}" name="${name}" id="field_${name}" data-cy="${name}"${o.readonly ? ' readonly=""' : ''} value="${value}">`,
    o,
  );

/** ngb-datepicker popup as ngbDatepicker inserts it after its input (navigation="select") */
const popup = () => {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const days = Array.from({ length: 14 }, (_, i) => i + 7);
  return `<ngb-datepicker tabindex="-1" class="dropdown-menu show" style="position: absolute; inset: 38px auto auto 0px;"><div class="ngb-dp-header"><ngb-datepicker-navigation><div class="ngb-dp-arrow ngb-dp-arrow-prev"><button type="button" class="btn btn-link ngb-dp-arrow-btn" aria-label="Previous month" title="Previous month"><span class="ngb-dp-navigation-chevron"></span></button></div><ngb-datepicker-navigation-select class="ngb-dp-navigation-select"><select class="form-select" aria-label="Select month" title="Select month">${months
    .map((m, i) => `<option aria-label="${m}" value="${i + 1}"${i === 2 ? ' selected' : ''}>${m}</option>`)
    .join('')}</select><select class="form-select" aria-label="Select year" title="Select year">${[1987, 1988, 1989]
    .map((y) => `<option value="${y}"${y === 1988 ? ' selected' : ''}>${y}</option>`)
    .join(
      '',
    )}</select></ngb-datepicker-navigation-select><div class="visually-hidden" aria-live="polite"><span>March 1988</span></div><div class="ngb-dp-arrow ngb-dp-arrow-next"><button type="button" class="btn btn-link ngb-dp-arrow-btn" aria-label="Next month" title="Next month"><span class="ngb-dp-navigation-chevron"></span></button></div></ngb-datepicker-navigation></div><div class="ngb-dp-content ngb-dp-months"><div class="ngb-dp-month"><ngb-datepicker-month role="grid"><div class="ngb-dp-week ngb-dp-weekdays" role="row">${[
    'Mo',
    'Tu',
    'We',
    'Th',
    'Fr',
    'Sa',
    'Su',
  ]
    .map((d) => `<div class="ngb-dp-weekday small" role="columnheader">${d}</div>`)
    .join('')}</div>${[days.slice(0, 7), days.slice(7)]
    .map(
      (w) =>
        `<div class="ngb-dp-week" role="row">${w
          .map(
            (d) =>
              `<div class="ngb-dp-day" role="gridcell" tabindex="${d === 14 ? 0 : -1}" aria-label="Monday, March ${d}, 1988" aria-selected="${d === 14}"><div ngbdatepickerdayview="" class="btn-light${d === 14 ? ' bg-primary text-white active' : ''}">${d}</div></div>`,
          )
          .join('')}</div>`,
    )
    .join('')}</ngb-datepicker-month></div></div></ngb-datepicker>`;
};
const date = (name: string, label: string, value: string, o: F & { open?: boolean } = {}) =>
  group(
    name,
    label,
    `<div class="input-group"><input id="field_${name}" data-cy="${name}" type="text" class="form-control ${NG}" name="${name}" ngbdatepicker="" value="${value}">${o.open ? popup() : ''}<button type="button" class="btn btn-secondary">${fa('calendar-days')}</button></div>`,
    o,
  );
/** an enum select (blank null option first) or a many-to-one select of [ngValue] options */
const select = (name: string, label: string, chosen: string, options: string[], o: F & { enumKeys?: boolean } = {}) =>
  group(
    name,
    label,
    `<select class="form-control ${NG}" name="${name}" id="field_${name}" data-cy="${name}"><option value="0: null"${chosen ? '' : ' selected'}></option>${options
      .map(
        (t, i) =>
          `<option value="${o.enumKeys ? t.toUpperCase().replace(/ /g, '_') : `${i + 1}: Object`}"${t === chosen ? ' selected' : ''}>${t}</option>`,
      )
      .join('')}</select>`,
    o,
  );
const multiple = (name: string, label: string, chosen: string[], options: string[]) =>
  group(
    name,
    label,
    `<select class="form-control ${NG}" id="field_${name}" data-cy="${name}" multiple="" name="${name}">${options
      .map((t, i) => `<option value="${i}: Object"${chosen.includes(t) ? ' selected' : ''}>${t}</option>`)
      .join('')}</select>`,
    {},
    '',
  );

const layout = (outlet: string, tail = '') =>
  `<jhi-main><jhi-page-ribbon><div class="ribbon"><a href="">Development</a></div></jhi-page-ribbon><div><jhi-navbar><nav class="navbar navbar-dark navbar-expand-md bg-dark"><div class="container-fluid"><a class="navbar-brand logo" href="/"><span class="navbar-title">PA Desk</span></a><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">${fa('house')}<span>Home</span></a></li><li ngbdropdown="" class="nav-item dropdown pointer"><a class="nav-link dropdown-toggle" ngbdropdowntoggle="" href="javascript:void(0);" id="entity-menu" aria-expanded="false">${fa('list')}<span>Entities</span></a><ul class="dropdown-menu" ngbdropdownmenu="" aria-labelledby="entity-menu"><li><a class="dropdown-item" href="/prior-auth-request">${fa('asterisk')}<span>Prior Auth Request</span></a></li></ul></li></ul></div></nav></jhi-navbar></div><div class="container-fluid"><div class="card jh-card"><router-outlet></router-outlet>${outlet}</div><jhi-footer><div class="footer"><p>This is your footer</p></div></jhi-footer></div></jhi-main>${tail}`;
const update = (fields: string) =>
  layout(
    `<jhi-prior-auth-request-update><div class="d-flex justify-content-center"><div class="col-8"><form name="editForm" novalidate="" class="ng-untouched ng-pristine ng-valid"><h2 id="jhi-prior-auth-request-heading" data-cy="PriorAuthRequestCreateUpdateHeading">Create or edit a Prior Auth Request</h2><div><jhi-alert-error><div class="alerts" role="alert"></div></jhi-alert-error>${fields}</div><div><button type="button" id="cancel-save" data-cy="entityCreateCancelButton" class="btn btn-secondary">${fa('ban')}&nbsp;<span>Cancel</span></button><button type="submit" id="save-entity" data-cy="entityCreateSaveButton" class="btn btn-primary">${fa('floppy-disk')}&nbsp;<span>Save</span></button></div></form></div></div></jhi-prior-auth-request-update>`,
  );

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

const fullForm = (o: { dobOpen?: boolean } = {}) =>
  `${input('id', 'ID', '1051', { readonly: true, type: 'number' })}${input('memberId', 'Member Id', ISO_REQUEST['patient.memberId'])}${date('dateOfBirth', 'Date Of Birth', ISO_REQUEST['patient.dob'], { open: o.dobOpen })}${input('weightKg', 'Weight Kg', '72', { type: 'number' })}${select('drug', 'Drug', ISO_REQUEST['drug.name'], DRUGS)}${input('hcpcsCode', 'Hcpcs Code', ISO_REQUEST['drug.hcpcs'])}${input('ndc', 'Ndc', ISO_REQUEST['drug.ndc'])}${input('doseMg', 'Dose Mg', '150', { type: 'number' })}${input('billingUnits', 'Billing Units', '150', { type: 'number' })}${select('frequency', 'Frequency', 'Every 4 weeks', FREQ, { enumKeys: true })}${input('crpValue', 'Crp Value', '24', { type: 'number' })}${date('crpDate', 'Crp Date', ISO_REQUEST['labs.crpDate'])}${input('prescriberNpi', 'Prescriber Npi', ISO_REQUEST['prescriber.npi'])}${multiple('diagnosisCodes', 'Diagnosis Codes', ['M04.1', 'M06.1'], CODES)}`;

/** the list page of past requests (text cells, View / Edit / Delete per row, item count, pagination) */
const listPage = () => {
  const heads = ['ID', 'Member Id', 'Date Of Birth', 'Weight Kg', 'Hcpcs Code', 'Dose Mg', 'Crp Date', 'Prescriber Npi', 'Drug'];
  const rows = [
    ['1051', 'U4829163702', '14 Mar 1988', '72', 'J0638', '150', '2 Nov 2026', '1234567893', 'Ilaris (canakinumab)'],
    ['1049', 'U5500172209', '3 Jun 1975', '88', 'J3590', '100', '12 Oct 2026', '1497758544', 'Kineret (anakinra)'],
  ];
  return `<jhi-prior-auth-request><div><h2 id="page-heading" data-cy="PriorAuthRequestHeading"><span>Prior Auth Requests</span><div class="d-flex justify-content-end"><button class="btn btn-info me-2">${fa('arrows-rotate')}<span>Refresh list</span></button><button id="jh-create-entity" data-cy="entityCreateButton" class="btn btn-primary jh-create-entity create-prior-auth-request">${fa('plus')}<span>Create a new Prior Auth Request</span></button></div></h2><jhi-alert-error><div class="alerts" role="alert"></div></jhi-alert-error><jhi-alert><div class="alerts" role="alert"></div></jhi-alert><div class="table-responsive table-entities" id="entities"><table class="table table-striped" aria-describedby="page-heading"><thead><tr jhisort=""><th scope="col" jhisortby="id"><div class="d-flex"><span>ID</span>${fa('sort')}</div></th>${heads
    .slice(1)
    .map((h) => `<th scope="col"><div class="d-flex"><span>${h}</span>${fa('sort')}</div></th>`)
    .join('')}<th scope="col"></th></tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr data-cy="entityTable"><td><a href="/prior-auth-request/${r[0]}/view">${r[0]}</a></td>${r
          .slice(1, -1)
          .map((v) => `<td>${v}</td>`)
          .join(
            '',
          )}<td><div><a href="/drug/7/view">${r[8]}</a></div></td><td class="text-end"><div class="btn-group"><a class="btn btn-info btn-sm" data-cy="entityDetailsButton" href="/prior-auth-request/${r[0]}/view">${fa('eye')}<span class="d-none d-md-inline">View</span></a><a class="btn btn-primary btn-sm" data-cy="entityEditButton" href="/prior-auth-request/${r[0]}/edit">${fa('pencil')}<span class="d-none d-md-inline">Edit</span></a><button type="submit" class="btn btn-danger btn-sm" data-cy="entityDeleteButton">${fa('xmark')}<span class="d-none d-md-inline">Delete</span></button></div></td></tr>`,
    )
    .join(
      '',
    )}</tbody></table></div><div><div class="d-flex justify-content-center"><jhi-item-count><div>Showing 1 - 2 of 2 items.</div></jhi-item-count></div><div class="d-flex justify-content-center"><ngb-pagination role="navigation"><ul class="pagination"><li class="page-item disabled"><a aria-label="First" class="page-link" href="" tabindex="-1" aria-disabled="true"><span aria-hidden="true">««</span></a></li><li class="page-item disabled"><a aria-label="Previous" class="page-link" href="" tabindex="-1" aria-disabled="true"><span aria-hidden="true">«</span></a></li><li class="page-item active"><a class="page-link" href="" aria-current="page">1</a></li><li class="page-item disabled"><a aria-label="Next" class="page-link" href="" tabindex="-1" aria-disabled="true"><span aria-hidden="true">»</span></a></li><li class="page-item disabled"><a aria-label="Last" class="page-link" href="" tabindex="-1" aria-disabled="true"><span aria-hidden="true">»»</span></a></li></ul></ngb-pagination></div></div></div></jhi-prior-auth-request>`;
};

describe('JHipster Angular entity pages: update form, ngbDatepicker, list table, delete dialog, detail', () => {
  it('reads the full request from the generated update form', () => {
    page(update(fullForm()));
    expect(read()).toEqual(ISO_REQUEST);
    noDuplicatePaths();
  });

  it('names fields by their humanized labels, not the read-only ID field before them', () => {
    page(
      update(
        `${input('id', 'ID', '1051', { readonly: true, type: 'number' })}${input('memberId', 'Member Id', ISO_REQUEST['patient.memberId'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member Id');
  });

  it('reads a date from its ngbDatepicker input and nothing from its open popup (month and year selects, day grid)', () => {
    page(update(fullForm({ dobOpen: true })));
    expect(read()).toEqual(ISO_REQUEST);
    nothingFrom('ngb-datepicker');
  });

  it('reads empty relationship and enum selects (the blank null option) as empty', () => {
    page(
      update(
        `${select('drug', 'Drug', '', DRUGS)}${select('frequency', 'Frequency', '', FREQ, { enumKeys: true })}${multiple('diagnosisCodes', 'Diagnosis Codes', [], CODES)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it('names each field by its own label, not by a validation message under the field before it', () => {
    page(
      update(
        `${input('memberId', 'Member Id', '', { errors: ['This field is required.'] })}${input('prescriberNpi', 'Prescriber Npi', '12345', { errors: ['This field should follow pattern for Prescriber Npi.'] })}${input('crpValue', 'Crp Value', '240', { type: 'number', errors: ['This field cannot be more than 100.', 'hidden:This field should be a number.'] })}${date('crpDate', 'Crp Date', ISO_REQUEST['labs.crpDate'])}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': '',
      'prescriber.npi': '12345',
      'labs.crpValue': '240',
      'labs.crpDate': ISO_REQUEST['labs.crpDate'],
    });
    expect(field('labs.crpDate')?.label).toBe('Crp Date');
  });

  it('reads nothing from the list page of past requests (text rows with View, Edit and Delete)', () => {
    page(layout(listPage()));
    expect(read()).toEqual({});
  });

  it('reads nothing from the list page searched by a member ID (Elasticsearch search form, filter display)', () => {
    const search = `<form name="searchForm" novalidate="" class="row row-cols-sm-auto align-items-center ng-untouched ng-pristine ng-valid"><div class="col-sm-12"><div class="input-group w-100 mt-3"><label class="visually-hidden" for="currentSearch">Search for Prior Auth Request</label><input type="text" class="form-control ${NG}" id="currentSearch" name="currentSearch" placeholder="Search for Prior Auth Request" value="U4829163702"><button class="btn btn-info">${fa('magnifying-glass')}</button><button class="btn btn-danger">${fa('trash-can')}</button></div></div></form>`;
    const filters = `<jhi-filter><div class="filter-display"><span>Following filters are set</span><button class="btn">${fa('xmark')}</button><ul><li><span>status.equals:</span> PENDING<button class="btn">${fa('xmark')}</button></li></ul></div></jhi-filter>`;
    page(
      layout(
        listPage().replace(
          '<jhi-alert><div class="alerts" role="alert"></div></jhi-alert>',
          `<jhi-alert><div class="alerts" role="alert"></div></jhi-alert>${search}${filters}`,
        ),
      ),
    );
    expect(read()).toEqual({});
  });

  it('reads nothing from the list page behind an open delete dialog', () => {
    page(
      layout(
        listPage(),
        `<ngb-modal-backdrop class="modal-backdrop fade show" style="z-index: 1055;"></ngb-modal-backdrop><ngb-modal-window role="dialog" tabindex="-1" aria-modal="true" class="modal d-block fade show"><div class="modal-dialog" role="document"><div class="modal-content"><jhi-prior-auth-request-delete-dialog><form name="deleteForm" novalidate="" class="ng-untouched ng-pristine ng-valid"><div class="modal-header"><h4 class="modal-title" data-cy="priorAuthRequestDeleteDialogHeading">Confirm delete operation</h4></div><div class="modal-body"><jhi-alert-error><div class="alerts" role="alert"></div></jhi-alert-error><p id="jhi-delete-priorAuthRequest-heading">Are you sure you want to delete Prior Auth Request 1051?</p></div><div class="modal-footer"><button type="button" class="btn btn-secondary" data-dismiss="modal">${fa('ban')}&nbsp;<span>Cancel</span></button><button id="jhi-confirm-delete-priorAuthRequest" data-cy="entityConfirmDeleteButton" type="submit" class="btn btn-danger">${fa('xmark')}&nbsp;<span>Delete</span></button></div></form></jhi-prior-auth-request-delete-dialog></div></div></ngb-modal-window>`,
      ),
    );
    expect(read()).toEqual({});
  });

  it('reads the update form and nothing from the detail page of another request shown beside it', () => {
    const detail = (
      [
        ['ID', '1049'],
        ['Member Id', 'U5500172209'],
        ['Date Of Birth', '3 Jun 1975'],
        ['Hcpcs Code', 'J3590'],
        ['Prescriber Npi', '1497758544'],
      ] as const
    )
      .map(([k, v]) => `<dt><span>${k}</span></dt><dd><span>${v}</span></dd>`)
      .join('');
    page(
      update(fullForm()).replace(
        '</jhi-prior-auth-request-update>',
        `</jhi-prior-auth-request-update><jhi-prior-auth-request-detail><div class="d-flex justify-content-center"><div class="col-8"><div><h2 data-cy="priorAuthRequestDetailsHeading"><span>Prior Auth Request</span></h2><hr><dl class="row-md jh-entity-details">${detail}</dl></div></div></div></jhi-prior-auth-request-detail>`,
      ),
    );
    expect(read()).toEqual(ISO_REQUEST);
  });
});
