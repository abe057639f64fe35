import type { ChildTimeline } from '../care/index.ts';
import { collectionYearBounds, collectionYearOf, type EpochDay } from '../dates/index.ts';
import { forecastCouncil } from '../forecast/index.ts';
import type { NeedForecast } from './need-forecast.ts';

/** The demand forecast the gap and plan are set against: 5 years, 1,000 paths, seed 1. */
export const SUPPLY_FORECAST = { years: 5, paths: 1000, seed: 1, entries: 'trend' } as const;

/**
 * The demand forecast for supply from `origin`: rates and entries from up to 3 years before it, never from
 * before the first collection year loaded (`firstYear`); with fewer than 3 years loaded, entries are a flat
 * rate (a trend fitted on one or two years runs away). `paths` may be lowered (tests, quick looks). For
 * benchmarks and tests without a database: the app, API and CLI set the gap against the council's forecast
 * as the forecast screens make it (`app/council-forecast.ts`, reference period chosen by backtest).
 *
 * ### Example
 * ```ts
 * supplyForecast(timelines, censusDate(2026), 2022).years[0]?.byCategory.residential.p50
 * ```
 */
export function supplyForecast(
  timelines: readonly ChildTimeline[],
  origin: EpochDay,
  firstYear: number,
  paths: number = SUPPLY_FORECAST.paths,
): NeedForecast {
  const referenceYears = Math.max(1, Math.min(3, collectionYearOf(origin) - firstYear + 1));
  return forecastCouncil(timelines, {
    origin,
    years: SUPPLY_FORECAST.years,
    paths,
    seed: SUPPLY_FORECAST.seed,
    referenceYears,
    dataFrom: collectionYearBounds(firstYear).start,
    entries: referenceYears >= 3 ? 'trend' : 'flat',
  });
}
