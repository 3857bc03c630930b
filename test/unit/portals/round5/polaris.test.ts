import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from './request';

/**
 * Shopify Polaris 13 (Shopify/polaris polaris-react/src/components: TextField, Select, Labelled,
 * Label, Tag, Combobox), class names `Polaris-<Component>__<element>`:
 * - Labelled: `div > div.Polaris-Labelled__LabelWrapper > div.Polaris-Label >
 *   label#<id>Label.Polaris-Label__Text[for=<id>] > span.Polaris-Text--root` then the control,
 *   then `div.Polaris-Labelled__HelpText#<id>HelpText`.
 * - TextField: `div.Polaris-Connected > div.Polaris-Connected__Item--primary >
 *   div.Polaris-TextField` holding `div.Polaris-TextField__Prefix#<id>-Prefix`, the
 *   `input.Polaris-TextField__Input#<id>[aria-labelledby="<id>Label <id>-Suffix"]`,
 *   `div.Polaris-TextField__Suffix#<id>-Suffix` ("kg"), the number `div.Polaris-TextField__Spinner
 *   [aria-hidden]` of two `div[role=button]` segments, and `div.Polaris-TextField__Backdrop`.
 *   `connectedRight` puts another control (a unit Select) in a `Polaris-Connected__Item`.
 *   `verticalContent` (the Combobox multi-select pattern: the chosen tags above the input) wraps
 *   the tags and the input in `div.Polaris-TextField__VerticalContent#<id>-VerticalContent`, and
 *   the input's `aria-labelledby` then names that element too.
 * - Select: `div.Polaris-Select > select.Polaris-Select__Input#<id>` (the native select, made
 *   transparent over) `div.Polaris-Select__Content[aria-hidden=true] >
 *   span.Polaris-Select__SelectedOption` + icon, `div.Polaris-Select__Backdrop`.
 * - Tag with onRemove: `span.Polaris-Tag.Polaris-Tag--removable > span.Polaris-Text--root >
 *   span.Polaris-Tag__Text[title]` + `button.Polaris-Tag__Button[aria-label="Remove M04.1"]`.
 * - Combobox.TextField: the TextField with `role=combobox aria-autocomplete=list
 *   aria-expanded=false`; its listbox Popover renders only while open.
 */

let n = 0;
const pid = (kind: string) => `Polaris${kind}${(n += 1)}`;

const labelled = (id: string, label: string, control: string, help?: string) => `
  <div class="">
    <div class="Polaris-Labelled__LabelWrapper"><div class="Polaris-Label"><label id="${id}Label" for="${id}" class="Polaris-Label__Text"><span class="Polaris-Text--root Polaris-Text--bodyMd">${label}</span></label></div></div>
    ${control}
    ${help ? `<div class="Polaris-Labelled__HelpText" id="${id}HelpText"><span class="Polaris-Text--root Polaris-Text--bodyMd Polaris-Text--break Polaris-Text--subdued">${help}</span></div>` : ''}
  </div>`;

const spinner = `<div class="Polaris-TextField__Spinner" aria-hidden="true"><div role="button" class="Polaris-TextField__Segment" tabindex="-1"><div class="Polaris-TextField__SpinnerIcon"><span class="Polaris-Icon"><svg viewBox="0 0 20 20" class="Polaris-Icon__Svg" focusable="false" aria-hidden="true"><path d="M6.902 12.5z"></path></svg></span></div></div><div role="button" class="Polaris-TextField__Segment" tabindex="-1"><div class="Polaris-TextField__SpinnerIcon"><span class="Polaris-Icon"><svg viewBox="0 0 20 20" class="Polaris-Icon__Svg" focusable="false" aria-hidden="true"><path d="M13.098 7.5z"></path></svg></span></div></div></div>`;

const textField = (
  label: string,
  value: string,
  o: {
    suffix?: string;
    number?: boolean;
    help?: string;
    connectedRight?: string;
    vertical?: string;
    combobox?: boolean;
    placeholder?: string;
  } = {},
) => {
  const id = pid('TextField');
  const labelledBy = [`${id}Label`, ...(o.suffix ? [`${id}-Suffix`] : []), ...(o.vertical ? [`${id}-VerticalContent`] : [])].join(' ');
  const inputEl = `<input id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} autocomplete="off" class="Polaris-TextField__Input${o.suffix ? ' Polaris-TextField__Input--suffixed' : ''}" type="${o.number ? 'number' : 'text'}"${o.combobox ? ' role="combobox" aria-autocomplete="list" aria-expanded="false"' : ''}${o.help ? ` aria-describedby="${id}HelpText"` : ''} aria-labelledby="${labelledBy}" aria-invalid="false" data-1p-ignore="true" data-lpignore="true" data-form-type="other" value="${value}">`;
  const inner = o.vertical
    ? `<div class="Polaris-TextField__VerticalContent" id="${id}-VerticalContent">${o.vertical}${inputEl}</div>`
    : inputEl;
  const box = `<div class="Polaris-TextField${value ? ' Polaris-TextField--hasValue' : ''}">${inner}${
    o.suffix
      ? `<div class="Polaris-TextField__Suffix" id="${id}-Suffix"><span class="Polaris-Text--root Polaris-Text--bodyMd">${o.suffix}</span></div>`
      : ''
  }${o.number ? spinner : ''}<div class="Polaris-TextField__Backdrop"></div></div>`;
  const connected = o.connectedRight
    ? `<div class="Polaris-Connected"><div class="Polaris-Connected__Item Polaris-Connected__Item--primary">${box}</div><div class="Polaris-Connected__Item">${o.connectedRight}</div></div>`
    : `<div class="Polaris-Connected"><div class="Polaris-Connected__Item Polaris-Connected__Item--primary">${box}</div></div>`;
  return labelled(id, label, connected, o.help);
};

