import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * SENAITE LIMS 2.x: senaite/senaite.core at 78a4d3d and senaite/senaite.app.listing at ae19a5c.
 * - Sample add form, src/bika/lims/browser/analysisrequest/templates/ar_add2.pt: `h1#ar-header` holding a GET
 *   form (`input[type=number][name=ar_count]` + Add) to set the number of columns; then
 *   `form#analysisrequest_add_form[method=POST]` > `table.ar-table`: a first row of `td.ar-column-header`
 *   "Sample N" cells (no th), one `tr.ar-table-row[fieldname]` per field with `td.field-label > label.formQuestion`
 *   (label span, `span.fieldRequired[title=Required]` &nbsp;, `span.formHelp`), a copy-button cell (`img.copybutton`
 *   only with two columns or more) and one `td[arnum][fieldname=<Field>-<n>]` per sample holding the widget (the
 *   AR fields set `render_own_label`, so no label in the cell); hidden fields' rows `tr[style=display:none]`; the
 *   "Lab Analyses" header, category rows and service rows (`tr.service.visible` once expanded) with a
 *   `input.analysisservice-cb[type=checkbox][name=Analyses-0:list][alt=<service>]` per column.
 * - Widgets (skins/senaite_templates/senaite_widgets/field.pt, datetimewidget.pt, referencewidget.pt): a
 *   `div.field.Archetypes<Widget>[data-fieldname]` with its `div.fieldErrorBox`; the datetime widget's
 *   `input[type=date][name=<f>-date]` (+ `input[type=time]` when show_time) and a hidden `input[name=<f>]`; the
 *   reference widget (ReferenceWidget, klass `senaite-uidreference-widget-input`, rendered by webpack/app/widgets/renderer.js
 *   with root_class `uidreferencefield`; queryselect/widget.js, components/SelectedValues.js, SearchField.js,
 *   SearchResults.js): `ul.list-unstyled` of `li.d-inline-block > div.d-flex … > span.state-active` (display
 *   template `<div>${Title}</div>`) + an icon-only unlink `button[data-title="Unlink reference?"]`, the UIDs in
 *   `textarea.d-none.queryselectwidget-value`, the search field `input[name=query-select-search]` with clear and
 *   search buttons (shown while multi-valued or empty), and the results `div.position-fixed > table` of records.
 * - senaite.app.listing (webpack/app/components/Table.coffee, TableHeaderRow, TableCells, TableCell, StringField,
 *   Checkbox, SearchBox): a search `input.form-control[placeholder=Search]`, `th.select-column` with the select-all
 *   checkbox, `th > span` titles, rows whose first cell holds the select checkbox (`name="uids:list"`), editable
 *   string cells `td > div.form-group > span.form-group > input.form-control.form-control-sm[name=<col>.<uid>:records]
 *   [placeholder=<column title>]`.
 * The request's labels stand in for the lab's fields (Member ID for Client Patient ID…).
 */

type W = { required?: boolean; help?: string };
const label = (text: string, o: W = {}) =>
  `<td class="field-label"><label class="formQuestion"><span class="${o.required ? 'text-primary' : ''}">${text}</span>${o.required ? '<span class="fieldRequired" title="Required">&nbsp;</span>' : ''}<span class="formHelp discreet help-block small" id="${text.replace(/\W/g, '')}_help">${o.help ?? ''}</span></label></td>`;

const wrap = (name: string, widget: string, kind: string, inner: string) =>
  `<div class="field Archetypes${widget}" id="archetypes-fieldname-${name}" data-fieldname="${name}"><div class="fieldErrorBox"></div>${kind}${inner}</div>`;
const str = (name: string, value: string) =>
  wrap(name, 'StringWidget', '', `<input type="text" name="${name}" id="${name}" value="${value}" size="30" maxlength="255">`);
const sel = (name: string, chosen: string, options: string[]) =>
  wrap(
    name,
    'SelectionWidget',
    '',
    `<select name="${name}" id="${name}"><option value="">--</option>${options.map((o) => `<option value="${o}"${o === chosen ? ' selected="selected"' : ''}>${o}</option>`).join('')}</select>`,
  );
