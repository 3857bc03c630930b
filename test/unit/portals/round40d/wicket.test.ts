import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Apache Wicket 10 (apache/wicket at 83dbc72), as rendered in deployment mode (wicket tags and wicket:id stripped):
 * - Form: `form#form1[method=post][action="./request?0-1.-form"]` > `div#form1_hf_0.hidden-fields[hidden]` first
 *   (Form.java). Input names are the component paths inside the form (`patient:memberId`, a ListView's rows
 *   `therapies:0:drug`); markup ids are the component id plus a counter (`memberId2`).
 * - `<label wicket:for>` (AutoLabelResolver) renders `label[for]` classed `required` / `error` / `disabled` as its
 *   component is; TextField / DateTextField (`forDatePattern("MM/dd/yyyy")`) render `input[type=text][value]`.
 * - DropDownChoice (AbstractSingleSelectChoice, DropDownChoiceTestPage_null_false_expected.html): one option per
 *   line; with a null model and nullValid=false the first is `option[selected][value=""]` "Choose One"
 *   (Application.utf8.properties `null=Choose One`), dropped once a value is chosen.
 * - CheckBoxMultipleChoice / RadioChoice (appendOptionHtml, LabelPosition.AFTER, empty prefix and suffix):
 *   `input[type=checkbox|radio][name][value][id="<markupId>-<name>_<id>"]` then `label[for]` with the choice's text,
 *   all inside the element the markup gave it (a span here).
 * - Palette (wicket-extensions palette/Palette.html, AbstractOptions, Recorder, theme/palette.css): the component's tag
 *   classed `palette-theme-default` > `input[type=hidden]` recorder holding the chosen ids joined by ",",
 *   `div.palette-choices` > `span.palette-header` "Available" + `select[multiple][size=10]`, `div.palette-buttons`
 *   with six icon buttons (`button.palette-add > div` ...), `div.palette-selected` > `span.palette-header` "Selected"
 *   + `select[multiple][size=10]` listing the chosen options (none marked selected), `div.palette-clearer`.
 * - DefaultDataTable (DataTable.html, HeadersToolbar.html, NavigationToolbar.html, OrderByBorder.html,
 *   PagingNavigator.html, NavigatorLabel): `table.dataview` > `thead` with `tr.navigation > td[colspan] >
 *   div.navigatorLabel > div` "Showing 1 to 2 of 4" + `div.navigator` paging links, then `tr.headers > th
 *   (.wicket_orderNone|.wicket_orderUp) > a > span` titles; `tbody > tr.even|odd > td > div` cell text.
 * - FeedbackPanel (FeedbackPanel.html, FeedbackPanelTest_cssClasses_expected.html): `ul.feedbackPanel >
 *   li.feedbackPanelERROR > span` messages ("'${label}' is required.", "The value of '${label}' is not a valid
 *   ${type}."), left out while there is no message.
 * - FilterToolbar in a FilterForm (repeater/data/table/filter: FilterToolbar.html, TextFilter.html, ChoiceFilter.html,
 *   GoAndClearFilter.html, FilterForm.java): the table in its own post form; `thead > tr.filters-tr > td.filter-td` each
 *   holding `input[type=text]` (TextFilter), a `select` (ChoiceFilter: a DropDownChoice, nullValid: a blank first
 *   option) or the "go"/"clear" submits; the form ends with `div[hidden] > input[type=hidden]` focus tracker + submit.
 * - ModalDialog (ajax/markup/html/modal/ModalDialog.html, theme/DefaultTheme.java): its tag classed
 *   `dialog-theme-default` > `div.modal-dialog-overlay > div.modal-dialog > div.modal-dialog-content` while open (no
 *   role, no aria-modal); closed, the overlay is invisible and rendered as nothing.
 */

let seq = 0;
const id = (name: string) => `${name}${(++seq).toString(16)}`;

type Opt = { cls?: string; disabled?: boolean };
const labelled = (label: string, name: string, control: (i: string) => string, o: Opt = {}) => {
  const i = id(name.split(':').pop()!);
  const cls = [o.cls, o.disabled ? 'disabled' : ''].filter(Boolean).join(' ');
  return `<div class="field"><label for="${i}"${cls ? ` class="${cls}"` : ''}>${label}</label>\n${control(i)}</div>`;
};
const text = (label: string, name: string, value: string, o: Opt = {}) =>
  labelled(
    label,
    name,
    (i) => `<input type="text" name="${name}" id="${i}" value="${value}"${o.disabled ? ' disabled="disabled"' : ''}>`,
    o,
  );

const dropDown = (label: string, name: string, chosen: string | null, options: string[], o: Opt = {}) =>
  labelled(
    label,
    name,
    (i) =>
      `<select name="${name}" id="${i}"${o.disabled ? ' disabled="disabled"' : ''}>\n${chosen === null ? '<option selected="selected" value="">Choose One</option>\n' : ''}${options
        .map((v, n) => `<option${v === chosen ? ' selected="selected"' : ''} value="${n}">${v}</option>`)
        .join('\n')}\n</select>`,
    o,
  );

/** CheckBoxMultipleChoice or RadioChoice on a `<span wicket:id>`, its own label a `<label wicket:for>` before it */
const choices = (type: 'checkbox' | 'radio', label: string, name: string, checked: string[], options: string[]) =>
  labelled(
    label,
    name,
    (i) =>
      `<span id="${i}">${options
        .map((v, n) => {
          const ci = type === 'checkbox' ? `${i}-${name}_${n}` : `${i}-${n}`;
          return `<input name="${name}" type="${type}"${checked.includes(v) ? ' checked="checked"' : ''} value="${n}" id="${ci}"/><label for="${ci}">${v}</label>`;
        })
        .join('')}</span>`,
  );

const palette = (label: string, name: string, chosen: string[], options: string[]) => {
  const opts = (list: string[]) => list.map((v) => `\n<option value="${v}">${v}</option>`).join('');
  const buttons = ['add', 'remove', 'up', 'down', 'addAll', 'removeAll']
    .map((b) => `<button type="button" class="palette-${b}"><div></div></button>`)
    .join('\n');
  return `<div class="field"><span class="caption">${label}</span><div class="palette-theme-default" id="${id('codes')}"><input type="hidden" name="${name}:recorder" id="${id('recorder')}" value="${chosen.join(',')}"/>
<div class="palette-choices"><span class="palette-header">Available</span><select multiple="multiple" size="10" name="${name}:choices" id="${id('choices')}">${opts(options.filter((v) => !chosen.includes(v)))}</select></div>
<div class="palette-buttons"><div>${buttons}</div></div>
<div class="palette-selected"><span class="palette-header">Selected</span><select multiple="multiple" size="10" name="${name}:selection" id="${id('selection')}">${opts(chosen)}</select></div>
<div class="palette-clearer"></div></div></div>`;
};

/** an editable ListView of therapies in a table, with an AjaxButton adding a row */
const therapies = () =>
  `<fieldset><legend>Prior therapies</legend><table class="therapies"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r, n) =>
      `<tr>${r.map((v, c) => `<td><input type="text" name="therapies:${n}:${['drug', 'dose', 'start', 'stop', 'outcome'][c]}" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table><button type="submit" name="addTherapy" id="${id('addTherapy')}">Add therapy</button></fieldset>`;

const feedback = (errors: string[]) =>
  `<div id="${id('feedback')}">${errors.length ? `<ul class="feedbackPanel">${errors.map((e) => `<li class="feedbackPanelERROR"><span>${e}</span></li>`).join('')}</ul>` : ''}</div>`;

const form = (body: string) =>
  `<form id="form1" method="post" action="./request?0-1.-form"><div id="form1_hf_0" hidden="" class="hidden-fields"></div>${body}<input type="submit" name="submit" id="${id('submit')}" value="Submit request"></form>`;

const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

const request = (codes = choices('checkbox', 'ICD-10 codes', 'diagnosis:codes', ['M04.1', 'M06.1'], CODES)) =>
  form(
    `${feedback([])}<h2>Patient</h2>${text('Member ID', 'patient:memberId', ILARIS['patient.memberId'], { cls: 'required' })}${text('Date of birth (MM/dd/yyyy)', 'patient:dob', ILARIS['patient.dob'])}${text('Weight (kg)', 'patient:weight', '72')}
<h2>Diagnosis</h2>${codes}
<h2>Medication</h2>${dropDown('Drug name', 'drug:name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('HCPCS code', 'drug:hcpcs', 'J0638')}${text('NDC', 'drug:ndc', ILARIS['drug.ndc'])}${text('Dose (mg)', 'drug:dose', '150')}${text('Billing units', 'drug:units', '150')}${dropDown('Frequency', 'drug:frequency', 'Every 4 weeks', FREQS)}
<h2>Labs</h2>${text('CRP (mg/L)', 'labs:crp', '24')}${text('CRP collection date', 'labs:crpDate', ILARIS['labs.crpDate'])}
${therapies()}<h2>Prescriber</h2>${text('Prescriber NPI', 'prescriber:npi', ILARIS['prescriber.npi'])}`,
  );

const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

/** a DefaultDataTable of the member's past requests (two of four shown, sorted by date) */
const pastRequests = () => {
  const rows = [
    ['PA-20931', 'U4829163702', 'Kineret (anakinra)', '100', '09/15/2026', 'Denied'],
    ['PA-18455', 'U4829163702', 'colchicine', '0.6', '01/05/2026', 'Approved'],
  ];
  const heads = ['Request #', 'Member ID', 'Drug', 'Dose (mg)', 'Submitted', 'Status'];
  return `<h2>Past requests</h2><table class="dataview" id="${id('table')}"><thead><tr class="navigation"><td colspan="6"><div class="navigatorLabel"><div>Showing 1 to 2 of 4</div></div><div class="navigator"><div><a class="first" disabled="disabled">&lt;&lt;</a><a rel="prev" class="prev" disabled="disabled">&lt;</a><span class="goto"><a href="#" disabled="disabled"><span>1</span></a></span><span class="goto"><a href="./request?0-1.-table-topToolbars-toolbars-1-span-navigator-navigation-1-pageLink"><span>2</span></a></span><a rel="next" class="next" href="./request?0-1.-table-topToolbars-toolbars-1-span-navigator-next">&gt;</a><a class="last" href="./request?0-1.-table-topToolbars-toolbars-1-span-navigator-last">&gt;&gt;</a></div></div></td></tr><tr class="headers">${heads
    .map(
      (h, n) =>
        `<th class="${n === 4 ? 'wicket_orderDown' : 'wicket_orderNone'}"><a href="./request?0-1.-table-topToolbars-toolbars-2-headers-${n + 1}-header-orderByLink"><span>${h}</span></a></th>`,
    )
    .join('')}</tr></thead><tbody>${rows
    .map((r, n) => `<tr class="${n % 2 ? 'odd' : 'even'}">${r.map((c) => `<td><div>${c}</div></td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
};

describe('Apache Wicket 10: TextField, DropDownChoice, CheckBoxMultipleChoice, Palette, DataTable, ModalDialog', () => {
  it('reads the full Ilaris request', () => {
    page(`<div class="page">${request()}</div>`);
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads a DropDownChoice showing "Choose One" (null model) as empty, not as the prompt', () => {
    page(
      form(
        `${dropDown('Drug name', 'drug:name', null, ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${dropDown('Frequency', 'drug:frequency', null, FREQS)}${text('HCPCS code', 'drug:hcpcs', 'J0638')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '', 'drug.hcpcs': 'J0638' });
  });

  it('reads a CheckBoxMultipleChoice as its checked codes, none checked as empty, and a RadioChoice as its checked choice', () => {
    page(
      form(
        `${choices('checkbox', 'ICD-10 codes', 'diagnosis:codes', ['M04.1', 'M06.1'], CODES)}${choices('radio', 'Frequency', 'drug:frequency', ['Every 8 weeks'], FREQS)}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
    page(form(choices('checkbox', 'ICD-10 codes', 'diagnosis:codes', [], CODES)));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  // misread: diagnosis.codes.0 and diagnosis.codes.1 both read '': the two multiple selects (`diagnosis:codes:choices`,
  // `diagnosis:codes:selection`, named by the "Available" and "Selected" headers, under the Diagnosis heading) are each
  // read by their selected options (none), not taken as one dual list of the Selected list's options
  it.fails('reads a Palette as the codes in its Selected list, and nothing from its Available list or recorder', () => {
    page(request(palette('ICD-10 codes', 'diagnosis:codes', ['M04.1', 'M06.1'], CODES)));
    expect(read()).toEqual(FULL);
    nothingFrom('.palette-choices');
    noDuplicatePaths();
  });

  it('reads the request beside a DataTable of past requests, and nothing from the table or its toolbars', () => {
    page(`<div class="page">${pastRequests()}${request()}</div>`);
    expect(read()).toEqual(FULL);
    nothingFrom('table.dataview');
  });

  it('reads fields flagged by the FeedbackPanel as they hold, the messages naming and filling nothing', () => {
    page(
      form(
        `${feedback(["'Prescriber NPI' is required.", "The value of 'Weight (kg)' is not a valid Double."])}${text('Member ID', 'patient:memberId', ILARIS['patient.memberId'], { cls: 'required' })}${text('Weight (kg)', 'patient:weight', '72 kg', { cls: 'error' })}${text('Prescriber NPI', 'prescriber:npi', '', { cls: 'required error' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72 kg', 'prescriber.npi': '' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a disabled DropDownChoice and TextField as their values', () => {
    page(
      form(
        `${dropDown('Drug name', 'drug:name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { disabled: true })}${text('HCPCS code', 'drug:hcpcs', 'J0638', { disabled: true })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
  });

  it('reads the request in an open ModalDialog, not the read-only summary of the last request behind it', () => {
    const summary = `<h2>Last request</h2><table class="summary"><tbody><tr><th>Member ID</th><td>U7710042199</td></tr><tr><th>Date of birth</th><td>11/30/1975</td></tr><tr><th>Drug name</th><td>Kineret (anakinra)</td></tr><tr><th>Prescriber NPI</th><td>1992753880</td></tr></tbody></table>`;
    page(
      `<div class="page">${summary}<div id="${id('dialog')}" class="dialog-theme-default"><div id="${id('overlay')}" class="modal-dialog-overlay"><div class="modal-dialog" id="${id('dialog')}"><div class="modal-dialog-content" id="${id('content')}"><h1>New request</h1>${request()}</div></div></div></div></div>`,
    );
    expect(read()).toEqual(FULL);
    nothingFrom('table.summary');
  });

  it('reads the request below a DataTable filtered in its FilterToolbar, and nothing from the filter boxes', () => {
    const heads = ['Member ID', 'Drug', 'Dose (mg)', 'Submitted', 'Status'];
    const t = 'table:topToolbars:toolbars:3:filters';
    const filters = `<tr class="filters-tr"><td class="filter-td"><input type="text" name="${t}:1:filter:filter" id="${id('filter')}" value="U77100"></td><td class="filter-td"><select name="${t}:2:filter:filter" id="${id('filter')}"><option value=""></option><option selected="selected" value="0">Kineret (anakinra)</option><option value="1">Ilaris (canakinumab)</option></select></td><td class="filter-td"><input type="text" name="${t}:3:filter:filter" id="${id('filter')}" value="100"></td><td class="filter-td"></td><td class="filter-td"><input type="submit" value="go" name="${t}:5:filter:go" id="${id('go')}" class="go"/> <input type="submit" value="clear" name="${t}:5:filter:clear" id="${id('clear')}" class="clear"/></td></tr>`;
    const table = `<h2>Past requests</h2><form id="filterForm1" method="post" action="./request?0-1.-filterForm"><div id="filterForm1_hf_0" hidden="" class="hidden-fields"></div><table class="dataview" id="${id('table')}"><thead><tr class="headers">${heads
      .map(
        (h, n) =>
          `<th class="wicket_orderNone"><a href="./request?0-1.-filterForm-table-topToolbars-toolbars-2-headers-${n + 1}-header-orderByLink"><span>${h}</span></a></th>`,
      )
      .join(
        '',
      )}</tr>${filters}</thead><tbody><tr class="even"><td><div>U7710042199</div></td><td><div>Kineret (anakinra)</div></td><td><div>100</div></td><td><div>09/15/2026</div></td><td><div>Denied</div></td></tr></tbody></table><div hidden='' class='hidden-fields'><input type='hidden' name='filterForm1focus' id='filterForm1focus' value=''/><input type='submit'/></div></form>`;
    page(`<div class="page">${table}${request()}</div>`);
    expect(read()).toEqual(FULL);
    nothingFrom('#filterForm1');
  });

  it('reads the request behind an open ModalDialog looking up a prescriber, and nothing from the lookup form', () => {
    const lookup = `<div id="${id('lookup')}" class="dialog-theme-default"><div id="${id('overlay')}" class="modal-dialog-overlay"><div class="modal-dialog" id="${id('dialog')}"><div class="modal-dialog-content" id="${id('content')}"><h3>Find a prescriber</h3><form id="lookupForm2" method="post" action="./request?0-1.-lookup-overlay-dialog-content-lookupForm"><div id="lookupForm2_hf_0" hidden="" class="hidden-fields"></div>${text('NPI', 'npi', '1992')}${text('Last name', 'lastName', 'Ruiz')}<input type="submit" name="find" id="${id('find')}" value="Find"><table class="dataview"><thead><tr class="headers"><th><span>NPI</span></th><th><span>Name</span></th><th><span></span></th></tr></thead><tbody><tr class="even"><td><div>1992753880</div></td><td><div>Ana Ruiz, MD</div></td><td><div><a href="./request?0-1.-lookup-overlay-dialog-content-lookupForm-results-body-rows-1-cells-3-cell-select">Select</a></div></td></tr></tbody></table><button type="button" class="close" id="${id('close')}">Cancel</button></form></div></div></div></div>`;
    page(`<div class="page">${request()}${lookup}</div>`);
    expect(read()).toEqual(FULL);
    nothingFrom('.modal-dialog');
  });
});
