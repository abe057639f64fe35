import { equationCells, type LinearTable } from './linear-table.ts';
import { unprotectedCells } from './protection.ts';

/**
 * The cells to hide so that no hidden cell can be recovered: the primary cells plus complementary ones.
 *
 * First, for every identity with exactly one hidden cell, hide the cheapest other cell of it, repeated to a
 * fixed point over all identities (the classic rule). That rule alone can leave a cell pinned (two hidden
 * blocks joined by one cell), so then each hidden cell is checked with {@link unprotectedCells}; for a pinned
 * one, the cheapest visible cell sharing an identity with it is hidden and the check runs again. Every round
 * hides one more cell, so it ends; it ends with every hidden cell protected, or with nothing left to hide.
 *
 * Cheapest: lower `rank` first (callers rank interior cells before totals), then a non-zero cell before a
 * zero (a hidden zero can only be guessed upwards), then the smaller value, then the earlier cell.
 *
 * ### Example
 * ```ts
 * // a + b = t with a = 3 hidden: b is hidden too
 * secondarySuppression({ values: [3, 7, 10], equations: [{ total: 2, members: [0, 1] }] }, new Set([0]))
 * // Set { 0, 1 }
 * ```
 */
export function secondarySuppression(
  table: LinearTable,
  primary: ReadonlySet<number>,
  rank: readonly number[] = [],
): Set<number> {
  const hidden = new Set(primary);
  const cheapest = (cells: Iterable<number>): number | undefined => {
    let best: number | undefined;
    for (const c of cells) {
      if (hidden.has(c) || table.values[c] === null || table.fixed?.has(c)) continue;
      if (best === undefined || compare(table, rank, c, best) < 0) best = c;
    }
    return best;
  };
  for (;;) {
    closeSingletons(table, hidden, cheapest);
    const pinned = unprotectedCells(table, hidden)[0];
    if (pinned === undefined) return hidden;
    const touching = table.equations.filter((e) => equationCells(e).includes(pinned));
    const next =
      cheapest(touching.flatMap(equationCells)) ??
      cheapest(
        table.equations.filter((e) => equationCells(e).some((c) => hidden.has(c))).flatMap(equationCells),
      );
    if (next === undefined) return hidden;
    hidden.add(next);
  }
}

/**
 * Hide a complement for every identity with exactly one hidden cell, until none has. Among an identity's
 * candidates, one that also sits in another such identity comes first: it settles both at once (in a
 * two-way table this finds the rectangle of four rather than hiding a whole row).
 */
function closeSingletons(
  table: LinearTable,
  hidden: Set<number>,
  cheapest: (cells: Iterable<number>) => number | undefined,
): void {
  for (;;) {
    const singles = table.equations.filter((e) => equationCells(e).filter((c) => hidden.has(c)).length === 1);
    const first = singles[0];
    if (!first) return;
    const shared = new Map<number, number>();
    for (const e of singles) for (const c of equationCells(e)) shared.set(c, (shared.get(c) ?? 0) + 1);
    const cells = equationCells(first);
    const most = Math.max(...cells.map((c) => (hidden.has(c) ? 0 : (shared.get(c) ?? 0))));
    const next = cheapest(cells.filter((c) => most > 1 && (shared.get(c) ?? 0) === most)) ?? cheapest(cells);
    if (next === undefined) return;
    hidden.add(next);
  }
}

function compare(table: LinearTable, rank: readonly number[], a: number, b: number): number {
  const va = table.values[a] ?? 0;
  const vb = table.values[b] ?? 0;
  return (
    (rank[a] ?? 0) - (rank[b] ?? 0) ||
    Number(va === 0) - Number(vb === 0) ||
    Math.abs(va) - Math.abs(vb) ||
    a - b
  );
}
