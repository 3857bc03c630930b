import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, nothingFrom, noDuplicatePaths } from '../round5/request';

/**
 * Grails 7 scaffolding with the fields plugin (apache/grails-core at b86be15: grails-fields/grails-app/taglib/grails/
 * plugin/formfields/FormFieldsTagLib.groovy, grails-fields/grails-app/views/templates/_fields/_list.gsp and _table.gsp;
 * grails-gsp/plugin/src/main/groovy/org/grails/plugins/web/taglib/FormTagLib.groovy and UrlMappingTagLib.groovy;
 * grails/scaffolding at b820b51: src/main/templates/scaffolding/create.gsp, edit.gsp, show.gsp, index.gsp):
 * - `f:all` renders each property with renderDefaultField: `div.fieldcontain[.error][.required]` > `label[for=<property>]`
 *   holding the label and, when required, `span.required-indicator` "*", then the widget: `g:field` inputs
 *   (`input[type=text|number][name][value][required=""][id=<name>]`; a BigDecimal's type is "number decimal", as
 *   getDefaultNumberType writes it; `readonly=""` when not editable), `g:select` for inList strings (blank option
 *   `option[value=""]` when not required), many-to-one `select#drug[name="drug.id"]` (option values are ids, texts the
 *   records' toString; `option[value=null]` blank when not required), many-to-many `select[multiple]`, a one-to-many
 *   `ul > li > a` list of the records plus an "Add PriorTherapy" link.
 * - `g:datePicker` (renderDateTimeInput, precision "day" for a LocalDate): five labels hidden by inline style ("Day",
 *   "Month", "Year", "Hour", "Minute"), `input[type=hidden][name=<name>][value="date.struct"]`, then
 *   `select#<name>_day[aria-labelledby="<name> <name>_day"]` (1-31), `_month` (January…December, values 1-12),
 *   `_year` (year+100 down to year-100); a date not required gets a blank first option in each. A LocalDateTime's
 *   (precision "minute") adds `_hour` (00-23) then " :" and `_minute` (00-59).
 * - An embedded property (renderEmbeddedProperties, views/layouts/_fields/embedded.gsp): `fieldset.embedded.<type> >
 *   legend` then its properties' wrappers, their names, ids and label `for` prefixed `<property>.`.
 * - `g:checkBox` for a Boolean: `input[type=hidden][name=_<name>]` then `input[type=checkbox][name][checked][id]`.
 * - Errors: `ul.errors[role=alert] > li[data-field-id]` messages above the form; the field's wrapper classed `error`.
 * - The index view's `f:table`: `table > thead > tr > th.sortable[.sorted.asc] > a` (g:sortableColumn), `tbody >
 *   tr.even|odd > td` (the first cell a link to the record), then `div.pagination` (`span.currentStep`, `a.step`,
 *   `a.nextLink`). The show view's `f:display`: `ol.property-list.<bean>` > `li.fieldcontain > span#<p>-label.
 *   property-label` + `div.property-value[aria-labelledby]`, and a DELETE form holding only its buttons.
 */

const wrap = (prop: string, label: string, widget: string, o: { required?: boolean; error?: boolean } = {}) =>
  `<div class="fieldcontain${o.error ? ' error' : ''}${o.required ? ' required' : ''}"><label for="${prop}">${label}${o.required ? '<span class="required-indicator">*</span>' : ''}</label>${widget}</div>`;

type F = { required?: boolean; error?: boolean; readonly?: boolean; type?: string };
const input = (prop: string, label: string, value: string, o: F = {}) =>
  wrap(
    prop,
    label,
    `<input type="${o.type ?? 'text'}" name="${prop}" value="${value}"${o.required ? ' required=""' : ''}${o.readonly ? ' readonly=""' : ''} id="${prop}" />`,
    o,
  );

