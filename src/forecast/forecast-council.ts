import {
  AGE_BANDS,
  type AgeBand,
  type ChildTimeline,
  isLookedAfterOn,
  type PlacementCategory,
  placementOn,
} from '../care/index.ts';
import { addYears, calendarDate, daysInMonth, type EpochDay, formatUkDate } from '../dates/index.ts';
import { MODEL_AGE_STEPS } from './age-steps.ts';
import {
  careLeaversBy,
  type LeaverSpell,
  projectSupportedLeavers,
  type SupportedAfter18,
  type SupportedLeaversYear,
  supportedLeaversNow,
  supportedShareAfter18,
} from './care-leavers.ts';
import {
  type CostAssumptions,
  type CostProjection,
  DEFAULT_COSTS,
  inHouseOn,
  projectCosts,
} from './costs.ts';
import { monthlyEntries, monthsOfAge } from './entries.ts';
import { type EntriesModel, entriesModel } from './entries-model.ts';
import {
  DURATION_BAND_DAYS,
  type ExposureCounts,
  entryDay,
  entrySeen,
  exposureAndEvents,
  MODEL_CATEGORIES,
  MODEL_CATEGORY,
  type ModelCategory,
  uascGroup,
} from './exposure.ts';
import { type ChildPopulation, populationEntryFactor } from './population-projection.ts';
import type { Projection } from './projection.ts';
import { type Fan, summarisePaths } from './quantiles.ts';
import {
  addedInHousePlaces,
  describeScenario,
  type Scenario,
  scenarioReference,
  simulationLevers,
} from './scenario.ts';
import { type SimulationOptions, type StartChild, simulateChildren } from './simulate-children.ts';
import { widen } from './spread.ts';
import {
  entrantStrata,
  entrantsInStrata,
  type ForecastStrata,
  groupOfChild,
  groupOfEntrants,
} from './strata.ts';
import { type TransitionRates, transitionRates } from './transition-rates.ts';

export interface ForecastOptions {
  /** The last day the data speaks for (usually a 31 March); the forecast starts the day after. */
  origin: EpochDay;
  /** Whole years ahead; results are read on each anniversary of the origin. */
  years: number;
  paths: number;
  seed: number;
  /** Years before the origin that rates and entries are estimated from (default 3). */
  referenceYears?: number;
  /**
   * The first day the data covers (the first return's 1 April). The reference period never starts before
   * it: before it only children still in care later are seen, so exits would look rarer than they were.
   */
  dataFrom?: EpochDay;
  /** 'trend': entries follow the log-linear trend of the reference period; 'flat': its mean rate. */
  entries: 'trend' | 'flat';
  /** Person-days below which a cell's rates are shrunk toward its age band's (default 730: two child-years). */
  minExposureDays?: number;
  /** Days in care at which duration bands start (default `DURATION_BAND_DAYS`; [] for no duration). */
  durationBands?: readonly number[];
  /** The groups with rates and entries of their own: UASC status (default), or UASC status and sex. */
  strata?: ForecastStrata;
  /** Draw rates and the entries trend per path (default true): ranges then include estimation uncertainty. */
  parameterUncertainty?: boolean;
  /** A scenario: changes to entries, step-downs, in-house capacity or the reference period; null: baseline. */
  scenario?: Scenario | null;
  /** Unit costs and inflation (default `DEFAULT_COSTS`). */
  costs?: CostAssumptions;
  /**
   * Scales every band about its median by this factor (default 1): `chooseReference`'s `spreadFactor`, so the
   * bands are as wide as past forecasts' errors were.
   */
  spreadFactor?: number;
  /**
   * A factor for the total and for each category (and its age bands) on its own, `chooseReference`'s
   * `spreadFactors`; a series not given takes `spreadFactor`. Costs take `spreadFactor`.
   */
  spreadFactors?: Partial<Record<'total' | ModelCategory, number>>;
  /**
   * The council's projected children (ONS sub-national projections, ages 0–17): entries of each age band
   * then scale with its projected population against the reference period's. Null or absent: no change.
   */
  population?: ChildPopulation | null;
  /**
   * Where the council's care leavers have lived (local data): with it the forecast also projects care leavers
   * aged 18–20 in supported accommodation. Null or absent: not projected.
   */
  careLeaverSpells?: readonly LeaverSpell[] | null;
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
  /** Age band (on the date) × category. */
  byBand: Record<AgeBand, Record<ModelCategory, CountFan>>;
  total: CountFan;
}

