import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from './request';

/**
 * AWS Cloudscape (@cloudscape-design/components 3.0, cloudscape-design/components src: form-field/
 * internal.tsx, input, select/parts/trigger.tsx, internal/components/button-trigger, multiselect/
 * internal.tsx, token-group, token, date-picker/index.tsx), class names hashed (`awsui_label_14mhv_…`):
 * - FormField: `div.awsui_root` > `div.awsui_label-wrapper > label#<id>-label[for=<controlId>]`,
 *   an optional `div.awsui_description`, `div.awsui_controls` (a grid: `div.awsui_control` and,
 *   with `secondaryControl`, `div.awsui_secondary-control`), `div.awsui_hints` (constraint text).
 *   The control gets the id and `aria-labelledby=<label id>`; the secondary control only the
 *   `aria-labelledby` (no id, no `for`).
 * - Input: `div.awsui_input-container > input.awsui_input`.
 * - Select: a `button[aria-haspopup=listbox][aria-labelledby="<label> trigger-content-…"]` (no
 *   role) whose `span#trigger-content-…` shows the option label (`awsui_placeholder` when empty)
 *   and a caret svg.
 * - Multiselect (default, not inline tokens): the same button showing the *placeholder* even with
 *   values, then a TokenGroup below it: `ul > li[aria-setsize][aria-posinset] >
 *   div.awsui_token[role=group]` with the option label and `button.awsui_dismiss-button
 *   [aria-label="Remove M04.1"]`.
 * - DatePicker: `div.awsui_date-picker-container > div.awsui_date-picker-trigger` holding the
 *   DateInput (an Input whose value is displayed "YYYY/MM/DD", placeholder "YYYY/MM/DD") and
 *   `button.awsui_open-calendar-button[aria-label="Choose date, selected date is …"]`; the
 *   calendar dropdown is rendered only while open.
 * Units sit in the label ("Weight", "CRP (mg/L)") or in a secondary-control Select ("kg").
 */

let n = 0;
const rid = () => `:r${(n += 1).toString(36)}:`;

const formField = (
  label: string,
  control: (id: string, labelId: string) => string,
  o: { description?: string; constraint?: string; secondary?: (labelId: string) => string } = {},
) => {
  const id = `formField${rid()}`;
  const labelId = `${id}-label`;
  return `<div class="awsui_root_14mhv_1sy8m_145" data-analytics-field-label="#${labelId}">
    <div class="awsui_label-wrapper_14mhv_1sy8m_196"><label class="awsui_label_14mhv_1sy8m_192" id="${labelId}" for="${id}">${label}</label></div>
    ${o.description ? `<div class="awsui_description_14mhv_1sy8m_196" id="${id}-description">${o.description}</div>` : ''}
    <div class="awsui_controls_14mhv_1sy8m_196"><div class="awsui_grid_14yj0_1k5sc_145 awsui_no-gutters_14yj0_1k5sc_181">
      <div class="awsui_grid-column_14yj0_1k5sc_186 awsui_colspan-${o.secondary ? 8 : 12}_14yj0_1k5sc_270"><div class="awsui_restore-pointer-events_14yj0_1k5sc_1061"><div class="awsui_control_14mhv_1sy8m_196">${control(id, labelId)}</div></div></div>
      ${o.secondary ? `<div class="awsui_grid-column_14yj0_1k5sc_186 awsui_colspan-4_14yj0_1k5sc_234"><div class="awsui_restore-pointer-events_14yj0_1k5sc_1061"><div class="awsui_secondary-control_14mhv_1sy8m_196">${o.secondary(labelId)}</div></div></div>` : ''}
    </div></div>
    ${o.constraint ? `<div class="awsui_hints_14mhv_1sy8m_475"><div class="awsui_constraint_14mhv_1sy8m_475" id="${id}-constraint">${o.constraint}</div></div>` : ''}
  </div>`;
};

const input =
  (value: string, placeholder = '') =>
  (id: string, labelId: string) =>
    `<div class="awsui_root_2rhyz_1ja2k_149 awsui_input-container_2rhyz_1ja2k_322"><input class="awsui_input_2rhyz_1ja2k_149 awsui_input-type-text_2rhyz_1ja2k_196" autocomplete="on" id="${id}" aria-labelledby="${labelId}" placeholder="${placeholder}" type="text" value="${value}"></div>`;

const caret = `<span class="awsui_arrow_18eso_1q0s8_153"><span class="awsui_icon_h11ix_1eh3p_185 awsui_size-normal-mapped-height_h11ix_1eh3p_243 awsui_size-normal_h11ix_1eh3p_239 awsui_variant-normal_h11ix_1eh3p_326"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" focusable="false" aria-hidden="true"><path d="m4 5 4 4 4-4Z" class="filled stroke-linejoin-round"></path></svg></span></span>`;

