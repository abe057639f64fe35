/**
 * Quartiles by linear interpolation between order statistics (type 7, as `forecast/quantiles.ts` and
 * spreadsheets' QUARTILE.INC): h = (n − 1)·p. NaN for no values.
 *
 * ### Example
 * ```ts
 * quartiles([1, 2, 3, 4]) // { q1: 1.75, median: 2.5, q3: 3.25, min: 1, max: 4, n: 4 }
 * ```
 */
export function quartiles(values: readonly number[]): {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
} {
  const sorted = Float64Array.from(values).sort();
  return {
    n: sorted.length,
    min: quantileOfSorted(sorted, 0),
    q1: quantileOfSorted(sorted, 0.25),
    median: quantileOfSorted(sorted, 0.5),
    q3: quantileOfSorted(sorted, 0.75),
    max: quantileOfSorted(sorted, 1),
  };
}

export function median(values: readonly number[]): number {
  return quantileOfSorted(Float64Array.from(values).sort(), 0.5);
}

/** Type-7 quantile of values already sorted ascending. */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, n - 1)] as number;
  return below + (h - lo) * (above - below);
}
