import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * DSFR, Système de Design de l'État 1.14.4 (GouvernementFR/dsfr at ba0cad2: the markup its code docs
 * write, src/dsfr/component/{input,select,checkbox,radio,form,modal,table,tag}/_part/doc/code/index.md,
 * input/template/ejs/input.ejs + input-group.ejs, form/template/ejs/message/builder.js.ejs,
 * layout/pattern/date/_part/doc/index.md + example/data/date.json.ejs, modal/script/modal/modal.js;
 * texts in English, as a portal translating the French ones would write them):
 * - `div.fr-input-group[id=input-group-…]` (`--error`, `--disabled`) > `label.fr-label[for]` holding the
 *   text and an optional `span.fr-hint-text`, `input.fr-input[aria-describedby=<id>-messages]` (or inside
 *   `div.fr-input-wrap.fr-input-wrap--addon` with a `button.fr-btn`), `div.fr-messages-group#<id>-messages
 *   [aria-live=polite]` holding `p.fr-message.fr-message--error#<id>-message-error`.
 * - `div.fr-select-group` > label, `select.fr-select` whose first option is `value="" selected disabled
 *   hidden` "Select an option", messages group.
 * - Checkbox and radio groups: `fieldset.fr-fieldset[aria-labelledby="<legend id> <messages id>"]` >
 *   `legend.fr-fieldset__legend--regular.fr-fieldset__legend`, one `div.fr-fieldset__element` per choice >
 *   `div.fr-checkbox-group` (`fr-radio-group`) > `input` + `label.fr-label[for]` AFTER it, messages group.
 * - The "date unique" pattern: `fieldset.fr-fieldset[role=group]` with its legend ("Date of birth" + hint),
 *   three `div.fr-fieldset__element--inline` input groups in the French order Day, Month, Year, each label
 *   holding a hint "For example: 14", inputs named day/month/year (`bday-` prefixed) with bday autocomplete.
 * - Modal: `dialog.fr-modal[aria-labelledby]` (no `open` while closed, as the docs write it, aria-modal kept);
 *   disclose() sets `open="true"`, `aria-modal="true"` and the class `fr-modal--opened`.
 * - Table: `div.fr-table > div.fr-table__wrapper > div.fr-table__container > div.fr-table__content > table`
 *   with a caption; selectable rows start with `th.fr-cell--fixed[scope=row]` holding a small checkbox group
 *   labelled "Select row N" (`data-fr-row-select`), under a `th.fr-cell--fixed[role=columnheader]` of
 *   `span.fr-sr-only` "Select"; rows carry `aria-selected`.
 */

let n = 0;
type In = { hint?: string; error?: string; disabled?: boolean; type?: string; addon?: string; name?: string; autocomplete?: string };
const msgs = (id: string, error?: string) =>
  `<div class="fr-messages-group" id="${id}-messages" aria-live="polite">${error ? `<p class="fr-message fr-message--error" id="${id}-message-error">${error}</p>` : ''}</div>`;
