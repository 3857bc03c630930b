import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from './request';

/**
 * react-select 5.10 (JedWatson/react-select packages/react-select/src: Select.tsx, components/*,
 * internal/RequiredInput.tsx, Creatable) with its default emotion class names:
 * `div.css-…-container` > `span#react-select-N-live-region.css-…-a11yText` (and, while focused, a
 * `span[role=log][aria-live=polite]` announcing "option M04.1, selected."), `div.css-…-control` >
 * the value container (`div.css-…-placeholder` "Select...", or `div.css-…-singleValue`, or per value
 * a `div.css-…-multiValue` holding the label `div.css-9jq23d` and
 * `div[role=button][aria-label="Remove M04.1"]` with an svg cross) and the input container
 * `div.css-19bb58m[data-value]` with `input#<inputId>[role=combobox][aria-autocomplete=list]`
 * holding only the search; then the indicators (clear `div[aria-hidden=true]`, separator,
 * dropdown chevron). Form fields after the control: with `name`, one `input[type=hidden][name]`
 * per value holding the option *value* (an empty one when none); with `required` and no value,
 * RequiredInput: an `input[required][name][aria-hidden=true][tabindex=-1]` (no type) of opacity 0.
 * With `menuPortalTarget={document.body}` the open menu is a `div.css-…-MenuPortal` at the end of
 * the body: `div.css-…-menu#react-select-N-listbox > div[role=listbox] > div[role=option]`
 * ("Create \"…\"" first in a Creatable). Labels are `<label htmlFor={inputId}>` (or an element
 * named by `aria-labelledby`) in the app's own form rows.
 */

const close = `<svg height="14" width="14" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-tj5bde-Svg"><path d="M14.348 14.849c-0.469 0.469-1.229 0.469-1.697 0z"></path></svg>`;
const chevron = `<svg height="20" width="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="css-tj5bde-Svg"><path d="M4.516 7.548c0.436-0.446 1.043-0.481 1.576 0z"></path></svg>`;

type Opt = [value: string, label: string];

let n = 1;
const rs = (
  inputId: string,
  chosen: Opt[],
  o: { multi?: boolean; name?: string; required?: boolean; open?: boolean; labelledBy?: string; placeholder?: string } = {},
) => {
  const k = (n += 1);
  const values = chosen.length
    ? o.multi
      ? chosen
          .map(
            ([, l]) =>
              `<div class="css-1p3m7a8-multiValue"><div class="css-9jq23d">${l}</div><div role="button" class="css-v7duua" aria-label="Remove ${l}">${close}</div></div>`,
          )
          .join('')
      : `<div class="css-1dimb5e-singleValue">${chosen[0]![1]}</div>`
    : `<div class="css-1jqq78o-placeholder" id="react-select-${k}-placeholder">${o.placeholder ?? 'Select...'}</div>`;
  const hidden =
    o.required && !chosen.length
      ? `<input required="" name="${o.name ?? ''}" tabindex="-1" aria-hidden="true" class="css-1a0ro4n-requiredInput" value="">`
      : o.name
        ? o.multi
          ? `<div>${(chosen.length ? chosen : [['', '']]).map(([v]) => `<input name="${o.name}" type="hidden" value="${v}">`).join('')}</div>`
          : `<input name="${o.name}" type="hidden" value="${chosen[0]?.[0] ?? ''}">`
        : '';
  return `<div class="css-b62m3t-container">
    <span id="react-select-${k}-live-region" class="css-1f43avz-a11yText-A11yText"></span>
    ${o.open ? `<span aria-live="polite" aria-atomic="false" aria-relevant="additions text" role="log" class="css-1f43avz-a11yText-A11yText"><span id="aria-selection">option ${chosen.map(([, l]) => l).join(', ')}, selected.</span><span id="aria-focused">option M04.1 focused, 1 of 3. 3 results available. Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.</span></span>` : ''}
    <div class="css-${o.open ? 't3ipsp' : '13cymwt'}-control">
      <div class="css-${o.multi ? '1dyz3mf' : 'hlgwow'}">
        ${values}
        <div class="css-19bb58m" data-value=""><input class="" autocapitalize="none" autocomplete="off" autocorrect="off" id="${inputId}" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="${o.open ? 'true' : 'false'}" aria-haspopup="true"${o.labelledBy ? ` aria-labelledby="${o.labelledBy}"` : ''}${o.open ? ` aria-controls="react-select-${k}-listbox" aria-owns="react-select-${k}-listbox"` : ''} role="combobox" aria-activedescendant="" ${chosen.length ? '' : `aria-describedby="react-select-${k}-placeholder" `}value="" style="color: inherit; background: 0px center; opacity: 1; width: 100%; grid-area: 1 / 2; font: inherit; min-width: 2px; border: 0px; margin: 0px; outline: 0px; padding: 0px;"></div>
      </div>
      <div class="css-1wy0on6">${chosen.length ? `<div class="css-1xc3v61-indicatorContainer" aria-hidden="true">${close}</div>` : ''}<span class="css-1u9des2-indicatorSeparator"></span><div class="css-1xc3v61-indicatorContainer" aria-hidden="true">${chevron}</div></div>
    </div>
    ${hidden}
  </div>`;
};

