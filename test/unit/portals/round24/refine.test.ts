import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Refine 4 with its Material UI inferencer (refinedev/refine, read through the stored index:
 * packages/inferencer/src/inferencers/mui/create.tsx @ 9ca8251 (what it generates) and the rendered DOM in
 * packages/inferencer/src/inferencers/mui/__tests__/__snapshots__/create.test.tsx.snap @ 7fc8ffe). Only what
 * differs from a plain MUI form is probed here (the antd inferencer renders plain antd Form.Items):
 * - `<Create>`: `div.MuiCard-root` > `div.MuiCardHeader-root` (back icon button, `h5.refine-pageHeader-title`
 *   "Create …") > `div.MuiCardContent-root > form.MuiBox-root[autocomplete=off]` > fields; `div.MuiCardActions-root`
 *   with the `refine-save-button`; in development the inferencer's code-viewer banner follows the card.
 * - every field is an OUTLINED TextField with `margin=normal`, a `useId` id (":r0:", colons and all), the label
 *   shrunk (`InputLabelProps={{ shrink: true }}`), `name` = the record key, and the notched outline
 *   `fieldset[aria-hidden] > legend > span` repeating the label text; errors go to
 *   `p.MuiFormHelperText-root.Mui-error#<id>-helper-text` "This field is required".
 * - date fields are plain TEXT boxes (the inferencer leaves a comment pointing to MUI X's DatePicker), showing the
 *   record's string: what staff typed, or the API's ISO timestamp on an Edit page.
 * - relations are `div.MuiAutocomplete-root[name=<key>]` (the name lands on the root div) around a `required`
 *   TextField: label with `span.MuiFormLabel-asterisk[aria-hidden]` " *", legend "Drug *", `input[role=combobox]
 *   [required]` holding the chosen record's title; array relations are `multiple`: MUI Chips before the input.
 * - arrays of objects (prior therapies) are not rendered by the inferencer at all.
 */

let r = 0;
const nextId = () => `:r${(r++).toString(36)}:`;
const labelCls = (shrink: boolean, required: boolean, error: boolean) =>
  `MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated${shrink ? ' MuiInputLabel-shrink' : ''} MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary${shrink ? ' MuiFormLabel-filled' : ''}${error ? ' Mui-error' : ''}${required ? ' Mui-required' : ''} css-1jy569b-MuiFormLabel-root-MuiInputLabel-root`;
const asterisk = '<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk css-wgai2y-MuiFormLabel-asterisk"> *</span>';
const outline = (label: string, notched: boolean) =>
  `<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-1d3z3hw-MuiOutlinedInput-notchedOutline"><legend class="${notched ? 'css-14lo706' : 'css-yjsfm1'}"><span>${label}</span></legend></fieldset>`;
const helper = (id: string, error?: string) =>
  error
    ? `<p class="MuiFormHelperText-root Mui-error MuiFormHelperText-sizeMedium MuiFormHelperText-contained css-1wc848c-MuiFormHelperText-root" id="${id}-helper-text">${error}</p>`
    : '';
const dropIcon =
  '<svg aria-hidden="true" class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium css-i4bv87-MuiSvgIcon-root" data-testid="ArrowDropDownIcon" focusable="false" viewBox="0 0 24 24"><path d="M7 10l5 5 5-5z"></path></svg>';

/** register()-ed TextField: text (dates too), number */
function textField(name: string, label: string, value: string, o: { type?: 'text' | 'number'; error?: string } = {}) {
  const id = nextId();
  return `<div class="MuiFormControl-root MuiFormControl-marginNormal MuiFormControl-fullWidth MuiTextField-root css-17vbkzs-MuiFormControl-root-MuiTextField-root"><label class="${labelCls(true, false, !!o.error)}" data-shrink="true" for="${id}" id="${id}-label">${label}</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary${o.error ? ' Mui-error' : ''} MuiInputBase-fullWidth MuiInputBase-formControl css-md26zr-MuiInputBase-root-MuiOutlinedInput-root"><input aria-invalid="${!!o.error}"${o.error ? ` aria-describedby="${id}-helper-text"` : ''} class="MuiInputBase-input MuiOutlinedInput-input css-1t8l2tu-MuiInputBase-input-MuiOutlinedInput-input" id="${id}" name="${name}" type="${o.type ?? 'text'}" value="${value}">${outline(label, true)}</div>${helper(id, o.error)}</div>`;
}

/** a relation's Autocomplete (required TextField); `chips` for a multiple one, `open` lists the popper's options */
function relation(name: string, label: string, value: string, o: { chips?: string[]; open?: string[] } = {}) {
  const id = nextId();
  const filled = !!value || !!o.chips?.length;
  const chips = (o.chips ?? [])
    .map(
      (c, i) =>
        `<div class="MuiButtonBase-root MuiChip-root MuiChip-filled MuiChip-sizeMedium MuiChip-colorDefault MuiChip-deletable MuiChip-deletableColorDefault MuiChip-filledDefault MuiAutocomplete-tag MuiAutocomplete-tagSizeMedium css-1gv6b2o-MuiButtonBase-root-MuiChip-root" tabindex="-1" role="button" data-tag-index="${i}"><span class="MuiChip-label MuiChip-labelMedium css-6od3lo-MuiChip-label">${c}</span><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiChip-deleteIcon MuiChip-deleteIconMedium MuiChip-deleteIconColorDefault MuiChip-deleteIconFilledColorDefault css-i4bv87-MuiSvgIcon-root" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CancelIcon"><path d="M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2"></path></svg></div>`,
    )
    .join('');
  const html = `<div class="MuiAutocomplete-root${o.chips ? ' MuiAutocomplete-hasClearIcon' : ''} MuiAutocomplete-hasPopupIcon css-clttge-MuiAutocomplete-root" name="${name}"><div class="MuiFormControl-root MuiFormControl-marginNormal MuiFormControl-fullWidth MuiTextField-root css-17vbkzs-MuiFormControl-root-MuiTextField-root"><label class="${labelCls(filled, true, false)}" data-shrink="${filled}" for="${id}" id="${id}-label">${label}${asterisk}</label><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl MuiInputBase-adornedEnd MuiAutocomplete-inputRoot css-154xyx0-MuiInputBase-root-MuiOutlinedInput-root">${chips}<input aria-autocomplete="list" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${id}-listbox"` : ''} aria-invalid="false" autocapitalize="none" autocomplete="off" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputAdornedEnd MuiAutocomplete-input MuiAutocomplete-inputFocused css-nxo287-MuiInputBase-input-MuiOutlinedInput-input" id="${id}" required="" role="combobox" spellcheck="false" type="text" value="${value}"><div class="MuiAutocomplete-endAdornment css-p1olib-MuiAutocomplete-endAdornment"><button aria-label="${o.open ? 'Close' : 'Open'}" class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeMedium MuiAutocomplete-popupIndicator css-qzbt6i-MuiButtonBase-root-MuiIconButton-root-MuiAutocomplete-popupIndicator" tabindex="-1" title="${o.open ? 'Close' : 'Open'}" type="button">${dropIcon}<span class="MuiTouchRipple-root css-8je8zh-MuiTouchRipple-root"></span></button></div>${outline(`${label} *`, filled)}</div></div></div>`;
  const popper = o.open
    ? `<div class="MuiPopper-root MuiAutocomplete-popper css-1mtsuo7" role="presentation" style="position: absolute; inset: 0px auto auto 0px; width: 600px; margin: 0px; transform: translate(40px, 412px);" data-popper-placement="bottom"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiAutocomplete-paper css-1rmkli1"><ul class="MuiAutocomplete-listbox css-ue1yok" role="listbox" id="${id}-listbox" aria-labelledby="${id}-label">${o.open
        .map(
          (v, i) =>
            `<li tabindex="-1" role="option" id="${id}-option-${i}" data-option-index="${i}" aria-disabled="false" aria-selected="${v === value || !!o.chips?.includes(v)}" class="MuiAutocomplete-option">${v}</li>`,
        )
        .join('')}</ul></div></div>`
    : '';
  return { html, popper };
}

const banner = `<div class="refine-inferencer--code-viewer" style="position: sticky; bottom: 24px; padding-top: 24px; left: 0px; right: 0px; width: 100%; z-index: 10; display: flex; justify-content: center;"><div style="max-width: 1080px; padding: 20px; display: flex; gap: 12px;"><div style="font-size: 14px; line-height: 20px;"><p style="padding: 0px; margin: 0px;">Most of the page code is auto-generated by the <span style="text-decoration: underline;">Inferencer</span> feature, based on your backend data structure.</p></div><div><button style="appearance: none; padding: 10px 16px;">Show the auto-generated code</button></div></div></div>`;
/** `<Create>` (or `<Edit>`) around the inferencer's form */
const crud = (title: string, fields: string, tail = '') =>
  `<div><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root css-4ob670-MuiPaper-root-MuiCard-root"><div class="MuiCardHeader-root css-94f51d-MuiCardHeader-root"><div class="MuiCardHeader-avatar css-1ssile9-MuiCardHeader-avatar"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeMedium css-78trlr-MuiButtonBase-root-MuiIconButton-root" tabindex="0" type="button"><svg aria-hidden="true" class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium css-i4bv87-MuiSvgIcon-root" data-testid="ArrowBackIcon" focusable="false" viewBox="0 0 24 24"><path d="M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20z"></path></svg></button></div><div class="MuiCardHeader-content css-1qbkelo-MuiCardHeader-content"><h5 class="MuiTypography-root MuiTypography-h5 refine-pageHeader-title css-ag7rrr-MuiTypography-root">${title}</h5></div></div><div class="MuiCardContent-root css-46bh2p-MuiCardContent-root"><form autocomplete="off" class="MuiBox-root css-j7qwjs">${fields}</form></div><div class="MuiCardActions-root MuiCardActions-spacing css-77lrgg-MuiCardActions-root"><button class="MuiButtonBase-root MuiButton-root MuiLoadingButton-root MuiButton-contained MuiButton-containedPrimary MuiButton-sizeMedium refine-save-button css-1jmqb42-MuiButtonBase-root-MuiButton-root-MuiLoadingButton-root" id="${nextId()}" tabindex="0" type="button">Save</button></div></div>${banner}</div>${tail}`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Refine MUI inferencer: outlined TextFields with useId ids, text dates, relation Autocompletes', () => {
  it('reads the full Ilaris request', () => {
    page(
      crud(
        'Create Prior Authorization Request',
        `${textField('memberId', 'Member ID', ILARIS['patient.memberId'])}${textField('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${textField('weight', 'Weight (kg)', '72', { type: 'number' })}${relation('diagnosisCodes', 'ICD-10 codes', '', { chips: ['M04.1', 'M06.1'] }).html}${relation('drug', 'Drug name', ILARIS['drug.name']).html}${textField('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textField('ndc', 'NDC', ILARIS['drug.ndc'])}${textField('dose', 'Dose (mg)', '150', { type: 'number' })}${textField('units', 'Billing units', '150', { type: 'number' })}${textField('frequency', 'Frequency', 'Every 4 weeks')}${textField('crp', 'CRP (mg/L)', '24', { type: 'number' })}${textField('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual(ISO_REQUEST);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a field by its label (for=":r0:"), not the notched-outline legend repeating it', () => {
    page(
      crud(
        'Create Prior Authorization Request',
        `${textField('memberId', 'Member ID', ILARIS['patient.memberId'])}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a field by its label, not the "This field is required" error of the field before it', () => {
    page(
      crud(
        'Create Prior Authorization Request',
        `${textField('memberId', 'Member ID', '', { error: 'This field is required' })}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a relation Autocomplete by its chosen title, named without the asterisk', () => {
    page(crud('Create Prior Authorization Request', relation('drug', 'Drug name', ILARIS['drug.name']).html));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads an empty relation Autocomplete (label not shrunk) as empty', () => {
    page(
      crud(
        'Create Prior Authorization Request',
        `${relation('drug', 'Drug name', '').html}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a multiple relation as its chips, and nothing from its open popper', () => {
    const codes = relation('diagnosisCodes', 'ICD-10 codes', '', { chips: ['M04.1', 'M06.1'], open: CODES });
    page(crud('Create Prior Authorization Request', codes.html, codes.popper));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.MuiAutocomplete-popper');
  });

  it("reads an Edit page's text dates as the API's ISO timestamps", () => {
    page(
      crud(
        'Edit Prior Authorization Request',
        `${textField('dob', 'Date of birth', '1988-03-14T00:00:00.000Z')}${textField('crpDate', 'CRP collection date', '2026-11-02T00:00:00.000Z')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14T00:00:00.000Z', 'labs.crpDate': '2026-11-02T00:00:00.000Z' });
  });
});
