import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * View UI 4.7.0 (iView's successor for Vue 2; view-design/ViewUI at 5619a55, src/components:
 * select/select.vue + select-head.vue + option.vue, form/form-item.vue, input/input.vue,
 * date-picker/picker.vue + base/drop.vue). No ARIA roles anywhere in its select:
 * - i-select: `div.ivu-select.ivu-select-single|ivu-select-multiple.ivu-select-default` >
 *   `div.ivu-select-selection[tabindex=0]` (tabindex -1 when filterable) > `input[type=hidden][name]
 *   [value]` (the public value) + the head `div` holding (multiple) `div.ivu-tag.ivu-tag-checked` >
 *   `span.ivu-tag-text` + `i.ivu-icon.ivu-icon-ios-close`, then `span.ivu-select-selected-value` (the
 *   chosen label) or `span.ivu-select-placeholder` ("Select", the locale placeholder), v-show'n
 *   (display: none) when it shows nothing (multiple with tags, filterable), then (filterable)
 *   `input.ivu-select-input[autocomplete=off]` and the arrow `i.ivu-icon-ios-arrow-down.ivu-select-arrow`;
 *   the Drop `div.ivu-select-dropdown` (display: none while closed; in place unless `transfer`) with
 *   `ul.ivu-select-not-found` and `ul.ivu-select-dropdown-list` of `li.ivu-select-item
 *   [.ivu-select-item-selected]`.
 * - FormItem: `div.ivu-form-item[.ivu-form-item-required][.ivu-form-item-error]` >
 *   `label.ivu-form-item-label` (a `for` only when label-for is set) + `div.ivu-form-item-content`
 *   ending in `div.ivu-form-item-error-tip`.
 * - i-input: `div.ivu-input-wrapper.ivu-input-wrapper-default.ivu-input-type-text` > the validate icon
 *   `i.ivu-icon-ios-loading` + `input.ivu-input.ivu-input-default`; with an append slot
 *   `.ivu-input-group.ivu-input-group-with-append` and `div.ivu-input-group-append`.
 * - DatePicker: `div.ivu-date-picker > div.ivu-date-picker-rel` > an i-input classed
 *   `ivu-date-picker-editor` with the calendar suffix icon, its value in `format` (default
 *   "yyyy-MM-dd"); the panel rendered in a hidden Drop.
 */

const formItem = (label: string, control: string, o: { required?: boolean; error?: string; labelFor?: string } = {}) =>
  `<div class="ivu-form-item${o.required ? ' ivu-form-item-required' : ''}${o.error ? ' ivu-form-item-error' : ''}"><label class="ivu-form-item-label"${o.labelFor ? ` for="${o.labelFor}"` : ''} style="width: 140px;">${label}</label><div class="ivu-form-item-content" style="margin-left: 140px;">${control}${
    o.error ? `<div class="ivu-form-item-error-tip">${o.error}</div>` : ''
  }</div></div>`;

const iInput = (value: string, o: { append?: string; id?: string; placeholder?: string } = {}) =>
  `<div class="ivu-input-wrapper ivu-input-wrapper-default ivu-input-type-text${o.append ? ' ivu-input-group ivu-input-group-default ivu-input-group-with-append' : ''}"><i class="ivu-icon ivu-icon-ios-loading ivu-load-loop ivu-input-icon ivu-input-icon-validate"></i><input autocomplete="off" spellcheck="false" type="text"${o.id ? ` id="${o.id}"` : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''} class="ivu-input ivu-input-default" value="${value}">${
    o.append ? `<div class="ivu-input-group-append"><span>${o.append}</span></div>` : ''
  }</div>`;

type Sel = { options: string[]; multiple?: boolean; filterable?: boolean; placeholder?: string };

