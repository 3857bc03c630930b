import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * DataTables 2.3.4 (DataTables/DataTablesSrc at ad14279 "Release 2.3.4": js/ext/ext.classes.js, js/features/
 * features.pageLength.js, features.search.js, features.info.js, features.page.js, js/ext/ext.renderer.js,
 * js/core/core.draw.js, js/model/model.defaults.js, examples/api/multi_filter.xml), Responsive (DataTables/Responsive
 * at 4fcbb8f: js/dataTables.responsive.js `_setColumnVis`, `renderer.listHidden`) and DataTables Editor's
 * lightbox form. Editor's source is not public: its markup is taken from a saved DOM of Editor's "Custom form layout /
 * templates" example as rendered (editor.dataTables.css over DataTables 1.10.16; code index file 8271057716) and
 * the `Editor.classes` table of distributed dataTables.editor builds (header, body, form, field, actions, bubble,
 * inline class names); that it is unchanged in Editor 2.x is assumed, not checked, and the nesting of the bubble,
 * inline and checkbox markup below is reconstructed around those class names, not copied from a render:
 * - the table's wrapper `div#<id>_wrapper.dt-container` of `div.dt-layout-row`s > `div.dt-layout-cell.dt-layout-start|
 *   end|full`: the length control `div.dt-length` > `select.dt-input#dt-length-N[aria-controls]` + `label[for]`
 *   " entries per page" (the select is put OUTSIDE the label, before it, as "_MENU_ _ENTRIES_ per page" starts with
 *   it), the search `div.dt-search` > `label[for=dt-search-N]` "Search:" + `input[type=search].dt-input`, the table
 *   `table.display.dataTable[aria-describedby=<id>_info]`, `div.dt-info[role=status]` and `div.dt-paging > nav
 *   [aria-label=pagination] > button.dt-paging-button[role=link]`s.
 * - header cells `th[data-dt-column].dt-orderable-asc.dt-orderable-desc[aria-label="Drug: Activate to sort"]
 *   [tabindex=0]` > `div.dt-column-header > span.dt-column-title + span.dt-column-order`; cells of the ordered
 *   column classed `sorting_1`. Column search inputs (the multi_filter example) replace a tfoot cell's content.
 * - scrollY (js/core/core.scrolling.js `_fnFeatureHtmlTable`, `_fnScrollDraw`): `div.dt-scroll > div.dt-scroll-head >
 *   div.dt-scroll-headInner > table` (a shallow clone of the table, its id removed, holding the thead and a copy of
 *   the colgroup) + `div.dt-scroll-body > table#<id>` holding a copy of the thead (tabindex and ids removed, each
 *   cell's content wrapped in `div.dt-scroll-sizing`) and the tbody.
 * - Responsive (`details.type` inline): the table classed `dtr-inline collapsed`, hidden columns' cells
 *   `td.dtr-hidden[style="display: none;"]`, the first cell `dtr-control`; an opened row `tr.dt-hasChild.dtr-expanded`
 *   followed by `tr.child > td.child[colspan] > ul.dtr-details[data-dtr-index] > li[data-dtr-index][data-dt-row]
 *   [data-dt-column] > span.dtr-title + " " + span.dtr-data`.
 * - Editor's lightbox: `div.DTED.DTED_Lightbox_Wrapper > div.DTED_Lightbox_Container > div.DTED_Lightbox_Content_
 *   Wrapper > div.DTED_Lightbox_Content > div.DTE.DTE_Action_Edit` (header `div.DTE_Header > div.DTE_Header_Content`,
 *   `div.DTE_Body > div.DTE_Body_Content > form > div.DTE_Form_Content`, footer with `div.DTE_Form_Buttons`), then
 *   `div.DTED_Lightbox_Close`; `div.DTED_Lightbox_Background` appended to body. Each field `div.DTE_Field.DTE_Field_
 *   Type_<type>.DTE_Field_Name_<name>` > `label.DTE_Label[for=DTE_Field_<name>]` "Label:" holding `div.DTE_Label_Info`
 *   + `div.DTE_Field_Input` > `div.DTE_Field_InputControl` (the input, with no name) + `div.multi-value` "Multiple
 *   values" (shown, and the input control hidden, when the rows edited together differ) + `div.multi-restore` "Undo
 *   changes" + `div.DTE_Field_Error` + `div.DTE_Field_Message` + `div.DTE_Field_Info`; an error adds
 *   `DTE_Field_StateError` to the field. A checkbox field's control holds `div#DTE_Field_<name>` of one `div > input
 *   #DTE_Field_<name>_N[type=checkbox][value] + label[for]` per option (the field's label `for` the div). Inline editing puts the field in the cell inside `div.DTE.DTE_Inline >
 *   div.DTE_Inline_Field` + `div.DTE_Inline_Buttons`; bubble editing appends `div.DTE.DTE_Bubble > div.DTE_Bubble_Liner
 *   > div.DTE_Bubble_Table` (the form) + `div.DTE_Bubble_Triangle`, and `div.DTE_Bubble_Background`, to body.
 * - Editor's datetime fields open DataTables' DateTime (DataTables/DateTime at 1d53e73, js/dataTables.dateTime.ts:
 *   the structure in its constructor, `_htmlDay`, `_htmlMonth`, `_options`; attachTo 'body'): `div.dt-datetime >
 *   div.dt-datetime-date > div.dt-datetime-title` (`div.dt-datetime-iconLeft|iconRight > button`, two
 *   `div.dt-datetime-label > span` (the month's name, the year) `+ select.dt-datetime-month|year`) + `div.dt-datetime-
 *   calendar > table` of `td[data-day].selectable > button.dt-datetime-button.dt-datetime-day > span`, then
 *   `div.dt-datetime-time` (hidden for a date format) and `div.dt-datetime-error`.
 * - Select (DataTables/Select at a46f61b, js/dataTables.select.js `DataTable.render.select`, `initCheckboxHeader`):
 *   a checkbox column's cells `td.dt-select > input.dt-select-checkbox[type=checkbox][aria-label="Select row"]`, its
 *   header's `div.dt-column-header` given `input.dt-select-checkbox[aria-label="Select all rows"]`, a selected row
 *   `tr.selected`.
 */

const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];

const th = (title: string, i: number, ordered = false) =>
  `<th data-dt-column="${i}" class="dt-orderable-asc dt-orderable-desc${ordered ? ' dt-ordering-asc' : ''}" rowspan="1" colspan="1"${ordered ? ' aria-sort="ascending"' : ''} aria-label="${title}: Activate to ${ordered ? 'invert sorting' : 'sort'}" tabindex="0"><div class="dt-column-header"><span class="dt-column-title">${title}</span><span class="dt-column-order"></span></div></th>`;

type Table = { scrollY?: string; foot?: string[]; hidden?: number[]; expanded?: number[]; n?: number; select?: number[] };

/** a DataTable drawn from `rows` of text (ordered by its first column), with its default layout */
function dataTable(id: string, cols: string[], rows: string[][], o: Table = {}): string {
  const n = o.n ?? 0;
  const hidden = o.hidden ?? [];
  const sorted = 0;
  const sel = o.select;
  /** Select's checkbox column, first, not orderable (the table ordered by its next column) */
  const selCell = (i: number) =>
    sel
      ? `<td class="dt-select"><input aria-label="Select row" class="dt-select-checkbox" type="checkbox"${sel.includes(i) ? ' checked' : ''}></td>`
      : '';
  const cell = (v: string, j: number) => {
    const cls = [j === sorted ? 'sorting_1' : '', j || !hidden.length ? '' : 'dtr-control', hidden.includes(j) ? 'dtr-hidden' : ''].filter(
      Boolean,
    );
    return `<td${cls.length ? ` class="${cls.join(' ')}"` : ''}${hidden.includes(j) ? ' style="display: none;"' : ''}>${v}</td>`;
  };
  const child = (r: string[], i: number) =>
    `<tr class="child"><td class="child" colspan="${cols.length - hidden.length}"><ul data-dtr-index="${i}" class="dtr-details">${hidden
      .map(
        (j) =>
          `<li data-dtr-index="${j}" data-dt-row="${i}" data-dt-column="${j}"><span class="dtr-title">${cols[j]}</span> <span class="dtr-data">${r[j]}</span></li>`,
      )
      .join('')}</ul></td></tr>`;
  const body = rows
    .map((r, i) => {
      const open = o.expanded?.includes(i);
      const cls = [open ? 'dt-hasChild dtr-expanded' : '', sel?.includes(i) ? 'selected' : ''].filter(Boolean).join(' ');
      return `<tr${cls ? ` class="${cls}"` : ''}>${selCell(i)}${r.map(cell).join('')}</tr>${open ? child(r, i) : ''}`;
    })
    .join('');
  const heads =
    (sel
      ? '<th data-dt-column="0" class="dt-select dt-orderable-none" rowspan="1" colspan="1" aria-label=""><div class="dt-column-header"><span class="dt-column-title"></span><input class="dt-select-checkbox" type="checkbox" aria-label="Select all rows"></div></th>'
      : '') +
    cols
      .map((c, i) => th(c, sel ? i + 1 : i, i === 0).replace('rowspan', hidden.includes(i) ? 'style="display: none;" rowspan' : 'rowspan'))
      .map((h, i) => (hidden.includes(i) ? h.replace('class="', 'class="dtr-hidden ') : h))
      .join('');
  const foot = o.foot
    ? `<tfoot><tr>${o.foot.map((v, i) => `<th data-dt-column="${i}" rowspan="1" colspan="1"><input placeholder="${cols[i]}"${v ? ` value="${v}"` : ''}></th>`).join('')}</tr></tfoot>`
    : '';
  const paging = ['first', 'previous', 'next', 'last'].map(
    (b, i) =>
      `<button class="dt-paging-button disabled ${b}" role="link" type="button" aria-controls="${id}" aria-disabled="true" aria-label="${b[0]!.toUpperCase() + b.slice(1)}" data-dt-idx="${b}" tabindex="-1">${['«', '‹', '›', '»'][i]}</button>`,
  );
  const colgroup = `<colgroup>${sel ? '<col>' : ''}${cols.map(() => '<col style="width: 180px;">').join('')}</colgroup>`;
  const cls = `display dataTable${hidden.length ? ' dtr-inline collapsed' : ''}`;
  // scrollY: the header moved to a clone of the table in dt-scroll-head, the body table given a sizing copy of it
  // (no tabindex or ids, each cell's content wrapped in div.dt-scroll-sizing, hidden by datatables.css)
  const sizing = heads.replace(/ tabindex="0"/g, '').replace(/(<th [^>]*>)(.*?)<\/th>/g, '$1<div class="dt-scroll-sizing">$2</div></th>');
  const table = o.scrollY
    ? `<div class="dt-scroll"><div class="dt-scroll-head" style="overflow: hidden; position: relative; border: 0px; width: 100%;"><div class="dt-scroll-headInner" style="box-sizing: content-box; width: 900px; padding-right: 15px;"><table class="${cls}" style="margin-left: 0px; width: 900px;"><thead><tr>${heads}</tr></thead>${colgroup}</table></div></div><div class="dt-scroll-body" style="position: relative; overflow: auto; width: 100%; max-height: ${o.scrollY};"><table id="${id}" class="${cls}" style="width: 100%;" aria-describedby="${id}_info">${colgroup}<thead><tr>${sizing}</tr></thead><tbody>${body}</tbody></table></div></div>`
    : `<table id="${id}" class="${cls}" style="width: 100%;" aria-describedby="${id}_info">${colgroup.replace(/ style="width: 180px;"/g, '')}<thead><tr>${heads}</tr></thead><tbody>${body}</tbody>${foot}</table>`;
  return `<div id="${id}_wrapper" class="dt-container${o.foot ? '' : ' dt-empty-footer'}"><div class="dt-layout-row"><div class="dt-layout-cell dt-layout-start"><div class="dt-length"><select aria-controls="${id}" class="dt-input" id="dt-length-${n}"><option value="10">10</option><option value="25">25</option><option value="50">50</option><option value="100">100</option></select><label for="dt-length-${n}"> entries per page</label></div></div><div class="dt-layout-cell dt-layout-end"><div class="dt-search"><label for="dt-search-${n}">Search:</label><input type="search" class="dt-input" id="dt-search-${n}" placeholder="" aria-controls="${id}"></div></div></div><div class="dt-layout-row dt-layout-table"><div class="dt-layout-cell dt-layout-full">${table}</div></div><div class="dt-layout-row"><div class="dt-layout-cell dt-layout-start"><div class="dt-info" aria-live="polite" id="${id}_info" role="status">Showing 1 to ${rows.length} of ${rows.length} entries</div></div><div class="dt-layout-cell dt-layout-end"><div class="dt-paging"><nav aria-label="pagination">${paging.slice(0, 2).join('')}<button class="dt-paging-button current" role="link" type="button" aria-controls="${id}" aria-current="page" data-dt-idx="0">1</button>${paging.slice(2).join('')}</nav></div></div></div></div>`;
}

const therapies = (o: Table = {}) => dataTable('therapies', COLS, THERAPY_ROWS, o);

/** a field of the portal's own form (a plain labelled input) */
const plain = (id: string, label: string, value: string) =>
  `<div class="form-row"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" value="${value}"></div>`;
const select = (id: string, label: string, value: string, options: string[]) =>
  `<div class="form-row"><label for="${id}">${label}</label><select id="${id}" name="${id}"><option value="">Choose…</option>${options.map((v) => `<option${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select></div>`;

const requestFields = () =>
  `<fieldset><legend>Member</legend>${plain('member_id', 'Member ID', ILARIS['patient.memberId'])}${plain('dob', 'Date of birth', ILARIS['patient.dob'])}${plain('weight', 'Weight (kg)', '72')}</fieldset>
  <fieldset><legend>Diagnosis</legend>${plain('icd10', 'ICD-10 codes', 'M04.1, M06.1')}</fieldset>
  <fieldset><legend>Medication</legend>${plain('drug', 'Drug name', ILARIS['drug.name'])}${plain('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${plain('ndc', 'NDC', ILARIS['drug.ndc'])}${plain('dose', 'Dose (mg)', '150')}${plain('units', 'Billing units', '150')}${select('freq', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}</fieldset>
  <fieldset><legend>Labs</legend>${plain('crp', 'CRP (mg/L)', '24')}${plain('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}</fieldset>
  <fieldset><legend>Prescriber</legend>${plain('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</fieldset>`;

const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

/** an Editor field; `multi` = the rows edited together differ (the input control hidden, "Multiple values" shown) */
function dte(
  name: string,
  label: string,
  value: string,
  o: { type?: string; error?: string; info?: string; labelInfo?: string; multi?: boolean } = {},
) {
  const none = ' style="display: none;"';
  return `<div class="DTE_Field DTE_Field_Type_${o.type ?? 'text'} DTE_Field_Name_${name}${o.error ? ' DTE_Field_StateError' : ''}"><label data-dte-e="label" class="DTE_Label" for="DTE_Field_${name}">${label}<div data-dte-e="msg-label" class="DTE_Label_Info">${o.labelInfo ?? ''}</div></label><div data-dte-e="input" class="DTE_Field_Input"><div data-dte-e="input-control" class="DTE_Field_InputControl" style="display: ${o.multi ? 'none' : 'block'};"><input id="DTE_Field_${name}" type="text"${value ? ` value="${value}"` : ''}></div><div data-dte-e="multi-value" class="multi-value" style="display: ${o.multi ? 'block' : 'none'};">Multiple values<span data-dte-e="multi-info" class="multi-info" style="display: ${o.multi ? 'block' : 'none'};">The selected items contain different values for this input. To edit and set all items for this input to the same value, click or tap here, otherwise they will retain their individual values.</span></div><div data-dte-e="msg-multi" class="multi-restore"${none}>Undo changes</div><div data-dte-e="msg-error" class="DTE_Field_Error"${o.error ? ' style="display: block;"' : none}>${o.error ?? ''}</div><div data-dte-e="msg-message" class="DTE_Field_Message"${none}></div><div data-dte-e="msg-info" class="DTE_Field_Info">${o.info ?? ''}</div></div></div>`;
}

/** an Editor checkbox field (one box per option, no name) */
const dteCheckbox = (name: string, label: string, options: string[], ticked: string[]) =>
  dte(name, label, '')
    .replace(
      `<input id="DTE_Field_${name}" type="text">`,
      `<div id="DTE_Field_${name}">${options
        .map(
          (v, i) =>
            `<div><input id="DTE_Field_${name}_${i}" type="checkbox" value="${v}"${ticked.includes(v) ? ' checked' : ''}><label for="DTE_Field_${name}_${i}">${v}</label></div>`,
        )
        .join('')}</div>`,
    )
    .replace('DTE_Field_Type_text', 'DTE_Field_Type_checkbox');

/** Editor's open lightbox around `fields` (appended to body, after the page) */
const lightbox = (title: string, fields: string, action = 'Edit', button = 'Update') =>
  `<div class="DTED DTED_Lightbox_Wrapper" style="opacity: 1; top: 0px;"><div class="DTED_Lightbox_Container"><div class="DTED_Lightbox_Content_Wrapper"><div class="DTED_Lightbox_Content" style="height: auto;"><div class="DTE DTE_Action_${action}"><div data-dte-e="head" class="DTE_Header"><div class="DTE_Header_Content">${title}</div></div><div data-dte-e="processing" class="DTE_Processing_Indicator"><span></span></div><div data-dte-e="body" class="DTE_Body"><div data-dte-e="body_content" class="DTE_Body_Content" style="max-height: 383px;"><div data-dte-e="form_info" class="DTE_Form_Info" style="display: none;"></div><form data-dte-e="form" class="" style="display: block;"><div data-dte-e="form_content" class="DTE_Form_Content">${fields}</div></form></div></div><div data-dte-e="foot" class="DTE_Footer"><div class="DTE_Footer_Content"></div><div data-dte-e="form_error" class="DTE_Form_Error" style="display: none;"></div><div data-dte-e="form_buttons" class="DTE_Form_Buttons"><button class="btn" tabindex="0">${button}</button></div></div></div><div class="DTED_Lightbox_Close"></div></div></div></div></div><div class="DTED_Lightbox_Background"><div></div></div>`;

const editorRequest = (o: { memberMulti?: boolean } = {}) =>
  `${dte('member_id', 'Member ID:', o.memberMulti ? '' : ILARIS['patient.memberId'], { multi: o.memberMulti })}${dte('dob', 'Date of birth:', ILARIS['patient.dob'], { type: 'datetime' })}${dte('weight', 'Weight (kg):', '72')}${dte('icd10', 'ICD-10 codes:', 'M04.1, M06.1')}${dte('drug', 'Drug name:', ILARIS['drug.name'])}${dte('hcpcs', 'HCPCS code:', ILARIS['drug.hcpcs'])}${dte('ndc', 'NDC:', ILARIS['drug.ndc'])}${dte('dose', 'Dose (mg):', '150')}${dte('units', 'Billing units:', '150')}${dte('freq', 'Frequency:', 'Every 4 weeks')}${dte('crp', 'CRP (mg/L):', '24')}${dte('crp_date', 'CRP collection date:', ILARIS['labs.crpDate'], { type: 'datetime' })}${dte('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'])}`;

/** the portal's list of requests the Editor edits (a DataTable of text, behind the lightbox) */
const requests = () =>
  `<h2>Prior authorization requests</h2>${dataTable(
    'requests',
    ['Request #', 'Member ID', 'Drug', 'Submitted', 'Status'],
    [
      ['PA-20931', 'U7720418853', 'Kineret (anakinra)', '06/12/2026', 'Approved'],
      ['PA-21407', ILARIS['patient.memberId'], ILARIS['drug.name'], '11/20/2026', 'Draft'],
    ],
    { n: 1 },
  )}`;

/** Editor's inline editing of one cell: the cell's text replaced by the field (its label hidden by editor.css) */
const inline = (name: string, label: string, value: string) =>
  `<div class="DTE DTE_Inline"><div class="DTE_Inline_Field">${dte(name, label, value)}</div><div class="DTE_Inline_Buttons"></div></div>`;

/** Editor's bubble editing one cell: the bubble and its background appended to body */
const bubble = (fields: string) =>
  `<div class="DTE DTE_Bubble" style="top: 412px; left: 238px;"><div class="DTE_Bubble_Liner"><div class="DTE_Bubble_Table"><div class="DTE_Header"><div class="DTE_Header_Content"></div></div><div class="DTE_Processing_Indicator"><span></span></div><div data-dte-e="form_info" class="DTE_Form_Info" style="display: none;"></div><form data-dte-e="form" class="" style="display: block;"><div data-dte-e="form_content" class="DTE_Form_Content">${fields}</div></form><div data-dte-e="form_error" class="DTE_Form_Error" style="display: none;"></div><div data-dte-e="form_buttons" class="DTE_Form_Buttons"><button class="btn" tabindex="0">Update</button></div></div><div class="DTE_Bubble_Close" title="Close"></div></div><div class="DTE_Bubble_Triangle"></div></div><div class="DTE_Bubble_Background"><div></div></div>`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** DateTime's picker open for March 1988 (the 14th selected), appended to body */
const dateTimePicker = () =>
  `<div class="dt-datetime" style="position: absolute; top: 212px; left: 318px;"><div class="dt-datetime-date" style="display: block;"><div class="dt-datetime-title"><div class="dt-datetime-iconLeft" title="Previous"><button type="button">Previous</button></div><div class="dt-datetime-iconRight" title="Next"><button type="button">Next</button></div><div class="dt-datetime-label"><span>March</span><select class="dt-datetime-month">${MONTHS.map((m, i) => `<option value="${i}"${i === 2 ? ' selected' : ''}>${m}</option>`).join('')}</select></div><div class="dt-datetime-label"><span>1988</span><select class="dt-datetime-year">${[1986, 1987, 1988, 1989, 1990].map((y) => `<option value="${y}"${y === 1988 ? ' selected' : ''}>${y}</option>`).join('')}</select></div></div><div class="dt-datetime-buttons"><a class="dt-datetime-clear"></a><a class="dt-datetime-today"></a><a class="dt-datetime-selected"></a></div><div class="dt-datetime-calendar"><table class="dt-datetime-table"><thead><tr>${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => `<th>${d}</th>`).join('')}</tr></thead><tbody><tr>${[
    13, 14, 15, 16, 17, 18, 19,
  ]
    .map(
      (d) =>
        `<td data-day="${d}" class="selectable${d === 14 ? ' selected' : ''}"><button class="dt-datetime-button dt-datetime-day" type="button" data-year="1988" data-month="2" data-day="${d}"><span>${d}</span></button></td>`,
    )
    .join(
      '',
    )}</tr></tbody></table></div></div><div class="dt-datetime-time" style="display: none;"><div class="dt-datetime-hours"></div><div class="dt-datetime-minutes"></div></div><div class="dt-datetime-error"></div></div>`;

const form = (body: string) =>
  `<main><h1>Prior authorization</h1><form id="pa" method="post">${body}<button type="submit">Submit request</button></form></main>`;

describe('DataTables 2.3 with Responsive and Editor: length select, search, column search, child rows, lightbox', () => {
  it('reads the full Ilaris request, prior therapies from a DataTable below the form', () => {
    page(form(`${requestFields()}<h2>Prior therapies</h2>${therapies()}`));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads nothing from the length select ("10 entries per page"), the search box or the paging buttons', () => {
    page(form(`${requestFields()}<h2>Prior therapies</h2>${therapies()}`));
    nothingFrom('.dt-length');
    nothingFrom('.dt-search');
    nothingFrom('.dt-paging');
  });

  // misread: WRONG VALUE: the tfoot row of column search inputs (the multi_filter example: placeholders "Drug",
  // "Dose"…, no header cells of their own) is read as the only therapy entry, its search "colch" as
  // priorTherapies.0.drug and the empty boxes as dose/start/stop/outcome, while the two text rows are dropped (a row
  // of boxes under the columns makes the text rows no entries); a filter row is skipped in a thead, not in a tfoot
  it.fails('reads the therapies and nothing from column search inputs in the tfoot, one holding a search typed', () => {
    page(form(`${requestFields()}<h2>Prior therapies</h2>${therapies({ foot: ['colch', '', '', '', ''] })}`));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('tfoot');
  });

  it('reads a scrolling table (scrollY) by its body rows, once, its header drawn apart and copied for sizing', () => {
    page(form(`${requestFields()}<h2>Prior therapies</h2>${therapies({ scrollY: '200px' })}`));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a collapsed Responsive table by its cells, hidden ones too, and no second copy from an opened child row', () => {
    page(form(`${requestFields()}<h2>Prior therapies</h2>${therapies({ hidden: [3, 4], expanded: [0] })}`));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('tr.child');
    noDuplicatePaths();
  });

  it('reads nothing from a DataTable listing past requests beside the form (member IDs, drugs)', () => {
    page(`${requests()}${form(requestFields())}`);
    expect(read()).toEqual(REQUEST);
    nothingFrom('#requests_wrapper');
  });

  it("reads the request from Editor's open lightbox and nothing from the requests table behind it", () => {
    page(`<main>${requests()}</main>${lightbox('Edit entry', editorRequest())}`);
    expect(read()).toEqual(REQUEST);
    expect(field('patient.memberId')?.label).toBe('Member ID:');
    nothingFrom('#requests_wrapper');
  });

  it('names an Editor field by its label, not its label info, field info or shown error', () => {
    page(
      `<main>${requests()}</main>${lightbox(
        'Edit entry',
        `${dte('member_id', 'Member ID:', '', { error: 'A member ID is required', labelInfo: 'As printed on the card' })}${dte('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'], { info: '10 digits, Luhn-checked' })}${dte('crp', 'CRP (mg/L):', '24')}`,
      )}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'labs.crpValue': '24' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI:');
  });

  it('reads a field showing "Multiple values" (two requests edited together) as empty, the other fields as shared', () => {
    page(`<main>${requests()}</main>${lightbox('Edit 2 entries', editorRequest({ memberMulti: true }))}`);
    expect(read()).toEqual({ ...REQUEST, 'patient.memberId': '' });
    nothingFrom('#requests_wrapper');
  });

  it("reads the therapies while Editor's inline editor is open in one cell", () => {
    const rows = THERAPY_ROWS.map((r, i) => (i === 1 ? [...r.slice(0, 4), inline('outcome', 'Outcome:', r[4]!)] : r));
    page(form(`${requestFields()}<h2>Prior therapies</h2>${dataTable('therapies', COLS, rows)}`));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  // misread: WRONG VALUE: the bubble's "Dose:" field (a popup editing the first row's Dose cell, appended to body
  // after the form) is read as a third therapy, priorTherapies.2.dose "0.6 mg twice daily"
  it.fails("reads the therapies and no second dose from Editor's bubble editing one cell at the end of body", () => {
    page(`${form(`${requestFields()}<h2>Prior therapies</h2>${therapies()}`)}${bubble(dte('dose', 'Dose:', THERAPY_ROWS[0]![1]!))}`);
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it("reads the request from Editor's lightbox and nothing from DateTime's month and year selects open at the end of body", () => {
    page(`<main>${requests()}</main>${lightbox('Edit entry', editorRequest())}${dateTimePicker()}`);
    expect(read()).toEqual(REQUEST);
    nothingFrom('.dt-datetime');
  });

  it("reads the therapies and nothing from Select's row checkboxes, one row selected", () => {
    page(form(`${requestFields()}<h2>Prior therapies</h2>${therapies({ select: [1] })}`));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('.dt-select');
  });

  it("reads Editor's checkbox field as the ticked ICD-10 codes", () => {
    page(
      `<main>${requests()}</main>${lightbox(
        'Edit entry',
        editorRequest().replace(
          dte('icd10', 'ICD-10 codes:', 'M04.1, M06.1'),
          dteCheckbox('icd10', 'ICD-10 codes:', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']),
        ),
      )}`,
    );
    expect(document.querySelectorAll('.DTE_Field_Type_checkbox input[type=checkbox]')).toHaveLength(3);
    expect(read()).toEqual(REQUEST);
  });
});
