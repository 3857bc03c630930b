import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * X-editable 1.5.1, Bootstrap 3 build (vitalets/x-editable at ce55af4: src/element/editable-element.js,
 * src/containers/editable-container.js + editable-popover3.js + editable-inline.js,
 * src/editable-form/editable-form.js + editable-form-bootstrap3.js, src/inputs/text.js, select.js,
 * checklist.js, date/date.js and its bundled bootstrap-datepicker.js), laid out as its demo page does
 * (`table#user.table.table-bordered.table-striped`, a label cell and a cell holding the link), and in
 * bootstrap-table rows (the bootstrap-table-editable extension's links in `td`s under `th > div.th-inner`):
 * - the element: `a[href=#][data-type][data-pk][data-title]`, init adds `editable editable-click`; it shows
 *   the value's text (a select's option text, a checklist's texts joined by `<br>`, a date in its
 *   viewformat); empty, it shows the emptytext "Empty" and is classed `editable-empty`; disabled, it is
 *   classed `editable-disabled` (no `editable-click`) with tabindex -1; while its form is open, `editable-open`.
 * - popup mode (default): Bootstrap 3's popover inserted right AFTER the element (no container option),
 *   `div.popover.fade.top.in.editable-container.editable-popup[role=tooltip][id=popoverN]` (the element
 *   gets `aria-describedby`) > `div.arrow`, `h3.popover-title` (data-title), `div.popover-content > div >`
 *   `div.editableform-loading[style=display:none]` + `form.form-inline.editableform > div.control-group.form-group`
 *   > `div > div.editable-input` (the input: `input[type=text].form-control.input-sm` + `span.editable-clear-x`;
 *   `select.form-control.input-sm`; `div.editable-checklist > div > label > input[type=checkbox] + span`;
 *   `div.editable-date.well > div.datepicker.datepicker-inline` + `div.editable-clear > a` "× clear") +
 *   `div.editable-buttons` (submit/cancel with glyphicons), then `div.editable-error-block.help-block`
 *   (hidden until a validation error; shown with `has-error` on the group). Closed, the popover is detached.
 * - inline mode: the element hidden (`display: none`) and `span.editable-container.editable-inline` after it
 *   holding the same form.
 */

let uid = 0;
type Link = {
  id: string;
  type?: string;
  title: string;
  value: string;
  dataValue?: string;
  empty?: boolean;
  disabled?: boolean;
  open?: boolean;
};
const link = (l: Link, extra = '') =>
  `<a href="#" id="${l.id}" data-type="${l.type ?? 'text'}" data-pk="1" data-title="${l.title}"${l.dataValue !== undefined ? ` data-value="${l.dataValue}"` : ''}${
    l.type === 'date' ? ' data-format="mm/dd/yyyy" data-viewformat="mm/dd/yyyy"' : ''
  } class="editable${l.disabled ? ' editable-disabled' : ' editable-click'}${l.value ? '' : ' editable-empty'}${l.open ? ' editable-open' : ''}"${l.disabled ? ' tabindex="-1"' : ''}${extra}>${l.value || (l.disabled ? '' : 'Empty')}</a>`;

const buttons =
  '<div class="editable-buttons"><button type="submit" class="btn btn-primary btn-sm editable-submit"><i class="glyphicon glyphicon-ok"></i></button><button type="button" class="btn btn-default btn-sm editable-cancel"><i class="glyphicon glyphicon-remove"></i></button></div>';
const editableForm = (input: string, error = '') =>
  `<div><div class="editableform-loading" style="display: none;"></div><form class="form-inline editableform" style=""><div class="control-group form-group${error ? ' has-error' : ''}"><div><div class="editable-input" style="position: relative;">${input}</div>${buttons}</div><div class="editable-error-block help-block"${error ? '' : ' style="display: none;"'}>${error}</div></div></form></div>`;
const textInput = (value: string) =>
  `<input type="text" class="form-control input-sm" style="padding-right: 24px;" value="${value}"><span class="editable-clear-x"></span>`;
const selectInput = (value: string, options: string[]) =>
  `<select class="form-control input-sm">${options.map((o, i) => `<option value="${i + 1}"${o === value ? ' selected=""' : ''}>${o}</option>`).join('')}</select>`;
const checklistInput = (chosen: string[], options: string[]) =>
  `<div class="editable-checklist">${options
    .map(
      (o) => `<div><label><input type="checkbox" value="${o}"${chosen.includes(o) ? ' checked=""' : ''}><span> ${o}</span></label></div>`,
    )
    .join('')}</div>`;
