import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, THERAPY_ROWS } from '../round5/request';

/**
 * Wijmo 5 (5.2024x, @mescius/wijmo.angular2.input + wijmo.grid; commercial). Opened: the control
 * templates of a Wijmo 5 build vendored in public repositories (wijmo.input.js of 5.20173.405 in
 * dsleeeee/Web-sboffice: `DropDown.controlTemplate` — `div.wj-template > div.wj-input >
 * div.wj-input-group.wj-input-btn-visible > input[wj-part=input].wj-form-control` + `span[wj-part=btn]
 * .wj-input-group-btn > button.wj-btn > span.wj-glyph-down`, the drop-down part removed from the host
 * and shown as a popup of body; a later build's `InputNumber.controlTemplate` — the "-"/"+" spin
 * buttons around `input[type=tel].wj-numeric`, aria-valuenow set on the HOST). The later ARIA
 * (input `role=combobox` + `aria-expanded`), MultiAutoComplete's tokens (`div.wj-token >
 * span.wj-token-label` + `a.wj-token-close` "×", before the input), the listbox popup
 * (`div.wj-dropdown-panel.wj-listbox[role=listbox] > div.wj-listbox-item[role=option]`), the calendar
 * popup and FlexGrid's cell/editor structure (`div.wj-cell[role=gridcell]`, the editor
 * `input.wj-grid-editor` inside the active cell) are written from knowledge.
 * - Angular hosts are the `wj-input-number` / `wj-input-date` / `wj-combo-box` /
 *   `wj-multi-auto-complete` elements (classes `wj-control wj-content wj-dropdown wj-input…`), labelled
 *   in Bootstrap `.form-group`s by a `<label>` written before the host.
 */

const group = (label: string, control: string, extra = '') =>
  `<div class="form-group"><label class="control-label">${label}</label>${control}${extra}</div>`;

const numberInput = (value: string) =>
  `<wj-input-number class="wj-control wj-inputnumber wj-content form-control" role="spinbutton"${value ? ` aria-valuenow="${value}"` : ''}><div class="wj-template"><div class="wj-input"><div class="wj-input-group wj-input-btn-visible"><span wj-part="btn-dec" class="wj-input-group-btn" tabindex="-1"><button class="wj-btn wj-btn-default" tabindex="-1" aria-label="Decrease value">-</button></span><input type="tel" wj-part="input" class="wj-form-control wj-numeric" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" value="${value}"><span wj-part="btn-inc" class="wj-input-group-btn" tabindex="-1"><button class="wj-btn wj-btn-default" tabindex="-1" aria-label="Increase value">+</button></span></div></div></div></wj-input-number>`;

const dropdown = (tag: string, cls: string, inner: string, o: { id?: string; open?: boolean; glyph?: string } = {}) =>
  `<${tag}${o.id ? ` id="${o.id}"` : ''} class="wj-control wj-dropdown wj-content ${cls}${o.open ? ' wj-state-focused' : ' wj-state-collapsed'}"><div class="wj-template"><div class="wj-input"><div class="wj-input-group wj-input-btn-visible">${inner}<span wj-part="btn" class="wj-input-group-btn"><button class="wj-btn wj-btn-default" tabindex="-1" type="button" aria-label="${o.glyph === 'calendar' ? 'Toggle Calendar' : 'Toggle Dropdown'}"><span class="wj-glyph-${o.glyph ?? 'down'}"></span></button></span></div></div></div></${tag}>`;
const ddInput = (value: string, placeholder: string, open = false, popup = 'listbox') =>
  `<input type="text" wj-part="input" class="wj-form-control" role="combobox" aria-haspopup="${popup}" aria-expanded="${open}" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false"${placeholder ? ` placeholder="${placeholder}"` : ''} value="${value}">`;

