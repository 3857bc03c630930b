import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * Telekom Scale 3.0.0-beta.161 (telekom/scale at 3c2a78e, packages/components/src/components: text-field/text-field.tsx
 * + its spec snapshot, dropdown-select/dropdown-select.tsx (readOptions, appendInputHidden),
 * dropdown-select-item, helper-text, date-picker/date-picker.tsx (componentDidLoad, updateDomOnLocalizationChange),
 * checkbox/checkbox.tsx, checkbox-group/checkbox-group.tsx, radio-button/radio-button.tsx,
 * radio-button-group/radio-button-group.tsx, data-grid/data-grid.tsx + cell-handlers/text-cell.tsx,
 * menu-flyout(-list, -item), button) over duetds/date-picker v1.2.0 (the version Scale pins: duet-date-picker.tsx,
 * date-picker-input.tsx, date-picker-month.tsx, date-picker-day.tsx, date-localization.ts):
 * - Light DOM (`shadow: false`): scale-text-field (`div.text-field > label#<id>-label.text-field__label[for]` BEFORE
 *   `input.text-field__control[aria-labelledby][id=input-text-field-N]`, then `div.text-field__meta` with a
 *   shadow-rooted scale-helper-text), scale-date-picker (`label.date-picker__label[for=identifier]` + the light-DOM
 *   duet-date-picker: `input.duet-date__input#identifier` showing the ISO date (placeholder "YYYY-MM-DD"), a hidden
 *   `input[name]` holding it, the toggle button "Choose date, Selected date is …", then the closed
 *   `div.duet-date__dialog[role=dialog][aria-modal=true][aria-hidden=true]` with Scale's "Pick a date" h2 in place of
 *   Duet's, visually hidden Month/Year labels for native selects and the day table of `button.duet-date__day
 *   [aria-pressed]`), scale-checkbox (`input[type=checkbox]` + `label[for] > span[part=checkbox] + span[part=label]`),
 *   scale-checkbox-group (a "select all" parent scale-checkbox labelled with the group's label and aria-labelled
 *   "<label> - Select all" / "- Unselect all", checked + indeterminate while some are ticked, then `fieldset >
 *   legend` holding the slotted checkboxes), scale-radio-button (`div.radio-button > input[type=radio] + label[for]`).
 * - Shadow DOM: scale-dropdown-select (`label#combobox-label[part=label]`, `div#combobox[role=combobox]
 *   [aria-labelledby=combobox-label][aria-haspopup=listbox]` > `span[part=combobox-value]` holding a copy of the chosen
 *   item's outerHTML, the always-rendered `div#combobox-listbox[role=listbox]` of `div[role=option]` copies, and a
 *   hidden `input[type=hidden][name][id=name]` appended to the host's LIGHT DOM), scale-radio-button-group
 *   (`fieldset > legend > label` + a slot), scale-data-grid (`h4.data-grid__heading`, the settings scale-menu-flyout
 *   of menuitemcheckbox items per column, `table > thead th > span.thead__text`, and per row a
 *   `h5.tbody__mobile-title` (a no-break space) then `td.tbody__cell > div.tbody__mobile-label` + an editable cell's
 *   scale-text-field labelled by the column).
 */

const a = (el: Element, k: string) => el.getAttribute(k) ?? '';
const has = (el: Element, k: string) => el.hasAttribute(k);
const icon = (name: string, title = '') =>
  `<scale-icon-${name}${title ? ` accessibility-title="${title}"` : ' decorative'} size="16"></scale-icon-${name}>`;
const helper = (text: string, id: string, variant = 'informational') =>
  `<scale-helper-text id="${id}" helper-text="${text}" variant="${variant}"></scale-helper-text>`;

let n = 0;
const textField = (
  name: string,
  label: string,
  value: string,
  o: { helper?: string; invalid?: boolean; type?: string; required?: boolean } = {},
) => {
  const id = `input-text-field-${n++}`;
  return `<scale-text-field label="${label}"${name ? ` name="${name}"` : ''} value="${value}"${o.required ? ' required' : ''}${o.invalid ? ' invalid' : ''}${o.helper ? ` helper-text="${o.helper}"` : ''}><div class="text-field text-field--type-${o.type ?? 'text'}${o.invalid ? ' text-field--variant-danger' : ''} text-field--variant-informational${o.helper ? ' text-field--helper-text' : ''}${value ? ' animated' : ''}"><label id="${id}-label" class="text-field__label" for="${id}">${label}</label><input type="${o.type ?? 'text'}" inputmode="${o.type === 'number' ? 'decimal' : 'text'}" class="text-field__control" aria-labelledby="${id}-label" value="${value}"${name ? ` name="${name}"` : ''}${o.required ? ' required' : ''} id="${id}"${o.invalid ? ' aria-invalid="true"' : ''}${o.helper ? ` aria-describedby="helper-message-${id}"` : ''}>${
    o.helper
      ? `<div class="text-field__meta" aria-live="polite" aria-relevant="additions removals">${helper(o.helper, `helper-message-${id}`, o.invalid ? 'danger' : 'informational')}</div>`
      : ''
  }</div></scale-text-field>`;
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** scale-date-picker over Duet's light-DOM date picker, its dialog closed (calendar of the chosen month) */
const datePicker = (name: string, label: string, iso: string, o: { helper?: string } = {}) => {
  const id = `scale-date-picker-${n++}`;
  const [y, m, d] = (iso || '2026-12-04').split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y, m - 1, 1));
  start.setUTCDate(1 - ((start.getUTCDay() + 6) % 7));
  const grid = Array.from({ length: 42 }, (_, i) => new Date(start.getTime() + i * 86400000));
  const pressed = (day: Date) => !!iso && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  const label$ = `DuetDateLabel-${n}`;
  return `<scale-date-picker label="${label}" name="${name}" value="${iso}"><div class="scale-date-picker${iso ? ' animated' : ''}${o.helper ? ' has-helper-text' : ''}"><label class="date-picker__label" for="${id}">${label}</label><duet-date-picker name="${name}" identifier="${id}" value="${iso}" class="hydrated"><div class="duet-date"><div class="duet-date__input-wrapper"><input class="duet-date__input" value="${iso}" placeholder="YYYY-MM-DD" id="${id}" aria-autocomplete="none" autocomplete="off"${o.helper ? ` aria-describedby="helper-message-${id}"` : ''}><input type="hidden" name="${name}" value="${iso}"><button class="duet-date__toggle" type="button"><scale-icon-content-calendar size="24"></scale-icon-content-calendar><span class="duet-date__vhidden">Choose date${
    iso ? `<span>, Selected date is ${d} ${months[m - 1]} ${y}</span>` : ''
  }</span></button></div><div class="duet-date__dialog" role="dialog" aria-modal="true" aria-hidden="true" aria-labelledby="${label$}"><div class="duet-date__dialog-content"><h2 id="${label$}" class="scale-date-picker__popup-heading">Pick a date</h2><div class="duet-date__mobile"><label class="duet-date__mobile-heading">Choose a date</label><button class="duet-date__close" type="button"><svg aria-hidden="true" fill="currentColor" width="16" height="16" viewBox="0 0 24 24"><path d="M0 0h24v24H0z" fill="none"></path></svg><span class="duet-date__vhidden">Close window</span></button></div><div class="duet-date__header"><div><label for="DuetDateMonth-${n}" class="duet-date__vhidden">Month</label><div class="duet-date__select"><select id="DuetDateMonth-${n}" class="duet-date__select--month">${months
    .map((mn, i) => `<option value="${i}"${i === m - 1 ? ' selected' : ''}>${mn}</option>`)
    .join(
      '',
    )}</select><div class="duet-date__select-label" aria-hidden="true"><span>${months[m - 1]!.slice(0, 3)}</span><scale-icon-navigation-collapse-down></scale-icon-navigation-collapse-down></div></div><label for="DuetDateYear-${n}" class="duet-date__vhidden">Year</label><div class="duet-date__select"><select id="DuetDateYear-${n}" class="duet-date__select--year">${[
    y - 1,
    y,
    y + 1,
  ]
    .map((yr) => `<option${yr === y ? ' selected' : ''}>${yr}</option>`)
    .join(
      '',
    )}</select><div class="duet-date__select-label" aria-hidden="true"><span>${y}</span><scale-icon-navigation-collapse-down></scale-icon-navigation-collapse-down></div></div></div><div class="duet-date__nav"><button class="duet-date__prev" type="button"><scale-icon-navigation-left size="16"></scale-icon-navigation-left><span class="duet-date__vhidden">Previous month</span></button><button class="duet-date__next" type="button"><scale-icon-navigation-right size="16"></scale-icon-navigation-right><span class="duet-date__vhidden">Next month</span></button></div></div><table class="duet-date__table" aria-labelledby="${label$}"><thead><tr>${days
    .map(
      (dn) =>
        `<th class="duet-date__table-header" scope="col"><span aria-hidden="true">${dn[0]}</span><span class="duet-date__vhidden">${dn}</span></th>`,
    )
    .join('')}</tr></thead><tbody>${[0, 1, 2, 3, 4, 5]
    .map(
      (w) =>
        `<tr class="duet-date__row">${grid
          .slice(w * 7, w * 7 + 7)
          .map(
            (day) =>
              `<td class="duet-date__cell"><button class="duet-date__day${day.getUTCMonth() === m - 1 ? '' : ' is-outside'}" tabindex="${pressed(day) ? 0 : -1}" type="button" aria-pressed="${pressed(day)}"><span aria-hidden="true">${day.getUTCDate()}</span><span class="duet-date__vhidden">${day.getUTCDate()} ${months[day.getUTCMonth()]}</span></button></td>`,
          )
          .join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody></table></div></div></div></duet-date-picker>${o.helper ? helper(o.helper, `helper-message-${id}`) : ''}</div></scale-date-picker>`;
};

const checkbox = (
  name: string,
  label: string,
  checked: boolean,
  o: { part?: string; aria?: string; indeterminate?: boolean; id?: string } = {},
) => {
  const id = o.id ?? `input-checkbox-${n++}`;
  return `<scale-checkbox name="${name}" label="${label}" value="${o.part ? '' : label}"${checked ? ' checked' : ''}${o.part ? ` part="${o.part}"` : ''} class="${checked ? 'checked' : ''}${o.indeterminate ? ' indeterminate' : ''}"><input type="checkbox" part="input" name="${name}" id="${id}" value="${o.part ? '' : label}"${checked ? ' checked' : ''}${o.aria ? ` aria-label="${o.aria}"` : ''}${o.indeterminate ? ' aria-checked="mixed"' : ''}><label part="container" for="${id}"><span part="checkbox">${o.indeterminate ? icon('action-minus') : checked ? icon('action-success') : ''}</span><span part="label">${label}</span></label></scale-checkbox>`;
};
const checkboxGroup = (label: string, checked: string[], options: string[]) => {
  const all = checked.length === options.length;
  const some = checked.length > 0;
  return `<scale-checkbox-group label="${label}" name="icd" class="checkbox-group">${checkbox('icd', label, some, { part: 'parent-checkbox', aria: `${label} - ${all ? 'Unselect all' : 'Select all'}`, indeterminate: some && !all })}<fieldset part="fieldset"><legend>${label}</legend>${options.map((o) => checkbox('icd', o, checked.includes(o))).join('')}</fieldset></scale-checkbox-group>`;
};
const radios = (name: string, label: string, value: string, options: string[]) =>
  `<scale-radio-button-group label="${label}" name="${name}">${options
    .map((o) => {
      const id = `input-radio-${n++}`;
      return `<scale-radio-button name="${name}" label="${o}" value="${o}"${o === value ? ' checked' : ''}><div class="radio-button${o === value ? ' radio-button--checked' : ''}"><input type="radio" name="${name}" id="${id}" value="${o}"${o === value ? ' checked' : ''}><label for="${id}">${o}</label></div></scale-radio-button>`;
    })
    .join('')}</scale-radio-button-group>`;
/** the name of the dropdown whose list is open (its state, not an attribute of the host) */
let openSelect = '';
const dropdown = (name: string, label: string, value: string, options: string[]) =>
  `<scale-dropdown-select name="${name}" label="${label}"${value ? ` value="${value}"` : ''}>${options
    .map((v) => `<scale-dropdown-select-item value="${v}">${v}</scale-dropdown-select-item>`)
    .join('')}<input name="${name}" id="${name}" type="hidden" value="${value}"></scale-dropdown-select>`;

/** the rows the grid below is given (its `rows` property) */
let gridRows: string[][] = [];
const COLUMNS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const T: Record<string, (el: Element) => string> = {
  'scale-helper-text': (el) =>
    `<div class="helper-text helper-text--${a(el, 'variant')}" part="base"><span part="text">${a(el, 'helper-text')}</span>${icon(a(el, 'variant') === 'danger' ? 'alert-error' : 'alert-information', '')}</div>`,
  'scale-dropdown-select': (el) => {
    const id = a(el, 'combobox-id') || 'combobox';
    const value = a(el, 'value');
    const items = Array.from(el.children).filter((c) => c.localName !== 'input');
    const chosen = items.find((i) => a(i, 'value') === value);
    const open = a(el, 'name') === openSelect;
    return `<div part="select${open ? ' open' : ''}${value ? ' animated' : ''}"><div part="combobox-container"><label id="${id}-label" part="label">${a(el, 'label')}</label><div aria-controls="${id}-listbox" aria-expanded="${open}" aria-haspopup="listbox" aria-labelledby="${id}-label" id="${id}" part="combobox" role="combobox" tabindex="0"><span part="combobox-value">${chosen ? `<span>${chosen.outerHTML}</span>` : ''}</span></div><div part="listbox-pad"><div part="listbox-scroll-container"><div part="listbox" role="listbox" id="${id}-listbox" aria-labelledby="${id}-label" tabindex="-1">${items
      .map(
        (i) =>
          `<div role="option" part="option" id="${a(i, 'value')}"${i === chosen ? ' aria-selected="true"' : ''}><span>${i.outerHTML}</span>${i === chosen ? `<div>${icon('action-checkmark')}<span class="sr-only">selected</span></div>` : ''}</div>`,
      )
      .join('')}</div></div></div><div part="icon">${icon(open ? 'navigation-collapse-up' : 'navigation-collapse-down')}</div></div></div>`;
  },
  'scale-dropdown-select-item': () =>
    '<div part="base"><div part="prefix"><slot name="prefix"></slot></div><div part="label"><slot></slot></div><div part="suffix"><slot name="suffix"></slot></div></div>',
  'scale-radio-button-group': (el) =>
    `<fieldset part="base" class="radio-button-group"><legend class="radio-button-group__title"><label class="radio-button-group__title-label" aria-label="${a(el, 'label')}">${a(el, 'label')}</label></legend><div part="container" class="radio-button-group__container"><slot></slot></div></fieldset>`,
  'scale-data-grid': (el) =>
    `<div class="data-grid data-grid--desktop"><div class="data-grid__title-block" part="title"><h4 class="data-grid__heading scl-h5">${a(el, 'heading')}</h4><div><slot></slot></div><scale-menu-flyout class="data-grid__settings-menu"><scale-button slot="trigger" variant="secondary" icon-only>${icon('service-settings', 'Table options')}</scale-button><scale-menu-flyout-list><scale-menu-flyout-item id="toggleVisibility" role="menuitem" tabindex="-1">${icon('action-hide-password')}Toggle Visibility<scale-menu-flyout-list slot="sublist" close-on-select="false" id="toggleVisibilityList">${COLUMNS.map(
      (c) =>
        `<scale-menu-flyout-item checkable="checkbox" checked role="menuitemcheckbox" aria-checked="true" tabindex="-1">${c}</scale-menu-flyout-item>`,
    ).join(
      '',
    )}</scale-menu-flyout-list></scale-menu-flyout-item><slot name="menu"></slot></scale-menu-flyout-list></scale-menu-flyout></div><div class="data-grid__scroll-container" part="scrollable" style="height: auto;"><table class="data-grid__table"><thead class="thead "><tr class="thead__row">${COLUMNS.map(
      (c) =>
        `<th class="thead__cell" style="width: calc(150px + 0px);" data-type="text"><div class="thead__title"><span class="thead__text">${c}</span></div><div class="thead__divider" aria-hidden="true"><div class="thead__divider-line"></div></div></th>`,
    ).join('')}</tr></thead><tbody class="tbody">${gridRows
      .map(
        (r) =>
          `<tr class="tbody__row">${r.map((v, i) => `<td class="tbody__cell" style="width: calc(150px + 0px);"><div class="tbody__mobile-label">${COLUMNS[i]}</div>${textField('', COLUMNS[i]!, v)}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table></div></div>`,
  'scale-menu-flyout': () => '<div part="trigger"><slot name="trigger"></slot></div><slot></slot>',
  'scale-menu-flyout-list': () =>
    '<div class="menu-flyout-list" part="base"><div class="menu-flyout-list__list"><slot></slot></div><div aria-hidden="true" class="menu-flyout-list__scroll-up-indicator"></div><div aria-hidden="true" class="menu-flyout-list__scroll-down-indicator"></div></div>',
  'scale-menu-flyout-item': (el) =>
    `<div class="menu-flyout-item" part="base"><span part="prefix" class="menu-flyout-item__prefix">${has(el, 'checkable') ? icon('action-checkmark') : '<slot name="prefix"></slot>'}</span><span part="label" class="menu-flyout-item__label"><slot></slot></span><span part="suffix" class="menu-flyout-item__suffix"><slot name="suffix"></slot></span></div><slot name="sublist"></slot>`,
  'scale-button': () => '<button class="button" part="base variant-secondary icon-only" type="button"><slot></slot></button>',
};
for (const name of [
  'content-calendar',
  'navigation-collapse-down',
  'navigation-collapse-up',
  'navigation-left',
  'navigation-right',
  'action-minus',
  'action-success',
  'action-checkmark',
  'alert-error',
  'alert-information',
  'service-settings',
  'action-hide-password',
])
  T[`scale-icon-${name}`] = (el) =>
    `<svg class="scale-icon" xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24"${a(el, 'accessibility-title') ? ` role="img"><title>${a(el, 'accessibility-title')}</title>` : ' aria-hidden="true">'}<path d="M12 2z"></path></svg>`;

const render = (html: string, rows: string[][] = [], open = '') => {
  gridRows = rows;
  openSelect = open;
  renderComponents(`<scale-telekom-app-shell><main><form novalidate>${html}</form></main></scale-telekom-app-shell>`, T);
  // each row's mobile title, an h5 the grid's VDOM puts first in the <tr> (an HTML parser would move it out)
  for (const grid of Array.from(document.querySelectorAll('scale-data-grid')))
    for (const row of Array.from(grid.shadowRoot!.querySelectorAll('tr.tbody__row'))) {
      const title = document.createElement('h5');
      title.className = 'tbody__mobile-title scl-h5';
      title.textContent = '\u00a0';
      row.prepend(title);
    }
};
const h = (title: string) => `<h2 class="scl-h4">${title}</h2>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]),
);

describe('Telekom Scale 3: scale-text-field, scale-dropdown-select, scale-date-picker (Duet), checkbox and radio groups, data grid', () => {
  // misread: every field but the prior therapies reads right; the scale-data-grid's cells get no section (its
  // "Prior therapies" h4 is in the grid's shadow root, each row starts with an empty h5 mobile title), so "Drug" and
  // "Dose" fall to drug.name/drug.dose, already claimed, and no priorTherapies path comes back
  it.fails('reads the full Ilaris request', () => {
    render(
      `${h('Patient')}${textField('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], { required: true })}${datePicker('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${textField('weight', 'Weight (kg)', '72', { type: 'number' })}
      ${h('Diagnosis')}${textField('icd', 'ICD-10 codes', 'M04.1, M06.1', { helper: 'Separate codes with commas' })}
      ${h('Medication')}${dropdown('drug', 'Drug name', DRUGS[0]!, DRUGS)}${textField('hcpcs', 'HCPCS code', 'J0638')}${textField('ndc', 'NDC', ISO_REQUEST['drug.ndc'])}${textField('dose', 'Dose (mg)', '150', { type: 'number' })}${textField('units', 'Billing units', '150', { type: 'number' })}${radios('frequency', 'Frequency', 'Every 4 weeks', FREQ)}
      ${h('Labs')}${textField('crp', 'CRP (mg/L)', '24', { type: 'number' })}${datePicker('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}
      <scale-data-grid heading="Prior therapies"></scale-data-grid>
      ${h('Prescriber')}${textField('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'], { required: true })}`,
      ROWS,
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('names a scale-text-field by its label, not its helper text', () => {
    render(
      `${textField('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], { helper: 'As printed on the card' })}${textField('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads an invalid scale-text-field as empty, and names the next field by its own label', () => {
    render(
      `${textField('memberId', 'Member ID', '', { invalid: true, helper: 'Enter the member ID' })}${textField('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads scale-dropdown-select by its combobox, not its hidden input or always-rendered listbox', () => {
    render(`${dropdown('drug', 'Drug name', DRUGS[1]!, DRUGS)}${dropdown('frequency', 'Frequency', '', FREQ)}`);
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.frequency': '' });
    nothingFrom('[role=listbox]');
    noDuplicatePaths();
  });

  it('reads an open scale-dropdown-select as its choice', () => {
    render(`${dropdown('frequency', 'Frequency', 'Once', FREQ)}${textField('hcpcs', 'HCPCS code', 'J0638')}`, [], 'frequency');
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'drug.hcpcs': 'J0638' });
  });

  it('reads scale-date-picker as its ISO date, and nothing from the closed Duet dialog', () => {
    render(
      `${datePicker('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${datePicker('crpDate', 'CRP collection date', '', { helper: 'YYYY-MM-DD' })}`,
    );
    expect(read()).toEqual({ 'patient.dob': ISO_REQUEST['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('.duet-date__dialog');
  });

  it('reads a scale-checkbox-group as its ticked codes, not its "select all" parent checkbox', () => {
    render(checkboxGroup('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8']));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a scale-radio-button-group (legend in its shadow root, radios in the light DOM) by its checked radio', () => {
    render(`${textField('hcpcs', 'HCPCS code', 'J0638')}${radios('frequency', 'Frequency', 'Every 8 weeks', FREQ)}`);
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.frequency': 'Every 8 weeks' });
  });

  // misread: reads 'drug.name': 'colchicine', 'drug.dose': '0.6 mg twice daily': the cells' scale-text-fields are
  // named by their column (labels "Drug", "Dose"…) but carry no section, as the grid's h4 "Prior therapies" is in its
  // shadow root; rows 0 and 1 are found, yet no priorTherapies path is named
  it.fails('reads the prior therapies from an editable scale-data-grid, and nothing from its settings menu', () => {
    render('<scale-data-grid heading="Prior therapies"></scale-data-grid>', ROWS);
    expect(read()).toEqual(ISO_THERAPIES);
    nothingFrom('scale-menu-flyout');
  });
});
