import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom, DRUG_OPTIONS, FREQUENCY_OPTIONS } from '../round5/request';

/**
 * Mendix 9/10 (React client, Atlas UI 3). Markup modelled on:
 * - the Mendix 8 Atlas migration guide in mendix/docs (refguide8, "Form Group Structure", "Input
 *   Widget Type Classes", "Examples of Input Controls", "Date Picker Widget Changes", "Reference
 *   Selector … Markup Changes"): `div.form-group.mx-name-<widget>.mx-<type>` holding
 *   `label.control-label[for]` (horizontal forms: `label.col-sm-3` + `div.col-sm-9`), the control,
 *   and `div.alert.alert-danger.mx-validation-message`; `no-columns` when the label is hidden; a
 *   compound control (date picker, reference selector) is `div.mx-compound-control` with the
 *   button after the input; radio buttons are `div[role=radiogroup][aria-labelledby=<id>-label]`
 *   of `div.radio > input + label[for]`; the calendar popup is `div.mx-calendar`;
 * - a stored Mendix page fragment (a reference selector: `div.mx-name-referenceSelector1 …
 *   mx-referenceselector form-group no-columns > div.mx-compound-control[data-focusindex] >
 *   select.form-control#68.Teco…referenceSelector1_pkj_53[aria-label=""]`);
 * - mendix/web-widgets snapshots: datagrid-web `Table.spec.tsx.snap` (`div.widget-datagrid >
 *   div.table[role=table] > div.table-content[role=rowgroup] > div.tr[role=row]`, headers
 *   `div.th[role=columnheader][title] > div.column-container > div.column-header[aria-label] >
 *   span`, cells `div.td.td-borders[role=cell]`), combobox-web `SingleSelection.spec.tsx.snap` and
 *   `MultiSelection.spec.tsx.snap` (`input.widget-combobox-input[role=combobox][aria-labelledby=
 *   <id>-label]` inside `div.widget-combobox-input-container`, the chosen caption(s) shown in
 *   `div.widget-combobox-placeholder-text`, a "Clear selection" button, the menu
 *   `ul.widget-combobox-menu-list[role=listbox]` of `li[role=option]` with checkboxes when multi);
 *   the datagrid text filter's type selector (FilterSelector.tsx as stored in several versions: a
 *   Downshift toggle `button.filter-selector-button` + `ul.filter-selectors`, then
 *   `input.form-control.filter-input[aria-label=Search]`).
 * The page shell (`div.mx-page > div.mx-dataview`) and the popup window (`div.modal-dialog.mx-window`)
 * are written from knowledge.
 */

let n = 0;
const wid = (name: string) => `68.PA.Request_Edit.${name}_pkj_${(n += 1)}`;

type Opts = { error?: string; horizontal?: boolean };
const group = (name: string, type: string, label: string, id: string, control: string, o: Opts = {}) => {
  const err = o.error ? `<div class="alert alert-danger mx-validation-message" id="${id}-error">${o.error}</div>` : '';
  return o.horizontal
    ? `<div class="form-group mx-name-${name} mx-${type}" data-focusindex="0"><label class="control-label col-sm-3" id="${id}-label" for="${id}">${label}</label><div class="col-sm-9">${control}${err}</div></div>`
    : `<div class="form-group mx-name-${name} mx-${type}" data-focusindex="0"><label class="control-label" id="${id}-label" for="${id}">${label}</label>${control}${err}</div>`;
};

const textBox = (name: string, label: string, value: string, o: Opts = {}) => {
  const id = wid(name);
  return group(
    name,
    'textbox',
    label,
    id,
    `<input id="${id}" type="text" class="form-control" value="${value}"${o.error ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''} autocomplete="off">`,
    o,
  );
};

const datePicker = (name: string, label: string, value: string, o: Opts = {}) => {
  const id = wid(name);
  return group(
    name,
    'datepicker',
    label,
    id,
    `<div class="mx-compound-control"><input id="${id}" type="text" class="form-control" placeholder="M/d/yyyy" value="${value}" autocomplete="off"><button type="button" class="btn mx-button mx-dateinput-select-button" aria-label="Show date picker" aria-haspopup="dialog" tabindex="-1"><span class="glyphicon glyphicon-calendar" aria-hidden="true"></span></button></div>`,
    o,
  );
};

