import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Zendesk Garden v9 (zendeskgarden/react-components: packages/dropdowns/src/elements/combobox/Combobox.tsx @2190e565,
 * Listbox.tsx @9f49a536, Tag.tsx @bfbf3564, TagGroup.tsx @7cc47d2e; zendeskgarden/react-containers
 * packages/combobox/src/useCombobox.ts @8dc29659; the forms, tags and dropdowns views' COMPONENT_IDs (`forms.input`,
 * `forms.input_label`, `forms.input_message`, `tags.tag_view`, `dropdowns.combobox.*`) checked in their Styled*
 * sources; the datepickers, tables and modals `data-garden-id`s and the `--label`/`--input`/`--listbox` id suffixes
 * are my reading, not a snapshot. The repository snapshot was too large to fetch, so these files were read one by
 * one). styled-components classes and `data-garden-version` are stand-ins.
 * - Field: `div[data-garden-id=forms.field]` > `label#<p>--label[for=<p>--input]` > hint `div#<p>--hint` > the
 *   input `#<p>--input[aria-labelledby][aria-describedby]` > message `div#<p>--message` (a validation icon + text).
 * - Combobox (dropdowns): `div[data-garden-id=dropdowns.combobox][tabindex=-1]` > trigger `div` > container > input
 *   group: the tags (multiselectable: `div[data-garden-id=tags.tag_view][tabindex=0][aria-label="<text>, press
 *   delete or backspace to remove"]` > `span` text + `div[data-garden-id=tags.close][aria-hidden]`, each past
 *   `maxTags` `hidden` while the combobox has no focus, then a `button` "+ N more"), the value
 *   `div[data-garden-id=dropdowns.combobox.value]` (the input's value or the placeholder; `hidden` while the input
 *   shows), the `input` (`hidden` until focused; editable: `role=combobox`, `aria-autocomplete`, `aria-expanded`,
 *   `aria-controls`; select-only: readonly, `tabindex=-1`, `aria-hidden`, and the trigger itself carries
 *   `role=combobox`, `tabindex=0`, `aria-haspopup=listbox`), the chevron; then the floating `div` (visibility hidden
 *   while collapsed) > `ul#<p>--listbox[role=listbox]` whose options render only while expanded:
 *   `li[role=option][aria-selected]#<p>--option-N`.
 * - Datepicker: the Field's Input, and its calendar menu `div[data-garden-id=datepickers.menu]` portalled at the end
 *   of body while open (month header with prev/next buttons, a table of days).
 * - Modal: `div[data-garden-id=modals.backdrop]` > `div[role=dialog][aria-modal=true][aria-labelledby]`, portalled.
 */

const chevron =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M12.688 5.61a.5.5 0 01.69.718l-.066.062-5 4a.5.5 0 01-.542.054l-.082-.054-5-4a.5.5 0 01.55-.83l.074.05L8 9.359l4.688-3.75z"></path></svg>';
const dangerIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-hidden="true" class="StyledMessageIcon-sc-1ph2gba-0"><g fill="none" stroke="currentColor"><circle cx="5.5" cy="6.5" r="5"></circle><path stroke-linecap="round" d="M5.5 3.5v3"></path></g></svg>';

type Opt = { hint?: string; message?: string };
const fieldBox = (p: string, label: string, control: string, o: Opt & { ns?: string; noFor?: boolean } = {}) =>
  `<div data-garden-id="${o.ns ?? 'forms'}.field" data-garden-version="9.5.2" class="StyledField-sc-12gzfsu-0 kVxYhK"><label data-garden-id="${o.ns ? `${o.ns}.label` : 'forms.input_label'}" data-garden-version="9.5.2" id="${p}--label"${o.noFor ? '' : ` for="${p}--input"`} class="StyledLabel-sc-2utmsz-0 hZjJqH">${label}</label>${
    o.hint
      ? `<div data-garden-id="forms.input_hint" data-garden-version="9.5.2" id="${p}--hint" class="StyledHint-sc-17c2wu8-0 fSAxGz">${o.hint}</div>`
      : ''
  }${control}${
    o.message
      ? `<div data-garden-id="forms.input_message" data-garden-version="9.5.2" id="${p}--message" class="StyledMessage-sc-30hgg7-0 jYzDXe">${dangerIcon}${o.message}</div>`
      : ''
  }</div>`;
