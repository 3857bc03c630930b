import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * PrimeNG 21 (primefaces/primeng at 3875a01, 21.1.9; the newest major, past 19/20), packages/primeng/src:
 * select/select.ts + style, multiselect/multiselect.ts + style/multiselectstyle.ts, chip/chip.ts + style,
 * overlay/overlay.ts (p-motion inside), datepicker/datepicker.ts, inputnumber/inputnumber.ts, iftalabel/iftalabel.ts,
 * floatlabel, radiobutton, checkbox, table. What changed since 19 (round7/primeng.test.ts):
 * - icons are `svg[data-p-icon=chevron-down|times|times-circle|calendar|check]` drawn in place (no more
 *   `<chevrondownicon>` elements), hosts and parts carry `data-pc-name`/`data-pc-section` and `data-p` state
 *   attributes from the pass-through `[pBind]` directive;
 * - the overlay content sits in `p-motion` (`div.p-overlay > p-motion > div.p-overlay-content`);
 * - p-iftalabel (and p-floatlabel variant="on"/"in") wraps the control then its `<label for>`.
 * - Select: `p-select.p-select` > `span.p-select-label[role=combobox][id=inputId][aria-label=<its label>]`
 *   showing the chosen label (the placeholder, classed `p-placeholder`, when empty), `div.p-select-dropdown
 *   [role=button][aria-label="dropdown trigger"]`, `p-overlay`.
 * - MultiSelect display="chip": `div.p-hidden-accessible > input[role=combobox][id=inputId]` with `value` the
 *   model array ("M04.1,M06.1"), then `div.p-multiselect-label-container > div.p-multiselect-label` holding one
 *   `div.p-multiselect-chip-item > p-chip.p-chip.p-multiselect-chip` per value (`div.p-chip-label` +
 *   `svg[data-p-icon=times-circle].p-chip-remove-icon[role=button][aria-label]`).
 * - DatePicker: `p-datepicker` > `input[pInputText].p-datepicker-input[aria-haspopup=dialog]
 *   [aria-autocomplete=none]` showing "03/14/1988" (dateFormat mm/dd/yy) + `button.p-datepicker-dropdown`; open:
 *   `div.p-datepicker-panel[role=dialog][aria-modal=true][aria-label="Choose Date"]` (appendTo body here).
 * - InputNumber: `input.p-inputnumber-input[role=spinbutton][inputmode=decimal][aria-valuenow]`, value "72 kg"
 *   with suffix " kg".
 */

const pc = (name: string, section = 'root') => `data-pc-name="${name}" data-pc-section="${section}"`;
const icon = (name: string, cls: string, extra = '') =>
  `<svg data-p-icon="${name}" class="${cls}" width="14" height="14" viewBox="0 0 14 14" fill="none" xmlns="http://www.w3.org/2000/svg"${extra}><path d="M0 0" fill="currentColor"></path></svg>`;
const ifta = (id: string, label: string, control: string) =>
  `<p-iftalabel class="p-iftalabel" ${pc('iftalabel')}>${control}<label for="${id}">${label}</label></p-iftalabel>`;
const text = (id: string, label: string, value: string, o: { invalid?: string; disabled?: boolean } = {}) =>
  `<div class="field">${ifta(id, label, `<input pinputtext="" id="${id}" type="text" class="p-inputtext p-component${o.invalid ? ' p-invalid ng-invalid ng-dirty' : ''}" ${pc('inputtext')}${o.disabled ? ' disabled=""' : ''} value="${value}">`)}${
    o.invalid
      ? `<p-message severity="error" variant="simple" size="small"><div class="p-message p-component p-message-error p-message-simple p-message-sm" role="alert" aria-live="assertive" aria-atomic="true"><div class="p-message-content"><div class="p-message-text">${o.invalid}</div></div></div></p-message>`
      : ''
  }</div>`;
const number = (id: string, label: string, value: string, suffix: string) =>
  `<div class="field">${ifta(id, label, `<p-inputnumber class="p-inputnumber p-component p-inputwrapper p-inputwrapper-filled" ${pc('inputnumber')}><input pinputtext="" role="spinbutton" class="p-inputtext p-component p-inputnumber-input" id="${id}" aria-valuenow="${value}" inputmode="decimal" ${pc('inputtext')} value="${value}${suffix}"></p-inputnumber>`)}</div>`;