const optionLabel = (label: string, description = '') =>
  `<span class="awsui_option_1p2cx_1lrxd_149 awsui_trigger-variant_1p2cx_1lrxd_241" title="${label}"><span class="awsui_content_1p2cx_1lrxd_229"><span class="awsui_label-content_1p2cx_1lrxd_200"><span class="awsui_label_1p2cx_1lrxd_200">${label}</span></span>${description ? `<span class="awsui_description_1p2cx_1lrxd_212">${description}</span>` : ''}</span></span>`;

const selectTrigger = (id: string | null, labelledBy: string, shown: string | null, placeholder: string) => {
  const content = `trigger-content-${rid()}`;
  return `<div class="awsui_root_5gsk6_1dk7r_145"><div class="awsui_root_qwoo0_1gnb6_145"><div class="awsui_dropdown-trigger_qwoo0_1gnb6_149">
    <button type="button" class="awsui_button-trigger_18eso_1q0s8_145 awsui_has-caret_18eso_1q0s8_193"${id ? ` id="${id}"` : ''} aria-expanded="false" aria-labelledby="${labelledBy} ${content}" aria-haspopup="listbox">${
      shown
        ? `<span id="${content}" class="awsui_trigger_dwuol_1wn5w_145">${optionLabel(shown)}</span>`
        : `<span class="awsui_placeholder_dwuol_1wn5w_157 awsui_trigger_dwuol_1wn5w_145" id="${content}">${placeholder}</span>`
    }${caret}</button>
  </div></div></div>`;
};

const select =
  (shown: string | null, placeholder = 'Choose an option') =>
  (id: string, labelId: string) =>
    selectTrigger(id, labelId, shown, placeholder);

const token = (label: string, description: string, i: number, count: number) => {
  const labelId = rid();
  return `<li class="awsui_list-item_1qprq_1bp5e_145" aria-setsize="${count}" aria-posinset="${i + 1}">
    <div class="awsui_token_dm8gx_1qsmd_145" role="group" aria-labelledby="${labelId}" aria-disabled="false"><div class="awsui_token-box_dm8gx_1qsmd_154">
      <span class="awsui_option_1p2cx_1lrxd_149" id="${labelId}"><span class="awsui_content_1p2cx_1lrxd_229"><span class="awsui_label-content_1p2cx_1lrxd_200"><span class="awsui_label_1p2cx_1lrxd_200">${label}</span></span><span class="awsui_description_1p2cx_1lrxd_212">${description}</span></span></span>
      <button type="button" class="awsui_dismiss-button_dm8gx_1qsmd_214" aria-label="Remove ${label}"><span class="awsui_icon_h11ix_1eh3p_185 awsui_size-small_h11ix_1eh3p_221"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" focusable="false" aria-hidden="true"><path d="m2 2 12 12M14 2 2 14" class="stroke-linecap-round"></path></svg></span></button>
    </div></div>
  </li>`;
};

const multiselect = (chosen: [string, string][], placeholder: string) => (id: string, labelId: string) =>
  `<div class="awsui_root_1wepg_17u4u_145">
    ${selectTrigger(id, `${labelId} multiselect-ariaLabel-${rid()}`, null, placeholder)}
    ${
      chosen.length
        ? `<div class="awsui_root_dm8gx_1qsmd_145 awsui_has-items_dm8gx_1qsmd_180 awsui_tokens_1wepg_17u4u_149"><div class="awsui_root_1qprq_1bp5e_145 awsui_horizontal_1qprq_1bp5e_157"><ul class="awsui_list_1qprq_1bp5e_149">${chosen
            .map(([l, d], i) => token(l, d, i, chosen.length))
            .join('')}</ul></div></div>`
        : ''
    }
    <span class="awsui_root_xjuzf_1rlkd_145" id="multiselect-ariaLabel-x"></span>
  </div>`;

const datePicker = (value: string) => (id: string, labelId: string) =>
  `<div class="awsui_root_1fn7j_3cbqp_145 awsui_date-picker-container_1fn7j_3cbqp_155"><div class="awsui_root_qwoo0_1gnb6_145"><div class="awsui_dropdown-trigger_qwoo0_1gnb6_149">
    <div class="awsui_date-picker-trigger_1fn7j_3cbqp_159">
      <div class="awsui_date-picker-input_1fn7j_3cbqp_163">${input(value, 'YYYY/MM/DD')(id, labelId)}</div>
      <div><button class="awsui_button_vjswe_1r9uu_157 awsui_variant-normal_vjswe_1r9uu_205 awsui_button-no-text_vjswe_1r9uu_1001 awsui_open-calendar-button_1fn7j_3cbqp_168" aria-label="Choose date, selected date is ${value ? 'Monday, March 14, 1988' : 'none'}" type="button" formaction="none"><span class="awsui_icon_vjswe_1r9uu_1040 awsui_icon-left_vjswe_1r9uu_1040 awsui_icon_h11ix_1eh3p_185"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" focusable="false" aria-hidden="true"><path d="M1 2h14v13H1zM1 6h14M4 0v4M12 0v4" class="stroke-linejoin-round"></path></svg></span></button></div>
    </div>
  </div></div></div>`;

