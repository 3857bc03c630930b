import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, normalized, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, THERAPY_ROWS } from '../round5/request';

/**
 * Taiga UI 4 (@taiga-ui/core + @taiga-ui/kit 4.x, taiga-family/taiga-ui projects/core/components/
 * textfield: textfield.component.ts, textfield.template.html, textfield.directive.ts,
 * label.directive.ts, textfield-multi/textfield-multi.template.html; projects/kit/components:
 * input-chip/input-chip.template.html + input-chip.component.ts, input-number (and
 * test/input-number-postfix-race-condition.spec.ts: the postfix is part of the input's value,
 * "2 days ago"), input-date, select, data-list-wrapper, calendar; core dropdown, dialog, error, table):
 * - `tui-textfield[data-size]._with-label` holds, in this order, the `input[tuiTextfield]` (auto id
 *   `tui_…`), the `label[tuiLabel][for=<input id>]`, then `span.t-content` (an optional
 *   `button[tuiIconButton].t-clear` "Clear", the chevron/calendar `tui-icon`), `span.t-template`,
 *   and, while focused with a filler, `input.t-filler[aria-hidden=true][disabled]`.
 * - InputNumber: `input[tuiInputNumber][inputmode=decimal]` whose value carries the postfix ("72 kg").
 * - InputDate: `input[tuiInputDate]` showing the date in TUI_DATE_FORMAT (here MDY with "/").
 * - Select: `tui-textfield[tuiChevron] > input[tuiSelect][readonly]` showing the stringified item
 *   (empty value + placeholder when none).
 * - Multi (InputChip): `tui-textfield[multi]` > `div.t-items` holding the label, one
 *   `tui-input-chip[tuiChip]` per value (`input.t-input[tuiChip][disabled]` holding the value for
 *   in-place editing, `div.t-text` with the value, `button[tuiIconButton]` "Remove"), then
 *   `span.t-input` with the search `input[tuiInputChip]`, `span.t-ghost` (placeholder) and the
 *   filler input; then `span.t-content`.
 * - Dropdowns (data list, calendar) render in `tui-dropdowns` at the end of `tui-root`: a
 *   multi data list's options carry `input[tuiCheckbox][type=checkbox]`.
 * - `tui-error > span.t-message-text` under a field; dialogs render in `tui-dialogs` inside tui-root.
 */

let n = 0;
const uid = () => `tui_${(n += 1).toString(36)}18f3c2a9b1e`;

const icon = (name: string) =>
  `<tui-icon class="t-icon" data-icon="svg" style="--t-icon: url(assets/taiga-ui/icons/${name}.svg);"></tui-icon>`;

type Input = { value: string; attrs?: string; placeholder?: string };
const textfield = (label: string, input: Input, o: { chevron?: boolean; iconEnd?: string; id?: string } = {}) => {
  const id = o.id ?? uid();
  return `<tui-textfield data-size="l" class="_with-label"${o.chevron ? ' tuichevron=""' : ''}><input tuitextfield ${input.attrs ?? ''} id="${id}" autocomplete="off" class="ng-untouched ng-pristine ng-valid${input.value ? '' : ' _empty'}" data-appearance="textfield"${input.placeholder ? ` placeholder="${input.placeholder}"` : ''} value="${input.value}"><label tuilabel="" for="${id}" class="_textfield">${label}</label><span class="t-content">${o.chevron ? icon('chevron-down') : o.iconEnd ? icon(o.iconEnd) : ''}</span><span class="t-template"></span></tui-textfield>`;
};

const text = (label: string, value: string) => textfield(label, { value });
const number = (label: string, value: string, postfix: string) =>
  textfield(label, { value: value ? `${value}${postfix}` : '', attrs: `tuiinputnumber="" inputmode="decimal" maxlength="24"` });
const date = (label: string, value: string) =>
  textfield(label, { value, attrs: 'tuiinputdate="" inputmode="numeric"', placeholder: 'mm/dd/yyyy' }, { iconEnd: 'calendar' });
const select = (label: string, value: string, placeholder: string) =>
  textfield(label, { value, attrs: 'tuiselect="" readonly=""', placeholder }, { chevron: true });

const chip = (v: string) =>
  `<tui-input-chip tuichip="" class="tui-interactive" data-size="s" data-appearance="neutral" tabindex="-1"><input appearance="" enterkeyhint="enter" tuichip="" class="t-input ng-untouched ng-pristine" data-size="s" disabled="" value="${v}"><div tuifade="" tuifadeoffset="0.5rem" class="t-text">${v}</div><button tabindex="-1" tuiiconbutton="" type="button" data-appearance="icon" data-size="xs" data-icon-start="svg" style="--t-icon-start: url(assets/taiga-ui/icons/x.svg);">Remove</button></tui-input-chip>`;

