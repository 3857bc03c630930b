import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Tripetto Autoscroll runner 9.0.2 (npm @tripetto/runner-autoscroll@9.0.2, runner/esm/index.mjs, minified; its
 * source lives on GitLab, not in any snapshot here) with the input components of @tripetto/runner-fabric@8.0.16
 * (dist/esm/components/{input,text,number,datetime,dropdown,multi-select,radiobuttons,checkbox,checkboxes,matrix}/
 * index.mjs, readable ESM). styled-components
 * v6, so every class below is a hashed stand-in (`sc-<id> <hash>`).
 * - The runner mounts an `iframe` with no src (same-origin, title = the form's name) and portals its whole UI into the
 *   frame's body (component `Fo`): a background `div`, the scroll box `div[tabindex=0]` > `div` (resize watcher) >
 *   the storyline `div` of blocks, then the overlay `div` (only while a popup is open). Modelled with `srcdoc`.
 * - Autoscroll renders EVERY block of the storyline: the past ones (answered) above, the active one, the upcoming
 *   ones below, each `div[data-block=<identifier>]` (opacity 0.2 unless active, by its hashed class) > `div` >
 *   `h2` > `label[for=<block key>]` the question + an empty `span` (the required "*" drawn by `::after`), the
 *   description `p`, the control `#<block key>`, the explanation `small#<key("explanation")>` (the control's
 *   aria-describedby), the `nav` of a "Next" `button` (icon span + label span; opacity 0 when not active); then
 *   the block's overlay `div` holding the "Powered by Tripetto" banner `div > a` (shown, by its class, on the
 *   first block while active; without `navigation`, no Back button unless `showPreviousButton`).
 * - Text/number: `input[type=text][autocomplete=off][inputmode]` (number shows its formatted value while blurred);
 *   text suggestions: `input[list]` + `datalist` of `option[value]`.
 * - Date (DateTimeFabric): blurred, `input[type=text][inputmode=none][autocomplete=off]` showing the locale's full
 *   date ("EEEE, MMMM d, y": "Monday, March 14, 1988"); focused, it is swapped for `input[type=date]` holding ISO.
 * - Dropdown: a native `select[required]` of a placeholder `option[value=""]` and `option[value=<option id>]`.
 * - Multi-select: `div[role=combobox][aria-haspopup=listbox][aria-controls=<key>][aria-expanded]` > `div` > per
 *   chosen option `div` > `div` (its name) + an empty `button` (a cross drawn by CSS), then `input#<key>[type=search]`
 *   (holding the query only while focused); focused, `aria-owns=<key>-options` and the overlay at the end of the
 *   frame's body: `div` > `div#<key>-options` > `div` > `div[role=option][data-id][aria-selected]` > `div` name.
 * - Radio buttons / checkboxes: per choice `div` > `label` > `input[type=radio][name=<hash>]` (no value) or
 *   `input[type=checkbox]` (no name), `span` its text, an empty `span`. Matrix: `div > table`, `thead` column titles
 *   (`th[scope=col]`, the first empty), a `tr` per row headed by `th[scope=row]`, each cell `td > label >
 *   input[type=radio][name=<hash><row>]` (no value) + two empty spans.
 */

const sc = (id: string) => `sc-${id} ${id.slice(0, 3)}Qz${id.length}w`;
const srcdoc = (html: string): string => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

type State = 'past' | 'active' | 'upcoming';
type Block = { id: string; type: string; name: string; control: string; required?: boolean; description?: string; explanation?: string };

let tab = 0;
const nav = (state: State) =>
  `<nav class="${sc(state === 'active' ? 'gJtQrs' : 'gJtQrt')}"><button type="button" class="${sc('dRkLpe')}"${state === 'upcoming' ? ' disabled=""' : ''}><span><span><svg viewBox="0 0 20 20"><path d="M9.854 19.354l6-6"></path></svg></span><span>Next</span></span></button></nav>`;

