import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Camunda form-js 1.24 (bpmn-io/form-js at b5a21da: packages/form-js-viewer/src/render/components/
 * FormField.js, Label.js, Description.js, Errors.js, Util.js (formFieldClasses, prefixId, gridColumnClasses),
 * form-fields/{Textfield,Number,Select,Taglist,Checklist,Radio,Datetime,DynamicList,Group,Table,Text,Button}.js,
 * parts/{SimpleSelect,SearchableSelect,DropdownList,Datepicker,InputAdorner,SkipLink}.js,
 * context/FormRenderContext.js (Row/Column/Element divs), features/repeatRender/RepeatRenderManager.js,
 * util/form.js (`div.fjs-container`); flatpickr 4.6.13 (flatpickr/flatpickr at 548330e: src/index.ts build()
 * with `static: true` wraps the input in `div.flatpickr-wrapper` with its calendar after it, always in the DOM):
 * - ids: `fjs-form-<formId>-<fieldId>[_<repeat index>]`; a field: `div.fjs-form-field.fjs-form-field-<type>` >
 *   `label.fjs-form-field-label[for]` (+ `span.fjs-asterix[aria-hidden]` "*"), the control in `div.fjs-input-group`
 *   (adorners `span.fjs-input-adornment`), `div.fjs-form-field-description`, `div.fjs-form-field-error > ul > li`.
 * - Select (not searchable): `div.fjs-select-display` showing the label or "Select" (`fjs-select-placeholder`),
 *   an `input.fjs-select-hidden-input` (opacity 0) holding the label; its open list `div.fjs-dropdownlist` in
 *   `div.fjs-select-anchor` after the group. Disabled, it draws no input at all.
 * - Taglist: `div.fjs-taglist-tag > span.fjs-taglist-tag-label + button[title="Remove tag"]`, then
 *   `input.fjs-taglist-input[placeholder=Search]`; its list (unchosen options) in `div.fjs-taglist-anchor`.
 * - Datetime (date): en-US flatpickr format "n/j/Y" (shows 3/14/1988), placeholder "mm/dd/yyyy".
 * - Checklist/Radio: a `label` with no `for`, then `div.fjs-inline-label > input.fjs-input + label[for]` each.
 * - Table (presentation, read-only data): `table.fjs-table` with sortable `th`s.
 */

const F = 'fjs-form-1kq4r7z';
const xMark =
  '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><path fill="currentColor" fill-rule="evenodd" d="M4 3.766 7.43.336"></path></svg>';
const angelDown =
  '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><path fill="currentColor" fill-rule="evenodd" d="M7.75 1.336 4 6.125"></path></svg>';
const calendarSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="15" fill="none" viewBox="0 0 28 30"><path fill="currentColor" d="M19 2H9V0H7v2H2"></path></svg>';

type O = { required?: boolean; description?: string; error?: string; disabled?: boolean; readonly?: boolean; suffix?: string; lg?: number };
const cls = (type: string, o: O) =>
  `fjs-form-field fjs-form-field-${type}${o.error ? ' fjs-has-errors' : ''}${o.disabled ? ' fjs-disabled' : ''}${o.readonly ? ' fjs-readonly' : ''}`;
const label = (id: string | null, text: string, o: O = {}) =>
  `<label${id ? ` for="${id}"` : ''} class="fjs-form-field-label">${text}${o.required ? '<span class="fjs-asterix" aria-hidden="true">*</span>' : ''}</label>`;
const tail = (id: string, o: O) =>
  `${o.description ? `<div id="${id}-description" class="fjs-form-field-description">${o.description}</div>` : ''}${o.error ? `<div class="fjs-form-field-error" aria-live="polite" id="${id}-error-message"><ul><li>${o.error}</li></ul></div>` : ''}`;
const desc = (id: string) => `aria-describedby="${id}-description ${id}-error-message"`;
const col = (html: string, o: O = {}) =>
  `<div class="fjs-layout-column cds--col${o.lg ? `-lg-${o.lg}` : ''} cds--col-sm-16 cds--col-md-16"><div class="fjs-element">${html}</div></div>`;
const row = (...cols: string[]) => `<div class="fjs-layout-row cds--row" style="align-items: start;">${cols.join('')}</div>`;

const textfield = (key: string, text: string, value: string, o: O = {}) => {
  const id = `${F}-${key}`;
  const adorn = o.suffix
    ? `<span class="fjs-input-adornment border-left border-radius-right"> <span class="fjs-input-adornment-text">${o.suffix}</span> </span>`
    : '';
  return col(
    `<div class="${cls('textfield', o)}">${label(id, text, o)}<div class="fjs-input-group${o.disabled ? ' fjs-disabled' : ''}${o.readonly ? ' fjs-readonly' : ''}"><input class="fjs-input"${o.disabled ? ' disabled' : ''}${o.readonly ? ' readonly' : ''} id="${id}" type="text" value="${value}" ${desc(id)}${o.required ? ' required' : ''} aria-invalid="${!!o.error}">${adorn}</div>${tail(id, o)}</div>`,
    o,
  );
};

/** the static flatpickr calendar (closed unless `open`), shortened to the first week of its month */
const calendar = (month: number, year: number, open = false) => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `<div class="flatpickr-calendar animate static${open ? ' open' : ''}" tabindex="-1"><div class="flatpickr-months"><span class="flatpickr-prev-month"><svg viewBox="0 0 17 17"><path d="M5.207 8.471l7.146 7.147"></path></svg></span><div class="flatpickr-month"><div class="flatpickr-current-month"><select class="flatpickr-monthDropdown-months" aria-label="Month" tabindex="-1">${months
    .map(
      (m, i) => `<option class="flatpickr-monthDropdown-month" value="${i}" tabindex="-1"${i === month ? ' selected' : ''}>${m}</option>`,
    )
    .join(
      '',
    )}</select><div class="numInputWrapper"><input class="numInput cur-year" type="number" tabindex="-1" aria-label="Year" min="1900" value="${year}"><span class="arrowUp"></span><span class="arrowDown"></span></div></div></div><span class="flatpickr-next-month"><svg viewBox="0 0 17 17"><path d="M13.207 8.472l-7.854 7.854"></path></svg></span></div><div class="flatpickr-innerContainer"><div class="flatpickr-rContainer"><div class="flatpickr-weekdays"><div class="flatpickr-weekdaycontainer"><span class="flatpickr-weekday">Sun</span><span class="flatpickr-weekday">Mon</span><span class="flatpickr-weekday">Tue</span></div></div><div class="flatpickr-days" tabindex="-1"><div class="dayContainer">${[
    1, 2, 3, 4, 5, 6, 7,
  ]
    .map((d) => `<span class="flatpickr-day" aria-label="${months[month]} ${d}, ${year}" tabindex="-1">${d}</span>`)
    .join('')}</div></div></div></div></div>`;
};
const datetime = (key: string, text: string, shown: string, o: O & { open?: boolean } = {}) => {
  const id = `${F}-${key}`;
  const [m, , y] = shown ? shown.split('/').map(Number) : [11, 1, 2026];
  return col(
    `<div class="${cls('datetime', o)}"><div class="fjs-vertical-group"><div class="fjs-datetime-subsection">${label(`${id}-date`, text, o)}<div class="fjs-input-group"><span class="fjs-input-adornment border-right border-radius-left"> ${calendarSvg} </span><div class="fjs-datepicker" style="width: 100%;"><div class="flatpickr-wrapper"><input type="text" id="${id}-date" class="fjs-input flatpickr-input" placeholder="mm/dd/yyyy" autocomplete="off" data-input="" aria-describedby="${F}-${key.replace(/_\d+$/, '')}-description " value="${shown}">${calendar(m! - 1, y!, o.open)}</div></div></div></div></div>${tail(id, o)}</div>`,
    o,
  );
};

