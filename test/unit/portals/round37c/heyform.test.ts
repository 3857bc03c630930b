import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * HeyForm (heyform/heyform at c885691, packages/form-renderer/src: Renderer.tsx, views/{Blocks,Header,Footer,
 * Sidebar,Branding}.tsx, blocks/{Block,Form,ShortText,Number,Date,MultipleChoice,InputTable}.tsx,
 * components/{FormField,Input,DateInput,ChoiceRadioGroup,ChoiceRadio,TableInput,Submit}.tsx, consts/date.ts):
 * - One question per screen: views/Blocks.tsx renders only `state.fields[state.scrollIndex]` between the header
 *   and the footer, in `div.heyform-root > div.heyform-wrapper`.
 * - Block: `div#heyform-<instance>-<field id>.heyform-body.heyform-body-active` > `div.heyform-theme-background` +
 *   `div.heyform-block-container.heyform-<kind>` (a group's child first shows `div.heyform-block-group` with the
 *   group's "Question N" and `h2.heyform-block-title`) > `div.heyform-block.heyform-block-next.heyform-block-entered` >
 *   `div.heyform-block-scroll > div.heyform-scroll-wrapper > div.heyform-scroll-container > div.heyform-block-main >
 *   div.heyform-block-wrapper` > `div.heyform-block-header` (`div.heyform-block-number` "Question 3 " + `span.text-red-700`
 *   "*" when required, `h1.heyform-block-title`, `div.heyform-block-description`) then `form.heyform-form[autocomplete=off]`
 *   (rc-field-form) > `div.heyform-form-field` > the control (+ `div.heyform-validation-wrapper >
 *   div.heyform-validation-error` after a failed submit), then `div.mt-8` > `div.heyform-submit-container >
 *   button.heyform-submit-button[type=submit]` "Next" + a tabler chevron svg, `button.heyform-skip-button` "Skip"
 *   when optional. No `<label>` names a question's control: its title is the `h1`.
 * - Input: `input.input.heyform-input` (type only for number), placeholder "Your answer goes here".
 * - Date: `div.heyform-date-root` of `div.heyform-date-input.heyform-date-item-<month|day|year>` >
 *   `label.heyform-date-label[for=heyform-date-<id>]` "Month" + `input#heyform-date-<id>[placeholder=MM]`, with
 *   `div.heyform-date-divider` "/" between them (MM/DD/YYYY).
 * - Multiple choice: `div.heyform-radio-group` of `div.heyform-radio(.heyform-radio-selected)` > container >
 *   `div.heyform-radio-content` (`div.heyform-radio-hotkey` "A", `div.heyform-radio-label`) + `div.heyform-radio-icon`
 *   (check svg): no input, no role; "Other" chosen shows an Input "Type your answer" in its label.
 * - Input table: `div.heyform-table-root > table > thead.heyform-table-header > tr > th` per column, at least five
 *   `tr.heyform-table-row` of `td > input.input.heyform-input[type=text]`.
 * - Sidebar (question list enabled): `div.heyform-sidebar` > `h2.heyform-sidebar-title` "Questions", each
 *   `div.heyform-sidebar-question-title` "N. <title>". Footer: pagination buttons, `a.heyform-branding`.
 */

const chevron =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="tabler-icon tabler-icon-chevron-right"><path d="M9 6l6 6l-6 6"></path></svg>';
const check =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="tabler-icon tabler-icon-check"><path d="M5 12l5 5l10 -10"></path></svg>';

type Q = {
  id: string;
  kind: string;
  n: string;
  title: string;
  required?: boolean;
  description?: string;
  error?: string;
  last?: boolean;
  group?: { n: string; title: string };
};

const input = (value: string, type?: string, placeholder: string | null = 'Your answer goes here') =>
  `<input class="input heyform-input"${type ? ` type="${type}"` : ''}${placeholder === null ? '' : ` placeholder="${placeholder}"`} value="${value}">`;

function block(q: Q, control: string): string {
  const error = q.error ? `<div class="heyform-validation-wrapper"><div class="heyform-validation-error">${q.error}</div></div>` : '';
  const submit = q.last
    ? `<div class="heyform-submit-container"><button class="heyform-submit-button" type="submit"><span class="flex w-full items-center justify-center">Submit</span></button></div><div class="heyform-submit-warn">Never submit passwords! - <a href="https://heyform.net/report" target="_blank" rel="noreferrer">Report Abuse</a></div>`
    : `<div class="mt-8 flex items-center gap-2"><div class="heyform-submit-container !mt-0"><button class="heyform-submit-button" type="submit"><span class="flex w-full items-center justify-center justify-between">Next${chevron}</span></button></div>${
        q.required ? '' : '<button class="heyform-skip-button">Skip</button>'
      }</div>`;
  const group = q.group
    ? `<div class="heyform-block-group"><div class="heyform-block-group-container"><div class="heyform-block-number">Question ${q.group.n}</div><h2 class="heyform-block-title">${q.group.title}</h2></div></div>`
    : '';
  return `<div id="heyform-k3v9-${q.id}" class="heyform-body heyform-body-active"><div class="heyform-theme-background"></div><div class="heyform-block-container heyform-${q.kind}">${group}<div class="heyform-block heyform-block-next heyform-block-entered"><div class="heyform-block-scroll"><div class="heyform-scroll-wrapper"><div class="heyform-scroll-container"><div class="heyform-block-main"><div class="heyform-block-wrapper"><div class="heyform-block-header"><div class="heyform-block-number heyform-block-number-${q.n}">Question ${q.n} ${
    q.required ? '<span class="text-red-700">*</span>' : ''
  }</div><h1 class="heyform-block-title">${q.title}</h1>${q.description ? `<div class="heyform-block-description">${q.description}</div>` : ''}</div><form class="heyform-form${q.last ? ' heyform-form-last' : ''}" autocomplete="off"><div class="heyform-form-field">${control}${error}</div>${submit}</form></div></div></div></div></div></div></div></div>`;
}

const dateInput = (mm: string, dd: string, yyyy: string) => {
  const item = (id: string, label: string, format: string, v: string) =>
    `<div class="heyform-date-input heyform-date-item-${id}"><label for="heyform-date-${id}" class="heyform-date-label">${label}</label><input class="input heyform-input" id="heyform-date-${id}" placeholder="${format}" value="${v}"></div>`;
  return `<div class="heyform-date-root">${item('month', 'Month', 'MM', mm)}<div class="heyform-date-divider">/</div>${item('day', 'Day', 'DD', dd)}<div class="heyform-date-divider">/</div>${item('year', 'Year', 'YYYY', yyyy)}</div>`;
};

const choices = (options: string[], chosen: string[], other?: string) =>
  `<div class="heyform-radio-group">${[...options, ...(other !== undefined ? ['Other'] : [])]
    .map((o, i) => {
      const isOther = other !== undefined && i === options.length;
      const selected = isOther ? other !== '' : chosen.includes(o);
      const label = isOther && selected ? input(other, undefined, 'Type your answer') : o;
      return `<div class="heyform-radio${isOther ? ' heyform-radio-other' : ''}${selected ? ' heyform-radio-selected' : ''}"><div class="heyform-radio-container"><div class="heyform-radio-content"><div class="heyform-radio-hotkey">${String.fromCharCode(65 + i)}</div><div class="heyform-radio-label">${label}</div></div><div class="heyform-radio-icon">${check}</div></div></div>`;
    })
    .join('')}</div>`;

const table = (columns: string[], rows: string[][]) =>
  `<div class="heyform-table-root"><table><thead class="heyform-table-header"><tr>${columns.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${Array.from(
    { length: Math.max(rows.length, 5) },
    (_, r) => `<tr class="heyform-table-row">${columns.map((_, c) => `<td>${input(rows[r]?.[c] ?? '', 'text', null)}</td>`).join('')}</tr>`,
  ).join('')}</tbody></table></div>`;

const sidebar = (titles: string[], selected: number) =>
  `<div class="heyform-sidebar heyform-sidebar-entered"><div class="heyform-sidebar-container"><div class="heyform-sidebar-heading"><h2 class="heyform-sidebar-title">Questions</h2><button class="heyform-button-link" type="button"><svg class="heyform-icon"></svg></button></div><div class="heyform-sidebar-content heyform-scrollbar"><div class="heyform-sidebar-question-list">${titles
    .map(
      (t, i) =>
        `<div class="heyform-sidebar-question${i === selected ? ' heyform-sidebar-question-selected' : ''}"><div class="heyform-sidebar-question-root"><div class="heyform-sidebar-question-toggle-collapse"></div><div id="heyform-sidebar-f${i}" class="heyform-sidebar-question-title">${i + 1}. ${t}</div></div></div>`,
    )
    .join('')}</div></div></div></div>`;

/** the renderer showing one block (and the question list when open) */
const screen = (blockHtml: string, side = '') =>
  `<div class="heyform-root${side ? ' heyform-root-open' : ''}"><div class="heyform-wrapper"><div class="heyform-header"><div class="heyform-header-wrapper"><div class="heyform-header-left"></div><div class="heyform-header-right"></div></div></div>${blockHtml}<div class="heyform-footer"><div class="heyform-footer-wrapper"><div class="heyform-footer-left"></div><div class="heyform-footer-right"><div class="heyform-pagination"><button class="heyform-button-link heyform-pagination-previous" type="button" aria-label="Previous question"><svg class="tabler-icon-chevron-up"></svg></button><button class="heyform-button-link heyform-pagination-next" type="button" aria-label="Next question"><svg class="tabler-icon-chevron-down"></svg></button></div><a class="heyform-branding" href="https://heyform.net/?ref=badge" target="_blank">Made with <span class="font-bold">HeyForm</span></a></div></div></div></div>${side}</div>`;

const THERAPY_COLUMNS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];

