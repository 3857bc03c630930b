import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * HospitalRun frontend 2.0.0-alpha.7 (HospitalRun/hospitalrun-frontend at c45aa10) on @hospitalrun/components 3.4.0
 * (HospitalRun/components at b236d1f): the frontend's src/shared/components/input/TextInputWithLabelFormGroup.tsx
 * (`div.form-group` > Label `htmlFor="<name>TextInput"` + TextInput with that id, the label as placeholder,
 * `disabled` unless editable) and DatePickerWithLabelFormGroup.tsx (`div.form-group[data-testid=<name>DatePicker]` >
 * Label `htmlFor="<name>DatePicker"`, which no element carries: DateTimePicker gives react-datepicker no id;
 * dateFormat MM/dd/yyyy, showYearDropdown), the Label + Select pairs of src/medications/requests/NewMedicationRequest
 * .tsx and src/patients/diagnoses/DiagnosisForm.tsx (`div.form-group[data-testid=<id>]` > Label with a `title` and no
 * `for` + Select), DiagnosisTable.tsx for a list of entries (the components' Table: `table.table.table-hover >
 * thead.thead-light`, text cells and an "Actions" column of "View" buttons); the components' src/components:
 * Label/Label.tsx (react-bootstrap FormLabel `label.form-label`; required: wrapped in a `div`, `title="This is a
 * required input"`, a red `i` holding Font Awesome's asterisk svg), TextInput/TextInput.tsx (Form.Group `div.form-group`
 * > `input.form-control` + `div.invalid-feedback` classed `text-left ml-3 mt-1 text-small undefined` when neither
 * valid nor invalid), Select/Select.tsx (react-bootstrap-typeahead 4.2 Typeahead, placeholder "-- Choose --";
 * RBT's `div.rbt` > `input.rbt-input-main.form-control.rbt-input[role=combobox][aria-owns=<id>]` + the
 * `input.rbt-input-hint[aria-hidden][readonly]`, its menu `div#<id>.rbt-menu.dropdown-menu[role=listbox]` of
 * `a.dropdown-item[role=option]` rendered in place while open; multiple: `div.rbt-input-multi` > `div.rbt-input-wrapper`
 * of `div.rbt-token.rbt-token-removeable` each ending in `button.rbt-token-remove-button[aria-label=Remove]`),
 * Typeahead/Typeahead.tsx (RBT's AsyncTypeahead, minLength 3; while searching `div.rbt.has-aux` holds `div.rbt-aux`
 * with the `rbt-loader` spinner and its sr-only "Loading...") and
 * DateTimePicker/DateTimePicker.tsx (`div.input-group` > `div.input-group-prepend` with the calendar-alt icon +
 * react-datepicker 4.3's `div.react-datepicker-wrapper > div.react-datepicker__input-container > input.form-control`,
 * its open popper in `div.react-datepicker__tab-loop` after the wrapper).
 */

const asterisk =
  '<i style="color: red;"><svg aria-hidden="true" focusable="false" data-prefix="fas" data-icon="asterisk" class="svg-inline--fa fa-asterisk fa-w-16 " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" style="height: 7px; vertical-align: top; margin-left: 2px;"><path fill="currentColor" d="M478.21 334.093L336 256l142.21-78.093z"></path></svg></i>';
type L = { required?: boolean; title?: string; htmlFor?: string };
const label = (text: string, o: L = {}) => {
  const attrs = `${o.htmlFor ? ` for="${o.htmlFor}"` : ''}${o.required || o.title ? ` title="${o.title ?? 'This is a required input'}"` : ''}`;
  return o.required
    ? `<div><label${attrs} class="form-label">${text}${asterisk}</label></div>`
    : `<label${attrs} class="form-label">${text}</label>`;
};
const feedback = (cls: string, text = '', invalid = false) =>
  `<div class="${cls} ${invalid ? 'text-danger' : 'undefined'} invalid-feedback">${text}</div>`;

type T = { required?: boolean; editable?: boolean; invalid?: string; type?: string };
/** TextInputWithLabelFormGroup */
const text = (name: string, text_: string, value: string, o: T = {}) =>
  `<div class="form-group">${label(text_, { htmlFor: `${name}TextInput`, required: o.required })}<div class="form-group"><input type="${o.type ?? 'text'}" id="${name}TextInput" placeholder="${text_}"${o.editable === false ? ' disabled=""' : ''} class="form-control${o.invalid ? ' is-invalid' : ''}" value="${value}">${feedback('text-left ml-3 mt-1 text-small', o.invalid, !!o.invalid)}</div></div>`;

