import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Vuesax 3.12.2 (lusaxweb/vuesax at 3f03427: src/components/vsInput/vsInput.vue, vsSelect/vsSelect.vue +
 * vsSelectItem.vue, vsCheckBox/vsCheckBox.vue, vsRadio/vsRadio.vue, vsTable/vsTable.vue + vsTh/vsTr/vsTd/
 * vsTrExpand.vue, vsPopup/vsPopup.vue, vsIcon/vsIcon.vue, utils/index.js; docs demos Table/Edit.vue,
 * Radio/Default.vue, Select/Multiple.vue). The Abyss source (uhc-tempo/abyss) was not to be had here.
 * - vs-input: `div.vs-component.vs-con-input-label.vs-input.vs-input-primary` > `label.vs-input--label[for=""]`
 *   (linked to nothing) + `div.vs-con-input > input.vs-inputx.vs-input--input.normal(.hasValue)` (no placeholder
 *   attribute: the placeholder is `span.input-span-placeholder` after the input, shown while empty; with
 *   `label-placeholder` there is no label, the span is always there, classed `vs-placeholder-label`), then the
 *   validation icon span (danger) and a transition-group `<span>` holding the danger / description texts.
 * - vs-select: `div.con-select` > `label.vs-select--label` (no for) + `div.input-select-con` > `input.input-select
 *   .vs-select--input[readonly][type=text]` holding the chosen item's text (multiple: the texts joined by Array
 *   toString, "a,b"), the clear `button` (ligature "close"), the arrow icon, and the options
 *   `div.vs-select--options` (v-show: `display: none` while never opened; once open it is moved to the start of
 *   body with its cords as inline style) > `ul > li[data-text].vs-component > button.vs-select--item(.activex)
 *   [type=button][name=button] > span`, and a hidden `ul` "No data available".
 * - vs-checkbox: `div.con-vs-checkbox` > `input.vs-checkbox--input[type=checkbox]` + drawn box + `span.con-slot-label`.
 *   vs-radio: `label.con-vs-radio` > `input.vs-radio--input[type=radio][name=<vs-name>]` (its value is the
 *   v-model's) + drawn circle + `span.vs-radio--label`.
 * - vs-table: `div.vs-con-table` > `header.vs-table--header` (header slot, the search box) + `table.vs-table`
 *   > `thead > tr > th > div.vs-table-text`, its `tr.tr-values.vs-table--tr` straight under the table (no tbody:
 *   Vue creates the rows itself) > `td.td.vs-table--td > span`; a cell with an edit slot opens a
 *   `tr.tr-expand > td[colspan] > div.content-tr-expand` after its row holding the editor and a close button.
 * - vs-popup: `div.vs-component.con-vs-popup` moved to the start of body at mount (v-show: `display: none`
 *   while closed) > background + `div.vs-popup` > `header.vs-popup--header` (h3 title, close icon) +
 *   `div.vs-popup--content` holding the slot.
 */

const icon = (name: string, cls = '') => `<i class="vs-icon notranslate icon-scale ${cls} material-icons null">${name}</i>`;

type InputOpts = { placeholder?: string; labelPlaceholder?: boolean; danger?: string; description?: string; type?: string };
function input(label: string, value: string, o: InputOpts = {}): string {
  const lp = !!o.labelPlaceholder;
  const span = lp
    ? `<span class="normal vs-placeholder-label input-span-placeholder vs-input--placeholder normal">${label}</span>`
    : !value && o.placeholder
      ? `<span class="normal input-span-placeholder vs-input--placeholder">${o.placeholder}</span>`
      : '';
  const validation = `<span>${o.danger ? `<div class="con-text-validation span-text-validation-danger vs-input--text-validation-span"><span class="span-text-validation">${o.danger}</span></div>` : ''}${
    o.description
      ? `<div class="con-text-validation span-text-validation vs-input--text-validation-span"><span class="span-text-validation">${o.description}</span></div>`
      : ''
  }</span>`;
  return `<div class="vs-component vs-con-input-label vs-input vs-input-primary${o.danger ? ' input-icon-validate-danger' : ''}${lp ? ' is-label-placeholder' : ''}">${
    lp ? '' : `<label for="" class="vs-input--label">${label}</label>`
  }<div class="vs-con-input"><input type="${o.type ?? 'text'}" class="vs-inputx vs-input--input normal${value ? ' hasValue' : ''}" style="border: 1px solid rgba(0, 0, 0, 0.2);" value="${value}">${span}${
    o.danger ? `<span class="input-icon-validate vs-input--icon-validate">${icon('error')}</span>` : ''
  }</div>${validation}</div>`;
}

/** the options box of a vs-select; `open` = moved to the start of body with its cords */
const options = (chosen: string[], all: string[], multiple: boolean, open = false) =>
  `<div class="vs-select--options vs-select-primary" style="${open ? 'left: 312px; top: 418px; width: 200px;' : 'display: none;'}"><ul>${all
    .map(
      (v) =>
        `<li data-text="${v}" class="vs-component"><button type="button" name="button" class="vs-select--item${chosen.includes(v) ? ' activex' : ''}${multiple ? ' con-icon' : ''}">${multiple ? icon('check_circle', 'icon-item vs-select--item-icon') : ''}<span>${v}</span></button></li>`,
    )
    .join('')}</ul><ul style="display: none;"><li>No data available</li></ul></div>`;

function select(label: string, chosen: string[], all: string[], o: { multiple?: boolean; open?: boolean; placeholder?: string } = {}) {
  const html = `<div class="con-select"><label class="vs-select--label">${label}</label><div class="input-select-con"><input${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} readonly="readonly" type="text" class="input-select vs-select--input" value="${chosen.join(',')}"><button class="icon-select-clear vs-select--icon-clear"><i class="material-icons">close</i></button>${icon('keyboard_arrow_down', 'icon-select vs-select--icon')}${
    o.open ? '' : options(chosen, all, !!o.multiple)
  }</div><span></span></div>`;
  return { html, popup: o.open ? options(chosen, all, !!o.multiple, true) : '' };
}
const sel = (label: string, chosen: string[], all: string[], o: { multiple?: boolean; placeholder?: string } = {}) =>
  select(label, chosen, all, o).html;

const checkbox = (text: string, checked: boolean) =>
  `<div class="vs-component con-vs-checkbox vs-checkbox-primary vs-checkbox-default"><input type="checkbox" class="vs-checkbox--input" value=""${checked ? ' checked=""' : ''}><span class="checkbox_x vs-checkbox" style="border: 2px solid rgb(180, 180, 180);"><span class="vs-checkbox--check">${icon('check', 'vs-checkbox--icon')}</span></span><span class="con-slot-label">${text}</span></div>`;

const radios = (question: string, name: string, chosen: string, choices: string[]) =>
  `<div class="question"><p>${question}</p><ul class="centerx">${choices
    .map(
      (c) =>
        `<li><label class="vs-component con-vs-radio vs-radio-primary"><input type="radio" class="vs-radio--input" name="${name}" value="${chosen}"${c === chosen ? ' checked=""' : ''}><span class="vs-radio"><span class="vs-radio--borde"></span><span class="vs-radio--circle"></span></span><span class="vs-radio--label">${c}</span></label></li>`,
    )
    .join('')}</ul></div>`;

const rowCheck = `<td class="td-check">${checkbox('', false).replace('vs-checkbox-default', 'vs-checkbox-small')}</td>`;
/** a vs-table of text cells; `edit` opens the editor row after row `edit.row` */
function table(
  title: string,
  heads: string[],
  rows: string[][],
  o: { search?: string; multiple?: boolean; edit?: { row: number; value: string } } = {},
) {
  const body = rows
    .map((r, i) => {
      const tr = `<tr class="tr-values vs-table--tr tr-table-state-null">${o.multiple ? rowCheck : ''}${r.map((v) => `<td class="td vs-table--td"><span>${v}</span></td>`).join('')}</tr>`;
      const expand =
        o.edit?.row === i
          ? `<tr class="tr-expand"><td colspan="${heads.length}"><div class="content-tr-expand">${input('', o.edit.value).replace('<label for="" class="vs-input--label"></label>', '')}<button class="tr-expand--close"><i class="material-icons">clear</i></button></div></td></tr>`
          : '';
      return tr + expand;
    })
    .join('');
  return `<div class="vs-component vs-con-table vs-table-primary"><header class="header-table vs-table--header"><h3>${title}</h3>${
    o.search !== undefined
      ? `<div class="con-input-search vs-table--search"><input type="text" class="input-search vs-table--search-input" value="${o.search}">${icon('search')}</div>`
      : ''
  }</header><div class="con-tablex vs-table--content"><div class="vs-con-tbody vs-table--tbody "><table class="vs-table vs-table--tbody-table"><thead class="vs-table--thead"><tr>${o.multiple ? `<th class="td-check"><span class="con-td-check">${checkbox('', false)}</span></th>` : ''}${heads
    .map((h) => `<th colspan="1" rowspan="1"><div class="vs-table-text">${h}</div></th>`)
    .join('')}</tr></thead>${body}</table></div></div></div>`;
}

const popup = (title: string, body: string, active: boolean) =>
  `<div class="vs-component con-vs-popup vs-popup-primary"${active ? '' : ' style="display: none;"'}><div class="vs-popup--background"></div><div class="vs-popup"><header class="vs-popup--header"><div class="vs-popup--title"><h3>${title}</h3></div>${icon('close', 'vs-popup--close vs-popup--close--icon')}</header><div class="vs-popup--content">${body}</div></div></div>`;

/** the app; `head` is what Vuesax moved to the start of body (popups, an open options box) */
function app(body: string, head = '') {
  page(
    `${head}<div id="app"><div class="container"><form>${body}<button class="vs-component vs-button vs-button-primary vs-button-filled" type="submit"><span class="vs-button-text vs-button--text">Submit request</span></button></form></div></div>`,
  );
  // Vue creates vs-table's rows under the table itself: there is no tbody
  for (const tbody of Array.from(document.querySelectorAll('table.vs-table > tbody'))) tbody.replaceWith(...Array.from(tbody.childNodes));
}
const h = (title: string) => `<h4 class="section-title">${title}</h4>`;
const THERAPY_HEADS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];

