import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Gestalt 177.0.13 (pinterest/gestalt at 9ef9207e), classic (non visual-refresh) theme: packages/gestalt/src/
 * TextField/InternalTextField.tsx (+ __snapshots__/TextField.test.tsx.snap), sharedSubcomponents/FormLabel.tsx,
 * FormHelperText.tsx, FormErrorMessage.tsx, Label/InternalLabel.tsx, Tag.tsx (+ Tag.test.tsx.snap), ComboBox.tsx +
 * ComboBox/Item.tsx (+ ComboBox.jsdom.test.tsx.snap), SelectList.tsx (+ SelectList.test.tsx.snap), Checkbox
 * (Checkbox.test.tsx.snap), RadioGroup + RadioGroup/RadioButton.tsx (RadioGroup.test.tsx.snap), Table*.tsx (+ snaps),
 * Layer.tsx, Popover/Contents.tsx; packages/gestalt-datepicker/src/DatePicker/InternalDatePicker.tsx, DateInput.tsx
 * and __snapshots__/DatePicker.jsdom.test.tsx.snap (react-datepicker underneath, `selectLists` = its month/year
 * selects). CSS modules: production class names are hashed ("LTD kVc BG7", as in the datepicker snapshot); the
 * stand-ins below are hashed alike.
 * - TextField: `span` > FormLabel `label[for=<id>]` > `div` > Text `div` label; Box `div` > `input[id][aria-invalid]`;
 *   helper `div#<id>-helperText` / error `div#<id>-error` after. With `tags`: the Box holds a `div` (the styled box) of
 *   tag wrappers `div` > Tag (`div[aria-disabled]` > `div` > `span[title]` text + `div` > `button[type=button]` >
 *   `div` > `svg[role=img][aria-label="Remove tag"]`), then a `div` > spacer `div[aria-hidden]` + the input.
 * - ComboBox: `div[role=combobox][aria-haspopup][aria-expanded][aria-owns=<id>][aria-autocomplete=list]` around a
 *   TextField `#combobox-<id>` whose value is the chosen option's label; a chevron/clear `div[role=button]`. Open,
 *   a Layer `div` at the end of body > floating `div` > `div[role=listbox][id]` > Box `div#<id>` > items
 *   `div[role=option][aria-selected][id=<id>-item-N]` (text + "Selected item" check svg on the chosen one).
 * - SelectList: native `select` after an svg arrow; an empty one shows `option[disabled][hidden]` (its placeholder).
 * - DatePicker: own `label[for]`, `div.react-datepicker-wrapper` > `div.react-datepicker__input-container` > the
 *   TextField input (`inputmode=none`, "03/14/1988") + `div.calendarIcon` (`div[role=button]` > svg "Open calendar");
 *   the popper `div.react-datepicker__tab-loop` after it holds the open `div.react-datepicker`.
 * - RadioGroup: `fieldset` > `legend` > Text, options `input[type=radio][name][id]` + `label[for]`.
 * - Table: `div[tabindex=0]` > `table` > visually hidden `caption` (accessibilityLabel), `thead` > `th[scope=col]`.
 */

const tx = (t: string, cls = 'tBJ dyH iFc') => `<div class="${cls}">${t}</div>`;
const formLabel = (id: string, label: string) =>
  `<label class="LTD kVc BG7" for="${id}"><div class="u8x zI7 iyn Hsu">${tx(label, 'X8m zDA IZT tBJ dyH iFc dR0 swG')}</div></label>`;
const below = (id: string, o: { helper?: string; error?: string }) =>
  o.error
    ? `<div class="hs0 MIw" id="${id}-error"><div class="tBJ dyH iFc X8m"><span class="Hsu"><svg aria-hidden="true" aria-label="" class="gUZ U9O kVc" height="16" role="img" viewBox="0 0 24 24" width="16"><path d="M23.6 18.5 14.6 2.66a3 3 0 0 0-5.2 0L.4 18.5A3 3 0 0 0 3 23h18a3 3 0 0 0 2.6-4.5"></path></svg></span>${o.error}</div></div>`
    : o.helper
      ? `<div class="hs0 MIw" id="${id}-helperText">${tx(o.helper, 'tBJ dyH iFc swG')}</div>`
      : '';

