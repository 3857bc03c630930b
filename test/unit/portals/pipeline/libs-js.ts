import { esc, type Library } from './pipeline';

/**
 * Page renderers for JavaScript component libraries, their markup lifted from the probe files
 * (../libraries/*.test.ts, ../datepickers.test.ts): each renders a whole request the way the
 * library's own components render it.
 */

// ---------- MUI v5/v6: TextField, InputAdornment "kg", Select, DatePicker v6 ----------
const muiCalendar = `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="CalendarIcon"><path d="M17 12h-5v5h5v-5z"></path></svg>`;
const muiDateAdornment = (aria: string) =>
  `<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-edgeEnd MuiIconButton-sizeMedium" tabindex="0" type="button" aria-label="${aria}">${muiCalendar}<span class="MuiTouchRipple-root"></span></button></div>`;
const muiUnit = (unit: string) =>
  `<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeMedium"><p class="MuiTypography-root MuiTypography-body1">${unit}</p></div>`;
const muiTextField = (id: string, label: string, value: string, opts: { placeholder?: string; end?: string } = {}) => `
  <div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root">
    <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary MuiFormLabel-filled" data-shrink="true" for="${id}" id="${id}-label">${label}</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl${opts.end ? ' MuiInputBase-adornedEnd' : ''}">
      <input aria-invalid="false" autocomplete="off" id="${id}"${opts.placeholder ? ` placeholder="${opts.placeholder}"` : ''} type="text"${opts.placeholder === 'MM/DD/YYYY' ? ' inputmode="text"' : ''} class="MuiInputBase-input MuiOutlinedInput-input${opts.end ? ' MuiInputBase-inputAdornedEnd' : ''}" value="${esc(value)}">
      ${opts.end ?? ''}
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset>
    </div>
  </div>`;
/** MUI Select (outlined): a div[role=combobox] showing the chosen text, a hidden native input holding the value */
const muiSelect = (id: string, label: string, value: string) => `
  <div class="MuiFormControl-root MuiFormControl-fullWidth">
    <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary MuiFormLabel-filled" data-shrink="true" id="${id}-label">${label}</label>
    <div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl">
      <div tabindex="0" role="combobox" aria-controls=":r${id}:" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${id}-label ${id}" id="${id}" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input">${esc(value)}</div>
      <input aria-invalid="false" name="${id}" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="${esc(value)}">
      <svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiSelect-icon MuiSelect-iconOutlined" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ArrowDropDownIcon"><path d="M7 10l5 5 5-5z"></path></svg>
      <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset>
    </div>
  </div>`;

export const MUI: Library = {
  form: (body) => `<form class="MuiBox-root" novalidate>${body}</form>`,
  section: (title, fields, field) =>
    `<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root"><div class="MuiCardHeader-root"><div class="MuiCardHeader-content"><span class="MuiTypography-root MuiTypography-h5 MuiCardHeader-title">${title}</span></div></div><div class="MuiCardContent-root"><div class="MuiGrid2-root MuiGrid2-container">${fields.map((f) => `<div class="MuiGrid2-root MuiGrid2-grid-xs-12 MuiGrid2-grid-md-6">${field(f)}</div>`).join('')}</div></div></div>`,
  field: (f) => {
    const id = `:r${f.id}:`;
    if (f.kind === 'select') return muiSelect(id, f.label, f.value);
    if (f.kind === 'date')
      return muiTextField(id, f.label, f.value, {
        placeholder: 'MM/DD/YYYY',
        end: muiDateAdornment(`Choose date, selected date is ${f.value}`),
      });
    return muiTextField(id, f.label, f.value, f.unit ? { end: muiUnit(f.unit) } : {});
  },
};

