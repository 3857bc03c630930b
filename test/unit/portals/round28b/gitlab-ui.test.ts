import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * GitLab UI 31.5 (gitlab-org/gitlab-ui, read from the GitHub mirror nickbrandt/gitlab-ui at f368605, on
 * bootstrap-vue 2.18.1 and pikaday 1.8): src/components/base/form/form_group/form_group.vue (b-form-group,
 * label class `col-form-label`), form_input (`input.gl-form-input.form-control`), form_select
 * (`select.gl-form-select.custom-select`), dropdown/dropdown.vue + dropdown_item.vue (b-dropdown used as a
 * select: `button.dropdown-toggle > span.gl-new-dropdown-button-text` + chevron svg, then `ul.dropdown-menu`
 * left in the DOM while closed, items `li.gl-new-dropdown-item > button[role=menuitem]` with a check icon
 * hidden by `gl-visibility-hidden` on the unchosen ones), token_selector/token_selector.vue +
 * token_container.vue + token_selector_dropdown.vue (tokens `div[role=option]` in a `role=listbox` container,
 * each a GlToken with a close button aria-label "Close", then the input; its menu of the codes not chosen is
 * rendered even while closed, only CSS hides `ul.dropdown-menu` without `show`), token/token.vue,
 * datepicker/datepicker.vue (Pikaday bound to the input, format YYYY-MM-DD, container: the datepicker's own
 * root; `div.pika-single.gl-datepicker-theme` stays there after it closes, classed `is-hidden`), GlTable
 * (b-table: `table.table.b-table.gl-table` with role attributes), GlModal (b-modal portalled to the end of
 * body). This version predates GlCollapsibleListbox; GlDropdown is the select it offers.
 */

const icon = (name: string, cls = 'gl-icon s16') =>
  `<svg data-testid="${name}-icon" role="img" aria-hidden="true" class="${cls}"><use href="/assets/icons.svg#${name}"></use></svg>`;

type Extra = { description?: string; invalid?: string };
let uid = 10;
/** GlFormGroup with label-for: a `div[role=group]` with a `<label for>`. */
const group = (forId: string, label: string, control: string, o: Extra = {}) => {
  const g = `__BVID__${uid++}`;
  return `<div role="group" class="form-group gl-form-group${o.invalid ? ' is-invalid' : ''}" id="${g}"><label for="${forId}" class="d-block col-form-label" id="${g}__BV_label_">${label}</label><div>${control}${
    o.invalid
      ? `<div id="${g}__BV_feedback_invalid_" tabindex="-1" role="alert" aria-live="assertive" aria-atomic="true" class="invalid-feedback d-block">${o.invalid}</div>`
      : ''
  }${o.description ? `<small tabindex="-1" id="${g}__BV_description_" class="form-text text-muted">${o.description}</small>` : ''}</div></div>`;
};
/** GlFormGroup with no label-for: a fieldset with a legend. */
const fieldset = (id: string, label: string, content: string) =>
  `<fieldset class="form-group gl-form-group" id="${id}"><legend tabindex="-1" class="bv-no-focus-ring col-form-label pt-0" id="${id}__BV_label_">${label}</legend><div>${content}</div></fieldset>`;

const input = (id: string, value: string, o: { invalid?: boolean; disabled?: boolean; placeholder?: string } = {}) =>
  `<input id="${id}" type="text"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.disabled ? ' disabled="disabled"' : ''} class="gl-form-input form-control${o.invalid ? ' is-invalid' : ''}"${o.invalid ? ' aria-invalid="true"' : ''} value="${value}">`;
const text = (id: string, label: string, value: string, o: Extra = {}) => group(id, label, input(id, value, { invalid: !!o.invalid }), o);

const nativeSelect = (id: string, label: string, value: string, options: string[], prompt = 'Select a drug') =>
  group(
    id,
    label,
    `<select id="${id}" class="gl-form-select custom-select"><option value="">${prompt}</option>${options.map((v) => `<option value="${v}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
  );

/** GlFormCombobox: a `role=combobox` div around a GlFormGroup and its searchbox input, then its suggestions
 *  (GlDropdownItems whose role="option" BV overrides with menuitem), rendered for the current value and hidden by
 *  v-show while closed. */
