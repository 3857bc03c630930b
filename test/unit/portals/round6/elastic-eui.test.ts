import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom, THERAPY_ROWS } from '../round5/request';

/**
 * Elastic UI (@elastic/eui 9x, elastic/eui packages/eui/src/components: form/form_row,
 * form/field_text, form/field_number, form/form_control_layout/form_control_layout.tsx +
 * append_prepend/form_append_prepend.tsx, form/super_select (+ __snapshots__/super_select.test.tsx.snap),
 * combo_box (+ __snapshots__/combo_box.test.tsx.snap, combo_box_input/combo_box_pill), badge,
 * date_picker (react-datepicker fork), basic_table, modal, portal), emotion class names shown as
 * `emotion-…`:
 * - EuiFormRow: `div.euiFormRow#<id>-row` > `div.euiFormRow__labelWrapper > label.euiFormLabel
 *   .euiFormRow__label[for=<id>]`, `div.euiFormRow__fieldWrapper` holding the control, then
 *   `div.euiFormErrorText#<id>-error-0[aria-live=polite]` and `div.euiFormHelpText#<id>-help-0`; the
 *   control gets `aria-describedby` (and `aria-invalid` when invalid).
 * - EuiFieldText / EuiFieldNumber: `div.euiFormControlLayout > div.__childrenWrapper > input`; a
 *   string `append` ("kg") is `div.euiFormControlLayout__append > label.euiFormLabel[for=<id>]`,
 *   i.e. a second label of the input.
 * - EuiSuperSelect: `input[type=hidden][name]` (the option *value*), then a `button.euiSuperSelectControl
 *   [aria-haspopup=listbox][id]` showing the selected `inputDisplay` (or a `span.euiSuperSelect__placeholder`);
 *   the open listbox is in a `div[data-euiportal]` at the end of the body.
 * - EuiComboBox: `div.euiComboBox > … div.euiComboBox__inputWrap[data-test-subj=comboBoxInput]` holding
 *   pills (`span.euiBadge.euiComboBoxPill[title]` with `span.euiBadge__text` and
 *   `button.euiBadge__iconButton[aria-label="Remove M04.1 from selection in this group"]`; with
 *   `singleSelection={{ asPlainText: true }}` one `span.euiComboBoxPill--plainText`) and the
 *   `input.euiComboBox__input[role=combobox][id]` holding only the search; options list in a portal.
 * - EuiDatePicker: `span.euiDatePicker > div.euiFormControlLayout` (calendar icon, then
 *   `div.react-datepicker__input-container > input.euiDatePicker.euiFieldText` showing the date in
 *   `dateFormat`); while open the popper is rendered inline after it (`div.react-datepicker__tab-loop >
 *   div.react-datepicker-popper > div.react-datepicker`), with month/year `select`s when
 *   `showMonthDropdown`/`showYearDropdown` + `dropdownMode="select"` are passed, and a
 *   `div.react-datepicker__month[role=listbox]` of `div.react-datepicker__day[role=option]`.
 * - EuiBasicTable cells carry a `div.euiTableRowCell__mobileHeader` repeating the column name.
 */

let n = 0;
const gid = () => `generated-id-${(n += 1)}`;

const row = (label: string, control: (id: string, describedBy: string) => string, o: { help?: string; error?: string } = {}) => {
  const id = gid();
  const describedBy = [o.error ? `${id}-error-0` : '', o.help ? `${id}-help-0` : ''].filter(Boolean).join(' ');
  return `<div class="euiFormRow emotion-euiFormRow" id="${id}-row">
    <div class="euiFormRow__labelWrapper emotion-euiFormRow__labelWrapper"><label class="euiFormLabel euiFormRow__label emotion-euiFormLabel${o.error ? '-isInvalid' : ''}" for="${id}">${label}</label></div>
    <div class="euiFormRow__fieldWrapper">${control(id, describedBy)}${
      o.error
        ? `<div class="euiFormErrorText euiFormRow__text emotion-euiFormErrorText" id="${id}-error-0" aria-live="polite">${o.error}</div>`
        : ''
    }${o.help ? `<div class="euiFormHelpText euiFormRow__text emotion-euiFormHelpText" id="${id}-help-0">${o.help}</div>` : ''}</div>
  </div>`;
};

