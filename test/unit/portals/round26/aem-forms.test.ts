import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Adobe AEM Forms adaptive forms core components (adobe/aem-core-forms-components at 82a3dad, HTL templates under
 * ui.af.apps/src/main/content/jcr_root/apps/core/fd/components/): form/container/v2 (`form.cmp-adaptiveform-container`,
 * hidden `:formstart`/`_charset_` inputs, `div#<id>-wrapper.cmp-adaptiveform-container__wrapper.aem-Grid`),
 * form/panelcontainer/v1 responsiveGrid.html (`div.cmp-container` > `div.cmp-container__label-container[role=heading]` >
 * `label.cmp-container__label[for=<panel id>][role=heading]`, then the grid), form/textinput, numberinput, datepicker,
 * dropdown (v1), checkboxgroup and radiobutton (v2: `fieldset` > `legend.__label-container > span.__label`, options
 * `label.__option-label > input + span`), form/accordion/v1 (`cmp-accordion__panel--hidden` on collapsed items, add/remove
 * buttons of a repeatable item), form/wizard/v2 (tabs `li[role=tab]`, panels `div[role=tabpanel]`, the inactive ones
 * hidden by CSS), form/button/v2, af-commons/v1/fieldTemplates (label.html: `label.<bem>__label[for=<id>-widget]`;
 * questionMark.html: an empty `button.__questionmark[title="Help text"]`; shortDescription.html,
 * longDescription.html `[data-cmp-visible=false]`, errorMessage.html: an empty `div.__errormessage[aria-live]` always
 * after the widget). Runtime: ui.frontend/src/view/FormFieldBase.js (aria-describedby, aria-invalid, the error text),
 * datepicker/clientlibs/site/js/datepickerwidget.js (with a display format the widget is cloned as `type="text"`, a
 * `div.cmp-adaptiveform-datepicker__calendar-icon[role=button][aria-label="Open calendar"]` inserted after it, and
 * one `div.datetimepicker.datePickerTarget` per field appended to body: a month grid of `ul[role=row] >
 * li[role=gridcell]`, emptied and `display: none` once closed). Each component sits in its Sling decoration
 * `div.<name>.aem-GridColumn.aem-GridColumn--default--12` (my reading of the responsive grid); ids are stand-ins of the
 * generated `<name>-<hash>` ids.
 */

let n = 0;
const uid = (name: string) => `${name}-${(0x3a1f9c2b7e + ++n * 7919).toString(16)}`;
const col = (name: string, html: string) => `<div class="${name} aem-GridColumn aem-GridColumn--default--12">${html}</div>`;

type Field = { id?: string; help?: string; tooltip?: string; error?: string; required?: boolean; readOnly?: boolean };

const attrs = (bem: string, id: string, o: Field) =>
  `class="${bem}" data-cmp-is="${{ textinput: 'adaptiveFormTextInput', numberinput: 'adaptiveFormNumberInput', datepicker: 'adaptiveFormDatePicker', dropdown: 'adaptiveFormDropDown' }[bem.slice(17)]}" data-cmp-visible="true" data-cmp-enabled="true" data-cmp-required="${!!o.required}" data-cmp-readonly="${!!o.readOnly}" id="${id}" data-cmp-adaptiveformcontainer-path="/content/forms/af/pa-request/jcr:content/guideContainer"${o.error ? ' data-cmp-valid="false"' : ''}`;
const labelBox = (bem: string, id: string, label: string, o: Field) =>
  `<div class="${bem}__label-container"><label for="${id}-widget" class="${bem}__label">${label}</label>${o.help ? `<button class="${bem}__questionmark" aria-expanded="false" title="Help text"></button>` : ''}</div>`;
