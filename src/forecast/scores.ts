/**
 * Forecast scores for the backtest: each takes parallel arrays, one entry per (origin, horizon, series)
 * scored. null when there is nothing to score or the arrays differ in length (a caller's mistake, not
 * a score of zero).
 */

type Values = readonly number[];

/** Mean absolute error. `mae([10, 14], [12, 13])` is (2 + 1) / 2 = 1.5. */
export function mae(forecast: Values, truth: Values): number | null {
  return meanOver([forecast, truth], (i) => Math.abs(at(forecast, i) - at(truth, i)));
}

/** Mean of forecast − truth: positive when the forecast runs high. `bias([10, 14], [12, 13])` is −0.5. */
export function bias(forecast: Values, truth: Values): number | null {
  return meanOver([forecast, truth], (i) => at(forecast, i) - at(truth, i));
}

/**
 * MAE of the forecast ÷ MAE of the "no change" forecast (the count at the origin carried forward) at the
 * same origins: below 1 the forecast beats no change. null when no change is perfect (MAE 0).
 */
export function relativeMae(forecast: Values, truth: Values, noChange: Values): number | null {
  const ours = mae(forecast, truth);
  const naive = mae(noChange, truth);
  if (ours === null || naive === null || naive === 0) return null;
  return ours / naive;
}

/** Share of truths inside [lower, upper], ends included: for an 80% interval, ideally about 0.8. */
export function intervalCoverage(lower: Values, upper: Values, truth: Values): number | null {
  return meanOver([lower, upper, truth], (i) => {
    const y = at(truth, i);
    return at(lower, i) <= y && y <= at(upper, i) ? 1 : 0;
  });
}

/**
 * Mean interval (Winkler) score of central (1 − alpha) intervals: width, plus 2/alpha times the distance
 * by which the truth falls outside. Lower is better; it rewards narrow bands only when they hold the truth.
 * For alpha 0.2: [8, 12] with truth 13 scores 4 + 10 × 1 = 14.
 */
export function intervalScore(lower: Values, upper: Values, truth: Values, alpha: number): number | null {
  if (!(alpha > 0 && alpha < 1)) return null;
  return meanOver([lower, upper, truth], (i) => {
    const l = at(lower, i);
    const u = at(upper, i);
    const y = at(truth, i);
    const miss = y < l ? l - y : y > u ? y - u : 0;
    return u - l + (2 / alpha) * miss;
  });
}

function meanOver(arrays: readonly Values[], term: (i: number) => number): number | null {
  const n = arrays[0]?.length ?? 0;
  if (n === 0 || arrays.some((a) => a.length !== n)) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += term(i);
  return sum / n;
}

function at(values: Values, i: number): number {
  return values[i] as number;
}