const combobox = (n: number, label: string, value: string, results: string[], open = false) =>
  `<div class="gl-form-combobox dropdown" role="combobox" aria-owns="token-suggestions-${n}" aria-expanded="${open}">${group(
    `token-input-${n}`,
    label,
    `<input id="token-input-${n}" type="text" role="searchbox" autocomplete="off" aria-autocomplete="list" aria-controls="token-suggestions-${n}" aria-haspopup="listbox" class="gl-form-input form-control" value="${value}">`,
  )}<div id="token-suggestions-${n}" data-testid="combobox-dropdown" class="dropdown-menu dropdown-full-width${open ? ' show-dropdown' : ''}"${open ? '' : ' style="display: none;"'}>${results
    .map(
      (r, i) =>
        `<li role="presentation" class="gl-new-dropdown-item${open && i === 0 ? ' highlight-dropdown' : ''}"><button role="menuitem" aria-selected="${open && i === 0}" tabindex="-1" type="button" class="dropdown-item"><div class="gl-new-dropdown-item-text-wrapper"><p class="gl-new-dropdown-item-text-primary">${r}</p></div></button></li>`,
    )
    .join('')}</div></div>`;

/** GlDropdown used as a select (its toggle shows the chosen text); the menu stays in the DOM while closed. */
const dropdown = (id: string, label: string, value: string, options: string[], open = false) =>
  group(
    id,
    label,
    `<div id="${id}" class="dropdown b-dropdown gl-new-dropdown btn-group${open ? ' show' : ''}"><button aria-haspopup="true" aria-expanded="${open}" type="button" class="btn dropdown-toggle btn-default btn-md gl-button gl-dropdown-toggle" id="${id}__BV_toggle_"><span class="gl-new-dropdown-button-text">${value || 'Select frequency'}</span>${icon('chevron-down', 'gl-button-icon dropdown-chevron gl-icon s16')}</button><ul role="menu" tabindex="-1" class="dropdown-menu${open ? ' show' : ''}" aria-labelledby="${id}__BV_toggle_"><div class="gl-new-dropdown-inner"><div class="gl-new-dropdown-contents">${options
      .map(
        (v) =>
          `<li role="presentation" class="gl-new-dropdown-item"><button role="menuitem" type="button" class="dropdown-item">${icon('mobile-issue-close', `gl-icon s16 gl-new-dropdown-item-check-icon${v === value ? '' : ' gl-visibility-hidden'}`)}<div class="gl-new-dropdown-item-text-wrapper"><p class="gl-new-dropdown-item-text-primary">${v}</p></div></button></li>`,
      )
      .join('')}</div></div></ul></div>`,
  );

const token = (name: string) =>
  `<div data-token-id="${name}" class="gl-token-selector-token-container gl-px-1 gl-py-1 gl-outline-none" role="option" tabindex="-1"><span class="gl-token gl-token-default-variant gl-cursor-default"><span class="gl-token-content"><span>${name}</span><button aria-label="Close" type="button" class="btn gl-token-close gl-close-btn-color-inherit btn-default btn-sm gl-button btn-default-tertiary btn-icon">${icon('close', 'gl-button-icon gl-icon s16')}</button></span></span></div>`;
/** GlTokenSelector in a fieldset GlFormGroup, its input labelled by the legend; the menu lists the codes not chosen. */
const tokens = (chosen: string[], rest: string[], o: { typed?: string; open?: boolean } = {}) =>
  fieldset(
    'dx-group',
    'ICD-10 codes',
    `<div><div class="gl-token-selector gl-form-input form-control form-control-plaintext gl-cursor-text! gl-py-2! gl-px-3!${o.open ? ' gl-token-selector-focus-glow' : ''}"><div class="gl-display-flex gl-flex-wrap gl-align-items-center gl-my-n1 gl-mx-n1" role="listbox" aria-multiselectable="false" aria-orientation="horizontal">${chosen.map(token).join('')}<input type="text" class="gl-token-selector-input gl-bg-none gl-font-regular gl-font-base gl-line-height-normal gl-px-1 gl-h-auto gl-text-gray-900 gl-border-none gl-outline-none gl-flex-grow-1" autocomplete="off" aria-labelledby="dx-group__BV_label_" placeholder="Search codes" value="${o.typed ?? ''}"></div></div><div class="dropdown b-dropdown gl-new-dropdown gl-relative${o.open ? ' show' : ''}"><ul role="menu" class="dropdown-menu gl-absolute${o.open ? ' show' : ''}">${rest
      .map(
        (v) =>
          `<li role="presentation" class="gl-new-dropdown-item"><button role="menuitem" type="button" class="dropdown-item" tabindex="-1" id="token-selector-1-dropdown-item-${v}" data-dropdown-item-id="${v}">${icon('mobile-issue-close', 'gl-icon s16 gl-new-dropdown-item-check-icon gl-visibility-hidden')}<div class="gl-new-dropdown-item-text-wrapper"><p class="gl-new-dropdown-item-text-primary" data-slot="${v}"></p></div></button></li>`,
      )
      .join('')}</ul></div></div>`,
  );

