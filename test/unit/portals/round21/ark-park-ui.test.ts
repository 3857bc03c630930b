import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ark UI 5.39 (chakra-ui/ark at e75b062: packages/react/src/components/field/use-field.ts,
 * select/select-hidden-select.tsx + select-value-text.tsx, segment-group, number-input, tags-input,
 * combobox, date-picker; no DatePicker segments: Ark draws a DatePicker as one text input, its segmented
 * sibling is the separate DateInput) over Zag 1.43.3 (chakra-ui/zag at 24a5ba0:
 * packages/machines/select/src/select.connect.ts + select.dom.ts, number-input.connect.ts + dom,
 * tags-input.connect.ts + dom, combobox.dom.ts, radio-group.connect.ts + dom (segment-group reuses it),
 * date-picker.connect.ts + dom + machine.ts `format`: en-US 2-digit "03/14/1988"), styled as Park UI
 * (Panda slot recipes: the `<recipe>__<slot>` classes are my reading of Park UI's generated class names):
 * - Field.Root `div[data-scope=field][data-part=root][role=group][id=field::<id>]` > `label[for=<id>]`
 *   (+ `span[data-part=required-indicator][aria-hidden]` "*") > `input[id=<id>][aria-describedby=helper]`
 *   > `span[data-part=helper-text][id=field::<id>::helper-text]`, `span[data-part=error-text][aria-live=polite]`
 *   only while invalid.
 * - Select: `label[for=select:<id>:select]`, control > `button#select:<id>:trigger[role=combobox]
 *   [aria-haspopup=listbox][aria-labelledby=label]` (`data-placeholder-shown` while empty) >
 *   `span[data-part=value-text]` (valueAsString, multiple joined ", ", or the placeholder) + indicator;
 *   `select[aria-hidden][tabindex=-1]` (visually hidden, its items as options, `<option value="">` while
 *   empty); Portal > `div[data-part=positioner]` > `div[data-part=content][role=listbox][hidden]` while closed
 *   (Presence without lazyMount keeps it).
 * - NumberInput: `label[for=number-input:<id>:input]`, control > `input[role=spinbutton]
 *   [aria-roledescription=numberfield]` showing the formatted value (formatOptions unit: "72 kg") + triggers.
 * - SegmentGroup (radio-group machine): `div[role=radiogroup][aria-labelledby]` > `span[data-part=label]`,
 *   `div[data-part=indicator]`, `label[data-part=item]` > `span[data-part=item-text]`, `div[data-part=item-control]
 *   [aria-hidden]`, visually hidden `input[type=radio][aria-labelledby=item label]`.
 * - TagsInput: `label[for=tags-input:<id>:input]`, control > `div[data-part=item]` >
 *   `div[data-part=item-preview]` > `span[data-part=item-text]` + `button[data-part=item-delete-trigger]
 *   [aria-label="Delete tag …"]`, a `hidden` `input[data-part=item-input][aria-hidden]` per tag, then the input,
 *   then `input[type=text][hidden]` holding "M04.1,M06.1".
 * - Combobox: `label[for=combobox:<id>:input]`, `input[role=combobox]` + `button[data-part=trigger][tabindex=-1]`.
 * - DatePicker: `label[for=datepicker:<id>:input:0]`, control > `input[data-part=input]` (placeholder
 *   "mm/dd/yyyy", `data-placeholder-shown` while empty) + `button[aria-label="Open calendar"][aria-haspopup=grid]`;
 *   Portal > positioner > `div[data-part=content][role=application][aria-roledescription=datepicker][hidden]`.
 */

const HID =
  'border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap; word-wrap: normal;';
const POS =
  'position: absolute; isolation: isolate; min-width: max-content; pointer-events: none; top: 0px; left: 0px; transform: translate3d(0, -100vh, 0); z-index: var(--z-index);';
const chev =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg>';
const xIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M18 6 6 18"></path><path d="m6 6 12 12"></path></svg>';
const zp = (scope: string, part: string) => `data-scope="${scope}" data-part="${part}" dir="ltr"`;
let n = 0;
const uid = () => `_r_${(n += 1).toString(36)}_`;

type F = { helper?: string; error?: string; required?: boolean };
const fieldInput = (label: string, value: string, o: F = {}) => {
  const id = uid();
  return `<div ${zp('field', 'root')} id="field::${id}" role="group"${o.error ? ' data-invalid=""' : ''} class="field__root"><label ${zp('field', 'label')} id="field::${id}::label" for="${id}"${o.required ? ' data-required=""' : ''} class="field__label">${label}${
    o.required ? `<span ${zp('field', 'required-indicator')} aria-hidden="true" class="field__requiredIndicator">*</span>` : ''
  }</label><input ${zp('field', 'input')} id="${id}"${o.helper ? ` aria-describedby="field::${id}::helper-text"` : ''}${o.error ? ` aria-errormessage="field::${id}::error-text" aria-invalid="true" data-invalid=""` : ''}${o.required ? ' required=""' : ''} class="input input--size_md" value="${value}">${
    o.helper ? `<span ${zp('field', 'helper-text')} id="field::${id}::helper-text" class="field__helperText">${o.helper}</span>` : ''
  }${o.error ? `<span ${zp('field', 'error-text')} id="field::${id}::error-text" aria-live="polite" class="field__errorText">${o.error}</span>` : ''}</div>`;
};

/** Select; returns the root and its portalled (closed) positioner for the end of body */
function select(label: string, chosen: string[], options: string[], o: { placeholder?: string; multiple?: boolean } = {}) {
  const id = `select:${uid()}`;
  const shown = chosen.length ? chosen.join(', ') : (o.placeholder ?? '');
  const html = `<div ${zp('select', 'root')} id="${id}" class="select__root"><label ${zp('select', 'label')} id="${id}:label" for="${id}:select" class="select__label">${label}</label><div ${zp('select', 'control')} id="${id}:control" data-state="closed" class="select__control"><button ${zp('select', 'trigger')} id="${id}:trigger" type="button" role="combobox" aria-controls="${id}:content" aria-expanded="false" aria-haspopup="listbox" data-state="closed" aria-invalid="false" aria-labelledby="${id}:label" data-placement="bottom-start" data-side="bottom"${chosen.length ? '' : ' data-placeholder-shown=""'} class="select__trigger"><span ${zp('select', 'value-text')} class="select__valueText">${shown}</span><div ${zp('select', 'indicator')} aria-hidden="true" data-state="closed" class="select__indicator">${chev}</div></button></div><select${o.multiple ? ' multiple=""' : ''} aria-hidden="true" id="${id}:select" tabindex="-1" aria-labelledby="${id}:label" style="${HID}">${chosen.length ? '' : '<option value=""></option>'}${options
    .map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected=""' : ''}>${v}</option>`)
    .join('')}</select></div>`;
  const portal = `<div ${zp('select', 'positioner')} id="${id}:positioner" style="${POS}" class="select__positioner"><div ${zp('select', 'content')} hidden="" id="${id}:content" role="listbox" data-state="closed" aria-labelledby="${id}:label"${o.multiple ? ' aria-multiselectable="true"' : ''} tabindex="0" class="select__content">${options
    .map(
      (v) =>
        `<div ${zp('select', 'item')} id="${id}:option:${v}" role="option" data-value="${v}" aria-selected="${chosen.includes(v)}" data-state="${chosen.includes(v) ? 'checked' : 'unchecked'}" class="select__item"><span ${zp('select', 'item-text')} class="select__itemText">${v}</span><div ${zp('select', 'item-indicator')} aria-hidden="true"${chosen.includes(v) ? '' : ' hidden=""'} class="select__itemIndicator"></div></div>`,
    )
    .join('')}</div></div>`;
  return { html, portal };
}

const numberInput = (label: string, shown: string, now: string) => {
  const id = `number-input:${uid()}`;
  return `<div ${zp('number-input', 'root')} id="${id}" class="number-input__root"><label ${zp('number-input', 'label')} id="${id}:label" for="${id}:input" class="number-input__label">${label}</label><div ${zp('number-input', 'control')} role="group" aria-disabled="false" class="number-input__control"><input ${zp('number-input', 'input')} id="${id}:input" role="spinbutton" inputmode="decimal" aria-invalid="false" autocomplete="off" autocorrect="off" spellcheck="false" type="text" aria-roledescription="numberfield" aria-valuemin="-9007199254740991" aria-valuemax="9007199254740991" aria-valuenow="${now}" aria-valuetext="${shown}" class="number-input__input" value="${shown}"><button ${zp('number-input', 'increment-trigger')} id="${id}:inc" aria-label="increment value" type="button" tabindex="-1" aria-controls="${id}:input" class="number-input__incrementTrigger">${chev}</button><button ${zp('number-input', 'decrement-trigger')} id="${id}:dec" aria-label="decrease value" type="button" tabindex="-1" aria-controls="${id}:input" class="number-input__decrementTrigger">${chev}</button></div></div>`;
};

const segmentGroup = (label: string, options: string[], chosen: string) => {
  const id = `radio-group:${uid()}`;
  return `<div ${zp('segment-group', 'root')} role="radiogroup" id="${id}" aria-labelledby="${id}:label" data-orientation="horizontal" aria-orientation="horizontal" style="position: relative;" class="segment-group__root"><span ${zp('segment-group', 'label')} data-orientation="horizontal" id="${id}:label" class="segment-group__label">${label}</span><div ${zp('segment-group', 'indicator')} id="${id}:indicator" data-orientation="horizontal" class="segment-group__indicator"></div>${options
    .map((v) => {
      const on = v === chosen;
      return `<label ${zp('segment-group', 'item')} id="${id}:radio:${v}" for="${id}:radio:input:${v}" data-state="${on ? 'checked' : 'unchecked'}" data-orientation="horizontal" class="segment-group__item"><span ${zp('segment-group', 'item-text')} id="${id}:radio:label:${v}" data-state="${on ? 'checked' : 'unchecked'}" class="segment-group__itemText">${v}</span><div ${zp('segment-group', 'item-control')} id="${id}:radio:control:${v}" aria-hidden="true" data-state="${on ? 'checked' : 'unchecked'}" class="segment-group__itemControl"></div><input data-ownedby="${id}" id="${id}:radio:input:${v}" type="radio" name="${id}" value="${v}" aria-labelledby="${id}:radio:label:${v}"${on ? ' checked=""' : ''} style="${HID}"></label>`;
    })
    .join('')}</div>`;
};

const tagsInput = (label: string, tags: string[]) => {
  const id = `tags-input:${uid()}`;
  return `<div ${zp('tags-input', 'root')} id="${id}"${tags.length ? '' : ' data-empty=""'} class="tags-input__root"><label ${zp('tags-input', 'label')} id="${id}:label" for="${id}:input" class="tags-input__label">${label}</label><div ${zp('tags-input', 'control')} id="${id}:control" class="tags-input__control">${tags
    .map((t, i) => {
      const item = `${id}:tag:${t}:${i}`;
      return `<div ${zp('tags-input', 'item')} data-value="${t}" class="tags-input__item"><div ${zp('tags-input', 'item-preview')} id="${item}" data-value="${t}" class="tags-input__itemPreview"><span ${zp('tags-input', 'item-text')} class="tags-input__itemText">${t}</span><button ${zp('tags-input', 'item-delete-trigger')} id="${item}:delete-btn" type="button" aria-label="Delete tag ${t}" tabindex="-1" class="tags-input__itemDeleteTrigger">${xIcon}</button></div><input ${zp('tags-input', 'item-input')} aria-label="${t} tag edited" aria-hidden="true" id="${item}:input" tabindex="-1" hidden="" class="tags-input__itemInput" value=""></div>`;
    })
    .join(
      '',
    )}<input ${zp('tags-input', 'input')} aria-invalid="false" id="${id}:input" autocomplete="off" autocorrect="off" autocapitalize="none" placeholder="Add code" class="tags-input__input" value=""></div><input type="text" hidden="" id="${id}:hidden-input" value="${tags.join(',')}"></div>`;
};

const combobox = (label: string, value: string) => {
  const id = `combobox:${uid()}`;
  return `<div ${zp('combobox', 'root')} id="${id}" class="combobox__root"><label ${zp('combobox', 'label')} id="${id}:label" for="${id}:input" class="combobox__label">${label}</label><div ${zp('combobox', 'control')} id="${id}:control" data-state="closed" class="combobox__control"><input ${zp('combobox', 'input')} aria-invalid="false" id="${id}:input" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" type="text" role="combobox" aria-autocomplete="list" aria-controls="${id}:content" aria-expanded="false" data-state="closed" class="combobox__input" value="${value}"><button ${zp('combobox', 'trigger')} type="button" id="${id}:toggle-btn" tabindex="-1" aria-haspopup="listbox" aria-expanded="false" data-state="closed" aria-controls="${id}:content" aria-label="Toggle suggestions" class="combobox__trigger">${chev}</button></div></div>`;
};