/** i-select (transfer off: the closed Drop in place) */
function iSelect(name: string, chosen: string[], o: Sel): string {
  const placeholder = o.placeholder ?? 'Select';
  const tags = o.multiple
    ? chosen
        .map(
          (v) =>
            `<div class="ivu-tag ivu-tag-checked"><span class="ivu-tag-text">${v}</span><i class="ivu-icon ivu-icon-ios-close"></i></div>`,
        )
        .join('')
    : '';
  const empty = chosen.length === 0;
  const display = o.filterable ? '' : o.multiple ? (empty ? placeholder : '') : (chosen[0] ?? placeholder);
  const spanCls = o.filterable ? '' : empty ? 'ivu-select-placeholder' : o.multiple ? '' : 'ivu-select-selected-value';
  return `<div class="ivu-select ${o.multiple ? 'ivu-select-multiple' : 'ivu-select-single'} ivu-select-default"><div tabindex="${o.filterable ? -1 : 0}" class="ivu-select-selection"><input type="hidden" name="${name}" value="${chosen.join(',')}"><div>${tags}<span class="${spanCls}"${display ? '' : ' style="display: none;"'}>${display}</span>${
    o.filterable
      ? `<input type="text" autocomplete="off" spellcheck="false" placeholder="${empty ? placeholder : ''}" class="ivu-select-input" value="${o.multiple ? '' : (chosen[0] ?? '')}">`
      : ''
  }<i class="ivu-icon ivu-icon-ios-arrow-down ivu-select-arrow"></i></div></div><div class="ivu-select-dropdown" style="display: none;"><ul class="ivu-select-not-found" style="display: none;"><li>No matching data</li></ul><ul class="ivu-select-dropdown-list">${o.options
    .map((v) => `<li class="ivu-select-item${chosen.includes(v) ? ' ivu-select-item-selected' : ''}">${v}</li>`)
    .join('')}</ul><ul class="ivu-select-loading" style="display: none;">Loading</ul></div></div>`;
}

const datePicker = (value: string, placeholder = 'Select date') =>
  `<div class="ivu-date-picker" style="width: 200px;"><div class="ivu-date-picker-rel"><div class="ivu-input-wrapper ivu-input-wrapper-default ivu-input-type-text ivu-date-picker-editor ivu-input-with-suffix"><input autocomplete="off" spellcheck="false" type="text" placeholder="${placeholder}" class="ivu-input ivu-input-default ivu-input-with-suffix" value="${value}"><span class="ivu-input-suffix"><i class="ivu-icon ivu-icon-ios-calendar-outline"></i></span></div></div><div class="ivu-select-dropdown" style="display: none;"><div><div class="ivu-picker-panel-body-wrapper"><div class="ivu-picker-panel-body"><div class="ivu-date-picker-header"><span class="ivu-date-picker-header-label">1988</span> <span class="ivu-date-picker-header-label">March</span></div><div class="ivu-picker-panel-content"><div class="ivu-date-picker-cells"><div class="ivu-date-picker-cells-header"><span>Su</span><span>Mo</span></div><span class="ivu-date-picker-cells-cell"><em>1</em></span><span class="ivu-date-picker-cells-cell"><em>2</em></span></div></div></div></div></div></div></div>`;

const card = (title: string, body: string) =>
  `<div class="ivu-card ivu-card-bordered"><div class="ivu-card-head"><p>${title}</p></div><div class="ivu-card-body">${body}</div></div>`;
const form = (body: string) =>
  `<div id="app"><form autocomplete="off" class="ivu-form ivu-form-label-right">${body}<div class="ivu-form-item"><div class="ivu-form-item-content" style="margin-left: 140px;"><button type="button" class="ivu-btn ivu-btn-primary"><span>Submit request</span></button></div></div></form></div>`;

