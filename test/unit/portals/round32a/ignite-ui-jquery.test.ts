import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ignite UI for jQuery 25.x (IgniteUI/ignite-ui@8df8172621a293c0b2c30a8fbcbec97c35c4106d, the open-source
 * jQuery widgets; not Ignite UI for Web Components, probed in round6). Modelled on:
 * - src/js/modules/infragistics.ui.combo.js `_render` / `_analyzeInitialElem` / `_setupInput` /
 *   `_itemMarkup` / `_updateInputValues` / selection: a combo initialized on `<input id>` keeps the input
 *   (its `name` moved to the hidden input) and wraps it: `div.ui-igcombo-wrapper > div.ui-igcombo…
 *   [unselectable=on]` holding the drop-down button `div.ui-igcombo-button[title="Show drop-down"]`, the clear
 *   button `div.ui-igcombo-clear[title="Clear value"]` (hidden while empty), `div.ui-igcombo-fieldholder >
 *   input.ui-igcombo-field` (placeholder "select...", readonly in dropdown mode) and
 *   `input[type=hidden].ui-igcombo-hidden-field[name]`; one initialized on a `<div>` uses the div as the
 *   wrapper. The drop-down `div.ui-igcombo-dropdown > div.ui-igcombo-list > ul.ui-igcombo-listitemholder >
 *   li.ui-igcombo-listitem[data-value]` is appended to body (`dropDownAttachedToBody` defaults to true) or to
 *   the wrapper, and left in the DOM when closed (moved to top/left -99999, height 0,
 *   `ui-igcombo-no-border`). Chosen items are `ui-state-active`; with checkboxes each item holds
 *   `span.ui-igcombo-checkbox > span.ui-icon` (no native box) and `div.ui-igcombo-listitemtextwithcheckbox`.
 *   Multiple selection shows the texts joined by ", " (itemSeparator). No ARIA roles at all.
 * - src/js/modules/infragistics.ui.editors.js `_render` / `_renderSpinButtons` / `_applyAria` /
 *   `_applyInputAriaLabel` and igDatePicker's `_renderDropDownButton`: an editor on `<input id>` wraps it in
 *   `div.ui-igedit.ui-igedit-container > div.ui-igeditor-input-container > input.ui-igedit-input` followed by
 *   its hidden value input (`name` moved there); buttons (`div[role=button][tabindex=-1][title]`) are
 *   prepended to the container; the input gets `role=textbox` (combobox with a drop-down button) and the
 *   locale's aria-label ("Numeric Editor", "Text Editor", "Date Picker": i18n/infragistics.ui.editors-en.js).
 *   igDatePicker runs jQuery UI's datepicker on the input (`hasDatepicker`, `#ui-datepicker-div` at the end
 *   of body). Labels as in demos/editors/date-picker-overview.html (`div.group-fields > label[for] + input`)
 *   and demos/combo/selection-and-checkboxes.html (an `h4` title before a `<div id>` combo).
 */

const aria = { text: ['Text Editor', 'ariaTextEditorFieldLabel'], num: ['Numeric Editor', 'ariaNumericEditorFieldLabel'] };

const spin = (id: string) =>
  `<div class="ui-igedit-button-common ui-unselectable ui-igedit-button-ltr ui-state-default" title="Increment" role="button" tabindex="-1" id="${id}_spinUpButton" data-localeid="spinUpperTitle" data-localeattr="title"><div class="ui-igedit-spinupperimage ui-icon-carat-1-n ui-icon ui-igedit-buttondefault ui-igedit-spinbutton ui-igedit-buttonimage"></div></div><div class="ui-igedit-button-common ui-unselectable ui-igedit-button-ltr ui-state-default" title="Decrement" role="button" tabindex="-1" id="${id}_spinDownButton" data-localeid="spinLowerTitle" data-localeattr="title"><div class="ui-igedit-spinlowerimage ui-icon-carat-1-s ui-icon ui-igedit-buttondefault ui-igedit-spinbutton ui-igedit-buttonimage"></div></div>`;

/** igTextEditor / igNumericEditor (spin buttons) initialized on `<input id name>`. */
const editor = (id: string, value: string, kind: 'text' | 'num' = 'text') =>
  `<div class="ui-igedit ui-igedit-container ui-widget ui-corner-all ui-state-default">${kind === 'num' ? spin(id) : ''}<div class="ui-igeditor-input-container ui-corner-all"><input id="${id}" class="ui-igedit-input" type="text" role="textbox" aria-label="${aria[kind][0]}" data-localeid="${aria[kind][1]}" data-localeattr="aria-label" style="height: 100%; text-align: ${kind === 'num' ? 'right' : 'left'};" value="${value}"><input type="hidden" name="${id}" value="${value}"></div></div>`;

