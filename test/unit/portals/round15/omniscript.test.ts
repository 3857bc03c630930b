import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';
import { shadow } from '../components/shadow';

/**
 * Salesforce OmniStudio OmniScript (LWC, standard runtime, SLDS theme). OmniStudio's runtime is not
 * open source; its templates are modelled on the runtime stub published in
 * eschweitzer78/gps-design-systems-lwc at 252562f (sfGpsDs/main/default/lwc/omnistudio-standard-rt-stub/lwc:
 * sfGpsDsOsrtOmniscriptStep/omniscriptStep_slds.html, …Text, …Number, …Date, …Select, …Multiselect,
 * …Radio, …Checkbox, …EditBlock/omniscriptEditBlock_slds.html + .js (editClass/visualClass),
 * sfGpsDsOsrtInput/input_slds.html + .js (labelVisible false for checkbox), sfGpsDsOsrtMaskedInput
 * (the hidden `input.hiddenNumber[type=number]` mirror of a Number), sfGpsDsOsrtCombobox/combobox_slds.html,
 * sfGpsDsOsrtCheckboxGroup/checkboxGroup_slds.html, sfGpsDsOsrtRadioGroup/radioGroup_slds.html,
 * sfGpsDsOsrtDatePicker/datePicker_slds.html), with the `c-sf-gps-ds-osrt-*` tags named as the
 * platform names them (`omnistudio-omniscript-*`, `omnistudio-input`, …):
 * - Step: `h1.os-step-label` then `div.omniscript-step__body > slot` holding the elements.
 * - Text: `omnistudio-input` > `div.slds-form-element` > `div.slds-grid[data-label]` > `label[for]`
 *   (`abbr.slds-required` "*" first, the text in a span) + `span.slds-grid > slot[name=label]`, then the
 *   control div > `input.slds-input.vlocity-input[aria-describedby=errorMessageblock]`; an error
 *   `div.slds-form-element__help#errorMessageBlock[role=alert]` after it.
 * - Number: masked input: a hidden `input.hiddenNumber.slds-hide[type=number]` before the visible box.
 * - Date (dateFormat "MM/dd/yyyy"): `omnistudio-date-picker` > fieldset > … `label[for=date-input]` +
 *   `input#date-input.slds-input[data-id=date-picker-slds-input]` + calendar `button[title="Select a date"]`.
 * - Select: `label#combobox-label[for=comboboxId]`, `input#comboboxId[role=combobox][readonly]
 *   [aria-controls=combobox-list]` holding the chosen label, then (in a sibling div, always rendered,
 *   closed by CSS) `div#combobox-list[role=listbox][aria-labelledby=combobox-label]` of
 *   `div[role=option].slds-is-selected` (the template gives every option that class).
 * - Multiselect / Radio: `fieldset > legend > span.slds-form-element__legend` + `div.slds-checkbox` /
 *   `div.slds-radio` of `input` + `label[for] > span.slds-checkbox_faux + span` (option label).
 * - Checkbox: no top label; `div.slds-checkbox > input + label > span.slds-checkbox_faux + span` label.
 * - Edit Block, Table mode: the first entry draws `h2` + a `role=rowgroup` header row of
 *   `role=columnheader` labels; each entry draws a `role=rowgroup > role=row` of `role=cell` texts, and
 *   its child elements inside `div.slds-size_1-of-1.slds-hide` > `section.slds-modal[role=dialog]
 *   [aria-modal=true]` (shown only while that entry is edited).
 * LWC synthetic shadow (Lightning Experience) leaves all this in the light DOM with template ids
 * suffixed ("comboboxId-12"); an LWR site renders real open shadow roots with ids as written.
 */

let n = 0;
const req = (r?: boolean) => (r ? '<abbr class="slds-required" title="required">*</abbr>' : '');
type O = { required?: boolean; error?: string; readOnly?: boolean; placeholder?: string };

const el = (tag: string, key: string, inner: string) =>
  `<omnistudio-omniscript-${tag} data-omni-key="${key}" class="slds-col slds-size_12-of-12 slds-medium-size_6-of-12 slds-form-element omniscript-element"><slot>${inner}</slot></omnistudio-omniscript-${tag}>`;

