import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Chakra UI v3 (chakra-ui/chakra-ui at 5b76008, @chakra-ui/react 3.36.1 on @ark-ui/react 5.38.2), its parts from Zag
 * (chakra-ui/zag at 24a5ba0: packages/machines/tags-input/src/tags-input.connect.ts + tags-input.dom.ts,
 * date-input/src/date-input.connect.ts + utils/segments.ts, checkbox, select, combobox, date-picker). Chakra adds
 * `chakra-<component>__<part>` classes to Ark's `data-scope`/`data-part` elements (packages/react/src/components:
 * field, fieldset, native-select, select, combobox, checkbox, radio-group, tags-input, date-input, date-picker, table).
 * - Field: `div.chakra-field__root[role=group]` > `label.chakra-field__label[for=<control id>]` (+
 *   `span.chakra-field__requiredIndicator[aria-hidden]` "*") > the control (`aria-describedby` its texts) >
 *   `div.chakra-field__helperText` / `div.chakra-field__errorText`.
 * - NativeSelect: `div.chakra-native-select__root` > `select.chakra-native-select__field` + indicator.
 * - Select: label[for=hidden-select] + control > `button[role=combobox]` > `span[data-part=value-text]` and an
 *   aria-hidden `select[data-part=hidden-select]`; its Portal'd positioner stays at the end of body while closed
 *   (Ark Presence, no lazyMount): `div[data-part=content][role=listbox][hidden][data-state=closed]`.
 * - TagsInput: root > `label[for=<input id>]` > control > one `span[data-part=item]` >
 *   `span[data-part=item-preview]` > `span[data-part=item-text]` + `button[data-part=item-delete-trigger]
 *   [aria-label="Delete tag M04.1"]`, and a hidden `input[data-part=item-input]` per tag; then the input, then
 *   `input[type=text][hidden]` holding "M04.1,M06.1".
 * - DateInput (new in 3.3x, Zag date-input): `label[for=<hidden input id>]`, control >
 *   `div[data-part=segment-group][role=group][aria-labelledby=<label id>]` of `span[role=spinbutton][contenteditable]`
 *   segments (aria-label month/day/year, aria-valuetext) and aria-hidden literal "/" segments, then
 *   `input[type=hidden]` holding the ISO value.
 * - DatePicker (Zag date-picker.connect.ts): `label[for=<input id>]`, control > `input[data-part=input]` (placeholder
 *   "mm/dd/yyyy", `data-placeholder-shown` while empty) + `button[aria-label="Open calendar"][aria-haspopup=grid]`;
 *   its content `div[role=application][aria-label=calendar][hidden]` in the Portal'd positioner.
 * - Checkbox: `label.chakra-checkbox__root[data-state]` > visually hidden `input[type=checkbox][data-part=hidden-input]`
 *   + `div[data-part=control][aria-hidden]` + `span[data-part=label]`; a Fieldset (legend) with a CheckboxGroup.
 */

const HID =
  'border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap; word-wrap: normal;';
const chevron =
  '<svg stroke="currentColor" fill="none" stroke-width="2" viewBox="0 0 24 24" height="1em" width="1em"><path d="m6 9 6 6 6-6"></path></svg>';
const zp = (scope: string, part: string) => `data-scope="${scope}" data-part="${part}" dir="ltr"`;
let n = 0;

type F = { required?: boolean; error?: string; helper?: string };
/** Field.Root with its label (for the control id) around `control(id)` */
const fieldRoot = (label: string, control: (id: string, describedBy: string) => string, o: F = {}) => {
  const id = `field::r${++n}:`;
  const by = [o.helper ? `${id}::helper-text` : '', o.error ? `${id}::error-text` : ''].filter(Boolean).join(' ');
  return `<div ${zp('field', 'root')} role="group"${o.error ? ' data-invalid=""' : ''} class="chakra-field__root">${label ? `<label ${zp('field', 'label')} id="${id}::label" for="${id}"${o.required ? ' data-required=""' : ''} class="chakra-field__label">${label}${o.required ? `<span ${zp('field', 'required-indicator')} aria-hidden="true" class="chakra-field__requiredIndicator">*</span>` : ''}</label>` : ''}${control(id, by)}${
    o.helper ? `<span ${zp('field', 'helper-text')} id="${id}::helper-text" class="chakra-field__helperText">${o.helper}</span>` : ''
  }${o.error ? `<span ${zp('field', 'error-text')} id="${id}::error-text" aria-live="polite" class="chakra-field__errorText">${o.error}</span>` : ''}</div>`;
};
const input = (label: string, value: string, o: F = {}) =>
  fieldRoot(
    label,
    (id, by) =>
      `<input ${zp('field', 'input')} id="${id}"${by ? ` aria-describedby="${by}"` : ''}${o.required ? ' required="" aria-required="true"' : ''}${o.error ? ' aria-invalid="true" data-invalid=""' : ''} class="chakra-input" value="${value}">`,
    o,
  );
