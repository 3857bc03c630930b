import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Fluent UI React v9 (@fluentui/react-components 9.x; microsoft/fluentui, packages/react-components at
 * 022abc39: react-field/library/src/components/Field/useField.tsx + renderField.tsx +
 * contexts/useFieldControlProps.ts, react-combobox/…/Dropdown/useDropdown.tsx + Dropdown.test.tsx.snap,
 * utils/useComboboxBaseState.ts, react-tag-picker/…/TagPickerControl + TagPickerInput snapshots,
 * TagPickerGroup/useTagPickerGroup.ts, react-tags/…/Tag/useTag.tsx + renderTag.tsx,
 * react-datepicker-compat/…/DatePicker/useDatePicker.tsx + DatePicker.test.tsx.snap,
 * react-spinbutton/…/useSpinButton.tsx, react-table/…/DataGrid.test.tsx.snap,
 * react-portal/…/usePortalMountNode.ts; Griffel, so the `___…`/`r…` classes are hashed stand-ins):
 * - Field: `div.fui-Field` > `label.fui-Label.fui-Field__label[for=<id>__control][id=<id>__label]`
 *   (required: `span.fui-Label__required[aria-hidden]` "*"), the control (id `<id>__control`,
 *   `aria-describedby` = validation message + hint ids, `aria-invalid` on error, `required` or
 *   `aria-required`), `div.fui-Field__validationMessage[role=alert]` (icon span first), `div.fui-Field__hint`.
 *   A RadioGroup cannot take `for`, so it gets `aria-labelledby` = the label's id too.
 * - Dropdown: `div.fui-Dropdown` > `button.fui-Dropdown__button[role=combobox][type=button]` showing the
 *   value or the placeholder (multiselect: the chosen texts joined ", "), `span.fui-Dropdown__expandIcon`,
 *   `button.fui-Dropdown__clearButton[aria-label="Clear selection"]`; open, its `div.fui-Listbox[role=listbox]`
 *   is portalled into `div[data-portal-node][dir=ltr]` at the end of body (root `aria-owns` it) and a
 *   `span[hidden]` virtual parent stays in place.
 * - Combobox: `input.fui-Combobox__input[role=combobox]` + `span.fui-Combobox__expandIcon[role=button]`.
 * - TagPicker: `div.fui-TagPickerControl` > `div.fui-TagPickerGroup[role=listbox]` of dismissible
 *   `button.fui-Tag[role=option]` (`span.fui-Tag__primaryText` + `span.fui-Tag__dismissIcon`), then
 *   `input.fui-TagPickerInput[role=combobox]`, then `span.fui-TagPickerControl__aside`.
 * - DatePicker: `span.fui-Input.fui-DatePicker` > `input.fui-Input__input[role=combobox][aria-haspopup=dialog]
 *   [readonly]` showing `formatDate(value)` (default `Date.toDateString()`: "Mon Mar 14 1988") +
 *   `span.fui-Input__contentAfter[role=button][aria-labelledby=<input id>]` with the calendar icon.
 * - SpinButton: `span.fui-SpinButton` > `input.fui-SpinButton__input[role=spinbutton][type=text]` +
 *   increment/decrement buttons (tabindex -1, aria-labels), `displayValue` shown when given.
 * - DataGrid: `div.fui-DataGrid.fui-Table[role=grid]` > header/body `div[role=rowgroup]` >
 *   `div.fui-DataGridRow[role=row]` > `div[role=columnheader]` / `div.fui-DataGridCell[role=gridcell][tabindex=0]`
 *   > `div.fui-TableCellLayout` (the header cell's `div.fui-TableHeaderCell__button` is my reading of
 *   useTableHeaderCell for an unsortable column).
 * - Dialog: the DialogSurface portalled into a `div[data-portal-node]` at the end of body:
 *   `div.fui-DialogSurface__backdrop[aria-hidden]` + `div.fui-DialogSurface[role=dialog][aria-modal=true]
 *   [aria-labelledby=<title id>]` > `div.fui-DialogBody` > `h2.fui-DialogTitle`, `div.fui-DialogContent`,
 *   `div.fui-DialogActions` (my reading of react-dialog's render functions, not a snapshot).
 */

let n = 0;
const svg = (d: string) =>
  `<svg class="fui-Icon-regular ___12fm75w f1w7gpdv fez10in fg4l7m0" fill="currentColor" aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20"><path d="${d}" fill="currentColor"></path></svg>`;
const chevron = svg('M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0Z');
const dismiss = svg('m4.09 4.22.06-.07a.5.5 0 0 1 .63-.06l.07.06L10 9.29l5.15-5.14Z');
const calendar = svg('M14.5 3A2.5 2.5 0 0 1 17 5.5v9a2.5 2.5 0 0 1-2.5 2.5h-9A2.5 2.5 0 0 1 3 14.5v-9Z');
const check = svg('M7.03 13.9 3.56 10a.75.75 0 0 0-1.12 1l4 4.5c.29.32.79.34 1.09.03l10.5-10.5Z');

type FieldOpts = { required?: boolean; error?: string; hint?: string };
/** a Field around `control(id, describedBy)`; the control takes `<id>__control` */
function fuiField(label: string, control: (id: string, aria: string) => string, o: FieldOpts = {}, labelledBy = false): string {
  const id = `field-_r_${(n += 1).toString(36)}_`;
  const described = [o.error ? `${id}__validationMessage` : '', o.hint ? `${id}__hint` : ''].filter(Boolean).join(' ');
  const aria = `${described ? ` aria-describedby="${described}"` : ''}${o.error ? ' aria-invalid="true"' : ''}${labelledBy ? ` aria-labelledby="${id}__label"` : ''}`;
  return `<div class="fui-Field ___keyyzl0"><label class="fui-Label fui-Field__label ___1yevxz2" for="${id}__control" id="${id}__label">${label}${
    o.required ? '<span aria-hidden="true" class="fui-Label__required ___1bkxi4s">*</span>' : ''
  }</label>${control(`${id}__control`, aria)}${
    o.error
      ? `<div id="${id}__validationMessage" role="alert" class="fui-Field__validationMessage ___15nf3ul"><span class="fui-Field__validationMessageIcon ___1kyd0mx">${svg('M10 2a8 8 0 1 1 0 16Z')}</span>${o.error}</div>`
      : ''
  }${o.hint ? `<div id="${id}__hint" class="fui-Field__hint ___1u0h6j9">${o.hint}</div>` : ''}</div>`;
}

const input = (label: string, value: string, o: FieldOpts & { after?: string; disabled?: boolean } = {}) =>
  fuiField(
    label,
    (id, aria) =>
      `<span class="fui-Input r1oeeo5n ___1txf4yw"><input type="text" id="${id}"${aria}${o.required ? ' required=""' : ''}${o.disabled ? ' disabled=""' : ''} class="fui-Input__input r12stul0" value="${value}">${
        o.after ? `<span class="fui-Input__contentAfter r1xw7ccv">${o.after}</span>` : ''
      }</span>`,
    o,
  );

const datePicker = (label: string, shown: string, o: FieldOpts = {}) =>
  fuiField(
    label,
    (id, aria) =>
      `<span class="fui-Input fui-DatePicker r1oeeo5n ___1dbqu7d"><input type="text" role="combobox" aria-expanded="false" aria-haspopup="dialog" readonly="" id="${id}"${aria}${o.required ? ' aria-required="true"' : ''} placeholder="Select a date..." class="fui-Input__input r12stul0" value="${shown}"><span role="button" aria-expanded="false" aria-labelledby="${id}" class="fui-Input__contentAfter r1xw7ccv">${calendar}</span></span>`,
    o,
  );

const spinButton = (label: string, value: string, o: FieldOpts & { display?: string } = {}) =>
  fuiField(
    label,
    (id, aria) =>
      `<span class="fui-SpinButton r1p3ktzn ___1e4m1cm"><input type="text" role="spinbutton" autocomplete="off" id="${id}"${aria} aria-valuenow="${value}"${o.display ? ` aria-valuetext="${o.display}"` : ''} class="fui-SpinButton__input r1ll4ywk" value="${o.display ?? value}"><button tabindex="-1" type="button" aria-label="Increment value" class="fui-SpinButton__incrementButton r1dqbc0a">${chevron}</button><button tabindex="-1" type="button" aria-label="Decrement value" class="fui-SpinButton__decrementButton r1dqbc0a">${chevron}</button></span>`,
    o,
  );

/** Dropdown; `open` portals its listbox: `portal` goes at the end of body */
function dropdown(
  label: string,
  chosen: string[],
  options: string[],
  o: FieldOpts & { placeholder?: string; multiselect?: boolean; open?: boolean } = {},
) {
  const lb = `fluent-listbox_r_${(n += 1).toString(36)}_`;
  const shown = chosen.length ? chosen.join(', ') : (o.placeholder ?? '');
  const html = fuiField(
    label,
    (id, aria) =>
      `<div class="fui-Dropdown ___1t0jfhy"${o.open ? ` aria-owns="${lb}"` : ''}><button type="button" role="combobox" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${lb}"` : ''} id="${id}"${aria} tabindex="0" class="fui-Dropdown__button ___1o8pd5x" data-tabster="{&quot;focusable&quot;:{&quot;ignoreKeydown&quot;:{&quot;Escape&quot;:${!!o.open}}}}">${shown}<span class="fui-Dropdown__expandIcon ___1ywkm4b">${chevron}</span></button>${
        o.multiselect
          ? ''
          : `<button aria-label="Clear selection" class="fui-Dropdown__clearButton ___1hz3ou7" type="button">${dismiss}</button>`
      }${o.open ? '<span hidden=""></span>' : ''}</div>`,
    o,
  );
  const portal = o.open
    ? `<div class="fui-FluentProviderr0 ___jdtuxv0" dir="ltr" data-portal-node="true"><div id="${lb}" role="listbox"${o.multiselect ? ' aria-multiselectable="true"' : ''} class="fui-Listbox fui-Dropdown__listbox ___1h4a2ry" style="position: fixed; left: 0px; top: 0px; margin: 0px;">${options
        .map(
          (v, i) =>
            `<div id="fluent-option_r_${n}${i}_" role="option" aria-selected="${chosen.includes(v)}" class="fui-Option ___1vcd5ws"><span aria-hidden="true" class="fui-Option__checkIcon ___1ic8v1s">${check}</span>${v}</div>`,
        )
        .join('')}</div></div>`
    : '';
  return { html, portal };
}

const combobox = (label: string, value: string) =>
  fuiField(
    label,
    (id, aria) =>
      `<div class="fui-Combobox ___1b8h9rs"><input type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" autocomplete="off" id="${id}"${aria} class="fui-Combobox__input ___ndr0sw" value="${value}"><span role="button" aria-expanded="false" aria-label="Open" class="fui-Combobox__expandIcon ___1ynbxh5">${chevron}</span></div>`,
  );

const tagPicker = (label: string, tags: string[], o: FieldOpts = {}) =>
  fuiField(
    label,
    (id, aria) =>
      `<div class="fui-TagPickerControl ___1hxtrnn">${
        tags.length
          ? `<div role="listbox" class="fui-TagGroup fui-TagPickerGroup ___5v9m1p" data-tabster="{&quot;mover&quot;:{&quot;cyclic&quot;:false,&quot;direction&quot;:4,&quot;memorizeCurrent&quot;:true}}">${tags
              .map(
                (t, i) =>
                  `<button type="button" role="option" id="fui-Tag_r_t${i}_" value="${t}" class="fui-Tag ___u3mi1q0"><span class="fui-Tag__primaryText ___1ddx1on">${t}</span><span class="fui-Tag__dismissIcon ___3u8mlg">${dismiss}</span></button>`,
              )
              .join('')}</div>`
          : ''
      }<input type="text" role="combobox" aria-expanded="false" id="${id}"${aria} class="fui-TagPickerInput ___1ch9y43" value=""><span class="fui-TagPickerControl__aside ___9b2zyk"><span role="button" aria-expanded="false" class="fui-TagPickerControl__expandIcon ___1oytrfl">${chevron}</span></span></div>`,
    o,
  );

const radioGroup = (label: string, options: string[], checked: string) =>
  fuiField(
    label,
    (id, aria) =>
      `<div role="radiogroup" id="${id}"${aria} class="fui-RadioGroup ___1e6ayhm">${options
        .map(
          (o, i) =>
            `<span class="fui-Radio ___1bvr7ry"><input type="radio" class="fui-Radio__input ___1xe2vxg" id="radio-_r_${n}${i}_" name="radiogroup-_r_${n}_" value="${o.toLowerCase()}"${o === checked ? ' checked=""' : ''}><div aria-hidden="true" class="fui-Radio__indicator ___1r8ho9u"></div><label class="fui-Label fui-Radio__label ___1vipxxe" for="radio-_r_${n}${i}_">${o}</label></span>`,
        )
        .join('')}</div>`,
    {},
    true,
  );

const cellLayout = (t: string) =>
  `<div class="fui-TableCellLayout ___1n1luyv"><div class="fui-TableCellLayout__content ___15x2zpa"><span class="fui-TableCellLayout__main ___1ldr2ie">${t}</span></div></div>`;
const dataGrid = (rows: readonly (readonly string[])[]) =>
  `<div role="grid" class="fui-DataGrid fui-Table ___q5mu5p0" data-tabster="{&quot;mover&quot;:{&quot;cyclic&quot;:false,&quot;direction&quot;:3,&quot;memorizeCurrent&quot;:true}}"><div role="rowgroup" class="fui-DataGridHeader fui-TableHeader ___1ulx8hc"><div role="row" class="fui-DataGridRow fui-TableRow ___1c1xxnu">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map(
      (h) =>
        `<div role="columnheader" tabindex="0" class="fui-DataGridHeaderCell fui-TableHeaderCell ___12pt9nm"><div role="presentation" class="fui-TableHeaderCell__button ___1vn8hzm">${h}</div></div>`,
    )
    .join('')}</div></div><div role="rowgroup" class="fui-DataGridBody fui-TableBody ___cjd9fi">${rows
    .map(
      (r) =>
        `<div role="row" class="fui-DataGridRow fui-TableRow ___1c1xxnu">${r.map((c) => `<div role="gridcell" tabindex="0" class="fui-DataGridCell fui-TableCell ___1x2hx0x">${cellLayout(c)}</div>`).join('')}</div>`,
    )
    .join('')}</div></div>`;

const h2 = (t: string) => `<h2 class="fui-Text ___1p2e1ex">${t}</h2>`;
const provider = (body: string, tail = '') =>
  `<div dir="ltr" class="fui-FluentProvider fui-FluentProviderr0 ___jdtuxv0"><main><form class="___1fwo9rp">${body}<button type="submit" class="fui-Button r1alrhcs ___1akj6hk">Submit request</button></form></main></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

const requestBody = () =>
  `${h2('Member')}${input('Member ID', ILARIS['patient.memberId'], { required: true })}${datePicker('Date of birth', ILARIS['patient.dob'])}${input('Weight', '72', { after: 'kg' })}
  ${h2('Diagnosis')}${tagPicker('ICD-10 codes', ['M04.1', 'M06.1'])}${radioGroup('Is colchicine contraindicated or not tolerated?', ['Yes', 'No'], 'Yes')}
  ${h2('Medication')}${combobox('Drug name', ILARIS['drug.name'])}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'], { hint: '11 digits, 5-4-2' })}${spinButton('Dose (mg)', '150')}${spinButton('Billing units', '150')}${dropdown('Frequency', ['Every 4 weeks'], FREQUENCIES, { placeholder: 'Select a frequency' }).html}
  ${h2('Labs')}${input('CRP', '24', { after: 'mg/L' })}${datePicker('CRP collection date', ILARIS['labs.crpDate'])}
  ${h2('Prior therapies')}${dataGrid(THERAPY_ROWS)}
  ${h2('Prescriber')}${input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, hint: '10 digits' })}`;

const FULL = {
  ...ILARIS,
  ...THERAPIES,
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
  'clinical.colchicineContraindicated': 'Yes',
};

describe('Fluent UI React v9: Field, Input, SpinButton, Dropdown, Combobox, TagPicker, DatePicker, RadioGroup, DataGrid', () => {
  it('reads the full Ilaris request, prior therapies from the DataGrid rows', () => {
    page(provider(requestBody()));
    expect(read()).toEqual(FULL);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a field by its label, not the asterisk, the error message of the field before it or its own hint', () => {
    page(
      provider(
        `${input('Member ID', '', { required: true, error: 'Member ID is required' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, hint: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a Dropdown by its button text, and one showing its placeholder as empty', () => {
    page(
      provider(
        `${dropdown('Drug name', [ILARIS['drug.name']], DRUGS, { placeholder: 'Select a drug' }).html}${dropdown('Frequency', [], FREQUENCIES, { placeholder: 'Select a frequency' }).html}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads a multiselect Dropdown as its chosen codes, and nothing from its open listbox portalled to the end of body', () => {
    const d = dropdown('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiselect: true, open: true, placeholder: 'Select codes' });
    page(provider(`${d.html}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`, d.portal));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-portal-node]');
  });

  it('reads the TagPicker tags as the ICD-10 codes, and an empty TagPicker as empty', () => {
    page(provider(tagPicker('ICD-10 codes', ['M04.1', 'M06.1'], { hint: 'Type a code to search' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(provider(tagPicker('ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads DatePickers as formatted, in the default toDateString form, and an empty one as empty', () => {
    page(
      provider(
        `${datePicker('Date of birth', 'Mon Mar 14 1988')}${datePicker('CRP collection date', '', { required: true, error: 'Select a date' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': 'Mon Mar 14 1988', 'labs.crpDate': '' });
    expect(field('labs.crpDate')?.label).toBe('CRP collection date');
  });

  it('reads a SpinButton showing a displayValue with its unit whole', () => {
    page(provider(`${spinButton('Dose', '150', { display: '150 mg' })}${spinButton('Billing units', '150')}`));
    expect(read()).toEqual({ 'drug.dose': '150 mg', 'drug.units': '150' });
  });

  it('reads a RadioGroup named through aria-labelledby by its checked Radio', () => {
    page(provider(radioGroup('Is colchicine contraindicated or not tolerated?', ['Yes', 'No'], 'No')));
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'No' });
  });

  it('reads a disabled Input (a value carried from eligibility) by its value', () => {
    page(provider(`${input('Member ID', ILARIS['patient.memberId'], { disabled: true })}${input('Weight', '72', { after: 'kg' })}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
  });

  it('reads the request inside a Dialog portalled over a list page, not the page behind it', () => {
    page(
      `<div dir="ltr" class="fui-FluentProvider fui-FluentProviderr0 ___jdtuxv0"><main><div role="search">${input('Member ID', 'U0000000000')}<button type="button" class="fui-Button r1alrhcs">Search</button></div>${dataGrid([['Ilaris (canakinumab)', '150 mg', '11/02/2026', '', 'Pending']])}</main></div>` +
        `<div class="fui-FluentProviderr0 ___jdtuxv0" dir="ltr" data-portal-node="true"><div aria-hidden="true" class="fui-DialogSurface__backdrop ___1wu6tai"></div><div role="dialog" aria-modal="true" aria-labelledby="dialog-title-_r_9_" tabindex="-1" class="fui-DialogSurface ___1b3c8ja"><div class="fui-DialogBody ___1l3nvlz"><h2 id="dialog-title-_r_9_" class="fui-DialogTitle ___1d5h6ro">New prior authorization</h2><div class="fui-DialogContent ___1fsmr6f"><form>${requestBody()}</form></div><div class="fui-DialogActions ___1d9h7so"><button type="button" class="fui-Button r1alrhcs">Cancel</button></div></div></div></div>`,
    );
    expect(read()).toEqual(FULL);
    nothingFrom('main');
  });
});
