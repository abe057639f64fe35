import type { ChildTimeline } from '../../../care/index.ts';
import type { EpochDay } from '../../../dates/index.ts';
import type { LocalData } from '../../../local/records.ts';
import { loadLocalData } from '../../../store/index.ts';
import { type NeedForecast, supplyForecast, supplyOrigin } from '../../../supply/index.ts';
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
 * Forecasts kept per council and state of its imports (the forecast takes about two seconds for 1,000
 * children, and every supply screen reads it); at most `capacity` councils, least recently used dropped.
 */
export class SupplyForecasts {
  readonly #entries = new Map<string, NeedForecast>();

  constructor(private readonly capacity = 8) {}

  /** The forecast for a council state (`key`), computed on first use (see `supplyForecast`). */
  get(key: string, timelines: readonly ChildTimeline[], origin: EpochDay, firstYear: number): NeedForecast {
    const found = this.#entries.get(key);
    if (found) {
      this.#entries.delete(key);
      this.#entries.set(key, found);
      return found;
    }
    const forecast = supplyForecast(timelines, origin, firstYear);
    this.#entries.set(key, forecast);
    while (this.#entries.size > this.capacity)
      this.#entries.delete(this.#entries.keys().next().value as string);
    return forecast;
  }
}

/**
 * A council's timelines (cached), local data (read fresh: a local import changes it) and forecast, or 409
 * `no-returns` when no 903 return is loaded (there is nothing to forecast from).
 */
export async function supplyInputs(
  ctx: ApiContext,
  forecasts: SupplyForecasts,
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
    ? forecasts.get(
        `${councilCode}|${data.key}|${origin}`,
        data.timelines,
        origin,
        Math.min(...data.years.map((y) => y.collectionYear)),
      )
    : { origin, years: [], assumptions: [] };
  return { councilCode, origin, timelines: data.timelines, local, forecast };
}
