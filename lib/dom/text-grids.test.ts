import { afterEach, describe, expect, it } from 'vitest';
import { VOCABULARY as vocabulary } from '@/rules/portals/vocabulary';
import { collectFields } from './collect';
import { qualifyFields } from './qualify';
import { readValue } from './values';
import { applyValue } from './widget-writers';
import { THERAPIES, THERAPY_ROWS } from '@/test/unit/portals/round5/request';

/** Paths and values read from the page. */
function read(html: string): Record<string, string> {
  document.body.innerHTML = html;
  const mapped = qualifyFields(collectFields(document).fields, { maps: [], vocabulary, hostname: 'example.org' });
  return Object.fromEntries(mapped.map((m) => [m.path, readValue(m.field)]));
}

const COLUMNS = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const ariaGrid = (rows: string[][]) =>
  `<div role="grid"><div role="row">${COLUMNS.map((c) => `<div role="columnheader">${c}</div>`).join('')}</div>${rows
    .map(
      (r) =>
        `<div role="row">${r.map((v) => `<div role="gridcell">${v}</div>`).join('')}<div role="gridcell"><button type="button">Edit</button></div></div>`,
    )
    .join('')}</div>`;
const table = (rows: string[], head = COLUMNS) =>
  `<table><thead><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
const textRow = (r: string[]) => `<tr>${r.map((v) => `<td>${v}</td>`).join('')}</tr>`;
const boxRow = (r: string[]) => `<tr>${r.map((v) => `<td><input value="${v}"></td>`).join('')}</tr>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a grid showing prior therapies as text', () => {
  it('reads each row of an ARIA grid under "Prior therapies" as a numbered prior therapy', () => {
    expect(read(`<h3>Prior therapies</h3>${ariaGrid(THERAPY_ROWS)}`)).toEqual(THERAPIES);
  });

  it('reads a table of text rows under column headers, none of them with a box', () => {
    expect(read(`<h3>Previous treatments</h3>${table(THERAPY_ROWS.map(textRow))}`)).toEqual(THERAPIES);
  });

  it('reads past an empty spacer row under the headers, and takes no therapy from a summary row in the foot', () => {
    const html = table(THERAPY_ROWS.map(textRow))
      .replace('</tr></thead>', '</tr><tr aria-hidden="true"><td colspan="5"></td></tr></thead>')
      .replace('</tbody>', '</tbody><tfoot><tr><td>2 therapies</td><td></td><td>First: 2026-01-05</td><td></td><td></td></tr></tfoot>');
    expect(read(`<h3>Prior therapies</h3>${html}`)).toEqual(THERAPIES);
  });

  it('reads rows of boxes under a header row of titles holding a select-all box', () => {
    const html = table(THERAPY_ROWS.map(boxRow)).replace('<th>Outcome</th>', '<th>Outcome</th><td>Select <input type="checkbox"></td>');
    expect(read(`<h3>Prior therapies</h3>${html.replace(/<(\/?)th>/g, '<$1td>')}`)).toEqual(THERAPIES);
  });

  it('numbers a row of text and a row being edited in page order', () => {
    const editing = `<div role="row">${THERAPY_ROWS[1]!.map((v) => `<div role="gridcell"><input value="${v}" aria-label="${v}"></div>`).join('')}</div>`;
    const html = ariaGrid([THERAPY_ROWS[0]!]).replace(/<\/div>$/, `${editing}</div>`);
    expect(read(`<h3>Prior therapies</h3>${html}`)).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.1.drug': 'anakinra',
    });
  });

  it("reads a native table of text with one cell's editor open, the editor in its own row", () => {
    const rows = THERAPY_ROWS.map(
      (r, i) => `<tr>${r.map((v, j) => `<td>${i === 1 && j === 1 ? `<input value="${v}">` : v}</td>`).join('')}</tr>`,
    );
    expect(read(`<h3>Prior therapies</h3>${table(rows)}`)).toEqual(THERAPIES);
  });

  it('takes a table of text outside prior therapies for no field of the request (a history of requests)', () => {
    const history = table([textRow(['Humira', '40 mg', '01/02/2025', 'Approved'])], ['Drug', 'Dose', 'Date', 'Status']);
    expect(
      read(`<h3>Authorization history</h3>${history}<label for="npi">Prescriber NPI</label><input id="npi" value="1234567893">`),
    ).toEqual({
      'prescriber.npi': '1234567893',
    });
  });

  it('takes no entry from a row of text in a table of boxes (an example row above the rows staff fill)', () => {
    expect(
      read(
        `<h3>Prior therapies</h3>${table([textRow(['e.g. methotrexate', '15 mg weekly', '01/2024', '06/2025', 'Failed']), boxRow(THERAPY_ROWS[0]!)])}`,
      ),
    ).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '06/30/2026',
      'priorTherapies.0.outcome': 'Inadequate response',
    });
  });

  it('takes no field from a calendar (days as numbers under weekdays) under "Prior therapies"', () => {
    const week = (from: number) => `<tr>${[0, 1, 2, 3, 4, 5, 6].map((d) => `<td role="gridcell">${from + d}</td>`).join('')}</tr>`;
    const calendar = `<table role="grid"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th role="columnheader">${d}</th>`).join('')}</tr></thead><tbody>${week(1)}${week(8)}</tbody></table>`;
    expect(read(`<h3>Prior therapies</h3><label for="start">Start date</label><input id="start" value="01/05/2026">${calendar}`)).toEqual({
      'priorTherapies.0.start': '01/05/2026',
    });
  });

  it('writes no fix into a cell of text', async () => {
    document.body.innerHTML = `<h3>Prior therapies</h3>${ariaGrid(THERAPY_ROWS)}`;
    const cell = qualifyFields(collectFields(document).fields, { maps: [], vocabulary, hostname: 'example.org' }).find(
      (m) => m.path === 'priorTherapies.0.dose',
    )!;
    await expect(applyValue(cell.field, '1 mg')).resolves.toBe(false);
    expect(readValue(cell.field)).toBe('0.6 mg twice daily');
  });
});