/** igDatePicker on `<input id>`: its calendar button prepended, jQuery UI's datepicker on the input. */
const datePicker = (id: string, shown: string, iso: string, o: { open?: boolean; disabled?: boolean } = {}) =>
  `<div class="ui-igedit ui-igedit-container ui-widget ui-corner-all ui-state-default${o.disabled ? ' ui-state-disabled' : ''}"${o.disabled ? ' aria-disabled="true"' : ''}><div class="ui-igedit-button-common ui-unselectable ui-igedit-button-ltr ui-state-default ui-igedit-dropdown-button " title="Show calendar" role="button" tabindex="-1" id="${id}_calendarButton" data-localeid="datePickerButtonTitle" data-localeattr="title"><div class="ui-icon ui-icon-triangle-1-s ui-igedit-buttonimage"></div></div><div class="ui-igeditor-input-container ui-corner-all"><input id="${id}" class="ui-igedit-input hasDatepicker" type="text" role="combobox" aria-label="Date Picker" data-localeid="ariaDatePickerFieldLabel" data-localeattr="aria-label" aria-expanded="${!!o.open}" style="height: 100%; text-align: left;" value="${shown}"${o.disabled ? ' disabled="disabled"' : ''}><input type="hidden" name="${id}" value="${iso}"${o.disabled ? ' disabled="disabled"' : ''}></div></div>`;

