import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Radix Themes 3.3 (radix-ui/themes at 1faff10: packages/radix-ui-themes/src/components/text-field.tsx,
 * select.tsx, checkbox-group.tsx + checkbox-group.primitive.tsx, radio-cards.tsx, segmented-control.tsx,
 * data-list.tsx, table.tsx, text.tsx) over the radix-ui primitives (radix-ui/primitives
 * packages/react/select/src/select.tsx: trigger, SelectValue, SelectBubbleInput; checkbox, radio-group,
 * toggle-group as they render; labels as the Themes docs write them, `<label><Text as="div">…</Text>
 * <TextField.Root/></label>`, or `<Text as="label" htmlFor>` for a Select trigger):
 * - TextField.Root: `div.rt-TextFieldRoot` > `input.rt-reset.rt-TextFieldInput[spellcheck=false]` then its
 *   `div.rt-TextFieldSlot[data-side]` children (a unit after the input).
 * - Select: `button.rt-reset.rt-SelectTrigger[role=combobox][aria-autocomplete=none][aria-controls]
 *   [data-state][data-placeholder while empty]` > `span.rt-SelectTriggerInner` > `span[style=pointer-events:
 *   none]` (the chosen item's text or the placeholder) + `svg.rt-SelectIcon[aria-hidden]`; inside a form
 *   an `aria-hidden` visually hidden `<select tabindex=-1>` of the items follows. Open, the content
 *   (`div.radix-themes.rt-PopperContent.rt-SelectContent[role=listbox]`) sits in
 *   `div[data-radix-popper-content-wrapper]` at the end of body and `hideOthers` marks the app root
 *   `aria-hidden="true" data-aria-hidden="true"` (aria-hidden package) while it is open.
 * - CheckboxGroup: `div.rt-CheckboxGroupRoot[role=group]` > `label.rt-Text.rt-CheckboxGroupItem` >
 *   `button.rt-BaseCheckboxRoot[role=checkbox][aria-checked][value]` (indicator only while checked), the
 *   checkbox's hidden bubble `input[type=checkbox][aria-hidden][tabindex=-1]` in a form, `span.rt-CheckboxGroupItemInner`.
 * - RadioCards: `div.rt-Grid.rt-RadioCardsRoot[role=radiogroup]` of `button.rt-BaseCard.rt-RadioCardsItem
 *   [role=radio][aria-checked]` with their text, each followed by a hidden bubble radio in a form.
 * - SegmentedControl: ToggleGroup `div.rt-SegmentedControlRoot[role=group]` of `button.rt-SegmentedControlItem
 *   [role=radio][aria-checked][data-state=on|off]` whose label is drawn twice (the inactive copy aria-hidden),
 *   then `div.rt-SegmentedControlIndicator`.
 * - DataList: `dl.rt-Text.rt-DataListRoot` > `div.rt-DataListItem` > `dt.rt-DataListLabel` + `dd.rt-DataListValue`.
 * - Table: `div.rt-TableRoot` > ScrollArea > `table.rt-TableRootTable` > `thead.rt-TableHeader` /
 *   `tbody.rt-TableBody` > `tr.rt-TableRow` > `th.rt-TableCell.rt-TableColumnHeaderCell[scope=col]` / `td.rt-TableCell`.
 */

let n = 0;
const rid = () => `radix-_r_${(n += 1).toString(36)}_`;
const HIDDEN =
  'position: absolute; border: 0px; width: 1px; height: 1px; padding: 0px; margin: -1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); white-space: nowrap; word-wrap: normal;';
const BUBBLE =
  'transform: translateX(-100%); position: absolute; pointer-events: none; opacity: 0; margin: 0px; width: 16px; height: 16px;';
const chevronDown =
  '<svg width="9" height="9" viewBox="0 0 9 9" fill="currentcolor" xmlns="http://www.w3.org/2000/svg" class="rt-SelectIcon" aria-hidden="true"><path d="M0.135232 3.15803C0.324102 2.95657 0.640521 2.94637 0.841971 3.13523L4.5 6.56464L8.158 3.13523Z"></path></svg>';
const tick =
  '<svg width="9" height="9" viewBox="0 0 9 9" fill="currentcolor" xmlns="http://www.w3.org/2000/svg" data-state="checked" class="rt-BaseCheckboxIndicator"><path d="M8.53547 0.62293C8.88226 0.849446 8.97976 1.3142 8.75325 1.66099L4.5083 8.1599Z"></path></svg>';

const labelText = (t: string) => `<div class="rt-Text rt-r-size-2 rt-r-mb-1 rt-r-weight-bold">${t}</div>`;

/** `<label><Text as="div">label</Text><TextField.Root>{slot}</TextField.Root></label>` */
const textField = (label: string, value: string, o: { slot?: string; type?: string; placeholder?: string; readOnly?: boolean } = {}) =>
  `<label>${labelText(label)}<div class="rt-TextFieldRoot rt-r-size-2 rt-variant-surface"><input spellcheck="false"${o.type ? ` type="${o.type}"` : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.readOnly ? ' readonly=""' : ''} class="rt-reset rt-TextFieldInput" value="${value}">${
    o.slot ? `<div class="rt-TextFieldSlot" data-side="right">${o.slot}</div>` : ''
  }</div></label>`;

/** Select.Root in a form; `open` gives the content for the end of body */
function select(label: string, chosen: string, options: string[], o: { placeholder?: string; open?: boolean } = {}) {
  const id = `${label.toLowerCase().replace(/\W+/g, '-')}-select`;
  const content = rid();
  const html = `<div class="rt-Flex rt-r-fd-column rt-r-gap-1"><label class="rt-Text rt-r-size-2 rt-r-weight-bold" for="${id}">${label}</label><button type="button" role="combobox" aria-controls="${content}" aria-expanded="${!!o.open}" aria-autocomplete="none" dir="ltr" data-state="${o.open ? 'open' : 'closed'}"${chosen ? '' : ' data-placeholder=""'} id="${id}" class="rt-reset rt-SelectTrigger rt-r-size-2 rt-variant-surface"><span class="rt-SelectTriggerInner"><span style="pointer-events: none;">${chosen || (o.placeholder ?? '')}</span></span>${chevronDown}</button><select aria-hidden="true" tabindex="-1" style="${HIDDEN}">${chosen ? '' : '<option value=""></option>'}${options
    .map((v) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${v}</option>`)
    .join('')}</select></div>`;
  const popup = o.open
    ? `<div data-radix-popper-content-wrapper="" dir="ltr" style="position: fixed; left: 0px; top: 0px; transform: translate(24px, 310px); min-width: max-content; --radix-popper-transform-origin: 0% 0px; z-index: auto;"><div role="listbox" id="${content}" data-state="open" data-side="bottom" data-align="start" dir="ltr" data-accent-color="indigo" data-is-root-theme="false" data-gray-color="slate" data-has-background="false" data-panel-background="translucent" data-radius="medium" data-scaling="100%" tabindex="-1" class="radix-themes rt-PopperContent rt-SelectContent rt-r-size-2 rt-variant-solid" style="box-sizing: border-box; display: flex; flex-direction: column; outline: none; pointer-events: auto;"><div class="rt-ScrollAreaRoot" dir="ltr"><div data-radix-select-viewport="" role="presentation" class="rt-SelectViewport rt-ScrollAreaViewport" style="position: relative; flex: 1 1 0%; overflow: hidden auto;">${options
        .map((v, i) => {
          const t = `${content}-t${i}`;
          return `<div role="option" aria-labelledby="${t}" aria-selected="${v === chosen}" data-state="${v === chosen ? 'checked' : 'unchecked'}" tabindex="-1" data-radix-collection-item="" class="rt-SelectItem">${
            v === chosen ? `<span class="rt-SelectItemIndicator">${tick}</span>` : ''
          }<span id="${t}">${v}</span></div>`;
        })
        .join('')}</div></div></div></div>`
    : '';
  return { html, popup };
}

const checkboxGroup = (label: string, options: string[], checked: string[]) =>
  `<div class="rt-Flex rt-r-fd-column rt-r-gap-1">${labelText(label)}<div role="group" dir="ltr" class="rt-CheckboxGroupRoot rt-r-size-2 rt-variant-surface" tabindex="0" style="outline: none;">${options
    .map((o) => {
      const on = checked.includes(o);
      return `<label class="rt-Text rt-r-size-2 rt-CheckboxGroupItem"><button type="button" role="checkbox" aria-checked="${on}" data-state="${on ? 'checked' : 'unchecked'}" value="${o}" tabindex="-1" data-radix-collection-item="" class="rt-reset rt-BaseCheckboxRoot rt-CheckboxGroupItemCheckbox">${on ? tick : ''}</button><input type="checkbox" aria-hidden="true" tabindex="-1" value="${o}"${on ? ' checked=""' : ''} style="${BUBBLE}"><span class="rt-CheckboxGroupItemInner">${o}</span></label>`;
    })
    .join('')}</div></div>`;

const radioCards = (label: string, options: string[], checked: string) => {
  const id = rid();
  return `<div class="rt-Flex rt-r-fd-column rt-r-gap-1"><div id="${id}" class="rt-Text rt-r-size-2 rt-r-mb-1 rt-r-weight-bold">${label}</div><div role="radiogroup" aria-labelledby="${id}" aria-required="false" dir="ltr" tabindex="0" class="rt-Grid rt-r-gtc-2 rt-r-gap-3 rt-RadioCardsRoot rt-r-size-2 rt-variant-surface" style="outline: none;">${options
    .map((o) => {
      const on = o === checked;
      return `<button type="button" role="radio" aria-checked="${on}" data-state="${on ? 'checked' : 'unchecked'}" value="${o.toLowerCase()}" tabindex="-1" data-radix-collection-item="" class="rt-reset rt-BaseCard rt-RadioCardsItem">${o}</button><input type="radio" aria-hidden="true" tabindex="-1" value="${o.toLowerCase()}"${on ? ' checked=""' : ''} style="${BUBBLE}">`;
    })
    .join('')}</div></div>`;
};

const segmented = (label: string, options: string[], on: string) =>
  `<div class="rt-Flex rt-r-fd-column rt-r-gap-1">${labelText(label)}<div role="group" dir="ltr" tabindex="0" class="rt-SegmentedControlRoot rt-r-size-2 rt-variant-surface" style="outline: none;">${options
    .map(
      (o) =>
        `<button type="button" role="radio" aria-checked="${o === on}" data-state="${o === on ? 'on' : 'off'}" tabindex="-1" data-radix-collection-item="" class="rt-reset rt-SegmentedControlItem"><span class="rt-SegmentedControlItemSeparator"></span><span class="rt-SegmentedControlItemLabel"><span class="rt-SegmentedControlItemLabelActive">${o}</span><span class="rt-SegmentedControlItemLabelInactive" aria-hidden="true">${o}</span></span></button>`,
    )
    .join('')}<div class="rt-SegmentedControlIndicator"></div></div></div>`;

const dataList = (items: [string, string][]) =>
  `<dl class="rt-Text rt-DataListRoot rt-r-orientation-horizontal rt-r-size-2">${items
    .map(
      ([l, v]) =>
        `<div class="rt-DataListItem"><dt class="rt-DataListLabel rt-r-min-w-88px">${l}</dt><dd class="rt-DataListValue">${v}</dd></div>`,
    )
    .join('')}</dl>`;

const cell = (v: string, type = 'text') =>
  `<td class="rt-TableCell"><div class="rt-TextFieldRoot rt-r-size-1 rt-variant-surface"><input spellcheck="false" type="${type}" class="rt-reset rt-TextFieldInput" value="${v}"></div></td>`;
const therapyTable = () =>
  `<div class="rt-TableRoot rt-r-size-2 rt-variant-surface"><div class="rt-ScrollAreaRoot" dir="ltr"><div data-radix-scroll-area-viewport="" class="rt-ScrollAreaViewport" style="overflow: scroll;"><div style="min-width: 100%; display: table;"><table class="rt-TableRootTable"><thead class="rt-TableHeader"><tr class="rt-TableRow">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((h) => `<th class="rt-TableCell rt-TableColumnHeaderCell" scope="col">${h}</th>`)
    .join('')}</tr></thead><tbody class="rt-TableBody">${[0, 1]
    .map((i) => {
      const t = (k: string) => ISO_THERAPIES[`priorTherapies.${i}.${k}` as keyof typeof ISO_THERAPIES];
      return `<tr class="rt-TableRow">${cell(t('drug'))}${cell(t('dose'))}${cell(t('start'), 'date')}${cell(t('stop'), 'date')}${cell(t('outcome'))}</tr>`;
    })
    .join('')}</tbody></table></div></div></div></div>`;

const card = (title: string, body: string) =>
  `<div class="rt-reset rt-BaseCard rt-Card rt-r-size-2 rt-variant-surface"><h2 class="rt-Heading rt-r-size-4 rt-r-mb-3">${title}</h2><div class="rt-Flex rt-r-fd-column rt-r-gap-3">${body}</div></div>`;
const theme = (body: string, tail = '', rootAttrs = '') =>
  `<div data-is-root-theme="true" data-accent-color="indigo" data-gray-color="slate" data-has-background="true" data-panel-background="translucent" data-radius="medium" data-scaling="100%" class="radix-themes"${rootAttrs}><div class="rt-Container rt-r-size-3"><div class="rt-ContainerInner"><form>${body}<button type="submit" class="rt-reset rt-BaseButton rt-r-size-2 rt-variant-solid rt-Button">Submit request</button></form></div></div></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Radix Themes 3: TextField, Select, CheckboxGroup, RadioCards, SegmentedControl, DataList, Table', () => {
  it('reads the full Ilaris request, prior therapies from the Table inputs', () => {
    page(
      theme(
        `${dataList([
          ['Request ID', 'PA-2026-118204'],
          ['Status', 'Draft'],
        ])}
        ${card('Member', `${textField('Member ID', ISO_REQUEST['patient.memberId'])}${textField('Date of birth', ISO_REQUEST['patient.dob'], { type: 'date' })}${textField('Weight', '72', { slot: 'kg' })}`)}
        ${card('Diagnosis', `${checkboxGroup('ICD-10 codes', CODES, ['M04.1', 'M06.1'])}${radioCards('Is colchicine contraindicated or not tolerated?', ['Yes', 'No'], 'Yes')}`)}
        ${card(
          'Medication',
          `${select('Drug name', ISO_REQUEST['drug.name'], DRUGS, { placeholder: 'Choose a drug' }).html}${textField('HCPCS code', ISO_REQUEST['drug.hcpcs'])}${textField('NDC', ISO_REQUEST['drug.ndc'])}${textField('Dose', '150', { slot: 'mg' })}${textField('Billing units', '150')}${segmented('Frequency', FREQUENCIES, 'Every 4 weeks')}`,
        )}
        ${card('Labs', `${textField('CRP', '24', { slot: 'mg/L' })}${textField('CRP collection date', ISO_REQUEST['labs.crpDate'], { type: 'date' })}`)}
        ${card('Prior therapies', therapyTable())}
        ${card('Prescriber', textField('Prescriber NPI', ISO_REQUEST['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES, 'clinical.colchicineContraindicated': 'Yes' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a TextField by the Text inside its wrapping label, its unit from the right slot', () => {
    page(
      theme(
        `${textField('Member ID', ISO_REQUEST['patient.memberId'], { placeholder: 'e.g. U1234567890' })}${textField('Weight', '72', { slot: 'kg' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'patient.weight': '72' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('reads a Select by its trigger once (not its hidden bubble select), and one showing its placeholder as empty', () => {
    page(
      theme(
        `${select('Drug name', ISO_REQUEST['drug.name'], DRUGS, { placeholder: 'Choose a drug' }).html}${select('Frequency', '', FREQUENCIES, { placeholder: 'Choose a frequency' }).html}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.frequency': '' });
    expect(field('drug.name')?.field.element.localName).toBe('button');
    noDuplicatePaths();
  });

  it('reads the form while a Select is open (hideOthers marks the app root aria-hidden), nothing from its content', () => {
    const s = select('Frequency', 'Every 8 weeks', FREQUENCIES, { open: true });
    page(
      theme(
        `${textField('Member ID', ISO_REQUEST['patient.memberId'])}${s.html}${textField('Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
        s.popup,
        ' aria-hidden="true" data-aria-hidden="true"',
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ISO_REQUEST['patient.memberId'],
      'drug.frequency': 'Every 8 weeks',
      'prescriber.npi': ISO_REQUEST['prescriber.npi'],
    });
    nothingFrom('[data-radix-popper-content-wrapper]');
  });

  it('reads a CheckboxGroup as the ticked codes, not its hidden bubble checkboxes, and an untouched one as empty', () => {
    page(theme(checkboxGroup('ICD-10 codes', CODES, ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(theme(checkboxGroup('ICD-10 codes', CODES, [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads RadioCards named through aria-labelledby by the checked card', () => {
    page(theme(radioCards('Is colchicine contraindicated or not tolerated?', ['Yes', 'No'], 'No')));
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'No' });
  });

  it('reads a SegmentedControl by its pressed item once, not its aria-hidden inactive copy', () => {
    page(theme(segmented('Frequency', FREQUENCIES, 'Every 8 weeks')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('takes nothing from a DataList of read-only values, nor lets it name the field after it', () => {
    page(
      theme(
        `${dataList([
          ['Plan', 'Open Access Plus'],
          ['Eligibility', 'Active'],
        ])}${textField('Weight', '72', { slot: 'kg' })}${textField('Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    nothingFrom('dl');
    expect(field('patient.weight')?.label).toMatch(/^Weight\b/);
  });

  it('reads a read-only TextField (prefilled from eligibility) by its value', () => {
    page(
      theme(
        `${textField('Member ID', ISO_REQUEST['patient.memberId'], { readOnly: true })}${textField('Date of birth', ISO_REQUEST['patient.dob'], { type: 'date', readOnly: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'patient.dob': ISO_REQUEST['patient.dob'] });
  });
});
