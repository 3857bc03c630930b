import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * free-jqGrid 4.15.6-pre (free-jqgrid/jqGrid at c97869a; guiStyle "jQueryUI", locale grid.locale-en.js), the prior
 * therapies of a jQuery UI request page as a grid:
 * - js/grid.base.js: `div#gbox_<id>.ui-jqgrid` > `div#lui_<id>` overlay, `div#load_<id>` "Loading...",
 *   `div#gview_<id>.ui-jqgrid-view[role=grid]` > caption bar (`span.ui-jqgrid-title`), `div.ui-jqgrid-hdiv` >
 *   `div.ui-jqgrid-hbox` > `table.ui-jqgrid-htable[role=presentation]` (`tr.ui-jqgrid-labels[role=row]` >
 *   `th#<id>_<col>.ui-th-column` > resizer span + `div#jqgh_<id>_<col>[role=columnheader]` + hidden `span.s-ico`),
 *   and `div.ui-jqgrid-bdiv` > `table#<id>.ui-jqgrid-btable[role=presentation]` apart from it: its first row
 *   `tr.jqgfirstrow` of empty cells sizing the columns, then `tr.jqgrow[role=row][id]` >
 *   `td[role=gridcell][title][aria-describedby=<id>_<col>]`; multiselect adds `td.td_cbox` >
 *   `input.cbox#jqg_<id>_<rowid>`, hidden columns `style="display:none"`.
 * - pager (grid.base.js): `div.ui-pager-control[role=group]` > `table.ui-pg-table` with the nav buttons
 *   (`td.ui-pg-button`), "Page [input.ui-pg-input] of <span>", `select.ui-pg-selbox[title="Records per Page"]`,
 *   `div.ui-paging-info` "View 1 - 2 of 2".
 * - js/grid.custom.js filterToolbar: `tr.ui-search-toolbar[role="row form"]` in the header table, each
 *   `th[role=gridcell]` > div > `table.ui-search-table` > operator, `input[role=search][name][id=gs_<col>]`, and a
 *   clear link "x" titled "Reset Search Value <column>".
 * - js/grid.inlinedit.js editRow + grid.common.js createEl: the row gets `editable="1"`, `ui-state-highlight`,
 *   each cell `input[type=text][role=textbox].editable#<rowid>_<col>[name=<col>]` sized 100%.
 * - js/grid.formedit.js editGridRow + grid.common.js createModal: `div#editmod<id>.ui-jqdialog[role=dialog]
 *   [aria-labelledby=edithd<id>][aria-hidden]` inserted before the gbox, its title bar "Edit Record"/"Add Record",
 *   `form#FrmGrid_<id>.FormGrid` > `table#TblGrid_<id>.EditTable` > hidden `tr#FormError`, hidden `tr.tinfo`,
 *   `tr#tr_<col>.FormData` > `td.CaptionTD` + `td.DataTD` > `input.FormElement#<col>`, a hidden `tr.FormData`
 *   holding `input#id_g` (the row id), then the footer buttons (`a.fm-button[role=button]`); closed (jqmHide) it
 *   stays with `display: none` and `aria-hidden="true"`, still holding the last row edited.
 */

const cols = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
const titles = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];

type Grid = { multiselect?: boolean; toolbar?: Record<string, string>; editing?: number; pageSize?: string };

