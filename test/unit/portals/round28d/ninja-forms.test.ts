import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Ninja Forms 3.2.9 (ywatt/ninja-forms@20c048c84a1e4a270e13a50f8ee98c5b40529e2c, a copy of the plugin):
 * the Backbone/Marionette front end (assets/js/front-end/views/*: fieldLayout `nf-field`, fieldCollection
 * `nf-fields-wrap`, the sections `nf-section`, errors `nf-errors`; fieldItem.js renderWrapClass/renderClasses;
 * fieldLayout.js renderContainerClass; controllers/fieldDate.js) and its Underscore templates
 * (includes/Templates/app-layout, form-layout, app-before-fields, app-after-fields, field-layout, fields-wrap,
 * fields-wrap-no-label, fields-label, field-after, fields-error, fields-textbox, fields-number, fields-date,
 * fields-listradio, fields-listcheckbox, fields-listselect, fields-html, form-hp .html;
 * display-form-container.html.php), assets/js/lib/pikaday-responsive.js:
 * - `div#nf-form-1-cont.nf-form-cont[role=form]` (no `<form>` element) > `span.nf-form-title` > `h3`,
 *   `div.nf-form-wrap` > … `div.nf-form-content` > `nf-fields-wrap` of `nf-field` >
 *   `div#nf-field-N-container.nf-field-container.<type>-container.label-above` > `div.nf-before-field`,
 *   `div.nf-field` > `div#nf-field-N-wrap.field-wrap.<type>-wrap[data-field-id]` > `div.nf-field-label >
 *   label[for=nf-field-N]` ("Label " + `span.ninja-forms-req-symbol` "*"), `div.nf-field-element` > the input
 *   (`#nf-field-N.ninja-forms-field.nf-element`, `aria-describedby=nf-error-N`), `div.nf-field-description`;
 *   then `div.nf-after-field` > `div.nf-input-limit` + `div#nf-error-N.nf-error-wrap.nf-error[role=alert]`.
 * - Lists: `ul` of `li` > `input#nf-field-N-K` + `label[for]` (`nf-checked-label` when chosen); the field's
 *   label keeps `for=nf-field-N`, which no element carries. "Other" (listradio-other): a radio valued
 *   `nf-other` and a `label` "Other" holding a text box for the typed choice. Select: `select#nf-field-N` then
 *   an empty `div[for]`.
 * - Date: pikadayResponsive turns the `input.datepicker` into `type=hidden` (it keeps the value) inside
 *   `div.pikaday__container`, and appends a display `input.pikaday__display.pikaday__display--pikaday` (its
 *   classes copied, no id) showing the date; Pikaday appends `div.pika-single.is-bound` to body (`is-hidden`
 *   while closed) with month and year selects and the day table.
 * - HTML field (wrap-no-label): the HTML as written (here a heading) in `div.nf-field-element`.
 * - Honeypot (`div.nf-form-hp`): a `label[aria-hidden=true]` around `input.nf-field-hp`.
 * - The templates themselves stay in the page as `script[type="text/template"]`.
 * - Save Progress add-on (pronamic/ninja-forms-save-progress@1375736197e5e2819a78ca7697c7b0949e0e3fb7:
 *   templates/save-table-container.html.php, save-table.html.php, save-item.html.php,
 *   includes/controllers/form.php): before the form (`ninja_forms_display_before_form`) a
 *   `fieldset.nf-saves-cont` > `legend` + `table` of the user's saved drafts: a head of the chosen fields' titles,
 *   "Saved" and an empty cell, and a row per save (its fields' values, the date, `a.load` "Load" and
 *   `a.cancel` "Cancel").
 */

const req = ' <span class="ninja-forms-req-symbol">*</span> ';
const nfField = (id: number, type: string, inner: string, parent = type) =>
  `<nf-field><div id="nf-field-${id}-container" class="nf-field-container ${type}-container  label-above ${parent !== type ? ` ${parent}-container` : ''}"><div class="nf-before-field"><nf-section></nf-section></div><div class="nf-field">${inner}</div><div class="nf-after-field"><nf-section><div class="nf-input-limit"></div><div id="nf-error-${id}" class="nf-error-wrap nf-error" role="alert"></div></nf-section></div></div></nf-field>`;
const wrap = (id: number, type: string, label: string, element: string, o: { desc?: string; parent?: string } = {}) =>
  `<div id="nf-field-${id}-wrap" class="field-wrap ${type}-wrap${o.parent ? ` ${o.parent}-wrap` : ''}" data-field-id="${id}"><div class="nf-field-label"><label for="nf-field-${id}" class="">${label}${req}</label></div><div class="nf-field-element">${element}</div>${o.desc ? `<div class="nf-field-description"><p>${o.desc}</p></div>` : ''}</div>`;
const input = (id: number, value: string, type = 'text') =>
  `<input id="nf-field-${id}" name="nf-field-${id}" aria-invalid="false" aria-describedby="nf-error-${id}" class="ninja-forms-field nf-element" type="${type}" value="${value}">`;

const textbox = (id: number, label: string, value: string, desc?: string) =>
  nfField(id, 'textbox', wrap(id, 'textbox', label, input(id, value), { desc }));
const number = (id: number, label: string, value: string) => nfField(id, 'number', wrap(id, 'number', label, input(id, value, 'number')));

/** a Date field after pikadayResponsive: the hidden store and the display box it appends */
const date = (id: number, label: string, value: string) =>
  nfField(
    id,
    'date',
    wrap(
      id,
      'date',
      label,
      `<div class="pikaday__container"><input id="nf-field-${id}" name="nf-field-${id}" aria-invalid="false" aria-describedby="nf-error-${id}" class="ninja-forms-field nf-element datepicker" type="hidden" value="${value}"><input type="text" class="pikaday__display pikaday__display--pikaday ninja-forms-field nf-element datepicker${value ? '' : ' is-empty'}" placeholder="" value="${value}"></div>`,
    ),
  );

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** the calendar Pikaday appends to body for each date field */
const pika = (month: number, year: number, day: number, open = false) =>
  `<div class="pika-single${open ? '' : ' is-hidden'} is-bound" style="position: absolute; left: 40px; top: 312px;"><div class="pika-lendar"><div id="pika-title-${month}${year}" class="pika-title" role="heading" aria-live="assertive"><div class="pika-label">${months[month]}<select class="pika-select pika-select-month" tabindex="-1">${months
    .map((m, i) => `<option value="${i}"${i === month ? ' selected="selected"' : ''}>${m}</option>`)
    .join(
      '',
    )}</select></div><div class="pika-label">${year}<select class="pika-select pika-select-year" tabindex="-1"><option value="${year - 1}">${year - 1}</option><option value="${year}" selected="selected">${year}</option><option value="${year + 1}">${year + 1}</option></select></div><button class="pika-prev" type="button">Previous Month</button><button class="pika-next" type="button">Next Month</button></div><table cellpadding="0" cellspacing="0" class="pika-table" role="grid" aria-labelledby="pika-title-${month}${year}"><thead><tr><th scope="col"><abbr title="Sunday">Sun</abbr></th><th scope="col"><abbr title="Monday">Mon</abbr></th><th scope="col"><abbr title="Tuesday">Tue</abbr></th></tr></thead><tbody><tr class="pika-row">${[
    day - 1,
    day,
    day + 1,
  ]
    .map(
      (d) =>
        `<td data-day="${d}" class="${d === day ? 'is-selected' : ''}" aria-selected="${d === day}"><button class="pika-button pika-day" type="button" data-pika-year="${year}" data-pika-month="${month}" data-pika-day="${d}">${d}</button></td>`,
    )
    .join('')}</tr></tbody></table></div></div>`;

type Other = { text: string };
function list(id: number, type: 'listradio' | 'listcheckbox', label: string, chosen: string[], options: string[], other?: Other): string {
  const kind = type === 'listradio' ? 'radio' : 'checkbox';
  const items = options
    .map((v, i) => {
      const on = chosen.includes(v);
      return `<li><input type="${kind}" id="nf-field-${id}-${i}" name="nf-field-${id}" class="ninja-forms-field nf-element ${on ? 'nf-checked' : ''}" value="${v}"${on ? ' checked="checked"' : ''}> <label for="nf-field-${id}-${i}" class="${on ? 'nf-checked-label' : ''}">${v}</label></li>`;
    })
    .join('');
  const otherItem = other
    ? `<li><input type="${kind}" name="nf-field-${id}" class="ninja-forms-field nf-element" value="nf-other" checked="checked"> <label>Other <input type="text" name="nf-field-${id}" class="nf-element" value="${other.text}"></label></li>`
    : '';
  return nfField(
    id,
    type,
    wrap(id, type, label, `<ul aria-describedby="nf-error-${id}">${items}${otherItem}</ul>`, { parent: 'list' }),
    'list',
  );
}

const select = (id: number, label: string, chosen: string, options: string[]) =>
  nfField(
    id,
    'listselect',
    wrap(
      id,
      'listselect',
      label,
      `<select id="nf-field-${id}" name="nf-field-${id}" aria-invalid="false" aria-describedby="nf-error-${id}" class="ninja-forms-field nf-element">${options
        .map((v) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`)
        .join('')}</select><div for="nf-field-${id}"></div>`,
      { parent: 'list' },
    ),
    'list',
  );

const html = (id: number, markup: string) =>
  nfField(
    id,
    'html',
    `<div id="nf-field-${id}-wrap" class="field-wrap html-wrap" data-field-id="${id}"><div class="nf-field-label"></div><div class="nf-field-element">${markup}</div><div class="nf-error-wrap"></div></div>`,
  );

const templates = `<script id="tmpl-nf-field-textbox" type="text/template">
	<input id="nf-field-{{{ data.id }}}" name="nf-field-{{{ data.id }}}" aria-invalid="false" aria-describedby="nf-error-{{{ data.id }}}" class="{{{ data.renderClasses() }}} nf-element" type="text" value="{{{ data.value }}}" {{{ data.renderPlaceholder() }}}>
</script><script id="tmpl-nf-field-label" type="text/template">
	<div class="nf-field-label"><label for="nf-field-{{{ data.id }}}" class="{{{ data.renderLabelClasses() }}}">{{{ data.label }}}</label></div>
</script>`;

const ninja = (fields: string, tail = '') =>
  `<div id="nf-form-1-cont" class="nf-form-cont" aria-live="polite" aria-labelledby="nf-form-title-1" aria-describedby="nf-form-errors-1" role="form"><span id="nf-form-title-1" class="nf-form-title"><h3>Prior authorization request</h3></span><div class="nf-form-wrap ninja-forms-form-wrap"><div class="nf-response-msg"></div><div class="nf-debug-msg"></div><div class="nf-before-form"><nf-section></nf-section></div><div class="nf-form-layout"><div><div class="nf-before-form-content"><nf-section><div class="nf-form-fields-required">Fields marked with an <span class="ninja-forms-req-symbol">*</span> are required</div></nf-section></div><div class="nf-form-content "><nf-fields-wrap>${fields}<nf-field><div id="nf-field-90-container" class="nf-field-container submit-container  label-above "><div class="nf-field"><div id="nf-field-90-wrap" class="field-wrap submit-wrap" data-field-id="90"><div class="nf-field-label"></div><div class="nf-field-element"><input id="nf-field-90" class="ninja-forms-field nf-element " type="button" value="Submit"></div></div></div></div></nf-field></nf-fields-wrap></div><div class="nf-after-form-content"><nf-section><div id="nf-form-errors-1" class="nf-form-errors" role="alert"><nf-errors></nf-errors></div><div class="nf-form-hp"><nf-section><label for="nf-field-hp-1" aria-hidden="true">If you are a human seeing this field, please leave it empty.<input id="nf-field-hp-1" name="nf-field-hp" class="nf-element nf-field-hp" type="text" value=""></label></nf-section></div></nf-section></div></div></div><div class="nf-after-form"><nf-section></nf-section></div></div></div>${templates}${tail}`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];

const therapy = (i: 0 | 1, id: number) =>
  `${html(id, `<h4>Prior therapy ${i + 1}</h4>`)}${textbox(id + 1, 'Drug', THERAPIES[`priorTherapies.${i}.drug`])}${textbox(id + 2, 'Dose', THERAPIES[`priorTherapies.${i}.dose`])}${date(id + 3, 'Start date', THERAPIES[`priorTherapies.${i}.start`])}${date(id + 4, 'Stop date', THERAPIES[`priorTherapies.${i}.stop`])}${textbox(id + 5, 'Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}`;

const fullForm = () =>
  `${html(1, '<h3>Member</h3>')}${textbox(2, 'Member ID', ILARIS['patient.memberId'], 'As printed on the member card')}${date(3, 'Date of birth', ILARIS['patient.dob'])}${number(4, 'Weight (kg)', '72')}${html(5, '<h3>Medication</h3>')}${select(6, 'Drug name', ILARIS['drug.name'], DRUGS)}${textbox(7, 'HCPCS code', ILARIS['drug.hcpcs'])}${textbox(8, 'NDC', ILARIS['drug.ndc'])}${number(9, 'Dose (mg)', '150')}${number(10, 'Billing units', '150')}${list(11, 'listradio', 'Frequency', ['Every 4 weeks'], FREQ)}${list(12, 'listcheckbox', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}${html(13, '<h3>Labs</h3>')}${number(14, 'CRP (mg/L)', '24')}${date(15, 'CRP collection date', ILARIS['labs.crpDate'])}${html(19, '<h3>Prior therapies</h3>')}${therapy(0, 20)}${therapy(1, 30)}${html(40, '<h3>Prescriber</h3>')}${textbox(41, 'Prescriber NPI', ILARIS['prescriber.npi'])}`;

/** the Save Progress table of the user's other saved drafts, before the form */
const savesTable = (rows: [string, string, string][]) =>
  `<fieldset class="nf-saves-cont"><legend>Your saved requests</legend><table><thead><th>Member ID</th><th>Drug name</th><th>Saved</th><th></th></thead><tbody>${rows
    .map(
      ([member, drug, saved]) =>
        `<tr><!--12--><td>${member}</td><td>${drug}</td><td>${saved}</td><td style="text-align:right;"><a class="load">Load</a> <a class="cancel">Cancel</a></td></tr>`,
    )
    .join('')}</tbody></table></fieldset>`;

describe('Ninja Forms 3: nf-field containers, list fields, Pikaday dates', () => {
  it('reads the full Ilaris request, and nothing from the Pikaday calendars, the honeypot or the templates', () => {
    page(
      ninja(
        fullForm(),
        `${pika(2, 1988, 14)}${pika(10, 2026, 2)}${pika(0, 2026, 5)}${pika(5, 2026, 30)}${pika(6, 2026, 1)}${pika(8, 2026, 15)}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
    nothingFrom('.pika-single');
    nothingFrom('.nf-form-hp');
  });

  it('names a textbox by its label without the required symbol or its description', () => {
    page(
      ninja(
        `${textbox(2, 'Member ID', ILARIS['patient.memberId'], 'As printed on the member card')}${textbox(41, 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toContain('Member ID');
    expect(field('patient.memberId')?.label).not.toContain('printed');
  });

  it('reads a Pikaday date once (its hidden store and display box), and nothing from an open calendar on another day', () => {
    page(
      ninja(
        `${date(3, 'Date of birth', ILARIS['patient.dob'])}${date(15, 'CRP collection date', ILARIS['labs.crpDate'])}`,
        `${pika(2, 1988, 14)}${pika(10, 2026, 9, true)}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    noDuplicatePaths();
    nothingFrom('.pika-single');
  });

  it('reads an empty Pikaday date (display box classed is-empty) as empty', () => {
    page(ninja(date(15, 'CRP collection date', ''), pika(10, 2026, 4)));
    expect(read()).toEqual({ 'labs.crpDate': '' });
  });

  it('reads a radio list as its chosen frequency and a checkbox list as its ticked codes', () => {
    page(
      ninja(
        `${list(11, 'listradio', 'Frequency', ['Every 8 weeks'], FREQ)}${list(12, 'listcheckbox', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a radio list answered by "Other" as the text typed beside it, not "nf-other"', () => {
    page(ninja(list(11, 'listradio', 'Frequency', [], FREQ, { text: 'Every 6 weeks' })));
    expect(read()).toEqual({ 'drug.frequency': 'Every 6 weeks' });
  });

  it('reads a list select as its chosen option', () => {
    page(ninja(select(6, 'Drug name', 'Kineret (anakinra)', DRUGS)));
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)' });
  });

  it('reads fields showing their required errors by their own labels', () => {
    const err = (id: number) =>
      `<nf-errors><nf-section><div class="nf-error-msg nf-error-required-error">This is a required field.</div></nf-section></nf-errors>`.replace(
        'nf-error-required-error',
        `nf-error-required-error nf-error-${id}`,
      );
    page(
      ninja(
        `${textbox(2, 'Member ID', '')
          .replace('aria-invalid="false"', 'aria-invalid="true"')
          .replace('role="alert"></div>', `role="alert">${err(2)}</div>`)}${textbox(41, 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).not.toContain('required field');
  });

  it('reads the form, and nothing from the Save Progress table of other saved requests before it', () => {
    page(
      `${savesTable([
        ['U1111111111', 'Kineret (anakinra)', '2026-10-01 09:14:00'],
        ['U2222222222', 'Ilaris (canakinumab)', '2026-10-20 16:02:11'],
      ])}${ninja(`${textbox(2, 'Member ID', ILARIS['patient.memberId'])}${select(6, 'Drug name', ILARIS['drug.name'], DRUGS)}`)}`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.name': ILARIS['drug.name'] });
    noDuplicatePaths();
    nothingFrom('.nf-saves-cont');
  });

  it('reads prior therapies under HTML-field headings "Prior therapy 1" and "Prior therapy 2"', () => {
    page(
      ninja(
        `${html(19, '<h3>Prior therapies</h3>')}${therapy(0, 20)}${therapy(1, 30)}`,
        `${pika(0, 2026, 5)}${pika(5, 2026, 30)}${pika(6, 2026, 1)}${pika(8, 2026, 15)}`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });
});
