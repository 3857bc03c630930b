import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Nebular 11-13 (akveo/nebular, read through the file index: src/framework/theme/components/select/
 * select.component.html @1e6de7d + select.component.ts (selectButtonClasses: `placeholder` while nothing is
 * chosen) + option.component.ts @9e457b2 (host `nb-option[tabindex=-1]`, class `selected`, a nb-checkbox when
 * multiple), radio/radio.component.html @6fe0a3a, tag/tag.component.ts @e624c4b + tag.component.html @97df523,
 * tag/tag-list.component.ts @2a4c9db + tag-input.directive.ts @58f0db9, stepper/stepper.component.html @027a3b2):
 * - Forms as ngx-admin writes them: `nb-card > nb-card-header + nb-card-body`, `div.form-group > label.label[for]
 *   + input[nbInput]` (host classes `input-full-width size-medium status-basic shape-rectangle nb-transition`).
 * - nb-select: host `nb-select` (appearance/size/status/shape classes) > `button.select-button[type=button]`
 *   (no role, no aria; class `placeholder` while empty) > `span` showing the chosen option's text or the
 *   placeholder + `nb-icon[icon=chevron-down-outline][aria-hidden]` (an svg). A `label[for]` can only point at
 *   the nb-select host, which names nothing. The `nb-option-list` is a portal attached to the cdk overlay
 *   container at the end of body only while open (`div.cdk-overlay-container > div.cdk-overlay-connected-
 *   position-bounding-box > div.cdk-overlay-pane > nb-option-list > ul.option-list > nb-option`); closed, the
 *   empty overlay container stays.
 * - nb-datepicker: `input[nbInput][nbDatepicker]` showing the date in the picker's `format` ("MM/dd/yyyy")
 *   followed by the `nb-datepicker` host (renders nothing in place).
 * - nb-radio-group > nb-radio > `label > input.native-input.visually-hidden[type=radio][name] +
 *   span.radio-circle + span.text`; nb-checkbox likewise `label.label > input.native-input.visually-hidden
 *   [type=checkbox] + span.custom-checkbox(.checked) + span.text`.
 * - nb-tag-list (with nbTagInput): host `[role=listbox][tabindex=0][aria-multiselectable=false]
 *   .nb-tag-list-with-input` > `div.nb-tag-list-tags-wrapper` > `nb-tag[role=option][id=nb-tag-N]
 *   [aria-selected=false]` text + `nb-icon.nb-tag-remove[aria-hidden]` (removable), then `input.nb-tag-input`.
 * - nb-stepper: `div.header` of `div.step(.selected|.completed) > div.label-index + div.label > span`, with
 *   `div.connector` between; `div.step-content` renders only the selected step's template (others are not in
 *   the DOM; `hidden` steps are left out of the header too).
 */

const chevron =
  '<nb-icon icon="chevron-down-outline" pack="nebular-essentials" aria-hidden="true" class="nb-transition"><svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24"><g data-name="Layer 2"><g data-name="chevron-down"><rect width="24" height="24" opacity="0"></rect><path d="M12 15.5a1 1 0 0 1-.71-.29l-4-4a1 1 0 1 1 1.42-1.42L12 13.1l3.3-3.18a1 1 0 1 1 1.38 1.44l-4 3.86a1 1 0 0 1-.68.28z"></path></g></g></svg></nb-icon>';
const close =
  '<nb-icon aria-hidden="true" class="nb-tag-remove size-medium nb-transition" icon="close-outline" pack="nebular-essentials"><svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 24 24"><g data-name="Layer 2"><g data-name="close"><rect width="24" height="24" transform="rotate(180 12 12)" opacity="0"></rect><path d="M13.41 12l4.3-4.29a1 1 0 1 0-1.42-1.42L12 10.59l-4.29-4.3a1 1 0 0 0-1.42 1.42l4.3 4.29-4.3 4.29a1 1 0 0 0 0 1.42 1 1 0 0 0 1.42 0l4.29-4.3 4.29 4.3a1 1 0 0 0 1.42 0 1 1 0 0 0 0-1.42z"></path></g></g></svg></nb-icon>';
const nbInput = 'input-full-width size-medium status-basic shape-rectangle nb-transition';

