import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ottehr's intake paperwork (masslight/ottehr at e62070b, MUI 5.14 + @mui/x-date-pickers 6): the FHIR questionnaire
 * renderer packages/ui-components/lib/components/paperwork/PagedQuestionnaire.tsx (per item a `Grid item` >
 * `FormControl` (standard, margin dense, `required`, `error`) > BoldPurpleInputLabel (a styled InputLabel,
 * `label#<linkId>-label[for=<linkId>]`, MUI's required asterisk span) + the input + FieldHelperText
 * (form-components/FieldHelperText.tsx: `p#<fieldId>-helper-text.MuiFormHelperText-root`, the error message or empty);
 * 'Text' and 'Decimal' items: an outlined small TextField with `id=<linkId>` whose `aria-labelledby` and
 * `aria-describedby` land on the TextField's root div; 'Select': form-components/FreeMultiSelectInput.tsx (MUI
 * Autocomplete `id=<fieldId>`, a filled TextField, `disableClearable` when required, its listbox popper portalled to
 * the end of body and labelled `<id>-label`); 'Radio': form-components/RadioInput.tsx (a RadioGroup `aria-labelledby
 * =<name>-label` with React's generated name, each FormControlLabel's label an h5 Typography in a Grid, the radio icons
 * titled "Checked"/"Unchecked"); 'Date': form-components/DateInput.tsx (MUI X 6 DatePicker with AdapterLuxon: a
 * TextField whose input gets a generated `:rN:` id, so the item's label `for` names nothing, "MM/DD/YYYY", the
 * calendar IconButton "Choose date, selected date is …"); display items 'Header 3' as `h3` Typography; ListWithForm
 * groups: form-components/group/GroupContainer.tsx + MultiAnswerHeader.tsx (the group's `h5` title, each added answer
 * a `p[data-testid=item-added-value]` beside an IconButton holding `img[alt="delete icon"]`, then the gray container
 * holding the child item used to add one).
 */

const css = (n: string) => `css-${n}`;
type I = { required?: boolean; error?: string; width?: number; placeholder?: string };
const asterisk = `<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk ${css('sp68t1')}">\u2009*</span>`;
/** NestedInput: the Grid item, its FormControl, the label, `input`, the helper text */
const nested = (linkId: string, text: string, input: string, o: I = {}) =>
  `<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-xs-12${o.width ? ` MuiGrid-grid-md-${o.width}` : ''} ${css('1wxaqej')}"><div class="MuiFormControl-root MuiFormControl-marginDense ${css('1a5icme')}"><label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-standard MuiFormLabel-colorPrimary${o.required ? ' Mui-required' : ''}${o.error ? ' Mui-error' : ''} MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-standard ${css('1x2ni7s')}" data-shrink="false" for="${linkId}" id="${linkId}-label">${text}${o.required ? asterisk : ''}</label>${input}<div class="MuiBox-root ${css('0')}"><p class="MuiFormHelperText-root${o.error ? ' Mui-error' : ''}${o.required ? ' Mui-required' : ''} ${css('1ke4k0d')}" id="${linkId}-helper-text">${o.error ?? ''}</p></div></div></div>`;
const fieldset = `<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline ${css('igs3ac')}"><legend class="${css('ihdtdm')}"><span class="notranslate">\u200b</span></legend></fieldset>`;
const textField = (linkId: string, value: string, o: I & { mode?: string } = {}) =>
  `<div class="MuiFormControl-root MuiTextField-root ${css('1p3v2vu')}" aria-labelledby="${linkId}-label" aria-describedby="${linkId}-helper-text"><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary${o.error ? ' Mui-error' : ''} MuiInputBase-formControl MuiInputBase-sizeSmall ${css('1ufrbjb')}"><input aria-invalid="${o.error ? 'true' : 'false'}" id="${linkId}" inputmode="${o.mode ?? 'text'}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.required ? ' required=""' : ''} type="text" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall ${css('1x5jdmq')}" value="${value}">${fieldset}</div></div>`;
const text = (linkId: string, label: string, value: string, o: I = {}) => nested(linkId, label, textField(linkId, value, o), o);
const decimal = (linkId: string, label: string, value: string, o: I = {}) =>
  nested(linkId, label, textField(linkId, value, { ...o, mode: 'decimal' }), o);

let r = 0;
const calendarIcon = `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium ${css('i4bv87-MuiSvgIcon-root')}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CalendarIcon"><path d="M17 12h-5v5h5v-5zM16 1v2H8V1H6v2H5c-1.11 0-1.99.9-1.99 2L3 19z"></path></svg>`;
/** DateInput: MUI X 6 DatePicker (desktop) */
const date = (linkId: string, label: string, value: string, o: I = {}) =>
  nested(
    linkId,
    label,
    `<div class="MuiFormControl-root MuiTextField-root ${css('i44wyl')}"><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-formControl MuiInputBase-adornedEnd ${css('nxo287')}"><input aria-invalid="false" autocomplete="off" id=":r${++r}:" inputmode="text" name="${linkId}.answer.0.valueString" placeholder="MM/DD/YYYY" type="text" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputAdornedEnd ${css('nxo287-input')}" value="${value}"><div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium ${css('1laqsz7')}"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeEnd MuiIconButton-sizeMedium ${css('slyssw')}" tabindex="0" type="button" aria-label="${value ? `Choose date, selected date is ${new Date(value).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' })}` : 'Choose date'}">${calendarIcon}<span class="MuiTouchRipple-root ${css('w0pj6f')}"></span></button></div>${fieldset}</div></div>`,
    o,
  );

const arrow = `<div class="MuiAutocomplete-endAdornment ${css('1q60rmi')}"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeMedium MuiAutocomplete-popupIndicator ${css('uge3vf')}" tabindex="-1" type="button" aria-label="Open" title="Open"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium ${css('i4bv87-MuiSvgIcon-root')}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ArrowDropDownIcon"><path d="M7 10l5 5 5-5z"></path></svg><span class="MuiTouchRipple-root ${css('w0pj6f')}"></span></button></div>`;
/** FreeMultiSelectInput (MUI Autocomplete, filled); `open` also returns its popper for the end of body */
const autocomplete = (id: string, value: string, options: string[], o: I & { open?: boolean } = {}) => ({
  html: `<div class="MuiAutocomplete-root MuiAutocomplete-fullWidth${o.required ? '' : ' MuiAutocomplete-hasClearIcon'} MuiAutocomplete-hasPopupIcon ${css('1h51icj')}"><div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root ${css('feqhe6')}"><div class="MuiInputBase-root MuiFilledInput-root MuiFilledInput-underline MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl MuiInputBase-adornedEnd MuiAutocomplete-inputRoot ${css('1mpr2r4')}"><input aria-invalid="false" autocomplete="off" id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} type="text" class="MuiInputBase-input MuiFilledInput-input MuiInputBase-inputAdornedEnd MuiAutocomplete-input MuiAutocomplete-inputFocused ${css('2bxn45')}" aria-autocomplete="list" aria-expanded="${o.open ? 'true' : 'false'}"${o.open ? ` aria-controls="${id}-listbox"` : ''} autocapitalize="none" spellcheck="false" role="combobox" value="${value}">${arrow}</div></div></div>`,
  popper: o.open
    ? `<div class="MuiPopper-root MuiAutocomplete-popper ${css('1s5lphu')}" role="presentation" style="position: absolute; inset: 0px auto auto 0px; width: 552px; margin: 0px; transform: translate(24px, 412px);" data-popper-placement="bottom"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiAutocomplete-paper ${css('1dy6kbx')}"><ul class="MuiAutocomplete-listbox ${css('ue1yox')}" role="listbox" id="${id}-listbox" aria-labelledby="${id}-label">${options
        .map(
          (v, i) =>
            `<li tabindex="-1" role="option" id="${id}-option-${i}" data-option-index="${i}" aria-disabled="false" aria-selected="${v === value}" class="MuiButtonBase-root MuiMenuItem-root MuiMenuItem-gutters MuiAutocomplete-option${v === value ? ' Mui-focused' : ''} ${css('1km1ehz')}" value="${v}">${v}<span class="MuiTouchRipple-root ${css('w0pj6f')}"></span></li>`,
        )
        .join('')}</ul></div></div>`
    : '',
});
const select = (linkId: string, label: string, value: string, options: string[], o: I & { open?: boolean } = {}) => {
  const a = autocomplete(linkId, value, options, o);
  return { html: nested(linkId, label, a.html, o), popper: a.popper };
};

const radioIcon = (checked: boolean) =>
  `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium ${css('1mbk3ht')}" focusable="false" viewBox="0 0 24 24" data-testid="${checked ? 'RadioButtonCheckedIcon' : 'RadioButtonUncheckedIcon'}" role="img"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z"></path><title>${checked ? 'Checked' : 'Unchecked'}</title></svg>`;
/** RadioInput */
const radio = (linkId: string, label: string, value: string, options: string[], o: I = {}) => {
  const name = `:r${++r}:`;
  return nested(
    linkId,
    label,
    `<div class="MuiFormGroup-root ${css('1q0gh6x')}" role="radiogroup" aria-labelledby="${linkId}-label">${options
      .map(
        (v) =>
          `<label class="MuiFormControlLabel-root MuiFormControlLabel-labelPlacementEnd ${css('1jaw3da')}"><span class="MuiButtonBase-root MuiRadio-root MuiRadio-colorPrimary PrivateSwitchBase-root MuiRadio-root MuiRadio-colorPrimary${v === value ? ' Mui-checked' : ''} MuiRadio-root MuiRadio-colorPrimary ${css('1a5icme-radio')}"><input class="PrivateSwitchBase-input ${css('1m9pwf3')}" name="${name}" type="radio" value="${v}"${v === value ? ' checked=""' : ''}>${radioIcon(v === value)}</span><span class="MuiTypography-root MuiTypography-body1 MuiFormControlLabel-label ${css('ahj2mt')}"><div class="MuiGrid-root MuiGrid-container ${css('1d3bbye')}"><div class="MuiGrid-root MuiGrid-item ${css('1wxaqej')}"><h5 class="MuiTypography-root MuiTypography-h5 ${css('1fg3e8a')}">${v}</h5></div></div></span></label>`,
      )
      .join('')}</div>`,
    o,
  );
};

const header = (linkId: string, text_: string) =>
  `<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-xs-12 ${css('1wxaqej')}" style="padding-left: 0px;"><div class="MuiBox-root ${css('1tbh9ri')}"><h3 class="MuiTypography-root MuiTypography-h3 ${css('1z8b0d2')}" data-linkid="${linkId}">${text_}</h3></div></div>`;
const deleteIcon = 'data:image/svg+xml;utf8,%3Csvg%20width%3D%2218%22%20height%3D%2218%22%20viewBox%3D%220%200%2018%2018%22%3E%3C%2Fsvg%3E';
/** a ListWithForm group: MultiAnswerHeader's list of added answers, then the child item adding one */
const listWithForm = (linkId: string, title: string, answers: string[], child: string) =>
  `<div class="MuiGrid-root MuiGrid-container MuiGrid-item ${css('1ue3whv')}" id="group-wrapper-default"><div class="MuiBox-root ${css('1l4w6pd')}"><h5 class="MuiTypography-root MuiTypography-h5 ${css('1bhcm2e')}">${title}</h5>${answers
    .map(
      (a) =>
        `<div class="MuiBox-root ${css('1wrwmqb')}"><p class="MuiTypography-root MuiTypography-body1 ${css('9l3uo3')}" data-testid="item-added-value">${a}</p><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeMedium ${css('1yxmbwk')}" tabindex="0" type="button"><img alt="delete icon" src="${deleteIcon}" width="18" data-testid="delete-button"><span class="MuiTouchRipple-root ${css('w0pj6f')}"></span></button></div>`,
    )
    .join(
      '',
    )}</div><div class="MuiGrid-root MuiGrid-container MuiGrid-item ${css('1x8le3l')}" id="group-wrapper-gray-container-widget">${child}</div></div>`;

/** the paperwork page: its title, the questionnaire form, the control buttons; `tail` goes to the end of body */
const paperwork = (items: string, tail = '') =>
  `<div id="root"><header class="MuiPaper-root MuiPaper-elevation MuiPaper-elevation4 MuiAppBar-root MuiAppBar-colorPrimary MuiAppBar-positionStatic ${css('1x7skt0')}"><div class="MuiContainer-root MuiContainer-maxWidthLg ${css('1qsxih2')}"><img alt="Ottehr logo" src="/logo.svg" width="110"></div></header><div class="MuiContainer-root MuiContainer-maxWidthMd ${css('r8u8y9')}"><div class="MuiBox-root ${css('1dq4bx')}"><h2 class="MuiTypography-root MuiTypography-h2 ${css('1jz1vsi')}">Prior authorization</h2><form><div class="MuiGrid-root MuiGrid-container MuiGrid-spacing-xs-1 ${css('tuxzvu')}">${items}</div><div id="page-form-inner-form"></div><div class="MuiBox-root ${css('1yjvs5a')}"><button class="MuiButtonBase-root MuiButton-root MuiButton-outlined MuiButton-outlinedPrimary MuiButton-sizeLarge ${css('kxvl6c')}" tabindex="0" type="button">Back</button><button class="MuiButtonBase-root MuiButton-root MuiLoadingButton-root MuiButton-contained MuiButton-containedPrimary MuiButton-sizeLarge ${css('13cdoyn')}" tabindex="0" type="submit">Continue</button></div></form></div></div></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const request = () =>
  `${header('patient-header', 'Patient')}${text('member-id', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('patient-dob', 'Date of birth', ILARIS['patient.dob'], { required: true, width: 6 })}${decimal('patient-weight', 'Weight (kg)', '72', { width: 6 })}${header('medication-header', 'Medication')}${select('drug-name', 'Drug name', ILARIS['drug.name'], DRUGS, { required: true }).html}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'], { width: 6 })}${text('ndc', 'NDC', ILARIS['drug.ndc'], { width: 6 })}${decimal('dose', 'Dose (mg)', '150', { width: 6 })}${decimal('billing-units', 'Billing units', '150', { width: 6 })}${radio('frequency', 'Frequency', 'Every 4 weeks', FREQUENCIES, { required: true })}${listWithForm(
    'icd10-codes',
    'ICD-10 codes',
    ['M04.1', 'M06.1'],
    select('icd10-code-entry', 'Add an ICD-10 code', '', ['M04.1', 'M06.1', 'M04.8']).html,
  )}${header('labs-header', 'Labs')}${decimal('crp', 'CRP (mg/L)', '24', { width: 6 })}${date('crp-date', 'CRP date', ILARIS['labs.crpDate'], { width: 6 })}${listWithForm(
    'prior-therapies',
    'Prior therapies',
    ['colchicine', 'anakinra'],
    select('prior-therapy-entry', 'Add a medication tried', '', ['colchicine', 'anakinra', 'methotrexate']).html,
  )}${header('prescriber-header', 'Prescriber')}${text('prescriber-npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`;

