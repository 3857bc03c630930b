import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * NocoDB form view and expanded record (nocodb/nocodb, files as stored in the code index, the repository
 * being too large to mirror: FieldBody.vue@640fe3b0, cell/Text/Editor.vue@1884b801,
 * cell/SingleSelect/Editor.vue@0599973d, cell/Decimal/Editor.vue@01d33a5d, cell/Date/Editor.vue@02e75775,
 * nc/Tooltip.vue@01bdcc24; the shared form view page (index file 222404857, by its content
 * packages/nc-gui/pages/index/[typeOrId]/form/[viewId]/index/index.vue): per field
 * `div.nc-form-column-label > span` title + `span.text-red-500` " *", `div.nc-form-column-description`
 * holding a read-only rich text, then NcTooltip's `div` (components/nc/Tooltip.vue, disabled) and an
 * ant-design-vue `a-form-item` (no label) around
 * `div.nc-data-cell > div.nc-cell.nc-cell-<uidt>.nc-input`), components/smartsheet/form/FieldBody.vue,
 * components/cell/Text/Editor.vue (`input.nc-cell-field`, no id, name or label), cell/Decimal/Editor.vue
 * (`input.nc-cell-field[type=number]`), cell/Date/Editor.vue (NcDropdown around
 * `div.nc-date-picker.ant-picker-input > input.nc-date-input[type=text][placeholder=<date format>]`),
 * cell/SingleSelect/Editor.vue and MultiSelect/Editor.vue (ant-design-vue 3 `a-select`, borderless;
 * chosen options drawn as `a-tag.rounded-tag` / `.nc-selected-option` tags with an MdiCloseCircle close
 * icon; the dropdown `nc-dropdown-single-select-cell` portalled to body, kept with
 * `ant-select-dropdown-hidden` once closed), components/smartsheet/expanded-form/index.vue +
 * ColumnList (NcModal `nc-drawer-expanded-form`, rows `div.nc-expanded-form-row` with a header cell
 * `nc-expanded-cell-header` beside the cell) over the canvas grid). The ant-design-vue and rc-select
 * markup (search input with role=combobox, `ant-select-selection-item`, overflow items) is as the
 * library renders it.
 */

type O = { required?: boolean; description?: string; error?: string };
let sel = 0;

const cell = (uidt: string, title: string, inner: string) =>
  `<div class="nc-data-cell flex relative"><div class="nc-cell w-full h-full relative nc-cell-${uidt} h-10 nc-input truncate nc-form-input-${title.replace(/ /g, '')}" data-testid="nc-form-input-cell-${title}">${inner}</div></div>`;
const textInput = (value: string) => `<input class="nc-cell-field h-full w-full outline-none py-1 bg-transparent" value="${value}">`;
const numInput = (value: string) =>
  `<input class="nc-cell-field outline-none py-1 border-none rounded-md w-full h-full" type="number" step="0.1" style="letter-spacing: 0.06rem" value="${value}">`;
const dateInput = (value: string) =>
  `<div class="ant-dropdown-trigger nc-cell-field nc-picker-7f3k2"><div title="${value}" class="nc-date-picker h-full flex items-center justify-between ant-picker-input relative"><input type="text" placeholder="MM/DD/YYYY" class="nc-date-input border-none outline-none !text-current bg-transparent" value="${value}">${value ? '<svg class="nc-clear-date-icon nc-action-icon absolute right-0 invisible cursor-pointer" viewBox="0 0 24 24"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z"></path></svg>' : ''}</div></div>`;
const tag = (v: string, color = '#cfdffe') =>
  `<span class="ant-tag rounded-tag max-w-full" style="background-color: ${color};"><span style="color: #0b1d05;" class="text-small"><div class="truncate max-w-full"><span class="text-ellipsis overflow-hidden" style="word-break: keep-all; white-space: nowrap; display: inline;">${v}</span></div></span></span>`;
