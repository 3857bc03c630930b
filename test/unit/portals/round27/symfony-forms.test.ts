import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Symfony 7.1 forms rendered by the Twig bridge (symfony/twig-bridge@bf70e26: Resources/views/Form/
 * bootstrap_5_layout.html.twig, bootstrap_base_layout.html.twig, form_div_layout.html.twig; symfony/form@7a48dda:
 * Extension/Core/Type/DateType.php, CollectionType.php, NumberType.php), for a `PaRequestType` (block prefix
 * `pa_request`), locale en:
 * - form_row (bootstrap 5): `div.mb-3` > `label.form-label.required[for=pa_request_<name>]` + the widget (`form-control`,
 *   `form-select`; `required="required"`, `aria-describedby=<id>_help` when helped) + `div#<id>_help.form-text.mb-0
 *   .help-text` + per error `div.invalid-feedback.d-block` (the widget classed `is-invalid`); no asterisk text.
 * - A compound field's row is a `fieldset.mb-3` > `legend.col-form-label.required` (no `for`).
 * - DateType widget "choice": `div#<id>` > `div.visually-hidden` of the Year/Month/Day labels > `div.input-group` of
 *   the selects in date_pattern order (en MEDIUM "MMM d, y" stripped to `{{ month }}{{ day }}{{ year }}`), months
 *   labelled "Jan"…, required so no placeholder option; widget "single_text" (html5): `input[type=date]` ISO.
 * - NumberType: `input[type=text]` (html5 false); IntegerType: `input[type=number]`.
 * - ChoiceType expanded: `div#<id>` of `div.form-check` > `input.form-check-input` + `label.form-check-label[for]`
 *   (radios `required="required"` and labels classed `required`; checkboxes named `<name>[]`, not required).
 * - CollectionType (allow_add, prototype): `fieldset.mb-3` > legend + `div#pa_request_priorTherapies[data-prototype]`
 *   holding the escaped form_row of the `__name__` entry (legend "__name__label__"); each entry a `fieldset.mb-3`
 *   legended by its index ("0", "1") around its own rows; or, as the "How to Embed a Collection of Forms" docs
 *   draw it, a `ul[data-index][data-prototype]` of `li`s each holding `form_widget(entry)` and a delete button the
 *   page adds. Plus the hidden `_token` and the submit button row.
 * - form_div_layout (no theme): `div` > `label.required[for]`, `ul > li` errors, the widget, `div.help-text`.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
type R = { help?: string; error?: string; required?: boolean };
const P = 'pa_request';
const input = (id: string, name: string, value: string, o: R & { type?: string } = {}) =>
  `<input type="${o.type ?? 'text'}" id="${id}" name="${name}"${o.required === false ? '' : ' required="required"'}${o.help ? ` aria-describedby="${id}_help"` : ''} class="form-control${o.error ? ' is-invalid' : ''}" ${value ? `value="${value}" ` : ''}/>`;
const rowOf = (id: string, label: string, widget: string, o: R = {}) =>
  `<div class="mb-3"><label for="${id}" class="form-label${o.required === false ? '' : ' required'}">${label}</label>${widget}${o.help ? `<div id="${id}_help" class="form-text mb-0 help-text">${o.help}</div>` : ''}${o.error ? `<div class="invalid-feedback d-block">${o.error}</div>` : ''}</div>`;
/** a simple field's row: `key` is the property (`pa_request_<key>`, `pa_request[<key>]`) */
const row = (key: string, label: string, value: string, o: R & { type?: string } = {}) =>
  rowOf(`${P}_${key}`, label, input(`${P}_${key}`, `${P}[${key}]`, value, o), o);
