import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Directus 10/11 Data Studio (directus/directus app, read through the stored index: app/src/components/v-form/
 * components/form-field.vue @ c964111 and form-field-label.vue @ d48fddb; v-input.vue, v-select/v-select.vue,
 * interfaces/datetime/datetime.vue, interfaces/list/list.vue @ bb1663b; interfaces/tags/tags.vue and
 * select-dropdown/select-dropdown.vue @ 3eaa958; select-multiple-checkbox.vue @ 1ed9fc1; v-drawer.vue @ 016d44c;
 * v-dialog.vue @ 0091aa0; snapshots __snapshots__/{v-input,v-menu,v-chip,v-checkbox,v-divider}.test.ts.snap and
 * v-icon/__snapshots__; the scoped `data-v-*` attributes are left out):
 * - a field: `div.field.<width>[data-collection][data-field]` > `div.v-menu > div.v-menu-activator` holding the
 *   label `div.field-label.type-label > button.field-name[type=button]` (it opens the field's menu; there is no
 *   `<label>` and nothing links it to the input) > `div.field-label-content` > `div.v-text-overflow` (the name) +
 *   the required star `span.v-icon.required.sup > i[data-icon=star]` (an icon font: no text), then the ctx arrow
 *   icon (with `disabled-menu` the name is a `div.field-name` and there is no arrow); after the menu `div.interface` > the interface; then `small.type-note` and `small.validation-error`.
 * - input interface: `div.v-input.full-width > div.input > input[autocomplete=off][type][step=1]` (no id or name);
 *   numbers add step-up/down `button.v-icon` arrows.
 * - select-dropdown: v-select = `div.v-menu.v-select > div.v-menu-activator > div.v-input.has-click > div.input >
 *   input[readonly]` showing the choice's text (placeholder "Select an item..."), `div.append` expand_more icon; the
 *   open menu teleported into `#menu-outlet`: `div.v-menu-popper > div.v-menu-content > ul.v-list >
 *   li.v-list-item > div.v-list-item-content > span.item-text`.
 * - datetime: a v-menu whose activator is a clickable read-only v-input showing the date formatted by the locale's
 *   `date-fns_date` (en-US: "PPP", e.g. "March 14th, 1988": my reading of the en-US strings, not seen in a snapshot),
 *   placeholder "Enter a value", append icon today/clear.
 * - tags: `div.interface-tags` > an empty v-input ("Add tags and press Enter...", local_offer icon) and AFTER it
 *   `div.tags > span.custom.tag-container > span.v-chip.small.label.clickable.tag > span.chip-content` per tag
 *   (clicking a chip removes it; no close control).
 * - select-multiple-checkbox: `div.checkboxes.grid-4` of `button.v-checkbox.block[role=checkbox][aria-pressed]`
 *   (aria-pressed, not aria-checked) > icon (check_box / check_box_outline_blank) + `span.label.type-text`.
 * - list (repeater): `div.repeater > ul.v-list > li.v-list-item.block` per row showing its template ("{{drug}}"),
 *   a drag handle and a close icon, then `button` "Create New"; opening a row teleports a v-dialog into
 *   `#dialog-outlet`: `div.container.right` > `div.v-overlay` + `article.v-drawer` > header bar `h1.type-title`
 *   (the row's template) and `div.drawer-item-content > div.v-form.grid` of the row's fields. No dialog role.
 * - a section is a presentation-divider field: `div.v-divider.margin.large > span.wrapper > span.type-text` + `hr`.
 */

const icon = (name: string, cls = '') => `<span class="v-icon${cls ? ` ${cls}` : ''}"><i data-icon="${name}"></i></span>`;
type Opts = { required?: boolean; note?: string; error?: string; width?: string; disabled?: boolean; menuless?: boolean };

function formField(name: string, label: string, iface: string, o: Opts = {}) {
  return `<div data-primary-key="+" data-collection="pa_requests" data-field="${name}" class="field ${o.width ?? 'half'}${o.error ? ' invalid' : ''}"><div class="v-menu"><div class="v-menu-activator"><div class="field-label type-label">${o.menuless ? '<div class="field-name">' : '<button class="field-name" type="button">'}<div class="field-label-content"><div class="v-text-overflow">${label}</div>${o.required ? icon('star', 'required sup') : ''}</div>${o.menuless ? '' : icon('arrow_drop_down', 'ctx-arrow')}${o.menuless ? '</div>' : '</button>'}</div></div><!--teleport start--><!--teleport end--></div><div class="interface">${iface}</div>${
    o.note ? `<small class="type-note">${o.note}</small>` : ''
  }${o.error ? `<small class="validation-error">${o.error}</small>` : ''}</div>`;
}

const vInput = (
  value: string,
  o: { type?: 'text' | 'number'; placeholder?: string; readonly?: boolean; clickable?: boolean; append?: string; disabled?: boolean } = {},
) =>
  `<div class="v-input full-width${o.clickable ? ' has-click' : ''}${o.disabled ? ' disabled' : ''}"><div class="input${o.disabled ? ' disabled' : ''}"><input${o.readonly ? ' readonly=""' : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} autocomplete="off" type="${o.type ?? 'text'}" step="1"${o.disabled ? ' disabled=""' : ''} value="${value}">${
    o.type === 'number'
      ? `<span><button class="v-icon clickable step-up" tabindex="-1" type="button"><i data-icon="keyboard_arrow_up"></i></button><button class="v-icon clickable step-down" tabindex="-1" type="button"><i data-icon="keyboard_arrow_down"></i></button></span>`
      : ''
  }${o.append ? `<div class="append">${o.append}</div>` : ''}</div></div>`;

const input = (name: string, label: string, value: string, o: Opts & { type?: 'text' | 'number' } = {}) =>
  formField(name, label, vInput(value, { type: o.type, disabled: o.disabled }), o);

const select = (name: string, label: string, value: string, o: Opts = {}) =>
  formField(
    name,
    label,
    `<div class="v-menu v-select"><div class="v-menu-activator">${vInput(value, { readonly: true, clickable: true, placeholder: 'Select an item...', append: icon('expand_more') })}</div><!--teleport start--><!--teleport end--></div>`,
    o,
  );

const selectMenu = (options: string[], chosen: string) =>
  `<div class="v-menu-popper active attached" data-placement="bottom"><div class="arrow"></div><div class="v-menu-content"><ul class="v-list list">${options
    .map(
      (v) =>
        `<li class="v-list-item link clickable${v === chosen ? ' active' : ''}"><div class="v-list-item-content"><span class="item-text">${v}</span></div></li>`,
    )
    .join('')}</ul></div></div>`;

const datetime = (name: string, label: string, shown: string, o: Opts = {}) =>
  formField(
    name,
    label,
    `<div class="v-menu"><div class="v-menu-activator">${vInput(shown, { readonly: true, clickable: true, placeholder: 'Enter a value', append: shown ? icon('clear', 'clear-icon') : icon('today', 'today-icon') })}</div><!--teleport start--><!--teleport end--></div>`,
    o,
  );

const tags = (name: string, label: string, values: string[], o: Opts = {}) =>
  formField(
    name,
    label,
    `<div class="interface-tags">${vInput('', { placeholder: 'Add tags and press Enter...', append: icon('local_offer') })}${
      values.length
        ? `<div class="tags"><span class="custom tag-container">${values.map((v) => `<span class="v-chip small label clickable tag"><span class="chip-content">${v}</span></span>`).join('')}</span></div>`
        : ''
    }</div>`,
    o,
  );

const checkboxes = (name: string, label: string, checked: string[], options: string[]) =>
  formField(
    name,
    label,
    `<div class="checkboxes grid-4" style="--v-checkbox-color: var(--primary);">${options
      .map(
        (v) =>
          `<button class="v-checkbox block${checked.includes(v) ? ' checked' : ''}" type="button" role="checkbox" aria-pressed="${checked.includes(v)}">${icon(checked.includes(v) ? 'check_box' : 'check_box_outline_blank', 'checkbox')}<span class="label type-text">${v}</span></button>`,
      )
      .join('')}</div>`,
    { width: 'full' },
  );

const divider = (title: string) =>
  `<div data-primary-key="+" data-collection="pa_requests" data-field="divider_${title.toLowerCase().replace(/\W/g, '_')}" class="field full"><div class="interface"><div class="v-divider margin large"><span class="wrapper"><span class="type-text">${title}</span></span><hr role="separator" aria-orientation="horizontal"></div></div></div>`;

/** the list interface: rows showing their `{{drug}}` template, and its Create New button */
const repeater = (rows: string[]) =>
  formField(
    'prior_therapies',
    'Prior therapies',
    `<div class="repeater">${
      rows.length
        ? `<ul class="v-list"><div>${rows.map((r) => `<li class="v-list-item block clickable">${icon('drag_handle', 'drag-handle left')}<span class="render-template">${r}</span><div class="spacer"></div>${icon('close')}</li>`).join('')}</div></ul>`
        : '<div class="v-notice info"><span class="v-icon left"><i data-icon="info"></i></span><div class="content">No items</div></div>'
    }<button class="v-button add-new" type="button"><span class="button align-center normal"><span class="content">Create New</span></span></button></div>`,
    { width: 'full' },
  );

/** the repeater's drawer open on `i` */
const drawer = (i: 0 | 1) =>
  `<div class="container right"><div class="v-overlay active absolute"><div class="overlay"></div></div><article class="v-drawer"><button class="v-button cancel icon rounded secondary" type="button"><span class="button">${icon('close')}</span></button><div class="content"><main class="main"><header class="header-bar shadow"><button class="v-button header-icon" type="button" disabled=""><span class="button">${icon('box')}</span></button><div class="title-container"><div class="headline"></div><div class="title"><h1 class="type-title"><span class="render-template">${THERAPIES[`priorTherapies.${i}.drug`]}</span></h1></div></div><div class="actions"><button class="v-button icon rounded" type="button"><span class="button">${icon('check')}</span></button></div></header><div class="drawer-item-content"><div class="v-form grid with-fill">${input('drug', 'Drug', THERAPIES[`priorTherapies.${i}.drug`])}${input('dose', 'Dose', THERAPIES[`priorTherapies.${i}.dose`])}${input('start', 'Start date', THERAPIES[`priorTherapies.${i}.start`])}${input('stop', 'Stop date', THERAPIES[`priorTherapies.${i}.stop`])}${input('outcome', 'Outcome', THERAPIES[`priorTherapies.${i}.outcome`], { width: 'full' })}</div></div></main></div></article></div>`;

/** the item page (private view) with the teleport outlets at the end of body */
const studio = (fields: string, menu = '', dialog = '') =>
  `<div id="app"><div class="private-view"><div id="main-content" class="content"><header class="header-bar"><div class="title-container"><div class="title"><h1 class="type-title">Creating Item in Prior Authorization Requests</h1></div></div></header><main><div class="v-form grid with-fill">${fields}</div></main></div></div></div><div id="menu-outlet">${menu}</div><div id="dialog-outlet">${dialog}</div>`;

const EXPECTED = {
  ...ILARIS,
  'patient.dob': 'March 14th, 1988',
  'labs.crpDate': 'November 2nd, 2026',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
};

describe('Directus Data Studio: v-form fields, v-select, datetime, tags, checkboxes, list repeater with its drawer', () => {
  // misread: {} : no field is named: the field's name sits in `button.field-name` (it opens the field menu), which
  // names nothing and ends the text-before search; with a div there, diagnosis.codes.0 still reads "" (the tags' chips)
  it.fails('reads the full Ilaris request, and nothing from the repeater rows (template text only)', () => {
    page(
      studio(
        `${divider('Member')}${input('member_id', 'Member ID', ILARIS['patient.memberId'], { required: true })}${datetime('dob', 'Date of birth', 'March 14th, 1988')}${input('weight', 'Weight (kg)', '72', { type: 'number' })}
        ${divider('Diagnosis')}${tags('icd_codes', 'ICD-10 codes', ['M04.1', 'M06.1'], { width: 'full' })}
        ${divider('Medication')}${select('drug_name', 'Drug name', ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150', { type: 'number' })}${input('units', 'Billing units', '150', { type: 'number' })}${select('frequency', 'Frequency', 'Every 4 weeks')}
        ${divider('Labs')}${input('crp', 'CRP (mg/L)', '24', { type: 'number' })}${datetime('crp_date', 'CRP collection date', 'November 2nd, 2026')}
        ${repeater(['colchicine', 'anakinra'])}
        ${divider('Prescriber')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual(EXPECTED);
    nothingFrom('.repeater');
    noDuplicatePaths();
  });

  it('names an input by its field-name button, without the star icon, the note or the validation error', () => {
    page(
      studio(
        `${input('member_id', 'Member ID', '', { required: true, error: 'Value is required' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, note: 'The 10-digit NPI of the ordering provider' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a select-dropdown by its read-only input, an empty one (placeholder "Select an item...") as empty', () => {
    page(studio(`${select('drug_name', 'Drug name', '')}${select('frequency', 'Frequency', 'Every 8 weeks')}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a select-dropdown once and nothing from its open menu in #menu-outlet', () => {
    page(
      studio(
        `${select('frequency', 'Frequency', 'Once')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        selectMenu(['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Once'),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('#menu-outlet');
  });

  it('reads datetime fields as shown, an empty one ("Enter a value") as empty', () => {
    page(studio(`${datetime('dob', 'Date of birth', 'March 14th, 1988')}${datetime('crp_date', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': 'March 14th, 1988', 'labs.crpDate': '' });
  });

  // misread: {} : the input unnamed (`button.field-name`); with a div there it reads "": the `span.v-chip` tags after
  // the empty input (no role, no remove control, inside `div.tags`) are not taken as its values
  it.fails('reads the tags interface as the ICD-10 codes (chips after its empty input), no tags as empty', () => {
    page(studio(tags('icd_codes', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    page(studio(tags('icd_codes', 'ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  // misread: {} : unnamed (`button.field-name`); with a div there it reads "": the `button[role=checkbox]` boxes say
  // ticked with aria-pressed (not aria-checked), so none reads as chosen
  it.fails('reads a checkboxes interface (role=checkbox buttons marked by aria-pressed) as the ticked codes', () => {
    page(studio(checkboxes('icd_codes', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads the therapy open in the repeater drawer (#dialog-outlet) as a prior therapy', () => {
    page(studio(repeater(['colchicine', 'anakinra']), '', drawer(0)));
    expect(read()).toEqual(Object.fromEntries(Object.entries(THERAPIES).filter(([k]) => k.startsWith('priorTherapies.0.'))));
  });

  it('names inputs by a field-name div when the v-form disables the field menu', () => {
    page(
      studio(
        `${input('member_id', 'Member ID', ILARIS['patient.memberId'], { menuless: true, required: true })}${select('frequency', 'Frequency', 'Every 4 weeks', { menuless: true })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { menuless: true })}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.frequency': 'Every 4 weeks',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads disabled (read-only field) inputs by their values', () => {
    page(
      studio(
        `${input('member_id', 'Member ID', ILARIS['patient.memberId'], { disabled: true })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { disabled: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
