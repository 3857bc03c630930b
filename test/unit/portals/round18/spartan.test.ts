import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Spartan UI (shadcn for Angular; spartan-ng/spartan at 850efb2: libs/brain + libs/helm): select (brn-select-trigger.ts
 * host `role=combobox aria-haspopup=listbox type=button`, `data-placeholder` while empty; hlm-select-trigger.ts template
 * `button[data-slot=select-trigger]` + ng-icon lucideChevronDown; brn-select-value.ts sets the host's textContent to
 * the chosen label or the placeholder, `data-placeholder`), combobox multiple (hlm-combobox-chips
 * `[data-slot=combobox-chips]`, hlm-combobox-chip `[data-slot=combobox-chip]` = text + `button[hlmComboboxChipRemove]
 * [tabindex=-1]` with an lucideX ng-icon and no name, brn-combobox-chip-input.ts `input[role=combobox]
 * [aria-autocomplete=list][aria-haspopup=listbox]`), checkbox (brn-checkbox.ts: `button[role=checkbox][aria-checked]
 * [data-state]` inside `hlm-checkbox.contents`), radio group (brn-radio-group `role=radiogroup`; brn-radio.ts:
 * `div[data-slot=indicator]` + a visually hidden `input[type=radio]` with the given id + content), field
 * (hlm-field `role=group data-slot=field`, `label[hlmFieldLabel]`, hlm-field-description, hlm-field-error, hlm-field-set
 * `fieldset` + legend); page layouts from apps/app/.../(select)/select--form.preview.ts and (combobox)/
 * combobox--form-multiple.preview.ts (`*hlmSelectPortal` / `*hlmComboboxPortal`: the content exists only while open,
 * in a cdk overlay container at the end of body).
 */

const icon = (name: string) =>
  `<ng-icon name="${name}" class="spartan-select-trigger-icon ms-auto" style="--ng-icon__size: 1rem;"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="m6 9 6 6 6-6"></path></svg></ng-icon>`;
const xIcon =
  '<ng-icon name="lucideX" style="--ng-icon__size: 1rem;"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M18 6 6 18"></path><path d="m6 6 12 12"></path></svg></ng-icon>';

type O = { description?: string; error?: string };
const hlmField = (id: string, label: string, control: string, o: O = {}) =>
  `<hlm-field role="group" data-slot="field" data-orientation="vertical"${o.error ? ' data-invalid="true"' : ''}><label hlmfieldlabel="" data-slot="field-label" for="${id}">${label}</label>${control}${o.description ? `<hlm-field-description data-slot="field-description" id="${id}-description">${o.description}</hlm-field-description>` : ''}${o.error ? `<hlm-field-error data-slot="field-error" role="alert"><div>${o.error}</div></hlm-field-error>` : ''}</hlm-field>`;
const input = (id: string, label: string, value: string, o: O & { placeholder?: string } = {}) =>
  hlmField(
    id,
    label,
    `<input hlminput="" data-slot="input" id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.error ? ' aria-invalid="true" data-matches-spartan-invalid="true"' : ''}${o.description ? ` aria-describedby="${id}-description"` : ''} class="spartan-input" value="${value}">`,
    o,
  );

/** hlm-select; `overlay` is its portalled content while open */
function select(id: string, label: string, value: string, options: string[], o: { placeholder?: string; open?: boolean } = {}) {
  const html = hlmField(
    id,
    label,
    `<hlm-select data-slot="select"><hlm-select-trigger class="w-56"><button role="combobox" aria-haspopup="listbox" type="button" id="${id}" aria-expanded="${!!o.open}"${value ? '' : ' data-placeholder=""'} data-slot="select-trigger" data-size="default" class="spartan-select-trigger"><hlm-select-value${value || o.placeholder ? ' data-slot="select-value"' : ' data-hidden=""'}${value ? '' : ' data-placeholder=""'}>${value || (o.placeholder ?? '')}</hlm-select-value>${icon('lucideChevronDown')}</button></hlm-select-trigger></hlm-select>`,
  );
  const overlay = o.open
    ? `<div class="cdk-overlay-container"><div class="cdk-overlay-pane" style="position: absolute; left: 24px; top: 200px;"><hlm-select-content data-slot="select-content" role="listbox" id="${id}-listbox" data-state="open"><hlm-select-group role="group" data-slot="select-group"><hlm-select-label data-slot="select-label">Drugs</hlm-select-label>${options.map((v) => `<hlm-select-item role="option" data-slot="select-item" aria-selected="${v === value}"${v === value ? ' data-selected=""' : ''} tabindex="-1">${v}${v === value ? '<span class="spartan-select-item-indicator">✓</span>' : ''}</hlm-select-item>`).join('')}</hlm-select-group></hlm-select-content></div></div>`
    : '';
  return { html, overlay };
}
const sel = (id: string, label: string, value: string, options: string[], o: { placeholder?: string } = {}) =>
  select(id, label, value, options, o).html;

const comboboxMultiple = (id: string, label: string, chosen: string[], typed = '') =>
  hlmField(
    id,
    label,
    `<hlm-combobox-multiple data-slot="combobox"><hlm-combobox-chips data-slot="combobox-chips" class="max-w-xs">${chosen.map((c) => `<hlm-combobox-chip data-slot="combobox-chip">${c}<button hlmcomboboxchipremove="" type="button" tabindex="-1" class="spartan-combobox-chip-remove">${xIcon}</button></hlm-combobox-chip>`).join('')}<input hlmcomboboxchipinput="" id="${id}" type="text" role="combobox" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" aria-autocomplete="list" aria-haspopup="listbox" aria-expanded="false" data-slot="combobox-chip-input" value="${typed}"></hlm-combobox-chips></hlm-combobox-multiple>`,
  );

