import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * LHC-Forms (lhncbc/lforms HEAD e4322dd, package.json 36.1.3; the FHIR Questionnaire renderer Da
 * Vinci DTR apps draw payer questionnaires with) and autocomplete-lhc 19.2.4 (lhncbc/autocomplete-lhc,
 * source/autoCompBase.js, autoCompPrefetch.js, autoCompSearch.js, screenReaderLog.js), the date
 * picker from ng-zorro-antd (NG-ZORRO/ng-zorro-antd components/date-picker/date-picker.component.ts).
 * lforms: src/app/lhc-form, lhc-item, lhc-item-question, lhc-item-question-text, lhc-input,
 * lhc-validate (+ .css), lhc-item-simple-type, lhc-item-quantity, lhc-unit, lhc-item-choice(-autocomplete),
 * common/lhc-autocomplete, lhc-item-date, lhc-group-vertical, lhc-group-horizontal, lhc-button-popover
 * (*.component.html); placeholders from src/lib/lforms/lhc-form-data.ts.
 * - `wc-lhc-form > form.lhc-form.lf-template-table` > `div.lhc-form-title[role=heading]` +
 *   `div.lhc-form-body` of `lhc-item#item-<elementId>` rows (elementIds like `/member-id/1`).
 * - a question: `lhc-item-question.lhc-de` > `div.lhc-de-label-button` (`label#label-<id>[for=<id>]`
 *   > `span.question` text + `span.lhc-required` "*") then `div.lhc-de-input-unit >
 *   div.lhc-de-input-unit-content` holding `lhc-validate` (a `div.lhc-watched-value` repeating the
 *   item's value as text, hidden by a component style sheet), the control, `lhc-item-messages`.
 * - text/number: `input#<id>[aria-labelledby=label-<id>]`; a single unit: a readonly
 *   `input#unit_<id>[aria-labelledby=th_Units]` (an id on no element) after it; a unit list: an
 *   autocomplete-lhc input `#unit_<id>` after it.
 * - coded answers: autocomplete-lhc turns `input#<id>` into `[role=combobox][aria-expanded]` classed
 *   `ansList` (prefetch) or `search_field` (search, wrapped with a `<progress>` in
 *   `span.loading-indicator-container`); a multi-select is wrapped in `span.autocomp_selected > ul`
 *   of `<li><button aria-label='"X" item remove'><span aria-hidden>×</span></button>X</li>`. The
 *   list is one shared `div#searchResults` at the end of body (`#completionOptions > ul > li`),
 *   hidden by `visibility`, and a `div#reader_log[role=log].screen_reader_only`.
 * - dates: `nz-date-picker#<id>.ant-picker` (the id, the label's `for`, is on the host, not the input)
 *   > `div.ant-picker-input > input[placeholder=MM/DD/YYYY]` + clear and calendar icons.
 * - a horizontal group (repeating rows): `table.lhc-form-horizontal-table`, header cells hold the
 *   first row's question labels (`for` the first row's inputs), rows start with a "-" remove button
 *   cell when there are two or more, and a "+ <group>" add button follows.
 */

const ng = 'ng-untouched ng-pristine ng-valid';
const svg =
  '<svg viewBox="64 64 896 896" focusable="false" fill="currentColor" width="1em" height="1em" aria-hidden="true"><path d="M0 0"></path></svg>';

type Q = {
  id: string;
  label: string;
  /** what lhc-validate's hidden watched value shows ("[object Object]" for a coded answer) */
  watched: string;
  control: string;
  required?: boolean;
  help?: string;
  error?: string;
  type?: string;
};

const questionText = (id: string, label: string, required = false, help = '') =>
  `<lhc-item-question-text><div class="lhc-de-label"><span class="lhc-question"><label id="label-${id}" for="${id}"><span class="question">${label} ${required ? '<span class="lhc-required" title="Required">*</span>' : ''}</span></label></span>${help ? `<span><div id="help-${id}" class="lhc-inline-help" aria-label="Help for question ${label}" aria-describedby="label-${id}">${help}</div></span>` : ''}</div></lhc-item-question-text>`;

const inputUnit = (q: Pick<Q, 'watched' | 'control' | 'error'>) =>
  `<div class="lhc-de-input-unit"><div class="lhc-de-input-unit-content"><lhc-validate><div class="lhc-watched-value">${q.watched}</div></lhc-validate>${q.control}<lhc-item-messages>${q.error ? `<div role="alert"><div class="lhc-item-error">Error: ${q.error}</div></div>` : ''}</lhc-item-messages></div></div>`;

const question = (q: Q) =>
  `<lhc-item class="lhc-item lhc-datatype-${q.type ?? 'ST'} lhc-item-view-lg" id="item-${q.id}"><lhc-item-question class="lhc-de"><div class="lhc-de-label-button">${questionText(q.id, q.label, q.required, q.help)}<div class="lhc-de-button"></div></div>${inputUnit(q)}</lhc-item-question></lhc-item>`;

const lhcInput = (id: string, value: string, o: { placeholder?: string; required?: boolean; disabled?: boolean } = {}) =>
  `<lhc-input><input id="${id}" placeholder="${o.placeholder ?? ''}" aria-labelledby="label-${id}" aria-required="${o.required ? 'true' : 'false'}" type="text"${o.disabled ? ' disabled=""' : ''} class="${ng}" value="${value}"></lhc-input>`;

/** an autocomplete-lhc input; multi-select answers are listed before it */
const autocomp = (id: string, value: string, o: { placeholder: string; chosen?: string[]; search?: boolean; expanded?: boolean }) => {
  const input = `<input type="text" placeholder="${o.placeholder}" id="${id}" autocomplete="off" role="combobox" aria-expanded="${o.expanded ? 'true' : 'false'}" class="${o.search ? 'search_field' : 'ansList'}${o.chosen ? ' ac_multiple' : ''}" value="${value}">`;
  const field = o.search ? `<span class="loading-indicator-container">${input}<progress></progress></span>` : input;
  const wrapped = o.chosen
    ? `<span class="autocomp_selected"><ul>${o.chosen.map((c) => `<li><button type="button" aria-label="&quot;${c}&quot; item remove"><span aria-hidden="true">×</span></button>${c}</li>`).join('')}</ul>${field}</span>`
    : field;
  return `<lhc-autocomplete><div>${wrapped}</div></lhc-autocomplete>`;
};

const text = (id: string, label: string, value: string, o: Partial<Q> = {}) =>
  question({ id, label, watched: value, control: lhcInput(id, value, { required: o.required }), ...o });
const withUnit = (id: string, label: string, value: string, unit: string) =>
  question({
    id,
    label,
    type: 'REAL',
    watched: value,
    control: `<lhc-item-simple-type>${lhcInput(id, value)}<div class="lhc-de-unit"><input type="text" id="unit_${id}" aria-labelledby="th_Units" readonly="" value="${unit}"></div></lhc-item-simple-type>`,
  });
const quantity = (id: string, label: string, value: string, unit: string) =>
  question({
    id,
    label,
    type: 'QTY',
    watched: value,
    control: `<lhc-item-quantity>${lhcInput(id, value)}<lhc-unit>${autocomp(`unit_${id}`, unit, { placeholder: 'Select one' })}</lhc-unit></lhc-item-quantity>`,
  });
const choice = (id: string, label: string, value: string, placeholder = 'Select one') =>
  question({
    id,
    label,
    type: 'CODING',
    watched: value ? '[object Object]' : '',
    control: `<lhc-item-choice><lhc-item-choice-autocomplete><div>${autocomp(id, value, { placeholder })}</div></lhc-item-choice-autocomplete></lhc-item-choice>`,
  });
const multi = (id: string, label: string, chosen: string[]) =>
  question({
    id,
    label,
    type: 'CODING',
    watched: chosen.map(() => '[object Object]').join(','),
    control: `<lhc-item-choice><lhc-item-choice-autocomplete><div>${autocomp(id, '', { placeholder: 'Search for values', chosen, search: true })}</div></lhc-item-choice-autocomplete></lhc-item-choice>`,
  });
const datePicker = (id: string, value: string) =>
  `<lhc-item-date><nz-date-picker id="${id}" class="ant-picker ant-picker-small lhc-date-picker ant-picker-outlined ${ng}" aria-required="false"><div class="ant-picker-input"><input placeholder="MM/DD/YYYY" size="12" autocomplete="off" class="${ng}" value="${value}"><div class="ant-picker-active-bar" style="left: 0px; width: 0px; position: absolute;"></div>${value ? `<span class="ant-picker-clear"><span class="anticon anticon-close-circle">${svg}</span></span>` : ''}<span class="ant-picker-suffix"><span class="anticon anticon-calendar">${svg}</span></span></div></nz-date-picker></lhc-item-date>`;
/** lforms stores a date answer as an ISO string, which the watched value shows */
const iso = (us: string) => (us ? `${us.slice(6)}-${us.slice(0, 2)}-${us.slice(3, 5)}` : '');
const date = (id: string, label: string, value: string) =>
  question({ id, label, type: 'DT', watched: iso(value), control: datePicker(id, value) });

const group = (id: string, title: string, items: string) =>
  `<lhc-item class="lhc-item lhc-datatype-SECTION lhc-item-view-lg" id="item-${id}"><lhc-item-group><lhc-group-vertical><div class="lhc-item-group-title lhc-de-label-button"><div class="lhc-de-label">${questionText(id, title)}</div><div class="lhc-de-button"></div></div><div class="lhc-item-group-body">${items}</div></lhc-group-vertical></lhc-item-group></lhc-item>`;

const form = (title: string, items: string, after = '') =>
  `<div id="dtr-app"><wc-lhc-form><form class="lhc-form lf-template-table novalidate lhc-form-view-lg" autocomplete="off"><div class="lhc-form-title" role="heading" aria-level="1"><span id="label-dtr-q" class="lhc-question">${title}</span></div><div class="lhc-form-body">${items}</div></form></wc-lhc-form><button type="button" class="btn btn-primary">Submit to payer</button></div>${after}`;

/** the shared list autocomplete-lhc appends to body once (open: visibility visible) */
const searchResults = (options: string[], open: boolean) =>
  `<div id="searchResults" class="form_auto_complete" style="visibility: ${open ? 'visible' : 'hidden'}; top: 300px; left: 40px;"><div id="completionOptionsScroller"><span class="auto_complete" id="completionOptions"><ul>${options.map((o, i) => `<li autocompRawListIndex="${i}"${i === 0 ? ' class="selected"' : ''}>${o}</li>`).join('')}</ul></span></div><div id="moreResults">See more items (Ctl Ret)</div><div id="searchCount">${options.length} of ${options.length} items total</div><div id="searchHint">Search Hint</div></div><div id="reader_log" aria-live="assertive" aria-relevant="additions" role="log" class="screen_reader_only"><p>Showing ${options.length} of ${options.length} items total.</p></div>`;

const therapyTable = (rows: string[][]) => {
  const cols: [string, string, boolean][] = [
    ['drug', 'Drug', false],
    ['dose', 'Dose', false],
    ['start', 'Start date', true],
    ['end', 'End date', true],
    ['outcome', 'Outcome', false],
  ];
  const remove = rows.length > 1;
  const cellId = (c: string, r: number) => `/prior-therapy/${c}/${r + 1}/1`;
  return `<lhc-item class="lhc-item lhc-datatype-SECTION lhc-item-view-lg" id="item-/prior-therapy/1"><lhc-item-group><lhc-group-horizontal><div class="lhc-layout-horizontal lhc-first-item"><div class="lhc-form-horizontal-table-title">${questionText('/prior-therapy/1', 'Prior therapies')}</div><table class="lhc-form-horizontal-table"><colgroup>${remove ? '<col class="lhc-de-button">' : ''}${cols.map(() => '<col style="width: 20%;">').join('')}</colgroup><thead><tr>${remove ? '<th class="lhc-form-horizontal-table-header"></th>' : ''}${cols
    .map(([c, h]) => `<th class="lhc-form-horizontal-table-header" id="col${cellId(c, 0)}">${questionText(cellId(c, 0), h)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr class="lhc-data-row has-ng-animate">${remove ? `<td class="lhc-de-button"><button type="button" id="del-/prior-therapy/${i + 1}" class="lhc-float-button lhc-button" title="Remove this row of &quot;Prior therapies&quot;">-</button></td>` : ''}${cols
          .map(([c, , isDate], j) => {
            const id = cellId(c, i);
            const v = r[j]!;
            return `<td class="lhc-item-row"><div class="lf-form-item-data tooltipContainer"><lhc-item-question class="lhc-de">${inputUnit({ watched: isDate ? iso(v) : v, control: isDate ? datePicker(id, v) : lhcInput(id, v) })}</lhc-item-question></div></td>`;
          })
          .join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody></table><div class="lhc-button-padding"><lhc-button-popover><button id="add-/prior-therapy/${rows.length}" type="button" class="lhc-float-button lhc-button" aria-label="add button for Prior therapies">+ Prior therapies</button></lhc-button-popover></div></div></lhc-group-horizontal></lhc-item-group></lhc-item>`;
};

const fullRequest = () =>
  form(
    'Ilaris (canakinumab) Prior Authorization Questionnaire',
    `${group('/patient/1', 'Patient', `${text('/patient/member-id/1/1', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('/patient/dob/1/1', 'Date of birth', ILARIS['patient.dob'])}${quantity('/patient/weight/1/1', 'Weight', '72', 'kg')}`)}
    ${group('/diagnosis/1', 'Diagnosis', multi('/diagnosis/icd10/1/1', 'ICD-10 codes', ['M04.1', 'M06.1']))}
    ${group(
      '/medication/1',
      'Medication',
      `${choice('/medication/drug/1/1', 'Drug name', ILARIS['drug.name'])}${text('/medication/hcpcs/1/1', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('/medication/ndc/1/1', 'NDC', ILARIS['drug.ndc'])}${quantity('/medication/dose/1/1', 'Dose', '150', 'mg')}${text('/medication/units/1/1', 'Billing units', '150', { type: 'INT' })}${choice('/medication/frequency/1/1', 'Frequency', 'Every 4 weeks')}`,
    )}
    ${group('/labs/1', 'Labs', `${quantity('/labs/crp/1/1', 'CRP', '24', 'mg/L')}${date('/labs/crp-date/1/1', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
    ${group('/prescriber/1', 'Prescriber', text('/prescriber/npi/1/1', 'Prescriber NPI', ILARIS['prescriber.npi']))}
    ${therapyTable(THERAPY_ROWS)}`,
    searchResults([], false),
  );

describe('LHC-Forms (lforms 36): a DTR questionnaire with autocomplete-lhc lists, ng-zorro dates and a horizontal table', () => {
  it('reads the full Ilaris request', () => {
    page(fullRequest());
    expect(read()).toEqual({
      ...ILARIS,
      'patient.weightUnit': 'kg',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.doseUnit': 'mg',
      'drug.frequency': 'Every 4 weeks',
      'labs.crpUnit': 'mg/L',
      ...THERAPIES,
    });
    noDuplicatePaths();
  });

  it('names an lhc-input by its question label, not the hidden watched value before it', () => {
    page(
      form(
        'PA',
        `${text('/member-id/1', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('/npi/1', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads an nz-date-picker whose label names its host element, not its input', () => {
    page(form('PA', `${date('/dob/1', 'Date of birth', ILARIS['patient.dob'])}${date('/crp-date/1', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a multi-select autocomplete by its listed answers, without the "item remove" buttons', () => {
    page(
      form('PA', `${multi('/icd10/1', 'ICD-10 codes', ['M04.1', 'M06.1'])}${text('/npi/1', 'Prescriber NPI', ILARIS['prescriber.npi'])}`),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.autocomp_selected ul');
  });

  it('reads empty coded answers as empty, not their "Select one" / "Search for values" placeholders', () => {
    page(
      form('PA', `${choice('/drug/1', 'Drug name', '')}${multi('/icd10/1', 'ICD-10 codes', [])}${choice('/frequency/1', 'Frequency', '')}`),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '', 'drug.frequency': '' });
  });

  it('takes nothing from the open shared list (#searchResults) nor the screen reader log', () => {
    page(
      form(
        'PA',
        `${question({ id: '/drug/1', label: 'Drug name', type: 'CODING', watched: '', control: autocomp('/drug/1', 'Ila', { placeholder: 'Select one', expanded: true }) })}${text('/npi/1', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        searchResults(['Ilaris (canakinumab)', 'Ilumya (tildrakizumab)'], true),
      ),
    );
    expect(read()).toEqual({ 'drug.name': 'Ila', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('#searchResults');
    nothingFrom('#reader_log');
  });

  it("takes a weight's unit from its unit list (an autocomplete-lhc combobox after the number)", () => {
    page(form('PA', `${quantity('/weight/1', 'Weight', '72', 'kg')}${text('/npi/1', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'patient.weight': '72', 'patient.weightUnit': 'kg', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it("takes CRP's unit from its unit list", () => {
    page(form('PA', `${quantity('/crp/1', 'CRP', '24', 'mg/L')}${text('/npi/1', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpUnit': 'mg/L', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it("takes a single-unit number's unit from the readonly unit box after it", () => {
    page(form('PA', `${withUnit('/crp/1', 'CRP', '24', 'mg/L')}${withUnit('/weight/1', 'Weight', '72', 'kg')}`));
    expect({ ...read(), ...units() }).toEqual({
      'labs.crpValue': '24',
      'labs.crpUnit': 'mg/L',
      'patient.weight': '72',
      'patient.weightUnit': 'kg',
    });
  });

  it('reads prior therapies from a horizontal table whose header labels name the first row only', () => {
    page(form('PA', therapyTable(THERAPY_ROWS)));
    expect(read()).toEqual(THERAPIES);
    expect(mapped()).toHaveLength(10);
  });

  it('names a question by its label, not its inline help or error message', () => {
    page(
      form(
        'PA',
        `${text('/npi/1', 'Prescriber NPI', '123456789', { help: 'The 10-digit NPI of the prescriber, not the member ID', error: 'NPI must be 10 digits' })}${text('/hcpcs/1', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads read-only text items (disabled lhc-inputs) by their values', () => {
    page(
      form(
        'PA',
        `${question({ id: '/member-id/1', label: 'Member ID', watched: ILARIS['patient.memberId'], control: lhcInput('/member-id/1', ILARIS['patient.memberId'], { disabled: true }) })}${question({ id: '/npi/1', label: 'Prescriber NPI', watched: ILARIS['prescriber.npi'], control: lhcInput('/npi/1', ILARIS['prescriber.npi'], { disabled: true }) })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a read-only questionnaire (review step: disabled inputs, the autocompleter wrapped in lhc-item-readyonly)', () => {
    const readonlyText = (id: string, label: string, value: string) =>
      question({ id, label, watched: value, control: lhcInput(id, value, { disabled: true }) });
    page(
      form(
        'PA',
        `${readonlyText('/member-id/1', 'Member ID', ILARIS['patient.memberId'])}${question({
          id: '/drug/1',
          label: 'Drug name',
          type: 'CODING',
          watched: '[object Object]',
          control: `<lhc-autocomplete><div class="lhc-item-readyonly"><input type="text" disabled="" placeholder="" id="/drug/1" autocomplete="off" role="combobox" aria-expanded="false" class="ansList" value="${ILARIS['drug.name']}"></div></lhc-autocomplete>`,
        })}${readonlyText('/npi/1', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads a questionnaire shown in a modal dialog over the EHR page, not the page behind it', () => {
    page(
      `<div class="ehr-shell" aria-hidden="true"><form class="patient-search"><label for="q">Member ID</label><input id="q" type="text" value="U0000000000"><button type="submit">Search</button></form></div><div role="dialog" aria-modal="true" aria-labelledby="dtr-title" class="dtr-modal"><h2 id="dtr-title">Documentation Templates and Rules</h2>${form(
        'Ilaris PA questionnaire',
        `${text('/member-id/1', 'Member ID', ILARIS['patient.memberId'])}${multi('/icd10/1', 'ICD-10 codes', ['M04.1', 'M06.1'])}${date('/dob/1', 'Date of birth', ILARIS['patient.dob'])}`,
      )}</div>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'diagnosis.codes.0': 'M04.1, M06.1',
      'patient.dob': ILARIS['patient.dob'],
    });
  });
});