const datetime = (name: string, date: string, time?: string) =>
  wrap(
    name,
    'DateTimeWidget',
    '',
    `<div class="text-left"><div class="input-group flex-nowrap d-inline-flex w-auto datetimewidget"><input type="date" class="form-control form-control-sm" target="${name}" name="${name}-date" value="${date}" max="2026-12-05">${
      time !== undefined
        ? `<input type="time" class="form-control form-control-sm" target="${name}" name="${name}-time" value="${time}">`
        : ''
    }</div><input type="hidden" name="${name}" value="${date ? `${date}${time ? ` ${time}` : ''}` : ''}"></div>`,
  );

const icon = (cls: string) => `<i class="fas ${cls}"></i>`;
/** the reference (query select) widget; `search` = typed term, `results` = its open results table */
function reference(name: string, titles: string[], o: { multi?: boolean; search?: string; results?: [string, string][] } = {}) {
  const uids = titles.map((t, i) => `${(t.length * 7919 + i).toString(16)}a93f0c2e4b7d41e0b4c5`);
  const showSearch = o.multi || titles.length === 0;
  const items = titles
    .map(
      (t, i) =>
        `<li value="${uids[i]}" class="d-inline-block"><div class="d-flex flex-nowrap p-1 mb-1 mr-1 bg-light border rounded field-validation"><span class="state-active"><div>${t}</div></span><button value="${uids[i]}" data-toggle="confirmation" data-title="Unlink reference?" class="btn btn-sm p-0 ml-2">${icon('fa-times-circle')}</button></div></li>`,
    )
    .join('');
  const results = o.results?.length
    ? `<div class="queryselectwidget-results-container position-fixed shadow-lg border border-light rounded-lg bg-white mt-2 p-1" style="width: 500px; z-index: 999;"><div style="position: absolute; top: 0px; right: 0px;"><button class="btn btn-sm btn-link">${icon('fa-window-close')}</button></div><table class="table table-sm table-hover small queryselectwidget-results-table"><thead><tr><th class="border-top-0" width="auto" align="left">Title</th><th class="border-top-0" width="auto" align="left">Description</th><th class="border-top-0" width="1"></th></tr></thead><tbody>${o.results
        .map(
          ([t, d], i) =>
            `<tr value="${i}c0ffee${i}" index="${i}" title="" style="cursor: pointer;" class="${i === 0 ? 'table-active' : ''}"><td>${t}</td><td>${d}</td><td></td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : '';
  // referencewidget.pt's edit macro: no field.pt wrapper, the widget div itself, then its error box
  return `<div id="${name}" class="field ArchetypesReferenceWidget senaite-uidreference-widget-input" data-required="0" data-id="&quot;${name}&quot;" data-name="&quot;${name}&quot;" data-multi_valued="${o.multi ? 'true' : 'false'}" data-value_key="&quot;title&quot;"><div id="${name}" class="uidreferencefield"><div class="queryselectwidget-selected-values"><ul class="list-unstyled d-table-row">${items}</ul><textarea class="d-none queryselectwidget-value" name="${name}">${uids.join('\n')}</textarea></div>${
    showSearch
      ? `<div class="queryselectwidget-search-field"><div class="input-group searchfield"><input type="text" autocomplete="off" name="query-select-search" class="queryselectwidget-search-field" value="${o.search ?? ''}"><div class="input-group-append"><button class="btn btn-sm btn-outline-secondary" style="z-index: 0;">${icon('fa-times')}</button><button class="btn btn-sm btn-outline-primary" style="z-index: 0;">${icon('fa-search')}</button></div></div></div>`
      : ''
  }${results}</div></div><div class="fieldErrorBox"></div>`;
}