/** ant-design-vue 3 single select (borderless) in the SingleSelect editor */
const single = (value: string, open = false) => {
  const id = `rc_select_${++sel}`;
  return `<div class="nc-cell-field h-full w-full flex items-center nc-single-select focus:outline-transparent max-w-full"><div class="ant-select w-full overflow-hidden ant-select-borderless ant-select-single${value ? ' ant-select-allow-clear' : ' ant-select-show-arrow'}${open ? ' ant-select-open ant-select-focused' : ''} nc-select"><div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list" aria-expanded="${open}" readonly="" unselectable="on" style="opacity: 0;" value=""></span>${value ? `<span class="ant-select-selection-item">${tag(value)}</span>` : '<span class="ant-select-selection-placeholder"></span>'}</div>${value ? '<span class="ant-select-clear" unselectable="on" aria-hidden="true" style="user-select: none;"><span role="img" aria-label="close-circle" class="anticon anticon-close-circle"><svg viewBox="64 64 896 896" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M512 64C264.6 64 64 264.6 64 512z"></path></svg></span></span>' : '<span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;"><span role="img" aria-label="down" class="anticon anticon-down ant-select-suffix"><svg viewBox="64 64 896 896" width="1em" height="1em" aria-hidden="true"><path d="M884 256h-75z"></path></svg></span></span>'}</div></div>`;
};
/** the single select's dropdown at the end of body (`hidden` once closed: ant-select-dropdown-hidden) */
const dropdown = (id: number, column: string, options: string[], chosen: string, hidden: boolean) =>
  `<div><div class="ant-select-dropdown nc-dropdown-single-select-cell !min-w-156px${hidden ? ' ant-select-dropdown-hidden' : ' active'} ant-select-dropdown-placement-bottomLeft" style="min-width: 320px; width: 320px; left: 412px; top: 388px;${hidden ? ' display: none;' : ''}"><div><div role="listbox" id="rc_select_${id}_list" style="height: 0px; width: 0px; overflow: hidden;">${options
    .slice(0, 2)
    .map((v, i) => `<div role="option" id="rc_select_${id}_list_${i}" aria-selected="${v === chosen}">${v}</div>`)
    .join(
      '',
    )}</div><div class="rc-virtual-list" style="position: relative;"><div class="rc-virtual-list-holder" style="max-height: 256px; overflow-y: auto;"><div><div class="rc-virtual-list-holder-inner" style="display: flex; flex-direction: column;">${options
    .map(
      (v) =>
        `<div aria-selected="${v === chosen}" class="ant-select-item ant-select-item-option gap-2 nc-select-option-${column}-${v}${v === chosen ? ' ant-select-item-option-selected' : ''}" title="" data-testid="select-option-${column}-undefined"><div class="ant-select-item-option-content">${tag(v)}</div><span class="ant-select-item-option-state" unselectable="on" aria-hidden="true" style="user-select: none;"></span></div>`,
    )
    .join('')}</div></div></div></div></div></div></div>`;
/** the SingleSelect editor with the field's "Display as list" layout: an a-radio-group of tags */
const radioList = (column: string, options: string[], chosen: string) =>
  `<div class="nc-cell-field h-full w-full flex items-center nc-single-select focus:outline-transparent max-w-full"><div class="w-full max-w-full"><div class="ant-radio-group ant-radio-group-outline nc-field-layout-list">${options
    .map(
      (v) =>
        `<label class="ant-radio-wrapper${v === chosen ? ' ant-radio-wrapper-checked' : ''} nc-select-option-${column}-${v}" data-testid="select-option-${column}-undefined"><span class="ant-radio${v === chosen ? ' ant-radio-checked' : ''}"><input type="radio" class="ant-radio-input" value="${v}"${v === chosen ? ' checked' : ''}><span class="ant-radio-inner"></span></span><span>${tag(v)}</span></label>`,
    )
    .join(
      '',
    )}</div>${chosen ? '<div class="inline-block px-2 pt-2 cursor-pointer text-xs text-gray-500 hover:text-gray-800">Clear selection</div>' : ''}</div></div>`;
