import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * MUI Material v7 (7.x, mui/material-ui; the repository snapshot is too large to bring here and the code
 * index holds 6.0.0-rc.0 at fe4125e, so the v7 markup is written from the v7 component sources as released:
 * packages/mui-material/src/TextField, InputBase, OutlinedInput, Select/SelectInput.js, NativeSelect/NativeSelectInput.js,
 * Autocomplete/Autocomplete.js, Chip/Chip.js, FormControlLabel, FormGroup, RadioGroup, Checkbox, Radio,
 * internal/SwitchBase.js, Dialog/Dialog.js, Menu, Popover, Modal, Table) with MUI X v8 DatePicker
 * (mui/mui-x v8.29.0 = 72e8010, the accessible sectioned field, as round12/mui-x-date-pickers models it).
 * SelectInput.js as stored at 002a319 gives the combobox div `aria-controls` = the listbox's useId even while
 * closed (React 19's useId ids "_r_N_"), the Menu the id `menu-<name>`. What changed from v5/v6 in the markup: the Autocomplete input keeps `role=combobox` with chips as `div.MuiChip-root[role=button]
 * [data-item-index]` (v7.1 renderValue/getItemProps), and the DatePicker's default is the sectioned
 * `role=group` of spinbuttons with an aria-hidden input holding "MM/DD/YYYY".
 * - TextField (outlined): `div.MuiFormControl-root.MuiTextField-root` > `label[for=id][id=id-label]` >
 *   `div.MuiInputBase-root` > `input#id` + end adornment + `fieldset[aria-hidden]` whose legend repeats the
 *   label; helper text `p#id-helper-text`; required adds `span.MuiFormLabel-asterisk[aria-hidden]` " *".
 * - Select: `div[role=combobox][aria-haspopup=listbox][aria-labelledby="<label id> <id>"]` showing the chosen
 *   text (empty: `span.notranslate[aria-hidden]` with a zero-width space), `input.MuiSelect-nativeInput
 *   [aria-hidden][tabindex=-1]`, the ArrowDropDown svg. Open: `div.MuiPopover-root.MuiMenu-root[role=presentation]`
 *   at the end of body, `ul[role=listbox]` of `li[role=option][aria-selected]`, and `#root[aria-hidden=true]`.
 * - Native select (`slotProps.select.native`): `select.MuiNativeSelect-select#id` + `svg.MuiNativeSelect-icon`.
 * - FormControl component=fieldset > `legend.MuiFormLabel-root` > `div.MuiFormGroup-root` (RadioGroup:
 *   `[role=radiogroup][aria-labelledby]`) > `label.MuiFormControlLabel-root` > `span.MuiCheckbox-root`
 *   (`span.MuiRadio-root`) > `input.PrivateSwitchBase-input` + svg(s), then `span.MuiFormControlLabel-label`.
 * - Dialog: `div.MuiDialog-root.MuiModal-root[role=presentation]` at the end of body > backdrop, sentinels,
 *   `div.MuiDialog-container[role=presentation]` > `div.MuiPaper-root.MuiDialog-paper[role=dialog]
 *   [aria-labelledby]` > `h2.MuiDialogTitle-root`, `div.MuiDialogContent-root`, `div.MuiDialogActions-root`.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) =>
  `${d}${Math.floor(d / 10) === 1 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[d % 10] ?? 'th')}`;
const svg = (testid: string, cls: string) =>
  `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium ${cls}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="${testid}"><path d="M7 10l5 5 5-5z"></path></svg>`;
const outline = (label: string) =>
  `<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset>`;
const labelEl = (id: string, label: string, filled: boolean, required = false) =>
  `<label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary${filled ? ' MuiFormLabel-filled' : ''}${required ? ' Mui-required' : ''}" data-shrink="true" for="${id}" id="${id}-label">${label}${required ? '<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk"> *</span>' : ''}</label>`;

