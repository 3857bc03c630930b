import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Alpaca forms 1.5.x (gitana/alpaca at 679246a, bootstrap view): src/templates/bootstrap-edit/control.html,
 * container.html, message.html; src/templates/web-edit/form.html, control-text.html, control-select.html,
 * control-radio.html, container-object(-item).html, container-array(-item,-actionbar,-toolbar).html;
 * src/templates/bootstrap-display/control.html + web-display/control-text.html; src/js/Field.js (the
 * `alpaca-field alpaca-field-<type>` wrapper with data-alpaca-field-id/-path/-name, alpaca-required),
 * src/js/ContainerField.js (`alpaca-container-item` with data-alpaca-container-item-index/-name),
 * src/js/views/bootstrap.js (`form-control` on inputs, "(required)" appended to the label in
 * `span.alpaca-required-indicator`, `has-error` on an invalid field, icon-only small buttons:
 * glyphicon-plus-sign/minus-sign/chevron-up/chevron-down), src/js/fields/basic/ArrayField.js (actionbar
 * labels hidden by default, toolbar "Add New Item" shown while the array is empty),
 * src/js/fields/advanced/DateField.js (a text input, format MM/DD/YYYY, Eonasdan bootstrap-datetimepicker v4
 * whose widget `div.bootstrap-datetimepicker-widget.dropdown-menu` is appended to the input's parent while open).
 * Ids are Alpaca's generated `alpacaN`; the select's and the radio's "None" choice is Alpaca's noneLabel.
 */

let n = 0;
const id = () => `alpaca${++n}`;

const wrap = (type: string, name: string, fid: string, inner: string, o: { required?: boolean; error?: string; cls?: string } = {}) =>
  `<div class="form-group alpaca-field alpaca-field-${type} ${o.required ? 'alpaca-required' : 'alpaca-optional'} alpaca-autocomplete alpaca-edit alpaca-top ${o.error ? 'alpaca-field-invalid has-error' : 'alpaca-field-valid'}${o.cls ? ` ${o.cls}` : ''}" data-alpaca-field-id="${fid}" data-alpaca-field-path="/${name}" data-alpaca-field-name="${name}">${inner}${
    o.error
      ? `<div class="help-block alpaca-message alpaca-message-invalidPattern"><i class="glyphicon glyphicon-exclamation-sign"></i>&nbsp;${o.error}</div>`
      : ''
  }</div>`;

const label = (fid: string, text: string, required?: boolean) =>
  `<label class=" control-label alpaca-control-label" for="${fid}">${text}${required ? "<span class='alpaca-required-indicator'>(required)</span>" : ''}</label>`;

type O = { required?: boolean; error?: string; helper?: string; placeholder?: string; readonly?: boolean; type?: string; tail?: string };
function text(name: string, lbl: string, value: string, o: O = {}): string {
  const fid = id();
  const helper = o.helper ? `<p class="help-block "><i class="glyphicon glyphicon-info-sign"></i>${o.helper}</p>` : '';
  return wrap(
    o.type ?? 'text',
    name,
    fid,
    `${label(fid, lbl, o.required)}<input type="text" id="${fid}" ${o.placeholder ? `placeholder="${o.placeholder}"` : ''} ${o.readonly ? 'readonly="readonly"' : ''} name="${name}" class="alpaca-control form-control" autocomplete="off" value="${value}">${helper}${o.tail ?? ''}`,
    o,
  );
}

function select(name: string, lbl: string, chosen: string[], options: string[], o: { multiple?: boolean } = {}): string {
  const fid = id();
  const opts = ['', ...options]
    .map((v) => `<option value="${v}"${v && chosen.includes(v) ? ' selected="selected"' : ''}>${v || 'None'}</option>`)
    .join('');
  return wrap(
    'select',
    name,
    fid,
    `${label(fid, lbl)}<select id="${fid}" ${o.multiple ? 'multiple="multiple"' : ''} name="${name}" class="alpaca-control form-control">${opts}</select>`,
  );
}

function radio(name: string, lbl: string, chosen: string, options: string[]): string {
  const fid = id();
  const r = (v: string, t: string) =>
    `<div class="radio"><label><input type="radio" name="${name}" value="${v}" ${v === chosen ? 'checked="checked"' : ''}>${t}</label></div>`;
  return wrap('radio', name, fid, `${label(fid, lbl)}${r('', 'None')}${options.map((v) => r(v, v)).join('')}`);
}

/** the datetimepicker widget as v4 draws it while open, after the input in its parent */
const widget = (month: string, days: [number, boolean][], mm: string, yyyy: string) =>
  `<div class="bootstrap-datetimepicker-widget dropdown-menu bottom" style="display: block; top: 34px; bottom: auto; left: 0px; right: auto;"><ul class="list-unstyled"><li class="collapse in"><div class="datepicker"><div class="datepicker-days" style="display: block;"><table class="table-condensed"><thead><tr><th class="prev" data-action="previous"><span class="glyphicon glyphicon-chevron-left" title="Previous Month"></span></th><th class="picker-switch" data-action="pickerSwitch" colspan="5" title="Select Month">${month}</th><th class="next" data-action="next"><span class="glyphicon glyphicon-chevron-right" title="Next Month"></span></th></tr><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th class="dow">${d}</th>`).join('')}</tr></thead><tbody><tr>${days
    .map(
      ([d, on]) =>
        `<td data-action="selectDay" data-day="${mm}/${String(d).padStart(2, '0')}/${yyyy}" class="day${on ? ' active' : ''}">${d}</td>`,
    )
    .join(
      '',
    )}</tr></tbody></table></div><div class="datepicker-months" style="display: none;"><table class="table-condensed"><tbody><tr><td colspan="7"><span data-action="selectMonth" class="month">Jan</span><span data-action="selectMonth" class="month active">Mar</span></td></tr></tbody></table></div></div></li></ul></div>`;

const date = (name: string, lbl: string, value: string, open?: string) => text(name, lbl, value, { type: 'date', tail: open });

/** an object field: legend, then each property in an alpaca-container-item */
const object = (name: string, legend: string | null, items: string[]) =>
  `<div class="alpaca-field alpaca-field-object alpaca-optional alpaca-edit alpaca-top alpaca-field-valid" data-alpaca-field-id="${id()}" data-alpaca-field-name="${name}"><div>${
    legend ? `<legend class="alpaca-container-label">${legend}</legend>` : ''
  }<div class="alpaca-container">${items.map((it, i) => `<div class="alpaca-container-item${i === 0 ? ' alpaca-container-item-first' : ''}" data-alpaca-container-item-index="${i}">${it}</div>`).join('')}</div></div></div>`;

const actionbar = (i: number) =>
  `<div><div class="alpaca-array-actionbar alpaca-array-actionbar-top btn-group" data-alpaca-array-actionbar-item-index="${i}">${[
    'plus-sign',
    'minus-sign',
    'chevron-up',
    'chevron-down',
  ]
    .map(
      (g, k) =>
        `<button class="alpaca-array-actionbar-action btn btn-default btn-sm" data-alpaca-array-actionbar-action="${['add', 'remove', 'up', 'down'][k]}"><i class="glyphicon glyphicon-${g}"></i></button>`,
    )
    .join('')}</div></div>`;

function therapies(rows: string[][]): string {
  const items = rows.map((r, i) =>
    object(
      `priorTherapies_${i}`,
      null,
      ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'].map((l, k) =>
        k === 2 || k === 3 ? date(`priorTherapies_${i}_${k}`, l, r[k]!) : text(`priorTherapies_${i}_${k}`, l, r[k]!),
      ),
    ),
  );
  const toolbar = `<div class="alpaca-array-toolbar alpaca-array-toolbar-position-top" data-alpaca-array-toolbar-field-id="x"><button class="alpaca-array-toolbar-action btn btn-default btn-sm" data-alpaca-array-toolbar-action="add"><i class="glyphicon glyphicon-plus-sign"></i>Add New Item</button></div>`;
  return `<div class="alpaca-field alpaca-field-array alpaca-optional alpaca-edit alpaca-top alpaca-field-valid" data-alpaca-field-name="priorTherapies"><div><legend class="alpaca-container-label">Prior therapies</legend><div class="alpaca-container${rows.length ? ' alpaca-container-has-items' : ''}">${
    rows.length ? '' : toolbar
  }${items.map((it, i) => `<div class="alpaca-container-item" data-alpaca-container-item-index="${i}" data-alpaca-container-item-name="priorTherapies[${i}]"><div><div class="alpaca-array-item-flex-1">${actionbar(i)}${it}</div></div></div>`).join('')}</div></div></div>`;
}

const ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((c) => THERAPIES[`priorTherapies.${i as 0 | 1}.${c}`]),
);

const form = (body: string) =>
  `<div id="form" class="alpaca-field alpaca-field-object alpaca-top"><form role="form">${body}<div class="alpaca-form-buttons-container"><button data-key="submit" type="submit" class="alpaca-form-button alpaca-form-button-submit btn btn-default">Submit</button></div></form></div>`;

const request = (o: { dobOpen?: string; codes?: string; therapyRows?: string[][]; crpError?: string } = {}) =>
  form(
    object('', null, [
      object('patient', 'Patient', [
        text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true }),
        date('dob', 'Date of birth', ILARIS['patient.dob'], o.dobOpen),
        text('weight', 'Weight (kg)', ILARIS['patient.weight'], { type: 'number' }),
      ]),
      object('medication', 'Medication', [
        select('drug', 'Drug', [ILARIS['drug.name']], ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
        text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs']),
        text('ndc', 'NDC', ILARIS['drug.ndc'], { helper: 'Format 5-4-2' }),
        text('dose', 'Dose (mg)', ILARIS['drug.dose'], { type: 'number' }),
        text('units', 'Billing units', ILARIS['drug.units'], { type: 'number' }),
        radio('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once']),
      ]),
      object('diagnosis', 'Diagnosis', [
        o.codes ?? select('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { multiple: true }),
      ]),
      object('labs', 'Labs', [
        text('crp', 'CRP (mg/L)', ILARIS['labs.crpValue'], { type: 'number', error: o.crpError }),
        date('crpDate', 'CRP date', ILARIS['labs.crpDate']),
      ]),
      object('prescriber', 'Prescriber', [text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })]),
      therapies(o.therapyRows ?? ROWS),
    ]),
  );

const FULL = { ...ILARIS, 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M04.1, M06.1', ...THERAPIES };

describe('Alpaca forms (bootstrap view): fields, select, radio, array, date picker', () => {
  it('reads the full Ilaris request', () => {
    page(request());
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads the member ID without its "(required)" marker in the label', () => {
    page(request());
    expect(field('patient.memberId')?.field.element.id).toBe(document.querySelector('[data-alpaca-field-name="memberId"] input')?.id);
  });

  it('reads the date of birth and nothing from the open datetimepicker widget beside it', () => {
    page(
      request({
        dobOpen: widget(
          'March 1988',
          [
            [13, false],
            [14, true],
            [15, false],
          ],
          '03',
          '1988',
        ),
      }),
    );
    expect(read()).toEqual(FULL);
    nothingFrom('.bootstrap-datetimepicker-widget');
  });

  it('reads the CRP value while its field shows a validation message', () => {
    page(request({ crpError: 'Value must be a number between 0 and 500' }));
    expect(read()).toMatchObject({ 'labs.crpValue': '24', 'labs.crpDate': '11/02/2026' });
  });

  it('reads the frequency radios as the chosen one, not the None choice', () => {
    page(request());
    expect(read()['drug.frequency']).toBe('Every 4 weeks');
  });

  it('reads a drug select left at its "None" choice as empty, not as "None"', () => {
    page(
      form(
        object('medication', 'Medication', [
          select('drug', 'Drug', [], ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
          text('hcpcs', 'HCPCS code', 'J0638'),
          text('ndc', 'NDC', '00078-0734-61'),
        ]),
      ),
    );
    expect(read()['drug.name'] ?? '').toBe('');
  });

  it('reads a therapy start date and nothing from the picker opened on it', () => {
    const rows = ROWS.map((r) => [...r]);
    page(
      request({ therapyRows: rows }).replace(
        `value="${rows[1]![2]}">`,
        `value="${rows[1]![2]}">${widget(
          'July 2026',
          [
            [30, false],
            [1, true],
            [2, false],
          ],
          '07',
          '2026',
        )}`,
      ),
    );
    expect(document.querySelector('.bootstrap-datetimepicker-widget')).not.toBeNull();
    expect(read()).toEqual(FULL);
    nothingFrom('.bootstrap-datetimepicker-widget');
  });

  it('reads the therapies from a table field, its cell labels hidden by the stylesheet only', () => {
    // TableField (bootstrap-edit/container-table.html, web-edit/container-tablerow(-item).html): the row merged up
    // into the `tr`, each cell holding the column's whole field (label included: alpaca-fields.css hides
    // `.alpaca-field-table .alpaca-field-tablerow label.control-label`), then the actions cell
    const heads = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
    const rows = ROWS.map(
      (r, i) =>
        `<tr class="alpaca-field alpaca-field-tablerow alpaca-optional alpaca-edit alpaca-container-item" data-alpaca-container-item-index="${i}" data-alpaca-container-item-name="priorTherapies[${i}]">${r
          .map((v, k) => `<td>${text(`priorTherapies_${i}_${k}`, heads[k]!, v)}</td>`)
          .join('')}<td class="actionbar" data-merge-up-field-id="x${i}">${actionbar(i).slice(5, -6)}</td></tr>`,
    ).join('');
    const table = `<div class="alpaca-field alpaca-field-table alpaca-field-array alpaca-optional alpaca-edit alpaca-top" data-alpaca-field-name="priorTherapies"><div><legend class="alpaca-container-label">Prior therapies</legend><div class="table-responsive"><table><thead><tr>${heads
      .map((h, k) => `<th data-header-id="${['drug', 'dose', 'start', 'stop', 'outcome'][k]}">${h}</th>`)
      .join('')}<th>Actions</th></tr></thead><tbody>${rows}</tbody></table></div></div></div>`;
    page(
      request({ therapyRows: [] }).replace(
        /<div class="alpaca-field alpaca-field-array[\s\S]*Add New Item<\/button><\/div><\/div><\/div><\/div>/,
        table,
      ),
    );
    expect(document.querySelectorAll('table tbody tr')).toHaveLength(2);
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads no therapy from an empty array showing only its "Add New Item" toolbar', () => {
    page(request({ therapyRows: [] }));
    const got = read();
    expect(Object.keys(got).filter((k) => k.startsWith('priorTherapies'))).toEqual([]);
    expect(got).toMatchObject(ILARIS);
  });

  it('reads the request and nothing from a display-mode summary of the last denied request before it', () => {
    const shown = (lbl: string, v: string) => {
      const fid = id();
      return `<div class="form-group alpaca-field alpaca-field-text alpaca-display alpaca-top" data-alpaca-field-id="${fid}">${label(fid, lbl)}<div>${v}</div></div>`;
    };
    page(
      `<div class="panel panel-default"><div class="panel-heading">Previous request (denied)</div><div class="panel-body"><div class="alpaca-field alpaca-field-object alpaca-display"><div><div class="alpaca-container">${[
        shown('Member ID', 'U4829163702'),
        shown('Drug', 'Kineret (anakinra)'),
        shown('ICD-10 codes', 'M06.1'),
        shown('CRP (mg/L)', '9'),
        shown('Prescriber NPI', '1679576722'),
      ].join('')}</div></div></div></div></div>${request()}`,
    );
    expect(read()).toEqual(FULL);
    nothingFrom('.panel');
  });
});
