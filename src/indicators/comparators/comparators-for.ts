import type { Kysely } from 'kysely';
import type { Database } from '../../store/database-schema.ts';
import type { ComparatorFigure, ComparatorFlag, Statistic } from './comparator-figure.ts';
import { cellText, englandFigures } from './england-figures.ts';

/** One place's figure. */
export interface ComparatorValue {
  code: string;
  name: string | null;
  value: number | null;
  flag?: ComparatorFlag;
  source: string;
}

/** England, the region and the neighbours for one indicator cell, year and statistic. */
export interface ComparatorPoint {
  indicatorId: string;
  cell: Record<string, string>;
  year: number;
  statistic: Statistic;
  england?: ComparatorValue;
  region?: ComparatorValue;
  /** DfE's own published figure for the council (to reconcile with ours). */
  council?: ComparatorValue;
  /** One per chosen neighbour with a published figure, in the order chosen. */
  neighbours: ComparatorValue[];
  /** Mean of the neighbours' figures that are numbers (flagged ones left out); null when none. */
  neighbourMean: number | null;
}

export interface ComparatorQuery {
  councilCode: string;
  /** ONS region code (E12…). */
  region?: string;
  neighbours: readonly string[];
}

/**
 * Comparators for every indicator that has any: England (imported DfE national rows, else the shipped
 * table), the council's region, DfE's figure for the council itself, and its statistical neighbours, per
 * indicator, cell, year and statistic. Where a figure was imported more than once (from two sources) the
 * latest import wins.
 *
 * ### Example
 * ```ts
 * const points = await comparatorsFor(db, { councilCode: 'E06000016', region: 'E12000004', neighbours });
 * points.find((p) => p.indicatorId === 'population.rate-per-10000' && p.year === 2025)?.england?.value // 67
 * ```
 */
export async function comparatorsFor(
  db: Kysely<Database>,
  query: ComparatorQuery,
  shipped: readonly ComparatorFigure[] = englandFigures(),
): Promise<ComparatorPoint[]> {
  const councils = [query.councilCode, ...query.neighbours];
  const rows = await db
    .selectFrom('comparator')
    .selectAll()
    .where('indicator_id', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('geographic_level', '=', 'national'),
        eb.and([eb('geographic_level', '=', 'regional'), eb('code', '=', query.region ?? '')]),
        eb.and([eb('geographic_level', '=', 'local-authority'), eb('code', 'in', councils)]),
      ]),
    )
    .orderBy('imported_at')
    .orderBy('id')
    .execute();
  const points = new Map<string, ComparatorPoint>();
  const place = (f: {
    indicatorId: string;
    cell: Record<string, string>;
    year: number;
    statistic: Statistic;
  }) => {
    const key = JSON.stringify([f.indicatorId, cellText(f.cell), f.year, f.statistic]);
    let point = points.get(key);
    if (!point) {
      point = { ...f, cell: { ...f.cell }, neighbours: [], neighbourMean: null };
      points.set(key, point);
    }
    return point;
  };
  for (const f of shipped) {
    if (f.indicatorId)
      place({ ...f, indicatorId: f.indicatorId, cell: f.cell ?? {} }).england = comparatorValue(f);
  }
  const neighbourValues = new Map<ComparatorPoint, Map<string, ComparatorValue>>();
  for (const row of rows) {
    const point = place({
      indicatorId: row.indicator_id as string,
      cell: row.cell ?? {},
      year: row.year,
      statistic: row.statistic,
    });
    const value = comparatorValue({ ...row, flag: row.flag ?? undefined });
    if (row.geographic_level === 'national') point.england = value;
    else if (row.geographic_level === 'regional') point.region = value;
    else if (row.code === query.councilCode) point.council = value;
    else {
      const byCode = neighbourValues.get(point) ?? new Map<string, ComparatorValue>();
      byCode.set(row.code, value);
      neighbourValues.set(point, byCode);
    }
  }
  for (const [point, byCode] of neighbourValues) {
    point.neighbours = query.neighbours.flatMap((code) => byCode.get(code) ?? []);
    const numbers = point.neighbours.flatMap((n) => (n.value !== null && !n.flag ? [n.value] : []));
    point.neighbourMean = numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
  }
  return [...points.values()].sort(
    (a, b) => (a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0) || a.year - b.year,
  );
}

function comparatorValue(f: {
  code: string;
  name: string | null;
  value: number | null;
  flag?: ComparatorFlag | undefined;
  source: string;
}): ComparatorValue {
  const v: ComparatorValue = { code: f.code, name: f.name, value: f.value, source: f.source };
  if (f.flag) v.flag = f.flag;
  return v;
}
