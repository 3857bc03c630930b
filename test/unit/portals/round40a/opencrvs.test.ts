import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * OpenCRVS 1.8 (opencrvs/opencrvs-core at 0047cd96: packages/client/src/components/form/FormFieldGenerator.tsx,
 * packages/components/src (1.8.0) InputField/InputField.tsx, InputLabel.tsx, InputDescriptor.tsx, InputError.tsx,
 * TextInput/TextInput.tsx, DateField/DateField.tsx, Select/Select.tsx (react-select 3.2.0, classNamePrefix
 * "react-select"), Radio/RadioGroup.tsx + RadioButton.tsx, Checkbox/CheckboxGroup.tsx + Checkbox.tsx,
 * Content/Content.tsx, ListViewSimplified/ListViewSimplified.tsx; packages/client/src/views/RegisterForm/review/
 * ReviewSection.tsx). styled-components, so the classes below are hashed stand-ins; no `<form>` element, no headings:
 * - FormFieldGenerator: `<section>` of FormItem `div`s; FIELD_GROUP_TITLE is a `div` in the h2 font.
 * - InputField: `div#<id>-form-input` > InputHeader `div` > InputLabel `label#<id>_label[for=<id>]` (label text, required
 *   `span` "&nbsp;*", the helper text in a `p` INSIDE the label) > ComponentWrapper `span` > control > InputError
 *   `div#<id>_error` > description `p`.
 * - TextInput: `div` > `input[name=<id>][id=<id>][maxlength=250]`.
 * - DateField: `div#<id>` (what the label's `for` names) > three TextInputs `#<id>-dd`, `#<id>-mm`, `#<id>-yyyy`
 *   (`type=number`, placeholders dd / mm / yyyy, no label of their own; day first).
 * - Select (react-select 3, not searchable under 11 options): container `div#<id>` (the label's `for`) >
 *   `.react-select__control` > `.react-select__value-container` > `.react-select__single-value` (or
 *   `.react-select__placeholder` "Select...") + DummyInput `input#react-select-N-input[readonly][tabindex=0]`, then
 *   `.react-select__indicators`; open, the menu `.react-select__menu` is drawn inside the container after the control,
 *   and the A11yText live region `span[aria-live=polite]` (visually hidden by an emotion class) of `p#aria-selection-event`
 *   and `p#aria-context` leads the focused container.
 * - RadioGroup: `div` > `ul` > `div` > `li` > `div` > `input#<name>_<value>[type=radio][role=radio][name]` +
 *   `span` check, then `label[for]` after it.
 * - CheckboxGroup: `div` > `ul` > `label[for=<id><value>]` > `input[type=checkbox][role=checkbox][name=<option label>]`
 *   + `span` + the label text (each box named after its own option).
 * - Review: ListViewSimplified `div#Section_<id>` grid: per answer a `div` > label `div[data-testid=list-view-label]` +
 *   value `div[data-testid=list-view-value] > span#<first word of the label>`, `div[data-testid=list-view-actions] >
 *   button#btn_change_…` "Change", and the mobile copy `div[data-testid=list-view-mobile]` (hidden by CSS on desktop).
 */

type Extra = { required?: boolean; helper?: string; error?: string; description?: string };
const inputField = (id: string, label: string, control: string, o: Extra = {}) =>
  `<div class="sc-gsTCUz bhdaTX"><div id="${id}-form-input"><div class="sc-dlfnbm eRqYlV"><label id="${id}_label" for="${id}" class="sc-hKgILt kcPpdj">${label}${
    o.required ? '<span class="sc-eCssSg jJwYqX">&nbsp;*</span>' : ''
  }${o.helper ? `<p class="sc-jSgupP hTQDAr">${o.helper}</p>` : ''}</label></div><span class="sc-gKsewC">${control}</span>${
    o.error ? `<div id="${id}_error" class="sc-iBPRYJ kYiIDX">${o.error}</div>` : ''
  }${o.description ? `<p class="sc-fubCfw kQlnTd">${o.description}</p>` : ''}</div></div>`;

const textBox = (id: string, value: string, type = 'text') =>
  `<div class="sc-pFZIQ dVnZbC"><input name="${id}" id="${id}" type="${type}" maxlength="250" class="sc-jrAGrp fdqvLh" value="${value}"></div>`;
const text = (id: string, label: string, value: string, o: Extra & { type?: string } = {}) =>
  inputField(id, label, textBox(id, value, o.type), o);

/** DateField from an ISO value (yyyy-mm-dd), as the form keeps it */
const date = (id: string, label: string, iso: string, o: Extra = {}) => {
  const [y = '', m = '', d = ''] = iso ? iso.split('-') : [];
  const seg = (part: string, v: string, extra: string) =>
    `<div class="sc-pFZIQ dVnZbC"><input name="${id}-${part}" id="${id}-${part}" type="number" placeholder="${part}" ${extra} maxlength="${part === 'dd' ? 250 : part === 'mm' ? 2 : 4}" class="sc-jrAGrp sc-kEjbxe fdqvLh jKxBdA" value="${v}"></div>`;
  return inputField(
    id,
    label,
    `<div id="${id}" class="sc-iqHYGH cvBHeP">${seg('dd', d, 'min="1" max="31"')}${seg('mm', m, 'min="1" max="12"')}${seg('yyyy', y, 'min="1900"')}</div>`,
    o,
  );
};

let rs = 0;
/** react-select 3 as OpenCRVS's Select draws it; `open` adds its menu and the focused state */
const select = (id: string, label: string, chosen: string, options: string[], o: Extra & { open?: boolean } = {}) => {
  const n = ++rs;
  const a11y = o.open
    ? '<span aria-live="polite" class="css-1f43avz-a11yText-A11yText"><p id="aria-selection-event">&nbsp;</p><p id="aria-context">&nbsp; option Every 8 weeks focused, 2 of 3. 3 results available. Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.</p></span>'
    : '';
  const shown = chosen
    ? `<div class="react-select__single-value css-1uccc91-singleValue">${chosen}</div>`
    : '<div class="react-select__placeholder css-1wa3eu0-placeholder">Select...</div>';
  const menu = o.open
    ? `<div class="react-select__menu css-26l3qy-menu"><div class="react-select__menu-list css-11unzgr">${options
        .map(
          (v, i) =>
            `<div class="react-select__option${v === 'Every 8 weeks' ? ' react-select__option--is-focused' : ''}${v === chosen ? ' react-select__option--is-selected' : ''} css-yt9ioa-option" id="react-select-${n}-option-${i}" tabindex="-1">${v}</div>`,
        )
        .join('')}</div></div>`
    : '';
  return inputField(
    id,
    label,
    `<div class="sc-jcVebW hyYFwp css-2b097c-container" id="${id}">${a11y}<div class="react-select__control${o.open ? ' react-select__control--is-focused react-select__control--menu-is-open' : ''} css-yk16xz-control"><div class="react-select__value-container${chosen ? ' react-select__value-container--has-value' : ''} css-1hwfws3">${shown}<input readonly="" tabindex="0" id="react-select-${n}-input" class="css-62g3xt-dummyInput" value=""></div><div class="react-select__indicators css-1hb7zxy-IndicatorsContainer"><span class="react-select__indicator-separator css-1okebmr-indicatorSeparator"></span><div aria-hidden="true" class="react-select__indicator react-select__dropdown-indicator css-tlfecz-indicatorContainer"><svg width="16" height="16" viewBox="0 0 256 256" fill="#5E6163"><path d="M215.39 92.94"></path></svg></div></div></div>${menu}</div>`,
    o,
  );
};

const radios = (name: string, label: string, chosen: string, options: string[]) =>
  inputField(
    name,
    label,
    `<div class="sc-hHftDr"><ul class="sc-dmlrTW">${options
      .map(
        (v) =>
          `<div><li class="sc-kfzAmx"><div class="sc-fKFyDc"><input id="${name}_${v.replace(/\s/g, '_')}" role="radio" type="radio" name="${name}" value="${v}"${v === chosen ? ' checked' : ''} class="sc-bkzZxe"><span class="sc-idOhPF"><span></span></span></div><label for="${name}_${v.replace(/\s/g, '_')}" class="sc-cxFLnm">${v}</label></li></div>`,
      )
      .join('')}</ul></div>`,
  );

const checkboxes = (id: string, label: string, chosen: string[], options: string[], o: Extra = {}) =>
  inputField(
    id,
    label,
    `<div class="sc-lmoLKH"><ul class="sc-cTkwdZ">${options
      .map(
        (v) =>
          `<label for="${id}${v}" class="sc-jNMdTA"><input id="${id}${v}" role="checkbox" size="16" type="checkbox" name="${v}" value="${v}"${chosen.includes(v) ? ' checked' : ''} class="sc-bYoBSM"><span class="sc-kLwhqv">${chosen.includes(v) ? '<svg width="13" height="10" viewBox="0 0 13 10"><path d="M1 5l4 4 7-8"></path></svg>' : ''}</span>${v}</label>`,
      )
      .join('')}</ul></div>`,
    o,
  );

const groupTitle = (t: string) => `<div class="sc-eCApnc fSNdYT">${t}</div>`;
const formItems = (...fields: string[]) => `<section>${fields.join('')}</section>`;
/** RegisterForm's page: Content with its title `div#content-name`, the generated fields, the Continue button */
const content = (title: string, body: string) =>
  `<div id="root"><div class="sc-bdnxRM"><div class="sc-AzgDb"><div class="sc-fFubgz"><div class="sc-bkbkJK"><div class="sc-dIUggk"><div id="content-name" class="sc-hiSbYr">${title}</div></div></div></div><div class="sc-fodVxV"><div class="sc-hBEYos">${body}</div></div><div class="sc-fFeiMQ"><div class="sc-bqyKva"><button id="next_section" type="button" class="sc-dQppl">Continue</button></div></div></div></div></div>`;

const THERAPY_LABELS = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' } as const;
const THERAPY_ISO = { start: ['2026-01-05', '2026-07-01'], stop: ['2026-06-30', '2026-09-15'] } as const;
const therapy = (i: 0 | 1) =>
  [
    groupTitle(`Prior therapy ${i + 1}`),
    ...(['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) =>
      k === 'start' || k === 'stop'
        ? date(`therapy${i}${k}`, THERAPY_LABELS[k], THERAPY_ISO[k][i])
        : text(`therapy${i}${k}`, THERAPY_LABELS[k], THERAPIES[`priorTherapies.${i}.${k}`]),
    ),
  ].join('');

const CODES = ['M04.1', 'M06.1', 'M04.8'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('OpenCRVS 1.8: FormFieldGenerator, DateField, react-select Select, RadioGroup, CheckboxGroup, review list', () => {
  // misread: no diagnosis.codes.0 or priorTherapies.*: the FIELD_GROUP_TITLE divs "Prior therapy 1/2" head no
  // section, the CheckboxGroup's boxes (each named after its option) form no group
  it.fails('reads the full Ilaris request', () => {
    page(
      content(
        'Prior authorization request',
        formItems(
          groupTitle('Member'),
          text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true }),
          date('dob', 'Date of birth', '1988-03-14', { required: true }),
          text('weight', 'Weight (kg)', '72', { type: 'number' }),
          groupTitle('Diagnosis'),
          checkboxes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES),
          groupTitle('Medication'),
          select('drugName', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
          text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs']),
          text('ndc', 'NDC', ILARIS['drug.ndc']),
          text('dose', 'Dose (mg)', '150', { type: 'number' }),
          text('units', 'Billing units', '150', { type: 'number' }),
          select('frequency', 'Frequency', 'Every 4 weeks', FREQ),
          groupTitle('Labs'),
          text('crp', 'CRP (mg/L)', '24', { type: 'number' }),
          date('crpDate', 'CRP collection date', '2026-11-02'),
          therapy(0),
          therapy(1),
          groupTitle('Prescriber'),
          text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }),
        ),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  // misread: no priorTherapies.*: the FIELD_GROUP_TITLE divs "Prior therapy 1/2" head no section (the therapy boxes
  // stay under "Medication", each split date takes its own label as its section), so the repeated boxes claim nothing
  it.fails('reads the prior therapies under their FIELD_GROUP_TITLE divs apart from the requested drug', () => {
    page(
      content(
        'Medication',
        formItems(
          groupTitle('Medication'),
          text('drugName', 'Drug name', ILARIS['drug.name']),
          text('dose', 'Dose (mg)', '150', { type: 'number' }),
          therapy(0),
          therapy(1),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a DateField (dd, mm, yyyy boxes with no labels of their own) as one date, named by the label for its wrapper', () => {
    page(
      content('Member', formItems(text('memberId', 'Member ID', ILARIS['patient.memberId']), date('dob', 'Date of birth', '1988-03-14'))),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
  });

  it('reads an empty DateField (placeholders only) as empty, not the error under it', () => {
    page(
      content(
        'Labs',
        formItems(
          text('crp', 'CRP (mg/L)', '24'),
          date('crpDate', 'CRP collection date', '', { required: true, error: 'Required for registration' }),
        ),
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '' });
  });

  // misread: the label reads 'Prescriber NPI * 10 digits': the required span and the InputDescriptor `p` inside the
  // label are kept in it (the values are right)
  it.fails('names a field by its label without the required asterisk or the helper text inside the label', () => {
    page(
      content(
        'Member',
        formItems(
          text('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true, helper: 'As printed on the insurance card' }),
          text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true, helper: '10 digits' }),
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a Select by its single value, and one showing "Select..." as empty', () => {
    page(
      content(
        'Medication',
        formItems(
          select('drugName', 'Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)']),
          select('frequency', 'Frequency', 'Every 8 weeks', FREQ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads an open Select by its chosen value, not the focused option of its menu or the live region', () => {
    page(
      content(
        'Medication',
        formItems(select('frequency', 'Frequency', 'Once', FREQ, { open: true }), text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.react-select__menu');
  });

  it('reads a CheckboxGroup whose boxes are each named after their option as the chosen codes', () => {
    page(
      content(
        'Diagnosis',
        formItems(checkboxes('icd10', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES), text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])),
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a RadioGroup by its checked option', () => {
    page(
      content(
        'Request',
        formItems(
          radios('requestType', 'Request type', 'Reauthorization', ['Initial authorization', 'Reauthorization']),
          text('memberId', 'Member ID', ILARIS['patient.memberId']),
        ),
      ),
    );
    expect(read()).toEqual({ 'request.type': 'Reauthorization', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('takes no request value from the review list of answers with Change links, only its comments box', () => {
    const item = (section: string, name: string, label: string, value: string) => {
      const actions = `<button id="btn_change_${section}_${name}" type="button" class="sc-lnrBVv">Change</button>`;
      return `<div class="sc-kIeTtH"><div data-testid="list-view-label" class="sc-kHOZwM"><label class="sc-dlVxhl">${label}</label></div><div data-testid="list-view-value" class="sc-hOGkXu"><span id="${label.split(' ')[0]}" class="sc-eJwWfJ">${value}</span></div></div><div data-testid="list-view-actions" class="sc-gSQFLo">${actions}</div><div data-testid="list-view-mobile" class="sc-jHkVzv"><div class="sc-kHOZwM"><label class="sc-dlVxhl">${label}</label></div><div class="sc-bCfvAP">${actions}</div><div class="sc-hOGkXu"><span class="sc-eJwWfJ">${value}</span></div></div>`;
    };
    page(
      `<div id="root"><div class="sc-kstrdz"><div class="sc-hiwPVj"><div id="review_header" class="sc-gWXbKe">Prior authorization request for Ilaris</div><div class="sc-fWCJzd"><div class="sc-jHVexB"><div class="sc-TmcTc">Member</div><div id="Section_member" class="sc-jJEJSO">${item('member', 'memberId', 'Member ID', ILARIS['patient.memberId'])}${item('member', 'dob', 'Date of birth', '14 March 1988')}</div></div><div class="sc-jHVexB"><div class="sc-TmcTc">Medication</div><div id="Section_medication" class="sc-jJEJSO">${item('medication', 'drugName', 'Drug name', ILARIS['drug.name'])}${item('medication', 'dose', 'Dose (mg)', '150')}${item('medication', 'frequency', 'Frequency', 'Every 4 weeks')}</div></div>${inputField(
        'additional_comments',
        'Any comments?',
        `<textarea id="additional_comments" class="sc-kLgntA"></textarea>`,
      )}<div class="sc-dkPtRN"><button id="submit_form" type="button" class="sc-gXRojI">Send for approval</button></div></div></div></div></div>`,
    );
    expect(read()).toEqual({});
    nothingFrom('[id^="Section_"]');
  });
});