/** the open menu, portalled to the body */
const menuPortal = (k: number, options: string[], create?: string) => `
  <div class="css-1ug4ur3-MenuPortal" style="left: 24px; position: absolute; top: 412px; width: 480px; z-index: 1;">
    <div class="css-1nmdiq5-menu" id="react-select-${k}-listbox"><div class="css-1n6sfyn-MenuList" role="listbox" aria-multiselectable="true">
      ${create ? `<div class="css-d7l1ni-option" aria-disabled="false" id="react-select-${k}-option-0" tabindex="-1" role="option" aria-selected="false">Create "${create}"</div>` : ''}
      ${options.map((o, i) => `<div class="css-${i === 0 ? 'd7l1ni' : '10wo9uf'}-option" aria-disabled="false" id="react-select-${k}-option-${i + (create ? 1 : 0)}" tabindex="-1" role="option" aria-selected="false">${o}</div>`).join('')}
    </div></div>
  </div>`;

const row = (id: string, label: string, control: string) =>
  `<div class="form-row"><label for="${id}" class="form-label">${label}</label>${control}</div>`;
const text = (id: string, label: string, value: string) =>
  row(id, label, `<input id="${id}" name="${id}" type="text" class="form-control" value="${value}">`);

describe('react-select 5: single, multi, creatable, async in a request form', () => {
  it('reads every select by what it shows, never by the hidden option values', () => {
    page(`<main><form id="pa-request" novalidate>
      <h2>Member</h2>
      ${text('memberId', 'Member ID', ILARIS['patient.memberId'])}
      ${text('dob', 'Date of birth', ILARIS['patient.dob'])}
      <div class="form-grid">${text('weight', 'Weight', '158')}${row('weightUnit-input', 'Unit', rs('weightUnit-input', [['lb', 'lb']], { name: 'weightUnit' }))}</div>
      <h2>Diagnosis</h2>
      ${row(
        'dx-input',
        'ICD-10 codes',
        rs(
          'dx-input',
          [
            ['M041', 'M04.1'],
            ['M061', 'M06.1'],
          ],
          { multi: true, name: 'icd10' },
        ),
      )}
      <h2>Medication</h2>
      ${row('drug-input', 'Drug name', rs('drug-input', [['ndc-00078073461', 'Ilaris (canakinumab)']], { name: 'drugId' }))}
      ${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}
      ${text('ndc', 'NDC', ILARIS['drug.ndc'])}
      ${text('dose', 'Dose (mg)', '150')}
      ${text('units', 'Billing units', '150')}
      ${row('freq-input', 'Frequency', rs('freq-input', [['Q4W', 'Every 4 weeks']], { name: 'frequency' }))}
      <h2>Labs</h2>
      ${text('crp', 'CRP (mg/L)', '24')}
      ${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
      <h2>Prescriber</h2>
      ${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}
    </form></main>`);
    expect(read()).toEqual({
      ...ILARIS,
      'patient.weight': '158',
      'patient.weightUnit': 'lb',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toEqual({ 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    expect(mapped().some((m) => m.field.element.matches('input[type=hidden]'))).toBe(false);
    noDuplicatePaths();
  });

  it('takes nothing from an open creatable menu portalled to the body, nor its live region', () => {
    const k = n + 1;
    page(
      `<form>${row('dx-input', 'ICD-10 codes', rs('dx-input', [['M04.1', 'M04.1']], { multi: true, name: 'icd10', open: true }))}</form>${menuPortal(k, ['M06.1', 'M04.8'], 'M06.1')}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('[class*="MenuPortal"]');
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a required select with nothing chosen as empty, and no field from its RequiredInput', () => {
    page(
      `<form>${row('pos-input', 'Place of service', rs('pos-input', [], { name: 'pos', required: true, placeholder: 'Choose a place of service' }))}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
    expect(mapped()).toHaveLength(1);
  });

  it('names a select by aria-labelledby when the app gives no inputId', () => {
    page(`<form><div class="field"><span id="dx-label" class="field-label">ICD-10 codes</span>${rs(
      'react-select-9-input',
      [
        ['M04.1', 'M04.1'],
        ['M06.1', 'M06.1'],
      ],
      { multi: true, labelledBy: 'dx-label' },
    )}</div>
      <div class="field"><span id="pos-label" class="field-label">Place of service</span>${rs('react-select-10-input', [['11', '11 - Office']], { labelledBy: 'pos-label' })}</div></form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.placeOfService': '11 - Office' });
  });
});
