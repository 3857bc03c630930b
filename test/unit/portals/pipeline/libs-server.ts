import { esc, pairs, therapyRows, type Field, type Library } from './pipeline';

/**
 * Page renderers for server-rendered frameworks, design systems and builders, their markup
 * lifted from the probe files (../platforms, ../design-systems, ../builders, ../enterprise,
 * ../libraries/select-enhancers.test.ts, ../libraries/datepickers.test.ts).
 */

const option = (o: string, chosen: string) => `<option value="${esc(o)}"${o === chosen ? ' selected="selected"' : ''}>${esc(o)}</option>`;

// ---------- PrimeFaces 14 (p:outputLabel, p:inputText, p:selectOneMenu, p:datePicker) in a panelGrid ----------
const pfInput = (id: string, value: string) =>
  `<input id="paForm:${id}" name="paForm:${id}" type="text" value="${esc(value)}" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" aria-required="true" aria-labelledby="paForm:${id}Label" />`;
export const PRIMEFACES: Library = {
  form: (body) =>
    `<form id="paForm" name="paForm" method="post" action="/pa/request.xhtml" enctype="application/x-www-form-urlencoded"><input type="hidden" name="paForm" value="paForm" />${body}<input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" value="-123:456" autocomplete="off" /></form>`,
  section: (title, fields, field) =>
    `<div id="paForm:${title.replace(/\W/g, '')}" class="ui-panel ui-widget ui-widget-content ui-corner-all"><div class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">${title}</span></div><div class="ui-panel-content ui-widget-content"><table class="ui-panelgrid ui-widget"><tbody>${fields.map(field).join('')}</tbody></table></div></div>`,
  field: (f) => {
    const label = `<label id="paForm:${f.id}Label" class="ui-outputlabel ui-widget" for="paForm:${f.id}${f.kind === 'select' ? '_label' : f.kind === 'date' ? '_input' : ''}">${f.label}<span class="ui-outputlabel-rfi">*</span></label>`;
    let control: string;
    if (f.kind === 'select') {
      control = `<div id="paForm:${f.id}" class="ui-selectonemenu ui-widget ui-state-default ui-corner-all">
    <div class="ui-helper-hidden-accessible"><select id="paForm:${f.id}_input" name="paForm:${f.id}_input" tabindex="-1" autocomplete="off" aria-hidden="true"><option value="">Select One</option>${(f.options ?? []).map((o) => option(o, f.value)).join('')}</select></div>
    <span id="paForm:${f.id}_label" class="ui-selectonemenu-label ui-inputfield ui-corner-all" tabindex="0" aria-controls="paForm:${f.id}_panel" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="paForm:${f.id}Label">${esc(f.value)}</span>
    <div class="ui-selectonemenu-trigger ui-state-default ui-corner-right"><span class="ui-icon ui-icon-triangle-1-s ui-c"></span></div>
    <div id="paForm:${f.id}_panel" class="ui-selectonemenu-panel ui-widget ui-widget-content ui-corner-all ui-helper-hidden ui-shadow ui-input-overlay" tabindex="-1"><div class="ui-selectonemenu-items-wrapper" style="max-height:200px"></div></div>
  </div>`;
    } else if (f.kind === 'date') {
      control = `<span id="paForm:${f.id}" class="ui-calendar ui-trigger-calendar"><input id="paForm:${f.id}_input" name="paForm:${f.id}_input" type="text" value="${esc(f.value)}" class="ui-inputfield ui-widget ui-state-default ui-corner-all hasDatepicker" placeholder="MM/dd/yyyy" autocomplete="off" aria-required="true" /><button class="ui-datepicker-trigger ui-button ui-widget ui-state-default ui-corner-all ui-button-icon-only" type="button" aria-label="Show Calendar" tabindex="-1"><span class="ui-button-icon-left ui-icon ui-icon-calendar"></span><span class="ui-button-text">ui-button</span></button></span>`;
    } else {
      control = pfInput(f.id, f.value) + (f.unit ? ` <span class="ui-outputtext">${f.unit}</span>` : '');
    }
    return `<tr class="ui-widget-content"><td role="gridcell" class="ui-panelgrid-cell">${label}</td><td role="gridcell" class="ui-panelgrid-cell">${control}</td></tr>`;
  },
};