export interface CouncilForecast {
  origin: EpochDay;
  years: ForecastYear[];
  /** Placement costs by year, with the same bands. */
  costs: CostProjection;
  /** The scenario's levers in plain English (empty for the baseline). */
  scenario: { name: string; levers: string[] } | null;
  /** The reference period and entries model used. */
  reference: { from: EpochDay; to: EpochDay; entries: 'trend' | 'flat' };
  /** The model's assumptions in plain English, to show beside the numbers. */
  assumptions: string[];
  /**
   * Care leavers aged 18–20 in supported accommodation on each year's date, when the council's local data
   * says where its care leavers live (`careLeaverSpells`); null without it.
   */
  careLeavers: CareLeaverForecast | null;
}

/** Care leavers in supported accommodation ahead, and the past shares the projection rests on. */
export interface CareLeaverForecast {
  /** As the shares model the origin itself: the baseline changes are read from. */
  now: number;
  years: SupportedLeaversYear[];
  /** Share in supported accommodation by month since the 18th birthday, and how many care leavers each rests on. */
  basis: SupportedAfter18;
}

const MAX_AGE = 18;

/**
 * Forecast children looked after by model category for each of `years` years after `origin`: transition
 * rates (group × age step × category × time in care, groups UASC / not UASC) and monthly entries from the
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
  const settings = withScenarioReference(options);
  const model = fitForecastModel(timelines, settings);
  const projection = simulateChildren(simulationOptions(model, settings));
  return finishForecast(timelines, projection, model, settings);
}

/** The simulation's inputs for a fitted model and the forecast's settings (all paths). */
export function simulationOptions(model: ForecastModel, settings: ForecastOptions): SimulationOptions {
  const levers = simulationLevers(settings.scenario ?? null);
  const byPopulation = settings.population
    ? populationEntryFactor(settings.population, model.referenceFrom, settings.origin)
    : null;
  const scenarioFactor = levers.entryFactor;
  // From the day a user sets entries to a number, that number stands: the population no longer scales it.
  const levelFrom = levers.entriesLevel?.[0]?.from ?? Number.POSITIVE_INFINITY;
  const entryFactor: SimulationOptions['entryFactor'] =
    byPopulation === null
      ? scenarioFactor
      : (cell, monthEnd) =>
          (monthEnd >= levelFrom ? 1 : byPopulation(cell.ageBand, monthEnd)) *
          (scenarioFactor ? scenarioFactor(cell, monthEnd) : 1);
  return {
    start: model.start,
    rates: model.rates,
    durationBands: model.durationBands,
    entries: model.entries,
    origin: settings.origin,
    months: settings.years * 12,
    paths: settings.paths,
    seed: settings.seed,
    parameterUncertainty: settings.parameterUncertainty ?? true,
    maxAge: MAX_AGE,
    ...levers,
    ...(levers.addedEntrants
      ? { addedEntrants: entrantsInStrata(levers.addedEntrants, settings.strata ?? 'uasc') }
      : {}),
    entryFactor,
  };
}

/** Costs and fans of a projection: the forecast as users see it. */
export function finishForecast(
  timelines: readonly ChildTimeline[],
  projection: Projection,
  model: ForecastModel,
  settings: ForecastOptions,
): CouncilForecast {
  const costs = projectCosts(
    projection,
    inHouseOn(timelines, settings.origin),
    settings.costs ?? DEFAULT_COSTS,
    (c, on) => addedInHousePlaces(settings.scenario ?? null, c, on),
  );
  const factor = settings.spreadFactor ?? 1;
  const widened: CostProjection =
    factor === 1
      ? costs
      : {
          ...costs,
          years: costs.years.map((y) => ({
            year: y.year,
            total: widen(y.total, factor),
            byCategory: Object.fromEntries(
              MODEL_CATEGORIES.map((c) => [c, widen(y.byCategory[c], factor)]),
            ) as Record<ModelCategory, CountFan>,
          })),
          overall: widen(costs.overall, factor),
        };
  return {
    ...summariseForecast(projection, model, settings, widened),
    careLeavers: careLeaverForecast(timelines, projection, settings),
  };
}

/** The care-leaver projection when local data on care leavers' accommodation exists. */
function careLeaverForecast(
  timelines: readonly ChildTimeline[],
  projection: Projection,
  settings: ForecastOptions,
): CareLeaverForecast | null {
  if (!settings.careLeaverSpells || settings.careLeaverSpells.length === 0) return null;
  const leavers = careLeaversBy(timelines, settings.origin);
  const basis = supportedShareAfter18(leavers, settings.careLeaverSpells, settings.origin);
  if (!basis) return null;
  return {
    now: supportedLeaversNow(settings.origin, leavers, basis.share),
    years: projectSupportedLeavers(projection, leavers, basis.share, settings.years),
    basis,
  };
}

