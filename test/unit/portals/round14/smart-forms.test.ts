import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPY_ROWS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * CSIRO SMART Forms renderer 1.4.0 (@aehrc/smart-forms-renderer, aehrc/smart-forms at 0a84f1e,
 * packages/smart-forms-renderer/src/components/FormComponents: ItemParts/ItemFieldGrid.tsx, ItemLabel.tsx,
 * ItemPrefixSwitcher.tsx, ItemTextSwitcher.tsx, RequiredAsterisk.tsx (+ SrOnly.styles.ts, "Mandatory field"),
 * ClearButtonAdornment.tsx, DisplayUnitText.tsx, AccessibleFeedback.tsx, RadioFormGroup.tsx,
 * CheckboxFormGroup.tsx + CheckboxSingle.tsx; StringItem/StringField.tsx (multiline TextField),
 * DecimalItem/DecimalField.tsx, IntegerItem/IntegerField.tsx (aria-label "<text> (<unit>)" with a display unit),
 * QuantityItem/* (comparator Autocomplete + value field `quantity-<linkId>-input`; the label's `for` is
 * `quantity-<linkId>`, which no element carries outside a table), DateTimeItems/CustomDateItem/CustomDateField.tsx
 * (text box with aria-label = item text, placeholder the locale's format: MM/DD/YYYY for en-US, DD/MM/YYYY with no
 * locale) + DatePickerButton.tsx, ChoiceItems/ChoiceSelectAnswerOptionFields.tsx (Autocomplete whose chosen value
 * is drawn by `renderValue` as a span before an empty input), OpenChoiceItems/OpenChoiceAutocompleteField.tsx
 * (freeSolo, multiline), GroupItem/GroupItemView.tsx + GroupHeading.tsx (role=region, h1 at elevation 1),
 * Tables/GroupTableView.tsx, GroupTableRow.tsx, SelectRowButton.tsx, RemoveRowButton.tsx, AddRowButton.tsx (gtable),
 * DisplayItem/DisplayItem.tsx and DisplayInstructions.tsx) over MUI 7 (Autocomplete.js and useAutocomplete at
 * mui/material-ui 00416b4, TextareaAutosize's hidden shadow textarea, NotchedOutline). Emotion classes are
 * `css-…` stand-ins. Items carry their Questionnaire prefix ("1.1") as the renderer prints it.
 */

const svg = (id: string) =>
  `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall css-1k33q06" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="${id}"><path d="M19 6.41 17.59 5 12 10.59"></path></svg>`;
const outline = `<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline css-1d3z3hw"><legend class="css-w4cd9x"><span class="notranslate" aria-hidden="true">&#8203;</span></legend></fieldset>`;
const fading = `<svg class="MuiSvgIcon-root MuiSvgIcon-colorSuccess MuiSvgIcon-fontSizeSmall css-1qwo3wm" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="SyncIcon" style="opacity: 0; visibility: hidden;"><path d="M12 4V1L8 5l4 4V6"></path></svg>`;
const clear = `<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall StandardTextField-clearIndicator css-1j7qk7u" tabindex="-1" type="button" aria-hidden="true" title="Clear">${svg('ClearIcon')}</button>`;
const unitText = (u = '') => `<span class="MuiTypography-root MuiTypography-body1 css-1sz2vxl">${u}</span>`;
const endAdornment = (inner: string) =>
  `<div class="MuiInputAdornment-root MuiInputAdornment-positionEnd MuiInputAdornment-outlined MuiInputAdornment-sizeSmall css-1nvf7g0">${inner}</div>`;
const root = (cls: string, inner: string, attrs = '') =>
  `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root css-1v0jqor"${attrs}><div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl MuiInputBase-sizeSmall ${cls} css-1yyv4zr">${inner}${outline}</div>`;
const ta =
  'MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputMultiline MuiInputBase-inputSizeSmall MuiInputBase-inputAdornedEnd css-1sqnrkk';
const shadow = `<textarea aria-hidden="true" class="${ta}" readonly="" tabindex="-1" style="visibility: hidden; position: absolute; overflow: hidden; height: 0px; top: 0px; left: 0px; transform: translateZ(0); padding-top: 0px; padding-bottom: 0px; width: 100%;"></textarea>`;

type Item = { linkId: string; prefix?: string; text: string; required?: boolean; help?: string; error?: string };

/** StringField: a multiline TextField (textarea + TextareaAutosize's shadow), helper text always drawn */
const stringField = (id: string, value: string, o: { error?: string; linkId?: string; text?: string; ro?: boolean } = {}) =>
  `${root(`MuiInputBase-multiline MuiInputBase-adornedEnd${o.error ? ' Mui-error' : ''}${o.ro ? ' Mui-readOnly MuiInputBase-readOnly' : ''}`, `<textarea rows="1" aria-invalid="${!!o.error}" id="${id}" class="${ta}"${o.ro ? ' readonly=""' : ''} style="height: 21px;">${value}</textarea>${shadow}${endAdornment(`${fading}${o.ro ? '' : clear}${unitText()}`)}`, ` data-test="q-item-string-field" data-linkid="${o.linkId ?? ''}" data-label="${o.text ?? ''}"`)}<p class="MuiFormHelperText-root MuiFormHelperText-sizeSmall MuiFormHelperText-contained${o.error ? ' Mui-error' : ''} css-k7ihgd"><span role="alert" aria-live="assertive">${o.error ?? ''}</span></p></div>`;

/** a one-line TextField (decimal, integer, date, quantity value) */
const lineField = (input: string, adorn: string, attrs = '') =>
  `${root('MuiInputBase-adornedEnd', `${input}${endAdornment(adorn)}`, attrs)}</div>`;
const numberInput = (id: string, value: string, placeholder: string, aria?: string) =>
  `<input aria-invalid="false" id="${id}" placeholder="${placeholder}" type="text" inputmode="numeric" pattern="[0-9]*"${aria ? ` aria-label="${aria}"` : ''} class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall MuiInputBase-inputAdornedEnd css-1dune0f" value="${value}">`;
const dateInput = (value: string, o: { id?: string; aria?: string; ro?: boolean } = {}) =>
  lineField(
    `<input aria-invalid="false"${o.id ? ` id="${o.id}"` : ''}${o.aria ? ` aria-label="${o.aria}"` : ''} placeholder="MM/DD/YYYY" type="text"${o.ro ? ' readonly=""' : ''} class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall MuiInputBase-inputAdornedEnd css-1dune0f" value="${value}">`,
    `${fading}<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeMedium css-1yxmbwk" tabindex="${o.ro ? -1 : 0}" type="button" aria-label="Pick a date">${svg('EventIcon')}</button>`,
    ' data-test="date"',
  );

const label = (it: Item, kind: string, tag = 'label') =>
  `<div class="MuiBox-root css-1kqsj0g"><div class="MuiBox-root css-1rr4qq7"><${tag} class="MuiTypography-root MuiTypography-${tag === 'label' ? 'label' : 'body1'} css-1q8gtu1" id="label-${it.linkId}" for="${kind}-${it.linkId}">${
    it.required
      ? '<span class="MuiTypography-root MuiTypography-label css-5n1lrb" aria-hidden="true">*</span><span class="css-1fz5k7q">Mandatory field</span>'
      : ''
  }<span class="MuiBox-root css-1dzb7zh">${it.prefix ? `<span><span>${it.prefix}</span></span>` : ''}<span><span>${it.text}</span></span></span></${tag}></div><div class="MuiBox-root css-1fpsn0t"></div></div>`;

/** FullWidthFormComponentBox > ItemFieldGrid (label column, field column + display instructions) */
const item = (it: Item, kind: string, fieldHtml: string) =>
  `<div class="MuiBox-root css-1wnf4ka" data-test="q-item-${kind}-box" data-linkid="${it.linkId}" data-label="${it.text}"><div class="MuiGrid-root MuiGrid-container MuiGrid-direction-xs-row css-1gwbp8c"><div class="MuiGrid-root MuiGrid-direction-xs-row MuiGrid-grid-xs-12 MuiGrid-grid-md-4 css-1ouwn5b">${label(it, kind)}</div><div class="MuiGrid-root MuiGrid-direction-xs-row MuiGrid-grid-xs-12 MuiGrid-grid-md-8 css-1y4lpbu">${fieldHtml}${
    it.help
      ? `<div class="MuiBox-root css-1b2a9ob" id="instructions-${it.linkId}"><span class="MuiTypography-root MuiTypography-caption css-1wxaqej">${it.help}</span></div>`
      : ''
  }</div></div></div>`;

const str = (it: Item, v: string, ro = false) =>
  item(it, 'string', stringField(`string-${it.linkId}`, v, { error: it.error, linkId: it.linkId, text: it.text, ro }));
const decimal = (it: Item, v: string, unit: string, kind = 'decimal') =>
  item(
    it,
    kind,
    lineField(
      numberInput(`${kind}-${it.linkId}`, v, kind === 'integer' ? '0' : '0.0', `${it.text} (${unit})`),
      `${fading}${clear}${unitText(unit)}`,
    ),
  );
const date = (it: Item, v: string) => item(it, 'date', dateInput(v, { id: `date-${it.linkId}`, aria: it.text }));

/** the comparator Autocomplete and value field of a quantity item with one unitOption (shown as its display unit) */
const quantity = (it: Item, v: string, unit: string) =>
  item(
    it,
    'quantity',
    `<div class="MuiBox-root css-1lchl8k"><div class="MuiBox-root css-0"><div class="MuiAutocomplete-root MuiAutocomplete-hasPopupIcon css-1v8yfdt" data-test="q-item-quantity-comparator">${root(
      'MuiInputBase-adornedEnd MuiAutocomplete-inputRoot',
      `<input aria-invalid="false" autocomplete="off" id="quantity-${it.linkId}-comparator" type="text" class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall MuiInputBase-inputAdornedEnd MuiAutocomplete-input MuiAutocomplete-inputFocused css-1dune0f" aria-autocomplete="list" aria-expanded="false" autocapitalize="none" spellcheck="false" role="combobox" value=""><div class="MuiAutocomplete-endAdornment css-mxgb5p"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiAutocomplete-popupIndicator css-uge3vf" tabindex="-1" type="button" aria-label="Open" title="Open">${svg('ArrowDropDownIcon')}</button></div>`,
    )}</div></div><span class="MuiTypography-root MuiTypography-caption css-1wxaqej">(optional)</span></div>${lineField(numberInput(`quantity-${it.linkId}-input`, v, '0.0', `${it.text} (${unit})`), `${fading}${clear}${unitText(unit)}`, ' data-test="q-item-quantity-field"')}</div>`,
  );

/** a choice dropdown (Autocomplete, renderValue span before an empty input); `open` adds its popper for the end of body */
function dropdown(it: Item, chosen: string, options: string[], o: { open?: boolean; prompt?: string } = {}) {
  const id = `choice-${it.linkId}`;
  const html = item(
    it,
    'choice-select-answer-option',
    `<div class="MuiFormControl-root css-1ds1l5b"><div class="MuiAutocomplete-root MuiAutocomplete-fullWidth${o.open ? ' Mui-focused MuiAutocomplete-focused' : ''}${chosen ? ' MuiAutocomplete-hasClearIcon' : ''} MuiAutocomplete-hasPopupIcon css-1v8yfdt">${root(
      `${chosen ? 'MuiInputBase-adornedStart ' : ''}MuiInputBase-adornedEnd MuiAutocomplete-inputRoot${o.open ? ' Mui-focused' : ''}`,
      `${chosen ? `<span class="MuiAutocomplete-tag MuiAutocomplete-tagSizeSmall css-1ubbn3v" data-item-index="-1" tabindex="-1" style="padding-left: 8.5px;"><span>${chosen}</span></span>` : ''}<input aria-invalid="false" autocomplete="off" id="${id}" type="text"${!chosen && o.prompt ? ` placeholder="${o.prompt}"` : ''} class="MuiInputBase-input MuiOutlinedInput-input MuiInputBase-inputSizeSmall${chosen ? ' MuiInputBase-inputAdornedStart' : ''} MuiInputBase-inputAdornedEnd MuiAutocomplete-input MuiAutocomplete-inputFocused css-1dune0f" aria-autocomplete="list" aria-expanded="${!!o.open}"${o.open ? ` aria-controls="${id}-listbox" aria-activedescendant="${id}-option-${Math.max(0, options.indexOf(chosen))}"` : ''} autocapitalize="none" spellcheck="false" role="combobox" aria-labelledby="label-${it.linkId}" value=""><div class="MuiAutocomplete-endAdornment css-mxgb5p">${
        chosen
          ? `<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiAutocomplete-clearIndicator css-1yixgq5" tabindex="-1" type="button" aria-label="Clear" title="Clear">${svg('CloseIcon')}</button>`
          : ''
      }<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiAutocomplete-popupIndicator${o.open ? ' MuiAutocomplete-popupIndicatorOpen' : ''} css-uge3vf" tabindex="-1" type="button" aria-label="${o.open ? 'Close' : 'Open'}" title="${o.open ? 'Close' : 'Open'}">${svg('ArrowDropDownIcon')}</button></div>${fading}${unitText()}`,
    )}</div></div></div>`,
  );
  const popper = o.open
    ? `<div class="MuiPopper-root MuiAutocomplete-popper css-1mtsuo7" role="presentation" data-popper-placement="bottom" style="position: absolute; inset: 0px auto auto 0px; width: 320px; margin: 0px; transform: translate(412px, 530px);"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiAutocomplete-paper css-1u0n3rk"><ul role="listbox" id="${id}-listbox" aria-labelledby="${id}-label" class="MuiAutocomplete-listbox css-1ge3wpz">${options
        .map(
          (v, i) =>
            `<li tabindex="-1" role="option" id="${id}-option-${i}" data-option-index="${i}" aria-disabled="false" aria-selected="${v === chosen}" class="MuiAutocomplete-option${v === chosen ? ' Mui-focused' : ''}"><span><span>${v}</span></span></li>`,
        )
        .join('')}</ul></div></div>`
    : '';
  return { html, popper };
}

/** open-choice autocomplete (freeSolo, multiline: a textarea with the combobox role) */
const openChoice = (it: Item, value: string) =>
  item(
    it,
    'open-choice',
    `<div class="MuiAutocomplete-root MuiAutocomplete-hasClearIcon MuiAutocomplete-hasPopupIcon css-1wmgmz1">${root(
      'MuiInputBase-multiline MuiInputBase-adornedEnd MuiAutocomplete-inputRoot',
      `<textarea rows="1" aria-invalid="false" autocomplete="off" id="open-choice-${it.linkId}" class="${ta} MuiAutocomplete-input MuiAutocomplete-inputFocused" aria-autocomplete="list" aria-expanded="false" autocapitalize="none" spellcheck="false" role="combobox" aria-labelledby="label-${it.linkId}" style="height: 21px;">${value}</textarea>${shadow}${fading}<div class="MuiAutocomplete-endAdornment css-mxgb5p"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall MuiAutocomplete-clearIndicator css-1yixgq5" tabindex="-1" type="button" aria-label="Clear" title="Clear">${svg('CloseIcon')}</button></div>${unitText()}`,
      ` data-linkid="${it.linkId}" data-label="${it.text}" data-test="q-item-open-choice-autocomplete-field"`,
    )}</div></div>`,
  );

const switchBase = (kind: 'Radio' | 'Checkbox', checked: boolean, input: string, extra = '') =>
  `<span class="MuiButtonBase-root MuiSwitchBase-root MuiCheckbox-root MuiRadio-root Mui${kind}-colorPrimary Mui${kind}-sizeSmall PrivateSwitchBase-root${checked ? ' Mui-checked' : ''} css-1vq5y2l"${extra}>${input}${svg(kind === 'Radio' ? 'RadioButtonUncheckedIcon' : checked ? 'CheckBoxIcon' : 'CheckBoxOutlineBlankIcon')}</span>`;
const controlLabel = (control: string, text: string) =>
  `<label class="MuiFormControlLabel-root MuiFormControlLabel-labelPlacementEnd css-1jaw3da">${control}<span class="MuiTypography-root MuiTypography-body1 MuiFormControlLabel-label css-1ynxvvj">${text}</span></label>`;
const clearButton = `<button class="MuiButtonBase-root MuiButton-root MuiButton-text MuiButton-textPrimary css-1ujsas3" tabindex="0" type="button" aria-label="Clear">Clear</button>`;

const radios = (it: Item, chosen: string, options: string[]) =>
  item(
    it,
    'choice-radio-answer-option',
    `<div class="MuiBox-root css-1pw2qkb"><div class="MuiBox-root css-70qvj9"><div class="MuiFormGroup-root css-dmmspl" role="radiogroup" id="choice-${it.linkId}" aria-labelledby="label-${it.linkId}" aria-readonly="false" data-test="q-item-radio-group">${options
      .map((v) =>
        controlLabel(
          switchBase(
            'Radio',
            v === chosen,
            `<input class="PrivateSwitchBase-input css-j8yymo" name=":r${it.linkId}:" type="radio" value="${v}"${v === chosen ? ' checked=""' : ''}>`,
            ` data-test="radio-single-${v}"`,
          ),
          v,
        ),
      )
      .join('')}</div><div class="MuiBox-root css-1rr4qq7"></div>${fading}</div>${chosen ? clearButton : ''}</div>`,
  );

/** checkbox choice list: each MUI Checkbox root carries role=checkbox + aria-checked, its input the option's aria-label */
const checkboxes = (it: Item, chosen: string[], options: string[]) =>
  item(
    it,
    'choice-checkbox-answer-option',
    `<div class="MuiBox-root css-1pw2qkb"><div class="MuiBox-root css-70qvj9"><div class="MuiFormGroup-root css-dmmspl" id="choice-${it.linkId}" aria-labelledby="label-${it.linkId}" role="group">${options
      .map((v) => {
        const on = chosen.includes(v);
        return controlLabel(
          switchBase(
            'Checkbox',
            on,
            `<input class="PrivateSwitchBase-input css-j8yymo" type="checkbox" aria-label="${v}" data-indeterminate="false"${on ? ' checked=""' : ''}>`,
            ` role="checkbox" aria-checked="${on}" aria-readonly="false" data-test="checkbox-single-${v}"`,
          ),
          v,
        );
      })
      .join('')}</div><div class="MuiBox-root css-1rr4qq7"></div>${fading}</div>${chosen.length ? clearButton : ''}</div>`,
  );

const display = (linkId: string, text: string) =>
  `<div class="MuiBox-root css-1wnf4ka" data-test="q-item-display-box" data-linkid="${linkId}" data-label="${text}" width="100%">${label({ linkId, text }, 'display', 'span')}</div>`;

/** GroupItemView: region + card + GroupHeading (h1 at card elevation 1, h2 nested) + Divider */
const group = (linkId: string, prefix: string, text: string, body: string, h = 'h1') =>
  `<div class="MuiBox-root css-1t2ydwx" data-test="q-item-group-box" data-linkid="${linkId}" data-label="${text}" role="region" aria-label="${text}"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiCard-root css-1x4qzxq"><div class="MuiBox-root css-1kqsj0g"><div class="MuiBox-root css-1rr4qq7"><${h} class="MuiTypography-root MuiTypography-groupHeading css-1ehwe7b"><span class="MuiBox-root css-1dzb7zh"><span><span>${prefix}</span></span><span><span>${text}</span></span></span></${h}></div><div class="MuiBox-root css-1fpsn0t"></div></div><hr class="MuiDivider-root MuiDivider-fullWidth css-1y9mqhw">${body}</div></div>`;

