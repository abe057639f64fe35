import { type ChildTimeline, isLookedAfterOn, type PlacementCategory, placementOn } from '../care/index.ts';
import { addYears, ageOn, calendarDate, daysInMonth, type EpochDay, formatUkDate } from '../dates/index.ts';
import { monthlyEntries } from './entries.ts';
import {
  exposureAndEvents,
  MODEL_CATEGORIES,
  MODEL_CATEGORY,
  type ModelCategory,
  uascGroup,
} from './exposure.ts';
import { type FlatRate, fitFlatRate, fitPoissonTrend, type PoissonTrend } from './poisson-trend.ts';
import { type EntryModel, projectCounts, type StartCell } from './project-counts.ts';
import { type Fan, summarisePaths } from './quantiles.ts';
import { transitionRates } from './transition-rates.ts';

export interface ForecastOptions {
  /** The last day the data speaks for (usually a 31 March); the forecast starts the day after. */
  origin: EpochDay;
  /** Whole years ahead; results are read on each anniversary of the origin. */
  years: number;
  paths: number;
  seed: number;
  /** Years before the origin that rates and entries are estimated from (default 3). */
  referenceYears?: number;
  /** 'trend': entries follow the log-linear trend of the reference period; 'flat': its mean rate. */
  entries: 'trend' | 'flat';
  /** Person-days below which a cell's rates are shrunk toward its age band's (default 730: two child-years). */
  minExposureDays?: number;
}

/** Quantiles and mean over paths of one count. */
export interface CountFan {
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  mean: number;
}

export interface ForecastYear {
  /** Years after the origin, 1..N. */
  year: number;
  /** The anniversary of the origin the counts are for. */
  date: EpochDay;
  byCategory: Record<ModelCategory, CountFan>;
  total: CountFan;
}

export interface CouncilForecast {
  origin: EpochDay;
  years: ForecastYear[];
  /** The model's assumptions in plain English, to show beside the numbers. */
  assumptions: string[];
}

const MAX_AGE = 18;

/**
 * Forecast children looked after by model category for each of `years` years after `origin`: transition
 * rates (group × single year of age × category, groups UASC / not UASC) and monthly entries from the
 * `referenceYears` before the origin, the children looked after on the origin as the starting stock, and a
 * seeded Monte Carlo projection summarised as P5/P10/P50/P90/P95 fans. Pure: same inputs, same numbers.
 *
 * ### Example
 * ```ts
 * const f = forecastCouncil(timelines, { origin: censusDate(2026), years: 3, paths: 500, seed: 1, entries: 'trend' });
 * f.years[0]?.total.p50 // median children looked after on 31 March 2027
 * ```
 */
export function forecastCouncil(
  timelines: readonly ChildTimeline[],
  options: ForecastOptions,
): CouncilForecast {
  const { origin } = options;
  const referenceYears = options.referenceYears ?? 3;
  const minExposureDays = options.minExposureDays ?? 730;
  // The reference period is the referenceYears ending on the origin, e.g. 1 April 2023 – 31 March 2026.
  const from = addYears(origin, -referenceYears) + 1;
  const counts = exposureAndEvents(timelines, { from, to: origin, groupOf: uascGroup, maxAge: MAX_AGE });
  const rates = transitionRates(counts, { minExposureDays });
  const entryFit = entryModels(timelines, from, origin, options.entries);
  const projection = projectCounts({
    start: startingStock(timelines, origin),
    rates,
    entries: { models: entryFit.models, firstT: entryFit.firstT, exposure: 'days' },
    origin,
    months: options.years * 12,
    paths: options.paths,
    seed: options.seed,
    maxAge: MAX_AGE,
  });
  const summary = summarisePaths(projection, { by: 'year' });
  const years: ForecastYear[] = summary.total.map((fan, i) => {
    const byCategory = {} as Record<ModelCategory, CountFan>;
    for (const c of MODEL_CATEGORIES) byCategory[c] = countFan(summary.byCategory[c][i] as Fan);
    return { year: i + 1, date: fan.on, byCategory, total: countFan(fan) };
  });
  return {
    origin,
    years,
    assumptions: assumptions(from, origin, referenceYears, options.entries, entryFit.monthlyGrowth),
  };
}

function countFan(fan: Fan): CountFan {
  return { p5: fan.p5, p10: fan.p10, p50: fan.p50, p90: fan.p90, p95: fan.p95, mean: fan.mean };
}