const layout = (inner: string, append?: (id: string) => string, id = '') =>
  `<div class="euiFormControlLayout${append ? ' euiFormControlLayout--group emotion-euiFormControlLayout-group' : ' emotion-euiFormControlLayout'}"><div class="euiFormControlLayout__childrenWrapper emotion-euiFormControlLayout__childrenWrapper${append ? '-inGroup' : ''}">${inner}</div>${append ? append(id) : ''}</div>`;

const fieldText =
  (value: string, o: { invalid?: boolean } = {}) =>
  (id: string, describedBy: string) =>
    layout(
      `<input type="text" id="${id}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${o.invalid ? ' aria-invalid="true"' : ''} class="euiFieldText emotion-euiFieldText${o.invalid ? '-invalid' : ''}" value="${value}">`,
    );

const fieldNumber = (value: string, unit: string) => (id: string) =>
  layout(
    `<input type="number" id="${id}" class="euiFieldNumber emotion-euiFieldNumber-inGroup" value="${value}">`,
    (i) =>
      `<div class="euiFormControlLayout__append emotion-euiFormControlLayout__side-append"><label class="euiFormLabel emotion-euiFormLabel" for="${i}">${unit}</label></div>`,
    id,
  );

const icon = (type: string) => `<span aria-hidden="true" class="euiFormControlLayoutCustomIcon__icon" data-euiicon-type="${type}"></span>`;
const icons = (button: string) => `<div class="euiFormControlLayoutIcons emotion-euiFormControlLayoutIcons-absolute-right">${button}</div>`;

const superSelect = (name: string, value: string, display: string | null, placeholder: string) => (id: string) =>
  `<div class="euiPopover euiInputPopover euiSuperSelect emotion-euiPopover-block-EuiInputPopover"><input type="hidden" name="${name}" value="${value}">${layout(
    `<button type="button" id="${id}" aria-haspopup="listbox" class="euiSuperSelectControl emotion-euiSuperSelect__control">${
      display ?? `<span class="euiSuperSelect__placeholder emotion-euiSuperSelect__placeholder">${placeholder}</span>`
    }</button>${icons(`<span class="euiFormControlLayoutCustomIcon emotion-euiFormControlLayoutCustomIcon">${icon('arrowDown')}</span>`)}`,
  )}</div>`;

const pill = (v: string) =>
  `<span class="euiBadge euiComboBoxPill emotion-euiBadge-default-euiComboBoxPill" title="${v}" style="background-color: #e3e8f2; color: #000;"><span class="euiBadge__content emotion-euiBadge__content"><span class="euiBadge__text emotion-euiBadge__text">${v}</span><button type="button" class="euiBadge__iconButton emotion-euiBadge__iconButton" aria-label="Remove ${v} from selection in this group" title="Remove ${v} from selection in this group"><span data-euiicon-type="cross" class="euiBadge__icon emotion-euiBadge__icon-right" aria-hidden="true"></span></button></span></span>`;

const comboBox =
  (chosen: string[], o: { single?: boolean; open?: boolean; placeholder?: string } = {}) =>
  (id: string) =>
    `<div class="euiComboBox${o.open ? ' euiComboBox-isOpen' : ''} emotion-euiComboBox"><div class="euiPopover euiInputPopover emotion-euiPopover-block-EuiInputPopover">${layout(
      `<div class="euiComboBox__inputWrap emotion-euiComboBoxInputWrapper-${o.single ? 'plainText' : 'multiSelect'}" data-test-subj="comboBoxInput" tabindex="-1">${
        o.single
          ? chosen[0]
            ? `<span class="euiComboBoxPill euiComboBoxPill--plainText emotion-euiComboBoxPill-plainText">${chosen[0]}</span>`
            : ''
          : chosen.map(pill).join('')
      }${!chosen.length && o.placeholder ? `<p class="euiComboBoxPlaceholder emotion-euiComboBoxPlaceholder">${o.placeholder}</p>` : ''}<input aria-autocomplete="list" aria-controls="${o.open ? `${id}_listbox` : ''}" aria-expanded="${o.open ? 'true' : 'false'}" aria-haspopup="listbox" aria-invalid="false" autocomplete="off" class="euiComboBox__input emotion-euiComboBoxInput" data-test-subj="comboBoxSearchInput" id="${id}" role="combobox" style="inline-size: 2px;" value=""></div>${icons(
        `${chosen.length ? `<button type="button" aria-label="Clear input" data-test-subj="comboBoxClearButton" class="euiFormControlLayoutClearButton emotion-euiFormControlLayoutClearButton">${icon('cross')}</button>` : ''}<button aria-label="${o.open ? 'Close' : 'Open'} list of options" class="euiFormControlLayoutCustomIcon emotion-euiFormControlLayoutCustomIcon-clickable" data-test-subj="comboBoxToggleListButton" tabindex="-1" type="button">${icon('arrowDown')}</button>`,
      )}`,
    )}</div></div>`;

