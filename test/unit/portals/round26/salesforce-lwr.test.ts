import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Salesforce LWR site (Experience Cloud on Lightning Web Runtime): Lightning base components in NATIVE open shadow
 * roots, one per component, nested, ids inside each root unsuffixed (Guidewire Jutro's and Power Apps canvas'
 * rendered markup could not be found: no public source). Templates from lightning-base-components 1.28.15-alpha (npm,
 * src/lightning/): input/input.html → primitiveInputSimple/primitiveInputSimple.html (`div[part=input-text]` > `label
 * .slds-form-element__label[for=input]` (required: `abbr.slds-required[aria-hidden=true]` "*"), lightning-helptext,
 * `div.slds-form-element__control` > `input#input.slds-input` (type number drawn as `type=text` with inputmode
 * decimal), then ALWAYS `div#help-message.slds-form-element__help[aria-live=polite]`, holding the label as
 * `span.slds-assistive-text` + the message when invalid); type=date → datepicker/datepicker.html (`div[role=group]`
 * around the label and `input#input` showing the medium date, a lightning-button-icon "Select a date for <label>",
 * `div#fmt-text.slds-form-element__help.slds-assistive-text` "Format: Dec 31, 2024", `div#error-message`);
 * combobox/combobox.html (`span > label` with no `for`, `lightning-base-combobox` whose baseCombobox.html draws the
 * read-only `button#combobox-button[role=combobox][aria-label=<label>] > span.slds-truncate` value or placeholder,
 * then `div#dropdown-element[role=listbox]`, empty until first opened, of `lightning-base-combobox-item[role=option]`);
 * card/card.html, checkboxGroup/checkboxGroup.html and radioGroup/radioGroup.html (`fieldset` > `legend` + `span.slds-checkbox|
 * slds-radio > input + label > span.faux + span.slds-form-element__label`); helptext/helptext.html and
 * buttonIcon/buttonIcon.html (`button > lightning-primitive-icon + span.slds-assistive-text`). The English label
 * strings (@salesforce/label) and the site's custom `c-` components (the form, a therapy block) are my stand-ins.
 */

const roots = new Map<string, string>();
let n = 0;
/** a host element whose open shadow root will hold `root` */
const host = (tag: string, attrs: string, root: string, light = '') => {
  const key = `r${++n}`;
  roots.set(key, root);
  return `<${tag}${attrs} data-sr="${key}">${light}</${tag}>`;
};
function render(html: string): void {
  page(html);
  const attach = (scope: ParentNode) => {
    for (const el of Array.from(scope.querySelectorAll('[data-sr]'))) {
      const key = el.getAttribute('data-sr')!;
      el.removeAttribute('data-sr');
      el.attachShadow({ mode: 'open' }).innerHTML = roots.get(key)!;
      attach(el.shadowRoot!);
    }
  };
  attach(document);
}

const svg = (d = 'M12 2v20') =>
  host(
    'lightning-primitive-icon',
    ' variant="bare"',
    `<svg focusable="false" aria-hidden="true" viewBox="0 0 520 520" part="icon" class="slds-button__icon"><path d="${d}"></path></svg>`,
  );
const buttonIcon = (alt: string, extra = '') =>
  host(
    'lightning-button-icon',
    extra,
    `<button class="slds-button slds-button_icon slds-button_icon-bare" title="${alt}" type="button" part="button button-icon">${svg()}<span class="slds-assistive-text">${alt}</span></button>`,
  );
const helptext = (label: string) =>
  host('lightning-helptext', '', `<div class="slds-form-element__icon" part="help-text">${buttonIcon(`Help ${label}`)}</div>`);
const required = (r?: boolean) => (r ? '<abbr class="slds-required" title="required" part="required" aria-hidden="true">*</abbr>' : '');
const helpMessage = (label: string, error?: string) =>
  `<div id="help-message" class="slds-form-element__help" data-help-message="" part="help-text" aria-live="polite">${error ? `<span class="slds-assistive-text">${label}</span>${error}` : ''}</div>`;

