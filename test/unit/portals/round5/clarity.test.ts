import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from './request';

/**
 * VMware/Broadcom Clarity for Angular (@clr/angular 17, vmware-clarity/ng-clarity
 * projects/angular/src/forms: input/input-container.ts, select, datepicker/date-container.ts,
 * combobox/combobox.html + combobox.ts) in a `clrForm` (horizontal layout):
 * - `clr-input-container.clr-form-control.clr-row` > the app's `label.clr-control-label[for]`
 *   (the ClrLabel directive sets `for` and the grid classes), `div.clr-control-container >
 *   div.clr-input-wrapper > div.clr-input-group` holding `[clrInputPrefix]`, the
 *   `input.clr-input[clrinput]` and `[clrInputSuffix]` ("kg": an element the app writes with that
 *   attribute, no class), then `div.clr-subtext-container > clr-control-helper.clr-subtext`.
 * - `clr-select-container` > label + `div.clr-select-wrapper > select.clr-select`.
 * - `clr-date-container.clr-date-container` > label + `div.clr-input-group` holding the
 *   `input[clrdate].clr-input` (placeholder "MM/DD/YYYY") and the toggle
 *   `button.clr-input-group-icon-action` with a `cds-icon[shape=calendar]`, labelled
 *   "Change date, 03/14/1988" (aria-label and title set by the container); the calendar popover
 *   renders only while open.
 * - `clr-combobox-container` > label[for=<controlId>] + `clr-combobox.clr-combobox >
 *   div.clr-combobox-wrapper.multi` holding, with `clrMulti`, `span.clr-combobox-pills[role=grid]
 *   [aria-label="ICD-10 codes Selected options"]` of `span.label.label-combobox-pill[role=row]`
 *   (`span[role=gridcell] > span.clr-combobox-pill-content` text, `span[role=gridcell] >
 *   button.clr-combobox-remove-btn[aria-label]` with a `cds-icon[shape=window-close]`), then
 *   `input.clr-input.clr-combobox-input[role=combobox]#<controlId>` (the search; a single
 *   combobox's input holds the chosen text) and `button.clr-combobox-trigger[aria-label]`.
 * Reactive forms: each control keeps its `formcontrolname` attribute (no `name`) and Angular's
 * `ng-*` state classes; ids are Clarity's generated `clr-form-control-N`.
 */

let n = 0;
const cid = () => `clr-form-control-${(n += 1)}`;
const ng = 'ng-untouched ng-pristine ng-valid';
/** the reactive form's control name (Angular keeps the `formcontrolname` attribute; no `name`) */
const key = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase());

const labelOf = (id: string, text: string) => `<label class="clr-control-label clr-col-12 clr-col-md-3" for="${id}">${text}</label>`;
const helper = (id: string, text?: string) =>
  text
    ? `<div class="clr-subtext-container"><clr-control-helper class="clr-subtext" id="${id}-helper">${text}</clr-control-helper></div>`
    : '';

const input = (label: string, value: string, o: { suffix?: string; prefix?: string; helper?: string } = {}) => {
  const id = cid();
  return `<clr-input-container class="clr-form-control clr-row">${labelOf(id, label)}
    <div class="clr-control-container clr-col-md-9 clr-col-12"><div class="clr-input-wrapper"><div class="clr-input-group">
      ${o.prefix ? `<span clrinputprefix="">${o.prefix}</span>` : ''}
      <input clrinput="" type="text" formcontrolname="${key(label)}" class="clr-input ${ng}" id="${id}"${o.helper ? ` aria-describedby="${id}-helper"` : ''} value="${value}">
      ${o.suffix ? `<span clrinputsuffix="">${o.suffix}</span>` : ''}
    </div></div>${helper(id, o.helper)}</div>
  </clr-input-container>`;
};

