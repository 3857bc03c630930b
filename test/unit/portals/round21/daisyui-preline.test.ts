import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * daisyUI 5 + Preline UI 4.1 on one Tailwind page (plain HTML, as their docs write it):
 * - daisyUI (saadeghi/daisyui, packages/docs/src/routes/(routes)/components/fieldset/+page.md @1e583b7,
 *   input/+page.md @81e4f60, select/+page.md @9d2c11b, label/+page.md @1e583b7, filter/+page.md @1e583b7): `fieldset.fieldset` >
 *   `legend.fieldset-legend`, a `label.label` (no `for`) before each `input.input`, helper `p.label` after it;
 *   `label.input` wrapping the input (`class="grow"`) with a text prefix or suffix (`span.label`);
 *   `label.select > span.label + select`, `label.floating-label > span + input.input`, `select.select` whose first option is `disabled selected` prompt; `div.filter` of `input.btn[type=radio]
 *   [aria-label]` with a `filter-reset` radio; `table.table` in `div.overflow-x-auto`; `validator-hint`.
 * - Preline (htmlstreamofficial/preline @2b551ae, src/plugins/select/core.ts build/buildWrapper/buildToggle/
 *   buildTags/buildTagsInput/buildTagsItem/buildDropdown/buildOption, src/plugins/datepicker/core.ts
 *   setInputValue; option strings as Preline's docs examples pass them): HSSelect hides the native select
 *   (`style="display: none;"`, class `hidden`) inside `div.hs-select.relative`, then the `toggleTag` button
 *   (`aria-expanded`) holding `span.truncate` (the chosen title or the placeholder), the dropdown
 *   `div[data-hs-select-dropdown][role=listbox][tabindex=-1][aria-orientation=vertical].hidden` of
 *   `div[data-value][data-title-value][tabindex][data-id].cursor-pointer` (chosen: `.selected`) built from
 *   `optionTemplate`, then `extraMarkup` (the chevron). In `mode: "tags"` the wrapper gets `tabindex=0` and
 *   holds the select, the tags `input#<tagsInputId>[tabindex=-1]` (placeholder emptied while tags exist,
 *   drawn after the tags with `order-1`), then one `div[data-tag-value]` per tag from `tagsItemTemplate`
 *   (`[data-icon]` hidden, `[data-title]`, `[data-remove]` ×) appended AFTER the input, the dropdown, the
 *   extra markup and the hidden width-measuring span. The datepicker writes `dateFormat` ("MM/DD/YYYY")
 *   into its readonly `input.hs-datepicker`; a calendar once opened stays at the end of body as
 *   vanilla-calendar-pro's `div.vc[data-vc=calendar][data-vc-calendar-hidden]` (my reading of VCP's markup).
 */

const X =
  '<svg class="shrink-0 size-3" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M18 6 6 18"></path><path d="m6 6 12 12"></path></svg>';
const chevrons =
  '<div class="absolute top-1/2 end-3 -translate-y-1/2"><svg class="shrink-0 size-3.5 text-gray-500" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m7 15 5 5 5-5"></path><path d="m7 9 5-5 5 5"></path></svg></div>';
const check =
  '<svg class="shrink-0 size-3.5 text-blue-600" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><polyline points="20 6 9 17 4 12"></polyline></svg>';

/** daisyUI: `label.label` then `input.input`, an optional helper `p.label` */
const input = (label: string, value: string, o: { hint?: string; type?: string } = {}) =>
  `<label class="label">${label}</label><input type="${o.type ?? 'text'}" class="input" value="${value}">${o.hint ? `<p class="label">${o.hint}</p>` : ''}`;
/** daisyUI: `label.input` with the text inside before (prefix) or after (suffix) the input */
const labelInput = (value: string, o: { prefix?: string; suffix?: string; type?: string }) =>
  `<label class="input">${o.prefix ? `<span class="label">${o.prefix}</span>` : ''}<input type="${o.type ?? 'text'}" class="grow" value="${value}">${o.suffix ? `<span class="label">${o.suffix}</span>` : ''}</label>`;
