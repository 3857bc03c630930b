import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * JSON Form 2.2.x (jsonform/jsonform at 59c8ca8, lib/jsonform.js): jsonform.fieldTemplate (`div.form-group
 * .jsonform-error-<keydash>[.jsonform-required]` > `label[for]` + `div.controls` > control, `span.help-block`
 * description, `span.help-block.jsonform-errortext` hidden by inline style until validate shows the message
 * and adds the error class to the group); inputFieldTemplate (`input.form-control` with name, id
 * `<prefix>-elt-<key>`, `aria-label` = title, `required`); 'select' (options, `selected` on the value); 'radios'
 * (`div#id > div.radio > label > input[type=radio] + text`); 'checkboxes' (`div.checkbox > label > input
 * [type=checkbox][name=key[i]][value=1] + title`); 'fieldset' (`fieldset.form-group` > `legend[role=treeitem]
 * [aria-expanded=false]`); 'array' (`ul._jsonform-array-ul` of `li[data-idx]` each ending in `span.
 * _jsonform-array-buttons > a._jsonform-array-deletecurrent`, then the list's `a._jsonform-array-addmore` and
 * `a._jsonform-array-deletelast` icon links; items' ids `<prefix>-elt-counter-N`, names `key[i].sub`); 'tabs'/'tab'
 * (`ul.nav.nav-tabs` of `li.nav-item > a.nav-link[data-toggle=tab]`, `div.tab-content > div.tab-pane[.active]`,
 * inactive panes hidden by Bootstrap's stylesheet only); 'selectfieldset' (`fieldset.tab-container` > hidden
 * input holding the choice, `div.tabbable` > `div.form-group` > label + `select.nav.form-control` of
 * `option[data-idx]`, then `div.tab-content > div.tab-pane[data-idx][.active]`; initializeTabs disables every
 * input in the panes not chosen); the submit `input.btn.btn-primary`.
 */

const P = 'jsonform-1';
type O = { required?: boolean; description?: string; error?: string; type?: string; disabled?: boolean };

const group = (key: string, title: string, inner: string, o: O = {}) =>
  `<div class="form-group jsonform-error-${key.replace(/\./g, '---')}${o.required ? ' jsonform-required' : ''}${o.error ? ' error' : ''}"><label for="${P}-elt-${key}">${title}</label><div class="controls">${inner}${
    o.description ? `<span class="help-block">${o.description}</span>` : ''
  }<span class="help-block jsonform-errortext" style="${o.error ? 'display: block;' : 'display:none;'}">${o.error ?? ''}</span></div></div>`;

const input = (key: string, title: string, value: string, o: O = {}, id = `${P}-elt-${key}`) =>
  group(
    key,
    title,
    `<input type="${o.type ?? 'text'}" class='form-control' name="${key}" value="${value}" id="${id}" aria-label="${title}"${o.disabled ? ' disabled="disabled"' : ''}${o.required ? " required='required'" : ''} />`,
    o,
  ).replace(`for="${P}-elt-${key}"`, `for="${id}"`);

const select = (key: string, title: string, value: string, options: string[]) =>
  group(
    key,
    title,
    `<select name="${key}" id="${P}-elt-${key}"class='form-control'> ${options.map((v) => (v === value ? ` <option selected value="${v}">${v}</option> ` : `<option value="${v}">${v}</option> `)).join('')} </select>`,
  );

const radios = (key: string, title: string, value: string, options: string[]) =>
  group(
    key,
    title,
    `<div id="${P}-elt-${key}">${options.map((v) => `<div class="radio"><label><input type="radio" ${v === value ? ' checked="checked" ' : ''} name="${key}" value="${v}"/>${v}</label></div> `).join('')}</div>`,
  );

const checkboxes = (key: string, title: string, chosen: string[], options: string[]) =>
  group(
    key,
    title,
    `<div>${options.map((v, i) => `<div class="checkbox"><label><input type="checkbox" ${chosen.includes(v) ? ' checked="checked" ' : ''} name="${key}[${i}]" value="1"/>${v}</label></div>`).join('')}</div>`,
  );

const fieldset = (legend: string, body: string) =>
  `<fieldset class="form-group jsonform-error-${legend.toLowerCase()}  " ><legend role="treeitem" aria-expanded="false">${legend}</legend>${body}</fieldset>`;

let counter = 10;
function therapies(rows: string[][]): string {
  const cols = [
    ['drug', 'Drug'],
    ['dose', 'Dose'],
    ['start', 'Start date'],
    ['stop', 'Stop date'],
    ['outcome', 'Outcome'],
  ];
  const items = rows
    .map(
      (r, i) =>
        `<li data-idx="${i}"><fieldset class="form-group jsonform-error-therapies[${i}]  " >${cols.map(([k, t], c) => input(`therapies[${i}].${k}`, t!, r[c]!, {}, `${P}-elt-counter-${++counter}`)).join('')}</fieldset><span class="_jsonform-array-buttons"><a href="#" class="btn btn-default _jsonform-array-deletecurrent"><i class="glyphicon glyphicon-minus-sign" title="Delete current"></i></a></span></li>`,
    )
    .join('');
  return `<div class="form-group jsonform-error-therapies"><label for="${P}-elt-counter-3">Prior therapies</label><div class="controls"><div id="${P}-elt-counter-3"><ul class="_jsonform-array-ul" style="list-style-type:none;">${items}</ul><span class="_jsonform-array-buttons"><a href="#" class="btn btn-default _jsonform-array-addmore"><i class="glyphicon glyphicon-plus-sign" title="Add new"></i></a> <a href="#" class="btn btn-default _jsonform-array-deletelast"><i class="glyphicon glyphicon-minus-sign" title="Delete last"></i></a></span></div><span class="help-block jsonform-errortext" style="display:none;"></span></div></div>`;
}

const ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((c) => THERAPIES[`priorTherapies.${i as 0 | 1}.${c}`]),
);

