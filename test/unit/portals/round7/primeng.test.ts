import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, normalized, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * PrimeNG 19 (primefaces/primeng at the "update package versions to 19.0.7" commit de7c494,
 * packages/primeng/src: floatlabel/floatlabel.ts, inputtext/inputtext.ts, inputnumber/inputnumber.ts,
 * select/select.ts + style/selectstyle.ts, multiselect/multiselect.ts + style/multiselectstyle.ts,
 * chip/chip.ts, icons/timescircle, autocomplete/autocomplete.ts + style/autocompletestyle.ts,
 * datepicker/datepicker.ts + style/datepickerstyle.ts, overlay/overlay.ts, table/table.ts, listbox/listbox.ts,
 * checkbox/checkbox.ts, selectbutton/selectbutton.ts, togglebutton/togglebutton.ts, treeselect/treeselect.ts,
 * tree/tree.ts; p-message, p-card, p-panel, p-dialog, p-radiobutton and p-inputgroup from knowledge). PrimeNG 17's
 * p-dropdown / p-calendar draw the same roles under other class names (p-dropdown-label,
 * p-calendar); the markup here is 19's.
 * - `p-floatlabel` wraps the control then its `<label for=inputId>`.
 * - InputNumber: `p-inputnumber` > `input[pinputtext][role=spinbutton].p-inputnumber-input` whose
 *   value carries prefix/suffix ("72 kg"), `aria-valuenow` the bare number.
 * - Select: `p-select.p-select` > `span.p-select-label[role=combobox][id=inputId]` showing the
 *   option's label; its `aria-label` is that same label (the placeholder when empty, when the span
 *   also gets `p-placeholder`); then `div.p-select-dropdown[role=button][aria-label="dropdown
 *   trigger"]` and `p-overlay` (inside the host unless appendTo="body"): `div.p-overlay >
 *   div.p-overlay-content > div.p-select-overlay` with a `role=searchbox` filter input and
 *   `ul[role=listbox] > p-selectitem > li[role=option]`.
 * - MultiSelect (display="chip"): a `div.p-hidden-accessible > input[role=combobox][id=inputId]`
 *   whose `value` attribute is the comma label (or the placeholder, or "empty"), then
 *   `div.p-multiselect-label` holding one `div.p-multiselect-chip-item > p-chip.p-chip` per value
 *   (`div.p-chip-label` + `timescircleicon.p-chip-remove-icon[role=button][aria-label=Remove]`),
 *   the placeholder text when none. Its overlay lists `li[role=option]` with a `p-checkbox` each
 *   (a real `input[type=checkbox]` labelled by the option) and a toggle-all checkbox in the header.
 * - AutoComplete multiple: `ul.p-autocomplete-input-multiple[role=listbox]` of
 *   `li.p-autocomplete-chip-item[role=option][aria-label]` chips, then
 *   `li.p-autocomplete-input-chip[role=option] > input[role=combobox]` for typing.
 * - DatePicker: `span.p-datepicker > input[role=combobox][aria-haspopup=dialog].p-datepicker-input`
 *   holding the formatted date, `button.p-datepicker-dropdown[aria-label="Choose Date"]`; the open
 *   panel `div.p-datepicker-panel[role=dialog][aria-modal=true][aria-label="Choose Date"]` renders in
 *   the same span (or the body).
 * - p-message (variant simple) under a field: `div.p-message[role=alert] .p-message-text`.
 * - Table: `div.p-datatable > div.p-datatable-header` (caption template) then
 *   `div.p-datatable-table-container > table[role=table].p-datatable-table`.
 */

let n = 0;
const pid = () => `pn_id_${(n += 1)}`;
const ng = 'ng-untouched ng-pristine ng-valid';

const svg = (cls: string) =>
  `<svg width="14" height="14" viewBox="0 0 14 14" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" class="p-icon ${cls}"><path d="M7 10L2 5h10z" fill="currentColor"></path></svg>`;

const floatlabel = (control: string, id: string, label: string) =>
  `<p-floatlabel variant="on" class="p-floatlabel p-floatlabel-on">${control}<label for="${id}">${label}</label></p-floatlabel>`;

const stacked = (control: string, id: string, label: string, help = '') =>
  `<div class="flex flex-col gap-2"><label for="${id}">${label}</label>${control}${help ? `<small id="${id}-help">${help}</small>` : ''}</div>`;

const inputText = (id: string, value: string) =>
  `<input pinputtext="" id="${id}" type="text" class="p-inputtext p-component ${ng}${value ? ' p-filled' : ''}" value="${value}">`;

const text = (id: string, label: string, value: string) => floatlabel(inputText(id, value), id, label);

const inputNumber = (id: string, value: string, suffix: string) =>
  `<p-inputnumber inputid="${id}" suffix="${suffix}" class="p-inputnumber p-component p-inputwrapper ${ng}${value ? ' p-inputwrapper-filled' : ''}" data-pc-name="inputnumber"><input pinputtext="" role="spinbutton" id="${id}" inputmode="decimal" class="p-inputtext p-component p-inputnumber-input${value ? ' p-filled' : ''}" data-pc-section="input"${value ? ` aria-valuenow="${value}"` : ''} value="${value ? `${value}${suffix}` : ''}"></p-inputnumber>`;

const number = (id: string, label: string, value: string, suffix: string) => floatlabel(inputNumber(id, value, suffix), id, label);

type Overlay = { options: string[]; chosen: string[]; filter?: boolean };

const selectOverlay = (host: string, o: Overlay) =>
  `<div class="p-overlay p-component" style="position: absolute; top: 100%; min-width: 100%;"><div class="p-overlay-content"><div class="p-select-overlay p-component"><span role="presentation" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-accessible="true" data-p-hidden-focusable="true"></span>${
    o.filter
      ? `<div class="p-select-header"><p-iconfield class="p-iconfield"><input pinputtext="" type="text" role="searchbox" autocomplete="off" class="p-inputtext p-component p-select-filter" aria-owns="${host}_list" value=""><p-inputicon class="p-inputicon">${svg('')}</p-inputicon></p-iconfield></div>`
      : ''
  }<div class="p-select-list-container" style="max-height: 200px;"><ul id="${host}_list" role="listbox" class="p-select-list">${o.options
    .map((v, i) => {
      const on = o.chosen.includes(v);
      return `<p-selectitem><li id="${host}_${i}" role="option" class="p-select-option${on ? ' p-select-option-selected' : ''}" aria-label="${v}" aria-setsize="${o.options.length}" aria-posinset="${i + 1}" aria-selected="${on}" data-p-highlight="${on}" data-p-focused="false"><span>${v}</span></li></p-selectitem>`;
    })
    .join(
      '',
    )}</ul></div><span role="presentation" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-accessible="true" data-p-hidden-focusable="true"></span></div></div></div>`;