const inputBody = (key: string, label: string, value: string, o: O, id: string, number = false) =>
  `<div class="slds-form-element${o.error ? ' slds-has-error' : ''}"><div class="slds-grid" data-label="true"><label class="slds-form-element__label slds-show--inline" for="${id}">${req(o.required)}<span>${label}</span></label><span class="slds-grid"><slot name="label"></slot></span></div><div class="slds-form-element__control">${
    number ? `<input class="hiddenNumber slds-hide" type="number" value="${value}" aria-describedby="errorMessageblock-${n}">` : ''
  }<input id="${id}" tabindex="0" class="vlocity-input slds-input" type="text"${number ? ' inputmode="decimal"' : ''}${o.required ? ' required=""' : ''}${o.readOnly ? ' readonly="" aria-readonly="true"' : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} aria-invalid="${!!o.error}" aria-describedby="errorMessageblock-${n}" autocomplete="off" name="${key}" value="${value}"></div>${
    o.error ? `<div class="slds-form-element__help" id="errorMessageBlock-${n}" role="alert">${o.error}</div>` : ''
  }<div class="slds-grid"></div></div>`;

const text = (key: string, label: string, value: string, o: O = {}) =>
  el(
    'text',
    key,
    `<omnistudio-input class="slds-form-element" data-omni-input="">${inputBody(key, label, value, o, `input${++n}-${n + 40}`)}</omnistudio-input>`,
  );
const num = (key: string, label: string, value: string, o: O = {}) =>
  el(
    'number',
    key,
    `<omnistudio-masked-input class="slds-form-element" data-omni-input="">${inputBody(key, label, value, o, `input${++n}-${n + 40}`, true)}</omnistudio-masked-input>`,
  );

const date = (key: string, label: string, value: string, o: O = {}) => {
  const s = ++n;
  return el(
    'date',
    key,
    `<omnistudio-input class="slds-form-element" data-omni-input=""><omnistudio-date-picker><div class="slds-form-element"><div class="slds-form"><fieldset class="slds-form-element"><div class="slds-form-element__group"><div class="slds-form-element__row"><div class="slds-gutters slds-size_full slds-m-around_none"><div class="slds-col slds-p-around_none"><div class="slds-form-element${o.error ? ' slds-has-error' : ''}"><div class="slds-grid" data-label="true"><label class="slds-form-element__label slds-show--inline slds-truncate" for="date-input-${s}">${o.required ? '<abbr class="slds-required" title="required"><span>*</span></abbr>' : ''}${label}</label><slot name="label"></slot></div><div class="slds-form-element__control slds-input-has-icon slds-input-has-icon_right datepicker_input__container"><input type="text" id="date-input-${s}" tabindex="0" placeholder="${o.placeholder ?? ''}" data-id="date-picker-slds-input" name="${key}" class="slds-input" value="${value}" autocomplete="off" aria-invalid="${!!o.error}" aria-describedby="errorMessageBlock-${s}"><button data-id="datePickerBtn" class="slds-button slds-button_icon slds-input__icon slds-input__icon_right Date" data-type="icon" tabindex="0" title="Select a date" type="button"><omnistudio-icon icon-name="utility:event" class="Date" aria-hidden="true"><svg class="slds-icon slds-icon_x-small" aria-hidden="true"><use href="/_slds/icons/utility-sprite/svg/symbols.svg#event"></use></svg></omnistudio-icon></button></div>${
      o.error ? `<div class="slds-form-element__help" id="errorMessageBlock-${s}" role="alert">${o.error}</div>` : ''
    }</div></div></div></div></div></fieldset></div></div></omnistudio-date-picker></omnistudio-input>`,
  );
};

