import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Material-UI v4.12 (JSS class names `Mui…-root` without the v5 `css-` hashes; mui/material-ui at
 * f3058db, packages/material-ui/src/Select/SelectInput.js: the display `div.MuiSelect-root.MuiSelect-select
 * .MuiSelect-selectMenu.MuiInputBase-input[role=button][aria-haspopup=listbox]
 * [aria-labelledby="<labelId> <buttonId>"][tabindex=0]` showing the chosen text (multiple joined by
 * ", ", a zero-width space when empty), then `input.MuiSelect-nativeInput[aria-hidden][tabindex=-1]`
 * holding the value, the `svg.MuiSelect-icon`, and the Menu (a Popover portal) only while open;
 * @material-ui/lab's useAutocomplete v4 (root `role=combobox aria-expanded aria-owns`, input
 * `id`, `aria-autocomplete=list`, label `id=<id>-label for=<id>`), Autocomplete tags
 * `div.MuiChip-root.MuiAutocomplete-tag.MuiChip-deletable[role=button][tabindex=-1][data-tag-index]`
 * > `span.MuiChip-label` + `svg.MuiChip-deleteIcon`, the clear and popup indicator buttons
 * ("Clear", "Open"); TextField: `div.MuiFormControl-root.MuiTextField-root` > `label.MuiFormLabel-root
 * .MuiInputLabel-root[for][id]` + `div.MuiInputBase-root.MuiInput-root.MuiInput-underline` > input +
 * `p.MuiFormHelperText-root[id=<id>-helper-text]`; @material-ui/pickers v3 KeyboardDatePicker: a
 * TextField whose input shows "MM/dd/yyyy" text, with an end `div.MuiInputAdornment-root` holding
 * `button[aria-label="change date"]` and helper "Invalid Date Format" while invalid). SelectInput
 * and useAutocomplete's props were read; the Autocomplete's chip/indicator markup and the pickers'
 * KeyboardDatePicker are modelled from memory of v4 pages (JSS class names).
 */

const svg = (cls: string, extra = '') =>
  `<svg class="MuiSvgIcon-root ${cls}" focusable="false" viewBox="0 0 24 24" aria-hidden="true"${extra}><path d="M7 10l5 5 5-5z"></path></svg>`;

const helperText = (id: string, text?: string, error = false) =>
  text
    ? `<p class="MuiFormHelperText-root${error ? ' Mui-error' : ''}${text ? ' MuiFormHelperText-filled' : ''}" id="${id}-helper-text">${text}</p>`
    : '';

const textField = (
  id: string,
  label: string,
  value: string,
  o: { helper?: string; error?: boolean; end?: string; placeholder?: string } = {},
) =>
  `<div class="MuiFormControl-root MuiTextField-root MuiFormControl-fullWidth"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated${value || o.placeholder ? ' MuiInputLabel-shrink MuiFormLabel-filled' : ''}${o.error ? ' Mui-error' : ''}" data-shrink="${value || o.placeholder ? 'true' : 'false'}" for="${id}" id="${id}-label">${label}</label><div class="MuiInputBase-root MuiInput-root MuiInput-underline MuiInputBase-fullWidth MuiInputBase-formControl MuiInput-formControl${o.end ? ' MuiInputBase-adornedEnd' : ''}${o.error ? ' Mui-error' : ''}"><input aria-invalid="${o.error ? 'true' : 'false'}"${o.helper ? ` aria-describedby="${id}-helper-text"` : ''} id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} type="text" class="MuiInputBase-input MuiInput-input${o.end ? ' MuiInputBase-inputAdornedEnd' : ''}" value="${value}">${
    o.end ? `<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd">${o.end}</div>` : ''
  }</div>${helperText(id, o.helper, o.error)}</div>`;

const unitText = (u: string) => `<p class="MuiTypography-root MuiTypography-body1 MuiTypography-colorTextSecondary">${u}</p>`;

/** TextField select (Select with labelId), closed */
const select = (id: string, label: string, chosen: string[], o: { multiple?: boolean; disabled?: boolean } = {}) => {
  const shown = chosen.join(', ');
  return `<div class="MuiFormControl-root MuiTextField-root MuiFormControl-fullWidth"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated${shown ? ' MuiInputLabel-shrink MuiFormLabel-filled' : ''}${o.disabled ? ' Mui-disabled' : ''}" data-shrink="${shown ? 'true' : 'false'}" for="${id}" id="${id}-label">${label}</label><div class="MuiInputBase-root MuiInput-root MuiInput-underline MuiInputBase-fullWidth MuiInputBase-formControl MuiInput-formControl${o.disabled ? ' Mui-disabled' : ''}"><div class="MuiSelect-root MuiSelect-select MuiSelect-selectMenu MuiInputBase-input MuiInput-input${o.disabled ? ' Mui-disabled' : ''}"${o.disabled ? ' aria-disabled="true"' : ' tabindex="0"'} role="button" aria-haspopup="listbox" aria-labelledby="${id}-label mui-component-select-${id}" id="mui-component-select-${id}">${
    shown || '<span>&#8203;</span>'
  }</div><input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" id="${id}" value="${chosen.join(',')}"${o.disabled ? ' disabled=""' : ''}>${svg(`MuiSelect-icon${o.disabled ? ' Mui-disabled' : ''}`)}</div></div>`;
};

