import { type CollectionYear, censusDate } from '../dates/index.ts';
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

/** A placeholder for sources whose module has not supplied a resolver yet. */
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
