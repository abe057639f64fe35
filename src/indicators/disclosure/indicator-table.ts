import type { Indicator, IndicatorCell, Unit } from '../indicator.ts';
import { type Equation, equationHolds, type LinearTable } from './linear-table.ts';

/** How a unit is controlled: counts add up; shares and rates hide their numerator; statistics only their base. */
export type MeasureKind = 'count' | 'share' | 'statistic';

const KINDS: Record<Unit, MeasureKind> = {
  children: 'count',
  episodes: 'count',
  placements: 'count',
  percent: 'share',
  'rate-per-10000': 'share',
  days: 'statistic',
  miles: 'statistic',
  years: 'statistic',
};

export function measureKind(unit: Unit): MeasureKind {
  return KINDS[unit];
}

/** The count a reader could work out from a published cell: the count itself, or a share's numerator. */
export function protectedCount(kind: MeasureKind, cell: IndicatorCell): number | null {
  if (kind === 'count') return cell.value;
  if (kind === 'share') return cell.value === null ? null : (cell.numerator ?? null);
  return null;
}

/**
 * An indicator's cells as a {@link LinearTable}: a cell whose key leaves out dimension d is the total of the
 * cells that add d to its key, wherever those members really add up to it. Shares add up through their
 * numerators (a reader who knows the bases recovers a numerator from the percentage). Statistics (medians)
 * do not add up, so they have no identities. `rank` puts interior cells before totals when choosing
 * complements.
 */
export function indicatorTable(indicator: Indicator): { table: LinearTable; rank: number[] } {
  const kind = measureKind(indicator.unit);
  const values = indicator.cells.map((c) => protectedCount(kind, c));
  const dimensions = new Set(indicator.dimensions);
  for (const cell of indicator.cells) for (const d of Object.keys(cell.key)) dimensions.add(d);
  const rank = indicator.cells.map((c) => dimensions.size - Object.keys(c.key).length);
  if (kind === 'statistic') return { table: { values, equations: [] }, rank };

  const equations: Equation[] = [];
  indicator.cells.forEach((cell, total) => {
    for (const d of dimensions) {
      if (d in cell.key) continue;
      const members = indicator.cells.flatMap((m, i) => (isChildAlong(cell.key, m.key, d) ? [i] : []));
      const equation = { total, members };
      if (members.length > 0 && equationHolds(values, equation)) equations.push(equation);
    }
  });
  if (kind === 'share') return withShareBases(indicator, values, equations, rank);
  return { table: { values, equations }, rank };
}

/**
 * Shares of one whole add up to 100%: a reader who sees all but one share of a base, and knows the base,
 * has the last one. So for every set of sibling cells (the same key but for one dimension) whose numerators
 * add up to their common denominator, the base joins the table as a known extra cell (after the
 * indicator's own cells, never hidden, never published) with the identity base = Σ numerators.
 */
function withShareBases(
  indicator: Indicator,
  values: (number | null)[],
  equations: Equation[],
  rank: number[],
): { table: LinearTable; rank: number[] } {
  const groups = new Map<string, number[]>();
  indicator.cells.forEach((cell, i) => {
    if (cell.value === null || cell.numerator === undefined || cell.denominator === undefined) return;
    for (const d of Object.keys(cell.key)) {
      const rest = Object.entries(cell.key)
        .filter(([k]) => k !== d)
        .sort(([a], [b]) => a.localeCompare(b));
      const id = `${d}|${cell.denominator}|${JSON.stringify(rest)}`;
      groups.set(id, [...(groups.get(id) ?? []), i]);
    }
  });
  const allValues = [...values];
  const allRank = [...rank];
  const fixed = new Set<number>();
  for (const members of groups.values()) {
    const base = indicator.cells[members[0] as number]?.denominator ?? 0;
    const sum = members.reduce((s, i) => s + (indicator.cells[i]?.numerator ?? 0), 0);
    if (members.length < 2 || sum !== base) continue;
    const total = allValues.length;
    allValues.push(base);
    allRank.push(Number.MAX_SAFE_INTEGER);
    fixed.add(total);
    equations.push({ total, members });
  }
  return { table: { values: allValues, equations, fixed }, rank: allRank };
}

/** `child` is `parent` plus a value for dimension `d`, and nothing else. */
function isChildAlong(parent: Record<string, string>, child: Record<string, string>, d: string): boolean {
  const childDims = Object.keys(child);
  if (!(d in child) || childDims.length !== Object.keys(parent).length + 1) return false;
  return Object.entries(parent).every(([k, v]) => child[k] === v);
}

/** A key written one way whatever its property order. */
export function keyText(key: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(key).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
