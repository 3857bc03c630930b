import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * vue-select 3.20 (sagalbot/vue-select HEAD d2643e3, src/components/Select.vue (template, `scope.search`
 * attributes, `stateClasses`, `searchPlaceholder`, `showClearButton`), Deselect.vue, OpenIndicator.vue,
 * directives/appendToBody.js):
 * - `div.v-select.vs--single|vs--multiple.vs--searchable[dir=auto]` > `div#vs<uid>__combobox
 *   .vs__dropdown-toggle[role=combobox][aria-expanded][aria-owns=vs<uid>__listbox]
 *   [aria-label="Search for option"]` > `div.vs__selected-options` holding one `span.vs__selected`
 *   per choice (its label, then, when multiple, `button.vs__deselect[aria-label="Deselect X"]` with
 *   an svg cross), then `input.vs__search[type=search][aria-autocomplete=list]
 *   [aria-labelledby=vs<uid>__combobox][aria-controls=vs<uid>__listbox]` (its `id` is the `inputId`
 *   prop, its `placeholder` only while nothing is chosen); then `div.vs__actions` (`button.vs__clear`
 *   "Clear Selected" shown for a chosen single value, the `svg.vs__open-indicator[role=presentation]`,
 *   a hidden "Loading..." spinner).
 * - closed: an empty `ul#vs<uid>__listbox[role=listbox]` hidden by inline style; open (`vs--open`):
 *   `ul.vs__dropdown-menu[role=listbox]` of `li.vs__dropdown-option[role=option]`
 *   (`--selected`, `--highlight`), inside the component or appended to body (`appendToBody`).
 */

let uid = 0;
const cross = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path d="M6.895455 5l2.842897-2.842898"></path></svg>';
const arrow =
  '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="10" role="presentation" class="vs__open-indicator"><path d="M9.211364 7.59931l4.48338-4.867229"></path></svg>';

type Opts = {
  inputId?: string;
  multiple?: boolean;
  placeholder?: string;
  disabled?: boolean;
  search?: string;
  /** options of the open dropdown; `body` puts it at the end of body (appendToBody) */
  open?: { options: string[]; body?: boolean };
};

/** a vue-select; `list` is the open dropdown when appended to body */
function vSelect(chosen: string[], o: Opts = {}): { html: string; list: string } {
  const id = (uid += 1);
  const classes = [
    'v-select',
    o.open ? 'vs--open' : '',
    o.multiple ? 'vs--multiple' : 'vs--single',
    o.search ? 'vs--searching' : '',
    o.disabled ? 'vs--unsearchable vs--disabled' : 'vs--searchable',
  ]
    .filter(Boolean)
    .join(' ');
  const selected = chosen
    .map(
      (v) =>
        `<span class="vs__selected"> ${v} ${o.multiple ? `<button${o.disabled ? ' disabled=""' : ''} type="button" title="Deselect ${v}" aria-label="Deselect ${v}" class="vs__deselect">${cross}</button>` : ''}</span>`,
    )
    .join('');
  const list = o.open
    ? `<ul id="vs${id}__listbox" class="vs__dropdown-menu" role="listbox" tabindex="-1"${o.open.body ? ' style="position: absolute; z-index: 1000; left: 24px; top: 180px; width: 420px;"' : ''}>${o.open.options
        .map(
          (v, i) =>
            `<li id="vs${id}__option-${i}" role="option" class="vs__dropdown-option${chosen.includes(v) ? ' vs__dropdown-option--selected' : ''}${i === 0 ? ' vs__dropdown-option--highlight' : ''}"${i === 0 ? ' aria-selected="true"' : ''}> ${v} </li>`,
        )
        .join('')}</ul>`
    : `<ul id="vs${id}__listbox" role="listbox" style="display: none; visibility: hidden;"></ul>`;
  const clear = !o.multiple && !o.open && chosen.length > 0;
  const html = `<div dir="auto" class="${classes}"><div id="vs${id}__combobox" class="vs__dropdown-toggle" role="combobox" aria-expanded="${o.open ? 'true' : 'false'}" aria-owns="vs${id}__listbox" aria-label="Search for option"><div class="vs__selected-options">${selected}<input class="vs__search"${o.disabled ? ' disabled=""' : ''}${chosen.length === 0 && o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.disabled ? ' readonly=""' : ''}${o.inputId ? ` id="${o.inputId}"` : ''} aria-autocomplete="list" aria-labelledby="vs${id}__combobox" aria-controls="vs${id}__listbox" type="search" autocomplete="off"${o.open ? ` aria-activedescendant="vs${id}__option-0"` : ''} value="${o.search ?? ''}"></div><div class="vs__actions"><button type="button" title="Clear Selected" aria-label="Clear Selected" class="vs__clear"${o.disabled ? ' disabled=""' : ''}${clear ? '' : ' style="display: none;"'}>${cross}</button>${arrow}<div class="vs__spinner" style="display: none;">Loading...</div></div></div>${o.open?.body ? '' : list}</div>`;
  return { html, list: o.open?.body ? list : '' };
}

