import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Taiga UI 4 legacy controls (@taiga-ui/legacy 4.x, the Taiga 3 API: tui-input, tui-select, tui-combo-box,
 * tui-input-date, tui-input-tag), from taiga-family/taiga-ui at 01230283 / 9e2acd56 / 069a7045:
 * projects/legacy/components/primitive-textfield/primitive-textfield.template.html + .component.ts,
 * value-decoration/value-decoration.template.html + .component.ts, input/input.template.html,
 * select/select.template.html + select.component.ts (computedValue), combo-box/combo-box.template.html,
 * input-date/input-date.template.html, input-tag/input-tag.template.html + input-tag.component.ts,
 * tag/tag.template.html; projects/core/directives/dropdown/dropdown-open.directive.ts (no ARIA on the host).
 * The Taiga 4 tui-textfield family is in round6/taiga.test.ts; this file is the legacy one still in most apps.
 * - Every control: `tui-<name>` > `div.t-hosted` > `tui-primitive-textfield[data-size]` > `div[tuiwrapper]` >
 *   the native `input.t-input#tui_interactive_…` (readonly for tui-select), `div.t-input_template` (the select's
 *   value template `div.t-value > div.t-primitive-value`), `div.t-content` > `div.t-wrapper` > `label.t-placeholder
 *   [for=<input id>]` (the projected text; `span.tui-required` draws "*" by CSS) + `tui-value-decoration[aria-hidden]`
 *   (`span.t-prefix`, `span.t-ghost` = the value again, `span.t-filler`, `span.t-postfix`), then `div.t-icons`
 *   (the `tui-icon` chevron or calendar). No role, no aria-expanded: the dropdown directive sets none.
 * - Dropdowns render in `tui-dropdowns` at the end of `tui-root`: `tui-data-list[role=listbox]` of
 *   `button[tuiOption][role=option]` > `tui-select-option` (text + a check `tui-icon` on the chosen one);
 *   tui-input-date's is `tui-calendar` (spin button "March 1988", day cells) plus a "Today" link button.
 * - tui-input-tag (size l, label inside): the label is a `div.t-placeholder` (no `<label>`), the values are plain
 *   `span.t-text` before `div.t-input-wrapper` (`div.t-ghost` + `input.t-native`); with label outside (or size s)
 *   they are `tui-tag` > `div.t-tag` > `span.t-text` + a remove `tui-icon.t-icon`, and the app labels the control
 *   with a wrapping core `label[tuiLabel][data-orientation=vertical]` (core/components/label/label.directive.ts).
 * - Core radios/checkboxes (projects/core/components/radio/radio.component.ts): `input[type=radio][tuiRadio]` with
 *   data-size / data-appearance in a `label[tuiLabel][data-orientation=horizontal]` holding the option text.
 * - Errors: `tui-error > span.t-message-text`; tables: `table[tuiTable]`, `th[tuiTh]`, `td[tuiTd]`.
 */

let n = 0;
const uid = () => `tui_interactive_${(n += 1)}${'1733349012'}`;
const icon = (name: string, cls = 't-icon') =>
  `<tui-icon class="${cls}" data-icon="svg" style="--t-icon: url(assets/taiga-ui/icons/${name}.svg);"></tui-icon>`;

type O = { required?: boolean; readonly?: boolean; template?: string; iconName?: string; outside?: boolean; host?: string };

function textfield(tag: string, label: string, value: string, o: O = {}) {
  const id = uid();
  const lbl =
    o.outside && value
      ? ''
      : `<label automation-id="tui-primitive-textfield__placeholder" class="t-placeholder${value ? ' t-placeholder_raised' : ''}" for="${id}">${o.outside ? '' : label}${o.required ? ' <span class="tui-required"></span>' : ''}</label>`;
  return `<${tag} ${o.host ?? ''} class="ng-untouched ng-pristine ng-valid${o.template !== undefined ? ' _has-value' : ''}" data-size="l"><div class="t-hosted"><tui-primitive-textfield automation-id="${tag}__textfield" class="t-textfield${o.template ? ' _hidden' : ''}${o.outside ? ' _label-outside' : ''}${o.readonly ? ' _readonly' : ''}" data-size="${o.outside ? 'm' : 'l'}" style="--border-start: 0rem; --border-end: ${o.iconName ? '2.25' : '0'}rem;"><div automation-id="tui-primitive-textfield__wrapper" tuiwrapper="" data-appearance="${o.outside ? 'table' : 'textfield'}"><input automation-id="tui-primitive-textfield__native-input" class="t-input" id="${id}" tabindex="0"${o.readonly ? ' readonly=""' : ''} value="${value}"><div automation-id="tui-primitive-textfield__value" class="t-input t-input_template${o.template ? '' : ' t-input_template_hidden'}">${o.template ?? ''}</div><div class="t-content"><div class="t-wrapper">${lbl}<div class="t-wrapper-value-decoration"><tui-value-decoration aria-hidden="true" automation-id="tui-primitive-textfield__value-decoration" class="t-value-decoration${value ? ' t-has-value' : ''}"><span class="t-prefix"></span><span class="t-ghost">${value}</span><span class="t-filler"></span><span class="t-postfix"></span></tui-value-decoration></div></div><div class="t-icons">${o.iconName ? `<div class="t-icon t-textfield-icon">${icon(o.iconName)}</div>` : ''}</div></div></div></tui-primitive-textfield></div></${tag}>`;
}

