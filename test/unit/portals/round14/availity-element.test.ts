import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Availity element (@availity/element 3.x: Availity/element at 332a9ab) as a payer-portal PA form:
 * - packages/textfield/src/lib/TextField.tsx: MUI TextField (outlined) with `inputLabel` = form-utils FormLabel
 *   (shrink), `htmlInput` `aria-required`, `notched: false` (form-utils Input.tsx InputPropOverrides) and a helper
 *   text slot ALWAYS drawn (`helperText || <></>`, component div) through form-utils FormHelperText.tsx: a
 *   WarningTriangleIcon (FaSvgIcon, `role=img`, `aria-hidden=false`, `<title>Error</title>`) before the text, shown
 *   by the theme only on error. The label gets `id=<id>-label`, the input `aria-describedby=<id>-helper-text`.
 * - form-utils FormLabel.tsx: `div.MuiFormLabel-avWrapper` > MUI FormLabel `label[for][id]` (MUI's asterisk span
 *   `aria-hidden` " *" when required).
 * - form-utils Select.tsx (TextField `select`): MUI Select's `div.MuiSelect-select[role=combobox]
 *   [aria-haspopup=listbox][aria-controls=""][aria-labelledby="<id>-label <id>"]` + hidden `input.MuiSelect-
 *   nativeInput`, the icon a Stack of `hr.MuiSelect-avEndAdornmentDivider` + expand icon.
 * - packages/autocomplete/src/lib/Autocomplete.tsx: MUI Autocomplete (size small, fullWidth) rendering the Availity
 *   TextField, `aria-controls=""` forced on the input, popup indicator preceded by the divider; multiple values as
 *   MUI Chips (`div.MuiChip-root.MuiAutocomplete-tag[role=button][tabindex=-1]` + CancelIcon).
 * - packages/datepicker/src/lib/Datepicker.tsx + PickersTextField.tsx: MUI X 8 DatePicker with the accessible DOM
 *   structure: `div.MuiPickersInputBase-root[role=group]` of month/day/year `span[role=spinbutton]
 *   [contenteditable]` sections, the "Choose date" button (CalendarDaysIcon), then the hidden
 *   `input[aria-hidden][tabindex=-1]` holding "MM/DD/YYYY" text, and the outline's legend repeating the label.
 * - packages/table: MUI Table; therapies as TextFields with aria-labels in cells.
 * Emotion classes are `css-…` stand-ins.
 */

const svg = (vb: string, extra = '') =>
  `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeInherit css-1cw4hi4" focusable="false" viewBox="${vb}" role="img"${extra}><path d="M256 32c14.2 0 27.3 7.5 34.5 19.8"></path>`;
const errorIcon = `${svg('0 0 512 512', ' aria-hidden="false" style="margin-right: 4px;"')}<title>Error</title></svg>`;
const legend = (label: string, required?: boolean) =>
  `<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-igs3ac"><legend class="css-yjsfm1"><span>${label}${required ? '&thinsp;*' : ''}</span></legend></fieldset>`;

type O = { required?: boolean; helper?: string; error?: string; disabled?: boolean };

const label = (id: string, text: string, o: O, filled = true) =>
  `<div class="MuiFormLabel-avWrapper css-1xk0kbj"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-outlined MuiFormLabel-colorPrimary${filled ? ' MuiFormLabel-filled' : ''}${o.error ? ' Mui-error' : ''}${o.required ? ' Mui-required' : ''} css-1yrymlm" data-shrink="true" id="${id}-label" for="${id}">${text}${
    o.required
      ? `<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk${o.error ? ' Mui-error' : ''} css-sp68t1">&thinsp;*</span>`
      : ''
  }</label></div>`;
const helper = (id: string, o: O) =>
  `<div id="${id}-helper-text" class="MuiFormHelperText-root MuiFormHelperText-sizeMedium MuiFormHelperText-contained${o.error ? ' Mui-error' : ''}${o.required ? ' Mui-required' : ''} css-k4qjio">${errorIcon}${o.error ?? o.helper ?? ''}</div>`;
const root = (cls: string, inner: string) => `<div class="MuiFormControl-root MuiFormControl-fullWidth ${cls} css-1u3bzj6">${inner}</div>`;
const inputRoot = (inner: string, o: O, extra = '') =>
  `<div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary${o.error ? ' Mui-error' : ''}${o.disabled ? ' Mui-disabled' : ''} MuiInputBase-fullWidth MuiInputBase-formControl${extra} css-1blp12k">${inner}</div>`;