/** Select (omnistudio-combobox, not searchable: a read-only combobox input); `ids` false = native shadow (unsuffixed) */
const select = (key: string, label: string, value: string, options: string[], o: O & { open?: boolean } = {}, s = `-${++n}`) =>
  el(
    'select',
    key,
    `<omnistudio-combobox class="slds-form-element" data-omni-input=""><div class="slds-form-element"><div class="slds-form-element${o.error ? ' slds-has-error' : ''}"><div class="slds-grid" data-label="true"><label class="slds-form-element__label" for="comboboxId${s}" id="combobox-label${s}">${req(o.required)}<span>${label}</span></label><slot name="label"></slot></div><div class="slds-form-element__control"><div class="slds-combobox_container${o.open ? ' slds-is-open' : ''}"><div class="slds-combobox__form-element slds-input-has-icon slds-input-has-icon_right" role="none"><input class="slds-input slds-listbox__option-text_entity" aria-describedby="errorMessageBlock${s}" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-controls="combobox-list${s}" role="combobox" value="${value}" data-value="${value}" type="text" aria-disabled="${!!o.readOnly}" placeholder="${o.placeholder ?? ''}" tabindex="0" readonly="" aria-readonly="true" autocomplete="off" id="comboboxId${s}"${o.readOnly ? ' disabled=""' : ''}><span aria-hidden="true" class="slds-icon_container slds-icon-utility-down slds-input__icon slds-input__icon_right"><omnistudio-icon icon-name="utility:down"><svg class="slds-icon slds-icon_x-small" aria-hidden="true"></svg></omnistudio-icon></span></div></div><div class="slds-form-element"><div id="combobox-list${s}" aria-labelledby="combobox-label${s}" class="slds-dropdown slds-dropdown_fluid slds-p-bottom_none slds-dropdown_left" role="listbox"><ul class="dropdown-container listbox slds-listbox slds-listbox_vertical" role="presentation">${options
      .map(
        (v, i) =>
          `<li class="slds-listbox__item"><div class="slds-media slds-listbox__option slds-listbox__option_plain slds-media_small slds-is-selected" data-value="${v}" data-label="${v}" data-option-id="opt${i}${s}" role="option" id="opt${i}${s}"><span class="slds-media__body"><span class="slds-listbox__option-text slds-listbox__option-text_entity">${v}</span></span></div></li>`,
      )
      .join(
        '',
      )}</ul></div></div>${o.error ? `<div aria-live="polite" id="errorMessageBlock${s}" class="slds-form-element__help" role="alert">${o.error}</div>` : ''}</div></div></div></omnistudio-combobox>`,
  );

const choices = (kind: 'checkbox' | 'radio', key: string, label: string, chosen: string[], options: string[]) =>
  `<fieldset class="slds-form-element"><legend class="slds-show slds-float_left"><span class="slds-form-element__legend slds-form-element__label slds-show_inline slds-float_none slds-var-p-top_xxx-small">${label}</span></legend><span class="slds-clearfix"><slot name="label"></slot></span><div class="slds-form-element__control">${options
    .map((v, i) => {
      const id = `${key}-${i}-${++n}`;
      return `<div class="slds-${kind}"><input type="${kind}"${chosen.includes(v) ? ' checked=""' : ''} id="${id}" data-index="${i}" tabindex="0" name="${key}" value="${v}" aria-invalid="false" aria-describedby="errorMessageblock-${n}"><label class="slds-${kind}__label" data-index="${i}" for="${id}"><span class="slds-${kind}_faux"></span><span class="slds-form-element__label slds-p-top_none">${v}</span></label></div>`;
    })
    .join('')}</div></fieldset>`;
const multiselect = (key: string, label: string, chosen: string[], options: string[]) =>
  el(
    'multiselect',
    key,
    `<omnistudio-checkbox-group data-omni-input=""><div class="slds-form-element">${choices('checkbox', key, label, chosen, options)}</div></omnistudio-checkbox-group>`,
  );
const radio = (key: string, label: string, chosen: string, options: string[]) =>
  el(
    'radio',
    key,
    `<omnistudio-radio-group data-omni-input=""><div class="slds-form-element">${choices('radio', key, label, [chosen], options)}</div></omnistudio-radio-group>`,
  );
const checkbox = (key: string, label: string, checked: boolean) => {
  const id = `input${++n}-${n + 40}`;
  return el(
    'checkbox',
    key,
    `<omnistudio-input class="slds-form-element" data-omni-input=""><div class="slds-form-element"><div class="slds-grid" data-label="true"></div><div class="slds-form-element__control"><div class="slds-checkbox"><input tabindex="0" class="vlocity-input"${checked ? ' checked=""' : ''} aria-invalid="false" aria-describedby="errorMessageblock-${n}" type="checkbox" name="${key}" id="${id}" value="${checked}"><label class="slds-checkbox__label" for="${id}" data-label="true"><span class="slds-checkbox_faux"></span><span class="slds-form-element__label slds-show--inline slds-p-top_none">${label}</span></label><slot name="label"></slot></div></div><div class="slds-grid"></div></div></omnistudio-input>`,
  );
};

const COLS = [
  ['drug', 'Drug'],
  ['dose', 'Dose'],
  ['start', 'Start date'],
  ['stop', 'Stop date'],
  ['outcome', 'Outcome'],
] as const;

