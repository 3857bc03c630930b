import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from './request';

/**
 * Ember Power Select 8 on ember-basic-dropdown 8 (cibernox/ember-power-select src/components:
 * power-select.gts, power-select/trigger.gts, label.gts, input.gts, placeholder.gts):
 * - `@labelText` renders `div.ember-power-select-label#<labelId>` (a `<label for=trigger>` with
 *   `@labelTag="label"`), the trigger names it by `aria-labelledby`.
 * - the trigger `div.ember-basic-dropdown-trigger.ember-power-select-trigger[role=combobox]
 *   [tabindex=0][aria-haspopup=listbox][aria-expanded][aria-labelledby]` holds, for a single
 *   select, `span.ember-power-select-selected-item` (the yielded text) or
 *   `span.ember-power-select-placeholder`, an `allowClear` `span.ember-power-select-clear-btn
 *   [role=button]` "×", and `span.ember-power-select-status-icon`;
 * - a multiple select's trigger (`ember-power-select-multiple-trigger`) holds
 *   `ul.ember-power-select-multiple-options` with one `li.ember-power-select-multiple-option`
 *   per value (its `span.ember-power-select-multiple-remove-btn[role=button]
 *   [aria-label="remove element"]` "×" first, then the text) and, with `@searchEnabled`, a last
 *   `li.ember-power-select-trigger-multiple-input-container > div.ember-power-select-input >
 *   input.ember-power-select-trigger-multiple-input[type=search][role=combobox]
 *   [form=power-select-fake-form]` (placeholder only while nothing is chosen);
 * - the dropdown content, while closed, is an empty `div.ember-basic-dropdown-content-placeholder`
 *   (display none) and, open, `div.ember-power-select-dropdown` in the
 *   `#ember-basic-dropdown-wormhole` at the end of the body (a search box
 *   `input.ember-power-select-search-input-field` and `ul.ember-power-select-options[role=listbox]`).
 * Plain inputs are the app's own `<label for>` + `<input>` (Ember's `<Input>`: `id="ember123"`,
 * class `ember-text-field ember-view`).
 */

let n = 200;
const eid = () => `ember${(n += 3)}`;

const labelled = (label: string, control: (labelId: string) => string, o: { labelTag?: boolean; triggerId?: string } = {}) => {
  const labelId = `ember-power-select-label-${eid()}`;
  return `<div class="form-field">${
    o.labelTag
      ? `<label id="${labelId}" class="ember-power-select-label" for="${o.triggerId}">${label}</label>`
      : `<div id="${labelId}" class="ember-power-select-label">${label}</div>`
  }${control(labelId)}</div>`;
};

const trigger = (id: string, labelId: string, inner: string, o: { multiple?: boolean; search?: boolean } = {}) => {
  const dd = eid();
  return `<div class="ember-basic-dropdown-trigger ember-power-select-trigger${o.multiple ? ' ember-power-select-multiple-trigger' : ''}" tabindex="0" data-ebd-id="${dd}-trigger" role="combobox" aria-expanded="false" aria-labelledby="${labelId}"${o.search ? ' aria-autocomplete="list"' : ' aria-haspopup="listbox"'} id="${id}">${inner}<span class="ember-power-select-status-icon"></span></div>
    <div id="ember-basic-dropdown-content-${dd}" class="ember-basic-dropdown-content-placeholder" style="display: none;"></div>`;
};

const single = (label: string, chosen: string | null, o: { placeholder?: string; clear?: boolean; labelTag?: boolean } = {}) => {
  const id = `ember-power-select-trigger-${eid()}`;
  return labelled(
    label,
    (labelId) =>
      trigger(
        id,
        labelId,
        chosen
          ? `<span class="ember-power-select-selected-item">${chosen}</span>${o.clear ? '<span class="ember-power-select-clear-btn" role="button">×</span>' : ''}`
          : o.placeholder
            ? `<span class="ember-power-select-placeholder">${o.placeholder}</span>`
            : '',
      ),
    { labelTag: o.labelTag, triggerId: id },
  );
};

