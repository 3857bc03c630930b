import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * SUID 0.18 (@suid/material, the Solid port of MUI v5; swordev/suid at 1e2ca76b: packages/material/src/TextField/TextField.tsx,
 * InputLabel, OutlinedInput + NotchedOutline, FormHelperText; Select/Select.tsx + SelectInput.tsx; Menu, Popover, Modal, MenuItem;
 * RadioGroup, Radio, FormControlLabel; Table; Dialog; packages/utils/src/createUniqueId.ts). Optum's Abyss (@uhg-abyss/web) was
 * looked for first: only apps' imports and scrapers' data-testid selectors are public, no component source or rendered markup.
 * Emotion adds hashed `css-…` classes, stand-ins below:
 * - TextField (outlined): `div.MuiFormControl-root.MuiTextField-root` > `label.MuiInputLabel-root[for=suid-N][id=suid-N-label]`,
 *   `div.MuiInputBase-root.MuiOutlinedInput-root` > `input.MuiInputBase-input.MuiOutlinedInput-input#suid-N[aria-describedby]` +
 *   `fieldset.MuiOutlinedInput-notchedOutline > legend > span` (the label again), then `p.MuiFormHelperText-root#suid-N-helper-text`.
 *   TextField has no `select` prop in SUID: a Select goes in a FormControl with an InputLabel (`id`) and `labelId` (the docs' way).
 * - Select: `div.MuiSelect-select[role=button][tabindex=0][aria-expanded][aria-haspopup=listbox][aria-labelledby=<labelId>]`
 *   (plus its own id `mui-component-select-<name>` when named) showing the chosen item's children (multiple: joined ", "; empty:
 *   `span.notranslate` with a zero-width space), `input.MuiSelect-nativeInput[aria-hidden][tabindex=-1]` holding the value (multiple:
 *   joined ","), `svg.MuiSelect-icon`, the notched outline. Its Menu is mounted only while open, portalled to the end of body:
 *   `div.MuiPopover-root.MuiMenu-root.MuiModal-root[role=presentation]` > invisible backdrop, `div.MuiPaper-root.MuiMenu-paper` >
 *   `ul.MuiList-root.MuiMenu-list[role=listbox][aria-labelledby=<labelId>]` of `li.MuiMenuItem-root[role=option][aria-selected]
 *   [data-value]` (`Mui-selected`).
 * - RadioGroup `div.MuiFormGroup-root[role=radiogroup]` in a FormControl under `label.MuiFormLabel-root` of
 *   `label.MuiFormControlLabel-root > span.MuiRadio-root > input.PrivateSwitchBase-input[type=radio][name][value]` + icons,
 *   `span.MuiFormControlLabel-label`.
 * - Table: `table.MuiTable-root > thead.MuiTableHead-root > tr.MuiTableRow-root > th.MuiTableCell-head[scope=col]`, tbody cells
 *   `td.MuiTableCell-body`. Dialog (open, portalled): `div.MuiDialog-root.MuiModal-root[role=presentation]` > backdrop,
 *   `div.MuiDialog-container[role=presentation]` > `div.MuiPaper-root.MuiDialog-paper[role=dialog][aria-labelledby]` >
 *   `h2.MuiDialogTitle-root`, `div.MuiDialogContent-root`, `div.MuiDialogActions-root`.
 */

let n = 0;
const outline = (label: string) =>
  `<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-1d3z3hw-MuiOutlinedInput-notchedOutline"><legend class="css-14lo706"><span>${label}</span></legend></fieldset>`;
