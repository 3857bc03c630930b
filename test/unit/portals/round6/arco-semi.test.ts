import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom, ISO_REQUEST } from '../round5/request';

/**
 * Arco Design React 2.66 (arco-design/arco-design components: Form/(form-item, control, utils
 * `ID_SUFFIX` "_input").tsx, Input/(input, input-element).tsx, InputNumber/index.tsx (embed mode:
 * `div.arco-input-number-step-layer` of two step divs, then `div.arco-input-number-suffix` in the
 * inner wrapper's `span.arco-input-group-suffix`), _class/select-view.tsx (Select / TreeSelect:
 * `div[role=combobox].arco-select` > `div.arco-select-view[title]` > `span.arco-select-view-
 * selector` holding a hidden `input.arco-select-view-input.arco-select-hidden` and
 * `span.arco-select-view-value`; empty: the input shown with its placeholder, a `-value-mirror`
 * span and an empty value span with display none; multiple: an InputTag), InputTag/input-tag.tsx
 * (`div.arco-input-tag > div.arco-input-tag-view > div.arco-input-tag-inner` with
 * `span.arco-tag > span.arco-tag-content` + `span.arco-tag-close-btn[role=button][aria-label=
 * Close]`, then `input.arco-input-tag-input` and its mirror), _class/picker/input.tsx (DatePicker:
 * `div.arco-picker > div.arco-picker-input > input` + `div.arco-picker-suffix` with the calendar
 * icon), Trigger (popups at the end of the body: `div.arco-trigger > div.arco-select-popup` of
 * `li.arco-select-option[role=option]`, `div.arco-picker-container` with the date panel).
 * Form.Item: `div.arco-row.arco-form-item` > `div.arco-col.arco-form-label-item > label[for=
 * <field>_input]` (required: `strong.arco-form-item-symbol > svg`), `div.arco-form-item-wrapper >
 * … div.arco-form-item-control#<field> > div.arco-form-item-control-children`, errors in
 * `div.arco-form-message[role=alert]`, extra in `div.arco-form-extra`.
 *
 * Semi Design 2.6x (DouyinFE/semi-design packages/semi-ui: form/(field, label, errorMessage).tsx,
 * input/index.tsx (suffix `div.semi-input-suffix.semi-input-suffix-text`), inputNumber/index.tsx
 * (`div.semi-input-number` > the input wrapper + `div.semi-input-number-suffix-btns` of two
 * `span.semi-input-number-button`), select/index.tsx (`div.semi-select[role=combobox]` >
 * `div.semi-select-selection > span.semi-select-selection-text` or, multiple,
 * `div.semi-select-content-wrapper > div.semi-tag` with `div.semi-tag-content` and
 * `div.semi-tag-close`), treeSelect/index.tsx, tagInput/index.tsx, datePicker/(dateInput,
 * datePicker).tsx (Input with a calendar prefix icon), popups in `div.semi-portal`):
 * Form.* fields: `div.semi-form-field[x-field-id]` > `label.semi-form-field-label[for=<field>]
 * #<field>-label > div.semi-form-field-label-text`, the control with `id=<field>` and
 * `aria-labelledby=<field>-label`, `div.semi-form-field-error-message` when invalid,
 * `div.semi-form-field-help-text`.
 */

const icon = (name: string) =>
  `<svg fill="none" stroke="currentColor" stroke-width="4" viewBox="0 0 48 48" aria-hidden="true" focusable="false" class="arco-icon arco-icon-${name}"><path d="M39.6 17.443 24.043 33 8.487 17.443"></path></svg>`;

