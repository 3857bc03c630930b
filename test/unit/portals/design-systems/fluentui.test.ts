import { describe, expect, it } from 'vitest';
import { collectFields } from '@/lib/dom/collect';
import { field, read, page } from '../read';

/**
 * Fluent UI React v9 (@fluentui/react-components) as it renders: Field puts a `<label for>` on
 * controls that support it (Input, Dropdown, Combobox, SpinButton, DatePicker, TagPickerInput)
 * and `aria-labelledby` on a RadioGroup. Dropdown is a `<button role="combobox">` without
 * aria-haspopup (useDropdown / Dropdown.test.tsx.snap); TagPicker's tags are dismissible
 * `<button role="option">` in a `role="listbox"` TagGroup before the combobox input.
 */

let n = 0;
const fid = () => `field-r${(n += 2)}_`;

const fieldWrap = (id: string, label: string, control: string, hint = '') => `
  <div class="fui-Field ___keyyzl0">
    <label for="${id}_control" id="${id}_label" class="fui-Label fui-Field__label ___1yevxz2">${label}</label>
    ${control}
    ${hint ? `<div id="${id}_hint" class="fui-Field__hint ___1u0h6j9">${hint}</div>` : ''}
  </div>`;

const input = (label: string, value: string, opts: { before?: string; after?: string; hint?: string } = {}) => {
  const id = fid();
  return fieldWrap(
    id,
    label,
    `<span class="fui-Input r1oeeo5n ___1txf4yw">
      ${opts.before ? `<span class="fui-Input__contentBefore r1xw7ccv">${opts.before}</span>` : ''}
      <input type="text" id="${id}_control" class="fui-Input__input r12stul0"${opts.hint ? ` aria-describedby="${id}_hint"` : ''} value="${value}">
      ${opts.after ? `<span class="fui-Input__contentAfter r1xw7ccv">${opts.after}</span>` : ''}
    </span>`,
    opts.hint,
  );
};

const chevron = `<svg class="fui-Icon-regular ___12fm75w f1w7gpdv fez10in fg4l7m0" fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20"><path d="M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0Z" fill="currentColor"></path></svg>`;
const dismiss = `<svg class="fui-Icon-regular ___12fm75w f1w7gpdv fez10in fg4l7m0" fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20"><path d="m4.09 4.22.06-.07a.5.5 0 0 1 .63-.06l.07.06L10 9.29l5.15-5.14Z"></path></svg>`;

/** Dropdown: the button shows the selected option's text, or the placeholder. */
const dropdown = (label: string, shown: string) => {
  const id = fid();
  return fieldWrap(
    id,
    label,
    `<div class="fui-Dropdown ___1t0jfhy">
      <button type="button" role="combobox" aria-expanded="false" id="${id}_control" tabindex="0" class="fui-Dropdown__button ___1o8pd5x" data-tabster="{&quot;focusable&quot;:{&quot;ignoreKeydown&quot;:{&quot;Escape&quot;:false}}}">${shown}<span class="fui-Dropdown__expandIcon ___1ywkm4b">${chevron}</span></button>
      <button aria-label="Clear selection" class="fui-Dropdown__clearButton ___1hz3ou7" type="button">${dismiss}</button>
    </div>`,
  );
};

const combobox = (label: string, value: string) => {
  const id = fid();
  return fieldWrap(
    id,
    label,
    `<div class="fui-Combobox ___1b8h9rs">
      <input type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" autocomplete="off" id="${id}_control" class="fui-Combobox__input ___ndr0sw" value="${value}">
      <span role="button" aria-expanded="false" aria-label="Open" class="fui-Combobox__expandIcon ___1ynbxh5">${chevron}</span>
    </div>`,
  );
};

const datePicker = (label: string, shown: string) => {
  const id = fid();
  return fieldWrap(
    id,
    label,
    `<span class="fui-Input fui-DatePicker r1oeeo5n ___1dbqu7d">
      <input type="text" role="combobox" aria-expanded="false" aria-haspopup="dialog" readonly id="${id}_control" class="fui-Input__input r12stul0" placeholder="Select a date..." value="${shown}">
      <span class="fui-Input__contentAfter r1xw7ccv"><svg class="fui-Icon-regular ___12fm75w" fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20"><path d="M7 11a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"></path></svg></span>
    </span>`,
  );
};

const spinButton = (label: string, value: string) => {
  const id = fid();
  return fieldWrap(
    id,
    label,
    `<span class="fui-SpinButton r1p3ktzn ___1e4m1cm">
      <input type="text" role="spinbutton" id="${id}_control" class="fui-SpinButton__input r1ll4ywk" autocomplete="off" aria-valuenow="${value}" value="${value}">
      <button tabindex="-1" type="button" aria-label="Increment value" class="fui-SpinButton__incrementButton r1dqbc0a">${chevron}</button>
      <button tabindex="-1" type="button" aria-label="Decrement value" class="fui-SpinButton__decrementButton r1dqbc0a">${chevron}</button>
    </span>`,
  );
};

