import { describe, expect, it } from 'vitest';
import { RequestMemory } from './memory';

const node = () => document.createElement('input');

describe('request memory across wizard steps', () => {
  it('keeps the value of a field that left the page (its step was left)', () => {
    const memory = new RequestMemory();
    memory.update([{ path: 'patient.weight', value: '70', element: node() }]);
    memory.update([{ path: 'drug.dose', value: '280', element: node() }]);
    expect(memory.snapshot()).toEqual({ 'patient.weight': '70', 'drug.dose': '280' });
  });

  it('forgets a removed therapy row while the table is on the page', () => {
    const memory = new RequestMemory();
    memory.update([
      { path: 'priorTherapies.0.drug', value: 'Prednisone', element: node() },
      { path: 'priorTherapies.1.drug', value: 'Methotrexate', element: node() },
    ]);
    memory.update([{ path: 'priorTherapies.0.drug', value: 'Prednisone', element: node() }]);
    expect(memory.snapshot()).toEqual({ 'priorTherapies.0.drug': 'Prednisone' });
  });

  it('starts a new request when the member ID input mounts empty while one is remembered', () => {
    const memory = new RequestMemory();
    memory.update([
      { path: 'patient.memberId', value: 'U123', element: node() },
      { path: 'patient.weight', value: '70', element: node() },
    ]);
    expect(memory.update([{ path: 'patient.memberId', value: '', element: node() }])).toBe(true);
    expect(memory.snapshot()).toEqual({ 'patient.memberId': '' });
  });

  it('keeps the request when the same member ID input is cleared by hand, or remounts with its value', () => {
    const memory = new RequestMemory();
    const id = node();
    memory.update([
      { path: 'patient.memberId', value: 'U123', element: id },
      { path: 'patient.weight', value: '70', element: node() },
    ]);
    expect(memory.update([{ path: 'patient.memberId', value: 'U123', element: node() }])).toBe(false);
    const same = node();
    memory.update([{ path: 'patient.memberId', value: 'U123', element: same }]);
    expect(memory.update([{ path: 'patient.memberId', value: '', element: same }])).toBe(false);
    expect(memory.snapshot()['patient.weight']).toBe('70');
  });

  it('restores saved values under the ones on the page', () => {
    const memory = new RequestMemory();
    memory.update([{ path: 'drug.dose', value: '280', element: node() }]);
    memory.restore({ 'drug.dose': '150', 'patient.weight': '70' });
    expect(memory.snapshot()).toEqual({ 'drug.dose': '280', 'patient.weight': '70' });
  });
});