const select = (prop: string, label: string, chosen: string | null, options: string[], o: F = {}) =>
  wrap(
    prop,
    label,
    `<select name="${prop}"${o.required ? ' required=""' : ''} id="${prop}" >${o.required ? '' : '<option value=""></option>'}${options
      .map((v) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''} >${v}</option>`)
      .join('')}</select>`,
    o,
  );

/** a many-to-one (single) or many-to-many (multiple) association select, option values the records' ids */
const association = (prop: string, label: string, chosen: string[], options: string[], o: F & { multiple?: boolean } = {}) =>
  wrap(
    prop,
    label,
    `<select name="${o.multiple ? prop : `${prop}.id`}"${o.required ? ' required=""' : ''} id="${prop}"${o.multiple ? ' multiple=""' : ''} >${o.multiple || o.required ? '' : '<option value="null"></option>'}${options
      .map((v, n) => `<option value="${n + 1}"${chosen.includes(v) ? ' selected="selected"' : ''} >${v}</option>`)
      .join('')}</select>`,
    o,
  );

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** g:datePicker at day precision; `date` null shows the blank options (not required) */
const datePicker = (
  prop: string,
  label: string,
  date: { y: number; m: number; d: number; h?: number; min?: number } | null,
  o: F & { minute?: boolean } = {},
) => {
  const y0 = date?.y ?? 2026;
  const blank = o.required ? '' : `<option value=""${date ? '' : ' selected="selected"'}></option>`;
  const opts = (list: [string, string][], chosen: string | undefined) =>
    list.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${t}</option>`).join('\n');
  const sel = (part: string, body: string) =>
    `<select name="${prop}_${part}" id="${prop}_${part}" aria-labelledby="${prop} ${prop}_${part}">${blank}\n${body}\n</select>`;
  const years = Array.from({ length: 201 }, (_, i) => String(y0 + 100 - i));
  return wrap(
    prop,
    label,
    `${['Day', 'Month', 'Year', 'Hour', 'Minute'].map((p) => `<label style="display:none;" for="${prop}_${p.toLowerCase()}" id="label_${prop}_${p.toLowerCase()}">${p}</label>`).join('\n')}
<input type="hidden" name="${prop}" value="date.struct" />
${sel(
  'day',
  opts(
    Array.from({ length: 31 }, (_, i) => [String(i + 1), String(i + 1)]),
    date ? String(date.d) : undefined,
  ),
)}
${sel(
  'month',
  opts(
    MONTHS.map((m, i) => [String(i + 1), m]),
    date ? String(date.m) : undefined,
  ),
)}
${sel(
  'year',
  opts(
    years.map((v) => [v, v]),
    date ? String(date.y) : undefined,
  ),
)}${
      o.minute
        ? `\n${sel(
            'hour',
            opts(
              Array.from({ length: 24 }, (_, i) => [String(i).padStart(2, '0'), String(i).padStart(2, '0')]),
              date ? String(date.h).padStart(2, '0') : undefined,
            ),
          )} :\n${sel(
            'minute',
            opts(
              Array.from({ length: 60 }, (_, i) => [String(i).padStart(2, '0'), String(i).padStart(2, '0')]),
              date ? String(date.min).padStart(2, '0') : undefined,
            ),
          )}`
        : ''
    }`,
    o,
  );
};

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

const therapiesList = () =>
  wrap(
    'priorTherapies',
    'Prior therapies',
    `<ul><li><a href="/priorTherapy/show/11">colchicine 0.6 mg twice daily (01/05/2026 – 06/30/2026): Inadequate response</a></li><li><a href="/priorTherapy/show/12">anakinra 100 mg daily (07/01/2026 – 09/15/2026): Injection-site reactions</a></li></ul><a href="/priorTherapy/create?priorAuthRequest.id=3">Add PriorTherapy</a>`,
  );

const fields = (o: { errors?: boolean } = {}) =>
  `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true, readonly: true })}${datePicker('dateOfBirth', 'Date of birth', { y: 1988, m: 3, d: 14 }, { required: true })}${input('weightKg', 'Weight (kg)', '72', { type: 'number decimal', required: true })}${association('diagnoses', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multiple: true })}${association('drug', 'Drug name', [ILARIS['drug.name']], DRUGS, { required: true })}${input('hcpcs', 'HCPCS code', 'J0638', { required: true })}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('doseMg', 'Dose (mg)', '150', { type: 'number decimal', required: true })}${input('billingUnits', 'Billing units', '150', { type: 'number', required: true })}${select('frequency', 'Frequency', 'Every 4 weeks', FREQS, { required: true })}${input('crpValue', 'CRP (mg/L)', '24', { type: 'number decimal' })}${datePicker('crpDate', 'CRP collection date', { y: 2026, m: 11, d: 2 })}${therapiesList()}${input('prescriberNpi', 'Prescriber NPI', o.errors ? '' : ILARIS['prescriber.npi'], { required: true, error: o.errors })}`;

const layout = (body: string) =>
  `<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><a class="navbar-brand" href="/">PA Portal</a></nav><div id="content" role="main"><div class="container">${body}</div></div><div class="footer" role="contentinfo"></div>`;

