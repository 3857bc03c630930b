import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ant Design Vue 4.2.6 (vueComponent/ant-design-vue HEAD; opened components/form/FormItem.tsx
 * (field id `${formName}_${namePath.join('_')}`, `form_item_…` when the form has no name),
 * components/form/FormItemLabel.tsx (`label[for][title]`), components/input-number/index.tsx
 * (addon group: `.ant-input-number-group-wrapper > .ant-input-number-wrapper.ant-input-number-group`
 * > the input number, then `div.ant-input-number-group-addon`), components/vc-select/Selector/Input.tsx
 * (the search input: `type=search`, `role=combobox`, `aria-owns/-controls=<id>_list`, readonly
 * with opacity 0 when not searchable)). The select's overflow list, the picker, the table and the
 * popups (rendered in a `div` appended to body: `.ant-select-dropdown` with an a11y `role=listbox`
 * of `role=option` divs and the virtual list of `.ant-select-item-option`s; `.ant-picker-dropdown`
 * with the date panel table) are written from knowledge of the rc-* components Ant Design Vue
 * ports (not opened here).
 * - a-form-item: `.ant-form-item > .ant-row.ant-form-item-row > .ant-col.ant-form-item-label > label`
 *   and `.ant-col.ant-form-item-control > .ant-form-item-control-input > …-content`, then
 *   `.ant-form-item-explain > div[role=alert].ant-form-item-explain-error` and `.ant-form-item-extra`.
 * - a-select mode=multiple with maxTagCount: the rest item `+ 1 ...` in an overflow item.
 * - a-table: `.ant-table-wrapper > .ant-spin-nested-loading > .ant-spin-container > .ant-table >
 *   .ant-table-container > .ant-table-content > table` with `thead.ant-table-thead`, `th.ant-table-cell`,
 *   `tbody.ant-table-tbody > tr.ant-table-row[data-row-key]`; editable rows hold `a-form-item`s
 *   without label whose controls take the id `form_item_therapies_<i>_<key>`.
 */

const HASH = 'css-dev-only-do-not-override-1p3hq3p';
const icon = (name: string) =>
  `<span role="img" aria-label="${name}" class="anticon anticon-${name}"><svg focusable="false" class="" data-icon="${name}" width="1em" height="1em" fill="currentColor" aria-hidden="true" viewBox="64 64 896 896"><path d="M884 256h-75c-5.1 0-9.9 2.5-12.9 7L512 654.2 227.9 263"></path></svg></span>`;

const PRE = 'form_item';
const item = (name: string, label: string, control: string, o: { extra?: string; error?: string } = {}) =>
  `<div class="ant-form-item ${HASH}${o.error ? ' ant-form-item-with-help ant-form-item-has-error' : ''}"><div class="ant-row ant-form-item-row ${HASH}"><div class="ant-col ant-form-item-label ${HASH}"><label for="${PRE}_${name}" class="ant-form-item-required" title="${label}">${label}</label></div><div class="ant-col ant-form-item-control ${HASH}"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>${
    o.error
      ? `<div style="display: flex; flex-wrap: nowrap;"><div class="ant-form-item-explain ant-form-item-explain-connected ${HASH}"><div role="alert" class="ant-form-item-explain-error">${o.error}</div></div></div>`
      : ''
  }${o.extra ? `<div class="ant-form-item-extra">${o.extra}</div>` : ''}</div></div></div>`;

const input = (id: string, value: string, placeholder = '') =>
  `<input${placeholder ? ` placeholder="${placeholder}"` : ''} type="text" id="${id}" class="ant-input ${HASH}" value="${value}">`;

const inputNumber = (id: string, value: string, addonAfter = '') => {
  const inner = `<div class="ant-input-number ${HASH}"><div class="ant-input-number-handler-wrap"><span unselectable="on" role="button" aria-label="Increase Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-up">${icon('up')}</span><span unselectable="on" role="button" aria-label="Decrease Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-down">${icon('down')}</span></div><div class="ant-input-number-input-wrap"><input autocomplete="off" role="spinbutton" aria-valuenow="${value}" step="1" id="${id}" class="ant-input-number-input" value="${value}"></div></div>`;
  return addonAfter
    ? `<div class="ant-input-number-group-wrapper ${HASH}"><div class="ant-input-number-wrapper ant-input-number-group ${HASH}">${inner}<div class="ant-input-number-group-addon">${addonAfter}</div></div></div>`
    : inner;
};

