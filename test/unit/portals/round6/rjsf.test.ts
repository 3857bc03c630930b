import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom, ISO_THERAPIES } from '../round5/request';

/**
 * react-jsonschema-form 5.x (rjsf-team/react-jsonschema-form packages/core/src/components:
 * Form.tsx, fields/ObjectField.tsx, fields/ArrayField.tsx, templates/FieldTemplate/
 * (FieldTemplate.tsx, Label.tsx, WrapIfAdditional.tsx), BaseInputTemplate.tsx, TitleField.tsx,
 * DescriptionField.tsx, FieldHelpTemplate.tsx, FieldErrorTemplate.tsx, ErrorList.tsx,
 * ArrayFieldTemplate.tsx, ArrayFieldItemTemplate.tsx, ButtonTemplates/(AddButton, IconButton).tsx,
 * widgets/(SelectWidget, DateWidget, AltDateWidget).tsx; packages/mui/src: BaseInputTemplate,
 * FieldTemplate, SelectWidget, ArrayFieldTemplate, ArrayFieldItemTemplate, IconButton, ErrorList,
 * TitleField; packages/utils: idSchema ids `root_<path>` joined by `_`, `dateRangeOptions`,
 * `ariaDescribedByIds`):
 * - core (Bootstrap 3 classes): `form.rjsf` > the ErrorList on top (`div.panel.panel-danger.errors`
 *   > `h3.panel-title` "Errors" and `ul.list-group > li.list-group-item.text-danger` holding each
 *   error's stack, ".patient.memberId must match pattern …"); each field a `div.form-group.field.
 *   field-<type>` (plus `field-error has-error has-danger` with errors) holding
 *   `label.control-label[for=<id>]` (with `span.required` "*"), the widget, the error list
 *   `div > ul#<id>__error.error-detail.bs-callout.bs-callout-info > li.text-danger` and the help
 *   `p#<id>__help.help-block`. Objects render `fieldset#<id>` with `legend#<id>__title`.
 *   Inputs: `input#<id>.form-control[name=<id>]` (type number with `step=any`, type date with an
 *   ISO value), `aria-describedby="<id>__error <id>__description <id>__help"`.
 *   SelectWidget: `select#<id>.form-control[name=<id>]`, a placeholder `option[value=""]`, and
 *   each enum option's value its *index* ("0", "1", …), its text the enum value; multiple for
 *   `uniqueItems` enum arrays (no placeholder).
 *   AltDateWidget: `ul.list-inline > li.list-inline-item` per part, each a SelectWidget
 *   `select#<id>_year|_month|_day` (placeholder option "year"/"month"/"day", option values
 *   indexes, texts padded "03"), then `a.btn.btn-info.btn-now` "Now" and `a.btn.btn-warning.
 *   btn-clear` "Clear"; its label keeps `for=<id>`, an id no element has.
 *   Arrays: `fieldset.field.field-array.field-array-of-object#<id>` > `legend#<id>__title`,
 *   `div.row.array-item-list > div.array-item` each holding `div.col-xs-9` (the item's object
 *   fieldset, ids `<id>_<index>_<prop>`) and `div.col-xs-3.array-item-toolbox > div.btn-group` with
 *   `button.btn.btn-default.array-item-move-up[title="Move up"]`, `…move-down[title="Move down"]`,
 *   `button.btn.btn-danger.array-item-remove[title=Remove]` (each an `i.glyphicon`), then the
 *   add row `div.row > p.col-xs-3.col-xs-offset-9.text-right.array-item-add > button.btn.
 *   btn-info.btn-add[title="Add Item"]`.
 * - MUI theme (@rjsf/mui 5 on MUI 5): TextField (`div.MuiFormControl-root.MuiTextField-root` >
 *   `label#<id>-label[for=<id>]` with `span.MuiFormLabel-asterisk`, `div.MuiInputBase-root` >
 *   `input#<id>[name=<id>]`, the notched outline `fieldset[aria-hidden] > legend > span` repeating
 *   the label), select TextFields (`div#<id>[role=combobox].MuiSelect-select` showing the label,
 *   `input.MuiSelect-nativeInput[aria-hidden][name=<id>]` holding the index), helper text
 *   `p.MuiFormHelperText-root#<id>__help`; arrays in a `div.MuiPaper-root` with the title
 *   `div#<id>__title > h5` + `hr`, each item a Paper beside a Grid of `button.MuiIconButton-root
 *   [title="Move up"|"Move down"|"Remove"]` with svg icons, "Add Item" an IconButton; ErrorList a
 *   Paper with `h6` "Errors" and a dense `ul.MuiList-root > li.MuiListItem-root` per error.
 */

