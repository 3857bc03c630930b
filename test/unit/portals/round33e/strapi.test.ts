import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Strapi design system 2.2 (strapi/design-system at 6d45af0: packages/design-system/src/components/Field/Field.tsx,
 * TextInput, NumberInput, Select/SelectParts.tsx + SingleSelect.tsx + MultiSelect.tsx, Tag/Tag.tsx, IconButton,
 * DatePicker/DatePicker.tsx, Modal/Modal.tsx, Table + RawTable/RawTable.tsx + RawCell.tsx, utilities/AccessibleIcon +
 * VisuallyHidden + Portal; packages/primitives/src/components/Select/Select.tsx, Strapi's fork of Radix Select;
 * styled-components, so the class names below are hashed stand-ins):
 * - Field.Root: a column Flex `div` > `div` (Flex) > `label[for=<id>][id=<id>-label]` (required: a `span[aria-hidden]`
 *   "*"), Field.Input `div` (InputWrapper) > `input[id][name][aria-invalid][aria-disabled][aria-required]`
 *   (`aria-describedby` = `<id>-hint` or `<id>-error`), Field.Hint `p#<id>-hint`, Field.Error `p#<id>-error
 *   [data-strapi-field-error]`; ids from React's useId (":r1:").
 * - NumberInput: Field.Input type=text inputmode=decimal, its end action two `button[aria-hidden][tabindex=-1]`.
 * - SingleSelect/MultiSelect: the trigger is a `div[role=combobox][tabindex=0][aria-controls][aria-expanded]
 *   [aria-autocomplete=none][data-state][aria-labelledby=<id>-label][name]` (a div, not a button, so tags can sit
 *   in it) > `span` > `span` (Typography) > `span` (Select.Value): the chosen option's text, portalled into it by
 *   its ItemText; an empty SingleSelect passes value "" so it shows `<span>placeholder</span>` WITHOUT
 *   `data-placeholder` (set only for an undefined value); with `onClear` and a value, an IconButton
 *   `button[aria-label=Clear][data-state=closed]` > svg[aria-hidden] + VisuallyHidden `span` "Clear" (hidden by a
 *   styled-components class) sits in the trigger before the caret `span[aria-hidden]`. MultiSelect `withTags`: one
 *   Tag per value (`div[tabindex=-1]` > `span` text + `button[aria-disabled=false]` holding a Cross svg, no name).
 *   The BubbleSelect native mirror is commented out in this version. Open, the content is portalled to the end of
 *   body (`div[data-radix-popper-content-wrapper]` > `div[role=listbox][data-state=open]` > viewport
 *   `div[data-radix-select-viewport][role=presentation]` > `div[role=option][aria-labelledby][data-state]`), focus
 *   guards are added and `hideOthers` marks the app root `aria-hidden="true" data-aria-hidden="true"`.
 * - DatePicker: a Flex trigger > Calendar svg[aria-hidden] + `input[role=combobox][type=text][inputmode=numeric]
 *   [aria-haspopup=dialog][pattern][placeholder=MM/DD/YYYY]` showing "03/14/1988" (en-US 2-digit formatter); open,
 *   a Portal `div` at the end of body > `div[role=dialog][aria-modal=true][data-state=open]` (no aria-label unless
 *   calendarLabel is given) holding two SingleSelects in Field.Roots of their own (aria-label Month / Year) and a
 *   `table[role=grid]` of `td[role=gridcell][aria-label="Monday, November 2, 2026"]`.
 * - Modal (Radix Dialog): overlay `div[data-state=open]` > `div[role=dialog][aria-labelledby][aria-describedby]
 *   [data-state=open][tabindex=-1]` > `header` (h2 title + close IconButton "Close modal"), body in a Radix ScrollArea,
 *   `footer`; `hideOthers` hides the app root.
 * - Table: `table[role=grid][aria-rowcount][aria-colcount]`, every th/td `role=gridcell` with aria-colindex.
 * - Checkbox (Checkbox.tsx on @radix-ui/react-checkbox 1.0.4): a Flex of `button[role=checkbox][aria-checked][data-state]
 *   [value=on][id]` > `span[data-state]` indicator, then `label[for]`; inside a form Radix adds an aria-hidden bubble
 *   `input[type=checkbox]` after the button. Radio (Radio.tsx on @radix-ui/react-radio-group 1.1.3):
 *   `div[role=radiogroup]` of `button[role=radio][aria-checked][value]` + bubble `input[type=radio]` + `label[for]`.
 */