const tagPicker = (label: string, tags: string[]) => {
  const id = fid();
  return fieldWrap(
    id,
    label,
    `<div class="fui-TagPickerControl ___1hxtrnn">
      ${
        tags.length
          ? `<div role="listbox" class="fui-TagGroup fui-TagPickerGroup ___5v9m1p" data-tabster="{&quot;mover&quot;:{&quot;cyclic&quot;:false,&quot;direction&quot;:4,&quot;memorizeCurrent&quot;:true}}">
          ${tags
            .map(
              (t, i) =>
                `<button type="button" role="option" id="fui-Tag-r${i}" value="${t}" class="fui-Tag ___u3mi1q0"><span class="fui-Tag__primaryText ___1ddx1on">${t}</span><span class="fui-Tag__dismissIcon ___3u8mlg">${dismiss}</span></button>`,
            )
            .join('')}
        </div>`
          : ''
      }
      <input type="text" role="combobox" aria-expanded="false" class="fui-TagPickerInput ___1ch9y43" id="${id}_control" value="">
      <span class="fui-TagPickerControl__aside"><span aria-expanded="false" class="fui-TagPickerControl__expandIcon" role="button">${chevron}</span></span>
    </div>`,
  );
};

/** RadioGroup in a Field: the label has no `for`; the group is aria-labelledby it. */
const radioGroup = (label: string, options: string[], checked: string) => {
  const id = fid();
  return `<div class="fui-Field ___keyyzl0">
    <label id="${id}_label" class="fui-Label fui-Field__label ___1yevxz2">${label}</label>
    <div role="radiogroup" aria-labelledby="${id}_label" class="fui-RadioGroup ___1e6ayhm">
      ${options
        .map(
          (o, i) =>
            `<span class="fui-Radio ___1bvr7ry"><input type="radio" class="fui-Radio__input ___1xe2vxg" id="radio-${id}${i}" name="radiogroup-${id}" value="${o.toLowerCase()}"${o === checked ? ' checked' : ''}><div aria-hidden="true" class="fui-Radio__indicator ___1r8ho9u"></div><label class="fui-Label fui-Radio__label ___1vipxxe" for="radio-${id}${i}">${o}</label></span>`,
        )
        .join('')}
    </div></div>`;
};

describe('Fluent UI v9 Field + Input', () => {
  it('reads name, member ID, NPI and a weight whose unit is the contentAfter slot', () => {
    page(`<form>
      ${input('Patient name', 'Jane Q Doe')}
      ${input('Member ID', 'U1234567801', { hint: 'From the member’s ID card' })}
      ${input('Prescriber NPI', '1234567893')}
      ${input('Weight', '70', { after: 'kg' })}</form>`);
    expect(read()).toEqual({
      'patient.name': 'Jane Q Doe',
      'patient.memberId': 'U1234567801',
      'prescriber.npi': '1234567893',
      'patient.weight': '70',
    });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('reads an HCPCS input with a contentBefore icon', () => {
    page(`<form>${input('HCPCS code', 'J0638', { before: '<svg aria-hidden="true" class="fui-Icon-regular"></svg>' })}</form>`);
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638' });
  });
});

describe('Fluent UI v9 Dropdown (button role=combobox)', () => {
  it('reads the frequency and place of service from their Dropdown buttons', () => {
    page(`<form>${dropdown('Frequency', 'Every 4 weeks')}${dropdown('Place of service', 'Physician office')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.placeOfService': 'Physician office' });
  });

  it('reads a Dropdown showing its placeholder as empty', () => {
    page(`<form>${dropdown('Frequency', 'Select a frequency')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('pairs a "Unit" Dropdown with the weight beside it', () => {
    page(`<form><div style="display:flex;gap:8px">${input('Weight', '154')}${dropdown('Unit', 'lb')}</div></form>`);
    expect(read()).toEqual({ 'patient.weight': '154', 'patient.weightUnit': 'lb' });
  });
});

describe('Fluent UI v9 Combobox, DatePicker, SpinButton', () => {
  it('reads the drug from a Combobox input', () => {
    page(`<form>${combobox('Drug name', 'Ilaris (canakinumab)')}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)' });
  });

  it('reads a DatePicker by its shown date, and an empty one (placeholder) as empty', () => {
    page(`<form><h3>C-reactive protein</h3>${input('CRP result', '12.4', { after: 'mg/L' })}${datePicker('Date collected', 'Wed Apr 15 2026')}
      <h3>Request</h3>${datePicker('Date of service', '')}</form>`);
    expect(read()).toEqual({ 'labs.crpValue': '12.4', 'labs.crpDate': 'Wed Apr 15 2026', 'request.serviceDate': '' });
    expect(field('labs.crpValue')?.impliedUnit).toEqual({ path: 'labs.crpUnit', unit: 'mg/L' });
  });

  it('reads a SpinButton dose, its unit from the label', () => {
    page(`<form>${spinButton('Dose (mg)', '150')}${spinButton('Billing units', '150')}</form>`);
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150' });
    expect(field('drug.dose')?.impliedUnit).toEqual({ path: 'drug.doseUnit', unit: 'mg' });
  });
});

describe('Fluent UI v9 TagPicker', () => {
  it('reads the tags before the TagPicker input as the diagnosis codes', () => {
    page(`<form>${tagPicker('ICD-10 codes', ['M04.1', 'R50.9'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
    expect(collectFields(document).fields).toHaveLength(1);
  });

  it('reads a TagPicker without tags as empty', () => {
    page(`<form>${tagPicker('ICD-10 codes', [])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});

describe('Fluent UI v9 RadioGroup', () => {
  it('reads a yes/no RadioGroup named by its Field label', () => {
    page(`<form>${radioGroup('Is colchicine contraindicated or not tolerated?', ['Yes', 'No'], 'Yes')}</form>`);
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes' });
  });
});
