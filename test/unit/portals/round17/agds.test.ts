import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Australian Government Design System, AGDS (agriculturegovau/agds-next, formerly steelthreads/agds-next;
 * @ag.ds-next/react), read through the code index (emotion classes as its jest snapshots print them, so
 * `css-<hash>-<label>`):
 * - Field (packages/react/src/field/Field.tsx, FieldMessage.tsx at c3a8615): `div.*-FieldContainer >
 *   label[for=field-:rN:] > span.*-Text (label) + span.*-Text " (optional)"`, then the hint
 *   `span#field-:rN:-hint`, then the message (invalid: `div > div > svg[aria-label=Error][role=img]` +
 *   `span#field-:rN:-message`), then the control with aria-required/aria-invalid/aria-describedby.
 * - Select (select/__snapshots__/Select.test.tsx.snap at 8651809): `div.*-SelectContainer > select.*-Field`
 *   with a placeholder option, + the chevron svg.
 * - DatePicker (date-picker/__snapshots__/DatePicker.test.tsx.snap at caa82df): the label's secondary text
 *   "(dd/mm/yyyy) (optional)", `div.*-DateInput > input[type=text][autocomplete=off]` showing "01/01/2000"
 *   and `button[aria-label="Change Date, Saturday January 1st, 2000"]` (empty: "Choose date").
 * - ComboboxMulti (combobox/__snapshots__/ComboboxMulti.test.tsx.snap at e06ede5; ComboboxBase/
 *   ComboboxMultiBase.tsx at f6a1d78, ComboboxTag.tsx at c829b56): the Field, then a reference div > the
 *   container Flex holding one ComboboxTag per chosen item (`span` with tabindex from downshift's
 *   getSelectedItemProps: the item label + a `span` holding the aria-hidden CloseIcon, no role, no name),
 *   `div > input#combobox-input-:rN:[role=combobox][aria-labelledby=downshift-N-label]` (an id no element
 *   has), the button container (clear "Clear" button when something is chosen, "Toggle menu" button),
 *   and the Popover `ul#downshift-N-menu[role=listbox]` (display: none, empty while closed).
 * - ControlGroup (control-group/__snapshots__/ControlGroup.test.tsx.snap at 2487d95): `div.*-FieldContainer
 *   #control-group-:rN: > fieldset > legend (label + "(optional)")`, `div.*-ControlGroup` (hint, message),
 *   then `label.*-CheckboxContainer > input[type=checkbox] + span.*-CheckboxIndicator (svg) + span.*-Text-
 *   CheckboxLabel`, radios alike (`RadioContainer`, `RadioIndicator`, `RadioLabel`).
 * Dates are Australian, shown dd/mm/yyyy, and read as shown.
 */

let r = 0;
const errIcon =
  '<svg aria-hidden="false" aria-label="Error" class="css-1cvvs16-FieldMessage" clip-rule="evenodd" focusable="true" height="24" role="img" viewBox="0 0 24 24" width="24" xmlns="http://www.w3.org/2000/svg"><path clip-rule="evenodd" d="M16.4661 0.5C16.7332 0.5 16.9893 0.6069 17.1771 0.796862Z" fill="currentColor" fill-rule="evenodd" stroke="none"></path></svg>';
type Extra = { hint?: string; message?: string; required?: boolean; secondary?: string };

const labelBody = (text: string, o: Extra) => {
  const second = [o.secondary, o.required ? '' : '(optional)'].filter(Boolean).join(' ');
  return `<span class="css-433uqb-boxStyles-Text">${text}</span>${second ? `<span class="css-1rpt3h8-boxStyles-Text"> ${second}</span>` : ''}`;
};
const message = (id: string, o: Extra) =>
  o.message
    ? `<div class="css-1xkbxzi-boxStyles"><div class="css-1ldvxqr-boxStyles">${errIcon}</div><span class="css-tfsyf8-boxStyles-Text" id="${id}-message">${o.message}</span></div>`
    : '';