// ---------- core (Bootstrap 3) ----------
const describedBy = (id: string) => `aria-describedby="${id}__error ${id}__description ${id}__help"`;
const label = (id: string, text: string, required = false) =>
  `<label class="control-label" for="${id}">${text}${required ? '<span class="required">*</span>' : ''}</label>`;
type F = { required?: boolean; help?: string; errors?: string[]; type?: string };
const group = (type: string, o: F, inner: string) =>
  `<div class="form-group field field-${type}${o.errors?.length ? ' field-error has-error has-danger' : ''}">${inner}${
    o.errors?.length
      ? `<div><ul id="__ID__error" class="error-detail bs-callout bs-callout-info">${o.errors.map((e) => `<li class="text-danger">${e}</li>`).join('')}</ul></div>`
      : ''
  }${o.help ? `<p id="__ID__help" class="help-block">${o.help}</p>` : ''}</div>`;
const input = (id: string, title: string, value: string, o: F = {}) =>
  group(
    o.type === 'number' ? 'number' : 'string',
    o,
    `${label(id, title, o.required)}<input id="${id}" name="${id}" class="form-control"${o.required ? ' required=""' : ''} type="${o.type ?? 'text'}"${o.type === 'number' ? ' step="any"' : ''} value="${value}" ${describedBy(id)}>`,
  ).replace(/__ID__/g, `${id}__`);
const select = (id: string, title: string, options: string[], chosen: string | string[] | null, o: F & { multiple?: boolean } = {}) => {
  const picked = Array.isArray(chosen) ? chosen : chosen === null ? [] : [chosen];
  return group(
    o.multiple ? 'array' : 'string',
    o,
    `${label(id, title, o.required)}<select id="${id}" name="${id}"${o.multiple ? ' multiple=""' : ''} class="form-control"${o.required ? ' required=""' : ''} ${describedBy(id)}>${o.multiple ? '' : '<option value=""></option>'}${options
      .map((t, i) => `<option value="${i}"${picked.includes(t) ? ' selected=""' : ''}>${t}</option>`)
      .join('')}</select>`,
  ).replace(/__ID__/g, `${id}__`);
};
const object = (id: string, title: string | null, body: string) =>
  `<div class="form-group field field-object"><fieldset id="${id}">${title ? `<legend id="${id}__title">${title}</legend>` : ''}${body}</fieldset></div>`;

const pad = (n: number) => String(n).padStart(2, '0');
const partSelect = (id: string, part: string, from: number, to: number, chosen: number | null) =>
  `<li class="list-inline-item"><select id="${id}_${part}" name="${id}_${part}" class="form-control" aria-describedby="${id}__error ${id}__description ${id}__help"><option value="">${part}</option>${Array.from(
    { length: to - from + 1 },
    (_, i) => `<option value="${i}"${from + i === chosen ? ' selected=""' : ''}>${pad(from + i)}</option>`,
  ).join('')}</select></li>`;
const altDate = (id: string, title: string, ymd: [number, number, number] | null) =>
  `<div class="form-group field field-string">${label(id, title)}<ul class="list-inline">${partSelect(id, 'year', 1900, 2028, ymd?.[0] ?? null)}${partSelect(id, 'month', 1, 12, ymd?.[1] ?? null)}${partSelect(id, 'day', 1, 31, ymd?.[2] ?? null)}<li class="list-inline-item"><a href="#" class="btn btn-info btn-now">Now</a></li><li class="list-inline-item"><a href="#" class="btn btn-warning btn-clear">Clear</a></li></ul></div>`;

