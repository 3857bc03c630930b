import { afterEach, describe, expect, it } from 'vitest';
import { parseUnit } from '@/lib/parse/quantity';
import { collectFields } from './collect';
import { readValue } from './values';
import { writeValue } from './native-writers';
import { applyValue } from './widget-writers';

afterEach(() => {
  document.body.innerHTML = '';
});

const only = (html: string) => {
  document.body.innerHTML = html;
  const [field] = collectFields(document).fields;
  if (!field) throw new Error('no field');
  return field;
};

describe('reading values as staff see them', () => {
  it('reads a select as its shown text, and the "Select…" option as nothing', () => {
    const field = only('<select><option value="">Select…</option><option value="a">Office</option></select>');
    expect(readValue(field)).toBe('');
    (field.element as HTMLSelectElement).value = 'a';
    expect(readValue(field)).toBe('Office');
  });

  it('reads every chosen option of a multiple select, as Select2 and Choices keep it', () => {
    const field = only(`<label for="dx">Diagnosis codes</label>
      <select id="dx" name="dx[]" multiple class="select2-hidden-accessible" tabindex="-1">
        <option value="R50.9" selected>R50.9</option><option value="M04.1" selected>M04.1</option><option value="M04.2">M04.2</option></select>`);
    expect(readValue(field)).toBe('R50.9, M04.1');
    for (const o of Array.from((field.element as HTMLSelectElement).options)) o.selected = false;
    expect(readValue(field)).toBe('');
  });

  it('reads two multiple selects of a form with an Add button between them as two fields of their selected options', () => {
    document.body.innerHTML = `<form><div class="row">
      <label for="dx">ICD-10 codes</label><select id="dx" multiple><option selected>M04.1</option><option>M04.8</option></select>
      <button type="button">Add code</button>
      <label for="tried">Drugs tried</label><select id="tried" multiple><option>colchicine</option><option selected>anakinra</option></select>
      <label for="npi">Prescriber NPI</label><input id="npi" value="1234567893"></div></form>`;
    const fields = collectFields(document).fields;
    expect(fields.map((f) => [f.element.id, readValue(f)])).toEqual([
      ['dx', 'M04.1'],
      ['tried', 'anakinra'],
      ['npi', '1234567893'],
    ]);
  });

  it("reads a dual list's chosen options, unselected, as its value: nothing from the list left (multiselect.js)", () => {
    const field = only(`<div class="row">
      <div class="col-5"><select name="from[]" id="dx" multiple><option value="1">M04.8</option></select></div>
      <div class="col-2"><button type="button" id="dx_rightSelected">&gt;</button><button type="button" id="dx_leftSelected">&lt;</button></div>
      <div class="col-5"><select name="to[]" id="dx_to" multiple><option value="2">M04.1</option><option value="3">M06.1</option></select></div></div>`);
    expect(field.element.id).toBe('dx_to');
    expect(readValue(field)).toBe('M04.1, M06.1');
  });

  it('reads an open combobox being searched as the option its list still marks chosen, not the search', () => {
    const list = (active = '') =>
      `<label for="d">Drug</label><input id="d" role="combobox" aria-expanded="true" aria-controls="l"${active} value="Ila"><ul id="l" role="listbox"><li id="o1" role="option" aria-selected="true">Ilaris (canakinumab)</li><li id="o2" role="option" aria-selected="false">Kineret</li></ul>`;
    expect(readValue(only(list()))).toBe('Ilaris (canakinumab)');
    // the option the arrow keys are on is marked so too (the APG pattern): no choice yet
    expect(readValue(only(list(' aria-activedescendant="o1"')))).toBe('Ila');
    expect(readValue(only(list().replace('aria-expanded="true"', 'aria-expanded="false"')))).toBe('Ila');
  });

  it('reads a "-- Select --" option as nothing even when its value is not empty', () => {
    const field = only('<select><option value="0">-- Select --</option><option value="1">Every 4 weeks</option></select>');
    (field.element as HTMLSelectElement).value = '0';
    expect(readValue(field)).toBe('');
    (field.element as HTMLSelectElement).value = '1';
    expect(readValue(field)).toBe('Every 4 weeks');
  });

  it('reads a unit option with a description as a unit the parser knows', () => {
    const field = only('<select><option value="kg">kg (kilograms)</option><option value="lb">lb (pounds)</option></select>');
    (field.element as HTMLSelectElement).value = 'kg';
    expect(parseUnit(readValue(field))).toBe('kg');
    (field.element as HTMLSelectElement).value = 'lb';
    expect(parseUnit(readValue(field))).toBe('lb');
  });

  it('reads a radio group as the checked option’s label', () => {
    const field = only(
      '<label><input type="radio" name="q" value="1">New authorization request</label><label><input type="radio" name="q" value="2" checked>Extension of existing authorization</label>',
    );
    expect(field.options).toHaveLength(2);
    expect(readValue(field)).toBe('Extension of existing authorization');
  });

  it('reads a checkbox group as the ticked boxes’ labels, a lone box as Yes or nothing', () => {
    const group = only(
      '<div role="group" aria-label="Where obtained"><label><input type="checkbox" checked> Accredo</label><label><input type="checkbox"> Office stock</label></div>',
    );
    expect(readValue(group)).toBe('Accredo');
    const box = only('<label><input type="checkbox"> Colchicine contraindicated</label>');
    expect(readValue(box)).toBe('');
    (box.element as HTMLInputElement).checked = true;
    expect(readValue(box)).toBe('Yes');
  });

  // Radix's Checkbox (shadcn/ui): a button with the checkbox role, and in a form a hidden native
  // box beside it that mirrors it for the form's submit
  const radixCheckbox = (checked: boolean) =>
    `<form><div class="flex items-center space-x-2"><button type="button" role="checkbox" aria-checked="${checked}" data-state="${checked ? 'checked' : 'unchecked'}" value="on" class="peer h-4 w-4 shrink-0 rounded-sm border" id="colch">${checked ? '<span data-state="checked" class="flex items-center justify-center" style="pointer-events: none;"><svg aria-hidden="true" class="h-4 w-4"></svg></span>' : ''}</button><input type="checkbox" aria-hidden="true" tabindex="-1" value="on" style="transform: translateX(-100%); position: absolute; pointer-events: none; opacity: 0; margin: 0px; width: 16px; height: 16px;"${checked ? ' checked' : ''}><label for="colch" class="text-sm font-medium leading-none">Colchicine contraindicated or not tolerated</label></div></form>`;

  it('reads a box drawn with the checkbox role (Radix) by its aria-checked, once, named by its label', () => {
    document.body.innerHTML = radixCheckbox(true);
    const { fields } = collectFields(document);
    expect(fields.map((f) => [f.element.id, f.kind, f.signals.labels[0]])).toEqual([
      ['colch', 'checkbox', 'Colchicine contraindicated or not tolerated'],
    ]);
    expect(readValue(fields[0]!)).toBe('Yes');
    document.body.innerHTML = radixCheckbox(false);
    expect(readValue(collectFields(document).fields[0]!)).toBe('');
  });

  it('reads no lone "Yes" from boxes drawn with the checkbox role among others in one list (one question\'s choices)', () => {
    document.body.innerHTML = `<div role="listitem"><div role="heading">ICD-10 codes</div><div role="list"><div role="listitem"><div role="checkbox" aria-checked="true" aria-label="M04.1"></div>M04.1</div><div role="listitem"><div role="checkbox" aria-checked="false" aria-label="M06.1"></div>M06.1</div></div></div>`;
    expect(collectFields(document).fields.filter((f) => f.kind === 'checkbox')).toEqual([]);
  });

  it("takes no field from a checkbox drawn inside an option (a multiple select's list)", () => {
    document.body.innerHTML = `<div role="listbox" aria-multiselectable="true"><div role="option" aria-selected="true"><div role="checkbox" aria-checked="true"></div><span>M04.1</span></div><div role="option" aria-selected="false"><div role="checkbox" aria-checked="false"></div><span>M06.1</span></div></div>`;
    expect(collectFields(document).fields.filter((f) => f.kind === 'checkbox')).toEqual([]);
  });

  it("reads a tag widget's JSON store (Tagify's) as its tags, and text that only starts like JSON as typed", () => {
    const field = only('<input value="[{&quot;value&quot;:&quot;M04.1&quot;},{&quot;value&quot;:&quot;M06.1&quot;}]">');
    expect(readValue(field)).toBe('M04.1, M06.1');
    (field.element as HTMLInputElement).value = '[{M04.1';
    expect(readValue(field)).toBe('[{M04.1');
    (field.element as HTMLInputElement).value = '[{"code":"M04.1"}]';
    expect(readValue(field)).toBe('[{"code":"M04.1"}]');
  });
});