const form = (body: string) =>
  `<form id="request" class="form-vertical"><div>${body}<input type="submit" class="btn btn-primary " value="Submit"/></div></form>`;

type R = { codes?: string; dose?: string; rows?: string[][]; crpError?: string };
const sections = (o: R = {}) => [
  fieldset(
    'Patient',
    `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${input('dob', 'Date of birth', ILARIS['patient.dob'], { description: 'MM/DD/YYYY' })}${input('weight', 'Weight (kg)', ILARIS['patient.weight'], { type: 'number' })}`,
  ),
  fieldset(
    'Medication',
    `${select('drug', 'Drug', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${
      o.dose ?? input('dose', 'Dose (mg)', ILARIS['drug.dose'], { type: 'number' })
    }${input('units', 'Billing units', ILARIS['drug.units'], { type: 'number' })}${radios('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
  ),
  fieldset('Diagnosis', o.codes ?? checkboxes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])),
  fieldset(
    'Labs',
    `${input('crp', 'CRP (mg/L)', ILARIS['labs.crpValue'], { type: 'number', error: o.crpError })}${input('crpDate', 'CRP date', ILARIS['labs.crpDate'])}`,
  ),
  fieldset('Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })),
  fieldset('Prior therapies', therapies(o.rows ?? ROWS)),
];

const FULL = { ...ILARIS, 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M04.1, M06.1', ...THERAPIES };

/** the sections as a 'tabs' element: titled tabs, the first pane active, the others hidden by CSS only */
const tabs = (titles: string[], panes: string[]) =>
  `<ul class="nav nav-tabs " id="${P}-elt-counter-1">${titles.map((t, i) => `<li class="nav-item${i === 0 ? ' active' : ''}"><a href="#${P}-elt-counter-1-${t}" class="nav-link" data-tab="${P}-elt-counter-1-${t}" data-toggle="tab">${t}</a></li>`).join('')}</ul><div class="tab-content"  data-tabset="${P}-elt-counter-1">${panes
    .map((p, i) => `<div class="tab-pane${i === 0 ? ' active' : ''}" id="${P}-elt-counter-1-${titles[i]}">${p}</div>`)
    .join('')}</div>`;

describe('JSON Form (Bootstrap 3 templates): fieldsets, select, radios, checkboxes, arrays, tabs, selectfieldset', () => {
  it('reads the full Ilaris request', () => {
    page(form(sections().join('')));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads the codes from the ticked checkboxes of the checkboxes field', () => {
    page(form(sections().join('')));
    expect(read()['diagnosis.codes.0']).toBe('M04.1, M06.1');
  });

  it('reads the therapies from the array items and nothing from its add and delete links', () => {
    page(form(sections().join('')));
    expect(read()).toMatchObject(THERAPIES);
    nothingFrom('._jsonform-array-buttons');
  });

  it('reads the therapies from a tabarray, one fieldset per tab pane, the second pane hidden by the stylesheet', () => {
    const cols = ['drug', 'dose', 'start', 'stop', 'outcome'];
    const titles = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
    const panes = ROWS.map(
      (r, i) =>
        `<div data-idx="${i}" class="tab-pane${i === 0 ? ' active' : ''}"><fieldset class="form-group jsonform-error-therapies[${i}]  " ><legend role="treeitem" aria-expanded="false">Therapy ${i + 1}</legend>${cols
          .map((k, c) => input(`therapies[${i}].${k}`, titles[c]!, r[c]!, {}, `${P}-elt-counter-${++counter}`))
          .join('')}</fieldset></div>`,
    ).join('');
    const tabarray = `<div class="form-group jsonform-error-therapies"><label for="${P}-elt-counter-3">Prior therapies</label><div class="controls"><div id="${P}-elt-counter-3"><div class="tabbable tabs-left"><ul class="nav nav-tabs"><li data-idx="0" class="active"><a class="draggable tab" data-toggle="tab" rel="Therapy%201">Therapy 1</a></li><li data-idx="1"><a class="draggable tab" data-toggle="tab" rel="Therapy%202">Therapy 2</a></li></ul><div class="tab-content">${panes}</div></div><a href="#" class="btn btn-default _jsonform-array-addmore"><i class="glyphicon glyphicon-plus-sign" title="Add new"></i></a> <a href="#" class="btn btn-default _jsonform-array-deleteitem"><i class="glyphicon glyphicon-minus-sign" title="Delete item"></i></a></div><span class="help-block jsonform-errortext" style="display:none;"></span></div></div>`;
    const s = sections();
    s[5] = fieldset('Prior therapies', tabarray);
    page(form(s.join('')));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads the CRP value while its group shows the validation message', () => {
    page(form(sections({ crpError: 'Value must be at most 500' }).join('')));
    expect(read()).toMatchObject({ 'labs.crpValue': '24', 'labs.crpDate': '11/02/2026' });
  });

  it('reads no therapy from an empty array showing only its add link', () => {
    page(form(sections({ rows: [] }).join('')));
    const got = read();
    expect(Object.keys(got).filter((k) => k.startsWith('priorTherapies'))).toEqual([]);
    expect(got).toMatchObject(ILARIS);
  });

  it('reads the request laid out in tabs, the inactive panes hidden by the stylesheet only', () => {
    const s = sections();
    page(form(tabs(['Patient', 'Medication', 'Diagnosis', 'Labs', 'Prescriber', 'Therapies'], s)));
    expect(read()).toEqual(FULL);
  });

  it('reads the dose from the chosen selectfieldset pane, not the disabled pane not chosen', () => {
    const pane = (i: number, active: boolean, body: string) =>
      `<div data-idx="${i}" class="tab-pane${active ? ' active' : ''}">${body}</div>`;
    const dose = `<fieldset class="tab-container "><input type="hidden" id="${P}-elt-counter-7" name="doseType" value="maintenance" /><div class="tabbable"><div class="form-group"><label for="${P}-elt-counter-7">Dose type</label><div class="controls"><select class="nav form-control"><option data-idx="0" value="loading">Loading dose</option><option data-idx="1" value="maintenance" selected="selected" class="active">Maintenance dose</option></select></div></div><div class="tab-content">${pane(
      0,
      false,
      input('loading.dose', 'Dose (mg)', '300', { type: 'number', disabled: true }),
    )}${pane(1, true, input('maintenance.dose', 'Dose (mg)', ILARIS['drug.dose'], { type: 'number' }))}</div></div></fieldset>`;
    page(form(sections({ dose }).join('')));
    expect(read()).toMatchObject({ ...ILARIS, 'drug.dose': '150' });
    noDuplicatePaths();
  });
});
