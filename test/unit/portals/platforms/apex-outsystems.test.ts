import { afterEach, describe, expect, it } from 'vitest';
import { page, read, units } from '../read';

/**
 * Oracle APEX Universal Theme (t-Form-fieldContainer items, "Required" in the item assistance
 * after every required box, post text as units, Popup LOV with its hidden return value, Display
 * Only items as spans, radio groups with role=radiogroup) and OutSystems Reactive / OutSystems
 * UI (labels with data-label, inputs with data-input, validation messages after boxes, the
 * DropdownTags pattern drawn by Virtual Select: a role=combobox wrapper with tags as spans).
 */

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Oracle APEX Universal Theme', () => {
  const item = (name: string, label: string, input: string, { required = true, post = '', kind = 'text-field' } = {}) => `
    <div class="col col-6 apex-col-auto"><div class="t-Form-fieldContainer t-Form-fieldContainer--floatingLabel${required ? ' is-required' : ''} apex-item-wrapper apex-item-wrapper--${kind}" id="${name}_CONTAINER">
      <div class="t-Form-labelContainer"><label for="${name}" id="${name}_LABEL" class="t-Form-label">${label}</label></div>
      <div class="t-Form-inputContainer"><div class="t-Form-itemRequired-marker" aria-hidden="true"></div>
        <div class="t-Form-itemWrapper">${input}${post ? `<span class="t-Form-itemText t-Form-itemText--post">${post}</span>` : ''}</div>
        <div class="t-Form-itemAssistance"><span id="${name}_error_placeholder" class="a-Form-error" data-template-id="33609965712469734_ET"></span>${required ? '<div class="t-Form-itemRequired" aria-hidden="true">Required</div>' : ''}</div>
      </div></div></div>`;
  const text = (name: string, value: string) =>
    `<input type="text" id="${name}" name="${name}" class="text_field apex-item-text" value="${value}" size="30" maxlength="100"${' required'}>`;

  it('reads items with post text units, a Popup LOV, a Display Only item and a radio group', () => {
    page(`<form action="wwv_flow.accept?p_context=pa/request/1234" method="post" name="wwv_flow" id="wwvFlowForm" novalidate>
      <div class="t-Region" id="R1" role="region" aria-labelledby="R1_heading"><div class="t-Region-header"><h2 class="t-Region-title" id="R1_heading">Patient</h2></div>
        <div class="t-Region-body"><div class="container"><div class="row">
          ${item('P10_MEMBER_ID', 'Member ID', '<span id="P10_MEMBER_ID_DISPLAY" class="display_only apex-item-display-only" data-escape="true">W123456789</span><input type="hidden" name="P10_MEMBER_ID" id="P10_MEMBER_ID" value="W123456789">', { required: false, kind: 'display-only' })}
          ${item('P10_WEIGHT', 'Weight', text('P10_WEIGHT', '70'), { post: 'kg' })}
        </div></div></div></div>
      <div class="t-Region" id="R2" role="region" aria-labelledby="R2_heading"><div class="t-Region-header"><h2 class="t-Region-title" id="R2_heading">Medication Requested</h2></div>
        <div class="t-Region-body"><div class="container"><div class="row">
          ${item('P10_DRUG', 'Drug', '<input type="hidden" name="P10_DRUG" id="P10_DRUG_HIDDENVALUE" value="42"><input type="text" class="apex-item-text apex-item-popup-lov" id="P10_DRUG" value="Ilaris (canakinumab)" size="30" data-name="P10_DRUG"><button type="button" class="a-Button a-Button--popupLOV" id="P10_DRUG_lov_btn" tabindex="-1" aria-haspopup="dialog" title="List of Values" aria-label="List of Values"><span class="a-Icon icon-popup-lov" aria-hidden="true"></span></button>', { kind: 'popup-lov' })}
          ${item('P10_DOSE', 'Dose', text('P10_DOSE', '150'), { post: 'mg' })}
          ${item('P10_UNITS', 'Units', text('P10_UNITS', '150'))}
        </div><div class="row">
          <div class="col col-12"><div class="t-Form-fieldContainer is-required apex-item-wrapper apex-item-wrapper--radiogroup" id="P10_CONT_CONTAINER">
            <div class="t-Form-labelContainer"><span id="P10_CONT_LABEL" class="t-Form-label">Will the patient continue colchicine?</span></div>
            <div class="t-Form-inputContainer"><div class="t-Form-itemWrapper">
              <div tabindex="-1" id="P10_CONT" aria-labelledby="P10_CONT_LABEL" class="radio_group apex-item-group apex-item-group--rc apex-item-radio" role="radiogroup" aria-required="true">
                <div class="apex-item-grid radio_group"><div class="apex-item-grid-row">
                  <div class="apex-item-option"><input type="radio" id="P10_CONT_0" name="P10_CONT" data-display="Yes" value="Y" checked="checked"><label class="u-radio" for="P10_CONT_0">Yes</label></div>
                  <div class="apex-item-option"><input type="radio" id="P10_CONT_1" name="P10_CONT" data-display="No" value="N"><label class="u-radio" for="P10_CONT_1">No</label></div>
                </div></div></div></div>
              <div class="t-Form-itemAssistance"><span id="P10_CONT_error_placeholder" class="a-Form-error"></span><div class="t-Form-itemRequired" aria-hidden="true">Required</div></div></div></div></div>
        </div></div></div></div>
      <input type="hidden" name="p_flow_id" value="1234" id="pFlowId"><input type="hidden" name="p_flow_step_id" value="10" id="pFlowStepId"></form>`);
    expect(read()).toEqual({
      'patient.weight': '70',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.dose': '150',
      'drug.units': '150',
      'clinical.colchicineContinuing': 'Yes',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
  });
});

