import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths } from '../round5/request';

/**
 * Cerner / Oracle Health Terra UI as a prior-authorization form inside an EHR page (read through the file index):
 * - terra-core packages/terra-form-field/src/Field.jsx @85ec98f: `div.field` > `div.label-group` >
 *   `label.label[for=htmlFor]` holding `div.required` "*" before the text, then `div.error-icon-hidden` (the
 *   IconError svg) while valid (`div.error-icon` before the label when invalid); after the control
 *   `div.error-text#<id>-error[tabindex=-1]` and `div.help-text#<id>-help[tabindex=-1]`.
 * - terra-form-input/src/InputField.jsx @484d430 + Input.jsx @483b789: `input.form-input[id][aria-required]`
 *   (`form-error` when invalid), aria-describedby to the help/error ids.
 * - terra-form-select/src/SingleSelectField.jsx @4e96287 (Field htmlFor=selectId, ariaLabel=label) +
 *   single/Frame.jsx @ea67583: `div.select.default#<selectId>[role=combobox][data-terra-select-combobox]
 *   [aria-haspopup=true][aria-labelledby="<label> <display> <placeholder> ids"][tabindex=0]` > hidden
 *   `div.visually-hidden-component` (label + "List of N options…" spans), `div.display[aria-label]` > the chosen
 *   text in `span#<displayId>` or `div.placeholder#<placeholderId>`, `div.toggle` > `span.arrow-icon`, a live span;
 *   the menu only while open.
 * - terra-framework packages/terra-date-picker/src/DatePickerField.jsx @f85bf81 (Field htmlFor=datePickerId) and
 *   DateInput.jsx (4.x, aria-labels "Month"/"Day"/"Year"): `div.date-input-container` > `div.date-input#<id>` >
 *   hidden ISO `input[data-terra-date-input-hidden]`, a VisuallyHiddenText "Date, …", then month / `span.date-spacer`
 *   "/" / day / "/" / year inputs `#<id>-terra-date-picker-month|day|year`, then the icon-only "Open Calendar"
 *   button; `div.format-text[aria-label="Date format: MM/DD/YYYY"]` "(MM/DD/YYYY)" after.
 * - terra-form-checkbox/src/CheckboxField.jsx @c80d883 + Checkbox.jsx @01e5365: `fieldset` > `legend.legend-group` >
 *   `div.legend` (the `*` div aria-hidden + VisuallyHiddenText "Required"), each `div.checkbox > label[for] >
 *   input.native-input + span.label-text`; terra-form-radio's RadioField/Radio draw the same way.
 * - Prior therapies in terra-html-table (`table.table` > thead/tbody) of InputFields with hidden labels
 *   (`isLabelHidden`: `div.label-group.label-group-hidden` keeps the label).
 * CSS-module classes are shown as Terra's build writes them (`Field-module__field___xxxxx`, hashes stand-ins).
 */

const c = (mod: string, ...names: string[]) =>
  names.map((n) => `${mod}-module__${n}___${(mod.length * 7919 + n.length * 31).toString(36)}`).join(' ');
const iconError = `<svg class="${c('IconError', 'IconError')}" data-name="Layer 1" viewBox="0 0 48 48" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"><path d="M24 0a24 24 0 1 0 24 24A24 24 0 0 0 24 0z"></path></svg>`;
const hidden = (text: string) => `<span class="${c('VisuallyHiddenText', 'visually-hidden-text')}">${text}</span>`;

type F = { required?: boolean; error?: string; help?: string; hiddenLabel?: boolean };

const fieldWrap = (id: string, label: string, control: string, o: F = {}) =>
  `<div class="${c('Field', 'field')}"><div class="${c('Field', 'label-group')}${o.hiddenLabel ? ` ${c('Field', 'label-group-hidden')}` : ''}">${o.error ? `<div class="${c('Field', 'error-icon')}">${iconError}</div>` : ''}<label for="${id}" class="${c('Field', 'label')}">${
    o.required ? `<div class="${c('Field', 'required')}">*</div>` : ''
  }${label}</label>${o.error ? '' : `<div class="${c('Field', 'error-icon-hidden')}">${iconError}</div>`}</div>${control}${
    o.error ? `<div tabindex="-1" id="${id}-error" class="${c('Field', 'error-text')}">${o.error}</div>` : ''
  }${o.help ? `<div tabindex="-1" id="${id}-help" class="${c('Field', 'help-text')}">${o.help}</div>` : ''}</div>`;