const select = (id: string, shown: string, placeholder = 'Please select', open = false) =>
  `<div class="ant-select ${HASH} ant-select-single ant-select-show-arrow${open ? ' ant-select-open ant-select-focused' : ''}"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="${open}" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list" readonly="" unselectable="on" style="opacity: 0;" value=""></span>${
    shown
      ? `<span class="ant-select-selection-item" title="${shown}">${shown}</span>`
      : `<span class="ant-select-selection-placeholder">${placeholder}</span>`
  }</div><span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span></div>`;

const overflowItem = (v: string) =>
  `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${v}"><span class="ant-select-selection-item-content">${v}</span><span class="ant-select-selection-item-remove" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('close')}</span></span></div>`;

const selectMultiple = (id: string, chosen: string[], o: { maxTagCount?: number; placeholder?: string; open?: boolean } = {}) => {
  const shown = o.maxTagCount !== undefined ? chosen.slice(0, o.maxTagCount) : chosen;
  const rest =
    o.maxTagCount !== undefined && chosen.length > o.maxTagCount
      ? `<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-rest" style="opacity: 1;"><span class="ant-select-selection-item" title="+ ${chosen.length - o.maxTagCount} ..."><span class="ant-select-selection-item-content">+ ${chosen.length - o.maxTagCount} ...</span></span></div>`
      : '';
  return `<div class="ant-select ${HASH} ant-select-multiple ant-select-show-search${o.open ? ' ant-select-open ant-select-focused' : ''}"><div class="ant-select-selector"><div class="ant-select-selection-overflow">${shown.map(overflowItem).join('')}${rest}<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;"><div class="ant-select-selection-search" style="width: 3px;"><input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list" value=""><span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div></div>${
    chosen.length ? '' : `<span class="ant-select-selection-placeholder">${o.placeholder ?? 'Please select'}</span>`
  }</div></div>`;
};

/** the open select popup, in the container appended to body */
const selectDropdown = (id: string, options: string[], chosen: string[]) =>
  `<div style="position: absolute; top: 0px; left: 0px; width: 100%;"><div><div class="ant-select-dropdown ${HASH} ant-select-dropdown-placement-bottomLeft" style="min-width: 320px; width: 320px; left: 260px; top: 322px;"><div><div role="listbox" id="${id}_list" style="height: 0px; width: 0px; overflow: hidden;">${options
    .slice(0, 2)
    .map((o, i) => `<div role="option" id="${id}_list_${i}" aria-label="${o}" aria-selected="${chosen.includes(o)}">${o}</div>`)
    .join(
      '',
    )}</div><div class="rc-virtual-list" style="position: relative;"><div class="rc-virtual-list-holder" style="max-height: 256px; overflow-y: auto;"><div><div class="rc-virtual-list-holder-inner" style="display: flex; flex-direction: column;">${options
    .map(
      (o) =>
        `<div aria-selected="${chosen.includes(o)}" class="ant-select-item ant-select-item-option${chosen.includes(o) ? ' ant-select-item-option-selected' : ''}" title="${o}"><div class="ant-select-item-option-content">${o}</div><span class="ant-select-item-option-state" unselectable="on" aria-hidden="true" style="user-select: none;">${chosen.includes(o) ? icon('check') : ''}</span></div>`,
    )
    .join('')}</div></div></div></div></div></div></div></div>`;

const datePicker = (id: string, value: string, placeholder = 'Select date', open = false) =>
  `<div class="ant-picker ${HASH}${open ? ' ant-picker-focused' : ''}"><div class="ant-picker-input"><input id="${id}" readonly="" title="${value}" size="12" autocomplete="off" placeholder="${placeholder}" value="${value}"><span class="ant-picker-suffix">${icon('calendar')}</span>${value ? `<span class="ant-picker-clear" role="button">${icon('close-circle')}</span>` : ''}</div></div>`;