// ---------- Arco ----------
const aItem = (field: string, label: string, control: string, o: { required?: boolean; error?: string; extra?: string } = {}) =>
  `<div class="arco-row arco-row-align-start arco-row-justify-start arco-form-item arco-form-layout-vertical${o.error ? ' arco-form-item-status-error' : ''}"><div class="arco-col arco-form-label-item"><label for="${field}_input">${label}${
    o.required
      ? '<strong class="arco-form-item-symbol"><svg fill="currentColor" viewBox="0 0 1024 1024" width="1em" height="1em"><path d="M583.338 555.508 720.94 685.984l-38.217 39.364-137.24-130.15z"></path></svg></strong>'
      : ''
  }</label></div><div class="arco-col arco-form-item-wrapper"><div class="arco-form-item-control-wrapper"><div class="arco-form-item-control" id="${field}"><div class="arco-form-item-control-children">${control}</div></div>${
    o.error
      ? `<div class="arco-form-message arco-form-message-help"><div role="alert" class="arco-form-message">${o.error}</div></div>`
      : ''
  }${o.extra ? `<div class="arco-form-extra">${o.extra}</div>` : ''}</div></div></div>`;
const aInput = (field: string, value: string) => `<input class="arco-input arco-input-size-default" id="${field}_input" value="${value}">`;
const aNumber = (field: string, value: string, suffix?: string) =>
  `<div class="arco-input-group-wrapper arco-input-group-wrapper-default arco-input-has-suffix arco-input-number arco-input-number-mode-embed arco-input-number-size-default"><span class="arco-input-group"><span class="arco-input-inner-wrapper arco-input-inner-wrapper-default"><input role="spinbutton" aria-valuemax="Infinity" aria-valuemin="-Infinity" aria-valuenow="${value}" class="arco-input arco-input-size-default" id="${field}_input" value="${value}"><span class="arco-input-group-suffix"><div class="arco-input-number-step-layer"><div class="arco-input-number-step-button">${icon('up')}</div><div class="arco-input-number-step-button">${icon('down')}</div></div>${
    suffix ? `<div class="arco-input-number-suffix">${suffix}</div>` : ''
  }</span></span></span></div>`;
const aSelect = (field: string, shown: string | null, o: { cls?: string; placeholder?: string; open?: boolean } = {}) => {
  const p = o.cls ?? 'arco-select';
  return `<div role="combobox" aria-haspopup="listbox" aria-autocomplete="list" aria-expanded="${!!o.open}" aria-disabled="false" tabindex="0" id="${field}_input" class="${p} ${p}-single ${p}-size-default${o.open ? ` ${p}-open` : ''}"><div${shown ? ` title="${shown}"` : ''} class="${p}-view"><span class="${p}-view-selector">${
    shown
      ? `<input aria-hidden="true" class="${p}-view-input ${p}-hidden" autocomplete="off" tabindex="-1" placeholder="${o.placeholder ?? 'Please select'}" style="width: 100%; pointer-events: none;" value=""><span class="${p}-view-value">${shown}</span>`
      : `<input class="${p}-view-input" autocomplete="off" tabindex="-1" placeholder="${o.placeholder ?? 'Please select'}" style="width: 100%; pointer-events: none;" value=""><span class="${p}-view-value-mirror">${o.placeholder ?? 'Please select'}</span><span style="display: none;" class="${p}-view-value"></span>`
  }</span><div aria-hidden="true" class="${p}-suffix"><div class="${p}-arrow-icon">${icon('down')}</div></div></div></div>`;
};
const aMulti = (field: string, tags: string[]) =>
  `<div role="combobox" aria-haspopup="listbox" aria-autocomplete="list" aria-expanded="false" aria-disabled="false" tabindex="0" id="${field}_input" class="arco-select arco-select-multiple arco-select-size-default"><div class="arco-select-view"><div class="arco-input-tag arco-input-tag-size-default${tags.length ? '' : ' arco-input-tag-has-placeholder'}"><div class="arco-input-tag-view"><div class="arco-input-tag-inner">${tags
    .map(
      (t) =>
        `<span class="arco-tag arco-tag-checked arco-tag-size-default arco-input-tag-tag arco-select-tag">${'<span class="arco-tag-content">'}${t}</span><span role="button" tabindex="0" class="arco-icon-hover arco-tag-icon-hover arco-tag-close-btn" aria-label="Close">${icon('close')}</span></span>`,
    )
    .join(
      '',
    )}<input class="arco-input-tag-input arco-input-tag-input-size-default arco-input-tag-input-autowidth" autocomplete="off" tabindex="-1" placeholder="${tags.length ? '' : 'Please select'}" style="width: 4px; pointer-events: none;" value=""><span class="arco-input-tag-input-mirror">${tags.length ? '' : 'Please select'}</span></div></div></div><div aria-hidden="true" class="arco-select-suffix"><div class="arco-select-arrow-icon">${icon('down')}</div></div></div></div>`;
