import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * MUI Joy UI 5.0.0-beta (mui/material-ui, packages/mui-joy/src: Select/Select.tsx at 453ca3b,
 * Autocomplete/Autocomplete.tsx at 4762321, FormControl, FormLabel, FormHelperText, Input, Checkbox, Radio,
 * RadioGroup, Chip/ChipDelete; @mui/base useSelect/useAutocomplete for the hidden input and ARIA):
 * - FormControl `div.MuiFormControl-root` gives its children one id: FormLabel `label#<id>-label[for=<id>]`
 *   (required: `span.MuiFormLabel-asterisk` " *"), the control `#<id>`, FormHelperText `div#<id>-helper-text`
 *   (the control's aria-describedby). Error: `Mui-error` on the FormControl, the helper text shows the error.
 * - Input: `div.MuiInput-root` > (`span.MuiInput-startDecorator`) `input.MuiInput-input` (`span.MuiInput-endDecorator`).
 * - Select: `div.MuiSelect-root` > `button.MuiSelect-button[type=button][role=combobox][aria-haspopup=listbox]
 *   [aria-expanded][aria-controls][aria-labelledby=<id>-label]#<id>` showing the chosen option (or the placeholder),
 *   `span.MuiSelect-indicator` (Unfold svg), then the hidden `input[tabindex=-1][aria-hidden=true]` holding the
 *   option's serialized value (visually hidden style); the listbox `ul.MuiSelect-listbox[role=listbox]` is kept
 *   mounted in a base Popper at the end of body (`position: fixed; top: 0; left: 0; display: none` while closed,
 *   placed by popper.js while open) with `li.MuiOption-root[role=option]`.
 * - Autocomplete multiple: `div.MuiAutocomplete-root` > `div.MuiAutocomplete-wrapper` > one soft `div.MuiChip-root`
 *   per value (`span.MuiChip-label` + `span.MuiChip-endDecorator > button.MuiChipDelete-root[data-tag-index]
 *   [tabindex=-1]`), then `input.MuiAutocomplete-input[role=combobox][aria-autocomplete=list][aria-expanded]`,
 *   the clear `button[aria-label=Clear][title=Clear]` and popup `button[aria-label=Open]`; its listbox exists only
 *   while open (`ul#<id>-listbox[role=listbox]` in a Popper at the end of body).
 * - Checkbox: `span.MuiCheckbox-root` > `span.MuiCheckbox-checkbox` > `span.MuiCheckbox-action` >
 *   `input.MuiCheckbox-input[type=checkbox]`, then `label.MuiCheckbox-label[for]`. RadioGroup:
 *   `div.MuiRadioGroup-root[role=radiogroup][aria-labelledby=<FormControl label id>]` of the same Radio structure.
 * - Modal + ModalDialog: portalled to the end of body, `div.MuiModal-root[role=presentation]` > `div.MuiModal-backdrop
 *   [aria-hidden]`, the focus-trap sentinels and `div.MuiModalDialog-root[role=dialog][aria-modal=true]
 *   [aria-labelledby=<DialogTitle id>]` (`button.MuiModalClose-root`, `h2.MuiDialogTitle-root`, `div.MuiDialogContent-root`);
 *   the Modal marks the app root behind it `aria-hidden="true"`.
 */

const asterisk = '<span aria-hidden="true" class="MuiFormLabel-asterisk">&thinsp;*</span>';
type Ctl = { required?: boolean; helper?: string; error?: boolean; disabled?: boolean };
const formControl = (id: string, label: string, control: string, c: Ctl = {}) =>
  `<div class="MuiFormControl-root MuiFormControl-vertical MuiFormControl-sizeMd${c.error ? ' Mui-error' : ''}${c.disabled ? ' Mui-disabled' : ''}"><label class="MuiFormLabel-root" id="${id}-label" for="${id}">${label}${c.required ? asterisk : ''}</label>${control}${
    c.helper ? `<div class="MuiFormHelperText-root" id="${id}-helper-text">${c.helper}</div>` : ''
  }</div>`;

const input = (id: string, label: string, value: string, c: Ctl & { end?: string; placeholder?: string } = {}) =>
  formControl(
    id,
    label,
    `<div class="MuiInput-root MuiInput-variantOutlined MuiInput-colorNeutral MuiInput-sizeMd MuiInput-formControl${c.end ? ' MuiInput-adornedEnd' : ''}${c.error ? ' Mui-error' : ''}"><input${c.required ? ' required=""' : ''}${c.disabled ? ' disabled=""' : ''}${c.placeholder ? ` placeholder="${c.placeholder}"` : ''} id="${id}"${c.helper ? ` aria-describedby="${id}-helper-text"` : ''}${c.error ? ' aria-invalid="true"' : ''} class="MuiInput-input" value="${value}">${c.end ? `<span class="MuiInput-endDecorator">${c.end}</span>` : ''}</div>`,
    c,
  );

const unfold =
  '<svg focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="UnfoldIcon" class="MuiSvgIcon-root MuiSvgIcon-sizeMd"><path d="M12 5.83 15.17 9l1.41-1.41L12 3 7.41 7.59 8.83 9zm0 12.34L8.83 15l-1.41 1.41L12 21l4.59-4.59L15.17 15z"></path></svg>';
const hiddenStyle =
  'clip: rect(1px, 1px, 1px, 1px); clip-path: inset(50%); height: 1px; width: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; white-space: nowrap; left: 50%; bottom: 0px;';

/** a Joy Select in a FormControl; returns the control and its listbox Popper for the end of body */
function select(
  id: string,
  label: string,
  chosen: string,
  options: [string, string][],
  o: Ctl & { placeholder?: string; open?: boolean } = {},
) {
  const value = options.find(([, t]) => t === chosen)?.[0] ?? '';
  const html = formControl(
    id,
    label,
    `<div class="MuiSelect-root MuiSelect-variantOutlined MuiSelect-colorNeutral MuiSelect-sizeMd MuiSelect-formControl${o.open ? ' MuiSelect-expanded' : ''}"><button class="MuiSelect-button" type="button" id="${id}" aria-labelledby="${id}-label"${o.helper ? ` aria-describedby="${id}-helper-text"` : ''} role="combobox" aria-haspopup="listbox" aria-expanded="${!!o.open}" aria-controls="${id}-lb">${chosen || (o.placeholder ?? '')}</button><span class="MuiSelect-indicator${o.open ? ' MuiSelect-expanded' : ''}">${unfold}</span><input tabindex="-1" aria-hidden="true" style="${hiddenStyle}" value="${value}"></div>`,
    o,
  );
  const popper = `<ul role="listbox" tabindex="-1" id="${id}-lb" class="MuiSelect-listbox MuiSelect-variantOutlined MuiSelect-colorNeutral MuiSelect-sizeMd" style="${o.open ? 'position: absolute; inset: 0px auto auto 0px; margin: 0px; transform: translate(24px, 320px);' : 'position: fixed; top: 0px; left: 0px; display: none;'}">${options
    .map(
      ([v, t], i) =>
        `<li tabindex="${t === chosen ? 0 : -1}" role="option" id="${id}-opt-${i}" aria-selected="${t === chosen}" aria-disabled="false" class="MuiOption-root MuiOption-colorNeutral MuiOption-variantPlain${t === chosen ? ' Mui-selected' : ''}" data-value="${v}">${t}</li>`,
    )
    .join('')}</ul>`;
  return { html, popper };
}

const cancel =
  '<svg focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CancelIcon" class="MuiSvgIcon-root MuiSvgIcon-sizeMd"><path d="M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2m5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12z"></path></svg>';
/** a Joy Autocomplete (multiple) in a FormControl */
const autocomplete = (id: string, label: string, chips: string[], o: Ctl & { placeholder?: string } = {}) =>
  formControl(
    id,
    label,
    `<div class="MuiAutocomplete-root MuiAutocomplete-variantOutlined MuiAutocomplete-colorNeutral MuiAutocomplete-sizeMd MuiAutocomplete-multiple MuiAutocomplete-hasClearIcon MuiAutocomplete-hasPopupIcon MuiAutocomplete-formControl"><div class="MuiAutocomplete-wrapper">${chips
      .map(
        (c, i) =>
          `<div class="MuiChip-root MuiChip-colorNeutral MuiChip-sizeMd MuiChip-variantSoft"><span class="MuiChip-label">${c}</span><span class="MuiChip-endDecorator"><button class="MuiChipDelete-root MuiChipDelete-colorNeutral MuiChipDelete-variantSoft" type="button" data-tag-index="${i}" tabindex="-1">${cancel}</button></span></div>`,
      )
      .join(
        '',
      )}<input type="text" class="MuiAutocomplete-input" aria-invalid="false" autocomplete="off" id="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="" aria-autocomplete="list" aria-expanded="false" autocapitalize="none" spellcheck="false" role="combobox"></div><button class="MuiIconButton-root MuiIconButton-variantPlain MuiIconButton-colorNeutral MuiIconButton-sizeSm MuiAutocomplete-clearIndicator" type="button" tabindex="-1" aria-label="Clear" title="Clear"><svg focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CloseIcon" class="MuiSvgIcon-root MuiSvgIcon-sizeMd"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"></path></svg></button><button class="MuiIconButton-root MuiIconButton-variantPlain MuiIconButton-colorNeutral MuiIconButton-sizeSm MuiAutocomplete-popupIndicator" type="button" tabindex="-1" aria-label="Open" title="Open"><svg focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ArrowDropDownIcon" class="MuiSvgIcon-root MuiSvgIcon-sizeMd"><path d="M7 10l5 5 5-5z"></path></svg></button></div>`,
    o,
  );

const check =
  '<svg focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CheckIcon" class="MuiSvgIcon-root MuiSvgIcon-sizeMd"><path d="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z"></path></svg>';
const checkbox = (id: string, label: string, checked: boolean) =>
  `<span class="MuiCheckbox-root MuiCheckbox-colorNeutral MuiCheckbox-sizeMd MuiCheckbox-variantOutlined${checked ? ' Mui-checked' : ''}"><span class="MuiCheckbox-checkbox${checked ? ' Mui-checked' : ''}"><span class="MuiCheckbox-action"><input id="${id}" type="checkbox" class="MuiCheckbox-input"${checked ? ' checked=""' : ''} value="on"></span>${checked ? check : ''}</span><label id="${id}-label" for="${id}" class="MuiCheckbox-label">${label}</label></span>`;

const radioGroup = (id: string, label: string, name: string, options: string[], chosen: string) =>
  formControl(
    id,
    label,
    `<div class="MuiRadioGroup-root MuiRadioGroup-sizeMd MuiRadioGroup-vertical" role="radiogroup" aria-labelledby="${id}-label" id="${id}">${options
      .map(
        (o, i) =>
          `<span class="MuiRadio-root MuiRadio-colorNeutral MuiRadio-sizeMd MuiRadio-variantOutlined${o === chosen ? ' Mui-checked' : ''}"><span class="MuiRadio-radio${o === chosen ? ' Mui-checked' : ''}"><span class="MuiRadio-action"><input id="${id}-${i}" type="radio" class="MuiRadio-input" name="${name}" value="${o}"${o === chosen ? ' checked=""' : ''}></span>${o === chosen ? '<span class="MuiRadio-icon"></span>' : ''}</span><label id="${id}-${i}-label" for="${id}-${i}" class="MuiRadio-label">${o}</label></span>`,
      )
      .join('')}</div>`,
  );

const DRUGS: [string, string][] = [
  ['ilaris', 'Ilaris (canakinumab)'],
  ['kineret', 'Kineret (anakinra)'],
];
const h = (t: string) => `<h3 class="MuiTypography-root MuiTypography-title-lg">${t}</h3>`;
const sheet = (body: string) => `<div class="MuiSheet-root MuiSheet-variantOutlined MuiSheet-colorNeutral">${body}</div>`;
const app = (body: string, tail = '') =>
  `<div id="root"><form>${body}<button class="MuiButton-root MuiButton-variantSolid MuiButton-colorPrimary MuiButton-sizeMd" type="submit">Submit</button></form></div>${tail}`;
const kg = '<span class="MuiTypography-root MuiTypography-body-md">kg</span>';

const therapy = (i: 0 | 1) =>
  sheet(
    `${h(`Prior therapy ${i + 1}`)}${(['drug', 'dose', 'start', 'stop', 'outcome'] as const)
      .map((k) =>
        input(
          `:t${i}${k}:`,
          { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k],
          THERAPIES[`priorTherapies.${i}.${k}`],
        ),
      )
      .join('')}`,
  );

describe('MUI Joy UI: FormControl, Input, Select, Autocomplete chips, Checkbox, RadioGroup', () => {
  it('reads the full Ilaris request', () => {
    const drug = select(':r4:', 'Drug name', ILARIS['drug.name'], DRUGS);
    page(
      app(
        `${sheet(`${h('Member')}${input(':r1:', 'Member ID', ILARIS['patient.memberId'], { required: true })}${input(':r2:', 'Date of birth', ILARIS['patient.dob'], { helper: 'MM/DD/YYYY' })}${input(':r3:', 'Weight', '72', { end: kg })}`)}
        ${sheet(`${h('Diagnosis')}${autocomplete(':rd:', 'ICD-10 codes', ['M04.1', 'M06.1'])}`)}
        ${sheet(`${h('Medication')}${drug.html}${input(':r5:', 'HCPCS code', ILARIS['drug.hcpcs'])}${input(':r6:', 'NDC', ILARIS['drug.ndc'])}${input(':r7:', 'Dose (mg)', '150')}${input(':r8:', 'Billing units', '150')}${radioGroup(':r9:', 'Frequency', 'frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 4 weeks')}`)}
        ${sheet(`${h('Labs')}${input(':ra:', 'CRP (mg/L)', '24')}${input(':rb:', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${therapy(0)}${therapy(1)}
        ${sheet(`${h('Prescriber')}${input(':rc:', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`)}`,
        drug.popper,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
    nothingFrom('.MuiSelect-listbox');
  });

  it('names a required Input by its FormLabel without the asterisk, and the next field not by the helper text', () => {
    page(
      app(
        `${input(':r1:', 'Member ID', '', { required: true, error: true, helper: 'Member ID is required' })}${input(':rc:', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a closed Select by its button text, and nothing from its hidden input or kept-mounted listbox', () => {
    const s = select(':r4:', 'Drug name', ILARIS['drug.name'], DRUGS);
    page(app(s.html, s.popper));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.label).toBe('Drug name');
    nothingFrom('.MuiSelect-listbox');
    nothingFrom('input[aria-hidden="true"]');
  });

  it('reads a Select showing its placeholder as empty', () => {
    const s = select(':r4:', 'Drug name', '', DRUGS, { placeholder: 'Choose a drug…' });
    page(app(s.html, s.popper));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads an open Select by its chosen option, not the options in its open listbox', () => {
    const s = select(':r4:', 'Drug name', ILARIS['drug.name'], DRUGS, { open: true });
    page(app(`${s.html}${input(':rc:', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, s.popper));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.MuiSelect-listbox');
  });

  it('reads the Autocomplete chips as the ICD-10 codes, and an empty one (placeholder only) as empty', () => {
    page(app(autocomplete(':rd:', 'ICD-10 codes', ['M04.1', 'M06.1'], { placeholder: 'Add a code' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    page(app(autocomplete(':rd:', 'ICD-10 codes', [], { placeholder: 'Add a code' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a RadioGroup labelled by its FormLabel as the checked option', () => {
    page(app(radioGroup(':r9:', 'Frequency', 'frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 8 weeks')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads Checkboxes by their labels', () => {
    page(
      app(
        sheet(
          `${h('Clinical criteria')}${checkbox(':k1:', 'Colchicine is contraindicated or not tolerated', true)}${checkbox(':k2:', 'NSAIDs are contraindicated or not tolerated', false)}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes', 'clinical.nsaidContraindicated': '' });
  });

  it('reads the request in an open ModalDialog, nothing from the list page behind it (aria-hidden)', () => {
    const status = select(':f2:', 'Status', 'Pending', [
      ['pending', 'Pending'],
      ['approved', 'Approved'],
    ]);
    const drug = select(':r4:', 'Drug name', ILARIS['drug.name'], DRUGS);
    page(
      `<div id="root" aria-hidden="true"><header>${h('Prior authorizations')}<div role="search">${input(':f1:', 'Member ID', 'U0000000000', { placeholder: 'Search by member' })}${status.html}</div></header><button class="MuiButton-root" type="button">New request</button></div>${status.popper}<div role="presentation" class="MuiModal-root"><div aria-hidden="true" class="MuiModal-backdrop"></div><div tabindex="0" data-testid="sentinelStart"></div><div role="dialog" aria-modal="true" aria-labelledby=":m1:" tabindex="-1" class="MuiModalDialog-root MuiModalDialog-variantOutlined MuiModalDialog-colorNeutral MuiModalDialog-sizeMd MuiModalDialog-layoutCenter"><button class="MuiModalClose-root MuiModalClose-variantPlain MuiModalClose-colorNeutral MuiModalClose-sizeMd" type="button"><svg focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CloseIcon" class="MuiSvgIcon-root MuiSvgIcon-sizeMd"><path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"></path></svg></button><h2 id=":m1:" class="MuiDialogTitle-root MuiDialogTitle-title-lg">New prior authorization</h2><div class="MuiDialogContent-root"><form>${input(':r1:', 'Member ID', ILARIS['patient.memberId'], { required: true })}${input(':r2:', 'Date of birth', ILARIS['patient.dob'])}${drug.html}${input(':rc:', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button class="MuiButton-root" type="submit">Submit</button></form></div></div><div tabindex="0" data-testid="sentinelEnd"></div></div>${drug.popper}`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'drug.name': ILARIS['drug.name'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('#root');
  });

  it('reads a disabled FormControl input', () => {
    page(app(`${input(':r1:', 'Member ID', ILARIS['patient.memberId'], { disabled: true })}${input(':r3:', 'Weight', '72', { end: kg })}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
  });
});