// ---------- ASP.NET WebForms: 4-column table, asp:Label spans, "*" validators ----------
const tb = (id: string, value: string) =>
  `<input name="ctl00$MainContent$${id}" type="text" value="${esc(value)}" id="MainContent_${id}" class="form-input" />`;
const rfv = (id: string) => `<span id="MainContent_rfv${id}" style="color:Red;visibility:hidden;">*</span>`;
/** an asp:Label cell and its box's cell */
export const wfCells = (f: Field): string => {
  const control =
    f.kind === 'select'
      ? `<select name="ctl00$MainContent$ddl${f.id}" id="MainContent_ddl${f.id}"><option value="">-- Select --</option>${(f.options ?? []).map((o) => option(o, f.value)).join('')}</select>`
      : `${tb(`txt${f.id}`, f.value)}${f.unit ? ` ${f.unit}` : ''}`;
  return `<td><span id="MainContent_lbl${f.id}" class="field-label">${f.label}:</span></td><td>${control}${rfv(f.id)}</td>`;
};
/** a WebForms page whose label/box cell pairs `cells` draws */
export const webforms = (cells: (f: Field) => string = wfCells): Library => ({
  form: (body) =>
    `<form method="post" action="./PriorAuthRequest.aspx" id="ctl01"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk"></div><table class="formTable" cellpadding="3">${body}</table><input type="submit" name="ctl00$MainContent$btnSubmit" value="Submit Request" id="MainContent_btnSubmit" /></form>`,
  section: (title, fields) => {
    const therapies = title === 'Prior therapies' ? therapyRows(fields) : [];
    // a form with room for several therapies lists them in a GridView (TemplateFields of TextBoxes / DropDownLists);
    // one with room for one lays it out in label/box pairs like the rest of the form
    if (therapies.length > 1)
      return `<tr><td class="hdr" colspan="4">${title}</td></tr><tr><td colspan="4"><div><table class="grid" cellspacing="0" rules="all" border="1" id="MainContent_gvTherapies" style="border-collapse:collapse;"><tr>${therapies[0]!
        .map((f) => `<th scope="col">${f.label}</th>`)
        .join('')}</tr>${therapies
        .map(
          (row, i) =>
            `<tr>${row
              .map((f) => {
                const col = f.id.replace(/^pt\d+/, '');
                const name = `ctl00$MainContent$gvTherapies$ctl0${i + 2}$`;
                return f.kind === 'select'
                  ? `<td><select name="${name}ddl${col}" id="MainContent_gvTherapies_ddl${col}_${i}"><option value="">-- Select --</option>${(f.options ?? []).map((o) => option(o, f.value)).join('')}</select></td>`
                  : `<td><input name="${name}txt${col}" type="text" value="${esc(f.value)}" id="MainContent_gvTherapies_txt${col}_${i}" /></td>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</table></div></td></tr>`;
    const rows: string[] = [];
    for (let i = 0; i < fields.length; i += 2) {
      const [a, b] = [fields[i]!, fields[i + 1]];
      rows.push(`<tr>${cells(a)}${b ? cells(b) : '<td></td><td></td>'}</tr>`);
    }
    return `<tr><td class="hdr" colspan="4">${title}</td></tr>${rows.join('')}`;
  },
  field: () => '',
});
export const WEBFORMS: Library = webforms();

// ---------- USWDS 3 (usa-input, input suffix, combo box, date picker) ----------
export const USWDS: Library = {
  form: (body) => `<form class="usa-form usa-form--large">${body}<button class="usa-button" type="submit">Submit</button></form>`,
  section: (title, fields, field) =>
    `<fieldset class="usa-fieldset"><legend class="usa-legend usa-legend--large">${title}</legend>${fields.map(field).join('')}</fieldset>`,
  field: (f) => {
    const id = f.id;
    const v = esc(f.value);
    if (f.kind === 'select')
      return `
  <div class="usa-form-group">
    <label class="usa-label" for="${id}" id="${id}-label">${f.label}</label>
    <div class="usa-combo-box usa-combo-box--pristine" data-enhanced="true">
      <select class="usa-select usa-sr-only usa-combo-box__select" name="${id}" aria-hidden="true" tabindex="-1">
        <option value>Select...</option>
        ${(f.options ?? []).map((o) => `<option value="${esc(o)}"${o === f.value ? ' selected' : ''}>${esc(o)}</option>`).join('')}
      </select>
      <input id="${id}" aria-owns="${id}--list" aria-controls="${id}--list" aria-autocomplete="list" aria-expanded="false" autocapitalize="off" autocomplete="off" class="usa-combo-box__input" type="text" role="combobox" value="${v}">
      <span class="usa-combo-box__clear-input__wrapper" tabindex="-1"><button type="button" class="usa-combo-box__clear-input" aria-label="Clear the select contents">&nbsp;</button></span>
      <span class="usa-combo-box__input-button-separator">&nbsp;</span>
      <span class="usa-combo-box__toggle-list__wrapper" tabindex="-1"><button type="button" tabindex="-1" class="usa-combo-box__toggle-list" aria-label="Toggle the dropdown list">&nbsp;</button></span>
      <ul tabindex="-1" id="${id}--list" class="usa-combo-box__list" role="listbox" aria-labelledby="${id}-label" hidden></ul>
      <div class="usa-combo-box__status usa-sr-only" role="status"></div>
    </div>
  </div>`;
    if (f.kind === 'date') {
      const [m, d, y] = f.value.split('/');
      return `
  <div class="usa-form-group">
    <label class="usa-label" id="${id}-label" for="${id}">${f.label}</label>
    <div class="usa-hint" id="${id}-hint">mm/dd/yyyy</div>
    <div class="usa-date-picker usa-date-picker--initialized" data-min-date="0000-01-01">
      <input class="usa-input usa-date-picker__internal-input" type="text" aria-labelledby="${id}-label" aria-describedby="${id}-hint" aria-hidden="true" tabindex="-1" style="display: none;" value="${y}-${m}-${d}">
      <div class="usa-date-picker__wrapper" tabindex="-1">
        <input class="usa-input usa-date-picker__external-input" id="${id}" name="${id}" type="text" aria-labelledby="${id}-label" aria-describedby="${id}-hint" value="${v}">
        <button type="button" class="usa-date-picker__button" aria-haspopup="true" aria-label="Toggle calendar"></button>
        <div class="usa-date-picker__calendar" role="application" hidden></div>
        <div class="usa-sr-only usa-date-picker__status" role="status" aria-live="polite"></div>
      </div>
    </div>
  </div>`;
    }
    if (f.unit)
      return `<div class="usa-form-group">
  <label class="usa-label" for="${id}">${f.label}</label>
  <div class="usa-input-group usa-input-group--sm">
    <input type="text" id="${id}" name="${id}" class="usa-input" inputmode="decimal" value="${v}">
    <div class="usa-input-suffix" aria-hidden="true">${f.unit}</div>
  </div></div>`;
    return `
  <div class="usa-form-group">
    <label class="usa-label" for="${id}">${f.label}</label>
    <input class="usa-input" id="${id}" name="${id}" type="text" value="${v}">
  </div>`;
  },
};

// ---------- Form.io (textfield, number with suffix, Choices.js select, flatpickr datetime, DataGrid) ----------
let seq = 0;
const uid = () => `e${(++seq).toString(36)}q7x`;
const fioComp = (type: string, key: string, label: string | null, inner: (id: string) => string) => {
  const id = uid();
  return `<div id="${id}" class="form-group has-feedback formio-component formio-component-${type} formio-component-${key}${label === null ? ' formio-component-label-hidden' : ''}" ref="component">
    ${label === null ? '' : `<label class="col-form-label" for="${id}-${key}">${label}</label>`}
    <div ref="element">${inner(`${id}-${key}`)}</div>
    <div ref="messageContainer" class="formio-errors invalid-feedback"></div>
  </div>`;
};
const fioInput = (id: string, name: string, value: string, numeric = false) =>
  `<input lang="en" class="form-control" type="text"${numeric ? ' inputmode="decimal"' : ''} name="data[${name}]" ref="input" value="${esc(value)}" id="${id}">`;
const fioField = (f: Field, label: string | null, name = f.id): string => {
  if (f.kind === 'select')
    return fioComp('select', f.id, label, (id) => {
      const all = pairs(f);
      return `<div class="choices form-group formio-choices" data-type="select-one" tabindex="0" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="false" dir="ltr">
      <div class="form-control ui fluid selection dropdown" tabindex="-1">
        <select class="form-control choices__input" name="data[${name}]" id="${id}" ref="selectContainer" hidden tabindex="-1" data-choice="active"><option value="${esc(f.value)}" selected>${esc(f.value)}</option></select>
        <div class="choices__list choices__list--single"><div class="choices__item choices__item--selectable" data-item data-id="1" data-value="${esc(f.value)}" aria-selected="true">${esc(f.value)}</div></div>
      </div>
      <div class="choices__list choices__list--dropdown" aria-expanded="false">
        <input type="text" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" role="textbox" aria-autocomplete="list" aria-label="${f.label}" placeholder="Type to search">
        <div class="choices__list" dir="ltr" role="listbox">${all
          .map(
            ([v, t], i) =>
              `<div class="choices__item choices__item--choice choices__item--selectable${f.value === v ? ' is-selected' : ''}" data-select-text="" data-choice data-id="${i + 1}" data-value="${esc(v)}" data-choice-selectable id="choices--${id}-item-choice-${i + 1}" role="option">${esc(t)}</div>`,
          )
          .join('')}</div>
      </div>
    </div>`;
    });
  if (f.kind === 'date') {
    const [m, d, y] = f.value.split('/');
    return fioComp(
      'datetime',
      f.id,
      label,
      (id) => `<div class="input-group">
      <input lang="en" class="form-control input" type="hidden" name="data[${name}]" ref="input" value="${y}-${m}-${d}T00:00:00-05:00" id="${id}">
      <input class="form-control input" placeholder="MM/dd/yyyy" tabindex="0" type="text" value="${esc(f.value)}">
      <div class="input-group-append" ref="suffix"><span class="input-group-text"><i ref="icon" class="fa fa-calendar" style=""></i></span></div>
    </div>`,
    );
  }
  return fioComp(f.unit ? 'number' : 'textfield', f.id, label, (id) =>
    f.unit
      ? `<div class="input-group">${fioInput(id, name, f.value, true)}<div class="input-group-append" ref="suffix"><span class="input-group-text">${f.unit}</span></div></div>`
      : fioInput(id, name, f.value, f.kind === 'number'),
  );
};
export const FORMIO: Library = {
  form: (body) =>
    `<div class="formio-form-wrapper"><div class="formio-form" ref="webform" novalidate><div ref="form-container" role="form">${body}
    <div class="form-group has-feedback formio-component formio-component-button formio-component-submit form-group" ref="component"><button lang="en" class="btn btn-primary btn-md" type="submit" name="data[submit]" ref="button">Submit</button></div>
  </div></div></div>`,
  section: (title, fields, field) => {
    const body =
      title === 'Prior therapies'
        ? `<div class="form-group has-feedback formio-component formio-component-datagrid formio-component-priorTherapies" ref="component">
    <label class="col-form-label" style="">${title}</label>
    <table class="table datagrid-table table-bordered">
      <thead><tr>${therapyRows(fields)[0]!
        .map((f) => `<th class="">${f.label}</th>`)
        .join('')}<th></th></tr></thead>
      <tbody>${therapyRows(fields)
        .map(
          (row, r) =>
            `<tr>${row.map((f) => `<td ref="datagrid-priorTherapies">${fioField(f, null, `priorTherapies][${r}][${f.id.replace(/^pt\d+/, '')}`)}</td>`).join('')}<td><button type="button" class="btn btn-secondary formio-button-remove-row" ref="datagrid-priorTherapies-removeRow"><i class="fa fa-times-circle-o"></i></button></td></tr>`,
        )
        .join('')}</tbody>
      <tfoot><tr><td colspan="${therapyRows(fields)[0]!.length + 1}"><button class="btn btn-primary formio-button-add-row" ref="datagrid-priorTherapies-addRow"><i class="fa fa-plus"></i> Add Another</button></td></tr></tfoot>
    </table></div>`
        : fields.map(field).join('');
    return `<div class="mb-2 card border"><div class="card-header bg-default" ref="header"><span class="mb-0 card-title" ref="headerTitle">${title}</span></div><div class="card-body" ref="nested-${title.toLowerCase().replace(/\W+/g, '')}">${body}</div></div>`;
  },
  field: (f) => fioField(f, f.label),
};

// ---------- Salesforce Experience Cloud LWC (lightning-input, lightning-combobox, lightning-datepicker) ----------
let sfN = 10;
const sfInput = (label: string, value: string, o: { hiddenLabel?: boolean; number?: boolean } = {}) => {
  const id = `input-${++sfN}`;
  return `<lightning-input class="slds-form-element" lightning-input_input-host=""${o.hiddenLabel ? ' variant="label-hidden"' : ''}><lightning-primitive-input-simple variant="standard" lightning-input_input=""><div part="input-text" class="slds-form-element" lightning-primitiveinputsimple_primitiveinputsimple="">
    <label class="slds-form-element__label slds-no-flex${o.hiddenLabel ? ' slds-assistive-text' : ''}" for="${id}" lightning-primitiveinputsimple_primitiveinputsimple="">${label}</label>
    <div class="slds-form-element__control slds-grow" part="input-container" lightning-primitiveinputsimple_primitiveinputsimple="">
      <input type="text"${o.number ? ' inputmode="decimal"' : ''} id="${id}" class="slds-input" part="input" value="${esc(value)}" lightning-primitiveinputsimple_primitiveinputsimple="">
    </div>
  </div></lightning-primitive-input-simple></lightning-input>`;
};
const sfDate = (label: string, value: string) => {
  const id = `input-${++sfN}`;
  return `<lightning-input class="slds-form-element" type="date" lightning-input_input-host=""><lightning-datepicker class="slds-form-element" lightning-input_input=""><div class="slds-form-element slds-dropdown-trigger slds-dropdown-trigger_click">
    <label class="slds-form-element__label" for="${id}">${label}</label>
    <div class="slds-form-element__control slds-input-has-icon slds-input-has-icon_right">
      <input type="text" id="${id}" autocomplete="off" class="slds-input" part="input" value="${esc(value)}">
      <lightning-button-icon class="slds-input__icon slds-input__icon_right"><button class="slds-button slds-button_icon slds-button_icon-bare" title="Select a date for ${label}" type="button"><lightning-primitive-icon><svg focusable="false" aria-hidden="true" viewBox="0 0 520 520" class="slds-button__icon"><path d="M446 60"></path></svg></lightning-primitive-icon><span class="slds-assistive-text">Select a date for ${label}</span></button></lightning-button-icon>
    </div>
  </div></lightning-datepicker></lightning-input>`;
};
const sfCombobox = (f: Field) => {
  const lid = `combobox-label-${++sfN}`;
  const bid = `combobox-button-${++sfN}`;
  return `<lightning-combobox class="slds-form-element" lightning-combobox_combobox-host=""><label class="slds-form-element__label" id="${lid}">${f.label}</label>
    <div class="slds-form-element__control"><lightning-base-combobox class="slds-combobox_container"><div class="slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click">
    <div role="none" class="slds-combobox__form-element slds-input-has-icon slds-input-has-icon_right">
      <button type="button" role="combobox" id="${bid}" class="slds-combobox__input slds-input_faux slds-combobox__input-value" aria-labelledby="${lid}" aria-expanded="false" aria-haspopup="listbox" aria-controls="dropdown-element-${sfN}" data-value="${esc(f.value)}"><span class="slds-truncate">${esc(f.value)}</span></button>
    </div>
    <div id="dropdown-element-${sfN}" class="slds-dropdown slds-dropdown_length-with-icon-7 slds-dropdown_fluid slds-dropdown_left" role="listbox" aria-label="options">${(
      f.options ?? []
    )
      .map(
        (o) =>
          `<lightning-base-combobox-item role="option" data-value="${esc(o)}" aria-checked="${o === f.value}" aria-selected="${o === f.value}" class="slds-media slds-listbox__option slds-media_center slds-listbox__option_plain"><span class="slds-media__figure slds-listbox__option-icon"></span><span class="slds-media__body"><span class="slds-truncate" title="${esc(o)}">${esc(o)}</span></span></lightning-base-combobox-item>`,
      )
      .join('')}</div>
  </div></lightning-base-combobox></div></lightning-combobox>`;
};
const sfField = (f: Field) =>
  f.kind === 'select'
    ? sfCombobox(f)
    : f.kind === 'date'
      ? sfDate(f.label, f.value)
      : sfInput(f.unit ? `${f.label} (${f.unit})` : f.label, f.value, { number: f.kind === 'number' });
export const SALESFORCE_LWC: Library = {
  form: (body) =>
    `<div class="siteforceContentArea"><div class="comm-content-body"><c-pa-request-form><div class="slds-p-around_medium"><h1 class="slds-text-heading_large">Prior Authorization Request</h1>${body}
    <lightning-button><button class="slds-button slds-button_brand" type="button">Submit Request</button></lightning-button></div></c-pa-request-form></div></div>`,
  section: (title, fields) => {
    const body =
      title === 'Prior therapies'
        ? `<table class="slds-table slds-table_cell-buffer slds-table_bordered" aria-label="Prior therapies"><thead><tr class="slds-line-height_reset">${therapyRows(
            fields,
          )[0]!
            .map((f) => `<th class="" scope="col"><div class="slds-truncate" title="${f.label}">${f.label}</div></th>`)
            .join('')}</tr></thead><tbody>${therapyRows(fields)
            .map(
              (row) =>
                `<tr class="slds-hint-parent">${row.map((f) => `<td data-label="${f.label}">${sfInput(f.label, f.value, { hiddenLabel: true })}</td>`).join('')}</tr>`,
            )
            .join('')}</tbody></table>
    <lightning-button class="slds-m-top_small"><button class="slds-button slds-button_neutral" type="button">Add Therapy</button></lightning-button>`
        : `<div class="slds-form" role="list">${fields.map((f) => `<div class="slds-form__row"><div class="slds-form__item" role="listitem">${sfField(f)}</div></div>`).join('')}</div>`;
    return `<article class="slds-card"><div class="slds-card__header slds-grid"><header class="slds-media slds-media_center slds-has-flexi-truncate"><div class="slds-media__body"><h2 class="slds-card__header-title"><span class="slds-truncate">${title}</span></h2></div></header></div><div class="slds-card__body slds-card__body_inner">${body}</div></article>`;
  },
  field: sfField,
};

// ---------- Bootstrap 5 with Tom Select selects, react-datepicker dates, input-group units ----------
const bsText = (f: Field) =>
  `<div class="mb-3"><label for="${f.id}" class="form-label">${f.label}</label><input type="text" class="form-control" id="${f.id}" name="${f.id}" value="${esc(f.value)}"></div>`;
const bsAddon = (f: Field) => `
  <div class="mb-3">
    <label for="${f.id}" class="form-label">${f.label}</label>
    <div class="input-group">
      <input type="text" class="form-control" id="${f.id}" value="${esc(f.value)}" aria-describedby="${f.id}-addon">
      <span class="input-group-text" id="${f.id}-addon">${f.unit}</span>
    </div>
  </div>`;
const tomSelect = (f: Field) => `
  <div class="mb-3">
    <label for="${f.id}-ts-control" id="${f.id}-ts-label" class="form-label">${f.label}</label>
    <select id="${f.id}" name="${f.id}" class="tomselected ts-hidden-accessible" tabindex="-1">
      ${(f.options ?? []).map((o) => `<option value="${esc(o)}"${o === f.value ? ' selected' : ''}>${esc(o)}</option>`).join('')}
    </select>
    <div class="ts-wrapper single has-items full">
      <div class="ts-control">
        <div data-value="${esc(f.value)}" class="item" data-ts-item="">${esc(f.value)}</div>
        <input type="text" autocomplete="off" size="1" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="${f.id}-ts-dropdown" id="${f.id}-ts-control" aria-labelledby="${f.id}-ts-label">
      </div>
      <div class="ts-dropdown single" style="display: none; visibility: visible;">
        <div role="listbox" tabindex="-1" class="ts-dropdown-content" id="${f.id}-ts-dropdown" aria-labelledby="${f.id}-ts-label"></div>
      </div>
    </div>
  </div>`;
const reactDatepicker = (f: Field) => `
  <div class="mb-3">
    <label for="${f.id}" class="form-label">${f.label}</label>
    <div class="react-datepicker-wrapper">
      <div class="react-datepicker__input-container react-datepicker__view-calendar-icon">
        <svg class="react-datepicker__calendar-icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512" aria-hidden="true"><path d="M96 32V64H48z"></path></svg>
        <input type="text" id="${f.id}" placeholder="MM/DD/YYYY" class="form-control" value="${esc(f.value)}">
      </div>
    </div>
  </div>`;
export const BOOTSTRAP_TOMSELECT_DATEPICKER: Library = {
  form: (body) =>
    `<div class="container"><form class="needs-validation" novalidate>${body}<button class="btn btn-primary" type="submit">Submit</button></form></div>`,
  section: (title, fields, field) =>
    `<div class="card mb-3"><h5 class="card-header">${title}</h5><div class="card-body">${fields.map(field).join('')}</div></div>`,
  field: (f) => (f.kind === 'select' ? tomSelect(f) : f.kind === 'date' ? reactDatepicker(f) : f.unit ? bsAddon(f) : bsText(f)),
};

// ---------- MUI X v7 pickers (accessible DOM: sections as spinbuttons) with MUI TextFields ----------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const muiSection = (id: string, index: number, type: 'month' | 'day' | 'year', value: string, after: string) => {
  const [min, max] = { month: [1, 12], day: [1, 31], year: [99, 9999] }[type];
  const n = Number(value);
  const valuetext = type === 'month' ? MONTHS[n - 1] : type === 'day' ? ordinal(n) : undefined;
  return `<span class="MuiPickersSectionList-section" data-sectionindex="${index}"><span class="MuiPickersSectionList-sectionSeparator MuiPickersInputBase-sectionBefore"></span><span class="MuiPickersSectionList-sectionContent MuiPickersInputBase-sectionContent" aria-labelledby="${id}-${type}" aria-readonly="false" aria-valuenow="${n}" aria-valuemin="${min}" aria-valuemax="${max}"${valuetext ? ` aria-valuetext="${valuetext}"` : ''} aria-label="${type[0]!.toUpperCase()}${type.slice(1)}" aria-disabled="false" tabindex="${index === 0 ? 0 : -1}" contenteditable="true" role="spinbutton" id="${id}-${type}" spellcheck="false" autocapitalize="off" autocorrect="off" enterkeyhint="next" inputmode="numeric">${value}</span><span class="MuiPickersSectionList-sectionSeparator MuiPickersInputBase-sectionAfter">${after}</span></span>`;
};
const muiV7Date = (id: string, label: string, mmddyyyy: string) => {
  const [m = '', d = '', y = ''] = mmddyyyy.split('/');
  const human = `${MONTHS[Number(m) - 1]!.slice(0, 3)} ${Number(d)}, ${y}`;
  return `
  <div class="MuiFormControl-root MuiPickersTextField-root MuiPickersTextField-variantOutlined">
    <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary MuiFormLabel-filled" data-shrink="true" for="${id}" id="${id}-label">${label}</label>
    <div class="MuiPickersInputBase-root MuiPickersOutlinedInput-root MuiPickersInputBase-colorPrimary MuiPickersInputBase-adornedEnd" role="group" aria-labelledby="${id}-label" aria-invalid="false">
      <div class="MuiPickersSectionList-root MuiPickersInputBase-sectionsContainer MuiPickersOutlinedInput-sectionsContainer" tabindex="-1" contenteditable="false">
        ${muiSection(id, 0, 'month', m, '/')}${muiSection(id, 1, 'day', d, '/')}${muiSection(id, 2, 'year', y, '')}
      </div>
      <div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeEnd MuiIconButton-sizeMedium" tabindex="0" type="button" aria-label="Choose date, selected date is ${human}"><svg class="MuiSvgIcon-root" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CalendarIcon"><path d="M17 12h-5v5h5v-5z"></path></svg><span class="MuiTouchRipple-root"></span></button></div>
      <input aria-invalid="false" aria-hidden="true" tabindex="-1" class="MuiPickersInputBase-input MuiPickersOutlinedInput-input" value="${mmddyyyy}" id="${id}">
      <fieldset aria-hidden="true" class="MuiPickersOutlined-notchedOutline MuiPickersOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset>
    </div>
  </div>`;
};
export const makeMuiX = (base: Library): Library => ({
  ...base,
  field: (f) => (f.kind === 'date' ? muiV7Date(`:x${f.id}:`, f.label, f.value) : base.field(f)),
});

// ---------- Dojo 1.10 dijit (ValidationTextBox, NumberTextBox + unit text, FilteringSelect, DateTextBox) in label tables ----------
const arrow = `<div class="dijitReset dijitRight dijitButtonNode dijitArrowButton dijitDownArrowButton dijitArrowButtonContainer" data-dojo-attach-point="_buttonNode" role="presentation"><input class="dijitReset dijitInputField dijitArrowButtonInner" value="▼ " type="text" tabindex="-1" readonly="readonly" role="button presentation" aria-hidden="true"></div>`;
const validation = `<div class="dijitReset dijitValidationContainer"><input class="dijitReset dijitInputField dijitValidationIcon dijitValidationInner" value="Χ " type="text" tabindex="-1" readonly="readonly" role="presentation"></div>`;
const djText = (id: string, value: string, kind: 'TextBox' | 'ValidationTextBox' | 'NumberTextBox' = 'ValidationTextBox') =>
  `<div class="dijit dijitReset dijitInline dijitLeft dijitTextBox${kind === 'NumberTextBox' ? ' dijitNumberTextBox' : ''} dijitValidationTextBox" id="widget_${id}" role="presentation" widgetid="${id}">${kind === 'TextBox' ? '' : validation}<div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" data-dojo-attach-point="textbox,focusNode" autocomplete="off" name="${id}" type="text" tabindex="0" id="${id}" aria-required="true" aria-invalid="false" value="${esc(value)}"></div></div>`;
const djDrop = (cls: string, id: string, shown: string, value: string) =>
  `<div class="dijit dijitReset dijitInline dijitLeft dijitTextBox dijitComboBox ${cls}" id="widget_${id}" role="combobox" aria-haspopup="true" data-dojo-attach-point="_popupStateNode" widgetid="${id}" aria-expanded="false" aria-owns="${id}_popup">${arrow}${validation}<div class="dijitReset dijitInputField dijitInputContainer"><input class="dijitReset dijitInputInner" type="text" autocomplete="off" data-dojo-attach-point="textbox,focusNode" role="textbox" aria-haspopup="true" id="${id}" tabindex="0" value="${esc(shown)}" aria-autocomplete="list" aria-required="true" aria-invalid="false"></div><input type="hidden" name="${id}" value="${esc(value)}"></div>`;
const iso = (mdy: string) => {
  const [m, d, y] = mdy.split('/');
  return `${y}-${m}-${d}`;
};
const djControl = (f: Field, id = f.id, kind: 'TextBox' | 'ValidationTextBox' = 'ValidationTextBox') =>
  f.kind === 'select'
    ? djDrop('dijitFilteringSelect', id, f.value, f.value.split(' - ')[0]!)
    : f.kind === 'date'
      ? djDrop('dijitDateTextBox', id, f.value, iso(f.value))
      : f.kind === 'number'
        ? `${djText(id, f.value, 'NumberTextBox')}${f.unit ? ` ${f.unit}` : ''}`
        : djText(id, f.value, kind);
export const DOJO: Library = {
  form: (body) =>
    `<form id="paForm" data-dojo-type="dijit/form/Form" class="dijitForm" widgetid="paForm" action="" method="">${body}</form>`,
  section: (title, fields, field) =>
    title === 'Prior therapies'
      ? `<h2>${title}</h2><table class="grid"><thead><tr>${therapyRows(fields)[0]!
          .map((f) => `<th>${f.label}</th>`)
          .join('')}</tr></thead><tbody>${therapyRows(fields)
          .map(
            (row, i) =>
              `<tr>${row.map((f) => `<td>${djControl(f, `pt_${f.id.replace(/^pt\d+/, '')}_${i}`, 'TextBox')}</td>`).join('')}</tr>`,
          )
          .join('')}</tbody></table>`
      : `<h2>${title}</h2><table class="formTable"><tbody>${fields.map(field).join('')}</tbody></table>`,
  field: (f) => `<tr><td class="label"><label for="${f.id}">${f.label}</label></td><td>${djControl(f)}</td></tr>`,
};