const calendar =
  '<svg aria-hidden="true" focusable="false" data-prefix="fas" data-icon="calendar-alt" class="svg-inline--fa fa-calendar-alt fa-w-14 " role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" d="M0 464c0 26.5 21.5 48 48 48h352z"></path></svg>';
/** the react-datepicker popper of an open DateTimePicker on March 1988 */
const popper = `<div class="react-datepicker__tab-loop"><div tabindex="0" class="react-datepicker__tab-loop__start"></div><div class="react-datepicker-popper" data-placement="bottom-start" style="position: absolute; inset: 0px auto auto 0px; transform: translate(42px, 38px);"><div><div class="react-datepicker"><div class="react-datepicker__triangle" style="position: absolute; left: 0px; transform: translate(24px, 0px);"></div><div class="react-datepicker__month-container"><div class="react-datepicker__header "><div class="react-datepicker__current-month">March 1988</div><div class="react-datepicker__header__dropdown react-datepicker__header__dropdown--scroll"><div class="react-datepicker__year-dropdown-container react-datepicker__year-dropdown-container--scroll"><div class="react-datepicker__year-read-view" style="visibility: visible;"><span class="react-datepicker__year-read-view--down-arrow"></span><span class="react-datepicker__year-read-view--selected-year">1988</span></div></div></div><div class="react-datepicker__day-names"><div class="react-datepicker__day-name">Su</div><div class="react-datepicker__day-name">Mo</div></div></div><div class="react-datepicker__month" aria-label="month  1988-03" role="listbox"><div class="react-datepicker__week"><div class="react-datepicker__day react-datepicker__day--013 react-datepicker__day--weekend" tabindex="-1" aria-label="Choose Sunday, March 13th, 1988" role="option" aria-disabled="false" aria-selected="false">13</div><div class="react-datepicker__day react-datepicker__day--014 react-datepicker__day--selected" tabindex="0" aria-label="Choose Monday, March 14th, 1988" role="option" aria-disabled="false" aria-selected="true">14</div></div></div></div></div></div></div><div tabindex="0" class="react-datepicker__tab-loop__end"></div></div>`;
/** DatePickerWithLabelFormGroup */
const date = (name: string, text_: string, value: string, o: T & { open?: boolean } = {}) =>
  `<div class="form-group" data-testid="${name}DatePicker">${label(text_, { htmlFor: `${name}DatePicker`, required: o.required })}<div class="input-group"><div class="input-group-prepend"><span class="input-group-text">${calendar}</span></div><div class="react-datepicker-wrapper"><div class="react-datepicker__input-container"><input type="text"${o.editable === false ? ' disabled=""' : ''} class="form-control ${o.invalid ? 'is-invalid' : ''}" value="${value}"></div></div>${o.open ? popper : ''}</div>${o.invalid ? `<div class="text-left ml-5 mt-1 text-small text-danger">${o.invalid}</div>` : ''}</div>`;

const hint =
  '<input aria-hidden="true" class="rbt-input-hint" readonly="" tabindex="-1" value="" style="background-color: transparent; border-color: transparent; box-shadow: none; color: rgba(0, 0, 0, 0.35); left: 0px; pointer-events: none; position: absolute; top: 0px; width: 100%; border-style: solid; border-width: 1px; font-size: 16px; height: 38px; line-height: 24px; margin: 0px; padding: 6px 12px;">';
