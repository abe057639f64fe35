import { setImmediate as nextTurn } from 'node:timers/promises';
import { collectionYearOf, type EpochDay, formatUkDate } from '../dates/index.ts';
import {
  asKnownAt,
  type BacktestResult,
  backtest,
  backtestOrigins,
  type CostAssumptions,
  type CouncilForecast,
  chooseReference,
  type ForecastByHorizon,
  type ForecastStrata,
  forecastCouncil,
  forecastInWorkers,
  lookedAfterBy,
  MODEL_CATEGORIES,
  type ReferenceChoice,
  type ReferenceSelection,
  type Scenario,
  scenarioReference,
} from '../forecast/index.ts';
import { inBackground } from './forecast-background.ts';
import { forecastHistory, type HistoryPoint } from './forecast-history.ts';
import type { ForecastInputs } from './forecast-inputs.ts';

/** What a user asks a forecast for; everything has a default. */
export interface ForecastRequest {
  /** The last day the data speaks for (default: the latest 31 March with a full return). */
  origin?: EpochDay;
  /** Whole years ahead (default 5). */
  years?: number;
  /** Monte Carlo paths (default 1,000). */
  paths?: number;
  /** Seed (default 1): the same seed gives the same numbers, and scenarios compared share it. */
  seed?: number;
  /** The user's reference period and entries model; default: the one the backtest chooses. */
  reference?: ReferenceChoice | null;
  scenario?: Scenario | null;
  /** Unit costs and inflation (default: the model's defaults). */
  costs?: CostAssumptions;
  /** Paths per backtest forecast when choosing the reference period (default 60; tests use fewer). */
  referencePaths?: number;
  /** Groups with rates and entries of their own: UASC status (default), or UASC status and sex. */
  strata?: ForecastStrata;
  /** Worker threads for the paths (default: the machine's, at most 4); 0 runs in this thread. */
  workers?: number;
}

/** The request with its defaults filled in. */
export interface ResolvedRequest {
  origin: EpochDay;
  years: number;
  paths: number;
  seed: number;
  referencePaths: number;
  strata: ForecastStrata;
}

/** Which reference period was used and why. */
export interface ReferenceUsed {
  chosen: ReferenceChoice;
  chosenBy: 'backtest' | 'user' | 'scenario';
  /** The backtest's choice table ("why this reference period"), best first. */
  selection: ReferenceSelection;
}

export type ForecastProgress = (p: { phase: string; done: number; total: number }) => void;

export type CouncilForecastResult =
  | {
      status: 'ok';
      forecast: CouncilForecast;
      request: ResolvedRequest;
      reference: ReferenceUsed;
      /** 31 March counts of every full year loaded (after the origin too: what happened). */
      history: HistoryPoint[];
    }
  | { status: 'no-data' | 'invalid-request'; message: string };

interface CouncilCache {
  selections: Map<string, ReferenceSelection>;
  /** The same, computed in a background thread (resolved ones are copied into `selections`). */
  pending: Map<string, Promise<ReferenceSelection | BacktestResult>>;
  forecasts: Map<string, Promise<CouncilForecast>>;
  backtests: Map<string, BacktestResult>;
}

/** Per inputs object (one state of a council's data); dropped with it. */
const caches = new WeakMap<ForecastInputs, CouncilCache>();
const KEPT = 24;

function cacheOf(inputs: ForecastInputs): CouncilCache {
  let cache = caches.get(inputs);
  if (!cache) {
    cache = { selections: new Map(), pending: new Map(), forecasts: new Map(), backtests: new Map() };
    caches.set(inputs, cache);
  }
  return cache;
}

function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  map.set(key, value);
  if (map.size > KEPT) map.delete(map.keys().next().value as string);
  return value;
}