const inputDate = (value: string, o: { id?: string; open?: boolean } = {}) =>
  dropdown('wj-input-date', 'wj-inputdate', ddInput(value, 'mm/dd/yyyy', o.open, 'dialog'), { ...o, glyph: 'calendar' });
const comboBox = (value: string, placeholder = '', o: { id?: string; open?: boolean } = {}) =>
  dropdown('wj-combo-box', 'wj-combobox', ddInput(value, placeholder, o.open), o);
const multiAuto = (chosen: string[], placeholder: string, open = false) =>
  dropdown(
    'wj-multi-auto-complete',
    'wj-combobox wj-autocomplete wj-multiautocomplete',
    `${chosen.map((c) => `<div class="wj-token" tabindex="-1"><span class="wj-token-label">${c}</span><a class="wj-token-close" href="" tabindex="-1">×</a></div>`).join('')}${ddInput('', chosen.length ? '' : placeholder, open).replace('class="wj-form-control"', 'class="wj-form-control wj-token-helper"')}`,
    { open },
  );
const text = (value: string) => `<input type="text" class="form-control" value="${value}">`;

const listPopup = (options: [string, boolean][]) =>
  `<div class="wj-control wj-content wj-dropdown-panel wj-listbox" role="listbox" tabindex="-1" style="position: absolute; left: 16px; top: 214px; min-width: 320px; z-index: 1500; display: block;">${options
    .map(
      ([o, on]) =>
        `<div class="wj-listbox-item${on ? ' wj-state-selected' : ''}" role="option" aria-selected="${on}" tabindex="-1">${o}</div>`,
    )
    .join('')}</div>`;

const calendarPopup = () =>
  `<div class="wj-control wj-content wj-dropdown-panel wj-calendar" role="dialog" style="position: absolute; left: 16px; top: 120px; z-index: 1500; display: block;"><div class="wj-calendar-outer wj-content"><div wj-part="header" class="wj-calendar-header"><div class="wj-month-select"><span wj-part="tbx-header">March 1988</span> <span class="wj-glyph-down"></span></div><div class="wj-btn-group"><button type="button" class="wj-btn wj-btn-default" wj-part="btn-prev" aria-label="Previous"><span class="wj-glyph-left"></span></button><button type="button" class="wj-btn wj-btn-default" wj-part="btn-today" aria-label="Today"><span class="wj-glyph-circle"></span></button><button type="button" class="wj-btn wj-btn-default" wj-part="btn-next" aria-label="Next"><span class="wj-glyph-right"></span></button></div></div><div class="wj-calendar-multimonth"><table class="wj-calendar-month" role="grid"><tbody><tr class="wj-header">${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => `<td>${d}</td>`).join('')}</tr><tr>${[
    13, 14, 15, 16, 17, 18, 19,
  ]
    .map((d) => `<td role="gridcell" class="${d === 14 ? 'wj-state-selected' : ''}" aria-selected="${d === 14}">${d}</td>`)
    .join('')}</tr></tbody></table></div></div></div>`;

const form = (body: string) =>
  `<form novalidate class="ng-untouched ng-pristine ng-valid">${body}<button type="submit" class="btn btn-primary">Submit</button></form>`;
const h = (t: string) => `<h4>${t}</h4>`;