const input = (id: string, label: string, value: string, o: { placeholder?: string; attrs?: string } = {}) =>
  `<div class="form-group"><label for="${id}" class="label">${label}</label><input nbinput="" fullwidth="" id="${id}" type="text"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.attrs ?? ''} class="${nbInput}" value="${value}"></div>`;
const date = (id: string, label: string, value: string) =>
  `<div class="form-group"><label for="${id}" class="label">${label}</label><input nbinput="" fullwidth="" id="${id}" placeholder="MM/dd/yyyy" class="${nbInput}" value="${value}"><nb-datepicker format="MM/dd/yyyy"></nb-datepicker></div>`;
const select = (id: string, label: string, chosen: string, placeholder = 'Select...', o: { disabled?: boolean } = {}) =>
  `<div class="form-group"><label for="${id}" class="label">${label}</label><nb-select id="${id}" fullwidth="" placeholder="${placeholder}" class="appearance-outline size-medium status-basic shape-rectangle full-width nb-transition"><button type="button" class="select-button${chosen ? '' : ' placeholder'}"${o.disabled ? ' disabled=""' : ''}><span>${chosen || placeholder}</span>${chevron}</button></nb-select></div>`;
const overlay = (options: string[], chosen: string) =>
  `<div class="cdk-overlay-container"><div class="cdk-overlay-connected-position-bounding-box" dir="ltr" style="top: 0px; left: 0px; height: 100%; width: 100%;"><div id="cdk-overlay-0" class="cdk-overlay-pane" style="position: static;"><nb-option-list class="appearance-outline size-medium shape-rectangle status-basic bottom" style="width: 420px;"><ul class="option-list">${options
    .map((o) => `<nb-option tabindex="-1" class="nb-transition${o === chosen ? ' selected' : ''}">${o}</nb-option>`)
    .join('')}</ul></nb-option-list></div></div></div>`;
const radios = (label: string, name: string, chosen: string, options: string[]) =>
  `<div class="form-group"><label class="label">${label}</label><nb-radio-group name="${name}" class="nb-transition">${options
    .map(
      (o) =>
        `<nb-radio class="status-basic nb-transition"><label><input type="radio" class="native-input visually-hidden" name="${name}" value="${o}"${o === chosen ? ' checked' : ''}><span class="radio-circle"></span><span class="text">${o}</span></label></nb-radio>`,
    )
    .join('')}</nb-radio-group></div>`;
const checkbox = (text: string, checked: boolean) =>
  `<nb-checkbox class="status-basic nb-transition"><label class="label"><input type="checkbox" class="native-input visually-hidden"${checked ? ' checked' : ''}><span class="custom-checkbox${checked ? ' checked' : ''}">${checked ? '<nb-icon icon="checkmark-bold-outline" pack="nebular-essentials"><svg viewBox="0 0 16 16"><path d="M6 11.5 2.5 8l1-1L6 9.5 12.5 3l1 1z"></path></svg></nb-icon>' : ''}</span><span class="text">${text}</span></label></nb-checkbox>`;
const tagList = (id: string, label: string, tags: string[]) =>
  `<div class="form-group"><label for="${id}" class="label">${label}</label><nb-tag-list tabindex="0" role="listbox" aria-multiselectable="false" class="nb-tag-list-with-input shape-rectangle size-medium status-basic nb-transition"><div class="nb-tag-list-tags-wrapper">${tags
    .map(
      (t, i) =>
        `<nb-tag role="option" id="nb-tag-${i}" aria-selected="false" class="appearance-filled status-basic size-medium nb-transition">${t}${close}</nb-tag>`,
    )
    .join(
      '',
    )}<input type="text" nbtaginput="" fullwidth="" id="${id}" placeholder="Add code" class="nb-tag-input ${nbInput}" value=""></div></nb-tag-list></div>`;

const card = (title: string, body: string) =>
  `<nb-card class="nb-transition"><nb-card-header>${title}</nb-card-header><nb-card-body>${body}</nb-card-body></nb-card>`;
const app = (body: string, tail = '<div class="cdk-overlay-container"></div>') =>
  `<nb-layout><div class="layout"><div class="layout-container"><div class="content"><div class="columns"><nb-layout-column class="nb-transition"><form novalidate="" class="ng-untouched ng-pristine ng-valid">${body}<button nbbutton="" status="primary" type="submit" class="appearance-filled size-medium shape-rectangle status-primary nb-transition">Submit</button></form></nb-layout-column></div></div></div></div></nb-layout>${tail}`;