/** each screen of the Ilaris request, in order */
const screens = (): string[] => [
  block({ id: 'Wm1', kind: 'short-text', n: '1', title: 'Member ID', required: true }, input(ILARIS['patient.memberId'])),
  block({ id: 'Wm2', kind: 'date', n: '2', title: 'Date of birth', required: true }, dateInput('03', '14', '1988')),
  block({ id: 'Wm3', kind: 'number', n: '3', title: 'Weight (kg)' }, input('72', 'number')),
  block(
    { id: 'Wm4', kind: 'short-text', n: '4.1', title: 'Drug name', required: true, group: { n: '4', title: 'Medication' } },
    input(ILARIS['drug.name']),
  ),
  block(
    { id: 'Wm5', kind: 'short-text', n: '4.2', title: 'HCPCS code', group: { n: '4', title: 'Medication' } },
    input(ILARIS['drug.hcpcs']),
  ),
  block(
    {
      id: 'Wm6',
      kind: 'short-text',
      n: '4.3',
      title: 'NDC',
      description: 'The 11-digit code on the carton.',
      group: { n: '4', title: 'Medication' },
    },
    input(ILARIS['drug.ndc']),
  ),
  block({ id: 'Wm7', kind: 'number', n: '4.4', title: 'Dose (mg)', group: { n: '4', title: 'Medication' } }, input('150', 'number')),
  block({ id: 'Wm8', kind: 'number', n: '4.5', title: 'Billing units', group: { n: '4', title: 'Medication' } }, input('150', 'number')),
  block(
    { id: 'Wm9', kind: 'short-text', n: '5', title: 'ICD-10 codes', required: true, description: 'Separate codes with commas.' },
    input('M04.1, M06.1'),
  ),
  block({ id: 'Wn1', kind: 'number', n: '6', title: 'CRP (mg/L)' }, input('24', 'number')),
  block({ id: 'Wn2', kind: 'date', n: '7', title: 'CRP collection date' }, dateInput('11', '02', '2026')),
  block({ id: 'Wn3', kind: 'input-table', n: '8', title: 'Prior therapies' }, table(THERAPY_COLUMNS, THERAPY_ROWS)),
  block({ id: 'Wn4', kind: 'short-text', n: '9', title: 'Prescriber NPI', required: true, last: true }, input(ILARIS['prescriber.npi'])),
];