const aInputTag = (field: string, tags: string[]) =>
  `<div class="arco-input-tag arco-input-tag-size-default"><div class="arco-input-tag-view"><div class="arco-input-tag-inner">${tags
    .map(
      (t) =>
        `<span class="arco-tag arco-tag-checked arco-tag-size-default arco-input-tag-tag"><span class="arco-tag-content">${t}</span><span role="button" tabindex="0" class="arco-icon-hover arco-tag-icon-hover arco-tag-close-btn" aria-label="Close">${icon('close')}</span></span>`,
    )
    .join(
      '',
    )}<input class="arco-input-tag-input arco-input-tag-input-size-default arco-input-tag-input-autowidth" id="${field}_input" autocomplete="off" style="width: 4px;" value=""><span class="arco-input-tag-input-mirror"></span></div></div></div>`;
const aDate = (field: string, value: string) =>
  `<div class="arco-picker arco-picker-size-default"><div class="arco-picker-input"><input id="${field}_input" placeholder="Please select date" value="${value}"></div><div class="arco-picker-suffix"><span class="arco-picker-suffix-icon">${icon('calendar')}</span></div></div>`;
const aSelectPopup = (options: string[], chosen: string) =>
  `<span><div class="arco-trigger arco-trigger-position-bl" style="width: 320px; position: absolute; z-index: 1000; left: 24px; top: 420px;"><div class="arco-select-popup"><div role="listbox" class="arco-select-popup-inner" style="max-height: 200px;"><div>${options
    .map(
      (o) =>
        `<li role="option" aria-selected="${o === chosen}" class="arco-select-option${o === chosen ? ' arco-select-option-selected' : ''}"><span class="arco-select-option-wrapper">${o}</span></li>`,
    )
    .join('')}</div></div></div></div></span>`;
const aDatePopup = () =>
  `<span><div class="arco-trigger arco-trigger-position-bl" style="position: absolute; z-index: 1000; left: 24px; top: 120px;"><div class="arco-picker-container"><div class="arco-panel-date"><div class="arco-panel-date-inner"><div class="arco-picker-header"><div class="arco-picker-header-icon">${icon('double-left')}</div><div class="arco-picker-header-value"><span class="arco-picker-header-label">1988</span>-<span class="arco-picker-header-label">03</span></div></div><div class="arco-picker-body"><div class="arco-picker-week-list"><div class="arco-picker-week-list-item">Sun</div></div><div class="arco-picker-row"><div class="arco-picker-cell arco-picker-cell-in-view"><div class="arco-picker-date"><div class="arco-picker-date-value">13</div></div></div><div class="arco-picker-cell arco-picker-cell-in-view arco-picker-cell-selected"><div class="arco-picker-date"><div class="arco-picker-date-value">14</div></div></div></div></div></div></div><div class="arco-picker-footer"><div class="arco-picker-footer-btn-wrapper"><button class="arco-btn arco-btn-text arco-btn-size-mini arco-btn-shape-square" type="button"><span>Today</span></button></div></div></div></div></span>`;