const input = (label: string, value: string, o: O = {}) => textfield('tui-input', label, value, o);
/** tui-select: readonly input holding the stringified item, the value template showing it, a chevron */
const select = (label: string, value: string, o: O = {}) =>
  textfield('tui-select', label, value, {
    ...o,
    readonly: true,
    iconName: 'chevron-down',
    template: value
      ? `<div automation-id="tui-select__value" class="t-value"><div class="t-primitive-value">${value}</div></div>`
      : undefined,
  });
const comboBox = (label: string, value: string) => textfield('tui-combo-box', label, value, { iconName: 'chevron-down' });
const inputDate = (label: string, value: string) => textfield('tui-input-date', label, value, { iconName: 'calendar' });

/** tui-input-tag; `outside` draws tui-tags with remove icons, else plain comma texts */
function inputTag(label: string, tags: string[], o: { outside?: boolean; search?: string } = {}) {
  const id = uid();
  const items = o.outside
    ? tags.map(
        (t) =>
          `<tui-tag automation-id="tui-input-tag__tag" tabindex="-1" class="t-tag _hoverable" data-size="m" data-status="default"><div class="t-tag"><span automation-id="tui-tag__text" class="t-text">${t}</span>${icon('close')}</div></tui-tag>`,
      )
    : tags.map((t) => `<span class="t-text">${t}</span>`);
  return `<tui-input-tag class="ng-untouched ng-pristine ng-valid${o.outside ? ' _label-outside' : ''}" data-size="${o.outside ? 'm' : 'l'}"><div class="t-hosted"><div tuiwrapper="" data-appearance="textfield"><div class="t-content"><div class="t-wrapper"><div class="t-absolute-wrapper">${!o.outside || !tags.length ? `<div automation-id="tui-input-tag__placeholder" class="t-placeholder${tags.length && !o.outside ? ' t-placeholder_raised' : ''}">${label}</div>` : ''}</div><tui-scrollbar class="t-scrollbar" hidden=""><div class="t-tags${tags.length ? '' : ' t-tags_empty'}">${items.join('')}<div class="t-input-wrapper"><div class="t-ghost">${o.search ?? ''}</div><input automation-id="tui-input-tag__native" type="text" class="t-native" id="${id}" tabindex="0" placeholder="" value="${o.search ?? ''}"></div></div><div class="t-value-content"></div></tui-scrollbar></div></div></div></div></tui-input-tag>`;
}

const dataList = (options: string[], chosen: string) =>
  `<tui-data-list role="listbox" data-size="l">${options
    .map(
      (v) =>
        `<button tuioption="" type="button" role="option" class="tui-option" data-size="l"><tui-select-option>${v}${v === chosen ? icon('check', 't-checkmark') : ''}</tui-select-option></button>`,
    )
    .join('')}</tui-data-list>`;
const calendar = () =>
  `<tui-calendar automation-id="tui-input-date__calendar"><tui-calendar-spin class="t-spin"><tui-spin-button class="t-spin"><button tuiiconbutton="" type="button" class="t-left">Previous</button><span class="t-content"><button type="button" class="t-value">November 2026</button></span><button tuiiconbutton="" type="button" class="t-right">Next</button></tui-spin-button></tui-calendar-spin><tui-calendar-sheet><div class="t-row t-row_weekday">${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => `<div class="t-cell">${d}</div>`).join('')}</div>${[
    0, 7,
  ]
    .map(
      (s) =>
        `<div automation-id="tui-calendar-sheet__row" class="t-row">${[1, 2, 3, 4, 5, 6, 7].map((d) => `<div automation-id="tui-calendar-sheet__cell" class="t-cell${s + d === 2 ? ' t-cell_today' : ''}" data-range="${s + d === 2 ? 'single' : ''}" data-type="weekday"><div class="t-item">${s + d}</div></div>`).join('')}</div>`,
    )
    .join('')}</tui-calendar-sheet></tui-calendar><div class="t-button"><button tuilink="" type="button">Today</button></div>`;
