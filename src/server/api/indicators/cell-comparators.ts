import { type ComparatorPoint, cellText, type Statistic } from '../../../indicators/comparators/index.ts';
import type { Indicator } from '../../../indicators/index.ts';
import { councilRef } from '../context.ts';

/** What a cell is compared with: England, the council's region, and its statistical neighbours. */
export interface CellComparators {
  england: number | null;
  /** Where England's figure comes from (DfE, or the FOI survey behind the shipped placement mix). */
  englandSource?: string;
  region: number | null;
  /** Mean of the neighbours' published figures (suppressed ones left out); null when none. */
  neighboursMean: number | null;
  neighbours: { code: string; name: string; value: number | null; flag?: string }[];
}

/** The published statistic with the same meaning as an indicator's unit (none for days, miles, years). */
function statisticOf(unit: Indicator['unit']): Statistic | undefined {
  if (unit === 'percent') return 'percentage';
  if (unit === 'rate-per-10000') return 'rate';
  if (unit === 'children' || unit === 'episodes' || unit === 'placements') return 'number';
  return undefined;
}

/**
 * A lookup from an indicator's cell to its comparators, from `comparatorsFor`'s points.
 *
 * ### Example
 * ```ts
 * const lookup = cellComparators(await councilComparators(db, code));
 * lookup(lookedAfter, {})?.england // 81770
 * ```
 */
export function cellComparators(points: readonly ComparatorPoint[]) {
  const byKey = new Map(
    points.map((p) => [JSON.stringify([p.indicatorId, cellText(p.cell), p.year, p.statistic]), p]),
  );
  return (
    indicator: Pick<Indicator, 'id' | 'unit' | 'collectionYear'>,
    key: Readonly<Record<string, string>>,
  ): CellComparators | undefined => {
    const statistic = statisticOf(indicator.unit);
    if (!statistic) return undefined;
    const point = byKey.get(
      JSON.stringify([indicator.id, cellText(key), indicator.collectionYear, statistic]),
    );
    return point ? presentPoint(point) : undefined;
  };
}

function presentPoint(point: ComparatorPoint): CellComparators {
  const out: CellComparators = {
    // c, z and x carry no value; k carries 0 (a share that rounds to nothing).
    england: point.england?.value ?? null,
    region: point.region?.value ?? null,
    neighboursMean: point.neighbourMean,
    neighbours: point.neighbours.map((n) => ({
      code: n.code,
      name: n.name ?? councilRef(n.code).name,
      value: n.value,
      ...(n.flag ? { flag: n.flag } : {}),
    })),
  };
  if (point.england) out.englandSource = point.england.source;
  return out;
}