type Row = { key: string; label: string; o?: W; cells: ((n: number) => string)[] };
const arTable = (rows: Row[], samples = 1, services = '') => {
  const copy = samples > 1 ? '<img class="copybutton btn-link" width="16" src="/senaite_theme/icon/copy">' : '';
  return `<h1 id="ar-header"><img src="/senaite_theme/icon/sample" class="d-inline-block align-middle" width="32"><span class="d-inline-block align-middle">Request new analyses</span><span class="d-inline-block align-middle ml-2"><form method="GET" class="form-inline" action="/clients/client-1/ar_add"><input type="hidden" name="copy_from" value=""><span class="input-group"><input type="number" name="ar_count" min="1" max="99" class="form-control form-control-sm" value="${samples}"><span class="input-group-append"><button type="submit" class="btn btn-outline-secondary btn-sm"><img src="/senaite_theme/icon/plus" height="16">Add</button></span></span></form></span></h1><form id="analysisrequest_add_form" name="analysisrequest_add_form" method="POST"><input type="hidden" name="submitted" value="1"><input type="hidden" name="_authenticator" value="3f9a0c"><input type="hidden" id="ar_count" name="ar_count" value="${samples}"><table class="ar-table table table-sm table-bordered"><tr class="ar-table-row"><td><div id="manage-ar-fields"><a id="manage-ar-fields-link" href="/clients/client-1/ar_add_manage" class="btn btn-link" target="_blank">✎ <span>Manage Form Fields</span></a></div></td><td></td>${Array.from(
    { length: samples },
    (_, n) => `<td class="ar-column-header"><span>Sample</span> <span>${n + 1}</span></td>`,
  ).join('')}</tr>${rows
    .map(
      (r) =>
        `<tr class="ar-table-row" fieldname="${r.key}" fieldlabel="${r.label}">${label(r.label, r.o)}<td>${copy}</td>${r.cells
          .slice(0, samples)
          .map((c, n) => `<td arnum="${n}" fieldname="${r.key}-${n}">${c(n)}</td>`)
          .join('')}</tr>`,
    )
    .join(
      '',
    )}<tr style="display:none" fieldname="Batch"><td arnum="0" fieldname="Batch-0"><input type="hidden" name="Batch-0" value=""></td></tr>${services}</table><input class="btn btn-success btn-sm" type="submit" name="save_button" value="Save"><input class="btn btn-outline-success btn-sm" type="submit" name="save_and_copy_button" value="Save and Copy"><input class="btn btn-outline-secondary btn-sm" type="submit" name="cancel_button" value="Cancel"><input type="hidden" id="confirmed" name="confirmed" value="0"><input type="hidden" name="submit_action" value="save"></form>`;
};

/** the Lab Analyses block, category expanded, CRP ticked in column 0 */
const services = (samples = 1) =>
  `<tr poc="lab" data-poc="lab" class="lab service-listing-header field-services-header"><td colspan="${2 + samples}"><div class="poc-service-title"><span>Lab Analyses</span></div></td></tr><tr title="Click to expand this category" data-category="analysiscategory-2" poc="lab" category="field" class="lab category visible expanded"><td class="services-category-header"><span class="services-category-title">Inflammation markers</span></td><td><button data-category="analysiscategory-2" class="btn btn-default btn-xs service-category-toggle">-</button></td><td colspan="${samples}"></td></tr>${[
    ['C-reactive protein (CRP)', 'b7c1', true],
    ['Erythrocyte sedimentation rate (ESR)', 'c2d9', false],
  ]
    .map(
      ([t, uid, on]) =>
        `<tr id="analysisservice-${uid}" class="analysiscategory-2 lab service visible" poc="lab" fieldname="Analyses"><td class="service-header"><div class="service-title small">${t}</div></td><td></td>${Array.from(
          { length: samples },
          (_, n) =>
            `<td fieldname="Analyses-${n}" uid="${uid}" class="${uid}-column service-column" arnum="${n}"><div uid="${uid}" arnum="${n}" id="${uid}-${n}-lockbtn" class="service-lockbtn ${uid}-lockbtn" title="Service cannot be deselected. Please click the info button for further details">🔒</div><div id="${uid}-${n}-analysisservice" class="analysisservice ${uid}-analysisservice"><input type="checkbox" style="height:auto;" name="Analyses-${n}:list" value="${uid}" class="analysisservice-cb analysisservice-cb-${n}" id="cb_${n}_${uid}" alt="${t}"${on && n === 0 ? ' checked="checked"' : ''}></div><div uid="${uid}" arnum="${n}" id="${uid}-infobtn" class="service-infobtn ${uid}-infobtn">ⓘ</div><div id="${uid}-info" class="${uid}-info service-info"></div><div id="${uid}-conditions" class="${uid}-conditions service-conditions"></div></td>`,
        ).join('')}</tr>`,
    )
    .join('')}`;

