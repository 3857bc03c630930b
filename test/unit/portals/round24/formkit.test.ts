import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * FormKit 2.x (formkit/formkit at 528d6e3: packages/inputs/src/inputs/{text,select,checkbox,form}.ts, the
 * sections in packages/inputs/src/sections/*.ts, packages/vue/src/bindings.ts (describedBy), the snapshots
 * packages/vue/__tests__/inputs/__snapshots__/{select,checkbox}.spec.ts.snap) and FormKit Pro 0.130.0 (npm
 * @formkit/pro: repeater/repeater.ts + repeater/index.mjs, taglist/, dropdown/, datepicker/ section schemas;
 * only read, nothing copied). Classes are the default `formkit-<section in kebab case>`:
 * - text/number/date: `div.formkit-outer[data-family=text][data-type]` > `div.formkit-wrapper` >
 *   `label.formkit-label[for]` + `div.formkit-inner` > `input.formkit-input[type][name][id][aria-describedby]`;
 *   after the wrapper `div.formkit-help#help-<id>` and `ul.formkit-messages` > `li.formkit-message
 *   #<id>-<key>[data-message-type]`; aria-describedby names the help and every message.
 * - select: same frame, `select.formkit-input`, a placeholder is `option[hidden][disabled][data-is-placeholder]
 *   [value=""]` first and the select gets `data-placeholder=true` while it is shown; the `span.formkit-select-icon
 *   .formkit-icon` after it.
 * - checkbox with options: `fieldset.formkit-fieldset#<id>` > `legend.formkit-legend`, help, `ul.formkit-options` >
 *   `li.formkit-option` > `label.formkit-wrapper[data-checked]` > `span.formkit-inner` > `input[type=checkbox]
 *   [name][id=<id>-option-<value>]` + `span.formkit-decorator[aria-hidden]`, then `span.formkit-label`.
 * - Pro dropdown: the trigger is `button.formkit-selector#<id>[aria-haspopup=listbox][aria-expanded]` holding
 *   `div.formkit-selection-wrapper > div.formkit-selection > div.formkit-option` (or `div.formkit-placeholder
 *   [data-is-placeholder]`), the label is `label.formkit-label[for][id=<id>_label]`; `div.formkit-dropdown-wrapper
 *   #<id>_popover` follows in the inner, holding `ul.formkit-listbox[role=listbox]` of `li.formkit-listitem
 *   [role=option][aria-selected]` only while expanded.
 * - Pro taglist: `div.formkit-tags#<id>_selections[aria-live]` > `span.formkit-tag-wrapper[data-is-tag]` >
 *   `div.formkit-tag[role=button]` > `span.formkit-tag-label` + `button.formkit-remove-selection[aria-label=Remove]`,
 *   then `input.formkit-input[role=combobox][type=text]`; `button.formkit-listbox-button[aria-label=Open]`.
 * - Pro repeater: `fieldset.formkit-fieldset` > `legend`, `div.formkit-inner` > `ul.formkit-items[role=list]` >
 *   `li.formkit-item[role=listitem][data-index]` > `div.formkit-content` (the group draws no element: its
 *   inputs stand there) + `ul.formkit-controls` > `li.formkit-up|remove|down > button.formkit-*-control` >
 *   `span.formkit-control-label` + icon; after the inner the add button (a FormKit `button` input, "Add <label>").
 * - Pro datepicker: the text `input.formkit-input` showing its `format` (here MM/DD/YYYY), then `div.formkit-open-button
 *   [role=button][aria-haspopup=dialog][aria-label="Change date, …"]`; open, `div.formkit-panel-wrapper[role=dialog]
 *   [aria-modal=true][aria-label="Choose date"]` inside the inner holds a `table[role=grid]` of `td[role=gridcell]`.
 */

let n = 0;
const nextId = () => `input_${++n}`;
const svg = (d: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="${d}" fill="currentColor"></path></svg>`;
const icon = (key: string) => `<span class="formkit-${key}-icon formkit-icon">${svg('M8 12 3 7h10z')}</span>`;

type Extra = { help?: string; error?: string; disabled?: boolean; required?: boolean };
function frame(type: string, family: string | null, id: string, label: string, control: string, value: string, o: Extra = {}) {
  const msg = o.error
    ? `<ul class="formkit-messages"><li class="formkit-message" id="${id}-rule_required" data-message-type="validation">${o.error}</li></ul>`
    : '';
  return `<div class="formkit-outer"${family ? ` data-family="${family}"` : ''} data-type="${type}"${o.disabled ? ' data-disabled="true"' : ''}${value ? '' : ' data-empty="true"'}${o.error ? ' data-invalid="true" data-submitted="true"' : ''}><div class="formkit-wrapper"><label class="formkit-label" for="${id}">${label}</label><div class="formkit-inner">${control}</div></div>${o.help ? `<div class="formkit-help" id="help-${id}">${o.help}</div>` : ''}${msg}</div>`;
}
const described = (id: string, o: Extra) => {
  const ids = [...(o.help ? [`help-${id}`] : []), ...(o.error ? [`${id}-rule_required`] : [])];
  return `${ids.length ? ` aria-describedby="${ids.join(' ')}"` : ''}${o.required ? ' aria-required="true"' : ''}${o.disabled ? ' disabled=""' : ''}`;
};
const input = (type: 'text' | 'number' | 'date', name: string, label: string, value: string, o: Extra = {}) => {
  const id = nextId();
  return frame(
    type,
    'text',
    id,
    label,
    `<input class="formkit-input" type="${type}" name="${name}" id="${id}"${described(id, o)} value="${value}">`,
    value,
    o,
  );
};

function select(name: string, label: string, value: string, options: string[], o: Extra & { placeholder?: string } = {}) {
  const id = nextId();
  const shown = !value && o.placeholder;
  const opts = `${o.placeholder ? `<option hidden="" disabled="" data-is-placeholder="true" class="formkit-option" value=""${shown ? ' selected=""' : ''}>${o.placeholder}</option>` : ''}${options
    .map((v) => `<option class="formkit-option" value="${v}"${v === value ? ' selected=""' : ''}>${v}</option>`)
    .join('')}`;
  return frame(
    'select',
    null,
    id,
    label,
    `<select class="formkit-input" id="${id}"${shown ? ' data-placeholder="true"' : ''} name="${name}"${described(id, o)}>${opts}</select>${icon('select')}`,
    value,
    o,
  );
}

function checkboxes(name: string, label: string, checked: string[], options: string[], help?: string) {
  const id = nextId();
  const items = options
    .map(
      (v) =>
        `<li class="formkit-option"><label class="formkit-wrapper"${checked.includes(v) ? ' data-checked="true"' : ''}><span class="formkit-inner"><input class="formkit-input" type="checkbox" name="${name}" id="${id}-option-${v.replace('.', '-')}" value="${v}"${checked.includes(v) ? ' checked=""' : ''}><span class="formkit-decorator" aria-hidden="true">${icon('decorator')}</span></span><span class="formkit-label">${v}</span></label></li>`,
    )
    .join('');
  return `<div class="formkit-outer" data-family="box" data-type="checkbox" data-multiple="true"${checked.length ? '' : ' data-empty="true"'}><fieldset class="formkit-fieldset" id="${id}"${help ? ` aria-describedby="help-${id}"` : ''}><legend class="formkit-legend">${label}</legend>${help ? `<div class="formkit-help" id="help-${id}">${help}</div>` : ''}<ul class="formkit-options">${items}</ul></fieldset></div>`;
}

const listbox = (id: string, options: string[], chosen: string[]) =>
  `<ul class="formkit-listbox" id="${id}_listbox" role="listbox" aria-labelledby="${id}_label">${options
    .map(
      (v, i) =>
        `<li class="formkit-listitem" id="${id}_listitem_${i}" data-value="${v}" role="option" aria-selected="${chosen.includes(v)}"${i === 0 ? ' data-is-active="true"' : ''} tabindex="-1">${chosen.includes(v) ? icon('selected') : ''}<div class="formkit-option" data-checked="${chosen.includes(v)}">${v}</div></li>`,
    )
    .join('')}</ul>`;
const proFrame = (type: string, id: string, label: string, inner: string, empty: boolean) =>
  `<div class="formkit-outer" data-type="${type}" data-family="dropdown"${empty ? ' data-empty="true"' : ''} data-id="${id}"><div class="formkit-wrapper"><label class="formkit-label" for="${id}" id="${id}_label">${label}</label><div class="formkit-inner" id="${id}_inner">${inner}</div></div></div>`;

/** Pro dropdown; `placeholder` undefined draws the hidden "placeholder" text the schema falls back to */
function dropdown(name: string, label: string, value: string, options: string[], o: { placeholder?: string; open?: boolean } = {}) {
  const id = nextId();
  const shown = value
    ? `<div class="formkit-selection-wrapper"><div class="formkit-selection"><div class="formkit-option">${value}</div></div></div>`
    : `<div class="formkit-placeholder" data-is-placeholder="true"${o.placeholder ? '' : ' aria-hidden="true" style="opacity: 0; pointer-events: none;"'}>${o.placeholder ?? 'placeholder'}</div>`;
  return proFrame(
    'dropdown',
    id,
    label,
    `<button class="formkit-selector" id="${id}" type="button" tabindex="0" name="${name}" aria-haspopup="listbox" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${id}_listbox"` : ''}>${shown}${icon('select')}</button><div class="formkit-dropdown-wrapper" id="${id}_popover" data-is-wrapper="true">${o.open ? listbox(id, options, value ? [value] : []) : ''}</div>`,
    !value,
  );
}

