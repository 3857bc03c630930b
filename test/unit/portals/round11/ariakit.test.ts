import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ariakit 0.4.x (@ariakit/react; ariakit/ariakit at b5f8bc2, packages/ariakit-react-components/src:
 * form/form-label.tsx, form-control.tsx, form-input.tsx, form-error.tsx, select/select.tsx,
 * select-label.tsx, select-value.tsx, select-item.tsx, combobox/combobox.tsx, checkbox/checkbox.tsx,
 * group/, visually-hidden/, portal/portal.tsx, popover/). Markup as the components render it:
 * - FormLabel: a native `label[for=<control id>][id]`; FormInput: `input[name][aria-labelledby=<label
 *   id>][aria-describedby=<error/description ids>][aria-invalid]`; FormError: `div[role=alert][id]`
 *   (empty while valid); FormDescription: `div[id]`.
 * - Select (with `name`): a visually hidden native `select[tabindex=-1][aria-hidden=true]
 *   [aria-labelledby][name]` (style from getVisuallyHiddenStyle) whose options are the item values,
 *   plus an empty `option[value=""]` when the value is "", its value set as a React property (not a
 *   `selected` attribute), then `button[type=button][role=combobox][aria-autocomplete=none]
 *   [aria-labelledby][aria-haspopup=listbox][aria-expanded=false][aria-controls][data-name]` holding the
 *   SelectValue (the value, or its `fallback` when empty; a children function for arrays) and
 *   SelectArrow (`span[aria-hidden=true]` > svg polyline). SelectLabel is a `div[id]`, not a label.
 * - Combobox: `input[role=combobox][autocomplete=off][aria-autocomplete=list][aria-haspopup=listbox]
 *   [aria-expanded][aria-controls]`; ComboboxPopover / SelectPopover render in a Portal
 *   (`div#portal/<id>` at the end of body) and, unless `unmountOnHide`, stay mounted while closed as
 *   `div[role=listbox][hidden]` with `display: none` (this closed-but-mounted shape is my reading of
 *   popover.tsx / portal.tsx, not checked against a rendered page), items `div[role=option]
 *   [aria-selected][id]` (SelectItemCheck `span[aria-hidden]` with a check svg).
 * - Checkbox: native `input[type=checkbox][aria-checked]` (checked as a property); Group
 *   `div[role=group][aria-labelledby]` with GroupLabel `div[id]`.
 */

const vh =
  'border: 0px; clip-path: inset(50%); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; white-space: nowrap; width: 1px;';
const arrow =
  '<span aria-hidden="true" style="display: inline-flex; align-items: center; justify-content: center; height: 1em; width: 1em; pointer-events: none;"><svg display="block" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.5pt" viewBox="0 0 16 16" height="1em" width="1em"><polyline points="4,6 8,10 12,6"></polyline></svg></span>';

let n = 0;
const rid = () => `:r${(n++).toString(36)}:`;

/** FormLabel + FormInput + FormError, in the example's `div.field` */
function formInput(name: string, label: string, value: string, o: { description?: string; error?: string; placeholder?: string } = {}) {
  const [l, i, e, d] = [rid(), rid(), rid(), rid()];
  const describedBy = [e, o.description ? d : ''].filter(Boolean).join(' ');
  return `<div class="field"><label for="${i}" id="${l}" class="label">${label}</label>${o.description ? `<div id="${d}" class="description">${o.description}</div>` : ''}<input id="${i}" name="${name}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} aria-labelledby="${l}" aria-describedby="${describedBy}" aria-invalid="${o.error ? 'true' : 'false'}" class="input" value="${value}"><div id="${e}" role="alert" class="error">${o.error ?? ''}</div></div>`;
}

type Sel = { name: string; label: string; value: string | string[]; items: string[]; fallback?: string; open?: boolean };