function grid(o: Grid = {}): string {
  const all: string[] = [...(o.multiselect ? ['cb'] : []), ...cols];
  const head = all
    .map((c, i) =>
      c === 'cb'
        ? `<th id="therapies_cb" class="ui-th-column ui-th-ltr ui-state-default jqgh_cbox" style="width: 20px;"><div id="jqgh_therapies_cb" role="columnheader"><input id="cb_therapies" class="cbox" type="checkbox" aria-checked="false"><span class="s-ico" style="display:none"><span class="ui-grid-ico-sort ui-icon-asc ui-sort-ltr ui-disabled ui-icon ui-icon-triangle-1-n"></span><span class="ui-grid-ico-sort ui-icon-desc ui-sort-ltr ui-disabled ui-icon ui-icon-triangle-1-s"></span></span></div></th>`
        : `<th id="therapies_${c}" class="ui-th-column ui-th-ltr ui-state-default" style="width: 140px;"><span class="ui-jqgrid-resize ui-jqgrid-resize-ltr" style="cursor: col-resize;">&nbsp;</span><div id="jqgh_therapies_${c}" role="columnheader" class="ui-jqgrid-sortable">${titles[i - (o.multiselect ? 1 : 0)]}<span class="s-ico" style="display:none"><span class="ui-grid-ico-sort ui-icon-asc ui-sort-ltr ui-disabled ui-icon ui-icon-triangle-1-n"></span><span class="ui-grid-ico-sort ui-icon-desc ui-sort-ltr ui-disabled ui-icon ui-icon-triangle-1-s"></span></span></div></th>`,
    )
    .join('');
  const search = o.toolbar
    ? `<tr class="ui-search-toolbar" role="row form">${all
        .map((c, i) =>
          c === 'cb'
            ? `<th class="ui-th-column ui-th-ltr ui-state-default" role="gridcell" aria-describedby="therapies_cb"><div></div></th>`
            : `<th class="ui-th-column ui-th-ltr ui-state-default" role="gridcell" aria-describedby="therapies_${c}"><div><table class="ui-search-table"><tbody><tr><td class="ui-search-oper" style="display: none;"></td><td class="ui-search-input"><input role="search" type="text" class="ui-widget-content" name="${c}" id="gs_${c}" value="${o.toolbar![c] ?? ''}" style="width: 100%; padding: 0px;"></td><td class="ui-search-clear" style="width:1px"><a title="Reset Search Value ${titles[i - (o.multiselect ? 1 : 0)]}" aria-label="Reset Search Value ${titles[i - (o.multiselect ? 1 : 0)]}" class="clearsearchclass"><span>x</span></a></td></tr></tbody></table></div></th>`,
        )
        .join('')}</tr>`
    : '';
  const first = `<tr class="ui-widget-content jqgfirstrow ui-row-ltr" role="row" style="height:auto">${all.map(() => '<td role="gridcell" style="height:0px;width:140px;"></td>').join('')}</tr>`;
  const rows = THERAPY_ROWS.map((r, i) => {
    const id = i + 1;
    const editing = o.editing === id;
    const cb = o.multiselect
      ? `<td role="gridcell" style="text-align:center;" class="td_cbox" aria-describedby="therapies_cb"><input type="checkbox" id="jqg_therapies_${id}" class="cbox" name="jqg_therapies_${id}" aria-checked="false"></td>`
      : '';
    const cells = r
      .map((v, j) =>
        editing
          ? `<td role="gridcell" style="" aria-describedby="therapies_${cols[j]}"><input type="text" id="${id}_${cols[j]}" name="${cols[j]}" role="textbox" class="editable" style="width: 100%; box-sizing: border-box;" value="${v}"></td>`
          : `<td role="gridcell" style="" title="${v}" aria-describedby="therapies_${cols[j]}">${v}</td>`,
      )
      .join('');
    return `<tr role="row" id="${id}" tabindex="${editing ? 0 : -1}" class="ui-widget-content jqgrow ui-row-ltr${editing ? ' ui-state-highlight' : ''}"${editing ? ' editable="1" aria-selected="true"' : ''}>${cb}${cells}</tr>`;
  }).join('');
  const size = o.pageSize ?? '10';
  const pager = `<div id="therapiesPager" class="ui-jqgrid-pager ui-state-default ui-corner-bottom" dir="ltr"><div id="pg_therapiesPager" class="ui-pager-control" role="group"><table class="ui-pg-table" style="width:100%;table-layout:fixed;height:100%;"><tbody><tr><td id="therapiesPager_left" class="ui-jqgrid-pg-left"><table class="ui-pg-table navtable"><tbody><tr><td class="ui-pg-button ui-corner-all" title="Add new row" id="add_therapies"><div class="ui-pg-div"><span class="ui-icon ui-icon-plus"></span></div></td><td class="ui-pg-button ui-corner-all" title="Edit selected row" id="edit_therapies"><div class="ui-pg-div"><span class="ui-icon ui-icon-pencil"></span></div></td><td class="ui-pg-button ui-corner-all" title="Delete selected row" id="del_therapies"><div class="ui-pg-div"><span class="ui-icon ui-icon-trash"></span></div></td></tr></tbody></table></td><td id="therapiesPager_center" class="ui-jqgrid-pg-center"><table class="ui-pg-table ui-common-table ui-paging-pager"><tbody><tr><td role="button" tabindex="0" id="first_therapiesPager" class="ui-pg-button ui-corner-all ui-state-disabled" title="First Page"><span class="ui-icon ui-icon-seek-first"></span></td><td role="button" tabindex="0" id="prev_therapiesPager" class="ui-pg-button ui-corner-all ui-state-disabled" title="Previous Page"><span class="ui-icon ui-icon-seek-prev"></span></td><td class="ui-pg-button ui-state-disabled" style="cursor: default;"><span class="ui-separator"></span></td><td dir="ltr">Page <input aria-label="Page No." class="ui-pg-input ui-widget-content" type="text" size="2" maxlength="7" value="1"> of <span id="sp_1_therapiesPager">1</span></td><td class="ui-pg-button ui-state-disabled" style="cursor: default;"><span class="ui-separator"></span></td><td role="button" tabindex="0" id="next_therapiesPager" class="ui-pg-button ui-corner-all ui-state-disabled" title="Next Page"><span class="ui-icon ui-icon-seek-next"></span></td><td role="button" tabindex="0" id="last_therapiesPager" class="ui-pg-button ui-corner-all ui-state-disabled" title="Last Page"><span class="ui-icon ui-icon-seek-end"></span></td><td dir="ltr"><select class="ui-pg-selbox ui-widget-content" title="Records per Page">${[
    '10',
    '20',
    '30',
  ]
    .map((n) => `<option value="${n}"${n === size ? ' selected="selected"' : ''}>${n}</option>`)
    .join(
      '',
    )}</select></td></tr></tbody></table></td><td id="therapiesPager_right" class="ui-jqgrid-pg-right"><div dir="ltr" style="text-align:right" class="ui-paging-info">View 1 - 2 of 2</div></td></tr></tbody></table></div></div>`;
  return `<div id="gbox_therapies" class="ui-jqgrid ui-jqgrid-jquery-ui ui-widget ui-widget-content ui-corner-all" dir="ltr" style="width: 752px;"><div class="jqgrid-overlay ui-widget-overlay" id="lui_therapies"></div><div class="loading ui-state-default ui-state-active" id="load_therapies" style="display: none;">Loading...</div><div class="ui-jqgrid-view" role="grid" aria-multiselectable="${!!o.multiselect}" id="gview_therapies" style="width: 752px;"><div class="ui-jqgrid-titlebar ui-jqgrid-caption ui-widget-header ui-corner-top ui-helper-clearfix"><a role="link" class="ui-jqgrid-titlebar-close HeaderButton ui-corner-all" title="Toggle Expand Collapse Grid"><span class="ui-jqgrid-headlink ui-icon ui-icon-circle-triangle-n"></span></a><span class="ui-jqgrid-title">Prior therapies</span></div><div class="ui-jqgrid-hdiv ui-state-default ui-corner-top" style="width: 752px;"><div class="ui-jqgrid-hbox"><table class="ui-jqgrid-htable ui-common-table" style="width: 752px;" role="presentation" aria-labelledby="gbox_therapies"><thead><tr class="ui-jqgrid-labels" role="row">${head}</tr>${search}</thead></table></div></div><div class="ui-jqgrid-bdiv" style="height: auto; width: 752px;"><div style="position: relative;"><div></div><table id="therapies" tabindex="0" role="presentation" aria-multiselectable="${!!o.multiselect}" aria-labelledby="gbox_therapies" class="ui-jqgrid-btable ui-common-table" style="width: 752px;"><tbody>${first}${rows}</tbody></table></div></div></div>${pager}</div>`;
}

