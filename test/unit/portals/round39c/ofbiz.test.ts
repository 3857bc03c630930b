import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Apache OFBiz (apache/ofbiz-framework) form widgets as its FreeMarker macros render them:
 * themes/common-theme/template/macro/HtmlFormMacroLibrary.ftl at c30252e (renderFormOpen `form.basic-form` POST;
 * renderFormatSingleWrapperOpen `table[cellspacing=0].basic-table`, a `tr` per field: `td.label` > renderFieldTitle
 * `label[for=<form>_<field>][id=<form>_<field>_title]`, then the widget `td`; renderTextField; renderDateTimeField
 * (`span.view-calendar` > the visible `input[name=<f>_i18n][id=<id>_i18n][title=Format…]` + the hidden store
 * `input.date-time-picker[name=<f>][id=<id>]`, the `for` pointing at the hidden one; with a time dropdown, hour and
 * minute selects; the composite-type hidden input); renderDropDownField (`span.ui-widget` > select); renderLookupField
 * (`span.field-lookup` > input); renderTextFindField (operator select, value box, "Ignore Case" checkbox);
 * renderFormatListWrapperOpen `table.basic-table.form-widget-table.dark-grid` with `tr.header-row` of `td` titles for
 * list and multi forms, the row-submit column titled by renderHyperlinkTitle showSelectAll="Y" ("Select" + a select-all
 * checkbox named after the form: MacroFormRenderer.renderFieldTitle); renderAsterisks "*" after a required widget; renderTooltip `span.tooltip`; renderNextPrev's `div.nav-pager` with its page box and page-size select), and
 * themes/common-theme/webapp/common-theme/js/util/fieldlookup.js at b87ff9e (Lookup._modifyContainer renames the
 * lookup input to `<n>_lookupId_<id>`, so its label's `for` no longer matches, and appends `a#<n>_lookupId_button` and
 * the dialog div, which jQuery UI's dialog moves to the end of body as `div.ui-dialog[role=dialog]`, hidden until opened,
 * with a `ui-widget-overlay` when modal; its content is the lookup screen's find form and results list). Screenlets as
 * the common theme draws them (`div.screenlet` > `div.screenlet-title-bar` > `ul` > `li.h3`, `div.screenlet-body`).
 */

const F = 'EditPaRequest';
const row = (name: string, title: string, widget: string, o: { required?: boolean; tooltip?: string } = {}) =>
  `<tr><td class="label"><label for="${F}_${name}" id="${F}_${name}_title">${title}</label></td><td>${widget}${o.required ? '*' : ''}${o.tooltip ? `<span class="tooltip">${o.tooltip}</span>` : ''}</td></tr>`;
const text = (name: string, value: string, size = 25, form = F) =>
  `<input type="text" name="${name}" value="${value}" size="${size}" maxlength="60" id="${form}_${name}" autocomplete="off">`;
const date = (name: string, value: string, form = F, time = false) =>
  `<span class="view-calendar"><input type="text" name="${name}_i18n" title="Format: yyyy-MM-dd" value="${value}" size="10" maxlength="10" id="${form}_${name}_i18n" class="hasDatepicker"><input type="hidden" name="${name}" class="date-time-picker" title="Format: yyyy-MM-dd" value="${value}" size="10" maxlength="10" data-shortdate="${!time}" id="${form}_${name}">${
    time
      ? `<select name="${name}_c_hour" class="selectBox">${[...Array(24).keys()].map((h) => `<option value="${h}"${h === 9 ? ' selected="selected"' : ''}>${h}</option>`).join('')}</select>:<select name="${name}_c_minutes" class="selectBox">${['00', '15', '30', '45'].map((m) => `<option value="${m}"${m === '30' ? ' selected="selected"' : ''}>${m}</option>`).join('')}</select>`
      : ''
  }<input type="hidden" name="${name}_c_compositeType" value="Timestamp"></span>`;
const dropdown = (name: string, options: [string, string][], chosen: string[], multiple = false, form = F) =>
  `<span class="ui-widget"><select name="${name}" id="${form}_${name}"${multiple ? ' multiple="multiple" size="3"' : ''}><option value="">&nbsp;</option>${options
    .map(([k, d]) => `<option${chosen.includes(k) ? ' selected="selected"' : ''} value="${k}">${d}</option>`)
    .join('')}</select></span>`;
/** a lookup field after fieldlookup.js ran: input renamed, the button and the (moved) dialog div's place */
const lookup = (name: string, value: string, n: number, description = '') =>
  `<span class="field-lookup"><input type="text" name="${name}" value="${value}" size="20" maxlength="20" id="${n}_lookupId_${F}_${name}" data-lookup-ajax-enabled="true" data-lookup-presentation="layer" data-lookup-request-url="LookupProduct" data-lookup-form-name="${F}" data-lookup-optional-target="" data-lookup-width="640" data-lookup-height="500" data-lookup-position="topleft" data-lookup-modal="true" data-lookup-show-description="true" data-lookup-default-minlength="2" data-lookup-default-delay="300" data-lookup-args="" data-lookup-ajax-url="${F}_${name},LookupProduct,ajaxLookup=Y&amp;searchValueFieldName=${name}" class="ui-autocomplete-input" autocomplete="off"><a href="javascript:void(0);" id="${n}_lookupId_button"></a>${description ? `<span class="tooltip">${description}</span>` : ''}</span>`;
const screenlet = (title: string, body: string) =>
  `<div class="screenlet"><div class="screenlet-title-bar"><ul><li class="h3">${title}</li></ul><br class="clear"></div><div class="screenlet-body">${body}</div></div>`;
const form = (name: string, rows: string, submit = 'Create') =>
  `<form method="post" action="/pa/control/createPaRequest" class="basic-form requireValidation" onsubmit="javascript:submitFormDisableSubmits(this)" name="${name}"><table cellspacing="0" class="basic-table">${rows}<tr><td class="label">&nbsp;</td><td colspan="4"><input type="submit" class="smallSubmit" name="submitButton" value="${submit}"></td></tr></table></form>`;
/** jQuery UI's datepicker div and the lookup autocompleter's menu and live region, at the end of body */
const TAIL =
  '<div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="display: none;"></div><ul id="ui-id-2" tabindex="0" class="ui-menu ui-widget ui-widget-content ui-autocomplete ui-front" style="display: none;"></ul><div role="status" aria-live="assertive" aria-relevant="additions" class="ui-helper-hidden-accessible"></div>';
const app = (content: string, tail = TAIL) =>
  `<div id="wait-spinner" style="display: none;"></div><div class="page-container"><div id="masthead"><ul><li class="logo-area"><a href="/pa/control/main" title="PA"></a></li></ul></div><div id="app-navigation"><h2>Prior Authorization</h2><ul><li><ul><li class="selected"><a href="/pa/control/EditPaRequest">New Request</a></li><li><a href="/pa/control/FindPaRequests">Find Requests</a></li></ul></li></ul></div><div id="content-main-section" class="leftonly"><div id="centerdiv" class="no-clear">${content}</div></div></div>${tail}`;

const DRUGS: [string, string][] = [
  ['ILARIS', 'Ilaris (canakinumab)'],
  ['KINERET', 'Kineret (anakinra)'],
];
const FREQ: [string, string][] = [
  ['Q4W', 'Every 4 weeks'],
  ['Q8W', 'Every 8 weeks'],
  ['ONCE', 'Once'],
];
const CODES: [string, string][] = ['M04.1', 'M06.1', 'M04.8'].map((c) => [c, c]);

const REQUEST_ROWS = [
  row('memberId', 'Member ID', text('memberId', ILARIS['patient.memberId']), { required: true }),
  row('birthDate', 'Date of birth', date('birthDate', ISO_REQUEST['patient.dob']), { required: true }),
  row('weightKg', 'Weight (kg)', text('weightKg', ILARIS['patient.weight'], 6)),
  row('icd10Codes', 'ICD-10 codes', dropdown('icd10Codes', CODES, ['M04.1', 'M06.1'], true)),
  row('drugName', 'Drug name', dropdown('drugName', DRUGS, ['ILARIS'])),
  row('hcpcsCode', 'HCPCS code', lookup('hcpcsCode', ILARIS['drug.hcpcs'], 0)),
  row('ndc', 'NDC', text('ndc', ILARIS['drug.ndc']), { tooltip: '11 digits, 5-4-2' }),
  row('doseMg', 'Dose (mg)', text('doseMg', ILARIS['drug.dose'], 6)),
  row('billingUnits', 'Billing units', text('billingUnits', ILARIS['drug.units'], 6)),
  row('frequency', 'Frequency', dropdown('frequency', FREQ, ['Q4W'])),
  row('crpMgL', 'CRP (mg/L)', text('crpMgL', ILARIS['labs.crpValue'], 6)),
  row('crpDate', 'CRP collection date', date('crpDate', ISO_REQUEST['labs.crpDate'])),
  row('prescriberNpi', 'Prescriber NPI', text('prescriberNpi', ILARIS['prescriber.npi']), { required: true }),
];

/** the prior therapies as a multi form: hidden row-submit bookkeeping, header row of td titles, a select-all box */
const therapies = (rows: readonly (readonly string[])[]) => {
  const M = 'EditPriorTherapies';
  const keys = ['drugName', 'dose', 'fromDate', 'thruDate', 'outcome'];
  const head = `<tr class="header-row"><td><label for="${M}_drugName" id="${M}_drugName_title">Drug</label></td><td><label for="${M}_dose" id="${M}_dose_title">Dose</label></td><td><label for="${M}_fromDate" id="${M}_fromDate_title">Start date</label></td><td><label for="${M}_thruDate" id="${M}_thruDate_title">Stop date</label></td><td><label for="${M}_outcome" id="${M}_outcome_title">Outcome</label></td><td>Select<br><input type="checkbox" name="${M}" value="Y" class="selectAll"></td></tr>`;
  const body = rows
    .map(
      (r, i) =>
        `<tr${i % 2 ? ' class="alternate-row"' : ''}>${r
          .map((v, c) => `<td>${c === 2 || c === 3 ? date(`${keys[c]}_o_${i}`, v, M) : text(`${keys[c]}_o_${i}`, v, 20, M)}</td>`)
          .join(
            '',
          )}<td><input type="hidden" name="priorTherapyId_o_${i}" value="PT100${i}"><input type="checkbox" name="_rowSubmit_o_${i}" value="Y" checked="checked"></td></tr>`,
    )
    .join('');
  return `<form method="post" action="/pa/control/updatePriorTherapies" class="basic-form" onsubmit="javascript:submitFormDisableSubmits(this)" name="${M}"><input type="hidden" name="_useRowSubmit" value="Y"><input type="hidden" name="VIEW_INDEX_1" value="0"><input type="hidden" name="VIEW_SIZE_1" value="20"><table cellspacing="0" class="basic-table form-widget-table dark-grid"><thead>${head}</thead>${body}<tr><td colspan="6"><input type="submit" class="smallSubmit" name="submitButton" value="Update"></td></tr></table></form>`;
};
const ISO_ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]),
);
const SINGLE = screenlet('New PA Request', form(F, REQUEST_ROWS.join('')));
const FULL = SINGLE + screenlet('Prior Therapies', therapies(ISO_ROWS));