const calendar = (month: string, days: number[], chosen: number) =>
  `<div class="editable-date well"><div class="datepicker datepicker-inline"><div class="datepicker-days" style="display: block;"><table class=" table-condensed"><thead><tr><th class="prev" style="visibility: visible;"><i class="icon-arrow-left"></i></th><th colspan="5" class="datepicker-switch">${month}</th><th class="next" style="visibility: visible;"><i class="icon-arrow-right"></i></th></tr><tr>${[
    'Su',
    'Mo',
    'Tu',
    'We',
    'Th',
    'Fr',
    'Sa',
  ]
    .map((d) => `<th class="dow">${d}</th>`)
    .join(
      '',
    )}</tr></thead><tbody><tr>${days.map((d) => `<td class="day${d === chosen ? ' active' : ''}">${d}</td>`).join('')}</tr></tbody><tfoot><tr><th colspan="7" class="today" style="display: none;"></th></tr><tr><th colspan="7" class="clear" style="display: none;"></th></tr></tfoot></table></div><div class="datepicker-months" style="display: none;"><table class="table-condensed"><tbody><tr><td colspan="7"><span class="month">Jan</span><span class="month active">Nov</span></td></tr></tbody></table></div></div></div><div class="editable-clear"><a href="#">× clear</a></div>`;

/** the link, and when open its Bootstrap 3 popover (or inline container) right after it */
function editable(l: Link, input?: string, o: { inline?: boolean; error?: string } = {}): string {
  if (!input) return link(l);
  if (o.inline)
    return `${link({ ...l, open: true }, ' style="display: none;"')}<span class="editable-container editable-inline" style="">${editableForm(input, o.error)}</span>`;
  const id = `popover${++uid}73`;
  return `${link({ ...l, open: true }, ` aria-describedby="${id}"`)}<div class="popover fade top in editable-container editable-popup" role="tooltip" id="${id}" style="top: -74px; left: 41.5px; display: block;"><div class="arrow" style="left: 50%;"></div><h3 class="popover-title">${l.title}</h3><div class="popover-content">${editableForm(input, o.error)}</div></div>`;
}

const row = (label: string, cell: string) => `<tr><td width="35%">${label}</td><td width="65%">${cell}</td></tr>`;
const userTable = (rows: string) =>
  `<table id="user" class="table table-bordered table-striped" style="clear: both"><tbody>${rows}</tbody></table>`;
const panel = (title: string, body: string) =>
  `<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">${title}</h3></div><div class="panel-body">${body}</div></div>`;
const shell = (body: string) => `<div class="container"><h1>Prior authorization request #40713</h1>${body}</div>`;

/** bootstrap-table with the editable extension: each cell an editable link */
const cellLink = (v: string, c: number, i: number) =>
  `<a href="javascript:void(0)" data-name="${['drug', 'dose', 'start', 'stop', 'outcome'][c]}" data-pk="${i + 1}" data-value="${v}" class="editable editable-click${v ? '' : ' editable-empty'}">${v || 'Empty'}</a>`;