const a11y = (id: string, o: Extra) => {
  const described = [o.message ? `${id}-message` : '', o.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return `aria-invalid="${!!o.message}" aria-required="${!!o.required}"${described ? ` aria-describedby="${described}"` : ''}`;
};
const fieldBox = (id: string, forId: string, text: string, o: Extra, control: string) =>
  `<div class="${o.message ? 'css-1n67ua0' : 'css-1904cz9'}-boxStyles-FieldContainer"><label class="css-79i25n-boxStyles" for="${forId}">${labelBody(text, o)}</label>${o.hint ? `<span class="css-lw0v8u-boxStyles-Text" id="${id}-hint">${o.hint}</span>` : ''}${message(id, o)}${control}</div>`;

const textInput = (name: string, text: string, value: string, o: Extra = {}) => {
  const id = `field-:r${r++}:`;
  return fieldBox(
    id,
    id,
    text,
    o,
    `<input ${a11y(id, o)} class="css-1x3nc4m-TextInput" id="${id}" name="${name}" type="text" value="${value}">`,
  );
};

const select = (name: string, text: string, value: string, options: string[], o: Extra = {}) => {
  const id = `field-:r${r++}:`;
  return fieldBox(
    id,
    id,
    text,
    o,
    `<div class="css-1bg5d3h-SelectContainer"><select ${a11y(id, o)} class="css-9hsy87-Field" id="${id}" name="${name}"><option value="">Please select</option>${options.map((v) => `<option value="${v}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select><svg aria-hidden="true" class="css-1j4iiu7-SelectIcon" clip-rule="evenodd" focusable="false" height="24" role="img" viewBox="0 0 24 24" width="24" xmlns="http://www.w3.org/2000/svg"><path d="M21 8L12 17L3 8"></path></svg></div>`,
  );
};

const spoken = (ddmmyyyy: string) => {
  const [d, m, y] = ddmmyyyy.split('/').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  const day = date.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
  const month = date.toLocaleDateString('en-US', { month: 'long', timeZone: 'UTC' });
  const ord = d! % 10 === 1 && d !== 11 ? 'st' : d! % 10 === 2 && d !== 12 ? 'nd' : d! % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `Change Date, ${day} ${month} ${d}${ord}, ${y}`;
};
const datePicker = (name: string, text: string, value: string, o: Extra = {}) => {
  const id = `field-:r${r++}:`;
  return fieldBox(
    id,
    id,
    text,
    { ...o, secondary: '(dd/mm/yyyy)' },
    `<div class="css-7swrfr-boxStyles-DateInput"><input ${a11y(id, o)} autocomplete="off" class="css-nisjv6-DateInput" id="${id}" name="${name}" type="text" value="${value}"><button aria-label="${value ? spoken(value) : 'Choose date'}" class="css-rzwhmj-BaseButton-DateInput" type="button"><span><span class="css-oobk4c-Button"><svg aria-hidden="true" class="css-1aretzv-DateInput" clip-rule="evenodd" focusable="false" height="24" role="img" viewBox="0 0 24 24" width="24" xmlns="http://www.w3.org/2000/svg"><path d="M8 3C8 4.5621 8 5.4379 8 7"></path></svg></span><span aria-live="assertive"></span></span></button></div>`,
  );
};

const closeIcon =
  '<svg aria-hidden="true" class="css-1pqxc0m-Icon" clip-rule="evenodd" focusable="false" height="16" role="img" viewBox="0 0 24 24" width="16" xmlns="http://www.w3.org/2000/svg"><path d="M18 6L6 18"></path><path d="M6 6L18 18"></path></svg>';
const comboboxMulti = (text: string, chosen: string[], options: string[], o: Extra & { open?: boolean; typed?: string } = {}) => {
  const k = r++;
  const id = `combobox-input-:r${k}:`;
  const ds = `downshift-${k}`;
  const tags = chosen
    .map(
      (v, i) =>
        `<span class="css-1rl8h6k-boxStyles-ComboboxTag" tabindex="${i === chosen.length - 1 ? 0 : -1}">${v}<span class="css-bd4tb5-boxStyles-ComboboxTag">${closeIcon}</span></span>`,
    )
    .join('');
  const items = options
    .filter((v) => !chosen.includes(v))
    .map(
      (v, i) =>
        `<li aria-disabled="false" aria-selected="${i === 0}" class="css-1gujj3d-boxStyles-ComboboxListItem" id="${ds}-item-${i}" role="option"><span class="css-433uqb-boxStyles-Text">${v}</span></li>`,
    )
    .join('');
  return fieldBox(
    `field-${id}`,
    id,
    text,
    o,
    `<div class="css-0"><div class="css-8mqth-boxStyles">${tags}<div class="css-1e6s4pi"><input aria-activedescendant="${o.open ? `${ds}-item-0` : ''}" aria-autocomplete="list" aria-controls="${ds}-menu" ${o.hint ? `aria-describedby="field-${id}-hint" ` : ''}aria-expanded="${!!o.open}" aria-invalid="false" aria-labelledby="${ds}-label" aria-required="${!!o.required}" autocomplete="off" class="css-1l74t3i" id="${id}" role="combobox" type="text" value="${o.typed ?? ''}"></div><div class="css-1fu4g2k-boxStyles-ComboboxButtonContainer">${chosen.length ? `<button aria-label="Clear" class="css-q06sws-BaseButton-ComboboxIconButton" type="button">${closeIcon}</button><span class="css-12z0wuy-ComboboxButtonDivider"></span>` : ''}<button aria-controls="${ds}-menu" aria-expanded="${!!o.open}" aria-label="Toggle menu" class="css-q06sws-BaseButton-ComboboxIconButton" id="${ds}-toggle-button" tabindex="-1" type="button"><svg aria-hidden="true" class="css-qhpjst-Icon" focusable="false" height="24" role="img" viewBox="0 0 24 24" width="24"><polyline points="6 9 12 15 18 9"></polyline></svg></button></div></div><ul aria-labelledby="${ds}-label" class="css-xh5q2i-boxStyles-Popover" id="${ds}-menu" role="listbox" style="position: absolute; left: 0px; top: 0px;${o.open ? '' : ' display: none;'} transform: translate(0px, 48px);">${o.open ? items : ''}</ul></div>`,
  );
};

const controlGroup = (type: 'checkbox' | 'radio', name: string, text: string, chosen: string[], options: string[], o: Extra = {}) => {
  const id = `control-group-:r${r++}:`;
  const C = type === 'checkbox' ? 'Checkbox' : 'Radio';
  const indicator =
    type === 'checkbox'
      ? `<span class="css-fhfj02-boxStyles-CheckboxIndicator"><svg aria-hidden="true" class="css-po1mz2-CheckboxIcon" clip-rule="evenodd" focusable="false" role="img" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M3 13.4286L8.4 19L21 6" stroke-linecap="round" stroke-linejoin="round" stroke-width="3"></path></svg></span>`
      : '<span class="css-osss6w-boxStyles-RadioIndicator"><span class="css-1sqol0e-boxStyles-RadioIndicator"></span></span>';
  return `<div class="css-1904cz9-boxStyles-FieldContainer" id="${id}"><fieldset class="css-faxsk2-ControlGroup"${o.hint || o.message ? ` aria-describedby="${[o.message ? `${id}-message` : '', o.hint ? `${id}-hint` : ''].filter(Boolean).join(' ')}"` : ''}><legend class="css-79i25n-boxStyles">${labelBody(text, o)}</legend><div class="css-1ypnbyi-boxStyles-ControlGroup">${o.hint ? `<span class="css-lw0v8u-boxStyles-Text" id="${id}-hint">${o.hint}</span>` : ''}${message(id, o)}<div class="css-1n3rct3-boxStyles">${options
    .map(
      (v) =>
        `<label class="css-hp3wbe-boxStyles-${C}Container"><input class="css-2fffox-${C}Input" name="${name}" type="${type}" value="${v}"${chosen.includes(v) ? ' checked' : ''}>${indicator}<span class="css-1929o1r-boxStyles-Text-${C}Label">${v}</span></label>`,
    )
    .join('')}</div></div></fieldset></div>`;
};

const form = (body: string) =>
  `<main id="main-content"><div class="css-1mn5qkb-boxStyles"><form noValidate class="css-1p2ktco-boxStyles-FormStack">${body}<div class="css-1s7k7x7-ButtonGroup"><button class="css-16r9r6j-BaseButton-Button" type="submit">Submit request</button></div></form></div></main>`;
const h = (t: string) => `<h2 class="css-1a8gq6f-boxStyles-Text-Heading">${t}</h2>`;
const AU = { dob: '14/03/1988', crp: '02/11/2026', start0: '05/01/2026', stop0: '30/06/2026', start1: '01/07/2026', stop1: '15/09/2026' };
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('AGDS: Field, TextInput, Select, DatePicker, ComboboxMulti, ControlGroup', () => {
  // misread: reads `diagnosis.codes.0` as "M04.1M06.1": the ComboboxTags (spans with no role, a close icon in a
  // span with no role or name) are read as one run of text, not one value per tag
  it.fails('reads the full Ilaris request (dates dd/mm/yyyy as shown)', () => {
    const therapy = (i: 0 | 1) => {
      const v = (k: 'drug' | 'dose' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
      return `<h3 class="css-1a8gq6f-boxStyles-Text-Heading">Prior therapy ${i + 1}</h3>${textInput(`t${i}drug`, 'Drug', v('drug'), { required: true })}${textInput(`t${i}dose`, 'Dose', v('dose'), { required: true })}${datePicker(`t${i}start`, 'Start date', i ? AU.start1 : AU.start0, { required: true })}${datePicker(`t${i}stop`, 'Stop date', i ? AU.stop1 : AU.stop0, { required: true })}${textInput(`t${i}outcome`, 'Outcome', v('outcome'), { required: true })}`;
    };
    page(
      form(
        `${h('Patient')}${textInput('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${datePicker('dob', 'Date of birth', AU.dob, { required: true })}${textInput('weight', 'Weight (kg)', '72')}
        ${h('Diagnosis')}${comboboxMulti('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { required: true, hint: 'Start typing to see results' })}
        ${h('Medication')}${select('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { required: true })}${textInput('hcpcs', 'HCPCS code', 'J0638')}${textInput('ndc', 'NDC', ILARIS['drug.ndc'])}${textInput('dose', 'Dose (mg)', '150', { required: true })}${textInput('units', 'Billing units', '150')}${controlGroup('radio', 'frequency', 'Frequency', ['Every 4 weeks'], FREQ, { required: true })}
        ${h('Labs')}${textInput('crp', 'CRP (mg/L)', '24')}${datePicker('crpDate', 'CRP collection date', AU.crp)}
        ${h('Prior therapies')}${therapy(0)}${therapy(1)}
        ${h('Prescriber')}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': AU.dob,
      'labs.crpDate': AU.crp,
      'priorTherapies.0.start': AU.start0,
      'priorTherapies.0.stop': AU.stop0,
      'priorTherapies.1.start': AU.start1,
      'priorTherapies.1.stop': AU.stop1,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names an optional field by its label, without "(optional)", its hint or the error above it', () => {
    page(
      form(
        `${textInput('memberId', 'Member ID', '', { required: true, message: 'Enter a member ID' })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { hint: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a Select by its chosen option and as empty on "Please select"', () => {
    page(
      form(
        `${select('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${select('frequency', 'Frequency', '', FREQ, { message: 'Choose a frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads a DatePicker by its dd/mm/yyyy text, not its "Change Date" button, and an empty one as empty', () => {
    page(form(`${datePicker('dob', 'Date of birth', AU.dob, { required: true })}${datePicker('crpDate', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': AU.dob, 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  // misread: reads "M04.1M06.1", the tags' texts run together (see the full request)
  it.fails('reads the ComboboxMulti tags as the ICD-10 codes', () => {
    page(
      form(
        `${comboboxMulti('ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { required: true })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    noDuplicatePaths();
  });

  it('reads an empty ComboboxMulti as empty', () => {
    page(form(comboboxMulti('ICD-10 codes', [], ['M04.1', 'M06.1', 'M04.8'], { hint: 'Start typing to see results' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('takes nothing from an open ComboboxMulti menu, nor the search typed into it', () => {
    page(
      form(
        `${comboboxMulti('ICD-10 codes', ['M04.1'], ['M04.1', 'M06.1', 'M04.8'], { open: true, typed: 'M0', required: true })}${textInput('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[role="listbox"]');
  });

  it('reads checkbox and radio ControlGroups by their checked controls, with a hint and an error shown', () => {
    page(
      form(
        `${controlGroup('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { hint: 'Select all that apply', required: true })}${controlGroup('radio', 'frequency', 'Frequency', [], FREQ, { message: 'Choose a frequency', required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': '' });
  });
});