const input = (p: string, label: string, value: string, o: Opt & { placeholder?: string } = {}) =>
  fieldBox(
    p,
    label,
    `<input data-garden-id="forms.input" data-garden-version="9.5.2" id="${p}--input" aria-labelledby="${p}--label"${o.hint || o.message ? ` aria-describedby="${[o.hint && `${p}--hint`, o.message && `${p}--message`].filter(Boolean).join(' ')}"` : ''}${o.message ? ' aria-invalid="true"' : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} class="StyledTextInput-sc-k12n8x-0 ${o.message ? 'hHdnGq' : 'cPqLfa'}" value="${value}">`,
    o,
  );

const tag = (text: string, hidden: boolean) =>
  `<div data-garden-id="tags.tag_view" data-garden-version="9.5.2" tabindex="0" data-garden-container-id="containers.combobox.tag" data-garden-container-version="2.1.4" aria-label="${text}, press delete or backspace to remove"${hidden ? ' hidden=""' : ''} class="StyledTag-sc-1jvbe03-0 StyledTag-sc-1p2kk6o-0 lmNwVA"><span>${text}</span><div data-garden-id="tags.close" data-garden-version="9.5.2" aria-hidden="true" class="StyledClose-sc-1f5n1bd-0 eQvNpz"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" d="M3 9l6-6m0 6L3 3"></path></svg></div></div>`;

