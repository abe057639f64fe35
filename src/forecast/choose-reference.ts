import { type ChildTimeline, isLookedAfterOn, placementOn, type ReturnData } from '../care/index.ts';
import { addYears, collectionYearBounds, type EpochDay } from '../dates/index.ts';
import { asKnownAt } from './as-known-at.ts';
import { backtestOrigins } from './backtest.ts';
import { MODEL_CATEGORIES, MODEL_CATEGORY, type ModelCategory } from './exposure.ts';
import { type ForecastOptions, forecastCouncil } from './forecast-council.ts';
import { mae } from './scores.ts';
import { clampSpread, seriesSpreadFactor, spreadRatio, standardisedError } from './spread.ts';

/** A reference period and entries model to try. */
export interface ReferenceChoice {
  referenceYears: number;
  entries: 'trend' | 'flat';
}

/**
 * The choices tried by default: 3, 4 or 5 years, entries trended. The trend's slope is shrunk by its own
 * precision (entries-model.ts), so a flat history gives a near-flat forecast without a separate choice;
 * letting a handful of backtest origins pick between flat and trend picked flat for growing councils by
 * chance (docs/forecast-validation.md). Flat stays available as a user override.
 */
export const REFERENCE_CHOICES: readonly ReferenceChoice[] = [3, 4, 5].map((referenceYears) => ({
  referenceYears,
  entries: 'trend',
}));

export interface ChoiceScore {
  choice: ReferenceChoice;
  /** Origins scored (each with every horizon whose truth is known). */
  forecasts: number;
  /** Mean absolute error of the total looked after, over origins and horizons. */
  maeTotal: number | null;
  /** The same, summed over the four categories. */
  maeCategories: number | null;
  /** maeTotal + maeCategories: what the choice is made on. */
  score: number | null;
  /**
   * Root mean square of the errors in units of the forecast's own spread, (truth − P50) ÷ ((P90 − P10)/2.563),
   * over the total and categories: 1 when the bands were as wide as the errors; 2 when errors ran twice as wide.
   */
  spreadRatio: number | null;
}

/** A forecast series whose bands get their own spread factor. */
export type SpreadSeries = 'total' | ModelCategory;

export const SPREAD_SERIES: readonly SpreadSeries[] = ['total', ...MODEL_CATEGORIES];

export interface ReferenceSelection {
  chosen: ReferenceChoice;
  /**
   * How much to widen the chosen forecast's bands about its median so that past forecasts' errors would have
   * fallen inside them as often as stated: the chosen choice's spread ratio, at least 0.75, at most 3 (1 when
   * nothing could be scored).
   */
  spreadFactor: number;
  /**
   * The same for the total and each category on its own (each 0.75–3), its own errors weighed against the
   * pooled ones (`POOLED_WEIGHT`): a category whose past bands were wide enough is not widened for the
   * total's sake.
   */
  spreadFactors: Record<SpreadSeries, number>;
  /** Every choice tried, best first; a choice with no score (too little history) last. */
  scores: ChoiceScore[];
  origins: EpochDay[];
}

/** The first day the returns cover: the first collection year's 1 April. */
export function dataStart(returns: readonly ReturnData[]): EpochDay {
  return collectionYearBounds(Math.min(...returns.map((r) => r.collectionYear))).start;
}

/**
 * Picks the reference period and entries model by backtest instead of by hand: at every past 31 March with
 * two years of history (`backtestOrigins`), each choice forecasts 1–`maxHorizon` years from the data as then
 * known, and the choice with the smallest error in the total and by category wins (ties: the shorter, flat
 * one, listed first). Runs fewer paths; the bands' widths against the errors give `spreadFactor`. Falls back
 * to the first choice (3 years, flat) when there is no origin to score.
 */