const daisySelect = (label: string, chosen: string, options: string[], prompt: string) =>
  `<label class="label">${label}</label><select class="select"><option disabled=""${chosen ? '' : ' selected=""'}>${prompt}</option>${options
    .map((o) => `<option${o === chosen ? ' selected=""' : ''}>${o}</option>`)
    .join('')}</select>`;
const filter = (legend: string, name: string, options: string[], checked: string) =>
  `<fieldset class="fieldset"><legend class="fieldset-legend">${legend}</legend><div class="filter"><input class="btn filter-reset" type="radio" name="${name}" aria-label="×">${options
    .map((o) => `<input class="btn" type="radio" name="${name}" aria-label="${o}"${o === checked ? ' checked=""' : ''}>`)
    .join('')}</div></fieldset>`;
const fieldset = (legend: string, body: string) =>
  `<fieldset class="fieldset bg-base-200 border-base-300 rounded-box w-md border p-4"><legend class="fieldset-legend">${legend}</legend>${body}</fieldset>`;

const optionTemplate = (t: string) =>
  `<div class="flex justify-between items-center w-full"><span data-title="">${t}</span><span class="hidden hs-selected:block">${check}</span></div>`;
const dropdown = (options: string[], chosen: string[]) =>
  `<div class="mt-2 z-50 w-full max-h-72 p-1 space-y-0.5 bg-white border border-gray-200 rounded-lg overflow-hidden overflow-y-auto absolute top-full hidden" data-hs-select-dropdown="" role="listbox" tabindex="-1" aria-orientation="vertical">${options
    .map(
      (o, i) =>
        `<div data-value="${o}" data-title-value="${o}" tabindex="${i}" data-id="${i}" class="cursor-pointer py-2 px-4 w-full text-sm text-gray-800 hover:bg-gray-100 rounded-lg focus:outline-hidden focus:bg-gray-100${chosen.includes(o) ? ' selected' : ''}">${optionTemplate(o)}</div>`,
    )
    .join('')}</div>`;
