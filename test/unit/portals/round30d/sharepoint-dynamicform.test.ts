import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, nothingFrom } from '../round5/request';

/**
 * SharePoint modern list form as SPFx form customizers draw it: PnP's DynamicForm (pnp/sp-dev-fx-controls-react
 * at e6af6a5, src/controls/dynamicForm/DynamicForm.tsx + dynamicField/DynamicField.tsx + DynamicField.styles.ts)
 * over Fluent UI React v8 (microsoft/fluentui at 05bda98, packages/react/src/components/Dropdown/Dropdown.base.tsx).
 * SharePoint's own modern form panel is closed source, so it is not modelled.
 * - each field: `div.fieldEditor` > `div.titleContainer` holding a Fluent Icon (`i[data-icon-name][aria-hidden]`,
 *   its glyph) and a bare `label.fieldLabel` (no `for`; required adds `fieldRequired`, whose " *" is CSS
 *   `::after`), then the control with no label of its own, then `text.fieldDescription` (always there, empty
 *   without a description); DateTime and Boolean add `text.errormessage` after it.
 * - Text/Number: a label-less TextField (`div.ms-TextField > div.ms-TextField-wrapper > div.ms-TextField-fieldGroup
 *   > input.ms-TextField-field`, type "Number" for numbers), its error `div[role=alert] > p.ms-TextField-errorMessage`.
 * - Choice (dropdown format) / MultiChoice: a label-less Dropdown, `div.ms-Dropdown-container > div.ms-Dropdown
 *   [role=listbox|button][aria-haspopup=listbox]` (no aria-labelledby without a label) > `span#<id>-option
 *   .ms-Dropdown-title[role=option]` + the ChevronDown caret.
 * - Lookup: ListItemPicker, a TagPicker (`div.ms-BasePicker` > TagItems + `input.ms-BasePicker-input`).
 * - DateTime (DateOnly): a DatePicker with allowTextInput, its TextField input `[role=combobox]
 *   [aria-haspopup=dialog]` showing `toLocaleDateString('en-US')`, the Calendar icon.
 * - sections from the list's form formatting: `h2.sectionTitle` + `div.sectionFormFields > div.sectionFormField`,
 *   `hr.sectionLine` between; the Save/Cancel Stack after. Apps often host it in a Fluent Panel (`div.ms-Panel
 *   [role=dialog][aria-modal=true]` in a Layer at the end of body) over the list's DetailsList.
 */

let n = 200;
const uid = (p: string) => `${p}${(n += 1)}`;
const GLYPH: Record<string, string> = {
  TextField: '\uEDC3',
  NumberField: '\uEF6A',
  Calendar: '\uE787',
  CheckMark: '\uE73E',
  MultiSelect: '\uE762',
  Switch: '\uE8AB',
};

type Opt = { required?: boolean; description?: string; error?: string };
const fieldEditor = (icon: string, label: string, control: string, o: Opt = {}, trailingError = false) =>
  `<div class="fieldEditor fieldEditor-301"><div${icon === 'CheckMark' || icon === 'MultiSelect' ? ' class="fieldContainer fieldContainer-302"' : ''}><div class="titleContainer titleContainer-303"><i data-icon-name="${icon}" aria-hidden="true" class="fieldIcon fieldIcon-304">${GLYPH[icon]}</i><label class="fieldLabel${o.required ? ' fieldRequired' : ''} fieldLabel-305">${label}</label></div>${control}<text class="fieldDescription fieldDescription-306">${o.description ?? ''}</text>${trailingError ? '<text class="errormessage errormessage-307"></text>' : ''}</div></div>`;