/** Fills the defaults and checks the origin lies within the data (a year of it at least). */
export function resolveRequest(
  inputs: ForecastInputs,
  request: ForecastRequest,
): { status: 'ok'; request: ResolvedRequest } | { status: 'no-data' | 'invalid-request'; message: string } {
  if (inputs.latestOrigin === null || inputs.dataFrom === null || inputs.lastObserved === null)
    return {
      status: 'no-data',
      message: 'This council has no full 903 return loaded: a forecast starts from a complete year.',
    };
  const origin = request.origin ?? inputs.latestOrigin;
  // A full collection year at least: 1 April to 31 March is 365 days counting both ends.
  const earliest = inputs.dataFrom + 364;
  if (origin < earliest || origin > inputs.lastObserved)
    return {
      status: 'invalid-request',
      message: `from: ${formatUkDate(origin)} is outside the data (expected a day from ${formatUkDate(earliest)} to ${formatUkDate(inputs.lastObserved)}, usually a 31 March)`,
    };
  return {
    status: 'ok',
    request: {
      origin,
      years: request.years ?? 5,
      paths: request.paths ?? 1000,
      seed: request.seed ?? 1,
      referencePaths: request.referencePaths ?? 60,
      strata: request.strata ?? 'uasc',
    },
  };
}

/** The returns as known at the origin (all of them when it is the last day they speak for). */
function knownAt(inputs: ForecastInputs, origin: EpochDay) {
  return origin >= (inputs.lastObserved ?? origin) ? inputs.returns : asKnownAt(inputs.returns, origin);
}

/**
 * The reference period and entries model the backtest chooses for forecasts from `origin`, with every
 * choice's errors (`scores`). Cached per state of the data, origin, paths and seed.
 */
export function councilReference(
  inputs: ForecastInputs,
  request: Pick<ResolvedRequest, 'origin' | 'seed' | 'referencePaths'>,
): ReferenceSelection {
  const key = JSON.stringify([request.origin, request.seed, request.referencePaths]);
  return remember(cacheOf(inputs).selections, key, () =>
    chooseReference(knownAt(inputs, request.origin), inputs.buildTimelines, {
      paths: request.referencePaths,
      seed: request.seed,
    }),
  );
}

/**
 * A council's forecast: the reference period chosen by backtest unless the user or the scenario sets one,
 * then `forecastCouncil` on the data as known at the origin, with the 31 March history beside it. Cached
 * by its inputs. Yields between steps so a job's progress is written.
 *
 * ### Example
 * ```ts
 * const result = await councilForecast(inputs, { years: 5, paths: 1000 });
 * if (result.status === 'ok') result.forecast.years[0]?.total.p50;
 * ```
 */
export async function councilForecast(
  inputs: ForecastInputs,
  request: ForecastRequest,
  onProgress: ForecastProgress = () => {},
): Promise<CouncilForecastResult> {
  const resolved = resolveRequest(inputs, request);
  if (resolved.status !== 'ok') return resolved;
  const settings = resolved.request;
  onProgress({ phase: 'choosing the reference period', done: 0, total: settings.paths });
  await nextTurn();
  const selection =
    request.workers === 0
      ? councilReference(inputs, settings)
      : await councilReferenceInBackground(inputs, settings);
  const fromScenario = scenarioReference(request.scenario ?? null);
  const reference: ReferenceUsed = fromScenario
    ? { chosen: fromScenario, chosenBy: 'scenario', selection }
    : request.reference
      ? { chosen: request.reference, chosenBy: 'user', selection }
      : { chosen: selection.chosen, chosenBy: 'backtest', selection };
  onProgress({ phase: 'simulating', done: 0, total: settings.paths });
  await nextTurn();
  const spread = reference.selection;
  const forecast = await forecastFor(inputs, settings, reference.chosen, spread, request, (done, total) =>
    onProgress({ phase: 'simulating', done, total }),
  );
  onProgress({ phase: 'done', done: settings.paths, total: settings.paths });
  const lastYear = collectionYearOf(inputs.latestOrigin as EpochDay);
  const firstYear = collectionYearOf(inputs.dataFrom as EpochDay);
  return {
    status: 'ok',
    forecast,
    request: settings,
    reference,
    history: forecastHistory(inputs.timelines, firstYear, lastYear),
  };
}

