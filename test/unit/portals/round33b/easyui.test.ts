import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * jQuery EasyUI 1.10.15 (the freeware build mirrored at phamyqb/jquery-easyui@2977fbe234d3a0e24de468ee8d4129292dd1b5f5,
 * plugins/*.js; jquery.textbox.js compared with the 1.10.19 build, same markup). Modelled on:
 * - plugins/jquery.textbox.js: the original `<input class="easyui-textbox">` is classed `textbox-f`, hidden
 *   (`display: none`), its `name` moved to `textboxName`; after it `span.textbox` holds (addon first, as each is
 *   prepended) `span.textbox-addon > a.textbox-icon[tabindex=-1]`, `input#_easyui_textbox_inputN.textbox-text
 *   [autocomplete=off][placeholder=<prompt>]` and `input[type=hidden].textbox-value[name]`; the `label` option
 *   inserts `label.textbox-label.textbox-label-before[for=_easyui_textbox_inputN]` before the original. While
 *   the box is empty and not focused, setText writes the prompt INTO the input (`val(prompt)`) and classes it
 *   `textbox-prompt`. Readonly adds `textbox-readonly` (and `readonly` on the input); disabled `textbox-disabled`.
 * - plugins/jquery.validatebox.js + jquery.tooltip.js: an invalid box gets `validatebox-invalid` (and the span
 *   `textbox-invalid`); its message is a `div.tooltip.tooltip-right > div.tooltip-content` at the end of body.
 * - plugins/jquery.combo.js + jquery.combobox.js + jquery.panel.js: combos add `span.combo` with the
 *   `combo-arrow` icon, one hidden `textbox-value` per value (multivalue), the text joined by the separator ",";
 *   the panel `div.panel.combo-p > div.combo-panel.panel-body.panel-body-noheader` is appended to body and kept
 *   there closed (`display: none`); items are `div#<prefix>_easyui_combobox_iN_M.combobox-item
 *   [.combobox-item-selected]`. A combobox on a `<select>` keeps the select hidden, with its options.
 * - plugins/jquery.datebox.js + jquery.calendar.js: the panel holds `div.datebox-calendar-inner > div.calendar`
 *   (header, `table.calendar-dtable` of `td.calendar-day[abbr]`, and `div.calendar-menu` with its
 *   `input.calendar-menu-year`, filled once the menu has been opened) and `div.datebox-button` (Today, Close);
 *   the default formatter shows "MM/DD/YYYY".
 * - plugins/jquery.datagrid.js: `div.panel.datagrid > div.panel-header > div.panel-title` + `div.datagrid-wrap
 *   > div.datagrid-view > div.datagrid-view1` (frozen, empty rows) and `div.datagrid-view2`, each a
 *   `div.datagrid-header` (`table.datagrid-htable > tr.datagrid-header-row > td[field] > div.datagrid-cell >
 *   span` title) and a `div.datagrid-body` (`table.datagrid-btable > tr.datagrid-row[datagrid-row-index] >
 *   td[field] > div.datagrid-cell` text), the original table hidden in the view; an editing row
 *   (`datagrid-row-editing`) turns its cells into `div.datagrid-editable > table > tr > td` holding the editor
 *   (here `textbox`: `input.datagrid-editable-input.textbox-f` + `span.textbox`).
 * Layout as the EasyUI form demos (demo/form/basic.html): `form` > `div[style="margin-bottom:20px"]` per field.
 */

let n = 0;
type T = {
  prompt?: string;
  readonly?: boolean;
  disabled?: boolean;
  invalid?: boolean;
  combo?: boolean;
  values?: string[];
  original?: string;
};

/** span.textbox (and the hidden original before it); `value` is the text shown */
function box(name: string, value: string, o: T = {}): { id: string; html: string } {
  const id = `_easyui_textbox_input${++n}`;
  const shown = value || o.prompt || '';
  const values = o.values ?? [value];
  const original =
    o.original ??
    `<input class="easyui-textbox textbox-f" style="width: 100%; display: none;" textboxName="${name}" value="${values.join(',')}">`;
  const addon = o.combo
    ? `<span class="textbox-addon textbox-addon-right" style="right: 0px; top: 0px;"><a href="javascript:;" class="textbox-icon combo-arrow${o.readonly || o.disabled ? ' textbox-icon-disabled' : ''}" icon-index="0" tabindex="-1" style="width: 26px; height: 28px;"></a></span>`
    : '';
  const cls = `textbox${o.combo ? ' combo' : ''}${o.invalid ? ' textbox-invalid' : ''}${o.readonly ? ' textbox-readonly' : ''}${o.disabled ? ' textbox-disabled' : ''}`;
  const input = `<input id="${id}" type="text" class="textbox-text validatebox-text${!value && o.prompt ? ' textbox-prompt' : ''}${o.invalid ? ' validatebox-invalid' : ''}" autocomplete="off" tabindex="" placeholder="${o.prompt ?? ''}"${o.readonly ? ' readonly="readonly"' : ''}${o.disabled ? ' disabled="disabled"' : ''} style="margin: 0px ${o.combo ? 26 : 0}px 0px 0px; padding-top: 0px; padding-bottom: 0px; height: 28px; line-height: 28px; width: 330px;" value="${shown}">`;
  const hidden = values
    .map((v) => `<input type="hidden" class="textbox-value" name="${name}"${o.disabled ? ' disabled="disabled"' : ''} value="${v}">`)
    .join('');
  return { id, html: `${original}<span class="${cls}" style="width: 358px; height: 30px;">${addon}${input}${hidden}</span>` };
}
const labelled = (label: string, b: { id: string; html: string }, o: T = {}) =>
  `<div style="margin-bottom:20px"><label for="${b.id}" class="textbox-label textbox-label-before${o.readonly ? ' textbox-label-readonly' : ''}${o.disabled ? ' textbox-label-disabled' : ''}" style="text-align: left; width: 140px; height: 30px; line-height: 30px;">${label}</label>${b.html}</div>`;
const textbox = (name: string, label: string, value: string, o: T = {}) => labelled(label, box(name, value, o), o);

/** combobox on a `<select>` (the select kept hidden with its options; an empty one has an empty first option, as
 *  parseData would otherwise choose the first option the browser selects) */
const selectCombo = (name: string, label: string, value: string, options: string[], o: T = {}) =>
  labelled(
    label,
    box(name, value, {
      ...o,
      combo: true,
      readonly: o.readonly,
      original: `<select class="easyui-combobox combobox-f combo-f textbox-f" style="width: 100%; display: none;" textboxName="${name}" comboName="${name}">${value ? '' : '<option value="" selected="selected"></option>'}${options
        .map((v) => `<option value="${v}"${v === value ? ' selected="selected"' : ''}>${v}</option>`)
        .join('')}</select>`,
    }),
    o,
  );
/** combobox (multiple) on an input: one hidden value per code, the text joined by "," */
const multiCombo = (name: string, label: string, values: string[], o: T = {}) =>
  labelled(
    label,
    box(name, values.join(','), {
      ...o,
      combo: true,
      values,
      original: `<input class="easyui-combobox combobox-f combo-f textbox-f" multiple="" style="width: 100%; display: none;" textboxName="${name}" comboName="${name}" value="${values.join(',')}">`,
    }),
    o,
  );
const datebox = (name: string, label: string, value: string, o: T = {}) =>
  labelled(
    label,
    box(name, value, {
      ...o,
      combo: true,
      original: `<input class="easyui-datebox datebox-f combo-f textbox-f" style="width: 100%; display: none;" textboxName="${name}" comboName="${name}" value="${value}">`,
    }),
    o,
  );

/** a combo panel left at the end of body (closed unless `open`) */
const panel = (body: string, open = false) =>
  `<div class="panel combo-p panel-htop" style="position: absolute; z-index: 110003; display: ${open ? 'block' : 'none'}; width: 358px; left: 160px; top: 240px;"><div class="combo-panel panel-body panel-body-noheader" title="" style="width: 356px; max-height: 200px;">${body}</div></div>`;
const items = (prefix: string, options: string[], chosen: string[]) =>
  options
    .map(
      (v, i) =>
        `<div id="${prefix}_easyui_combobox_i${prefix.length}_${i}" class="combobox-item${chosen.includes(v) ? ' combobox-item-selected' : ''}">${v}</div>`,
    )
    .join('');
const calendarPanel = (year: number, month: string, day: number, menuOpened: boolean) =>
  panel(
    `<div class="datebox-calendar-inner" style="height: 220px;"><div class="calendar calendar-noborder" style="width: 248px; height: 218px;"><div class="calendar-header"><div class="calendar-nav calendar-prevmonth"></div><div class="calendar-nav calendar-nextmonth"></div><div class="calendar-nav calendar-prevyear"></div><div class="calendar-nav calendar-nextyear"></div><div class="calendar-title"><span class="calendar-text">${month} ${year}</span></div></div><div class="calendar-body" style="height: 188px;"><table class="calendar-dtable" cellspacing="0" cellpadding="0" border="0"><thead><tr><th>S</th><th>M</th><th>T</th></tr></thead><tbody><tr class="calendar-first">${[
      day - 1,
      day,
      day + 1,
    ]
      .map((d) => `<td class="calendar-day${d === day ? ' calendar-selected' : ''}" abbr="${year},3,${d}" style="">${d}</td>`)
      .join(
        '',
      )}</tr></tbody></table><div class="calendar-menu" style="display: none;${menuOpened ? ' width: 248px; height: 188px;' : ''}"><div class="calendar-menu-year-inner"><span class="calendar-nav calendar-menu-prev"></span><span><input class="calendar-menu-year" type="text"${menuOpened ? ` value="${year}"` : ''}></span><span class="calendar-nav calendar-menu-next"></span></div><div class="calendar-menu-month-inner">${
      menuOpened
        ? '<table class="calendar-mtable"><tr><td class="calendar-nav calendar-menu-month" abbr="1">Jan</td><td class="calendar-nav calendar-menu-month" abbr="2">Feb</td><td class="calendar-nav calendar-menu-month calendar-selected" abbr="3">Mar</td></tr></table>'
        : ''
    }</div></div></div></div></div><div class="datebox-button"><table cellspacing="0" cellpadding="0" style="width:100%"><tr><td><a class="datebox-button-a" href="javascript:;">Today</a></td><td><a class="datebox-button-a" href="javascript:;">Close</a></td></tr></table></div>`,
  );

const COLS: [string, string][] = [
  ['drug', 'Drug'],
  ['dose', 'Dose'],
  ['start', 'Start date'],
  ['stop', 'Stop date'],
  ['outcome', 'Outcome'],
];
/** a datagrid in its panel; `editing` = the index of the row whose textbox editors are open */
function datagrid(title: string, cols: [string, string][], rows: readonly (readonly string[])[], editing = -1) {
  const cell = (f: string, v: string, edit: boolean) =>
    `<td field="${f}"><div style="" class="datagrid-cell datagrid-cell-c1-${f}${edit ? ' datagrid-editable' : ''}">${
      edit
        ? `<table border="0" cellspacing="0" cellpadding="1"><tr><td>${box(f, v, { original: `<input type="text" class="datagrid-editable-input textbox-f" style="display: none;" value="${v}">` }).html}</td></tr></table>`
        : v
    }</div></td>`;
  const head = `<table class="datagrid-htable" border="0" cellspacing="0" cellpadding="0" style="height: 26px;"><tbody><tr class="datagrid-header-row">${cols
    .map(
      ([f, t]) =>
        `<td field="${f}" class="" style=""><div class="datagrid-cell datagrid-cell-c1-${f}" style="text-align: left;"><span>${t}</span><span class="datagrid-sort-icon"></span></div></td>`,
    )
    .join('')}</tr></tbody></table>`;
  const frozen = rows.map((_, r) => `<tr id="datagrid-row-r1-1-${r}" datagrid-row-index="${r}" class="datagrid-row"></tr>`).join('');
  const body = rows
    .map(
      (row, r) =>
        `<tr id="datagrid-row-r1-2-${r}" datagrid-row-index="${r}" class="datagrid-row${r === editing ? ' datagrid-row-editing datagrid-row-selected' : ''}">${row.map((v, c) => cell(cols[c]![0], v, r === editing)).join('')}</tr>`,
    )
    .join('');
  return `<div class="panel datagrid panel-htop" style="width: 700px;"><div class="panel-header"><div class="panel-title">${title}</div><div class="panel-tool"></div></div><div class="datagrid-wrap panel-body" title="" style="width: 698px;"><div class="datagrid-view" style="width: 698px; height: 120px;"><div class="datagrid-view1" style="width: 0px;"><div class="datagrid-header" style="width: 0px; height: 25px;"><div class="datagrid-header-inner" style="display: block;"><table class="datagrid-htable" border="0" cellspacing="0" cellpadding="0" style="height: 26px;"><tbody><tr class="datagrid-header-row"></tr></tbody></table></div></div><div class="datagrid-body" style="width: 0px; margin-top: 0px; height: 94px;"><div class="datagrid-body-inner"><table class="datagrid-btable" cellspacing="0" cellpadding="0" border="0"><tbody>${frozen}</tbody></table></div></div><div class="datagrid-footer" style="width: 0px;"><div class="datagrid-footer-inner" style="display: none;"></div></div></div><div class="datagrid-view2" style="width: 698px;"><div class="datagrid-header" style="width: 698px; height: 25px;"><div class="datagrid-header-inner" style="display: block;">${head}</div></div><div class="datagrid-body" style="width: 698px; margin-top: 0px; height: 94px;"><table class="datagrid-btable" cellspacing="0" cellpadding="0" border="0"><tbody>${body}</tbody></table></div><div class="datagrid-footer" style="width: 698px;"><div class="datagrid-footer-inner" style="display: none;"></div></div></div><table class="easyui-datagrid datagrid-f" title="${title}" style="width: 700px; display: none;"><thead><tr>${cols
    .map(([f, t]) => `<th data-options="field:'${f}',width:130">${t}</th>`)
    .join('')}</tr></thead></table></div></div></div>`;
}

const form = (body: string, tail = '') =>
  `<div class="easyui-panel panel-body" title="" style="width: 100%; max-width: 720px; padding: 30px 60px;"><form id="ff" method="post">${body}<div style="text-align:center;padding:5px 0"><a href="javascript:void(0)" class="easyui-linkbutton l-btn l-btn-small" style="width:80px"><span class="l-btn-left"><span class="l-btn-text">Submit</span></span></a></div></form></div>${tail}`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('jQuery EasyUI 1.10: textbox, combobox, datebox, validatebox, datagrid', () => {
  // misread: returns no therapies: the datagrid's text rows (`div.datagrid-body` table, its column titles in the
  // `div.datagrid-header` table drawn apart above it, an empty frozen view1 beside them) are not read as entries
  it.fails('reads the full Ilaris request, prior therapies from a datagrid', () => {
    page(
      form(
        `${textbox('memberId', 'Member ID:', ILARIS['patient.memberId'])}${datebox('dob', 'Date of birth:', ILARIS['patient.dob'])}${textbox('weight', 'Weight (kg):', '72')}${multiCombo('icd10', 'ICD-10 codes:', ['M04.1', 'M06.1'])}${selectCombo('drug', 'Drug name:', ILARIS['drug.name'], DRUGS)}${textbox('hcpcs', 'HCPCS code:', ILARIS['drug.hcpcs'])}${textbox('ndc', 'NDC:', ILARIS['drug.ndc'])}${textbox('dose', 'Dose (mg):', '150')}${textbox('units', 'Billing units:', '150')}${selectCombo('frequency', 'Frequency:', 'Every 4 weeks', FREQS)}${textbox('crp', 'CRP (mg/L):', '24')}${datebox('crpDate', 'CRP collection date:', ILARIS['labs.crpDate'])}${textbox('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'])}${datagrid('Prior therapies', COLS, THERAPY_ROWS)}`,
        `${panel(items('icd10', CODES, ['M04.1', 'M06.1']))}${panel(items('drug', DRUGS, [DRUGS[0]!]))}${panel(items('frequency', FREQS, ['Every 4 weeks']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1,M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads a textbox by its label, once, not its hidden original or hidden value input', () => {
    page(
      form(
        `${textbox('memberId', 'Member ID:', ILARIS['patient.memberId'])}${textbox('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID:');
    noDuplicatePaths();
  });

  it('reads an empty textbox showing its prompt (written into the input, classed textbox-prompt) as empty', () => {
    page(
      form(
        `${textbox('memberId', 'Member ID:', '', { prompt: 'As on the member card' })}${textbox('ndc', 'NDC:', '', { prompt: '00000-0000-00' })}${textbox('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'], { prompt: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'drug.ndc': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads combobox choices by their text, and nothing from their panels at the end of body, closed or open', () => {
    page(
      form(
        `${selectCombo('drug', 'Drug name:', ILARIS['drug.name'], DRUGS)}${selectCombo('frequency', 'Frequency:', 'Every 8 weeks', FREQS)}`,
        `${panel(items('drug', DRUGS, [DRUGS[0]!]))}${panel(items('frequency', FREQS, ['Every 8 weeks']), true)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.combo-p');
    noDuplicatePaths();
  });

  it('reads a multiple combobox as its codes and an empty one showing its prompt as empty', () => {
    page(form(multiCombo('icd10', 'ICD-10 codes:', ['M04.1', 'M06.1']), panel(items('icd10', CODES, ['M04.1', 'M06.1']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1,M06.1' });
    page(form(multiCombo('icd10', 'ICD-10 codes:', [], { prompt: 'Select codes', values: [] }), panel(items('icd10', CODES, []))));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads an empty combobox and datebox showing their prompts as empty', () => {
    page(
      form(
        `${selectCombo('frequency', 'Frequency:', '', FREQS, { prompt: 'How often?' })}${datebox('crpDate', 'CRP collection date:', '', { prompt: 'MM/DD/YYYY' })}${textbox('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'])}`,
        panel(items('frequency', FREQS, [])),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'labs.crpDate': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads dateboxes as shown, and nothing from a closed calendar panel whose year menu was opened', () => {
    page(
      form(
        `${datebox('dob', 'Date of birth:', ILARIS['patient.dob'])}${datebox('crpDate', 'CRP collection date:', ILARIS['labs.crpDate'])}`,
        `${calendarPanel(1988, 'Mar', 14, true)}${calendarPanel(2026, 'Nov', 2, false)}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('.combo-p');
  });

  it('reads an invalid empty textbox with its tooltip as empty, and readonly and disabled boxes as their values', () => {
    page(
      form(
        `${textbox('memberId', 'Member ID:', '', { invalid: true })}${textbox('hcpcs', 'HCPCS code:', ILARIS['drug.hcpcs'], { readonly: true })}${textbox('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'], { disabled: true })}`,
        '<div class="tooltip tooltip-right" style="position: absolute; left: 530px; top: 60px; z-index: 9000; color: rgb(0, 0, 0); border-color: rgb(204, 153, 51); background-color: rgb(255, 255, 204);"><div class="tooltip-content">This field is required.</div><div class="tooltip-arrow-outer" style="border-right-color: rgb(204, 153, 51);"></div><div class="tooltip-arrow" style="border-right-color: rgb(255, 255, 204);"></div></div>',
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'drug.hcpcs': ILARIS['drug.hcpcs'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  // misread: returns no therapies: the open editors (each in `div.datagrid-editable > table > tr > td`) get the
  // header row's titles "Drug Dose Start date Stop date Outcome" as their section and no column; the text row
  // beside them is not read
  it.fails('reads datagrid rows with one row in edit mode (textbox editors) as the two therapies', () => {
    page(form(`${textbox('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'])}${datagrid('Prior therapies', COLS, THERAPY_ROWS, 1)}`));
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'], ...THERAPIES });
    noDuplicatePaths();
  });

  it("reads nothing from a datagrid of the member's previous requests beside the form", () => {
    page(
      form(
        `${selectCombo('drug', 'Drug name:', ILARIS['drug.name'], DRUGS)}${textbox('npi', 'Prescriber NPI:', ILARIS['prescriber.npi'])}${datagrid(
          'Previous requests',
          [
            ['reqId', 'Request #'],
            ['drug', 'Drug'],
            ['dose', 'Dose'],
            ['submitted', 'Submitted'],
            ['status', 'Status'],
          ],
          [['PA-20931', 'Kineret (anakinra)', '100 mg daily', '06/28/2026', 'Approved']],
        )}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