const jqCalendar = () =>
  `<div id="ui-datepicker-div" class="ui-datepicker ui-widget ui-widget-content ui-helper-clearfix ui-corner-all" style="position: absolute; top: 182px; left: 24px; z-index: 1; display: block;"><div class="ui-datepicker-header ui-widget-header ui-helper-clearfix ui-corner-all"><a class="ui-datepicker-prev ui-corner-all" data-handler="prev" data-event="click" title="Prev"><span class="ui-icon ui-icon-circle-triangle-w">Prev</span></a><a class="ui-datepicker-next ui-corner-all" data-handler="next" data-event="click" title="Next"><span class="ui-icon ui-icon-circle-triangle-e">Next</span></a><div class="ui-datepicker-title"><span class="ui-datepicker-month">November</span>&nbsp;<span class="ui-datepicker-year">2026</span></div></div><table class="ui-datepicker-calendar"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th><span>${d}</span></th>`).join('')}</tr></thead><tbody><tr>${[
    1, 2, 3, 4, 5, 6, 7,
  ]
    .map(
      (d) =>
        `<td class="${d === 2 ? ' ui-datepicker-current-day' : ''}" data-handler="selectDay" data-event="click" data-month="10" data-year="2026"><a class="ui-state-default${d === 2 ? ' ui-state-active' : ''}" href="#">${d}</a></td>`,
    )
    .join('')}</tr></tbody></table></div>`;

type Combo = { id: string; name?: string; shown: string; values?: string; mode?: 'editable' | 'dropdown' | 'readonly'; onDiv?: boolean };
/** igCombo: on `<input id>` (its id kept, name moved) or on a `<div id>` (the div is the wrapper). */
const combo = ({ id, name = id, shown, values = shown, mode = 'dropdown', onDiv }: Combo) => {
  const ro = mode !== 'editable' ? ' ui-unselectable" readonly="readonly" unselectable="on' : '';
  const input = `<input${onDiv ? '' : ` id="${id}"`} type="text" class="ui-igcombo-field ui-corner-all${ro}" autocomplete="off"${shown ? '' : ' placeholder="select..." data-localeid="placeHolder" data-localeattr="placeholder"'} value="${shown}">`;
  return `<div${onDiv ? ` id="${id}"` : ''} class="ui-igcombo-wrapper${mode === 'readonly' ? ' ui-state-disabled' : ''}" style="width: 300px;"><div class="ui-igcombo ui-widget ui-state-default ui-corner-all ui-unselectable ui-igcombo-mode-${mode === 'readonly' ? 'readonly' : mode}" unselectable="on"><div class="ui-igcombo-button ui-state-default ui-unselectable ui-igcombo-button-ltr ui-corner-right" unselectable="on" title="Show drop-down" data-localeid="dropDownButtonTitle" data-localeattr="title"><div class="ui-igcombo-buttonicon ui-icon-triangle-1-s ui-icon"></div></div><div class="ui-igcombo-clear ui-unselectable" unselectable="on" title="Clear value" data-localeid="clearButtonTitle" data-localeattr="title"${shown && mode !== 'readonly' ? '' : ' style="display: none;"'}><div class="ui-igcombo-clearicon ui-icon-circle-close ui-icon"></div></div><div class="ui-igcombo-fieldholder ui-igcombo-fieldholder-ltr ui-corner-left">${input}</div><input type="hidden" class="ui-igcombo-hidden-field" name="${name}" value="${values}"></div></div>`;
};

/** The combo's drop-down, closed (moved off screen) or open, its items chosen or not, with checkboxes. */
const dropDown = (items: [string, boolean][], o: { open?: boolean; checkboxes?: boolean; noMatch?: boolean } = {}) => {
  const li = ([t, on]: [string, boolean]) =>
    `<li class="ui-igcombo-listitem ui-state-default ui-unselectable${on ? ' ui-state-active' : ''}" data-value="${t}" unselectable="on">${
      o.checkboxes
        ? `<span class="ui-igcombo-checkbox ui-state-default ui-corner-all ui-igcheckbox-small"><span class="${on ? 'ui-icon ui-icon-check ui-igcombo-checkbox-on ui-igcheckbox-small-on' : 'ui-icon ui-igcombo-checkbox-off ui-igcheckbox-small-off'}"></span></span><div class="ui-igcombo-listitemtextwithcheckbox">${t}</div>`
        : t
    }</li>`;
  return `<div class="ui-igcombo-dropdown ui-widget ui-widget-content ui-corner-all${o.open ? ' ui-igcombo-orientation-bottom' : ' ui-igcombo-no-border'}" style="width: 300px; ${o.open ? 'top: 214px; left: 16px;' : 'height: 0px; top: -99999px; left: -99999px;'} overflow: hidden;"><div class="ui-igcombo-list"><ul class="ui-igcombo-listitemholder">${items.map(li).join('')}${o.noMatch ? '<li unselectable="on" class="ui-igcombo-nomatchfound ui-unselectable" data-localeid="noMatchFoundText">No matches found</li>' : ''}</ul></div></div>`;
};

const group = (label: string, id: string, control: string) =>
  `<div class="group-fields"><label for="${id}">${label}</label>${control}</div>`;
const h = (t: string) => `<h3>${t}</h3>`;
const drugs: [string, boolean][] = [
  ['Ilaris (canakinumab)', true],
  ['Kineret (anakinra)', false],
];
const codes: [string, boolean][] = [
  ['M04.1', true],
  ['M06.1', true],
  ['M04.8', false],
];

const requestForm = (codesCombo = combo({ id: 'icdCodes', shown: 'M04.1, M06.1', onDiv: true })) =>
  `<form id="paForm" action="/pa/submit" method="post">${h('Member')}${group('Member ID', 'memberId', editor('memberId', ILARIS['patient.memberId']))}${group('Date of birth', 'dob', datePicker('dob', '03/14/1988', '1988-03-14T00:00:00'))}${group('Weight (kg)', 'weight', editor('weight', '72', 'num'))}
  ${h('Diagnosis')}<h4 class="combo-label">ICD-10 codes</h4>${codesCombo}
  ${h('Medication')}${group('Drug name', 'drugName', combo({ id: 'drugName', shown: ILARIS['drug.name'] }))}${group('HCPCS code', 'hcpcs', editor('hcpcs', 'J0638'))}${group('NDC', 'ndc', editor('ndc', ILARIS['drug.ndc']))}${group('Dose (mg)', 'dose', editor('dose', '150', 'num'))}${group('Billing units', 'units', editor('units', '150', 'num'))}${group('Frequency', 'frequency', combo({ id: 'frequency', shown: 'Every 4 weeks' }))}
  ${h('Labs')}${group('CRP (mg/L)', 'crp', editor('crp', '24', 'num'))}${group('CRP collection date', 'crpDate', datePicker('crpDate', '11/02/2026', '2026-11-02T00:00:00'))}
  ${h('Prescriber')}${group('Prescriber NPI', 'npi', editor('npi', ILARIS['prescriber.npi']))}<input type="submit" value="Submit request"></form>`;

const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('Ignite UI for jQuery: igCombo, igTextEditor/igNumericEditor, igDatePicker', () => {
  it('reads the full Ilaris request, every path once, units from the labels', () => {
    page(`${requestForm()}${dropDown(codes, { checkboxes: true })}${dropDown(drugs)}`);
    expect(read()).toEqual(REQUEST);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names each editor by its <label for>, not by the "Numeric Editor" / "Date Picker" aria-label the widget sets', () => {
    page(requestForm());
    expect(field('patient.weight')?.field.element.id).toBe('weight');
    expect(field('patient.dob')?.field.element.id).toBe('dob');
    expect(field('prescriber.npi')?.field.element.id).toBe('npi');
  });

  it('reads closed combos as their chosen text and nothing from their drop-downs left at the end of body', () => {
    page(
      `${requestForm()}${dropDown(codes, { checkboxes: true })}${dropDown(drugs)}${dropDown([
        ['Every 4 weeks', true],
        ['Every 8 weeks', false],
        ['Once', false],
      ])}`,
    );
    expect(read()).toEqual(REQUEST);
    nothingFrom('.ui-igcombo-dropdown');
    nothingFrom('input[type=hidden]');
  });

  it('takes nothing from an open drop-down kept inside the wrapper (dropDownAttachedToBody: false)', () => {
    const inWrapper = combo({ id: 'drugName', shown: ILARIS['drug.name'] }).replace(/<\/div>$/, `${dropDown(drugs, { open: true })}</div>`);
    page(
      `<form>${group('Member ID', 'memberId', editor('memberId', ILARIS['patient.memberId']))}${group('Drug name', 'drugName', inWrapper)}${group('HCPCS code', 'hcpcs', editor('hcpcs', 'J0638'))}</form>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
    nothingFrom('.ui-igcombo-dropdown');
  });

  it('reads an empty combo showing its "select..." placeholder as empty', () => {
    page(
      `<form>${group('Member ID', 'memberId', editor('memberId', ILARIS['patient.memberId']))}${group('Frequency', 'frequency', combo({ id: 'frequency', shown: '' }))}${group('Drug name', 'drugName', combo({ id: 'drugName', shown: ILARIS['drug.name'] }))}</form>${dropDown(
        [
          ['Every 4 weeks', false],
          ['Once', false],
        ],
      )}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.frequency': '', 'drug.name': ILARIS['drug.name'] });
  });

  it('reads the codes of a checkbox combo while its list is open, not the ticked items again', () => {
    page(`${requestForm()}${dropDown(codes, { checkboxes: true, open: true })}`);
    expect(read()).toEqual(REQUEST);
    nothingFrom('.ui-igcombo-dropdown');
  });

  it('reads a read-only combo (mode readonly) by the choice it shows', () => {
    page(
      requestForm().replace(
        combo({ id: 'drugName', shown: ILARIS['drug.name'] }),
        combo({ id: 'drugName', shown: ILARIS['drug.name'], mode: 'readonly' }),
      ),
    );
    expect(read()).toEqual(REQUEST);
  });

  it('reads an editable combo holding a value typed outside its list as that text, and nothing from "No matches found"', () => {
    page(
      `<form>${group('Member ID', 'memberId', editor('memberId', ILARIS['patient.memberId']))}${group('Drug name', 'drugName', combo({ id: 'drugName', shown: 'canakinumab (Ilaris)', mode: 'editable', values: '' }))}</form>${dropDown([], { open: true, noMatch: true })}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': 'canakinumab (Ilaris)' });
    nothingFrom('.ui-igcombo-dropdown');
  });

  it('reads the dates as shown, nothing from the open jQuery UI calendar, and a disabled picker too', () => {
    page(
      `${requestForm()
        .replace(
          datePicker('crpDate', '11/02/2026', '2026-11-02T00:00:00'),
          datePicker('crpDate', '11/02/2026', '2026-11-02T00:00:00', { open: true }),
        )
        .replace(
          datePicker('dob', '03/14/1988', '1988-03-14T00:00:00'),
          datePicker('dob', '03/14/1988', '1988-03-14T00:00:00', { disabled: true }),
        )}${jqCalendar()}`,
    );
    expect(read()).toEqual(REQUEST);
    nothingFrom('#ui-datepicker-div');
  });

  it('reads the form, not a read-only summary of the last request (a readonly combo, a disabled picker) in an aside before it', () => {
    const summary = `<aside class="last-request"><h4>Last request (denied 10/20/2026)</h4>${group('Drug', 'lastDrug', combo({ id: 'lastDrug', shown: 'Kineret (anakinra)', mode: 'readonly' }))}${group('Submitted', 'lastSubmitted', datePicker('lastSubmitted', '10/12/2026', '2026-10-12T00:00:00', { disabled: true }))}</aside>`;
    page(`${summary}${requestForm()}${dropDown([['Kineret (anakinra)', true]])}`);
    expect(read()).toEqual(REQUEST);
    nothingFrom('aside');
  });

  it('reads a combo initialized on a <select> by the choice it shows, not the hidden select it never updates', () => {
    // `_analyzeInitialElem` hides the select (`display: none`) and moves its name to the hidden input; the
    // wrapper is inserted before it, so the app's <label for> names the hidden select, whose first option
    // stays selected while the combo shows the staff's later choice
    const onSelect = `${combo({ id: 'frequency', shown: 'Every 4 weeks', values: 'q4w', onDiv: true }).replace(' id="frequency"', '')}<select id="frequency" style="display: none;"><option value="once">Once</option><option value="q4w">Every 4 weeks</option><option value="q8w">Every 8 weeks</option></select>`;
    page(
      `${requestForm().replace(combo({ id: 'frequency', shown: 'Every 4 weeks' }), onSelect)}${dropDown([
        ['Once', false],
        ['Every 4 weeks', true],
        ['Every 8 weeks', false],
      ])}`,
    );
    expect(read()).toEqual(REQUEST);
  });
});
