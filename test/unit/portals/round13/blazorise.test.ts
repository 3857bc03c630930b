import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Blazorise 1.x with its Bootstrap 5 provider (Megabit/Blazorise, read through the file index:
 * Source/Blazorise/Components/Field/Field.razor + FieldLabel.razor @08e6478/0b50988,
 * DateEdit/DateEdit.razor @16c64d7, Validation/ValidationError.razor @00b3d18, Badge/Badge.razor @2dc6689,
 * Dropdown/Dropdown.razor + DropdownMenu.razor, Source/Blazorise.Bootstrap5/Components/Radio.razor @0956397 +
 * RadioGroup.razor @085f0b9, Providers/Bootstrap5ClassProvider.cs @05ee0ac, Source/Extensions/
 * Blazorise.Components/Autocomplete.razor @be53083, Source/Extensions/Blazorise.DataGrid/_DataGridRowEdit.razor
 * @02a31a5, _DataGridCellEdit.razor @0a21942, _DataGridRowCommand.razor @00ee461):
 * - Field: `div.form-group` (Bootstrap5ClassProvider.Field()); FieldLabel: `label.form-label[for]` (For is
 *   optional: without it the label is linked to nothing); FieldHelp: `div.form-text.text-muted`.
 * - TextEdit / NumericEdit / DateEdit: one `input.form-control` with Blazor's generated id; DateEdit is
 *   `input[type=date]` (its value ISO); NumericEdit `input[type=number]`. Inside a Validation with an error,
 *   the input gains `is-invalid` and ValidationError renders `div.invalid-feedback` right after it.
 * - Select: `select.form-select` of SelectItems (`option[value]`), the prompt an `option[value=""]`.
 * - RadioGroup: `div[role=radiogroup]` of `div.form-check.form-check-inline > input.form-check-input[type=radio]
 *   [name=<group>] + label.form-check-label[for]`.
 * - Autocomplete (SelectionMode Multiple): `div.dropdown.b-is-autocomplete.b-is-autocomplete-multipleselection`
 *   > a Badge per chosen text (`span.badge.text-bg-primary.ms-2` text + `span.badge-close[aria-label=Close]
 *   [tabindex=0] > span[aria-hidden=true]` "×"), then TextEdit Role=Search (`input[type=search].form-control`,
 *   empty) + its feedback, then `div.dropdown-menu[role=menu]` (empty while closed; open: class `show` and
 *   `a.dropdown-item.b-is-autocomplete-suggestion#b-is-autocomplete-suggestion-<i>`).
 * - DataGrid (EditMode Inline, DataGridCommandColumn): `table.table` with `th` captions and a command column;
 *   committed rows are text cells + Edit/Delete link buttons, the edited row's cells hold the editors
 *   (TextEdit, DateEdit) + Save/Cancel. The wrapper classes around the table are my reading, not a snapshot.
 */

let n = 0;
const id = () => `b${(++n).toString(16).padStart(6, '0')}e4c1`;