// ---------- Angular Material (MDC) ----------
let labelN = 0;
const matFormField = (
  type: string,
  controlId: string,
  label: string,
  control: string,
  opts: { textSuffix?: string; iconSuffix?: string; hint?: string; hintId?: string } = {},
) => {
  const labelId = `mat-mdc-form-field-label-${(labelN += 2)}`;
  return `
  <mat-form-field appearance="outline" class="mat-mdc-form-field mat-mdc-form-field-type-${type} mat-form-field-appearance-outline mat-primary mat-form-field-should-float${opts.textSuffix || opts.iconSuffix ? ' mat-mdc-form-field-has-icon-suffix' : ''}">
    <div class="mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--outlined">
      <div class="mat-mdc-form-field-flex">
        <div matformfieldnotchedoutline="" class="mdc-notched-outline mdc-notched-outline--upgraded mdc-notched-outline--notched">
          <div class="mat-mdc-notch-piece mdc-notched-outline__leading"></div>
          <div class="mat-mdc-notch-piece mdc-notched-outline__notch">
            <label matformfieldfloatinglabel="" class="mdc-floating-label mat-mdc-floating-label mdc-floating-label--float-above" id="${labelId}" for="${controlId}"><mat-label>${label}</mat-label></label>
          </div>
          <div class="mat-mdc-notch-piece mdc-notched-outline__trailing"></div>
        </div>
        <div class="mat-mdc-form-field-infix">${control.replaceAll('%LABEL%', labelId)}</div>
        ${opts.textSuffix ? `<div class="mat-mdc-form-field-text-suffix"><span mattextsuffix="">${opts.textSuffix}</span></div>` : ''}
        ${opts.iconSuffix ? `<div class="mat-mdc-form-field-icon-suffix">${opts.iconSuffix}</div>` : ''}
      </div>
    </div>
    <div class="mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align">
      <div class="mat-mdc-form-field-hint-wrapper">${opts.hint ? `<mat-hint class="mat-mdc-form-field-hint mat-mdc-form-field-bottom-align" id="${opts.hintId}">${opts.hint}</mat-hint>` : ''}<div class="mat-mdc-form-field-hint-spacer"></div></div>
    </div>
  </mat-form-field>`;
};
let matN = 0;
const matToggle = (n: number) =>
  `<mat-datepicker-toggle maticonsuffix="" class="mat-datepicker-toggle" data-mat-calendar="mat-datepicker-${n}"><button mat-icon-button="" type="button" class="mdc-icon-button mat-mdc-icon-button mat-unthemed mat-mdc-button-base" aria-haspopup="dialog" aria-label="Open calendar" tabindex="0"><span class="mat-mdc-button-persistent-ripple mdc-icon-button__ripple"></span><svg viewBox="0 0 24 24" width="24px" height="24px" fill="currentColor" focusable="false" aria-hidden="true" class="mat-datepicker-toggle-default-icon"><path d="M19 3h-1V1h-2v2H8V1H6v2H5z"></path></svg><span class="mat-focus-indicator"></span><span class="mat-mdc-button-touch-target"></span></button></mat-datepicker-toggle><!--container-->`;

export const ANGULAR_MATERIAL: Library = {
  form: (body) =>
    `<form novalidate="" class="ng-untouched ng-pristine ng-valid">${body}<button mat-flat-button="" type="submit" class="mdc-button mat-mdc-button-base"><span class="mdc-button__label">Submit</span></button></form>`,
  section: (title, fields, field) =>
    `<mat-card class="mat-mdc-card mdc-card"><mat-card-header class="mat-mdc-card-header"><div class="mat-mdc-card-header-text"><mat-card-title class="mat-mdc-card-title">${title}</mat-card-title></div></mat-card-header><mat-card-content class="mat-mdc-card-content">${fields.map(field).join('')}</mat-card-content></mat-card>`,
  field: (f) => {
    const n = matN++;
    if (f.kind === 'select') {
      const id = `mat-select-${n}`;
      const valueId = `mat-select-value-${n}`;
      return matFormField(
        'mat-select',
        id,
        f.label,
        `<mat-select role="combobox" aria-haspopup="listbox" class="mat-mdc-select" aria-labelledby="%LABEL% ${valueId}" id="${id}" tabindex="0" aria-expanded="false" aria-required="false" aria-disabled="false" aria-invalid="false">
      <div cdk-overlay-origin="" class="mat-mdc-select-trigger">
        <div class="mat-mdc-select-value" id="${valueId}"><span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">${esc(f.value)}</span></span></div>
        <div class="mat-mdc-select-arrow-wrapper"><div class="mat-mdc-select-arrow"><svg viewBox="0 0 24 24" width="24px" height="24px" focusable="false" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></div></div>
      </div>
    </mat-select>`,
      );
    }
    const id = `mat-input-${n}`;
    if (f.kind === 'date')
      return matFormField(
        'mat-input',
        id,
        f.label,
        `<input matinput="" class="mat-mdc-input-element mat-datepicker-input mat-mdc-form-field-input-control mdc-text-field__input" id="${id}" aria-haspopup="dialog" aria-invalid="false" aria-required="false" aria-describedby="mat-mdc-hint-d${n}" value="${esc(f.value)}">`,
        { iconSuffix: matToggle(n), hint: 'MM/DD/YYYY', hintId: `mat-mdc-hint-d${n}` },
      );
    return matFormField(
      'mat-input',
      id,
      f.label,
      `<input matinput="" class="mat-mdc-input-element mat-mdc-form-field-input-control mdc-text-field__input" id="${id}"${f.kind === 'number' ? ' type="number"' : ''} aria-invalid="false" aria-required="false" value="${esc(f.value)}">`,
      f.unit ? { textSuffix: f.unit } : {},
    );
  },
};

