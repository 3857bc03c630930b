import { describe, expect, it } from 'vitest';
import { field, read } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';
import { renderComponents } from '../components/shadow';

/**
 * Web Awesome 3 (shoelace-style/webawesome at 1e8fc6e, packages/webawesome/src/components/: input/input.ts,
 * textarea/textarea.ts, select/select.ts (+ getTag), option/option.ts, tag/tag.ts, checkbox/checkbox.ts,
 * radio-group/radio-group.ts, radio/radio.ts render()):
 * - wa-input's shadow root: `label.label.has-label[for=input][part=form-control-label label]` > slot[name=label]
 *   (fallback: the `label` attribute), `div.text-field[part=base]` > slot start, `input#input.control
 *   [aria-describedby=hint]`, slot end; `slot#hint[name=hint]` holding the `hint` text (no wrapping form-control div
 *   any more, unlike Shoelace 2).
 * - wa-textarea: the same label, `div.textarea > textarea#input.control` + `div.size-adjuster[hidden]`, then
 *   `div.footer > slot#hint`.
 * - wa-select: `div.form-control > label#label`, `div.form-control-input > wa-popup.select > div.combobox[slot=anchor]`
 *   holding the readonly `input.display-input[role=combobox][aria-labelledby=label][aria-controls=listbox]` (the
 *   chosen option's label, or "N options selected" when multiple), the multiple's `div.tags` of wa-tag
 *   [with-remove] (each with a wa-button remove holding wa-icon[label=Remove]), the aria-hidden
 *   `input.value-input` (values joined ", "), the chevron; then `div#listbox[role=listbox]` > the default slot of
 *   light-DOM wa-option (role=option set by the option, aria-selected).
 * - wa-checkbox: `label[part=base] > span[part=control] > input.input[type=checkbox]` + wa-icon, slot label.
 * - wa-radio-group: `fieldset[role=radiogroup][aria-labelledby=label] > label#label`, the default slot, slot#hint;
 *   wa-radio hosts carry role=radio + aria-checked, their shadow root `span.control` (+ svg when checked) + slot.
 * - wa-dialog (dialog/dialog.ts): `dialog.dialog[part=dialog]` (showModal while open) > `header > h2#title > slot[name=label]`
 *   + a close wa-button, `div.body > slot`, a hidden footer.
 * Each `wa-*` host also carries the attributes the author wrote (label, hint, value, placeholder).
 */

const attr = (el: Element, a: string) => el.getAttribute(a) ?? '';
const label = (el: Element, forInput = true) =>
  `<label ${forInput ? 'part="form-control-label label" for="input"' : 'id="label" part="form-control-label label"'} class="label${attr(el, 'label') ? ' has-label' : ''}" aria-hidden="false"><slot name="label">${attr(el, 'label')}</slot></label>`;
const hint = (el: Element) =>
  `<slot id="hint" part="hint" name="hint" class="${attr(el, 'hint') ? 'has-slotted' : ''}" aria-hidden="${attr(el, 'hint') ? 'false' : 'true'}">${attr(el, 'hint')}</slot>`;