let r = 0;
const radioGroup = (label: string, options: string[], chosen: string) =>
  `<hlm-field-set data-slot="field-set"><fieldset><legend hlmfieldlegend="" data-slot="field-legend" data-variant="label">${label}</legend><hlm-radio-group role="radiogroup" data-slot="radio-group" aria-orientation="vertical">${options
    .map((v) => {
      const id = `freq-${++r}`;
      return `<div class="flex items-center gap-3"><hlm-radio data-slot="radio-group-item"><brn-radio id="${id}-container" data-value="${v}"${v === chosen ? ' data-checked="true"' : ''} class="spartan-radio"><div data-slot="indicator" class="flex h-fit w-fit empty:hidden"><hlm-radio-indicator indicator="" data-slot="radio-group-indicator">${v === chosen ? '<div class="spartan-radio-indicator"></div>' : ''}</hlm-radio-indicator></div><input type="radio" style="position: absolute; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; border-width: 0px;" id="${id}" name="frequency" value="${v}" aria-checked="${v === chosen}"${v === chosen ? ' checked' : ''}></brn-radio></hlm-radio><label hlmlabel="" data-slot="label" for="${id}">${v}</label></div>`;
    })
    .join('')}</hlm-radio-group></fieldset></hlm-field-set>`;

const checkbox = (id: string, label: string, checked: boolean) =>
  `<hlm-field role="group" data-slot="field" data-orientation="horizontal"><hlm-checkbox class="contents peer" data-slot="checkbox"><brn-checkbox data-state="${checked ? 'checked' : 'unchecked'}"><button role="checkbox" type="button" id="${id}" aria-checked="${checked}" data-state="${checked ? 'checked' : 'unchecked'}" tabindex="0" class="spartan-checkbox">${checked ? '<span class="spartan-checkbox-indicator"><ng-icon name="lucideCheck"><svg viewBox="0 0 24 24"><path d="M20 6 9 17l-5-5"></path></svg></ng-icon></span>' : ''}</button></brn-checkbox></hlm-checkbox><label hlmfieldlabel="" data-slot="field-label" for="${id}">${label}</label></hlm-field>`;

const therapy = (i: 0 | 1) =>
  `<hlm-field-set data-slot="field-set"><fieldset><legend hlmfieldlegend="" data-slot="field-legend">Prior therapy ${i + 1}</legend><hlm-field-group data-slot="field-group">${(
    ['drug', 'dose', 'start', 'stop', 'outcome'] as const
  )
    .map((k) =>
      input(
        `t${i}${k}`,
        { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
        THERAPIES[`priorTherapies.${i}.${k}`],
      ),
    )
    .join('')}</hlm-field-group></fieldset></hlm-field-set>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Spartan UI (brain + helm): input, select, combobox multiple, checkbox, radio group in hlm-field', () => {
  it('reads the full Ilaris request', () => {
    page(
      `<form novalidate><hlm-field-group data-slot="field-group"><h3>Member</h3>${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY' })}${input('weight', 'Weight (kg)', '72')}
      <h3>Diagnosis</h3>${comboboxMultiple('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])}
      <h3>Medication</h3>${sel('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { placeholder: 'Select a drug' })}${input('hcpcs', 'HCPCS code', 'J0638')}${input('ndc', 'NDC', '00078-0734-61')}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${radioGroup('Frequency', FREQ, 'Every 4 weeks')}
      <h3>Labs</h3>${input('crp', 'CRP (mg/L)', '24')}${input('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
      <h3>Prior therapies</h3>${therapy(0)}${therapy(1)}
      <h3>Prescriber</h3>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}${checkbox('attest', 'I attest the information is accurate', true)}<button type="submit" hlmbtn="" data-slot="button">Submit</button></hlm-field-group></form>`,
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a select trigger as its chosen label', () => {
    page(`<form>${sel('drug', 'Drug name', 'Kineret (anakinra)', DRUGS)}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)' });
  });

  it('reads a select showing its placeholder (data-placeholder) as empty', () => {
    page(`<form>${sel('drug', 'Drug name', '', DRUGS, { placeholder: 'Select a drug' })}</form>`);
    expect(field('drug.name')).toBeDefined();
    expect(read()['drug.name']).toBe('');
  });

  it('reads an open select as its choice and nothing from its overlay', () => {
    const s = select('drug', 'Drug name', 'Ilaris (canakinumab)', DRUGS, { open: true });
    page(`<form>${s.html}${input('hcpcs', 'HCPCS code', 'J0638')}</form>${s.overlay}`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)', 'drug.hcpcs': 'J0638' });
    nothingFrom('.cdk-overlay-container');
  });

  it('reads the combobox chips as the ICD-10 codes, not the search being typed', () => {
    page(`<form>${comboboxMultiple('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads the radio group by its legend and its checked radio', () => {
    page(`<form>${radioGroup('Frequency', FREQ, 'Once')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Once' });
  });

  it('names an invalid field by its label, not its description or error', () => {
    page(
      `<form>${input('npi', 'Prescriber NPI', '123456789', { description: 'Type 1 NPI', error: 'NPI must be 10 digits' })}${input('memberId', 'Member ID', 'U4829163702')}</form>`,
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'patient.memberId': 'U4829163702' });
  });
});
