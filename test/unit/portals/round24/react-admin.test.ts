import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * React Admin 5 (marmelab/react-admin at 051f511: packages/ra-ui-materialui/src/input/{TextInput,
 * ResettableTextField,InputHelperText,SelectInput,AutocompleteInput,BooleanInput,DateInput}.tsx,
 * input/ArrayInput/{ArrayInput,SimpleFormIterator,SimpleFormIteratorItem,RemoveItemButton,AddItemButton,
 * ReOrderButtons,useSimpleFormIteratorStyles}.tsx, form/{SimpleForm,TabbedFormView,FormTab}.tsx,
 * button/IconButtonWithTooltip.tsx, theme/defaultTheme.ts (TextField variant "filled", margin "dense"),
 * ra-core/src/util/FieldTitle.tsx; docs/SimpleFormIterator.md for getItemLabel) over MUI 5/6 (hashed
 * `css-…` classes are stand-ins):
 * - TextInput/NumberInput/DateInput: MUI filled TextField classed `ra-input ra-input-<source>`, id = source;
 *   the label `label#<id>-label[for]` holds FieldTitle's `<span>` (required: `span[aria-hidden] " *"`); the
 *   helper `p.MuiFormHelperText-root#<id>-helper-text` always there (empty: a zero-width space), the error
 *   message there instead when invalid. DateInput is `input[type=date]` (ISO value).
 * - SelectInput: TextField select: `div#<id>[role=combobox][aria-labelledby="<id>-label <id>"]`
 *   showing the choice's text (empty: `span.notranslate` zero-width space), `input.MuiSelect-nativeInput
 *   [aria-hidden][tabindex=-1]` with the value, the ArrowDropDown svg; the Menu is portalled to body when open.
 * - AutocompleteArrayInput: `div.MuiAutocomplete-root` > TextField whose InputBase holds one small
 *   `div.MuiChip-root[role=button][data-tag-index]` per choice (label span + CancelIcon svg) then the
 *   `input[role=combobox]`, and the clear/popup icon buttons; the open popper (`ul.MuiAutocomplete-listbox`)
 *   at the end of body.
 * - ArrayInput: `div.MuiFormControl-root.ra-input.RaArrayInput-root` > `span.MuiInputLabel-root.RaArrayInput-label`
 *   (the title, not a label element), SimpleFormIterator's `ul.RaSimpleFormIterator-list` of
 *   `li.RaSimpleFormIterator-line` > `p.RaSimpleFormIterator-index` ("#1" with getItemLabel), `div.MuiStack-root
 *   .RaSimpleFormIterator-form` (inputs id'd `priorTherapies.0.drug`), `span.RaSimpleFormIterator-action` (move
 *   up/down and Remove icon buttons named by aria-label); then `div.RaSimpleFormIterator-buttons` (Add, Clear the list).
 * - BooleanInput: `div.MuiFormGroup-root.ra-input` > `label.MuiFormControlLabel-root` > MUI Switch
 *   (`input.MuiSwitch-input[type=checkbox]`) + the FieldTitle text.
 * - TabbedForm: MUI Tabs (`button[role=tab]#tabheader-<i>`) and every tab's content rendered, the hidden ones
 *   `div.MuiStack-root#tabpanel-<i>[aria-hidden=true][style="display: none;"]`.
 */

const ZWSP = '\u200b';
const svg = (testid: string, cls = 'MuiSvgIcon-root MuiSvgIcon-fontSizeSmall') =>
  `<svg class="${cls}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="${testid}"><path d="M7 10l5 5 5-5z"></path></svg>`;
const title = (label: string, required?: boolean) => `<span>${label}${required ? '<span aria-hidden="true">\u2009*</span>' : ''}</span>`;
type Extra = { required?: boolean; helper?: string; error?: string; disabled?: boolean };
const helper = (id: string, o: Extra) =>
  `<p class="MuiFormHelperText-root MuiFormHelperText-sizeSmall MuiFormHelperText-contained${o.error ? ' Mui-error' : ''} css-k4qjio-MuiFormHelperText-root" id="${id}-helper-text">${o.error ? `<span>${o.error}</span>` : o.helper ? o.helper : `<span>${ZWSP}</span>`}</p>`;