const inputField = (id: string, label: string, value: string, o: F & { type?: string } = {}) => {
  const describedBy = [o.error ? `${id}-error` : '', o.help ? `${id}-help` : ''].filter(Boolean).join(' ');
  return fieldWrap(
    id,
    label,
    `<input id="${id}" type="${o.type ?? 'text'}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${o.required ? ' aria-required="true" required=""' : ''} class="${c('Input', 'form-input')}${o.error ? ` ${c('Input', 'form-error')}` : ''}" value="${value}">`,
    o,
  );
};

let uid = 0;
const select = (id: string, label: string, chosen: string, total: number, o: F & { placeholder?: string; disabled?: boolean } = {}) => {
  const n = ++uid;
  const ids = {
    label: `terra-select-screen-reader-label-${n}a`,
    display: `terra-select-screen-reader-display-${n}b`,
    placeholder: `terra-select-screen-reader-placeholder-${n}c`,
    desc: `terra-select-screen-reader-description-${n}d`,
  };
  return fieldWrap(
    id,
    label,
    `<div id="${id}"${o.disabled ? '' : ' role="combobox"'}${o.required ? ' aria-required="true"' : ''} data-terra-select-combobox="true" aria-disabled="${!!o.disabled}" aria-expanded="false"${o.disabled ? '' : ' aria-haspopup="true"'} aria-labelledby="${ids.label} ${ids.display} ${ids.placeholder}" aria-describedby="${ids.desc}" class="${c('_Frame', 'select', 'default')}${o.disabled ? ` ${c('_Frame', 'is-disabled')}` : ''}" tabindex="${o.disabled ? -1 : 0}"><div class="${c('_Frame', 'visually-hidden-component')}" hidden=""><span id="${ids.label}">${label}</span><span id="${ids.desc}">List of ${total} options Use up and down arrow keys to navigate through options. Press enter to select an option.</span></div><div class="${c('_Frame', 'display')}" aria-label="${label}">${
      chosen
        ? `<span id="${ids.display}">${chosen}</span>`
        : `<div id="${ids.placeholder}" class="${c('_Frame', 'placeholder')}">${o.placeholder ?? '&nbsp;'}</div>`
    }</div><div data-terra-form-select-toggle="true" class="${c('_Frame', 'toggle')}"><span class="${c('_Frame', 'arrow-icon')}"></span></div><span aria-atomic="true" aria-live="assertive" aria-relevant="additions text" class="${c('_Frame', 'visually-hidden-component')}"></span></div>`,
    o,
  );
};