describe('Vuesax 3: vs-input, vs-select, vs-checkbox, vs-radio, vs-table, vs-popup', () => {
  it('reads the full Ilaris request', () => {
    app(
      `${h('Member')}${input('Member ID', ILARIS['patient.memberId'])}${input('Date of birth', '1988-03-14', { type: 'date' })}${input('Weight (kg)', '72')}
      ${h('Diagnosis')}${sel('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { multiple: true, placeholder: 'Choose codes' })}
      ${h('Medication')}${sel('Drug name', [ILARIS['drug.name']], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${input('Dose (mg)', '150')}${input('Billing units', '150')}${sel('Frequency', ['Every 4 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'])}
      ${h('Labs')}${input('CRP (mg/L)', '24')}${input('CRP collection date', '2026-11-02', { type: 'date' })}
      ${table('Prior therapies', THERAPY_HEADS, THERAPY_ROWS)}
      ${h('Prescriber')}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES, 'diagnosis.codes.0': 'M04.1,M06.1' });
    noDuplicatePaths();
  });

  it('reads a closed vs-select as its chosen text and nothing from its hidden options box', () => {
    app(
      `${sel('Frequency', ['Every 8 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'])}${sel('Drug name', [], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { placeholder: 'Select a drug' })}`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.vs-select--options');
  });

  it('reads an open vs-select as its chosen text, nothing from its options box moved to the start of body', () => {
    const s = select('Frequency', ['Once'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], { open: true });
    app(`${s.html}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`, s.popup);
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.vs-select--options');
  });

  it('names vs-inputs by their label, not the danger or description text of the input before them', () => {
    app(
      `${input('Member ID', '', { danger: 'Member ID is required', placeholder: 'e.g. U1234567890' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { description: '10 digits' })}${input('CRP (mg/L)', '24')}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'labs.crpValue': '24' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread: WRONG VALUE: HCPCS's J0638 read as patient.memberId (the HCPCS box is named "Member ID" by the
  // placeholder span after the box before it), Member ID's own box is named by nothing, NPI's box reads as drug.hcpcs
  it.fails('names label-placeholder vs-inputs by the placeholder span after them', () => {
    app(
      `${input('Member ID', ILARIS['patient.memberId'], { labelPlaceholder: true })}${input('HCPCS code', ILARIS['drug.hcpcs'], { labelPlaceholder: true })}${input('Prescriber NPI', '', { labelPlaceholder: true })}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.hcpcs': ILARIS['drug.hcpcs'], 'prescriber.npi': '' });
  });

  // misread: the checkbox is collected (value Yes) with no label signal at all: its text is in
  // span.con-slot-label after the box, in a div, not a label; nothing is mapped
  it.fails('reads a vs-checkbox as Yes by the slot text after its box', () => {
    app(`${checkbox('Colchicine contraindicated or not tolerated', true)}${input('CRP (mg/L)', '24')}`);
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes', 'labs.crpValue': '24' });
  });

  // misread: the radio group (name "hosp", value No) gets no label signal: the question in the <p> before the
  // ul of label-wrapped vs-radios does not name it; nothing is mapped
  it.fails('reads a vs-radio group as its ticked answer, named by the question before its list', () => {
    app(radios('Hospitalized for a flare in the past 12 months?', 'hosp', 'No', ['Yes', 'No']));
    expect(read()).toEqual({ 'clinical.hospitalization': 'No' });
  });

  // misread: WRONG VALUE: priorTherapies.1.drug reads "colchicine": the editor box in the tr.tr-expand row opened
  // after row 0 is taken as a Drug text field (column Drug, no row) and claims therapy 2's drug over "anakinra"
  it.fails('reads prior therapies from a vs-table with a cell editor row open, the editor giving no other row', () => {
    app(
      `${table('Prior therapies', THERAPY_HEADS, THERAPY_ROWS, { edit: { row: 0, value: 'colchicine' } })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ ...THERAPIES, 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('tr.tr-expand');
  });

  it('reads nothing from a table of past requests with row checkboxes and a search box', () => {
    app(
      `${input('Member ID', ILARIS['patient.memberId'])}${table(
        'Past requests',
        ['Request', 'Drug', 'Prescriber NPI', 'Submitted', 'Status'],
        [
          ['PA-20931', 'Kineret (anakinra)', '1987654321', '07/01/2026', 'Approved'],
          ['PA-19422', 'colchicine', '1987654321', '01/05/2026', 'Denied'],
        ],
        { search: 'anakinra', multiple: true },
      )}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.vs-con-table');
  });

  it('takes nothing from a closed vs-popup at the start of body', () => {
    const editTherapy = `${input('Drug', 'anakinra')}${input('Dose', '100 mg daily')}${input('Prescriber NPI', '1987654321')}`;
    app(
      `${input('Member ID', ILARIS['patient.memberId'])}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      popup('Edit past request', editTherapy, false),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.con-vs-popup');
  });

  it('reads the fields of an open vs-popup at the start of body', () => {
    app(
      '<p>No open requests.</p>',
      popup('New request', `${input('Member ID', ILARIS['patient.memberId'])}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`, true),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
