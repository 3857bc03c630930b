import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Teradata Covalent 3.2 on Angular Material 11 (Teradata/covalent at v3.2.0 = ca5199f:
 * src/platform/dynamic-forms/dynamic-forms.component.html, dynamic-element.component.ts (the element
 * created beside `div[tdDynamicContainer]`), dynamic-elements/dynamic-{input,select,datepicker,file-input}
 * .component.html; src/platform/core/chips/chips.component.html + .ts (displayPlaceHolder);
 * src/platform/core/data-table/data-table.component.html and the column/cell/row/table components' host
 * classes; src/platform/core/steps/steps.component.html, step-header, step-body, common/animations/collapse;
 * the td-data-table, td-chips and td-steps were dropped after v3) and angular/components at 11.2.13
 * (625063c: src/material/form-field/form-field.html + form-field.ts `_hideControlPlaceholder`,
 * select/select.html + select.ts host (role=combobox), input/input.ts host, autocomplete/autocomplete.html +
 * autocomplete-trigger.ts host):
 * - td-dynamic-forms: `form > div.td-dynamic-form-wrapper > div.td-dynamic-element-wrapper > td-dynamic-element >
 *   div[tddynamiccontainer]` + `td-dynamic-input > div.td-dynamic-input-wrapper > mat-form-field` (legacy: the
 *   control first in `.mat-form-field-infix`, then `label.mat-form-field-label[for][aria-owns] > mat-label`,
 *   hint/error in the subscript wrapper); a datepicker input `.mat-datepicker-input[aria-haspopup=dialog]`
 *   showing the NativeDateAdapter's en-US "3/14/1988", its toggle in `.mat-form-field-suffix`.
 * - td-chips: `div.td-chips-wrapper` of `mat-basic-chip > div.td-chip > span.td-chip-content > span` text +
 *   `mat-icon.td-chip-removal` "cancel", then `mat-form-field.td-chips-form-field` (floatLabel never) holding
 *   the `input.mat-autocomplete-trigger[role=combobox]` whose placeholder is promoted to the field's label
 *   (removed from the input, kept in data-placeholder); the autocomplete panel `div.mat-autocomplete-panel
 *   [role=listbox]` in the cdk overlay container while open.
 * - td-data-table: a header `table.td-data-table` (thead > `tr.td-data-table-column-row` > `th.td-data-table-column`
 *   > `span.td-data-table-heading` with the label and the `mat-icon` "arrow_upward" sort icon), then
 *   `div.td-data-table-scrollable` > a spacer `div` + the body `table.td-data-table` > `tbody > tr.td-data-table-row
 *   > td.td-data-table-cell > div.td-data-table-cell-content-wrapper > span`; selectable: `mat-checkbox` in the
 *   header, `mat-pseudo-checkbox` in each row's first cell.
 * - td-steps (vertical): `div.td-step > td-step-header` (circle number or "check_circle" icon, label, sublabel) +
 *   `td-step-body > div.td-step-body > div.td-step-content-wrapper` (collapsed: `height: 0px; overflow:
 *   hidden`) + the summary div.
 */