const textInput = (value: string, o: { type?: string; error?: string; combobox?: boolean; cls?: string } = {}) => {
  const id = uid('TextField');
  return `<div class="ms-TextField${o.cls ?? ' fieldDisplay fieldDisplay-308'}${o.error ? ' ms-TextField--invalid' : ''} root-320"><div class="ms-TextField-wrapper"><div class="ms-TextField-fieldGroup fieldGroup-321"><input type="${o.type ?? 'text'}" id="${id}"${o.combobox ? ' role="combobox" aria-expanded="false" aria-haspopup="dialog"' : ''} class="ms-TextField-field field-322"${o.error ? ` aria-describedby="${id}-error" aria-invalid="true"` : ' aria-invalid="false"'} value="${value}">${o.combobox ? `<i data-icon-name="Calendar" aria-hidden="true" class="ms-DatePicker-event--without-label icon-323">${GLYPH.Calendar}</i>` : ''}</div></div>${o.error ? `<span id="${id}-error"><div role="alert"><p class="ms-TextField-errorMessage errorMessage-324"><span data-automation-id="error-message">${o.error}</span></p></div></span>` : ''}</div>`;
};
const text = (label: string, value: string, o: Opt = {}) => fieldEditor('TextField', label, textInput(value, o), o);
const num = (label: string, value: string, o: Opt = {}) => fieldEditor('NumberField', label, textInput(value, { ...o, type: 'Number' }), o);
const date = (label: string, value: string, o: Opt = {}) =>
  fieldEditor(
    'Calendar',
    label,
    `<div class="ms-DatePicker pickersContainer pickersContainer-309 root-330" aria-haspopup="true"><div class="wrapper-331">${textInput(value, { combobox: true, cls: ' ms-DatePicker-textField textField-332' })}</div></div>`,
    o,
    true,
  );
const dropdown = (label: string, chosen: string[], o: Opt & { multi?: boolean; placeholder?: string } = {}) => {
  const id = uid('Dropdown');
  const shown = chosen.length ? chosen.join(', ') : (o.placeholder ?? '');
  const role = o.multi ? 'role="button"' : `role="listbox"`;
  const child = o.multi ? '' : ` role="option" aria-setsize="3" aria-posinset="1"${chosen.length ? ' aria-selected="true"' : ''}`;
  return fieldEditor(
    o.multi ? 'MultiSelect' : 'CheckMark',
    label,
    `<div class="ms-Dropdown-container root-340"><div data-is-focusable="true" data-ktp-target="true" id="${id}" tabindex="0" ${role} aria-haspopup="listbox" aria-expanded="false" aria-disabled="false" class="ms-Dropdown dropdown-341"><span id="${id}-option" class="ms-Dropdown-title${chosen.length ? '' : ' ms-Dropdown-titleIsPlaceHolder'} title-342" aria-live="polite" aria-atomic="true" aria-invalid="false"${child}>${shown}</span><span class="ms-Dropdown-caretDownWrapper caretDownWrapper-343"><i data-icon-name="ChevronDown" aria-hidden="true" class="ms-Dropdown-caretDown caretDown-344">\uE70D</i></span></div></div>`,
    o,
  );
};
const lookup = (label: string, tags: string[], o: Opt = {}) => {
  const id = uid('picker');
  return fieldEditor(
    'Switch',
    label,
    `<div class="ms-BasePicker fieldDisplay fieldDisplay-308 root-350"><div class="ms-SelectionZone" role="presentation"><div class="ms-BasePicker-text text-351">${
      tags.length
        ? `<span id="selected-items-${id}" class="ms-BasePicker-itemsWrapper itemsWrapper-352" role="list">${tags
            .map(
              (t, i) =>
                `<div class="ms-TagItem root-353" role="listitem" data-selection-index="${i}" data-is-focusable="true" title="${t}"><span class="ms-TagItem-text text-354" id="TagItem${n}${i}">${t}</span><button type="button" class="ms-Button ms-Button--icon ms-TagItem-close close-355" aria-label="Remove" aria-labelledby="Remove TagItem${n}${i}" data-is-focusable="true"><span class="ms-Button-flexContainer"><i data-icon-name="Cancel" aria-hidden="true" class="ms-Button-icon">\uE711</i></span></button></div>`,
            )
            .join('')}</span>`
        : ''
    }<input type="text" autocapitalize="off" autocomplete="off" spellcheck="false" id="${id}" class="ms-BasePicker-input input-356" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" role="combobox" value=""></div></div></div>`,
    o,
  );
};

const sections = (parts: [string, string[]][]) =>
  parts
    .map(
      ([title, fields], i) =>
        `<h2 class="sectionTitle sectionTitle-360">${title}</h2><div class="sectionFormFields sectionFormFields-361">${fields.map((f) => `<div class="sectionFormField sectionFormField-362">${f}</div>`).join('')}</div>${i < parts.length - 1 ? '<hr class="sectionLine sectionLine-363" aria-hidden="true">' : ''}`,
    )
    .join('');