// ---------- Ant Design v5 ----------
const antIcon = (name: string) =>
  `<span role="img" aria-label="${name}" class="anticon anticon-${name}"><svg viewBox="64 64 896 896" focusable="false" data-icon="${name}" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M884 256h-75z"></path></svg></span>`;
const CSS = 'css-dev-only-do-not-override-1x0dypw';
const antItem = (name: string, label: string, control: string) => `
  <div class="ant-form-item ${CSS}">
    <div class="ant-row ant-form-item-row ${CSS}">
      <div class="ant-col ant-form-item-label ${CSS}"><label for="pa_${name}" class="ant-form-item-required" title="${label}">${label}</label></div>
      <div class="ant-col ant-form-item-control ${CSS}">
        <div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}</div></div>
      </div>
    </div>
  </div>`;
const antInputNumber = (name: string, value: string, addonAfter = '') => {
  const inner = `<div class="ant-input-number ant-input-number-outlined ${CSS}">
      <div class="ant-input-number-handler-wrap"><span unselectable="on" role="button" aria-label="Increase Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-up">${antIcon('up')}</span><span unselectable="on" role="button" aria-label="Decrease Value" aria-disabled="false" class="ant-input-number-handler ant-input-number-handler-down">${antIcon('down')}</span></div>
      <div class="ant-input-number-input-wrap"><input autocomplete="off" role="spinbutton" aria-valuemin="0" aria-valuenow="${value}" step="1" id="pa_${name}" aria-required="true" class="ant-input-number-input" value="${value}"></div>
    </div>`;
  return addonAfter
    ? `<div class="ant-input-number-group-wrapper ant-input-number-group-wrapper-outlined ${CSS}"><div class="ant-input-number-wrapper ant-input-number-group ${CSS}">${inner}<div class="ant-input-number-group-addon">${addonAfter}</div></div></div>`
    : inner;
};