const labelEl = (id: string, label: string, shrink: boolean, o: Extra) =>
  `<label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated${shrink ? ' MuiInputLabel-shrink' : ''} MuiInputLabel-sizeSmall MuiInputLabel-filled MuiFormLabel-colorPrimary${o.error ? ' Mui-error' : ''} css-1rgmeur-MuiFormLabel-root-MuiInputLabel-root" data-shrink="${shrink}" for="${id}" id="${id}-label">${title(label, o.required)}</label>`;
const control = (source: string, inner: string) =>
  `<div class="MuiFormControl-root MuiFormControl-marginDense MuiTextField-root ra-input ra-input-${source} css-1y6bdj7-MuiFormControl-root-MuiTextField-root">${inner}</div>`;

function textInput(source: string, label: string, value: string, o: Extra & { type?: 'text' | 'number' | 'date' } = {}) {
  const type = o.type ?? 'text';
  const shrink = !!value || type === 'date';
  return control(
    source,
    `${labelEl(source, label, shrink, o)}<div class="MuiInputBase-root MuiFilledInput-root MuiFilledInput-underline MuiInputBase-colorPrimary MuiInputBase-formControl MuiInputBase-sizeSmall${o.disabled ? ' Mui-disabled' : ''}${o.error ? ' Mui-error' : ''} css-batk84-MuiInputBase-root-MuiFilledInput-root"><input aria-invalid="${!!o.error}" aria-describedby="${source}-helper-text" id="${source}" name="${source}"${type === 'number' ? ' step="any"' : ''} type="${type}"${o.disabled ? ' disabled=""' : ''} class="MuiInputBase-input MuiFilledInput-input MuiInputBase-inputSizeSmall css-10i04qz-MuiInputBase-input-MuiFilledInput-input" value="${value}"></div>${helper(source, o)}`,
  );
}

function selectInput(source: string, label: string, value: string, o: Extra = {}) {
  const btn = source;
  return control(
    source,
    `${labelEl(source, label, !!value, o)}<div class="MuiInputBase-root MuiFilledInput-root MuiFilledInput-underline MuiInputBase-colorPrimary MuiInputBase-formControl MuiInputBase-sizeSmall MuiInputBase-adornedEnd css-batk84-MuiInputBase-root-MuiFilledInput-root"><div tabindex="0" role="combobox" aria-controls=":r3:" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${source}-label ${btn}" aria-describedby="${source}-helper-text" id="${btn}" class="MuiSelect-select MuiSelect-filled MuiInputBase-input MuiFilledInput-input MuiInputBase-inputSizeSmall MuiInputBase-inputAdornedEnd css-1jsddzs-MuiSelect-select-MuiInputBase-input-MuiFilledInput-input">${value || `<span class="notranslate" aria-hidden="true">${ZWSP}</span>`}</div><input aria-invalid="false" name="${source}" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput css-j0riat-MuiSelect-nativeInput" value="${value ? value.toLowerCase().replace(/\W+/g, '_') : ''}">${svg('ArrowDropDownIcon', 'MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiSelect-icon MuiSelect-iconFilled')}<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-filled MuiInputAdornment-sizeSmall css-1laqsz7-MuiInputAdornment-root"><span class="RaResettableTextField-clearButton">&nbsp;</span></div></div>${helper(source, o)}`,
  );
}