describe('OutSystems Reactive / OutSystems UI', () => {
  /** Virtual Select's wrapper as OutSystems UI's DropdownTags renders it (search on by default) */
  const vsTags = (uid: string, tags: string[], search: boolean) => `
    <div class="osui-dropdown-serverside osui-dropdown-tags" id="b7-DropdownTags"><div class="vscomp-ele" id="b7-vs">
      <div id="vscomp-ele-wrapper-${uid}" class="vscomp-ele-wrapper vscomp-wrapper multiple show-value-as-tags${search ? ' has-search-input' : ''}${tags.length ? ' has-value' : ''}" tabindex="0" role="combobox" aria-haspopup="listbox" aria-controls="vscomp-dropbox-container-${uid}" aria-expanded="false" aria-label="Options list">
        <input type="hidden" class="vscomp-hidden-input" name="b7-vs" value="${tags.join(',')}">
        <div class="vscomp-toggle-button"><div class="vscomp-value">${
          tags.length
            ? tags
                .map(
                  (t, i) => `<span class="vscomp-value-tag" data-index="${i}">
                  <span class="vscomp-value-tag-content">${t}</span>
                  <span class="vscomp-value-tag-clear-button" role="button" tabindex="0"><i class="vscomp-clear-icon"></i></span>
                </span>`,
                )
                .join('')
            : 'Select'
        }</div>
          <div class="vscomp-arrow"></div>
          <div class="vscomp-clear-button toggle-button-child" tabindex="-1" role="button"><i class="vscomp-clear-icon"></i></div></div>
        <div id="vscomp-dropbox-container-${uid}" class="vscomp-dropbox-container"><div class="vscomp-dropbox-container-top" aria-hidden="true" tabindex="-1">&nbsp;</div>
          <div class="vscomp-dropbox"><div class="vscomp-search-wrapper">${
            search
              ? `<div class="vscomp-search-container"><label for="vscomp-search-input-${uid}" class="vscomp-search-label" id="vscomp-search-label-${uid}">Type here to search</label><input type="text" class="vscomp-search-input" placeholder="Search..." id="vscomp-search-input-${uid}" aria-autocomplete="list" aria-controls="vscomp-options-container-${uid}"><span class="vscomp-search-clear" role="button">&times;</span></div>`
              : ''
          }</div>
            <div id="vscomp-options-container-${uid}" class="vscomp-options-container" role="listbox" aria-labelledby="vscomp-ele-wrapper-${uid}" aria-multiselectable="true"><div class="vscomp-options-loader"></div><div class="vscomp-options-list"><div class="vscomp-options"></div></div></div>
            <div class="vscomp-no-options">No options found</div><div class="vscomp-no-search-results">No results found</div></div>
          <div class="vscomp-dropbox-container-bottom" aria-hidden="true" tabindex="-1">&nbsp;</div></div>
      </div>
      <div id="vscomp-live-region-${uid}" class="vscomp-live-region" role="status" aria-live="polite" aria-atomic="true"></div>
      <div id="vscomp-error-message-${uid}" class="vscomp-error-message"></div></div></div>`;

  const osForm = (
    inner: string,
  ) => `<div id="b1-MainContent" class="main-content ThemeGrid_Container"><form data-form="" class="form card OSFillParent" novalidate>${inner}
    <button data-button="" class="btn btn-primary" type="submit">Submit</button></form></div>`;
  const osField = (id: string, label: string, control: string, validation = '') =>
    `<div class="columns-item"><span class="OSInline" id="${id}-lbl"><label data-label="" class="mandatory" for="${id}">${label}</label></span>${control}${validation}</div>`;

  it('reads inputs after OutSystems labels, with a validation message after the box before', () => {
    page(
      osForm(`<div class="columns columns2 gutter-base tablet-break-none phone-break-all">
      ${osField('b3-Input_Weight', 'Weight (kg)', '<input data-input="" class="form-control OSFillParent not-valid" type="number" aria-required="true" aria-invalid="true" value="" id="b3-Input_Weight">', '<span class="validation-message" id="b3-Input_Weight_msg">Required field!</span>')}
      ${osField('b3-Input_Dose', 'Dose (mg)', '<input data-input="" class="form-control OSFillParent" type="number" aria-required="true" value="150" id="b3-Input_Dose">')}
      ${osField('b3-Dropdown_Freq', 'Frequency', '<select data-dropdown="" class="dropdown-display dropdown" id="b3-Dropdown_Freq" aria-required="true"><option value="__ossli_0">Every 4 weeks</option><option value="__ossli_1" selected>Every 8 weeks</option></select>')}
      </div>`),
    );
    expect(read()).toEqual({ 'patient.weight': '', 'drug.dose': '150', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads an OutSystems UI DropdownTags (Virtual Select, search on) as its tags', () => {
    page(
      osForm(`<div class="columns-item"><span class="OSInline"><label data-label="" class="mandatory" for="b7-DropdownTags">ICD-10 codes</label></span>${vsTags('dx1', ['M04.1', 'M04.2'], true)}</div>
      ${osField('b3-Input_Dose', 'Dose (mg)', '<input data-input="" class="form-control OSFillParent" type="number" value="150" id="b3-Input_Dose">')}`),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2', 'drug.dose': '150' });
  });

  it('reads an OutSystems UI DropdownTags (Virtual Select, no search) as separate tags', () => {
    page(
      osForm(
        `<div class="columns-item"><span class="OSInline"><label data-label="" class="mandatory" for="b7-DropdownTags">ICD-10 codes</label></span>${vsTags('dx2', ['M04.1', 'M04.2'], false)}</div>`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('reads an empty DropdownTags as empty, not as its placeholder', () => {
    page(
      osForm(
        `<div class="columns-item"><span class="OSInline"><label data-label="" class="mandatory" for="b7-DropdownTags">ICD-10 codes</label></span>${vsTags('dx3', [], false)}</div>`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });
});
