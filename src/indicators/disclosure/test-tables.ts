/** Small indicator fixtures for the disclosure tests (not used outside tests). */
import type { Indicator, IndicatorCell, Unit } from '../indicator.ts';

/** A count indicator from [key, value] pairs; every cell carries a child id, which must never survive. */
export function countIndicator(
  cells: [Record<string, string>, number | null][],
  dimensions: string[],
  collectionYear = 2025,
  unit: Unit = 'children',
): Indicator {
  return {
    id: 'profile.test',
    theme: 'profile',
    title: 'Test',
    definition: 'A test table.',
    unit,
    collectionYear,
    dimensions,
    cells: cells.map(([key, value]) => ({ key, value, childIds: ['child-1'] })),
  };
}

/** A rows × columns table with its row totals, column totals and grand total (dimensions r and c). */
export function twoWay(grid: readonly (readonly number[])[], collectionYear = 2025): Indicator {
  const cells: [Record<string, string>, number][] = [];
  const rows = grid.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = (grid[0] ?? []).map((_, c) => grid.reduce((s, row) => s + (row[c] ?? 0), 0));
  cells.push([{}, rows.reduce((a, b) => a + b, 0)]);
  for (const [r, v] of rows.entries()) cells.push([{ r: `r${r}` }, v]);
  for (const [c, v] of cols.entries()) cells.push([{ c: `c${c}` }, v]);
  for (const [r, row] of grid.entries()) {
    for (const [c, v] of row.entries()) cells.push([{ r: `r${r}`, c: `c${c}` }, v]);
  }
  return countIndicator(cells, ['r', 'c'], collectionYear);
}

/** A percentage indicator from cells given in full. */
export function shareIndicator(
  cells: IndicatorCell[],
  dimensions: string[],
  unit: Unit = 'percent',
): Indicator {
  return { ...countIndicator([], dimensions, 2025, unit), id: 'location.test-share', cells };
}

/** The displays of an indicator's cells keyed by their key, e.g. { '{}': '41', 'r=r0': 'c' }. */
export function displays(
  cells: readonly { key: Record<string, string>; display: string }[],
): Record<string, string> {
  return Object.fromEntries(
    cells.map((c) => [
      Object.entries(c.key)
        .map(([k, v]) => `${k}=${v}`)
        .join(',') || '{}',
      c.display,
    ]),
  );
}
