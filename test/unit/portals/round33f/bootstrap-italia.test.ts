import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Bootstrap Italia 2.18.3 (italia/bootstrap-italia at 6fab22a: docs/form/{input,input-numerico,
 * input-calendario,select,autocompletamento,checkbox,radio-button,transfer,upload}.md,
 * docs/componenti/{chips,modale}.md, src/js/plugins/input-label.js, select-autocomplete.js and the
 * accessible-autocomplete it bundles, src/js/plugins/vendor/accessible-autocomplete.js; texts in English):
 * - `div.form-group` > `label[for]` BEFORE the input (InputLabel classes it `active` when the input holds a
 *   value or a placeholder, and always for date inputs) + `input.form-control` + `small.form-text` help.
 * - Input number: `label.input-number-label.active[for]` + `div.input-group.input-number` > `input[type=number]
 *   [data-bs-input]` + `span.input-group-text.align-buttons` with `button.input-number-add` /
 *   `button.input-number-sub` holding `span.visually-hidden` "Increase value" / "Decrease value".
 * - Select: `div.select-wrapper` > label + `select` whose first option, `selected value=""`, is the prompt
 *   "Choose an option" (not disabled).
 * - SelectAutocomplete: `div.form-group` > `label[for=<id>]` + `div.autocomplete-wrapper#<id>Wrapper` into which
 *   accessible-autocomplete renders `div.autocomplete__wrapper` > `div.autocomplete__status` (two
 *   `role=status` divs), `input#<id>.autocomplete__input.autocomplete__input--default.form-control[role=combobox]
 *   [aria-expanded][aria-controls=<id>__listbox][aria-autocomplete=list][autocomplete=off]`, the
 *   `ul#<id>__listbox.autocomplete__menu.autocomplete__menu--inline.autocomplete__menu--hidden[role=listbox]
 *   [aria-labelledby=<id>]` keeping the last options as `li.autocomplete__option[role=option][aria-selected]`
 *   after a choice, and `span#<id>__assistiveHint[style=display:none]`.
 * - Chips: `div.chip.alert` > `span.chip-label` + `button[data-bs-dismiss=alert]` > svg + `span.visually-hidden`
 *   "Remove <label>".
 * - Checkboxes and radios: `fieldset` > `legend` + `div.form-check(.form-check-inline)` > input + `label[for]`.
 * - Transfer (`div[data-bs-transfer]`): two `div.it-transfer-wrapper` (`source`, `target`), each a
 *   `div.transfer-header` select-all checkbox (label: count "N ITEMS" + `span.descr`) and `div.transfer-group` of
 *   `div.form-check` checkboxes (no name) labelled `span > span` text; ticking marks an item to move, the move
 *   buttons are `a[role=button][aria-label]` between them. The target list holds what is chosen.
 * - Upload: `input[type=file].upload` + its label, then `ul.upload-file-list` of `li.upload-file.(success|
 *   uploading|error)` > svg, `p` (visually-hidden state + file name + `span.upload-file-weight`) and a `button`
 *   (disabled when done; "Cancel upload of <name>" / "Delete uploaded file <name>" otherwise).
 * - Search autocomplete (input-search-autocomplete.js, docs/form/input.md): `label.visually-hidden[for]` +
 *   `input[type=search].form-control.autocomplete[data-bs-autocomplete]` + `span.autocomplete-icon[aria-hidden]` +
 *   `ul.autocomplete-list` (`autocomplete-list-show` while matches show) of `li > a > (div.avatar | svg) +
 *   span.autocomplete-list-text > span (query in <mark>) + em` label.
 * - Modal: Bootstrap 5 `div.modal[tabindex=-1][role=dialog][aria-labelledby]` with no `show` while closed.
 */

let n = 0;
const sprite = (icon: string, cls = 'icon') =>
  `<svg class="${cls}" aria-hidden="true"><use href="/dist/svg/sprites.svg#it-${icon}"></use></svg>`;
type In = { help?: string; placeholder?: string; type?: string; readonly?: boolean; plaintext?: boolean };
const input = (id: string, label: string, value: string, o: In = {}) =>
  `<div class="form-group"><label${value || o.placeholder || o.type === 'date' ? ' class="active"' : ''} for="${id}">${label}</label><input type="${o.type ?? 'text'}" class="form-control${o.plaintext ? '-plaintext' : ''}" id="${id}" name="${id}"${
    o.placeholder ? ` placeholder="${o.placeholder}"` : ''
  }${o.help ? ` aria-describedby="${id}Description"` : ''}${o.readonly ? ' readonly' : ''} value="${value}">${o.help ? `<small id="${id}Description" class="form-text">${o.help}</small>` : ''}</div>`;