describe('Wijmo 5: wj-input-number / wj-input-date / wj-combo-box / wj-multi-auto-complete / FlexGrid', () => {
  it('reads the full Ilaris request', () => {
    page(
      `<app-root>${form(`${h('Member')}${group('Member ID', text(ILARIS['patient.memberId']))}${group('Date of birth', inputDate(ILARIS['patient.dob']))}${group('Weight (kg)', numberInput('72'))}
      ${h('Diagnosis')}${group('ICD-10 codes', multiAuto(['M04.1', 'M06.1'], 'Type a code'))}
      ${h('Medication')}${group('Drug name', comboBox(ILARIS['drug.name']))}${group('HCPCS code', text(ILARIS['drug.hcpcs']))}${group('NDC', text(ILARIS['drug.ndc']))}${group('Dose (mg)', numberInput('150'))}${group('Billing units', numberInput('150'))}${group('Frequency', comboBox('Every 4 weeks'))}
      ${h('Labs')}${group('CRP (mg/L)', numberInput('24'))}${group('CRP collection date', inputDate(ILARIS['labs.crpDate']))}
      ${h('Prescriber')}${group('Prescriber NPI', text(ILARIS['prescriber.npi']))}`)}</app-root>`,
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads wj-input-number by its input, not the "-" / "+" spin buttons, and not the host\'s spinbutton role twice', () => {
    page(form(`${group('Weight (kg)', numberInput('72'))}${group('Billing units', numberInput('150'))}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.units': '150' });
    noDuplicatePaths();
  });

  it('names a wj-combo-box by a label whose `for` names the host element (the input has no id)', () => {
    page(
      form(
        `<div class="form-group"><label for="drugName">Drug name</label>${comboBox(ILARIS['drug.name'], 'Select a drug', { id: 'drugName' })}</div>`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.field.element.getAttribute('wj-part')).toBe('input');
  });

  it('reads MultiAutoComplete tokens once, without their "×" close links, and nothing from its open list', () => {
    page(
      `${form(group('ICD-10 codes', multiAuto(['M04.1', 'M06.1'], 'Type a code', true)))}${listPopup([
        ['M04.1', true],
        ['M06.1', true],
        ['M04.8', false],
      ])}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.wj-dropdown-panel');
    nothingFrom('.wj-token');
  });

  it('reads empty wj-input-date / wj-combo-box / wj-multi-auto-complete (placeholders) as empty', () => {
    page(
      form(
        `${group('Date of birth', inputDate(''))}${group('Drug name', comboBox('', 'Select a drug'))}${group('ICD-10 codes', multiAuto([], 'Type a code'))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '', 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('takes nothing from the open calendar popup', () => {
    page(
      `${form(`${group('Date of birth', inputDate(ILARIS['patient.dob'], { open: true }))}${group('Member ID', text(ILARIS['patient.memberId']))}`)}${calendarPopup()}`,
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('.wj-dropdown-panel');
  });

  it('reads prior therapies from a FlexGrid with its cell editor open', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const cell = (content: string, c: number, r: number, active = false) =>
      `<div class="wj-cell${active ? ' wj-state-active wj-state-selected' : ''}${c === 0 ? '' : ''}" role="gridcell" aria-colindex="${c + 1}" tabindex="-1" style="left:${c * 150}px;top:${r * 28}px;width:150px;height:28px;">${content}</div>`;
    page(
      form(
        `${h('Prior therapies')}<wj-flex-grid class="wj-control wj-content wj-flexgrid" tabindex="-1" role="grid" aria-rowcount="3" aria-colcount="5"><div wj-part="root" class="wj-root"><div wj-part="ch" class="wj-colheaders" role="rowgroup"><div class="wj-row" role="row" aria-rowindex="1">${cols
          .map(
            (c, i) =>
              `<div class="wj-cell wj-header" role="columnheader" aria-colindex="${i + 1}" style="left:${i * 150}px;top:0px;width:150px;height:28px;">${c}</div>`,
          )
          .join('')}</div></div><div wj-part="cells" class="wj-cells" role="rowgroup">${THERAPY_ROWS.map(
          (r, i) =>
            `<div class="wj-row" role="row" aria-rowindex="${i + 2}">${r
              .map((v, c) =>
                i === 0 && c === 4
                  ? cell(
                      `<input type="text" class="wj-grid-editor wj-form-control" wj-part="" autocomplete="off" value="${v}">`,
                      c,
                      i,
                      true,
                    )
                  : cell(v, c, i),
              )
              .join('')}</div>`,
        ).join('')}</div></div></wj-flex-grid>`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });
});