const select = (label: string, options: string[], chosen: string) => {
  const id = cid();
  return `<clr-select-container class="clr-form-control clr-row">${labelOf(id, label)}
    <div class="clr-control-container clr-col-md-9 clr-col-12"><div class="clr-select-wrapper">
      <select clrselect="" formcontrolname="${key(label)}" class="clr-select ${ng}" id="${id}">${options.map((o) => `<option value="${o}"${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select>
    </div></div></clr-select-container>`;
};

const date = (label: string, value: string) => {
  const id = cid();
  const toggle = value ? `Change date, ${value}` : 'Choose date';
  return `<clr-date-container class="clr-form-control clr-date-container clr-row">${labelOf(id, label)}
    <div class="clr-control-container clr-col-md-9 clr-col-12"><div class="clr-input-wrapper"><div class="clr-input-group">
      <input clrdate="" type="text" formcontrolname="${key(label)}" class="clr-input ${ng}" id="${id}" placeholder="MM/DD/YYYY" value="${value}">
      <button type="button" class="clr-input-group-icon-action" aria-label="${toggle}" title="${toggle}"><cds-icon status="info" shape="calendar" role="img"></cds-icon></button>
    </div></div></div></clr-date-container>`;
};

const pill = (text: string) =>
  `<span class="label label-combobox-pill" role="row"><span role="gridcell"><span class="clr-combobox-pill-content" tabindex="-1">${text}</span></span><span role="gridcell"><button type="button" class="clr-combobox-remove-btn" tabindex="-1" aria-label="Unselect ${text}"><cds-icon shape="window-close" size="12" role="img"></cds-icon></button></span></span>`;

const combobox = (label: string, chosen: string[], multi = true) => {
  const id = cid();
  return `<clr-combobox-container class="clr-form-control clr-row">${labelOf(id, label)}
    <div class="clr-control-container clr-col-md-9 clr-col-12">
      <clr-combobox class="aria-required clr-combobox ${ng}" id="${id}-combobox" formcontrolname="${key(label)}">
        <div class="clr-combobox-wrapper${multi ? ' multi' : ''}">
          ${multi && chosen.length ? `<span role="grid" aria-label="${label} Selected options" class="clr-combobox-pills">${chosen.map(pill).join('')}</span>` : ''}
          <input type="text" role="combobox" class="clr-input clr-combobox-input ${ng}" id="${id}" aria-expanded="false" aria-haspopup="listbox" aria-autocomplete="list" autocomplete="off" value="${multi ? '' : (chosen[0] ?? '')}">
          <button type="button" class="clr-combobox-trigger" tabindex="-1" aria-label="Combobox toggle"><cds-icon shape="angle" direction="down" role="img"></cds-icon></button>
          <div class="clr-focus-indicator"></div>
        </div>
      </clr-combobox>
    </div></clr-combobox-container>`;
};

const form = (body: string) => `<form clrform="" class="clr-form clr-form-horizontal ${ng}" novalidate>${body}</form>`;

describe('Clarity forms: input containers with suffixes, select, date container', () => {
  it('reads the request with "kg", "mg" and "mg/L" suffixes and no field from the date toggles', () => {
    page(
      form(`
      <h4>Member</h4>
      ${input('Member ID', ILARIS['patient.memberId'], { helper: 'As shown on the ID card' })}
      ${date('Date of birth', ILARIS['patient.dob'])}
      ${input('Weight', '72', { suffix: 'kg' })}
      <h4>Medication</h4>
      ${input('Drug name', ILARIS['drug.name'])}
      ${input('HCPCS code', ILARIS['drug.hcpcs'])}
      ${input('NDC', ILARIS['drug.ndc'], { helper: '11-digit NDC (5-4-2)' })}
      ${input('Dose', '150', { suffix: 'mg' })}
      ${input('Billing units', '150')}
      ${select('Place of service', ['11 - Office', '19 - Off-campus outpatient hospital', '22 - On-campus outpatient hospital'], '11 - Office')}
      <h4>Labs</h4>
      ${input('CRP', '24', { suffix: 'mg/L' })}
      ${date('CRP collection date', ILARIS['labs.crpDate'])}
      <h4>Prescriber</h4>
      ${input('Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ ...ILARIS, 'drug.placeOfService': '11 - Office' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('.clr-input-group-icon-action');
    noDuplicatePaths();
  });

  it('reads a weight in lb from a clr-select unit beside it', () => {
    page(
      form(
        `<div class="clr-row"><div class="clr-col-8">${input('Weight', '158')}</div><div class="clr-col-4">${select('Unit', ['kg', 'lb'], 'lb')}</div></div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '158', 'patient.weightUnit': 'lb' });
  });

  it('reads an empty date container as empty, not its "MM/DD/YYYY" placeholder', () => {
    page(form(date('Date of birth', '')));
    expect(read()).toEqual({ 'patient.dob': '' });
  });
});

describe('Clarity combobox', () => {
  it('reads a clrMulti combobox from its pills, without the remove buttons', () => {
    page(form(combobox('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a single combobox by the chosen text its input holds', () => {
    page(form(combobox('Frequency', ['Every 4 weeks'], false)));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads an empty clrMulti combobox as empty', () => {
    page(form(combobox('ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});

describe('Clarity prior therapies (one titled section per therapy)', () => {
  it('reads two prior therapies', () => {
    const therapy = (i: number, drug: string, dose: string, start: string, stop: string, outcome: string) => `
      <section class="clr-form-section" aria-labelledby="therapy-${i}"><h5 id="therapy-${i}">Prior therapy ${i}</h5>
        ${input('Medication', drug)}${input('Dose', dose)}${date('Start date', start)}${date('End date', stop)}${input('Outcome', outcome)}</section>`;
    page(
      form(
        therapy(1, 'colchicine', '0.6 mg twice daily', '01/05/2026', '06/30/2026', 'Inadequate response') +
          therapy(2, 'anakinra', '100 mg daily', '07/01/2026', '09/15/2026', 'Injection-site reactions'),
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });
});