function datePicker(label: string, value: string) {
  const id = `datepicker:${uid()}`;
  const html = `<div ${zp('date-picker', 'root')} id="${id}" data-state="closed" class="date-picker__root"><label ${zp('date-picker', 'label')} id="${id}:label:0" for="${id}:input:0" data-state="closed" data-index="0" class="date-picker__label">${label}</label><div ${zp('date-picker', 'control')} id="${id}:control"${value ? '' : ' data-placeholder-shown=""'} class="date-picker__control"><input ${zp('date-picker', 'input')} id="${id}:input:0" autocomplete="off" autocorrect="off" spellcheck="false" data-index="0" data-state="closed"${value ? '' : ' data-placeholder-shown=""'} placeholder="mm/dd/yyyy" class="date-picker__input input" value="${value}"><button ${zp('date-picker', 'trigger')} id="${id}:trigger" type="button" aria-label="Open calendar" aria-controls="${id}:content" aria-expanded="false" data-state="closed" aria-haspopup="grid" class="date-picker__trigger"><svg viewBox="0 0 24 24" aria-hidden="true"><rect width="18" height="18" x="3" y="4" rx="2"></rect></svg></button></div></div>`;
  const portal = `<div ${zp('date-picker', 'positioner')} id="${id}:positioner" style="${POS}" class="date-picker__positioner"><div ${zp('date-picker', 'content')} hidden="" data-state="closed" id="${id}:content" tabindex="-1" role="application" aria-roledescription="datepicker" aria-label="calendar" class="date-picker__content"><div ${zp('date-picker', 'view')} data-view="day" class="date-picker__view"><table ${zp('date-picker', 'table')} role="grid" data-columns="7" aria-readonly="false" tabindex="-1" class="date-picker__table"><tbody ${zp('date-picker', 'table-body')}><tr ${zp('date-picker', 'table-row')}>${[
    13, 14, 15,
  ]
    .map(
      (d) =>
        `<td ${zp('date-picker', 'table-cell')} role="gridcell" aria-selected="false"><div ${zp('date-picker', 'table-cell-trigger')} role="button" tabindex="-1" aria-label="Choose ${d}">${d}</div></td>`,
    )
    .join('')}</tr></tbody></table></div></div></div>`;
  return { html, portal };
}

