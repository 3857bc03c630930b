import { describe, expect, it } from 'vitest';
import { mapped, page, read, normalized } from '../read';

/**
 * React Aria Components as they render (data-rac, react-aria-* classes): Select = Label span +
 * Button aria-haspopup=listbox (aria-labelledby value+label) + HiddenSelect (aria-hidden container,
 * `<label>{label}<select>` inside); ComboBox = `<label for>` + input role=combobox; NumberField =
 * label + role=group + input (formatted value, e.g. "70 kg") + `<input type=hidden name>`; DatePicker =
 * role=group of spinbutton segments (spans) + hidden input; TagGroup = role=grid of role=row tags
 * with a remove button; RadioGroup = role=radiogroup with labels wrapping visually hidden radios.
 */
let n = 0;
const id = () => `react-aria-:r${(n += 1).toString(36)}:`;
const VH =
  'border: 0px; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap;';

const select = (label: string, opts: [string, string][], chosen: string | null, name = '') => {
  const l = id(),
    b = id(),
    v = id();
  const shown = chosen ? opts.find(([k]) => k === chosen)![1] : 'Select an item';
  return `<div class="react-aria-Select" data-rac=""${chosen ? '' : ' data-required="false"'}>
    <span class="react-aria-Label" id="${l}">${label}</span>
    <button type="button" class="react-aria-Button" data-rac="" id="${b}" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${v} ${l}" data-react-aria-pressable="true">
      <span id="${v}" class="react-aria-SelectValue" data-rac=""${chosen ? '' : ' data-placeholder="true"'}>${shown}</span>
      <span aria-hidden="true">▼</span>
    </button>
    <div data-react-aria-prevent-focus="true" data-a11y-ignore="aria-hidden-focus" data-testid="hidden-select-container" aria-hidden="true" style="${VH}">
      <label>${label}<select tabindex="-1"${name ? ` name="${name}"` : ''}><option></option>${opts
        .map(([k, t]) => `<option value="${k}"${k === chosen ? ' selected' : ''}>${t}</option>`)
        .join('')}</select></label>
    </div>
  </div>`;
};

const combo = (label: string, value: string) => {
  const i = id(),
    l = id();
  return `<div class="react-aria-ComboBox" data-rac="">
    <label class="react-aria-Label" id="${l}" for="${i}">${label}</label>
    <div class="combo-wrap">
      <input type="text" aria-autocomplete="list" autocomplete="off" id="${i}" aria-labelledby="${l}" role="combobox" aria-expanded="false" autocorrect="off" spellcheck="false" class="react-aria-Input" data-rac="" value="${value}">
      <button type="button" tabindex="-1" aria-label="Show suggestions" aria-labelledby="${id()} ${l}" aria-haspopup="listbox" aria-expanded="false" class="react-aria-Button" data-rac="">▼</button>
    </div>
  </div>`;
};

const numberField = (label: string, shown: string, raw: string, name: string) => {
  const i = id(),
    l = id();
  return `<div class="react-aria-NumberField" data-rac="">
    <label class="react-aria-Label" id="${l}" for="${i}">${label}</label>
    <div role="group" class="react-aria-Group" data-rac="">
      <button type="button" slot="decrement" tabindex="-1" aria-label="Decrease" aria-controls="${i}" class="react-aria-Button" data-rac="">-</button>
      <input type="text" inputmode="decimal" autocomplete="off" autocorrect="off" spellcheck="false" id="${i}" aria-labelledby="${l}" aria-roledescription="Number field" class="react-aria-Input" data-rac="" value="${shown}">
      <button type="button" slot="increment" tabindex="-1" aria-label="Increase" aria-controls="${i}" class="react-aria-Button" data-rac="">+</button>
    </div>
    <input type="hidden" name="${name}" value="${raw}">
  </div>`;
};

const seg = (type: string, text: string, now: string, min: string, max: string, l: string, ph = false) =>
  `<span role="spinbutton" aria-valuenow="${now}" aria-valuetext="${text}" aria-valuemin="${min}" aria-valuemax="${max}" aria-label="${type}, " aria-labelledby="${l}" contenteditable="true" spellcheck="false" autocorrect="off" enterkeyhint="next" inputmode="numeric" tabindex="0" data-type="${type}"${ph ? ' data-placeholder="true"' : ''} class="react-aria-DateSegment" data-rac="">${text}</span>`;