/** One forecast, cached by everything that shapes it; in worker threads unless `workers` is 0. */
function forecastFor(
  inputs: ForecastInputs,
  settings: ResolvedRequest,
  choice: ReferenceChoice,
  /** The backtest's spread factors: bands as wide as this council's past errors (chooseReference). */
  spread: Pick<ReferenceSelection, 'spreadFactor' | 'spreadFactors'>,
  request: ForecastRequest,
  onPaths: (done: number, total: number) => void,
): Promise<CouncilForecast> {
  const scenario = request.scenario ?? null;
  const { spreadFactor, spreadFactors } = spread;
  const key = JSON.stringify([
    settings,
    choice,
    spreadFactor,
    spreadFactors,
    scenario,
    request.costs ?? null,
  ]);
  const forecasts = cacheOf(inputs).forecasts;
  const made = remember(forecasts, key, async () => {
    const returns = knownAt(inputs, settings.origin);
    const timelines = returns === inputs.returns ? inputs.timelines : inputs.buildTimelines(returns);
    const options = {
      origin: settings.origin,
      years: settings.years,
      paths: settings.paths,
      seed: settings.seed,
      strata: settings.strata,
      dataFrom: inputs.dataFrom as EpochDay,
      ...choice,
      spreadFactor,
      spreadFactors,
      population: inputs.population ?? null,
      careLeaverSpells: inputs.careLeaverSpells ?? null,
      scenario,
      ...(request.costs ? { costs: request.costs } : {}),
    };
    if (request.workers === 0) return forecastCouncil(timelines, options);
    return forecastInWorkers(timelines, options, {
      ...(request.workers !== undefined ? { workers: request.workers } : {}),
      onProgress: onPaths,
    });
  });
  made.catch(() => {
    if (forecasts.get(key) === made) forecasts.delete(key);
  });
  return made;
}

/** A scenario's forecast beside the baseline's. */
export interface ScenarioComparison {
  baseline: Extract<CouncilForecastResult, { status: 'ok' }>;
  scenarios: { id: number | null; name: string; forecast: CouncilForecast }[];
}

/**
 * The baseline and each scenario with the SAME seed, paths and reference period (unless a scenario sets its
 * own), so the differences come from the levers, not from chance. Progress counts paths over every run.
 */
export async function compareScenarios(
  inputs: ForecastInputs,
  request: Omit<ForecastRequest, 'scenario'>,
  scenarios: readonly { id: number | null; scenario: Scenario }[],
  onProgress: ForecastProgress = () => {},
): Promise<ScenarioComparison | { status: 'no-data' | 'invalid-request'; message: string }> {
  const runs = scenarios.length + 1;
  const baseline = await councilForecast(inputs, { ...request, scenario: null }, (p) =>
    onProgress({ phase: p.phase === 'done' ? 'simulating' : p.phase, done: p.done, total: p.total * runs }),
  );
  if (baseline.status !== 'ok') return baseline;
  const total = baseline.request.paths * runs;
  const compared: ScenarioComparison['scenarios'] = [];
  for (const [i, { id, scenario }] of scenarios.entries()) {
    const before = (i + 1) * baseline.request.paths;
    const phase = `simulating ${scenario.name}`;
    onProgress({ phase, done: before, total });
    await nextTurn();
    const choice = scenarioReference(scenario) ?? baseline.reference.chosen;
    const spread = baseline.reference.selection;
    const forecast = await forecastFor(
      inputs,
      baseline.request,
      choice,
      spread,
      { ...request, scenario },
      (done) => onProgress({ phase, done: before + done, total }),
    );
    compared.push({ id, name: scenario.name, forecast });
  }
  onProgress({ phase: 'done', done: total, total });
  return { baseline, scenarios: compared };
}

/**
 * The rolling-origin backtest of one reference choice, scored for the total and each category at the
 * horizons asked for (those with data), as shown beside every forecast; each origin's bands are scaled by
 * the errors seen by then, as a user's forecast then would have been. Cached.
 */
