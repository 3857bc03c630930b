import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Twilio Paste (twilio-labs/paste at 9900312d: @twilio-paste/label 14.1.0 src/Label.tsx + RequiredDot.tsx;
 * input/src/Input.tsx; input-box/src/InputBox.tsx (FieldWrapper, Prefix/Suffix); help-text/src/HelpText.tsx;
 * select/src/Select.tsx; combobox 17.0.3 src/singleselect/Combobox.tsx, src/multiselect/MultiselectCombobox.tsx,
 * ListboxWrapper.tsx, ComboboxItems.tsx, styles/*; form-pill-group/src/FormPillGroup.tsx, FormPill.tsx,
 * FormPillButton.tsx, PillCloseIcon.tsx; date-picker/src/DatePicker.tsx; form/src/FormSection.tsx +
 * FormSectionHeading.tsx; modal/src/Modal.tsx (@reach/dialog); table/src/*). Every Box carries
 * `data-paste-element`; its emotion class is a hash (stand-ins below). Downshift 6.1.7 ids.
 * - Label: `label[for]` > MediaObject `div` > (required: MediaFigure `div` > `span[title]` > `span` dot >
 *   ScreenReaderOnly `span` with i18nRequiredLabel, "" by default) + MediaBody `div` > the text.
 * - Input: InputBox `div[data-paste-element=INPUT]` > (Prefix `div` "$") `input[data-paste-element=INPUT_ELEMENT]`
 *   (Suffix `div` "mg"); HelpText `div` > (error: `div` > ErrorIcon `span` > `svg[aria-hidden]`) + `span` text.
 * - DatePicker: an Input with `type=date` and `max=9999-12-31` (ISO value).
 * - Select: InputBox > `div` > `select[data-not-selectize=true]` + chevron wrapper `div` > icon.
 * - Combobox (autocomplete=false): wrapper `div` > Label `#downshift-N-label[for=downshift-N-input]` > InputBox >
 *   `div[role=combobox][aria-haspopup=listbox][aria-owns][aria-expanded]` > readonly `input#downshift-N-input
 *   [aria-autocomplete=list][aria-controls][aria-labelledby]` + chevron; its listbox is portalled
 *   (`div.__reakit-portal` at the end of body, fixed positioner `div`): closed, an empty `div[role=listbox]
 *   [aria-labelledby]`; open, `div[role=listbox]` > `ul[role=presentation]` > `li[role=presentation]` (virtual
 *   height) + `li[role=option][aria-selected]` > `span` > text.
 * - MultiselectCombobox: InputBox > the toggle `div#downshift-N-toggle-button[role=combobox]` > FormPillGroup
 *   `div[role=listbox][aria-label]` of pill wrappers `div` > `button[type=button][role=option][aria-selected]`
 *   (its text) + close `div` (an icon only, no role or name), then GrowingInput's `input` (its search).
 * - Modal: `reach-portal` > `div[data-reach-dialog-overlay]` > `div[aria-modal=true][role=dialog]
 *   [data-reach-dialog-content][aria-labelledby]`; the app root behind gets `aria-hidden=true`.
 */

const icon = (name: string) =>
  `<span data-paste-element="ICON" class="css-1x2pst css-${name}"><svg role="img" aria-hidden="true" width="100%" height="100%" viewBox="0 0 20 20" fill="none"><path fill="currentColor" fill-rule="evenodd" d="M13.45 7.6a.5.5 0 01.7.7l-3.8 3.8a.5.5 0 01-.7 0l-3.8-3.8a.5.5 0 01.7-.7l3.45 3.44 3.45-3.44z"></path></svg></span>`;

type Opt = { help?: string; error?: boolean; required?: boolean; suffix?: string; prefix?: string };
const label = (forId: string, text: string, required = false, id?: string) =>
  `<label data-paste-element="LABEL" class="css-lb1pst"${id ? ` id="${id}"` : ''} for="${forId}"><div data-paste-element="MEDIA_OBJECT" class="css-mo1pst">${
    required
      ? '<div data-paste-element="MEDIA_FIGURE" class="css-mf1pst"><span data-paste-element="LABEL_REQUIRED_DOT_WRAPPER" title="" class="css-rd1pst"><span data-paste-element="LABEL_REQUIRED_DOT" class="css-rd2pst"><span data-paste-element="SCREEN_READER_ONLY" class="css-sr1pst"></span></span></span></div>'
      : ''
  }<div data-paste-element="MEDIA_BODY" class="css-mb1pst">${text}</div></div></label>`;
const help = (id: string, text: string, error = false) =>
  `<div data-paste-element="HELP_TEXT" id="${id}" class="css-ht1pst">${error ? `<div class="css-ht2pst">${icon('error')}</div>` : ''}<span>${text}</span></div>`;
const inputBox = (inner: string, o: Opt, element = 'INPUT') =>
  `<div data-paste-element="${element}" class="css-ib1pst${o.error ? ' css-ib2err' : ''}">${o.prefix ? `<div data-paste-element="${element}_PREFIX" class="css-px1pst">${o.prefix}</div>` : ''}${inner}${o.suffix ? `<div data-paste-element="${element}_SUFFIX" class="css-sx1pst">${o.suffix}</div>` : ''}</div>`;
const control = (html: string) => `<div data-paste-element="FORM_CONTROL" class="css-fc1pst">${html}</div>`;

const input = (id: string, text: string, value: string, o: Opt & { type?: string } = {}) =>
  control(
    `${label(id, text, o.required)}${inputBox(
      `<input data-paste-element="${o.type === 'date' ? 'DATEPICKER' : 'INPUT'}_ELEMENT" class="css-ie1pst" type="${o.type ?? 'text'}" id="${id}" name="${id}"${o.type === 'date' ? ' max="9999-12-31"' : ''}${o.required ? ' required=""' : ''}${o.error ? ' aria-invalid="true"' : ''}${o.help ? ` aria-describedby="${id}_help"` : ''} value="${value}">`,
      o,
      o.type === 'date' ? 'DATEPICKER' : 'INPUT',
    )}${o.help ? help(`${id}_help`, o.help, o.error) : ''}`,
  );
const date = (id: string, text: string, value: string, o: Opt = {}) => input(id, text, value, { ...o, type: 'date' });

const select = (id: string, text: string, options: string[], chosen: string) =>
  control(
    `${label(id, text)}${inputBox(
      `<div class="css-sw1pst"><select aria-invalid="false" data-not-selectize="true" data-paste-element="SELECT_ELEMENT" class="css-se1pst" id="${id}" name="${id}"><option value="" data-paste-element="OPTION">Select an option</option>${options
        .map((v) => `<option value="${v}" data-paste-element="OPTION"${v === chosen ? ' selected=""' : ''}>${v}</option>`)
        .join('')}</select><div data-paste-element="SELECT_CHEVRON_WRAPPER" class="css-cw1pst">${icon('chevron')}</div></div>`,
      {},
      'SELECT',
    )}`,
  );

/** Combobox (autocomplete=false); `portal` is its portalled listbox for the end of body */
function combobox(n: number, text: string, options: string[], chosen: string, o: { open?: boolean; highlighted?: number } = {}) {
  const d = `downshift-${n}`;
  const html = `<div data-paste-element="COMBOBOX_WRAPPER" class="css-cbwpst"><div>${label(`${d}-input`, text, false, `${d}-label`)}</div>${inputBox(
    `<div data-paste-element="COMBOBOX_INPUT_WRAPPER" role="combobox" aria-haspopup="listbox" aria-owns="${d}-menu" aria-expanded="${!!o.open}" class="css-ciwpst"><input data-paste-element="COMBOBOX_ELEMENT" readonly="" tabindex="0" id="${d}-input" aria-autocomplete="list" aria-controls="${d}-menu" aria-labelledby="${d}-label" autocomplete="off" class="css-ie1pst"${o.highlighted !== undefined ? ` aria-activedescendant="${d}-item-${o.highlighted}"` : ''} value="${chosen}"><div data-paste-element="COMBOBOX_CHEVRON_WRAPPER" class="css-cw1pst">${icon('chevron')}</div></div>`,
    {},
    'COMBOBOX',
  )}</div>`;
  const list = o.open
    ? `<div role="listbox" id="${d}-menu" aria-labelledby="${d}-label" data-paste-element="COMBOBOX_LISTBOX" class="css-lb2pst"><ul role="presentation" data-paste-element="COMBOBOX_LISTBOX_GROUP" class="css-lg1pst"><li role="presentation" style="margin: 0px; height: ${options.length * 42}px;"></li>${options
        .map(
          (v, i) =>
            `<li role="option" id="${d}-item-${i}" aria-selected="${i === o.highlighted}" aria-disabled="false" aria-setsize="${options.length}" aria-posinset="${i + 1}" data-paste-element="COMBOBOX_LIST_ITEM" class="css-li1pst" style="position: absolute; top: 0px; left: 0px; width: 100%; height: 42px; transform: translateY(${i * 42}px);"><span data-paste-element="COMBOBOX_LIST_ITEM_TEXT" class="css-lt1pst"><span>${v}</span></span></li>`,
        )
        .join('')}</ul></div>`
    : `<div role="listbox" id="${d}-menu" aria-labelledby="${d}-label" class="css-lb3pst"></div>`;
  const portal = `<div class="__reakit-portal"><div data-paste-element="BOX" class="css-pos1ps" style="position: fixed; z-index: 90; left: 24px; top: 312px; width: 340px;">${list}</div></div>`;
  return { html, portal };
}

/** MultiselectCombobox with chosen pills and what is typed in its search */
function multiselect(n: number, text: string, chosen: string[], typed = '', open = false) {
  const d = `downshift-${n}`;
  const pills = chosen
    .map(
      (v, i) =>
        `<div data-paste-element="MULTISELECT_COMBOBOX_PILL_WRAPPER" class="css-pw1pst"><button type="button" role="option" aria-selected="false" aria-disabled="false" id="pill-${n}-${i}" tabindex="${i === 0 ? 0 : -1}" data-paste-element="MULTISELECT_COMBOBOX_PILL" class="css-pl1pst"><div class="css-pl2pst">${v}</div></button><div data-paste-element="MULTISELECT_COMBOBOX_PILL_CLOSE" class="css-pc1pst">${icon('close')}</div></div>`,
    )
    .join('');
  const html = `<div data-paste-element="MULTISELECT_COMBOBOX_WRAPPER" class="css-cbwpst">${label(`${d}-input`, text, false, `${d}-label`)}${inputBox(
    `<div id="${d}-toggle-button" tabindex="-1" role="combobox" aria-haspopup="listbox" aria-owns="${d}-menu" aria-expanded="${open}" class="css-tg1pst"><span data-paste-element="SCREEN_READER_ONLY" id="pill-kbd-${n}" class="css-sr1pst"></span><div role="listbox" aria-label="Selected codes:" aria-describedby="pill-kbd-${n}" data-paste-element="MULTISELECT_COMBOBOX_PILL_GROUP" class="css-pg1pst">${pills}</div><input data-paste-element="MULTISELECT_COMBOBOX_ELEMENT" id="${d}-input" aria-autocomplete="list" aria-controls="${d}-menu" aria-labelledby="${d}-label" autocomplete="off" placeholder="${chosen.length ? '' : 'Search codes'}" class="css-gi1pst" value="${typed}"><div data-paste-element="MULTISELECT_COMBOBOX_CHEVRON_WRAPPER" class="css-cw1pst">${icon('chevron')}</div></div>`,
    {},
    'MULTISELECT_COMBOBOX',
  )}<span data-paste-element="SCREEN_READER_ONLY" id="a11y-${n}" class="css-sr1pst">Press Delete or Backspace to remove selected items.</span></div>`;
  const options = ['M04.1', 'M04.8', 'M06.1'].filter((c) => c.startsWith(typed));
  const portal = `<div class="__reakit-portal"><div class="css-pos1ps" style="position: fixed; z-index: 90;">${
    open
      ? `<div role="listbox" id="${d}-menu" aria-labelledby="${d}-label" aria-multiselectable="true" class="css-lb2pst"><ul role="presentation" class="css-lg1pst"><li role="presentation" style="margin: 0px; height: ${options.length * 42}px;"></li>${options
          .map(
            (v, i) =>
              `<li role="option" id="${d}-item-${i}" aria-selected="${chosen.includes(v)}" aria-disabled="false" class="css-li1pst"><span class="css-lt1pst"><span>${v}</span></span></li>`,
          )
          .join('')}</ul></div>`
      : `<div role="listbox" id="${d}-menu" aria-labelledby="${d}-label" aria-multiselectable="true" class="css-lb3pst"></div>`
  }</div></div>`;
  return { html, portal };
}

const section = (id: string, title: string, body: string) =>
  `<fieldset data-paste-element="FORM_SECTION" class="css-fs1pst" aria-describedby="${id}-section-description" id="${id}"><legend data-paste-element="FORM_SECTION_HEADING" class="css-fh1pst"><span data-paste-element="HEADING" class="css-hd1pst">${title}</span></legend>${body}</fieldset>`;
const paste = (body: string, tail = '', hidden = false) =>
  `<div id="root"${hidden ? ' aria-hidden="true"' : ''}><div data-paste-element="BOX" class="css-th1pst"><form data-paste-element="FORM" class="css-fm1pst">${body}<div data-paste-element="FORM_ACTIONS" class="css-fa1pst"><button type="submit" data-paste-element="BUTTON" class="css-bt1pst"><span class="css-bt2pst">Submit request</span></button></div></form></div></div>${tail}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const cells = (row: string[], tag: 'td' | 'th') =>
  row
    .map((c) => `<${tag} data-paste-element="${tag.toUpperCase()}" class="css-tc1pst"${tag === 'th' ? ' scope="col"' : ''}>${c}</${tag}>`)
    .join('');
const table = (head: string[], rows: string[][]) =>
  `<div data-paste-element="TABLE_WRAPPER" class="css-tw1pst"><table data-paste-element="TABLE" class="css-tb1pst"><thead data-paste-element="THEAD" class="css-thd1ps"><tr data-paste-element="TR" class="css-tr1pst">${cells(head, 'th')}</tr></thead><tbody data-paste-element="TBODY" class="css-tby1ps">${rows
    .map((r) => `<tr data-paste-element="TR" class="css-tr1pst">${cells(r, 'td')}</tr>`)
    .join('')}</tbody></table></div>`;
const therapyInputs = () =>
  table(
    ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
    [0, 1].map((i) =>
      (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => {
        const v = ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`];
        const type = k === 'start' || k === 'stop' ? 'date' : 'text';
        return inputBox(
          `<input data-paste-element="INPUT_ELEMENT" class="css-ie1pst" type="${type}" aria-label="${k} ${i + 1}" name="therapy-${i}-${k}"${type === 'date' ? ' max="9999-12-31"' : ''} value="${v}">`,
          {},
        );
      }),
    ),
  );