const chevron = `<span class="Polaris-Select__Icon"><span class="Polaris-Icon"><svg viewBox="0 0 20 20" class="Polaris-Icon__Svg" focusable="false" aria-hidden="true"><path d="M10.884 4.323z"></path></svg></span></span>`;

const selectEl = (id: string, options: [string, string][], chosen: string, o: { labelHidden?: string } = {}) => {
  const shown = options.find(([v]) => v === chosen)?.[1] ?? '';
  return `<div class="Polaris-Select"><select id="${id}" class="Polaris-Select__Input"${o.labelHidden ? ` aria-label="${o.labelHidden}"` : ''} aria-invalid="false">${options
    .map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected' : ''}${v === '' ? ' disabled' : ''}>${t}</option>`)
    .join(
      '',
    )}</select><div class="Polaris-Select__Content" aria-hidden="true"><span class="Polaris-Select__SelectedOption">${shown}</span>${chevron}</div><div class="Polaris-Select__Backdrop"></div></div>`;
};

const select = (label: string, options: [string, string][], chosen: string, help?: string) => {
  const id = pid('Select');
  return labelled(id, label, selectEl(id, options, chosen), help);
};

const tag = (text: string) =>
  `<span class="Polaris-Tag Polaris-Tag--removable"><span class="Polaris-Text--root Polaris-Text--bodySm Polaris-Text--truncate"><span title="${text}" class="Polaris-Tag__Text">${text}</span></span><button type="button" aria-label="Remove ${text}" class="Polaris-Tag__Button"><span class="Polaris-Icon"><svg viewBox="0 0 20 20" class="Polaris-Icon__Svg" focusable="false" aria-hidden="true"><path d="M12.72 13.78z"></path></svg></span></button></span>`;

const tags = (values: string[]) =>
  `<div class="Polaris-InlineStack" style="--pc-inline-stack-gap-xs: var(--p-space-100);">${values.map(tag).join('')}</div>`;

const card = (title: string, body: string) =>
  `<div class="Polaris-ShadowBevel"><div class="Polaris-Box"><div class="Polaris-BlockStack"><h2 class="Polaris-Text--root Polaris-Text--headingSm">${title}</h2>${body}</div></div></div>`;

describe('Polaris TextField, Select, Combobox with tags', () => {
  it('reads the request with suffixes, a help text, a Select and the ICD-10 tags', () => {
    page(`<div class="Polaris-Page"><form class="Polaris-FormLayout">
      ${card(
        'Member',
        `${textField('Member ID', ILARIS['patient.memberId'], { help: 'As shown on the Cigna ID card' })}
        ${textField('Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY' })}
        ${textField('Weight', '72', { suffix: 'kg', number: true })}`,
      )}
      ${card('Diagnosis', textField('ICD-10 codes', '', { vertical: tags(['M04.1', 'M06.1']), combobox: true, placeholder: 'Search codes' }))}
      ${card(
        'Medication',
        `${textField('Drug name', ILARIS['drug.name'])}
        ${textField('HCPCS code', ILARIS['drug.hcpcs'])}
        ${textField('NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2' })}
        ${textField('Dose', '150', { suffix: 'mg', number: true })}
        ${textField('Billing units', '150', { number: true })}
        ${select(
          'Place of service',
          [
            ['', 'Select'],
            ['11', '11 - Office'],
            ['22', '22 - On-campus outpatient hospital'],
          ],
          '11',
        )}`,
      )}
      ${card(
        'Labs',
        `${textField('CRP', '24', { suffix: 'mg/L', number: true })}
        ${textField('CRP collection date', ILARIS['labs.crpDate'])}`,
      )}
      ${card('Prescriber', textField('Prescriber NPI', ILARIS['prescriber.npi']))}
    </form></div>`);
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.placeOfService': '11 - Office' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('.Polaris-TextField__Spinner');
    noDuplicatePaths();
  });

  it('labels a suffixed field by its label alone, not "Weight kg" from its aria-labelledby', () => {
    page(`<form>${textField('Weight', '72', { suffix: 'kg', number: true })}</form>`);
    expect(field('patient.weight')?.label).toBe('Weight');
  });

  it('labels the tag combobox "ICD-10 codes", not with the tags its aria-labelledby also names', () => {
    page(`<form>${textField('ICD-10 codes', '', { vertical: tags(['M04.1', 'M06.1']), combobox: true })}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a unit Select connected to the right of the weight field', () => {
    const unitId = pid('Select');
    page(
      `<form>${textField('Weight', '158', {
        number: true,
        connectedRight: selectEl(
          unitId,
          [
            ['kg', 'kg'],
            ['lb', 'lb'],
          ],
          'lb',
          { labelHidden: 'Weight unit' },
        ),
      })}</form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '158', 'patient.weightUnit': 'lb' });
  });

  it('reads a Select left on its disabled "Select" prompt as empty', () => {
    page(
      `<form>${select(
        'Place of service',
        [
          ['', 'Select'],
          ['11', '11 - Office'],
        ],
        '',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});
