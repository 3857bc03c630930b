import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * NiceGUI 3.x (zauberzeug/nicegui at 932f019: nicegui/elements/{input.py,input.js,number.py,select.py,select.js,
 * date_input.py,date.py,menu.py,table.py,expansion.js,stepper.py,card.py,column.py,label.py},
 * nicegui/static/nicegui.js renderRecursively) over Quasar 2 (QInput/QField, QSelect, QChip, QBtn, QMenu, QDate,
 * QTable, QExpansionItem, QStepper as they render):
 * - every element gets `id="c<N>"`; ui.input/ui.number/ui.date_input set Quasar's `for` to that id, so the root
 *   `label.q-field[for=cN]` and the native `input.q-field__native#cN[aria-label]` (ui.input adds `list="cN-datalist"`);
 *   the label text is `div.q-field__label` AFTER the input; suffix `div.q-field__suffix`; hint or error in
 *   `div.q-field__bottom > div.q-field__messages` (error: `div[role=alert]`).
 * - ui.date_input: a QInput whose append slot holds a flat round QBtn (`i.material-icons` "edit_calendar") with a
 *   ui.menu holding a ui.date (QDate, mask YYYY-MM-DD): the QMenu is drawn only while open, teleported to the end
 *   of body (`div.q-menu.q-position-engine.scroll`), the QDate buttons only (no input).
 * - ui.select(multiple=True).props('use-chips'), with_input=True: QSelect's `div.q-field__native` of
 *   `div.q-chip` (`span.ellipsis` + `i.q-chip__icon--remove[role=button][aria-label=Remove]` "cancel") then
 *   `input.q-field__input[type=search][role=combobox]#cN` holding what is typed; a single select without input
 *   shows `<span>` + `input.q-select__focus-target[readonly]`; with input and `fill-input` the search box holds the
 *   chosen label; the options menu (QMenu of `div.q-item[role=option]`) is at the end of body while open.
 * - ui.table: QTable `div.q-table__container` > `div.q-table__top > div.q-table__title`, `div.q-table__middle >
 *   table.q-table` (th `text-left sortable` with `i.q-table__sort-icon` "arrow_upward"), text cells.
 * - ui.expansion: `div.q-expansion-item` > header `div.q-item[role=button][aria-expanded]` (`div.q-item__label`),
 *   `div.q-expansion-item__content[style="display: none;"]` (v-show) > `div.nicegui-expansion-content`.
 * - ui.stepper (keep-alive): `div.q-stepper__header` of `div.q-stepper__tab` (`div.q-stepper__title`), and only the
 *   active step's panel in the DOM.
 * - ui.card: `div.q-card.nicegui-card`; ui.column: `div.nicegui-column`; ui.label: a bare `div`.
 */

let n = 0;
const icon = (name: string, cls = '') =>
  `<i class="q-icon notranslate material-icons${cls ? ` ${cls}` : ''}" aria-hidden="true" role="presentation">${name}</i>`;
const btn = (iconName: string) =>
  `<button class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--round q-btn--actionable q-focusable q-hoverable" tabindex="0" type="button"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row"><i class="q-icon notranslate material-icons" aria-hidden="true" role="img">${iconName}</i></span></button>`;

type F = { suffix?: string; hint?: string; error?: string; append?: string };
const qField = (kind: string, label: string, filled: boolean, control: (id: string) => string, o: F = {}) => {
  const id = `c${++n}`;
  const messages = o.error ? `<div role="alert">${o.error}</div>` : o.hint ? `<div>${o.hint}</div>` : '';
  return `<label class="q-field row no-wrap items-start q-field--standard q-${kind} q-field--labeled${filled ? ' q-field--float q-field--filled-with-value' : ''}${o.error ? ' q-field--error q-field--highlighted' : ''}${o.hint || o.error ? ' q-field--with-bottom' : ''}" for="${id}"><div class="q-field__inner relative-position col self-stretch"><div class="q-field__control relative-position row no-wrap" tabindex="-1"><div class="q-field__control-container col relative-position row no-wrap q-anchor--skip">${control(id)}<div class="q-field__label no-pointer-events absolute ellipsis">${label}</div>${o.suffix ? `<div class="q-field__suffix no-pointer-events row items-center">${o.suffix}</div>` : ''}</div>${o.append ? `<div class="q-field__append q-field__marginal row no-wrap items-center">${o.append}</div>` : ''}</div>${messages ? `<div class="q-field__bottom row items-start q-field__bottom--animated"><div class="q-field__messages col">${messages}</div></div>` : ''}</div></label>`;
};
const input = (label: string, value: string, o: F = {}) =>
  qField(
    'input',
    label,
    !!value,
    (id) =>
      `<input class="q-field__native q-placeholder" tabindex="0" aria-label="${label}" list="${id}-datalist" id="${id}" type="text" value="${value}">`,
    o,
  );
