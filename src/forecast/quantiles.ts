import { AGE_BANDS, type AgeBand } from '../care/index.ts';
import { MODEL_CATEGORIES, type ModelCategory } from './exposure.ts';
import type { Projection } from './projection.ts';

/** The probabilities of the fan: P5, P10, P50, P90, P95. */
export const FAN_PROBABILITIES: readonly number[] = [0.05, 0.1, 0.5, 0.9, 0.95];

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, R's default):
 * h = (n − 1)·p, q = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), 0-based on the sorted values. NaN for no values.
 *
 * ### Example
 * ```ts
 * quantiles([3, 1, 2, 4], [0.5]) // [2.5]
 * ```
 */
export function quantiles(values: readonly number[], probabilities: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  return probabilities.map((p) => {
    if (n === 0) return Number.NaN;
    const h = (n - 1) * Math.min(1, Math.max(0, p));
    const lo = Math.floor(h);
    const below = sorted[lo] as number;
    const above = sorted[Math.min(lo + 1, n - 1)] as number;
    return below + (h - lo) * (above - below);
  });
}

/** The fan at one month end. */
export interface Fan {
  /** Month end (epoch day). */
  on: number;
  /** Months from the origin (1 = the first month end). */
  step: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  mean: number;
}

export interface PathSummary {
  byCategory: Record<ModelCategory, Fan[]>;
  /** All categories together. */
  total: Fan[];
  byBand: Record<AgeBand, Record<ModelCategory, Fan[]>>;
}

/** The P5/P10/P50/P90/P95 and mean of a sample (NaN mean for none). */
export function quantileFan(values: readonly number[]): Omit<Fan, 'on' | 'step'> {
  const [p5, p10, p50, p90, p95] = quantiles(values, FAN_PROBABILITIES) as [
    number,
    number,
    number,
    number,
    number,
  ];
  let sum = 0;
  for (const v of values) sum += v;
  return { p5, p10, p50, p90, p95, mean: values.length > 0 ? sum / values.length : Number.NaN };
}

function fanOf(values: readonly number[], on: number, step: number): Fan {
  return { on, step, ...quantileFan(values) };
}

/**
 * P5/P10/P50/P90/P95 (and the mean) over paths of a projection, by category, in total and by age band ×
 * category, at every month end (`by: 'month'`) or only every twelfth (`by: 'year'`: the origin's
 * anniversaries, e.g. each 31 March from a 31 March origin).
 *
 * ### Example
 * ```ts
 * summarisePaths(projection, { by: 'year' }).byCategory.residential[0].p90 // P90 one year on
 * ```
 */
export function summarisePaths(projection: Projection, options: { by: 'month' | 'year' }): PathSummary {
  const steps: number[] = [];
  for (let s = 1; s <= projection.monthEnds.length; s++) {
    if (options.by === 'month' || s % 12 === 0) steps.push(s);
  }
  const fans = (read: (path: number, month: number) => number): Fan[] =>
    steps.map((s) => {
      const values = projection.paths.map((_, p) => read(p, s - 1));
      return fanOf(values, projection.monthEnds[s - 1] as number, s);
    });
  const byCategory = {} as Record<ModelCategory, Fan[]>;
  for (const c of MODEL_CATEGORIES) {
    byCategory[c] = fans((p, m) => projection.paths[p]?.byCategory[c][m] as number);
  }
  const total = fans((p, m) => {
    let sum = 0;
    for (const c of MODEL_CATEGORIES) sum += projection.paths[p]?.byCategory[c][m] as number;
    return sum;
  });
  const byBand = {} as Record<AgeBand, Record<ModelCategory, Fan[]>>;
  for (const band of AGE_BANDS) {
    const row = {} as Record<ModelCategory, Fan[]>;
    for (const c of MODEL_CATEGORIES) {
      row[c] = fans((p, m) => projection.paths[p]?.byBand[band][c][m] as number);
    }
    byBand[band] = row;
  }
  return { byCategory, total, byBand };
}