describe('Ottehr paperwork (MUI): questionnaire TextField, Autocomplete, RadioGroup, MUI X DatePicker, ListWithForm groups', () => {
  // misread: drug.frequency reads "Checked Every 4 weeks" (the checked radio icon's <title>), diagnosis.codes.0 reads
  // "" (the empty entry Autocomplete under the group), and no priorTherapies: the added answers (`p` + delete icon
  // button) are no fields
  it.fails('reads the full Ilaris request, prior therapies from the list of medications tried', () => {
    page(paperwork(request()));
    expect(read()).toEqual({
      ...ILARIS,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.1.drug': 'anakinra',
    });
    noDuplicatePaths();
  });

  it('names a required TextField by its item label, without the asterisk or the empty helper text', () => {
    page(
      paperwork(
        `${text('member-id', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('prescriber-npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an empty required item with its error message shown as empty, the next item by its own label', () => {
    page(
      paperwork(
        `${text('member-id', 'Member ID', '', { required: true, error: 'This field is required' })}${text('prescriber-npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the DatePicker (its item label `for` names no element) as shown, an empty one (MM/DD/YYYY) as empty', () => {
    page(
      paperwork(`${date('patient-dob', 'Date of birth', ILARIS['patient.dob'], { required: true })}${date('crp-date', 'CRP date', '')}`),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads the Autocomplete by its input, and nothing from its open listbox popper at the end of body', () => {
    const s = select('drug-name', 'Drug name', ILARIS['drug.name'], DRUGS, { required: true, open: true });
    page(paperwork(`${s.html}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`, s.popper));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.MuiAutocomplete-popper');
  });

  it('reads the RadioGroup (h5 option labels, generated name) by its checked option', () => {
    page(paperwork(radio('frequency', 'Frequency', 'Every 8 weeks', FREQUENCIES, { required: true })));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  // misread: "": the entry Autocomplete (labelled "Add an ICD-10 code") claims diagnosis.codes.0 empty; the added
  // answers, each a `p` beside an icon button named only by its img alt "delete icon", are no chips
  it.fails('reads a ListWithForm group as its added answers, not the empty entry box below them', () => {
    page(
      paperwork(
        listWithForm(
          'icd10-codes',
          'ICD-10 codes',
          ['M04.1', 'M06.1'],
          select('icd10-code-entry', 'Add an ICD-10 code', '', ['M04.1', 'M06.1', 'M04.8']).html,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  // misread: no priorTherapies: the added answers are text, no fields (the entry Autocomplete maps to nothing)
  it.fails('reads the medications tried (a ListWithForm group) as prior therapies', () => {
    page(
      paperwork(
        `${text('member-id', 'Member ID', ILARIS['patient.memberId'])}${listWithForm(
          'prior-therapies',
          'Prior therapies',
          ['colchicine', 'anakinra'],
          select('prior-therapy-entry', 'Add a medication tried', '', ['colchicine', 'anakinra', 'methotrexate']).html,
        )}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.1.drug': 'anakinra',
    });
  });
});