/** InputGroup with an end addon (the unit) */
const withUnit = (label: string, value: string, unit: string) =>
  fieldRoot(
    label,
    (id) =>
      `<div class="chakra-input-group"><input ${zp('field', 'input')} id="${id}" class="chakra-input" value="${value}"><div class="chakra-input-addon">${unit}</div></div>`,
  );
const nativeSelect = (label: string, value: string, options: string[]) =>
  fieldRoot(
    label,
    (id) =>
      `<div class="chakra-native-select__root"><select id="${id}" class="chakra-native-select__field"><option value="">Select option</option>${options.map((v) => `<option value="${v}"${v === value ? ' selected=""' : ''}>${v}</option>`).join('')}</select><div class="chakra-native-select__indicator">${chevron}</div></div>`,
  );

/** Ark Select; `content` is its Portal'd positioner (hidden while closed) for the end of body */
const select = (label: string, value: string, options: string[], open = false) => {
  const id = `select::r${++n}:`;
  const html = `<div ${zp('select', 'root')} id="${id}" data-state="${open ? 'open' : 'closed'}" class="chakra-select__root"><label ${zp('select', 'label')} id="${id}:label" for="${id}:hidden-select" class="chakra-select__label">${label}</label><div ${zp('select', 'control')} id="${id}:control" data-state="${open ? 'open' : 'closed'}" class="chakra-select__control"><button ${zp('select', 'trigger')} id="${id}:trigger" type="button" role="combobox" aria-controls="${id}:content" aria-expanded="${open}" aria-haspopup="listbox" data-state="${open ? 'open' : 'closed'}" aria-labelledby="${id}:label"${value ? '' : ' data-placeholder-shown=""'} class="chakra-select__trigger"><span ${zp('select', 'value-text')}${value ? '' : ' data-placeholder-shown=""'} class="chakra-select__valueText">${value || 'Select frequency'}</span></button><div ${zp('select', 'indicator-group')} class="chakra-select__indicatorGroup"><div ${zp('select', 'indicator')} aria-hidden="true" data-state="closed" class="chakra-select__indicator">${chevron}</div></div></div><select aria-hidden="true" tabindex="-1" name="frequency" id="${id}:hidden-select" ${zp('select', 'hidden-select')} style="${HID}"><option value=""></option>${options.map((v) => `<option value="${v}"${v === value ? ' selected=""' : ''}>${v}</option>`).join('')}</select></div>`;
  const content = `<div ${zp('select', 'positioner')} id="${id}:popper" style="position: absolute; isolation: isolate; min-width: max-content; top: 0px; left: 0px; transform: translate3d(0, -100vh, 0); z-index: var(--z-index);" class="chakra-select__positioner"><div ${zp('select', 'content')} id="${id}:content" role="listbox" tabindex="0" aria-labelledby="${id}:label" data-state="${open ? 'open' : 'closed'}"${open ? '' : ' hidden=""'} class="chakra-select__content">${options
    .map(
      (v) =>
        `<div ${zp('select', 'item')} id="${id}:option:${v}" role="option" aria-selected="${v === value}" data-state="${v === value ? 'checked' : 'unchecked'}" data-value="${v}" class="chakra-select__item"><span ${zp('select', 'item-text')} class="chakra-select__itemText">${v}</span><span ${zp('select', 'item-indicator')} aria-hidden="true"${v === value ? '' : ' hidden=""'} class="chakra-select__itemIndicator"></span></div>`,
    )
    .join('')}</div></div>`;
  return { html, content };
};