const lit = (t: string) => `<span aria-hidden="true" data-type="literal" class="react-aria-DateSegment" data-rac="">${t}</span>`;
const datePicker = (label: string, m: string, d: string, y: string, iso: string) => {
  const l = id();
  return `<div class="react-aria-DatePicker" data-rac="">
    <span class="react-aria-Label" id="${l}">${label}</span>
    <div role="group" aria-labelledby="${l}" class="react-aria-Group" data-rac="">
      <div role="presentation" class="react-aria-DateInput" data-rac="">${seg('month', m, m, '1', '12', l)}${lit('/')}${seg('day', d, d, '1', '31', l)}${lit('/')}${seg('year', y, y, '1', '9999', l)}</div>
      <button type="button" aria-haspopup="dialog" aria-expanded="false" aria-label="Calendar" aria-labelledby="${id()} ${l}" class="react-aria-Button" data-rac="">▼</button>
    </div>
    <input type="hidden" name="crpDate" value="${iso}">
  </div>`;
};

const tagGroup = (label: string, tags: string[]) => {
  const l = id();
  return `<div class="react-aria-TagGroup" data-rac="">
    <span class="react-aria-Label" id="${l}">${label}</span>
    <div role="grid" aria-labelledby="${l}" tabindex="0" class="react-aria-TagList" data-rac="">${tags
      .map(
        (t) =>
          `<div role="row" tabindex="-1" data-key="${t}" aria-label="${t}" class="react-aria-Tag" data-rac=""><div role="gridcell" style="display: contents;">${t}<button type="button" slot="remove" aria-label="Remove" tabindex="-1" class="react-aria-Button" data-rac="">ⓧ</button></div></div>`,
      )
      .join('')}</div>
  </div>`;
};

const radioGroup = (label: string, opts: string[], checked: string) => {
  const l = id(),
    name = id();
  return `<div role="radiogroup" aria-labelledby="${l}" aria-orientation="vertical" class="react-aria-RadioGroup" data-rac="" data-orientation="vertical">
    <span class="react-aria-Label" id="${l}">${label}</span>
    ${opts
      .map(
        (o) =>
          `<label class="react-aria-Radio" data-rac=""${o === checked ? ' data-selected="true"' : ''}><span style="${VH}"><input type="radio" tabindex="${o === checked ? 0 : -1}" value="${o.toLowerCase()}" name="${name}"${o === checked ? ' checked' : ''}></span>${o}</label>`,
      )
      .join('')}
  </div>`;
};

const FREQ: [string, string][] = [
  ['q4w', 'Every 4 weeks'],
  ['q8w', 'Every 8 weeks'],
];