function taglist(name: string, label: string, tags: string[], o: { placeholder?: string; open?: string[] } = {}) {
  const id = nextId();
  const chips = tags
    .map(
      (t, i) =>
        `<span class="formkit-tag-wrapper" id="${id}_tag-wrapper_${i}" data-value="${t}" tabindex="-1" data-is-tag="true"><div class="formkit-tag" id="${id}_tag_${i}" role="button"><span class="formkit-tag-label">${t}</span><button class="formkit-remove-selection" id="${id}_remove_selection_${i}" tabindex="-1" aria-label="Remove" type="button" aria-controls="${id}">${icon('close')}</button></div></span>`,
    )
    .join('');
  return proFrame(
    'taglist',
    id,
    label,
    `<div class="formkit-tags" id="${id}_selections" aria-live="polite">${chips}<input class="formkit-input" id="${id}" type="text" name="${name}" tabindex="0"${!tags.length && o.placeholder ? ` placeholder="${o.placeholder}"` : ''} role="combobox" autocomplete="off" autocapitalize="none" aria-autocomplete="list" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${id}_listbox"` : ''} value=""></div><button class="formkit-listbox-button" id="${id}_listbox_button" type="button" tabindex="-1" aria-label="${o.open ? 'Close' : 'Open'}" aria-haspopup="true" aria-expanded="${!!o.open}">${icon('select')}</button><div class="formkit-dropdown-wrapper" id="${id}_popover" data-is-wrapper="true">${o.open ? listbox(id, o.open, tags) : ''}</div>`,
    !tags.length,
  );
}

function datepicker(name: string, label: string, value: string, open?: { month: string; days: number[]; chosen: number }) {
  const id = nextId();
  const panel = open
    ? `<div class="formkit-panel-wrapper" id="${id}_popover" role="dialog" tabindex="-1" aria-modal="true" aria-label="Choose date" data-panel="day" data-side="bottom"><header class="formkit-panel-header" aria-live="polite"><button class="formkit-prev" id="${id}_prev_button" type="button"><span class="formkit-prev-label">Previous</span>${icon('prev')}</button><div class="formkit-days-header"><button class="formkit-month-button" type="button" id="${id}_month_button">${open.month.split(' ')[0]}</button><button class="formkit-year-button" type="button" id="${id}_year_button">${open.month.split(' ')[1]}</button></div><button class="formkit-next" id="${id}_next_button" type="button"><span class="formkit-next-label">Next</span>${icon('next')}</button></header><div class="formkit-panel"><table class="formkit-calendar" role="grid"><thead class="formkit-calendar-header" role="rowgroup"><tr class="formkit-week-days" role="row"><th class="formkit-week-day" role="columnheader" aria-label="Monday">M</th><th class="formkit-week-day" role="columnheader" aria-label="Tuesday">T</th><th class="formkit-week-day" role="columnheader" aria-label="Wednesday">W</th></tr></thead><tbody class="formkit-calendar-weeks" role="rowgroup"><tr class="formkit-week" role="row">${open.days
        .map(
          (d) =>
            `<td class="formkit-day-cell" role="gridcell" tabindex="${d === open.chosen ? 0 : -1}" aria-selected="${d === open.chosen}" aria-label="${open.month.split(' ')[0]} ${d}, ${open.month.split(' ')[1]}"><div class="formkit-day">${d}</div></td>`,
        )
        .join('')}</tr></tbody></table></div></div>`
    : '';
  return `<div class="formkit-outer" data-type="datepicker"${value ? '' : ' data-empty="true"'} data-id="${id}"${open ? ' data-expanded="true"' : ''}><div class="formkit-wrapper"><label class="formkit-label" for="${id}" id="${id}_label">${label}</label><div class="formkit-inner" id="${id}_inner"><input class="formkit-input" name="${name}" id="${id}"${open ? ' readonly=""' : ''} value="${value}">${panel}<div class="formkit-open-button" id="${id}_listbox_button" type="div" role="button" tabindex="0" aria-label="${value ? `Change date, ${value}` : 'Choose date'}" aria-haspopup="dialog" aria-expanded="${!!open}"${open ? ` aria-controls="${id}_popover"` : ''}>${icon('calendar')}</div></div></div></div>`;
}

const controls = (i: number, last: boolean) =>
  `<ul class="formkit-controls"><li class="formkit-up"><button class="formkit-up-control"${i === 0 ? ' disabled=""' : ''} type="button"><span class="formkit-control-label">Move up</span>${icon('move-up')}</button></li><li class="formkit-remove"><button class="formkit-remove-control" type="button"><span class="formkit-control-label">Remove</span>${icon('remove')}</button></li><li class="formkit-down"><button class="formkit-down-control"${last ? ' disabled=""' : ''} type="button"><span class="formkit-control-label">Move down</span>${icon('move-down')}</button></li></ul>`;
const button = (type: 'button' | 'submit', text: string) => {
  const id = nextId();
  return `<div class="formkit-outer" data-family="button" data-type="${type}" data-empty="true"><div class="formkit-wrapper"><button class="formkit-input" type="${type}" name="${type}_${n}" id="${id}">${text}</button></div></div>`;
};

/** Pro repeater of the two prior therapies (native date inputs inside each item), or of `empty` empty items */
function repeater(empty?: number) {
  const id = nextId();
  const count = empty ?? 2;
  const t = (i: number, k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') =>
    empty ? '' : ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`];
  const items = Array.from({ length: count }, (_, i) => {
    const content = `${input('text', 'drug', 'Drug', t(i, 'drug'))}${input('text', 'dose', 'Dose', t(i, 'dose'))}${input('date', 'start', 'Start date', t(i, 'start'))}${input('date', 'stop', 'Stop date', t(i, 'stop'))}${input('text', 'outcome', 'Outcome', t(i, 'outcome'))}`;
    return `<li class="formkit-item" role="listitem" data-index="${i}"><div class="formkit-content">${content}</div>${controls(i, i === count - 1)}</li>`;
  }).join('');
  return `<div class="formkit-outer" data-type="repeater" data-id="${id}"><fieldset class="formkit-fieldset" id="${id}"><legend class="formkit-legend">Prior therapies</legend><div class="formkit-inner" id="${id}_inner"><ul class="formkit-items" role="list" id="${id}_items">${items}</ul></div>${button('button', 'Add Prior therapies')}</fieldset></div>`;
}