const pickerDropdown = () => {
  const cells = Array.from({ length: 35 }, (_, i) => {
    const d = i - 1;
    const iso = d < 1 ? `1988-02-${28 + d + 1}` : `1988-03-${String(d).padStart(2, '0')}`;
    return `<td title="${iso}" class="ant-picker-cell${d >= 1 ? ' ant-picker-cell-in-view' : ''}${d === 14 ? ' ant-picker-cell-selected' : ''}"><div class="ant-picker-cell-inner">${d < 1 ? 28 + d + 1 : d}</div></td>`;
  });
  const rows = [0, 7, 14, 21, 28].map((s) => `<tr>${cells.slice(s, s + 7).join('')}</tr>`).join('');
  return `<div style="position: absolute; top: 0px; left: 0px; width: 100%;"><div><div class="ant-picker-dropdown ${HASH} ant-picker-dropdown-placement-bottomLeft" style="left: 260px; top: 120px;"><div class="ant-picker-panel-container"><div class="ant-picker-panel" tabindex="-1"><div class="ant-picker-date-panel"><div class="ant-picker-header"><button type="button" tabindex="-1" class="ant-picker-header-super-prev-btn"><span class="ant-picker-super-prev-icon"></span></button><button type="button" tabindex="-1" class="ant-picker-header-prev-btn"><span class="ant-picker-prev-icon"></span></button><div class="ant-picker-header-view"><button type="button" tabindex="-1" class="ant-picker-year-btn">1988</button><button type="button" tabindex="-1" class="ant-picker-month-btn">Mar</button></div><button type="button" tabindex="-1" class="ant-picker-header-next-btn"><span class="ant-picker-next-icon"></span></button><button type="button" tabindex="-1" class="ant-picker-header-super-next-btn"><span class="ant-picker-super-next-icon"></span></button></div><div class="ant-picker-body"><table class="ant-picker-content"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th>${d}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div></div><div class="ant-picker-footer"><a class="ant-picker-today-btn">Today</a></div></div></div></div></div></div>`;
};

const form = (body: string, layout = 'vertical') => `<form class="ant-form ant-form-${layout} ${HASH}">${body}</form>`;
const card = (title: string, body: string) =>
  `<div class="ant-card ant-card-bordered ${HASH}"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">${title}</div></div></div><div class="ant-card-body">${body}</div></div>`;
const app = (body: string, popups = '') => `<div id="app">${body}</div>${popups}`;