describe('React Aria Select', () => {
  it('reads the frequency once, from the button', () => {
    page(`<form>${select('Frequency', FREQ, 'q8w', 'frequency')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(mapped()).toHaveLength(1);
  });
  it('reads a Select showing its placeholder as empty', () => {
    page(
      `<form>${select(
        'Place of service',
        [
          ['11', 'Physician office'],
          ['12', 'Home'],
        ],
        null,
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
  it('a weight unit Select takes the weight unit path', () => {
    page(
      `<form>${numberField('Weight', '70', '70', 'weight')}${select(
        'Unit',
        [
          ['kg', 'kg'],
          ['lb', 'lb'],
        ],
        'lb',
      )}</form>`,
    );
    expect(read()).toEqual({ 'patient.weight': '70', 'patient.weightUnit': 'lb' });
  });
});

describe('React Aria ComboBox', () => {
  it('reads the drug name', () => {
    page(`<form>${combo('Drug name', 'Ilaris (canakinumab)')}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)' });
  });
});

describe('React Aria NumberField', () => {
  it('reads a weight formatted with a unit whole, and the request gets 70 kg', () => {
    page(`<form>${numberField('Weight', '70 kg', '70', 'weight')}</form>`);
    expect(read()).toEqual({ 'patient.weight': '70 kg' });
    expect(normalized().patient.weight?.value).toEqual({ amount: 70, unit: 'kg' });
  });
  it('reads dose and dose unit select', () => {
    page(
      `<form>${numberField('Dose', '150', '150', 'dose')}${select(
        'Dose unit',
        [
          ['mg', 'mg'],
          ['mgkg', 'mg/kg'],
        ],
        'mg',
      )}</form>`,
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'drug.doseUnit': 'mg' });
  });
});

describe('React Aria DatePicker', () => {
  it('reads the CRP date from its segments', () => {
    page(
      `<form><h3>C-reactive protein</h3>${numberField('CRP value', '12.5', '12.5', 'crp')}${select(
        'CRP unit',
        [
          ['mgL', 'mg/L'],
          ['mgdL', 'mg/dL'],
        ],
        'mgL',
      )}${datePicker('Collection date', '3', '14', '2026', '2026-03-14')}</form>`,
    );
    expect(read()).toEqual({ 'labs.crpValue': '12.5', 'labs.crpUnit': 'mg/L', 'labs.crpDate': '3/14/2026' });
  });
});

describe('React Aria TagGroup', () => {
  it('reads diagnosis codes shown as tags', () => {
    page(`<form>${tagGroup('Diagnosis codes', ['M04.1', 'R50.9'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, R50.9' });
  });
  it('reads diagnosis tags with the ComboBox that adds them', () => {
    page(`<form>${tagGroup('Diagnosis codes', ['M04.1', 'R50.9'])}${combo('Add ICD-10 code', '')}</form>`);
    expect(read()['diagnosis.codes.0']).toBe('M04.1, R50.9');
  });
});

describe('React Aria RadioGroup', () => {
  it('reads yes/no questions', () => {
    page(
      `<form>${radioGroup('Is the patient continuing colchicine?', ['Yes', 'No'], 'Yes')}${radioGroup('Is NSAID use contraindicated or not tolerated?', ['Yes', 'No'], 'No')}</form>`,
    );
    expect(read()).toEqual({ 'clinical.colchicineContinuing': 'Yes', 'clinical.nsaidContraindicated': 'No' });
  });
});

describe('React Spectrum (v3) Picker + NPI TextField', () => {
  it('reads Picker and TextField', () => {
    const l = id(),
      v = id(),
      t = id(),
      tl = id();
    page(`<form class="spectrum-Form">
      <div class="spectrum-Field spectrum-Field--positionTop">
        <label class="spectrum-FieldLabel" id="${tl}" for="${t}">Prescriber NPI</label>
        <div class="spectrum-Textfield spectrum-Field-field"><input type="text" id="${t}" class="spectrum-Textfield-input" value="1234567893"></div>
      </div>
      <div class="spectrum-Field spectrum-Field--positionTop">
        <span class="spectrum-FieldLabel" id="${l}">Place of service</span>
        <div aria-hidden="true" data-testid="hidden-select-container" style="${VH}"><label>Place of service<select tabindex="-1"><option></option><option value="11" selected>Physician office</option><option value="12">Home</option></select></label></div>
        <button type="button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${v} ${l}" class="spectrum-FieldButton spectrum-Dropdown-trigger" id="${id()}"><span class="spectrum-Dropdown-label" id="${v}">Physician office</span><svg aria-hidden="true" focusable="false" class="spectrum-Icon spectrum-Dropdown-chevron"><path d="M1"></path></svg></button>
      </div></form>`);
    expect(read()).toEqual({ 'prescriber.npi': '1234567893', 'drug.placeOfService': 'Physician office' });
  });
});

describe('React Aria prior therapy rows', () => {
  it('reads two rows of prior therapies', () => {
    page(`<form><h3>Prior therapies</h3>
      <div role="group" aria-label="Therapy 1">${combo('Medication', 'Colchicine')}${numberField('Dose', '0.6', '0.6', 'pt0dose')}${radioGroup('Outcome', ['Failed', 'Intolerant'], 'Failed')}</div>
      <div role="group" aria-label="Therapy 2">${combo('Medication', 'Prednisone')}${numberField('Dose', '20', '20', 'pt1dose')}${radioGroup('Outcome', ['Failed', 'Intolerant'], 'Intolerant')}</div></form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'Colchicine',
      'priorTherapies.0.dose': '0.6',
      'priorTherapies.0.outcome': 'Failed',
      'priorTherapies.1.drug': 'Prednisone',
      'priorTherapies.1.dose': '20',
      'priorTherapies.1.outcome': 'Intolerant',
    });
  });
});

describe('React Aria HiddenSelect in repeated rows', () => {
  it('a Select per prior-therapy row gives one outcome per row (the hidden select is a mirror)', () => {
    const OUT: [string, string][] = [
      ['failed', 'Failed'],
      ['intol', 'Intolerant'],
    ];
    page(`<form><h3>Prior therapies</h3><ul>
      <li>${combo('Medication', 'Colchicine')}${select('Outcome', OUT, 'failed')}</li>
      <li>${combo('Medication', 'Prednisone')}${select('Outcome', OUT, 'intol')}</li></ul></form>`);
    expect(read()).toEqual({
      'priorTherapies.0.drug': 'Colchicine',
      'priorTherapies.0.outcome': 'Failed',
      'priorTherapies.1.drug': 'Prednisone',
      'priorTherapies.1.outcome': 'Intolerant',
    });
  });
  it('primary and secondary ICD-10 Selects give two codes, not four', () => {
    const DX: [string, string][] = [
      ['M04.1', 'M04.1'],
      ['R50.9', 'R50.9'],
    ];
    page(`<form>${select('Primary ICD-10 code', DX, 'M04.1')}${select('Secondary ICD-10 code', DX, 'R50.9')}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1', 'diagnosis.codes.1': 'R50.9' });
  });
});