const tail = (bem: string, id: string, o: Field) =>
  `${o.tooltip ? `<div class="${bem}__shortdescription" id="${id}__shortdescription" aria-live="polite">${o.tooltip}</div>` : ''}${o.help ? `<div class="${bem}__longdescription" id="${id}__longdescription" aria-live="polite" data-cmp-visible="false"><p>${o.help}</p></div>` : ''}<div class="${bem}__errormessage" id="${id}__errormessage" aria-live="assertive">${o.error ?? ''}</div>`;
const described = (id: string, o: Field) => {
  const ids = [o.help && `${id}__longdescription`, o.tooltip && `${id}__shortdescription`, o.error && `${id}__errormessage`].filter(
    Boolean,
  );
  return ` aria-describedby="${ids.join(' ')}"${o.error ? ' aria-invalid="true"' : ' aria-invalid="false"'}`;
};

function input(kind: 'textinput' | 'numberinput', label: string, value: string, o: Field = {}) {
  const bem = `cmp-adaptiveform-${kind}`;
  const id = o.id ?? uid(kind);
  return col(
    kind,
    `<div ${attrs(bem, id, o)}>${labelBox(bem, id, label, o)}<input class="${bem}__widget" id="${id}-widget" type="${kind === 'numberinput' ? 'number' : 'text'}" name="${id.replace(/-.*/, '')}${n}" value="${value}"${o.readOnly ? ' readonly' : ''}${o.required ? ' required' : ''} dir="auto"${described(id, o)}>${tail(bem, id, o)}</div>`,
  );
}
const text = (label: string, value: string, o: Field = {}) => input('textinput', label, value, o);
const num = (label: string, value: string, o: Field = {}) => input('numberinput', label, value, o);

/** a datepicker with a display format (MM/dd/yyyy): the widget's text clone, its icon, and its popup for the end of body */
function date(label: string, value: string, o: Field & { iso?: boolean; open?: [number, number, number] } = {}) {
  const bem = 'cmp-adaptiveform-datepicker';
  const id = o.id ?? uid('datepicker');
  const widget = o.iso
    ? `<input type="date" name="d${n}" class="${bem}__widget" value="${value}" id="${id}-widget"${described(id, o)}>`
    : `<input type="text" name="d${n}" class="${bem}__widget" value="${value}" id="${id}-widget"${o.open ? ' readonly="true"' : ''}${described(id, o)}><div class="${bem}__calendar-icon" tabindex="0" role="button" aria-label="Open calendar"></div>`;
  const [y, m, d] = o.open ?? [0, 0, 0];
  const grid = o.open
    ? `<div class="dp-header"><div class="dp-leftnav" role="button" tabindex="1"></div><div class="dp-caption" role="button" id="dp-caption" tabindex="2" aria-label="March ${y}">March ${y}</div><div class="dp-rightnav" role="button" tabindex="3"></div></div><div class="view dp-monthview" role="grid" aria-labelledby="dp-caption" style="display: block;"><ul class="header" role="row">${['S', 'M', 'T', 'W', 'T', 'F', 'S'].map((w, i) => `<li id="li-h${i}" role="columnheader">${w}</li>`).join('')}</ul><ul role="row">${[d - 1, d, d + 1].map((x) => `<li id="li-${y}-0${m}-${x}" role="gridcell" title="${x} March ${y}" aria-label="${x} March ${y}" tabindex="-1" class="${x === d ? 'dp-selected' : ''}">${x}</li>`).join('')}</ul></div><div class="view dp-yearview" role="grid" aria-labelledby="dp-caption"></div><div class="view dp-yearsetview" role="grid" aria-labelledby="dp-caption"></div>`
    : `<div class="dp-header"><div class="dp-leftnav" role="button" tabindex="1"></div><div class="dp-caption" role="button" id="dp-caption" tabindex="2"></div><div class="dp-rightnav" role="button" tabindex="3"></div></div><div class="view dp-monthview" role="grid" aria-labelledby="dp-caption"></div><div class="view dp-yearview" role="grid" aria-labelledby="dp-caption"></div><div class="view dp-yearsetview" role="grid" aria-labelledby="dp-caption"></div>`;
  const popup = `<div class="datetimepicker datePickerTarget"${o.open ? ' style="display: flex; top: 412px; left: 24px;"' : ' style="display: none; top: 412px; left: 24px;"'}>${grid}<div class="dp-clear"><a tabindex="4">Clear</a></div></div>`;
  return { html: col('datepicker', `<div ${attrs(bem, id, o)}>${labelBox(bem, id, label, o)}${widget}${tail(bem, id, o)}</div>`), popup };
}