/** SelectLabel + Select (named: with its hidden native select) + SelectValue; `popover` goes at the end of body */
function select(o: Sel): { html: string; popover: string } {
  const [l, b, p] = [rid(), rid(), rid()];
  const values = Array.isArray(o.value) ? o.value : [o.value];
  const multiple = Array.isArray(o.value);
  const shown = values.filter(Boolean).length ? values.join(', ') : (o.fallback ?? '');
  const native = `<select style="${vh}" tabindex="-1" aria-hidden="true" aria-labelledby="${l}" name="${o.name}"${multiple ? ' multiple=""' : ''} data-value="${values.join('|')}">${values
    .filter((v) => !o.items.includes(v))
    .map((v) => `<option value="${v}">${v}</option>`)
    .join('')}${o.items.map((v) => `<option value="${v}">${v}</option>`).join('')}</select>`;
  const html = `<div class="wrapper"><div id="${l}" class="label">${o.label}</div>${native}<button type="button" role="combobox" aria-autocomplete="none" aria-labelledby="${l}" aria-haspopup="listbox" data-name="${o.name}" aria-expanded="${o.open ? 'true' : 'false'}" aria-controls="${p}" id="${b}" class="button">${shown}${arrow}</button></div>`;
  const popover = `<div id="portal/${p}"><div role="listbox" id="${p}" aria-labelledby="${l}"${o.open ? ' data-open="" data-enter=""' : ' hidden=""'} data-dialog="" tabindex="-1" class="popover" style="${o.open ? 'position: fixed; left: 24px; top: 180px;' : 'display: none; position: fixed; left: 24px; top: 180px;'}">${o.items
    .map(
      (v) =>
        `<div role="option" id="${rid()}" aria-selected="${values.includes(v)}" class="select-item"${values.includes(v) ? ' data-active-item=""' : ''}>${multiple ? `<span aria-hidden="true" style="font-size: 1em; height: 1em; width: 1em; pointer-events: none;">${values.includes(v) ? '<svg display="block" fill="none" stroke-width="1.5pt" stroke="currentColor" viewBox="0 0 16 16" height="1em" width="1em"><polyline points="4,8 7,12 12,4"></polyline></svg>' : ''}</span>` : ''}${v}</div>`,
    )
    .join('')}</div></div>`;
  return { html, popover };
}

/** Combobox wrapped in its label (the basic example) with its mounted, hidden popover */
function combobox(label: string, value: string, items: string[], placeholder = 'e.g., Ilaris'): { html: string; popover: string } {
  const [c, p] = [rid(), rid()];
  return {
    html: `<label class="label">${label}<input role="combobox" autocomplete="off" aria-autocomplete="list" aria-haspopup="listbox" aria-expanded="false" aria-controls="${p}" id="${c}" placeholder="${placeholder}" class="combobox" value="${value}"></label>`,
    popover: `<div id="portal/${p}"><div role="listbox" id="${p}" hidden="" data-dialog="" class="popover" style="display: none; position: fixed; left: 0px; top: 0px;">${items
      .map((v) => `<div role="option" id="${rid()}" aria-selected="false" class="combobox-item"><span data-user-value="">${v}</span></div>`)
      .join('')}</div></div>`,
  };
}

/** Group + GroupLabel of Checkboxes (CheckboxProvider), each wrapped in its label */
function checkboxGroup(label: string, chosen: string[], values: string[]): string {
  const l = rid();
  return `<div role="group" aria-labelledby="${l}" class="group"><div id="${l}" class="group-label">${label}</div>${values
    .map(
      (v) =>
        `<label class="label"><input type="checkbox" aria-checked="${chosen.includes(v)}" class="checkbox" value="${v}" data-checked="${chosen.includes(v)}"> ${v}</label>`,
    )
    .join('')}</div>`;
}

/** renders `html` then sets what React sets as properties: select values and checkbox checkedness */
function render(html: string): void {
  page(html);
  for (const s of Array.from(document.querySelectorAll<HTMLSelectElement>('select[data-value]'))) {
    const values = s.dataset.value!.split('|');
    for (const o of Array.from(s.options)) o.selected = values.includes(o.value);
    s.removeAttribute('data-value');
  }
  for (const c of Array.from(document.querySelectorAll<HTMLInputElement>('input[data-checked]'))) {
    c.checked = c.dataset.checked === 'true';
    c.removeAttribute('data-checked');
  }
}

