import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Streamlit 1.39 (streamlit/streamlit at 2db81f7, frontend/lib/src/components: widgets/TextInput,
 * NumberInput, Selectbox (shared/Dropdown/Selectbox.tsx), Multiselect, DateInput, TextArea, Checkbox,
 * shared/Radio/Radio.tsx, widgets/BaseWidget/WidgetLabel.tsx) on BaseWeb 12 (uber/baseweb: src/input,
 * src/select/select-component.tsx, autosize-input.tsx, src/tag/tag.tsx, src/datepicker/datepicker.tsx,
 * src/radio, src/checkbox). Every widget sits in `div.stElementContainer[data-testid=stElementContainer]`
 * > `div.st<Widget>[data-testid=st<Widget>]`; its label is `label[data-testid=stWidgetLabel]
 * [aria-hidden=true]` > `div[data-testid=stMarkdownContainer]` > `p`, with `for=<id>` only where the
 * widget passes htmlFor (text_input, number_input, text_area: ids `text_input_N`, `number_input_N`,
 * `text_area_N`); selectbox, multiselect, date_input and radio labels have no `for` and their controls
 * no id: BaseWeb names them by aria-label instead.
 * - st.number_input: BaseWeb input `type=number` (a float with the default "%0.2f" format shows "24.00")
 *   then two `button[data-testid=stNumberInputStepDown|StepUp]` holding an svg.
 * - st.selectbox / st.multiselect: `div[data-baseweb=select]` > control > value container holding the
 *   SingleValue `div[value=<option index>]` with the label text (single) or one
 *   `span[data-baseweb=tag][role=button][aria-label="Remove <text>"]` > `span[title]` text + `span[role=
 *   presentation][aria-hidden=true]` svg per choice (multi), then the searchable input
 *   `input[role=combobox][aria-autocomplete=list][aria-haspopup=listbox]` valued "" whose aria-label is
 *   "Selected <labels>. <widget label>", its hidden sizer div, a placeholder div when empty ("Choose an
 *   option", the default of both), and the icons container with the arrow `svg[data-baseweb=icon]`
 *   titled "open" (and a clear icon for the multiselect). The option values are the option indexes.
 * - st.date_input: BaseWeb datepicker input (masked, format YYYY/MM/DD by default, placeholder the
 *   format) `aria-label="Select a date."` and two screen-reader `p`s after it (the format message and
 *   an aria-live "Selected date is …"); the calendar popover is only mounted while open.
 * - st.radio: `div[role=radiogroup][aria-label=<label>]` of `label[data-baseweb=radio]` > mark divs,
 *   `input[type=radio][value=<index>]`, then the option text (its markdown container).
 * - st.checkbox: `label[data-baseweb=checkbox]` > checkmark span, `input[type=checkbox][aria-label]`, then
 *   `div[data-testid=stWidgetLabel]` with the label's markdown.
 * Class names are emotion/styletron hashes (st-emotion-cache-…, st-a…): the visual state (e.g. the
 * sizer's visibility) lives in those classes, not inline styles. Markup rebuilt from source, not a DOM dump.
 */

let uid = 0;
const md = (text: string) => `<div data-testid="stMarkdownContainer" class="st-emotion-cache-1hdc1g4 e121c1cl0"><p>${text}</p></div>`;
const label = (text: string, forId?: string) =>
  `<label data-testid="stWidgetLabel" aria-hidden="true" class="st-emotion-cache-1whk732 e1y5xkzn0"${forId ? ` for="${forId}"` : ''}>${md(text)}</label>`;
const container = (body: string) =>
  `<div class="stElementContainer element-container st-emotion-cache-1v6ln1g e1f1d6gn4" data-testid="stElementContainer" data-stale="false" width="704">${body}</div>`;

const baseInput = (id: string, text: string, value: string, o: { type?: string; testid?: string; placeholder?: string } = {}) =>
  `<div data-baseweb="input" class="st-ae st-af st-ag st-ah st-ai"${o.testid ? '' : ' data-testid="stTextInputRootElement"'}><div data-baseweb="base-input" class="st-b4 st-b5 st-b6"><input aria-invalid="false" aria-label="${text}" aria-required="false" autocomplete="" id="${id}" inputmode="${o.type === 'number' ? '' : 'text'}" name="" placeholder="${o.placeholder ?? ''}" type="${o.type ?? 'text'}"${o.testid ? ` data-testid="${o.testid}"` : ''} class="st-bf st-bg st-bh st-bi" value="${value}"></div></div>`;

const textInput = (text: string, value: string, placeholder?: string) => {
  const id = `text_input_${++uid}`;
  return container(
    `<div class="stTextInput st-emotion-cache-1gulkj5 e1b2p2ww15" data-testid="stTextInput">${label(text, id)}${baseInput(id, text, value, { placeholder })}</div>`,
  );
};

const svg = (d: string) =>
  `<svg viewBox="0 0 8 8" aria-hidden="true" focusable="false" fill="currentColor" xmlns="http://www.w3.org/2000/svg" color="inherit" class="e1fb0mya1 st-emotion-cache-1pbsqtx ex0cdmw0"><path d="${d}"></path></svg>`;
const numberInput = (text: string, value: string) => {
  const id = `number_input_${++uid}`;
  return container(
    `<div class="stNumberInput st-emotion-cache-1f3w014 e116k4er3" data-testid="stNumberInput">${label(text, id)}<div data-testid="stNumberInputContainer" class="st-emotion-cache-1jkn5ta e116k4er2">${baseInput(id, text, value, { type: 'number', testid: 'stNumberInputField' })}<div class="st-emotion-cache-76z9jo e116k4er1"><button data-testid="stNumberInputStepDown" class="step-down st-emotion-cache-1n3kmbs e116k4er0" tabindex="-1">${svg('M0 3v2h8V3H0z')}</button><button data-testid="stNumberInputStepUp" class="step-up st-emotion-cache-1n3kmbs e116k4er0" tabindex="-1">${svg('M3 0v3H0v2h3v3h2V5h3V3H5V0H3z')}</button></div></div></div>`,
  );
};

const arrow =
  '<svg data-baseweb="icon" viewBox="0 0 24 24" title="open" class="st-ct st-cu st-cv st-cw"><title>open</title><path fill-rule="evenodd" clip-rule="evenodd" d="M12 15.0769L18.0769 9H5.92308L12 15.0769Z"></path></svg>';
const clearAll =
  '<svg data-baseweb="icon" viewBox="0 0 24 24" title="Clear all" aria-label="Clear all" role="button" class="st-cx st-cy"><title>Clear all</title><path d="M12 10.5858L15.2929 7.29289L16.7071 8.70711L13.4142 12L16.7071 15.2929L15.2929 16.7071L12 13.4142L8.70711 16.7071L7.29289 15.2929L10.5858 12L7.29289 8.70711L8.70711 7.29289L12 10.5858Z"></path></svg>';

/** BaseWeb select as st.selectbox / st.multiselect render it (searchable, closed) */
function baseSelect(text: string, options: string[], chosen: string[], multi: boolean): string {
  const values = multi
    ? chosen
        .map(
          (c) =>
            `<span data-baseweb="tag" aria-label="Remove ${c}" role="button" tabindex="0" class="st-bm st-bn st-bo st-bp"><span title="${c}" class="st-c4 st-c5">${c}</span><span aria-hidden="true" role="presentation" class="st-c6 st-c7"><svg data-baseweb="icon" viewBox="0 0 8 8" class="st-c8"><path fill-rule="evenodd" clip-rule="evenodd" d="M5.414 4L7.707 1.707 6.293.293 4 2.586 1.707.293.293 1.707 2.586 4 .293 6.293l1.414 1.414L4 5.414l2.293 2.293 1.414-1.414L5.414 4z"></path></svg></span></span>`,
        )
        .join('')
    : chosen.length
      ? `<div value="${options.indexOf(chosen[0]!)}" class="st-cn st-co st-cp">${chosen[0]}</div>`
      : '';
  const aria = `${chosen.length ? `Selected ${chosen.join(', ')}. ` : ''}${text}`;
  const placeholder = chosen.length ? '' : `<div class="st-cq st-cr">Choose an option</div>`;
  return `<div data-baseweb="select" class="st-ak st-al"><div class="st-am st-an st-ao"><div class="st-ap st-aq st-ar">${values}<div class="st-cs st-ct"><input aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" aria-label="${aria}" role="combobox" class="st-cu st-cv st-cw" autocomplete="off" tabindex="0" value=""><div class="st-cx st-cy"></div></div>${placeholder}</div><div class="st-cz st-d0">${multi && chosen.length ? clearAll : ''}${arrow}</div></div></div>`;
}

const selectbox = (text: string, options: string[], chosen: string) =>
  container(
    `<div class="stSelectbox st-emotion-cache-1pbsqtx e1hznt4w0" data-testid="stSelectbox">${label(text)}${baseSelect(text, options, chosen ? [chosen] : [], false)}</div>`,
  );
const multiselect = (text: string, options: string[], chosen: string[]) =>
  container(
    `<div class="stMultiSelect st-emotion-cache-1pbsqtx e1hznt4w0" data-testid="stMultiSelect">${label(text)}${baseSelect(text, options, chosen, true)}</div>`,
  );

/** st.date_input (closed; value in the default YYYY/MM/DD format) */
const dateInput = (text: string, value: string) => {
  const desc = `bui-${++uid}`;
  return container(
    `<div class="stDateInput st-emotion-cache-1pbsqtx e1u5glb30" data-testid="stDateInput">${label(text)}<div data-baseweb="datepicker"><div class="st-b7 st-b8"><div data-baseweb="input" class="st-ae st-af"><div data-baseweb="base-input" class="st-b4 st-b5"><input aria-disabled="false" aria-label="Select a date." aria-describedby="${desc}" aria-invalid="false" aria-required="false" autocomplete="" inputmode="text" name="" placeholder="YYYY/MM/DD" type="text" data-testid="stDateInputField" class="st-bf st-bg" value="${value}"></div></div></div></div><p id="${desc}" style="position: fixed; width: 0px; height: 0px; border-left-width: 0px; border-right-width: 0px; border-top-width: 0px; border-bottom-width: 0px; padding: 0px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(100%);">Date format is yyyy/MM/dd. Press the down arrow or enter key to interact with the calendar and select a date. Press the escape button to close the calendar.</p><p aria-live="assertive" style="position: fixed; width: 0px; height: 0px; border-left-width: 0px; border-right-width: 0px; border-top-width: 0px; border-bottom-width: 0px; padding: 0px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(100%);">${value ? `Selected date is ${value}.` : ''}</p></div>`,
  );
};

const radio = (text: string, options: string[], chosen: string) => {
  const name = `radio_${++uid}`;
  return container(
    `<div class="stRadio st-emotion-cache-1pbsqtx e1hznt4w0" data-testid="stRadio">${label(text)}<div role="radiogroup" aria-label="${text}" data-testid="stRadioGroup" class="st-ay st-az">${options
      .map(
        (o, i) =>
          `<label data-baseweb="radio" class="st-b0 st-b1"><div class="st-b2 st-b3"><div class="st-b4 st-b5"></div></div><input type="radio" name="${name}" tabindex="${o === chosen ? '0' : '-1'}" class="st-b6" value="${i}"${o === chosen ? ' checked=""' : ''}><div class="st-b7 st-b8">${md(o)}</div></label>`,
      )
      .join('')}</div></div>`,
  );
};

const checkbox = (text: string, checked: boolean) =>
  container(
    `<div class="stCheckbox st-emotion-cache-1pbsqtx e1hznt4w0" data-testid="stCheckbox"><label data-baseweb="checkbox" class="st-b0 st-b1"><span class="st-b2 st-b3"></span><input aria-label="${text}" aria-checked="${checked}" type="checkbox" class="st-b4"${checked ? ' checked=""' : ''}><div class="st-b5 st-b6"><div data-testid="stWidgetLabel" class="st-emotion-cache-1whk732 e1y5xkzn0">${md(text)}</div></div></label></div>`,
  );

const textArea = (text: string, value: string) => {
  const id = `text_area_${++uid}`;
  return container(
    `<div class="stTextArea st-emotion-cache-1pbsqtx e1y5xkzn3" data-testid="stTextArea">${label(text, id)}<div data-baseweb="textarea" data-testid="stTextAreaRootElement" class="st-ae st-af"><textarea aria-invalid="false" aria-label="${text}" aria-required="false" autocomplete="" id="${id}" name="" placeholder="" rows="3" class="st-bf st-bg">${value}</textarea></div></div>`,
  );
};

const heading = (text: string) =>
  container(
    `<div class="stHeading" data-testid="stHeading"><div data-testid="stMarkdownContainer" class="st-emotion-cache-1hdc1g4"><h3 id="${text.toLowerCase().replace(/ /g, '-')}"><div data-testid="StyledLinkIconContainer" class="st-emotion-cache-zt5igj">${text}</div></h3></div></div>`,
  );

const app = (body: string) =>
  `<div class="stApp" data-testid="stApp"><div class="appview-container" data-testid="stAppViewContainer"><section class="main stMain" data-testid="stMain" tabindex="0"><div class="block-container stMainBlockContainer" data-testid="stMainBlockContainer"><div class="stVerticalBlock" data-testid="stVerticalBlock"><div data-testid="stForm" class="stForm"><div class="stVerticalBlock" data-testid="stVerticalBlock">${body}${container(
    '<div class="row-widget stButton" data-testid="stFormSubmitButton"><button kind="secondaryFormSubmit" data-testid="stBaseButton-secondaryFormSubmit" class="st-emotion-cache-1igbibe"><div data-testid="stMarkdownContainer"><p>Submit request</p></div></button></div>',
  )}</div></div></div></div></section></div></div>`;

const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

describe('Streamlit 1.39 on BaseWeb 12: text/number inputs, selectbox, multiselect, date_input, radio, checkbox', () => {
  it('reads the Ilaris request', () => {
    page(
      app(
        `${heading('Member')}${textInput('Member ID', ILARIS['patient.memberId'])}${dateInput('Date of birth', '1988/03/14')}${numberInput('Weight (kg)', '72')}
        ${heading('Diagnosis')}${multiselect('ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}
        ${heading('Medication')}${selectbox('Drug name', DRUGS, ILARIS['drug.name'])}${textInput('HCPCS code', ILARIS['drug.hcpcs'])}${textInput('NDC', ILARIS['drug.ndc'])}${numberInput('Dose (mg)', '150')}${numberInput('Billing units', '150')}${selectbox('Frequency', FREQS, 'Every 4 weeks')}
        ${heading('Labs')}${numberInput('CRP (mg/L)', '24')}${dateInput('CRP collection date', '2026/11/02')}
        ${heading('Prescriber')}${textInput('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '1988/03/14',
      'labs.crpDate': '2026/11/02',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('reads st.text_input by its stWidgetLabel and an empty one (placeholder only) as empty', () => {
    page(app(`${textInput('Member ID', ILARIS['patient.memberId'])}${textInput('Prescriber NPI', '', '10 digits')}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads st.number_input by its value, not its step buttons', () => {
    page(app(`${numberInput('Dose (mg)', '150')}${numberInput('CRP (mg/L)', '24.00')}`));
    expect(read()).toMatchObject({ 'drug.dose': '150', 'labs.crpValue': '24.00' });
    nothingFrom('[data-testid=stNumberInputStepUp], [data-testid=stNumberInputStepDown]');
  });

  it('reads st.selectbox by its shown option text, not the option index, the "Selected …" aria-label or the arrow title', () => {
    page(app(`${selectbox('Frequency', FREQS, 'Every 4 weeks')}${selectbox('Drug name', DRUGS, 'Kineret (anakinra)')}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'drug.name': 'Kineret (anakinra)' });
  });

  it('names st.selectbox by its stWidgetLabel, not the input aria-label that starts with the chosen value', () => {
    page(app(selectbox('Frequency', FREQS, 'Every 4 weeks')));
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads an empty st.selectbox (placeholder "Choose an option") as empty', () => {
    page(app(`${selectbox('Frequency', FREQS, '')}${textInput('Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toEqual({ 'drug.frequency': '', 'patient.memberId': ILARIS['patient.memberId'] });
  });

  it('reads st.multiselect by its tags, not their "Remove …" labels or the clear icon', () => {
    page(app(multiselect('ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads st.date_input by its input (label without for, input named "Select a date."), not the screen-reader messages', () => {
    page(app(`${dateInput('Date of birth', '1988/03/14')}${dateInput('CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': '1988/03/14', 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of birth');
  });

  it('reads st.radio by the chosen option text, not its index value', () => {
    page(app(radio('Frequency', FREQS, 'Every 8 weeks')));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads st.text_area (label for its id) next to an st.checkbox attestation', () => {
    page(
      app(
        `${textInput('Drug name', ILARIS['drug.name'])}${textArea('Dose', '150')}${checkbox('I attest the information is accurate', true)}`,
      ),
    );
    expect(read()).toMatchObject({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
  });
});
