import { describe, expect, it } from 'vitest';
import { interleaved, medianRatio, ratio, spread } from './ratios';

describe('ratios measured side by side', () => {
  it('divides, and gives NaN (never a pass) for a missing or zero denominator', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(null, 2)).toBeNaN();
    expect(ratio(3, undefined)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });

  it('takes the median of per-load ratios, skipping loads that missed a side', () => {
    expect(
      medianRatio([
        [10, 5],
        [9, 3],
        [8, 4],
        [7, null],
      ]),
    ).toBe(2);
    expect(medianRatio([])).toBeNaN();
  });
});

describe('spread between runs', () => {
  it('is (max − min) ÷ median', () => {
    expect(spread([1.0, 1.1, 0.9])).toBeCloseTo(0.2);
    expect(spread([2])).toBe(0);
  });

  it('is NaN when a run did not measure the figure', () => {
    expect(spread([1, Number.NaN, 1])).toBeNaN();
    expect(spread([])).toBeNaN();
  });

  it('handles a median of zero (an all-zero figure does not vary)', () => {
    expect(spread([0, 0, 0])).toBe(0);
    expect(spread([0, 0, 1])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('interleaving', () => {
  it('alternates the arms and swaps which comes first each round', () => {
    expect(interleaved('A', 'B', 3)).toEqual(['A', 'B', 'B', 'A', 'A', 'B']);
  });
});