const compound = (label: string, widget: string, o: R = {}) =>
  `<fieldset class="mb-3"><legend class="col-form-label${o.required === false ? '' : ' required'}">${label}</legend>${widget}${o.error ? `<div class="invalid-feedback d-block">${o.error}</div>` : ''}</fieldset>`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const sel = (id: string, name: string, options: [number, string][], chosen: number) =>
  `<select id="${id}" name="${name}" class="form-select">${options.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${t}</option>`).join('')}</select>`;
/** DateType with widget "choice", years range(1920, 2026) */
const dateChoice = (key: string, label: string, y: number, m: number, d: number) => {
  const id = `${P}_${key}`;
  const part = (p: string, opts: [number, string][], v: number) => sel(`${id}_${p}`, `${P}[${key}][${p}]`, opts, v);
  return compound(
    label,
    `<div id="${id}"><div class="visually-hidden"><label for="${id}_year" class="form-label required">Year</label><label for="${id}_month" class="form-label required">Month</label><label for="${id}_day" class="form-label required">Day</label></div><div class="input-group">${part(
      'month',
      MONTHS.map((t, i) => [i + 1, t]),
      m,
    )}${part(
      'day',
      Array.from({ length: 31 }, (_, i) => [i + 1, String(i + 1)]),
      d,
    )}${part(
      'year',
      Array.from({ length: 107 }, (_, i) => [1920 + i, String(1920 + i)]),
      y,
    )}</div></div>`,
  );
};
/** ChoiceType expanded: checkboxes (multiple) or radios */
const expanded = (key: string, label: string, choices: [string, string][], chosen: string[], multiple: boolean) => {
  const id = `${P}_${key}`;
  return compound(
    label,
    `<div id="${id}">${choices
      .map(
        ([v, t], i) =>
          `<div class="form-check"><input type="${multiple ? 'checkbox' : 'radio'}" id="${id}_${i}" name="${P}[${key}]${multiple ? '[]' : ''}"${multiple ? '' : ' required="required"'} class="form-check-input" value="${v}"${chosen.includes(v) ? ' checked="checked"' : ''} /><label class="form-check-label${multiple ? '' : ' required'}" for="${id}_${i}">${t}</label></div>`,
      )
      .join('')}</div>`,
  );
};
const CODES: [string, string][] = ['M04.1', 'M06.1', 'M04.8'].map((c) => [c, c]);
const FREQ: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
  ['once', 'Once'],
];
const drugSelect = (chosen: string) =>
  rowOf(
    `${P}_drugName`,
    'Drug name',
    `<select id="${P}_drugName" name="${P}[drugName]" required="required" class="form-select"><option value=""${chosen ? '' : ' selected="selected"'}>Choose a drug</option>${[
      'Ilaris (canakinumab)',
      'Kineret (anakinra)',
    ]
      .map((t) => `<option value="${t}"${t === chosen ? ' selected="selected"' : ''}>${t}</option>`)
      .join('')}</select>`,
  );

const KEYS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
const LABELS = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' };
/** one collection entry (TherapyType, dates single_text) as form_row renders it */
const entry = (n: string, label: string, i: 0 | 1 | null) => {
  const id = `${P}_priorTherapies_${n}`;
  return compound(
    label,
    `<div id="${id}">${KEYS.map((k) =>
      rowOf(
        `${id}_${k}`,
        LABELS[k],
        input(`${id}_${k}`, `${P}[priorTherapies][${n}][${k}]`, i === null ? '' : ISO_THERAPIES[`priorTherapies.${i}.${k}`], {
          type: k === 'start' || k === 'stop' ? 'date' : 'text',
          required: k !== 'stop',
        }),
        { required: k !== 'stop' },
      ),
    ).join('')}</div>`,
  );
};
const collection = (entries: (0 | 1)[] = [0, 1]) =>
  compound(
    'Prior therapies',
    `<div id="${P}_priorTherapies" data-prototype="${esc(entry('__name__', '__name__label__', null))}">${entries.map((i) => entry(String(i), String(i), i)).join('')}</div><button type="button" class="btn btn-secondary add_item_link" data-collection-holder-class="priorTherapies">Add a prior therapy</button>`,
  );

const form = (rows: string) =>
  `<main class="container"><h1>New prior authorization</h1><form name="${P}" method="post" action="/requests/new"><div id="${P}">${rows}<div class="mb-3"><button type="submit" id="${P}_save" name="${P}[save]" class="btn-primary btn">Submit request</button></div><input type="hidden" id="${P}__token" name="${P}[_token]" data-controller="csrf-protection" value="4c1a9f0e.Jx2kQ8" /></div></form></main>`;

type O = { therapies?: string; npiError?: boolean; drug?: string; dob?: string };
const whole = (o: O = {}) =>
  form(
    `<h2>Patient</h2>${row('memberId', 'Member ID', ILARIS['patient.memberId'], { help: 'As printed on the member card.' })}${o.dob ?? dateChoice('dateOfBirth', 'Date of birth', 1988, 3, 14)}${row('weight', 'Weight (kg)', '72')}<h2>Diagnosis</h2>${expanded('diagnoses', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], true)}<h2>Medication</h2>${drugSelect(o.drug ?? ILARIS['drug.name'])}${row('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${row('ndc', 'NDC', ILARIS['drug.ndc'])}${row('dose', 'Dose (mg)', '150')}${row('units', 'Billing units', '150', { type: 'number' })}${expanded('frequency', 'Frequency', FREQ, ['q4w'], false)}<h2>Labs</h2>${row('crpValue', 'CRP (mg/L)', '24')}${row('crpDate', 'CRP collection date', '2026-11-02', { type: 'date' })}<h2>Prior therapies</h2>${o.therapies ?? collection()}<h2>Prescriber</h2>${
      o.npiError
        ? row('prescriberNpi', 'Prescriber NPI', '', { error: 'This value should not be blank.' })
        : row('prescriberNpi', 'Prescriber NPI', ILARIS['prescriber.npi'])
    }`,
  );

const WHOLE = {
  ...ILARIS,
  ...ISO_THERAPIES,
  'patient.dob': '3/14/1988',
  'labs.crpDate': '2026-11-02',
  'diagnosis.codes.0': 'M04.1, M06.1',
  'drug.frequency': 'Every 4 weeks',
};

describe('Symfony forms, bootstrap_5_layout: form_row, DateType, expanded ChoiceType, CollectionType', () => {
  it('reads the full Ilaris request with its prior-therapy collection', () => {
    page(whole());
    expect(read()).toEqual(WHOLE);
    // named by the form-label, not the form-text help nor the entry's legend "0"
    expect(field('patient.memberId')?.label).toBe('Member ID');
    expect(field('priorTherapies.0.drug')?.label).toBe('Drug');
    noDuplicatePaths();
  });

  it('reads a DateType of three selects (month, day, year under visually-hidden labels) as one date, M/D/YYYY by their values', () => {
    page(form(dateChoice('dateOfBirth', 'Date of birth', 1988, 3, 14)));
    expect(read()).toEqual({ 'patient.dob': '3/14/1988' });
  });

  it("reads a collection drawn as the docs do: a ul[data-prototype] of li, each the entry's form_widget", () => {
    const widget = (n: string, i: 0 | 1 | null) => {
      const id = `${P}_priorTherapies_${n}`;
      return `<div id="${id}">${KEYS.map((k) =>
        rowOf(
          `${id}_${k}`,
          LABELS[k],
          input(`${id}_${k}`, `${P}[priorTherapies][${n}][${k}]`, i === null ? '' : ISO_THERAPIES[`priorTherapies.${i}.${k}`], {
            type: k === 'start' || k === 'stop' ? 'date' : 'text',
            required: k !== 'stop',
          }),
          { required: k !== 'stop' },
        ),
      ).join('')}</div>`;
    };
    const li = (i: 0 | 1) =>
      `<li>${widget(String(i), i)}<button type="button" class="btn btn-outline-danger btn-sm">Delete this therapy</button></li>`;
    page(
      form(
        `${row('memberId', 'Member ID', ILARIS['patient.memberId'])}<h3>Prior therapies</h3><ul class="priorTherapies" data-index="2" data-prototype="${esc(widget('__name__', null))}">${li(0)}${li(1)}</ul><button type="button" class="add_item_link" data-collection-holder-class="priorTherapies">Add a therapy</button>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...ISO_THERAPIES });
  });

  it('reads expanded ChoiceTypes: checkboxes as the ticked codes, radios as the chosen frequency', () => {
    page(
      form(
        `${expanded('diagnoses', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], true)}${expanded('frequency', 'Frequency', FREQ, ['q8w'], false)}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads a collapsed ChoiceType showing its placeholder as empty', () => {
    page(form(drugSelect('')));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('takes nothing from the data-prototype, the CSRF token or the add button', () => {
    page(whole());
    nothingFrom('input[type=hidden]');
    expect(read()).toEqual(WHOLE);
    expect(Object.keys(read()).filter((k) => k.startsWith('priorTherapies.'))).toHaveLength(10);
  });

  it('reads a collection entry added from the prototype (index 2) as a third, empty therapy', () => {
    const added = entry('2', '2', null);
    page(whole({ therapies: collection().replace('</div><button', `${added}</div><button`) }));
    expect(read()).toEqual({ ...WHOLE, ...Object.fromEntries(KEYS.map((k) => [`priorTherapies.2.${k}`, ''])) });
  });

  it('reads a row with its invalid-feedback error as empty, named by its label', () => {
    page(whole({ npiError: true }));
    expect(read()).toEqual({ ...WHOLE, 'prescriber.npi': '' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });
});

describe('Symfony forms, form_div_layout (no theme)', () => {
  it('reads rows of label, error list, widget and help-text', () => {
    const div = (key: string, label: string, value: string, o: R = {}) =>
      `<div><label for="${P}_${key}" class="required">${label}</label>${o.error ? `<ul><li>${o.error}</li></ul>` : ''}<input type="text" id="${P}_${key}" name="${P}[${key}]" required="required"${o.help ? ` aria-describedby="${P}_${key}_help"` : ''} ${value ? `value="${value}" ` : ''}/>${o.help ? `<div id="${P}_${key}_help" class="help-text">${o.help}</div>` : ''}</div>`;
    page(
      `<form name="${P}" method="post"><div id="${P}">${div('memberId', 'Member ID', ILARIS['patient.memberId'], { help: 'As printed on the member card.' })}${div('drugName', 'Drug name', ILARIS['drug.name'])}${div('prescriberNpi', 'Prescriber NPI', '', { error: 'This value should not be blank.' })}<div><button type="submit" id="${P}_save" name="${P}[save]">Save</button></div></div></form>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'], 'prescriber.npi': '' });
  });

  it('reads a DateType of three bare selects under a label with no `for` (a compound row) as one date', () => {
    const id = `${P}_dateOfBirth`;
    const bare = (p: string, opts: [number, string][], v: number) =>
      `<select id="${id}_${p}" name="${P}[dateOfBirth][${p}]">${opts.map(([o, t]) => `<option value="${o}"${o === v ? ' selected="selected"' : ''}>${t}</option>`).join('')}</select>`;
    page(
      `<form name="${P}" method="post"><div id="${P}"><div><label class="required">Date of birth</label><div id="${id}">${bare(
        'month',
        MONTHS.map((t, i) => [i + 1, t]),
        3,
      )}${bare(
        'day',
        Array.from({ length: 31 }, (_, i) => [i + 1, String(i + 1)]),
        14,
      )}${bare(
        'year',
        Array.from({ length: 107 }, (_, i) => [1920 + i, String(1920 + i)]),
        1988,
      )}</div></div><div><label for="${P}_memberId" class="required">Member ID</label><input type="text" id="${P}_memberId" name="${P}[memberId]" required="required" value="${ILARIS['patient.memberId']}" /></div></div></form>`,
    );
    expect(read()).toEqual({ 'patient.dob': '3/14/1988', 'patient.memberId': ILARIS['patient.memberId'] });
  });
});
