import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import {
  CODE_OPTIONS,
  DRUG_OPTIONS,
  FREQUENCY_OPTIONS,
  ILARIS,
  THERAPIES,
  THERAPY_ROWS,
  noDuplicatePaths,
  nothingFrom,
} from '../round5/request';

/**
 * Wave UI 4.1.1 (antoniandre/wave-ui at 073a983: src/wave-ui/components/w-input.vue, w-form.vue, w-form-element.vue,
 * w-select.vue, w-menu.vue, w-list.vue, w-checkbox.vue, w-checkboxes.vue, w-radio.vue, w-radios.vue, w-table.vue,
 * w-dialog.vue, w-overlay.vue, w-card.vue, w-icon.vue; mixins/form-elements.js (ids `<component>--<useId>`),
 * mixins/detachable.js (menus teleported to the end of `.w-app`)). w-date-picker is an empty stub in 4.1.1, so dates
 * are w-inputs holding MM/DD/YYYY text.
 * - In a w-form each field is wrapped by w-form-element: `div.w-form-el.w-form-el--pristine|--error error` (plus the
 *   field's own classes) > `div.w-flex.grow.align-center` (`column` for a group) > the field, then
 *   `div.w-form-el__error.error` with the validator's message.
 * - w-input (label inside, the default): `div.w-input__input-wrap.primary.w-input__input-wrap--underline` >
 *   `input.w-input__input[id][name][aria-readonly=false]` + `label.w-input__label.w-input__label--inside` AFTER it,
 *   with no `for`.
 * - w-select: `div.w-select__selection-wrap[role=button][aria-haspopup=listbox][aria-expanded][aria-owns]` >
 *   `div.w-select__selection[readonly=true][ariareadonly=true][contenteditable=true]` holding the chosen labels
 *   joined ", " (or the placeholder, classed `w-select__selection--placeholder`), one `input[type=hidden]` per value,
 *   the inside `label.w-select__label` (no for), the arrow `label.w-icon.wi-triangle-down`. Its menu exists only while
 *   open: `div.w-menu.w-select__menu` at the end of `.w-app` > `ul.w-list[role=listbox]` >
 *   `li.w-list__item > div.w-list__item-label[role=option][aria-selected][id=<list id>_item-N]`.
 * - w-checkboxes / w-radios: a group with no label of its own (the app writes the question before it) of
 *   `div.w-checkbox` (`div.w-radio`) > `input[id][type][name][aria-checked][role]` (shared name `w-checkboxes--<id>[]`;
 *   radios carry no value attribute) + the drawn `div.w-checkbox__input` (svg) + `label[for] > div` text.
 * - w-table: `div.w-table.w-table--wrap > div.w-table__scroll-wrap > table.w-table__table` > colgroup, `thead > tr >
 *   th.w-table__header > span` label + sort icon, `tbody > tr.w-table__row > td.w-table__cell[data-label] > div` (or
 *   the `item-cell` slot); pagination: `div.w-pagination` with a left-labelled w-select "Items per page".
 * - w-dialog: while open `div.w-overlay.w-dialog[tabindex=0]` rendered where the app placed it (no role, no teleport)
 *   > `div.w-card.w-dialog__content` > `div.w-card__title`, `div.w-card__content`, `div.w-card__actions`; closed, it
 *   is not in the DOM.
 */

let n = 0;
const uid = () => `v-${++n}`;

type InputOpts = { error?: string; placeholder?: string; bare?: boolean };
/** a w-input in a w-form (bare: no w-form-element, as outside a form) */
function wInput(label: string, value: string, o: InputOpts = {}): string {
  const id = `w-input--${uid()}`;
  const state = o.error ? 'w-form-el--error error' : 'w-form-el--pristine';
  const own = `w-input w-input--${value ? 'filled' : 'empty'}${label ? ' w-input--floating-label' : ''} w-input--no-padding${o.placeholder ? ' w-input--has-placeholder' : ''}`;
  const wrap = `<div class="w-input__input-wrap ${o.error ? 'error' : 'primary'} w-input__input-wrap--underline w-input__input-wrap--no-padding"><input class="w-input__input" id="${id}" type="text" name="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} aria-readonly="false" value="${value}">${
    label ? `<label class="w-input__label w-input__label--inside w-form-el-shakable ${o.error ? 'error' : 'primary'}">${label}</label>` : ''
  }</div>`;
  if (o.bare) return `<div class="${own}">${wrap}</div>`;
  return `<div class="w-form-el ${state} ${own}"><div class="w-flex grow align-center">${wrap}</div>${o.error ? `<div class="w-form-el__error error">${o.error}</div>` : ''}</div>`;
}

