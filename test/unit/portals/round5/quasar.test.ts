import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from './request';

/**
 * Quasar 2.17 (Vue 3) outlined fields, as use-field.js / QInput / QSelect / QChip render them:
 * - every field is a wrapping `label.q-field[for=<targetUid>]` > `div.q-field__inner` >
 *   `div.q-field__control` > `div.q-field__control-container` holding the prefix, the native
 *   control, `div.q-field__label` (the label text, after the control) and
 *   `div.q-field__suffix` ("kg"); `div.q-field__append` (icons) after the container;
 *   `div.q-field__bottom > div.q-field__messages` (hint) + `div.q-field__counter` under it.
 * - QInput: `input.q-field__native.q-placeholder[id][aria-label=label]`.
 * - QSelect: `div.q-field__native.row.items-center` holding the selection (a `<span>` with the
 *   chosen label, or with `use-chips` one `div.q-chip.q-chip--dense` per value:
 *   `div.q-chip__content > span.ellipsis` + `i.q-icon.material-icons.q-chip__icon--remove
 *   [role=button][aria-label=Remove]` whose ligature text is "cancel"), then the focus target
 *   `input.q-select__focus-target[readonly][role=combobox][aria-label]` whose value is the chosen
 *   labels joined by ", " (or, with `use-input`, a `type=search` input holding the typed filter),
 *   and with a `name` a hidden `select.hidden[multiple]` of text-less selected options; the
 *   dropdown icon `i.q-select__dropdown-icon` "arrow_drop_down" in the append; the menu is not in
 *   the DOM while closed.
 * - a date: QInput with `mask="##/##/####"` and an append `i.q-icon` "event" (its QPopupProxy
 *   and QDate render only when opened).
 */

let n = 0;
const uid = () => `f_${(n += 1).toString(16)}a7c3e1-9b2d-4f0e-8c1a-${n}`;

const matIcon = (name: string, cls = '', aria = 'aria-hidden="true" role="presentation"') =>
  `<i class="q-icon notranslate material-icons${cls ? ` ${cls}` : ''}" ${aria}>${name}</i>`;

const qField = (
  kind: string,
  label: string,
  control: (id: string) => string,
  o: { suffix?: string; append?: string; hint?: string; filled?: boolean } = {},
) => {
  const id = uid();
  return `<label class="q-field row no-wrap items-start q-field--outlined q-${kind} q-field--float q-field--labeled${o.filled === false ? '' : ' q-field--filled-with-value'}" for="${id}">
    <div class="q-field__inner relative-position col self-stretch">
      <div class="q-field__control relative-position row no-wrap" tabindex="-1">
        <div class="q-field__control-container col relative-position row no-wrap q-anchor--skip">
          ${control(id)}
          <div class="q-field__label no-pointer-events absolute ellipsis">${label}</div>
          ${o.suffix ? `<div class="q-field__suffix no-pointer-events row items-center">${o.suffix}</div>` : ''}
        </div>
        ${o.append ? `<div class="q-field__append q-field__marginal row no-wrap items-center">${o.append}</div>` : ''}
      </div>
      <div class="q-field__bottom row items-start q-field__bottom--animated"><div class="q-field__messages col">${o.hint ? `<div>${o.hint}</div>` : ''}</div></div>
    </div>
  </label>`;
};

const qInput = (label: string, value: string, o: { suffix?: string; hint?: string; date?: boolean } = {}) =>
  qField(
    'input',
    label,
    (id) => `<input class="q-field__native q-placeholder" tabindex="0" aria-label="${label}" id="${id}" type="text" value="${value}">`,
    { suffix: o.suffix, hint: o.hint, append: o.date ? matIcon('event', 'cursor-pointer') : undefined, filled: Boolean(value) },
  );

const chip = (text: string) =>
  `<div class="q-chip row inline no-wrap items-center q-chip--dense"><div class="q-chip__content col row no-wrap items-center q-anchor--skip"><span class="ellipsis">${text}</span></div>${matIcon(
    'cancel',
    'q-chip__icon q-chip__icon--remove cursor-pointer',
    'aria-hidden="false" role="button" aria-label="Remove" tabindex="-1"',
  )}</div>`;

const qSelect = (label: string, chosen: string[], o: { chips?: boolean; name?: string; values?: string[]; useInput?: boolean } = {}) =>
  qField(
    'select',
    label,
    (id) => {
      const aria = `role="combobox" aria-label="${label}" aria-readonly="false" aria-autocomplete="${o.useInput ? 'list' : 'none'}" aria-expanded="false" aria-controls="${id}_lb"`;
      const selection = o.chips ? chosen.map(chip).join('') : chosen.length ? `<span>${chosen.join(', ')}</span>` : '';
      const target = o.useInput
        ? `<input class="q-field__input q-placeholder col" value="" type="search" tabindex="0" ${aria} id="${id}">`
        : `<input class="q-select__focus-target" id="${id}" readonly value="${chosen.join(', ')}" tabindex="0" ${aria}>`;
      const hidden =
        o.name && chosen.length
          ? `<select class="hidden" name="${o.name}"${chosen.length > 1 ? ' multiple' : ''}>${(o.values ?? chosen).map((v) => `<option value="${v}" selected></option>`).join('')}</select>`
          : '';
      return `<div class="q-field__native row items-center">${selection}${target}${hidden}</div>`;
    },
    { append: matIcon('arrow_drop_down', 'q-select__dropdown-icon'), filled: chosen.length > 0 },
  ).replace(
    'q-field--float',
    `q-field--float q-field--auto-height q-select--${o.useInput ? 'with' : 'without'}-input q-select--${o.chips ? 'with' : 'without'}-chips q-select--single`,
  );

