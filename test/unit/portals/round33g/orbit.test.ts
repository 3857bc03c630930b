import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths } from '../round5/request';

/**
 * Orbit by Kiwi.com (kiwicom/orbit, orbit-components, the Tailwind rewrite: src/InputField/index.tsx as stored in the code
 * index (a Tailwind version found by its `orbit-input-field-input-container` class; the index named no commit), FormLabel/index.tsx at 006e249, Select/index.tsx at 036f229, InputGroup/index.tsx at 3a7eda6,
 * Checkbox/index.tsx at 02fc7d2, Tag/index.tsx and ChoiceGroup/index.tsx at 02c55c9; Modal/index.tsx at 0780ac2 and
 * ErrorFormTooltip/Tooltip at 05918ff are the styled-components versions, so their class names are display-name
 * stand-ins; the Tailwind utility classes below are trimmed to the semantic `orbit-*` ones and a few others):
 * - InputField: `div.orbit-input-field-field` > `label.block[for=<id>] > span.orbit-form-label` (required: a
 *   `span[aria-hidden=true]` "*" before `span` text; error/help: an icon span first) + `div.orbit-input-field-input-container`
 *   > an empty `div` (the inline-label slot), `span` prefix, the tags box, `input.orbit-input-field-input[data-state]
 *   [autocapitalize=off][autocorrect=off]`, `div` suffix, `div.orbit-input-field-fake-input`; the error/help tooltip
 *   (`div#<id>-feedback[aria-live=polite]`, arrow + content) is rendered after the container only while shown (focus).
 * - Select: `div.orbit-select-label-container > label` (NO `for`: it wraps) > `span.orbit-form-label` +
 *   `div.orbit-select-container` > `div > select[id][data-state]` (placeholder: `option[label][value=""]`) +
 *   a ChevronDown `svg[aria-hidden]` box + the fake input.
 * - InputGroup: `div > fieldset[data-state] > legend > span.orbit-form-label[id]` + a box of `div.orbit-input-group-child`
 *   each holding its InputField/Select with `label` removed and given `aria-label` = that label.
 * - Tag with onRemove: `div(classes) > div.orbit-tag` (text) + `div.orbit-tag-close-container[role=button][tabindex=0]
 *   [aria-label=labelDismiss] > svg`; InputField's `tags` are drawn in InputTags' two boxes (a clipping box and a
 *   scrolling one) before the input (InputTags/index.tsx at 25d2aed is styled-components: its utility classes here
 *   are stand-ins for its CSS).
 * - Checkbox: `label.orbit-checkbox-label[for] > input[type=checkbox] + div.orbit-checkbox-icon-container > svg +
 *   div > span(label) + span(info)`; Radio the same with `orbit-radio-icon-container`.
 * - ChoiceGroup: `div > div.orbit-heading[id]` (its label drawn by Heading, `as="div"`) + `div[role=group]
 *   [aria-labelledby]` of its items (the stored Heading/index.tsx, 0bf0733, is styled-components: `orbit-heading` is
 *   the Tailwind rewrite's naming, assumed); page sections are Headings `as="h2"`/`"h3"`.
 * - Modal (mounted only while open, usually in a Portal at the end of body): `div.ModalBody[role=dialog]
 *   [aria-modal=true][aria-labelledby][tabindex=0] > div.ModalWrapper > div.ModalWrapperContent` > close button,
 *   ModalHeader (`h2` title), ModalSection(s), ModalFooter.
 */

let n = 0;
const uid = () => `orbit-${++n}`;
const chevron = '<svg viewBox="0 0 24 24" class="orbit-icon size-icon-medium" aria-hidden="true"><path d="M7 10l5 5 5-5"></path></svg>';
const alertIcon =
  '<svg viewBox="0 0 24 24" class="orbit-icon size-icon-small text-icon-critical-foreground" aria-hidden="true" data-test="ErrorIcon"><path d="M12 2a10 10 0 100 20"></path></svg>';

