import { describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, nothingFrom } from '../round5/request';

/**
 * Handsontable 14 as an editable prior-therapy grid (handsontable/handsontable,
 * handsontable/src/editors/textEditor/textEditor.js (`createElements`: `div.handsontableInputHolder`
 * appended to the root element, holding `textarea.handsontableInput[data-hot-input][tabindex=-1]`;
 * `hideEditableElement`: `ht_editor_hidden`, opacity 0, height 1px; `showEditableElement`: the layer
 * class, positioned over the edited cell), handsontable/src/helpers/a11y.js (the root `role=treegrid`
 * with `aria-rowcount`/`aria-colcount`, `table.htCore[role=presentation]`, `role=row`,
 * `role=columnheader`, `role=rowheader`, `role=gridcell`, `aria-rowindex`/`aria-colindex`)). The grid
 * is drawn as `div.handsontable > div.ht_master > div.wtHolder > div.wtHider > div.wtSpreader >
 * table.htCore` whose cells hold their values as text (`th > div.relative > span.colHeader`
 * headers, `span.rowHeader` numbers), plus the overlay clones (`div.ht_clone_top`, ...) repeating the
 * header table.
 */

const COLS = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];

const header = () =>
  `<thead><tr role="row" aria-rowindex="1"><th role="columnheader" aria-colindex="1"><div class="relative"><span class="colHeader cornerHeader">&nbsp;</span></div></th>${COLS.map(
    (c, i) => `<th role="columnheader" aria-colindex="${i + 2}"><div class="relative"><span class="colHeader">${c}</span></div></th>`,
  ).join('')}</tr></thead>`;
const colgroup = `<colgroup><col class="rowHeader" style="width: 50px;">${COLS.map(() => '<col style="width: 140px;">').join('')}</colgroup>`;

/** the grid; `edit` opens the text editor on that row and column with its value */
function grid(rows: string[][], edit?: { row: number; col: number }): string {
  const body = `<tbody>${rows
    .map(
      (r, i) =>
        `<tr role="row" aria-rowindex="${i + 2}"><th role="rowheader" aria-colindex="1" class="${edit?.row === i ? 'ht__highlight' : ''}"><div class="relative"><span class="rowHeader">${i + 1}</span></div></th>${r
          .map(
            (v, j) =>
              `<td role="gridcell" aria-colindex="${j + 2}" tabindex="-1" class="${edit?.row === i && edit.col === j ? 'current highlight' : ''}">${v}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('')}</tbody>`;
  const clone = (cls: string, table: string) =>
    `<div class="${cls} handsontable" dir="ltr" style="position: absolute; top: 0px; left: 0px;"><div class="wtHolder"><div class="wtHider"><div class="wtSpreader"><table class="htCore" role="presentation">${table}</table></div></div></div></div>`;
  const editing = edit ? rows[edit.row]![edit.col]! : '';
  const editor = edit
    ? `<div class="handsontableInputHolder ht_clone_master" style="top: ${30 + edit.row * 23}px; left: ${50 + edit.col * 140}px; right: auto; opacity: 1;"><textarea data-hot-input="" tabindex="-1" class="handsontableInput" style="width: 139px; height: 22px; font-size: 13px; resize: none; min-width: 139px; max-width: 600px; overflow-y: hidden;">${editing}</textarea></div>`
    : '<div class="handsontableInputHolder ht_editor_hidden" style="opacity: 0; height: 1px;"><textarea data-hot-input="" tabindex="-1" class="handsontableInput" style="width: 0px; height: 0px; overflow-y: visible;"></textarea></div>';
  return `<div id="therapies" class="handsontable htRowHeaders htColumnHeaders" dir="ltr" role="treegrid" aria-rowcount="${rows.length + 1}" aria-colcount="${COLS.length + 1}" style="width: 760px; height: auto; overflow: hidden;">${clone('ht_master', `${colgroup}${header()}${body}`).replace('ht_master handsontable" dir="ltr" style="position: absolute; top: 0px; left: 0px;"', 'ht_master handsontable" dir="ltr"')}${clone('ht_clone_top', `${colgroup}${header()}<tbody></tbody>`)}${clone('ht_clone_inline_start', `<colgroup><col class="rowHeader"></colgroup><thead><tr role="row"><th role="columnheader"><div class="relative"><span class="colHeader cornerHeader">&nbsp;</span></div></th></tr></thead><tbody>${rows.map((_, i) => `<tr role="row"><th role="rowheader"><div class="relative"><span class="rowHeader">${i + 1}</span></div></th></tr>`).join('')}</tbody>`)}${editor}</div>`;
}

const input = (id: string, label: string, value: string) =>
  `<div class="form-row"><label for="${id}">${label}</label><input id="${id}" type="text" value="${value}"></div>`;
const form = (grid_: string) =>
  `<form class="pa-form"><h3>Member</h3>${input('memberId', 'Member ID', ILARIS['patient.memberId'])}<h3>Medication</h3>${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}<h3>Prior therapies</h3>${grid_}<h3>Prescriber</h3>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button type="submit">Submit</button></form>`;

const FORM = {
  'patient.memberId': ILARIS['patient.memberId'],
  'drug.hcpcs': ILARIS['drug.hcpcs'],
  'prescriber.npi': ILARIS['prescriber.npi'],
};

describe('Handsontable 14: an editable prior-therapy grid of text cells', () => {
  it('reads the full request with the prior therapies from the grid', () => {
    page(form(grid(THERAPY_ROWS)));
    expect(read()).toEqual({ ...FORM, ...THERAPIES });
  });

  it('reads the form fields around the grid and takes nothing from its overlay clones of the headers', () => {
    page(form(grid(THERAPY_ROWS)));
    expect(read()).toMatchObject(FORM);
    nothingFrom('.ht_clone_top, .ht_clone_inline_start');
  });

  it('takes no field from the closed (hidden) cell editor', () => {
    page(form(grid(THERAPY_ROWS)));
    expect(read()).toMatchObject(FORM);
    nothingFrom('.handsontableInputHolder');
  });

  it('reads the open cell editor as the dose of the row it edits, and the other cells as text', () => {
    page(form(grid(THERAPY_ROWS, { row: 0, col: 1 })));
    expect(read()).toEqual({ ...FORM, ...THERAPIES });
  });

  it('does not take the open cell editor for a request field outside the grid', () => {
    page(form(grid(THERAPY_ROWS, { row: 0, col: 1 })));
    expect(read()).toMatchObject(FORM);
    expect(mapped().filter((m) => m.field.element.matches('textarea.handsontableInput') && !m.path.startsWith('priorTherapies'))).toEqual(
      [],
    );
  });
});
