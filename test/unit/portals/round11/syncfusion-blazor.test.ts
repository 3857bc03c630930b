import { describe, expect, it } from 'vitest';
import { field, normalized, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Syncfusion Blazor 26-27 (Syncfusion.Blazor.Inputs / DropDowns / Calendars / Grid; the component
 * source is closed and syncfusion/blazor-samples only holds the .razor pages using them, so this markup
 * is my memory of rendered Blazor pages, written against the EJ2 class vocabulary it shares. How sure:
 * the wrapper classes, float labels and grid structure: fairly; where Blazor differs from EJ2-JS
 * (design-systems/syncfusion.test.ts): less, and said per item):
 * - Every component's element carries Blazor's element-reference attribute `_bl_<n>=""`; the form is
 *   an EditForm (`form` + DataAnnotationsValidator: inputs classed `valid`/`modified`,
 *   `div.validation-message` after the component when invalid).
 * - SfTextBox (FloatLabelType.Auto, the label from Placeholder): `div.e-control-wrapper.e-float-input
 *   .e-input-group` > `input#id.e-control.e-textbox.e-lib[aria-labelledby=label_<id>]` +
 *   `span.e-float-line` + `label.e-float-text.e-label-top#label_<id>[for]` AFTER the input.
 * - SfNumericTextBox: `span.e-control-wrapper.e-numeric.e-float-input.e-input-group` >
 *   `input.e-control.e-numerictextbox[role=spinbutton][aria-valuenow]` in Format (default "n2":
 *   "150.00") + float label + `span.e-spin-down` / `span.e-spin-up` ("Decrement value" /
 *   "Increment value"). EJ2-JS adds an `input.e-numeric-hidden` for forms; Blazor binds through C#
 *   and, as far as I know, renders none.
 * - SfDropDownList: `span.e-control-wrapper.e-input-group.e-ddl.e-float-input` >
 *   `input.e-dropdownlist.e-control.e-lib[role=combobox][readonly][aria-haspopup=listbox]` showing the
 *   text + float label + `span.e-ddl-icon.e-search-icon`; EJ2-JS's `select.e-ddl-hidden` is not there
 *   (less sure); the open popup `div#<id>_popup.e-ddl.e-popup.e-popup-open` is moved to the end of body,
 *   `ul.e-list-parent[role=listbox] > li.e-list-item[role=option][aria-selected][data-value]`.
 * - SfMultiSelect: `div.e-multiselect.e-input-group.e-control-wrapper` > `div.e-multi-select-wrapper`
 *   > (Mode=Box) `span.e-chips-collection` of `span.e-chips[data-value][title]` > `span.e-chipcontent`
 *   + `span.e-chips-close`, then `span.e-searcher > input.e-dropdownbase[role=combobox]` (empty) +
 *   float label; in the default mode, blurred, the chips are hidden (`style="display: none;"`) and
 *   `span.e-delim-view.e-delim-values` shows "M04.1, M06.1".
 * - SfDatePicker (Format "MM/dd/yyyy"): `span.e-control-wrapper.e-input-group.e-date-wrapper
 *   .e-float-input` > `input.e-control.e-datepicker.e-lib[role=combobox][aria-haspopup]` + float label
 *   + `span.e-input-group-icon.e-date-icon.e-icons`.
 * - SfGrid with Normal (inline) editing: `div.e-grid` > `div.e-gridheader > div.e-headercontent >
 *   table.e-table[role=presentation]` of `th.e-headercell[role=columnheader] > div.e-headercelldiv >
 *   span.e-headertext`, then `div.e-gridcontent > div.e-content > table.e-table[role=grid]` whose
 *   committed rows are `tr.e-row > td.e-rowcell[role=gridcell]` text and whose edit row is
 *   `tr.e-editedrow > td.e-editcell[colspan] > form.e-gridform > table.e-table.e-inline-edit` of
 *   `td.e-rowcell` holding the column editors (`input#Grid<Field>[name=<Field>].e-field`).
 */

let bl = 0;
const b = () => `_bl_${++bl}=""`;

type Extra = { error?: string };

const floatLabel = (id: string, label: string, value: string) =>
  `<span class="e-float-line"></span><label class="e-float-text ${value ? 'e-label-top' : 'e-label-bottom'}" id="label_${id}" for="${id}">${label}</label>`;
const validation = (o: Extra) => (o.error ? `<div class="validation-message">${o.error}</div>` : '');

const textBox = (id: string, label: string, value: string, o: Extra = {}) =>
  `<div class="form-group"><div class="e-control-wrapper e-float-input e-input-group${value ? ' e-valid-input' : ''}${o.error ? ' e-error' : ''}"><input id="${id}" class="e-control e-textbox e-lib ${o.error ? 'invalid' : 'valid'}" name="${id}" type="text" aria-multiline="false" aria-invalid="${o.error ? 'true' : 'false'}" aria-labelledby="label_${id}" ${b()} value="${value}">${floatLabel(id, label, value)}</div>${validation(o)}</div>`;

const numeric = (id: string, label: string, shown: string, now: number) =>
  `<div class="form-group"><span class="e-control-wrapper e-numeric e-float-input e-input-group e-valid-input"><input id="${id}" class="e-control e-numerictextbox e-lib valid" role="spinbutton" aria-valuemin="0" aria-valuemax="10000" aria-valuenow="${now}" aria-invalid="false" autocomplete="off" type="text" tabindex="0" aria-labelledby="label_${id}" ${b()} value="${shown}">${floatLabel(id, label, shown)}<span class="e-input-group-icon e-spin-down e-icons" title="Decrement value" aria-label="Decrement value"></span><span class="e-input-group-icon e-spin-up e-icons" title="Increment value" aria-label="Increment value"></span></span></div>`;

/** SfDropDownList; `popup` is its open popup for the end of body */
function dropDownList(
  id: string,
  label: string,
  value: string,
  items: string[],
  o: { open?: boolean } = {},
): { html: string; popup: string } {
  const html = `<div class="form-group"><span class="e-control-wrapper e-input-group e-ddl e-lib e-keyboard e-float-input${value ? ' e-valid-input' : ''}${o.open ? ' e-input-focus e-icon-anim' : ''}" style="width: 100%;"><input class="e-dropdownlist e-control e-lib valid" role="combobox" aria-expanded="${o.open ? 'true' : 'false'}" aria-haspopup="listbox" readonly="" tabindex="0" id="${id}" aria-labelledby="label_${id}" aria-disabled="false" aria-readonly="false"${o.open ? ` aria-controls="${id}_options"` : ''} ${b()} value="${value}">${floatLabel(id, label, value)}<span class="e-input-group-icon e-ddl-icon e-icons e-search-icon" aria-hidden="true"></span></span></div>`;
  const popup = o.open
    ? `<div id="${id}_popup" class="e-ddl e-popup e-control e-popup-open e-lib e-popup-container" style="position: absolute; top: 260px; left: 24px; width: 300px; z-index: 1001;"><div class="e-content e-dropdownbase" tabindex="0" style="max-height: 300px;"><ul class="e-list-parent e-ul" role="listbox" id="${id}_options" aria-hidden="false">${items
        .map(
          (v) =>
            `<li class="e-list-item${v === value ? ' e-active' : ''}" role="option" aria-selected="${v === value}" data-value="${v}" id="${id}_${v.replace(/\W/g, '')}">${v}</li>`,
        )
        .join('')}</ul></div></div>`
    : '';
  return { html, popup };
}
const ddl = (id: string, label: string, value: string, items: string[]) => dropDownList(id, label, value, items).html;

const multiSelect = (id: string, label: string, chips: string[], mode: 'box' | 'default' = 'box') =>
  `<div class="form-group"><div class="e-multiselect e-input-group e-control-wrapper e-float-input${chips.length ? ' e-valid-input' : ''}" style="width: 100%;"><div class="e-multi-select-wrapper${mode === 'default' ? ' e-delimiter' : ''}"${mode === 'default' ? ' aria-hidden="false"' : ''}>${
    mode === 'default' ? `<span class="e-delim-view e-delim-values">${chips.join(', ')}</span>` : ''
  }<span class="e-chips-collection"${mode === 'default' ? ' style="display: none;"' : ''}>${chips
    .map(
      (c) =>
        `<span class="e-chips" data-value="${c}" title="${c}"><span class="e-chipcontent">${c}</span><span class="e-chips-close e-icons"></span></span>`,
    )
    .join(
      '',
    )}</span><span class="e-searcher e-multiselect-box"><input id="${id}" class="e-dropdownbase e-control e-lib" role="combobox" type="text" autocomplete="off" aria-expanded="false" aria-labelledby="label_${id}" aria-disabled="false" tabindex="0" ${b()} value=""></span>${floatLabel(id, label, chips.length ? 'x' : '')}<span class="e-chips-close e-close-hooker"></span></div></div></div>`;

const datePicker = (id: string, label: string, value: string) =>
  `<div class="form-group"><span class="e-control-wrapper e-input-group e-date-wrapper e-float-input${value ? ' e-valid-input' : ''}"><input id="${id}" class="e-control e-datepicker e-lib valid" name="${id}" role="combobox" aria-expanded="false" aria-haspopup="dialog" aria-autocomplete="list" aria-disabled="false" aria-invalid="false" autocomplete="off" aria-labelledby="label_${id}" ${b()} value="${value}">${floatLabel(id, label, value)}<span class="e-input-group-icon e-date-icon e-icons" aria-label="select" role="button"></span></span></div>`;

/** SfGrid of prior therapies; the rows in `editing` are edit rows */
function grid(editing: number[]): string {
  const cols: [string, string][] = [
    ['Drug', 'Drug'],
    ['Dose', 'Dose'],
    ['StartDate', 'Start date'],
    ['StopDate', 'Stop date'],
    ['Outcome', 'Outcome'],
  ];
  const colgroup = `<colgroup>${cols.map((_, i) => `<col id="grid-column${i}" style="width: 180px;">`).join('')}</colgroup>`;
  const header = `<div class="e-gridheader e-lib e-droppable" tabindex="-1"><div class="e-headercontent"><table class="e-table" role="presentation" cellspacing="0.25">${colgroup}<thead role="rowgroup"><tr class="e-columnheader" role="row">${cols
    .map(([f, t], i) =>
      `<th class="e-headercell" role="columnheader" aria-colindex="${i + 1}" tabindex="-1" e-mappinguid="grid-column${i}" style="text-align: left;"><div class="e-headercelldiv" e-mappinguid="grid-column${i}"><span class="e-headertext">${t}</span></div><div class="e-sortfilterdiv e-icons"></div></th>`.replace(
        'grid-column',
        `${f}-col`,
      ),
    )
    .join('')}</tr></thead></table></div></div>`;
  const rows = THERAPY_ROWS.map((r, ri) =>
    editing.includes(ri)
      ? `<tr class="e-row e-editedrow" role="row" aria-rowindex="${ri + 2}"><td class="e-editcell e-normaledit" colspan="${cols.length}"><form id="GridEditForm" class="e-gridform e-formvalidator" novalidate=""><table class="e-table e-inline-edit" cellspacing="0.25">${colgroup}<tbody><tr>${r
          .map(
            (v, ci) =>
              `<td class="e-rowcell" style="text-align: left;"><div class="e-control-wrapper e-input-group e-valid-input"><input id="Grid${cols[ci]![0]}" name="${cols[ci]![0]}" class="e-control e-textbox e-lib e-field" type="text" aria-labelledby="Grid${cols[ci]![0]}_label" ${b()} value="${v}"><span class="e-float-line"></span></div></td>`,
          )
          .join('')}</tr></tbody></table></form></td></tr>`
      : `<tr class="e-row${ri % 2 ? ' e-altrow' : ''}" role="row" aria-rowindex="${ri + 2}" data-uid="grid-row${ri}">${r
          .map(
            (v, ci) =>
              `<td class="e-rowcell" role="gridcell" tabindex="-1" aria-colindex="${ci + 1}" index="${ri}" style="text-align: left;">${v}</td>`,
          )
          .join('')}</tr>`,
  ).join('');
  return `<div id="Grid" class="e-control e-grid e-lib e-gridhover e-responsive e-default e-droppable e-tooltip e-keyboard e-editing" ${b()} style="width: auto;">${header}<div class="e-gridcontent"><div class="e-content" style="height: auto;"><table class="e-table" id="Grid_content_table" role="grid" aria-multiselectable="false" cellspacing="0.25" aria-rowcount="3" aria-colcount="5">${colgroup}<tbody role="rowgroup">${rows}</tbody></table></div></div></div>`;
}

const card = (title: string, body: string) =>
  `<div class="e-card"><div class="e-card-header"><div class="e-card-header-caption"><div class="e-card-header-title">${title}</div></div></div><div class="e-card-content">${body}</div></div>`;
const editForm = (body: string, tail = '') =>
  `<div class="page"><main><article class="content px-4"><form>${body}<button type="submit" class="e-control e-btn e-lib e-primary" ${b()}>Submit request</button></form></article></main></div>${tail}`;

describe('Syncfusion Blazor: SfTextBox, SfNumericTextBox, SfDropDownList, SfMultiSelect, SfDatePicker, SfGrid edit row', () => {
  it('reads the full Ilaris request (no grid)', () => {
    const therapy = (i: 0 | 1) =>
      card(
        `Prior therapy ${i + 1}`,
        (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
          .map((k) => {
            const label = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k];
            const v = THERAPIES[`priorTherapies.${i}.${k}`];
            return k === 'start' || k === 'stop' ? datePicker(`t${i}${k}`, label, v) : textBox(`t${i}${k}`, label, v);
          })
          .join(''),
      );
    page(
      editForm(
        `${card('Member', `${textBox('memberId', 'Member ID', ILARIS['patient.memberId'])}${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${numeric('weight', 'Weight (kg)', '72', 72)}`)}
        ${card('Diagnosis', multiSelect('codes', 'ICD-10 codes', ['M04.1', 'M06.1']))}
        ${card(
          'Medication',
          `${ddl('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${textBox('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textBox('ndc', 'NDC', ILARIS['drug.ndc'])}${numeric('dose', 'Dose (mg)', '150', 150)}${numeric('units', 'Billing units', '150', 150)}${ddl('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${card('Labs', `${numeric('crp', 'CRP (mg/L)', '24', 24)}${datePicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${therapy(0)}${therapy(1)}
        ${card('Prescriber', textBox('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an SfTextBox by its float label after the input, not the validation message before it', () => {
    page(
      editForm(
        `${textBox('memberId', 'Member ID', '', { error: 'The Member ID field is required.' })}${textBox('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads SfNumericTextBoxes in the default n2 format, without the spin buttons', () => {
    page(editForm(`${numeric('weight', 'Weight (kg)', '72.00', 72)}${numeric('units', 'Billing units', '150.00', 150)}`));
    expect(read()).toEqual({ 'patient.weight': '72.00', 'drug.units': '150.00' });
    expect(normalized().patient.weight?.value).toEqual({ amount: 72, unit: 'kg' });
  });

  it('reads an SfDropDownList by its read-only input, nothing from its open popup at the end of body', () => {
    const d = dropDownList('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { open: true });
    page(editForm(`${d.html}${ddl('drugName', 'Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}`, d.popup));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
    nothingFrom('.e-popup');
  });

  it('reads an SfMultiSelect in Box mode by its chips, not the empty search input', () => {
    page(editForm(multiSelect('codes', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a blurred default-mode SfMultiSelect by its delimiter view, once', () => {
    page(editForm(multiSelect('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], 'default')));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads SfDatePickers in MM/dd/yyyy, and an empty one as empty', () => {
    page(editForm(`${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datePicker('crpDate', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads an SfGrid with one committed row and one inline edit row by its column headers', () => {
    page(editForm(card('Prior therapies', grid([1]))));
    expect(read()).toEqual({ ...THERAPIES });
  });

  it('reads an SfGrid inline edit row (editors named by their field) by its column headers', () => {
    page(editForm(card('Prior therapies', grid([0]))));
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '06/30/2026',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });
});
