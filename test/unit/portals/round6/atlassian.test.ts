import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Atlassian Design System (@atlaskit/form 8, @atlaskit/textfield 5, @atlaskit/select 16 (react-select
 * 5 with classNamePrefix "react-select"), @atlaskit/datetime-picker 12, @atlaskit/calendar 13,
 * @atlaskit/modal-dialog 12; source read from the pioug/atlassian-frontend-mirror copy:
 * design-system/form/src/field.tsx, helper-message/messages.tsx, form-section.tsx;
 * design-system/datetime-picker/src/components/DatePicker.tsx; textfield, select, calendar,
 * modal-dialog), emotion class names hashed:
 * - Field: `div` > `label#<id>-label[for=<id>]` (a `span[aria-hidden=true]` "*" when required), the
 *   control, then HelperMessage `div#<id>-helper` / ErrorMessage `div#<id>-error` (error icon
 *   `span[role=img][aria-label=error]`). fieldProps give the control `id`, `name`, `aria-invalid` and
 *   `aria-labelledby="<id>-label <id>-helper <id>-valid <id>-error"` (messages included).
 * - Textfield: `div[data-ds--text-field--container] > input[data-ds--text-field--input]`, with
 *   `elemAfterInput` ("kg") rendered after the input inside the container.
 * - Select: react-select markup with `react-select__*` classes: `react-select__single-value` /
 *   `__placeholder`, `__multi-value` chips (`__multi-value__label`, `div[role=button]
 *   .react-select__multi-value__remove[aria-label="Remove M04.1"]`), the `input#<inputId>
 *   [role=combobox]` holding only the search, and `input[type=hidden][name]` with the option *value*.
 *   With `menuPortalTarget={document.body}` the open menu is `div.react-select__menu-portal` at the
 *   end of the body.
 * - DatePicker: `div[data-testid$=--container]` > `input[type=hidden][name]` with the ISO value, then
 *   a Select showing the date formatted by `dateFormat` as its single value, with a calendar
 *   indicator; the open Calendar (`table[role=grid]` of day buttons, month heading, prev/next
 *   buttons) is the Select's menu.
 * - ModalDialog: `div.atlaskit-portal-container > div.atlaskit-portal > … section[role=dialog]
 *   [aria-modal=true]` with header, body and footer.
 */

let n = 0;
const next = () => (n += 1);

const chevron = `<span role="img" aria-hidden="true" class="css-snhnyn" style="--icon-primary-color: currentColor;"><svg width="24" height="24" viewBox="0 0 24 24" role="presentation"><path d="M8.292 10.293a1.009 1.009 0 000 1.419l2.939 2.965z" fill="currentColor" fill-rule="evenodd"></path></svg></span>`;
const cross = `<span role="img" aria-label="Clear" class="css-1afrefi" style="--icon-primary-color: currentColor;"><svg width="16" height="16" viewBox="0 0 24 24" role="presentation"><path d="M12 10.586L6.707 5.293z" fill="currentColor"></path></svg></span>`;

type Control = (id: string, labelledBy: string) => string;

const fieldWrap = (name: string, label: string, control: Control, o: { required?: boolean; helper?: string; error?: string } = {}) => {
  const id = `${name}-uid${next()}`;
  const labelledBy = `${id}-label ${id}-helper ${id}-valid ${id}-error`;
  return `<div class="css-1ggou5n">
    <label id="${id}-label" for="${id}" class="css-1iekjvh">${label}${o.required ? '<span aria-hidden="true" class="css-13ojtgp">*</span>' : ''}</label>
    ${control(id, labelledBy)}
    ${o.helper ? `<div class="css-1rdanax" id="${id}-helper">${o.helper}</div>` : ''}
    ${o.error ? `<div class="css-1d89bj5" id="${id}-error"><span class="css-1pv3sc8"><span role="img" aria-label="error" class="css-1afrefi"><svg width="16" height="16" viewBox="0 0 24 24" role="presentation"><path d="M13.485 11.929l.707-.707z" fill="currentColor"></path></svg></span></span>${o.error}</div>` : ''}
  </div>`;
};

const textfield =
  (name: string, value: string, after?: string): Control =>
  (id, labelledBy) =>
    `<div data-ds--text-field--container="true" class="css-1o07z2d"><input id="${id}" name="${name}" aria-invalid="false" aria-labelledby="${labelledBy}" data-ds--text-field--input="true" class="css-mfjdp3" value="${value}">${after ? `<span class="css-1r0tnfl">${after}</span>` : ''}</div>`;