function block(b: Block, state: State, first = false): string {
  const required = b.required ? `<span class="${sc('hWtReq')}"></span>` : '';
  const explanation = b.explanation ? `<small id="${b.id}e4" class="${sc('eRsmal')}">${b.explanation}</small>` : '';
  const banner = `<div class="${sc(first && state === 'active' ? 'fRbnrV' : 'fRbnrH')}"><a href="https://tripetto.com/your-tripetto-experience/?utm_source=tripetto_runner_autoscroll&amp;utm_medium=tripetto_runners" target="_blank">Powered by Tripetto</a></div>`;
  return `<div data-block="@tripetto/block-${b.type}" class="${sc(state === 'active' ? 'kDrAct' : 'kDrIna')}"><div><h2 class="${sc('bQrH2')}"><label for="${b.id}">${b.name}</label>${required}</h2>${
    b.description ? `<p class="${sc('cIrP')}">${b.description}</p>` : ''
  }${b.control}${explanation}${nav(state)}</div><div class="${sc('aTrOv')}">${banner}</div></div>`;
}

const described = (o: { explained?: boolean }, id: string) => (o.explained ? ` aria-describedby="${id}e4"` : '');

const text = (
  id: string,
  value: string,
  o: { required?: boolean; placeholder?: string; list?: string[]; inputmode?: string; explained?: boolean } = {},
) =>
  `<input id="${id}" type="text" tabindex="${++tab}" placeholder="${o.placeholder ?? ''}"${o.required ? ' required=""' : ''} autocomplete="off" inputmode="${o.inputmode ?? 'text'}"${o.list ? ` list="${id}l"` : ''}${described(o, id)} class="${sc('lInpEl')}" value="${value}">${
    o.list ? `<datalist id="${id}l">${o.list.map((v) => `<option value="${v}"></option>`).join('')}</datalist>` : ''
  }`;

const dateText = (id: string, shown: string, placeholder = '') =>
  `<input id="${id}" type="text" tabindex="${++tab}" placeholder="${placeholder}" required="" autocomplete="off" inputmode="none" class="${sc('mDtInp')}" value="${shown}">`;

const dropdown = (id: string, placeholder: string, options: string[], chosen?: string) =>
  `<select id="${id}" tabindex="${++tab}" required="" class="${sc('nSelEl')}"><option value="" class="${sc('oPlcOp')}"${chosen ? '' : ' selected=""'}>${placeholder}</option>${options
    .map((o, i) => `<option value="${id.slice(0, 6)}${i}c9"${o === chosen ? ' selected=""' : ''}>${o}</option>`)
    .join('')}</select>`;

const multiSelect = (id: string, chosen: string[], o: { open?: boolean; query?: string; placeholder?: string } = {}) =>
  `<div role="combobox" aria-haspopup="listbox"${o.open ? ` aria-owns="${id}-options"` : ''} aria-controls="${id}" aria-expanded="${!!o.open}" class="${sc('pMsEl')}"><div>${chosen
    .map((c) => `<div class="${sc('qMsVal')}"><div>${c}</div><button></button></div>`)
    .join(
      '',
    )}<input id="${id}" type="search" autocomplete="off" spellcheck="false" inputmode="text" placeholder="${chosen.length ? '' : (o.placeholder ?? '')}" class="${sc('rMsInp')}" value="${o.open ? (o.query ?? '') : ''}"></div></div>`;

const overlay = (id: string, options: string[]) =>
  `<div class="${sc('sToOvl')}"><div id="${id}-options" class="${sc('tMsOpts')}" style="transform: translate(32px,1180px); max-width: 640px; width: 640px; opacity: 1;"><div style="max-height: 240px;">${options
    .map((o, i) => `<div data-id="${id}o${i}" role="option" aria-selected="${i === 0}" class="${sc('uMsOpt')}"><div>${o}</div></div>`)
    .join('')}</div></div></div>`;

