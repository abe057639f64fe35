import { type CollectionYear, censusDate, type EpochDay } from '../dates/index.ts';
import type { Kpi, KpiLink, KpiPoint, KpiSource } from './kpi.ts';

/** A KPI's actual figures, or why there are none. */
export type KpiResolution = { status: 'ok'; points: KpiPoint[] } | { status: 'unavailable'; reason: string };

/**
 * Finds a KPI's actual figures from its link. One resolver per source, so the forecast and gap modules
 * plug theirs in (`{ ...defaultResolvers, forecast: myForecastResolver }`) without this module knowing them.
 */
export type KpiResolver = (link: KpiLink, kpi: Kpi) => KpiResolution | Promise<KpiResolution>;

export type KpiResolvers = Record<KpiSource, KpiResolver>;

/** Manual KPIs: the values users entered, by date. */
export const manualResolver: KpiResolver = (_link, kpi) => ({
  status: 'ok',
  points: [...kpi.manualValues]
    .sort((a, b) => a.date - b.date)
    .map((v) => ({ date: v.date, value: v.value })),
});

/**
 * A source KPIs cannot follow yet (the gap: its figures depend on local data and scenarios, and no key
 * scheme for them is agreed): the KPI shows "no data" with this reason rather than a made-up figure.
 */
export function notLinkedResolver(what: string): KpiResolver {
  return () => ({ status: 'unavailable', reason: `${what} figures are not linked to KPIs yet` });
}

/** One indicator's value per collection year, as `councilIndicatorTrend` in src/app gives it. */
export interface IndicatorTrend {
  indicator: { id: string } | null;
  points: {
    collectionYear: CollectionYear;
    value: number | null;
    numerator?: number;
    denominator?: number;
  }[];
}

/**
 * Indicator KPIs: the indicator's cell (headline unless the link names one) in every loaded year, dated 31
 * March of the year.
 *
 * ### Example
 * ```ts
 * indicatorResolver((id, cell) => councilIndicatorTrend(data, id, cell))
 * ```
 */
export function indicatorResolver(
  trend: (id: string, cell: Record<string, string>) => IndicatorTrend,
): KpiResolver {
  return (link) => {
    const found = trend(link.key, link.cell ?? {});
    if (!found.indicator) return { status: 'unavailable', reason: `No indicator "${link.key}"` };
    return {
      status: 'ok',
      points: found.points.map((p) => {
        const point: KpiPoint = { date: censusDate(p.collectionYear), value: p.value };
        if (p.numerator !== undefined) point.numerator = p.numerator;
        if (p.denominator !== undefined) point.denominator = p.denominator;
        return point;
      }),
    };
  };
}

/** The forecast's medians a KPI can follow: each year's date and the P50 of the total and each category. */
export interface ForecastMedians {
  years: { date: EpochDay; total: { p50: number }; byCategory: Record<string, { p50: number }> }[];
}

/**
 * Forecast KPIs: the key is `total` or a placement category (fostering, residential, supported, other); the
 * points are the forecast's median on each future 31 March, so a KPI can be read against where the
 * council is heading, not only where it has been.
 */
export function forecastResolver(forecast: () => Promise<ForecastMedians | null>): KpiResolver {
  return async (link) => {
    const made = await forecast();
    if (!made)
      return { status: 'unavailable', reason: 'No forecast: the council has no full 903 return loaded' };
    const first = made.years[0];
    if (link.key !== 'total' && !(first && link.key in first.byCategory))
      return {
        status: 'unavailable',
        reason: `No forecast series "${link.key}" (total or a placement category)`,
      };
    return {
      status: 'ok',
      points: made.years.map((y) => ({
        date: y.date,
        value: link.key === 'total' ? y.total.p50 : (y.byCategory[link.key]?.p50 ?? null),
      })),
    };
  };
}