/** Label + components Select (react-bootstrap-typeahead 4.2); `open` lists its menu's options */
const select = (
  id: string,
  text_: string,
  chosen: string[],
  o: { multiple?: boolean; open?: string[]; required?: boolean; disabled?: boolean } = {},
) => {
  const input = (value: string, multi: boolean) =>
    `<input autocomplete="off" placeholder="${chosen.length && multi ? '' : '-- Choose --'}" type="text" aria-autocomplete="${multi ? 'list' : 'both'}" aria-expanded="${o.open ? 'true' : 'false'}" aria-haspopup="listbox" aria-owns="${id}" role="combobox"${o.disabled ? ' disabled=""' : ''} class="rbt-input-main${multi ? '' : ' form-control rbt-input'}" value="${value}"${multi ? ' style="background-color: transparent; border: 0px; box-shadow: none; cursor: inherit; outline: none; padding: 0px; width: 100%; z-index: 1;"' : ''}>`;
  const box = o.multiple
    ? `<div class="rbt-input-multi form-control rbt-input" tabindex="-1"><div class="rbt-input-wrapper">${chosen
        .map(
          (c) =>
            `<div tabindex="0" class="rbt-token rbt-token-removeable">${c}<button tabindex="-1" aria-label="Remove" class="close rbt-close rbt-token-remove-button" type="button"><span aria-hidden="true">×</span><span class="sr-only">Remove</span></button></div>`,
        )
        .join('')}<div style="display: flex; height: 100%; position: relative;">${input('', true)}${hint}</div></div></div>`
    : `<div style="display: flex; flex: 1 1 0%; flex-wrap: wrap; position: relative;">${input(chosen[0] ?? '', false)}${hint}</div>`;
  const menu = o.open
    ? `<div id="${id}" aria-label="menu-options" role="listbox" class="rbt-menu dropdown-menu show" style="max-height: 300px; overflow: auto; display: block; position: absolute; top: 0px; left: 0px; transform: translate3d(0px, 38px, 0px);">${o.open
        .map(
          (v, i) =>
            `<a aria-label="${v}" aria-selected="false" id="${id}-item-${i}" role="option" class="dropdown-item" href="#"><span>${v}</span></a>`,
        )
        .join('')}</div>`
    : '';
  return `<div class="form-group" data-testid="${id}">${label(text_, { title: id.replace(/Select$/, ''), required: o.required })}<div class="rbt${o.disabled ? ' disabled' : ''}" tabindex="-1" style="position: relative;">${box}${menu}</div><div></div>${feedback('text-left ml-3 mt-1 text-small')}</div>`;
};

/** a Label (htmlFor the typeahead's id) + the components' Typeahead (RBT 4.2 AsyncTypeahead, minLength 3) as
 *  NewMedicationRequest.tsx draws its patient search; `loading` shows RBT's loader while a search runs */
const asyncTypeahead = (id: string, text_: string, value: string, o: { loading?: boolean } = {}) =>
  `<div class="form-group ${id.replace(/Typeahead$/, '')}-typeahead">${label(text_, { htmlFor: id, required: true })}<div class="rbt has-aux" tabindex="-1" style="position: relative;"><div style="display: flex; flex: 1 1 0%; flex-wrap: wrap; position: relative;"><input autocomplete="off" placeholder="${text_}" type="text" aria-autocomplete="both" aria-expanded="false" aria-haspopup="listbox" aria-owns="${id}" role="combobox" class="rbt-input-main form-control rbt-input" value="${value}">${hint}</div>${
    o.loading
      ? '<div class="rbt-aux"><div class="rbt-loader spinner-border spinner-border-sm" role="status"><span class="sr-only">Loading...</span></div></div>'
      : ''
  }</div></div>`;

const table = (rows: readonly (readonly string[])[]) =>
  `<table class="table table-hover"><thead class="thead-light"><tr><th>Drug</th><th>Dose</th><th>Start Date</th><th>Stop Date</th><th>Outcome</th><th>Actions</th></tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v) => `<td>${v}</td>`).join('')}<td><button type="button" class="btn btn-primary">View</button></td></tr>`)
    .join('')}</tbody></table>`;

const row = (...cols: string[]) =>
  `<div class="row">${cols.map((c) => `<div class="col-md-${12 / cols.length}">${c}</div>`).join('')}</div>`;
/** the app shell around a page's form */
const app = (title: string, form: string) =>
  `<div id="root"><nav class="navbar navbar-dark fixed-top bg-dark flex-md-nowrap p-0 shadow"><a class="navbar-brand col-sm-3 col-md-2 mr-0" href="/">HospitalRun</a></nav><div class="container-fluid"><div class="row"><nav class="col-md-2 d-none d-md-block bg-light sidebar"><div class="sidebar-sticky"><div class="list-group"><a class="list-group-item list-group-item-action" href="/patients">Patients</a><a class="list-group-item list-group-item-action active" href="/medications">Medications</a></div></div></nav><main role="main" class="col-md-9 ml-sm-auto col-lg-10 px-4"><div class="d-flex justify-content-between flex-wrap flex-md-nowrap align-items-center pt-3 pb-2 mb-3 border-bottom"><h1 class="h2">${title}</h1></div><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item active" aria-current="page">${title}</li></ol></nav><div>${form}</div></main></div></div></div>`;