/** DatePickerField: split MM / DD / YYYY inputs (en-US), hidden ISO input, "Open Calendar" button, format text */
const LONG: Record<string, string> = { '03/14/1988': 'Monday, March 14, 1988', '11/02/2026': 'Monday, November 2, 2026' };
const datePicker = (id: string, label: string, mdy: string, o: F = {}) => {
  const [m = '', d = '', y = ''] = mdy ? mdy.split('/') : [];
  const iso = mdy ? `${y}-${m}-${d}` : '';
  const part = (kind: 'month' | 'day' | 'year', v: string) =>
    `<input name="terra-date-${kind}-${id}" maxlength="${kind === 'year' ? 4 : 2}" size="${kind === 'year' ? 4 : 2}" pattern="\\d*"${o.required ? ' aria-required="true"' : ''} aria-label="${kind[0]!.toUpperCase()}${kind.slice(1)}" aria-describedby="terra-date-picker-description-format-${id}" id="${id}-terra-date-picker-${kind}" type="text" class="${c('Input', 'form-input')} ${c('DatePicker', `date-input-${kind}`)}" value="${v}">`;
  const spacer = `<span class="${c('DatePicker', 'date-spacer')}">/</span>`;
  return fieldWrap(
    id,
    label,
    `<div class=""><div class="${c('DatePicker', 'date-input-container')}"><div class="${c('DatePicker', 'date-input')}" id="${id}"><input data-terra-date-input-hidden="true" type="hidden" name="${id}" value="${iso}">${hidden(mdy ? `Date, ${LONG[mdy] ?? mdy}` : 'Date')}${part('month', m)}${spacer}${part('day', d)}${spacer}${part('year', y)}</div><button data-terra-open-calendar-button="true" type="button" class="${c('Button', 'button', 'neutral', 'compact', 'is-icon-only')} ${c('DatePicker', 'button')}" aria-label="Open Calendar"><span class="${c('Button', 'button-label')}"><span class="${c('Button', 'icon-only')}"><svg class="${c('IconCalendar', 'IconCalendar')}" viewBox="0 0 48 48" aria-hidden="true" focusable="false"><path d="M45 5h-8V0h-3v5H14V0h-3v5H3"></path></svg></span></span></button></div><div id="terra-date-picker-description-format-${id}" class="${c('DatePicker', 'format-text')}" aria-label="Date format: MM/DD/YYYY">(MM/DD/YYYY)</div></div>`,
    o,
  );
};

/** CheckboxField / RadioField: fieldset + legend group, each option's label wrapping its native input */
const choiceField = (kind: 'checkbox' | 'radio', name: string, legend: string, chosen: string[], options: string[], o: F = {}) => {
  const mod = kind === 'checkbox' ? 'CheckboxField' : 'RadioField';
  const item = kind === 'checkbox' ? 'Checkbox' : 'Radio';
  return `<fieldset class="${c(mod, `${kind}-field`)}"><legend id="terra-${kind}-field-description-${name}" class="${c(mod, 'legend-group')}"><div class="${c(mod, 'legend')}">${
    o.required ? `<div aria-hidden="true" class="${c(mod, 'required')}">*</div>${hidden('Required')}` : ''
  }${legend}<span class="${c(mod, 'error-icon-hidden')}"></span></div></legend>${options
    .map(
      (v, i) =>
        `<div class="${c(item, kind)}"><label for="${name}-${i}" class="${c(item, 'label')}"><input aria-describedby="terra-${kind}-field-description-${name}  " type="${kind}" id="${name}-${i}" name="${name}" value="${v}"${chosen.includes(v) ? ' checked=""' : ''} class="${c(item, 'native-input')}"><span class="${c(item, 'label-text')}">${v}</span></label></div>`,
    )
    .join('')}</fieldset>`;
};