const dropDown = (name: string, label: string, options: string[], chosen: string, o: Opts = {}) => {
  const id = wid(name);
  return group(
    name,
    'dropdown',
    label,
    id,
    `<select id="${id}" class="form-control"><option value=""></option>${options.map((v, i) => `<option value="_${i}"${v === chosen ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
    o,
  );
};

const referenceSelector = (name: string, label: string, options: string[], chosen: string, o: Opts = {}) => {
  const id = wid(name);
  return group(
    name,
    'referenceselector',
    label,
    id,
    `<div class="mx-compound-control" data-focusindex="0"><select class="form-control" id="${id}"><option value="">Select a drug</option>${options.map((v, i) => `<option value="7036874417767${i}02"${v === chosen ? ' selected' : ''}>${v}</option>`).join('')}</select></div>`,
    o,
  );
};

const radioButtons = (name: string, label: string, options: string[], chosen: string) => {
  const id = wid(name);
  return `<div class="form-group mx-name-${name} mx-radiobuttongroup" data-focusindex="0"><label class="control-label" id="${id}-label">${label}</label><div role="radiogroup" id="${id}" aria-labelledby="${id}-label">${options
    .map(
      (v, i) =>
        `<div class="radio"><input type="radio" id="${id}_${i}" name="${id}" value="_${i}"${v === chosen ? ' checked' : ''}><label for="${id}_${i}">${v}</label></div>`,
    )
    .join('')}</div></div>`;
};

const comboBox = (name: string, label: string, chosen: string[], o: { multi?: boolean; open?: string[] } = {}) => {
  const id = wid(name);
  const menuId = `downshift-${n}-menu`;
  const shown = chosen.join(', ');
  const options = o.open ?? [];
  const menu = `<div class="widget-combobox-menu${o.open ? '' : ' widget-combobox-menu-hidden'}"${o.open ? '' : ' style="visibility: hidden; position: fixed;"'}><ul aria-labelledby="${id}-label" class="widget-combobox-menu-list" id="${menuId}" role="listbox">${options
    .map(
      (v, i) =>
        `<li aria-selected="${chosen.includes(v)}" class="widget-combobox-item${chosen.includes(v) ? ' widget-combobox-item-selected' : ''}" id="downshift-${n}-item-${i}" role="option">${o.multi ? `<span class="widget-combobox-icon-container"><input${chosen.includes(v) ? ' checked=""' : ''} id="${id}_${i}" tabindex="-1" type="checkbox"></span><label class="widget-combobox-caption-text" for="${id}_${i}">${v}</label>` : `<span class="widget-combobox-caption-text">${v}</span>`}</li>`,
    )
    .join('')}</ul></div>`;
  return `<div class="form-group mx-name-${name} mx-combobox" data-focusindex="0"><label class="control-label" id="${id}-label" for="${id}">${label}</label><div class="widget-combobox"><div${o.multi ? ` aria-controls="${menuId}" aria-expanded="${Boolean(o.open)}"` : ''} class="${o.multi ? 'form-control widget-combobox-input-container' : 'widget-combobox-input-container form-control'}${o.open ? ' widget-combobox-input-container-active' : ''}" id="downshift-${n}-toggle-button" tabindex="-1"><div class="widget-combobox-selected-items${o.multi ? ' widget-combobox-text' : ''}"><input aria-activedescendant="" aria-autocomplete="list" aria-controls="${menuId}" aria-expanded="${Boolean(o.open)}" aria-labelledby="${id}-label" autocomplete="off" class="widget-combobox-input" id="${id}" placeholder=" " role="combobox" tabindex="0" value="${o.multi ? '' : shown}"><div class="widget-combobox-placeholder-text">${o.multi ? shown : `<span class="widget-combobox-caption-text">${shown}</span>`}</div></div>${chosen.length ? '<button aria-label="Clear selection" class="widget-combobox-clear-button" tabindex="0"><span class="widget-combobox-icon-container"><svg class="widget-combobox-clear-button-icon" height="14" viewBox="0 0 32 32" width="14"><path d="M27.71 5.71L16 17.41"></path></svg></span></button>' : ''}<div class="widget-combobox-down-arrow"><span class="widget-combobox-icon-container"><svg class="widget-combobox-down-arrow-icon mx-icon-lined mx-icon-chevron-down" height="16" viewBox="0 0 32 32" width="16"><path d="M16 23.41L4.29 11.71"></path></svg></span></div></div>${menu}</div></div>`;
};

const container = (name: string, title: string, body: string) =>
  `<div class="mx-name-${name} card"><h4 class="mx-text mx-name-${name}Title">${title}</h4>${body}</div>`;

const dataGrid = (cols: string[], rows: string[][]) =>
  `<div class="mx-name-dataGrid21 widget-datagrid"><div class="sticky-sentinel" style="height:1px;margin-bottom:-1px"></div><div class="table" role="table"><div class="table-content" role="rowgroup" style="grid-template-columns:${cols.map(() => '1fr').join(' ')}"><div class="tr" role="row">${cols
    .map(
      (c, i) =>
        `<div class="th" role="columnheader" style="cursor:unset" title="${c}"><div class="column-container" id="dg1-column${i}"><div aria-label="${c}" class="column-header align-column-left"><span>${c}</span></div></div></div>`,
    )
    .join('')}</div>${rows
    .map(
      (r) =>
        `<div class="tr" role="row">${r
          .map((v, j) => {
            const id = wid(`textBox${10 + j}`);
            return `<div class="td td-borders align-column-left" role="cell"><div class="form-group no-columns mx-name-textBox${10 + j} mx-textbox"><input id="${id}" type="text" class="form-control" value="${v}" autocomplete="off"></div></div>`;
          })
          .join('')}</div>`,
    )
    .join(
      '',
    )}</div></div><div class="table-footer"><div class="widget-datagrid-footer"><button class="btn mx-button mx-name-actionButton4 btn-default">Add therapy</button></div></div></div>`;

const shell = (body: string, overlays = '') =>
  `<div id="content" class="mx-app-root"><div class="mx-page mx-name-PA_Request_Edit"><div class="layout-atlas"><div class="region-content"><div class="mx-placeholder"><div class="mx-dataview mx-name-dataView1 form-vertical"><div class="mx-dataview-content">${body}</div><div class="mx-dataview-controls"><button type="button" class="btn mx-button mx-name-actionButton1 btn-success" data-button-id="68.PA.Request_Edit.actionButton1">Submit request</button></div></div></div></div></div></div></div>${overlays}`;

describe('Mendix: form-group widgets, compound date picker, reference selector, combo box, data grid 2', () => {
  it('reads the full Ilaris request', () => {
    page(
      shell(
        `${container('containerMember', 'Member', `${textBox('textBox1', 'Member ID', ILARIS['patient.memberId'])}${datePicker('datePicker1', 'Date of birth', '3/14/1988')}${textBox('textBox2', 'Weight (kg)', '72')}`)}${container('containerDiagnosis', 'Diagnosis', comboBox('comboBox1', 'ICD-10 codes', ['M04.1', 'M06.1'], { multi: true }))}${container(
          'containerMedication',
          'Medication',
          `${referenceSelector('referenceSelector1', 'Drug name', DRUG_OPTIONS, ILARIS['drug.name'])}${textBox('textBox3', 'HCPCS code', ILARIS['drug.hcpcs'])}${textBox('textBox4', 'NDC', ILARIS['drug.ndc'])}${textBox('textBox5', 'Dose (mg)', '150')}${textBox('textBox6', 'Billing units', '150')}${radioButtons('radioButtons1', 'Frequency', FREQUENCY_OPTIONS, 'Every 4 weeks')}`,
        )}${container('containerLabs', 'Labs', `${textBox('textBox7', 'CRP (mg/L)', '24')}${datePicker('datePicker2', 'CRP collection date', '11/2/2026')}`)}${container('containerPrescriber', 'Prescriber', textBox('textBox8', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '3/14/1988',
      'labs.crpDate': '11/2/2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads a horizontal form (label col-sm-3, control in col-sm-9) with a validation message by the value', () => {
    page(
      shell(
        `${textBox('textBox1', 'Member ID', ILARIS['patient.memberId'], { horizontal: true })}${textBox('textBox8', 'Prescriber NPI', '123456789', { horizontal: true, error: 'An NPI has 10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '123456789' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an empty date picker as empty, not its "M/d/yyyy" placeholder, and takes nothing from the open mx-calendar', () => {
    const days = Array.from(
      { length: 5 },
      (_, w) =>
        `<tr>${Array.from({ length: 7 }, (_, d) => {
          const day = w * 7 + d + 1;
          return day <= 31
            ? `<td class="mx-calendar-day-month-current${day === 14 ? ' mx-calendar-day-selected' : ''}">${day}</td>`
            : '<td class="mx-calendar-day-month-next">1</td>';
        }).join('')}</tr>`,
    ).join('');
    const calendar = `<div class="mx-calendar" style="position: absolute; top: 220px; left: 24px; z-index: 110;" tabindex="-1"><div class="mx-calendar-month-header"><button class="mx-calendar-month-previous"><span class="glyphicon glyphicon-minus"></span></button><div class="mx-calendar-month-dropdown"><div class="mx-calendar-month-current"><div class="mx-calendar-month-label">March</div></div><span class="glyphicon glyphicon-chevron-down"></span></div><button class="mx-calendar-month-next"><span class="glyphicon glyphicon-plus"></span></button></div><table class="mx-calendar-table"><thead><tr>${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => `<th>${d}</th>`).join('')}</tr></thead><tbody>${days}</tbody></table><div class="mx-calendar-year-switcher"><span class="mx-calendar-year-previous">1987</span><span class="mx-calendar-year-selected">1988</span><span class="mx-calendar-year-next">1989</span></div></div>`;
    page(
      shell(`${datePicker('datePicker1', 'Date of birth', '3/14/1988')}${datePicker('datePicker2', 'CRP collection date', '')}`, calendar),
    );
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '' });
    nothingFrom('.mx-calendar');
  });

  it("reads a reference selector by the chosen object's caption, and one on its prompt as empty", () => {
    page(
      shell(
        `${referenceSelector('referenceSelector1', 'Drug name', DRUG_OPTIONS, ILARIS['drug.name'])}${referenceSelector('referenceSelector2', 'Frequency', FREQUENCY_OPTIONS, '')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads an enumeration drop-down by the chosen caption, and one on its blank option as empty', () => {
    page(
      shell(
        `${dropDown('dropDown1', 'Frequency', FREQUENCY_OPTIONS, 'Every 4 weeks')}${dropDown('dropDown2', 'Drug name', DRUG_OPTIONS, '')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.name': '' });
  });

  it('reads a check box widget named by its form-group label', () => {
    const box = (name: string, label: string, on: boolean) => {
      const id = wid(name);
      return group(name, 'checkbox', label, id, `<input type="checkbox" id="${id}" value=""${on ? ' checked' : ''}>`);
    };
    page(
      shell(
        `${box('checkBox1', 'Colchicine is contraindicated or not tolerated', true)}${box('checkBox2', 'NSAIDs are contraindicated or not tolerated', false)}`,
      ),
    );
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes', 'clinical.nsaidContraindicated': '' });
  });

  it('reads a single-selection combo box by the chosen caption', () => {
    page(shell(comboBox('comboBox2', 'Drug name', [ILARIS['drug.name']])));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(mapped()).toHaveLength(1);
  });

  it('reads a multi-selection combo box by the captions it shows (in its "placeholder-text" element)', () => {
    page(shell(comboBox('comboBox1', 'ICD-10 codes', ['M04.1', 'M06.1'], { multi: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('takes nothing from an open multi-selection combo box menu (options with checkboxes)', () => {
    page(shell(comboBox('comboBox1', 'ICD-10 codes', ['M04.1'], { multi: true, open: ['M04.1', 'M06.1', 'M04.8'] })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('.widget-combobox-menu');
  });

  it('reads an empty combo box as empty', () => {
    page(shell(comboBox('comboBox2', 'Drug name', [])));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads prior therapies from a data grid 2 whose cells hold label-less text boxes', () => {
    page(
      shell(
        container('containerTherapies', 'Prior therapies', dataGrid(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS)),
      ),
    );
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('takes no field from the text filters in a data grid 2 header', () => {
    const filter = (c: string) =>
      `<div class="filter-container"><div class="filter-selector"><div class="filter-selector-content"><button class="btn btn-default filter-selector-button button-icon contains" aria-label="Contains" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="downshift-${c.length}-menu" tabindex="0">&nbsp;</button><ul class="filter-selectors hidden" id="downshift-${c.length}-menu" role="listbox" aria-label="Select filter type"></ul></div></div><input aria-label="Search" class="form-control filter-input" placeholder="Search ${c}" type="text" value=""></div>`;
    const grid = dataGrid(['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'], THERAPY_ROWS).replace(
      /(<div aria-label="([^"]+)" class="column-header align-column-left"><span>[^<]+<\/span><\/div>)/g,
      (_m, header: string, c: string) => `${header}${filter(c)}`,
    );
    page(shell(container('containerTherapies', 'Prior therapies', grid)));
    nothingFrom('[role=columnheader]');
    noDuplicatePaths();
  });

  // misread: the page behind the open mx-window (role=dialog, no aria-modal) claims patient.memberId first: 'U0000000000'
  it.fails('reads the form in a popup window (mx-window) over the page', () => {
    const popup = `<div class="mx-underlay" style="z-index: 101;"></div><div class="modal-dialog mx-window mx-window-active mx-name-PA_Member_Edit" role="dialog" aria-labelledby="mxui_widget_Window_0_caption" style="z-index: 102; left: 320px; top: 80px;"><div class="modal-content mx-window-content"><div class="modal-header mx-window-header"><button type="button" class="close" aria-label="Close">×</button><h4 id="mxui_widget_Window_0_caption">Edit member</h4></div><div class="modal-body mx-window-body"><div class="mx-dataview mx-name-dataView2 form-vertical"><div class="mx-dataview-content">${textBox('textBox20', 'Member ID', ILARIS['patient.memberId'])}${datePicker('datePicker20', 'Date of birth', '3/14/1988')}</div><div class="mx-dataview-controls"><button type="button" class="btn mx-button btn-primary">Save</button><button type="button" class="btn mx-button btn-default">Cancel</button></div></div></div></div></div>`;
    page(
      shell(`${textBox('textBox1', 'Member ID', 'U0000000000')}${textBox('textBox8', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, popup),
    );
    expect(read()['patient.memberId']).toBe(ILARIS['patient.memberId']);
    expect(read()['patient.dob']).toBe('3/14/1988');
  });
});