const dropdown = (items: string[], focused = 0) =>
  `<div tabindex="-1" class="fjs-dropdownlist" style="max-height: 235px; scroll-behavior: smooth;">${items
    .map((v, i) => `<div class="fjs-dropdownlist-item${i === focused ? ' focused' : ''}">${v}</div>`)
    .join('')}</div>`;
const select = (key: string, text: string, chosen: string, options: string[], o: O & { open?: boolean } = {}) => {
  const id = `${F}-${key}`;
  const live = !o.disabled && !o.readonly;
  return col(
    `<div class="${cls('select', o)}">${label(id, text, o)}<div class="fjs-input-group${o.disabled ? ' disabled' : ''}${o.readonly ? ' readonly' : ''}"><div class="fjs-select-display${chosen ? '' : ' fjs-select-placeholder'}" id="${id}-display">${chosen || 'Select'}</div>${
      o.disabled ? '' : `<input id="${id}" class="fjs-select-hidden-input"${chosen ? ` value="${chosen}"` : ''} ${desc(id)}>`
    }${live && chosen ? `<span class="fjs-select-cross">${xMark}</span>` : ''}<span class="fjs-select-arrow">${angelDown}</span></div><div class="fjs-select-anchor">${o.open ? dropdown(options, Math.max(0, options.indexOf(chosen))) : ''}</div>${tail(id, o)}</div>`,
    o,
  );
};
/** Select with `searchable: true` (SearchableSelect): the input shows the chosen label, placeholder "Search" */
const searchable = (key: string, text: string, chosen: string, options: string[], o: O & { open?: boolean } = {}) => {
  const id = `${F}-${key}`;
  return col(
    `<div class="${cls('select', o)}">${label(id, text, o)}<div class="fjs-input-group"><input class="fjs-input" id="${id}" type="text" value="${chosen}" placeholder="Search" autocomplete="off" aria-describedby="${id}-description ${id}-error-message">${
      chosen ? `<span class="fjs-select-cross">${xMark} </span>` : ''
    }<span class="fjs-select-arrow">${angelDown}</span></div><div class="fjs-select-anchor">${o.open ? dropdown(options, 0) : ''}</div>${tail(id, o)}</div>`,
    o,
  );
};
const taglist = (key: string, text: string, tags: string[], options: string[], o: O & { open?: boolean; typed?: string } = {}) => {
  const id = `${F}-${key}`;
  const live = !o.disabled && !o.readonly;
  return col(
    `<div class="${cls('taglist', o)}">${label(id, text, o)}${live && tags.length ? '<a href="#" class="fjs-skip-link fjs-taglist-skip-link">Skip to search</a>' : ''}<div class="fjs-taglist"><div class="fjs-taglist-tags">${tags
      .map(
        (t) =>
          `<div class="fjs-taglist-tag"><span class="fjs-taglist-tag-label">${t}</span>${live ? `<button type="button" title="Remove tag" class="fjs-taglist-tag-remove">${xMark}</button>` : ''}</div>`,
      )
      .join(
        '',
      )}</div><input class="fjs-taglist-input"${o.readonly ? ' readonly' : ''} id="${id}" type="text" value="${o.typed ?? ''}"${live ? ' placeholder="Search"' : ''} autocomplete="off" ${desc(id)} aria-invalid="false"></div><div class="fjs-taglist-anchor">${
      o.open ? dropdown(options.filter((v) => !tags.includes(v) && v.includes(o.typed ?? ''))) : ''
    }</div>${tail(id, o)}</div>`,
    o,
  );
};
const choices = (type: 'checklist' | 'radio', key: string, text: string, chosen: string[], options: string[], o: O = {}) => {
  const id = `${F}-${key}`;
  return col(
    `<div class="${cls(type, o)}">${label(null, text, o)}${options
      .map((v, i) => {
        const on = chosen.includes(v);
        return `<div class="fjs-inline-label${on ? ' fjs-checked' : ''}"><input${on ? ' checked' : ''} class="fjs-input"${type === 'radio' ? ` name="${id}"` : ''} id="${id}-${i}" type="${type === 'radio' ? 'radio' : 'checkbox'}" ${desc(id)} aria-invalid="false"><label for="${id}-${i}" class="fjs-form-field-label${type === 'radio' && on ? ' fjs-checked' : ''}">${v}</label></div>`;
      })
      .join('')}${tail(id, o)}</div>`,
    o,
  );
};
const group = (type: 'group' | 'dynamiclist', key: string, text: string, inner: string) =>
  col(
    `<div class="fjs-form-field fjs-form-field-${type} fjs-form-field-grouplike fjs-outlined" role="group" aria-labelledby="${F}-${key}"><label id="${F}-${key}" class="fjs-form-field-label">${text}</label>${inner}</div>`,
  );