/** the form-edit dialog (editGridRow), shown or closed (jqmHide), holding `values` */
function editDialog(caption: string, values: readonly string[], open: boolean, rowid: string): string {
  const fields = cols
    .map(
      (c, j) =>
        `<tr data-rowpos="${j + 1}" class="FormData" id="tr_${c}"><td class="CaptionTD">${titles[j]}</td><td class="DataTD">&nbsp;<input type="text" id="${c}" name="${c}" role="textbox" class="FormElement ui-widget-content ui-corner-all" value="${values[j] ?? ''}"></td></tr>`,
    )
    .join('');
  return `<div class="ui-jqdialog ui-jqgrid-jquery-ui ui-widget ui-widget-content ui-corner-all ui-front" id="editmodtherapies" dir="ltr" tabindex="-1" role="dialog" aria-labelledby="edithdtherapies" aria-hidden="${!open}" style="width: 360px; height: auto; z-index: 950; overflow: hidden; top: 120px; left: 240px;${open ? ' display: block;' : ' display: none;'}"><div role="document"><div><div class="ui-jqdialog-titlebar ui-jqdialog-titlebar-ltr ui-widget-header ui-dialog-titlebar ui-corner-all ui-helper-clearfix" id="edithdtherapies" style="cursor: move;"><span class="ui-jqdialog-title">${caption}</span><a aria-label="Close" class="ui-jqdialog-titlebar-close ui-corner-all"><span class="ui-icon ui-icon-closethick"></span></a></div><div class="ui-jqdialog-content ui-widget-content" id="editcnttherapies"><div><form name="FormPost" id="FrmGrid_therapies" class="FormGrid" onsubmit="return false;" style="width:auto;overflow:auto;position:relative;height:auto;"><table id="TblGrid_therapies" class="EditTable"><tbody><tr id="FormError" style="display:none"><td class="ui-state-error" colspan="2">&nbsp;</td></tr><tr style="display:none" class="tinfo"><td class="topinfo" colspan="2">&nbsp;</td></tr>${fields}<tr class="FormData" style="display:none"><td class="CaptionTD">&nbsp;</td><td colspan="1" class="DataTD"><input class="FormElement" id="id_g" type="text" name="therapies_id" value="${rowid}"></td></tr></tbody></table></form><div class=""><table class="EditTable" id="TblGrid_therapies_2"><tbody><tr><td colspan="2"><hr class="ui-widget-content" style="margin:1px"></td></tr><tr id="Act_Buttons"><td class="navButton navButton-ltr"><a id="pData" class="fm-button ui-state-default ui-corner-left" role="button" tabindex="0"><span class="fm-button-icon ui-icon ui-icon-triangle-1-w"></span></a><a id="nData" class="fm-button ui-state-default ui-corner-right" role="button" tabindex="0"><span class="fm-button-icon ui-icon ui-icon-triangle-1-e"></span></a></td><td class="EditButton EditButton-ltr"><a id="sData" class="fm-button ui-state-default ui-corner-all fm-button-icon-left" role="button" tabindex="0"><span class="fm-button-icon ui-icon ui-icon-disk"></span><span class="fm-button-text">Submit</span></a>&nbsp;<a id="cData" class="fm-button ui-state-default ui-corner-all fm-button-icon-left" role="button" tabindex="0"><span class="fm-button-icon ui-icon ui-icon-close"></span><span class="fm-button-text">Cancel</span></a></td></tr></tbody></table></div></div></div></div></div></div>`;
}

