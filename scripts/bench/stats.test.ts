import { describe, expect, it } from 'vitest';
import { judge, quantile, summarize } from './stats';

describe('bench statistics', () => {
  it('interpolates quantiles between the nearest ranks', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(sorted, 0.5)).toBe(5.5);
    expect(quantile(sorted, 0.95)).toBeCloseTo(9.55);
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 1)).toBe(10);
  });

  it('summarizes unsorted samples without reordering the caller’s array', () => {
    const samples = [30, 10, 20];
    expect(summarize(samples)).toMatchObject({ n: 3, min: 10, median: 20, max: 30, mean: 20 });
    expect(samples).toEqual([30, 10, 20]);
  });

  it('gives NaN, not 0, for an empty sample', () => {
    expect(Number.isNaN(summarize([]).median)).toBe(true);
  });
});

describe('budget verdicts', () => {
  const budget = { what: 'keystroke p95', limit: 16, unit: 'ms' };

  it('passes a figure at or under its limit and misses one over it', () => {
    expect(judge({ ...budget, value: 16 }).pass).toBe(true);
    expect(judge({ ...budget, value: 16.01 }).pass).toBe(false);
  });

  it('never passes a figure that was not measured', () => {
    expect(judge({ ...budget, value: null }).pass).toBe(false);
    expect(judge({ ...budget, value: Number.NaN }).pass).toBe(false);
  });
});
