import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ISO_REQUEST, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Alibaba Fusion Next 1.2x (@alifd/next; alibaba-fusion/next, TypeScript sources as stored: components/form/form.tsx
 * at 2f519fd, form/item.tsx at 238152a, input/input.tsx, select/select.tsx at 20af88f, select/base.tsx at 65ecdf5,
 * tag/tag.tsx, checkbox/checkbox.tsx at 3dac8fc, date-picker2/panels/date-input.tsx at 5d01804, table/base/cell.tsx
 * at 2b0ef9a, table/base/header.tsx and row.tsx at 2e823b0), en-us locale:
 * - Form: `<form role="grid" class="next-form next-medium">`; Form.Item: `div.next-form-item.next-left.next-medium`
 *   (`has-error` when invalid) > `div.next-form-item-label > label[for=<name>][required]` (the asterisk is CSS) +
 *   `div.next-form-item-control` > the control, then `div.next-form-item-help` (the error); Field.init gives the
 *   control `id=<name>` and `data-meta="Field"`.
 * - Input: `span.next-input.next-medium` > `input[height=100%]` (+ `span.next-input-inner.next-after` for innerAfter).
 * - Select: `span.next-select.next-select-trigger.next-select-<mode>` > an Input classed `next-select-inner` whose
 *   inputRender is `span.next-select-values.next-input-text-field` > (single) `em[title]` showing the choice /
 *   (multiple) closable Tags, then `span.next-select-trigger-search` > `input[role=combobox][aria-label=select]
 *   [readonly unless showSearch]` + an aria-hidden mirror of the search or placeholder ("Please select"); the arrow
 *   in `span.next-input-control`, then `span.next-sr-only[aria-live]`. Its Popup at the end of body:
 *   `div.next-overlay-wrapper.opened` > `div.next-overlay-inner.next-select-<mode>-menu` > `div.next-select-spacing-tb`
 *   > `ul.next-menu.next-select-menu[role=listbox]` > `li.next-menu-item.next-select-menu-item[role=option]`; a single
 *   select caches it (cache=true): closed, the wrapper stays with `display: none`.
 * - Tag (closable): `div.next-tag.next-tag-closable[role=button][tabindex=0]` > `span.next-tag-body` +
 *   `span.next-tag-close-btn[role=button][aria-label=Delete]` > `i.next-icon-close`.
 * - DatePicker2 (default format YYYY-MM-DD): `div.next-date-picker2` > `div.next-date-picker2-input…-date` > Input
 *   (no border) with a clear icon and the calendar hint icon in `span.next-input-control`.
 * - Checkbox.Group: `span.next-checkbox-group.next-checkbox-group-hoz` > `label.next-checkbox-wrapper[.checked]` >
 *   `span.next-checkbox` (inner icon + `input.next-checkbox-input[aria-checked]`) + `span.next-checkbox-label`.
 * - Table: `div.next-table[role=table]` > table > `thead.next-table-header` of `th.next-table-cell.next-table-header-node
 *   [role=gridcell]` (header cells share the body's Cell, role included) and `tbody.next-table-body` >
 *   `tr.next-table-row[role=row]` > `td.next-table-cell[role=gridcell]` > `div.next-table-cell-wrapper`.
 * - Dialog (dialog/inner.tsx): `div.next-dialog.next-closeable[role=dialog][aria-modal=true][aria-labelledby]` >
 *   `div.next-dialog-header[role=heading]`, `div.next-dialog-body`, `div.next-dialog-footer` (OK, Cancel),
 *   `a.next-dialog-close[aria-label=Close]`, in its Overlay wrapper with a backdrop at the end of body.
 */

const item = (id: string, label: string, control: string, o: { required?: boolean; help?: string } = {}) =>
  `<div class="next-form-item next-left${o.help ? ' has-error' : ''} next-medium"><div class="next-form-item-label"><label for="${id}"${o.required ? ' required=""' : ''}>${label}</label></div><div class="next-form-item-control">${control} ${o.help ? `<div class="next-form-item-help">${o.help}</div>` : ''} </div></div>`;
const input = (id: string, value: string) =>
  `<span class="next-input next-medium"><input id="${id}" data-meta="Field" value="${value}" height="100%" autocomplete="off"></span>`;
const numberPicker = (id: string, value: string) =>
  `<span class="next-number-picker next-number-picker-normal next-medium"><span class="next-input next-medium"><input id="${id}" data-meta="Field" value="${value}" height="100%" autocomplete="off"><span class="next-input-inner next-after"><span class="next-number-picker-handler"><span unselectable="unselectable" class="next-number-picker-up"><i class="next-icon next-icon-arrow-up next-xxs"></i></span><span unselectable="unselectable" class="next-number-picker-down"><i class="next-icon next-icon-arrow-down next-xxs"></i></span></span></span></span></span>`;
const datePicker = (id: string, value: string) =>
  `<div class="next-date-picker2"><div class="next-date-picker2-input next-date-picker2-input-medium next-date-picker2-input-date"><span class="next-input next-medium next-noborder"><input id="${id}" data-meta="Field" placeholder="Select date" value="${value}" height="100%" size="12" autocomplete="off"><span class="next-input-control"><span class="next-input-hint-wrap">${value ? '<i role="button" tabindex="0" aria-label="Clear" class="next-icon next-icon-delete-filling next-medium next-input-hint next-input-clear-icon"></i>' : ''}<i class="next-icon next-icon-calendar next-medium next-input-hint next-date-picker2-symbol-calendar-icon"></i></span></span></span></div></div>`;
const tag = (text: string) =>
  `<div class="next-tag next-tag-closable next-tag-small next-tag-level-primary" tabindex="0" role="button" aria-disabled="false"><span class="next-tag-body">${text}</span><span class="next-tag-close-btn" role="button" aria-label="Delete"><i class="next-icon next-icon-close next-medium"></i></span></div>`;

type SelectOpts = { multiple?: boolean; open?: boolean; search?: string };
/** a Select trigger; `chosen` empty shows its placeholder */
function select(id: string, chosen: string[], o: SelectOpts = {}): string {
  const single = !o.multiple;
  const values = single ? (chosen[0] ? `<em title="${chosen[0]}">${chosen[0]}</em>` : '') : chosen.map(tag).join('');
  let placeholder: string | undefined = chosen.length ? undefined : 'Please select';
  if (o.search !== undefined && o.open && single && chosen[0]) placeholder = chosen[0];
  const state = `${o.open ? 'next-active' : 'next-inactive'} ${o.search !== undefined ? 'next-has-search' : 'next-no-search'}`;
  return `<span class="next-select next-select-trigger next-select-${single ? 'single' : 'multiple'} next-medium ${state}"><span class="next-input next-medium next-select-inner"><span class="next-select-values next-input-text-field">${values}<span class="next-select-trigger-search"><input aria-label="select" id="${id}" data-meta="Field" role="combobox" tabindex="0" aria-expanded="${!!o.open}"${o.search === undefined ? ' readonly=""' : ''}${placeholder ? ` placeholder="${placeholder}"` : ''} value="${o.search ?? ''}" height="100%" size="1" autocomplete="off"><span aria-hidden="true"><span>${o.search || placeholder || ''}</span><span style="display: inline-block; width: 1px;">&nbsp;</span></span></span></span><span class="next-input-control"><span aria-hidden="true" class="next-select-arrow"><i class="next-icon next-icon-arrow-down next-medium next-select-symbol-fold"></i></span></span></span><span class="next-sr-only" aria-live="polite"></span></span>`;
}
/** a Select's popup at the end of body: open, or closed and cached (`display: none`) */
const popup = (options: string[], chosen: string[], o: { open: boolean; multiple?: boolean }) =>
  `<div class="next-overlay-wrapper${o.open ? ' opened' : ''}"${o.open ? '' : ' style="display: none;"'}><div class="next-overlay-inner next-select-${o.multiple ? 'multiple' : 'single'}-menu" style="position: absolute; left: 220px; top: 412px;"><div class="next-select-spacing-tb" style="width: 320px;"><ul role="listbox" class="next-menu next-ver next-select-menu" tabindex="0">${options
    .map(
      (v) =>
        `<li title="${v}" role="option" aria-selected="${chosen.includes(v)}" tabindex="-1" class="next-menu-item next-select-menu-item${chosen.includes(v) ? ' next-selected' : ''}">${chosen.includes(v) ? '<i class="next-icon next-icon-select next-medium next-menu-icon-selected next-menu-symbol-icon-selected"></i>' : ''}<div class="next-menu-item-inner"><span class="next-menu-item-text">${v}</span></div></li>`,
    )
    .join('')}</ul></div></div></div>`;
const checkboxGroup = (id: string, options: string[], chosen: string[]) =>
  `<span class="next-checkbox-group next-checkbox-group-hoz" id="${id}" data-meta="Field">${options
    .map(
      (v) =>
        `<label class="next-checkbox-wrapper${chosen.includes(v) ? ' checked' : ''}"><span class="next-checkbox"><span class="next-checkbox-inner"><i class="next-icon next-icon-select next-xs next-checkbox-select-icon"></i></span><input value="${v}" type="checkbox" aria-checked="${chosen.includes(v)}" class="next-checkbox-input"${chosen.includes(v) ? ' checked=""' : ''}></span><span class="next-checkbox-label">${v}</span></label>`,
    )
    .join('')}</span>`;
const table = (titles: string[], rows: readonly (readonly string[])[]) =>
  `<div class="next-table next-table-medium" role="table"><table style="border-spacing: 0px;"><colgroup>${titles.map(() => '<col style="width: 160px;">').join('')}</colgroup><thead class="next-table-header"><tr>${titles
    .map(
      (t, j) =>
        `<th rowspan="1" class="next-table-cell next-table-header-node" role="gridcell"><div class="next-table-cell-wrapper" data-next-table-col="${j}">${t}</div></th>`,
    )
    .join('')}</tr></thead><tbody class="next-table-body">${rows
    .map(
      (r, i) =>
        `<tr class="next-table-row" role="row">${r
          .map(
            (v, j) =>
              `<td data-next-table-col="${j}" data-next-table-row="${i}" class="next-table-cell${j === 0 ? ' first' : j === r.length - 1 ? ' last' : ''}" role="gridcell"><div class="next-table-cell-wrapper" data-next-table-col="${j}" data-next-table-row="${i}">${v}</div></td>`,
          )
          .join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
const form = (body: string) =>
  `<div class="page"><h2>Prior authorization request</h2><form role="grid" class="next-form next-medium">${body}<div class="next-form-item next-left next-medium"><div class="next-form-item-control"><button type="submit" class="next-btn next-medium next-btn-primary"><span class="next-btn-helper">Submit</span></button></div></div></form></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const R = ISO_REQUEST;
const whole = (codes = select('icd10Codes', ['M04.1', 'M06.1'], { multiple: true })) =>
  form(
    `<h3>Member</h3>${item('memberId', 'Member ID', input('memberId', R['patient.memberId']), { required: true })}${item('dob', 'Date of birth', datePicker('dob', R['patient.dob']))}${item('weight', 'Weight (kg)', numberPicker('weight', '72'))}
    <h3>Medication</h3>${item('drugName', 'Drug name', select('drugName', [R['drug.name']]))}${item('hcpcs', 'HCPCS code', input('hcpcs', R['drug.hcpcs']))}${item('ndc', 'NDC', input('ndc', R['drug.ndc']))}${item('dose', 'Dose (mg)', numberPicker('dose', '150'))}${item('units', 'Billing units', numberPicker('units', '150'))}${item('frequency', 'Frequency', select('frequency', ['Every 4 weeks']))}
    <h3>Diagnosis</h3>${item('icd10Codes', 'ICD-10 codes', codes)}
    <h3>Labs</h3>${item('crp', 'CRP (mg/L)', numberPicker('crp', '24'))}${item('crpDate', 'CRP date', datePicker('crpDate', R['labs.crpDate']))}
    <h3>Prescriber</h3>${item('npi', 'Prescriber NPI', input('npi', R['prescriber.npi']))}
    <h3>Prior therapies</h3>${table(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS)}`,
  );

describe('Fusion Next: Form.Item, Select and its popup, Tag, DatePicker2, NumberPicker, Checkbox.Group, Table', () => {
  it('reads the full Ilaris request, the therapies from the Table', () => {
    page(`${whole()}${popup(FREQUENCIES, ['Every 4 weeks'], { open: false })}${popup(DRUGS, [R['drug.name']], { open: false })}`);
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a single Select by its chosen text, once, and nothing from its cached closed popup', () => {
    page(
      `${form(item('frequency', 'Frequency', select('frequency', ['Every 8 weeks'])))}${popup(FREQUENCIES, ['Every 8 weeks'], { open: false })}`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.next-overlay-wrapper');
  });

  it('reads a single Select whose popup is open as its chosen text, not the options listed', () => {
    page(
      `${form(item('frequency', 'Frequency', select('frequency', ['Every 4 weeks'], { open: true })))}${popup(FREQUENCIES, ['Every 4 weeks'], { open: true })}`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('.next-overlay-wrapper');
  });

  it('reads a Select showing its "Please select" placeholder as empty', () => {
    page(form(`${item('drugName', 'Drug name', select('drugName', []))}${item('frequency', 'Frequency', select('frequency', []))}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '' });
  });

  it('reads a showSearch Select as its choice, not the search typed while its popup is open', () => {
    page(
      `${form(item('frequency', 'Frequency', select('frequency', ['Every 4 weeks'], { open: true, search: 'Every 8' })))}${popup(['Every 8 weeks'], [], { open: true })}`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads a multiple Select as its Tags, without their Delete buttons', () => {
    page(
      `${form(item('icd10Codes', 'ICD-10 codes', select('icd10Codes', ['M04.1', 'M06.1'], { multiple: true })))}${popup(CODES, ['M04.1', 'M06.1'], { open: true, multiple: true })}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('.next-overlay-wrapper');
  });

  it('reads a Checkbox.Group as its ticked codes', () => {
    page(form(item('icd10Codes', 'ICD-10 codes', checkboxGroup('icd10Codes', CODES, ['M04.1', 'M06.1']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a required Form.Item left empty by its label, not its error help', () => {
    page(
      form(
        `${item('memberId', 'Member ID', input('memberId', ''), { required: true, help: 'Member ID is required' })}${item('dob', 'Date of birth', datePicker('dob', ''), { required: true, help: 'Date of birth is required' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'patient.dob': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads no therapy from a Table of the member’s past requests after the form', () => {
    const history = `<div class="history"><h3>Request history</h3>${table(
      ['Request', 'Drug', 'Dose', 'Submitted', 'Status'],
      [
        ['PA-2025-0918', 'Kineret (anakinra)', '100 mg daily', '2025-09-18', 'Denied'],
        ['PA-2024-1102', 'colchicine', '0.6 mg twice daily', '2024-11-02', 'Approved'],
      ],
    )}</div>`;
    page(`${whole()}${history}`);
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES });
    nothingFrom('.history');
  });

  it('reads a tag-mode Select as its Tags, not the code still typed in its search', () => {
    const tagMode = select('icd10Codes', ['M04.1', 'M06.1'], { multiple: true, open: true, search: 'M04.8' }).replace(
      'next-select-multiple',
      'next-select-tag',
    );
    page(`${form(item('icd10Codes', 'ICD-10 codes', tagMode))}${popup(['M04.8'], [], { open: true, multiple: true })}`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  /** a Dialog (dialog/inner.tsx; `cache` keeps it mounted) in its Overlay at the end of body: open, or closed and cached (`display: none`) */
  const dialog = (open: boolean) => {
    const t = THERAPY_ROWS[1]!;
    return `<div class="next-overlay-wrapper${open ? ' opened' : ''}"${open ? '' : ' style="display: none;"'}><div class="next-overlay-backdrop"></div><div role="dialog" aria-modal="true" aria-labelledby="dialog-title-3" class="next-dialog next-closeable next-overlay-inner" style="width: 520px; position: absolute; left: 380px; top: 120px;"><div class="next-dialog-header" id="dialog-title-3" role="heading" aria-level="1">Edit prior therapy</div><div class="next-dialog-body"><form role="grid" class="next-form next-medium">${item('therapyDrug', 'Drug', input('therapyDrug', t[0]!))}${item('therapyDose', 'Dose', input('therapyDose', t[1]!))}${item('therapyStart', 'Start date', datePicker('therapyStart', t[2]!))}${item('therapyStop', 'Stop date', datePicker('therapyStop', t[3]!))}${item('therapyOutcome', 'Outcome', input('therapyOutcome', t[4]!))}</form></div><div class="next-dialog-footer next-align-right"><button type="button" class="next-btn next-medium next-btn-primary next-dialog-btn"><span class="next-btn-helper">OK</span></button><button type="button" class="next-btn next-medium next-btn-normal next-dialog-btn"><span class="next-btn-helper">Cancel</span></button></div><a role="button" aria-label="Close" class="next-dialog-close"><i class="next-icon next-icon-close next-medium next-dialog-close-icon"></i></a></div></div>`;
  };

  it('reads nothing from a cached Dialog closed after editing therapy 2', () => {
    page(`${whole()}${dialog(false)}`);
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES });
    nothingFrom('.next-overlay-wrapper');
  });

  it('reads no third therapy from a Dialog open over the page editing therapy 2', () => {
    page(`${whole()}${dialog(true)}`);
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES });
    expect(Object.keys(read()).filter((p) => p.startsWith('priorTherapies.2.'))).toEqual([]);
    noDuplicatePaths();
  });
});