/** one Edit Block entry (Table mode); the first draws the block's title and column headers */
const editBlockEntry = (i: 0 | 1, editing = false) => {
  const v = (k: (typeof COLS)[number][0]) => THERAPIES[`priorTherapies.${i}.${k}`];
  const children = COLS.map(([k, l]) => (k === 'start' || k === 'stop' ? date(`${k}`, l, v(k)) : text(k, l, v(k)))).join('');
  const head =
    i === 0
      ? `<div class="slds-m-bottom_x-small slds-grid slds-m-top_small"><h2 aria-label="Prior therapies" class="slds-text-heading_small slds-text" aria-live="polite">Prior therapies</h2></div><div role="rowgroup" class="slds-border_top slds-border_bottom slds-border_left slds-border_right slds-grid slds-p-vertical_xx-small"><div role="row" tabindex="0" class="slds-size_11-of-12 slds-grid slds-wrap">${COLS.map(
          ([, l]) =>
            `<div class="slds-col slds-size_2-of-12" role="columnheader"><strong class="slds-text-title_caps slds-text-heading--label slds-p-vertical_x-small">${l}</strong></div>`,
        ).join('')}</div><div class="slds-size_1-of-12">&nbsp;</div></div>`
      : '';
  return `<omnistudio-omniscript-edit-block data-omni-key="PriorTherapies" class="slds-col slds-size_12-of-12 omniscript-element"><div class="slds-element_text-font slds-grid slds-grid_vertical">${head}${
    editing
      ? ''
      : `<div class="slds-grid slds-cont-wrapper slds-border_top slds-border_left slds-border_right slds-border_bottom omni-editblock-table-row" tabindex="0" aria-describedby="table-text-error-${i}" aria-labelledby="table-text-${i}" aria-invalid="false" role="rowgroup"><div role="row" class="slds-size_12-of-12 slds-grid"><span id="table-text-error-${i}"></span><div class="slds-size_11-of-12 slds-grid slds-wrap" id="table-text-${i}">${COLS.map(
          ([k]) => `<div class="slds-col slds-size_2-of-12 slds-truncate" role="cell">${v(k)}</div>`,
        ).join('')}</div><div class="slds-size_1-of-12 slds-grid slds-grid--vertical-align-center"></div></div></div>`
  }<div class="slds-size_1-of-1 slds-${editing ? 'show' : 'hide'}"><div class="slds-modal_custom"><section role="dialog" tabindex="-1" class="slds-modal slds-fade-in-open slds-modal_large" aria-modal="true" aria-label="Prior therapies"><div class="slds-modal__container"><header class="slds-modal__header"><h1 class="slds-text-heading_small slds-step_label">Prior therapies</h1></header><div class="slds-modal__content slds-p-around_medium omni-editblock-modal__content"><slot class="slds-grid slds-wrap slds-grid_pull-padded slds-p-left_small">${children}</slot></div><footer class="slds-modal__footer slds-button_text-font"><button type="button" class="slds-button slds-button_neutral slds-size_2-of-12 slds-text-align_center">Cancel</button><button type="button" class="slds-button slds-button_neutral slds-button_brand slds-size_2-of-12 slds-text-align_center">OK</button></footer></div></section><div class="slds-backdrop slds-backdrop_open"></div></div></div>${
    i === 1
      ? '<div class="slds-grid slds-m-top_small"><div class="slds-size_3-of-12 slds-grid slds-grid_align-center slds-col_bump-left"><button type="button" class="slds-button slds-button_brand slds-button_stretch editblock-new">New</button></div></div>'
      : ''
  }</div></omnistudio-omniscript-edit-block>`;
};

const step = (title: string, body: string) =>
  `<omnistudio-omniscript-step data-omni-key="${title.replace(/\W/g, '')}" class="slds-size_1-of-1"><h1 class="slds-page-header__title slds-p-horizontal_medium slds-text-heading--medium slds-m-top_medium os-step-label" aria-live="polite" tabindex="0">${title}</h1><div class="vlc-separator slds-border_top slds-m-top_x-small slds-m-bottom_xx-small slds-m-horizontal_medium"></div><div class="slds-grid slds-wrap slds-p-vertical_small omniscript-step__body"><slot class="slds-grid slds-wrap slds-size_1-of-1 slds-p-left_medium">${body}</slot></div></omnistudio-omniscript-step>`;
