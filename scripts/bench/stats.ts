/** Summaries of timing samples and the budgets `npm run bench -- --check` enforces. */

export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** The q-quantile (0..1) of ascending `sorted`, interpolated between the two nearest ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (at - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

export interface Budget {
  /** what is measured, as the table prints it */
  what: string;
  /** the measured figure, or null when it could not be measured */
  value: number | null;
  /** the largest value that passes */
  limit: number;
  unit: string;
}

export interface Verdict extends Budget {
  pass: boolean;
}

/** A budget passes only when it was measured and is within its limit: an unmeasured
 *  figure (NaN, null) never passes silently. */
export function judge(budget: Budget): Verdict {
  const { value, limit } = budget;
  return { ...budget, pass: value !== null && Number.isFinite(value) && value <= limit };
}