const one = (key: string, lbl: string, cell: (n: number) => string, o?: W): Row => ({ key, label: lbl, o, cells: [cell, cell] });
const requestRows = (): Row[] => [
  one('Client', 'Client', (n) => reference(`Client-${n}`, ['Rheumatology Associates']), { required: true }),
  one('ClientPatientID', 'Member ID', (n) => str(`ClientPatientID-${n}`, ILARIS['patient.memberId']), {
    required: true,
    help: 'As printed on the card',
  }),
  one('DateOfBirth', 'Date of birth', (n) => datetime(`DateOfBirth-${n}`, ISO_REQUEST['patient.dob'])),
  one('Weight', 'Weight (kg)', (n) => str(`Weight-${n}`, '72')),
  one('ICD10Codes', 'ICD-10 codes', (n) => reference(`ICD10Codes-${n}`, ['M04.1', 'M06.1'], { multi: true })),
  one('DrugName', 'Drug name', (n) => reference(`DrugName-${n}`, [ILARIS['drug.name']])),
  one('HCPCS', 'HCPCS code', (n) => str(`HCPCS-${n}`, ILARIS['drug.hcpcs'])),
  one('NDC', 'NDC', (n) => str(`NDC-${n}`, ILARIS['drug.ndc'])),
  one('Dose', 'Dose (mg)', (n) => str(`Dose-${n}`, '150')),
  one('Units', 'Billing units', (n) => str(`Units-${n}`, '150')),
  one('Frequency', 'Frequency', (n) => sel(`Frequency-${n}`, 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])),
  one('CRP', 'CRP (mg/L)', (n) => str(`CRP-${n}`, '24')),
  one('CRPDate', 'CRP collection date', (n) => datetime(`CRPDate-${n}`, ISO_REQUEST['labs.crpDate'], '09:30')),
  one('PrescriberNPI', 'Prescriber NPI', (n) => str(`PrescriberNPI-${n}`, ILARIS['prescriber.npi']), { required: true }),
];

/** a senaite.app.listing table with editable string cells and the select column */
const listing = (rows: readonly (readonly string[])[], o: { categories?: string[]; editable?: number[] } = {}) => {
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const keys = ['Drug', 'Dose', 'StartDate', 'StopDate', 'Outcome'];
  return `<h3>Prior therapies</h3><div class="ajax-contents-table w-100"><div class="listing-container"><div class="row"><div class="col-sm-8"><nav><ul class="nav nav-pills"><li class="nav-item"><button class="btn btn-sm btn-light active" id="default">Active</button></li></ul></nav></div><div class="col-sm-4 text-right"><div class="input-group input-group-sm"><input type="text" autofocus="true" class="form-control" placeholder="Search" value=""><span class="input-group-append"><button class="btn btn-outline-secondary">${icon('fa-undo')}</button><button class="btn btn-outline-secondary">${icon('fa-search')}</button></span></div></div></div><div class="table-responsive"><form name="therapies_form" method="POST"><table id="therapies" class="contentstable table table-hover small"><thead><tr><th class="select-column"><span class="form-group"><input type="checkbox" name="select_all" value="all"></span></th>${cols
    .map((c, i) => `<th title="${c}" index="${keys[i]}" class="${keys[i]}"><span>${c}</span></th>`)
    .join('')}</tr></thead><tbody>${rows
    .map((r, i) => {
      const uid = `9d1e${i}b5a07c3e4f21`;
      const category = o.categories?.[i];
      const head = category
        ? `<tr category="${category}" class="category expanded"><td><span category="${category}"><i class="fas fa-dot-circle"></i></span></td><td category="${category}" class="expanded" colspan="${cols.length}"><i class="fas fa-caret-square-down"></i> <span>${category}</span></td></tr>`
        : '';
      return `${head}<tr class="contentrow selectable editable" uid="${uid}"${category ? ` category="${category}"` : ''}><td class="level-0"><span class="form-group"><input type="checkbox" name="uids:list" value="${uid}" tabindex="-1"${i === 0 ? ' checked' : ''}></span></td>${r
        .map((v, j) =>
          !o.editable || o.editable.includes(j)
            ? `<td class="${keys[j]}"><div class="form-group"><span class="form-group"><input type="text" size="20" uid="${uid}" name="${keys[j]}.${uid}:records" value="${v}" column_key="${keys[j]}" title="${cols[j]}" class="form-control form-control-sm" placeholder="${cols[j]}"></span></div></td>`
            : `<td class="${keys[j]}"><div class="form-group"><span class="form-group"><span>${v}</span></span></div></td>`,
        )
        .join('')}</tr>`;
    })
    .join('')}</tbody></table></form></div></div></div>`;
};