const form = (body: string) =>
  `<main class="container"><h1>Prior authorization request</h1><form class="formkit-form" id="form_1" name="paRequest">${body}<div class="formkit-actions">${button('submit', 'Submit request')}</div></form></main>`;
const section = (title: string, body: string) => `<section class="form-section"><h2>${title}</h2>${body}</section>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('FormKit 2 + Pro: text, number, date, select, checkbox options, dropdown, taglist, datepicker, repeater', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${section('Member', `${input('text', 'memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${input('date', 'dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${input('number', 'weight', 'Weight (kg)', '72')}`)}
        ${section('Diagnosis', taglist('codes', 'ICD-10 codes', ['M04.1', 'M06.1']))}
        ${section(
          'Medication',
          `${dropdown('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${input('text', 'hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('text', 'ndc', 'NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2' })}${input('number', 'dose', 'Dose (mg)', '150')}${input('number', 'units', 'Billing units', '150')}${select('frequency', 'Frequency', 'Every 4 weeks', FREQS, { placeholder: 'Select a frequency' })}`,
        )}
        ${section('Labs', `${input('number', 'crp', 'CRP (mg/L)', '24')}${input('date', 'crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}`)}
        ${repeater()}
        ${section('Prescriber', input('text', 'npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an input by its label, not its help text or the validation message of the field before it', () => {
    page(
      form(
        `${input('text', 'memberId', 'Member ID', '', { required: true, error: 'Member ID is required.' })}${input('text', 'npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { help: 'The 10-digit NPI' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a select showing its hidden placeholder option as empty, and a chosen one by its text', () => {
    page(
      form(
        `${select('drug', 'Drug name', '', DRUGS, { placeholder: 'Choose a drug' })}${select('frequency', 'Frequency', 'Every 8 weeks', FREQS)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a checkbox group (fieldset and legend) as its checked codes', () => {
    page(form(checkboxes('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], 'Check every code that applies')));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a Pro dropdown by its selection, and one with no placeholder (the hidden fallback text) as empty', () => {
    page(form(`${dropdown('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${dropdown('frequency', 'Frequency', '', FREQS)}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads an open Pro dropdown by its selection and nothing from its listbox', () => {
    page(
      form(
        `${dropdown('frequency', 'Frequency', 'Every 4 weeks', FREQS, { open: true })}${input('text', 'npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.formkit-dropdown-wrapper');
  });

  it('reads the taglist chips as the ICD-10 codes, open or empty', () => {
    page(form(taglist('codes', 'ICD-10 codes', ['M04.1', 'M06.1'], { open: ['M04.1', 'M06.1', 'M04.8'] })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('.formkit-listbox');
    page(form(taglist('codes', 'ICD-10 codes', [], { placeholder: 'Type a code' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads Pro datepickers as shown (MM/DD/YYYY), and nothing from an open calendar panel', () => {
    page(
      form(
        `${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datepicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { month: 'November 2026', days: [1, 2, 3], chosen: 2 })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('.formkit-panel-wrapper');
  });

  it('reads an empty repeater item, and disabled inputs by their values', () => {
    page(form(`${repeater(1)}${input('text', 'npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { disabled: true })}`));
    expect(read()).toEqual({
      'priorTherapies.0.drug': '',
      'priorTherapies.0.dose': '',
      'priorTherapies.0.start': '',
      'priorTherapies.0.stop': '',
      'priorTherapies.0.outcome': '',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    noDuplicatePaths();
  });
});
