import { describe, expect, it } from 'vitest';
import { mapped, page, read, units } from '../read';

/**
 * Form.io (formio.js 4.x, bootstrap templates): every component is wrapped in
 * `div.form-group.formio-component.formio-component-<type>.formio-component-<key>` with
 * `label.col-form-label[for=<id>-<key>]`, `div[ref=element]` holding the input, a description in
 * `div.form-text.text-muted` after it and a `div.formio-errors.invalid-feedback` message
 * container (`div.form-text.error` once validated); prefix/suffix as a bootstrap input-group
 * addon; a panel is a `card` with a `card-header` title; selects are Choices.js (`div.choices
 * [role=combobox]` around the native select, which keeps only the chosen option, and a
 * `choices__list--single` item showing it, a cloned search input in the dropdown); a Day is a
 * row of Month select / Day / Year number inputs with their own labels and a hidden input with
 * the assembled value; a DateTime is flatpickr with `altInput` (the real input turned
 * `type=hidden` keeps the id, the visible input flatpickr inserts after it (allowInput: not
 * readonly) has no id, name or label); a DataGrid
 * is `table.datagrid-table` with a header row of the column labels, one row per entry whose
 * components render with their labels hidden (`formio-component-label-hidden`, no label), and
 * an "Add Another" button in the footer.
 */

let seq = 0;
const uid = () => `e${(++seq).toString(36)}q7x`;

/** a component wrapper; `inner` goes inside `div[ref=element]` */
const comp = (type: string, key: string, label: string | null, inner: (id: string) => string, extra = '') => {
  const id = uid();
  return `<div id="${id}" class="form-group has-feedback formio-component formio-component-${type} formio-component-${key}${label === null ? ' formio-component-label-hidden' : ''}" ref="component">
    ${label === null ? '' : `<label class="col-form-label" for="${id}-${key}">${label}</label>`}
    <div ref="element">${inner(`${id}-${key}`)}</div>
    ${extra}
    <div ref="messageContainer" class="formio-errors invalid-feedback"></div>
  </div>`;
};

const input = (id: string, name: string, value: string, numeric = false) =>
  `<input lang="en" class="form-control" type="text"${numeric ? ' inputmode="decimal"' : ''} name="data[${name}]" ref="input" value="${value}" id="${id}">`;

/** a textfield / number field, optionally with an input-group suffix addon */
const text = (key: string, label: string | null, value: string, opts: { suffix?: string; description?: string; name?: string } = {}) =>
  comp(
    opts.suffix ? 'number' : 'textfield',
    key,
    label,
    (id) =>
      opts.suffix
        ? `<div class="input-group">${input(id, opts.name ?? key, value, true)}<div class="input-group-append" ref="suffix"><span class="input-group-text">${opts.suffix}</span></div></div>`
        : input(id, opts.name ?? key, value),
    opts.description ? `<div class="form-text text-muted">${opts.description}</div>` : '',
  );

/** a Choices.js select: the native select keeps only the chosen option */
const choices = (key: string, label: string, chosen: [string, string] | null, all: [string, string][], placeholder = 'Select an option') =>
  comp('select', key, label, (id) => {
    const shown = chosen
      ? `<div class="choices__item choices__item--selectable" data-item data-id="1" data-value="${chosen[0]}" aria-selected="true">${chosen[1]}</div>`
      : `<div class="choices__item choices__placeholder choices__item--selectable" data-item data-id="0" data-value="" aria-selected="true">${placeholder}</div>`;
    return `<div class="choices form-group formio-choices" data-type="select-one" tabindex="0" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="false" dir="ltr">
      <div class="form-control ui fluid selection dropdown" tabindex="-1">
        <select class="form-control choices__input" name="data[${key}]" id="${id}" ref="selectContainer" hidden tabindex="-1" data-choice="active">${
          chosen ? `<option value="${chosen[0]}" selected>${chosen[1]}</option>` : `<option value="" selected>${placeholder}</option>`
        }</select>
        <div class="choices__list choices__list--single">${shown}</div>
      </div>
      <div class="choices__list choices__list--dropdown" aria-expanded="false">
        <input type="text" class="choices__input choices__input--cloned" autocomplete="off" autocapitalize="off" spellcheck="false" role="textbox" aria-autocomplete="list" aria-label="${label}" placeholder="Type to search">
        <div class="choices__list" dir="ltr" role="listbox">${all
          .map(
            ([v, t], i) =>
              `<div class="choices__item choices__item--choice choices__item--selectable${chosen?.[0] === v ? ' is-selected' : ''}" data-select-text="" data-choice data-id="${i + 1}" data-value="${v}" data-choice-selectable id="choices--${id}-item-choice-${i + 1}" role="option">${t}</div>`,
          )
          .join('')}</div>
      </div>
    </div>`;
  });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** a Day component: Month select, Day and Year number inputs, hidden assembled value */
