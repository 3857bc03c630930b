import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, THERAPY_ROWS } from '../round5/request';

/**
 * NG-ZORRO 20 (ng-zorro-antd, NG-ZORRO/ng-zorro-antd components: form/form-item, form-label,
 * form-control; input; input-number/input-number.component.ts; select/select.component.ts,
 * select-top-control, select-search, select-item, select-placeholder, option-container, option-item;
 * date-picker/date-picker.component, picker.component, lib/date-table; table; modal/modal-container),
 * Angular element hosts kept as rendered:
 * - `nz-form-item.ant-form-item.ant-row` > `nz-form-label.ant-form-item-label.ant-col > label[for]`
 *   (`ant-form-item-required` when required) and `nz-form-control.ant-form-item-control.ant-col >
 *   div.ant-form-item-control-input > div.ant-form-item-control-input-content` (+ an
 *   `div.ant-form-item-explain > div[role=alert].ant-form-item-explain-error` and
 *   `div.ant-form-item-extra`).
 * - `input[nz-input].ant-input` with Angular form classes (`ng-untouched ng-pristine ng-valid`).
 * - nz-input-number: with `nzAddonAfter` the host is `.ant-input-number-group-wrapper` >
 *   `div.ant-input-number-wrapper.ant-input-number-group` > `div.ant-input-number` (handler spans
 *   `[role=button]` up/down, `div.ant-input-number-input-wrap > input.ant-input-number-input
 *   [role=spinbutton][id=nzId]`) + `div.ant-input-number-group-addon` "kg"; with `nzSuffix` the
 *   host is `.ant-input-number-affix-wrapper` and the unit a `span.ant-input-number-suffix`.
 * - nz-select: `nz-select.ant-select` > `nz-select-top-control.ant-select-selector` >
 *   `nz-select-search > input.ant-select-selection-search-input[id=nzId]` (no role; readonly, opacity 0
 *   without nzShowSearch) and `nz-select-item.ant-select-selection-item[title]` or
 *   `nz-select-placeholder.ant-select-selection-placeholder`; multiple mode: an
 *   `div.ant-select-selection-overflow` of `nz-select-item` (`span.ant-select-selection-item-content`
 *   + `span.ant-select-selection-item-remove` with the close icon), the search last; then
 *   `nz-select-arrow`. The open dropdown is `nz-option-container.ant-select-dropdown` inside the CDK
 *   overlay container at the end of the body (`nz-option-item.ant-select-item-option[title]`).
 * - nz-date-picker: `nz-date-picker.ant-picker > div.ant-picker-input > input[id=nzId]
 *   [placeholder="Select date"][size=12]` (value in nzFormat) + `span.ant-picker-suffix`; the open
 *   panel (`div.ant-picker-dropdown` > `table.ant-picker-content` of `td.ant-picker-cell[title]`)
 *   lives in the CDK overlay container.
 */

const icon = (type: string) =>
  `<nz-icon class="anticon anticon-${type}" nztype="${type}"><svg viewBox="64 64 896 896" focusable="false" fill="currentColor" width="1em" height="1em" data-icon="${type}" aria-hidden="true"><path d="M884 256h-75c-5.1 0-9.9 2.5-12.9 6.6z"></path></svg></nz-icon>`;

const item = (id: string, label: string, control: string, o: { required?: boolean; error?: string; extra?: string } = {}) =>
  `<nz-form-item class="ant-form-item ant-row${o.error ? ' ant-form-item-has-error' : ''}">
    <nz-form-label class="ant-form-item-label ant-col ant-col-6"><label for="${id}"${o.required ? ' class="ant-form-item-required"' : ''}>${label}</label></nz-form-label>
    <nz-form-control class="ant-form-item-control ant-col ant-col-14"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>${
      o.error
        ? `<div class="ant-form-item-explain ant-form-item-explain-connected"><div role="alert" class="ant-form-item-explain-error">${o.error}</div></div>`
        : ''
    }${o.extra ? `<div class="ant-form-item-extra">${o.extra}</div>` : ''}</nz-form-control>
  </nz-form-item>`;

const input = (id: string, value: string, o: { error?: boolean; ariaLabel?: string } = {}) =>
  `<input nz-input${id ? ` id="${id}"` : ''}${o.ariaLabel ? ` aria-label="${o.ariaLabel}"` : ''} class="ant-input ng-untouched ng-pristine ${o.error ? 'ng-invalid ant-input-status-error' : 'ng-valid'}" value="${value}">`;

const text = (id: string, label: string, value: string, o: { required?: boolean; error?: string; extra?: string } = {}) =>
  item(id, label, input(id, value, { error: !!o.error }), o);