export function chooseReference(
  returns: readonly ReturnData[],
  buildTimelines: (returns: ReturnData[]) => ChildTimeline[],
  options: { choices?: readonly ReferenceChoice[]; maxHorizon?: number; paths?: number; seed?: number } = {},
): ReferenceSelection {
  const choices = options.choices ?? REFERENCE_CHOICES;
  const maxHorizon = options.maxHorizon ?? 3;
  const origins = backtestOrigins(returns);
  const lastObserved = Math.max(...returns.map((r) => r.observedUntil));
  const full = buildTimelines([...returns]);
  const from = dataStart(returns);
  const errors = choices.map(() => ({
    total: [] as number[][],
    categories: [] as number[][],
    zBySeries: Object.fromEntries(SPREAD_SERIES.map((s) => [s, [] as number[]])) as Record<
      SpreadSeries,
      number[]
    >,
  }));
  for (const origin of origins) {
    const horizons = Array.from({ length: maxHorizon }, (_, i) => i + 1).filter(
      (h) => addYears(origin, h) <= lastObserved,
    );
    if (horizons.length === 0) continue;
    const known = buildTimelines(asKnownAt(returns, origin));
    const truth = horizons.map((h) => lookedAfterBy(full, addYears(origin, h)));
    choices.forEach((choice, i) => {
      const settings: ForecastOptions = {
        origin,
        years: Math.max(...horizons),
        paths: options.paths ?? 60,
        seed: options.seed ?? 1,
        parameterUncertainty: true,
        dataFrom: from,
        ...choice,
      };
      const forecast = forecastCouncil(known, settings);
      horizons.forEach((h, j) => {
        const year = forecast.years[h - 1];
        const actual = truth[j];
        if (!year || !actual) return;
        const e = errors[i] as (typeof errors)[number];
        e.total.push([year.total.p50, actual.total]);
        e.zBySeries.total.push(standardisedError(year.total, actual.total));
        for (const c of MODEL_CATEGORIES) {
          e.categories.push([year.byCategory[c].p50, actual[c]]);
          e.zBySeries[c].push(standardisedError(year.byCategory[c], actual[c]));
        }
      });
    });
  }
  const scores: ChoiceScore[] = choices.map((choice, i) => {
    const e = errors[i] as (typeof errors)[number];
    const maeTotal = mae(
      e.total.map((p) => p[0] as number),
      e.total.map((p) => p[1] as number),
    );
    const maeCategories = mae(
      e.categories.map((p) => p[0] as number),
      e.categories.map((p) => p[1] as number),
    );
    const perOrigin = maeCategories === null ? null : maeCategories * MODEL_CATEGORIES.length;
    const score = maeTotal === null || perOrigin === null ? null : maeTotal + perOrigin;
    // Pooled over the total and the categories.
    const pooledRatio = spreadRatio(SPREAD_SERIES.flatMap((series) => e.zBySeries[series]));
    return {
      choice,
      forecasts: e.total.length,
      maeTotal,
      maeCategories: perOrigin,
      score,
      spreadRatio: pooledRatio,
    };
  });
  const ranked = scores
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        (a.s.score ?? Number.POSITIVE_INFINITY) - (b.s.score ?? Number.POSITIVE_INFINITY) || a.i - b.i,
    )
    .map((x) => x.s);
  const best = ranked[0];
  const scored = best && best.score !== null;
  const bestErrors = scored ? errors[scores.indexOf(best)] : undefined;
  const pooled = scored && best.spreadRatio !== null ? best.spreadRatio : null;
  const spreadFactors = Object.fromEntries(
    SPREAD_SERIES.map((series) => [
      series,
      pooled === null || !bestErrors ? 1 : seriesSpreadFactor(bestErrors.zBySeries[series], pooled),
    ]),
  ) as Record<SpreadSeries, number>;
  return {
    chosen: scored ? best.choice : (choices[0] as ReferenceChoice),
    spreadFactor: pooled === null ? 1 : clampSpread(pooled),
    spreadFactors,
    scores: ranked,
    origins,
  };
}

/** Children looked after on a day (short breaks excluded), in total and by model category. */
export function lookedAfterBy(
  timelines: readonly ChildTimeline[],
  on: EpochDay,
): { total: number } & Record<(typeof MODEL_CATEGORIES)[number], number> {
  const counts = { total: 0, fostering: 0, residential: 0, supported: 0, other: 0 };
  for (const timeline of timelines) {
    if (!isLookedAfterOn(timeline, on)) continue;
    counts.total += 1;
    counts[MODEL_CATEGORY[placementOn(timeline, on)?.category ?? 'unknown']] += 1;
  }
  return counts;
}