const group = (id: string, label: string, control: string, help = '') =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label>${control}${help}</div>`;
const input = (id: string, label: string, value: string) =>
  group(id, label, `<input id="${id}" type="text" class="form-control" value="${value}">`);
const sel = (id: string, label: string, chosen: string[], o: Opts = {}) => group(id, label, vSelect(chosen, { inputId: id, ...o }).html);

const app = (body: string, after = '') =>
  `<div id="app"><form class="container pa-form">${body}<button type="submit" class="btn btn-primary">Submit</button></form></div>${after}`;

describe('vue-select 3: single and multiple with <label for=inputId>', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(`<h4>Member</h4>${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight (kg)', '72')}
      <h4>Diagnosis</h4>${sel('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { multiple: true, placeholder: 'Search ICD-10' })}
      <h4>Medication</h4>${sel('drugName', 'Drug name', [ILARIS['drug.name']], { placeholder: 'Select a drug' })}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${sel('frequency', 'Frequency', ['Every 4 weeks'], { placeholder: 'Select a frequency' })}
      <h4>Labs</h4>${input('crp', 'CRP (mg/L)', '24')}${input('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
      <h4>Prescriber</h4>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads vue-select\'s chosen chips, not its search box nor the "Deselect" buttons', () => {
    page(app(sel('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { multiple: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.vs__selected');
    nothingFrom('.vs__actions');
  });

  it('reads empty single and multiple vue-selects as empty, not their placeholders', () => {
    page(
      app(
        `${sel('drugName', 'Drug name', [], { placeholder: 'Select a drug' })}${sel('icd', 'ICD-10 codes', [], { multiple: true, placeholder: 'Search ICD-10' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('takes nothing from the open dropdown menu and reads the chosen value, not the highlighted option', () => {
    page(
      app(
        `${sel('frequency', 'Frequency', ['Every 4 weeks'], { open: { options: ['Every 8 weeks', 'Every 4 weeks', 'Once'] } })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.vs__dropdown-menu');
  });

  it('takes nothing from a dropdown menu appended to body (appendToBody)', () => {
    const s = vSelect(['M04.1'], { inputId: 'icd', multiple: true, open: { options: ['M04.1', 'M06.1', 'M04.8'], body: true } });
    page(app(group('icd', 'ICD-10 codes', s.html), s.list));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('.vs__dropdown-menu');
  });

  it('names a vue-select without inputId by the label before it, not the combobox\'s "Search for option"', () => {
    const g = (label: string, control: string) => `<div class="mb-3"><label class="form-label">${label}</label>${control}</div>`;
    page(
      app(
        `${g('ICD-10 codes', vSelect(['M04.1', 'M06.1'], { multiple: true }).html)}${g('Drug name', vSelect([ILARIS['drug.name']]).html)}${g('Frequency', vSelect(['Every 4 weeks']).html)}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 4 weeks' });
    expect(mapped().map((m) => m.label)).not.toContain('Search for option');
  });

  it('reads a disabled vue-select (a review step) by its chosen value', () => {
    page(
      app(
        `${sel('drugName', 'Drug name', [ILARIS['drug.name']], { disabled: true })}${sel('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], { multiple: true, disabled: true })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a single vue-select by its chosen value while a new search is typed (vs--searching hides it by CSS)', () => {
    page(app(sel('drugName', 'Drug name', [ILARIS['drug.name']], { search: 'Kin', open: { options: ['Kineret (anakinra)'] } })));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads prior therapies from a table whose drug and outcome cells are vue-selects', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const cell = (v: string, i: number) =>
      `<td>${i === 0 || i === 4 ? vSelect([v]).html : `<input type="text" class="form-control form-control-sm" value="${v}">`}</td>`;
    page(
      app(
        `<h4>Prior therapies</h4><table class="table"><thead><tr>${cols.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${THERAPY_ROWS.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads vue-selects in a modal dialog (the request form) over a list page with its own filter select', () => {
    const list = `<div class="container" aria-hidden="true"><div class="filters">${sel('statusFilter', 'Status', ['Pending'])}${input('search', 'Member ID', 'U0000000000')}</div><table class="table"><tr><td>U4829163702</td><td>Pending</td></tr></table></div>`;
    const dialog = `<div class="modal fade show" role="dialog" aria-modal="true" aria-labelledby="modal-title" style="display: block;"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 id="modal-title" class="modal-title">New PA request</h5><button type="button" class="btn-close" aria-label="Close"></button></div><div class="modal-body"><form>${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${sel('drugName', 'Drug name', [ILARIS['drug.name']])}${sel('frequency', 'Frequency', ['Every 4 weeks'])}</form></div></div></div></div><div class="modal-backdrop fade show"></div>`;
    page(`${list}${dialog}`);
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'drug.frequency': 'Every 4 weeks',
    });
  });
});