/** A scenario that sets its own reference period overrides the options'. */
export function withScenarioReference(options: ForecastOptions): ForecastOptions {
  const reference = scenarioReference(options.scenario ?? null);
  return reference ? { ...options, ...reference } : options;
}

/** What the simulation needs, estimated from the reference period. */
export interface ForecastModel {
  start: StartChild[];
  /** The occurrence/exposure counts the rates come from (plain data: what a worker thread is sent). */
  counts: ExposureCounts;
  minExposureDays: number;
  rates: TransitionRates;
  durationBands: readonly number[];
  entries: EntriesModel;
  referenceFrom: EpochDay;
}

/** Rates, entries and the starting stock from the timelines as known at the origin. */
export function fitForecastModel(
  timelines: readonly ChildTimeline[],
  options: ForecastOptions,
): ForecastModel {
  const { origin } = options;
  const referenceYears = options.referenceYears ?? 3;
  const durationBands = options.durationBands ?? DURATION_BAND_DAYS;
  const strata = options.strata ?? 'uasc';
  // The reference period is the referenceYears ending on the origin, e.g. 1 April 2023 – 31 March 2026.
  const from = Math.max(addYears(origin, -referenceYears) + 1, options.dataFrom ?? Number.NEGATIVE_INFINITY);
  const counts = exposureAndEvents(timelines, {
    from,
    to: origin,
    groupOf: groupOfChild(strata),
    maxAge: MAX_AGE,
    durationBands,
    ageSteps: MODEL_AGE_STEPS,
  });
  const minExposureDays = options.minExposureDays ?? 730;
  const rates = transitionRates(counts, { minExposureDays });
  const monthlyStrata = entrantStrata(strata);
  const monthly = monthlyEntries(timelines, {
    from,
    to: origin,
    ...(monthlyStrata ? { strata: monthlyStrata } : {}),
  });
  const last = calendarDate(origin);
  // The first projected month is the one after the origin's, or the origin's own when it is mid-month.
  const originIsMonthEnd = last.day === daysInMonth(last.year, last.month);
  const firstT = monthly.months.length - (originIsMonthEnd ? 0 : 1);
  const entries = entriesModel(monthly, options.entries, firstT, groupOfEntrants(strata));
  return {
    start: startingChildren(timelines, origin, durationBands, groupOfChild(strata)),
    counts,
    minExposureDays,
    rates,
    durationBands,
    entries,
    referenceFrom: from,
  };
}

/** Fans by year from a projection, with the plain-English assumptions. */
export function summariseForecast(
  projection: Projection,
  model: ForecastModel,
  options: ForecastOptions,
  costs: CostProjection,
): CouncilForecast {
  const summary = summarisePaths(projection, { by: 'year' });
  const factor = options.spreadFactor ?? 1;
  const factorOf = (series: 'total' | ModelCategory) => options.spreadFactors?.[series] ?? factor;
  const years: ForecastYear[] = summary.total.map((fan, i) => {
    const byCategory = {} as Record<ModelCategory, CountFan>;
    for (const c of MODEL_CATEGORIES) byCategory[c] = widen(summary.byCategory[c][i] as Fan, factorOf(c));
    const byBand = {} as Record<AgeBand, Record<ModelCategory, CountFan>>;
    for (const band of AGE_BANDS) {
      const row = {} as Record<ModelCategory, CountFan>;
      for (const c of MODEL_CATEGORIES) row[c] = widen(summary.byBand[band][c][i] as Fan, factorOf(c));
      byBand[band] = row;
    }
    return { year: i + 1, date: fan.on, byCategory, byBand, total: widen(fan, factorOf('total')) };
  });
  const scenario = options.scenario ?? null;
  return {
    origin: options.origin,
    years,
    costs,
    scenario: scenario ? { name: scenario.name, levers: describeScenario(scenario) } : null,
    reference: { from: model.referenceFrom, to: options.origin, entries: model.entries.kind },
    assumptions: assumptions(model, options),
    careLeavers: null,
  };
}

/**
 * Days in care on a day. A period whose entry the data does not show (in care before the first return) has
 * been in care longer than seen; it is put in the last duration band at least, as long stayers are.
 */
