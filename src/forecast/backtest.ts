import type { ChildTimeline, ReturnData } from '../care/index.ts';
import { addYears, censusDate, type EpochDay } from '../dates/index.ts';
import { asKnownAt } from './as-known-at.ts';
import { bias, intervalCoverage, intervalScore, mae, relativeMae } from './scores.ts';
import { seriesSpreadFactor, spreadRatio, standardisedError, widen } from './spread.ts';

/** A forecast of one series at one horizon: its median and the 80% (P10–P90) and 90% (P5–P95) bands. */
export interface ForecastBand {
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
}

/** Forecasts by horizon (whole years after the origin), then by series key (e.g. "total", "fostering"). */
export type ForecastByHorizon = Record<number, Record<string, ForecastBand>>;

/** Forecasts from the timelines as known at `origin`, for each of `horizons` years after it. */
export type Forecaster = (
  timelines: ChildTimeline[],
  origin: EpochDay,
  horizons: readonly number[],
) => ForecastByHorizon;

export interface BacktestOptions {
  /** Forecast origins, normally `backtestOrigins(returns)`. */
  origins: readonly EpochDay[];
  /** Horizons in whole years; a horizon whose date lies past the data's last observed day is not scored. */
  horizons: readonly number[];
  forecaster: Forecaster;
  buildTimelines: (returns: ReturnData[]) => ChildTimeline[];
  /** The observed value of each series on a date, e.g. looked after by category and in total. */
  measure: (timelines: ChildTimeline[], on: EpochDay) => Record<string, number>;
  /**
   * Widen each forecast's bands as the forecast itself does (`chooseReference`'s spread factors), but only
   * from the errors already seen at its origin (earlier origins' forecasts whose date had passed): out of
   * sample, so the coverage scored is what a user would have had. Default false: the bands as forecast.
   */
  widenFromPastErrors?: boolean;
}

/** One scored forecast: what was forecast at `origin` for `horizon` years on, against what happened. */
export interface BacktestRow {
  origin: EpochDay;
  horizon: number;
  key: string;
  forecast: number;
  band: ForecastBand;
  truth: number;
  /** The value at the origin (as then known) carried forward. */
  noChange: number;
  /** The factor `band` was widened by from the errors seen by the origin (1: not widened). */
  spreadFactor: number;
}

/** Scores of one series at one horizon over every origin it was forecast from (null: nothing to score). */
export interface BacktestScore {
  horizon: number;
  key: string;
  /** Origins scored. */
  n: number;
  mae: number | null;
  bias: number | null;
  /** MAE ÷ MAE of "no change": below 1 beats it. */
  relativeMae: number | null;
  coverage80: number | null;
  coverage90: number | null;
  /** Mean interval score of the P10–P90 band (alpha 0.2). */
  intervalScore80: number | null;
}

export interface BacktestResult {
  /** By horizon, then series in the order first met. */
  scores: BacktestScore[];
  rows: BacktestRow[];
}

/**
 * Every 31 March a rolling-origin backtest can start from: the census date of a collection year with a full
 * return, when that year and at least one before it have full returns (two years of history) and at least
 * one later year has a full return (something to score). In-year extracts count for neither.
 */
export function backtestOrigins(returns: readonly ReturnData[]): EpochDay[] {
  const full = [
    ...new Set(
      returns
        .filter((r) => r.kind === 'return' && r.observedUntil >= censusDate(r.collectionYear))
        .map((r) => r.collectionYear),
    ),
  ].sort((a, b) => a - b);
  const last = full[full.length - 1] ?? 0;
  return full.filter((year, i) => i >= 1 && year < last).map(censusDate);
}

/**
 * Rolling-origin backtest: at each origin the forecaster sees only the returns as then known
 * (`asKnownAt`); its forecasts are scored against the full data's values `horizon` years on, next to the
 * "no change" forecast. Series the forecaster gives but the measure lacks on a date count as 0.
 *
 * ### Example
 * ```ts
 * const { scores } = backtest(returns, { origins: backtestOrigins(returns), horizons: [1, 2, 3], ... });
 * ```
 */
