import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Pega Constellation: the Cosmos design system as Constellation renders its fields (@pega/cosmos-react-core 9.23.0
 * from npm, lib/components/; pegasystems/constellation-ui-gallery at ec4e69f builds on it), styled-components, so
 * the `sc-…` classes below are hashed stand-ins; the `pega-*` classes are createClassName's:
 * - FormField/FormField.js: `div.pega-form-field#<id>-field` > label row `div` > `label[for=<id>]` (required drawn by
 *   CSS `::after`, no markup), the control (aria-describedby `<id>-info` when it has info), then ALWAYS
 *   `div#<id>-info` (empty, or an error: `svg[role=presentation][data-icon-name=warn-solid]` + VisuallyHiddenText
 *   "Error " + the message). As a fieldset (DateInput, RadioCheckGroup) the label is `span#<id>-label` in a `div`
 *   and the fieldset has `aria-labelledby=<id>-label` (no legend).
 * - Input/Input.js: `input.pega-input[autocomplete=_off]`. Select/Select.js: a native `select`; read-only adds a
 *   VisuallyHiddenText " Read only" inside its label.
 * - DateTime/Input/DateInput.js + PartInput.js (locale en-US): `div.pega-date-input` > a `div` of `input`s
 *   `[aria-label=month|day|year]` (Intl.DisplayNames, lower case) `[placeholder=MM|DD|YYYY]` with "/" text between,
 *   the year's description a HiddenText portalled away; then a clear button ("Clear current date", only with a value)
 *   and the picker button (aria-label "Selected date: <full date>, Open calendar"); its info "MM/DD/YYYY".
 * - ComboBox/ComboBox.js + SingleSelectInput / MultiSelectInput: `div#<id>-combobox` > `div` > `input[role=combobox]
 *   [aria-autocomplete=list][aria-haspopup=listbox][aria-expanded]` (+ multi: a `ul[aria-label="Selected items"]` of
 *   Badges/Selection.js `li[tabindex=-1][aria-label="Remove <x>"] > span[aria-hidden] + button[aria-label="Remove
 *   <x>"]` BEFORE the input), the "Open combobox list" button, then after the field three VisuallyHiddenTexts
 *   `[aria-hidden=true]`; the open list a Popover at the end of body: Menu `ul[role=listbox] > li[role=option]`.
 * - RadioCheck/RadioCheck.js: each option a `div.pega-form-field` > `input.pega-radio-check[type=radio]` + `label[for]
 *   > span` (the drawn box) + text, + its empty info div; RadioCheckGroup a `fieldset.pega-form-field`.
 * - FieldValueList/FieldValueList.js: read-only values as `dl[role=none] > div > dt + dd`.
 * - FieldGroup/FieldGroupList.js: a `div` > `div` > `h3` label + divider, `ol[aria-label]` > `li` > `div` >
 *   `fieldset[aria-label="Therapy 1"]` > `legend` "1. Therapy" (currentIndex "1.") + Actions' "Delete - Therapy 1"
 *   icon button, then the fields; the "Add Therapy" link button (add_noun) after the list.
 * The Constellation view/region layout around them (`h2` view titles, a grid `div` per region) is my reading.
 */

let k = 0;
const uid = () => `${(0x5c2a1b + ++k * 2654435761).toString(36).slice(-7)}`;
const icon = (name: string) =>
  `<svg class="sc-hLBbgP hIdKtP" role="presentation" viewBox="0 0 32 32" data-icon-set="budicon" data-icon-name="${name}"><path d="M16 4v24"></path></svg>`;
const hidden = (text: string, attrs = '') => `<span class="sc-bcXHqe hXcxxo"${attrs}>${text}</span>`;

type Info = { error?: string; info?: string; id?: string };
const info = (id: string, o: Info) =>
  `<div id="${id}-info" class="sc-gKPRtg sc-ftTHYK ${o.error ? 'bRCVpf' : 'dVTzLW'}">${o.error ? `${icon('warn-solid')}${hidden('Error ')}${o.error}` : (o.info ?? '')}</div>`;

/** FormField around one control */
const formField = (id: string, label: string, control: string, o: Info = {}) =>
  `<div id="${id}-field" class="sc-gswNZR sc-fEXmlR kmZXTe pega-form-field${o.error ? ' pega-form-field-status-error' : ''}"><div class="sc-gswNZR sc-jTrPJq cRjjcB"><label class="sc-iBYQkv fxcmCg" for="${id}">${label}</label></div>${control}${info(id, o)}</div>`;
const desc = (id: string, o: Info) => (o.error || o.info ? ` aria-describedby="${id}-info"` : '');

const input = (label: string, value: string, o: Info = {}) => {
  const id = o.id ?? uid();
  return formField(
    id,
    label,
    `<input id="${id}" autocomplete="_off" class="sc-dmctIk sc-iveFHk kTwYoi pega-input" value="${value}"${desc(id, o)}>`,
    o,
  );
};

