import { evaluate } from '@/lib/engine/evaluate';
import type { Finding, PolicyPack, Rule, Selection, Settings } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { basePack } from '@/rules/base';
import { cignaInfliximabPack } from './index';

/** Shared by the rule tests: a fixed "today" (tests never read the clock) and the worked cases. */
export const TODAY = '2026-11-22';

/**
 * The worked case: a 70 kg adult with rheumatoid arthritis (M06.9) on methotrexate, Remicade
 * 3 mg/kg = 210 mg, 21 units of J1745, three 100 mg vials with 90 mg discarded (JW), UN3.
 */
export const RA_70KG: RawForm = {
  patient: { name: 'Maria Gomez', memberId: 'U2345678901', dob: '03/14/1970', weight: '70', weightUnit: 'kg' },
  request: { date: '11/20/2026', type: 'New authorization request' },
  diagnosis: { codes: ['M06.9'] },
  drug: {
    name: 'Remicade',
    hcpcs: 'J1745',
    ndc: '57894-0030-01',
    dose: '210',
    doseUnit: 'mg',
    units: '21',
    ndcQuantity: 'UN3',
    frequency: 'every 8 weeks',
    placeOfService: '11',
    adminCpt: '96413',
    modifiers: 'JW',
  },
  priorTherapies: [{ drug: 'Methotrexate', dose: '20 mg weekly', start: '01/05/2025', outcome: 'Inadequate response, continuing' }],
  prescriber: { name: 'Dr. Ann Lee', npi: '1234567893', specialty: 'Rheumatology' },
};

/** The worked case with some sections replaced (each given section is merged over the case's). */
export function ra(changes: RawForm): RawForm {
  const merged: Record<string, unknown> = { ...RA_70KG };
  for (const [key, value] of Object.entries(changes)) {
    const base = (RA_70KG as Record<string, unknown>)[key];
    merged[key] = Array.isArray(value) || typeof base !== 'object' ? value : { ...(base as object), ...value };
  }
  return merged as RawForm;
}

/** An 80 kg adult with Crohn's disease on Inflectra: 5 mg/kg = 400 mg, 40 units of Q5103, UN4, JZ. */
export const CD_INFLECTRA_80KG: RawForm = ra({
  patient: { weight: '80' },
  diagnosis: { codes: ['K50.90'] },
  drug: { name: 'Inflectra', hcpcs: 'Q5103', ndc: '00069-0809-01', dose: '400', units: '40', ndcQuantity: 'UN4', modifiers: 'JZ' },
  priorTherapies: [{ drug: 'Azathioprine', dose: '150 mg daily', start: '01/05/2025', stop: '09/01/2026', outcome: 'Inadequate response' }],
  prescriber: { specialty: 'Gastroenterology' },
});

export interface RunOptions {
  today?: string;
  settings?: Partial<Settings>;
}

/** The request taken to be for infliximab, as a rule's own tests assume (the registry's choice is tested apart). */
export const INFLIXIMAB_SELECTED: Selection = {
  status: 'applies',
  pack: cignaInfliximabPack.manifest,
  sure: true,
  read: 'Remicade (infliximab)',
  known: ['Remicade (infliximab)'],
};

const NO_BASE: PolicyPack = { ...basePack, rules: [] };

/** The findings of one rule on a raw form, through the normalizer and the engine (indication inference included). */
export function runRule(rule: Rule, raw: RawForm, opts: RunOptions = {}): Finding[] {
  return evaluate(normalizeForm(raw), {
    today: opts.today ?? TODAY,
    base: NO_BASE,
    pack: { ...cignaInfliximabPack, rules: [rule] },
    selection: INFLIXIMAB_SELECTED,
    settings: opts.settings,
  }).findings;
}

/** The findings of the base checks and the whole pack, the request taken to be for infliximab. */
export function runPack(raw: RawForm, opts: RunOptions = {}): Finding[] {
  return evaluate(normalizeForm(raw), {
    today: opts.today ?? TODAY,
    base: basePack,
    pack: cignaInfliximabPack,
    selection: INFLIXIMAB_SELECTED,
    settings: opts.settings,
  }).findings;
}
