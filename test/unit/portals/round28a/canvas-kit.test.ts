import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Workday Canvas Kit 16.0.8 (Workday/canvas-kit at 19b3f139: modules/react/form-field/lib/FormField.tsx,
 * FormFieldLabel.tsx, FormFieldHint.tsx, hooks/useFormFieldInput.tsx + useFormFieldLabel.tsx + useFormFieldHint.tsx;
 * modules/react/select/lib/SelectInput.tsx + hooks/useSelectInput.ts; modules/react/combobox/lib/hooks/
 * useComboboxInput.ts + useComboboxInputConstrained.ts, ComboboxMenuList.tsx; modules/react/menu/lib/MenuOption.tsx;
 * modules/preview-react/multi-select/lib/MultiSelectInput.tsx, MultiSelectedList.tsx, MultiSelectedItem.tsx;
 * modules/react/checkbox/lib/Checkbox.tsx + CheckboxContainer.tsx; modules/react/table/lib/Table.tsx;
 * modules/popup-stack/lib/PopupStack.ts). Stencil classes are emotion hashes (`css-…` stand-ins below).
 * - FormField `div` > `label#label-<id>[for=input-<id>]` (required: a CSS ::after "*" only, and `required` on the
 *   input) > the input `#input-<id>[aria-labelledby=label-<id>][aria-describedby=hint-<id>]` (aria-invalid when in
 *   error) > the hint `p#hint-<id>` (rendered only with text; the error message is the hint).
 * - Select.Input: an InputGroup `div[data-width=ck-formfield-width]` > the form input
 *   `input[data-part=select-hidden-input][tabindex=-1][aria-hidden=true][name]` holding the chosen item's ID, then
 *   the visual `input[data-part=select-visual-input][role=combobox][aria-haspopup=listbox][aria-expanded]
 *   [aria-autocomplete=list][aria-controls=<model id>-list][form=""][placeholder="Choose an option"]` showing its
 *   text, then the caret `div[data-part=select-caret-container]` with a presentational SVG icon.
 * - The popup exists only while open: PopupStack's `div[style=position: relative]` at the end of body > Popper
 *   `div` > card > `ul#<model id>-list[role=listbox][aria-labelledby=<model id>]` of
 *   `li[role=option][data-id][aria-selected]`.
 * - RadioGroup (preview-react/radio: RadioGroup.tsx, RadioButton.tsx, StyledRadioButton.tsx): `div` > `label` > wrapper
 *   `div` > `input[type=radio][name][value]` + `span.cnvs-radio-check`, then the text `span`; in a FormField rendered as a
 *   fieldset with its Label as the legend (the docs' pattern).
 * - Modal (modules/react/modal/lib/ModalCard.tsx, hooks/useModalCard.ts): a PopupStack `div` > overlay `div` > `div` >
 *   card `div[role=dialog][aria-modal=false][aria-labelledby]` > close `button[aria-label=Close]`, `h2`, body; the
 *   app root behind is hidden from assistive technology (`aria-hidden=true`); a Select's popup in it is another stack
 *   entry after it.
 * - MultiSelect (preview): `div` > InputGroup > `input[data-part=form-input]` (the chosen IDs joined ", ") +
 *   readonly `input[data-part=user-input][role=combobox]` (the chosen texts joined ", ") + caret; then
 *   `div[data-part=separator]` and `div[role=listbox][aria-orientation=horizontal]` of removable Pills
 *   (`span` > `span` label + `button[aria-label=remove][aria-selected=true][data-id]`).
 */

const icon = (name: string) =>
  `<span class="wd-icon-${name} wd-icon css-k7x2a1" role="presentation"><svg xmlns="http://www.w3.org/2000/svg" class="wd-icon-${name} wd-icon" focusable="false" role="presentation" viewBox="0 0 24 24"><g fill-rule="evenodd" class="wd-icon-container"><path d="M7.5 10h9l-4.5 5z" class="wd-icon-fill"></path></g></svg></span>`;

type Opt = { hint?: string; error?: boolean; required?: boolean };
const formField = (id: string, label: string, control: string, o: Opt = {}) =>
  `<div class="css-f8s2k1 css-f8s2k1--orientation-vertical${o.error ? ' css-f8s2k1--error-error' : ''}${o.required ? ' css-f8s2k1--required-true' : ''}"><label for="input-${id}" id="label-${id}" class="css-1w3q7z css-9pq2ld${o.required ? ' css-9pq2ld--is-required-true' : ''}">${label}</label>${control}${o.hint ? `<p id="hint-${id}" class="css-1w3q7z css-2hf8sd${o.error ? ' css-2hf8sd--error-error' : ''}">${o.hint}</p>` : ''}</div>`;
const aria = (id: string, o: Opt) =>
  `id="input-${id}" aria-labelledby="label-${id}" aria-describedby="hint-${id}"${o.required ? ' required=""' : ''}${o.error ? ' aria-invalid="true"' : ''}`;
const text = (id: string, label: string, value: string, o: Opt & { placeholder?: string } = {}) =>
  formField(
    id,
    label,
    `<input type="text" ${aria(id, o)} class="css-7yd2kq${o.error ? ' css-7yd2kq--error-error' : ''}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} value="${value}">`,
    o,
  );

type Item = { id: string; text: string };
const popup = (uid: string, items: Item[], chosen: string[]) =>
  `<div style="position: relative; z-index: 30;"><div data-popper-placement="bottom-start" style="position: absolute; inset: 0px auto auto 0px; transform: translate(24px, 310px); width: 280px;"><div class="css-c4rd01 css-m3nuc4"><div class="css-c4rdb0"><ul role="listbox" aria-labelledby="${uid}" id="${uid}-list" class="css-l1stb0">${items
    .map(
      (it) =>
        `<li role="option" aria-selected="${chosen.includes(it.id)}" data-id="${it.id}" id="${uid}-${it.id}" class="css-m3nu0p"><span class="css-m3nut3">${it.text}</span></li>`,
    )
    .join('')}</ul></div></div></div></div>`;

/** FormField.Input as={Select.Input}; `drop` is its open popup for the end of body */
function select(id: string, label: string, items: Item[], chosen: string, o: Opt & { open?: boolean; disabled?: boolean } = {}) {
  const uid = `ck-${id}-7f3a`;
  const item = items.find((i) => i.id === chosen);
  const html = formField(
    id,
    label,
    `<div data-width="ck-formfield-width" class="css-inp9r0 css-s3l1np"><input data-part="select-hidden-input" tabindex="-1" aria-hidden="true" name="${id}" class="css-7yd2kq css-inp9in"${o.disabled ? ' disabled=""' : ''} value="${chosen}"><input placeholder="Choose an option" data-part="select-visual-input" autocomplete="off" role="combobox" aria-haspopup="listbox" aria-expanded="${!!o.open}" aria-autocomplete="list" aria-controls="${uid}-list" form="" ${aria(id, o)} class="css-7yd2kq css-inp9in"${o.disabled ? ' disabled=""' : ''} value="${item?.text ?? ''}"><div data-part="select-caret-container" class="css-inp9ie">${icon(o.open ? 'chevron-up-small' : 'chevron-down-small')}</div></div>`,
    o,
  );
  return { html, drop: o.open ? popup(uid, items, [chosen]) : '' };
}

const pill = (it: Item) =>
  `<span class="css-p1ll00 css-p1ll00--variant-removable"><span class="css-p1llab">${it.text}</span><button type="button" aria-label="remove" aria-selected="true" data-id="${it.id}" id="ck-icd-9b1c-sel-${it.id}" tabindex="${it.id === 'M04.1' ? 0 : -1}" class="css-p1llib">${icon('x-small')}</button></span>`;
const multiSelect = (id: string, label: string, chosen: Item[]) =>
  formField(
    id,
    label,
    `<div class="css-mu1t5e"><div class="css-inp9r0"><input data-part="form-input" tabindex="-1" aria-hidden="true" name="${id}" class="css-7yd2kq css-inp9in" value="${chosen.map((c) => c.id).join(', ')}"><input data-part="user-input" readonly="" autocomplete="off" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-autocomplete="list" aria-controls="ck-icd-9b1c-list" form="" ${aria(id, {})} placeholder="Choose options" class="css-7yd2kq css-inp9in" value="${chosen.map((c) => c.text).join(', ')}"><div class="css-inp9ie" style="pointer-events: none;">${icon('chevron-down-small')}</div></div>${
      chosen.length
        ? `<div data-part="separator"></div><div role="listbox" aria-orientation="horizontal" aria-labelledby="label-${id}" class="css-l1stb0"><div class="css-l1stbx">${chosen.map(pill).join('')}</div></div>`
        : ''
    }</div>`,
  );

const DRUGS: Item[] = [
  { id: 'ilaris', text: 'Ilaris (canakinumab)' },
  { id: 'kineret', text: 'Kineret (anakinra)' },
];
const FREQS: Item[] = [
  { id: 'q4w', text: 'Every 4 weeks' },
  { id: 'q8w', text: 'Every 8 weeks' },
  { id: 'once', text: 'Once' },
];
const CODES: Item[] = [
  { id: 'M04.1', text: 'M04.1' },
  { id: 'M06.1', text: 'M06.1' },
];

const canvas = (body: string, tail = '') =>
  `<div id="root"><main class="css-m41n00"><form class="css-f0rm00" novalidate="">${body}<button type="submit" class="css-b7n000 css-pr1m00">Submit request</button></form></main></div>${tail}`;
const heading = (t: string) => `<h3 class="css-1w3q7z css-h34d1n">${t}</h3>`;

/** Prior therapies in a Canvas Kit Table: thead > tr > th, tbody > tr > td holding TextInputs (aria-label per cell) */
const therapyTable = () =>
  `<table class="css-t4bl00"><caption class="css-t4blc4">Prior therapies</caption><thead class="css-t4blhd"><tr class="css-t4blrw">${[
    'Drug',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((h) => `<th scope="col" class="css-t4blhr">${h}</th>`)
    .join('')}</tr></thead><tbody class="css-t4blbd">${THERAPY_ROWS.map(
    (row, i) =>
      `<tr class="css-t4blrw">${row.map((v, j) => `<td class="css-t4blcl"><input type="text" name="therapies[${i}][${j}]" class="css-7yd2kq" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

const request = () =>
  `${heading('Member')}${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('dob', 'Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY' })}${text('weight', 'Weight (kg)', '72')}
   ${heading('Diagnosis')}${multiSelect('icd', 'ICD-10 codes', CODES)}
   ${heading('Medication')}${select('drugName', 'Drug name', DRUGS, 'ilaris').html}${text('hcpcs', 'HCPCS code', 'J0638')}${text('ndc', 'NDC', ILARIS['drug.ndc'], { hint: 'Format 5-4-2' })}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${select('frequency', 'Frequency', FREQS, 'q4w').html}
   ${heading('Labs')}${text('crp', 'CRP (mg/L)', '24')}${text('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { placeholder: 'MM/DD/YYYY' })}
   ${therapyTable()}
   ${heading('Prescriber')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`;

describe('Workday Canvas Kit 16: FormField, Select, MultiSelect pills, Table', () => {
  it('reads the full Ilaris request', () => {
    page(canvas(request()));
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a closed Select as its shown text, not the item ID in its hidden form input', () => {
    page(canvas(`${select('drugName', 'Drug name', DRUGS, 'ilaris').html}${select('frequency', 'Frequency', FREQS, 'q8w').html}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('[data-part="select-hidden-input"]');
  });

  it('reads an empty Select ("Choose an option" placeholder) as empty', () => {
    page(canvas(`${select('frequency', 'Frequency', FREQS, '').html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.frequency': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads an open Select by its input and nothing from its popup at the end of body', () => {
    const s = select('frequency', 'Frequency', FREQS, 'once', { open: true });
    page(canvas(`${s.html}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, s.drop));
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-popper-placement]');
  });

  it('reads a disabled Select as its shown text', () => {
    page(canvas(`${select('drugName', 'Drug name', DRUGS, 'ilaris', { disabled: true }).html}${text('hcpcs', 'HCPCS code', 'J0638')}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
  });

  it('reads the MultiSelect pills as the ICD-10 codes, once', () => {
    page(canvas(`${multiSelect('icd', 'ICD-10 codes', CODES)}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    noDuplicatePaths();
  });

  it('reads an empty MultiSelect (no pills, placeholder only) as empty', () => {
    page(canvas(`${multiSelect('icd', 'ICD-10 codes', [])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a searchable MultiSelect as its pills, not the search typed while its menu is open', () => {
    const uid = 'ck-icd-9b1c';
    const search = formField(
      'icd',
      'ICD-10 codes',
      `<div class="css-mu1t5e"><div class="css-inp9r0"><div class="css-inp9is" style="pointer-events: none;">${icon('search')}</div><input data-part="form-input" tabindex="-1" aria-hidden="true" name="icd" class="css-7yd2kq css-inp9in" value="M04.1"><input data-part="user-input" autocomplete="off" role="combobox" aria-haspopup="listbox" aria-expanded="true" aria-autocomplete="list" aria-controls="${uid}-list" aria-activedescendant="${uid}-M06.1" form="" ${aria('icd', {})} class="css-7yd2kq css-inp9in" value="M06"><div class="css-inp9ie"><button type="button" role="presentation" tabindex="-1" data-part="input-group-clear-button" class="css-b7n000 css-t3rt00 css-cl34rb">${icon('x-small')}</button></div><div class="css-inp9ie" style="pointer-events: none;">${icon('chevron-up-small')}</div></div><div data-part="separator"></div><div role="listbox" aria-orientation="horizontal" aria-labelledby="label-icd" class="css-l1stb0"><div class="css-l1stbx">${pill(CODES[0]!)}</div></div></div>`,
    );
    page(
      canvas(
        `${search}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        popup(uid, [{ id: 'M06.1', text: 'M06.1' }], ['M04.1']),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-popper-placement]');
  });

  it('names a field in error by its label, not by the error hint of the field before it', () => {
    page(
      canvas(
        `${text('memberId', 'Member ID', 'U48', { required: true, error: true, hint: 'Enter an 11-character member ID' })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, hint: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U48', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a RadioGroup in a fieldset FormField as its checked choice, and a horizontal FormField by its label', () => {
    const radio = (v: Item, checked: boolean) =>
      `<label class="css-r4d1ol"><div class="css-r4d1ow"><input type="radio" name="frequency" class="css-r4d1oi" value="${v.id}"${checked ? ' checked=""' : ''}><span data-part="radio-check" class="cnvs-radio-check"></span></div><span class="css-1w3q7z css-r4d1ot">${v.text}</span></label>`;
    page(
      canvas(
        `<fieldset class="css-f8s2k1 css-f8s2k1--orientation-vertical"><legend for="input-frequency" id="label-frequency" class="css-1w3q7z css-9pq2ld">Frequency</legend><div id="input-frequency" aria-labelledby="label-frequency" aria-describedby="hint-frequency" class="css-r4d1og">${FREQS.map((f) => radio(f, f.id === 'q8w')).join('')}</div></fieldset><div class="css-f8s2k1 css-f8s2k1--orientation-horizontal-start"><label for="input-npi" id="label-npi" class="css-1w3q7z css-9pq2ld css-9pq2ld--orientation-horizontal-start">Prescriber NPI</label><div class="css-ff1e1d"><input type="text" id="input-npi" aria-labelledby="label-npi" aria-describedby="hint-npi" class="css-7yd2kq" value="${ILARIS['prescriber.npi']}"><p id="hint-npi" class="css-1w3q7z css-2hf8sd">10 digits</p></div></div>`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads the request in a Modal (an open Select in it), not the search box and requests list behind it', () => {
    const s = select('frequency', 'Frequency', FREQS, 'q4w', { open: true });
    const behind = `<div class="css-s34rch"><label for="search" class="css-9pq2ld">Search requests</label><input type="search" id="search" class="css-7yd2kq" value="U7712045398"></div><table class="css-t4bl00"><thead class="css-t4blhd"><tr class="css-t4blrw">${['Member ID', 'Drug', 'Dose (mg)', 'Frequency', 'Status'].map((h) => `<th scope="col" class="css-t4blhr">${h}</th>`).join('')}</tr></thead><tbody class="css-t4blbd"><tr class="css-t4blrw">${['U7712045398', 'Kineret (anakinra)', '100', 'Once', 'Approved'].map((c) => `<td class="css-t4blcl">${c}</td>`).join('')}</tr></tbody></table>`;
    const modal = `<div style="position: relative; z-index: 20;"><div class="css-m0d4lo"><div class="css-m0d4lc"><div role="dialog" aria-modal="false" aria-labelledby="modal-heading-5" class="css-c4rd01 css-m0d4lk"><button type="button" aria-label="Close" class="css-b7n000 css-t3rt00 css-m0d4lx">${icon('x')}</button><h2 id="modal-heading-5" class="css-1w3q7z css-m0d4lh">New request</h2><div class="css-c4rdb0 css-m0d4lb">${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('dose', 'Dose (mg)', '150')}${s.html}</div></div></div></div></div>`;
    page(`<div id="root" aria-hidden="true"><main class="css-m41n00">${behind}</main></div>${modal}${s.drop}`);
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.dose': '150', 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('#root');
  });

  it('takes nothing from a read-only table of past requests beside the form', () => {
    const past = `<section aria-labelledby="past-h"><h3 id="past-h" class="css-1w3q7z css-h34d1n">Previous requests</h3><table class="css-t4bl00"><thead class="css-t4blhd"><tr class="css-t4blrw">${[
      'Drug',
      'Dose (mg)',
      'Billing units',
      'Submitted',
      'Status',
    ]
      .map((h) => `<th scope="col" class="css-t4blhr">${h}</th>`)
      .join('')}</tr></thead><tbody class="css-t4blbd">${[
      ['Ilaris (canakinumab)', '300', '300', '04/02/2026', 'Denied'],
      ['Kineret (anakinra)', '100', '1', '07/01/2026', 'Approved'],
    ]
      .map((r) => `<tr class="css-t4blrw">${r.map((c) => `<td class="css-t4blcl">${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table></section>`;
    page(
      canvas(`${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}`).replace(
        '<main class="css-m41n00">',
        `<main class="css-m41n00">${past}`,
      ),
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.units': '150' });
    nothingFrom('section[aria-labelledby="past-h"]');
  });
});