const number = (label: string, value: string, o: F = {}) =>
  qField(
    'input',
    label,
    !!value,
    (id) => `<input class="q-field__native q-placeholder" tabindex="0" aria-label="${label}" id="${id}" type="number" value="${value}">`,
    o,
  );
const dateInput = (label: string, value: string) =>
  qField(
    'input',
    label,
    !!value,
    (id) => `<input class="q-field__native q-placeholder" tabindex="0" aria-label="${label}" id="${id}" type="text" value="${value}">`,
    { append: btn('edit_calendar') },
  );

const chip = (t: string) =>
  `<div class="q-chip row inline no-wrap items-center q-chip--dense"><div class="q-chip__content col row no-wrap items-center q-anchor--skip"><span class="ellipsis">${t}</span></div><i class="q-icon notranslate material-icons q-chip__icon q-chip__icon--remove cursor-pointer" aria-hidden="false" role="button" aria-label="Remove" tabindex="-1">cancel</i></div>`;
/** ui.select; `chips` = multiple with use-chips; `withInput` = use-input (a single one fills it with its choice) */
const select = (label: string, chosen: string[], o: { chips?: boolean; withInput?: boolean; typed?: string; open?: boolean } = {}) =>
  qField(
    'select',
    label,
    chosen.length > 0 || !!o.typed,
    (id) => {
      const aria = `role="combobox" aria-readonly="false" aria-autocomplete="${o.withInput ? 'list' : 'none'}" aria-expanded="${!!o.open}" aria-controls="${id}_lb" aria-label="${label}"`;
      const selection = o.chips ? chosen.map(chip).join('') : o.withInput ? '' : chosen.length ? `<span>${chosen.join(', ')}</span>` : '';
      const target = o.withInput
        ? `<input class="q-field__input q-placeholder col" value="${o.typed ?? (o.chips ? '' : chosen.join(''))}" type="search" tabindex="0" ${aria} id="${id}">`
        : `<input class="q-select__focus-target" id="${id}" readonly value="${chosen.join(', ')}" tabindex="0" ${aria}>`;
      return `<div class="q-field__native row items-center">${selection}${target}</div>`;
    },
    { append: icon('arrow_drop_down', 'q-select__dropdown-icon') },
  );
/** the options menu of the last select, open at the end of body */
const optionsMenu = (options: string[], chosen: string[]) =>
  `<div class="q-menu q-position-engine scroll" style="max-height: 420px; min-width: 320px; top: 240px; left: 16px;"><div class="q-virtual-scroll__content" tabindex="-1" id="c${n}_lb">${options
    .map(
      (o) =>
        `<div class="q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-manual-focusable${chosen.includes(o) ? ' q-item--active q-manual-focusable--focused' : ''}" role="option" aria-selected="${chosen.includes(o)}" tabindex="-1"><div class="q-focus-helper" tabindex="-1"></div><div class="q-item__section column q-item__section--main justify-center"><div class="q-item__label"><span>${o}</span></div></div></div>`,
    )
    .join('')}</div></div>`;

const label = (t: string) => `<div id="c${++n}" class="text-h6">${t}</div>`;
const card = (title: string, body: string) => `<div id="c${++n}" class="q-card nicegui-card">${label(title)}${body}</div>`;
const app = (body: string, tail = '') =>
  `<div id="app" data-v-app=""><div class="q-layout q-layout--standard" tabindex="-1"><div class="q-page-container"><main class="q-page nicegui-content"><div id="c${++n}" class="nicegui-column">${body}</div></main></div></div></div>${tail}`;

const table = (title: string, cols: string[], rows: string[][]) =>
  `<div id="c${++n}" class="q-table__container q-table--horizontal-separator column no-wrap q-table__card q-table--flat q-table--bordered q-table--no-wrap"><div class="q-table__top relative-position row items-center"><div class="q-table__control"><div class="q-table__title">${title}</div></div></div><div class="q-table__middle scroll"><table class="q-table"><thead><tr>${cols
    .map((c) => `<th class="text-left sortable">${c}${icon('arrow_upward', 'q-table__sort-icon q-table__sort-icon--left')}</th>`)
    .join(
      '',
    )}</tr></thead><tbody>${rows.map((r) => `<tr class="">${r.map((v) => `<td class="text-left">${v}</td>`).join('')}</tr>`).join('')}</tbody></table></div></div>`;