const children = (rows: string) => `<div class="fjs-vertical-layout fjs-children cds--grid cds--grid--condensed"> ${rows} </div>`;
const heading = (text: string) => col(`<div class="fjs-form-field fjs-form-field-text"><h3>${text}</h3></div>`);
const pastRequests = () =>
  col(
    `<div class="fjs-form-field fjs-form-field-table"><label for="fjs-form-Table_0v8x1d2" class="fjs-form-field-label">Previous requests for this member</label><div class="fjs-table-middle-container"><div class="fjs-table-inner-container"><table class="fjs-table" id="fjs-form-Table_0v8x1d2"><thead class="fjs-table-head"><tr class="fjs-table-tr">${[
      'Drug',
      'Dose',
      'Start date',
      'Decision',
    ]
      .map(
        (h) =>
          `<th tabindex="0" class="fjs-table-th" aria-label="Click to sort by ${h} descending"><span class="fjs-table-th-label">${h}</span></th>`,
      )
      .join('')}</tr></thead><tbody class="fjs-table-body">${[
      ['Kineret (anakinra)', '100 mg', '2/1/2025', 'Approved'],
      ['Ilaris (canakinumab)', '300 mg', '8/12/2025', 'Denied'],
    ]
      .map((r) => `<tr class="fjs-table-tr">${r.map((c) => `<td class="fjs-table-td">${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table></div></div></div>`,
  );
const fjs = (rows: string) =>
  `<div class="fjs-container"><form class="fjs-form" novalidate=""><div class="fjs-element">${children(
    rows +
      row(col('<div class="fjs-form-field fjs-form-field-button"><button class="fjs-button" type="submit">Submit request</button></div>')),
  )}</div><div class="fjs-powered-by fjs-form-field" style="text-align: right"><a href="https://bpmn.io" target="_blank" rel="noopener noreferrer" class="fjs-powered-by-link" title="Powered by bpmn.io"><svg viewBox="0 0 14.02 5.57" width="53" height="21"><path d="M0 4.53h14.02v1.04H0z"></path></svg></a></div></form></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const shown = (d: string) => d.replace(/(^|\/)0/g, '$1'); // en-US "n/j/Y": 03/14/1988 shows 3/14/1988

const therapyItem = (i: 0 | 1) => {
  const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
  return `<div class=""><div class="fjs-repeat-row-container"><div class="fjs-repeat-row-rows"> ${row(textfield(`therapyDrug_${i}`, 'Drug', v('drug'), { lg: 8 }), textfield(`therapyDose_${i}`, 'Dose', v('dose'), { lg: 8 }))}${row(
    datetime(`therapyStart_${i}`, 'Start date', shown(v('start')), { lg: 5 }),
    datetime(`therapyStop_${i}`, 'Stop date', shown(v('stop')), { lg: 5 }),
    textfield(`therapyOutcome_${i}`, 'Outcome', v('outcome'), { lg: 6 }),
  )} </div><button type="button" class="fjs-repeat-row-remove" aria-label="Remove list item ${i + 1}"><div class="fjs-repeat-row-remove-icon-container"><svg width="16" height="16" fill="none"><path fill="currentColor" d="m12 4.7-.7-.7L8 7.3"></path></svg></div></button></div></div>`;
};
const therapies = () =>
  group(
    'dynamiclist',
    'priorTherapies',
    'Prior therapies',
    `${children(therapyItem(0) + therapyItem(1))}<div class="fjs-repeat-render-footer fjs-remove-allowed"><button type="button" class="fjs-repeat-render-add"><svg width="16" height="16" fill="none"><path fill="currentColor" d="M8 2c3.3 0 6 2.7 6 6"></path></svg> Add new</button></div>`,
  );

describe('Camunda form-js 1.24: textfield, select, taglist, checklist, radio, datetime, dynamic list, table', () => {
  it('reads the full Ilaris request, prior therapies from the dynamic list, nothing from the past requests table', () => {
    page(
      fjs(
        `${row(heading('Member'))}${row(textfield('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true, lg: 6 }), datetime('dob', 'Date of birth', '3/14/1988', { lg: 5 }), textfield('weight', 'Weight', '72', { suffix: 'kg', lg: 5 }))}
        ${row(pastRequests())}
        ${row(heading('Medication'))}${row(select('drugName', 'Drug name', ILARIS['drug.name'], DRUGS, { lg: 8 }), textfield('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'], { lg: 4 }), textfield('ndc', 'NDC', ILARIS['drug.ndc'], { lg: 4 }))}
        ${row(textfield('dose', 'Dose (mg)', '150', { lg: 4 }), textfield('units', 'Billing units', '150', { lg: 4 }), choices('radio', 'frequency', 'Frequency', ['Every 4 weeks'], FREQS, { lg: 8 }))}
        ${row(taglist('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { description: 'Search and add each code' }))}
        ${row(heading('Labs'))}${row(textfield('crp', 'CRP (mg/L)', '24', { lg: 8 }), datetime('crpDate', 'CRP collection date', '11/2/2026', { lg: 8 }))}
        ${row(therapies())}
        ${row(textfield('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': '3/14/1988',
      'labs.crpDate': '11/2/2026',
      'priorTherapies.0.start': '1/5/2026',
      'priorTherapies.0.stop': '6/30/2026',
      'priorTherapies.1.start': '7/1/2026',
      'priorTherapies.1.stop': '9/15/2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
    nothingFrom('table.fjs-table');
  });

  it('reads a select by its hidden input once, and nothing from its open dropdown list', () => {
    page(
      fjs(
        row(select('drugName', 'Drug name', ILARIS['drug.name'], DRUGS, { open: true })) +
          row(select('freq', 'Frequency', 'Every 8 weeks', FREQS)),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.fjs-dropdownlist');
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads a searchable select by its input showing the chosen label, and nothing from its open list', () => {
    page(
      fjs(
        row(searchable('drugName', 'Drug name', ILARIS['drug.name'], DRUGS, { open: true })) +
          row(searchable('freq', 'Frequency', '', FREQS)),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    nothingFrom('.fjs-dropdownlist');
  });

  it('reads an empty select showing its "Select" placeholder as empty', () => {
    page(fjs(row(select('freq', 'Frequency', '', FREQS, { required: true, error: 'Field is required.' }))));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  // misread: drug.name left unread: a disabled select draws only `div.fjs-select-display` (no input, no role), so
  // its label's `for` names nothing and the shown choice is no field
  it.fails('reads a disabled select (no input drawn) by its shown choice', () => {
    page(
      fjs(
        row(select('drugName', 'Drug name', ILARIS['drug.name'], DRUGS, { disabled: true })) +
          row(textfield('hcpcs', 'HCPCS code', 'J0638', { readonly: true })),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
  });

  it('reads the taglist as its tags, and nothing from its open list of the codes not chosen', () => {
    page(fjs(row(taglist('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { open: true }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.fjs-taglist-anchor');
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads the taglist without the search typed into it while its list of matches is open', () => {
    page(fjs(row(taglist('icd', 'ICD-10 codes', ['M04.1'], CODES, { open: true, typed: 'M06' }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
  });

  // misread: diagnosis.codes.0 read as '' (the readonly input's own value): with no remove buttons the
  // `div.fjs-taglist-tag`s are no chips, so their texts only reach the input's nearby text ("M04.1 M06.1")
  it.fails('reads a read-only taglist (no remove buttons, no placeholder) as its tags', () => {
    page(fjs(row(taglist('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { readonly: true }))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a checklist as its ticked codes, labelled by the label with no for', () => {
    page(fjs(row(choices('checklist', 'icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a datetime field as shown, and nothing from its open static calendar (month select, year box)', () => {
    page(fjs(row(datetime('dob', 'Date of birth', '3/14/1988', { open: true })) + row(datetime('crpDate', 'CRP collection date', ''))));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '' });
    nothingFrom('.flatpickr-calendar');
  });

  it('names a field in a group by its label, not the group label, the description or the error before it', () => {
    page(
      fjs(
        row(
          group(
            'group',
            'prescriber',
            'Prescriber',
            children(
              row(
                textfield('prescriberName', 'Name', '', { required: true, error: 'Field is required.', lg: 8 }),
                textfield('npi', 'NPI', ILARIS['prescriber.npi'], { description: '10 digits', lg: 8 }),
              ),
            ),
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.name': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('NPI');
  });
});