export function councilBacktest(
  inputs: ForecastInputs,
  choice: ReferenceChoice,
  options: { horizons?: readonly number[]; paths?: number; seed?: number } = {},
): BacktestResult {
  const horizons = options.horizons ?? [1, 2, 3];
  const paths = options.paths ?? 200;
  const seed = options.seed ?? 1;
  const key = JSON.stringify([choice, horizons, paths, seed]);
  return remember(cacheOf(inputs).backtests, key, () =>
    backtest(inputs.returns, {
      origins: backtestOrigins(inputs.returns),
      horizons,
      buildTimelines: inputs.buildTimelines,
      measure: (timelines, on) => lookedAfterBy(timelines, on),
      // Bands widened as the forecast's own are, from the errors seen by each origin only (out of sample).
      widenFromPastErrors: true,
      forecaster: (timelines, origin, asked): ForecastByHorizon => {
        const f = forecastCouncil(timelines, {
          origin,
          years: Math.max(...asked),
          paths,
          seed,
          dataFrom: inputs.dataFrom as EpochDay,
          ...choice,
        });
        const out: ForecastByHorizon = {};
        for (const h of asked) {
          const year = f.years[h - 1];
          if (!year) continue;
          out[h] = { total: year.total };
          for (const c of MODEL_CATEGORIES)
            (out[h] as Record<string, typeof year.total>)[c] = year.byCategory[c];
        }
        return out;
      },
    }),
  );
}

/** What a background thread needs to rebuild a council's inputs. */
function backgroundInputs(inputs: ForecastInputs) {
  return {
    councilCode: inputs.councilCode,
    returns: inputs.returns,
    categoryMapping: inputs.categoryMapping,
  };
}

/** Runs `make` in a background thread once per key, keeping the answer where the in-thread version looks. */
function inBackgroundOnce<T extends ReferenceSelection | BacktestResult>(
  inputs: ForecastInputs,
  target: Map<string, T>,
  id: string,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  const hit = target.get(key);
  if (hit !== undefined) return Promise.resolve(hit);
  const pending = cacheOf(inputs).pending;
  let running = pending.get(id) as Promise<T> | undefined;
  if (!running) {
    running = make().then((answer) => {
      target.set(key, answer);
      if (target.size > KEPT) target.delete(target.keys().next().value as string);
      return answer;
    });
    running.finally(() => pending.delete(id)).catch(() => {});
    pending.set(id, running);
  }
  return running;
}

/**
 * `councilReference` in a background thread, so a server keeps answering while it runs; cached with it.
 *
 * ### Example
 * ```ts
 * const selection = await councilReferenceInBackground(inputs, { origin, seed: 1, referencePaths: 60 });
 * ```
 */
export function councilReferenceInBackground(
  inputs: ForecastInputs,
  request: Pick<ResolvedRequest, 'origin' | 'seed' | 'referencePaths'>,
): Promise<ReferenceSelection> {
  const key = JSON.stringify([request.origin, request.seed, request.referencePaths]);
  const task = { origin: request.origin, seed: request.seed, referencePaths: request.referencePaths };
  return inBackgroundOnce(inputs, cacheOf(inputs).selections, `reference ${key}`, key, () =>
    inBackground<ReferenceSelection>({ ...backgroundInputs(inputs), kind: 'reference', request: task }),
  );
}

/** `councilBacktest` in a background thread; cached with it. */
export function councilBacktestInBackground(
  inputs: ForecastInputs,
  choice: ReferenceChoice,
  options: { horizons?: readonly number[]; paths?: number; seed?: number } = {},
): Promise<BacktestResult> {
  const key = JSON.stringify([
    choice,
    options.horizons ?? [1, 2, 3],
    options.paths ?? 200,
    options.seed ?? 1,
  ]);
  return inBackgroundOnce(inputs, cacheOf(inputs).backtests, `backtest ${key}`, key, () =>
    inBackground<BacktestResult>({ ...backgroundInputs(inputs), kind: 'backtest', choice, options }),
  );
}
