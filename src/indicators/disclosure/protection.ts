import { equationCells, type LinearTable } from './linear-table.ts';

const EPS = 1e-9;

/**
 * The hidden cells a reader could pin to one value from the published cells and the table's identities.
 *
 * A hidden cell counts as protected when we can exhibit a second table that agrees with everything
 * published, keeps every cell a non-negative integer, and gives that cell another value (cells marked signed may go negative). Such tables are
 * `x ± k·v` for `v` in the null space of the identities restricted to the hidden cells (published cells
 * are fixed, so `v` is zero on them). We try each null-space basis vector and each sum or difference of two,
 * scaled to integers. Finding a witness proves the cell cannot be recovered; failing to find one marks it
 * unprotected, which may over-suppress slightly but never under-protects.
 */
export function unprotectedCells(table: LinearTable, hidden: ReadonlySet<number>): number[] {
  const columns = [...hidden].filter((i) => table.values[i] !== null).sort((a, b) => a - b);
  if (columns.length === 0) return [];
  const basis = nullSpaceBasis(table, columns);
  const x = columns.map((i) => table.values[i] as number);
  const signed = columns.map((i) => table.signed?.has(i) ?? false);
  const candidates = integerCandidates(basis);
  const pinned: number[] = [];
  columns.forEach((cell, col) => {
    const free = candidates.some(
      (v) => Math.abs(v[col] ?? 0) > EPS && (fits(x, v, 1, signed) || fits(x, v, -1, signed)),
    );
    if (!free) pinned.push(cell);
  });
  return pinned;
}

/** x + sign·v stays non-negative (except in cells that may be negative). */
function fits(x: readonly number[], v: readonly number[], sign: 1 | -1, signed: readonly boolean[]): boolean {
  for (let j = 0; j < x.length; j++) {
    if (!signed[j] && (x[j] ?? 0) + sign * (v[j] ?? 0) < -EPS) return false;
  }
  return true;
}

/** A basis of { v : A v = 0 } where A is the identities restricted to `columns`, by reduced row echelon form. */
function nullSpaceBasis(table: LinearTable, columns: readonly number[]): number[][] {
  const position = new Map(columns.map((cell, col) => [cell, col]));
  const rows: number[][] = [];
  for (const equation of table.equations) {
    const row = new Array<number>(columns.length).fill(0);
    let touched = false;
    equationCells(equation).forEach((cell, j) => {
      const col = position.get(cell);
      if (col === undefined) return;
      row[col] = (row[col] ?? 0) + (j === 0 ? 1 : -1);
      touched = true;
    });
    if (touched) rows.push(row);
  }
  const pivots = reduce(rows, columns.length);
  const pivotColumns = new Set(pivots.map((p) => p.column));
  const basis: number[][] = [];
  for (let free = 0; free < columns.length; free++) {
    if (pivotColumns.has(free)) continue;
    const v = new Array<number>(columns.length).fill(0);
    v[free] = 1;
    for (const { row, column } of pivots) v[column] = -(rows[row]?.[free] ?? 0);
    basis.push(v);
  }
  return basis;
}

/** Gauss–Jordan elimination in place; returns the pivot of each non-zero row. */
function reduce(rows: number[][], width: number): { row: number; column: number }[] {
  const pivots: { row: number; column: number }[] = [];
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) {
      if (Math.abs(rows[i]?.[c] ?? 0) > Math.abs(rows[best]?.[c] ?? 0)) best = i;
    }
    const pivotRow = rows[best];
    if (!pivotRow || Math.abs(pivotRow[c] ?? 0) < EPS) continue;
    [rows[r], rows[best]] = [pivotRow, rows[r] as number[]];
    const p = pivotRow[c] as number;
    for (let j = 0; j < width; j++) pivotRow[j] = (pivotRow[j] ?? 0) / p;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number[];
      const f = row[c] ?? 0;
      if (i === r || Math.abs(f) < EPS) continue;
      for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) - f * (pivotRow[j] ?? 0);
    }
    pivots.push({ row: r, column: c });
    r++;
  }
  return pivots;
}

/** Basis vectors and pairwise sums and differences (when few), each scaled to integers. */
function integerCandidates(basis: readonly number[][]): number[][] {
  const out: number[][] = [];
  const add = (v: number[]) => {
    const scaled = toIntegers(v);
    if (scaled) out.push(scaled);
  };
  for (const v of basis) add(v);
  if (basis.length <= 40) {
    for (let a = 0; a < basis.length; a++) {
      for (let b = a + 1; b < basis.length; b++) {
        const va = basis[a] as number[];
        const vb = basis[b] as number[];
        add(va.map((x, j) => x + (vb[j] ?? 0)));
        add(va.map((x, j) => x - (vb[j] ?? 0)));
      }
    }
  }
  return out;
}

/** The smallest integer multiple of v (up to 60×), or null when v has no small integer multiple. */
function toIntegers(v: readonly number[]): number[] | null {
  for (let k = 1; k <= 60; k++) {
    const scaled = v.map((x) => x * k);
    if (scaled.every((x) => Math.abs(x - Math.round(x)) < 1e-6)) return scaled.map((x) => Math.round(x));
  }
  return null;
}