const input = (id: string, label: string, value: string, o: In = {}) => {
  const box = `<input class="fr-input${o.error ? ' fr-input--error' : ''}" aria-describedby="${id}-messages" id="${id}" name="${o.name ?? id}" type="${o.type ?? 'text'}"${o.autocomplete ? ` autocomplete="${o.autocomplete}"` : ''}${o.disabled ? ' disabled' : ''} value="${value}">`;
  return `<div class="fr-input-group${o.error ? ' fr-input-group--error' : ''}${o.disabled ? ' fr-input-group--disabled' : ''}" id="input-group-${++n}"><label class="fr-label" for="${id}">
  ${label}
  ${o.hint ? `<span class="fr-hint-text">${o.hint}</span>` : ''}
</label>${
    o.addon ? `<div class="fr-input-wrap fr-input-wrap--addon">${box}<button type="button" class="fr-btn">${o.addon}</button></div>` : box
  }${msgs(id, o.error)}</div>`;
};
const select = (id: string, label: string, chosen: string, options: string[], o: { error?: string } = {}) =>
  `<div class="fr-select-group${o.error ? ' fr-select-group--error' : ''}"><label class="fr-label" for="${id}">${label}</label><select class="fr-select" aria-describedby="${id}-messages" id="${id}" name="${id}"><option value="" disabled hidden${chosen ? '' : ' selected'}>Select an option</option>${options
    .map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v}</option>`)
    .join('')}</select>${msgs(id, o.error)}</div>`;
const fieldset = (id: string, legend: string, elements: string[], o: { hint?: string; regular?: boolean; role?: boolean } = {}) =>
  `<fieldset class="fr-fieldset" id="${id}-fieldset"${o.role ? ' role="group"' : ''} aria-labelledby="${id}-legend ${id}-messages"><legend class="${o.regular ? 'fr-fieldset__legend--regular ' : ''}fr-fieldset__legend" id="${id}-legend">${legend}${
    o.hint ? `<span class="fr-hint-text">${o.hint}</span>` : ''
  }</legend>${elements.join('')}<div class="fr-messages-group" id="${id}-messages" aria-live="polite"></div></fieldset>`;
const element = (inner: string, cls = '') => `<div class="fr-fieldset__element${cls}">${inner}</div>`;
const choices = (kind: 'checkbox' | 'radio', id: string, legend: string, options: string[], chosen: string[]) =>
  fieldset(
    id,
    legend,
    options.map((v, i) =>
      element(
        `<div class="fr-${kind}-group"><input${kind === 'radio' ? ` value="${v}"` : ''} type="${kind}" id="${id}-${i + 1}" name="${kind === 'radio' ? id : `${id}-${i + 1}`}"${chosen.includes(v) ? ' checked' : ''}><label class="fr-label" for="${id}-${i + 1}">${v}</label></div>`,
        kind === 'radio' ? ' fr-fieldset__element--inline' : '',
      ),
    ),
    { regular: true },
  );
/** the "date unique" pattern: Day, Month, Year */
const date = (id: string, legend: string, [d, m, y]: [string, string, string], prefix = 'bday-') =>
  fieldset(
    id,
    legend,
    [
      element(
        input(`${id}-bday-day`, 'Day', d, { hint: 'For example: 14', name: `${prefix}day`, autocomplete: 'bday-day' }),
        ' fr-fieldset__element--inline fr-fieldset__element--number',
      ),
      element(
        input(`${id}-bday-month`, 'Month', m, { hint: 'For example: 12', name: `${prefix}month`, autocomplete: 'bday-month' }),
        ' fr-fieldset__element--inline fr-fieldset__element--number',
      ),
      element(
        input(`${id}-bday-year`, 'Year', y, { hint: 'For example: 1984', name: `${prefix}year`, autocomplete: 'bday-year' }),
        ' fr-fieldset__element--inline fr-fieldset__element--inline-grow fr-fieldset__element--year',
      ),
    ],
    { hint: 'Enter the date as day, month, year', role: true },
  );
const table = (caption: string, head: string[], rows: string[][], selectable = false) =>
  `<div class="fr-table"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content"><table><caption>${caption}</caption><thead><tr>${
    selectable ? '<th class="fr-cell--fixed" role="columnheader"><span class="fr-sr-only">Select</span></th>' : ''
  }${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr${selectable ? ` aria-selected="false" data-row-key="${i + 1}"` : ''}>${
          selectable
            ? `<th class="fr-cell--fixed" scope="row"><div class="fr-checkbox-group fr-checkbox-group--sm"><input data-fr-row-select="true" id="table-select-checkbox-${i + 1}" type="checkbox"><label class="fr-label" for="table-select-checkbox-${i + 1}">Select row ${i + 1}</label></div></th>`
            : ''
        }${r.map((c) => `<td>${c}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div></div></div></div>`;
const therapyTable = () =>
  table(
    'Prior therapies',
    ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
    THERAPY_ROWS.map((r, i) =>
      r.map((v, j) => `<input class="fr-input" type="text" id="therapy-${i}-${j}" name="therapies[${i}][${j}]" value="${v}">`),
    ),
  );
const modal = (id: string, title: string, body: string, open = false) =>
  `<dialog id="${id}" class="fr-modal${open ? ' fr-modal--opened' : ''}" aria-labelledby="${id}-title"${open ? ' aria-modal="true" open="true"' : ' aria-modal="true"'}><div class="fr-container fr-container--fluid fr-container-md"><div class="fr-grid-row fr-grid-row--center"><div class="fr-col-12 fr-col-md-8 fr-col-lg-6"><div class="fr-modal__body"><div class="fr-modal__header"><button aria-controls="${id}" title="Close" type="button" class="fr-btn--close fr-btn">Close</button></div><div class="fr-modal__content"><h2 id="${id}-title" class="fr-modal__title"><span class="fr-icon-arrow-right-line fr-icon--lg" aria-hidden="true"></span>${title}</h2>${body}</div><div class="fr-modal__footer"><ul class="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg"><li><button type="button" class="fr-btn">Save</button></li><li><button type="button" class="fr-btn fr-btn--secondary">Cancel</button></li></ul></div></div></div></div></div></dialog>`;
/** activable tags (`aria-pressed`) in a tags group, under a paragraph naming them */
const pressedTags = (label: string, tags: string[], pressed: string[]) =>
  `<p class="fr-mb-1w">${label}</p><ul class="fr-tags-group">${tags
    .map((t) => `<li><button type="button" class="fr-tag" aria-pressed="${pressed.includes(t)}">${t}</button></li>`)
    .join('')}</ul>`;
const segmented = (id: string, legend: string, options: string[], chosen: string) =>
  `<fieldset class="fr-segmented"><legend class="fr-segmented__legend">\n  ${legend}\n</legend><div class="fr-segmented__elements">${options
    .map(
      (v, i) =>
        `<div class="fr-segmented__element"><input value="${v}"${v === chosen ? ' checked' : ''} type="radio" id="${id}-${i + 1}" name="${id}"><label class="fr-label" for="${id}-${i + 1}">\n  ${v}\n</label></div>`,
    )
    .join('')}</div></fieldset>`;
/** a collapsed accordion (its `div.fr-collapse` hidden by the stylesheet through the custom properties
 *  collapse.js sets, no `hidden`) */
const accordion = (id: string, title: string, body: string) =>
  `<div class="fr-accordions-group" data-fr-group="true"><section class="fr-accordion"><h3 class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="false" aria-controls="${id}">${title}</button></h3><div id="${id}" class="fr-collapse" style="--collapse: -412px;">${body}</div></section></div>`;
const form = (body: string, before = '', tail = '') =>
  `<main class="fr-container" id="content">${before}<h1>Prior authorization request</h1><form action="" method="post">${body}<button class="fr-btn" type="submit">Submit the request</button></form></main>${tail}`;

const ilarisPage = () =>
  form(
    `${fieldset('member', 'Member', [
      element(input('member-id', 'Member ID', ILARIS['patient.memberId'], { hint: 'As printed on the insurance card' })),
      element(date('dob', 'Date of birth', ['14', '03', '1988'])),
      element(input('weight', 'Weight (kg)', '72', { type: 'number' })),
    ])}${choices('checkbox', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}${fieldset(
      'medication',
      'Medication',
      [
        element(select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])),
        element(input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])),
        element(input('ndc', 'NDC', ILARIS['drug.ndc'], { hint: 'Format: 00000-0000-00' })),
        element(input('dose', 'Dose (mg)', '150', { type: 'number' })),
        element(input('units', 'Billing units', '150', { type: 'number' })),
      ],
    )}${choices('radio', 'frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], ['Every 4 weeks'])}${fieldset(
      'labs',
      'Labs',
      [
        element(input('crp', 'CRP (mg/L)', '24', { type: 'number' })),
        element(input('crp-date', 'CRP collection date', ILARIS['labs.crpDate'], { hint: 'mm/dd/yyyy' })),
      ],
    )}${therapyTable()}${fieldset('prescriber', 'Prescriber', [element(input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { addon: 'Verify' }))])}`,
  );

describe('DSFR 1.14: input and select groups, fieldsets of checkboxes and radios, date pattern, modal, table', () => {
  it('reads the full Ilaris request', () => {
    page(ilarisPage());
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  // misread: the label is "Member ID As printed on the insurance card": the `span.fr-hint-text` DSFR puts
  // inside the label is kept in the label text (the value and path are right)
  it.fails('names an input by its label without the hint span inside it, nor the error message after it', () => {
    page(
      form(
        `${input('member-id', 'Member ID', 'U482916370', { hint: 'As printed on the insurance card', error: 'The member ID has 11 characters' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { addon: 'Verify' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U482916370', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads the day, month, year date pattern as month/day/year, not in the order of its boxes', () => {
    page(form(`${input('member-id', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ['14', '03', '1988'])}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '03/14/1988' });
  });

  it('reads a birth date and a CRP date drawn with the date pattern each as its own date', () => {
    page(
      form(
        `${fieldset('member', 'Member', [element(input('member-id', 'Member ID', ILARIS['patient.memberId'])), element(date('dob', 'Date of birth', ['14', '03', '1988']))])}${fieldset(
          'labs',
          'Labs',
          [
            element(input('crp', 'CRP (mg/L)', '24', { type: 'number' })),
            element(date('crp-date', 'CRP collection date', ['02', '11', '2026'], '')),
          ],
        )}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': '03/14/1988',
      'labs.crpValue': '24',
      'labs.crpDate': '11/02/2026',
    });
  });

  it('reads a select showing its hidden disabled "Select an option" prompt as empty', () => {
    page(
      form(
        `${select('drug', 'Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { error: 'Choose the drug requested' })}${input('hcpcs', 'HCPCS code', '')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.hcpcs': '' });
  });

  it('reads nothing from a closed modal editing a prior therapy of another request', () => {
    const edit = `${input('m-drug', 'Drug', 'methotrexate')}${input('m-dose', 'Dose', '15 mg weekly')}${input('m-start', 'Start date', '02/01/2025')}${input('m-stop', 'Stop date', '08/01/2025')}${input('m-outcome', 'Outcome', 'Hepatotoxicity')}`;
    page(
      `<button data-fr-opened="false" aria-controls="edit-therapy" type="button" class="fr-btn">Edit therapy</button>${ilarisPage()}${modal('edit-therapy', 'Edit a prior therapy', edit)}`,
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('dialog.fr-modal');
  });

  it('reads the request inside an opened modal and leaves the page behind out', () => {
    const behind = `${input('search-member', 'Member ID', 'U0000000000')}${input('search-npi', 'Prescriber NPI', '1000000004')}`;
    const body = `${input('member-id', 'Member ID', ILARIS['patient.memberId'])}${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`;
    page(
      `<main class="fr-container"><form>${behind}</form></main>${modal('new-request', 'New prior authorization request', `<form>${body}</form>`, true)}`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads no therapy from a selectable table of earlier requests above the form', () => {
    const earlier = table(
      'Your earlier requests',
      ['Drug', 'Dose', 'Start date', 'Stop date', 'Status'],
      [
        ['Kineret (anakinra)', '100 mg daily', '07/01/2026', '09/15/2026', 'Approved'],
        ['Methotrexate', '15 mg weekly', '02/01/2025', '08/01/2025', 'Denied'],
      ],
      true,
    );
    page(
      form(
        `${fieldset('member', 'Member', [element(input('member-id', 'Member ID', ILARIS['patient.memberId']))])}${therapyTable()}`,
        earlier,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
    nothingFrom('main > .fr-table');
  });

  it('reads a segmented control as its chosen choice and native date inputs as their ISO values', () => {
    page(
      form(
        `${segmented('frequency', 'Frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Once')}${input('crp', 'CRP (mg/L)', '24', { type: 'number' })}${input('crp-date', 'CRP collection date', '2026-11-02', { type: 'date' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'labs.crpValue': '24', 'labs.crpDate': '2026-11-02' });
  });

  // misread: the codes are not read at all: pressed `button.fr-tag[aria-pressed]` in a `ul.fr-tags-group`
  // (several pressed at once) are collected as no field (the dump holds only the member ID)
  it.fails('reads activable tags as the pressed codes only', () => {
    page(
      form(
        `${input('member-id', 'Member ID', ILARIS['patient.memberId'])}${pressedTags('ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads the request, not the disabled copy of the previous denied request in a collapsed accordion before it', () => {
    const previous = `${input('prev-drug', 'Drug name', 'Kineret (anakinra)', { disabled: true })}${input('prev-hcpcs', 'HCPCS code', 'J3490', { disabled: true })}${input('prev-dose', 'Dose (mg)', '100', { disabled: true })}${input('prev-npi', 'Prescriber NPI', '1000000004', { disabled: true })}`;
    page(
      form(
        `${accordion('previous', 'Previous request (denied 09/20/2026)', previous)}${fieldset('medication', 'Medication', [
          element(select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])),
          element(input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])),
          element(input('dose', 'Dose (mg)', '150', { type: 'number' })),
        ])}${fieldset('prescriber', 'Prescriber', [element(input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { addon: 'Verify' }))])}`,
      ),
    );
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.dose': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('.fr-collapse');
  });
});