/** ant-design-vue 3 multiple select with the MultiSelect editor's tags */
const multi = (values: string[]) => {
  const id = `rc_select_${++sel}`;
  return `<div class="nc-multi-select h-full w-full flex items-center"><div class="ant-select ant-select-multiple w-full overflow-hidden ant-select-borderless ant-select-allow-clear nc-select"><div class="ant-select-selector"><div class="ant-select-selection-overflow">${values
    .map(
      (v) =>
        `<div class="ant-select-selection-overflow-item" style="opacity: 1;"><span class="ant-tag rounded-tag nc-selected-option" style="display: flex; align-items: center; background-color: #cfdffe;"><span style="color: #0b1d05; font-size: 13px;" class="text-small">${v}</span><span class="ant-tag-close-icon"><svg class="ms-close-icon" viewBox="0 0 24 24" width="1.2em" height="1.2em"><path fill="currentColor" d="M12 2C6.47 2 2 6.47 2 12z"></path></svg></span></span></div>`,
    )
    .join(
      '',
    )}<div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix" style="opacity: 1;"><div class="ant-select-selection-search" style="width: 3px;"><input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list" aria-expanded="false" readonly="" unselectable="on" style="opacity: 0;" value=""><span class="ant-select-selection-search-mirror" aria-hidden="true">&nbsp;</span></div></div></div></div></div></div>`;
};

/** one field of the shared form */
const formField = (title: string, uidt: string, inner: string, o: O = {}) =>
  `<div class="flex flex-col gap-2" data-testid="nc-shared-form-item-${title.replace(' ', '')}"><div class="nc-form-column-label text-sm font-semibold text-gray-800"><span>${title}</span>${o.required ? '<span class="text-red-500 text-base leading-[18px]">&nbsp;*</span>' : ''}</div>${
    o.description
      ? `<div class="nc-form-column-description text-gray-500 text-sm"><div class="nc-rich-text-embed flex flex-col nc-textarea-rich-editor w-full !h-auto -ml-1"><div class="flex flex-col nc-rich-text-content"><div contenteditable="false" translate="no" class="ProseMirror" tabindex="0"><p>${o.description}</p></div></div></div></div>`
      : ''
  }<div><div><div class="ant-row ant-form-item !my-0 nc-input-required-error${o.error ? ' ant-form-item-with-help ant-form-item-has-error' : ''}"><div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${cell(uidt, title, inner)}</div></div>${o.error ? `<div style="display: flex; flex-wrap: nowrap;"><div class="ant-form-item-explain ant-form-item-explain-connected" role="alert"><div class="ant-form-item-explain-error">${o.error}</div></div></div>` : ''}</div></div></div></div></div>`;

const sharedForm = (fields: string, tail = '') =>
  `<div class="nc-form-view relative flex flex-col justify-center items-center"><div class="h-full w-full max-w-[max(33%,688px)] mx-auto"><div class="nc-form-wrapper-content"><h1 class="prose-2xl font-bold self-center my-4 nc-shared-form-heading">Prior authorization request</h1><div class="nc-form-subheading"><p>Complete every section. Fields marked * are required.</p></div><div class="nc-form-wrapper"><form class="ant-form ant-form-horizontal"><div class="nc-form h-full"><div class="flex flex-col gap-3 md:gap-6">${fields}</div><div class="flex justify-between items-center mt-6"><button class="ant-btn ant-btn-secondary nc-button nc-shared-form-button shared-form-clear-button" type="reset"><span>Clear form</span></button><button class="ant-btn ant-btn-primary nc-button nc-shared-form-button shared-form-submit-button" type="button"><span>Submit</span></button></div></div></form></div></div></div></div>${tail}`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const request = (o: { freqOpen?: boolean } = {}) =>
  [
    formField('Member ID', 'singlelinetext', textInput(ILARIS['patient.memberId']), {
      required: true,
      description: 'As printed on the member card',
    }),
    formField('Date of birth', 'date', dateInput(ILARIS['patient.dob']), { required: true }),
    formField('Weight (kg)', 'decimal', numInput(ILARIS['patient.weight'])),
    formField('ICD-10 codes', 'multiselect', multi(['M04.1', 'M06.1'])),
    formField('Drug name', 'singleselect', single(ILARIS['drug.name'])),
    formField('HCPCS code', 'singlelinetext', textInput(ILARIS['drug.hcpcs'])),
    formField('NDC', 'singlelinetext', textInput(ILARIS['drug.ndc'])),
    formField('Dose (mg)', 'decimal', numInput(ILARIS['drug.dose'])),
    formField('Billing units', 'number', numInput(ILARIS['drug.units'])),
    formField('Frequency', 'singleselect', single('Every 4 weeks', o.freqOpen)),
    formField('CRP (mg/L)', 'decimal', numInput(ILARIS['labs.crpValue'])),
    formField('CRP collection date', 'date', dateInput(ILARIS['labs.crpDate'])),
    formField('Prescriber NPI', 'singlelinetext', textInput(ILARIS['prescriber.npi']), { required: true, description: '10 digits' }),
  ].join('');
