import { evaluate } from '@/lib/engine/evaluate';
import type { Finding, PolicyPack, Rule, Selection, Settings } from '@/lib/engine/types';
import { basePack } from '@/rules/base';
import { normalizeForm } from '@/lib/form/normalize';
import type { RawForm } from '@/lib/form/schema';
import { cignaIlarisPack } from './index';

/** Shared by the rule tests: a fixed "today" (tests never read the clock) and the worked case. */
export const TODAY = '2026-11-22';

/**
 * The worked case: a 70 kg adult with adult-onset Still's disease (M06.1), 4 mg/kg = 280 mg,
 * 280 units of J0638, two 150 mg vials with 20 mg discarded (JW), NDC 00078-0734-61, ML2.
 */
export const STILLS_70KG: RawForm = {
  patient: { name: 'Jane Doe', memberId: 'U1234567801', dob: '03/14/1985', weight: '70', weightUnit: 'kg' },
  request: { date: '11/20/2026', type: 'New authorization request' },
  diagnosis: { codes: ['M06.1'] },
  drug: {
    name: 'Ilaris',
    hcpcs: 'J0638',
    ndc: '00078-0734-61',
    dose: '280',
    doseUnit: 'mg',
    units: '280',
    ndcQuantity: 'ML2',
    frequency: 'Every 4 weeks',
    placeOfService: '11',
    adminCpt: '96372',
    modifiers: 'JW',
  },
  labs: { crpValue: '4.5', crpUnit: 'mg/dL', crpDate: '10/01/2026', crpReferenceRange: '<0.5 mg/dL' },
  priorTherapies: [
    { drug: 'Prednisone', dose: '20 mg daily', start: '01/05/2026', stop: '04/01/2026', outcome: 'Inadequate response' },
    { drug: 'Methotrexate', dose: '15 mg weekly', start: '02/01/2026', stop: '09/01/2026', outcome: 'Inadequate response' },
  ],
  prescriber: { name: 'Dr. Ann Lee', npi: '1234567893', specialty: 'Rheumatology' },
};

/** The worked case with some sections replaced (each given section is merged over the case's). */
export function stills(changes: RawForm): RawForm {
  const merged: Record<string, unknown> = { ...STILLS_70KG };
  for (const [key, value] of Object.entries(changes)) {
    const base = (STILLS_70KG as Record<string, unknown>)[key];
    merged[key] = Array.isArray(value) || typeof base !== 'object' ? value : { ...(base as object), ...value };
  }
  return merged as RawForm;
}

export interface RunOptions {
  today?: string;
  settings?: Partial<Settings>;
}

/** The request taken to be for Ilaris, as a rule's own tests assume (the registry's choice is tested apart). */
export const ILARIS_SELECTED: Selection = {
  status: 'applies',
  pack: cignaIlarisPack.manifest,
  sure: true,
  read: 'Ilaris (canakinumab)',
  known: ['Ilaris (canakinumab)'],
};

const NO_BASE: PolicyPack = { ...basePack, rules: [] };

/** The findings of one rule on a raw form, through the normalizer and the engine (indication inference included). */
export function runRule(rule: Rule, raw: RawForm, opts: RunOptions = {}): Finding[] {
  const pack = { ...cignaIlarisPack, rules: [rule] };
  return evaluate(normalizeForm(raw), {
    today: opts.today ?? TODAY,
    base: NO_BASE,
    pack,
    selection: ILARIS_SELECTED,
    settings: opts.settings,
  }).findings;
}

/** The findings of the base checks and the whole pack, the request taken to be for Ilaris. */
export function runPack(raw: RawForm, opts: RunOptions = {}): Finding[] {
  return evaluate(normalizeForm(raw), {
    today: opts.today ?? TODAY,
    base: basePack,
    pack: cignaIlarisPack,
    selection: ILARIS_SELECTED,
    settings: opts.settings,
  }).findings;
}
