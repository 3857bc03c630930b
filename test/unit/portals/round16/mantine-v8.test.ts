import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Mantine v8 (mantinedev/mantine; the snapshot is too large to bring here, so the core Select source was read at
 * 01d4b56 (packages/@mantine/core/src/components/Select/Select.tsx: InputBase `readOnly={readOnly || !searchable}`
 * holding the option label as `value={search}`, OptionsDropdown `labelId=<id>-label`, `withAlignedLabels` (v8),
 * then `Combobox.HiddenInput`); the rest is written from the v8 components as released: Input.Wrapper, InputBase,
 * PillsInput/Pill (MultiSelect), NumberInput, Radio/Radio.Group and Checkbox/Checkbox.Group (InputsGroupFieldset),
 * Fieldset, Combobox (Popover in a Portal), Modal, Table, and @mantine/dates v8 DateInput / DatePickerInput (string
 * values "YYYY-MM-DD" in the hidden input since v8). What v8 draws differently from v7 (design-systems/mantine):
 * - a NumberInput given `rightSection` (the unit) loses its up/down controls: `div.mantine-Input-section
 *   [data-position=right]` holds the unit text;
 * - OptionsDropdown aligns unchecked labels (`data-checked`/`data-with-aligned-labels`) and the dropdown
 *   `div.mantine-Select-options[role=listbox][aria-labelledby=<id>-label]` is in a `div[data-portal]` at the end of
 *   body while open (not kept mounted);
 * - Input.Wrapper: `div.mantine-InputWrapper-root` > `label[for][id=<id>-label]` (+ `span.mantine-InputWrapper-required
 *   [aria-hidden]` " *"), `p.mantine-InputWrapper-description#<id>-description`, `div.mantine-Input-wrapper[data-error]`,
 *   `p.mantine-InputWrapper-error#<id>-error`.
 * - Radio.Group / Checkbox.Group: root with a div label (`<id>-label`), `div[role=radiogroup|group][aria-labelledby]`.
 */

let n = 0;
const mid = () => `mantine-r${(++n).toString(36)}`;
const chevron =
  '<svg width="15" height="15" viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" data-combobox-chevron="true" class="m_2943220b mantine-ComboboxChevron-chevron"><path d="M4.93179 5.43179Z" fill="currentColor"></path></svg>';

type W = { required?: boolean; error?: string; description?: string; rightSection?: string; noLabel?: boolean };
const wrapper = (kind: string, id: string, label: string, inner: string, o: W = {}) =>
  `<div class="m_46b77525 mantine-InputWrapper-root mantine-${kind}-root">${
    o.noLabel
      ? ''
      : `<label class="m_8fdc1311 mantine-InputWrapper-label mantine-${kind}-label" data-required="${!!o.required}" for="${id}" id="${id}-label">${label}${o.required ? `<span class="m_78a94662 mantine-InputWrapper-required mantine-${kind}-required" aria-hidden="true"> *</span>` : ''}</label>`
  }${o.description ? `<p class="m_8f816625 mantine-InputWrapper-description mantine-${kind}-description" id="${id}-description">${o.description}</p>` : ''}<div class="m_6c018570 mantine-Input-wrapper mantine-${kind}-wrapper" data-variant="default"${o.error ? ' data-error="true"' : ''}${o.rightSection ? ' data-with-right-section="true"' : ''}>${inner}${
    o.rightSection
      ? `<div data-position="right" class="m_82577fc2 mantine-Input-section mantine-${kind}-section">${o.rightSection}</div>`
      : ''
  }</div>${o.error ? `<p class="m_8f816625 mantine-InputWrapper-error mantine-${kind}-error" id="${id}-error">${o.error}</p>` : ''}</div>`;

const textInput = (label: string, value: string, o: W = {}) => {
  const id = mid();
  const by = [o.description ? `${id}-description` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return wrapper(
    'TextInput',
    id,
    label,
    `<input class="m_8fb7ebe7 mantine-Input-input mantine-TextInput-input" data-variant="default"${o.error ? ' data-error="true"' : ''} aria-invalid="${!!o.error}"${by ? ` aria-describedby="${by}"` : ''}${o.required ? ' required=""' : ''} id="${id}" value="${value}">`,
    o,
  );
};
const numberInput = (label: string, value: string, unit: string) => {
  const id = mid();
  return wrapper(
    'NumberInput',
    id,
    label,
    `<input class="m_8fb7ebe7 mantine-Input-input mantine-NumberInput-input" data-variant="default" data-with-right-section="true" inputmode="numeric" type="text" autocomplete="off" aria-invalid="false" id="${id}" value="${value}">`,
    { rightSection: `<p class="mantine-focus-auto m_b6d8b162 mantine-Text-root" data-size="sm">${unit}</p>` },
  );
};

/** Select (not searchable): readonly input holding the label, hidden input after the wrapper; `dropdown` while open */
const select = (label: string, shown: string, options: string[], o: { open?: boolean; placeholder?: string; error?: string } = {}) => {
  const id = mid();
  const html = `${wrapper(
    'Select',
    id,
    label,
    `<input class="m_8fb7ebe7 mantine-Input-input mantine-Select-input" data-variant="default" data-with-right-section="true" data-pointer="true"${o.error ? ' data-error="true"' : ''} readonly="" aria-haspopup="listbox" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${id}-listbox" data-expanded="true"` : ''} autocomplete="off" aria-invalid="${!!o.error}" id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${shown}">`,
    { rightSection: chevron, error: o.error },
  )}<input type="hidden" name="${label.toLowerCase().replace(/\W+/g, '')}" value="${shown}">`;
  const dropdown = o.open
    ? `<div data-portal="true"><div class="m_88b62a41 mantine-Popover-dropdown mantine-Select-dropdown" data-position="bottom" style="z-index: 300; top: 190px; left: 24px; width: 320px;"><div class="m_b2821a6e mantine-Select-options" role="listbox" id="${id}-listbox" aria-labelledby="${id}-label">${options
        .map(
          (v, i) =>
            `<div class="m_390b5f4 mantine-Select-option" data-combobox-option="true" value="${v}" role="option" id="${id}-option-${i}" aria-selected="${v === shown}"${v === shown ? ' data-checked="true" data-combobox-selected="true"' : ''} data-with-aligned-labels="true">${v === shown ? '<svg class="m_8ee53fc2 mantine-Select-optionsDropdownCheckIcon" viewBox="0 0 10 7"><path d="M4 4.586L1.707 2.293Z"></path></svg>' : ''}<span>${v}</span></div>`,
        )
        .join('')}</div></div></div>`
    : '';
  return { html, dropdown };
};
const sel = (label: string, shown: string, options: string[], placeholder?: string) => select(label, shown, options, { placeholder }).html;

const multiSelect = (label: string, values: string[], placeholder = 'Pick codes') => {
  const id = mid();
  const pills = values
    .map(
      (v) =>
        `<div class="m_7cda1cd6 mantine-Pill-root mantine-MultiSelect-pill" data-with-remove="true" data-size="sm"><span class="m_44da308b mantine-Pill-label">${v}</span><button class="mantine-focus-auto m_86a44da5 mantine-CloseButton-root mantine-Pill-remove" data-variant="transparent" type="button" tabindex="-1" aria-hidden="true"><svg viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M11.78 4.03Z" fill="currentColor"></path></svg></button></div>`,
    )
    .join('');
  return `${wrapper(
    'MultiSelect',
    id,
    label,
    `<div class="m_8fb7ebe7 mantine-Input-input mantine-MultiSelect-input" data-variant="default" data-multiline="true" data-with-right-section="true"><div class="m_1b7284a3 mantine-PillGroup-group mantine-MultiSelect-pillsList" data-size="sm">${pills}<input class="m_45c4369d mantine-PillsInputField-field mantine-MultiSelect-inputField" data-type="visible" aria-haspopup="listbox" aria-expanded="false" autocomplete="off" id="${id}" type="text"${values.length ? '' : ` placeholder="${placeholder}"`} value=""></div></div>`,
    { rightSection: chevron },
  )}<input type="hidden" name="codes" value="${values.join(',')}">`;
};

const dateInput = (label: string, shown: string, iso: string) => {
  const id = mid();
  return `${wrapper('DateInput', id, label, `<input class="m_8fb7ebe7 mantine-Input-input mantine-DateInput-input" data-variant="default" aria-haspopup="dialog" aria-expanded="false" aria-invalid="false" id="${id}" value="${shown}">`)}<input type="hidden" name="dob" value="${iso}">`;
};
const datePickerInput = (label: string, shown: string, iso: string) => {
  const id = mid();
  return `${wrapper(
    'DatePickerInput',
    id,
    label,
    `<button class="mantine-focus-auto m_8fb7ebe7 mantine-Input-input mantine-DatePickerInput-input m_6fa5e2aa" data-variant="default" data-dates-input="true" type="button" aria-haspopup="dialog" aria-expanded="false" aria-invalid="false" id="${id}">${shown || '<span class="m_f4d5e9cd mantine-InputPlaceholder-placeholder mantine-DatePickerInput-placeholder">Pick date</span>'}</button>`,
  )}<input type="hidden" name="crpDate" value="${iso}">`;
};

const group = (kind: 'Radio' | 'Checkbox', label: string, options: string[], checked: string[]) => {
  const id = mid();
  const name = kind === 'Radio' ? ` name="${id}"` : '';
  return `<div class="m_46b77525 mantine-InputWrapper-root mantine-${kind}Group-root" id="${id}"><div class="m_8fdc1311 mantine-InputWrapper-label mantine-${kind}Group-label" id="${id}-label">${label}</div><div role="${kind === 'Radio' ? 'radiogroup' : 'group'}" aria-labelledby="${id}-label"><div class="m_8bffd616 mantine-Group-root" style="--group-gap: var(--mantine-spacing-md);">${options
    .map((v, i) => {
      const on = checked.includes(v);
      return `<div class="m_${kind === 'Radio' ? 'f3f1af94' : 'bf2d988c'} mantine-${kind}-root"><div class="m_5f75b09e mantine-${kind}-body"><div class="m_5f6e695e mantine-${kind}-inner"><input class="mantine-focus-auto m_8a3dbb89 mantine-${kind}-${kind === 'Radio' ? 'radio' : 'input'}" type="${kind.toLowerCase()}" id="${id}-${i}"${name} value="${v}"${on ? ' checked=""' : ''}><svg viewBox="0 0 10 7" class="mantine-${kind}-icon" aria-hidden="true"><path d="M4 4.586Z"></path></svg></div><div class="m_d3ea56bb mantine-${kind}-labelWrapper"><label class="m_8ee546b8 mantine-${kind}-label" for="${id}-${i}">${v}</label></div></div></div>`;
    })
    .join('')}</div></div></div>`;
};

const fieldset = (legend: string, body: string) =>
  `<fieldset class="m_e9408a47 mantine-Fieldset-root" data-variant="default"><legend class="m_90794832 mantine-Fieldset-legend">${legend}</legend>${body}</fieldset>`;
const therapyTable = () =>
  `<table class="m_b23fa0ef mantine-Table-table"><thead class="m_b2404537 mantine-Table-thead"><tr class="m_4e7aa4fd mantine-Table-tr">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((t) => `<th class="m_4e7aa4f3 mantine-Table-th">${t}</th>`)
    .join('')}</tr></thead><tbody class="m_b2404537 mantine-Table-tbody">${THERAPY_ROWS.map(
    (r) =>
      `<tr class="m_4e7aa4fd mantine-Table-tr">${r.map((v) => `<td class="m_4e7aa4ef mantine-Table-td">${textInput('', v, { noLabel: true })}</td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;
const app = (body: string, tail = '') =>
  `<div id="root"><div class="m_7485cace mantine-Container-root"><form>${body}<button class="mantine-focus-auto m_77c9d27d mantine-Button-root" type="submit"><span class="m_80f1301b mantine-Button-inner"><span class="m_811560b9 mantine-Button-label">Submit request</span></span></button></form></div></div>${tail}`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Mantine v8: TextInput, Select with its portalled dropdown, MultiSelect pills, DateInput / DatePickerInput, NumberInput units, groups, Fieldset, Modal', () => {
  it('reads the full Ilaris request in Fieldsets, prior therapies from a Table of TextInputs', () => {
    page(
      app(
        `${fieldset('Member', `${textInput('Member ID', ILARIS['patient.memberId'], { required: true })}${dateInput('Date of birth', ILARIS['patient.dob'], '1988-03-14')}${numberInput('Weight', '72', 'kg')}`)}
        ${fieldset('Diagnosis', multiSelect('ICD-10 codes', ['M04.1', 'M06.1']))}
        ${fieldset('Medication', `${sel('Drug name', ILARIS['drug.name'], DRUGS)}${textInput('HCPCS code', ILARIS['drug.hcpcs'])}${textInput('NDC', ILARIS['drug.ndc'])}${numberInput('Dose', '150', 'mg')}${textInput('Billing units', '150')}${group('Radio', 'Frequency', FREQ, ['Every 4 weeks'])}`)}
        ${fieldset('Labs', `${numberInput('CRP', '24', 'mg/L')}${datePickerInput('CRP collection date', ILARIS['labs.crpDate'], '2026-11-02')}`)}
        ${fieldset('Prior therapies', therapyTable())}
        ${fieldset('Prescriber', textInput('Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a TextInput by its label, not its description or the error of the field before it', () => {
    page(
      app(
        `${textInput('Member ID', '', { required: true, error: 'Member ID is required' })}${textInput('Prescriber NPI', ILARIS['prescriber.npi'], { description: '10 digits, no spaces' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads NumberInputs whose rightSection is the unit (no controls) and implies the unit', () => {
    page(app(`${numberInput('Weight', '72', 'kg')}${numberInput('Dose', '150', 'mg')}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads a Select by its readonly input once (not the hidden input), an empty one (placeholder) as empty', () => {
    page(app(`${sel('Drug name', ILARIS['drug.name'], DRUGS)}${sel('Frequency', '', FREQ, 'Pick frequency')}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads an open Select with an error and nothing from its dropdown portalled to the end of body', () => {
    const s = select('Frequency', 'Once', FREQ, { open: true, error: 'Check the frequency' });
    page(app(`${s.html}${textInput('Prescriber NPI', ILARIS['prescriber.npi'])}`, s.dropdown));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-portal]');
  });

  it('reads MultiSelect pills as the ICD-10 codes, an empty one (placeholder) as empty', () => {
    page(app(multiSelect('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(app(multiSelect('ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a DateInput and a DatePickerInput button as shown, an empty picker (placeholder) as empty', () => {
    page(app(`${dateInput('Date of birth', ILARIS['patient.dob'], '1988-03-14')}${datePickerInput('CRP collection date', '', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a Checkbox.Group as the ticked codes and a Radio.Group by its checked radio', () => {
    page(app(`${group('Checkbox', 'Diagnosis (ICD-10)', CODES, ['M04.1', 'M06.1'])}${group('Radio', 'Frequency', FREQ, ['Once'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Once' });
  });

  it('reads the lab Modal portalled over the form, not the form behind it', () => {
    const modal = `<div data-portal="true"><div class="m_9814e45f mantine-Modal-root" data-fixed="true"><div class="m_9814e45f mantine-Overlay-root mantine-Modal-overlay" style="z-index: 200;"></div><div class="m_60c222c7 mantine-Modal-inner" style="z-index: 200;"><section class="m_fd1ab0aa mantine-Paper-root m_1b7284a3 mantine-Modal-content" role="dialog" tabindex="-1" aria-modal="true" aria-describedby="mantine-modal-body" aria-labelledby="mantine-modal-title"><header class="m_b5489c3c mantine-Modal-header"><h2 class="m_615af6c9 mantine-Modal-title" id="mantine-modal-title">Add CRP result</h2><button class="mantine-focus-auto m_86a44da5 mantine-CloseButton-root mantine-Modal-close" type="button"><svg viewBox="0 0 15 15"><path d="M11.78 4.03Z"></path></svg></button></header><div class="m_5df29311 mantine-Modal-body" id="mantine-modal-body">${numberInput('CRP', '24', 'mg/L')}${datePickerInput('CRP collection date', ILARIS['labs.crpDate'], '2026-11-02')}</div></section></div></div></div>`;
    page(app(textInput('Member ID', ILARIS['patient.memberId']), modal));
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'] });
  });
});