const buttons = `<div class="ms-Stack buttons buttons-364"><button type="button" class="ms-Button ms-Button--primary root-370" data-is-focusable="true"><span class="ms-Button-flexContainer"><span class="ms-Button-textContainer"><span class="ms-Button-label">Save</span></span></span></button><button type="button" class="ms-Button ms-Button--default root-371" data-is-focusable="true"><span class="ms-Button-flexContainer"><span class="ms-Button-textContainer"><span class="ms-Button-label">Cancel</span></span></span></button></div>`;
const dynamicForm = (body: string) => `<div><div>${body}${buttons}</div></div>`;
const customizer = (body: string) =>
  `<div class="ms-Fabric root-300" dir="ltr"><div data-sp-feature-tag="FormCustomizer">${dynamicForm(body)}</div></div>`;

const FREQS_SHOWN = 'Every 4 weeks';
const request = () =>
  sections([
    [
      'Member',
      [
        text('Member ID', ILARIS['patient.memberId'], { required: true }),
        date('Date of Birth', '3/14/1988', { required: true }),
        num('Weight (kg)', '72'),
      ],
    ],
    ['Diagnosis', [dropdown('ICD-10 Codes', ['M04.1', 'M06.1'], { multi: true })]],
    [
      'Medication',
      [
        lookup('Medication', [ILARIS['drug.name']], { required: true }),
        text('HCPCS Code', ILARIS['drug.hcpcs']),
        text('NDC', ILARIS['drug.ndc'], { description: '11 digits, 5-4-2' }),
        num('Dose (mg)', '150'),
        num('Billing Units', '150'),
        dropdown('Frequency', [FREQS_SHOWN]),
      ],
    ],
    ['Labs', [num('CRP (mg/L)', '24'), date('CRP Collection Date', '11/2/2026')]],
    ['Prescriber', [text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })]],
  ]);
const SHOWN = {
  ...ILARIS,
  'patient.dob': '3/14/1988',
  'labs.crpDate': '11/2/2026',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
};

