/**
 * Count models for monthly entries to care: a log-linear Poisson trend and a flat rate.
 * Pure, no I/O; both always return finite numbers, however sparse the series.
 */

/** Why a fit is not the full two-parameter trend: the data could not identify it. */
export type TrendBasis =
  /** a and b fitted by maximum likelihood. */
  | 'trend'
  /** Entries in only one month (or only one month with exposure): b cannot be estimated, fixed at 0. */
  | 'flat'
  /** No entries at all: a from the Jeffreys posterior mean rate 0.5 / Σexposure, b fixed at 0. */
  | 'all-zero';

/** A fitted Poisson regression log μ_t = a + b·t + log exposure_t, t = 0, 1, … (months from the first). */
export interface PoissonTrend {
  basis: TrendBasis;
  a: number;
  b: number;
  /** Standard errors from the inverse Fisher information at the estimate (0 for a parameter held fixed). */
  seA: number;
  seB: number;
  /** Expected count at t (may be fractional or beyond the window), for an exposure (default 1). */
  predict(t: number, exposure?: number): number;
}

/** The flat alternative: one rate per unit exposure, the mean over the window. */
export interface FlatRate {
  rate: number;
  /** Poisson standard error of the rate, √Σcounts / Σexposure. */
  se: number;
  predict(t: number, exposure?: number): number;
}

interface Observation {
  t: number;
  y: number;
  logE: number;
}

/** Observations with positive exposure; a zero-exposure month says nothing about the rate. */
function observations(counts: readonly number[], exposure: readonly number[] | undefined): Observation[] {
  if (exposure !== undefined && exposure.length !== counts.length) {
    // A caller's bug, not a data problem: the two series come from the same months.
    throw new RangeError(
      `exposure: ${exposure.length} values for ${counts.length} counts (expected equal lengths)`,
    );
  }
  const out: Observation[] = [];
  for (let t = 0; t < counts.length; t++) {
    const e = exposure === undefined ? 1 : (exposure[t] as number);
    if (e > 0) out.push({ t, y: counts[t] as number, logE: Math.log(e) });
  }
  return out;
}

function sumExposure(obs: readonly Observation[]): number {
  let total = 0;
  for (const o of obs) total += Math.exp(o.logE);
  return total;
}

function trendOf(basis: TrendBasis, a: number, b: number, seA: number, seB: number): PoissonTrend {
  return { basis, a, b, seA, seB, predict: (t, exposure = 1) => Math.exp(a + b * t) * exposure };
}

function logLikelihood(obs: readonly Observation[], a: number, b: number): number {
  let ll = 0;
  for (const o of obs) {
    const eta = a + b * o.t + o.logE;
    ll += o.y * eta - Math.exp(eta);
  }
  return ll;
}

/** Fisher information Σ μ x xᵀ for x = (1, t). */
function information(obs: readonly Observation[], a: number, b: number): [number, number, number] {
  let i00 = 0;
  let i01 = 0;
  let i11 = 0;
  for (const o of obs) {
    const mu = Math.exp(a + b * o.t + o.logE);
    i00 += mu;
    i01 += mu * o.t;
    i11 += mu * o.t * o.t;
  }
  return [i00, i01, i11];
}

/**
 * Newton–Raphson on the log-likelihood (for the canonical log link this is IRLS), with step halving so the
 * likelihood never falls. Called only when the maximum exists (entries in ≥ 2 distinct months).
 */
function newton(obs: readonly Observation[], a0: number): [number, number] {
  let a = a0;
  let b = 0;
  let ll = logLikelihood(obs, a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let g0 = 0;
    let g1 = 0;
    for (const o of obs) {
      const r = o.y - Math.exp(a + b * o.t + o.logE);
      g0 += r;
      g1 += r * o.t;
    }
    const [i00, i01, i11] = information(obs, a, b);
    const det = i00 * i11 - i01 * i01;
    if (!(det > 0)) break;
    let da = (i11 * g0 - i01 * g1) / det;
    let db = (i00 * g1 - i01 * g0) / det;
    let next = logLikelihood(obs, a + da, b + db);
    for (let halvings = 0; !(next >= ll) && halvings < 30; halvings++) {
      da /= 2;
      db /= 2;
      next = logLikelihood(obs, a + da, b + db);
    }
    if (!(next >= ll)) break;
    a += da;
    b += db;
    ll = next;
    if (Math.abs(da) < 1e-12 && Math.abs(db) < 1e-12) break;
  }
  return [a, b];
}

/**
 * Fit log μ_t = a + b·t (+ log exposure_t) to a count series by maximum likelihood. Months with no (zero)
 * exposure are left out. Never NaN: a series with no entries, or entries in one month only, cannot identify
 * a trend, so b is held at 0 and `basis` says why.
 *
 * ### Example
 * ```ts
 * const fit = fitPoissonTrend([1, 3]); // a = ln 1 = 0, b = ln 3
 * fit.predict(2) // 9
 * ```
 */
export function fitPoissonTrend(counts: readonly number[], exposure?: readonly number[]): PoissonTrend {
  const obs = observations(counts, exposure);
  const total = obs.reduce((sum, o) => sum + o.y, 0);
  const totalExposure = sumExposure(obs);
  if (!(total > 0) || !(totalExposure > 0)) {
    // No entries: the rate's MLE is 0 (a = −∞). The Jeffreys posterior Gamma(½, Σe) keeps a finite, small
    // rate, and its log has standard deviation ≈ 1/√½ = √2.
    const exposureOrOne = totalExposure > 0 ? totalExposure : 1;
    return trendOf('all-zero', Math.log(0.5 / exposureOrOne), 0, Math.SQRT2, 0);
  }
  const flatA = Math.log(total / totalExposure);
  const monthsWithEntries = new Set(obs.filter((o) => o.y > 0).map((o) => o.t));
  if (monthsWithEntries.size < 2) {
    // With entries in one month only, the likelihood rises without bound as b → ±∞ when that month is
    // first or last in the window; hold b at 0 rather than report an infinite trend.
    return trendOf('flat', flatA, 0, 1 / Math.sqrt(total), 0);
  }
  const [a, b] = newton(obs, flatA);
  const [i00, i01, i11] = information(obs, a, b);
  const det = i00 * i11 - i01 * i01;
  return trendOf('trend', a, b, Math.sqrt(i11 / det), Math.sqrt(i00 / det));
}

/**
 * The flat alternative: mean entries per unit exposure over the window (months with zero exposure left out).
 * A series with no entries has rate 0.
 *
 * ### Example
 * ```ts
 * fitFlatRate([2, 4, 6]).rate // 4
 * ```
 */
export function fitFlatRate(counts: readonly number[], exposure?: readonly number[]): FlatRate {
  const obs = observations(counts, exposure);
  const total = obs.reduce((sum, o) => sum + o.y, 0);
  const totalExposure = sumExposure(obs);
  const rate = totalExposure > 0 ? total / totalExposure : 0;
  const se = totalExposure > 0 ? Math.sqrt(total) / totalExposure : 0;
  return { rate, se, predict: (_t, e = 1) => rate * e };
}
