import { describe, expect, it } from 'vitest';
import type { LinearTable } from './linear-table.ts';
import { unprotectedCells } from './protection.ts';
import { secondarySuppression } from './secondary-suppression.ts';
import { pinnedBySearch } from './test-search.ts';

describe('unprotectedCells', () => {
  // t = a + b with values a 3, b 7, t 10 (cells 0, 1, 2).
  const line: LinearTable = { values: [3, 7, 10], equations: [{ total: 2, members: [0, 1] }] };

  it('pins a lone hidden member (a = t − b) and frees two (a + b = 10 only)', () => {
    expect(unprotectedCells(line, new Set([0]))).toEqual([0]);
    expect(unprotectedCells(line, new Set([0, 1]))).toEqual([]);
  });

  it('pins hidden zeros that can only move downwards: a + b = 0 forces both to 0', () => {
    const zeros: LinearTable = { values: [0, 0, 0, 9, 9], equations: [{ total: 2, members: [0, 1] }] };
    expect(unprotectedCells(zeros, new Set([0, 1]))).toEqual([0, 1]);
  });

  it('finds the cell that joins two hidden rectangles (every row and column has two hidden cells)', () => {
    // A 4 × 4 grid with row and column totals. Hidden: the rectangle {(0,0),(0,1),(1,0),(1,1)}, the
    // rectangle {(2,2),(2,3),(3,2),(3,3)} and the bridge (0,2). Rows 0 and columns 2 have three hidden
    // cells, the rest two or none, so "no total with exactly one hidden member" holds — yet the bridge is
    // pinned: (hidden part of row 0) + (of row 1) − (of column 0) − (of column 1) = (0,2), as each of
    // (0,0), (0,1), (1,0), (1,1) appears once with + and once with −; each hidden part is its total minus
    // the published cells, so (0,2) is known (it is 2).
    const grid = [
      [3, 4, 2, 9],
      [5, 6, 8, 7],
      [9, 8, 3, 4],
      [7, 6, 5, 2],
    ];
    const table = gridTable(grid);
    const at = (r: number, c: number) => r * 4 + c;
    const hidden = new Set([
      at(0, 0),
      at(0, 1),
      at(1, 0),
      at(1, 1),
      at(2, 2),
      at(2, 3),
      at(3, 2),
      at(3, 3),
      at(0, 2),
    ]);
    expect(unprotectedCells(table, hidden)).toEqual([at(0, 2)]);
    expect(pinnedBySearch(table, hidden, 15)).toEqual([at(0, 2)]);
    // Secondary suppression repairs it, and the brute force agrees nothing is pinned afterwards.
    const repaired = secondarySuppression(table, hidden);
    expect(repaired.size).toBeGreaterThan(hidden.size);
    expect(pinnedBySearch(table, repaired, 15)).toEqual([]);
  });
});

/** Cells 0..15 the grid row by row, 16..19 row totals, 20..23 column totals. */
function gridTable(grid: number[][]): LinearTable {
  const n = grid.length;
  const values = grid.flat();
  const equations = [];
  for (let r = 0; r < n; r++) {
    values.push((grid[r] ?? []).reduce((a, b) => a + b, 0));
    equations.push({ total: n * n + r, members: Array.from({ length: n }, (_, c) => r * n + c) });
  }
  for (let c = 0; c < n; c++) {
    values.push(grid.reduce((s, row) => s + (row[c] ?? 0), 0));
    equations.push({ total: n * n + n + c, members: Array.from({ length: n }, (_, r) => r * n + c) });
  }
  return { values, equations };
}