const numberCore = (id: string, value: string) =>
  `<div class="ant-input-number ant-input-number-in-form-item ant-input-number-outlined"><div class="ant-input-number-handler-wrap"><span role="button" unselectable="on" class="ant-input-number-handler ant-input-number-handler-up" aria-disabled="false">${icon('up')}</span><span role="button" unselectable="on" class="ant-input-number-handler ant-input-number-handler-down" aria-disabled="false">${icon('down')}</span></div><div class="ant-input-number-input-wrap"><input autocomplete="off" role="spinbutton" class="ant-input-number-input" aria-valuemin="-9007199254740991" aria-valuemax="9007199254740991" id="${id}" step="1" value="${value}" placeholder=""></div></div>`;

const numberAddon = (id: string, value: string, addon: string) =>
  `<nz-input-number class="ant-input-number-group-wrapper ant-input-number-group-wrapper-outlined ng-untouched ng-pristine ng-valid"><div class="ant-input-number-wrapper ant-input-number-group">${numberCore(id, value)}<div class="ant-input-number-group-addon">${addon}</div></div></nz-input-number>`;

const numberSuffix = (id: string, value: string, suffix: string) =>
  `<nz-input-number class="ant-input-number-affix-wrapper ant-input-number-affix-wrapper-outlined ng-untouched ng-pristine ng-valid">${numberCore(id, value)}<span class="ant-input-number-suffix">${suffix}</span></nz-input-number>`;

const select = (id: string, chosen: string[], placeholder: string, o: { multi?: boolean; open?: boolean; search?: boolean } = {}) => {
  const search = `<nz-select-search class="ant-select-selection-search"><input autocomplete="off" class="ant-select-selection-search-input ng-untouched ng-pristine ng-valid" id="${id}"${o.search || o.multi ? '' : ' readonly="readonly" style="opacity: 0;"'} value="">${o.multi ? '<span class="ant-select-selection-search-mirror">&nbsp;</span>' : ''}</nz-select-search>`;
  const ph = `<nz-select-placeholder class="ant-select-selection-placeholder">${placeholder}</nz-select-placeholder>`;
  const top = o.multi
    ? `<div class="ant-select-selection-overflow">${chosen
        .map(
          (c) =>
            `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><nz-select-item class="ant-select-selection-item" title="${c}"><span class="ant-select-selection-item-content">${c}</span><span class="ant-select-selection-item-remove">${icon('close')}</span></nz-select-item></div>`,
        )
        .join(
          '',
        )}<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;">${search}</div></div>${chosen.length ? '' : ph}`
    : `${search}${chosen.length ? `<nz-select-item class="ant-select-selection-item" title="${chosen[0]}">${chosen[0]}</nz-select-item>` : ph}`;
  return `<nz-select class="ant-select ant-select-in-form-item ant-select-${o.multi ? 'multiple' : 'single'} ant-select-show-arrow${o.search ? ' ant-select-show-search' : ''}${o.open ? ' ant-select-open ant-select-focused' : ''} ng-untouched ng-pristine ng-valid"><nz-select-top-control class="ant-select-selector">${top}</nz-select-top-control><nz-select-arrow class="ant-select-arrow">${icon('down')}</nz-select-arrow></nz-select>`;
};

const overlay = (pane: string) =>
  `<div class="cdk-overlay-container"><div class="cdk-overlay-connected-position-bounding-box" dir="ltr" style="top: 0px; left: 24px; height: 100%; width: 100%;"><div class="cdk-overlay-pane" style="position: static; width: 480px;">${pane}</div></div></div>`;

const optionContainer = (options: [string, boolean][], multi = false) =>
  `<nz-option-container class="ant-select-dropdown ant-select-dropdown-placement-bottomLeft${multi ? '' : ''}" style="width: 480px;"><div><cdk-virtual-scroll-viewport class="cdk-virtual-scroll-viewport cdk-virtual-scrollable cdk-virtual-scroll-orientation-vertical" style="height: 256px;"><div class="cdk-virtual-scroll-content-wrapper">${options
    .map(
      ([o, on], i) =>
        `<nz-option-item class="ant-select-item ant-select-item-option${on ? ' ant-select-item-option-selected' : ''}${i === 0 ? ' ant-select-item-option-active' : ''}" title="${o}"><div class="ant-select-item-option-content">${o}</div>${multi && on ? `<div class="ant-select-item-option-state" unselectable="on">${icon('check')}</div>` : ''}</nz-option-item>`,
    )
    .join(
      '',
    )}</div><div class="cdk-virtual-scroll-spacer" style="width: 1px; height: 96px;"></div></cdk-virtual-scroll-viewport></div></nz-option-container>`;