const T: Record<string, (el: Element) => string> = {
  'wa-input': (el) =>
    `${label(el)}<div part="base" class="text-field"><slot name="start" part="start" class="start"></slot><input part="input" id="input" class="control" type="${attr(el, 'type') || 'text'}" title="" name="${attr(el, 'name')}"${el.hasAttribute('readonly') ? ' readonly' : ''}${el.hasAttribute('disabled') ? ' disabled' : ''}${el.hasAttribute('placeholder') ? ` placeholder="${attr(el, 'placeholder')}"` : ''} autocorrect="off" spellcheck="true" aria-describedby="hint" value="${attr(el, 'value')}"><slot name="end" part="end" class="end"></slot></div>${hint(el)}`,
  'wa-textarea': (el) =>
    `${label(el)}<div part="base" class="textarea"><textarea part="textarea" id="input" class="control" title="" name="${attr(el, 'name')}" aria-describedby="hint">${attr(el, 'value')}</textarea><div part="textarea-adjuster" class="size-adjuster" hidden></div></div><div class="footer">${hint(el)}</div>`,
  'wa-select': (el) => {
    const multiple = el.hasAttribute('multiple');
    const chosen = attr(el, 'value').split(' ').filter(Boolean);
    const picked = Array.from(el.querySelectorAll('wa-option')).filter((o) => chosen.includes(attr(o, 'value')));
    const display = multiple ? (picked.length ? `${picked.length} options selected` : '') : (picked[0]?.textContent ?? '');
    const open = el.hasAttribute('open');
    return `<div part="form-control" class="form-control form-control-has-label">${label(el, false)}<div part="form-control-input" class="form-control-input"><wa-popup class="select${open ? ' open' : ''} enabled${multiple ? ' multiple' : ''}" placement="bottom-start" flip shift sync="width" auto-size="vertical" auto-size-padding="10"${open ? ' active' : ''}><div part="combobox" class="combobox" slot="anchor"><slot part="start" name="start" class="start"></slot><input part="display-input" class="display-input" type="text" placeholder="${attr(el, 'placeholder')}" autocomplete="off" spellcheck="false" autocapitalize="off" readonly aria-invalid="false" aria-controls="listbox" aria-expanded="${open}" aria-haspopup="listbox" aria-labelledby="label" aria-disabled="false" aria-describedby="hint" role="combobox" tabindex="0" value="${display}">${
      multiple
        ? `<div part="tags" class="tags">${picked.map((o) => `<wa-tag part="tag" size="medium" with-remove data-value="${attr(o, 'value')}">${o.textContent}</wa-tag>`).join('')}</div>`
        : ''
    }<input class="value-input" type="text" tabindex="-1" aria-hidden="true" value="${chosen.join(', ')}"><slot name="end" part="end" class="end"></slot><slot name="expand-icon" part="expand-icon" class="expand-icon"><wa-icon library="system" name="chevron-down" variant="solid" aria-hidden="true"></wa-icon></slot></div><div id="listbox" role="listbox" aria-expanded="${open}" aria-multiselectable="${multiple}" aria-labelledby="label" part="listbox" class="listbox" tabindex="-1"><slot></slot></div></wa-popup></div>${hint(el)}</div>`;
  },
  'wa-option': (el) =>
    `${el.hasAttribute('selected') ? '<wa-icon part="checked-icon" class="check" name="check" library="system" variant="solid" aria-hidden="true"></wa-icon>' : '<span part="checked-icon" class="check" aria-hidden="true"></span>'}<slot part="start" name="start" class="start"></slot><slot part="label" class="label"></slot><slot part="end" name="end" class="end"></slot>`,
  'wa-tag': () =>
    `<slot part="content" class="content"></slot><wa-button part="remove-button" class="remove" appearance="plain" tabindex="-1"><wa-icon name="xmark" library="system" variant="solid" label="Remove" role="img" aria-label="Remove"></wa-icon></wa-button>`,
  'wa-button': () => `<button part="base" class="button" type="button" tabindex="-1"><slot part="label" class="label"></slot></button>`,
  'wa-checkbox': (el) =>
    `<label part="base"><span part="control"><input class="input" type="checkbox" title="" name="${attr(el, 'name')}" value="${attr(el, 'value') || 'on'}"${el.hasAttribute('checked') ? ' checked' : ''} aria-checked="${el.hasAttribute('checked')}" aria-describedby="hint"><wa-icon part="check-icon icon" library="system" name="check"></wa-icon></span><slot part="label"></slot></label>${hint(el)}`,
  'wa-radio-group': (el) =>
    `<fieldset part="form-control" class="form-control form-control-radio-group form-control-has-label" role="radiogroup" aria-labelledby="label" aria-describedby="hint" aria-errormessage="error-message" aria-orientation="vertical">${label(el, false)}<slot part="form-control-input"></slot>${hint(el)}</fieldset>`,
  'wa-radio': (el) =>
    `<span part="control" class="control">${el.getAttribute('aria-checked') === 'true' ? '<svg viewBox="0 0 16 16" part="checked-icon" class="checked-icon"><circle cx="8" cy="8" r="8"></circle></svg>' : ''}</span><slot part="label" class="label"></slot>`,
  'wa-dialog': (el) =>
    `<dialog part="dialog" class="dialog${el.hasAttribute('open') ? ' open' : ''}"${el.hasAttribute('open') ? ' open' : ''}><header part="header" class="header"><h2 part="title" class="title" id="title"><slot name="label">${attr(el, 'label')}</slot></h2><div part="header-actions" class="header-actions"><slot name="header-actions"></slot><wa-button part="close-button" class="close" appearance="plain"><wa-icon name="xmark" label="Close" library="system" variant="solid" role="img" aria-label="Close"></wa-icon></wa-button></div></header><div part="body" class="body"><slot></slot></div><footer part="footer" class="footer" hidden><slot name="footer"></slot></footer></dialog>`,
};
const render = (html: string) => renderComponents(html, T);

const input = (name: string, lbl: string, value: string, extra = '') =>
  `<wa-input name="${name}" label="${lbl}" value="${value}"${extra}></wa-input>`;
const date = (name: string, lbl: string, value: string) => input(name, lbl, value, ' type="date"');
const option = (value: string, text: string, chosen: boolean) =>
  `<wa-option value="${value}" role="option" aria-selected="${chosen}"${chosen ? ' selected' : ''}>${text}</wa-option>`;
const select = (name: string, lbl: string, value: string, opts: [string, string][], extra = '') =>
  `<wa-select name="${name}" label="${lbl}" value="${value}"${extra}>${opts.map(([v, t]) => option(v, t, value.split(' ').includes(v))).join('')}</wa-select>`;
const radio = (text: string, checked: boolean) =>
  `<wa-radio value="${text}" role="radio" aria-checked="${checked}" aria-disabled="false" tabindex="${checked ? 0 : -1}"${checked ? ' checked' : ''}>${text}</wa-radio>`;