describe('Twilio Paste: Label, Input, DatePicker, Select, Combobox, MultiselectCombobox pills, Table, Modal', () => {
  it('reads the full Ilaris request', () => {
    const drug = combobox(1, 'Drug name', DRUGS, ILARIS['drug.name']);
    const codes = multiselect(2, 'ICD-10 codes', ['M04.1', 'M06.1']);
    page(
      paste(
        `${section('member', 'Member', `${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${input('weight', 'Weight', '72', { suffix: 'kg' })}`)}
         ${section('diagnosis', 'Diagnosis', codes.html)}
         ${section('medication', 'Medication', `${drug.html}${input('hcpcs', 'HCPCS code', 'J0638')}${input('ndc', 'NDC', ILARIS['drug.ndc'], { help: 'Use the 11-digit 5-4-2 format' })}${input('dose', 'Dose', '150', { suffix: 'mg' })}${input('units', 'Billing units', '150')}${select('frequency', 'Frequency', FREQS, 'Every 4 weeks')}`)}
         ${section('labs', 'Labs', `${input('crp', 'CRP', '24', { suffix: 'mg/L' })}${date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}`)}
         ${section('therapies', 'Prior therapies', therapyInputs())}
         ${section('prescriber', 'Prescriber', input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true }))}`,
        `${drug.portal}${codes.portal}`,
      ),
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('names a required Input by its label, without the required dot, and a field by its label, not the error help before it', () => {
    page(
      paste(
        `${input('memberId', 'Member ID', 'U48', { required: true, error: true, help: 'Member ID must be 11 characters' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': 'U48', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a closed Combobox by its read-only input and nothing from its empty portalled listbox', () => {
    const c = combobox(1, 'Frequency', FREQS, 'Every 8 weeks');
    page(paste(`${c.html}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, c.portal));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.__reakit-portal');
  });

  it('reads an open Combobox as its chosen value, not the option highlighted in its portalled listbox', () => {
    const c = combobox(1, 'Drug name', DRUGS, ILARIS['drug.name'], { open: true, highlighted: 1 });
    page(paste(`${c.html}${input('hcpcs', 'HCPCS code', 'J0638')}`, c.portal));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': 'J0638' });
    nothingFrom('.__reakit-portal');
  });

  it('reads the MultiselectCombobox pills as the ICD-10 codes', () => {
    const m = multiselect(2, 'ICD-10 codes', ['M04.1', 'M06.1']);
    page(paste(`${m.html}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, m.portal));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    noDuplicatePaths();
  });

  it('reads the pills, not the search typed while the suggestions are open', () => {
    const m = multiselect(2, 'ICD-10 codes', ['M04.1'], 'M06', true);
    page(paste(`${m.html}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, m.portal));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.__reakit-portal');
  });

  it('reads a native Select by its chosen option, its "Select an option" prompt as empty, and the units its suffixes show', () => {
    page(
      paste(
        `${select('frequency', 'Frequency', FREQS, '')}${select('drugName', 'Drug name', DRUGS, ILARIS['drug.name'])}${input('dose', 'Dose', '150', { suffix: 'mg' })}${input('crp', 'CRP', '24', { suffix: 'mg/L' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': '', 'drug.name': ILARIS['drug.name'], 'drug.dose': '150', 'labs.crpValue': '24' });
    expect(units()).toMatchObject({ 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a CheckboxGroup of codes as its ticked choices, not the error text under it', () => {
    const box = (v: string, checked: boolean) =>
      `<div data-paste-element="CHECKBOX_GROUP_FIELD" class="css-cf1pst"><div data-paste-element="CHECKBOX" class="css-cb1pst"><input type="checkbox" aria-invalid="true" id="icd-${v}" name="icd" value="${v}"${checked ? ' checked=""' : ''} class="css-hc1pst"><label data-paste-element="BASE_RADIO_CHECKBOX_LABEL" for="icd-${v}" class="css-bl1pst"><span data-paste-element="CHECKBOX_CONTROL" class="css-bc1pst">${icon('check')}</span><span data-paste-element="CHECKBOX_LABEL_TEXT" class="css-bt4pst"><div data-paste-element="MEDIA_OBJECT" class="css-mo1pst"><div data-paste-element="MEDIA_BODY" class="css-mb1pst">${v}</div></div></span></label></div></div>`;
    page(
      paste(
        `<fieldset data-paste-element="CHECKBOX_GROUP" name="icd" class="css-fg1pst"><legend data-paste-element="LEGEND" class="css-lb1pst"><div data-paste-element="MEDIA_OBJECT" class="css-mo1pst"><div data-paste-element="MEDIA_BODY" class="css-mb1pst">ICD-10 codes</div></div></legend><div data-paste-element="CHECKBOX_GROUP_SET" class="css-cs1pst"><div class="css-cs2pst">${box('M04.1', true)}${box('M06.1', true)}${box('M04.8', false)}</div><div data-paste-element="CHECKBOX_GROUP_ERROR_TEXT_WRAPPER" class="css-ew1pst">${help('icd-error', 'Choose at most two codes', true)}</div></div></fieldset>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads native DatePickers as ISO dates and an empty one as empty', () => {
    page(paste(`${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${date('crpDate', 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ISO_REQUEST['patient.dob'], 'labs.crpDate': '' });
  });

  it("reads the request in a Modal, not the list of other members' requests behind it", () => {
    const list = table(
      ['Member ID', 'Drug', 'Dose (mg)', 'Billing units', 'Prescriber NPI', 'Status'],
      [
        ['U7712045398', 'Kineret (anakinra)', '100', '1', '1417052382', 'Approved'],
        ['U3390127465', 'Ilaris (canakinumab)', '300', '300', '1588667638', 'Pended'],
      ],
    );
    const modal = `<reach-portal><div data-reach-dialog-overlay="" data-paste-element="MODAL_OVERLAY" class="css-mo2pst"><div aria-modal="true" role="dialog" tabindex="-1" data-reach-dialog-content="" aria-labelledby="request-modal-heading" data-paste-element="MODAL" class="css-md1pst"><div data-paste-element="MODAL_HEADER" class="css-mh1pst"><div class="css-mh2pst"><h2 data-paste-element="MODAL_HEADING" id="request-modal-heading" class="css-hd2pst">New prior authorization request</h2><button type="button" data-paste-element="MODAL_HEADER_CLOSE_BUTTON" class="css-bt3pst"><span class="css-bt2pst">${icon('close')}<span data-paste-element="SCREEN_READER_ONLY" class="css-sr1pst">Close modal</span></span></button></div></div><div data-paste-element="MODAL_BODY" class="css-mbd1ps">${input('memberId', 'Member ID', ILARIS['patient.memberId'], { required: true })}${input('dose', 'Dose', '150', { suffix: 'mg' })}${input('units', 'Billing units', '150')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</div><div data-paste-element="MODAL_FOOTER" class="css-mf2pst"><button type="button" class="css-bt1pst">Cancel</button><button type="button" class="css-bt1pst">Submit</button></div></div></div></reach-portal>`;
    page(paste(section('requests', 'Recent requests', list), modal, true));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.dose': '150',
      'drug.units': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('#root');
  });
});