const day = (key: string, label: string, mm: number, dd: number, yyyy: number) => {
  const id = uid();
  return `<div id="${id}" class="form-group has-feedback formio-component formio-component-day formio-component-${key}" ref="component">
    <label class="col-form-label" for="${id}-${key}">${label}</label>
    <div ref="element">
      <div class="input-group row" style="width: 100%">
        <div class="form-group col col-xs-4"><label for="${key}-month" class="">Month</label>
          <div><select class="form-control" ref="month" id="${key}-month"><option value="">Month</option>${MONTHS.map(
            (m, i) => `<option value="${i + 1}"${i + 1 === mm ? ' selected' : ''}>${m}</option>`,
          ).join('')}</select></div></div>
        <div class="form-group col col-xs-3"><label for="${key}-day" class="">Day</label>
          <div><input class="form-control" type="number" step="1" min="1" max="31" ref="day" id="${key}-day" placeholder="Day" value="${dd}"></div></div>
        <div class="form-group col col-xs-5"><label for="${key}-year" class="">Year</label>
          <div><input class="form-control" type="number" step="1" min="1900" max="2030" ref="year" id="${key}-year" placeholder="Year" value="${yyyy}"></div></div>
      </div>
      <input name="data[${key}]" type="hidden" class="form-control" lang="en" value="${String(mm).padStart(2, '0')}/${String(dd).padStart(2, '0')}/${yyyy}" ref="input">
    </div>
    <div ref="messageContainer" class="formio-errors invalid-feedback"></div>
  </div>`;
};

/** a DateTime component after flatpickr attached with altInput */
const datetime = (key: string, label: string, iso: string, shown: string) =>
  comp(
    'datetime',
    key,
    label,
    (id) => `<div class="input-group">
      <input lang="en" class="form-control input" type="hidden" name="data[${key}]" ref="input" value="${iso}" id="${id}">
      <input class="form-control input" placeholder="MM/dd/yyyy" tabindex="0" type="text" value="${shown}">
      <div class="input-group-append" ref="suffix"><span class="input-group-text"><i ref="icon" class="fa fa-calendar" style=""></i></span></div>
    </div>`,
  );

/** a bootstrap panel */
const panel = (title: string, body: string) =>
  `<div class="mb-2 card border"><div class="card-header bg-default" ref="header"><span class="mb-0 card-title" ref="headerTitle">${title}</span></div>
    <div class="card-body" ref="nested-${title.toLowerCase().replace(/\W+/g, '')}">${body}</div></div>`;

/** a DataGrid of prior therapies */
const datagrid = (label: string, cols: [string, string][], rows: string[][]) => {
  const id = uid();
  return `<div id="${id}" class="form-group has-feedback formio-component formio-component-datagrid formio-component-priorTherapies" ref="component">
    <label class="col-form-label" style="">${label}</label>
    <table class="table datagrid-table table-bordered">
      <thead><tr>${cols.map(([, l]) => `<th class="">${l}</th>`).join('')}<th></th></tr></thead>
      <tbody>${rows
        .map(
          (row, r) =>
            `<tr>${cols
              .map(
                ([k], c) => `<td ref="datagrid-priorTherapies">${text(k, null, row[c] ?? '', { name: `priorTherapies][${r}][${k}` })}</td>`,
              )
              .join(
                '',
              )}<td><button type="button" class="btn btn-secondary formio-button-remove-row" ref="datagrid-priorTherapies-removeRow"><i class="fa fa-times-circle-o"></i></button></td></tr>`,
        )
        .join('')}</tbody>
      <tfoot><tr><td colspan="${cols.length + 1}"><button class="btn btn-primary formio-button-add-row" ref="datagrid-priorTherapies-addRow"><i class="fa fa-plus"></i> Add Another</button></td></tr></tfoot>
    </table>
    <div ref="messageContainer" class="formio-errors invalid-feedback"></div>
  </div>`;
};

const form = (body: string) =>
  `<div class="formio-form-wrapper"><div class="formio-form" ref="webform" novalidate><div ref="form-container" role="form">${body}
    <div class="form-group has-feedback formio-component formio-component-button formio-component-submit form-group" ref="component"><button lang="en" class="btn btn-primary btn-md" type="submit" name="data[submit]" ref="button">Submit</button></div>
  </div></div></div>`;