const therapy = (i: 0 | 1) =>
  card(
    `Prior therapy ${i + 1}`,
    `${input(`t${i}drug`, 'Drug', THERAPIES[`priorTherapies.${i}.drug`])}${input(`t${i}dose`, 'Dose', THERAPIES[`priorTherapies.${i}.dose`])}${date(`t${i}start`, 'Start date', THERAPIES[`priorTherapies.${i}.start`])}${date(`t${i}stop`, 'Stop date', THERAPIES[`priorTherapies.${i}.stop`])}${input(`t${i}outcome`, 'Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}`,
  );

const stepper = (selected: number, content: string) =>
  `<nb-stepper orientation="horizontal" class="horizontal nb-transition"><div class="header">${['Member', 'Medication', 'Review']
    .map(
      (l, i) =>
        `${i ? `<div class="connector${i <= selected ? ' connector-past' : ''}"></div>` : ''}<div class="step${i === selected ? ' selected' : i < selected ? ' completed' : ''}"><div class="label-index">${i < selected ? '<i class="icon nb-checkmark"></i>' : `<span>${i + 1}</span>`}</div><div class="label"><span>${l}</span></div></div>`,
    )
    .join('')}</div><div class="step-content">${content}</div></nb-stepper>`;

describe('Nebular: nb-card forms, nbInput, nb-select, nb-datepicker, nb-radio-group, nb-tag-list, nb-stepper', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(
        `${card('Member', `${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight (kg)', '72')}`)}
        ${card('Diagnosis', tagList('icd', 'ICD-10 codes', ['M04.1', 'M06.1']))}
        ${card(
          'Medication',
          `${select('drugName', 'Drug name', ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${radios('Frequency', 'frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}
        ${card('Labs', `${input('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`)}
        ${therapy(0)}${therapy(1)}
        ${card('Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a closed nb-select by its button text, its label pointing at the host', () => {
    page(app(`${select('drugName', 'Drug name', ILARIS['drug.name'])}${select('frequency', 'Frequency', 'Every 8 weeks')}`));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads an nb-select showing its placeholder (button classed placeholder) as empty', () => {
    page(app(select('frequency', 'Frequency', '', 'Choose a frequency')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('takes nothing from an open nb-option-list in the cdk overlay container', () => {
    page(
      app(
        `${select('frequency', 'Frequency', 'Once')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        overlay(['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Once'),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Once', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.cdk-overlay-container');
  });

  it('reads a disabled nb-select by its text', () => {
    page(app(select('drugName', 'Drug name', ILARIS['drug.name'], 'Select...', { disabled: true })));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads the nb-tag-list tags as the ICD-10 codes, without their remove icons', () => {
    page(app(tagList('icd', 'ICD-10 codes', ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads an empty nb-tag-list (placeholder only) as empty', () => {
    page(app(tagList('icd', 'ICD-10 codes', [])));
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('names a field by its label, not the status-danger caption under the field before it', () => {
    page(
      app(
        `<div class="form-group"><label for="memberId" class="label">Member ID</label><input nbinput="" fullwidth="" id="memberId" status="danger" class="input-full-width size-medium status-danger shape-rectangle nb-transition" value=""><p class="caption status-danger">Member ID is required!</p></div>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads nb-datepicker inputs in MM/dd/yyyy and a read-only nbInput', () => {
    page(
      app(
        `${date('dob', 'Date of birth', ILARIS['patient.dob'])}${date('crpDate', 'CRP collection date', '')}${input('memberId', 'Member ID', ILARIS['patient.memberId'], { attrs: ' readonly' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads only the selected nb-stepper step, not its header labels, and no nb-checkbox as a request field', () => {
    page(
      app(
        card(
          'Prior authorization',
          stepper(
            1,
            `${input('drugName', 'Drug name', ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${radios('Frequency', 'frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}${checkbox('Request expedited review', true)}<button nbbutton="" nbstepperprevious="" type="button">prev</button><button nbbutton="" nbsteppernext="" type="button">next</button>`,
          ),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'], 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.header');
  });
});