function dropdown(label: string, chosen: string, options: string[], o: Field & { placeholder?: string } = {}) {
  const bem = 'cmp-adaptiveform-dropdown';
  const id = o.id ?? uid('dropdown');
  const opts = options
    .map((v, i) => `<option value="${i}" class="${bem}__option"${v === chosen ? ' selected' : ''}>${v}</option>`)
    .join('');
  return col(
    'dropdown',
    `<div ${attrs(bem, id, o)}>${labelBox(bem, id, label, o)}<select class="${bem}__widget" id="${id}-widget" name="s${n}"${o.readOnly ? ' disabled aria-readonly="true"' : ''}${described(id, o)}>${o.placeholder ? `<option value="" disabled${chosen ? '' : ' selected'}>${o.placeholder}</option>` : `<option disabled${chosen ? '' : ' selected'}></option>`}${opts}</select>${tail(bem, id, o)}</div>`,
  );
}

function group(kind: 'checkboxgroup' | 'radiobutton', label: string, chosen: string[], options: string[], o: Field = {}) {
  const bem = `cmp-adaptiveform-${kind}`;
  const id = o.id ?? uid(kind);
  const item = kind === 'checkboxgroup' ? `${bem}-item ${kind}${n}` : `${bem}__option`;
  return col(
    kind,
    `<fieldset class="${bem} ${bem}--v2" data-cmp-is="adaptiveForm${kind === 'checkboxgroup' ? 'CheckBoxGroup' : 'RadioButton'}" id="${id}" data-cmp-visible="true" data-cmp-enabled="true" data-cmp-required="false" data-cmp-readonly="false"><legend class="${bem}__label-container"><span class="${bem}__label">${label}</span></legend><div class="${bem}__widget VERTICAL" id="${id}-widget">${options
      .map(
        (v) =>
          `<div class="${item}"><label class="${bem}__option-label"><input class="${bem}__option__widget" type="${kind === 'checkboxgroup' ? 'checkbox' : 'radio'}" name="${kind}${n}" value="${v}"${chosen.includes(v) ? ' checked' : ''} tabindex="0"><span>${v}</span></label></div>`,
      )
      .join('')}</div>${tail(bem, id, o)}</fieldset>`,
  );
}

const button = (label: string, hook = '') =>
  col(
    'button',
    `<div class="cmp-adaptiveform-button" id="${uid('button')}" data-cmp-visible="true" data-cmp-enabled="true" data-cmp-is="adaptiveFormButton"><div class="cmp-adaptiveform-button__help-container"></div><button type="button" class="cmp-adaptiveform-button__widget"${hook}><span class="cmp-adaptiveform-button__text">${label}</span></button></div>`,
  );

const panel = (label: string, body: string, id = uid('panelcontainer')) =>
  col(
    'panelcontainer',
    `<div id="${id}" class="cmp-container" data-cmp-is="adaptiveFormPanel" data-cmp-visible="true" data-cmp-enabled="true" data-cmp-readonly="false"><div class="cmp-container__label-container" role="heading"><label for="${id}" class="cmp-container__label" role="heading">${label}</label></div><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">${body}</div></div>`,
  );