const textField = (id: string, text: string, value: string, o: O = {}) =>
  root(
    'MuiTextField-root',
    `${label(id, text, o, !!value)}${inputRoot(
      `<input aria-invalid="${!!o.error}"${o.required ? ' aria-required="true"' : ''} id="${id}" type="text"${o.disabled ? ' disabled=""' : ''} aria-describedby="${id}-helper-text" class="MuiInputBase-input MuiOutlinedInput-input${o.disabled ? ' Mui-disabled' : ''} css-16wblaj" value="${value}">${legend(text, o.required)}`,
      o,
    )}${helper(id, o)}`,
  );

const expandIcon = `${svg('0 0 448 512', ' aria-hidden="true" class="MuiSelect-avExpandIcon"')}</svg>`;
const divider = `<hr class="MuiDivider-root MuiDivider-fullWidth MuiDivider-vertical MuiSelect-avEndAdornmentDivider css-1k7b9b7">`;

const select = (id: string, text: string, shown: string, value: string, o: O = {}) =>
  root(
    'MuiTextField-root',
    `${label(id, text, o, !!value)}${inputRoot(
      `<div tabindex="0" role="combobox" aria-controls="" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${id}-label ${id}" aria-describedby="${id}-helper-text" id="${id}" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input css-w4ikna">${shown || '<span class="notranslate" aria-hidden="true">&#8203;</span>'}</div><input aria-invalid="false" name="${id}" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput css-j0riat" value="${value}"><div class="MuiStack-root MuiSelect-icon MuiSelect-iconOutlined css-1cyrfj5">${divider}${expandIcon}</div>${legend(text, o.required)}`,
      o,
    )}${helper(id, o)}`,
  );

/** Availity Autocomplete: single value in the input, or Chips before it (multiple) */
const autocomplete = (id: string, text: string, value: string | string[], o: O = {}) => {
  const chips = Array.isArray(value) ? value : [];
  const shown = Array.isArray(value) ? '' : value;
  const has = chips.length > 0 || !!shown;
  return `<div class="MuiAutocomplete-root MuiAutocomplete-fullWidth${has ? ' MuiAutocomplete-hasClearIcon' : ''} MuiAutocomplete-hasPopupIcon css-1h51icj">${root(
    'MuiTextField-root',
    `${label(id, text, o, has)}${inputRoot(
      `${chips
        .map(
          (c, i) =>
            `<div class="MuiButtonBase-root MuiChip-root MuiChip-filled MuiChip-sizeSmall MuiChip-colorDefault MuiChip-deletable MuiChip-deletableColorDefault MuiChip-filledDefault MuiAutocomplete-tag MuiAutocomplete-tagSizeSmall css-1mlkemx" tabindex="-1" role="button" data-item-index="${i}"><span class="MuiChip-label MuiChip-labelSmall css-b9zgoq">${c}</span><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiChip-deleteIcon MuiChip-deleteIconSmall MuiChip-deleteIconColorDefault MuiChip-deleteIconFilledColorDefault css-1bsbw8u" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CancelIcon"><path d="M12 2C6.47 2 2 6.47 2 12"></path></svg></div>`,
        )
        .join(
          '',
        )}<input aria-invalid="false" autocomplete="off" id="${id}" type="text" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall MuiAutocomplete-input MuiAutocomplete-inputFocused css-1ei9cgz" aria-autocomplete="list" aria-expanded="false" autocapitalize="none" spellcheck="false" role="combobox" aria-controls="" aria-describedby="${id}-helper-text" value="${shown}"><div class="MuiAutocomplete-endAdornment css-mxgb5p">${
        has
          ? `<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiAutocomplete-clearIndicator css-1uuwv5x" tabindex="-1" type="button" aria-label="Clear" title="Clear"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall css-1k33q06" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CloseIcon"><path d="M19 6.41 17.59 5"></path></svg></button>`
          : ''
      }${divider}<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiAutocomplete-popupIndicator css-1m0b7oo" tabindex="-1" type="button" aria-label="Open" title="Open">${expandIcon}</button></div>${legend(text, o.required)}`,
      o,
      ` MuiInputBase-sizeSmall${chips.length ? ' MuiInputBase-adornedStart' : ''} MuiInputBase-adornedEnd MuiAutocomplete-inputRoot`,
    )}${helper(id, o)}`,
  )}</div>`;
};