function daysInCareOn(
  period: ChildTimeline['periods'][number],
  on: EpochDay,
  bounds: readonly number[],
): number {
  const seen = Math.max(0, on - entryDay(period));
  return entrySeen(period) ? seen : Math.max(seen, bounds[bounds.length - 1] ?? 0);
}

/**
 * Children looked after on the origin (short breaks excluded, under 18): UASC group, completed months of
 * age and the day of the month they were born, model category of their placement that day (a period without a placement record counts as 'other')
 * and days in care since the period's entry.
 */
export function startingChildren(
  timelines: readonly ChildTimeline[],
  origin: EpochDay,
  durationBands: readonly number[] = DURATION_BAND_DAYS,
  groupOf: (timeline: ChildTimeline) => string = uascGroup,
): StartChild[] {
  const children: StartChild[] = [];
  for (const timeline of timelines) {
    if (!isLookedAfterOn(timeline, origin)) continue;
    const ageMonths = monthsOfAge(timeline.dob, origin);
    if (ageMonths < 0 || ageMonths >= MAX_AGE * 12) continue;
    const period = timeline.periods.find((p) => p.start <= origin && (p.end === null || origin < p.end));
    const placed: PlacementCategory = placementOn(timeline, origin)?.category ?? 'unknown';
    children.push({
      group: groupOf(timeline),
      ageMonths,
      birthDay: calendarDate(timeline.dob).day,
      category: MODEL_CATEGORY[placed],
      daysInCare: period ? daysInCareOn(period, origin, durationBands) : 0,
    });
  }
  return children;
}

function assumptions(model: ForecastModel, options: ForecastOptions): string[] {
  const period = `${formatUkDate(model.referenceFrom)} to ${formatUkDate(options.origin)}`;
  const years = Math.round(((options.origin - model.referenceFrom + 1) / 365.25) * 10) / 10;
  const yearly = (Math.exp(model.entries.slope * 12) - 1) * 100;
  const uncertain = options.parameterUncertainty ?? true;
  return [
    `Rates and entries are estimated from the ${years} years ${period} (the reference period).`,
    'The chance of leaving care or moving between fostering, residential, supported and other placements ' +
      'depends on age (single years, half years at 16 and 17), placement type, how long the child has been in care (under 3 months, ' +
      `3–6 months, 6–12 months, 1–2 years, over 2 years) and whether the child is UASC${options.strata === 'uasc-sex' ? ' (girls and boys apart)' : ''}, and stays as it was ` +
      'in the reference period throughout the forecast. Groups with little data borrow from their age band.',
    model.entries.kind === 'trend'
      ? `Entries to care continue the reference period's trend (${yearly >= 0 ? '+' : ''}${yearly.toFixed(1)}% a ` +
        'year), split by age, first placement type and UASC status as in the reference period.'
      : `${options.entries === 'trend' ? 'Entries showed no clear trend in the reference period (the slope was under twice its standard error), so they' : 'Entries to care'} ` +
        "continue at the reference period's average rate, split by age, first placement type and UASC status as in " +
        'the reference period.',
    options.population
      ? "Entries at each age rise and fall with the ONS projection of the council's children of that age, " +
        'against the reference period.'
      : 'No population projection is loaded: entries do not follow changes in the number of children locally.',
    'Children age as time passes and leave care on their 18th birthday at the latest.',
    'Children on short breaks (respite) are not counted, as in DfE looked-after figures.',
    uncertain
      ? 'The ranges include chance (which children leave or move, how many enter) and the uncertainty of the ' +
        'estimated rates and entries trend; they do not include changes in policy or practice the data has ' +
        'not yet seen.'
      : 'The ranges show only chance outcomes with these rates, not the uncertainty of the rates: too narrow.',
    ...spreadNote(options),
  ];
}

/** Why the ranges are wider than the simulation's, when they are. */
function spreadNote(options: ForecastOptions): string[] {
  const pooled = options.spreadFactor ?? 1;
  const series = ['total', ...MODEL_CATEGORIES] as const;
  const factors = series.map((s) => ({ s, f: options.spreadFactors?.[s] ?? pooled }));
  if (factors.every(({ f }) => f === 1)) return [];
  const list = factors.map(({ s, f }) => `${s} ×${f.toFixed(2)}`).join(', ');
  return [
    `The ranges are scaled about the middle estimate (${list}): widened where this council's past forecasts ` +
      '(the backtest) missed by more than their ranges allowed, narrowed where they missed by less.',
  ];
}