type Opts = { end?: string; adorned?: string; helper?: string; error?: boolean; required?: boolean; disabled?: boolean; size?: 'small' };
const formControl = (id: string, label: string, filled: boolean, inner: string, o: Opts = {}) =>
  `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root${o.error ? ' Mui-error' : ''}">${labelEl(id, label, filled, o.required)}<div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl${o.end ? ' MuiInputBase-adornedEnd' : ''}${o.adorned ?? ''}${o.error ? ' Mui-error' : ''}${o.disabled ? ' Mui-disabled' : ''}">${inner}${outline(label)}</div>${
    o.helper
      ? `<p class="MuiFormHelperText-root MuiFormHelperText-sizeMedium MuiFormHelperText-contained${o.error ? ' Mui-error' : ''}" id="${id}-helper-text">${o.helper}</p>`
      : ''
  }</div>`;
const textField = (id: string, label: string, value: string, o: Opts = {}) =>
  formControl(
    id,
    label,
    !!value,
    `<input aria-invalid="${!!o.error}" autocomplete="off" id="${id}"${o.helper ? ` aria-describedby="${id}-helper-text"` : ''}${o.required ? ' required=""' : ''}${o.disabled ? ' disabled=""' : ''} type="text" class="MuiInputBase-input MuiOutlinedInput-input${o.end ? ' MuiInputBase-inputAdornedEnd' : ''}" value="${value}">${o.end ?? ''}`,
    o,
  );
const unit = (u: string) =>
  `<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium"><p class="MuiTypography-root MuiTypography-body1">${u}</p></div>`;

/** Select (TextField select): the combobox div and its aria-hidden native input; `open` adds the Menu for the end of body */
const select = (id: string, label: string, value: string, options: string[], open = false) => ({
  html: formControl(
    id,
    label,
    !!value,
    `<div tabindex="0" role="combobox" aria-controls="_r_${id.replace(/:/g, '')}l_" aria-expanded="${open}" aria-haspopup="listbox" aria-labelledby="${id}-label ${id}" id="${id}" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input">${value || '<span class="notranslate" aria-hidden="true">\u200b</span>'}</div><input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="${value}">${svg('ArrowDropDownIcon', 'MuiSelect-icon MuiSelect-iconOutlined')}`,
  ),
  menu: `<div role="presentation" id="menu-" class="MuiPopover-root MuiMenu-root MuiModal-root"><div aria-hidden="true" class="MuiBackdrop-root MuiBackdrop-invisible MuiModal-backdrop"></div><div tabindex="0" data-testid="sentinelStart"></div><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation8 MuiPopover-paper MuiMenu-paper" tabindex="-1"><ul class="MuiList-root MuiList-padding MuiMenu-list" role="listbox" tabindex="-1" aria-labelledby="${id}-label" id="_r_${id.replace(/:/g, '')}l_">${options
    .map(
      (v) =>
        `<li class="MuiButtonBase-root MuiMenuItem-root MuiMenuItem-gutters${v === value ? ' Mui-selected' : ''}" tabindex="${v === value ? 0 : -1}" role="option" aria-selected="${v === value}" data-value="${v}">${v}<span class="MuiTouchRipple-root"></span></li>`,
    )
    .join('')}</ul></div><div tabindex="0" data-testid="sentinelEnd"></div></div>`,
});
const nativeSelect = (id: string, label: string, value: string, options: string[]) =>
  formControl(
    id,
    label,
    true,
    `<select class="MuiNativeSelect-select MuiNativeSelect-outlined MuiInputBase-input MuiOutlinedInput-input" id="${id}"><option value=""></option>${options
      .map((v) => `<option value="${v}"${v === value ? ' selected=""' : ''}>${v}</option>`)
      .join('')}</select>${svg('ArrowDropDownIcon', 'MuiNativeSelect-icon MuiNativeSelect-iconOutlined')}`,
  );

