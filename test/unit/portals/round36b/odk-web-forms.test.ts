import { describe, expect, it } from 'vitest';
import { page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * ODK Web Forms 0.24 (getodk/web-forms at 121c75b, packages/web-forms/src/components: OdkWebForm.vue,
 * form-layout/{FormHeader,FormLanguageMenu,QuestionList,FormGroup,FormPanel,RepeatRange,RepeatInstance,
 * FormQuestion}.vue, form-elements/{ControlText,ControlLabel,ControlHint}.vue, input/{InputControl,InputText,
 * InputNumeric,InputDate}.vue, select/{Select1Control,SelectNControl}.vue, common/{RadioButton,CheckboxWidget,
 * SearchableDropdown,MultiselectDropdown,ValidationMessage,TextMedia}.vue) drawn with PrimeVue 4.3.3
 * (primefaces/primevue at tag 4.3.3: Panel, InputNumber, DatePicker, Select, MultiSelect, RadioButton,
 * Checkbox templates and their *Style.js classes):
 * - no `<form>`: `div.odk-form > div.form-wrapper`, the header twice (desktop `div.hidden.lg:inline` and
 *   mobile `div.lg:hidden`, PrimeFlex classes) each with the language Select (aria-label "change
 *   language"), the questions in a `p-card`, a "Send" button.
 * - a question: `div#<nodeId>_container.question-container` (`highlight` while its error shows) >
 *   `div.control-text > label[for=<nodeId>]` (`required` class) + `div.hint`, then
 *   `div.input-control-container` > the control, then `div.validation-placeholder >
 *   span.validation-message` (v-show: `display: none` until shown). nodeIds are `node:cl-<n>` (Solid's
 *   createUniqueId behind xforms-engine's nodeID()).
 * - decimal: InputNumber with buttons (`span.p-inputnumber` > `input[role=spinbutton]` + a stacked pair
 *   of `aria-hidden` buttons); date: DatePicker with `show-icon icon-display="input"` and NO inputId, so
 *   the label's `for` names nothing; its `input[role=combobox][aria-haspopup=dialog]` shows "mm/dd/yy"
 *   (PrimeVue's en locale, "03/14/1988"); its panel is portalled to the end of body while open.
 * - select_one: `div.default-appearance` of `label.value-option[for=<nodeId>_<choice>]` > PrimeVue
 *   RadioButton (`input[type=radio][name=<nodeId>][value=<choice name>]`) + `span.text-content`;
 *   select_multiple the same with Checkbox. `minimal`/`autocomplete`: PrimeVue Select (`id` on its
 *   root div, `span.p-select-label[role=combobox]`; its overlay with the filter searchbox portalled to
 *   body while open) or MultiSelect (`id="<nodeId>-control"`, the `inputId` on a readonly combobox in
 *   `div.p-hidden-accessible`, the chosen labels joined ", " in `div.p-multiselect-label`).
 * - groups and repeat instances: PrimeVue Panel (toggleable) with a custom header `div.panel-title
 *   [role=button] > h2 > svg + span` (a repeat adds `span.label-number`), the content in
 *   `div.p-panel-content-container[role=region]` (v-show: `display: none` while collapsed); "Add <repeat
 *   label>" button after the instances. A read-only question's control is `disabled`.
 */

let n = 0;
const nid = () => `node:cl-${++n}`;
const svg = (cls = 'odk-icon odk-icon-md') =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}"><path d="M7 10l5 5 5-5z"></path></svg>`;
const pIcon = (cls: string) =>
  `<svg width="14" height="14" viewBox="0 0 14 14" fill="none" xmlns="http://www.w3.org/2000/svg" class="p-icon ${cls}" aria-hidden="true"><path d="M7 10 2 4h10z" fill="currentColor"></path></svg>`;

type Q = { hint?: string; error?: string; required?: boolean };
const question = (id: string, label: string, control: string, o: Q = {}) =>
  `<div id="${id}_container" class="question-container${o.error ? ' highlight' : ''}"><div class="control-text"><label for="${id}"${o.required ? ' class="required"' : ''}>${label}</label>${
    o.hint ? `<div class="hint">${o.hint}</div>` : ''
  }</div><div class="input-control-container">${control}</div><div class="validation-placeholder"><span class="validation-message"${o.error ? '' : ' style="display: none;"'}>${o.error ?? ''}</span></div></div>`;

const text = (label: string, value: string, o: Q & { disabled?: boolean } = {}) => {
  const id = nid();
  return question(
    id,
    label,
    `<input type="text" class="p-inputtext p-component" id="${id}"${o.required ? ' required=""' : ''}${o.disabled ? ' disabled=""' : ''} data-pc-name="inputtext" data-pc-section="root" value="${value}">`,
    o,
  );
};
const decimal = (label: string, value: string, o: Q & { disabled?: boolean } = {}) => {
  const id = nid();
  const btn = (k: 'increment' | 'decrement') =>
    `<button class="p-inputnumber-button p-inputnumber-${k}-button" tabindex="-1" aria-hidden="true" type="button"${o.disabled ? ' disabled=""' : ''} data-pc-section="${k}button">${pIcon('')}</button>`;
  return question(
    id,
    label,
    `<span class="p-inputnumber p-component p-inputwrapper${value ? ' p-inputwrapper-filled' : ''} p-inputnumber-stacked" data-pc-name="inputnumber"><input type="text" class="p-inputtext p-component p-inputnumber-input" id="${id}" role="spinbutton" aria-valuenow="${value}" inputmode="decimal"${o.disabled ? ' disabled=""' : ''} data-pc-name="pcinputtext" value="${value}"><span class="p-inputnumber-button-group">${btn('increment')}${btn('decrement')}</span></span>`,
    o,
  );
};
let pv = 0;
const date = (label: string, value: string, o: Q & { open?: boolean } = {}) => {
  const id = nid();
  const root = `pv_id_${++pv}`;
  return question(
    id,
    label,
    `<span id="${root}" class="p-datepicker p-component p-inputwrapper${value ? ' p-inputwrapper-filled' : ''}${o.open ? ' p-inputwrapper-focus p-focus' : ''}" data-pc-name="datepicker"><input type="text" class="p-inputtext p-component p-datepicker-input" role="combobox" placeholder="mm/dd/yy" autocomplete="off" aria-autocomplete="none" aria-haspopup="dialog" aria-expanded="${!!o.open}" aria-controls="${root}_panel" inputmode="none" tabindex="0" data-p-has-e-icon="true" value="${value}"><span class="p-datepicker-input-icon-container">${pIcon('p-datepicker-input-icon')}</span></span>`,
    o,
  );
};
/** the DatePicker's open panel at the end of body (November 2026, day 2 chosen) */
const datePanel = (root: string) => {
  const days = Array.from(
    { length: 5 },
    (_, w) =>
      `<tr>${Array.from({ length: 7 }, (_, d) => {
        const day = w * 7 + d + 1;
        return `<td aria-label="${day}" class="p-datepicker-day-cell"><span class="p-datepicker-day${day === 2 ? ' p-datepicker-day-selected' : ''}" draggable="false" data-p-selected="${day === 2}">${day <= 30 ? day : ''}</span></td>`;
      }).join('')}</tr>`,
  ).join('');
  return `<div id="${root}_panel" class="p-datepicker-panel p-component" role="dialog" aria-modal="true" aria-label="Choose Date" style="z-index: 1101; position: absolute; top: 412px; left: 40px;"><div class="p-datepicker-calendar-container"><div class="p-datepicker-calendar"><div class="p-datepicker-header"><button class="p-button p-component p-button-icon-only p-button-secondary p-button-rounded p-button-text p-datepicker-prev-button" type="button" aria-label="Previous Month">${pIcon('p-button-icon')}</button><div class="p-datepicker-title"><button type="button" class="p-datepicker-select-month" aria-label="Choose Month">November</button><button type="button" class="p-datepicker-select-year" aria-label="Choose Year">2026</button></div><button class="p-button p-component p-button-icon-only p-button-secondary p-button-rounded p-button-text p-datepicker-next-button" type="button" aria-label="Next Month">${pIcon('p-button-icon')}</button></div><table class="p-datepicker-day-view" role="grid"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th scope="col" class="p-datepicker-weekday-cell"><span class="p-datepicker-weekday">${d}</span></th>`).join('')}</tr></thead><tbody>${days}</tbody></table></div></div><div class="p-datepicker-buttonbar"><button class="p-button p-component p-button-secondary p-button-sm p-datepicker-today-button" type="button"><span class="p-button-label">Today</span></button><button class="p-button p-component p-button-secondary p-button-sm p-datepicker-clear-button" type="button"><span class="p-button-label">Clear</span></button></div></div>`;
};

type Choice = [name: string, label: string];
const choices = (type: 'radio' | 'checkbox', label: string, opts: Choice[], chosen: string[], o: Q = {}) => {
  const id = nid();
  const cls = type === 'radio' ? 'p-radiobutton' : 'p-checkbox';
  return question(
    id,
    label,
    `<div class="default-appearance">${opts
      .map(([name, text]) => {
        const on = chosen.includes(name);
        return `<label for="${id}_${name}" class="value-option${on ? ' active' : ''}"><div class="${cls} p-component${on ? ` ${cls}-checked` : ''}" data-p-checked="${on}" data-pc-name="${type === 'radio' ? 'radiobutton' : 'checkbox'}"><input id="${id}_${name}" type="${type}" class="${cls}-input" value="${name}" name="${id}"${on ? ' checked=""' : ''}><div class="${cls}-box"><div class="${cls}-icon"></div></div></div><span class="text-content">${text}</span></label>`;
      })
      .join('')}</div>`,
    o,
  );
};
const FREQ: Choice[] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const CODES: Choice[] = [
  ['M04.1', 'M04.1'],
  ['M06.1', 'M06.1'],
  ['M04.8', 'M04.8'],
];

/** `minimal` select_one: PrimeVue Select; `filter` typed in its open overlay (autocomplete appearance) */
const dropdown = (label: string, chosen: string, opts: string[], open?: { filter: string }) => {
  const id = nid();
  const html = question(
    id,
    label,
    `<div id="${id}" class="p-select p-component p-inputwrapper${chosen ? ' p-inputwrapper-filled' : ''}${open ? ' p-inputwrapper-focus p-select-open' : ''} dropdown" data-pc-name="select"><span class="p-select-label" tabindex="0" role="combobox"${chosen ? ` aria-label="${chosen}"` : ''} aria-haspopup="listbox" aria-expanded="${!!open}" aria-controls="${id}_list" aria-disabled="false">${chosen}</span><div class="p-select-dropdown">${pIcon('p-select-dropdown-icon')}</div></div>`,
  );
  const shown = open ? opts.filter((v) => v.toLowerCase().includes(open.filter.toLowerCase())) : [];
  const overlay = open
    ? `<div class="p-select-overlay p-component" style="position: absolute; top: 260px; left: 40px; min-width: 320px; z-index: 1001;" data-pc-section="overlay"><span role="presentation" aria-hidden="true" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-accessible="true" data-p-hidden-focusable="true"></span><div class="p-select-header"><div class="p-iconfield" data-pc-name="pcfiltercontainer"><input type="text" class="p-inputtext p-component p-select-filter" role="searchbox" autocomplete="off" aria-owns="${id}_list" value="${open.filter}"><span class="p-inputicon">${pIcon('')}</span></div><span role="status" aria-live="polite" class="p-hidden-accessible" data-p-hidden-accessible="true">${shown.length} results are available</span></div><div class="p-select-list-container" style="max-height: 14rem;"><ul id="${id}_list" class="p-select-list" role="listbox">${shown
        .map(
          (v, i) =>
            `<li id="${id}_${i}" class="p-select-option${v === chosen ? ' p-select-option-selected' : ''}${i === 0 ? ' p-focus' : ''}" role="option" aria-label="${v}" aria-selected="${v === chosen}" aria-disabled="false" aria-setsize="${shown.length}" aria-posinset="${i + 1}">${v}</li>`,
        )
        .join(
          '',
        )}</ul></div><span role="presentation" aria-hidden="true" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-accessible="true" data-p-hidden-focusable="true"></span></div>`
    : '';
  return { html, overlay };
};
/** `minimal` select_multiple: PrimeVue MultiSelect with the chosen labels joined ", " */
const multiselect = (label: string, chosen: string[]) => multiselectOpen(label, chosen, []).html;
/** the same, open: `options` listed in its overlay (each with PrimeVue's Checkbox), `filter` typed (autocomplete) */
const multiselectOpen = (label: string, chosen: string[], options: string[], filter?: string) => {
  const id = nid();
  const open = options.length > 0;
  const shown = filter ? options.filter((v) => v.toLowerCase().includes(filter.toLowerCase())) : options;
  const overlay = open
    ? `<div class="p-multiselect-overlay p-component" style="position: absolute; top: 540px; left: 40px; min-width: 320px; z-index: 1001;" data-pc-section="overlay"><span role="presentation" aria-hidden="true" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-accessible="true" data-p-hidden-focusable="true"></span>${
        filter !== undefined
          ? `<div class="p-multiselect-header"><div class="p-iconfield p-multiselect-filter-container"><input type="text" class="p-inputtext p-component p-multiselect-filter" role="searchbox" autocomplete="off" aria-owns="${id}-control_list" value="${filter}"><span class="p-inputicon">${pIcon('')}</span></div><span role="status" aria-live="polite" class="p-hidden-accessible" data-p-hidden-accessible="true">${shown.length} results are available</span></div>`
          : ''
      }<div class="p-multiselect-list-container" style="max-height: 14rem;"><ul id="${id}-control_list" class="p-multiselect-list" role="listbox" aria-multiselectable="true" aria-label="Option List">${shown
        .map((v, i) => {
          const on = chosen.includes(v);
          return `<li id="${id}-control_${i}" class="p-multiselect-option${on ? ' p-multiselect-option-selected' : ''}" role="option" aria-label="${v}" aria-selected="${on}" aria-disabled="false" aria-setsize="${shown.length}" aria-posinset="${i + 1}" data-p-selected="${on}" data-p-focused="false" data-p-disabled="false"><div class="p-checkbox p-component${on ? ' p-checkbox-checked' : ''}" data-p-checked="${on}" data-pc-name="pcoptioncheckbox"><input type="checkbox" class="p-checkbox-input" tabindex="-1"${on ? ' checked' : ''}><div class="p-checkbox-box">${on ? pIcon('p-checkbox-icon') : ''}</div></div>${v}</li>`;
        })
        .join(
          '',
        )}</ul></div><span role="presentation" aria-hidden="true" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-accessible="true" data-p-hidden-focusable="true"></span></div>`
    : '';
  const html = question(
    id,
    label,
    `<div id="${id}-control" class="p-multiselect p-component p-inputwrapper${chosen.length ? ' p-inputwrapper-filled' : ''}${open ? ' p-inputwrapper-focus p-multiselect-open' : ''} multi-select-dropdown" data-pc-name="multiselect"><div class="p-hidden-accessible" data-p-hidden-accessible="true"><input id="${id}" type="text" readonly="" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="${open}" aria-controls="${id}-control_list"></div><div class="p-multiselect-label-container"><div class="p-multiselect-label${chosen.length ? '' : ' p-multiselect-label-empty'}">${chosen.join(', ')}</div></div><div class="p-multiselect-dropdown">${pIcon('p-multiselect-dropdown-icon')}</div></div>`,
  );
  return { html, overlay };
};

let panels = 0;
/** a group or repeat instance: PrimeVue Panel with ODK's header; `number` for a repeat instance */
const panel = (title: string, body: string, o: { number?: number; collapsed?: boolean } = {}) => {
  const id = `pv_id_${++panels + 100}`;
  const repeat = o.number !== undefined;
  return `<div class="p-panel p-component p-panel-toggleable ${repeat ? 'is-repeat with-context-menu' : 'no-context-menu'}${o.collapsed ? ' panel-content-hidden' : ''}" data-pc-name="panel"><div class="p-panel-header"><div class="panel-title" role="button"><h2>${svg()}<span>${title}</span></h2>${
    repeat ? `<span class="label-number">${o.number}</span>` : ''
  }</div><div class="p-panel-header-actions">${
    repeat ? `<button type="button" class="p-button p-component p-button-text button-menu" data-pc-name="button">${svg()}</button>` : ''
  }<button type="button" id="${id}_header" class="p-button p-component p-button-icon-only p-button-secondary p-button-rounded p-button-text p-panel-toggle-button" aria-controls="${id}_content" aria-expanded="${!o.collapsed}" data-pc-name="pctogglebutton">${pIcon('p-button-icon')}</button></div></div><div id="${id}_content" class="p-panel-content-container" role="region" aria-labelledby="${id}_header"${o.collapsed ? ' style="display: none;"' : ''}><div class="p-panel-content"><div class="content-wrapper">${repeat ? body : `<div class="gap-2 flex flex-column">${body}</div>`}</div></div></div></div>`;
};
const therapy = (i: 0 | 1, o: { collapsed?: boolean } = {}) => {
  const t = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
  return panel(
    'Prior therapy',
    `${text('Drug', t('drug'))}${text('Dose', t('dose'))}${date('Start date', t('start'))}${date('Stop date', t('stop'))}${text('Outcome', t('outcome'))}`,
    { number: i + 1, ...o },
  );
};
const addTherapy = `<button type="button" class="p-button p-component p-button-outlined p-button-contrast button-add-instance" data-pc-name="button">${svg()}<span> Add Prior therapy</span></button>`;

const languageMenu = `<div class="p-select p-component p-inputwrapper p-inputwrapper-filled align-items-center with-icon language-changer" data-pc-name="select"><span class="p-select-label" tabindex="0" role="combobox" aria-label="change language" aria-haspopup="listbox" aria-expanded="false" aria-controls="pv_id_1_list" aria-disabled="false">${svg()}<span>English (en)</span></span><div class="p-select-dropdown">${pIcon('p-select-dropdown-icon')}</div></div>`;
const odk = (questions: string, o: { tail?: string; languages?: boolean } = {}) =>
  `<div id="app"><div class="form-initialization-status ready"></div><div class="odk-form"><div class="form-wrapper"><div class="hidden lg:inline larger-screens"><div class="flex justify-content-end flex-wrap gap-3">${o.languages ? languageMenu : ''}</div><div class="p-card p-component form-title"><div class="p-card-body"><div class="p-card-content"><h1>Ilaris prior authorization</h1></div></div></div></div><div class="flex lg:hidden align-items-start justify-content-between smaller-screens"><h1>Ilaris prior authorization</h1><div class="form-options">${o.languages ? languageMenu : ''}</div></div><div class="p-card p-component questions-card"><div class="p-card-body"><div class="p-card-content"><div class="form-questions"><div class="flex flex-column gap-2">${questions}</div></div></div></div></div><div class="footer flex justify-content-end flex-wrap gap-3"><button type="button" class="p-button p-component" data-pc-name="button"><span class="p-button-label">Send</span></button></div></div><div class="powered-by-wrapper"><a class="anchor" href="https://getodk.org" target="_blank"><span class="caption">Powered by</span><img class="logo" src="/odk-logo.svg" alt="ODK"></a><div class="version">v0.24.0</div></div></div></div>${o.tail ?? ''}`;

const member = () =>
  panel(
    'Member',
    `${text('Member ID', ILARIS['patient.memberId'], { required: true })}${date('Date of birth', ILARIS['patient.dob'])}${decimal('Weight (kg)', '72')}`,
  );
const medication = (drug = dropdown('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']).html) =>
  panel(
    'Medication',
    `${drug}${text('HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', ILARIS['drug.ndc'])}${decimal('Dose (mg)', '150')}${decimal('Billing units', '150')}${choices('radio', 'Frequency', FREQ, ['q4w'])}`,
  );
const rest = (codes = choices('checkbox', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'])) =>
  `${panel('Diagnosis', codes)}${panel('Labs', `${decimal('CRP (mg/L)', '24')}${date('CRP collection date', ILARIS['labs.crpDate'])}`)}${therapy(0)}${therapy(1)}${addTherapy}${panel('Prescriber', text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`;
const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('ODK Web Forms (PrimeVue 4): groups as panels, repeats, radios, checkboxes, dropdowns, date pickers', () => {
  it('reads the full Ilaris request', () => {
    page(odk(`${member()}${medication()}${rest()}`, { languages: true }));
    expect(read()).toEqual(FULL);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads the frequency radios by their labels, not their choice names, and nothing when none is chosen', () => {
    page(odk(`${member()}${medication()}`));
    expect(read()['drug.frequency']).toBe('Every 4 weeks');
    page(odk(panel('Medication', `${text('HCPCS code', ILARIS['drug.hcpcs'])}${choices('radio', 'Frequency', FREQ, [])}`)));
    expect(read()).toEqual({ 'drug.hcpcs': ILARIS['drug.hcpcs'], 'drug.frequency': '' });
  });

  it('reads the ticked checkboxes as the ICD-10 codes, and a minimal select_multiple by its shown labels', () => {
    page(
      odk(
        `${member()}${panel('Diagnosis', choices('checkbox', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { hint: 'Tick every code that applies' }))}`,
      ),
    );
    expect(read()['diagnosis.codes.0']).toBe('M04.1, M06.1');
    page(odk(`${member()}${panel('Diagnosis', multiselect('ICD-10 codes', ['M04.1', 'M06.1']))}`));
    expect(read()['diagnosis.codes.0']).toBe('M04.1, M06.1');
    noDuplicatePaths();
  });

  it('reads the drug dropdown as its choice and nothing from its open overlay with a search typed', () => {
    const drug = dropdown('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { filter: 'kin' });
    page(odk(`${member()}${medication(drug.html)}`, { tail: drug.overlay }));
    expect(read()['drug.name']).toBe(ILARIS['drug.name']);
    nothingFrom('.p-select-overlay');
    noDuplicatePaths();
  });

  it('reads the chosen codes and nothing from the open select_multiple overlay with a filter typed', () => {
    const codes = multiselectOpen('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], 'M0');
    page(odk(`${member()}${panel('Diagnosis', codes.html)}${panel('Labs', decimal('CRP (mg/L)', '24'))}`, { tail: codes.overlay }));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'labs.crpValue': '24',
    });
    nothingFrom('.p-multiselect-overlay');
  });

  it('reads a date from its picker input and nothing from the open calendar panel at the end of body', () => {
    const crpDate = date('CRP collection date', ILARIS['labs.crpDate'], { open: true });
    const root = /id="(pv_id_\d+)"/.exec(crpDate)![1]!;
    page(
      odk(`${member()}${panel('Labs', `${decimal('CRP (mg/L)', '24')}${crpDate}`)}${therapy(0)}${therapy(1)}`, { tail: datePanel(root) }),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'labs.crpValue': '24',
      'labs.crpDate': ILARIS['labs.crpDate'],
      ...THERAPIES,
    });
    nothingFrom('.p-datepicker-panel');
  });

  it('keeps a collapsed therapy panel in its place', () => {
    page(odk(`${member()}${therapy(0, { collapsed: true })}${therapy(1)}${addTherapy}`));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      ...THERAPIES,
    });
  });

  it('names a field by its label without its hint or the constraint message shown under it', () => {
    page(
      odk(
        panel(
          'Member',
          `${text('Member ID', ILARIS['patient.memberId'], { required: true, hint: 'As printed on the insurance card' })}${decimal('Weight (kg)', '720', { error: 'Weight must be between 2 and 300 kg' })}${decimal('CRP (mg/L)', '24', { hint: 'Most recent value' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '720', 'labs.crpValue': '24' });
  });

  // misread: WRONG VALUE: the previous request's disabled "ICD-10 code" (M04.8, in its own panel before the
  // form's) is read as diagnosis.codes.0, and the ticked checkboxes are pushed to diagnosis.codes.1
  it.fails('reads nothing from the read-only answers of the previous request', () => {
    const previous = panel(
      'Previous request (denied 08/12/2026)',
      `${text('ICD-10 code', 'M04.8', { disabled: true })}${decimal('Dose (mg)', '300', { disabled: true })}${text('Prescriber NPI', '1987654321', { disabled: true })}`,
    );
    page(odk(`${member()}${previous}${medication()}${rest()}`, { languages: true }));
    expect(read()).toEqual(FULL);
    nothingFrom('.language-changer');
  });
});
