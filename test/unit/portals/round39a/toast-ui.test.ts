import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Toast UI (NHN): tui.grid 4 (nhn/tui.grid, packages/toast-ui.grid/src/view: container.tsx, leftSide/rightSide.tsx,
 * headerArea.tsx, columnHeader.tsx, bodyArea.tsx, bodyRow.tsx, bodyCell.tsx, editingLayerInner.tsx, clipboard.tsx;
 * src/editor/text.ts), tui.date-picker 4 (nhn/tui.date-picker src/template/datepicker/index.js,
 * calendar/header.js, calendar/dateLayer.js, timepicker/*.hbs; the input wrapper as its docs write it) and
 * tui.select-box 1 (nhn/toast-ui.select-box src/js/input.js, dropdown.js, item.js, constants.js):
 * - grid: `div.tui-grid-container[data-grid-id]` > `div.tui-grid-content-area` > `div.tui-grid-lside-area` (the
 *   rowNum row header: its own header and body tables) and `div.tui-grid-rside-area` > `div.tui-grid-header-area`
 *   > `table.tui-grid-table` > colgroup + `tbody > tr > th.tui-grid-cell.tui-grid-cell-header[data-column-name]`
 *   (header text as is), then `div.tui-grid-body-area > div.tui-grid-body-container > div.tui-grid-table-container
 *   > table.tui-grid-table > tbody > tr.tui-grid-row-odd|even > td.tui-grid-cell.tui-grid-cell-has-input
 *   [.tui-grid-cell-editable][data-row-key][data-column-name] > div.tui-grid-cell-content`; while a cell is edited,
 *   `div.tui-grid-layer-editing.tui-grid-cell-content.tui-grid-cell-content-editor` in the body container holds
 *   `input.tui-grid-content-text`; after the container's areas, `div.tui-grid-clipboard[contenteditable]` (holding
 *   the copied cells' text after Ctrl+C).
 * - date picker: `div.tui-datepicker-input.tui-datetime-input.tui-has-focus > input[type=text][aria-label] +
 *   span.tui-ico-date`, its container after it holding `div.tui-datepicker` (`tui-hidden` while closed) >
 *   `div.tui-datepicker-body > div.tui-calendar-container > div.tui-calendar` (header buttons "Prev month"/
 *   "Next month", `em.tui-calendar-title`, `table.tui-calendar-body-inner` with caption "Dates"), and with a
 *   time picker `div.tui-datepicker-footer > div.tui-timepicker-container` of spinbox inputs
 *   (`aria-label="Timepicker spinbox value"`).
 * - select box: `div.tui-select-box > div.tui-select-box-input[tabindex=0] > p.tui-select-box-placeholder` (the
 *   placeholder, or the chosen item's label) + `span.tui-select-box-icon` "select", `ul.tui-select-box-dropdown
 *   [.tui-select-box-hidden] > li.tui-select-box-item[tabindex=-1][data-value][data-index]
 *   [.tui-select-box-selected]`, and `select.tui-select-box-hidden[tabindex=-1]` whose options carry only a
 *   `label` attribute (no text), the placeholder as `option[value=""][label]`.
 */

const row = (label: string, id: string, control: string) => `<div class="form-row"><label for="${id}">${label}</label>${control}</div>`;
const text = (id: string, label: string, value: string) => row(label, id, `<input type="text" id="${id}" name="${id}" value="${value}">`);

let uid = 0;
/** a tui date picker on its input, the picker drawn (closed unless `open`) in its container after the wrapper */
function datePicker(id: string, label: string, value: string, o: { open?: boolean; time?: boolean } = {}) {
  const k = ++uid;
  const days = [1, 2, 3, 4, 5, 6, 7]
    .map(
      (d) => `<td class="tui-calendar-date${d === 2 ? ' tui-is-selected' : ''}" data-timestamp="${1793577600000 + d * 86400000}">${d}</td>`,
    )
    .join('');
  const time = o.time
    ? `<div class="tui-datepicker-footer"><div class="tui-timepicker-container"><div class="tui-timepicker"><div class="tui-timepicker-body"><div class="tui-timepicker-row"><div class="tui-timepicker-column tui-timepicker-spinbox tui-timepicker-hour"><div class="tui-timepicker-btn-area"><input type="text" class="tui-timepicker-spinbox-input" maxlength="2" size="2" value="09" aria-label="Timepicker spinbox value"><button type="button" class="tui-timepicker-btn tui-timepicker-btn-up"><span class="tui-ico-t-btn">Increase</span></button><button type="button" class="tui-timepicker-btn tui-timepicker-btn-down"><span class="tui-ico-t-btn">Decrease</span></button></div></div><span class="tui-timepicker-column tui-timepicker-colon"><span class="tui-ico-colon">:</span></span><div class="tui-timepicker-column tui-timepicker-spinbox tui-timepicker-minute"><div class="tui-timepicker-btn-area"><input type="text" class="tui-timepicker-spinbox-input" maxlength="2" size="2" value="30" aria-label="Timepicker spinbox value"><button type="button" class="tui-timepicker-btn tui-timepicker-btn-up"><span class="tui-ico-t-btn">Increase</span></button><button type="button" class="tui-timepicker-btn tui-timepicker-btn-down"><span class="tui-ico-t-btn">Decrease</span></button></div></div></div></div></div></div></div>`
    : '';
  return row(
    label,
    id,
    `<div class="tui-datepicker-input tui-datetime-input tui-has-focus"><input type="text" id="${id}" aria-label="Date-Time" value="${value}"><span class="tui-ico-date"></span></div><div id="${id}-container" style="margin-top: -1px;"><div class="tui-datepicker${o.open ? '' : ' tui-hidden'}"><div class="tui-datepicker-body"><div class="tui-calendar-container"><div class="tui-calendar tui-calendar-month-${k}"><div class="tui-calendar-header"><div class="tui-calendar-header-inner"><button class="tui-calendar-btn tui-calendar-btn-prev-month">Prev month</button><em class="tui-calendar-title tui-calendar-title-month">November 2026</em><button class="tui-calendar-btn tui-calendar-btn-next-month">Next month</button></div></div><div class="tui-calendar-body"><table class="tui-calendar-body-inner" cellspacing="0" cellpadding="0"><caption><span>Dates</span></caption><thead class="tui-calendar-body-header"><tr><th class="tui-sun" scope="col">Sun</th><th scope="col">Mon</th><th scope="col">Tue</th><th scope="col">Wed</th><th scope="col">Thu</th><th scope="col">Fri</th><th class="tui-sat" scope="col">Sat</th></tr></thead><tbody><tr class="tui-calendar-week">${days}</tr></tbody></table></div></div></div></div>${time}</div></div>`,
  );
}

/** a tui select box (placeholder or chosen label in its `p`), its dropdown open or hidden, its native mirror after */
function selectBox(label: string, chosen: string, items: string[], o: { placeholder?: string; open?: boolean; bare?: boolean } = {}) {
  const placeholder = o.placeholder ?? 'Please select an option.';
  const box = `<div class="tui-select-box"><div class="tui-select-box-input${o.open ? ' tui-select-box-open' : ''}" tabindex="0"><p class="tui-select-box-placeholder">${chosen || placeholder}</p><span class="tui-select-box-icon">select</span></div><ul class="tui-select-box-dropdown${o.open ? '' : ' tui-select-box-hidden'}">${items
    .map(
      (v, i) =>
        `<li class="tui-select-box-item${v === chosen ? ' tui-select-box-selected' : ''}${o.open && v === chosen ? ' tui-select-box-highlight' : ''}" tabindex="-1" data-value="${i + 1}" data-index="${i}">${v}</li>`,
    )
    .join('')}</ul><select class="tui-select-box-hidden" tabindex="-1"><option label="${placeholder}" value=""></option>${items
    .map((v, i) => `<option value="${i + 1}" label="${v}"${v === chosen ? ' selected' : ''}></option>`)
    .join('')}</select></div>`;
  return o.bare ? box : `<div class="form-row"><span class="form-label">${label}</span><div id="sb-${++uid}">${box}</div></div>`;
}

const COLS = ['drug', 'dose', 'start', 'stop', 'outcome'];
const TITLES = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
/** a tui grid with the rowNum row header on the left side; `editing` opens the text editor over row 0's outcome */
function grid(
  rows: string[][],
  o: { editing?: string; selectEditing?: string[]; clipboard?: string; rowNum?: boolean; titles?: string[] } = {},
) {
  const titles = o.titles ?? TITLES;
  const names = o.titles ? o.titles.map((t) => t.toLowerCase().replace(/\W+/g, '')) : COLS;
  const cols = (names: string[], w: number) =>
    `<colgroup>${names.map((n) => `<col data-column-name="${n}" style="width: ${w}px;">`).join('')}</colgroup>`;
  const tr = (i: number, cells: string) => `<tr style="height: 40px;" class="tui-grid-row-${i % 2 === 0 ? 'odd' : 'even'}">${cells}</tr>`;
  const side = (cls: string, names: string[], titles: string[], body: string[][], w: number, extra = '') =>
    `<div class="tui-grid-${cls}-area" style="display: block;${cls === 'rside' ? ' margin-left: 61px;' : ' width: 60px;'}"><div class="tui-grid-header-area" style="height: 40px;"><table class="tui-grid-table">${cols(names, w)}<tbody><tr style="height: 40px;">${titles
      .map(
        (t, i) =>
          `<th data-column-name="${names[i]}" class="tui-grid-cell tui-grid-cell-header${names[i] === '_number' ? ' tui-grid-cell-row-header' : ''}">${t}</th>`,
      )
      .join(
        '',
      )}</tr></tbody></table><div class="tui-grid-column-resize-container" style="display: block; margin-top: -40px; height: 40px;"></div></div><div class="tui-grid-body-area" style="height: 82px; overflow-x: hidden;"><div class="tui-grid-body-container" style="width: ${w * names.length}px; height: 82px;"><div class="tui-grid-table-container" style="top: 0px; left: 0px; overflow: visible;"><table class="tui-grid-table">${cols(names, w)}<tbody>${body
      .map((r, ri) =>
        tr(
          ri,
          r
            .map(
              (v, i) =>
                `<td data-row-key="${ri}" data-column-name="${names[i]}" class="tui-grid-cell tui-grid-cell-has-input${names[i] === '_number' ? ' tui-grid-cell-row-header' : ' tui-grid-cell-editable'}" style=""><div class="tui-grid-cell-content">${v}</div></td>`,
            )
            .join(''),
        ),
      )
      .join('')}</tbody></table></div><div class="tui-grid-layer-focus"></div>${extra}</div></div></div>`;
  const layer =
    'class="tui-grid-layer-editing tui-grid-cell-content tui-grid-cell-content-editor" style="top: 41px; left: 600px; width: 151px; height: 40px; line-height: 38px;"';
  const editor =
    o.editing !== undefined
      ? `<div ${layer}><input class="tui-grid-content-text" type="text" value="${o.editing}"></div>`
      : o.selectEditing
        ? `<div ${layer}><div class="tui-grid-layer-editing-inner">${rows[0]![4]}</div></div>`
        : '';
  // the select editor's layer, appended to the grid container (editor/select.ts): an open tui select box
  const selectLayer = o.selectEditing
    ? `<div class="tui-grid-editor-select-box-layer" style="min-width: 141px; top: 81px; left: 600px;">${selectBox('', rows[0]![4]!, o.selectEditing, { open: true, bare: true })}</div>`
    : '';
  // without row headers the left side is still drawn, 0px wide, its rows holding no cells (leftSide.tsx, bodyRow.tsx)
  const left = o.rowNum
    ? side(
        'lside',
        ['_number'],
        ['No.'],
        rows.map((_, i) => [String(i + 1)]),
        60,
      )
    : `<div class="tui-grid-lside-area" style="width: 0px; display: block;"><div class="tui-grid-header-area" style="height: 40px;"><table class="tui-grid-table"><colgroup></colgroup><tbody><tr style="height: 40px;"></tr></tbody></table><div class="tui-grid-column-resize-container" style="display: block; margin-top: -40px; height: 40px;"></div></div><div class="tui-grid-body-area" style="height: 82px; overflow-x: hidden;"><div class="tui-grid-body-container" style="width: 1px; height: 82px;"><div class="tui-grid-table-container" style="top: 0px; left: 0px; overflow: visible;"><table class="tui-grid-table"><colgroup></colgroup><tbody>${rows.map((_, i) => tr(i, '')).join('')}</tbody></table></div><div class="tui-grid-layer-focus"></div></div></div></div>`;
  return `<div data-grid-id="1" style="width: 100%;" class="tui-grid-container${o.rowNum ? ' tui-grid-show-lside-area' : ''}"><div class="tui-grid-content-area tui-grid-no-scroll-x tui-grid-no-scroll-y">${left}${side('rside', names, titles, rows, 150, editor)}<div class="tui-grid-border-line tui-grid-border-line-top"></div><div class="tui-grid-border-line tui-grid-border-line-left"></div><div class="tui-grid-border-line tui-grid-border-line-right"></div><div class="tui-grid-border-line tui-grid-border-line-bottom" style="bottom: 0px;"></div></div><div class="tui-grid-clipboard" contenteditable="true">${o.clipboard ?? ''}</div>${selectLayer}</div>`;
}

const form = (body: string) =>
  `<main class="wrap"><h1>Prior authorization request</h1><form id="pa-form">${body}<button type="submit" class="btn-submit">Submit</button></form></main>`;
const section = (title: string, body: string) => `<section class="form-section"><h2>${title}</h2>${body}</section>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Toast UI: tui.grid 4, tui.date-picker, tui.select-box', () => {
  it('reads the full Ilaris request, prior therapies from the grid', () => {
    page(
      form(
        `${section('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`)}
        ${section('Diagnosis', text('icd', 'ICD-10 codes', 'M04.1, M06.1'))}
        ${section(
          'Medication',
          `${selectBox('Drug name', ILARIS['drug.name'], DRUGS, { placeholder: 'Select a drug' })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${selectBox('Frequency', 'Every 4 weeks', FREQ)}`,
        )}
        ${section('Labs', `${text('crp', 'CRP (mg/L)', '24')}${datePicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${section('Prior therapies', grid(THERAPY_ROWS))}
        ${section('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  // misread: no prior therapy read (only patient.memberId): the left side's row-number body rows ("1", "2", one cell
  // each) are taken as one-cell heading rows, so the grid's cells get section "2" instead of "Prior therapies"
  it.fails('reads the grid rows by the header table drawn apart, not the row-number column on the left side', () => {
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${section('Prior therapies', grid(THERAPY_ROWS, { rowNum: true }))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
    nothingFrom('.tui-grid-lside-area');
  });

  // misread: no prior therapy read (only patient.memberId): the cells are collected under "Prior therapies" with their
  // columns, but none is mapped once the editing layer's `input.tui-grid-content-text` (in the body container, in no
  // row, named by the run of cell texts before it) is on the page; the clipboard alone changes nothing
  it.fails('reads a cell while its editing layer is open, and nothing from the clipboard holding copied cells', () => {
    const copied = THERAPY_ROWS[1]!.join('\t');
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${section('Prior therapies', grid(THERAPY_ROWS, { editing: THERAPIES['priorTherapies.0.outcome'], clipboard: copied }))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
    nothingFrom('.tui-grid-clipboard');
  });

  it('reads the cells while a select editor is open over one, and nothing from its select box layer', () => {
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${section('Prior therapies', grid(THERAPY_ROWS, { selectEditing: ['Inadequate response', 'Injection-site reactions', 'Intolerance'] }))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
    nothingFrom('.tui-grid-editor-select-box-layer');
  });

  it('takes nothing from a grid of past requests (drug, dates, status) beside the form', () => {
    const past = grid(
      [
        ['PA-20931', 'Kineret (anakinra)', '06/20/2026', '06/30/2026', 'Approved'],
        ['PA-19802', 'colchicine', '01/02/2026', '01/05/2026', 'Denied'],
      ],
      { titles: ['Request', 'Drug', 'Submitted', 'Decided', 'Status'] },
    );
    page(
      `${form(`${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`)}<aside class="history"><h2>Previous requests</h2>${past}</aside>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a select box by its chosen label, and nothing from its hidden dropdown or native mirror', () => {
    page(
      form(
        `${selectBox('Drug name', ILARIS['drug.name'], DRUGS, { placeholder: 'Select a drug' })}${selectBox('Frequency', 'Every 8 weeks', FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    noDuplicatePaths();
    nothingFrom('ul.tui-select-box-dropdown');
  });

  it('reads a select box showing its placeholder as empty, and an open one by its chosen label', () => {
    page(
      form(`${selectBox('Drug name', '', DRUGS, { placeholder: 'Select a drug' })}${selectBox('Frequency', 'Once', FREQ, { open: true })}`),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Once' });
    nothingFrom('ul.tui-select-box-dropdown');
  });

  it('reads date pickers as their inputs show them, and nothing from a closed or open calendar', () => {
    page(
      form(
        `${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datePicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { open: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    expect(field('labs.crpDate')?.label).toBe('CRP collection date');
    nothingFrom('.tui-datepicker');
  });

  it('reads a date-time picker whose open time picker holds spinbox inputs', () => {
    page(
      form(
        `${datePicker('crpDate', 'CRP collection date', '11/02/2026 09:30', { open: true, time: true })}${text('crp', 'CRP (mg/L)', '24')}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpDate': '11/02/2026 09:30', 'labs.crpValue': '24' });
    nothingFrom('.tui-timepicker');
  });
});
