import {
  backtestView,
  compareScenarios,
  comparisonView,
  councilBacktestInBackground,
  councilForecast,
  councilForecastInputs,
  type ForecastRequest,
  forecastCostAssumptions,
  forecastView,
} from '../../../app/index.ts';
import type { Scenario } from '../../../forecast/index.ts';
import type { JobOutcome, JobWork } from '../../../jobs/index.ts';
import type { ApiContext } from '../context.ts';

export interface ForecastRun {
  request: ForecastRequest;
  /** Paths per forecast of the backtest shown beside it (default 200). */
  backtestPaths?: number;
}

async function inputsFor(ctx: ApiContext, code: string) {
  const inputs = await councilForecastInputs(ctx.db, await ctx.councilData.get(code));
  const costs = await forecastCostAssumptions(ctx.db, inputs);
  return { inputs, costs };
}

/**
 * The work of a forecast job: the forecast (reference period chosen by backtest unless set), then the
 * backtest of the reference used, so the screen shows both. A council without data fails with the reason.
 */
export function forecastJob(ctx: ApiContext, code: string, run: ForecastRun): JobWork {
  return async (report): Promise<JobOutcome> => {
    const { inputs, costs } = await inputsFor(ctx, code);
    const result = await councilForecast(inputs, { ...run.request, costs }, report);
    if (result.status !== 'ok') return { status: 'failed', error: result.message };
    report({ phase: 'backtest', done: result.request.paths, total: result.request.paths });
    const choice = result.reference.chosen;
    const backtest = await councilBacktestInBackground(inputs, choice, {
      paths: run.backtestPaths ?? 200,
      seed: result.request.seed,
    });
    return {
      status: 'succeeded',
      result: { forecast: forecastView(code, result), backtest: backtestView(choice, backtest) },
    };
  };
}

/** The work of a comparison job: the baseline and each saved scenario on the same seed. */
export function compareJob(
  ctx: ApiContext,
  code: string,
  run: ForecastRun,
  scenarios: { id: number; scenario: Scenario }[],
): JobWork {
  return async (report): Promise<JobOutcome> => {
    const { inputs, costs } = await inputsFor(ctx, code);
    const result = await compareScenarios(inputs, { ...run.request, costs }, scenarios, report);
    if ('status' in result) return { status: 'failed', error: result.message };
    return { status: 'succeeded', result: comparisonView(code, result) };
  };
}