const arcoPage = (
  o: { icd?: 'select' | 'tags'; error?: string } = {},
) => `<div id="root"><form class="arco-form arco-form-vertical arco-form-size-default" id="pa">
  <h3>Patient</h3>
  ${aItem('memberId', 'Member ID', aInput('memberId', ILARIS['patient.memberId']), { required: true, error: o.error })}
  ${aItem('dob', 'Date of birth', aDate('dob', '1988-03-14'))}
  ${aItem('weight', 'Weight', aNumber('weight', '72', 'kg'))}
  <h3>Diagnosis</h3>
  ${aItem('icd10', 'ICD-10 codes', o.icd === 'tags' ? aInputTag('icd10', ['M04.1', 'M06.1']) : aMulti('icd10', ['M04.1', 'M06.1']))}
  <h3>Medication</h3>
  ${aItem('drugName', 'Drug name', aSelect('drugName', ILARIS['drug.name'], { cls: 'arco-tree-select' }), { extra: 'Grouped by class' })}
  ${aItem('hcpcs', 'HCPCS code', aInput('hcpcs', ILARIS['drug.hcpcs']))}
  ${aItem('ndc', 'NDC', aInput('ndc', ILARIS['drug.ndc']))}
  ${aItem('dose', 'Dose', aNumber('dose', '150', 'mg'))}
  ${aItem('billingUnits', 'Billing units', aNumber('billingUnits', '150'))}
  ${aItem('frequency', 'Frequency', aSelect('frequency', 'Every 4 weeks'))}
  <h3>Labs</h3>
  ${aItem('crp', 'CRP', aNumber('crp', '24', 'mg/L'))}
  ${aItem('crpDate', 'CRP collection date', aDate('crpDate', '2026-11-02'))}
  <h3>Prescriber</h3>
  ${aItem('npi', 'Prescriber NPI', aInput('npi', ILARIS['prescriber.npi']))}
  <button class="arco-btn arco-btn-primary arco-btn-size-default arco-btn-shape-square" type="submit"><span>Submit</span></button>
</form></div>`;