type TF = { helper?: string; error?: string; placeholder?: string; readOnly?: boolean; tags?: string[]; icon?: string; attrs?: string };
const rawInput = (id: string, value: string, o: TF, cls = 'D8X Hsu tBJ dyH iFc L4E mbr iyn fSK Et3') =>
  `<input aria-invalid="${!!o.error}" class="${cls}" id="${id}"${o.attrs ?? ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.readOnly ? ' readonly' : ''} type="text" value="${value}">`;
const tag = (t: string) =>
  `<div class="zI7 iyn Hsu" style="margin-bottom: 2px;"><div aria-disabled="false" class="ujU zI7 iyn Hsu" style="height: 24px; max-width: 300px;"><div class="zI7 iyn Hsu" style="height: 100%;"><span class="tBJ dyH iFc swG" title="${t}">${t}</span><div class="zI7 iyn Hsu"><button class="KOr MIw" type="button"><div class="Jea zI7 iyn Hsu" style="margin-top: 1px; width: 100%;"><svg aria-label="Remove tag" class="gUZ U9O kVc" height="8" role="img" viewBox="0 0 24 24" width="8"><path d="M15.18 12 23.34 3.84A2.25 2.25 0 1 0 20.16.66L12 8.82 3.84.66A2.25 2.25 0 1 0 .66 3.84L8.82 12 .66 20.16a2.25 2.25 0 1 0 3.18 3.18L12 15.18l8.16 8.16a2.25 2.25 0 1 0 3.18-3.18z"></path></svg></div></button></div></div></div></div>`;
const iconButton = (label: string | null) =>
  `<div class="ebN"><div${label ? '' : ' aria-hidden="true"'} class="Jea zI7 iyn Hsu" style="height: 100%;"><div aria-disabled="false"${label ? ` aria-label="${label}"` : ''} class="S9z INd iyn" role="button" tabindex="${label ? 0 : -1}"><div class="INd Rym" style="height: 20px; width: 20px;"><svg aria-hidden="true" aria-label="" class="gUZ U9O kVc" height="12" role="img" viewBox="0 0 24 24" width="12"><path d="M12 19.5.66 8.29c-.88-.86-.88-2.27 0-3.14.88-.87 2.3-.87 3.18 0L12 13.21l8.16-8.06c.88-.87 2.3-.87 3.18 0 .88.87.88 2.28 0 3.14z"></path></svg></div></div></div></div>`;

function textField(id: string, label: string, value: string, o: TF = {}) {
  const box = o.tags
    ? `<div class="D8X Hsu tBJ dyH iFc L4E iyn fSK zI7">${o.tags.map(tag).join('')}<div class="zI7 iyn Hsu" style="max-width: 100%;"><div aria-hidden="true" class="Lfz">${value}</div>${rawInput(id, value, o, 'ZVw')}</div></div>`
    : rawInput(id, value, o);
  return `<span>${formLabel(id, label)}<div class="zI7 iyn Hsu">${box}${o.icon ?? ''}</div>${below(id, o)}</span>`;
}