const therapyGrid = (rows: string[][], o: { cells?: Record<string, string>; search?: string } = {}) =>
  `<div class="bootstrap-table bootstrap3"><div class="fixed-table-toolbar">${
    o.search !== undefined
      ? `<div class="pull-right search btn-group"><input class="form-control search-input" type="search" placeholder="Search" autocomplete="off" value="${o.search}"></div>`
      : ''
  }</div><div class="fixed-table-container" style="padding-bottom: 0px;"><div class="fixed-table-header" style="display: none;"><table></table></div><div class="fixed-table-body"><div class="fixed-table-loading table table-bordered table-hover" style="top: 41px;"><span class="loading-wrap"><span class="loading-text">Loading, please wait</span><span class="animation-wrap"><span class="animation-dot"></span></span></span></div><table id="therapies" class="table table-bordered table-hover"><thead><tr>${[
    ['drug', 'Drug'],
    ['dose', 'Dose'],
    ['start', 'Start date'],
    ['stop', 'Stop date'],
    ['outcome', 'Outcome'],
  ]
    .map(([f, t]) => `<th style="" data-field="${f}"><div class="th-inner ">${t}</div><div class="fht-cell"></div></th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr data-index="${i}">${r.map((v, c) => `<td style="">${o.cells?.[`${i}.${c}`] ?? cellLink(v, c, i)}</td>`).join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody></table></div><div class="fixed-table-footer"></div></div><div class="fixed-table-pagination"><div class="pull-left pagination-detail"><span class="pagination-info">Showing 1 to ${rows.length} of ${rows.length} rows</span></div></div></div><div class="clearfix"></div>`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];

const requestRows = (over: Record<string, string> = {}) =>
  [
    ['memberId', 'Member ID', link({ id: 'memberId', title: 'Enter member ID', value: ILARIS['patient.memberId'] })],
    ['dob', 'Date of birth', link({ id: 'dob', type: 'date', title: 'Select date of birth', value: ILARIS['patient.dob'] })],
    ['weight', 'Weight (kg)', link({ id: 'weight', title: 'Enter weight', value: '72' })],
    [
      'codes',
      'ICD-10 codes',
      link({ id: 'codes', type: 'checklist', title: 'Select codes', value: 'M04.1<br>M06.1', dataValue: 'M04.1,M06.1' }),
    ],
    ['drug', 'Drug name', link({ id: 'drug', type: 'select', title: 'Select drug', value: ILARIS['drug.name'], dataValue: '1' })],
    ['hcpcs', 'HCPCS code', link({ id: 'hcpcs', title: 'Enter HCPCS code', value: ILARIS['drug.hcpcs'] })],
    ['ndc', 'NDC', link({ id: 'ndc', title: 'Enter NDC', value: ILARIS['drug.ndc'] })],
    ['dose', 'Dose (mg)', link({ id: 'dose', title: 'Enter dose', value: '150' })],
    ['units', 'Billing units', link({ id: 'units', title: 'Enter units', value: '150' })],
    [
      'frequency',
      'Frequency',
      link({ id: 'frequency', type: 'select', title: 'Select frequency', value: 'Every 4 weeks', dataValue: '1' }),
    ],
    ['crp', 'CRP (mg/L)', link({ id: 'crp', title: 'Enter CRP', value: '24' })],
    ['crpDate', 'CRP collection date', link({ id: 'crpDate', type: 'date', title: 'Select CRP date', value: ILARIS['labs.crpDate'] })],
    ['npi', 'Prescriber NPI', link({ id: 'npi', title: 'Enter NPI', value: ILARIS['prescriber.npi'] })],
  ]
    .map(([k, label, cell]) => row(label!, over[k!] ?? cell!))
    .join('');

const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('X-editable 1.5 (Bootstrap 3): editable links, popover and inline forms, in bootstrap-table rows', () => {
  // misread: only the bootstrap-table therapies are read; every label-and-link row of table#user is missed (an editable link is text, no control, and a label/value table's text is no entry)
  it.fails('reads the full Ilaris request shown as editable links, therapies in bootstrap-table rows', () => {
    page(shell(`${panel('Request', userTable(requestRows()))}${panel('Prior therapies', therapyGrid(THERAPY_ROWS))}`));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  // misread: nothing is read (the links are text, not fields), so the member ID and the empty HCPCS/NDC are missing
  it.fails('reads an empty link showing the emptytext "Empty" as empty, not as the value "Empty"', () => {
    page(
      shell(
        userTable(
          `${row('Member ID', link({ id: 'memberId', title: 'Enter member ID', value: ILARIS['patient.memberId'] }))}${row('HCPCS code', link({ id: 'hcpcs', title: 'Enter HCPCS code', value: '' }))}${row('NDC', link({ id: 'ndc', title: 'Enter NDC', value: '' }))}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.hcpcs': '', 'drug.ndc': '' });
  });

  // misread: nothing is read: the links are not fields, and the popover's input is collected with no label (the row's label cell is not reached past the link and the popover's arrow; the h3.popover-title is not its section either)
  it.fails('reads a text link whose popover is open as the value being typed, once, not the popover title', () => {
    page(
      shell(
        userTable(
          requestRows({
            dose: editable({ id: 'dose', title: 'Enter dose', value: '150' }, textInput('150')),
          }),
        ),
      ),
    );
    expect(read()).toMatchObject({ 'drug.dose': '150', 'drug.units': '150', 'patient.memberId': ILARIS['patient.memberId'] });
    noDuplicatePaths();
  });

  // misread: nothing is mapped: the popover's checkboxes are collected as one group ("M04.1, M06.1") named by nothing, its section the popover title "Select codes"
  it.fails('reads a checklist link with its popover open as the ticked codes, not each box as a field of its own', () => {
    page(
      shell(
        userTable(
          `${row('Member ID', link({ id: 'memberId', title: 'Enter member ID', value: ILARIS['patient.memberId'] }))}${row(
            'ICD-10 codes',
            editable(
              { id: 'codes', type: 'checklist', title: 'Select codes', value: 'M04.1<br>M06.1', dataValue: 'M04.1,M06.1' },
              checklistInput(['M04.1', 'M06.1'], CODES),
            ),
          )}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  // misread: nothing is read: the date and CRP links are text, and the date popover holds no input (only bootstrap-datepicker's inline calendar)
  it.fails('reads a date link with its inline calendar open as the date shown, nothing from the calendar days', () => {
    page(
      shell(
        userTable(
          `${row('Member ID', link({ id: 'memberId', title: 'Enter member ID', value: ILARIS['patient.memberId'] }))}${row(
            'CRP collection date',
            editable(
              { id: 'crpDate', type: 'date', title: 'Select CRP date', value: ILARIS['labs.crpDate'] },
              calendar('November 2026', [1, 2, 3, 4, 5, 6, 7], 2),
            ),
          )}${row('CRP (mg/L)', link({ id: 'crp', title: 'Enter CRP', value: '24' }))}`,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'labs.crpDate': ILARIS['labs.crpDate'],
      'labs.crpValue': '24',
    });
    nothingFrom('.datepicker');
  });

  // misread: nothing is mapped: the inline form's input is collected with no label (the "Prescriber NPI" cell before the hidden link is not reached)
  it.fails('reads an inline-mode form (link hidden, input after it) as the input, with its error shown', () => {
    page(
      shell(
        userTable(
          `${row('Member ID', link({ id: 'memberId', title: 'Enter member ID', value: ILARIS['patient.memberId'] }))}${row(
            'Prescriber NPI',
            editable({ id: 'npi', title: 'Enter NPI', value: '123456789' }, textInput(ILARIS['prescriber.npi']), {
              inline: true,
              error: 'NPI must be 10 digits',
            }),
          )}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the therapies of bootstrap-table rows of editable links, nothing from its loading overlay', () => {
    page(shell(panel('Prior therapies', therapyGrid(THERAPY_ROWS))));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads an empty grid cell showing the emptytext "Empty" as an empty outcome', () => {
    const rows = THERAPY_ROWS.map((r, i) => (i === 1 ? [...r.slice(0, 4), ''] : r));
    page(shell(panel('Prior therapies', therapyGrid(rows))));
    expect(read()).toEqual({ ...THERAPIES, 'priorTherapies.1.outcome': '' });
  });

  // misread: WRONG VALUE: only priorTherapies.0.outcome = "Injection-site reactions" (therapy 2's outcome, from the popover's select in row 2, numbered as the first row of boxes); the rows of editable links stop being read once a box sits in the table, and the select's section is the loading overlay's "Loading, please wait"
  it.fails('reads grid rows with a cell popover open (its select chosen) as the therapies, nothing from the popover', () => {
    const outcome = 'Injection-site reactions';
    const open = editable(
      { id: 'outcome1', type: 'select', title: 'Select outcome', value: outcome, dataValue: '2' },
      selectInput(outcome, ['Inadequate response', outcome, 'Intolerance']),
    ).replace(/ id="outcome1" data-type="select" data-pk="1" data-title="Select outcome"/, ' data-name="outcome" data-pk="2"');
    page(shell(panel('Prior therapies', therapyGrid(THERAPY_ROWS, { cells: { '1.4': open } }))));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  // misread: WRONG VALUE: drug.dose = "0.6 mg twice daily" (therapy 1's dose, its inline input read as the requested drug's dose under the "Dose" column); the rows of links are no longer read
  it.fails('reads a grid cell edited inline as its input, not the old value in the link it hides', () => {
    const dose = THERAPIES['priorTherapies.0.dose'];
    const open = editable({ id: 'dose0', title: 'Enter dose', value: '0.5 mg twice daily' }, textInput(dose), { inline: true });
    page(shell(panel('Prior therapies', therapyGrid(THERAPY_ROWS, { cells: { '0.1': open } }))));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads the grid rows, and nothing from the toolbar search box holding a search', () => {
    page(shell(panel('Prior therapies', therapyGrid(THERAPY_ROWS, { search: 'mg' }))));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('.fixed-table-toolbar');
  });
});