const multi = (label: string, chosen: string[], placeholder: string, open = false) => {
  const id = uid();
  return `<tui-textfield multi="" tuichevron="" data-size="l" class="_with-label${open ? ' _focused' : ''}"><div class="t-items t-items_horizontal"><label tuilabel="" for="${id}" class="_textfield">${label}</label>${chosen.map(chip).join('')}<span class="t-input"><input tuiinputchip="" tuitextfield="" id="${id}" autocomplete="off" enterkeyhint="enter" placeholder="${placeholder}" class="ng-untouched ng-pristine ng-valid _empty" data-appearance="textfield" aria-expanded="${open}" value=""><span class="t-ghost">${placeholder}</span><input aria-hidden="true" disabled="" class="t-filler t-filler_hidden" value=""></span></div><span class="t-content">${chosen.length ? '<button tuibuttonx="" type="button" data-appearance="icon" data-size="xs">Clear</button>' : ''}${icon('chevron-down')}</span><span class="t-template" data-size="l"></span></tui-textfield>`;
};

const error = (message: string) => `<tui-error class="_error"><span class="t-message-text">${message}</span></tui-error>`;

/** the open multi data list, in the root's dropdown host */
const dropdownList = (options: [string, boolean][]) =>
  `<tui-dropdowns><tui-dropdown data-appearance="" tuidropdownposition="" style="top: 412px; left: 24px; width: 480px;"><div class="t-primitive"><tui-data-list-wrapper><tui-data-list role="listbox" data-size="l">${options
    .map(
      ([o, on]) =>
        `<button tuioption="" type="button" role="option" class="tui-option" data-size="l"${on ? ' aria-selected="true"' : ''}><input tuicheckbox="" type="checkbox" class="t-checkbox" data-size="s" data-appearance="${on ? 'primary' : 'outline-grayscale'}"${on ? ' checked' : ''}>${o}</button>`,
    )
    .join('')}</tui-data-list></tui-data-list-wrapper></div></tui-dropdown></tui-dropdowns>`;

const dropdownCalendar = () => {
  const day = (d: number) =>
    `<div automation-id="tui-calendar-sheet__cell" class="t-cell${d === 14 ? ' t-cell_today' : ''}" data-range="${d === 14 ? 'single' : ''}" data-type="weekday"><div class="t-item">${d}</div></div>`;
  const rows = [0, 7, 14, 21, 28].map(
    (s) =>
      `<div automation-id="tui-calendar-sheet__row" class="t-row">${Array.from({ length: 7 }, (_, i) => s + i + 1)
        .filter((d) => d <= 31)
        .map(day)
        .join('')}</div>`,
  );
  return `<tui-dropdowns><tui-dropdown data-appearance="" style="top: 220px; left: 24px;"><div class="t-primitive"><tui-calendar><tui-calendar-spin class="t-spin"><tui-spin-button class="t-spin"><button tuiiconbutton="" type="button" class="t-left" data-appearance="flat">Previous</button><span class="t-content"><button type="button" class="t-value">March 1988</button></span><button tuiiconbutton="" type="button" class="t-right" data-appearance="flat">Next</button></tui-spin-button></tui-calendar-spin><tui-calendar-sheet><div class="t-row t-row_weekday">${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => `<div class="t-cell">${d}</div>`).join('')}</div>${rows.join('')}</tui-calendar-sheet></tui-calendar></div></tui-dropdown></tui-dropdowns>`;
};

const root = (body: string, overlays = '') =>
  `<app-root><tui-root data-tui-version="4.36.0" class="_mobile-false"><div class="t-root-scrollbar"></div><div class="t-root-content">${body}</div>${overlays}<tui-alerts></tui-alerts></tui-root></app-root>`;
const form = (body: string) => `<form novalidate class="ng-untouched ng-pristine ng-valid">${body}</form>`;
const header = (t: string) => `<h3 class="tui-form__header tui-form__header_margin-top_none">${t}</h3>`;
const row = (c: string) => `<div class="tui-form__row">${c}</div>`;

