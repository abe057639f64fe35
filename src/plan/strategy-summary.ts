import type { Kysely } from 'kysely';
import {
  CouncilDataCache,
  councilForecast,
  councilForecastInputs,
  councilIndicatorTrend,
} from '../app/index.ts';
import type { EpochDay } from '../dates/index.ts';
import type { CouncilForecast } from '../forecast/index.ts';
import { type Database, loadStrategy } from '../store/index.ts';
import type { Kpi } from './kpi.ts';
import {
  forecastResolver,
  indicatorResolver,
  type KpiResolution,
  type KpiResolver,
  type KpiResolvers,
  manualResolver,
  notLinkedResolver,
} from './kpi-resolvers.ts';
import { type StrategySummary, summariseStrategy } from './summarise-strategy.ts';

export interface StrategySummaryOptions {
  /** Resolvers for sources other modules own (forecast, gap), or to replace the defaults. */
  resolvers?: Partial<KpiResolvers>;
  /** A cache to reuse (the server's); a private one is made otherwise. */
  councilData?: CouncilDataCache;
}

/**
 * A council's strategy on `asAt` (an epoch day): priorities, actions with their RAG (suggested, and the
 * user's override when set), progress updates to that day, and KPIs with status, actual series and
 * trajectory. Aggregate figures only: no child-level data. Figures from indicators carry numerator and
 * denominator so a public document can pass them through disclosure control.
 *
 * ### Example
 * ```ts
 * const summary = await strategySummary(db, 'E06000016', day(2026, 3, 31));
 * summary.priorities[0].actions[0].rag.rag // 'amber'
 * ```
 */
export async function strategySummary(
  db: Kysely<Database>,
  council: string,
  asAt: EpochDay,
  options: StrategySummaryOptions = {},
): Promise<StrategySummary> {
  const records = await loadStrategy(db, council);
  const resolutions = await resolveKpis(db, council, records.kpis, options);
  return summariseStrategy(council, records, resolutions, asAt);
}

/** Each KPI's figures from its source, by KPI id (a resolver that throws counts as unavailable). */
export async function resolveKpis(
  db: Kysely<Database>,
  council: string,
  kpis: readonly Kpi[],
  options: StrategySummaryOptions = {},
): Promise<Map<number, KpiResolution>> {
  let indicator: KpiResolver | undefined;
  const councilData = () => (options.councilData ?? new CouncilDataCache(db)).get(council);
  // The council's forecast as the forecast screens make it, run only when some KPI follows it (cached there).
  let forecast: Promise<CouncilForecast | null> | undefined;
  const councilMedians = () => {
    forecast ??= councilData().then(async (data) => {
      const result = await councilForecast(await councilForecastInputs(db, data), { years: 5, paths: 500 });
      return result.status === 'ok' ? result.forecast : null;
    });
    return forecast;
  };
  const resolvers: KpiResolvers = {
    manual: manualResolver,
    forecast: forecastResolver(councilMedians),
    gap: notLinkedResolver('Gap'),
    // Timelines are loaded only when some KPI follows an indicator.
    indicator: async (link, kpi) => {
      if (!indicator) {
        const data = await councilData();
        indicator = indicatorResolver((id, cell) => councilIndicatorTrend(data, id, cell));
      }
      return indicator(link, kpi);
    },
    ...options.resolvers,
  };
  const resolved = new Map<number, KpiResolution>();
  for (const kpi of kpis) {
    try {
      resolved.set(kpi.id, await resolvers[kpi.link.source](kpi.link, kpi));
    } catch (error) {
      resolved.set(kpi.id, {
        status: 'unavailable',
        reason: `The figures could not be found: ${(error as Error).message}`,
      });
    }
  }
  return resolved;
}