const iconButton = (kind: string, cls: string, title: string, icon: string, disabled = false) =>
  `<button type="button" class="btn btn-${kind} ${cls}" title="${title}" style="flex: 1 1 0%; padding-left: 6px; padding-right: 6px; font-weight: bold;"${disabled ? ' disabled=""' : ''}><i class="glyphicon glyphicon-${icon}"></i></button>`;

const OUTCOMES = ['Inadequate response', 'Injection-site reactions', 'Intolerance'];
type Therapy = [drug: string, dose: string, start: string, stop: string, outcome: string];
const T0: Therapy = ['colchicine', '0.6 mg twice daily', '2026-01-05', '2026-06-30', 'Inadequate response'];
const T1: Therapy = ['anakinra', '100 mg daily', '2026-07-01', '2026-09-15', 'Injection-site reactions'];
const therapyItem = (i: number, t: Therapy, count: number) => {
  const id = `root_priorTherapies_${i}`;
  return `<div class="array-item" style="display: flex; align-items: baseline;"><div class="col-xs-9 col-md-10 col-xl-11">${object(
    id,
    'Prior therapy',
    input(`${id}_drug`, 'Drug', t[0]) +
      input(`${id}_dose`, 'Dose and frequency', t[1]) +
      input(`${id}_start`, 'Start date', t[2], { type: 'date' }) +
      input(`${id}_stop`, 'Stop date', t[3], { type: 'date' }) +
      select(`${id}_outcome`, 'Outcome', OUTCOMES, t[4]),
  )}</div><div class="col-xs-3 col-md-2 col-xl-1 array-item-toolbox"><div class="btn-group" style="display: flex; justify-content: flex-end; margin-top: 0px;">${iconButton(
    'default',
    'array-item-move-up',
    'Move up',
    'arrow-up',
    i === 0,
  )}${iconButton('default', 'array-item-move-down', 'Move down', 'arrow-down', i === count - 1)}${iconButton('danger', 'array-item-remove', 'Remove', 'remove')}</div></div></div>`;
};
const therapies = (items: Therapy[]) =>
  `<fieldset class="field field-array field-array-of-object" id="root_priorTherapies"><legend id="root_priorTherapies__title">Prior therapies</legend><p id="root_priorTherapies__description" class="field-description">Most recent first</p><div class="row array-item-list">${items
    .map((t, i) => therapyItem(i, t, items.length))
    .join(
      '',
    )}</div><div class="row"><p class="col-xs-3 col-xs-offset-9 text-right array-item-add"><button type="button" class="btn btn-info btn-add col-xs-12" title="Add Item"><i class="glyphicon glyphicon-plus"></i></button></p></div></fieldset>`;

const errorList = (errors: string[]) =>
  `<div class="panel panel-danger errors"><div class="panel-heading"><h3 class="panel-title">Errors</h3></div><ul class="list-group">${errors.map((e) => `<li class="list-group-item text-danger">${e}</li>`).join('')}</ul></div>`;

const FREQUENCIES = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)', 'Arcalyst (rilonacept)'];
const ICD10 = ['M04.1', 'M04.8', 'M06.1'];

const corePage = (o: { errors?: string[]; items?: Therapy[] } = {}) => `<form class="rjsf" novalidate="">
  ${o.errors ? errorList(o.errors) : ''}
  ${object(
    'root',
    'Prior authorization request',
    object(
      'root_patient',
      'Patient',
      input('root_patient_memberId', 'Member ID', ILARIS['patient.memberId'], {
        required: true,
        errors: o.errors ? ['must match pattern "^[A-Z][0-9]{10}$"'] : undefined,
      }) +
        input('root_patient_dob', 'Date of birth', '1988-03-14', { type: 'date', required: true }) +
        input('root_patient_weight', 'Weight (kg)', '72', { type: 'number' }),
    ) +
      object('root_diagnosis', 'Diagnosis', select('root_diagnosis_icd10', 'ICD-10 codes', ICD10, ['M04.1', 'M06.1'], { multiple: true })) +
      object(
        'root_drug',
        'Medication',
        select('root_drug_name', 'Drug name', DRUGS, ILARIS['drug.name'], { required: true }) +
          input('root_drug_hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'], { help: 'J-code from the fee schedule' }) +
          input('root_drug_ndc', 'NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2' }) +
          input('root_drug_dose', 'Dose (mg)', '150', { type: 'number' }) +
          input('root_drug_billingUnits', 'Billing units', '150', { type: 'number' }) +
          select('root_drug_frequency', 'Frequency', FREQUENCIES, 'Every 4 weeks'),
      ) +
      object(
        'root_labs',
        'Labs',
        input('root_labs_crp', 'CRP (mg/L)', '24', { type: 'number' }) +
          input('root_labs_crpDate', 'CRP collection date', '2026-11-02', { type: 'date' }),
      ) +
      object('root_prescriber', 'Prescriber', input('root_prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])) +
      therapies(o.items ?? [T0, T1]),
  )}
  <div><button type="submit" class="btn btn-info">Submit</button></div>
</form>`;