const portal = (inner: string) =>
  `<div data-euiportal="true"><div data-focus-guard="true" tabindex="-1" style="width: 1px; height: 0px; padding: 0px; overflow: hidden; position: fixed; top: 1px; left: 1px;"></div><div data-focus-lock-disabled="disabled"><div aria-live="off" aria-modal="true" class="euiPanel euiPanel--plain euiPopover__panel emotion-euiPanel-grow-m-plain-euiPopover__panel-light-isOpen-isAttached-bottom" data-popover-open="true" data-popover-panel="true" role="dialog" style="top: 412px; left: 24px; z-index: 2000; inline-size: 480px;"><div>${inner}</div></div></div></div>`;

const comboOptions = (id: string, options: string[]) =>
  `<div class="euiComboBoxOptionsList emotion-euiComboBoxOptionList" data-test-subj="comboBoxOptionsList"><div class="euiComboBoxOptionsList__virtualization" style="position: relative; height: 200px; overflow: auto;"><div aria-label="Choose from the following options" id="${id}_listbox" role="listbox" tabindex="0">${options
    .map(
      (o, i) =>
        `<button aria-posinset="${i + 1}" aria-selected="false" aria-setsize="${options.length}" class="euiFilterSelectItem emotion-euiFilterSelectItem" id="${id}__option-${i}" role="option" title="${o}" type="button"><span class="euiFlexGroup emotion-euiFlexGroup-s-flexStart-center-row"><span class="euiFlexItem euiFilterSelectItem__content eui-textTruncate"><span class="euiComboBoxOption__contentWrapper"><span class="euiComboBoxOption__content">${o}</span></span></span></span></button>`,
    )
    .join('')}</div></div></div>`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const datePopper = () => {
  const day = (d: number) =>
    `<div class="react-datepicker__day react-datepicker__day--0${String(d).padStart(2, '0')}${d === 14 ? ' react-datepicker__day--selected' : ''}" tabindex="${d === 14 ? 0 : -1}" aria-label="Choose ${d === 14 ? 'Monday' : 'day'}, March ${d}th, 1988" role="option" aria-disabled="false" aria-selected="${d === 14}">${d}</div>`;
  const weeks = [0, 7, 14, 21, 28].map(
    (s) =>
      `<div class="react-datepicker__week">${Array.from({ length: 7 }, (_, i) => s + i + 1)
        .filter((d) => d <= 31)
        .map(day)
        .join('')}</div>`,
  );
  return `<div class="react-datepicker__tab-loop"><div class="react-datepicker__tab-loop__start" tabindex="0"></div><div class="react-datepicker-popper" data-placement="bottom-start" style="position: absolute; inset: 0px auto auto 0px; transform: translate(0px, 42px);"><div><div class="react-datepicker euiDatePicker__popover" role="dialog" aria-label="Choose Date" aria-modal="true">
    <button type="button" class="react-datepicker__navigation react-datepicker__navigation--previous" aria-label="Previous Month">Previous Month</button><button type="button" class="react-datepicker__navigation react-datepicker__navigation--next" aria-label="Next Month">Next Month</button>
    <div class="react-datepicker__month-container"><div class="react-datepicker__header"><div class="react-datepicker__current-month react-datepicker__current-month--hasYearDropdown react-datepicker__current-month--hasMonthDropdown">March 1988</div>
      <div class="react-datepicker__header__dropdown react-datepicker__header__dropdown--select"><div class="react-datepicker__month-dropdown-container react-datepicker__month-dropdown-container--select"><select class="react-datepicker__month-select">${MONTHS.map((m, i) => `<option value="${i}"${i === 2 ? ' selected' : ''}>${m}</option>`).join('')}</select></div><div class="react-datepicker__year-dropdown-container react-datepicker__year-dropdown-container--select"><select class="react-datepicker__year-select">${[1986, 1987, 1988, 1989].map((y) => `<option value="${y}"${y === 1988 ? ' selected' : ''}>${y}</option>`).join('')}</select></div></div>
      <div class="react-datepicker__day-names">${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<div class="react-datepicker__day-name">${d}</div>`).join('')}</div></div>
      <div class="react-datepicker__month" aria-label="month  1988-03" role="listbox">${weeks.join('')}</div></div>
  </div></div></div><div class="react-datepicker__tab-loop__end" tabindex="0"></div></div>`;
};

const datePicker =
  (value: string, o: { open?: boolean } = {}) =>
  (id: string) =>
    `<div class="react-datepicker-wrapper"><span class="euiDatePicker euiDatePicker--shadow emotion-euiDatePicker">${layout(
      `<div class="euiFormControlLayoutIcons emotion-euiFormControlLayoutIcons-absolute-left"><span class="euiFormControlLayoutCustomIcon emotion-euiFormControlLayoutCustomIcon">${icon('calendar')}</span></div><div class="react-datepicker__input-container"><input type="text" id="${id}" class="euiDatePicker euiFieldText emotion-euiFieldText-withIcon" placeholder="" value="${value}"></div>`,
    )}</span></div>${o.open ? datePopper() : ''}`;

const title = (t: string) =>
  `<div class="euiTitle emotion-euiTitle-xs"><h3>${t}</h3></div><div class="euiSpacer euiSpacer--m emotion-euiSpacer-m"></div>`;
const form = (body: string) =>
  `<form class="euiForm emotion-euiForm" id="pa-request">${body}<button class="euiButton emotion-euiButtonDisplay-m-defaultMinWidth-m-fill-primary" type="submit"><span class="eui-textTruncate euiButton__text">Submit</span></button></form>`;

const FREQ = 'Every 4 weeks';

describe('Elastic EUI: EuiFormRow + EuiFieldText / EuiFieldNumber / EuiSuperSelect / EuiComboBox / EuiDatePicker', () => {
  it('reads the full Ilaris request', () => {
    page(
      `<div id="root"><main class="euiPageBody">${form(`
      ${title('Member')}
      ${row('Member ID', fieldText(ILARIS['patient.memberId']), { help: 'As printed on the member card' })}
      ${row('Date of birth', datePicker(ILARIS['patient.dob']))}
      ${row('Weight', fieldNumber('72', 'kg'))}
      ${title('Diagnosis')}
      ${row('ICD-10 codes', comboBox(['M04.1', 'M06.1']))}
      ${title('Medication')}
      ${row('Drug name', comboBox([ILARIS['drug.name']], { single: true }))}
      ${row('HCPCS code', fieldText(ILARIS['drug.hcpcs']))}
      ${row('NDC', fieldText(ILARIS['drug.ndc']), { help: '11-digit NDC in 5-4-2 format' })}
      ${row('Dose', fieldNumber('150', 'mg'))}
      ${row('Billing units', fieldText('150'))}
      ${row('Frequency', superSelect('frequency', 'Q4W', FREQ, 'Select a frequency'))}
      ${title('Labs')}
      ${row('CRP', fieldNumber('24', 'mg/L'))}
      ${row('CRP collection date', datePicker(ILARIS['labs.crpDate']))}
      ${title('Prescriber')}
      ${row('Prescriber NPI', fieldText(ILARIS['prescriber.npi']))}
    `)}</main></div>`,
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': FREQ });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    expect(mapped().some((m) => m.field.element.matches('input[type=hidden]'))).toBe(false);
    noDuplicatePaths();
  });

  it('labels a number field by its row label, not its append label ("kg")', () => {
    page(form(row('Weight', fieldNumber('72', 'kg'))));
    expect(read()).toEqual({ 'patient.weight': '72' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
    expect(field('patient.weight')?.label).toContain('Weight');
  });

  it('reads a combo box from its pills, not the "Remove … from selection" buttons nor the open options list portal', () => {
    const id = `generated-id-${n + 1}`;
    page(`${form(row('ICD-10 codes', comboBox(['M04.1'], { open: true })))}${portal(comboOptions(id, ['M06.1', 'M04.8']))}`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('[data-euiportal]');
    nothingFrom('.euiBadge__iconButton');
  });

  it('reads a combo box with two pills as two codes', () => {
    page(form(row('ICD-10 codes', comboBox(['M04.1', 'M06.1']))));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an empty SuperSelect (its placeholder), an empty combo box and an empty date picker as empty', () => {
    page(
      form(`${row('Frequency', superSelect('frequency', '', null, 'Select a frequency'))}
      ${row('Drug name', comboBox([], { single: true, placeholder: 'Select a drug' }))}
      ${row('Date of birth', datePicker(''))}`),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': '', 'patient.dob': '' });
  });

  it('takes nothing from the open date picker popper (month/year selects, day listbox) rendered inline', () => {
    page(
      form(
        `${row('Date of birth', datePicker(ILARIS['patient.dob'], { open: true }))}${row('Member ID', fieldText(ILARIS['patient.memberId']))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('.react-datepicker__tab-loop');
  });

  it('reads a field with an error text by its value', () => {
    page(form(row('Prescriber NPI', fieldText('123456789', { invalid: true }), { error: 'NPI must be 10 digits' })));
    expect(read()).toEqual({ 'prescriber.npi': '123456789' });
  });

  it('reads prior therapies from an EuiBasicTable of fields (cells repeat the column in a mobile header)', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const rows = THERAPY_ROWS;
    page(
      form(`${title('Prior therapies')}<div class="euiBasicTable"><div><div class="euiTableHeaderMobile"></div><table class="euiTable euiTable--responsive emotion-euiTable-responsive" tabindex="-1"><caption class="emotion-euiScreenReaderOnly"><span>Prior therapies</span></caption>
        <thead><tr>${cols.map((c) => `<th class="euiTableHeaderCell emotion-euiTableHeaderCell" role="columnheader" scope="col" data-test-subj="tableHeaderCell_${c}"><span class="euiTableCellContent emotion-euiTableCellContent-left"><span title="${c}" class="euiTableCellContent__text">${c}</span></span></th>`).join('')}</tr></thead>
        <tbody>${rows
          .map(
            (r) =>
              `<tr class="euiTableRow emotion-euiTableRow-desktop">${r
                .map(
                  (v, c) =>
                    `<td class="euiTableRowCell emotion-euiTableRowCell-middle-desktop"><div class="euiTableRowCell__mobileHeader emotion-euiTableRowCell__mobileHeader">${cols[c]}</div><div class="euiTableCellContent emotion-euiTableCellContent-left-truncateText"><div class="euiFormControlLayout euiFormControlLayout--compressed"><div class="euiFormControlLayout__childrenWrapper"><input type="text" aria-label="${cols[c]}" class="euiFieldText euiFieldText--compressed emotion-euiFieldText-compressed" value="${v}"></div></div></div></td>`,
                )
                .join('')}</tr>`,
          )
          .join('')}</tbody></table></div></div>`),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a form in an EuiModal portalled to the body', () => {
    page(`<div id="root"></div><div data-euiportal="true"><div class="euiOverlayMask euiOverlayMask--aboveHeader emotion-euiOverlayMask-aboveHeader"><div data-focus-guard="true" tabindex="0"></div><div data-focus-lock-disabled="false"><div class="euiModal euiModal--maxWidth-default emotion-euiModal-defaultMaxWidth" tabindex="0" role="dialog" aria-modal="true" aria-labelledby="modal-title">
      <button class="euiButtonIcon euiModal__closeIcon emotion-euiButtonIcon-xs-empty-text-euiModal__closeIcon" type="button" aria-label="Closes this modal window"><span data-euiicon-type="cross" aria-hidden="true"></span></button>
      <div class="euiModalHeader emotion-euiModalHeader"><h1 class="euiTitle euiModalHeader__title emotion-euiTitle-m" id="modal-title">Edit member</h1></div>
      <div class="euiModalBody emotion-euiModalBody"><div class="euiModalBody__overflow emotion-euiModalBody__overflow">${form(`${row('Member ID', fieldText(ILARIS['patient.memberId']))}${row('Weight', fieldNumber('72', 'kg'))}`)}</div></div>
      <div class="euiModalFooter emotion-euiModalFooter"><button class="euiButtonEmpty" type="button"><span class="euiButtonEmpty__content"><span class="eui-textTruncate euiButtonEmpty__text">Cancel</span></span></button></div>
    </div></div><div data-focus-guard="true" tabindex="0"></div></div></div>`);
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });
});