const config = (o: Record<string, string>) => JSON.stringify(o).replace(/'/g, '&#39;');
const nativeSelect = (id: string, chosen: string[], options: string[], multiple: boolean, cfg: Record<string, string>) =>
  `<select id="${id}"${multiple ? ' multiple=""' : ''} data-hs-select='${config(cfg)}' class="hidden" style="display: none;"><option value="">Choose</option>${options
    .map((o) => `<option value="${o}"${chosen.includes(o) ? ' selected=""' : ''}>${o}</option>`)
    .join('')}</select>`;

/** Preline advanced select (single) with its label before the wrapper */
const hsSelect = (id: string, label: string, chosen: string, options: string[], placeholder = 'Select option...') =>
  `<label for="${id}" class="block text-sm font-medium mb-2">${label}</label><div class="hs-select relative">${nativeSelect(id, chosen ? [chosen] : [], options, false, { placeholder })}<button type="button" aria-expanded="false" class="hs-select-disabled:pointer-events-none relative py-3 ps-4 pe-9 flex gap-x-2 text-nowrap w-full cursor-pointer bg-white border border-gray-200 rounded-lg text-start text-sm"><span class="truncate">${chosen || placeholder}</span></button>${dropdown(options, chosen ? [chosen] : [])}${chevrons}</div>`;

/** Preline advanced select in `mode: "tags"` (tags appended after the tags input) */
const hsTags = (label: string, chosen: string[], options: string[], placeholder = 'Select codes...') =>
  `<label for="hs-tags-input" class="block text-sm font-medium mb-2">${label}</label><div class="hs-select relative ps-0.5 pe-9 min-h-11.5 flex items-center flex-wrap text-nowrap w-full border border-gray-200 rounded-lg text-start text-sm" tabindex="0">${nativeSelect('icd', chosen, options, true, { placeholder, mode: 'tags' })}<input id="hs-tags-input" tabindex="-1" class="py-3 px-2 rounded-lg order-1 text-sm outline-hidden" placeholder="${chosen.length ? '' : placeholder}" style="width: 120px;">${chosen
    .map(
      (t) =>
        `<div data-tag-value="${t}"><div class="flex flex-nowrap items-center relative z-10 bg-white border border-gray-200 rounded-full p-1 m-1"><div class="size-6 me-1 hidden" data-icon=""></div><div class="whitespace-nowrap text-gray-800" data-title="">${t}</div><div class="inline-flex shrink-0 justify-center items-center size-5 ms-2 rounded-full text-gray-800 bg-gray-200 hover:bg-gray-300 text-sm cursor-pointer" data-remove="">${X}</div></div></div>`,
    )
    .join(
      '',
    )}${dropdown(options, chosen)}${chevrons}<span style="visibility: hidden; white-space: pre; position: absolute;">${chosen.length ? '' : placeholder}</span></div>`;

/** Preline datepicker input with `dateFormat: "MM/DD/YYYY"` */
const datepicker = (id: string, label: string, value: string) =>
  `<label for="${id}" class="block text-sm font-medium mb-2">${label}</label><input id="${id}" class="hs-datepicker py-2.5 px-4 block w-full border-gray-200 rounded-lg sm:text-sm" type="text" placeholder="Select day" readonly="" data-hs-datepicker='{"dateFormat": "MM/DD/YYYY", "inputMode": true}' value="${value}">`;
/** the calendar a datepicker leaves at the end of body once opened and closed */
const closedCalendar = () =>
  `<div class="vc" data-vc="calendar" data-vc-input="" data-vc-position="bottom" data-vc-calendar-hidden="" role="application" tabindex="0" data-vc-type="default" style="left: 24px; top: 260px;"><div class="vc-controls" data-vc="controls" role="toolbar"><button type="button" class="vc-arrow vc-arrow_prev" data-vc-arrow="prev" aria-label="Previous"></button><button type="button" class="vc-arrow vc-arrow_next" data-vc-arrow="next" aria-label="Next"></button></div><div class="vc-grid" data-vc="grid"><div class="vc-column" data-vc="column" role="region"><div class="vc-header" data-vc="header"><div class="vc-header__content" data-vc-header="content"><button type="button" class="vc-month" data-vc="month" aria-label="Choose a month">March</button><button type="button" class="vc-year" data-vc="year" aria-label="Choose a year">1988</button></div></div><div class="vc-wrapper" data-vc="wrapper"><div class="vc-week" data-vc="week" role="row"><b class="vc-week__day" data-vc-week-day="0">Su</b><b class="vc-week__day" data-vc-week-day="1">Mo</b></div><div class="vc-dates" data-vc="dates" role="grid">${[
    13, 14, 15,
  ]
    .map(
      (d) =>
        `<div class="vc-date" data-vc-date="1988-03-${d}"${d === 14 ? ' data-vc-date-selected=""' : ''} role="gridcell"><button type="button" class="vc-date__btn" aria-label="March ${d}, 1988" tabindex="-1">${d}</button></div>`,
    )
    .join('')}</div></div></div></div></div>`;

const therapyTable = () =>
  `<div class="overflow-x-auto rounded-box border border-base-content/5"><table class="table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r) => `<tr>${r.map((v) => `<td><input type="text" class="input input-sm" value="${v}"></td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div>`;

const shell = (body: string, tail = '') =>
  `<div data-theme="light" class="min-h-screen bg-base-100"><main class="max-w-3xl mx-auto p-6"><form class="space-y-6">${body}<button class="btn btn-primary" type="submit">Submit request</button></form></main></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('daisyUI 5 + Preline UI: fieldset, label.input, select, filter, HSSelect (single and tags), datepicker', () => {
  it('reads the full Ilaris request', () => {
    page(
      shell(
        `${fieldset('Member', `${input('Member ID', ILARIS['patient.memberId'], { hint: 'As printed on the card' })}${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}<label class="label">Weight</label>${labelInput('72', { suffix: 'kg', type: 'number' })}`)}
        ${fieldset('Diagnosis', hsTags('ICD-10 codes', ['M04.1', 'M06.1'], CODES))}
        ${filter('Is colchicine contraindicated or not tolerated?', 'colchicine', ['Yes', 'No'], 'Yes')}
        ${fieldset(
          'Medication',
          `${hsSelect('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}<label class="label">Dose</label>${labelInput('150', { suffix: 'mg', type: 'number' })}${input('Billing units', '150', { type: 'number' })}${daisySelect('Frequency', 'Every 4 weeks', FREQUENCIES, 'Pick a frequency')}`,
        )}
        ${fieldset('Labs', `<label class="label">CRP</label>${labelInput('24', { suffix: 'mg/L', type: 'number' })}${datepicker('crp-date', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${fieldset('Prior therapies', therapyTable())}
        ${fieldset('Prescriber', labelInput(ILARIS['prescriber.npi'], { prefix: 'Prescriber NPI' }))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
      'clinical.colchicineContraindicated': 'Yes',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names inputs by the label.label before them (no `for`), not by the helper p.label of the one before', () => {
    page(
      shell(
        fieldset(
          'Member',
          `${input('Member ID', ILARIS['patient.memberId'], { hint: 'Required for eligibility' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { hint: '10 digits' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a label.input by its text prefix, and takes a unit from its text suffix', () => {
    page(
      shell(
        `${labelInput(ILARIS['patient.memberId'], { prefix: 'Member ID' })}<label class="label">Weight</label>${labelInput('72', { suffix: 'kg', type: 'number' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });

  it('names a select wrapped in label.select and an input in a floating-label by their span', () => {
    page(
      shell(
        `<label class="select"><span class="label">Frequency</span><select><option>Every 4 weeks</option><option selected="">Every 8 weeks</option><option>Once</option></select></label><label class="floating-label"><span>Prescriber NPI</span><input type="text" placeholder="10 digits" class="input input-md" value="${ILARIS['prescriber.npi']}"></label>`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a select.select showing its disabled prompt option as empty', () => {
    page(
      shell(
        fieldset(
          'Medication',
          `${daisySelect('Frequency', '', FREQUENCIES, 'Pick a frequency')}${daisySelect('Drug name', ILARIS['drug.name'], DRUGS, 'Pick a drug')}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': ILARIS['drug.name'] });
  });

  it('reads filter radios under their legend by the checked one, and none checked as empty', () => {
    page(
      shell(
        `${filter('Is colchicine contraindicated or not tolerated?', 'c1', ['Yes', 'No'], 'No')}${filter('Is the patient continuing colchicine?', 'c2', ['Yes', 'No'], '')}`,
      ),
    );
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'No', 'clinical.colchicineContinuing': '' });
  });

  it('reads an HSSelect once, by its toggle, not its hidden native select or its hidden dropdown; its placeholder as empty', () => {
    page(
      shell(
        `${hsSelect('drug', 'Drug name', ILARIS['drug.name'], DRUGS)}${hsSelect('freq', 'Frequency', '', FREQUENCIES, 'Select a frequency...')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    nothingFrom('[data-hs-select-dropdown]');
    noDuplicatePaths();
  });

  it('reads HSSelect tags (drawn after the tags input) as the ICD-10 codes, and none as empty', () => {
    page(shell(hsTags('ICD-10 codes', ['M04.1', 'M06.1'], CODES)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('[data-hs-select-dropdown]');
    page(shell(hsTags('ICD-10 codes', [], CODES)));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads Preline datepickers as formatted, an empty one as empty, and nothing from a closed calendar at the end of body', () => {
    page(
      shell(
        `${datepicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datepicker('crp-date', 'CRP collection date', '')}`,
        closedCalendar(),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    nothingFrom('.vc');
  });

  it('reads the daisyUI table of prior therapies by its rows', () => {
    page(shell(fieldset('Prior therapies', therapyTable())));
    expect(read()).toEqual({ ...THERAPIES });
  });
});