const form = (body: string) =>
  `<form aria-label="Prior Authorization Request form">${body}<div class="row float-right"><div class="btn-group btn-group-lg mt-3 mr-3"><button type="button" class="mr-2 btn btn-success">Submit Request</button><button type="button" class="btn btn-danger">Cancel</button></div></div></form>`;

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const request = () =>
  `${row(text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true }), date('dateOfBirth', 'Date of Birth', ILARIS['patient.dob'], { required: true }), text('weight', 'Weight (kg)', '72', { type: 'number' }))}${row(
    select('drugSelect', 'Drug', [ILARIS['drug.name']], { required: true }),
    text('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs']),
    text('ndc', 'NDC', ILARIS['drug.ndc']),
  )}${row(text('dose', 'Dose (mg)', '150', { type: 'number' }), text('units', 'Billing Units', '150', { type: 'number' }), select('frequencySelect', 'Frequency', ['Every 4 weeks']))}${select('icd10Select', 'ICD-10 Codes', ['M04.1', 'M06.1'], { multiple: true })}${row(
    text('crp', 'CRP (mg/L)', '24', { type: 'number' }),
    date('crpDate', 'CRP Date', ILARIS['labs.crpDate']),
  )}${text('prescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`;

describe('HospitalRun: TextInputWithLabelFormGroup, DatePickerWithLabelFormGroup, Label + Select (react-bootstrap-typeahead), Table', () => {
  it('reads the full Ilaris request, prior therapies from the Table of entries', () => {
    page(app('New Prior Authorization', form(`${request()}<h5>Prior Therapies</h5>${table(THERAPY_ROWS)}`)));
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names a required input by its label, without the asterisk icon', () => {
    page(
      app(
        'New Prior Authorization',
        form(
          `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('prescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a date picker (its label `for` names no element) as shown, and nothing from its open calendar', () => {
    page(
      app(
        'New Prior Authorization',
        form(`${date('dateOfBirth', 'Date of Birth', ILARIS['patient.dob'], { open: true })}${date('crpDate', 'CRP Date', '')}`),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.react-datepicker__tab-loop');
  });

  it('reads a Select (a label with no `for` before the typeahead) by its input, and an empty one ("-- Choose --") as empty', () => {
    page(
      app(
        'New Prior Authorization',
        form(`${select('drugSelect', 'Drug', [ILARIS['drug.name']], { required: true })}${select('frequencySelect', 'Frequency', [])}`),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    nothingFrom('.rbt-input-hint');
  });

  it('reads an open Select once, and nothing from its menu of options', () => {
    page(
      app(
        'New Prior Authorization',
        form(
          `${select('frequencySelect', 'Frequency', ['Every 8 weeks'], { open: ['Every 4 weeks', 'Every 8 weeks', 'Once'] })}${text('hcpcs', 'HCPCS Code', ILARIS['drug.hcpcs'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.rbt-menu');
  });

  it("reads an AsyncTypeahead (its label `for` naming only the closed menu's id) by its selected drug, its loader no value", () => {
    page(
      app(
        'New Prior Authorization',
        form(
          `${asyncTypeahead('drugTypeahead', 'Drug', ILARIS['drug.name'])}${asyncTypeahead('ndcTypeahead', 'NDC', '00078', { loading: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.ndc': '00078' });
    expect(field('drug.name')?.label).toBe('Drug');
  });

  it('reads a multiple Select as its tokens, without the Remove buttons', () => {
    page(
      app(
        'New Prior Authorization',
        form(select('icd10Select', 'ICD-10 Codes', ['M04.1', 'M06.1'], { multiple: true, open: CODES.slice(2) })),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 Codes');
  });

  it('reads an invalid input with its feedback shown, naming the next field by its own label', () => {
    page(
      app(
        'New Prior Authorization',
        form(
          `${text('memberId', 'Member ID', '', { required: true, invalid: 'Member ID is required' })}${date('dateOfBirth', 'Date of Birth', '', { required: true, invalid: 'Date of birth is required' })}${text('prescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'patient.dob': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a request shown read-only (inputs disabled, a disabled Select)', () => {
    page(
      app(
        'Prior Authorization',
        form(
          `${text('memberId', 'Member ID', ILARIS['patient.memberId'], { editable: false })}${date('dateOfBirth', 'Date of Birth', ILARIS['patient.dob'], { editable: false })}${select('drugSelect', 'Drug', [ILARIS['drug.name']], { disabled: true })}`,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'drug.name': ILARIS['drug.name'],
    });
  });

  it('reads the Table rows (text cells, a View button each) as prior therapies', () => {
    page(
      app(
        'Prior Therapies',
        form(`${text('memberId', 'Member ID', ILARIS['patient.memberId'])}<h5>Prior Therapies</h5>${table(THERAPY_ROWS)}`),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
  });
});