const cols = ['Medication', 'Dose', 'Start date', 'Stop date', 'Outcome'];
const cell = (inner: string) =>
  `<td class="MuiTableCell-root MuiTableCell-body MuiTableCell-sizeMedium css-1ay3cpf"><div class="MuiBox-root css-70qvj9">${inner}</div></td>`;
const rowCheckbox = (labelText: string, head = false) =>
  `<${head ? 'th' : 'td'} class="MuiTableCell-root MuiTableCell-${head ? 'head' : 'body'} MuiTableCell-sizeMedium MuiTableCell-paddingNone css-1kcu2fy"${head ? ' scope="col"' : ''}>${switchBase('Checkbox', false, `<input class="PrivateSwitchBase-input css-j8yymo" type="checkbox" aria-label="${labelText}" data-indeterminate="false">`, ' role="checkbox" aria-checked="false" aria-readonly="false"')}</${head ? 'th' : 'td'}>`;

/** the repeating "Prior therapies" group drawn as its gtable (drag handle, row select, remove, Add Row caption) */
const gtable = (rows: string[][]) =>
  `<div class="MuiBox-root css-1t2ydwx" data-linkid="5" data-label="Prior therapies"><div class="MuiBox-root css-1kqsj0g"><div class="MuiBox-root css-1rr4qq7"><h1 class="MuiTypography-root MuiTypography-groupHeading css-1ehwe7b"><span class="MuiBox-root css-1dzb7zh"><span><span>5</span></span><span><span>Prior therapies</span></span></span></h1></div><div class="MuiBox-root css-1fpsn0t"></div></div><hr class="MuiDivider-root MuiDivider-fullWidth css-1y9mqhw"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 MuiTableContainer-root css-11xur9t"><table class="MuiTable-root css-1owb465"><caption><div class="MuiBox-root css-1ebnygn"><button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary MuiButton-sizeSmall css-1dltpnw" tabindex="0" type="button" data-test="button-add-repeat-item"><span class="MuiButton-icon MuiButton-startIcon MuiButton-iconSizeSmall css-1l6c7y9">${svg('AddIcon')}</span>Add Row</button></div></caption><thead class="MuiTableHead-root css-1wbz3t9"><tr class="MuiTableRow-root MuiTableRow-head css-1gqug66"><th class="MuiTableCell-root MuiTableCell-head MuiTableCell-sizeMedium MuiTableCell-paddingNone css-1kcu2fy" scope="col"></th>${rowCheckbox('Select all rows in Prior therapies', true)}${cols
    .map(
      (c) =>
        `<th class="MuiTableCell-root MuiTableCell-head MuiTableCell-sizeMedium css-1bfnuhs" scope="col"><div class="MuiBox-root css-70qvj9">${c}</div></th>`,
    )
    .join(
      '',
    )}<th class="MuiTableCell-root MuiTableCell-head MuiTableCell-sizeMedium MuiTableCell-paddingCheckbox css-1x3cnpj" scope="col"></th></tr></thead><tbody class="MuiTableBody-root css-1xnox0e" data-rfd-droppable-id="gtable_rows" data-rfd-droppable-context-id=":r1:">${rows
    .map(
      (r, i) =>
        `<tr class="MuiTableRow-root MuiTableRow-hover css-1b5k4dw" data-rfd-draggable-context-id=":r1:" data-rfd-draggable-id="row-${i}"><td class="MuiTableCell-root MuiTableCell-body MuiTableCell-sizeMedium MuiTableCell-paddingNone css-1kcu2fy"><div aria-label="Drag row" class="MuiBox-root css-70qvj9" tabindex="0" role="button" aria-describedby="rfd-hidden-text-:r1:-hidden-text-:r2:" data-rfd-drag-handle-draggable-id="row-${i}" data-rfd-drag-handle-context-id=":r1:" draggable="false">${svg('DragIndicatorIcon')}</div></td>${rowCheckbox('Select row Prior therapies')}${cell(stringField('string-5.1', r[0]!, { linkId: '5.1', text: 'Medication' }))}${cell(stringField('string-5.2', r[1]!, { linkId: '5.2', text: 'Dose' }))}${cell(dateInput(r[2]!))}${cell(dateInput(r[3]!))}${cell(stringField('string-5.5', r[4]!, { linkId: '5.5', text: 'Outcome' }))}<td class="MuiTableCell-root MuiTableCell-body MuiTableCell-sizeMedium css-1mh6jv2"><span role="button" aria-label="Remove item" data-mui-internal-clone-element="true"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-colorError MuiIconButton-sizeSmall css-1yxmbwk" tabindex="0" type="button" aria-label="Remove item">${svg('RemoveCircleOutlineIcon')}</button></span></td></tr>`,
    )
    .join(
      '',
    )}</tbody></table></div></div><div id="rfd-hidden-text-:r1:-hidden-text-:r2:" style="display: none;">Press space bar to start a drag. When dragging you can use the arrow keys to move the item around and escape to drop.</div>`;

/** emotion's rule for the SrOnly span (styles.ts), injected as a style element */
const emotion = `<style data-emotion="css" data-s="">.css-1fz5k7q{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;}</style>`;
const renderer = (body: string, tail = '') =>
  `${emotion}<div id="root"><div class="MuiContainer-root MuiContainer-maxWidthLg css-1qsxih2"><div class="MuiBox-root css-1ialerq"><h4 class="MuiTypography-root MuiTypography-h4 css-1xvinid">Ilaris (canakinumab) prior authorization</h4></div><div class="MuiBox-root css-1l4w6pd">${body}</div></div></div>${tail}`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

const fullPage = () =>
  renderer(
    [
      group(
        '1',
        '1',
        'Patient',
        `${str({ linkId: '1.1', prefix: '1.1', text: 'Member ID', required: true }, ILARIS['patient.memberId'])}${date({ linkId: '1.2', prefix: '1.2', text: 'Date of birth' }, ILARIS['patient.dob'])}${quantity({ linkId: '1.3', prefix: '1.3', text: 'Weight' }, '72', 'kg')}`,
      ),
      group(
        '2',
        '2',
        'Diagnosis',
        checkboxes({ linkId: '2.1', prefix: '2.1', text: 'ICD-10 codes', required: true }, ['M04.1', 'M06.1'], CODES),
      ),
      group(
        '3',
        '3',
        'Requested medication',
        `${openChoice({ linkId: '3.1', prefix: '3.1', text: 'Drug name' }, ILARIS['drug.name'])}${str({ linkId: '3.2', prefix: '3.2', text: 'HCPCS code' }, ILARIS['drug.hcpcs'])}${str({ linkId: '3.3', prefix: '3.3', text: 'NDC' }, ILARIS['drug.ndc'])}${decimal({ linkId: '3.4', prefix: '3.4', text: 'Dose' }, '150', 'mg')}${decimal({ linkId: '3.5', prefix: '3.5', text: 'Billing units' }, '150', 'units', 'integer')}${dropdown({ linkId: '3.6', prefix: '3.6', text: 'Frequency' }, 'Every 4 weeks', FREQ).html}`,
      ),
      group(
        '4',
        '4',
        'Labs',
        `${display('4.0', 'Attach the most recent inflammatory markers.')}${decimal({ linkId: '4.1', prefix: '4.1', text: 'CRP', help: 'Result within the last 90 days' }, '24', 'mg/L')}${date({ linkId: '4.2', prefix: '4.2', text: 'CRP collection date' }, ILARIS['labs.crpDate'])}`,
      ),
      gtable(THERAPY_ROWS),
      group(
        '6',
        '6',
        'Prescriber',
        str({ linkId: '6.1', prefix: '6.1', text: 'Prescriber NPI', required: true }, ILARIS['prescriber.npi']),
      ),
    ].join(''),
  );

describe('SMART Forms renderer (MUI 7): a DTR Questionnaire with prefixes, units, gtable, checkbox list, Autocomplete', () => {
  it('reads the full Ilaris request', () => {
    page(fullPage());
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  // misread: the label reads "Mandatory field 1.1 Member ID": the SrOnly span (hidden by emotion's clip rule) is read
  it.fails('names a required string item by its prefixed label, without the asterisk or the screen-reader "Mandatory field"', () => {
    page(
      renderer(
        group('1', '1', 'Patient', str({ linkId: '1.1', prefix: '1.1', text: 'Member ID', required: true }, ILARIS['patient.memberId'])),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('1.1 Member ID');
    nothingFrom('textarea[aria-hidden="true"]');
  });

  it('reads an empty required item showing its validation feedback as empty, and the next item by its own label', () => {
    page(
      renderer(
        group(
          '6',
          '6',
          'Prescriber',
          `${str({ linkId: '6.1', prefix: '6.1', text: 'Prescriber NPI', required: true, error: 'This field is required.' }, '')}${str({ linkId: '6.2', prefix: '6.2', text: 'Member ID' }, ILARIS['patient.memberId'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads a quantity item by its value field, not its empty comparator Autocomplete, with the unit from its aria-label', () => {
    page(renderer(group('1', '1', 'Patient', quantity({ linkId: '1.3', prefix: '1.3', text: 'Weight' }, '72', 'kg'))));
    expect(read()).toEqual({ 'patient.weight': '72' });
    expect(field('patient.weight')?.impliedUnit?.unit).toBe('kg');
  });

  it('reads a choice dropdown by the value its renderValue span shows before the empty input, and its prompt as empty', () => {
    page(
      renderer(
        group(
          '3',
          '3',
          'Requested medication',
          `${dropdown({ linkId: '3.6', prefix: '3.6', text: 'Frequency' }, 'Every 8 weeks', FREQ).html}${dropdown({ linkId: '3.7', prefix: '3.7', text: 'Drug name' }, '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { prompt: 'Select a drug' }).html}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.name': '' });
  });

  it('reads an open-choice autocomplete (a combobox textarea) by its text, and no field from a display item', () => {
    page(
      renderer(
        group(
          '3',
          '3',
          'Requested medication',
          `${display('3.0', 'Enter the drug as prescribed.')}${openChoice({ linkId: '3.1', prefix: '3.1', text: 'Drug name' }, ILARIS['drug.name'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    expect(field('drug.name')?.label).toBe('3.1 Drug name');
  });

  it('takes nothing from an open dropdown popper at the end of body', () => {
    const d = dropdown({ linkId: '3.6', prefix: '3.6', text: 'Frequency' }, 'Once', FREQ, { open: true });
    page(renderer(group('3', '3', 'Requested medication', d.html), d.popper));
    expect(read()).toEqual({ 'drug.frequency': 'Once' });
    nothingFrom('.MuiAutocomplete-popper');
  });

  it('reads a checkbox choice list (role=checkbox roots over native inputs) as its ticked codes, once', () => {
    page(
      renderer(group('2', '2', 'Diagnosis', checkboxes({ linkId: '2.1', prefix: '2.1', text: 'ICD-10 codes' }, ['M04.1', 'M06.1'], CODES))),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    noDuplicatePaths();
  });

  it('reads a radio choice by its checked option', () => {
    page(
      renderer(group('3', '3', 'Requested medication', radios({ linkId: '3.6', prefix: '3.6', text: 'Frequency' }, 'Every 4 weeks', FREQ))),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads the gtable rows under their column headers, not the row-select checkboxes, drag handles or Add Row', () => {
    page(renderer(gtable(THERAPY_ROWS)));
    expect(read()).toEqual(THERAPIES);
    nothingFrom('th');
  });

  it('reads a read-only string item (readOnlyVisualStyle "readonly": no clear button) and a DD/MM/YYYY date as shown', () => {
    page(
      renderer(
        group(
          '1',
          '1',
          'Patient',
          `${str({ linkId: '1.1', prefix: '1.1', text: 'Member ID' }, ILARIS['patient.memberId'], true)}${item({ linkId: '1.2', prefix: '1.2', text: 'Date of birth' }, 'date', dateInput('14/03/1988', { id: 'date-1.2', aria: 'Date of birth' }).replace('MM/DD/YYYY', 'DD/MM/YYYY'))}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '14/03/1988' });
  });
});