function autocompleteArray(source: string, label: string, chips: string[], open?: string[]) {
  const tags = chips
    .map(
      (c, i) =>
        `<div class="MuiButtonBase-root MuiChip-root MuiChip-filled MuiChip-sizeSmall MuiChip-colorDefault MuiChip-deletable MuiChip-deletableColorDefault MuiChip-filledDefault MuiAutocomplete-tag MuiAutocomplete-tagSizeSmall css-1d6wzja-MuiButtonBase-root-MuiChip-root" tabindex="-1" role="button" data-tag-index="${i}"><span class="MuiChip-label MuiChip-labelSmall css-wjsjww-MuiChip-label">${c}</span>${svg('CancelIcon', 'MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiChip-deleteIcon MuiChip-deleteIconSmall MuiChip-deleteIconColorDefault MuiChip-deleteIconFilledColorDefault')}</div>`,
    )
    .join('');
  const html = `<div class="MuiAutocomplete-root MuiAutocomplete-hasClearIcon MuiAutocomplete-hasPopupIcon ra-input ra-input-${source} css-1h51icj-MuiAutocomplete-root">${control(
    source,
    `${labelEl(source, label, true, {})}<div class="MuiInputBase-root MuiFilledInput-root MuiFilledInput-underline MuiInputBase-colorPrimary MuiInputBase-formControl MuiInputBase-sizeSmall MuiInputBase-adornedEnd MuiAutocomplete-inputRoot css-batk84-MuiInputBase-root-MuiFilledInput-root">${tags}<input aria-invalid="false" autocomplete="off" id="${source}" type="text" class="MuiInputBase-input MuiFilledInput-input MuiInputBase-inputSizeSmall MuiInputBase-inputAdornedEnd MuiAutocomplete-input MuiAutocomplete-inputFocused css-10i04qz-MuiInputBase-input-MuiFilledInput-input" aria-autocomplete="list" aria-expanded="${!!open}"${open ? ` aria-controls="${source}-listbox"` : ''} autocapitalize="none" spellcheck="false" role="combobox" aria-describedby="${source}-helper-text" value=""><div class="MuiAutocomplete-endAdornment css-2iz2x6"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiAutocomplete-clearIndicator css-edpqz1" tabindex="-1" type="button" aria-label="Clear" title="Clear">${svg('CloseIcon')}</button><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiAutocomplete-popupIndicator css-sf5t6v" tabindex="-1" type="button" aria-label="${open ? 'Close' : 'Open'}" title="${open ? 'Close' : 'Open'}">${svg('ArrowDropDownIcon')}</button></div></div>${helper(source, {})}`,
  )}</div>`;
  const popper = open
    ? `<div class="MuiPopper-root MuiAutocomplete-popper css-1mtsuo7" role="presentation" style="position: absolute; inset: 0px auto auto 0px; width: 256px; margin: 0px; transform: translate(24px, 380px);" data-popper-placement="bottom"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiAutocomplete-paper css-1rmkli1"><ul class="MuiAutocomplete-listbox css-ue1yok" role="listbox" id="${source}-listbox" aria-labelledby="${source}-label">${open
        .map(
          (v, i) =>
            `<li tabindex="-1" role="option" id="${source}-option-${i}" data-option-index="${i}" aria-disabled="false" aria-selected="${chips.includes(v)}" class="MuiAutocomplete-option">${v}</li>`,
        )
        .join('')}</ul></div></div>`
    : '';
  return { html, popper };
}

function booleanInput(source: string, label: string, checked: boolean) {
  return `<div class="MuiFormGroup-root ra-input ra-input-${source} css-dmmspl-MuiFormGroup-root"><label class="MuiFormControlLabel-root MuiFormControlLabel-labelPlacementEnd css-j204z7-MuiFormControlLabel-root"><span class="MuiSwitch-root MuiSwitch-sizeMedium css-julti5-MuiSwitch-root"><span class="MuiButtonBase-root MuiSwitch-switchBase MuiSwitch-colorPrimary${checked ? ' Mui-checked' : ''} PrivateSwitchBase-root MuiSwitch-switchBase css-byenzh-MuiButtonBase-root"><input class="PrivateSwitchBase-input MuiSwitch-input css-1m9pwf3" id="${source}" name="${source}" type="checkbox"${checked ? ' checked=""' : ''}><span class="MuiSwitch-thumb css-jsexje-MuiSwitch-thumb"></span><span class="MuiTouchRipple-root css-8je8zh-MuiTouchRipple-root"></span></span><span class="MuiSwitch-track css-1yjjitx-MuiSwitch-track"></span></span><span class="MuiTypography-root MuiTypography-body1 MuiFormControlLabel-label css-ahj2mt-MuiTypography-root">${title(label)}</span></label>${helper(source, {}).replace(`id="${source}-helper-text"`, '')}</div>`;
}

