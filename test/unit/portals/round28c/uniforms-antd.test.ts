import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Uniforms 4.0.0 with its AntD theme (vazco/uniforms at ac19687, uniforms-antd on antd ^5). Markup from
 * packages/uniforms-antd/src: BaseForm.tsx (`form.ant-form.ant-form-vertical`), wrapField.tsx (antd Form.Item with
 * `htmlFor={id}`, `hasFeedback`, the label a `<span>` node so antd gives it `title=""`, help = the inline error),
 * TextField/NumField (`id`, `name` on the antd control), SelectField.tsx (antd Select with `allowClear` unless
 * required, `mode="multiple"` for an array; `checkboxes`: a `span` and a Checkbox.Group both given the field's id),
 * DateField.tsx (antd DatePicker, `showTime` by default: "YYYY-MM-DD HH:mm:ss"), ListField.tsx (`div.ant-list.
 * ant-list-bordered` with its label in a plain `div`, the items, then ListAddField's dashed small Button with
 * PlusSquareOutlined), ListItemField.tsx (a floated ListDelField circle Button with DeleteOutlined, a divider, the
 * item's NestField: a `div` of AutoFields), ErrorsField.tsx (a `ul` of messages), SubmitField.tsx; packages/uniforms/
 * src/randomIds.ts (ids `uniforms-0000-000N`). antd 5 Form.Item / Input / InputNumber / Select / DatePicker markup
 * as in its demo snapshots; no antd Form context, so Form.Item gives the control no id of its own.
 */

const H = 'css-1x0dypw';
const svg =
  '<svg viewBox="64 64 896 896" focusable="false" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M0 0"></path></svg>';
const icon = (name: string) => `<span role="img" aria-label="${name}" class="anticon anticon-${name}">${svg}</span>`;
let n = 0;
const uid = () => `uniforms-0000-${(n++).toString(36).padStart(4, '0')}`;

type Item = { required?: boolean; error?: string };
const item = (id: string, label: string | null, control: string, o: Item = {}) =>
  `<div class="ant-form-item ${H}${o.error ? ' ant-form-item-has-feedback ant-form-item-has-error' : ''}" style="margin-bottom: 12px;"><div class="ant-row ant-form-item-row ${H}">${
    label
      ? `<div class="ant-col ant-form-item-label ${H}"><label for="${id}" class="${o.required ? 'ant-form-item-required' : ''}" title=""><span>${label}</span></label></div>`
      : ''
  }<div class="ant-col ant-form-item-control ${H}"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>${
    o.error
      ? `<div style="display: flex; flex-wrap: nowrap;"><div class="ant-form-item-explain ant-form-item-explain-connected ${H}" role="alert"><div class="ant-form-item-explain-error">${o.error}</div></div></div>`
      : ''
  }</div></div></div>`;
const text = (name: string, label: string | null, value: string, o: Item = {}) => {
  const id = uid();
  const input = `<input id="${id}" name="${name}" class="ant-input ${H} ant-input-outlined${o.error ? ' ant-input-status-error' : ''}" type="text" value="${value}">`;
  return item(
    id,
    label,
    o.error
      ? `<span class="ant-input-affix-wrapper ${H} ant-input-outlined ant-input-status-error ant-input-affix-wrapper-status-error ant-input-affix-wrapper-has-feedback">${input.replace(/ class="[^"]*"/, ' class="ant-input"')}<span class="ant-input-suffix"><span class="ant-form-item-feedback-icon ant-form-item-feedback-icon-error">${icon('close-circle')}</span></span></span>`
      : input,
    o,
  );
};
const num = (name: string, label: string, value: string) => {
  const id = uid();
  return item(
    id,
    label,
    `<div class="ant-input-number ${H} ant-input-number-outlined" style="width: 100%;"><div class="ant-input-number-handler-wrap"><span unselectable="on" role="button" aria-label="Increase Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-up">${icon('up')}</span><span unselectable="on" role="button" aria-label="Decrease Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-down">${icon('down')}</span></div><div class="ant-input-number-input-wrap"><input autocomplete="off" role="spinbutton" aria-valuenow="${value}" step="1" id="${id}" name="${name}" type="number" class="ant-input-number-input" value="${value}"></div></div>`,
  );
};
/** SelectField (single): antd Select given the field's id; `open` draws it open */
const select = (name: string, label: string, shown: string, o: { placeholder?: string; open?: boolean; required?: boolean } = {}) => {
  const id = uid();
  return {
    id,
    html: item(
      id,
      label,
      `<div class="ant-select ant-select-outlined ${H} ant-select-single ant-select-allow-clear ant-select-show-arrow${o.open ? ' ant-select-open' : ''}"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list" readonly="" unselectable="on" value="" style="opacity: 0;"></span>${
        shown
          ? `<span class="ant-select-selection-item" title="${shown}">${shown}</span>`
          : `<span class="ant-select-selection-placeholder">${o.placeholder ?? ''}</span>`
      }</div><span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('down')}</span>${shown ? `<span class="ant-select-clear" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('close-circle')}</span>` : ''}</div>`,
      { required: o.required },
    ),
  };
};
const dropdown = (id: string, chosen: string, options: string[], hidden = false) =>
  `<div><div class="ant-select-dropdown ${H} ant-select-dropdown-placement-bottomLeft${hidden ? ' ant-select-dropdown-hidden' : ''}" style="min-width: 400px; left: 24px; top: 300px;"><div><div role="listbox" id="${id}_list" style="height: 0px; width: 0px; overflow: hidden;">${options
    .slice(0, 2)
    .map((v, i) => `<div role="option" id="${id}_list_${i}" aria-selected="${v === chosen}">${v}</div>`)
    .join(
      '',
    )}</div><div class="rc-virtual-list" style="position: relative;"><div class="rc-virtual-list-holder" style="max-height: 256px; overflow-y: auto;"><div><div class="rc-virtual-list-holder-inner" style="display: flex; flex-direction: column;">${options
    .map(
      (v) =>
        `<div aria-selected="${v === chosen}" class="ant-select-item ant-select-item-option${v === chosen ? ' ant-select-item-option-selected' : ''}" title="${v}"><div class="ant-select-item-option-content">${v}</div><span class="ant-select-item-option-state" unselectable="on" aria-hidden="true" style="user-select: none;"></span></div>`,
    )
    .join('')}</div></div></div></div></div></div></div>`;
/** SelectField with `checkboxes` on an array: the span and the Checkbox.Group both carry the field's id */
const checkboxes = (name: string, label: string, options: string[], checked: string[]) => {
  const id = uid();
  return item(
    id,
    label,
    `<span id="${id}"><div class="ant-checkbox-group ${H}" id="${id}">${options
      .map(
        (v) =>
          `<label class="ant-checkbox-wrapper${checked.includes(v) ? ' ant-checkbox-wrapper-checked' : ''} ant-checkbox-group-item ${H}"><span class="ant-checkbox ant-wave-target${checked.includes(v) ? ' ant-checkbox-checked' : ''}"><input name="${name}" class="ant-checkbox-input" type="checkbox" value="${v}"${checked.includes(v) ? ' checked=""' : ''}><span class="ant-checkbox-inner"></span></span><span>${v}</span></label>`,
      )
      .join('')}</div></span>`,
    { required: true },
  );
};
/** DateField: antd DatePicker, "YYYY-MM-DD HH:mm:ss" with the default showTime */
const date = (name: string, label: string | null, value: string) => {
  const id = uid();
  return item(
    id,
    label,
    `<div class="ant-picker ant-picker-outlined ${H}" style="width: 100%;"><div class="ant-picker-input"><input id="${id}" name="${name}" aria-invalid="false" autocomplete="off" size="21" placeholder="Select date" value="${value}"><span class="ant-picker-suffix">${icon('calendar')}</span>${value ? `<span class="ant-picker-clear" role="button">${icon('close-circle')}</span>` : ''}</div></div>`,
  );
};
/** the DatePicker's panel with showTime, left hidden at the end of body once closed */
const pickerDrop = `<div><div class="ant-picker-dropdown ${H} ant-picker-dropdown-hidden ant-picker-dropdown-placement-bottomLeft" style="left: 24px; top: 420px;"><div class="ant-picker-panel-container ant-picker-date-panel-container"><div class="ant-picker-panel-layout"><div><div class="ant-picker-panel" tabindex="0"><div class="ant-picker-datetime-panel"><div class="ant-picker-date-panel"><div class="ant-picker-header"><button type="button" class="ant-picker-header-prev-btn" tabindex="-1"><span class="ant-picker-prev-icon"></span></button><div class="ant-picker-header-view"><button type="button" class="ant-picker-month-btn" tabindex="-1">Nov</button><button type="button" class="ant-picker-year-btn" tabindex="-1">2026</button></div></div><div class="ant-picker-body"><table class="ant-picker-content"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th>${d}</th>`).join('')}</tr></thead><tbody><tr>${[
  1, 2, 3, 4, 5, 6, 7,
]
  .map(
    (d) =>
      `<td title="2026-11-0${d}" class="ant-picker-cell ant-picker-cell-in-view${d === 2 ? ' ant-picker-cell-selected' : ''}"><div class="ant-picker-cell-inner">${d}</div></td>`,
  )
  .join(
    '',
  )}</tr></tbody></table></div></div><div class="ant-picker-time-panel"><div class="ant-picker-header"><div class="ant-picker-header-view">00:00:00</div></div><div class="ant-picker-content">${[
  'hour',
  'minute',
  'second',
]
  .map(
    (u) =>
      `<ul class="ant-picker-time-panel-column" data-type="${u}">${['00', '01', '02']
        .map(
          (v) =>
            `<li class="ant-picker-time-panel-cell${v === '00' ? ' ant-picker-time-panel-cell-selected' : ''}"><div class="ant-picker-time-panel-cell-inner">${v}</div></li>`,
        )
        .join('')}</ul>`,
  )
  .join(
    '',
  )}</div></div></div><div class="ant-picker-footer"><ul class="ant-picker-ranges"><li class="ant-picker-now"><a class="ant-picker-now-btn">Now</a></li><li class="ant-picker-ok"><button type="button" class="ant-btn ${H} ant-btn-primary ant-btn-sm"><span>OK</span></button></li></ul></div></div></div></div></div></div></div>`;

/** SelectField with `checkboxes` on a single value: a Radio.Group, again inside a span of the same id */
const radios = (name: string, label: string, options: string[], chosen: string) => {
  const id = uid();
  return item(
    id,
    label,
    `<span id="${id}"><div class="ant-radio-group ant-radio-group-outline ${H}" id="${id}">${options
      .map(
        (v) =>
          `<label class="ant-radio-wrapper${v === chosen ? ' ant-radio-wrapper-checked' : ''} ${H}"><span class="ant-radio ant-wave-target${v === chosen ? ' ant-radio-checked' : ''}"><input name="${name}" class="ant-radio-input" type="radio" value="${v}"${v === chosen ? ' checked=""' : ''}><span class="ant-radio-inner"></span></span><span>${v}</span></label>`,
      )
      .join('')}</div></span>`,
  );
};
/** SelectField on an array without checkboxes: antd Select mode="multiple" */
const multiple = (name: string, label: string, values: string[]) => {
  const id = uid();
  return item(
    id,
    label,
    `<div class="ant-select ant-select-outlined ${H} ant-select-multiple ant-select-allow-clear ant-select-show-search"><div class="ant-select-selector"><div class="ant-select-selection-overflow">${values
      .map(
        (v) =>
          `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><span class="ant-select-selection-item" title="${v}"><span class="ant-select-selection-item-content">${v}</span><span class="ant-select-selection-item-remove" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('close')}</span></span></div>`,
      )
      .join(
        '',
      )}<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;"><div class="ant-select-selection-search" style="width: 3px;"><input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list" value=""><span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div></div></div><span class="ant-select-clear" unselectable="on" aria-hidden="true" style="user-select: none;">${icon('close-circle')}</span></div>`,
  );
};

const btn = (cls: string, iconName: string, style = '') =>
  `<button type="button" class="ant-btn ${H} ${cls} ant-btn-icon-only"${style ? ` style="${style}"` : ''}><span class="ant-btn-icon">${icon(iconName)}</span></button>`;
/** ListField of therapy objects: each ListItemField a del button, a divider, a NestField div of labelled AutoFields */
const therapies = (rows: Record<string, string>) =>
  `<div class="ant-list ant-list-bordered" style="margin-bottom: 5px; margin-top: 5px; padding: 10px;"><div>Prior therapies</div>${[0, 1]
    .map(
      (i) =>
        `<div><div style="float: right; margin-bottom: 10px; margin-left: 10px; margin-right: 6px; width: 20px;">${btn('ant-btn-circle ant-btn-default ant-btn-sm top aligned', 'delete')}</div><div style="margin-bottom: 24px; overflow: hidden;"><div style="border-bottom: 1px solid #DDD; height: 20px; margin-top: -8px;"></div></div><div style="width: 100%;"><div>${text(`priorTherapies.${i}.drug`, 'Drug', rows[`priorTherapies.${i}.drug`]!)}${text(`priorTherapies.${i}.dose`, 'Dose', rows[`priorTherapies.${i}.dose`]!)}${date(`priorTherapies.${i}.start`, 'Start date', rows[`priorTherapies.${i}.start`]!)}${date(`priorTherapies.${i}.stop`, 'Stop date', rows[`priorTherapies.${i}.stop`]!)}${text(`priorTherapies.${i}.outcome`, 'Outcome', rows[`priorTherapies.${i}.outcome`]!)}</div></div></div>`,
    )
    .join('')}${btn('ant-btn-dashed ant-btn-sm', 'plus-square', 'width: 100%;')}</div>`;

const form = (body: string) =>
  `<form class="ant-form ant-form-vertical">${body}<button type="submit" class="ant-btn ${H} ant-btn-primary"><span>Submit</span></button></form>`;

describe('Uniforms AutoForm (AntD theme)', () => {
  it('reads the full Ilaris request, prior therapies from the ListField', () => {
    page(
      form(
        [
          text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true }),
          date('dob', 'Date of birth', ISO_REQUEST['patient.dob']),
          num('weightKg', 'Weight (kg)', ILARIS['patient.weight']),
          checkboxes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']),
          select('drug', 'Drug name', ILARIS['drug.name'], { required: true }).html,
          text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs']),
          text('ndc', 'NDC', ILARIS['drug.ndc']),
          num('doseMg', 'Dose (mg)', ILARIS['drug.dose']),
          num('units', 'Billing units', ILARIS['drug.units']),
          select('frequency', 'Frequency', 'Every 4 weeks', { placeholder: 'Select' }).html,
          num('crp', 'CRP (mg/L)', ILARIS['labs.crpValue']),
          date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate']),
          therapies(ISO_THERAPIES),
          text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }),
        ].join(''),
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads the ListField items by their own labels, nothing from its delete and add buttons', () => {
    page(form(`${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${therapies(ISO_THERAPIES)}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...ISO_THERAPIES });
  });

  it('reads the checkboxes SelectField as the ticked codes (its span and group sharing one id)', () => {
    page(
      form(
        `${checkboxes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a DateField with the default showTime as shown, nothing from its closed panel and its time columns', () => {
    page(`${form(`${num('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', '2026-11-02 00:00:00')}`)}${pickerDrop}`);
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '2026-11-02 00:00:00' });
    nothingFrom('.ant-picker-dropdown');
  });

  it('reads an open SelectField as its chosen text, nothing from its listbox at the end of body', () => {
    const s = select('drug', 'Drug name', ILARIS['drug.name'], { open: true });
    page(
      `${form(`${s.html}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`)}${dropdown(s.id, ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.ant-select-dropdown');
  });

  it('reads an empty SelectField (placeholder only) as empty', () => {
    page(form(select('frequency', 'Frequency', '', { placeholder: 'Select' }).html));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('names fields by their labels, not the inline error before them or the ErrorsField list of messages', () => {
    page(
      form(
        `${text('memberId', 'Member ID', '', { required: true, error: 'Member ID is required' })}${text('npi', 'Prescriber NPI', '12345', { required: true, error: 'Prescriber NPI must have 10 digits' })}<div style="background-color: rgba(255, 85, 0, 0.2); border: 1px solid rgb(255, 85, 0); border-radius: 2px; margin: 20px 0px; padding: 10px;"><ul><li style="margin: 3px;">Member ID is required</li><li style="margin: 3px;">Prescriber NPI must have 10 digits</li></ul></div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': '12345' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });
  it('reads a multiple SelectField as its chosen codes', () => {
    page(form(`${multiple('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a radio SelectField as its chosen option', () => {
    page(
      form(
        `${radios('frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 8 weeks')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads read-only and disabled fields as their values', () => {
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId']).replace('type="text"', 'type="text" readonly=""')}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs']).replace('ant-input-outlined"', 'ant-input-outlined ant-input-disabled" disabled=""')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });
});