const datePicker = (id: string, value: string) =>
  `<nz-date-picker class="ant-picker ant-picker-outlined ng-untouched ng-pristine ng-valid"><div class="ant-picker-input"><input autocomplete="off" id="${id}" placeholder="Select date" size="12" value="${value}"><span class="ant-picker-suffix">${icon('calendar')}</span>${value ? `<span class="ant-picker-clear">${icon('close-circle')}</span>` : ''}</div></nz-date-picker>`;

const datePanel = () => {
  const cell = (d: number) =>
    `<td role="gridcell" class="ant-picker-cell ant-picker-cell-in-view${d === 14 ? ' ant-picker-cell-selected' : ''}" title="1988-03-${String(d).padStart(2, '0')}"><div class="ant-picker-cell-inner">${d}</div></td>`;
  const rows = [0, 7, 14, 21, 28].map(
    (s) =>
      `<tr>${Array.from({ length: 7 }, (_, i) => s + i + 1)
        .filter((d) => d <= 31)
        .map(cell)
        .join('')}</tr>`,
  );
  return `<div class="ant-picker-dropdown ant-picker-dropdown-placement-bottomLeft"><div class="ant-picker-panel-container"><div class="ant-picker-panel" tabindex="-1"><div class="ant-picker-date-panel">
    <div class="ant-picker-header"><button type="button" class="ant-picker-header-super-prev-btn" tabindex="-1" title="Last year (Control + left)"><span class="ant-picker-super-prev-icon"></span></button><button type="button" class="ant-picker-header-prev-btn" tabindex="-1" title="Previous month (PageUp)"><span class="ant-picker-prev-icon"></span></button><div class="ant-picker-header-view"><button type="button" class="ant-picker-month-btn" title="Choose a month">Mar</button><button type="button" class="ant-picker-year-btn" title="Choose a year">1988</button></div><button type="button" class="ant-picker-header-next-btn" tabindex="-1" title="Next month (PageDown)"><span class="ant-picker-next-icon"></span></button><button type="button" class="ant-picker-header-super-next-btn" tabindex="-1" title="Next year (Control + right)"><span class="ant-picker-super-next-icon"></span></button></div>
    <div class="ant-picker-body"><table class="ant-picker-content" cellspacing="0" role="grid"><thead><tr role="row">${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th role="columnheader" title="${d}">${d}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>
    </div><div class="ant-picker-footer"><a class="ant-picker-today-btn" role="button" title="12/03/2026">Today</a></div></div></div></div>`;
};

const FORM = (body: string) =>
  `<form nz-form class="ant-form ant-form-horizontal ng-untouched ng-pristine ng-valid" novalidate>${body}</form>`;
const divider = (title: string) =>
  `<nz-divider class="ant-divider ant-divider-horizontal ant-divider-with-text ant-divider-with-text-left" role="separator"><span class="ant-divider-inner-text">${title}</span></nz-divider>`;