const FULL = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

/** the grid view (a canvas) behind the expanded record's modal */
const expanded = (rows: string) =>
  `<div class="nc-grid-wrapper"><div class="nc-grid-toolbar"><div class="nc-grid-search"><input class="nc-toolbar-search ant-input" placeholder="Search in Member ID" type="text" value="U48"></div></div><canvas class="nc-grid-canvas" width="1200" height="640"></canvas></div><div class="ant-modal-root"><div class="ant-modal-mask"></div><div tabindex="-1" class="ant-modal-wrap nc-modal-wrapper" role="dialog"><div role="document" class="ant-modal nc-modal nc-drawer-expanded-form active" style="width: min(80vw, 1280px);"><div class="ant-modal-content"><div class="ant-modal-body" style="padding: 0px;"><div class="h-[85vh] max-h-215 flex flex-col p-6"><div class="flex h-8 flex-shrink-0 w-full items-center nc-expanded-form-header relative mb-4 justify-between"><div class="flex gap-3"><div class="truncate text-gray-800 font-semibold text-xl">U4829163702</div></div><div class="flex gap-2"><button class="ant-btn nc-button nc-expand-form-save-btn" type="button"><span>Save</span></button><button class="ant-btn nc-button nc-expand-form-close-btn" type="button" aria-label="Close"><svg viewBox="0 0 24 24"></svg></button></div></div><div class="h-full flex flex-row"><div class="h-full flex flex-col overflow-hidden flex-1"><div class="flex flex-col flex-grow gap-6 h-full max-h-full nc-scrollbar-thin items-center w-full p-4">${rows}</div></div><div class="nc-comments-drawer border-l-1 w-1/3"><div class="nc-audit-list"><div class="text-sm font-bold">Audits</div><div class="nc-audit-item"><span class="text-xs">Member ID</span><div class="text-xs text-gray-500">changed from <span class="line-through">U4829163000</span> to <span>U4829163702</span></div></div></div></div></div></div></div></div></div></div></div>`;
const expRow = (title: string, uidt: string, inner: string) =>
  `<div class="nc-expand-col-${title} nc-expanded-form-row w-full" col-id="c${title.length}" data-testid="nc-expand-col-${title}"><div class="flex items-start flex-row sm:(gap-x-2) nc-expanded-cell min-h-[37px]"><div class="w-45 h-[37px] flex items-center rounded-lg overflow-hidden"><div class="flex items-center w-full text-xs text-gray-500 font-weight-medium nc-expanded-cell-header flex-none"><svg class="nc-cell-icon w-4 h-4" viewBox="0 0 24 24"></svg><span class="name" data-test-id="${title}">${title}</span></div></div><div class="nc-data-cell flex-1 min-h-[37px]"><div class="nc-cell w-full h-full relative nc-cell-${uidt}">${inner}</div></div></div></div>`;