describe('SENAITE 2: sample add form (a column per sample), reference widgets, datetime widget, app.listing', () => {
  // misread: diagnosis.codes.0 and drug.name are not read: the reference widgets list their records as text
  // (`li > span.state-active` with an unlink button); their UIDs' store (`textarea.d-none.queryselectwidget-value`)
  // is skipped, as it had been read as the codes and the drug (a wrong value)
  it.fails('reads the full Ilaris request from the one-sample add form, nothing from its column-count GET form or services', () => {
    page(arTable(requestRows(), 1, services()));
    expect(read()).toEqual({ ...ISO_REQUEST });
    noDuplicatePaths();
    nothingFrom('form[method="GET"]');
    nothingFrom('tr.service');
  });

  it('names a field by its label cell, without the required marker or its help', () => {
    page(arTable(requestRows().slice(1, 2)));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  // misread: diagnosis.codes.0 is not read: the records "M04.1" and "M06.1" are listed as text, and the UIDs' store
  // (`textarea.d-none.queryselectwidget-value`, named by the "ICD-10 codes" label cell) is skipped
  it.fails('reads a multi-valued reference widget as its records, not the UIDs in its hidden textarea or its empty search', () => {
    page(arTable([one('ICD10Codes', 'ICD-10 codes', (n) => reference(`ICD10Codes-${n}`, ['M04.1', 'M06.1'], { multi: true }))]));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('textarea.queryselectwidget-value');
  });

  // the reference holds no record yet: the typed term and the result rows are no choice
  it('reads an empty reference widget as empty while "Ilar" is typed and its results table is open', () => {
    page(
      arTable([
        one('DrugName', 'Drug name', (n) =>
          reference(`DrugName-${n}`, [], { search: 'Ilar', results: [[ILARIS['drug.name'], 'IL-1β blocker, 150 mg/mL']] }),
        ),
        one('PrescriberNPI', 'Prescriber NPI', (n) => str(`PrescriberNPI-${n}`, ILARIS['prescriber.npi'])),
      ]),
    );
    expect(read()).toEqual({ 'drug.name': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.queryselectwidget-results-container');
  });

  it('reads the datetime widget by its date box (empty as empty), not its time box or hidden value', () => {
    page(
      arTable([
        one('DateOfBirth', 'Date of birth', (n) => datetime(`DateOfBirth-${n}`, '')),
        one('CRPDate', 'CRP collection date', (n) => datetime(`CRPDate-${n}`, ISO_REQUEST['labs.crpDate'], '09:30')),
      ]),
    );
    expect(read()).toEqual({ 'patient.dob': '', 'labs.crpDate': ISO_REQUEST['labs.crpDate'] });
  });

  it("reads Sample 1's column of a two-sample form, not Sample 2's values where Sample 1's box is empty", () => {
    const rows: Row[] = [
      {
        key: 'ClientPatientID',
        label: 'Member ID',
        cells: [(n) => str(`ClientPatientID-${n}`, ILARIS['patient.memberId']), (n) => str(`ClientPatientID-${n}`, 'U7730018842')],
      },
      {
        key: 'DateOfBirth',
        label: 'Date of birth',
        cells: [(n) => datetime(`DateOfBirth-${n}`, ISO_REQUEST['patient.dob']), (n) => datetime(`DateOfBirth-${n}`, '1979-07-22')],
      },
      {
        key: 'PrescriberNPI',
        label: 'Prescriber NPI',
        cells: [(n) => str(`PrescriberNPI-${n}`, ''), (n) => str(`PrescriberNPI-${n}`, '1619034725')],
      },
    ];
    page(arTable(rows, 2, services(2)));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ISO_REQUEST['patient.dob'],
      'prescriber.npi': '',
    });
  });

  it('reads no CRP value from a ticked "C-reactive protein (CRP)" service checkbox', () => {
    page(arTable(requestRows().slice(1, 2), 1, services()));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads a listing of prior therapies by its editable cells, nothing from its select column or search box', () => {
    page(listing(THERAPY_ROWS));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('.select-column');
    nothingFrom('td.level-0');
  });

  // misread: only priorTherapies.0.outcome and .1.outcome are read: in rows that hold boxes (the select checkbox and
  // the editable Outcome) the read-only text cells (Drug, Dose, Start date, Stop date as ReadonlyField
  // `span.form-group > span`) are no fields, so each therapy's drug, dose and dates are left unread
  it.fails('reads a categorized listing whose Outcome cells alone are editable, the other cells as read-only text', () => {
    page(listing(THERAPY_ROWS, { categories: ['Conventional', 'Biologics'], editable: [4] }));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('td.level-0');
  });
});