const EXPECTED = ISO_REQUEST;
const UNITS = { 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' };

describe('Arco Design Form', () => {
  it('reads the whole request: Select, TreeSelect, multiple Select tags, InputNumber suffixes, DatePicker', () => {
    page(arcoPage());
    expect(read()).toEqual(EXPECTED);
    expect(units()).toEqual(UNITS);
    noDuplicatePaths();
  });

  it('reads the whole request with the ICD-10 codes in an InputTag, without its close buttons', () => {
    page(arcoPage({ icd: 'tags' }));
    expect(read()).toEqual(EXPECTED);
    expect(units()).toEqual(UNITS);
    noDuplicatePaths();
    nothingFrom('.arco-tag');
  });

  it("reads a multiple Select's tags under the label that names its combobox root", () => {
    page(`<form class="arco-form">${aItem('icd10', 'ICD-10 codes', aMulti('icd10', ['M04.1', 'M06.1']))}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.arco-tag-close-btn');
  });

  it('reads an empty Select (placeholder in its input and mirror) as empty', () => {
    page(
      `<form class="arco-form">${aItem('frequency', 'Frequency', aSelect('frequency', null))}${aItem('drugName', 'Drug name', aSelect('drugName', null, { cls: 'arco-tree-select', placeholder: 'Choose a drug' }))}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': '' });
  });

  it('takes nothing from an open select popup or the date panel at the end of the body', () => {
    page(
      `${arcoPage({ icd: 'tags' }).replace('aria-expanded="false" aria-disabled="false" tabindex="0" id="frequency_input"', 'aria-expanded="true" aria-disabled="false" tabindex="0" id="frequency_input"')}${aSelectPopup(['Every 4 weeks', 'Every 8 weeks'], 'Every 4 weeks')}${aDatePopup()}`,
    );
    expect(read()).toEqual(EXPECTED);
    nothingFrom('.arco-trigger');
  });

  it('reads no label from the form message', () => {
    page(arcoPage({ icd: 'tags', error: 'Member ID is required' }));
    expect(read()).toEqual(EXPECTED);
    expect(field('patient.memberId')?.label).toMatch(/^Member ID\b/);
  });
});

// ---------- Semi ----------
const sIcon = (name: string) =>
  `<span role="img" aria-label="${name}" class="semi-icon semi-icon-default semi-icon-${name}"><svg xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" fill="none" viewBox="0 0 24 24"><path fill="currentColor" d="M4 8z"></path></svg></span>`;
const sField = (id: string, label: string, control: string, o: { required?: boolean; error?: string; help?: string } = {}) =>
  `<div class="semi-form-field" x-label-pos="top" x-field-id="${id}" x-extra-pos="bottom"><label class="semi-form-field-label semi-form-field-label-left${o.required ? ' semi-form-field-label-required' : ''}" for="${id}" id="${id}-label"><div class="semi-form-field-label-text" x-semi-prop="label">${label}</div></label><div>${control}${
    o.error ? `<div class="semi-form-field-error-message" id="${id}-errormessage"><span>${o.error}</span></div>` : ''
  }${o.help ? `<div class="semi-form-field-help-text" id="${id}-helpText">${o.help}</div>` : ''}</div></div>`;
const sAria = (id: string) => `id="${id}" aria-labelledby="${id}-label" aria-invalid="false" name="${id}"`;
const sInput = (id: string, value: string, suffix?: string) =>
  `<div class="semi-input-wrapper${suffix ? ' semi-input-wrapper__with-suffix' : ''} semi-input-wrapper-default"><input class="semi-input semi-input-default" type="text" ${sAria(id)} value="${value}">${
    suffix ? `<div class="semi-input-suffix semi-input-suffix-text" x-semi-prop="suffix">${suffix}</div>` : ''
  }</div>`;
const sNumber = (id: string, value: string, suffix?: string) =>
  `<div class="semi-input-number semi-input-number-size-default"><div class="semi-input-wrapper${suffix ? ' semi-input-wrapper__with-suffix' : ''} semi-input-wrapper-default"><input role="spinbutton" aria-valuenow="${value}" class="semi-input semi-input-default" type="text" autocomplete="off" ${sAria(id)} value="${value}">${
    suffix ? `<div class="semi-input-suffix semi-input-suffix-text" x-semi-prop="suffix">${suffix}</div>` : ''
  }</div><div class="semi-input-number-suffix-btns"><span class="semi-input-number-button semi-input-number-button-up">${sIcon('chevron_up')}</span><span class="semi-input-number-button semi-input-number-button-down">${sIcon('chevron_down')}</span></div></div>`;
const sTag = (t: string, extra = '') =>
  `<div aria-label="Tag: ${t} closable" tabindex="0" class="semi-tag semi-tag-default semi-tag-square semi-tag-light semi-tag-white-light semi-tag-closable${extra}"><div class="semi-tag-content semi-tag-content-ellipsis">${t}</div><div class="semi-tag-close">${sIcon('close')}</div></div>`;
const sSelect = (id: string, shown: string | string[] | null, o: { cls?: string; placeholder?: string; open?: boolean } = {}) => {
  const p = o.cls ?? 'semi-select';
  const multi = Array.isArray(shown);
  return `<div class="${p}${multi ? ` ${p}-multiple` : ` ${p}-single`}${o.open ? ` ${p}-open` : ''}" role="combobox" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-controls="${id}-popover" tabindex="0" ${sAria(id)} style="width: 100%;"><div class="${p}-selection">${
    multi
      ? `<div class="${p}-content-wrapper">${(shown as string[]).map((t) => sTag(t, ` ${p}-selection-tag`)).join('')}</div>`
      : shown
        ? `<span x-semi-prop="renderSelectedItem" class="${p}-selection-text">${shown}</span>`
        : `<span class="${p}-selection-text ${p}-selection-placeholder">${o.placeholder ?? 'Select'}</span>`
  }</div><div class="${p}-arrow" x-semi-prop="arrowIcon">${sIcon('chevron_down')}</div></div>`;
};
const sTagInput = (id: string, tags: string[]) =>
  `<div class="semi-tagInput semi-tagInput-default"><div class="semi-tagInput-wrapper"><div class="semi-tagInput-wrapper-n">${tags
    .map((t) => sTag(t, ' semi-tagInput-wrapper-tag'))
    .join(
      '',
    )}<div class="semi-input-wrapper semi-input-wrapper-default semi-tagInput-wrapper-input"><input class="semi-input semi-input-default" type="text" ${sAria(id)} value=""></div></div></div></div>`;
const sDate = (id: string, value: string) =>
  `<div class="semi-datepicker semi-datepicker-default" x-type="date"><div><div class="semi-datepicker-input"><div class="semi-input-wrapper semi-input-wrapper__with-prefix semi-input-wrapper-default"><div class="semi-input-prefix semi-input-prefix-icon">${sIcon('calendar')}</div><input class="semi-input semi-input-default" type="text" placeholder="Select date" ${sAria(id)} value="${value}"></div></div></div></div>`;
const sPortal = (inner: string) =>
  `<div class="semi-portal" style="z-index: 1030;"><div class="semi-portal-inner" style="left: 24px; top: 420px;">${inner}</div></div>`;
const sSelectPopup = (options: string[], chosen: string) =>
  sPortal(
    `<div class="semi-popover-wrapper semi-popover-wrapper-show" role="tooltip" x-placement="bottomLeft"><div class="semi-popover-content"><div id="frequency-popover" class="semi-select-option-list-wrapper"><div class="semi-select-option-list semi-select-option-list-chosen" role="listbox">${options
      .map(
        (o) =>
          `<div role="option" aria-selected="${o === chosen}" class="semi-select-option${o === chosen ? ' semi-select-option-selected' : ''}"><div class="semi-select-option-text">${o}</div></div>`,
      )
      .join('')}</div></div></div></div>`,
  );
const sDatePopup = () =>
  sPortal(
    `<div class="semi-popover-wrapper semi-popover-wrapper-show" role="tooltip"><div class="semi-popover-content"><div class="semi-datepicker semi-datepicker-panel-yam"><div class="semi-datepicker-month-grid" x-type="date"><div class="semi-datepicker-month"><div class="semi-datepicker-navigation"><button class="semi-button semi-button-tertiary semi-button-borderless" type="button" aria-label="Previous month">${sIcon('chevron_left')}</button><div class="semi-datepicker-navigation-month"><button class="semi-button semi-button-tertiary" type="button"><span class="semi-button-content">1988-03</span></button></div></div><div class="semi-datepicker-month-content" role="grid"><div class="semi-datepicker-weeks" role="row"><div role="gridcell" class="semi-datepicker-day" aria-label="1988-03-13"><div class="semi-datepicker-day-main">13</div></div><div role="gridcell" class="semi-datepicker-day semi-datepicker-day-selected" aria-label="1988-03-14"><div class="semi-datepicker-day-main">14</div></div></div></div></div></div></div></div></div>`,
  );

const semiPage = (
  o: { icd?: 'select' | 'tags'; error?: string } = {},
) => `<div id="root"><form class="semi-form semi-form-vertical" x-form-id="pa">
  <section class="semi-form-section"><h5 class="semi-form-section-text">Patient</h5><div class="semi-form-section-content">
  ${sField('patient.memberId', 'Member ID', sInput('patient.memberId', ILARIS['patient.memberId']), { required: true, error: o.error })}
  ${sField('patient.dob', 'Date of birth', sDate('patient.dob', '1988-03-14'))}
  ${sField('patient.weight', 'Weight', sInput('patient.weight', '72', 'kg'))}
  </div></section>
  <section class="semi-form-section"><h5 class="semi-form-section-text">Diagnosis</h5><div class="semi-form-section-content">
  ${sField('diagnosis.icd10', 'ICD-10 codes', o.icd === 'tags' ? sTagInput('diagnosis.icd10', ['M04.1', 'M06.1']) : sSelect('diagnosis.icd10', ['M04.1', 'M06.1']))}
  </div></section>
  <section class="semi-form-section"><h5 class="semi-form-section-text">Medication</h5><div class="semi-form-section-content">
  ${sField('drug.name', 'Drug name', sSelect('drug.name', ILARIS['drug.name'], { cls: 'semi-tree-select' }))}
  ${sField('drug.hcpcs', 'HCPCS code', sInput('drug.hcpcs', ILARIS['drug.hcpcs']))}
  ${sField('drug.ndc', 'NDC', sInput('drug.ndc', ILARIS['drug.ndc']), { help: '11 digits, 5-4-2' })}
  ${sField('drug.dose', 'Dose', sNumber('drug.dose', '150', 'mg'))}
  ${sField('drug.units', 'Billing units', sNumber('drug.units', '150'))}
  ${sField('drug.frequency', 'Frequency', sSelect('drug.frequency', 'Every 4 weeks'))}
  </div></section>
  <section class="semi-form-section"><h5 class="semi-form-section-text">Labs</h5><div class="semi-form-section-content">
  ${sField('labs.crp', 'CRP', sNumber('labs.crp', '24', 'mg/L'))}
  ${sField('labs.crpDate', 'CRP collection date', sDate('labs.crpDate', '2026-11-02'))}
  </div></section>
  ${sField('prescriber.npi', 'Prescriber NPI', sInput('prescriber.npi', ILARIS['prescriber.npi']))}
  <button class="semi-button semi-button-primary" type="submit"><span class="semi-button-content">Submit</span></button>
</form></div>`;

describe('Semi Design Form', () => {
  it('reads the whole request: Select, TreeSelect, multiple Select tags, InputNumber suffixes, DatePicker', () => {
    page(semiPage());
    expect(read()).toEqual(EXPECTED);
    expect(units()).toEqual(UNITS);
    noDuplicatePaths();
  });

  it('reads a TagInput by its tags, without the close icons', () => {
    page(semiPage({ icd: 'tags' }));
    expect(read()).toEqual(EXPECTED);
    nothingFrom('.semi-tag');
  });

  it('reads an empty Select and TreeSelect (their placeholders) as empty', () => {
    page(
      `<form class="semi-form">${sField('drug.frequency', 'Frequency', sSelect('drug.frequency', null))}${sField('drug.name', 'Drug name', sSelect('drug.name', null, { cls: 'semi-tree-select', placeholder: 'Choose a drug' }))}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': '' });
  });

  it('takes nothing from an open select list or date panel in a semi-portal', () => {
    page(`${semiPage()}${sSelectPopup(['Every 4 weeks', 'Every 8 weeks'], 'Every 4 weeks')}${sDatePopup()}`);
    expect(read()).toEqual(EXPECTED);
    nothingFrom('.semi-portal');
  });

  it('reads an inset-label form (labelPosition "inset": the label a prefix inside Input and Select)', () => {
    const insetInput = (id: string, label: string, value: string) =>
      `<div class="semi-form-field" x-label-pos="inset" x-field-id="${id}"><div><div class="semi-input-wrapper semi-input-wrapper__with-prefix semi-input-wrapper-default"><div class="semi-input-prefix semi-input-inset-label semi-input-prefix-text" id="${id}-label" x-semi-prop="prefix,insetLabel">${label}</div><input class="semi-input semi-input-default" type="text" ${sAria(id)} value="${value}"></div></div></div>`;
    const insetSelect = (id: string, label: string, shown: string) =>
      `<div class="semi-form-field" x-label-pos="inset" x-field-id="${id}"><div>${sSelect(id, shown)
        .replace('semi-select-single', 'semi-select-single semi-select-with-prefix')
        .replace(
          '<div class="semi-select-selection">',
          `<div class="semi-select-prefix semi-select-inset-label semi-select-prefix-text" id="${id}-label" x-semi-prop="prefix,insetLabel">${label}</div><div class="semi-select-selection">`,
        )}</div></div>`;
    page(
      `<form class="semi-form semi-form-vertical">${insetInput('patient.memberId', 'Member ID', ILARIS['patient.memberId'])}${insetSelect('drug.frequency', 'Frequency', 'Every 4 weeks')}${insetInput('drug.ndc', 'NDC', ILARIS['drug.ndc'])}</form>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.frequency': 'Every 4 weeks',
      'drug.ndc': ILARIS['drug.ndc'],
    });
  });

  it('reads no label from the field error message', () => {
    page(semiPage({ error: 'Member ID is required' }));
    expect(read()).toEqual(EXPECTED);
    expect(mapped().map((m) => m.field.element.id)).not.toContain('patient.memberId-errormessage');
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });
});