const DRUGS: [string, string][] = [
  ['ilaris', 'Ilaris (canakinumab)'],
  ['kineret', 'Kineret (anakinra)'],
];
const CODES: [string, string][] = [
  ['M04.1', 'M04.1'],
  ['M06.1', 'M06.1'],
  ['M04.8', 'M04.8'],
];
const frequency = (chosen: string) =>
  `<wa-radio-group name="frequency" label="Frequency" value="${chosen}">${['Every 4 weeks', 'Every 8 weeks', 'Once'].map((f) => radio(f, f === chosen)).join('')}</wa-radio-group>`;
const therapy = (i: 0 | 1) => {
  const v = (k: string) => ISO_THERAPIES[`priorTherapies.${i}.${k}` as keyof typeof ISO_THERAPIES];
  return `<section><h3>Prior therapy ${i + 1}</h3>${input(`t${i}drug`, 'Drug', v('drug'))}${input(`t${i}dose`, 'Dose', v('dose'))}${date(`t${i}start`, 'Start date', v('start'))}${date(`t${i}stop`, 'Stop date', v('stop'))}<wa-textarea name="t${i}outcome" label="Outcome" value="${v('outcome')}"></wa-textarea></section>`;
};

describe('Web Awesome 3: wa-input, wa-select + wa-option, wa-checkbox, wa-radio-group, wa-textarea', () => {
  it('reads the full Ilaris request', () => {
    render(
      `<form><h2>Member</h2>${input('memberId', 'Member ID', ISO_REQUEST['patient.memberId'], ' required')}${date('dob', 'Date of birth', ISO_REQUEST['patient.dob'])}${input('weight', 'Weight (kg)', '72', ' type="number"')}
      <h2>Diagnosis</h2>${select('icd', 'ICD-10 codes', 'M04.1 M06.1', CODES, ' multiple')}
      <h2>Medication</h2>${select('drug', 'Drug name', 'ilaris', DRUGS)}${input('hcpcs', 'HCPCS code', 'J0638')}${input('ndc', 'NDC', '00078-0734-61', ' hint="11 digits, 5-4-2"')}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${frequency('Every 4 weeks')}
      <h2>Labs</h2>${input('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', ISO_REQUEST['labs.crpDate'])}
      <h2>Prior therapies</h2>${therapy(0)}${therapy(1)}
      <h2>Prescriber</h2>${input('npi', 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}
      <wa-checkbox name="attest" checked>I attest the information is accurate</wa-checkbox><wa-button type="submit" variant="brand">Submit</wa-button></form>`,
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads a single select as its chosen label, not its value or its hidden value input', () => {
    render(`<form>${select('drug', 'Drug name', 'ilaris', DRUGS)}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)' });
    nothingFrom('.value-input');
  });

  it('reads an empty select showing its placeholder as empty', () => {
    render(`<form>${select('drug', 'Drug name', '', DRUGS, ' placeholder="Select a drug"')}</form>`);
    expect(field('drug.name')).toBeDefined();
    expect(read()['drug.name'] ?? '').toBe('');
  });

  it('reads the multiple select as its tags, not "2 options selected"', () => {
    render(`<form>${select('icd', 'ICD-10 codes', 'M04.1 M06.1', CODES, ' multiple')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads an open select as its choice and nothing from its listbox of options', () => {
    render(`<form>${select('drug', 'Drug name', 'kineret', DRUGS, ' open')}${input('hcpcs', 'HCPCS code', 'J0638')}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)', 'drug.hcpcs': 'J0638' });
    nothingFrom('wa-option');
  });

  it('reads the radio group by its checked wa-radio', () => {
    render(`<form>${frequency('Every 8 weeks')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });

  it('names an input by its slotted label and ignores its hint', () => {
    render(
      `<form><wa-input name="m" value="U4829163702" hint="As printed on the card"><span slot="label">Member ID</span></wa-input>${input('npi', 'Prescriber NPI', '1234567893', ' readonly')}</form>`,
    );
    expect(read()).toEqual({ 'patient.memberId': 'U4829163702', 'prescriber.npi': '1234567893' });
  });

  it('reads the request inside a wa-dialog', () => {
    render(
      `<p>Requests</p><wa-dialog label="New prior authorization" open><form>${input('memberId', 'Member ID', 'U4829163702')}${input('npi', 'Prescriber NPI', '1234567893')}</form></wa-dialog>`,
    );
    expect(read()).toEqual({ 'patient.memberId': 'U4829163702', 'prescriber.npi': '1234567893' });
  });

  it('reads nothing from a closed wa-dialog left in the page', () => {
    render(
      `<form>${input('memberId', 'Member ID', 'U4829163702')}</form><wa-dialog label="Add prior therapy">${input('t0drug', 'Drug', 'colchicine')}</wa-dialog>`,
    );
    expect(read()).toEqual({ 'patient.memberId': 'U4829163702' });
  });
});
