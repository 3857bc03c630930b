import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ISO_REQUEST, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Arco Design Vue 2.5x (arco-design/arco-design-vue, packages/web-vue/components: form demo snapshots
 * (form/__test__/__snapshots__/demo.test.ts.snap @ 04b55e0), select demo snapshots (@ 0544018), select/option.vue
 * (@ 3b9e9c9: a multiple select's option holds a Checkbox), input, date-picker, radio, checkbox, table, modal,
 * trigger):
 * - a-form-item: `div.arco-row.arco-form-item.arco-form-item-layout-horizontal` > `div.arco-col.arco-form-item-label-col
 *   > label.arco-form-item-label` (no `for`; required: `strong.arco-form-item-label-required-symbol > svg`) and
 *   `div.arco-col.arco-form-item-wrapper-col > div.arco-form-item-content` + `div.arco-form-item-message` (error, item
 *   classed `arco-form-item-status-error`) or `div.arco-form-item-message-help` (help / extra).
 * - a-input: `span.arco-input-wrapper > input.arco-input` (+ `span.arco-input-suffix`); with an append,
 *   `span.arco-input-outer` > wrapper + `span.arco-input-append`. a-input-number (embed mode): the input
 *   `role=spinbutton` with `aria-valuenow`, its suffix `div.arco-input-number-step` of two step buttons.
 * - a-input-tag: `div.arco-input-tag` > `span.arco-input-tag-mirror`, `span.arco-tag.arco-input-tag-tag`s, the input.
 * - a-select single: `span.arco-select-view-single.arco-select.arco-select-view` > `input.arco-select-view-input
 *   [readonly][placeholder]` (classed `-input-hidden` once a value shows) + `span.arco-select-view-value` (empty and
 *   `-value-hidden` while nothing is chosen) + suffix arrow. Multiple: `span.arco-select-view-multiple` > `span.arco-
 *   select-view-mirror` (the placeholder while empty), `span.arco-tag.arco-select-view-tag` (text + `span.arco-tag-close-
 *   btn` with no role or name) and `input.arco-select-view-input`. The dropdown (Trigger) is teleported to the end of
 *   body: `div.arco-trigger-popup > … div.arco-select-dropdown > ul.arco-select-dropdown-list` of `li.arco-select-option`
 *   (multiple: `label.arco-checkbox.arco-select-option-checkbox` with a real `input[type=checkbox]`); once opened it is
 *   kept, `display: none` while closed.
 * - a-date-picker: `div.arco-picker > div.arco-picker-input > input[placeholder]` ("YYYY-MM-DD") + `div.arco-picker-suffix`;
 *   its panel in a teleported `div.arco-trigger-popup` (header, week list, `div.arco-picker-cell` days, footer "Today").
 * - a-radio-group / a-checkbox-group: `span.arco-radio-group` of `label.arco-radio > input.arco-radio-target[type=radio]
 *   + span.arco-radio-icon-hover + span.arco-radio-label` (no name); checkbox alike (`arco-checkbox-*`).
 * - a-table: `div.arco-table > div.arco-spin > div.arco-table-container > table.arco-table-element`, `th.arco-table-th >
 *   span.arco-table-cell > span.arco-table-th-title`, `td.arco-table-td > span.arco-table-cell > span.arco-table-td-content`.
 * - a-modal: teleported `div.arco-modal-container` (`display: none` once closed, kept) > `div.arco-modal-mask` +
 *   `div.arco-modal-wrapper > div.arco-modal[role=dialog][aria-modal=true]` (header title, body, footer).
 */

const svg = (name: string) =>
  `<svg viewBox="0 0 48 48" fill="none" xmlns="http://www.w3.org/2000/svg" stroke="currentColor" class="arco-icon arco-icon-${name}" stroke-width="4" stroke-linecap="butt" stroke-linejoin="miter"><path d="M39.6 17.443 24.043 33 8.487 17.443"></path></svg>`;
const item = (label: string, content: string, o: { required?: boolean; error?: string; help?: string } = {}) =>
  `<div class="arco-row arco-row-align-start arco-row-justify-start arco-form-item arco-form-item-layout-horizontal${o.error ? ' arco-form-item-status-error arco-form-item-has-help' : ''}"><div class="arco-col arco-col-5 arco-form-item-label-col"><label class="arco-form-item-label">${
    o.required
      ? '<strong class="arco-form-item-label-required-symbol"><svg fill="currentColor" viewBox="0 0 1024 1024" width="1em" height="1em"><path d="M583.338 590.663L844.8 714.4"></path></svg></strong>'
      : ''
  }${label}</label></div><div class="arco-col arco-col-19 arco-form-item-wrapper-col"><div class="arco-form-item-content">${content}</div>${
    o.error
      ? `<div class="arco-form-item-message">${o.error}</div>`
      : o.help
        ? `<div class="arco-form-item-message arco-form-item-message-help"><div>${o.help}</div></div>`
        : ''
  }</div></div>`;
const input = (value: string, o: { suffix?: string; error?: boolean; placeholder?: string } = {}) =>
  `<span class="arco-input-wrapper${o.error ? ' arco-input-error' : ''}${o.suffix ? ' arco-input-has-suffix' : ''}"><input class="arco-input arco-input-size-medium" type="text" placeholder="${o.placeholder ?? 'Please enter'}" value="${value}">${o.suffix ? `<span class="arco-input-suffix">${o.suffix}</span>` : ''}</span>`;
const field2 = (label: string, value: string, o: { suffix?: string; required?: boolean; error?: string; help?: string } = {}) =>
  item(label, input(value, { suffix: o.suffix, error: !!o.error }), o);

const select = (chosen: string) =>
  `<span class="arco-select-view-single arco-select arco-select-view arco-select-view-size-medium" style="width: 100%;"><input class="arco-select-view-input${chosen ? ' arco-select-view-input-hidden' : ''}" readonly="" placeholder="Please select ..."><span class="arco-select-view-value${chosen ? '' : ' arco-select-view-value-hidden'}">${chosen}</span><span class="arco-select-view-suffix"><span class="arco-select-view-icon">${svg('down')}</span></span></span>`;
const tags = (chosen: string[], search = '') =>
  `<span class="arco-select-view arco-select-view-size-medium${chosen.length ? ' arco-select-view-has-tag' : ' arco-select-view-has-placeholder'} arco-select-view-has-suffix arco-select-view-multiple arco-select${search ? ' arco-select-view-focus arco-select-view-search' : ''}" style="width: 100%;"><span class="arco-select-view-mirror">${chosen.length ? search : 'Please select ...'}</span>${chosen
    .map(
      (c) =>
        `<span class="arco-tag arco-tag-size-medium arco-tag-checked arco-select-view-tag">${c}<span class="arco-icon-hover arco-tag-icon-hover arco-icon-hover-size-medium arco-tag-close-btn">${svg('close')}</span></span>`,
    )
    .join(
      '',
    )}<input class="arco-select-view-input" style="width: 12px;"${chosen.length ? '' : ' placeholder="Please select ..."'} value="${search}"><span class="arco-select-view-suffix"><span class="arco-select-view-icon">${svg('expand')}</span></span></span>`;
const checkbox = (v: string, on: boolean, extra = '') =>
  `<label aria-disabled="false" class="arco-checkbox${on ? ' arco-checkbox-checked' : ''}${extra}"><input type="checkbox" class="arco-checkbox-target" value="${extra ? '' : v}"${on ? ' checked=""' : ''}><span class="arco-icon-hover arco-icon-hover-size-medium arco-checkbox-icon-hover"><div class="arco-checkbox-icon">${on ? '<svg aria-hidden="true" focusable="false" viewBox="0 0 1024 1024" width="200" height="200" fill="currentColor" class="arco-checkbox-icon-check"><path d="M877.44815445 206.10060629"></path></svg>' : ''}</div></span><span class="arco-checkbox-label">${v}</span></label>`;
/** a select's teleported dropdown; `open` false = opened once and closed (kept, display none) */
const dropdown = (options: string[], chosen: string[], o: { multiple?: boolean; open: boolean }) =>
  `<div class="arco-trigger-popup arco-trigger-position-bl" trigger-placement="bl" style="z-index: 1001; pointer-events: auto; width: 320px; left: 120px; top: 260px;${o.open ? '' : ' display: none;'}"><div class="arco-trigger-popup-wrapper" style="transform-origin: 0px 0px;"><div class="arco-trigger-content"><div class="arco-select-dropdown${o.multiple ? ' arco-select-dropdown-multiple' : ''}"><div class="arco-scrollbar arco-scrollbar-type-embed"><div class="arco-scrollbar-container arco-select-dropdown-list-wrapper"><ul class="arco-select-dropdown-list">${options
    .map(
      (v, i) =>
        `<li class="arco-select-option${i === 0 && o.open ? ' arco-select-option-active' : ''}${o.multiple ? ' arco-select-option-multiple' : ''}">${o.multiple ? checkbox(v, chosen.includes(v), ' arco-select-option-checkbox') : `<span class="arco-select-option-content">${v}</span>`}</li>`,
    )
    .join('')}</ul></div></div></div></div></div></div>`;
const datePicker = (value: string) =>
  `<div class="arco-picker arco-picker-size-medium${value ? ' arco-picker-has-value' : ''}" visible="false" style="width: 100%;"><div class="arco-picker-input"><input placeholder="Please select date" class="" value="${value}"></div><div class="arco-picker-suffix"><span class="arco-picker-suffix-icon">${svg('calendar')}</span></div></div>`;
const datePanel = (year: number, month: string, day: number, open: boolean) =>
  `<div class="arco-trigger-popup arco-trigger-position-bl" trigger-placement="bl" style="z-index: 1001; pointer-events: auto; left: 120px; top: 160px;${open ? '' : ' display: none;'}"><div class="arco-trigger-popup-wrapper"><div class="arco-trigger-content"><div class="arco-picker-container"><div class="arco-picker-panel-wrapper"><div class="arco-panel-date"><div class="arco-panel-date-inner"><div class="arco-picker-header"><div class="arco-picker-header-icon">${svg('double-left')}</div><div class="arco-picker-header-title"><span class="arco-picker-header-label">${year}</span><span>-</span><span class="arco-picker-header-label">${month}</span></div><div class="arco-picker-header-icon">${svg('double-right')}</div></div><div class="arco-picker-body"><div class="arco-picker-week-list"><div class="arco-picker-week-list-item">Sun</div><div class="arco-picker-week-list-item">Mon</div></div><div class="arco-picker-row">${[
    day - 1,
    day,
    day + 1,
  ]
    .map(
      (d) =>
        `<div class="arco-picker-cell arco-picker-cell-in-view${d === day ? ' arco-picker-cell-selected' : ''}"><div class="arco-picker-date"><div class="arco-picker-date-value">${d}</div></div></div>`,
    )
    .join(
      '',
    )}</div></div></div></div><div class="arco-picker-footer"><div class="arco-picker-footer-btn-wrapper"><button class="arco-btn arco-btn-text arco-btn-shape-square arco-btn-size-mini arco-btn-status-normal" type="button">Today</button></div></div></div></div></div></div></div>`;
const radioGroup = (options: string[], chosen: string) =>
  `<span class="arco-radio-group arco-radio-group-size-medium arco-radio-group-direction-horizontal">${options
    .map(
      (v) =>
        `<label class="arco-radio${v === chosen ? ' arco-radio-checked' : ''}"><input type="radio" class="arco-radio-target" value="${v}"${v === chosen ? ' checked=""' : ''}><span class="arco-icon-hover arco-radio-icon-hover"><span class="arco-radio-icon"></span></span><span class="arco-radio-label">${v}</span></label>`,
    )
    .join('')}</span>`;
const checkboxGroup = (options: string[], chosen: string[]) =>
  `<span class="arco-checkbox-group arco-checkbox-group-direction-horizontal">${options.map((v) => checkbox(v, chosen.includes(v))).join('')}</span>`;
const table = (headers: string[], rows: readonly (readonly string[])[]) =>
  `<div class="arco-table arco-table-size-large arco-table-border arco-table-hover"><div class="arco-spin"><div class="arco-table-container"><table class="arco-table-element" cellpadding="0" cellspacing="0"><thead><tr class="arco-table-tr">${headers
    .map(
      (h) =>
        `<th class="arco-table-th"><span class="arco-table-cell arco-table-cell-align-left"><span class="arco-table-th-title">${h}</span></span></th>`,
    )
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr class="arco-table-tr">${r.map((v) => `<td class="arco-table-td"><span class="arco-table-cell"><span class="arco-table-td-content">${v}</span></span></td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div></div></div>`;
/** a-input-tag (free codes): the select view's tag markup without the select */
const inputTag = (values: string[]) =>
  `<div class="arco-input-tag arco-input-tag-size-medium${values.length ? ' arco-input-tag-has-tag' : ' arco-input-tag-has-placeholder'}"><span class="arco-input-tag-mirror">${values.length ? '' : 'Type a code and press Enter'}</span>${values
    .map(
      (v) =>
        `<span class="arco-tag arco-tag-size-medium arco-tag-checked arco-input-tag-tag">${v}<span class="arco-icon-hover arco-tag-icon-hover arco-icon-hover-size-medium arco-tag-close-btn">${svg('close')}</span></span>`,
    )
    .join(
      '',
    )}<input class="arco-input-tag-input" style="width: 12px;"${values.length ? '' : ' placeholder="Type a code and press Enter"'}></div>`;
/** a-table with row selection (checkbox column) and its pagination with the page-size select */
const selectionTable = (headers: string[], rows: readonly (readonly string[])[]) =>
  `<div class="arco-table arco-table-size-large arco-table-hover"><div class="arco-spin"><div class="arco-table-container"><table class="arco-table-element" cellpadding="0" cellspacing="0"><thead><tr class="arco-table-tr"><th class="arco-table-th arco-table-operation arco-table-checkbox"><span class="arco-table-cell">${checkbox('', false)}</span></th>${headers
    .map(
      (h) =>
        `<th class="arco-table-th"><span class="arco-table-cell arco-table-cell-align-left"><span class="arco-table-th-title">${h}</span></span></th>`,
    )
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr class="arco-table-tr"><td class="arco-table-td arco-table-operation arco-table-checkbox"><span class="arco-table-cell"><label aria-disabled="false" class="arco-checkbox"><input type="checkbox" class="arco-checkbox-target" value="${i + 1}"><span class="arco-icon-hover arco-checkbox-icon-hover"><div class="arco-checkbox-icon"></div></span></label></span></td>${r.map((v) => `<td class="arco-table-td"><span class="arco-table-cell"><span class="arco-table-td-content">${v}</span></span></td>`).join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody></table></div></div><div class="arco-table-pagination"><div class="arco-pagination arco-pagination-size-medium"><span class="arco-pagination-total">Total ${rows.length}</span><ul class="arco-pagination-list"><li class="arco-pagination-item arco-pagination-item-previous arco-pagination-item-disabled">${svg('left')}</li><li class="arco-pagination-item arco-pagination-item-active">1</li><li class="arco-pagination-item arco-pagination-item-next arco-pagination-item-disabled">${svg('right')}</li></ul><span class="arco-pagination-options">${select('10 / Page')}</span></div></div></div>`;
const modal = (title: string, body: string, open: boolean) =>
  `<div class="arco-modal-container" style="z-index: 1001;${open ? '' : ' display: none;'}"><div class="arco-modal-mask"></div><div class="arco-modal-wrapper arco-modal-wrapper-align-center"><div role="dialog" aria-modal="true" class="arco-modal"><div class="arco-modal-header"><div class="arco-modal-title arco-modal-title-align-center">${title}</div><div tabindex="-1" role="button" aria-label="Close" class="arco-modal-close-btn"><span class="arco-icon-hover">${svg('close')}</span></div></div><div class="arco-modal-body">${body}</div><div class="arco-modal-footer"><button class="arco-btn arco-btn-secondary" type="button">Cancel</button><button class="arco-btn arco-btn-primary" type="button">OK</button></div></div></div></div>`;
const app = (body: string, tail = '') =>
  `<div id="app"><section class="arco-layout"><main class="arco-layout-content"><form class="arco-form arco-form-layout-horizontal arco-form-size-medium">${body}</form></main></section></div>${tail}`;
const h = (t: string) => `<h3 class="arco-typography">${t}</h3>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Arco Design Vue: a-form-item, a-input, a-select, a-date-picker, a-radio-group, a-checkbox-group, a-table, a-modal', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(
        `${h('Member')}${field2('Member ID', ISO_REQUEST['patient.memberId'], { required: true })}${item('Date of birth', datePicker('1988-03-14'))}${field2('Weight', '72', { suffix: 'kg' })}
        ${h('Diagnosis')}${item('ICD-10 codes', tags(['M04.1', 'M06.1']))}
        ${h('Medication')}${item('Drug name', select(ISO_REQUEST['drug.name']))}${field2('HCPCS code', 'J0638')}${field2('NDC', ISO_REQUEST['drug.ndc'], { help: '11 digits, 5-4-2' })}${field2('Dose', '150', { suffix: 'mg' })}${field2('Billing units', '150')}${item('Frequency', radioGroup(FREQ, 'Every 4 weeks'))}
        ${h('Labs')}${field2('CRP', '24', { suffix: 'mg/L' })}${item('CRP collection date', datePicker('2026-11-02'))}
        ${h('Prior therapies')}${table(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS)}
        ${h('Prescriber')}${field2('Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
        `${dropdown(CODES, ['M04.1', 'M06.1'], { multiple: true, open: false })}${datePanel(1988, '03', 14, false)}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads a chosen single select by its shown value and an empty one (placeholder only) as empty', () => {
    page(
      app(
        `${item('Drug name', select(''))}${item('Frequency', select('Every 8 weeks'))}`,
        dropdown(FREQ, ['Every 8 weeks'], { open: false }),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.arco-trigger-popup');
  });

  it('reads an empty single select as empty while its dropdown is open, its active option no value', () => {
    page(app(`${item('Drug name', select(''))}${field2('Dose', '150', { suffix: 'mg' })}`, dropdown(DRUGS, [], { open: true })));
    expect(read()).toEqual({ 'drug.name': '', 'drug.dose': '150' });
    nothingFrom('.arco-trigger-popup');
  });

  it('reads a multiple select as its tags, nothing from the checkboxes of its dropdown kept closed at the end of body', () => {
    page(app(item('ICD-10 codes', tags(['M04.1', 'M06.1'])), dropdown(CODES, ['M04.1', 'M06.1'], { multiple: true, open: false })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('.arco-trigger-popup');
  });

  it('reads an empty multiple select (its mirror showing the placeholder) as empty while its dropdown is open', () => {
    page(app(item('ICD-10 codes', tags([])), dropdown(CODES, [], { multiple: true, open: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
    nothingFrom('.arco-trigger-popup');
  });

  it('reads date pickers by their inputs, nothing from the open date panel', () => {
    page(
      app(
        `${item('Date of birth', datePicker('1988-03-14'))}${item('CRP collection date', datePicker(''))}`,
        datePanel(1988, '03', 14, true),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
    nothingFrom('.arco-trigger-popup');
  });

  it('reads a checkbox group and a radio group by their form item labels', () => {
    page(app(`${item('ICD-10 codes', checkboxGroup(CODES, ['M04.1', 'M06.1']))}${item('Frequency', radioGroup(FREQ, 'Once'))}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Once' });
  });

  it('reads a field showing its error message by its label alone', () => {
    page(
      app(
        `${field2('Prescriber NPI', '123456789', { required: true, error: 'NPI must be 10 digits' })}${field2('Member ID', ISO_REQUEST['patient.memberId'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'patient.memberId': ISO_REQUEST['patient.memberId'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads nothing from a table of past requests below the form', () => {
    page(
      app(
        `${field2('Drug name', ISO_REQUEST['drug.name'])}${field2('Dose', '150', { suffix: 'mg' })}${h('Recent requests')}${table(['Submitted', 'Member ID', 'Drug', 'Dose', 'Status'], [['2026-08-12', 'U4829163702', 'Kineret (anakinra)', '100', 'Approved']])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.dose': '150' });
  });

  it('reads nothing from a closed modal kept at the end of body holding another request', () => {
    page(
      app(
        `${field2('Drug name', ISO_REQUEST['drug.name'])}${field2('Dose', '150', { suffix: 'mg' })}${field2('Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
        modal(
          'Copy a previous request',
          `<form class="arco-form arco-form-layout-vertical">${field2('Drug name', 'Kineret (anakinra)')}${field2('Dose', '100', { suffix: 'mg' })}${field2('Prescriber NPI', '1987654320')}</form>`,
          false,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.dose': '150', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    nothingFrom('.arco-modal-container');
  });

  it('reads an a-input-tag as its codes, without the close icons', () => {
    page(app(`${item('ICD-10 codes', inputTag(['M04.1', 'M06.1']))}${item('Secondary codes', inputTag([]))}`));
    expect(read()).toMatchObject({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads nothing from a selectable table of past requests with its pagination', () => {
    page(
      app(
        `${field2('Drug name', ISO_REQUEST['drug.name'])}${field2('Dose', '150', { suffix: 'mg' })}${h('Recent requests')}${selectionTable(
          ['Submitted', 'Member ID', 'Drug', 'Dose', 'Status'],
          [
            ['2026-08-12', 'U4829163702', 'Kineret (anakinra)', '100', 'Approved'],
            ['2026-03-02', 'U4829163702', 'colchicine', '0.6', 'Denied'],
          ],
        )}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.dose': '150' });
  });

  it('reads the request in an open modal, not the search box of the list behind it', () => {
    page(
      app(
        field2('Search member ID', 'U1111111111'),
        modal(
          'New prior authorization',
          `<form class="arco-form arco-form-layout-vertical">${field2('Member ID', ISO_REQUEST['patient.memberId'])}${item('ICD-10 codes', tags(['M04.1', 'M06.1']))}${field2('Dose', '150', { suffix: 'mg' })}${field2('Prescriber NPI', ISO_REQUEST['prescriber.npi'])}</form>`,
          true,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ISO_REQUEST['patient.memberId'],
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.dose': '150',
      'prescriber.npi': ISO_REQUEST['prescriber.npi'],
    });
  });

  // misread: codes left unread — the chip field is named by the select view's width mirror `span.arco-select-view-mirror`
  // holding the search (dump: nearby "M04") instead of its form item label, and its collected value is
  // "M04.1, M06.1, M04" (the search as a third code)
  it.fails('reads a searchable multiple select as its tags, not the search typed while its dropdown is open', () => {
    // allow-search: the typed text filters the options (CODES starting with "M04"); without allow-create it adds no tag
    page(
      app(item('ICD-10 codes', tags(['M04.1', 'M06.1'], 'M04')), dropdown(['M04.1', 'M04.8'], ['M04.1'], { multiple: true, open: true })),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.arco-trigger-popup');
  });

  it('reads an a-table whose cells hold a-inputs as the therapies', () => {
    page(
      app(
        `${h('Prior therapies')}${table(
          ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
          THERAPY_ROWS.map((r) => r.map((v) => input(v, { placeholder: '' }))),
        )}${field2('Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ ...THERAPIES, 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
  });

  it('reads a-input-numbers (embedded step buttons, an append unit) by their labels, the unit implied', () => {
    const step = `<div class="arco-input-number-step"><button class="arco-input-number-step-button" type="button" tabindex="-1">${svg('up')}</button><button class="arco-input-number-step-button" type="button" tabindex="-1">${svg('down')}</button></div>`;
    const number = (value: string, append: string) =>
      `<span class="arco-input-outer arco-input-outer-size-medium arco-input-number arco-input-number-mode-embed arco-input-number-size-medium"><span class="arco-input-wrapper arco-input-has-suffix"><input class="arco-input arco-input-size-medium" type="text" role="spinbutton" aria-valuemax="9007199254740991" aria-valuemin="-9007199254740991" aria-valuenow="${value}" placeholder="Please enter" value="${value}"><span class="arco-input-suffix">${step}</span></span><span class="arco-input-append">${append}</span></span>`;
    page(app(`${item('Weight', number('72', 'kg'))}${item('Dose', number('150', 'mg'))}${item('CRP', number('24', 'mg/L'))}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150', 'labs.crpValue': '24' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });
});