/** the five rows of an input table: the two therapies, then three empty rows */
const TABLE_READ = {
  ...THERAPIES,
  ...Object.fromEntries(
    [2, 3, 4].flatMap((i) => ['drug', 'dose', 'start', 'stop', 'outcome'].map((c) => [`priorTherapies.${i}.${c}`, ''])),
  ),
};

describe('HeyForm renderer: one question per screen, titled by its h1', () => {
  // misread: every block but the input table and the CRP date is missing: a block's only name is its
  // `h1.heyform-block-title`, which the reader records as the input's section, not its label (the input has no
  // label, id or name; its placeholder is "Your answer goes here"), so nothing claims memberId, dob, weight, the
  // drug's fields, the codes, the CRP value or the NPI
  it.fails('reads the full Ilaris request screen by screen', () => {
    const seen: Record<string, string> = {};
    for (const s of screens()) {
      page(screen(s));
      noDuplicatePaths();
      Object.assign(seen, read());
    }
    expect(seen).toEqual({ ...ILARIS, ...TABLE_READ, 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  // misread: nothing is read: the h1 "Member ID" is only the input's section (see the full request)
  it.fails("names a short-text block's input by the block's h1 title, not its question number or placeholder", () => {
    page(screen(screens()[0]!));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  // misread: patient.dob is missing: the month, day and year boxes join as one split date (03/14/1988), but its
  // only name is the h1 "Date of birth", read as its section
  it.fails('reads a date block split into month, day and year boxes as one date', () => {
    page(screen(screens()[1]!));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'] });
  });

  it('reads a CRP date block split into month, day and year boxes as one date', () => {
    page(screen(screens()[10]!));
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'] });
  });

  it('reads an input table of prior therapies by its column headers, its five rows as entries', () => {
    page(screen(screens()[11]!));
    expect(read()).toEqual(TABLE_READ);
    noDuplicatePaths();
  });

  // misread: nothing is read: neither the block's h1 "HCPCS code" nor the group's h2 "Medication" names the input
  it.fails("reads a block inside a group by its own title, not the group's", () => {
    page(screen(screens()[4]!));
    expect(read()).toEqual({ 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  // misread: nothing is read: the h1 "Prescriber NPI" is only the input's section
  it.fails('reads an empty required block showing its validation error as empty', () => {
    page(
      screen(
        block(
          { id: 'Wn4', kind: 'short-text', n: '9', title: 'Prescriber NPI', required: true, error: 'This field is required' },
          input(''),
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads nothing from the open question list ("1. Member ID", …) beside the current block', () => {
    const titles = [
      'Member ID',
      'Date of birth',
      'Weight (kg)',
      'Medication',
      'ICD-10 codes',
      'CRP (mg/L)',
      'CRP collection date',
      'Prior therapies',
      'Prescriber NPI',
    ];
    page(screen(screens()[11]!, sidebar(titles, 7)));
    expect(read()).toEqual(TABLE_READ);
    nothingFrom('.heyform-sidebar');
  });

  // misread: drug.frequency is missing: a multiple choice block draws its choices as divs (no input, no role), the
  // chosen one only classed `heyform-radio-selected`
  it.fails('reads a multiple choice block (letter keys) as its chosen choice', () => {
    page(
      screen(
        block(
          { id: 'Wp1', kind: 'multiple-choice', n: '4.6', title: 'Frequency', required: true },
          choices(['Every 4 weeks', 'Every 8 weeks', 'Once'], ['Every 4 weeks']),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  // misread: drug.name is missing: the "Other" box ("Type your answer") is named by nothing but the h1, its section
  it.fails('reads the text typed in a multiple choice block\'s "Other" choice as the answer', () => {
    page(
      screen(
        block(
          { id: 'Wp2', kind: 'multiple-choice', n: '4.1', title: 'Drug name', required: true },
          choices(['Kineret (anakinra)', 'Arcalyst (rilonacept)'], [], ILARIS['drug.name']),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });
});