/** RadiobuttonsFabric: per button `div` > `label` > `input[type=radio][name]` (no value) + `span` its text + `span` */
const radios = (name: string, options: string[], chosen?: string) =>
  options
    .map(
      (o) =>
        `<div class="${sc('zRbEl')}"><label class="${sc('zRbLbl')}"><input type="radio" name="${name}" tabindex="${++tab}"${o === chosen ? ' checked=""' : ''}><span>${o}</span><span></span></label></div>`,
    )
    .join('');

/** CheckboxesFabric: per box `div` > `label` > `input[type=checkbox]` (no name, no value) + `span` its text + `span` */
const checkboxes = (options: string[], ticked: string[]) =>
  options
    .map(
      (o) =>
        `<div class="${sc('zCbEl')}"><label class="${sc('zCbLbl')}"><input type="checkbox" tabindex="${++tab}"${ticked.includes(o) ? ' checked=""' : ''}><span>${o}</span><span></span></label></div>`,
    )
    .join('');

/** MatrixFabric: `div` > `table` of column titles over rows headed by `th[scope=row]`, a radio per cell in a `label`
 *  holding only two empty spans; the radios of a row share `name` + the row's index, with no value */
const matrix = (name: string, columns: string[], rows: [string, string | undefined][]) =>
  `<div class="${sc('zMxCnt')}"><table class="${sc('zMxTbl')}"><thead><tr><th scope="col"></th>${columns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      ([row, chosen], r) =>
        `<tr><th scope="row">${row}</th>${columns
          .map(
            (c) =>
              `<td><label class="${sc('zRbLbl')}"><input type="radio" name="${name}${r}" tabindex="${tab + 1}"${c === chosen ? ' checked=""' : ''}><span></span><span></span></label></td>`,
          )
          .join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;

/** the runner's frame holding `blocks` in the storyline, `tail` (an open overlay) after the scroll box */
const runner = (blocks: string, tail = '') =>
  `<main class="portal"><h1>Prior authorization: Ilaris</h1><div id="tripetto-runner"><iframe title="Ilaris prior authorization" class="${sc('vFrIfr')}" style="height: 2400px;" srcdoc="${srcdoc(
    `<div class="${sc('wJoBg')}"></div><div tabindex="0" class="${sc('xDoScr')}"><div><div class="${sc('yJrSto')}">${blocks}</div></div></div>${tail}`,
  )}"></iframe></div></main>`;

const K = {
  member: 'a41f9c2e07d3',
  dob: 'b7e20d4c91aa',
  weight: 'c3d81f5e66b0',
  drug: 'd90c4a7b2e15',
  hcpcs: 'e52b6f0d8c3a',
  ndc: 'f18e3a9c4d72',
  dose: '0a6d2c8e5b41',
  units: '1b9f4e7a3c60',
  freq: '2c7a0e5d9b84',
  codes: '3d5e8b1f6a29',
  crp: '4e3c9d2a7f10',
  crpDate: '5f1b6e8c0d93',
  npi: '6a8d3f0b5e27',
};

/** page(), then each select in the runner's frame chooses its option marked `selected`, as a browser's parser does
 *  (page() fixes happy-dom's choice in the top document only) */
function show(html: string): void {
  page(html);
  for (const frame of Array.from(document.querySelectorAll('iframe')))
    for (const select of Array.from(frame.contentDocument?.querySelectorAll('select') ?? [])) {
      const marked = Array.from(select.options).filter((o) => o.hasAttribute('selected'));
      if (marked.length) select.selectedIndex = marked[marked.length - 1]!.index;
    }
}

const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

const blocks = (): Block[] => [
  {
    id: K.member,
    type: 'text',
    name: 'Member ID',
    required: true,
    control: text(K.member, ILARIS['patient.memberId'], { required: true }),
  },
  { id: K.dob, type: 'date', name: 'Date of birth', required: true, control: dateText(K.dob, 'Monday, March 14, 1988') },
  { id: K.weight, type: 'number', name: 'Weight (kg)', control: text(K.weight, '72', { inputmode: 'decimal' }) },
  {
    id: K.drug,
    type: 'text',
    name: 'Drug name',
    required: true,
    control: text(K.drug, ILARIS['drug.name'], { required: true, list: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] }),
  },
  { id: K.hcpcs, type: 'text', name: 'HCPCS code', control: text(K.hcpcs, ILARIS['drug.hcpcs']) },
  { id: K.ndc, type: 'text', name: 'NDC', description: 'The 11-digit code on the carton.', control: text(K.ndc, ILARIS['drug.ndc']) },
  { id: K.dose, type: 'number', name: 'Dose (mg)', control: text(K.dose, '150', { inputmode: 'numeric' }) },
  { id: K.units, type: 'number', name: 'Billing units', control: text(K.units, '150', { inputmode: 'numeric' }) },
  {
    id: K.freq,
    type: 'dropdown',
    name: 'Frequency',
    required: true,
    control: dropdown(K.freq, 'Choose a frequency', FREQUENCIES, 'Every 4 weeks'),
  },
  { id: K.codes, type: 'multi-select', name: 'ICD-10 codes', required: true, control: multiSelect(K.codes, ['M04.1', 'M06.1']) },
  { id: K.crp, type: 'number', name: 'CRP (mg/L)', control: text(K.crp, '24', { inputmode: 'decimal' }) },
  { id: K.crpDate, type: 'date', name: 'CRP collection date', control: dateText(K.crpDate, 'Monday, November 2, 2026') },
  {
    id: K.npi,
    type: 'text',
    name: 'Prescriber NPI',
    required: true,
    explanation: 'Ten digits, from NPPES.',
    control: text(K.npi, ILARIS['prescriber.npi'], { required: true, inputmode: 'numeric', explained: true }),
  },
];

