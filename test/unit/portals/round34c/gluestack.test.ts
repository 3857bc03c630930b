import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * gluestack-ui v3 on the web (gluestack/gluestack-ui at 7d4b4ec: packages/gluestack-core/src/form-control/creator/
 * FormControl*.tsx + useFormControl.tsx, input/creator/Input.tsx, select/creator/{Select,SelectTrigger,SelectInput,
 * SelectPortal,SelectContent,SelectItem}.tsx, checkbox/creator/{Checkbox.web,CheckboxGroup}.tsx, radio/creator/
 * {Radio.web,RadioGroup}.tsx, actionsheet/creator/*.tsx; the styled parts from apps/starter-kit-next/components/ui/
 * {form-control,input,select,checkbox,radio}/index.tsx), as react-native-web 0.20 renders them with NativeWind
 * (Views `div.css-view-g5y9jx`, Texts `div[dir=auto].css-text-146c3p1`, TextInputs `input.css-textinput-11aywtz`,
 * the Tailwind classes passed through):
 * - FormControl: a View `[data-disabled][data-invalid]` > FormControlLabel, a View with id `<id>-label` (its
 *   `htmlFor` set by a ref on a div: no attribute) > LabelText Text + the required LabelAstrick Text "*"; then the
 *   Input root View > InputField TextInput (no id: the creator passes the FormControl's id nowhere) with
 *   aria-required/aria-invalid/aria-disabled and data-* states; FormControlHelper > HelperText; FormControlError
 *   (only while invalid) > ErrorIcon svg + ErrorText.
 *   InputSlot (a Pressable, `div[tabindex=-1]`) after the field inside the Input root holds e.g. a unit Text.
 * - Select on the web: Select root View (tabindex -1) > SelectTrigger (`div[role=button][tabindex=-1]`) > SelectInput
 *   (TextInput `readonly aria-hidden tabindex=-1`, value = the chosen label, placeholder) + SelectIcon svg; then
 *   SelectPortal, which on the web draws no Actionsheet but a native `<select>` laid over the trigger (inline
 *   `opacity: 0; position: absolute`, `aria-label` = the input's placeholder) whose first option is the disabled
 *   `__GluestackPlaceholder__` prompt and whose SelectItems are `<option value>`s (SelectContent renders its
 *   children alone, SelectBackdrop and the drag indicator nothing).
 * - Checkbox on the web: a View with role "label" (react-native-web draws a `<label role="label">`) holding
 *   react-aria's VisuallyHidden `div` > `input[type=checkbox]`, the indicator View with its check icon, and the
 *   label Text; CheckboxGroup: react-aria's groupProps (`role=group`) on a View.
 * - Radio on the web: the same `<label role="label">` with a visually hidden `input[type=radio][name=<react-aria id>]
 *   [value]`; RadioGroup: `div[role=radiogroup][aria-orientation=vertical]`.
 * - Table on the web (components/ui/table/index.web.tsx + styles.tsx): plain `table.table.border-collapse` >
 *   `thead` > `tr.border-0.border-b…` > `th` (TableHead) and `tbody` > `tr` > `td` (TableData), `caption` (TableCaption).
 * - Actionsheet: an Overlay portalled to the end of body while open (nothing while closed): the backdrop Pressable
 *   and ActionsheetContent (`role=dialog`) of ActionsheetItems (Pressables) > ActionsheetItemText.
 */

const V = 'css-view-g5y9jx';
const T = 'css-text-146c3p1';

type Extra = { required?: boolean; helper?: string; error?: string; readOnly?: boolean; placeholder?: string };

const label = (id: string, text: string, required?: boolean) =>
  `<div class="${V} flex flex-row justify-start items-center mb-1" id="${id}-label"><div dir="auto" class="${T} font-medium text-foreground text-base font-body">${text}</div>${required ? `<div dir="auto" class="${T} font-medium text-typography text-base">*</div>` : ''}</div>`;
const tail = (o: Extra) =>
  `${o.helper ? `<div class="${V} flex flex-row justify-start items-center mt-1 font-body"><div dir="auto" class="${T} text-foreground/70 font-body text-sm">${o.helper}</div></div>` : ''}${
    o.error
      ? `<div class="${V} flex flex-row justify-start items-center mt-1 gap-1"><svg class="text-destructive fill-none h-[18px] w-[18px]" viewBox="0 0 24 24" stroke="currentColor"><circle cx="12" cy="12" r="10"></circle><path d="M12 8v4M12 16h.01"></path></svg><div dir="auto" class="${T} text-destructive text-xs font-body">${o.error}</div></div>`
      : ''
  }`;
const formControl = (id: string, text: string, control: string, o: Extra = {}) =>
  `<div class="${V} flex flex-col" data-disabled="false" data-invalid="${o.error ? 'true' : 'false'}">${label(id, text, o.required)}${control}${tail(o)}</div>`;

const inputField = (value: string, o: Extra = {}) =>
  `<div class="${V} h-9 w-full flex-row items-center rounded-md border border-border bg-transparent shadow-xs overflow-hidden px-3 gap-2" data-focus="false" data-invalid="${o.error ? 'true' : 'false'}" data-disabled="false" data-hover="false"><input aria-disabled="false" aria-invalid="${o.error ? 'true' : 'false'}" aria-required="${o.required ? 'true' : 'false'}" autocapitalize="sentences" autocomplete="on" autocorrect="on" dir="auto" spellcheck="true" type="text"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.readOnly ? ' readonly=""' : ''} data-focus="false" data-invalid="${o.error ? 'true' : 'false'}" data-readonly="${o.readOnly ? 'true' : 'false'}" data-required="${o.required ? 'true' : 'false'}" data-hover="false" data-focus-visible="false" data-disabled="false" class="css-textinput-11aywtz flex-1 text-foreground text-sm md:text-sm py-1 h-full placeholder:text-muted-foreground web:outline-none web:cursor-text" value="${value}"></div>`;
const text = (id: string, lbl: string, value: string, o: Extra = {}) => formControl(id, lbl, inputField(value, o), o);
/** an Input with an InputSlot after the field holding a unit Text (a Pressable: `div[tabindex=-1]`) */
const withUnit = (id: string, lbl: string, value: string, unit: string) =>
  formControl(
    id,
    lbl,
    inputField(value).replace(
      /<\/div>$/,
      `<div tabindex="-1" data-disabled="false" class="${V} justify-center items-center web:disabled:cursor-not-allowed pr-3"><div dir="auto" class="${T} text-muted-foreground text-sm">${unit}</div></div></div>`,
    ),
  );

/** a Select as drawn on the web: options are [value, label] */
const select = (chosen: string, options: [string, string][], placeholder = 'Select option') => {
  const shown = options.find(([v]) => v === chosen)?.[1] ?? '';
  return `<div class="${V}" tabindex="-1"><div role="button" tabindex="-1" data-focus="false" data-focus-visible="false" data-hover="false" data-disabled="false" data-invalid="false" class="${V} border border-border rounded flex-row items-center overflow-hidden h-10"><input aria-hidden="true" readonly="" tabindex="-1" placeholder="${placeholder}" autocapitalize="sentences" autocomplete="on" autocorrect="on" dir="auto" spellcheck="true" type="text" data-disabled="false" class="css-textinput-11aywtz px-3 placeholder:text-foreground/50 web:w-full h-full text-foreground/90 pointer-events-none web:outline-none py-0 text-base" style="pointer-events: none;" value="${shown}"><svg class="text-foreground/50 fill-none mr-3 h-5 w-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="m6 9 6 6 6-6"></path></svg></div><select aria-label="${placeholder}" aria-readonly="false" style="appearance: none; position: absolute; width: 100%; height: 100%; opacity: 0; z-index: 1; cursor: pointer;"><option disabled="" value="__GluestackPlaceholder__"${chosen ? '' : ' selected=""'}>${placeholder}</option>${options
    .map(([v, l]) => `<option value="${v}"${v === chosen ? ' selected=""' : ''}>${l}</option>`)
    .join('')}</select></div>`;
};

const hidden =
  'border: 0px; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap;';
const checkbox = (value: string, checked: boolean) =>
  `<label role="label" class="${V} group/checkbox flex-row items-center justify-start gap-2 web:cursor-pointer" data-checked="${checked}" data-disabled="false" data-hover="false" data-invalid="false" data-readonly="false" data-active="false" data-focus="false" data-indeterminate="false" data-focus-visible="false"><div style="${hidden}"><input type="checkbox" value="${value}"${checked ? ' checked=""' : ''}></div><div class="${V} justify-center items-center w-4 h-4 shrink-0 rounded border border-input shadow-xs" data-checked="${checked}">${
    checked
      ? '<svg class="text-primary-foreground fill-none h-3.5 w-3.5" viewBox="0 0 24 24" stroke="currentColor"><path d="M20 6 9 17l-5-5"></path></svg>'
      : ''
  }</div><div dir="auto" class="${T} text-foreground text-sm font-medium font-body web:select-none" data-checked="${checked}">${value}</div></label>`;
const checkboxGroup = (chosen: string[], all: string[]) =>
  `<div role="group" class="${V} flex-row gap-3">${all.map((c) => checkbox(c, chosen.includes(c))).join('')}</div>`;

const radioGroup = (name: string, chosen: string, options: [string, string][]) =>
  `<div role="radiogroup" aria-orientation="vertical" class="${V} gap-3">${options
    .map(
      ([v, l]) =>
        `<label role="label" class="${V} group/radio flex-row justify-start items-center gap-2 web:cursor-pointer" data-checked="${v === chosen}" data-disabled="false"><div style="${hidden}"><input type="radio" name="${name}" value="${v}" tabindex="${v === chosen ? 0 : -1}"${v === chosen ? ' checked=""' : ''}></div><div class="${V} relative justify-center items-center aspect-square h-4 w-4 shrink-0 rounded-full border border-border" data-checked="${v === chosen}">${
          v === chosen
            ? '<svg class="rounded-full absolute stroke-none fill-primary h-2 w-2" viewBox="0 0 24 24"><circle cx="12" cy="12" r="12"></circle></svg>'
            : ''
        }</div><div dir="auto" class="${T} text-foreground text-sm font-medium web:select-none font-body">${l}</div></label>`,
    )
    .join('')}</div>`;

const heading = (level: number, title: string) =>
  `<h${level} dir="auto" aria-level="${level}" role="heading" class="${T} text-typography-900 font-bold font-heading ${level === 2 ? 'text-xl' : 'text-lg'}">${title}</h${level}>`;
const vstack = (body: string) => `<div class="${V} flex flex-col gap-4">${body}</div>`;
const app = (body: string, portal = '') =>
  `<div id="root" style="display: flex; height: 100%;"><div class="${V} flex-1 bg-background p-6">${vstack(`${body}<div role="button" tabindex="0" class="${V} bg-primary rounded flex-row items-center justify-center h-10 px-4"><div dir="auto" class="${T} text-primary-foreground font-semibold text-sm">Submit request</div></div>`)}</div></div>${portal}`;

const DRUGS: [string, string][] = [
  ['ilaris', 'Ilaris (canakinumab)'],
  ['kineret', 'Kineret (anakinra)'],
];
const FREQS: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

const therapy = (i: 0 | 1) =>
  vstack(
    `${heading(3, `Therapy ${i + 1}`)}${(['drug', 'dose', 'start', 'stop', 'outcome'] as const)
      .map((k, j) =>
        text(
          `field-t${i}${j}`,
          { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
          THERAPIES[`priorTherapies.${i}.${k}`],
          k === 'start' || k === 'stop' ? { placeholder: 'MM/DD/YYYY' } : {},
        ),
      )
      .join('')}`,
  );

/** prior therapies in a gluestack Table of Inputs under the "Prior therapies" heading, then a Table of past requests */
function therapyTables(caption: string): void {
  const th = (t: string) =>
    `<th class="flex-1 px-6 py-[14px] text-left font-bold text-[16px] leading-[22px] text-foreground/80 font-roboto">${t}</th>`;
  const td = (c: string) =>
    `<td class="flex-1 px-6 py-[14px] text-left text-[16px] font-medium leading-[22px] text-foreground/80 font-roboto">${c}</td>`;
  const tr = (cells: string) => `<tr class="border-0 border-b border-solid border-border/80 bg-background">${cells}</tr>`;
  const table = (title: string, heads: string[], rows: string[][]) =>
    `<table class="table border-collapse w-[800px]"><caption class="caption-bottom px-6 py-[14px] text-[16px] font-normal leading-[22px] text-foreground/90 bg-background/90 font-roboto">${title}</caption><thead>${tr(heads.map(th).join(''))}</thead><tbody>${rows
      .map((r) => tr(r.map(td).join('')))
      .join('')}</tbody></table>`;
  const rows = ([0, 1] as const).map((i) =>
    (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => inputField(THERAPIES[`priorTherapies.${i}.${k}`])),
  );
  page(
    app(
      `${heading(2, 'Prior therapies')}${table(caption, ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], rows)}
    ${heading(2, 'Request history')}${table(
      'Requests on file for this member',
      ['Submitted', 'Drug', 'Dose', 'Decision'],
      [
        ['03/02/2025', 'Kineret (anakinra)', '100 mg daily', 'Denied'],
        ['09/18/2024', 'Actemra (tocilizumab)', '162 mg weekly', 'Approved'],
      ],
    )}`,
    ),
  );
}

describe('gluestack-ui v3 on the web: FormControl, Input, Select (a native select on the web), CheckboxGroup, RadioGroup', () => {
  // misread: drug.name is missing: the Select's native select is collected with its aria-label alone (the
  // placeholder "Select a drug") and no text before it, so nothing maps it (see the focused Select tests)
  it.fails('reads the full Ilaris request', () => {
    page(
      app(
        `${heading(2, 'Member')}${text('field-1', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('field-2', 'Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY' })}${text('field-3', 'Weight (kg)', '72')}
        ${heading(2, 'Diagnosis')}${formControl('field-4', 'ICD-10 codes', checkboxGroup(['M04.1', 'M06.1'], CODES))}
        ${heading(2, 'Medication')}${formControl('field-5', 'Drug name', select('ilaris', DRUGS, 'Select a drug'))}${text('field-6', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('field-7', 'NDC', ILARIS['drug.ndc'])}${text('field-8', 'Dose (mg)', '150')}${text('field-9', 'Billing units', '150')}${formControl('field-10', 'Frequency', radioGroup('react-aria2291-:r7:', 'q4w', FREQS))}
        ${heading(2, 'Labs')}${text('field-11', 'CRP (mg/L)', '24')}${text('field-12', 'CRP collection date', ILARIS['labs.crpDate'], { placeholder: 'MM/DD/YYYY' })}
        ${heading(2, 'Prior therapies')}${therapy(0)}${therapy(1)}
        ${heading(2, 'Prescriber')}${text('field-13', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an Input by its FormControlLabel text, without the asterisk, the helper or the error of the field before it', () => {
    page(
      app(
        `${text('field-1', 'Member ID', '', { required: true, error: 'Member ID is required' })}${text('field-2', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, helper: '10 digits, no spaces' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread: nothing is read: both native selects are collected named only by their aria-label (the placeholders
  // "Select a drug", "Select option"), without the FormControlLabel text before the Select, so neither maps
  it.fails('reads a Select once, as its chosen label, though its native select is named by its placeholder', () => {
    page(
      app(
        `${formControl('field-1', 'Drug name', select('ilaris', DRUGS, 'Select a drug'))}${formControl('field-2', 'Frequency', select('q8w', FREQS))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    noDuplicatePaths();
  });

  // misread: nothing is read (the selects go unmapped, as above), so the empty fields are not reported
  it.fails('reads a Select showing its placeholder (the disabled __GluestackPlaceholder__ option chosen) as empty', () => {
    page(
      app(
        `${formControl('field-1', 'Drug name', select('', DRUGS, 'Select a drug'))}${formControl('field-2', 'Frequency', select('', FREQS))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '' });
  });

  it('reads a CheckboxGroup as its ticked codes, and an empty one as empty', () => {
    page(app(`${formControl('field-1', 'ICD-10 codes', checkboxGroup(['M04.1', 'M06.1'], CODES))}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(
      app(
        `${formControl('field-1', 'ICD-10 codes', checkboxGroup([], CODES))}${text('field-2', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a RadioGroup as its chosen option by its label text, not its value', () => {
    page(
      app(`${formControl('field-1', 'Frequency', radioGroup('react-aria2291-:r7:', 'q8w', FREQS))}${text('field-2', 'Dose (mg)', '150')}`),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
  });

  it('reads a read-only Input (isReadOnly) filled from the member lookup', () => {
    page(
      app(
        `${text('field-1', 'Member ID', ILARIS['patient.memberId'], { readOnly: true })}${text('field-2', 'Date of birth', ILARIS['patient.dob'], { readOnly: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
  });

  it('reads the form behind an open Actionsheet of drug choices at the end of body, and nothing from the sheet', () => {
    const sheet = `<div class="${V}" style="position: fixed; inset: 0px; pointer-events: box-none;"><div class="${V} absolute inset-0"><div role="button" tabindex="-1" class="${V} absolute left-0 top-0 right-0 bottom-0 bg-background-dark web:cursor-default" style="opacity: 0.5;"></div><div class="${V}" style="width: 100%; height: 100%; transform: translateY(0px);"><div role="dialog" tabindex="-1" class="${V} items-center rounded-tl-3xl rounded-tr-3xl p-5 pt-2 bg-background-0 web:pointer-events-auto web:select-none shadow-hard-5 border border-b-0 border-outline-100"><div class="${V} w-full py-1 items-center"><div class="${V} w-16 h-1 bg-background-400 rounded-full"></div></div>${DRUGS.map(
      ([, l]) =>
        `<div role="button" tabindex="0" class="${V} w-full flex-row items-center p-3 rounded-sm" data-checked="${l === ILARIS['drug.name']}"><div dir="auto" class="${T} text-typography-700 font-normal font-body text-base">${l}</div></div>`,
    ).join('')}</div></div></div></div>`;
    page(app(`${text('field-1', 'Member ID', ILARIS['patient.memberId'])}${text('field-2', 'HCPCS code', ILARIS['drug.hcpcs'])}`, sheet));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('[role=dialog]');
  });

  it("reads the request, not a read-only summary of the member's denied request in a card above it", () => {
    const card = `<div class="${V} p-5 rounded-lg border border-outline-200 bg-background-50 gap-3">${heading(3, 'Previous request: denied 03/02/2025')}${text('field-p1', 'Drug name', 'Kineret (anakinra)', { readOnly: true })}${text('field-p2', 'HCPCS code', 'J3590', { readOnly: true })}${text('field-p3', 'Prescriber NPI', '1987654320', { readOnly: true })}</div>`;
    page(
      app(
        `${card}${heading(2, 'Medication')}${text('field-1', 'Drug name', ILARIS['drug.name'])}${text('field-2', 'HCPCS code', ILARIS['drug.hcpcs'])}${heading(2, 'Prescriber')}${text('field-3', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads prior therapies from a Table of Inputs captioned "Prior therapies", and nothing from a Table of past requests after it', () => {
    therapyTables('Prior therapies');
    expect(read()).toEqual({ ...THERAPIES });
  });

  it('reads prior therapies from a Table of Inputs captioned with an instruction under the "Prior therapies" heading', () => {
    therapyTables('List the most recent therapy last');
    expect(read()).toEqual({ ...THERAPIES });
  });

  it('reads Inputs with a unit Text in an InputSlot after the field, and takes the units from the slots', () => {
    page(
      app(
        `${withUnit('field-1', 'Weight', '72', 'kg')}${withUnit('field-2', 'Dose', '150', 'mg')}${withUnit('field-3', 'CRP', '24', 'mg/L')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150', 'labs.crpValue': '24' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });
});