type Opt = [value: string, label: string];
const select =
  (name: string, chosen: Opt[], o: { multi?: boolean; placeholder?: string; open?: boolean } = {}): Control =>
  (id, labelledBy) => {
    const k = next();
    const shown = chosen.length
      ? o.multi
        ? chosen
            .map(
              ([, l]) =>
                `<div class="css-1rhbuit-multiValue react-select__multi-value"><div class="css-12jo7m5 react-select__multi-value__label">${l}</div><div role="button" class="css-10a8kxn react-select__multi-value__remove" aria-label="Remove ${l}">${cross}</div></div>`,
            )
            .join('')
        : `<div class="css-1uccc91-singleValue react-select__single-value">${chosen[0]![1]}</div>`
      : `<div class="css-1wa3eu0-placeholder react-select__placeholder" id="react-select-${k}-placeholder">${o.placeholder ?? 'Select...'}</div>`;
    const hidden = o.multi
      ? (chosen.length ? chosen : [['', '']]).map(([v]) => `<input name="${name}" type="hidden" value="${v}">`).join('')
      : `<input name="${name}" type="hidden" value="${chosen[0]?.[0] ?? ''}">`;
    return `<div class="css-2b097c-container react-select-container"><span id="react-select-${k}-live-region" class="css-1f43avz-a11yText-A11yText"></span>
      <div class="css-1pahdxg-control react-select__control${o.open ? ' react-select__control--is-focused react-select__control--menu-is-open' : ''}"><div class="css-1hwfws3 react-select__value-container${o.multi ? ' react-select__value-container--is-multi' : ''}${chosen.length ? ' react-select__value-container--has-value' : ''}">${shown}
        <div class="css-1g6gooi react-select__input-container" data-value=""><input class="" autocapitalize="none" autocomplete="off" autocorrect="off" id="${id}" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="${o.open ? 'true' : 'false'}" aria-haspopup="true" aria-invalid="false" aria-labelledby="${labelledBy}" role="combobox" value="" style="color: inherit; opacity: 1; width: 100%; grid-area: 1 / 2;"></div></div>
        <div class="css-1wy0on6 react-select__indicators"><span class="css-1okebmr-indicatorSeparator react-select__indicator-separator"></span><div class="css-tlfecz-indicatorContainer react-select__indicator react-select__dropdown-indicator" aria-hidden="true">${chevron}</div></div>
      </div>${hidden}</div>`;
  };

const menuPortal = (options: string[]) =>
  `<div class="css-1ug4ur3-MenuPortal react-select__menu-portal" style="left: 24px; position: absolute; top: 412px; width: 480px; z-index: 510;"><div class="css-26l3qy-menu react-select__menu"><div class="css-11unzgr react-select__menu-list react-select__menu-list--is-multi" role="listbox" aria-multiselectable="true">${options
    .map(
      (o, i) =>
        `<div class="css-${i === 0 ? '1n7v3ny' : 'yt9ioa'}-option react-select__option" aria-disabled="false" tabindex="-1" role="option" aria-selected="false">${o}</div>`,
    )
    .join('')}</div></div></div>`;

const calendar = () => {
  const day = (d: number) =>
    `<td role="gridcell" class="css-1ch7o3f"><button type="button" aria-selected="${d === 14}" tabindex="${d === 14 ? 0 : -1}" class="css-h6fbdm" data-testid="dob--calendar--${d === 14 ? 'selected-day' : 'date'}">${d}</button></td>`;
  const weeks = [0, 7, 14, 21, 28].map(
    (s) =>
      `<tr>${Array.from({ length: 7 }, (_, i) => s + i + 1)
        .filter((d) => d <= 31)
        .map(day)
        .join('')}</tr>`,
  );
  return `<div class="css-1hbbwcr react-select__menu"><div class="css-s8ycvg" data-testid="dob--calendar--container" aria-label="calendar" role="presentation"><div class="css-1ot5bvk"><div class="css-ww1ibf"><button type="button" class="css-q68uj" aria-label="Previous month, February 1988">‹</button><h2 class="css-1n5v2ba" id="month-year-heading" aria-live="polite">March 1988</h2><button type="button" class="css-q68uj" aria-label="Next month, April 1988">›</button></div>
    <table role="grid" aria-labelledby="month-year-heading" class="css-1xdjgye"><thead><tr>${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((d) => `<th class="css-15m7dpr"><abbr title="${d}">${d}</abbr></th>`).join('')}</tr></thead><tbody>${weeks.join('')}</tbody></table></div></div></div>`;
};

