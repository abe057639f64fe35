/**
 * How far forecasts missed against their own bands, and widening bands by it: the backtest's spread factor.
 */

/** Quantile bands a spread factor widens. */
export interface Quantiles {
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
}

/**
 * Standardised errors a series' own factor counts as much as the pooled one: with a handful of past origins
 * a series' own errors are few (and correlated across horizons), so its factor leans on the pooled one.
 */
const POOLED_WEIGHT = 4;

/**
 * A spread factor is kept between 0.75 and 3: bands are narrowed when past forecasts missed by less than
 * their bands allowed, but never by more than a quarter on a handful of past origins.
 */
export function clampSpread(ratio: number): number {
  return Math.min(3, Math.max(0.75, ratio));
}

/** An error in units of the 80% band's implied standard deviation, (truth − P50) ÷ ((P90 − P10)/2.563); NaN for a band of no width. */
export function standardisedError(band: { p10: number; p50: number; p90: number }, truth: number): number {
  const sd = (band.p90 - band.p10) / 2.563;
  return sd > 0 ? (truth - band.p50) / sd : Number.NaN;
}

/**
 * How wide errors ran against their bands: the root mean square of standardised errors (NaN ones left out),
 * 1 when the bands were as wide as the errors; null with none to go on.
 */
export function spreadRatio(z: readonly number[]): number | null {
  const finite = z.filter((x) => Number.isFinite(x));
  return finite.length > 0 ? Math.sqrt(finite.reduce((sum, x) => sum + x * x, 0) / finite.length) : null;
}

/**
 * One series' spread factor: the root mean square of its own standardised errors, with the pooled ratio
 * counted as `POOLED_WEIGHT` more errors, between 0.75 and 3 (NaN errors, from bands of no width, left out).
 */
export function seriesSpreadFactor(z: readonly number[], pooled: number): number {
  const own = z.filter((x) => Number.isFinite(x));
  const squares = own.reduce((sum, x) => sum + x * x, 0) + POOLED_WEIGHT * pooled * pooled;
  return clampSpread(Math.sqrt(squares / (own.length + POOLED_WEIGHT)));
}

/** Bands widened (or, below 1, narrowed) about their median by `factor` (never below 0); other fields kept. */
export function widen<F extends Quantiles>(fan: F, factor: number): F {
  const at = (q: number) => Math.max(0, fan.p50 + factor * (q - fan.p50));
  return { ...fan, p5: at(fan.p5), p10: at(fan.p10), p90: at(fan.p90), p95: at(fan.p95) };
}
