import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths } from '../round5/request';

/**
 * Zoho Forms, the HTML a published form's "Embed > HTML" gives (Zoho's renderer is closed; the markup here
 * follows that embed code as pasted into public repositories and found through the code index: `zf-*`
 * template comments, `li.zf-tempFrmWrapper.zf-<size>` > `label.zf-labelName` (no `for`; required:
 * `em.zf-important` "*") + `div.zf-tempContDiv > span > input[name][checktype][maxlength]` +
 * `p#<Field>_error.zf-errorMessage[style=display:none]` "Invalid value", then `div.zf-clearBoth`):
 * - Single line / number / decimal: `input[type=text][checktype=c1|c2|c3]` (numbers are text boxes too).
 * - Date (`li.zf-date`): `input[type=text][name=Date][checktype=c4][maxlength=25][placeholder=""]` followed by
 *   the format written as a `<label>` linked to nothing ("dd-MMM-yyyy"), the value shown in that format.
 * - Dropdown: `select.zf-form-sBox[checktype=c1]` whose first option `-Select-` (value "-Select-", not "") is
 *   selected while nothing is chosen.
 * - Radio / Checkbox (`li.zf-radio` / `li.zf-checkbox`): `div.zf-overflow > span.zf-multiAttType >
 *   input.zf-radioBtnType|zf-checkBoxType[id=Radio_N|Checkbox_N][name=Radio|Checkbox][value] +
 *   label.zf-radioChoice|zf-checkChoice[for]`.
 * - Section (`li.zf-tempFrmWrapper.zf-section`): `h2` title + `p` description; form title `h2.zf-frmTitle > em`.
 * The brief's day/month/year split date was not found in any embed code I could read (Zoho's date field
 * embeds as one box with its format after it), so it is not modelled.
 */

const li = (cls: string, label: string, content: string, o: { required?: boolean; name?: string; error?: boolean } = {}) =>
  `<!---------${cls} Starts Here---------->\n<li class="zf-tempFrmWrapper ${cls}"><label class="zf-labelName">\n${label}\n${o.required ? '<em class="zf-important">*</em>\n' : ''}</label>\n<div class="zf-tempContDiv">${content}<p id="${o.name ?? 'Field'}_error" class="zf-errorMessage" style="display:${o.error ? 'block' : 'none'};">Invalid value</p>\n</div><div class="zf-clearBoth"></div></li>`;
const text = (name: string, label: string, value: string, o: { checktype?: string; required?: boolean; error?: boolean } = {}) =>
  li(
    'zf-medium',
    label,
    `<span> <input type="text" name="${name}" checktype="${o.checktype ?? 'c1'}" value="${value}" maxlength="255" fieldType=1 placeholder=""/></span> `,
    { ...o, name },
  );
const date = (name: string, label: string, value: string) =>
  li(
    'zf-date',
    label,
    `<span> <input type="text" name="${name}" checktype="c4" value="${value}" maxlength="25" placeholder=""/><label>dd-MMM-yyyy</label> </span><div class="zf-clearBoth"></div>`,
    { name },
  );
const dropdown = (name: string, label: string, chosen: string, options: string[]) =>
  li(
    'zf-large',
    label,
    `<select class="zf-form-sBox" name="${name}" checktype="c1">\n<option${chosen ? '' : ' selected="true"'} value="-Select-">-Select-</option>\n${options
      .map((o) => `<option value="${o.replace(/ /g, '&#x20;')}"${o === chosen ? ' selected="true"' : ''}>${o}</option>`)
      .join('\n')}\n</select>`,
    { name },
  );
const choices = (kind: 'radio' | 'checkbox', name: string, label: string, chosen: string[], options: string[]) =>
  li(
    `zf-${kind} zf-sideBySide`,
    label,
    `<div class="zf-overflow">${options
      .map(
        (o, i) =>
          `<span class="zf-multiAttType">\n<input class="${kind === 'radio' ? 'zf-radioBtnType' : 'zf-checkBoxType'}" type="${kind}" id="${name}_${i + 1}" name="${name}" checktype="c1" value="${o.replace(/ /g, '&#x20;')}"${chosen.includes(o) ? ' checked' : ''}/>\n<label for="${name}_${i + 1}" class="${kind === 'radio' ? 'zf-radioChoice' : 'zf-checkChoice'}">${o}</label> </span>`,
      )
      .join('\n')}<div class="zf-clearBoth"></div></div>`,
    { name },
  );
const section = (title: string) =>
  `<!---------Section Starts Here---------->\n<li class="zf-tempFrmWrapper zf-section"><h2>${title}</h2><p></p></li>`;
const form = (items: string) =>
  `<div class="zf-templateWidth"><form action="https://forms.zohopublic.com/acmehealth/form/PriorAuthorization/formperma/Xk2p/htmlRecords/submit" name="form" method="POST" onSubmit="javascript:document.charset=&quot;UTF-8&quot;; return zf_ValidateAndSubmit();" accept-charset="UTF-8" enctype="multipart/form-data" id="form"><input type="hidden" name="zf_referrer_name" value=""><input type="hidden" name="zf_redirect_url" value=""><input type="hidden" name="zc_gad" value=""><div class="zf-templateWrapper"><ul class="zf-tempHeadBdr"><li class="zf-tempHeadContBdr"><h2 class="zf-frmTitle"><em>Prior Authorization Request</em></h2>\n<p class="zf-frmDesc"></p>\n<div class="zf-clearBoth"></div></li></ul><div class="zf-subContWrap zf-topAlign"><ul>${items}</ul></div><ul><li class="zf-fmFooter"><button class="zf-submitColor">Submit</button></li></ul></div></form></div>`;