const number = (id: string, label: string, value: string) =>
  `<div class="form-group"><label for="${id}" class="input-number-label active">${label}</label><div class="input-group input-number"><input type="number" class="form-control" data-bs-input id="${id}" name="${id}" value="${value}" step="any"><span class="input-group-text align-buttons flex-column"><button class="input-number-add"><span class="visually-hidden">Increase value</span></button><button class="input-number-sub"><span class="visually-hidden">Decrease value</span></button></span></div></div>`;
const select = (id: string, label: string, chosen: string, options: string[]) =>
  `<div class="select-wrapper"><label for="${id}">${label}</label><select id="${id}" name="${id}"><option${chosen ? '' : ' selected=""'} value="">Choose an option</option>${options
    .map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v}</option>`)
    .join('')}</select></div>`;
/** accessible-autocomplete as SelectAutocomplete renders it; `menu` = the options its closed menu keeps */
const autocomplete = (id: string, label: string, value: string, menu: string[] = []) =>
  `<div class="form-group"><label for="${id}"${value ? ' class="active"' : ''}>${label}</label><div id="${id}Wrapper" class="autocomplete-wrapper"><div class="autocomplete__wrapper"><div class="autocomplete__status" style="border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin-bottom: -1px; margin-right: -1px; overflow: hidden; padding: 0px; position: absolute; white-space: nowrap; width: 1px;"><div id="${id}__status--A" role="status" aria-atomic="true" aria-live="polite"></div><div id="${id}__status--B" role="status" aria-atomic="true" aria-live="polite"></div></div><input aria-expanded="false" aria-controls="${id}__listbox" aria-autocomplete="list"${
    value ? '' : ` aria-describedby="${id}__assistiveHint"`
  } autocomplete="off" class="autocomplete__input autocomplete__input--default form-control" id="${id}" name="${id}" placeholder="" type="text" role="combobox" value="${value}"><ul aria-labelledby="${id}" id="${id}__listbox" role="listbox" class="autocomplete__menu autocomplete__menu--inline autocomplete__menu--hidden">${menu
    .map(
      (v, i) =>
        `<li aria-selected="false" class="autocomplete__option${i % 2 ? ' autocomplete__option--odd' : ''}" id="${id}__option--${i}" role="option" tabindex="-1" aria-posinset="${i + 1}" aria-setsize="${menu.length}">${v}</li>`,
    )
    .join(
      '',
    )}</ul><span id="${id}__assistiveHint" style="display: none;">When autocomplete results are available use up and down arrows to review and enter to select.</span></div></div></div>`;
const chips = (tags: string[]) =>
  `<div class="chips-list">${tags.map((t) => `<div class="chip alert"><span class="chip-label">${t}</span><button data-bs-dismiss="alert">${sprite('close')}<span class="visually-hidden">Remove ${t}</span></button></div>`).join('')}</div>`;
const group = (kind: 'checkbox' | 'radio', name: string, legend: string, options: string[], chosen: string[], inline = false) =>
  `<fieldset><legend>${legend}</legend>${options
    .map(
      (v) =>
        `<div class="form-check${inline ? ' form-check-inline' : ''}"><input${kind === 'radio' ? ` name="${name}"` : ''} type="${kind}" id="${name}${++n}"${chosen.includes(v) ? ' checked' : ''}><label for="${name}${n}">${v}</label></div>`,
    )
    .join('')}</fieldset>`;
const transferList = (side: 'source' | 'target', descr: string, items: string[], ticked: string[]) =>
  `<div class="it-transfer-wrapper ${side}"><div class="transfer-header"><div class="form-check" aria-describedby=""><input type="checkbox" id="tr${++n}"><label for="tr${n}"><span><span class="num">${items.length}</span><span> ITEMS</span></span><span class="descr">${descr}</span></label></div></div><div class="transfer-scroll"><div class="transfer-group">${items
    .map(
      (v) =>
        `<div class="form-check" aria-describedby=""><input type="checkbox" id="tr${++n}"${ticked.includes(v) ? ' checked' : ''}><label for="tr${n}"><span><span>${v}</span></span></label></div>`,
    )
    .join('')}</div></div></div>`;
const transfer = (source: string[], target: string[], ticked: string[]) =>
  `<div data-bs-transfer><div class="row"><div class="col-xs-12 col-md-5">${transferList('source', 'Available codes', source, ticked)}</div><div class="col-xs-12 col-md-2"><div class="it-transfer-buttons"><a class="transfer active" href="#" role="button" aria-label="Move forward">${sprite('arrow-right')}</a><a class="backtransfer" href="#" role="button" aria-label="Move back">${sprite('arrow-left')}</a><a class="reset" href="#" role="button" aria-label="Reset">${sprite('restore')}</a></div></div><div class="col-xs-12 col-md-5">${transferList('target', 'Requested codes', target, ticked)}</div></div></div>`;
const upload = (id: string, label: string, files: { name: string; state: 'success' | 'uploading' | 'error' }[]) =>
  `<div class="form-group"><input type="file" name="${id}" id="${id}" class="upload" multiple="multiple"><label for="${id}">${sprite('upload', 'icon icon-sm')}<span>${label}</span></label><ul class="upload-file-list">${files
    .map(
      (f) =>
        `<li class="upload-file ${f.state}">${sprite('file', 'icon icon-sm')}<p><span class="visually-hidden">${
          { success: 'File uploaded:', uploading: 'Uploading file:', error: 'Error uploading file:' }[f.state]
        }</span>${f.name} <span class="upload-file-weight">${f.state === 'success' ? '68 KB' : ''}</span></p>${
          f.state === 'success'
            ? `<button disabled><span class="visually-hidden">Upload complete</span>${sprite('check')}</button>`
            : `<button><span class="visually-hidden">${f.state === 'uploading' ? 'Cancel upload of' : 'Delete uploaded file'} ${f.name}</span>${sprite('close')}</button>`
        }${f.state === 'uploading' ? '<div class="progress"><div class="progress-bar" role="progressbar" style="width: 33%" aria-valuenow="33" aria-valuemin="0" aria-valuemax="100"></div></div>' : ''}</li>`,
    )
    .join('')}</ul></div>`;
const therapyTable = () =>
  `<h3>Prior therapies</h3><div class="table-responsive"><table class="table"><thead><tr><th scope="col">Drug</th><th scope="col">Dose</th><th scope="col">Start date</th><th scope="col">Stop date</th><th scope="col">Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr>${r.map((v, j) => `<td><input type="text" class="form-control" name="therapies[${i}][${j}]" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div>`;
const section = (title: string, body: string) => `<h3>${title}</h3><div class="row"><div class="col-12">${body}</div></div>`;
const form = (body: string, tail = '') =>
  `<div class="container my-4"><h2>Prior authorization request</h2><form method="post" action="">${body}<button class="btn btn-primary" type="submit">Submit</button></form></div>${tail}`;

const ilarisPage = () =>
  form(
    `${section(
      'Member',
      `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { help: 'As printed on the insurance card' })}${input('dob', 'Date of birth', '1988-03-14', { type: 'date' })}${number('weight', 'Weight (kg)', '72')}`,
    )}${section('Diagnosis', group('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'], true))}${section(
      'Medication',
      `${autocomplete('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${number('dose', 'Dose (mg)', '150')}${number('units', 'Billing units', '150')}${group('radio', 'frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], ['Every 4 weeks'], true)}`,
    )}${section('Labs', `${number('crp', 'CRP (mg/L)', '24')}${input('crpDate', 'CRP collection date', '2026-11-02', { type: 'date' })}`)}${therapyTable()}${section('Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
  );

describe('Bootstrap Italia 2.18: form-group, input number, select, autocomplete and chips, transfer, upload, modal', () => {
  it('reads the full Ilaris request', () => {
    page(ilarisPage());
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': '1988-03-14',
      'labs.crpDate': '2026-11-02',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an input number by its label, not the visually hidden text of its step buttons', () => {
    page(form(`${number('weight', 'Weight (kg)', '72')}${number('dose', 'Dose (mg)', '150')}${number('units', 'Billing units', '150')}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150', 'drug.units': '150' });
    expect(field('drug.units')?.label).toBe('Billing units');
  });

  it('reads a select showing its "Choose an option" prompt (value "") as empty', () => {
    page(form(`${select('drug', 'Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('hcpcs', 'HCPCS code', '')}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.hcpcs': '' });
  });

  it('reads an autocomplete by its chosen text and nothing from the hidden menu it keeps', () => {
    page(
      form(
        `${autocomplete('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('.autocomplete__menu');
  });

  // misread: the codes are not read: the chips a page lists after the empty autocomplete (`div.chip.alert`,
  // `span.chip-label` + a dismiss button) are not taken as its values; the autocomplete input reads ""
  it.fails('reads the chips listed after an empty autocomplete as the ICD-10 codes', () => {
    page(
      form(
        `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${autocomplete('icd', 'ICD-10 codes', '', ['M04.1', 'M06.1', 'M04.8'])}${chips(['M04.1', 'M06.1'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.autocomplete__menu');
  });

  // misread: the codes are not read: the target list's items are unticked (ticking only marks an item to
  // move), and the one ticked box of the source list (M04.8) is collected unlabelled and mapped to nothing
  it.fails('reads the codes of a transfer as the items of its target list, not the ticked ones of its source list', () => {
    page(
      form(
        `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}<h3>ICD-10 codes</h3>${transfer(['M04.8', 'M08.0'], ['M04.1', 'M06.1'], ['M04.8'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads the CRP value after an upload list, not the uploaded files as its chips', () => {
    page(
      form(
        section(
          'Labs',
          `${upload('labReport', 'Upload the lab report', [
            { name: 'crp-2026-11-02.pdf', state: 'success' },
            { name: 'crp-scan.png', state: 'uploading' },
            { name: 'crp-photo.jpg', state: 'error' },
          ])}${number('crp', 'CRP (mg/L)', '24')}${input('crpDate', 'CRP collection date', '2026-11-02', { type: 'date' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '2026-11-02' });
  });

  it("reads nothing from a closed modal holding another patient's lookup form", () => {
    const lookup = `<div class="modal" tabindex="-1" role="dialog" id="lookupModal" aria-labelledby="lookupModalTitle"><div class="modal-dialog" role="document"><div class="modal-content"><div class="modal-header"><h2 class="modal-title h5" id="lookupModalTitle">Find a member</h2><button class="btn-close" type="button" data-bs-dismiss="modal" aria-label="Close modal window">${sprite('close')}</button></div><div class="modal-body">${input('lookupMember', 'Member ID', 'U0000000000')}${input('lookupDob', 'Date of birth', '1950-01-01', { type: 'date' })}</div><div class="modal-footer"><button class="btn btn-outline-primary btn-sm" type="button" data-bs-dismiss="modal">Cancel</button><button class="btn btn-primary btn-sm" type="button">Find</button></div></div></div></div>`;
    page(
      form(
        `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', '1988-03-14', { type: 'date' })}${number('weight', 'Weight (kg)', '72')}`,
        lookup,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '1988-03-14', 'patient.weight': '72' });
    nothingFrom('.modal');
  });

  it('reads the request, not the read-only plaintext summary of the previous request above it', () => {
    const previous = `${input('prevDrug', 'Drug name', 'Kineret (anakinra)', { readonly: true, plaintext: true })}${input('prevHcpcs', 'HCPCS code', 'J3490', { readonly: true, plaintext: true })}${input('prevDose', 'Dose (mg)', '100', { readonly: true, plaintext: true })}`;
    page(
      form(
        `${section('Previous request PA-2026-0412 (denied)', previous)}${section(
          'Medication',
          `${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${number('dose', 'Dose (mg)', '150')}`,
        )}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'], 'drug.dose': '150' });
  });

  it('reads the member ID box, not the member search typed above it nor its shown results', () => {
    const results: [string, string][] = [
      ['Maria Neri', 'U4829163702 · born 03/14/1988'],
      ['Marco Neri', 'U4829100017 · born 11/02/1961'],
    ];
    const search = `<div class="form-group"><label for="memberSearch" class="visually-hidden">Search members</label><input type="search" class="form-control autocomplete" placeholder="Name or member ID" id="memberSearch" name="memberSearch" data-bs-autocomplete="[]" value="Neri"><span class="autocomplete-icon" aria-hidden="true">${sprite('search', 'icon icon-sm')}</span><ul class="autocomplete-list autocomplete-list-show">${results
      .map(
        ([name, label]) =>
          `<li><a href="#"><div class="avatar size-sm"><img src="/avatar.png" alt="${name}"></div><span class="autocomplete-list-text"><span>${name.replace('Neri', '<mark>Neri</mark>')}</span><em>${label}</em></span></a></li>`,
      )
      .join('')}</ul></div>`;
    page(
      form(
        `${search}${section('Member', `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', '1988-03-14', { type: 'date' })}`)}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '1988-03-14' });
    nothingFrom('.autocomplete-list');
  });
});