/** ComboBox; `list` is its open Layer for the end of body */
function comboBox(id: string, label: string, value: string, options: string[], o: TF & { open?: boolean } = {}) {
  const html = `<div aria-autocomplete="list" aria-expanded="${!!o.open}" aria-haspopup="true" aria-owns="${id}" class="zI7 iyn Hsu" role="combobox">${textField(
    `combobox-${id}`,
    label,
    value,
    {
      ...o,
      attrs: `${o.open ? ` aria-controls="${id}"` : ''} autocomplete="off"`,
      icon: iconButton(value || o.tags?.length ? 'Clear selection' : null),
    },
  )}</div>`;
  const list = o.open
    ? `<div class=""><div class="MIw QLY Rym" style="position: absolute; left: 24px; top: 290px; visibility: visible; outline: none;" tabindex="-1"><div class="Rym kR3" id="${id}-popover" role="listbox" style="overflow: auto;"><div class="Jea XiG zI7 iyn Hsu" id="${id}" style="max-height: 30vh;">${options
        .map(
          (v, i) =>
            `<div aria-selected="${v === value}" class="KOr Rym" id="${id}-item-${i}" role="option" tabindex="-1"><div class="Jea zI7"><div class="Jea zI7">${tx(v)}</div><div class="Jea zI7">${v === value ? '<svg aria-label="Selected item" class="gUZ U9O kVc" height="12" role="img" viewBox="0 0 24 24" width="12"><path d="M9.17 21.75 0 12.58l3.18-3.17 5.99 5.98L20.82 3.75 24 6.93z"></path></svg>' : '<div style="width: 12px;"></div>'}</div></div></div>`,
        )
        .join('')}</div></div></div></div>`
    : '';
  return { html, list };
}

const selectList = (id: string, label: string, value: string, options: string[], placeholder = 'Select…') =>
  `<div class="zI7 iyn Hsu">${formLabel(id, label)}<div class="Jea ujU zI7 iyn Hsu" style="background-color: var(--color-background-formfield-primary); width: 100%;"><div class="Hsu zI7" style="padding-right: 14px; padding-top: 2px;"><svg aria-hidden="true" aria-label="" class="gUZ U9O kVc" height="12" role="img" viewBox="0 0 16 16" width="12"><path d="M8 12 1 5h14z"></path></svg></div><select aria-invalid="false" class="JPP Hsu tBJ" id="${id}">${value ? '' : `<option disabled hidden value="${placeholder}" selected>${placeholder}</option>`}${options.map((v) => `<option value="${v}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select></div></div>`;

const datePicker = (id: string, label: string, value: string, popper = '', placeholder = 'MM/DD/YYYY') =>
  `<div class="zI7 iyn Hsu">${formLabel(id, label)}<div class="react-datepicker-wrapper"><div class="react-datepicker__input-container"><div class="Jea KS5 XiG ujU xcv L4E zI7 iyn Hsu"><div class="ujU xcv L4E zI7 iyn Hsu"><span><div class="XiG zI7 iyn Hsu">${rawInput(id, value, { placeholder, attrs: ' autocomplete="off" inputmode="none"' })}</div></span></div><div class="calendarIcon"><div class="Jea KS5 NyI XiG zI7 iyn Hsu" style="min-height: 48px;"><div aria-disabled="false" class="S9z INd iyn" role="button" tabindex="-1"><svg aria-label="Open calendar" class="Uvi gUZ U9O kVc" height="16" role="img" viewBox="0 0 24 24" width="16"><path d="M11 11H6v5h5z"></path></svg></div></div></div></div></div></div>${popper}</div>`;

