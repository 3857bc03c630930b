import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Grommet 2.56 (grommet/grommet at 2c81e46: src/js/components/FormField/FormField.js and its
 * snapshots, Select/Select.js + SelectContainer.js + Select-test.js.snap, DateInput/DateInput.js,
 * TextInput; styled-components, so the class names below are hashed stand-ins):
 * - FormField: `div.FormField__FormFieldBox` > `label[for=<htmlFor>][id=grommet-<htmlFor>__label]`
 *   (required: the text + `span[aria-hidden=true]` "*" + a visually hidden `span` "required"), the help
 *   `span` BEFORE the content, `div.FormField__FormFieldContentBox` > the control, the error
 *   `span#grommet-<htmlFor>__error` AFTER it. For a Select, FormField turns htmlFor "x" into "x__input".
 * - TextInput: `div.StyledTextInputContainer > input[autocomplete=off][id][name]`.
 * - Select: `button#<id>[type=button][aria-haspopup=listbox][aria-expanded][aria-label="<placeholder |
 *   'Open Drop'>; Selected: <value>"]` (aria-labelledby="grommet-<id>__input__label <id>" when in a
 *   FormField with no placeholder) > boxes > `input#<id>__input[type=text][readonly][tabindex=-1]
 *   [inert][autocomplete=off][placeholder]` holding the value + svg[aria-label=FormDown]; its drop
 *   (only while open) `div.StyledDrop` at the end of body > `div#<id>__select-drop` >
 *   `div[role=listbox][aria-label]` of `button[role=option][aria-selected][aria-setsize][aria-posinset]`.
 * - DateInput with `format="mm/dd/yyyy"`: the container > MaskedInput `input[autocomplete=off][id][name]
 *   [placeholder=mm/dd/yyyy]` showing "11/02/2026", then a plain `button[type=button]` with the
 *   Calendar icon (svg[aria-label=Calendar]); the container/button nesting is my reading of
 *   DateInput.js, not a snapshot.
 * - The required indicator is drawn only when the theme sets `formField.label.requiredIndicator: true`
 *   (base theme: undefined; grommet-theme-hpe: true): `RequiredText[aria-hidden]` "*" + `ScreenReaderOnly`
 *   "required" (hidden by its class, no inline style).
 */

const formDown =
  '<svg aria-label="FormDown" viewBox="0 0 24 24" class="StyledIcon-sc-ofa7kd-0 eYwdLE"><path fill="none" stroke="#000" stroke-width="2" d="m18 9-6 6-6-6"></path></svg>';
const calendarSvg =
  '<svg aria-label="Calendar" viewBox="0 0 24 24" class="StyledIcon-sc-ofa7kd-0 kbHLzs"><path fill="none" stroke="#000" stroke-width="2" d="M2 5h20v17H2V5zm16 0V1M6 5V1m-4 9h20"></path></svg>';

type Extra = { help?: string; error?: string; required?: boolean };

const formField = (htmlFor: string, label: string, control: string, o: Extra = {}) =>
  `<div class="StyledBox-sc-13pk1d4-0 FormField__FormFieldBox-sc-m9hood-0 kSDuhI"><label class="StyledText-sc-1sadyjn-0 hNmtYt" for="${htmlFor}" id="grommet-${htmlFor}__label">${label}${
    o.required
      ? '<span aria-hidden="true" class="StyledText-sc-1sadyjn-0 gCJYYa">*</span><span class="StyledText-sc-1sadyjn-0 dWDyGc">required</span>'
      : ''
  }</label>${o.help ? `<span class="StyledText-sc-1sadyjn-0 lhRJDW">${o.help}</span>` : ''}<div class="FormField__FormFieldContentBox-sc-m9hood-1 jMXsmV">${control}</div>${
    o.error ? `<span class="StyledText-sc-1sadyjn-0 fEeAhD" id="grommet-${htmlFor}__error">${o.error}</span>` : ''
  }</div>`;

const textInput = (id: string, value: string, placeholder?: string) =>
  `<div class="StyledTextInput__StyledTextInputContainer-sc-1x30a0s-1 bYzuLW"><input autocomplete="off" id="${id}" name="${id}"${placeholder ? ` placeholder="${placeholder}"` : ''} class="StyledTextInput-sc-1x30a0s-0 eAedNT" value="${value}"></div>`;
const text = (id: string, label: string, value: string, o: Extra = {}) => formField(id, label, textInput(id, value), o);