export const ANTD: Library = {
  form: (body) => `<form id="pa" class="ant-form ant-form-vertical ${CSS}">${body}</form>`,
  section: (title, fields, field) =>
    `<div class="ant-card ant-card-bordered ${CSS}"><div class="ant-card-head"><div class="ant-card-head-wrapper"><div class="ant-card-head-title">${title}</div></div></div><div class="ant-card-body">${fields.map(field).join('')}</div></div>`,
  field: (f) => {
    const v = esc(f.value);
    if (f.kind === 'number') return antItem(f.id, f.label, antInputNumber(f.id, v, f.unit));
    if (f.kind === 'select')
      return antItem(
        f.id,
        f.label,
        `<div class="ant-select ant-select-outlined ${CSS} ant-select-single ant-select-show-arrow">
    <div class="ant-select-selector">
      <span class="ant-select-selection-search"><input type="search" id="pa_${f.id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="pa_${f.id}_list" aria-autocomplete="list" aria-controls="pa_${f.id}_list" aria-required="true" readonly="" unselectable="on" value="" style="opacity: 0;"></span>
      <span class="ant-select-selection-item" title="${v}">${v}</span>
    </div>
    <span class="ant-select-arrow" unselectable="on" aria-hidden="true" style="user-select: none;">${antIcon('down')}</span>
  </div>`,
      );
    if (f.kind === 'date')
      return antItem(
        f.id,
        f.label,
        `<div class="ant-picker ant-picker-outlined ${CSS}"><div class="ant-picker-input"><input id="pa_${f.id}" aria-required="true" autocomplete="off" size="12" placeholder="Select date" value="${v}"><span class="ant-picker-suffix">${antIcon('calendar')}</span><span class="ant-picker-clear" role="button">${antIcon('close-circle')}</span></div></div>`,
      );
    return antItem(
      f.id,
      f.label,
      `<input id="pa_${f.id}" aria-required="true" class="ant-input ant-input-outlined ${CSS}" type="text" value="${v}">`,
    );
  },
};

// ---------- Vuetify 3 ----------
let vN = 0;
const vField = (
  label: string,
  input: (id: string) => string,
  opts: { suffix?: string; classes?: string; appendInner?: string; prepend?: string } = {},
) => {
  const id = `input-${(vN += 2)}`;
  return `
  <div class="v-input v-input--horizontal v-input--center-affix v-input--density-default v-theme--light v-locale--is-ltr v-text-field${opts.classes ? ` ${opts.classes}` : ''}">
    ${opts.prepend ? `<div class="v-input__prepend">${opts.prepend.replace('%LABEL%', label)}</div>` : ''}
    <div class="v-input__control">
      <div class="v-field v-field--center-affix v-field--variant-outlined v-theme--light v-locale--is-ltr v-field--active v-field--dirty${opts.appendInner ? ' v-field--appended' : ''}">
        <div class="v-field__overlay"></div>
        <div class="v-field__loader"></div>
        <div class="v-field__field" data-no-activator="">
          <label class="v-label v-field-label" for="${id}">${label}</label>
          ${input(id)}
          ${opts.suffix ? `<span class="v-text-field__suffix"><span class="v-text-field__suffix__text">${opts.suffix}</span></span>` : ''}
        </div>
        ${opts.appendInner ? `<div class="v-field__append-inner">${opts.appendInner}</div>` : ''}
        <div class="v-field__outline">
          <div class="v-field__outline__start"></div>
          <div class="v-field__outline__notch"><label class="v-label v-field-label v-field-label--floating" aria-hidden="true" for="${id}">${label}</label></div>
          <div class="v-field__outline__end"></div>
        </div>
      </div>
    </div>
    <div class="v-input__details"><div class="v-messages" role="alert" aria-live="polite" id="${id}-messages"></div></div>
  </div>`;
};
const menuDown = `<i class="mdi-menu-down mdi v-icon notranslate v-theme--light v-icon--size-default v-select__menu-icon" aria-hidden="true"></i>`;

export const VUETIFY: Library = {
  form: (body) =>
    `<div class="v-application v-theme--light"><div class="v-application__wrap"><main class="v-main"><form class="v-form" novalidate="">${body}</form></main></div></div>`,
  section: (title, fields, field) =>
    `<div class="v-card v-theme--light v-card--density-default v-card--variant-elevated"><div class="v-card-item"><div class="v-card-item__content"><div class="v-card-title">${title}</div></div></div><div class="v-card-text">${fields.map(field).join('')}</div></div>`,
  field: (f) => {
    const v = esc(f.value);
    if (f.kind === 'select')
      return vField(
        f.label,
        (id) => `<div class="v-field__input" data-no-activator="">
      <div class="v-select__selection"><span class="v-select__selection-text">${v}</span></div>
      <input size="1" type="text" readonly="" id="${id}" aria-describedby="${id}-messages" inputmode="none" aria-label="${f.label}" title="${f.label}" placeholder="" value="${v}">
    </div>`,
        { classes: 'v-select v-select--single v-select--selected', appendInner: menuDown },
      );
    if (f.kind === 'date')
      return vField(
        f.label,
        (id) => `<input size="1" type="text" id="${id}" aria-describedby="${id}-messages" class="v-field__input" value="${v}">`,
        {
          classes: 'v-date-input',
          prepend: `<i class="mdi-calendar mdi v-icon notranslate v-theme--light v-icon--size-default v-icon--clickable" role="button" aria-hidden="false" aria-label="%LABEL% prepended action" tabindex="-1"></i>`,
        },
      );
    return vField(
      f.label,
      (id) =>
        `<input size="1" type="${f.kind === 'number' ? 'number' : 'text'}" id="${id}" aria-describedby="${id}-messages" class="v-field__input" value="${v}">`,
      f.unit ? { suffix: f.unit } : {},
    );
  },
};