const THERAPY_COLS = ['Drug', 'Dose', 'Start', 'Stop', 'Outcome'];
const ISO_ROWS = [0, 1].map((i) =>
  (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((c) => ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${c}`]),
);

const member = () =>
  `${input('Member ID', ILARIS['patient.memberId'])}${dateInput('Date of birth', '1988-03-14')}${number('Weight', '72', { suffix: 'kg' })}`;
const medication = () =>
  `${select('Drug name', [ILARIS['drug.name']])}${input('HCPCS code', ILARIS['drug.hcpcs'])}${input('NDC', ILARIS['drug.ndc'])}${number('Dose', '150', { suffix: 'mg' })}${number('Billing units', '150')}${select('Frequency', ['Every 4 weeks'])}`;

describe('NiceGUI: ui.input, ui.number, ui.date_input, ui.select, ui.table, ui.expansion, ui.stepper', () => {
  it('reads the full Ilaris request, prior therapies from a ui.table', () => {
    page(
      app(
        `${card('Member', member())}${card('Diagnosis', select('ICD-10 codes', ['M04.1', 'M06.1'], { chips: true, withInput: true }))}${card('Medication', medication())}${card(
          'Labs',
          `${number('CRP', '24', { suffix: 'mg/L' })}${dateInput('CRP collection date', '2026-11-02')}`,
        )}${card('Prior therapies', table('Prior therapies', THERAPY_COLS, ISO_ROWS))}${card('Prescriber', input('Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads a ui.date_input while its menu is open, and nothing from the ui.date in it', () => {
    const calendar = `<div class="q-menu q-position-engine scroll" style="top: 180px; left: 220px;"><div id="c90" class="q-date q-date--portrait q-date--portrait-standard q-date--standard"><div class="q-date__header"><div class="relative-position"><div class="q-date__header-subtitle q-date__header-link q-date__header-link--active" tabindex="0">1988</div></div><div class="q-date__header-title relative-position flex no-wrap"><div class="relative-position col"><div class="q-date__header-title-label q-date__header-link q-date__header-link--active" tabindex="0">Mon, Mar 14</div></div></div></div><div class="q-date__main col column"><div class="q-date__content col relative-position"><div class="q-date__view q-date__calendar"><div class="q-date__navigation row items-center no-wrap"><div class="relative-position overflow-hidden flex flex-center col"><button class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--rectangle q-btn--actionable q-focusable q-hoverable q-btn--dense" tabindex="0" type="button"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row"><span class="block">March</span></span></button></div><div class="relative-position overflow-hidden flex flex-center col"><button class="q-btn q-btn-item non-selectable no-outline q-btn--flat q-btn--rectangle q-btn--actionable q-focusable q-hoverable q-btn--dense" tabindex="0" type="button"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row"><span class="block">1988</span></span></button></div></div><div class="q-date__calendar-weekdays row items-center no-wrap"><div class="col">S</div><div class="col">M</div></div><div class="q-date__calendar-days-container relative-position overflow-hidden"><div class="q-date__calendar-days fit">${[
      13, 14, 15,
    ]
      .map(
        (d) =>
          `<div class="q-date__calendar-item q-date__calendar-item--in"><button class="q-btn q-btn-item non-selectable no-outline q-btn--${d === 14 ? 'unelevated bg-primary text-white' : 'flat'} q-btn--round q-btn--actionable q-focusable q-hoverable q-btn--dense" tabindex="0" type="button"><span class="q-focus-helper"></span><span class="q-btn__content text-center col items-center q-anchor--skip justify-center row"><span class="block">${d}</span></span></button></div>`,
      )
      .join('')}</div></div></div></div></div></div></div>`;
    page(app(`${dateInput('Date of birth', '1988-03-14')}${dateInput('CRP collection date', '')}`, calendar));
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('.q-menu');
  });

  it('reads the chips of a multiple ui.select as the ICD-10 codes, not the filter typed into it or its open options', () => {
    page(
      app(
        select('ICD-10 codes', ['M04.1', 'M06.1'], { chips: true, withInput: true, typed: 'M04', open: true }),
        optionsMenu(['M04.1', 'M04.8'], ['M04.1']),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.q-menu');
  });

  it('reads a single ui.select with input (fill-input) as its choice, and an empty one as empty', () => {
    page(app(`${select('Drug name', [ILARIS['drug.name']], { withInput: true })}${select('Frequency', [], { withInput: true })}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it("reads nothing from a ui.table of the member's previous requests beside the form", () => {
    page(
      app(
        `${card('New request', `${input('Member ID', ILARIS['patient.memberId'])}${select('Drug name', [ILARIS['drug.name']])}${input('Prescriber NPI', '')}`)}${card(
          'Previous requests',
          table(
            'Previous requests',
            ['Member ID', 'Drug', 'Prescriber NPI', 'Submitted', 'Status'],
            [
              ['U4829163702', 'Kineret (anakinra)', '1457389201', '2026-07-01', 'Approved'],
              ['U4829163702', 'colchicine', '1457389201', '2026-01-05', 'Closed'],
            ],
          ),
        )}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'], 'prescriber.npi': '' });
  });

  it('reads the new request, not a card of read-only inputs summing up the last one above it', () => {
    const readonly = (label: string, value: string) =>
      input(label, value).replace('q-field--labeled', 'q-field--labeled q-field--readonly').replace('type="text"', 'type="text" readonly');
    page(
      app(
        `${card('Last request (approved 2026-07-01)', `${readonly('Member ID', ILARIS['patient.memberId'])}${readonly('Drug name', 'Kineret (anakinra)')}${readonly('Prescriber NPI', '1457389201')}`)}${card(
          'New request',
          `${input('Member ID', ILARIS['patient.memberId'])}${select('Drug name', [ILARIS['drug.name']])}${input('Prescriber NPI', ILARIS['prescriber.npi'])}`,
        )}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.name': ILARIS['drug.name'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('names a ui.input by its label, not its validation error or hint', () => {
    page(
      app(
        `${input('Member ID', 'U48291637', { error: 'Member ID must be 11 characters' })}${input('Prescriber NPI', ILARIS['prescriber.npi'], { hint: '10-digit NPI' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U48291637', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads filled boxes inside a collapsed ui.expansion', () => {
    const expansion = (title: string, body: string) =>
      `<div id="c${++n}" class="q-expansion-item q-item-type q-expansion-item--collapsed q-expansion-item--standard"><div class="q-expansion-item__container relative-position"><div class="q-item q-item-type row no-wrap q-item--clickable q-link cursor-pointer q-focusable q-hoverable" tabindex="0" role="button" aria-expanded="false" aria-controls="e_${n}" aria-label="Expand &quot;${title}&quot;"><div class="q-focus-helper" tabindex="-1"></div><div class="q-item__section column q-item__section--main justify-center"><div class="q-item__label">${title}</div></div><div class="q-item__section column q-item__section--side justify-center q-focusable relative-position cursor-pointer">${icon('keyboard_arrow_down', 'q-expansion-item__toggle-icon')}</div></div><div class="q-expansion-item__content relative-position" id="e_${n}" style="display: none;"><div class="nicegui-expansion-content">${body}</div></div></div></div>`;
    page(
      app(
        `${input('Member ID', ILARIS['patient.memberId'])}${expansion('Labs', `${number('CRP', '24', { suffix: 'mg/L' })}${dateInput('CRP collection date', '2026-11-02')}`)}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'labs.crpValue': '24', 'labs.crpDate': '2026-11-02' });
  });

  it("reads the active ui.stepper step, named by its boxes' labels and not the step titles", () => {
    const tab = (t: string, state: string, dot: string) =>
      `<div class="q-stepper__tab col-grow flex items-center no-wrap relative-position q-stepper__tab--${state}"><div class="q-stepper__dot row flex-center q-stepper__line relative-position"><span>${dot}</span></div><div class="ellipsis q-stepper__label q-stepper__line relative-position"><div class="q-stepper__title">${t}</div></div></div>`;
    page(
      app(
        `<div id="c${++n}" class="q-stepper q-stepper--horizontal"><div class="q-stepper__header row items-stretch justify-between q-stepper__header--standard-labels q-stepper__header--border">${tab('Patient', 'done', icon('check'))}${tab('Medication', 'active', '2')}${tab('Review', 'navigation', '3')}</div><div class="q-stepper__content q-panel-parent"><div class="q-panel scroll" role="tabpanel"><div class="q-stepper__step-content"><div class="q-stepper__step-inner">${medication()}<div id="c${++n}" class="q-stepper__nav nicegui-stepper-navigation">${btn('arrow_back')}${btn('arrow_forward')}</div></div></div></div></div></div>`,
      ),
    );
    expect(read()).toEqual({
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.ndc': ILARIS['drug.ndc'],
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'Every 4 weeks',
    });
  });
});