const textField = (label: string, value: string, o: { helper?: string; error?: boolean; required?: boolean } = {}) => {
  const id = `suid-${n++}`;
  const star = o.required ? '<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk"> *</span>' : '';
  return `<div class="MuiFormControl-root MuiTextField-root css-1u3bzj6-MuiFormControl-root-MuiTextField-root"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated${value ? ' MuiInputLabel-shrink' : ''} MuiInputLabel-outlined${o.error ? ' Mui-error' : ''}" for="${id}" id="${id}-label">${label}${star}</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-formControl${o.error ? ' Mui-error' : ''}"><input${o.helper ? ` aria-describedby="${id}-helper-text"` : ''}${o.error ? ' aria-invalid="true"' : ''}${o.required ? ' required' : ''} id="${id}" type="text" class="MuiInputBase-input MuiOutlinedInput-input css-1t8l2tu-MuiInputBase-input-MuiOutlinedInput-input" value="${value}">${outline(`${label}${o.required ? ' *' : ''}`)}</div>${
    o.helper
      ? `<p class="MuiFormHelperText-root MuiFormHelperText-sizeMedium MuiFormHelperText-contained${o.error ? ' Mui-error' : ''}" id="${id}-helper-text">${o.helper}</p>`
      : ''
  }</div>`;
};

const arrow =
  '<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiSelect-icon MuiSelect-iconOutlined css-hfutr2-MuiSvgIcon-root-MuiSelect-icon" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ArrowDropDownIcon"><path d="M7 10l5 5 5-5z"></path></svg>';
/** a Select in a FormControl with its InputLabel; `menu` is its open Menu for the end of body */
const select = (label: string, chosen: string[], options: string[], o: { open?: boolean; multiple?: boolean; name?: string } = {}) => {
  const labelId = `${(o.name ?? label).toLowerCase().replace(/\W+/g, '-')}-label`;
  const shown = chosen.length ? chosen.join(', ') : '<span class="notranslate">&#8203;</span>';
  const own = o.name ? `mui-component-select-${o.name}` : '';
  const html = `<div class="MuiFormControl-root MuiFormControl-fullWidth css-q8hpuo-MuiFormControl-root"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated${chosen.length ? ' MuiInputLabel-shrink' : ''} MuiInputLabel-outlined" id="${labelId}">${label}</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-formControl${o.open ? ' Mui-focused' : ''}"><div tabindex="0" role="button" aria-expanded="${o.open ? 'true' : 'false'}" aria-haspopup="listbox" aria-labelledby="${[labelId, own].filter(Boolean).join(' ')}"${own ? ` id="${own}"` : ''} class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input css-11u53oe-MuiSelect-select-MuiInputBase-input-MuiOutlinedInput-input">${shown}</div><input value="${chosen.join(',')}" data-value="${chosen.join(',')}"${o.name ? ` name="${o.name}"` : ''} aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput css-yf8vq0-MuiSelect-nativeInput">${arrow}${outline(label)}</div></div>`;
  const menu = o.open
    ? `<div role="presentation" class="MuiPopover-root MuiMenu-root MuiModal-root css-6hp17o-MuiList-root-MuiMenu-root"><div aria-hidden="true" class="MuiBackdrop-root MuiBackdrop-invisible MuiModal-backdrop css-g3hgs1-MuiBackdrop-root-MuiModal-backdrop" style="opacity: 1;"></div><div tabindex="0" data-testid="sentinelStart"></div><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation8 MuiPopover-paper MuiMenu-paper css-1poimk-MuiPaper-root-MuiMenu-paper-MuiPopover-paper" tabindex="-1" style="opacity: 1; transform: none; min-width: 320px; top: 312px; left: 24px;"><ul class="MuiList-root MuiList-padding MuiMenu-list css-6hp17o-MuiList-root-MuiMenu-list" role="listbox" tabindex="-1" aria-labelledby="${labelId}">${options
        .map(
          (v) =>
            `<li class="MuiButtonBase-root MuiMenuItem-root MuiMenuItem-gutters${chosen.includes(v) ? ' Mui-selected' : ''} css-kk1bwy-MuiButtonBase-root-MuiMenuItem-root" tabindex="${v === chosen[0] ? 0 : -1}" role="option" aria-selected="${chosen.includes(v)}" data-value="${v}">${v}<span class="MuiTouchRipple-root css-8je8zh-MuiTouchRipple-root"></span></li>`,
        )
        .join('')}</ul></div><div tabindex="0" data-testid="sentinelEnd"></div></div>`
    : '';
  return { html, menu };
};