// ---------- Kendo UI for Angular ----------
const kIcon = (name: string) =>
  `<span class="k-icon k-svg-icon k-svg-i-${name} k-button-icon" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" focusable="false"><path d="M256 352 128 160h256z"></path></svg></span>`;
const kButton = (label: string, icon: string) =>
  `<button type="button" tabindex="-1" aria-label="${label}" title="${label}" class="k-input-button k-button k-icon-button k-button-md k-button-solid k-button-solid-base">${kIcon(icon)}</button>`;
const kField = (label: string, labelAttrs: string, control: string) => `
  <div class="k-form-field">
    <label class="k-label" ${labelAttrs}>${label}</label>
    <div class="k-form-field-wrap">${control}</div>
  </div>`;

export const KENDO: Library = {
  form: (body) => `<form class="k-form k-form-md">${body}</form>`,
  section: (title, fields, field) =>
    `<fieldset class="k-form-fieldset"><legend class="k-form-legend">${title}</legend>${fields.map(field).join('')}</fieldset>`,
  field: (f) => {
    const id = `k-${f.id}`;
    const v = esc(f.value);
    if (f.kind === 'number')
      return kField(
        f.label,
        `for="${id}"`,
        `<span class="k-numerictextbox k-input k-input-md k-rounded-md k-input-solid">
      <input id="${id}" tabindex="0" role="spinbutton" aria-valuenow="${v}" autocomplete="off" autocorrect="off" type="text" class="k-input-inner" value="${v}">
      ${f.unit ? `<span class="k-input-suffix k-input-suffix-horizontal">${f.unit}</span>` : ''}
      <span class="k-input-spinner k-spin-button"><button type="button" tabindex="-1" aria-label="Increase value" title="Increase value" class="k-spinner-increase k-button k-icon-button k-button-md k-button-solid k-button-solid-base">${kIcon('caret-alt-up')}</button><button type="button" tabindex="-1" aria-label="Decrease value" title="Decrease value" class="k-spinner-decrease k-button k-icon-button k-button-md k-button-solid k-button-solid-base">${kIcon('caret-alt-down')}</button></span>
    </span>`,
      );
    if (f.kind === 'select')
      return kField(
        f.label,
        `id="${id}-label"`,
        `<kendo-dropdownlist class="k-dropdownlist k-picker k-picker-md k-rounded-md k-picker-solid" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${id}-label" aria-describedby="${id}-accessibility-id" aria-activedescendant="" id="${id}" dir="ltr">
      <span id="${id}-accessibility-id" class="k-input-inner"><span class="k-input-value-text">${v}</span></span>
      ${kButton('Select', 'caret-alt-down')}
    </kendo-dropdownlist>`,
      );
    if (f.kind === 'date')
      return kField(
        f.label,
        `for="${id}"`,
        `<span class="k-datepicker k-input k-input-md k-rounded-md k-input-solid" dir="ltr">
      <input id="${id}" role="combobox" aria-haspopup="grid" aria-expanded="false" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" class="k-input-inner" value="${v}">
      ${kButton('Toggle calendar', 'calendar')}
    </span>`,
      );
    return kField(
      f.label,
      `for="${id}"`,
      `<span class="k-textbox k-input k-input-md k-rounded-md k-input-solid"><input id="${id}" class="k-input-inner" autocomplete="off" value="${v}"></span>`,
    );
  },
};