let n = 0;
type FF = {
  label?: string;
  hint?: string;
  error?: string;
  suffix?: string;
  type?: string;
  empty?: boolean;
  cls?: string;
  required?: boolean;
};
/** a legacy mat-form-field around `control` (whose id is `controlId`) */
function formField(controlId: string, control: string, o: FF & { promoted?: string }): string {
  const labelId = `mat-form-field-label-${n++}`;
  const text = o.label ? `<mat-label>${o.label}</mat-label>` : `<span>${o.promoted ?? ''}</span>`;
  const marker = o.required ? '<span aria-hidden="true" class="mat-placeholder-required mat-form-field-required-marker"> *</span>' : '';
  const subscript = o.error
    ? `<div><mat-error role="alert" class="mat-error" id="mat-error-${n++}">${o.error}</mat-error></div>`
    : `<div class="mat-form-field-hint-wrapper">${o.hint !== undefined ? `<mat-hint class="mat-hint" id="mat-hint-${n++}">${o.hint}</mat-hint>` : ''}<div class="mat-form-field-hint-spacer"></div></div>`;
  return `<mat-form-field class="mat-form-field${o.cls ?? ''} mat-primary mat-form-field-type-${o.type ?? 'mat-input'} mat-form-field-appearance-legacy mat-form-field-can-float mat-form-field-has-label${o.empty ? '' : ' mat-form-field-should-float'}${o.label ? '' : ' mat-form-field-hide-placeholder'} ng-untouched ng-pristine ng-valid"><div class="mat-form-field-wrapper"><div class="mat-form-field-flex"><div class="mat-form-field-infix">${control.replaceAll('LABEL_ID', labelId)}<span class="mat-form-field-label-wrapper"><label class="mat-form-field-label${o.empty ? ' mat-empty mat-form-field-empty' : ''}" id="${labelId}" for="${controlId}" aria-owns="${controlId}">${text}${marker}</label></span></div>${
    o.suffix ? `<div class="mat-form-field-suffix">${o.suffix}</div>` : ''
  }</div><div class="mat-form-field-underline"><span class="mat-form-field-ripple"></span></div><div class="mat-form-field-subscript-wrapper">${subscript}</div></div></mat-form-field>`;
}

const element = (kind: string, inner: string) =>
  `<div class="td-dynamic-element-wrapper" style="max-width: 50%; flex: 1 1 50%;"><td-dynamic-element class="ng-untouched ng-pristine ng-valid"><div tddynamiccontainer=""></div><td-dynamic-${kind}><div class="td-dynamic-${kind}-wrapper">${inner}</div></td-dynamic-${kind}></td-dynamic-element></div>`;
const input = (name: string, label: string, value: string, o: FF & { inputType?: string } = {}) => {
  const id = `mat-input-${n++}`;
  return element(
    'input',
    formField(
      id,
      `<input matinput="" class="mat-input-element mat-form-field-autofill-control ng-untouched ng-pristine ng-valid" type="${o.inputType ?? 'text'}" name="${name}" id="${id}"${o.required ? ' required=""' : ''} aria-invalid="${!!o.error}" aria-required="${!!o.required}" value="${value}">`,
      { ...o, label, empty: !value, cls: ' td-dynamic-input-field' },
    ),
  );
};
const toggle = `<mat-datepicker-toggle matsuffix="" class="mat-datepicker-toggle" tabindex="-1"><button mat-icon-button="" type="button" class="mat-focus-indicator mat-icon-button mat-button-base" aria-haspopup="dialog" aria-label="Open calendar" tabindex="0"><span class="mat-button-wrapper"><svg viewBox="0 0 24 24" width="24px" height="24px" fill="currentColor" focusable="false" class="mat-datepicker-toggle-default-icon"><path d="M19 3h-1V1h-2v2H8V1H6v2H5c-1.11 0-1.99.9-1.99 2L3 19c0 1.1.89 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 16H5V8h14v11zM7 10h5v5H7z"></path></svg></span></button></mat-datepicker-toggle>`;
const datepicker = (name: string, label: string, value: string) => {
  const id = `mat-input-${n++}`;
  return element(
    'datepicker',
    formField(
      id,
      `<input matinput="" class="mat-input-element mat-form-field-autofill-control mat-datepicker-input ng-untouched ng-pristine ng-valid" name="${name}" id="${id}" aria-haspopup="dialog" aria-invalid="false" aria-required="false" value="${value}"><mat-datepicker></mat-datepicker>`,
      { label, empty: !value, suffix: toggle, cls: ' td-dynamic-datepicker-field' },
    ),
  );
};
const option = (v: string, i: number, selected: boolean, multiple = false) =>
  `<mat-option role="option" class="mat-option mat-focus-indicator${multiple ? ' mat-option-multiple' : ''}${selected ? ' mat-selected mat-active' : ''}" id="mat-option-${i}" tabindex="0" aria-selected="${selected}" aria-disabled="false">${
    multiple
      ? `<mat-pseudo-checkbox class="mat-pseudo-checkbox mat-option-pseudo-checkbox${selected ? ' mat-pseudo-checkbox-checked' : ''}"></mat-pseudo-checkbox>`
      : ''
  }<span class="mat-option-text"> ${v} </span><div mat-ripple="" class="mat-option-ripple mat-ripple"></div></mat-option>`;
