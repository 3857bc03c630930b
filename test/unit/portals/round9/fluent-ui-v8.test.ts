import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths } from '../round5/request';

/**
 * Fluent UI React v8 (@fluentui/react 8, formerly office-ui-fabric-react; microsoft/fluentui
 * packages/react/src/components: Dropdown/Dropdown.base.tsx (read: `div.ms-Dropdown-container` >
 * `label.ms-Label[id=<id>-label][for=<id>]` + `div.ms-Dropdown#<id>[role=combobox][tabindex=0]
 * [aria-haspopup=listbox][aria-expanded][aria-labelledby="<id>-label <id>-option"]` > `span#<id>-option
 * .ms-Dropdown-title` (classed `ms-Dropdown-titleIsPlaceHolder` while it shows the placeholder; multiple
 * choices joined by ", ") + `span.ms-Dropdown-caretDownWrapper > i.ms-Dropdown-caretDown[aria-hidden]`,
 * then `div.ms-Dropdown-errorMessage[role=alert]`; the callout rendered in a Layer only while open),
 * and, from v8 pages as rendered (not re-read here): pickers/BasePicker.tsx + TagPicker/TagItem.tsx
 * (`div.ms-BasePicker > div.ms-SelectionZone > div.ms-BasePicker-text` holding
 * `span.ms-BasePicker-itemsWrapper[role=list]` of `div.ms-TagItem[role=listitem][title]` >
 * `span.ms-TagItem-text` + `button.ms-TagItem-close[aria-label="Remove"]` (Cancel icon), then
 * `input.ms-BasePicker-input[role=combobox][aria-autocomplete=list][aria-haspopup=listbox]`),
 * TextField (`div.ms-TextField` > `div.ms-TextField-wrapper` > `label.ms-Label[for]` +
 * `div.ms-TextField-fieldGroup` > `input.ms-TextField-field` + `div.ms-TextField-suffix` >
 * `span.ms-TextField-suffix` text; `div[role=alert] > p.ms-TextField-errorMessage`), DatePicker (a
 * read-only TextField `input[role=combobox][aria-haspopup=dialog]` with the Calendar icon, its text
 * from the app's formatDate).
 */

let n = 0;
const uid = (p: string) => `${p}${(n += 1)}`;

const textField = (
  label: string,
  value: string,
  o: { suffix?: string; error?: string; readonly?: boolean; combobox?: boolean; icon?: string } = {},
) => {
  const id = uid('TextField');
  return `<div class="ms-TextField${o.error ? ' ms-TextField--invalid' : ''}${o.icon ? ' root-120' : ''}"><div class="ms-TextField-wrapper"><label for="${id}" id="${id}-label" class="ms-Label root-101">${label}</label><div class="ms-TextField-fieldGroup fieldGroup-102"><input type="text" id="${id}"${o.readonly ? ' readonly=""' : ''}${o.combobox ? ' role="combobox" aria-expanded="false" aria-haspopup="dialog"' : ''} class="ms-TextField-field field-103"${o.error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ' aria-invalid="false"'} value="${value}">${
    o.icon ? `<i data-icon-name="${o.icon}" aria-hidden="true" class="ms-TextField-icon root-105"></i>` : ''
  }${o.suffix ? `<div class="ms-TextField-suffix suffix-104"><span style="padding-bottom: 1px;">${o.suffix}</span></div>` : ''}</div></div>${
    o.error
      ? `<span id="${id}-error"><div role="alert"><p class="ms-TextField-errorMessage errorMessage-110"><span data-automation-id="error-message">${o.error}</span></p></div></span>`
      : ''
  }</div>`;
};

const dropdown = (label: string, chosen: string[], o: { placeholder?: string; error?: string; disabled?: boolean } = {}) => {
  const id = uid('Dropdown');
  const shown = chosen.length ? chosen.join(', ') : (o.placeholder ?? '');
  return `<div class="ms-Dropdown-container"><label class="ms-Label root-111" id="${id}-label" for="${id}">${label}</label><div data-is-focusable="${o.disabled ? 'false' : 'true'}" id="${id}" tabindex="${o.disabled ? -1 : 0}" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${id}-label ${id}-option"${o.disabled ? ' aria-disabled="true"' : ''}${
    o.error ? ` aria-describedby="${id}-errorMessage"` : ''
  } class="ms-Dropdown${o.disabled ? ' is-disabled' : ''} dropdown-112"><span id="${id}-option" class="ms-Dropdown-title${chosen.length ? '' : ' ms-Dropdown-titleIsPlaceHolder'} title-113" aria-invalid="${o.error ? 'true' : 'false'}">${shown}</span><span class="ms-Dropdown-caretDownWrapper caretDownWrapper-114"><i data-icon-name="ChevronDown" aria-hidden="true" class="ms-Dropdown-caretDown caretDown-115"></i></span></div>${
    o.error ? `<div role="alert" id="${id}-errorMessage" class="ms-Dropdown-errorMessage errorMessage-116">${o.error}</div>` : ''
  }</div>`;
};