/** every block, the one at `active` active, those before it past, those after it upcoming */
const storyline = (list: Block[], active: number) =>
  list.map((b, i) => block(b, i < active ? 'past' : i === active ? 'active' : 'upcoming', i === 0)).join('');

const FULL = {
  ...ILARIS,
  'patient.dob': 'Monday, March 14, 1988',
  'labs.crpDate': 'Monday, November 2, 2026',
  'drug.frequency': 'Every 4 weeks',
  'diagnosis.codes.0': 'M04.1, M06.1',
};

describe('Tripetto Autoscroll runner: every block in its frame, past answers above, upcoming questions below', () => {
  it('reads the full Ilaris request from the blocks in the runner frame', () => {
    const list = blocks();
    show(runner(storyline(list, list.length - 1)));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('names each block by its h2 label, not its description, explanation or "Next" button', () => {
    const list = blocks();
    show(runner(storyline(list, list.length - 1)));
    expect(field('drug.ndc')?.label).toBe('NDC');
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the past answers above the active block, and the upcoming blocks below it as empty', () => {
    const list = blocks().map((b, i) =>
      i < 11
        ? b
        : { ...b, control: b.id === K.crpDate ? dateText(b.id, '') : text(b.id, '', { required: b.required, inputmode: 'numeric' }) },
    );
    show(runner(storyline(list, 10)));
    expect(read()).toEqual({ ...FULL, 'labs.crpDate': '', 'prescriber.npi': '' });
  });

  it('reads a focused date block by its native date input (ISO), a blurred one by its full date', () => {
    const focused = `<input id="${K.dob}" type="date" placeholder="yyyy-MM-ddThh:mm" tabindex="2" required="" autocomplete="off" class="${sc('mDtInp')}" value="1988-03-14">`;
    show(
      runner(
        storyline(
          [
            { id: K.dob, type: 'date', name: 'Date of birth', required: true, control: focused },
            { id: K.crpDate, type: 'date', name: 'CRP collection date', control: dateText(K.crpDate, 'Monday, November 2, 2026') },
          ],
          0,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': 'Monday, November 2, 2026' });
  });

  it('reads a dropdown block by its chosen option text (not its option id), empty on its placeholder', () => {
    show(
      runner(
        storyline(
          [
            {
              id: K.drug,
              type: 'dropdown',
              name: 'Drug name',
              control: dropdown(K.drug, 'Choose a drug', ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
            },
            {
              id: K.freq,
              type: 'dropdown',
              name: 'Frequency',
              control: dropdown(K.freq, 'Choose a frequency', FREQUENCIES, 'Every 8 weeks'),
            },
          ],
          1,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a text block by its value, not the suggestions of its datalist', () => {
    show(
      runner(
        storyline(
          [
            {
              id: K.drug,
              type: 'text',
              name: 'Drug name',
              control: text(K.drug, '', { list: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] }),
            },
          ],
          0,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it("reads a radio buttons block by its checked button's text", () => {
    show(
      runner(
        storyline([{ id: K.freq, type: 'radiobuttons', name: 'Frequency', control: radios('9a1c', FREQUENCIES, 'Every 8 weeks') }], 0),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  // misread: priorTherapies.0.outcome and priorTherapies.1.outcome read "" (they had read "on", the bare value of
  // each row's checked radio: no value attribute, its label only two empty spans), not the column's title
  // ("Inadequate response", "Injection-site reactions"); the row's radio group is named by the first column
  it.fails('reads a matrix block of prior therapies by its column titles, never by its radios\' bare "on" value', () => {
    const outcomes = ['Inadequate response', 'Injection-site reactions', 'Still taking'];
    show(
      runner(
        storyline(
          [
            {
              id: '7b2e',
              type: 'matrix',
              name: 'How did each prior therapy end?',
              control: matrix('c81f', outcomes, [
                ['colchicine', 'Inadequate response'],
                ['anakinra', 'Injection-site reactions'],
              ]),
            },
          ],
          0,
        ),
      ),
    );
    expect(Object.values(read())).not.toContain('on');
    expect(read()).toMatchObject({
      'priorTherapies.0.outcome': 'Inadequate response',
      'priorTherapies.1.outcome': 'Injection-site reactions',
    });
  });

  // misread: diagnosis.codes.0 is missing: the boxes (no name, each alone in its `div` > `label` with its text in a
  // `span`) are not joined into one group: each is a lone checkbox ("Yes" or nothing) named by its own code, and
  // claims nothing
  it.fails("reads a checkboxes block by its ticked boxes' texts", () => {
    show(
      runner(
        storyline(
          [{ id: K.codes, type: 'checkboxes', name: 'ICD-10 codes', control: checkboxes(['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1']) }],
          0,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a closed multi-select block as its chosen codes', () => {
    show(
      runner(
        storyline([{ id: K.codes, type: 'multi-select', name: 'ICD-10 codes', control: multiSelect(K.codes, ['M04.1', 'M06.1']) }], 0),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an open multi-select block as its chosen codes, not its typed query nor the options in the overlay', () => {
    show(
      runner(
        storyline(
          [
            {
              id: K.codes,
              type: 'multi-select',
              name: 'ICD-10 codes',
              control: multiSelect(K.codes, ['M04.1', 'M06.1'], { open: true, query: 'M04' }),
            },
          ],
          0,
        ),
        overlay(K.codes, ['M04.8', 'M04.9']),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom(`[id="${K.codes}-options"]`);
  });

  it('reads an open multi-select block with nothing chosen as empty, not the code typed in its search nor its options', () => {
    show(
      runner(
        storyline(
          [
            {
              id: K.codes,
              type: 'multi-select',
              name: 'ICD-10 codes',
              control: multiSelect(K.codes, [], { open: true, query: 'M04.1', placeholder: 'Type to search codes' }),
            },
          ],
          0,
        ),
        overlay(K.codes, ['M04.1']),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads an empty multi-select block (its placeholder is no value) as empty', () => {
    show(
      runner(
        storyline(
          [
            {
              id: K.codes,
              type: 'multi-select',
              name: 'ICD-10 codes',
              control: multiSelect(K.codes, [], { placeholder: 'Type to search codes' }),
            },
          ],
          0,
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});
