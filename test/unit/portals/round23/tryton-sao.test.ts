import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Tryton's web client SAO 6.7 (tryton/sao at 8eb1e9c, the client GNU Health runs on): src/view/form.js
 * (Container: `table.form-container.responsive.responsive-noheader > tbody > tr` of `td[colspan]` classed as their
 * widget (`form-label`, `form-char`…) plus `xexpand`/`xfill`; Label: `label.form-label` with the field's string and
 * ":" (src/view.js), `editable`/`required` from Sao.common.apply_label_attributes, its `for` the widget's jQuery UI
 * id (`ui-id-N`) and the widget `aria-labelledby` it, an empty `span[data-accesskey]` after an input; Group:
 * `fieldset.form-group_ > legend`; Notebook: `div.form-notebook > ul.nav.nav-tabs[role=tablist]` +
 * `div.tab-content` of `div[role=tabpanel].tab-pane` (every page kept in the DOM, the inactive ones hidden by
 * Bootstrap's CSS only); Char: `div.form-char > div.input-group.input-group-sm > input.form-control.input-sm
 * .mousetrap[type=text][name]`; Integer: that input cloned as the shown text box, the original turned
 * `type=number` and hidden (`display: none`); Date: `div.form-date > div.input-group.input-icon` > the text input
 * (max-width 10em, "03/14/1988" in the en format) + `div.icon-input[aria-label="Open the calendar"]` holding a
 * native `input[type=date][role=button][tabindex=-1]` (empty until clicked) and the icon; Selection:
 * `select.form-control` with a `null` option of no text when not required; Many2One: `div.form-many2one >
 * div.input-group.input-icon.dropdown` > `input[type=input]` + the primary/secondary icon images ("Open the record",
 * "Clear the field") + Sao.common.InputCompletion's `span[data-toggle=dropdown]` and `ul.dropdown-menu[role=listbox]`
 * (src/common.js: a divider and the "Search..."/"Create..." actions, the matches as `li.completion > a`); One2Many:
 * `div.form-one2many.panel[aria-labelledby]` > `div.form-one2many-menu.panel-heading` (its `label` title with `for`
 * and the icon buttons Switch, Previous, Next, New, Open, Delete, Undelete) + `div.form-one2many-content`), and
 * src/view/tree.js (`table.tree.table.table-hover.table-condensed(.table-bordered when editable)`: a
 * `th.selection-state` checkbox, `th.<widget> > label[title]` per column; rows `tr` of `td.selection-state >
 * input[type=checkbox][name=tree-selection-…]` and `td[data-title="Drug: "] > span[aria-hidden] + div.cell >
 * span.widget > div.column-char[title]`; the edited row's cells classed `edited`, their `span.widget` hidden and a
 * `span.widget-editable` holding an EditableTree widget (`div.editabletree-char`…)); src/tab.js for the tab around
 * the form (the `nav.toolbar` with its title).
 */

let uid = 100;
const nextId = () => `ui-id-${++uid}`;
type O = { required?: boolean; readonly?: boolean; invalid?: boolean };

/** a label cell and its widget cell: `widget(id)` draws the widget with its labelled element's id */
const pair = (name: string, label: string, cls: string, widget: (id: string, labelId: string) => string, o: O = {}) => {
  const labelId = nextId();
  const id = nextId();
  return `<td colspan="1" class="form-label xfill" style="text-align: end; vertical-align: middle;"><label class="form-label${o.readonly ? '' : ` editable${o.required ? ' required' : ''}`}" id="${labelId}" for="${id}">${label}:</label></td><td colspan="1" class="${cls} xexpand xfill" style="text-align: start; vertical-align: middle; width: 50%; max-width: 37.5vw;"><div class="${cls}${o.invalid ? ' has-error' : ''}" style="width: 100%;">${widget(id, labelId)}</div></td>`;
};
const key = (label: string) => label[0]!.toLowerCase();
const char = (name: string, label: string, value: string, o: O = {}) =>
  pair(
    name,
    label,
    'form-char',
    (id, l) =>
      `<div class="input-group input-group-sm" style="width: 100%;"><input type="text" class="form-control input-sm mousetrap" name="${name}" id="${id}" aria-labelledby="${l}" accesskey="${key(label)}" value="${value}"${o.readonly ? ' readonly=""' : ''}><span data-accesskey="${key(label)}"></span></div>`,
    o,
  );
const integer = (name: string, label: string, value: string) =>
  pair(
    name,
    label,
    'form-integer',
    (id, l) =>
      `<div class="input-group input-group-sm"><input type="text" class="form-control input-sm mousetrap" name="${name}" id="${id}" aria-labelledby="${l}" accesskey="${key(label)}" value="${value}"><input type="number" class="form-control input-sm mousetrap" name="${name}" step="1" lang="en" style="display: none;" value="${value}"><span data-accesskey="${key(label)}"></span></div>`,
  );
const dateWidget = (name: string, id: string, value: string, extra = '') =>
  `<div class="input-group input-group-sm input-icon input-icon-secondary"><input type="text" class="form-control input-sm mousetrap" name="${name}" id="${id}"${extra} style="max-width: 10em;" value="${value}"><div class="icon-input icon-secondary" aria-label="Open the calendar" title="Open the calendar" tabindex="-1"><input type="date" role="button" tabindex="-1"><img class="icon" src="data:image/svg+xml;base64,PHN2Zy8+"></div>`;
const date = (name: string, label: string, value: string, o: O = {}) =>
  pair(
    name,
    label,
    'form-date',
    (id, l) =>
      `${dateWidget(name, id, value, ` aria-labelledby="${l}" accesskey="${key(label)}"`)}<span data-accesskey="${key(label)}"></span></div>`,
    o,
  );
const selection = (name: string, label: string, value: string, options: string[], o: O = {}) =>
  pair(
    name,
    label,
    'form-selection',
    (id, l) =>
      `<select class="form-control input-sm mousetrap" name="${name}" id="${id}" aria-labelledby="${l}" accesskey="${key(label)}">${o.required ? '' : `<option value="null"${value ? '' : ' selected'}></option>`}${[
        ...options,
      ]
        .sort((a, b) => a.localeCompare(b))
        .map((v) => `<option value="&quot;${v.toLowerCase().replace(/ /g, '_')}&quot;"${v === value ? ' selected' : ''}>${v}</option>`)
        .join('')}</select><span data-accesskey="${key(label)}"></span>`,
    o,
  );
/** Many2One; `matches` opens its completion menu with them */
const many2one = (name: string, label: string, value: string, o: O & { matches?: string[] } = {}) =>
  pair(
    name,
    label,
    'form-many2one',
    (id, l) =>
      `<div class="input-group input-group-sm input-icon dropdown${value ? ' input-icon-primary' : ''} input-icon-secondary${o.matches ? ' open' : ''}"><input type="input" class="form-control input-sm mousetrap" name="${name}" autocomplete="off" id="${id}" aria-labelledby="${l}" accesskey="${key(label)}" value="${value}"><div class="icon-input icon-primary"${value ? '' : ' style="display: none;"'}><img class="icon" aria-label="${value ? 'Open the record' : ''}" title="${value ? 'Open the record' : ''}" src="data:image/svg+xml;base64,PHN2Zy8+"></div><div class="icon-input icon-secondary"><img class="icon" aria-label="${value ? 'Clear the field' : 'Search a record'}" title="${value ? 'Clear the field' : 'Search a record'}" src="data:image/svg+xml;base64,PHN2Zy8+"></div><span data-toggle="dropdown"></span><ul class="dropdown-menu" role="listbox">${(
        o.matches ?? []
      )
        .map((m) => `<li class="completion"><a href="#"><span>${m}</span></a></li>`)
        .join(
          '',
        )}<li role="separator" class="divider"></li><li class="action action-search"><a href="#">Search...</a></li><li class="action action-create"><a href="#">Create...</a></li></ul><span data-accesskey="${key(label)}"></span></div>`,
    o,
  );

/** a 4-column container of rows (each row a list of cells) */
const container = (rows: string[][]) =>
  `<table class="form-container responsive responsive-noheader" style="width: 100%;"><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
const group = (title: string, rows: string[][]) =>
  `<td colspan="4" class="form-group_ xexpand xfill" style="text-align: start; vertical-align: middle; width: 100%;"><fieldset class="form-group_" style="width: 100%;"><legend>${title}</legend>${container(rows)}</fieldset></td>`;

const COLS = [
  ['drug', 'Drug', 'char'],
  ['dose', 'Dose', 'char'],
  ['start_date', 'Start Date', 'date'],
  ['end_date', 'End Date', 'date'],
  ['outcome', 'Outcome', 'char'],
] as const;
/** the one2many in its editable tree view; `edited` the row in edition */
const one2many = (rows: readonly (readonly string[])[], edited?: number) => {
  const id = nextId();
  const title = nextId();
  const tree = nextId();
  const btn = (label: string, icon: string) =>
    `<button class="btn btn-default btn-sm" type="button" tabindex="-1" aria-label="${label}" title="${label}"><img class="icon" src="data:image/svg+xml;base64,PHN2Zy8+" alt="${icon}"></button>`;
  return `<td colspan="4" class="form-one2many xexpand xfill" style="text-align: start; vertical-align: top; width: 100%; height: 100%;"><div class="form-one2many panel panel-default" id="${id}" aria-labelledby="${title}" style="width: 100%;"><div class="form-one2many-menu panel-heading"><label class="form-one2many-string editable" id="${title}" for="${id}">Prior Therapies</label><div class="form-one2many-toolbar"><div class="input-group input-group-sm"><div class="input-group-btn">${btn('Switch', 'tryton-switch')}${btn('Previous', 'tryton-back')}<span class="btn hidden-xs"><span class="badge">${edited === undefined ? '_' : edited + 1} / ${rows.length}</span></span>${btn('Next', 'tryton-forward')}${btn('New', 'tryton-create')}${btn('Open', 'tryton-open')}${btn('Delete', 'tryton-delete')}${btn('Undelete', 'tryton-undo')}</div></div></div></div><div class="form-one2many-content panel-body"><div class="screen-container"><div class="content-box"><div id="${tree}"><div class="scrollbar responsive"><div></div></div><div class="treeview responsive"><table class="tree table table-hover table-condensed table-bordered"><colgroup><col class="selection-state">${COLS.map(([, , w]) => `<col class="${w}">`).join('')}</colgroup><thead><tr><th class="selection-state"><input type="checkbox"></th>${COLS.map(
    ([, t, w]) =>
      `<th class="${w}"><label title="${t}" class="editable sortable${t === 'Drug' ? ' required' : ''}">${t}<img class="icon"></label></th>`,
  ).join('')}</tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr${i === edited ? ' class="selected"' : ''}><td class="selection-state"><input type="checkbox" name="tree-selection-${tree}"${i === edited ? ' checked' : ''}></td>${COLS.map(
          ([k, t, w], c) => {
            const shown = `<span class="widget"${i === edited ? ' style="display: none;"' : ''}><div class="column-${w}" title="${r[c]}">${r[c]}</div></span>`;
            const editor =
              i !== edited
                ? ''
                : `<span class="widget-editable edited" style="display: inline;"><div class="editabletree-${w}" style="width: 100%;">${
                    w === 'date'
                      ? `${dateWidget(k, nextId(), r[c]!)}</div>`
                      : `<div class="input-group input-group-sm" style="width: 100%;"><input type="text" class="form-control input-sm mousetrap" name="${k}" value="${r[c]}"></div>`
                  }</div></span>`;
            return `<td data-title="${t}: " class="${i === edited ? 'edited ' : ''}${k === 'drug' ? 'required ' : ''}editable"><span aria-hidden="true"></span><div class="cell">${shown}${editor}</div></td>`;
          },
        ).join('')}</tr>`,
    )
    .join('')}</tbody></table></div></div></div></div></div></div></td>`;
};
const notebook = (pages: [string, string][]) => {
  const ids = pages.map(() => nextId());
  return `<td colspan="4" class="form-notebook xexpand xfill" style="text-align: start; vertical-align: middle; width: 100%;"><div class="form-notebook" style="width: 100%;"><ul class="nav nav-tabs" role="tablist">${pages
    .map(
      ([t], i) =>
        `<li role="presentation"${i === 0 ? ' class="active"' : ''}><a aria-controls="${ids[i]}" role="tab" data-toggle="tab" href="#${ids[i]}">${t}</a></li>`,
    )
    .join(
      '',
    )}</ul><div class="tab-content">${pages.map(([, body], i) => `<div role="tabpanel" class="tab-pane${i === 0 ? ' active' : ''}" id="${ids[i]}">${body}</div>`).join('')}</div></div></td>`;
};

/** the form tab: its toolbar and the form view's top container */
const tab = (rows: string[][]) =>
  `<div class="tab-content" id="tabcontent"><div role="tabpanel" class="tab-pane active" id="tab-form-1"><div class="panel panel-default tab-form"><nav class="toolbar panel-heading" role="toolbar"><div class="container-fluid navbar-inverse"><div class="dropdown navbar-header navbar-left flip"><a href="#" class="navbar-brand dropdown-toggle" data-toggle="dropdown" role="button" aria-expanded="false" aria-haspopup="true"><span class="title">Prior Authorization Request</span><span class="caret"></span></a><ul class="dropdown-menu" role="menu"></ul></div><div class="btn-toolbar navbar-right flip" role="toolbar"><div class="btn-group" role="group"><button class="btn btn-default navbar-btn" id="save" aria-label="Save" title="Save"><img class="icon" src="data:image/svg+xml;base64,PHN2Zy8+"></button></div><div class="navbar-text hidden-xs"><span class="badge">1 / 1</span></div></div></div></nav><div class="panel-body row"><div class="col-xs-12"><div class="screen-container"><div class="content-box"><div class="form">${container(rows)}</div></div></div></div></div></div></div></div>`;

const request = () => [
  [
    group('Patient', [
      [char('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true }), date('dob', 'Date of Birth', ILARIS['patient.dob'])],
      [integer('weight', 'Weight (kg)', '72')],
    ]),
  ],
  [
    group('Medication', [
      [many2one('drug', 'Drug', ILARIS['drug.name'], { required: true }), char('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs'])],
      [char('ndc', 'NDC', ILARIS['drug.ndc']), integer('dose', 'Dose (mg)', '150')],
      [
        integer('billing_units', 'Billing Units', '150'),
        selection('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once']),
      ],
    ]),
  ],
  [group('Diagnosis', [[char('icd10_codes', 'ICD-10 Codes', 'M04.1, M06.1')]])],
  [group('Labs', [[integer('crp', 'CRP (mg/L)', '24'), date('crp_date', 'CRP Date', ILARIS['labs.crpDate'])]])],
  [group('Prescriber', [[char('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })]])],
];

describe('Tryton SAO 6.7 form view: label/widget table cells, Many2One, Date, Selection, Integer, One2Many tree, Notebook', () => {
  it('reads the full Ilaris request, prior therapies from the one2many on a notebook page not shown', () => {
    page(
      tab([
        ...request(),
        [
          notebook([
            ['Notes', container([[char('notes', 'Notes', '')]])],
            ['Prior Therapies', container([[one2many(THERAPY_ROWS)]])],
          ]),
        ],
      ]),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names each field by its label cell (linked by `for` and aria-labelledby), as shown with its colon', () => {
    page(tab(request().slice(0, 1)));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
    });
    expect(field('patient.memberId')?.label).toBe('Member ID:');
  });

  it('reads an Integer by its shown text box once, not the hidden number input it was cloned from', () => {
    page(tab([[group('Medication', [[integer('dose', 'Dose (mg)', '150'), integer('billing_units', 'Billing Units', '150')]])]]));
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150' });
    noDuplicatePaths();
  });

  it('reads a Date by its text box, not the empty native date input inside its calendar icon', () => {
    page(tab([[group('Patient', [[date('dob', 'Date of Birth', ILARIS['patient.dob']), date('crp_date', 'CRP Date', '')]])]]));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.icon-input');
  });

  it('reads a Many2One by its entry, and nothing from its open completion menu', () => {
    page(
      tab([
        [
          group('Medication', [
            [many2one('drug', 'Drug', 'Ilaris', { matches: ['Ilaris (canakinumab)'] }), char('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs'])],
          ]),
        ],
      ]),
    );
    expect(read()).toEqual({ 'drug.name': 'Ilaris', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.dropdown-menu');
  });

  it('reads a Selection on its empty (null) option as empty', () => {
    page(tab([[group('Medication', [[selection('frequency', 'Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'])]])]]));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a read-only field and an invalid required one (has-error, no message) by their labels', () => {
    page(
      tab([
        [
          group('Patient', [
            [
              char('member_id', 'Member ID', ILARIS['patient.memberId'], { readonly: true }),
              char('prescriber_npi', 'Prescriber NPI', '', { required: true, invalid: true }),
            ],
          ]),
        ],
      ]),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '' });
  });

  it('reads the one2many tree rows as prior therapies', () => {
    page(tab([[one2many(THERAPY_ROWS)]]));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('.form-one2many-menu');
  });

  it('reads the one2many tree with one row in edition, each therapy once', () => {
    page(tab([[one2many(THERAPY_ROWS, 1)]]));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });
});
