import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Vuetify 2.6/2.7 (vuetifyjs/vuetify v2-stable at 50b6c67, packages/vuetify/src: components/VInput/VInput.ts,
 * VTextField/VTextField.ts, VSelect/VSelect.ts + VSelectList.ts, VAutocomplete/VAutocomplete.ts, VCombobox,
 * VChip/VChip.ts, VMenu/VMenu.ts, mixins/detachable + activatable, VDatePicker, VRadioGroup/VRadioGroup.ts + VRadio.ts,
 * VCheckbox/VCheckbox.ts, VDataTable/VDataTable.ts + VDataTableHeaderDesktop.ts + VDataFooter.ts, VDialog/VDialog.ts;
 * its VSelect snapshots). What v2 renders:
 * - VTextField: `div.v-input.v-text-field` > `div.v-input__control` > `div.v-input__slot` > `div.v-text-field__slot` >
 *   `label.v-label[for=input-N]` (absolutely placed, `v-label--active` once dirty) + `input#input-N` (+ suffix
 *   `div.v-text-field__suffix`), then `div.v-text-field__details > div.v-messages[role=alert]` with the hint or error.
 *   `prepend-icon` draws `div.v-input__prepend-outer` with an `i.v-icon.mdi` before the control.
 * - VSelect: the input slot is `role=button aria-haspopup=listbox aria-expanded aria-owns=list-N`; in
 *   `div.v-select__slot`: the label, `div.v-select__selections` of `div.v-select__selection--comma` ("M04.1, ") or
 *   `span.v-chip.v-chip--select` (deletable: `button.v-chip__close[aria-label=Close]` in `span.v-chip__content`) and
 *   the readonly `input#input-N[aria-readonly=false]`, the `mdi-menu-down` icon, and `input[type=hidden]` holding the
 *   value. VAutocomplete makes the slot `role=combobox`, its input writable (the search; a single one shows the
 *   chosen text in the input itself). The VMenu is Detachable: once opened its `div.v-menu__content` is inserted as
 *   the FIRST child of `[data-app]` (`menuable__content__active` while open, `display: none` once closed, kept), a
 *   `div.v-select-list > div.v-list[role=listbox]#list-N` of `div.v-list-item[role=option][aria-selected]`.
 * - Date in a menu (the docs' pattern): a readonly VTextField with `prepend-icon mdi-calendar` getting the
 *   activator's attrs (`role=button aria-haspopup=true aria-expanded`) on its input, inside `div.v-menu`; the
 *   VDatePicker is in a detached `v-menu__content`: `div.v-picker--date` with title, header ("March 1988"), day
 *   table of `button.v-btn` and the slot's Cancel/OK.
 * - VRadioGroup: `div.v-input--radio-group__input[role=radiogroup][aria-labelledby]` with `legend.v-label#input-N`
 *   and `div.v-radio` > `input[type=radio][role=radio][aria-checked][name=radio-N]` + `label[for]`. VCheckbox: the
 *   `input[role=checkbox][aria-checked]` + `label[for]` in its own v-input.
 * - VDataTable: `div.v-data-table > div.v-data-table__wrapper > table`, `thead.v-data-table-header` of
 *   `th[role=columnheader][aria-label="Drug: Not sorted. Activate to sort ascending."]`, body `td.text-start`, then
 *   `div.v-data-footer` with its items-per-page VSelect (`aria-label="Rows per page:"` on its input, hide-details).
 * - outlined fields draw `fieldset[aria-hidden] > legend > span.notranslate` (a zero-width space) first in their
 *   input slot; `counter` adds `div.v-counter` ("10 / 10") to the details. VEditDialog: the cell's text in
 *   `div.v-small-dialog__activator`, its menu (`v-small-dialog__menu-content`, a VTextField) detached like VMenu's.
 * - VDialog (Detachable too; its overlay inserted before it): `div.v-dialog__content[role=dialog][aria-modal]` first in `[data-app]`, its
 *   `div.v-dialog` given `display: none` by v-show once closed; the content stays.
 */

let n = 0;
const icon = (name: string) => `<i aria-hidden="true" class="v-icon notranslate mdi mdi-${name} theme--light"></i>`;
const messages = (o: { hint?: string; error?: string; counter?: string }) =>
  `<div class="v-text-field__details"><div class="v-messages theme--light${o.error ? ' error--text' : ''}" role="alert"><div class="v-messages__wrapper">${
    o.error || o.hint ? `<div class="v-messages__message">${o.error ?? o.hint}</div>` : ''
  }</div></div>${o.counter ? `<div class="v-counter theme--light">${o.counter}</div>` : ''}</div>`;
/** the notch an outlined field draws first in its input slot (VTextField.genFieldset) */
const notch = (label: string, dirty: boolean) =>
  `<fieldset aria-hidden="true"><legend style="width: ${dirty ? label.length * 6.75 : 0}px;"><span class="notranslate">&#8203;</span></legend></fieldset>`;
type TF = {
  outlined?: boolean;
  counter?: string;
  suffix?: string;
  hint?: string;
  error?: string;
  prepend?: string;
  readonly?: boolean;
  attrs?: string;
  disabled?: boolean;
};
const input = (label: string, value: string, o: TF = {}) => {
  const id = `input-${(n += 3)}`;
  return `<div class="v-input${value ? ' v-input--is-label-active v-input--is-dirty' : ''}${o.readonly ? ' v-input--is-readonly' : ''}${o.disabled ? ' v-input--is-disabled' : ''}${o.error ? ' v-input--has-state error--text' : ''} theme--light v-text-field v-text-field--is-booted${o.outlined ? ' v-text-field--outlined' : ''}">${
    o.prepend ? `<div class="v-input__prepend-outer"><div class="v-input__icon v-input__icon--prepend">${icon(o.prepend)}</div></div>` : ''
  }<div class="v-input__control"><div class="v-input__slot">${o.outlined ? notch(label, !!value) : ''}<div class="v-text-field__slot"><label for="${id}" class="v-label${value ? ' v-label--active' : ''} theme--light" style="left: 0px; right: auto; position: absolute;">${label}</label><input id="${id}"${
    o.readonly ? ' readonly="readonly"' : ''
  }${o.disabled ? ' disabled="disabled"' : ''} type="text"${o.attrs ?? ''} value="${value}">${o.suffix ? `<div class="v-text-field__suffix">${o.suffix}</div>` : ''}</div></div>${messages(o)}</div></div>`;
};

type Sel = {
  outlined?: boolean;
  multiple?: boolean;
  chips?: boolean;
  autocomplete?: boolean;
  search?: string;
  open?: boolean;
  ariaLabel?: string;
  hideDetails?: boolean;
};
/** a VSelect / VAutocomplete and its list menu (empty unless it was opened once: `open` true or false) */
function select(label: string, chosen: string[], options: string[], o: Sel = {}) {
  const id = `input-${(n += 3)}`;
  const list = `list-${n}`;
  const dirty = chosen.length > 0;
  const single = o.autocomplete && !o.multiple;
  const selections = single
    ? ''
    : chosen
        .map((c, i) =>
          o.chips
            ? `<span tabindex="-1" class="v-chip v-chip--clickable v-chip--no-color theme--light v-size--small v-chip--select"><span class="v-chip__content">${c}<button type="button" class="v-icon notranslate v-chip__close v-icon--link v-icon--right mdi mdi-close-circle theme--light" aria-label="Close" style="font-size: 18px;"></button></span></span>`
            : `<div class="v-select__selection v-select__selection--comma">${c}${i < chosen.length - 1 ? ', ' : ''}</div>`,
        )
        .join('');
  const inputEl = o.autocomplete
    ? `<input id="${id}" type="text" autocomplete="off"${o.open ? ` aria-activedescendant="list-item-${n}-0"` : ''} value="${single ? (chosen[0] ?? '') : (o.search ?? '')}">`
    : `<input${o.ariaLabel ? ` aria-label="${o.ariaLabel}"` : ''} id="${id}" readonly="readonly" type="text" aria-readonly="false" autocomplete="off">`;
  const html = `<div class="v-input${dirty ? ' v-input--is-label-active v-input--is-dirty' : ''}${o.open ? ' v-input--is-focused primary--text' : ''}${o.hideDetails ? ' v-input--hide-details' : ''} theme--light v-text-field v-text-field--is-booted v-select${o.multiple ? ' v-select--is-multi' : ''}${o.chips ? ' v-select--chips v-select--chips--small' : ''}${o.autocomplete ? ' v-autocomplete' : ''}${o.open ? ' v-select--is-menu-active' : ''}${o.outlined ? ' v-text-field--outlined' : ''}"><div class="v-input__control"><div role="${o.autocomplete ? 'combobox' : 'button'}" aria-haspopup="listbox" aria-expanded="${!!o.open}" aria-owns="${list}" class="v-input__slot">${o.outlined ? notch(label, dirty) : ''}<div class="v-select__slot">${
    label
      ? `<label for="${id}" class="v-label${dirty || o.search ? ' v-label--active' : ''} theme--light" style="left: 0px; right: auto; position: absolute;">${label}</label>`
      : ''
  }<div class="v-select__selections">${selections}${inputEl}</div><div class="v-input__append-inner"><div class="v-input__icon v-input__icon--append">${icon('menu-down')}</div></div><input type="hidden" value="${chosen.join(',')}"></div><div class="v-menu"></div></div>${o.hideDetails ? '' : messages({})}</div></div>`;
  const shown = o.search ? options.filter((v) => v.startsWith(o.search!)) : options;
  const menu =
    o.open === undefined
      ? ''
      : `<div class="v-menu__content theme--light${o.open ? ' menuable__content__active' : ''}${o.autocomplete ? ' v-autocomplete__content' : ''}" style="max-height: 304px; min-width: 420px; max-width: 420px; top: 212px; left: 24px; transform-origin: left top; z-index: 8;${o.open ? '' : ' display: none;'}"><div role="listbox" tabindex="-1" class="v-list v-select-list v-sheet theme--light v-list--dense theme--light" id="${list}">${shown
          .map(
            (v, i) =>
              `<div tabindex="0" aria-selected="${chosen.includes(v)}" id="list-item-${n}-${i}" role="option" class="v-list-item v-list-item--link theme--light${chosen.includes(v) ? ' v-list-item--active primary--text' : ''}">${
                o.multiple
                  ? `<div class="v-list-item__action"><div class="v-simple-checkbox">${icon(chosen.includes(v) ? 'checkbox-marked' : 'checkbox-blank-outline')}</div></div>`
                  : ''
              }<div class="v-list-item__content"><div class="v-list-item__title">${v}</div></div></div>`,
          )
          .join('')}</div></div>`;
  return { html, menu };
}
const sel = (label: string, chosen: string[], options: string[], o: Sel = {}) => select(label, chosen, options, o).html;

/** the docs' "date picker in a menu": readonly text field activator; the picker detached when it was opened */
function dateMenu(label: string, value: string, drawn?: { iso: string; month: string; title: string; open: boolean }) {
  const field = `<div class="v-menu">${input(label, value, { prepend: 'calendar', readonly: true, attrs: ` role="button" aria-haspopup="true" aria-expanded="${!!drawn?.open}"` })}</div>`;
  if (!drawn) return { html: field, menu: '' };
  const [y, , d] = drawn.iso.split('-').map(Number);
  const days = [d! - 1, d!, d! + 1]
    .map(
      (x) =>
        `<td><button type="button" class="v-btn${x === d ? ' v-btn--active v-btn--rounded theme--light primary' : ' v-btn--text v-btn--rounded theme--light'} v-size--default"><div class="v-btn__content">${x}</div></button></td>`,
    )
    .join('');
  const menu = `<div class="v-menu__content theme--light${drawn.open ? ' menuable__content__active' : ''}" style="min-width: auto; top: 300px; left: 48px; transform-origin: left top; z-index: 8;${drawn.open ? '' : ' display: none;'}"><div class="v-picker v-card v-picker--date theme--light"><div class="v-picker__title primary"><div class="v-date-picker-title"><div class="v-picker__title__btn v-date-picker-title__year">${y}</div><div class="v-picker__title__btn v-date-picker-title__date v-picker__title__btn--active"><div>${drawn.title}</div></div></div></div><div class="v-picker__body theme--light" style="width: 290px;"><div><div class="v-date-picker-header theme--light"><button type="button" aria-label="Previous month" class="v-btn v-btn--icon v-btn--round theme--light v-size--default"><span class="v-btn__content">${icon('chevron-left')}</span></button><div class="v-date-picker-header__value"><div class="accent--text"><button type="button">${drawn.month}</button></div></div><button type="button" aria-label="Next month" class="v-btn v-btn--icon v-btn--round theme--light v-size--default"><span class="v-btn__content">${icon('chevron-right')}</span></button></div><div class="v-date-picker-table v-date-picker-table--date theme--light"><table><thead><tr><th>S</th><th>M</th><th>T</th></tr></thead><tbody><tr>${days}</tr></tbody></table></div></div></div><div class="v-picker__actions v-card__actions"><div class="spacer"></div><button type="button" class="v-btn v-btn--text theme--light v-size--default primary--text"><span class="v-btn__content">Cancel</span></button><button type="button" class="v-btn v-btn--text theme--light v-size--default primary--text"><span class="v-btn__content">OK</span></button></div></div></div>`;
  return { html: field, menu };
}

const radioGroup = (label: string, options: string[], chosen: string) => {
  const gid = `input-${(n += 3)}`;
  return `<div class="v-input theme--light v-input--selection-controls v-input--radio-group v-input--radio-group--column"><div class="v-input__control"><div class="v-input__slot" style="height: auto;"><div role="radiogroup" aria-labelledby="${gid}" class="v-input--radio-group__input"><legend id="${gid}" class="v-label theme--light">${label}</legend>${options
    .map((v) => {
      const id = `input-${++n}`;
      const on = v === chosen;
      return `<div class="v-radio theme--light${on ? ' v-item--active' : ''}"><div class="v-input--selection-controls__input">${icon(on ? 'radiobox-marked' : 'radiobox-blank')}<input aria-checked="${on}" id="${id}" role="radio" type="radio" name="radio-${gid}" value="${v}"${on ? ' checked="checked"' : ''}><div class="v-input--selection-controls__ripple"></div></div><label for="${id}" class="v-label theme--light" style="left: 0px; right: auto; position: relative;">${v}</label></div>`;
    })
    .join('')}</div></div><div class="v-messages theme--light"><div class="v-messages__wrapper"></div></div></div></div>`;
};
const checkbox = (v: string, on: boolean) => {
  const id = `input-${(n += 3)}`;
  return `<div class="v-input v-input--hide-details${on ? ' v-input--is-label-active v-input--is-dirty' : ''} theme--light v-input--selection-controls v-input--checkbox"><div class="v-input__control"><div class="v-input__slot"><div class="v-input--selection-controls__input">${icon(on ? 'checkbox-marked' : 'checkbox-blank-outline')}<input aria-checked="${on}" id="${id}" role="checkbox" type="checkbox" value="${v}"${on ? ' checked="checked"' : ''}><div class="v-input--selection-controls__ripple"></div></div><label for="${id}" class="v-label theme--light" style="left: 0px; right: auto; position: relative;">${v}</label></div></div></div>`;
};

/** a VDataTable of text rows with its footer (items-per-page VSelect) */
function dataTable(headers: string[], rows: readonly (readonly string[])[]) {
  const perPage = select('', ['10'], ['5', '10', '15', 'All'], { ariaLabel: 'Rows per page:', hideDetails: true });
  const html = `<div class="v-data-table elevation-1 v-data-table--has-bottom theme--light"><div class="v-data-table__wrapper"><table><colgroup>${headers.map(() => '<col class="">').join('')}</colgroup><thead class="v-data-table-header"><tr>${headers
    .map(
      (h) =>
        `<th role="columnheader" scope="col" aria-label="${h}: Not sorted. Activate to sort ascending." aria-sort="none" class="text-start sortable"><span>${h}</span><i aria-hidden="true" class="v-icon notranslate v-data-table-header__icon mdi mdi-arrow-up theme--light" style="font-size: 18px;"></i></th>`,
    )
    .join(
      '',
    )}</tr></thead><tbody>${rows.map((r) => `<tr class="">${r.map((v) => `<td class="text-start">${v}</td>`).join('')}</tr>`).join('')}</tbody></table></div><div class="v-data-footer"><div class="v-data-footer__select">Rows per page:${perPage.html}</div><div class="v-data-footer__pagination">1-${rows.length} of ${rows.length}</div><div class="v-data-footer__icons-before"><button type="button" disabled="disabled" aria-label="Previous page" class="v-btn v-btn--disabled v-btn--icon v-btn--round v-btn--text theme--light v-size--default"><span class="v-btn__content">${icon('chevron-left')}</span></button></div><div class="v-data-footer__icons-after"><button type="button" disabled="disabled" aria-label="Next page" class="v-btn v-btn--disabled v-btn--icon v-btn--round v-btn--text theme--light v-size--default"><span class="v-btn__content">${icon('chevron-right')}</span></button></div></div></div>`;
  return { html, menu: perPage.menu };
}

const card = (title: string, body: string) =>
  `<div class="v-card v-sheet theme--light mb-4"><div class="v-card__title">${title}</div><div class="v-card__text">${body}</div></div>`;
/** the v-app: detached contents first in `[data-app]`, then the wrap with the form */
const app = (form: string, detached = '') =>
  `<div data-app="true" class="v-application v-application--is-ltr theme--light" id="app">${detached}<div class="v-application--wrap"><main class="v-main"><div class="v-main__wrap"><div class="container"><form novalidate="novalidate" class="v-form">${form}<button type="submit" class="v-btn v-btn--is-elevated v-btn--has-bg theme--light v-size--default primary"><span class="v-btn__content">Submit request</span></button></form></div></div></main></div></div>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Vuetify 2: v-text-field, v-select, v-autocomplete, date menu, v-radio-group, v-data-table, v-dialog', () => {
  it('reads the full Ilaris request', () => {
    const dob = dateMenu('Date of birth', ILARIS['patient.dob'], {
      iso: '1988-03-14',
      month: 'March 1988',
      title: 'Mon, Mar 14',
      open: false,
    });
    const codes = select('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { autocomplete: true, multiple: true, chips: true, open: false });
    const freq = select('Frequency', ['Every 4 weeks'], FREQ, { open: false });
    const table = dataTable(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS);
    page(
      app(
        `${card('Member', `${input('Member ID', ILARIS['patient.memberId'])}${dob.html}${input('Weight', '72', { suffix: 'kg' })}`)}
        ${card('Diagnosis', codes.html)}
        ${card('Medication', `${sel('Drug name', [ILARIS['drug.name']], DRUGS, { autocomplete: true })}${input('HCPCS code', 'J0638')}${input('NDC', ILARIS['drug.ndc'], { hint: '11 digits, 5-4-2' })}${input('Dose', '150', { suffix: 'mg' })}${input('Billing units', '150')}${freq.html}`)}
        ${card('Labs', `${input('CRP', '24', { suffix: 'mg/L' })}${dateMenu('CRP collection date', ILARIS['labs.crpDate']).html}`)}
        ${card('Prior therapies', table.html)}
        ${card('Prescriber', input('Prescriber NPI', ILARIS['prescriber.npi']))}`,
        `${freq.menu}${codes.menu}${dob.menu}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  // misread: both v-selects read '' (the readonly input, empty by design); their `div.v-select__selection--comma` texts are left unread
  it('reads a closed select as its comma selections and nothing from its menu kept first in the app', () => {
    const freq = select('Frequency', ['Every 8 weeks'], FREQ, { open: false });
    const codes = select('ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true, open: false });
    page(app(`${freq.html}${codes.html}`, `${codes.menu}${freq.menu}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    nothingFrom('.v-menu__content');
  });

  it('reads an empty select as empty, its placeholder-less label no value', () => {
    page(app(`${sel('Drug name', [], DRUGS)}${sel('Frequency', [], FREQ)}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '' });
  });

  it('reads an open select as its chosen text, not the active option of its open menu', () => {
    const freq = select('Frequency', ['Every 4 weeks'], FREQ, { open: true });
    page(app(freq.html, freq.menu));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('.v-menu__content');
  });

  it('reads an autocomplete with chips as its codes, not the search typed while its suggestions are open', () => {
    const codes = select('ICD-10 codes', ['M04.1', 'M06.1'], CODES, {
      autocomplete: true,
      multiple: true,
      chips: true,
      search: 'M04',
      open: true,
    });
    page(app(`${codes.html}${sel('Drug name', ['Ilaris (canakinumab)'], DRUGS, { autocomplete: true })}`, codes.menu));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.name': 'Ilaris (canakinumab)' });
    nothingFrom('.v-menu__content');
  });

  it('reads a date text field with an open picker menu as its date, nothing from the calendar', () => {
    const dob = dateMenu('Date of birth', ILARIS['patient.dob'], {
      iso: '1988-03-14',
      month: 'March 1988',
      title: 'Mon, Mar 14',
      open: true,
    });
    const crp = dateMenu('CRP collection date', '', { iso: '2026-11-02', month: 'November 2026', title: 'Mon, Nov 2', open: false });
    page(app(`${input('Member ID', ILARIS['patient.memberId'])}${dob.html}${crp.html}`, `${dob.menu}${crp.menu}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.v-menu__content');
  });

  // misread: the codes are not read: the v-checkboxes (each its own v-input, native input role=checkbox, no name) are not
  // grouped under the text before them, and each alone answers only a yes-or-no question
  it.fails('reads a radio group by its legend and the checked radio, and v-checkboxes sharing a v-model as the codes', () => {
    page(
      app(
        `${radioGroup('Frequency', FREQ, 'Every 4 weeks')}<p class="text-subtitle-1">ICD-10 codes</p>${CODES.map((c) => checkbox(c, c !== 'M04.8')).join('')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a field with its error message shown, and a disabled one, by their labels only', () => {
    page(
      app(
        `${input('Member ID', ILARIS['patient.memberId'], { disabled: true })}${input('Prescriber NPI', '123456789', { error: 'NPI must be 10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '123456789' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads nothing from a table of past requests, nor its footer select', () => {
    const past = dataTable(
      ['Submitted', 'Member ID', 'Drug', 'Dose', 'Status'],
      [['08/12/2026', 'U4829163702', 'Kineret (anakinra)', '100', 'Approved']],
    );
    page(
      app(
        `${card('New request', `${sel('Drug name', [ILARIS['drug.name']], DRUGS, { autocomplete: true })}${input('Dose', '150', { suffix: 'mg' })}`)}${card('Previous requests', past.html)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
  });

  it('reads nothing from a closed dialog kept first in the app holding another request', () => {
    const dialog = `<div role="dialog" aria-modal="true" class="v-dialog__content" style="z-index: 202;"><div class="v-dialog" style="transform-origin: center center; max-width: 600px; display: none;"><div class="v-card v-sheet theme--light"><span class="headline">Copy a previous request</span><div class="v-card__text">${sel('Drug name', ['Kineret (anakinra)'], DRUGS, { autocomplete: true })}${input('Dose', '100', { suffix: 'mg' })}${input('Prescriber NPI', '1987654320')}</div></div></div></div>`;
    page(
      app(
        `${sel('Drug name', [ILARIS['drug.name']], DRUGS, { autocomplete: true })}${input('Dose', '150', { suffix: 'mg' })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
        dialog,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.v-dialog__content');
  });

  it('reads outlined fields (each with its aria-hidden notch fieldset) by their labels, a counter no value', () => {
    page(
      app(
        card(
          'Member',
          `${input('Member ID', ILARIS['patient.memberId'], { outlined: true, counter: '11 / 11' })}${input('Weight', '72', { outlined: true, suffix: 'kg' })}${sel('Drug name', [ILARIS['drug.name']], DRUGS, { outlined: true, autocomplete: true })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { outlined: true, counter: '10 / 10' })}`,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.weight': '72',
      'drug.name': ILARIS['drug.name'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads the request in an open dialog first in the app, not the search box of the list behind it', () => {
    const dialog = `<div class="v-overlay v-overlay--active theme--dark" style="z-index: 201;"><div class="v-overlay__scrim" style="opacity: 0.46; background-color: rgb(33, 33, 33); border-color: rgb(33, 33, 33);"></div><div class="v-overlay__content"></div></div><div role="dialog" aria-modal="true" class="v-dialog__content v-dialog__content--active" style="z-index: 202;"><div tabindex="0" class="v-dialog v-dialog--active" style="transform-origin: center center; max-width: 600px;"><div class="v-card v-sheet theme--light"><div class="v-card__title"><span class="text-h5">New prior authorization</span></div><div class="v-card__text">${input('Member ID', ILARIS['patient.memberId'])}${sel('Drug name', [ILARIS['drug.name']], DRUGS, { autocomplete: true })}${input('Dose', '150', { suffix: 'mg' })}${input('Prescriber NPI', ILARIS['prescriber.npi'])}</div><div class="v-card__actions"><div class="spacer"></div><button type="button" class="v-btn v-btn--text theme--light v-size--default blue--text text--darken-1"><span class="v-btn__content">Close</span></button><button type="button" class="v-btn v-btn--text theme--light v-size--default blue--text text--darken-1"><span class="v-btn__content">Save</span></button></div></div></div></div>`;
    // the dialog's content is detached first into [data-app], then its overlay inserted before it (overlayable)
    page(app(input('Search member ID', 'U1111111111', { prepend: 'magnify' }), dialog));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'drug.dose': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads a v-data-table of therapies edited in place (v-edit-dialog), nothing from the edit menu kept first in the app', () => {
    const cell = (v: string, edit: boolean) =>
      edit
        ? `<div class="v-small-dialog v-menu"><div class="v-small-dialog__activator"><span class="v-small-dialog__activator__content">${v}</span></div></div>`
        : v;
    const rows = THERAPY_ROWS.map((r) => r.map((v, i) => cell(v, i === 1)));
    const table = dataTable(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], rows);
    // the Dose cell of the first row was edited once: its menu content stays detached, closed
    const editMenu = `<div class="v-menu__content theme--light v-small-dialog__menu-content" style="min-width: 0px; top: 340px; left: 260px; transform-origin: left top; z-index: 8; display: none;"><div class="v-small-dialog__content">${input('Edit', '0.6 mg twice daily', { counter: '18 / 20' })}</div></div>`;
    page(app(card('Prior therapies', table.html), editMenu));
    expect(read()).toEqual({ ...THERAPIES });
    nothingFrom('.v-small-dialog__menu-content');
  });

  it('reads the requested drug under its card, not under the legend of a prior-therapy radio group before it', () => {
    page(
      app(
        `${card('Prior treatment', radioGroup('Prior therapy outcome', ['Inadequate response', 'Intolerance'], 'Inadequate response'))}${card('Requested medication', `${sel('Drug name', [ILARIS['drug.name']], DRUGS, { autocomplete: true })}${input('Dose', '150', { suffix: 'mg' })}`)}`,
      ),
    );
    expect(read()).toEqual({ 'priorTherapies.0.outcome': 'Inadequate response', 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
  });

  it('reads a v-data-table whose item slots hold dense single-line text fields as the therapies', () => {
    const cellField = (v: string) => {
      const id = `input-${(n += 3)}`;
      return `<div class="v-input v-input--hide-details v-input--is-label-active v-input--is-dirty v-input--dense theme--light v-text-field v-text-field--single-line v-text-field--is-booted"><div class="v-input__control"><div class="v-input__slot"><div class="v-text-field__slot"><input id="${id}" type="text" value="${v}"></div></div></div></div>`;
    };
    const table = dataTable(
      ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
      THERAPY_ROWS.map((r) => r.map(cellField)),
    );
    page(app(`${card('Prior therapies', table.html)}${card('Prescriber', input('Prescriber NPI', ILARIS['prescriber.npi']))}`));
    expect(read()).toEqual({ ...THERAPIES, 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