const overlay = (content: string) =>
  `<div class="cdk-overlay-container"><div class="cdk-overlay-backdrop cdk-overlay-transparent-backdrop cdk-overlay-backdrop-showing"></div><div class="cdk-overlay-connected-position-bounding-box" dir="ltr" style="top: 0px; left: 0px; height: 100%; width: 100%;"><div id="cdk-overlay-${n++}" class="cdk-overlay-pane" style="position: static;">${content}</div></div></div>`;

/** a td-dynamic-select; `panel` is its open panel for the overlay container */
function select(name: string, label: string, chosen: string, options: string[], o: { open?: boolean } = {}) {
  const id = `mat-select-${n++}`;
  const valueId = `mat-select-value-${n++}`;
  const shown = chosen
    ? `<span class="mat-select-value-text"><span class="mat-select-min-line">${chosen}</span></span>`
    : '<span class="mat-select-placeholder mat-select-min-line"></span>';
  const html = element(
    'select',
    formField(
      id,
      `<mat-select role="combobox" aria-autocomplete="none" aria-haspopup="true" class="mat-select${chosen ? '' : ' mat-select-empty'} ng-untouched ng-pristine ng-valid" name="${name}" id="${id}" tabindex="0"${o.open ? ` aria-controls="${id}-panel"` : ''} aria-expanded="${!!o.open}" aria-required="false" aria-disabled="false" aria-invalid="false" aria-labelledby="LABEL_ID ${valueId}"><div cdk-overlay-origin="" class="mat-select-trigger"${o.open ? ` aria-owns="${id}-panel"` : ''}><div class="mat-select-value" id="${valueId}">${shown}</div><div class="mat-select-arrow-wrapper"><div class="mat-select-arrow"></div></div></div></mat-select>`,
      { label, type: 'mat-select', empty: !chosen, cls: ' td-dynamic-select-field' },
    ),
  );
  const panel = o.open
    ? overlay(
        `<div class="mat-select-panel-wrap"><div role="listbox" tabindex="-1" class="mat-select-panel mat-primary" id="${id}-panel" aria-multiselectable="false" aria-labelledby="${/id="(mat-form-field-label-\d+)"/.exec(html)![1]}">${options
          .map((v, i) => option(v, i, v === chosen))
          .join('')}</div></div>`,
      )
    : '';
  return { html, panel };
}
const fileInput = (name: string, label: string, file: string) => {
  const id = `mat-input-${n++}`;
  return element(
    'file-input',
    `${formField(id, `<input matinput="" readonly="" class="mat-input-element mat-form-field-autofill-control" name="${name}" id="${id}" aria-invalid="false" aria-required="false" value="${file}">`, { label, empty: !file, cls: ' td-dynamic-file-input-field' })}${
      file
        ? '<button mat-icon-button="" class="mat-focus-indicator mat-icon-button mat-button-base"><span class="mat-button-wrapper"><mat-icon role="img" class="mat-icon notranslate material-icons mat-icon-no-color" aria-hidden="true">cancel</mat-icon></span></button>'
        : ''
    }<td-file-input class="td-file-input ng-untouched ng-pristine ng-valid"><button mat-raised-button="" type="button" class="mat-focus-indicator td-file-input mat-raised-button mat-button-base"><span class="mat-button-wrapper"><mat-icon role="img" class="mat-icon notranslate material-icons mat-icon-no-color" aria-hidden="true">folder</mat-icon><span>${label}</span></span></button><input type="file" class="td-file-input-hidden"></td-file-input>`,
  );
};
const dynamicForm = (elements: string) =>
  `<td-dynamic-forms><form novalidate="" class="ng-untouched ng-pristine ng-valid"><div class="td-dynamic-form-wrapper">${elements}</div></form></td-dynamic-forms>`;