const multiple = (label: string, chosen: string[], placeholder = 'Search ICD-10 codes') => {
  const id = `ember-power-select-trigger-${eid()}`;
  const uniqueId = eid();
  return labelled(label, (labelId) =>
    trigger(
      id,
      labelId,
      `<ul id="ember-power-select-multiple-options-${uniqueId}" class="ember-power-select-multiple-options">
        ${chosen
          .map(
            (c) =>
              `<li class="ember-power-select-multiple-option"><span role="button" aria-label="remove element" class="ember-power-select-multiple-remove-btn" data-selected-index="0">×</span>${c}</li>`,
          )
          .join('')}
        <li class="ember-power-select-trigger-multiple-input-container"><div class="ember-power-select-input"><input type="search" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" class="ember-power-select-trigger-multiple-input" role="combobox" aria-autocomplete="list" aria-haspopup="listbox" aria-expanded="false"${chosen.length ? '' : ` placeholder="${placeholder}"`} aria-labelledby="${labelId}" form="power-select-fake-form" id="ember-power-select-trigger-input-${uniqueId}" value=""></div></li>
      </ul>`,
      { multiple: true, search: true },
    ),
  );
};

const text = (label: string, value: string) => {
  const id = eid();
  return `<div class="form-field"><label for="${id}">${label}</label><input id="${id}" class="ember-text-field ember-view form-control" type="text" value="${value}"></div>`;
};

const wormhole = (inner = '') => `<div id="ember-basic-dropdown-wormhole">${inner}</div>`;

describe('Ember Power Select 8 in an Ember request form', () => {
  it('reads single and multiple power selects by their selected items, without the "×" remove buttons', () => {
    page(`<div class="ember-application"><div id="ember3" class="ember-view"><form class="pa-request">
      <h2>Member</h2>
      ${text('Member ID', ILARIS['patient.memberId'])}
      ${text('Date of birth', ILARIS['patient.dob'])}
      ${text('Weight (kg)', '72')}
      <h2>Diagnosis</h2>
      ${multiple('ICD-10 codes', ['M04.1', 'M06.1'])}
      <h2>Medication</h2>
      ${single('Drug name', ILARIS['drug.name'], { clear: true })}
      ${text('HCPCS code', ILARIS['drug.hcpcs'])}
      ${text('NDC', ILARIS['drug.ndc'])}
      ${text('Dose (mg)', '150')}
      ${text('Billing units', '150')}
      ${single('Place of service', '11 - Office')}
      <h2>Labs</h2>
      ${text('CRP (mg/L)', '24')}
      ${text('CRP collection date', ILARIS['labs.crpDate'])}
      <h2>Prescriber</h2>
      ${text('Prescriber NPI', ILARIS['prescriber.npi'])}
    </form></div></div>${wormhole()}`);
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.placeOfService': '11 - Office' });
    noDuplicatePaths();
  });

  it('reads a single select labelled by a <label for> (labelTag="label")', () => {
    page(`<form>${single('Frequency', 'Every 4 weeks', { labelTag: true })}</form>${wormhole()}`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads a select showing its placeholder, and a multiple with no value, as empty', () => {
    page(
      `<form>${single('Place of service', null, { placeholder: 'Select a place of service' })}${multiple('ICD-10 codes', [])}</form>${wormhole()}`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '', 'diagnosis.codes.0': '' });
  });

  it('takes no field from the open dropdown in the wormhole (its search box and options)', () => {
    page(
      `<form>${single('Place of service', '11 - Office')}</form>${wormhole(`
      <div id="ember-basic-dropdown-content-ember999" class="ember-basic-dropdown-content ember-power-select-dropdown ember-basic-dropdown-content--left ember-basic-dropdown-content--below ember-basic-dropdown--transitioned-in" style="top: 312px; left: 24px; width: 320px;">
        <div class="ember-power-select-search"><input type="search" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" role="combobox" class="ember-power-select-search-input" value="" aria-controls="ember-power-select-options-ember999" placeholder=""></div>
        <ul class="ember-power-select-options" role="listbox" id="ember-power-select-options-ember999">
          <li class="ember-power-select-option" aria-selected="true" aria-current="true" data-option-index="0" role="option">11 - Office</li>
          <li class="ember-power-select-option" aria-selected="false" aria-current="false" data-option-index="1" role="option">22 - Outpatient hospital</li>
        </ul>
      </div>`)}`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office' });
    nothingFrom('#ember-basic-dropdown-wormhole');
    expect(mapped()).toHaveLength(1);
    expect(field('drug.placeOfService')?.label).toBe('Place of service');
  });
});