/** terra-html-table of InputFields whose labels are hidden (isLabelHidden) */
const therapyTable = (rows: string[][]) =>
  `<table class="${c('HtmlTable', 'table', 'padding-standard')}"><thead class="${c('HtmlTable', 'head')}"><tr class="${c('HtmlTable', 'header-row')}">${[
    'Medication',
    'Dose',
    'Start date',
    'Stop date',
    'Outcome',
  ]
    .map((h) => `<th class="${c('HtmlTable', 'header-cell')}">${h}</th>`)
    .join('')}</tr></thead><tbody class="${c('HtmlTable', 'body')}">${rows
    .map(
      (r, i) =>
        `<tr class="${c('HtmlTable', 'row')}">${r
          .map(
            (v, j) =>
              `<td class="${c('HtmlTable', 'cell')}">${inputField(`therapy-${i}-${j}`, ['Medication', 'Dose', 'Start date', 'Stop date', 'Outcome'][j]!, v, { hiddenLabel: true })}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;

const section = (title: string, body: string) =>
  `<section class="pa-section"><h2 class="${c('SectionHeader', 'title')}">${title}</h2>${body}</section>`;
const ehr = (body: string) =>
  `<div class="${c('ApplicationBase', 'application-base')}"><div class="${c('ApplicationLayout', 'layout')}"><header class="${c('ApplicationHeader', 'header')}"><span>PowerChart</span><span>DOE, JANE - MRN 004418</span></header><main class="${c('ApplicationLayout', 'content')}"><form class="pa-request" novalidate="">${body}<button type="submit" class="${c('Button', 'button', 'emphasis')}"><span class="${c('Button', 'button-label')}"><span class="${c('Button', 'text-only')}">Submit to payer</span></span></button></form></main></div></div>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

const fullPage = () =>
  ehr(
    [
      section(
        'Patient',
        `${inputField('member-id', 'Member ID', ILARIS['patient.memberId'], { required: true })}${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${inputField('weight', 'Weight (kg)', '72', { type: 'number' })}`,
      ),
      section(
        'Diagnosis',
        choiceField('checkbox', 'icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { required: true }),
      ),
      section(
        'Medication',
        `${select('drug-name', 'Drug name', ILARIS['drug.name'], 2)}${inputField('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${inputField('ndc', 'NDC', ILARIS['drug.ndc'], { help: '11 digits, 5-4-2' })}${inputField('dose', 'Dose (mg)', '150', { type: 'number' })}${inputField('units', 'Billing units', '150', { type: 'number' })}${choiceField('radio', 'frequency', 'Frequency', ['Every 4 weeks'], FREQ)}`,
      ),
      section('Labs', `${inputField('crp', 'CRP (mg/L)', '24')}${datePicker('crp-date', 'CRP collection date', ILARIS['labs.crpDate'])}`),
      section('Prior therapies', therapyTable(THERAPY_ROWS)),
      section('Prescriber', inputField('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })),
    ].join(''),
  );

describe('Terra (terra-core / terra-framework) as an EHR-embedded PA form', () => {
  it('reads the full Ilaris request', () => {
    page(fullPage());
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a required InputField by its label, without the required "*" div', () => {
    page(ehr(section('Patient', inputField('member-id', 'Member ID', ILARIS['patient.memberId'], { required: true }))));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('names an invalid InputField by its label, not the error text before the next field', () => {
    page(
      ehr(
        section(
          'Prescriber',
          `${inputField('npi', 'Prescriber NPI', '12345', { required: true, error: 'NPI must be 10 digits' })}${inputField('member-id', 'Member ID', ILARIS['patient.memberId'])}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '12345', 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads a SingleSelect (div role=combobox) by its display span, and its placeholder as empty', () => {
    page(
      ehr(
        section(
          'Medication',
          `${select('drug-name', 'Drug name', ILARIS['drug.name'], 2)}${select('frequency', 'Frequency', '', 3, { placeholder: 'Select a frequency' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  // misread: nothing is read: disabled, the Frame drops its combobox role and tab stop, and a div showing a
  // span of text is no field without them
  it.fails('reads a disabled SingleSelect (no combobox role, out of the tab order) by its display span', () => {
    page(ehr(section('Medication', select('drug-name', 'Drug name', ILARIS['drug.name'], 2, { disabled: true }))));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads the split MM/DD/YYYY DatePicker inputs as one date, not the hidden ISO input', () => {
    page(
      ehr(
        section(
          'Patient',
          `${datePicker('dob', 'Date of birth', ILARIS['patient.dob'])}${datePicker('crp-date', 'CRP collection date', '')}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a required CheckboxField (legend with a hidden "Required") as its checked codes', () => {
    page(
      ehr(
        section(
          'Diagnosis',
          choiceField('checkbox', 'icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'], { required: true }),
        ),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a RadioField by its checked radio', () => {
    page(ehr(section('Medication', choiceField('radio', 'frequency', 'Frequency', ['Every 8 weeks'], FREQ))));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads the therapy table of InputFields with hidden labels under its column headers', () => {
    page(ehr(section('Prior therapies', therapyTable(THERAPY_ROWS))));
    expect(read()).toEqual(THERAPIES);
  });
});
