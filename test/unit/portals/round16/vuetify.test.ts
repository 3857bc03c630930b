import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Vuetify 4 (vuetifyjs/vuetify at f61c453, 4.1.11; the newest major, past 3.8+), packages/vuetify/src/components:
 * VInput, VField/VField.tsx + VFieldLabel.tsx, VTextField/VTextField.tsx, VSelect/VSelect.tsx, VAutocomplete,
 * VChip/VChip.tsx, VDateInput/VDateInput.tsx, VRadioGroup/VRadioGroup.tsx, VSelectionControl, VCheckbox,
 * VDataTable, VMenu/VOverlay, composables/menuActivator.ts. What the newest markup adds:
 * - VField (default variant "filled") draws TWO labels: the floating `label.v-field-label--floating[for=id]`
 *   (aria-hidden and no `for` until active) and the main `label.v-field-label#<id>-label` (aria-hidden, no `for`
 *   once active); the input has `aria-labelledby=<id>-label` and `aria-describedby=<id>-messages`.
 * - VSelect's input now HOLDS the chosen titles joined ", " (`modelValue={titles.join(', ')}`), with
 *   `role=combobox inputmode=none size=1`; the `div.v-field` gets `role=combobox` too (VTextField passes `role`,
 *   VField spreads its attrs); `div.v-field__input` (the VMenu's activator parent) carries `aria-haspopup=listbox
 *   aria-expanded aria-controls=menu-v-N`; before the selections a `<select hidden name>` of text-less
 *   `<option value selected>` mirrors the model for form autofill; each selection is `div.v-select__selection` >
 *   `span.v-select__selection-text` or a closable `span.v-chip` (`div.v-chip__content`, `button.v-chip__close
 *   [aria-label=Close]`). The menu is teleported to `div.v-overlay-container` at the end of body while open.
 * - VDateInput (core since 3.8): a VTextField with the `$calendar` prepend icon, showing the adapter's keyboardDate
 *   ("03/14/1988").
 * - VRadioGroup: `label.v-label#radio-group-N` + `div.v-selection-control-group[role=radiogroup][aria-labelledby]`
 *   of `div.v-selection-control.v-radio` > `input[type=radio][name=radio-group-N]` + `label.v-label[for]`.
 */

let uid = 0;
type Opts = {
  error?: string;
  hint?: string;
  suffix?: string;
  disabled?: boolean;
  prependIcon?: string;
  variant?: 'filled' | 'underlined';
  noLabel?: boolean;
};
const mdi = (name: string, extra = '') =>
  `<i class="mdi-${name} mdi v-icon notranslate v-theme--light v-icon--size-default" aria-hidden="true"${extra}></i>`;

/** a VTextField-based input: `inner(id)` draws what sits in `div.v-field__input` (or is the input) */
function vField(cls: string, label: string, dirty: boolean, inner: (id: string) => string, o: Opts & { role?: string } = {}) {
  const id = `input-v-${++uid}`;
  const variant = o.variant ?? 'filled';
  const labels = o.noLabel
    ? ''
    : `<label class="v-label v-field-label v-field-label--floating"${dirty ? ` for="${id}"` : ' aria-hidden="true"'}>${label}</label><label class="v-label v-field-label" id="${id}-label"${dirty ? ' aria-hidden="true"' : ` for="${id}"`}>${label}</label>`;
  return `<div class="v-input v-input--horizontal v-input--center-affix v-input--density-default v-theme--light v-locale--is-ltr v-text-field ${cls}${o.error ? ' v-input--error' : ''}${o.disabled ? ' v-input--disabled' : ''}">${
    o.prependIcon ? `<div class="v-input__prepend">${mdi(o.prependIcon)}</div>` : ''
  }<div class="v-input__control"><div class="v-field v-field--appended v-field--center-affix${dirty ? ' v-field--active v-field--dirty' : ''}${o.error ? ' v-field--error' : ''}${o.disabled ? ' v-field--disabled' : ''}${o.noLabel ? ' v-field--no-label' : ''} v-field--variant-${variant} v-theme--light v-locale--is-ltr"${o.role ? ` role="${o.role}"` : ''}><div class="v-field__overlay"></div><div class="v-field__loader"><div class="v-progress-linear v-theme--light v-locale--is-ltr" role="progressbar" aria-hidden="true" aria-valuemin="0" aria-valuemax="100" style="top: 0px; height: 0px; --v-progress-linear-height: 2px;"></div></div><div class="v-field__field" data-no-activator="">${labels}${inner(id)}${
    o.suffix ? `<span class="v-text-field__suffix"><span class="v-text-field__suffix__text">${o.suffix}</span></span>` : ''
  }</div>${cls.includes('v-select') || cls.includes('v-autocomplete') ? `<div class="v-field__append-inner">${mdi('menu-down', ' class="v-select__menu-icon"')}</div>` : ''}<div class="v-field__outline"></div></div></div><div class="v-input__details"><div class="v-messages" role="alert" aria-live="polite" id="${id}-messages">${
    o.error ? `<div class="v-messages__message">${o.error}</div>` : o.hint ? `<div class="v-messages__message">${o.hint}</div>` : ''
  }</div></div></div>`;
}
const input = (id: string, value: string, o: Opts & { extra?: string } = {}) =>
  `<input size="1" type="text" id="${id}" aria-describedby="${id}-messages" class="v-field__input"${o.noLabel ? '' : ` aria-labelledby="${id}-label"`}${o.disabled ? ' disabled=""' : ''}${o.extra ?? ''} value="${value}">`;
const textField = (label: string, value: string, o: Opts = {}) => vField('', label, !!value, (id) => input(id, value, o), o);
const dateInput = (label: string, value: string) =>
  vField('v-date-input', label, !!value, (id) => input(id, value), { prependIcon: 'calendar' });

/** VSelect (v4): hidden native select, selections, the input holding the titles */
function vSelect(
  label: string,
  chosen: string[],
  options: string[],
  o: { chips?: boolean; multiple?: boolean; open?: boolean; placeholder?: string } = {},
) {
  const menu = `menu-v-${++uid}`;
  const multiple = !!o.chips || !!o.multiple;
  const selections = chosen
    .map(
      (c, i) =>
        `<div class="v-select__selection">${
          o.chips
            ? `<span class="v-chip v-chip--link v-theme--light v-chip--density-default v-chip--size-small v-chip--variant-tonal" draggable="false" tabindex="-1"><span class="v-chip__overlay"></span><span class="v-chip__underlay"></span><div class="v-chip__content" data-no-activator="">${c}</div><div class="v-chip__append"><button type="button" class="v-chip__close" aria-label="Close" data-testid="close-chip">${mdi('close-circle', ' class="v-icon--size-x-small"')}</button></div></span>`
            : `<span class="v-select__selection-text">${c}${multiple && i < chosen.length - 1 ? '<span class="v-select__selection-comma">,</span>' : ''}</span>`
        }</div>`,
    )
    .join('');
  const html = vField(
    `v-select v-select--${multiple ? 'multiple' : 'single'}${chosen.length ? ' v-select--selected' : ''}${o.chips ? ' v-select--chips' : ''}${o.open ? ' v-select--active-menu' : ''}`,
    label,
    chosen.length > 0,
    (id) =>
      `<div class="v-field__input" data-no-activator="" aria-haspopup="listbox" aria-expanded="${!!o.open}" aria-controls="${menu}"><select hidden=""${multiple ? ' multiple=""' : ''}>${options
        .map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected=""' : ''}></option>`)
        .join(
          '',
        )}</select>${selections}${input(id, chosen.join(', '), { extra: ` role="combobox" inputmode="none"${chosen.length || !o.placeholder ? '' : ` placeholder="${o.placeholder}"`}` })}</div>`,
    { role: 'combobox' },
  );
  const overlay = o.open
    ? `<div class="v-overlay-container"><div class="v-overlay v-overlay--absolute v-overlay--active v-theme--light v-locale--is-ltr v-menu" style="z-index: 2000;"><div class="v-overlay__content v-select__content" id="${menu}" style="min-width: 320px; max-height: 310px; top: 120px; left: 24px;"><div class="v-sheet v-theme--light"><div class="v-list v-list--one-line v-theme--light v-list--density-default" tabindex="-1" role="listbox" aria-live="polite" aria-multiselectable="${multiple}">${options
        .map(
          (v, i) =>
            `<div class="v-list-item v-list-item--link v-theme--light${chosen.includes(v) ? ' v-list-item--active' : ''}" tabindex="-2" role="option" aria-selected="${chosen.includes(v)}" aria-posinset="${i + 1}" aria-setsize="${options.length}"><span class="v-list-item__overlay"></span><div class="v-list-item__content" data-no-activator=""><div class="v-list-item-title">${v}</div></div></div>`,
        )
        .join('')}</div></div></div></div></div>`
    : '';
  return { html, overlay };
}
const sel = (label: string, chosen: string[], options: string[], o: { chips?: boolean; multiple?: boolean; placeholder?: string } = {}) =>
  vSelect(label, chosen, options, o).html;

/** VAutocomplete: the selection shown beside the input, which holds only the search */
const vChip = (c: string) =>
  `<span class="v-chip v-chip--link v-theme--light v-chip--density-default v-chip--size-small v-chip--variant-tonal" draggable="false" tabindex="-1"><span class="v-chip__overlay"></span><span class="v-chip__underlay"></span><div class="v-chip__content" data-no-activator="">${c}</div><div class="v-chip__append"><button type="button" class="v-chip__close" aria-label="Close" data-testid="close-chip">${mdi('close-circle')}</button></div></span>`;
/** VAutocomplete: the selection (text, or chips when multiple) shown beside the input, which holds only the search */
const vAutocomplete = (label: string, chosen: string | string[], search = '') => {
  const chips = Array.isArray(chosen);
  const values = chips ? chosen : chosen ? [chosen] : [];
  return vField(
    `v-autocomplete v-autocomplete--${chips ? 'multiple v-autocomplete--chips' : 'single'}${values.length ? ' v-autocomplete--selection-slot' : ''}`,
    label,
    values.length > 0 || !!search,
    (id) =>
      `<div class="v-field__input" data-no-activator="" aria-haspopup="listbox" aria-expanded="false" aria-controls="menu-v-${++uid}">${values
        .map(
          (v) =>
            `<div class="v-autocomplete__selection">${chips ? vChip(v) : `<span class="v-autocomplete__selection-text">${v}</span>`}</div>`,
        )
        .join('')}${input(id, search, { extra: ' role="combobox" autocomplete="off"' })}</div>`,
    { role: 'combobox' },
  );
};

const radioGroup = (label: string, options: string[], chosen: string) => {
  const gid = `radio-group-v-${++uid}`;
  return `<div class="v-input v-input--horizontal v-input--density-default v-theme--light v-radio-group"><div class="v-input__control"><label class="v-label" id="${gid}">${label}</label><div class="v-selection-control-group" id="${gid}" role="radiogroup" aria-labelledby="${gid}">${options
    .map((v) => {
      const id = `input-v-${++uid}`;
      return `<div class="v-selection-control v-selection-control--density-default v-radio${v === chosen ? ' v-selection-control--dirty' : ''}"><div class="v-selection-control__wrapper"><div class="v-selection-control__input">${mdi(v === chosen ? 'radiobox-marked' : 'radiobox-blank')}<input id="${id}" aria-disabled="false" type="radio" value="${v}" name="${gid}"${v === chosen ? ' checked=""' : ''}></div></div><label class="v-label v-label--clickable" for="${id}">${v}</label></div>`;
    })
    .join('')}</div></div><div class="v-input__details"><div class="v-messages" role="alert" aria-live="polite"></div></div></div>`;
};
const checkbox = (v: string, checked: boolean) => {
  const id = `checkbox-v-${++uid}`;
  return `<div class="v-input v-input--horizontal v-input--center-affix v-input--density-compact v-theme--light v-checkbox v-input--hide-details"><div class="v-input__control"><div class="v-selection-control v-selection-control--density-compact v-checkbox-btn${checked ? ' v-selection-control--dirty' : ''}"><div class="v-selection-control__wrapper"><div class="v-selection-control__input">${mdi(checked ? 'checkbox-marked' : 'checkbox-blank-outline')}<input id="${id}" aria-disabled="false" type="checkbox" aria-describedby="${id}-messages" value="${v}"${checked ? ' checked=""' : ''}></div></div><label class="v-label v-label--clickable" for="${id}">${v}</label></div></div></div>`;
};

/** a VDataTable whose cells hold underlined, label-less, compact VTextFields */
const therapyTable = () =>
  `<div class="v-table v-table--density-default v-theme--light v-data-table"><div class="v-table__wrapper"><table><thead><tr>${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map(
      (t) =>
        `<th class="v-data-table__td v-data-table-column--align-start v-data-table__th" colspan="1" rowspan="1"><div class="v-data-table-header__content"><span>${t}</span></div></th>`,
    )
    .join('')}</tr></thead><tbody>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr class="v-data-table__tr${i % 2 ? '' : ''}">${r
        .map(
          (v) =>
            `<td class="v-data-table__td v-data-table-column--align-start">${textField('', v, { variant: 'underlined', noLabel: true })}</td>`,
        )
        .join('')}</tr>`,
  ).join('')}</tbody></table></div></div>`;

const h = (t: string) => `<div class="text-h6 mb-2">${t}</div>`;
const app = (body: string, tail = '') =>
  `<div id="app" data-v-app=""><div class="v-application v-theme--light v-layout v-layout--full-height v-locale--is-ltr"><div class="v-application__wrap"><main class="v-main"><div class="v-container"><form class="v-form" novalidate="">${body}<button type="submit" class="v-btn v-btn--elevated v-theme--light bg-primary v-btn--density-default v-btn--size-default v-btn--variant-elevated"><span class="v-btn__overlay"></span><span class="v-btn__underlay"></span><span class="v-btn__content" data-no-activator="">Submit request</span></button></form></div></main></div></div></div>${tail}`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Vuetify 4: VTextField (two labels), VSelect (input holding the titles, hidden select), chips, VAutocomplete, VDateInput, radios, checkboxes, VDataTable', () => {
  it('reads the full Ilaris request, prior therapies from the VDataTable', () => {
    page(
      app(
        `${h('Member')}${textField('Member ID', ILARIS['patient.memberId'])}${dateInput('Date of birth', ILARIS['patient.dob'])}${textField('Weight', '72', { suffix: 'kg' })}
        ${h('Diagnosis')}${sel('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true })}
        ${h('Medication')}${vAutocomplete('Drug name', ILARIS['drug.name'])}${textField('HCPCS code', ILARIS['drug.hcpcs'])}${textField('NDC', ILARIS['drug.ndc'])}${textField('Dose', '150', { suffix: 'mg' })}${textField('Billing units', '150')}${sel('Frequency', ['Every 4 weeks'], FREQ)}
        ${h('Labs')}${textField('CRP', '24', { suffix: 'mg/L' })}${dateInput('CRP collection date', ILARIS['labs.crpDate'])}
        ${h('Prior therapies')}${therapyTable()}
        ${h('Prescriber')}${textField('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a text field by its label pair, not the error message of the field before it', () => {
    page(
      app(
        `${textField('Member ID', '', { error: 'Member ID is required' })}${textField('Prescriber NPI', ILARIS['prescriber.npi'], { hint: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a VSelect once by its chosen title, not its hidden native select of text-less options; an empty one as empty', () => {
    page(
      app(
        `${sel('Frequency', ['Every 8 weeks'], FREQ)}${sel('Drug name', [], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { placeholder: 'Choose a drug' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
    nothingFrom('select[hidden]');
  });

  it('reads an open VSelect and nothing from its menu in the overlay container', () => {
    const s = vSelect('Frequency', ['Once'], FREQ, { open: true });
    page(app(`${s.html}${textField('Prescriber NPI', ILARIS['prescriber.npi'])}`, s.overlay));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.v-overlay-container');
  });

  it('reads a multiple VSelect by its comma-separated selections once', () => {
    page(app(sel('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads VSelect chips as the ICD-10 codes, not their close buttons', () => {
    page(app(sel('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { chips: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a VAutocomplete by its selection beside the empty search input, and an empty one as empty', () => {
    page(app(`${vAutocomplete('Drug name', ILARIS['drug.name'])}${sel('Frequency', [], FREQ)}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads VDateInputs as shown and an empty one as empty', () => {
    page(app(`${dateInput('Date of birth', ILARIS['patient.dob'])}${dateInput('CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a VRadioGroup (label linked by aria-labelledby) by its checked radio', () => {
    page(app(`${radioGroup('Frequency', FREQ, 'Once')}${textField('Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads unnamed VCheckboxes under their title as the ticked codes', () => {
    page(app(`<p class="text-subtitle-1">Diagnosis (ICD-10)</p>${CODES.map((c) => checkbox(c, c !== 'M04.8')).join('')}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
  it('reads a VAutocomplete with chips (multiple) as its chips, not the empty search input', () => {
    page(app(vAutocomplete('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