type In = { required?: boolean; help?: boolean; error?: string; number?: boolean };
const input = (label: string, value: string, o: In = {}) =>
  host(
    'lightning-input',
    ` class="slds-form-element${o.error ? ' slds-has-error' : ''}"`,
    host(
      'lightning-primitive-input-simple',
      ' variant="standard" exportparts="input-text, input-container, input, required, label"',
      `<div part="input-text"><label class="slds-form-element__label slds-no-flex" for="input" part="label">${required(o.required)}${label}<slot name="label-end"></slot></label>${o.help ? helptext(label) : ''}<div class="slds-form-element__control slds-grow" part="input-container" type="text"><input${o.error ? ' aria-invalid="true"' : ''} class="slds-input" id="input"${o.number ? ' inputmode="decimal"' : ''} name="${label.replace(/\W/g, '')}" part="input" type="text" value="${value}"${o.required ? ' required=""' : ''}></div>${helpMessage(label, o.error)}</div>`,
    ),
  );

const date = (label: string, value: string, o: In = {}) =>
  host(
    'lightning-input',
    ` class="slds-form-element${o.error ? ' slds-has-error' : ''}"`,
    host(
      'lightning-datepicker',
      ' class="slds-form-element"',
      `<div class="slds-dropdown-trigger slds-dropdown-trigger_click slds-size_1-of-1" role="group" part="input-text"><label class="slds-form-element__label" for="input" part="label">${required(o.required)}${label}</label><div class="slds-form-element__control slds-input-has-icon slds-input-has-icon_right" part="input-container"><input type="text" id="input" class="slds-input" part="input" name="${label.replace(/\W/g, '')}" value="${value}"${o.error ? ' aria-invalid="true"' : ''} autocomplete="off">${buttonIcon(`Select a date for ${label}`, ' class="slds-input__icon slds-input__icon_right" variant="bare"')}</div></div>${o.error ? '' : '<div id="fmt-text" class="slds-form-element__help slds-assistive-text">Format: Dec 31, 2024</div>'}<div id="error-message" class="slds-form-element__help" data-error-message="" aria-live="polite">${o.error ? `<span class="slds-assistive-text">${label}</span>${o.error}` : ''}</div>`,
    ),
  );

/** lightning-combobox: label without `for`, the base combobox's read-only button and its listbox (drawn once opened) */
const combobox = (
  label: string,
  value: string,
  options: string[],
  o: { required?: boolean; open?: boolean; placeholder?: string } = {},
) => {
  const items = o.open
    ? options
        .map((v, i) =>
          host(
            'lightning-base-combobox-item',
            ` role="option" id="${i}-${n}" data-item-id="${i}-${n}" aria-checked="${v === value}" data-value="${v}" class="slds-media slds-listbox__option slds-media_center slds-listbox__option_plain"`,
            `<span class="slds-media__figure slds-listbox__option-icon">${v === value ? host('lightning-icon', ' class="slds-icon-utility-check slds-current-color slds-icon_container"', `<span part="boundary">${svg()}<span class="slds-assistive-text">Currently Selected</span></span>`) : ''}</span><span class="slds-media__body"><span class="slds-truncate" title="${v}">${v}</span></span>`,
          ),
        )
        .join('')
    : '';
  const base = host(
    'lightning-base-combobox',
    ' exportparts="dropdown, option, input, input-button, input-button-value"',
    `<div class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click${o.open ? ' slds-is-open' : ''}"><div class="slds-combobox__form-element slds-input-has-icon slds-input-has-icon_right" role="none"><button id="combobox-button" type="button" class="slds-input_faux slds-combobox__input${value ? ' slds-combobox__input-value' : ''}" aria-expanded="${!!o.open}" aria-haspopup="listbox" name="${label.replace(/\W/g, '')}" role="combobox" data-value="${value}" aria-label="${label}" aria-required="${!!o.required}" part="input-button"><span class="slds-truncate" part="input-button-value">${value || (o.placeholder ?? 'Select an Option')}</span></button><div class="slds-input__icon-group slds-input__icon-group_right">${host('lightning-icon', ' class="slds-input__icon slds-input__icon_right slds-icon-utility-down slds-icon_container"', `<span part="boundary">${svg()}</span>`)}</div></div><div id="dropdown-element" data-dropdown-element="" class="slds-dropdown slds-dropdown_length-with-icon-7 slds-dropdown_fluid slds-dropdown_left" role="listbox" part="dropdown overlay" aria-label="${label}">${items}</div></div></div>`,
  );
  return host(
    'lightning-combobox',
    ' class="slds-form-element"',
    `<div part="combobox"><span><label class="slds-form-element__label" part="label">${required(o.required)}${label}</label></span><div class="slds-form-element__control">${base}</div><div role="status"><div id="help-text" data-help-text="" class="slds-form-element__help"></div></div></div>`,
  );
};