const radioGroup = (label: string, name: string, value: string, options: string[]) =>
  `<div class="MuiFormControl-root css-1nrlq1o-MuiFormControl-root"><label class="MuiFormLabel-root MuiFormLabel-colorPrimary css-u4tvz2-MuiFormLabel-root" id="${name}-label">${label}</label><div class="MuiFormGroup-root MuiFormGroup-row css-qfz70r-MuiFormGroup-root" role="radiogroup" aria-labelledby="${name}-label">${options
    .map(
      (v) =>
        `<label class="MuiFormControlLabel-root MuiFormControlLabel-labelPlacementEnd css-j204z7-MuiFormControlLabel-root"><span class="MuiButtonBase-root MuiRadio-root MuiRadio-colorPrimary PrivateSwitchBase-root${v === value ? ' Mui-checked' : ''} css-vqmohf-MuiButtonBase-root-MuiRadio-root"><input class="PrivateSwitchBase-input css-1m9pwf3" name="${name}" type="radio" value="${v}"${v === value ? ' checked' : ''}><span class="css-hyxlzm"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium css-q8lw68" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="RadioButtonUncheckedIcon"><path d="M12 2C6.48 2 2 6.48 2 12"></path></svg></span></span><span class="MuiTypography-root MuiTypography-body1 MuiFormControlLabel-label css-ahj2mt-MuiTypography-root">${v}</span></label>`,
    )
    .join('')}</div></div>`;

const table = (heads: string[], rows: readonly (readonly string[])[]) =>
  `<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiTableContainer-root"><table class="MuiTable-root css-rqglhn-MuiTable-root"><thead class="MuiTableHead-root css-15wwp11-MuiTableHead-root"><tr class="MuiTableRow-root MuiTableRow-head">${heads
    .map((h) => `<th class="MuiTableCell-root MuiTableCell-head MuiTableCell-sizeMedium" scope="col">${h}</th>`)
    .join('')}</tr></thead><tbody class="MuiTableBody-root">${rows
    .map(
      (r) =>
        `<tr class="MuiTableRow-root">${r.map((c) => `<td class="MuiTableCell-root MuiTableCell-body MuiTableCell-sizeMedium">${c}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;

const dialog = (title: string, body: string) =>
  `<div role="presentation" class="MuiDialog-root MuiModal-root css-zw3mfo-MuiModal-root-MuiDialog-root"><div aria-hidden="true" class="MuiBackdrop-root MuiModal-backdrop css-yiavyu-MuiBackdrop-root-MuiDialog-backdrop" style="opacity: 1;"></div><div tabindex="0" data-testid="sentinelStart"></div><div class="MuiDialog-container MuiDialog-scrollPaper css-hz1bth-MuiDialog-container" role="presentation" tabindex="-1" style="opacity: 1;"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation24 MuiDialog-paper MuiDialog-paperScrollPaper MuiDialog-paperWidthSm css-1t1j96h-MuiPaper-root-MuiDialog-paper" role="dialog" aria-labelledby="request-dialog-title"><h2 class="MuiTypography-root MuiTypography-h6 MuiDialogTitle-root css-bdhsul-MuiTypography-root-MuiDialogTitle-root" id="request-dialog-title">${title}</h2><div class="MuiDialogContent-root css-ypiqx9-MuiDialogContent-root">${body}</div><div class="MuiDialogActions-root MuiDialogActions-spacing css-hlj6pa-MuiDialogActions-root"><button class="MuiButtonBase-root MuiButton-root MuiButton-text" tabindex="0" type="button">Cancel</button><button class="MuiButtonBase-root MuiButton-root MuiButton-text" tabindex="0" type="button">Submit</button></div></div></div><div tabindex="0" data-testid="sentinelEnd"></div></div>`;

const sec = (title: string, body: string) =>
  `<div class="MuiBox-root css-0"><h6 class="MuiTypography-root MuiTypography-h6 css-2ulfj5-MuiTypography-root">${title}</h6>${body}</div>`;
const app = (body: string, tail = '') =>
  `<div id="root"><div class="MuiContainer-root"><form>${body}<button class="MuiButtonBase-root MuiButton-root MuiButton-contained" type="submit">Submit request</button></form></div></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const member = sec(
  'Member',
  `${textField('Member ID', ILARIS['patient.memberId'], { required: true })}${textField('Date of birth', ILARIS['patient.dob'], { helper: 'MM/DD/YYYY' })}${textField('Weight (kg)', '72')}`,
);
const medication = (o: { open?: boolean; freq?: string } = {}) => {
  const drug = select('Drug name', [ILARIS['drug.name']], DRUGS, { open: o.open, name: 'drugName' });
  return {
    html: sec(
      'Medication',
      `${drug.html}${textField('HCPCS code', ILARIS['drug.hcpcs'])}${textField('NDC', ILARIS['drug.ndc'])}${textField('Dose (mg)', '150')}${textField('Billing units', '150')}${select('Frequency', [o.freq ?? 'Every 4 weeks'], FREQ).html}`,
    ),
    menu: drug.menu,
  };
};
const diagnosis = sec('Diagnosis', select('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true }).html);
const labs = sec('Labs', `${textField('CRP (mg/L)', '24')}${textField('CRP collection date', ILARIS['labs.crpDate'])}`);
const therapies = sec('Prior therapies', table(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS));
const prescriber = sec('Prescriber', textField('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, helper: '10 digits' }));
const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('SUID 0.18 (MUI v5 for Solid): TextField, Select with its portalled Menu, RadioGroup, Table, Dialog', () => {
  it('reads the full Ilaris request, the prior therapies from a Table', () => {
    page(app(`${member}${diagnosis}${medication().html}${labs}${therapies}${prescriber}`));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a Select once, by its shown text, and not its hidden native input', () => {
    page(app(medication({ freq: 'Every 8 weeks' }).html));
    expect(read()).toMatchObject({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.MuiSelect-nativeInput');
    noDuplicatePaths();
  });

  it('reads an empty Select (a zero-width space shown) as empty', () => {
    page(app(`${select('Frequency', [], FREQ).html}${textField('Dose (mg)', '150')}`));
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.dose': '150' });
  });

  it('reads an open Select as its chosen text and nothing from its Menu portalled to the end of body', () => {
    const med = medication({ open: true });
    page(app(`${med.html}${prescriber}`, med.menu));
    expect(read()).toMatchObject({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.MuiMenu-root');
    noDuplicatePaths();
  });

  it('reads a multiple Select as the ICD-10 codes it shows', () => {
    page(app(`${diagnosis}${prescriber}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a RadioGroup under its FormLabel as the chosen frequency', () => {
    page(app(`${radioGroup('Frequency', 'frequency', 'Every 8 weeks', FREQ)}${textField('Dose (mg)', '150')}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
  });

  it('names a TextField by its label, not its helper text, its asterisk or the error before it', () => {
    page(
      app(
        `${textField('Member ID', '', { required: true, error: true, helper: 'Member ID is required' })}${textField('Prescriber NPI', ILARIS['prescriber.npi'], { helper: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the request in an open Dialog over a Table of past requests', () => {
    const past = table(
      ['Request', 'Member ID', 'Drug', 'Dose', 'Submitted', 'Status'],
      [['PA-20931', 'U7710028311', 'Kineret (anakinra)', '100 mg', '08/30/2026', 'Approved']],
    );
    page(
      `<div id="root">${sec('Requests', past)}</div>${dialog('New prior authorization', `${member}${medication().html}${labs}${prescriber}`)}`,
    );
    expect(read()).toEqual({ ...ILARIS, 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('#root');
  });
});