const datePicker =
  (name: string, iso: string, shown: string, o: { open?: boolean } = {}): Control =>
  (id, labelledBy) =>
    `<div data-testid="${name}--container" class="css-1yfhuwh">
      <input name="${name}" type="hidden" value="${iso}">
      <div class="css-2b097c-container"><span class="css-1f43avz-a11yText-A11yText"></span><div class="css-1dl2o2m-control${o.open ? ' css-focused' : ''}"><div class="css-1hwfws3">${
        shown ? `<div class="css-1uccc91-singleValue">${shown}</div>` : `<div class="css-1wa3eu0-placeholder">e.g. 12/31/2026</div>`
      }<div class="css-1g6gooi" data-value=""><input autocapitalize="none" autocomplete="off" autocorrect="off" id="${id}" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="${o.open ? 'true' : 'false'}" aria-haspopup="true" aria-labelledby="${labelledBy}" role="combobox" value=""></div></div>
      <div class="css-1wy0on6"><div class="css-1k8zrvf-indicatorContainer" aria-hidden="true"><span role="img" aria-label="calendar" class="css-snhnyn"><svg width="24" height="24" viewBox="0 0 24 24" role="presentation"><path d="M4.995 5h14.01C20.107 5 21 5.895 21 6.994z" fill="currentColor"></path></svg></span></div></div></div>${o.open ? calendar() : ''}</div>
    </div>`;

const section = (title: string, body: string) =>
  `<div class="css-1gyeu6q"><h3 class="css-1s1rdeh">${title}</h3><div class="css-19h5ll5">${body}</div></div>`;
const form = (body: string) =>
  `<div class="css-1i1z3s8"><form><div class="css-1ntq7k3"><h1 class="css-19yy1ae">Prior authorization request</h1></div>${body}<footer class="css-1vl7gmq"><div class="css-1w8t12m"><button class="css-1l4j2co" type="submit"><span class="css-178ag6o">Submit</span></button></div></footer></form></div>`;

