import { afterEach, describe, expect, it } from 'vitest';
import type { Indication } from '@/lib/engine/types';
import { ILARIS_CALCULATOR } from '@/rules/cigna/ilaris/calculator';
import { get, render, type Rendered, typeInto } from '@/test/unit/render';
import { DoseCalculator } from './DoseCalculator';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const byLabel = <T extends HTMLElement>(label: string): T => {
  const l = [...view!.container.querySelectorAll('label')].find((x) => x.textContent === label)!;
  return get<T>(view!.container, `#${CSS.escape(l.htmlFor)}`);
};
const ilaris = (initialIndication: Indication | null) => (
  <DoseCalculator calculator={ILARIS_CALCULATOR} drug="Ilaris (canakinumab)" payer="Cigna" initialIndication={initialIndication} />
);
const output = () => get(view!.container, '.tool-output').textContent;

describe('DoseCalculator', () => {
  it('names the drug it doses and offers the indications of its calculator', async () => {
    view = await render(ilaris('AOSD'));
    expect(get(view.container, 'h2').textContent).toBe('Dose calculator: Ilaris (canakinumab)');
    const options = [...byLabel<HTMLSelectElement>('Indication').options].map((o) => o.value);
    expect(options).toEqual(ILARIS_CALCULATOR.indications.map((i) => i.id));
  });

  it('starts on the detected indication, or on its default for one it does not know', async () => {
    view = await render(ilaris('CAPS'));
    expect(byLabel<HTMLSelectElement>('Indication').value).toBe('CAPS');
    view.unmount();
    view = await render(ilaris('RA'));
    expect(byLabel<HTMLSelectElement>('Indication').value).toBe(ILARIS_CALCULATOR.defaultIndication);
  });

  it('asks for a weight before calculating', async () => {
    view = await render(ilaris('AOSD'));
    expect(output()).toBe("Enter the patient's weight.");
  });

  it("calculates the 70 kg Still's case as it is typed", async () => {
    view = await render(ilaris('AOSD'));
    await typeInto(byLabel<HTMLInputElement>('Weight'), '70');
    const text = output();
    expect(text).toContain('280 mg every 4 weeks');
    expect(text).toContain('4 mg/kg × 70 kg = 280 mg');
    expect(text).toContain('J0638 units280');
    expect(text).toContain('Vials2 × 150 mg');
    expect(text).toContain('Discarded20 mg, modifier JW');
    expect(text).toContain('NDC lineN400078073461 ML2');
    expect(text).toContain('Source: FDA label, Ilaris (DailyMed); high confidence');
  });

  it('converts pounds chosen in the unit select', async () => {
    view = await render(ilaris('AOSD'));
    await typeInto(byLabel<HTMLInputElement>('Weight'), '154');
    await typeInto(byLabel<HTMLSelectElement>('Unit'), 'lb');
    expect(output()).toContain('154 lb = 69.9 kg; 4 mg/kg × 69.9 kg = 280 mg');
  });

  it('recalculates for another indication', async () => {
    view = await render(ilaris('AOSD'));
    await typeInto(byLabel<HTMLInputElement>('Weight'), '70');
    await typeInto(byLabel<HTMLSelectElement>('Indication'), 'CAPS');
    expect(output()).toContain('150 mg every 8 weeks');
    expect(output()).toContain('Discarded0 mg, modifier JZ');
  });

  it('shows the parser’s message for a weight it cannot read', async () => {
    view = await render(ilaris('AOSD'));
    await typeInto(byLabel<HTMLInputElement>('Weight'), '1,5');
    expect(output()).toMatch(/decimal comma is ambiguous/);
    expect(output()).not.toMatch(/NaN/);
  });

  it('announces results politely and ties them to the weight input', async () => {
    view = await render(ilaris(null));
    const out = get(view.container, '.tool-output');
    expect(out.getAttribute('aria-live')).toBe('polite');
    expect(byLabel<HTMLInputElement>('Weight').getAttribute('aria-describedby')).toBe(out.id);
  });
});
