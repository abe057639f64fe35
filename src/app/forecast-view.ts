import { formatIsoDate } from '../dates/index.ts';
import type {
  BacktestResult,
  CostFan,
  CouncilForecast,
  CountFan,
  ReferenceChoice,
  ReferenceSelection,
} from '../forecast/index.ts';
import type { CouncilForecastResult, ScenarioComparison } from './council-forecast.ts';

/**
 * The forecast as the API answers it and `sufficiency forecast --json` prints it: dates as yyyy-mm-dd,
 * counts to one decimal, pounds whole. Aggregates only: no child appears in any of it.
 */
export type Fan = CountFan;

const round1 = (n: number) => Math.round(n * 10) / 10;

function countFan(f: CountFan): Fan {
  return {
    p5: round1(f.p5),
    p10: round1(f.p10),
    p50: round1(f.p50),
    p90: round1(f.p90),
    p95: round1(f.p95),
    mean: round1(f.mean),
  };
}

function costFan(f: CostFan): Fan {
  const r = Math.round;
  return { p5: r(f.p5), p10: r(f.p10), p50: r(f.p50), p90: r(f.p90), p95: r(f.p95), mean: r(f.mean) };
}

function mapValues<K extends string, A, B>(record: Record<K, A>, f: (a: A) => B): Record<K, B> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as A)])) as Record<K, B>;
}

/** The reference choice table: every choice with its backtest errors, best first. */
export function referenceView(selection: ReferenceSelection) {
  return {
    chosen: selection.chosen,
    origins: selection.origins.map(formatIsoDate),
    choices: selection.scores.map((s) => ({
      ...s.choice,
      forecasts: s.forecasts,
      maeTotal: s.maeTotal === null ? null : round1(s.maeTotal),
      maeCategories: s.maeCategories === null ? null : round1(s.maeCategories),
      score: s.score === null ? null : round1(s.score),
    })),
  };
}

/** Need and cost by year of one forecast (baseline or scenario). */
export function runView(forecast: CouncilForecast) {
  return {
    years: forecast.years.map((y) => ({
      year: y.year,
      date: formatIsoDate(y.date),
      total: countFan(y.total),
      byCategory: mapValues(y.byCategory, countFan),
      byBand: mapValues(y.byBand, (row) => mapValues(row, countFan)),
    })),
    costs: {
      years: forecast.costs.years.map((y) => ({
        year: y.year,
        total: costFan(y.total),
        byCategory: mapValues(y.byCategory, costFan),
      })),
      overall: costFan(forecast.costs.overall),
      assumptions: forecast.costs.assumptions,
    },
    scenario: forecast.scenario,
    careLeavers: careLeaverView(forecast),
  };
}

/**
 * Care leavers aged 18–20 in supported accommodation ahead (null without local care-leaver data), with the
 * shares it rests on: on the 18th, 19th and 20th birthdays, and how many care leavers each was seen for.
 */
function careLeaverView(forecast: CouncilForecast) {
  const c = forecast.careLeavers;
  if (!c) return null;
  const at = (k: number) => ({
    share: round1((c.basis.share[k] ?? 0) * 100),
    careLeavers: c.basis.observed[k] ?? 0,
  });
  return {
    years: c.years.map((y) => ({ date: formatIsoDate(y.date), ...countFan(y) })),
    basis: {
      from: formatIsoDate(c.basis.from),
      to: formatIsoDate(c.basis.to),
      at18: at(0),
      at19: at(12),
      at20: at(24),
    },
  };
}

export type RunView = ReturnType<typeof runView>;

/** A whole forecast: settings, reference (and why), assumptions, history, need and cost. */
export function forecastView(councilCode: string, result: Extract<CouncilForecastResult, { status: 'ok' }>) {
  const { forecast, request, reference } = result;
  return {
    councilCode,
    origin: formatIsoDate(request.origin),
    yearsAhead: request.years,
    paths: request.paths,
    seed: request.seed,
    reference: {
      from: formatIsoDate(forecast.reference.from),
      to: formatIsoDate(forecast.reference.to),
      ...reference.chosen,
      chosenBy: reference.chosenBy,
      backtestChoice: reference.selection.chosen,
      origins: reference.selection.origins.map(formatIsoDate),
      choices: referenceView(reference.selection).choices,
    },
    assumptions: forecast.assumptions,
    history: result.history.map((h) => ({ ...h, date: formatIsoDate(h.date) })),
    ...runView(forecast),
  };
}

export type ForecastView = ReturnType<typeof forecastView>;

/** Baseline and scenarios side by side (same seed, paths and origin). */
export function comparisonView(councilCode: string, comparison: ScenarioComparison) {
  return {
    baseline: forecastView(councilCode, comparison.baseline),
    scenarios: comparison.scenarios.map((s) => ({ id: s.id, name: s.name, ...runView(s.forecast) })),
  };
}

export type ComparisonView = ReturnType<typeof comparisonView>;

/** The backtest of one reference choice: scores per horizon and series, and each past forecast beside the truth. */
export function backtestView(choice: ReferenceChoice, result: BacktestResult) {
  const r = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);
  return {
    choice,
    scores: result.scores.map((s) => ({
      ...s,
      mae: r(s.mae),
      bias: r(s.bias),
      relativeMae: r(s.relativeMae),
      coverage80: r(s.coverage80),
      coverage90: r(s.coverage90),
      intervalScore80: r(s.intervalScore80),
    })),
    rows: result.rows.map((row) => ({
      origin: formatIsoDate(row.origin),
      horizon: row.horizon,
      key: row.key,
      forecast: round1(row.forecast),
      p10: round1(row.band.p10),
      p90: round1(row.band.p90),
      truth: row.truth,
      noChange: row.noChange,
    })),
  };
}

export type BacktestView = ReturnType<typeof backtestView>;
