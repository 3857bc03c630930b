import { summarize, type Summary } from './stats';

/**
 * What `npm run bench -- --check` judges: ratios of two figures measured side by side in the
 * same run (with and without the extension, the content script and a reference), so that a
 * machine busier or slower than another moves both sides alike; and how much each judged figure
 * varies between runs.
 */

/** a ÷ b; NaN when either is missing or b is not a positive number */
export function ratio(a: number | null | undefined, b: number | null | undefined): number {
  if (a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0)
    return Number.NaN;
  return a / b;
}

/** The median of per-pair ratios (each pair measured in the same load), pairs with a gap skipped. */
export function medianRatio(pairs: readonly (readonly [number | null, number | null])[]): number {
  const ratios = pairs.map(([a, b]) => ratio(a, b)).filter(Number.isFinite);
  return summarize(ratios).median;
}

/** (max − min) ÷ median of a figure over runs: 0 for one run; NaN when a run did not measure it. */
export function spread(values: readonly number[]): number {
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) return Number.NaN;
  const s: Summary = summarize(values);
  return s.median === 0 ? (s.max === s.min ? 0 : Number.POSITIVE_INFINITY) : (s.max - s.min) / Math.abs(s.median);
}

/**
 * The order of `rounds` blocks of two arms, alternating and swapping which goes first every
 * round (A B, B A, A B, …), so neither arm always runs first after a pause or a warm-up.
 */
export function interleaved<T>(a: T, b: T, rounds: number): T[] {
  const out: T[] = [];
  for (let r = 0; r < rounds; r++) out.push(...(r % 2 === 0 ? [a, b] : [b, a]));
  return out;
}