const codes = ['M04.1', 'M06.1', 'M04.8'];
const frequencies = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const shown = (d: string) => {
  const [m, day, y] = d.split('/');
  return `${day}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+m! - 1]}-${y}`;
};
const therapy = (i: 0 | 1) =>
  `${section(`Prior Therapy ${i + 1}`)}${text(`SingleLine${10 + i * 3}`, 'Drug', THERAPIES[`priorTherapies.${i}.drug`])}${text(`SingleLine${11 + i * 3}`, 'Dose', THERAPIES[`priorTherapies.${i}.dose`])}${date(`Date${3 + i * 2}`, 'Start Date', shown(THERAPIES[`priorTherapies.${i}.start`]))}${date(`Date${4 + i * 2}`, 'Stop Date', shown(THERAPIES[`priorTherapies.${i}.stop`]))}${text(`SingleLine${12 + i * 3}`, 'Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}`;

describe('Zoho Forms (embed HTML): zf-tempFrmWrapper items, dd-MMM-yyyy dates, -Select- dropdowns, radio and checkbox choices', () => {
  it('reads the full Ilaris request', () => {
    page(
      form(
        `${section('Member')}${text('SingleLine', 'Member ID', ILARIS['patient.memberId'], { required: true })}${date('Date', 'Date of Birth', '14-Mar-1988')}${text('Decimal', 'Weight (kg)', '72', { checktype: 'c3' })}${section('Diagnosis')}${choices('checkbox', 'Checkbox', 'ICD-10 Codes', ['M04.1', 'M06.1'], codes)}${section('Medication')}${dropdown('Dropdown', 'Drug Name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('SingleLine1', 'HCPCS Code', ILARIS['drug.hcpcs'])}${text('SingleLine2', 'NDC', ILARIS['drug.ndc'])}${text('Number', 'Dose (mg)', '150', { checktype: 'c2' })}${text('Number1', 'Billing Units', '150', { checktype: 'c2' })}${choices('radio', 'Radio', 'Frequency', ['Every 4 weeks'], frequencies)}${section('Labs')}${text('Decimal1', 'CRP (mg/L)', '24', { checktype: 'c3' })}${date('Date1', 'CRP Collection Date', '02-Nov-2026')}${therapy(0)}${therapy(1)}${section('Prescriber')}${text('SingleLine3', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({
      ...ILARIS,
      ...THERAPIES,
      'patient.dob': '14-Mar-1988',
      'labs.crpDate': '02-Nov-2026',
      'priorTherapies.0.start': '05-Jan-2026',
      'priorTherapies.0.stop': '30-Jun-2026',
      'priorTherapies.1.start': '01-Jul-2026',
      'priorTherapies.1.stop': '15-Sep-2026',
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.frequency': 'Every 4 weeks',
    });
    noDuplicatePaths();
  });

  it('names a box by its zf-labelName, without the required "*" or the hidden "Invalid value"', () => {
    page(
      form(
        `${text('SingleLine', 'Member ID', ILARIS['patient.memberId'], { required: true })}${text('SingleLine3', 'Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a box by its label, not the shown "Invalid value" error of the item before it', () => {
    page(
      form(
        `${text('SingleLine', 'Member ID', '', { required: true, error: true })}${text('SingleLine3', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a date box by its zf-labelName, not the "dd-MMM-yyyy" format label after it', () => {
    page(form(`${date('Date', 'Date of Birth', '14-Mar-1988')}${date('Date1', 'CRP Collection Date', '')}`));
    expect(read()).toEqual({ 'patient.dob': '14-Mar-1988', 'labs.crpDate': '' });
    expect(field('patient.dob')?.label).toBe('Date of Birth');
  });

  it('reads a dropdown still on its "-Select-" option as empty', () => {
    page(
      form(
        `${dropdown('Dropdown', 'Drug Name', '', ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${dropdown('Dropdown1', 'Frequency', 'Every 8 weeks', frequencies)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads the checkbox choices as the ticked codes and the radio choices as the checked one', () => {
    page(
      form(
        `${choices('checkbox', 'Checkbox', 'ICD-10 Codes', ['M04.1', 'M06.1'], codes)}${choices('radio', 'Radio', 'Frequency', ['Once'], frequencies)}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Once' });
  });

  it('reads the prior therapies under their section titles', () => {
    page(form(`${therapy(0)}${therapy(1)}`));
    expect(read()).toEqual({
      ...THERAPIES,
      'priorTherapies.0.start': '05-Jan-2026',
      'priorTherapies.0.stop': '30-Jun-2026',
      'priorTherapies.1.start': '01-Jul-2026',
      'priorTherapies.1.stop': '15-Sep-2026',
    });
    noDuplicatePaths();
  });
});