describe('View UI 4.7 (iView, Vue 2): FormItem, i-input, i-select with ivu-tag, DatePicker', () => {
  const therapy = (i: 0 | 1) =>
    `<h4 class="therapy-title">Prior therapy ${i + 1}</h4>${formItem('Drug', iInput(THERAPIES[`priorTherapies.${i}.drug`]))}${formItem('Dose', iInput(THERAPIES[`priorTherapies.${i}.dose`]))}${formItem('Start date', datePicker(THERAPIES[`priorTherapies.${i}.start`]))}${formItem('Stop date', datePicker(THERAPIES[`priorTherapies.${i}.stop`]))}${formItem('Outcome', iInput(THERAPIES[`priorTherapies.${i}.outcome`]))}`;

  it('reads the full Ilaris request', () => {
    page(
      form(
        `${card('Member', `${formItem('Member ID', iInput(ILARIS['patient.memberId']), { required: true })}${formItem('Date of birth', datePicker(ILARIS['patient.dob'], 'MM/DD/YYYY'))}${formItem('Weight', iInput('72', { append: 'kg' }))}`)}
        ${card('Diagnosis', formItem('ICD-10 codes', iSelect('icd', ['M04.1', 'M06.1'], { multiple: true, options: ['M04.1', 'M06.1', 'M04.8'] })))}
        ${card(
          'Medication',
          `${formItem('Drug name', iSelect('drugName', [ILARIS['drug.name']], { options: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] }))}${formItem('HCPCS code', iInput(ILARIS['drug.hcpcs']))}${formItem('NDC', iInput(ILARIS['drug.ndc']))}${formItem('Dose', iInput('150'))}${formItem('Dose unit', iSelect('doseUnit', ['mg'], { options: ['mg', 'mg/kg'] }))}${formItem('Billing units', iInput('150'))}${formItem('Frequency', iSelect('frequency', ['Every 4 weeks'], { options: ['Every 4 weeks', 'Every 8 weeks', 'Once'] }))}`,
        )}
        ${card('Labs', `${formItem('CRP', iInput('24', { append: 'mg/L' }))}${formItem('CRP collection date', datePicker(ILARIS['labs.crpDate'], 'MM/DD/YYYY'))}`)}
        ${card('Prior therapies', `${therapy(0)}${therapy(1)}`)}
        ${card('Prescriber', formItem('Prescriber NPI', iInput(ILARIS['prescriber.npi'])))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.doseUnit': 'mg',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads the text fields and date pickers of the request (i-input, append units, DatePicker)', () => {
    page(
      form(
        `${card('Member', `${formItem('Member ID', iInput(ILARIS['patient.memberId']), { required: true })}${formItem('Date of birth', datePicker(ILARIS['patient.dob'], 'MM/DD/YYYY'))}${formItem('Weight', iInput('72', { append: 'kg' }))}`)}${card('Labs', `${formItem('CRP', iInput('24', { append: 'mg/L' }))}${formItem('CRP collection date', datePicker(ILARIS['labs.crpDate']))}`)}${card('Prior therapies', `${therapy(0)}${therapy(1)}`)}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'labs.crpValue': '24',
      'labs.crpDate': ILARIS['labs.crpDate'],
      ...THERAPIES,
    });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'labs.crpUnit': 'mg/L' });
    nothingFrom('.ivu-select-dropdown');
  });

  it('reads a single i-select by its selected-value span', () => {
    page(form(formItem('Frequency', iSelect('frequency', ['Every 4 weeks'], { options: ['Every 4 weeks', 'Every 8 weeks', 'Once'] }))));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads a filterable single i-select by its search input, which holds the chosen label', () => {
    page(
      form(
        formItem(
          'Drug name',
          iSelect('drugName', [ILARIS['drug.name']], { filterable: true, options: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] }),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a filterable multiple i-select by its ivu-tag texts, not the empty filter input', () => {
    page(
      form(
        formItem(
          'ICD-10 codes',
          iSelect('icd', ['M04.1', 'M06.1'], { multiple: true, filterable: true, options: ['M04.1', 'M06.1', 'M04.8'] }),
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an empty filterable i-select (placeholder "Select") as empty', () => {
    page(
      form(formItem('Drug name', iSelect('drugName', [], { filterable: true, options: ['Ilaris (canakinumab)', 'Kineret (anakinra)'] }))),
    );
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('names a field by its FormItem label, not the error tip of the item before it', () => {
    page(
      form(
        `${formItem('Member ID', iInput(''), { required: true, error: 'Member ID cannot be empty' })}${formItem('Prescriber NPI', iInput(ILARIS['prescriber.npi'], { id: 'npi' }), { labelFor: 'npi' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });
});