describe('NG-ZORRO form: nz-form-item + nz-input / nz-input-number / nz-select / nz-date-picker', () => {
  it('reads the full Ilaris request', () => {
    page(
      `<app-root><div class="ant-card ant-card-bordered"><div class="ant-card-body">${FORM(`
      ${divider('Member')}
      ${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}
      ${item('dob', 'Date of birth', datePicker('dob', '03/14/1988'), { required: true })}
      ${item('weight', 'Weight', numberAddon('weight', '72', 'kg'))}
      ${divider('Diagnosis')}
      ${item('icd10', 'ICD-10 codes', select('icd10', ['M04.1', 'M06.1'], 'Select ICD-10 codes', { multi: true }))}
      ${divider('Medication')}
      ${item('drug', 'Drug name', select('drug', [ILARIS['drug.name']], 'Select a drug', { search: true }))}
      ${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}
      ${text('ndc', 'NDC', ILARIS['drug.ndc'], { extra: '11-digit NDC in 5-4-2 format' })}
      ${item('dose', 'Dose', numberSuffix('dose', '150', 'mg'))}
      ${text('units', 'Billing units', '150')}
      ${item('frequency', 'Frequency', select('frequency', ['Every 4 weeks'], 'Select a frequency'))}
      ${divider('Labs')}
      ${item('crp', 'CRP', numberAddon('crp', '24', 'mg/L'))}
      ${item('crpDate', 'CRP collection date', datePicker('crpDate', '11/02/2026'))}
      ${divider('Prescriber')}
      ${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}
      <nz-form-item class="ant-form-item ant-row"><nz-form-control class="ant-form-item-control ant-col ant-col-14 ant-col-offset-6"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content"><button nz-button nztype="primary" class="ant-btn ant-btn-primary"><span>Submit</span></button></div></div></nz-form-control></nz-form-item>
    `)}</div></div></app-root>`,
    );
    expect(read()).toEqual({
      ...ILARIS,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('.ant-select-selection-item-remove');
    nothingFrom('.ant-input-number-handler-wrap');
    noDuplicatePaths();
  });

  it('reads a multiple nz-select from its items, without the remove icons, and takes nothing from the open dropdown in the CDK overlay', () => {
    page(
      `${FORM(item('icd10', 'ICD-10 codes', select('icd10', ['M04.1'], 'Select ICD-10 codes', { multi: true, open: true })))}${overlay(
        optionContainer(
          [
            ['M04.1', true],
            ['M06.1', false],
            ['M04.8', false],
          ],
          true,
        ),
      )}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('.cdk-overlay-container');
  });

  it('reads a single nz-select by its selected item', () => {
    page(FORM(item('drug', 'Drug name', select('drug', [ILARIS['drug.name']], 'Select a drug'))));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads nz-selects showing their placeholder as empty', () => {
    page(
      FORM(`${item('drug', 'Drug name', select('drug', [], 'Select a drug', { search: true }))}
      ${item('frequency', 'Frequency', select('frequency', [], 'Select a frequency'))}
      ${item('icd10', 'ICD-10 codes', select('icd10', [], 'Select ICD-10 codes', { multi: true }))}`),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '', 'diagnosis.codes.0': '' });
  });

  it('takes nothing from the open date panel and reads an empty date picker as empty', () => {
    page(
      `${FORM(`${item('dob', 'Date of birth', datePicker('dob', ''))}${item('crpDate', 'CRP collection date', datePicker('crpDate', '11/02/2026'))}`)}${overlay(datePanel())}`,
    );
    expect(read()).toEqual({ 'patient.dob': '', 'labs.crpDate': '11/02/2026' });
    nothingFrom('.cdk-overlay-container');
  });

  it('reads a field with a validation error by its value and label', () => {
    page(FORM(text('npi', 'Prescriber NPI', '123456789', { required: true, error: 'NPI must be 10 digits' })));
    expect(read()).toEqual({ 'prescriber.npi': '123456789' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads prior therapies from an editable nz-table', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const rows = THERAPY_ROWS;
    page(
      FORM(`<nz-card class="ant-card ant-card-bordered"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">Prior therapies</div></div></div><div class="ant-card-body"><nz-table class="ant-table-wrapper"><nz-spin class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;">
        <thead class="ant-table-thead"><tr>${cols.map((c) => `<th class="ant-table-cell">${c}</th>`).join('')}</tr></thead>
        <tbody class="ant-table-tbody">${rows.map((r) => `<tr class="ant-table-row">${r.map((v) => `<td class="ant-table-cell">${input('', v)}</td>`).join('')}</tr>`).join('')}</tbody>
      </table></div></div></div></div></nz-spin></nz-table></div></nz-card>`),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads prior therapies from an editable nz-table under an nz-divider title', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const rows = THERAPY_ROWS;
    page(
      FORM(`${divider('Prior therapies')}<nz-table class="ant-table-wrapper"><nz-spin class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table"><div class="ant-table-container"><div class="ant-table-content"><table style="table-layout: auto;">
        <thead class="ant-table-thead"><tr>${cols.map((c) => `<th class="ant-table-cell">${c}</th>`).join('')}</tr></thead>
        <tbody class="ant-table-tbody">${rows.map((r) => `<tr class="ant-table-row">${r.map((v) => `<td class="ant-table-cell">${input('', v)}</td>`).join('')}</tr>`).join('')}</tbody>
      </table></div></div></div></div></nz-spin></nz-table>`),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a form inside an nz-modal in the CDK overlay', () => {
    page(`<app-root></app-root><div class="cdk-overlay-container"><div class="cdk-overlay-backdrop ant-modal-mask cdk-overlay-backdrop-showing"></div><div class="cdk-global-overlay-wrapper" dir="ltr" style="justify-content: flex-start; align-items: flex-start;"><div class="cdk-overlay-pane" style="position: static;">
      <div tabindex="-1" role="dialog" class="ant-modal-wrap"><nz-modal-container class="ant-modal" role="document" style="width: 520px;"><div class="ant-modal-content">
        <button nz-modal-close class="ant-modal-close" aria-label="Close"><span class="ant-modal-close-x">${icon('close')}</span></button>
        <div class="ant-modal-header"><div class="ant-modal-title"><div>Edit member</div></div></div>
        <div class="ant-modal-body">${FORM(`${text('m-memberId', 'Member ID', ILARIS['patient.memberId'])}${item('m-weight', 'Weight', numberAddon('m-weight', '72', 'kg'))}`)}</div>
        <div class="ant-modal-footer"><button nz-button class="ant-btn ant-btn-default"><span>Cancel</span></button><button nz-button nztype="primary" class="ant-btn ant-btn-primary"><span>OK</span></button></div>
      </div></nz-modal-container></div>
    </div></div></div>`);
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
    expect(mapped()).toHaveLength(2);
  });
});