const iconButton = (aria: string, icon: string, cls: string, disabled = false) =>
  `<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall${disabled ? ' Mui-disabled' : ''} ${cls} css-1j7qk7u" tabindex="${disabled ? -1 : 0}" type="button"${disabled ? ' disabled=""' : ''} aria-label="${aria}">${svg(icon)}</button>`;

/** ArrayInput + SimpleFormIterator of the therapies (native date inputs), its rows labelled `#n` (getItemLabel) unless `unlabelled` (the default) */
function arrayInput(rows: number, empty = false, unlabelled = false) {
  const lines = Array.from({ length: rows }, (_, i) => {
    const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => (empty ? '' : ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]);
    const s = (k: string) => `priorTherapies.${i}.${k}`;
    const index = unlabelled
      ? ''
      : `<p class="MuiTypography-root MuiTypography-body2 RaSimpleFormIterator-index css-1a0tk7o-MuiTypography-root">#${i + 1}</p>`;
    return `<li class="RaSimpleFormIterator-line">${index}<div class="MuiStack-root RaSimpleFormIterator-form css-1ofqig9">${textInput(s('drug'), 'Drug', v('drug'))}${textInput(s('dose'), 'Dose', v('dose'))}${textInput(s('start'), 'Start date', v('start'), { type: 'date' })}${textInput(s('stop'), 'Stop date', v('stop'), { type: 'date' })}${textInput(s('outcome'), 'Outcome', v('outcome'))}</div><span class="RaSimpleFormIterator-action"><span class="button-reorder button-reorder-priorTherapies-${i}">${iconButton('Move up', 'ArrowUpwardIcon', 'MuiIconButton-colorPrimary', i === 0)}${iconButton('Move down', 'ArrowDownwardIcon', 'MuiIconButton-colorPrimary', i === rows - 1)}</span>${iconButton('Remove', 'CloseIcon', `MuiIconButton-colorWarning button-remove button-remove-priorTherapies-${i}`)}</span></li>`;
  }).join('');
  return `<div class="MuiFormControl-root MuiFormControl-marginDense MuiFormControl-fullWidth ra-input ra-input-priorTherapies RaArrayInput-root css-1kaxsng-MuiFormControl-root"><span class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-standard MuiFormLabel-colorPrimary RaArrayInput-label css-1qbuqc-MuiFormLabel-root-MuiInputLabel-root" data-shrink="true">${title('Prior therapies')}</span><div class="fullwidth css-1n2ln2v"><ul class="RaSimpleFormIterator-list">${lines}</ul><div class="RaSimpleFormIterator-buttons"><div class="RaSimpleFormIterator-add">${iconButton('Add', 'AddIcon', 'MuiIconButton-colorPrimary button-add button-add-priorTherapies')}</div><div class="RaSimpleFormIterator-clear">${iconButton('Clear the list', 'ClearIcon', 'MuiIconButton-colorWarning')}</div></div></div><p class="MuiFormHelperText-root MuiFormHelperText-sizeMedium css-1wc848c-MuiFormHelperText-root"><span>${ZWSP}</span></p></div>`;
}

const h6 = (text: string) =>
  `<h6 class="MuiTypography-root MuiTypography-h6 MuiTypography-gutterBottom css-1anx036-MuiTypography-root">${text}</h6>`;