const select = (label: string, chosen: string, options: string[], o: Info & { placeholder?: string; readOnly?: boolean } = {}) => {
  const id = o.id ?? uid();
  return formField(
    id,
    o.readOnly ? `${label}${hidden(' Read only')}` : label,
    `<select id="${id}" autocomplete="_off" class="sc-dmctIk sc-jNHqnW fGnSfA"${o.readOnly ? ' readonly=""' : ''}${desc(id, o)}>${o.placeholder ? `<option value=""${chosen ? '' : ' selected'}>${o.placeholder}</option>` : ''}${options.map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
    o,
  );
};

/** DateInput: a fieldset named by its span label, three part inputs (MM / DD / YYYY) */
const dateInput = (label: string, mdY: string, o: Info = {}) => {
  const id = o.id ?? uid();
  const [m = '', d = '', y = ''] = mdY ? mdY.split('/') : [];
  const full = mdY ? new Date(Date.UTC(+y, +m - 1, +d)).toLocaleString('en-US', { timeZone: 'UTC', dateStyle: 'full' }) : '';
  const part = (name: string, ph: string, v: string, size: number) =>
    `<input class="sc-cCsOjp gPxfuL" placeholder="${ph}" aria-label="${name}" autocomplete="_off" value="${v}"${name === 'year' ? ` aria-describedby="${id}-yd"` : ''} style="width: calc(${size}ch + ${size} * normal);">`;
  return `<fieldset id="${id}-field" aria-labelledby="${id}-label" aria-describedby="${id}-info" class="sc-gswNZR sc-fEXmlR kmZXTe pega-form-field${o.error ? ' pega-form-field-status-error' : ''}"><div class="sc-gswNZR fKBXRi"><span id="${id}-label" class="sc-iBYQkv fxcmCg">${label}</span></div><div class="sc-gswNZR sc-ksBlkl sc-dmctIk jRkQVq pega-date-input"><div class="sc-gswNZR sc-ciQpPG bTkzXV">${part('month', 'MM', m, 2)}/${part('day', 'DD', d, 2)}/${part('year', 'YYYY', y, 4)}</div><div class="sc-gswNZR bZdxiN">${mdY ? `<button type="button" aria-label="Clear current date" class="sc-jSUZER sc-hlnMnd iPzsgz">${icon('times')}</button>` : ''}<button type="button" aria-label="${full ? `Selected date: ${full}, ` : ''}Open calendar" class="sc-jSUZER sc-hlnMnd iPzsgz">${icon('calendar')}</button></div></div>${info(id, { info: 'MM/DD/YYYY', ...o })}</fieldset>`;
};

/** ComboBox (single or multi-select); `open` gives its listbox popover for the end of body */
function combo(
  label: string,
  chosen: string[],
  options: string[],
  o: Info & { multi?: boolean; open?: boolean; placeholder?: string } = {},
) {
  const id = o.id ?? uid();
  const listId = `${id}-list`;
  const sel = uid();
  const pills = chosen
    .map(
      (c) =>
        `<li id="${c}" tabindex="-1" aria-label="Remove ${c}" aria-describedby="${sel}-inputDescription" class="sc-eDvSVe bMzXNN"><span aria-hidden="true">${c}</span><button type="button" tabindex="-1" aria-label="Remove ${c}" class="sc-kDvujY gfgRVY">${icon('times')}</button></li>`,
    )
    .join('');
  const attrs = `role="combobox" aria-autocomplete="list" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${listId}"` : ''} aria-haspopup="listbox" aria-describedby="${id}-inputDescription ${id}-searchDescription" spellcheck="false" id="${id}" autocomplete="_off"`;
  const box = o.multi
    ? `<div class="sc-gswNZR sc-dmctIk sc-gLDzan lbBvux"><div class="sc-gswNZR ePBCRr">${chosen.length ? `<ul id="${sel}" aria-label="Selected items">${pills}</ul>` : ''}<input class="sc-gswNZR kBhYQe pega-combo-box pega-combo-box-mode-multi-select" size="1" value=""${chosen.length ? '' : ` placeholder="${o.placeholder ?? ''}"`} aria-required="false" ${attrs}></div><button type="button" aria-label="Open combobox list" class="sc-jSUZER sc-bZkfAO iPzsgz">${icon('caret-down')}</button>${hidden('Arrow down to open, press escape to close. ', ` id="${sel}-inputDescription"`)}${hidden('Start typing to search', ` id="${sel}-searchDescription"`)}</div>`
    : `<div class="sc-gswNZR sc-dmctIk sc-bBABsx eTtLQr"><input class="sc-jrcTuL dIvPfg pega-combo-box pega-combo-box-mode-single-select" size="1" value="${chosen[0] ?? ''}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} ${attrs}><button type="button" aria-label="${o.open ? 'Close' : 'Open'} combobox list" class="sc-jSUZER sc-bZkfAO iPzsgz">${icon('caret-down')}</button></div>`;
  const html = `${formField(id, label, `<div id="${id}-combobox" class="sc-dmctIk sc-kMjNwy hUWqPr">${box}</div>`, o)}${hidden('Arrow down to open, press escape to close. ', ` id="${id}-inputDescription" aria-hidden="true"`)}${hidden('Start typing to search', ` id="${id}-searchDescription" aria-hidden="true"`)}${hidden('Use arrow keys to navigate, press enter to select.', ` id="${id}-multiselectDescription" aria-hidden="true"`)}`;
  const popup = o.open
    ? `<div class="sc-hknOHE iMxpfQ" data-popper-placement="bottom-start" style="position: fixed; inset: 0px auto auto 0px; transform: translate(24px, 310px);"><div id="${id}-menu" class="sc-jcMfQk cVzlBe"><div data-popover-scroll-el="true" class="sc-kiPvrU fMrOVx"><ul id="${listId}" role="listbox" aria-multiselectable="${!!o.multi}" aria-labelledby="${id}-menu-menuLabel">${options.map((v, i) => `<li id="${listId}-${i}" role="option" aria-selected="${chosen.includes(v)}" tabindex="-1" class="sc-gswNZR sc-ivTmOn dJcDNi"><div class="sc-gswNZR jFBGbw"><span>${v}</span></div></li>`).join('')}</ul></div></div></div>`
    : '';
  return { html, popup };
}

const radios = (label: string, chosen: string, options: string[]) => {
  const id = uid();
  const name = uid();
  return `<fieldset id="${id}-field" aria-labelledby="${id}-label" class="sc-gswNZR sc-fEXmlR sc-hmdomO kmZXTe pega-form-field"><div class="sc-gswNZR fKBXRi"><span id="${id}-label" class="sc-iBYQkv fxcmCg">${label}</span></div><div class="sc-gswNZR cIGiyN">${options
    .map((v, i) => {
      const rid = `${id}-${i}`;
      return `<div id="${rid}-field" class="sc-gswNZR sc-fEXmlR sc-eeDRCY kmZXTe pega-form-field"><input class="sc-ezOQGI kYFcsw pega-radio-check pega-radio-check-variant-simple" id="${rid}" type="radio" name="${name}" value="${v}"${v === chosen ? ' checked' : ''}><label class="sc-iBYQkv fxcmCg" for="${rid}"><span class="sc-dmctIk sc-fnGiBr fMXOLu"></span>${v}</label><div id="${rid}-info" class="sc-gKPRtg sc-ftTHYK dVTzLW"></div></div>`;
    })
    .join('')}</div><div id="${id}-info" class="sc-gKPRtg sc-ftTHYK dVTzLW"></div></fieldset>`;
};

/** a FieldGroupList of therapies, each item a fieldset "n. Therapy" with its Delete action, then "Add Therapy" */
const therapyList = (n = 2) =>
  `<div class="sc-gswNZR sc-laZRCg bDuVJX"><div class="sc-gswNZR hMqJvD"><h3 class="sc-hLseeU cvHKDY">Prior therapies</h3><div aria-hidden="true" class="sc-jIRcFI dsbfwG"></div></div><ol aria-label="Prior therapies" class="sc-gswNZR sc-cwSeag fUOqNs">${[
    0, 1,
  ]
    .slice(0, n)
    .map((i) => {
      const t = (c: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i as 0 | 1}.${c}`];
      return `<li class="sc-dtInlm iQxsKV"><div class="sc-kFWlue eYyDtD"><fieldset aria-label="Therapy ${i + 1}" class="sc-bypJrT kIhRXm"><legend class="sc-ktJbId dYULaP"><div class="sc-gswNZR dKzAQk"><div class="sc-gswNZR sc-fXSgeo ePyXRz"><span class="sc-fjvvzt">${i + 1}. Therapy</span></div><button type="button" aria-label="Delete - Therapy ${i + 1}" class="sc-jSUZER sc-hlnMnd iPzsgz">${icon('trash')}</button></div></legend><div class="sc-gswNZR sc-eZkCL gJqKpH"><div>${input('Drug', t('drug'))}${input('Dose', t('dose'))}${dateInput('Start date', t('start'))}${dateInput('Stop date', t('stop'))}${input('Outcome', t('outcome'))}</div></div></fieldset></div></li>`;
    })
    .join('')}</ol><button type="button" class="sc-jSUZER sc-lnPyaJ ckGBZx">${icon('plus')}Add Therapy</button></div>`;

const view = (title: string, body: string) =>
  `<div class="sc-gswNZR psOJn"><h2 class="sc-hLseeU iLKkxF">${title}</h2><div class="sc-gswNZR sc-bjUoiL gaRRPu" style="grid-template-columns: repeat(2, minmax(0, 1fr));">${body}</div></div>`;
const app = (body: string, end = '') =>
  `<div id="pega-root" class="pega-app"><main class="sc-gswNZR hVYbDV"><article aria-labelledby="case-title"><h1 id="case-title">PA-1042 Prior authorization</h1><form novalidate="">${body}<div class="sc-gswNZR kzjxZQ"><button type="button" class="sc-jSUZER iNOqjL">Cancel</button><button type="submit" class="sc-jSUZER kXUxHb">Submit</button></div></form></article></main></div>${end}`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Pega Constellation (Cosmos): Input, DateInput, ComboBox, Select, RadioCheckGroup, FieldGroupList', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(
        `${view('Member', `${input('Member ID', ILARIS['patient.memberId'])}${dateInput('Date of birth', ILARIS['patient.dob'])}${input('Weight (kg)', '72')}`)}
        ${view('Diagnosis', combo('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multi: true, placeholder: 'Search codes' }).html)}
        ${view('Medication', `${combo('Drug name', [ILARIS['drug.name']], DRUGS).html}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${input('Dose (mg)', '150')}${input('Billing units', '150')}${select('Frequency', 'Every 4 weeks', FREQ, { placeholder: 'Select…' })}`)}
        ${view('Labs', `${input('CRP (mg/L)', '24')}${dateInput('CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${therapyList()}
        ${view('Prescriber', input('Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an input by its label, not the error shown under the field before it', () => {
    page(app(`${input('Member ID', 'U48291', { error: 'Enter a valid member ID' })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'patient.memberId': 'U48291', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a DateInput (month, day and year parts in a fieldset named by aria-labelledby) as one date, and an empty one as empty', () => {
    page(app(`${dateInput('Date of birth', ILARIS['patient.dob'])}${dateInput('CRP collection date', '', { error: 'Cannot be blank' })}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads a multi-select ComboBox as its pills, without their "Remove" buttons or the hidden instructions', () => {
    page(
      app(`${combo('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multi: true }).html}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an empty multi-select ComboBox (its placeholder is no value) as empty', () => {
    page(
      app(
        `${combo('ICD-10 codes', [], CODES, { multi: true, placeholder: 'Search codes' }).html}${input('Member ID', ILARIS['patient.memberId'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads an open single-select ComboBox by its input, and nothing from its listbox popover at the end of body', () => {
    const c = combo('Drug name', [ILARIS['drug.name']], DRUGS, { open: true });
    page(app(`${c.html}${input('HCPCS code', ILARIS['drug.hcpcs'])}`, c.popup));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('[data-popper-placement]');
  });

  it('reads a Select by its chosen text, and one showing its "Select…" prompt as empty', () => {
    page(
      app(
        `${select('Frequency', 'Every 8 weeks', FREQ, { placeholder: 'Select…' })}${select('Drug name', '', DRUGS, { placeholder: 'Select…' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  // misread: the label reads "Frequency Read only": the VisuallyHiddenText " Read only" a read-only Select adds inside its label is kept
  it.fails('names a read-only Select by its label, without the hidden " Read only" it adds', () => {
    page(app(`${select('Frequency', 'Every 8 weeks', FREQ, { placeholder: 'Select…', readOnly: true })}${input('Dose (mg)', '150')}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a RadioCheckGroup (a fieldset named by its span label) by its chosen option', () => {
    page(app(`${radios('Frequency', 'Once', FREQ)}${input('Dose (mg)', '150')}`));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'drug.dose': '150' });
  });

  it('reads the editable fields, and nothing from a read-only FieldValueList of the member above them', () => {
    const fv = (name: string, value: string) =>
      `<div class="sc-kmxXQE fWvNlr" data-editable-anchor="true"><dt class="sc-iBYQkv sc-hHTYSt fxcmCg">${name}</dt><dd class="sc-gdyeKB iHmXYN"><div class="sc-jnOGJG lhKIpW">${value}</div></dd></div>`;
    page(
      app(
        `<div class="sc-gswNZR psOJn"><h2 class="sc-hLseeU iLKkxF">Member</h2><dl role="none" class="sc-bjUoiL sc-ePDLzJ gaRRPu">${fv('Member ID', ILARIS['patient.memberId'])}${fv('Date of birth', ILARIS['patient.dob'])}</dl></div>${view('Medication', `${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('Dose (mg)', '150')}`)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.hcpcs': ILARIS['drug.hcpcs'], 'drug.dose': '150' });
    nothingFrom('dl');
  });

  it('reads a FieldGroupList of therapies, one fieldset per item titled "1. Therapy", as two therapies', () => {
    page(app(therapyList()));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });
});