/** a-table with a-form-items (no label) in cells, the controls named form_item_therapies_<i>_<key> */
const therapyTable = () => {
  const cols: [string, string][] = [
    ['drug', 'Drug'],
    ['dose', 'Dose'],
    ['start', 'Start date'],
    ['stop', 'End date'],
    ['outcome', 'Outcome'],
  ];
  const cell = (i: number, key: string) => {
    const id = `${PRE}_therapies_${i}_${key}`;
    const v = THERAPIES[`priorTherapies.${i as 0 | 1}.${key as 'drug' | 'dose' | 'start' | 'stop' | 'outcome'}`];
    const control = key === 'start' || key === 'stop' ? datePicker(id, v) : key === 'outcome' ? select(id, v) : input(id, v);
    return `<td class="ant-table-cell"><div class="ant-form-item ${HASH}" style="margin: 0px;"><div class="ant-row ant-form-item-row ${HASH}"><div class="ant-col ant-form-item-control ${HASH}"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div></div></div></div></td>`;
  };
  return `<div class="ant-table-wrapper ${HASH}"><div class="ant-spin-nested-loading ${HASH}"><div class="ant-spin-container"><div class="ant-table ant-table-small ant-table-bordered"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;"><colgroup></colgroup><thead class="ant-table-thead"><tr>${cols
    .map(([, t]) => `<th class="ant-table-cell" colstart="0" colend="0">${t}</th>`)
    .join('')}<th class="ant-table-cell">Action</th></tr></thead><tbody class="ant-table-tbody">${[0, 1]
    .map(
      (i) =>
        `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0">${cols.map(([k]) => cell(i, k)).join('')}<td class="ant-table-cell"><a>Delete</a></td></tr>`,
    )
    .join('')}</tbody></table></div></div></div></div></div></div>`;
};

describe('Ant Design Vue 4: a-form-item, a-input-number addon-after, a-date-picker, a-select, a-table', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(
        form(`${card(
          'Member',
          `${item('memberId', 'Member ID', input(`${PRE}_memberId`, ILARIS['patient.memberId']), { extra: 'As printed on the card' })}
          ${item('dob', 'Date of birth', datePicker(`${PRE}_dob`, ILARIS['patient.dob']))}
          ${item('weight', 'Weight', inputNumber(`${PRE}_weight`, '72', 'kg'))}`,
        )}
          ${card('Diagnosis', item('codes', 'ICD-10 codes', selectMultiple(`${PRE}_codes`, ['M04.1', 'M06.1'])))}
          ${card(
            'Medication',
            `${item('drugName', 'Drug name', select(`${PRE}_drugName`, ILARIS['drug.name']))}
            ${item('hcpcs', 'HCPCS code', input(`${PRE}_hcpcs`, ILARIS['drug.hcpcs']))}
            ${item('ndc', 'NDC', input(`${PRE}_ndc`, ILARIS['drug.ndc']))}
            ${item('dose', 'Dose', inputNumber(`${PRE}_dose`, '150', 'mg'))}
            ${item('units', 'Billing units', inputNumber(`${PRE}_units`, '150'))}
            ${item('frequency', 'Frequency', select(`${PRE}_frequency`, 'Every 4 weeks'))}`,
          )}
          ${card('Labs', `${item('crp', 'CRP', inputNumber(`${PRE}_crp`, '24', 'mg/L'))}${item('crpDate', 'CRP collection date', datePicker(`${PRE}_crpDate`, ILARIS['labs.crpDate']))}`)}
          ${card('Prescriber', item('npi', 'Prescriber NPI', input(`${PRE}_npi`, ILARIS['prescriber.npi'])))}
          ${card('Prior therapies', therapyTable())}
          <button type="submit" class="ant-btn ${HASH} ant-btn-primary"><span>Submit</span></button>`),
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads prior therapies from an a-table of label-less form items (ids form_item_therapies_<i>_<key>)', () => {
    page(app(form(`<h3>Prior therapies</h3>${therapyTable()}`)));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads prior therapies from an a-table with a fixed header (scroll.y: header and body tables apart, a hidden measure row)', () => {
    const cols: [string, string][] = [
      ['drug', 'Drug'],
      ['dose', 'Dose'],
      ['start', 'Start date'],
      ['stop', 'End date'],
      ['outcome', 'Outcome'],
    ];
    const colgroup = `<colgroup>${cols.map(() => '<col style="width: 180px;">').join('')}</colgroup>`;
    const row = (i: number) =>
      `<tr data-row-key="${i}" class="ant-table-row ant-table-row-level-0">${cols
        .map(([k]) => {
          const v = THERAPIES[`priorTherapies.${i as 0 | 1}.${k as 'drug' | 'dose' | 'start' | 'stop' | 'outcome'}`];
          const id = `${PRE}_therapies_${i}_${k}`;
          return `<td class="ant-table-cell">${k === 'start' || k === 'stop' ? datePicker(id, v) : input(id, v)}</td>`;
        })
        .join('')}</tr>`;
    page(
      app(
        form(
          `<h3>Prior therapies</h3><div class="ant-table-wrapper ${HASH}"><div class="ant-spin-nested-loading ${HASH}"><div class="ant-spin-container"><div class="ant-table ant-table-fixed-header ant-table-scroll-horizontal"><div class="ant-table-container"><div class="ant-table-header" style="overflow: hidden;"><table style="table-layout: fixed;"><colgroup>${cols.map(() => '<col style="width: 180px;">').join('')}<col style="width: 15px;"></colgroup><thead class="ant-table-thead"><tr>${cols
            .map(([, t]) => `<th class="ant-table-cell">${t}</th>`)
            .join(
              '',
            )}<th class="ant-table-cell ant-table-cell-scrollbar"></th></tr></thead></table></div><div class="ant-table-body" style="overflow: scroll; max-height: 240px;"><table style="width: 900px; min-width: 100%; table-layout: fixed;">${colgroup}<tbody class="ant-table-tbody"><tr aria-hidden="true" class="ant-table-measure-row" style="height: 0px; font-size: 0px;">${cols
            .map(() => '<td style="padding: 0px; border: 0px; height: 0px;"><div style="height: 0px; overflow: hidden;">&nbsp;</div></td>')
            .join('')}</tr>${row(0)}${row(1)}</tbody></table></div></div></div></div></div></div>`,
        ),
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('takes nothing from an open multiple select dropdown, and reads the chosen codes once', () => {
    page(
      app(
        form(item('codes', 'ICD-10 codes', selectMultiple(`${PRE}_codes`, ['M04.1', 'M06.1'], { open: true }))),
        selectDropdown(`${PRE}_codes`, ['M04.1', 'M06.1', 'M04.8', 'M08.20'], ['M04.1', 'M06.1']),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.ant-select-dropdown');
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a multiple select with maxTagCount as its shown codes, without the "+ 1 ..." rest tag', () => {
    page(app(form(item('codes', 'ICD-10 codes', selectMultiple(`${PRE}_codes`, ['M04.1', 'M06.1', 'M04.8'], { maxTagCount: 2 })))));
    expect(read()['diagnosis.codes.0']).toBe('M04.1, M06.1');
  });

  it('takes nothing from the open date picker panel and reads the date box', () => {
    page(
      app(
        form(
          `${item('dob', 'Date of birth', datePicker(`${PRE}_dob`, ILARIS['patient.dob'], 'Select date', true))}${item('memberId', 'Member ID', input(`${PRE}_memberId`, ILARIS['patient.memberId']))}`,
        ),
        pickerDropdown(),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('.ant-picker-dropdown');
  });

  it('reads empty widgets (select placeholder, picker placeholder, empty multiple) as empty', () => {
    page(
      app(
        form(`${item('drugName', 'Drug name', select(`${PRE}_drugName`, '', 'Select a drug'))}
          ${item('dob', 'Date of birth', datePicker(`${PRE}_dob`, '', 'MM/DD/YYYY'))}
          ${item('codes', 'ICD-10 codes', selectMultiple(`${PRE}_codes`, [], { placeholder: 'Add ICD-10 codes' }))}`),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'patient.dob': '', 'diagnosis.codes.0': '' });
  });

  it('keeps a validation error and extra text out of labels and values (horizontal layout)', () => {
    page(
      app(
        form(
          `${item('npi', 'Prescriber NPI', input(`${PRE}_npi`, '123456789'), { error: 'NDC must be 11 digits' })}
          ${item('ndc', 'NDC', input(`${PRE}_ndc`, ILARIS['drug.ndc']), { extra: 'Dose in mg' })}
          ${item('units', 'Billing units', inputNumber(`${PRE}_units`, '150'))}`,
          'horizontal',
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'drug.ndc': ILARIS['drug.ndc'], 'drug.units': '150' });
    expect(field('drug.ndc')?.label).toBe('NDC');
    expect(field('drug.units')?.label).toBe('Billing units');
  });

  it('takes an a-input suffix and an a-input-number addon-after as the unit', () => {
    const affix = (id: string, value: string, suffix: string) =>
      `<span class="ant-input-affix-wrapper ${HASH}"><input type="text" id="${id}" class="ant-input" value="${value}"><span class="ant-input-suffix">${suffix}</span></span>`;
    page(
      app(
        form(
          `${item('weight', 'Weight', affix(`${PRE}_weight`, '72', 'kg'))}${item('crp', 'CRP', affix(`${PRE}_crp`, '24', 'mg/L'))}${item('dose', 'Dose', inputNumber(`${PRE}_dose`, '150', 'mg'))}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'labs.crpValue': '24', 'drug.dose': '150' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L', 'drug.doseUnit': 'mg' });
  });

  it('reads an a-radio-group of button-style radios (no name) by its checked option', () => {
    const radioButtons = (id: string, options: string[], checked: string) =>
      `<div id="${id}" class="ant-radio-group ant-radio-group-outline ${HASH}">${options
        .map(
          (o) =>
            `<label class="ant-radio-button-wrapper${o === checked ? ' ant-radio-button-wrapper-checked' : ''} ant-radio-button-wrapper-in-form-item ${HASH}"><span class="ant-radio-button${o === checked ? ' ant-radio-button-checked' : ''}"><input type="radio" class="ant-radio-button-input" value="${o}"${o === checked ? ' checked' : ''}><span class="ant-radio-button-inner"></span></span><span>${o}</span></label>`,
        )
        .join('')}</div>`;
    page(
      app(
        form(
          `${item('frequency', 'Frequency', radioButtons(`${PRE}_frequency`, ['Every 4 weeks', 'Every 8 weeks'], 'Every 4 weeks'))}${item('units', 'Billing units', inputNumber(`${PRE}_units`, '150'))}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.units': '150' });
  });

  it('reads a form in an a-modal, leaving the page behind it out', () => {
    page(
      app(
        form(item('search', 'Search member ID', input(`${PRE}_search`, 'U0000000000'))),
        `<div><div class="ant-modal-root ${HASH}"><div class="ant-modal-mask"></div><div tabindex="-1" class="ant-modal-wrap" role="dialog" aria-labelledby="vc-dialog-title"><div role="document" class="ant-modal ${HASH}" style="width: 520px;"><div tabindex="0" aria-hidden="true" style="width: 0px; height: 0px; overflow: hidden; outline: none;"></div><div class="ant-modal-content"><button type="button" aria-label="Close" class="ant-modal-close"><span class="ant-modal-close-x">${icon('close')}</span></button><div class="ant-modal-header"><div class="ant-modal-title" id="vc-dialog-title">New request</div></div><div class="ant-modal-body">${form(
          `${item('memberId', 'Member ID', input(`${PRE}_memberId`, ILARIS['patient.memberId']))}${item('weight', 'Weight', inputNumber(`${PRE}_weight`, '72', 'kg'))}`,
        )}</div><div class="ant-modal-footer"><button type="button" class="ant-btn ${HASH} ant-btn-default"><span>Cancel</span></button><button type="button" class="ant-btn ${HASH} ant-btn-primary"><span>OK</span></button></div></div><div tabindex="0" aria-hidden="true" style="width: 0px; height: 0px; overflow: hidden; outline: none;"></div></div></div></div></div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
    expect(mapped()).toHaveLength(2);
  });
});