/** Select in a FormField (htmlFor adjusted to `<id>__input`); `drop` is its open drop for the end of body */
function select(
  id: string,
  label: string,
  value: string,
  options: string[],
  o: { placeholder?: string; open?: boolean } & Extra = {},
): { html: string; drop: string } {
  const aria = `${o.placeholder ?? 'Open Drop'}${value ? `; Selected: ${value}` : ''}`;
  const control = `<button type="button" aria-label="${aria}" aria-expanded="${o.open ? 'true' : 'false'}"${o.placeholder ? '' : ` aria-labelledby="grommet-${id}__input__label ${id}"`} aria-haspopup="listbox" id="${id}" class="StyledButton-sc-323bzc-0 SelectContainer__StyledSelectDropButton-sc-1wi0ul8-0 gMmOsS"><div class="StyledBox-sc-13pk1d4-0 bcLSjp"><div class="StyledBox-sc-13pk1d4-0 ezHwqi"><div class="StyledBox-sc-13pk1d4-0 jKXvDT"><input autocomplete="off" id="${id}__input" inert="" placeholder="${o.placeholder ?? ''}" readonly="" tabindex="-1" type="text" class="StyledTextInput-sc-1x30a0s-0 StyledSelect__StyledSelectTextInput-sc-znp66n-0 bFrXhw" value="${value}"></div></div><div class="StyledBox-sc-13pk1d4-0 dzvwQQ" style="min-width: auto;">${formDown}</div></div></button>`;
  const drop = o.open
    ? `<div tabindex="-1" class="StyledDrop-sc-16s5rx8-0 hBrwHP" style="left: 24px; width: 280px; top: 220px; max-height: 400px;"><div class="StyledBox-sc-13pk1d4-0 kGmjeW" id="${id}__select-drop"><div class="StyledBox-sc-13pk1d4-0 SelectContainer__OptionsBox-sc-1wi0ul8-1 lfwuKF" role="listbox" tabindex="0" aria-label="Select dropdown">${options
        .map(
          (v, i) =>
            `<button type="button" role="option" aria-setsize="${options.length}" aria-posinset="${i + 1}" aria-selected="${v === value}" id="${id}__option${i}" tabindex="-1" class="StyledButton-sc-323bzc-0 SelectContainer__SelectOption-sc-1wi0ul8-2 cKqEOa"><div class="StyledBox-sc-13pk1d4-0 hzYUNn"><span class="StyledText-sc-1sadyjn-0 hNmtYt">${v}</span></div></button>`,
        )
        .join('')}</div></div></div>`
    : '';
  return { html: formField(`${id}__input`, label, control, o), drop };
}
const sel = (id: string, label: string, value: string, options: string[], o: { placeholder?: string } & Extra = {}) =>
  select(id, label, value, options, o).html;

const dateInput = (id: string, label: string, value: string, o: Extra = {}) =>
  formField(
    id,
    label,
    `<div class="StyledBox-sc-13pk1d4-0 DateInput__StyledDateInputContainer-sc-1jfta23-0 fMbyKd"><div class="StyledBox-sc-13pk1d4-0 MaskedInput__StyledMaskedInputContainer gbbfLJ"><input autocomplete="off" id="${id}" name="${id}" placeholder="mm/dd/yyyy" class="StyledTextInput-sc-1x30a0s-0 dPUTxu" value="${value}"></div><button type="button" class="StyledButton-sc-323bzc-0 jmkpTs">${calendarSvg}</button></div>`,
    o,
  );

const grommet = (body: string, tail = '') =>
  `<div class="StyledGrommet-sc-19lkkz7-0 cSsBxN"><main class="StyledBox-sc-13pk1d4-0 hSsxWS"><form>${body}<div class="StyledBox-sc-13pk1d4-0 gEGBad"><button type="submit" class="StyledButton-sc-323bzc-0 jLgcMy">Submit request</button></div></form></main></div>${tail}`;
const section = (title: string, body: string) =>
  `<div class="StyledBox-sc-13pk1d4-0 hXwFob"><h3 class="StyledHeading-sc-1rdh4aw-0 dWqSfT">${title}</h3>${body}</div>`;

describe('Grommet 2: FormField, TextInput, Select with its drop, DateInput mm/dd/yyyy', () => {
  it('reads the full Ilaris request', () => {
    const therapy = (i: 0 | 1) =>
      section(
        `Prior therapy ${i + 1}`,
        (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
          .map((k) => {
            const label = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k];
            const v = THERAPIES[`priorTherapies.${i}.${k}`];
            return k === 'start' || k === 'stop' ? dateInput(`t${i}${k}`, label, v) : text(`t${i}${k}`, label, v);
          })
          .join(''),
      );
    page(
      grommet(
        `${section('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${dateInput('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`)}
        ${section('Diagnosis', text('icd', 'ICD-10 codes', 'M04.1, M06.1', { help: 'Separate codes with commas' }))}
        ${section(
          'Medication',
          `${sel('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${sel('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { placeholder: 'Select frequency' })}`,
        )}
        ${section('Labs', `${text('crp', 'CRP (mg/L)', '24')}${dateInput('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${therapy(0)}${therapy(1)}
        ${section('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names a required field by its label, without the asterisk and the hidden "required"', () => {
    page(
      grommet(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a field by its label, not the error of the field before it or its own help', () => {
    page(
      grommet(
        `${text('memberId', 'Member ID', '', { required: true, error: 'required' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { help: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a Select once, by its inert read-only input, whether labelled through aria-labelledby or its placeholder', () => {
    page(
      grommet(
        `${sel('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${sel('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { placeholder: 'Select frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads an empty Select (its placeholder is no value) as empty', () => {
    page(grommet(sel('frequency', 'Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { placeholder: 'Select frequency' })));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('takes nothing from an open Select drop at the end of body', () => {
    const s = select('frequency', 'Frequency', 'Once', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { open: true });
    page(grommet(`${s.html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, s.drop));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.StyledDrop-sc-16s5rx8-0');
  });

  it('reads DateInputs with format mm/dd/yyyy, and an empty one (mask placeholder only) as empty', () => {
    page(grommet(`${dateInput('dob', 'Date of birth', ILARIS['patient.dob'])}${dateInput('crpDate', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });
});
