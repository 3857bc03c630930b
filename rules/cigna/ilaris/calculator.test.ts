import { describe, expect, it } from 'vitest';
import type { DoseInput } from '@/lib/engine/pack-docs';
import { calculateDose, ILARIS_CALCULATOR } from './calculator';

const dose = (input: Partial<DoseInput>) => calculateDose({ indication: 'AOSD', weight: '', weightUnit: 'kg', ...input });

function value(input: Partial<DoseInput>) {
  const result = dose(input);
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

describe("Still's disease (4 mg/kg, max 300 mg)", () => {
  it('gives 280 mg, 280 units, 2 vials, 20 mg discarded with JW and ML2 for 70 kg', () => {
    expect(value({ weight: '70' })).toMatchObject({
      doseMg: 280,
      basis: '4 mg/kg × 70 kg = 280 mg',
      hcpcs: 'J0638',
      units: 280,
      vials: 2,
      discardedMg: 20,
      modifier: 'JW',
      ndcLine: 'N400078073461 ML2',
      interval: 'every 4 weeks',
    });
  });

  it('gives the same for 154 lb, showing the conversion', () => {
    const result = value({ weight: '154', weightUnit: 'lb' });
    expect(result).toMatchObject({ doseMg: 280, units: 280, vials: 2, discardedMg: 20, ndcLine: 'N400078073461 ML2' });
    expect(result.weightText).toBe('154 lb = 69.9 kg');
  });

  it('takes a unit typed with the weight over the unit selected', () => {
    expect(value({ weight: '154 lbs', weightUnit: 'kg' }).doseMg).toBe(280);
  });

  it('caps 80 kg at 300 mg: 2 full vials, nothing discarded, JZ', () => {
    expect(value({ weight: '80 kg' })).toMatchObject({
      doseMg: 300,
      basis: '4 mg/kg × 80 kg = 320 mg, capped at 300 mg',
      vials: 2,
      discardedMg: 0,
      modifier: 'JZ',
    });
  });

  it('doses a 7.5 kg child with systemic JIA at 30 mg', () => {
    expect(value({ indication: 'SJIA', weight: '7.5' })).toMatchObject({ doseMg: 30, vials: 1, discardedMg: 120 });
  });

  it('explains that the label has no dose under 7.5 kg', () => {
    const result = dose({ weight: '6' });
    expect(result).toMatchObject({ ok: false, problem: { code: 'dose.outside-label' } });
    expect(!result.ok && result.problem.message).toMatch(/7.5 kg or more/);
  });
});

describe('CAPS', () => {
  it('gives 150 mg, 1 vial, nothing discarded (JZ) over 40 kg', () => {
    expect(value({ indication: 'CAPS', weight: '41' })).toMatchObject({
      doseMg: 150,
      vials: 1,
      discardedMg: 0,
      modifier: 'JZ',
      ndcLine: 'N400078073461 ML1',
      interval: 'every 8 weeks',
    });
  });

  it('gives 2 mg/kg from 15 to 40 kg, with 3 mg/kg as the increase', () => {
    expect(value({ indication: 'CAPS', weight: '40' })).toMatchObject({
      doseMg: 80,
      discardedMg: 70,
      modifier: 'JW',
      increase: 'may be increased to 3 mg/kg',
    });
    expect(value({ indication: 'CAPS', weight: '15' }).doseMg).toBe(30);
  });

  it('has no label dose under 15 kg', () => {
    expect(dose({ indication: 'CAPS', weight: '14' })).toMatchObject({ ok: false, problem: { code: 'dose.outside-label' } });
  });
});

describe('periodic fevers (FMF, TRAPS, HIDS/MKD)', () => {
  it('gives 150 mg over 40 kg, which may go to 300 mg', () => {
    expect(value({ indication: 'FMF', weight: '50' })).toMatchObject({
      doseMg: 150,
      increase: 'may be increased to 300 mg',
      interval: 'every 4 weeks',
    });
  });

  it('gives 2 mg/kg at 40 kg or less', () => {
    expect(value({ indication: 'TRAPS', weight: '25' })).toMatchObject({ doseMg: 50, vials: 1, discardedMg: 100 });
  });
});

describe('gout flares', () => {
  it('gives 150 mg once without needing a weight', () => {
    expect(value({ indication: 'GOUT' })).toMatchObject({ doseMg: 150, weightKg: null, interval: 'once per flare', modifier: 'JZ' });
  });
});

describe('weights the calculator refuses, with a message', () => {
  it.each([
    ['', 'quantity.empty'],
    ['heavy', 'quantity.not-a-number'],
    ['two hundred', 'quantity.words'],
    ['1,5', 'quantity.decimal-comma'],
    ['7 0', 'quantity.split-digits'],
    ['70 mg', 'quantity.unit-wrong-kind'],
    ['0', 'dose.weight-implausible'],
    ['900', 'dose.weight-implausible'],
  ])('refuses %j (%s)', (weight, code) => {
    const result = dose({ weight });
    expect(result).toMatchObject({ ok: false, problem: { code } });
    expect(!result.ok && result.problem.message).not.toMatch(/NaN|undefined/);
  });
});

it('says Cigna has not confirmed JW/JZ for commercial plans', () => {
  expect(value({ weight: '70' }).modifierAdvice).toBe(
    '20 mg discarded: bill JW with 20 units on its own line. Medicare requires this; Cigna commercial plans have not confirmed it, so check the plan.',
  );
});

describe('the calculator the popup shows', () => {
  it("offers the label's indications, Still's disease first", () => {
    expect(ILARIS_CALCULATOR.defaultIndication).toBe('AOSD');
    expect(ILARIS_CALCULATOR.indications.map((i) => i.id)).toContain('GOUT');
    expect(ILARIS_CALCULATOR.indications.find((i) => i.id === 'AOSD')?.label).toBe("Still's disease (adult-onset, AOSD)");
  });

  it('refuses an indication of another drug instead of dosing it', () => {
    const result = ILARIS_CALCULATOR.calculate({ indication: 'RA', weight: '70', weightUnit: 'kg' });
    expect(result).toMatchObject({ ok: false, problem: { code: 'dose.indication' } });
    expect(!result.ok && result.problem.message).toMatch(/not an Ilaris indication/);
  });
});