const group = (kind: 'checkbox' | 'radio', label: string, chosen: string[], options: string[], o: { required?: boolean } = {}) =>
  host(
    kind === 'checkbox' ? 'lightning-checkbox-group' : 'lightning-radio-group',
    ' class="slds-form-element"',
    `<fieldset${kind === 'radio' ? ` role="radiogroup" part="input-radio-group" aria-required="${!!o.required}"` : ''}><legend class="slds-form-element__legend slds-form-element__label"${kind === 'radio' ? ' part="legend"' : ''}>${o.required ? '<abbr class="slds-required" title="required">*</abbr>' : ''}${label}</legend><div class="slds-form-element__control">${options
      .map(
        (v, i) =>
          `<span class="slds-${kind}"><input type="${kind}" name="${kind}-${n}" id="${kind}-${i}" value="${v}"${chosen.includes(v) ? ' checked' : ''}><label class="slds-${kind}__label" for="${kind}-${i}"><span class="slds-${kind}_faux"></span><span class="slds-form-element__label">${v}</span></label></span>`,
      )
      .join('')}</div></fieldset>`,
  );

/** lightning-card (card/card.html) with a string title: the title in its shadow root, the fields slotted into its body */
const card = (title: string, body: string) =>
  host(
    'lightning-card',
    '',
    `<article class="slds-card" part="card"><div class="slds-card__header slds-grid"><header class="slds-media slds-media_center slds-has-flexi-truncate" part="header"><div class="slds-media__body" part="title"><h2 class="slds-card__header-title"><span class="slds-truncate">${title}</span></h2></div><div class="slds-no-flex" part="actions"><slot name="actions"></slot></div></header></div><div class="slds-card__body" part="body"><slot></slot></div><slot name="footer" class="slds-hide"></slot></article>`,
    body,
  );