type Combo = {
  options: string[];
  value?: string; // single: the chosen option's label
  tags?: string[]; // multiselectable: chosen labels
  maxTags?: number;
  editable?: boolean; // default true, as Garden's defaultProps
  focused?: boolean; // editable: the input shows, the value hides
  typed?: string;
  expanded?: boolean;
  active?: number;
  placeholder?: string;
};
const combobox = (p: string, label: string, c: Combo) => {
  const editable = c.editable ?? true;
  const multi = !!c.tags;
  const inputValue = multi ? (c.typed ?? '') : (c.typed ?? c.value ?? '');
  const inputShown = editable && !!c.focused;
  const tags = (c.tags ?? []).map((t, i) => tag(t, !c.focused && i >= (c.maxTags ?? 4))).join('');
  const more =
    multi && c.tags!.length > (c.maxTags ?? 4)
      ? `<button type="button" tabindex="-1"${c.focused ? ' hidden=""' : ''} data-garden-id="dropdowns.combobox.tags_button" class="StyledTagsButton-sc-1nkt8cy-0 bDkqTZ">+ ${c.tags!.length - (c.maxTags ?? 4)} more</button>`
      : '';
  const activeId = c.expanded && c.active !== undefined ? `${p}--option-${c.active}` : undefined;
  const trigger = editable
    ? `<div data-garden-id="dropdowns.combobox.trigger" data-garden-container-id="containers.combobox" class="StyledTrigger-sc-116qdua-0 gTsqPL">`
    : `<div data-garden-id="dropdowns.combobox.trigger" data-garden-container-id="containers.combobox" aria-expanded="${!!c.expanded}" aria-controls="${p}--listbox" aria-haspopup="listbox" aria-labelledby="${p}--label" role="combobox" tabindex="0"${activeId ? ` aria-activedescendant="${activeId}"` : ''} class="StyledTrigger-sc-116qdua-0 gTsqPL">`;
  const inputEl = editable
    ? `<input data-garden-id="dropdowns.combobox.input" data-garden-container-id="containers.combobox.input" role="combobox" aria-autocomplete="list" aria-expanded="${!!c.expanded}" aria-controls="${p}--listbox" aria-labelledby="${p}--label" id="${p}--input" autocomplete="off" aria-invalid="false"${inputShown ? '' : ' hidden=""'}${c.placeholder ? ` placeholder="${c.placeholder}"` : ''}${activeId ? ` aria-activedescendant="${activeId}"` : ''} class="StyledInput-sc-1i0dvdj-0 jPCwGz" value="${inputValue}">`
    : `<input data-garden-id="dropdowns.combobox.input" data-garden-container-id="containers.combobox.input" aria-hidden="true" id="${p}--input" autocomplete="off" aria-invalid="false" readonly="" tabindex="-1" hidden=""${c.placeholder ? ` placeholder="${c.placeholder}"` : ''} class="StyledInput-sc-1i0dvdj-0 jPCwGz" value="${inputValue}">`;
  const shown = inputValue || c.placeholder || '';
  const valueDiv = `<div data-garden-id="dropdowns.combobox.value" data-garden-version="9.5.2"${inputShown ? ' hidden=""' : ''} class="StyledValue-sc-1rpn6mx-0 ${inputValue ? 'fRzuPn' : 'kHwEpt'}">${shown}</div>`;
  const options = c.expanded
    ? c.options
        .map(
          (o, i) =>
            `<li data-garden-id="dropdowns.combobox.option" data-garden-container-id="containers.combobox.option" role="option" aria-selected="${multi ? c.tags!.includes(o) : o === c.value}" id="${p}--option-${i}" class="StyledOption-sc-1c7l0x7-0 ${i === c.active ? 'jAtCWa' : 'dQzVfE'}"><div class="StyledOptionTypeIcon-sc-xyz-0"></div><div class="StyledOptionContent-sc-1d9nh6y-0">${o}</div></li>`,
        )
        .join('')
    : '';
  return fieldBox(
    p,
    label,
    `<div data-garden-id="dropdowns.combobox" data-garden-version="9.5.2" tabindex="-1" class="StyledCombobox-sc-1hs98ew-0 iVCMtR">${trigger}<div data-garden-id="dropdowns.combobox.container" class="StyledContainer-sc-1l6fd1f-0 cKxUbo"><div data-garden-id="dropdowns.combobox.input_group" class="StyledInputGroup-sc-1nqfbuc-0 jmvVtK">${tags}${more}${valueDiv}${inputEl}</div><div data-garden-id="dropdowns.combobox.input_icon" class="StyledInputIcon-sc-14h6xfx-0 hjdQzt">${chevron}</div></div></div><div data-garden-id="dropdowns.combobox.floating" data-garden-animate="${!!c.expanded}" class="StyledFloatingListbox-sc-1ljqsyc-0 ${c.expanded ? 'bpXmTm' : 'fJqkLY'}" style="transform: translate(0px, 44px); width: 320px;"><ul data-garden-id="dropdowns.combobox.listbox" data-garden-container-id="containers.combobox.listbox" role="listbox" aria-label="Options"${multi ? ' aria-multiselectable="true"' : ''} id="${p}--listbox" aria-labelledby="${p}--label" tabindex="-1" class="StyledListbox-sc-1odh1wv-0 cNmCdA">${options}</ul></div></div>`,
    { ns: 'dropdowns.combobox', noFor: !editable },
  );
};