/** Autocomplete multiple: chips before the combobox input, clear and popup indicators in the end adornment */
const autocomplete = (id: string, label: string, chips: string[], o: { open?: string[]; typed?: string; limitTags?: number } = {}) => {
  const tags = chips
    .slice(0, o.limitTags ?? chips.length)
    .map(
      (c, i) =>
        `<div class="MuiButtonBase-root MuiChip-root MuiChip-filled MuiChip-sizeMedium MuiChip-colorDefault MuiChip-deletable MuiChip-deletableColorDefault MuiChip-filledDefault MuiAutocomplete-tag MuiAutocomplete-tagSizeMedium" tabindex="-1" role="button" data-item-index="${i}"><span class="MuiChip-label MuiChip-labelMedium">${c}</span>${svg('CancelIcon', 'MuiChip-deleteIcon MuiChip-deleteIconMedium MuiChip-deleteIconColorDefault MuiChip-deleteIconFilledColorDefault')}</div>`,
    )
    .join('')
    .concat(
      o.limitTags && chips.length > o.limitTags
        ? `<span class="MuiAutocomplete-tag MuiAutocomplete-tagSizeMedium">+${chips.length - o.limitTags}</span>`
        : '',
    );
  const html = `<div class="MuiAutocomplete-root MuiAutocomplete-fullWidth MuiAutocomplete-hasClearIcon MuiAutocomplete-hasPopupIcon">${formControl(
    id,
    label,
    chips.length > 0,
    `${tags}<input aria-invalid="false" autocomplete="off" id="${id}" type="text" class="MuiInputBase-input MuiOutlinedInput-input MuiAutocomplete-input MuiAutocomplete-inputFocused" aria-autocomplete="list" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${id}-listbox"` : ''} autocapitalize="none" spellcheck="false" role="combobox" value="${o.typed ?? ''}"><div class="MuiAutocomplete-endAdornment"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeMedium MuiAutocomplete-clearIndicator" tabindex="-1" type="button" aria-label="Clear" title="Clear">${svg('CloseIcon', 'MuiSvgIcon-fontSizeSmall')}</button><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeMedium MuiAutocomplete-popupIndicator" tabindex="-1" type="button" aria-label="${o.open ? 'Close' : 'Open'}" title="${o.open ? 'Close' : 'Open'}">${svg('ArrowDropDownIcon', '')}</button></div>`,
    { adorned: ' MuiInputBase-adornedEnd MuiAutocomplete-inputRoot' },
  )}</div>`;
  const popper = o.open
    ? `<div role="presentation" class="MuiPopper-root MuiAutocomplete-popper" style="position: absolute; inset: 0px auto auto 0px; width: 552px; margin: 0px;" data-popper-placement="bottom"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiAutocomplete-paper"><ul role="listbox" class="MuiAutocomplete-listbox" id="${id}-listbox" aria-labelledby="${id}-label" aria-multiselectable="true">${o.open
        .map(
          (v, i) =>
            `<li tabindex="-1" role="option" id="${id}-option-${i}" data-option-index="${i}" aria-disabled="false" aria-selected="${chips.includes(v)}" class="MuiAutocomplete-option">${v}</li>`,
        )
        .join('')}</ul></div></div>`
    : '';
  return { html, popper };
};

/** MUI X v8 DatePicker: the sectioned field (role=group of spinbuttons) with the aria-hidden input */
function datePicker(id: string, label: string, value: string, o: { helper?: string; error?: boolean } = {}): string {
  const [m = '', d = '', y = ''] = value ? value.split('/') : [];
  const spin = (i: number, type: 'month' | 'day' | 'year', v: string, after: string) => {
    const n = Number(v);
    const text = !v ? 'Empty' : type === 'month' ? MONTHS[n - 1] : type === 'day' ? ordinal(n) : v;
    return `<span class="MuiPickersSectionList-section" data-sectionindex="${i}"><span class="MuiPickersSectionList-sectionSeparator MuiPickersInputBase-sectionBefore"></span><span class="MuiPickersSectionList-sectionContent MuiPickersInputBase-sectionContent" aria-readonly="false"${v ? ` aria-valuenow="${n}"` : ''} aria-valuetext="${text}" aria-label="${type[0]!.toUpperCase()}${type.slice(1)}" aria-disabled="false" tabindex="${i === 0 ? 0 : -1}" contenteditable="true" role="spinbutton" spellcheck="false" autocapitalize="none" autocorrect="off" inputmode="numeric">${v || { month: 'MM', day: 'DD', year: 'YYYY' }[type]}</span><span class="MuiPickersSectionList-sectionSeparator MuiPickersInputBase-sectionAfter">${after}</span></span>`;
  };
  const aria = value ? `Choose date, selected date is ${MONTHS[Number(m) - 1]!.slice(0, 3)} ${Number(d)}, ${y}` : 'Choose date';
  return `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiPickersTextField-root MuiPickersTextField-variantOutlined${o.error ? ' Mui-error' : ''}">${labelEl(id, label, !!value)}<div class="MuiPickersInputBase-root MuiPickersOutlinedInput-root MuiPickersInputBase-adornedEnd" role="group" aria-labelledby="${id}-label"${o.helper ? ` aria-describedby="${id}-helper-text"` : ''} aria-invalid="${!!o.error}"><div class="MuiPickersSectionList-root MuiPickersInputBase-sectionsContainer" tabindex="-1">${spin(0, 'month', m, '/')}${spin(1, 'day', d, '/')}${spin(2, 'year', y, '')}</div><div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeEnd" tabindex="0" type="button" aria-label="${aria}">${svg('CalendarIcon', '')}</button></div><input class="MuiPickersInputBase-input MuiPickersOutlinedInput-input" value="${value}" id="${id}" aria-hidden="true" tabindex="-1"><fieldset aria-hidden="true" class="MuiPickersOutlined-notchedOutline"><legend><span>${label}</span></legend></fieldset></div>${
    o.helper
      ? `<p class="MuiFormHelperText-root MuiFormHelperText-contained${o.error ? ' Mui-error' : ''}" id="${id}-helper-text">${o.helper}</p>`
      : ''
  }</div>`;
}

const switchBase = (kind: 'checkbox' | 'radio', label: string, checked: boolean, name?: string) =>
  // the docs' groups name each Checkbox

  `<label class="MuiFormControlLabel-root MuiFormControlLabel-labelPlacementEnd"><span class="MuiButtonBase-root MuiSwitchBase-root Mui${kind === 'checkbox' ? 'Checkbox' : 'Radio'}-root Mui${kind === 'checkbox' ? 'Checkbox' : 'Radio'}-colorPrimary PrivateSwitchBase-root${checked ? ' Mui-checked' : ''}"><input class="PrivateSwitchBase-input MuiSwitchBase-input" type="${kind}" name="${name ?? label}"${kind === 'radio' ? ` value="${label}"` : ' data-indeterminate="false"'}${checked ? ' checked=""' : ''}>${
    kind === 'checkbox'
      ? svg(checked ? 'CheckBoxIcon' : 'CheckBoxOutlineBlankIcon', '')
      : `<span class="MuiRadio-icon">${svg('RadioButtonUncheckedIcon', '')}${svg('RadioButtonCheckedIcon', 'MuiRadio-iconChecked')}</span>`
  }<span class="MuiTouchRipple-root"></span></span><span class="MuiTypography-root MuiTypography-body1 MuiFormControlLabel-label">${label}</span></label>`;
const checkboxGroup = (legend: string, options: string[], checked: string[]) =>
  `<fieldset class="MuiFormControl-root"><legend class="MuiFormLabel-root MuiFormLabel-colorPrimary">${legend}</legend><div class="MuiFormGroup-root">${options.map((o) => switchBase('checkbox', o, checked.includes(o))).join('')}</div></fieldset>`;
const radioGroup = (id: string, legend: string, options: string[], chosen: string) =>
  `<div class="MuiFormControl-root"><label class="MuiFormLabel-root MuiFormLabel-colorPrimary" id="${id}">${legend}</label><div class="MuiFormGroup-root MuiFormGroup-row" role="radiogroup" aria-labelledby="${id}">${options.map((o) => switchBase('radio', o, o === chosen, `${id}-radio`)).join('')}</div></div>`;

const h6 = (t: string) => `<h6 class="MuiTypography-root MuiTypography-h6">${t}</h6>`;
const stack = (body: string) => `<div class="MuiStack-root css-j7qwjs">${body}</div>`;
const app = (body: string, tail = '', hidden = false) =>
  `<div id="root"${hidden ? ' aria-hidden="true"' : ''}><main class="MuiContainer-root MuiContainer-maxWidthMd"><form novalidate="">${body}<button class="MuiButtonBase-root MuiButton-root MuiButton-contained" type="submit">Submit request</button></form></main></div>${tail}`;

/** prior therapies in a MUI Table, a small standard TextField (no label) per cell */
const therapyTable = () => {
  const cell = (id: string, v: string) =>
    `<td class="MuiTableCell-root MuiTableCell-body MuiTableCell-sizeSmall"><div class="MuiFormControl-root MuiTextField-root"><div class="MuiInputBase-root MuiInput-root MuiInput-underline MuiInputBase-colorPrimary MuiInputBase-sizeSmall"><input aria-invalid="false" autocomplete="off" id="${id}" type="text" class="MuiInputBase-input MuiInput-input MuiInputBase-inputSizeSmall" value="${v}"></div></div></td>`;
  const head = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome', '']
    .map((h) => `<th class="MuiTableCell-root MuiTableCell-head MuiTableCell-sizeSmall" scope="col">${h}</th>`)
    .join('');
  const rows = THERAPY_ROWS.map(
    (r, i) =>
      `<tr class="MuiTableRow-root">${r.map((v, j) => cell(`:t${i}${j}:`, v)).join('')}<td class="MuiTableCell-root MuiTableCell-body MuiTableCell-sizeSmall"><button class="MuiButtonBase-root MuiIconButton-root" type="button" aria-label="Remove therapy">${svg('DeleteIcon', '')}</button></td></tr>`,
  ).join('');
  return `<div class="MuiTableContainer-root MuiPaper-root MuiPaper-outlined"><table class="MuiTable-root MuiTable-sizeSmall"><thead class="MuiTableHead-root"><tr class="MuiTableRow-root MuiTableRow-head">${head}</tr></thead><tbody class="MuiTableBody-root">${rows}</tbody></table></div>`;
};

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

const fullPage = () =>
  app(
    `${h6('Member')}${stack(`${textField(':r1:', 'Member ID', ILARIS['patient.memberId'], { required: true })}${datePicker(':r2:', 'Date of birth', ILARIS['patient.dob'])}${textField(':r3:', 'Weight', '72', { end: unit('kg') })}`)}
    ${h6('Diagnosis')}${autocomplete(':r4:', 'ICD-10 codes', ['M04.1', 'M06.1']).html}
    ${h6('Medication')}${stack(`${select(':r5:', 'Drug name', ILARIS['drug.name'], DRUGS).html}${textField(':r6:', 'HCPCS code', ILARIS['drug.hcpcs'])}${textField(':r7:', 'NDC', ILARIS['drug.ndc'])}${textField(':r8:', 'Dose', '150', { end: unit('mg') })}${textField(':r9:', 'Billing units', '150')}${nativeSelect(':ra:', 'Frequency', 'Every 4 weeks', FREQ)}`)}
    ${h6('Labs')}${stack(`${textField(':rb:', 'CRP', '24', { end: unit('mg/L') })}${datePicker(':rc:', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
    ${h6('Prior therapies')}${therapyTable()}
    ${h6('Prescriber')}${textField(':rd:', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
  );

const REQUEST = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('MUI v7: TextField, Select, native select, Autocomplete chips, checkbox and radio groups, X v8 DatePicker in a Dialog', () => {
  it('reads the full Ilaris request, prior therapies from a Table of TextFields', () => {
    page(fullPage());
    expect(read()).toEqual(REQUEST);
    noDuplicatePaths();
  });

  it('names a required TextField by its label without the asterisk, not the error of the field before it', () => {
    page(
      app(
        `${textField(':r1:', 'Member ID', '', { required: true, error: true, helper: 'Member ID is required' })}${textField(':rd:', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a closed Select by its combobox text once, not its aria-hidden native input, and an empty one as empty', () => {
    page(app(`${select(':r5:', 'Drug name', ILARIS['drug.name'], DRUGS).html}${select(':ra:', 'Frequency', '', FREQ).html}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    nothingFrom('.MuiSelect-nativeInput');
  });

  it('reads an open Select behind its Menu popover (the app root aria-hidden) and nothing from the menu', () => {
    const s = select(':ra:', 'Frequency', 'Every 8 weeks', FREQ, true);
    page(app(`${s.html}${textField(':rd:', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, s.menu, true));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.MuiMenu-root');
  });

  it('reads the Autocomplete chips as the ICD-10 codes, not the search typed while its popper is open', () => {
    const a = autocomplete(':r4:', 'ICD-10 codes', ['M04.1', 'M06.1'], { open: CODES, typed: 'M0' });
    page(app(a.html, a.popper));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.MuiAutocomplete-popper');
  });

  it('reads a checkbox FormGroup (each Checkbox named, as the docs name them) under its legend as the ticked codes', () => {
    page(app(checkboxGroup('Diagnosis (ICD-10)', CODES, ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a RadioGroup (aria-labelledby its FormLabel) by its checked radio', () => {
    page(app(`${textField(':r1:', 'Member ID', ILARIS['patient.memberId'])}${radioGroup(':rf:', 'Frequency', FREQ, 'Once')}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.frequency': 'Once' });
  });

  it('reads sectioned DatePickers as shown, an empty one (MM/DD/YYYY sections) as empty', () => {
    page(
      app(
        `${datePicker(':r2:', 'Date of birth', ILARIS['patient.dob'])}${datePicker(':rc:', 'CRP collection date', '', { error: true, helper: 'Required' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads the lab entry Dialog at the end of body, not the form behind it', () => {
    const dialog = `<div role="presentation" class="MuiDialog-root MuiModal-root"><div aria-hidden="true" class="MuiBackdrop-root MuiModal-backdrop"></div><div tabindex="0" data-testid="sentinelStart"></div><div class="MuiDialog-container MuiDialog-scrollPaper" role="presentation" tabindex="-1"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation24 MuiDialog-paper MuiDialog-paperScrollPaper MuiDialog-paperWidthSm" role="dialog" aria-labelledby=":rg:"><h2 class="MuiTypography-root MuiTypography-h6 MuiDialogTitle-root" id=":rg:">Add CRP result</h2><div class="MuiDialogContent-root">${stack(`${textField(':rb:', 'CRP', '24', { end: unit('mg/L') })}${datePicker(':rc:', 'CRP collection date', ILARIS['labs.crpDate'])}`)}</div><div class="MuiDialogActions-root MuiDialogActions-spacing"><button class="MuiButtonBase-root MuiButton-root MuiButton-text" type="button">Cancel</button><button class="MuiButtonBase-root MuiButton-root MuiButton-text" type="button">Save</button></div></div></div><div tabindex="0" data-testid="sentinelEnd"></div></div>`;
    page(app(`${textField(':r1:', 'Member ID', ILARIS['patient.memberId'])}`, dialog, true));
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'] });
  });

  it('reads a disabled TextField and takes nothing from the table row delete buttons', () => {
    page(app(`${textField(':r1:', 'Member ID', ILARIS['patient.memberId'], { disabled: true })}${h6('Prior therapies')}${therapyTable()}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
  });
  it('reads an unfocused Autocomplete with limitTags as the chip it shows, not the "+1" count', () => {
    page(app(autocomplete(':r4:', 'ICD-10 codes', ['M04.1', 'M06.1'], { limitTags: 1 }).html));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
  });

  it("reads a multiple Select rendering its values as Chips (the docs' MultipleSelectChip) as the codes", () => {
    const chip = (c: string) =>
      `<div class="MuiChip-root MuiChip-filled MuiChip-sizeMedium MuiChip-colorDefault MuiChip-filledDefault"><span class="MuiChip-label MuiChip-labelMedium">${c}</span></div>`;
    page(
      app(
        select(':r4:', 'ICD-10 codes', 'M04.1, M06.1', CODES).html.replace(
          '>M04.1, M06.1</div>',
          `><div class="MuiBox-root css-1hu9iyr">${chip('M04.1')}${chip('M06.1')}</div></div>`,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