const CORE_EXPECTED = {
  ...ILARIS,
  'patient.dob': '1988-03-14',
  'labs.crpDate': '2026-11-02',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
  ...ISO_THERAPIES,
};

describe('rjsf 5 core theme (Bootstrap 3)', () => {
  it('reads the whole request: nested object fieldsets, enum selects by their texts, the array of prior therapies', () => {
    page(corePage());
    expect(read()).toEqual(CORE_EXPECTED);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('takes no field from the move up / move down / remove toolbox nor the "Add Item" button', () => {
    page(corePage());
    nothingFrom('.array-item-toolbox');
    nothingFrom('.array-item-add');
    expect(mapped().filter((m) => m.field.element.localName === 'button')).toEqual([]);
  });

  it('numbers the rows by their place after one was removed and the other moved up', () => {
    page(corePage({ items: [T1] }));
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'anakinra',
      'priorTherapies.0.dose': '100 mg daily',
      'priorTherapies.0.outcome': 'Injection-site reactions',
    });
    expect(Object.keys(read()).filter((p) => p.startsWith('priorTherapies.1'))).toEqual([]);
    noDuplicatePaths();
  });

  it('reads neither the ErrorList panel nor a field error list as a field or a label', () => {
    page(corePage({ errors: ['.patient.memberId must match pattern "^[A-Z][0-9]{10}$"', '.drug.ndc must be string'] }));
    expect(read()).toEqual(CORE_EXPECTED);
    nothingFrom('.errors');
    expect(field('patient.memberId')?.label).toMatch(/^Member ID\b/);
  });

  it('reads an enum select left on its empty placeholder option as empty', () => {
    page(
      `<form class="rjsf">${object('root', null, select('root_drug_frequency', 'Frequency', FREQUENCIES, null) + select('root_drug_name', 'Drug name', DRUGS, null, { required: true }))}</form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': '' });
  });

  it('reads the alt-date widget (year, month, day selects whose values are indexes) as one date, not "Now"/"Clear"', () => {
    page(`<form class="rjsf">${object('root', null, altDate('root_patient_dob', 'Date of birth', [1988, 3, 14]))}</form>`);
    const values = read();
    expect(Object.keys(values)).toEqual(['patient.dob']);
    expect(values['patient.dob']).toMatch(/^0?3\/14\/1988$/);
    nothingFrom('.btn-now');
  });

  it('reads a checkboxes widget (uniqueItems enum) named by a label whose `for` is the group div', () => {
    const id = 'root_diagnosis_icd10';
    page(
      `<form class="rjsf">${object(
        'root',
        null,
        `<div class="form-group field field-array">${label(id, 'ICD-10 codes')}<div class="checkboxes" id="${id}">${ICD10.map(
          (c, i) =>
            `<div class="checkbox "><label><span><input type="checkbox" id="${id}-${i}" name="${id}" value="${i}"${c !== 'M04.8' ? ' checked=""' : ''} ${describedBy(id)}><span>${c}</span></span></label></div>`,
        ).join('')}</div></div>`,
      )}</form>`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it("reads alt-date widgets inside array items as each row's start and stop", () => {
    const item = (i: number, t: Therapy, start: [number, number, number], stop: [number, number, number]) =>
      `<div class="array-item"><div class="col-xs-9">${object(
        `root_priorTherapies_${i}`,
        'Prior therapy',
        input(`root_priorTherapies_${i}_drug`, 'Drug', t[0]) +
          altDate(`root_priorTherapies_${i}_start`, 'Start date', start) +
          altDate(`root_priorTherapies_${i}_stop`, 'Stop date', stop),
      )}</div><div class="col-xs-3 array-item-toolbox"><div class="btn-group">${iconButton('danger', 'array-item-remove', 'Remove', 'remove')}</div></div></div>`;
    page(
      `<form class="rjsf"><fieldset class="field field-array field-array-of-object" id="root_priorTherapies"><legend id="root_priorTherapies__title">Prior therapies</legend><div class="row array-item-list">${item(0, T0, [2026, 1, 5], [2026, 6, 30])}${item(1, T1, [2026, 7, 1], [2026, 9, 15])}</div></fieldset></form>`,
    );
    const v = read();
    expect(Object.keys(v).sort()).toEqual(
      ['0', '1'].flatMap((i) => ['drug', 'start', 'stop'].map((k) => `priorTherapies.${i}.${k}`)).sort(),
    );
    expect(v['priorTherapies.0.drug']).toBe('colchicine');
    expect(v['priorTherapies.0.start']).toMatch(/^0?1\/0?5\/2026$/);
    expect(v['priorTherapies.1.stop']).toMatch(/^0?9\/15\/2026$/);
  });

  it("takes no field from a oneOf selector (an unlabelled select of the option titles) before the chosen option's fields", () => {
    page(
      `<form class="rjsf">${object(
        'root',
        null,
        `<div class="form-group field field-object"><fieldset id="root_patient"><legend id="root_patient__title">Patient</legend><div class="panel panel-default panel-body"><div class="form-group"><select id="root_patient__oneof_select" name="root_patient__oneof_select" class="form-control" aria-describedby="root_patient__oneof_select__error root_patient__oneof_select__description root_patient__oneof_select__help"><option value="0" selected="">Member ID</option><option value="1">Medicaid ID</option></select></div>${input('root_patient_memberId', 'Member ID', ILARIS['patient.memberId'])}</div></fieldset></div>`,
      )}</form>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads an alt-date widget with no part chosen as empty', () => {
    page(`<form class="rjsf">${object('root', null, altDate('root_labs_crpDate', 'CRP collection date', null))}</form>`);
    expect(read()).toEqual({ 'labs.crpDate': '' });
  });
});

// ---------- MUI theme ----------
const muiLabel = (id: string, text: string, required: boolean, shrink: boolean) =>
  `<label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated${shrink ? ' MuiInputLabel-shrink' : ''} MuiInputLabel-sizeMedium MuiInputLabel-outlined MuiFormLabel-colorPrimary${shrink ? ' MuiFormLabel-filled' : ''}${required ? ' Mui-required' : ''}" data-shrink="${shrink}" for="${id}" id="${id}-label">${text}${required ? '<span aria-hidden="true" class="MuiFormLabel-asterisk MuiInputLabel-asterisk"> *</span>' : ''}</label>`;
const outline = (text: string, required: boolean, shrink: boolean) =>
  `<fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend class="${shrink ? 'css-14lo706' : 'css-yjsfm1'}"><span>${text}${required ? ' *' : ''}</span></legend></fieldset>`;
const muiWrap = (inner: string) => `<div class="MuiFormControl-root MuiFormControl-fullWidth css-tzsjye">${inner}</div>`;
const muiText = (id: string, text: string, value: string, o: { type?: string; required?: boolean; help?: string } = {}) =>
  muiWrap(
    `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root">${muiLabel(id, text, !!o.required, true)}<div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl"><input aria-invalid="false" aria-describedby="${id}__error ${id}__description ${id}__help" id="${id}" name="${id}"${o.required ? ' required=""' : ''} type="${o.type ?? 'text'}"${o.type === 'number' ? ' step="any"' : ''} class="MuiInputBase-input MuiOutlinedInput-input" value="${value}">${outline(text, !!o.required, true)}</div></div>${
      o.help
        ? `<p class="MuiFormHelperText-root MuiFormHelperText-sizeMedium MuiFormHelperText-contained" id="${id}__help">${o.help}</p>`
        : ''
    }`,
  );
const muiSelect = (id: string, text: string, options: string[], chosen: string | string[] | null) => {
  const many = Array.isArray(chosen) ? chosen : null;
  const i = many ? (many.length ? 0 : -1) : typeof chosen === 'string' ? options.indexOf(chosen) : -1;
  const nativeValue = many ? many.map((c) => options.indexOf(c)).join(',') : String(i);
  return muiWrap(
    `<div class="MuiFormControl-root MuiFormControl-fullWidth MuiTextField-root">${muiLabel(id, text, false, i >= 0)}<div class="MuiInputBase-root MuiOutlinedInput-root MuiInputBase-colorPrimary MuiInputBase-fullWidth MuiInputBase-formControl"><div tabindex="0" role="combobox" aria-controls=":r5:" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="${id}-label ${id}" aria-describedby="${id}__error ${id}__description ${id}__help" id="${id}" class="MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input">${
      i >= 0 ? (many ? many.join(', ') : chosen) : '<span class="notranslate">​</span>'
    }</div><input aria-invalid="false" name="${id}" aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" value="${i >= 0 ? nativeValue : ''}"><svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium MuiSelect-icon MuiSelect-iconOutlined" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="ArrowDropDownIcon"><path d="M7 10l5 5 5-5z"></path></svg>${outline(text, false, i >= 0)}</div></div>`,
  );
};
const muiTitle = (id: string, title: string) =>
  `<div id="${id}__title" class="MuiBox-root css-1yuhvjn"><h5 class="MuiTypography-root MuiTypography-h5">${title}</h5><hr class="MuiDivider-root MuiDivider-fullWidth"></div>`;
const muiObject = (id: string, title: string, fields: string[]) =>
  `${muiTitle(id, title)}<div class="MuiGrid-root MuiGrid-container MuiGrid-spacing-xs-2" style="margin-top: 10px;">${fields.map((f) => `<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-xs-12" style="margin-bottom: 10px;">${f}</div>`).join('')}</div>`;
const svgIcon = (name: string) =>
  `<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="${name}Icon"><path d="M4 12l1.41 1.41z"></path></svg>`;
const muiIconButton = (title: string, icon: string, o: { disabled?: boolean; cls?: string } = {}) =>
  `<button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall${o.disabled ? ' Mui-disabled' : ''}${o.cls ? ` ${o.cls}` : ''}" tabindex="${o.disabled ? -1 : 0}" type="button"${o.disabled ? ' disabled=""' : ''} title="${title}">${svgIcon(icon)}${o.disabled ? '' : '<span class="MuiTouchRipple-root"></span>'}</button>`;
const muiTherapies = (items: Therapy[]) =>
  `<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation2"><div class="MuiBox-root css-19idom">${muiTitle('root_priorTherapies', 'Prior therapies')}${items
    .map((t, i) => {
      const id = `root_priorTherapies_${i}`;
      return `<div class="MuiGrid-root MuiGrid-container css-1d3bbye" style="align-items: center;"><div class="MuiGrid-root MuiGrid-item MuiGrid-grid-xs-true" style="overflow: auto;"><div class="MuiBox-root css-1isemmb"><div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation2"><div class="MuiBox-root css-19idom">${muiObject(
        id,
        'Prior therapy',
        [
          muiText(`${id}_drug`, 'Drug', t[0]),
          muiText(`${id}_dose`, 'Dose and frequency', t[1]),
          muiText(`${id}_start`, 'Start date', t[2], { type: 'date' }),
          muiText(`${id}_stop`, 'Stop date', t[3], { type: 'date' }),
          muiSelect(`${id}_outcome`, 'Outcome', OUTCOMES, t[4]),
        ],
      )}</div></div></div></div><div class="MuiGrid-root MuiGrid-item array-item-toolbox">${muiIconButton('Move up', 'ArrowUpward', { disabled: i === 0 })}${muiIconButton('Move down', 'ArrowDownward', { disabled: i === items.length - 1 })}${muiIconButton('Remove', 'Remove')}</div></div>`;
    })
    .join(
      '',
    )}<div class="MuiGrid-root MuiGrid-container css-1d3bbye" style="justify-content: flex-end;"><div class="MuiGrid-root MuiGrid-item"><div class="MuiBox-root css-1vd4hlb">${muiIconButton('Add Item', 'Add', { cls: 'array-item-add MuiIconButton-colorPrimary' })}</div></div></div></div></div>`;
