import { describe, expect, it } from 'vitest';
import { field, mapped, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * @ng-select/ng-select (ng-select/ng-select HEAD, src/ng-select/package.json 23.6.0;
 * src/ng-select/lib/ng-select.component.html, ng-select.component.ts (host classes),
 * ng-dropdown-panel.component.ts, config.service.ts (texts: "Remove", "Clear all", "Options List",
 * "No items found")). The value area is the same since v2; v23 renders the panel through a CDK
 * overlay (`div.cdk-overlay-container` at the end of body), older versions render
 * `ng-dropdown-panel` inside the host (or in body with appendTo="body"): both are modelled.
 * - `ng-select.ng-select.ng-select-single|ng-select-multiple.ng-select-searchable.ng-select-clearable`
 *   > `div.ng-select-container[.ng-has-value]` > `div.ng-value-container` holding
 *   `div.ng-placeholder` (when empty, or always with fixedPlaceholder), one `div.ng-value` per
 *   choice (`span.ng-value-icon.left[role=button][aria-label="Remove X"]` "×" then
 *   `span.ng-value-label`), then `div.ng-input > input[role=combobox][aria-autocomplete=list]` whose
 *   id is labelForId (the search; empty once a value is chosen); then `span.ng-clear-wrapper
 *   [role=button][title="Clear all"]`, `span.ng-arrow-wrapper`. After the container, an always
 *   present `div.ng-visually-hidden[role=status][aria-live=polite]` announcing the marked option
 *   while open.
 * - The open panel: `ng-dropdown-panel.ng-dropdown-panel` > `div.ng-dropdown-panel-items
 *   [role=listbox][aria-label="Options List"]` > `div.ng-option[role=option]` >
 *   `span.ng-option-label` (`ng-option-selected`, `ng-option-marked`).
 */

const ng = 'ng-untouched ng-pristine ng-valid';
let n = 0;
const uid = () => `a${(n += 1).toString(16)}c9e2f4b7d1`;

type Open = { options: string[]; marked: string; where: 'host' | 'cdk' };
type Opts = { multiple?: boolean; placeholder?: string; fixedPlaceholder?: boolean; open?: Open; search?: string };

const options = (panelId: string, chosen: string[], o: Open) =>
  `<ng-dropdown-panel class="ng-dropdown-panel ng-select-bottom${o.where === 'cdk' ? '' : ' ng-star-inserted'}" style="opacity: 1;"><div role="listbox" class="ng-dropdown-panel-items scroll-host" id="${panelId}" aria-label="Options List"><div></div><div>${o.options
    .map((v, i) => {
      const on = chosen.includes(v);
      return `<div role="option" class="ng-option${on ? ' ng-option-selected' : ''}${v === o.marked ? ' ng-option-marked' : ''}" aria-selected="${on}" id="${panelId}-${i}" aria-setsize="${o.options.length}" aria-posinset="${i + 1}"><span class="ng-option-label">${v}</span></div>`;
    })
    .join('')}</div></div></ng-dropdown-panel>`;

const cdk = (panel: string) =>
  `<div class="cdk-overlay-container"><div class="cdk-overlay-connected-position-bounding-box" dir="ltr" style="top: 0; left: 0; height: 100%; width: 100%;"><div class="cdk-overlay-pane" style="position: static; width: 480px;">${panel}</div></div></div>`;

/** the ng-select element (and, for a CDK panel, the overlay to put at the end of body) */
function ngSelect(id: string | null, chosen: string[], o: Opts = {}): { html: string; overlay: string } {
  const panelId = uid();
  const showPlaceholder = (chosen.length === 0 && !o.search) || o.fixedPlaceholder;
  const classes = [
    'ng-select',
    o.multiple ? 'ng-select-multiple' : 'ng-select-single',
    'ng-select-searchable',
    'ng-select-clearable',
    o.open ? 'ng-select-opened ng-select-bottom ng-select-focused' : '',
    o.search ? 'ng-select-filtered' : '',
    ng,
  ]
    .filter(Boolean)
    .join(' ');
  const values = chosen
    .map(
      (v) =>
        `<div class="ng-value"><span role="button" tabindex="0" class="ng-value-icon left" aria-label="Remove ${v}">×</span><span class="ng-value-label">${v}</span></div>`,
    )
    .join('');
  const panel = o.open ? options(panelId, chosen, o.open) : '';
  const html = `<ng-select${o.multiple ? ' multiple=""' : ''}${id ? ` labelforid="${id}"` : ''} class="${classes}"><div class="ng-select-container${chosen.length ? ' ng-has-value' : ''}"><div class="ng-value-container">${
    showPlaceholder && o.placeholder ? `<div class="ng-placeholder">${o.placeholder}</div>` : ''
  }${values}<div class="ng-input"><input aria-autocomplete="list" role="combobox" type="text" autocomplete="a${panelId}"${id ? ` id="${id}"` : ''} aria-expanded="${o.open ? 'true' : 'false'}"${
    o.open ? ` aria-controls="${panelId}" aria-activedescendant="${panelId}-${o.open.options.indexOf(o.open.marked)}"` : ''
  } tabindex="0" value="${o.search ?? ''}"></div></div>${
    chosen.length
      ? '<span role="button" tabindex="-1" class="ng-clear-wrapper" aria-label="Clear all" title="Clear all"><span aria-hidden="true" class="ng-clear">×</span></span>'
      : ''
  }<span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span></div>${o.open?.where === 'host' ? panel : ''}<div aria-atomic="true" aria-live="polite" role="status" class="ng-visually-hidden">${o.open ? o.open.marked : ''}</div></ng-select>`;
  return { html, overlay: o.open?.where === 'cdk' ? cdk(panel) : '' };
}

const group = (id: string, label: string, control: string, help = '') =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label>${control}${help}</div>`;
const input = (id: string, label: string, value: string) =>
  group(id, label, `<input type="text" class="form-control ${ng}" id="${id}" value="${value}">`);

const app = (body: string, overlay = '') => `<app-root><form novalidate class="${ng}">${body}</form></app-root>${overlay}`;

describe('@ng-select/ng-select: single and multiple with <label for=labelForId>', () => {
  it('reads the full Ilaris request', () => {
    const sel = (id: string, v: string[], o: Opts = {}) => ngSelect(id, v, o).html;
    page(
      app(`<h4>Member</h4>${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight (kg)', '72')}
      <h4>Diagnosis</h4>${group('icd', 'ICD-10 codes', sel('icd', ['M04.1', 'M06.1'], { multiple: true, placeholder: 'Select codes' }))}
      <h4>Medication</h4>${group('drugName', 'Drug name', sel('drugName', [ILARIS['drug.name']], { placeholder: 'Select a drug' }))}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${group('frequency', 'Frequency', sel('frequency', ['Every 4 weeks'], { placeholder: 'Select a frequency' }))}
      <h4>Labs</h4>${input('crp', 'CRP (mg/L)', '24')}${input('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}
      <h4>Prescriber</h4>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}
      <button type="submit" class="btn btn-primary">Submit</button>`),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('reads a multiple ng-select by its value labels, without the "×" remove icons or "Clear all"', () => {
    page(app(group('icd', 'ICD-10 codes', ngSelect('icd', ['M04.1', 'M06.1'], { multiple: true, placeholder: 'Select codes' }).html)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.ng-value');
  });

  it('reads empty single and multiple ng-selects (div.ng-placeholder) as empty', () => {
    page(
      app(
        `${group('drugName', 'Drug name', ngSelect('drugName', [], { placeholder: 'Select a drug' }).html)}${group('icd', 'ICD-10 codes', ngSelect('icd', [], { multiple: true, placeholder: 'Select codes' }).html)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'diagnosis.codes.0': '' });
  });

  it('takes nothing from an open panel inside the host, nor the marked option its status region announces', () => {
    const open: Open = { options: ['M04.1', 'M06.1', 'M04.8'], marked: 'M04.8', where: 'host' };
    page(
      app(
        `${group('icd', 'ICD-10 codes', ngSelect('icd', ['M04.1', 'M06.1'], { multiple: true, placeholder: 'Select codes', open }).html)}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('ng-dropdown-panel');
  });

  it('reads an open single ng-select with its panel in the CDK overlay container by its chosen value', () => {
    const s = ngSelect('frequency', ['Every 4 weeks'], {
      placeholder: 'Select a frequency',
      open: { options: ['Every 4 weeks', 'Every 8 weeks', 'Once'], marked: 'Every 8 weeks', where: 'cdk' },
    });
    page(app(group('frequency', 'Frequency', s.html), s.overlay));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
    nothingFrom('.cdk-overlay-container');
  });

  it('reads an ng-select named only by a fixedPlaceholder (kept shown over the value, as floating-label themes do)', () => {
    page(
      app(
        `${ngSelect(null, ['M04.1', 'M06.1'], { multiple: true, placeholder: 'ICD-10 codes', fixedPlaceholder: true }).html}${ngSelect(null, [ILARIS['drug.name']], { placeholder: 'Drug name', fixedPlaceholder: true }).html}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.name': ILARIS['drug.name'] });
  });

  it('reads an ng-select named by its ariaLabel (on the combobox input, no labelForId)', () => {
    page(
      app(
        `<div class="mb-3"><span id="icd-label" class="form-label">ICD-10 codes</span><ng-select multiple="" class="ng-select ng-select-multiple ng-select-searchable ${ng}" aria-labelledby="icd-label"><div class="ng-select-container ng-has-value"><div class="ng-value-container"><div class="ng-value"><span role="button" tabindex="0" class="ng-value-icon left" aria-label="Remove M04.1">×</span><span class="ng-value-label">M04.1</span></div><div class="ng-input"><input aria-autocomplete="list" role="combobox" type="text" aria-expanded="false" aria-label="ICD-10 codes" value=""></div></div><span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span></div><div aria-atomic="true" aria-live="polite" role="status" class="ng-visually-hidden"></div></ng-select></div>`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1' });
    expect(mapped()).toHaveLength(1);
  });

  it('reads a field with Bootstrap invalid-feedback beside an ng-select by its value', () => {
    page(
      app(
        `${group('drugName', 'Drug name', ngSelect('drugName', [], { placeholder: 'Select a drug' }).html, '<div class="invalid-feedback d-block">Drug name is required</div>')}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('drug.hcpcs')?.label).toBe('HCPCS code');
  });

  it('reads a single ng-select by its chosen value while a new search is typed (ng-select-filtered)', () => {
    const open: Open = { options: ['Every 8 weeks'], marked: 'Every 8 weeks', where: 'host' };
    page(
      app(
        group(
          'frequency',
          'Frequency',
          ngSelect('frequency', ['Every 4 weeks'], { placeholder: 'Select a frequency', search: '8', open }).html,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads a multiple ng-select by its chosen values while a search is typed, not the typed text', () => {
    const open: Open = { options: ['M04.8', 'M04.9'], marked: 'M04.8', where: 'cdk' };
    const s = ngSelect('icd', ['M04.1', 'M06.1'], { multiple: true, placeholder: 'Select codes', search: 'M04', open });
    page(app(group('icd', 'ICD-10 codes', s.html), s.overlay));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads prior therapies from a table whose drug and outcome cells are ng-selects', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    let c = 0;
    const cell = (v: string, i: number) => {
      const id = `pt${(c += 1)}`;
      return `<td>${i === 0 || i === 4 ? ngSelect(id, [v], { placeholder: 'Select' }).html : `<input type="text" class="form-control form-control-sm ${ng}" id="${id}" value="${v}">`}</td>`;
    };
    page(
      app(
        `<h4>Prior therapies</h4><table class="table"><thead><tr>${cols.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${THERAPY_ROWS.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads ng-selects and inputs whose <label>s stand before them linked to nothing (no labelForId, no ids)', () => {
    const g = (label: string, control: string) => `<div class="mb-3"><label class="form-label">${label}</label>${control}</div>`;
    page(
      app(
        `${g('Member ID', `<input type="text" class="form-control ${ng}" formcontrolname="memberId" value="${ILARIS['patient.memberId']}">`)}${g('ICD-10 codes', ngSelect(null, ['M04.1', 'M06.1'], { multiple: true, placeholder: 'Select codes' }).html)}${g('Drug name', ngSelect(null, [ILARIS['drug.name']], { placeholder: 'Select a drug' }).html)}${g('Frequency', ngSelect(null, [], { placeholder: 'Select a frequency' }).html)}${g('Prescriber NPI', `<input type="text" class="form-control ${ng}" formcontrolname="npi" value="${ILARIS['prescriber.npi']}">`)}`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'diagnosis.codes.0': 'M04.1, M06.1',
      'drug.name': ILARIS['drug.name'],
      'drug.frequency': '',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
  });

  it('takes nothing from an open panel appended to body (appendTo="body", pre-CDK versions)', () => {
    const s = ngSelect('drugName', [ILARIS['drug.name']], {
      placeholder: 'Select a drug',
      open: { options: ['Ilaris (canakinumab)', 'Ilumya (tildrakizumab)'], marked: 'Ilumya (tildrakizumab)', where: 'cdk' },
    });
    // appendTo="body" moves the bare ng-dropdown-panel to the end of body
    const panel = s.overlay
      .replace(/^<div class="cdk-overlay-container">.*?<div class="cdk-overlay-pane"[^>]*>/, '')
      .replace(/<\/div><\/div><\/div>$/, '');
    expect(panel.startsWith('<ng-dropdown-panel')).toBe(true);
    page(app(`${group('drugName', 'Drug name', s.html)}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, panel));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('ng-dropdown-panel');
  });
});
