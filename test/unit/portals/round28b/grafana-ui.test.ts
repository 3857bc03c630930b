import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Grafana UI 8.0 (grafana/grafana packages/grafana-ui, read through the code index: Select/SelectBase.tsx,
 * getSelectStyles.ts, ValueContainer.tsx at 00007ffa; SelectContainer.tsx, InputControl.tsx, SingleValue.tsx,
 * MultiValue.tsx, SelectMenu.tsx (SelectMenuOptions) as stored; Forms/Field.tsx, Forms/Label.tsx,
 * Forms/Input/Input.tsx, Forms/RadioButtonGroup/RadioButton.tsx; react-select 4 underneath, no classNamePrefix):
 * - Field: `div` > Label (`div` > `label[for=<child id|inputId>]` > `div` text (" *" appended when required),
 *   then `span` description) > `div` holding the control and, when invalid, `div` > FieldValidationMessage
 *   (`div[role=alert]` with an exclamation-triangle svg then the error).
 * - Input: `div.input-wrapper` > `div.input-inputWrapper` > `input.input-input`, addonAfter in `div.input-addon`.
 * - Select: react-select's container (SelectContainer, `input-wrapper` styles) > InputControl `div` >
 *   `div.grafana-select-value-container` holding `div` singleValue > `div.grafana-select-single-value` text, or
 *   the Placeholder `div` ("Choose"), then react-select 4's AutosizeInput (`input#<inputId>[aria-autocomplete=list]`
 *   in two divs plus its hidden sizer div), then `div.input-suffix` with the angle-down icon. The menu, when
 *   open, renders inline after the control: `div.grafana-select-menu[aria-label="Select options menu"]` >
 *   options `div.grafana-select-option[aria-label="Select option"]` > `div.grafana-select-option-body > span`.
 * - MultiSelect: each value `div.grafana-select-multi-value-container` > label `div` + IconButton remove
 *   (`button.grafana-select-multi-value-remove` with the times icon, no name in this version).
 * - RadioButtonGroup: native `input[type=radio]#option-<value>-<id>` + `label[for]` pairs in one `div`; Field finds no
 *   id on it, so its label has no `for`.
 * - Emotion class names are hashed: the `css-<hash>-<label>` names below keep each style's label.
 */