describe('Atlassian @atlaskit/form: Field + Textfield / Select / DatePicker', () => {
  it('reads the full Ilaris request', () => {
    page(
      `<div id="root">${form(`
      ${section(
        'Member',
        `${fieldWrap('memberId', 'Member ID', textfield('memberId', ILARIS['patient.memberId']), { required: true, helper: 'As printed on the member card' })}
        ${fieldWrap('dob', 'Date of birth', datePicker('dob', '1988-03-14', ILARIS['patient.dob']), { required: true })}
        ${fieldWrap('weight', 'Weight', textfield('weight', '72', 'kg'))}`,
      )}
      ${section(
        'Diagnosis',
        fieldWrap(
          'icd10',
          'ICD-10 codes',
          select(
            'icd10',
            [
              ['M041', 'M04.1'],
              ['M061', 'M06.1'],
            ],
            { multi: true },
          ),
        ),
      )}
      ${section(
        'Medication',
        `${fieldWrap('drug', 'Drug name', select('drug', [['ndc-00078073461', ILARIS['drug.name']]]))}
        ${fieldWrap('hcpcs', 'HCPCS code', textfield('hcpcs', ILARIS['drug.hcpcs']))}
        ${fieldWrap('ndc', 'NDC', textfield('ndc', ILARIS['drug.ndc']), { helper: '11-digit NDC in 5-4-2 format' })}
        ${fieldWrap('dose', 'Dose', textfield('dose', '150', 'mg'))}
        ${fieldWrap('units', 'Billing units', textfield('units', '150'), { helper: 'J0638: 1 unit = 1 mg' })}
        ${fieldWrap('frequency', 'Frequency', select('frequency', [['Q4W', 'Every 4 weeks']]))}`,
      )}
      ${section(
        'Labs',
        `${fieldWrap('crp', 'CRP', textfield('crp', '24', 'mg/L'))}
        ${fieldWrap('crpDate', 'CRP collection date', datePicker('crpDate', '2026-11-02', ILARIS['labs.crpDate']))}`,
      )}
      ${section('Prescriber', fieldWrap('npi', 'Prescriber NPI', textfield('npi', ILARIS['prescriber.npi'])))}
    `)}</div>`,
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    expect(mapped().some((m) => m.field.element.matches('input[type=hidden]'))).toBe(false);
    noDuplicatePaths();
  });

  it('names a field by its label although aria-labelledby also lists its helper message', () => {
    page(
      form(
        fieldWrap('memberId', 'Member ID', textfield('memberId', ILARIS['patient.memberId']), { helper: 'As printed on the member card' }),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    expect(field('patient.memberId')?.label).toContain('Member ID');
  });

  it('reads a multi Select from its chips, not the "Remove" buttons nor the open menu portalled to the body', () => {
    page(
      `${form(fieldWrap('icd10', 'ICD-10 codes', select('icd10', [['M041', 'M04.1']], { multi: true, open: true })))}${menuPortal(['M06.1', 'M04.8'])}`,
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    nothingFrom('.react-select__menu-portal');
    nothingFrom('.react-select__multi-value__remove');
  });

  it('reads Selects showing their placeholder and an empty DatePicker as empty', () => {
    page(
      form(`${fieldWrap('drug', 'Drug name', select('drug', [], { placeholder: 'Choose a drug' }))}
      ${fieldWrap('icd10', 'ICD-10 codes', select('icd10', [], { multi: true, placeholder: 'Choose codes' }))}
      ${fieldWrap('dob', 'Date of birth', datePicker('dob', '', ''))}`),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '', 'patient.dob': '' });
  });

  it('reads a DatePicker by the date it shows, not its hidden ISO value, and nothing from the open calendar', () => {
    page(form(fieldWrap('dob', 'Date of birth', datePicker('dob', '1988-03-14', '03/14/1988', { open: true }))));
    expect(read()).toEqual({ 'patient.dob': '03/14/1988' });
    nothingFrom('[data-testid$="--calendar--container"]');
  });

  it('reads a field with an error message by its value', () => {
    page(form(fieldWrap('npi', 'Prescriber NPI', textfield('npi', '123456789'), { required: true, error: 'NPI must be 10 digits' })));
    expect(read()).toEqual({ 'prescriber.npi': '123456789' });
  });

  it('reads two prior therapies, one FormSection each', () => {
    const therapy = (i: number, drug: string, dose: string, start: string, stop: string, outcome: string) =>
      section(
        `Prior therapy ${i}`,
        `${fieldWrap(`therapies[${i - 1}].drug`, 'Medication', textfield(`therapies[${i - 1}].drug`, drug))}
        ${fieldWrap(`therapies[${i - 1}].dose`, 'Dose', textfield(`therapies[${i - 1}].dose`, dose))}
        ${fieldWrap(`therapies[${i - 1}].start`, 'Start date', datePicker(`therapies[${i - 1}].start`, 'iso', start))}
        ${fieldWrap(`therapies[${i - 1}].stop`, 'End date', datePicker(`therapies[${i - 1}].stop`, 'iso', stop))}
        ${fieldWrap(`therapies[${i - 1}].outcome`, 'Outcome', textfield(`therapies[${i - 1}].outcome`, outcome))}`,
      );
    page(
      form(
        therapy(1, 'colchicine', '0.6 mg twice daily', '01/05/2026', '06/30/2026', 'Inadequate response') +
          therapy(2, 'anakinra', '100 mg daily', '07/01/2026', '09/15/2026', 'Injection-site reactions'),
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads a form in a ModalDialog portalled to the body', () => {
    page(`<div id="root"></div><div class="atlaskit-portal-container" style="display: flex;"><div class="atlaskit-portal" style="z-index: 510;"><div class="css-1y5t5j3"><div data-focus-guard="true" tabindex="0"></div><div data-focus-lock-disabled="false"><div class="css-1m4vhns"><div class="css-rjt4ar"><section aria-modal="true" role="dialog" tabindex="-1" aria-labelledby="modal-title" class="css-1ox7w4y">
      <div class="css-1bavf9v"><h1 class="css-1qwoa3y"><span id="modal-title" class="css-1ujq8q0">Edit member</span></h1></div>
      <div class="css-fxvhvl">${form(`${fieldWrap('memberId', 'Member ID', textfield('memberId', ILARIS['patient.memberId']))}${fieldWrap('weight', 'Weight', textfield('weight', '72', 'kg'))}`)}</div>
      <div class="css-1r5znud"><button class="css-1l4j2co" type="button"><span>Cancel</span></button><button class="css-1l4j2co" type="button"><span>Save</span></button></div>
    </section></div></div></div><div data-focus-guard="true" tabindex="0"></div></div></div></div>`);
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.weight': '72' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });
});