const nav = (links: string) =>
  `<section class="row"><a href="#edit-priorAuthRequest" class="skip" tabindex="-1">Skip to content&hellip;</a><div class="nav" role="navigation"><ul><li><a class="home" href="/">Home</a></li>${links}</ul></div></section>`;

const editPage = (body: string, errors: [string, string][] = []) =>
  layout(
    `${nav('<li><a href="/priorAuthRequest/index" class="list">PriorAuthRequest List</a></li><li><a href="/priorAuthRequest/create" class="create">New PriorAuthRequest</a></li>')}<section class="row"><div id="edit-priorAuthRequest" class="col-12 content scaffold-edit" role="main"><h1>Edit PriorAuthRequest</h1>${
      errors.length ? `<ul class="errors" role="alert">${errors.map(([f, m]) => `<li data-field-id="${f}">${m}</li>`).join('')}</ul>` : ''
    }<form action="/priorAuthRequest/update/3" method="post" ><input type="hidden" name="_method" value="PUT" id="_method" /><input type="hidden" name="version" value="0" id="version" /><fieldset class="form">${body}</fieldset><fieldset class="buttons"><input class="save" type="submit" value="Update" /></fieldset></form></div></section>`,
  );

/** the split dates read as the reader writes a split date (month/day/year, by the parts' digits: lib/dom/values.ts) */
const REQUEST = { ...ISO_REQUEST, 'patient.dob': '3/14/1988', 'labs.crpDate': '11/2/2026' };