const therapyTable = () =>
  `<table class="table__root"><thead class="table__head"><tr class="table__row">${['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome']
    .map((h) => `<th class="table__header">${h}</th>`)
    .join(
      '',
    )}</tr></thead><tbody class="table__body">${THERAPY_ROWS.map((r) => `<tr class="table__row">${r.map((v) => `<td class="table__cell"><input class="input input--size_sm" value="${v}"></td>`).join('')}</tr>`).join('')}</tbody></table>`;
const section = (title: string, body: string) =>
  `<section class="stack"><h2 class="heading heading--size_lg">${title}</h2>${body}</section>`;
const app = (body: string, tail = '') =>
  `<div id="root"><main class="container"><form class="stack">${body}<button type="submit" class="button button--variant_solid">Submit request</button></form></main></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Ark UI 5 / Park UI: Field, Select, NumberInput, SegmentGroup, TagsInput, Combobox, DatePicker', () => {
  it('reads the full Ilaris request', () => {
    const drug = select('Drug name', [ILARIS['drug.name']], DRUGS, { placeholder: 'Select a drug' });
    const dob = datePicker('Date of birth', ILARIS['patient.dob']);
    const crp = datePicker('CRP collection date', ILARIS['labs.crpDate']);
    page(
      app(
        `${section('Member', `${fieldInput('Member ID', ILARIS['patient.memberId'], { required: true })}${dob.html}${numberInput('Weight (kg)', '72', '72')}`)}
        ${section('Diagnosis', tagsInput('ICD-10 codes', ['M04.1', 'M06.1']))}
        ${section('Medication', `${drug.html}${fieldInput('HCPCS code', ILARIS['drug.hcpcs'])}${fieldInput('NDC', ILARIS['drug.ndc'], { helper: '11 digits' })}${numberInput('Dose (mg)', '150', '150')}${numberInput('Billing units', '150', '150')}${segmentGroup('Frequency', FREQUENCIES, 'Every 4 weeks')}`)}
        ${section('Labs', `${numberInput('CRP (mg/L)', '24', '24')}${crp.html}`)}
        ${section('Prior therapies', therapyTable())}
        ${section('Prescriber', fieldInput('Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
        `${dob.portal}${drug.portal}${crp.portal}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a Field input by its label, not the required indicator, the error text before it or its own helper text', () => {
    page(
      app(
        `${fieldInput('Member ID', '', { required: true, error: 'Member ID is required' })}${fieldInput('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, helper: '10-digit NPI' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a Select once by its trigger, not its hidden select or closed content in the portal; its placeholder as empty', () => {
    const a = select('Drug name', [ILARIS['drug.name']], DRUGS, { placeholder: 'Select a drug' });
    const b = select('Frequency', [], FREQUENCIES, { placeholder: 'Select a frequency' });
    page(app(`${a.html}${b.html}`, `${a.portal}${b.portal}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    nothingFrom('[data-part=positioner]');
    noDuplicatePaths();
  });

  it('reads a multiple Select as its chosen codes joined', () => {
    const s = select('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true, placeholder: 'Select codes' });
    page(app(s.html, s.portal));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a NumberInput formatted with its unit (formatOptions) whole', () => {
    page(app(`${numberInput('Weight', '72 kg', '72')}${numberInput('Dose', '150 mg', '150')}`));
    expect(read()).toEqual({ 'patient.weight': '72 kg', 'drug.dose': '150 mg' });
  });

  it('reads a SegmentGroup by its checked item, named by its label', () => {
    page(app(segmentGroup('Frequency', FREQUENCIES, 'Every 8 weeks')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads TagsInput tags as the ICD-10 codes, not the delete triggers, hidden tag editors or the hidden value input', () => {
    page(app(tagsInput('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(app(tagsInput('ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a Combobox by its input value', () => {
    page(app(`${combobox('Drug name', ILARIS['drug.name'])}${combobox('Frequency', '')}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads DatePicker inputs as shown, an empty one (mm/dd/yyyy placeholder) as empty, nothing from the hidden calendar', () => {
    const a = datePicker('Date of birth', ILARIS['patient.dob']);
    const b = datePicker('CRP collection date', '');
    page(app(`${a.html}${b.html}`, `${a.portal}${b.portal}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('[data-part=positioner]');
  });
});
