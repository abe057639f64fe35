import type { ChildTimeline } from '../care/timeline-types.ts';
import { ageOn, type CollectionYear, censusDate } from '../dates/index.ts';
import {
  computeIndicators,
  findCell,
  INDICATOR_FAMILIES,
  type Indicator,
  type IndicatorFamily,
  inputFor,
  type TrendPoint,
} from '../indicators/index.ts';
import type { CouncilData } from './council-data-cache.ts';
import type { PopulationCount } from './council-settings.ts';

/**
 * The population for a collection year's rates: the mid-year estimate of the calendar year the collection
 * year starts in (mid-2024 for the year to 31 March 2025, as DfE does), else the nearest earlier estimate,
 * else the earliest one; none → rates unknown.
 */
export function populationForYear(
  counts: readonly PopulationCount[],
  year: CollectionYear,
): number | undefined {
  const wanted = year - 1;
  const sorted = [...counts].sort((a, b) => a.year - b.year);
  const earlier = sorted.filter((c) => c.year <= wanted).at(-1);
  return (earlier ?? sorted[0])?.population;
}

/**
 * Indicators per state of a council's data: keyed by the cached CouncilData object itself, so a new
 * import, a restore or a settings change (which make a new CouncilData) or `invalidate` drop them too.
 */
const computed = new WeakMap<CouncilData, Map<CollectionYear, Indicator[]>>();

/**
 * Every indicator of one council for one collection year, computed once per state of its data.
 *
 * ### Example
 * ```ts
 * const indicators = councilIndicators(await cache.get('E06000016'), 2025);
 * ```
 */
export function councilIndicators(
  data: CouncilData,
  year: CollectionYear,
  families: readonly IndicatorFamily[] = INDICATOR_FAMILIES,
): Indicator[] {
  let byYear = computed.get(data);
  if (!byYear) {
    byYear = new Map();
    computed.set(data, byYear);
  }
  const hit = byYear.get(year);
  if (hit && families === INDICATOR_FAMILIES) return hit;
  const options = {
    councilCode: data.councilCode,
    population0to17: (y: CollectionYear) => populationForYear(data.populationUnder18, y),
  };
  const indicators = computeIndicators(inputFor(data.timelines, year, options), families);
  if (families === INDICATOR_FAMILIES) byYear.set(year, indicators);
  return indicators;
}

/** The collection years a council has data for, oldest first. */
export function councilIndicatorYears(data: CouncilData): CollectionYear[] {
  return data.years.map((y) => y.collectionYear);
}

/** One indicator's value in every loaded year (the headline cell unless `key` says otherwise), with England's. */
export function councilIndicatorTrend(
  data: CouncilData,
  id: string,
  key: Record<string, string> = {},
  families: readonly IndicatorFamily[] = INDICATOR_FAMILIES,
): { indicator: Indicator | null; points: TrendPoint[] } {
  let indicator: Indicator | null = null;
  const points = councilIndicatorYears(data).map((collectionYear) => {
    const found = councilIndicators(data, collectionYear, families).find((i) => i.id === id) ?? null;
    if (found) indicator = found;
    const cell = found ? findCell(found, key) : undefined;
    const point: TrendPoint = { collectionYear, value: cell?.value ?? null, england: found?.england ?? null };
    if (cell?.numerator !== undefined) point.numerator = cell.numerator;
    if (cell?.denominator !== undefined) point.denominator = cell.denominator;
    return point;
  });
  return { indicator, points };
}

/** A child behind a figure, as the drill-down list shows them. */
export interface IndicatorChild {
  childId: string;
  sex: string | null;
  /** Age in whole years at 31 March of the year (null when the child is not in the data). */
  ageAtCensus: number | null;
}

export type DrilldownResult =
  | { status: 'ok'; indicator: Indicator; children: IndicatorChild[] }
  | { status: 'no-indicator' | 'no-cell' };

/** The children behind one cell of one indicator (for users allowed to see child records). */
export function indicatorDrilldown(
  data: CouncilData,
  year: CollectionYear,
  id: string,
  key: Record<string, string>,
  families: readonly IndicatorFamily[] = INDICATOR_FAMILIES,
): DrilldownResult {
  const indicator = councilIndicators(data, year, families).find((i) => i.id === id);
  if (!indicator) return { status: 'no-indicator' };
  const cell = findCell(indicator, key);
  if (!cell) return { status: 'no-cell' };
  const census = censusDate(year);
  const children = [...new Set(cell.childIds ?? [])]
    .sort()
    .map((childId) => describe(childId, data.byChild.get(childId), census));
  return { status: 'ok', indicator, children };
}

function describe(childId: string, timeline: ChildTimeline | undefined, census: number): IndicatorChild {
  return {
    childId,
    sex: timeline?.sex ?? null,
    ageAtCensus: timeline ? ageOn(timeline.dob, census) : null,
  };
}