const pSelect = (id: string, value: string, placeholder: string, open?: Overlay) => {
  const host = pid();
  const shown = value || placeholder;
  return `<p-select inputid="${id}" placeholder="${placeholder}" class="p-select p-component p-inputwrapper ${ng}${value ? ' p-inputwrapper-filled' : ''}${open ? ' p-focus p-inputwrapper-focus p-select-open' : ''}" data-pc-name="select" data-pc-section="root" id="${host}"><span class="p-select-label${value ? '' : ' p-placeholder'}" role="combobox" id="${id}" aria-label="${shown}" aria-haspopup="listbox" aria-expanded="${open ? 'true' : 'false'}"${open ? ` aria-controls="${host}_list"` : ''} tabindex="0">${shown}</span><div class="p-select-dropdown" role="button" aria-label="dropdown trigger" aria-haspopup="listbox" aria-expanded="${open ? 'true' : 'false'}" data-pc-section="trigger"><chevrondownicon class="p-select-dropdown-icon">${svg('p-select-dropdown-icon')}</chevrondownicon></div><p-overlay>${open ? selectOverlay(host, open) : ''}</p-overlay></p-select>`;
};

const select = (id: string, label: string, value: string, placeholder: string, open?: Overlay) =>
  floatlabel(pSelect(id, value, placeholder, open), id, label);

const chip = (v: string, cls: string) =>
  `<p-chip class="p-chip p-component ${cls}" data-pc-name="chip" aria-label="${v}" data-pc-section="root"><div class="p-chip-label" data-pc-section="label">${v}</div><timescircleicon tabindex="0" class="p-chip-remove-icon" data-pc-section="removeicon" aria-label="Remove" role="button">${svg('')}</timescircleicon></p-chip>`;

const msOverlay = (host: string, o: Overlay) =>
  `<div class="p-overlay p-component" style="position: absolute; top: 100%;"><div class="p-overlay-content"><div id="${host}_list" class="p-multiselect-overlay p-component"><span role="presentation" class="p-hidden-accessible p-hidden-focusable" tabindex="0"></span><div class="p-multiselect-header"><p-checkbox><div class="p-checkbox p-component" data-p-highlight="false" data-p-checked="false"><input type="checkbox" class="p-checkbox-input" aria-label="All items unselected"><div class="p-checkbox-box"></div></div></p-checkbox><div class="p-multiselect-filter-container"><p-iconfield class="p-iconfield"><input pinputtext="" type="text" role="searchbox" class="p-inputtext p-component p-multiselect-filter" aria-owns="${host}_list" value=""><p-inputicon class="p-inputicon">${svg('p-multiselect-filter-icon')}</p-inputicon></p-iconfield></div></div><div class="p-multiselect-list-container" style="max-height: 200px;"><ul role="listbox" aria-multiselectable="true" class="p-multiselect-list">${o.options
    .map((v, i) => {
      const on = o.chosen.includes(v);
      return `<p-multiselect-item><li role="option" id="${host}_${i}" class="p-multiselect-option" aria-label="${v}" aria-selected="${on}" aria-checked="${on}" data-p-highlight="${on}"><p-checkbox><div class="p-checkbox p-component${on ? ' p-checkbox-checked' : ''}" data-p-highlight="${on}" data-p-checked="${on}"><input type="checkbox" class="p-checkbox-input" aria-label="${v}"${on ? ' checked' : ''}><div class="p-checkbox-box">${on ? `<checkicon>${svg('p-checkbox-icon')}</checkicon>` : ''}</div></div></p-checkbox><span>${v}</span></li></p-multiselect-item>`;
    })
    .join('')}</ul></div></div></div></div>`;

const multiSelect = (id: string, label: string, chosen: string[], placeholder: string, open = false) => {
  const host = pid();
  const inner = `<p-multiselect inputid="${id}" display="chip" placeholder="${placeholder}" class="p-multiselect p-component p-inputwrapper p-multiselect-display-chip ${ng}${chosen.length ? ' p-inputwrapper-filled' : ''}${open ? ' p-focus p-inputwrapper-focus p-multiselect-open' : ''}" data-pc-name="multiselect" id="${host}"><div class="p-hidden-accessible" data-p-hidden-accessible="true"><input id="${id}" role="combobox" aria-haspopup="listbox" aria-expanded="${open}" tabindex="0" value="${chosen.join(', ') || placeholder}"></div><div class="p-multiselect-label-container"><div class="p-multiselect-label${chosen.length ? '' : ' p-placeholder'}">${chosen
    .map((v) => `<div class="p-multiselect-chip-item">${chip(v, 'p-multiselect-chip')}</div>`)
    .join(
      '',
    )}${chosen.length ? '' : placeholder}</div></div><div class="p-multiselect-dropdown"><chevrondownicon class="p-multiselect-dropdown-icon" data-pc-section="triggericon" aria-hidden="true">${svg('p-multiselect-dropdown-icon')}</chevrondownicon></div><p-overlay>${
    open ? msOverlay(host, { options: ['M04.1', 'M06.1', 'M04.8', 'M04.9'], chosen }) : ''
  }</p-overlay></p-multiselect>`;
  return floatlabel(inner, id, label);
};

const acChip = (v: string, i: number, host: string, size: number) =>
  `<li id="${host}_multiple_option_${i}" role="option" class="p-autocomplete-chip-item" aria-label="${v}" aria-setsize="${size}" aria-posinset="${i + 1}" aria-selected="true"><p-chip class="p-chip p-component p-autocomplete-chip" data-pc-name="chip" aria-label="${v}" data-pc-section="root"><div class="p-chip-label" data-pc-section="label">${v}</div><span tabindex="0" data-pc-section="removeicon" class="p-chip-remove-icon" aria-label="Remove" role="button"><span class="p-autocomplete-chip-icon"><timescircleicon class="p-autocomplete-chip-icon" aria-hidden="true">${svg('p-autocomplete-chip-icon')}</timescircleicon></span></span></p-chip></li>`;

const autoCompleteMultiple = (id: string, chosen: string[], placeholder: string) => {
  const host = pid();
  return `<p-autocomplete inputid="${id}" class="${ng}"><div class="p-autocomplete p-component p-inputwrapper${chosen.length ? ' p-inputwrapper-filled' : ''}" style="position: relative;"><ul class="p-autocomplete-input-multiple" tabindex="-1" role="listbox" aria-orientation="horizontal">${chosen
    .map((v, i) => acChip(v, i, host, chosen.length))
    .join(
      '',
    )}<li class="p-autocomplete-input-chip" role="option"><input id="${id}" type="text" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" tabindex="0"${chosen.length ? '' : ` placeholder="${placeholder}"`} value=""></li></ul><p-overlay></p-overlay></div></p-autocomplete>`;
};

