import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/dom/collect';
import { field, mapped, read, page } from '../read';

/**
 * USWDS 3.x as its JavaScript leaves the DOM (packages/usa-combo-box/src/index.js enhanceComboBox,
 * usa-date-picker enhanceDatePicker, the twig templates of usa-memorable-date,
 * usa-input-prefix-suffix and usa-radio--tile).
 */

const text = (id: string, label: string, value: string, hint = '') => `
  <div class="usa-form-group">
    <label class="usa-label" for="${id}">${label}</label>
    ${hint ? `<div class="usa-hint" id="${id}-hint">${hint}</div>` : ''}
    <input class="usa-input" id="${id}" name="${id}" type="text" ${hint ? `aria-describedby="${id}-hint"` : ''} value="${value}">
  </div>`;

/** A combo box after enhanceComboBox: the select is hidden (aria-hidden, id moved to the input,
 *  usa-sr-only) and a role=combobox input shows the chosen option's text. */
const comboBox = (id: string, label: string, options: [string, string][], chosen: string | null, placeholder = '') => `
  <div class="usa-form-group">
    <label class="usa-label" for="${id}" id="${id}-label">${label}</label>
    <div class="usa-combo-box${chosen ? ' usa-combo-box--pristine' : ''}" data-enhanced="true"${placeholder ? ` data-placeholder="${placeholder}"` : ''}>
      <select class="usa-select usa-sr-only usa-combo-box__select" name="${id}" aria-hidden="true" tabindex="-1">
        <option value>Select...</option>
        ${options.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${t}</option>`).join('')}
      </select>
      <input id="${id}" aria-owns="${id}--list" aria-controls="${id}--list" aria-autocomplete="list" aria-expanded="false" autocapitalize="off" autocomplete="off" class="usa-combo-box__input" type="text" role="combobox"${placeholder ? ` placeholder="${placeholder}"` : ''} value="${chosen ? (options.find(([v]) => v === chosen)?.[1] ?? '') : ''}">
      <span class="usa-combo-box__clear-input__wrapper" tabindex="-1"><button type="button" class="usa-combo-box__clear-input" aria-label="Clear the select contents">&nbsp;</button></span>
      <span class="usa-combo-box__input-button-separator">&nbsp;</span>
      <span class="usa-combo-box__toggle-list__wrapper" tabindex="-1"><button type="button" tabindex="-1" class="usa-combo-box__toggle-list" aria-label="Toggle the dropdown list">&nbsp;</button></span>
      <ul tabindex="-1" id="${id}--list" class="usa-combo-box__list" role="listbox" aria-labelledby="${id}-label" hidden></ul>
      <div class="usa-combo-box__status usa-sr-only" role="status"></div>
    </div>
  </div>`;

/** A date picker after enhanceDatePicker: the internal input (hidden, no id or name, ISO value)
 *  first, then the wrapper with the external input staff type in. */
const datePicker = (id: string, label: string, iso: string, shown: string) => `
  <div class="usa-form-group">
    <label class="usa-label" id="${id}-label" for="${id}">${label}</label>
    <div class="usa-hint" id="${id}-hint">mm/dd/yyyy</div>
    <div class="usa-date-picker usa-date-picker--initialized" data-min-date="0000-01-01">
      <input class="usa-input usa-date-picker__internal-input" type="text" aria-labelledby="${id}-label" aria-describedby="${id}-hint" aria-hidden="true" tabindex="-1" style="display: none;" value="${iso}">
      <div class="usa-date-picker__wrapper" tabindex="-1">
        <input class="usa-input usa-date-picker__external-input" id="${id}" name="${id}" type="text" aria-labelledby="${id}-label" aria-describedby="${id}-hint" value="${shown}">
        <button type="button" class="usa-date-picker__button" aria-haspopup="true" aria-label="Toggle calendar"></button>
        <div class="usa-date-picker__calendar" role="application" hidden></div>
        <div class="usa-sr-only usa-date-picker__status" role="status" aria-live="polite"></div>
      </div>
    </div>
  </div>`;

/** An input with a suffix (usa-input-suffix.twig): the suffix is aria-hidden. */
const suffixed = (id: string, label: string, value: string, suffix: string) => `
  <label class="usa-label" for="${id}">${label}</label>
  <div class="usa-input-group usa-input-group--sm">
    <input type="text" id="${id}" name="${id}" class="usa-input" pattern="[0-9]*" inputmode="numeric" value="${value}">
    <div class="usa-input-suffix" aria-hidden="true">${suffix}</div>
  </div>`;

const radioTile = (name: string, id: string, value: string, label: string, description: string, checked = false) => `
  <div class="usa-radio">
    <input class="usa-radio__input usa-radio__input--tile" id="${id}" type="radio" name="${name}" value="${value}"${checked ? ' checked' : ''}>
    <label class="usa-radio__label" for="${id}">${label}${description ? ` <span class="usa-checkbox__label-description">${description}</span>` : ''}</label>
  </div>`;

describe('USWDS text inputs and memorable date', () => {
  it('reads name, member ID (with a hint) and a memorable date of birth whose months are names', () => {
    page(`<form class="usa-form usa-form--large">
      <fieldset class="usa-fieldset"><legend class="usa-legend usa-legend--large">Patient information</legend>
        ${text('patient-name', 'Patient name', 'Jane Q Doe')}
        ${text('member-id', 'Member ID', 'U1234567801', 'As shown on the member’s card')}
      </fieldset>
      <fieldset class="usa-fieldset">
        <legend class="usa-legend">Date of Birth</legend>
        <span class="usa-hint" id="mdHint">For example: January 19 2000</span>
        <div class="usa-memorable-date">
          <div class="usa-form-group usa-form-group--month usa-form-group--select">
            <label class="usa-label" for="date_of_birth_month">Month</label>
            <select class="usa-select" id="date_of_birth_month" name="date_of_birth_month" aria-describedby="mdHint">
              <option value>- Select -</option><option value="1">January</option><option value="2">February</option><option value="3">March</option>
              <option value="4" selected>April</option><option value="5">May</option><option value="12">December</option>
            </select>
          </div>
          <div class="usa-form-group usa-form-group--day">
            <label class="usa-label" for="date_of_birth_day">Day</label>
            <input class="usa-input" aria-describedby="mdHint" id="date_of_birth_day" name="date_of_birth_day" maxlength="2" pattern="[0-9]*" inputmode="numeric" value="15">
          </div>
          <div class="usa-form-group usa-form-group--year">
            <label class="usa-label" for="date_of_birth_year">Year</label>
            <input class="usa-input" aria-describedby="mdHint" id="date_of_birth_year" name="date_of_birth_year" minlength="4" maxlength="4" pattern="[0-9]*" inputmode="numeric" value="1980">
          </div>
        </div>
      </fieldset></form>`);
    const values = read();
    expect(values).toMatchObject({ 'patient.name': 'Jane Q Doe', 'patient.memberId': 'U1234567801' });
    // staff see "April 15 1980"; a month option without digits reads as its value, 4
    expect(values['patient.dob']).toMatch(/^0?4\/15\/1980$/);
    expect(collectFields(document).fields.map((f) => f.kind)).toEqual(['text', 'text', 'date-parts']);
  });
});

describe('USWDS date picker', () => {
  it('reads the external input only, never the hidden internal input with the ISO date', () => {
    page(`<form class="usa-form"><h2>C-reactive protein</h2>
      ${text('crp', 'CRP result', '12.4')}
      ${datePicker('crp-date', 'Date collected', '2026-04-15', '04/15/2026')}</form>`);
    expect(read()).toEqual({ 'labs.crpValue': '12.4', 'labs.crpDate': '04/15/2026' });
    expect(collectFields(document).fields).toHaveLength(2);
  });

  it('reads an empty date picker as empty', () => {
    page(`<form class="usa-form">${datePicker('dos', 'Date of service', '', '')}</form>`);
    expect(read()).toEqual({ 'request.serviceDate': '' });
  });
});

describe('USWDS input suffix', () => {
  it('takes the aria-hidden suffix as the unit of the weight, dose and CRP result', () => {
    page(`<form class="usa-form">
      <h2>Patient</h2>${suffixed('weight', 'Weight', '154', 'lbs.')}
      <h2>Requested drug</h2>${suffixed('dose', 'Dose', '150', 'mg')}
      <h2>Labs</h2>${suffixed('crp', 'CRP', '12.4', 'mg/L')}</form>`);
    expect(read()).toEqual({ 'patient.weight': '154', 'drug.dose': '150', 'labs.crpValue': '12.4' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'lb' });
    expect(field('drug.dose')?.impliedUnit).toEqual({ path: 'drug.doseUnit', unit: 'mg' });
    expect(field('labs.crpValue')?.impliedUnit).toEqual({ path: 'labs.crpUnit', unit: 'mg/L' });
  });

  it('does not read a suffix "lbs." as part of the next field’s label', () => {
    page(`<form class="usa-form"><div class="grid-row grid-gap">
      <div class="grid-col-6">${suffixed('weight', 'Weight', '154', 'lbs.')}</div>
      <div class="grid-col-6"><span class="usa-label">Dose</span><input class="usa-input" id="d" name="d" value="150"></div></div></form>`);
    expect(read()).toMatchObject({ 'patient.weight': '154', 'drug.dose': '150' });
  });
});

describe('USWDS combo box', () => {
  const drugs: [string, string][] = [
    ['ilaris', 'Ilaris (canakinumab)'],
    ['kineret', 'Kineret (anakinra)'],
    ['krystexxa', 'Krystexxa (pegloticase)'],
  ];
  const codes: [string, string][] = [
    ['M10.9', 'M10.9 - Gout, unspecified'],
    ['M04.1', 'M04.1 - Periodic fever syndromes'],
  ];

  it('reads the drug and the diagnosis from their combo boxes, once each', () => {
    page(`<form class="usa-form">
      ${comboBox('drug', 'Drug name', drugs, 'ilaris')}
      ${comboBox('icd', 'Primary diagnosis (ICD-10)', codes, 'M04.1')}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)', 'diagnosis.codes.0': 'M04.1 - Periodic fever syndromes' });
  });

  it('maps the combo box’s visible input, not the aria-hidden select it enhances', () => {
    page(`<form class="usa-form">${comboBox('drug', 'Drug name', drugs, 'ilaris')}</form>`);
    const drug = field('drug.name');
    expect(drug?.field.element.getAttribute('aria-hidden')).not.toBe('true');
    expect(drug?.field.element.id).toBe('drug');
    expect(mapped().filter((m) => m.field.element.closest('.usa-combo-box'))).toHaveLength(1);
  });

  it('reads an empty combo box with a placeholder as empty', () => {
    page(
      `<form class="usa-form">${comboBox(
        'freq',
        'Frequency',
        [
          ['q4w', 'Every 4 weeks'],
          ['q8w', 'Every 8 weeks'],
        ],
        null,
        'Select a frequency',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': '' });
  });
});

describe('USWDS radio tiles', () => {
  it('reads a yes/no tile group by its legend and the chosen tile', () => {
    page(`<form class="usa-form"><fieldset class="usa-fieldset">
      <legend class="usa-legend">Has the patient been hospitalized for gout in the past 12 months?</legend>
      ${radioTile('hosp', 'hosp-yes', 'yes', 'Yes', '')}
      ${radioTile('hosp', 'hosp-no', 'no', 'No', '', true)}
    </fieldset></form>`);
    expect(read()).toEqual({ 'clinical.hospitalization': 'No' });
  });

  // not a widget matter: the vocabulary tries "flares … 12 months" before "hospitali[sz]"
  it('names a question about hospitalization for a flare the hospitalization, not the flare count', () => {
    page(`<form class="usa-form"><fieldset class="usa-fieldset">
      <legend class="usa-legend">Has the patient been hospitalized for a gout flare in the past 12 months?</legend>
      ${radioTile('hosp', 'hosp-yes', 'yes', 'Yes', '')}
      ${radioTile('hosp', 'hosp-no', 'no', 'No', '', true)}
    </fieldset></form>`);
    expect(read()).toEqual({ 'clinical.hospitalization': 'No' });
  });

  it('reads a tile’s label without its description text', () => {
    page(`<form class="usa-form"><fieldset class="usa-fieldset">
      <legend class="usa-legend">Place of service</legend>
      ${radioTile('pos', 'pos-11', '11', 'Physician office', 'The prescriber’s office buys, administers and bills the drug')}
      ${radioTile('pos', 'pos-22', '22', 'Hospital outpatient', 'An infusion center billed by the hospital, not the physician office', true)}
      ${radioTile('pos', 'pos-12', '12', 'Home infusion', 'A home infusion provider administers the drug')}
    </fieldset></form>`);
    expect(read()).toEqual({ 'drug.placeOfService': 'Hospital outpatient' });
  });
});

describe('USWDS prior therapies table', () => {
  it('reads each row of a usa-table with inputs as one prior therapy', () => {
    const row = (n: number, drug: string, start: string, stop: string, outcome: string) => `<tr>
      <td><label class="usa-sr-only" for="pt-drug-${n}">Drug</label><input class="usa-input" id="pt-drug-${n}" value="${drug}"></td>
      <td><label class="usa-sr-only" for="pt-start-${n}">Start date</label><input class="usa-input" id="pt-start-${n}" value="${start}"></td>
      <td><label class="usa-sr-only" for="pt-stop-${n}">Stop date</label><input class="usa-input" id="pt-stop-${n}" value="${stop}"></td>
      <td><label class="usa-sr-only" for="pt-out-${n}">Outcome</label><select class="usa-select" id="pt-out-${n}"><option value>- Select -</option><option${outcome === 'Inadequate response' ? ' selected' : ''}>Inadequate response</option><option${outcome === 'Intolerance' ? ' selected' : ''}>Intolerance</option></select></td></tr>`;
    page(`<form class="usa-form"><h2>Prior therapies</h2>
      <table class="usa-table usa-table--borderless"><caption>Medications tried and failed</caption>
        <thead><tr><th scope="col">Drug</th><th scope="col">Start date</th><th scope="col">Stop date</th><th scope="col">Outcome</th></tr></thead>
        <tbody>${row(1, 'colchicine', '01/2024', '06/2024', 'Intolerance')}${row(2, 'prednisone', '07/2024', '09/2024', 'Inadequate response')}</tbody>
      </table></form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.start': '01/2024',
      'priorTherapies.0.stop': '06/2024',
      'priorTherapies.0.outcome': 'Intolerance',
      'priorTherapies.1.drug': 'prednisone',
      'priorTherapies.1.start': '07/2024',
      'priorTherapies.1.stop': '09/2024',
      'priorTherapies.1.outcome': 'Inadequate response',
    });
  });
});