describe('SharePoint modern list form (PnP DynamicForm on Fluent UI v8): label-less controls under title containers', () => {
  it('reads the full Ilaris request', () => {
    page(customizer(request()));
    expect(read()).toEqual(SHOWN);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('names a label-less TextField by the label in its title container, not the icon glyph', () => {
    page(
      customizer(`${text('Member ID', ILARIS['patient.memberId'], { required: true })}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('names the next field by its own label, not the description of the field before it', () => {
    page(customizer(`${text('NDC', ILARIS['drug.ndc'], { description: 'Dose in mg per 4 weeks' })}${num('Billing Units', '150')}`));
    expect(read()).toEqual({ 'drug.ndc': ILARIS['drug.ndc'], 'drug.units': '150' });
    expect(field('drug.units')?.label).toBe('Billing Units');
  });

  it('reads a required TextField showing its error as empty', () => {
    page(
      customizer(
        `${text('Member ID', '', { required: true, error: "You can't leave this blank." })}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a label-less single Dropdown (role listbox, no aria-labelledby) by its title, and its placeholder as empty', () => {
    page(
      customizer(
        `${dropdown('Frequency', ['Every 8 weeks'])}${lookup('Medication', [])}${dropdown('Place of Service', [], { placeholder: 'Select an option' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '', 'drug.placeOfService': '' });
  });

  it('reads an open label-less Dropdown by its title, nothing from its options callout in a Layer at the end of body', () => {
    page(customizer(`${dropdown('Frequency', ['Every 4 weeks'])}${num('Dose (mg)', '150')}`));
    const dd = document.querySelector('.ms-Dropdown')!;
    dd.setAttribute('aria-expanded', 'true');
    dd.setAttribute('aria-owns', `${dd.id}-list`);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div class="ms-Layer ms-Layer--fixed root-500"><div class="ms-Fabric ms-Layer-content"><div class="ms-Callout ms-Dropdown-callout root-510" style="width: 300px;"><div class="ms-Callout-main calloutMain-511" tabindex="-1"><div class="ms-Dropdown-itemsWrapper" tabindex="0"><div id="${dd.id}-list" class="ms-Dropdown-items dropdownItems-512" role="listbox">${[
        'Every 4 weeks',
        'Every 8 weeks',
        'Once',
      ]
        .map(
          (v, i) =>
            `<button type="button" id="${dd.id}-list${i}" class="ms-Button ms-Button--command ms-Dropdown-item${i === 0 ? ' is-selected' : ''} root-513" data-index="${i}" data-is-focusable="true" role="option" aria-selected="${i === 0}" title="${v}" aria-posinset="${i + 1}" aria-setsize="3"><span class="ms-Button-flexContainer"><span class="ms-Dropdown-optionText dropdownOptionText-514">${v}</span></span></button>`,
        )
        .join('')}</div></div></div></div></div></div>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.dose': '150' });
    nothingFrom('.ms-Layer');
  });

  it('reads a multiSelect Dropdown (role button) as its comma-joined choices', () => {
    page(customizer(dropdown('ICD-10 Codes', ['M04.1', 'M06.1'], { multi: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a Lookup (ListItemPicker) by its tag, not the "Remove" button', () => {
    page(customizer(lookup('Medication', [ILARIS['drug.name']])));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads the form in a Panel over the list, and nothing from the DetailsList of previous medication requests behind it', () => {
    const rows = [
      ['PA-0812', 'Kineret (anakinra)', '100 mg daily', '7/1/2026', 'Approved'],
      ['PA-0533', 'colchicine', '0.6 mg twice daily', '1/5/2026', 'Denied'],
    ];
    const cols = ['Request', 'Drug', 'Dose', 'Submitted', 'Status'];
    const list = `<div class="ms-Fabric root-300"><h1 class="ms-font-xxl">Previous Medication Requests</h1><div class="ms-DetailsList is-horizontalConstrained root-400" id="listview"><div role="grid" aria-colcount="${cols.length + 1}" aria-rowcount="${rows.length + 1}" class="ms-FocusZone"><div role="presentation" class="ms-DetailsList-headerWrapper"><div class="ms-DetailsHeader root-401" role="row" aria-rowindex="1"><div class="ms-DetailsHeader-cellIsCheck" role="columnheader" aria-colindex="1"><div class="ms-DetailsRow-check" role="checkbox" aria-checked="false" aria-label="Toggle selection for all items" data-selection-toggle-all="true"></div></div>${cols.map((c, i) => `<div class="ms-DetailsHeader-cell" role="columnheader" aria-colindex="${i + 2}" data-item-key="${c}"><span class="ms-DetailsHeader-cellTitle"><span class="ms-DetailsHeader-cellName">${c}</span></span></div>`).join('')}</div></div><div role="presentation" class="ms-DetailsList-contentWrapper"><div class="ms-SelectionZone" role="presentation"><div class="ms-List" role="presentation"><div class="ms-List-surface" role="presentation"><div class="ms-List-page" role="presentation">${rows
      .map(
        (r, i) =>
          `<div class="ms-List-cell" data-list-index="${i}"><div class="ms-DetailsRow root-402" role="row" aria-rowindex="${i + 2}" aria-selected="false" data-item-index="${i}"><div class="ms-DetailsRow-cellCheck" role="gridcell" aria-colindex="1"><div class="ms-DetailsRow-check" role="checkbox" aria-checked="false" aria-label="Select row" data-selection-toggle="true"></div></div><div class="ms-DetailsRow-fields" role="presentation">${r.map((c, j) => `<div class="ms-DetailsRow-cell" role="gridcell" aria-colindex="${j + 2}" data-automation-key="${cols[j]}">${c}</div>`).join('')}</div></div></div>`,
      )
      .join('')}</div></div></div></div></div></div></div></div>`;
    const panel = `<div class="ms-Layer ms-Layer--fixed root-500"><div class="ms-Fabric ms-Layer-content"><div class="ms-Panel is-open ms-Panel--hasCloseButton ms-Panel--medium root-501" role="dialog" aria-modal="true" aria-labelledby="Panel-title"><div class="ms-Overlay ms-Overlay--dark root-502"></div><div class="ms-Panel-main main-503"><div class="ms-Panel-commands"><div class="ms-Panel-header"><div id="Panel-title" class="ms-Panel-headerText" role="heading" aria-level="1">New item</div></div><button type="button" class="ms-Button ms-Button--icon ms-Panel-closeButton root-504" aria-label="Close"><span class="ms-Button-flexContainer"><i data-icon-name="Cancel" aria-hidden="true" class="ms-Button-icon">\uE711</i></span></button></div><div class="ms-Panel-contentInner"><div class="ms-Panel-scrollableContent" data-is-scrollable="true"><div class="ms-Panel-content">${dynamicForm(request())}</div></div></div></div></div></div></div>`;
    page(`${list}${panel}`);
    expect(read()).toEqual(SHOWN);
    nothingFrom('#listview');
  });
});