const form = (body: string, end = '') =>
  `<div class="container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12"><div class="form container aem-GridColumn aem-GridColumn--default--12"><form role="form" action="/adobe/forms/af/submit/L2NvbnRlbnQvZm9ybXM" id="guideContainer-4e8b2f1a" data-cmp-auto-save="false" data-cmp-is="adaptiveFormContainer" data-cmp-page-lang="en" data-cmp-schema-type="BASIC" class="cmp-adaptiveform-container cmp-container" dir="ltr" method="post"><input type="hidden" name=":formstart" value="/content/forms/af/pa-request/jcr:content/guideContainer"><input type="hidden" name="_charset_" value="utf-8"><div id="guideContainer-4e8b2f1a-wrapper" class="cmp-adaptiveform-container__wrapper aem-Grid aem-Grid--12 aem-Grid--default--12">${body}${button('Submit request')}</div></form></div></div></div></div>${end}`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

/** a repeatable "Prior therapy" panel instance (its own Remove button), then the Add button after the last */
const therapy = (i: 0 | 1) => {
  const t = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
  return panel(
    'Prior therapy',
    `${text('Drug', t('drug'))}${text('Dose', t('dose'))}${date('Start date', t('start')).html}${date('Stop date', t('stop')).html}${text('Outcome', t('outcome'))}${button('Remove therapy')}`,
    `panelcontainer-7d20c4e91b${i ? `_${i}` : ''}`,
  );
};