let ids = 0;
const select = (
  id: string,
  label: string,
  value: string,
  options: string[],
  o: { placeholder?: string; open?: boolean; disabled?: boolean } = {},
) => {
  const pid = `pn_id_${++ids}`;
  const shown = value || o.placeholder || 'p-emptylabel';
  const html = `<div class="field">${ifta(
    id,
    label,
    `<p-select class="p-select p-component p-inputwrapper${value ? ' p-inputwrapper-filled' : ''}${o.open ? ' p-select-open p-inputwrapper-focus' : ''}${o.disabled ? ' p-disabled' : ''}" ${pc('select')} data-p="${value ? 'filled' : 'empty'}"><span class="p-select-label${value ? '' : ' p-placeholder'}" id="${id}" role="combobox"${shown === 'p-emptylabel' ? '' : ` aria-label="${shown}"`} aria-haspopup="listbox" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${pid}_list"` : ''} tabindex="${o.disabled ? -1 : 0}" aria-disabled="${!!o.disabled}" ${pc('select', 'label')}>${shown === 'p-emptylabel' ? '&nbsp;' : shown}</span><div class="p-select-dropdown" role="button" aria-label="dropdown trigger" aria-haspopup="listbox" aria-expanded="${!!o.open}" data-pc-section="trigger">${icon('chevron-down', 'p-select-dropdown-icon', ' aria-hidden="true"')}</div><p-overlay ${pc('overlay', 'host')}></p-overlay></p-select>`,
  )}</div>`;
  const overlay = o.open
    ? `<div class="p-overlay p-component" ${pc('overlay')} style="position: absolute; top: 210px; left: 24px; min-width: 320px;"><p-motion><div class="p-overlay-content" data-pc-section="content"><div class="p-select-overlay p-component-overlay p-component" ${pc('select', 'overlay')}><span role="presentation" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-accessible="true" data-p-hidden-focusable="true"></span><div class="p-select-list-container" style="max-height: 200px;"><ul class="p-select-list" role="listbox" id="${pid}_list">${options
        .map(
          (v, i) =>
            `<p-selectitem><li id="${pid}_${i}" role="option" class="p-select-option${v === value ? ' p-select-option-selected' : ''}" aria-label="${v}" aria-setsize="${options.length}" aria-posinset="${i + 1}" aria-selected="${v === value}" data-p-highlight="${v === value}" data-p-selected="${v === value}"><span>${v}</span></li></p-selectitem>`,
        )
        .join(
          '',
        )}</ul></div><span role="presentation" class="p-hidden-accessible p-hidden-focusable" tabindex="0"></span></div></div></p-motion></div>`
    : '';
  return { html, overlay };
};
const sel = (id: string, label: string, value: string, options: string[], placeholder?: string) =>
  select(id, label, value, options, { placeholder }).html;

const multiselect = (id: string, label: string, chips: string[], placeholder = 'Select codes', disabled = false) =>
  `<div class="field">${ifta(
    id,
    label,
    `<p-multiselect class="p-multiselect p-component p-inputwrapper${chips.length ? ' p-inputwrapper-filled' : ''}${disabled ? ' p-disabled' : ''}" ${pc('multiselect')}><div class="p-hidden-accessible" data-p-hidden-accessible="true"><input role="combobox" id="${id}" aria-haspopup="listbox" aria-expanded="false" tabindex="${disabled ? -1 : 0}" aria-disabled="${disabled}"${disabled ? ' disabled=""' : ''} value="${chips.join(',')}"></div><div class="p-multiselect-label-container"><div class="p-multiselect-label${chips.length ? '' : ' p-placeholder'}">${chips.length ? chips.map((c) => `<div class="p-multiselect-chip-item"><p-chip class="p-chip p-component p-multiselect-chip" ${pc('chip')}><div class="p-chip-label" data-pc-section="label">${c}</div>${disabled ? '' : icon('times-circle', 'p-chip-remove-icon', ' tabindex="0" aria-label="Remove" role="button"')}</p-chip></div>`).join('') : placeholder}</div></div><div class="p-multiselect-dropdown">${icon('chevron-down', 'p-multiselect-dropdown-icon', ' aria-hidden="true"')}</div><p-overlay ${pc('overlay', 'host')}></p-overlay></p-multiselect>`,
  )}</div>`;

/** p-autocomplete multiple: `ul.p-autocomplete-input-multiple[role=listbox]` of `li[role=option][aria-label]` > p-chip whose
 *  remove icon is the autocomplete's own `span.p-autocomplete-chip-icon` (no role, no label) + the input chip */
const autocompleteMultiple = (id: string, label: string, chips: string[], typed = '') =>
  `<div class="field">${ifta(
    id,
    label,
    `<p-autocomplete class="p-autocomplete p-component p-inputwrapper${chips.length ? ' p-inputwrapper-filled' : ''}" ${pc('autocomplete')}><ul class="p-autocomplete-input-multiple" tabindex="-1" role="listbox" aria-orientation="horizontal" data-pc-section="inputmultiple">${chips
      .map(
        (c, i) =>
          `<li class="p-autocomplete-chip-item" id="pn_id_9_multiple_option_${i}" role="option" aria-label="${c}" aria-setsize="${chips.length}" aria-posinset="${i + 1}" aria-selected="true"><p-chip class="p-chip p-component p-autocomplete-chip" ${pc('chip')}><div class="p-chip-label" data-pc-section="label">${c}</div><span class="p-autocomplete-chip-icon" data-pc-section="chipicon">${icon('times-circle', 'p-autocomplete-chip-icon', ' aria-hidden="true"')}</span></p-chip></li>`,
      )
      .join(
        '',
      )}<li class="p-autocomplete-input-chip" role="option" data-pc-section="inputchip"><input class="p-autocomplete-input" type="text" id="${id}" autocomplete="off" role="combobox"${chips.length ? '' : ' placeholder="Search codes"'} aria-autocomplete="list" tabindex="0" aria-required="false" aria-expanded="false" value="${typed}"></li></ul><button type="button" aria-label="Choose" class="p-autocomplete-dropdown" tabindex="-1" data-pc-section="dropdown">${icon('chevron-down', '')}</button><p-overlay ${pc('overlay', 'host')}></p-overlay></p-autocomplete>`,
  )}</div>`;

const datepicker = (id: string, label: string, value: string) =>
  `<div class="field">${ifta(
    id,
    label,
    `<p-datepicker class="p-datepicker p-component p-inputwrapper${value ? ' p-inputwrapper-filled' : ''}" ${pc('datepicker')}><input pinputtext="" type="text" role="combobox" id="${id}" aria-autocomplete="none" aria-haspopup="dialog" aria-expanded="false" autocomplete="off" placeholder="mm/dd/yyyy" class="p-inputtext p-component p-datepicker-input" ${pc('inputtext')} value="${value}"><button type="button" aria-label="Choose Date" aria-haspopup="dialog" aria-expanded="false" tabindex="0" class="p-datepicker-dropdown" data-pc-section="dropdown">${icon('calendar', '')}</button></p-datepicker>`,
  )}</div>`;
const datepickerPanel = `<div class="p-datepicker-panel p-component" role="dialog" aria-label="Choose Date" aria-modal="true" style="position: absolute; top: 140px; left: 24px;" data-pc-section="panel"><div class="p-datepicker-calendar-container"><div class="p-datepicker-calendar"><div class="p-datepicker-header"><button type="button" class="p-datepicker-prev-button p-button-icon-only p-button p-button-text p-button-rounded" aria-label="Previous Month"></button><div class="p-datepicker-title"><button type="button" aria-label="Choose Month" class="p-datepicker-select-month">Mar</button><button type="button" aria-label="Choose Year" class="p-datepicker-select-year">1988</button></div><button type="button" class="p-datepicker-next-button" aria-label="Next Month"></button></div><table class="p-datepicker-day-view" role="grid"><thead><tr><th scope="col" class="p-datepicker-weekday-cell"><span class="p-datepicker-weekday">Su</span></th><th scope="col" class="p-datepicker-weekday-cell"><span class="p-datepicker-weekday">Mo</span></th></tr></thead><tbody><tr><td aria-label="13" class="p-datepicker-day-cell"><span class="p-datepicker-day" draggable="false">13</span></td><td aria-label="14" class="p-datepicker-day-cell"><span class="p-datepicker-day p-datepicker-day-selected" draggable="false" data-p-highlight="true">14</span><div class="p-hidden-accessible" aria-live="polite">14</div></td></tr></tbody></table></div></div></div>`;

const radios = (name: string, legend: string, options: string[], chosen: string) =>
  `<fieldset class="field"><legend>${legend}</legend>${options
    .map(
      (v, i) =>
        `<div class="flex items-center gap-2"><p-radiobutton class="p-radiobutton p-component${v === chosen ? ' p-radiobutton-checked' : ''}" ${pc('radiobutton')}><input type="radio" class="p-radiobutton-input" id="${name}${i}" name="${name}" value="${v}"${v === chosen ? ' checked=""' : ''}><div class="p-radiobutton-box" data-pc-section="box"><div class="p-radiobutton-icon" data-pc-section="icon"></div></div></p-radiobutton><label for="${name}${i}">${v}</label></div>`,
    )
    .join('')}</fieldset>`;
const checkboxes = (name: string, legend: string, options: string[], checked: string[]) =>
  `<fieldset class="field"><legend>${legend}</legend>${options
    .map((v, i) => {
      const on = checked.includes(v);
      return `<div class="flex items-center gap-2"><p-checkbox class="p-checkbox p-component${on ? ' p-checkbox-checked' : ''}" ${pc('checkbox')}><input type="checkbox" class="p-checkbox-input" id="${name}${i}" name="${name}" value="${v}"${on ? ' checked=""' : ''}><div class="p-checkbox-box" data-pc-section="box">${on ? icon('check', 'p-checkbox-icon') : ''}</div></p-checkbox><label for="${name}${i}">${v}</label></div>`;
    })
    .join('')}</fieldset>`;

const therapyTable = () =>
  `<p-table class="p-datatable p-component" ${pc('datatable')}><div class="p-datatable-table-container"><table role="table" class="p-datatable-table"><thead role="rowgroup" class="p-datatable-thead"><tr role="row">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((t) => `<th role="columnheader">${t}</th>`)
    .join('')}</tr></thead><tbody role="rowgroup" class="p-datatable-tbody">${THERAPY_ROWS.map(
    (r) =>
      `<tr role="row">${r.map((v) => `<td role="cell"><input pinputtext="" type="text" class="p-inputtext p-component p-inputtext-sm" ${pc('inputtext')} value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div></p-table>`;

const app = (body: string, tail = '') =>
  `<app-root ng-version="21.0.0"><form novalidate="" class="ng-untouched ng-pristine">${body}<p-button type="submit" label="Submit request"><button type="submit" class="p-button p-component"><span class="p-button-label">Submit request</span></button></p-button></form></app-root>${tail}`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('PrimeNG 21: p-iftalabel, p-select, p-multiselect chips, p-datepicker, p-inputnumber, radios, checkboxes, p-table', () => {
  it('reads the full Ilaris request, prior therapies from the p-table inputs', () => {
    page(
      app(
        `<h3>Member</h3>${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}${number('weight', 'Weight', '72', ' kg')}
        <h3>Diagnosis</h3>${multiselect('codes', 'ICD-10 codes', ['M04.1', 'M06.1'])}
        <h3>Medication</h3>${sel('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${number('dose', 'Dose', '150', ' mg')}${text('units', 'Billing units', '150')}${sel('frequency', 'Frequency', 'Every 4 weeks', FREQ)}
        <h3>Labs</h3>${number('crp', 'CRP', '24', ' mg/L')}${datepicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
        <h3>Prior therapies</h3>${therapyTable()}
        <h3>Prescriber</h3>${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.weight': '72 kg',
      'drug.dose': '150 mg',
      'labs.crpValue': '24 mg/L',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names a text box by its iftalabel after it, not the error message of the field before it', () => {
    page(
      app(
        `${text('memberId', 'Member ID', '', { invalid: 'Member ID is required.' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a p-select by its label span, a placeholder (p-placeholder) and an unset one as empty', () => {
    page(app(`${sel('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${sel('frequency', 'Frequency', '', FREQ, 'Select frequency')}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    page(app(sel('frequency', 'Frequency', '', FREQ)));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads an open p-select and nothing from its overlay appended to body', () => {
    const s = select('frequency', 'Frequency', 'Once', FREQ, { open: true });
    page(app(`${s.html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, s.overlay));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.p-overlay');
  });

  it('reads p-multiselect chips as the ICD-10 codes, an empty one (placeholder) as empty, a disabled one as its codes', () => {
    page(app(multiselect('codes', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(app(multiselect('codes', 'ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
    page(app(multiselect('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], 'Select codes', true)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads p-datepicker inputs as shown, and nothing from its open panel at the end of body', () => {
    page(
      app(
        `${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datepicker('crpDate', 'CRP collection date', '')}`,
        datepickerPanel,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.p-datepicker-panel');
  });

  it('reads p-inputnumber values whole with their suffix unit', () => {
    page(app(`${number('weight', 'Weight', '72', ' kg')}${number('crp', 'CRP', '24', ' mg/L')}`));
    expect(read()).toEqual({ 'patient.weight': '72 kg', 'labs.crpValue': '24 mg/L' });
  });

  it('reads p-radiobuttons by the checked one and p-checkboxes as the ticked codes, each under its legend', () => {
    page(
      app(
        `${radios('frequency', 'Frequency', FREQ, 'Every 8 weeks')}${checkboxes('codes', 'Diagnosis (ICD-10)', CODES, ['M04.1', 'M06.1'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
  it('reads p-autocomplete multiple chips (options of a horizontal listbox) as the ICD-10 codes', () => {
    page(
      app(`${autocompleteMultiple('codes', 'ICD-10 codes', ['M04.1', 'M06.1'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    page(app(autocompleteMultiple('codes', 'ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});