const formLabel = (label: string, o: { required?: boolean; error?: boolean; id?: string } = {}) =>
  `<span class="orbit-form-label font-base text-normal mb-100 inline-flex font-medium leading-normal text-form-element-label-foreground"${o.id ? ` id="${o.id}"` : ''}>${o.error ? `<span class="me-100 inline-flex items-center">${alertIcon}</span>` : ''}${o.required ? '<span class="text-normal text-critical-foreground align-top font-bold" aria-hidden="true">*</span>' : ''}<span>${label}</span></span>`;

type In = {
  required?: boolean;
  error?: string;
  shown?: boolean;
  prefix?: string;
  suffix?: string;
  tags?: string[];
  placeholder?: string;
  readOnly?: boolean;
  ariaLabel?: string;
  type?: string;
};
function inputField(label: string | null, value: string, o: In = {}) {
  const id = uid();
  const tags = o.tags
    ? `<div class="relative z-[2] ms-300 flex h-full min-w-[50px] flex-[0_1_auto] items-center overflow-hidden"><div class="flex items-center overflow-x-scroll whitespace-nowrap">${o.tags
        .map(
          (t) =>
            `<div class="font-base rounded-150 box-border inline-flex items-stretch justify-center font-medium text-normal leading-normal pointer-events-none text-ink-dark bg-cloud-normal"><div class="orbit-tag flex items-center ps-200 py-200 pe-100 rounded-l-150">${t}</div><div class="orbit-tag-close-container pe-200 ps-100 flex items-center justify-center pointer-events-auto opacity-50" tabindex="0" aria-label="Remove ${t}" role="button"><svg viewBox="0 0 24 24" class="orbit-icon size-icon-small"><path d="M12 2a10 10 0 100 20"></path></svg></div></div>`,
        )
        .join('')}</div></div>`
    : '';
  const tooltip =
    o.error && o.shown
      ? `<div id="${id}-feedback" aria-live="polite" class="ErrorFormTooltip__StyledFormFeedbackTooltip-sc-1r0c2ri-0 hQsmBi"><div class="ErrorFormTooltip__StyledArrow-sc-1r0c2ri-1 kLkzXo"></div><div class="ErrorFormTooltip__StyledTooltipContent-sc-1r0c2ri-2 bUwHMn">${o.error}</div></div>`
      : '';
  const attrs = `${o.ariaLabel ? ` aria-label="${o.ariaLabel}"` : ''}${o.error ? ' aria-invalid="true"' : ''}${o.error && o.shown ? ` aria-describedby="${id}-feedback"` : ''}${o.readOnly ? ' readonly=""' : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}`;
  return `<div class="orbit-input-field-field font-base relative block flex-1 basis-full mb-400" style="width: 100%;">${
    label ? `<label class="block" for="${id}">${formLabel(label, { required: o.required, error: !!o.error })}</label>` : ''
  }<div class="orbit-input-field-input-container relative box-border flex flex-row items-center justify-between h-form-box-normal cursor-text text-form-element-filled-foreground"><div class="relative z-[2] flex items-center">${
    o.prefix
      ? `<span class="text-form-element-prefix-foreground ps-300 pointer-events-none z-[3] flex h-full items-center justify-center">${o.prefix}</span>`
      : ''
  }</div>${tags}<input class="orbit-input-field-input font-base p-form-element-normal-padding peer" data-state="${o.error ? 'error' : 'ok'}" type="${o.type ?? 'text'}" value="${value}" tabindex="0" autocapitalize="off" autocorrect="off" id="${id}"${attrs}>${
    o.suffix
      ? `<div class="h-form-box-normal text-form-element-prefix-foreground z-[3] flex shrink-0 items-center justify-center">${o.suffix}</div>`
      : ''
  }<div class="orbit-input-field-fake-input h-form-box-normal absolute left-0 top-0 w-full ${o.error ? 'shadow-form-element-error' : 'shadow-form-element'} bg-form-element-background"></div></div>${tooltip}</div>`;
}

