import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ILARIS, nothingFrom } from '../round5/request';

/**
 * Twenty CRM (twentyhq/twenty; the stored files read: packages/twenty-front/src/modules/object-record/record-inline-cell/
 * components/RecordInlineCellContainer.tsx at 00321c0, RecordInlineCellValue.tsx at 026b7eb, RecordInlineCellDisplayMode.tsx
 * at 041b1f2, RecordInlineCellEditMode.tsx at 0753537; record-field/meta-types/input/components/TextFieldInput.tsx at 16ab362;
 * ui/field/input/components/TextAreaInput.tsx at 03e4092, FieldTextAreaOverlay.tsx; the DropdownMenuSearchInput (placeholder
 * "Search"); record-table-cell/components/RecordTableTd.tsx at 14c70aa, RecordTableCellCheckbox.tsx; twenty-ui
 * chip/Chip.tsx at 01d6645; the field definition's `placeHolder: field.label`). Emotion/linaria hash their classes, so
 * the `css-…` names below are stand-ins; the monorepo snapshot was too large to fetch, so the twenty-ui Checkbox and
 * Avatar internals are drawn as plain boxes.
 * - A show page field (RecordInlineCellContainer): `div` > `div#label-<recordId>-<fieldName>` (icon `div > svg.tabler-icon`,
 *   `div` > OverflowingTextWithTooltip `div` label) + value `div` > clickable `div` > outer `div` > inner `div` showing the
 *   value as text (an empty one: `div` "Empty"). No box at all in display mode.
 * - Edit mode (RecordInlineCellValue): an empty `div[data-testid=inline-cell-edit-mode-container]` before the display,
 *   which keeps showing the stored value, and the editor portalled to the end of body (createPortal on document.body) in
 *   the floating OverlayContainer: FieldTextAreaOverlay > TextAreaInput's `div` > react-textarea-autosize's `textarea
 *   [placeholder=<field label>]` + the copy button. react-textarea-autosize leaves its measuring textarea at the end of
 *   body (`tabindex=-1`, `aria-hidden=true`, hidden by !important styles) holding the measured value.
 * - A relation (to one) shows a record chip (`a[href] > div[data-testid=chip]` with the avatar and the label `div`); its
 *   picker (SingleRecordPicker in the overlay) is a DropdownMenu: the search `input[placeholder=Search]` and menu items.
 * - A related records table (RecordTable): `table > thead > tr > th` titles and `tbody > tr > td` (RecordTableTd), the
 *   first cell a checkbox (`input[type=checkbox][name=styled-checkbox][data-testid=input-checkbox]`), cells of text.
 */

const RID = '7d3f0c1a-5e2b-4f8e-9a61-2c4b8e0d1f35';
const icon = (name: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.6" class="tabler-icon tabler-icon-${name}"><path d="M4 4h16v16H4z"></path></svg>`;
const chip = (label: string, href: string) =>
  `<a href="${href}" class="css-1l9b1xr"><div data-testid="chip" class="css-19ivqvw"><div data-testid="avatar" class="css-k8w2kq">${label[0]}</div><div class="css-1s9l6yv">${label}</div></div></a>`;

/** a show page field; `editing` = its edit mode container present (the editor itself goes to the end of body) */
const field = (name: string, label: string, shown: string, o: { icon?: string; editing?: boolean } = {}) =>
  `<div class="css-13o7eu2"><div id="label-${RID}-${name}" class="css-1l4s7ql"><div class="css-1mgzwnd">${icon(o.icon ?? 'text-size')}</div><div class="css-1d1sj7n"><div class="css-1s9l6yv">${label}</div></div></div><div class="css-1hqjvzw">${
    o.editing ? '<div data-testid="inline-cell-edit-mode-container" class="css-xp4b2s"></div>' : ''
  }<div class="css-1ikbd8c"><div class="css-1yqo9m8"><div class="css-5u3m1y">${shown || '<div class="css-1f4bzl6">Empty</div>'}</div></div></div></div></div>`;

/** the text editor portalled to the end of body */
const textEditor = (label: string, value: string) =>
  `<div class="css-jp8d1f" style="position: absolute; left: 0px; top: 0px; transform: translate(412px, 301px);"><div class="css-1x1j5az"><div class="css-18oz8bl"><textarea placeholder="${label}" class="css-1xq6fo4" style="height: 16px !important;">${value}</textarea><div class="css-1ob2sys"><button class="css-6ym9t7" type="button">${icon('copy')}</button></div></div></div></div>`;
/** react-textarea-autosize's measuring textarea (its value is set as a property once measured) */
const measurer =
  '<textarea tabindex="-1" aria-hidden="true" style="min-height: 0px !important; max-height: none !important; height: 0px !important; visibility: hidden !important; overflow: hidden !important; position: absolute !important; z-index: -1000 !important; top: 0px !important; right: 0px !important; display: block !important;"></textarea>';

/** NumberFieldInput's editor: FieldInputOverlay > TextInput `input[placeholder=<field label>]` at the end of body */
const numberEditor = (label: string, value: string) =>
  `<div class="css-jp8d1f" style="position: absolute; left: 0px; top: 0px; transform: translate(412px, 337px);"><div class="css-1x1j5az"><div class="css-18oz8bl"><input placeholder="${label}" class="css-1ds8bj4" value="${value}"><div class="css-1ob2sys"><button class="css-6ym9t7" type="button">${icon('copy')}</button></div></div></div></div>`;

const relationPicker = (typed: string, items: string[]) =>
  `<div class="css-jp8d1f" style="position: absolute; left: 0px; top: 0px; transform: translate(412px, 265px);"><div data-select-disable="true" class="css-1n0vp5l"><div class="css-1q2t2wq"><div class="css-19y6wzx">${icon('search')}<input placeholder="Search" class="css-1uq1cvp" value="${typed}"></div></div><div class="css-1kquf1x"></div><div class="css-h2c4fw"><div class="css-8atqhb">${items
    .map(
      (i) =>
        `<div role="menuitem" class="css-1ifcjvk"><div class="css-1cwz0bx"><div data-testid="avatar" class="css-k8w2kq">${i[0]}</div><div class="css-1s9l6yv">${i}</div></div></div>`,
    )
    .join(
      '',
    )}</div><div class="css-1kquf1x"></div><div role="menuitem" class="css-1ifcjvk"><div class="css-1cwz0bx">${icon('plus')}<div class="css-1s9l6yv">Add New</div></div></div></div></div></div>`;

const showPage = (fields: string, below = '') =>
  `<div id="root"><div class="css-1n7k8m1"><div class="css-1b4oi0v"><div class="css-16pg1u6"><div class="css-1u8qly9"><div class="css-1ih7d0r">PA-2026-0118</div></div><div class="css-ux7gqs"><div class="css-1r5gb7q"><div class="css-1tx3p3f">Fields</div>${fields}</div></div>${below}</div></div></div></div>`;

const fields = (editing?: string) =>
  field('memberId', 'Member ID', ILARIS['patient.memberId'], { icon: 'id' }) +
  field('dateOfBirth', 'Date of birth', 'Mar 14, 1988', { icon: 'calendar-event' }) +
  field('drug', 'Drug', chip(ILARIS['drug.name'], '/object/medication/3c1e'), { icon: 'pill' }) +
  field('ndc', 'NDC', editing === 'ndc' ? '' : ILARIS['drug.ndc'], { editing: editing === 'ndc' }) +
  field('billingUnits', 'Billing units', '150', { icon: 'number-9' }) +
  field('prescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi']);