/** the searchGrid dialog (grid.formedit.js searchGrid + grid.filter.js): one rule "Drug begins with anakinra" */
const searchDialog = (open: boolean) =>
  `<div class="ui-jqdialog ui-jqgrid-jquery-ui ui-widget ui-widget-content ui-corner-all ui-front" id="searchmodfbox_therapies" dir="ltr" tabindex="-1" role="dialog" aria-labelledby="searchhdfbox_therapies" aria-hidden="${!open}" style="width: 450px; height: auto; z-index: 950; overflow: hidden; top: 80px; left: 200px;${open ? ' display: block;' : ' display: none;'}"><div role="document"><div><div class="ui-jqdialog-titlebar ui-jqdialog-titlebar-ltr ui-widget-header ui-dialog-titlebar ui-corner-all ui-helper-clearfix" id="searchhdfbox_therapies"><span class="ui-jqdialog-title">Search...</span><a aria-label="Close" class="ui-jqdialog-titlebar-close ui-corner-all"><span class="ui-icon ui-icon-closethick"></span></a></div><div class="ui-jqdialog-content ui-widget-content" id="searchcntfbox_therapies"><div id="fbox_therapies" class="searchFilter" style="overflow:auto"><table class="group ui-widget ui-widget-content ui-search-table" style="border:0px none;"><tbody><tr class="error" style="display:none;"><th colspan="5" class="ui-state-error" align="left"></th></tr><tr><th colspan="5" align="left"><select class="opsel ui-corner-all"><option value="AND" selected="selected">all</option><option value="OR">any</option></select><input type="button" value="+" title="Add rule" class="add-rule ui-add ui-corner-all"></th></tr><tr><td class="first"></td><td class="columns"><select class="selectLabel ui-corner-all">${titles
    .map((t, j) => `<option value="${cols[j]}"${j === 0 ? ' selected="selected"' : ''}>${t}</option>`)
    .join(
      '',
    )}</select></td><td class="operators"><select class="selectopts ui-corner-all"><option value="eq">equal</option><option value="ne">not equal</option><option value="bw" selected="selected">begins with</option><option value="cn">contains</option></select></td><td class="data"><input type="text" role="textbox" class="input-elm ui-corner-all" style="width: 100%;" value="anakinra"></td><td><input type="button" value="-" title="Delete rule" class="delete-rule ui-del ui-corner-all"></td></tr></tbody></table></div><table class="EditTable" style="border:0px none;margin-top:5px" id="fbox_therapies_2"><tbody><tr><td colspan="2"><hr class="ui-widget-content" style="margin:1px"></td></tr><tr><td class="EditButton EditButton-ltr" style="float:left;"><a id="fbox_therapies_reset" class="fm-button ui-state-default ui-corner-all fm-button-icon-left" role="button" tabindex="0"><span class="fm-button-icon ui-icon ui-icon-arrowreturnthick-1-w"></span><span class="fm-button-text">Reset</span></a></td><td class="EditButton EditButton-ltr"><a id="fbox_therapies_search" class="fm-button ui-state-default ui-corner-all fm-button-icon-right" role="button" tabindex="0"><span class="fm-button-icon ui-icon ui-icon-search"></span><span class="fm-button-text">Find</span></a></td></tr></tbody></table></div></div></div></div>`;