describe('writing a fix as a user would', () => {
  it("types no fix into a tag widget's JSON store (the widget writes it)", async () => {
    const field = only('<input value="[{&quot;value&quot;:&quot;M041&quot;}]">');
    expect(await applyValue(field, 'M04.1')).toBe(false);
    expect((field.element as HTMLInputElement).value).toBe('[{"value":"M041"}]');
  });

  it('uses the prototype’s value setter (past a framework’s instance tracker) and fires input and change', () => {
    const field = only('<input>');
    const input = field.element as HTMLInputElement;
    let trackerSaw: string | null = null;
    // what React does: an own `value` property on the node that records programmatic sets
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(input),
      set: (v: string) => {
        trackerSaw = v;
      },
    });
    const events: string[] = [];
    document.addEventListener('input', (e) => events.push(`input:${e.bubbles}`));
    document.addEventListener('change', (e) => events.push(`change:${e.bubbles}`));
    expect(writeValue(field, '280')).toBe(true);
    expect(input.value).toBe('280');
    expect(trackerSaw).toBeNull();
    expect(events).toEqual(['input:true', 'change:true']);
  });

  it('chooses a select option by value or by text, and reports no match', () => {
    const field = only('<select><option value="">--</option><option value="u1">mg/L</option><option value="u2">mg/dL</option></select>');
    expect(writeValue(field, 'mg/dL')).toBe(true);
    expect((field.element as HTMLSelectElement).value).toBe('u2');
    expect(writeValue(field, 'u1')).toBe(true);
    expect(readValue(field)).toBe('mg/L');
    expect(writeValue(field, 'mmol/L')).toBe(false);
  });

  it('checks the radio whose label matches', () => {
    const field = only('<label><input type="radio" name="q" value="Y">Yes</label><label><input type="radio" name="q" value="N">No</label>');
    expect(writeValue(field, 'no')).toBe(true);
    expect(readValue(field)).toBe('No');
  });
});
