import { describe, expect, it } from 'vitest';
import { field, read, page } from '../read';
import { shadow } from './shadow';

/**
 * Material Web (@material/web 1.x): md-outlined-text-field's shadow root holds an md-outlined-field
 * (its own shadow draws the label as aria-hidden `span.label` texts) around `div.input-wrapper` with
 * `input.input[aria-label=<label>]` and `span.suffix` (suffix-text). md-outlined-select's shadow
 * root holds `md-outlined-field[role=combobox][aria-haspopup=listbox][aria-label=<label>]` whose
 * content `span.label > div` shows the chosen option's text; options are light-DOM
 * md-select-option with a `[slot=headline]` div, inside a shadow md-menu.
 */
const fieldShadow = (label: string) => `
  <div class="field outlined populated">
    <div class="container-overflow">
      <div class="outline"><div class="outline-start"></div><div class="outline-notch"><span class="outline-panel-inactive"></span><span class="outline-panel-active"></span><span class="outline-label"><span class="label floating" aria-hidden="true">${label}</span></span></div><div class="outline-end"></div></div>
      <div class="container"><div class="start"><slot name="start"></slot></div><div class="middle"><div class="label-wrapper"><span class="label resting" aria-hidden="true">${label}</span></div><div class="content"><slot></slot></div></div><div class="end"><slot name="end"></slot></div></div>
    </div>
    <div class="supporting-text" role="alert"><span class="supporting-text-start"><slot name="supporting-text"></slot></span></div>
  </div>`;

const textField = (el: Element) => {
  const label = el.getAttribute('label') ?? '';
  const suffix = el.getAttribute('suffix-text');
  return `<span class="text-field"><md-outlined-field class="field" count="-1" label="${label}" max="-1" populated>
    <div class="input-wrapper">
      <input class="input" aria-describedby="description" aria-invalid="false" aria-label="${label}" inputmode="" type="${el.getAttribute('type') ?? 'text'}" value="${el.getAttribute('value') ?? ''}">
      ${suffix ? `<span class="suffix">${suffix}</span>` : ''}
    </div>
    <div id="description" slot="aria-describedby"></div>
  </md-outlined-field></span>`;
};

const select = (el: Element) => {
  const label = el.getAttribute('label') ?? '';
  const shown = el.querySelector('md-select-option[selected] [slot=headline]')?.textContent ?? '';
  return `<span class="select">
    <md-outlined-field aria-haspopup="listbox" role="combobox" part="field" id="field" tabindex="0" aria-label="${label}" aria-describedby="description" aria-expanded="false" aria-controls="listbox" class="field" label="${label}"${shown ? ' populated' : ''}>
      <div class="icon leading" slot="start"><slot name="leading-icon" aria-hidden="true"></slot></div>
      <span class="label"><div>${shown || '&nbsp;'}</div></span>
      <div class="icon trailing" slot="end"><slot name="trailing-icon" aria-hidden="true"><svg height="5" viewBox="7 10 10 5" focusable="false"><polygon class="down" stroke="none" fill-rule="evenodd" points="7 10 12 15 17 10"></polygon></svg></slot></div>
      <div id="description" slot="aria-describedby"></div>
    </md-outlined-field>
    <md-menu id="listbox" default-focus="none" role="listbox" tabindex="-1" positioning="popover"><slot></slot></md-menu>
  </span>`;
};

const option = (v: string, t: string, sel = false) =>
  `<md-select-option value="${v}"${sel ? ' selected' : ''} role="presentation"><div slot="headline">${t}</div></md-select-option>`;

function render(html: string) {
  page(html);
  shadow(document, 'md-outlined-text-field', textField);
  shadow(document, 'md-outlined-select', select);
  for (const host of Array.from(document.querySelectorAll('md-outlined-text-field, md-outlined-select')))
    shadow(host.shadowRoot!, 'md-outlined-field', (f) => fieldShadow(f.getAttribute('label') ?? ''));
}

describe('Material Web text field', () => {
  it('reads weight with its suffix-text unit', () => {
    render(`<form><md-outlined-text-field label="Weight" type="number" suffix-text="kg" value="70"></md-outlined-text-field></form>`);
    expect(read()).toEqual({ 'patient.weight': '70' });
    expect(field('patient.weight')?.impliedUnit).toEqual({ path: 'patient.weightUnit', unit: 'kg' });
  });
  it('reads NPI and drug name', () => {
    render(
      `<form><md-outlined-text-field label="Drug name" value="Ilaris (canakinumab)"></md-outlined-text-field><md-outlined-text-field label="Prescriber NPI" value="1234567893"></md-outlined-text-field></form>`,
    );
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)', 'prescriber.npi': '1234567893' });
  });
});

describe('Material Web select', () => {
  it('reads frequency shown in the field', () => {
    render(
      `<form><md-outlined-select label="Frequency">${option('q4w', 'Every 4 weeks')}${option('q8w', 'Every 8 weeks', true)}</md-outlined-select></form>`,
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
  });
  it('reads a dose unit select after the dose', () => {
    render(
      `<form><md-outlined-text-field label="Dose" type="number" value="150"></md-outlined-text-field><md-outlined-select label="Dose unit">${option('mg', 'mg', true)}${option('mgkg', 'mg/kg')}</md-outlined-select></form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });
  it('reads an empty select as empty', () => {
    render(
      `<form><md-outlined-select label="Place of service">${option('11', 'Physician office')}${option('12', 'Home')}</md-outlined-select></form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});
