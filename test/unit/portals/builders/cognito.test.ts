import { describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';

/**
 * Cognito Forms (the Vue-rendered `cog-` form): rows of `div.cog-field.cog-col` with a
 * `label.cog-label[for]` (a fieldset + `legend.cog-label` for fields in parts), the control in
 * `div.cog-input` (Element UI boxes: `div.el-input > input.el-input__inner`), help text in
 * `div.cog-helptext` after it and a validation message `div.cog-error-message[role=alert]`; a Name
 * is First / Last boxes each with a `cog-sublabel` under it; a Date is one box with a calendar
 * button and placeholder; a Choice as drop-down is an Element UI select (readonly input showing
 * the chosen text, a hidden popper list); a Repeating Section lists one `cog-section` per item,
 * titled "Item N" (its configurable item label), with its fields labelled as usual.
 */

let n = 0;
const id = () => `cog-${++n}`;

const field = (type: string, label: string, control: (cid: string) => string, opts: { help?: string; error?: string } = {}) => {
  const cid = id();
  return `<div class="cog-field cog-field--${n} cog-col cog-col--12 cog-${type}${opts.error ? ' is-error cog-field--has-error' : ''}">
    <label class="cog-label" for="${cid}">${label}</label>
    <div class="cog-input">${control(cid)}</div>
    ${opts.help ? `<div class="cog-helptext">${opts.help}</div>` : ''}
    ${opts.error ? `<div class="cog-error-message cog-error-message--container-footer" role="alert">${opts.error}</div>` : ''}
  </div>`;
};

const textbox = (label: string, value: string, opts: { help?: string; error?: string } = {}) =>
  field(
    'textfield',
    label,
    (cid) => `<div class="el-input"><input type="text" autocomplete="off" class="el-input__inner" id="${cid}" value="${value}"></div>`,
    opts,
  );

const name = (label: string, first: string, last: string) => {
  const [f, l] = [id(), id()];
  return `<div class="cog-field cog-field--${n} cog-col cog-col--24 cog-name cog-name--first-last">
    <fieldset class="cog-fieldset"><legend class="cog-label">${label}</legend>
      <div class="cog-input">
        <div class="cog-name__first cog-inner-col cog-inner-col--1"><div class="el-input"><input type="text" autocomplete="given-name" class="el-input__inner" id="${f}" value="${first}"></div><label class="cog-sublabel" for="${f}">First</label></div>
        <div class="cog-name__last cog-inner-col cog-inner-col--2"><div class="el-input"><input type="text" autocomplete="family-name" class="el-input__inner" id="${l}" value="${last}"></div><label class="cog-sublabel" for="${l}">Last</label></div>
      </div>
    </fieldset></div>`;
};

const dateField = (label: string, value: string, help?: string) =>
  field(
    'date',
    label,
    (
      cid,
    ) => `<div class="el-input el-input--suffix cog-input--date"><input type="text" autocomplete="off" placeholder="MM/DD/YYYY" class="el-input__inner" id="${cid}" value="${value}">
      <span class="el-input__suffix"><span class="el-input__suffix-inner"><button type="button" class="cog-button cog-button--icon cog-date__button" aria-label="Open calendar"><svg class="cog-icon" aria-hidden="true"><use href="#calendar"></use></svg></button></span></span></div>`,
    { help },
  );

const select = (label: string, chosen: string, all: string[]) =>
  field(
    'choice',
    label,
    (
      cid,
    ) => `<div class="el-select cog-select"><div class="el-input el-input--suffix"><input type="text" readonly="readonly" autocomplete="off" placeholder="${chosen ? '' : 'Select'}" class="el-input__inner" id="${cid}" value="${chosen}">
      <span class="el-input__suffix"><span class="el-input__suffix-inner"><i class="el-select__caret el-input__icon el-icon-arrow-up"></i></span></span></div>
      <div class="el-select-dropdown el-popper" style="display: none; min-width: 240px;"><div class="el-scrollbar"><div class="el-select-dropdown__wrap el-scrollbar__wrap"><ul class="el-scrollbar__view el-select-dropdown__list">${all
        .map((o) => `<li class="el-select-dropdown__item${o === chosen ? ' selected' : ''}"><span>${o}</span></li>`)
        .join('')}</ul></div></div></div></div>`,
  );

const section = (title: string, body: string) =>
  `<div class="cog-section cog-col cog-col--24"><h3 class="cog-section__heading cog-heading">${title}</h3><div class="cog-section__inner cog-row">${body}</div></div>`;

const repeating = (title: string, items: string[]) =>
  `<div class="cog-field cog-repeating-section cog-col cog-col--24"><h3 class="cog-label cog-repeating-section__heading">${title}</h3>
    ${items
      .map(
        (body, i) =>
          `<div class="cog-section cog-repeating-section__section"><div class="cog-repeating-section__item-heading"><h4 class="cog-heading">Item ${i + 1}</h4><button type="button" class="cog-button cog-button--secondary cog-repeating-section__remove-button" aria-label="Remove Item ${i + 1}">Remove</button></div><div class="cog-row">${body}</div></div>`,
      )
      .join('')}
    <button type="button" class="cog-button cog-button--secondary cog-repeating-section__add-button">+ Add Item</button></div>`;

const cognito = (body: string) =>
  `<div class="cog-cognito cog-form cog-1 is-default"><form class="cog-form__container" novalidate><div class="cog-form__content"><div class="cog-header cog-form__header"><h1 class="cog-heading">Ilaris (canakinumab) Prior Authorization</h1></div>
    <div class="cog-body"><div class="cog-page cog-wrapper">${body}</div></div>
    <div class="cog-page__navigation"><button type="button" class="cog-button cog-button--primary cog-button--submit">Submit</button></div></div></form></div>`;

const therapy = (drug: string, dose: string, start: string, stop: string, outcome: string) =>
  textbox('Drug', drug) +
  textbox('Dose', dose) +
  dateField('Start date', start) +
  dateField('Stop date', stop) +
  textbox('Outcome', outcome);

describe('Cognito Forms', () => {
  it('reads a Name (First / Last with sublabels) as the whole name', () => {
    page(cognito(section('Patient', name('Patient Name', 'Jordan', 'Sample') + textbox('Member ID', 'U9876543201'))));
    expect(read()).toEqual({ 'patient.name': 'Jordan Sample', 'patient.memberId': 'U9876543201' });
  });

  it('does not read the Last box or a sublabel as another field', () => {
    page(cognito(section('Patient', name('Patient Name', 'Jordan', 'Sample') + textbox('Member ID', 'U9876543201'))));
    expect(mapped().filter((m) => m.path === 'patient.name')).toHaveLength(1);
    expect(Object.values(read())).not.toContain('Sample');
    expect(read()['patient.memberId']).toBe('U9876543201');
  });

  it('reads a date box with a calendar button and help text, not the help text as the next label', () => {
    page(
      cognito(
        section(
          'Patient',
          dateField('Date of Birth', '03/02/1980', 'Dose is weight-based; enter the weight below') +
            textbox('Weight (kg)', '70', { help: 'Within the last 30 days' }) +
            textbox('Member ID', 'U9876543201'),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '03/02/1980', 'patient.weight': '70', 'patient.memberId': 'U9876543201' });
  });

  it('reads an Element UI drop-down by its readonly input, once', () => {
    page(
      cognito(
        section(
          'Medication requested',
          select('Place of service', 'Office (11)', ['Office (11)', 'On-campus outpatient hospital (22)']) +
            select('Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks']),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.placeOfService': 'Office (11)', 'drug.frequency': 'Every 4 weeks' });
    expect(mapped()).toHaveLength(2);
  });

  it('does not read a validation message as a label or value', () => {
    page(
      cognito(
        section(
          'Prescriber',
          textbox('Prescriber NPI', '123456789', { error: 'NPI must be 10 digits.' }) + textbox('Prescriber Name', 'Dana R. Whitfield, MD'),
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'prescriber.name': 'Dana R. Whitfield, MD' });
  });

  it('numbers Repeating Section items ("Item 1", "Item 2") of prior therapies', () => {
    page(
      cognito(
        section('Medication requested', textbox('Drug name', 'Ilaris (canakinumab)')) +
          repeating('Prior therapies', [
            therapy('colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'),
            therapy('anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'),
          ]),
      ),
    );
    expect(read()).toEqual({
      'drug.name': 'Ilaris (canakinumab)',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });

  it('reads the whole Ilaris request', () => {
    page(
      cognito(
        section(
          'Patient',
          name('Patient Name', 'Jordan', 'Sample') + dateField('Date of Birth', '03/02/1980') + textbox('Weight (kg)', '70'),
        ) +
          section('Diagnosis', textbox('ICD-10 Code', 'M04.1') + textbox('Additional ICD-10 Code', 'M04.2')) +
          section(
            'Medication requested',
            textbox('Drug name', 'Ilaris (canakinumab)') +
              textbox('HCPCS Code', 'J0638') +
              textbox('NDC', '00078-0734-61', { help: 'Use the 11-digit format (5-4-2).' }) +
              textbox('Dose (mg)', '150') +
              textbox('Billing Units', '150') +
              textbox('Frequency', 'every 4 weeks') +
              select('Place of Service', 'Office (11)', ['Office (11)', 'On-campus outpatient hospital (22)']),
          ) +
          section(
            'Laboratory results',
            textbox('CRP Result', '4.5') + select('CRP Unit', 'mg/L', ['mg/L', 'mg/dL']) + dateField('CRP Collection Date', '11/12/2026'),
          ) +
          repeating('Prior therapies', [therapy('colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response')]) +
          section('Prescriber', textbox('Prescriber NPI', '1234567893')),
      ),
    );
    expect(read()).toEqual({
      'patient.name': 'Jordan Sample',
      'patient.dob': '03/02/1980',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office (11)',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '11/12/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'prescriber.npi': '1234567893',
    });
  });
});