const THERAPY_COLS: [string, string][] = [
  ['drug', 'Drug'],
  ['dose', 'Dose'],
  ['startDate', 'Start date'],
  ['endDate', 'End date'],
  ['outcome', 'Outcome'],
];

describe('Form.io (bootstrap templates)', () => {
  it('reads the whole Ilaris request', () => {
    page(
      form(
        panel('Patient', day('dateOfBirth', 'Date of birth', 3, 2, 1980) + text('weight', 'Weight', '70', { suffix: 'kg' })) +
          panel('Diagnosis', text('icd10Code', 'ICD-10 code', 'M04.1', { description: 'Enter the code without spaces, e.g. M04.1' })) +
          panel(
            'Medication requested',
            text('drugName', 'Drug name', 'Ilaris (canakinumab)') +
              text('hcpcs', 'HCPCS code', 'J0638') +
              text('ndc', 'NDC', '00078-0734-61', { description: '11 digits, 5-4-2' }) +
              text('dose', 'Dose', '150', { suffix: 'mg' }) +
              text('billingUnits', 'Billing units', '150') +
              text('frequency', 'Frequency', 'every 4 weeks') +
              choices(
                'placeOfService',
                'Place of service',
                ['11', 'Office'],
                [
                  ['11', 'Office'],
                  ['19', 'Off-campus outpatient hospital'],
                  ['22', 'On-campus outpatient hospital'],
                ],
              ),
          ) +
          panel(
            'Laboratory results',
            text('crpResult', 'CRP result', '4.5') +
              choices(
                'crpUnit',
                'CRP unit',
                ['mgL', 'mg/L'],
                [
                  ['mgL', 'mg/L'],
                  ['mgdL', 'mg/dL'],
                ],
              ) +
              datetime('crpCollectionDate', 'CRP collection date', '2026-11-12T00:00:00-05:00', '11/12/2026'),
          ) +
          panel(
            'Prior therapies',
            datagrid('Please list all previous medications tried for this diagnosis', THERAPY_COLS, [
              ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
              ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
            ]),
          ) +
          panel('Prescriber', text('prescriberNpi', 'Prescriber NPI', '1234567893')),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '3/2/1980',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '11/12/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
      'prescriber.npi': '1234567893',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('reads number fields with input-group suffix addons as their units', () => {
    page(
      form(
        panel('Patient', text('weight', 'Weight', '70', { suffix: 'kg' })) +
          panel('Medication', text('dose', 'Dose', '150', { suffix: 'mg' })),
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '70', 'drug.dose': '150' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });

  it('does not read a description under a field as the label of the next one', () => {
    page(
      form(
        panel(
          'Medication requested',
          text('ndc', 'NDC', '00078-0734-61', { description: 'Billing units are NDC units, not mg' }) +
            text('dose', 'Dose', '150', { description: 'Frequency: how often, e.g. every 4 weeks' }) +
            text('billingUnits', 'Billing units', '150'),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.ndc': '00078-0734-61', 'drug.dose': '150', 'drug.units': '150' });
  });

  it('does not read a validation message as a label or value', () => {
    page(
      form(
        panel(
          'Medication requested',
          text('hcpcs', 'HCPCS code', 'J0638') +
            comp('textfield', 'dose', 'Dose', (id) => input(id, 'dose', '')).replace(
              '<div ref="messageContainer" class="formio-errors invalid-feedback"></div>',
              '<div ref="messageContainer" class="formio-errors invalid-feedback"><div class="form-text error">Dose is required</div></div>',
            ) +
            text('frequency', 'Frequency', 'every 4 weeks'),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.dose': '', 'drug.frequency': 'every 4 weeks' });
  });

  it('reads a Choices.js select by its chosen item, once', () => {
    page(
      form(
        panel(
          'Medication requested',
          choices(
            'frequency',
            'Frequency',
            ['q4w', 'Every 4 weeks'],
            [
              ['q4w', 'Every 4 weeks'],
              ['q8w', 'Every 8 weeks'],
            ],
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    expect(mapped()).toHaveLength(1);
  });

  // Choices.js keeps the placeholder item as the native select's only option (value "")
  it('reads an unchosen Choices.js select (placeholder item) as empty', () => {
    page(
      form(
        panel(
          'Medication requested',
          choices('placeOfService', 'Place of service', null, [
            ['11', 'Office'],
            ['22', 'On-campus outpatient hospital'],
          ]),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads a Day component (Month select, Day, Year) as one date of birth', () => {
    page(form(panel('Patient', day('dateOfBirth', 'Date of birth', 3, 2, 1980) + text('weight', 'Weight', '70', { suffix: 'kg' }))));
    expect(read()).toEqual({ 'patient.dob': '3/2/1980', 'patient.weight': '70' });
  });

  it('reads a flatpickr DateTime by its visible alternate input', () => {
    page(
      form(
        panel(
          'Laboratory results',
          text('crpResult', 'CRP result', '4.5') +
            datetime('crpCollectionDate', 'CRP collection date', '2026-11-12T00:00:00-05:00', '11/12/2026'),
        ),
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '4.5', 'labs.crpDate': '11/12/2026' });
  });

  it('numbers DataGrid rows by the header labels, without the remove buttons or "Add Another"', () => {
    page(
      form(
        panel(
          'Prior therapies',
          datagrid('Prior therapies', THERAPY_COLS, [
            ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
            ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
            ['', '', '', '', ''],
          ]),
        ) + panel('Prescriber', text('prescriberNpi', 'Prescriber NPI', '1234567893')),
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '01/05/2026',
      'priorTherapies.0.stop': '03/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.start': '04/01/2026',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
      'priorTherapies.2.drug': '',
      'priorTherapies.2.dose': '',
      'priorTherapies.2.start': '',
      'priorTherapies.2.stop': '',
      'priorTherapies.2.outcome': '',
      'prescriber.npi': '1234567893',
    });
  });

  it('reads Radio components (label for a non-existent id, radiogroup labelled by the label id) by the checked option', () => {
    const radio = (key: string, label: string, options: [string, string][], checked: string) => {
      const id = uid();
      return `<div id="${id}" class="form-group has-feedback formio-component formio-component-radio formio-component-${key}" ref="component">
        <label id="l-${id}-${key}" class="col-form-label" for="${id}-${key}">${label}</label>
        <div ref="element"><div class="form-radio radio" role="radiogroup" aria-labelledby="l-${id}-${key}">${options
          .map(
            ([v, t]) =>
              `<div class="form-check" ref="wrapper"><label class="form-check-label label-position-right" for="${id}-${key}-${v}"><input ref="input" name="data[${key}][${id}]" type="radio" class="form-check-input" lang="en" value="${v}" id="${id}-${key}-${v}"${
                v === checked ? ' checked' : ''
              }><span>${t}</span></label></div>`,
          )
          .join('')}</div></div>
        <div ref="messageContainer" class="formio-errors invalid-feedback"></div></div>`;
    };
    const yesNo: [string, string][] = [
      ['yes', 'Yes'],
      ['no', 'No'],
    ];
    page(
      form(
        panel(
          'Clinical information',
          radio('hospitalized', 'Has the patient been hospitalized for a flare?', yesNo, 'yes') +
            radio('continueColchicine', 'Will colchicine be continued?', yesNo, 'no') +
            text('flares12', 'Number of flares in the last 12 months', '4'),
        ),
      ),
    );
    expect(read()).toEqual({
      'clinical.hospitalization': 'Yes',
      'clinical.colchicineContinuing': 'No',
      'clinical.flaresPast12Months': '4',
    });
  });

  it('numbers DataGrid rows whose Outcome column is a Choices.js select', () => {
    const OUTCOMES: [string, string][] = [
      ['inadequate', 'Inadequate response'],
      ['intolerance', 'Intolerance'],
    ];
    const rowHtml = (r: number, drug: string, outcome: [string, string]) =>
      `<tr><td ref="datagrid-priorTherapies">${text('drug', null, drug, { name: `priorTherapies][${r}][drug` })}</td><td ref="datagrid-priorTherapies">${choices(
        'outcome',
        'Outcome',
        outcome,
        OUTCOMES,
      )
        .replace('formio-component-outcome"', 'formio-component-outcome formio-component-label-hidden"')
        .replace(/<label class="col-form-label" for="[^"]+">Outcome<\/label>/, '')}</td></tr>`;
    page(
      form(
        panel(
          'Prior therapies',
          `<div class="form-group has-feedback formio-component formio-component-datagrid formio-component-priorTherapies" ref="component"><label class="col-form-label">Prior therapies</label>
            <table class="table datagrid-table table-bordered"><thead><tr><th class="">Drug</th><th class="">Outcome</th></tr></thead>
            <tbody>${rowHtml(0, 'colchicine', OUTCOMES[0]!)}${rowHtml(1, 'anakinra', OUTCOMES[1]!)}</tbody></table></div>`,
        ),
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'Inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.outcome': 'Intolerance',
    });
  });
});