const calendar = () => {
  const week = (start: number) =>
    `<tr>${[0, 1, 2, 3, 4, 5, 6].map((d) => `<td role="gridcell" class="StyledDay-sc-v42uk5-0 eTziLb"${start + d === 2 ? ' aria-selected="true"' : ''}>${start + d > 0 && start + d <= 30 ? start + d : ''}</td>`).join('')}</tr>`;
  return `<div data-garden-id="datepickers.menu" data-garden-version="9.5.2" class="StyledMenu-sc-1q7h1fa-0 fKzDcz" style="position: absolute; left: 0px; top: 0px; transform: translate(24px, 402px);"><div data-garden-id="datepickers.datepicker" class="StyledDatePicker-sc-gf8ujy-0 eVTtpD"><div data-garden-id="datepickers.header" class="StyledHeader-sc-1d9l7zj-0"><button type="button" aria-label="Previous month" class="StyledHeaderPaddle-sc-11kjvw3-0">${chevron}</button><div data-garden-id="datepickers.header_label" class="StyledHeaderLabel-sc-1y0r3pm-0">November 2026</div><button type="button" aria-label="Next month" class="StyledHeaderPaddle-sc-11kjvw3-0">${chevron}</button></div><table data-garden-id="datepickers.calendar" class="StyledCalendar-sc-e0fqps-0"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th class="StyledDayLabel-sc-1f6i2m4-0">${d}</th>`).join('')}</tr></thead><tbody>${[1, 8, 15, 22, 29].map(week).join('')}</tbody></table></div></div>`;
};

const garden = (body: string, tail = '', hidden = false) =>
  `<div id="root"${hidden ? ' aria-hidden="true"' : ''}><div data-garden-id="chrome.chrome" class="StyledChrome-sc-1m5jpzr-0"><main data-garden-id="chrome.main" class="StyledMain-sc-1grzcg6-0"><form>${body}<button type="submit" data-garden-id="buttons.button" class="StyledButton-sc-qe3ace-0">Submit request</button></form></main></div></div>${tail}`;
const heading = (t: string) => `<h2 data-garden-id="typography.font" class="StyledFont-sc-1iildbo-0 jBhSuq">${t}</h2>`;

const gcell = (tag: 'th' | 'td', c: string) =>
  `<${tag} data-garden-id="tables.${tag === 'th' ? 'header_cell' : 'cell'}" class="Styled${tag === 'th' ? 'HeaderCell' : 'Cell'}-sc-8hpncx-0">${c}</${tag}>`;
const gtable = (head: string[], rows: string[][]) =>
  `<table data-garden-id="tables.table" data-garden-version="9.5.2" class="StyledTable-sc-gje7na-0"><thead data-garden-id="tables.head" class="StyledHead-sc-spf23a-0"><tr data-garden-id="tables.header_row" class="StyledHeaderRow-sc-16pfsa-0">${head.map((h) => gcell('th', h)).join('')}</tr></thead><tbody data-garden-id="tables.body">${rows
    .map((r) => `<tr data-garden-id="tables.row" class="StyledRow-sc-ek66ow-0">${r.map((c) => gcell('td', c)).join('')}</tr>`)
    .join('')}</tbody></table>`;
const therapyTable = () =>
  gtable(
    ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
    [0, 1].map((i) =>
      (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map(
        (k) =>
          `<input data-garden-id="forms.input" data-garden-version="9.5.2" aria-label="Therapy ${i + 1} ${k}" class="StyledTextInput-sc-k12n8x-0 cPqLfa" value="${THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]}">`,
      ),
    ),
  );

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Zendesk Garden 9: Field, Input, Combobox (select-only, editable, tags), Datepicker, Table, Modal', () => {
  // misread: diagnosis.codes.0 is left unread: at rest the multiselectable Combobox's input carries `hidden` (Garden
  // shows it only on focus), so no field is collected for it and its tags go unread (the dump has no ICD-10 field)
  it.fails('reads the full Ilaris request', () => {
    page(
      garden(
        `${heading('Member')}${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY' })}${input('weight', 'Weight (kg)', '72')}
         ${heading('Diagnosis')}${combobox('icd', 'ICD-10 codes', { options: CODES, tags: ['M04.1', 'M06.1'], placeholder: 'Search codes' })}
         ${heading('Medication')}${combobox('drug', 'Drug name', { options: DRUGS, value: ILARIS['drug.name'], editable: false })}${input('hcpcs', 'HCPCS code', 'J0638')}${input('ndc', 'NDC', ILARIS['drug.ndc'], { hint: '11 digits, 5-4-2' })}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${combobox('frequency', 'Frequency', { options: FREQS, value: 'Every 4 weeks' })}
         ${heading('Labs')}${input('crp', 'CRP (mg/L)', '24')}${input('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { placeholder: 'MM/DD/YYYY' })}
         ${heading('Prior therapies')}${therapyTable()}
         ${heading('Prescriber')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a select-only Combobox as the value it shows, and its placeholder as empty', () => {
    page(
      garden(
        `${combobox('drug', 'Drug name', { options: DRUGS, value: ILARIS['drug.name'], editable: false })}${combobox('frequency', 'Frequency', { options: FREQS, editable: false, placeholder: 'Select a frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads an editable Combobox at rest (its input hidden, its value shown) as its value', () => {
    page(
      garden(
        `${combobox('frequency', 'Frequency', { options: FREQS, value: 'Every 8 weeks' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads an expanded select-only Combobox as its chosen value, not the option its cursor is on', () => {
    page(
      garden(
        `${combobox('drug', 'Drug name', { options: DRUGS, value: ILARIS['drug.name'], editable: false, expanded: true, active: 1 })}${input('hcpcs', 'HCPCS code', 'J0638')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
    nothingFrom('[role="listbox"]');
  });

  it('reads a focused, expanded editable Combobox as its input, not the option its cursor is on in the inline listbox', () => {
    page(
      garden(
        `${combobox('frequency', 'Frequency', { options: FREQS, value: 'Every 4 weeks', focused: true, expanded: true, active: 2 })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[role="listbox"]');
  });

  // misread: diagnosis.codes.0 is left unread (only the NPI is collected): the tags' combobox input is `hidden` at
  // rest, so the tag list is no field, whether or not some tags are past maxTags
  it.fails('reads every chosen tag as the ICD-10 codes, the ones past maxTags hidden behind "+ 1 more" too', () => {
    page(
      garden(
        `${combobox('icd', 'ICD-10 codes', { options: CODES, tags: CODES, maxTags: 2, placeholder: 'Search codes' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1, M04.8', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads the tags, not the search typed while the listbox is open', () => {
    page(
      garden(
        `${combobox('icd', 'ICD-10 codes', { options: ['M06.1'], tags: ['M04.1'], focused: true, typed: 'M06', expanded: true, active: 0, placeholder: 'Search codes' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[role="listbox"]');
  });

  it('reads a disabled select-only Combobox as the value it shows', () => {
    const html = combobox('drug', 'Drug name', { options: DRUGS, value: ILARIS['drug.name'], editable: false })
      .replace('role="combobox" tabindex="0"', 'aria-disabled="true" role="combobox" tabindex="-1"')
      .replace('readonly="" tabindex="-1"', 'disabled="" readonly="" tabindex="-1"');
    page(garden(`${html}${input('hcpcs', 'HCPCS code', 'J0638')}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
  });

  it('reads a Datepicker by its input and nothing from its open calendar menu', () => {
    page(garden(`${input('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}${input('crp', 'CRP (mg/L)', '24')}`, calendar()));
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'], 'labs.crpValue': '24' });
    nothingFrom('[data-garden-id="datepickers.menu"]');
  });

  it('names a field by its label, not the validation message of the field before it or its own hint', () => {
    page(
      garden(
        `${input('memberId', 'Member ID', 'U48', { message: 'Enter the 11-character member ID' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { hint: 'The 10-digit National Provider Identifier' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U48', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the request in a Modal, not the table of past requests behind it', () => {
    const past = gtable(
      ['Member ID', 'Drug', 'Dose (mg)', 'Billing units', 'Status'],
      [
        ['U7712045398', 'Kineret (anakinra)', '100', '1', 'Approved'],
        ['U3390127465', 'Ilaris (canakinumab)', '300', '300', 'Pended'],
      ],
    );
    const modal = `<div data-garden-id="modals.backdrop" data-garden-version="9.5.2" class="StyledBackdrop-sc-mzdjpo-0"><div data-garden-id="modals.modal" role="dialog" aria-modal="true" tabindex="-1" aria-labelledby="modal-1--title" aria-describedby="modal-1--content" class="StyledModal-sc-1pe1axu-0"><div data-garden-id="modals.header" id="modal-1--title" class="StyledHeader-sc-1787r9v-0">New prior authorization</div><div data-garden-id="modals.body" id="modal-1--content" class="StyledBody-sc-14rzecg-0">${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}</div><div data-garden-id="modals.footer" class="StyledFooter-sc-d8pfdu-0"><button type="button" data-garden-id="buttons.button">Cancel</button><button type="button" data-garden-id="buttons.button">Submit</button></div><button type="button" data-garden-id="modals.close" aria-label="Close modal" class="StyledClose-sc-iseudj-0">${chevron}</button></div></div>`;
    page(garden(`${heading('Recent requests')}${past}`, modal, true));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.dose': '150', 'drug.units': '150' });
    nothingFrom('#root');
  });
});