const container = (title: string, body: string) =>
  `<div class="awsui_root_14iqq_18kgu_185 awsui_fit-height_14iqq_18kgu_222"><div class="awsui_header_14iqq_18kgu_355"><div class="awsui_root_2qdw9_1jvaa_183"><div class="awsui_title_2qdw9_1jvaa_247"><h2 class="awsui_heading_2qdw9_1jvaa_330"><span class="awsui_heading-text_2qdw9_1jvaa_343">${title}</span></h2></div></div></div>
    <div class="awsui_content_14iqq_18kgu_391"><div class="awsui_root_18582_1e6lh_145 awsui_vertical_18582_1e6lh_188 awsui_vertical-l_18582_1e6lh_203">${body}</div></div></div>`;

describe('Cloudscape Form: FormField + Input / Select / DatePicker', () => {
  it('reads the request, a YYYY/MM/DD date as shown, and the weight unit Select in the secondary control', () => {
    page(`<div id="app"><form><div class="awsui_root_1i0s3_1lnn3_145"><div class="awsui_content_1i0s3_1lnn3_178">
      ${container(
        'Member',
        `${formField('Member ID', input(ILARIS['patient.memberId']))}
        ${formField('Date of birth', datePicker('1988/03/14'), { constraint: 'Use YYYY/MM/DD format.' })}
        ${formField('Weight', input('72'), { secondary: (labelId) => selectTrigger(null, labelId, 'kg', 'Unit') })}`,
      )}
      ${container(
        'Medication',
        `${formField('Drug name', select(ILARIS['drug.name'], 'Choose a drug'))}
        ${formField('HCPCS code', input(ILARIS['drug.hcpcs']))}
        ${formField('NDC', input(ILARIS['drug.ndc']), { description: '11-digit NDC in 5-4-2 format' })}
        ${formField('Dose (mg)', input('150'))}
        ${formField('Billing units', input('150'), { constraint: 'J0638: 1 unit = 1 mg' })}
        ${formField('Place of service', select('11 - Office'))}`,
      )}
      ${container(
        'Labs',
        `${formField('CRP (mg/L)', input('24'))}
        ${formField('CRP collection date', datePicker('2026/11/02'))}`,
      )}
      ${container('Prescriber', formField('Prescriber NPI', input(ILARIS['prescriber.npi'])))}
    </div></div></form></div>`);
    expect(read()).toEqual({
      ...ILARIS,
      'patient.dob': '1988/03/14',
      'patient.weightUnit': 'kg',
      'labs.crpDate': '2026/11/02',
      'drug.placeOfService': '11 - Office',
    });
    nothingFrom('[class*="open-calendar-button"]');
    noDuplicatePaths();
  });

  it('reads an empty Select (its placeholder) and an empty DatePicker as empty', () => {
    page(
      `<form>${formField('Place of service', select(null, 'Choose a place of service'))}${formField('Date of birth', datePicker(''))}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '', 'patient.dob': '' });
  });
});

describe('Cloudscape Multiselect', () => {
  it('reads diagnosis codes from the token group under the trigger, without "Remove …"', () => {
    page(
      `<form>${formField(
        'ICD-10 codes',
        multiselect(
          [
            ['M04.1', 'Periodic fever syndromes'],
            ['M06.1', 'Adult-onset Still disease'],
          ],
          'Choose ICD-10 codes',
        ),
      )}</form>`,
    );
    const values = read();
    expect(Object.keys(values)).toEqual(['diagnosis.codes.0']);
    expect(values['diagnosis.codes.0']!.split(/,\s*/).map((v) => v.split(' ')[0])).toEqual(['M04.1', 'M06.1']);
  });

  it('reads an empty Multiselect (its trigger showing the placeholder) as empty', () => {
    page(`<form>${formField('ICD-10 codes', multiselect([], 'Choose ICD-10 codes'))}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': '' });
  });

  it('takes no field from the token dismiss buttons', () => {
    page(`<form>${formField('ICD-10 codes', multiselect([['M04.1', 'Periodic fever syndromes']], 'Choose ICD-10 codes'))}</form>`);
    expect(mapped().filter((m) => m.field.element.matches('button[aria-label^="Remove"]'))).toEqual([]);
    expect(field('diagnosis.codes.0')?.label).toContain('ICD-10 codes');
  });
});