describe('AEM Forms adaptive form core components: text/number input, datepicker, dropdown, groups, repeatable panels', () => {
  it('reads the full Ilaris request', () => {
    const dob = date('Date of birth', ILARIS['patient.dob'], { required: true });
    const crpDate = date('CRP collection date', ILARIS['labs.crpDate']);
    page(
      form(
        `${panel('Member', `${text('Member ID', ILARIS['patient.memberId'], { required: true, help: 'As printed on the member card' })}${dob.html}${num('Weight (kg)', '72')}`)}
        ${panel('Diagnosis', group('checkboxgroup', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8']))}
        ${panel('Medication', `${dropdown('Drug name', ILARIS['drug.name'], DRUGS, { placeholder: 'Select a drug' })}${text('HCPCS code', ILARIS['drug.hcpcs'])}${text('NDC', ILARIS['drug.ndc'])}${num('Dose (mg)', '150')}${num('Billing units', '150')}${group('radiobutton', 'Frequency', ['Every 4 weeks'], FREQ)}`)}
        ${panel('Labs', `${num('CRP (mg/L)', '24')}${crpDate.html}`)}
        ${panel('Prior therapies', `${therapy(0)}${therapy(1)}${button('Add therapy')}`)}
        ${panel('Prescriber', text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, tooltip: '10 digits' }))}`,
        `${dob.popup}${crpDate.popup}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
    nothingFrom('.datetimepicker');
  });

  it('names a field by its label, not the hidden long description, short description or error of the field before it', () => {
    page(
      form(
        `${text('Member ID', '', { required: true, help: 'As printed on the member card', error: 'This field is required' })}${text('Prescriber NPI', ILARIS['prescriber.npi'], { tooltip: '10 digits, no spaces' })}${num('Weight (kg)', '72', { error: 'Please enter a valid value' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'patient.weight': '72' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(field('patient.weight')?.label).toBe('Weight (kg)');
  });

  it('reads a dropdown showing its disabled placeholder option as empty, and a read-only (disabled) one by its choice', () => {
    page(
      form(
        `${dropdown('Drug name', ILARIS['drug.name'], DRUGS, { placeholder: 'Select a drug', readOnly: true })}${dropdown('Frequency', '', FREQ, { placeholder: 'Select a frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads the checkbox group as its ticked codes and the radio group by its chosen text, named by their legends', () => {
    page(
      form(
        `${group('checkboxgroup', 'ICD-10 codes', ['M04.1', 'M06.1'], ['M04.1', 'M06.1', 'M04.8'])}${group('radiobutton', 'Frequency', ['Every 8 weeks'], FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads datepickers with a display format, and nothing from the open calendar grid at the end of body', () => {
    const dob = date('Date of birth', ILARIS['patient.dob'], { open: [1988, 3, 14] });
    const crp = date('CRP collection date', '');
    page(form(`${dob.html}${crp.html}`, `${dob.popup}${crp.popup}`));
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
    nothingFrom('.datetimepicker');
  });

  it('reads a datepicker with no display format (a native date input) in ISO form', () => {
    page(
      form(`${date('Date of birth', '1988-03-14', { iso: true }).html}${date('CRP collection date', '2026-11-02', { iso: true }).html}`),
    );
    expect(read()).toEqual({ 'patient.dob': '1988-03-14', 'labs.crpDate': '2026-11-02' });
  });

  it('reads repeatable therapy panel instances, each titled "Prior therapy", as two therapies', () => {
    page(form(panel('Prior therapies', `${therapy(0)}${therapy(1)}${button('Add therapy')}`)));
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads the fields of a collapsed accordion item (cmp-accordion__panel--hidden) as well as the open one', () => {
    const item = (id: string, title: string, body: string, first: boolean) =>
      `<div class="cmp-accordion__item" id="${id}-item" data-cmp-hook-adaptiveformaccordion="item" data-cmp-expanded="${first}"><div class="cmp-accordion__header"><button id="${id}-button" class="cmp-accordion__button${first ? ' cmp-accordion__button--expanded' : ''}" aria-controls="${id}-panel" type="button" data-cmp-hook-adaptiveformaccordion="button" aria-expanded="${first}"><span class="cmp-accordion__title">${title}</span><span class="cmp-accordion__icon"></span></button></div><div data-cmp-hook-adaptiveformaccordion="panel" id="${id}-panel" class="cmp-accordion__panel${first ? ' cmp-accordion__panel--expanded' : ' cmp-accordion__panel--hidden'}" role="region" aria-labelledby="${id}-button">${panel(title, body, id)}</div></div>`;
    page(
      form(
        col(
          'accordion',
          `<div id="accordion-5b3e" class="cmp-accordion" data-cmp-is="adaptiveFormAccordion" data-cmp-single-expansion="true"><div class="cmp-accordion__label-container" role="heading"><label for="accordion-5b3e" class="cmp-accordion__label">Request</label></div>${item('panelcontainer-a1', 'Member', `${text('Member ID', ILARIS['patient.memberId'])}${num('Weight (kg)', '72')}`, false)}${item('panelcontainer-a2', 'Prescriber', text('Prescriber NPI', ILARIS['prescriber.npi']), true)}</div>`,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.weight': '72',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('reads therapies drawn as repeatable accordion items (Add/Remove Panel buttons), the second one collapsed', () => {
    const item = (i: 0 | 1) => {
      const id = `panelcontainer-3e81d0c5a7${i ? `_${i}` : ''}`;
      const t = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => THERAPIES[`priorTherapies.${i}.${k}`];
      const first = i === 0;
      return `<div class="cmp-accordion__item" id="${id}-item" data-cmp-hook-adaptiveformaccordion="item" data-cmp-expanded="${first}"><div class="cmp-accordion__header"><button id="${id}-button" class="cmp-accordion__button${first ? ' cmp-accordion__button--expanded' : ''}" aria-controls="${id}-panel" type="button" data-cmp-hook-adaptiveformaccordion="button" aria-expanded="${first}"><span class="cmp-accordion__title">Prior therapy</span><span class="cmp-accordion__icon"></span></button><div class="cmp-accordion__repeatable-buttons" data-cmp-hook-adaptiveformaccordion="repeatableButton"><button class="cmp-accordion__add-button" data-cmp-hook-add-instance="${id}" title="Add Panel" type="button" data-cmp-visible="true"></button><button class="cmp-accordion__remove-button" data-cmp-hook-remove-instance="${id}" title="Remove Panel" type="button" data-cmp-visible="true"></button></div></div><div data-cmp-hook-adaptiveformaccordion="panel" id="${id}-panel" class="cmp-accordion__panel${first ? ' cmp-accordion__panel--expanded' : ' cmp-accordion__panel--hidden'}" role="region" aria-labelledby="${id}-button">${panel('Prior therapy', `${text('Drug', t('drug'))}${text('Dose', t('dose'))}${date('Start date', t('start')).html}${date('Stop date', t('stop')).html}${text('Outcome', t('outcome'))}`, id)}</div></div>`;
    };
    page(
      form(
        col(
          'accordion',
          `<div id="accordion-7f20" class="cmp-accordion" data-cmp-is="adaptiveFormAccordion" data-cmp-single-expansion="true"><div class="cmp-accordion__label-container" role="heading"><label for="accordion-7f20" class="cmp-accordion__label">Prior therapies</label></div>${item(0)}${item(1)}</div>`,
        ),
      ),
    );
    expect(read()).toEqual(THERAPIES);
    noDuplicatePaths();
  });

  it('reads every step of a wizard, the inactive panels hidden by CSS only', () => {
    const step = (id: string, active: boolean, title: string, body: string) =>
      `<div role="tabpanel" id="${id}__wizardpanel" class="cmp-adaptiveform-wizard__wizardpanel cmp-adaptiveform-wizard__wizardpanel--v2${active ? ' cmp-adaptiveform-wizard__wizardpanel--active' : ''}" aria-labelledby="${id}_wizard-item-nav" data-cmp-hook-adaptiveformwizard="wizardpanel">${panel(title, body, id)}</div>`;
    const tab = (id: string, active: boolean, title: string) =>
      `<li id="${id}_wizard-item-nav" title="${title}" role="tab" class="cmp-adaptiveform-wizard__tab${active ? ' cmp-adaptiveform-wizard__tab--active' : ' cmp-adaptiveform-wizard__tab--stepped'}" aria-controls="${id}__wizardpanel" tabindex="0" aria-selected="${active}" data-cmp-hook-adaptiveformwizard="tab">${title}</li>`;
    page(
      form(
        col(
          'wizard',
          `<div data-cmp-is="adaptiveFormWizard" data-panelcontainer="wizard" id="wizard-9c2d" class="cmp-adaptiveform-wizard cmp-adaptiveform-wizard--v2"><div class="cmp-adaptiveform-wizard__label-container" role="heading"><label for="wizard-9c2d-widget" class="cmp-adaptiveform-wizard__label">Prior authorization request</label></div><div class="cmp-adaptiveform-wizard__widget cmp-adaptiveform-wizard__widget--v2" id="wizard-9c2d-widget"><div class="cmp-adaptiveform-wizard__tabs-container"><ol class="cmp-adaptiveform-wizard__tabList" role="tablist">${tab('panelcontainer-w1', false, 'Member')}${tab('panelcontainer-w2', true, 'Medication')}</ol></div><div class="cmp-adaptiveform-wizard__containerNav"><div class="cmp-adaptiveform-wizard__nav cmp-adaptiveform-wizard__nav--previous" tabindex="0" role="navigation" aria-label="Previous Button" data-cmp-visible="true"></div><div class="cmp-adaptiveform-wizard__nav cmp-adaptiveform-wizard__nav--next" tabindex="0" role="navigation" aria-label="Next Button" data-cmp-visible="false"></div></div>${step('panelcontainer-w1', false, 'Member', `${text('Member ID', ILARIS['patient.memberId'])}${date('Date of birth', ILARIS['patient.dob']).html}`)}${step('panelcontainer-w2', true, 'Medication', `${dropdown('Drug name', ILARIS['drug.name'], DRUGS, { placeholder: 'Select a drug' })}${text('HCPCS code', ILARIS['drug.hcpcs'])}`)}</div></div>`,
        ),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'drug.name': ILARIS['drug.name'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
    });
  });
});