const relatedTable = (title: string, columns: string[], rows: string[][]) =>
  `<div class="css-1r5gb7q"><div class="css-1tx3p3f">${title}</div><table class="css-1b3q8qx"><thead><tr><th class="css-b2m3v0"></th>${columns
    .map((c) => `<th class="css-1q6b0oa"><div class="css-1wfw6x7">${icon('text-size')}<div class="css-1s9l6yv">${c}</div></div></th>`)
    .join('')}</tr></thead><tbody>${rows
    .map(
      (r, i) =>
        `<tr data-virtualized-id="row-${i}"><td class="css-1uq5pqi"><div class="css-1l6m5k2"><div class="css-1xd0jt8"><div class="css-1jzzj0p"><input autocomplete="off" type="checkbox" name="styled-checkbox" data-testid="input-checkbox" id="checkbox-row-${i}" class="css-t2h3bo"></div></div></div></td>${r
          .map(
            (v) =>
              `<td class="css-wxoavm"><div class="css-1ikbd8c"><div class="css-1yqo9m8"><div class="css-5u3m1y">${v}</div></div></div></td>`,
          )
          .join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;

describe('Twenty: show page inline cells, editors portalled to body, relation picker, related records table', () => {
  it('reads nothing from a show page in display mode, its relation chips and its related requests table', () => {
    page(
      showPage(
        fields(),
        relatedTable(
          'Prior authorizations',
          ['Name', 'Drug', 'HCPCS code', 'Billing units', 'Status'],
          [['PA-2025-0412', 'Kineret (anakinra)', 'J3490', '28', 'Denied']],
        ),
      ),
    );
    expect(read()).toEqual({});
  });

  it('reads an open text cell editor at the end of body by its placeholder, the field label', () => {
    page(showPage(fields('ndc')) + textEditor('NDC', ILARIS['drug.ndc']) + measurer);
    (document.querySelector('textarea[aria-hidden]') as HTMLTextAreaElement).value = ILARIS['drug.ndc'];
    expect(read()).toEqual({ 'drug.ndc': ILARIS['drug.ndc'] });
    nothingFrom('textarea[aria-hidden="true"]');
  });

  it('reads an open number cell editor by its placeholder, not by the text of the fields shown before it', () => {
    page(showPage(fields()) + numberEditor('Billing units', '150'));
    expect(read()).toEqual({ 'drug.units': '150' });
  });

  it('reads nothing from the measuring textarea left at the end of body once the editor closed', () => {
    page(showPage(fields()) + measurer);
    (document.querySelector('textarea[aria-hidden]') as HTMLTextAreaElement).value = ILARIS['drug.ndc'];
    expect(read()).toEqual({});
  });

  it('reads nothing from an open relation picker, its search typed', () => {
    page(showPage(fields()) + relationPicker('Kin', ['Kineret (anakinra)']));
    expect(read()).toEqual({});
  });

  it('reads nothing from the checkbox column of a related records table', () => {
    page(
      showPage(
        fields(),
        relatedTable(
          'Prior authorizations',
          ['Name', 'Member ID', 'Drug', 'Status'],
          [['PA-2025-0412', 'U7730021945', 'Kineret (anakinra)', 'Denied']],
        ),
      ),
    );
    expect(read()).toEqual({});
    nothingFrom('table');
  });
});