type Opts = { type?: string; error?: string; help?: string; noFor?: boolean; placeholder?: string; attrs?: string };
const input = (label: string, value: string, o: Opts = {}) => {
  const i = id();
  return `<div class="form-group"><label class="form-label"${o.noFor ? '' : ` for="${i}"`}>${label}</label><input id="${i}" type="${o.type ?? 'text'}" class="form-control${o.error ? ' is-invalid' : ''}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.attrs ?? ''} value="${value}">${
    o.error ? `<div class="invalid-feedback">${o.error}</div>` : ''
  }${o.help ? `<div class="form-text text-muted">${o.help}</div>` : ''}</div>`;
};
const select = (label: string, chosen: string, options: string[], o: Opts = {}) => {
  const i = id();
  return `<div class="form-group"><label class="form-label" for="${i}">${label}</label><select id="${i}" class="form-select${o.error ? ' is-invalid' : ''}"${o.attrs ?? ''}><option value=""${chosen ? '' : ' selected'}>Choose...</option>${options
    .map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v}</option>`)
    .join('')}</select>${o.error ? `<div class="invalid-feedback">${o.error}</div>` : ''}</div>`;
};
const radios = (label: string, group: string, chosen: string, options: string[]) => {
  const l = id();
  return `<div class="form-group"><label class="form-label" id="${l}">${label}</label><div id="${id()}" role="radiogroup" aria-labelledby="${l}">${options
    .map((v) => {
      const i = id();
      return `<div class="form-check form-check-inline"><input id="${i}" type="radio" class="form-check-input" name="${group}" value="${v}"${v === chosen ? ' checked' : ''}><label class="form-check-label" for="${i}">${v}</label></div>`;
    })
    .join('')}</div></div>`;
};
const badge = (t: string) =>
  `<span class="badge text-bg-primary ms-2">${t}<span href="#" class="badge-close text-bg-primary" aria-label="Close" tabindex="0"><span aria-hidden="true">×</span></span></span>`;
const autocomplete = (label: string, chosen: string[], o: { open?: string[]; placeholder?: string } = {}) => {
  const i = id();
  return `<div class="form-group"><label class="form-label" for="${i}">${label}</label><div id="${id()}" class="dropdown b-is-autocomplete b-is-autocomplete-multipleselection${o.open ? ' focus' : ''}">${chosen.map(badge).join('')}<input id="${i}" type="search" class="form-control" placeholder="${o.placeholder ?? 'Search codes'}" value=""><div class="dropdown-menu dropdown-menu-position-strategy dropdown-menu-position-strategy-absolute${o.open ? ' show' : ''}" role="menu">${(
    o.open ?? []
  )
    .map(
      (v, k) =>
        `<a id="b-is-autocomplete-suggestion-${k}" class="dropdown-item b-is-autocomplete-suggestion${k === 0 ? ' focus' : ''}">${v}</a>`,
    )
    .join('')}</div></div></div>`;
};
const card = (title: string, body: string) =>
  `<div class="card mb-3"><div class="card-header">${title}</div><div class="card-body">${body}</div></div>`;
const form = (body: string, tail = '') =>
  `<div class="page"><main><article class="content px-4"><form>${body}<button type="submit" class="btn btn-primary">Submit</button></form></article></main></div>${tail}`;

const link = (t: string) => `<button type="button" class="btn btn-link">${t}</button>`;
/** the DataGrid; `editing` = index of the row in inline edit (dates then ISO in DateEdits) */
const grid = (editing?: number) => {
  const iso = (d: string) => d.replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, '$3-$1-$2');
  const rows = THERAPY_ROWS.map((r, k) =>
    k === editing
      ? `<tr>${r.map((v, c) => `<td><input id="${id()}" type="${c === 2 || c === 3 ? 'date' : 'text'}" class="form-control" value="${c === 2 || c === 3 ? iso(v) : v}"></td>`).join('')}<td>${link('Save')}${link('Cancel')}</td></tr>`
      : `<tr class="table-row-selectable">${r.map((v) => `<td>${v}</td>`).join('')}<td>${link('Edit')}${link('Delete')}</td></tr>`,
  ).join('');
  return `<div class="b-datagrid"><div class="table-responsive"><table class="table table-hover"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th><th>${link('New')}</th></tr></thead><tbody>${rows}</tbody></table></div></div>`;
};

const request = () =>
  form(
    `${card('Member', `${input('Member ID', ILARIS['patient.memberId'])}${input('Date of birth', ISO_REQUEST['patient.dob'], { type: 'date' })}${input('Weight (kg)', '72', { type: 'number' })}`)}
    ${card('Diagnosis', autocomplete('ICD-10 codes', ['M04.1', 'M06.1']))}
    ${card(
      'Medication',
      `${select('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${input('Dose (mg)', '150', { type: 'number' })}${input('Billing units', '150', { type: 'number' })}${radios('Frequency', 'frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
    )}
    ${card('Labs', `${input('CRP (mg/L)', '24', { type: 'number' })}${input('CRP collection date', ISO_REQUEST['labs.crpDate'], { type: 'date' })}`)}
    ${card('Prior therapies', grid())}
    ${card('Prescriber', input('Prescriber NPI', ILARIS['prescriber.npi']))}`,
  );

describe('Blazorise (Bootstrap 5): Field, TextEdit, NumericEdit, DateEdit, Select, RadioGroup, Autocomplete, DataGrid', () => {
  it('reads the full Ilaris request', () => {
    page(request());
    expect(read()).toEqual({ ...ISO_REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('names a field by a FieldLabel given no For, as the text before its input', () => {
    page(
      form(
        `${input('Member ID', ILARIS['patient.memberId'], { noFor: true })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { noFor: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a field by its label, not the invalid-feedback error of the field before it', () => {
    page(
      form(
        `${input('Member ID', '', { error: 'Member ID is required' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { help: '10 digits', noFor: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a Select showing its "Choose..." prompt as empty, and a chosen one by its text', () => {
    page(
      form(
        `${select('Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${select('Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a RadioGroup named by its FieldLabel through aria-labelledby as its checked option', () => {
    page(form(radios('Frequency', 'frequency', 'Once', ['Every 4 weeks', 'Every 8 weeks', 'Once'])));
    expect(read()).toEqual({ 'drug.frequency': 'Once' });
  });

  it('reads the multiple Autocomplete badges as the ICD-10 codes, without their close crosses', () => {
    page(form(autocomplete('ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads an empty Autocomplete (its placeholder is no value) as empty', () => {
    page(form(autocomplete('ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('takes nothing from an open Autocomplete suggestion menu', () => {
    page(
      form(`${autocomplete('ICD-10 codes', ['M04.1'], { open: ['M06.1', 'M04.8'] })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.dropdown-menu');
  });

  it('reads the DataGrid rows as prior therapies, one row in inline edit (its DateEdits ISO)', () => {
    page(form(card('Prior therapies', grid(0))));
    expect(read()).toEqual({
      ...THERAPIES,
      'priorTherapies.0.start': '2026-01-05',
      'priorTherapies.0.stop': '2026-06-30',
    });
    noDuplicatePaths();
  });

  it('reads the request in an open Modal (focus trap, backdrop), not the list page behind it', () => {
    const modal = `<div id="${id()}" class="modal fade show" style="display: block;" role="dialog" aria-modal="true"><div class="focus-trap"><div class="modal-dialog modal-dialog-scrollable" role="document"><div id="${id()}" class="modal-content"><div class="focus-trap"><div class="modal-header"><h5 class="modal-title">New prior authorization</h5><button type="button" class="btn-close" aria-label="Close"></button></div><div class="modal-body">${input('Member ID', ILARIS['patient.memberId'])}${input('Prescriber NPI', ILARIS['prescriber.npi'])}</div><div class="modal-footer"><button type="button" class="btn btn-secondary">Cancel</button><button type="button" class="btn btn-primary">Save</button></div></div></div></div></div></div><div class="modal-backdrop fade show"></div>`;
    page(
      `<div class="page"><main><article class="content px-4"><div class="form-group"><label class="form-label" for="search">Member ID</label><input id="search" type="text" class="form-control" value="U0000000000"></div><button type="button" class="btn btn-primary">Search</button></article></main></div>${modal}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads disabled and read-only inputs by their values', () => {
    page(
      form(
        `${input('Member ID', ILARIS['patient.memberId'], { attrs: ' disabled' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { attrs: ' readonly' })}${select('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)'], { attrs: ' disabled' })}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'prescriber.npi': ILARIS['prescriber.npi'],
      'drug.name': ILARIS['drug.name'],
    });
  });
});