const tagPicker = (label: string, tags: string[]) => {
  const id = uid('picker');
  return `<div class="ms-Stack"><label class="ms-Label root-101" for="${id}">${label}</label><div class="ms-BasePicker root-130"><div class="ms-SelectionZone" role="presentation"><div class="ms-BasePicker-text text-131">${
    tags.length
      ? `<span id="selected-items-${id}" class="ms-BasePicker-itemsWrapper itemsWrapper-132" role="list">${tags
          .map(
            (t, i) =>
              `<div class="ms-TagItem root-140" role="listitem" data-selection-index="${i}" data-is-focusable="true" title="${t}"><span class="ms-TagItem-text text-141" id="TagItem${n}${i}">${t}</span><button type="button" class="ms-Button ms-Button--icon ms-TagItem-close close-142" aria-label="Remove" aria-labelledby="Remove TagItem${n}${i}" data-is-focusable="true"><span class="ms-Button-flexContainer"><i data-icon-name="Cancel" aria-hidden="true" class="ms-Button-icon"></i></span></button></div>`,
          )
          .join('')}</span>`
      : ''
  }<input type="text" autocapitalize="off" autocomplete="off" spellcheck="false" id="${id}" class="ms-BasePicker-input input-133" aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" role="combobox" value=""></div></div></div></div>`;
};

const section = (title: string, body: string) => `<div class="ms-Stack"><h2 class="ms-fontSize-20">${title}</h2>${body}</div>`;
const app = (body: string) =>
  `<div class="ms-Fabric root-100" dir="ltr"><form>${body}<button type="submit" class="ms-Button ms-Button--primary root-150" data-is-focusable="true"><span class="ms-Button-flexContainer"><span class="ms-Button-textContainer"><span class="ms-Button-label">Submit request</span></span></span></button></form></div>`;

describe('Fluent UI React v8: TextField, Dropdown, TagPicker, DatePicker', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(
        `${section('Member', `${textField('Member ID', ILARIS['patient.memberId'])}${textField('Date of birth', ILARIS['patient.dob'], { readonly: true, combobox: true, icon: 'Calendar' })}${textField('Weight', '72', { suffix: 'kg' })}`)}
        ${section('Diagnosis', tagPicker('ICD-10 codes', ['M04.1', 'M06.1']))}
        ${section(
          'Medication',
          `${dropdown('Drug name', [ILARIS['drug.name']], { placeholder: 'Select a drug' })}${textField('HCPCS code', ILARIS['drug.hcpcs'])}${textField('NDC', ILARIS['drug.ndc'])}${textField('Dose', '150')}${dropdown('Dose unit', ['mg'])}${textField('Billing units', '150')}${dropdown('Frequency', ['Every 4 weeks'], { placeholder: 'Select a frequency' })}`,
        )}
        ${section('Labs', `${textField('CRP', '24', { suffix: 'mg/L' })}${textField('CRP collection date', ILARIS['labs.crpDate'], { readonly: true, combobox: true, icon: 'Calendar' })}`)}
        ${section('Prescriber', textField('Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.doseUnit': 'mg',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads a Dropdown by its title, and an empty one showing its placeholder (titleIsPlaceHolder) as empty', () => {
    page(app(`${dropdown('Frequency', ['Every 4 weeks'])}${dropdown('Drug name', [], { placeholder: 'Select a drug' })}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.name': '' });
  });

  it('reads a multiSelect Dropdown by its comma-joined title', () => {
    page(app(dropdown('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('names a Dropdown by its label in messages, not by the label and its title together', () => {
    page(app(dropdown('Frequency', ['Every 4 weeks'])));
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a TagPicker by its TagItems, not their "Remove" buttons or the empty picker input', () => {
    page(app(tagPicker('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a disabled Dropdown and names fields by label, not the error message of the field before', () => {
    page(
      app(
        `${textField('Member ID', '', { error: 'Member ID is required.' })}${dropdown('Frequency', ['Every 8 weeks'], { disabled: true, error: 'Frequency is locked' })}${textField('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });
});