type SelectOpts = { multiple?: boolean; open?: boolean; placeholder?: string; values?: string[]; labelLeft?: boolean; bare?: boolean };
function wSelect(label: string, chosen: string[], items: string[], o: SelectOpts = {}) {
  const id = uid();
  const list = `w-select-menu--${id}`;
  const values = o.values ?? chosen.map((c) => c.toLowerCase().replace(/\W+/g, '-'));
  const hidden = (values.length ? values : [''])
    .map((v) => `<input type="hidden" value="${v}" name="w-select--${id}${o.multiple ? '[]' : ''}">`)
    .join('');
  const placeholderShown = !chosen.length && !!o.placeholder;
  const own = `w-select w-select--${chosen.length ? 'filled' : 'empty'}${o.open ? ' w-select--focused' : ''}${o.labelLeft ? '' : ' w-select--floating-label'} w-select--no-padding${o.placeholder ? ' w-select--has-placeholder' : ''} w-select--inner-icon-right${o.open ? ' w-select--open' : ''}`;
  const labelLeft = o.labelLeft ? `<label class="w-select__label w-select__label--left w-form-el-shakable inherit">${label}</label>` : '';
  const selection = `<div class="w-select__selection-wrap primary w-select__selection-wrap--underline w-select__selection-wrap--no-padding" role="button" aria-haspopup="listbox" aria-expanded="${o.open ? 'true' : 'false'}" aria-owns="${list}" aria-activedescendant="${list}_item-1"><div class="w-select__selection${placeholderShown ? ' w-select__selection--placeholder' : ''}" readonly="true" ariareadonly="true" contenteditable="true">${
    chosen.length ? chosen.join(', ') : (o.placeholder ?? '')
  }</div>${hidden}${o.labelLeft ? '' : `<label class="w-select__label w-select__label--inside w-form-el-shakable primary">${label}</label>`}<label class="w-icon wi-triangle-down wi w-select__icon w-select__icon--inner-right" role="icon" aria-hidden="true"></label></div>`;
  const html = o.bare
    ? `<div class="${own}">${labelLeft}${selection}</div>`
    : `<div class="w-form-el w-form-el--pristine ${own}"><div class="w-flex grow align-center${o.labelLeft ? ' wrap' : ''}">${labelLeft}${selection}</div></div>`;
  const menu = o.open
    ? `<div class="w-menu w-select__menu w-menu--bottom w-menu--align-left" style="top: 248px; left: 24px; min-width: 320px;"><ul class="w-list" role="listbox" tabindex="-1">${items
        .map(
          (v, i) =>
            `<li class="w-list__item"><div class="w-list__item-label w-list__item-label--selectable${chosen.includes(v) ? ' w-list__item-label--selected primary' : ''}" tabindex="0" aria-selected="${chosen.includes(v)}" id="${list}_item-${i + 1}" role="option">${v}</div></li>`,
        )
        .join('')}</ul></div>`
    : '';
  return { html, menu };
}
const sel = (label: string, chosen: string[], items: string[], o: SelectOpts = {}) => wSelect(label, chosen, items, o).html;

/** w-checkboxes or w-radios in a w-form, after the question the app writes */
function group(kind: 'checkbox' | 'radio', question: string, chosen: string[], items: string[]) {
  const name = kind === 'checkbox' ? `w-checkboxes--${uid()}[]` : `w-radios--${uid()}`;
  const boxes = items
    .map((v, i) => {
      const id = `w-${kind}--${uid()}`;
      const on = chosen.includes(v);
      const drawn =
        kind === 'checkbox'
          ? '<div class="w-checkbox__input primary"><svg viewBox="-0.5 0 12 10"><polyline points="1 5 4 8 10 2"></polyline></svg></div>'
          : '<div class="w-radio__input primary"></div>';
      return `<div class="w-${kind} w-${kind}--${on ? 'checked' : 'unchecked'}${i ? ' mt1' : ''}"><input id="${id}" type="${kind}" name="${name}"${on ? ' checked=""' : ''} aria-checked="${on ? 'true' : 'false'}" role="${kind}">${drawn}<label class="w-${kind}__label w-form-el-shakable pl2 primary" for="${id}"><div>${v}</div></label></div>`;
    })
    .join('');
  return `<div class="title5 mb1">${question}</div><div class="w-form-el w-form-el--pristine w-${kind === 'checkbox' ? 'checkboxes' : 'radios'} w-${kind === 'checkbox' ? 'checkboxes' : 'radios'}--column"><div class="w-flex grow column">${boxes}</div></div>`;
}