const box = (id: string, label: string, value: string) =>
  `<div class="field"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" class="ui-widget-content ui-corner-all" value="${value}"></div>`;
const fieldset = (legend: string, body: string) =>
  `<fieldset class="ui-widget ui-widget-content ui-corner-all"><legend class="ui-widget-header ui-corner-all">${legend}</legend>${body}</fieldset>`;
/** the request page around the grid (and anything drawn before the gbox: a form-edit dialog) */
const requestPage = (gridHtml: string, beforeGrid = '') =>
  `<form id="paRequest" method="post" action="/pa/submit">${fieldset(
    'Member',
    `${box('memberId', 'Member ID', ILARIS['patient.memberId'])}${box('dob', 'Date of birth', ILARIS['patient.dob'])}${box('weight', 'Weight (kg)', '72')}`,
  )}${fieldset(
    'Medication',
    `${box('drugName', 'Drug name', ILARIS['drug.name'])}${box('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${box('ndc', 'NDC', ILARIS['drug.ndc'])}${box('dose', 'Dose (mg)', '150')}${box('units', 'Billing units', '150')}`,
  )}${fieldset('Diagnosis', box('icd10', 'ICD-10 codes', 'M04.1, M06.1'))}${fieldset(
    'Labs',
    `${box('crp', 'CRP (mg/L)', '24')}${box('crpDate', 'CRP date', ILARIS['labs.crpDate'])}`,
  )}${fieldset('Prescriber', box('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}<h3>Prior therapies</h3>${beforeGrid}${gridHtml}<button type="submit" class="ui-button ui-corner-all ui-widget">Submit request</button></form>`;
const WHOLE = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1' };

describe('free-jqGrid 4.15: grid rows, inline editing, form-edit dialog, filter toolbar, pager', () => {
  it('reads the full Ilaris request, the therapies from the grid rows under its detached header table', () => {
    page(requestPage(grid()));
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('reads the therapies and nothing from the pager: its page box, page-size select and nav buttons', () => {
    page(requestPage(grid({ pageSize: '20' })));
    nothingFrom('.ui-jqgrid-pager');
    expect(read()).toEqual(WHOLE);
  });

  it('reads nothing from the filter toolbar row, a search typed in its Drug box included', () => {
    page(requestPage(grid({ toolbar: { drug: 'anakinra', outcome: 'Inj' } })));
    nothingFrom('.ui-search-toolbar');
    expect(read()).toEqual(WHOLE);
  });

  it('reads a row open in inline editing as its therapy, in its place among the rows of text', () => {
    page(requestPage(grid({ editing: 2 })));
    expect(read()).toEqual(WHOLE);
    noDuplicatePaths();
  });

  it('reads the therapies of a multiselect grid, its row and select-all checkboxes naming nothing', () => {
    page(requestPage(grid({ multiselect: true, toolbar: {} })));
    nothingFrom('td.td_cbox');
    nothingFrom('.ui-jqgrid-htable');
    expect(read()).toEqual(WHOLE);
  });

  it('reads nothing from a closed form-edit dialog still holding the last therapy edited and its hidden id row', () => {
    page(requestPage(grid(), editDialog('Edit Record', THERAPY_ROWS[1]!, false, '2')));
    nothingFrom('#editmodtherapies');
    expect(read()).toEqual(WHOLE);
  });

  it('reads no third therapy from the form-edit dialog open over the grid editing therapy 2', () => {
    page(requestPage(grid(), editDialog('Edit Record', THERAPY_ROWS[1]!, true, '2')));
    expect(Object.keys(read()).filter((p) => p.startsWith('priorTherapies.2.'))).toEqual([]);
    noDuplicatePaths();
    expect(read()).toEqual(WHOLE);
  });

  it('reads the request behind an empty Add Record dialog open over the grid', () => {
    page(requestPage(grid(), editDialog('Add Record', [], true, '_empty')));
    expect(Object.entries(read()).filter(([p, v]) => p.startsWith('priorTherapies.2.') && v)).toEqual([]);
    expect(read()).toMatchObject(WHOLE);
  });

  it('reads the request and nothing from an empty grid: its toolbar, its pager and "No records to view"', () => {
    const empty = grid({ toolbar: {} })
      .replace(/<tr role="row" id="\d"[^]*?<\/tr>/g, '')
      .replace('View 1 - 2 of 2', 'No records to view');
    page(requestPage(empty));
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('#gbox_therapies');
  });

  it('reads nothing from the search dialog open over the grid: its column and operator selects and "anakinra"', () => {
    page(`${requestPage(grid())}${searchDialog(true)}`);
    nothingFrom('#searchmodfbox_therapies');
    expect(read()).toEqual(WHOLE);
  });
});