const heading = (text: string) => `<div class="text-h6 q-mb-sm">${text}</div>`;

describe('Quasar QInput (outlined, label inside the wrapping label)', () => {
  it('reads the request with "kg" and "mg" suffixes, hints and a masked date with its event icon', () => {
    page(`<div id="q-app"><form class="q-form q-gutter-md">
      ${heading('Member')}
      ${qInput('Member ID', ILARIS['patient.memberId'], { hint: 'As printed on the Cigna ID card' })}
      ${qInput('Date of birth', ILARIS['patient.dob'], { date: true, hint: 'MM/DD/YYYY' })}
      ${qInput('Weight', '72', { suffix: 'kg' })}
      ${heading('Medication')}
      ${qInput('Drug name', ILARIS['drug.name'])}
      ${qInput('HCPCS code', ILARIS['drug.hcpcs'])}
      ${qInput('NDC', ILARIS['drug.ndc'], { hint: '11 digits, 5-4-2' })}
      ${qInput('Dose', '150', { suffix: 'mg' })}
      ${qInput('Billing units', '150', { hint: 'J0638 = 1 mg per unit' })}
      ${heading('Labs')}
      ${qInput('CRP', '24', { suffix: 'mg/L' })}
      ${qInput('CRP collection date', ILARIS['labs.crpDate'], { date: true })}
      ${heading('Prescriber')}
      ${qInput('Prescriber NPI', ILARIS['prescriber.npi'])}
    </form></div>`);
    expect(read()).toEqual(ILARIS);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    expect(field('drug.units')?.label).toBe('Billing units');
    noDuplicatePaths();
  });

  it('reads a weight in pounds by its "lb" suffix', () => {
    page(`<form class="q-form">${qInput('Patient weight', '158', { suffix: 'lb' })}</form>`);
    expect(read()).toEqual({ 'patient.weight': '158' });
    expect(units()).toEqual({ 'patient.weightUnit': 'lb' });
  });
});

describe('Quasar QSelect', () => {
  it('reads single selects by their shown label, not the hidden select of option values', () => {
    page(`<form class="q-form">
      ${qSelect('Place of service', ['11 - Office'], { name: 'pos', values: ['11'] })}
      ${qSelect('Frequency', ['Every 4 weeks'], { name: 'freq', values: ['q4w'] })}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office', 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('select.hidden');
    noDuplicatePaths();
  });

  it('reads use-chips multiple diagnosis codes, without the remove icons\u2019 "cancel" ligature', () => {
    page(`<form class="q-form">${qSelect('ICD-10 codes', ['M04.1', 'M06.1'], { chips: true, name: 'dx' })}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads use-input + use-chips (filterable) diagnosis codes from the chips beside the empty search', () => {
    page(`<form class="q-form">${qSelect('ICD-10 codes', ['M04.1', 'M06.1'], { chips: true, useInput: true })}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('pairs a "Unit" QSelect with the weight QInput beside it', () => {
    page(`<form class="q-form"><div class="row q-col-gutter-sm">
      <div class="col-8">${qInput('Weight', '158')}</div>
      <div class="col-4">${qSelect('Unit', ['lb'])}</div></div></form>`);
    expect(read()).toEqual({ 'patient.weight': '158', 'patient.weightUnit': 'lb' });
  });

  it('reads an empty QSelect as empty, not its "arrow_drop_down" icon text', () => {
    page(`<form class="q-form">${qSelect('Place of service', [])}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});

describe('Quasar prior therapies (one QCard per therapy, titled in its first section)', () => {
  it('reads two prior therapies', () => {
    const therapy = (i: number, drug: string, dose: string, start: string, stop: string, outcome: string) => `
      <div class="q-card q-card--bordered q-card--flat no-shadow q-mb-md">
        <div class="q-card__section q-card__section--vert"><div class="text-h6">Prior therapy ${i}</div></div>
        <div class="q-card__section q-card__section--vert q-pt-none"><div class="row q-col-gutter-sm">
          <div class="col">${qInput('Medication', drug)}</div><div class="col">${qInput('Dose', dose)}</div>
          <div class="col">${qInput('Start date', start, { date: true })}</div><div class="col">${qInput('End date', stop, { date: true })}</div>
          <div class="col">${qInput('Outcome', outcome)}</div></div></div>
      </div>`;
    page(`<form class="q-form">
      ${therapy(1, 'colchicine', '0.6 mg twice daily', '01/05/2026', '06/30/2026', 'Inadequate response')}
      ${therapy(2, 'anakinra', '100 mg daily', '07/01/2026', '09/15/2026', 'Injection-site reactions')}</form>`);
    expect(read()).toEqual(THERAPIES);
  });
});

describe('Quasar section titled by a div.text-h6 (no card)', () => {
  it('reads a prior therapy under a text-h6 title', () => {
    page(`<form class="q-form">
      <div class="text-h6 q-mt-md">Prior therapies</div>
      <div class="row q-col-gutter-sm">
        <div class="col">${qInput('Medication', 'colchicine')}</div><div class="col">${qInput('Dose', '0.6 mg twice daily')}</div>
        <div class="col">${qInput('Start date', '01/05/2026', { date: true })}</div><div class="col">${qInput('End date', '06/30/2026', { date: true })}</div>
        <div class="col">${qInput('Outcome', 'Inadequate response')}</div></div></form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '06/30/2026',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });
});