describe('NocoDB: shared form view fields, select tags, date cells, expanded record', () => {
  // misread: patient.dob, labs.crpDate, drug.name, drug.frequency and diagnosis.codes.0 missing: the date
  // cells' inputs and the a-selects' search inputs sit deeper under the field's box than the text boxes
  // do (NcDropdown + nc-date-picker; ant-select-selector + its search span), and the column label
  // (`div.nc-form-column-label`, no for) is too far up for their text before: no nearby, no label
  it.fails('reads the full Ilaris request from the shared form, each field named by its column label', () => {
    page(sharedForm(request()));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  // misread: diagnosis.codes.0 missing: the tags are read (kind chips, "M04.1, M06.1") but named by
  // nothing, the column label being out of reach of the search input's text before (see above)
  it.fails('reads the multi-select tags as the ICD-10 codes, nothing from their close icons', () => {
    page(
      sharedForm(
        formField('ICD-10 codes', 'multiselect', multi(['M04.1', 'M06.1'])) +
          formField('Member ID', 'singlelinetext', textInput(ILARIS['patient.memberId'])),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('.ant-tag-close-icon');
  });

  // misread: drug.name and drug.frequency missing: each a-select reads its chosen tag but is named by
  // nothing (the column label out of reach of its search input's text before)
  it.fails('reads a single select by its chosen tag, nothing from its open dropdown or a closed one left in body', () => {
    const drugId = sel + 1;
    const fields =
      formField('Drug name', 'singleselect', single(ILARIS['drug.name'])) +
      formField('Frequency', 'singleselect', single('Every 4 weeks', true));
    page(
      sharedForm(
        fields,
        dropdown(drugId, 'Drug name', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name'], true) +
          dropdown(drugId + 1, 'Frequency', FREQ, 'Every 4 weeks', false),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('.ant-select-dropdown');
  });

  // misread: drug.frequency and labs.crpDate missing: the empty select and date are named by nothing
  // (the date only by its placeholder "MM/DD/YYYY")
  it.fails('reads an empty single select and an empty date (its MM/DD/YYYY placeholder) as empty', () => {
    page(
      sharedForm(
        formField('Frequency', 'singleselect', single('')) +
          formField('CRP collection date', 'date', dateInput('')) +
          formField('CRP (mg/L)', 'decimal', numInput('24')),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'labs.crpDate': '', 'labs.crpValue': '24' });
  });

  it('names a field by its label, not by the description of the field above or its own error', () => {
    page(
      sharedForm(
        formField('Member ID', 'singlelinetext', textInput(''), {
          required: true,
          description: 'As printed on the member card',
          error: 'Member ID is required',
        }) +
          formField('Prescriber NPI', 'singlelinetext', textInput(ILARIS['prescriber.npi']), { required: true, description: '10 digits' }),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads the expanded record in its modal, nothing from the grid toolbar search or the audit list', () => {
    page(
      expanded(
        [
          expRow('Member ID', 'singlelinetext', textInput(ILARIS['patient.memberId'])),
          expRow('Date of birth', 'date', dateInput(ILARIS['patient.dob'])),
          expRow('ICD-10 codes', 'multiselect', multi(['M04.1', 'M06.1'])),
          expRow('Drug name', 'singleselect', single(ILARIS['drug.name'])),
          expRow('NDC', 'singlelinetext', textInput(ILARIS['drug.ndc'])),
          expRow('Prescriber NPI', 'singlelinetext', textInput(ILARIS['prescriber.npi'])),
        ].join(''),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.name': ILARIS['drug.name'],
      'drug.ndc': ILARIS['drug.ndc'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('.nc-grid-toolbar');
    nothingFrom('.nc-comments-drawer');
  });
  // misread: drug.frequency missing: the radio group reads "Every 4 weeks" but is named by nothing, the
  // column label out of reach of its radios' text before (as for the selects and dates above)
  it.fails('reads a single select shown as a list (radios of tags) by its checked option', () => {
    page(
      sharedForm(
        `${formField('Frequency', 'singleselect layout-list', radioList('Frequency', FREQ, 'Every 4 weeks'))}${formField('Billing units', 'number', numInput(ILARIS['drug.units']))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.units': ILARIS['drug.units'] });
  });
});