/** td-chips with its autocomplete input; `panel` is its open suggestion list for the overlay container */
function chips(placeholder: string, tags: string[], o: { typed?: string; suggestions?: string[] } = {}) {
  const id = `mat-input-${n++}`;
  const open = !!o.suggestions;
  const items = tags
    .map(
      (t) =>
        `<mat-basic-chip tabindex="-1" role="option" class="mat-chip mat-focus-indicator mat-primary mat-basic-chip" aria-disabled="false"><div class="td-chip"><span class="td-chip-content"><span>${t}</span></span><mat-icon role="img" class="mat-icon notranslate td-chip-removal material-icons mat-icon-no-color" aria-hidden="true">cancel</mat-icon></div></mat-basic-chip>`,
    )
    .join('');
  const html = `<td-chips class="mat-primary" tabindex="0"><div class="td-chips-wrapper">${items}${formField(
    id,
    `<input matinput="" class="mat-input-element mat-form-field-autofill-control mat-autocomplete-trigger ng-untouched ng-pristine ng-valid" tabindex="-1" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="${open}" aria-haspopup="true"${open ? ' aria-owns="mat-autocomplete-0"' : ''} id="${id}" data-placeholder="${placeholder}" aria-invalid="false" aria-required="false" value="${o.typed ?? ''}">`,
    { promoted: placeholder, empty: !o.typed, cls: ' td-chips-form-field' },
  ).replace(
    ' mat-form-field-can-float',
    '',
  )}<mat-autocomplete class="mat-autocomplete"></mat-autocomplete></div><div class="mat-form-field-underline"><span class="mat-form-field-ripple"></span></div></td-chips>`;
  const panel = open
    ? overlay(
        `<div role="listbox" class="mat-autocomplete-panel mat-autocomplete-visible" id="mat-autocomplete-0">${o.suggestions!.map((s, i) => option(s, 10 + i, false)).join('')}</div>`,
      )
    : '';
  return { html, panel };
}