const omniscript = (steps: string) =>
  `<c-pa-request-english><div class="slds-grid slds-wrap omniscript-body"><div class="slds-size_1-of-1 omniscript-step-container">${steps}</div><div class="slds-col slds-size_1-of-1 omniscript-button-position"><omnistudio-omniscript-next-button><button class="slds-button slds-button_brand">Next</button></omnistudio-omniscript-next-button></div></div></c-pa-request-english>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('OmniStudio OmniScript (LWC standard runtime): step, text, number, date, select, multiselect, radio, edit block', () => {
  it('reads the full Ilaris request, prior therapies from the Edit Block table', () => {
    page(
      omniscript(
        step(
          'Prior authorization request',
          `${text('MemberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('DOB', 'Date of birth', ILARIS['patient.dob'])}${num('Weight', 'Weight (kg)', '72')}${multiselect('ICD10', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}${select('DrugName', 'Drug name', ILARIS['drug.name'], DRUGS)}${text('HCPCS', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', 'NDC', ILARIS['drug.ndc'])}${num('Dose', 'Dose (mg)', '150')}${num('Units', 'Billing units', '150')}${radio('Frequency', 'Frequency', 'Every 4 weeks', FREQS)}${num('CRP', 'CRP (mg/L)', '24')}${date('CRPDate', 'CRP collection date', ILARIS['labs.crpDate'])}${editBlockEntry(0)}${editBlockEntry(1)}${text('NPI', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a required Text by its label without the asterisk, not by the error of the field before it', () => {
    page(
      omniscript(
        step(
          'Member',
          `${text('MemberId', 'Member ID', '', { required: true, error: 'Error: This field is required.' })}${text('NPI', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a Number once, by its visible box, not its hidden type=number mirror', () => {
    page(omniscript(step('Medication', `${num('Dose', 'Dose (mg)', '150')}${num('Units', 'Billing units', '150')}`)));
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150' });
    nothingFrom('input.hiddenNumber');
  });

  it('reads a Select by its read-only combobox input and nothing from its closed listbox', () => {
    page(
      omniscript(
        step(
          'Medication',
          `${select('DrugName', 'Drug name', ILARIS['drug.name'], DRUGS)}${select('Frequency', 'Frequency', 'Every 8 weeks', FREQS)}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('[role=listbox]');
  });

  it('reads an empty Select (placeholder only) as empty, and an open one by its choice', () => {
    page(
      omniscript(
        step(
          'Medication',
          `${select('DrugName', 'Drug name', '', DRUGS, { placeholder: 'Select' })}${select('Frequency', 'Frequency', 'Once', FREQS, { open: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Once' });
    nothingFrom('[role=listbox]');
  });

  it('reads a Multiselect as its ticked codes and a Radio by its chosen option', () => {
    page(
      omniscript(
        step(
          'Diagnosis',
          `${multiselect('ICD10', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}${radio('Frequency', 'Frequency', 'Every 8 weeks', FREQS)}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads Dates as shown, an empty one (placeholder) as empty, and a read-only Text', () => {
    page(
      omniscript(
        step(
          'Member',
          `${text('MemberId', 'Member ID', ILARIS['patient.memberId'], { readOnly: true })}${date('DOB', 'Date of birth', ILARIS['patient.dob'])}${date('CRPDate', 'CRP collection date', '', { placeholder: 'MM/dd/yyyy', error: 'Error: This field is required.' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads a Checkbox beside the request and leaves it out of the request paths', () => {
    page(
      omniscript(
        step(
          'Attestation',
          `${text('NPI', 'Prescriber NPI', ILARIS['prescriber.npi'])}${checkbox('Attest', 'I attest this information is accurate', true)}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads only the Edit Block entry open in its modal, not the table row behind it', () => {
    page(omniscript(step('Therapies', `${editBlockEntry(0, true)}${editBlockEntry(1)}`)));
    expect(read()).toEqual(Object.fromEntries(Object.entries(THERAPIES).filter(([k]) => k.startsWith('priorTherapies.0.'))));
    noDuplicatePaths();
  });

  it('reads Text and Select rendered in native shadow roots (an LWR site)', () => {
    page(
      omniscript(
        step(
          'Member',
          `<omnistudio-omniscript-text data-omni-key="MemberId" class="slds-col"></omnistudio-omniscript-text><omnistudio-omniscript-select data-omni-key="DrugName" class="slds-col"></omnistudio-omniscript-select>`,
        ),
      ),
    );
    shadow(document, 'omnistudio-omniscript-text', () => '<slot><omnistudio-input class="slds-form-element"></omnistudio-input></slot>');
    shadow(document.querySelector('omnistudio-omniscript-text')!.shadowRoot!, 'omnistudio-input', () =>
      inputBody('MemberId', 'Member ID', ILARIS['patient.memberId'], {}, 'input7'),
    );
    shadow(document, 'omnistudio-omniscript-select', () =>
      select('DrugName', 'Drug name', ILARIS['drug.name'], DRUGS, {}, '').replace(
        /^<omnistudio-omniscript-select[^>]*><slot>|<\/slot><\/omnistudio-omniscript-select>$/g,
        '',
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'] });
  });
});