const svg = (extra = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" viewBox="0 0 32 32"${extra} class="sc-hKkVwX kHzHyq"><path d="M0 0h32v32H0z"></path></svg>`;
const hidden = (t: string) => `<span class="sc-fqkvVR fxSlbQ">${t}</span>`;
const iconButton = (label: string) =>
  `<button aria-disabled="false" type="button" data-state="closed" class="sc-aXZVg sc-gEvEer sc-eDvSVe kSwGPq gSTMfz">${svg(' aria-hidden="true" focusable="false"')}${hidden(label)}</button>`;

type F = { id: string; label: string; required?: boolean; hint?: string; error?: string };
const root = (f: F, control: string) =>
  `<div class="sc-aXZVg sc-gEvEer eRIYzi dEmyBu"><div class="sc-aXZVg sc-gEvEer kTdvwI"><label class="sc-aXZVg sc-dAlyuH sc-kcLKEh fMeFun kFMbDg" for="${f.id}" id="${f.id}-label">${f.label}${
    f.required ? '<span aria-hidden="true" class="sc-aXZVg sc-dAlyuH kpTfUR">*</span>' : ''
  }</label></div>${control}${f.hint && !f.error ? `<p class="sc-aXZVg sc-dAlyuH lbNHYr" id="${f.id}-hint">${f.hint}</p>` : ''}${
    f.error ? `<p class="sc-aXZVg sc-dAlyuH eKJwps" id="${f.id}-error" data-strapi-field-error="">${f.error}</p>` : ''
  }</div>`;
const described = (f: F) => (f.error ? ` aria-describedby="${f.id}-error"` : f.hint ? ` aria-describedby="${f.id}-hint"` : '');
const inputEl = (f: F, name: string, value: string, o: { disabled?: boolean; numeric?: boolean } = {}) =>
  `<div class="sc-aXZVg sc-gEvEer sc-jEACwC dLxRbJ${o.disabled ? ' jJEbVV' : ''}"><input id="${f.id}" name="${name}"${described(f)} aria-invalid="${!!f.error}" aria-disabled="${!!o.disabled}"${o.disabled ? ' disabled="" data-disabled=""' : ''} aria-required="${!!f.required}"${o.numeric ? ' type="text" inputmode="decimal"' : ''} class="sc-cwHptR kUcjHJ" value="${value}">${
    o.numeric
      ? `<div class="sc-aXZVg sc-gEvEer sc-kAyceB"><div class="sc-aXZVg sc-gEvEer kZTaeC"><button aria-hidden="true" tabindex="-1" type="button" data-testid="ArrowUp" class="sc-gFqAkR">${svg()}</button><button aria-hidden="true" tabindex="-1" type="button" data-testid="ArrowDown" class="sc-gFqAkR">${svg()}</button></div></div>`
      : ''
  }</div>`;
const text = (f: F, name: string, value: string, o: { disabled?: boolean } = {}) => root(f, inputEl(f, name, value, o));
const num = (f: F, name: string, value: string) => root(f, inputEl(f, name, value, { numeric: true }));

const caret = `<span aria-hidden="true" class="sc-bdOgaJ">${svg()}</span>`;
type S = { open?: boolean; clear?: boolean; placeholder?: string; labelled?: boolean; ariaLabel?: string; name?: string };
/** a SingleSelect / MultiSelect trigger (`tags` for MultiSelect withTags) */
const trigger = (id: string, value: string | string[], o: S = {}) => {
  const tags = Array.isArray(value);
  const shown = tags
    ? value
        .map(
          (v) =>
            `<div tabindex="-1" class="sc-aXZVg sc-gEvEer hPtPxY"><span class="sc-aXZVg sc-dAlyuH sc-iMWBiJ jtRGgV">${v}</span><button aria-disabled="false" class="sc-aXZVg sc-eqUAAy">${svg(' width="14" height="14"')}</button></div>`,
        )
        .join('')
    : value || `<span>${o.placeholder ?? 'Choose here'}</span>`;
  const has = tags ? value.length > 0 : !!value;
  return `<div aria-disabled="false"${o.labelled === false ? '' : ` aria-labelledby="${id}-label"`}${o.ariaLabel ? ` aria-label="${o.ariaLabel}"` : ''} id="${id}"${o.name ? ` name="${o.name}"` : ''} role="combobox" aria-controls="radix-${id}" aria-expanded="${!!o.open}" aria-autocomplete="none" dir="ltr" data-state="${o.open ? 'open' : 'closed'}" tabindex="0" class="sc-aXZVg sc-gEvEer sc-jlZhew cSJbJT"><span class="sc-aXZVg sc-gEvEer jBVGyO"><span class="sc-aXZVg sc-dAlyuH sc-hwddKA ${has ? 'gYwxLs' : 'bvJHLL'}"><span class="sc-dAlyuH sc-dOfePm">${shown}</span></span></span><span class="sc-aXZVg sc-gEvEer iXsnnS">${o.clear && has ? iconButton('Clear') : ''}${caret}</span></div>`;
};
const select = (f: F, name: string, value: string, o: S = {}) => root(f, trigger(f.id, value, { ...o, name }));
const multi = (f: F, name: string, values: string[]) => root(f, trigger(f.id, values, { name }));
/** the open content portalled to the end of body */
const listbox = (id: string, options: string[], chosen: string[], highlighted: string, isMulti = false) =>
  `<div data-radix-popper-content-wrapper="" dir="ltr" style="position: fixed; left: 0px; top: 0px; transform: translate(224px, 412px); min-width: max-content; z-index: 4; --radix-popper-transform-origin: 0% 0px;"><div role="listbox" id="radix-${id}"${isMulti ? ' aria-multiselectable="true"' : ''} data-state="open" dir="ltr" class="sc-bXCLTC" style="box-sizing: border-box; display: flex; flex-direction: column; outline: none; pointer-events: auto;"><style>[data-radix-select-viewport]{scrollbar-width:none;-ms-overflow-style:none;-webkit-overflow-scrolling:touch;}[data-radix-select-viewport]::-webkit-scrollbar{display:none}</style><div data-radix-select-viewport="" role="presentation" class="sc-jsJBEP" style="position: relative; flex: 1 1 0%; overflow: auto;">${options
    .map((v, i) => {
      const on = chosen.includes(v);
      return `<div role="option" aria-labelledby="radix-${id}-opt${i}"${v === highlighted ? ' data-highlighted=""' : ''}${isMulti ? ` aria-checked="${on}"` : ` aria-selected="${on && v === highlighted}"`} data-state="${on ? 'checked' : 'unchecked'}" tabindex="-1" class="sc-iGgWBj"><span class="sc-aXZVg sc-dAlyuH"><span id="radix-${id}-opt${i}">${v}</span></span></div>`;
    })
    .join('')}<div id="intersection-${id.replace(/:/g, '')}" class="sc-aXZVg" style="width: 100%; height: 1px;"></div></div></div></div>`;
const guard =
  '<span data-radix-focus-guard="" tabindex="0" style="outline: none; opacity: 0; position: fixed; pointer-events: none;"></span>';

const date = (f: F, name: string, value: string, open = false) =>
  root(
    f,
    `<div class="sc-aXZVg sc-gEvEer sc-iHGNWf hQlTzk">${svg(' aria-hidden="true"')}<input role="combobox" type="text" inputmode="numeric" aria-autocomplete="none" aria-controls="radix-${f.id}c" aria-disabled="false" aria-expanded="${open}" aria-required="${!!f.required}" aria-haspopup="dialog" data-state="${open ? 'open' : 'closed'}" pattern="\\d{2}\\/\\d{2}\\/\\d{4}" placeholder="MM/DD/YYYY"${described(f)} id="${f.id}" name="${name}" class="sc-eifrsQ" value="${value}"></div>`,
  );
/** the open calendar the DatePicker portals to the end of body (November 2026, the 2nd chosen) */
const calendar = (id: string) => {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const full = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const cell = (d: number) =>
    `<td role="gridcell" aria-selected="${d === 2}" aria-colindex="${d}" aria-label="${full[d - 1]}, November ${d}, 2026" tabindex="${d === 2 ? 0 : -1}" aria-disabled="false" class="sc-aXZVg sc-kdBSHD"><span class="sc-aXZVg sc-dAlyuH">${d}</span></td>`;
  return `<div class="sc-aXZVg"><div data-state="open" data-side="bottom" id="radix-${id}c" role="dialog" aria-modal="true" class="sc-aXZVg sc-tagGq" style="left: 224px; top: 520px; position: absolute;"><div class="sc-aXZVg sc-gEvEer"><div class="sc-aXZVg sc-gEvEer sc-fUnMCh">${[
    ['Month', 'November', ':r91:'],
    ['Year', '2026', ':r92:'],
  ]
    .map(([l, v, i]) => `<div class="sc-aXZVg sc-gEvEer eRIYzi">${trigger(i!, v!, { labelled: false, ariaLabel: l })}</div>`)
    .join(
      '',
    )}</div><table role="grid"><thead aria-hidden="true"><tr aria-rowindex="0">${days.map((d, i) => `<th role="gridcell" aria-colindex="${i}" class="sc-aXZVg">${d}</th>`).join('')}</tr></thead><tbody><tr aria-rowindex="2">${[1, 2, 3, 4, 5, 6, 7].map(cell).join('')}</tr></tbody></table></div></div></div>`;
};

const heading = (t: string) => `<h2 class="sc-aXZVg sc-dAlyuH kcBzhG">${t}</h2>`;
const grid = (items: string[]) =>
  `<div class="sc-aXZVg sc-gEvEer sc-hjsuWn">${items.map((i) => `<div class="sc-aXZVg sc-gEvEer sc-fjvvzt">${i}</div>`).join('')}</div>`;
const card = (title: string, items: string[]) => `<div class="sc-aXZVg sc-gEvEer bjnTrK">${heading(title)}${grid(items)}</div>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const therapy = (i: 0 | 1) =>
  card(
    `Prior therapy ${i + 1}`,
    (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k, j) => {
      const f = {
        id: `:r${30 + i * 5 + j}:`,
        label: { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
      };
      const v = THERAPIES[`priorTherapies.${i}.${k}`];
      return k === 'start' || k === 'stop' ? date(f, `therapies.${i}.${k}`, v) : text(f, `therapies.${i}.${k}`, v);
    }),
  );
const member = () =>
  card('Member', [
    text({ id: ':r1:', label: 'Member ID', required: true }, 'memberId', ILARIS['patient.memberId']),
    date({ id: ':r2:', label: 'Date of birth' }, 'dob', ILARIS['patient.dob']),
    num({ id: ':r3:', label: 'Weight (kg)' }, 'weight', '72'),
  ]);
const medication = (o: { frequency?: string } = {}) =>
  card('Medication', [
    select({ id: ':r5:', label: 'Drug name' }, 'drugName', ILARIS['drug.name']),
    text({ id: ':r6:', label: 'HCPCS code' }, 'hcpcs', ILARIS['drug.hcpcs']),
    text({ id: ':r7:', label: 'NDC' }, 'ndc', ILARIS['drug.ndc']),
    num({ id: ':r8:', label: 'Dose (mg)' }, 'dose', '150'),
    num({ id: ':r9:', label: 'Billing units' }, 'units', '150'),
    select({ id: ':r10:', label: 'Frequency' }, 'frequency', o.frequency ?? 'Every 4 weeks'),
  ]);
const clinical = () =>
  `${card('Diagnosis', [multi({ id: ':r4:', label: 'ICD-10 codes' }, 'codes', ['M04.1', 'M06.1'])])}${card('Labs', [
    num({ id: ':r11:', label: 'CRP (mg/L)' }, 'crp', '24'),
    date({ id: ':r12:', label: 'CRP collection date' }, 'crpDate', ILARIS['labs.crpDate']),
  ])}`;
const prescriber = () =>
  card('Prescriber', [text({ id: ':r13:', label: 'Prescriber NPI', required: true }, 'npi', ILARIS['prescriber.npi'])]);
const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

const app = (body: string, rootAttrs = '') =>
  `<div id="strapi"${rootAttrs}><div class="sc-aXZVg"><main aria-labelledby="main-content-title" class="sc-aXZVg"><div class="sc-aXZVg"><h1 id="main-content-title" class="sc-aXZVg sc-dAlyuH">New prior authorization</h1></div><form novalidate="">${body}<button type="submit" class="sc-aXZVg sc-gEvEer sc-dhKdcB"><span class="sc-aXZVg sc-dAlyuH">Save</span></button></form></main></div></div>`;
const HIDDEN_ROOT = ' aria-hidden="true" data-aria-hidden="true"';

/** a Table of past requests: every cell a gridcell */
const pastRequests = () => {
  const cols = ['Request', 'Drug name', 'Dose', 'Submitted', 'Status'];
  const rows = [
    ['PA-20931', 'Kineret (anakinra)', '100 mg daily', '06/28/2026', 'Denied'],
    ['PA-19877', 'colchicine', '0.6 mg twice daily', '01/02/2026', 'Approved'],
  ];
  return `<div class="sc-aXZVg sc-hCPjZK"><div class="sc-aXZVg sc-jXbUNg"><div class="sc-aXZVg sc-dhKdcB"><table role="grid" aria-rowcount="3" aria-colcount="5" class="sc-kpDqfm"><thead class="sc-dAbbOL"><tr aria-rowindex="1" class="sc-feUZmu">${cols
    .map(
      (c, i) =>
        `<th role="gridcell" aria-colindex="${i + 1}" tabindex="${i === 0 ? 0 : -1}" class="sc-aXZVg sc-dLMFU"><div class="sc-aXZVg sc-gEvEer"><span class="sc-aXZVg sc-dAlyuH">${c}</span></div></th>`,
    )
    .join('')}</tr></thead><tbody class="sc-eldPxv">${rows
    .map(
      (r, j) =>
        `<tr aria-rowindex="${j + 2}" class="sc-feUZmu">${r.map((c, i) => `<td role="gridcell" aria-colindex="${i + 1}" tabindex="-1" class="sc-aXZVg sc-dLMFU"><span class="sc-aXZVg sc-dAlyuH">${c}</span></td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div></div></div>`;
};

/** Radix RadioGroup 1.1 (Strapi Radio.Group/Item) in a Field.Root labelled by its label; in a form each item adds an
 *  aria-hidden bubble input */
const bubble = (type: string, value: string, on: boolean, name = '') =>
  `<input type="${type}" aria-hidden="true"${on ? ' checked=""' : ''}${name ? ` name="${name}"` : ''} tabindex="-1" value="${value}" style="transform: translateX(-100%); width: 20px; height: 20px; position: absolute; pointer-events: none; opacity: 0; margin: 0px;">`;
const radios = (f: F, name: string, options: string[], chosen: string) =>
  root(
    f,
    `<div role="radiogroup" aria-required="false" aria-labelledby="${f.id}-label" dir="ltr" tabindex="0" class="sc-aXZVg sc-gEvEer" style="outline: none;">${options
      .map(
        (v, i) =>
          `<div class="sc-aXZVg sc-gEvEer"><button type="button" role="radio" aria-checked="${v === chosen}" data-state="${v === chosen ? 'checked' : 'unchecked'}" value="${v}" id="${f.id}r${i}" tabindex="-1" data-radix-collection-item="" class="sc-eBMEME">${v === chosen ? '<span data-state="checked" class="sc-dCFHLb"></span>' : ''}</button>${bubble('radio', v, v === chosen, name)}<label class="sc-aXZVg sc-dAlyuH" for="${f.id}r${i}">${v}</label></div>`,
      )
      .join('')}</div>`,
  );
/** Radix Checkbox 1.0 (Strapi Checkbox with a label), one per code, under the Field's label */
const checkboxes = (f: F, options: string[], ticked: string[]) =>
  root(
    f,
    `<div class="sc-aXZVg sc-gEvEer">${options
      .map((v, i) => {
        const on = ticked.includes(v);
        return `<div class="sc-aXZVg sc-gEvEer"><button type="button" role="checkbox" aria-checked="${on}" data-state="${on ? 'checked' : 'unchecked'}" value="on" id="${f.id}c${i}" class="sc-aXZVg sc-fXSgeo"><span data-state="${on ? 'checked' : 'unchecked'}" class="sc-JrDLc">${on ? svg(' width="1.6rem"') : ''}</span></button>${bubble('checkbox', 'on', on)}<label class="sc-aXZVg sc-dAlyuH" for="${f.id}c${i}">${v}</label></div>`;
      })
      .join('')}</div>`,
  );

describe('Strapi design system 2: Field, NumberInput, SingleSelect/MultiSelect (Radix fork), DatePicker, Modal, Table', () => {
  it('reads the full Ilaris request', () => {
    page(app(`${member()}${clinical()}${medication()}${therapy(0)}${therapy(1)}${prescriber()}`));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('names a field by its label, without the required asterisk, its hint or the error of the field before it', () => {
    page(
      app(
        grid([
          text({ id: ':r1:', label: 'Member ID', required: true, error: 'This value is required.' }, 'memberId', ''),
          text({ id: ':r13:', label: 'Prescriber NPI', required: true, hint: '10 digits, no spaces' }, 'npi', ILARIS['prescriber.npi']),
          num({ id: ':r3:', label: 'Weight (kg)', hint: 'Rounded to the kilogram' }, 'weight', '72'),
        ]),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'patient.weight': '72' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an empty SingleSelect showing Strapi’s "Choose here" placeholder (no data-placeholder) as empty', () => {
    page(
      app(
        grid([
          select({ id: ':r5:', label: 'Drug name' }, 'drugName', ILARIS['drug.name']),
          select({ id: ':r10:', label: 'Frequency' }, 'frequency', ''),
        ]),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads a SingleSelect with a clear button by its choice, without the button’s visually hidden "Clear"', () => {
    page(
      app(
        grid([
          select({ id: ':r5:', label: 'Drug name' }, 'drugName', ILARIS['drug.name'], { clear: true }),
          select({ id: ':r10:', label: 'Frequency' }, 'frequency', 'Once', { clear: true }),
        ]),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Once' });
  });

  it('reads a MultiSelect withTags as the ICD-10 codes', () => {
    page(app(grid([multi({ id: ':r4:', label: 'ICD-10 codes' }, 'codes', ['M04.1', 'M06.1'])])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads the page while a SingleSelect is open (app root aria-hidden by hideOthers), nothing from its listbox', () => {
    page(
      `${guard}${app(`${member()}${medication({ frequency: 'Every 4 weeks' })}`, HIDDEN_ROOT)}${listbox(':r10:', FREQ, ['Every 4 weeks'], 'Every 8 weeks')}${guard}`,
    );
    document.getElementById(':r10:')!.setAttribute('aria-expanded', 'true');
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.ndc': ILARIS['drug.ndc'],
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
    });
    nothingFrom('[data-radix-popper-content-wrapper]');
  });

  it('reads the page while a DatePicker’s calendar (an aria-modal dialog) is open, nothing from its Month and Year selects', () => {
    page(
      app(
        `${member()}${card('Labs', [num({ id: ':r11:', label: 'CRP (mg/L)' }, 'crp', '24'), date({ id: ':r12:', label: 'CRP collection date' }, 'crpDate', ILARIS['labs.crpDate'], true)])}`,
      ) + calendar(':r12:'),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'labs.crpValue': '24',
      'labs.crpDate': ILARIS['labs.crpDate'],
    });
    nothingFrom('[role="dialog"]');
  });

  it('reads a request Modal open over a page of past requests, nothing from the Table behind it', () => {
    const body = `${member()}${clinical()}${medication()}${therapy(0)}${therapy(1)}${prescriber()}`;
    page(
      `${guard}<div id="strapi"${HIDDEN_ROOT}><main aria-labelledby="main-content-title"><h1 id="main-content-title" class="sc-aXZVg sc-dAlyuH">Prior authorizations</h1>${pastRequests()}</main></div><div data-state="open" class="sc-gtLWhw" style="pointer-events: auto;"><div role="dialog" id="radix-:r20:" aria-describedby="radix-:r22:" aria-labelledby="radix-:r21:" data-state="open" tabindex="-1" class="sc-egkSDF" style="pointer-events: auto;"><form><header class="sc-aXZVg sc-gEvEer sc-iapWAC"><h2 id="radix-:r21:" class="sc-aXZVg sc-dAlyuH">New request</h2>${iconButton('Close modal')}</header><div class="sc-aXZVg sc-kOPcWz"><div dir="ltr" style="position: relative; --radix-scroll-area-corner-width: 0px; --radix-scroll-area-corner-height: 0px;"><div data-radix-scroll-area-viewport="" style="overflow-x: hidden; overflow-y: hidden;"><div style="min-width: 100%; display: table;">${body}</div></div></div></div><footer class="sc-aXZVg sc-gEvEer sc-eZkCL"><button type="button" class="sc-dhKdcB"><span>Cancel</span></button><button type="submit" class="sc-dhKdcB"><span>Submit</span></button></footer></form></div></div>${guard}`,
    );
    expect(read()).toEqual(FULL);
    nothingFrom('#strapi');
  });

  it('reads the request form, nothing from a Table of the member’s past requests below it', () => {
    page(app(`${member()}${medication()}${heading('Past requests')}${pastRequests()}`));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.ndc': ILARIS['drug.ndc'],
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
    });
  });

  // misread: diagnosis.codes.0 unread: each Radix checkbox button (in its own Flex with its bubble input and label) is
  // collected as a lone box named by its own label ("M04.1"), reading "Yes", not as one list under the Field's label
  // (whose `for` names no element); the Radio.Group is read right
  it.fails(
    'reads a Radio.Group and labelled Checkboxes (Radix buttons) by their checked items, nothing from their hidden bubble inputs',
    () => {
      page(
        app(
          grid([
            checkboxes({ id: ':r4:', label: 'ICD-10 codes' }, ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']),
            radios({ id: ':r10:', label: 'Frequency' }, 'frequency', FREQ, 'Every 4 weeks'),
          ]),
        ),
      );
      expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
      noDuplicatePaths();
    },
  );

  it('reads the request behind a Modal adding a prior therapy, the modal’s drug not taken for the requested drug', () => {
    const f = (id: string, label: string) => ({ id, label });
    const adding = grid([
      text(f(':r50:', 'Drug'), 'drug', THERAPIES['priorTherapies.1.drug']),
      text(f(':r51:', 'Dose'), 'dose', THERAPIES['priorTherapies.1.dose']),
      date(f(':r52:', 'Start date'), 'start', THERAPIES['priorTherapies.1.start']),
      date(f(':r53:', 'Stop date'), 'stop', ''),
      text(f(':r54:', 'Outcome'), 'outcome', ''),
    ]);
    page(
      `${guard}${app(`${member()}${clinical()}${medication()}${therapy(0)}${prescriber()}`, HIDDEN_ROOT)}<div data-state="open" class="sc-gtLWhw" style="pointer-events: auto;"><div role="dialog" id="radix-:r40:" aria-describedby="radix-:r42:" aria-labelledby="radix-:r41:" data-state="open" tabindex="-1" class="sc-egkSDF" style="pointer-events: auto;"><form><header class="sc-aXZVg sc-gEvEer sc-iapWAC"><h2 id="radix-:r41:" class="sc-aXZVg sc-dAlyuH">Add prior therapy</h2>${iconButton('Close modal')}</header><div class="sc-aXZVg sc-kOPcWz"><div dir="ltr" style="position: relative; --radix-scroll-area-corner-width: 0px; --radix-scroll-area-corner-height: 0px;"><div data-radix-scroll-area-viewport="" style="overflow-x: hidden; overflow-y: hidden;"><div style="min-width: 100%; display: table;">${adding}</div></div></div></div><footer class="sc-aXZVg sc-gEvEer sc-eZkCL"><button type="button" class="sc-dhKdcB"><span>Cancel</span></button><button type="submit" class="sc-dhKdcB"><span>Add</span></button></footer></form></div></div>${guard}`,
    );
    expect(read()).toMatchObject({
      ...ILARIS,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
      'priorTherapies.0.drug': THERAPIES['priorTherapies.0.drug'],
      'priorTherapies.0.outcome': THERAPIES['priorTherapies.0.outcome'],
    });
  });
});
