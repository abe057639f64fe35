import { type CouncilData, councilForecast, councilForecastInputs } from '../../../app/index.ts';
import type { ChildTimeline } from '../../../care/index.ts';
import type { EpochDay } from '../../../dates/index.ts';
import type { LocalData } from '../../../local/records.ts';
import { loadLocalData } from '../../../store/index.ts';
import { type NeedForecast, SUPPLY_FORECAST, supplyOrigin } from '../../../supply/index.ts';
import { ApiError } from '../../plugins/errors.ts';
import type { ApiContext } from '../context.ts';

export interface SupplyInputs {
  councilCode: string;
  origin: EpochDay;
  timelines: readonly ChildTimeline[];
  local: LocalData;
  forecast: NeedForecast;
}

/**
 * The need the gap is set against: the council's forecast as the forecast screens make it (reference period
 * chosen by backtest, bands widened by its spread factor, ONS projections when loaded, worker threads),
 * 5 years × 1,000 paths from `origin`, cached with the council's data state by `councilForecast`.
 */
async function supplyNeed(ctx: ApiContext, data: CouncilData, origin: EpochDay): Promise<NeedForecast> {
  const inputs = await councilForecastInputs(ctx.db, data);
  const result = await councilForecast(inputs, {
    origin,
    years: SUPPLY_FORECAST.years,
    paths: SUPPLY_FORECAST.paths,
    seed: SUPPLY_FORECAST.seed,
  });
  if (result.status !== 'ok') throw new ApiError(409, 'no-forecast', result.message);
  return result.forecast;
}

/**
 * A council's timelines (cached), local data (read fresh: a local import changes it) and forecast, or 409
 * `no-returns` when no 903 return is loaded (there is nothing to forecast from).
 */
export async function supplyInputs(
  ctx: ApiContext,
  councilCode: string,
  withForecast = true,
): Promise<SupplyInputs> {
  const [data, local] = await Promise.all([
    ctx.councilData.get(councilCode),
    loadLocalData(ctx.db, councilCode),
  ]);
  const origin = supplyOrigin(data.timelines);
  if (origin === null)
    throw new ApiError(
      409,
      'no-returns',
      'No 903 return is loaded for this council: import one to see supply and the gap.',
    );
  const forecast = withForecast
    ? await supplyNeed(ctx, data, origin)
    : { origin, years: [], assumptions: [] };
  return { councilCode, origin, timelines: data.timelines, local, forecast };
}