/** MUI X 8 DatePicker, accessible DOM: spinbutton sections + hidden input */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const datepicker = (id: string, text: string, mdy: string, o: O = {}) => {
  const [m, d, y] = mdy ? mdy.split('/') : ['', '', ''];
  const section = (i: number, name: string, v: string, ph: string, min: number, max: number, after: string, valuetext: string) =>
    `<span class="MuiPickersSectionList-section MuiPickersInputBase-section css-1hqz4ry" data-sectionindex="${i}"><span class="MuiPickersSectionList-sectionBefore MuiPickersInputBase-sectionBefore css-pl8gqh"></span><span class="MuiPickersSectionList-sectionContent MuiPickersInputBase-sectionContent css-1d3f0uc" role="spinbutton" contenteditable="true" tabindex="${i === 0 ? 0 : -1}" spellcheck="false" autocapitalize="off" autocorrect="off" enterkeyhint="next" inputmode="numeric" aria-labelledby="${id}-label" aria-label="${name}" aria-readonly="false"${v ? ` aria-valuenow="${Number(v)}"` : ''} aria-valuemin="${min}" aria-valuemax="${max}" aria-valuetext="${v ? valuetext : 'Empty'}" aria-disabled="false">${v || ph}</span><span class="MuiPickersSectionList-sectionAfter MuiPickersInputBase-sectionAfter css-1t2a3w6">${after}</span></span>`;
  return root(
    'MuiPickersTextField-root',
    `${label(id, text, o, !!mdy)}<div class="MuiPickersInputBase-root MuiPickersOutlinedInput-root MuiPickersInputBase-colorPrimary MuiPickersInputBase-adornedEnd css-1ikn5am" role="group" aria-labelledby="${id}-label"><div class="MuiPickersSectionList-root MuiPickersInputBase-sectionsContainer MuiPickersOutlinedInput-sectionsContainer css-1x3k3wa" tabindex="-1" contenteditable="false">${section(0, 'Month', m!, 'MM', 1, 12, '/', m ? MONTHS[Number(m) - 1]! : '')}${section(1, 'Day', d!, 'DD', 1, 31, '/', d ? String(Number(d)) : '')}${section(2, 'Year', y!, 'YYYY', 1, 9999, '', y!)}</div><div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium css-1nvf7g0"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeEnd MuiIconButton-sizeMedium css-slyssw" tabindex="0" type="button" aria-label="${mdy ? `Choose date, selected date is ${MONTHS[Number(m) - 1]!.slice(0, 3)} ${Number(d)}, ${y}` : 'Choose date'}">${svg('0 0 448 512', ' aria-hidden="true"')}</svg></button></div><input aria-invalid="false"${o.required ? ' aria-required="true"' : ''} value="${mdy}" tabindex="-1" aria-hidden="true" class="MuiPickersInputBase-input MuiPickersOutlinedInput-input css-1dbx5c5" id="${id}">${legend(text, o.required).replace('MuiOutlinedInput-notchedOutline', 'MuiPickersOutlinedInput-notchedOutline')}</div>${helper(id, o)}`,
  );
};

