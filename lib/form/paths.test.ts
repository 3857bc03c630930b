import { describe, expect, it } from 'vitest';
import { F, diagnosisCodePath, priorTherapyPath } from './fields';
import { flatFromRaw, getRawPath, isRawPath, MAX_ROWS, RAW_FIELD_PATHS, rawFromFlat, rawPathPattern, setRawPath } from './paths';
import { RawFormSchema, type RawForm } from './schema';

describe('RAW_FIELD_PATHS', () => {
  it('lists every scalar raw field, with N for rows and list entries', () => {
    expect(RAW_FIELD_PATHS).toContain('drug.units');
    expect(RAW_FIELD_PATHS).toContain('labs.crpValue');
    expect(RAW_FIELD_PATHS).toContain('diagnosis.codes.N');
    expect(RAW_FIELD_PATHS).toContain('priorTherapies.N.outcome');
    expect(RAW_FIELD_PATHS).not.toContain('priorTherapies');
    expect(RAW_FIELD_PATHS).not.toContain('diagnosis.codes');
  });
  it('has no duplicates', () => expect(new Set(RAW_FIELD_PATHS).size).toBe(RAW_FIELD_PATHS.length));
  it('names only fields the RawForm schema accepts', () => {
    for (const pattern of RAW_FIELD_PATHS) {
      const raw = setRawPath({}, pattern.replace('.N', '.0'), 'x');
      expect(RawFormSchema.safeParse(raw).success, pattern).toBe(true);
      expect(raw, pattern).not.toEqual({});
    }
  });
  it('covers every field of the RawForm schema', () => {
    const shape = RawFormSchema.shape;
    const fromSchema: string[] = [];
    for (const [section, schema] of Object.entries(shape)) {
      const inner = (schema as { unwrap?: () => unknown }).unwrap?.() as {
        shape?: Record<string, unknown>;
        element?: { shape: Record<string, unknown> };
      };
      if (section === 'priorTherapies') fromSchema.push(...Object.keys(inner.element!.shape).map((k) => `priorTherapies.N.${k}`));
      else if (section === 'diagnosis') fromSchema.push('diagnosis.codes.N', 'diagnosis.indication');
      else fromSchema.push(...Object.keys(inner.shape!).map((k) => `${section}.${k}`));
    }
    expect([...RAW_FIELD_PATHS].sort()).toEqual(fromSchema.sort());
  });
});

describe('F and path builders', () => {
  it('names raw paths, not PaForm paths', () => {
    expect(F.crpValue).toBe('labs.crpValue');
    expect(F.units).toBe('drug.units');
  });
  it('builds a diagnosis code path', () => expect(diagnosisCodePath(0)).toBe('diagnosis.codes.0'));
  it('builds a prior-therapy cell path', () => expect(priorTherapyPath(1, 'outcome')).toBe('priorTherapies.1.outcome'));
});

describe('setRawPath / getRawPath', () => {
  it('sets a section field without touching the original', () => {
    const before: RawForm = { drug: { dose: '280' } };
    const after = setRawPath(before, 'drug.units', '280');
    expect(after).toEqual({ drug: { dose: '280', units: '280' } });
    expect(before).toEqual({ drug: { dose: '280' } });
  });
  it('sets a diagnosis code, padding earlier entries with empty text', () =>
    expect(setRawPath({}, 'diagnosis.codes.2', 'M06.1')).toEqual({ diagnosis: { codes: ['', '', 'M06.1'] } }));
  it('sets a prior-therapy cell, adding blank rows before it', () =>
    expect(setRawPath({}, 'priorTherapies.1.outcome', 'failed')).toEqual({ priorTherapies: [{}, { outcome: 'failed' }] }));
  it('replaces one cell of an existing row', () =>
    expect(setRawPath({ priorTherapies: [{ drug: 'mtx', dose: '15' }] }, 'priorTherapies.0.dose', '20 mg')).toEqual({
      priorTherapies: [{ drug: 'mtx', dose: '20 mg' }],
    }));
  it('returns the form unchanged for an unknown path', () => {
    const raw: RawForm = { drug: {} };
    expect(setRawPath(raw, 'drug.colour', 'red')).toBe(raw);
    expect(setRawPath(raw, '__proto__.polluted', 'x')).toBe(raw);
    expect(setRawPath(raw, 'labs.crp.value', '4')).toBe(raw);
  });
  it(`refuses row indices of ${MAX_ROWS} and more`, () => expect(setRawPath({}, `priorTherapies.${MAX_ROWS}.drug`, 'x')).toEqual({}));
  it('gets what was set', () => {
    const raw = setRawPath(setRawPath({}, 'labs.crpValue', '4.5'), 'priorTherapies.0.drug', 'mtx');
    expect(getRawPath(raw, 'labs.crpValue')).toBe('4.5');
    expect(getRawPath(raw, 'priorTherapies.0.drug')).toBe('mtx');
  });
  it('gets undefined for an absent field or unknown path', () => {
    expect(getRawPath({}, 'drug.units')).toBeUndefined();
    expect(getRawPath({}, 'diagnosis.codes.0')).toBeUndefined();
    expect(getRawPath({ drug: { units: '1' } }, 'drug.unknown')).toBeUndefined();
  });
});

describe('pattern helpers', () => {
  it('maps a path to its pattern', () => {
    expect(rawPathPattern('priorTherapies.3.drug')).toBe('priorTherapies.N.drug');
    expect(rawPathPattern('diagnosis.codes.0')).toBe('diagnosis.codes.N');
    expect(rawPathPattern('drug.units')).toBe('drug.units');
  });
  it('gives null for a path that is not a raw field', () => {
    expect(rawPathPattern('labs.crp.value')).toBeNull();
    expect(rawPathPattern('drug')).toBeNull();
  });
  it('knows raw paths', () => {
    expect(isRawPath('drug.units')).toBe(true);
    expect(isRawPath('drug.units.0')).toBe(false);
  });
});

describe('flat ↔ raw', () => {
  const flat = {
    'patient.name': 'Jane Doe',
    'drug.units': '280',
    'diagnosis.codes.0': 'M06.1',
    'diagnosis.codes.1': 'M04.1',
    'priorTherapies.0.drug': 'prednisone',
    'priorTherapies.1.outcome': 'inadequate response',
  };
  it('builds a nested raw form from flat paths', () =>
    expect(rawFromFlat(flat)).toEqual({
      patient: { name: 'Jane Doe' },
      drug: { units: '280' },
      diagnosis: { codes: ['M06.1', 'M04.1'] },
      priorTherapies: [{ drug: 'prednisone' }, { outcome: 'inadequate response' }],
    }));
  it('ignores unknown paths', () => expect(rawFromFlat({ 'drug.colour': 'red', junk: 'x' })).toEqual({}));
  it('round-trips flat → raw → flat', () => expect(flatFromRaw(rawFromFlat(flat))).toEqual(flat));
  it('builds a raw form the schema accepts', () => expect(RawFormSchema.safeParse(rawFromFlat(flat)).success).toBe(true));
});