const panel = (panelId = 'pn_id_99_panel') => {
  const day = (d: number) =>
    `<td aria-label="${d}" class="p-datepicker-day-cell${d === 14 ? ' p-datepicker-today' : ''}"><span class="p-datepicker-day${d === 14 ? ' p-datepicker-day-selected' : ''}" draggable="false" data-date="1988-2-${d}">${d}</span>${d === 14 ? '<div class="p-hidden-accessible" aria-live="polite">14</div>' : ''}</td>`;
  const weeks = [0, 7, 14, 21, 28].map(
    (s) =>
      `<tr>${Array.from({ length: 7 }, (_, i) => s + i + 1)
        .filter((d) => d <= 31)
        .map(day)
        .join('')}</tr>`,
  );
  return `<div id="${panelId}" class="p-datepicker-panel p-component" aria-label="Choose Date" role="dialog" aria-modal="true" style="position: absolute; top: 40px; left: 0; z-index: 1101;"><div class="p-datepicker-calendar-container"><div class="p-datepicker-calendar"><div class="p-datepicker-header"><p-button class="p-button-icon-only"><button type="button" class="p-button p-component p-button-icon-only p-datepicker-prev-button p-button-rounded p-button-text p-button-sm" aria-label="Previous Month"></button></p-button><div class="p-datepicker-title"><button type="button" class="p-datepicker-select-month" aria-label="Choose Month">March</button><button type="button" class="p-datepicker-select-year" aria-label="Choose Year">1988</button></div><p-button><button type="button" class="p-button p-component p-button-icon-only p-datepicker-next-button" aria-label="Next Month"></button></p-button></div><table class="p-datepicker-day-view" role="grid"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th class="p-datepicker-weekday-cell" scope="col"><span class="p-datepicker-weekday">${d}</span></th>`).join('')}</tr></thead><tbody>${weeks.join('')}</tbody></table></div></div><div class="p-datepicker-buttonbar"><p-button><button type="button" class="p-button p-component p-button-secondary">Today</button></p-button><p-button><button type="button" class="p-button p-component p-button-secondary">Clear</button></p-button></div></div>`;
};

const datePicker = (id: string, value: string, o: { open?: boolean; placeholder?: string } = {}) => {
  const panelId = `${pid()}_panel`;
  return `<p-datepicker inputid="${id}" class="${ng}${value ? ' p-inputwrapper-filled' : ''}"><span class="p-datepicker p-component p-inputwrapper${value ? ' p-inputwrapper-filled' : ''}${o.open ? ' p-inputwrapper-focus p-focus' : ''}"><input pinputtext="" type="text" role="combobox" id="${id}" aria-autocomplete="none" aria-haspopup="dialog" aria-expanded="${o.open ? 'true' : 'false'}"${o.open ? ` aria-controls="${panelId}"` : ''} autocomplete="off" class="p-inputtext p-component p-datepicker-input${value ? ' p-filled' : ''}" placeholder="${o.placeholder ?? ''}" value="${value}"><button type="button" aria-label="Choose Date" aria-haspopup="dialog" aria-expanded="${o.open ? 'true' : 'false'}" class="p-datepicker-dropdown" tabindex="0"><calendaricon>${svg('')}</calendaricon></button>${o.open ? panel(panelId) : ''}</span></p-datepicker>`;
};

const date = (id: string, label: string, value: string, open = false) => floatlabel(datePicker(id, value, { open }), id, label);

const message = (t: string) =>
  `<p-message severity="error" variant="simple" size="small"><div class="p-message p-component p-message-error p-message-simple p-message-sm" role="alert" aria-live="assertive" aria-atomic="true"><div class="p-message-content"><span class="p-message-text">${t}</span></div></div></p-message>`;

const addon = (control: string, unit: string) =>
  `<p-inputgroup class="p-inputgroup">${control}<p-inputgroup-addon class="p-inputgroupaddon">${unit}</p-inputgroup-addon></p-inputgroup>`;

const card = (title: string, body: string) =>
  `<p-card class="p-card p-component"><div class="p-card-body"><div class="p-card-title">${title}</div><div class="p-card-content"><div class="flex flex-col gap-6">${body}</div></div></div></p-card>`;

const app = (body: string, overlays = '') => `<app-root><form novalidate class="${ng}">${body}</form></app-root>${overlays}`;

const therapyTable = () => {
  const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
  const cell = (v: string, c: number) => {
    const id = pid();
    return `<td>${c === 2 || c === 3 ? datePicker(id, v) : inputText(id, v)}</td>`;
  };
  return `<p-table class="${ng}"><div class="p-datatable p-component" data-pc-name="datatable" data-pc-section="root"><div class="p-datatable-header">Prior therapies</div><div class="p-datatable-table-container"><table role="table" class="p-datatable-table" id="${pid()}-table"><thead role="rowgroup" class="p-datatable-thead"><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody role="rowgroup" class="p-datatable-tbody">${THERAPY_ROWS.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table></div></div></p-table>`;
};

describe('PrimeNG 19: p-floatlabel, p-inputnumber, p-datepicker, p-select, p-multiselect (chips), p-table', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(`${card(
        'Member',
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ILARIS['patient.dob'])}${number('weight', 'Weight', '72', ' kg')}`,
      )}
      ${card('Diagnosis', multiSelect('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], 'Select codes'))}
      ${card(
        'Medication',
        `${select('drugName', 'Drug name', ILARIS['drug.name'], 'Select a drug')}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${number('dose', 'Dose', '150', ' mg')}${text('units', 'Billing units', '150')}${select('frequency', 'Frequency', 'Every 4 weeks', 'Select a frequency')}`,
      )}
      ${card('Labs', `${number('crp', 'CRP', '24', ' mg/L')}${date('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
      ${card('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}
      ${therapyTable()}
      <p-button><button type="submit" class="p-button p-component"><span class="p-button-label">Submit</span></button></p-button>`),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.weight': '72 kg',
      'drug.dose': '150 mg',
      'labs.crpValue': '24 mg/L',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
      ...THERAPIES,
    });
    noDuplicatePaths();
  });

  it('reads an InputNumber whose value carries its suffix whole, and normalizes the unit from it', () => {
    page(app(`${number('weight', 'Weight', '72', ' kg')}${number('crp', 'CRP', '24', ' mg/L')}`));
    expect(read()).toEqual({ 'patient.weight': '72 kg', 'labs.crpValue': '24 mg/L' });
    expect(units()).toEqual({});
    expect(normalized().patient.weight?.value).toEqual({ amount: 72, unit: 'kg' });
  });

  it('takes the unit of a p-inputgroup-addon after a plain InputNumber', () => {
    page(
      app(
        `${stacked(addon(inputNumber('weight', '72', ''), 'kg'), 'weight', 'Weight')}${stacked(addon(inputNumber('dose', '150', ''), 'mg'), 'dose', 'Dose')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'drug.dose': '150' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads a p-select by the label it shows, not its aria-label copy, and an empty one (placeholder) as empty', () => {
    page(
      app(
        `${select('drugName', 'Drug name', ILARIS['drug.name'], 'Select a drug')}${select('frequency', 'Frequency', '', 'Select a frequency')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('takes nothing from an open p-select overlay rendered inside the host (filter searchbox, options)', () => {
    page(
      app(
        `${select('frequency', 'Frequency', 'Every 4 weeks', 'Select a frequency', {
          options: ['Every 4 weeks', 'Every 8 weeks', 'Once'],
          chosen: ['Every 4 weeks'],
          filter: true,
        })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.p-overlay');
  });

  it("reads a chip-display p-multiselect once, not its hidden combobox copy nor its chips' remove icons", () => {
    page(app(multiSelect('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], 'Select codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
    nothingFrom('p-chip');
  });

  it("reads an empty p-multiselect (placeholder in its label and in the hidden input's value) as empty", () => {
    page(app(multiSelect('icd', 'ICD-10 codes', [], 'Select codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('takes nothing from an open p-multiselect overlay (option checkboxes, toggle-all, filter)', () => {
    page(
      app(
        `${multiSelect('icd', 'ICD-10 codes', ['M04.1'], 'Select codes', true)}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.p-overlay');
    expect(mapped().filter((m) => m.field.kind === 'checkbox')).toEqual([]);
  });

  it('reads a multiple p-autocomplete by its chips (li[role=option] with a p-chip each)', () => {
    page(app(stacked(autoCompleteMultiple('icd', ['M04.1', 'M06.1'], 'Type a code'), 'icd', 'ICD-10 codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.p-autocomplete-chip-item');
  });

  it('reads an empty multiple p-autocomplete (placeholder on its input) as empty', () => {
    page(app(stacked(autoCompleteMultiple('icd', [], 'Type a code'), 'icd', 'ICD-10 codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a p-datepicker input (role=combobox) by its own value', () => {
    page(app(`${date('dob', 'Date of birth', ILARIS['patient.dob'])}${date('crpDate', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('keeps the form when a p-datepicker panel (role=dialog, aria-modal) is open inside it', () => {
    page(
      app(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ILARIS['patient.dob'], true)}${number('weight', 'Weight', '72', ' kg')}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72 kg',
    });
    nothingFrom('.p-datepicker-panel');
  });

  it('reads a single p-autocomplete (input role=combobox holding the chosen text) by its value, not its open list', () => {
    const host = pid();
    page(
      app(
        stacked(
          `<p-autocomplete inputid="drugName" class="${ng}"><div class="p-autocomplete p-component p-inputwrapper p-inputwrapper-filled p-inputwrapper-focus p-autocomplete-open" style="position: relative;"><input pinputtext="" id="drugName" type="text" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="true" aria-controls="${host}_list" class="p-inputtext p-component p-autocomplete-input p-filled" value="Ilaris (canakinumab)"><p-overlay><div class="p-overlay p-component" style="position: absolute; top: 100%;"><div class="p-overlay-content"><div class="p-autocomplete-overlay p-component" style="max-height: 200px;"><ul id="${host}_list" role="listbox" class="p-autocomplete-list"><li id="${host}_0" role="option" class="p-autocomplete-option p-autocomplete-option-selected" aria-label="Ilaris (canakinumab)" aria-selected="true">Ilaris (canakinumab)</li><li id="${host}_1" role="option" class="p-autocomplete-option" aria-label="Ilumya (tildrakizumab)" aria-selected="false">Ilumya (tildrakizumab)</li></ul></div></div></div></p-overlay></div></p-autocomplete>`,
          'drugName',
          'Drug name',
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.p-overlay');
  });

  it('reads a field with a p-message error and a help <small> by its value, and the label by its text', () => {
    page(
      app(
        `${stacked(inputText('npi', '123456789'), 'npi', 'Prescriber NPI', 'Ten digits, no spaces')}${message('NPI must be 10 digits')}${stacked(inputText('memberId', ILARIS['patient.memberId']), 'memberId', 'Member ID')}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads prior therapies from a p-table whose date cells are p-datepickers', () => {
    page(app(therapyTable()));
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a form in a p-dialog (modal) over the page', () => {
    page(
      `<app-root>${text('search', 'Search members', '')}</app-root><div class="p-dialog-mask p-overlay-mask p-overlay-mask-enter" style="z-index: 1101;"><div role="dialog" class="p-dialog p-component" aria-labelledby="pn_id_dlg_header" aria-modal="true"><div class="p-dialog-header"><span id="pn_id_dlg_header" class="p-dialog-title">Edit member</span><div class="p-dialog-header-actions"><p-button><button type="button" class="p-button p-component p-button-icon-only p-dialog-close-button" aria-label="Close"></button></p-button></div></div><div class="p-dialog-content"><form class="${ng}">${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ILARIS['patient.dob'])}</form></div></div></div>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
    expect(mapped()).toHaveLength(2);
  });
});

// ---- PrimeNG 17 (primefaces/primeng at 17.18.4, commit adeee48: src/app/components/multiselect/multiselect.ts,
// calendar/calendar.ts, chips/chips.ts; p-dropdown from knowledge): `span.p-float-label`, p-dropdown's label span, chip
// tokens without a role (`div.p-multiselect-token` > `span.p-multiselect-token-label` + an
// aria-hidden `svg.p-multiselect-token-icon`), p-calendar's panel `div.p-datepicker[role=dialog]` ----

const float17 = (control: string, id: string, label: string) =>
  `<span class="p-float-label">${control}<label for="${id}">${label}</label></span>`;

const dropdown17 = (id: string, value: string, placeholder: string) =>
  `<p-dropdown inputid="${id}" placeholder="${placeholder}" class="p-element p-inputwrapper ${ng}${value ? ' p-inputwrapper-filled' : ''}"><div class="p-dropdown p-component p-inputwrapper${value ? ' p-inputwrapper-filled' : ''}"><span role="combobox" class="p-element p-dropdown-label p-inputtext${value ? '' : ' p-placeholder'}" id="${id}" aria-label="${value || placeholder}" aria-haspopup="listbox" aria-expanded="false" tabindex="0">${value || placeholder}</span><div role="button" aria-label="dropdown trigger" aria-haspopup="listbox" class="p-dropdown-trigger"><chevrondownicon class="p-element p-icon-wrapper">${svg('p-dropdown-trigger-icon')}</chevrondownicon></div><p-overlay class="p-element"></p-overlay></div></p-dropdown>`;

const multiSelect17 = (id: string, chosen: string[], placeholder: string) =>
  `<p-multiselect inputid="${id}" display="chip" placeholder="${placeholder}" class="p-element p-inputwrapper ${ng}${chosen.length ? ' p-inputwrapper-filled' : ''}"><div class="p-multiselect p-component p-inputwrapper p-multiselect-chip"><div class="p-hidden-accessible" data-p-hidden-accessible="true"><input id="${id}" role="combobox" aria-haspopup="listbox" aria-expanded="false" tabindex="0" value="${chosen.join(', ') || placeholder}"></div><div class="p-multiselect-label-container"><div class="p-multiselect-label${chosen.length ? '' : ' p-placeholder'}">${chosen
    .map(
      (v) =>
        `<div class="p-multiselect-token"><span class="p-multiselect-token-label">${v}</span><timescircleicon class="p-element p-icon-wrapper" data-pc-section="clearicon" aria-hidden="true">${svg('p-multiselect-token-icon')}</timescircleicon></div>`,
    )
    .join(
      '',
    )}${chosen.length ? '' : placeholder}</div></div><div class="p-multiselect-trigger"><chevrondownicon class="p-element p-icon-wrapper" data-pc-section="triggericon" aria-hidden="true">${svg('p-multiselect-trigger-icon')}</chevrondownicon></div><p-overlay class="p-element"></p-overlay></div></p-multiselect>`;

const calendar17 = (id: string, value: string, open: boolean) => {
  const panelId = `${pid()}_panel`;
  return `<p-calendar inputid="${id}" class="p-element p-inputwrapper ${ng}${value ? ' p-inputwrapper-filled' : ''}${open ? ' p-inputwrapper-focus p-calendar-clearable' : ''}"><span class="p-calendar p-calendar-w-btn${open ? ' p-focus' : ''}"><input type="text" role="combobox" id="${id}" aria-autocomplete="none" aria-haspopup="dialog" aria-expanded="${open}"${open ? ` aria-controls="${panelId}"` : ''} autocomplete="off" class="p-inputtext p-component p-element${value ? ' p-filled' : ''}" placeholder="" value="${value}"><button type="button" aria-label="Choose Date" aria-haspopup="dialog" aria-expanded="${open}" class="p-element p-datepicker-trigger p-button-icon-only p-button p-component" tabindex="0"><calendaricon class="p-element p-icon-wrapper">${svg('')}</calendaricon></button>${
    open
      ? `<div id="${panelId}" class="p-datepicker p-component p-ripple-disabled" role="dialog" aria-modal="true" aria-label="Choose Date" style="display: block; position: absolute; top: 42px; left: 0px; z-index: 1001;"><div class="p-datepicker-group-container"><div class="p-datepicker-group"><div class="p-datepicker-header"><button type="button" class="p-ripple p-element p-datepicker-prev p-link" aria-label="Previous Month"></button><div class="p-datepicker-title"><button type="button" class="p-datepicker-month p-link" aria-label="Choose Month">November</button><button type="button" class="p-datepicker-year p-link" aria-label="Choose Year">2026</button></div><button type="button" class="p-ripple p-element p-datepicker-next p-link" aria-label="Next Month"></button></div><div class="p-datepicker-calendar-container"><table role="grid" class="p-datepicker-calendar"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th scope="col"><span>${d}</span></th>`).join('')}</tr></thead><tbody>${[
          1, 8, 15, 22, 29,
        ]
          .map(
            (s) =>
              `<tr>${Array.from({ length: 7 }, (_, i) => s + i)
                .filter((d) => d <= 30)
                .map(
                  (d) =>
                    `<td aria-label="${d}"${d === 2 ? ' class="p-datepicker-today"' : ''}><span draggable="false" data-date="2026-10-${d}" class="p-ripple p-element${d === 2 ? ' p-highlight' : ''}">${d}</span>${d === 2 ? '<div aria-live="polite" class="p-hidden-accessible">2</div>' : ''}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('')}</tbody></table></div></div></div></div>`
      : ''
  }</span></p-calendar>`;
};

describe('PrimeNG 17: p-dropdown, p-multiSelect chip tokens, p-calendar in span.p-float-label', () => {
  it('reads p-dropdown (filled and empty) and a chip-display p-multiSelect whose tokens have no role', () => {
    page(
      app(
        `${float17(dropdown17('drugName', ILARIS['drug.name'], 'Select a drug'), 'drugName', 'Drug name')}${float17(dropdown17('frequency', '', 'Select a frequency'), 'frequency', 'Frequency')}${float17(multiSelect17('icd', ['M04.1', 'M06.1'], 'Select codes'), 'icd', 'ICD-10 codes')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '', 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
  });

  it('reads an empty chip-display p-multiSelect (placeholder) as empty', () => {
    page(app(float17(multiSelect17('icd', [], 'Select codes'), 'icd', 'ICD-10 codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('reads a closed p-calendar by its input value', () => {
    page(
      app(
        `${float17(calendar17('crpDate', ILARIS['labs.crpDate'], false), 'crpDate', 'CRP collection date')}${float17(inputText('npi', ILARIS['prescriber.npi']), 'npi', 'Prescriber NPI')}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads an open p-calendar by its input value, taking nothing from the panel', () => {
    page(
      app(
        `${float17(calendar17('crpDate', ILARIS['labs.crpDate'], true), 'crpDate', 'CRP collection date')}${float17(inputText('npi', ILARIS['prescriber.npi']), 'npi', 'Prescriber NPI')}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpDate': ILARIS['labs.crpDate'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.p-datepicker');
  });

  it('reads a p-dropdown without inputId under a <label> standing before it', () => {
    page(
      app(
        `<div class="field"><label>Frequency</label>${dropdown17('frequency', 'Every 4 weeks', 'Select a frequency').replace(/ (?:inputid|id)="frequency"/g, '')}</div>`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });
});

const chips17 = (id: string, values: string[], placeholder: string) =>
  `<p-chips inputid="${id}" class="p-element p-inputwrapper ${ng}${values.length ? ' p-inputwrapper-filled' : ''}"><div class="p-chips p-component p-input-wrapper${values.length ? ' p-inputwrapper-filled' : ''}" data-pc-name="chips" data-pc-section="root"><ul tabindex="-1" role="listbox" aria-orientation="horizontal" class="p-inputtext p-chips-multiple-container" data-pc-section="container">${values
    .map(
      (v, i) =>
        `<li id="pn_id_7_chips_item_${i}" role="option" arialabel="${v}" aria-selected="true" aria-setsize="${values.length}" aria-posinset="${i + 1}" data-p-focused="false" class="p-chips-token" data-pc-section="token"><span class="p-chips-token-label" data-pc-section="label">${v}</span><timescircleicon class="p-element p-icon-wrapper" data-pc-section="removeTokenIcon" aria-hidden="true">${svg('p-chips-token-icon')}</timescircleicon></li>`,
    )
    .join(
      '',
    )}<li data-pc-section="inputToken" role="option" class="p-chips-input-token"><input type="text" id="${id}"${values.length ? '' : ` placeholder="${placeholder}"`} value=""></li></ul></div></p-chips>`;

describe('PrimeNG 17: p-chips (InputChips) for ICD-10 codes', () => {
  it('reads p-chips tokens (li[role=option] with an aria-hidden remove icon) once', () => {
    page(
      app(
        `${float17(chips17('icd', ['M04.1', 'M06.1'], 'Add a code'), 'icd', 'ICD-10 codes')}${float17(inputText('npi', ILARIS['prescriber.npi']), 'npi', 'Prescriber NPI')}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.p-chips-token');
  });

  it('reads empty p-chips (placeholder on the input) as empty', () => {
    page(app(float17(chips17('icd', [], 'Add a code'), 'icd', 'ICD-10 codes')));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});

describe('PrimeNG 19: more overlays and variants', () => {
  it('reads a p-datepicker by its input value while its panel is appended to body (appendTo="body")', () => {
    const open = datePicker('dob', ILARIS['patient.dob'], { open: true });
    const panelId = /aria-controls="([^"]+)"/.exec(open)?.[1] ?? '';
    const input = open.replace(/<div id="[^"]+_panel"[\s\S]*<\/div><\/span><\/p-datepicker>$/, '</span></p-datepicker>');
    expect(input).not.toContain('p-datepicker-panel');
    page(app(`${floatlabel(input, 'dob', 'Date of birth')}${text('memberId', 'Member ID', ILARIS['patient.memberId'])}`, panel(panelId)));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('.p-datepicker-panel');
  });

  it('reads a comma-display p-multiselect (the default) by its label text', () => {
    const host = pid();
    page(
      app(
        floatlabel(
          `<p-multiselect inputid="icd" placeholder="Select codes" class="p-multiselect p-component p-inputwrapper p-inputwrapper-filled ${ng}" data-pc-name="multiselect" id="${host}"><div class="p-hidden-accessible" data-p-hidden-accessible="true"><input id="icd" role="combobox" aria-haspopup="listbox" aria-expanded="false" tabindex="0" value="M04.1, M06.1"></div><div class="p-multiselect-label-container"><div class="p-multiselect-label">M04.1, M06.1</div></div><div class="p-multiselect-dropdown"><chevrondownicon class="p-multiselect-dropdown-icon" aria-hidden="true">${svg('')}</chevrondownicon></div><p-overlay></p-overlay></p-multiselect>`,
          'icd',
          'ICD-10 codes',
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an editable p-select (a text input classed p-select-label) by its value', () => {
    page(
      app(
        floatlabel(
          `<p-select inputid="drugName" class="p-select p-component p-inputwrapper p-inputwrapper-filled ${ng}" data-pc-name="select" id="${pid()}"><input type="text" id="drugName" class="p-select-label" aria-haspopup="listbox" aria-label="Ilaris (canakinumab)" value="Ilaris (canakinumab)"><div class="p-select-dropdown" role="button" aria-label="dropdown trigger" aria-haspopup="listbox" aria-expanded="false"><chevrondownicon class="p-select-dropdown-icon">${svg('')}</chevrondownicon></div><p-overlay></p-overlay></p-select>`,
          'drugName',
          'Drug name',
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads a multiple p-listbox with checkboxes (options with aria-selected) as the chosen codes', () => {
    const host = pid();
    const opts = ['M04.1', 'M06.1', 'M04.8'];
    const chosen = ['M04.1', 'M06.1'];
    page(
      app(
        `<div class="flex flex-col gap-2"><label class="font-bold">ICD-10 codes</label><p-listbox class="${ng}"><div id="${host}" class="p-listbox p-component"><span role="presentation" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-focusable="true"> </span><div class="p-listbox-list-container" tabindex="0" style="max-height: 14rem;"><ul class="p-listbox-list" role="listbox" tabindex="-1" aria-multiselectable="true" aria-label="ICD-10 codes">${opts
          .map((v, i) => {
            const on = chosen.includes(v);
            return `<li class="p-listbox-option${on ? ' p-listbox-option-selected' : ''}" role="option" id="${host}_${i}" aria-label="${v}" aria-selected="${on}" aria-disabled="false" aria-setsize="${opts.length}"><p-checkbox styleclass="p-listbox-option-check-icon"><div class="p-checkbox p-component p-listbox-option-check-icon${on ? ' p-checkbox-checked' : ''}" data-p-highlight="${on}" data-p-checked="${on}"><input type="checkbox" tabindex="-1" class="p-checkbox-input" value="undefined"${on ? ' checked' : ''}><div class="p-checkbox-box">${on ? `<checkicon>${svg('p-checkbox-icon')}</checkicon>` : ''}</div></div></p-checkbox><span>${v}</span></li>`;
          })
          .join(
            '',
          )}</ul></div><span role="presentation" class="p-hidden-accessible p-hidden-focusable" tabindex="0" data-p-hidden-focusable="true"> </span></div></p-listbox></div>${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a p-radiobutton group (native radios inside, label for each) by its checked label', () => {
    const radio = (id: string, value: string, label: string, on: boolean) =>
      `<div class="flex items-center gap-2"><p-radiobutton inputid="${id}" name="requestType" value="${value}" class="${ng}"><div class="p-radiobutton p-component${on ? ' p-radiobutton-checked' : ''}" data-p-checked="${on}"><input type="radio" class="p-radiobutton-input" id="${id}" name="requestType" value="${value}"${on ? ' checked' : ''}><div class="p-radiobutton-box"><div class="p-radiobutton-icon"></div></div></div></p-radiobutton><label for="${id}">${label}</label></div>`;
    page(
      app(
        `<div class="flex flex-col gap-2"><span class="font-bold">Request type</span><div class="flex flex-wrap gap-4">${radio('rtNew', 'new', 'New request', true)}${radio('rtCont', 'continuation', 'Continuation of therapy', false)}</div></div>${text('memberId', 'Member ID', ILARIS['patient.memberId'])}`,
      ),
    );
    expect(read()).toEqual({ 'request.type': 'New request', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads a p-selectbutton (toggle buttons with aria-pressed) as its pressed option', () => {
    const btn = (t: string, on: boolean) =>
      `<p-togglebutton class="${ng}"><button type="button" class="p-togglebutton p-component${on ? ' p-togglebutton-checked' : ''}" tabindex="0" aria-pressed="${on}" data-p-checked="${on}" data-p-disabled="false"><span class="p-togglebutton-content"><span class="p-togglebutton-label">${t}</span></span></button></p-togglebutton>`;
    page(
      app(
        `<div class="flex flex-col gap-2"><label id="freqLabel" class="font-bold">Frequency</label><p-selectbutton class="p-selectbutton p-component ${ng}" role="group" aria-labelledby="freqLabel" data-pc-section="root" data-pc-name="selectbutton">${btn('Every 4 weeks', true)}${btn('Every 8 weeks', false)}</p-selectbutton></div>`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads a chip-display p-treeselect (chips without remove icons beside a hidden readonly combobox)', () => {
    const host = pid();
    page(
      app(
        floatlabel(
          `<p-treeselect inputid="icd" display="chip" selectionmode="checkbox" class="${ng}"><div class="p-treeselect p-component p-inputwrapper p-treeselect-display-chip p-inputwrapper-filled"><div class="p-hidden-accessible"><input type="text" role="combobox" id="icd" readonly="" tabindex="0" aria-haspopup="tree" aria-expanded="false" aria-label="M04.1, M06.1"></div><div class="p-treeselect-label-container"><div class="p-treeselect-label"><div class="p-treeselect-chip-item"><p-chip class="p-chip p-component p-treeselect-chip" data-pc-name="chip" aria-label="M04.1"><div class="p-chip-label">M04.1</div></p-chip></div><div class="p-treeselect-chip-item"><p-chip class="p-chip p-component p-treeselect-chip" data-pc-name="chip" aria-label="M06.1"><div class="p-chip-label">M06.1</div></p-chip></div></div></div><div class="p-treeselect-dropdown" role="button" aria-haspopup="tree" aria-expanded="false" aria-label="treeselect trigger"><chevrondownicon class="p-treeselect-dropdown-icon">${svg('')}</chevrondownicon></div><p-overlay id="${host}"></p-overlay></div></p-treeselect>`,
          'icd',
          'ICD-10 codes',
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('p-chip');
  });

  it('reads an open p-treeselect by its chips, taking nothing from its tree (treeitems with checkboxes)', () => {
    const listId = `${pid()}_list`;
    const node = (code: string, label: string, on: boolean, level: number, children = '') =>
      `<li class="p-tree-node${children ? '' : ' p-tree-node-leaf'}${on ? ' p-tree-node-selected' : ''}" aria-label="${label}" aria-checked="${on}" aria-selected="${on}" aria-expanded="${children ? 'true' : 'false'}" aria-level="${level}" role="treeitem" tabindex="-1"><div class="p-tree-node-content p-tree-node-selectable" style="padding-left: 0px;"><button type="button" data-pc-section="toggler" class="p-tree-node-toggle-button" tabindex="-1">${children ? svg('p-tree-node-toggle-icon') : ''}</button><p-checkbox styleclass="p-tree-node-checkbox"><div class="p-checkbox p-component p-tree-node-checkbox${on ? ' p-checkbox-checked' : ''}" data-p-checked="${on}"><input type="checkbox" tabindex="-1" class="p-checkbox-input"${on ? ' checked' : ''}><div class="p-checkbox-box"></div></div></p-checkbox><span class="p-tree-node-label"><span>${code} ${label}</span></span></div>${children ? `<ul class="p-tree-node-children" role="group" style="display: block;">${children}</ul>` : ''}</li>`;
    const tree = `<p-tree class="p-tree p-component p-tree-flex-scrollable"><div class="p-tree-root" style="max-height: 400px;"><ul class="p-tree-root-children" role="tree" aria-multiselectable="true">${node(
      'M04',
      'Autoinflammatory syndromes',
      false,
      1,
      `${node('M04.1', 'Periodic fever syndromes', true, 2)}${node('M04.8', 'Other autoinflammatory syndromes', false, 2)}`,
    )}${node('M06.1', "Adult-onset Still's disease", true, 1)}</ul></div></p-tree>`;
    page(
      app(
        `${floatlabel(
          `<p-treeselect inputid="icd" display="chip" selectionmode="checkbox" class="${ng}"><div class="p-treeselect p-component p-inputwrapper p-treeselect-display-chip p-inputwrapper-filled p-focus p-inputwrapper-focus p-treeselect-open"><div class="p-hidden-accessible"><input type="text" role="combobox" id="icd" readonly="" tabindex="0" aria-controls="${listId}" aria-haspopup="tree" aria-expanded="true" aria-label="M04.1, M06.1"></div><div class="p-treeselect-label-container"><div class="p-treeselect-label"><div class="p-treeselect-chip-item"><p-chip class="p-chip p-component p-treeselect-chip" aria-label="M04.1"><div class="p-chip-label">M04.1</div></p-chip></div><div class="p-treeselect-chip-item"><p-chip class="p-chip p-component p-treeselect-chip" aria-label="M06.1"><div class="p-chip-label">M06.1</div></p-chip></div></div></div><div class="p-treeselect-dropdown" role="button" aria-haspopup="tree" aria-expanded="true" aria-label="treeselect trigger"></div><p-overlay><div class="p-overlay p-component" style="position: absolute; top: 100%;"><div class="p-overlay-content"><div id="${listId}" class="p-treeselect-overlay p-component"><span role="presentation" class="p-hidden-accessible p-hidden-focusable" tabindex="0"></span><div class="p-treeselect-tree-container" style="max-height: 400px;">${tree}</div></div></div></div></p-overlay></div></p-treeselect>`,
          'icd',
          'ICD-10 codes',
        )}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.p-overlay');
  });

  it('reads a multiple p-autocomplete by its chips while a search is typed and suggestions are open', () => {
    const host = pid();
    page(
      app(
        stacked(
          `<p-autocomplete inputid="icd" class="${ng}"><div class="p-autocomplete p-component p-inputwrapper p-inputwrapper-filled p-focus p-inputwrapper-focus p-autocomplete-open" style="position: relative;"><ul class="p-autocomplete-input-multiple" tabindex="-1" role="listbox" aria-orientation="horizontal">${acChip('M04.1', 0, host, 2)}${acChip('M06.1', 1, host, 2)}<li class="p-autocomplete-input-chip" role="option"><input id="icd" type="text" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="true" aria-controls="${host}_list" tabindex="0" value="M04"></li></ul><p-overlay><div class="p-overlay p-component" style="position: absolute; top: 100%;"><div class="p-overlay-content"><div class="p-autocomplete-overlay p-component"><ul id="${host}_list" role="listbox" class="p-autocomplete-list"><li id="${host}_0" role="option" class="p-autocomplete-option" aria-label="M04.8" aria-selected="false">M04.8</li><li id="${host}_1" role="option" class="p-autocomplete-option" aria-label="M04.9" aria-selected="false">M04.9</li></ul></div></div></div></p-overlay></div></p-autocomplete>`,
          'icd',
          'ICD-10 codes',
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.p-overlay');
  });

  it('reads prior therapies from two p-cards ("Therapy 1", "Therapy 2") in a p-panel titled "Prior therapies" (content role=region)', () => {
    const entry = (i: number) => {
      const r = THERAPY_ROWS[i]!;
      const ids = ['drug', 'dose', 'start', 'stop', 'outcome'].map((k) => `therapies-${i}-${k}`);
      return card(
        `Therapy ${i + 1}`,
        `${text(ids[0]!, 'Drug', r[0]!)}${text(ids[1]!, 'Dose', r[1]!)}${date(ids[2]!, 'Start date', r[2]!)}${date(ids[3]!, 'End date', r[3]!)}${text(ids[4]!, 'Outcome', r[4]!)}`,
      );
    };
    const h = pid();
    page(
      app(
        `<p-panel class="p-panel p-component" data-pc-name="panel"><div class="p-panel-header"><span class="p-panel-title" id="${h}_header">Prior therapies</span><div class="p-panel-icons"></div></div><div class="p-panel-content-container" id="${h}_content" role="region" aria-labelledby="${h}_header"><div class="p-panel-content">${entry(0)}${entry(1)}</div></div></p-panel>`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  // p-floatlabel with a label after the control that links to nothing: the app left out inputId
  // (the label's for= names no element), as happens when a form is moved to p-floatlabel
  const unlinked = (control: string, id: string, label: string) =>
    `<p-floatlabel variant="on" class="p-floatlabel p-floatlabel-on">${control.replace(new RegExp(` (?:inputid|id)="${id}"`, 'g'), '')}<label for="${id}">${label}</label></p-floatlabel>`;

  it('reads pInputText / p-inputnumber in p-floatlabel by the unlinked label right after each', () => {
    page(
      app(
        `${unlinked(inputText('memberId', ILARIS['patient.memberId']), 'memberId', 'Member ID')}${unlinked(inputNumber('weight', '72', ' kg'), 'weight', 'Weight')}`,
      ),
    );
    expect(document.querySelector('[id="memberId"], [id="weight"]')).toBeNull();
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72 kg' });
  });

  it('reads a p-select without inputId by its shown label, named by the unlinked label after it, and its trigger as no field', () => {
    page(
      app(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${unlinked(pSelect('drugName', ILARIS['drug.name'], 'Select a drug'), 'drugName', 'Drug name')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.p-select-dropdown');
  });

  it('reads a p-datepicker without inputId by its input value, not the unlinked label after it', () => {
    page(
      app(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${unlinked(datePicker('dob', ILARIS['patient.dob']), 'dob', 'Date of birth')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
  });

  it('reads stacked fields whose <label> stands before them linked to nothing (no inputId, no for)', () => {
    const g = (label: string, control: string, id: string) =>
      `<div class="flex flex-col gap-2"><label>${label}</label>${control.replace(new RegExp(` (?:inputid|id)="${id}"`, 'g'), '')}</div>`;
    page(
      app(
        `${g('Member ID', inputText('memberId', ILARIS['patient.memberId']), 'memberId')}${g('Date of birth', datePicker('dob', ILARIS['patient.dob']), 'dob')}${g('Weight', inputNumber('weight', '72', ' kg'), 'weight')}${g('ICD-10 codes', autoCompleteMultiple('icd', ['M04.1', 'M06.1'], 'Type a code'), 'icd')}${g('Drug name', pSelect('drugName', ILARIS['drug.name'], 'Select a drug'), 'drugName')}${g('Frequency', pSelect('frequency', 'Every 4 weeks', 'Select a frequency'), 'frequency')}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72 kg',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.name': ILARIS['drug.name'],
      'drug.frequency': 'Every 4 weeks',
    });
  });

  it('reads prior therapies from a p-table whose Outcome cells are p-selects (no inputId: the column header names them)', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    const cell = (v: string, c: number) => {
      const id = pid();
      const control =
        c === 4
          ? pSelect(id, v, 'Select an outcome').replace(` inputid="${id}"`, '').replace(` id="${id}"`, '')
          : c === 2 || c === 3
            ? datePicker(id, v)
            : inputText(id, v);
      return `<td>${control}</td>`;
    };
    page(
      app(
        `<p-table class="${ng}"><div class="p-datatable p-component" data-pc-name="datatable"><div class="p-datatable-header">Prior therapies</div><div class="p-datatable-table-container"><table role="table" class="p-datatable-table"><thead role="rowgroup" class="p-datatable-thead"><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody role="rowgroup" class="p-datatable-tbody">${THERAPY_ROWS.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table></div></div></p-table>`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a chip-display p-treeselect without inputId under a <label> standing before it', () => {
    page(
      app(
        `<div class="flex flex-col gap-2"><label>ICD-10 codes</label><p-treeselect display="chip" selectionmode="checkbox" class="${ng}"><div class="p-treeselect p-component p-inputwrapper p-treeselect-display-chip p-inputwrapper-filled"><div class="p-hidden-accessible"><input type="text" role="combobox" readonly="" tabindex="0" aria-haspopup="tree" aria-expanded="false" aria-label="M04.1, M06.1"></div><div class="p-treeselect-label-container"><div class="p-treeselect-label"><div class="p-treeselect-chip-item"><p-chip class="p-chip p-component p-treeselect-chip" aria-label="M04.1"><div class="p-chip-label">M04.1</div></p-chip></div><div class="p-treeselect-chip-item"><p-chip class="p-chip p-component p-treeselect-chip" aria-label="M06.1"><div class="p-chip-label">M06.1</div></p-chip></div></div></div><div class="p-treeselect-dropdown" role="button" aria-haspopup="tree" aria-expanded="false" aria-label="treeselect trigger"></div><p-overlay></p-overlay></div></p-treeselect></div>${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