const HEADS: [string, string][] = [
  ['drug', 'Drug'],
  ['dose', 'Dose'],
  ['start', 'Start date'],
  ['stop', 'Stop date'],
  ['outcome', 'Outcome'],
];
/** a w-table; `cell` draws a cell's content (default: the item's text in a div); `pagination` adds its footer */
function wTable(heads: [string, string][], rows: string[][], o: { cell?: (v: string) => string; pagination?: boolean } = {}) {
  const cell = o.cell ?? ((v: string) => `<div>${v}</div>`);
  const pagination = o.pagination
    ? `<div class="w-table__pagination w-pagination">${sel('Items per page', ['10'], ['10', '20', '50'], { labelLeft: true, bare: true, values: ['10'] })}<div class="pages-wrap"><button class="w-button w-pagination__arrow w-pagination__arrow--prev w-button--text size--lg" type="button" disabled=""><i class="w-icon wi-chevron-left wi" role="icon" aria-hidden="true"></i></button><button class="w-button w-pagination__page w-pagination__page--active w-button--round size--lg" type="button">1</button><button class="w-button w-pagination__arrow w-pagination__arrow--next w-button--text size--lg" type="button" disabled=""><i class="w-icon wi-chevron-right wi" role="icon" aria-hidden="true"></i></button></div><span class="w-pagination__results">1-${rows.length} of ${rows.length}</span></div>`
    : '';
  return `<div class="w-table w-table--wrap"><div class="w-table__scroll-wrap"><table class="w-table__table"><colgroup>${heads.map(() => '<col class="w-table__col">').join('')}</colgroup><thead><tr>${heads
    .map(
      ([, label]) =>
        `<th class="w-table__header w-table__header--sortable text-left"><span>${label}</span><i class="w-icon wi-arrow-down wi w-table__header-sort" role="icon" aria-hidden="true"></i></th>`,
    )
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr class="w-table__row">${r.map((v, i) => `<td class="w-table__cell text-left" data-label="${heads[i]![1]}">${cell(v)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>${pagination}</div>`;
}

const title = (text: string) => `<div class="title3 mt4 mb2">${text}</div>`;
/** the app: `.w-app` > a w-form; `tail` is what is teleported to the end of `.w-app` (an open menu) */
const app = (body: string, tail = '') =>
  page(
    `<div id="app"><div class="w-app"><main class="content"><form class="w-form" novalidate="">${body}<button class="w-button primary--bg" type="submit"><span class="w-button__content">Submit request</span></button></form></main>${tail}</div></div>`,
  );

describe('Wave UI 4: w-form, w-input, w-select with its w-menu, w-checkboxes, w-radios, w-table, w-dialog', () => {
  // misread: no prior therapy is read: the w-table's cells are collected (columns Drug…Outcome) with no section, the
  // Wave UI title `div.title3` "Prior therapies" heading nothing
  it.fails('reads the full Ilaris request', () => {
    app(
      `${title('Member')}${wInput('Member ID', ILARIS['patient.memberId'])}${wInput('Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY' })}${wInput('Weight (kg)', '72')}
      ${title('Diagnosis')}${group('checkbox', 'ICD-10 codes', ['M04.1', 'M06.1'], CODE_OPTIONS)}
      ${title('Medication')}${sel('Drug name', [ILARIS['drug.name']], DRUG_OPTIONS)}${wInput('HCPCS code', ILARIS['drug.hcpcs'])}${wInput('NDC', ILARIS['drug.ndc'])}${wInput('Dose (mg)', '150')}${wInput('Billing units', '150')}${sel('Frequency', ['Every 4 weeks'], FREQUENCY_OPTIONS)}
      ${title('Labs')}${wInput('CRP (mg/L)', '24')}${wInput('CRP collection date', ILARIS['labs.crpDate'], { placeholder: 'MM/DD/YYYY' })}
      ${title('Prior therapies')}${wTable(HEADS, THERAPY_ROWS)}
      ${title('Prescriber')}${wInput('Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a closed w-select as its shown selection, not its hidden value inputs, and a placeholder as empty', () => {
    app(
      `${sel('Frequency', ['Every 8 weeks'], FREQUENCY_OPTIONS, { values: ['q8w'] })}${sel('Drug name', [], DRUG_OPTIONS, { placeholder: 'Choose a drug' })}`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a multiple w-select as its chosen codes', () => {
    app(
      `${sel('ICD-10 codes', ['M04.1', 'M06.1'], CODE_OPTIONS, { multiple: true })}${wInput('Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('takes nothing from an open w-select menu teleported to the end of .w-app', () => {
    const s = wSelect('Frequency', ['Once'], FREQUENCY_OPTIONS, { open: true });
    app(`${s.html}${wInput('Prescriber NPI', ILARIS['prescriber.npi'])}`, s.menu);
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.w-menu');
  });

  it('reads a w-select with its label on the left as its selection alone', () => {
    app(
      `${sel('Frequency', ['Every 8 weeks'], FREQUENCY_OPTIONS, { labelLeft: true })}${sel('Drug name', [ILARIS['drug.name']], DRUG_OPTIONS, { labelLeft: true })}`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': ILARIS['drug.name'] });
  });

  it('names fields by their inside label, not the validation message of the field before them', () => {
    app(
      `${wInput('Member ID', '', { error: 'Member ID is required' })}${wInput('Prescriber NPI', ILARIS['prescriber.npi'], { error: 'Enter a 10-digit NPI' })}${wInput('CRP (mg/L)', '24')}`,
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'labs.crpValue': '24' });
    expect(field('labs.crpValue')?.label).toBe('CRP (mg/L)');
  });

  it('reads w-checkboxes as the ticked codes and w-radios as the ticked answer, each named by the question before it', () => {
    app(
      `${group('checkbox', 'ICD-10 codes', ['M04.1', 'M06.1'], CODE_OPTIONS)}${group('radio', 'Hospitalized for a flare in the past 12 months?', ['No'], ['Yes', 'No'])}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'clinical.hospitalization': 'No' });
  });

  // misread: WRONG VALUE: row 0's unlabelled w-inputs are read as drug.name "colchicine" and drug.dose "0.6 mg twice
  // daily" (named by their column headers Drug and Dose, with no section: `div.title3` "Prior therapies" heads nothing);
  // no priorTherapies path is read
  it.fails('reads prior therapies from a w-table whose item-cell slots hold w-inputs', () => {
    app(
      `${title('Prior therapies')}${wTable(HEADS, THERAPY_ROWS, { cell: (v) => wInput('', v) })}${wInput('Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({ ...THERAPIES, 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads nothing from a w-table of past requests and its "Items per page" select', () => {
    app(
      `${wInput('Member ID', ILARIS['patient.memberId'])}${wInput('Drug name', ILARIS['drug.name'])}${title('Past requests')}${wTable(
        [
          ['id', 'Request'],
          ['drug', 'Drug'],
          ['npi', 'Prescriber NPI'],
          ['submitted', 'Submitted'],
          ['status', 'Status'],
        ],
        [
          ['PA-20931', 'Kineret (anakinra)', '1987654321', '07/01/2026', 'Approved'],
          ['PA-19422', 'colchicine', '1987654321', '01/05/2026', 'Denied'],
        ],
        { pagination: true },
      )}${wInput('Prescriber NPI', ILARIS['prescriber.npi'])}`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('.w-table');
  });

  it('keeps the request drug when an open w-dialog edits a past therapy after the form', () => {
    const dialog = `<div class="w-overlay w-dialog" tabindex="0" style="background-color: rgba(0, 0, 0, 0.3); z-index: 500;"><div class="w-card w-dialog__content" style="max-width: 600px;"><div class="w-card__title">Edit prior therapy 2</div><div class="w-card__content">${wInput('Drug', 'anakinra', { bare: true })}${wInput('Dose', '100 mg daily', { bare: true })}${wInput('Start date', '07/01/2026', { bare: true })}</div><div class="w-card__actions"><button class="w-button" type="button"><span class="w-button__content">Cancel</span></button><button class="w-button primary--bg" type="button"><span class="w-button__content">Save</span></button></div></div></div>`;
    app(
      `${wInput('Member ID', ILARIS['patient.memberId'])}${wInput('Drug name', ILARIS['drug.name'])}${wInput('Dose (mg)', '150')}${dialog}`,
    );
    expect(read()).toMatchObject({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
  });
});
