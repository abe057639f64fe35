import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discloseIndicator } from './disclose-indicator.ts';
import { discloseTrend } from './disclose-trend.ts';
import { indicatorTable } from './indicator-table.ts';
import type { LinearTable } from './linear-table.ts';
import type { PublicCell } from './public-indicator.ts';
import { pinnedBySearch } from './test-search.ts';
import { countIndicator, twoWay } from './test-tables.ts';

/** Small grids with many small counts: 2–3 rows, 2–3 columns, cells 0–9. */
const grids = fc.tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 3 })).chain(([rows, cols]) =>
  fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  }),
);

const hiddenOf = (cells: readonly PublicCell[]) =>
  new Set(cells.flatMap((c, i) => (c.flag === 'c' ? [i] : [])));

describe('disclosure control, property: a reader cannot pin a suppressed cell', () => {
  it('two-way tables with all margins: every c cell has another feasible non-negative integer value', () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const indicator = twoWay(grid);
        const out = discloseIndicator(indicator);
        const { table } = indicatorTable(indicator);
        const hidden = hiddenOf(out.cells);
        // Every 1–5 count is hidden …
        indicator.cells.forEach((c, i) => {
          if (c.value !== null && c.value >= 1 && c.value <= 5) expect(hidden.has(i)).toBe(true);
        });
        // … and the brute force over integers 0..(largest cell + 3) finds a second value for each.
        const bound = Math.max(...(table.values as number[])) + 3;
        expect(pinnedBySearch(table, hidden, bound)).toEqual([]);
      }),
      { numRuns: 150, seed: 4 },
    );
  });

  it('three-way 2 × 2 × 2 tables with every margin (26 cells), counts 0–6', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 8, maxLength: 8 }), (inner) => {
        const indicator = threeWay(inner);
        const out = discloseIndicator(indicator);
        const { table } = indicatorTable(indicator);
        // Bound: the largest cell (the grand total) + 3, so every cell's alternatives are in range.
        const bound = Math.max(...(table.values as number[])) + 3;
        expect(pinnedBySearch(table, hiddenOf(out.cells), bound)).toEqual([]);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('one-way tables with a total, counts 0–12', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 6 }), (members) => {
        const total = members.reduce((a, b) => a + b, 0);
        const indicator = countIndicator(
          [[{}, total], ...members.map((v, i): [Record<string, string>, number] => [{ s: `s${i}` }, v])],
          ['s'],
        );
        const out = discloseIndicator(indicator);
        const { table } = indicatorTable(indicator);
        expect(pinnedBySearch(table, hiddenOf(out.cells), total + 3)).toEqual([]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('two years with published changes: no suppressed cell or change is pinned across years', () => {
    const pair = fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), {
      minLength: 2,
      maxLength: 3,
    });
    fc.assert(
      fc.property(pair, (members) => {
        const year = (y: 0 | 1, collectionYear: number) => {
          const values = members.map((m) => m[y]);
          return countIndicator(
            [
              [{}, values.reduce((a, b) => a + b, 0)],
              ...values.map((v, i): [Record<string, string>, number] => [{ s: `s${i}` }, v]),
            ],
            ['s'],
            collectionYear,
          );
        };
        const trend = discloseTrend([year(0, 2024), year(1, 2025)], undefined, { changes: true });
        // The reader's system: both years' cells, then the changes, as the trend laid them out.
        const years = [year(0, 2024), year(1, 2025)];
        const cells = years.flatMap((y) => y.cells.map((c) => c.value as number));
        const n = years[0]?.cells.length ?? 0;
        const changes = trend.changes[0]?.cells ?? [];
        const values = [...cells, ...changes.map((_, i) => (cells[n + i] as number) - (cells[i] as number))];
        const equations = [
          { total: 0, members: members.map((_, i) => i + 1) },
          { total: n, members: members.map((_, i) => n + i + 1) },
          ...changes.map((_, i) => ({ total: n + i, members: [i, 2 * n + i] })),
        ];
        const table: LinearTable = { values, equations, signed: new Set(changes.map((_, i) => 2 * n + i)) };
        const hidden = hiddenOf([
          ...(trend.years[0]?.cells ?? []),
          ...(trend.years[1]?.cells ?? []),
          ...changes,
        ]);
        expect(pinnedBySearch(table, hidden, 12 * members.length)).toEqual([]);
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});

/** Cells of a 2 × 2 × 2 table (dimensions a, b, c; values 0/1) with every margin down to the grand total. */
function threeWay(inner: readonly number[]) {
  const cells: [Record<string, string>, number][] = [];
  for (let mask = 0; mask < 8; mask++) {
    const used = ['a', 'b', 'c'].filter((_, i) => mask & (1 << i));
    for (let pick = 0; pick < 1 << used.length; pick++) {
      const key = Object.fromEntries(used.map((d, j) => [d, String((pick >> j) & 1)]));
      const sum = inner.reduce((total, v, i) => {
        const at: Record<string, string> = {
          a: String(i & 1),
          b: String((i >> 1) & 1),
          c: String((i >> 2) & 1),
        };
        return used.every((d) => at[d] === key[d]) ? total + v : total;
      }, 0);
      cells.push([key, sum]);
    }
  }
  return countIndicator(cells, ['a', 'b', 'c']);
}
