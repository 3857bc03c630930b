import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Medplum QuestionnaireForm (@medplum/react 3.x on Mantine 7; medplum/medplum at 73b1a75, read through the file
 * index: packages/react/src/QuestionnaireForm/QuestionnaireForm.tsx (Form + Title + QuestionnairePageSequence,
 * a Stack when not paginated, Submit in a Group), QuestionnaireFormComponents/QuestionnaireFormPageSequence.tsx,
 * QuestionnaireFormGroup.tsx @1c17e7d (a group = `div` > Title order 3 + Stack; a repeating group draws one block
 * per answer then the Anchor "Add Group: <text>"), QuestionnaireFormItem/QuestionnaireRepeatableItem.tsx (each
 * item in a FormSection = Mantine Input.Wrapper with id=linkId, so its label is `label[for=<linkId>]
 * [id=<linkId>-label]` + the required asterisk span; display items a bare `p`), QuestionnaireFormItem.tsx (string
 * = TextInput#<linkId>, decimal/integer = type=number, date = type=date (ISO value), choice with drop-down control
 * = NativeSelect#<linkId> whose first option is "", repeating drop-down = MultiSelect (its own mantine id, pills,
 * hidden input after it), otherwise Radio.Group named by the response item's id, each Radio
 * `#<name>-option-<i>`: the FormSection's label names no element), QuantityInput/QuantityInput.tsx (NativeSelect
 * comparator, value TextInput#<linkId> placeholder "Value", unit TextInput placeholder "Unit")). Mantine class
 * names (`m_…`) as Mantine 7.x ships them. Medplum prints no item prefix.
 */

const chevron = `<svg width="15" height="15" viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" data-combobox-chevron="true" style="--combobox-chevron-size: var(--combobox-chevron-size-sm);" class="m_2943220b"><path d="M4.93179 5.43179C4.75605 5.60753" fill="currentColor"></path></svg>`;

/** FormSection: Input.Wrapper with the item's label (for=linkId), then the item's own control(s) */
const section = (linkId: string, label: string, control: string, o: { required?: boolean; error?: string } = {}) =>
  `<div class="m_46b77525 mantine-InputWrapper-root"><label class="m_8fdc1311 mantine-InputWrapper-label" for="${linkId}" id="${linkId}-label">${label}${o.required ? '<span class="m_78a94662 mantine-InputWrapper-required" aria-hidden="true"> *</span>' : ''}</label>${control}${o.error ? `<p class="m_8f816625 mantine-InputWrapper-error" id="${linkId}-error">${o.error}</p>` : ''}</div>`;

const input = (attrs: string, value: string, cls = 'TextInput', o: { error?: boolean } = {}) =>
  `<div class="m_46b77525 mantine-InputWrapper-root mantine-${cls}-root"><div class="m_6c018570 mantine-Input-wrapper mantine-${cls}-wrapper" data-variant="default"${o.error ? ' data-error="true"' : ''}><input class="m_8fb7ebe7 mantine-Input-input mantine-${cls}-input" data-variant="default"${o.error ? ' data-error="true" aria-invalid="true"' : ' aria-invalid="false"'} ${attrs} value="${value}"></div></div>`;

const text = (linkId: string, label: string, value: string, o: { required?: boolean; type?: string; error?: string } = {}) =>
  section(
    linkId,
    label,
    input(
      `id="${linkId}" name="${linkId}"${o.type ? ` type="${o.type}"${o.type === 'number' ? ' step="any"' : ''}` : ''}${o.required ? ' required=""' : ''}`,
      value,
      'TextInput',
      { error: !!o.error },
    ),
    o,
  );

const nativeSelect = (attrs: string, chosen: string, options: string[], style = '') =>
  `<div class="m_46b77525 mantine-InputWrapper-root mantine-NativeSelect-root"${style}><div class="m_6c018570 mantine-Input-wrapper mantine-NativeSelect-wrapper" data-variant="default" data-pointer="true" data-with-right-section="true"><select class="m_8fb7ebe7 mantine-Input-input mantine-NativeSelect-input" data-variant="default" aria-invalid="false" ${attrs}>${options
    // React escapes the comparators' text ("&lt;="), as a browser's parser needs
    .map((v) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${v.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</option>`)
    .join(
      '',
    )}</select><div data-position="right" class="m_82577fc2 mantine-Input-section mantine-NativeSelect-section">${chevron}</div></div></div>`;

const dropDown = (linkId: string, label: string, chosen: string, options: string[]) =>
  section(linkId, label, nativeSelect(`id="${linkId}" name="${linkId}"`, chosen, ['', ...options]));

/** QuantityInput: comparator NativeSelect, value (id = linkId), unit box */
const quantity = (linkId: string, label: string, value: string, unit: string) =>
  section(
    linkId,
    label,
    `<div class="m_4081bf90 mantine-Group-root" style="--group-gap: var(--mantine-spacing-xs); --group-align: center; --group-justify: flex-start; --group-wrap: nowrap; --group-child-width: calc(33.333333% - (var(--mantine-spacing-xs) - var(--mantine-spacing-xs) / 3));" data-grow="true">${nativeSelect(
      `data-testid="${linkId}-comparator"`,
      '',
      ['', '<', '<=', '>=', '>'],
      ' style="width: 80px;"',
    )}${input(`id="${linkId}" name="${linkId}" data-testid="${linkId}-value" type="number" placeholder="Value" step="any"`, value)}${input(`placeholder="Unit" data-testid="${linkId}-unit"`, unit)}</div>`,
  );

/** Radio.Group named by the response item's id; the FormSection label's `for` (the linkId) names no element */
const radios = (linkId: string, label: string, responseId: string, chosen: string, options: string[]) =>
  section(
    linkId,
    label,
    `<div class="m_46b77525 mantine-InputWrapper-root mantine-RadioGroup-root"><div role="radiogroup">${options
      .map((v, i) => {
        const id = `${responseId}-option-${i}`;
        return `<div class="m_5f75b09e mantine-Radio-root" data-label-position="right" style="padding-top: calc(0.25rem * var(--mantine-scale)); padding-bottom: calc(0.25rem * var(--mantine-scale));"><div class="m_5f6e695e mantine-Radio-body" data-label-position="right"><div class="m_89c4f5e4 mantine-Radio-inner" data-label-position="right"><input class="mantine-focus-auto m_8a3dbb89 mantine-Radio-radio" id="${id}" type="radio" name="${responseId}" value="${id}"${v === chosen ? ' checked=""' : ''}><svg viewBox="0 0 5 5" xmlns="http://www.w3.org/2000/svg" class="m_3e4da632 mantine-Radio-icon" aria-hidden="true"><circle cx="2.5" cy="2.5" r="2.5" fill="currentColor"></circle></svg></div><div class="m_d3ea56bb mantine-Radio-labelWrapper" data-label-position="right"><label class="m_8ee546b8 mantine-Radio-label" data-label-position="right" for="${id}">${v}</label></div></div></div>`;
      })
      .join('')}</div></div>`,
  );

/** a repeating drop-down: MultiSelect (pills before its search field, hidden input after); `open` = its portalled dropdown */
function multiSelect(linkId: string, label: string, chosen: string[], options: string[], mid: string, open = false) {
  const html = section(
    linkId,
    label,
    `<div class="m_46b77525 mantine-InputWrapper-root mantine-MultiSelect-root"><div class="m_6c018570 mantine-Input-wrapper mantine-MultiSelect-wrapper" data-variant="default" data-with-right-section="true"><div class="m_8fb7ebe7 mantine-Input-input mantine-MultiSelect-input m_b0fa7a3c" data-variant="default" data-multiline="true" data-with-right-section="true"><div class="m_1b3c8819 mantine-PillGroup-group mantine-MultiSelect-pillsList">${chosen
      .map(
        (c) =>
          `<div class="m_7cda1cd6 mantine-Pill-root mantine-MultiSelect-pill" data-variant="default" data-with-remove="true"><span class="m_1b7284a3 mantine-Pill-label">${c}</span><button class="mantine-focus-auto m_86a44da5 mantine-CloseButton-root m_ae386778 mantine-Pill-remove m_87cf2631 mantine-UnstyledButton-root" data-variant="transparent" type="button" tabindex="-1" aria-hidden="true"><svg viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" style="width: var(--cb-icon-size, 70%); height: var(--cb-icon-size, 70%);"><path d="M11.7816 4.03157C12.0062 3.80702" fill="currentColor"></path></svg></button></div>`,
      )
      .join(
        '',
      )}<input class="m_45c4369d mantine-PillsInputField-field mantine-MultiSelect-inputField" data-type="visible" id="${mid}" placeholder="Select items" autocomplete="off" aria-haspopup="listbox" aria-expanded="${open}"${open ? ` aria-controls="${mid}-listbox"` : ''} value=""></div></div><div data-position="right" class="m_82577fc2 mantine-Input-section mantine-MultiSelect-section">${chevron}</div></div></div><input type="hidden" value="${chosen.join(',')}">`,
  );
  const dropdown = open
    ? `<div data-portal="true"><div class="m_38a85659 mantine-Popover-dropdown m_88b62a41 mantine-MultiSelect-dropdown mantine-Combobox-dropdown" data-position="bottom" style="z-index: 300; top: 412px; left: 24px; position: absolute; width: 480px;"><div class="m_b2821a6e mantine-MultiSelect-options mantine-Combobox-options" role="listbox" id="${mid}-listbox" aria-labelledby="${mid}-label">${options
        .map(
          (v) =>
            `<div class="m_92253aa5 mantine-MultiSelect-option mantine-Combobox-option" data-combobox-option="true" role="option" value="${v}"${chosen.includes(v) ? ' data-checked="true" aria-selected="true"' : ' aria-selected="false"'}><span>${v}</span></div>`,
        )
        .join('')}</div></div></div>`
    : '';
  return { html, dropdown };
}

const group = (title: string, body: string) =>
  `<div><h3 class="m_8a5d1357 mantine-Title-root" data-order="3" style="--title-fw: var(--mantine-h3-font-weight); --title-lh: var(--mantine-h3-line-height); --title-fz: var(--mantine-h3-font-size); margin-bottom: var(--mantine-spacing-md);">${title}</h3><div class="m_6d731127 mantine-Stack-root" style="--stack-gap: var(--mantine-spacing-md); --stack-align: stretch; --stack-justify: flex-start;">${body}</div></div>`;

const therapy = (i: 0 | 1) => {
  const t = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => ISO_THERAPIES[`priorTherapies.${i}.${k}`];
  return group(
    'Prior therapy',
    `${text('5.1', 'Medication', t('drug'))}${text('5.2', 'Dose', t('dose'))}${text('5.3', 'Start date', t('start'), { type: 'date' })}${text('5.4', 'Stop date', t('stop'), { type: 'date' })}${text('5.5', 'Outcome', t('outcome'))}`,
  );
};

const form = (body: string, tail = '') =>
  `<div class="m_7485cace mantine-Container-root"><form data-testid="questionnaire-form"><h1 class="m_8a5d1357 mantine-Title-root" data-order="1">Ilaris (canakinumab) prior authorization</h1><div class="m_6d731127 mantine-Stack-root">${body}</div><div class="m_4081bf90 mantine-Group-root" style="--group-gap: var(--mantine-spacing-xs); --group-justify: flex-end; margin-top: var(--mantine-spacing-xl);"><button class="mantine-focus-auto mantine-active m_77c9d27d mantine-Button-root m_87cf2631 mantine-UnstyledButton-root" data-variant="filled" type="submit"><span class="m_80f1301b mantine-Button-inner"><span class="m_811560b9 mantine-Button-label">Submit</span></span></button></div></form></div>${tail}`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Medplum QuestionnaireForm (Mantine 7): FormSection labels, NativeSelect, MultiSelect pills, Radio.Group, QuantityInput', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        [
          group(
            'Patient',
            `${text('1.1', 'Member ID', ISO_REQUEST['patient.memberId'], { required: true })}${text('1.2', 'Date of birth', ISO_REQUEST['patient.dob'], { type: 'date' })}${quantity('1.3', 'Weight', '72', 'kg')}`,
          ),
          group('Diagnosis', multiSelect('2.1', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, 'mantine-r7').html),
          group(
            'Medication',
            `${dropDown('3.1', 'Drug name', ISO_REQUEST['drug.name'], DRUGS)}${text('3.2', 'HCPCS code', ISO_REQUEST['drug.hcpcs'])}${text('3.3', 'NDC', ISO_REQUEST['drug.ndc'])}${text('3.4', 'Dose (mg)', '150', { type: 'number' })}${text('3.5', 'Billing units', '150', { type: 'number' })}${radios('3.6', 'Frequency', 'id-14', 'Every 4 weeks', FREQ)}`,
          ),
          group(
            'Labs',
            `${text('4.1', 'CRP (mg/L)', '24', { type: 'number' })}${text('4.2', 'CRP collection date', ISO_REQUEST['labs.crpDate'], { type: 'date' })}`,
          ),
          `${therapy(0)}${therapy(1)}<a class="mantine-focus-auto m_849cf0da mantine-Anchor-root m_b6d8b162 mantine-Text-root" data-underline="hover">Add Group: Prior therapy</a>`,
          group(
            'Prescriber',
            `${text('6.1', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], { required: true })}<p>Attach chart notes supporting the diagnosis.</p>`,
          ),
        ].join(''),
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES, 'patient.weightUnit': 'kg' });
    expect(units()).toMatchObject({ 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a required TextInput by its FormSection label, without the asterisk', () => {
    page(form(group('Patient', text('1.1', 'Member ID', ISO_REQUEST['patient.memberId'], { required: true }))));
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a QuantityInput by its value box (id = linkId), its unit from the Unit box and nothing from the comparator', () => {
    page(form(group('Patient', quantity('1.3', 'Weight', '72', 'kg'))));
    // the Unit box is a field of its own, read as the weight's unit (as unit selects beside a quantity are)
    expect(read()).toEqual({ 'patient.weight': '72', 'patient.weightUnit': 'kg' });
    nothingFrom('[data-testid="1.3-comparator"]');
  });

  it('reads a drop-down NativeSelect by its chosen text, and its blank first option as empty', () => {
    page(
      form(
        group('Medication', `${dropDown('3.1', 'Drug name', ISO_REQUEST['drug.name'], DRUGS)}${dropDown('3.6', 'Frequency', '', FREQ)}`),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.frequency': '' });
  });

  it('reads a Radio.Group (named by the response id, its FormSection label linked to nothing) by its checked option', () => {
    page(
      form(
        group(
          'Medication',
          `${radios('3.6', 'Frequency', 'id-14', 'Every 8 weeks', FREQ)}${text('6.1', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
  });

  it('reads a MultiSelect as its pills, and nothing from its hidden input or its open dropdown at the end of body', () => {
    const m = multiSelect('2.1', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, 'mantine-r7', true);
    page(form(group('Diagnosis', m.html), m.dropdown));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('[data-portal]');
  });

  it('reads an empty MultiSelect (its "Select items" placeholder is no value) as empty', () => {
    page(form(group('Diagnosis', multiSelect('2.1', 'ICD-10 codes', [], CODES, 'mantine-r7').html)));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads the repeated "Prior therapy" groups as two therapies, not the "Add Group" anchor', () => {
    page(
      form(
        `${therapy(0)}${therapy(1)}<a class="mantine-focus-auto m_849cf0da mantine-Anchor-root" data-underline="hover">Add Group: Prior therapy</a>`,
      ),
    );
    expect(read()).toEqual(ISO_THERAPIES);
  });

  it('reads an empty required TextInput showing its error as empty, and names the next one by its own label', () => {
    page(
      form(
        group(
          'Prescriber',
          `${text('6.1', 'Prescriber NPI', '', { required: true, error: 'Required' })}${text('1.1', 'Member ID', ISO_REQUEST['patient.memberId'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'patient.memberId': ISO_REQUEST['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });
});