const form = (body: string, tail = '') =>
  `<div id="root"><form aria-labelledby="pa-title" class="wrapper" novalidate=""><h2 id="pa-title" class="heading">Prior authorization request</h2>${body}<div class="buttons"><button type="submit" class="button primary">Submit</button></div></form></div>${tail}`;
const section = (title: string, body: string) => `<div class="section"><h3 class="section-title">${title}</h3>${body}</div>`;

describe('Ariakit: Form components, Select with SelectValue, Combobox, Checkbox group', () => {
  it('reads the full Ilaris request', () => {
    const drug = combobox('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']);
    const codes = select({
      name: 'codes',
      label: 'ICD-10 codes',
      value: ['M04.1', 'M06.1'],
      items: ['M04.1', 'M06.1', 'M04.8'],
      fallback: 'No codes',
    });
    const frequency = select({
      name: 'frequency',
      label: 'Frequency',
      value: 'Every 4 weeks',
      items: ['Every 4 weeks', 'Every 8 weeks', 'Once'],
    });
    const therapy = (i: 0 | 1) =>
      section(
        `Prior therapy ${i + 1}`,
        (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
          .map((k) =>
            formInput(
              `priorTherapies.${i}.${k}`,
              { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
              THERAPIES[`priorTherapies.${i}.${k}`],
            ),
          )
          .join(''),
      );
    render(
      form(
        `${section('Member', `${formInput('memberId', 'Member ID', ILARIS['patient.memberId'])}${formInput('dob', 'Date of birth', ILARIS['patient.dob'], { description: 'MM/DD/YYYY' })}${formInput('weight', 'Weight (kg)', '72')}`)}
        ${section('Diagnosis', codes.html)}
        ${section('Medication', `${drug.html}${formInput('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${formInput('ndc', 'NDC', ILARIS['drug.ndc'])}${formInput('dose', 'Dose (mg)', '150')}${formInput('units', 'Billing units', '150')}${frequency.html}`)}
        ${section('Labs', `${formInput('crp', 'CRP (mg/L)', '24')}${formInput('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { description: 'MM/DD/YYYY' })}`)}
        ${therapy(0)}${therapy(1)}
        ${section('Prescriber', formInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
        `${drug.popover}${codes.popover}${frequency.popover}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a FormInput by its FormLabel, not its FormDescription or the FormError before it', () => {
    render(
      form(
        `${formInput('memberId', 'Member ID', '', { error: 'Please fill out this field.' })}${formInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { description: '10 digits, no spaces' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a named Select once, by its button labelled by the SelectLabel div, not also its hidden native select', () => {
    const s = select({ name: 'frequency', label: 'Frequency', value: 'Every 8 weeks', items: ['Every 4 weeks', 'Every 8 weeks', 'Once'] });
    render(form(s.html, s.popover));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('[role=listbox]');
  });

  it('reads an empty Select showing its SelectValue fallback as empty', () => {
    const s = select({
      name: 'drug',
      label: 'Drug name',
      value: '',
      items: ['Ilaris (canakinumab)', 'Kineret (anakinra)'],
      fallback: 'Select a drug',
    });
    render(form(s.html, s.popover));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads a multiple Select by its chosen values, nothing from its hidden popover', () => {
    const s = select({
      name: 'codes',
      label: 'ICD-10 codes',
      value: ['M04.1', 'M06.1'],
      items: ['M04.1', 'M06.1', 'M04.8'],
      fallback: 'No codes',
    });
    render(form(s.html, s.popover));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('[role=listbox]');
  });

  it('reads an open Select by its value, nothing from its open listbox in the portal', () => {
    const s = select({
      name: 'frequency',
      label: 'Frequency',
      value: 'Once',
      items: ['Every 4 weeks', 'Every 8 weeks', 'Once'],
      open: true,
    });
    render(form(`${s.html}${formInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, s.popover));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[role=listbox]');
  });

  it('reads a Combobox inside its label by its text, nothing from its hidden popover', () => {
    const c = combobox('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']);
    render(form(c.html, c.popover));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a Checkbox group under its GroupLabel as the checked codes', () => {
    render(form(checkboxGroup('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });
});