function select(
  label: string | null,
  value: string,
  options: string[],
  o: { placeholder?: string; ariaLabel?: string; required?: boolean } = {},
) {
  const id = uid();
  return `<div class="orbit-select-label-container relative block mb-400" style="width: 100%;"><label>${label ? formLabel(label, { required: o.required }) : ''}<div class="orbit-select-container relative flex flex-row items-center justify-between h-form-box-normal box-border w-full text-form-element-filled-foreground cursor-pointer"><div class="relative z-[3] size-full"><select class="cursor-pointer appearance-none bg-transparent outline-none font-base text-form-element-large pe-1000 ps-300 size-full border-0 rounded-200 ${value ? 'text-form-element-filled-foreground' : 'text-form-element-foreground'}" id="${id}" data-state="ok"${o.ariaLabel ? ` aria-label="${o.ariaLabel}"` : ''}>${
    o.placeholder ? `<option label="${o.placeholder}" value=""${value ? '' : ' selected'}>${o.placeholder}</option>` : ''
  }${options.map((v) => `<option value="${v}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select></div><div class="end-200 pointer-events-none absolute top-0 z-[3] flex h-full items-center justify-center">${chevron}</div><div class="orbit-input-field-fake-input h-form-box-normal absolute left-0 top-0 w-full shadow-form-element bg-form-element-background"></div></div></label></div>`;
}

const groupChild = (html: string, flex: string) =>
  `<div class="orbit-input-group-child [&_.orbit-input-field-fake-input]:hidden [&_.orbit-form-label]:hidden" style="flex: ${flex};">${html}</div>`;