/** a therapy block (c-pa-therapy): its heading and fields inside its own shadow root */
const therapy = (i: 0 | 1, shown: (k: 'start' | 'stop') => string) => {
  const t = (k: 'drug' | 'dose' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
  return host(
    'c-pa-therapy',
    '',
    `<div class="slds-box slds-m-bottom_small"><h3 class="slds-text-heading_small">Therapy ${i + 1}</h3><div class="slds-grid slds-wrap slds-gutters">${input('Drug', t('drug'))}${input('Dose', t('dose'))}${date('Start Date', shown('start'))}${date('End Date', shown('stop'))}${input('Outcome', t('outcome'))}</div>${host('lightning-button', '', `<button class="slds-button slds-button_neutral" type="button" part="button">Remove</button>`)}</div>`,
  );
};

const site = (body: string) =>
  `<div class="siteforceContentArea"><main role="main">${host('c-pa-request-form', '', `<form class="slds-form" novalidate="">${body}${host('lightning-button', '', '<button class="slds-button slds-button_brand" type="submit" part="button">Submit Request</button>')}</form>`)}</main></div>`;

/** shown dates (lightning-input type=date, dateStyle medium) */
const SHOWN = { dob: 'Mar 14, 1988', crp: 'Nov 2, 2026', start: ['Jan 5, 2026', 'Jul 1, 2026'], stop: ['Jun 30, 2026', 'Sep 15, 2026'] };
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Salesforce LWR: Lightning base components in native shadow roots', () => {
  it('reads the full Ilaris request', () => {
    const shown = (i: 0 | 1) => (k: 'start' | 'stop') => SHOWN[k][i]!;
    render(
      site(
        `${card('Member', `${input('Member ID', ILARIS['patient.memberId'], { required: true })}${date('Date of Birth', SHOWN.dob, { required: true })}${input('Weight (kg)', '72', { number: true })}`)}
        ${card('Diagnosis', group('checkbox', 'ICD-10 Codes', ['M04.1', 'M06.1'], CODES))}
        ${card('Medication', `${combobox('Drug Name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('HCPCS Code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'], { help: true })}${input('Dose (mg)', '150', { number: true })}${input('Billing Units', '150', { number: true })}${combobox('Frequency', 'Every 4 weeks', FREQ)}`)}
        ${card('Labs', `${input('CRP (mg/L)', '24', { number: true })}${date('CRP Collection Date', SHOWN.crp)}`)}
        ${card('Prior Therapies', `${therapy(0, shown(0))}${therapy(1, shown(1))}`)}
        ${card('Prescriber', input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': SHOWN.dob,
      'labs.crpDate': SHOWN.crp,
      'priorTherapies.0.start': 'Jan 5, 2026',
      'priorTherapies.0.stop': 'Jun 30, 2026',
      'priorTherapies.1.start': 'Jul 1, 2026',
      'priorTherapies.1.stop': 'Sep 15, 2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an input by its label, without the aria-hidden "*" or its field-level help button', () => {
    render(
      site(
        `${input('Member ID', ILARIS['patient.memberId'], { required: true, help: true })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { help: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('names a field by its label, not the error message (with its assistive label) under the field before it', () => {
    render(
      site(
        `${input('Member ID', '', { required: true, error: 'Complete this field.' })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}${date('CRP Collection Date', '', { error: 'Your entry does not match the allowed format MMM d, yyyy.' })}${input('CRP (mg/L)', '24', { number: true })}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': '',
      'prescriber.npi': ILARIS['prescriber.npi'],
      'labs.crpDate': '',
      'labs.crpValue': '24',
    });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(field('labs.crpValue')?.label).toBe('CRP (mg/L)');
  });

  it('reads date inputs as shown, not the "Select a date for" button or the assistive format text', () => {
    render(site(`${date('Date of Birth', SHOWN.dob)}${input('Member ID', ILARIS['patient.memberId'])}${date('CRP Collection Date', '')}`));
    expect(read()).toEqual({ 'patient.dob': SHOWN.dob, 'patient.memberId': ILARIS['patient.memberId'], 'labs.crpDate': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a combobox by its button text, and one showing "Select an Option" as empty', () => {
    render(
      site(
        `${combobox('Frequency', 'Every 8 weeks', FREQ, { required: true })}${combobox('Drug Name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
  });

  it('reads an open combobox once, and nothing from the options in its shadow root', () => {
    render(site(`${combobox('Frequency', 'Once', FREQ, { open: true })}${input('Dose (mg)', '150', { number: true })}`));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'drug.dose': '150' });
    nothingFrom('lightning-base-combobox-item');
    noDuplicatePaths();
  });

  it('reads a checkbox group in its shadow root as the ticked codes, named by its legend', () => {
    render(
      site(
        `${group('checkbox', 'ICD-10 Codes', ['M04.1', 'M06.1'], CODES, { required: true })}${input('HCPCS Code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  it('reads a radio group in its shadow root by its checked option', () => {
    render(
      site(`${group('radio', 'Frequency', ['Every 4 weeks'], FREQ, { required: true })}${input('Dose (mg)', '150', { number: true })}`),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.dose': '150' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads therapy blocks, each a custom component titled "Therapy n" in its shadow root under the "Prior Therapies" card', () => {
    render(site(card('Prior Therapies', `${therapy(0, (k) => SHOWN[k][0]!)}${therapy(1, (k) => SHOWN[k][1]!)}`)));
    expect(read()).toEqual({
      ...THERAPIES,
      'priorTherapies.0.start': 'Jan 5, 2026',
      'priorTherapies.0.stop': 'Jun 30, 2026',
      'priorTherapies.1.start': 'Jul 1, 2026',
      'priorTherapies.1.stop': 'Sep 15, 2026',
    });
    noDuplicatePaths();
  });
});