export function backtest(returns: readonly ReturnData[], options: BacktestOptions): BacktestResult {
  const { horizons, forecaster, measure } = options;
  const lastObserved = returns.reduce((m, r) => Math.max(m, r.observedUntil), Number.NEGATIVE_INFINITY);
  const full = options.buildTimelines([...returns]);
  const truthOn = new Map<EpochDay, Record<string, number>>();
  const truthAt = (date: EpochDay) => {
    let values = truthOn.get(date);
    if (values === undefined) {
      values = measure(full, date);
      truthOn.set(date, values);
    }
    return values;
  };

  const rows: BacktestRow[] = [];
  for (const origin of [...options.origins].sort((a, b) => a - b)) {
    // Only horizons whose truth has been observed are asked for.
    const scorable = horizons.filter((h) => addYears(origin, h) <= lastObserved);
    if (scorable.length === 0) continue;
    const known = options.buildTimelines(asKnownAt(returns, origin));
    const atOrigin = measure(known, origin);
    const forecasts = forecaster(known, origin, scorable);
    for (const horizon of scorable) {
      const truth = truthAt(addYears(origin, horizon));
      for (const [key, band] of Object.entries(forecasts[horizon] ?? {})) {
        rows.push({
          origin,
          horizon,
          key,
          forecast: band.p50,
          band,
          truth: truth[key] ?? 0,
          noChange: atOrigin[key] ?? 0,
          spreadFactor: 1,
        });
      }
    }
  }
  const scored = options.widenFromPastErrors ? widenFromPastErrors(rows) : rows;
  return { scores: scoreRows(scored), rows: scored };
}

/**
 * Each row's bands widened by the spread factors the errors seen by its origin give: rows of earlier origins
 * whose date (origin + horizon) is on or before it, pooled and per series (`seriesSpreadFactor`). With no
 * error seen yet, the bands stay as forecast.
 */
export function widenFromPastErrors(rows: readonly BacktestRow[]): BacktestRow[] {
  return rows.map((row) => {
    const seen = rows.filter((r) => addYears(r.origin, r.horizon) <= row.origin);
    const pooled = spreadRatio(seen.map((r) => standardisedError(r.band, r.truth)));
    if (pooled === null) return row;
    const own = seen.filter((r) => r.key === row.key).map((r) => standardisedError(r.band, r.truth));
    const factor = seriesSpreadFactor(own, pooled);
    return { ...row, band: widen(row.band, factor), spreadFactor: factor };
  });
}

function scoreRows(rows: readonly BacktestRow[]): BacktestScore[] {
  const groups = new Map<string, BacktestRow[]>();
  for (const row of rows) {
    const id = JSON.stringify([row.horizon, row.key]);
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [row]);
    else group.push(row);
  }
  const scores = [...groups.values()].map((group) => {
    const first = group[0] as BacktestRow;
    const pick = (f: (r: BacktestRow) => number) => group.map(f);
    const forecast = pick((r) => r.forecast);
    const truth = pick((r) => r.truth);
    const p10 = pick((r) => r.band.p10);
    const p90 = pick((r) => r.band.p90);
    return {
      horizon: first.horizon,
      key: first.key,
      n: group.length,
      mae: mae(forecast, truth),
      bias: bias(forecast, truth),
      relativeMae: relativeMae(
        forecast,
        truth,
        pick((r) => r.noChange),
      ),
      coverage80: intervalCoverage(p10, p90, truth),
      coverage90: intervalCoverage(
        pick((r) => r.band.p5),
        pick((r) => r.band.p95),
        truth,
      ),
      intervalScore80: intervalScore(p10, p90, truth, 0.2),
    };
  });
  // Stable sort: within a horizon, series keep the order first met.
  return scores.sort((a, b) => a.horizon - b.horizon);
}
