import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * HashiCorp Helios (@hashicorp/design-system-components 6.5, hashicorp/design-system at c8e0834:
 * packages/components/src/components/hds/form/{field,label,helper-text,error,error/message,indicator,fieldset,
 * legend}/index.gts, text-input/{base,field}.gts, select/{base,field}.gts, radio/field.gts,
 * super-select/{single,multiple}/base.gts + single/field.gts + placeholder.gts; ember-power-select ^8.12 /
 * ember-basic-dropdown ^8.8 rendered in place):
 * - Field (vertical): `div.hds-form-field.hds-form-field--layout-vertical` > `label.hds-form-label
 *   .hds-form-field__label[for=<id>][id=label-<id>]` (required: `&nbsp;` + Badge `div.hds-badge
 *   .hds-form-indicator[aria-hidden]` "Required"), `div.hds-form-helper-text#helper-text-<id>`,
 *   `div.hds-form-field__control` > the control (text input in `div.hds-form-text-input__wrapper`),
 *   `div.hds-form-error#error-<id>` (alert-diamond-fill icon + `div.hds-form-error__content > p` message).
 *   Ids are Ember guids ("ember41") unless @id is passed.
 * - Radio::Group: `fieldset.hds-form-group` > `legend.hds-form-legend.hds-form-group__legend`,
 *   `div.hds-form-group__control-fields-wrapper` > flag-layout Fields whose label comes BEFORE the control in
 *   the DOM (CSS grid places it after).
 * - SuperSelect::Single::Field: the trigger `div.ember-basic-dropdown-trigger.ember-power-select-trigger
 *   [role=combobox][tabindex=0][id=<id>][aria-labelledby=label-<id>][aria-haspopup=listbox]` showing
 *   `span.ember-power-select-selected-item` or the placeholder `span.ember-power-select-placeholder`; closed,
 *   only an empty `div.ember-basic-dropdown-content-placeholder` (display: none) follows; open, the content in
 *   place: search box (`input.ember-power-select-search-input[type=search]`), `ul.ember-power-select-options
 *   [role=listbox]` of `li.ember-power-select-option[role=option][aria-selected]`, and (multiple) the HDS
 *   after-options footer ("2 selected of 3 total", "Show selected", "Clear selected").
 * - SuperSelect::Multiple: trigger `ul.ember-power-select-multiple-options` of `li.ember-power-select-multiple-option`
 *   (a `span[role=button][aria-label="remove element"]` "×" + the option's text), no search in the trigger.
 * - Table: `div.hds-table__container > table.hds-table` with `thead.hds-table__thead`, `th.hds-table__th`
 *   (`div.hds-table__th-content`), `td.hds-table__td` (my reading of table/index.gts and its th/td parts).
 */

type Extra = { helper?: string; error?: string; required?: boolean };
const indicator = (o: Extra) =>
  o.required
    ? '&nbsp;<div class="hds-badge hds-badge--size-small hds-badge--type-filled hds-badge--color-neutral hds-form-indicator" aria-hidden="true"><div class="hds-badge__text">Required</div></div>'
    : '';
const described = (id: string, o: Extra) => [o.helper && `helper-text-${id}`, o.error && `error-${id}`].filter(Boolean).join(' ');
const field = (id: string, label: string, control: string, o: Extra = {}) =>
  `<div class="hds-form-field hds-form-field--layout-vertical"><label class="hds-form-label hds-typography-body-200 hds-font-weight-semibold hds-form-field__label" for="${id}" id="label-${id}">${label}${indicator(o)}</label>${
    o.helper
      ? `<div class="hds-form-helper-text hds-typography-body-100 hds-font-weight-regular hds-form-field__helper-text" id="helper-text-${id}">${o.helper}</div>`
      : ''
  }<div class="hds-form-field__control">${control}</div>${
    o.error
      ? `<div class="hds-form-error hds-form-field__error" id="error-${id}"><svg class="hds-icon hds-icon-alert-diamond-fill hds-form-error__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><use href="#flight-alert-diamond-fill-16"></use></svg><div class="hds-form-error__content"><p class="hds-text hds-typography-body-100 hds-font-weight-medium hds-form-error__message">${o.error}</p></div></div>`
      : ''
  }</div>`;

const text = (id: string, label: string, value: string, o: Extra & { type?: string } = {}) =>
  field(
    id,
    label,
    `<div class="hds-form-text-input__wrapper"><input class="hds-form-text-input hds-typography-body-200 hds-font-weight-regular${o.error ? ' hds-form-text-input--is-invalid' : ''}"${o.required ? ' required=""' : ''} id="${id}"${described(id, o) ? ` aria-describedby="${described(id, o)}"` : ''} value="${value}" type="${o.type ?? 'text'}"></div>`,
    o,
  );
const date = (id: string, label: string, value: string) => text(id, label, value, { type: 'date' });

const nativeSelect = (id: string, label: string, value: string, options: string[]) =>
  field(
    id,
    label,
    `<select class="hds-form-select hds-typography-body-200 hds-font-weight-regular" id="${id}"><option value="">Select one</option>${options.map((v) => `<option${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
  );

const body = (t: string) => `<span class="hds-text hds-typography-body-200 hds-font-weight-regular">${t}</span>`;
/** SuperSelect::Single::Field or ::Multiple::Field, closed or open in place. */
function superSelect(
  id: string,
  label: string,
  chosen: string[],
  options: string[],
  o: { multiple?: boolean; open?: boolean; search?: string } = {},
) {
  const uid = `ember${id.length + 90}`;
  const shown = o.multiple
    ? `<ul id="ember-power-select-multiple-options-${uid}" class="ember-power-select-multiple-options">${chosen
        .map(
          (v, i) =>
            `<li class="ember-power-select-multiple-option"><span role="button" aria-label="remove element" class="ember-power-select-multiple-remove-btn" data-selected-index="${i}">×</span>${body(v)}</li>`,
        )
        .join(
          '',
        )}</ul>${chosen.length ? '' : '<span class="hds-text hds-typography-body-200 hds-font-weight-regular ember-power-select-placeholder">Select codes</span>'}`
    : chosen.length
      ? `<span class="ember-power-select-selected-item">${body(chosen[0]!)}</span>`
      : '<span class="hds-text hds-typography-body-200 hds-font-weight-regular ember-power-select-placeholder">Select one</span>';
  const content = o.open
    ? `<div id="ember-basic-dropdown-content-${uid}" class="ember-basic-dropdown-content ember-power-select-dropdown ember-basic-dropdown-content--below ember-basic-dropdown-content--in-place ember-basic-dropdown--transitioned-in"><div class="ember-power-select-search"><input type="search" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" role="combobox" class="ember-power-select-search-input" value="${o.search ?? ''}" aria-controls="ember-power-select-options-${uid}" aria-expanded="true" placeholder="Search"></div><ul class="ember-power-select-options" role="listbox"${o.multiple ? ' aria-multiselectable="true"' : ''} id="ember-power-select-options-${uid}">${options
        .map(
          (v, i) =>
            `<li class="ember-power-select-option" id="${uid}-${i}" aria-selected="${chosen.includes(v)}" aria-current="${i === 0}" data-option-index="${i}" role="option">${body(v)}</li>`,
        )
        .join('')}</ul>${
        o.multiple
          ? `<div class="hds-form-super-select__after-options"><p class="hds-text hds-typography-body-100 hds-font-weight-medium hds-form-super-select__result-count">${chosen.length} selected of ${options.length} total</p><button type="button" class="hds-button hds-button--size-small hds-button--color-tertiary">Show selected</button><button type="button" class="hds-button hds-button--size-small hds-button--color-tertiary">Clear selected</button></div>`
          : ''
      }</div>`
    : `<div id="ember-basic-dropdown-content-${uid}" class="ember-basic-dropdown-content-placeholder" style="display: none;"></div>`;
  return field(
    id,
    label,
    `<div class="hds-form-super-select ${o.multiple ? 'hds-form-super-select-multiple' : 'hds-form-super-select-single'}"><div class="ember-basic-dropdown-trigger ember-power-select-trigger${o.multiple ? ' ember-power-select-multiple-trigger' : ''}${o.open ? ' ember-basic-dropdown-trigger--below ember-basic-dropdown-trigger--in-place' : ''}" tabindex="0" id="${id}" role="combobox" aria-labelledby="label-${id}" aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-controls="ember-basic-dropdown-content-${uid}" data-ebd-id="${uid}-trigger">${shown}<span class="ember-power-select-status-icon"></span></div>${content}</div>`,
  );
}

const radioGroup = (id: string, legend: string, value: string, options: string[]) =>
  `<fieldset class="hds-form-group hds-form-group--layout-vertical" id="${id}"><legend class="hds-form-legend hds-form-group__legend">${legend}</legend><div class="hds-form-group__control-fields-wrapper">${options
    .map(
      (v, i) =>
        `<div class="hds-form-field hds-form-field--layout-flag hds-form-group__control-field"><label class="hds-form-label hds-typography-body-200 hds-font-weight-semibold hds-form-field__label" for="${id}-${i}" id="label-${id}-${i}">${v}</label><div class="hds-form-field__control"><input class="hds-form-radio" id="${id}-${i}" name="${id}" value="${v}" type="radio"${v === value ? ' checked' : ''}></div></div>`,
    )
    .join('')}</div></fieldset>`;

const section = (title: string, inner: string) =>
  `<div class="hds-form-section"><div class="hds-form-section__header"><h2 class="hds-text hds-typography-display-300 hds-font-weight-bold hds-form-header-title">${title}</h2></div>${inner}</div>`;
const form = (inner: string, tail = '') =>
  `<main class="hds-app-frame__main"><div class="hds-page-header"><h1 class="hds-page-header__title hds-typography-display-500">New prior authorization</h1></div><form class="hds-form">${inner}<div class="hds-form__footer"><button type="submit" class="hds-button hds-button--size-medium hds-button--color-primary"><span class="hds-button__text">Submit request</span></button></div></form></main>${tail}`;

const therapies = () =>
  section(
    'Prior therapies',
    [0, 1]
      .map((r) =>
        section(
          `Therapy ${r + 1}`,
          (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
            .map((k) => {
              const l = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' }[k];
              const v = ISO_THERAPIES[`priorTherapies.${r as 0 | 1}.${k}`];
              return k === 'start' || k === 'stop' ? date(`t${r}-${k}`, l, v) : text(`t${r}-${k}`, l, v);
            })
            .join(''),
        )
          .replace('<h2 class="hds-text hds-typography-display-300', '<h3 class="hds-text hds-typography-display-100')
          .replace('</h2>', '</h3>'),
      )
      .join(''),
  );

/** Form::KeyValueInputs of the therapies: one row per therapy, each field labelled (with a hidden "row N"), the
 *  headers of rows after the first hidden by a screen-reader-only mixin in the stylesheet, a Delete row button. */
const keyValue = () => {
  const cols = [
    ['drug', 'Drug'],
    ['dose', 'Dose'],
    ['start', 'Start date'],
    ['stop', 'Stop date'],
    ['outcome', 'Outcome'],
  ] as const;
  let n = 60;
  return `<fieldset class="hds-form-key-value-inputs" aria-labelledby="legend-ember59" tabindex="-1" style="--hds-key-value-inputs-columns: 1fr 1fr 1fr 1fr 1fr auto;"><div class="hds-form-key-value-inputs__header"><legend class="hds-form-legend hds-form-key-value-inputs__legend" id="legend-ember59">Prior therapies</legend><div class="hds-form-helper-text hds-typography-body-100 hds-font-weight-regular hds-form-key-value-inputs__helper-text" id="helper-text-ember59">List each therapy tried before this request.</div></div>${[
    0, 1,
  ]
    .map(
      (r) =>
        `<div class="hds-form-key-value-inputs__row${r === 0 ? ' hds-form-key-value-inputs__row--first' : ''}">${cols
          .map(([k, l]) => {
            const id = `ember${n++}`;
            const v = ISO_THERAPIES[`priorTherapies.${r as 0 | 1}.${k}`];
            return `<div class="hds-form-key-value-inputs__field"><div class="hds-form-key-value-inputs__field-header"><label class="hds-form-label hds-typography-body-200 hds-font-weight-semibold hds-form-key-value-inputs__field-label" for="${id}" id="label-${id}">${l}<span class="sr-only">row ${r + 1}</span></label></div><div class="hds-form-key-value-inputs__field-control"><input class="hds-form-text-input hds-typography-body-200 hds-font-weight-regular" id="${id}" value="${v}" type="${k === 'start' || k === 'stop' ? 'date' : 'text'}"></div></div>`;
          })
          .join(
            '',
          )}<span class="hds-form-key-value-inputs__delete-row-button-container"><button class="hds-button hds-button--size-medium hds-button--color-secondary hds-button--is-icon-only hds-form-key-value-inputs__delete-row-button" type="button" aria-label="Delete row ${r + 1}"><span class="hds-button__icon"><svg class="hds-icon hds-icon-trash" width="16" height="16" aria-hidden="true"><use href="#flight-trash-16"></use></svg></span></button></span></div>`,
    )
    .join(
      '',
    )}<div class="hds-form-key-value-inputs__footer"><button class="hds-button hds-button--size-medium hds-button--color-secondary hds-form-key-value-inputs__add-row-button" type="button" aria-description="Adds a new row of one or more inputs at the end of the form field. Press shift tab to move focus back to the newly added row."><span class="hds-button__icon"><svg class="hds-icon hds-icon-plus" width="16" height="16" aria-hidden="true"></svg></span><span class="hds-button__text">Add row</span></button></div></fieldset>`;
};

const request = (o: { codesOpen?: boolean; sections?: boolean } = {}) =>
  `${section('Patient', `${text('ember41', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('ember42', 'Date of birth', '1988-03-14')}${text('ember43', 'Weight (kg)', '72')}`)}
  ${section('Diagnosis', superSelect('ember44', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { multiple: true, open: o.codesOpen }))}
  ${section(
    'Medication',
    `${superSelect('ember45', 'Drug name', [ILARIS['drug.name']], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('ember46', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ember47', 'NDC', ILARIS['drug.ndc'])}${text('ember48', 'Dose (mg)', '150')}${text('ember49', 'Billing units', '150')}${radioGroup('ember50', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
  )}
  ${section('Labs', `${text('ember51', 'CRP (mg/L)', '24')}${date('ember52', 'CRP collection date', '2026-11-02')}`)}
  ${o.sections ? therapies() : keyValue()}
  ${section('Prescriber', text('ember53', 'Prescriber NPI', ILARIS['prescriber.npi'], { helper: '10-digit National Provider Identifier' }))}`;

const pastTable = `<h2 class="hds-text hds-typography-display-300">Past requests</h2><div class="hds-filter-bar"><input class="hds-form-text-input hds-typography-body-200 hds-font-weight-regular" type="search" aria-label="Search by member ID" placeholder="Search by member ID" value="U0000000001"></div><div class="hds-table__container"><table class="hds-table hds-table--layout-auto hds-table--density-medium hds-table--valign-top"><thead class="hds-table__thead"><tr class="hds-table__tr">${[
  'Member ID',
  'Drug',
  'Dose (mg)',
  'Submitted',
  'Status',
]
  .map((c) => `<th class="hds-table__th" scope="col"><div class="hds-table__th-content">${c}</div></th>`)
  .join('')}</tr></thead><tbody class="hds-table__tbody">${[
  ['U0000000001', 'Kineret (anakinra)', '100', '2026-07-01', 'Approved'],
  ['U0000000001', 'Actemra (tocilizumab)', '162', '2026-03-10', 'Denied'],
]
  .map(
    (r) =>
      `<tr class="hds-table__tr">${r.map((c) => `<td class="hds-table__td hds-typography-body-200 hds-font-weight-regular">${c}</td>`).join('')}</tr>`,
  )
  .join('')}</tbody></table></div>`;

describe('Helios 6: Form fields, SuperSelect single and multiple (ember-power-select), Radio group, Table', () => {
  it('reads the full Ilaris request', () => {
    page(form(request()));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads prior therapies drawn as sections titled "Therapy 1" and "Therapy 2"', () => {
    page(form(request({ sections: true })));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
  });

  it('reads a closed SuperSelect as its selected item', () => {
    page(
      form(
        superSelect('ember45', 'Drug name', [ILARIS['drug.name']], ['Ilaris (canakinumab)', 'Kineret (anakinra)']) +
          text('ember46', 'HCPCS code', 'J0638'),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
  });

  it('reads a SuperSelect showing its placeholder as empty', () => {
    page(
      form(
        superSelect('ember45', 'Drug name', [], ['Ilaris (canakinumab)', 'Kineret (anakinra)']) + text('ember46', 'HCPCS code', 'J0638'),
      ),
    );
    expect(read()['drug.name'] ?? '').toBe('');
  });

  it('reads an open SuperSelect as its selected item, not its current option or its search', () => {
    page(
      form(
        superSelect('ember45', 'Drug name', [ILARIS['drug.name']], ['Kineret (anakinra)', 'Ilaris (canakinumab)'], {
          open: true,
          search: 'ki',
        }) + text('ember46', 'HCPCS code', 'J0638'),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
    nothingFrom('.ember-basic-dropdown-content');
  });

  it('reads the multiple SuperSelect pills as the ICD-10 codes, closed or open with its footer', () => {
    for (const open of [false, true]) {
      page(
        form(
          superSelect('ember44', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { multiple: true, open }) +
            text('ember53', 'Prescriber NPI', ILARIS['prescriber.npi']),
        ),
      );
      expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
      nothingFrom('.ember-basic-dropdown-content');
    }
  });

  it('reads the checked radio of a Radio::Group (labels before their boxes) as the frequency', () => {
    page(
      form(
        radioGroup('ember50', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once']) +
          text('ember48', 'Dose (mg)', '150'),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.dose': '150' });
  });

  it('reads the ticked boxes of a Checkbox::Group (labels before their boxes) as the ICD-10 codes', () => {
    const boxes = ['M04.1', 'M06.1', 'M04.8']
      .map(
        (v, i) =>
          `<div class="hds-form-field hds-form-field--layout-flag hds-form-group__control-field"><label class="hds-form-label hds-typography-body-200 hds-font-weight-semibold hds-form-field__label" for="ember7${i}" id="label-ember7${i}">${v}</label><div class="hds-form-field__control"><input class="hds-form-checkbox" id="ember7${i}" name="codes" value="${v}" type="checkbox"${i < 2 ? ' checked' : ''}></div></div>`,
      )
      .join('');
    page(
      form(
        `<fieldset class="hds-form-group hds-form-group--layout-vertical" id="ember69"><legend class="hds-form-legend hds-form-group__legend">ICD-10 codes</legend><div class="hds-form-group__control-fields-wrapper">${boxes}</div></fieldset>${text('ember53', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('names a required field with an error by its label, without the Required badge or the message', () => {
    page(
      form(
        text('ember41', 'Member ID', 'U48291637', { required: true, error: 'Member ID must be 11 characters' }) +
          text('ember43', 'Weight (kg)', '72'),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U48291637', 'patient.weight': '72' });
  });

  it('reads a native Hds::Form::Select as its chosen option', () => {
    page(
      form(
        nativeSelect('ember45', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']) +
          text('ember46', 'HCPCS code', 'J0638'),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
  });

  it('reads nothing from an Hds::Table of past requests below the form, nor from its search box', () => {
    page(form(request(), pastTable));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('.hds-table__container');
  });
});