/**
 * Children looked after on the origin (short breaks excluded, under 18) by UASC group × single year of age ×
 * model category of their placement that day (a period without a placement record counts as 'other').
 */
export function startingStock(timelines: readonly ChildTimeline[], origin: EpochDay): StartCell[] {
  const cells = new Map<string, StartCell>();
  for (const timeline of timelines) {
    if (!isLookedAfterOn(timeline, origin)) continue;
    const age = ageOn(timeline.dob, origin);
    if (age < 0 || age >= MAX_AGE) continue;
    const placed: PlacementCategory = placementOn(timeline, origin)?.category ?? 'unknown';
    const category = MODEL_CATEGORY[placed];
    const group = uascGroup(timeline);
    const key = `${group}|${age}|${category}`;
    const cell = cells.get(key);
    if (cell) cell.count += 1;
    else cells.set(key, { group, age, category, count: 1 });
  }
  return [...cells.values()];
}

interface EntryFit {
  models: EntryModel[];
  firstT: number;
  /** The trend's monthly growth factor (exp b), or null for flat entries. */
  monthlyGrowth: number | null;
}

/**
 * Entry models per age band × category × UASC-at-entry cell. A trend fitted cell by cell on a few entries a
 * year would extrapolate noise, so the trend is fitted once, on all entries per day, and each cell takes its
 * share of the reference period's entries: log μ = a + log share + b·t. Cells with no entries get none.
 */
function entryModels(
  timelines: readonly ChildTimeline[],
  from: EpochDay,
  to: EpochDay,
  kind: 'trend' | 'flat',
): EntryFit {
  const entries = monthlyEntries(timelines, { from, to });
  const last = calendarDate(to);
  // The first projected step ends at the close of the origin's month when the origin is mid-month.
  const originIsMonthEnd = last.day === daysInMonth(last.year, last.month);
  const firstT = entries.months.length - (originIsMonthEnd ? 0 : 1);
  const grand = entries.total.reduce((a, b) => a + b, 0);
  const trend = kind === 'trend' ? fitPoissonTrend(entries.total, entries.daysInWindow) : null;
  const models: EntryModel[] = [];
  for (const cell of entries.cells) {
    const cellTotal = cell.counts.reduce((a, b) => a + b, 0);
    if (cellTotal === 0 || grand === 0) continue;
    const model: PoissonTrend | FlatRate = trend
      ? shareOf(trend, cellTotal / grand)
      : fitFlatRate(cell.counts, entries.daysInWindow);
    models.push({
      group: cell.uasc ? 'uasc' : 'not-uasc',
      ageBand: cell.ageBand,
      category: cell.category,
      model,
    });
  }
  return { models, firstT, monthlyGrowth: trend ? Math.exp(trend.b) : null };
}

/** The total trend scaled to one cell's share of entries. */
function shareOf(trend: PoissonTrend, share: number): PoissonTrend {
  const a = trend.a + Math.log(share);
  return {
    basis: trend.basis,
    a,
    b: trend.b,
    seA: trend.seA,
    seB: trend.seB,
    predict: (t, exposure = 1) => Math.exp(a + trend.b * t) * exposure,
  };
}

function assumptions(
  from: EpochDay,
  origin: EpochDay,
  referenceYears: number,
  entries: 'trend' | 'flat',
  monthlyGrowth: number | null,
): string[] {
  const period = `${formatUkDate(from)} to ${formatUkDate(origin)}`;
  const yearly = monthlyGrowth === null ? null : (monthlyGrowth ** 12 - 1) * 100;
  return [
    `Rates are estimated from the ${referenceYears} years ${period} (the reference period).`,
    'The chance of leaving care or moving between fostering, residential, supported and other placements ' +
      'depends on single year of age, placement type and whether the child is UASC, and stays as it was in ' +
      'the reference period throughout the forecast. Ages with little data borrow from their age band.',
    entries === 'trend' && yearly !== null
      ? `Entries to care continue the reference period's trend (${yearly >= 0 ? '+' : ''}${yearly.toFixed(1)}% a ` +
        'year), split by age band, first placement type and UASC status as in the reference period.'
      : "Entries to care continue at the reference period's average rate, split by age band, first placement " +
        'type and UASC status as in the reference period.',
    'Children age as time passes and leave care on their 18th birthday at the latest.',
    'Children on short breaks (respite) are not counted, as in DfE looked-after figures.',
    'The ranges show the spread of chance outcomes with these rates; they do not include uncertainty in ' +
      'the rates themselves, so they are likely too narrow.',
  ];
}