describe('Taiga UI 4: tui-textfield with InputNumber / InputDate / Select / InputChip', () => {
  // an InputNumber shows its postfix in its value ("72 kg"): read whole, the unit travels with it
  it('reads the full Ilaris request', () => {
    page(
      root(
        form(`${header('Member')}
        ${row(text('Member ID', ILARIS['patient.memberId']))}
        ${row(date('Date of birth', ILARIS['patient.dob']))}
        ${row(number('Weight', '72', ' kg'))}
        ${header('Diagnosis')}
        ${row(multi('ICD-10 codes', ['M04.1', 'M06.1'], 'Add a code'))}
        ${header('Medication')}
        ${row(select('Drug name', ILARIS['drug.name'], 'Choose a drug'))}
        ${row(text('HCPCS code', ILARIS['drug.hcpcs']))}
        ${row(text('NDC', ILARIS['drug.ndc']))}
        ${row(number('Dose', '150', ' mg'))}
        ${row(text('Billing units', '150'))}
        ${row(select('Frequency', 'Every 4 weeks', 'Choose a frequency'))}
        ${header('Labs')}
        ${row(number('CRP', '24', ' mg/L'))}
        ${row(date('CRP collection date', ILARIS['labs.crpDate']))}
        ${header('Prescriber')}
        ${row(text('Prescriber NPI', ILARIS['prescriber.npi']))}
        <div class="tui-form__buttons"><button tuibutton="" type="submit" data-appearance="primary" data-size="l">Submit</button></div>`),
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.weight': '72 kg',
      'drug.dose': '150 mg',
      'labs.crpValue': '24 mg/L',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads an InputNumber whose value carries the postfix ("72 kg") whole, and the request gets the number and its unit', () => {
    page(root(form(`${number('Weight', '72', ' kg')}${number('CRP', '24', ' mg/L')}`)));
    expect(read()).toEqual({ 'patient.weight': '72 kg', 'labs.crpValue': '24 mg/L' });
    // no unit implied beside it: the value says it
    expect(units()).toEqual({});
    expect(normalized().patient.weight?.value).toEqual({ amount: 72, unit: 'kg' });
    expect(normalized().labs.crp.value?.value).toEqual({ amount: 24, unit: 'mg/L' });
  });

  it('reads InputChip values once, taking no field from the chips\' edit inputs or "Remove" buttons', () => {
    page(root(form(multi('ICD-10 codes', ['M04.1', 'M06.1'], 'Add a code'))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('tui-input-chip');
  });

  it('takes nothing from an open multi data list (options with checkboxes) in tui-dropdowns', () => {
    page(
      root(
        form(multi('ICD-10 codes', ['M04.1'], 'Add a code', true)),
        dropdownList([
          ['M04.1', true],
          ['M06.1', false],
          ['M04.8', false],
        ]),
      ),
    );
    nothingFrom('tui-dropdowns');
    expect(mapped().filter((m) => m.field.kind === 'checkbox')).toEqual([]);
  });

  it('reads an empty Select and InputChip (placeholder, ghost text) and an empty InputDate as empty', () => {
    page(root(form(`${select('Drug name', '', 'Choose a drug')}${multi('ICD-10 codes', [], 'Add a code')}${date('Date of birth', '')}`)));
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '', 'patient.dob': '' });
  });

  it('takes nothing from the open calendar and reads a field with a tui-error by its value', () => {
    page(
      root(
        form(`${date('Date of birth', '03/14/1988')}${text('Prescriber NPI', '123456789')}${error('NPI must be 10 digits')}`),
        dropdownCalendar(),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '03/14/1988', 'prescriber.npi': '123456789' });
    nothingFrom('tui-dropdowns');
  });

  it('reads prior therapies from a tuiTable of textfields', () => {
    const rows = THERAPY_ROWS;
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    page(
      root(
        form(
          `${header('Prior therapies')}<table tuitable="" class="tui-table" data-size="m"><thead><tr tuithgroup="">${cols.map((c) => `<th tuith="" class="_sticky">${c}</th>`).join('')}</tr></thead><tbody tuitbody="">${rows
            .map(
              (r) =>
                `<tr tuitr="">${r.map((v) => `<td tuitd=""><tui-textfield data-size="s"><input tuitextfield="" id="${uid()}" class="ng-untouched ng-pristine ng-valid" data-appearance="textfield" value="${v}"><span class="t-content"></span><span class="t-template"></span></tui-textfield></td>`).join('')}</tr>`,
            )
            .join('')}</tbody></table>`,
        ),
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a form in a tui-dialog', () => {
    page(
      root(
        '',
        `<tui-dialogs><div class="t-overscroll"><div class="t-dialog"><section role="dialog" aria-modal="true" aria-labelledby="${'dlg'}" class="t-dialog-content"><tui-dialog data-appearance="taiga" data-size="m"><header class="t-header"><h2 id="dlg" class="t-heading">Edit member</h2></header><div class="t-content">${form(`${text('Member ID', ILARIS['patient.memberId'])}${date('Date of birth', ILARIS['patient.dob'])}`)}</div><div class="t-buttons"><button tuibutton="" type="button">Save</button></div><button tuiiconbutton="" type="button" class="t-close" data-appearance="neutral">Close</button></tui-dialog></section></div></div></tui-dialogs>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
    expect(mapped()).toHaveLength(2);
  });
});