const dropdown = (content: string) =>
  `<tui-dropdowns><tui-dropdown data-appearance="" style="top: 300px; left: 24px; width: 480px;"><div class="t-primitive">${content}</div></tui-dropdown></tui-dropdowns>`;

const root = (body: string, overlays = '') =>
  `<app-root><tui-root data-tui-version="4.36.0"><div class="t-root-scrollbar"></div><div class="t-root-content"><form novalidate class="ng-untouched ng-pristine ng-valid">${body}<div class="tui-form__buttons"><button tuibutton="" type="submit" data-appearance="primary" data-size="l">Submit</button></div></form></div>${overlays}<tui-alerts></tui-alerts></tui-root></app-root>`;
const header = (t: string) => `<h3 class="tui-form__header">${t}</h3>`;
const row = (c: string) => `<div class="tui-form__row">${c}</div>`;
const error = (m: string) => `<tui-error class="_error"><span class="t-message-text">${m}</span></tui-error>`;
const table = (cols: string[], rows: string[][]) =>
  `<table tuitable="" class="tui-table" data-size="m"><thead><tr tuithgroup="">${cols.map((c) => `<th tuith="" class="_sticky">${c}</th>`).join('')}</tr></thead><tbody tuitbody="">${rows.map((r) => `<tr tuitr="">${r.map((c) => `<td tuitd="">${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
/** a v4 `label[tuiLabel]` wrapping a control drawn with its label outside (data-orientation vertical) */
const outsideLabel = (text: string, control: string) =>
  `<label tuilabel="" class="tui-label" data-orientation="vertical">${text}${control}</label>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Taiga UI legacy: tui-input, tui-select, tui-combo-box, tui-input-date, tui-input-tag, tuiTable', () => {
  // misread: everything but the codes: the tui-tags (remove control a bare `tui-icon`) are no chips to the
  // reader, diagnosis.codes.0 is missing (see the tui-input-tag test below)
  it.fails('reads the full Ilaris request', () => {
    const therapies = table(
      ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
      THERAPY_ROWS.map((r) => r.map((v) => input('', v, { outside: true }))),
    );
    page(
      root(`${header('Member')}${row(input('Member ID', ILARIS['patient.memberId'], { required: true }))}${row(inputDate('Date of birth', ILARIS['patient.dob']))}${row(input('Weight (kg)', '72'))}
        ${header('Diagnosis')}${row(outsideLabel('ICD-10 codes', inputTag('ICD-10 codes', ['M04.1', 'M06.1'], { outside: true })))}
        ${header('Medication')}${row(comboBox('Drug name', ILARIS['drug.name']))}${row(input('HCPCS code', ILARIS['drug.hcpcs']))}${row(input('NDC', ILARIS['drug.ndc']))}${row(input('Dose (mg)', '150'))}${row(input('Billing units', '150'))}${row(select('Frequency', 'Every 4 weeks'))}
        ${header('Labs')}${row(input('CRP (mg/L)', '24'))}${row(inputDate('CRP collection date', ILARIS['labs.crpDate']))}
        ${header('Prior therapies')}${therapies}
        ${header('Prescriber')}${row(input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a tui-input by its projected label without the required marker, and not by the value decoration', () => {
    page(
      root(
        `${row(input('Member ID', ILARIS['patient.memberId'], { required: true }))}${row(input('Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    nothingFrom('tui-value-decoration');
  });

  it('reads a tui-select by its readonly input once, and nothing from its open data list in tui-dropdowns', () => {
    page(
      root(
        `${row(select('Drug name', DRUGS[0]!))}${row(select('Frequency', 'Every 8 weeks'))}`,
        dropdown(dataList(['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 8 weeks')),
      ),
    );
    expect(read()).toEqual({ 'drug.name': DRUGS[0], 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('tui-dropdowns');
    noDuplicatePaths();
  });

  it('reads an empty tui-select and tui-combo-box (label only, no value template) as empty', () => {
    page(root(`${row(select('Frequency', ''))}${row(comboBox('Drug name', ''))}`, dropdown(dataList(DRUGS, ''))));
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': '' });
  });

  it('reads tui-input-date as shown (MDY and the default DD.MM.YYYY), and nothing from its open calendar or "Today" link', () => {
    page(
      root(
        `${row(inputDate('Date of birth', ILARIS['patient.dob']))}${row(inputDate('CRP collection date', '02.11.2026'))}`,
        dropdown(calendar()),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '02.11.2026' });
    nothingFrom('tui-dropdowns');
  });

  // misread: returns '' (only the empty search input): a `tui-tag` whose remove control is a `tui-icon` with no
  // role or name, in `div.t-tags`, is not taken for a chip
  it.fails('reads tui-input-tag tags (label outside: tui-tag with remove icons) as the ICD-10 codes', () => {
    page(root(row(outsideLabel('ICD-10 codes', inputTag('ICD-10 codes', ['M04.1', 'M06.1'], { outside: true })))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('tui-tag');
  });

  // misread: read() is {}: the codes drawn as plain `span.t-text` (the default size-l input-tag, label inside) are
  // no chips, and its label, a `div.t-placeholder` (no `<label>`), names nothing: the input is claimed by no path
  it.fails('reads a default tui-input-tag (label inside, codes as plain texts) as the ICD-10 codes', () => {
    page(root(row(inputTag('ICD-10 codes', ['M04.1', 'M06.1']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads core tuiRadio buttons in label[tuiLabel] under their form header as the chosen frequency, and a tuiCheckbox as no field', () => {
    const radio = (v: string, on: boolean) =>
      `<label tuilabel="" class="tui-label" data-orientation="horizontal"><input type="radio" tuiradio="" formcontrolname="frequency" name="frequency" value="${v}" data-size="m" data-appearance="${on ? 'primary' : 'outline-grayscale'}" class="ng-untouched ng-pristine ng-valid"${on ? ' checked' : ''}>${v}</label>`;
    page(
      root(
        `${header('Frequency')}${row(['Every 4 weeks', 'Every 8 weeks', 'Once'].map((v) => radio(v, v === 'Every 8 weeks')).join(''))}${row('<label tuilabel="" class="tui-label" data-orientation="horizontal"><input type="checkbox" tuicheckbox="" formcontrolname="attest" data-size="m" data-appearance="primary" class="ng-untouched ng-pristine ng-valid" checked>I attest the information above is accurate</label>')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a field by its value with a tui-error under it, and names the next field by its own label', () => {
    page(
      root(
        `${row(input('Prescriber NPI', '123456789'))}${error('NPI must be 10 digits')}${row(input('Member ID', ILARIS['patient.memberId']))}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads the form, not the readonly tui-inputs of the last approved request shown in a tuiIsland before it', () => {
    const summary = `<div tuiisland="" class="tui-island tui-island_size_m"><div class="tui-island__content"><h3 class="tui-island__title">Last approved request (PA-20931)</h3>${row(input('Drug name', 'Kineret (anakinra)', { readonly: true }))}${row(input('Dose (mg)', '100', { readonly: true }))}${row(inputDate('Start date', '07/01/2026'))}</div></div>`;
    page(
      `<app-root><tui-root data-tui-version="4.36.0"><div class="t-root-content">${summary}<form novalidate class="ng-untouched ng-pristine ng-valid">${header('Medication')}${row(comboBox('Drug name', ILARIS['drug.name']))}${row(input('HCPCS code', ILARIS['drug.hcpcs']))}${row(input('Dose (mg)', '150'))}${row(input('Billing units', '150'))}</form></div></tui-root></app-root>`,
    );
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.dose': '150',
      'drug.units': '150',
    });
    noDuplicatePaths();
  });

  it('takes no drug, date or member ID from a read-only tuiTable of past requests beside the form', () => {
    page(
      root(
        `${header('Medication')}${row(comboBox('Drug name', ILARIS['drug.name']))}${row(inputDate('CRP collection date', ILARIS['labs.crpDate']))}
        ${header('Previous requests')}${table(
          ['Member ID', 'Drug', 'Start date', 'Status'],
          [
            ['U4829163702', 'Kineret (anakinra)', '07/01/2026', 'Approved'],
            ['U4829163702', 'colchicine', '01/05/2026', 'Closed'],
          ],
        )}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'labs.crpDate': ILARIS['labs.crpDate'] });
  });
});