/** td-data-table: its header table apart, then the scrollable body table */
function dataTable(cols: string[], rows: string[][], o: { selectable?: boolean; selected?: number[] } = {}): string {
  const head = `<table td-data-table="" class="td-data-table${o.selectable ? ' mat-selectable' : ''}"><thead class="td-data-table-head"><tr td-data-table-column-row="" class="td-data-table-column-row">${
    o.selectable
      ? '<th td-data-table-column="" class="mat-checkbox-column td-data-table-column"><span class="td-data-table-heading"><span><mat-checkbox class="mat-checkbox mat-accent"><label class="mat-checkbox-layout" for="mat-checkbox-1-input"><span class="mat-checkbox-inner-container mat-checkbox-inner-container-no-side-margin"><input type="checkbox" class="mat-checkbox-input cdk-visually-hidden" id="mat-checkbox-1-input" tabindex="0" aria-checked="false"><span class="mat-checkbox-frame"></span></span><span class="mat-checkbox-label"><span style="display: none;">&nbsp;</span></span></label></mat-checkbox></span></span></th>'
      : ''
  }${cols
    .map(
      (c) =>
        `<th td-data-table-column="" class="mat-clickable mat-sortable td-data-table-column" style="min-width: 160px; max-width: 160px;"><span class="td-data-table-heading"><span><span class=""> ${c} </span></span><mat-icon role="img" class="mat-icon notranslate td-data-table-sort-icon material-icons mat-icon-no-color" aria-hidden="true"> arrow_upward </mat-icon></span></th>`,
    )
    .join('')}</tr></thead></table>`;
  const body = `<div class="td-data-table-scrollable"><div style="height: ${rows.length * 48}px;"></div><table td-data-table="" class="td-data-table${o.selectable ? ' mat-selectable' : ''}" style="transform: translateY(0px); position: absolute;"><tbody class="td-data-table-body">${rows
    .map(
      (r, i) =>
        `<tr td-data-table-row="" class="td-data-table-row${o.selected?.includes(i) ? ' td-selected' : ''}" tabindex="${o.selectable ? 0 : -1}">${
          o.selectable
            ? `<td td-data-table-cell="" class="mat-checkbox-cell td-data-table-cell"><div class="td-data-table-cell-content-wrapper"><mat-pseudo-checkbox class="mat-pseudo-checkbox${o.selected?.includes(i) ? ' mat-pseudo-checkbox-checked' : ''}"></mat-pseudo-checkbox></div></td>`
            : ''
        }${r.map((v) => `<td td-data-table-cell="" class="td-data-table-cell" style="min-width: 160px; max-width: 160px;"><div class="td-data-table-cell-content-wrapper"><span> ${v} </span></div></td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
  return `<td-data-table class="ng-star-inserted">${head}${body}</td-data-table>`;
}

const COLS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const card = (title: string, body: string) =>
  `<mat-card class="mat-card mat-focus-indicator"><mat-card-title class="mat-card-title">${title}</mat-card-title><mat-card-content class="mat-card-content">${body}</mat-card-content></mat-card>`;
const DATES = { 'patient.dob': '3/14/1988', 'labs.crpDate': '11/2/2026' };

const requestPage = (o: { codes?: string; therapies?: string; drugOpen?: boolean; tail?: string } = {}) => {
  const drug = select('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { open: o.drugOpen });
  const codes = chips('ICD-10 codes', ['M04.1', 'M06.1']);
  return `<td-layout><div class="td-layout-content">${card(
    'Prior authorization request',
    `${dynamicForm(
      `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${datepicker('dob', 'Date of birth', DATES['patient.dob'])}${input('weight', 'Weight (kg)', '72', { inputType: 'number' })}${drug.html}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'], { hint: '11 digits, 5-4-2' })}${input('dose', 'Dose (mg)', '150', { inputType: 'number' })}${input('units', 'Billing units', '150', { inputType: 'number' })}${input('crp', 'CRP (mg/L)', '24', { inputType: 'number' })}${datepicker('crpDate', 'CRP date', DATES['labs.crpDate'])}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
    )}${o.codes === '' ? '' : `<h3 class="mat-subheading-2">Diagnosis</h3>${o.codes ?? codes.html}`}<h3 class="mat-subheading-2">Prior therapies</h3>${o.therapies ?? dataTable(COLS, THERAPY_ROWS)}`,
  )}</div></td-layout>${drug.panel}${o.tail ?? ''}`;
};
const REQUEST = { ...ILARIS, ...DATES, 'diagnosis.codes.0': 'M04.1, M06.1' };
/** the request on a page with no diagnosis codes (focused pages: the codes' td-chips have tests of their own) */
const NO_CODES = { ...ILARIS, ...DATES };

describe('Teradata Covalent 3: td-dynamic-forms, td-chips, td-data-table, td-steps', () => {
  // misread: diagnosis.codes.0 = "": td-chips' input is read as a plain text box (its mat-basic-chip[role=option]
  // chips before its mat-form-field, removed by an aria-hidden mat-icon "cancel" and no button, are taken for
  // no chips: the dump shows them only as its text before, "M04.1 M06.1")
  it.fails('reads the full request: dynamic form, chips and the data table of prior therapies', () => {
    page(requestPage());
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a dynamic select by its shown value and nothing from its open panel in the overlay', () => {
    page(requestPage({ drugOpen: true, codes: '' }));
    expect(read()).toEqual({ ...NO_CODES, ...THERAPIES });
    nothingFrom('.cdk-overlay-container');
  });

  // misread: diagnosis.codes.0 = "" (the chips taken for no chips, as in the full request)
  it.fails('reads td-chips as their chips', () => {
    page(requestPage());
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    expect(read()['diagnosis.codes.0']).toBe('M04.1, M06.1');
  });

  // misread: WRONG VALUE: diagnosis.codes.0 = "M04.8", the search typed into td-chips' autocomplete input
  // while its suggestions are open (read as a plain text box, its chips unseen)
  it.fails('reads td-chips as their chips, not the code typed in the box nor the open suggestions', () => {
    const c = chips('ICD-10 codes', ['M04.1', 'M06.1'], { typed: 'M04.8', suggestions: ['M04.8', 'M04.89'] });
    page(requestPage({ codes: c.html, tail: c.panel }));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    nothingFrom('.cdk-overlay-container');
  });

  it('reads empty td-chips (only the promoted placeholder label) as empty', () => {
    page(requestPage({ codes: chips('ICD-10 codes', []).html }));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES, 'diagnosis.codes.0': '' });
  });

  it('reads a selectable data table past its checkbox column', () => {
    page(requestPage({ codes: '', therapies: dataTable(COLS, THERAPY_ROWS, { selectable: true, selected: [0] }) }));
    expect(read()).toEqual({ ...NO_CODES, ...THERAPIES });
  });

  it('takes no therapy from a data table of past requests and no CRP value from an uploaded report name', () => {
    const past = dataTable(
      ['Request #', 'Member ID', 'Drug', 'Submitted', 'Status'],
      [
        ['PA-20931', 'U4829163702', 'Kineret (anakinra)', '6/28/2026', 'Approved'],
        ['PA-20412', 'U4829163702', 'Humira (adalimumab)', '1/2/2026', 'Denied'],
      ],
    );
    page(
      `${requestPage({ codes: '', therapies: dataTable(COLS, []) })}${card('Past requests', past)}`.replace(
        '<div class="td-dynamic-form-wrapper">',
        `<div class="td-dynamic-form-wrapper">${fileInput('crpReport', 'CRP lab report', 'crp-2026-11-02.pdf')}`,
      ),
    );
    expect(read()).toEqual(NO_CODES);
  });

  it('reads the request across vertical td-steps, a completed step collapsed under its summary', () => {
    const step = (i: number, label: string, sub: string, state: 'complete' | 'active', body: string, summary = '') =>
      `<div class="td-step"><td-step-header class="td-step-vertical-header"><div class="td-step-header" tabindex="0">${
        state === 'complete'
          ? '<div class="td-complete"><mat-icon role="img" class="mat-icon notranslate mat-complete material-icons mat-icon-no-color" aria-hidden="true">check_circle</mat-icon></div>'
          : `<div class="td-circle mat-active"><span>${i}</span></div>`
      }<div class="td-step-label-wrapper"><div class="td-step-label">${label}</div><div class="td-step-sublabel">${sub}</div></div><span class="td-step-header-separator"></span>${
        state === 'complete'
          ? '<mat-icon role="img" class="mat-icon notranslate td-edit-icon material-icons mat-icon-no-color" aria-hidden="true">mode_edit</mat-icon>'
          : ''
      }</div></td-step-header><td-step-body><div class="td-line-wrapper"><div class="td-vertical-line"></div></div><div class="td-step-body"><div class="td-step-content-wrapper" style="${state === 'complete' ? 'height: 0px; overflow: hidden;' : ''}"><div class="td-step-content">${body}</div><div class="td-step-actions"><button mat-raised-button="" color="primary" class="mat-focus-indicator mat-raised-button mat-button-base mat-primary"><span class="mat-button-wrapper">Continue</span></button></div></div><div class="${summary ? 'td-step-summary' : ''}" style="${state === 'complete' ? '' : 'height: 0px; overflow: hidden;'}">${summary}</div></div></td-step-body></div>`;
    const drug = select('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']);
    page(
      `<td-steps mode="vertical">${step(
        1,
        'Member',
        'Eligibility checked',
        'complete',
        dynamicForm(
          `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${datepicker('dob', 'Date of birth', DATES['patient.dob'])}${input('weight', 'Weight (kg)', '72', { inputType: 'number' })}`,
        ),
        '<p>Member U4829163702, born 3/14/1988, 72 kg</p>',
      )}${step(
        2,
        'Medication',
        'Drug, codes and labs',
        'active',
        `${dynamicForm(
          `${drug.html}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150', { inputType: 'number' })}${input('units', 'Billing units', '150', { inputType: 'number' })}${input('crp', 'CRP (mg/L)', '24', { inputType: 'number' })}${datepicker('crpDate', 'CRP date', DATES['labs.crpDate'])}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        )}`,
      )}</td-steps>`,
    );
    expect(read()).toEqual(NO_CODES);
    noDuplicatePaths();
  });

  it("reads the rows a td-search-box filter left, and nothing from the filter or the paging bar's page-size select", () => {
    const search = `<div layout="row" class="pad-left-sm pad-right-sm"><span class="push-left-sm"><span class="mat-title">Prior therapies</span></span><td-search-box class="push-right-sm" flex=""><div class="td-search-box"><button mat-icon-button="" type="button" class="mat-focus-indicator td-search-icon mat-icon-button mat-button-base"><span class="mat-button-wrapper"><mat-icon role="img" class="mat-icon notranslate material-icons mat-icon-no-color" aria-hidden="true">arrow_back</mat-icon></span></button><td-search-input class="ng-untouched ng-pristine ng-valid"><div class="td-search-input">${formField(
      'mat-input-90',
      '<input matinput="" type="search" class="mat-input-element mat-form-field-autofill-control ng-untouched ng-pristine ng-valid" id="mat-input-90" data-placeholder="Filter" aria-invalid="false" aria-required="false" value="anakinra">',
      { promoted: 'Filter', cls: ' td-search-input-field' },
    ).replace(
      ' mat-form-field-can-float',
      '',
    )}<button mat-icon-button="" type="button" class="mat-focus-indicator td-search-input-clear mat-icon-button mat-button-base"><span class="mat-button-wrapper"><mat-icon role="img" class="mat-icon notranslate material-icons mat-icon-no-color" aria-hidden="true">cancel</mat-icon></span></button></div></td-search-input></div></td-search-box></div><mat-divider role="separator" class="mat-divider mat-divider-horizontal" aria-orientation="horizontal"></mat-divider>`;
    const paging = `<td-paging-bar><div class="td-paging-bar"><span hide-xs="">Rows per page:</span><mat-select role="combobox" aria-autocomplete="none" aria-haspopup="true" class="mat-select" id="mat-select-91" tabindex="0" aria-expanded="false" aria-required="false" aria-disabled="false" aria-invalid="false" aria-labelledby="mat-select-value-92" style="width: 50px;"><div cdk-overlay-origin="" class="mat-select-trigger"><div class="mat-select-value" id="mat-select-value-92"><span class="mat-select-value-text"><span class="mat-select-min-line">50</span></span></div><div class="mat-select-arrow-wrapper"><div class="mat-select-arrow"></div></div></div></mat-select> 1-1 <span hide-xs="">of 1</span><div class="td-paging-bar-navigation"><button mat-icon-button="" type="button" disabled="true" class="mat-focus-indicator td-paging-bar-prev-page mat-icon-button mat-button-base mat-button-disabled"><span class="mat-button-wrapper"><mat-icon role="img" class="mat-icon notranslate material-icons mat-icon-no-color" aria-hidden="true">navigate_before</mat-icon></span></button><button mat-icon-button="" type="button" disabled="true" class="mat-focus-indicator td-paging-bar-next-page mat-icon-button mat-button-base mat-button-disabled"><span class="mat-button-wrapper"><mat-icon role="img" class="mat-icon notranslate material-icons mat-icon-no-color" aria-hidden="true">navigate_next</mat-icon></span></button></div></div></td-paging-bar>`;
    page(requestPage({ codes: '', therapies: `${search}${dataTable(COLS, [THERAPY_ROWS[1]!])}${paging}` }));
    expect(read()).toEqual({
      ...NO_CODES,
      'priorTherapies.0.drug': 'anakinra',
      'priorTherapies.0.dose': '100 mg daily',
      'priorTherapies.0.start': '07/01/2026',
      'priorTherapies.0.stop': '09/15/2026',
      'priorTherapies.0.outcome': 'Injection-site reactions',
    });
    nothingFrom('td-search-box');
    nothingFrom('td-paging-bar');
  });
});