const tagsInput = (label: string, tags: string[], disabled = false) => {
  const id = `tags-input::r${++n}:`;
  return `<div ${zp('tags-input', 'root')} id="${id}"${disabled ? ' data-disabled=""' : ''}${tags.length ? '' : ' data-empty=""'} class="chakra-tags-input__root"><label ${zp('tags-input', 'label')} id="${id}:label" for="${id}:input" class="chakra-tags-input__label">${label}</label><div id="${id}:control" ${zp('tags-input', 'control')} class="chakra-tags-input__control">${tags
    .map(
      (t, i) =>
        `<span ${zp('tags-input', 'item')} data-value="${t}" class="chakra-tags-input__item"><span ${zp('tags-input', 'item-preview')} id="${id}:tag:${t}:${i}" data-value="${t}" class="chakra-tags-input__itemPreview"><span ${zp('tags-input', 'item-text')} class="chakra-tags-input__itemText">${t}</span><button ${zp('tags-input', 'item-delete-trigger')} id="${id}:tag:${t}:${i}:delete-btn" type="button" tabindex="-1" aria-label="Delete tag ${t}"${disabled ? ' disabled=""' : ''} class="chakra-tags-input__itemDeleteTrigger"><svg viewBox="0 0 24 24" fill="currentColor"><path d="M18 6 6 18M6 6l12 12"></path></svg></button></span><input ${zp('tags-input', 'item-input')} aria-label="Editing tag ${t}. Press enter to save or escape to cancel." id="${id}:tag:${t}:${i}:input" tabindex="-1" hidden="" class="chakra-tags-input__itemInput" value=""></span>`,
    )
    .join(
      '',
    )}<input ${zp('tags-input', 'input')} id="${id}:input" autocomplete="off" autocorrect="off" autocapitalize="none" enterkeyhint="done"${tags.length ? '' : ' placeholder="Add code"'}${disabled ? ' disabled=""' : ''} class="chakra-tags-input__input" value=""></div><input type="text" hidden="" name="codes" id="${id}:hidden-input" value="${tags.join(',')}"></div>`;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dateInput = (label: string, value: string) => {
  const id = `date-input::r${++n}:`;
  const [m = '', d = '', y = ''] = value ? value.split('/') : [];
  const seg = (type: 'month' | 'day' | 'year', v: string, ph: string, max: number) =>
    `<span ${zp('date-input', 'segment')} role="spinbutton" tabindex="0" autocomplete="off" spellcheck="false" autocorrect="off" contenteditable="true" inputmode="numeric" enterkeyhint="next" aria-label="${type}"${v ? ` aria-valuenow="${Number(v)}"` : ''} aria-valuetext="${v ? (type === 'month' ? `${Number(v)} – ${MONTHS[Number(v) - 1]}` : v) : ph}" aria-valuemin="1" aria-valuemax="${max}" data-value="${v ? Number(v) : ''}" data-type="${type}" data-editable=""${v ? '' : ' data-placeholder-shown=""'} style="caret-color: transparent;" class="chakra-date-input__segment">${v || ph}</span>`;
  const lit = `<span ${zp('date-input', 'segment')} aria-hidden="true" data-type="literal" data-readonly="" data-disabled="" class="chakra-date-input__segment">/</span>`;
  const iso = value ? `${y}-${m}-${d}` : '';
  return `<div ${zp('date-input', 'root')} id="${id}" class="chakra-date-input__root"><label ${zp('date-input', 'label')} id="${id}:label:0" for="${id}:hidden-input:0" class="chakra-date-input__label">${label}</label><div ${zp('date-input', 'control')} id="${id}:control" class="chakra-date-input__control"><div ${zp('date-input', 'segment-group')} id="${id}:segment-group:0" role="group" aria-labelledby="${id}:label:0" style="unicode-bidi: isolate;" class="chakra-date-input__segmentGroup">${seg('month', m, 'mm', 12)}${lit}${seg('day', d, 'dd', 31)}${lit}${seg('year', y, 'yyyy', 9999)}</div></div><input ${zp('date-input', 'hidden-input')} type="hidden" id="${id}:hidden-input:0" name="dob" value="${iso}" style="${HID}"></div>`;
};

/** Ark DatePicker: label[for=input] + control > input (data-placeholder-shown when empty) + trigger; its Portal'd
 *  positioner with the calendar content (`role=application`, hidden while closed) at the end of body */
const datePicker = (label: string, value: string) => {
  const id = `datepicker::r${++n}:`;
  const html = `<div ${zp('date-picker', 'root')} id="${id}" data-state="closed" class="chakra-date-picker__root"><label ${zp('date-picker', 'label')} id="${id}:label:0" for="${id}:input:0" data-state="closed" class="chakra-date-picker__label">${label}</label><div ${zp('date-picker', 'control')} id="${id}:control" class="chakra-date-picker__control"><input ${zp('date-picker', 'input')} id="${id}:input:0" autocomplete="off" autocorrect="off" spellcheck="false" data-index="0" data-state="closed"${value ? '' : ' data-placeholder-shown=""'} placeholder="mm/dd/yyyy" class="chakra-date-picker__input" value="${value}"><button ${zp('date-picker', 'trigger')} id="${id}:trigger" type="button" aria-label="Open calendar" aria-controls="${id}:content" aria-expanded="false" data-state="closed" aria-haspopup="grid"${value ? '' : ' data-placeholder-shown=""'} class="chakra-date-picker__trigger"><svg viewBox="0 0 24 24" fill="none" stroke="currentColor"><rect width="18" height="18" x="3" y="4" rx="2"></rect></svg></button></div></div>`;
  const content = `<div ${zp('date-picker', 'positioner')} id="${id}:positioner" style="position: absolute; top: 0px; left: 0px; transform: translate3d(0, -100vh, 0);" class="chakra-date-picker__positioner"><div ${zp('date-picker', 'content')} id="${id}:content" tabindex="-1" role="application" aria-roledescription="datepicker" aria-label="calendar" hidden="" data-state="closed" class="chakra-date-picker__content"><div ${zp('date-picker', 'view')} data-view="day" class="chakra-date-picker__view"><div ${zp('date-picker', 'view-control')} class="chakra-date-picker__viewControl"><button ${zp('date-picker', 'prev-trigger')} type="button" aria-label="Previous month">‹</button><button ${zp('date-picker', 'view-trigger')} type="button" aria-label="Switch to month view">November 2026</button><button ${zp('date-picker', 'next-trigger')} type="button" aria-label="Next month">›</button></div><table ${zp('date-picker', 'table')} role="grid" aria-roledescription="calendar month" aria-multiselectable="false" class="chakra-date-picker__table"><thead ${zp('date-picker', 'table-head')} aria-hidden="true"><tr ${zp('date-picker', 'table-row')}><th ${zp('date-picker', 'table-header')} scope="col" aria-label="Sunday">Su</th><th ${zp('date-picker', 'table-header')} scope="col" aria-label="Monday">Mo</th></tr></thead><tbody ${zp('date-picker', 'table-body')}><tr ${zp('date-picker', 'table-row')}><td ${zp('date-picker', 'table-cell')} role="gridcell" aria-selected="false"><div ${zp('date-picker', 'table-cell-trigger')} role="button" tabindex="-1" aria-label="Sunday, November 1, 2026">1</div></td><td ${zp('date-picker', 'table-cell')} role="gridcell" aria-selected="true"><div ${zp('date-picker', 'table-cell-trigger')} role="button" tabindex="0" data-selected="" aria-label="Monday, November 2, 2026">2</div></td></tr></tbody></table></div></div></div>`;
  return { html, content };
};

const checkboxGroup = (legend: string, options: string[], checked: string[]) =>
  `<fieldset ${zp('fieldset', 'root')} class="chakra-fieldset__root"><legend ${zp('fieldset', 'legend')} class="chakra-fieldset__legend">${legend}</legend><div ${zp('fieldset', 'content')} class="chakra-fieldset__content"><div ${zp('checkbox-group', 'root')} role="group" class="chakra-checkbox-group">${options
    .map((v) => {
      const id = `checkbox::r${++n}:`;
      const on = checked.includes(v);
      return `<label ${zp('checkbox', 'root')} id="${id}" data-state="${on ? 'checked' : 'unchecked'}" for="${id}:input" class="chakra-checkbox__root"><input type="checkbox" ${zp('checkbox', 'hidden-input')} id="${id}:input" name="codes" value="${v}"${on ? ' checked=""' : ''} style="${HID}"><div ${zp('checkbox', 'control')} aria-hidden="true" data-state="${on ? 'checked' : 'unchecked'}" class="chakra-checkbox__control">${on ? '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="3" class="chakra-checkmark"><polyline points="20 6 9 17 4 12"></polyline></svg>' : ''}</div><span ${zp('checkbox', 'label')} data-state="${on ? 'checked' : 'unchecked'}" class="chakra-checkbox__label">${v}</span></label>`;
    })
    .join('')}</div></div></fieldset>`;

const radioGroup = (label: string, options: string[], chosen: string) => {
  const id = `radio-group::r${++n}:`;
  return `<div ${zp('radio-group', 'root')} role="radiogroup" id="${id}" aria-labelledby="${id}:label" class="chakra-radio-group__root"><span ${zp('radio-group', 'label')} id="${id}:label" class="chakra-radio-group__label">${label}</span>${options
    .map(
      (v) =>
        `<label ${zp('radio-group', 'item')} id="${id}:radio:${v}" for="${id}:radio:input:${v}" data-state="${v === chosen ? 'checked' : 'unchecked'}" class="chakra-radio-group__item"><input ${zp('radio-group', 'item-hidden-input')} id="${id}:radio:input:${v}" type="radio" name="${id}" value="${v}"${v === chosen ? ' checked=""' : ''} style="${HID}"><span ${zp('radio-group', 'item-control')} aria-hidden="true" class="chakra-radio-group__itemControl"></span><span ${zp('radio-group', 'item-text')} class="chakra-radio-group__itemText">${v}</span></label>`,
    )
    .join('')}</div>`;
};

const therapyTable = () =>
  `<table class="chakra-table__root"><thead class="chakra-table__header"><tr class="chakra-table__row">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((t) => `<th class="chakra-table__columnHeader">${t}</th>`)
    .join('')}</tr></thead><tbody class="chakra-table__body">${THERAPY_ROWS.map(
    (r) =>
      `<tr class="chakra-table__row">${r.map((v) => `<td class="chakra-table__cell"><input class="chakra-input" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

const h = (t: string) => `<h2 class="chakra-heading">${t}</h2>`;
const app = (body: string, tail = '') =>
  `<div id="root"><div class="chakra-container"><form class="chakra-stack">${body}<button type="submit" class="chakra-button">Submit request</button></form></div></div>${tail}`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Chakra UI v3 (Ark/Zag): Field, NativeSelect, Select with its portalled content, TagsInput, DateInput segments, CheckboxGroup, RadioGroup', () => {
  it('reads the full Ilaris request, prior therapies from the Table inputs', () => {
    const s = select('Frequency', 'Every 4 weeks', FREQ);
    page(
      app(
        `${h('Member')}${input('Member ID', ILARIS['patient.memberId'], { required: true })}${dateInput('Date of birth', ILARIS['patient.dob'])}${withUnit('Weight', '72', 'kg')}
        ${h('Diagnosis')}${checkboxGroup('ICD-10 codes', CODES, ['M04.1', 'M06.1'])}
        ${h('Medication')}${nativeSelect('Drug name', ILARIS['drug.name'], DRUGS)}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${withUnit('Dose', '150', 'mg')}${input('Billing units', '150')}${s.html}
        ${h('Labs')}${withUnit('CRP', '24', 'mg/L')}${dateInput('CRP collection date', ILARIS['labs.crpDate'])}
        ${h('Prior therapies')}${therapyTable()}
        ${h('Prescriber')}${input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
        s.content,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a Field input by its label without the required indicator, not the error text of the field before it', () => {
    page(
      app(
        `${input('Member ID', '', { required: true, error: 'Member ID is required' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, helper: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a NativeSelect by its chosen option, its "Select option" prompt as empty', () => {
    page(app(`${nativeSelect('Drug name', ILARIS['drug.name'], DRUGS)}${nativeSelect('Frequency', '', FREQ)}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads a Select by its trigger once, nothing from its closed content left in the portal, an empty one as empty', () => {
    const s = select('Frequency', 'Every 8 weeks', FREQ);
    page(app(s.html, s.content));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('[data-part=positioner]');
    const e = select('Frequency', '', FREQ, true);
    page(app(e.html, e.content));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads TagsInput tags as the ICD-10 codes, not the delete triggers, hidden tag editors or the hidden value input', () => {
    page(app(tagsInput('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(app(tagsInput('ICD-10 codes', ['M04.1', 'M06.1'], true)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads DateInput segment groups as shown, an empty one (mm/dd/yyyy placeholders) as empty', () => {
    page(app(`${dateInput('Date of birth', ILARIS['patient.dob'])}${dateInput('CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a CheckboxGroup in a Fieldset as the ticked codes and a RadioGroup by its checked item', () => {
    page(app(`${checkboxGroup('Diagnosis (ICD-10)', CODES, ['M04.1', 'M06.1'])}${radioGroup('Frequency', FREQ, 'Once')}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Once' });
  });
  it('reads DatePicker inputs as shown, an empty one (data-placeholder-shown) as empty, nothing from the hidden calendar', () => {
    const a = datePicker('CRP collection date', ILARIS['labs.crpDate']);
    const b = datePicker('Date of birth', '');
    page(app(`${b.html}${a.html}`, `${b.content}${a.content}`));
    expect(read()).toEqual({ 'patient.dob': '', 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('[data-part=positioner]');
  });
});
