import type { FindingDraft, PolicyPack, Rule } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { PaForm } from '@/lib/form/schema';
import { TEST_ZYLO } from './manifest';

/** Zylo is billed 5 mg per unit: the one rule of the throwaway pack. */
const unitsFiveMg: Rule = {
  meta: {
    id: 'units-five-mg',
    severity: 'error',
    category: 'coding',
    fields: [F.units, F.dose],
    source: { title: 'Invented for tests', confidence: 'L', proxy: true },
  },
  check(form: PaForm): FindingDraft[] {
    const dose = form.drug.dose?.value;
    const units = form.drug.units?.value;
    if (!dose || dose.unit !== 'mg' || units === undefined || units === dose.amount / 5) return [];
    const expected = String(dose.amount / 5);
    return [
      {
        field: F.units,
        message: `${dose.amount} mg of Zylo is ${expected} units (5 mg each) (proxy: invented for tests).`,
        fix: { field: F.units, value: expected, label: `Set to ${expected}` },
      },
    ];
  },
};

export const zyloPack: PolicyPack = {
  manifest: TEST_ZYLO,
  rules: [unitsFiveMg],
  checklist: [{ id: 'units', label: 'Zylo units (5 mg each)', section: 'coding', fields: [F.units], rules: ['units-five-mg'] }],
  settings: [{ name: 'maxUnits', default: 100, min: 1, max: 1000, integer: true }],
};