const toolbar = `<div class="MuiToolbar-root MuiToolbar-gutters MuiToolbar-regular RaToolbar-desktopToolbar css-1hcx6nf"><div class="RaToolbar-defaultToolbar"><button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary css-xqkk39" tabindex="0" type="submit">${svg('SaveIcon')}Save</button></div></div>`;
/** Create view > Card > SimpleForm (CardContent > Stack) + Toolbar */
const simpleForm = (body: string, tail = '') =>
  `<div class="RaLayout-content"><div class="RaCreate-main"><div class="MuiPaper-root MuiCard-root RaCreate-card css-bhp9pd-MuiPaper-root-MuiCard-root"><form class="" novalidate=""><div class="MuiCardContent-root css-46bh2p-MuiCardContent-root"><div class="MuiStack-root css-1ofqig9">${body}</div></div>${toolbar}</form></div></div></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('React Admin 5: SimpleForm, TextInput, NumberInput, DateInput, SelectInput, AutocompleteArrayInput, ArrayInput, TabbedForm', () => {
  it('reads the full Ilaris request', () => {
    const codes = autocompleteArray('diagnosisCodes', 'ICD-10 codes', ['M04.1', 'M06.1']);
    page(
      simpleForm(
        `${h6('Member')}${textInput('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${textInput('dob', 'Date of birth', ISO_REQUEST['patient.dob'], { type: 'date' })}${textInput('weight', 'Weight (kg)', '72', { type: 'number' })}
        ${h6('Diagnosis')}${codes.html}
        ${h6('Medication')}${selectInput('drugName', 'Drug name', ILARIS['drug.name'])}${textInput('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textInput('ndc', 'NDC', ILARIS['drug.ndc'])}${textInput('dose', 'Dose (mg)', '150', { type: 'number' })}${textInput('units', 'Billing units', '150', { type: 'number' })}${selectInput('frequency', 'Frequency', 'Every 4 weeks')}
        ${h6('Labs')}${textInput('crp', 'CRP (mg/L)', '24', { type: 'number' })}${textInput('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'], { type: 'date' })}
        ${arrayInput(2)}
        ${h6('Prescriber')}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a required input by its FieldTitle without the asterisk, and not by the error under the input before it', () => {
    page(
      simpleForm(
        `${textInput('memberId', 'Member ID', '', { required: true, error: 'Required' })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, helper: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a SelectInput once by its combobox text, and an empty one (zero-width space) as empty', () => {
    page(simpleForm(`${selectInput('drugName', 'Drug name', '')}${selectInput('frequency', 'Frequency', 'Every 8 weeks')}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.MuiSelect-nativeInput');
  });

  it('reads the AutocompleteArrayInput chips as the ICD-10 codes, and nothing from its open popper', () => {
    const codes = autocompleteArray('diagnosisCodes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8']);
    page(simpleForm(codes.html, codes.popper));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('.MuiAutocomplete-popper');
  });

  it('reads an empty AutocompleteArrayInput as empty', () => {
    page(simpleForm(autocompleteArray('diagnosisCodes', 'ICD-10 codes', []).html));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads the SimpleFormIterator rows (#1, #2) as the prior therapies, an empty row as empty', () => {
    page(simpleForm(`${arrayInput(2)}${h6('Prescriber')}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ ...ISO_THERAPIES, 'prescriber.npi': ILARIS['prescriber.npi'] });
    noDuplicatePaths();
    page(simpleForm(arrayInput(1, true)));
    expect(read()).toEqual({
      'priorTherapies.0.drug': '',
      'priorTherapies.0.dose': '',
      'priorTherapies.0.start': '',
      'priorTherapies.0.stop': '',
      'priorTherapies.0.outcome': '',
    });
  });

  it('reads SimpleFormIterator rows with no item label (getItemLabel false, the default) as the prior therapies', () => {
    page(simpleForm(`${arrayInput(2, false, true)}${h6('Prescriber')}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ ...ISO_THERAPIES, 'prescriber.npi': ILARIS['prescriber.npi'] });
    noDuplicatePaths();
  });

  it('takes nothing of the request from a BooleanInput switch, and reads a disabled input by its value', () => {
    page(
      simpleForm(
        `${booleanInput('urgent', 'Urgent review', true)}${textInput('memberId', 'Member ID', ILARIS['patient.memberId'], { disabled: true })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toMatchObject({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    noDuplicatePaths();
  });

  it('reads every tab of a TabbedForm, the hidden tabs (display: none, aria-hidden) too', () => {
    const tab = (i: number, label: string, selected: boolean) =>
      `<button class="MuiButtonBase-root MuiTab-root MuiTab-textColorPrimary form-tab${selected ? ' Mui-selected' : ''} css-1q2h7u5" tabindex="${selected ? 0 : -1}" type="button" role="tab" aria-selected="${selected}" id="tabheader-${i}" aria-controls="tabpanel-${i}">${label}<span class="MuiTouchRipple-root css-w0pj6f"></span></button>`;
    const panel = (i: number, body: string, hidden: boolean) =>
      `<div class="MuiStack-root css-1ofqig9" id="tabpanel-${i}" aria-labelledby="tabheader-${i}"${hidden ? ' style="display: none;" aria-hidden="true"' : ''}>${body}</div>`;
    page(
      `<div class="RaCreate-main"><div class="MuiPaper-root MuiCard-root RaCreate-card css-bhp9pd"><form class="tabbed-form css-1u2z7l3" novalidate=""><div class="MuiTabs-root css-orq8zk"><div class="MuiTabs-scroller MuiTabs-fixed css-1anid1y" style="overflow: hidden; margin-bottom: 0px;"><div aria-label="Form tabs" class="MuiTabs-flexContainer css-k008qs" role="tablist">${tab(0, 'Patient', true)}${tab(1, 'Medication', false)}${tab(2, 'Prescriber', false)}</div><span class="MuiTabs-indicator css-ttwr4n" style="left: 0px; width: 90px;"></span></div></div><hr class="MuiDivider-root MuiDivider-fullWidth css-9mgopn-MuiDivider-root"><div class="MuiCardContent-root css-46bh2p">${panel(
        0,
        `${textInput('memberId', 'Member ID', ILARIS['patient.memberId'])}${textInput('dob', 'Date of birth', ISO_REQUEST['patient.dob'], { type: 'date' })}`,
        false,
      )}${panel(1, `${selectInput('drugName', 'Drug name', ILARIS['drug.name'])}${textInput('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textInput('dose', 'Dose (mg)', '150', { type: 'number' })}`, true)}${panel(
        2,
        textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi']),
        true,
      )}</div>${toolbar}</form></div></div>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ISO_REQUEST['patient.dob'],
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.dose': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads a SelectInput with its menu open (app root aria-hidden) once, and nothing from the menu', () => {
    // MUI's modal manager hides the app root from assistive technology while the menu is open
    page(
      `<div id="root" aria-hidden="true">${simpleForm(selectInput('drugName', 'Drug name', ILARIS['drug.name']).replace('aria-expanded="false"', 'aria-expanded="true"'))}</div>${`<div role="presentation" class="MuiPopover-root MuiMenu-root MuiModal-root css-1sucic7" id="menu-drugName"><div aria-hidden="true" class="MuiBackdrop-root MuiBackdrop-invisible MuiModal-backdrop css-esi9ax" style="opacity: 1;"></div><div tabindex="0" data-testid="sentinelStart"></div><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation8 MuiPopover-paper MuiMenu-paper css-1tktgsa" tabindex="-1" style="opacity: 1; transform: none; top: 200px; left: 24px;"><ul class="MuiList-root MuiList-padding MuiMenu-list css-r8u8y9" role="listbox" tabindex="-1" aria-labelledby="drugName-label" id=":r3:"><li class="MuiButtonBase-root MuiMenuItem-root MuiMenuItem-gutters css-1km1ehz" tabindex="-1" role="option" aria-selected="false" data-value=""><span class="notranslate" aria-hidden="true">${ZWSP}</span></li>${DRUGS.map(
        (d) =>
          `<li class="MuiButtonBase-root MuiMenuItem-root MuiMenuItem-gutters${d === ILARIS['drug.name'] ? ' Mui-selected' : ''} css-1km1ehz" tabindex="${d === ILARIS['drug.name'] ? 0 : -1}" role="option" aria-selected="${d === ILARIS['drug.name']}" data-value="${d}">${d}</li>`,
      ).join('')}</ul></div><div tabindex="0" data-testid="sentinelEnd"></div></div>`}`,
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.MuiPopover-root');
  });
});