/** lab Autocomplete (multiple: tags) */
const autocomplete = (id: string, label: string, o: { tags?: string[]; text?: string; placeholder?: string }) => {
  const tags = o.tags ?? [];
  const filled = tags.length > 0 || !!o.text;
  return `<div class="MuiAutocomplete-root MuiAutocomplete-fullWidth${filled ? ' MuiAutocomplete-hasClearIcon' : ''} MuiAutocomplete-hasPopupIcon" role="combobox" aria-expanded="false"><div class="MuiFormControl-root MuiTextField-root MuiFormControl-fullWidth"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated${filled || o.placeholder ? ' MuiInputLabel-shrink' : ''}${filled ? ' MuiFormLabel-filled' : ''}" data-shrink="${filled || o.placeholder ? 'true' : 'false'}" for="${id}" id="${id}-label">${label}</label><div class="MuiInputBase-root MuiInput-root MuiInput-underline MuiAutocomplete-inputRoot MuiInputBase-fullWidth MuiInputBase-formControl MuiInput-formControl MuiInputBase-adornedEnd">${tags
    .map(
      (t, i) =>
        `<div role="button" class="MuiChip-root MuiAutocomplete-tag MuiChip-deletable" tabindex="-1" data-tag-index="${i}"><span class="MuiChip-label">${t}</span>${svg('MuiChip-deleteIcon')}</div>`,
    )
    .join(
      '',
    )}<input aria-invalid="false" autocomplete="off" id="${id}"${o.placeholder && !tags.length ? ` placeholder="${o.placeholder}"` : ''} type="text" class="MuiInputBase-input MuiInput-input MuiAutocomplete-input MuiAutocomplete-inputFocused MuiInputBase-inputAdornedEnd" aria-autocomplete="list" autocapitalize="none" spellcheck="false" value="${o.text ?? ''}"><div class="MuiAutocomplete-endAdornment">${
    filled
      ? `<button class="MuiButtonBase-root MuiIconButton-root MuiAutocomplete-clearIndicator" tabindex="-1" type="button" aria-label="Clear" title="Clear"><span class="MuiIconButton-label">${svg('MuiSvgIcon-fontSizeSmall')}</span></button>`
      : ''
  }<button class="MuiButtonBase-root MuiIconButton-root MuiAutocomplete-popupIndicator" tabindex="-1" type="button" aria-label="Open" title="Open"><span class="MuiIconButton-label">${svg('')}</span></button></div></div></div></div>`;
};