/** Pikaday's calendar for November 2026 with the 2nd selected; `hidden` once it has closed. */
const pika = (hidden: boolean) => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const days = Array.from({ length: 30 }, (_, i) => i + 1);
  const rows = [0, 1, 2, 3, 4].map(
    (w) =>
      `<tr class="pika-row">${days
        .slice(w * 7, w * 7 + 7)
        .map(
          (d) =>
            `<td data-day="${d}" class="${d === 2 ? 'is-selected' : ''}" aria-selected="${d === 2}"><button class="pika-button pika-day" type="button" data-pika-year="2026" data-pika-month="10" data-pika-day="${d}">${d}</button></td>`,
        )
        .join('')}</tr>`,
  );
  return `<div class="pika-single gl-datepicker-theme position-absolute is-bound${hidden ? ' is-hidden' : ''}" style="position: absolute; left: 0px; top: 38px;"><div class="pika-lendar"><div id="pika-title-xk" class="pika-title" role="heading" aria-live="assertive"><div class="pika-label">November<select class="pika-select pika-select-month" tabindex="-1">${months.map((m, i) => `<option value="${i}"${i === 10 ? ' selected' : ''}>${m}</option>`).join('')}</select></div><div class="pika-label">2026<select class="pika-select pika-select-year" tabindex="-1"><option value="2025">2025</option><option value="2026" selected>2026</option></select></div><button class="pika-prev" type="button">Previous Month</button><button class="pika-next" type="button">Next Month</button></div><table cellpadding="0" cellspacing="0" class="pika-table" role="grid" aria-labelledby="pika-title-xk"><thead><tr>${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => `<th scope="col"><abbr title="${d}">${d}</abbr></th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></div>`;
};
/** GlDatepicker's own markup (the input, the calendar button); `calendar` is Pikaday's element inside its root. */
const datepicker = (id: string, value: string, calendar = '') =>
  `<div class="gl-datepicker d-inline-block"><div class="position-relative">${input(id, value, { placeholder: 'YYYY-MM-DD' }).replace('class="gl-form-input', 'data-testid="gl-datepicker-input" autocomplete="off" class="gl-datepicker-input gl-pr-7! gl-form-input')}<div class="gl-datepicker-actions"><button aria-label="Open datepicker" type="button" class="btn gl-pointer-events-auto btn-default btn-sm gl-button btn-default-tertiary btn-icon">${icon('calendar', 'gl-button-icon gl-icon s16')}</button></div></div>${calendar}</div>`;
/** GlDatepicker in a GlFormGroup (label-for = the input's id). */
const date = (id: string, label: string, value: string, calendar = '') => group(id, label, datepicker(id, value, calendar));

/** page(), then each token menu item's slot `div` put inside its `<p>` as Vue builds it (an HTML parser would close the `<p>`). */
const render = (html: string) => {
  page(html);
  for (const p of Array.from(document.querySelectorAll('p[data-slot]'))) {
    const div = document.createElement('div');
    div.className = 'gl-mx-n4 gl-my-n3 gl-px-4 gl-py-3';
    div.textContent = p.getAttribute('data-slot');
    p.removeAttribute('data-slot');
    p.append(div);
  }
};

const form = (body: string, tail = '') =>
  `<div class="content-wrapper"><div class="container-fluid"><h1 class="page-title gl-font-size-h-display">New prior authorization</h1><form class="gl-form">${body}<div class="gl-mt-5"><button type="submit" class="btn btn-confirm btn-md gl-button"><span class="gl-button-text">Submit request</span></button></div></form></div></div>${tail}`;
const h = (title: string) => `<h4 class="gl-font-lg gl-mt-6">${title}</h4>`;

/** GlTable of editable therapy rows (cell slots holding GlFormInputs and GlDatepickers). */
const therapyTable = () => {
  const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
  const keys = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
  return `${h('Prior therapies')}<table role="table" aria-busy="false" aria-colcount="5" class="table b-table gl-table"><thead role="rowgroup"><tr role="row">${cols.map((c, i) => `<th role="columnheader" scope="col" aria-colindex="${i + 1}"><div>${c}</div></th>`).join('')}</tr></thead><tbody role="rowgroup">${[
    0, 1,
  ]
    .map(
      (r) =>
        `<tr role="row">${keys
          .map((k, i) => {
            const v = ISO_THERAPIES[`priorTherapies.${r as 0 | 1}.${k}`];
            const box = k === 'start' || k === 'stop' ? datepicker(`t${r}${k}`, v) : input(`t${r}${k}`, v);
            return `<td aria-colindex="${i + 1}" role="cell">${box}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
};

/** A read-only GlTable of this member's past requests (plain cells). */
const pastTable = () =>
  `<h4 class="gl-font-lg gl-mt-6">Past requests</h4><table role="table" aria-busy="false" aria-colcount="5" class="table b-table gl-table"><thead role="rowgroup"><tr role="row">${['Member ID', 'Drug', 'Dose (mg)', 'Submitted', 'Status'].map((c, i) => `<th role="columnheader" scope="col" aria-colindex="${i + 1}"><div>${c}</div></th>`).join('')}</tr></thead><tbody role="rowgroup">${[
    ['U0000000001', 'Kineret (anakinra)', '100', '2026-07-01', 'Approved'],
    ['U0000000001', 'Actemra (tocilizumab)', '162', '2026-03-10', 'Denied'],
  ]
    .map((r) => `<tr role="row">${r.map((c, i) => `<td aria-colindex="${i + 1}" role="cell">${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** The request page; `plain` draws the codes as a GlFormInput and the frequency as a GlFormSelect. */
const request = (o: { calendar?: string; open?: boolean; plain?: boolean } = {}) =>
  `${h('Patient')}${text('member-id', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', '1988-03-14')}${text('weight', 'Weight (kg)', '72')}
  ${h('Diagnosis')}${o.plain ? text('icd', 'ICD-10 codes', 'M04.1, M06.1') : tokens(['M04.1', 'M06.1'], ['M04.8'])}
  ${h('Medication')}${nativeSelect('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${o.plain ? nativeSelect('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Select frequency') : dropdown('frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], o.open)}
  ${h('Labs')}${text('crp', 'CRP (mg/L)', '24')}${date('crp-date', 'CRP collection date', '2026-11-02', o.calendar)}
  ${therapyTable()}
  ${h('Prescriber')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { description: '10-digit National Provider Identifier' })}`;

describe('GitLab UI 31: GlFormGroup, GlFormInput, GlFormSelect, GlDropdown, GlTokenSelector, GlDatepicker, GlTable', () => {
  // misread: the codes and the frequency are left unread: the token selector's input (inside the tokens' `role=listbox`
  // container) is collected as no field, and the GlDropdown toggle (aria-haspopup="true", a menu button, named by a
  // `<label for>` on its b-dropdown root) is no field either
  it.fails('reads the full Ilaris request', () => {
    render(form(request()));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  // misread: diagnosis.codes.0 unread: GlTokenSelector's input sits inside the `role=listbox` token container and is
  // collected as no field (the dump holds only the NPI)
  it.fails('reads the tokens as the ICD-10 codes and nothing from the closed menu of the codes not chosen', () => {
    render(form(tokens(['M04.1', 'M06.1'], ['M04.8', 'M08.0']) + text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.dropdown-menu');
  });

  it('reads an empty token selector (placeholder shown) as empty, not as the codes its menu offers', () => {
    render(form(tokens([], ['M04.1', 'M06.1', 'M04.8']) + text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])));
    expect(read()).toMatchObject({ 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(read()['diagnosis.codes.0'] ?? '').toBe('');
  });

  // misread: diagnosis.codes.0 unread (undefined), as above: the token selector's input is collected as no field
  it.fails('reads the tokens, not the search typed while the menu is open', () => {
    render(form(tokens(['M04.1'], ['M06.1'], { typed: 'M06', open: true }) + text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])));
    expect(read()['diagnosis.codes.0']).toBe('M04.1');
  });

  // misread: nothing read: the b-dropdown toggle (`button.dropdown-toggle[aria-haspopup=true]` showing the choice in
  // `span.gl-new-dropdown-button-text`, its `<label for>` naming the b-dropdown root div) is collected as no field
  it.fails('reads a GlDropdown select as its toggle text, closed or open, and nothing from its menu items', () => {
    for (const open of [false, true]) {
      render(form(dropdown('frequency', 'Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], open)));
      expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
      nothingFrom('.dropdown-menu');
    }
  });

  it('reads a GlDropdown showing its prompt as no frequency', () => {
    render(form(dropdown('frequency', 'Frequency', '', ['Every 4 weeks', 'Every 8 weeks', 'Once']) + text('dose', 'Dose (mg)', '150')));
    expect(read()['drug.frequency'] ?? '').toBe('');
  });

  it('reads the date from the input, not from the Pikaday calendar left open or closed in the datepicker', () => {
    for (const hidden of [false, true]) {
      render(form(request({ calendar: pika(hidden), plain: true })));
      expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
      nothingFrom('.pika-single');
    }
  });

  it('reads the ticked GlFormCheckboxGroup boxes as the ICD-10 codes', () => {
    const boxes = ['M04.1', 'M06.1', 'M04.8']
      .map(
        (v, i) =>
          `<div class="custom-control custom-checkbox gl-form-checkbox"><input type="checkbox" class="custom-control-input" value="${v}" id="__BVID__7${i}" name="__BVID__69"${i < 2 ? ' checked' : ''}><label class="custom-control-label" for="__BVID__7${i}"><span>${v}</span></label></div>`,
      )
      .join('');
    render(
      form(
        fieldset('__BVID__68', 'ICD-10 codes', `<div role="group" tabindex="-1" class="bv-no-focus-ring" id="__BVID__69">${boxes}</div>`) +
          text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a field with its invalid feedback shown by its value, labelled without the message', () => {
    render(
      form(
        text('member-id', 'Member ID', 'U48291637', { invalid: 'Member ID must be 11 characters' }) + text('weight', 'Weight (kg)', '72'),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U48291637', 'patient.weight': '72' });
  });

  it('reads a request in an open GlModal and nothing from the list of past requests behind it', () => {
    const past = pastTable();
    const modal = `<div id="pa-modal___BV_modal_outer_" style="position: absolute; z-index: 1040;"><div id="pa-modal" role="dialog" aria-labelledby="pa-modal___BV_modal_title_" aria-describedby="pa-modal___BV_modal_body_" class="modal fade show gl-modal" aria-modal="true" style="display: block;"><div class="modal-dialog modal-md"><span tabindex="0"></span><div tabindex="-1" class="modal-content"><header id="pa-modal___BV_modal_header_" class="modal-header"><h4 id="pa-modal___BV_modal_title_" class="modal-title">New prior authorization</h4><button aria-label="Close" type="button" class="btn btn-default btn-sm gl-button btn-default-tertiary btn-icon">${icon('close', 'gl-button-icon gl-icon s16')}</button></header><div id="pa-modal___BV_modal_body_" class="modal-body"><form>${request({ plain: true })}</form></div><footer id="pa-modal___BV_modal_footer_" class="modal-footer"><button type="button" class="btn btn-default btn-md gl-button"><span class="gl-button-text">Cancel</span></button><button type="button" class="btn btn-confirm btn-md gl-button"><span class="gl-button-text">Submit</span></button></footer></div><span tabindex="0"></span></div></div><div id="pa-modal___BV_modal_backdrop_" class="modal-backdrop"></div></div>`;
    render(`<div class="content-wrapper">${past}</div>${modal}`);
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('.content-wrapper');
  });

  it('reads nothing from a read-only GlTable of past requests below the form', () => {
    render(form(request({ plain: true }), pastTable()));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
  });

  it('reads a GlFormCombobox as its input, its closed suggestions left out', () => {
    render(form(combobox(1, 'Drug name', ILARIS['drug.name'], [ILARIS['drug.name']]) + text('hcpcs', 'HCPCS code', 'J0638')));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
    nothingFrom('.dropdown-menu');
  });

  it('reads a GlFormCombobox being typed in as what is typed, not its highlighted suggestion', () => {
    render(form(combobox(1, 'Drug name', 'Ila', [ILARIS['drug.name']], true) + text('hcpcs', 'HCPCS code', 'J0638')));
    expect(read()).toEqual({ 'drug.name': 'Ila', 'drug.hcpcs': 'J0638' });
    nothingFrom('.dropdown-menu');
  });

  it('reads a disabled GlFormInput holding the member ID', () => {
    render(
      form(
        group('member-id', 'Member ID', input('member-id', ILARIS['patient.memberId'], { disabled: true })) +
          text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
