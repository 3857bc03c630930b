import { describe, expect, it } from 'vitest';
import { field, read, units } from '../read';
import { renderComponents } from '../components/shadow';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Infragistics Ignite UI for Web Components 7.x (IgniteUI/igniteui-webcomponents src:
 * internals/templates/input-shell.ts, internals/templates/masked-input.ts,
 * internals/templates/toggle-shell.ts, internals/controllers/aria-projection.ts,
 * components/input/input.ts + input-base.ts, components/select/select.ts + select-item.ts,
 * components/combo/combo.ts + combo-item.ts, components/date-picker/date-picker.ts +
 * date-picker.base.ts, components/date-time-input/date-time-input.base.ts,
 * components/validation-container/validation-container.ts), bootstrap theme (not material), as
 * the open shadow roots look after render:
 * - igc-input: `label[part=label][for=input-N]` (the `label` attribute's text), then
 *   `div[part~=container] > div[part=prefix] > slot[name=prefix]`, `input#input-N[part=input]`
 *   (name, type, placeholder; the value is a property), `div[part=suffix] > slot[name=suffix]`,
 *   then `igc-validator` forwarding `slot[name=helper-text]`. A unit is a light-DOM
 *   `<span slot="suffix">`.
 * - igc-select: in its shadow root an `igc-popover` holding an `igc-input#input[readonly]`
 *   (its own shadow root as above, with the select's label and the chosen item's text as value),
 *   whose native input gets the projected `role=combobox aria-haspopup=listbox aria-expanded`
 *   (labels and controls are element references, no attributes; the igc-input host gets
 *   `data-role`/`data-haspopup`), then `div[part=base][inert] > div#dropdown[role=listbox]
 *   [aria-labelledby=input] > slot`; the igc-select-item options stay light DOM (their option
 *   role and aria-selected live in ElementInternals: no attributes), the chosen one `selected`.
 *   No hidden input: the select is form-associated.
 * - igc-combo: `igc-popover > igc-input#target` (readonly unless single-select; value = the
 *   chosen items' display texts joined by ", ") and `div[part=list-wrapper][inert]` holding the
 *   filter `div[part=filter-input] > igc-input[part=search-input][placeholder=Search]` and the
 *   `igc-virtual-scroll#dropdown[role=listbox]` of `igc-combo-item`s, each drawing an inert
 *   `igc-checkbox` (a native checkbox in a label, its text span empty and hidden) and its text.
 * - igc-date-picker (dropdown mode): `label[part=label][for=<id>]` naming the
 *   `igc-date-time-input#<id>` host (a form-associated element; its own shadow root has no label,
 *   only a masked `input[type=text]` whose placeholder is the empty mask "__/__/____" and value the
 *   date as shown), calendar and clear icons slotted into it, then
 *   `igc-popover > igc-focus-trap > igc-calendar[role=dialog][inert]` (day buttons in its shadow root).
 */

let n = 0;
const nextId = () => `input-${(n += 1)}`;
const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';

const validator = (slotted: boolean) =>
  `<igc-validator part="helper-text" exportparts="helper-text, validation-message, validation-icon">${slotted ? '<slot name="helper-text" slot="helper-text"></slot>' : ''}</igc-validator>`;

/** igc-input's shadow root (input-shell.ts, standard layout) */
const igcInput = (el: Element) => {
  const id = nextId();
  const value = attr(el, 'value');
  const filled = value ? ' filled' : '';
  const suffixed = el.querySelector(':scope > [slot=suffix]') ? ' suffixed' : '';
  const aria = el.getAttribute('data-role')
    ? ` role="combobox" aria-haspopup="listbox" aria-expanded="${el.closest('[open]') ? 'true' : 'false'}"`
    : '';
  return `${el.getAttribute('label') ? `<label part="label" for="${id}">${attr(el, 'label')}</label>` : ''}
    <div part="container${filled}${suffixed}">
      <div part="prefix"><slot name="prefix"></slot></div>
      <input id="${id}" part="input${filled}"${el.getAttribute('name') ? ` name="${attr(el, 'name')}"` : ''} type="${el.getAttribute('type') ?? 'text'}"${el.getAttribute('placeholder') ? ` placeholder="${attr(el, 'placeholder')}"` : ''}${el.hasAttribute('readonly') ? ' readonly' : ''}${aria} value="${value}">
      <div part="suffix"><slot name="suffix"></slot></div>
    </div>
    ${validator(!!el.querySelector(':scope > [slot=helper-text]'))}`;
};

const validatorShadow = () =>
  `<div part="helper-text"><slot name="helper-text"></slot></div><div part="validation-message" hidden><slot></slot></div>`;

const toggleIcon = `<span slot="suffix" part="toggle-icon" aria-hidden="true"><slot name="toggle-icon"><igc-icon name="input_expand" collection="default" aria-hidden="true"></igc-icon></slot></span>`;

/** igc-select's shadow root (select.ts render) */
const igcSelect = (el: Element) => {
  const chosen = Array.from(el.querySelectorAll('igc-select-item')).find((o) => o.hasAttribute('selected'));
  const open = el.hasAttribute('open');
  return `<igc-popover flip shift same-width${open ? ' open' : ''}>
      <igc-input id="input" slot="anchor" readonly data-role="combobox" data-haspopup="listbox" exportparts="container: input, input: native-input, label, prefix, suffix"${chosen ? ` value="${chosen.textContent!.trim()}"` : ''}${el.getAttribute('placeholder') ? ` placeholder="${attr(el, 'placeholder')}"` : ''} label="${attr(el, 'label')}">
        <span><slot name="prefix"></slot></span><span><slot name="suffix"></slot></span>${toggleIcon}
      </igc-input>
      <igc-validator id="select-helper-text" slot="anchor" exportparts="helper-text, validation-message, validation-icon"></igc-validator>
      <div part="base"${open ? '' : ' inert'}><div id="dropdown" role="listbox" part="list" aria-labelledby="input"><slot name="header"></slot><slot></slot><slot name="footer"></slot></div></div>
    </igc-popover>`;
};

const optionShadow = () =>
  `<section part="prefix"><slot name="prefix"></slot></section><section part="content"><slot></slot></section><section part="suffix"><slot name="suffix"></slot></section>`;

/** igc-combo's shadow root (combo.ts render): data items are rendered by the combo itself */
const igcCombo = (el: Element) => {
  const items = JSON.parse(attr(el, 'data-items') || '[]') as string[];
  const chosen = JSON.parse(attr(el, 'value') || '[]') as string[];
  const single = el.hasAttribute('single-select');
  const open = el.hasAttribute('open');
  return `<igc-popover flip shift same-width${open ? ' open' : ''}>
      <igc-input id="target" slot="anchor" data-role="combobox" data-haspopup="listbox" exportparts="container: input, input: native-input, label, prefix, suffix" placeholder="${attr(el, 'placeholder')}" label="${attr(el, 'label')}"${single ? '' : ' readonly'} value="${chosen.join(', ')}">
        <span><slot name="prefix"></slot></span>
        <span slot="suffix" part="clear-icon" role="button" aria-label="Clear Selection"${chosen.length ? '' : ' hidden'}><slot name="clear-icon"><igc-icon name="input_clear" collection="default"></igc-icon></slot></span>
        <span><slot name="suffix"></slot></span>
        <span slot="suffix" part="toggle-icon${chosen.length ? ' filled' : ''}"><slot name="toggle-icon"><igc-icon name="input_expand" collection="default"></igc-icon></slot></span>
      </igc-input>
      <div part="list-wrapper"${open ? '' : ' inert'}>
        <div part="filter-input"${single ? ' hidden' : ''}><igc-input part="search-input" placeholder="Search" exportparts="input: search-input"><igc-icon name="case_sensitive" collection="default" part="case-icon"></igc-icon></igc-input></div>
        <div part="header"><slot name="header"></slot></div>
        <igc-virtual-scroll aria-multiselectable="${!single}" id="dropdown" part="list" role="listbox" tabindex="0" aria-labelledby="target" over-scan="15">
          ${items
            .map(
              (t, i) =>
                `<igc-combo-item id="item-${i}" part="item${chosen.includes(t) ? ' selected' : ''}" aria-setsize="${items.length}" aria-posinset="${i + 1}" exportparts="checkbox, checkbox-indicator, checked"${chosen.includes(t) ? ' selected' : ''}${single ? ' hide-checkbox' : ''}>${t}</igc-combo-item>`,
            )
            .join('')}
        </igc-virtual-scroll>
        <div part="empty" hidden><slot name="empty">The list is empty</slot></div>
        <div part="footer"><slot name="footer"></slot></div>
      </div>
    </igc-popover>
    <igc-validator id="combo-helper-text" exportparts="helper-text, validation-message, validation-icon"><slot name="helper-text" slot="helper-text"></slot></igc-validator>`;
};

const comboItem = (el: Element) =>
  `${el.hasAttribute('hide-checkbox') ? '' : `<section part="prefix"><igc-checkbox inert${el.hasAttribute('selected') ? ' checked' : ''} exportparts="control: checkbox, indicator: checkbox-indicator, checked"></igc-checkbox></section>`}<section id="content" part="content"><slot></slot></section>`;

const checkbox = (el: Element) => {
  const id = `checkbox-${(n += 1)}`;
  return `<label part="base${el.hasAttribute('checked') ? ' checked' : ''}" for="${id}">
      <input id="${id}" type="checkbox" aria-labelledby="${id}-label"${el.hasAttribute('checked') ? ' checked' : ''}>
      <span part="control"><span part="indicator"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4.1,12.7 9,17.6 20.3,6.3"></path></svg></span></span>
      <span id="${id}-label" part="label" hidden><slot></slot></span>
    </label>${validator(false)}`;
};

/** igc-date-picker's shadow root (date-picker.ts render, dropdown mode, bootstrap theme) */
const igcDatePicker = (el: Element) => {
  const id = el.id || nextId();
  const value = attr(el, 'data-shown');
  return `<label part="label" for="${id}">${attr(el, 'label')}</label>
    <igc-date-time-input id="${id}" input-format="MM/dd/yyyy" exportparts="input, label, prefix, suffix" data-shown="${value}">
      <span slot="prefix" part="calendar-icon"><slot name="calendar-icon"><igc-icon name="today" collection="default" title="Open calendar"></igc-icon></slot></span>
      <slot name="prefix"></slot>
      ${value ? `<span slot="suffix" part="clear-icon"><slot name="clear-icon"><igc-icon name="input_clear" collection="default"></igc-icon></slot></span>` : ''}
      <slot name="suffix"></slot>
    </igc-date-time-input>
    <igc-popover anchor="${id}" flip shift><igc-focus-trap disabled>
      <igc-calendar aria-labelledby="${id}" role="dialog" selection="single" inert hide-header></igc-calendar>
      <div part="actions" hidden><slot name="actions"></slot></div>
    </igc-focus-trap></igc-popover>
    ${validator(!!el.querySelector(':scope > [slot=helper-text]'))}`;
};

/** igc-date-time-input's shadow root: the input shell without a label, a masked native input */
const dateTimeInput = (el: Element) => {
  const value = attr(el, 'data-shown');
  return `<div part="container${value ? ' filled' : ''} prefixed${value ? ' suffixed' : ''}">
      <div part="prefix"><slot name="prefix"></slot></div>
      <input id="${nextId()}" type="text" part="input${value ? ' filled' : ''}" placeholder="__/__/____" value="${value}">
      <div part="suffix"><slot name="suffix"></slot></div>
    </div>${validator(false)}`;
};

/** a month of day buttons, as igc-days-view draws them (no field) */
const calendar = () =>
  `<div part="days-view-container"><igc-days-view part="days-view" role="grid" aria-label="March 1988"></igc-days-view></div>`;
const daysView = () =>
  `<div role="row" part="days-row"><span role="gridcell" part="date-inner" aria-selected="false" tabindex="-1">13</span><span role="gridcell" part="date-inner selected" aria-selected="true" tabindex="0">14</span><span role="gridcell" part="date-inner" aria-selected="false" tabindex="-1">15</span></div>`;

const TEMPLATES: Record<string, (el: Element) => string> = {
  'igc-input': igcInput,
  'igc-select': igcSelect,
  'igc-select-item': optionShadow,
  'igc-combo': igcCombo,
  'igc-combo-item': comboItem,
  'igc-checkbox': checkbox,
  'igc-date-picker': igcDatePicker,
  'igc-date-time-input': dateTimeInput,
  'igc-validator': validatorShadow,
  'igc-calendar': calendar,
  'igc-days-view': daysView,
};

/** renders `html` and upgrades every component, its shadow root's components in turn */
const render = (html: string): void => renderComponents(html, TEMPLATES);

const input = (label: string, value: string, extra = '', inner = '') =>
  `<igc-input label="${label}" value="${value}"${extra}>${inner}</igc-input>`;
const select = (label: string, items: string[], chosen: string | null, placeholder = '') =>
  `<igc-select label="${label}"${chosen ? ` value="${chosen}"` : ''}${placeholder ? ` placeholder="${placeholder}"` : ''}>${items.map((t) => `<igc-select-item value="${t}"${t === chosen ? ' selected active' : ''}>${t}</igc-select-item>`).join('')}</igc-select>`;
const combo = (label: string, items: string[], chosen: string[], o = '') =>
  `<igc-combo label="${label}" placeholder="Choose codes" data-items='${JSON.stringify(items)}' value='${JSON.stringify(chosen)}'${o}></igc-combo>`;
const datePicker = (label: string, iso: string, shown: string) =>
  `<igc-date-picker label="${label}"${iso ? ` value="${iso}"` : ''} data-shown="${shown}"></igc-date-picker>`;

const DX = ['M04.1', 'M04.8', 'M06.1'];

const request = `<form class="pa-form">
  <h2>Member</h2>
  ${input('Member ID', ILARIS['patient.memberId'], ' name="memberId" required')}
  ${datePicker('Date of birth', '1988-03-14', ILARIS['patient.dob'])}
  ${input('Weight', '72', ' type="number" name="weight"', '<span slot="suffix">kg</span>')}
  <h2>Diagnosis</h2>
  ${combo('ICD-10 codes', DX, ['M04.1', 'M06.1'])}
  <h2>Medication</h2>
  ${select('Drug name', ['Anakinra (Kineret)', 'Ilaris (canakinumab)'], ILARIS['drug.name'])}
  ${input('HCPCS code', ILARIS['drug.hcpcs'])}
  ${input('NDC', ILARIS['drug.ndc'], '', '<span slot="helper-text">11 digits in the 5-4-2 format</span>')}
  ${input('Dose', '150', ' type="number"', '<span slot="suffix">mg</span>')}
  ${input('Billing units', '150', ' type="number"')}
  ${select('Frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 4 weeks')}
  <h2>Labs</h2>
  ${input('CRP', '24', ' type="number"', '<span slot="suffix">mg/L</span>')}
  ${datePicker('CRP collection date', '2026-11-02', ILARIS['labs.crpDate'])}
  <h2>Prescriber</h2>
  ${input('Prescriber NPI', ILARIS['prescriber.npi'])}
  <igc-button type="submit">Submit</igc-button>
</form>`;

describe('Ignite UI request form', () => {
  it('reads the whole request, the units from the suffix slots, every path once', () => {
    render(request);
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads the request but for its date pickers', () => {
    render(request);
    const { 'patient.dob': dob, 'labs.crpDate': crpDate, ...rest } = { ...ILARIS };
    void dob;
    void crpDate;
    expect(read()).toMatchObject({ ...rest, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });
});

describe('Ignite UI igc-input', () => {
  it('names a field by its label attribute, not its slotted helper text nor suffix', () => {
    render(
      `<form>${input('NDC', ILARIS['drug.ndc'], '', '<span slot="helper-text">11 digits in the 5-4-2 format</span>')}${input('Dose', '150', ' type="number"', '<span slot="suffix">mg</span>')}</form>`,
    );
    expect(read()).toEqual({ 'drug.ndc': ILARIS['drug.ndc'], 'drug.dose': '150' });
    expect(field('drug.ndc')?.label).toBe('NDC');
    expect(field('drug.dose')?.label).toBe('Dose');
  });
});

describe('Ignite UI igc-select', () => {
  it('reads a select with no item selected as empty (its placeholder is no value)', () => {
    render(`<form>${select('Frequency', ['Every 4 weeks', 'Every 8 weeks'], null, 'Choose a frequency')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('takes nothing from an open select’s listbox of items', () => {
    render(
      `<form>${select('Frequency', ['Every 4 weeks', 'Every 8 weeks'], 'Every 8 weeks').replace('<igc-select ', '<igc-select open ')}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('[role=listbox]');
  });
});

describe('Ignite UI igc-combo', () => {
  it('takes no field from the filter input nor the item checkboxes of a closed combo', () => {
    render(`<form>${combo('ICD-10 codes', DX, ['M04.1'])}${input('Prescriber NPI', ILARIS['prescriber.npi'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[part~=list-wrapper]');
  });

  it('takes no field from an open combo’s search box and checkboxes', () => {
    render(`<form>${combo('ICD-10 codes', DX, ['M04.1', 'M06.1'], ' open')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('[part~=list-wrapper]');
  });

  it('reads an empty combo (its placeholder) as empty', () => {
    render(`<form>${combo('ICD-10 codes', DX, [])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a single-select combo (an editable input) by the item it shows', () => {
    render(`<form>${combo('Drug name', ['Anakinra (Kineret)', ILARIS['drug.name']], [ILARIS['drug.name']], ' single-select')}</form>`);
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });
});

describe('Ignite UI igc-date-picker', () => {
  it('reads the date as shown, and nothing from the calendar', () => {
    render(`<form>${datePicker('CRP collection date', '2026-11-02', ILARIS['labs.crpDate'])}</form>`);
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('igc-calendar');
  });
});