/** @material-ui/pickers KeyboardDatePicker */
const keyboardDate = (id: string, label: string, value: string, invalid = false) =>
  textField(id, label, value, {
    placeholder: 'MM/DD/YYYY',
    error: invalid,
    helper: invalid ? 'Invalid Date Format' : undefined,
    end: `<button class="MuiButtonBase-root MuiIconButton-root" tabindex="0" type="button" aria-label="change date"><span class="MuiIconButton-label">${svg('')}</span><span class="MuiTouchRipple-root"></span></button>`,
  });

const paper = (title: string, body: string) =>
  `<div class="MuiPaper-root MuiCard-root MuiPaper-elevation1 MuiPaper-rounded"><div class="MuiCardHeader-root"><div class="MuiCardHeader-content"><span class="MuiTypography-root MuiCardHeader-title MuiTypography-h5 MuiTypography-displayBlock">${title}</span></div></div><div class="MuiCardContent-root">${body}</div></div>`;
const form = (body: string) =>
  `<div id="root"><main class="MuiContainer-root MuiContainer-maxWidthMd"><form novalidate="">${body}<button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary" tabindex="0" type="submit"><span class="MuiButton-label">Submit request</span></button></form></main></div>`;

describe('Material-UI v4: TextField, Select, lab Autocomplete with tags, pickers KeyboardDatePicker', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${paper('Member', `${textField('memberId', 'Member ID', ILARIS['patient.memberId'])}${keyboardDate('dob', 'Date of birth', ILARIS['patient.dob'])}${textField('weight', 'Weight', '72', { end: unitText('kg') })}`)}
        ${paper('Diagnosis', autocomplete('icd', 'ICD-10 codes', { tags: ['M04.1', 'M06.1'], placeholder: 'Add a code' }))}
        ${paper(
          'Medication',
          `${autocomplete('drugName', 'Drug name', { text: ILARIS['drug.name'] })}${textField('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textField('ndc', 'NDC', ILARIS['drug.ndc'])}${textField('dose', 'Dose', '150')}${select('doseUnit', 'Dose unit', ['mg'])}${textField('units', 'Billing units', '150')}${select('frequency', 'Frequency', ['Every 4 weeks'])}`,
        )}
        ${paper('Labs', `${textField('crp', 'CRP', '24', { end: unitText('mg/L') })}${keyboardDate('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${paper('Prescriber', textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.doseUnit': 'mg',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads a v4 Select by its MuiSelect-root text, not its aria-hidden native input', () => {
    page(form(select('frequency', 'Frequency', ['Every 4 weeks'])));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('.MuiSelect-nativeInput');
  });

  it('names a v4 Select by its InputLabel alone in messages, not with its value', () => {
    page(form(select('frequency', 'Frequency', ['Every 4 weeks'])));
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads an empty Select (a zero-width space) and a multiple Select (joined by ", ")', () => {
    page(form(`${select('drugName', 'Drug name', [])}${select('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { multiple: true })}`));
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a disabled Select (no tabindex, aria-disabled) by its text', () => {
    page(form(select('frequency', 'Frequency', ['Every 8 weeks'], { disabled: true })));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads Autocomplete tags (MuiChip role=button with a delete icon) before its input, not Clear/Open', () => {
    page(form(autocomplete('icd', 'ICD-10 codes', { tags: ['M04.1', 'M06.1'] })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads an empty Autocomplete (its placeholder is no value) as empty', () => {
    page(form(autocomplete('icd', 'ICD-10 codes', { placeholder: 'Add a code' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a KeyboardDatePicker by its text, and an invalid one as typed, named by its label not its "Invalid Date Format" helper', () => {
    page(
      form(`${keyboardDate('dob', 'Date of birth', '03/14/1988')}${keyboardDate('crpDate', 'CRP collection date', '11/0_/2026', true)}`),
    );
    expect(read()).toEqual({ 'patient.dob': '03/14/1988', 'labs.crpDate': '11/0_/2026' });
    expect(field('labs.crpDate')?.label).toBe('CRP collection date');
  });
});