const cellField = (id: string, aria: string, value: string) =>
  root(
    'MuiTextField-root',
    inputRoot(
      `<input aria-invalid="false" aria-label="${aria}" id="${id}" type="text" aria-describedby="${id}-helper-text" class="MuiInputBase-input MuiOutlinedInput-input css-16wblaj" value="${value}"><fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-igs3ac"><legend class="css-w4cd9x"><span class="notranslate" aria-hidden="true">&#8203;</span></legend></fieldset>`,
      {},
    ) + helper(id, {}),
  );
const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const therapyTable = (rows: string[][]) =>
  `<div class="MuiTableContainer-root css-13xy2my"><table class="MuiTable-root css-1yz9dvs" aria-label="Prior therapies"><thead class="MuiTableHead-root css-1wbz3t9"><tr class="MuiTableRow-root MuiTableRow-head css-1gqug66">${COLS.map(
    (h) => `<th class="MuiTableCell-root MuiTableCell-head MuiTableCell-sizeMedium css-1bfnuhs" scope="col">${h}</th>`,
  ).join('')}</tr></thead><tbody class="MuiTableBody-root css-1xnox0e">${rows
    .map(
      (r, i) =>
        `<tr class="MuiTableRow-root css-1gqug66">${r.map((v, j) => `<td class="MuiTableCell-root MuiTableCell-body MuiTableCell-sizeMedium css-1ay3cpf">${cellField(`therapy-${i}-${j}`, `${COLS[j]} ${i + 1}`, v)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;

const card = (title: string, body: string) =>
  `<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root css-1v2yb1v"><div class="MuiCardHeader-root css-185gdzj"><div class="MuiCardHeader-content css-1qbkelo"><h2 class="MuiTypography-root MuiTypography-h5 MuiCardHeader-title css-1h12slr">${title}</h2></div></div><div class="MuiCardContent-root css-1qw96cp"><div class="MuiGrid-root MuiGrid-container MuiGrid-direction-xs-column css-1fbx5fo">${body}</div></div></div>`;
const portal = (body: string) =>
  `<div id="root"><div class="MuiContainer-root MuiContainer-maxWidthLg css-1qsxih2"><header class="MuiBox-root css-0"><nav aria-label="breadcrumbs" class="MuiTypography-root MuiTypography-body1 MuiBreadcrumbs-root css-1b9pj2"><ol class="MuiBreadcrumbs-ol css-nhb8h9"><li class="MuiBreadcrumbs-li"><a class="MuiTypography-root MuiLink-root" href="/">Home</a></li><li aria-hidden="true" class="MuiBreadcrumbs-separator">/</li><li class="MuiBreadcrumbs-li"><span>Authorizations</span></li></ol></nav><h1 class="MuiTypography-root MuiTypography-h1 css-1dfdl2u">Authorization request</h1></header><form novalidate="">${body}<button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary css-1hw9j7s" tabindex="0" type="submit">Submit</button></form></div></div>`;

const FREQ_VALUES: Record<string, string> = { 'Every 4 weeks': 'q4w', 'Every 8 weeks': 'q8w', Once: 'once' };

describe('Availity element (MUI-based): TextField, Select, Autocomplete chips, MUI X Datepicker sections, Table', () => {
  it('reads the full Ilaris request', () => {
    page(
      portal(
        [
          card(
            'Member',
            `${textField('member-id', 'Member ID', ILARIS['patient.memberId'], { required: true, helper: "As shown on the member's card" })}${datepicker('dob', 'Date of birth', ILARIS['patient.dob'], { required: true })}${textField('weight', 'Weight (kg)', '72')}`,
          ),
          card('Diagnosis', autocomplete('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], { required: true })),
          card(
            'Service',
            `${autocomplete('drug-name', 'Drug name', ILARIS['drug.name'])}${textField('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textField('ndc', 'NDC', ILARIS['drug.ndc'])}${textField('dose', 'Dose (mg)', '150')}${textField('units', 'Billing units', '150')}${select('frequency', 'Frequency', 'Every 4 weeks', 'q4w')}`,
          ),
          card(
            'Clinical',
            `${textField('crp', 'CRP (mg/L)', '24')}${datepicker('crp-date', 'CRP collection date', ILARIS['labs.crpDate'])}`,
          ),
          card('Prior therapies', therapyTable(THERAPY_ROWS)),
          card('Provider', textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })),
        ].join(''),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a required TextField by its label, not its asterisk, helper text or the legend repeating it', () => {
    page(
      portal(
        card(
          'Member',
          `${textField('member-id', 'Member ID', ILARIS['patient.memberId'], { required: true, helper: "As shown on the member's card" })}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an empty required TextField with its error as empty, and a disabled one by its value', () => {
    page(
      portal(
        card(
          'Provider',
          `${textField('npi', 'Prescriber NPI', '', { required: true, error: 'This field is required' })}${textField('member-id', 'Member ID', ILARIS['patient.memberId'], { disabled: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads a Select by its shown text, not the hidden native input, and an empty one as empty', () => {
    page(
      portal(
        card(
          'Service',
          `${select('frequency', 'Frequency', 'Every 8 weeks', FREQ_VALUES['Every 8 weeks']!)}${select('drug-name', 'Drug name', '', '')}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
    nothingFrom('input.MuiSelect-nativeInput');
  });

  it('reads a multiple Autocomplete as its chips and a single one by its input', () => {
    page(
      portal(
        card(
          'Diagnosis',
          `${autocomplete('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'])}${autocomplete('drug-name', 'Drug name', ILARIS['drug.name'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.name': ILARIS['drug.name'] });
  });

  it('takes nothing from an open Autocomplete popper at the end of body', () => {
    const open = autocomplete('icd10', 'ICD-10 codes', ['M04.1'])
      .replace('aria-expanded="false"', 'aria-expanded="true"')
      .replace('aria-controls=""', 'aria-controls="icd10-listbox"')
      .replace('aria-label="Open" title="Open"', 'aria-label="Close" title="Close"');
    const popper = `<div class="MuiPopper-root MuiAutocomplete-popper css-1mtsuo7" role="presentation" data-popper-placement="bottom" style="position: absolute; inset: 0px auto auto 0px; width: 480px; margin: 0px; transform: translate(24px, 318px);"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiAutocomplete-paper css-1u0n3rk"><ul role="listbox" id="icd10-listbox" aria-labelledby="icd10-label" aria-multiselectable="true" class="MuiAutocomplete-listbox css-1ge3wpz">${[
      'M04.1',
      'M06.1',
      'M04.8',
    ]
      .map(
        (v, i) =>
          `<li tabindex="-1" role="option" id="icd10-option-${i}" data-option-index="${i}" aria-disabled="false" aria-selected="${v === 'M04.1'}" class="MuiAutocomplete-option${i === 0 ? ' Mui-focused' : ''}">${v}</li>`,
      )
      .join('')}</ul></div></div>`;
    page(portal(card('Diagnosis', open)) + popper);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('.MuiAutocomplete-popper');
  });

  it('reads an empty multiple Autocomplete as empty', () => {
    page(portal(card('Diagnosis', autocomplete('icd10', 'ICD-10 codes', []))));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a Datepicker (spinbutton sections + hidden input) once as its date, and an empty one (MM/DD/YYYY) as empty', () => {
    page(
      portal(
        card('Member', `${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datepicker('crp-date', 'CRP collection date', '')}`),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    noDuplicatePaths();
  });

  it('reads the therapy table of aria-labelled TextFields under its column headers', () => {
    page(portal(card('Prior therapies', therapyTable(THERAPY_ROWS))));
    expect(read()).toEqual(THERAPIES);
  });
});