describe('Grails scaffolding with the fields plugin: f:all, g:datePicker, g:select, f:table, f:display', () => {
  it('reads the full Ilaris request from a scaffolded edit view, its split dates by their parts and nothing from the hasMany links', () => {
    page(editPage(fields()));
    expect(read()).toEqual(REQUEST);
    noDuplicatePaths();
  });

  it('reads a g:datePicker as its day, month and year, not named by its hidden "Day"…"Minute" labels', () => {
    page(
      editPage(
        `${datePicker('dateOfBirth', 'Date of birth', { y: 1988, m: 3, d: 14 }, { required: true })}${datePicker('crpDate', 'CRP collection date', { y: 2026, m: 11, d: 2 })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'labs.crpDate': '11/2/2026' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads a g:datePicker left on its blank options (not required) as empty', () => {
    page(
      editPage(`${input('crpValue', 'CRP (mg/L)', '24', { type: 'number decimal' })}${datePicker('crpDate', 'CRP collection date', null)}`),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '' });
  });

  it('reads an inList g:select and a many-to-one select on their blank options as empty, a many-to-many with none chosen as empty', () => {
    page(
      editPage(
        `${association('diagnoses', 'ICD-10 codes', [], CODES, { multiple: true })}${association('drug', 'Drug name', [], DRUGS)}${select('frequency', 'Frequency', null, FREQS)}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '', 'drug.name': '', 'drug.frequency': '' });
  });

  it('reads the fields of a form sent back with errors as they hold, the errors list naming and filling nothing', () => {
    page(
      editPage(
        `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${input('weightKg', 'Weight (kg)', '', { type: 'number decimal', required: true, error: true })}${input('prescriberNpi', 'Prescriber NPI', '', { required: true, error: true })}`,
        [
          ['weightKg', 'Property [weightKg] of class [class pa.PriorAuthRequest] cannot be null'],
          [
            'prescriberNpi',
            'Property [prescriberNpi] of class [class pa.PriorAuthRequest] with value [12345] does not match the required pattern [\\d{10}]',
          ],
        ],
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '', 'prescriber.npi': '' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads nothing from a scaffolded index view: the f:table of past requests and its pagination', () => {
    const cols = [
      ['memberId', 'Member ID'],
      ['drug', 'Drug name'],
      ['doseMg', 'Dose (mg)'],
      ['crpDate', 'CRP collection date'],
      ['prescriberNpi', 'Prescriber NPI'],
    ];
    const rows = [
      ['U4829163702', 'Kineret (anakinra)', '100', '2026-09-01', '1992753880'],
      ['U7710042199', 'Ilaris (canakinumab)', '300', '2026-08-12', '1234567893'],
    ];
    page(
      layout(
        `${nav('<li><a href="/priorAuthRequest/create" class="create">New PriorAuthRequest</a></li>')}<section class="row"><div id="list-priorAuthRequest" class="col-12 content scaffold-list" role="main"><h1>PriorAuthRequest List</h1><table><thead><tr>${cols
          .map(
            ([p, t], n) =>
              `<th class="sortable${n === 0 ? ' sorted asc' : ''}" ><a href="/priorAuthRequest/index?sort=${p}&amp;max=10&amp;order=${n === 0 ? 'desc' : 'asc'}">${t}</a></th>`,
          )
          .join('')}</tr></thead><tbody>${rows
          .map(
            (r, n) =>
              `<tr class="${n % 2 ? 'odd' : 'even'}">${r.map((c, k) => `<td>${k === 0 ? `<a href="/priorAuthRequest/show/${n + 7}">${c}</a>` : c}</td>`).join('')}</tr>`,
          )
          .join(
            '',
          )}</tbody></table><div class="pagination"><span class="currentStep">1</span><a href="/priorAuthRequest/index?offset=10&amp;max=10" class="step">2</a><a href="/priorAuthRequest/index?offset=10&amp;max=10" class="nextLink">Next</a></div></div></section>`,
      ),
    );
    expect(read()).toEqual({});
  });

  it('reads nothing from a show view: its read-only property list and DELETE form', () => {
    const props = [
      ['memberId', 'Member ID', ILARIS['patient.memberId']],
      ['dateOfBirth', 'Date of birth', '1988-03-14'],
      ['drug', 'Drug name', `<a href="/drug/show/1">${ILARIS['drug.name']}</a>`],
      ['doseMg', 'Dose (mg)', '150'],
      ['frequency', 'Frequency', 'Every 4 weeks'],
      [
        'diagnoses',
        'ICD-10 codes',
        '<ul><li><a href="/diagnosis/show/1">M04.1</a></li><li><a href="/diagnosis/show/2">M06.1</a></li></ul>',
      ],
      ['prescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi']],
    ];
    page(
      layout(
        `<section class="row"><div id="show-priorAuthRequest" class="col-12 content scaffold-show" role="main"><h1>Show PriorAuthRequest</h1><ol class="property-list priorAuthRequest">${props
          .map(
            ([p, l, v]) =>
              `<li class="fieldcontain"><span id="${p}-label" class="property-label">${l}</span><div class="property-value" aria-labelledby="${p}-label">${v}</div></li>`,
          )
          .join(
            '',
          )}</ol><form action="/priorAuthRequest/delete/3" method="post" ><input type="hidden" name="_method" value="DELETE" id="_method" /><fieldset class="buttons"><a href="/priorAuthRequest/edit/3" class="edit">Edit</a><input class="delete" type="submit" value="Delete" onclick="return confirm('Are you sure?');" /></fieldset></form></div></section>`,
      ),
    );
    expect(read()).toEqual({});
    nothingFrom('ol.property-list');
  });

  it('reads a minute-precision g:datePicker (a LocalDateTime) as its date, its hour and minute claiming nothing', () => {
    page(
      editPage(
        `${input('crpValue', 'CRP (mg/L)', '24', { type: 'number decimal' })}${datePicker('crpCollectedAt', 'CRP collected at', { y: 2026, m: 11, d: 2, h: 9, min: 5 }, { required: true, minute: true })}${input('weightKg', 'Weight (kg)', '72', { type: 'number decimal' })}${input('doseMg', 'Dose (mg)', '150', { type: 'number decimal' })}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '11/2/2026', 'patient.weight': '72', 'drug.dose': '150' });
  });

  it('reads a g:checkBox for a Boolean as Yes, not confused by its hidden _field marker', () => {
    page(
      editPage(
        `${wrap('colchicineContraindicated', 'Colchicine contraindicated', '<input type="hidden" name="_colchicineContraindicated" /><input type="checkbox" name="colchicineContraindicated" checked="checked" id="colchicineContraindicated"  />')}${input('prescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'clinical.colchicineContraindicated': 'Yes', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads embedded properties (fieldset.embedded with its legend) by their prefixed names and their own labels', () => {
    const embedded = (type: string, legend: string, body: string) =>
      `<fieldset class="embedded ${type}"><legend>${legend}</legend>${body}</fieldset>`;
    page(
      editPage(
        `${embedded('patient', 'Patient', `${input('patient.memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${datePicker('patient.dateOfBirth', 'Date of birth', { y: 1988, m: 3, d: 14 }, { required: true })}${input('patient.weightKg', 'Weight (kg)', '72', { type: 'number decimal' })}`)}${embedded('lab', 'Lab', `${input('lab.crpValue', 'CRP (mg/L)', '24', { type: 'number decimal' })}${datePicker('lab.crpDate', 'Collection date', { y: 2026, m: 11, d: 2 })}`)}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': '3/14/1988',
      'patient.weight': '72',
      'labs.crpValue': '24',
      'labs.crpDate': '11/2/2026',
    });
  });
});