/** react-datepicker's open calendar with Gestalt's selectLists={['month','year']}, in the popper after the input */
const openCalendar = () =>
  `<div class="react-datepicker__tab-loop"><div class="react-datepicker__tab-loop__start" tabindex="0"></div><div class="react-datepicker-popper" data-placement="bottom-start" style="position: absolute; left: 0px; top: 0px; transform: translate(24px, 120px);"><div><div class="react-datepicker" role="dialog" aria-label="Choose Date" aria-modal="true"><button type="button" class="react-datepicker__navigation react-datepicker__navigation--previous" aria-label="Previous Month"><span class="react-datepicker__navigation-icon react-datepicker__navigation-icon--previous">Previous Month</span></button><button type="button" class="react-datepicker__navigation react-datepicker__navigation--next" aria-label="Next Month"><span class="react-datepicker__navigation-icon react-datepicker__navigation-icon--next">Next Month</span></button><div class="react-datepicker__month-container"><div class="react-datepicker__header"><div class="react-datepicker__header__dropdown react-datepicker__header__dropdown--select"><div class="react-datepicker__month-dropdown-container react-datepicker__month-dropdown-container--select"><select class="react-datepicker__month-select">${['January', 'February', 'March', 'April'].map((m) => `<option value="${m}"${m === 'March' ? ' selected' : ''}>${m}</option>`).join('')}</select></div><div class="react-datepicker__year-dropdown-container react-datepicker__year-dropdown-container--select"><select class="react-datepicker__year-select">${[1987, 1988, 1989].map((y) => `<option value="${y}"${y === 1988 ? ' selected' : ''}>${y}</option>`).join('')}</select></div></div><div class="react-datepicker__day-names">${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<div class="react-datepicker__day-name">${d}</div>`).join('')}</div></div><div class="react-datepicker__month" aria-label="month  1988-03" role="listbox"><div class="react-datepicker__week">${[13, 14, 15].map((d) => `<div class="react-datepicker__day react-datepicker__day--0${d}${d === 14 ? ' react-datepicker__day--selected' : ''}" tabindex="${d === 14 ? 0 : -1}" aria-label="Choose ${['Sunday', 'Monday', 'Tuesday'][d - 13]}, March ${d}th, 1988" role="option" aria-disabled="false" aria-selected="${d === 14}">${d}</div>`).join('')}</div></div></div></div></div></div><div class="react-datepicker__tab-loop__end" tabindex="0"></div></div>`;

const radioGroup = (name: string, legend: string, options: string[], chosen: string) =>
  `<fieldset class="Ldx Hsu"><legend class="LTD kVc">${tx(legend)}</legend><div class="jzS XiG">${options
    .map(
      (v, i) =>
        `<div class="zI7"><div class="Jea zI7 iyn Hsu"><div class="ujU"><div class="RDk ${v === chosen ? 'Ksh' : 'Bvi'}"><input${v === chosen ? ' checked' : ''} class="k4H" id="${name}-${i}" name="${name}" type="radio" value="${v}"></div></div><div class="jzS XiG"><div class="jzS XiG"><label class="LTD kVc" for="${name}-${i}"><div class="ujU">${tx(v)}</div></label></div></div></div></div>`,
    )
    .join('')}</div></fieldset>`;
const checkbox = (id: string, label: string, checked: boolean) =>
  `<div class="zI7"><div class="Jea zI7 iyn Hsu"><div class="ujU Hsu"><div class="${checked ? 'Ksh' : 'Bvi'} Rym"></div><input aria-invalid="false"${checked ? ' checked' : ''} class="k4H" id="${id}" type="checkbox"></div><div class="zI7" style="margin-top: 2px;"><label class="LTD kVc" for="${id}"><div class="ujU">${tx(label)}</div></label><div class="ujU"></div></div></div></div>`;
const table = (caption: string, cols: string[], rows: string[][]) =>
  `<div class="zI7 Hsu" tabindex="0"><table class="Mx1"><caption class="Hsu zI7" style="clip: rect(1px, 1px, 1px, 1px); height: 1px; white-space: nowrap; width: 1px;">${caption}</caption><thead class="XL1"><tr>${cols.map((c) => `<th class="Bvh" scope="col">${tx(c)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr class="Jz7">${r.map((c) => `<td class="CRs">${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;

const app = (body: string, tail = '') =>
  `<div id="root"><div class="_gestalt"><form class="zI7 iyn Hsu"><h1 class="tBJ dyH">Prior authorization</h1>${body}<button class="RCK Hsu" type="submit"><div class="tBJ dyH">Submit</div></button></form></div></div>${tail}`;
const section = (t: string, body: string) => `<div class="zI7 iyn Hsu"><h2 class="tBJ dyH lH1">${t}</h2>${body}</div>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Gestalt: TextField (tags), ComboBox, SelectList, DatePicker, RadioGroup, Checkbox, Table', () => {
  // misread: everything but the codes: diagnosis.codes.0 reads '' (the Tags are no chips to the reader, see below)
  it.fails('reads the full Ilaris request', () => {
    const therapies = table(
      'Prior therapies',
      ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
      THERAPY_ROWS.map((r, i) =>
        r.map((v, j) => rawInput(`t${i}-${j}`, v, { attrs: ` aria-label="${['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'][j]}"` })),
      ),
    );
    page(
      app(
        `${section('Member', `${textField('memberId', 'Member ID', ILARIS['patient.memberId'])}${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${textField('weight', 'Weight (kg)', '72')}`)}
        ${section('Diagnosis', textField('icd', 'ICD-10 codes', '', { tags: ['M04.1', 'M06.1'] }))}
        ${section('Medication', `${comboBox('drug', 'Drug name', ILARIS['drug.name'], DRUGS).html}${textField('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${textField('ndc', 'NDC', ILARIS['drug.ndc'])}${textField('dose', 'Dose (mg)', '150')}${textField('units', 'Billing units', '150')}${selectList('frequency', 'Frequency', 'Every 4 weeks', FREQ)}`)}
        ${section('Labs', `${textField('crp', 'CRP (mg/L)', '24')}${datePicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${section('Prior therapies', therapies)}
        ${section('Prescriber', textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { helper: '10 digits' }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a TextField by its FormLabel, not by the error of the one before it or its own helper text', () => {
    page(
      app(
        `${textField('memberId', 'Member ID', '', { error: 'Enter the member ID' })}${textField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { helper: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread: returns '' (only the empty input): a Gestalt Tag (`div[aria-disabled]` > `span[title]` + a `button`
  // named by its svg "Remove tag"), each in its own wrapper `div` before the input's `div`, is not taken for a chip
  it.fails('reads TextField tags as the ICD-10 codes, without "Remove tag" or the spacer', () => {
    page(app(textField('icd', 'ICD-10 codes', '', { tags: ['M04.1', 'M06.1'] })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  // misread: returns '' for the same reason (ComboBox tags are TextField tags)
  it.fails('reads a ComboBox with tags as its codes, and nothing from its open option list at the end of body', () => {
    const c = comboBox('icd', 'ICD-10 codes', '', ['M04.1', 'M06.1', 'M04.8'], { tags: ['M04.1'], open: true });
    page(app(c.html, c.list));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('[role="listbox"]');
  });

  it('reads a ComboBox by its chosen label and nothing from its open list, whose other item is hovered', () => {
    const c = comboBox('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { open: true });
    page(app(`${c.html}${textField('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`, c.list));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('[role="listbox"]');
  });

  it('reads an empty SelectList (its hidden disabled placeholder) and an empty ComboBox as empty', () => {
    page(
      app(
        `${selectList('frequency', 'Frequency', '', FREQ, 'Choose a frequency')}${comboBox('drug', 'Drug name', '', DRUGS, { placeholder: 'Search drugs' }).html}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': '' });
  });

  it("reads DatePicker inputs, and nothing from react-datepicker's open calendar and its month and year selects", () => {
    page(
      app(
        `${datePicker('dob', 'Date of birth', ILARIS['patient.dob'], openCalendar())}${datePicker('crpDate', 'CRP collection date', '')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.react-datepicker');
  });

  it('reads a RadioGroup by its legend as its checked option, and an attestation checkbox as no field of the request', () => {
    page(
      app(
        `${radioGroup('frequency', 'Frequency', FREQ, 'Every 8 weeks')}${checkbox('attest', 'I attest the information above is accurate', true)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    noDuplicatePaths();
  });

  it('takes no drug, date or prior therapy from a read-only Table of past requests beside the form', () => {
    page(
      app(
        `${section('Medication', `${comboBox('drug', 'Drug name', ILARIS['drug.name'], DRUGS).html}${datePicker('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${section(
          'Past requests',
          table(
            'Past requests',
            ['Request', 'Drug', 'Start date', 'Stop date', 'Status'],
            [
              ['PA-20931', tx('Kineret (anakinra)'), tx('07/01/2026'), tx('09/15/2026'), tx('Approved')],
              ['PA-18811', tx('colchicine'), tx('01/05/2026'), tx('06/30/2026'), tx('Closed')],
            ],
          ),
        )}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'labs.crpDate': ILARIS['labs.crpDate'] });
  });
});