describe('Apache OFBiz form widgets: single form table, date-time, drop-down, lookup; multi form; find form and list', () => {
  it('reads the full Ilaris request, prior therapies from the multi form', () => {
    page(app(FULL));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it("reads a date-time field's visible box, named by the label whose for points at the hidden store input", () => {
    page(app(screenlet('New PA Request', form(F, REQUEST_ROWS[1]! + REQUEST_ROWS[11]!))));
    expect(read()).toEqual({ 'patient.dob': ISO_REQUEST['patient.dob'], 'labs.crpDate': ISO_REQUEST['labs.crpDate'] });
    nothingFrom('input[type=hidden]');
  });

  it('reads a lookup field renamed by fieldlookup.js by its label cell, and not its description tooltip as a value', () => {
    page(
      app(
        screenlet(
          'New PA Request',
          form(
            F,
            row('hcpcsCode', 'HCPCS code', lookup('hcpcsCode', ILARIS['drug.hcpcs'], 0, 'Ilaris 150 mg/mL vial')) + REQUEST_ROWS[12]!,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.hcpcs': ILARIS['drug.hcpcs'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('drug.hcpcs')?.label).toBe('HCPCS code');
  });

  it("reads the request behind an open lookup dialog, nothing from the lookup's find form and results", () => {
    const lookupScreen =
      screenlet(
        'Lookup Product',
        `<form method="post" action="/pa/control/LookupProduct" class="basic-form" onsubmit="javascript:submitFormDisableSubmits(this)" name="lookupProduct"><input type="hidden" name="noConditionFind" value="Y"><table cellspacing="0" class="basic-table"><tr><td class="label"><label for="lookupProduct_productId" id="lookupProduct_productId_title">Product ID</label></td><td><input type="hidden" name="productId_op" value="contains"><input type="text" name="productId" size="25"><input type="hidden" name="productId_ic" value="Y"></td></tr><tr><td class="label"><label for="lookupProduct_internalName" id="lookupProduct_internalName_title">Internal Name</label></td><td><input type="hidden" name="internalName_op" value="contains"><input type="text" name="internalName" value="Kineret" size="25"><input type="hidden" name="internalName_ic" value="Y"></td></tr><tr><td class="label">&nbsp;</td><td colspan="4"><input type="submit" class="smallSubmit" name="submitButton" value="Find"></td></tr></table></form>`,
      ) +
      screenlet(
        'Search Results',
        '<table cellspacing="0" class="basic-table form-widget-table dark-grid"><thead><tr class="header-row"><td>Product ID</td><td>Internal Name</td><td>Product Type</td></tr></thead><tr><td><a href="javascript:set_value(\'J8999\')" class="buttontext">J8999</a></td><td>Kineret (anakinra) 100 mg syringe</td><td>Finished Good</td></tr></table>',
      );
    const dialog = `<div class="ui-widget-overlay ui-front" style="z-index: 100;"></div><div tabindex="-1" role="dialog" class="ui-dialog ui-corner-all ui-widget ui-widget-content ui-front ui-draggable ui-resizable" aria-describedby="0_lookupId" aria-labelledby="ui-id-1" style="position: absolute; height: 500px; width: 640px; top: 60px; left: 10px; display: block; z-index: 101;"><div class="ui-dialog-titlebar ui-corner-all ui-widget-header ui-helper-clearfix ui-draggable-handle"><span id="ui-id-1" class="ui-dialog-title">&nbsp;</span><button type="button" class="ui-button ui-corner-all ui-widget ui-button-icon-only ui-dialog-titlebar-close" title="Close"><span class="ui-button-icon ui-icon ui-icon-closethick"></span><span class="ui-button-icon-space"> </span>Close</button></div><div id="0_lookupId" title="" class="ui-dialog-content ui-widget-content" style="width: auto; min-height: 0px; max-height: none; height: 441px;">${lookupScreen}</div></div>`;
    page(app(SINGLE, TAIL + dialog));
    expect(read()).toEqual(ISO_REQUEST);
    nothingFrom('.ui-dialog');
  });

  it("reads the multi form's rows under its header titles, nothing from the row-submit and select-all boxes", () => {
    page(app(screenlet('Prior Therapies', therapies(ISO_ROWS))));
    expect(read()).toEqual(ISO_THERAPIES);
    nothingFrom('input[type=checkbox]');
  });

  it('reads a date-time field with a time dropdown as its date, nothing from the hour and minute selects', () => {
    page(
      app(
        screenlet(
          'New PA Request',
          form(F, row('crpDate', 'CRP collection date', date('crpDate', ISO_REQUEST['labs.crpDate'], F, true)) + REQUEST_ROWS[12]!),
        ),
      ),
    );
    expect(read()).toEqual({ 'labs.crpDate': ISO_REQUEST['labs.crpDate'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('names each field by its label cell, not the required asterisk or the tooltip in the row before it', () => {
    page(
      app(
        screenlet(
          'New PA Request',
          form(
            F,
            REQUEST_ROWS[0]! +
              REQUEST_ROWS[6]! +
              row('doseMg', 'Dose (mg)', text('doseMg', '150', 6), { tooltip: 'Billing units per vial: 150' }),
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.ndc': ILARIS['drug.ndc'], 'drug.dose': '150' });
    expect(field('drug.ndc')?.label).toBe('NDC');
  });

  it('reads a drop-down showing its current value first in the list (the default current="first-in-list"), and an empty one', () => {
    // renderDropDownField with firstInList: the current value as a selected first option, allow-empty's blank, then all options
    const firstInList = `<span class="ui-widget"><select name="frequency" id="${F}_frequency"><option selected="selected" value="Q4W">Every 4 weeks</option><option value="">&nbsp;</option>${FREQ.map(([k, d]) => `<option value="${k}">${d}</option>`).join('')}</select></span>`;
    page(
      app(
        screenlet(
          'New PA Request',
          form(
            F,
            row('frequency', 'Frequency', firstInList) + row('drugName', 'Drug name', dropdown('drugName', DRUGS, [])) + REQUEST_ROWS[12]!,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.name': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a field marked alert after a failed submit, named by its label, not the error messages above the form', () => {
    const messages =
      '<div id="content-messages" class="content-messages errorMessage" onclick="showjGrowl()"><p>The following required parameter is missing: [EditPaRequest.memberId]</p><p>Prescriber NPI must be 10 digits</p></div>';
    const alerted = (name: string, title: string, value: string) =>
      `<tr><td class="label"><label for="${F}_${name}" id="${F}_${name}_title">${title}</label></td><td><input type="text" name="${name}" class=" alert" value="${value}" size="25" maxlength="60" id="${F}_${name}" autocomplete="off">*</td></tr>`;
    page(
      app(
        messages +
          screenlet(
            'New PA Request',
            form(F, alerted('memberId', 'Member ID', '') + alerted('prescriberNpi', 'Prescriber NPI', '123456789') + REQUEST_ROWS[6]!),
          ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': '123456789', 'drug.ndc': ILARIS['drug.ndc'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it("reads the request, nothing from a find form of the member's requests and its results list on the same page", () => {
    const findRow = (name: string, title: string, value: string) =>
      `<tr><td class="label"><label for="FindPaRequests_${name}" id="FindPaRequests_${name}_title">${title}</label></td><td><select name="${name}_op" class="selectBox"><option value="equals">Equals</option><option value="like">Begins With</option><option value="contains" selected="selected">Contains</option><option value="empty">Is Empty</option><option value="notEqual">Not Equal</option></select><input type="text" name="${name}" value="${value}" size="25"><input type="checkbox" name="${name}_ic" value="Y" checked="checked"> Ignore Case</td></tr>`;
    const find = screenlet(
      'Find PA Requests',
      `<form method="post" action="/pa/control/FindPaRequests" class="basic-form" onsubmit="javascript:submitFormDisableSubmits(this)" name="FindPaRequests"><input type="hidden" name="noConditionFind" value="Y"><table cellspacing="0" class="basic-table">${findRow('memberId', 'Member ID', 'U48')}${findRow('drugName', 'Drug name', 'Kineret')}<tr><td class="label"><label for="FindPaRequests_crpDate" id="FindPaRequests_crpDate_title">CRP collection date</label></td><td><span class="view-calendar"><input id="FindPaRequests_crpDate_fld0_value" type="text" class="date-time-picker" name="crpDate_fld0_value" title="Format: yyyy-MM-dd" value="2026-05-01" size="10" maxlength="10" data-shortdate="true"><select name="crpDate_fld0_op" class="selectBox"><option value="equals">Equals</option><option value="sameDay">Same Day</option><option value="greaterThanFromDayStart" selected="selected">Greater Than From Day Start</option><option value="greaterThan">Greater Than</option></select><input id="FindPaRequests_crpDate_fld1_value" type="text" class="date-time-picker" name="crpDate_fld1_value" title="Format: yyyy-MM-dd" size="10" maxlength="10" data-shortdate="true"><select name="crpDate_fld1_op" class="selectBox"><option value="opLessThan">Less Than</option><option value="upToDay">Up To Day</option><option value="upThruDay">Up Thru Day</option><option value="empty">Is Empty</option></select></span></td></tr><tr><td class="label">&nbsp;</td><td colspan="4"><input type="submit" class="smallSubmit" name="submitButton" value="Find"></td></tr></table></form>`,
    );
    // renderNextPrev above and below the list (more requests than the view size)
    const pager =
      '<div class="nav-pager">&nbsp; <ul><li class="nav-first-disabled"><span>First</span></li><li class="nav-previous-disabled"><span>Previous</span></li><li class="nav-page-select">Page<input type="text" placeholder="1 of 2" size="15" onchange="submitPagination(this, \'/pa/control/FindPaRequests?VIEW_SIZE=20&amp;VIEW_INDEX=\'+(this.value-1))"></li><li class="nav-next"><a href="javascript:void(0)" onclick="submitPagination(this, \'/pa/control/FindPaRequests?VIEW_INDEX=1\')">Next</a></li><li class="nav-last"><a href="javascript:void(0)" onclick="submitPagination(this, \'/pa/control/FindPaRequests?VIEW_INDEX=1\')">Last</a></li><li class="nav-pagesize"><select name="pageSize" size="1" onchange="submitPagination(this, \'/pa/control/FindPaRequests?VIEW_INDEX=0\')"><option selected="selected" value="20">20</option><option value="30">30</option><option value="50">50</option><option value="100">100</option><option value="200">200</option></select> Items per page</li><li class="nav-displaying">Displaying 1 - 20 of 23</li></ul></div>';
    const list = screenlet(
      'PA Requests',
      pager +
        '<table cellspacing="0" class="basic-table form-widget-table dark-grid"><thead><tr class="header-row"><td>Request</td><td>Drug name</td><td>Dose (mg)</td><td>CRP collection date</td><td>Status</td></tr></thead><tr><td><a href="/pa/control/EditPaRequest?paRequestId=PA10021" class="buttontext">PA10021</a></td><td>Kineret (anakinra)</td><td>100</td><td>2026-05-20</td><td>Approved</td></tr><tr class="alternate-row"><td><a href="/pa/control/EditPaRequest?paRequestId=PA10007" class="buttontext">PA10007</a></td><td>colchicine</td><td>0.6</td><td>2025-12-18</td><td>Denied</td></tr></table>' +
        pager,
    );
    page(app(find + list + SINGLE));
    expect(read()).toEqual(ISO_REQUEST);
    noDuplicatePaths();
  });
});