const muiErrorList = (errors: string[]) =>
  `<div class="MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation2"><div class="MuiBox-root css-1x9tb5t"><h6 class="MuiTypography-root MuiTypography-h6">Errors</h6><ul class="MuiList-root MuiList-dense">${errors
    .map(
      (e) =>
        `<li class="MuiListItem-root MuiListItem-dense MuiListItem-gutters"><div class="MuiListItemIcon-root">${svgIcon('Error')}</div><div class="MuiListItemText-root MuiListItemText-dense"><span class="MuiTypography-root MuiTypography-body2 MuiListItemText-primary">${e}</span></div></li>`,
    )
    .join('')}</ul></div></div>`;

const muiPage = (errors?: string[]) => `<form class="rjsf" novalidate="">${errors ? muiErrorList(errors) : ''}
  ${muiObject('root', 'Prior authorization request', [
    muiObject('root_patient', 'Patient', [
      muiText('root_patient_memberId', 'Member ID', ILARIS['patient.memberId'], { required: true }),
      muiText('root_patient_dob', 'Date of birth', '1988-03-14', { type: 'date', required: true }),
      muiText('root_patient_weight', 'Weight (kg)', '72', { type: 'number' }),
    ]),
    muiObject('root_diagnosis', 'Diagnosis', [muiSelect('root_diagnosis_icd10', 'ICD-10 codes', ICD10, ['M04.1', 'M06.1'])]),
    muiObject('root_drug', 'Medication', [
      muiSelect('root_drug_name', 'Drug name', DRUGS, ILARIS['drug.name']),
      muiText('root_drug_hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'], { help: 'J-code from the fee schedule' }),
      muiText('root_drug_ndc', 'NDC', ILARIS['drug.ndc']),
      muiText('root_drug_dose', 'Dose (mg)', '150', { type: 'number' }),
      muiText('root_drug_billingUnits', 'Billing units', '150', { type: 'number' }),
      muiSelect('root_drug_frequency', 'Frequency', FREQUENCIES, 'Every 4 weeks'),
    ]),
    muiObject('root_labs', 'Labs', [
      muiText('root_labs_crp', 'CRP (mg/L)', '24', { type: 'number' }),
      muiText('root_labs_crpDate', 'CRP collection date', '2026-11-02', { type: 'date' }),
    ]),
    muiObject('root_prescriber', 'Prescriber', [muiText('root_prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])]),
    muiTherapies([T0, T1]),
  ])}
  <div class="MuiBox-root css-164r41r"><button class="MuiButtonBase-root MuiButton-root MuiButton-contained" tabindex="0" type="submit">Submit</button></div></form>`;

describe('rjsf 5 MUI theme', () => {
  it('reads the whole request from TextFields and select TextFields, not their notched outlines or native inputs', () => {
    page(muiPage());
    expect(read()).toEqual(CORE_EXPECTED);
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    expect(mapped().some((m) => m.field.element.matches('.MuiSelect-nativeInput'))).toBe(false);
    noDuplicatePaths();
  });

  it('takes no field from the item IconButtons, "Add Item" or the ErrorList', () => {
    page(muiPage(['.patient.memberId must match pattern "^[A-Z][0-9]{10}$"']));
    expect(read()).toEqual(CORE_EXPECTED);
    nothingFrom('.array-item-toolbox');
    nothingFrom('.MuiList-root');
    expect(mapped().filter((m) => m.field.element.localName === 'button')).toEqual([]);
  });

  it('reads a select TextField with nothing chosen (a zero-width space) as empty', () => {
    page(`<form class="rjsf">${muiSelect('root_drug_frequency', 'Frequency', FREQUENCIES, null)}</form>`);
    expect(read()).toEqual({ 'drug.frequency': '' });
  });
});