const inputGroup = (label: string, children: string[]) => {
  const id = uid();
  return `<div class="relative flex w-full flex-col mb-400"><fieldset data-state="ok"><legend>${formLabel(label, { id })}</legend><div class="text-normal h-form-box-normal rounded-150 z-default w-full bg-form-element-background shadow-form-element"><div class="relative flex">${children.join('')}</div></div></fieldset></div>`;
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dobGroup = (label: string, d: string, m: string, y: string) =>
  inputGroup(label, [
    groupChild(inputField(null, d, { ariaLabel: 'Day', placeholder: 'DD', type: 'number' }), '1 1 25%'),
    groupChild(select(null, m, MONTHS, { ariaLabel: 'Month', placeholder: 'Month' }), '1 1 45%'),
    groupChild(inputField(null, y, { ariaLabel: 'Year', placeholder: 'YYYY', type: 'number' }), '1 1 100%'),
  ]);

const checkbox = (label: string, checked: boolean, info?: string) => {
  const id = uid();
  return `<label for="${id}" class="orbit-checkbox-label font-base flex flex-row relative w-full cursor-pointer"><input class="-z-default absolute opacity-0" id="${id}" data-state="ok" value="yes" type="checkbox"${checked ? ' checked=""' : ''}><div class="orbit-checkbox-icon-container relative box-border border border-solid flex size-icon-medium rounded-150 ${checked ? '[&>svg]:visible' : '[&>svg]:invisible'}"><svg viewBox="0 0 24 24" class="orbit-icon" aria-hidden="true"><path d="M5 12l5 5 9-9"></path></svg></div><div class="ms-200 flex flex-1 flex-col opacity-100"><span class="font-base text-form-element-normal text-form-element-label-foreground font-medium leading-normal">${label}</span>${
    info ? `<span class="text-small leading-small text-secondary-foreground">${info}</span>` : ''
  }</div></label>`;
};
const radio = (name: string, label: string, checked: boolean) => {
  const id = uid();
  return `<label for="${id}" class="font-base text-form-element-label-foreground relative flex w-full [align-items:self-start] cursor-pointer"><input class="-z-default absolute opacity-0" id="${id}" data-state="ok" value="${label}" type="radio" name="${name}"${checked ? ' checked=""' : ''}><div class="orbit-radio-icon-container relative box-border flex flex-none items-center justify-center size-icon-medium rounded-full"><span class="size-200 rounded-full ${checked ? 'visible' : 'invisible'}"></span></div><div class="ms-200 flex flex-1 flex-col"><span class="text-form-element-normal font-medium leading-normal">${label}</span></div></label>`;
};
const choiceGroup = (label: string, items: string[]) => {
  const id = uid();
  return `<div class="flex w-full flex-col mb-400"><div class="orbit-heading font-heading text-heading-title3 leading-heading-title3 font-heading-title3 m-0 mb-400" id="${id}">${label}</div><div aria-labelledby="${id}" role="group"><div class="orbit-stack flex flex-col gap-200">${items.join('')}</div></div></div>`;
};

const heading = (level: 2 | 3, text: string) =>
  `<h${level} class="orbit-heading font-heading text-heading-title${level + 1} m-0 mb-400">${text}</h${level}>`;
const form = (body: string) =>
  `<div id="__next"><main class="orbit-layout"><form class="orbit-stack flex flex-col gap-600">${body}<button type="submit" class="orbit-button-primitive bg-button-primary-background">Submit request</button></form></main></div>`;

const therapy = (i: 0 | 1) =>
  `${heading(3, `Therapy ${i + 1}`)}${inputField('Drug', THERAPIES[`priorTherapies.${i}.drug`])}${inputField('Dose', THERAPIES[`priorTherapies.${i}.dose`])}${inputField('Start date', THERAPIES[`priorTherapies.${i}.start`], { placeholder: 'MM/DD/YYYY' })}${inputField('Stop date', THERAPIES[`priorTherapies.${i}.stop`], { placeholder: 'MM/DD/YYYY' })}${inputField('Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}`;

/** the day/month/year InputGroup as the reader composes a split date with a month name */
const DOB = { 'patient.dob': 'March 14, 1988' } as const;

const fullRequest = () =>
  form(
    `${heading(2, 'Member')}${inputField('Member ID', ILARIS['patient.memberId'], { required: true })}${dobGroup('Date of birth', '14', 'March', '1988')}${inputField('Weight', '72', { suffix: '<span class="pe-300">kg</span>' })}
    ${heading(2, 'Diagnosis')}${inputField('ICD-10 codes', '', { tags: ['M04.1', 'M06.1'], placeholder: 'Add a code' })}
    ${heading(2, 'Medication')}${select('Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { placeholder: 'Select a drug' })}${inputField('HCPCS code', ILARIS['drug.hcpcs'])}${inputField('NDC', ILARIS['drug.ndc'])}${inputField('Dose (mg)', '150')}${inputField('Billing units', '150')}${select('Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { placeholder: 'Select' })}
    ${heading(2, 'Labs')}${inputField('CRP (mg/L)', '24')}${inputField('CRP collection date', ILARIS['labs.crpDate'], { placeholder: 'MM/DD/YYYY' })}
    ${heading(2, 'Prior therapies')}${therapy(0)}${therapy(1)}
    ${heading(2, 'Prescriber')}${inputField('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
  );

describe('Orbit (Kiwi.com): InputField, Select, InputGroup, Tag, Checkbox, Radio, ChoiceGroup, Modal', () => {
  // misread: "diagnosis.codes.0" is read as "" (the InputField's tags are not read; see the Tags test below)
  it.fails('reads the full Ilaris request', () => {
    page(fullRequest());
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, ...DOB, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names an InputField by its FormLabel, without the required star, the error icon or its shown error tooltip', () => {
    page(
      form(
        `${inputField('Member ID', ILARIS['patient.memberId'], { required: true })}${inputField('Prescriber NPI', '123456789', { required: true, error: 'Enter a 10-digit NPI', shown: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '123456789' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a Select wrapped by its label, and one showing its placeholder option as empty', () => {
    page(
      form(
        `${select('Drug name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], { placeholder: 'Select a drug' })}${select('Frequency', 'Every 8 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'], { placeholder: 'Select' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads an InputGroup of day, month (Select) and year as one date of birth', () => {
    page(form(`${inputField('Member ID', ILARIS['patient.memberId'])}${dobGroup('Date of birth', '14', 'March', '1988')}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...DOB });
  });

  it('reads an InputGroup of a dose and its unit Select as the dose alone', () => {
    page(
      form(
        `${inputGroup('Dose', [groupChild(inputField(null, '150', { ariaLabel: 'Amount', type: 'number' }), '1 1 60%'), groupChild(select(null, 'mg', ['mg', 'mg/kg'], { ariaLabel: 'Unit' }), '1 1 100%')])}${inputField('Billing units', '150')}`,
      ),
    );
    expect(read()).toMatchObject({ 'drug.dose': '150', 'drug.units': '150' });
    expect(Object.values(read())).not.toContain('mg/kg');
  });

  // misread: reads "" : the input is collected as a plain text box (its tags only its "nearby" text): the Tag's text
  // sits in `div.orbit-tag` and its remove control in the sibling `div.orbit-tag-close-container`, the element
  // around both carrying only utility classes
  it.fails('reads the Tags of an InputField as the ICD-10 codes, not their remove buttons', () => {
    page(form(inputField('ICD-10 codes', '', { tags: ['M04.1', 'M06.1'], placeholder: 'Add a code' })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads yes/no Checkboxes with info text and a ChoiceGroup of Radios', () => {
    page(
      form(
        `${checkbox('Patient is continuing colchicine', true, 'Check if colchicine is still taken alongside')}${checkbox('Hospitalized for a flare in the last 30 days', false)}${choiceGroup('Frequency', [radio('freq', 'Every 4 weeks', true), radio('freq', 'Every 8 weeks', false), radio('freq', 'Once', false)])}`,
      ),
    );
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes', 'clinical.hospitalization': '', 'drug.frequency': 'Every 4 weeks' });
  });

  // misread: WRONG VALUE: the open Modal's three boxes are read as a third prior therapy (priorTherapies.2: anakinra,
  // 100 mg daily, Injection-site reactions) after the page's two: the therapy being edited counted twice
  it.fails('reads no third therapy from an open Modal editing therapy 2 over the page', () => {
    const modal = `<div id="portal-root"><div class="Modal__ModalBody-sc-1ju0s5v-0 jvCcEz" tabindex="0" role="dialog" aria-modal="true" aria-labelledby="modal-title-7"><div class="Modal__ModalWrapper-sc-1ju0s5v-1 fXtQrp"><div class="Modal__ModalWrapperContent-sc-1ju0s5v-2 gWqGpd"><div class="Modal__CloseContainer-sc-1ju0s5v-3 iPzVvN" data-test="CloseContainer"><button type="button" class="orbit-button-primitive" aria-label="Close modal" data-test="ModalCloseButton"><svg viewBox="0 0 24 24" class="orbit-icon" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"></path></svg></button></div><div class="ModalHeader__ModalHeading-sc-1v2b3c-0 hXhFgS"><h2 class="orbit-heading" id="modal-title-7">Edit prior therapy</h2></div><div class="ModalSection__StyledModalSection-sc-8mfw1k-0 dXfJzk">${inputField('Drug', THERAPIES['priorTherapies.1.drug'])}${inputField('Dose', THERAPIES['priorTherapies.1.dose'])}${inputField('Outcome', THERAPIES['priorTherapies.1.outcome'])}</div><div class="ModalFooter__StyledModalFooter-sc-1t0ygyw-0 bQmMCe"><button type="button" class="orbit-button-primitive">Save</button></div></div></div></div></div>`;
    page(`${fullRequest()}${modal}`);
    expect(Object.keys(read()).filter((p) => p.startsWith('priorTherapies.2.'))).toEqual([]);
    noDuplicatePaths();
  });
});