const svg = (name: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" class="css-1d3xu67-Icon"><path d="M0 0" data-icon="${name}"></path></svg>`;

type Extra = { description?: string; error?: string; required?: boolean };
const field = (forId: string, label: string, control: string, o: Extra = {}) =>
  `<div class="css-1w5c5dq"><div class="css-3oq5ac"><label${forId ? ` for="${forId}"` : ''}><div class="css-1fu8fks">${label}${o.required ? ' *' : ''}</div>${o.description ? `<span class="css-1ckkd1b">${o.description}</span>` : ''}</label></div><div>${control}${
    o.error ? `<div class="css-1mqwmh8"><div role="alert" class="css-1kz2xyp">${svg('exclamation-triangle')}${o.error}</div></div>` : ''
  }</div></div>`;

const input = (id: string, value: string, o: { addon?: string; placeholder?: string } = {}) =>
  `<div class="css-1cvxpvr-input-wrapper"><div class="css-1d8n9bt-input-inputWrapper"><input id="${id}" class="css-1mlczho-input-input"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${value}"></div>${o.addon ? `<div class="css-c8zcyu-input-addon">${o.addon}</div>` : ''}</div>`;
const text = (id: string, label: string, value: string, o: Extra & { addon?: string } = {}) => field(id, label, input(id, value, o), o);

/** A Select (or MultiSelect when `values` has several or `multi`), closed or open with its menu inline. */
function select(
  id: string,
  label: string,
  values: string[],
  options: string[],
  o: Extra & { open?: boolean; multi?: boolean; typed?: string; disabled?: boolean } = {},
) {
  const multi = o.multi ?? values.length > 1;
  const shown = values.length
    ? multi
      ? values
          .map(
            (v) =>
              `<div class="css-1lxu9ja-grafana-select-multi-value-container"><div class="css-12jo7m5">${v}</div><button class="css-1ahw7dd-grafana-select-multi-value-remove">${svg('times')}</button></div>`,
          )
          .join('')
      : `<div class="css-1uccc91-singleValue"><div class="css-8nwx1l-grafana-select-single-value">${values[0]}</div></div>`
    : '<div class="css-1wy0on6">Choose</div>';
  const menu = o.open
    ? `<div class="css-26l3qy-menu"><div class="css-1sbjgj4-grafana-select-menu" aria-label="Select options menu"><div class="scrollbar-view">${options
        .filter((v) => !(multi && values.includes(v)) && v.startsWith(o.typed ?? ''))
        .map(
          (v, i) =>
            `<div class="css-19ujdx3-grafana-select-option${i === 0 ? ' css-7f6lyn-grafana-select-option-focused' : ''}" id="react-select-${id}-option-${i}" tabindex="-1" aria-label="Select option"><div class="css-1tl0ov9-grafana-select-option-body"><span>${v}</span></div></div>`,
        )
        .join('')}</div></div></div>`
    : '';
  const control = `<div class="css-1b6w5ji-input-wrapper css-1r4srs7"><div class="css-1i88p6p"><div class="css-1vx8bb8-grafana-select-value-container${multi ? ' css-xmp2rg-grafana-select-value-container-multi' : ''}">${shown}<div class="css-1hwfws3"><div class="" style="display: inline-block;"><input autocapitalize="none" autocomplete="off" autocorrect="off" id="${id}" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list"${o.disabled ? ' disabled=""' : ''} value="${o.typed ?? ''}" style="box-sizing: content-box; width: 2px; background: 0px center; border: 0px; font-size: inherit; opacity: 1; outline: 0px; padding: 0px; color: inherit;"><div style="position: absolute; top: 0px; left: 0px; visibility: hidden; height: 0px; overflow: scroll; white-space: pre;"></div></div></div></div><div class="css-zyjsuv-input-suffix"><div class="css-14cd4xh">${svg(o.open ? 'angle-up' : 'angle-down')}</div></div></div>${menu}</div>`;
  return field(id, label, control, o);
}

const radios = (id: string, label: string, value: string, options: string[]) =>
  field(
    '',
    label,
    `<div class="css-1hvxsw6">${options
      .map(
        (v) =>
          `<input type="radio" class="css-1dy9en4" id="option-${v}-${id}" name="${id}"${v === value ? ' checked' : ''}><label class="css-1dyq2kw" for="option-${v}-${id}" title="">${v}</label>`,
      )
      .join('')}</div>`,
  );

const date = (id: string, label: string, value: string) =>
  field(
    id,
    label,
    `<div class="css-1gx5kf3">${input(id, value, { placeholder: 'Date' }).replace('<input ', '<input type="text" autocomplete="off" data-testid="date-picker-input" ')}</div>`,
  );

const legend = (title: string) => `<legend class="css-1es0ebf">${title}</legend>`;
const fieldSet = (title: string, body: string) => `<fieldset class="css-1fr7s1w">${legend(title)}${body}</fieldset>`;
const form = (body: string, tail = '') =>
  `<div class="page-container page-body"><h1 class="css-8j3tc">New prior authorization</h1><form class="css-1ckkd1b" style="max-width: 600px;">${body}<button type="submit" class="css-1xcwf1k-button"><span class="css-1mhnkuh">Submit request</span></button></form></div>${tail}`;

const therapyRows = () =>
  [0, 1]
    .map(
      (r) =>
        `<div class="css-kfrb4f-horizontal-group"><div class="css-1p0tuyq-layoutChildrenWrapper">${(
          ['drug', 'dose', 'start', 'stop', 'outcome'] as const
        )
          .map((k) => {
            const l = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k];
            const v = ISO_THERAPIES[`priorTherapies.${r as 0 | 1}.${k}`];
            return k === 'start' || k === 'stop' ? date(`therapies.${r}.${k}`, l, v) : text(`therapies.${r}.${k}`, l, v);
          })
          .join(
            '</div><div class="css-1p0tuyq-layoutChildrenWrapper">',
          )}</div><div class="css-1p0tuyq-layoutChildrenWrapper"><button class="css-1ahw7dd" aria-label="Remove therapy">${svg('minus')}</button></div></div>`,
    )
    .join('');

const request = (o: { codesOpen?: boolean } = {}) =>
  `${fieldSet('Patient', `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('dob', 'Date of birth', '1988-03-14')}${text('weight', 'Weight', '72', { addon: 'kg' })}`)}
  ${fieldSet('Diagnosis', select('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { open: o.codesOpen }))}
  ${fieldSet(
    'Medication',
    `${select('drug', 'Drug name', [ILARIS['drug.name']], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${radios('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
  )}
  ${fieldSet('Labs', `${text('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', '2026-11-02')}`)}
  ${fieldSet('Prior therapies', therapyRows())}
  ${fieldSet('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { description: '10-digit National Provider Identifier' }))}`;

describe('Grafana UI 8: Field, Input, Select, MultiSelect, RadioButtonGroup, date input, FieldArray rows', () => {
  it('reads the full Ilaris request', () => {
    page(form(request()));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads a closed Select as its single value', () => {
    page(
      form(
        select('drug', 'Drug name', [ILARIS['drug.name']], ['Ilaris (canakinumab)', 'Kineret (anakinra)']) +
          text('hcpcs', 'HCPCS code', 'J0638'),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
  });

  it('reads a Select showing its "Choose" placeholder as empty, not as an option', () => {
    page(form(select('drug', 'Drug name', [], ['Ilaris (canakinumab)', 'Kineret (anakinra)']) + text('hcpcs', 'HCPCS code', 'J0638')));
    expect(read()['drug.name'] ?? '').toBe('');
  });

  it('reads an open Select as its value and nothing from its inline menu', () => {
    page(
      form(
        select('drug', 'Drug name', [ILARIS['drug.name']], ['Kineret (anakinra)', 'Ilaris (canakinumab)'], { open: true }) +
          text('hcpcs', 'HCPCS code', 'J0638'),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
    nothingFrom('.css-26l3qy-menu');
  });

  it('reads the MultiSelect values as the ICD-10 codes, closed or open on the codes left', () => {
    for (const open of [false, true]) {
      page(
        form(
          select('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { open }) +
            text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']),
        ),
      );
      expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    }
  });

  it('reads the MultiSelect values, not the search typed while its menu is open', () => {
    page(form(select('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { open: true, typed: 'M04' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.css-26l3qy-menu');
  });

  it('reads the checked RadioButtonGroup button as the frequency', () => {
    page(
      form(
        radios('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once']) + text('dose', 'Dose (mg)', '150'),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
  });

  it('names a required field with an error shown by its label, without " *" or the message', () => {
    page(
      form(
        text('memberId', 'Member ID', 'U48291637', { required: true, error: 'Member ID must be 11 characters' }) +
          text('weight', 'Weight', '72', { addon: 'kg' }),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U48291637', 'patient.weight': '72' });
  });

  it('reads nothing from an InteractiveTable of past requests beside the form', () => {
    const past = `<h2 class="css-1x1nyb6">Past requests</h2><table class="css-1n7i4d8"><thead><tr>${['Member ID', 'Drug', 'Dose (mg)', 'Submitted', 'Status'].map((c) => `<th class="css-qmjkkf"><button class="css-1qs4k7h">${c}${svg('angle-down')}</button></th>`).join('')}</tr></thead><tbody>${[
      ['U0000000001', 'Kineret (anakinra)', '100', '2026-07-01', 'Approved'],
      ['U0000000001', 'Actemra (tocilizumab)', '162', '2026-03-10', 'Denied'],
    ]
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
    page(
      form(
        text('memberId', 'Member ID', ILARIS['patient.memberId']) +
          text('dose', 'Dose (mg)', '150') +
          fieldSet('Prior therapies', therapyRows()),
        past,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.dose': '150', ...ISO_THERAPIES });
  });
});
